"""Gold documents, held in a ``datasets.Dataset``: one row per document.

Every reader turns its format into rows of the same shape: ``id``, ``text`` (what the
pipeline reads), ``published`` (YYYY-MM-DD or empty), ``html`` (for page-extraction
sets, else empty) and ``facts``: the gold facts as a JSON list, in the project's own
record shape where the format allows (``kind``, ``start``, ``end``, fields). Facts are
kept as JSON because their fields differ by kind and would not fit one Arrow type.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator

from ..errors import ErrorCode, NewsfactsError

ROOT = Path(__file__).resolve().parents[2]
COLUMNS = ("id", "text", "published", "html", "facts")


def data_root() -> Path:
    """Where public gold sets live: ``$NEWSFACTS_DATA``, else ``../shared/data`` beside the checkout."""
    env = os.environ.get("NEWSFACTS_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def gold_error(path: Path | str, where: int | str, reason: object) -> NewsfactsError:
    """One line naming the file and where in it: a line number, or a description such as 'record 3'."""
    where = f"line {where}" if isinstance(where, int) else where
    return NewsfactsError(ErrorCode.BAD_GOLD, path=path, where=where, reason=reason)


def row(doc_id: str, text: str, facts: list[dict], *, published: str | None = None, html: str = "") -> dict:
    return {"id": doc_id, "text": text, "published": published or "", "html": html,
            "facts": json.dumps(facts, ensure_ascii=False)}


def to_dataset(rows: list[dict]):
    from datasets import Dataset

    return Dataset.from_list(rows) if rows else Dataset.from_dict({c: [] for c in COLUMNS})


def iter_docs(dataset) -> Iterator[dict]:
    """Each document with its facts decoded."""
    for doc in dataset:
        yield {**doc, "facts": json.loads(doc["facts"])}


def load_saved(path: Path):
    """A dataset saved with ``Dataset.save_to_disk`` in the row shape above."""
    from datasets import load_from_disk

    try:
        dataset = load_from_disk(str(path))
    except Exception as err:  # datasets raises several types for a folder it cannot read
        raise gold_error(path, "(folder)", f"not a readable datasets folder ({err})") from None
    missing = [c for c in ("id", "text", "facts") if c not in dataset.column_names]
    if missing:
        raise gold_error(path, "(folder)", f"datasets folder lacks the columns {missing}")
    return dataset


def is_saved_dataset(path: Path) -> bool:
    return path.is_dir() and ((path / "state.json").is_file() or (path / "dataset_dict.json").is_file())


def files(path: Path, *suffixes: str) -> list[Path]:
    """The files with these suffixes: the path itself, or every one below it, sorted."""
    if not path.exists():
        raise NewsfactsError(ErrorCode.NOT_FOUND, path=path)
    if path.is_file():
        return [path]
    found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(suffixes))
    if not found:
        raise gold_error(path, "(folder)", f"no {' or '.join(suffixes)} files in this folder")
    return found


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf8")
    except (OSError, UnicodeDecodeError) as err:
        raise NewsfactsError(ErrorCode.UNREADABLE, path=path, reason=err) from None


def load_json(path: Path):
    try:
        return json.loads(read_text(path))
    except json.JSONDecodeError as err:
        raise NewsfactsError(ErrorCode.BAD_JSON, path=path, line=err.lineno, reason=err.msg) from None


def json_list_items(path: Path, what: str) -> Iterator[tuple[Path, str, object]]:
    """(file, "sentence N", item) for every item of every JSON-list file under ``path``."""
    for file in files(path, ".json"):
        data = load_json(file)
        if not isinstance(data, list):
            raise gold_error(file, 1, f"expected a JSON list of sentences ({what})")
        for n, item in enumerate(data, start=1):
            yield file, f"sentence {n}", item


def parse_xml(path: Path):
    """The root element of an XML file; a malformed file is one error naming its line."""
    import xml.etree.ElementTree as ET

    try:
        return ET.fromstring(read_text(path))
    except ET.ParseError as err:
        raise gold_error(path, err.position[0], f"malformed XML ({err})") from None


def tokens_to_text(sentences: list[list[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Tokens joined by single spaces, sentences by newlines; with each token's character span."""
    parts, offsets, pos = [], [], 0
    for tokens in sentences:
        spans = []
        for n, token in enumerate(tokens):
            if n:
                pos += 1
            spans.append((pos, pos + len(token)))
            pos += len(token)
        parts.append(" ".join(tokens))
        offsets.append(spans)
        pos += 1
    return "\n".join(parts), offsets
