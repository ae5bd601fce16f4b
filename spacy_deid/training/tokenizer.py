"""``spacy_deid.split_glued_ids.v1``: a tokenizer callback (``[nlp.after_creation]``) that splits the
pieces clinical forms glue together, so that a PHI value is a whole number of tokens:
"NHC-150679", "CP:28029", "Edad:62", "E-28046" (a letter code and ``-`` or ``:`` before digits),
"2014.El" (a full stop between a number and a capital), and "3 C." / "19, 11A." (a full stop after
an address unit at a sentence end). Without it the Spanish tokenizer widened 526 of MEDDOCAN's
training spans to the token around them. ``spacy_deid.multilingual_tokens.v1`` adds one token per
Han character for the multilingual pipeline."""
from __future__ import annotations

import re
from typing import Callable

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex, registry

INFIXES = [
    r"(?<=[A-Za-zÀ-ÿ])[-:](?=\d)",  # NHC-150679, CP:28029, Edad:62
    r"(?<=\d)\.(?=[A-ZÀ-Ý][a-zà-ÿ])",  # 2014.El
]
SUFFIXES = [
    r"(?<=\d[A-Za-z])\.",  # 11A.
    r"(?<=\b[A-Za-z])\.(?=$)",  # "3 C." (a unit letter at a sentence end)
]


@registry.callbacks("spacy_deid.split_glued_ids.v1")
def create_split_glued_ids() -> Callable[[Language], Language]:
    def split_glued_ids(nlp: Language) -> Language:
        infixes = list(nlp.Defaults.infixes or []) + INFIXES
        suffixes = list(nlp.Defaults.suffixes or []) + SUFFIXES
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
        return nlp

    return split_glued_ids


# Han characters (CJK ideographs, their extensions and compatibility forms) and CJK punctuation and
# full-width forms: each is a token, so that a Chinese name or place is a whole number of tokens
# in running text without spaces, and English words inside Chinese stay whole ("病人Mr. Chen於").
HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]"
# An age glued to its word ("67-jährige", "20-year-old") and a sex glued to an age ("F/62").
# Punctuation next to a Han character ("號碼:42260192" once NFKC has made "：" a ":").
# And a colon or comma glued between a word and a value ("No.:58263260", "Chang,15").
MULTI_INFIXES = [r"(?<=\d)-(?=[^\W\d_])", r"(?<=\b[A-Za-z])/(?=\d)", HAN,
                 rf"(?<={HAN})[^\w\s]", rf"[^\w\s](?={HAN})", r"(?<=\.):(?=\w)", r"(?<=[^\W\d_])[,;](?=\w)"]


@registry.callbacks("spacy_deid.multilingual_tokens.v1")
def create_multilingual_tokens() -> Callable[[Language], Language]:
    """The glued-form splits above, and one token per Han character (the multilingual pipeline)."""
    glued = create_split_glued_ids()

    def multilingual_tokens(nlp: Language) -> Language:
        nlp = glued(nlp)
        infixes = list(nlp.Defaults.infixes or []) + INFIXES + MULTI_INFIXES
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        url_match = nlp.tokenizer.url_match
        if url_match is not None:  # "discharge.照會黃醫師" is not a domain name (a regex, to serialise)
            pattern = url_match.__self__
            flags = re.match(r"(?:\(\?[a-zA-Z]+\))*", pattern.pattern).group()  # inline flags lead
            body = pattern.pattern[len(flags):]
            nlp.tokenizer.url_match = re.compile(rf"{flags}(?!.*{HAN})(?:{body})", pattern.flags).match
        return nlp

    return multilingual_tokens
