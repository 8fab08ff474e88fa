"""The project's own gold set: for every fact kind, exact and overlap span match, then each field.

Metric names: ``KIND-exact`` and ``KIND-overlap`` (the span alone; a relation's span with its
predicate), ``KIND.FIELD`` (overlap-matched pairs whose field agrees), and ``relation-strict``
(predicate, subject and object names right, wherever the evidence span lies). Entities are
scored mention by mention."""
from __future__ import annotations

from ..matching import Item, match
from . import Scores, mention_items, span_item

FIELDS = {
    "entity": ("label", "name"),
    "relation": ("subject", "object", "role"),
    "quantity": ("value", "high", "qualifier", "unit", "counted", "event", "agent"),
    "date": ("value", "granularity"),
    "quote": ("speaker", "cue", "direct", "quote"),
}


def _name(ref: dict | None) -> str | None:
    return ref["name"] if ref else None


def fact_items(doc: str, text: str, facts: list[dict], kind: str) -> list[Item]:
    if kind == "entity":
        return [Item(i.doc, i.spans, None, {"label": i.label, "name": i.fields["name"]}, i.text, i.sentence)
                for i in mention_items(doc, text, facts)]
    items = []
    for fact in facts:
        if fact.get("kind") != kind:
            continue
        fields = {f: fact.get(f) for f in FIELDS[kind]}
        for ref in ("subject", "object", "agent"):
            if ref in fields:
                fields[ref] = _name(fields[ref])
        label = fact["predicate"] if kind == "relation" else None
        items.append(span_item(doc, text, fact["start"], fact["end"], label, **fields))
    return items


def strict_relations(doc: str, text: str, facts: list[dict]) -> list[Item]:
    return [Item(doc, (), (f["predicate"], _name(f["subject"]).casefold(), (_name(f.get("object")) or "").casefold()),
                 {}, text[f["start"]:f["end"]] if f["start"] >= 0 else "", span_item(doc, text, f["start"], f["end"]).sentence)
            for f in facts if f.get("kind") == "relation"]


def score(docs: list[dict], predictions: dict) -> Scores:
    scores = Scores()
    for kind, fields in FIELDS.items():
        gold, pred = [], []
        for doc in docs:
            gold += fact_items(doc["id"], doc["text"], doc["facts"], kind)
            pred += fact_items(doc["id"], doc["text"], predictions[doc["id"]][1], kind)
        scores.add(f"{kind}-exact", match(gold, pred, "exact"), errors=False)
        overlapping = match(gold, pred, "overlap")
        scores.add(f"{kind}-overlap", overlapping)
        for name in fields:
            scores.add_field(f"{kind}.{name}", overlapping, name)
    gold = [i for doc in docs for i in strict_relations(doc["id"], doc["text"], doc["facts"])]
    pred = [i for doc in docs for i in strict_relations(doc["id"], doc["text"], predictions[doc["id"]][1])]
    scores.add("relation-strict", match(gold, pred, "exact"), describe=lambda i: " | ".join(i.label))
    return scores
