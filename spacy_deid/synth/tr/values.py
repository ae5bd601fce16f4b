"""Values and PHI-free filler of Turkish clinical notes, written as Turkish hospitals write them
(general conventions: "67 yaşında", "Atatürk Cad. No: 12 D: 5, Çankaya/Ankara", "T.C. Kimlik No",
"Uzm. Dr.", "0532 123 45 67"), plus clinical sentences without PHI. Faker's Turkish addresses are
not Turkish, so streets and places are composed here from Turkish words and provinces (general
geography). Nothing here comes from a corpus."""
from __future__ import annotations

import datetime as dt
import random

from stdnum.tr import tckimlik

from ..locale_context import numeric_date
from ..names import Person

LOCALES = {"tr_TR": 1}
CULTURE = "turkish"
SURNAMES = 1
NAME_FORMS = {
    "pt": {"full": 3, "upper_last": 1.5, "last": 0.7, "first": 0.5},
    "dr": {"full": 3, "last": 2, "init_last": 1},
    "rel": {"full": 2, "first": 2},
}
TITLE_NAME_FORMS = ["full", "full", "last", "init_last"]
TITLES_DR = {"female": ["Dr.", "Uzm. Dr.", "Doç. Dr.", "Prof. Dr.", "Op. Dr."], "male": ["Dr.", "Uzm. Dr.", "Doç. Dr.", "Prof. Dr.", "Op. Dr."]}
TITLES_PT = {"female": ["Bayan", "Sayın"], "male": ["Bay", "Sayın"]}
RELATIONS_F = ["kızı", "eşi", "annesi", "kız kardeşi", "torunu", "gelini"]
RELATIONS_M = ["oğlu", "eşi", "babası", "erkek kardeşi", "torunu", "damadı"]
AGE_UNIT = "{} yaşında"

MONTHS = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
DATE_FORMATS = {"dot": 6, "slash": 1.5, "long": 2, "month_year": 0.6, "year": 0.5}
PARTIAL_DATE_FORMATS = ("month_year", "year")
DOB_FORMAT = "dot"


def format_date(rng: random.Random, d: dt.date, fmt: str) -> str:
    if fmt == "full":
        fmt = rng.choice(["dot", "dot", "slash", "long"])
    return numeric_date(d, fmt, MONTHS)


PROVINCES = ["Ankara", "İstanbul", "İzmir", "Bursa", "Antalya", "Konya", "Adana", "Gaziantep", "Kayseri", "Samsun",
             "Trabzon", "Eskişehir", "Diyarbakır", "Erzurum", "Malatya", "Denizli", "Sakarya", "Manisa", "Kocaeli",
             "Mersin", "Balıkesir", "Van", "Hatay", "Aydın", "Tekirdağ", "Sivas", "Edirne", "Çorum", "Rize", "Muğla"]
DISTRICTS = ["Çankaya", "Keçiören", "Yenimahalle", "Kadıköy", "Üsküdar", "Bakırköy", "Bornova", "Karşıyaka", "Nilüfer",
             "Osmangazi", "Muratpaşa", "Selçuklu", "Meram", "Seyhan", "Şahinbey", "Melikgazi", "Atakum", "Ortahisar",
             "Tepebaşı", "Yıldırım", "Merkez", "Pamukkale", "Adapazarı", "İzmit", "Mezitli", "Kepez"]
STREET_WORDS = ["Atatürk", "Cumhuriyet", "İnönü", "Gazi", "Fevzi Çakmak", "Mimar Sinan", "Yunus Emre", "Barış", "Lale",
                "Gül", "Menekşe", "Kavak", "Çınar", "Zafer", "İstiklal", "Mevlana", "Hürriyet", "Bağlar", "Papatya", "Karanfil"]
HOSPITAL_PATTERNS = ["{prov} Şehir Hastanesi", "{prov} Eğitim ve Araştırma Hastanesi", "{prov} Devlet Hastanesi",
                     "{dist} Devlet Hastanesi", "{prov} Üniversitesi Tıp Fakültesi Hastanesi", "Özel {last} Hastanesi",
                     "{dist} Aile Sağlığı Merkezi", "Özel {prov} {last} Tıp Merkezi"]
COUNTRIES = ["Türkiye", "Almanya", "Suriye", "Irak", "Azerbaycan", "Bulgaristan", "Hollanda", "Gürcistan"]
PROFESSIONS = ["öğretmen", "çiftçi", "fırıncı", "hemşire", "inşaat işçisi", "muhasebeci", "mühendis", "şoför", "kuaför",
               "emekli", "elektrikçi", "ev hanımı", "marangoz", "polis", "aşçı", "tamirci", "esnaf"]
DRUGS = ["Coraspin 100 mg", "Delix 5 mg", "Beloc 50 mg", "Lansor 30 mg", "Ator 20 mg", "Lasix 40 mg", "Glifor 1000 mg",
         "Eliquis 5 mg", "Levotiron 50 mcg", "Parol 500 mg", "Rocephin 1 g", "Majezik 100 mg", "Ventolin inhaler"]
CLINICAL = [
    "Genel durumu iyi, bilinci açık, koopere, oryante.", "TA {ta} mmHg, nabız {fc}/dk, ateş {temp} °C, SpO2 %{sat}.",
    "Kalp sesleri ritmik, üfürüm yok.", "Solunum sesleri bilateral doğal, ral yok.",
    "Batın rahat, hassasiyet yok, defans ve rebound yok.", "Alt ekstremitelerde ödem yok.",
    "Laboratuvar: Hb {hb} g/dl, lökosit {leu}/mm3, CRP {pcr} mg/l, kreatinin {cr} mg/dl.",
    "Akciğer grafisinde infiltrasyon izlenmedi.", "EKG: normal sinüs ritmi, hız {fc}/dk, ST-T değişikliği yok.",
    "{drug} tedavisi başlandı, klinik olarak düzelme izlendi.", "Yatışı süresince komplikasyon gelişmedi.",
    "Özgeçmiş: hipertansiyon, tip 2 diyabet, hiperlipidemi.", "Bilinen ilaç alerjisi yok.",
    "Çıkış tanısı: toplum kökenli pnömoni.", "Önerilen tedavi: {drug}; {drug2}.", "Tuzsuz diyet önerildi.",
]
CLINICAL_FOLLOWUP = ["{n} hafta sonra poliklinik kontrolü önerildi.", "Aile hekimi takibi önerildi.",
                     "Şikayetlerin artması halinde acil servise başvurması önerildi.", "Patoloji sonucu bekleniyor."]


def clinical_sentence(rng: random.Random) -> str:
    return rng.choice(CLINICAL).format(
        ta=f"{rng.randint(100, 170)}/{rng.randint(55, 95)}", fc=rng.randint(55, 120), temp=f"{rng.randint(35, 39)},{rng.randint(0, 9)}",
        sat=rng.randint(88, 100), hb=f"{rng.randint(8, 16)},{rng.randint(0, 9)}", leu=rng.randint(3, 20) * 1000,
        pcr=rng.randint(1, 250), cr=f"{rng.randint(0, 3)},{rng.randint(1, 9)}", drug=rng.choice(DRUGS), drug2=rng.choice(DRUGS))


def phone(rng: random.Random) -> str:
    d = rng.choice(["05", "05", "03", "02"]) + "".join(str(rng.randint(0, 9)) for _ in range(9))
    return rng.choice([f"{d[:4]} {d[4:7]} {d[7:9]} {d[9:]}", d, f"+90 {d[1:4]} {d[4:7]} {d[7:9]} {d[9:]}", f"({d[:4]}) {d[4:7]} {d[7:]}"])


def tc_kimlik(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return body + tckimlik.calc_check_digits(body)


def protokol(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(100000, 9999999)), f"{rng.randint(2005, 2025)}/{rng.randint(1000, 99999)}"])


def diploma(rng: random.Random) -> str:
    return str(rng.randint(10000, 999999))


ID_MAKERS = {"phone": phone, "fax": phone, "mrn": protokol, "hp": tc_kimlik, "lic": diploma, "ssn": tc_kimlik, "dni": tc_kimlik}
EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.com.tr", "hastane.example.tr"]


def email_user(p: Person) -> str:
    return f"{p.first}.{p.last.split()[0]}".lower().replace("ı", "i").replace("ş", "s").replace("ç", "c").replace("ğ", "g").replace("ö", "o").replace("ü", "u")


def place(rng: random.Random, fake, kind: str) -> str:
    """A Turkish place of ``kind`` (a slot kind of the templates)."""
    if kind == "hosp":
        return rng.choice(HOSPITAL_PATTERNS).format(prov=rng.choice(PROVINCES), dist=rng.choice(DISTRICTS), last=fake.last_name())
    if kind == "org":
        return rng.choice(["{last} İnşaat A.Ş.", "{prov} Belediyesi", "{dist} İlkokulu", "{last} Ticaret Ltd. Şti."]).format(
            last=fake.last_name(), prov=rng.choice(PROVINCES), dist=rng.choice(DISTRICTS))
    if kind == "street":
        kind_word = rng.choice(["Cad.", "Caddesi", "Sok.", "Sokak", "Bulvarı"])
        number = rng.choice([f"No: {rng.randint(1, 150)}", f"No:{rng.randint(1, 150)} D:{rng.randint(1, 30)}",
                             f"No: {rng.randint(1, 150)}/{rng.randint(1, 30)}"])
        mah = f"{rng.choice(STREET_WORDS)} Mah. " if rng.random() < 0.4 else ""
        return f"{mah}{rng.choice(STREET_WORDS)} {kind_word} {number}"
    if kind in ("city", "town"):
        return rng.choice(DISTRICTS) if rng.random() < 0.4 else rng.choice(PROVINCES)
    if kind in ("state", "prov"):
        return rng.choice(PROVINCES)
    if kind == "zip":
        return f"{rng.randint(1, 81):02d}{rng.randint(0, 999):03d}"
    if kind == "country":
        return rng.choice(COUNTRIES)
    if kind == "room":
        return str(rng.randint(1, 40))
    if kind in ("dept", "loc"):
        return rng.choice(["{n} nolu oda", "Dahiliye servisi", "Kardiyoloji yoğun bakım"]).format(n=rng.randint(1, 40))
    raise KeyError(kind)


def sex_word(rng: random.Random, female: bool, form) -> str:
    if form == "letter":
        return "K" if female else "E"
    return rng.choice(["kadın hasta", "hasta"] if female else ["erkek hasta", "hasta"])
