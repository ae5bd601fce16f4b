"""Italy: codice fiscale (16 letters and digits with a check letter)."""
from stdnum.it import codicefiscale

from .spec import NationalId, compile_cue, compile_id

IDS = (
    NationalId("it.codicefiscale", ("it",), compile_id(r"[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]"),
               codicefiscale.is_valid, compile_cue(r"codice fiscale|cod\. fiscale|C\.F|CF")),
)
