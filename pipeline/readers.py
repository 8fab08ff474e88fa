"""Turn files, folders, standard input, records and datasets into articles to process, or into explained errors.

Every input yields either an :class:`ArticleInput` or an :class:`InputError`,
so a batch never stops on one bad file and nothing is silently lost. Reading is
cheap and lazy: HTML stays HTML here and is extracted in the processing path
(``batch.process``), under the per-article time budget.
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
import stat
import sys
import zlib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import IO, Iterable, Iterator, Union

from .errors import ErrorCode, NewsfactsError

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
GZIP_SUFFIX = ".gz"
STDIN = "-"
#: Per-article size limit in characters (``--max-chars``, or NEWSFACTS_MAX_CHARS so every engine's
#: workers see it); a raw file may hold up to 4 bytes per character.
DEFAULT_MAX_CHARS = 1_000_000
MAX_CHARS_ENV = "NEWSFACTS_MAX_CHARS"
BYTES_PER_CHAR = 4


def default_max_chars() -> int:
    value = os.environ.get(MAX_CHARS_ENV, "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_MAX_CHARS


@dataclass
class ArticleInput:
    id: str | None
    text: str
    source: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    #: Raw HTML, extracted (main text and metadata) in the processing path; ``text`` is then empty.
    html: str | None = None
    #: The date to use when neither the record nor the page carries one (``--published``).
    default_published: str | None = None


@dataclass
class InputError:
    source: str
    code: str
    message: str

    @classmethod
    def of(cls, source: str, code: ErrorCode, **details: object) -> "InputError":
        err = NewsfactsError(code, **details)
        return cls(source, err.code.value, str(err))


Item = Union[ArticleInput, InputError]


@dataclass(frozen=True)
class Fields:
    """Which record field holds what (``--field text=body``, ``--text-field body``)."""

    id: str = "id"
    text: str = "text"
    html: str = "html"
    title: str = "title"
    published: str = "published"
    url: str = "url"
    authors: str = "authors"

    @classmethod
    def parse(cls, pairs: Iterable[str]) -> "Fields":
        """``["text=body", "published=date"]`` → Fields; a ValueError names the bad pair."""
        known = {f.name for f in fields(cls)}
        changes = {}
        for pair in pairs:
            key, sep, name = pair.partition("=")
            if not sep or key.strip() not in known or not name.strip():
                raise ValueError(f"'{pair}' is not KEY=FIELD with KEY one of {', '.join(sorted(known))}")
            changes[key.strip()] = name.strip()
        return replace(cls(), **changes)


@dataclass(frozen=True)
class ReadOptions:
    published: str | None = None
    fields: Fields = Fields()
    max_chars: int = field(default_factory=default_max_chars)

    @property
    def max_bytes(self) -> int:
        return self.max_chars * BYTES_PER_CHAR


class _TooLarge(Exception):
    def __init__(self, size: int | str) -> None:
        self.size = size


# --- bytes to text ----------------------------------------------------------------------------------

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b") + b"\x7f"


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    for zeros, codec in ((data[1::2], "utf-16-le"), (data[0::2], "utf-16-be")):
        if zeros.count(0) > 0.6 * half:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    return controls > 0.05 * len(sample)


def _mostly_utf8(data: bytes, err: UnicodeDecodeError) -> str | None:
    """UTF-8 cut short at the end, or a UTF-8 file with a few stray bytes: keep it UTF-8."""
    if err.start >= len(data) - 3:
        return data[: err.start].decode("utf-8", errors="replace")
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text if good >= 4 * bad else None


def decode(data: bytes) -> str:
    """Text of a file: its BOM, else UTF-8 when it is, else the encoding charset-normalizer finds (Latin-1…).

    Binary content raises ValueError; the mojibake of text double-encoded upstream is left to ftfy.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        text = _mostly_utf8(data, err)
        if text is not None:
            return text
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:65536] else None
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise ValueError("binary content, not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("cp1252", errors="replace")


# --- files and folders ------------------------------------------------------------------------------

def input_kind(path: Path) -> tuple[str, bool] | None:
    """(suffix, gzipped) for a supported file name (``a.html.gz`` → ``(".html", True)``), else None."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == GZIP_SUFFIX
    if gz:
        suffixes = suffixes[:-1]
    if suffixes and suffixes[-1] in SUPPORTED:
        return suffixes[-1], gz
    return None


def _stem(path: Path) -> str:
    name = path.name
    kind = input_kind(path)
    if kind:
        name = name[: -len(kind[0] + (GZIP_SUFFIX if kind[1] else ""))]
    return name or path.name


def file_id(path: str | Path, root: str | Path | None = None) -> str:
    """The article id a file gives: its path under ``root`` (the folder it was found in, as given), with ``/``
    separators and without the supported suffix (``business/001``); its stem when given directly (``root`` None).

    ``path`` and ``root`` may be URLs (``s3://bucket/news/a/1.txt`` under ``s3://bucket/news`` is ``a/1``).
    """
    path = str(path)
    if root is None:
        relative = path.rstrip("/").rsplit("/", 1)[-1]
    elif "://" in path:
        relative = path[len(str(root).rstrip("/")) + 1:]
    else:
        relative = Path(path).relative_to(root).as_posix()
    folder, _, name = relative.rpartition("/")
    stem = _stem(Path(name))
    return f"{folder}/{stem}" if folder else stem


def iter_file_ids(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | InputError]:
    """:func:`iter_files` with the article id of each file (:func:`file_id`: relative to the folder given)."""
    for raw in paths:
        root = raw if str(raw) != STDIN and Path(raw).is_dir() else None
        for entry in iter_files([raw]):
            yield entry if isinstance(entry, InputError) else (entry, file_id(entry, root))


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files under the given paths, recursively and sorted by name; ``-`` passes through for stdin.

    Symbolic link loops and unreadable folders become errors; the walk goes on.
    """
    for raw in paths:
        if str(raw) == STDIN:
            yield Path(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield InputError.of(str(path), ErrorCode.UNREADABLE, path=path, reason="broken symbolic link")
        else:
            yield InputError.of(str(path), ErrorCode.NOT_FOUND, path=path)


def _walk(top: Path) -> Iterator[Path | InputError]:
    """Depth-first, entries sorted by name, with the chain of folders above kept to detect link loops."""
    top_stat = top.stat()
    stack: list[tuple[Iterator[os.DirEntry], frozenset]] = []

    def enter(folder: Path, ancestors: frozenset) -> InputError | None:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            return InputError.of(str(folder), ErrorCode.UNREADABLE, path=folder, reason=err.strerror or err)
        stack.append((iter(entries), ancestors))
        return None

    problem = enter(top, frozenset({(top_stat.st_dev, top_stat.st_ino)}))
    if problem:
        yield problem
    while stack:
        entries, ancestors = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            info = entry.stat(follow_symlinks=True)
        except OSError:
            if entry.is_symlink():
                yield InputError.of(str(path), ErrorCode.UNREADABLE, path=path, reason="broken symbolic link")
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                yield InputError.of(str(path), ErrorCode.LINK_LOOP, path=path)
                continue
            problem = enter(path, ancestors | {key})
            if problem:
                yield problem
        elif stat.S_ISREG(info.st_mode) and input_kind(path):
            yield path


def _read_bytes(handle: IO[bytes], limit: int) -> bytes:
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise _TooLarge(f"more than {limit}")
    return data


def _open(path: Path, gz: bool) -> IO[bytes]:
    return gzip.open(path, "rb") if gz else open(path, "rb")


_READ_ERRORS = (OSError, EOFError, zlib.error, ValueError)


def read_file(path: Path, published: str | None = None, options: ReadOptions | None = None, *,
              article_id: str | None = None) -> Iterator[Item]:
    """The articles in one file (one for .txt/.html, one per record for .json/.jsonl); ``-`` is stdin.

    ``article_id`` is the file's id (default: its stem); records without an id of their own get ``<id>-<n>``.
    """
    options = options or ReadOptions(published=published)
    if published is not None and options.published is None:
        options = replace(options, published=published)
    source = str(path)
    if source == STDIN:
        yield from _read_stdin(options)
        return
    kind = input_kind(path)
    if kind is None:
        yield InputError.of(source, ErrorCode.UNSUPPORTED_TYPE, suffix="".join(path.suffixes) or path.name,
                            path=path)
        return
    suffix, gz = kind
    article_id = article_id or file_id(path)
    if suffix == ".jsonl":
        yield from _read_jsonl(path, gz, options, article_id)
        return
    def read() -> bytes:
        if not gz and path.stat().st_size > options.max_bytes:
            raise _TooLarge(path.stat().st_size)
        with _open(path, gz) as handle:
            return _read_bytes(handle, options.max_bytes)

    text = _read_text(read, source, options)
    if isinstance(text, InputError):
        yield text
    else:
        yield from _from_text(text, suffix, source, article_id, options)


def _read_text(read, source: str, options: ReadOptions) -> str | InputError:
    """The decoded text ``read()`` returns, or the error that says why there is none."""
    try:
        return decode(read())
    except _TooLarge as big:
        return InputError.of(source, ErrorCode.TOO_LARGE, path=source, size=big.size, unit="bytes",
                             limit=options.max_bytes)
    except _READ_ERRORS as reason:
        return InputError.of(source, ErrorCode.UNREADABLE, path=source, reason=_reason(reason))


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    return str(err) or type(err).__name__


def _from_text(text: str, suffix: str, source: str, stem: str, options: ReadOptions) -> Iterator[Item]:
    if suffix in TEXT_SUFFIXES:
        yield ArticleInput(id=stem, text=text, source=source, default_published=options.published)
    elif suffix in HTML_SUFFIXES:
        yield ArticleInput(id=stem, text="", html=text, source=source, default_published=options.published)
    else:
        yield from _read_json(text, source, stem, options)


def _sniff(text: str) -> str:
    head = text.lstrip()[:1]
    if head == "<":
        return ".html"
    if head in "{[" and head:
        first = text.lstrip().split("\n", 1)[0].strip()
        try:
            json.loads(first)
            return ".jsonl" if head == "{" else ".json"
        except json.JSONDecodeError:
            return ".json"
    return ".txt"


def _read_stdin(options: ReadOptions) -> Iterator[Item]:
    """Standard input: plain text, HTML, a JSON record or list, or JSON lines, told apart by the first line."""
    source = "<stdin>"
    text = _read_text(lambda: _read_bytes(sys.stdin.buffer, options.max_bytes), source, options)
    if isinstance(text, InputError):
        yield text
        return
    suffix = _sniff(text)
    if suffix == ".jsonl":
        lines = enumerate(text.splitlines(), start=1)
        yield from _records_from_lines(((n, line, None) for n, line in lines), source, "stdin", options)
    else:
        yield from _from_text(text, suffix, source, "stdin", options)


def html_to_article(html: str, source: str, article_id: str | None) -> ArticleInput:
    """Main text and metadata of an HTML page (trafilatura, no network), as an article to clean and process."""
    from .cleaning import extract_html

    page = extract_html(html, clean=False)
    return ArticleInput(id=article_id, text=page.body, source=source, title=page.title, published=page.published,
                        url=page.url, authors=page.authors)


# --- records ----------------------------------------------------------------------------------------

def _authors(value: object) -> list[str]:
    if isinstance(value, str):
        return [a.strip() for a in value.replace(";", ",").split(",") if a.strip()]
    if isinstance(value, list):
        return [str(a).strip() for a in value if str(a).strip()]
    return []


def record_to_article(record: dict, source: str, default_id: str, options: ReadOptions | None = None) -> ArticleInput:
    """One article record (field names from ``options.fields``); KeyError when it has no text or HTML."""
    options = options or ReadOptions()
    f = options.fields
    if not isinstance(record, dict):
        raise TypeError("an article record must be a JSON object")
    raw_id = record.get(f.id)
    article_id = str(raw_id) if raw_id not in (None, "") else default_id
    if isinstance(record.get(f.text), str):
        article = ArticleInput(id=article_id, text=record[f.text], source=source)
    elif isinstance(record.get(f.html), str):
        article = ArticleInput(id=article_id, text="", html=record[f.html], source=source)
    else:
        raise KeyError(f.text)
    for key in ("title", "url", "published"):
        value = record.get(getattr(f, key))
        if value not in (None, "") and not isinstance(value, (dict, list)):
            setattr(article, key, str(value))
    article.authors = _authors(record.get(f.authors))
    article.default_published = options.published
    return article


def _record_item(row: object, n: int, source: str, path: str, default_id: str, options: ReadOptions) -> Item:
    try:
        return record_to_article(row, source, default_id, options)
    except TypeError as reason:
        return InputError.of(source, ErrorCode.BAD_JSON, path=path, line=n, reason=reason)
    except KeyError:
        return InputError.of(source, ErrorCode.NO_TEXT, path=path, line=n, text_field=options.fields.text,
                             html_field=options.fields.html)


def _read_json(text: str, source: str, stem: str, options: ReadOptions) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as reason:
        yield InputError.of(source, ErrorCode.BAD_JSON, path=source, line=reason.lineno, reason=reason.msg)
        return
    except RecursionError:
        yield InputError.of(source, ErrorCode.BAD_JSON, path=source, line=1, reason="nested too deeply")
        return
    rows = data if isinstance(data, list) else [data]
    many = len(rows) > 1
    for n, row in enumerate(rows, start=1):
        item_source = f"{source}:{n}" if many else source
        yield _record_item(row, n, item_source, source, f"{stem}-{n}" if many else stem, options)


def _read_jsonl(path: Path, gz: bool, options: ReadOptions, stem: str) -> Iterator[Item]:
    """JSON lines, streamed: a huge file never sits in memory, a huge line is one error."""
    source = str(path)
    try:
        handle = _open(path, gz)
    except OSError as reason:
        yield InputError.of(source, ErrorCode.UNREADABLE, path=path, reason=_reason(reason))
        return
    with handle:
        yield from _records_from_lines(_jsonl_lines(handle, options.max_bytes, source), source, stem, options)


def _jsonl_lines(handle: IO[bytes], limit: int, source: str) -> Iterator[tuple[int, str | None, InputError | None]]:
    n = 0
    while True:
        n += 1
        try:
            raw = handle.readline(limit + 1)
        except _READ_ERRORS as reason:
            yield n, None, InputError.of(f"{source}:{n}", ErrorCode.UNREADABLE, path=source, reason=_reason(reason))
            return
        if not raw:
            return
        if len(raw) > limit and not raw.endswith(b"\n"):
            while True:  # skip the rest of the over-long line
                rest = handle.readline(limit + 1)
                if not rest or rest.endswith(b"\n"):
                    break
            yield n, None, InputError.of(f"{source}:{n}", ErrorCode.TOO_LARGE, path=f"{source} line {n}",
                                         size=f"more than {limit}", unit="bytes", limit=limit)
            continue
        try:
            yield n, decode(raw), None
        except ValueError as reason:
            yield n, None, InputError.of(f"{source}:{n}", ErrorCode.UNREADABLE, path=f"{source} line {n}",
                                         reason=reason)


def _records_from_lines(lines: Iterable[tuple[int, str | None, InputError | None]], source: str, stem: str,
                        options: ReadOptions) -> Iterator[Item]:
    for n, line, problem in lines:
        if problem is not None:
            yield problem
            continue
        if not line.strip():
            continue
        item_source = f"{source}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as reason:
            yield InputError.of(item_source, ErrorCode.BAD_JSON, path=source, line=n, reason=reason.msg)
            continue
        except RecursionError:
            yield InputError.of(item_source, ErrorCode.BAD_JSON, path=source, line=n, reason="nested too deeply")
            continue
        yield _record_item(row, n, item_source, source, f"{stem}-{n}", options)


# --- datasets ---------------------------------------------------------------------------------------

def read_dataset(path: str | Path, options: ReadOptions | None = None) -> Iterator[Item]:
    """Rows of a Hugging Face ``datasets`` dataset saved with ``save_to_disk`` (every split, sorted).

    Nothing is downloaded: the hub is switched off before ``datasets`` is imported.
    """
    options = options or ReadOptions()
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    path = Path(path)
    source = str(path)
    try:
        import datasets

        loaded = datasets.load_from_disk(str(path))
    except Exception as reason:  # datasets raises FileNotFoundError, ValueError and its own types
        yield InputError.of(source, ErrorCode.BAD_DATASET, path=path, reason=str(reason).splitlines()[0][:300]
                            if str(reason) else type(reason).__name__)
        return
    splits = [(name, loaded[name]) for name in sorted(loaded)] if isinstance(loaded, datasets.DatasetDict) \
        else [(None, loaded)]
    for split, table in splits:
        prefix = f"{source}#{split}" if split else source
        for index, row in enumerate(table):
            item_source = f"{prefix}/{index}"
            default_id = f"{path.name}-{split}-{index}" if split else f"{path.name}-{index}"
            yield _record_item(row, index, item_source, prefix, default_id, options)


def read_inputs(paths: Iterable[str | Path], published: str | None = None,
                options: ReadOptions | None = None, datasets: Iterable[str | Path] = ()) -> Iterator[Item]:
    """Every item of the given paths (files, folders, ``-``) and then of the given datasets, in order."""
    options = options or ReadOptions(published=published)
    if published is not None and options.published is None:
        options = replace(options, published=published)
    for entry in iter_file_ids(paths):
        if isinstance(entry, InputError):
            yield entry
        else:
            path, article_id = entry
            yield from read_file(path, options=options, article_id=article_id)
    for dataset in datasets:
        yield from read_dataset(dataset, options)
