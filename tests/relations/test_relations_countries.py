"""``is_country``: ISO 3166 names and codes, and the names news writes."""
import pytest

from pipeline.relations.countries import is_country


@pytest.mark.parametrize("name,country", [
    ("Kenya", True), ("Niger", True), ("KEN", True), ("US", True),
    # a first name or a word spelled like a code in lower case is no country
    ("Ken", False), ("Can", False), ("Per", False),
])
def test_is_country_reads_codes_only_in_capitals(name, country):
    assert is_country(name) is country
