"""The regression gate: each set's scores must stay above the floors pinned in
corpora/gold/baseline.json (less a small noise margin). Public sets skip when their data
is absent or before their floors are first pinned; the project's gold set always runs."""
import pytest

from pipeline.evaluate import evaluate
from pipeline.evaluate.documents import data_root
from pipeline.evaluate.scoreboard import corpus_hash, load_baseline, pipeline_for, set_config, set_path

BASELINE = load_baseline()


@pytest.fixture(scope="module")
def pipelines(nlp):
    """The pipeline for each set: the default one, or the set's conventions config loaded once."""
    loaded = {None: nlp}
    return lambda entry: pipeline_for(entry, loaded)


@pytest.mark.slow
@pytest.mark.data
@pytest.mark.parametrize("entry", BASELINE["sets"], ids=[s["name"] for s in BASELINE["sets"]])
def test_scores_stay_above_their_floors(entry, pipelines):
    path = set_path(entry)
    if not path.exists() or (entry.get("needs_data") and not data_root().is_dir()):
        pytest.skip(f"{entry['name']}: data absent at {path} (set NEWSFACTS_DATA or add ../shared/data)")
    if not entry["floors"]:
        pytest.skip(f"{entry['name']}: no floors pinned yet; run `make eval` with the data and pin them")
    if entry.get("sha256"):
        assert corpus_hash(path) == entry["sha256"], (
            f"{entry['name']} changed since its floors were measured: measure again and update baseline.json")
    below = below_floors(entry, evaluate(path, entry["format"], nlp=pipelines(entry)).scores.metrics)
    assert not below, f"{entry['name']} fell below its floors (f1, floor): {below}"


def below_floors(entry: dict, metrics: dict) -> dict:
    margin = BASELINE["margin"]
    return {name: (round(metrics[name].f1, 4), floor) for name, floor in entry["floors"].items()
            if metrics[name].f1 < floor - margin}


@pytest.mark.slow
@pytest.mark.data
@pytest.mark.parametrize("name,stage", [("newsquant", "newsfacts_quantities"), ("gold", "newsfacts_quotes")])
def test_the_gate_fails_when_a_stage_is_switched_off(name, stage, nlp):
    entry = next(s for s in BASELINE["sets"] if s["name"] == name)
    path = set_path(entry)
    if not path.exists():
        pytest.skip(f"{name}: data absent at {path}")
    with nlp.select_pipes(disable=[stage]):
        metrics = evaluate(path, entry["format"], nlp=nlp).scores.metrics
    assert below_floors(entry, metrics)


@pytest.mark.parametrize("entry", [s for s in BASELINE["sets"] if s.get("config")], ids=lambda s: s["name"])
def test_set_configs_exist(entry):
    assert set_config(entry).is_file()


@pytest.mark.parametrize("entry", [s for s in BASELINE["sets"] if s.get("root") == "repo"], ids=lambda s: s["name"])
def test_repository_sets_have_floors_for_every_metric(entry):
    assert entry["floors"] and all(0.0 <= f <= 1.0 for f in entry["floors"].values())
    assert corpus_hash(set_path(entry)) == entry["sha256"]
