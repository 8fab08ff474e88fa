"""CoNLL-2003 NER: exact span and type per type, PER+ORG+LOC and all; ``all-overlap`` too.

OntoNotes labels map to CoNLL types by this table; the rest (dates, numbers…) are not names
in CoNLL and are dropped."""
from __future__ import annotations

from ..matching import match
from . import Scores, mention_items, span_item

ONTONOTES_TO_CONLL = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
}
TYPES = ("PER", "ORG", "LOC", "MISC")


def score(docs: list[dict], predictions: dict) -> Scores:
    gold, pred = [], []
    for doc in docs:
        gold += [span_item(doc["id"], doc["text"], f["start"], f["end"], f["label"])
                 for f in doc["facts"] if f["kind"] == "entity"]
        pred += mention_items(doc["id"], doc["text"], predictions[doc["id"]][1],
                              lambda label, _name: ONTONOTES_TO_CONLL.get(label))
    scores = Scores()
    describe = lambda item: item.label  # noqa: E731
    for kind in TYPES:
        scores.add(kind, match([g for g in gold if g.label == kind], [p for p in pred if p.label == kind]),
                   errors=False)
    core = {"PER", "ORG", "LOC"}
    scores.add("PER+ORG+LOC", match([g for g in gold if g.label in core], [p for p in pred if p.label in core]),
               errors=False)
    scores.add("all", match(gold, pred), describe=describe)
    scores.add("all-overlap", match(gold, pred, "overlap"), errors=False)
    return scores
