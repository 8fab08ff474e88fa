"""`make train-ner` end to end on a tiny CoNLL sample written for the project, then the merged pipeline."""
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline

ROOT = Path(__file__).resolve().parents[2]
TINY = ROOT / "tests" / "fixtures" / "conll_tiny"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    work = tmp_path_factory.mktemp("ner")
    out = work / "model"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_ner.py"), str(TINY), str(out), "--work",
                    str(work / "work"), "--max-steps", "10"], check=True, capture_output=True)
    return out


def test_train_ner_saves_model_and_metrics(tiny_model):
    assert (tiny_model / "meta.json").is_file()
    assert (tiny_model / "metrics.json").is_file()
    assert (tiny_model / "ner_conll").is_dir()


def test_pipeline_merges_trained_ner(tiny_model, tmp_path):
    config = (ROOT / "configs" / "pipeline.cfg").read_text(encoding="utf8")
    config = config.replace('trained_ner = "models/ner-conll"', f'trained_ner = "{tiny_model}"')
    (tmp_path / "pipeline.cfg").write_text(config, encoding="utf8")
    nlp = pipeline.load(tmp_path / "pipeline.cfg")
    assert nlp.pipe_names.index("newsfacts_stash_ents") < nlp.pipe_names.index("ner_conll")
    doc = nlp("Secretary of State Marco Rubio visited Ecuador on Tuesday.")
    assert "pretrained_ents" in doc.spans
    labels = {e.label_ for e in doc.ents}
    assert labels <= {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW",
                      "LANGUAGE", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
    assert "DATE" in labels  # numeric and temporal labels survive the merge


def test_train_ner_missing_data_is_one_line():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_ner.py"), "/nonexistent", "/tmp/x"],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "not found" in result.stderr and "Traceback" not in result.stderr
