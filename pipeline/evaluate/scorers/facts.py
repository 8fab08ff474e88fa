"""The project's own gold set: for every fact kind, exact and overlap span match, then each field.

Metric names:

- ``KIND-exact``: the same span and the kind's label (an entity mention's type, a relation's
  predicate; the other kinds have no label), the standard span-and-type measure;
- ``KIND-overlap``: a shared character and the same label;
- ``KIND-overlap-lenient`` (entities and relations, the kinds with a label): a shared character,
  the label ignored (the project's own diagnostic, never set beside an anchor's figure);
- ``KIND.FIELD``: pairs of the label-free overlap match whose field agrees;
- ``relation-strict``: predicate, subject, object and role all right, wherever the evidence lies;
  ``role-strict`` the same for ``has_role`` alone, ``other-relation-strict`` for every other predicate;
- ``entity-merge``: canonical merging as pairwise links: two mentions that both sides found (the
  same span) are linked when they belong to one entity; precision over the predicted links,
  recall over the gold ones (a missed or split merge costs recall, a wrong merge precision).

Entities are scored mention by mention. A relation whose predicate came after the gold sets were annotated
(``UNANNOTATED_PREDICATES``: ``nationality``, schema 1.7) is scored on neither side: the sets hold none, whatever
their texts state, so a right one would count against us; the careful-reader audits judge those."""
from __future__ import annotations

from itertools import combinations

from ..matching import Counts, Item, match
from . import Scores, mention_items, span_item

FIELDS = {
    "entity": ("label", "name"),
    "relation": ("subject", "object", "role"),
    "quantity": ("value", "high", "qualifier", "unit", "counted", "event", "agent"),
    "date": ("value", "granularity"),
    "quote": ("speaker", "cue", "direct", "quote"),
}


LABELLED = ("entity", "relation")
#: Predicates the gold sets were annotated without (see the module's docstring).
UNANNOTATED_PREDICATES = frozenset({"nationality"})


def _name(ref: dict | None) -> str | None:
    return ref["name"] if ref else None


def fact_items(doc: str, text: str, facts: list[dict], kind: str) -> list[Item]:
    """One item per fact (per mention for entities), labelled by its type or predicate."""
    if kind == "entity":
        return [Item(i.doc, i.spans, i.label, {"label": i.label, "name": i.fields["name"]}, i.text, i.sentence)
                for i in mention_items(doc, text, facts)]
    items = []
    for fact in facts:
        if fact.get("kind") != kind or fact.get("predicate") in UNANNOTATED_PREDICATES:
            continue
        fields = {f: fact.get(f) for f in FIELDS[kind]}
        for ref in ("subject", "object", "agent"):
            if ref in fields:
                fields[ref] = _name(fields[ref])
        label = fact["predicate"] if kind == "relation" else None
        items.append(span_item(doc, text, fact["start"], fact["end"], label, **fields))
    return items


def _unlabelled(items: list[Item]) -> list[Item]:
    return [Item(i.doc, i.spans, None, i.fields, i.text, i.sentence) for i in items]


def strict_relations(doc: str, text: str, facts: list[dict]) -> list[Item]:
    return [Item(doc, (), (f["predicate"], _name(f["subject"]).casefold(), (_name(f.get("object")) or "").casefold(),
                           (f.get("role") or "").casefold()),
                 {}, text[f["start"]:f["end"]] if f["start"] >= 0 else "", span_item(doc, text, f["start"], f["end"]).sentence)
            for f in facts if f.get("kind") == "relation" and f["predicate"] not in UNANNOTATED_PREDICATES]


def _clusters(facts: list[dict]) -> list[set[tuple[int, int]]]:
    return [{tuple(m) for m in f.get("mentions") or [[f["start"], f["end"]]]} for f in facts if f.get("kind") == "entity"]


def merge_counts(gold_facts: list[dict], pred_facts: list[dict]) -> Counts:
    """Pairwise merge links over the mentions both sides found."""
    gold, pred = _clusters(gold_facts), _clusters(pred_facts)
    shared = set().union(*gold) & set().union(*pred) if gold and pred else set()

    def links(clusters):
        return {tuple(sorted(pair)) for c in clusters for pair in combinations(sorted(c & shared), 2)}

    gold_links, pred_links = links(gold), links(pred)
    return Counts(len(gold_links & pred_links), len(pred_links), len(gold_links))


def score(docs: list[dict], predictions: dict) -> Scores:
    scores = Scores()
    for kind, fields in FIELDS.items():
        gold, pred = [], []
        for doc in docs:
            gold += fact_items(doc["id"], doc["text"], doc["facts"], kind)
            pred += fact_items(doc["id"], doc["text"], predictions[doc["id"]][1], kind)
        scores.add(f"{kind}-exact", match(gold, pred, "exact"), errors=False)
        overlapping = match(_unlabelled(gold), _unlabelled(pred), "overlap")
        if kind in LABELLED:
            scores.add(f"{kind}-overlap", match(gold, pred, "overlap"), errors=False)
            scores.add(f"{kind}-overlap-lenient", overlapping)
        else:
            scores.add(f"{kind}-overlap", overlapping)
        for name in fields:
            scores.add_field(f"{kind}.{name}", overlapping, name)
    gold = [i for doc in docs for i in strict_relations(doc["id"], doc["text"], doc["facts"])]
    pred = [i for doc in docs for i in strict_relations(doc["id"], doc["text"], predictions[doc["id"]][1])]
    scores.add("relation-strict", match(gold, pred, "exact"), describe=lambda i: " | ".join(i.label))
    roles = lambda items: [i for i in items if i.label[0] == "has_role"]  # noqa: E731
    others = lambda items: [i for i in items if i.label[0] != "has_role"]  # noqa: E731
    scores.add("role-strict", match(roles(gold), roles(pred), "exact"), errors=False)
    scores.add("other-relation-strict", match(others(gold), others(pred), "exact"), errors=False)
    scores.metrics["entity-merge"] = sum((merge_counts(doc["facts"], predictions[doc["id"]][1]) for doc in docs),
                                         Counts())
    return scores
