"""The pipeline settings a Spark job ships to its workers: plain, picklable values only.

The surrogate and hash key is not among them: every worker reads it from its own environment
(``SPACY_DEID_KEY``; on a cluster ``spark.executorEnv.SPACY_DEID_KEY`` from a secret store, see
the README), so it never travels in a task closure and never reaches a log.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Tuple


@dataclass(frozen=True)
class SparkDeidSettings:
    model: str = "default"  # as ``--model`` of the CLI: 'default', 'lexicon', 'rules', a package or path
    lang: str = "en"
    mode: Optional[str] = None  # tag, mask, redact, hash, surrogate (None: the pipeline's)
    age_policy: Optional[str] = None
    operators: Tuple[str, ...] = ()  # "LABEL=OPERATOR" items, as ``--operator``
    settings: Tuple[str, ...] = ()  # "COMPONENT.SETTING=VALUE" items, as ``--set``
    allow_list: Optional[str] = None  # a file path, readable on every worker
    deny_list: Optional[str] = None
    batch_size: int = 32
    redact: bool = True  # False: spans only, no text
    passages: bool = True  # passages in another language read by their pipeline too, as ``redact`` does

    def build(self):
        """The pipeline, exactly as ``spacy-deid redact`` builds it (keyed surrogates only: a
        retried task must give the same output, which random surrogates cannot)."""
        from ..cli._run import build_one

        return build_one(self.model, self.lang, self.mode, False, where="spark", age_policy=self.age_policy,
                     operators=self.operators,
                     allow_list=Path(self.allow_list) if self.allow_list else None,
                     deny_list=Path(self.deny_list) if self.deny_list else None,
                     settings=self.settings, passages=self.passages)
