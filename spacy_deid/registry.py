"""Registries of spacy-deid, extensible through entry points.

- ``recognizers``: rule recognizers used by ``phi_patterns`` (entry point group
  ``spacy_deid_recognizers``); each entry is a zero-argument callable returning a Recognizer.
- ``operators``: redaction operators used by ``deid_redactor`` (entry point group
  ``spacy_deid_operators``); each entry is a callable returning an Operator.
"""
from __future__ import annotations

import catalogue

recognizers = catalogue.create("spacy_deid", "recognizers", entry_points=True)
operators = catalogue.create("spacy_deid", "operators", entry_points=True)
