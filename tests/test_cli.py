import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline import schema
from pipeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "corpora" / "examples" / "us-ecuador-operations.json"


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", [[], ["extract"], ["schema"], ["summarize"]])
def test_cli_help_has_example(runner, command):
    result = runner.invoke(main, [*command, "-h"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_cli_every_command_is_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf8")
    for name in main.commands:
        assert f"newsfacts {name}" in readme


def test_cli_schema_prints_json_schema(runner):
    result = runner.invoke(main, ["schema"])
    assert result.exit_code == 0
    assert "discriminator" in json.loads(result.output) or "oneOf" in result.output


@pytest.mark.slow
def test_cli_extract_writes_valid_jsonl(runner, tmp_path):
    out = tmp_path / "facts.jsonl"
    result = runner.invoke(main, ["extract", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf8").splitlines()
    records = [schema.parse_record(line) for line in lines]
    assert records[0].kind == "article"
    text = records[0].text
    for record in records[1:]:
        assert text[record.start:record.end] == record.text
    assert "1 inputs: 1 articles" in result.output


@pytest.mark.slow
def test_cli_extract_mixed_inputs_keeps_order_and_counts(runner, tmp_path):
    (tmp_path / "a.txt").write_text("Rubio visited Ecuador on Tuesday.", encoding="utf8")
    (tmp_path / "b.json").write_text("{broken", encoding="utf8")
    (tmp_path / "c.txt").write_text("   ", encoding="utf8")
    (tmp_path / "d.txt").write_text("Noboa met Rubio in Quito.", encoding="utf8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["extract", str(tmp_path), "-o", str(out), "--published", "2026-02-17"])
    assert result.exit_code == 1
    heads = [json.loads(line) for line in out.read_text(encoding="utf8").splitlines()]
    heads = [(r["kind"], Path(r.get("source", "")).name) for r in heads if r["kind"] in {"article", "error"}]
    assert heads == [("article", "a.txt"), ("error", "b.json"), ("error", "c.txt"), ("article", "d.txt")]
    assert "4 inputs: 2 articles" in result.output and "2 errors" in result.output


@pytest.mark.parametrize(
    "args,message",
    [
        (["extract", "x.txt", "--published", "17/02/2026"], "is not YYYY-MM-DD"),
        (["extract"], "Missing argument"),
        (["extract", "x.txt", "--config", "/nonexistent.cfg"], "does not exist"),
    ],
)
def test_cli_user_errors_are_one_line(runner, args, message):
    result = runner.invoke(main, args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
