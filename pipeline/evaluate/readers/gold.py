"""The project's own gold format: JSON Lines of output-contract records, written by hand.

Each file holds one or more articles: an ``article`` record, then its facts (same
``article_id``). Hand-written facts may leave out ``id``, ``sentence``, ``confidence`` and
``extractor``; everything else is validated by the output contract, and every ``text`` (and
every entity mention) must be the exact slice of the article text it points at.

An article whose text may not be copied into the repository (a public corpus) is stored
stand-off: its record has ``text_from`` (a path under ``$NEWSFACTS_DATA``, default
``../shared/data``) and ``text_sha256`` instead of ``text``; the text is read from there and
must have that hash."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pydantic import ValidationError

from ... import schema
from ...errors import ErrorCode, NewsfactsError
from ..documents import data_root, files, gold_error, read_text, row, to_dataset

FILLED = {"sentence": "", "confidence": 1.0, "extractor": "gold"}
DROPPED = ("id", "sentence", "confidence", "extractor", "schema_version", "article_id")


def _record(file: Path, n: int, line: str):
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        raise gold_error(file, n, f"malformed JSON ({err.msg})") from None
    if not isinstance(data, dict):
        raise gold_error(file, n, "a record must be a JSON object")
    if data.get("kind") not in {"article", "error"}:
        data = {"id": f"gold-{n}", **FILLED, **data}
    elif "text_from" in data:
        data = _stand_off_text(file, n, data)
    try:
        return schema.RECORD_ADAPTER.validate_python(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise gold_error(file, n, f"{where}: {first['msg']}") from None


def _stand_off_text(file: Path, n: int, data: dict) -> dict:
    """The article record with its text read from the public corpus it points at."""
    data = dict(data)
    source = data_root() / data.pop("text_from")
    expected = data.pop("text_sha256", None)
    if not source.is_file():
        raise NewsfactsError(ErrorCode.NOT_FOUND, path=source)
    raw = source.read_bytes()
    if expected and hashlib.sha256(raw).hexdigest() != expected:
        raise gold_error(file, n, f"{source} is not the text the gold was annotated on (sha256 differs)")
    return {**data, "text": raw.decode("utf8")}


def _checked_fact(file: Path, n: int, fact, text: str) -> dict:
    if text[fact.start:fact.end] != fact.text:
        raise gold_error(file, n, f"text {fact.text!r} is not the slice {fact.start}..{fact.end} "
                                  f"({text[fact.start:fact.end]!r})")
    for s, e in getattr(fact, "mentions", []):
        if not text[s:e]:
            raise gold_error(file, n, f"mention {s}..{e} is empty or outside the text")
    return fact.model_dump(mode="json", exclude=set(DROPPED))


def read(path: Path):
    rows = []
    for file in files(path, ".jsonl"):
        article, facts = None, []
        for n, line in enumerate(read_text(file).splitlines(), start=1):
            if not line.strip():
                continue
            record = _record(file, n, line)
            if record.kind == "article":
                if article is not None:
                    rows.append(row(article.article_id, article.text, facts, published=article.published))
                article, facts = record, []
            elif record.kind == "error":
                raise gold_error(file, n, "error records have no place in a gold set")
            elif article is None or record.article_id != article.article_id:
                raise gold_error(file, n, f"fact for article {record.article_id!r} does not follow its article record")
            else:
                facts.append(_checked_fact(file, n, record, article.text))
        if article is None:
            raise gold_error(file, "(file)", "no article record")
        rows.append(row(article.article_id, article.text, facts, published=article.published))
    return to_dataset(rows)
