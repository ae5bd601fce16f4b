"""Values and PHI-free filler of Arabic clinical notes, written as hospitals of the Arab world
write them in Arabic (general conventions: "العمر: 54 سنة", "د. أحمد", "رقم الملف", dates day
first "14/03/2021" or "14 مارس 2021" and, in the Levant, "14 آذار 2021"; Arabic-Indic digits in
some notes; drug and test names often in English: "CBC", "ECG", "Aspirin 100 mg"), plus clinical
sentences without PHI. Faker's Arabic addresses are not Arabic, so streets and places are composed
here from common street words and the region's large cities (general geography). Names come
from Faker's Arabic person providers. Nothing here comes from a corpus."""
from __future__ import annotations

import datetime as dt
import random

from stdnum import luhn

from ...lexicons.romanise import to_ascii
from ..locale_context import numeric_date
from ..names import Person

LOCALES = {"ar_AA": 2, "ar_SA": 2, "ar_PS": 1}
CULTURE = "arabic"
SURNAMES = 1
NAME_FORMS = {
    "pt": {"full": 4, "last": 0.5, "first": 1},
    "dr": {"full": 3, "last": 1, "first": 0.5},
    "rel": {"full": 2, "first": 2},
}
TITLE_NAME_FORMS = ["full", "full", "first", "last"]
TITLES_DR = {"female": ["د.", "الدكتورة", "د"], "male": ["د.", "الدكتور", "د"]}
TITLES_PT = {"female": ["السيدة", "المريضة"], "male": ["السيد", "المريض"]}
# without a possessive ending, which would have to agree with the patient: "مع الابنة ..."
RELATIONS_F = ["الابنة", "الزوجة", "الأم", "الأخت", "الحفيدة", "قريبته"]
RELATIONS_M = ["الابن", "الزوج", "الأب", "الأخ", "الحفيد", "قريبه"]
AGE_UNIT = "{} سنة"

# Egyptian/Gulf forms of the Latin month names; the Levantine names in "levant" dates
MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
MONTHS_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                 "تشرين الثاني", "كانون الأول"]
DATE_FORMATS = {"slash": 6, "long": 2, "levant": 1, "arabic_digits": 1.2, "year_m": 0.6, "month_year": 0.5, "year": 0.4}
PARTIAL_DATE_FORMATS = ("month_year", "year")
DOB_FORMAT = "slash"
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def format_date(rng: random.Random, d: dt.date, fmt: str) -> str:
    if fmt == "full":
        fmt = rng.choice(["slash", "slash", "long", "levant", "arabic_digits"])
    if fmt == "levant":
        return f"{d.day} {MONTHS_LEVANT[d.month - 1]} {d.year}"
    if fmt == "arabic_digits":  # "١٤/٠٣/٢٠٢١"
        return f"{d.day:02d}/{d.month:02d}/{d.year}".translate(_ARABIC_DIGITS)
    if fmt == "year_m":  # "14/03/2021م": of the Gregorian era
        return f"{d.day:02d}/{d.month:02d}/{d.year}م"
    return numeric_date(d, fmt, MONTHS)


CITIES = ["الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "الخبر", "الطائف", "أبها", "تبوك", "عمّان", "إربد",
          "الزرقاء", "القاهرة", "الإسكندرية", "الجيزة", "المنصورة", "أسيوط", "طنطا", "دبي", "أبوظبي", "الشارقة", "الدوحة",
          "الكويت", "مسقط", "المنامة", "بيروت", "طرابلس", "دمشق", "حلب", "حمص", "بغداد", "البصرة", "الموصل", "أربيل",
          "تونس", "صفاقس", "الجزائر", "وهران", "الدار البيضاء", "الرباط", "فاس", "نابلس", "رام الله", "الخليل", "صنعاء"]
REGIONS = ["منطقة الرياض", "المنطقة الشرقية", "منطقة مكة المكرمة", "محافظة العاصمة", "محافظة إربد", "محافظة الجيزة",
           "محافظة الإسكندرية", "إمارة دبي", "محافظة ظفار", "محافظة البصرة", "ولاية سطيف", "جهة الرباط"]
DISTRICTS = ["حي النزهة", "حي الملز", "حي الروضة", "حي السلامة", "حي الشفا", "جبل عمّان", "الشميساني", "مدينة نصر",
             "المعادي", "الزمالك", "الحمراء", "الأشرفية", "حي الياسمين", "حي العليا", "حي المنار"]
STREET_WORDS = ["الملك فهد", "الملك عبدالعزيز", "الأمير سلطان", "الجامعة", "الاستقلال", "الحرية", "النيل", "الجمهورية",
                "الثورة", "الزهور", "الياسمين", "الملكة رانيا", "الرشيد", "التحرير", "السلام", "المدينة", "الأندلس"]
HOSPITAL_PATTERNS = ["مستشفى {city} العام", "مستشفى {last} التخصصي", "مستشفى الملك {first} الجامعي", "مجمع {city} الطبي",
                     "مستشفى {city} الجامعي", "المستشفى التخصصي في {city}", "مستشفى {last}", "مركز {city} الصحي",
                     "مستوصف {last} الطبي", "مستشفى {district} الحكومي"]
COUNTRIES = ["السعودية", "الأردن", "مصر", "الإمارات", "الكويت", "قطر", "عُمان", "البحرين", "لبنان", "سوريا", "العراق",
             "فلسطين", "المغرب", "تونس", "الجزائر", "السودان", "اليمن", "ليبيا"]
PROFESSIONS = ["معلم", "مهندس", "محاسب", "سائق", "مزارع", "نجار", "ممرضة", "ربة منزل", "طالب", "متقاعد", "تاجر",
               "موظف حكومي", "عامل بناء", "خباز", "حلاق", "شرطي", "كهربائي", "طباخ"]
DRUGS = ["Aspirin 100 mg", "أسبرين 100 ملغ", "Bisoprolol 5 mg", "Atorvastatin 20 mg", "ميتفورمين 500 ملغ",
         "Furosemide 40 mg", "فوروسيميد 40 ملغ", "Omeprazole 20 mg", "Paracetamol 1 g", "باراسيتامول 500 ملغ",
         "Ceftriaxone 1 g IV", "Enoxaparin 40 mg", "Insulin glargine 20 units", "Amlodipine 5 mg", "سالبوتامول بخاخ"]
CLINICAL = [
    "الحالة العامة جيدة، المريض واعٍ ومتعاون.", "الضغط {ta} ملم زئبق، النبض {fc}/د، الحرارة {temp} م، التشبع {sat}%.",
    "BP {ta} mmHg, HR {fc} bpm, SpO2 {sat}%.", "أصوات القلب طبيعية، لا توجد نفخة.",
    "أصوات التنفس متساوية في الجهتين، لا توجد خراخر.", "البطن لين وغير مؤلم عند الجس.", "لا توجد وذمة في الطرفين السفليين.",
    "التحاليل: الهيموغلوبين {hb} غ/دل، الكريات البيض {leu}/ملم3، CRP {pcr} ملغ/ل، الكرياتينين {cr} ملغ/دل.",
    "CBC: Hb {hb} g/dl, WBC {leu}, CRP {pcr} mg/l.", "صورة الصدر الشعاعية لا تظهر ارتشاحات.",
    "تخطيط القلب ECG: نظم جيبي طبيعي {fc}/د بدون تغيرات في ST.", "بدأ العلاج بـ {drug} مع تحسن سريري.",
    "لم تحدث مضاعفات خلال فترة الإقامة.", "السوابق المرضية: ارتفاع ضغط الدم، داء السكري من النوع الثاني.",
    "لا يوجد تحسس دوائي معروف.", "التشخيص عند الخروج: التهاب رئوي مكتسب من المجتمع.", "العلاج الموصى به: {drug}؛ {drug2}.",
    "يُنصح بحمية قليلة الملح.", "المريض يشكو من ألم صدري منذ يومين.", "تم إعطاء سوائل وريدية ومسكنات.",
]
CLINICAL_FOLLOWUP = ["مراجعة العيادة بعد {n} أسابيع.", "المتابعة مع طبيب الأسرة.",
                     "مراجعة الطوارئ عند ازدياد الأعراض.", "بانتظار نتيجة التشريح المرضي."]


def clinical_sentence(rng: random.Random) -> str:
    return rng.choice(CLINICAL).format(
        ta=f"{rng.randint(100, 170)}/{rng.randint(55, 95)}", fc=rng.randint(55, 120), temp=f"{rng.randint(36, 39)}.{rng.randint(0, 9)}",
        sat=rng.randint(88, 100), hb=f"{rng.randint(8, 16)}.{rng.randint(0, 9)}", leu=rng.randint(3, 20) * 1000,
        pcr=rng.randint(1, 250), cr=f"{rng.randint(0, 3)}.{rng.randint(1, 9)}", drug=rng.choice(DRUGS), drug2=rng.choice(DRUGS))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(rng: random.Random) -> str:
    """Saudi mobiles and landlines as written at home, other countries' with their codes."""
    kind = rng.random()
    if kind < 0.5:
        d = "05" + _digits(rng, 8)
        return rng.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}", f"+966 {d[1:3]} {d[3:6]} {d[6:]}", f"00966{d[1:]}"])
    if kind < 0.6:
        return f"01{rng.choice('1234')} {_digits(rng, 3)} {_digits(rng, 4)}"  # Riyadh/Jeddah landline
    code, first = rng.choice([("+962", "7" + rng.choice("789")), ("+20", "1" + rng.choice("0125")), ("+971", "5" + rng.choice("0256")),
                              ("+965", rng.choice("569")), ("+961", rng.choice(["3", "70", "71"]))])
    return f"{code} {first} {_digits(rng, 3)} {_digits(rng, 4)}"


def saudi_id(rng: random.Random) -> str:
    """A Saudi national (1...) or resident (2...) ID: ten digits, the last a Luhn check digit."""
    body = rng.choice("12") + _digits(rng, 8)
    return body + luhn.calc_check_digit(body)


def egyptian_id(rng: random.Random) -> str:
    """An Egyptian national ID's shape: century, birth date, governorate, sequence, check."""
    year = rng.randint(1940, 2015)
    return (("2" if year < 2000 else "3") + f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + f"{rng.choice([1, 2, 3, 4, 12, 13, 14, 21, 24, 88]):02d}" + _digits(rng, 5))


def national_id(rng: random.Random) -> str:
    return saudi_id(rng) if rng.random() < 0.7 else egyptian_id(rng)


def file_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(100000, 9999999)), f"{rng.randint(2005, 2025)}/{rng.randint(1000, 99999)}",
                       f"MRN-{rng.randint(10000, 999999)}"])


def license_number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(10000, 999999)), f"{rng.randint(10, 99)}-{rng.randint(1000, 99999)}"])


ID_MAKERS = {"phone": phone, "fax": phone, "mrn": file_number, "hp": national_id, "lic": license_number,
             "ssn": national_id, "dni": national_id}
EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa", "hospital.example.sa"]


def email_user(p: Person) -> str:
    first = to_ascii(p.first).lower().replace(" ", "").replace("'", "")
    last = to_ascii(p.last.split()[-1]).lower().replace(" ", "").replace("'", "")
    return f"{first}.{last}" if first and last else "patient"


def place(rng: random.Random, fake, kind: str) -> str:
    """An Arab-world place of ``kind`` (a slot kind of the templates)."""
    if kind == "hosp":
        return rng.choice(HOSPITAL_PATTERNS).format(city=rng.choice(CITIES), last=fake.last_name(),
                                                    first=fake.first_name_male(), district=rng.choice(DISTRICTS))
    if kind == "org":
        return rng.choice(["شركة {last} للتجارة", "بلدية {city}", "مدرسة {district} الابتدائية", "مؤسسة {last} للمقاولات"]).format(
            last=fake.last_name(), city=rng.choice(CITIES), district=rng.choice(DISTRICTS))
    if kind == "street":
        number = rng.choice([f"مبنى {rng.randint(1, 300)}", f"رقم {rng.randint(1, 150)}", f"{rng.randint(1, 150)}"])
        district = f"{rng.choice(DISTRICTS)}، " if rng.random() < 0.4 else ""
        return f"{district}شارع {rng.choice(STREET_WORDS)} {number}"
    if kind in ("city", "town"):
        return rng.choice(CITIES)
    if kind in ("state", "prov"):
        return rng.choice(REGIONS)
    if kind == "zip":
        return f"{rng.randint(11111, 99999)}"
    if kind == "country":
        return rng.choice(COUNTRIES)
    if kind == "room":
        return str(rng.randint(1, 40))
    if kind in ("dept", "loc"):
        return rng.choice(["غرفة {n}", "قسم الباطنية", "العناية المركزة القلبية", "قسم الجراحة"]).format(n=rng.randint(1, 40))
    raise KeyError(kind)


def sex_word(rng: random.Random, female: bool, form) -> str:
    if form == "letter":
        return "أنثى" if female else "ذكر"
    return rng.choice(["مريضة", "سيدة"] if female else ["مريض", "رجل"])
