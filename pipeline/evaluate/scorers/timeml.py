"""TempEval-3 temporal expressions: ``extraction-strict`` (the same span), ``extraction-relaxed``
(a shared character) and ``value`` (relaxed pairs whose normalised value agrees; precision over
all predictions and recall over all gold expressions, i.e. relaxed F1 times value accuracy, as
TempEval-3 reported it). The document creation time is context, not a gold expression.

Predicted values are compared in TimeML's encoding (``pipeline.dates.timex.timex3``), a mapping of
conventions only: what our output leaves unplaced (``null``) TimeML writes as an unspecified duration
("recent years": ``PXY``) or as ``PAST_REF``, ``PRESENT_REF`` or ``FUTURE_REF``, and a day read with its
part of the day or a week read as its weekend carries that in the value ("this morning":
``2026-02-17TMO``, "the weekend": ``2026-W07-WE``); a prediction in schema 1.3 or later carries that
encoding itself (``timex_type``, ``timex_value``). Spans are ours as they are: the dates stage
already takes TimeML's extent (the determiner in, a leading "just" out). The writer
(``writers/timeml.py``) writes the same values.

Per TIMEX3 type (``DATE``, ``TIME``, ``DURATION``, ``SET``): ``extraction-strict.TYPE``,
``extraction-relaxed.TYPE`` and ``value.TYPE`` score the gold expressions of that type against the
predictions given that type, so a prediction of the wrong type counts as a false positive in its own
type and a miss in the gold one; the overall metrics above ignore the type, as TempEval-3's do.

Values are compared in one notation where the two gold sets write the same period two ways
(:func:`canonical_value`): AQUAINT writes weeks without their leading zero (``2000-W7``, TimeBank
``1998-W08``) and decades with a trailing X (``199X``, TimeBank ``199``). TempEval-3's own scorer compares
the strings as written; on AQUAINT that costs 9 values of 579."""
from __future__ import annotations

import re

from ...dates.timex import timex3
from ..matching import field_counts, match
from . import Scores, span_item

TYPES = ("DATE", "TIME", "DURATION", "SET")


def items(doc: str, text: str, facts: list[dict]):
    return [span_item(doc, text, f["start"], f["end"], value=canonical_value(f.get("value")), type=f.get("type"))
            for f in facts if f.get("kind") == "date"]


def canonical_value(value: str | None) -> str | None:
    """A TIMEX3 value in one notation: a week number with its leading zero ("2000-W7": "2000-W07") and a
    decade without a trailing X ("199X": "199"); anything else as it is."""
    if value is None:
        return None
    value = re.sub(r"(?<=-W)(\d)(?!\d)", r"0\1", value)
    return value[:3] if re.fullmatch(r"\d{3}X", value) else value


def predicted_timex(text: str, fact: dict) -> tuple[str, str | None]:
    """A predicted date's TIMEX3 type and value: its own (schema 1.3), else mapped from its ISO value."""
    if fact.get("timex_value") is not None:
        return fact["timex_type"], fact.get("timex_value")
    span = text[fact["start"]:fact["end"]] if fact["start"] >= 0 else ""
    return timex3(span, fact.get("value"), fact.get("granularity") or "")


def predicted_value(text: str, fact: dict) -> str | None:
    """A predicted date's value in TimeML's encoding."""
    return predicted_timex(text, fact)[1]


def score(docs: list[dict], predictions: dict) -> Scores:
    gold, pred = [], []
    for doc in docs:
        gold += items(doc["id"], doc["text"], doc["facts"])
        text, facts = predictions[doc["id"]]
        pred += items(doc["id"], doc["text"], [{**f, "type": kind, "value": value} for f in facts
                                               if f.get("kind") == "date"
                                               for kind, value in [predicted_timex(doc["text"], f)]])
    scores = Scores()
    scores.add("extraction-strict", match(gold, pred, "exact"), errors=False)
    relaxed = match(gold, pred, "overlap")
    scores.add("extraction-relaxed", relaxed)
    scores.add_field("value", relaxed, "value")
    for kind in TYPES:
        gold_kind, pred_kind = [g for g in gold if g.fields["type"] == kind], [p for p in pred if p.fields["type"] == kind]
        scores.metrics[f"extraction-strict.{kind}"] = match(gold_kind, pred_kind, "exact").counts()
        relaxed_kind = match(gold_kind, pred_kind, "overlap")
        scores.metrics[f"extraction-relaxed.{kind}"] = relaxed_kind.counts()
        scores.metrics[f"value.{kind}"] = field_counts(relaxed_kind, "value")[0]
    return scores
