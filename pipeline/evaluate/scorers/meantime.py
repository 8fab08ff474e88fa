"""MEANTIME: per fact kind, exact and overlap span match and the fields both sides have.

- ``entity``: named mentions (syntactic type NAM) with their type; OntoNotes labels map to
  MEANTIME types by ``TYPES`` (other labels are not MEANTIME entities).
- ``date``: TIMEX3 expressions and their ``value``; ``quantity``: VALUE expressions and their value.
  A duration or an age ("three years", "a 41-year-old jet") is a TIMEX3 DURATION in MEANTIME, which our
  date fact covers: the quantity the pipeline also writes for it is not scored as a VALUE.
- ``relation-participants``: an event's Arg0 and Arg1 participants against a predicted
  relation's subject and object mentions, both overlapping; a relation whose participants
  cannot be located counts as a false positive.

MEANTIME annotates only the title and first sentences of each article (the reader's ``scope``
fact): predictions after it are left out rather than counted as false positives. A field the
gold never gives (VALUE expressions carry no value) is not scored.
"""
from __future__ import annotations

from ...quantities.units import LENGTHS_OF_TIME
from ..matching import Counts, match, overlap
from . import Mismatch, Scores, mention_items, participant_spans, span_item

TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "PRODUCT": "PRO",
         "WORK_OF_ART": "PRO", "MONEY": "FIN"}


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return value


def _gold_items(doc: dict, kind: str):
    out = []
    for f in doc["facts"]:
        if f["kind"] != kind or (kind == "entity" and f.get("syntactic_type") not in (None, "NAM")):
            continue
        value = f.get("label") if kind == "entity" else _number(f.get("value")) if kind == "quantity" else f.get("value")
        out.append(span_item(doc["id"], doc["text"], f["start"], f["end"], **{"label" if kind == "entity" else "value": value}))
    return out


def _scope_end(doc: dict) -> int:
    return next((f["end"] for f in doc["facts"] if f["kind"] == "scope"), len(doc["text"]))


def in_scope(doc: dict, facts: list[dict]) -> list[dict]:
    """The predicted facts that start inside the annotated part of the document."""
    end = _scope_end(doc)
    kept = []
    for fact in facts:
        if fact.get("kind") == "entity":
            mentions = [m for m in fact.get("mentions") or [] if m[0] < end]
            if mentions:
                kept.append({**fact, "mentions": mentions})
        elif fact["start"] < end:
            kept.append(fact)
    return kept


def _a_timex(fact: dict) -> bool:
    """A duration, or an age written with its period ("a 30-year-old"), is a TIMEX3 in MEANTIME; a bare number of
    years is a VALUE there ("Jobs, aged 55,", "at the age of 56")."""
    unit = fact.get("unit")
    return unit in LENGTHS_OF_TIME or unit == "yr_age" and "year" in (fact.get("text") or "").lower()


def _pred_items(doc: dict, facts: list[dict], kind: str):
    if kind == "quantity":
        facts = [f for f in facts if not _a_timex(f)]
    if kind == "entity":
        items = mention_items(doc["id"], doc["text"], facts, lambda label, _: TYPES.get(label))
        return [span_item(i.doc, doc["text"], *i.spans[0], label=i.label) for i in items]
    return [span_item(doc["id"], doc["text"], f["start"], f["end"], value=f.get("value"))
            for f in facts if f.get("kind") == kind]


def _participant_pairs(doc: dict) -> list[tuple]:
    pairs = []
    for f in doc["facts"]:
        if f["kind"] == "event":
            roles = {p["role"]: tuple(p["span"]) for p in f["participants"]}
            if "Arg0" in roles and "Arg1" in roles:
                pairs.append((roles["Arg0"], roles["Arg1"]))
    return pairs


def score(docs: list[dict], predictions: dict) -> Scores:
    scores = Scores()
    scoped = {doc["id"]: in_scope(doc, predictions[doc["id"]][1]) for doc in docs}
    for kind, field in (("entity", "label"), ("date", "value"), ("quantity", "value")):
        gold = [i for doc in docs for i in _gold_items(doc, kind)]
        pred = [i for doc in docs for i in _pred_items(doc, scoped[doc["id"]], kind)]
        scores.add(f"{kind}-exact", match(gold, pred, "exact"), errors=False)
        relaxed = match(gold, pred, "overlap")
        scores.add(f"{kind}-overlap", relaxed)
        if any(i.fields.get(field) is not None or i.label is not None for i in gold):
            scores.add_field(f"{kind}.{field}", relaxed, field)
    total = Counts()
    for doc in docs:
        facts = scoped[doc["id"]]
        gold = _participant_pairs(doc)
        pred = [participant_spans(f, facts) for f in facts if f.get("kind") == "relation"]
        free = [p for p in pred if p[0] and p[1]]
        n_pred, tp = len(pred), 0
        for g in gold:
            hit = next((p for p in free if overlap([g[0]], [p[0]]) and overlap([g[1]], [p[1]])), None)
            if hit:
                free.remove(hit)
                tp += 1
            else:
                text = doc["text"]
                scores.errors.append(Mismatch("relation-participants", "miss", doc["id"],
                                              f"{text[slice(*g[0])]} → {text[slice(*g[1])]}",
                                              span_item(doc["id"], text, min(g[0][0], g[1][0]), max(g[0][1], g[1][1])).sentence))
        total += Counts(tp, n_pred, len(gold))
    scores.metrics["relation-participants"] = total
    return scores
