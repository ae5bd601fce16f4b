"""DATE recognizer: numeric dates, month-name dates, month/year, years in context, holidays.

Every candidate is validated (month 1-12, day 1-31 and fitting the month, years 1900-2099; 1800s
in full month-name dates; a slashed numeric date with a year may have a mistyped day up to 31).

Ambiguity policy (documented choice):
- ``M/D`` without a year ("3/14") is also the shape of scores, ratios, fractions, vent settings
  and "2/2" (secondary to). It is accepted when the numbers are a valid month/day and no clinical
  context word ("GCS", "pain", "grade", "PEEP", "BP", ...) or unit follows/precedes it. Equal
  parts ("5/5") and common fractions ("1/2", "3/4") need a positive date cue ("on", "since",
  "seen", a weekday, ...). ``D/M`` without a year ("14/3") is accepted only with such a cue.
- A year alone ("2019") needs a cue ("in", "since", "during", "(2004)", "year", a season,
  another year before it, ...). Years that are also valid 24-hour times (1900-1959, 2000-2059)
  are rejected after clock-time words ("since", "from", "until", "by", ...) and when the text
  around them reads like a time ("@", "at", "hrs", another HHMM nearby) or a fluid balance.
  Years that cannot be times (1960-1999) are also accepted without a
  cue (score 0.5) when no unit, time or fluid-balance word is near. "'98" is a year (0.6).
- A bare two-digit year ("in 98") is accepted only for 32-99 after a year cue and with no vital
  sign or lab word before it on the line (score 0.5). "on the 14th" is a DATE (0.6).
- ``M/YY`` ("3/98") where YY cannot be a day is a month/year under the same context filter.
- ``M-D`` with a dash needs a date cue, a line-opening header position or a clock time after it
  (it is the shape of ranges and spine levels); "3-7pm" is a clock range.
- History lines ("PMH:", "s/p", "old", "prior", "hx") date their events: a year that is also a clock
  time is accepted right after an event word ("s/p CABG 1955", "old CVA 2009"), and so is a bare
  two-digit year ("NSTEMI 11", score 0.5). A year followed by one that cannot be a time ("1955,
  1978"), and one after "it is"/"it's" (orientation: "says it is 1931") are years.
- Two-digit years with the apostrophe typed after ("CABG x3 97'") need an event word or year cue
  before and no angle, distance or temperature word ("HOB 30'", "ambulated 50'", "T 99'"); an
  elided year glued to a word ("CA'91") is a year.
- Numeric dates with a year keep a mistyped day up to 31 ("4/31/19", score 0.7).
- In a note of a day-first language (``DAY_FIRST_LANGS``: German, Spanish, French, ...) a bare
  "a/b" of two one-digit numbers ("Kraft 4/5", "3/5 de los ganglios") is a score or a fraction:
  those notes write dates "3.5." or "03/05/2021" (none of MEDDOCAN's training dates is one).
- ``M/D`` near a pain word ("7/10 cp") or after a ventilator mode without a date cue ("PSV 10/5",
  "CPAP 12/5") is a rating or setting. Equal parts opening a line or sentence ("4/4 abx stopped")
  are dates; "2/2" stays "secondary to".
"""
from __future__ import annotations

import calendar
import dataclasses
import re
from typing import ClassVar, Iterable, List, Optional, Tuple

from .._context import followed_by_unit, line_after, line_before
from .._starts import StartIndex, matches_at
from ..base import PhiMatch, Recognizer

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
# Abbreviations that are also common clinical words ("dec" = decreased); used with more care.
_AMBIGUOUS_MONTHS = {"may", "mar", "dec", "sep", "jan"}
# A month's name or abbreviation, not glued to a letter (``dates/en_words.py`` reads it too).
MONTH_NAMES = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
               r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?![a-z])")
_MON = "(?P<{g}>" + MONTH_NAMES + ")"
_DAY = r"(?P<{g}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![a-z\d])"
_YEAR = r"(?P<{g}>(?:18|19|20)\d\d(?!\d)|'\d\d(?![\d']))"


def _mon(g: str) -> str:
    return _MON.format(g=g)


def _day(g: str) -> str:
    return _DAY.format(g=g)


def _year(g: str) -> str:
    return _YEAR.format(g=g)


_SEP = r"[\s.,/-]{0,3}"
_LB = r"(?<![a-z\d])"  # left word boundary that also treats digits as word characters

# Holidays that pin a date.
_HOLIDAYS = (
    r"christmas(?:\s+(?:eve|day))?|xmas|thanksgiving(?:\s+day)?|easter(?:\s+sunday)?|"
    r"new\s+year'?s(?:\s+(?:eve|day))?|halloween|independence\s+day|fourth\s+of\s+july|"
    r"memorial\s+day|labou?r\s+day|veterans\s+day|valentine'?s\s+day|mother'?s\s+day|"
    r"father'?s\s+day|martin\s+luther\s+king\s+(?:jr\.?\s+)?day|presidents'?\s+day|"
    r"columbus\s+day|good\s+friday|hanukk?ah|chanukah|passover|yom\s+kippur|rosh\s+hashanah"
)
# A word each holiday above holds: an ASCII note without any of them, lower-cased, names no holiday.
HOLIDAY_WORDS = ("christmas", "xmas", "thanksgiving", "easter", "year", "halloween", "independence", "july",
                 "memorial", "labo", "veterans", "valentine", "mother", "father", "king", "presidents",
                 "columbus", "friday", "hanuk", "chanukah", "passover", "kippur", "hashanah")

_PATTERNS: List[Tuple[str, "re.Pattern[str]"]] = [
    # 2021-03-14, 2021/3/14, 2021.03.14
    ("iso", re.compile(r"(?<![\d.:/-])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d]|[.:/-]\d)", re.I)),
    # 03/14/2021, 14.03.2021, 3-14-21, 3/14/21, 03,14,2021
    ("numeric", re.compile(r"(?<![\d/,])(?<!\d[.:-])(?P<a>\d{1,2})(?P<s>[-/.,])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d]|[.:/,-]\d)", re.I)),
    # 03 / 14 / 2021: a full date with spaces around its slashes (a four-digit year, so no ratio)
    ("numeric_spaced", re.compile(r"(?<![\d/])(?P<a>\d{1,2})[ \t]+/[ \t]+(?P<b>\d{1,2})[ \t]+/[ \t]+(?P<y>(?:19|20)\d\d)(?![\w/])")),
    # 03/2021, 3-2021
    ("month_year_numeric", re.compile(r"(?<![\d.:/-])(?P<m>0?[1-9]|1[0-2])(?P<s>[-/.])(?P<y>(?:19|20)\d\d)(?![\d]|[.:/-]\d)", re.I)),
    # 3/98 (month / two-digit year that cannot be a day)
    ("month_year2_numeric", re.compile(r"(?<![\d.:/,-])(?P<m>0?[1-9]|1[0-2])/(?P<y>3[2-9]|[4-9]\d)(?![\d/]|\.\d|:\d|-\d)", re.I)),
    # 3/14 (US month/day) or 14/3 (day/month) without a year
    ("month_day_numeric", re.compile(r"(?<![\d/,])(?<!\d[.:-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|\.\d|:\d|-\d(?!\d?/))", re.I)),
    # 10/03/10/04: two month/day dates written as one ("treatments 10/03/10/04")
    ("month_day_pair", re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<c>\d{1,2})/(?P<d>\d{1,2})(?![\d/]|\.\d)")),
    # 10-19 (US month-day with a dash, no year): only after a date cue (checked)
    # (not glued to letters after: "ICP from 8-20s" is a range of values)
    ("month_day_dash", re.compile(r"(?<![\d/.,:-])(?P<a>1[0-2]|0?[1-9])-(?P<b>3[01]|[12]\d|0?[1-9])(?![\d/a-z]|[.,:-]\d)", re.I)),
    # March 14, 2021 / Mar-14-2021 / MAR 14TH 2021
    ("mdy", re.compile(_LB + _mon("mon") + _SEP + _day("d") + r"(?:,?\s*(?:of\s+)?|[\s.,/-]{1,3})" + _year("y"), re.I)),
    # 14 Mar 2021 / 14-MAR-2021 / 14th of March, 2021 / 14MAR2021
    ("dmy", re.compile(_LB + _day("d") + r"(?:\s*of\s+|" + _SEP + ")" + _mon("mon") + r"[\s.,/-]{0,3}" + _year("y"), re.I)),
    # March 2021 / Mar. '21 / March of 2021 / June 98
    ("my", re.compile(_LB + _mon("mon") + r"(?:,?\s*of\s+|[\s.,/-]{0,3})(?:" + _year("y") + r"|(?P<yy>3[2-9]|[4-9]\d)(?![\d%]|[.,:/]\d|[a-z]))", re.I)),
    # March 14 / Mar 14th / MAR-14
    ("md", re.compile(_LB + _mon("mon") + r"[\s.-]{0,2}" + _day("d"), re.I)),
    # 14 March / 14th of March / 14-Mar
    ("dm", re.compile(_LB + _day("d") + r"(?:\s*of\s+|[\s.-]{0,2})" + _mon("mon"), re.I)),
    # March / Sept. alone
    ("month_alone", re.compile(_LB + _mon("mon"), re.I)),
    # 2019, '98, 1990s (context checked)
    ("year", re.compile(r"(?<![\w'$#.:/-])(?P<y>(?:19|20)\d\d(?:'?s)?|'\d\d(?:'?s)?)(?![\d%]|[.:/]\d|[a-rt-z])", re.I)),
    # "CA'91": an elided year glued to the word before it
    ("year_glued", re.compile(r"(?<=[a-z])'(?P<y>\d\d)(?![\d'%]|[.,:/-]\d|[a-z])", re.I)),
    # "CABG 97'", "quit smoking 75'": a two-digit year with the apostrophe typed after it
    ("year_prime", re.compile(r"(?<![\w'$#.:/-])(?P<y>\d\d)'(?![\d'\"]|[a-z])", re.I)),
    # "s/p CVA 08", "NSTEMI 11.": a bare two-digit year after an event in a history line
    ("year2_event", re.compile(r"(?<![\w'$#.:/-])(?P<y>\d\d)(?![\d%'/]|[.,:-]\d|\s*[-/]\s*\d|[a-z])", re.I)),
    # 1998-2003, 2010 to 2012
    ("year_range", re.compile(r"(?<![\w'$#.:/-])(?P<y1>(?:19|20)\d\d)\s*(?:-|–|to|through|thru)\s*(?P<y2>(?:19|20)\d\d)(?![\d%]|[.:/]\d|[a-z])", re.I)),
    # "in 98", "since 85": a bare two-digit year after a year cue (context checked)
    ("year2", re.compile(r"(?<![\w'$#.:/-])(?P<y>3[2-9]|[4-9]\d)(?![\d%]|[.,:/]\d|[a-z'])", re.I)),
    # "on the 14th", "monday the 14th", "it's the 11th", "the 3rd of the month"
    ("ordinal_day", re.compile(
        r"(?<![a-z])(?:(?P<cue>on|by|since|until|till|before|after|from|through|thru|is|it'?s|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri|sat|sun)\.?,?"
        r"\s+the\s+(?P<d1>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![a-z\d])"
        r"|(?<![a-z\d])(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\s+of\s+(?:the|this|last|next)\s+month)", re.I)),
    # holidays that pin a date
    ("holiday", re.compile(r"(?<![a-z])(?:" + _HOLIDAYS + r")(?![a-z])", re.I)),
]

# The patterns that hold a month name, and any month name with no letter before it: in a text
# without one none of them can match (their month follows a digit, a separator, "of" or nothing).
MONTH_NAME_KINDS = frozenset({"mdy", "dmy", "my", "md", "dm", "month_alone"})
_ANY_MONTH = re.compile(r"(?<![a-z])" + _mon("m"), re.I)
# The patterns that open with the month name itself (after ``_LB``) are tried only where one stands,
# the holidays only in a text with a holiday's word (``HOLIDAY_WORDS``), and the ordinal days only in
# a text with an ordinal ("14th"): the same matches as a scan of the whole text, in a fraction of the
# time.
_MONTH_FIRST_KINDS = frozenset({"mdy", "my", "md", "month_alone"})
_MONTH_STARTS = StartIndex([MONTH_NAMES], _LB)
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)", re.I)
# Every numeric date opens with the first number of a run of digits (no digit before it) that a
# separator follows, maybe after spaces ("3/14", "2021-03-14", "3 / 14 / 2021"): tried only there.
_NUMERIC_KINDS = frozenset({"iso", "numeric", "numeric_spaced", "month_year_numeric", "month_year2_numeric",
                            "month_day_numeric", "month_day_pair", "month_day_dash"})
_NUMBER_BEFORE_SEPARATOR = re.compile(r"\d+[ \t]*[-/.,]")

# Words that, right before a bare "a/b", make it a score, ratio, setting or fraction.
_MD_NEG_BEFORE = re.compile(
    r"(?:^|(?<![a-z0-9]))(?:gcs|grade|gr|pain|apgars?|strength|murmur|ps|peep|cpap|bipap|ipap|epap|psv|vent|i:e|ie|"
    r"ratio|score|scale|scored?|bp|b/p|nbp|nibp|abp|art|a-line|map|pressures?|cvp|pap|pa|sbp|dbp|"
    r"ns|tab|tabs|nph|insulin|units|rate|tv|vt|fio2|o2|sat|sats|spo2|x|ac|simv|imv|rr|hr|mmse|moca|ciwa|vas|nrs|"
    r"rass|braden|morse|sofa|motor|power|reflexes|dtr|dtrs|pulses?|dp|pt|tm|mm|cm|ratio of|"
    r"abg|vbg|set|settings?|ett|gp|gravida|para|lytes|chem|cbc|hct|plt|k|na|bun|cr|ptt|inr|"
    r"pip|plat|peak|mv|ve|insp|exp|ps/peep|dose|doses|by|times|sliding|co|ci|co/ci|svr|pcwp|pad|pas)"
    r"\s*[:=#]?\s*$"
)
_MD_NEG_AFTER = re.compile(
    r"^\s*(?:\+|strength|murmur|murmurs|pain|ns|normal saline|tabs?|tablets?|doses?|scale|score|"
    r"ratio|sec|x\b|l\b|lpm|sem|hsm|holosystolic|systolic|diastolic|reflexes|dtrs?|pulses|"
    r"bilat|throughout|in all|of|strength|power|ps|peep|cpap|bipap|mmhg|strengthened|"
    r"ml|cc|mg|units?|hrs?|h\b|min|mins|days?|weeks?|wks?|times|positive|negative|pos|neg|"
    r"vision|sutures?|staples?|nodes?|lymph|cores?|specimens?|fragments?|slides?|blocks?)(?![a-z])"
)
# a limb after a muscle strength grade: "4/5 RLE", "3/5 L upper", "5/5 bilat grips"
_LIMB_AFTER = re.compile(
    r"^\s*(?:r|l|rt|lt|b|bil|bilat|right|left)?\s*(?:ues?|les?|upper|lower|arms?|legs?|grips?|extremit(?:y|ies))(?![a-z])")
_MD_POS_BEFORE = re.compile(
    r"(?:^|[\s(\[])(?:on|since|from|until|till|thru|through|dated?|dob|d\.o\.b\.?|seen|admitted|adm|"
    r"admission|discharged?|d/c|dc|dc'd|d/c'd|started|stopped|began|begun|done|performed|drawn|"
    r"obtained|collected|f/u|fu|follow-?up|rtc|appt|appointment|visit|scheduled|due|last|next|"
    r"effective|expires?|exp|mon|tue|tues|wed|thu|thur|thurs|fri|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|surgery|op|post-?op|pod|s/p|hd|hospital day|as of|date of|"
    r"sent|rec'd|received|ordered|given|placed|removed|changed|inserted|transfused|intubated|"
    r"extubated|transferred|cxr|ct|mri|echo|ekg|ecg|cx|culture|cultures|"
    r"note|npn|nsg|study of|comparison|vs|imaging|triage|consult|filled|refilled|made for|"
    r"arrive|arrives|arriving|arrival|expected|returns?|returning|visiting|leaving|flying|travell?ing)\s*[:#-]?\s*$"
)
# what may follow a month-day that opens a line ("2-11 NPN 0700", "6-12 2200", "3-4:")
_HEADER_AFTER = re.compile(r"^\s*(?:$|@|[:-]|\d{3,4}\b|\d{1,2}:\d\d|npn|nsg|note|nursing|progress)", re.I)
# a time or a weekday right after "3/14" ("3/14 @ 1400", "3/14 Mon") makes it a date
_MD_POS_AFTER = re.compile(
    r"^\s*(?:@|at\s+\d|\d{3,4}\b|\d{1,2}:\d\d|-\s*\d{1,2}/\d{1,2}|[-–]|,?\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)"
)
# "pt may 2 ...", "O2 dec 2", "sats dec 88": "may"/"dec" as verb or "decreased"
_VERB_MONTH_BEFORE = re.compile(
    r"(?<![a-z])(?:pt|patient|which|this|that|we|you|he|she|they|it|and|or|to|o2|sat|sats|uo|u/o|hr|bp|rr|map)\s*$"
)
_YEAR2_CUE = re.compile(
    r"(?:^|[\s(])(?:in|since|from|until|till|circa|during|year|class of|summer|winter|spring|fall|autumn)\s*$"
)
_FRACTIONS = {(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (1, 8), (1, 5), (2, 5), (1, 6)}

_YEAR_STRONG_BEFORE = re.compile(
    r"(?:^|[\s(\[,])(?:in|during|circa|ca\.?|c\.|year|yr|born|dob|d\.o\.b\.?|class of|dx|dx'd|diagnosed|"
    r"onset|quit|retired|married|moved|immigrated|emigrated|graduated|divorced|widowed|died|deceased|"
    r"summer|winter|spring|fall|autumn|early|mid|late|since|from|until|till|before|after|by|"
    r"to|through|thru|and|of|around|about|approx\.?|approximately|between|throughout|it'?s|it\s+is|"
    r"year\s+is|year\s+was|"
    r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)\s*[,:-]?\s*$"
)
_YEAR_WEAK_WORDS = {"since", "from", "until", "till", "before", "after", "by", "to", "through",
                    "thru", "and", "around", "about", "approx", "approx.", "approximately", "between"}
_VITALS_BEFORE = re.compile(
    r"(?<![a-z])(?:hr|heart rate|sat|sats|spo2|o2|bp|sbp|dbp|map|rr|resp|temp|pulse|fio2|peep|rate|glucose|"
    r"bs|fs|fsbs|fingerstick|ph|pco2|po2|hco3|k|na|cl|co2|bun|cr|hct|hgb|wbc|plt|ptt|inr|weight|wt|"
    r"range|ranging|between|low|high|up|down|dropped|increased|decreased|inc|dec|drop|rose|fell)(?![a-z])"
)
_TIMEISH_AFTER = re.compile(r"^\s*(?:hrs?\b|h\b|hours\b|am\b|pm\b|a\.m|p\.m|o'?clock|[-–]\s*\d{4}|to\s+\d{4}|:\d\d)")
_TIMEISH_BEFORE = re.compile(r"(?:@|\bat|~|\bq|\bapprox\.?|\baround|\babout)\s*$")
_HHMM = re.compile(r"(?<![\d.:/-])(?:[01]\d|2[0-4])[0-5]\d(?![\d.:/])")
_TIMEISH_WINDOW = re.compile(r"\b(?:hrs?|shift|am|pm|noc|overnight|tonight|this morning|i/o|intake|output|u/o|uo|"
                             r"cc|ml|bolus|infus\w*|given|out|urine|drain\w*|neg|pos|even|total)\b")


# History lines ("PMH:", "s/p", "old CVA") date their events: "s/p CABG 1955", "NSTEMI 11", "CA'91".
_HISTORY_LINE = re.compile(
    r"(?<![a-z])(?:pmh|pmhx|pshx|psh|past medical|past surgical|medical history|surgical history|hx|h/o|"
    r"history|s/p|status post|old|prior|remote|previous)(?![a-z])"
)
# events a year dates by itself, with no history word around ("MI 2005", "CABG in 1998"); not verbs
# or places a clock time follows ("stopped 2000", "to cath 1400")
_EVENT_NOUN_BEFORE = re.compile(
    r"(?<![a-z])(?:cabg|ptca|pci|mi|nqwmi|stemi|nstemi|imi|ami|cva|tia|avr|mvr|tvr|dvt|chf|afib|stroke|"
    r"aicd|[a-z]+ectomy|[a-z]+plasty|transplant|diagnosed)(?:\s*x\s*\d)?\s*(?:in\s+|,\s*|-\s*)?$"
)
_EVENT_BEFORE = re.compile(
    r"(?<![a-z])(?:cabg|ptca|pci|stents?|stented|mi|nqwmi|stemi|nstemi|imi|ami|cva|tia|avr|mvr|tvr|dvt|pe|"
    r"cath|ca|cancer|fx|fracture|[a-z]+ectomy|[a-z]+otomy|[a-z]+ostomy|[a-z]+plasty|repair|replacement|"
    r"resection|transplant|surgery|dx|diagnosed|chf|afib|seizures?|stroke|icd|ppm|pacemaker|aicd|bypass|"
    r"amputation|sah|sdh|ich|gib|ugib|lgib|endocarditis|arrest|smoking|drinking|etoh|quit|stopped)"
    r"(?:\s*x\s*\d)?\s*[,:-]?\s*$"
)
# a year right after that cannot be a clock time makes a list of years: "1955, 1978"
_YEAR_LIST_AFTER = re.compile(r"^\s*(?:,|;|&|and)\s*(?:19[6-9]\d|20[6-9]\d)(?!\d)")
# angles, distances and temperatures written with a prime: "HOB 30'", "ambulated 50'", "T 99'"
_PRIME_MEASURE_BEFORE = re.compile(
    r"(?<![a-z])(?:hob|head of bed|elevated?|angle|degrees?|deg|ambulat\w*|walk\w*|amb|dangle\w*|hall\w*|"
    r"distance|feet|ft|x|t|tm|tmax|temp\w*|ht|height|length|long|wide)(?![a-z])"
)
# "3/6 gm + rods": a Gram stain result after a date is not a weight in grams
_GRAM_AFTER = re.compile(r"^\s*(?:gm|gram)\s*(?:\+|-|pos|neg|stain|var)", re.I)


# pain ratings "6/10" before or after a pain word
_PAIN = re.compile(r"(?<![a-z])(?:pain\w*|cp|discomfort|ache\w*|h/a|headache|angina|sore\w*|cramp\w*)(?![a-z])")
# ventilator modes whose settings are written "10/5" (PS/PEEP): a bare a/b near them is a setting
_VENT_BEFORE = re.compile(
    r"(?<![a-z])(?:cpap|bipap|psv|peep|simv|imv|ips|ps|pressure support|flow-?by|mask ventilation)(?![a-z])"
)
# a trial of a setting: "trialed on 8/5", "gas looks fine on 10/5", "remains on 10/5" -- with a word of
# breathing around (``_BREATHING``), the small pair after it is the setting, not the day
_TRIAL_ON_BEFORE = re.compile(
    r"(?<![a-z])(?:tried|trialed|trialled|trial|tolerat\w*|remains?|remained|continues?|continued|kept|back|"
    r"well|acceptable|ok|good|fine|stable|comfortable)\s+(?:on|from)\s*$")
_BREATHING = re.compile(r"(?<![a-z])(?:abgs?|vbgs?|gas|gases|vent|sbt|wean\w*|resp\w*|sats?|spo2|fio2|rr|tv|"
                        r"breath\w*|lungs?|airway|trach|ett|tube)(?![a-z])")
SETTING_MAX = 25  # pressures in cm H2O: "5/5", "10/5", "20/8"


# an oxygen fraction right after a pair: "on 5/5, 40%", "10/5 .40" (PS/PEEP, then FiO2)
_FIO2_AFTER = re.compile(r"^\s*[,;/]?\s*(?:(?:fio2|fi02)\s*)?(?:\d{2,3}\s*%|\.\d{1,2}(?!\d))", re.I)


def _history_event(text: str, start: int) -> bool:
    """True when an event word ("CABG", "CVA", "...ectomy") ends right before ``start`` on a history line."""
    return bool(_EVENT_BEFORE.search(line_before(text, start, 30))) and bool(
        _HISTORY_LINE.search(line_before(text, start, 100))
    )


def _month_key(m: "re.Match[str]") -> str:
    return m["mon"].lower().rstrip(".")


# "last dose 3/18", "first dose on 4-2", "meds per pt 10/8": dated, not measured
_DOSE_DATE_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:last|first|next|final|prior|previous)\s+doses?\s*(?:on|given|[:=#-])?|per\s+pt)\s*$"
)
# "INR 10/16 0700", "ABG 8/10 3:45 pm": a lab panel followed by a clock time is dated
_LAB_BEFORE = re.compile(r"(?<![a-z])(?:abg|vbg|inr|pt|ptt|chem|cbc|lytes|labs?)\s*[:=#]?\s*$")
_CLOCK_AFTER = re.compile(r"^\s*(?:@\s*)?(?:[01]?\d:[0-5]\d|[0-2]\d[0-5]\d)(?![\d/.])")


# a plural noun right after a range counts things ("on 1-2 pillows"); not a month or weekday
_COUNTED_AFTER = re.compile(
    r"^\s*(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)[a-z]{3,}s\b", re.I)
# a study or a single test before a pair and its result after it: "head ct 11/20 neg", "cdiff
# 8/12 neg" (a date; "blood cx 2/4 pos" counts bottles, so cultures are left out)
_STUDY_BEFORE = re.compile(r"(?<![a-z])(?:ct|cta|mri|mra|cxr|kub|echo|tte|tee|eeg|ekg|ecg|us|u/s|cdiff|c\.?\s?diff)\s*[:#]?\s*$")
_RESULT_AFTER = re.compile(r"^\s*(?:neg|negative|pos|positive)(?![a-z])")


def _study_result(m: "re.Match[str]", text: str) -> bool:
    """A dated study and its result: "head ct 11/20 neg" (not "1/3 neg": counts are small)."""
    return (bool(_STUDY_BEFORE.search(line_before(text, m.start(), 30)))
            and bool(_RESULT_AFTER.match(line_after(text, m.end(), 30)))
            and max(int(m["a"]), int(m["b"])) > 4)


def _clinical_context(m: "re.Match[str]", text: str) -> bool:
    """True when a bare number pair reads as a score, setting, ratio or measurement."""
    before = line_before(text, m.start(), 30)
    after = line_after(text, m.end(), 30)
    if followed_by_unit(text, m.end()) and not _GRAM_AFTER.match(after):
        return True
    if _MD_NEG_AFTER.match(after):
        return not _study_result(m, text)
    if _DOSE_DATE_BEFORE.search(before) or (_LAB_BEFORE.search(before) and _CLOCK_AFTER.match(after)):
        return False
    return bool(_MD_NEG_BEFORE.search(before))


def _valid_md(month: int, day: int, year: Optional[int] = None) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    last = calendar.monthrange(year if year else 2000, month)[1]  # 2000: leap year, allows Feb 29
    return day <= last


def _full_year(y: str) -> int:
    y = y.lstrip("'")
    n = int(y[:4] if len(y) >= 4 else y[:2])
    return n if len(y.rstrip("s'")) == 4 else (2000 + n if n < 50 else 1900 + n)


DAY_FIRST_LANGS = frozenset({"es", "de", "fr", "it", "pt", "ro", "tr", "ar"})
ONE_DIGIT_PAIR = re.compile(r"[1-9]/[1-9]")


class DateRecognizer(Recognizer):
    """Finds dates and date elements (full, partial, year alone in context, holidays)."""

    name = "dates"
    labels = ("DATE",)
    language_aware: ClassVar[bool] = True  # a day-first language reads "4/5" as no date

    def __init__(self, lang: Optional[str] = None):
        self.day_first = lang in DAY_FIRST_LANGS

    def find(self, text: str) -> Iterable[PhiMatch]:
        cands: List[PhiMatch] = []
        named = _ANY_MONTH.search(text) is not None
        month_starts = _MONTH_STARTS.find(text) if named else []
        lowered = text.lower()
        numbers = [m.start() for m in _NUMBER_BEFORE_SEPARATOR.finditer(text)]
        for kind, pattern in _PATTERNS:
            if kind in MONTH_NAME_KINDS and not named:
                continue  # no month name anywhere: spare the six patterns that need one
            if kind == "ordinal_day" and _ORDINAL.search(text) is None:
                continue
            if kind in _MONTH_FIRST_KINDS:
                found: Iterable[re.Match[str]] = matches_at(pattern, text, month_starts)
            elif kind in _NUMERIC_KINDS:
                found = matches_at(pattern, text, numbers)
            elif kind == "holiday" and text.isascii() and not any(w in lowered for w in HOLIDAY_WORDS):
                continue  # (a note in another script may fold its case otherwise: scanned)
            else:
                found = pattern.finditer(text)
            check = getattr(self, "_check_" + kind)
            for m in found:
                res = check(m, text)
                if res is None:
                    continue
                start, end, score = res
                if self.day_first and kind == "month_day_numeric" and ONE_DIGIT_PAIR.fullmatch(text[start:end]):
                    continue
                cands.append(PhiMatch(start, end, "DATE", score, f"{self.name}.{kind}"))
        return [_with_weekday(text, c) for c in _longest_first(cands)]

    # --- numeric -----------------------------------------------------------------------------
    @staticmethod
    def _check_iso(m, text):
        if not _valid_md(int(m["m"]), int(m["d"]), int(m["y"])):
            return None
        return m.start(), m.end(), 1.0

    @staticmethod
    def _check_numeric_spaced(m, text):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        return (m.start(), m.end(), 0.8) if _valid_md(a, b, y) or _valid_md(b, a, y) else None

    @staticmethod
    def _check_numeric(m, text):
        a, b, y, sep = int(m["a"]), int(m["b"]), m["y"], m["s"]
        if len(y) == 2 and sep in ".,":  # "1.2.10" version numbers, "7.35.40" lab chains
            return None
        if len(y) == 4 and not (1900 <= int(y) <= 2099):
            return None
        year = _full_year(y)
        valid = _valid_md(a, b, year) or _valid_md(b, a, year)
        # "4/31/19": a mistyped day is still a date (a day up to 31 in any month)
        if not valid and not (sep == "/" and 1 <= min(a, b) <= 12 and max(a, b) <= 31):
            return None
        if len(y) == 2 and _clinical_context(m, text):
            return None  # "SIMV 12/5/40": a chain of settings
        if not valid:
            return m.start(), m.end(), 0.7
        return m.start(), m.end(), 1.0 if len(y) == 4 else 0.9

    @staticmethod
    def _check_month_year_numeric(m, text):
        if followed_by_unit(text, m.end()):
            return None
        return m.start(), m.end(), 0.8

    @staticmethod
    def _check_month_year2_numeric(m, text):
        if _clinical_context(m, text):
            return None
        return m.start(), m.end(), 0.6

    @staticmethod
    def _check_month_day_numeric(m, text):
        a, b = int(m["a"]), int(m["b"])
        before = line_before(text, m.start(), 30)
        after = line_after(text, m.end(), 30)
        if _clinical_context(m, text):
            return None
        if b == 10 and (_PAIN.search(line_before(text, m.start(), 80)) or _PAIN.search(after)
                        or re.search(r"(?<![a-z])c/o\s*$", before)):
            return None  # "pain 4/10, from 8/10", "7/10 cp", "c/o 5/10 incisional pain"
        if _VENT_BEFORE.search(line_before(text, m.start(), 40)) and not _MD_POS_BEFORE.search(before):
            return None  # "PSV 10/5", "weaning on 8/5 35%": ventilator settings
        if _VENT_BEFORE.match(after.lstrip()) or _FIO2_AFTER.match(after):
            return None  # "extubated from 5/5 PSV", "remained on 5/5, 40%": a setting, cue or not
        if (max(a, b) <= SETTING_MAX and _TRIAL_ON_BEFORE.search(before)
                and _BREATHING.search(line_before(text, m.start(), 80) + " " + line_after(text, m.end(), 60))):
            return None  # "gas looks fine on 10/5", "trialed on 8/5 overnight": a setting on trial
        cued = bool(_MD_POS_BEFORE.search(before))
        if b == 5 and a <= 5 and not cued and _LIMB_AFTER.match(after):
            return None  # "4/5 RLE", "5/5 bilat grips": a muscle strength grade (not "seen 4/5 LE edema")
        positive = cued or before.strip() == "" or bool(_MD_POS_AFTER.match(after))
        us = _valid_md(a, b)
        if not us:
            if _valid_md(b, a) and positive:
                return m.start(), m.end(), 0.6
            return None
        padded = m["a"].startswith("0") or m["b"].startswith("0")  # "01/08" is no fraction
        # equal parts opening a line or sentence ("4/4 abx dc'd") are dates; "2/2" is "secondary to"
        opening = a == b and a > 2 and re.search(r"(?:^|[.;!?])\s*$", before) is not None
        if (a == b or ((a, b) in _FRACTIONS and not padded)) and not (cued or opening):
            return None
        return m.start(), m.end(), 0.9 if positive else 0.7

    @staticmethod
    def _check_month_day_pair(m, text):
        if _valid_md(int(m["a"]), int(m["b"])) and _valid_md(int(m["c"]), int(m["d"])) \
                and not _clinical_context(m, text):
            return m.start(), m.end(), 0.7
        return None

    @staticmethod
    def _check_month_day_dash(m, text):
        # "2-3 times", "10-12 mg", "L4-5" and score ranges are far commoner than dates: require
        # an explicit date cue right before, and nothing that reads as a quantity after.
        before = line_before(text, m.start(), 30)
        after = line_after(text, m.end(), 30)
        if re.search(r"[a-z]$", before, re.I) or re.match(r"^\s*(?:am|pm|a\.m|p\.m)(?![a-z])", after):
            return None  # glued to a word: "L4-5", "T3-4", "G2-3"; a clock range "3-7pm"
        cued = _MD_POS_BEFORE.search(before) or _DOSE_DATE_BEFORE.search(before)
        heading = before.strip() == "" and _HEADER_AFTER.match(after)
        timed = _CLOCK_AFTER.match(after) or after.lstrip().startswith("@")
        if not (cued or heading or timed):
            return None
        if _clinical_context(m, text) and not _DOSE_DATE_BEFORE.search(before):
            return None
        if _COUNTED_AFTER.match(after) and not timed:
            return None  # "on 1-2 pillows", "for 3-4 hours": a count of things
        return m.start(), m.end(), 0.7

    # --- month names ---------------------------------------------------------------------------
    @staticmethod
    def _check_mdy(m, text):
        y = _full_year(m["y"])
        if not _valid_md(_MONTHS[_month_key(m)], int(m["d"]), y):
            return None
        return m.start(), m.end(), 1.0

    _check_dmy = _check_mdy

    @staticmethod
    def _check_my(m, text):
        if followed_by_unit(text, m.end()):
            return None
        if m["yy"] is not None:  # "June 98": a bare two-digit year, only after unambiguous months
            return None if _month_key(m) in _AMBIGUOUS_MONTHS else (m.start(), m.end(), 0.6)
        return m.start(), m.end(), 0.9 if _month_key(m) not in _AMBIGUOUS_MONTHS else 0.8

    @staticmethod
    def _check_md(m, text):
        mon = _month_key(m)
        if not _valid_md(_MONTHS[mon], int(m["d"])) or followed_by_unit(text, m.end()):
            return None
        if re.match(r"^\s*(?:[-/]\s*\d|\.\d|:\d|%)", text[m.end() : m.end() + 4]):
            return None  # "dec 2-3", "mar 1.5", "dec 10:30"
        if mon in _AMBIGUOUS_MONTHS:
            before = line_before(text, m.start(), 12)
            if mon in ("may", "dec") and _VERB_MONTH_BEFORE.search(before):
                return None  # "pt may 2...", "O2 dec 2", "sats dec 88"
            return m.start(), m.end(), 0.7
        return m.start(), m.end(), 0.9

    @staticmethod
    def _check_dm(m, text):
        mon = _month_key(m)
        if not _valid_md(_MONTHS[mon], int(m["d"])):
            return None
        if mon in _AMBIGUOUS_MONTHS:
            before = line_before(text, m.start(), 12)
            if re.search(r"(?:x|times|q|of|to|by)\s*$", before):
                return None
            if re.match(r"^\s*(?:from|to|->|by|\d|%)", line_after(text, m.end(), 10)):
                return None  # "O2 (typed 02) dec from 4 to 2"
            return m.start(), m.end(), 0.6
        return m.start(), m.end(), 0.8

    @staticmethod
    def _check_month_alone(m, text):
        word = _month_key(m)
        before = line_before(text, m.start(), 20)
        cue = re.search(r"(?:^|\s|\()(?:in|since|from|until|till|of|during|early|mid|late|last|next|this|by|"
                        r"before|after|through|thru|mid-)\s*-?\s*$", before)
        if len(word) > 4 and word not in ("march", "august"):  # "June", "October": full names
            return m.start(), m.end(), 0.8 if cue else 0.6
        if cue and word != "may":
            return m.start(), m.end(), 0.6
        return None

    # --- years --------------------------------------------------------------------------------
    @staticmethod
    def _check_year(m, text):
        raw = m["y"]
        decade = raw.lower().endswith("s")
        if raw.startswith("'"):
            # "'98": an elided year unless it closes a quote or measures feet/inches
            if re.match(r"^\s*(?:\"|'|in\b|inch|ft\b|feet)", text[m.end() : m.end() + 6], re.I):
                return None
            return m.start(), m.end(), 0.6
        year = int(raw[:4])
        if not (1900 <= year <= 2099):
            return None
        if decade:
            return (m.start(), m.end(), 0.7) if raw[3] == "0" else None
        start, end = m.start(), m.end()
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            return start, end, 0.8
        if followed_by_unit(text, end):
            return None
        before = line_before(text, start, 30)
        after = line_after(text, end, 25)
        if _TIMEISH_AFTER.match(after) or _TIMEISH_BEFORE.search(before):
            return None
        if _history_event(text, start) or _YEAR_LIST_AFTER.match(after):
            return start, end, 0.7  # "s/p CABG 1955", "old CVA 2009", "1955, 1978"
        if _EVENT_NOUN_BEFORE.search(before):
            return start, end, 0.6  # "CABG in 1998, MI 2005": an event's year, no clock time
        cue = _YEAR_STRONG_BEFORE.search(before) or re.search(r"(?:19|20)\d\d\s*(?:,|;|&|and|or)\s*$", before)
        words_before = before.rstrip(" ,:-").split()  # empty for a tab or U+2028 alone: no word
        word = words_before[-1] if words_before else ""
        word = word.lstrip("([")
        timelike = bool(_HHMM.fullmatch(raw))
        window = text[max(0, start - 40) : end + 40].lower()
        if timelike or not cue:
            others = [h for h in _HHMM.findall(window) if h != raw and not (1900 <= int(h) <= 2059)]
            if others or _TIMEISH_WINDOW.search(window):
                return None
        if not cue:
            # uncued: only years that cannot be a clock time (1960-1999, 2060-2099), with no number
            # right before; units, times and fluid-balance words around were rejected above
            if timelike or re.search(r"\d\s*$", before):
                return None
            return start, end, 0.5
        weak = word in _YEAR_WEAK_WORDS
        if weak and timelike:
            return None  # "since 2000", "until 1930": read as clock times
        return start, end, 0.6 if weak or timelike else 0.8

    @staticmethod
    def _check_year_glued(m, text):
        if re.match(r"^\s*(?:\"|in\b|inch|ft\b|feet)", text[m.end() : m.end() + 6], re.I):
            return None
        return m.start(), m.end(), 0.5

    @staticmethod
    def _check_year_prime(m, text):
        before = line_before(text, m.start(), 30)
        if _history_event(text, m.start()):
            return m.start(), m.end() - 1, 0.5
        if _PRIME_MEASURE_BEFORE.search(before) or _VITALS_BEFORE.search(before):
            return None
        cued = _EVENT_BEFORE.search(before) or _YEAR2_CUE.search(before)
        return (m.start(), m.end() - 1, 0.5) if cued else None

    @staticmethod
    def _check_year2_event(m, text):
        if not _history_event(text, m.start()) or followed_by_unit(text, m.end()):
            return None
        if _VITALS_BEFORE.search(line_before(text, m.start(), 30)):
            return None
        return m.start(), m.end(), 0.5

    @staticmethod
    def _check_year_range(m, text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if not (y1 < y2 <= y1 + 80) or followed_by_unit(text, m.end()):
            return None
        before = line_before(text, m.start(), 30)
        if _TIMEISH_BEFORE.search(before) or _TIMEISH_AFTER.match(line_after(text, m.end(), 25)):
            return None
        quarter = all(_HHMM.fullmatch(y) and y[2:] in ("00", "15", "30", "45") for y in (m["y1"], m["y2"]))
        if quarter and not _YEAR_STRONG_BEFORE.search(before):
            return None  # "1900-2000" reads as a time range without a cue
        return m.start(), m.end(), 0.7

    @staticmethod
    def _check_year2(m, text):
        before = line_before(text, m.start(), 30)
        if not _YEAR2_CUE.search(before):
            return None
        if _VITALS_BEFORE.search(before) or followed_by_unit(text, m.end()):
            return None
        if re.match(r"^\s*[-–]\s*(?:low|mid|high|upper|lower)?\s*\d", line_after(text, m.end(), 15)):
            return None  # "MAPs in 85-95", "in 80-low 90s": a range of values
        return m.start(), m.end(), 0.5

    @staticmethod
    def _check_ordinal_day(m, text):
        start, end = m.span("d1") if m["d1"] else (m.start(), m.end())
        if m["d1"]:
            end = m.end()
            if re.match(r"^\s*(?:time|day|dose|attempt|try|week|month|year|hour|episode|bag|unit|liter|round|cycle|floor|"
                        r"grade|degree|line|trimester|percentile|rib|intercostal|ics|toe|finger|digit|cranial|nerve)",
                        line_after(text, end, 20)):
                return None
            if m["cue"].lower() in ("is", "it's", "its") and not re.match(
                    r"^\s*(?:[.,;:!?)\"']|$|today|tomorrow|yesterday|at\b|and\b)", line_after(text, end, 20)):
                return None  # "she is the 2nd of 3 children", "is the 1st to arrive": a rank, not a day
        return start, end, 0.6

    @staticmethod
    def _check_holiday(m, text):
        return m.start(), m.end(), 0.7


# a weekday written out or abbreviated; the longer forms first so that "Tuesday" is not "Tue"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun)"
_WEEKDAY_AFTER = re.compile(r"[ \t]*(?:\(\s*" + _WEEKDAY + r"\.?\s*\)|,?[ \t]*" + _WEEKDAY + r"\b\.?)", re.I)
_WEEKDAY_BEFORE = re.compile(r"\b" + _WEEKDAY + r"\.?,?[ \t]*$", re.I)


def _with_weekday(text: str, c: PhiMatch) -> PhiMatch:
    """A date with the weekday written beside it ("03/14/2021 (Sunday)", "Sun 3/14"): the weekday
    is part of it, so that a shifted date gets the matching weekday, never the old one."""
    start, end = c.start, c.end
    m = _WEEKDAY_AFTER.match(text, end)
    if m:
        end = m.end()
    m = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    if m:
        start = m.start()
    return c if (start, end) == (c.start, c.end) else dataclasses.replace(c, start=start, end=end)


def _longest_first(cands: List[PhiMatch]) -> List[PhiMatch]:
    """Drop candidates contained in a longer one; keep partial overlaps (the caller merges)."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start), -c.score))
    kept: List[PhiMatch] = []
    for c in cands:
        if any(k.start <= c.start and c.end <= k.end for k in kept):
            continue
        kept.append(c)
    return kept
