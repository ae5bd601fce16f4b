"""Spanish age phrases: "varón de 72 años" after a word for a person, "72 años de edad",
"edad: 72". "A los 3 años" is left alone: an age ("a los 40 años fue diagnosticado") as often as a
time after an event ("a los 2 años de la cirugía", "a los 3 años, la paciente ...")."""
from .phrases import N

_PERSON = (r"(?:paciente|var[oó]n|mujer|hombre|ni[ñn][oa]|señora?|sra\.|sr\.|lactante|reci[eé]n\s+nacid[oa]|"
           r"adolescente|anciana?|chic[oa]|joven)")
PHRASES = (
    r"(?<![a-zñ])" + _PERSON + r"\s+de\s+" + N + r"\s*(?:años|meses)\b",
    N + r"\s+años\s+de\s+edad\b",
    r"(?<![a-zñ])edad\s*[:=]?\s*" + N + r"(?:\s*(?:años|meses))?\b(?!\s*(?:mm|cm|kg|%|mg|ml|lpm|rpm))",
)
