"""Portuguese age phrases: "senhora de 93 anos", "93 anos de idade", "idade: 93", and ", 93 anos,"
right after a name ("Maria Silva, 93 anos, natural de ..."). "Há 10 anos" (ten years ago) is no
age: it has no comma or person word before it."""
from .phrases import N

_PERSON = (r"(?:paciente|doente|utente|homem|mulher|senhora?|sra\.|sr\.|crian[çc]a|menin[oa]|bebé|beb[êe]|"
           r"idos[oa]|jovem|rapaz|rapariga|adolescente)")
PHRASES = (
    r"(?<![a-zçãõáéíóú])" + _PERSON + r"\s+(?:de|com)\s+" + N + r"\s*(?:anos|meses)\b",
    N + r"\s+anos\s+de\s+idade\b",
    r"(?<![a-zçãõáéíóú])idade\s*[:=]?\s*" + N + r"(?:\s*(?:anos|meses))?\b(?!\s*(?:mm|cm|kg|%|mg|ml|bpm))",
    r"(?<=, )" + N + r"\s+anos(?=\s*[,;.])",
)
