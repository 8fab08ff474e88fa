"""Build pipeline/data/first_names.json: the words that open people's full names in CoNLL-2003 train.

    python scripts/first_names.py ../shared/data/conll2003/conllpp_train.txt pipeline/data/first_names.json \
        --census "$(python -c 'import names, os; print(os.path.dirname(names.__file__))')"

A word is kept when it opens a multi-word PER name at least ``--min-count`` times, it is a plain word (outside any
name) at most as often (so "King" stays out), and it opens or continues other kinds of names at most a quarter as
often ("Angeles" of "Los Angeles"). The list is data the merge rule reads (pipeline/entities/merge.py):
a person's name that opens with one of these words stays a person when the pretrained model calls it an
organisation. Only single words are stored, never the file's text.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def openings(lines) -> tuple[Counter, Counter, Counter]:
    """Counts of each word: opening a multi-word PER name, inside another kind of name, and outside any name."""
    tokens: list[tuple[str, str] | None] = []
    for line in lines:
        cols = line.split()
        tokens.append(None if not cols or cols[0] == "-DOCSTART-" else (cols[0], cols[-1]))
    person, other, uses = Counter(), Counter(), Counter()
    for i, token in enumerate(tokens):
        if token is None:
            continue
        word, tag = token
        if tag == "O":
            uses[word] += 1
        elif tag[2:] != "PER":
            other[word] += 1
        previous = tokens[i - 1] if i else None
        opens = tag.startswith("B-") or (tag.startswith("I-") and (previous is None or previous[1][2:] != tag[2:]))
        if not opens:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if tag[2:] == "PER" and following is not None and following[1] == "I-PER":
            person[word] += 1
    return person, other, uses


def first_names(lines, min_count: int = 2, census: dict[str, float] | None = None,
                min_share: float = 0.005, titles: frozenset[str] = frozenset(),
                places: frozenset[str] = frozenset()) -> list[str]:
    """The CoNLL openers, and the census first names given at least ``min_share`` percent of people that CoNLL
    never shows as a plain lowercase word ("may", "will", "summer") nor inside another kind of name ("Victoria",
    "Jordan", "Chelsea"). An opener seen once (below ``min_count``) is kept too ("Gareth", "Huw"), where it is
    no title's word (``titles``: "Mayor", "Pope", "Saint"), no particle of a surname ("Von", "Del"), no city the
    merge knows (``places``: "Kennedy", "Torrance"), never a lowercase word in CoNLL ("abyss", "double") and of
    three letters or more."""
    lines = list(lines)
    person, other, uses = openings(lines)
    lowercase = {w for w, n in uses.items() if w.islower()}
    names = {w for w, n in person.items()
             if n >= min_count and w.isalpha() and w[:1].isupper() and not w.isupper() and len(w) > 1
             and uses[w] <= n and 4 * other[w] <= n}
    names |= {w for w, n in person.items()
              if n == 1 < min_count and w.isalpha() and w[:1].isupper() and not w.isupper() and len(w) > 2
              and uses[w] == 0 and other[w] == 0 and w.lower() not in lowercase and w.lower() not in titles
              and w.lower() not in SURNAME_PARTICLES and w not in places}
    if census:
        names |= {w for w, share in census.items() if share >= min_share and len(w) > 1
                  and w.lower() not in lowercase and other[w] == 0 and uses[w] <= person[w]}
    return sorted(names)


#: Words that open surnames ("Von Trapp", "Del Piero"), no first names.
SURNAME_PARTICLES = frozenset({"von", "van", "der", "den", "del", "dal", "della", "de", "da", "di", "du", "le", "la",
                               "al", "el", "bin", "ibn", "abu", "mac", "mc", "cor", "ter", "ten"})


def title_words(roles_file: Path) -> frozenset[str]:
    """Every word of the titles, honorifics, peerages and personal titles in the project's roles file
    (pipeline/data/roles.json)."""
    roles = json.loads(roles_file.read_text(encoding="utf8"))
    listed = [*roles["titles"], *roles["titles"].values(), *roles["honorifics"], *roles["peerages"],
              *roles["personal_titles"]]
    return frozenset(w.strip(".").lower() for title in listed for w in title.split())


def genders(folder: Path, ratio: float = 10.0, min_share: float = 0.005) -> dict[str, str]:
    """First names given to one sex at least ``ratio`` times as often as to the other in the census files, and to at
    least ``min_share`` percent of that sex: name -> "m" or "f" ("Joseph" m, "Amara" absent: too rare)."""
    shares = {}
    for sex, file in (("m", "dist.male.first"), ("f", "dist.female.first")):
        for line in (folder / file).read_text(encoding="utf8").splitlines():
            cols = line.split()
            if len(cols) >= 2:
                shares.setdefault(cols[0].title(), {"m": 0.0, "f": 0.0})[sex] = float(cols[1])
    out = {}
    for name, share in shares.items():
        sex, other = ("m", "f") if share["m"] >= share["f"] else ("f", "m")
        if share[sex] >= min_share and share[sex] >= ratio * share[other] and len(name) > 1:
            out[name] = sex
    return dict(sorted(out.items()))


def read_census(folder: Path) -> dict[str, float]:
    """US Census 1990 first-name files (``dist.male.first``, ``dist.female.first``: NAME, percent of people, ...), as
    shipped by the ``names`` package on PyPI (public-domain data): name -> its largest share."""
    shares: dict[str, float] = {}
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text(encoding="utf8").splitlines():
            cols = line.split()
            if len(cols) >= 2:
                name = cols[0].title()
                shares[name] = max(shares.get(name, 0.0), float(cols[1]))
    return shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("conll", type=Path, help="CoNLL-2003 training file (TOKEN ... TAG per line)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--census", type=Path, default=None,
                        help="folder with the US Census 1990 dist.male.first and dist.female.first files")
    parser.add_argument("--genders", type=Path, default=None,
                        help="also write the census first names of one sex here (needs --census)")
    args = parser.parse_args()
    if args.genders is not None:
        if args.census is None:
            parser.error("--genders needs --census")
        by_name = genders(args.census)
        doc = (f"{len(by_name)} US Census 1990 first names (public domain, through the names package on PyPI) given to "
               "one sex at least ten times as often as to the other and to at least 0.005% of it: name -> m or f. "
               "A hint of a person's sex where the article shows none ('Joseph Wekesa' is no 'she'). Built by "
               "scripts/first_names.py --genders (make data-first-names); read by pipeline/coref.py.")
        args.genders.write_text(json.dumps({"_doc": doc, "genders": by_name}, indent=0, ensure_ascii=False) + "\n",
                                encoding="utf8")
        print(f"{len(by_name)} first names with a sex -> {args.genders}")
    census = read_census(args.census) if args.census else None
    data = Path(__file__).resolve().parent.parent / "pipeline" / "data"
    places = frozenset(json.loads((data / "cities.json").read_text(encoding="utf8"))["cities"])
    names = first_names(args.conll.read_text(encoding="utf8").splitlines(), args.min_count, census,
                        titles=title_words(data / "roles.json"), places=places)
    doc = (f"Words that open people's full names: {len(names)} words, each opening a multi-word PER name in "
           f"CoNLL-2003 train at least {args.min_count} times and outside names at most as often, or once and never "
           "elsewhere, no title's word, no surname's particle, no city and never a lowercase word there"
           + (", and the US Census 1990 first names of at least 0.005% of people that CoNLL never shows as a "
              "lowercase word or inside another kind of name" if census else "") +
           ". Built by scripts/first_names.py (make data-first-names); read by pipeline/entities/merge.py.")
    args.out.write_text(json.dumps({"_doc": doc, "first_names": names}, indent=1, ensure_ascii=False) + "\n",
                        encoding="utf8")
    print(f"{len(names)} first names -> {args.out}")


if __name__ == "__main__":
    main()
