"""Progress on long runs, on stderr: a tqdm bar on a terminal, one summary line otherwise, nothing when quiet.

The bar counts inputs done, their rate and the errors so far, with the time left when the
total is known. It wraps any stream of record lists (one list per input, an error input
being a one-record list of kind ``error``), so ``extract`` and ``evaluate`` share it.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import IO, Iterable, Iterator

from tqdm import tqdm

from .readers import RECORD_SUFFIXES, STDIN, InputError, input_kind, iter_files

__all__ = ["Progress", "count_inputs"]

#: tqdm's layouts, with the rate always in articles per second (tqdm turns a slow one into seconds per article).
BAR = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}{postfix}]"
COUNTER = "{desc}: {n_fmt} articles [{elapsed}, {rate_noinv_fmt}{postfix}]"


class Progress:
    """``progress.track(record_lists, total)`` passes the lists through and reports them on ``stream``."""

    def __init__(self, label: str, *, quiet: bool = False, stream: IO[str] | None = None) -> None:
        self.label = label
        self.quiet = quiet
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self.errors = 0

    def shows_bar(self) -> bool:
        """A bar only on a terminal (and never when quiet)."""
        isatty = getattr(self.stream, "isatty", None)
        return not self.quiet and bool(isatty and isatty())

    def _width(self) -> int:
        try:
            return os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            return 0

    def track(self, record_lists: Iterable[list], total: int | None = None) -> Iterator[list]:
        """The record lists, counted; the bar or the line ends with the last one (at ``total``, or the stream's end).

        A consumer may stop at ``total`` without asking for more (``zip`` does), so the report
        is finished before the last list is handed on. A failed run ends the bar without a line.
        """
        if self.quiet:
            yield from record_lists
            return
        bar = None
        if self.shows_bar():
            sized = self._width() > 0  # a terminal that reports no size (some ptys) gets 80 x 24
            bar = tqdm(total=total, desc=self.label, unit=" articles", file=self.stream, postfix={"errors": 0},
                       bar_format=BAR if total is not None else COUNTER, dynamic_ncols=sized,
                       ncols=None if sized else 80, nrows=None if sized else 24)
        started, finished = time.monotonic(), False

        def finish() -> None:
            nonlocal finished
            if finished:
                return
            finished = True
            if bar is not None:
                bar.close()
            else:
                print(self.line(time.monotonic() - started), file=self.stream, flush=True)

        try:
            for records in record_lists:
                self.done += 1
                if records and records[0].kind == "error":
                    self.errors += 1
                    if bar is not None:
                        bar.set_postfix(errors=self.errors, refresh=False)
                if bar is not None:
                    bar.update(1)
                if self.done == total:
                    finish()
                yield records
        except GeneratorExit:
            finish()
            raise
        except BaseException:
            if bar is not None:
                bar.close()
            raise
        finish()

    def line(self, seconds: float) -> str:
        rate = f"{self.done / seconds:.1f}" if seconds > 0 else "-"
        return (f"{self.label}: {self.done} articles in {seconds:.1f} s ({rate} articles/s), "
                f"{self.errors} errors")


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many inputs the paths hold, when that is known without reading them (None: stdin or record files).

    A .txt or .html file is one input, and so is each path that cannot be read (it becomes an
    error record); a .json or .jsonl file may hold any number of records.
    """
    count = 0
    for entry in iter_files(paths):
        if not isinstance(entry, InputError):
            kind = input_kind(entry)
            if str(entry) == STDIN or (kind and kind[0] in RECORD_SUFFIXES):
                return None
        count += 1
    return count
