"""The scoreboard: every set named in the baseline file, scored on its dev split (``make eval``).

``corpora/gold/baseline.json`` lists each set (format, path, published anchor, and optionally the
``config`` it is scored with: a conventions config such as ``configs/timeml.cfg``) and the F1
floors the regression gate holds it to; the project's own gold set is pinned to a hash of
its files, so changing the gold means measuring again. Sets whose data is absent are listed
as such.

    python -m pipeline.evaluate.scoreboard                  # every set
    python -m pipeline.evaluate.scoreboard newsquant gold   # some sets
    python -m pipeline.evaluate.scoreboard --pin newsquant  # measure and write its floors
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from pathlib import Path

from .documents import ROOT, data_root

BASELINE = ROOT / "corpora" / "gold" / "baseline.json"


def load_baseline(path: Path = BASELINE) -> dict:
    return json.loads(path.read_text(encoding="utf8"))


def set_path(entry: dict) -> Path:
    return (ROOT if entry.get("root") == "repo" else data_root()) / entry["path"]


def set_config(entry: dict) -> Path | None:
    """The config a set is scored with (repository-relative in the baseline file); None for the default."""
    return ROOT / entry["config"] if entry.get("config") else None


def pipeline_for(entry: dict, loaded: dict):
    """The pipeline a set is scored with, loaded once per config into ``loaded`` (keyed by config path, None for the
    default)."""
    config = set_config(entry)
    if config not in loaded:
        from ..api import load

        loaded[config] = load(config)
    return loaded[config]


def corpus_hash(path: Path) -> str:
    """sha256 over the gold files (names and bytes), so floors are tied to the corpus they were measured on."""
    digest = hashlib.sha256()
    for file in sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]:
        digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def floors_from(metrics: dict) -> dict[str, float]:
    """Every metric's F1, rounded down to three decimals: the floors a first measurement pins."""
    return {name: math.floor(counts.f1 * 1000) / 1000 for name, counts in metrics.items()}


def save_baseline(baseline: dict, path: Path = BASELINE) -> None:
    path.write_text(json.dumps(baseline, indent=1, ensure_ascii=False) + "\n", encoding="utf8")


def main(argv: list[str] | None = None) -> int:
    from . import evaluate
    from .report import table

    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate.scoreboard", description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="the sets to score (default: all in baseline.json)")
    parser.add_argument("--pin", action="store_true", help="write the measured F1 of each scored set as its floors")
    args = parser.parse_args(argv)
    baseline = load_baseline()
    known = {entry["name"] for entry in baseline["sets"]}
    unknown = sorted(set(args.names) - known)
    if unknown:
        parser.error(f"unknown set(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    pipelines: dict = {}  # one loaded pipeline per config
    for entry in baseline["sets"]:
        if args.names and entry["name"] not in args.names:
            continue
        path = set_path(entry)
        head = f"== {entry['name']} ({entry['format']}, {entry['path']}" + (
            f", {entry['config']})" if entry.get("config") else ")")
        if not path.exists():
            print(f"{head}: data absent (looked in {path})\n")
            continue
        nlp = pipeline_for(entry, pipelines)
        started = time.perf_counter()
        result = evaluate(path, entry["format"], nlp=nlp)
        print(f"{head}: {result.documents} documents in {time.perf_counter() - started:.0f} s")
        print(table(result))
        if entry.get("anchor"):
            print(f"anchor: {entry['anchor']}")
        if args.pin:
            entry["floors"] = floors_from(result.scores.metrics)
            if entry.get("root") == "repo":
                entry["sha256"] = corpus_hash(path)
            save_baseline(baseline)
            print(f"floors pinned in {BASELINE.relative_to(ROOT)}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
