"""The scoreboard: every set named in the baseline file, scored on its dev split (``make eval``).

``corpora/gold/baseline.json`` lists each set (format, path, published anchor) and the F1
floors the regression gate holds it to; the project's own gold set is pinned to a hash of
its files, so changing the gold means measuring again. Sets whose data is absent are listed
as such.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from .documents import ROOT, data_root

BASELINE = ROOT / "corpora" / "gold" / "baseline.json"


def load_baseline(path: Path = BASELINE) -> dict:
    return json.loads(path.read_text(encoding="utf8"))


def set_path(entry: dict) -> Path:
    return (ROOT if entry.get("root") == "repo" else data_root()) / entry["path"]


def corpus_hash(path: Path) -> str:
    """sha256 over the gold files (names and bytes), so floors are tied to the corpus they were measured on."""
    digest = hashlib.sha256()
    for file in sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]:
        digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def main() -> int:
    from . import evaluate
    from .report import table
    from ..api import load

    baseline = load_baseline()
    nlp = None
    for entry in baseline["sets"]:
        path = set_path(entry)
        head = f"== {entry['name']} ({entry['format']}, {entry['path']})"
        if not path.exists():
            print(f"{head}: data absent (looked in {path})\n")
            continue
        nlp = nlp or load()
        result = evaluate(path, entry["format"], nlp=nlp)
        print(head)
        print(table(result))
        if entry.get("anchor"):
            print(f"anchor: {entry['anchor']}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
