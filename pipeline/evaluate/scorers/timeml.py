"""TempEval-3 temporal expressions: ``extraction-strict`` (the same span), ``extraction-relaxed``
(a shared character) and ``value`` (relaxed pairs whose normalised value agrees; precision over
all predictions and recall over all gold expressions, i.e. relaxed F1 times value accuracy, as
TempEval-3 reported it). The document creation time is context, not a gold expression.

Predicted values are compared in TimeML's encoding (``pipeline.dates.timex.timex3``), a mapping of
conventions only: what our output leaves unplaced (``null``) TimeML writes as an unspecified duration
("recent years": ``PXY``) or as ``PAST_REF``, ``PRESENT_REF`` or ``FUTURE_REF``, and a day read with its
part of the day or a week read as its weekend carries that in the value ("this morning":
``2026-02-17TMO``, "the weekend": ``2026-W07-WE``). Spans are ours as they are: the dates stage
already takes TimeML's extent (the determiner in, a leading "just" out). The writer
(``writers/timeml.py``) writes the same values."""
from __future__ import annotations

from ...dates.timex import timex3
from ..matching import match
from . import Scores, span_item


def items(doc: str, text: str, facts: list[dict]):
    return [span_item(doc, text, f["start"], f["end"], value=f.get("value")) for f in facts if f.get("kind") == "date"]


def predicted_value(text: str, fact: dict) -> str | None:
    """A predicted date's value in TimeML's encoding."""
    span = text[fact["start"]:fact["end"]] if fact["start"] >= 0 else ""
    return timex3(span, fact.get("value"), fact.get("granularity") or "")[1]


def score(docs: list[dict], predictions: dict) -> Scores:
    gold, pred = [], []
    for doc in docs:
        gold += items(doc["id"], doc["text"], doc["facts"])
        text, facts = predictions[doc["id"]]
        pred += items(doc["id"], doc["text"], [{**f, "value": predicted_value(doc["text"], f)}
                                               for f in facts if f.get("kind") == "date"])
    scores = Scores()
    scores.add("extraction-strict", match(gold, pred, "exact"), errors=False)
    relaxed = match(gold, pred, "overlap")
    scores.add("extraction-relaxed", relaxed)
    scores.add_field("value", relaxed, "value")
    return scores
