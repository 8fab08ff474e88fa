"""Matching predictions to gold: exact and overlap span match, one to one, and P/R/F1 counts.

An :class:`Item` is one thing to score (an entity mention, a quote, a relation…): its
document, its character spans (several for a discontinuous span, none for a fact that
is matched on its label alone), a ``label`` that must agree for a match, and the
``fields`` scored once the item is matched.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Iterable

Span = tuple[int, int]


@dataclass
class Counts:
    """True positives against the number of predictions and of gold items."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.pred + other.pred, self.gold + other.gold)


@dataclass(frozen=True)
class Item:
    doc: str
    spans: tuple[Span, ...]
    label: object = None
    fields: dict = field(default_factory=dict, compare=False, hash=False)
    text: str = field(default="", compare=False)
    sentence: str = field(default="", compare=False)


@dataclass
class Match:
    """The outcome of matching one list of gold items against one of predictions."""

    pairs: list[tuple[Item, Item]]
    misses: list[Item]
    false_positives: list[Item]
    n_pred: int
    n_gold: int

    def counts(self) -> Counts:
        return Counts(len(self.pairs), self.n_pred, self.n_gold)


def overlap(a: Iterable[Span], b: Iterable[Span]) -> int:
    """Characters shared by two (possibly discontinuous) spans."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _iou(a: tuple[Span, ...], b: tuple[Span, ...]) -> float:
    shared = overlap(a, b)
    size = sum(e - s for s, e in a) + sum(e - s for s, e in b) - shared
    return shared / size if size else 1.0


def match(gold: list[Item], pred: list[Item], mode: str = "exact") -> Match:
    """Pair gold and predicted items one to one.

    ``exact``: same document, spans and label. ``overlap``: same document and label and
    at least one shared character; pairs are taken greedily by how well they cover each
    other (shared characters over the union), so an exact pair always wins and a short
    quote nested in a long one pairs with its own gold counterpart.
    """
    if mode not in {"exact", "overlap"}:
        raise ValueError(f"unknown match mode {mode!r}")
    taken_gold: set[int] = set()
    taken_pred: set[int] = set()
    pairs: list[tuple[Item, Item]] = []
    if mode == "exact":
        free: dict[Item, list[int]] = {}
        for n, item in enumerate(pred):
            free.setdefault(item, []).append(n)
        for k, g in enumerate(gold):
            if free.get(g):
                n = free[g].pop(0)
                pairs.append((g, pred[n]))
                taken_gold.add(k)
                taken_pred.add(n)
    else:
        by_key: dict[tuple, list[int]] = {}
        for n, item in enumerate(pred):
            by_key.setdefault((item.doc, item.label), []).append(n)
        candidates = []
        for k, g in enumerate(gold):
            for n in by_key.get((g.doc, g.label), []):
                if overlap(g.spans, pred[n].spans) > 0:
                    candidates.append((-_iou(g.spans, pred[n].spans), k, n))
        for _, k, n in sorted(candidates):
            if k not in taken_gold and n not in taken_pred:
                pairs.append((gold[k], pred[n]))
                taken_gold.add(k)
                taken_pred.add(n)
        pairs.sort(key=lambda pair: (pair[0].doc, pair[0].spans))
    misses = [g for k, g in enumerate(gold) if k not in taken_gold]
    false_positives = [p for n, p in enumerate(pred) if n not in taken_pred]
    return Match(pairs, misses, false_positives, len(pred), len(gold))


def same_value(a: object, b: object) -> bool:
    """Field equality for scoring: numbers within 1e-6 relative, strings ignoring case and spaces."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    if isinstance(a, str) and isinstance(b, str):
        return " ".join(a.casefold().split()) == " ".join(b.casefold().split())
    return a == b


def field_counts(result: Match, name: str, equal: Callable[[object, object], bool] = same_value) -> tuple[Counts, list]:
    """Counts for one field: a matched pair counts when its gold and predicted values agree.

    Precision is over all predictions and recall over all gold items, so a field score
    is never above the span score it rests on. Returns the counts and the disagreeing pairs.
    """
    wrong = [(g, p) for g, p in result.pairs if not equal(g.fields.get(name), p.fields.get(name))]
    return Counts(len(result.pairs) - len(wrong), result.n_pred, result.n_gold), wrong
