"""Finders of names and places that work from the lexicon tables and context (used by
``phi_lexicon``): ``words`` (word classes), ``cues`` (context vocabulary), ``person_names``,
``places``, ``propagate`` (other mentions) and ``plausibility`` (vetoes of NER candidates)."""
