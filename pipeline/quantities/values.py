"""Read the value of a number phrase: digits with separators, decimals, scales and number words.

Number words go through text2num (a maintained parser) rather than hand lists;
what it does not cover ("a dozen", "one and a half", "2bn") is handled here.
"""
from __future__ import annotations

import re

_DIGITS = re.compile(r"^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_EURO_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_DECIMAL = re.compile(r"^\d+\.\d+$")
_SUFFIXED = re.compile(r"^(?P<num>\d+(?:\.\d+)?)(?P<scale>k|m|mn|bn|b|tn)$", re.I)
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "thirds": 1 / 3, "quarters": 0.25}


_SLASH_FRACTION = re.compile(r"^(?P<num>\d)/(?P<den>[2-9]|10)$")


def parse_digits(text: str) -> float | None:
    text = text.replace("−", "-")
    fraction = _SLASH_FRACTION.match(text)
    if fraction and int(fraction.group("num")) < int(fraction.group("den")):
        return int(fraction.group("num")) / int(fraction.group("den"))  # "1/2 pound", "3/4 mile"
    if _EURO_THOUSANDS.match(text):  # "3.000" is three thousand, never 3
        return float(text.replace(".", ""))
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    return None


def _words_to_number(words: list[str]) -> float | None:
    from text_to_num import text2num

    phrase = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    try:
        return float(text2num(phrase, "en"))
    except ValueError:
        return None


def parse_value(words: list[str], scales: dict[str, float]) -> float | None:
    """The value of the words of one number ("1.5 million", "forty-five", "a dozen", "one and a half")."""
    words = [w for w in words if w and w.lower() != "of"]  # "hundreds of thousands"
    if not words:
        return None
    lowered = [w.lower() for w in words]
    scale = 1.0
    while lowered and lowered[-1] in scales:
        scale *= scales[lowered.pop()]
    if lowered and lowered[0] in {"a", "an"}:
        lowered = lowered[1:] or ["one"]
        if lowered == ["one"] and scale != 1.0:
            return scale
    if len(lowered) >= 2 and lowered[-1] in {"a", "an"} and lowered[-2] in _FRACTIONS and scale != 1.0:
        count = parse_value(lowered[:-2], {}) if len(lowered) > 2 else 1.0  # "a quarter of a million" (the "of"
        return count * _FRACTIONS[lowered[-2]] * scale if count is not None else None  # dropped above)
    # "one and a half", "two and a half", "two-and-a-half"
    plain = [w for w in lowered if w != "-"]
    if len(plain) >= 3 and plain[-2:] in (["a", "half"], ["a", "quarter"]) and plain[-3] == "and":
        head = parse_value(plain[:-3], {}) if len(plain) > 3 else None
        if head is not None:
            return (head + _FRACTIONS[plain[-1]]) * scale
    if len(lowered) == 1:
        match = _SUFFIXED.match(lowered[0])
        if match:
            return float(match.group("num")) * scales.get(match.group("scale").lower(), 1.0) * scale
        if scale != 1.0 and _DECIMAL.match(lowered[0]):
            return float(lowered[0]) * scale  # "2.408 billion" is a decimal before its scale, never 2,408
        digits = parse_digits(lowered[0])
        if digits is not None:
            return digits * scale
        if lowered[0] in _FRACTIONS:
            return _FRACTIONS[lowered[0]] * scale
    if not lowered:
        return scale if scale != 1.0 else None
    value = _words_to_number(lowered)
    return value * scale if value is not None else None
