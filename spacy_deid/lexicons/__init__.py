"""Word, name and place tables built from maintained data packages (see ``sources.py``).

``load_lexicon()`` gives the shipped tables; the finders in ``spacy_deid.finders`` use them.
"""
from .tables import (ABBREV, COUNTRY, DRUG, FIRST, JOB, LAST, NAME, PLACE, STATE, WORD, Lexicon,
                     load_lexicon)

__all__ = ["ABBREV", "COUNTRY", "DRUG", "FIRST", "JOB", "LAST", "NAME", "PLACE", "STATE", "WORD", "Lexicon",
           "load_lexicon"]
