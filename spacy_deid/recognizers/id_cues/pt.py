"""Portuguese identifier cues: "número de utente", "n.º SNS", "processo n.º", "cédula profissional"."""
from . import Cue

_N = r"(?:n\.?\s*[º°o]\.?|n[º°o]\.?|núm\.?|número|numero)\s*(?:de\s+|do\s+|da\s+)?"

CUES = (
    Cue("MEDICALRECORD", rf"{_N}(?:processo|epis[óo]dio|doente)|processo\s*(?:cl[íi]nico)?\s*(?:n\.?\s*[º°o]\.?)?",
        False, 4),
    Cue("HEALTHPLAN", rf"{_N}(?:utente|sns|benefici[áa]rio|ap[óo]lice)|utente\s*(?:n\.?\s*[º°o]\.?|sns)?|sns",
        False, 6),
    Cue("LICENSE", rf"c[ée]dula\s+profissional\s*(?:n\.?\s*[º°o]\.?)?|{_N}(?:c[ée]dula|ordem)", False, 4),
    Cue("IDNUM", rf"{_N}(?:pedido|amostra|relat[óo]rio|passaporte|cart[ãa]o\s+de\s+cidad[ãa]o)", False, 3),
)
