"""Is this place name a country, or a region that contains towns? pycountry's ISO 3166 names plus small tables."""
from __future__ import annotations

from functools import lru_cache

from ..data_files import data_path, read_json

#: Compass points, as words of where in a region a place lies ("Mohammadia, south-east Algeria") or of a region's
#: name ("Eastern Europe", "South East Asia").
COMPASS_POINTS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                            "north-east", "north-west", "south-east", "south-west", "central", "northern", "southern",
                            "eastern", "western"})


@lru_cache(maxsize=4096)
def is_country(name: str) -> bool:
    import pycountry

    if name in _country_names():
        return True
    if " & " in name:
        return is_country(name.replace(" & ", " and "))  # "Serbia & Montenegro", "Trinidad & Tobago"
    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        return False
    # a code names a country only in capitals ("KEN"): pycountry matches "Ken", "Can" and "Per" to Kenya, Canada, Peru;
    # and a two-letter one only where news writes it so ("US", not "BT")
    if name.upper() == country.alpha_2:
        return name in _country_codes()
    return name.isupper() or name.upper() != country.alpha_3


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    return frozenset(read_json(data_path("regions.json"))["country_codes"])


def is_joint_place(first: str, second: str) -> bool:
    """Two places named together as one country or one jurisdiction ("Trinidad and Tobago", "England and Wales")."""
    pair = f"{first} and {second}"
    return is_country(pair) or pair in _joint_places()


@lru_cache(maxsize=1)
def _joint_places() -> frozenset[str]:
    return frozenset(read_json(data_path("regions.json"))["joint_places"])


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Countries as news writes them where ISO 3166 writes them otherwise (regions.json "country_names")."""
    return frozenset(read_json(data_path("regions.json"))["country_names"])


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(read_json(data_path("regions.json"))["abbreviations"])


def _is_state_abbreviation(name: str) -> bool:
    """A US state's AP abbreviation, with or without its full stop ("Conn.", "Conn")."""
    return name in _abbreviations() or name.rstrip(".") + "." in _abbreviations()


@lru_cache(maxsize=4096)
def is_region(name: str) -> bool:
    """A country, an ISO 3166-2 subdivision ("Ohio", "Kumamoto", "Ontario") or a US state's AP abbreviation."""
    import pycountry

    if is_country(name) or _is_state_abbreviation(name):
        return True
    try:
        found = pycountry.subdivisions.lookup(name)
    except LookupError:
        return False
    return not isinstance(found, (set, frozenset, list))  # (a country's code looks up all its subdivisions: "BT")


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions.get(country_code="US"))


def is_national_side(name: str) -> bool:
    """A country or one of the United Kingdom's nations (regions.json home_nations): a side in international sport."""
    return is_country(name) or name in _home_nations()


@lru_cache(maxsize=1)
def _home_nations() -> frozenset[str]:
    return frozenset(read_json(data_path("regions.json"))["home_nations"])


@lru_cache(maxsize=4096)
def is_state_or_country(name: str) -> bool:
    """A country, a US state ("Idaho") or a US state's AP abbreviation ("Conn."): what a dateline or a "Town,
    State" phrase writes after a town."""
    return is_country(name) or name in _us_states() or _is_state_abbreviation(name)
