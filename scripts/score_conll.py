"""Score CoNLL-2003 predictions with seqeval, independently of ``newsfacts evaluate``: the gold file
and the predictions as ``newsfacts evaluate -f conll --save-predictions DIR`` writes them (the same
tokens, the NER column replaced), read column by column. Prints seqeval's precision, recall and F1
per type, over PER+ORG+LOC (MISC tags read as O on both sides) and over all types.

Needs seqeval, which the project does not install: ``pip install seqeval`` (any environment will do;
the script imports nothing from the project).

Example:

    newsfacts evaluate ../shared/data/conll2003/conllpp_dev.txt -f conll --save-predictions out/conll
    python scripts/score_conll.py ../shared/data/conll2003/conllpp_dev.txt out/conll/conllpp_dev.txt
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def sentences(path: Path) -> list[list[tuple[str, str]]]:
    """(token, tag) per token, sentence by sentence; -DOCSTART- lines and blank lines end a sentence."""
    found: list[list[tuple[str, str]]] = [[]]
    for line in path.read_text(encoding="utf8").splitlines():
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if found[-1]:
                found.append([])
            continue
        found[-1].append((cols[0], cols[-1]))
    return [s for s in found if s]


def without(tags: list[list[str]], kind: str) -> list[list[str]]:
    return [["O" if tag[2:] == kind else tag for tag in sentence] for sentence in tags]


def main() -> None:
    from seqeval.metrics import classification_report, f1_score, precision_score, recall_score

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="CoNLL-2003 gold file")
    parser.add_argument("pred", type=Path, help="the same tokens with predicted tags in the last column")
    args = parser.parse_args()
    gold, pred = sentences(args.gold), sentences(args.pred)
    if [[t for t, _ in s] for s in gold] != [[t for t, _ in s] for s in pred]:
        sys.exit("the two files do not hold the same tokens in the same sentences")
    y_true = [[tag for _, tag in s] for s in gold]
    y_pred = [[tag for _, tag in s] for s in pred]
    print(classification_report(y_true, y_pred, digits=4))
    for name, (t, p) in {"PER+ORG+LOC": (without(y_true, "MISC"), without(y_pred, "MISC")),
                         "all": (y_true, y_pred)}.items():
        print(f"{name:<12} P {100 * precision_score(t, p):.2f}  R {100 * recall_score(t, p):.2f}  "
              f"F1 {100 * f1_score(t, p):.2f}")


if __name__ == "__main__":
    main()
