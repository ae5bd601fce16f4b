"""Spain: DNI (8 digits and a check letter) and NIE (X, Y or Z, 7 digits, a check letter)."""
from stdnum.es import dni, nie

from .spec import NationalId, compile_cue, compile_id

IDS = (
    NationalId("es.dni", ("es",), compile_id(r"\d{8}[- ]?[A-Z]"), dni.is_valid, compile_cue(r"DNI|D\.N\.I|NIF|N\.I\.F")),
    NationalId("es.nie", ("es",), compile_id(r"[XYZ][- ]?\d{7}[- ]?[A-Z]"), nie.is_valid, compile_cue(r"NIE|N\.I\.E")),
)
