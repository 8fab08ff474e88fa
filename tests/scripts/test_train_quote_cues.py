"""`make train-quote-cues` end to end on the project's own PolNeAR-format sample (one article, used as both splits)."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "evaluate" / "fixtures" / "polnear"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample_data(tmp_path_factory):
    data = tmp_path_factory.mktemp("polnear")
    for split in ("train", "dev"):
        shutil.copytree(SAMPLE, data / split)
    return data


def test_cue_docs_mark_each_cue_by_its_words(sample_data):
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_quote_cues import cue_docs

    (doc,) = list(cue_docs(sample_data / "train", spacy.blank("en")))
    assert doc.ents and {e.label_ for e in doc.ents} == {"CUE"}
    assert all(not (e[0].is_punct or e[-1].is_punct or e[0].is_space) for e in doc.ents)


def test_train_quote_cues_saves_a_tagger_the_quotes_stage_reads(sample_data, tmp_path, nlp):
    out = tmp_path / "model"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_quote_cues.py"), str(sample_data), str(out),
                    "--work", str(tmp_path / "work"), "--max-steps", "10"], check=True, capture_output=True)
    assert (out / "meta.json").is_file() and (out / "metrics.json").is_file()
    assert spacy.load(out).get_pipe("quote_cues").labels == ("CUE",)
    from pipeline.quotes.component import NewsQuotes

    assert NewsQuotes(nlp, conventions="polnear", cue_model=str(out)).cue_nlp is not None


def test_missing_split_is_one_clear_error(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_quote_cues.py"), str(tmp_path),
                             str(tmp_path / "out")], capture_output=True, text=True)
    assert result.returncode != 0 and "PolNeAR train split not found" in result.stderr
