"""The per-note context: the people, places and dates of one note, and the template filler.

Templates are plain strings with two kinds of markup:

- ``[[a|b|c]]`` picks one alternative at random (nesting allowed, an empty one is allowed);
- ``{kind}``, ``{kind2}``, ``{kind:form}`` inserts a value. The same ``kind`` + digit names the
  same entity throughout the note (repeated mentions), and each mention may take a different
  surface form. PHI kinds become exact spans; filler kinds (drugs, vitals, ...) plain text.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from typing import Callable, Dict, List, Optional, Tuple

from faker import Faker

from . import clinical as C
from . import values as V
from .builder import NoteBuilder
from .names import (NAME_FORMS_DOCTOR, NAME_FORMS_NURSE, NAME_FORMS_PATIENT, NAME_FORMS_RELATIVE,
                    Person, faker_for, make_person, name_form, pick_culture)

_ALT = re.compile(r"\[\[([^\[\]]*)\]\]")
_SLOT = re.compile(r"\{([a-z_]+?)(\d*)(?::([a-z_]+))?\}")

Piece = Tuple[str, Optional[str]]

# Faker locales for addresses and companies, by rough share.
ADDRESS_LOCALES = {"en_US": 8, "en_GB": 1, "en_CA": 1, "en_AU": 0.5, "en_IE": 0.3, "es_MX": 0.3, "en_IN": 0.3}


def split_facility(value: str, label: str) -> List[Piece]:
    """A facility name as annotated here: its generic head words ("Hospital", "Medical Center",
    "Nursing Home") stay outside the span, as they identify nobody ("[Grafton] Hospital")."""
    from ..finders.cues import GENERIC_FACILITY_HEADS

    words = value.split(" ")
    cut = len(words)
    while cut > 1 and words[cut - 1].lower().strip(".,") in GENERIC_FACILITY_HEADS:
        cut -= 1
    if cut == len(words):
        return [(value, label)]
    return [(" ".join(words[:cut]), label), (" " + " ".join(words[cut:]), None)]


def _weighted(rng: random.Random, table: Dict[str, float]) -> str:
    return rng.choices(list(table), list(table.values()))[0]


class NoteContext:
    """Holds the entities of one note and renders templates into a :class:`NoteBuilder`."""

    # Per-note habits a language's context may change (``locale_context``): how names are cased,
    # the date formats the writer picks from, the age ranges (adult, over 89, child) and weights.
    NAME_CASES: Tuple[Tuple[str, ...], Tuple[float, ...]] = (("as_is", "upper", "lower", "mixed"), (0.8, 0.08, 0.06, 0.06))
    AGE_RANGES: Tuple[Tuple[int, int], ...] = ((18, 89), (90, 104), (0, 17))
    AGE_WEIGHTS: Tuple[float, ...] = (0.88, 0.06, 0.06)

    def __init__(self, rng: random.Random, patient_culture: Optional[str] = None,
                 patient_gender: Optional[str] = None):
        # the order of the draws from ``rng`` is the generator's contract: same seed, same notes
        self.rng = rng
        self.builder = NoteBuilder()
        self.fake: Faker = self._address_faker(rng)
        self.fake.seed_instance(rng.getrandbits(32))
        self.base_date = V.random_base_date(rng)
        self.people: Dict[str, Person] = {}
        self.roles: Dict[str, str] = {}
        self.relations: Dict[str, str] = {}
        self.values: Dict[str, str] = {}
        self.dates: Dict[str, dt.date] = {}
        self.patient_culture = patient_culture or self._culture(rng)
        self.patient_gender = patient_gender or rng.choice(("female", "male"))
        cases, weights = self.NAME_CASES
        self.name_case = rng.choices(list(cases), list(weights))[0]
        self.date_formats = rng.sample(self._date_format_names(), k=rng.randint(1, 3))
        self.age = rng.choices([rng.randint(a, b) for a, b in self.AGE_RANGES], list(self.AGE_WEIGHTS))[0]

    def _address_faker(self, rng: random.Random) -> Faker:
        return faker_for(_weighted(rng, ADDRESS_LOCALES))

    def _culture(self, rng: random.Random) -> str:
        return pick_culture(rng)

    def _date_format_names(self) -> List[str]:
        return list(V.DATE_WEIGHTS)

    # ------------------------------------------------------------------ people
    def person(self, key: str, role: str) -> Person:
        if key not in self.people:
            rng = self.rng
            if role == "pt":
                p = make_person(rng, self.patient_culture, self.patient_gender)
            elif role == "rel":
                pt = self.person("pt", "pt")
                culture = pt.culture if rng.random() < 0.8 else None
                last = pt.last if rng.random() < 0.5 else None
                p = make_person(rng, culture, None, last)
                self.relations[key] = rng.choice(V.RELATIONS_F if p.gender == "female" else V.RELATIONS_M)
            else:
                p = make_person(rng)
            self.people[key] = p
            self.roles[key] = role
        return self.people[key]

    def _case_name(self, text: str) -> str:
        mode = self.name_case
        if mode == "mixed":
            mode = self.rng.choice(["as_is", "upper", "lower"])
        return text.upper() if mode == "upper" else text.lower() if mode == "lower" else text

    def _name_pieces(self, key: str, role: str, form: Optional[str]) -> List[Piece]:
        rng = self.rng
        p = self.person(key, role)
        label = "DOCTOR" if role in ("dr", "rn") else "PATIENT"
        if form == "relation":
            return [(self.relations.get(key) or rng.choice(V.RELATIONS_F), None)]
        if form in ("dr", "title"):
            title, inner = self._title(p, role)
            return [(title + " ", None)] + self._name_pieces(key, role, inner)
        if form == "cred":
            inner = rng.choices(["full", "first_mi_last", "init_last"], [5, 2, 1])[0]
            cred = rng.choice(V.CREDENTIALS if role == "dr" else ["RN", "RN", "RN, BSN", "NP", "LPN"])
            return self._name_pieces(key, role, inner) + [(rng.choice([", ", " "]) + cred, None)]
        if form is None or form == "any":
            form = _weighted(rng, self._name_forms(role))
        out: List[Piece] = []
        for text, is_name in self._name_text(p, form):
            out.append((self._case_name(text), label) if is_name else (text, None))
        return out

    # The language-specific parts of a name (a subclass for another language overrides these).
    def _title(self, p: Person, role: str) -> Tuple[str, str]:
        """A title before the name, and the form of the name after it."""
        rng = self.rng
        title = rng.choice(V.TITLES_DR) if role == "dr" else rng.choice(V.TITLES_PT[p.gender])
        if role == "rn":
            title = rng.choice(["RN", "Nurse", "nurse", "RN"])
        return title, rng.choices(["last", "full", "init_last"], [6, 3, 1])[0]

    def _name_forms(self, role: str) -> Dict[str, float]:
        return {"pt": NAME_FORMS_PATIENT, "dr": NAME_FORMS_DOCTOR, "rn": NAME_FORMS_NURSE,
                "rel": NAME_FORMS_RELATIVE}[role]

    def _name_text(self, p: Person, form: str) -> List[Tuple[str, bool]]:
        return name_form(p, form)

    # ------------------------------------------------------------------ dates
    def date(self, key: str) -> dt.date:
        if key not in self.dates:
            if key == "dob":
                self.dates[key] = self.base_date - dt.timedelta(days=365 * self.age + self.rng.randrange(365))
            else:
                offset = 0 if key == "date" else self.rng.randint(-400, 60)
                self.dates[key] = self.base_date + dt.timedelta(days=offset)
        return self.dates[key]

    def _date_text(self, key: str, form: Optional[str]) -> str:
        d = self.date(key)
        if form is None:
            fmt = self.rng.choice(self.date_formats) if self.rng.random() < 0.7 else ""
            if key == "dob" and fmt in ("md_slash", "md_slash_pad", "md_dash", "year", "month_year", "my_slash",
                                         "month_day", "abbr_dot_day", "month_ordinal"):
                fmt = "mdy_slash"
            return V.format_date(self.rng, d, fmt)
        if form == "short":
            return V.format_date(self.rng, d, self.rng.choice(["md_slash", "md_slash", "md_slash_pad", "month_day",
                                                               "abbr_dot_day", "md_dash"]))
        if form == "full":
            return V.format_date(self.rng, d, self.rng.choice(["mdy_slash", "mdy_slash_short", "month_day_year",
                                                               "iso", "dmy_dash_abbr", "mdy_slash_nopad"]))
        return V.format_date(self.rng, d, form)

    # ------------------------------------------------------------------ places
    def _place(self, kind: str) -> str:
        rng, fake = self.rng, self.fake
        last = lambda: make_person(rng, rng.choice(["english_us", "english_us", "english_gb", "irish", "italian"])).last
        if kind == "hosp":
            pat = rng.choice(V.HOSPITAL_PATTERNS)
            return pat.format(city=fake.city(), saint=rng.choice(V.SAINTS), last=last(), last2=last(),
                              state=fake.state() if hasattr(fake, "state") else "Vermont",
                              acronym=V.acronym(rng))
        if kind == "dept":
            return rng.choice(V.DEPARTMENT_PATTERNS).format(last=last(), num=rng.randint(1, 14),
                                                            floor=rng.choice(["2nd", "3rd", "4th", "5th"]),
                                                            letter=rng.choice("ABCDEFGHJKLMNPRS"))
        if kind == "loc":
            return rng.choice(V.LANDMARKS).format(last=last(), city=fake.city())
        if kind == "org":
            return fake.company()
        if kind == "street":
            return fake.street_address()
        if kind == "city":
            return fake.city()
        if kind == "state":
            if rng.random() < 0.5:
                return rng.choice(V.US_STATES_ABBR)
            return fake.state() if hasattr(fake, "state") else faker_for("en_US").state()
        if kind == "zip":
            return fake.postcode()
        if kind == "country":
            return rng.choice(V.COUNTRIES)
        if kind == "room":
            return rng.choice([f"{rng.randint(1, 12)}{rng.randint(0, 40):02d}", f"{rng.randint(1, 40)}",
                               f"{rng.randint(100, 999)}{rng.choice('AB')}", f"{rng.randint(1, 30)}-{rng.randint(1, 4)}"])
        raise KeyError(kind)

    # ------------------------------------------------------------------ dispatch
    PHI_KINDS: Dict[str, str] = {
        "hosp": "HOSPITAL", "org": "ORGANIZATION", "dept": "DEPARTMENT", "room": "ROOM", "street": "STREET",
        "city": "CITY", "state": "STATE", "country": "COUNTRY", "zip": "ZIP", "loc": "LOCATION_OTHER",
        "age": "AGE", "date": "DATE", "dob": "DATE", "year": "DATE", "holiday": "DATE", "phone": "PHONE",
        "fax": "FAX", "email": "EMAIL", "url": "URL", "ip": "IPADDR", "ssn": "SSN", "mrn": "MEDICALRECORD",
        "hp": "HEALTHPLAN", "acct": "ACCOUNT", "lic": "LICENSE", "vehicle": "VEHICLE", "devid": "DEVICE",
        "bioid": "BIOID", "idnum": "IDNUM", "user": "USERNAME", "prof": "PROFESSION",
    }

    def _value(self, kind: str, key: str, form: Optional[str]) -> str:
        rng, fake = self.rng, self.fake
        if kind in ("hosp", "org", "dept", "room", "street", "city", "state", "zip", "country", "loc"):
            if key not in self.values:
                self.values[key] = self._place(kind)
            return self.values[key]
        if kind == "age":
            if key == "age":
                return str(self.age)
            self.values.setdefault(key, str(rng.randint(1, 99)))
            return self.values[key]
        if kind in ("date", "dob"):
            return self._date_text(key, form)
        if kind == "year":
            return str(self.date(key.replace("year", "date") if key != "year" else "date").year - rng.randint(0, 20))
        if kind == "holiday":
            return rng.choice(V.HOLIDAYS)
        if kind == "prof":
            self.values.setdefault(key, rng.choice(V.PROFESSIONS))
            return self.values[key]
        if kind == "user":
            if key not in self.values:
                p = make_person(rng)
                self.values[key] = rng.choice([
                    (p.first[:1] + p.middle[:1] + p.last[:1]).lower(), (p.first[:1] + p.last).lower(),
                    (p.first[:1] + p.last).lower() + str(rng.randint(1, 99)), (p.first[:1] + p.middle[:1] + p.last[:1]).upper(),
                    (p.first[:1] + p.last[:1]).lower(), f"{p.first}.{p.last}".lower()])
            return self.values[key]
        makers: Dict[str, Callable[[random.Random, Faker], str]] = {
            "phone": V.phone, "fax": V.phone, "url": V.url, "ip": V.ipaddr, "ssn": V.ssn, "mrn": V.mrn,
            "hp": V.healthplan, "acct": V.account, "lic": V.license_no, "vehicle": V.vehicle, "devid": V.device_id,
            "bioid": V.bioid, "idnum": V.idnum}
        if kind == "email":
            if key not in self.values:
                p = self.people.get("pt") if rng.random() < 0.5 else None
                self.values[key] = V.email(rng, fake, p.first if p else "", p.last if p else "")
            return self.values[key]
        if key not in self.values:
            self.values[key] = makers[kind](rng, fake)
        return self.values[key]

    def _filler(self, kind: str, form: Optional[str]) -> Optional[str]:
        rng = self.rng
        table: Dict[str, Callable[[], str]] = {
            "drug": lambda: rng.choice(V.DRUGS), "dose": lambda: V.dose(rng), "vitals": lambda: V.vitals(rng),
            "lab": lambda: V.lab_value(rng), "score": lambda: V.score(rng), "eponym": lambda: rng.choice(V.EPONYM_DX),
            "sign": lambda: rng.choice(V.EPONYM_SIGNS), "device": lambda: rng.choice(V.EPONYM_DEVICES),
            "time": lambda: rng.choice(V.TIMES), "weekday": lambda: rng.choice(V.WEEKDAYS + [d[:3] for d in V.WEEKDAYS]),
            "unit": lambda: rng.choice(V.UNITS_GENERIC), "n": lambda: str(rng.randint(1, 12)),
            "nn": lambda: str(rng.randint(10, 99)), "sex": lambda: self._sex(form),
            "he": lambda: "she" if self.patient_gender == "female" else "he",
            "his": lambda: "her" if self.patient_gender == "female" else "his",
            "him": lambda: "her" if self.patient_gender == "female" else "him",
            "labs": lambda: ", ".join(V.lab_value(rng) for _ in range(rng.randint(2, 5))),
            "meds": lambda: "; ".join(V.dose(rng) for _ in range(rng.randint(2, 4))),
            "clinical": lambda: C.prose_sentence(rng).strip(),
            "systems": lambda: self.rng.choice(["\n", " ", "\n", "  "]).join(C.nursing_block(rng, rng.randint(3, 9))),
            "filler": lambda: rng.choice(C.EXTRA_FILLERS),
            "noise": lambda: C.noise_phrase(rng),
            "num": lambda: C.numeric(rng),
        }
        fn = table.get(kind)
        return fn() if fn else None

    def _sex(self, form: Optional[str]) -> str:
        f = self.patient_gender == "female"
        if form == "letter":
            return "F" if f else "M"
        if form == "noun":
            return self.rng.choice(["woman", "female", "lady"] if f else ["man", "male", "gentleman"])
        return "female" if f else "male"

    def slot(self, kind: str, num: str, form: Optional[str]) -> List[Piece]:
        key = kind + num
        if kind in ("pt", "dr", "rn", "rel"):
            return self._name_pieces(key, kind, form)
        if kind in self.PHI_KINDS:
            label = self.PHI_KINDS[kind]
            if kind == "date" and key == "date" and form is None:
                pass
            value = self._value(kind, key, form)
            if kind in ("hosp", "dept", "loc", "org") and self.name_case != "as_is" and self.rng.random() < 0.5:
                value = self._case_name(value)
            if kind == "hosp":
                return split_facility(value, label)
            return [(value, label)]
        filler = self._filler(kind, form)
        if filler is None:
            raise KeyError(f"unknown template slot {kind!r}")
        return [(filler, None)]

    # ------------------------------------------------------------------ rendering
    def expand(self, template: str) -> str:
        """Resolve ``[[a|b]]`` choices, innermost first."""
        while True:
            m = _ALT.search(template)
            if not m:
                return template
            choice = self.rng.choice(m.group(1).split("|"))
            template = template[: m.start()] + choice + template[m.end():]

    def pieces(self, text: str) -> List[Piece]:
        """``text`` (choices already resolved) as pieces: its plain text, and each slot filled
        (``slot``), left to right: the same draws in the same order as they are written."""
        out: List[Piece] = []
        pos = 0
        for m in _SLOT.finditer(text):
            out.append((text[pos: m.start()], None))
            out.extend(self.slot(m.group(1), m.group(2), m.group(3)))
            pos = m.end()
        out.append((text[pos:], None))
        return out

    def emit(self, template: str) -> "NoteContext":
        """Append a template to the note."""
        b = self.builder
        for piece, label in self.pieces(self.expand(template)):
            if label is None:
                b.text(piece)
            else:
                b.phi(piece, label)
        return self

    def lines(self, *templates: str, sep: str = "\n") -> "NoteContext":
        for t in templates:
            self.emit(t)
            self.builder.text(sep)
        return self

    def some(self, templates: List[str], k_min: int = 1, k_max: int = 3, sep: str = "\n",
             shuffle: bool = False) -> "NoteContext":
        """Emit a random subset (in order unless ``shuffle``) of ``templates``."""
        k = self.rng.randint(min(k_min, len(templates)), min(k_max, len(templates)))
        idx = sorted(self.rng.sample(range(len(templates)), k))
        if shuffle:
            self.rng.shuffle(idx)
        for i in idx:
            self.emit(templates[i])
            self.builder.text(sep)
        return self

    def names_meta(self) -> List[Dict[str, str]]:
        return [{"role": self.roles[k], "culture": p.culture, "gender": p.gender} for k, p in self.people.items()]
