"""Physical units through pint (pipeline/quantities/units.py), on words and sentences written for these tests."""
import pytest

from pipeline.quantities.units import PhysicalUnits, physical_name


@pytest.mark.parametrize(
    "word,symbol",
    [("drams", "dr"), ("hectopascals", "hPa"), ("fathoms", "fathom"), ("carats", "ct"), ("teaspoons", "tsp"),
     ("nautical_miles", "nmi"), ("micrograms", "ug"), ("kilonewtons", "kN")],
)
def test_physical_units_are_read_through_pint(word, symbol):
    assert PhysicalUnits([])(word) == symbol


@pytest.mark.parametrize(
    "word",
    ["sections", "points", "league", "has", "are", "in", "hours", "percent", "people", "dollars", "decibels"],
)
def test_nouns_symbols_times_and_dimensionless_units_are_not_physical_units(word):
    """Nouns pint knows as units (not_units), symbols written as words ("has": hectares), durations, shares,
    currencies and dimensionless units are left to the rules file or to nobody."""
    read = PhysicalUnits(["section", "point", "league", "are"])
    assert read(word) is None


@pytest.mark.parametrize(
    "symbol,name",
    [("km", "kilometre"), ("l", "litre"), ("kWh", "kilowatt hour"), ("dr", "dram"), ("nmi", "nautical mile"),
     ("kn", "knot"), ("GB", "gigabyte"), ("km2", None), ("zzz", None)],
)
def test_physical_names_of_symbols(symbol, name):
    assert physical_name(symbol) == name


@pytest.mark.slow
@pytest.mark.parametrize(
    "text,value,unit",
    [("The vet gave the dog 3 drams of the syrup.", 3, "dr"),
     ("The yacht held a steady 12 knots off the cape.", 12, "kn"),
     ("The storm's pressure fell to 950 hectopascals.", 950, "hPa"),
     ("The striker scored 3 points in the last 5 league games.", 3, None)],
)
def test_quantities_read_physical_units_the_list_lacks(run, text, value, unit):
    quantity = next(q for q in run(text)._.facts.quantities if q.value == pytest.approx(value))
    assert quantity.unit == unit
