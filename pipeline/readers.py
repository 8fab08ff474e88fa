"""Turn files, folders and records into articles to process, or into explained errors.

Every input yields either an :class:`ArticleInput` or an :class:`InputError`,
so a batch never stops on one bad file and nothing is silently lost.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Union

from .errors import ErrorCode, NewsfactsError

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES


@dataclass
class ArticleInput:
    id: str | None
    text: str
    source: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)


@dataclass
class InputError:
    source: str
    code: str
    message: str


Item = Union[ArticleInput, InputError]


def decode(data: bytes) -> str:
    """UTF-8 when it is, else the encoding charset-normalizer finds (e.g. Latin-1 files)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("cannot detect the text encoding (binary file?)")
    return str(best)


def html_to_article(html: str, source: str, article_id: str | None) -> ArticleInput:
    """Main text and metadata of an HTML page, through trafilatura (no network access)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html)
    authors = [a.strip() for a in (meta.author or "").split(";") if a.strip()] if meta else []
    return ArticleInput(id=article_id, text=text, source=source, title=meta.title if meta else None,
                        published=meta.date if meta and meta.date else None, url=meta.url if meta else None,
                        authors=authors)


def record_to_article(record: dict, source: str, default_id: str) -> ArticleInput:
    if not isinstance(record, dict):
        raise ValueError("an article record must be a JSON object")
    article_id = str(record.get("id") or default_id)
    if isinstance(record.get("text"), str):
        article = ArticleInput(id=article_id, text=record["text"], source=source)
    elif isinstance(record.get("html"), str):
        article = html_to_article(record["html"], source, article_id)
    else:
        raise KeyError("neither 'text' nor 'html'")
    for key in ("title", "url", "published"):
        if record.get(key):
            setattr(article, key, str(record[key]))
    if isinstance(record.get("authors"), list):
        article.authors = [str(a) for a in record["authors"]]
    return article


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files under the given paths, recursively and sorted; missing paths become errors."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(path, followlinks=True, onerror=None):
                st = os.stat(root)
                if (st.st_dev, st.st_ino) in seen:
                    dirs[:] = []
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs.sort()
                for name in sorted(files):
                    file = Path(root) / name
                    if file.suffix.lower() in SUPPORTED and not name.startswith("."):
                        yield file
        elif path.is_file():
            yield path
        else:
            err = NewsfactsError(ErrorCode.NOT_FOUND, path=path)
            yield InputError(str(path), err.code.value, str(err))


def read_file(path: Path, published: str | None = None) -> Iterator[Item]:
    """The articles in one file (one for .txt/.html, one per record for .json/.jsonl)."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        err = NewsfactsError(ErrorCode.UNSUPPORTED_TYPE, suffix=suffix, path=path)
        yield InputError(source, err.code.value, str(err))
        return
    try:
        text = decode(path.read_bytes())
    except (OSError, ValueError) as reason:
        err = NewsfactsError(ErrorCode.UNREADABLE, path=path, reason=reason)
        yield InputError(source, err.code.value, str(err))
        return
    if suffix in TEXT_SUFFIXES:
        yield ArticleInput(id=path.stem, text=text, source=source, published=published)
    elif suffix in HTML_SUFFIXES:
        article = html_to_article(text, source, path.stem)
        article.published = published or article.published
        yield article
    else:
        yield from _read_records(path, text, suffix, published)


def _read_records(path: Path, text: str, suffix: str, published: str | None) -> Iterator[Item]:
    source = str(path)
    if suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as reason:
            err = NewsfactsError(ErrorCode.BAD_JSON, path=path, line=reason.lineno, reason=reason.msg)
            yield InputError(source, err.code.value, str(err))
            return
        rows = list(enumerate(data if isinstance(data, list) else [data], start=1))
        parsed = [(n, row, None) for n, row in rows]
    else:
        parsed = []
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                parsed.append((n, json.loads(line), None))
            except json.JSONDecodeError as reason:
                parsed.append((n, None, reason.msg))
    many = len(parsed) > 1
    for n, row, problem in parsed:
        item_source = f"{source}:{n}" if many or suffix == ".jsonl" else source
        if problem is not None:
            err = NewsfactsError(ErrorCode.BAD_JSON, path=path, line=n, reason=problem)
            yield InputError(item_source, err.code.value, str(err))
            continue
        try:
            article = record_to_article(row, item_source, f"{path.stem}-{n}" if many else path.stem)
        except (KeyError, ValueError):
            err = NewsfactsError(ErrorCode.NO_TEXT, path=path, line=n)
            yield InputError(item_source, err.code.value, str(err))
            continue
        article.published = article.published or published
        yield article


def read_inputs(paths: Iterable[str | Path], published: str | None = None) -> Iterator[Item]:
    for entry in iter_files(paths):
        if isinstance(entry, InputError):
            yield entry
        else:
            yield from read_file(entry, published)
