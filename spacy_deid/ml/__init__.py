"""Model architectures of spacy-deid (registered in spaCy's registry)."""
