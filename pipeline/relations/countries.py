"""Is this place name a country? pycountry's ISO 3166 names plus the variants table."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def is_country(name: str) -> bool:
    import pycountry

    if name in {"United States", "United Kingdom", "Russia", "Iran", "Syria", "Venezuela", "Bolivia", "Vietnam",
                "South Korea", "North Korea", "Taiwan", "Laos", "Moldova", "Tanzania", "Palestine", "Kosovo"}:
        return True
    try:
        pycountry.countries.lookup(name)
        return True
    except LookupError:
        return False
