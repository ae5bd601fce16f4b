"""Shift dates by a fixed number of days while keeping their surface format.

A date string is split into fields (numbers and words) and the separators between them; each
field gets a role (year, month, day, month name, weekday, ordinal suffix) and keeps its style
(width, zero padding, abbreviation, letter case). Shifting changes the values and renders them
back into the same fields, so "03/14/2021" stays MM/DD/YYYY, "14 Mar 2021" stays D Mon YYYY,
"March 14" keeps no year and "MARCH 14, 2021" stays in capitals.

Partial dates shift consistently with full dates of the same group:
- month/day (no year): shifted inside a reference year (the document's first full date, else 2000);
- month/year: the 15th of that month is shifted;
- year alone: 2 July of that year is shifted.
Day-of-month overflow in the input (e.g. "02/30/2021") is clamped to the month's last day.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from .casing import case_style
from .keys import normalise

MONTHS: Dict[str, Tuple[List[str], List[str]]] = {
    "en": (
        "January February March April May June July August September October November December".split(),
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    ),
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
        "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    ),
    "fr": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        "janv févr mars avr mai juin juil août sept oct nov déc".split(),
    ),
    "de": (
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
        "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez".split(),
    ),
    "it": (
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
        "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    ),
    "pt": (
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
        "jan fev mar abr mai jun jul ago set out nov dez".split(),
    ),
    "ro": (
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
        "ian feb mar apr mai iun iul aug sep oct noi dec".split(),
    ),
    "tr": (
        "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
        "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara".split(),
    ),
    "ar": (  # Egyptian and Gulf forms; Arabic has no abbreviations
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    ),
}
WEEKDAYS: Dict[str, Tuple[List[str], List[str]]] = {
    "en": ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
           "Mon Tue Wed Thu Fri Sat Sun".split()),
    "es": ("lunes martes miércoles jueves viernes sábado domingo".split(), "lun mar mié jue vie sáb dom".split()),
    "fr": ("lundi mardi mercredi jeudi vendredi samedi dimanche".split(), "lun mar mer jeu ven sam dim".split()),
    "de": ("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(), "Mo Di Mi Do Fr Sa So".split()),
    "it": ("lunedì martedì mercoledì giovedì venerdì sabato domenica".split(), "lun mar mer gio ven sab dom".split()),
    "pt": ("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
           "seg ter qua qui sex sáb dom".split()),
    "ro": ("luni marți miercuri joi vineri sâmbătă duminică".split(), "lun mar mie joi vin sâm dum".split()),
    "tr": ("Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(), "Pzt Sal Çar Per Cum Cmt Paz".split()),
    "ar": ("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split(),
           "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split()),
}
_EXTRA_ALIASES = {"sept": ("en", "abbr", 9), "tues": ("en", "wabbr", 1), "thur": ("en", "wabbr", 3),
                  "thurs": ("en", "wabbr", 3), "setiembre": ("es", "full", 9)}
_FILLERS = {"of", "de", "del", "the", "le", "der", "den", "am", "im", "di", "spring", "summer", "fall",
            "autumn", "winter", "early", "mid", "late", "end", "beginning", "in"}
_ORDINALS = {"st", "nd", "rd", "th"}
_DECADE = re.compile(r"^(?P<pre>'|’)?(?P<num>\d{2}|\d{4})(?P<post>'?s)$", re.I)
HOLIDAYS: Dict[str, Tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "xmas": (12, 25),
    "new year s day": (1, 1), "new years day": (1, 1), "new year": (1, 1), "new years": (1, 1),
    "new year s": (1, 1), "new year s eve": (12, 31), "new years eve": (12, 31),
    "independence day": (7, 4), "fourth of july": (7, 4), "july 4th": (7, 4), "halloween": (10, 31),
    "valentine s day": (2, 14), "valentines day": (2, 14), "thanksgiving": (11, 25),
    "thanksgiving day": (11, 25), "easter": (4, 10), "memorial day": (5, 28), "labor day": (9, 4),
}
_DAY_FIRST_LANGS = {"es", "fr", "de", "it", "nl", "pt", "hi", "ro", "tr", "ar"}
_TIME_SUFFIX = re.compile(r"(?:[ T@]+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)$")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def _lookup_word(word: str, lang: str) -> Optional[Tuple[str, str, str, int]]:
    """(kind, lang, form, index) for a month or weekday name, preferring ``lang``'s tables."""
    key = normalise(word)
    if key in _EXTRA_ALIASES:
        lg, form, idx = _EXTRA_ALIASES[key]
        kind = "weekday" if form.startswith("w") else "monthname"
        return kind, lg, form.lstrip("w"), idx - 1 if kind == "monthname" else idx
    langs = [lang] + [lg for lg in MONTHS if lg != lang]
    for kind, tables in (("monthname", MONTHS), ("weekday", WEEKDAYS)):
        for lg in langs:
            if lg not in tables:
                continue
            full, abbr = tables[lg]
            for form, names in (("full", full), ("abbr", abbr)):
                for i, name in enumerate(names):
                    if normalise(name) == key:
                        return kind, lg, form, i
    return None


@dataclass
class _Field:
    start: int
    end: int
    text: str
    is_num: bool
    role: str = ""  # year | month | day | monthname | weekday | ordinal | filler
    lang: str = "en"
    form: str = "full"


@dataclass
class ParsedDate:
    """A date string broken into fields; ``year``/``month``/``day`` are None when absent."""

    text: str
    fields: List[_Field]
    year: Optional[int]
    month: Optional[int]
    day: Optional[int]
    suffix: str = ""  # a trailing time of day, kept verbatim
    two_digit_year: bool = False
    numeric: bool = True
    extra: Dict[str, object] = field(default_factory=dict)


def _full_year(two_digits: int, today: dt.date) -> int:
    year = 2000 + two_digits
    return year if year <= today.year + 1 else year - 100


def parse_date(text: str, lang: str = "en", today: Optional[dt.date] = None) -> Optional[ParsedDate]:
    """Parse a date surface string into fields, or None when it is not a recognised date form."""
    today = today or dt.date.today()
    body, suffix = text, ""
    m = _TIME_SUFFIX.search(text)
    if m and m.start() > 0:
        body, suffix = text[: m.start()], text[m.start():]
    fields: List[_Field] = []
    for tok in _TOKEN.finditer(body):
        f = _Field(tok.start(), tok.end(), tok.group(), tok.group().isdigit())
        if not f.is_num:
            low = normalise(f.text)
            if low == "s" and fields and fields[-1].is_num and len(fields[-1].text) in (2, 4) \
                    and fields[-1].text.endswith("0") and body[fields[-1].end: f.start] in ("", "'", "’"):
                f.role = "decade"
            elif low in _ORDINALS and fields and fields[-1].is_num and fields[-1].end == f.start:
                f.role = "ordinal"
            elif low in _FILLERS:
                f.role = "filler"
            else:
                hit = _lookup_word(f.text, lang)
                if hit is None:
                    return None
                f.role, f.lang, f.form, idx = hit
                f.extra_index = idx  # type: ignore[attr-defined]
        fields.append(f)
    nums = [f for f in fields if f.is_num]
    names = [f for f in fields if f.role == "monthname"]
    if len(names) > 1 or not nums and not names:
        return None
    year = month = day = None
    two_digit = False
    if names:
        month = names[0].extra_index + 1  # type: ignore[attr-defined]
        name_pos = fields.index(names[0])
        for f in nums:
            if len(f.text) == 4 and year is None:
                f.role, year = "year", int(f.text)
        rest = [f for f in nums if not f.role]
        if len(rest) > 2:
            return None
        if len(rest) == 2:
            before = [f for f in rest if fields.index(f) < name_pos]
            d, y = (before[0], [f for f in rest if f is not before[0]][0]) if before else (rest[0], rest[1])
            if len(y.text) != 2 or year is not None:
                return None
            d.role, y.role = "day", "year"
            year, two_digit = _full_year(int(y.text), today), True
            day = int(d.text)
        elif len(rest) == 1:
            f = rest[0]
            apostrophe = f.start > 0 and body[f.start - 1] in "'’"
            if apostrophe and len(f.text) == 2 and year is None:
                f.role, year, two_digit = "year", _full_year(int(f.text), today), True
            else:
                f.role, day = "day", int(f.text)
        numeric = False
    else:
        numeric = True
        seps = body[nums[0].end: nums[1].start] if len(nums) > 1 else ""
        day_first = "." in seps or lang in _DAY_FIRST_LANGS
        if len(nums) == 3:
            a, b, c = nums
            if len(a.text) == 4:
                order = (("year", a), ("month", b), ("day", c))
            elif len(c.text) in (2, 4):
                order = (("day", a), ("month", b), ("year", c)) if day_first else (("month", a), ("day", b), ("year", c))
            else:
                return None
        elif len(nums) == 2:
            a, b = nums
            if len(a.text) == 4 and len(b.text) <= 2:
                order = (("year", a), ("month", b))
            elif len(b.text) == 4 and len(a.text) <= 2:
                order = (("month", a), ("year", b))
            elif len(a.text) <= 2 and len(b.text) <= 2 and int(b.text) > 31 and 1 <= int(a.text) <= 12:
                order = (("month", a), ("year", b))  # MM/YY
            elif len(a.text) <= 2 and len(b.text) <= 2:
                order = (("day", a), ("month", b)) if day_first else (("month", a), ("day", b))
            else:
                return None
        elif len(nums) == 1:
            a = nums[0]
            if any(f.role == "decade" for f in fields):
                if len(a.text) == 2:
                    a.role, p_year = "year", _full_year(int(a.text), today)
                else:
                    a.role, p_year = "year", int(a.text)
                return ParsedDate(text, fields, p_year + 5, None, None, suffix, len(a.text) == 2, True,
                                  {"decade": True})
            if len(a.text) == 2 and a.start > 0 and body[a.start - 1] in "'’" and len(fields) == 1:
                a.role = "year"
                return ParsedDate(text, fields, _full_year(int(a.text), today), None, None, suffix, True, True)
            if len(a.text) == 4 and 1800 <= int(a.text) <= 2100:
                order = (("year", a),)
            elif len(a.text) <= 2 and 1 <= int(a.text) <= 31 and any(f.role == "ordinal" for f in fields):
                a.role = "day"
                return ParsedDate(text, fields, None, None, int(a.text), suffix, False, True, {"day_only": True})
            elif len(a.text) <= 2 and len(fields) == 1:
                if int(a.text) > 31:
                    a.role = "year"
                    return ParsedDate(text, fields, _full_year(int(a.text), today), None, None, suffix, True, True)
                if int(a.text) >= 1:
                    a.role = "day"
                    return ParsedDate(text, fields, None, None, int(a.text), suffix, False, True, {"day_only": True})
                return None
            elif len(a.text) == 8 and a.text[:2] in ("19", "20"):
                return _compact(text, a, suffix, today)
            else:
                return None
        else:
            return None
        values = {role: int(f.text) for role, f in order}
        roles = {role: f for role, f in order}
        if "month" in values and "day" in values and values["month"] > 12 and values["day"] <= 12:
            roles["month"], roles["day"] = roles["day"], roles["month"]
            values["month"], values["day"] = values["day"], values["month"]
        for role, f in roles.items():
            f.role = role
        year, month, day = values.get("year"), values.get("month"), values.get("day")
        if year is not None and len(roles["year"].text) == 2:
            year, two_digit = _full_year(year, today), True
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if day is not None and month is None:
        return None
    return ParsedDate(text, fields, year, month, day, suffix, two_digit, numeric)


def _compact(text: str, f: _Field, suffix: str, today: dt.date) -> Optional[ParsedDate]:
    y, m, d = int(f.text[:4]), int(f.text[4:6]), int(f.text[6:])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    f.role = "compact"
    return ParsedDate(text, [f], y, m, d, suffix, False, True)


def _clamped(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def shift_parsed(p: ParsedDate, delta_days: int, ref_year: int = 2000) -> Tuple[Optional[int], Optional[int], Optional[int], Optional[dt.date]]:
    """New (year, month, day) of a parsed date moved ``delta_days`` back; absent parts stay None.

    Also returns the full shifted ``date`` used (for the weekday), or None for year-only dates.
    """
    delta = dt.timedelta(days=delta_days)
    if p.year is not None and p.month is not None and p.day is not None:
        new = _clamped(p.year, p.month, p.day) - delta
        return new.year, new.month, new.day, new
    if p.month is not None and p.day is not None:
        year = ref_year if not (p.month == 2 and p.day == 29) or calendar.isleap(ref_year) else 2000
        new = _clamped(year, p.month, p.day) - delta
        return None, new.month, new.day, new
    if p.month is not None:
        year = p.year if p.year is not None else ref_year
        new = dt.date(year, p.month, 15) - delta
        return (new.year if p.year is not None else None), new.month, None, None
    if p.year is not None:
        year = (dt.date(p.year, 7, 2) - delta).year
        if p.extra.get("decade"):
            year = year - year % 10
            if year == p.year - 5:
                year -= 10
        return year, None, None, None
    if p.day is not None:  # a day of month alone: moved inside a 31-day month
        new = dt.date(ref_year, 1, p.day) - delta
        return None, None, new.day, None
    return None, None, None, None


def _style_word(original: str, value: str) -> str:
    style = case_style(original)
    if style == "upper":
        return value.upper()
    if style == "lower":
        return value.lower()
    return value[:1].upper() + value[1:]


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def render(p: ParsedDate, year: Optional[int], month: Optional[int], day: Optional[int],
           full: Optional[dt.date]) -> str:
    """Write new values into the original fields and separators of ``p``."""
    return "".join(new for _, _, new in render_segments(p, year, month, day, full))


def render_segments(p: ParsedDate, year: Optional[int], month: Optional[int], day: Optional[int],
                    full: Optional[dt.date]) -> List[Tuple[int, int, str]]:
    """(start, end, new text) for every field and separator of ``p``, covering the whole text."""
    body_end = len(p.text) - len(p.suffix)
    nums = [f for f in p.fields if f.role in ("month", "day")]
    out: List[Tuple[int, int, str]] = []
    pos = 0
    for f in p.fields:
        out.append((pos, f.start, p.text[pos: f.start]))
        pos = f.end
        new = f.text
        if f.role == "compact" and full is not None:
            new = full.strftime("%Y%m%d")
        elif f.role == "year" and year is not None:
            new = f"{year % 100:02d}" if len(f.text) == 2 else f"{year:04d}"
        elif f.role in ("month", "day"):
            value = month if f.role == "month" else day
            if value is not None:
                padded = any(o.text.startswith("0") for o in nums) or (
                    p.numeric and p.year is not None and not p.two_digit_year and len(nums) > 1
                    and all(len(o.text) == 2 for o in nums)
                )
                new = f"{value:02d}" if padded else str(value)
        elif f.role == "monthname" and month is not None:
            full_names, abbr = MONTHS[f.lang]
            new = _style_word(f.text, (full_names if f.form == "full" else abbr)[month - 1])
        elif f.role == "weekday" and full is not None:
            full_names, abbr = WEEKDAYS[f.lang]
            new = _style_word(f.text, (full_names if f.form == "full" else abbr)[full.weekday()])
        elif f.role == "ordinal" and day is not None:
            new = _style_word(f.text, _ordinal(day)) if case_style(f.text) == "upper" else _ordinal(day)
        out.append((f.start, f.end, new))
    out.append((pos, body_end, p.text[pos:body_end]))
    out.append((body_end, len(p.text), p.suffix))
    return out


def shift_date_pieces(text: str, pieces: List[Tuple[int, int]], delta_days: int, *, ref_year: int = 2000,
                      lang: str = "en") -> Optional[List[str]]:
    """Shift a date written as several spans ("July" + "2nd"): ``pieces`` are (start, end) in ``text``.

    Returns the new text of each piece, or None when ``text`` is not a date or a field straddles pieces.
    """
    p = parse_date(text, lang)
    if p is None:
        return None
    segments = render_segments(p, *shift_parsed(p, delta_days, ref_year))
    out = []
    for start, end in pieces:
        inside = [(a, b, new) for a, b, new in segments if a >= start and b <= end]
        if sum(b - a for a, b, _ in inside) != end - start:
            return None
        out.append("".join(new for _, _, new in inside))
    return out


def shift_date_text(text: str, delta_days: int, *, ref_year: int = 2000, lang: str = "en",
                    today: Optional[dt.date] = None) -> Optional[str]:
    """``text`` shifted ``delta_days`` back in its own format, or None if it is not parseable."""
    p = parse_date(text, lang, today)
    if p is None:
        return None
    return render(p, *shift_parsed(p, delta_days, ref_year))


_RANGE = re.compile(r"\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\bbis\b|\bal\b|\bau\b|\bhasta\b)\s*", re.I)


def shift_date_range(text: str, delta_days: int, *, ref_year: int = 2000, lang: str = "en") -> Optional[str]:
    """A range written as one span ("6/30-7/2", "14-16 March 2021", "03 - 05/2021"): both ends
    shifted; a bare number on the left borrows the month and year of the right end."""
    for m in _RANGE.finditer(text):
        left, right = text[: m.start()], text[m.end():]
        pl, pr = parse_date(left, lang), parse_date(right, lang)
        if not left or pl is None or pr is None:
            continue
        b = render(pr, *shift_parsed(pr, delta_days, ref_year))
        bare = re.fullmatch(r"\d{1,2}", left.strip()) is not None
        if bare and pr.month is not None:
            value = int(left)
            year = pr.year if pr.year is not None else ref_year
            try:
                if pr.day is not None:
                    new = dt.date(year, pr.month, value) - dt.timedelta(days=delta_days)
                    value = new.day
                elif 1 <= value <= 12:
                    value = (dt.date(year, value, 15) - dt.timedelta(days=delta_days)).month
                else:
                    continue
            except ValueError:
                continue
            a = f"{value:02d}" if left.strip().startswith("0") else str(value)
            return left.replace(left.strip(), a) + m.group() + b
        if pl.extra.get("day_only"):
            continue
        return render(pl, *shift_parsed(pl, delta_days, ref_year)) + m.group() + b
    return None


def holiday(text: str) -> Optional[Tuple[int, int]]:
    """(month, day) of a fixed or typical holiday date named by ``text``, else None."""
    return HOLIDAYS.get(normalise(text))


def group_shift_days(rng, low: int, high: int) -> int:
    """One shift (days back) per group; shifts within 20 days of whole years are avoided so that
    dates written without a year (month/day, month alone) still change."""
    low, high = sorted((max(1, int(low)), max(1, int(high))))
    allowed = [d for d in range(low, high + 1) if 21 <= d % 365.25 <= 344]
    return rng.choice(allowed) if allowed else rng.randint(low, high)
