"""Turkish streets: the name, then the street type, then "No:" and the number ("Atatürk Cad. No:
12", "Çiçek Sokak No: 5/3", "Gazi Mustafa Kemal Bulvarı No. 88")."""
_TYPES = (r"(?i:sokak|sokağı|sok\.|sk\.|cadde|caddesi|cad\.|cd\.|bulvar|bulvarı|blv\.|bulv\.|yolu|meydanı)")
_NAME = r"[A-ZÇĞİÖŞÜ0-9][\wçğıöşü.]*"
PATTERNS = (
    rf"(?<![\w-]){_NAME}(?:\s+{_NAME}){{0,3}}\s+{_TYPES}\s*,?\s*(?i:no)\s*[:.]?\s*\d{{1,4}}(?:\s?/\s?\d{{1,3}})?"
    rf"(?![\w.,]\d|\d)",
)
