"""The ``phi_llm`` component end to end, with recorded answers from a local chat server."""
import json

import pytest
import spacy
from typer.testing import CliRunner

import spacy_deid.components.phi_llm  # noqa: F401  (registers the factory)
import spacy_deid.cli.llm_annotate  # noqa: F401  (registers the command)
from spacy_deid.cli.main import app
from test_llm_server import FakeChatServer

NOTE = "Seen with Jorge Baptiste on 3/4. Wife Odile called."
RECORDED = {
    NOTE: [  # answers for seeds 0, 1, 2
        "NAME: Jorge Baptiste\nNAME: Odile",
        "NAME: Jorge Baptiste\nDATE: 3/4",
        "NAME: Jorge Baptiste\nNAME: Odile\nNAME: Marta Oyelaran",
    ]
}


def build(endpoint, **task):
    nlp = spacy.blank("en")
    nlp.add_pipe("phi_patterns")
    nlp.add_pipe("phi_llm", config={
        "task": {"@llm_tasks": "spacy_deid.PHI.v1", **task},
        "model": {"@llm_models": "spacy_deid.OpenAICompat.v1", "endpoint": endpoint},
    })
    nlp.add_pipe("deid_redactor")
    return nlp


def test_votes_go_to_phi_and_review_groups_and_get_redacted():
    with FakeChatServer(RECORDED) as server:
        doc = build(server.endpoint)(NOTE)
    assert len(server.requests) == 3  # one window, asked three times
    llm = [(s.text, s.label_, round(s._.phi_scores["llm"], 2)) for s in doc.spans["phi"] if s.id_ == "llm"]
    assert llm == [("Jorge Baptiste", "NAME", 1.0)]
    review = [(s.text, s.label_, s.id_, round(s._.phi_scores["llm"], 2)) for s in doc.spans["phi_review"]]
    assert review == [("Odile", "NAME", "llm", 0.67)]  # 2 of 3: kept, flagged for review
    # the date came from one answer only: not an LLM span, but the rules still find it
    assert [s.id_ for s in doc.spans["phi"] if s.text == "3/4"] == ["rules"]
    final = {(NOTE[s.start:s.end], s.uncertain) for s in doc._.phi}
    assert ("Odile", True) in final and ("Jorge Baptiste", False) in final
    # uncertain spans are still redacted by default (privacy first)
    assert "Jorge" not in doc._.deidentified and "Odile" not in doc._.deidentified


def test_min_votes_one_and_threshold_zero_keep_everything_certain():
    with FakeChatServer(RECORDED) as server:
        doc = build(server.endpoint, min_votes=1, review_threshold=0.0)(NOTE)
    texts = sorted(s.text for s in doc.spans["phi"] if s.id_ == "llm")
    assert texts == ["3/4", "Jorge Baptiste", "Odile"]
    assert "phi_review" not in doc.spans or len(doc.spans["phi_review"]) == 0


def test_uncertain_routing_asks_only_about_unflagged_sentences():
    text = "Vitals stable overnight.\nBP 120/80 on 3/4/2020.\nSon Ezekiel visited."
    answers = {"Son Ezekiel visited.": ["NAME: Ezekiel"]}
    with FakeChatServer(answers) as server:
        nlp = build(server.endpoint, n_samples=1, min_votes=1,
                    router={"@llm_misc": "spacy_deid.RouteUncertain.v1"})
        doc = nlp(text)
    assert [r["messages"][-1]["content"].rsplit("NOTE:\n", 1)[1] for r in server.requests] == [
        "Son Ezekiel visited.\nANSWER:"
    ]
    assert [s.text for s in doc.spans["phi"] if s.id_ == "llm"] == ["Ezekiel"]


def test_disk_cache_and_remote_endpoint_need_explicit_opt_in(tmp_path):
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="allow_disk_cache"):
        nlp.add_pipe("phi_llm", config={
            "cache_path": str(tmp_path / "cache"),
            "model": {"@llm_models": "spacy_deid.OpenAICompat.v1"},
        })
    with pytest.raises(ValueError, match="allow_remote"):
        nlp.add_pipe("phi_llm", name="remote", config={
            "model": {"@llm_models": "spacy_deid.OpenAICompat.v1", "endpoint": "http://203.0.113.9/v1"},
        })
    assert not (tmp_path / "cache").exists()


@pytest.mark.filterwarnings("ignore:Task supports sharding")
def test_a_model_that_is_not_ours_is_refused_unless_allowed():
    """Issue 12: phi_llm accepted any spacy-llm model, including hosted APIs; only our models
    enforce the loopback rule. Another model is refused before any note is processed."""
    from typing import Iterable

    from spacy_llm.registry import registry

    sent = []

    @registry.llm_models("test.ThirdPartyModel.v1")
    def third_party():
        def call(prompts: Iterable[Iterable[str]]) -> Iterable[Iterable[str]]:
            for shard in prompts:
                sent.extend(shard)
                yield ["NONE" for _ in shard]
        return call

    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="allow_external_model"):
        nlp.add_pipe("phi_llm", config={"model": {"@llm_models": "test.ThirdPartyModel.v1"}})
    assert "phi_llm" not in nlp.pipe_names
    nlp.add_pipe("phi_llm", config={"model": {"@llm_models": "test.ThirdPartyModel.v1"},
                                    "allow_external_model": True})
    nlp("Seen by Dr. Vold.")
    assert sent  # allowed explicitly: it is used


def test_llm_annotate_writes_training_jsonl(tmp_path):
    src = tmp_path / "notes.jsonl"
    src.write_text(json.dumps({"id": "n1", "text": NOTE, "meta": {"patient": "p1"}}) + "\n")
    out = tmp_path / "out.jsonl"
    with FakeChatServer(RECORDED) as server:
        result = CliRunner().invoke(app, [
            "llm-annotate", str(src), "--out", str(out), "--model", "rules",
            "--endpoint", server.endpoint, "--quiet",
        ])
    assert result.exit_code == 0, result.output
    (rec,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert rec["id"] == "n1" and rec["text"] == NOTE and rec["meta"]["patient"] == "p1"
    assert rec["meta"]["needs_review"] is True
    spans = {(NOTE[s["start"]:s["end"]], s["label"], s.get("uncertain", False)) for s in rec["spans"]}
    assert spans == {("Jorge Baptiste", "NAME", False), ("3/4", "DATE", False), ("Odile", "NAME", True)}
    starts = [s["start"] for s in rec["spans"]]
    assert starts == sorted(starts)


def test_llm_annotate_refuses_remote_endpoint(tmp_path):
    src = tmp_path / "notes.jsonl"
    src.write_text(json.dumps({"id": "n1", "text": NOTE}) + "\n")
    result = CliRunner().invoke(app, [
        "llm-annotate", str(src), "--out", str(tmp_path / "o.jsonl"), "--model", "rules",
        "--endpoint", "https://llm.example.org/v1",
    ])
    assert result.exit_code == 2
    assert not (tmp_path / "o.jsonl").exists()


GERMAN = "Frau Waltraud Eberle, 72 Jahre, wurde am 14.03.2021 aufgenommen. Sohn Jörg informiert."
RECORDED_DE = {GERMAN: ["PATIENT: Waltraud Eberle\nAGE: 72\nPATIENT: Jörg",
                        "PATIENT: Waltraud Eberle\nAGE: 72",
                        "PATIENT: Waltraud Eberle\nPATIENT: Sohn Jörg informiert"]}


def test_a_german_prompt_names_the_language_takes_german_examples_and_votes_the_same_way():
    """Issue 13, must-have 5: prompts per language, self-consistency (3 samples, 2 must agree)."""
    with FakeChatServer(RECORDED_DE) as server:
        nlp = build(server.endpoint, labels=["PATIENT", "AGE", "DATE"], lang="de")
        doc = nlp(GERMAN)
    assert len(server.requests) == 3
    prompt = server.requests[0]["messages"][-1]["content"]
    assert "written in German" in prompt and "Edeltraud Knöpfle" in prompt  # the German few-shot example
    assert "Marta Oyelaran" not in prompt  # not the English ones
    llm = {(s.text, s.label_) for s in doc.spans["phi"] if s.id_ == "llm"} | {
        (s.text, s.label_) for s in doc.spans["phi_review"] if s.id_ == "llm"}
    assert ("Waltraud Eberle", "PATIENT") in llm and ("72", "AGE") in llm  # "Jahre" is an age word
    assert not any("informiert" in t for t, _ in llm)  # one answer only: voted out
    assert "Waltraud" not in doc._.deidentified


def test_every_packaged_language_has_examples_with_exact_strings():
    from spacy_deid.llm.tasks.phi.prompt import LANGUAGE_NAMES, examples_path_for, read_examples

    for lang in ("de", "fr", "it", "es", "ro", "tr", "zh", "ar"):
        path = examples_path_for(lang)
        assert path.name == f"examples_{lang}.jsonl" and lang in LANGUAGE_NAMES
        examples = read_examples(path)
        assert any(ex.answers for ex in examples) and any(not ex.answers for ex in examples)
        for ex in examples:
            assert all(surface in ex.text for _, surface in ex.answers), (lang, ex.text)
    assert examples_path_for("xx").name == "examples.jsonl"
