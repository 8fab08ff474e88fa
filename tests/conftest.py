"""Shared fixtures: one loaded pipeline per test session, and helpers to run it on short texts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "corpora" / "examples" / "us-ecuador-operations.json"


@pytest.fixture(scope="session")
def nlp():
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def run(nlp):
    """Process one text (with an optional publication date) and return its Doc."""
    from pipeline.api import make_docs
    from pipeline.readers import ArticleInput

    def _run(text: str, published: str | None = None):
        (doc,) = nlp.pipe(make_docs(nlp, [ArticleInput(id="t", text=text, source="<test>", published=published)]))
        return doc

    return _run


def load_article(path: Path) -> dict:
    with open(path, encoding="utf8") as f:
        return json.load(f)
