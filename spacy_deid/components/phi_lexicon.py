"""``phi_lexicon``: person names and named places from word lists and context, and the veto of
implausible candidates of statistical sources.

Three jobs, in order, each one a module of ``spacy_deid.finders``:

1. **find** person names (``person_names``) and places (``places``) with a score, using the
   lexicon tables (``spacy_deid.lexicons``: name, word, drug, abbreviation and place lists of
   maintained packages) and the context (titles, kinship, credentials, transfer phrases);
2. **propagate** (``propagate``): once the finders found a name or place in a note, its other
   mentions in the note are found too ("Dr. Kim ... Kim reviewed labs"); NER guesses do not
   propagate (one wrong guess would become many);
3. **veto** (``plausibility``): for each candidate an NER put on the Doc (``doc.ents`` or spans of
   a vetoable source), write how implausible it is into ``doc.spans["phi_not"]`` -- "upper
   lobes" is no name, "15/5" no date. The merge step lowers the candidate's score accordingly.

Found spans go to ``doc.spans["phi"]`` with ``source="lexicon"`` and the finder in
``span._.phi_detail`` ("names.title", "places.transfer", ...). Place it after the NER and the
rules: ``nlp.add_pipe("phi_lexicon", after="phi_patterns")``.
"""
from __future__ import annotations

import bisect
import re
import shutil
from collections import OrderedDict
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from ..finders.person_names import NameFinder
from ..finders.places import PlaceFinder
from ..finders.street_names import StreetNameFinder
from ..finders.cues import GENERIC_FACILITY_HEADS
from ..finders.person_names import CUE_WORDS as NOT_NAME_WORDS
from ..finders.clinical_context import coordinated_words, slashed_words
from ..finders.plausibility import (HARD, before_eponym_head, clinical_term, edge_trims, kin_before, named_before,
                                    person_context, veto)
from ..finders.propagate import propagate, seeds_of
from ..finders.words import Word, Words
from ..labels import is_phi_label, to_coarse
from ..lexicons.spelling import SPELLING_FILE
from ..lexicons.tables import ABBREV, DATA_DIR, DRUG, NAME, PLACES_FILE, WORDS_FILE, Lexicon, load_lexicon
from ..merge import DEFAULT_NER_LABEL_MAP, DEFAULT_VETOABLE, model_candidates
from ..spans import NOT_KEY, SPAN_KEY, add_phi_spans, doc_text, span_veto

Match = Tuple[int, int, str, float, str]
PARTICLE_TAIL_SCORE = 0.7  # the particles and name word an NER name left out ("Amber [O Lubhog]", "O [Moidhe]")
CONTEXT_BEFORE, CONTEXT_AFTER = 24, 16  # characters of a candidate's line that vetoes look at


def line_context(text: str, start: int, end: int) -> Tuple[str, str]:
    """The text before and after ``text[start:end]`` on its line, a few words each way."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[max(line_start, start - CONTEXT_BEFORE):start]
    after = text[end:min(end + CONTEXT_AFTER, len(text) if line_end < 0 else line_end)]
    return before, after


class PhiLexicon:
    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        lexicon_path: Optional[str],
        names: bool,
        places: bool,
        propagate: bool,
        veto: bool,
        trim: bool,
        min_score: float,
        propagate_min: float,
        unconfirmed: float,
        propagate_ner: bool = False,
        span_key: str,
        not_key: str,
        source: str,
        vetoable_sources: Sequence[str],
        ner_label_map: Dict[str, str],
        group_memory: bool = True,
        max_groups: int = 10000,
    ):
        self.name = name
        self.lexicon_path = lexicon_path
        self.lexicon: Lexicon = load_lexicon(lexicon_path)
        self.use_names, self.use_places = names, places
        self.use_propagate, self.use_veto = propagate, veto
        self.trim = trim
        self.min_score = min_score
        self.propagate_min = propagate_min
        self.propagate_ner = propagate_ner
        self.unconfirmed = unconfirmed
        self.span_key, self.not_key, self.source = span_key, not_key, source
        self.vetoable = set(vetoable_sources)
        self.ner_label_map = dict(ner_label_map)
        self.name_finder = NameFinder(min_score)
        self.place_finder = PlaceFinder(self.lexicon, min_score)
        self.street_finder = StreetNameFinder()
        self.group_memory = group_memory
        self.max_groups = max_groups
        self._memory: "OrderedDict[str, Dict[str, Tuple[str, float]]]" = OrderedDict()

    def _remember(self, group: str, seeds: Dict[str, Tuple[str, float]]) -> None:
        """Keep the group's names for its later notes (in memory only, least recent group dropped)."""
        known = self._memory.pop(group, {})
        for word, (label, score) in seeds.items():
            if word not in known or score > known[word][1]:
                known[word] = (label, score * 0.95)
        self._memory[group] = known
        while len(self._memory) > self.max_groups:
            self._memory.popitem(last=False)

    def forget(self) -> None:
        """Drop the names remembered per group (a batch job starting over: a Spark task retried,
        a new partition), so that what a note gets never depends on an earlier, failed attempt."""
        self._memory.clear()

    # -- the three jobs ---------------------------------------------------------------------
    def find(self, words: Words) -> List[Match]:
        names = self.name_finder.find(words) if self.use_names else []
        places = self.place_finder.find(words) + self.street_finder.find(words) if self.use_places else []
        return [m for m in resolve(names, places) if not self._term(words, m)]

    def _drug_next(self, before: str, after: str, inside: Sequence[Word] = ()) -> bool:
        """A drug glued to the candidate by a slash ("Fent/versed"), or joined to a candidate of
        unknown or ordinary words only by "and" or "&" ("metol & lasix"; never "Grace and lasix",
        and a drug that is also a listed name does not count)."""
        if any(self.lexicon.flags(w) & DRUG for w in slashed_words(before, after)):
            return True
        alpha = [w for w in inside if w.is_alpha]
        if not alpha or any(w.cls not in ("unknown", "ordinary") for w in alpha):
            return False
        return any(self.lexicon.flags(w) & DRUG and not self.lexicon.flags(w) & NAME
                   for w in coordinated_words(before, after))

    def _term(self, words: Words, m: Match) -> bool:
        """A found name or place that is a term: its clinical context makes it one ("no VEA",
        "Fent 25ug"), or, all name-like words, it stands before a device noun, an eponym or a brand
        ("Passy Muir valve", "Quinton catheter"; not "Sacred Heart" before "Vital signs")."""
        start, end = m[0], m[1]
        lo, hi = bisect.bisect_left(words.starts, start), bisect.bisect_left(words.starts, end)
        inside = words.items[lo:hi]
        before, after = line_context(words.text, start, end)
        alpha = [w for w in inside if w.is_alpha]
        if (alpha and all(w.cls in ("name", "ambiguous", "unknown") for w in alpha) and before_eponym_head(before, after)
                and not (hi < len(words.items) and self.place_finder.insulin_protocol_name(words, hi))):
            return True  # (not "insulin per Zoryan scale": a hospital's protocol)
        return clinical_term(inside, before, after, self._drug_next(before, after, inside))

    def candidates(self, doc: Doc) -> List[Tuple[int, int, str]]:
        """(start, end, coarse label) of every candidate of a vetoable source on the doc."""
        found = model_candidates(doc, self.span_key, self.vetoable, self.ner_label_map)
        return sorted({(s, e, to_coarse(label)) for s, e, label in found})

    def vetoes(self, doc: Doc, words: Words, found: Sequence[Match],
               tails: Optional[List[Match]] = None, kept: Optional[List[Tuple[int, int, str]]] = None) -> List[Match]:
        text = words.text
        starts = words.starts
        strong = [(s, e) for s, e, _, sc, _ in found if sc >= 0.5]
        rule_spans = [
            (sp.start_char, sp.end_char, to_coarse(sp.label_)) for sp in doc.spans[self.span_key]
            if sp.id_ == "rules" and is_phi_label(sp.label_)
        ] if self.span_key in doc.spans else []
        out: List[Match] = []
        for start, end, label in self.candidates(doc):
            lo = bisect.bisect_left(starts, start)
            hi = bisect.bisect_left(starts, end, lo)
            inside = words.items[lo:hi]
            support = any(s < end and start < e for s, e in strong)
            rules_same = any(s < end and start < e and lab == label for s, e, lab in rule_spans)
            before, after = line_context(text, start, end)
            gazetteer = label == "LOCATION" and len(inside) > 1 and bool(
                self.lexicon.place_kind(" ".join(w.lower for w in inside if w.is_alpha)))
            v = veto(label, text[start:end], inside, support, rules_same, self.unconfirmed, before, after, gazetteer,
                     self._drug_next(before, after, inside), _city_before(words, lo), words.mixed_case,
                     not words.mixed_case and _name_before(words, lo, found))
            if v > 0.0:
                out.append((start, end, "NOT_PHI", v, f"veto.{label}"))
                continue
            if kept is not None and label in ("NAME", "LOCATION"):
                kept.append((start, end, label))
            if label == "NAME" and tails is not None:
                head = NameFinder.particle_head(words, start)
                if head is not None:  # "O [MOIDHE]": the particles before a name the NER found
                    tails.append((head[0], head[1], "NAME", PARTICLE_TAIL_SCORE, "names.particle_head"))
                tail = NameFinder.particle_tail(words, end)
                if tail is not None:  # "Amber [O Lubhog]": the particles and the name word the NER left
                    tails.append((tail[0], tail[1], "NAME", PARTICLE_TAIL_SCORE, "names.particle_tail"))
                head = NameFinder.hyphen_head(words, start)
                if head is not None and not any(s < head[1] and head[0] < e for s, e, *_ in out):
                    # "[Yu]-En Cao RN": the first part of a hyphenated name (not where a vetoed guess
                    # lies, which the head would stretch over its words: "page Chin")
                    tails.append((head[0], head[1], "NAME", PARTICLE_TAIL_SCORE, "names.hyphen_head"))
                tail = NameFinder.hyphen_tail(words, end)
                if tail is not None:  # "Chia[-Hao]": the rest of a hyphenated name
                    tails.append((tail[0], tail[1], "NAME", PARTICLE_TAIL_SCORE, "names.hyphen_tail"))
                tail = NameFinder.dangling_tail(words, start, end)
                if tail is not None:  # "[NGUYEN VAN] AN": a name ends in no particle
                    tails.append((tail[0], tail[1], "NAME", PARTICLE_TAIL_SCORE, "names.dangling_tail"))
            if label == "NAME":
                out.extend(place_after_name(inside, found))
            out.extend(split_between_people(inside, found))
            if self.trim:
                person = label == "NAME" and (person_context(before, after) or kin_before(before) or named_before(before))
                for s, e in edge_trims(label, inside, NOT_NAME_WORDS, GENERIC_FACILITY_HEADS, words.mixed_case, person):
                    out.append((s, e, "NOT_PHI", HARD, f"trim.{label}"))
        return out

    def __call__(self, doc: Doc) -> Doc:
        words = Words(doc_text(doc), self.lexicon)
        found = self.find(words)
        tails: List[Match] = []
        kept: List[Tuple[int, int, str]] = []  # NER names and places no veto touched
        not_spans = self.vetoes(doc, words, found, tails, kept) if self.use_veto else []
        for start, end, label, score, _ in list(found):
            head = NameFinder.particle_head(words, start) if to_coarse(label) == "NAME" and score >= 0.5 else None
            if head is not None:  # "per o [moidhe]": the particles before a name the finders found
                tails.append((head[0], head[1], label, min(score, PARTICLE_TAIL_SCORE), "names.particle_head"))
        found.extend(tails)
        if self.use_propagate:
            group = doc._.deid_group if self.group_memory else None
            remembered = self._memory.get(group) if group is not None else None
            spread = propagate(words, found, kept if self.propagate_ner else (), self.propagate_min, remembered)
            # a later mention in a clinical context is the term, not the name ("ativan/fent")
            found.extend(m for m in spread if not self._term(words, m))
            if group is not None:
                self._remember(group, seeds_of(words, found, self.propagate_min))
        add_phi_spans(doc, found, self.source, self.span_key, words.text)
        if not_spans:
            add_phi_spans(doc, not_spans, self.source, self.not_key, words.text)
        return doc

    # -- serialisation: a saved pipeline carries its own tables ------------------------------
    def to_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        src = Path(self.lexicon_path) if self.lexicon_path else DATA_DIR
        for fname in (WORDS_FILE, PLACES_FILE, SPELLING_FILE):
            if (src / fname).is_file():  # a custom folder may lack the optional spelling table
                shutil.copyfile(src / fname, path / fname)

    def from_disk(self, path: Path, *, exclude: Iterable[str] = ()) -> "PhiLexicon":
        path = Path(path)
        if (path / WORDS_FILE).is_file():
            self.lexicon = load_lexicon(path)
            self.place_finder = PlaceFinder(self.lexicon, self.min_score)
        return self


PLACE_MARGIN = 0.15
NAME_PLACE_LINKS = frozenset({"of", "from", "in", "at"})  # "Colin Koetz of Westfield"


def place_after_name(inside: Sequence, found: Sequence[Match]) -> List[Match]:
    """A model's name that runs on into a place the finders found ("Colin Koetz of Westfield",
    "daughter Grace from Reisterstown"): the preposition between them is no part of either and
    is cut out (a sure not-span inside the candidate), so the name and the place get their own
    labels and surrogates."""
    places = [(m[0], m[1]) for m in found if to_coarse(m[2]) == "LOCATION"]
    out: List[Match] = []
    for k in range(1, len(inside) - 1):
        w = inside[k]
        if w.lower in NAME_PLACE_LINKS and any(s >= w.end and s <= inside[k + 1].start for s, _ in places):
            out.append((w.start, w.end, "NOT_PHI", HARD, "split.NAME"))
    return out


def split_between_people(inside: Sequence[Word], found: Sequence[Match]) -> List[Match]:
    """A model's span over two people the finders found, joined by "and"/"&" ("Orna and Lucas
    (children)", "Drs Okafor and Lindqvist"): the joining word is no part of either and is cut out."""
    people = [(m[0], m[1]) for m in found if m[2] in ("PATIENT", "DOCTOR", "NAME") and m[3] >= 0.5]
    out: List[Match] = []
    for k in range(1, len(inside) - 1):
        w = inside[k]
        if w.lower in ("and", "&") and any(e <= w.start and e >= inside[k - 1].end for _, e in people) \
                and any(s >= w.end and s <= inside[k + 1].start for s, _ in people):
            out.append((w.start, w.end, "NOT_PHI", HARD, "split.NAME"))
    return out


def _name_before(words: Words, lo: int, found: Sequence[Match]) -> bool:
    """The word before word ``lo`` on its line is a listed name, or inside a name the finders found
    at any score ("case manager Ada [Okonkwo]")."""
    if not 0 < lo < len(words.items) or words.items[lo - 1].line != words.items[lo].line:
        return False
    prev = words.items[lo - 1]
    return prev.cls == "name" or any(
        s <= prev.start < e and to_coarse(label) == "NAME" for s, e, label, _, _ in found)


def _city_before(words: Words, lo: int) -> bool:
    """Could the word before a comma ahead of word ``lo`` be a city ("West Haley, MI")? Not an
    ordinary word ("urosepsis, MI, diabetes": a list of diagnoses)."""
    comma, w = words.get(lo - 1), words.get(lo - 2)
    if comma is None or comma.text != "," or w is None:
        return True
    if not w.is_alpha:
        # "CABGx3, RI", "CABG in 1998, MI": a number ends an item of a list, no city -- unless a
        # postcode follows the state ("Apt 4, MA 02115")
        return bool(re.match(r"\s*\d{5}", words.text[words[lo].end:]))
    if w.flags & ABBREV and len(w.text) <= 4 and not w.place_like:
        return False  # "SR, ST", "HTN, MI": a list of clinical abbreviations
    if re.match(r"\s*\d{5}", words.text[words[lo].end:]):
        return True  # "SOUTH DUMDUM, GA 678721": an address with its postcode
    return w.cls in ("name", "unknown", "ambiguous") or w.place_like or words.capitalised(w)


def resolve(names: Sequence[Match], places: Sequence[Match]) -> List[Match]:
    """Where a name and a place overlap, keep one: the place unless the name scores clearly
    higher ("RAVENHOLT" after "transfer to" is a place, "Dr. Towson" a person)."""
    keep_names = []
    dropped_places = set()
    for n in names:
        rivals = [i for i, p in enumerate(places) if p[0] < n[1] and n[0] < p[1]]
        if rivals and any(places[i][3] >= n[3] - PLACE_MARGIN for i in rivals):
            continue
        dropped_places.update(rivals)
        keep_names.append(n)
    return keep_names + [p for i, p in enumerate(places) if i not in dropped_places]


def not_scores(doc: Doc, not_key: str = NOT_KEY) -> List[Tuple[int, int, float]]:
    """(start, end, veto) of the doc's negative evidence (for inspection and tests)."""
    return [(s.start_char, s.end_char, span_veto(s)) for s in doc.spans[not_key]] if not_key in doc.spans else []


@Language.factory(
    "phi_lexicon",
    default_config={
        "lexicon_path": None,
        "names": True,
        "places": True,
        "propagate": True,
        "veto": True,
        "trim": True,
        "min_score": 0.3,
        "propagate_min": 0.5,
        "unconfirmed": 0.6,
        "propagate_ner": False,
        "span_key": SPAN_KEY,
        "not_key": NOT_KEY,
        "source": "lexicon",
        "vetoable_sources": DEFAULT_VETOABLE,
        "ner_label_map": DEFAULT_NER_LABEL_MAP,
        "group_memory": True,
        "max_groups": 10000,
    },
)
def make_phi_lexicon(
    nlp: Language,
    name: str,
    lexicon_path: Optional[str],
    names: bool,
    places: bool,
    propagate: bool,
    veto: bool,
    trim: bool,
    min_score: float,
    propagate_min: float,
    unconfirmed: float,
    propagate_ner: bool,
    span_key: str,
    not_key: str,
    source: str,
    vetoable_sources: List[str],
    ner_label_map: Dict[str, str],
    group_memory: bool,
    max_groups: int,
) -> PhiLexicon:
    """``lexicon_path``: a folder with ``words.tsv.gz``, ``places.tsv.gz`` and optionally
    ``spelling.tsv.gz`` (None: the shipped tables); ``min_score``: lowest score written; ``propagate_min``: lowest score of a mention
    that propagates; ``unconfirmed``: veto of an NER date or phone number the rules did not find;
    ``trim``: trim titles, punctuation and generic words ("Hospital") off the edges of NER names
    and places; ``propagate_ner``: listed names the NER found (and no veto touched) propagate
    too (off: on the PhysioNet notes it found no more PHI and added false alarms);
    ``group_memory``: names found in a note propagate to the later notes of its group
    (``doc._.deid_group``, e.g. the patient), kept in memory for the ``max_groups`` most recent
    groups (never saved; with ``n_process`` > 1 each process has its own memory)."""
    return PhiLexicon(
        nlp, name, lexicon_path=lexicon_path, names=names, places=places, propagate=propagate,
        veto=veto, trim=trim, min_score=min_score, propagate_min=propagate_min, unconfirmed=unconfirmed,
        propagate_ner=propagate_ner,
        span_key=span_key, not_key=not_key, source=source, vetoable_sources=vetoable_sources,
        ner_label_map=ner_label_map, group_memory=group_memory, max_groups=max_groups,
    )
