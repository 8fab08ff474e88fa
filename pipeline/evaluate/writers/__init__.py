"""Writers: predictions in each public set's own format, so the set's official scorer, or any
independent one, can run on them (``newsfacts evaluate ... --save-predictions DIR``).

One module per format, mirroring ``readers/``: ``facts(doc, predicted)`` turns one document's
predictions (the predicted text and output-contract facts on gold offsets) into facts of the shape
that format's reader gives, through the scorer's own mapping, and ``write(rows, out, gold)`` writes
gold-shaped documents in the format. Reading written gold back gives the gold again. A prediction
the format can hold only on another span (a name inside a token, or across sentences) is written
on the nearest one it can and counted as reshaped; one it cannot hold at all (overlapping tags,
spans not carried onto the gold text) is left out and counted.
"""
from __future__ import annotations

from pathlib import Path

from . import articlebench, conll, conll04, newsquant, polnear, timeml
from .common import Saved

WRITERS = {"conll": conll, "conll04": conll04, "newsquant": newsquant, "polnear": polnear, "timeml": timeml,
           "articlebench": articlebench}

__all__ = ["WRITERS", "Saved", "save_predictions"]


def save_predictions(fmt: str, docs: list[dict], predictions: dict, out: Path, gold: Path) -> Saved:
    """Write each document's predictions (``predict.predictions_for``) under ``out`` in format ``fmt``."""
    writer = WRITERS[fmt]
    rows = [{**doc, "facts": writer.facts(doc, predictions[doc["id"]])} for doc in docs]
    out.mkdir(parents=True, exist_ok=True)
    return writer.write(rows, out, gold)
