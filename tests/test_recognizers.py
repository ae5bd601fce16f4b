"""Rule recognizers: positives with exact offsets, and hard negatives, on hand-written snippets."""
from __future__ import annotations

from typing import List, Tuple

import pytest

from spacy_deid.labels import FINE_LABELS
from spacy_deid.recognizers import (
    OVER_89,
    PhiMatch,
    Recognizer,
    age_value,
    default_recognizers,
    get_recognizer,
)
from spacy_deid.recognizers.phones import PhoneRecognizer
from spacy_deid.registry import recognizers as registry

ALL_NAMES = [
    "ages", "dates", "email", "identifiers", "ip_addresses", "phones", "ssn", "streets", "urls", "zip_codes",
]


def found(name: str, text: str) -> List[Tuple[int, int, str]]:
    return [(m.start, m.end, m.label) for m in get_recognizer(name).find(text)]


def span_of(text: str, surface: str, occurrence: int = 0) -> Tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def assert_finds(name: str, text: str, surface: str, label: str, occurrence: int = 0) -> None:
    start, end = span_of(text, surface, occurrence)
    got = found(name, text)
    assert (start, end, label) in got, f"{name}: expected {label} at {start}-{end}, got {got}"


# --- registry and interface ------------------------------------------------------------------


def test_all_builtins_registered_and_default_list():
    recs = default_recognizers()
    names = [r.name for r in recs]
    for name in ALL_NAMES:
        assert name in names
        assert name in registry.get_all()
    assert all(isinstance(r, Recognizer) for r in recs)


def test_default_recognizers_names_and_exclude():
    assert [r.name for r in default_recognizers(["dates", "ages"])] == ["dates", "ages"]
    names = [r.name for r in default_recognizers(exclude=["streets", "urls"])]
    assert "streets" not in names and "urls" not in names and "dates" in names


def test_labels_are_fine_labels_and_scores_in_range():
    text = (
        "72 yo F seen 03/14/2021, call (617) 555-0134, fax 617-555-0199, MRN: 4455667, "
        "SSN 123-45-6789, a.b@example.org, http://example.org/x, 10.1.2.3, 12 Elm Street, Salem, MA 01970"
    )
    for rec in default_recognizers():
        assert rec.labels and all(label in FINE_LABELS for label in rec.labels)
        for m in rec.find(text):
            assert isinstance(m, PhiMatch)
            assert m.label in rec.labels
            assert 0.0 <= m.score <= 1.0
            assert 0 <= m.start < m.end <= len(text)


# --- DATE --------------------------------------------------------------------------------------

DATE_POSITIVES = [
    ("Admitted 03/14/2021 for CP.", "03/14/2021"),
    ("ADMITTED 3/14/21 FOR CP.", "3/14/21"),
    ("Seen in clinic on 14.03.2021 by GI.", "14.03.2021"),
    ("Echo 2021-03-14 showed EF 55%.", "2021-03-14"),
    ("Last colonoscopy 3-14-2019, normal.", "3-14-2019"),
    ("CT on 3/14 showed no bleed.", "3/14"),
    ("Cath 11/2019 with stent to LAD.", "11/2019"),
    ("Surgery on March 14, 2021 went well.", "March 14, 2021"),
    ("SURGERY ON MARCH 14, 2021 WENT WELL.", "MARCH 14, 2021"),
    ("Biopsy 14 Mar 2021: benign.", "14 Mar 2021"),
    ("Biopsy Mar-14-2021: benign.", "Mar-14-2021"),
    ("Dx in March 2021 with DM2.", "March 2021"),
    ("Flu shot given Oct 3.", "Oct 3"),
    ("Next appt the 14th of March.", "14th of March"),
    ("Last seen Sept. 2019 in clinic.", "Sept. 2019"),
    ("PCP visit 02 JAN 2020, stable.", "02 JAN 2020"),
    ("Quit smoking in 2019 after MI.", "2019"),
    ("On insulin since 1998.", "1998"),
    ("Prior CABG (2004), no angina since.", "2004"),
    ("Remote MI in '98, no sequelae.", "'98"),
    ("Fell at home on Christmas Eve.", "Christmas Eve"),
    ("CABG 11/98 at outside hospital.", "11/98"),
    ("Symptoms since mid-June, worse now.", "June"),
    ("Stent placed on the 14th, no issues since.", "14th"),
    ("pt states it is the 11th today.", "11th"),  # a day of the month after "is", "it's" or a weekday
    ("PT STATES ITS THE 4TH.", "4TH"),
    ("plan for ercp on monday the 14th.", "14th"),
    ("PMH: appendectomy 1987, TAH.", "1987"),
    ("Hospitalised 2010-2012 for CHF.", "2010-2012"),
    ("DM2 (dx 2004), on metformin.", "2004"),
    ("Moved here in JAN, lives alone.", "JAN"),
    ("Echo 12/2019: EF 35%.", "12/2019"),
    ("TTE 2/3/2020 and 4/5/2021.", "4/5/2021"),
    ("Lyme dx on 2/2 per PCP.", "2/2"),
    # history lines date their events, even with years that are also clock times
    ("PMH: HTN, s/p CABG 1955, 1978.", "1955"),
    ("PMH: HTN, s/p CABG 1955, 1978.", "1978"),
    ("Hx: old CVA 2009, residual L weakness.", "2009"),
    ("PMH: DM2, NSTEMI 11, HTN.", "11"),
    ("PSH: cholecystectomy 87', appendectomy.", "87"),
    ("SOCIAL: quit smoking in 75', drinks socially.", "75"),
    ("PMH: breast CA'91 s/p XRT.", "'91"),
    ("Oriented x2, says it's 2030 today.", "2030"),
    ("Born June 3, 1888 per family lore.", "June 3, 1888"),
    ("Last seen 4/31/19 in clinic.", "4/31/19"),
    ("Micro: BC from 3/6 gm + rods.", "3/6"),
    ("Neuro: intact.\n4/4 transferred to floor.", "4/4"),
    ("Son expected 6/6 from Ohio.", "6/6"),
]


@pytest.mark.parametrize("text,surface", DATE_POSITIVES)
def test_dates_positive(text, surface):
    assert_finds("dates", text, surface, "DATE")


DATE_NEGATIVES = [
    "she is the 2nd of 3 children", "dtr is the 1st to arrive", "this is the 2nd time pt pulled ngt",
    "Na 138, K 4.1, Cl 102, CO2 24, BUN 18, Cr 1.1",
    "WBC 12.3, Hgb 9.8, Hct 29.4, Plt 245",
    "BP 132/84, HR 88, RR 18, SpO2 98% on RA",
    "bp 90/60 map 70",
    "GCS 3/15 on arrival",
    "Grade 2/6 systolic murmur at LUSB",
    "Pain 4/10, improved from 8/10",
    "APGAR 8/9",
    "Strength 5/5 throughout",
    "PEEP 5/5, PS 12/5, FiO2 40%",
    "CPAP 10/5",
    "2/2 pneumonia, on abx",
    "1/2 NS at 75 cc/hr",
    "I:E 1:2, lidocaine 1:100",
    "at 14:30, then 0800 and 2:15 PM",
    "T2N0M0 adenocarcinoma, pT3 N1",
    "L4-L5 disc bulge, C5-6 stenosis, T12 fracture",
    "Tylenol 325 mg PO q6h prn",
    "G2P1 at 32 weeks",
    "x3, 2-3 times daily",
    "IN 2000 OUT 1500",
    "since 2000 pt resting comfortably",
    "from 1900-0700 pt slept",
    "ABG 7.35/45/80",
    "O2 dec 2L, sats 95%",
    "HR in the 70s, sats in the 90s",
    "3/4 of the dose given",
    "+2/+2 pulses, 2+/4+ DP",
    "SIMV 12/5/40%",
    "K 3.5-5.0, LVEF 55-60%",
    "heparin 1000 units/hr",
    "pt may need 2 units PRBC",
    "NPH 10/5 units",
    "in 1990 cc out 2010 cc",
    "goal -1L/day, 4/5 strength RLE",
    "HOB up 30' at all times",
    "ambulated 40' with PT, HOB > 30'",
    "Temp 99' po, HR 80",
    "CA 19-9 elevated, s/p Whipple 2 yrs ago",
    "PMH: s/p CABG x3 10 yrs ago",
    "c/o cp 6/10, relieved with NTG",
    "episode of 5/10 cp at rest",
    "placed on CPAP 12/5 with 40% FiO2",
    "switched to PSV 10/5, tolerating",
    # a setting on trial with breathing around it, "on" or not
    "Gas looks fine on 10/5 this am, plan SBT later.",
    "Trialed on 8/5 for two hours overnight, RR 20s.",
    "SWITCHED FROM 5/5 IPS TO TRACH COLLAR AT 0900",
    "MAPs in 85-95 on levophed",
    "NPN 3-7pm: slept well",
    "nc O2 dec from 4 to 2 L",
    "2/2 pneumonia, on abx",
]


@pytest.mark.parametrize("text", DATE_NEGATIVES)
def test_dates_negative(text):
    assert found("dates", text) == []


def test_a_dated_event_near_breathing_words_stays_a_date():
    """Only a trial of a setting reads as one: an event dated "on 5/5" stays a date."""
    assert found("dates", "PICC placed on 5/5, flushes well. Lungs clear.") == [(15, 18, "DATE")]
    assert found("dates", "Remains on heparin since 5/5, sats 95%") == [(25, 28, "DATE")]


def test_dates_validate_month_and_day():
    assert found("dates", "seen 13/45/2021") == []
    assert found("dates", "seen 2021-02-30") == []
    assert found("dates", "seen Feb 30, 2021") == []
    assert found("dates", "seen 2021-02-28") == [(5, 15, "DATE")]


def test_dates_score_lower_for_bare_month_day():
    text = "CT on 3/14/2021 and again 3/16"
    scores = {text[m.start : m.end]: m.score for m in get_recognizer("dates").find(text)}
    assert scores["3/14/2021"] == 1.0 and scores["3/16"] < 1.0


# --- AGE ---------------------------------------------------------------------------------------

AGE_POSITIVES = [
    ("67-year-old man with CP.", "67"),
    ("67 year old man with CP.", "67"),
    ("Pt is a 67 yo M with CHF.", "67"),
    ("PT IS A 67 Y/O M WITH CHF.", "67"),
    ("67yo F presents with SOB.", "67"),
    ("Pt is 67 y.o., lives alone.", "67"),
    ("Patient aged 67, retired.", "67"),
    ("Age: 67", "67"),
    ("She is 67 years old.", "67"),
    ("A 67M with hx of AF.", "67"),
    ("HPI: 54 F, with abd pain.", "54"),
    ("Pt 67M with AF.", "67"),
    ("92 yo female from NH.", "92"),
    ("103-year-old woman, DNR.", "103"),
    ("Widow in her 90s, lives with son.", "90"),
    ("3-month-old infant with fever.", "3"),
    ("Pt is 45 years of age.", "45"),
    ("She is 67 years, lives alone.", "67"),
    ("Her husband just turned 90.", "90"),
    ("Party for her 80th birthday.", "80"),
]


@pytest.mark.parametrize("text,surface", AGE_POSITIVES)
def test_ages_positive(text, surface):
    assert_finds("ages", text, surface, "AGE")


AGE_NEGATIVES = [
    "Tmax 101 F overnight",
    "Temp 98.6 F",
    "14 F foley placed",
    "5 Fr catheter",
    "gestational age 32 weeks",
    "HR in the 70s",
    "smoked for 20 years, 40 pack-years",
    "2 years ago had MI",
    "Na 138 K 4.1",
    "metoprolol 25 mg, 40 units insulin",
    "pt 2 years post-op",
    "pt is 5 years out from surgery",
    "turned 2 times overnight",
    "turned q2h, turn 30 degrees",
]


@pytest.mark.parametrize("text", AGE_NEGATIVES)
def test_ages_negative(text):
    assert found("ages", text) == []


def test_age_over_89_is_marked_and_age_value():
    text = "91 yo M; his wife is 67 years old."
    matches = list(get_recognizer("ages").find(text))
    by_value = {age_value(text[m.start : m.end]): m for m in matches}
    assert by_value[91].recognizer == OVER_89 and by_value[91].score == 1.0
    assert by_value[67].recognizer != OVER_89
    assert age_value("90s") == 90 and age_value("67") == 67 and age_value("ninety") == 90  # words: ages/words.py
    assert age_value("no age") is None


# --- PHONE / FAX -------------------------------------------------------------------------------

PHONE_POSITIVES = [
    ("Call daughter at (617) 555-0134 with updates.", "(617) 555-0134", "PHONE"),
    ("CALL DAUGHTER AT 617-555-0134.", "617-555-0134", "PHONE"),
    ("Home: 617.555.0134", "617.555.0134", "PHONE"),
    ("Cell 6175550134", "6175550134", "PHONE"),
    ("Clinic line 555-0134 for questions.", "555-0134", "PHONE"),
    ("Fax: 617-555-0199", "617-555-0199", "FAX"),
    ("F: (617) 555-0199", "(617) 555-0199", "FAX"),
    ("Reach wife on +44 20 7946 0958 in London.", "+44 20 7946 0958", "PHONE"),
    ("Office (617) 555-0134 x123", "(617) 555-0134 x123", "PHONE"),
    ("Page Dr. at pager #41234 if worse.", "41234", "PHONE"),
    ("Call x4567 with results.", "4567", "PHONE"),
    ("Ext. 2234 for the unit.", "2234", "PHONE"),
    ("Son (617-555-0134) aware.", "617-555-0134", "PHONE"),
    ("Wife said 617-555-0134 is best.", "617-555-0134", "PHONE"),
    ("Home address: 12 Elm St, tel. 617-555-0134", "617-555-0134", "PHONE"),
    ("Phone:\n0494 92 82 32\n", "0494 92 82 32", "PHONE"),
    ("Please call me at 699 956 915 today.", "699 956 915", "PHONE"),
    ("Fax: (37) 788-063", "(37) 788-063", "FAX"),
    # mistyped numbers that keep the phone grouping, and relatives' numbers
    ("Wife 617-555-01345 per face sheet.", "617-555-01345", "PHONE"),
    ("Daughter's # 508 555 01234, call with updates.", "508 555 01234", "PHONE"),
    ("Niece visited and left her number (212 555 01234).", "212 555 01234", "PHONE"),
    ("Son's number 555 0134.", "555 0134", "PHONE"),
    ("Her line is 082 555 1234 in Durban.", "082 555 1234", "PHONE"),  # trunk prefix 0, spaced
]


@pytest.mark.parametrize("text,surface,label", PHONE_POSITIVES)
def test_phones_positive(text, surface, label):
    assert_finds("phones", text, surface, label)


PHONE_NEGATIVES = [
    "on 03/14/2021",
    "MRN: 1234567",
    "acct # 5551234",
    "Na 138 K 4.1 Cl 102 CO2 24 BUN 18 Cr 1.1",
    "BP 132/84 HR 88 RR 18",
    "ABG 7.35/45/80/24/-2",
    "shift 700-1900, uneventful",
    "from 1900-0700 pt slept",
    "x1000 ml given",
    "heparin 1000 units, NS 500 cc",
    "Plt 245000",
    "home 2 days ago, work 5 days a week",
    "office visit 03/14/2021",
    "phone call at 14:30",
    "home O2 2.5 L",
    "SSN 123-45-6789",
    "staffing 0700-1500-2300",
    "SBP trend (120 130 1400) on pressors",
    "family aware, counts (120 130 145)",
    "Na 140 102 18 22 1.1",
    "MRN 123-456-78901",
]


@pytest.mark.parametrize("text", PHONE_NEGATIVES)
def test_phones_negative(text):
    assert found("phones", text) == []


def test_email_in_long_text():
    text = "1/" * 5000 + " contact jane@example.org " + "x." * 5000
    start, end = span_of(text, "jane@example.org")
    assert found("email", text) == [(start, end, "EMAIL")]


def test_phone_region_is_configurable():
    text = "Wife 020 7946 0958"
    assert found("phones", text) == []  # not a US number, and no phone cue
    uk = PhoneRecognizer(region="GB")
    assert [(m.start, m.end) for m in uk.find(text)] == [(5, 18)]


# --- EMAIL / URL / IP -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,surface",
    [
        ("Email: jane.doe+clinic@example-health.org for f/u.", "jane.doe+clinic@example-health.org"),
        ("SENT TO J_SMITH@MAIL.EXAMPLE.COM.", "J_SMITH@MAIL.EXAMPLE.COM"),
    ],
)
def test_email_positive(text, surface):
    assert_finds("email", text, surface, "EMAIL")


@pytest.mark.parametrize("text", ["Dr.Smith@bedside", "a @ b", "ratio 1:2 @ 0800"])
def test_email_negative(text):
    assert found("email", text) == []


@pytest.mark.parametrize(
    "text,surface",
    [
        ("See https://portal.example.org/pt?id=12 for records.", "https://portal.example.org/pt?id=12"),
        ("Patient blog at www.example.com/mystory.", "www.example.com/mystory"),
        ("Uses patientsupport.org daily.", "patientsupport.org"),
        ("SEE HTTP://EXAMPLE.NET/A.", "HTTP://EXAMPLE.NET/A"),
    ],
)
def test_url_positive(text, surface):
    assert_finds("urls", text, surface, "URL")


@pytest.mark.parametrize(
    "text", ["Dr.Smith saw pt", "pt slept.in chair", "pt.no complaints", "a.b@example.org", "T.I.D. dosing"]
)
def test_url_negative(text):
    assert found("urls", text) == []


@pytest.mark.parametrize(
    "text,surface",
    [
        ("Login from 192.168.10.24 flagged.", "192.168.10.24"),
        ("host 10.0.0.0/8 blocked", "10.0.0.0/8"),
        ("login Nov 10.1.2.3 flagged", "10.1.2.3"),
        ("IPv6 2001:db8::ff00:42:8329 seen", "2001:db8::ff00:42:8329"),
        ("addr fe80:0:0:0:202:b3ff:fe1e:8329.", "fe80:0:0:0:202:b3ff:fe1e:8329"),
    ],
)
def test_ip_positive(text, surface):
    assert_finds("ip_addresses", text, surface, "IPADDR")


@pytest.mark.parametrize(
    "text", ["version 1.2.3.4", "999.1.1.1", "at 14:30:00", "ABG 7.35/45/80", "12:30 and 1:2:3", "Cr 1.1.2"]
)
def test_ip_negative(text):
    assert found("ip_addresses", text) == []


# --- SSN -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,surface",
    [
        ("SSN: 123-45-6789", "123-45-6789"),
        ("SS# 123456789 on file", "123456789"),
        ("social security number 123 45 6789", "123 45 6789"),
        ("ID card shows 234-56-7890.", "234-56-7890"),
        ("social security #: 194 995 791", "194 995 791"),  # three groups of three, cued
        ("SIN 046-454-286 on file", "046-454-286"),
    ],
)
def test_ssn_positive(text, surface):
    assert_finds("ssn", text, surface, "SSN")


@pytest.mark.parametrize(
    "text", ["MRN 123456789", "address 123 45 6789", "000-12-3456 invalid area", "666-12-3456", "tel 617-555-0134", "on 03-14-2021",
             "weights 194 995 791"]
)
def test_ssn_negative(text):
    assert found("ssn", text) == []


# --- identifiers -------------------------------------------------------------------------------

ID_POSITIVES = [
    ("MRN: 4455667", "4455667", "MEDICALRECORD"),
    ("MR# 00123456", "00123456", "MEDICALRECORD"),
    ("medical record number 7788990", "7788990", "MEDICALRECORD"),
    ("UNIT NO: 1234567", "1234567", "MEDICALRECORD"),
    ("Acct #: A-99812", "A-99812", "ACCOUNT"),
    ("account no. 55012345", "55012345", "ACCOUNT"),
    ("Policy # XJH123456789", "XJH123456789", "HEALTHPLAN"),
    ("Member ID: W1234567890", "W1234567890", "HEALTHPLAN"),
    ("Medicaid 12345678", "12345678", "HEALTHPLAN"),
    ("License # MD-45123", "MD-45123", "LICENSE"),
    ("DEA AB1234563", "AB1234563", "LICENSE"),
    ("NPI 1234567893", "1234567893", "IDNUM"),
    ("Pacemaker serial # PJN123456", "PJN123456", "DEVICE"),
    ("S/N: 88C-12345", "88C-12345", "DEVICE"),
    ("Accession # S21-004512", "S21-004512", "IDNUM"),
    ("ORDER # 4412309", "4412309", "IDNUM"),
    ("VIN 1HGCM82633A004352", "1HGCM82633A004352", "VEHICLE"),
    ("Card 4111 1111 1111 1111 on file", "4111 1111 1111 1111", "ACCOUNT"),
    ("paid with 4111111111111111 today", "4111111111111111", "ACCOUNT"),
    ("refund to GB82 WEST 1234 5698 7654 32.", "GB82 WEST 1234 5698 7654 32", "ACCOUNT"),
    ("IBAN DE89370400440532013000", "DE89370400440532013000", "ACCOUNT"),
]


@pytest.mark.parametrize("text,surface,label", ID_POSITIVES)
def test_identifiers_positive(text, surface, label):
    assert_finds("identifiers", text, surface, label)


def test_identifier_cue_is_not_part_of_span_and_checksum_scores():
    text = "NPI 1234567893 and NPI 1234567890"
    matches = list(get_recognizer("identifiers").find(text))
    assert [(text[m.start : m.end], m.score) for m in matches] == [("1234567893", 1.0), ("1234567890", 0.8)]


ID_NEGATIVES = [
    "MR 2+, TR 1+",
    "ID consult recs",
    "ID: pt",
    "in order to assess",
    "order 5 mg IV",
    "license to drive",
    "lot of secretions",
    "acct for 2 units",
    "ICD-10 code I50.9",
    "serial CXRs",
    "Case discussed with team",
    "MRN pending",
    "Exam: 120/80 HR 70",
    "Ref: 3.5-5.0",
    "Plt 4111111111111112",
    "lab ref 1234567890123",
]


@pytest.mark.parametrize("text", ID_NEGATIVES)
def test_identifiers_negative(text):
    assert found("identifiers", text) == []


# --- ZIP / STREET ------------------------------------------------------------------------------


def test_zip_city_state():
    text = "Lives at 12 Elm Street, Salem, MA 01970 with wife."
    got = found("zip_codes", text)
    assert (*span_of(text, "01970"), "ZIP") in got
    assert (*span_of(text, "MA"), "STATE") in got
    assert (*span_of(text, "Salem"), "CITY") in got


@pytest.mark.parametrize(
    "text,surface",
    [
        ("Springfield, Illinois 62704", "62704"),
        ("AUSTIN, TX 78701-1234", "78701-1234"),
        ("zip code: 02115", "02115"),
        ("her zip code is 35350", "35350"),
        ("Postal code: SW1A 1AA", "SW1A 1AA"),
        ("ZIP: 53-320", "53-320"),
        ("New York NY 10001", "10001"),
        ("Boston MA 02115", "02115"),
        ("Salem, OR 97301", "97301"),
    ],
)
def test_zip_positive(text, surface):
    assert_finds("zip_codes", text, surface, "ZIP")


@pytest.mark.parametrize(
    "text", ["IN 12000 units", "in 10000 cc", "OR 12345", "ok 20000", "Plt 245000", "pt in 12345", "ms 12345"]
)
def test_zip_negative(text):
    assert [f for f in found("zip_codes", text) if f[2] == "ZIP"] == []


STREET_POSITIVES = [
    ("Lives at 123 Main St with son.", "123 Main St"),
    ("ADDRESS: 45 OAK AVENUE, APT 4B", "45 OAK AVENUE, APT 4B"),
    ("Mail to P.O. Box 12, town.", "P.O. Box 12"),
    ("at 1600 Pennsylvania Ave. NW", "1600 Pennsylvania Ave."),
    ("from 221 North Maple Road", "221 North Maple Road"),
    ("at 350 5th Avenue", "350 5th Avenue"),
    ("Her office is at Suite 829 on the third floor.", "Suite 829"),  # a unit on its own
    ("Lives in Apt. 902, alone.", "Apt. 902"),
]


@pytest.mark.parametrize("text,surface", STREET_POSITIVES)
def test_streets_positive(text, surface):
    assert_finds("streets", text, surface, "STREET")


@pytest.mark.parametrize(
    "text",
    ["2 HEAD CT negative", "3 LN removed", "s/p 2 chest CT", "walked 100 feet in hall", "x2 loose stools",
     "5 mg PO", "given 2 units, 1 bag", "transferred to unit 4", "room 12 ready", "pt to ste 5mg"],
)
def test_streets_negative(text):
    assert found("streets", text) == []


# --- all recognizers together on clinical hard negatives ---------------------------------------

GLOBAL_NEGATIVES = [
    "Na 138 K 4.1 Cl 102 CO2 24 BUN 18 Cr 1.1 Glu 145",
    "NA 138, K 4.1, WBC 12.3, HGB 9.8, PLT 245",
    "metoprolol 5 mg IV, heparin 0.5 mg/kg, insulin 40 units",
    "lidocaine 1:100, I:E 1:2",
    "BP 132/84, BP 90/60",
    "GCS 3/15, grade 2/6 murmur, pain 4/10, APGAR 8/9",
    "at 14:30, 0800, 2:15 PM",
    "T2N0M0, pT3 N1",
    "L4-L5, C5-6, T12",
    "95%, SpO2 98%",
    "q6h, G2P1, x3, 2-3 times",
    "Tylenol 325",
    "LVEF 55-60%, K 3.5-5.0",
    "EKG: NSR 72, PR 0.16, QRS 0.08",
    "CVP 12, PAP 45/20, CI 2.4",
    "vanc 1 gm q12h, zosyn 4.5 g q8h",
    "I/O 2000/1500, even",
    "Tmax 101.2 F, HR 110s",
    "s/p CABG x3, EF 35%",
]


@pytest.mark.parametrize("text", GLOBAL_NEGATIVES)
def test_no_recognizer_fires_on_clinical_values(text):
    hits = [(r.name, m.start, m.end) for r in default_recognizers() for m in r.find(text)]
    assert hits == []


@pytest.mark.parametrize("text", ["SURGERY ON MARCH 14, 2021", "surgery on march 14, 2021", "Surgery On March 14, 2021"])
def test_case_insensitive(text):
    assert found("dates", text) == [(11, 25, "DATE")]


@pytest.mark.parametrize("text", ["a 90+ yo woman", "90+ YEAR OLD MAN"])
def test_safe_harbor_age_surrogates_are_still_ages(text):
    (m,) = list(get_recognizer("ages").find(text))
    assert text[m.start:m.end] == "90" and m.recognizer == "ages.over_89"


@pytest.mark.parametrize("text,surface", [
    ("seen by Dr. Thornton on 10-6 and referred", "10-6"),
    ("(LAST DOSE 4-2) | SEROQUEL 25 MG", "4-2"),
    ("B: ADMITTED 2-6 W/ CHF", "2-6"),
    ("CXR 3-11: small effusion", "3-11"),
    ("vancomycin 1 g IV q12h (last dose 3/18)", "3/18"),
])
def test_cued_month_day_without_year(text, surface):
    found = [text[m.start:m.end] for m in get_recognizer("dates").find(text)]
    assert found == [surface]


@pytest.mark.parametrize("text", [
    "2-3 times daily", "on 10-20 mg daily", "L4-5 disc bulge", "pain 4-6", "GCS 3-15", "on 2-3 L NC",
    "grade 2-3", "T3-4", "HR 80-100", "started on 2-4 weeks ago", "dose 3/18 ml",
    "ICP from 8-20s overnight, team aware",
])
def test_dash_ranges_and_doses_are_not_dates(text):
    assert list(get_recognizer("dates").find(text)) == []


@pytest.mark.parametrize("text,surface,label", [
    ("Medical Center in 06/06/2006 (937.574.7772). Condition", "937.574.7772", "PHONE"),
    ("HOSPITAL IN 10/18/21 (512-528-5880).", "512-528-5880", "PHONE"),
    ("NY 03276 | Tel: (390) 548-4281  F: (909) 275-1234", "(390) 548-4281", "PHONE"),
])
def test_grouped_phone_numbers_glued_to_dates_or_fax_cues(text, surface, label):
    found = {(text[m.start:m.end], m.label) for m in get_recognizer("phones").find(text)}
    assert (surface, label) in found


@pytest.mark.parametrize("text", ["MRN: 123-456-7890", "ratio 120.80.1234", "version 2.10.1234"])
def test_grouped_phone_pass_respects_id_cues_and_decimals(text):
    assert list(get_recognizer("phones").find(text)) == []


@pytest.mark.parametrize("text,surface", [
    ("\n2-11 NPN 0700-1500\n", "2-11"),
    ("NURSING NOTE 5-31\n", "5-31"),
    ("Psych ED consult 5-22 1900.", "5-22"),
    ("RN phone triage -  9-27 @ 8 AM", "9-27"),
    ("\n1/30 NSG 7A-7P\n", "1/30"),
    ("ISTAT INR 10/16 0700: PO2 164", "10/16"),
    ("MY MEDS (PER PT 10/8): VERSED", "10/8"),
    ("COMPARISON: prior study of 01/08.", "01/08"),
    ("(35M) admitted 01/14 d/c 8-7.", "01/14"),
])
def test_note_headers_dated_labs_and_padded_month_days(text, surface):
    found = [text[m.start:m.end] for m in get_recognizer("dates").find(text)]
    assert surface in found


@pytest.mark.parametrize("text", [
    "\n1-2 episodes of emesis", "\n3-4 beers a day", "HR 80-100 1400", "gave 1-2 mg 0800", "PEEP 5-8 cm",
    "give 1/2 NS bolus", "GCS 3/15 0800", "INR 1/2", "1/8 tab",
])
def test_counts_scores_and_fractions_stay_out(text):
    assert list(get_recognizer("dates").find(text)) == []


@pytest.mark.parametrize("text", ["Pt has 2/5 strength LLE, 4/5 RLE.", "MAE, 4/5 RUE, 5/5 LUE.", "3/5 L upper, 4/5 R upper"])
def test_muscle_strength_grades_before_a_limb_stay_out(text):
    assert list(get_recognizer("dates").find(text)) == []


@pytest.mark.parametrize("text,surface", [("Seen 4/5 LE edema noted.", "4/5"), ("CT 4/5 showed no bleed.", "4/5")])
def test_a_cued_date_before_a_limb_stays_a_date(text, surface):
    assert surface in [text[m.start:m.end] for m in get_recognizer("dates").find(text)]


@pytest.mark.parametrize("text", [
    "TACHYCARDIA WITH HR 100-1112. EKG DONE",
    "CO/CI 4.6/2.4 SVR 954-1183; K REPLETED",
    "Pt voiding 575-1000 cc per shift",
    "USING IS 750-1000.RR 13-18",
])
def test_measurement_ranges_are_not_local_phone_numbers(text):
    from spacy_deid.recognizers import PhoneRecognizer

    assert list(PhoneRecognizer().find(text)) == []


def test_local_numbers_after_a_relative_or_cue_stay_phones():
    from spacy_deid.recognizers import PhoneRecognizer

    for text in ("call wife at 555-0142", "son 555-0142 if any change"):
        assert [text[m.start:m.end] for m in PhoneRecognizer().find(text)] == ["555-0142"]


@pytest.mark.parametrize("text,surface", [
    ("Seen on 03/14/2021 (Sunday), stable.", "03/14/2021 (Sunday)"),
    ("Surgery Monday, March 15, 2021 went well.", "Monday, March 15, 2021"),
    ("Admitted Tuesday 3/16/2021 from home.", "Tuesday 3/16/2021"),
])
def test_a_weekday_beside_a_date_is_part_of_it(text, surface):
    assert_finds("dates", text, surface, "DATE")


def test_a_word_that_starts_like_a_weekday_is_not_pulled_in():
    text = "Seen 03/14/2021 sundown protocol."
    assert [text[s:e] for s, e, _ in found("dates", text)] == ["03/14/2021"]
