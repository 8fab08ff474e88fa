"""Scorers: one per kind of gold set. Each takes the gold documents and the predictions
(per document: the predicted text and facts on gold offsets) and returns a :class:`Scores`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..matching import Counts, Item, Match, field_counts


@dataclass
class Mismatch:
    metric: str
    what: str  # "miss", "false positive" or "wrong FIELD"
    doc: str
    text: str
    sentence: str
    detail: str = ""


@dataclass
class Scores:
    metrics: dict[str, Counts] = field(default_factory=dict)
    errors: list[Mismatch] = field(default_factory=list)

    def add(self, name: str, result: Match, *, describe=lambda item: "", errors: bool = True) -> None:
        """Counts of one matching; its misses and false positives are listed under ``name`` when ``errors``."""
        self.metrics[name] = result.counts()
        if not errors:
            return
        for item in result.misses:
            self.errors.append(Mismatch(name, "miss", item.doc, item.text, item.sentence, describe(item)))
        for item in result.false_positives:
            self.errors.append(Mismatch(name, "false positive", item.doc, item.text, item.sentence, describe(item)))

    def add_field(self, name: str, result: Match, field_name: str, **kwargs) -> None:
        counts, wrong = field_counts(result, field_name, **kwargs)
        self.metrics[name] = counts
        for g, p in wrong:
            detail = f"gold {g.fields.get(field_name)!r}, predicted {p.fields.get(field_name)!r}"
            self.errors.append(Mismatch(name, f"wrong {field_name}", g.doc, g.text, g.sentence, detail))


BOUNDARY = re.compile(r"(?<=[a-z0-9)\"'”’][.!?])[\"'”’)]*\s+|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) of ``text`` holding ``start..end``, found by punctuation and newlines."""
    if start < 0:
        return ""
    left = max((m.end() for m in BOUNDARY.finditer(text, 0, max(start, 0)) if m.end() <= start), default=0)
    right = next((m.start() for m in BOUNDARY.finditer(text, end) if m.start() >= end), len(text))
    return text[left:right].strip()


def span_item(doc: str, text: str, start: int, end: int, label=None, **fields) -> Item:
    return Item(doc, ((start, end),), label, fields, text[start:end] if start >= 0 else "",
                sentence_around(text, start, end))


def mention_items(doc: str, text: str, facts: list[dict], label_map=None) -> list[Item]:
    """One item per mention of each predicted entity; ``label_map`` renames labels (None drops the entity)."""
    items = []
    for fact in facts:
        if fact.get("kind") != "entity":
            continue
        label = label_map(fact["label"], fact["name"]) if label_map else fact["label"]
        if label is None:
            continue
        for s, e in fact.get("mentions") or [[fact["start"], fact["end"]]]:
            items.append(span_item(doc, text, s, e, label, name=fact["name"]))
    return items


def participant_spans(relation: dict, facts: list[dict]) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The subject and object mention spans of a predicted relation: the mentions of those
    entities inside the relation's evidence span (which runs from the first participant to the last)."""
    def inside(name: str | None, exclude=None):
        for fact in facts:
            if fact.get("kind") == "entity" and name is not None and fact["name"] == name:
                for s, e in fact.get("mentions") or []:
                    if relation["start"] <= s and e <= relation["end"] and (s, e) != exclude:
                        return s, e
        return None

    subject = inside(relation["subject"]["name"])
    obj = inside((relation.get("object") or {}).get("name"), exclude=subject)
    return subject, obj
