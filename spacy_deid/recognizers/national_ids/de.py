"""Germany: the tax identification number (Steuer-ID, 11 digits with a check digit)."""
from stdnum.de import idnr

from .spec import NationalId, compile_cue, compile_id

IDS = (NationalId("de.idnr", ("de",), compile_id(r"\d{2} ?\d{3} ?\d{3} ?\d{3}"), idnr.is_valid,
                  compile_cue(r"Steuer-?ID|Steueridentifikationsnummer|IdNr|Identifikationsnummer")),)
