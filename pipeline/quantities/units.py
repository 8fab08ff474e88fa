"""Physical units through pint, a maintained units library.

The rules file lists the units as news writes them ("per cent", "sq ft", "mpg", lower-case "kwh" and "mb",
which pint reads as other units or not at all) with the project's symbol for each. A physical unit that list
does not name ("5 drams", "30 knots", "1,013 hectopascals") is read through pint's registry and written as
pint's symbol ("dr", "kn", "hPa"); pint also gives a symbol's name ("km" -> "kilometre"). Only the
dimensions news measures count (length, mass, area, volume, speed, temperature, power, energy, pressure,
force, frequency; times are durations, read apart), and never the words of ``not_units``, which pint knows
as units but news uses as nouns ("35 sections", "3 points", "68 league games").
"""
from __future__ import annotations

from functools import lru_cache

#: The units of a length of time as the quantities stage writes them; an age's ("a 30-year-old") is one more.
LENGTHS_OF_TIME = frozenset({"s", "min", "h", "d", "wk", "mo", "yr"})
DURATION_UNITS = LENGTHS_OF_TIME | {"yr_age"}
#: Lengths of time in seconds (a month and a year on average), to write one length in another's unit: a compound
#: length in its smaller unit, a range's lower end in its upper end's ("between six months and two years": 0.5 to 2).
SECONDS_IN = {"s": 1, "min": 60, "h": 3600, "d": 86400, "wk": 604800, "mo": 2629746, "yr": 31556952}


def in_unit(value: float, unit: str, other: str) -> float | None:
    """``value`` of length-of-time ``unit`` written in ``other`` (None where either is no length of time)."""
    if unit not in SECONDS_IN or other not in SECONDS_IN:
        return None
    return value * SECONDS_IN[unit] / SECONDS_IN[other]

PHYSICAL = frozenset({
    "[length]", "[mass]", "[length] ** 2", "[length] ** 3", "[length] / [time]", "[length] / [time] ** 2",
    "[temperature]", "[mass] * [length] ** 2 / [time] ** 3", "[mass] * [length] ** 2 / [time] ** 2",
    "[mass] / [length] / [time] ** 2", "[mass] * [length] / [time] ** 2", "1 / [time]",
})
BRITISH = (("meter", "metre"), ("liter", "litre"))  # the set's names (quantulum3's) spell them the British way


@lru_cache(maxsize=1)
def registry():
    """pint's default registry, built once per process on first use (about a second)."""
    import pint

    return pint.UnitRegistry()


def _parse(word: str):
    try:
        return registry().parse_units(word)
    except Exception:  # pint raises several kinds for a word that is not a unit  # noqa: BLE001
        return None


@lru_cache(maxsize=None)
def physical_name(symbol: str) -> str | None:
    """The name of a single unit's symbol ("km" -> "kilometre", "kn" -> "knot"); None for anything else."""
    unit = _parse(symbol)
    if unit is None or any(c in str(unit) for c in " */"):
        return None  # "km2" is kilometer ** 2: a compound, named by the caller's own table
    name = str(unit).replace("_", " ")
    for american, british in BRITISH:
        name = name.replace(american, british)
    return name


class PhysicalUnits:
    """The symbol of a physical unit written as a word after a number, through pint; None when it is none."""

    def __init__(self, not_units: list[str]) -> None:
        self.not_units = frozenset(w.lower() for w in not_units)
        self._excluded: frozenset[str] | None = None
        self._seen: dict[str, str | None] = {}

    def excluded(self) -> frozenset[str]:
        """The units ``not_units`` name, by pint's name for them (so "sections" is "section" too)."""
        if self._excluded is None:
            self._excluded = frozenset(str(u) for u in map(_parse, self.not_units) if u is not None)
        return self._excluded

    def __call__(self, word: str) -> str | None:
        word = word.lower()
        if word not in self._seen:
            self._seen[word] = self._read(word)
        return self._seen[word]

    def _read(self, word: str) -> str | None:
        if len(word) < 3 or not word.replace("_", "").isalpha() or word in self.not_units:
            return None  # "a" is a year, "in" an inch, "at" an atmosphere to pint
        unit = _parse(word)
        if unit is None or str(unit.dimensionality) not in PHYSICAL or str(unit) in self.excluded():
            return None
        symbol = f"{unit:~}".replace(" ", "")
        if symbol != str(unit) and word in {symbol.lower(), symbol.lower() + "s"}:
            return None  # a symbol written as a word, or its plural: "has" is no number of hectares
        return symbol.replace("µ", "u")
