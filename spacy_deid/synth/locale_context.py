"""A note context for a language other than English, driven by that language's tables.

Each ``synth/<lang>/values.py`` module describes how its country's notes write people, places,
dates and identifiers (see ``LocaleNoteContext`` for the names it must define); the template
language is the English generator's (``synth/context.py``: ``[[a|b]]`` choices, ``{kind:form}``
slots). A language whose notes need more (Spanish grammatical gender, Chinese name forms)
subclasses this and overrides ``_filler`` or ``_name_text``."""
from __future__ import annotations

import datetime as dt
import random
from types import ModuleType
from typing import Callable, Dict, List, Optional, Tuple

from .context import NoteContext
from .names import Person, faker_for

PLACE_KINDS = ("hosp", "org", "dept", "room", "street", "city", "state", "zip", "country", "loc", "prov", "town")


def numeric_date(d: "dt.date", fmt: str, months: List[str]) -> str:
    """The date forms most European notes share: "dot" 14.03.2021, "dot_short" 14.03.21, "slash"
    14/03/2021, "slash_short" 14/03/21, "long" 14 <month> 2021, "month_year", "day_month",
    "year", "iso". A language's ``format_date`` handles its own forms and passes the rest here."""
    month = months[d.month - 1]
    forms = {"dot": f"{d.day:02d}.{d.month:02d}.{d.year}", "dot_short": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
             "slash": f"{d.day:02d}/{d.month:02d}/{d.year}", "slash_short": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
             "long": f"{d.day} {month} {d.year}", "month_year": f"{month} {d.year}", "day_month": f"{d.day} {month}",
             "year": str(d.year), "iso": d.isoformat()}
    if fmt not in forms:
        raise ValueError(fmt)
    return forms[fmt]


def weighted(rng: random.Random, table: Dict[str, float]) -> str:
    return rng.choices(list(table), list(table.values()))[0]


class LocaleNoteContext(NoteContext):
    """The entities of one note in the language of ``V``.

    ``V`` (a ``synth/<lang>/values.py`` module) defines: ``LOCALES`` (Faker locale -> share),
    ``CULTURE``, ``NAME_FORMS`` (role -> form -> weight), ``TITLES_DR`` and ``TITLES_PT``
    (gender -> titles), ``RELATIONS_F``/``RELATIONS_M``, ``SURNAMES`` (family names per person:
    1, or 2 in Spanish), ``DATE_FORMATS`` (name -> weight), ``PARTIAL_DATE_FORMATS`` (those not
    used for a birth date), ``format_date(rng, date, fmt)``, ``place(rng, fake, kind)``,
    ``ID_MAKERS`` (slot kind -> ``f(rng)``), ``EMAIL_DOMAINS``, ``PROFESSIONS``, ``AGE_UNIT``
    (a format for "{age} years"), ``clinical_sentence(rng)``, ``CLINICAL_FOLLOWUP``, ``DRUGS``,
    ``sex_word(rng, female, form)``."""

    V: ModuleType
    LANG = ""
    PHI_KINDS = {**NoteContext.PHI_KINDS, "prov": "LOCATION_OTHER", "town": "LOCATION_OTHER", "dni": "SSN"}

    NAME_CASES = (("as_is", "upper", "lower"), (0.9, 0.07, 0.03))
    AGE_RANGES = ((18, 89), (90, 101), (0, 17))
    AGE_WEIGHTS = (0.88, 0.05, 0.07)

    def _address_faker(self, rng: random.Random):
        self.locale = weighted(rng, self.V.LOCALES)
        return faker_for(self.locale)

    def _culture(self, rng: random.Random) -> str:
        return self.V.CULTURE

    def _date_format_names(self) -> List[str]:
        return list(self.V.DATE_FORMATS)

    def clinical_run(self, k_min: int = 1, k_max: int = 4, sep: str = " ") -> None:
        """``k_min`` to ``k_max`` PHI-free clinical sentences of the language (the notes' filler)."""
        self.emit("".join("{clinical}" + sep for _ in range(self.rng.randint(k_min, k_max))))

    # ------------------------------------------------------------------ people
    def _native_person(self, gender: Optional[str] = None, last: Optional[str] = None) -> Person:
        rng = self.rng
        gender = gender or rng.choice(("female", "male"))
        fake = faker_for(weighted(rng, self.V.LOCALES))
        fake.seed_instance(rng.getrandbits(32))
        first = fake.first_name_female() if gender == "female" else fake.first_name_male()
        second = fake.first_name_female() if gender == "female" else fake.first_name_male()
        surnames = [last or fake.last_name()] + [fake.last_name() for _ in range(self.V.SURNAMES - 1)]
        return Person(first, " ".join(surnames), second, gender, self.V.CULTURE)

    def person(self, key: str, role: str) -> Person:
        if key not in self.people:
            rng = self.rng
            if role == "pt":
                p = self._native_person(self.patient_gender)
            elif role == "rel":
                pt = self.person("pt", "pt")
                p = self._native_person(None, pt.last.split()[0] if rng.random() < 0.5 else None)
                self.relations[key] = rng.choice(self.V.RELATIONS_F if p.gender == "female" else self.V.RELATIONS_M)
            else:
                p = self._native_person()
            self.people[key] = p
            self.roles[key] = role
        return self.people[key]

    def _title(self, p: Person, role: str) -> Tuple[str, str]:
        rng = self.rng
        title = rng.choice(self.V.TITLES_DR[p.gender] if role in ("dr", "rn") else self.V.TITLES_PT[p.gender])
        return title, rng.choice(self.V.TITLE_NAME_FORMS)

    def _name_forms(self, role: str) -> Dict[str, float]:
        return self.V.NAME_FORMS.get(role, self.V.NAME_FORMS["dr"])

    def _name_text(self, p: Person, form: str) -> List[Tuple[str, bool]]:
        family = p.last.split(" ", 1)
        ap1, ap2 = family[0], family[-1]
        text = {
            "full": f"{p.first} {p.last}", "short": f"{p.first} {ap1}", "last_first": f"{p.last}, {p.first}",
            "last": ap1, "surnames": f"{ap1} {ap2}", "first": p.first, "compound": f"{p.first} {p.middle} {p.last}",
            "init_last": f"{p.first[:1]}. {ap1}", "upper_last": f"{p.last.upper()}, {p.first}",
        }[form]
        return [(text, True)]

    def slot(self, kind: str, num: str, form: Optional[str]):
        """As the English slot, except an age with its unit ("{age:years}"): the span is the number
        alone (labels.md), unless the language's corpus convention takes the unit in
        (``V.AGE_UNIT_IN_SPAN``: MEDDOCAN's "54 años")."""
        if kind in ("dept", "loc") and not getattr(self.V, "DEPARTMENTS_ARE_PHI", False):
            # "Station 3", "Intensivstation", "service de cardiologie": generic wards, not PHI
            # (labels.md: generic places are not PHI); left unlabelled so a model learns that
            return [(self._value(kind, kind + num, form), None)]
        if kind == "age" and form == "years" and not getattr(self.V, "AGE_UNIT_IN_SPAN", False):
            number = self._value(kind, kind + num, None)
            before, _, after = self.V.AGE_UNIT.partition("{}")
            return [(before, None), (number, "AGE"), (after, None)]
        return super().slot(kind, num, form)

    # ------------------------------------------------------------------ dates and values
    def _date_text(self, key: str, form: Optional[str]) -> str:
        d = self.date(key)
        if form is None:
            fmt = self.rng.choice(self.date_formats)
            if key == "dob" and fmt in self.V.PARTIAL_DATE_FORMATS:
                fmt = self.V.DOB_FORMAT
            return self.V.format_date(self.rng, d, fmt)
        return self.V.format_date(self.rng, d, form)

    def _value(self, kind: str, key: str, form: Optional[str]) -> str:
        rng = self.rng
        if kind in PLACE_KINDS:
            if key not in self.values:
                self.values[key] = self.V.place(rng, self.fake, kind)
            return self.values[key]
        if kind == "age":
            age = str(self.age) if key == "age" else self.values.setdefault(key, str(rng.randint(1, 99)))
            return age if form != "years" else self.V.AGE_UNIT.format(age)
        if kind == "prof":
            return self.values.setdefault(key, rng.choice(self.V.PROFESSIONS))
        makers: Dict[str, Callable[[random.Random], str]] = self.V.ID_MAKERS
        if kind in makers:
            if key not in self.values:
                self.values[key] = makers[kind](rng)
            return self.values[key]
        if kind == "email":
            if key not in self.values:
                p = self.people.get("dr") or self.people.get("pt")
                user = self.V.email_user(p) if p else self.fake.user_name()
                self.values[key] = f"{user}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(self.V.EMAIL_DOMAINS)}"
            return self.values[key]
        return super()._value(kind, key, form)

    def _filler(self, kind: str, form: Optional[str]) -> Optional[str]:
        rng = self.rng
        table: Dict[str, Callable[[], str]] = {
            "clinical": lambda: self.V.clinical_sentence(rng), "drug": lambda: rng.choice(self.V.DRUGS),
            "followup": lambda: rng.choice(self.V.CLINICAL_FOLLOWUP).format(n=rng.randint(2, 8)),
            "n": lambda: str(rng.randint(1, 12)),
            "sex": lambda: self.V.sex_word(rng, self.patient_gender == "female", form),
        }
        fn = table.get(kind)
        return fn() if fn else None


def generate_locale_note(context: Callable[[random.Random], LocaleNoteContext], variants: List[Tuple[Callable, float]],
                         case_weights: Dict[str, float], lang: str, seed: int, index: int) -> Dict[str, object]:
    """One record of a language's notes; the same (lang, seed, index) always gives the same note."""
    rng = random.Random(f"spacy-deid-synth-{lang}:{seed}:{index}")
    variant = rng.choices([v for v, _ in variants], [w for _, w in variants])[0]
    case = rng.choices(list(case_weights), list(case_weights.values()))[0]
    ctx = context(rng)
    variant(ctx)
    text, spans = ctx.builder.render(case)
    stripped = text.rstrip()
    spans = [s for s in spans if s["end"] <= len(stripped)]
    pt = ctx.people.get("pt")
    meta = {"note_type": variant.__name__, "lang": lang, "patient": f"synth-{lang}-{seed}-{index}", "case": case,
            "synthetic": True, "generator_seed": seed, "patient_culture": ctx.patient_culture,
            "patient_gender": pt.gender if pt else ctx.patient_gender, "names": ctx.names_meta()}
    return {"id": f"synth-{lang}-{seed}-{index:06d}", "text": stripped, "spans": spans, "meta": meta}
