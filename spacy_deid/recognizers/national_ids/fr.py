"""France: NIR, the social security number (13 digits and an optional 2-digit key, often spaced)."""
from stdnum.fr import nir

from .spec import NationalId, compile_cue, compile_id

IDS = (
    NationalId("fr.nir", ("fr",),
               compile_id(r"[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{2})?"),
               nir.is_valid, compile_cue(r"NIR|INSEE|n° de s[ée]curit[ée] sociale|s[ée]curit[ée] sociale|NSS")),
)
