"""Batch de-identification: stream texts through a pipeline, robust to bad and huge inputs.

Used by the CLI and usable from Python. Each input yields one :class:`DeidResult`, in order;
a text that cannot be processed yields a result with ``error`` set and no output text, so a
batch never stops midway and raw text is never written in place of de-identified text.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from spacy.language import Language
from spacy.tokens import Doc

from .chunking import split_text
from .merge import merge_spans
from .normalisation import CleanText, normalise as normalise_text
from .pipelines import find_redactor, notes_language
from .redaction import RedactionSettings
from .spans import PhiSpan, doc_text, drop_text_cache, seed_text_cache

log = logging.getLogger(__name__)

# A Han, kana or hangul character is one token; an English token is about five characters. The
# batch budget counts such a character as five, so that a batch of Chinese notes holds about as
# many tokens as one of English notes (32 Chinese dialogues of 7,000 characters once took 1.4 GB).
WIDE_CHAR_COST = 5
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def batch_cost(text: str) -> int:
    """What ``text`` weighs against ``max_batch_chars``: its characters, a wide one counting
    ``WIDE_CHAR_COST`` (about one token each)."""
    return len(text) + (WIDE_CHAR_COST - 1) * len(_WIDE.findall(text))


@dataclass
class DeidInput:
    text: Any  # validated here: must be a str
    group: Optional[str] = None  # set as doc._.deid_group: a patient's notes share names and surrogates
    context: Any = None  # passed through untouched (record, file path, row number, ...)
    meta: Optional[Dict[str, Any]] = None  # set as doc._.deid_meta


@dataclass
class DeidResult:
    context: Any
    source: Optional[str] = None  # the input text
    spans: List[PhiSpan] = field(default_factory=list)  # PHI spans under the policies, input offsets
    text: Optional[str] = None  # the de-identified text (None when only detecting or on error)
    error: Optional[str] = None  # a PHI-free description of what went wrong


def validate_text(text: Any) -> Optional[str]:
    """A PHI-free reason why ``text`` cannot be processed, or None."""
    if not isinstance(text, str):
        return f"text must be a string, not {type(text).__name__}"
    if "\x00" in text:
        return "text contains NUL bytes (binary data?)"
    return None


MAX_CHUNK_CHARS = 20_000  # longer texts are cut (with overlap) into chunks of at most this size


class Deidentifier:
    """Runs ``nlp`` over many texts; redacts with the pipeline's ``deid_redactor`` if asked.

    Texts longer than ``max_chars`` (default: the pipeline's ``max_length``, capped at
    ``MAX_CHUNK_CHARS``) are processed in overlapping chunks, and their spans merged. Memory is
    bounded by ``max_batch_chars``: a batch of long chunks is made smaller so that the characters
    in one ``nlp.pipe`` batch stay under it (a 5 MB note once went through 32 chunks of 100,000
    characters at a time and peaked at 8 GB); Han characters count five (``batch_cost``).
    """

    def __init__(
        self,
        nlp: Language,
        *,
        redact: bool = True,
        batch_size: int = 32,
        n_process: int = 1,
        max_chars: Optional[int] = None,
        overlap: int = 200,
        max_batch_chars: int = 60_000,
        settings: Optional[RedactionSettings] = None,
        normalise: bool = True,
    ):
        self.nlp = nlp
        self.redactor_name = find_redactor(nlp)
        if self.redactor_name is None:
            raise ValueError("The pipeline has no 'deid_redactor' component; add it with nlp.add_pipe('deid_redactor')")
        self.redactor = nlp.get_pipe(self.redactor_name)
        self.lang = notes_language(nlp)  # surrogates in the notes' language
        self.do_redact = redact
        self.batch_size = batch_size
        self.n_process = n_process
        self.max_chars = max_chars or min(nlp.max_length, MAX_CHUNK_CHARS)
        self.overlap = overlap
        self.max_batch_chars = max_batch_chars
        # the operators to apply (default: the redactor's own; see DeidRedactor.with_operators)
        self.settings = settings
        # detection on the normalised text (spacy_deid.normalisation); off: on the text as given
        self.normalise = normalise

    def _pieces(self, texts: Sequence[str]) -> Iterator[Tuple[str, Tuple[int, int]]]:
        for i, text in enumerate(texts):
            if text.strip():
                for offset, chunk in split_text(text, self.max_chars, self.overlap):
                    yield chunk, (i, offset)

    def _docs(self, pieces, items: Sequence[DeidInput]) -> Iterator[Tuple[Doc, Tuple[int, int]]]:
        """Each chunk as a Doc that knows its note's group and meta (as ``evaluate`` sets them)."""
        for chunk, (i, offset) in pieces:
            doc = self.nlp.make_doc(chunk)
            seed_text_cache(doc, chunk)  # the tokenizer keeps every character: no join needed later
            if items[i].group is not None:
                doc._.deid_group = str(items[i].group)
            if items[i].meta is not None:
                doc._.deid_meta = items[i].meta
            yield doc, (i, offset)

    def _detect_batch(self, items: Sequence[DeidInput], n_process: Optional[int] = None) -> List[List[PhiSpan]]:
        found: List[List[PhiSpan]] = [[] for _ in items]
        # every source reads the clean text; spans go back to the original characters
        cleans = [normalise_text(it.text) if self.normalise else CleanText(it.text) for it in items]
        # The redactor is run by hand below, once per whole text, not once per chunk.
        pieces = list(self._pieces([c.text for c in cleans]))
        with self.nlp.select_pipes(disable=[self.redactor_name]):
            for doc, (i, offset) in self._pipe(pieces, items, self.n_process if n_process is None else n_process):
                text = doc_text(doc)  # built once for every source; spaCy rebuilds doc.text at each access
                drop_text_cache(doc)
                for s in self.redactor.detect(doc, text):
                    start, end = cleans[i].to_original(s.start + offset, s.end + offset)
                    found[i].append(PhiSpan(start, end, s.label, s.source, s.score, s.uncertain))
        return [merge_spans(spans, self.redactor.label_priority) for spans in found]

    def _pipe(self, pieces, items, n_process: int):
        """``nlp.pipe`` with at most ``max_batch_chars`` characters in a batch. In one process each
        batch is cut to the budget (a long chunk does not shrink the batches of short notes); with
        several processes spaCy batches, sized by the longest chunk."""
        if n_process > 1:
            longest = max((batch_cost(chunk) for chunk, _ in pieces), default=0)
            size = max(1, min(self.batch_size, self.max_batch_chars // max(1, longest)))
            yield from self.nlp.pipe(self._docs(pieces, items), as_tuples=True, batch_size=size,
                                     n_process=n_process)
            return
        batch: List[Tuple[str, Tuple[int, int]]] = []
        chars = 0
        for piece in pieces:
            cost = batch_cost(piece[0])
            if batch and (len(batch) >= self.batch_size or chars + cost > self.max_batch_chars):
                yield from self.nlp.pipe(self._docs(batch, items), as_tuples=True, batch_size=len(batch))
                batch, chars = [], 0
            batch.append(piece)
            chars += cost
        if batch:
            yield from self.nlp.pipe(self._docs(batch, items), as_tuples=True, batch_size=len(batch))

    def detect(self, items: Sequence[DeidInput]) -> List[List[PhiSpan]]:
        """The merged PHI spans of each valid input, in its own offsets, in this process; raises on
        failure (the caller withholds the note). Policies and redaction are ``finish``'s."""
        return self._detect_batch(items, n_process=1)

    def finish(self, item: DeidInput, spans: List[PhiSpan]) -> DeidResult:
        """The result of ``item`` from its merged spans: policies applied, text redacted if asked."""
        phi = self.redactor.phi(item.text, spans)
        result = DeidResult(item.context, item.text, phi)
        if self.do_redact:
            result.text = self.redactor.redact(item.text, phi, item.group, self.lang, self.settings).text
        return result

    def _process_batch(self, items: List[DeidInput]) -> List[DeidResult]:
        results: List[Optional[DeidResult]] = [None] * len(items)
        ok = []
        for i, it in enumerate(items):
            reason = validate_text(it.text)
            if reason:
                results[i] = DeidResult(it.context, error=reason)
            else:
                ok.append((i, it))
        try:
            found = self._detect_batch([it for _, it in ok])
            for (i, it), spans in zip(ok, found):
                results[i] = self.finish(it, spans)
        except Exception as err:
            if len(ok) == 1:
                # Only the exception's type: a third-party message could quote the text.
                i, it = ok[0]
                log.error("De-identification failed on item %d (%s)", i, type(err).__name__)
                results[i] = DeidResult(it.context, error=f"processing failed ({type(err).__name__})")
            else:  # isolate the bad item: retry one by one
                for i, it in ok:
                    results[i] = self._process_batch([it])[0]
        return [r for r in results if r is not None]

    def run(self, items: Iterable[DeidInput]) -> Iterator[DeidResult]:
        """Yield one result per input, in input order."""
        stream = iter(items)
        outer = max(self.batch_size * max(self.n_process, 1) * 8, 256)
        while True:
            batch = list(islice(stream, outer))
            if not batch:
                return
            yield from self._process_batch(batch)
