"""Batch extraction: inputs in, JSONL records out, in input order, one article at a time.

Every input ends as exactly one article record (followed by its facts) or one
error record, so ``inputs == articles + errors`` always holds.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import IO, Iterable, Iterator

from .errors import ErrorCode, NewsfactsError
from .readers import InputError, Item
from .schema import ErrorRecord


@dataclass
class Summary:
    inputs: int = 0
    articles: int = 0
    facts: int = 0
    errors: int = 0

    def line(self) -> str:
        return f"{self.inputs} inputs: {self.articles} articles, {self.facts} facts, {self.errors} errors"


def normalise_published(value: str | None) -> str | None:
    """YYYY-MM-DD from a date or an ISO timestamp; a clear error otherwise."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise NewsfactsError(ErrorCode.BAD_DATE, value=value) from None


def _error_record(error: InputError) -> ErrorRecord:
    return ErrorRecord(article_id=error.source, source=error.source, code=error.code, message=error.message)


def _prepared(nlp, items: Iterable[Item]) -> Iterator[tuple[object, object]]:
    """(doc, article) for good inputs, ("", error) for bad ones, in input order."""
    from .api import make_docs

    for item in items:
        if isinstance(item, InputError):
            yield "", item
            continue
        try:
            item.published = normalise_published(item.published)
            (doc,) = make_docs(nlp, [item])
        except NewsfactsError as err:
            yield "", InputError(item.source, err.code.value, str(err))
            continue
        if not doc.text.strip():
            err = NewsfactsError(ErrorCode.EMPTY, path=item.source)
            yield "", InputError(item.source, err.code.value, str(err))
            continue
        yield doc, item


def process(nlp, items: Iterable[Item], batch_size: int = 16) -> Iterator[list]:
    """The in-process engine: one list of records per input, in input order.

    A good input gives its article record followed by its facts; a bad one gives
    a single error record. Other engines (multi-process, Dask) yield the same shape.
    """
    from .records import doc_to_records

    for doc, context in nlp.pipe(_prepared(nlp, items), as_tuples=True, batch_size=batch_size):
        if isinstance(context, InputError):
            yield [_error_record(context)]
        else:
            yield doc_to_records(doc)


def write_records(record_lists: Iterable[list], out: IO[str]) -> Summary:
    """Write each input's records as JSON lines, flushing after each input, and count them."""
    summary = Summary()
    for records in record_lists:
        summary.inputs += 1
        if records and records[0].kind == "error":
            summary.errors += 1
        else:
            summary.articles += 1
            summary.facts += len(records) - 1
        out.write("".join(r.model_dump_json() + "\n" for r in records))
        out.flush()
    return summary


def run_batch(nlp, items: Iterable[Item], out: IO[str], batch_size: int = 16) -> Summary:
    """Process every item in this process and write its records to ``out``."""
    return write_records(process(nlp, items, batch_size), out)
