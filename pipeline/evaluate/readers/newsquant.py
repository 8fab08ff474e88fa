"""NewsQuant (the CQE evaluation set): a JSON list of sentences, each with ``text`` and
``quantities``: ``change`` (=, ~, >, >=, <, <=, up, down), ``value`` (a number, or ``low-high``
for a range), ``unit``, ``normalized_unit`` and ``referred_concepts`` ("-" when none).
The set has no character offsets, so quantities are matched within their sentence."""
from __future__ import annotations

from pathlib import Path

from ..documents import gold_error, json_list_items, row, to_dataset

FIELDS = ("change", "value", "unit", "normalized_unit", "referred_concepts")


def parse_value(raw: object) -> tuple[float, float | None]:
    """A NewsQuant value: ``"12.5"`` is (12.5, None), ``"252.0-287.0"`` is (252.0, 287.0)."""
    text = str(raw).strip()
    head, sep, tail = text[1:].partition("-") if text else ("", "", "")
    if sep and "e" not in text.lower():
        return float(text[0] + head), float(tail)
    return float(text), None


def read(path: Path):
    rows = []
    for file, where, sentence in json_list_items(path, "NewsQuant"):
        if not isinstance(sentence, dict) or not isinstance(sentence.get("text"), str):
            raise gold_error(file, where, "a sentence needs a 'text' string")
        facts = []
        for q in sentence.get("quantities") or []:
            if not isinstance(q, dict) or any(k not in q for k in FIELDS):
                raise gold_error(file, where, f"a quantity needs the keys {', '.join(FIELDS)}")
            try:
                value, high = parse_value(q["value"])
            except ValueError:
                raise gold_error(file, where, f"value {q['value']!r} is not a number or range") from None
            facts.append({"kind": "quantity", "value": value, "high": high, "change": q["change"],
                          "unit": str(q["normalized_unit"]).lower(), "concepts": q["referred_concepts"]})
        rows.append(row(f"{file.stem}-{len(rows) + 1}", sentence["text"], facts))
    return to_dataset(rows)
