"""`make bench`'s stage timing (scripts/bench.py): each newsfacts stage's time is counted inside its own calls."""
import importlib.util
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("newsfacts_bench", ROOT / "scripts" / "bench.py")
bench = sys.modules.setdefault(SPEC.name, importlib.util.module_from_spec(SPEC))
SPEC.loader.exec_module(bench)


def test_a_timed_stage_counts_only_its_own_calls():
    seconds = {"stage": 0.0}
    calls = []

    def stage(doc):
        calls.append(doc)
        time.sleep(0.01)
        return doc.upper()

    def slow_source():
        for doc in ("a", "b"):
            time.sleep(0.05)  # the work of the stages before: not this stage's
            yield doc

    assert list(bench._timed(stage, seconds, "stage")(slow_source(), batch_size=16)) == ["A", "B"]
    assert calls == ["a", "b"]
    assert 0.02 <= seconds["stage"] < 0.1


@pytest.mark.slow
def test_stage_shares_on_a_few_articles(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text("Shares in Acme rose 5% to $12 on Tuesday, said Ana Ruiz.\n", encoding="utf8")
    run = bench._run_stages(sorted(folder.glob("*.txt")))
    assert set(run["stages"]) >= {"newsfacts_entities", "newsfacts_quantities"}
    assert 0 < run["stages"]["newsfacts_quantities"] < run["processing"]
