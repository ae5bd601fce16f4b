"""Values and PHI-free filler of Italian clinical notes, written as Italian hospitals write them
(general conventions: "nato/a a ... il 12/03/1948", "Via Roma 12, 20121 Milano (MI)", "codice
fiscale", "n. nosologico", "Dott.ssa"), plus clinical sentences without PHI. Nothing here comes
from a corpus."""
from __future__ import annotations

import datetime as dt
import random

from faker.providers.address.it_IT import Provider as _ItalianAddresses
from stdnum.it import codicefiscale

from ..locale_context import numeric_date
from ..names import Person

LOCALES = {"it_IT": 1}
CULTURE = "italian"
SURNAMES = 1
NAME_FORMS = {
    "pt": {"full": 4, "last": 1, "last_first": 2, "first": 0.3, "upper_last": 0.8},
    "dr": {"full": 3, "last": 3, "init_last": 1},
    "rel": {"full": 2, "last": 1, "first": 1.5},
}
TITLE_NAME_FORMS = ["full", "last", "last", "init_last"]
TITLES_DR = {"female": ["Dott.ssa", "Dr.ssa", "Prof.ssa", "la dott.ssa", "Dott."], "male": ["Dott.", "Dr.", "Prof.", "il dott."]}
TITLES_PT = {"female": ["Sig.ra", "Signora", "la sig.ra"], "male": ["Sig.", "Signor", "il sig."]}
RELATIONS_F = ["figlia", "moglie", "madre", "sorella", "nipote", "nuora", "compagna", "badante"]
RELATIONS_M = ["figlio", "marito", "padre", "fratello", "nipote", "genero", "compagno", "amministratore di sostegno"]
AGE_UNIT = "{} anni"

MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
DATE_FORMATS = {"slash": 6, "slash_short": 1, "dot": 1, "long": 2.5, "month_year": 0.7, "day_month": 0.8, "year": 0.5}
PARTIAL_DATE_FORMATS = ("month_year", "day_month", "year")
DOB_FORMAT = "slash"


def format_date(rng: random.Random, d: dt.date, fmt: str) -> str:
    if fmt == "full":
        fmt = rng.choice(["slash", "slash", "dot", "slash_short", "long"])
    if fmt == "slash":
        return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}"])
    return numeric_date(d, fmt, MONTHS)


HOSPITAL_PATTERNS = ["Ospedale {saint}", "Ospedale Maggiore di {city}", "Policlinico di {city}", "Azienda Ospedaliera di {city}",
                     "Ospedale Civile di {city}", "Casa di Cura {saint}", "Presidio Ospedaliero di {city}", "Ospedale {last}",
                     "Clinica {saint}", "ASL di {city}", "Studio medico Dott. {last}"]
SAINTS = ["San Raffaele", "San Giovanni", "Santa Maria", "San Camillo", "Sant'Orsola", "San Matteo", "San Paolo",
          "Santa Chiara", "San Martino", "San Gerardo"]
ORGS = ["RSA {saint}", "Cooperativa {last}", "Istituto {saint}", "Comune di {city}", "{last} S.r.l.", "Farmacia {last}"]
COUNTRIES = ["Italia", "Romania", "Albania", "Marocco", "Cina", "Ucraina", "Filippine", "India", "Moldavia", "Egitto",
             "Perù", "Senegal", "Tunisia", "Germania"]
PROFESSIONS = ["insegnante", "agricoltore", "panettiere", "infermiera", "muratore", "impiegata", "ingegnere", "autista",
               "parrucchiera", "pensionato", "elettricista", "commessa", "falegname", "operatrice socio-sanitaria",
               "carabiniere", "casalinga", "cuoco", "architetto", "meccanico", "avvocato"]
DEPARTMENTS = ["reparto di {svc}", "U.O. {svc}", "stanza {n}", "piano {n}"]
SERVICES = ["Cardiologia", "Medicina Interna", "Pneumologia", "Geriatria", "Neurologia", "Chirurgia Generale"]

DRUGS = ["Cardioaspirin 100 mg", "ramipril 5 mg", "bisoprololo 2,5 mg", "pantoprazolo 40 mg", "atorvastatina 40 mg",
         "furosemide 25 mg", "metformina 1000 mg 1 cp x 2", "apixaban 5 mg x 2", "Eutirox 75 mcg", "paracetamolo 1 g al bisogno",
         "amoxicillina/clavulanato 1 g x 3", "insulina glargine 16 UI la sera", "amlodipina 5 mg"]
CLINICAL = [
    "All'ingresso paziente vigile, orientato, collaborante, emodinamicamente stabile.",
    "PA {ta} mmHg, FC {fc} bpm, TC {temp} °C, SpO2 {sat}% in aria ambiente.",
    "Toni cardiaci validi, ritmici, pause libere.",
    "Murmure vescicolare fisiologico su tutto l'ambito, non rumori aggiunti.",
    "Addome trattabile, non dolente alla palpazione, peristalsi presente.",
    "Non edemi declivi.",
    "Esami ematochimici: Hb {hb} g/dl, GB {leu}/mmc, PCR {pcr} mg/l, creatinina {cr} mg/dl.",
    "RX torace: non addensamenti parenchimali in atto, seni costofrenici liberi.",
    "ECG: ritmo sinusale a {fc} bpm, non alterazioni della ripolarizzazione.",
    "Si imposta terapia con {drug} con progressivo miglioramento clinico.",
    "Decorso clinico regolare.",
    "Anamnesi patologica remota: ipertensione arteriosa, diabete mellito tipo 2, dislipidemia.",
    "Allergie: nessuna nota. Ex fumatore.",
    "TC encefalo senza mdc: non lesioni emorragiche in atto.",
    "Ecografia addome: fegato nei limiti per dimensioni, colecisti alitiasica.",
    "Diagnosi di dimissione: polmonite acquisita in comunità.",
    "Terapia alla dimissione: {drug}; {drug2}.",
    "GCS 15, pupille isocoriche e isocicliche, normoreagenti.",
    "Dolore toracico oppressivo da {n} ore irradiato al braccio sinistro.",
    "Ecocardiogramma: FE {ef}%, non valvulopatie significative.",
]
CLINICAL_FOLLOWUP = ["Controllo ambulatoriale tra {n} settimane.", "Si affida alle cure del Medico di Medicina Generale.",
                     "Tornare in Pronto Soccorso in caso di peggioramento.", "In attesa di esame istologico.",
                     "Controllo degli esami ematici tra {n} giorni."]


def clinical_sentence(rng: random.Random) -> str:
    return rng.choice(CLINICAL).format(
        ta=f"{rng.randint(100, 170)}/{rng.randint(55, 95)}", fc=rng.randint(55, 120),
        temp=f"{rng.randint(35, 39)},{rng.randint(0, 9)}", sat=rng.randint(88, 100),
        hb=f"{rng.randint(8, 16)},{rng.randint(0, 9)}", leu=rng.randint(3, 20) * 1000,
        pcr=rng.randint(1, 250), cr=f"{rng.randint(0, 3)},{rng.randint(1, 9)}", ef=rng.randint(20, 65),
        drug=rng.choice(DRUGS), drug2=rng.choice(DRUGS), n=rng.randint(2, 9))


def phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        d = f"3{rng.randint(20, 99)}" + "".join(str(rng.randint(0, 9)) for _ in range(7))
        return rng.choice([f"{d[:3]} {d[3:]}", d, f"+39 {d[:3]} {d[3:]}", f"{d[:3]}-{d[3:]}"])
    area = rng.choice(["02", "06", "011", "051", "055", "081", "010", "041", "0432", "0521"])
    sub = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([6, 7])))
    return rng.choice([f"{area} {sub}", f"{area}/{sub}", f"{area}-{sub}", f"+39 {area} {sub}"])


def codice_fiscale(rng: random.Random) -> str:
    letters = "BCDFGHLMNPRSTVZ"
    body = ("".join(rng.choice(letters) for _ in range(6)) + f"{rng.randint(30, 99):02d}" + rng.choice("ABCDEHLMPRST")
            + f"{rng.randint(1, 28) + rng.choice([0, 40]):02d}" + rng.choice("ABCDEFGHILM") + f"{rng.randint(1, 999):03d}")
    return body + codicefiscale.calc_check_digit(body)


def nosologico(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(2000, 2025)}/{rng.randint(1, 99999)}", str(rng.randint(1000000, 99999999))])


def tessera(rng: random.Random) -> str:
    return "80380" + "".join(str(rng.randint(0, 9)) for _ in range(15))


def iscrizione(rng: random.Random) -> str:
    return str(rng.randint(1000, 99999))


ID_MAKERS = {"phone": phone, "fax": phone, "mrn": nosologico, "hp": tessera, "lic": iscrizione, "ssn": codice_fiscale,
             "dni": codice_fiscale}
EMAIL_DOMAINS = ["libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it", "ospedale.example.it"]


def email_user(p: Person) -> str:
    return f"{p.first}.{p.last.split()[0]}".lower().replace("'", "")


# Faker's Italian cities come from a set, whose order changes with PYTHONHASHSEED: sorted here so
# that the same seed gives the same notes in every process.
CITIES = tuple(sorted(_ItalianAddresses.cities))


def _city(fake) -> str:
    return fake.random_element(CITIES)


def place(rng: random.Random, fake, kind: str) -> str:
    """An Italian place of ``kind`` (a slot kind of the templates)."""
    if kind == "hosp":
        return rng.choice(HOSPITAL_PATTERNS).format(city=_city(fake), saint=rng.choice(SAINTS), last=fake.last_name())
    if kind == "org":
        return rng.choice(ORGS).format(city=_city(fake), saint=rng.choice(SAINTS), last=fake.last_name())
    if kind == "street":
        return fake.street_address()
    if kind in ("city", "town"):
        return _city(fake)
    if kind in ("state", "prov"):
        return fake.state_abbr() if rng.random() < 0.6 else fake.state()
    if kind == "zip":
        return fake.postcode()
    if kind == "country":
        return rng.choice(COUNTRIES)
    if kind == "room":
        return str(rng.randint(1, 40))
    if kind in ("dept", "loc"):
        return rng.choice(DEPARTMENTS).format(svc=rng.choice(SERVICES), n=rng.randint(1, 9))
    raise KeyError(kind)


def sex_word(rng: random.Random, female: bool, form) -> str:
    if form == "letter":
        return "F" if female else "M"
    return rng.choice(["paziente", "donna", "signora"] if female else ["paziente", "uomo", "signore"])
