"""Where the default config and the trained models are found: inside the package, never the checkout's layout."""
from importlib.resources import files
from pathlib import Path

import pytest

from pipeline.api import CONFIGS, DEFAULT_CONFIG, read_config, relative_root

from .conftest import ROOT


def test_api_default_config_is_package_data():
    assert DEFAULT_CONFIG == Path(str(files("pipeline.configs"))) / "pipeline.cfg"
    assert read_config()["nlp"]["stages"]


@pytest.mark.parametrize("config", [None, DEFAULT_CONFIG, ROOT / "configs" / "pipeline.cfg"])
def test_api_shipped_configs_read_models_from_the_packaged_folder(config):
    root = relative_root(config)
    assert (root / "configs").resolve() == CONFIGS.resolve()
    assert (root / "models").resolve() == Path(str(files("pipeline.models"))).resolve()


@pytest.mark.parametrize("name", ["my.cfg"])
def test_api_user_config_reads_relative_paths_from_the_current_folder(tmp_path, monkeypatch, name):
    (tmp_path / name).write_text(DEFAULT_CONFIG.read_text(encoding="utf8"), encoding="utf8")
    (tmp_path / "run").mkdir()
    monkeypatch.chdir(tmp_path / "run")
    assert relative_root(f"../{name}") == tmp_path / "run"
