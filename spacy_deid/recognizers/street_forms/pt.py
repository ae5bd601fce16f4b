"""Portuguese streets: the street type, its name, then the number ("Rua das Flores 45", "Av. da
Liberdade, n.º 120", "Praça do Comércio 3", "Travessa do Carmo, 7")."""
_TYPES = (r"(?i:rua|r\.|avenida|av\.|avda\.?|pra[çc]a|pc\.|largo|lgo\.|travessa|tv\.|estrada|estr\.|alameda|"
          r"beco|cal[çc]ada|rotunda|bairro|urbaniza[çc][ãa]o|urb\.|caminho|quinta)")
_LINK = r"(?:dos|das|do|da|de|e)"
_NAME = r"[A-ZÁÂÃÉÊÍÓÔÕÚÇ][\wáâãéêíóôõúç'.-]*"
PATTERNS = (
    # not a street word ending a name ("Hospital da Luz", "Quinta da Regaleira" without a number)
    rf"(?<![\w-])(?<!da )(?<!do )(?<!de ){_TYPES}\s*(?:{_LINK}\s+)?{_NAME}(?:\s+(?:{_LINK}\s+)?{_NAME}){{0,5}},?\s*"
    rf"(?:(?i:n\.?\s*[º°o]\.?)\s*)?\d{{1,4}}(?![\w.,]\d|\d)",
)
