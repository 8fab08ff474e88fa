from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main


@pytest.mark.parametrize("module", ["pipeline.cli"])
def test_engines_cli_import_does_not_load_spacy(module):
    code = f"import sys, {module}; print(sorted(m for m in ('spacy', 'thinc', 'distributed') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("args", [["--scheduler", "tcp://127.0.0.1:8786"], ["--workers", "0"],
                                  ["--engine", "spark"]])
def test_engines_cli_bad_engine_options_are_usage_errors(args, tmp_path: Path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path), *args])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


@pytest.mark.slow
@pytest.mark.parametrize("workers", [2])
def test_engines_cli_workers_write_the_same_file(corpus: Path, tmp_path: Path, workers):
    runner = CliRunner()
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    first = runner.invoke(main, ["extract", str(corpus), "-o", str(one), "--published", "2026-02-17"])
    second = runner.invoke(main, ["extract", str(corpus), "-o", str(many), "--published", "2026-02-17",
                                  "--workers", str(workers), "--batch-size", "2"])
    assert first.exit_code == second.exit_code == 1
    assert many.read_text(encoding="utf8") == one.read_text(encoding="utf8")
    assert "5 inputs: 4 articles" in second.output
    kinds = [json.loads(line)["kind"] for line in many.read_text(encoding="utf8").splitlines()]
    assert kinds.count("article") == 4 and kinds.count("error") == 1


@pytest.mark.slow
@pytest.mark.parametrize("engine_args", [[], ["--workers", "2"], ["--engine", "dask", "--workers", "1"]])
def test_engines_cli_ids_unique_over_two_roots_and_resume(corpus: Path, tmp_path: Path, engine_args):
    import shutil

    copy = shutil.copytree(corpus, tmp_path / "copy")
    out = tmp_path / "out.jsonl"
    args = ["extract", str(corpus), str(copy), "-o", str(out), "--published", "2026-02-17", *engine_args]
    result = CliRunner().invoke(main, args)
    whole = out.read_text(encoding="utf8")
    heads = [r for r in map(json.loads, whole.splitlines()) if r["kind"] in ("article", "error")]
    ids = [r["article_id"] for r in heads if r["kind"] == "article"]
    assert ids == ["a", "us-ecuador-operations", "nested/d", "z",
                   "a~2", "us-ecuador-operations~2", "nested/d~2", "z~2"]
    assert result.output.count("repeated article ids made unique") == 1
    # cut the file after five inputs and resume: the same file, the renamed ids included
    lines = whole.splitlines(keepends=True)
    fifth = [n for n, line in enumerate(lines) if json.loads(line)["kind"] in ("article", "error")][5]
    out.write_text("".join(lines[:fifth]), encoding="utf8")
    CliRunner().invoke(main, [*args, "--resume"])
    assert out.read_text(encoding="utf8") == whole
