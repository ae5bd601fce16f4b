"""Structured values glued to Chinese (or Japanese, Korean) text: scripts without spaces put an
e-mail address, URL, IP address, card, IBAN or SSN right against the words around it ("網址
www.example.org給你" written without spaces). The recognizers had required a non-word character
on each side, and a Han character is a word character, so these values went through untouched:
"我的信箱是abc123@gmail.com喔" came out of the default Chinese pipeline unchanged. A value glued
to a Latin letter or digit is still no value ("x4111111111111111"). Every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import configure_redactor, load_pipeline, rules_pipeline


def _rule_spans(text: str, lang: str):
    doc = rules_pipeline(lang)(text)
    return [(s.text, s.label_) for s in doc.spans["phi"]]


GLUED = [
    ("我的信箱是abc123@gmail.com喔", "abc123@gmail.com", "EMAIL"),
    ("網址www.example.org給你", "www.example.org", "URL"),
    ("你可以到www.example.org，再說", "www.example.org", "URL"),
    ("網址https://example.org/abc，給你", "https://example.org/abc", "URL"),
    ("IP是192.168.10.2嗎", "192.168.10.2", "IPADDR"),
    ("IP是fe80::1ff:fe23:4567:890a嗎", "fe80::1ff:fe23:4567:890a", "IPADDR"),
    ("卡號4111111111111111喔", "4111111111111111", "ACCOUNT"),
    ("帳號DE89370400440532013000喔", "DE89370400440532013000", "ACCOUNT"),
    ("SSN是123-45-6789嗎", "123-45-6789", "SSN"),
]


@pytest.mark.parametrize("text,value,label", GLUED)
def test_rules_find_values_glued_to_han_text(text, value, label):
    assert (value, label) in _rule_spans(text, "zh")


@pytest.mark.parametrize("text,value,label", [
    ("メールはabc123@example.comです", "abc123@example.com", "EMAIL"),
    ("주소는www.example.org입니다", "www.example.org", "URL"),
])
def test_rules_find_values_glued_to_kana_and_hangul(text, value, label):
    assert (value, label) in _rule_spans(text, "en")


@pytest.mark.parametrize("text", ["card x4111111111111111 ok", "see abc192.168.10.2 now", "mail: é@x"])
def test_values_glued_to_latin_letters_stay_unmatched(text):
    labels = {label for _, label in _rule_spans(text, "en")}
    assert not labels & {"ACCOUNT", "IPADDR", "EMAIL", "URL"}


def test_a_url_ends_at_cjk_punctuation():
    assert ("https://example.org/a/b", "URL") in _rule_spans("請上https://example.org/a/b。然後登入", "zh")


@pytest.mark.parametrize("text,value,label", [
    ("信箱ａｂｃ＠ｇｍａｉｌ．ｃｏｍ喔", "ａｂｃ＠ｇｍａｉｌ．ｃｏｍ", "EMAIL"),  # full-width letters, read as ASCII
    ("網址ｗｗｗ．ｅｘａｍｐｌｅ．ｏｒｇ給你", "ｗｗｗ．ｅｘａｍｐｌｅ．ｏｒｇ", "URL"),
    ("身分證Ａ１２３４５６７８９", "Ａ１２３４５６７８９", "SSN"),
])
def test_full_width_values_without_normalisation(text, value, label):
    """``nlp(text)`` reads the note as written (the CLI and service normalise it first): the rules'
    view of the text reads full-width letters as ASCII ones, one for one."""
    assert (value, label) in _rule_spans(text, "zh")


@pytest.fixture(scope="module")
def zh_nlp():
    nlp = load_pipeline("default", "zh")
    configure_redactor(nlp, age_policy="over_89")
    return nlp


@pytest.mark.parametrize("text,value,label", GLUED)
def test_default_chinese_pipeline_withholds_glued_values(zh_nlp, text, value, label):
    out = zh_nlp(text)._.deidentified
    assert value not in out
    assert f"[{label}]" in out
