"""The relation classifier and its training readers, on Docs built by hand (no pretrained model)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example
from spacy.util import fix_random_seed
from thinc.api import Config

from pipeline import factories
from pipeline.errors import ErrorCode, NewsfactsError
from pipeline.extensions import get_facts
from pipeline.facts import Entity, Relation
from pipeline.relations.classifier import EXTRACTOR, Scored
from pipeline.relations.corpora import (OBJECTS, SUBJECTS, RelationSentence, read_conll04, read_crossre, split_files,
                                        to_doc)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# A small tok2vec of its own instead of the pretrained model's listener, so gradients reach it too.
OWN_TOK2VEC = {"@architectures": "spacy.HashEmbedCNN.v2", "width": 32, "depth": 1, "embed_size": 500,
               "window_size": 1, "maxout_pieces": 2, "subword_features": False, "pretrained_vectors": None}


def _classifier(**settings):
    model = Config().from_str(factories.DEFAULT_RELATION_MODEL)["model"]
    model["tok2vec"] = dict(OWN_TOK2VEC)
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("newsfacts_relation_classifier", config={"model": model, **settings})
    return nlp, pipe


def _sentence(words, ents, relations=(), sent_starts=None) -> Doc:
    """A Doc with entities (start, end, label) and gold relations (head index, tail index, predicate)."""
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=sent_starts)
    spans = [Span(doc, s, e, label=label) for s, e, label in ents]
    doc.ents = spans
    doc.spans[SUBJECTS] = [Span(doc, spans[h].start, spans[h].end, label=p) for h, _, p in relations]
    doc.spans[OBJECTS] = [Span(doc, spans[t].start, spans[t].end, label=p) for _, t, p in relations]
    return doc


# -- readers ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind,split,names", [
    ("conll04", "train", ["conll04_train.json"]),
    ("crossre", "dev", ["news-dev.json"]),
])
def test_split_files_finds_each_set(kind, split, names):
    assert [p.name for p in split_files(FIXTURES / f"{kind}_tiny", kind, split)] == names


@pytest.mark.parametrize("item,entities,relations", [
    ({"tokens": ["Ana", "Lee", "works", "for", "Norvex", "in", "Oslo", "."],
      "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 4, "end": 5},
                   {"type": "Loc", "start": 6, "end": 7}],
      "relations": [{"type": "Work_For", "head": 0, "tail": 1}, {"type": "OrgBased_In", "head": 1, "tail": 2}]},
     [(0, 2, "PERSON"), (4, 5, "ORG"), (6, 7, "GPE")], [(0, 1, "works_for"), (1, 2, "based_in")]),
    # "Other" is no candidate: its entity and relation go; the indices of the rest are renumbered.
    ({"tokens": ["The", "Quill", "prize", "went", "to", "Ana", "Lee", "of", "Norvex", "."],
      "entities": [{"type": "Other", "start": 1, "end": 3}, {"type": "Peop", "start": 5, "end": 7},
                   {"type": "Org", "start": 8, "end": 9}],
      "relations": [{"type": "Work_For", "head": 1, "tail": 2}, {"type": "Work_For", "head": 0, "tail": 2}]},
     [(5, 7, "PERSON"), (8, 9, "ORG")], [(0, 1, "works_for")]),
])
def test_read_conll04_maps_labels(tmp_path, item, entities, relations):
    (tmp_path / "conll04_dev.json").write_text(json.dumps([item]), encoding="utf8")
    (sentence,) = read_conll04(tmp_path / "conll04_dev.json")
    assert sentence.entities == entities
    assert sentence.relations == relations


@pytest.mark.parametrize("ner,relations,expected", [
    ([[0, 1, "person"], [4, 5, "organisation"]], [[0, 1, 4, 5, "role", "", False, False],
                                                 [0, 1, 4, 5, "part-of", "", False, False]],
     [(0, 1, "works_for"), (0, 1, "member_of")]),
    ([[0, 1, "organisation"], [4, 4, "location"]], [[0, 1, 4, 4, "physical", "", False, False]], [(0, 1, "based_in")]),
    ([[0, 0, "location"], [4, 4, "country"]], [[0, 0, 4, 4, "physical", "", False, False]], [(0, 1, "located_in")]),
    # presence of a person, a sports result and a misc entity have no predicate
    ([[0, 1, "person"], [4, 4, "location"]], [[0, 1, 4, 4, "physical", "", False, False]], []),
    ([[0, 1, "organisation"], [4, 5, "organisation"]], [[0, 1, 4, 5, "win-defeat", "", False, False]], []),
    ([[0, 1, "person"], [4, 5, "misc"]], [[0, 1, 4, 5, "role", "", False, False]], []),
])
def test_read_crossre_maps_labels_with_inclusive_ends(tmp_path, ner, relations, expected):
    line = {"doc_key": "news-dev-1", "sentence": ["A", "B", "c", "d", "E", "F", "."], "ner": ner, "relations": relations}
    (tmp_path / "news-dev.json").write_text(json.dumps(line) + "\n", encoding="utf8")
    (sentence,) = read_crossre(tmp_path / "news-dev.json")
    assert sentence.relations == expected
    assert [(s, e) for s, e, _ in sentence.entities][0] == (ner[0][0], ner[0][1] + 1)


@pytest.mark.parametrize("reader,text", [
    (read_conll04, '{"tokens": []}'),
    (read_conll04, '[{"tokens": ["A", "b"], "entities": [{"type": "Peop", "start": 0, "end": 1}], '
                   '"relations": [{"type": "Kill", "head": 0, "tail": 3}]}]'),
    (read_conll04, '[{"tokens": ["A"], "entities": [{"type": "Peop", "start": 0, "end": 4}], "relations": []}]'),
    (read_crossre, '{"sentence": ["A"], "ner": [[0, 0]], "relations": []}\n'),
    (read_crossre, '{"sentence": ["A"], \n'),
])
def test_readers_reject_bad_files_with_a_code(tmp_path, reader, text):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf8")
    with pytest.raises(NewsfactsError) as err:
        list(reader(path))
    assert err.value.code == ErrorCode.BAD_GOLD


@pytest.mark.parametrize("sentence", [
    RelationSentence("s1", ["Ana", "Lee", "joined", "Norvex", "Labs", "."], [(0, 2, "PERSON"), (3, 5, "ORG")],
                     [(0, 1, "member_of")]),
])
def test_relations_survive_docbin_as_span_groups(sentence):
    vocab = spacy.blank("en").vocab
    data = DocBin(docs=[to_doc(vocab, sentence)]).to_bytes()
    (doc,) = DocBin().from_bytes(data).get_docs(vocab)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ana Lee", "PERSON"), ("Norvex Labs", "ORG")]
    assert [(s.text, o.text, s.label_) for s, o in zip(doc.spans[SUBJECTS], doc.spans[OBJECTS])] == [
        ("Ana Lee", "Norvex Labs", "member_of")]


# -- candidates and annotations --------------------------------------------------------------------------------
@pytest.mark.parametrize("max_distance,expected", [
    (30, {("Ana", "Norvex"), ("Norvex", "Ana")}),  # Oslo is in the next sentence
    (0, set()),  # two tokens between Ana and Norvex
])
def test_candidates_stay_in_one_sentence_and_distance(max_distance, expected):
    _, pipe = _classifier(max_distance=max_distance)
    doc = _sentence(["Ana", "left", "for", "Norvex", ".", "Oslo", "is", "cold", "."],
                    [(0, 1, "PERSON"), (3, 4, "ORG"), (5, 6, "GPE")],
                    sent_starts=[True, False, False, False, False, True, False, False, False])
    assert {(c.head.text, c.tail.text) for c in pipe.candidates(doc)} == expected


@pytest.mark.parametrize("words,heads,deps,ents,expected", [
    # "Lisbon" describes the club: it pairs with the club only, not with the player
    (["Ana", "joined", "from", "Lisbon", "side", "Oeste", "."], [1, 1, 1, 4, 5, 2, 1],
     ["nsubj", "ROOT", "prep", "compound", "compound", "pobj", "punct"],
     [(0, 1, "PERSON"), (3, 4, "GPE"), (5, 6, "ORG")],
     {("Ana", "Oeste"), ("Oeste", "Ana"), ("Lisbon", "Oeste"), ("Oeste", "Lisbon")}),
    # "Leeds" describes the coach named after it: it pairs with him only, not with the player he picks
    (["Leeds", "coach", "Ana", "Lee", "picked", "Tom", "Hale", "."], [1, 3, 3, 4, 4, 6, 4, 4],
     ["compound", "compound", "compound", "nsubj", "ROOT", "compound", "dobj", "punct"],
     [(0, 1, "GPE"), (2, 4, "PERSON"), (5, 7, "PERSON")],
     {("Leeds", "Ana Lee"), ("Ana Lee", "Leeds"), ("Ana Lee", "Tom Hale"), ("Tom Hale", "Ana Lee")}),
    # a speaker and a name in what they say are no pair; a name in the speaker's own phrase is
    (["Ferguson", "said", "Milan", "would", "win", "."], [1, 1, 4, 4, 1, 1],
     ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"], [(0, 1, "PERSON"), (2, 3, "ORG")], set()),
    (["Ferguson", ",", "manager", "of", "Milan", ",", "said", "so", "."], [6, 0, 0, 2, 3, 0, 6, 6, 6],
     ["nsubj", "punct", "appos", "prep", "pobj", "punct", "ROOT", "advmod", "punct"],
     [(0, 1, "PERSON"), (4, 5, "ORG")], {("Ferguson", "Milan"), ("Milan", "Ferguson")}),
    (["Ana", "moved", "from", "Lisbon", "to", "Oeste", "."], [1, 1, 1, 2, 1, 4, 1],
     ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
     [(0, 1, "PERSON"), (3, 4, "GPE"), (5, 6, "ORG")],
     {("Ana", "Oeste"), ("Oeste", "Ana"), ("Lisbon", "Oeste"), ("Oeste", "Lisbon"), ("Ana", "Lisbon"),
      ("Lisbon", "Ana")}),
])
def test_candidates_follow_the_parse(words, heads, deps, ents, expected):
    _, pipe = _classifier()
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    assert {(c.head.text, c.tail.text) for c in pipe.candidates(doc)} == expected


@pytest.mark.parametrize("words,entities,expected", [
    # a number word or a nationality the entities stage named is no argument
    (["Nine", "games", "were", "published", "by", "Norvex", "."], [("PERSON", "Nine", (0, 4)), ("ORG", "Norvex", (29, 35))],
     set()),
    (["Welsh", "striker", "Ana", "Lee", "left", "."], [("ORG", "Welsh", (0, 5)), ("PERSON", "Ana Lee", (14, 21))], set()),
    (["Ana", "Lee", "left", "Norvex", "."], [("PERSON", "Ana Lee", (0, 7)), ("ORG", "Norvex", (13, 19))],
     {("Ana Lee", "Norvex"), ("Norvex", "Ana Lee")}),
    # the state of a party label ("Ana Lee, D-Mich.") the entities stage took for a person is no argument
    (["Ana", "Lee", ",", "D", "-", "Mich.", ",", "left", "Norvex", "."],
     [("PERSON", "Ana Lee", (0, 7)), ("PERSON", "Mich.", (14, 19)), ("ORG", "Norvex", (27, 33))],
     {("Ana Lee", "Norvex"), ("Norvex", "Ana Lee")}),
])
def test_candidates_are_names(words, entities, expected):
    _, pipe = _classifier()
    doc = Doc(spacy.blank("en").vocab, words=words)
    get_facts(doc).entities = [Entity(label, name, [span]) for label, name, span in entities]
    assert {(c.head.text, c.tail.text) for c in pipe.candidates(doc)} == expected


@pytest.mark.parametrize("existing,expected", [
    (True, set()),  # the patterns' "adviser at Norvex" holds: no guessed second employer in that sentence
    (False, {("Ana Lee", "Norvex"), ("Ana Lee", "Kestrel")}),
])
def test_set_annotations_gives_no_second_affiliation_in_a_sentence(existing, expected):
    _, pipe = _classifier()
    pipe.add_label("works_for")
    pipe.cfg["signatures"] = {"works_for": [[0, 1]]}
    doc = Doc(spacy.blank("en").vocab, words=["Ana", "Lee", ",", "an", "adviser", "at", "Norvex", ",", "left",
                                              "Kestrel", "."])
    facts = get_facts(doc)
    ana, norvex, kestrel = (Entity("PERSON", "Ana Lee", [(0, 7)]), Entity("ORG", "Norvex", [(23, 29)]),
                            Entity("ORG", "Kestrel", [(37, 44)]))
    facts.entities = [ana, norvex, kestrel]
    facts.relations = [Relation("has_role", ana, norvex, 0, 29, role="adviser")] if existing else []
    cands = pipe.candidates(doc)
    pipe.set_annotations([doc], Scored([cands], numpy.full((len(cands), 1), 0.9, dtype="float32")))
    assert {(r.subject.name, r.object.name) for r in doc._.facts.relations if r.extractor == EXTRACTOR} == expected


def _facts_doc():
    """"Ana Lee, an adviser at Norvex, said Lee would stay." with canonical entities and one pattern relation."""
    doc = Doc(spacy.blank("en").vocab, words=["Ana", "Lee", ",", "an", "adviser", "at", "Norvex", ",", "said", "Lee",
                                              "would", "stay", "."])
    facts = get_facts(doc)
    ana = Entity("PERSON", "Ana Lee", [(0, 7), (37, 40)])
    norvex = Entity("ORG", "Norvex", [(23, 29)])
    facts.entities = [ana, norvex]
    facts.relations = [Relation("has_role", ana, norvex, 0, 29, role="adviser")]
    return doc, ana, norvex


@pytest.mark.parametrize("label,existing,added", [
    ("works_for", "has_role", False),  # has_role already says it
    ("killed", "met", False),  # the verb the patterns read says more than the classifier's guess
    ("based_in", "has_role", False),  # either way round (Norvex -> Ana)
    ("works_for", None, True),  # a pair the patterns left alone
    ("based_in", None, True),
])
def test_set_annotations_adds_canonical_relations_without_repeats(label, existing, added):
    _, pipe = _classifier()
    pipe.add_label(label)
    doc, ana, norvex = _facts_doc()
    if existing is None:
        doc._.facts.relations = []
    else:
        doc._.facts.relations[0].predicate = existing
    cands = pipe.candidates(doc)
    wanted = [(c.subject is ana and c.object is norvex) if label != "based_in" else c.subject is norvex for c in cands]
    scores = numpy.asarray([[0.9 if w else 0.1] for w in wanted], dtype="float32")
    pipe.set_annotations([doc], Scored([cands], scores))
    mine = [r for r in doc._.facts.relations if r.extractor == EXTRACTOR]
    assert len(mine) == (1 if added else 0)
    if added:
        (relation,) = mine
        assert relation.predicate == label and relation.confidence == pytest.approx(0.9)
        assert {relation.subject.name, relation.object.name} == {"Ana Lee", "Norvex"}
        assert any(e is relation.subject for e in doc._.facts.entities)  # the canonical entity, not a copy


@pytest.mark.parametrize("threshold,expected", [(0.5, 0), (0.05, 1)])
def test_set_annotations_keeps_one_relation_per_canonical_pair_above_threshold(threshold, expected):
    _, pipe = _classifier(threshold=threshold)
    pipe.add_label("based_in")
    doc, *_ = _facts_doc()
    doc._.facts.relations = []
    cands = pipe.candidates(doc)
    assert len(cands) == 4  # both mentions of Ana Lee with Norvex, both ways; never Ana Lee with herself
    pipe.set_annotations([doc], Scored([cands], numpy.full((len(cands), 1), 0.1, dtype="float32")))
    assert len([r for r in doc._.facts.relations if r.extractor == EXTRACTOR]) == expected


# -- training ----------------------------------------------------------------------------------------------------
TRAIN = [
    (["Ana", "Lee", "works", "for", "Norvex", "."], [(0, 2, "PERSON"), (4, 5, "ORG")], [(0, 1, "works_for")]),
    (["Tom", "Berg", "works", "for", "Helios", "."], [(0, 2, "PERSON"), (4, 5, "ORG")], [(0, 1, "works_for")]),
    (["Mei", "Sato", "lives", "in", "Oslo", "."], [(0, 2, "PERSON"), (4, 5, "GPE")], [(0, 1, "lives_in")]),
    (["Raf", "Duarte", "lives", "in", "Accra", "."], [(0, 2, "PERSON"), (4, 5, "GPE")], [(0, 1, "lives_in")]),
    (["Ines", "Varga", "criticised", "Kestrel", "."], [(0, 2, "PERSON"), (3, 4, "ORG")], []),
    (["Omar", "Haddad", "visited", "Porto", "."], [(0, 2, "PERSON"), (3, 4, "GPE")], []),
]


@pytest.mark.parametrize("signatures,expected", [
    ({}, {("works_for", "Ana Lee", "Norvex")}),  # no signature: any types (one relation a pair, the first)
    ({"works_for": [[0, 1]]}, {("works_for", "Ana Lee", "Norvex")}),  # person -> organisation only
    ({"works_for": [[0, 2]]}, set()),
])
def test_set_annotations_gives_a_label_only_to_the_types_it_joins(signatures, expected):
    _, pipe = _classifier()
    pipe.add_label("works_for")
    pipe.cfg["signatures"] = signatures
    doc, *_ = _facts_doc()
    doc._.facts.relations = []
    cands = pipe.candidates(doc)
    pipe.set_annotations([doc], Scored([cands], numpy.full((len(cands), 1), 0.9, dtype="float32")))
    assert {(r.predicate, r.subject.name, r.object.name) for r in doc._.facts.relations} == expected


def _examples():
    out = []
    for words, ents, relations in TRAIN:
        reference = _sentence(words, ents, relations)
        predicted = Doc(reference.vocab, words=words)
        predicted.ents = [Span(predicted, e.start, e.end, label=e.label_) for e in reference.ents]
        out.append(Example(predicted, reference))
    return out


@pytest.fixture(scope="module")
def trained():
    fix_random_seed(0)
    nlp, pipe = _classifier()
    examples = _examples()
    optimizer = nlp.initialize(lambda: examples)
    losses = []
    for _ in range(40):
        losses.append(nlp.update(examples, sgd=optimizer, losses={})["newsfacts_relation_classifier"])
    return nlp, pipe, losses


def test_initialize_takes_labels_from_the_span_groups(trained):
    _, pipe, _ = trained
    assert pipe.labels == ("lives_in", "works_for")
    assert pipe.cfg["signatures"] == {"lives_in": [[0, 2]], "works_for": [[0, 1]]}  # person -> place, -> org


def test_training_lowers_the_loss_and_fits_the_sample(trained):
    nlp, _, losses = trained
    assert losses[-1] < losses[0] / 4
    scores = nlp.evaluate(_examples())
    assert scores["rel_f"] == pytest.approx(1.0)
    assert set(scores["rel_per_type"]) == {"lives_in", "works_for"}


@pytest.mark.parametrize("words,ents,expected", [
    (["Ana", "Lee", "works", "for", "Norvex", "."], [(0, 2, "PERSON"), (4, 5, "ORG")],
     {("works_for", "Ana Lee", "Norvex")}),
    (["Ines", "Varga", "criticised", "Kestrel", "."], [(0, 2, "PERSON"), (3, 4, "ORG")], set()),
])
def test_trained_classifier_annotates_docs_without_facts(trained, words, ents, expected):
    nlp, _, _ = trained
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    doc = nlp(doc)
    assert {(r.predicate, r.subject.name, r.object.name) for r in doc._.facts.relations} == expected
    assert {e.name for e in doc._.facts.entities} == {doc[s:e].text for s, e, _ in ents}


def test_classifier_round_trips_through_disk(trained, tmp_path):
    nlp, pipe, _ = trained
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.get_pipe("newsfacts_relation_classifier").labels == pipe.labels
    doc = _examples()[2].predicted
    before, after = pipe.predict([doc]).scores, loaded.get_pipe("newsfacts_relation_classifier").predict([doc]).scores
    numpy.testing.assert_allclose(after, before, rtol=1e-5)


@pytest.mark.parametrize("pairs", [
    [[0, 2, 4, 5, 0, 1], [4, 5, 0, 2, 1, 0], [2, 3, 3, 4, 2, 2]],
    [[0, 2, 2, 4, 0, 1]],  # the only pair's names adjacent: nothing between them anywhere ("Barclays in" + "London")
])
def test_pair_pooling_gradient_matches_finite_differences(pairs):
    from thinc.api import Model

    from pipeline.relations.classifier import N_FEATURES, build_relation_model

    rng = numpy.random.default_rng(0)
    tokvecs = [rng.normal(size=(6, 4)).astype("float32")]
    grads = []

    def fixed(model, docs, is_train):
        return [model.attrs["X"]], lambda d: grads.append(d) or []

    stub = Model("stub", fixed, dims={"nO": 4}, attrs={"X": tokvecs[0]})
    pool = build_relation_model(stub, hidden_width=3, dropout=0.0).layers[0]
    inputs = ([None], [numpy.asarray(pairs, dtype="int32")])
    weights = rng.normal(size=(len(pairs), 3 * 4 + N_FEATURES)).astype("float32")
    output, backprop = pool(inputs, is_train=True)
    backprop(weights)
    numeric = numpy.zeros_like(tokvecs[0])
    for i, j in numpy.ndindex(*numeric.shape):
        for sign in (1, -1):
            stub.attrs["X"] = tokvecs[0].copy()
            stub.attrs["X"][i, j] += sign * 1e-2
            numeric[i, j] += sign * float((pool.predict(inputs) * weights).sum()) / 2e-2
    numpy.testing.assert_allclose(grads[0][0], numeric, atol=1e-3)
    assert output[:, -N_FEATURES:].tolist()[0] == [1, 0, 0, 0, 1, 0, 1]  # PERSON, ORG, subject first


@pytest.mark.parametrize("words,heads,deps,pos,ents,expected", [
    # a place before a common noun says where that noun's referents are ("US gamers ... buy Sony's PSP")
    (["US", "gamers", "buy", "Sony", "'s", "PSP"], [1, 2, 2, 5, 3, 2],
     ["compound", "nsubj", "ROOT", "poss", "case", "dobj"], ["PROPN", "NOUN", "VERB", "PROPN", "PART", "PROPN"],
     [(0, 1, "GPE"), (3, 4, "ORG")], set()),
    # unless the noun describes the other name ("Detroit carmaker Norvex Motors")
    (["Detroit", "carmaker", "Norvex", "Motors", "grew"], [1, 3, 3, 4, 4],
     ["compound", "compound", "compound", "nsubj", "ROOT"], ["PROPN", "NOUN", "PROPN", "PROPN", "VERB"],
     [(0, 1, "GPE"), (2, 4, "ORG")], {("Detroit", "Norvex Motors"), ("Norvex Motors", "Detroit")}),
    # a place tied to another noun ("detainees at Belmarsh") says where those are, not where the person is
    (["Ana", "freed", "detainees", "at", "Belmarsh", "."], [1, 1, 1, 2, 3, 1],
     ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
     [(0, 1, "PERSON"), (4, 5, "FAC")], set()),
    # one tied to a noun that hangs on the person ("Ana, a lawyer in Leeds") pairs with her
    (["Ana", ",", "a", "lawyer", "in", "Leeds", ",", "left", "."], [7, 0, 3, 0, 3, 4, 0, 7, 7],
     ["nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "punct"],
     ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
     [(0, 1, "PERSON"), (5, 6, "GPE")], {("Ana", "Leeds"), ("Leeds", "Ana")}),
])
def test_candidates_leave_places_of_other_nouns(words, heads, deps, pos, ents, expected):
    _, pipe = _classifier()
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    assert {(c.head.text, c.tail.text) for c in pipe.candidates(doc)} == expected


@pytest.mark.parametrize("words,lemmas,tail,predicate,evidenced", [
    (["Ray", "shot", "King", "."], ["Ray", "shoot", "King", "."], 2, "killed", True),
    (["King", "'s", "killer", ",", "Ray", "fled"], ["King", "'s", "killer", ",", "Ray", "flee"], 4, "killed", True),
    (["Ebbers", "pressured", "Sullivan", "."], ["Ebbers", "pressure", "Sullivan", "."], 2, "killed", False),
    (["Ebbers", "pressured", "Sullivan", "."], ["Ebbers", "pressure", "Sullivan", "."], 2, "works_for", True),
])
def test_a_guessed_killing_needs_a_word_of_killing(words, lemmas, tail, predicate, evidenced):
    from pipeline.relations.classifier import Candidate, _evidenced

    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)
    pair = Candidate(Span(doc, 0, 1, label="PERSON"), Span(doc, tail, tail + 1, label="PERSON"), None, None)
    assert _evidenced(predicate, pair) is evidenced


@pytest.mark.parametrize("words,lemmas,predicate,evidenced", [
    # appearing in court, being upset by a club: no employment, whatever the scores say
    (["Diaz", "appeared", "at", "Westminster", "Court"], ["Diaz", "appear", "at", "Westminster", "Court"],
     "works_for", False),
    (["Ferguson", "was", "upset", "by", "Arsenal"], ["Ferguson", "be", "upset", "by", "Arsenal"], "works_for", False),
    (["Ferguson", "was", "upset", "by", "Arsenal"], ["Ferguson", "be", "upset", "by", "Arsenal"], "member_of", False),
    (["Ferguson", "works", "for", "Arsenal"], ["Ferguson", "work", "for", "Arsenal"], "works_for", True),
    (["Ferguson", "left", "Arsenal"], ["Ferguson", "leave", "Arsenal"], "lives_in", True),
    (["Palace", "fan", "Simmons"], ["Palace", "fan", "Simmons"], "works_for", False),
    # a band supporting another, a family word: no employment
    (["Lee", "will", "support", "Norvex"], ["Lee", "will", "support", "Norvex"], "works_for", False),
    (["Norvex", "'", "daughter", "Lee"], ["Norvex", "'", "daughter", "Lee"], "works_for", False),
    # a crime's place is no employer
    (["Soham", "murderer", "Lee"], ["Soham", "murderer", "Lee"], "works_for", False),
    # a place something is near is not where it is
    (["Musselburgh", "near", "Edinburgh"], ["Musselburgh", "near", "Edinburgh"], "based_in", False),
    (["Musselburgh", "near", "Edinburgh"], ["Musselburgh", "near", "Edinburgh"], "located_in", False),
    (["Acme", "based", "in", "Edinburgh"], ["Acme", "base", "in", "Edinburgh"], "based_in", True),
    # a work one stars in, presents or won for, an award won, a body one was banned by: no employment
    (["Lee", "star", "Norvex"], ["Lee", "star", "Norvex"], "works_for", False),
    (["Lee", "will", "present", "Norvex"], ["Lee", "will", "present", "Norvex"], "works_for", False),
    (["Lee", ",", "who", "won", "a", "Norvex"], ["Lee", ",", "who", "win", "a", "Norvex"], "works_for", False),
    (["Lee", "was", "banned", "by", "Norvex"], ["Lee", "be", "ban", "by", "Norvex"], "works_for", False),
    # owning shares of a club or bidding for it: neither employment nor membership
    (["Lee", "and", "Ward", "own", "29", "%", "of", "Norvex"], ["Lee", "and", "Ward", "own", "29", "%", "of", "Norvex"],
     "works_for", False),
    (["Lee", "and", "Ward", "own", "29", "%", "of", "Norvex"], ["Lee", "and", "Ward", "own", "29", "%", "of", "Norvex"],
     "member_of", False),
    (["Lee", "'s", "takeover", "bid", "for", "Norvex"], ["Lee", "'s", "takeover", "bid", "for", "Norvex"],
     "member_of", False),
    (["Lee", "plays", "for", "Norvex"], ["Lee", "play", "for", "Norvex"], "member_of", True),
    # the winning side is still a side played for
    (["Lee", ",", "shearer", "for", "the", "winning", "Norvex"], ["Lee", ",", "shearer", "for", "the", "win", "Norvex"],
     "works_for", True),
])
def test_a_guessed_affiliation_is_ruled_out_by_counter_evidence(words, lemmas, predicate, evidenced):
    from pipeline.relations.classifier import Candidate, _evidenced

    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)
    pair = Candidate(Span(doc, 0, 1, label="PERSON"), Span(doc, len(words) - 1, len(words), label="ORG"), None, None)
    assert _evidenced(predicate, pair) is evidenced


@pytest.mark.parametrize("words,lemmas,pos,done", [
    # what an organisation does in a place is no seat; a verb of seat still says where it is
    (["Labour", "will", "hold", "a", "conference", "in", "London"], ["Labour", "will", "hold", "a", "conference", "in",
     "London"], ["PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN"], True),
    (["Acme", ",", "headquartered", "in", "Leeds"], ["Acme", ",", "headquarter", "in", "Leeds"],
     ["PROPN", "PUNCT", "VERB", "ADP", "PROPN"], False),
    (["Acme", "in", "Leeds"], ["Acme", "in", "Leeds"], ["PROPN", "ADP", "PROPN"], False),
])
def test_a_guessed_seat_is_no_place_where_something_is_done(words, lemmas, pos, done):
    from pipeline.relations.classifier import Candidate, _done_there

    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, pos=pos)
    pair = Candidate(Span(doc, 0, 1, label="ORG"), Span(doc, len(words) - 1, len(words), label="GPE"), None, None)
    assert _done_there(pair) is done


def test_a_person_modifying_a_noun_is_no_relation_argument():
    from pipeline.relations.classifier import _names_a_thing

    words = ["Eric", "Cantona", "masks", "are", "banned", "in", "Selhurst", "Park"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN", "PROPN", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PROPN"],
              heads=[1, 2, 4, 4, 4, 4, 7, 5], deps=["compound", "compound", "nsubjpass", "auxpass", "ROOT", "prep",
                                                    "compound", "pobj"])
    assert _names_a_thing(Span(doc, 0, 2, label="PERSON"))
    doc = Doc(spacy.blank("en").vocab, words=["Eric", "Cantona", "lives", "in", "Leeds"],
              pos=["PROPN", "PROPN", "VERB", "ADP", "PROPN"], heads=[1, 2, 2, 2, 3],
              deps=["compound", "nsubj", "ROOT", "prep", "pobj"])
    assert not _names_a_thing(Span(doc, 0, 2, label="PERSON"))


def test_a_country_naming_a_team_is_no_home():
    """"Bell could make his England debut": the noun the country modifies rules a guessed home out."""
    from pipeline.relations.classifier import Candidate, _evidenced

    words = ["Bell", "could", "make", "his", "England", "debut", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=["Bell", "could", "make", "his", "England", "debut", "."],
              heads=[2, 2, 2, 5, 5, 2, 2], deps=["nsubj", "aux", "ROOT", "poss", "compound", "dobj", "punct"])
    pair = Candidate(Span(doc, 0, 1, label="PERSON"), Span(doc, 4, 5, label="GPE"), None, None)
    assert not _evidenced("lives_in", pair)


@pytest.mark.parametrize("words,heads,deps,based", [
    # a side's tour of a country is no base of it
    (["the", "Lions", "tour", "of", "Norland"], [2, 2, 2, 2, 3], ["det", "compound", "ROOT", "prep", "pobj"], False),
    (["Acme", ",", "a", "firm", "in", "Norland"], [0, 0, 3, 0, 3, 4], ["ROOT", "punct", "det", "appos", "prep", "pobj"],
     True),
])
def test_a_tour_of_a_country_is_no_base(words, heads, deps, based):
    from pipeline.relations.classifier import Candidate, _evidenced

    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=words, heads=heads, deps=deps)
    org = next(i for i, w in enumerate(words) if w in {"Lions", "Acme"})
    pair = Candidate(Span(doc, org, org + 1, label="ORG"), Span(doc, len(words) - 1, len(words), label="GPE"), None,
                     None)
    assert _evidenced("based_in", pair) is based


@pytest.mark.parametrize("words,ents,pair,between", [
    # the club's player is the one beside it, not the one named after him
    (["Arsenal", "'s", "Thierry", "Henry", "for", "an", "incident", "involving", "Gabriel", "Heinze"],
     [(0, 1, "ORG"), (2, 4, "PERSON"), (8, 10, "PERSON")], (2, 0), True),
    (["Arsenal", "'s", "Thierry", "Henry", "for", "an", "incident", "involving", "Gabriel", "Heinze"],
     [(0, 1, "ORG"), (2, 4, "PERSON"), (8, 10, "PERSON")], (1, 0), False),
    # a list of employees keeps each
    (["Acme", "employees", "Ann", "Lee", "and", "Tom", "Reed"], [(0, 1, "ORG"), (2, 4, "PERSON"), (5, 7, "PERSON")],
     (2, 0), False),
    # the person first: the other person stands between them and the club
    (["Heinze", "was", "hurt", "by", "Henry", "of", "Arsenal"], [(0, 1, "PERSON"), (4, 5, "PERSON"), (6, 7, "ORG")],
     (0, 2), True),
])
def test_a_guessed_affiliation_skips_a_person_between(words, ents, pair, between):
    from pipeline.relations.classifier import Candidate, _another_person_between

    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    head, tail = (doc.ents[i] for i in pair)
    assert _another_person_between(Candidate(head, tail, None, None)) is between


@pytest.mark.parametrize("words,ents,pair,listed", [
    # names joined only by a list, or two of one type by a comma alone, are listed, not related
    (["Norvex", "and", "the", "Leeds", "councils"], [(0, 1, "ORG"), (3, 4, "GPE")], (0, 1), True),
    (["Delta", ",", "Continental", "and", "American", "Airlines"],
     [(0, 1, "ORG"), (2, 3, "ORG"), (4, 6, "ORG")], (0, 2), True),
    (["Peru", ",", "Chile", "and", "Bolivia"], [(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")], (0, 1), True),
    (["Leeds", ",", "Peru", ",", "Chile"], [(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")], (1, 2), True),
    # a place and the place it is in, or an apposition, are no list
    (["Lima", ",", "Peru", "is", "big"], [(0, 1, "GPE"), (2, 3, "GPE")], (0, 1), False),
    (["Mont", "Blanc", ",", "Western", "Europe", "'s", "highest", "peak"], [(0, 2, "LOC"), (3, 5, "LOC")], (0, 1),
     False),
    # a person and an organisation after a comma is an affiliation; "in" is no list
    (["Ana", "Lee", ",", "Norvex", "Trust"], [(0, 2, "PERSON"), (3, 5, "ORG")], (0, 1), False),
    (["Norvex", "in", "Leeds"], [(0, 1, "ORG"), (2, 3, "GPE")], (0, 1), False),
])
def test_a_guessed_relation_skips_names_only_listed(words, ents, pair, listed):
    from pipeline.relations.classifier import Candidate, _only_listed

    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    head, tail = (doc.ents[i] for i in pair)
    assert _only_listed(Candidate(head, tail, None, None)) is listed


@pytest.mark.parametrize("pair,between", [((0, 1), False), ((0, 3), True), ((1, 3), True), ((2, 3), False)])
def test_a_guessed_location_skips_a_place_between(pair, between):
    """"Basra in Iraq, Kabul in Afghanistan": each place is in the one right after it, not in a later one."""
    from pipeline.relations.classifier import Candidate, _another_place_between

    doc = Doc(spacy.blank("en").vocab, words=["Basra", "in", "Iraq", ",", "Kabul", "in", "Afghanistan"])
    doc.ents = [Span(doc, s, s + 1, label="GPE") for s in (0, 2, 4, 6)]
    head, tail = (doc.ents[i] for i in pair)
    assert _another_place_between(Candidate(head, tail, None, None)) is between


@pytest.mark.parametrize("words,ents,expected", [
    # a headline run into the first sentence: no pair across the line break
    (["Norvex", "gains", "\n", "Shares", "in", "Leeds", "rose", "."], [(0, 1, "ORG"), (5, 6, "GPE")], set()),
    # a name inside a quotation and one outside it: no pair
    (["The", "Sun", "ran", ":", '"', "Ana", "Lee", "quits", '"', "."], [(1, 2, "ORG"), (5, 7, "PERSON")], set()),
    (["The", "Sun", "ran", ":", '"', "Ana", "Lee", "quits", "Norvex", '"', "."], [(5, 7, "PERSON"), (8, 9, "ORG")],
     {("Ana Lee", "Norvex"), ("Norvex", "Ana Lee")}),
    # two sides of a match or a fight: no pair
    (["Scotland", "v", "England", "is", "on", "Sunday", "."], [(0, 1, "GPE"), (2, 3, "GPE")], set()),
    # two listed together: no pair
    (["Arsenal", "and", "England", "defender", "Ana", "Lee"], [(0, 1, "ORG"), (2, 3, "GPE")], set()),
    (["Scotland", "beat", "England", "."], [(0, 1, "GPE"), (2, 3, "GPE")], {("Scotland", "England"),
                                                                           ("England", "Scotland")}),
])
def test_candidates_stay_on_one_line_one_side_of_a_quotation_and_of_a_match(words, ents, expected):
    _, pipe = _classifier()
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    assert {(c.head.text, c.tail.text) for c in pipe.candidates(doc)} == expected


@pytest.mark.parametrize("words,heads,deps,pos,expected", [
    # a person's name modifying a common noun names a thing ("Courvoisier brandy")
    (["Norvex", "sells", "Courvoisier", "brandy", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "compound", "dobj", "punct"],
     ["PROPN", "VERB", "PROPN", "NOUN", "PUNCT"], set()),
    (["Norvex", "hired", "Courvoisier", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
     ["PROPN", "VERB", "PROPN", "PUNCT"], {("Norvex", "Courvoisier"), ("Courvoisier", "Norvex")}),
])
def test_candidates_leave_names_of_things(words, heads, deps, pos, expected):
    _, pipe = _classifier()
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    get_facts(doc).entities = [Entity("ORG", "Norvex", [(0, 6)]), Entity("PERSON", "Courvoisier", [(13, 24)])]
    assert {(c.head.text, c.tail.text) for c in pipe.candidates(doc)} == expected


@pytest.mark.parametrize("lemma,expected", [
    ("tell", set()),  # an outlet spoken to: no pair
    ("join", {("Ana", "Norvex News"), ("Norvex News", "Ana")}),
])
def test_candidates_leave_outlets_spoken_to(lemma, expected):
    _, pipe = _classifier()
    words, deps = ["Ana", "told", "Norvex", "News", "."], ["nsubj", "ROOT", "compound", "dobj", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1], deps=deps,
              lemmas=["Ana", lemma, "Norvex", "News", "."], pos=["PROPN", "VERB", "PROPN", "PROPN", "PUNCT"])
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 2, 4, label="ORG")]
    assert {(c.head.text, c.tail.text) for c in pipe.candidates(doc)} == expected


@pytest.mark.parametrize("words,lemmas,heads,deps,index,victim", [
    (["Ana", "murdered", "Ken", "."], ["Ana", "murder", "Ken", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
     2, True),
    (["Ana", "murdered", "Ken", "."], ["Ana", "murder", "Ken", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
     0, False),
    (["Ken", "was", "shot", "."], ["Ken", "be", "shoot", "."], [2, 2, 2, 2], ["nsubjpass", "auxpass", "ROOT", "punct"],
     0, True),
    (["Ana", "met", "Ken", "."], ["Ana", "meet", "Ken", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
     2, False),
])
def test_a_victim_is_no_guessed_killer(words, lemmas, heads, deps, index, victim):
    from pipeline.relations.classifier import _victim

    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, heads=heads, deps=deps)
    assert _victim(Span(doc, index, index + 1, label="PERSON")) is victim


@pytest.mark.parametrize("words,heads,deps,victim_between", [
    # the killing is done to the man; the name stands in his clause
    (["Ana", "stabbed", "a", "man", "who", "hit", "Ken"], [1, 1, 3, 1, 5, 3, 5],
     ["nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "dobj"], True),
    # the man is the one named
    (["Ana", "stabbed", "a", "man", ",", "Ken"], [1, 1, 3, 1, 3, 3], ["nsubj", "ROOT", "det", "dobj", "punct", "appos"],
     False),
    (["Ana", "stabbed", "Ken"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], False),
])
def test_a_guessed_killing_of_another_noun_names_no_victim(words, heads, deps, victim_between):
    from pipeline.relations.classifier import Candidate, _another_victim

    lemmas = [{"stabbed": "stab"}.get(w, w) for w in words]
    pos = ["VERB" if w in {"stabbed", "hit"} else "PROPN" if w[0].isupper() else "NOUN" for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)
    head, tail = Span(doc, 0, 1, label="PERSON"), Span(doc, len(words) - 1, len(words), label="PERSON")
    assert _another_victim(Candidate(head, tail, None, None)) is victim_between


@pytest.mark.parametrize("words,pos,tags,thing", [
    # a show described, not a person: no employer
    (["Tom", "Reed", ",", "a", "ratings", "hit", "for", "rivals", "NBC"],
     ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "NOUN", "PROPN"],
     ["NNP", "NNP", ",", "DT", "NNS", "VBN", "IN", "NNS", "NNP"], True),
    # a person described: a title or a person's noun
    (["Tom", "Reed", ",", "a", "director", "at", "NBC"], ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN"],
     ["NNP", "NNP", ",", "DT", "NN", "IN", "NNP"], False),
    (["Tom", "Reed", ",", "a", "former", "employee", "of", "NBC"],
     ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "PROPN"],
     ["NNP", "NNP", ",", "DT", "JJ", "NN", "IN", "NNP"], False),
    # no description after a comma
    (["Tom", "Reed", "joined", "NBC"], ["PROPN", "PROPN", "VERB", "PROPN"], ["NNP", "NNP", "VBD", "NNP"], False),
])
def test_a_guessed_affiliation_skips_a_person_described_as_a_thing(words, pos, tags, thing):
    from pipeline.relations.classifier import Candidate, _described_as_a_thing

    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=tags, lemmas=[w.lower() for w in words])
    head, tail = Span(doc, 0, 2, label="PERSON"), Span(doc, len(words) - 1, len(words), label="ORG")
    doc.ents = [head, tail]
    assert _described_as_a_thing(Candidate(head, tail, None, None)) is thing


# -- the feature bag (RelationClassifier.v2) ---------------------------------------------------------------------
def _parsed(words, heads, deps, lemmas):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_pair_features_hold_the_words_between_and_the_dependency_path():
    from pipeline.relations.classifier import Candidate, pair_features

    # "Ana Ruiz , a spokeswoman for Acme , left ." (Ruiz <- left; spokeswoman appos of Ruiz; for -> Acme)
    doc = _parsed(["Ana", "Ruiz", ",", "a", "spokeswoman", "for", "Acme", ",", "left", "."],
                  [1, 8, 1, 4, 1, 4, 5, 1, 8, 8],
                  ["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "punct"],
                  ["Ana", "Ruiz", ",", "a", "spokeswoman", "for", "Acme", ",", "leave", "."])
    person, org = Span(doc, 0, 2, label="PERSON"), Span(doc, 6, 7, label="ORG")
    features = pair_features(Candidate(person, org))
    assert "types=0-1-subject-first" in features and "between=spokeswoman" in features
    assert "path=ruiz >appos >prep >pobj|0-1-subject-first" in features
    assert {"path-word=spokeswoman", "path-word=for"} <= set(features)
    # the other way round the order and the path turn round too
    reverse = pair_features(Candidate(org, person))
    assert "types=1-0-object-first" in reverse and "path=pobj< prep< appos< ruiz|1-0-object-first" in reverse


def test_a_pair_in_two_sentences_or_far_apart_in_the_parse_has_no_path():
    from pipeline.relations.classifier import _dependency_path

    doc = _parsed(["Ana", "left", ".", "Acme", "grew", "."], [1, 1, 1, 4, 4, 4],
                  ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"], ["Ana", "leave", ".", "Acme", "grow", "."])
    assert _dependency_path(doc[0], doc[3]) == ("", [])


def test_a_classifier_with_the_feature_bag_learns_and_round_trips(tmp_path):
    model = Config().from_str(factories.DEFAULT_RELATION_MODEL)["model"]
    model["tok2vec"] = dict(OWN_TOK2VEC)
    model.update({"@architectures": "newsfacts.RelationClassifier.v2", "feature_width": 8, "feature_rows": 1000})
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("newsfacts_relation_classifier", config={"model": model, "threshold": 0.5})
    fix_random_seed(0)
    examples = [Example(_sentence(["Ana", "works", "for", "Acme", "."], [(0, 1, "PERSON"), (3, 4, "ORG")]),
                        _sentence(["Ana", "works", "for", "Acme", "."], [(0, 1, "PERSON"), (3, 4, "ORG")],
                                  [(0, 1, "works_for")])),
                Example(_sentence(["Bo", "sued", "Norvex", "."], [(0, 1, "PERSON"), (2, 3, "ORG")]),
                        _sentence(["Bo", "sued", "Norvex", "."], [(0, 1, "PERSON"), (2, 3, "ORG")]))]
    nlp.initialize(lambda: examples)
    optimizer = nlp.create_optimizer()
    for _ in range(60):
        nlp.update(examples, sgd=optimizer)
    scores = pipe.predict([examples[0].predicted, examples[1].predicted]).scores
    works_for = pipe.labels.index("works_for")
    assert scores[0, works_for] > 0.9 > 0.1 > scores[2, works_for]  # rows: Ana->Acme, Acme->Ana, Bo->Norvex, ...
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model").get_pipe("newsfacts_relation_classifier")
    numpy.testing.assert_allclose(loaded.predict([examples[0].predicted]).scores,
                                  pipe.predict([examples[0].predicted]).scores, rtol=1e-5)


@pytest.mark.parametrize("sport,predicate", [(True, "member_of"), (False, "works_for")])
def test_a_guessed_employer_in_an_article_about_sport_is_a_club_played_for(sport, predicate):
    _, pipe = _classifier()
    pipe.add_label("works_for")
    pipe.cfg["signatures"] = {"works_for": [[0, 1]]}
    words = ["Ana", "Lee", "missed", "Norvex", "'s", "match", "."]
    lemmas = ["Ana", "Lee", "miss", "Norvex", "'s", "match" if sport else "meeting", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)
    if sport:  # three of relation_verbs.json "team_words"
        doc = Doc(doc.vocab, words=words + ["The", "striker", "scored", "a", "goal", "."],
                  lemmas=lemmas + ["the", "striker", "score", "a", "goal", "."])
    facts = get_facts(doc)
    facts.entities = [Entity("PERSON", "Ana Lee", [(0, 7)]), Entity("ORG", "Norvex", [(15, 21)])]
    facts.relations = []
    cands = [c for c in pipe.candidates(doc) if c.subject.label == "PERSON"]
    pipe.set_annotations([doc], Scored([cands], numpy.full((len(cands), 1), 0.9, dtype="float32")))
    assert {r.predicate for r in doc._.facts.relations if r.extractor == EXTRACTOR} == {predicate}


@pytest.mark.parametrize("words,added", [
    # in an article about sport a player and a country are a team, not a home
    (["Hale", "guided", "Ireland", "to", "a", "match", "win", "with", "a", "goal", "and", "a", "penalty", "."], False),
    # unless the words between say where someone lives
    (["Hale", "lives", "in", "Ireland", "after", "a", "match", "win", "with", "a", "goal", "and", "a", "penalty", "."],
     True),
])
def test_a_guessed_home_in_a_country_is_no_team_in_sport(words, added):
    _, pipe = _classifier()
    pipe.add_label("lives_in")
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=[w.lower().replace("lives", "live") for w in words])
    at = doc.text.index("Ireland")
    facts = get_facts(doc)
    facts.entities = [Entity("PERSON", "Hale", [(0, 4)]), Entity("GPE", "Ireland", [(at, at + 7)])]
    facts.relations = []
    cands = pipe.candidates(doc)
    pipe.set_annotations([doc], Scored([cands], numpy.full((len(cands), 1), 0.9, dtype="float32")))
    assert any(r.predicate == "lives_in" for r in doc._.facts.relations) is added


@pytest.mark.parametrize("between,added", [
    ("at", False),  # "against Redvale at Harbour Park": where the match is, no seat
    ("of", True),
])
def test_a_guessed_seat_after_at_is_a_venue(between, added):
    _, pipe = _classifier()
    pipe.add_label("based_in")
    words = ["Portmoor", "lost", "to", "Redvale", between, "Harbour", "Park", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=[w.lower() for w in words])
    at, place = doc.text.index("Redvale"), doc.text.index("Harbour")
    facts = get_facts(doc)
    facts.entities = [Entity("ORG", "Redvale", [(at, at + 7)]), Entity("FAC", "Harbour Park", [(place, place + 12)])]
    facts.relations = []
    cands = [c for c in pipe.candidates(doc) if c.subject.label == "ORG"]
    pipe.set_annotations([doc], Scored([cands], numpy.full((len(cands), 1), 0.9, dtype="float32")))
    assert any(r.predicate == "based_in" for r in doc._.facts.relations) is added


@pytest.mark.parametrize("nation", ["Wales", "England"])
def test_a_guessed_home_in_a_home_nation_is_no_team_in_sport(nation):
    """The nations of the United Kingdom field their own sides, as countries do."""
    _, pipe = _classifier()
    pipe.add_label("lives_in")
    words = ["Hale", "guided", nation, "to", "a", "match", "win", "with", "a", "goal", "and", "a", "penalty", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=[w.lower() for w in words])
    at = doc.text.index(nation)
    facts = get_facts(doc)
    facts.entities = [Entity("PERSON", "Hale", [(0, 4)]), Entity("GPE", nation, [(at, at + len(nation))])]
    facts.relations = []
    cands = pipe.candidates(doc)
    pipe.set_annotations([doc], Scored([cands], numpy.full((len(cands), 1), 0.9, dtype="float32")))
    assert not any(r.predicate == "lives_in" for r in doc._.facts.relations)
