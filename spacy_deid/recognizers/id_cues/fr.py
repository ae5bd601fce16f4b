"""French identifier cues: "IPP", "NIP", "n° de dossier", "NDA", "n° de séjour", "RPPS"."""
from . import Cue

_N = r"(?:n°|nº|no\.?|num(?:é|e)ro|num\.?)\s*(?:de\s+|d')?"  # "n° de", "numéro de", "no"

CUES = (
    Cue("MEDICALRECORD", rf"ipp|nip|nda|{_N}(?:dossier|s(?:é|e)jour|patient|venue|admission)|"
                         rf"dossier\s*(?:n°|nº|no\.?|num(?:é|e)ro)|identifiant\s*patient", False, 5),
    Cue("HEALTHPLAN", rf"{_N}(?:s(?:é|e)curit(?:é|e)\s*sociale|adh(?:é|e)rent|assur(?:é|e)|mutuelle|amc|amo)|"
                      r"carte\s*vitale", False, 5),
    Cue("ACCOUNT", rf"{_N}(?:facture|compte|client)|rib", False, 4),
    Cue("LICENSE", r"rpps|adeli|finess", False, 6),
    Cue("IDNUM", rf"{_N}(?:demande|pr(?:é|e)l(?:è|e)vement|(?:é|e)chantillon|examen|commande|ordonnance|"
                 r"compte[- ]rendu|passeport|carte\s*d'identit(?:é|e))", False, 3),
)
