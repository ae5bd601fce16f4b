"""Command line interface: ``spacy-deid <command>``."""
