"""Workplaces named between 在 and a verb of working in Chinese notes ("我在台積電上班"): labels.md
counts employers as ORGANIZATION. ``recognizers/han_workplaces.py``; every text is invented."""
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
    "我在國外工作", "他在醫院上班", "在那邊做事", "然後我就是在學校做工作", "你現在做什麼工作？", "存在不可收拾當之無愧", "在科技業上班", "在科技公司上班", "我在 ICU 上班",
])
def test_no_workplace_in_generic_places(text):
    assert _found(text) == []


def test_only_chinese_pipelines_read_it():
    assert list(get_recognizer("han_workplaces", "en").find("我在台積電上班")) == []
