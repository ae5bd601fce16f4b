"""Training helpers registered in spaCy's registry (used by ``configs/*.cfg``)."""
