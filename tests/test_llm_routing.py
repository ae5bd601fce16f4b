"""Self-consistency voting and fallback routing of the LLM component."""
import pytest
import spacy

from spacy_deid.llm.consistency import check_vote_settings, vote
from spacy_deid.llm.routing import RouteAll, RouteUncertain, segments, windows_of
from spacy_deid.spans import add_phi_spans


# --- voting -----------------------------------------------------------------------------

def test_vote_keeps_spans_found_min_votes_times_with_share_as_score():
    samples = [
        [(0, 4, "NAME"), (10, 14, "DATE")],
        [(0, 4, "NAME"), (10, 14, "DATE"), (20, 25, "LOCATION")],
        [(0, 4, "LOCATION"), (30, 32, "AGE")],
    ]
    votes = {(v.start, v.end): v for v in vote(samples, min_votes=2, review_threshold=0.75)}
    assert set(votes) == {(0, 4), (10, 14)}  # single-vote spans are dropped
    assert votes[(0, 4)].score == 1.0 and votes[(0, 4)].label == "NAME" and not votes[(0, 4)].uncertain
    assert votes[(10, 14)].score == pytest.approx(2 / 3) and votes[(10, 14)].uncertain


def test_one_vote_per_sample_even_with_two_labels():
    samples = [[(0, 4, "NAME"), (0, 4, "LOCATION")], []]
    (v,) = vote(samples, min_votes=1, review_threshold=0.0)
    assert v.score == 0.5 and v.label == "NAME"


def test_vote_settings_are_checked():
    with pytest.raises(ValueError):
        check_vote_settings(3, 4, 0.5)
    with pytest.raises(ValueError):
        check_vote_settings(0, 1, 0.5)
    with pytest.raises(ValueError):
        check_vote_settings(3, 2, 1.5)


# --- routing ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def test_segments_split_lines_and_sentences(nlp):
    doc = nlp("BP stable.  Plan: rest.\n\nFamily at bedside")
    assert [doc.text[s:e] for s, e in segments(doc)] == ["BP stable.", "Plan: rest.", "Family at bedside"]


def test_windows_join_neighbours_and_split_long_text():
    text = "aaaa bbbb. cccc dddd."
    assert windows_of(text, [(0, 10), (11, 21)], max_chars=50) == [(0, 21)]
    assert windows_of(text, [(0, 10), (11, 21)], max_chars=12) == [(0, 10), (11, 21)]
    long = " ".join(["word"] * 40)
    wins = windows_of(long, [(0, len(long))], max_chars=50)
    assert all(e - s <= 50 for s, e in wins) and wins[0][0] == 0 and wins[-1][1] == len(long)


def test_route_all_covers_every_sentence(nlp):
    doc = nlp("Temp 37.2.\nSeen by Dr. Pell.")
    assert RouteAll(max_chars=1000)(doc) == [(0, len(doc.text))]


def test_route_uncertain_picks_unsure_and_unflagged_sentences(nlp):
    text = "Vitals stable overnight.\nSeen with Dr. Pell at 14:00.\nDate of visit 3/4 noted.\nAsked Harriet about pain."
    doc = nlp(text)
    d = text.index("3/4")
    add_phi_spans(doc, [(d, d + 3, "DATE", 0.95)], source="rules")
    router = RouteUncertain(score_threshold=0.5)
    chosen = [text[s:e] for s, e in router.select(doc)]
    # sentence 1: no cue; 2: a title + name nobody flagged; 3: its date is flagged with a high
    # score and nothing else looks like PHI; 4: a capitalised word inside the sentence
    assert chosen == ["Seen with Dr. Pell at 14:00.", "Asked Harriet about pain."]

    doc2 = nlp(text)
    add_phi_spans(doc2, [(d, d + 3, "DATE", 0.3)], source="ner")  # an unsure candidate
    chosen2 = [text[s:e] for s, e in router.select(doc2)]
    assert "Date of visit 3/4 noted." in chosen2


def test_route_uncertain_ignores_llm_spans_and_can_disable_cues(nlp):
    text = "Asked Harriet about pain."
    doc = nlp(text)
    add_phi_spans(doc, [(6, 13, "NAME", 0.2)], source="llm")
    assert RouteUncertain()(doc) == [(0, len(text))]  # the LLM's own span does not count
    assert RouteUncertain(use_cues=False)(nlp(text)) == []
