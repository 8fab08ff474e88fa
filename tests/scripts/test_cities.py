"""scripts/cities.py: which GeoNames cities become pipeline/data/cities.json."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import cities  # noqa: E402


def test_city_names_keep_large_cities_written_as_names_and_leave_first_names_out():
    geonames = {
        "1": {"name": "Guadalajara", "population": 1_500_000},
        "2": {"name": "Baton Rouge", "population": 220_000},
        "3": {"name": "Tinytown", "population": 20_000},  # under the threshold
        "4": {"name": "Florence", "population": 380_000},  # a first name as often as a town
        "5": {"name": "6th of October City", "population": 200_000},  # not written as a name
    }
    assert cities.city_names(geonames, 100_000, {"Florence"}) == ["Baton Rouge", "Guadalajara"]


def test_the_committed_list_is_what_the_merge_reads():
    data = json.loads((ROOT / "pipeline" / "data" / "cities.json").read_text(encoding="utf8"))
    assert "Guadalajara" in data["cities"] and "GeoNames" in data["_doc"]
    assert not set(data["cities"]) & set(json.loads(
        (ROOT / "pipeline" / "data" / "first_names.json").read_text(encoding="utf8"))["first_names"])
