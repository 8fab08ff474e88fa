"""Score NewsQuant predictions independently of ``newsfacts evaluate``: two files in the set's JSON
format (the gold, and predictions as ``newsfacts evaluate -f newsquant --save-predictions DIR``
writes them), compared sentence by sentence with the CQE paper's measures.

Written from the measures' definitions, sharing no code with ``pipeline/evaluate``:

- a predicted quantity is right for ``value`` when its value equals a gold quantity's in the
  same sentence (a range when both ends are equal);
- ``value+unit``, ``value+change``: the normalized unit (case aside), or the change operator, also equal;
- ``value+concept-partial``: the two share a concept word; ``value+concept-complete``: the same
  concept words (words are ``\\w+`` runs, case aside; no concept, "-", agrees only with none);
- each gold quantity is credited to at most one prediction: true positives are the largest
  one-to-one pairing of predictions with gold quantities under that measure (per sentence);
  precision is over all predictions, recall over all gold quantities.

Example:

    newsfacts evaluate ../shared/data/newsquant -f newsquant --save-predictions out/newsquant
    python scripts/score_newsquant.py ../shared/data/newsquant/NewsQuant-dev.json out/newsquant/NewsQuant-dev.json
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

NUMBER = r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
VALUE = re.compile(rf"^\s*({NUMBER})(?:\s*-\s*({NUMBER}))?\s*$")
MEASURES = ("value", "value+unit", "value+change", "value+concept-partial", "value+concept-complete")


def value(raw) -> tuple[float, float | None]:
    found = VALUE.match(str(raw))
    if not found:
        raise ValueError(f"not a NewsQuant value: {raw!r}")
    low, high = found.groups()
    return float(low), None if high is None else float(high)


def close(a: float | None, b: float | None) -> bool:
    return a is b if a is None or b is None else math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def words(concepts) -> frozenset[str]:
    text = "" if concepts in (None, "-") else str(concepts)
    return frozenset(re.findall(r"\w+", text.lower()))


def agrees(measure: str, gold: dict, pred: dict) -> bool:
    g, p = value(gold["value"]), value(pred["value"])
    if not (close(g[0], p[0]) and close(g[1], p[1])):
        return False
    if measure == "value+unit":
        return str(gold["normalized_unit"]).strip().lower() == str(pred["normalized_unit"]).strip().lower()
    if measure == "value+change":
        return str(gold["change"]).strip() == str(pred["change"]).strip()
    if measure in ("value+concept-partial", "value+concept-complete"):
        gw, pw = words(gold["referred_concepts"]), words(pred["referred_concepts"])
        if not gw or not pw:
            return gw == pw
        return bool(gw & pw) if measure.endswith("partial") else gw == pw
    return True


def largest_pairing(edges: list[list[int]], n_gold: int) -> int:
    """Maximum bipartite matching (augmenting paths): edges[p] lists the gold indices prediction p may take."""
    owner = [-1] * n_gold

    def augment(p: int, seen: set[int]) -> bool:
        for g in edges[p]:
            if g not in seen:
                seen.add(g)
                if owner[g] < 0 or augment(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    return sum(augment(p, set()) for p in range(len(edges)))


def score(gold: list[dict], pred: list[dict]) -> dict[str, tuple[float, float, float]]:
    if [s["text"] for s in gold] != [s["text"] for s in pred]:
        sys.exit("the two files do not hold the same sentences in the same order")
    results = {}
    for measure in MEASURES:
        tp = n_pred = n_gold = 0
        for g_sentence, p_sentence in zip(gold, pred):
            g_list, p_list = g_sentence["quantities"], p_sentence["quantities"]
            edges = [[k for k, g in enumerate(g_list) if agrees(measure, g, p)] for p in p_list]
            tp += largest_pairing(edges, len(g_list))
            n_pred += len(p_list)
            n_gold += len(g_list)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        results[measure] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="NewsQuant gold JSON")
    parser.add_argument("pred", type=Path, help="predictions in the same format")
    args = parser.parse_args()
    load = lambda path: json.loads(path.read_text(encoding="utf8"))  # noqa: E731
    print(f"{'measure':<24} {'P':>6} {'R':>6} {'F1':>6}")
    for measure, (p, r, f1) in score(load(args.gold), load(args.pred)).items():
        print(f"{measure:<24} {100 * p:6.1f} {100 * r:6.1f} {100 * f1:6.1f}")


if __name__ == "__main__":
    main()
