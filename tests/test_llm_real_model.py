"""The real default local model (llama.cpp + Qwen2.5-Coder-0.5B-Instruct GGUF) on short notes.

Skipped only when llama-cpp-python or the GGUF file is missing (``scripts/install_llm.sh``
installs both; CI runs it). One generation thread, greedy decoding, a few short notes.
"""
import pytest
import spacy

from spacy_deid.llm.models.llama_cpp import default_model_path, llama_cpp_available

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not llama_cpp_available(), reason="llama-cpp-python not installed (scripts/install_llm.sh)"),
    pytest.mark.skipif(not default_model_path().is_file(),
                       reason=f"default GGUF model not installed at {default_model_path()} (scripts/install_llm.sh)"),
]


@pytest.fixture(scope="module")
def llama():
    from spacy_deid.llm.models.llama_cpp import LlamaCppModel

    model = LlamaCppModel(n_threads=1, n_ctx=2048, temperature=0.0, max_tokens=96)
    yield model
    model.close()


@pytest.fixture(scope="module")
def nlp(llama):
    import spacy_deid.components.phi_llm  # noqa: F401
    from spacy_llm.registry import registry

    # hand the already-loaded model to the component instead of loading the GGUF twice
    registry.llm_models.register("test.loaded_llama.v1", func=lambda: llama)
    pipe = spacy.blank("en")
    pipe.add_pipe("phi_patterns")
    pipe.add_pipe("phi_llm", config={
        "task": {"@llm_tasks": "spacy_deid.PHI.v1", "n_samples": 1, "min_votes": 1,
                 "review_threshold": 0.0},
        "model": {"@llm_models": "test.loaded_llama.v1"},
    })
    pipe.add_pipe("deid_redactor")
    return pipe


def test_model_answers_in_the_requested_format(llama):
    from spacy_deid.llm.tasks.phi.parse import parse_response
    from spacy_deid.llm.tasks.phi.prompt import DEFAULT_LABELS, build_prompt, read_examples

    prompt = build_prompt("Seen today by Dr. Halvorsen with her son Bram.", DEFAULT_LABELS, read_examples())
    ((answer,),) = llama([[prompt]])
    assert parse_response(answer, DEFAULT_LABELS), "no LABEL: text line in the answer"


def test_llm_finds_names_the_rules_miss(nlp):
    text = "Pt Gunnar Lindqvist resting. Wife Astrid at bedside, updated by Dr. Okonkwo."
    doc = nlp(text)
    llm = [s for s in doc.spans["phi"] if s.id_ == "llm"]
    assert llm, "the LLM found nothing"
    found = {s.text for s in llm}
    assert found & {"Gunnar Lindqvist", "Gunnar", "Lindqvist", "Astrid", "Okonkwo"}
    for s in llm:  # every span is real text of the note, with a scheme label
        assert text[s.start_char:s.end_char] == s.text
        assert s.label_ in {"NAME", "PROFESSION", "LOCATION", "AGE", "DATE", "CONTACT", "ID"}
    assert "Lindqvist" not in doc._.deidentified or "Okonkwo" not in doc._.deidentified


def test_self_consistency_with_sampling(llama):
    from spacy_deid.llm.tasks.phi.prompt import read_examples
    from spacy_deid.llm.tasks.phi.task import PHITask

    llama.temperature = 0.5
    try:
        task = PHITask(labels=["NAME", "DATE"], examples=read_examples(), n_samples=3, min_votes=2)
        doc = spacy.blank("en")("Discussed plan with daughter Maren Oduya on 11/02/2019.")
        prompts = task.prompts_for(doc)
        assert len(prompts) == 3 and len(set(prompts)) == 1  # one window, asked three times
        answers = [a for shard in llama([prompts]) for a in shard]
        assert len(set(answers)) > 1, "sampling gave three identical answers"
        task.apply(doc, answers)
    finally:
        llama.temperature = 0.0
    kept = list(doc.spans["phi"]) if "phi" in doc.spans else []
    review = list(doc.spans["phi_review"]) if "phi_review" in doc.spans else []
    assert kept or review, "no span reached 2 of 3 votes"
    for s in kept:
        assert s.id_ == "llm" and s._.phi_scores["llm"] == 1.0
    for s in review:  # 2 of 3 votes: below the 0.75 review threshold
        assert s.id_ == "llm" and s._.phi_scores["llm"] == pytest.approx(2 / 3)
