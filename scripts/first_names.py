"""Build pipeline/data/first_names.json: the words that open people's full names in CoNLL-2003 train.

    python scripts/first_names.py ../shared/data/conll2003/conllpp_train.txt pipeline/data/first_names.json

A word is kept when it opens a multi-word PER name at least ``--min-count`` times, at least half of all its uses
in the training file are such openings (so "Angeles" of "Los Angeles" or "King" stay out), and it opens other
kinds of names at most a quarter as often. The list is data the merge rule reads (pipeline/entities/merge.py):
a person's name that opens with one of these words stays a person when the pretrained model calls it an
organisation. Only single words are stored, never the file's text.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def openings(lines) -> tuple[Counter, Counter, Counter]:
    """Counts of each word: opening a multi-word PER name, opening another name, and any use."""
    tokens: list[tuple[str, str] | None] = []
    for line in lines:
        cols = line.split()
        tokens.append(None if not cols or cols[0] == "-DOCSTART-" else (cols[0], cols[-1]))
    person, other, uses = Counter(), Counter(), Counter()
    for i, token in enumerate(tokens):
        if token is None:
            continue
        word, tag = token
        uses[word] += 1
        previous = tokens[i - 1] if i else None
        opens = tag.startswith("B-") or (tag.startswith("I-") and (previous is None or previous[1][2:] != tag[2:]))
        if not opens:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if tag[2:] == "PER" and following is not None and following[1] == "I-PER":
            person[word] += 1
        elif tag[2:] != "PER":
            other[word] += 1
    return person, other, uses


def first_names(lines, min_count: int = 2) -> list[str]:
    person, other, uses = openings(lines)
    return sorted(w for w, n in person.items()
                  if n >= min_count and w.isalpha() and w[:1].isupper() and not w.isupper() and len(w) > 1
                  and 2 * n >= uses[w] and 4 * other[w] <= n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("conll", type=Path, help="CoNLL-2003 training file (TOKEN ... TAG per line)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    names = first_names(args.conll.read_text(encoding="utf8").splitlines(), args.min_count)
    doc = (f"Words that open people's full names: {len(names)} words, each opening a multi-word PER name in "
           f"CoNLL-2003 train at least {args.min_count} times and in at least half of its uses. "
           "Built by scripts/first_names.py (make data-first-names); read by pipeline/entities/merge.py.")
    args.out.write_text(json.dumps({"_doc": doc, "first_names": names}, indent=1, ensure_ascii=False) + "\n",
                        encoding="utf8")
    print(f"{len(names)} first names -> {args.out}")


if __name__ == "__main__":
    main()
