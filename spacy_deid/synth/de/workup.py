"""German work-up sections with an open vocabulary: laboratory panels, findings, medication lines,
diagnoses with their ICD-10 codes, "Z. n." history lines with their years, tumour staging,
neurological tests and letter boilerplate, whose words are drawn from tens of thousands rather than
typed in. ``section`` returns a template: its dates and years are slots (``{year11}``,
``{date12:mm_yyyy}``) that the note context fills and labels, as real history lines date their
events.

German capitalises every noun, and a real letter names hundreds of organs, findings, parameters and
drugs that no template holds. A model that has only seen a few dozen of them takes the others for
names and places, so these lines draw:

- everyday German words (``lexicons/common_words.py``: wordfreq words that are nobody's name nor a
  town, folded, shipped) as nouns, alone or joined into compounds as German builds them;
- drug and brand names of the shipped lexicon (drug-named-entity-recognition, international);
- ICD-10 codes, staging and values made from their shapes.

Nothing but the slots is PHI. Written for this project; no corpus is read."""
from __future__ import annotations

import random
import string
from functools import lru_cache
from typing import Callable, List, Sequence, Tuple


@lru_cache(maxsize=1)
def _words() -> Tuple[str, ...]:
    from ...lexicons.common_words import common_words

    return tuple(sorted(w for w in common_words("de") if w.isalpha() and len(w) >= 4))


@lru_cache(maxsize=1)
def _drugs() -> Tuple[str, ...]:
    from ...lexicons import DRUG, NAME, PLACE, load_lexicon

    return tuple(w for w in load_lexicon().vocabulary(DRUG, NAME | PLACE) if w.isalpha() and 4 <= len(w) <= 16)


def noun(rng: random.Random) -> str:
    """A capitalised German word, one time in four a compound of two ("Nieren" + "werte")."""
    words = _words()
    if not words:
        return "Befund"
    word = rng.choice(words)
    if rng.random() < 0.25:
        word += rng.choice(words)
    return word[:1].upper() + word[1:]


def drug(rng: random.Random) -> str:
    drugs = _drugs()
    name = rng.choice(drugs) if drugs else "ramipril"
    return name.upper() if rng.random() < 0.1 else name[:1].upper() + name[1:]


def abbreviation(rng: random.Random) -> str:
    """A laboratory or clinical abbreviation's shape: "GGT", "Krea", "P-Amylase", "HbA1c"."""
    letters = string.ascii_uppercase
    r = rng.random()
    if r < 0.5:
        return "".join(rng.choice(letters) for _ in range(rng.randint(2, 4)))
    if r < 0.8:
        word = noun(rng)
        return word[: rng.randint(3, 5)]
    return rng.choice(letters) + "-" + noun(rng)


def icd_code(rng: random.Random) -> str:
    code = rng.choice("ABCDEFGIJKLMNOQRSTZ") + f"{rng.randint(0, 99):02d}"
    return code + (f".{rng.randint(0, 9)}" if rng.random() < 0.6 else "")


def _value(rng: random.Random) -> str:
    value = rng.choice([f"{rng.uniform(0, 20):.1f}".replace(".", ","), str(rng.randint(1, 999)), f"{rng.uniform(0, 3):.2f}"])
    unit = rng.choice(["", "", " mg/dl", " U/l", " mmol/l", " g/dl", " %", " /nl", " ng/ml", " µg/l"])
    return value + unit


def lab_panel(rng: random.Random) -> str:
    """ "Labor: BB, Niere (Krea, Harnstoff), Leber (GGT, AP) unauffällig" or values in a row."""
    if rng.random() < 0.5:
        groups = []
        for _ in range(rng.randint(2, 5)):
            inner = ", ".join(abbreviation(rng) for _ in range(rng.randint(1, 4)))
            groups.append(f"{noun(rng)} ({inner})" if rng.random() < 0.7 else abbreviation(rng))
        tail = rng.choice([" unauffällig.", " im Normbereich.", ", übrige Werte unauff.", "."])
        head = rng.choice(["Labor", "Aufnahmelabor", "Routinelabor", "Labor vom {date13:day_month}", "Kontrolllabor"])
        return f"{head}: {', '.join(groups)}{tail}"
    items = [f"{rng.choice([noun(rng), abbreviation(rng)])} {_value(rng)}" for _ in range(rng.randint(3, 7))]
    return rng.choice(["Labor: ", "Labor vom {date14:dot}: ", "Urinstatus: ", "BGA: ", ""]) + ", ".join(items) + "."


FINDING_FORMS = [
    "{n} unauffällig.", "{n} reizlos.", "{n} nicht tastbar.", "{n} bland.", "leichte {n}.", "Kein Hinweis auf {n}.",
    "{n}: {n2} unauffällig.", "{n} und {n2} regelrecht.", "Im Übrigen {n} ohne Befund.", "{n} o.B.",
    "Deutliche {n} {side}.", "{n} {side} nicht beurteilbar.", "{n}, {n2}, {n3} unauffällig.",
    "Verdacht auf {n}.", "{n} mit {n2}.", "Kein Nachweis von {n}.", "{n} frei.",
]
SIDES = ["rechts", "links", "bds.", "li.", "re.", "beidseits", "basal", "apikal", "axillär", "zentral"]
DOSES = ["1-0-0", "1-0-1", "0-0-1", "1-1-1", "½-0-½", "1/2-0-1/2", "b. Bed.", "3x tgl.", "2 x 1", "4 x 1", "1x wöchentl."]
FORMS = ["", "", "ret.", "Tbl.", "Kps.", "Tropfen", "Brause-Tbl.", "Supp.", "Hub", "s.c.", "i.v.", "p.o."]


def finding(rng: random.Random) -> str:
    return rng.choice(FINDING_FORMS).format(n=noun(rng), n2=noun(rng), n3=noun(rng), side=rng.choice(SIDES))


def history_line(rng: random.Random) -> str:
    """ "Z. n. <noun> <year>", "<noun> (<month>/<year>)": a past event, dated as letters date them."""
    event = rng.choice([noun(rng), f"{noun(rng)} {rng.choice(SIDES)}", f"{noun(rng)} bei {noun(rng)}"])
    return rng.choice([f"Z. n. {event}", f"Z. n. {event} {{year11}}", f"Zustand nach {event} {{year12}}",
                       f"{event} ({{date15:mm_yyyy}})", f"{event}, ED {{year11}}", f"{{year12}} {event}", staging(rng)])


def medication_line(rng: random.Random) -> str:
    name = drug(rng) + ("®" if rng.random() < 0.1 else "")
    dose = f"{rng.choice(['2,5', '5', '10', '20', '40', '50', '100', '200', '400', '500', '1000'])} {rng.choice(['mg', 'mg', 'µg', 'IE', 'ml', 'g'])}"
    r = rng.random()
    if r < 0.5:
        return f"{name} {dose} {rng.choice(DOSES)}"
    if r < 0.75:
        return f"{name} {rng.choice(FORMS)} {rng.choice(DOSES)}".replace("  ", " ")
    return f"{name}  - {dose.replace(' ', '')} {rng.choice(['Bolus', 'Perfusor', 'Kurzinfusion'])} in {rng.choice(['50', '100', '250', '500'])}ml"


def diagnosis_with_code(rng: random.Random) -> str:
    text = rng.choice([noun(rng), f"{noun(rng)} {rng.choice(SIDES)}", f"{noun(rng)} bei {noun(rng)}"])
    return f"{text} ({icd_code(rng)})" if rng.random() < 0.8 else f"{icd_code(rng)} {text}"


def staging(rng: random.Random) -> str:
    t = f"{rng.choice(['p', 'c', 'yp', ''])}T{rng.randint(1, 4)}{rng.choice(['', 'a', 'b', 'c'])}"
    n = f"{rng.choice(['p', 'c', ''])}N{rng.randint(0, 3)}"
    stage = f"{t} {n} M{rng.choice(['0', '1', 'X'])} G{rng.randint(1, 3)} R{rng.choice(['0', '1', 'X'])}"
    return rng.choice([f"TNM: {stage}", f"Histologie: {noun(rng)}, {stage}", f"Stadium {stage}", f"{noun(rng)} {stage}"])


NEURO_TESTS = ["Romberg-Stehversuch", "Armhalteversuch", "Beinhalteversuch", "Diadochokinese", "Seiltänzergang",
               "Blindgang", "Zehengang", "Hackengang", "Lasègue-Zeichen", "Babinski-Zeichen", "Trömner-Reflex",
               "Muskeleigenreflexe", "Sensibilität", "Okulomotorik", "Pupillomotorik"]
LETTER_LINES = ["Vorläufiger Arztbrief", "Seite 1 von 2", "Bitte Rückseite beachten", "Kopie an: Hausarzt",
                "Der Brief wurde elektronisch erstellt und ist ohne Unterschrift gültig.",
                "Sehr geehrte Damen und Herren,", "Mit freundlichen kollegialen Grüßen"]


def neuro(rng: random.Random) -> str:
    tests = rng.sample(NEURO_TESTS, rng.randint(2, 4))
    results = ["sicher", "unauffällig", "intakt", "regelrecht", "unsicher", "leicht dysmetrisch", "beidseits unauff."]
    return ", ".join(f"{t} {rng.choice(results)}" for t in tests) + "."


def _listed(rng: random.Random, items: Sequence[str]) -> str:
    return "\n" + "\n".join(items) if rng.random() < 0.7 else "; ".join(items) + "."


KINDS: List[Tuple[List[str], Callable[[random.Random], str]]] = [
    (["Labor", "Laborbefunde", "Relevante Befunde"], lab_panel),
    (["Befund", "Aufnahmebefund", "Körperliche Untersuchung", "Entlassungsbefund"],
     lambda rng: " ".join(finding(rng) for _ in range(rng.randint(2, 5)))),
    (["Medikation", "Aktuelle Medikation", "Entlassmedikation", "Therapieempfehlung"],
     lambda rng: _listed(rng, [medication_line(rng) for _ in range(rng.randint(2, 6))])),
    (["Diagnosen", "Nebendiagnosen", "Diagnosen (ICD 10)"],
     lambda rng: _listed(rng, [diagnosis_with_code(rng) for _ in range(rng.randint(1, 5))])),
    (["Vorgeschichte", "Anamnese", "Onkologische Anamnese", "Vorerkrankungen"],
     lambda rng: _listed(rng, [history_line(rng) for _ in range(rng.randint(1, 4))])),
    (["Neurologischer Befund", "Neurostatus"], neuro),
]


def section(rng: random.Random) -> str:
    """A work-up section's template: a header and its body, or a line of letter boilerplate."""
    if rng.random() < 0.12:
        return rng.choice(LETTER_LINES)
    headers, body = rng.choice(KINDS)
    return f"{rng.choice(headers)}: {body(rng)}"
