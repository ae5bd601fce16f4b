"""Values and PHI-free filler of German clinical notes, written as German, Austrian and Swiss
hospitals write them (general conventions: "geb. 12.03.1948", "Hauptstraße 5, 12345 Berlin",
"Fall-Nr.", "Tel. 0351 458-0", "Dr. med."), plus clinical sentences without PHI. Nothing here
comes from a corpus."""
from __future__ import annotations

import datetime as dt
import random

from stdnum.de import idnr
from stdnum.iso7064 import mod_11_10

from ..names import Person

LOCALES = {"de_DE": 8, "de_AT": 1, "de_CH": 1}
CULTURE = "german"
SURNAMES = 1
NAME_FORMS = {
    "pt": {"full": 4, "last": 1.5, "last_first": 1.5, "first": 0.3, "compound": 0.4, "upper_last": 0.5},
    "dr": {"full": 3, "last": 3, "init_last": 1, "last_first": 0.3},
    "rel": {"full": 2, "last": 1, "first": 1.5},
}
TITLE_NAME_FORMS = ["full", "last", "last", "init_last"]
TITLES_DR = {"female": ["Dr.", "Dr. med.", "Frau Dr.", "Frau Dr. med.", "Prof. Dr.", "Prof. Dr. med.", "PD Dr.", "OÄ Dr.", "Dipl.-Med."],
             "male": ["Dr.", "Dr. med.", "Herr Dr.", "Herrn Dr. med.", "Prof. Dr.", "Prof. Dr. med.", "PD Dr.", "OA Dr.", "Dr. med. univ."]}
TITLES_PT = {"female": ["Frau", "Frau", "Fr."], "male": ["Herr", "Herrn", "Hr."]}
RELATIONS_F = ["Tochter", "Ehefrau", "Frau", "Mutter", "Schwester", "Nichte", "Enkelin", "Schwiegertochter", "Lebensgefährtin", "Betreuerin"]
RELATIONS_M = ["Sohn", "Ehemann", "Mann", "Vater", "Bruder", "Neffe", "Enkel", "Schwiegersohn", "Lebensgefährte", "Betreuer"]
AGE_UNIT = "{} Jahre"

MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MONTHS_AT = {1: "Jänner"}  # Austrian usage
DATE_FORMATS = {"dot": 6, "dot_nopad": 1.5, "dot_short": 1.5, "long": 2, "month_year": 0.7, "mm_yyyy": 0.5,
                "day_month": 1.2, "year": 0.5, "iso": 0.3}
PARTIAL_DATE_FORMATS = ("month_year", "mm_yyyy", "day_month", "year")
DOB_FORMAT = "dot"


def format_date(rng: random.Random, d: dt.date, fmt: str) -> str:
    m = MONTHS[d.month - 1] if rng.random() < 0.9 else MONTHS_AT.get(d.month, MONTHS[d.month - 1])
    if fmt == "full":  # a whole date, where the sentence needs one ("vom ... bis ...")
        fmt = rng.choice(["dot", "dot", "dot", "dot_nopad", "dot_short", "long"])
    if fmt == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if fmt == "dot_nopad":
        return f"{d.day}.{d.month}.{d.year}"
    if fmt == "dot_short":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if fmt == "long":
        return rng.choice([f"{d.day}. {m} {d.year}", f"{d.day:02d}. {m} {d.year}"])
    if fmt == "month_year":
        return f"{m} {d.year}"
    if fmt == "mm_yyyy":
        return f"{d.month:02d}/{d.year}"
    if fmt == "day_month":
        return rng.choice([f"{d.day:02d}.{d.month:02d}.", f"{d.day}.{d.month}."])
    if fmt == "year":
        return str(d.year)
    if fmt == "iso":
        return d.isoformat()
    raise ValueError(fmt)


HOSPITAL_PATTERNS = [
    "Klinikum {city}", "Universitätsklinikum {city}", "Kreiskrankenhaus {city}", "Krankenhaus {city}",
    "St.-{saint}-Hospital", "St. {saint} Krankenhaus", "Evangelisches Krankenhaus {city}", "Marienhospital {city}",
    "Städtisches Klinikum {city}", "Klinik am {park}", "Herzzentrum {city}", "Reha-Klinik {city}",
    "Landesklinikum {city}", "Kantonsspital {city}", "Elisabeth-Krankenhaus {city}", "Praxis Dr. {last}",
]
SAINTS = ["Josef", "Marien", "Elisabeth", "Vinzenz", "Franziskus", "Antonius", "Johannes", "Martin", "Georg", "Hedwig"]
PARKS = ["Rosengarten", "Stadtpark", "Südring", "Eichberg", "Waldsee", "Schlossberg", "Mühlbach"]
STREET_PREFIXES = ["Am", "Am", "An der", "Im", "In den", "Zum", "Zur", "Auf dem", "Hinter der", "Unter den"]
STREET_WORDS = ["Kirchberg", "Mühlbach", "Anger", "Lindenhof", "Sonnenhang", "Eichenkamp", "Hopfengarten", "Rosenhag",
                "Steinbruch", "Wiesengrund", "Mühle", "Linde", "Schanze", "Weinberg", "Ziegelei", "Bleiche"]
ORGS = ["Pflegeheim {saint}", "Seniorenresidenz am {park}", "AOK {city}", "Caritas {city}", "{last} GmbH",
        "Sozialstation {city}", "Diakonie {city}", "Stadtwerke {city}", "Gymnasium {city}"]
COUNTRIES = ["Deutschland", "Österreich", "der Schweiz", "der Türkei", "Polen", "Rumänien", "Italien", "Syrien",
             "Russland", "Kroatien", "dem Kosovo", "Griechenland", "Afghanistan", "Ungarn"]
PROFESSIONS = ["Lehrerin", "Landwirt", "Bäcker", "Krankenschwester", "Maurer", "Bürokauffrau", "Ingenieur",
               "Busfahrer", "Friseurin", "Rentner", "Elektriker", "Verkäuferin", "Schreiner", "Altenpflegerin",
               "Polizist", "Hausfrau", "Koch", "Architektin", "Kfz-Mechaniker", "Steuerberater"]
DEPARTMENTS = ["Station {n}", "Station {letter}{n}", "Intensivstation {letter}", "Stroke Unit", "Haus {letter}"]

DRUGS = ["ASS 100 mg 1-0-0", "Ramipril 5 mg 1-0-0", "Metoprolol 47,5 mg 1-0-1", "Pantoprazol 40 mg 1-0-0",
         "Atorvastatin 40 mg 0-0-1", "Torasemid 10 mg 1-0-0", "Metformin 1000 mg 1-0-1", "Apixaban 5 mg 1-0-1",
         "L-Thyroxin 75 µg 1-0-0", "Ibuprofen 400 mg bei Bedarf", "Novaminsulfon 500 mg 1-1-1-1",
         "Insulin glargin 16 IE abends", "Amlodipin 5 mg 1-0-0", "Candesartan 8 mg 1-0-0", "Piperacillin/Tazobactam 4,5 g i.v."]
CLINICAL = [
    "Bei Aufnahme wach, orientiert, kardiopulmonal stabil.",
    "RR {ta} mmHg, HF {fc}/min, Temp. {temp} °C, SpO2 {sat} % unter Raumluft.",
    "Herz: Herztöne rein, rhythmisch, keine pathologischen Geräusche.",
    "Lunge: vesikuläres Atemgeräusch beidseits, keine Rasselgeräusche.",
    "Abdomen weich, kein Druckschmerz, Darmgeräusche regelrecht.",
    "Keine peripheren Ödeme, Pulse allseits tastbar.",
    "Labor: Hb {hb} g/dl, Leukozyten {leu}/nl, CRP {pcr} mg/l, Kreatinin {cr} mg/dl.",
    "Röntgen-Thorax: kein Infiltrat, kein Pleuraerguss.",
    "EKG: Sinusrhythmus, HF {fc}/min, Linkstyp, keine Erregungsrückbildungsstörungen.",
    "Wir begannen eine Therapie mit {drug}, worunter sich der Zustand rasch besserte.",
    "Der weitere stationäre Verlauf gestaltete sich komplikationslos.",
    "Vorerkrankungen: arterielle Hypertonie, Diabetes mellitus Typ 2, Hyperlipidämie.",
    "Allergien: keine bekannt. Nikotin: Ex-Raucher, 20 pack years.",
    "CT Schädel nativ: kein Nachweis einer intrakraniellen Blutung.",
    "Sonographie Abdomen: Leber normal groß, Gallenblase steinfrei.",
    "Diagnose: ambulant erworbene Pneumonie.",
    "Diagnosen: dekompensierte Herzinsuffizienz NYHA III, Vorhofflimmern.",
    "Medikation bei Entlassung: {drug}; {drug2}.",
    "Wir empfehlen eine salzarme Kost und regelmäßige Blutzuckerkontrollen.",
    "GCS 15, Pupillen isokor, prompt lichtreagibel.",
    "Die Mobilisation erfolgte mit Unterstützung der Physiotherapie.",
    "Thorakale Schmerzen seit {n} Stunden mit Ausstrahlung in den linken Arm.",
    "Echokardiographie: LVEF {ef} %, keine relevanten Vitien.",
    "Die Antikoagulation sollte fortgeführt werden.",
]
CLINICAL_FOLLOWUP = ["Wiedervorstellung in unserer Ambulanz in {n} Wochen.", "Weitere Betreuung durch den Hausarzt.",
                     "Bei Verschlechterung umgehende Wiedervorstellung.", "Histologie steht noch aus.",
                     "Kontrolle der Elektrolyte in {n} Tagen empfohlen."]


def clinical_sentence(rng: random.Random) -> str:
    return rng.choice(CLINICAL).format(
        ta=f"{rng.randint(100, 170)}/{rng.randint(55, 95)}", fc=rng.randint(55, 120),
        temp=f"{rng.randint(35, 39)},{rng.randint(0, 9)}", sat=rng.randint(88, 100),
        hb=f"{rng.randint(8, 16)},{rng.randint(0, 9)}", leu=f"{rng.randint(3, 20)},{rng.randint(0, 9)}",
        pcr=rng.randint(1, 250), cr=f"{rng.randint(0, 3)},{rng.randint(1, 9)}", ef=rng.randint(20, 65),
        drug=rng.choice(DRUGS), drug2=rng.choice(DRUGS), n=rng.randint(2, 9))


def phone(rng: random.Random) -> str:
    area = rng.choice(["030", "040", "089", "0221", "0351", "0511", "0341", "0711", "0911", "06221", "0201", "0761"])
    if rng.random() < 0.15:
        area = rng.choice(["01", "0316", "0512", "0662"])  # Austrian
    sub = str(rng.randint(100, 9999999))
    style = rng.choice(["slash", "space", "dash", "intl"])
    if style == "slash":
        return f"{area}/{sub}"
    if style == "dash":
        return f"{area} {sub[:3]}-{sub[3:] or '0'}"
    if style == "intl":
        return f"+49 {area[1:]} {sub}"
    return f"{area} {sub}"


def fall_nr(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(10000000, 99999999)), f"{rng.randint(100, 999)}/{rng.randint(10000, 99999)}",
                       f"{rng.randint(1000000000, 9999999999)}"])


def kvnr(rng: random.Random) -> str:
    """A German health-insurance number (a letter and nine digits, the last a check digit)."""
    letter = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    body = f"{ord(letter) - 64:02d}" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    total = sum(sum(divmod(int(c) * (1 if i % 2 == 0 else 2), 10)) for i, c in enumerate(body))
    return f"{letter}{body[2:]}{total % 10}"


def steuer_id(rng: random.Random) -> str:
    while True:
        digits = [str(rng.randint(1, 9))] + [str(rng.randint(0, 9)) for _ in range(9)]
        if max(digits.count(d) for d in set(digits)) in (2, 3) and len(set(digits)) in (8, 9):
            body = "".join(digits)
            number = body + mod_11_10.calc_check_digit(body)
            if idnr.is_valid(number):
                return number


def lanr(rng: random.Random) -> str:
    return f"{rng.randint(100000, 999999)}{rng.randint(0, 9)}{rng.randint(10, 99)}"


ID_MAKERS = {"phone": phone, "fax": phone, "mrn": fall_nr, "hp": kvnr, "lic": lanr, "ssn": steuer_id, "dni": steuer_id}
EMAIL_DOMAINS = ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "klinikum.example.de"]


def email_user(p: Person) -> str:
    return f"{p.first}.{p.last.split()[0]}".lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


def place(rng: random.Random, fake, kind: str) -> str:
    """A German-speaking place of ``kind`` (a slot kind of the templates)."""
    if kind == "hosp":
        return rng.choice(HOSPITAL_PATTERNS).format(city=fake.city(), saint=rng.choice(SAINTS), park=rng.choice(PARKS),
                                                    last=fake.last_name())
    if kind == "org":
        return rng.choice(ORGS).format(city=fake.city(), saint=rng.choice(SAINTS), park=rng.choice(PARKS), last=fake.last_name())
    if kind == "street":
        number = f"{rng.randint(1, 180)}{rng.choice(['', '', '', 'a', 'b'])}"
        if rng.random() < 0.2:  # "Am Kirchberg 14", "An der Mühle 3", "Im Winkel 7"
            return f"{rng.choice(STREET_PREFIXES)} {rng.choice(STREET_WORDS)} {number}"
        return f"{fake.street_name()} {number}"
    if kind in ("city", "town"):
        return fake.city()
    if kind in ("state", "prov"):
        return fake.administrative_unit()
    if kind == "zip":
        return fake.postcode()
    if kind == "country":
        return rng.choice(COUNTRIES)
    if kind == "room":
        return rng.choice([f"{rng.randint(1, 9)}{rng.randint(1, 40):02d}", f"{rng.randint(1, 30)}"])
    if kind in ("dept", "loc"):
        return rng.choice(DEPARTMENTS).format(n=rng.randint(1, 9), letter=rng.choice("ABCDEFGK"))
    raise KeyError(kind)


def sex_word(rng: random.Random, female: bool, form) -> str:
    if form == "letter":
        return "w" if female else "m"
    return rng.choice(["Patientin", "Frau"] if female else ["Patient", "Mann"])
