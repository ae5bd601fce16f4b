"""Romania: CNP, the personal numeric code (13 digits with a check digit)."""
from stdnum.ro import cnp

from .spec import NationalId, compile_cue, compile_id

IDS = (NationalId("ro.cnp", ("ro",), compile_id(r"[1-9]\d{12}"), cnp.is_valid, compile_cue(r"CNP|C\.N\.P")),)
