"""The evasion table of the README (issue 12): each obfuscation of PHI, caught or not, by the rules
alone and by the default pipeline. Caught means every letter and digit of the value lies inside a
detected span. The test asserts the table both ways, so the README cannot claim more (or less)
than the code does; change both together."""
from __future__ import annotations

import pytest

from spacy_deid.pipelines import load_pipeline

# (form, note, value, caught by rules, caught by the default pipeline)
EVASIONS = [
    ("zero-width space in a date", "Seen 03\u200b/14/2021 in clinic.", "03\u200b/14/2021", True, True),
    ("zero-width space in an SSN", "SSN 123\u200b-45-6789 on file.", "123\u200b-45-6789", True, True),
    ("zero-width space in 'MRN'", "MRN\u200b: 00482731 noted.", "00482731", True, True),
    ("word joiner in a phone", "Call 617\u2060555\u20600199 today.", "617\u2060555\u20600199", True, True),
    ("soft hyphen in an SSN", "SSN 123\u00ad45\u00ad6789 on file.", "123\u00ad45\u00ad6789", True, True),
    ("full-width digits in an MRN", "MRN: ００４８２７３１ noted.", "００４８２７３１", True, True),
    ("Arabic-Indic digits in an MRN", "MRN: ٠٠٤٨٢٧٣١ noted.", "٠٠٤٨٢٧٣١", True, True),
    ("fraction slash in a date", "Seen 03⁄14⁄2021 in clinic.", "03⁄14⁄2021", True, True),
    ("division slash in a date", "Seen 03∕14∕2021 in clinic.", "03∕14∕2021", True, True),
    ("full-width slash in a date", "Seen 03／14／2021 in clinic.", "03／14／2021", True, True),
    ("en-dash in a date", "Seen 03–14–2021 in clinic.", "03–14–2021", True, True),
    ("en-dashes in an SSN after 'SSN'", "SSN: 123–45–6789 on file.", "123–45–6789", True, True),
    ("full-width @ in an e-mail", "Mail jdoe＠example.com now.", "jdoe＠example.com", True, True),
    ("middle dots in a phone", "Call 617·555·0199 today.", "617·555·0199", True, True),
    ("Cyrillic letter in a month name", "Seen Mаrch 14, 2021 in clinic.", "Mаrch 14, 2021", True, True),
    ("control character in a date", "Seen 03/\x0714/2021 in clinic.", "03/\x0714/2021", True, True),
    ("control character in an SSN", "SSN 123-4\x1b5-6789 on file.", "123-4\x1b5-6789", True, True),
    ("tildes in a phone", "Call 617~555~0199 today.", "617~555~0199", True, True),
    ("underscores in a phone", "Call 617_555_0199 today.", "617_555_0199", True, True),
    ("spaced slashes in a date", "Seen 03 / 14 / 2021 in clinic.", "03 / 14 / 2021", True, True),
    ("e-mail spelled out", "Mail john dot doe at gmail dot com now.", "john dot doe at gmail dot com", True, True),
    ("e-mail with bracketed at and dot", "Mail jdoe [at] example [dot] org now.", "jdoe [at] example [dot] org", True, True),
    ("digits spread out in an SSN", "SSN 1 2 3 - 4 5 - 6 7 8 9 on file.", "1 2 3 - 4 5 - 6 7 8 9", True, True),
    ("digits spread out in an MRN", "MRN: 1 2 3 4 5 6 7 8 noted.", "1 2 3 4 5 6 7 8", True, True),
    ("an MRN in groups of three", "MRN 123 456 789 today.", "123 456 789", True, True),
    ("a national ID spread out", "身分證字號 A 1 2 3 4 5 6 7 8 9，已核對", "A 1 2 3 4 5 6 7 8 9", True, True),
    ("a phone read out in words", "Call five five five, zero one nine nine today.", "five five five, zero one nine nine", True, True),
    ("an MRN read out in words", "MRN four four eight two seven three one noted.", "four four eight two seven three one", True, True),
    ("combining mark in a name", "Seen by Dr. Oko\u0301nkwo today.", "Oko\u0301nkwo", False, True),
    ("name broken by a line break", "Seen by Dr. Okon-\nkwo today.", "Okon-\nkwo", False, True),
]


def caught(nlp, text: str, value: str) -> bool:
    doc = nlp(text)
    start = text.index(value)
    return all(any(p.start <= i < p.end for p in doc._.phi) or not text[i].isalnum()
               for i in range(start, start + len(value)))


@pytest.fixture(scope="module")
def default_nlp():
    return load_pipeline("default")


@pytest.mark.parametrize("form,text,value,by_rules,by_default", EVASIONS, ids=[e[0] for e in EVASIONS])
def test_the_evasion_table_holds(rules_nlp, default_nlp, form, text, value, by_rules, by_default):
    assert caught(rules_nlp, text, value) is by_rules
    assert caught(default_nlp, text, value) is by_default
