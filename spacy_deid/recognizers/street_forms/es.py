"""Spanish streets: the street type, its name, then the number ("Calle Mayor 5", "C/ Alcalá, 23",
"Avda. de la Constitución, nº 12", "Plaza de España 3")."""
_TYPES = (r"(?i:calle|c/|avenida|avda\.?|av\.|plaza|pza\.?|paseo|p[ºo]\.|camino|carretera|ctra\.|ronda|"
          r"traves[ií]a|glorieta|callej[oó]n|rambla|urbanizaci[oó]n|urb\.|bulevar|pasaje|v[ií]a)")
_LINK = r"(?:de\s+la|de\s+los|de\s+las|del|de|la|las|los|el|y)"
_NAME = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü'.-]*"
PATTERNS = (
    # not a street word ending a name ("Hospital Virgen del Camino")
    rf"(?<![\w-])(?<!del )(?<!de ){_TYPES}\s*(?:{_LINK}\s+)?{_NAME}(?:\s+(?:{_LINK}\s+)?{_NAME}){{0,5}},?\s*(?:(?i:n[º°o]\.?)\s*)?"
    rf"\d{{1,4}}(?![\w.,]\d|\d)",
)
