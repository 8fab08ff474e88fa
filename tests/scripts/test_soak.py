"""`make soak`'s checks (scripts/soak.py): on hand-written outputs, and on a fixed sample of the BBC corpus."""
import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

from pipeline.evaluate.documents import data_root

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("newsfacts_soak", ROOT / "scripts" / "soak.py")
soak = sys.modules.setdefault(SPEC.name, importlib.util.module_from_spec(SPEC))
SPEC.loader.exec_module(soak)

TEXT = "Ana Ruiz visited Lima."
ARTICLE = {"kind": "article", "article_id": "a/1", "text": TEXT}
FACT = {"kind": "entity", "article_id": "a/1", "id": "ent-1", "start": 0, "end": 8, "text": "Ana Ruiz",
        "sentence": TEXT, "confidence": 0.85, "extractor": "entities", "label": "PERSON", "name": "Ana Ruiz",
        "mentions": [[0, 8]]}
PER_FOLDER = 20


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf8")
    return path


@pytest.mark.parametrize("records,inputs,problem", [
    ([ARTICLE, FACT, {**ARTICLE, "article_id": "b/1"}], 2, None),
    ([ARTICLE, FACT, ARTICLE], 2, "article id used before"),
    ([ARTICLE, {**FACT, "end": 7}], 1, "is not the article text"),
    ([ARTICLE, {**FACT, "article_id": "b/1"}], 1, "does not follow its article"),
    ([ARTICLE, {"kind": "error", "article_id": "x", "source": "x", "code": "E014", "message": "boom"}], 2, "boom"),
    ([ARTICLE, {**FACT, "confidence": 2}], 1, "not a valid record"),
    ([ARTICLE, FACT], 2, "2 inputs but 1 articles + 0 errors"),
])
def test_soak_check_finds_each_broken_invariant(tmp_path, records, inputs, problem):
    result = soak.check(_write(tmp_path / "out.jsonl", records), inputs)
    if problem is None:
        assert result.ok and result.distinct_ids == 2 and result.written.facts == 1
    else:
        assert not result.ok and any(problem in p for p in result.problems), result.problems


@pytest.fixture(scope="module")
def bbc_sample(tmp_path_factory) -> Path:
    """The first articles of each BBC folder, copied with the same relative layout (so ids repeat by name)."""
    corpus = data_root() / "bbc-news"
    if not corpus.is_dir():
        pytest.skip(f"BBC corpus absent at {corpus} (set NEWSFACTS_DATA or add ../shared/data)")
    sample = tmp_path_factory.mktemp("bbc") / "bbc-news"
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        (sample / folder.name).mkdir(parents=True)
        for article in sorted(folder.glob("*.txt"))[:PER_FOLDER]:
            shutil.copy(article, sample / folder.name / article.name)
    return sample


@pytest.mark.data
@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_soak_bbc_sample(bbc_sample, tmp_path, workers):
    inputs = sum(1 for _ in bbc_sample.rglob("*.txt"))
    result = soak.run_soak([bbc_sample], tmp_path / "out.jsonl", ("--workers", str(workers)), quiet=True)
    assert result.ok, result.problems[:10]
    counts = result.counts()
    assert [counts[k] for k in ("inputs", "articles", "errors", "distinct_ids")] == [inputs, inputs, 0, inputs]
    assert counts["facts"] > 10 * inputs
