"""HTML in, main text and metadata out: trafilatura, then the news cleaning layer.

``extract_html`` is the one function both the batch path and the article-extraction
evaluator call. Nothing is fetched: the page is a string, trafilatura gets no URL to
download, and lxml's HTML parser resolves no external entities or DTDs.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .cleaner import ArticleCleaner

#: trafilatura settings: precision first (the benchmark's better trafilatura mode), recall when that finds nothing.
_MODES = ({"favor_precision": True}, {}, {"favor_recall": True})


@dataclass
class HtmlArticle:
    body: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None
    site: str | None = None
    caption: str | None = None
    credit: str | None = None
    dateline: str | None = None


def _main_text(html: str):
    import trafilatura

    document = None
    for mode in _MODES:
        document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                               include_tables=True, deduplicate=False, **mode)
        if document is not None and (document.text or "").strip():
            break
    return document


def extract_html(html: str, *, clean: bool = True, cleaner: ArticleCleaner | None = None) -> HtmlArticle:
    """The cleaned body (paragraphs separated by blank lines) and the page's metadata.

    With ``clean=False`` the body is trafilatura's text as paragraphs, for a caller whose own
    cleaning stage runs next (the batch path, where the cleaning tokenizer does it).
    """
    document = _main_text(html) if html.strip() else None
    if document is None:
        return HtmlArticle(body="")
    lines = [line.strip() for line in (document.text or "").split("\n")]
    body = "\n\n".join(line for line in lines if line)
    cleaner = cleaner or (_default_cleaner() if clean or document.author else None)
    authors = cleaner.split_authors((document.author or "").replace(";", ",")) if document.author else []
    page = HtmlArticle(body=body, title=document.title or None, authors=authors, published=document.date or None,
                       url=document.url or None, site=document.sitename or None)
    if clean:
        cleaned = cleaner(body, title=page.title)
        page.body, page.caption, page.credit, page.dateline = (cleaned.body, cleaned.caption, cleaned.credit,
                                                               cleaned.dateline)
        page.authors = page.authors or cleaned.authors
        page.title = page.title or cleaned.title
    return page


_CLEANER: list[ArticleCleaner] = []


def _default_cleaner() -> ArticleCleaner:
    if not _CLEANER:
        _CLEANER.append(ArticleCleaner())
    return _CLEANER[0]
