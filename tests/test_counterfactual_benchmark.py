"""``benchmarks/physionet_counterfactual.py`` swaps gold names and places for drawn ones: the planted
values must sit where it says, in the phrase's case, with a generic head kept (an invented note)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import physionet_counterfactual as cf  # noqa: E402

TEXT = "PT SEEN BY DR QUILLAN. TRANSFERRED FROM ELMSWORTH HOSPITAL TO GH. wife mary aware."
SPANS = [
    {"start": 14, "end": 21, "label": "DOCTOR"},
    {"start": 40, "end": 49, "label": "LOCATION_OTHER"},
    {"start": 50, "end": 58, "label": "LOCATION_OTHER"},  # "HOSPITAL": the corpus marks heads too
    {"start": 62, "end": 64, "label": "LOCATION_OTHER"},
    {"start": 71, "end": 75, "label": "PATIENT"},
]


def test_phrases_merge_neighbours_of_one_label():
    assert [(TEXT[s:e], label) for s, e, label in cf.phrases(TEXT, SPANS)] == [
        ("QUILLAN", "NAME"), ("ELMSWORTH HOSPITAL", "LOCATION"), ("GH", "LOCATION"), ("mary", "NAME")]


def test_substitute_plants_values_in_the_phrase_case():
    for pool in cf.POOLS:
        text, planted = cf.substitute(TEXT, cf.phrases(TEXT, SPANS), cf.Fillers(7, pool))
        values = [text[s:e] for s, e, _ in planted]
        assert [label for _, _, label in planted] == ["NAME", "LOCATION", "LOCATION", "NAME"]
        assert values[0].isupper() and values[1].isupper() and values[3].islower()
        assert text.startswith("PT SEEN BY DR ") and " HOSPITAL TO " in text and text.endswith(" aware.")
        assert values[0] != "QUILLAN" and values[3] != "mary"
        # the acronym stays an acronym of two to four letters that no list holds
        assert values[2].isalpha() and 2 <= len(values[2]) <= 4 and values[2] != "GH"


def test_score_counts_a_value_found_only_when_every_word_is_covered():
    text = "FROM NEW TAMBO TODAY"
    planted = [(5, 14, "LOCATION")]
    assert cf.score(text, planted, [{"start": 5, "end": 14, "label": "CITY"}])[0][1:] == (True, True)
    assert cf.score(text, planted, [{"start": 9, "end": 14, "label": "CITY"}])[0][1:] == (False, False)
    assert cf.score(text, planted, [{"start": 5, "end": 14, "label": "PATIENT"}])[0][1:] == (True, False)


def test_culture_fillers_draw_the_audit_names_and_keep_places():
    from spacy_deid.audit.names import pools

    text, planted = cf.substitute(TEXT, cf.phrases(TEXT, SPANS), cf.CultureFillers(3, "korean", "male"))
    names = [text[s:e] for s, e, label in planted if label == "NAME"]
    places = [text[s:e] for s, e, label in planted if label == "LOCATION"]
    assert places == ["ELMSWORTH", "GH"]  # kept as written
    pool = pools("korean")
    assert all(n.lower() in {x.lower() for x in pool["male"] + pool["last"]} for n in names)
