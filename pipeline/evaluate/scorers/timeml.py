"""TempEval-3 temporal expressions: ``extraction-strict`` (the same span), ``extraction-relaxed``
(a shared character) and ``value`` (relaxed pairs whose normalised value agrees; precision over
all predictions and recall over all gold expressions, i.e. relaxed F1 times value accuracy, as
TempEval-3 reported it). The document creation time is context, not a gold expression."""
from __future__ import annotations

from ..matching import match
from . import Scores, span_item


def items(doc: str, text: str, facts: list[dict]):
    return [span_item(doc, text, f["start"], f["end"], value=f.get("value")) for f in facts if f.get("kind") == "date"]


def score(docs: list[dict], predictions: dict) -> Scores:
    gold, pred = [], []
    for doc in docs:
        gold += items(doc["id"], doc["text"], doc["facts"])
        pred += items(doc["id"], doc["text"], predictions[doc["id"]][1])
    scores = Scores()
    scores.add("extraction-strict", match(gold, pred, "exact"), errors=False)
    relaxed = match(gold, pred, "overlap")
    scores.add("extraction-relaxed", relaxed)
    scores.add_field("value", relaxed, "value")
    return scores
