"""Article body extraction, as the scrapinghub article-extraction benchmark scores it: the text
is cut into ``\\w+`` tokens, then into shingles of four tokens; per page, true positives, false
positives and false negatives over shingle counts are normalised to sum to one; precision is
the mean over pages with any prediction or gold, recall likewise, and F1 joins the two means."""
from __future__ import annotations

import re
from collections import Counter
from statistics import mean

from ..matching import Counts
from . import Mismatch, Scores

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_scores(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)


class MeanScore(Counts):
    """A score that is a mean over pages, not a ratio of counts."""

    def __init__(self, p: float, r: float, pages: int) -> None:
        super().__init__(0, pages, pages)
        self._p, self._r = p, r

    @property
    def p(self) -> float:
        return self._p

    @property
    def r(self) -> float:
        return self._r


def score(docs: list[dict], predictions: dict) -> Scores:
    pages = []
    scores = Scores()
    for doc in docs:
        predicted = predictions[doc["id"]][0]
        tp_fp_fn = page_scores(doc["text"], predicted)
        pages.append(tp_fp_fn)
        if tp_fp_fn[0] < 0.9:
            detail = f"shingle recall {recall(*tp_fp_fn):.2f}, precision {precision(*tp_fp_fn):.2f}"
            scores.errors.append(Mismatch("body", "poor page", doc["id"], predicted[:120], doc["text"][:300], detail))
    p_values = [precision(*t) for t in pages if t[0] + t[1] > 0]
    r_values = [recall(*t) for t in pages if t[0] + t[2] > 0]
    scores.metrics["body"] = MeanScore(mean(p_values) if p_values else 0.0, mean(r_values) if r_values else 0.0,
                                       len(pages))
    return scores
