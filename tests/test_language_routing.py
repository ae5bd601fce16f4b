"""``--lang auto`` (issue 13, must-have 4): each note's language is identified (py3langid) and the
note goes to the pipeline of its language, in input order; serve and spark refuse ``auto``."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from spacy_deid.cli._run import build, build_one
from spacy_deid.cli.main import app
from spacy_deid.langid import detect_language
from spacy_deid.routing import LanguagePipelines, RoutedDeidentifier
from spacy_deid.runner import DeidInput

NOTES = {
    "en": "Patient John Smith was seen on 03/14/2021 by Dr. Anna Ruiz for shortness of breath.",
    "es": "La paciente Begoña Arrieta Salcedo, de 71 años, ingresó el 3 de febrero de 2020 por disnea.",
    "de": "Frau Sabine Weber wurde am 14. März 2021 mit Atemnot aufgenommen. Tel. 030 12345678.",
}


@pytest.mark.parametrize("lang,text", [
    ("en", "The patient was admitted overnight with chest pain and is now stable."),
    ("es", "El paciente ingresó anoche por dolor torácico y ahora está estable."),
    ("de", "Der Patient wurde gestern mit Brustschmerzen aufgenommen und ist jetzt stabil."),
    ("fr", "Le patient a été admis cette nuit pour une douleur thoracique et il est stable."),
    ("it", "Il paziente è stato ricoverato stanotte per dolore toracico ed è ora stabile."),
    ("pt", "O paciente foi internado esta noite com dor no peito e agora está estável."),
    ("ro", "Pacientul a fost internat azi-noapte cu durere toracică și acum este stabil."),
    ("tr", "Hasta dün gece göğüs ağrısı ile yatırıldı ve şimdi durumu stabil."),
    ("zh", "病人 Mr. Chen 昨晚因胸痛入院，目前情況穩定，BP 132/84。"),
    ("ar", "دخل المريض ليلة أمس بسبب ألم في الصدر وحالته الآن مستقرة."),
])
def test_the_language_of_a_note(lang, text):
    assert detect_language(text) == lang


def test_too_little_text_keeps_the_default():
    assert detect_language("BP 132/84, HR 88", default="en") == "en"
    assert detect_language("", default="es") == "es"


def test_notes_go_to_the_pipeline_of_their_language_in_order():
    pipes = LanguagePipelines(lambda lg: build("default", lg, "tag", False))
    engine = RoutedDeidentifier(pipes, window=2)
    order = ["es", "en", "de", "es", "en"]
    results = list(engine.run([DeidInput(NOTES[lg], None, i, None) for i, lg in enumerate(order)]))
    assert [r.context for r in results] == list(range(len(order)))
    assert engine.counts == {"es": 2, "en": 2, "de": 1}
    assert pipes.get("es").lang == "es" and "phi_lexicon" not in pipes.get("es").pipe_names  # the Spanish model
    # the multilingual model, with German rules and German everyday words
    assert pipes.get("de").lang == "xx" and pipes.get("de").get_pipe("phi_patterns").lang == "de"
    assert pipes.get("de").get_pipe("phi_word_veto").lang == "de"
    es, en, de = results[0].text, results[1].text, results[2].text
    assert "Begoña" not in es and "[AGE]" in es and "3 de febrero de 2020" not in es
    assert "John Smith" not in en and "03/14/2021" not in en
    assert "14. März 2021" not in de and "030 12345678" not in de  # German dates and phone region
    assert "Sabine" not in de and "Weber" not in de and "Atemnot" in de  # German names: the model's


def test_a_chinese_english_note_goes_to_the_chinese_route():
    pipes = LanguagePipelines(lambda lg: build("default", lg, "tag", False))
    engine = RoutedDeidentifier(pipes)
    note = "Pt 陳美玲 admitted on 2021/03/14 for pneumonia, no fever today. 家屬林志明 informed."
    (res,) = list(engine.run([DeidInput(note, None, 0, None)]))
    assert engine.counts == {"zh": 1} and pipes.get("zh").lang == "xx"
    assert "陳美玲" not in res.text and "林志明" not in res.text and "2021/03/14" not in res.text


def test_a_language_in_the_meta_wins_over_detection():
    pipes = LanguagePipelines(lambda lg: build("rules", lg, "tag", False))
    engine = RoutedDeidentifier(pipes)
    item = DeidInput(NOTES["en"] + " Revisión el 3 de febrero de 2020.", None, 0, {"lang": "es"})
    (res,) = list(engine.run([item]))
    assert engine.counts == {"es": 1} and "3 de febrero de 2020" not in res.text


@pytest.mark.parametrize("lang_args", [["--lang", "auto"], []])
def test_cli_redact_with_lang_auto(tmp_path, lang_args):
    """``--lang auto`` is the default of redact and detect (issue 13, must-have 4)."""
    src = tmp_path / "notes.jsonl"
    src.write_text("".join(json.dumps({"id": lg, "text": t}) + "\n" for lg, t in NOTES.items()), encoding="utf-8")
    res = CliRunner().invoke(app, ["redact", str(src), "--out", str(tmp_path / "out.jsonl"), *lang_args,
                                   "--mode", "tag", "-q"])
    assert res.exit_code == 0, res.output
    out = {r["id"]: r["text"] for r in map(json.loads, (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines())}
    assert "Begoña" not in out["es"] and "John Smith" not in out["en"] and "14. März 2021" not in out["de"]


@pytest.mark.parametrize("where", ["serve", "spark"])
def test_single_pipeline_commands_refuse_auto(where):
    with pytest.raises(ValueError, match="--lang auto is for redact and detect"):
        build_one("rules", "auto", "tag", False, where=where)


def test_routing_fails_closed_per_note():
    """A note that cannot be read or processed is withheld with an error; the others go on."""
    engine = RoutedDeidentifier(LanguagePipelines(lambda lg: build("rules", lg, "tag", False)))
    items = [DeidInput("Call 617-555-0142 now please", None, 0, None), DeidInput(b"bytes", None, 1, None),
             DeidInput("La paciente ingresó\x00 el 3 de mayo de 2020.", None, 2, None)]
    good, raw, nul = list(engine.run(items))
    assert good.text == "Call [PHONE] now please" and good.error is None
    for res in (raw, nul):
        assert res.text is None and res.error and "2020" not in res.error


def test_the_identifier_preloads_in_the_background_once(monkeypatch):
    """``langid.preload`` (``--lang auto`` starts it while the English pipeline loads): one load
    however many callers; a load that fails in the thread fails again, with its error, in the
    caller's."""
    from py3langid.langid import LanguageIdentifier

    from spacy_deid import langid

    real = LanguageIdentifier.from_modelpath.__func__
    calls = []

    def counted(cls, path, *args, **kwargs):
        calls.append(path)
        return real(cls, path, *args, **kwargs)

    monkeypatch.setattr(langid, "_IDENTIFIER", [])
    monkeypatch.setattr(LanguageIdentifier, "from_modelpath", classmethod(counted))
    thread = langid.preload()
    assert detect_language("Der Patient wurde gestern mit Fieber aufgenommen.") == "de"
    thread.join(timeout=60)
    assert not thread.is_alive() and len(calls) == 1 and langid._IDENTIFIER

    def broken(cls, path, *args, **kwargs):
        raise OSError("model file unreadable")

    monkeypatch.setattr(langid, "_IDENTIFIER", [])
    monkeypatch.setattr(LanguageIdentifier, "from_modelpath", classmethod(broken))
    langid.preload().join(timeout=60)
    with pytest.raises(OSError, match="unreadable"):
        detect_language("Der Patient wurde gestern mit Fieber aufgenommen.")
