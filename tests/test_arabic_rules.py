"""Arabic names by their cues (``recognizers/arabic_names.py``) and Arabic ages
(``recognizers/ages/ar.py``): sentences written for these tests, in other words than the Arabic
generator uses."""
from __future__ import annotations

import pytest

from spacy_deid.recognizers import default_recognizers
from spacy_deid.recognizers.arabic_names import ArabicNameRecognizer, norm


def found(text: str):
    return [(text[m.start:m.end], m.label) for m in ArabicNameRecognizer("ar").find(text)]


@pytest.mark.parametrize("text,expected", [
    # a title, with or without a proclitic ("للدكتور" is "ل" + "الدكتور"), and the lineage of a name
    ("أرسلت التقرير للدكتور عمر بن سعيد اليوم.", [("عمر بن سعيد", "DOCTOR")]),
    ("اسم المريض: يوسف عبد الرحيم القضاة      رقم الملف: 3390217", [("يوسف عبد الرحيم القضاة", "PATIENT")]),
    # two names joined by the "و" glued to the second: the name without its conjunction
    ("حضر الطبيب أحمد الخطيب وسامي العلي إلى الاجتماع.", [("أحمد الخطيب", "DOCTOR"), ("سامي العلي", "DOCTOR")]),
    # kinship words, also after "و"; an unlisted given name before a second kinship word
    ("زارته ابنته رنا وزوجها سامر القضاة أمس.", [("رنا", "PATIENT"), ("سامر القضاة", "PATIENT")]),
    ("تم إبلاغ المريض وأخيه محمد بالخطة.", [("محمد", "PATIENT")]),
    # a signature: a title, a role and a colon, then the name to the end of its line
    ("الممرضة المسؤولة: سلمى داود\n", [("سلمى داود", "PATIENT")]),
    ("الطبيب المشرف: د. سامر حدّاد", [("سامر حدّاد", "DOCTOR")]),
    # an unlisted given name with a family name that has the article; "على" (on) ends it, although
    # it is spelled as the name "علي" once alef maqsura is read as yaa
    ("تم شرح الخطة لابنته السيدة رنا القضاة على الرقم 0795 448 213.", [("رنا القضاة", "PATIENT")]),
    # a word that names: "my name is", "is called" (eighteenth session: "اسمي فاطمة الزهراء" was kept)
    ("قالت: اسمي فاطمة الزهراء وأعمل في المدينة.", [("فاطمة الزهراء", "PATIENT")]),
    ("وصل شاب يدعى خالد العلي إلى الطوارئ.", [("خالد العلي", "PATIENT")]),
])
def test_names_after_their_cues(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "الطبيب المناوب قام بفحص المريض.",  # a role, no name
    "المريض يشكو من ألم في الصدر منذ يومين.",  # a verb after the title
    "ابنه يدرس الطب في الجامعة.",  # a verb, then an article word: no unlisted name
    "السيد، كما ذكر سابقاً، لا يدخن.",  # a comma ends the title
    "المريض: بحالة مستقرة.",  # a field holding a state, not a name
    "اسمه غير معروف.",  # "his name is unknown"
    "Dr. Smith saw the patient.",  # no Arabic script
])
def test_no_name_without_one(text):
    assert found(text) == []


def test_a_name_stops_at_a_line_break_and_a_bracket():
    text = "المريض: عدلي قريش\nCBC: Hb 11.1\nتم إبلاغ قريبه عاكف آل (المرافق) بالخطة."
    assert found(text) == [("عدلي قريش", "PATIENT"), ("عاكف آل", "PATIENT")]


def test_spelling_variants_are_one_name_for_the_lists():
    assert norm("أحمد") == norm("احمد") and norm("فاطمة") == norm("فاطمه") and norm("حدّاد") == "حداد"


def test_only_arabic_and_multilingual_pipelines_read_it():
    assert any(r.name == "arabic_names" and r.active for r in default_recognizers(lang="ar"))
    assert not any(r.name == "arabic_names" and r.active for r in default_recognizers(lang="en"))
    assert list(ArabicNameRecognizer("de").find("السيد أحمد الخطيب")) == []


@pytest.mark.parametrize("text,age", [
    ("أُدخل المريض البالغ من العمر 72 عاماً إثر خفقان.", "72"),
    ("العمر: ٦٤ سنة", "٦٤"),
    ("عمر المريضة 93 عاماً.", "93"),
])
def test_arabic_ages(text, age):
    from spacy_deid.recognizers import ArabicAgeRecognizer

    found = [(text[m.start:m.end], m.recognizer) for m in ArabicAgeRecognizer("ar").find(text)]
    assert found == [(age, "ages.over_89" if age == "93" else "ages_ar")]


def test_a_duration_is_no_age():
    from spacy_deid.recognizers import ArabicAgeRecognizer

    assert list(ArabicAgeRecognizer("ar").find("يدخن منذ 15 سنة ويعاني من السكري منذ 10 سنوات.")) == []


def test_a_state_after_the_patient_is_no_name():
    assert found("المريض سليم ولا يشكو من شيء.") == []  # the patient is well
    assert found("المريض سليم الحداد يشكو من ألم.") == [("سليم الحداد", "PATIENT")]  # Salim al-Haddad
    assert found("راجعه الدكتور سليم صباحاً.") == [("سليم", "DOCTOR")]
