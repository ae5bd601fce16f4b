"""Long texts are cut at natural breaks into overlapping chunks that cover every character."""
import pytest

from spacy_deid.chunking import split_text


def test_short_text_is_one_chunk():
    assert split_text("abc", 10) == [(0, "abc")]


@pytest.mark.parametrize("max_chars", [50, 97, 200])
def test_chunks_cover_text_and_respect_limit(max_chars):
    text = "\n\n".join(f"Paragraph {i} about the patient seen on day {i}." for i in range(40))
    chunks = split_text(text, max_chars, overlap=20)
    assert all(len(c) <= max_chars for _, c in chunks)
    assert all(text[o:o + len(c)] == c for o, c in chunks)
    covered = set()
    for o, c in chunks:
        covered.update(range(o, o + len(c)))
    assert covered == set(range(len(text)))
    assert chunks[0][0] == 0 and chunks[-1][0] + len(chunks[-1][1]) == len(text)


def test_cuts_prefer_paragraph_breaks():
    text = "a" * 30 + "\n\n" + "b" * 30 + " " + "c" * 30
    chunks = split_text(text, 40, overlap=0)
    assert chunks[0][1] == "a" * 30 + "\n\n"


def test_text_without_breaks_is_hard_cut():
    chunks = split_text("x" * 100, 30, overlap=5)
    assert all(len(c) <= 30 for _, c in chunks)
    assert "".join(c for _, c in chunks).count("x") >= 100
