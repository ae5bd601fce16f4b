"""Values and PHI-free filler of Spanish clinical notes: how Spanish hospitals, streets, dates,
phone numbers and identifiers are written (general conventions: "Calle Mayor 12, 3º B", "NHC",
"NASS", "nº col."), plus clinical sentences without PHI. Nothing here comes from a corpus."""
from __future__ import annotations

import datetime as dt
import random

from stdnum.es import dni

from ..names import Person, faker_for

# Spanish-speaking locales of Faker for names and places, by share.
LOCALES = {"es_ES": 8, "es_MX": 1, "es_AR": 0.5, "es_CO": 0.5, "es_CL": 0.3}
CULTURE = "hispanic"
SURNAMES = 2  # a Spanish name carries both family names
NAME_FORMS = {
    "pt": {"full": 4, "short": 2, "last_first": 1.5, "surnames": 1, "first": 0.5, "compound": 0.5},
    "dr": {"full": 3, "short": 2, "last": 2, "surnames": 1, "init_last": 0.5},
    "rel": {"first": 4, "full": 2, "short": 1},
}
TITLE_NAME_FORMS = ["full", "short", "last", "surnames"]
TITLES_DR = {"female": ["Dra.", "Dra", "Doctora", "la Dra."], "male": ["Dr.", "Dr", "Doctor", "el Dr."]}
TITLES_PT = {"female": ["Sra.", "Dña.", "doña", "la Sra."], "male": ["Sr.", "D.", "don", "el Sr."]}
AGE_UNIT = "{} años"
DEPARTMENTS_ARE_PHI = True  # the Spanish model was trained so; its units are named ("Unidad Ortega", "Pabellón Ruiz")
AGE_UNIT_IN_SPAN = True  # MEDDOCAN annotates "54 años" whole; the Spanish model learns one convention

MONTHS = ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre").split()
DATE_FORMATS = {"dmy_slash": 4, "dmy_dash": 1, "long": 3, "long_del": 1, "dmy_dot": 0.5, "month_year": 0.7,
                "day_month": 0.8, "year": 0.4, "dmy_short": 0.6}
PARTIAL_DATE_FORMATS = ("month_year", "day_month", "year")
DOB_FORMAT = "dmy_slash"


def format_date(rng: random.Random, d: dt.date, fmt: str) -> str:
    m = MONTHS[d.month - 1]
    if fmt == "dmy_slash":
        return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}"])
    if fmt == "dmy_dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if fmt == "dmy_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if fmt == "dmy_short":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if fmt == "long":
        return f"{d.day} de {m} de {d.year}"
    if fmt == "long_del":
        return f"{d.day} de {m} del {d.year}"
    if fmt == "month_year":
        return f"{m} de {d.year}"
    if fmt == "day_month":
        return f"{d.day} de {m}"
    if fmt == "year":
        return str(d.year)
    raise ValueError(fmt)


HOSPITAL_PATTERNS = [
    "Hospital Universitario {last}", "Hospital General de {city}", "Hospital Clínico San {saint}",
    "Hospital Virgen de la {virgin}", "Hospital {last}", "Clínica {last}", "Clínica San {saint}",
    "Centro de Salud {city}", "Centro de Salud {barrio}", "Hospital Comarcal de {city}",
    "Complejo Hospitalario de {city}", "Hospital Universitario Doctor {last}",
]
SAINTS = ["Carlos", "Juan", "Pedro", "Rafael", "Jorge", "Cecilio", "Agustín", "Millán", "Roque", "Pablo"]
VIRGINS = ["Luz", "Salud", "Arrixaca", "Victoria", "Macarena", "Concha", "Montaña", "Cinta", "Peña"]
BARRIOS = ["Las Cortes", "El Carmen", "La Alameda", "San Blas", "Valdefierro", "Los Remedios", "El Ensanche"]
STREET_TYPES = ["Calle", "C/", "Avenida", "Avda.", "Paseo", "Plaza", "Camino", "Ronda", "Travesía"]
COUNTRIES = ["España", "Marruecos", "Rumanía", "Ecuador", "Colombia", "Perú", "Argentina", "Francia",
             "Portugal", "Venezuela", "Bolivia", "China", "Senegal", "Ucrania", "Cuba"]
PROFESSIONS = ["albañil", "maestra", "agricultor", "camarero", "enfermera", "administrativo", "conductor de autobús",
               "peluquera", "mecánico", "ama de casa", "profesor de secundaria", "pescador", "minero jubilado",
               "ingeniera", "carpintero", "dependienta", "abogado", "cocinero", "limpiadora", "policía"]
RELATIONS_F = ["hija", "esposa", "mujer", "madre", "hermana", "sobrina", "nieta", "cuñada", "nuera"]
RELATIONS_M = ["hijo", "esposo", "marido", "padre", "hermano", "sobrino", "nieto", "cuñado", "yerno"]
ORGS = ["Mutua {last}", "Seguros {last}", "Residencia {saint}", "Fundación {last}", "Colegio San {saint}",
        "Ayuntamiento de {city}", "{last} y Asociados S.L."]

DRUGS = ["paracetamol 1 g/8 h", "metformina 850 mg/12 h", "enalapril 10 mg/24 h", "omeprazol 20 mg/24 h",
         "atorvastatina 40 mg", "furosemida 40 mg", "AAS 100 mg", "bisoprolol 2,5 mg", "insulina glargina 20 UI",
         "amoxicilina-clavulánico 875/125 mg/8 h", "levotiroxina 50 mcg", "enoxaparina 40 mg sc",
         "salbutamol inhalado", "ceftriaxona 2 g iv", "dexametasona 4 mg", "tramadol 50 mg", "lorazepam 1 mg"]
CLINICAL = [
    "Exploración física: buen estado general, consciente y orientado, normocoloreado y normohidratado.",
    "TA {ta} mmHg, FC {fc} lpm, Tª {temp} ºC, SatO2 {sat}% basal.",
    "Auscultación cardiaca: rítmica, sin soplos. Auscultación pulmonar: murmullo vesicular conservado.",
    "Abdomen blando y depresible, no doloroso a la palpación, sin masas ni megalias.",
    "Extremidades sin edemas ni signos de trombosis venosa profunda.",
    "Analítica: Hb {hb} g/dl, leucocitos {leu}/mm3, PCR {pcr} mg/l, creatinina {cr} mg/dl.",
    "Radiografía de tórax sin condensaciones ni derrame pleural.",
    "ECG: ritmo sinusal a {fc} lpm, sin alteraciones de la repolarización.",
    "Se inicia tratamiento con {drug} con buena evolución clínica.",
    "Afebril durante el ingreso, con buena tolerancia oral.",
    "Antecedentes personales: HTA, DM tipo 2, dislipemia. No alergias medicamentosas conocidas.",
    "No hábitos tóxicos. Independiente para las actividades básicas de la vida diaria.",
    "TAC craneal sin hallazgos agudos.",
    "Ecografía abdominal: hígado de tamaño normal, vesícula sin litiasis.",
    "Diagnóstico principal: neumonía adquirida en la comunidad.",
    "Diagnóstico: insuficiencia cardiaca descompensada, fibrilación auricular.",
    "Tratamiento al alta: {drug}; {drug2}.",
    "Recomendaciones: dieta pobre en sal, control de glucemias y revisión en consultas externas.",
    "Glasgow 15/15, pupilas isocóricas y normorreactivas.",
    "Se solicita interconsulta a Cardiología.",
    "Balance hídrico positivo de {n}00 ml.",
    "Dolor torácico opresivo de {n} horas de evolución, irradiado a brazo izquierdo.",
]
CLINICAL_FOLLOWUP = ["Revisión en consultas externas en {n} semanas.", "Control por su médico de Atención Primaria.",
                     "Acudir a Urgencias si empeoramiento.", "Pendiente de resultado de biopsia."]


def clinical_sentence(rng: random.Random) -> str:
    s = rng.choice(CLINICAL)
    return s.format(ta=f"{rng.randint(100, 170)}/{rng.randint(55, 95)}", fc=rng.randint(55, 120),
                    temp=f"{rng.randint(35, 39)},{rng.randint(0, 9)}", sat=rng.randint(88, 100),
                    hb=f"{rng.randint(8, 16)},{rng.randint(0, 9)}", leu=rng.randint(3, 20) * 1000,
                    pcr=rng.randint(1, 250), cr=f"{rng.randint(0, 3)},{rng.randint(1, 9)}",
                    drug=rng.choice(DRUGS), drug2=rng.choice(DRUGS), n=rng.randint(2, 9))


def phone(rng: random.Random) -> str:
    first = rng.choice(["6", "6", "7", "9"])
    digits = first + "".join(str(rng.randint(0, 9)) for _ in range(8))
    style = rng.choice(["spaced3", "plain", "intl", "land"])
    if style == "spaced3":
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    if style == "intl":
        return f"+34 {digits[:3]} {digits[3:6]} {digits[6:]}"
    if style == "land":
        return f"{digits[:2]} {digits[2:5]} {digits[5:7]} {digits[7:]}"
    return digits


def dni_number(rng: random.Random) -> str:
    body = f"{rng.randint(0, 99999999):08d}"
    return body + dni.calc_check_digit(body)


def nhc(rng: random.Random) -> str:
    return str(rng.randint(10000, 9999999))


def nass(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 52):02d} {rng.randint(10000000, 99999999)} {rng.randint(10, 99)}",
                       f"{rng.randint(1, 52):02d}/{rng.randint(10000000, 99999999)}/{rng.randint(10, 99)}",
                       f"{rng.randint(100000000000, 999999999999)}"])


def colegiado(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 52):02d}{rng.randint(10000, 99999)}", f"{rng.randint(1, 52):02d}/{rng.randint(10000, 99999)}"])


ID_MAKERS = {"phone": phone, "fax": phone, "mrn": nhc, "hp": nass, "lic": colegiado, "dni": dni_number, "ssn": dni_number}
EMAIL_DOMAINS = ["gmail.com", "hotmail.es", "yahoo.es", "salud.example.es", "telefonica.net"]


def email_user(p: Person) -> str:
    return (p.first[:1] + p.last.split()[0]).lower()


def place(rng: random.Random, fake, kind: str) -> str:
    """A Spanish place of ``kind`` (a slot kind of the templates)."""
    if kind == "hosp":
        return rng.choice(HOSPITAL_PATTERNS).format(
            last=fake.last_name(), city=fake.city(), saint=rng.choice(SAINTS),
            virgin=rng.choice(VIRGINS), barrio=rng.choice(BARRIOS))
    if kind == "org":
        return rng.choice(ORGS).format(last=fake.last_name(), saint=rng.choice(SAINTS), city=fake.city())
    if kind == "street":
        name = fake.last_name() if rng.random() < 0.4 else fake.street_name().split(" ", 1)[-1]
        unit = rng.choice(["", f", {rng.randint(1, 9)}º {rng.choice('ABCDEFGH')}", f", {rng.randint(1, 9)}{rng.choice('ABCD')}",
                           f", piso {rng.randint(1, 9)}, puerta {rng.randint(1, 4)}", f" bajo {rng.choice('AB')}"])
        return f"{rng.choice(STREET_TYPES)} {name} {rng.randint(1, 150)}{unit}"
    if kind in ("city", "town"):
        return fake.city()
    if kind in ("state", "prov"):
        for method in ("state_name", "state", "province", "administrative_unit"):
            if hasattr(fake, method):
                return getattr(fake, method)()
        return faker_for("es_ES").state_name()
    if kind == "zip":
        return f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}"
    if kind == "country":
        return rng.choice(COUNTRIES)
    if kind == "room":
        return rng.choice([f"{rng.randint(1, 9)}{rng.randint(1, 40):02d}", f"{rng.randint(100, 999)}-{rng.choice('AB')}"])
    if kind in ("dept", "loc"):
        return rng.choice(["Unidad {last}", "planta {n}ª", "Pabellón {last}"]).format(last=fake.last_name(), n=rng.randint(1, 9))
    raise KeyError(kind)


def sex_word(rng: random.Random, female: bool, form) -> str:
    if form == "letter":
        return "M" if female else "V"
    return rng.choice(["mujer", "paciente"] if female else ["varón", "hombre", "paciente"])
