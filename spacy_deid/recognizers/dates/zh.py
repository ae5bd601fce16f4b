"""Chinese dates: "2021年3月14日", "3月14日", "2021年3月", "110年3月14日" (Taiwan's Minguo years),
"二〇二一年三月十四日" and "三月十四號", with 日, 號 or 号; digits of any script are ASCII in the
rules' view of the text. Han characters make these unambiguous, so they run in every pipeline:
a Chinese-English note is read by an English pipeline too.

Date elements alone count as in English ("in March", "2019", "the 14th"; labels.md: every date
element, a year alone too), as people say them in a conversation: a month ("三月", "3月份",
"六月底"), a year ("2019年", "民國108年", "一九九八年"; a two- or three-digit Minguo year only
before 初/底/中/那年/的時候/出生, since "30年" is mostly a duration) and a day of the month
("十四號", "5號那天"; not "3號床", "第5號"), with a year said relative to this one before a month
("去年3月"). "三個月" is a duration and "前天" a relative time:
neither is a date element. A date said as one expression keeps its parts: the weekday after it
("七月二日禮拜四"), the week or month before it ("下個禮拜八月三號"), a day without 日/號 after
its month ("十月二十三", "12月9"), and the months listed before a month ("七、八月")."""
from __future__ import annotations

import re
from typing import Iterable

from ...lexicons.han import HAN_CHARS, HAN_DIGITS, han_number
from ..base import PhiMatch, overlaps

_NUM = r"[0-9〇零一二三四五六七八九十]"
_HAN_DIGIT = f"[{HAN_DIGITS}]"
# A Minguo year said in numerals of a hundred and more ("一百零九", "一百一十": 2020, 2021).
_MINGUO_HAN = r"一百(?:零?[一二三四五六七八九]|一?十[一二三四五六七八九]?)?"
_YEAR = rf"(?:(?:民國|民国|西元|公元)\s*)?(?:{_NUM}{{2,4}}|{_MINGUO_HAN})\s*年"
_MONTH_NUM = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_MONTH = rf"{_MONTH_NUM}\s*月"
_DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DAY = rf"{_DAY_NUM}\s*[日號号]"
# A day of the month said without 日/號 after its month ("十月二十三", "12月9"): a number that no
# other digit, counter, range word or unit follows ("三月一起" is "together in March", "3月2次").
_BARE_DAY = (r"(?:3[01]|[12]\d|0?[1-9](?!\d)|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九](?=[。，,、？?！!；;\s]|$))"
             r"(?![0-9〇零一二三四五六七八九十百千萬万個个天次歲岁年月號号日點点分塊块元%％.．:：/／\-幾几多來来左趟])")
_PART = r"(?:[初底中]|份)?"  # "三月底", "3月份"
# A year said relative to this one before a month ("去年3月", "明年二月"): part of the date.
_REL_YEAR = r"(?:[去今明前後后]年\s*)?"
# The week or month the date falls in, said right before it ("下個禮拜八月三號", "下個月十月二十三"),
# and the weekday said right after it ("七月二日禮拜四", "3月14日（星期五）"): one time expression.
_REL_WEEK = r"(?:[下上這这][個个]?(?:禮拜|礼拜|星期|週|周|月)\s*)"
_WEEKDAY = r"(?:\s*[（(]?(?:禮拜|礼拜|星期|週|周)[一二三四五六日天][）)]?)?"
PATTERN = re.compile(rf"{_YEAR}\s*{_MONTH}\s*(?:(?:{_DAY}|{_BARE_DAY}){_WEEKDAY})?"
                     rf"|(?:{_REL_WEEK}|{_REL_YEAR}){_MONTH}\s*(?:{_DAY}|{_BARE_DAY}){_WEEKDAY}"
                     rf"|{_YEAR}(?=\s*(?:[初底中]|出生|生))")

# Numbers and counters that make the next number part of another one, or of a count ("第5號", "幾月").
# 個 after 那/這 is "that", not a counter ("那個五月": that May).
_NOT_BEFORE = r"(?<![0-9〇零一二三四五六七八九十百千兩两幾几第每])(?:(?<![個个])|(?<=[那這这哪][個个]))"
# Events of a life dated by their year ("98年開刀", "103年畢業"): a number of years before one is a year, not a count.
_EVENTS = ("開刀|开刀|開過刀|开过刀|手術|手术|住院|住過院|结婚|結婚|畢業|毕业|退休|確診|确诊|診斷|诊断|中風|中风|發病|发病|"
           "過世|过世|懷孕|怀孕|車禍|车祸|生產|生产|裝支架|装支架")
# A year alone: four digits of this era, a Minguo year after 民國, or two or three digits before a
# word that makes it a point in time.
YEAR_ALONE = re.compile(
    rf"{_NOT_BEFORE}(?:(?:民國|民国|西元|公元)\s*(?:{_NUM}{{2,4}}|{_MINGUO_HAN})"
    rf"|(?:19|20)\d\d|[一二]{_HAN_DIGIT}{{3}})\s*年[初底中]?"
    rf"|{_NOT_BEFORE}(?:\d{{2,3}}|{_MINGUO_HAN}|[四五六七八九]十[一二三四五六七八九]?)\s*年"
    rf"(?:[初底中]|(?=\s*(?:那年|那一年|的時候|的时候|出生|生的|{_EVENTS})))")
# A date of the Minguo calendar in digits ("110/3/14", "109.12.01": year 110 is 2021), as Taiwan's
# forms and letters write it; the numeric rules of other languages know no three-digit year.
MINGUO_NUMERIC = re.compile(r"(?<![\d/.\-])(?:1[01]\d|[4-9]\d)(?P<s>[/.\-])(?:1[0-2]|0?[1-9])(?P=s)(?:3[01]|[12]\d|0?[1-9])"
                            r"(?![\d/\-]|[.,]\d)")
# A month alone, not a count of months ("三個月" has 個 between) nor a word in 月 ("月經"), with the
# months listed before it or starting its range ("七、八月", "7，8月份": July and August; "三到四月").
_LISTED = r"\s*(?:[、，,~～\-－]|到|至)\s*"
_MONTH_LISTED = rf"(?:{_MONTH_NUM}{_LISTED})*"
MONTH_ALONE = re.compile(rf"{_NOT_BEFORE}{_REL_YEAR}{_MONTH_LISTED}{_MONTH}{_PART}(?![經经餅饼薪費费子大])")
# A day of the month alone: 號/号 after a day number (and the days listed before it: "五到七號"),
# not a bed, room or bus number.
DAY_ALONE = re.compile(
    rf"{_NOT_BEFORE}(?:{_DAY_NUM}{_LISTED})*{_DAY_NUM}\s*[號号]"
    rf"(?![床房樓楼室診诊線线門门碼码車车病位公出倉仓鞋球電电機机窗櫃柜館馆]){_WEEKDAY}")


# Every form above but the numeric one holds one of these; a text without them (an English note)
# is not read further.
_DATE_CHARS = re.compile("[年月日號号]")
_HAN_TEXT = re.compile(f"[{HAN_CHARS}]")


def find_chinese_dates(text: str, recognizer: str) -> Iterable[PhiMatch]:
    taken = []
    if _HAN_TEXT.search(text):  # Minguo dates in digits only in a note written in Chinese
        for m in MINGUO_NUMERIC.finditer(text):
            taken.append((m.start(), m.end()))
            yield PhiMatch(m.start(), m.end(), "DATE", 0.9, recognizer)
    if not _DATE_CHARS.search(text):
        return
    for m in PATTERN.finditer(text):
        taken.append((m.start(), m.end()))
        yield PhiMatch(m.start(), m.end(), "DATE", 0.95, recognizer)
    for pattern, score in ((YEAR_ALONE, 0.9), (MONTH_ALONE, 0.9), (DAY_ALONE, 0.85)):
        for m in pattern.finditer(text):
            if not overlaps(m.start(), m.end(), taken):
                taken.append((m.start(), m.end()))
                yield PhiMatch(m.start(), m.end(), "DATE", score, recognizer)


# A calendar element of a spoken time: a number before 年/月/日/號 ("3月14日", "110年", "三月") or a
# slashed date ("3/14"); "三年", "兩年半", "5年前" are counts of years: a number up to
# ``MAX_YEARS_COUNTED`` before 年 or a range of two digits ("五六年"), not a year of an era ("民國20年")
# nor a point in a year ("十年初").
# A larger number may be a Minguo year ("九十八年" is 2009) and stays a calendar element.
CALENDAR = re.compile(r"[0-9〇零一二三四五六七八九十兩两]+\s*[年月日號号]|\d+\s*/\s*\d+")
_YEARS = re.compile(r"(?<![0-9〇零一二三四五六七八九十兩两])([0-9〇零一二三四五六七八九十兩两]+)\s*年(?![初底中])")
_ERA = re.compile(r"(?:民國|民国|西元|公元)\s*$")
MAX_YEARS_COUNTED = 30
def calendar_element(time: str) -> bool:
    """Whether a spoken time names a point in the calendar (labels.md's DATE), not only a relative
    time, a time of day or a count of years."""
    for m in CALENDAR.finditer(time):
        if not m.group().rstrip().endswith("年"):
            return True
        years = _YEARS.match(time, m.start())
        value = han_number(years.group(1)) if years else None
        if years and _year_range(years.group(1)) and not _ERA.search(time[:m.start()]):
            continue
        if years is None or value is None or value > MAX_YEARS_COUNTED or _ERA.search(time[:m.start()]):
            return True
    return False


def _year_range(digits: str) -> bool:
    """Two Han digits in a row said as a range ("五六年" five or six years, "七八年"), not a year
    read digit by digit."""
    values = [han_number(c) for c in digits]
    return len(digits) == 2 and not digits.isascii() and None not in values and 1 <= values[0] and values[1] == values[0] + 1
