import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture()
def runner():
    return CliRunner()


def conll_pred(tmp_path) -> Path:
    text = "Maria Lopez lives in Madrid .\nAcme Labs Delta Works signed ."
    records = [{"kind": "article", "article_id": "conll_iob2-1", "text": text},
               {"kind": "entity", "article_id": "conll_iob2-1", "id": "e1", "start": 21, "end": 27, "text": "Madrid",
                "sentence": "", "confidence": 1.0, "extractor": "t", "label": "GPE", "name": "Madrid",
                "mentions": [[21, 27]]}]
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf8")
    return path


@pytest.mark.parametrize("fmt", ["conll"])
def test_cli_evaluate_json_has_the_issue_metric_names(runner, fmt, tmp_path):
    result = runner.invoke(main, ["evaluate", str(FIXTURES / "conll_iob2.txt"), "--format", fmt,
                                  "--pred", str(conll_pred(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["format"] == fmt and data["documents"] == 1
    assert {"PER", "ORG", "LOC", "MISC", "PER+ORG+LOC", "all"} <= set(data["scores"])
    assert data["scores"]["LOC"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


@pytest.mark.parametrize("n", [2])
def test_cli_evaluate_errors_lists_misses_with_sentences(runner, n, tmp_path):
    result = runner.invoke(main, ["evaluate", str(FIXTURES / "conll_iob2.txt"), "-f", "conll",
                                  "--pred", str(conll_pred(tmp_path)), "--errors", str(n)])
    assert result.exit_code == 0, result.output
    assert "PER+ORG+LOC" in result.output
    assert f"first {n} of 3 errors" in result.output
    assert "miss in conll_iob2-1: 'Maria Lopez'" in result.output
    assert "Maria Lopez lives in Madrid ." in result.output


@pytest.mark.parametrize(
    "args,message",
    [
        (["evaluate", "/nonexistent/gold", "--pred", "x.jsonl"], "No such file or folder: /nonexistent/gold"),
        (["evaluate", str(FIXTURES / "conll_iob2.txt"), "--format", "nope"], "Unknown gold format 'nope'"),
        (["evaluate", str(FIXTURES / "newsquant.json"), "--format", "conll", "--pred", "x"], "newsquant.json line 1"),
        (["evaluate", str(FIXTURES / "newsquant.json"), "--format", "newsquant", "--pred", "/nonexistent.jsonl"],
         "No such file or folder: /nonexistent.jsonl"),
    ],
)
def test_cli_evaluate_bad_input_is_one_line(runner, args, message):
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output and result.output.startswith("Error: [E0")
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("line", ['{"kind": "entity"', '{"kind": "article", "article_id": "a"}'])
def test_cli_evaluate_bad_prediction_line_names_file_and_line(runner, line, tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"kind": "article", "article_id": "a", "text": "x"}\n' + line + "\n", encoding="utf8")
    result = runner.invoke(main, ["evaluate", str(FIXTURES / "conll_iob2.txt"), "-f", "conll", "--pred", str(pred)])
    assert result.exit_code == 1 and "pred.jsonl line 2" in result.output and "Traceback" not in result.output
