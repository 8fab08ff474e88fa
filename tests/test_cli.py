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


@pytest.mark.parametrize("command", [[], ["extract"], ["schema"], ["summarize"], ["evaluate"], ["report"]])
def test_cli_help_has_example(runner, command):
    result = runner.invoke(main, [*command, "-h"])
    assert result.exit_code == 0
    assert "Example:" in result.output


@pytest.mark.parametrize("name", [None, *main.commands])
def test_cli_help_shows_each_example_on_its_own_line(runner, name):
    command = main if name is None else main.commands[name]
    examples = [line.strip() for line in command.help.split("Example:")[1].splitlines()
                if line.strip() and line.strip() != "\b"]
    result = runner.invoke(main, [name, "-h"] if name else ["-h"], terminal_width=80)
    shown = [line.strip() for line in result.output.splitlines()]
    assert examples and all(example in shown for example in examples), result.output


def test_cli_every_command_is_in_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf8")
    for name in main.commands:
        assert f"newsfacts {name}" in readme


@pytest.mark.parametrize("records", [2, 0])
def test_cli_summarize_ends_with_one_newline(runner, tmp_path, records):
    lines = [schema.Article(article_id="a", text="Quito.").model_dump_json(),
             schema.ErrorRecord(article_id="b", source="b.txt", code="E009", message="empty").model_dump_json()]
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(line + "\n" for line in lines[:records]), encoding="utf8")
    result = runner.invoke(main, ["summarize", str(path)])
    assert result.exit_code == 0
    assert result.output.endswith("\n") and not result.output.endswith("\n\n")


@pytest.mark.parametrize("title", ["Rubio in <Quito>"])
def test_cli_report_prints_the_index_path(runner, tmp_path, title):
    path = tmp_path / "facts.jsonl"
    path.write_text(schema.Article(article_id="a", text="Quito.", title=title).model_dump_json() + "\n",
                    encoding="utf8")
    result = runner.invoke(main, ["report", str(path), "-o", str(tmp_path / "report")])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{tmp_path / 'report' / 'index.html'}\n"
    assert result.stderr == "report: 1 article pages, 0 errors\n"
    assert "Rubio in &lt;Quito&gt;" in (tmp_path / "report" / "articles" / "a.html").read_text(encoding="utf8")


@pytest.mark.parametrize("line", ["{}"])
def test_cli_report_bad_facts_file_is_one_error_line(runner, tmp_path, line):
    path = tmp_path / "facts.jsonl"
    path.write_text(line + "\n", encoding="utf8")
    result = runner.invoke(main, ["report", str(path), "-o", str(tmp_path / "report")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: [E022]") and len(result.output.splitlines()) == 1


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


@pytest.mark.slow
def test_cli_extract_dash_output_is_standard_output(runner, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Rubio visited Quito on Tuesday.", encoding="utf8")
    with runner.isolated_filesystem(temp_dir=tmp_path) as here:
        result = runner.invoke(main, ["extract", str(story), "-o", "-", "--published", "2026-02-17", "-q"])
        assert result.exit_code == 0, result.output
        assert not (Path(here) / "-").exists()
    records = [schema.parse_record(line) for line in result.stdout.splitlines()]
    assert records[0].kind == "article" and any(r.kind == "entity" for r in records)


def test_cli_resume_to_standard_output_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["extract", str(tmp_path), "-o", "-", "--resume"])
    assert result.exit_code == 2 and "naming a file" in result.output


@pytest.mark.slow
@pytest.mark.parametrize("command,quiet", [("extract", False), ("extract", True), ("evaluate", False)])
def test_cli_progress_is_one_line_off_a_terminal(runner, tmp_path, command, quiet):
    gold = ROOT / "tests" / "evaluate" / "fixtures" / "conll_iob2.txt"
    args = [str(EXAMPLE), "-o", str(tmp_path / "facts.jsonl")] if command == "extract" else [str(gold), "-f", "conll"]
    result = runner.invoke(main, [command, *args, *(["--quiet"] if quiet else [])])
    assert result.exit_code == 0, result.output
    progress = [line for line in result.stderr.splitlines() if line.startswith(f"{command}: ")]
    if quiet:
        assert progress == []
    else:
        assert len(progress) == 1 and progress[0].startswith(f"{command}: 1 articles in ")
        assert "articles/s), 0 errors" in progress[0]


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
