"""``python -m spacy_deid``: the same as the ``spacy-deid`` command."""
from .cli.main import main

main()
