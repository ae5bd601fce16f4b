"""Every reader (and writer) on small hand-made files; all text here is invented."""
import json
from pathlib import Path

import pytest
import spacy

from spacy_deid.io.aicup import read_aicup
from spacy_deid.io.brat import read_brat, write_brat
from spacy_deid.io.docbin import doc_to_record, read_docbin, record_to_doc, write_docbin
from spacy_deid.io.formats import detect_format, read_corpus
from spacy_deid.io.i2b2 import read_i2b2, write_i2b2
from spacy_deid.io.jsonl import FormatError, read_jsonl, validate_record, write_jsonl
from spacy_deid.io.labelmap import LabelMapper, ReadReport, parse_label_map
from spacy_deid.io.physionet import read_physionet
from spacy_deid.io.presidio_synth import read_presidio_synth
from spacy_deid.io.uima_cas import read_uima_cas

TEXT = "Seen by Anna Ruiz on 03/14/2021 in Boston."
SPANS = [{"start": 8, "end": 17, "label": "DOCTOR"}, {"start": 21, "end": 31, "label": "DATE"}]
RECORD = {"id": "n1", "text": TEXT, "spans": SPANS, "meta": {"lang": "en", "patient": "p1"}}


def _surface(rec):
    return [(rec["text"][s["start"]:s["end"]], s["label"]) for s in rec["spans"]]


# ---- JSONL ----

def test_jsonl_round_trip_is_atomic(tmp_path):
    path = tmp_path / "out" / "notes.jsonl"
    assert write_jsonl([RECORD, {"id": "n2", "text": "No PHI.", "spans": [], "meta": {}}], path) == 2
    assert [p.name for p in path.parent.iterdir()] == ["notes.jsonl"]  # no temp file left
    back = list(read_jsonl(path))
    assert back[0] == RECORD and back[1]["id"] == "n2"


def test_jsonl_write_failure_leaves_old_file(tmp_path):
    path = tmp_path / "notes.jsonl"
    write_jsonl([RECORD], path)

    def broken():
        yield RECORD
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_jsonl(broken(), path)
    assert len(list(read_jsonl(path))) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["notes.jsonl"]


@pytest.mark.parametrize(
    "spans, message",
    [
        ([{"start": 21, "end": 31, "label": "DATE"}, {"start": 8, "end": 17, "label": "DOCTOR"}], "not sorted"),
        ([{"start": 8, "end": 17, "label": "DOCTOR"}, {"start": 12, "end": 20, "label": "DATE"}], "overlaps"),
        ([{"start": 30, "end": 99, "label": "DATE"}], "out of bounds"),
        ([{"start": 8, "end": 17, "label": "PERSON"}], "unknown label"),
        ([{"start": 8, "end": 8, "label": "DATE"}], "out of bounds"),
    ],
)
def test_jsonl_validation_errors_name_the_line_not_the_text(tmp_path, spans, message):
    path = tmp_path / "bad.jsonl"
    lines = [json.dumps(RECORD), json.dumps({**RECORD, "id": "n2", "spans": spans})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(FormatError) as err:
        list(read_jsonl(path))
    assert "bad.jsonl:2" in str(err.value) and message in str(err.value)
    assert "Anna" not in str(err.value) and "Boston" not in str(err.value)


def test_jsonl_bad_json_and_defaults(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "hello"}\n\n{oops\n', encoding="utf-8")
    it = read_jsonl(path)
    first = next(it)
    assert first == {"text": "hello", "spans": [], "meta": {}, "id": "x-1"}
    with pytest.raises(FormatError, match="x.jsonl:3: invalid JSON"):
        next(it)
    with pytest.raises(FormatError, match="'text' must be a string"):
        validate_record({"id": 1})


# ---- DocBin ----

def test_record_doc_round_trip(tmp_path):
    nlp = spacy.blank("en")
    doc = record_to_doc(nlp, RECORD)
    assert [(e.text, e.label_) for e in doc.ents] == [("Anna Ruiz", "DOCTOR"), ("03/14/2021", "DATE")]
    assert [s.label_ for s in doc.spans["phi"]] == ["DOCTOR", "DATE"]
    assert doc._.deid_meta == {"lang": "en", "patient": "p1"} and doc.user_data["id"] == "n1"
    assert doc.user_data["deid_misaligned"] == 0
    assert doc_to_record(doc) == RECORD
    assert doc_to_record(record_to_doc(nlp.tokenizer, RECORD)) == RECORD  # a bare tokenizer works too
    path = tmp_path / "train.spacy"
    assert write_docbin([RECORD], nlp, path) == 1
    (back,) = list(read_docbin(path, nlp))
    assert doc_to_record(back) == RECORD


def test_record_to_doc_expands_misaligned_spans():
    nlp = spacy.blank("en")
    rec = {"id": "m", "text": "Call 555-0100x today", "spans": [{"start": 5, "end": 13, "label": "PHONE"}], "meta": {}}
    doc = record_to_doc(nlp, rec, set_ents=False)
    assert doc.user_data["deid_misaligned"] == 1
    assert len(doc.spans["phi"]) == 1 and doc.spans["phi"][0].end_char >= 13
    assert len(doc.ents) == 0


# ---- label mapping ----

def test_label_mapper_reports_everything():
    report = ReadReport()
    mapper = LabelMapper({"NAME_X": "PATIENT", "SEX": None}, {"CUSTOM": "IDNUM"}, "drop", report)
    assert [mapper(x) for x in ["NAME_X", "SEX", "CUSTOM", "DATE", "WEIRD", None]] == [
        "PATIENT", None, "IDNUM", "DATE", None, None,
    ]
    assert report.excluded == {"SEX": 1} and report.unknown == {"WEIRD": 1, "<none>": 1}
    keep = LabelMapper({}, None, "keep")
    assert keep("WEIRD") == "WEIRD" and keep.report.unknown == {"WEIRD": 1}
    with pytest.raises(ValueError):
        LabelMapper({"A": "NOT_A_LABEL"})
    assert parse_label_map("A=PATIENT, B=") == {"A": "PATIENT", "B": None}


# ---- brat ----

def test_brat_reader_and_writer(tmp_path):
    text = "Paciente Juan Sol, varon de 45 anos, de Lugo.\r\nAlta."
    (tmp_path / "c1.txt").write_bytes(text.encode("utf-8"))
    ann = "\n".join([
        "T1\tNOMBRE_SUJETO_ASISTENCIA 9 17\tJuan Sol",
        "T2\tSEXO_SUJETO_ASISTENCIA 19 24\tvaron",
        "T3\tEDAD_SUJETO_ASISTENCIA 28 35\t45 anos",
        "T4\tCIUDAD_RARA 40 44\tLugo",
        "T5\tFECHAS 47 48;49 51\tAl a",
        "R1\tRel Arg1:T1 Arg2:T3",
        "#1\tAnnotatorNotes T1\tnote",
    ])
    (tmp_path / "c1.ann").write_text(ann + "\n", encoding="utf-8")
    (tmp_path / "c2.txt").write_text("Sin datos.", encoding="utf-8")
    report = ReadReport()
    recs = list(read_brat(tmp_path, report=report, lang="es"))
    assert [r["id"] for r in recs] == ["c1", "c2"]
    assert _surface(recs[0]) == [("Juan Sol", "PATIENT"), ("45 anos", "AGE"), ("A", "DATE"), ("ta", "DATE")]
    assert recs[0]["text"] == text  # \r\n kept: offsets stay right
    assert recs[1]["spans"] == [] and recs[0]["meta"] == {"file": "c1.txt", "lang": "es"}
    assert report.excluded == {"SEXO_SUJETO_ASISTENCIA": 1}
    assert report.unknown == {"CIUDAD_RARA": 1}
    assert report.problems["discontinuous span split"] == 1
    kept = list(read_brat(tmp_path, label_map={"CIUDAD_RARA": "CITY"}))
    assert ("Lugo", "CITY") in _surface(kept[0])
    out = tmp_path / "out"
    write_brat(recs, out)
    again = list(read_brat(out))
    assert [r["spans"] for r in again] == [r["spans"] for r in recs]
    assert detect_format(tmp_path) == "brat"


# ---- i2b2 ----

I2B2 = """<?xml version="1.0" encoding="UTF-8" ?>
<deIdi2b2>
<TEXT><![CDATA[Record date: 2090-03-14
Dr. Ann Lee saw Mr. Bo Fry, 67 years old, at Mercy & Co.
]]></TEXT>
<TAGS>
<DATE id="P0" start="13" end="23" text="2090-03-14" TYPE="DATE" comment="" />
<NAME id="P1" start="28" end="35" text="Ann Lee" TYPE="DOCTOR" comment="" />
<NAME id="P2" start="44" end="50" text="Bo Fry" TYPE="PATIENT" comment="" />
<AGE id="P3" start="52" end="54" text="67" TYPE="AGE" comment="" />
<LOCATION id="P4" start="69" end="79" text="Mercy &amp; Co" TYPE="LOCATION-OTHER" comment="" />
<NAME id="P5" start="28" end="30" text="XX" TYPE="DOCTOR" comment="" />
</TAGS>
</deIdi2b2>
"""


def test_i2b2_reader_and_writer(tmp_path):
    (tmp_path / "110-01.xml").write_text(I2B2, encoding="utf-8")
    report = ReadReport()
    (rec,) = list(read_i2b2(tmp_path, report=report))
    assert rec["id"] == "110-01"
    assert _surface(rec) == [("2090-03-14", "DATE"), ("Ann Lee", "DOCTOR"), ("Bo Fry", "PATIENT"),
                             ("67", "AGE"), ("Mercy & Co", "LOCATION_OTHER")]
    assert report.problems == {"text mismatch": 1}
    write_i2b2([rec], tmp_path / "out")
    (again,) = list(read_i2b2(tmp_path / "out"))
    assert again["text"] == rec["text"] and again["spans"] == rec["spans"]
    assert detect_format(tmp_path / "110-01.xml") == "i2b2"


# ---- PhysioNet ----

def test_physionet_reader(tmp_path):
    body1 = "PT SEEN BY DR SMITH ON 7/22.\nFAMILY CALLED.\n"
    body2 = "NO EVENTS.\n"
    (tmp_path / "id.text").write_text(
        f"START_OF_RECORD=7||||1||||\n{body1}||||END_OF_RECORD\n"
        f"START_OF_RECORD=7||||2||||\n{body2}||||END_OF_RECORD\n",
        encoding="latin-1",
    )
    (tmp_path / "id-phi.phrase").write_text(
        "7 1 14 19 HCPName SMITH\n7 1 23 27 Date 7/22\n7 1 3 7 Location XXXX\n7 1 0 2 Weird PT\n",
        encoding="latin-1",
    )
    report = ReadReport()
    recs = list(read_physionet(tmp_path, report=report))
    assert [r["id"] for r in recs] == ["7-1", "7-2"]
    assert recs[0]["text"] == body1
    assert _surface(recs[0]) == [("SMITH", "DOCTOR"), ("7/22", "DATE")]
    assert recs[0]["meta"] == {"patient": "7", "note": "1", "lang": "en", "note_type": "nursing"}
    assert recs[1]["spans"] == []
    assert report.problems == {"text mismatch": 1} and report.unknown == {"Weird": 1}
    assert detect_format(tmp_path) == "physionet"


# ---- UIMA CAS JSON ----

def _cas(text, annotations):
    fs = [{"%ID": 1, "%TYPE": "uima.cas.Sofa", "sofaNum": 1, "sofaID": "_InitialView", "mimeType": "text",
           "sofaString": text},
          {"%ID": 2, "%TYPE": "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData", "@sofa": 1,
           "begin": 0, "end": len(text), "language": "de", "documentTitle": "Brief.txt"}]
    for i, (b, e, kind) in enumerate(annotations):
        item = {"%ID": 10 + i, "%TYPE": "webanno.custom.PHI", "@sofa": 1, "begin": b, "end": e}
        if kind is not None:
            item["kind"] = kind
        fs.append(item)
    return {"%TYPES": {}, "%FEATURE_STRUCTURES": fs, "%VIEWS": {"_InitialView": {"%SOFA": 1, "%MEMBERS": [2]}}}


def test_uima_cas_reader(tmp_path):
    text = "Sehr geehrte Frau Dr. Weiß, Herr Kühn (49) kam am 03.04.2021 aus 12345 Ulm."
    anns = [(22, 26, "NAME_DOCTOR"), (18, 21, "NAME_TITLE"), (33, 37, "NAME_PATIENT"), (39, 41, None),
            (50, 60, "DATE"), (65, 70, "LOCATION_ZIP"), (71, 74, "LOCATION_CITY")]
    (tmp_path / "Brief.txt_phi.json").write_text(json.dumps(_cas(text, anns), ensure_ascii=False), encoding="utf-8")
    report = ReadReport()
    (rec,) = list(read_uima_cas(tmp_path, report=report))
    assert rec["id"] == "Brief" and rec["meta"]["lang"] == "de"
    assert _surface(rec) == [("Weiß", "DOCTOR"), ("Kühn", "PATIENT"), ("03.04.2021", "DATE"),
                             ("12345", "ZIP"), ("Ulm", "CITY")]
    assert report.excluded == {"NAME_TITLE": 1} and report.unknown == {"<none>": 1}
    (fixed,) = list(read_uima_cas(tmp_path / "Brief.txt_phi.json", label_map={"<none>": "AGE"}))
    assert ("49", "AGE") in _surface(fixed)
    assert detect_format(tmp_path / "Brief.txt_phi.json") == "uima-cas"


# ---- AI CUP TSV ----

def test_aicup_reader_reports_and_skips_bad_rows(tmp_path):
    t1 = "醫師：你好王小明，上週三去台南做CT。民眾：花了五百塊。"
    t2 = "醫師：今天怎樣？民眾：還好。"
    header = "article_id\tstart_position\tend_position\tentity_text\tentity_type"
    block1 = "\n".join([t1, header, "0\t5\t8\t王小明\tname", "0\t9\t12\t上週三\ttime", "0\t13\t15\t台南\tlocation",
                        "0\t24\t27\t五百塊\tmoney", "0\t30\t7\t壞掉\ttime", "0\t9\t11\t週三\ttime"])
    block2 = "\n".join([t2, header])
    path = tmp_path / "train.txt"
    path.write_text(block1 + "\n\n--------------------\n\n" + block2 + "\n\n", encoding="utf-8")
    report = ReadReport()
    recs = list(read_aicup(path, report=report))
    assert [r["id"] for r in recs] == ["aicup-0", "aicup-1"]
    assert _surface(recs[0]) == [("王小明", "PATIENT"), ("上週三", "DATE"), ("台南", "LOCATION_OTHER")]
    assert recs[0]["meta"]["lang"] == "zh" and recs[1]["spans"] == []
    assert report.excluded == {"money": 1}
    assert report.problems == {"impossible offsets": 1, "text mismatch": 1}
    assert detect_format(path) == "aicup"
    # scored as labels.md scores dates: a time without a calendar element ("上週三") is no PHI
    calendar = ReadReport()
    recs = list(read_aicup(path, report=calendar, calendar_times_only=True))
    assert _surface(recs[0]) == [("王小明", "PATIENT"), ("台南", "LOCATION_OTHER")]
    assert calendar.excluded == {"money": 1, "time without a calendar element": 1}


def test_aicup_calendar_elements():
    from spacy_deid.io.aicup import calendar_element

    assert all(calendar_element(t) for t in ("3月14日", "110年", "三月", "十五號", "3/14", "2021年3月", "民國20年",
                                             "九十八年", "一九九八年", "十年初", "三年前的五月", "民國七八年"))
    # relative times, times of day and counts of years are no point in the calendar (labels.md)
    assert not any(calendar_element(t) for t in ("前天", "上禮拜", "晚上", "最近", "三個禮拜前", "兩天", "三年", "兩年半",
                                                 "5年前", "1年3個月", "2到3年", "二十年前", "三十年",
                                                 "五六年", "七八年"))  # "五六年": five or six years, no year 56


def test_aicup_names_without_titles(tmp_path):
    text = "醫師：王醫師說陳小姐要找王小明醫師，醫師也說好。"
    header = "article_id\tstart_position\tend_position\tentity_text\tentity_type"
    rows = ["7\t3\t6\t王醫師\tname", "7\t7\t10\t陳小姐\tname", "7\t12\t17\t王小明醫師\tname",
            "7\t18\t20\t醫師\tname", "7\t3\t4\t王\tname"]
    path = tmp_path / "train.txt"
    path.write_text("\n".join([text, header, *rows]) + "\n", encoding="utf-8")
    assert [x for x, _ in _surface(next(read_aicup(path)))] == ["王醫師", "陳小姐", "王小明醫師", "醫師"]
    report = ReadReport()
    (rec,) = list(read_aicup(path, report=report, names_without_titles=True))
    # titles stay out of names (labels.md); a title alone is no name; "王" is kept once
    assert _surface(rec) == [("王", "PATIENT"), ("陳", "PATIENT"), ("王小明", "PATIENT")]
    assert report.excluded == {"title trimmed off a name span": 3, "name span that is a title alone": 1}


def test_aicup_contact_values_only(tmp_path):
    text = "加我LINE，或打0912345678，寄mail到a@b.tw，網址www.x.org。"
    header = "article_id\tstart_position\tend_position\tentity_text\tentity_type"
    spans = [("LINE", "contact"), ("0912345678", "contact"), ("mail", "contact"), ("a@b.tw", "contact"), ("www.x.org", "contact")]
    rows = [f"7\t{text.index(t)}\t{text.index(t) + len(t)}\t{t}\t{lab}" for t, lab in spans]
    path = tmp_path / "train.txt"
    path.write_text("\n".join([text, header, *rows]) + "\n", encoding="utf-8")
    assert len(next(read_aicup(path))["spans"]) == 5
    report = ReadReport()
    (rec,) = list(read_aicup(path, report=report, contact_values_only=True))
    # a messaging app or a medium is no contact of labels.md; numbers, addresses and links are
    assert [x for x, _ in _surface(rec)] == ["0912345678", "a@b.tw", "www.x.org"]
    assert report.excluded == {"contact without a number, address or link": 2}


# ---- presidio-research synthetic ----

def test_presidio_synth_reader(tmp_path):
    text = "Mr. Tom Vale lives at 12 Oak Rd, call 555-0100."
    sample = {"full_text": text, "masked": "", "template_id": 3, "metadata": None, "spans": [
        {"entity_type": "TITLE", "entity_value": "Mr.", "start_position": 0, "end_position": 3},
        {"entity_type": "PERSON", "entity_value": "Tom Vale", "start_position": 4, "end_position": 12},
        {"entity_type": "STREET_ADDRESS", "entity_value": "12 Oak Rd", "start_position": 22, "end_position": 31},
        {"entity_type": "PHONE_NUMBER", "entity_value": "555-0100", "start_position": 38, "end_position": 46},
        {"entity_type": "CRYPTO", "entity_value": "x", "start_position": 13, "end_position": 18},
    ]}
    path = tmp_path / "synth.json"
    path.write_text(json.dumps([sample]), encoding="utf-8")
    report = ReadReport()
    (rec,) = list(read_presidio_synth(path, report=report))
    assert _surface(rec) == [("Tom Vale", "PATIENT"), ("12 Oak Rd", "STREET"), ("555-0100", "PHONE")]
    assert rec["meta"] == {"lang": "en", "note_type": "synthetic", "template_id": 3}
    assert report.excluded == {"TITLE": 1} and report.unknown == {"CRYPTO": 1}
    kept = list(read_corpus(path, unknown="keep"))
    assert ("lives", "CRYPTO") in _surface(kept[0])
    assert detect_format(path) == "presidio-synth"


def test_overlapping_source_spans_keep_the_longer(tmp_path):
    text = "Seen on 03/14/2021."
    sample = {"full_text": text, "spans": [
        {"entity_type": "DATE_TIME", "start_position": 8, "end_position": 18},
        {"entity_type": "DATE_TIME", "start_position": 8, "end_position": 13},
        {"entity_type": "DATE_TIME", "start_position": 8, "end_position": 18},
    ]}
    path = tmp_path / "s.json"
    path.write_text(json.dumps([sample]), encoding="utf-8")
    report = ReadReport()
    (rec,) = list(read_presidio_synth(path, report=report))
    assert rec["spans"] == [{"start": 8, "end": 18, "label": "DATE"}]
    assert report.problems == {"duplicate": 1, "overlap": 1}
    validate_record(rec)


# ---- the real corpora (read at run time from ../shared/corpora; skipped when absent) ----

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
# (path, format, docs, spans kept, excluded, unknown, problems): counts of each SOURCE.md after our label map
REAL = [
    ("physionet-deid", "physionet", 2434, 1778, {}, {}, {"overlap": 1}),
    ("meddocan/test/brat", "brat", 250, 5193, {"SEXO_SUJETO_ASISTENCIA": 461, "OTROS_SUJETO_ASISTENCIA": 7}, {}, {}),
    ("grascco-phi-de/grascco_phi_annotation_json", "uima-cas", 63, 1299, {"NAME_TITLE": 139}, {"<none>": 1}, {}),
    ("aicup2020-zh-medical-dialogue-deid/train.txt", "aicup", 200, 3196,
     {"med_exam": 443, "money": 126, "family": 50, "education": 6, "clinical_event": 5, "others": 3}, {},
     {"impossible offsets": 1, "text mismatch": 1}),
    ("presidio-research-synth/synth_dataset_v2.json", "presidio-synth", 1500, 2716, {"TITLE": 92, "NRP": 55}, {}, {}),
]


@pytest.mark.slow
@pytest.mark.parametrize("rel, fmt, docs, spans, excluded, unknown, problems", REAL, ids=[r[1] for r in REAL])
def test_real_corpus_reads_with_every_span_accounted_for(rel, fmt, docs, spans, excluded, unknown, problems):
    path = CORPORA / rel
    if not path.exists():
        pytest.skip(f"{rel} not available")
    assert detect_format(path) == fmt
    report = ReadReport()
    recs = list(read_corpus(path, report=report))
    for rec in recs:
        validate_record(rec)  # sorted, non-overlapping, in bounds, our labels
    assert (len(recs), sum(len(r["spans"]) for r in recs)) == (docs, spans)
    assert dict(report.excluded) == excluded
    assert dict(report.unknown) == unknown
    assert dict(report.problems) == problems


def test_spacy_corpus_reader_from_config(tmp_path):
    from spacy.util import registry

    import spacy_deid.io.spacy_corpus  # noqa: F401  (registers the reader)

    path = tmp_path / "gold.jsonl"
    write_jsonl([RECORD], path)
    reader = registry.resolve({"c": {"@readers": "spacy_deid.PhiCorpus.v1", "path": str(path)}})["c"]
    (example,) = list(reader(spacy.blank("en")))
    assert [(e.text, e.label_) for e in example.reference.ents] == [("Anna Ruiz", "DOCTOR"), ("03/14/2021", "DATE")]
    assert len(example.predicted.ents) == 0 and example.predicted.text == TEXT
