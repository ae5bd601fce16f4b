"""deid_redactor in surrogate mode with the surrogate_generator component, end to end."""
import json

import pytest
import spacy
from typer.testing import CliRunner

from spacy_deid.cli.main import app

# these tests set literal keys on purpose (the warning itself is tested in test_redactor_pipeline.py)
pytestmark = pytest.mark.filterwarnings("ignore::spacy_deid.components._key_warning.KeyInConfigWarning")

NOTE_1 = "John Smith seen 03/14/2021 by Dr. Anna Ruiz. MRN: 00482731. Call (617) 555-0142."
NOTE_2 = "SMITH, JOHN returned 03/21/2021. MRN: 00482731."


def _nlp(**cfg):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "phi"})
    ruler.add_patterns([
        {"label": "PATIENT", "pattern": "John Smith", "id": "ner"},
        {"label": "PATIENT", "pattern": [{"LOWER": "smith"}, {"ORTH": ","}, {"LOWER": "john"}], "id": "ner"},
        {"label": "DOCTOR", "pattern": "Anna Ruiz", "id": "ner"},
    ])
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("surrogate_generator", config=cfg or {"key": "test-key"})
    nlp.add_pipe("deid_redactor", config={"mode": "surrogate"})
    return nlp


def test_surrogates_replace_every_span_and_keep_the_note_readable():
    nlp = _nlp()
    doc = nlp(NOTE_1)
    out = doc._.deidentified
    for secret in ("John", "Smith", "03/14/2021", "Anna Ruiz", "00482731", "555-0142"):
        assert secret not in out
    assert out.startswith(out.split(" seen ")[0]) and " seen " in out and " by Dr. " in out
    assert len(doc._.phi) == 5


def test_one_patient_group_shares_surrogates_and_date_intervals():
    nlp = _nlp()
    docs = []
    for text in (NOTE_1, NOTE_2):
        doc = nlp.make_doc(text)
        doc._.deid_meta = {"patient": "p1"}
        docs.append(nlp(doc))
    a, b = docs[0]._.deidentified, docs[1]._.deidentified
    first, last = a.split(" seen ")[0].split()
    assert f"{last.upper()}, {first.upper()}" in b  # the name variant maps to the same person
    mrn_a = a.split("MRN: ")[1][:8]
    assert mrn_a == b.split("MRN: ")[1][:8] and mrn_a.isdigit()
    from datetime import datetime
    da = datetime.strptime(a.split(" seen ")[1][:10], "%m/%d/%Y")
    db = datetime.strptime(b.split(" returned ")[1][:10], "%m/%d/%Y")
    assert (db - da).days == 7  # intervals survive the shift


def test_without_a_key_surrogates_refuse(monkeypatch):
    monkeypatch.delenv("SPACY_DEID_KEY", raising=False)
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("surrogate_generator")
    nlp.add_pipe("deid_redactor", config={"mode": "surrogate"})
    with pytest.raises(Exception, match="SPACY_DEID_KEY"):
        nlp(NOTE_1)


def test_cli_surrogates_with_group_key(tmp_path, monkeypatch):
    monkeypatch.setenv("SPACY_DEID_KEY", "cli-key")
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": t, "meta": {"pt": "p9"}})
                             for i, t in enumerate((NOTE_1, NOTE_2))) + "\n")
    res = CliRunner().invoke(app, ["redact", str(src), "--out", str(tmp_path / "o.jsonl"), "--mode",
                                   "surrogate", "--model", "rules", "--group-key", "pt", "-q"])
    assert res.exit_code == 0, res.output
    a, b = [json.loads(l)["text"] for l in (tmp_path / "o.jsonl").read_text().splitlines()]
    assert "00482731" not in a + b
    assert a.split("MRN: ")[1][:8] == b.split("MRN: ")[1][:8]


def test_cli_surrogates_without_key_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.delenv("SPACY_DEID_KEY", raising=False)
    src = tmp_path / "n.txt"
    src.write_text(NOTE_1)
    res = CliRunner().invoke(app, ["redact", str(src), "--out", str(tmp_path / "o.txt"), "--mode", "surrogate", "--model", "rules", "-q"])
    assert res.exit_code == 2 and "SPACY_DEID_KEY" in res.output and not (tmp_path / "o.txt").exists()
    res = CliRunner().invoke(app, ["redact", str(src), "--out", str(tmp_path / "o.txt"), "--mode", "surrogate",
                                   "--model", "rules", "--random-surrogates", "-q"])
    assert res.exit_code == 0 and "00482731" not in (tmp_path / "o.txt").read_text()


@pytest.mark.parametrize("note,pattern,fmt", [
    ("Seen on 03/14/2021 (Sunday), stable.", r"\d\d/\d\d/\d{4} \(\w+\)", "%m/%d/%Y (%A)"),
    ("Surgery Monday, March 15, 2021 went well.", r"\w+, \w+ \d{1,2}, \d{4}", "%A, %B %d, %Y"),
    ("Admitted Tuesday 3/16/2021 from home.", r"\w+day \d{1,2}/\d{1,2}/\d{4}", "%A %m/%d/%Y"),
])
def test_weekdays_shift_with_their_date(note, pattern, fmt):
    """A weekday written beside a date belongs to it: the surrogate date carries the weekday of
    the shifted date, never the original one (issue 11: "03/14/2021 (Sunday)" became
    "10/02/2019 (Sunday)"). strptime checks that weekday and date agree."""
    import datetime as dt
    import re

    doc = _nlp()(note)
    assert [s.label for s in doc._.phi] == ["DATE"]
    out = doc._.deidentified
    found = re.search(pattern, out)
    assert found is not None and found.group() != re.search(pattern, note).group(), out
    date = dt.datetime.strptime(found.group(), fmt)
    assert date.strftime("%A") in found.group(), out


def _ruler_nlp(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "phi"})
    ruler.add_patterns([{"label": "DOCTOR", "pattern": p, "id": "ner"} for p in patterns])
    nlp.add_pipe("surrogate_generator", config={"key": "test-key"})
    nlp.add_pipe("deid_redactor", config={"mode": "surrogate"})
    return nlp


def _in_group(nlp, text, group="p1"):
    doc = nlp.make_doc(text)
    doc._.deid_meta = {"patient": group}
    return nlp(doc)._.deidentified


def test_a_family_name_alone_in_a_later_note_gets_the_family_name_surrogate():
    """"Dr. Paul Kim" in one note, "Dr. Kim" and "Kim" in later ones: the same person, so the same
    family-name surrogate ("Kim" is a first name too: it used to become a first name)."""
    nlp = _ruler_nlp(["Paul Kim", "Kim"])
    full = _in_group(nlp, "Seen by Dr. Paul Kim today.")
    family = full.split("Dr. ")[1].split(" today")[0].split()[-1]
    assert "Kim" not in full
    assert _in_group(nlp, "Dr. Kim reviewed labs.") == f"Dr. {family} reviewed labs."
    assert _in_group(nlp, "Labs reviewed by Kim.") == f"Labs reviewed by {family}."


def test_a_title_makes_a_single_word_a_family_name():
    nlp = _ruler_nlp(["Paul Kim", "Kim"])
    alone = _in_group(nlp, "Dr. Kim reviewed labs.", group="p2")
    full = _in_group(nlp, "Seen by Dr. Paul Kim today.", group="p2")
    assert alone.split("Dr. ")[1].split()[0] == full.split("Dr. ")[1].split(" today")[0].split()[-1]


def test_forgetting_the_run_gives_the_same_surrogates_again():
    """A job that starts over (a Spark partition retried) forgets the per-group memory of the run
    and gets the same output as its first attempt."""
    nlp = _ruler_nlp(["Paul Kim", "Kim"])
    notes = ["Labs reviewed by Kim.", "Seen by Dr. Paul Kim today.", "Kim called."]
    first = [_in_group(nlp, t, group="p3") for t in notes]
    nlp.get_pipe("surrogate_generator").forget()
    assert [_in_group(nlp, t, group="p3") for t in notes] == first
