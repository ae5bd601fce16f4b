"""Italian identifier cues: "cartella clinica n.", "nosologico", "n. ricovero", "tessera sanitaria"."""
from . import Cue

_N = r"(?:n\.?|n°|nr\.?|num\.?|numero)\s*(?:di\s+|del(?:la)?\s+)?"

CUES = (
    Cue("MEDICALRECORD", rf"(?:{_N})?cartella(?:\s*clinica)?|nosologico|{_N}(?:ricovero|cartella|pratica|"
                         r"accettazione|paziente|sdo)|codice\s*paziente|id\s*paziente", False, 4),
    Cue("HEALTHPLAN", rf"(?:{_N})?tessera(?:\s*sanitaria)?|{_N}(?:iscrizione\s*ssn|assistito)|codice\s*assistito",
        False, 5),
    Cue("ACCOUNT", rf"{_N}(?:fattura|conto|ricevuta)", False, 4),
    Cue("LICENSE", rf"{_N}(?:iscrizione\s*(?:all')?albo|albo)|ordine\s*dei\s*medici\s*(?:di\s*\w+\s*)?(?:n\.?|n°)",
        False, 3),
    Cue("IDNUM", rf"{_N}(?:richiesta|campione|referto|prenotazione|impegnativa|ricetta|prelievo|esame|protocollo)|"
                 r"nre|cup|impegnativa", False, 4),
)
