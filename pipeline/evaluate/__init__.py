"""``newsfacts evaluate``: score the pipeline (or a facts file) against a gold set.

>>> from pipeline.evaluate import evaluate
>>> result = evaluate("corpora/gold", "gold")          # runs the pipeline over the gold texts
>>> result.scores.metrics["entity-exact"].f1

Readers (``readers/``) turn each format into gold documents held in a ``datasets.Dataset``;
``predict`` runs the pipeline or reads predictions and carries their offsets onto the gold
text; ``scorers/`` match and count; ``report`` prints tables, JSON and error lists;
``writers/`` write the predictions in each public set's own format.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import ErrorCode, NewsfactsError
from .documents import data_root, iter_docs
from .readers import READERS, read_gold
from .scorers import Scores, conll, facts, meantime, newsquant, quotes, relations, timeml
from .scorers import body
from . import writers

__all__ = ["FORMATS", "Result", "evaluate", "data_root"]

SCORERS = {
    "gold": facts.score,
    "conll": conll.score,
    "newsquant": newsquant.score,
    "polnear": quotes.score,
    "timeml": timeml.score,
    "conll04": relations.scorer("conll04"),
    "crossre": relations.scorer("crossre"),
    "meantime": meantime.score,
    "articlebench": body.score,
}
FORMATS = tuple(READERS)
BODY_ONLY = {"articlebench"}


@dataclass
class Result:
    format: str
    documents: int
    scores: Scores
    saved: writers.Saved | None = None


def check_format(fmt: str) -> None:
    if fmt not in SCORERS:
        raise NewsfactsError(ErrorCode.UNKNOWN_FORMAT, name=fmt, known=", ".join(FORMATS))


def evaluate(gold: str | Path, fmt: str = "gold", *, pred: str | Path | None = None, nlp=None,
             config: str | Path | None = None, progress=None, save_predictions: str | Path | None = None) -> Result:
    """Read a gold set, predict (or read ``pred``), match and score.

    ``progress(record_lists, total)`` wraps the pipeline's output per document (see ``pipeline.progress``).
    ``save_predictions``: a folder to write the predictions to in the set's own format (see ``writers``).

    Raises :class:`NewsfactsError` for a missing path, an unknown format or bad gold data.
    """
    from .predict import predictions_for, read_predictions, run_pipeline

    check_format(fmt)
    if save_predictions is not None and fmt not in writers.WRITERS:
        raise NewsfactsError(ErrorCode.NO_WRITER, name=fmt, known=", ".join(writers.WRITERS))
    docs = list(iter_docs(read_gold(fmt, Path(gold))))
    if pred is not None:
        records = read_predictions(Path(pred))
    else:
        if nlp is None:
            from ..api import load

            nlp = load(config)
        records = run_pipeline(nlp, docs, body_only=fmt in BODY_ONLY, progress=progress)
    predictions = predictions_for(docs, records)
    saved = None
    if save_predictions is not None:
        saved = writers.save_predictions(fmt, docs, predictions, Path(save_predictions), Path(gold))
    return Result(fmt, len(docs), SCORERS[fmt](docs, predictions), saved)
