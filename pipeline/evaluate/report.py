"""Scores for people (a table), for machines (one JSON object) and for developers (the first
misses and false positives, with their sentences)."""
from __future__ import annotations

import json
import textwrap

from . import Result


def as_json(result: Result) -> str:
    metrics = result.scores.metrics
    return json.dumps({
        "format": result.format,
        "documents": result.documents,
        "scores": {name: {"p": round(c.p, 4), "r": round(c.r, 4), "f1": round(c.f1, 4)} for name, c in metrics.items()},
        "counts": {name: {"tp": c.tp, "pred": c.pred, "gold": c.gold} for name, c in metrics.items()},
    }, indent=2)


def table(result: Result) -> str:
    metrics = result.scores.metrics
    width = max([len("metric"), *map(len, metrics)])
    lines = [f"{result.format}: {result.documents} documents",
             f"{'metric':<{width}}  {'P':>6}  {'R':>6}  {'F1':>6}  {'tp':>5}  {'pred':>5}  {'gold':>5}"]
    for name, c in metrics.items():
        lines.append(f"{name:<{width}}  {100 * c.p:6.1f}  {100 * c.r:6.1f}  {100 * c.f1:6.1f}  "
                     f"{c.tp:>5}  {c.pred:>5}  {c.gold:>5}")
    return "\n".join(lines)


def errors(result: Result, limit: int) -> str:
    """The first ``limit`` misses, false positives and wrong fields, each with its sentence."""
    shown = result.scores.errors[:limit]
    if not shown:
        return "no errors to show"
    lines = [f"first {len(shown)} of {len(result.scores.errors)} errors:"]
    for e in shown:
        detail = f" ({e.detail})" if e.detail else ""
        lines.append(f"- [{e.metric}] {e.what} in {e.doc}: {e.text!r}{detail}")
        lines.append(textwrap.indent(textwrap.shorten(e.sentence, 300, placeholder=" …") or "(no sentence)", "    "))
    return "\n".join(lines)
