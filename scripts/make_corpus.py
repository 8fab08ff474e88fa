"""Write a synthetic news corpus for the benchmark: N plain-text articles built from our own templates.

The sentences are written for this project (no third-party text); people, places,
organisations, numbers, dates and quotes vary with a seeded random generator, so
the same arguments always give the same files. Articles run to about 350 words,
close to the BBC corpus average.

Example:

    python scripts/make_corpus.py out/synthetic-2000 --articles 2000
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

PEOPLE = ["Maria Lopez", "Peter Hall", "Amina Yusuf", "Daniel Okafor", "Sofia Rossi", "Kenji Watanabe",
          "Laura Becker", "Omar Haddad", "Grace Mwangi", "Tomas Novak", "Elena Petrova", "James Carter"]
TITLES = ["Finance Minister", "Foreign Minister", "President", "Chief Executive", "Interior Minister",
          "Mayor", "Central Bank Governor", "Health Secretary"]
COUNTRIES = ["Kenya", "Brazil", "Germany", "Japan", "Ecuador", "Canada", "India", "Nigeria", "France", "Peru"]
CITIES = ["Nairobi", "Sao Paulo", "Berlin", "Osaka", "Quito", "Toronto", "Mumbai", "Lagos", "Lyon", "Lima"]
ORGS = ["Northwind Energy", "Harbor Bank", "the National Statistics Office", "Atlas Telecom",
        "the Ministry of Transport", "Greenfield Farms", "the Port Authority", "Meridian Airlines"]
NOUNS = ["jobs", "homes", "schools", "buses", "clinics", "flights", "farms", "stores"]
VERBS = ["cut", "added", "opened", "closed", "built", "sold"]
WHEN = ["on Monday", "on Tuesday", "last week", "in March", "earlier this year", "on 14 June", "in 2024",
        "last month", "on Friday"]
CUES = ["said", "told reporters", "added", "warned"]

TEMPLATES = [
    "{title} {person} visited {city} {when} to meet officials from {org}.",
    "{org} said it had {verb} {n} {noun} in {country} {when}, up {pct}% from a year earlier.",
    "The plan will cost about ${money} million over {years} years, according to {org}.",
    "\"We expect growth of around {pct} percent next year,\" {person} {cue}.",
    "{person}, the {low_title} of {org}, {cue} the company would invest {eur} million euros in {city}.",
    "More than {n} people attended a rally in {city} {when}, police said.",
    "Officials in {country} said unemployment fell to {pct}% in the second quarter.",
    "{person} met {person2} in {city} {when} to discuss trade between {country} and {country2}.",
    "Prices rose by {pct} percent in {city}, while wages grew by only {small}%.",
    "The {km}-kilometre rail line linking {city} and {city2} is due to open in {year}.",
    "\"This is a difficult moment for everyone who depends on {org},\" {person} {cue}.",
    "Analysts at {org} said the figures showed {noun} demand was slowing in {country}.",
    "The agreement, signed {when}, covers at least {n} {noun} and runs until {year}.",
    "{person} said {org} would hire {n} workers in {city} by the end of {year}.",
]


def sentence(rng: random.Random) -> str:
    person, person2 = rng.sample(PEOPLE, 2)
    country, country2 = rng.sample(COUNTRIES, 2)
    city, city2 = rng.sample(CITIES, 2)
    title = rng.choice(TITLES)
    values = dict(
        title=title, low_title=title.lower(), person=person, person2=person2, country=country,
        country2=country2, city=city, city2=city2, org=rng.choice(ORGS), noun=rng.choice(NOUNS),
        verb=rng.choice(VERBS), when=rng.choice(WHEN), cue=rng.choice(CUES), n=f"{rng.randint(12, 9000):,}",
        pct=rng.choice(["2.5", "3", "4.1", "7", "12", "0.8"]), small=rng.choice(["1.2", "2", "0.5"]),
        money=rng.randint(5, 900), years=rng.randint(2, 12), eur=rng.randint(3, 400), km=rng.randint(40, 700),
        year=rng.randint(2026, 2034),
    )
    text = rng.choice(TEMPLATES).format(**values)
    return text[0].upper() + text[1:]


def article(rng: random.Random, words: int = 350) -> str:
    paragraphs, count = [], 0
    while count < words:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, articles: int, seed: int = 13, words: int = 350) -> int:
    """Write ``articles`` files into ``folder`` (created); returns the number of words written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for index in range(articles):
        text = article(rng, words)
        total += len(text.split())
        (folder / f"{index:05d}.txt").write_text(text, encoding="utf8")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="Where to write the .txt files.")
    parser.add_argument("--articles", type=int, default=200, help="How many articles (default 200).")
    parser.add_argument("--words", type=int, default=350, help="About how many words each (default 350).")
    parser.add_argument("--seed", type=int, default=13, help="Random seed (default 13).")
    args = parser.parse_args()
    total = write_corpus(args.folder, args.articles, args.seed, args.words)
    print(f"{args.articles} articles, {total} words in {args.folder}")


if __name__ == "__main__":
    main()
