"""Passages in another language inside a note (issue 13, must-have 4: language per sentence).
An English note that quoted a daughter in Spanish or copied a German letter kept their dates,
identifiers, phones and places: "el 14 de marzo de 1931 en Sevilla", "DNI 12345678Z", "3. Mai
2019", "Klinikum Göttingen", "0551 39 12345" came out unchanged under ``--lang auto``. Such a
passage is now read by its own language's pipeline too (``passages.py``, ``routing.py``); every
text is invented."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from spacy_deid.cli._run import build
from spacy_deid.cli.main import app
from spacy_deid.passages import foreign_passages
from spacy_deid.routing import LanguagePipelines, RoutedDeidentifier
from spacy_deid.runner import DeidInput

SPANISH = ("72 yo man admitted with CHF exacerbation, diuresed overnight with lasix 40 IV, now on 2L NC, "
           "sats 95%. Lungs with bibasilar crackles. Daughter at bedside, translating for patient. She states: "
           "Mi padre nació el 14 de marzo de 1931 en Sevilla y vive en la Calle Mayor 5, 28013 Madrid. "
           "Su DNI es 12345678Z. Plan: continue diuresis, recheck lytes in am, PT/OT consult.")
GERMAN = ("Patient transferred from outside hospital for PCI, stable on heparin drip, no chest pain since "
          "arrival. Copy of the German discharge letter in chart: Herr Klaus Becker wurde am 3. Mai 2019 im "
          "Klinikum Göttingen aufgenommen, wohnhaft Lindenstraße 5a, 37085 Göttingen, Telefon 0551 39 12345. "
          "Will get records translated. Cardiology following, echo tomorrow.")
ITALIAN = ("Pt alert and oriented, pleasant, ambulating with walker. Wife speaks Italian only; per interpreter, "
           "la signora Giulia Bianchi abita in via Roma 12 a Milano e il figlio lavora a Torino dal 2015. "
           "Social work to see re: discharge planning. Pain controlled on tylenol.")
ENGLISH = ("Pt resting comfortably overnight, no acute events. Vitals stable, afebrile, tolerating diet. "
           "Wife Mary Jones at bedside and updated on plan. Will continue current management.")


def _engine(passages: bool = True) -> RoutedDeidentifier:
    return RoutedDeidentifier(LanguagePipelines(lambda lg: build("default", lg, "tag", False)), passages=passages)


def test_passages_of_a_note():
    (es,) = foreign_passages(SPANISH, "en")
    passage = SPANISH[es.start:es.end]
    assert es.lang == "es" and "Mi padre nació" in passage and "Lungs" not in passage
    assert "Su DNI es 12345678Z." in passage  # too short to tell: with the passage before
    (de,) = foreign_passages(GERMAN, "en")
    assert de.lang == "de" and "3. Mai 2019" in GERMAN[de.start:de.end]  # no cut after "3."
    assert foreign_passages(ENGLISH, "en") == []
    assert foreign_passages(SPANISH, "es")[0].lang == "en"  # the other way round too


def test_a_short_piece_goes_with_the_passage_after_it():
    text = "Son called. Sr. Pérez vive en la calle de Alcalá 23 con su hija desde hace dos años. Will follow up."
    (p,) = foreign_passages(text, "en")
    assert p.lang == "es" and "Sr. Pérez" in text[p.start:p.end]


@pytest.mark.parametrize("note,kept_before,gone", [
    (SPANISH, ["14 de marzo de 1931", "Sevilla", "12345678Z"], ["14 de marzo de 1931", "Sevilla", "12345678Z", "28013"]),
    (GERMAN, ["3. Mai 2019", "Klinikum Göttingen", "0551 39 12345"],
     ["Klaus Becker", "3. Mai 2019", "Göttingen", "Lindenstraße 5a", "0551 39 12345"]),
    (ITALIAN, [], ["Giulia Bianchi", "via Roma 12", "Milano", "Torino"]),
])
def test_a_passage_is_read_by_its_own_pipeline(note, kept_before, gone):
    (before,) = list(_engine(passages=False).run([DeidInput(note, None, 0, None)]))
    for s in kept_before:  # the defect: the English pipeline alone keeps these
        assert s in before.text
    engine = _engine()
    (res,) = list(engine.run([DeidInput(note, None, 0, None)]))
    assert engine.counts == {"en": 1} and sum(engine.passage_counts.values()) == 1
    for s in gone:
        assert s not in res.text
    assert "Plan: continue diuresis" in res.text or "Cardiology following" in res.text or "tylenol" in res.text


def test_union_keeps_what_the_note_pipeline_found():
    """Every span of the note's own pipeline stays (recall first)."""
    plain = list(_engine(passages=False).run([DeidInput(GERMAN, None, 0, None)]))[0]
    mixed = list(_engine().run([DeidInput(GERMAN, None, 0, None)]))[0]
    covered = [(s.start, s.end) for s in mixed.spans]
    for s in plain.spans:
        assert any(a <= s.start and s.end <= b for a, b in covered)


def test_a_note_without_passages_is_as_before():
    a = list(_engine(passages=False).run([DeidInput(ENGLISH, None, 0, None)]))[0]
    engine = _engine()
    b = list(engine.run([DeidInput(ENGLISH, None, 0, None)]))[0]
    assert a.text == b.text and engine.passage_counts == {}


def test_a_failing_passage_withholds_the_note(monkeypatch):
    """Fail closed: when the passage's pipeline fails, no text of the note is returned."""
    engine = _engine()
    es = engine.engine("es")

    def boom(items):
        raise RuntimeError("Mi padre nació el 14 de marzo de 1931")  # a message that quotes the text

    monkeypatch.setattr(es, "detect", boom)
    res, ok = list(engine.run([DeidInput(SPANISH, None, 0, None), DeidInput(ENGLISH, None, 1, None)]))
    assert res.text is None and res.error == "processing failed (RuntimeError)"
    assert ok.text is not None and "Mary Jones" not in ok.text


def test_cli_redact_reads_passages(tmp_path):
    src = tmp_path / "notes.jsonl"
    src.write_text(json.dumps({"id": "a", "text": GERMAN}) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["redact", str(src), "--out", str(tmp_path / "out.jsonl"), "--mode", "tag", "-q"])
    assert res.exit_code == 0, res.output
    (out,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "0551 39 12345" not in out["text"] and "3. Mai 2019" not in out["text"]
