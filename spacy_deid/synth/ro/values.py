"""Values and PHI-free filler of Romanian clinical notes, written as Romanian hospitals write them
(general conventions: "în vârstă de 67 de ani", "Str. Mihai Eminescu nr. 12, bl. A3, ap. 14",
"jud. Cluj", "CNP", "medic primar"), plus clinical sentences without PHI. Nothing here comes from
a corpus."""
from __future__ import annotations

import datetime as dt
import random

from stdnum.ro import cnp

from ..locale_context import numeric_date
from ..names import Person

LOCALES = {"ro_RO": 1}
CULTURE = "romanian"
SURNAMES = 1
NAME_FORMS = {
    "pt": {"full": 3, "last_first": 2, "upper_last": 1, "last": 1, "first": 0.3},
    "dr": {"full": 3, "last": 3, "init_last": 1},
    "rel": {"full": 2, "first": 1.5, "last": 1},
}
TITLE_NAME_FORMS = ["full", "last", "last", "init_last"]
TITLES_DR = {"female": ["Dr.", "dr.", "Dr", "Conf. dr.", "Prof. dr."], "male": ["Dr.", "dr.", "Dr", "Conf. dr.", "Prof. dr."]}
TITLES_PT = {"female": ["dna", "doamna", "D-na"], "male": ["dl", "domnul", "D-l"]}
RELATIONS_F = ["fiica", "soția", "mama", "sora", "nepoata", "nora"]
RELATIONS_M = ["fiul", "soțul", "tatăl", "fratele", "nepotul", "ginerele"]
AGE_UNIT = "{} de ani"

MONTHS = "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split()
DATE_FORMATS = {"dot": 6, "slash": 1.5, "long": 2, "month_year": 0.6, "year": 0.5, "dot_short": 1}
PARTIAL_DATE_FORMATS = ("month_year", "year")
DOB_FORMAT = "dot"


def format_date(rng: random.Random, d: dt.date, fmt: str) -> str:
    if fmt == "full":
        fmt = rng.choice(["dot", "dot", "slash", "long", "dot_short"])
    return numeric_date(d, fmt, MONTHS)


HOSPITAL_PATTERNS = ["Spitalul Clinic Județean de Urgență {city}", "Spitalul Municipal {city}", "Spitalul Orășenesc {city}",
                     "Institutul de Boli Cardiovasculare {city}", "Spitalul Clinic {last}", "Clinica {saint}",
                     "Cabinet medical dr. {last}", "Spitalul de Pneumoftiziologie {city}"]
SAINTS = ["Sf. Maria", "Sf. Spiridon", "Sf. Ioan", "Sf. Pantelimon", "Sf. Gheorghe"]
COUNTRIES = ["România", "Republica Moldova", "Italia", "Spania", "Germania", "Ungaria", "Ucraina", "Franța"]
PROFESSIONS = ["profesoară", "agricultor", "brutar", "asistentă medicală", "zidar", "contabilă", "inginer", "șofer",
               "coafeză", "pensionar", "electrician", "vânzătoare", "tâmplar", "polițist", "bucătar", "mecanic"]
DRUGS = ["Aspenter 75 mg", "Enalapril 10 mg", "Metoprolol 50 mg", "Omeprazol 20 mg", "Atorvastatină 20 mg",
         "Furosemid 40 mg", "Metformin 1000 mg", "Xarelto 20 mg", "Euthyrox 50 mcg", "Paracetamol 500 mg",
         "Ceftriaxonă 2 g", "Algocalmin 500 mg", "Tertensif 1,5 mg"]
CLINICAL = [
    "Pacient conștient, cooperant, orientat temporo-spațial, afebril.",
    "TA {ta} mmHg, AV {fc} b/min, SpO2 {sat}% în aer atmosferic.",
    "Zgomote cardiace ritmice, fără sufluri.", "Murmur vezicular prezent bilateral, fără raluri.",
    "Abdomen suplu, elastic, nedureros la palpare.", "Fără edeme ale membrelor inferioare.",
    "Biologic: Hb {hb} g/dl, leucocite {leu}/mmc, VSH {n}0 mm/h, creatinină {cr} mg/dl.",
    "Radiografia toracică nu evidențiază leziuni pleuro-pulmonare acute.",
    "EKG: ritm sinusal, AV {fc} b/min, fără modificări de fază terminală.",
    "Se instituie tratament cu {drug}, cu evoluție favorabilă.", "Evoluția sub tratament a fost favorabilă.",
    "Antecedente: HTA grad II, diabet zaharat tip 2, dislipidemie.", "Fără alergii medicamentoase cunoscute.",
    "Diagnostic la externare: pneumonie comunitară.", "Recomandări: regim hiposodat, control glicemic.",
    "Tratament la externare: {drug}; {drug2}.", "Ecografie abdominală: ficat de dimensiuni normale, colecist alitiazic.",
]
CLINICAL_FOLLOWUP = ["Control la medicul de familie peste {n} săptămâni.", "Revine la control în ambulatoriu.",
                     "Se prezintă de urgență în caz de agravare.", "Concediu medical {n} zile."]


def clinical_sentence(rng: random.Random) -> str:
    return rng.choice(CLINICAL).format(
        ta=f"{rng.randint(100, 170)}/{rng.randint(55, 95)}", fc=rng.randint(55, 120), sat=rng.randint(88, 100),
        hb=f"{rng.randint(8, 16)},{rng.randint(0, 9)}", leu=rng.randint(3, 20) * 1000, cr=f"{rng.randint(0, 3)},{rng.randint(1, 9)}",
        drug=rng.choice(DRUGS), drug2=rng.choice(DRUGS), n=rng.randint(2, 9))


def phone(rng: random.Random) -> str:
    if rng.random() < 0.6:
        d = "07" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        return rng.choice([f"{d[:4]} {d[4:7]} {d[7:]}", d, f"+40 {d[1:4]} {d[4:7]} {d[7:]}", f"{d[:4]}.{d[4:7]}.{d[7:]}"])
    d = "02" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return rng.choice([f"{d[:4]} {d[4:7]} {d[7:]}", f"{d[:3]}/{d[3:]}"])


def cnp_number(rng: random.Random) -> str:
    body = f"{rng.choice('1256')}{rng.randint(30, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    return body + cnp.calc_check_digit(body)


def fo_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1000, 99999)), f"{rng.randint(1000, 99999)}/{rng.randint(2005, 2025)}"])


def parafa(rng: random.Random) -> str:
    return rng.choice([f"{rng.choice('ABCDEFGH')}{rng.randint(10000, 99999)}", str(rng.randint(100000, 999999))])


ID_MAKERS = {"phone": phone, "fax": phone, "mrn": fo_number, "hp": cnp_number, "lic": parafa, "ssn": cnp_number, "dni": cnp_number}
EMAIL_DOMAINS = ["yahoo.com", "gmail.com", "yahoo.ro", "spital.example.ro"]


def email_user(p: Person) -> str:
    return f"{p.first}.{p.last.split()[0]}".lower()


def place(rng: random.Random, fake, kind: str) -> str:
    """A Romanian place of ``kind`` (a slot kind of the templates)."""
    if kind == "hosp":
        return rng.choice(HOSPITAL_PATTERNS).format(city=fake.city(), saint=rng.choice(SAINTS), last=fake.last_name())
    if kind == "org":
        return rng.choice(["Primăria {city}", "Școala Gimnazială nr. {n} {city}", "SC {last} SRL", "Căminul de bătrâni {city}"]).format(
            city=fake.city(), n=rng.randint(1, 30), last=fake.last_name())
    if kind == "street":
        base = f"{rng.choice(['Str.', 'str.', 'Strada', 'Bd.', 'Calea', 'Aleea'])} {fake.last_name()} nr. {rng.randint(1, 150)}"
        return base + rng.choice(["", "", f", bl. {rng.choice('ABCDM')}{rng.randint(1, 20)}, ap. {rng.randint(1, 90)}",
                                  f", sc. {rng.randint(1, 4)}, ap. {rng.randint(1, 90)}"])
    if kind in ("city", "town"):
        return fake.city()
    if kind in ("state", "prov"):
        return fake.state()
    if kind == "zip":
        return fake.postcode()
    if kind == "country":
        return rng.choice(COUNTRIES)
    if kind == "room":
        return str(rng.randint(1, 40))
    if kind in ("dept", "loc"):
        return rng.choice(["secția {svc}", "salonul {n}", "ATI {n}"]).format(svc=rng.choice(["Cardiologie", "Medicină Internă", "Neurologie"]), n=rng.randint(1, 20))
    raise KeyError(kind)


def sex_word(rng: random.Random, female: bool, form) -> str:
    if form == "letter":
        return "F" if female else "M"
    return "pacienta" if female else "pacientul"
