"""End to end on the first real input, and on an article of the same shape written for the project."""
import pytest

import pipeline
from pipeline import schema

from .conftest import EXAMPLE, FIXTURES, load_article

pytestmark = pytest.mark.slow


def _extract(path):
    article = load_article(path)
    return pipeline.extract(article["text"], published=article["published"])


@pytest.fixture(scope="module")
def example():
    return _extract(EXAMPLE)


@pytest.fixture(scope="module")
def kenya():
    return _extract(FIXTURES / "uk-kenya-patrols.json")


def _of(records, kind):
    return [r for r in records if r.kind == kind]


def test_example_every_record_validates_and_points_at_its_text(example):
    text = example[0].text
    for record in example:
        schema.parse_record(record.model_dump_json())
        if record.kind != "article":
            assert text[record.start:record.end] == record.text
            assert record.text in record.sentence or record.sentence in text


def test_example_metadata_is_not_body(example):
    article = example[0]
    assert article.authors == ["Aaron Pellish", "Eric Bazail-Eimil"]
    assert article.credit == "Gerardo Menoscal/AFP via Getty Images"
    assert article.caption.startswith("Ecuadorean armed forces")
    names = {e.name for e in _of(example, "entity")}
    assert not names & {"Aaron Pellish", "Eric Bazail-Eimil", "Gerardo Menoscal", "Getty Images", "Puerto Lopez"}


@pytest.mark.parametrize(
    "label,name",
    [("PERSON", "Francis L. Donovan"), ("PERSON", "Donald Trump"), ("PERSON", "Nicolas Maduro"),
     ("PERSON", "Daniel Noboa"), ("PERSON", "Marco Rubio"), ("ORG", "Los Lobos"), ("ORG", "Los Choneros"),
     ("ORG", "Southern Command"), ("GPE", "United States"), ("EVENT", "Operation Pacific Viper")],
)
def test_example_entities(example, label, name):
    matches = [e for e in _of(example, "entity") if e.name == name]
    assert len(matches) == 1 and matches[0].label == label


def test_example_short_mentions_merged_and_no_state(example):
    entities = _of(example, "entity")
    trump = next(e for e in entities if e.name == "Donald Trump")
    assert len(trump.mentions) >= 3
    assert not [e for e in entities if e.name in {"State", "Trump", "Maduro", "Noboa", "Marine"}]


@pytest.mark.parametrize(
    "subject,obj,role",
    [("Francis L. Donovan", "Southern Command", "commander"), ("Daniel Noboa", "Ecuador", "president")],
)
def test_example_roles(example, subject, obj, role):
    roles = {(r.subject.name, r.object.name if r.object else None, r.role)
             for r in _of(example, "relation") if r.predicate == "has_role"}
    assert (subject, obj, role) in roles


def test_example_quantities(example):
    quantities = {q.value: q for q in _of(example, "quantity")}
    assert quantities[45].qualifier == "approximate" and quantities[45].counted == "strike"
    assert quantities[150].qualifier == "more_than" and quantities[150].counted == "person"
    assert quantities[150].event == "kill"
    assert quantities[150].agent.name == "Trump administration"
    assert not [q for q in quantities.values() if q.value in {2024, 2026, 17}]


@pytest.mark.parametrize("text,value", [("Tuesday", "2026-02-17"), ("January 2024", "2024-01"), ("September", "2025-09")])
def test_example_dates(example, text, value):
    assert (text, value) in {(d.text, d.value) for d in _of(example, "date")}


@pytest.mark.parametrize("speaker,fragment", [("Francis L. Donovan", "We commend"), ("Marco Rubio", "blow up")])
def test_example_quotes(example, speaker, fragment):
    assert any(q.speaker == speaker and fragment in q.quote for q in _of(example, "quote"))


def test_example_ids_are_stable(example):
    again = _extract(EXAMPLE)
    assert [r.id for r in again if r.kind != "article"] == [r.id for r in example if r.kind != "article"]


# The same shapes in an article written for the project: no rule may serve the example alone.
def test_same_shape_article(kenya):
    article = kenya[0]
    assert article.authors == ["Jane Porter", "Samuel Okafor"]
    assert article.credit == "Maria Lopez/Reuters via Getty Images"
    entities = {(e.label, e.name) for e in _of(kenya, "entity")}
    assert {("PERSON", "Sarah Whitfield"), ("PERSON", "William Ruto"), ("ORG", "Al-Shabaab"),
            ("ORG", "Jaysh Ayman"), ("GPE", "United Kingdom")} <= entities
    roles = {(r.subject.name, r.object.name if r.object else None, r.role)
             for r in _of(kenya, "relation") if r.predicate == "has_role"}
    assert ("Keir Starmer", "United Kingdom", "prime minister") in roles
    assert ("William Ruto", "Kenya", "president") in roles
    assert ("Sarah Whitfield", None, "Army lieutenant general") in roles
    # "commander of British Forces Kenya": the command, not the country at its end
    assert ("Sarah Whitfield", "British Forces Kenya", "commander") in roles
    assert ("Sarah Whitfield", "Kenya", "commander") not in roles
    quantities = {q.value: q for q in _of(kenya, "quantity")}
    assert quantities[200].qualifier == "more_than" and quantities[200].event == "arrest"
    assert quantities[60].qualifier == "approximate" and quantities[60].counted == "raid"
    dates = {(d.text, d.value) for d in _of(kenya, "date")}
    assert ("Friday", "2026-03-06") in dates and ("October", "2025-10") in dates
    quotes = {(q.speaker, q.quote) for q in _of(kenya, "quote")}
    assert ("Sarah Whitfield", "Our soldiers are proud to stand beside their Kenyan partners") in quotes
    assert ("David Lammy", "stand firm") in quotes
