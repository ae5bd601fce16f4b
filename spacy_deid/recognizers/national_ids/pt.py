"""Portugal: NIF (número de identificação fiscal: 9 digits, a check digit)."""
from stdnum.pt import nif

from .spec import NationalId, compile_cue, compile_id

IDS = (
    NationalId("pt.nif", ("pt",), compile_id(r"[1-35-9]\d{8}"), nif.is_valid,
               compile_cue(r"NIF|N\.I\.F|contribuinte|n[º°o]\.?\s*de\s+contribuinte")),
)
