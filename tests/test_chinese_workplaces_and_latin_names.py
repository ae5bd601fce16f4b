"""Chinese notes' workplaces and names in Latin letters: a workplace between 在 and a verb of
working ("我在台積電上班", "在 Google 上班"; labels.md counts employers as ORGANIZATION,
``recognizers/han_workplaces.py``) and a name in Latin letters after a Chinese word of kinship or
role ("病人 Wang Xiaoming", ``recognizers/han_latin_names.py``). Every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.recognizers import get_recognizer


def _found(text):
    return [text[m.start:m.end] for m in get_recognizer("han_workplaces", "zh").find(text)]


@pytest.mark.parametrize("text,org", [
    ("我在台積電上班，很忙。", "台積電"), ("她在7-11打工", "7-11"), ("在中華電信工作", "中華電信"),
    ("在鴻海當工程師", "鴻海"), ("我住在 Taipei，在 Google 上班。", "Google"), ("我之前在高氏企業上班", "高氏企業"),
])
def test_workplaces(text, org):
    assert org in _found(text)


@pytest.mark.parametrize("text", [
    "在銀行上班", "在學校工作", "在家裡工作", "在晚上上班", "在這裡工作", "在我們公司上班", "在公司裡上班",
    "我在國外工作", "他在醫院上班", "在那邊做事", "我平常在倉庫做工作", "你現在做什麼工作？", "存在不可收拾當之無愧", "在科技業上班", "在科技公司上班", "我在 ICU 上班",
])
def test_no_workplace_in_generic_places(text):
    assert _found(text) == []


def test_only_chinese_pipelines_read_it():
    assert list(get_recognizer("han_workplaces", "en").find("我在台積電上班")) == []


@pytest.mark.parametrize("text,name", [
    ("病人 Wang Xiaoming 於三月入院。", "Wang Xiaoming"), ("我女兒 Emily 會來", "Emily"), ("我叫 Kevin，明天見", "Kevin"),
    ("我先生 Chen Y. L. 來了", "Chen Y. L."), ("同事 Amy-Lee 說", "Amy-Lee"),
])
def test_latin_names_after_chinese_kin_and_roles(text, name):
    """Code-mixed notes write romanised or English names after a Chinese cue; "病人 Wang Xiaoming"
    came out of the Chinese pipeline unchanged (``han_latin_names``)."""
    found = [text[m.start:m.end] for m in get_recognizer("han_latin_names", "zh").find(text)]
    assert found == [name]


@pytest.mark.parametrize("text", ["病人 OK 嗎", "朋友 Line 上說", "病人 CT 結果", "病人 Mr. Chen 於 3/14 入院"])
def test_no_latin_name_in_english_words(text):
    assert list(get_recognizer("han_latin_names", "zh").find(text)) == []
