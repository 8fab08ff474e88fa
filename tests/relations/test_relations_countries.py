"""``is_country``: ISO 3166 names and codes, and the names news writes."""
import pytest

from pipeline.relations.countries import is_country, is_region


@pytest.mark.parametrize("name,country", [
    ("Kenya", True), ("Niger", True), ("KEN", True), ("US", True),
    # a first name or a word spelled like a code in lower case is no country
    ("Ken", False), ("Can", False), ("Per", False),
    # "&" for "and" in a country's name; not a firm's
    ("Serbia & Montenegro", True), ("Trinidad & Tobago", True), ("Marks & Spencer", False),
])
def test_is_country_reads_codes_only_in_capitals(name, country):
    assert is_country(name) is country


@pytest.mark.parametrize("name,country", [
    # a two-letter code names a country only where news writes it so: "BT" is a company, not Bhutan
    ("US", True), ("BT", False), ("DZ", False), ("IT", False),
])
def test_is_country_two_letter_codes(name, country):
    assert is_country(name) is country


@pytest.mark.parametrize("name,region", [("Ohio", True), ("Kumamoto", True), ("Conn.", True), ("BT", False)])
def test_is_region_a_subdivision_not_a_country_s_code(name, region):
    assert is_region(name) is region
