"""The pipeline of one service worker: loaded once, in the background, and run on one thread of
its own so that CPU work never blocks the event loop (a spaCy pipeline is not shared between
threads). Notes fail closed: a note that raises gets an error and no output."""
from __future__ import annotations

import logging
import threading
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Dict, List, Optional, Sequence

from ..redaction import RedactionSettings
from ..pipelines import ensure_surrogate_generator, notes_language
from ..runner import DeidInput, Deidentifier, DeidResult
from .settings import ServiceSettings

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The request ran out of time; the rest of its notes are not processed."""


class ServiceEngine:
    def __init__(self, settings: ServiceSettings, nlp=None):
        """``nlp``: a ready pipeline (tests, embedding); else ``settings.model`` is loaded by ``start``."""
        self.settings = settings
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spacy-deid")
        self.nlp = None
        self.load_error: Optional[str] = None
        self._given = nlp
        self.loading: Optional[Future] = None

    # -- loading -------------------------------------------------------------------------
    def start(self) -> Future:
        """Load the pipeline on the worker thread (requests queue behind it)."""
        self.loading = self.executor.submit(self._load)
        return self.loading

    def _load(self) -> None:
        try:
            nlp = self._given if self._given is not None else self._build()
            ensure_surrogate_generator(nlp, self.settings.random_surrogates)
            Deidentifier(nlp, redact=False).run([DeidInput("Warm-up note, seen 01/02/2020.")]).__next__()
            self.nlp = nlp
        except Exception as err:  # the service stays up, not ready, and says why in one line
            self.load_error = f"{type(err).__name__}: {err}" if isinstance(err, ValueError) else type(err).__name__
            log.error("spacy-deid service: the pipeline failed to load (%s)", self.load_error)

    def _build(self):
        from ..cli._run import build_one

        s = self.settings
        return build_one(s.model, s.lang, None, s.random_surrogates, age_policy=s.age_policy, where="serve",
                         passages=s.passages)

    @property
    def ready(self) -> bool:
        return self.nlp is not None

    @property
    def not_ready_reason(self) -> str:
        """Why no request can be served yet (for a 503 answer)."""
        if self.load_error:
            return f"the pipeline failed to load ({self.load_error})"
        return "the pipeline is loading"

    # -- per request -----------------------------------------------------------------------
    def redaction_settings(self, mode: Optional[str], operators: Dict[str, str]) -> RedactionSettings:
        """The caller's mode and operators over the server's policies; ``ValueError`` with a
        one-line reason when they are unknown, refused or lack a key on this server."""
        from ..pipelines import find_redactor
        from ..surrogates.keys import MissingKeyError

        if mode is not None and mode.strip().lower() == "keep":
            raise ValueError("mode 'keep' would return every PHI span in clear; keep single labels with 'operators'")
        redactor = self.nlp.get_pipe(find_redactor(self.nlp))
        ops = {str(k).strip().upper(): str(v).strip().lower() for k, v in operators.items()}
        try:
            settings = redactor.with_operators(mode.strip().lower() if mode else None, ops)
            redactor.context(None, notes_language(self.nlp), settings)  # a missing key fails here, before any work
        except MissingKeyError:
            raise ValueError("surrogates need the server's key (SPACY_DEID_KEY) or serve --random-surrogates") from None
        except (KeyError, ValueError) as err:
            raise ValueError(str(err.args[0]) if err.args else type(err).__name__) from None
        return settings

    def run(self, notes: Sequence[DeidInput], *, redact: bool, settings: Optional[RedactionSettings],
            cancel: threading.Event) -> List[DeidResult]:
        """Detect (and redact) ``notes`` in batches, stopping between batches once ``cancel`` is
        set. A result's ``context`` is its note's ``context`` (the caller's id)."""
        engine = Deidentifier(self.nlp, redact=redact, batch_size=self.settings.batch_size, settings=settings)
        out: List[DeidResult] = []
        step = self.settings.batch_size
        for start in range(0, len(notes), step):
            if cancel.is_set():
                raise Cancelled()
            out.extend(engine.run(notes[start : start + step]))
        return out


def span_counts(results: Sequence[DeidResult]) -> Dict[str, int]:
    """Spans per label over the notes that succeeded (for the audit log)."""
    counts: Counter = Counter(s.label for r in results if not r.error for s in r.spans)
    return dict(sorted(counts.items()))
