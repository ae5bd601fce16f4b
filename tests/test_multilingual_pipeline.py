"""The multilingual pipeline (issue 13): German, French, Italian, Romanian, Turkish and Arabic
notes go to the shipped multilingual model, Taiwanese Chinese notes (Chinese-English mixed too) to
the Chinese model of the same architecture, each with the rules of its language and
``phi_word_veto``. Checked on notes written by hand for these tests
(``tests/data/handwritten``, in other words than the generators use), not on synthetic ones."""
from __future__ import annotations

from functools import lru_cache

import pytest

from handwritten import load, names
from spacy_deid.evaluation.predict import predict_with_model
from spacy_deid.labels import to_coarse
from spacy_deid.models import XX_LANGS
from spacy_deid.pipelines import load_pipeline, notes_language

HANDWRITTEN = [n for n in names() if n.split("_")[0] in XX_LANGS]


@lru_cache(maxsize=None)
def pipeline(lang: str):
    return load_pipeline("default", lang)


def _covered(span, pred) -> bool:
    return any(p["start"] <= span["start"] and p["end"] >= span["end"] for p in pred)


@pytest.mark.parametrize("lang", XX_LANGS)
def test_each_language_gets_the_multilingual_model_with_its_own_rules(lang):
    nlp = pipeline(lang)
    assert nlp.lang == "xx" and notes_language(nlp) == lang
    assert nlp.meta["name"] == ("deid_cnn_zh" if lang == "zh" else "deid_cnn_multi")
    assert nlp.pipe_names == ["tok2vec", "ner", "phi_patterns", "phi_word_veto", "deid_redactor"]
    assert nlp.get_pipe("phi_word_veto").lang == lang


@pytest.mark.parametrize("name", HANDWRITTEN)
def test_handwritten_notes_lose_their_phi(name):
    """Every date, identifier and contact goes (the rules are sure of them); at most one name or
    place in a note may be missed, and at most two words or phrases are taken that are no PHI."""
    rec = load(name)
    pred = list(predict_with_model(pipeline(rec["meta"]["lang"]), [rec]))[0]
    text = rec["text"]
    missed = [(text[s["start"]:s["end"]], to_coarse(s["label"])) for s in rec["spans"] if not _covered(s, pred)]
    assert not [m for m in missed if m[1] in ("ID", "CONTACT")], missed
    assert len([m for m in missed if m[1] in ("NAME", "LOCATION", "DATE", "AGE")]) <= 1, missed
    spurious = [text[p["start"]:p["end"]] for p in pred
                if not any(p["start"] < s["end"] and s["start"] < p["end"] for s in rec["spans"])]
    assert len(spurious) <= 2, spurious


def test_a_german_letter_is_redacted_end_to_end():
    note = ("Sehr geehrter Herr Kollege,\nwir berichten über Ihre Patientin Frau Hildegard Brünnhofer, geb. 02.08.1944, "
            "wohnhaft Lindenallee 12, 04109 Leipzig, die sich vom 03.03.2023 bis 12.03.2023 wegen einer Pneumonie "
            "in unserer stationären Behandlung befand. Tel. der Tochter: 0341 9928374.\nMit freundlichen Grüßen\n"
            "Dr. med. Konrad Wiesenthal")
    out = pipeline("de")(note)._.deidentified
    for secret in ("Brünnhofer", "02.08.1944", "Lindenallee 12", "04109", "Leipzig", "03.03.2023", "0341 9928374", "Wiesenthal"):
        assert secret not in out, (secret, out)
    for word in ("Pneumonie", "stationären Behandlung", "Sehr geehrter Herr Kollege", "Mit freundlichen Grüßen"):
        assert word in out, (word, out)


def test_a_chinese_english_note_is_one_doc_and_loses_its_phi():
    note = "病人 Mr. Chen 於 2021年3月14日 入院, BP 132/84。主治醫師林志明, 家屬陳美玲(女兒) 電話 0912-345-678。"
    nlp = pipeline("zh")
    doc = nlp(note)
    assert "病" in [t.text for t in doc] and "Chen" in [t.text for t in doc]  # Han characters and English words
    out = doc._.deidentified
    for secret in ("Chen", "2021年3月14日", "林志明", "陳美玲", "0912-345-678"):
        assert secret not in out, (secret, out)
    assert "132/84" in out and "入院" in out


@pytest.mark.parametrize("lang,note,secrets", [
    ("ro", "Pacienta Maria Popescu, în vârstă de 72 de ani, internată în perioada 03.03.2023 - 12.03.2023, "
           "tel. 0744 123 456. Medic curant: Dr. Andrei Ionescu.", ["Maria Popescu", "03.03.2023", "0744 123 456", "Ionescu"]),
    ("tr", "Hasta Ayşe Yılmaz, 67 yaşında, 14.03.2021 tarihinde acil servise başvurdu. Tel: 0532 123 45 67. "
           "Sorumlu Hekim: Uzm. Dr. Mehmet Kaya.", ["Ayşe Yılmaz", "14.03.2021", "0532 123 45 67", "Mehmet Kaya"]),
    ("ar", "المريضة ليلى منصور، العمر 64 سنة، دخلت المستشفى بتاريخ ١٢/٠٣/٢٠٢٢ بسبب ضيق التنفس. هاتف: 0551234567. "
           "الطبيب المعالج: د. فيصل الشهري.", ["ليلى منصور", "١٢/٠٣/٢٠٢٢", "0551234567", "فيصل الشهري"]),
])
def test_romanian_turkish_and_arabic_notes(lang, note, secrets):
    out = pipeline(lang)(note)._.deidentified
    for secret in secrets:
        assert secret not in out, (secret, out)
