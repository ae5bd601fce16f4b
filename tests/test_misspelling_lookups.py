"""The fast paths of the word classes (``finders.words``) answer exactly as the plain definitions:
misspellings by one set intersection with the lexicon's keys instead of a lookup per edit, misspelt
drugs with difflib's letter-count bounds kept per drug, and one remembered class per word shared by
the tok2vec's lexicon features and the finders (README, "Speed")."""
from difflib import SequenceMatcher

import pytest

from spacy_deid.finders import words as W
from spacy_deid.lexicons import load_lexicon
from spacy_deid.ml.lexicon_embed import token_features

# invented spellings: misspelt words, misspelt drugs, names of several cultures, shorthand
SAMPLE = [
    "swolen", "moribound", "surgey", "dopamin", "vancomicin", "levofloxicin", "heparinn", "lasixx",
    "amiodarone", "metoprolol", "propofal", "fentanil", "nitroglycerine", "pantoprazol",
    "ozturkoglu", "nakashima", "chukwuemeka", "siobhan", "okonkwo", "vasquezz", "bhattacharya",
    "wojciechowski", "rasmussen", "tracheostomy", "hemodynamically", "diuresing", "extubated",
    "sedation", "levophed", "vasopressin", "xyzzyq", "qwertyu", "abcdefgh", "lorazepan",
]


def _typo_reference(word, lexicon):
    """The definition: some word one edit away reads as ``word`` misspelt."""
    if len(word) < W.TYPO_MIN_LEN or not word.isalpha():
        return False
    return any(W._misspelt_flags(c, lexicon) for c in W.one_edit_variants(word))


def _drug_reference(word, lexicon):
    """The definition: a long drug name with the same first two letters and a difflib ratio of 0.85."""
    if len(word) < W.DRUG_SLIP_MIN_LEN or not word.isalpha():
        return False
    for d in lexicon.vocabulary(W.DRUG, W.NAME):
        if not (d.isalpha() and len(d) >= W.DRUG_SLIP_MIN_LEN - 1 and d[:2] == word[:2]):
            continue
        if abs(len(d) - len(word)) <= 2 and SequenceMatcher(None, word, d).ratio() >= W.DRUG_SLIP_RATIO:
            return True
    return False


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize("word", SAMPLE)
def test_misspelling_tests_match_their_definitions(lexicon, word):
    assert W.looks_like_typo(word, lexicon) == _typo_reference(word, lexicon)
    brute = 0
    for c in W.one_edit_variants(word):
        brute |= W._misspelt_flags(c, lexicon)
    assert W.typo_flags(word, lexicon) == brute
    assert W.looks_like_drug(word, lexicon) == _drug_reference(word, lexicon)


def test_the_sample_holds_both_answers(lexicon):
    """Not a vacuous comparison: the sample has misspellings, misspelt drugs and neither."""
    assert W.looks_like_typo("swolen", lexicon) and W.typo_flags("dopamin", lexicon) & W.DRUG
    assert W.looks_like_drug("vancomicin", lexicon) and W.looks_like_drug("levofloxicin", lexicon)
    assert not W.looks_like_typo("xyzzyq", lexicon) and not W.looks_like_drug("wojciechowski", lexicon)


def test_one_edit_variants_are_every_single_edit():
    letters = "abcdefghijklmnopqrstuvwxyz"
    expected = {"b", "a", "ba"}  # deletions, the swap
    expected |= ({c + "b" for c in letters} | {"a" + c for c in letters}) - {"ab"}  # substitutions
    expected |= {c + "ab" for c in letters} | {"a" + c + "b" for c in letters} | {"ab" + c for c in letters}
    assert set(W.one_edit_variants("ab")) == expected
    assert "aa" in W.one_edit_variants("aa")  # a swap of equal letters gives the word itself


@pytest.mark.parametrize("word", SAMPLE + ["bill", "foley", "the", "grace", "o"])
def test_remembered_class_is_the_class(lexicon, word):
    assert W.classify(word, lexicon) == W._classify(word, lexicon)
    assert W.classify(word, lexicon) is W.classify(word, lexicon)  # computed once, then read


def test_tok2vec_features_and_finders_share_the_class(lexicon):
    """The lexicon features read the same class the finders do (a misspelling is class "typo")."""
    cid, flags, _, _ = token_features("Swolen")
    assert cid == 7 and W.classify("swolen", lexicon)[3] is True
    text = "Pt swolen, on vancomicin. Wife Nakashima called."
    ws = W.Words(text, lexicon)
    by_text = {w.text: w for w in ws}
    assert by_text["swolen"].typo and by_text["swolen"].cls == "ordinary"
    assert by_text["vancomicin"].cls == "ordinary"
    assert by_text["Nakashima"].cls in ("name", "unknown") and not by_text["Nakashima"].typo


def test_remembered_classes_belong_to_their_lexicon():
    """Each lexicon keeps its own classes: a new lexicon (other tables, even one that reuses a freed
    object's address) never reads the classes of an earlier one."""
    from spacy_deid.lexicons.tables import Lexicon

    for _ in range(20):
        listed = Lexicon({"zorbl": W.WORD | (30 << 16)}, {})
        assert W.classify("zorbl", listed)[2] == "ordinary"
        assert [w.cls for w in W.Words("zorbl", listed)] == ["ordinary"]
        del listed
        empty = Lexicon({}, {})
        assert W.classify("zorbl", empty)[2] == "unknown"
        assert [w.cls for w in W.Words("zorbl", empty)] == ["unknown"]
        del empty
