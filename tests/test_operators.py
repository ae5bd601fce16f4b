"""Every operator and the pure redaction function, with its offset map."""
import pytest

from spacy_deid.operators import OperatorContext, get_operator
from spacy_deid.redaction import RedactionSettings, redact_text
from spacy_deid.spans import PhiSpan

TEXT = "Pt Anna Ruiz, 67 yo, seen 03/14/2021; call 617-555-0142."
SPANS = [PhiSpan(3, 12, "PATIENT"), PhiSpan(14, 16, "AGE"), PhiSpan(26, 36, "DATE"), PhiSpan(43, 55, "PHONE")]


def test_tag_is_default():
    out = redact_text(TEXT, SPANS, RedactionSettings())
    assert out.text == "Pt [PATIENT], [AGE] yo, seen [DATE]; call [PHONE]."


def test_tag_coarse_and_custom_format():
    ctx = OperatorContext(tag_level="coarse", tag_format="<{label}>")
    out = redact_text(TEXT, SPANS, RedactionSettings(), ctx)
    assert out.text == "Pt <NAME>, <AGE> yo, seen <DATE>; call <CONTACT>."


def test_mask_keeps_length_and_whitespace():
    out = redact_text(TEXT, SPANS, RedactionSettings(mode="mask"))
    assert len(out.text) == len(TEXT)
    assert out.text == "Pt **** ****, ** yo, seen **********; call ************."


def test_redact_removes():
    out = redact_text(TEXT, SPANS, RedactionSettings(mode="redact"))
    assert out.text == "Pt ,  yo, seen ; call ."


def test_per_label_operators_fine_beats_coarse_beats_mode():
    s = RedactionSettings(mode="tag", operators={"NAME": "mask", "PATIENT": "redact", "CONTACT": "mask"})
    out = redact_text(TEXT, SPANS, s)
    assert out.text == "Pt , [AGE] yo, seen [DATE]; call ************."


def test_hash_is_keyed_stable_and_case_insensitive():
    ctx = OperatorContext(hash_key=b"k1")
    s = RedactionSettings(mode="hash")
    a = redact_text("Anna Ruiz met ANNA  RUIZ", [PhiSpan(0, 9, "PATIENT"), PhiSpan(14, 24, "PATIENT")], s, ctx)
    first, second = a.text.split(" met ")
    assert first == second and first.startswith("[PATIENT-") and len(first) == len("[PATIENT-]") + 10
    again = redact_text("Anna Ruiz", [PhiSpan(0, 9, "PATIENT")], s, ctx)
    assert again.text == first
    other = redact_text("Anna Ruiz", [PhiSpan(0, 9, "PATIENT")], s, OperatorContext(hash_key=b"k2"))
    assert other.text != first
    assert "Anna" not in a.text


def test_hash_without_key_refuses():
    with pytest.raises(ValueError, match="needs a key"):
        redact_text(TEXT, SPANS, RedactionSettings(mode="hash"))


def test_surrogate_without_generator_is_a_clear_error():
    with pytest.raises(ValueError, match="surrogate_generator"):
        redact_text(TEXT, SPANS, RedactionSettings(mode="surrogate"))


def test_unknown_operator_and_label_rejected():
    with pytest.raises(ValueError, match="Unknown operator"):
        RedactionSettings(mode="blackout")
    with pytest.raises(ValueError, match="unknown label"):
        RedactionSettings(operators={"NAMES": "tag"})
    with pytest.raises(ValueError):
        RedactionSettings(age_policy="young")


def test_age_policy_over_89_keeps_younger_ages():
    text = "A 67 yo and a 93 yo."
    spans = [PhiSpan(2, 4, "AGE"), PhiSpan(14, 16, "AGE")]
    assert redact_text(text, spans, RedactionSettings()).text == "A [AGE] yo and a [AGE] yo."
    assert redact_text(text, spans, RedactionSettings(age_policy="over_89")).text == "A 67 yo and a [AGE] yo."


def test_uncertain_spans_redacted_unless_configured():
    spans = [PhiSpan(3, 12, "PATIENT", "llm", 0.3, uncertain=True)]
    assert "Anna" not in redact_text(TEXT, spans, RedactionSettings()).text
    assert "Anna" in redact_text(TEXT, spans, RedactionSettings(redact_uncertain=False)).text


def test_offset_map_round_trip_and_output_spans():
    out = redact_text(TEXT, SPANS, RedactionSettings())
    m = out.offset_map
    assert m.to_input(0) == 0 and m.to_input(len(out.text)) == len(TEXT)
    for span in out.spans:  # every output span maps back onto its input span
        src = next(s for s in SPANS if s.label == span.label)
        assert (m.to_input(span.start), m.to_input(span.end)) == (src.start, src.end)
        assert out.text[span.start:span.end] == f"[{span.label}]"
    # unchanged text maps one to one
    i = TEXT.index("yo")
    assert out.text[m.to_output(i):m.to_output(i) + 2] == "yo"


def test_overlapping_spans_rejected():
    with pytest.raises(ValueError, match="non-overlapping"):
        redact_text(TEXT, [PhiSpan(0, 5, "PATIENT"), PhiSpan(3, 8, "DATE")], RedactionSettings())


def test_registry_lists_every_operator():
    for name in ("tag", "mask", "redact", "hash", "surrogate", "keep"):
        assert get_operator(name).name == name
