"""German age phrases: "die 72-Jährige" (the noun), "72-jährige Patientin", "72-jähr. Pat.",
"im Alter von 72 Jahren", "72 Jahre alt", "Alter: 72", "im 73. Lebensjahr". "-jährig" before
another noun is a duration ("5-jährige Überlebensrate", "nach 2-jähriger Therapie")."""
from .phrases import N

_PERSON = (r"(?:(?:[a-zäöüß]*patient(?:in)?|frau|mann|herr|dame|junge|mädchen|maedchen|kind|kleinkind|säugling|"
           r"saeugling|schüler(?:in)?|rentner(?:in)?|[a-zäöüß]*bewohner(?:in)?|versicherte[rn]?|schwangere|gravida|"
           r"erstgravida|primipara|student(?:in)?|sportler(?:in)?|raucher(?:in)?)\b|pat\.)")
PHRASES = (
    N + r"\s*-?\s*(?-i:J)ährige[rnms]?\b",  # the noun: "die 72-Jährige", "des 72-Jährigen"
    N + r"\s*-?\s*jähr(?:ig(?:e[rnms]?)?|\.)\s+" + _PERSON,
    r"(?<![a-zäöüß])alter\s+von\s+" + N + r"\s+jahr",
    N + r"\s+jahre?\s+alt\b",
    r"(?<![a-zäöüß-])alter\s*[:=]?\s*" + N + r"(?!\s*(?:min|std|stunden|tage|wochen|monate|%|mg|kg|cm|mm)\b)",
    N + r"\.\s*lebensjahr",
)
