"""The article-extraction benchmark (scrapinghub): ``ground-truth.json`` maps each page id to
``{"articleBody": ..., "url": ...}``, and ``html/ID.html.gz`` (or ``.html``) holds the page."""
from __future__ import annotations

import gzip
from pathlib import Path

from ..documents import gold_error, load_json, row, to_dataset
from ...errors import ErrorCode, NewsfactsError


def _page(folder: Path, page_id: str) -> str:
    for name in (f"{page_id}.html.gz", f"{page_id}.html", page_id):
        path = folder / "html" / name
        if path.is_file():
            data = path.read_bytes()
            data = gzip.decompress(data) if path.name.endswith(".gz") else data
            return data.decode("utf8", errors="replace")
    raise gold_error(folder / "ground-truth.json", f"entry {page_id!r}", "no html/ID.html.gz or html/ID.html page")


def read(path: Path):
    truth_file = path / "ground-truth.json" if path.is_dir() else path
    if not truth_file.is_file():
        raise NewsfactsError(ErrorCode.NOT_FOUND, path=truth_file)
    truth = load_json(truth_file)
    if not isinstance(truth, dict):
        raise gold_error(truth_file, 1, "expected an object mapping page ids to {articleBody, url}")
    rows = []
    for page_id, entry in sorted(truth.items()):
        if not isinstance(entry, dict) or not isinstance(entry.get("articleBody"), str):
            raise gold_error(truth_file, f"entry {page_id!r}", "needs an 'articleBody' string")
        html = _page(truth_file.parent, page_id)
        rows.append(row(page_id, entry["articleBody"], [{"kind": "body", "text": entry["articleBody"]}], html=html))
    return to_dataset(rows)
