"""Chinese dates and name/place affixes (Traditional and Simplified): "2021年3月14日", "三月十四號",
"109年" (ROC era), "林醫師", "小美", "左鎮分院"."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Tuple

from ..lexicons.han import han_number

_DIGITS = "〇一二三四五六七八九"
_NUM = r"[0-9０-９〇零一二三四五六七八九十兩两]{1,4}"
_DATE = re.compile(r"^(?:(?P<y>" + _NUM + r")年)?(?:(?P<m>" + _NUM + r")月(?:份)?)?(?:(?P<d>" + _NUM + r")[日號号])?$")
NAME_TITLES = ("醫師", "醫生", "医生", "医师", "先生", "小姐", "太太", "女士", "護理師", "护士", "護士", "老師",
               "老师", "阿姨", "伯伯", "叔叔", "主任", "教授", "院長", "院长", "師", "哥", "姐", "弟", "妹", "嫂")
NAME_PREFIXES = ("小", "阿", "老")
PLACE_SUFFIXES = ("醫院", "医院", "分院", "診所", "诊所", "醫學中心", "總院", "大學", "大学", "中心", "市", "縣",
                  "县", "區", "区", "鄉", "乡", "鎮", "镇", "路", "街", "里", "村", "站", "國小", "國中", "高中")


def _to_int(token: str) -> Tuple[int, str]:
    """Value and style ('arabic', 'fullwidth', 'digits' (二〇二一), 'tens' (二十三)) of a numeral."""
    if token.isascii() and token.isdigit():
        return int(token), "arabic"
    if all("０" <= c <= "９" for c in token):
        return int(token.translate({ord("０") + i: str(i) for i in range(10)})), "fullwidth"
    value = han_number(token)
    if value is None:
        raise ValueError("not a Han numeral")  # the caller reads it as "no date"; no note text in it
    return value, "tens" if "十" in token else "digits"


def _from_int(value: int, style: str, width: int) -> str:
    if style == "arabic":
        return str(value).zfill(width)
    if style == "fullwidth":
        return str(value).zfill(width).translate({ord(str(i)): chr(ord("０") + i) for i in range(10)})
    if style == "digits" and (value >= 100 or value < 10):
        return "".join(_DIGITS[int(c)] for c in str(value))
    tens, ones = divmod(value, 10)
    return (("" if tens == 1 else _DIGITS[tens]) + "十" if tens else "") + (_DIGITS[ones] if ones else "")


def han_numeral(value: int) -> str:
    """``value`` (below 100) in Han numerals as dates and ages say it: "四", "十四", "二十一"."""
    return _from_int(value, "tens", 0)


def shift_cjk_date(text: str, delta_days: int, ref_year: int = 2000) -> Optional[str]:
    """A "年/月/日(號)" date shifted ``delta_days`` back in the same numerals, or None."""
    if re.search("月" + _NUM + "$", text):  # "三月十八": the day without 號/日
        new = shift_cjk_date(text + "日", delta_days, ref_year)
        return new[:-1] if new else None
    m = _DATE.match(text.strip())
    if not m or not any(m.group(g) for g in "ymd") or text.strip() != text:
        return None
    try:
        parts = {g: _to_int(m.group(g)) if m.group(g) else None for g in "ymd"}
    except ValueError:
        return None
    y, mo, d = (parts[g][0] if parts[g] else None for g in "ymd")
    roc = y is not None and y < 1000
    if roc and not 40 <= y <= 200:  # "三年" is a duration, not an ROC-era year
        return None
    year = (y + 1911 if roc else y) if y is not None else None
    if mo is not None and not 1 <= mo <= 12 or d is not None and not 1 <= d <= 31:
        return None
    delta = dt.timedelta(days=delta_days)
    if mo is not None and d is not None:
        base = dt.date(year or ref_year, mo, 1)
        new = base + dt.timedelta(days=d - 1) - delta
    elif mo is not None:
        new = dt.date(year or ref_year, mo, 15) - delta
    elif d is not None:
        new = dt.date(ref_year, 1, d) - delta
    else:
        new = dt.date(year, 7, 2) - delta
    values = {"y": (new.year - 1911) if roc else new.year, "m": new.month, "d": new.day}
    out, pos = [], 0
    for g in "ymd":
        if m.group(g):
            out.append(text[pos: m.start(g)])
            out.append(_from_int(values[g], parts[g][1], len(m.group(g)) if parts[g][1] == "arabic" and m.group(g).startswith("0") else 1))
            pos = m.end(g)
    out.append(text[pos:])
    return "".join(out)


def split_affixes(text: str, affixes, prefix: bool = False) -> Tuple[str, str]:
    """(core, affix): the longest known suffix (or prefix) split off, if something remains."""
    for a in sorted(affixes, key=len, reverse=True):
        if prefix and text.startswith(a) and len(text) > len(a):
            return text[len(a):], a
        if not prefix and text.endswith(a) and len(text) > len(a):
            return text[: -len(a)], a
    return text, ""


def is_cjk(text: str) -> bool:
    return bool(text) and all("\u3400" <= c <= "\u9fff" or c in "〇" for c in text)
