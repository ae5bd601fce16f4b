"""Spanish identifier cues: "NHC", "nº de historia clínica", "CIP", "NASS", "nº de colegiado"."""
from . import Cue

_N = r"(?:n[º°o]\.?|n\.?\s*[º°]|núm\.?|num\.?|número|numero)\s*(?:de\s+|del\s+)?"

CUES = (
    Cue("MEDICALRECORD", rf"cipa?\s*:?\s*nhc\s*-|nhc|n\.\s*h\.\s*c\.?|{_N}(?:historia(?:\s*cl[ií]nica)?|hc|episodio|ingreso|paciente)|"
                         r"historia\s*cl[ií]nica|cipa|id\s*paciente", False, 4),
    # the social security number: 2 + 8 + 2 digits, often spaced ("28 12345678 40")
    Cue("HEALTHPLAN", r"nass|nuss|n[º°o]\.?\s*(?:de\s+)?(?:afiliaci[oó]n|seguridad\s*social)", False, 9,
        r"\d{2}[ -]?\d{6,10}(?:[ -]?\d{1,2})?"),
    Cue("HEALTHPLAN", rf"nass|nuss|cip|{_N}(?:afiliaci[oó]n|seguridad\s*social|tarjeta\s*sanitaria|p[oó]liza|"
                      r"asegurado|mutua)|tarjeta\s*sanitaria", False, 5),
    Cue("ACCOUNT", rf"{_N}(?:factura|cuenta|cliente)", False, 4),
    Cue("LICENSE", rf"{_N}(?:colegiad[oa]|colegiaci[oó]n)|colegiad[oa]\s*(?:n[º°o]\.?|número)?", False, 4),
    Cue("IDNUM", rf"{_N}(?:petici[oó]n|muestra|informe|pedido|solicitud|biopsia|pasaporte|registro)", False, 3),
)
