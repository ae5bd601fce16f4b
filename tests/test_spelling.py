"""The spelling model: unknown words spelled like drugs and shorthand are no names on the NER's
word alone, and names of every audited culture are not spelled like words (issue 10)."""
from __future__ import annotations

import pytest

from spacy_deid.audit.names import audit_cultures, pools
from spacy_deid.finders.plausibility import SOFT, SPELLED_AS_WORD, veto
from spacy_deid.finders.words import Words
from spacy_deid.lexicons import spelling


def test_a_tiny_model_learns_names_against_words():
    table = spelling.train(["nguyen", "okafor", "santos", "kowalski", "ng", "oka"] * 3,
                           ["oxacillin", "diclox", "extubate", "xerofoam", "cillin"] * 3)
    model = spelling.Spelling({g: v / 10 for g, v in table.items()})
    assert model.score("oxacilin") < 0 < model.score("okafor")


@pytest.mark.parametrize("word", ["oxacilin", "diclox", "extub", "xerofoam", "hcts"])
def test_drug_and_shorthand_spellings_score_as_words(lexicon, word):
    w = Words(word, lexicon).items[0]
    assert w.cls == "unknown" or w.typo  # in no list, or one edit from a listed word
    assert w.spelling <= SPELLED_AS_WORD


def test_held_out_names_of_every_culture_are_spelled_like_names(lexicon):
    """Names held out of the lists (the audit's) rarely score as words: a veto that fell on one
    culture's names would make recall depend on culture."""
    total = low = 0
    for culture in audit_cultures():
        parts = [p.lower() for k in ("female", "male", "last") for n in pools(culture)[k]
                 for p in n.replace("-", " ").split() if p.isalpha()]
        words = [Words(p, lexicon).items[0] for p in parts]
        n_low = sum(1 for w in words if (w.cls == "unknown" or w.typo) and w.spelling <= SPELLED_AS_WORD)
        assert n_low / len(parts) <= 0.02, (culture, n_low, len(parts))
        total += len(parts)
        low += n_low
    assert low / total <= 0.005


def test_the_veto_spares_names_and_capitals(lexicon):
    def v(text, mixed=False):
        return veto("NAME", text, Words(text, lexicon).items, mixed_case=mixed)

    assert v("OXACILIN") == SOFT and v("xerofoam") == SOFT
    assert v("Xerofoam", mixed=True) == 0.0  # a capital in a mixed-case note: the NER decides
    assert v("GERPUSI") == 0.0 and v("OKAFOR") == 0.0


def test_a_saved_pipeline_carries_the_spelling_table(lexicon_nlp, tmp_path):
    from spacy_deid.lexicons.spelling import SPELLING_FILE

    lexicon_nlp.get_pipe("phi_lexicon").to_disk(tmp_path / "lex")
    assert (tmp_path / "lex" / SPELLING_FILE).is_file()
    from spacy_deid.lexicons.tables import load_lexicon
    assert load_lexicon(tmp_path / "lex").spelling_score("oxacilin") <= SPELLED_AS_WORD
