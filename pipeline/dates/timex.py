"""Our date values in TimeML's TIMEX3 encoding, for scoring and writing TimeML files.

The output contract keeps an ISO 8601 value at the expression's granularity and ``null`` for what it
cannot place ("recent years", "now"). TimeML encodes the same readings differently, and only the
encoding changes here, never the reading:

- an unplaced plural period is an unspecified duration ("several years", "weeks": ``PXY``, ``PXW``), unless
  it is placed only as recent, present or coming and not counted ("recent years", "these days", "coming
  months": ``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF``; "the past few months": ``PXM``);
- an unplaced reference to the past, present or future is ``PAST_REF``, ``PRESENT_REF`` or ``FUTURE_REF``
  ("recently", "these days", "the near future");
- a recurrence is a ``SET``: "every week", "daily" (``P1W``, ``P1D``), "every two years" (``P2Y``), "each
  Thursday" (``XXXX-WXX-4``), "each July" (``XXXX-07``);
- a day read with a part of the day carries it in the value ("this morning": ``2026-02-17TMO``), as does
  a week read as its weekend ("last weekend": ``2026-W07-WE``); the type is TIME, but DATE where a weekday
  is named ("Friday night"), as TimeBank and AQUAINT mostly type it (20 of 26).
"""
from __future__ import annotations

import re

from .normalize import ORDINALS, SEASONS, holidays

__all__ = ["timex3"]

PLURAL_UNITS = {"minutes": "TXM", "hours": "TXH", "days": "XD", "weeks": "XW", "months": "XM", "quarters": "XQ",
                "years": "XY", "decades": "XE", "centuries": "XC"}
REFERENCES = (("PRESENT_REF", r"now|nowadays|currently|current|present|these days|at the moment|right now"),
              ("FUTURE_REF", r"future|coming|soon|upcoming|ahead|near term|later"),
              ("PAST_REF", r"recent|recently|past|previously|former|formerly|once|earlier|ago|last"))
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI"}
TYPES = {"time": "TIME", "duration": "DURATION"}
#: Words that place an unspecified period in the past, present or future ("recent years": PAST_REF).
PLACING = (("PRESENT_REF", {"these", "current"}), ("FUTURE_REF", {"coming", "future", "upcoming"}),
           ("PAST_REF", {"recent", "recently", "past"}))
#: Words that make "days" a past era, not a number of days ("his days with Wham!", "in the early days").
PAST_ERAS = frozenset({"those", "his", "her", "their", "my", "our", "early", "old", "olden", "good", "glory", "heady",
                       "halcyon", "salad", "bad"})
FREQUENCIES = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "quarterly": "P1Q",
               "annually": "P1Y", "yearly": "P1Y", "annual": "P1Y", "hourly": "PT1H"}
SET_UNITS = {"minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W", "month": "M", "quarter": "Q",
             "year": "Y"}
AMOUNTS = {"": 1, "other": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS_NAMED = set(WEEKDAYS)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")


def timex3(text: str, value: str | None, granularity: str) -> tuple[str, str | None]:
    """The TIMEX3 ``type`` and ``value`` of a date fact: its ``text``, ``value`` and ``granularity``."""
    words = re.findall(r"[a-z]+", text.lower())
    recurrence = _set_value(words)
    if recurrence is not None:
        return "SET", recurrence
    if value is None:
        unit = next((PLURAL_UNITS[w] for w in reversed(words) if w in PLURAL_UNITS), None)
        placed = next((ref for ref, placing in PLACING if placing.intersection(words)), None)
        counted = {"few", "several", "many"}.intersection(words)  # "the next few days": a duration
        if unit is not None and placed is not None and "ago" not in words and not counted:
            return "DATE", placed
        if words[-1:] == ["days"] and PAST_ERAS & set(words) and set(words) <= PAST_ERAS | {"the", "days"} \
                and set(words) - {"early", "days"}:
            return "DATE", "PAST_REF"  # "in his days with the band", "the early days", "those days": a past era (not
            # "it is early days for the project": too soon to tell)
        if unit is not None and "ago" not in words:
            return "DURATION", f"P{unit}"
        unanchored = _unanchored_value(text, words)
        if unanchored is not None:
            return unanchored
        joined = " ".join(words)
        for reference, pattern in REFERENCES:
            if re.search(rf"\b(?:{pattern})\b", joined):
                return "DATE", reference
        return TYPES.get(granularity, "DATE"), None
    part = next((PARTS_OF_DAY[w] for w in words if w in PARTS_OF_DAY), None)
    if part and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # a named day's part is a DATE, as TimeBank types it
        return "DATE" if WEEKDAYS_NAMED.intersection(words) else "TIME", f"{value}T{part}"
    if "weekend" in words and re.fullmatch(r"\d{4}-W\d{2}", value):
        return "DATE", f"{value}-WE"
    return TYPES.get(granularity, "DATE"), value


def _unanchored_value(text: str, words: list[str]) -> tuple[str, str] | None:
    """TIMEX3's underspecified value of a named day, month or clock time the article gives no date to place
    (an article with no publication date): "Monday" ``XXXX-WXX-1``, "Sunday night" ``XXXX-WXX-7TNI``, "this weekend"
    ``XXXX-WXX-WE``, "30 September" ``XXXX-09-30``, "last September" ``XXXX-09``, "1700 GMT" ``XXXX-XX-XXT17:00``,
    "the first quarter" ``XXXX-Q1``, "late winter" ``XXXX-WI``;
    None where the words name a period counted, placed otherwise or none in particular ("recent weeks", "the past few
    months", "after a weekend of talks", "their weekend afternoon slot"); "a third quarter" is the third quarter."""
    if len(words) == 3 and words[0] in {"a", "an"} and words[1] in ORDINALS and words[2] == "quarter":
        words = words[1:]
    if len(words) == 2 and words[0] == "a" and words[1] in WEEKDAYS_NAMED:
        words = words[1:]  # "on a Sunday": that weekday, unplaced
    if {"few", "several", "many", "ago", "recent", "past", "coming", "a", "an", "their", "his", "her", "its", "our",
            "my", "your"}.intersection(words) \
            or any(w in PLURAL_UNITS for w in words):
        return None
    fixed = _fixed_holiday(words)
    if fixed is not None:
        return "DATE", f"XXXX-{fixed}"  # "Christmas", "Boxing Day": a holiday on a fixed day, its year unknown
    months = [MONTHS.index(w) + 1 for w in words if w in MONTHS]
    if len(months) > 1 or re.search(r"\d\s*[-–]\s*\d", text):
        return None  # a span of months or days: "June-July", "20-30 January"
    day = re.search(r"\b([12]?\d|3[01])(?:st|nd|rd|th)?\b", text) if months else None
    if months and day is not None and int(day.group(1)) > 0:  # "Tuesday 9 November": the date
        return "DATE", f"XXXX-{months[0]:02d}-{int(day.group(1)):02d}"
    part = next((PARTS_OF_DAY[w] for w in words if w in PARTS_OF_DAY), None)
    weekday = next((WEEKDAYS.index(w) + 1 for w in words if w in WEEKDAYS_NAMED), None)
    if weekday is not None:
        return "DATE", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")
    if "weekend" in words:
        return "DATE", "XXXX-WXX-WE"
    if months:
        return "DATE", f"XXXX-{months[0]:02d}"
    quarter = next((ORDINALS[w] for w in words if w in ORDINALS), None)
    if quarter is not None and any(w in {"quarter", "quarters"} for w in words) and len(words) <= 4:
        return "DATE", f"XXXX-Q{quarter}"  # "the first quarter", "third-quarter"
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    if season is not None and set(words) - set(SEASONS) <= {"the", "this", "last", "next", "early", "late", "mid",
                                                             "season"}:
        return "DATE", f"XXXX-{season}"  # "late winter", "this summer" (not "the nuclear winter")
    clock = re.fullmatch(r"\s*([01]\d|2[0-3]):?([0-5]\d)\s*(?:GMT|BST|UTC|hours|hrs|h)?\s*", text)
    if clock is not None:
        return "TIME", f"XXXX-XX-XXT{clock.group(1)}:{clock.group(2)}"
    clock = re.fullmatch(r"\s*(?:at\s+)?(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?m\.?\s*", text, re.IGNORECASE)
    if clock is not None:  # "3am", "5.30 pm": the hour on a 24-hour clock
        hour = int(clock.group(1)) % 12 + (12 if clock.group(3).lower() == "p" else 0)
        return "TIME", f"XXXX-XX-XXT{hour:02d}:{clock.group(2) or '00'}"
    return None


def _fixed_holiday(words: list[str]) -> str | None:
    """The "MM-DD" of a holiday on a fixed day (dates.json holidays: "christmas" 12-25), its name the words' last
    ones ("on Boxing Day", "this Christmas"); None for one that moves (Easter, Thanksgiving) or no holiday."""
    for size in (3, 2, 1):
        rule = holidays().get(" ".join(words[-size:])) if len(words) >= size else None
        if isinstance(rule, str) and re.fullmatch(r"\d{2}-\d{2}", rule):
            return rule
    return None


def _set_value(words: list[str]) -> str | None:
    """The TIMEX3 value of a recurrence ("every week": ``P1W``, "daily": ``P1D``, "each Thursday":
    ``XXXX-WXX-4``), None for anything else ("each of the past three years" is a duration)."""
    if len(words) == 1 and words[0] in FREQUENCIES:
        return FREQUENCIES[words[0]]
    if len(words) < 2 or words[0] not in {"every", "each"} or words[1] == "of":
        return None
    rest = re.sub(r"^single ", "", " ".join(words[1:]))  # "every single day"
    rest = re.sub(r"^(day|night) of the (?:week|month|year)$", r"\1", rest)  # "every day of the week"
    match = re.fullmatch(r"(?:(other|two|three|four|five|six|ten) )?([a-z]+?)s?", rest)
    if match and match.group(2) in SET_UNITS:
        return f"P{'T' if SET_UNITS[match.group(2)].startswith('T') else ''}{AMOUNTS[match.group(1) or '']}" \
               f"{SET_UNITS[match.group(2)][-1]}"
    if match and match.group(2) in WEEKDAYS:
        return f"XXXX-WXX-{WEEKDAYS.index(match.group(2)) + 1}"
    if match and match.group(2) in MONTHS:
        return f"XXXX-{MONTHS.index(match.group(2)) + 1:02d}"
    return None
