"""One reader per gold format; each takes a path and returns a ``datasets.Dataset`` of gold documents."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..documents import is_saved_dataset, load_saved
from . import articlebench, conll, gold, meantime, newsquant, polnear, relations, timeml

READERS: dict[str, Callable] = {
    "gold": gold.read,
    "conll": conll.read,
    "newsquant": newsquant.read,
    "polnear": polnear.read,
    "timeml": timeml.read,
    "conll04": relations.read_conll04,
    "crossre": relations.read_crossre,
    "meantime": meantime.read,
    "articlebench": articlebench.read,
}

__all__ = ["READERS", "read_gold"]


def read_gold(fmt: str, path: Path):
    """The gold documents of one set: a saved ``datasets`` folder in the gold-row shape, or the format's files."""
    if is_saved_dataset(path):
        return load_saved(path)
    return READERS[fmt](path)
