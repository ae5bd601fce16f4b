"""Names in other scripts written in Latin letters, one way for the lexicon, the synthetic notes
and the audit (so that a held-out name is held out everywhere)."""
from __future__ import annotations

from anyascii import anyascii

# Bengali and Devanagari: consonants carry an inherent "a" that anyascii leaves out ("अमर" ->
# "amr"); it is written unless a vowel sign or virama follows, or the consonant ends the word.
_BRAHMIC = {
    "bengali": (0x0980, 0x09FF, set(range(0x0995, 0x09BA)) | set(range(0x09DC, 0x09E0)),
                set(range(0x09BE, 0x09CD)) | {0x09D7}, 0x09CD, 0x09BC),
    "devanagari": (0x0900, 0x097F, set(range(0x0915, 0x093A)) | set(range(0x0958, 0x0960)),
                   set(range(0x093E, 0x094D)), 0x094D, 0x093C),
}


def romanise_brahmic(name: str) -> str:
    """Bengali or Devanagari to Latin letters with inherent vowels ("অমর" -> "amar")."""
    out = []
    chars = list(name)
    for i, ch in enumerate(chars):
        code = ord(ch)
        out.append(anyascii(ch))
        for lo, hi, consonants, signs, virama, nukta in _BRAHMIC.values():
            if lo <= code <= hi and code in consonants:
                j = i + 1
                while j < len(chars) and ord(chars[j]) == nukta:
                    j += 1
                nxt = ord(chars[j]) if j < len(chars) else None
                at_end = nxt is None or not (lo <= nxt <= hi)
                if not at_end and nxt not in signs and nxt != virama:
                    out.append("a")
    return "".join(out)



def to_ascii(name: str) -> str:
    """ASCII letters for a name in any script (Brahmic scripts with their inherent vowels)."""
    if any(0x0900 <= ord(c) <= 0x09FF for c in name):
        name = romanise_brahmic(name)
    return anyascii(name)
