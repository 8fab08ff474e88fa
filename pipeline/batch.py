"""Batch extraction: inputs in, JSONL records out, in input order, one article at a time.

Every input ends as exactly one article record (followed by its facts) or one
error record, so ``inputs == articles + errors`` always holds. The limits (size,
time budget) are applied here, in the processing path every engine shares.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import json
import logging
import os
import signal
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import astuple, dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from .errors import ErrorCode, NewsfactsError
from .readers import ArticleInput, InputError, Item, default_max_chars
from .schema import ErrorRecord

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

#: Seconds one article may take (HTML extraction, cleaning and the pipeline) before it becomes an error record.
DEFAULT_TIME_LIMIT = 120.0
TIME_LIMIT_ENV = "NEWSFACTS_TIME_LIMIT"


def _default_seconds() -> float | None:
    try:
        value = float(os.environ.get(TIME_LIMIT_ENV, DEFAULT_TIME_LIMIT))
    except ValueError:
        value = DEFAULT_TIME_LIMIT
    return value if value > 0 else None


@dataclass(frozen=True)
class Limits:
    """Per-article limits: characters of text or HTML, and seconds (None: no time limit).

    The defaults come from NEWSFACTS_MAX_CHARS and NEWSFACTS_TIME_LIMIT when set, so the
    worker processes of every engine apply the limits the command line chose.
    """

    max_chars: int = field(default_factory=default_max_chars)
    seconds: float | None = field(default_factory=_default_seconds)


@dataclass
class Summary:
    inputs: int = 0
    articles: int = 0
    facts: int = 0
    errors: int = 0
    resumed: int = 0
    #: Facts left out because they failed validation (each article lists its own in ``dropped_facts``).
    dropped_facts: int = 0
    #: Inputs whose article id was already used in the output and became ``id~2``, ``id~3``...
    renamed: int = 0

    def add(self, records: list) -> None:
        """Count one input's records (an article and its facts, or one error)."""
        self.inputs += 1
        if records and records[0].kind == "error":
            self.errors += 1
        else:
            self.articles += 1
            self.facts += len(records) - 1
            self.dropped_facts += len(records[0].dropped_facts)

    def __add__(self, other: "Summary") -> "Summary":
        return Summary(*(mine + theirs for mine, theirs in zip(astuple(self), astuple(other))))

    def line(self) -> str:
        line = f"{self.inputs} inputs: {self.articles} articles, {self.facts} facts, {self.errors} errors"
        if self.dropped_facts:
            line += f", {self.dropped_facts} invalid facts dropped (listed in their article's dropped_facts)"
        if self.renamed:
            line += f", {self.renamed} repeated article ids made unique (id~2, id~3, ...)"
        return line + (f" ({self.resumed} already in the output)" if self.resumed else "")


def normalise_published(value: str | None) -> str | None:
    """YYYY-MM-DD from a date or an ISO timestamp; a clear error otherwise."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise NewsfactsError(ErrorCode.BAD_DATE, value=value) from None


# --- time budget ------------------------------------------------------------------------------------

class ArticleTimeout(BaseException):
    """Raised inside the work on one article when its time budget runs out.

    A BaseException, so that libraries catching ``Exception`` (trafilatura does) cannot swallow it.
    """


def _raise_timeout(signum, frame) -> None:
    raise ArticleTimeout()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Interrupt the block with ArticleTimeout after ``seconds``.

    In the main thread a SIGALRM timer interrupts Python code and regex matching. In other
    threads (Dask runs tasks in worker threads) a timer thread raises ArticleTimeout in this
    one through ``PyThreadState_SetAsyncExc``: Python code is interrupted at its next
    bytecode, a long call into C (one regex match) only when it returns.
    """
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with _thread_time_budget(seconds):
            yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _thread_time_budget(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(ArticleTimeout))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
        timer.cancel()


# --- one article ------------------------------------------------------------------------------------

def _soft_date(value: str | None) -> str | None:
    try:
        return normalise_published(value)
    except NewsfactsError:
        return None


def make_doc(nlp, item: ArticleInput, limits: Limits | None = None):
    """The cleaned, tokenised Doc of one article, its metadata attached; NewsfactsError for a bad one."""
    from .cleaning import CleaningTokenizer, extract_html
    from .extensions import get_article

    limits = limits or Limits()
    size = len(item.html) if item.html is not None else len(item.text)
    if size > limits.max_chars:
        raise NewsfactsError(ErrorCode.TOO_LARGE, path=item.source, size=size, unit="characters",
                             limit=limits.max_chars)
    text, title, published = item.text, item.title, normalise_published(item.published)
    url, authors, site = item.url, list(item.authors), None
    if item.html is not None:
        page = extract_html(item.html, clean=False)
        text, title, url, site = page.body, title or page.title, url or page.url, page.site
        authors = authors or page.authors
        published = published or _soft_date(page.published)
    published = published or normalise_published(item.default_published)
    tokenizer = nlp.tokenizer
    doc = tokenizer.make_doc(text, title=title) if isinstance(tokenizer, CleaningTokenizer) else nlp.make_doc(text)
    meta = get_article(doc)
    meta.article_id, meta.source, meta.url, meta.published, meta.site = item.id, item.source, url, published, site
    meta.title = title or meta.title
    if authors:
        meta.authors = authors
    if not doc.text.strip():
        raise NewsfactsError(ErrorCode.EMPTY, path=item.source)
    return doc


def _guarded(item: ArticleInput, limits: Limits, work):
    """Run ``work()`` for one article within its budget: its result, or an InputError."""
    try:
        with time_budget(limits.seconds):
            return work()
    except NewsfactsError as err:
        return InputError(item.source, err.code.value, str(err))
    except ArticleTimeout:
        return InputError.of(item.source, ErrorCode.TIMEOUT, path=item.source, limit=limits.seconds)
    except (Exception, RecursionError) as err:  # a bug or a library failing on one input must not stop the batch
        logger.warning("processing %s failed", item.source, exc_info=True)
        reason = f"{type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}"[:300]
        return InputError.of(item.source, ErrorCode.PROCESSING_FAILED, path=item.source, reason=reason)


def _error_record(error: InputError) -> ErrorRecord:
    return ErrorRecord(article_id=error.source, source=error.source, code=error.code, message=error.message)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _records(doc, item: ArticleInput, limits: Limits) -> list:
    from .records import doc_to_records

    result = _guarded(item, limits, lambda: doc_to_records(doc))
    return [_error_record(result)] if isinstance(result, InputError) else result


def _process_chunk(nlp, chunk: list[Item], limits: Limits) -> Iterator[list]:
    prepared = [entry if isinstance(entry, InputError) else (_guarded(entry, limits, lambda: make_doc(nlp, entry, limits)), entry)
                for entry in chunk]
    docs = [entry for entry in prepared if isinstance(entry, tuple) and not isinstance(entry[0], InputError)]
    done: list | None = None
    if docs:
        seconds = limits.seconds * len(docs) if limits.seconds else None
        try:
            with time_budget(seconds):
                done = [doc for doc, _ in nlp.pipe(docs, as_tuples=True, batch_size=len(docs))]
        except (ArticleTimeout, Exception):
            done = None  # rerun this chunk one article at a time, each within its own budget
    finished = iter(done or [])
    for entry in prepared:
        if isinstance(entry, InputError):
            yield [_error_record(entry)]
            continue
        doc, item = entry
        if isinstance(doc, InputError):
            yield [_error_record(doc)]
        elif done is not None:
            yield _records(next(finished), item, limits)
        else:
            result = _guarded(item, limits, lambda: nlp(make_doc(nlp, item, limits)))
            yield [_error_record(result)] if isinstance(result, InputError) else _records(result, item, limits)


def process(nlp, items: Iterable[Item], batch_size: int = 16, *, limits: Limits | None = None) -> Iterator[list]:
    """The in-process engine: one list of records per input, in input order.

    A good input gives its article record followed by its facts; a bad one gives a single
    error record, and so does an article over the size limit or the time budget, or one the
    pipeline fails on. Other engines (multi-process, Dask) yield the same shape.
    """
    limits = limits or Limits()
    for chunk in _chunks(items, batch_size):
        yield from _process_chunk(nlp, chunk, limits)


# --- output -----------------------------------------------------------------------------------------

class UniqueIds:
    """The article ids used in one output. A repeated id becomes ``id~2``, then ``id~3``..., in output order,
    so every engine (which all write in input order) and ``--resume`` give the same ids."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken = set(taken)
        self._next: dict[str, int] = {}

    def claim(self, article_id: str) -> str:
        unique, n = article_id, self._next.get(article_id, 2)
        while unique in self.taken:
            unique, n = f"{article_id}~{n}", n + 1
        self._next[article_id] = n
        self.taken.add(unique)
        return unique


def write_records(record_lists: Iterable[list], out: IO[str], taken: Iterable[str] = ()) -> Summary:
    """Write each input's records as JSON lines in one write, flushing after each input, and count them.

    Article ids are made unique within the output (``taken``: those already in it, for ``--resume``).
    """
    summary = Summary()
    ids = UniqueIds(taken)
    for records in record_lists:
        unique = ids.claim(records[0].article_id)
        if unique != records[0].article_id:
            from .records import with_article_id

            records = with_article_id(records, unique)
            summary.renamed += 1
        summary.add(records)
        out.write("".join(r.model_dump_json() + "\n" for r in records))
        out.flush()
    return summary


def run_batch(nlp, items: Iterable[Item], out: IO[str], batch_size: int = 16, *,
              limits: Limits | None = None, taken: Iterable[str] = ()) -> Summary:
    """Process every item in this process and write its records to ``out`` (``taken``: ids already in it)."""
    return write_records(process(nlp, items, batch_size, limits=limits), out, taken)


@dataclass
class Done:
    """What an earlier run already wrote: how often each source occurs, its article ids, and its summary."""

    sources: Counter = field(default_factory=Counter)
    ids: set = field(default_factory=set)
    summary: Summary = field(default_factory=Summary)


def resume_state(path: Path) -> Done:
    """Read an output file for ``--resume``, cutting off an input whose records were cut short.

    Each input's records are written in one write and flushed, so only the last input can be
    partial: when the file ends in a line without its newline (or one that is not JSON), that
    last input's records are removed from the file and it is processed again.
    """
    done = Done()
    if not path.exists():
        return done
    groups: list[tuple[int, list[dict]]] = []
    with open(path, "rb+") as f:
        offset = 0
        for raw in f.read().splitlines(keepends=True):
            record = _complete_record(raw)
            if record is None:
                f.truncate(groups[-1][0] if groups else offset)
                groups = groups[:-1]
                break
            if record.get("kind") in ("article", "error") or not groups:
                groups.append((offset, [record]))
            else:
                groups[-1][1].append(record)
            offset += len(raw)
    for _, group in groups:
        done.sources[group[0].get("source")] += 1
        done.ids.add(group[0].get("article_id"))
        is_error = group[0].get("kind") == "error"
        done.summary.inputs += 1
        done.summary.errors += is_error
        done.summary.articles += not is_error
        done.summary.facts += 0 if is_error else len(group) - 1
        done.summary.dropped_facts += len(group[0].get("dropped_facts") or [])
    done.summary.resumed = done.summary.inputs
    return done


def _complete_record(raw: bytes) -> dict | None:
    if not raw.endswith(b"\n"):
        return None
    try:
        record = json.loads(raw)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None


def skip_done(entries: Iterable, done: Done, key: Callable = lambda item: item.source) -> Iterator:
    """The entries (items, or record lists with a ``key``) whose source is not yet in the output.

    Each occurrence in the output skips one entry, so a source given twice is processed twice.
    """
    remaining = Counter(done.sources)
    for entry in entries:
        source = key(entry)
        if remaining[source] > 0:
            remaining[source] -= 1
            continue
        yield entry


def safe_output_path(root: Path, name: str, suffix: str = ".jsonl") -> Path:
    """``root/name+suffix`` for a name taken from the data (an article id), never outside ``root``."""
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name).strip("._") or "article"
    target = (root / (cleaned[:150] + suffix)).resolve()
    if target.parent != root.resolve():
        raise NewsfactsError(ErrorCode.UNSAFE_PATH, path=name, root=root)
    return target
