"""The Spanish note context: Spanish people (a given name, often compound, and two family names),
Spanish dates, places and identifiers; the template language is the English generator's
(``synth/context.py``: ``[[a|b]]`` choices, ``{kind:form}`` slots)."""
from __future__ import annotations

import random
from typing import Dict, List, Optional, Tuple

from ..builder import NoteBuilder
from ..context import NoteContext
from ..names import Person, faker_for
from ..values import random_base_date
from . import values as V

# Spanish-speaking locales of Faker for names and places, by share.
LOCALES = {"es_ES": 8, "es_MX": 1, "es_AR": 0.5, "es_CO": 0.5, "es_CL": 0.3}
NAME_FORMS = {
    "pt": {"full": 4, "short": 2, "last_first": 1.5, "surnames": 1, "first": 0.5, "compound": 0.5},
    "dr": {"full": 3, "short": 2, "last": 2, "surnames": 1, "init_last": 0.5},
    "rel": {"first": 4, "full": 2, "short": 1},
}
TITLES_DR = {"female": ["Dra.", "Dra", "Doctora", "la Dra."], "male": ["Dr.", "Dr", "Doctor", "el Dr."]}
TITLES_PT = {"female": ["Sra.", "Dña.", "doña", "la Sra."], "male": ["Sr.", "D.", "don", "el Sr."]}


def _weighted(rng: random.Random, table: Dict[str, float]) -> str:
    return rng.choices(list(table), list(table.values()))[0]


class SpanishNoteContext(NoteContext):
    """The entities of one Spanish note (see ``NoteContext``)."""

    PHI_KINDS = {**NoteContext.PHI_KINDS, "prov": "LOCATION_OTHER", "town": "LOCATION_OTHER", "dni": "SSN"}

    def __init__(self, rng: random.Random):  # noqa: D107  (a fresh state, not the English one)
        self.rng = rng
        self.builder = NoteBuilder()
        self.locale = _weighted(rng, LOCALES)
        self.fake = faker_for(self.locale)
        self.fake.seed_instance(rng.getrandbits(32))
        self.base_date = random_base_date(rng)
        self.people: Dict[str, Person] = {}
        self.roles: Dict[str, str] = {}
        self.relations: Dict[str, str] = {}
        self.values: Dict[str, str] = {}
        self.dates = {}
        self.patient_culture = "hispanic"
        self.patient_gender = rng.choice(("female", "male"))
        self.name_case = rng.choices(["as_is", "upper", "lower"], [0.9, 0.07, 0.03])[0]
        self.date_formats = rng.sample(list(V.DATE_FORMATS), k=rng.randint(1, 3))
        self.age = rng.choices([rng.randint(18, 89), rng.randint(90, 101), rng.randint(0, 17)], [0.88, 0.05, 0.07])[0]

    # ------------------------------------------------------------------ people
    def _spanish_person(self, gender: Optional[str] = None, last: Optional[str] = None) -> Person:
        rng = self.rng
        gender = gender or rng.choice(("female", "male"))
        fake = faker_for(_weighted(rng, LOCALES))
        fake.seed_instance(rng.getrandbits(32))
        first = fake.first_name_female() if gender == "female" else fake.first_name_male()
        second = fake.first_name_female() if gender == "female" else fake.first_name_male()
        ap1 = last or fake.last_name()
        ap2 = fake.last_name()
        return Person(first, f"{ap1} {ap2}", second, gender, "hispanic")

    def person(self, key: str, role: str) -> Person:
        if key not in self.people:
            rng = self.rng
            if role == "pt":
                p = self._spanish_person(self.patient_gender)
            elif role == "rel":
                pt = self.person("pt", "pt")
                p = self._spanish_person(None, pt.last.split()[0] if rng.random() < 0.5 else None)
                self.relations[key] = rng.choice(V.RELATIONS_F if p.gender == "female" else V.RELATIONS_M)
            else:
                p = self._spanish_person()
            self.people[key] = p
            self.roles[key] = role
        return self.people[key]

    def _title(self, p: Person, role: str) -> Tuple[str, str]:
        rng = self.rng
        title = rng.choice(TITLES_DR[p.gender] if role in ("dr", "rn") else TITLES_PT[p.gender])
        return title, rng.choice(["full", "short", "last", "surnames"])

    def _name_forms(self, role: str) -> Dict[str, float]:
        return NAME_FORMS.get(role, NAME_FORMS["dr"])

    def _name_text(self, p: Person, form: str) -> List[Tuple[str, bool]]:
        ap1, ap2 = p.last.split(" ", 1)
        text = {
            "full": f"{p.first} {ap1} {ap2}", "short": f"{p.first} {ap1}", "last_first": f"{ap1} {ap2}, {p.first}",
            "last": ap1, "surnames": f"{ap1} {ap2}", "first": p.first, "compound": f"{p.first} {p.middle} {ap1} {ap2}",
            "init_last": f"{p.first[:1]}. {ap1}",
        }[form]
        return [(text, True)]

    # ------------------------------------------------------------------ dates and places
    def _date_text(self, key: str, form: Optional[str]) -> str:
        d = self.date(key)
        if form is None:
            fmt = self.rng.choice(self.date_formats)
            if key == "dob" and fmt in ("month_year", "day_month", "year"):
                fmt = "dmy_slash"
            return V.format_date(self.rng, d, fmt)
        return V.format_date(self.rng, d, form)

    def _place(self, kind: str) -> str:
        rng, fake = self.rng, self.fake
        if kind == "hosp":
            return rng.choice(V.HOSPITAL_PATTERNS).format(
                last=fake.last_name(), city=fake.city(), saint=rng.choice(V.SAINTS),
                virgin=rng.choice(V.VIRGINS), barrio=rng.choice(V.BARRIOS))
        if kind == "org":
            return rng.choice(V.ORGS).format(last=fake.last_name(), saint=rng.choice(V.SAINTS), city=fake.city())
        if kind == "street":
            name = fake.last_name() if rng.random() < 0.4 else fake.street_name().split(" ", 1)[-1]
            unit = rng.choice(["", f", {rng.randint(1, 9)}º {rng.choice('ABCDEFGH')}", f", {rng.randint(1, 9)}{rng.choice('ABCD')}",
                               f", piso {rng.randint(1, 9)}, puerta {rng.randint(1, 4)}", f" bajo {rng.choice('AB')}"])
            return f"{rng.choice(V.STREET_TYPES)} {name} {rng.randint(1, 150)}{unit}"
        if kind in ("city", "town"):
            return fake.city()
        if kind in ("state", "prov"):
            for method in ("state_name", "state", "province", "administrative_unit"):
                if hasattr(fake, method):
                    return getattr(fake, method)()
            return faker_for("es_ES").state_name()
        if kind == "zip":
            return f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}"
        if kind == "country":
            return rng.choice(V.COUNTRIES)
        if kind == "room":
            return rng.choice([f"{rng.randint(1, 9)}{rng.randint(1, 40):02d}", f"{rng.randint(100, 999)}-{rng.choice('AB')}"])
        if kind in ("dept", "loc"):
            return rng.choice(["Unidad {last}", "planta {n}ª", "Pabellón {last}"]).format(last=fake.last_name(), n=rng.randint(1, 9))
        raise KeyError(kind)

    def _value(self, kind: str, key: str, form: Optional[str]) -> str:
        rng = self.rng
        if kind in ("hosp", "org", "dept", "room", "street", "city", "state", "zip", "country", "loc", "prov", "town"):
            if key not in self.values:
                self.values[key] = self._place(kind)
            return self.values[key]
        if kind == "age":
            age = str(self.age) if key == "age" else self.values.setdefault(key, str(rng.randint(1, 99)))
            return age if form != "years" else f"{age} años"
        if kind == "prof":
            return self.values.setdefault(key, rng.choice(V.PROFESSIONS))
        makers = {"phone": V.phone, "fax": V.phone, "mrn": V.nhc, "hp": V.nass, "lic": V.colegiado, "dni": V.dni_number,
                  "ssn": V.dni_number}
        if kind in makers:
            if key not in self.values:
                self.values[key] = makers[kind](rng)
            return self.values[key]
        if kind == "email":
            if key not in self.values:
                p = self.people.get("dr") or self.people.get("pt")
                user = (p.first[:1] + p.last.split()[0]).lower() if p else self.fake.user_name()
                self.values[key] = f"{user}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(['gmail.com', 'hotmail.es', 'yahoo.es', 'salud.example.es', 'telefonica.net'])}"
            return self.values[key]
        return super()._value(kind, key, form)

    def _filler(self, kind: str, form: Optional[str]) -> Optional[str]:
        rng = self.rng
        table = {
            "clinical": lambda: V.clinical_sentence(rng), "drug": lambda: rng.choice(V.DRUGS),
            "followup": lambda: rng.choice(V.CLINICAL_FOLLOWUP).format(n=rng.randint(2, 8)),
            "n": lambda: str(rng.randint(1, 12)), "sex": lambda: self._sex(form),
            "o": lambda: "a" if self.patient_gender == "female" else "o",
            "a": lambda: "a" if self.patient_gender == "female" else "",
            "relo": lambda: "a" if self.relations.get("rel") in V.RELATIONS_F else "o",
            "el": lambda: "la" if self.patient_gender == "female" else "el",
        }
        fn = table.get(kind)
        return fn() if fn else None

    def _sex(self, form: Optional[str]) -> str:
        f = self.patient_gender == "female"
        if form == "letter":
            return "M" if f else "V"
        return self.rng.choice(["mujer", "paciente"] if f else ["varón", "hombre", "paciente"])
