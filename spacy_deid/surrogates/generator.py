"""SurrogateGenerator: realistic, consistent replacements for the PHI spans of a document.

Every choice derives from a keyed HMAC of (group, kind, normalised value), so no mapping is
stored: the same key and group give the same surrogates in every document and every run, and a
different key gives different ones. The group is ``group`` when given (e.g. the patient id), else
the document itself (a keyed hash of its text, so the same text and key still give the same output).

Guarantees and their limits:
- A surrogate never equals its original; it is re-drawn when it equals another original of the
  document or of the same group seen earlier in this run (so in that rare case the order documents
  are processed in can matter). Exceptions by design: ages at or under ``age_cap`` are kept (Safe
  Harbor allows them), shifted dates may coincide with other real dates, and in languages without
  month tables (zh, hi) relative expressions and durations ("今天", "三天") are kept.
- Determinism holds for a given Faker version (Faker's word lists are part of the derivation).
- Not thread-safe (shared, re-seeded Faker instances); use processes for parallelism.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from typing import Dict, List, Optional, Sequence, Set, Tuple

from ..labels import FINE_LABELS, to_coarse
from ..spans import PhiSpan
from . import contact
from .ages import age_surrogate
from .date_words import date_in_digits
from .cjk import shift_cjk_date
from .casing import doc_is_upper, match_case
from .dates import MONTHS, group_shift_days, holiday, parse_date, shift_date_pieces, shift_date_range, shift_date_text
from .fakers import DEFAULT_LOCALES, locale_for, seeded
from .identifiers import identifier, scramble
from .gender_cues import cue_gender, titled
from .keys import KeyDeriver, normalise, resolve_key
from .locations import (faker_value, street, place_words, render_state, state_code, surrogate_state,
                        zip_generalised, zip_surrogate)
from .names import NameSurrogates

ADDRESS_KINDS = ("STREET", "CITY", "STATE", "ZIP")
_ADDRESS_GAP = re.compile(r"^[\s,.\-–]{0,40}$")
_ZIP = re.compile(r"^\d{5}(?:-\d{4})?$")
_STREET = re.compile(r"^\d+[A-Za-z]?\s+\S")
ZIP_MODES = ("surrogate", "generalize")
NAME_CULTURE_MODES = ("keep", "locale")
_PIECE_GAP = {"DATE": re.compile(r"^[ \t,./'’-]{0,3}$"), "PHONE": re.compile(r"^[ \t\-.()/]{0,3}$")}
_DATE_EXTRAS = (0, 1, 2, 3, 31, 62, 93)  # added days, used only when a date would come out unchanged


def span_kind(label: str, surface: str) -> str:
    """The fine label to generate for: fine labels as given, coarse ones guessed from the surface."""
    if label in FINE_LABELS:
        return label
    coarse = to_coarse(label)
    if coarse == "NAME":
        return "PATIENT"
    if coarse == "CONTACT":
        return contact.contact_kind(surface)
    if coarse == "LOCATION":
        s = surface.strip()
        if _ZIP.match(s):
            return "ZIP"
        if state_code(s):
            return "STATE"
        if _STREET.match(s):
            return "STREET"
        return "LOCATION_OTHER"
    return {"ID": "IDNUM", "AGE": "AGE", "DATE": "DATE", "PROFESSION": "PROFESSION"}[coarse]


class SurrogateGenerator:
    """Builds one surrogate per PHI span; see the module docstring for the guarantees."""

    def __init__(
        self,
        *,
        key: Optional[str] = None,
        key_env: str = "SPACY_DEID_KEY",
        random_per_run: bool = False,
        locales: Optional[Dict[str, List[str]]] = None,
        date_shift_days: Tuple[int, int] = (365, 1095),
        age_cap: Optional[int] = 89,
        zip_mode: str = "surrogate",
        mapping_path: Optional[str] = None,
        name_culture: str = "keep",
    ) -> None:
        if zip_mode not in ZIP_MODES:
            raise ValueError(f"zip_mode must be one of {ZIP_MODES}, not {zip_mode!r}")
        if name_culture not in NAME_CULTURE_MODES:
            raise ValueError(f"name_culture must be one of {NAME_CULTURE_MODES}, not {name_culture!r}")
        self._keys = KeyDeriver(resolve_key(key, key_env, random_per_run))
        self.locales = {k: list(v) for k, v in (locales or DEFAULT_LOCALES).items()}
        self.date_shift_days = tuple(date_shift_days)
        self.age_cap = age_cap
        self.zip_mode = zip_mode
        self.mapping_path = mapping_path
        self._names = NameSurrogates(self._keys, self.locales, keep_culture=name_culture == "keep")
        self._seen: Dict[str, Set[str]] = {}  # group -> normalised originals seen in this run

    def forget(self) -> None:
        """Forget the per-group memory of this run (see ``SurrogateGeneratorComponent.forget``)."""
        self._seen = {}
        self._names.forget()

    # -- groups and shifts -------------------------------------------------------------------
    def group_id(self, text: str, group: Optional[str]) -> str:
        return f"group:{group}" if group is not None else self._keys.group_id(text)

    def shift_days(self, group_id: str) -> int:
        """Days every date of the group moves back."""
        low, high = self.date_shift_days
        return group_shift_days(self._keys.rng(group_id, "date-shift"), low, high)

    # -- the document ------------------------------------------------------------------------
    def surrogates(self, text: str, spans: Sequence[PhiSpan], *, group: Optional[str],
                   lang: str = "en") -> List[str]:
        """One replacement string per span (same order), for the whole document at once."""
        gid = self.group_id(text, group)
        lang = (lang or "en").split("_")[0].lower()
        surfaces = [text[s.start: s.end] for s in spans]
        kinds = [span_kind(s.label, surf) for s, surf in zip(spans, surfaces)]
        seen = self._seen.setdefault(gid, set())
        if len(self._seen) > 50000:
            self._seen = {gid: seen}
        originals = {normalise(s) for s in surfaces} | seen
        out: List[Optional[str]] = [None] * len(spans)

        name_idx = [i for i, k in enumerate(kinds) if k in ("PATIENT", "DOCTOR")]
        if name_idx:
            genders = [cue_gender(text, spans[i].start) if lang == "en" else None for i in name_idx]
            after_title = [titled(text, spans[i].start) if lang == "en" else False for i in name_idx]
            for i, new in zip(name_idx, self._names.for_document([surfaces[i] for i in name_idx], gid, lang, seen,
                                                                genders, after_title)):
                out[i] = new
        self._addresses(surfaces, kinds, spans, text, gid, lang, originals, out)
        ref_year = self._reference_year(surfaces, kinds, lang)
        shift = self.shift_days(gid)
        self._split_values(text, spans, kinds, gid, lang, originals, shift, ref_year, out)
        for i, (surface, kind) in enumerate(zip(surfaces, kinds)):
            if out[i] is None:
                out[i] = self._one(surface, kind, gid, lang, originals, shift, ref_year)
        result = [self._final(surface, new, kind, gid) for surface, new, kind in zip(surfaces, out, kinds)]
        if doc_is_upper(text):
            result = [r.upper() for r in result]
        seen.update(normalise(s) for s in surfaces)
        seen.update(w for i in name_idx for w in normalise(surfaces[i]).split())
        if self.mapping_path:
            self._write_mapping(gid, spans, surfaces, result)
        return result

    def _final(self, surface: str, new: Optional[str], kind: str, gid: str) -> str:
        """Last guard of the never-equal rule (ages at or under the cap are kept by policy)."""
        new = surface if new is None else new
        # ASCII letters or digits of any script ("٠٠٤٨٢٧٣١"); words of other scripts may be kept by
        # policy ("今天", a relative date)
        guarded = any((c.isalnum() and c.isascii()) or unicodedata.category(c) == "Nd" for c in surface)
        if kind != "AGE" and normalise(new) == normalise(surface) and guarded:
            for attempt in range(20):
                new = scramble(surface, self._keys.rng(gid, "guard", normalise(surface), str(attempt)))
                if normalise(new) != normalise(surface):
                    break
            else:  # nothing scramble could change: mask, never copy
                new = "".join("*" if c.isalnum() else c for c in surface)
        return new

    def _one(self, surface: str, kind: str, gid: str, lang: str, originals: Set[str], shift: int,
             ref_year: int) -> str:
        keys = self._keys
        key = normalise(surface)
        if kind == "DATE":
            return self._date(surface, gid, lang, shift, ref_year)
        if kind == "AGE":
            return age_surrogate(surface, self.age_cap)
        if kind in ("PHONE", "FAX") or FINE_LABELS[kind].coarse == "ID":
            from ..recognizers.spelled_numbers import read_out

            surface = read_out(surface, lang)  # "five five five, one two one two": a number of digits
        if kind == "PHONE" or kind == "FAX":
            return self._retry(surface, originals, lambda a: contact.phone(surface, keys.rng(gid, kind, key, str(a)), lang))
        if kind == "EMAIL":
            locale = locale_for(self.locales, "en", 0)
            user = seeded(locale, keys.integer(gid, "email-user", key)).user_name()
            return self._retry(surface, originals, lambda a: contact.email(surface, keys.rng(gid, kind, key, str(a)), user + (str(a) if a else "")))
        if kind == "URL":
            return self._retry(surface, originals, lambda a: contact.url(surface, keys.rng(gid, kind, key, str(a))))
        if kind == "IPADDR":
            return self._retry(surface, originals, lambda a: contact.ip_address(surface, keys.rng(gid, kind, key, str(a))))
        if kind in ("USERNAME", "ROOM") or FINE_LABELS[kind].coarse == "ID":
            return identifier(surface, kind, lambda a: keys.rng(gid, "id", kind, key, str(a)), originals)
        locale = locale_for(self.locales, lang, keys.integer(gid, "locale", kind, key))
        seed = keys.integer(gid, kind, key) % (2 ** 63)
        if kind == "PROFESSION":
            return faker_value("job", surface, seed, locale, originals)
        if kind == "COUNTRY":
            return faker_value("country", surface, seed, locale, originals)
        return place_words(surface, gid, keys, lang, self.locales, originals)

    @staticmethod
    def _retry(surface: str, originals: Set[str], make) -> str:
        new = surface
        for attempt in range(32):
            new = make(attempt)
            if normalise(new) != normalise(surface) and normalise(new) not in originals:
                break
        return new

    # -- values written as several adjacent spans ("July" "2nd", "617" "555" "0199") ------------
    def _split_values(self, text, spans, kinds, gid, lang, originals, shift, ref_year, out) -> None:
        """Treat adjacent DATE pieces, and adjacent PHONE/FAX pieces, as one value each."""
        runs: List[List[int]] = []
        for i, kind in enumerate(kinds):
            family = "DATE" if kind == "DATE" else "PHONE" if kind in ("PHONE", "FAX") else None
            prev = runs[-1][-1] if runs else None
            if family and prev == i - 1 and out[i] is None and (
                    "DATE" if kinds[prev] == "DATE" else "PHONE" if kinds[prev] in ("PHONE", "FAX") else None) == family \
                    and _PIECE_GAP[family].match(text[spans[prev].end: spans[i].start]):
                runs[-1].append(i)
            elif family and out[i] is None:
                runs.append([i])
        for run in runs:
            if len(run) < 2:
                continue
            start, end = spans[run[0]].start, spans[run[-1]].end
            whole = text[start:end]
            pieces = [(spans[i].start - start, spans[i].end - start) for i in run]
            new: Optional[List[str]] = None
            if kinds[run[0]] == "DATE":
                for extra in _DATE_EXTRAS:
                    new = shift_date_pieces(whole, pieces, shift + extra, ref_year=ref_year, lang=lang)
                    if new is None or normalise("".join(new)) != normalise(whole.replace(" ", "")):
                        break
            else:
                value = self._retry(whole, originals, lambda a: contact.phone(
                    whole, self._keys.rng(gid, "PHONE", normalise(whole), str(a)), lang))
                if len(value) == len(whole):
                    new = [value[a:b] for a, b in pieces]
            if new is not None:
                for i, piece in zip(run, new):
                    out[i] = piece

    # -- dates ---------------------------------------------------------------------------------
    @staticmethod
    def _reference_year(surfaces: Sequence[str], kinds: Sequence[str], lang: str) -> int:
        """Year used for dates without one: the document's first full date, else 2000."""
        for surface, kind in zip(surfaces, kinds):
            if kind == "DATE":
                p = parse_date(surface, lang)
                if p is not None and p.year is not None and p.month is not None:
                    return p.year
        return 2000

    def _date(self, surface: str, gid: str, lang: str, shift: int, ref_year: int) -> str:
        digits = date_in_digits(surface)
        if digits != surface:  # "the twelfth of January, nineteen forty-four": shift it as "12 of January, 1944"
            return self._date(digits, gid, lang, shift, ref_year)
        for extra in _DATE_EXTRAS:  # extra days only when a partial date would come out unchanged
            new = shift_date_text(surface, shift + extra, ref_year=ref_year, lang=lang)
            if new is None:
                new = shift_cjk_date(surface, shift + extra, ref_year)
            if new is None:
                new = shift_date_range(surface, shift + extra, ref_year=ref_year, lang=lang)
            if new is None:
                break
            if normalise(new) != normalise(surface):
                return new
        hit = holiday(surface)
        rng = self._keys.rng(gid, "date-fallback", normalise(surface))
        if hit is not None:
            month, day = hit
            moved = dt.date(2001, month, day) - dt.timedelta(days=shift)
            return match_case(surface, f"{MONTHS['en'][0][moved.month - 1]} {moved.day}")
        if lang not in MONTHS and not any(c.isascii() and c.isalpha() for c in surface):
            # durations, relative expressions, weekdays ("5年", "今天", "禮拜三") name no calendar date
            return surface
        if any(c.isdigit() and c.isascii() for c in surface):
            return scramble(surface, rng, letters=False)
        month = rng.randint(1, 12)
        names = MONTHS.get(lang, MONTHS["en"])[0]
        return match_case(surface, f"{names[month - 1]} {rng.randint(1, 28)}")

    # -- addresses -----------------------------------------------------------------------------
    def _addresses(self, surfaces, kinds, spans, text, gid, lang, originals, out) -> None:
        """Fill ``out`` for STREET/CITY/STATE/ZIP spans, one coherent address per cluster."""
        clusters: List[List[int]] = []
        for i, kind in enumerate(kinds):
            if kind not in ADDRESS_KINDS:
                continue
            if clusters and kinds[clusters[-1][-1]] in ADDRESS_KINDS and clusters[-1][-1] == i - 1 \
                    and _ADDRESS_GAP.match(text[spans[i - 1].end: spans[i].start]):
                clusters[-1].append(i)
            else:
                clusters.append([i])
        keys = self._keys
        for cluster in clusters:
            state_i = next((i for i in cluster if kinds[i] == "STATE"), None)
            state_value = surfaces[state_i] if state_i is not None else None
            us = lang == "en" and (state_value is None or state_code(state_value) is not None)
            state = None
            if us:
                rng = keys.rng(gid, "state", normalise(state_value) if state_value else "<home>")
                state = surrogate_state(state_value, rng)
            for i in cluster:
                surface, kind = surfaces[i], kinds[i]
                key = normalise(surface)
                locale = locale_for(self.locales, lang, keys.integer(gid, "locale", kind, key))
                seed = keys.integer(gid, kind, key) % (2 ** 63)
                if kind == "STATE":
                    out[i] = render_state(surface, state) if state else faker_value(
                        "state" if hasattr(seeded(locale, 0), "state") else "city", surface, seed, locale, originals)
                elif kind == "ZIP":
                    if self.zip_mode == "generalize":
                        out[i] = zip_generalised(surface)
                    else:
                        out[i] = self._retry(surface, originals, lambda a: zip_surrogate(
                            surface, state, seed + a, locale if not us else "en_US"))
                elif kind == "CITY":
                    out[i] = faker_value("city", surface, seed, locale, originals)
                else:
                    out[i] = street(surface, seed, locale, originals)

    # -- audit -------------------------------------------------------------------------------
    def _write_mapping(self, gid: str, spans, surfaces, result) -> None:
        """Append original -> surrogate pairs (contains PHI: written only when asked)."""
        with open(self.mapping_path, "a", encoding="utf-8") as fh:
            for span, surface, new in zip(spans, surfaces, result):
                fh.write(json.dumps({"group": gid, "label": span.label, "original": surface,
                                     "surrogate": new}, ensure_ascii=False) + "\n")
