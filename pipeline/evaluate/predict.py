"""Predictions for gold documents: run the pipeline over their texts, or read a facts JSONL file.

Either way each document's predicted facts come back as plain dicts in the output
contract's shape, with every offset carried over onto the gold text (see ``align``).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from ..errors import ErrorCode, NewsfactsError
from .align import Aligner
from .documents import gold_error, read_text


def _aligned(fact: dict, aligner: Aligner) -> dict:
    span = aligner.span(fact["start"], fact["end"])
    fact = {**fact, "start": span[0] if span else -1, "end": span[1] if span else -1}
    if "mentions" in fact:
        fact["mentions"] = [list(m) for m in (aligner.span(s, e) for s, e in fact["mentions"]) if m]
    for key in SPAN_FIELDS:
        if fact.get(key):
            fact[key] = list(aligner.span(*fact[key]) or UNALIGNED)
    return fact


#: Span-valued fields that travel with a fact; one that cannot be aligned becomes UNALIGNED, which matches nothing.
SPAN_FIELDS = ("speaker_span", "cue_span")
UNALIGNED = (-1, -1)


def to_gold_offsets(records: list[dict], gold_text: str) -> tuple[str, list[dict]]:
    """The predicted article text and its facts with offsets in ``gold_text``."""
    article = next((r for r in records if r.get("kind") == "article"), None)
    if article is None:
        return "", []
    aligner = Aligner(article["text"], gold_text)
    return article["text"], [_aligned(r, aligner) for r in records if r.get("kind") not in {"article", "error"}]


def run_pipeline(nlp, docs: list[dict], *, body_only: bool = False, progress=None) -> dict[str, list[dict]]:
    """Each document's records (as dicts) from the pipeline; ``body_only`` stops after cleaning.

    ``progress(record_lists, total)``, when given, wraps the stream of each document's records.
    """
    from ..api import make_docs
    from ..batch import process
    from ..readers import ArticleInput, html_to_article
    from ..records import doc_to_records

    def article(doc: dict) -> ArticleInput:
        if doc.get("html"):
            return html_to_article(doc["html"], f"<gold:{doc['id']}>", doc["id"])
        return ArticleInput(id=doc["id"], text=doc["text"], source=f"<gold:{doc['id']}>",
                            published=doc.get("published") or None)

    inputs = [article(doc) for doc in docs]
    if body_only:
        outputs: Iterable[list] = ([doc_to_records(d)[0]] for d in make_docs(nlp, inputs))
    else:
        outputs = process(nlp, inputs)
    if progress is not None:
        outputs = progress(outputs, len(inputs))
    return {doc["id"]: [r.model_dump(mode="json") for r in records] for doc, records in zip(docs, outputs)}


def read_predictions(path: Path) -> dict[str, list[dict]]:
    """Records from a facts JSONL file (``newsfacts extract`` output), grouped by ``article_id``."""
    from ..schema import parse_record

    if not path.is_file():
        raise NewsfactsError(ErrorCode.NOT_FOUND, path=path)
    grouped: dict[str, list[dict]] = {}
    for n, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = parse_record(line).model_dump(mode="json")
        except ValueError as err:
            reason = str(err).splitlines()[0] if str(err) else type(err).__name__
            raise gold_error(path, n, f"not an output-contract record ({reason})") from None
        grouped.setdefault(record["article_id"], []).append(record)
    return grouped


def predictions_for(docs: list[dict], records: dict[str, list[dict]]) -> dict[str, tuple[str, list[dict]]]:
    """Per gold document: the predicted text and facts on gold offsets (nothing when it was not predicted)."""
    return {doc["id"]: to_gold_offsets(records.get(doc["id"], []), doc["text"]) for doc in docs}
