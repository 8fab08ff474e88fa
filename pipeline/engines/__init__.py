"""Engines run :func:`pipeline.batch.process` over many inputs.

Every engine yields the same thing: one list of records per input, in input order,
ready for :func:`pipeline.batch.write_records`.

- ``local`` with one worker runs in this process; with N workers it runs a process
  pool in which each worker loads the pipeline once (:mod:`pipeline.engines.local`).
- ``dask`` runs on a dask.distributed cluster, each worker holding one pipeline and
  reading its inputs through fsspec (:mod:`pipeline.engines.dask`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["ENGINES", "EngineError", "record_lists"]

ENGINES = ("local", "dask")


class EngineError(Exception):
    """A worker could not start (e.g. the model is missing): one line, picklable across processes."""


def record_lists(paths: Iterable[str | Path], *, published: str | None = None, config: str | Path | None = None,
                 batch_size: int = 16, workers: int = 1, engine: str = "local",
                 scheduler: str | None = None) -> Iterator[list]:
    """Records for every input under ``paths``, one list per input, in input order.

    Inputs are read lazily, so memory stays flat however many there are.
    """
    if engine == "dask":
        from .dask import process_dask

        return process_dask(paths, published=published, config=config, batch_size=batch_size,
                            workers=workers, scheduler=scheduler)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    from ..readers import read_inputs
    from .local import process_local

    return process_local(read_inputs(paths, published), config=config, batch_size=batch_size, workers=workers)
