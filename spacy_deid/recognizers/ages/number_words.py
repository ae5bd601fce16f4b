"""Numbers from 1 to 119 in German, French, Italian and Spanish words ("dreiundneunzig",
"quatre-vingt-treize", "nonante-trois", "novantatré", "noventa y tres", "hundertzwei"), built from
each language's counting rules, and in Romanian, Turkish and Portuguese words ("nouăzeci și trei",
"doksan üç", "noventa e três") from num2words, for the age phrases of ``phrases.py``: an age over 89 written in
words is as much PHI as one in digits. ``WORDS[lang]`` maps each folded form (lower case, spaces and
hyphens as one space) to its value; ``words_pattern(lang)`` is the regular expression of them."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional

MAX = 119


def _below_twenty(units: List[str], teens: List[str]) -> Dict[str, int]:
    """1-9 from ``units`` (index 0 unused) and 10-19 from ``teens``."""
    return {**{units[n]: n for n in range(1, 10)}, **{teens[n]: 10 + n for n in range(10)}}


def _german() -> Dict[str, int]:
    units = ["", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
    teens = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
    tens = {2: ["zwanzig"], 3: ["dreißig", "dreissig"], 4: ["vierzig"], 5: ["fünfzig"], 6: ["sechzig"], 7: ["siebzig"],
            8: ["achtzig"], 9: ["neunzig"]}
    out: Dict[str, int] = {"eins": 1, **_below_twenty(units, teens)}
    for n in range(20, 100):
        for t in tens[n // 10]:
            out[t if n % 10 == 0 else f"{units[n % 10]}und{t}"] = n
    for n in range(100, MAX + 1):
        rest = [k for k, v in out.items() if v == n - 100 and v < 100] if n > 100 else [""]
        for head in ("hundert", "einhundert"):
            for r in rest:
                out[head + r] = n
                if r:
                    out[head + "und" + r] = n
    return out


def _french() -> Dict[str, int]:
    base = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf", 10: "dix",
            11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze", 16: "seize", 17: "dix sept",
            18: "dix huit", 19: "dix neuf"}
    tens = {2: ["vingt"], 3: ["trente"], 4: ["quarante"], 5: ["cinquante"], 6: ["soixante"], 7: ["septante"],
            8: ["huitante", "octante"], 9: ["nonante"]}
    out: Dict[str, int] = {v: k for k, v in base.items()}
    out["une"] = 1
    for n in range(20, 100):
        t, u = divmod(n, 10)
        for word in tens[t]:
            out[word if u == 0 else f"{word} et un" if u == 1 else f"{word} {base[u]}"] = n
        if 70 <= n < 80:  # soixante-dix, soixante et onze, soixante-douze
            r = n - 60
            out["soixante et onze" if r == 11 else f"soixante {base[r]}"] = n
        if 80 <= n < 100:  # quatre-vingts, quatre-vingt-un, quatre-vingt-dix, quatre-vingt-treize
            r = n - 80
            out["quatre vingts" if r == 0 else f"quatre vingt {base[r]}"] = n
            if r == 0:
                out["quatre vingt"] = n
    for n in range(100, MAX + 1):
        rest = [k for k, v in out.items() if v == n - 100] if n > 100 else [""]
        for r in rest:
            out[f"cent {r}".strip()] = n
    return out


def _italian() -> Dict[str, int]:
    units = ["", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
    teens = ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto",
             "diciannove"]
    tens = {2: "venti", 3: "trenta", 4: "quaranta", 5: "cinquanta", 6: "sessanta", 7: "settanta", 8: "ottanta",
            9: "novanta"}
    out: Dict[str, int] = _below_twenty(units, teens)
    for n in range(20, 100):
        t, u = tens[n // 10], n % 10
        if u == 0:
            out[t] = n
        elif u in (1, 8):  # ventuno, novantotto: the ten's last vowel drops
            out[t[:-1] + units[u]] = n
        else:
            out[t + units[u]] = n
            if u == 3:
                out[t + "tré"] = n
    for n in range(100, MAX + 1):
        r = n - 100
        if r == 0:
            out["cento"] = n
        else:
            for k in [k for k, v in out.items() if v == r]:
                out["cento" + k] = n
                if k.startswith(("uno", "otto")):
                    out["cent" + k] = n
    return out


def _spanish() -> Dict[str, int]:
    units = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
    teens = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"]
    twenties = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
                "veintisiete", "veintiocho", "veintinueve"]
    tens = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta", 9: "noventa"}
    out: Dict[str, int] = {"un": 1, "una": 1, "dieciseis": 16, "veintidos": 22, "veintitres": 23, "veintiseis": 26,
                           **_below_twenty(units, teens), **{w: 20 + i for i, w in enumerate(twenties)}}
    for n in range(30, 100):
        t, u = tens[n // 10], n % 10
        out[t if u == 0 else f"{t} y {units[u]}"] = n
    out["cien"] = 100
    for n in range(101, MAX + 1):
        for k in [k for k, v in out.items() if v == n - 100]:
            out[f"ciento {k}"] = n
    return out


WORDS: Dict[str, Dict[str, int]] = {"de": _german(), "fr": _french(), "it": _italian(), "es": _spanish()}
# Romanian, Turkish and Portuguese from num2words, built on first use
N2W_LANGS = ("ro", "tr", "pt")
LANGS = tuple(WORDS) + N2W_LANGS


def _num2words_table(lang: str) -> Dict[str, int]:
    """1 to ``MAX`` in ``lang``'s words ("nouăzeci și trei", "doksan üç", "noventa e três"), as
    num2words and notes write them (``number_words.spoken_forms``)."""
    from ..number_words import spoken_forms

    out: Dict[str, int] = {}
    for n in range(1, MAX + 1):
        for form in spoken_forms(n, lang):
            out.setdefault(_fold(form), n)
    return out


def table(lang: str) -> Dict[str, int]:
    """The number words of ``lang`` (empty for a language without them)."""
    if lang not in WORDS and lang in N2W_LANGS:
        WORDS[lang] = _num2words_table(lang)
    return WORDS.get(lang, {})


def _fold(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower().strip())


def _trie_pattern(forms) -> str:
    """A regular expression of ``forms`` as a trie of their characters ("drei(?:und(?:neunzig|...)|...)"):
    a flat alternation of some 190 words was tried word by word at every word start, and took a
    quarter of the German pipeline's time; longer forms win (each branch ends optionally, last)."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [(r"[\s-]+" if ch == " " else re.escape(ch)) + walk(child)
                    for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + walk(trie) + ")"


@lru_cache(maxsize=None)
def words_pattern(lang: str) -> Optional[str]:
    """A regular expression of the number words of ``lang`` (the longest form wins; any run of
    spaces or hyphens where the folded form has a space), or None for a language without a table."""
    forms = table(lang)
    return _trie_pattern(forms) if forms else None


def word_value(lang: str, text: str) -> Optional[int]:
    """The number that ``text`` says in ``lang``'s words, or None."""
    return table(lang).get(_fold(text))


__all__ = ["LANGS", "WORDS", "table", "word_value", "words_pattern"]
