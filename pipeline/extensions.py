"""The Doc extensions newsfacts uses: ``doc._.facts`` and ``doc._.article``.

Registered once, behind ``has_extension``; values are created lazily per Doc so
no mutable default is ever shared between documents.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .facts import ArticleMeta, Facts


def register_extensions() -> None:
    if not Doc.has_extension("facts"):
        Doc.set_extension("facts", default=None)
    if not Doc.has_extension("article"):
        Doc.set_extension("article", default=None)


def get_facts(doc: Doc) -> Facts:
    """The Doc's fact store, created on first use."""
    if doc._.facts is None:
        doc._.facts = Facts()
    return doc._.facts


def get_article(doc: Doc) -> ArticleMeta:
    """The Doc's article metadata, created on first use."""
    if doc._.article is None:
        doc._.article = ArticleMeta()
    return doc._.article
