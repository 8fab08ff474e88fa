"""`make train-rel` end to end on tiny CoNLL04 and CrossRE samples written for the project, then the pipeline."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline
from pipeline.relations.classifier import EXTRACTOR

ROOT = Path(__file__).resolve().parents[2]
CONLL04 = ROOT / "tests" / "fixtures" / "conll04_tiny"
CROSSRE = ROOT / "tests" / "fixtures" / "crossre_tiny"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    work = tmp_path_factory.mktemp("rel")
    out = work / "model"
    # Sixty steps on the tiny sample do not reach the shipped threshold: score them at 0.5.
    config = re.sub(r"(?m)^threshold = .*$", "threshold = 0.5", (ROOT / "configs" / "rel.cfg").read_text(encoding="utf8"))
    (work / "rel.cfg").write_text(config, encoding="utf8")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_rel.py"), str(CONLL04), str(CROSSRE), str(out),
                    "--work", str(work / "work"), "--max-steps", "60", "--config", str(work / "rel.cfg")],
                   check=True, capture_output=True)
    return out


def test_train_rel_saves_model_and_metrics(tiny_model):
    assert (tiny_model / "relation_classifier").is_dir()
    assert not (tiny_model / "tok2vec").exists()  # the frozen tok2vec is the pipeline's own
    metrics = json.loads((tiny_model / "metrics.json").read_text(encoding="utf8"))
    assert metrics["data"]["train"]["sentences"] == 58 and metrics["data"]["dev"]["sentences"] == 16
    assert metrics["data"]["train"]["member_of"] == 3  # CrossRE part-of, person -> organisation
    assert metrics["rel_f"] > 0.4  # sixty steps on the tiny sample already beat chance by far


@pytest.mark.parametrize("text", ["Lina Okafor, an engineer at Helios Bank, lives in Oslo. Tomas Berg met Mei Tanaka. "
                                  "Omar Castillo, who flies for Kestrel Air, landed in Lisbon."])
def test_pipeline_runs_the_classifier_after_the_patterns(tiny_model, tmp_path, text):
    config = (ROOT / "configs" / "pipeline.cfg").read_text(encoding="utf8")
    config = config.replace('trained_rel = "models/rel-classifier"', f'trained_rel = "{tiny_model}"')
    (tmp_path / "pipeline.cfg").write_text(config, encoding="utf8")
    nlp = pipeline.load(tmp_path / "pipeline.cfg")
    assert nlp.pipe_names.index("newsfacts_relations") + 1 == nlp.pipe_names.index("relation_classifier")
    facts = nlp(text)._.facts
    keys = [(r.predicate, r.subject.name, r.object.name if r.object else None) for r in facts.relations]
    assert len(keys) == len(set(keys))  # nothing the patterns found is repeated
    learned = [r for r in facts.relations if r.extractor == EXTRACTOR]
    # "who flies for X" is no pattern: only the classifier finds it (a classifier that predicts nothing fails here)
    assert ("works_for", "Omar Castillo", "Kestrel Air") in {(r.predicate, r.subject.name, r.object.name) for r in learned}
    assert all(0.5 <= r.confidence <= 1.0 and r.subject in facts.entities and r.object in facts.entities
               for r in learned)
    assert not any(r.predicate != "met" and {r.subject.name, r.object.name} == {"Tomas Berg", "Mei Tanaka"}
                   for r in facts.relations)


def test_train_rel_missing_data_is_one_line():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_rel.py"), "/nonexistent", str(CROSSRE),
                             "/tmp/x"], capture_output=True, text=True)
    assert result.returncode != 0
    assert "not found" in result.stderr and "Traceback" not in result.stderr


def test_train_rel_without_mapped_relations_is_one_line(tmp_path):
    (tmp_path / "conll04").mkdir()
    (tmp_path / "crossre").mkdir()
    for split in ("train", "dev"):
        (tmp_path / "conll04" / f"conll04_{split}.json").write_text(
            '[{"tokens": ["Ana", "met", "Lee", "."], "entities": [{"type": "Peop", "start": 0, "end": 1}, '
            '{"type": "Peop", "start": 2, "end": 3}], "relations": []}]', encoding="utf8")
        (tmp_path / "crossre" / f"news-{split}.json").write_text(
            '{"sentence": ["Ana", "beat", "Lee"], "ner": [[0, 0, "person"], [2, 2, "person"]], '
            '"relations": [[0, 0, 2, 2, "win-defeat", "", false, false]]}\n', encoding="utf8")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_rel.py"), str(tmp_path / "conll04"),
                             str(tmp_path / "crossre"), str(tmp_path / "out"), "--work", str(tmp_path / "work")],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "no training relation" in result.stderr and "Traceback" not in result.stderr
