"""Sentence-level relation extraction (CoNLL04, CrossRE): ``relation-strict`` counts a predicted
relation when both argument spans, both entity types and the label are right (the strict
measure of the relation-extraction literature); ``relation-boundaries`` ignores the entity types.

The project's predicates and OntoNotes labels map to each set's labels by the tables below; a
predicate with no counterpart is not predicted for that set. Argument spans are the subject and
object mentions inside the relation's evidence span. Every prediction counts: one whose
participants cannot be located in its evidence span is a false positive (it can match no gold).
Relations are compared as sets per document, as SpERT's evaluator does (it joins gold and predicted
tuples in one set per sentence): two facts that map to the same argument spans, types and label (a
person's two titles at one university, "an ecologist and entomologist at Cornell University", both
CoNLL04 ``Work_For``) are one predicted relation; a gold relation listed twice is one too."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from ..matching import Item, Span, match
from . import Scores, participant_spans, sentence_around

CONLL04_RELATIONS = {
    "has_role": "Work_For", "works_for": "Work_For", "member_of": "Work_For", "based_in": "OrgBased_In",
    "located_in": "Located_In", "lives_in": "Live_In", "killed": "Kill",
}
# CoNLL04's Work_For joins a person to an organisation only; a person holding a place's office ("Ohio Gov. X",
# "X, Libya's ambassador", "President Y of Zimbabwe") is annotated Live_In with that place.
CONLL04_PLACE_ROLES = {("has_role", "Loc"): "Live_In"}
CONLL04_TYPES = {"PERSON": "Peop", "ORG": "Org", "GPE": "Loc", "LOC": "Loc", "FAC": "Loc"}
CROSSRE_RELATIONS = {
    "has_role": "role", "works_for": "role", "member_of": "role", "based_in": "physical", "located_in": "physical",
    "lives_in": "physical", "visited": "physical", "met": "social", "killed": "opposite", "attacked": "opposite",
    "captured": "opposite", "arrested": "opposite", "sued": "opposite",
}
CROSSRE_TYPES = {"PERSON": "person", "ORG": "organisation", "LOC": "location", "FAC": "location", "NORP": "misc",
                 "EVENT": "event", "PRODUCT": "misc", "WORK_OF_ART": "misc", "LAW": "misc", "LANGUAGE": "misc"}


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    import pycountry

    try:
        pycountry.countries.lookup(name)
        return True
    except LookupError:
        return False


def crossre_type(label: str, name: str) -> str:
    if label == "GPE":
        return "country" if _is_country(name) else "location"
    return CROSSRE_TYPES.get(label, "misc")


def conll04_type(label: str, name: str) -> str:
    return CONLL04_TYPES.get(label, "Other")


SETS = {"conll04": (CONLL04_RELATIONS, conll04_type), "crossre": (CROSSRE_RELATIONS, crossre_type)}


def _item(doc: str, text: str, s1, s2, label, types) -> Item:
    return Item(doc, (tuple(s1), tuple(s2)), (label, *types), {}, f"{text[s1[0]:s1[1]]} → {text[s2[0]:s2[1]]}",
                sentence_around(text, min(s1[0], s2[0]), max(s1[1], s2[1])))


def gold_items(doc: dict) -> list[Item]:
    return [_item(doc["id"], doc["text"], f["subject"]["span"], f["object"]["span"], f["predicate"],
                  (f["subject"]["label"], f["object"]["label"])) for f in doc["facts"] if f["kind"] == "relation"]


def located(facts: list[dict], dataset: str) -> Iterator[tuple[dict, str, tuple[str, str], Span | None,
                                                                Span | None]]:
    """Each predicted relation the set has a label for: the fact, the set's label, the participants'
    types, and the subject and object spans (None where a participant is not located)."""
    relations, type_of = SETS[dataset]
    for f in facts:
        if f.get("kind") != "relation" or f["predicate"] not in relations or not f.get("object") or f["start"] < 0:
            continue
        types = (type_of(f["subject"]["label"], f["subject"]["name"]), type_of(f["object"]["label"], f["object"]["name"]))
        label = CONLL04_PLACE_ROLES.get((f["predicate"], types[1]), relations[f["predicate"]]) \
            if dataset == "conll04" else relations[f["predicate"]]
        yield (f, label, types, *participant_spans(f, facts))


def pred_items(doc: dict, facts: list[dict], dataset: str) -> list[Item]:
    items = []
    for f, label, types, subject, obj in located(facts, dataset):
        if subject and obj:
            items.append(_item(doc["id"], doc["text"], subject, obj, label, types))
        else:  # unlocatable: no gold pair has a negative span, so this can only be a false positive
            unplaced = Item(doc["id"], ((-1, -1), (-1, -1)), (label, *types), {},
                            f"{f['subject']['name']} → {f['object']['name']} (participants not located)",
                            sentence_around(doc["text"], f["start"], f["end"]))
            items.append(unplaced)
    return items


def _countries_as_locations(gold: list[Item], pred: list[Item]) -> list[Item]:
    """CrossRE 2.0's news extension has no ``country`` type (a country is a ``location`` there): where the gold
    relations never use it, a predicted country counts as a location."""
    if any("country" in i.label[1:] for i in gold):
        return pred
    return [Item(i.doc, i.spans, (i.label[0], *("location" if t == "country" else t for t in i.label[1:])), i.fields,
                 i.text, i.sentence) for i in pred]


def _untyped(items: list[Item]) -> list[Item]:
    return [Item(i.doc, i.spans, i.label[0], {}, i.text, i.sentence) for i in items]


def _as_set(items: list[Item]) -> list[Item]:
    """The items, each (document, argument spans, label) once: the first of any that repeat it."""
    seen, out = set(), []
    for item in items:
        key = (item.doc, item.spans, item.label)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def scorer(dataset: str):
    def score(docs: list[dict], predictions: dict) -> Scores:
        gold = _as_set([i for doc in docs for i in gold_items(doc)])  # CrossRE 2.0 news dev lists one twice
        pred = _as_set([i for doc in docs for i in pred_items(doc, predictions[doc["id"]][1], dataset)])
        if dataset == "crossre":
            pred = _countries_as_locations(gold, pred)
        scores = Scores()
        scores.add("relation-strict", match(gold, pred), describe=lambda i: " / ".join(i.label))
        scores.add("relation-boundaries", match(_untyped(gold), _untyped(pred)), errors=False)
        return scores

    return score
