"""Names no list holds, found by what a person does or is joined to in a nurse's sentence.

Found by ``benchmarks/physionet_counterfactual.py`` (the design half's name contexts with the audit's
names that no list holds): verbs of speaking and calling, "per X," before what someone said,
"both X and Y are", a care role's abbreviation before a name, an initial after a title, and the
writer's name closing the note's last sentence. Every sentence here is invented."""
import pytest


@pytest.mark.parametrize("text,word", [
    # a verb of speaking to or working with someone, with its preposition
    ("sw: the case mgr spoke with isaris re rehab options.", "isaris"),
    ("CM will work with Kaimenyi on dispo plans.", "Kaimenyi"),
    ("SW TALKED TO OGWENO RE PLACEMENT.", "OGWENO"),
    # a person's verb after a word no list holds
    ("son here in evening; govimda called at 0500 wanting an update.", "govimda"),
    ("ANYONA DEARBHAIL CALLED TO EVALUATE SBP 70S.", "DEARBHAIL"),
    ("npn 7p-7a:\nCibin Laertis arrived on unit near 2300 from ED.", "Laertis"),
    ("Her other dtr lives out of state. Foletti reports that the pt owns a hospital bed.", "Foletti"),
    # "per X," before what someone said, "per X will ..." before what someone decides
    ("PER GALTAROSSA, SHE HAS BEEN MAKING THE DECISIONS.", "GALTAROSSA"),
    ("PER GIKONYO WILL HOLD LASIX TONIGHT.", "GIKONYO"),
    # two names joined by "and" after "both", before a copula
    ("Both Glauco and Zulgarni are his health care proxies.", "Glauco"),
    ("Both Glauco and Zulgarni are his health care proxies.", "Zulgarni"),
    # a care role's abbreviation before a name the spelling model reads as a name
    ("NP GUIYING ORDERED THE LINES OUT.", "GUIYING"),
    # an initial before the name of a physician assistant, no comma
    ("sats fell to 86% -> G. Coholan PA in to evaluate.", "Coholan"),
    # an initial alone after a title, before a person's verb
    ("micu nursing progress\nmr D remained on unchanged pressor doses overnight.", "D"),
    # the note's last sentence is its writer's name
    ("PTT DUE AT 0400.\nGTT RATE CORRECTED TO 900 UNITS. KARADIMOS", "KARADIMOS"),
])
def test_unlisted_names_by_what_they_do(default_en, found_in, text, word):
    assert found_in(default_en, text, word)


@pytest.mark.parametrize("text", [
    "per prtcl, she was turned q2h.",  # shorthand with no vowel is no name
    "per protocol, pt will be turned.",
    "XRAY REPORTS NO CHANGE IN EFFUSION.",  # a speech verb without "that"
    "both lungs and heart are clear.",
    "Fent and versed off while sbp soft.",
    "follow hct, ? transfuse\nplan: transfuse if hct < 21. monitor",
    "Pt has mild mr. Trace tr.",
    "HR, PA, CVP NOTED AND STABLE.",
])
def test_words_around_those_verbs_stay(default_en, text):
    assert [(text[s.start:s.end], s.label) for s in default_en(text)._.phi
            if s.label not in ("DATE", "TIME")] == []
