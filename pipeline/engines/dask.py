"""The Dask engine: the same pipeline on a dask.distributed cluster.

Each worker loads the pipeline once, through :class:`PipelinePlugin`, and reads
its own inputs through fsspec, so paths may be local (on a filesystem the workers
share) or object storage (``s3://``, ``gs://``, ...; the matching fsspec backend
must be installed on the workers). The client only lists the inputs and writes the
records; tasks of ``batch_size`` files are submitted a few at a time and their
results come back in input order, so the output is the local engine's.
"""
from __future__ import annotations

import logging
import posixpath
import shutil
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

from ..readers import SUPPORTED, InputError, Item, file_id, iter_file_ids, read_file
from .local import chunked

__all__ = ["PipelinePlugin", "Source", "dask_client", "iter_sources", "process_dask", "read_source"]

PLUGIN_NAME = "newsfacts-pipeline"


class PipelinePlugin(WorkerPlugin):
    """Loads the newsfacts pipeline once per worker; tasks use ``plugin.nlp``.

    The config travels as text, so a remote worker needs no copy of the file.
    """

    def __init__(self, config_text: str | None = None) -> None:
        self.config_text = config_text
        self.nlp = None
        self.error: str | None = None

    def setup(self, worker) -> None:
        import tempfile

        from ..api import load
        from ..errors import NewsfactsError

        try:
            if self.config_text is None:
                self.nlp = load()
            else:
                with tempfile.TemporaryDirectory() as tmp:
                    path = Path(tmp) / "pipeline.cfg"
                    path.write_text(self.config_text, encoding="utf8")
                    self.nlp = load(path)
        except NewsfactsError as err:  # reported by the tasks, as one line
            self.error = str(err)


class Source(NamedTuple):
    """One file for a worker to read: its local path or URL, and its article id (:func:`pipeline.readers.file_id`,
    relative to the folder given), which only the client, listing the folders, can know."""

    path: str
    id: str


def _is_input(name: str) -> bool:
    """A supported article file name (``.txt``, ``.html``, ``.json``, ``.jsonl``, optionally ``.gz``), not hidden."""
    stem, suffix = posixpath.splitext(name.lower())
    if suffix == ".gz":
        suffix = posixpath.splitext(stem)[1]
    return suffix in SUPPORTED and not name.startswith(".")


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Source | InputError]:
    """The files under ``paths``, in input order, with their ids: local paths exactly as the local engine lists
    them (:func:`pipeline.readers.iter_file_ids`), URLs through fsspec (folders recursively, sorted by name)."""
    import fsspec

    from ..errors import ErrorCode, NewsfactsError

    for raw in map(str, paths):
        if "://" not in raw:
            yield from (entry if isinstance(entry, InputError) else Source(str(entry[0]), entry[1])
                        for entry in iter_file_ids([raw]))
            continue
        fs, root = fsspec.core.url_to_fs(raw)
        if fs.isdir(root):
            found = [posixpath.relpath(f, root) for f in fs.find(root)]
            for relative in sorted(found, key=lambda rel: rel.split("/")):
                if _is_input(posixpath.basename(relative)):
                    url = f"{raw.rstrip('/')}/{relative}"
                    yield Source(url, file_id(url, raw))
        elif fs.isfile(root):
            yield Source(raw, file_id(raw))
        else:
            err = NewsfactsError(ErrorCode.NOT_FOUND, path=raw)
            yield InputError(raw, err.code.value, str(err))


def read_source(source: str, published: str | None = None, article_id: str | None = None) -> Iterator[Item]:
    """The items of one local path or URL, as :func:`pipeline.readers.read_file` reads them.

    A URL is copied to a temporary file of the same name first, so every reader
    feature applies; the items then name the URL as their source. ``article_id``
    is the file's id (:class:`Source`; default: its stem).
    """
    article_id = article_id or file_id(source)
    if "://" not in source:
        yield from read_file(Path(source), published, article_id=article_id)
        return
    import tempfile

    import fsspec

    with tempfile.TemporaryDirectory(prefix="newsfacts-") as tmp:
        local = str(Path(tmp) / posixpath.basename(source))
        try:
            with fsspec.open(source, "rb") as remote, open(local, "wb") as copy:
                shutil.copyfileobj(remote, copy)
        except OSError as reason:
            from ..errors import ErrorCode, NewsfactsError

            err = NewsfactsError(ErrorCode.UNREADABLE, path=source, reason=reason)
            yield InputError(source, err.code.value, str(err))
            return
        for item in read_file(Path(local), published, article_id=article_id):
            item.source = item.source.replace(local, source, 1)
            if isinstance(item, InputError):
                item.message = item.message.replace(local, source)
            yield item


def _extract_files(sources: list, published: str | None, batch_size: int) -> list[list]:
    """Runs on a worker: read each source, run the worker's pipeline, one record list per input."""
    from ..batch import process
    from . import EngineError

    plugin = get_worker().plugins[PLUGIN_NAME]
    if plugin.error is not None:
        raise EngineError(plugin.error)

    def items():
        for source in sources:
            if isinstance(source, InputError):
                yield source
            else:
                yield from read_source(source.path, published, source.id)

    return list(process(plugin.nlp, items(), batch_size))


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``workers`` processes."""
    if scheduler is not None:
        with Client(scheduler, set_as_default=False) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster, set_as_default=False) as client:
        yield client


def process_dask(paths: Iterable[str | Path], *, published: str | None = None, config: str | Path | None = None,
                 batch_size: int = 16, workers: int = 2, scheduler: str | None = None,
                 client: Client | None = None) -> Iterator[list]:
    """One list of records per input under ``paths``, in input order, computed on a Dask cluster.

    Uses ``client`` when given, else connects to ``scheduler``, else starts a local
    cluster of ``workers`` processes. Two tasks per worker are in flight at most.
    """
    config_text = Path(config).read_text(encoding="utf8") if config is not None else None
    if client is None:
        with dask_client(scheduler, workers) as own:
            yield from process_dask(paths, published=published, config=config, batch_size=batch_size,
                                    client=own)
        return
    client.register_plugin(PipelinePlugin(config_text), name=PLUGIN_NAME)
    limit = 2 * max(1, len(client.nthreads()))
    pending: deque = deque()
    try:
        for chunk in chunked(iter_sources(paths), batch_size):
            if len(pending) >= limit:
                yield from pending.popleft().result()
            pending.append(client.submit(_extract_files, chunk, published, batch_size, pure=False))
        while pending:
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
