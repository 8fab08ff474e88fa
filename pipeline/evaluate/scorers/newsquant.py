"""NewsQuant, as the CQE paper scores it: within each sentence, predicted quantities are paired
one to one with gold ones of the same value (a range matches a range with both ends equal),
preferring a pair whose unit agrees. ``value`` counts the pairs; ``value+unit``,
``value+change``, ``value+concept-partial`` (a concept word in common) and
``value+concept-complete`` (the same concept words) count the pairs where that also agrees.
Precision is over all predicted quantities, recall over all gold ones.

CQE's script lets one prediction count for several gold quantities; pairing one to one is
stricter and cannot reward duplicates."""
from __future__ import annotations

import math
import re

from ..matching import Counts
from . import Mismatch, Scores

QUALIFIER_TO_CHANGE = {
    "exact": "=", "range": "=", "approximate": "~", "more_than": ">", "at_least": ">=", "less_than": "<",
    "at_most": "<=", "increase": "up", "decrease": "down",
}
UNIT_NAMES = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "CNY": "yuan", "INR": "rupee", "CHF": "franc",
    "percent": "percentage", "km": "kilometre", "m": "metre", "cm": "centimetre", "mm": "millimetre",
    "mi": "mile", "ft": "foot", "kg": "kilogram", "g": "gram", "t": "tonne", "lb": "pound-mass",
    "degC": "degree celsius", "degF": "degree fahrenheit", "km/h": "kilometre per hour", "mph": "mile per hour",
    "l": "litre", "bbl": "barrel", "MW": "megawatt", "GW": "gigawatt", "kWh": "kilowatt hour",
}
METRICS = ("value", "value+unit", "value+change", "value+concept-partial", "value+concept-complete")


def concept_words(text: str | None) -> set[str]:
    return {w.lower() for w in re.split(r"[,\s]+", text or "-") if w}


def from_prediction(fact: dict) -> dict:
    unit = fact.get("unit")
    agent = (fact.get("agent") or {}).get("name")
    return {"value": fact["value"], "high": fact.get("high"), "text": fact.get("text", ""),
            "change": QUALIFIER_TO_CHANGE.get(fact.get("qualifier", "exact"), "="),
            "unit": (UNIT_NAMES.get(unit, unit) if unit else fact.get("counted") or "-").lower(),
            "concepts": agent or "-"}


def _same_number(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def same_value(gold: dict, pred: dict) -> bool:
    return _same_number(gold["value"], pred["value"]) and _same_number(gold["high"], pred["high"])


def pair(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    free, pairs = list(pred), []
    for g in gold:
        candidates = [p for p in free if same_value(g, p)]
        if candidates:
            best = next((p for p in candidates if p["unit"] == g["unit"]), candidates[0])
            free.remove(best)
            pairs.append((g, best))
    return pairs


def score(docs: list[dict], predictions: dict) -> Scores:
    counts = {m: Counts() for m in METRICS}
    scores = Scores()
    for doc in docs:
        gold = [f for f in doc["facts"] if f["kind"] == "quantity"]
        pred = [from_prediction(f) for f in predictions[doc["id"]][1] if f.get("kind") == "quantity"]
        pairs = pair(gold, pred)
        checks = {
            "value": lambda g, p: True,
            "value+unit": lambda g, p: g["unit"] == p["unit"],
            "value+change": lambda g, p: g["change"] == p["change"],
            "value+concept-partial": lambda g, p: bool(concept_words(g["concepts"]) & concept_words(p["concepts"])),
            "value+concept-complete": lambda g, p: concept_words(g["concepts"]) == concept_words(p["concepts"]),
        }
        for name, check in checks.items():
            counts[name] += Counts(sum(1 for g, p in pairs if check(g, p)), len(pred), len(gold))
        paired_gold = [id(g) for g, _ in pairs]
        paired_pred = [id(p) for _, p in pairs]
        for g in gold:
            if id(g) not in paired_gold:
                scores.errors.append(Mismatch("value", "miss", doc["id"], _show(g), doc["text"], g["unit"]))
        for p in pred:
            if id(p) not in paired_pred:
                scores.errors.append(Mismatch("value", "false positive", doc["id"], _show(p), doc["text"], p["unit"]))
        for g, p in pairs:
            if g["unit"] != p["unit"]:
                detail = f"gold {g['unit']!r}, predicted {p['unit']!r}"
                scores.errors.append(Mismatch("value+unit", "wrong unit", doc["id"], _show(g), doc["text"], detail))
    scores.metrics.update(counts)
    return scores


def _show(q: dict) -> str:
    value = f"{q['value']:g}" + (f"-{q['high']:g}" if q.get("high") is not None else "")
    return f"{q['change']} {value}"
