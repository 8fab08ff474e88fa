"""NewsQuant: the set's JSON array of ``{"text", "quantities": [{"change", "value", "unit",
"normalized_unit", "referred_concepts"}]}``, one file per gold file, written as the set is
(2-space indent, non-ASCII kept). Quantities are the scorer's (``scorers.newsquant.from_prediction``);
the value is a number or ``low-high``; ``unit`` repeats the normalized unit (the pipeline keeps
no surface form apart from it, and the metrics use the normalized one)."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from ..scorers.newsquant import from_prediction
from .common import Saved, by_file

FIELDS = ("value", "high", "change", "unit", "concepts")


def facts(doc: dict, predicted: tuple[str, list[dict]]) -> list[dict]:
    found = []
    for fact in predicted[1]:
        if fact.get("kind") == "quantity":
            quantity = from_prediction(fact)
            found.append({"kind": "quantity", **{key: quantity[key] for key in FIELDS}})
    return found


def _number(value: float) -> str:
    """A float as the set writes it ("4.0", "12.5"), never in exponent notation."""
    return format(Decimal(repr(float(value))), "f")


def _quantity(fact: dict) -> dict:
    value = _number(fact["value"]) + (f"-{_number(fact['high'])}" if fact.get("high") is not None else "")
    return {"change": fact["change"], "value": value, "unit": fact["unit"], "normalized_unit": fact["unit"],
            "referred_concepts": fact["concepts"]}


def write(rows: list[dict], out: Path, gold: Path) -> Saved:
    written = []
    for stem, docs in by_file(rows, "NewsQuant").items():
        items = [{"text": doc["text"], "quantities": [_quantity(f) for f in doc["facts"] if f["kind"] == "quantity"]}
                 for _, doc in docs]
        path = out / f"{stem}.json"
        path.write_text(json.dumps(items, indent=2, ensure_ascii=False), encoding="utf8")
        written.append(path)
    return Saved(written)
