"""The article-extraction benchmark: one JSON object mapping each page id to ``{"articleBody": ...}``,
what the benchmark's ``evaluate.py`` reads from ``output/NAME.json`` (keys sorted, 1-space indent,
non-ASCII kept, as its ``ground-truth.json``). The body is the article text the pipeline extracted."""
from __future__ import annotations

import json
from pathlib import Path

from .common import Saved

FILE = "newsfacts.json"


def facts(doc: dict, predicted: tuple[str, list[dict]]) -> list[dict]:
    return [{"kind": "body", "text": predicted[0]}]


def write(rows: list[dict], out: Path, gold: Path) -> Saved:
    bodies = {doc["id"]: {"articleBody": next((f["text"] for f in doc["facts"] if f["kind"] == "body"), "")}
              for doc in rows}
    path = out / FILE
    path.write_text(json.dumps(bodies, indent=1, ensure_ascii=False, sort_keys=True), encoding="utf8")
    return Saved([path])
