"""Prompt building, response parsing and alignment of the PHI task, on recorded responses."""
import json

import pytest

from spacy_deid.labels import ALL_LABELS
from spacy_deid.llm.tasks.phi.parse import align, normalize_label, parse_response, response_to_spans
from spacy_deid.llm.tasks.phi.prompt import (
    DEFAULT_LABELS, INSTRUCTIONS, LABEL_DEFINITIONS, build_prompt, check_labels, read_examples,
)

COARSE = DEFAULT_LABELS


# --- prompt -----------------------------------------------------------------------------

def test_packaged_examples_use_scheme_labels_and_occur_in_their_text():
    examples = read_examples()
    assert len(examples) >= 2
    assert any(not ex.answers for ex in examples)  # one example teaches "NONE"
    for ex in examples:
        for label, surface in ex.answers:
            assert label in ALL_LABELS
            assert surface in ex.text


def test_prompt_has_definitions_instructions_examples_and_note_last():
    note = "Visited by Hollis Brandt on 2/9."
    prompt = build_prompt(note, COARSE, read_examples())
    assert prompt.startswith(INSTRUCTIONS.split("{")[0])
    assert "Never translate" in prompt and "rewrite" in prompt
    for label in COARSE:
        assert f"{label}: {LABEL_DEFINITIONS[label]}" in prompt
    assert prompt.endswith(f"NOTE:\n{note}\nANSWER:")
    # fine example labels are shown as their coarse category when the task uses coarse labels
    assert "\nNAME: Kessington\n" in prompt and "DOCTOR:" not in prompt
    # the prefix before the note is identical for every note (prompt caching)
    other = build_prompt("Something else.", COARSE, read_examples())
    assert prompt[: prompt.rindex("NOTE:")] == other[: other.rindex("NOTE:")]


def test_fine_labels_prompt_keeps_fine_example_labels():
    prompt = build_prompt("x", ["DOCTOR", "PATIENT", "DATE"], read_examples())
    assert "DOCTOR: Kessington" in prompt and "PATIENT: Marta Oyelaran" in prompt
    assert "PHONE:" not in prompt  # labels outside the task are left out of the examples


def test_custom_examples_file_with_offsets(tmp_path):
    path = tmp_path / "ex.jsonl"
    text = "Call Rosa at home."
    path.write_text(json.dumps({"text": text, "spans": [{"start": 5, "end": 9, "label": "PATIENT"}]}) + "\n")
    (ex,) = read_examples(path)
    assert ex.answers == [("PATIENT", "Rosa")]
    assert build_prompt("n", COARSE, [ex]).count("NAME: Rosa") == 1


def test_bad_labels_and_examples_are_rejected(tmp_path):
    with pytest.raises(ValueError, match="Unknown PHI label"):
        check_labels(["NAME", "DISEASE"])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"spans": []}\n')
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        read_examples(bad)


# --- parsing ----------------------------------------------------------------------------

def test_parse_tolerates_bullets_quotes_aliases_and_pipes():
    response = (
        "1. NAME: \"Ottilie Brann\"\n- person: Gus\nDATE : 3/14\n"
        "Kellerman Clinic | LOCATION\nDISEASE: flu\nSome chatter without a label\nNONE\n"
    )
    assert parse_response(response, COARSE) == [
        ("NAME", "Ottilie Brann"), ("NAME", "Gus"), ("DATE", "3/14"), ("LOCATION", "Kellerman Clinic"),
    ]


def test_labels_are_fitted_to_the_task_labels():
    assert normalize_label("doctor", COARSE) == "NAME"
    assert normalize_label("Phone number", COARSE) == "CONTACT"
    assert normalize_label("DOCTOR", ["DOCTOR", "DATE"]) == "DOCTOR"
    assert normalize_label("NAME", ["DOCTOR"]) is None  # a coarse answer cannot pick a fine label
    assert normalize_label("DIAGNOSIS", COARSE) is None


# --- alignment --------------------------------------------------------------------------

def test_align_exact_finds_every_occurrence():
    text = "Ana called. Later Ana came back."
    assert align(text, "Ana") == [(0, 3), (18, 21)]


def test_align_falls_back_to_case_insensitive():
    text = "pt seen by DR. WENDEL OKAFOR today"
    (hit,) = align(text, "Wendel Okafor")
    assert text[hit[0]:hit[1]] == "WENDEL OKAFOR"


def test_align_whitespace_tolerant():
    text = "Lives at 41  Marrow\nLane, Exeter"
    (hit,) = align(text, "41 Marrow Lane")
    assert text[hit[0]:hit[1]] == "41  Marrow\nLane"
    (hit,) = align("Contact: Brandt ,Hollis", "Brandt, Hollis")
    assert hit == (9, 23)


def test_align_rejects_matches_inside_words_and_missing_strings():
    assert align("Annual review done.", "Ann") == []
    assert align("Seen by Dr. Ruiz.", "Dr. Rodriguez") == []  # rewritten: dropped
    assert align("Paciente Juan", "Patient Juan") == []  # translated: dropped
    assert align("abc", "   ") == []


def test_response_to_spans_on_a_recorded_answer():
    text = "Pt Ines Halvorsen (72 yo) seen at Dunmore Clinic, Dunmore PA on 02/11/2020. Ines is stable."
    recorded = (
        "NAME: Ines Halvorsen\nAGE: 72\nLOCATION: Dunmore Clinic\nLOCATION: Dunmore, PA\n"
        "DATE: 02/11/2020\nNAME: Marta Oyelaran\nNAME: Ines\nCONTACT: 617-555-0182\n"
    )
    spans = response_to_spans(text, recorded, COARSE)
    got = {(text[s:e], label) for s, e, label in spans}
    assert got == {
        ("Ines Halvorsen", "NAME"), ("72", "AGE"), ("Dunmore Clinic", "LOCATION"),
        ("Dunmore", "LOCATION"), ("PA", "LOCATION"), ("02/11/2020", "DATE"), ("Ines", "NAME"),
    }
    # "Ines" is marked at both places; echoed example strings (not in the text) are dropped
    assert sum(1 for s, e, lab in spans if text[s:e] == "Ines") == 2
    assert sum(1 for s, e, lab in spans if text[s:e] == "Dunmore") == 2


def test_names_lose_titles_and_copied_lowercase_words():
    from spacy_deid.llm.tasks.phi.parse import trim_name

    assert trim_name("Dr. Okonkwo.") == "Okonkwo"
    assert trim_name("daughter Maren Oduya") == "Maren Oduya"
    assert trim_name("Mrs Vale") == "Vale"
    assert trim_name("pt's wife") == "pt's wife"  # nothing capitalised left: unchanged
    text = "Updated daughter Maren Oduya and Dr. Okonkwo."
    spans = response_to_spans(text, "NAME: daughter Maren Oduya\nNAME: Dr. Okonkwo", COARSE)
    assert {text[s:e] for s, e, _ in spans} == {"Maren Oduya", "Okonkwo"}


def test_recited_example_answers_are_dropped_in_runs_only():
    examples = read_examples()
    echoes = {surface for ex in examples for _, surface in ex.answers}
    text = "Gunnar (58 yo) from Dunmore, PA was seen. Retired welder."
    recorded = "NAME: Gunnar\nAGE: 58\nLOCATION: Dunmore\nLOCATION: PA\nPROFESSION: welder\n"
    spans = response_to_spans(text, recorded, COARSE, echoes)
    # "58", "Dunmore", "PA", "welder" recite the examples in a row: dropped
    assert {text[s:e] for s, e, _ in spans} == {"Gunnar"}
    # a single answer equal to an example answer is kept
    spans = response_to_spans(text, "NAME: Gunnar\nAGE: 58\nNAME: Nobody Here", COARSE, echoes)
    assert {text[s:e] for s, e, _ in spans} == {"Gunnar", "58"}


def test_lowercase_names_and_places_are_dropped_unless_told_not_to():
    text = "Son at bedside, lives in Ashby. BP ok."
    recorded = "NAME: son\nLOCATION: bedside\nLOCATION: Ashby\nDATE: ok"
    assert {text[s:e] for s, e, _ in response_to_spans(text, recorded, COARSE)} == {"Ashby", "ok"}
    keep_all = response_to_spans(text, recorded, COARSE, drop_lowercase=False)
    assert {text[s:e] for s, e, _ in keep_all} == {"Son", "bedside", "Ashby", "ok"}


def test_ages_need_an_age_word_nearby():
    text = "72 yo man, HR 94, sats 97%. Wife aged 70, son 40-year-old, dtr 38F."
    spans = response_to_spans(text, "AGE: 72\nAGE: 94\nAGE: 97\nAGE: 70\nAGE: 40\nAGE: 38", COARSE)
    assert [text[s:e] for s, e, _ in spans] == ["72", "70", "40", "38"]
    spans = response_to_spans(text, "AGE: 72\nAGE: 94", COARSE, age_needs_cue=False)
    assert [text[s:e] for s, e, _ in spans] == ["72", "94"]
