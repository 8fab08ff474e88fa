import json

import pytest
from pydantic import ValidationError

from pipeline import schema


@pytest.mark.parametrize(
    "record",
    [
        {"kind": "article", "article_id": "a", "text": "Body.", "published": "2026-02-17", "authors": ["A B"]},
        {"kind": "error", "article_id": "x.json", "source": "x.json", "code": "E004", "message": "bad"},
        {"kind": "entity", "article_id": "a", "id": "ent-1", "start": 0, "end": 5, "text": "Rubio", "sentence": "Rubio.",
         "confidence": 0.9, "extractor": "entities", "label": "PERSON", "name": "Marco Rubio", "mentions": [[0, 5]]},
        {"kind": "relation", "article_id": "a", "id": "rel-1", "start": 0, "end": 5, "text": "Rubio", "sentence": "s",
         "confidence": 0.9, "extractor": "relations", "predicate": "has_role",
         "subject": {"name": "Marco Rubio", "label": "PERSON"}, "object": None, "role": "secretary of state"},
        {"kind": "quantity", "article_id": "a", "id": "qua-1", "start": 0, "end": 8, "text": "about 45", "sentence": "s",
         "confidence": 0.8, "extractor": "quantities", "value": 45, "qualifier": "approximate", "counted": "strike"},
        {"kind": "date", "article_id": "a", "id": "dat-1", "start": 0, "end": 7, "text": "Tuesday", "sentence": "s",
         "confidence": 0.9, "extractor": "dates", "value": "2026-02-17", "granularity": "day"},
        {"kind": "date", "article_id": "a", "id": "dat-2", "start": 0, "end": 3, "text": "now", "sentence": "s",
         "confidence": 0.9, "extractor": "dates", "value": None, "granularity": "vague", "timex_type": "DATE",
         "timex_value": "PRESENT_REF"},
        {"kind": "quote", "article_id": "a", "id": "quo-1", "start": 0, "end": 3, "text": "Yes", "sentence": "s",
         "confidence": 0.9, "extractor": "quotes", "speaker": None, "quote": "Yes", "cue": "say", "direct": True},
    ],
)
def test_schema_round_trip(record):
    parsed = schema.parse_record(json.dumps(record))
    assert parsed.kind == record["kind"]
    again = schema.parse_record(parsed.model_dump_json())
    assert again == parsed
    assert parsed.schema_version == schema.SCHEMA_VERSION


@pytest.mark.parametrize(
    "record",
    [
        {"kind": "article", "article_id": "a", "text": "x", "unexpected": 1},
        {"kind": "nonsense", "article_id": "a"},
        {"kind": "article", "article_id": "a", "text": "x", "published": "17/02/2026"},
        {"kind": "relation", "article_id": "a", "id": "r", "start": 0, "end": 1, "text": "x", "sentence": "x",
         "confidence": 0.5, "extractor": "relations", "predicate": "likes", "subject": {"name": "A", "label": "PERSON"}},
        {"kind": "quantity", "article_id": "a", "id": "q", "start": 0, "end": 1, "text": "x", "sentence": "x",
         "confidence": 1.5, "extractor": "quantities", "value": 1},
        {"kind": "date", "article_id": "a", "id": "d", "start": 5, "end": 1, "text": "x", "sentence": "x",
         "confidence": 0.5, "extractor": "dates", "value": None, "granularity": "day"},
        {"kind": "date", "article_id": "a", "id": "d", "start": 0, "end": 1, "text": "x", "sentence": "x",
         "confidence": 0.5, "extractor": "dates", "value": None, "granularity": "day", "timex_type": "INTERVAL"},
    ],
)
def test_schema_rejects_bad_records(record):
    with pytest.raises(ValidationError):
        schema.parse_record(json.dumps(record))


def test_schema_json_schema_has_every_kind():
    text = json.dumps(schema.json_schema())
    for kind in ("article", "error", "entity", "relation", "quantity", "date", "quote"):
        assert f'"{kind}"' in text
    for field in ("timex_type", "timex_value"):  # schema 1.3
        assert f'"{field}"' in text
