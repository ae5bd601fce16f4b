"""PHI values (dates, phones, identifiers, places, jobs) and non-PHI clinical fillers.

PHI generators take a ``random.Random`` and a seeded ``Faker`` and return the surface string.
The non-PHI vocabularies are hard negatives: eponyms, drugs, doses, vitals, lab values and
scores that look like names or numbers but are not PHI.
"""
from __future__ import annotations

import datetime as dt
import random
import string
from typing import Callable, Dict, List

from faker import Faker

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_ABBR = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ---------------------------------------------------------------------------- dates
DATE_FORMATS: Dict[str, Callable[[dt.date], str]] = {
    "mdy_slash": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "mdy_slash_short": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
    "mdy_slash_nopad": lambda d: f"{d.month}/{d.day}/{d.year}",
    "md_slash": lambda d: f"{d.month}/{d.day}",
    "md_slash_pad": lambda d: f"{d.month:02d}/{d.day:02d}",
    "md_dash": lambda d: f"{d.month}-{d.day}",
    "iso": lambda d: d.isoformat(),
    "dmy_dash_abbr": lambda d: f"{d.day:02d}-{MONTHS_ABBR[d.month - 1]}-{d.year}",
    "month_day_year": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "abbr_day_year": lambda d: f"{MONTHS_ABBR[d.month - 1]} {d.day}, {d.year}",
    "abbr_dot_day": lambda d: f"{MONTHS_ABBR[d.month - 1]}. {d.day}",
    "month_day": lambda d: f"{MONTHS[d.month - 1]} {d.day}",
    "month_ordinal": lambda d: f"{MONTHS[d.month - 1]} {_ordinal(d.day)}",
    "day_month_year": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "month_year": lambda d: f"{MONTHS[d.month - 1]} {d.year}",
    "my_slash": lambda d: f"{d.month}/{d.year}",
    "dmy_dot": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "year": lambda d: str(d.year),
}
DATE_WEIGHTS = {"mdy_slash": 5, "mdy_slash_short": 2, "mdy_slash_nopad": 2, "md_slash": 5,
                "md_slash_pad": 1, "md_dash": 0.5, "iso": 1, "dmy_dash_abbr": 1, "month_day_year": 2,
                "abbr_day_year": 1, "abbr_dot_day": 0.5, "month_day": 1, "month_ordinal": 0.5,
                "day_month_year": 0.5, "month_year": 1, "my_slash": 0.5, "dmy_dot": 0.3, "year": 1.5}

HOLIDAYS = ["Christmas", "Thanksgiving", "New Year's Day", "Easter", "Labor Day", "Memorial Day",
            "Christmas Eve", "Fourth of July"]


def format_date(rng: random.Random, d: dt.date, fmt: str = "") -> str:
    if not fmt:
        fmt = rng.choices(list(DATE_WEIGHTS), list(DATE_WEIGHTS.values()))[0]
    return DATE_FORMATS[fmt](d)


def random_base_date(rng: random.Random) -> dt.date:
    return dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(0, 31 * 365))


# ---------------------------------------------------------------------------- contact
def phone(rng: random.Random, fake: Faker) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    form = rng.choice(["paren", "dash", "dash", "dot", "local", "plus1", "paren_nospace", "ext"])
    if form == "paren":
        return f"({a}) {b}-{c:04d}"
    if form == "paren_nospace":
        return f"({a}){b}-{c:04d}"
    if form == "dash":
        return f"{a}-{b}-{c:04d}"
    if form == "dot":
        return f"{a}.{b}.{c:04d}"
    if form == "local":
        return f"{b}-{c:04d}"
    if form == "plus1":
        return f"+1 {a} {b} {c:04d}"
    return f"{a}-{b}-{c:04d} x{rng.randint(100, 9999)}"


def email(rng: random.Random, fake: Faker, first: str = "", last: str = "") -> str:
    if first and last and rng.random() < 0.6:
        user = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(1, 99)}"])
        user = "".join(ch for ch in user.lower() if ch.isalnum() or ch == ".")
        return f"{user}@{fake.free_email_domain()}"
    return fake.email()


def url(rng: random.Random, fake: Faker) -> str:
    return rng.choice([fake.url(), f"www.{fake.domain_name()}", f"https://{fake.domain_name()}/{fake.uri_path()}"])


def ipaddr(rng: random.Random, fake: Faker) -> str:
    return fake.ipv4() if rng.random() < 0.85 else fake.ipv6()


# ---------------------------------------------------------------------------- identifiers
def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def mrn(rng: random.Random, fake: Faker) -> str:
    return rng.choice([_digits(rng, rng.randint(6, 10)), f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                       f"{_letters(rng, 1)}{_digits(rng, 7)}", f"MR{_digits(rng, 7)}"])


def ssn(rng: random.Random, fake: Faker) -> str:
    s = fake.ssn() if rng.random() < 0.8 else _digits(rng, 9)
    return s if "-" in s or rng.random() < 0.5 else f"{s[:3]}-{s[3:5]}-{s[5:]}" if len(s) == 9 else s


def healthplan(rng: random.Random, fake: Faker) -> str:
    return rng.choice([f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_digits(rng, 9)}{_letters(rng, 1)}",
                       f"{_letters(rng, 1)}{_digits(rng, 8)}-{_digits(rng, 2)}", f"W{_digits(rng, 9)}"])


def account(rng: random.Random, fake: Faker) -> str:
    return rng.choice([_digits(rng, rng.randint(8, 12)), f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                       f"A{_digits(rng, 8)}", fake.bban()])


def license_no(rng: random.Random, fake: Faker) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 7)}", _digits(rng, rng.randint(5, 8)),
                       f"{_letters(rng, 1)}{_digits(rng, 6)}", f"MD{_digits(rng, 6)}"])


def vehicle(rng: random.Random, fake: Faker) -> str:
    return fake.license_plate() if rng.random() < 0.7 else fake.vin()


def device_id(rng: random.Random, fake: Faker) -> str:
    return rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 5)}-{_letters(rng, 1)}",
                       f"SN{_digits(rng, 10)}", fake.hexify("^^^^-^^^^-^^^^", upper=True)])


def bioid(rng: random.Random, fake: Faker) -> str:
    return rng.choice([f"FP-{_digits(rng, 8)}", f"RET{_digits(rng, 7)}", f"BIO-{_letters(rng, 2)}{_digits(rng, 6)}"])


def idnum(rng: random.Random, fake: Faker) -> str:
    return rng.choice([f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 5)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                       _digits(rng, rng.randint(6, 9)), f"{_letters(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
                       f"#{_digits(rng, 7)}"])


# ---------------------------------------------------------------------------- places
US_STATES_ABBR = ["MA", "NY", "CA", "TX", "FL", "IL", "PA", "OH", "NH", "ME", "VT", "RI", "CT", "NJ",
                  "GA", "NC", "WA", "OR", "AZ", "MI", "MN", "CO", "MD", "VA"]
HOSPITAL_PATTERNS = [
    "{city} General Hospital", "{city} Medical Center", "St. {saint}'s Hospital", "Saint {saint} Medical Center",
    "{last} Memorial Hospital", "{last} Hospital", "University of {state} Medical Center",
    "{city} Community Hospital", "{last} Rehabilitation Hospital", "{city} Regional Medical Center",
    "Mount {last} Hospital", "{last} Children's Hospital", "{city} VA Medical Center",
    "{last}-{last2} Hospital", "{last} Nursing Home", "{last} House Nursing Facility",
    "{city} Rehab", "{last} Clinic", "{city} Health Center", "{last} Cancer Institute",
    "{acronym}", "{acronym}", "{last} Eye and Ear Infirmary", "{city} Hospice", "{city} Family Practice",
]
SAINTS = ["Mary", "Joseph", "John", "Elizabeth", "Luke", "Anne", "Vincent", "Francis", "Jude", "Catherine",
          "Michael", "Margaret", "Anthony", "Agnes", "Clare", "Patrick"]
DEPARTMENT_PATTERNS = ["{last} {num}", "{last} {num}", "{last} ICU", "{last} Building", "{last} Pavilion",
                       "{last} {floor} Floor", "{last} Wing", "{last} Unit", "{last} {num}{letter}"]
LANDMARKS = ["{last} Park", "Lake {last}", "{city} Mall", "{last} Square", "{city} Airport",
             "{last} Beach", "{city} Public Library", "{last} Stadium", "{city} Train Station",
             "{last} Bridge", "Mount {last}", "{city} Common"]
COUNTRIES = ["Mexico", "China", "India", "Bangladesh", "France", "Nigeria", "Vietnam", "Haiti", "Ireland",
             "Italy", "Portugal", "Brazil", "Poland", "Germany", "Russia", "Greece", "Korea", "Japan",
             "Philippines", "Kenya", "Ghana", "Canada", "Lebanon", "Egypt", "Morocco", "Dominican Republic",
             "Puerto Rico", "El Salvador", "Guatemala", "Colombia", "Cape Verde", "Somalia", "Ethiopia",
             "Pakistan", "Iran", "Israel", "Turkey", "Ukraine", "England", "Scotland", "Jamaica", "Cuba"]


def acronym(rng: random.Random) -> str:
    core = _letters(rng, rng.randint(2, 4))
    return core + rng.choice(["H", "MC", "MC", "H", "CH", ""])


# ---------------------------------------------------------------------------- professions
PROFESSIONS = [
    "teacher", "nurse", "engineer", "accountant", "lawyer", "electrician", "plumber", "carpenter",
    "truck driver", "bus driver", "taxi driver", "chef", "cook", "waiter", "waitress", "bartender", "cashier",
    "firefighter", "police officer", "security guard", "janitor", "custodian", "mechanic", "auto mechanic",
    "construction worker", "contractor", "farmer", "fisherman", "pilot", "flight attendant", "pharmacist",
    "dentist", "veterinarian", "software engineer", "programmer", "computer programmer", "data analyst",
    "professor", "librarian", "social worker", "secretary", "receptionist", "real estate agent", "banker",
    "financial analyst", "salesman", "sales representative", "store manager", "hairdresser", "barber",
    "musician", "artist", "writer", "journalist", "photographer", "architect", "physician", "surgeon",
    "dental hygienist", "paramedic", "EMT", "home health aide", "nursing assistant", "CNA", "daycare worker",
    "babysitter", "housekeeper", "nanny", "student", "graduate student", "college student", "retired teacher",
    "retired firefighter", "retired machinist", "machinist", "welder", "roofer", "painter", "landscaper",
    "postal worker", "mail carrier", "letter carrier", "longshoreman", "dock worker", "factory worker",
    "warehouse worker", "forklift operator", "baker", "butcher", "tailor", "seamstress", "minister", "pastor",
    "priest", "rabbi", "soldier", "marine", "veteran", "army sergeant", "navy officer", "clerk", "bank teller",
    "insurance agent", "consultant", "attorney", "judge", "psychologist", "physical therapist", "optometrist",
    "radiology technician", "lab technician", "medical assistant", "office manager", "executive", "CEO",
    "business owner", "restaurant owner", "shop owner", "delivery driver", "Uber driver", "mover", "miner",
    "bricklayer", "stonemason", "pipefitter", "iron worker", "HVAC technician", "dry cleaner", "jeweler",
]
PROFESSION_PHRASES = ["works as a {p}", "works as an {p}", "is a {p}", "retired {p}", "former {p}",
                      "employed as a {p}", "{p} by trade", "occupation: {p}", "was a {p}"]

# ---------------------------------------------------------------------------- non-PHI fillers
EPONYM_DX = ["Parkinson disease", "Parkinson's disease", "Alzheimer dementia", "Alzheimer's disease",
             "Hodgkin lymphoma", "non-Hodgkin lymphoma", "Crohn disease", "Crohn's disease", "Cushing syndrome",
             "Graves disease", "Hashimoto thyroiditis", "Bell's palsy", "Guillain-Barre syndrome",
             "Addison disease", "Wilson disease", "Raynaud phenomenon", "Sjogren syndrome", "Kaposi sarcoma",
             "Barrett esophagus", "Meniere disease", "Huntington disease", "Tourette syndrome",
             "Down syndrome", "Marfan syndrome", "Wolff-Parkinson-White", "Brugada syndrome",
             "Mallory-Weiss tear", "Paget disease", "Kawasaki disease", "Buerger disease", "Dupuytren contracture",
             "Baker's cyst", "Colles fracture", "Boerhaave syndrome", "Wernicke encephalopathy",
             "Korsakoff syndrome", "Takotsubo cardiomyopathy", "Prinzmetal angina", "Lyme disease",
             "Ludwig angina", "Zenker diverticulum", "Stevens-Johnson syndrome", "Cheyne-Stokes respirations",
             "Kussmaul respirations", "Charcot foot", "Bell palsy", "Epstein-Barr virus"]
EPONYM_SIGNS = ["Babinski negative", "Babinski sign present", "Murphy sign negative", "positive Murphy sign",
                "Homan sign negative", "Kernig sign negative", "Brudzinski negative", "Romberg negative",
                "Chvostek sign absent", "Trousseau sign negative", "McBurney point tenderness",
                "Rovsing sign negative", "Tinel sign positive", "Phalen test negative", "Lachman negative",
                "Glasgow Coma Scale 15", "Apgar 8 and 9", "Apgars 9/9", "Mallampati II", "Killip class I",
                "NYHA class II", "Child-Pugh B", "Gleason 3+4", "Breslow depth 1.2 mm", "Clark level III",
                "Ranson score 2", "Wells score 1", "Braden score 16", "Morse fall score 45", "CIWA 4",
                "Ramsay 3", "RASS -1", "Richmond agitation -2", "Bishop score 6"]
EPONYM_DEVICES = ["Foley", "Foley catheter", "Swan-Ganz", "Swan", "Hickman", "Groshong", "Jackson-Pratt drain",
                  "JP drain", "Blake drain", "Miami J collar", "Philadelphia collar", "Dobhoff", "Salem sump",
                  "Pleurx catheter", "Penrose drain", "Steri-Strips", "Ace wrap", "Boyle's bottle",
                  "Yankauer", "Ambu bag", "Bovie", "Mayo stand", "Kelly clamp", "Pfannenstiel incision",
                  "Whipple", "Roux-en-Y", "Nissen fundoplication", "Hartmann pouch", "Billroth II",
                  "Denver shunt", "Ommaya reservoir", "Greenfield filter", "Thomas splint", "Buck traction"]
DRUGS = ["metoprolol", "lisinopril", "furosemide", "Lasix", "heparin", "enoxaparin", "Lovenox", "warfarin",
         "Coumadin", "aspirin", "ASA", "atorvastatin", "Lipitor", "simvastatin", "insulin", "lantus",
         "humalog", "metformin", "glipizide", "vancomycin", "vanco", "Zosyn", "ceftriaxone", "cefazolin",
         "levofloxacin", "Levaquin", "ciprofloxacin", "Flagyl", "metronidazole", "Bactrim", "acyclovir",
         "pantoprazole", "Protonix", "omeprazole", "famotidine", "ondansetron", "Zofran", "morphine",
         "hydromorphone", "Dilaudid", "fentanyl", "oxycodone", "Percocet", "Tylenol", "acetaminophen",
         "ibuprofen", "Motrin", "lorazepam", "Ativan", "haloperidol", "Haldol", "quetiapine", "Seroquel",
         "olanzapine", "sertraline", "Zoloft", "citalopram", "fluoxetine", "Prozac", "trazodone", "lithium",
         "gabapentin", "Neurontin", "levetiracetam", "Keppra", "phenytoin", "Dilantin", "propofol",
         "Propofol", "midazolam", "Versed", "dexmedetomidine", "Precedex", "norepinephrine", "Levophed",
         "dopamine", "dobutamine", "vasopressin", "amiodarone", "diltiazem", "digoxin", "nitroglycerin",
         "NTG", "albuterol", "ipratropium", "Atrovent", "prednisone", "Solu-Medrol", "hydrocortisone",
         "dexamethasone", "potassium chloride", "KCl", "magnesium sulfate", "calcium gluconate",
         "Colace", "senna", "docusate", "lactulose", "Dulcolax", "MiraLax", "Plavix", "clopidogrel",
         "Eliquis", "apixaban", "Xarelto", "tamsulosin", "Flomax", "levothyroxine", "Synthroid",
         "allopurinol", "donepezil", "Aricept", "carbidopa-levodopa", "Sinemet", "methadone", "Narcan",
         "naloxone", "thiamine", "folate", "multivitamin", "Ensure", "Nepro", "Promote", "Jevity"]
ROUTES = ["PO", "IV", "SC", "SQ", "IM", "PR", "SL", "NG", "per PEG", "IVP", "gtt"]
FREQS = ["daily", "BID", "TID", "QID", "q4h", "q6h", "q8h", "q12h", "qHS", "PRN", "q4h PRN", "QD", "qAM",
         "once", "x1", "STAT"]
UNITS = ["mg", "mg", "mcg", "g", "units", "mEq", "mL", "mg/kg", "mcg/min", "mcg/kg/min", "units/hr"]
LABS = ["Na {a}", "K {k}", "Cl {b}", "HCO3 {c}", "BUN {bun}", "Cr {cr}", "Glu {glu}", "WBC {wbc}",
        "Hct {hct}", "Hgb {hgb}", "Plt {plt}", "INR {inr}", "PTT {ptt}", "lactate {lac}", "trop {trop}",
        "CK {ck}", "Mg {mg}", "Phos {phos}", "Ca {ca}", "ALT {alt}", "AST {alt}", "T bili {tb}",
        "albumin {alb}", "pH {ph}", "pCO2 {pco2}", "pO2 {po2}", "BNP {bnp}", "HbA1c {a1c}%", "TSH {tsh}"]
TIMES = ["0800", "0700", "1900", "2000", "1400", "2300", "0400", "8AM", "8 AM", "2 PM", "10pm", "14:30",
         "09:15", "noon", "midnight", "3:45 pm", "1130", "0600", "2200", "1600"]
UNITS_GENERIC = ["the ICU", "MICU", "SICU", "CCU", "CSRU", "the floor", "the ED", "the ER", "PACU", "the OR",
                 "cath lab", "step-down unit", "telemetry", "rehab", "home", "the nursing home", "OR",
                 "radiology", "dialysis", "the clinic"]
RELATIONS_F = ["wife", "daughter", "mother", "sister", "granddaughter", "niece", "aunt", "partner", "friend",
               "neighbor", "daughter-in-law", "HCP", "health care proxy"]
RELATIONS_M = ["husband", "son", "father", "brother", "grandson", "nephew", "uncle", "partner", "friend",
               "neighbor", "son-in-law", "HCP", "health care proxy"]
TITLES_DR = ["Dr.", "Dr", "DR.", "Dr.", "Doctor"]
TITLES_PT = {"female": ["Ms.", "Mrs.", "Miss", "Ms"], "male": ["Mr.", "Mr"]}
CREDENTIALS = ["MD", "M.D.", "DO", "RN", "NP", "PA-C", "MD, PhD", "RN, BSN", "PharmD", "LICSW", "RRT"]


def lab_value(rng: random.Random) -> str:
    vals = {"a": rng.randint(128, 148), "k": round(rng.uniform(2.9, 5.8), 1), "b": rng.randint(95, 112),
            "c": rng.randint(16, 32), "bun": rng.randint(6, 90), "cr": round(rng.uniform(0.5, 4.5), 1),
            "glu": rng.randint(60, 380), "wbc": round(rng.uniform(2.0, 24.0), 1), "hct": round(rng.uniform(21, 45), 1),
            "hgb": round(rng.uniform(7, 15), 1), "plt": rng.randint(40, 450), "inr": round(rng.uniform(0.9, 4.0), 1),
            "ptt": round(rng.uniform(22, 90), 1), "lac": round(rng.uniform(0.6, 6.0), 1),
            "trop": round(rng.uniform(0.01, 2.5), 2), "ck": rng.randint(40, 2400), "mg": round(rng.uniform(1.2, 2.8), 1),
            "phos": round(rng.uniform(1.8, 6.0), 1), "ca": round(rng.uniform(7.5, 10.8), 1), "alt": rng.randint(8, 400),
            "tb": round(rng.uniform(0.2, 8.0), 1), "alb": round(rng.uniform(1.8, 4.6), 1), "ph": round(rng.uniform(7.1, 7.55), 2),
            "pco2": rng.randint(25, 80), "po2": rng.randint(50, 400), "bnp": rng.randint(20, 4000),
            "a1c": round(rng.uniform(5.0, 12.5), 1), "tsh": round(rng.uniform(0.1, 9.0), 2)}
    return rng.choice(LABS).format(**vals)


def dose(rng: random.Random) -> str:
    drug = rng.choice(DRUGS)
    amount = rng.choice([0.5, 1, 2, 2.5, 4, 5, 10, 12.5, 20, 25, 40, 50, 80, 100, 125, 250, 325, 500, 650, 1000])
    amt = str(amount).rstrip("0").rstrip(".") if isinstance(amount, float) else str(amount)
    return f"{drug} {amt} {rng.choice(UNITS)} {rng.choice(ROUTES)} {rng.choice(FREQS)}"


def vitals(rng: random.Random) -> str:
    parts = [f"T {round(rng.uniform(96.0, 103.0), 1)}", f"HR {rng.randint(45, 140)}",
             f"BP {rng.randint(80, 190)}/{rng.randint(40, 110)}", f"RR {rng.randint(10, 34)}",
             f"SpO2 {rng.randint(84, 100)}% on {rng.choice(['RA', '2L NC', '4L', '40% FM', 'room air', 'CPAP'])}"]
    if rng.random() < 0.4:
        parts.append(f"wt {rng.randint(45, 140)} kg")
    sep = rng.choice([", ", " ", "; ", "  "])
    return sep.join(parts)


def score(rng: random.Random) -> str:
    return rng.choice([f"GCS {rng.randint(3, 15)}", f"pain {rng.randint(0, 10)}/10", f"Apgar {rng.randint(5, 9)}",
                       f"MMSE {rng.randint(10, 30)}/30", f"PHQ-9 {rng.randint(0, 27)}", f"GAD-7 {rng.randint(0, 21)}",
                       f"CIWA {rng.randint(0, 25)}", f"NIHSS {rng.randint(0, 24)}", f"EF {rng.randint(15, 70)}%",
                       f"BMI {round(rng.uniform(16, 45), 1)}", f"MOCA {rng.randint(12, 30)}/30"])
