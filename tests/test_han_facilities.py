"""Hospitals and clinics named in Han characters (issue 13): "奇美醫院" and the name said alone
later in the same note; kinds of hospital ("教學醫院") and pointing words ("這家醫院") are no names.
Every sentence is written for these tests."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import rules_pipeline


def _spans(text: str, lang: str = "zh"):
    doc = rules_pipeline(lang)(text)
    return [(s.text, s.label_) for s in doc.spans["phi"]]


@pytest.mark.parametrize("text,expected", [
    ("我之前在奇美醫院開刀", [("奇美醫院", "HOSPITAL")]),
    ("轉到新樓診所追蹤", [("新樓診所", "HOSPITAL")]),
    ("成大醫學中心的報告", [("成大醫學中心", "HOSPITAL")]),
    # said with its facility word once, the name alone is the hospital too
    ("她在奇美醫院生的，後來奇美那邊說沒事", [("奇美醫院", "HOSPITAL"), ("奇美", "HOSPITAL")]),
])
def test_named_hospitals_and_their_short_names(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text", [
    "去附近診所看就好", "這家醫院很大", "大的醫院比較忙", "教學醫院的醫師比較多", "牙醫診所很近", "他在市立醫院上班",
    "要不要轉院到別家醫院", "跑了三家醫院", "救護車送到醫院", "他住進醫院了", "某家診所說沒事", "我們轉到大醫院",
])
def test_kinds_of_hospitals_are_no_names(text):
    assert [s for s in _spans(text) if s[1] == "HOSPITAL"] == []


def test_only_chinese_pipelines_read_them():
    assert _spans("在奇美醫院開刀", lang="en") == []
