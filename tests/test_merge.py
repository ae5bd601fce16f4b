"""The merge policy: union of characters, label priority, sources and scores."""
import pytest
import spacy
from spacy.tokens import Span

from spacy_deid.merge import collect_candidates, merge_doc, merge_spans
from spacy_deid.spans import PhiSpan, add_phi_spans


def test_overlapping_spans_are_unioned_never_shrunk():
    merged = merge_spans([PhiSpan(10, 20, "DOCTOR", "ner", 0.7), PhiSpan(15, 30, "DATE", "rules", 1.0)])
    assert [(s.start, s.end) for s in merged] == [(10, 30)]
    assert merged[0].label == "DATE"  # DATE ranks above NAME by default
    assert merged[0].source == "ner+rules"
    assert merged[0].score == 1.0


def test_touching_spans_stay_apart():
    merged = merge_spans([PhiSpan(0, 5, "PATIENT"), PhiSpan(5, 9, "DATE")])
    assert [(s.start, s.end, s.label) for s in merged] == [(0, 5, "PATIENT"), (5, 9, "DATE")]


def test_chain_of_overlaps_becomes_one_span():
    merged = merge_spans([PhiSpan(0, 4, "CITY"), PhiSpan(3, 8, "STREET"), PhiSpan(7, 12, "ZIP")])
    assert [(s.start, s.end) for s in merged] == [(0, 12)]
    assert merged[0].label == "STREET"  # same coarse rank: the longest constituent wins


def test_label_priority_is_configurable():
    cands = [PhiSpan(0, 10, "PATIENT"), PhiSpan(2, 6, "IDNUM")]
    assert merge_spans(cands)[0].label == "IDNUM"
    assert merge_spans(cands, ["NAME", "ID"])[0].label == "PATIENT"
    with pytest.raises(ValueError):
        merge_spans(cands, ["NAMES"])


def test_uncertain_only_when_every_source_was():
    a = PhiSpan(0, 5, "PATIENT", "llm", 0.4, uncertain=True)
    assert merge_spans([a])[0].uncertain
    assert not merge_spans([a, PhiSpan(1, 5, "PATIENT", "ner", 0.9)])[0].uncertain


def test_merge_doc_reads_span_groups_and_ner_entities():
    nlp = spacy.blank("en")
    doc = nlp("Seen by John Carter on 03/14/2021 in Boston today.")
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 7, 8, label="GPE"), Span(doc, 8, 9, label="DATE")]
    add_phi_spans(doc, [(23, 33, "DATE", 1.0)], "rules")
    spans = merge_doc(doc)
    got = [(doc.text[s.start:s.end], s.label, s.source) for s in spans]
    assert got == [
        ("John Carter", "NAME", "ner"),
        ("03/14/2021", "DATE", "rules"),
        ("Boston", "LOCATION", "ner"),
        ("today", "DATE", "ner"),  # an entity labelled DATE is PHI: union, privacy first
    ]
    # NER can be ignored or mapped differently by config
    assert [s.source for s in merge_doc(doc, use_ents=False)] == ["rules"]
    assert len(merge_doc(doc, ner_label_map={})) == 2  # PERSON/GPE unmapped: only DATE ents + rules


def test_non_phi_label_in_phi_group_is_an_error():
    nlp = spacy.blank("en")
    doc = nlp("aspirin 81 mg")
    doc.spans["phi"] = [Span(doc, 0, 1, label="DRUG")]
    with pytest.raises(ValueError, match="non-PHI label"):
        collect_candidates(doc)


def test_add_phi_spans_splits_tokens_and_keeps_earlier_spans():
    nlp = spacy.blank("en")
    doc = nlp("DOB:03/14/2021 Dr. Smith")
    doc.spans["phi"] = [Span(doc, 2, 3, label="DOCTOR", span_id="ner")]
    add_phi_spans(doc, [(4, 14, "DATE", 0.9)], "rules")
    assert [(s.text, s.label_, s.id_) for s in doc.spans["phi"]] == [
        ("Smith", "DOCTOR", "ner"), ("03/14/2021", "DATE", "rules")]
    assert [t.text for t in doc] == ["DOB:", "03/14/2021", "Dr.", "Smith"]


# --- scores, vetoes and the threshold (issue 10) -------------------------------------------------
from spacy_deid.merge import apply_vetoes, combine_scores  # noqa: E402


def test_scores_combine_by_noisy_or_over_sources():
    assert combine_scores([PhiSpan(0, 4, "NAME", "ner", 0.6), PhiSpan(0, 4, "NAME", "lexicon", 0.5)]) == pytest.approx(0.8)
    # two spans of one source count once, with the better score
    assert combine_scores([PhiSpan(0, 4, "NAME", "ner", 0.6), PhiSpan(1, 4, "NAME", "ner", 0.3)]) == pytest.approx(0.6)


def test_vetoes_lower_only_vetoable_sources_inside_the_not_span():
    cands = [PhiSpan(0, 11, "NAME", "ner", 1.0), PhiSpan(0, 11, "NAME", "rules", 1.0), PhiSpan(20, 25, "NAME", "ner", 1.0)]
    out = apply_vetoes(cands, [(0, 11, 0.95)])
    assert out[0].score == pytest.approx(0.05)
    assert out[1].score == 1.0  # rules are never vetoed
    assert out[2].score == 1.0  # outside the not-span


def test_sure_not_spans_trim_candidate_edges():
    # "Dr. Smith": an NER span over the title is trimmed to the name
    out = apply_vetoes([PhiSpan(0, 9, "NAME", "ner", 0.9)], [(0, 4, 0.95)])
    assert [(s.start, s.end) for s in out] == [(4, 9)]
    # a weak not-span does not trim
    out = apply_vetoes([PhiSpan(0, 9, "NAME", "ner", 0.9)], [(0, 4, 0.5)])
    assert [(s.start, s.end) for s in out] == [(0, 9)]


def test_soft_labels_come_from_the_source_that_saw_the_context():
    cands = [PhiSpan(0, 7, "NAME", "ner", 1.0), PhiSpan(0, 7, "HOSPITAL", "lexicon", 0.9)]
    assert merge_spans(cands)[0].label == "HOSPITAL"
    # a structured label still wins over both
    cands.append(PhiSpan(0, 3, "DATE", "rules", 1.0))
    assert merge_spans(cands)[0].label == "DATE"
    # a vetoed guess (score far below the best) does not name the span
    assert merge_spans([PhiSpan(0, 7, "HOSPITAL", "lexicon", 0.2), PhiSpan(0, 7, "NAME", "ner", 0.9)])[0].label == "NAME"


def test_redactor_threshold_drops_weak_spans_but_keeps_uncertain_ones():
    from spacy_deid.redaction import RedactionSettings, policy_spans

    text = "Anna saw Bob today"
    spans = [PhiSpan(0, 4, "PATIENT", "ner", 0.3), PhiSpan(9, 12, "PATIENT", "llm", 0.2, uncertain=True)]
    kept = policy_spans(text, spans, RedactionSettings(threshold=0.5))
    assert [(s.start, s.end) for s in kept] == [(9, 12)]
    assert len(policy_spans(text, spans, RedactionSettings(threshold=0.2))) == 2
    with pytest.raises(ValueError):
        RedactionSettings(threshold=1.5)


def test_ner_entities_are_vetoed_in_a_real_pipeline():
    """An NER (here an entity ruler standing in for a model) tags ordinary words: the lexicon
    vetoes them, the real name stays, and the redactor threshold drops the vetoed span."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "discomfort"}, {"label": "PERSON", "pattern": "Okonkwo"}])
    nlp.add_pipe("phi_lexicon")
    nlp.add_pipe("deid_redactor")
    doc = nlp("Mild discomfort noted, seen by Okonkwo.")
    assert doc._.deidentified == "Mild discomfort noted, seen by [NAME]."
    assert any(s.text == "discomfort" for s in doc.spans["phi_not"])


def test_vetoes_never_leak_into_phi_scores_at_the_same_offsets():
    """Span extensions are stored by offsets: a veto over "General" must not become the score of
    a PHI span over "General" (a regression: it did)."""
    from spacy_deid.spans import NOT_KEY, span_score, span_veto

    nlp = spacy.blank("en")
    doc = nlp("Lakeside General Hospital")
    add_phi_spans(doc, [(9, 16, "HOSPITAL", 0.5, "places.transfer")], "lexicon")
    add_phi_spans(doc, [(9, 16, "NOT_PHI", 0.95, "trim.LOCATION")], "lexicon", NOT_KEY)
    phi, veto = doc.spans["phi"][0], doc.spans[NOT_KEY][0]
    assert span_score(phi) == 0.5 and phi._.phi_detail == "places.transfer"
    assert span_veto(veto) == 0.95 and veto._.phi_veto_detail == "trim.LOCATION"


def test_trimmed_edges_leave_no_whitespace_in_the_span():
    text = "TRANSFER TO FELLOWS 6 IF STABLE"
    out = apply_vetoes([PhiSpan(12, 24, "LOCATION", "ner", 1.0)], [(22, 24, 0.95)], text=text)
    assert text[out[0].start:out[0].end] == "FELLOWS 6"


def test_a_validated_rule_label_wins_over_an_ner_guess():
    cands = [PhiSpan(0, 12, "IDNUM", "ner", 1.0), PhiSpan(0, 12, "PHONE", "rules", 1.0)]
    assert merge_spans(cands)[0].label == "PHONE"


def test_one_label_per_person_or_place_in_a_note():
    """The Spanish model called "Begoña Arrieta Salcedo" a PATIENT and a later "Arrieta" a place,
    so the two mentions got surrogates of different kinds."""
    from spacy_deid.merge import harmonise_labels

    text = "Begoña Arrieta Salcedo ingresó. Arrieta refiere dolor. Vive en Cuenca; Cuenca es fría. Boston."
    spans = [PhiSpan(0, 22, "PATIENT", "ner", 0.9), PhiSpan(32, 39, "LOCATION_OTHER", "ner", 0.8),
             PhiSpan(63, 69, "CITY", "ner", 0.9), PhiSpan(71, 77, "PATIENT", "ner", 0.6),
             PhiSpan(87, 93, "CITY", "ner", 0.9)]
    out = harmonise_labels(text, spans)
    assert [s.label for s in out] == ["PATIENT", "PATIENT", "CITY", "CITY", "CITY"]
    assert [(s.start, s.end, s.source, s.score) for s in out] == [(s.start, s.end, s.source, s.score) for s in spans]
    # a tie between a name and a place goes to the name
    tie = harmonise_labels("Kim saw Kim", [PhiSpan(0, 3, "CITY", "ner", 0.7), PhiSpan(8, 11, "DOCTOR", "ner", 0.7)])
    assert [s.label for s in tie] == ["DOCTOR", "DOCTOR"]
    # other categories are left alone
    other = [PhiSpan(0, 3, "DATE", "rules", 1.0), PhiSpan(8, 11, "CITY", "ner", 0.7)]
    assert harmonise_labels("May saw May", other) == other


def test_a_candidate_vetoed_as_no_phi_does_not_stretch_the_merged_span():
    """A model span that ``phi_word_veto`` called no PHI at all adds its lowered score but not its
    extent to a rule's span inside it; the English lexicon's vetoes keep stretching (a guess whose
    words are ordinary may still have the right extent)."""
    model, rule = PhiSpan(0, 12, "PROFESSION", "ner", 1.0), PhiSpan(8, 12, "PROFESSION", "rules", 0.8)
    word_veto = apply_vetoes([model, rule], [(0, 12, 0.8, "word_veto.han.PROFESSION")])
    assert [(s.start, s.end, s.source) for s in merge_spans(word_veto)] == [(8, 12, "ner+rules")]
    lexicon_veto = apply_vetoes([model, rule], [(0, 12, 0.7, "veto.NAME")])
    assert [(s.start, s.end) for s in merge_spans(lexicon_veto)] == [(0, 12)]
    alone = apply_vetoes([model], [(0, 12, 0.8, "word_veto.han.PROFESSION")])
    assert [(s.start, s.end) for s in merge_spans(alone)] == [(0, 12)]  # every candidate vetoed: its own extent


def test_a_models_category_takes_the_kind_another_voter_knows():
    """The NER says LOCATION; the lexicon, with a weaker score, says COUNTRY: the span is a
    COUNTRY (surrogates keep the kind: "FROM HAITI" became a hospital's name before)."""
    merged = merge_spans([PhiSpan(16, 21, "LOCATION", "ner", 0.95), PhiSpan(16, 21, "COUNTRY", "lexicon", 0.75)])
    assert [(m.label, m.source) for m in merged] == [("COUNTRY", "lexicon+ner")]
    # a kind of another category, or of a vetoed guess, does not
    merged = merge_spans([PhiSpan(0, 5, "NAME", "ner", 0.95), PhiSpan(0, 5, "CITY", "lexicon", 0.4)])
    assert merged[0].label == "NAME"
    merged = merge_spans([PhiSpan(0, 5, "LOCATION", "ner", 0.95), PhiSpan(0, 5, "CITY", "lexicon", 0.3)])
    assert merged[0].label == "LOCATION"  # below half the best score: no voter


def test_the_default_pipeline_tags_a_country_as_one():
    from spacy_deid.pipelines import load_pipeline

    nlp = load_pipeline("default", "en")
    assert nlp("CAME TO US FROM HAITI 2 YRS AGO.")._.deidentified == "CAME TO US FROM [COUNTRY] 2 YRS AGO."


def test_a_lexicon_place_found_by_a_cue_beats_a_models_name():
    """ "sister in beverly called x2": the NER reads a given name, the lexicon a town after "in"
    (score merge.PLACE_CONTEXT): the span is a city. A listed place with no cue (under that score)
    and a lexicon NAME of the same score leave the model's label."""
    from spacy_deid.merge import PLACE_CONTEXT

    merged = merge_spans([PhiSpan(10, 17, "NAME", "ner", 0.93), PhiSpan(10, 17, "CITY", "lexicon", PLACE_CONTEXT)])
    assert merged[0].label == "CITY"
    merged = merge_spans([PhiSpan(7, 17, "NAME", "ner", 0.99), PhiSpan(7, 17, "CITY", "lexicon", 0.55)])
    assert merged[0].label == "NAME"
    merged = merge_spans([PhiSpan(0, 6, "LOCATION", "ner", 0.9), PhiSpan(0, 6, "PATIENT", "lexicon", PLACE_CONTEXT)])
    assert merged[0].label == "LOCATION"


@pytest.mark.parametrize("text,value,label", [
    ("sister in beverly called x2.", "beverly", "LOCATION"),
    ("DAUGHTER FROM CHAPEL HILL CALLED FOR UPDATE, INFO GIVEN.", "CHAPEL HILL", "LOCATION"),
    ("daughter from Santa Monica called for update.", "Santa Monica", "LOCATION"),
    # a person after a verb of telling, a town's name with no cue, a state that is a given name
    ("Results called to  soto on 4-4 at 1900.", "soto", "NAME"),
    ("report given to Kamau at 2200.", "Kamau", "NAME"),
    ("CALLED ANNA MARIA AT HOME, NO ANSWER.", "ANNA MARIA", "NAME"),
    ("spoke with Virginia today about the plan.", "Virginia", "NAME"),
])
def test_the_default_pipeline_labels_a_place_after_its_cue_and_a_person_after_telling(default_en, labels_over,
                                                                                       text, value, label):
    assert labels_over(default_en, text, value) == {label}


def test_a_models_span_is_cut_where_a_rule_of_another_category_begins():
    """The NER's "Hoffmann, Cora - 72" around the age rule's "72": the name is a name of its own
    and the rest merges with the age; every character with a letter or digit stays flagged."""
    from spacy_deid.merge import cut_at_rules

    text = "Hoffmann, Cora - 72 yo m admitted"
    ner = PhiSpan(0, 22, "LOCATION", "ner", 0.64)
    age = PhiSpan(17, 19, "AGE", "rules", 1.0)
    name = PhiSpan(0, 8, "PATIENT", "lexicon", 0.85)
    pieces = cut_at_rules([ner, age, name], text=text)
    assert sorted((p.start, p.end, p.source) for p in pieces) == [(0, 8, "lexicon"), (0, 14, "ner"), (17, 19, "rules"),
                                                                (17, 22, "ner")]
    merged = merge_spans(pieces)
    assert [(text[m.start:m.end], m.label) for m in merged] == [("Hoffmann, Cora", "PATIENT"), ("72 yo", "AGE")]
    # a rule over the start of the model's span: the rest is cut off after it
    text = "555-1234 Smith"
    pieces = cut_at_rules([PhiSpan(0, 14, "NAME", "ner", 0.9), PhiSpan(0, 8, "PHONE", "rules", 1.0)], text=text)
    assert sorted((p.start, p.end) for p in pieces) == [(0, 8), (0, 8), (9, 14)]
    # same category, or a rule the model's span lies inside: untouched; a piece of punctuation goes
    same = [PhiSpan(0, 10, "DATE", "ner", 0.9), PhiSpan(0, 4, "DATE", "rules", 1.0)]
    assert cut_at_rules(same, text="3/14 at 19") == same
    text = "Pager: #54321"
    pieces = cut_at_rules([PhiSpan(7, 13, "ID", "ner", 0.6), PhiSpan(8, 13, "PHONE", "rules", 1.0)], text=text)
    assert sorted((p.start, p.end, p.source) for p in pieces) == [(8, 13, "ner"), (8, 13, "rules")]


def test_the_default_pipeline_keeps_a_name_before_an_age_a_name(default_en):
    out = default_en("ADERIBIGBE, TOLULOPE - 72 YO M ADMITTED WITH CP.")._.deidentified
    assert out.startswith("[PATIENT], [PATIENT] - ") or out.startswith("[PATIENT] - "), out
    assert "ADERIBIGBE" not in out and "TOLULOPE" not in out


def test_a_lexicon_person_found_by_a_cue_beats_a_models_place():
    """"Kipkorir family in to visit": the NER reads a place, the lexicon a family by "family"
    (PATIENT, a cue's label): the person wins; a name-list NAME of the same score does not."""
    from spacy_deid.merge import PERSON_CONTEXT

    merged = merge_spans([PhiSpan(0, 15, "LOCATION", "ner", 1.0), PhiSpan(0, 8, "PATIENT", "lexicon", PERSON_CONTEXT)])
    assert merged[0].label == "PATIENT"
    merged = merge_spans([PhiSpan(0, 15, "LOCATION", "ner", 1.0), PhiSpan(0, 8, "NAME", "lexicon", PERSON_CONTEXT)])
    assert merged[0].label == "LOCATION"
    merged = merge_spans([PhiSpan(0, 15, "LOCATION", "ner", 1.0), PhiSpan(0, 8, "PATIENT", "lexicon", 0.665)])
    assert merged[0].label == "LOCATION"  # a mention propagated from elsewhere: under the bar


def test_a_weak_rule_yields_to_strong_context_but_not_to_a_model():
    """"-- APRIL SALINAS, RN": a month alone (a weak rule) inside a nurse's signature (the lexicon's
    credential cue) was labelled and replaced as a date; strong context names the span now. A rule
    at strong-context score still wins, a weak rule still beats a model's guess, and strong context
that a rule's span holds does not name it."""
    merged = merge_spans([PhiSpan(3, 16, "DOCTOR", "lexicon", 0.85), PhiSpan(3, 8, "DATE", "rules", 0.6),
                          PhiSpan(3, 16, "NAME", "ner", 1.0)])
    assert merged[0].label == "DOCTOR" and (merged[0].start, merged[0].end) == (3, 16)
    merged = merge_spans([PhiSpan(0, 12, "DOCTOR", "lexicon", 0.9), PhiSpan(0, 12, "PHONE", "rules", 0.9)])
    assert merged[0].label == "PHONE"
    merged = merge_spans([PhiSpan(0, 5, "DATE", "rules", 0.6), PhiSpan(0, 5, "NAME", "ner", 1.0)])
    assert merged[0].label == "DATE"
    # strong context inside the rule's span does not name it: "9386 Williams Ville Apt. 684"
    merged = merge_spans([PhiSpan(0, 28, "STREET", "rules", 0.8), PhiSpan(5, 13, "PATIENT", "lexicon", 0.9)])
    assert merged[0].label == "STREET"


def test_the_default_pipeline_labels_a_signature_that_starts_with_a_month_a_person(default_en, labels_over):
    text = "-- APRIL SALINAS, RN"
    assert labels_over(default_en, text, "APRIL SALINAS") == {"NAME"}
