"""Our date values in TimeML's TIMEX3 encoding, for scoring and writing TimeML files.

The output contract keeps an ISO 8601 value at the expression's granularity and ``null`` for what it
cannot place ("recent years", "now"). TimeML encodes the same readings differently, and only the
encoding changes here, never the reading:

- an unplaced plural period is an unspecified duration ("recent years", "weeks": ``PXY``, ``PXW``);
- an unplaced reference to the past, present or future is ``PAST_REF``, ``PRESENT_REF`` or ``FUTURE_REF``
  ("recently", "these days", "the near future");
- a day read with a part of the day carries it in the value ("this morning": ``2026-02-17TMO``), as does
  a week read as its weekend ("last weekend": ``2026-W07-WE``).
"""
from __future__ import annotations

import re

__all__ = ["timex3"]

PLURAL_UNITS = {"minutes": "TXM", "hours": "TXH", "days": "XD", "weeks": "XW", "months": "XM", "quarters": "XQ",
                "years": "XY", "decades": "XE", "centuries": "XC"}
REFERENCES = (("PRESENT_REF", r"now|nowadays|currently|current|present|these days|at the moment|right now"),
              ("FUTURE_REF", r"future|coming|soon|upcoming|ahead|near term|later"),
              ("PAST_REF", r"recent|recently|past|previously|former|formerly|once|earlier|ago|last"))
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI"}
TYPES = {"time": "TIME", "duration": "DURATION"}


def timex3(text: str, value: str | None, granularity: str) -> tuple[str, str | None]:
    """The TIMEX3 ``type`` and ``value`` of a date fact: its ``text``, ``value`` and ``granularity``."""
    words = re.findall(r"[a-z]+", text.lower())
    if value is None:
        unit = next((PLURAL_UNITS[w] for w in reversed(words) if w in PLURAL_UNITS), None)
        if unit is not None and "ago" not in words:
            return "DURATION", f"P{unit}"
        joined = " ".join(words)
        for reference, pattern in REFERENCES:
            if re.search(rf"\b(?:{pattern})\b", joined):
                return "DATE", reference
        return TYPES.get(granularity, "DATE"), None
    part = next((PARTS_OF_DAY[w] for w in words if w in PARTS_OF_DAY), None)
    if part and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "TIME", f"{value}T{part}"
    if "weekend" in words and re.fullmatch(r"\d{4}-W\d{2}", value):
        return "DATE", f"{value}-WE"
    return TYPES.get(granularity, "DATE"), value
