"""Turkish: the cue follows the place, with the locative or ablative suffix on it ("İzmir'de
yaşıyor", "Ankara'dan geldi", "Bursa doğumlu"), or a field before it ("Doğum yeri:")."""
BEFORE = (
    r"(?:doğum\s+yeri|dogum\s+yeri|ikamet(?:gah)?|adres|memleket(?:i)?|yaşadığı\s+şehir)\s*:",
)
# right after the place: an optional apostrophe and case suffix, then the verb of living or coming
AFTER = (
    r"'?(?:da|de|ta|te)\s+(?:yaşıyor|yasiyor|yaşamaktadır|oturuyor|ikamet\s+ediyor|ikamet\s+etmektedir|doğdu|dogdu|doğmuş)",
    r"'?(?:dan|den|tan|ten)\s+(?:geldi|gelmiş|gelmis|taşındı|tasindi|sevk\s+edildi)",
    r"\s+(?:doğumlu|dogumlu)",
)
