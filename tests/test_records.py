"""The output edge: facts become validated records, and one invalid fact never costs the article."""
import pytest
import spacy

from pipeline import schema
from pipeline.extensions import get_article, get_facts, register_extensions
from pipeline.facts import DateFact, Entity, Quantity, Quote, Relation
from pipeline.records import doc_to_records, with_article_id

TEXT = "Ana Ruiz visited Lima on Tuesday. About 40 people came. She said: yes."
KINDS = ("entity", "relation", "quantity", "date", "quote")


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


@pytest.fixture(scope="module")
def blank():
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _doc(blank, bad: str | None = None):
    """A hand-built Doc with one fact of each kind; ``bad`` names the kind whose fact fails its model."""
    doc = blank(TEXT)
    get_article(doc).article_id = "a"
    facts = get_facts(doc)
    ruiz = Entity("PERSON", "Ana Ruiz", [_span("Ana Ruiz")])
    lima = Entity("GPE", "Lima", [_span("Lima")])
    tuesday = DateFact("2026-02-17", "fortnight" if bad == "date" else "day", *_span("Tuesday"))
    start, end = _span("Ana Ruiz visited Lima")
    facts.entities = [Entity("PERSON", "Ana Ruiz", [(8, 0)]) if bad == "entity" else ruiz, lima]
    facts.relations = [Relation("likes" if bad == "relation" else "visited", ruiz, lima, start, end, when=tuesday)]
    facts.quantities = [Quantity(40, *_span("About 40"), qualifier="approximate", counted="person",
                                 confidence=1.5 if bad == "quantity" else 0.8)]
    facts.dates = [tuesday]
    quote_start, quote_end = _span("yes")
    facts.quotes = [Quote("yes", quote_end if bad == "quote" else quote_start, quote_start if bad == "quote" else quote_end,
                          ruiz, "say", direct=False)]
    return doc


def _kinds(records) -> list[str]:
    return [r.kind for r in records]


@pytest.mark.parametrize("bad", KINDS)
def test_records_invalid_fact_is_dropped_and_the_article_kept(blank, bad):
    records = doc_to_records(_doc(blank, bad))
    article = records[0]
    assert article.kind == "article" and article.text == TEXT
    (dropped,) = article.dropped_facts
    assert dropped.kind == bad and dropped.reason
    expected = ["article", "entity", "entity", "relation", "quantity", "date", "quote"]
    expected.remove(bad)
    assert _kinds(records) == expected
    for record in records[1:]:
        schema.parse_record(record.model_dump_json())
        assert TEXT[record.start:record.end] == record.text


@pytest.mark.parametrize("bad", [None])
def test_records_valid_facts_drop_nothing(blank, bad):
    records = doc_to_records(_doc(blank, bad))
    assert records[0].dropped_facts == []
    assert _kinds(records) == ["article", "entity", "entity", "relation", "quantity", "date", "quote"]


@pytest.mark.parametrize("bad", ["date"])
def test_records_no_reference_to_a_dropped_fact(blank, bad):
    (relation,) = [r for r in doc_to_records(_doc(blank, bad)) if r.kind == "relation"]
    assert relation.when is None


@pytest.mark.parametrize("new_id", ["a~2"])
def test_records_renamed_article_rederives_fact_ids_and_references(blank, new_id):
    doc = _doc(blank)
    doc._.facts.quantities.append(Quantity(40, *_span("40"), linked_to=doc._.facts.quantities[0]))
    records = doc_to_records(doc)
    renamed = with_article_id(records, new_id)
    assert {r.article_id for r in renamed} == {new_id}
    ids = [r.id for r in renamed[1:]]
    assert len(set(ids)) == len(ids) and not set(ids) & {r.id for r in records[1:]}
    by_kind = {r.kind: r for r in renamed}
    assert by_kind["relation"].when.id == by_kind["date"].id
    first, second = [r for r in renamed if r.kind == "quantity"]
    assert second.linked_to == first.id
    assert with_article_id(records, new_id) == renamed  # deterministic


def test_records_a_quote_s_source_is_the_text_of_its_speaker_span(blank):
    doc = blank("Analysts said: yes. Ana Ruiz said: no.")
    get_article(doc).article_id = "a"
    ruiz = Entity("PERSON", "Ana Ruiz", [(20, 28)])
    get_facts(doc).entities = [ruiz]
    get_facts(doc).quotes = [Quote("yes", 15, 18, None, "say", direct=False, speaker_span=(0, 8)),
                             Quote("no", 35, 37, ruiz, "say", direct=False, speaker_span=(20, 28)),
                             Quote("no", 35, 37, ruiz, "say", direct=False)]
    quotes = [r for r in doc_to_records(doc) if r.kind == "quote"]
    assert [(q.speaker, q.source) for q in quotes] == [(None, "Analysts"), ("Ana Ruiz", "Ana Ruiz"), ("Ana Ruiz", None)]


def test_records_a_quantity_s_qualifier_is_its_bound_and_its_direction_its_change(blank):
    """Schema 1.9: "rose 3%", which the stage qualifies as an increase, is written exact with change increase."""
    doc = blank("Sales rose 3% in March.")
    get_article(doc).article_id = "a"
    start = doc.text.index("3%")
    get_facts(doc).quantities.append(Quantity(value=3.0, unit="percent", qualifier="increase", start=start,
                                              end=start + 2))
    (record,) = [r for r in doc_to_records(doc) if r.kind == "quantity"]
    assert (record.qualifier, record.change) == ("exact", "increase")
