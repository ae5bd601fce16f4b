"""Turkey: T.C. Kimlik No (11 digits, two check digits)."""
from stdnum.tr import tckimlik

from .spec import NationalId, compile_cue, compile_id

IDS = (NationalId("tr.tckimlik", ("tr",), compile_id(r"[1-9]\d{10}"), tckimlik.is_valid,
                  compile_cue(r"T\.?C\.? ?Kimlik(?: No)?|TCKN|Kimlik No")),)
