"""Device identifiers and user names that went through the default pipeline untouched (found by
trying the tool as a user would): a MAC address ("MAC 00:1A:2B:3C:4D:5E"), a GS1 UDI printed
from an implant record, and user names and social-media handles ("Username: jdoe77", "twitter is
@jsmith_88"). HIPAA counts device identifiers (item M) and labels.md counts user ids and logins
as names. Each defect has its regression test here; every text is invented."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import configure_redactor, load_pipeline, rules_pipeline
from spacy_deid.recognizers import get_recognizer


def _rule_spans(text: str, lang: str = "en"):
    doc = rules_pipeline(lang)(text)
    return [(s.text, s.label_) for s in doc.spans["phi"]]


@pytest.mark.parametrize("text,value", [
    ("Home monitor MAC 00:1A:2B:3C:4D:5E registered.", "00:1A:2B:3C:4D:5E"),
    ("hub mac 00-1a-2b-3c-4d-5e; paired", "00-1a-2b-3c-4d-5e"),
    ("router id 001a.2b3c.4d5e", "001a.2b3c.4d5e"),
    ("設備MAC位址00:1A:2B:3C:4D:5E已登記", "00:1A:2B:3C:4D:5E"),  # glued to Han text
])
def test_mac_addresses_are_device_ids(text, value):
    assert (value, "DEVICE") in _rule_spans(text, "zh" if "設備" in text else "en")


@pytest.mark.parametrize("text", [
    "HR 11-12-13-14-15-16 over the hour",  # decimal values in a series
    "times 10:20:30:40:50:60",
    "x 00:1A:2B:3C:4D:5E:6F",  # seven groups: no MAC address
    "ABG 7.45/40/80/24",
])
def test_series_of_values_are_no_mac_address(text):
    assert list(get_recognizer("mac_addresses").find(text)) == []


def test_gs1_udi_is_one_device_span():
    text = "Implant UDI (01)00884838000407(17)141120(10)7654321D; lot on file."
    (m,) = get_recognizer("device_udis").find(text)
    assert text[m.start:m.end] == "(01)00884838000407(17)141120(10)7654321D" and m.label == "DEVICE"
    assert m.score == 1.0  # the GTIN's check digit and the expiry date validate


def test_spaced_and_mistyped_udis_still_withheld():
    rec = get_recognizer("device_udis")
    spaced = "udi (01) 00884838000407 (17) 141120 (10) 7654321D."
    (m,) = rec.find(spaced)
    assert spaced[m.start:m.end] == "(01) 00884838000407 (17) 141120 (10) 7654321D"
    (typo,) = rec.find("UDI (01)00884838000408 on the box")  # check digit wrong: still a device
    assert 0.5 < typo.score < 1.0
    assert list(rec.find("labs (01) 7.4 and (02) 8.1")) == []


@pytest.mark.parametrize("text,value", [
    ("Username: jdoe77 for the portal.", "jdoe77"),
    ("she gave her login jdoe77 to the nurse", "jdoe77"),
    ("skype id john.doe.1950 for the interpreter", "john.doe.1950"),
    ("Patient's twitter is @jsmith_88 and", "jsmith_88"),
    ("her instagram handle jane.doe.1990.", "jane.doe.1990"),
    ("user name is marybee", "marybee"),
    ("posted by @mary_r88 yesterday", "mary_r88"),
    ("Benutzername: jdoe77", "jdoe77"), ("Nom d'utilisateur : jdoe77", "jdoe77"), ("Usuario: jdoe77", "jdoe77"),
    ("nome utente jdoe77", "jdoe77"), ("Kullanıcı adı: jdoe77", "jdoe77"), ("nume de utilizator jdoe77", "jdoe77"),
])
def test_user_names_and_handles(text, value):
    assert (value, "USERNAME") in _rule_spans(text)


@pytest.mark.parametrize("text,value", [
    ("我的LINE ID是abc_123，再加我", "abc_123"),
    ("微信號wxid_88abc。", "wxid_88abc"),
    ("她的IG帳號是@mei.lin_07，有空看", "mei.lin_07"),
    ("我的帳號是john88喔", "john88"),
])
def test_user_names_in_chinese_notes(text, value):
    assert (value, "USERNAME") in _rule_spans(text, "zh")


def test_an_account_number_is_no_user_name():
    assert list(get_recognizer("usernames").find("帳號12345678")) == []


@pytest.mark.parametrize("text", [
    "handle with care", "IG 500mg given", "IgG 1200", "line 12 placed", "unable to handle 2L NC", "login attempts failed", "twitter account",
    "IVF @ 100cc, NS@HS, repositioned @bedside, recheck @2200", "email j_doe@example.com",
    "FB 1200 positive", "account 12345", "Usuario refiere dolor abdominal", "utilizator de droguri",
])
def test_no_user_name_in_ordinary_text(text):
    assert list(get_recognizer("usernames").find(text)) == []


@pytest.fixture(scope="module")
def en_nlp():
    nlp = load_pipeline("default", "en")
    configure_redactor(nlp, age_policy="over_89")
    return nlp


def test_default_pipeline_withholds_device_ids_and_user_names(en_nlp):
    text = ("Device UDI (01)00884838000407(17)141120(10)7654321D; home hub MAC 00-1A-2B-3C-4D-5E. "
            "Username: jdoe77; her twitter is @jsmith_88.")
    out = en_nlp(text)._.deidentified
    for value in ("00884838000407", "7654321D", "00-1A-2B-3C-4D-5E", "jdoe77", "jsmith_88"):
        assert value not in out
    assert "[DEVICE]" in out and "[USERNAME]" in out


def test_mac_address_surrogate_stays_a_mac_address():
    import random

    from spacy_deid.surrogates.identifiers import identifier

    for value in ("00-1A-2B-3C-4D-5E", "00:1a:2b:3c:4d:5e", "001a.2b3c.4d5e"):
        new = identifier(value, "DEVICE", lambda a: random.Random(a))
        assert new != value and list(get_recognizer("mac_addresses").find(new))
