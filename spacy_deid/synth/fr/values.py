"""Values and PHI-free filler of French clinical notes, written as French, Belgian and Swiss
hospitals write them (general conventions: "né(e) le 12/03/1948", "12 rue des Lilas, 75011 Paris",
"IPP", "N° RPPS", "Tél. 01 23 45 67 89"), plus clinical sentences without PHI. Nothing here comes
from a corpus."""
from __future__ import annotations

import datetime as dt
import random

from stdnum.fr import nir

from ..locale_context import numeric_date
from ..names import Person

LOCALES = {"fr_FR": 8, "fr_BE": 1, "fr_CH": 1}
CULTURE = "french"
SURNAMES = 1
NAME_FORMS = {
    "pt": {"full": 4, "last": 1.5, "upper_last": 1.5, "first": 0.3, "compound": 0.4},
    "dr": {"full": 3, "last": 3, "init_last": 1},
    "rel": {"full": 2, "last": 1, "first": 1.5},
}
TITLE_NAME_FORMS = ["full", "last", "last", "init_last"]
TITLES_DR = {"female": ["Dr", "Dr.", "Docteur", "Pr", "le Dr"], "male": ["Dr", "Dr.", "Docteur", "Pr", "le Dr"]}
TITLES_PT = {"female": ["Mme", "Madame", "Mme.", "Mlle"], "male": ["M.", "Monsieur", "Mr"]}
RELATIONS_F = ["fille", "épouse", "femme", "mère", "sœur", "nièce", "petite-fille", "belle-fille", "compagne", "tutrice"]
RELATIONS_M = ["fils", "époux", "mari", "père", "frère", "neveu", "petit-fils", "gendre", "compagnon", "tuteur"]
AGE_UNIT = "{} ans"

MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
DATE_FORMATS = {"slash": 6, "slash_short": 1.5, "long": 2.5, "month_year": 0.7, "day_month": 1, "year": 0.5,
                "dot": 0.5}
PARTIAL_DATE_FORMATS = ("month_year", "day_month", "year")
DOB_FORMAT = "slash"


def format_date(rng: random.Random, d: dt.date, fmt: str) -> str:
    if fmt == "full":
        fmt = rng.choice(["slash", "slash", "slash_short", "long"])
    if fmt == "long":
        return f"{'1er' if d.day == 1 and rng.random() < 0.5 else d.day} {MONTHS[d.month - 1]} {d.year}"
    if fmt == "day_month":
        return rng.choice([f"{d.day} {MONTHS[d.month - 1]}", f"{d.day:02d}/{d.month:02d}"])
    return numeric_date(d, fmt, MONTHS)


HOSPITAL_PATTERNS = ["CHU de {city}", "Centre hospitalier de {city}", "CH {city}", "Hôpital {saint}", "Hôpital {last}",
                     "Clinique {saint}", "Clinique du {park}", "Hôpital privé de {city}", "Groupe hospitalier {last}",
                     "Centre hospitalier régional de {city}", "Polyclinique {saint}", "Cabinet médical du Dr {last}"]
SAINTS = ["Saint-Joseph", "Sainte-Anne", "Saint-Louis", "Saint-Antoine", "Sainte-Marguerite", "Saint-Vincent", "Saint-Roch",
          "Sainte-Marie", "Saint-Martin", "Saint-Jacques"]
PARKS = ["Parc", "Lac", "Val", "Mont", "Château", "Vallon"]
ORGS = ["EHPAD {saint}", "Mutuelle {last}", "Maison de retraite {saint}", "Lycée {last}", "Mairie de {city}", "{last} SARL",
        "Association {last}", "Foyer {saint}"]
COUNTRIES = ["France", "Belgique", "Suisse", "Algérie", "Maroc", "Tunisie", "Portugal", "Sénégal", "Côte d'Ivoire",
             "Italie", "Espagne", "Roumanie", "Cameroun", "Haïti"]
PROFESSIONS = ["institutrice", "agriculteur", "boulanger", "infirmière", "maçon", "secrétaire", "ingénieur", "chauffeur routier",
               "coiffeuse", "retraité", "électricien", "vendeuse", "menuisier", "aide-soignante", "policier", "cuisinier",
               "comptable", "architecte", "mécanicien", "avocat"]
DEPARTMENTS = ["service de {svc}", "unité {letter}{n}", "secteur {n}", "pavillon {last}"]
SERVICES = ["cardiologie", "médecine interne", "pneumologie", "gériatrie", "neurologie", "chirurgie viscérale"]

DRUGS = ["Kardégic 75 mg", "paracétamol 1 g x3/j", "ramipril 5 mg", "bisoprolol 2,5 mg", "pantoprazole 40 mg",
         "atorvastatine 40 mg", "furosémide 40 mg", "metformine 1000 mg x2/j", "apixaban 5 mg x2/j", "Lévothyrox 75 µg",
         "amoxicilline 1 g x3/j", "insuline glargine 16 UI le soir", "amlodipine 5 mg", "tramadol 50 mg si douleur"]
CLINICAL = [
    "À l'entrée, patient conscient, orienté, hémodynamiquement stable.",
    "TA {ta} mmHg, FC {fc}/min, T° {temp} °C, SpO2 {sat} % en air ambiant.",
    "Auscultation cardiaque : bruits du cœur réguliers, sans souffle.",
    "Auscultation pulmonaire : murmure vésiculaire symétrique, pas de crépitants.",
    "Abdomen souple, dépressible, indolore.",
    "Pas d'œdème des membres inférieurs, mollets souples.",
    "Biologie : Hb {hb} g/dl, leucocytes {leu} G/l, CRP {pcr} mg/l, créatinine {cr} µmol/l.",
    "Radiographie thoracique : pas de foyer, pas d'épanchement.",
    "ECG : rythme sinusal à {fc}/min, pas de trouble de la repolarisation.",
    "Mise sous {drug} avec bonne évolution clinique.",
    "Les suites ont été simples.",
    "Antécédents : HTA, diabète de type 2, dyslipidémie.",
    "Allergies : aucune connue. Tabac sevré depuis 10 ans.",
    "Scanner cérébral sans injection : pas de saignement intracrânien.",
    "Échographie abdominale : foie de taille normale, pas de lithiase vésiculaire.",
    "Diagnostic retenu : pneumopathie communautaire.",
    "Traitement de sortie : {drug} ; {drug2}.",
    "Glasgow 15, pupilles égales et réactives.",
    "Douleur thoracique constrictive depuis {n} heures irradiant au bras gauche.",
    "Échographie cardiaque : FEVG à {ef} %, pas de valvulopathie significative.",
]
CLINICAL_FOLLOWUP = ["Consultation de suivi dans {n} semaines.", "Suivi par le médecin traitant.",
                     "Reconsulter en cas d'aggravation.", "Résultats anatomopathologiques en attente.",
                     "Contrôle biologique dans {n} jours."]


def clinical_sentence(rng: random.Random) -> str:
    return rng.choice(CLINICAL).format(
        ta=f"{rng.randint(100, 170)}/{rng.randint(55, 95)}", fc=rng.randint(55, 120),
        temp=f"{rng.randint(35, 39)},{rng.randint(0, 9)}", sat=rng.randint(88, 100),
        hb=f"{rng.randint(8, 16)},{rng.randint(0, 9)}", leu=f"{rng.randint(3, 20)},{rng.randint(0, 9)}",
        pcr=rng.randint(1, 250), cr=rng.randint(50, 300), ef=rng.randint(20, 65),
        drug=rng.choice(DRUGS), drug2=rng.choice(DRUGS), n=rng.randint(2, 9))


def phone(rng: random.Random) -> str:
    pairs = [f"0{rng.choice('1234567')}"] + [f"{rng.randint(0, 99):02d}" for _ in range(4)]
    style = rng.choice(["space", "space", "dot", "plain", "intl"])
    if style == "dot":
        return ".".join(pairs)
    if style == "plain":
        return "".join(pairs)
    if style == "intl":
        return "+33 " + pairs[0][1] + " " + " ".join(pairs[1:])
    return " ".join(pairs)


def nir_number(rng: random.Random) -> str:
    body = (f"{rng.choice('12')}{rng.randint(30, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}"
            f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}")
    number = body + nir.calc_check_digits(body)
    return rng.choice([number, f"{number[0]} {number[1:3]} {number[3:5]} {number[5:7]} {number[7:10]} {number[10:13]} {number[13:]}"])


def ipp(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1000000, 99999999)), f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}"])


def rpps(rng: random.Random) -> str:
    return f"10{rng.randint(100000000, 999999999)}"


ID_MAKERS = {"phone": phone, "fax": phone, "mrn": ipp, "hp": nir_number, "lic": rpps, "ssn": nir_number, "dni": nir_number}
EMAIL_DOMAINS = ["orange.fr", "free.fr", "gmail.com", "laposte.net", "wanadoo.fr", "chu.example.fr"]


def email_user(p: Person) -> str:
    return f"{p.first}.{p.last.split()[0]}".lower().replace(" ", "")


def place(rng: random.Random, fake, kind: str) -> str:
    """A French-speaking place of ``kind`` (a slot kind of the templates)."""
    if kind == "hosp":
        return rng.choice(HOSPITAL_PATTERNS).format(city=fake.city(), saint=rng.choice(SAINTS), park=rng.choice(PARKS),
                                                    last=fake.last_name())
    if kind == "org":
        return rng.choice(ORGS).format(city=fake.city(), saint=rng.choice(SAINTS), last=fake.last_name())
    if kind == "street":
        return fake.street_address()
    if kind in ("city", "town"):
        return fake.city()
    if kind in ("state", "prov"):
        return fake.region() if hasattr(fake, "region") else fake.city()
    if kind == "zip":
        return fake.postcode()
    if kind == "country":
        return rng.choice(COUNTRIES)
    if kind == "room":
        return rng.choice([f"{rng.randint(1, 9)}{rng.randint(1, 40):02d}", f"{rng.randint(1, 30)}"])
    if kind in ("dept", "loc"):
        return rng.choice(DEPARTMENTS).format(svc=rng.choice(SERVICES), n=rng.randint(1, 9), letter=rng.choice("ABCDE"),
                                              last=fake.last_name())
    raise KeyError(kind)


def sex_word(rng: random.Random, female: bool, form) -> str:
    if form == "letter":
        return "F" if female else "M"
    return rng.choice(["patiente", "femme"] if female else ["patient", "homme"])
