"""Romanian identifier cues: "nr. FO", "foaia de observație nr.", "nr. internare", "parafa"."""
from . import Cue

_N = r"(?:nr\.?|num(?:ă|a)r(?:ul)?)\s*(?:de\s+)?"

CUES = (
    Cue("MEDICALRECORD", rf"{_N}(?:f\.?\s*o\.?|foaie|internare|(?:î|i)nregistrare|registru|dosar|pacient)|"
                         r"f\.?o\.?\s*(?:nr\.?|:)|foaia?\s*de\s*observa(?:ț|t|ţ)ie(?:\s*clinic(?:ă|a))?(?:\s*nr\.?)?",
        False, 3),
    Cue("HEALTHPLAN", rf"{_N}(?:asigurat|card\s*(?:de\s*)?s(?:ă|a)n(?:ă|a)tate)|card\s*(?:de\s*)?s(?:ă|a)n(?:ă|a)tate",
        False, 5),
    Cue("ACCOUNT", rf"{_N}(?:factur(?:ă|a)|cont)", False, 4),
    Cue("LICENSE", r"paraf(?:ă|a)|cod\s*paraf(?:ă|a)", False, 4),
    Cue("IDNUM", rf"{_N}(?:buletin|cerere|prob(?:ă|a)|trimitere|re(?:ț|t|ţ)et(?:ă|a)|analize|pa(?:ș|s|ş)aport)", False, 3),
)
