"""Bad inputs never crash a run: every input is an article or an error, and every line is whole."""
import gzip
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.batch import ArticleTimeout, time_budget
from pipeline.cleaning import ArticleCleaner, extract_html
from pipeline.cli import main

BLANK_CONFIG = """[nlp]
model = "blank:en"
fallback_models = []
stages = []

[nlp.tokenizer]
@tokenizers = "newsfacts.cleaning_tokenizer.v1"
rules_path = null
"""
CLEANER = ArticleCleaner()
PATHOLOGICAL = ["a", " ", "A ", "|", " | ", "(", "((", "-", " - ", "By ", "A/", ",", ", and ", "\u200b", "é", "WASHINGTON ",
                "Sign up ", ".", "\n", "Reporting by ", "(AP Photo/"]


@pytest.fixture()
def blank_config(tmp_path):
    path = tmp_path / "blank.cfg"
    path.write_text(BLANK_CONFIG)
    return path


@pytest.mark.parametrize("name,pattern,max_chars", list(CLEANER.patterns()), ids=[n for n, *_ in CLEANER.patterns()])
def test_robustness_every_rule_regex_survives_long_pathological_runs(name, pattern, max_chars):
    """Each regex, at the longest length the cleaner ever gives it, on runs of characters that backtrack."""
    for chars in PATHOLOGICAL:
        text = (chars * (max_chars // len(chars) + 1))[:max_chars]
        for candidate in (text, text[:-1] + "!", "X" + text[2:] + ")"):
            with time_budget(5):
                pattern.match(candidate)
                pattern.search(candidate)


@pytest.mark.parametrize("chars", PATHOLOGICAL)
def test_robustness_cleaner_on_long_pathological_text(chars):
    text = (chars * (200_000 // len(chars)))[:200_000]
    with time_budget(20):
        result = CLEANER(text + "\n\n" + text)
    assert isinstance(result.body, str)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_robustness_cleaner_never_crashes_or_invents_text(text):
    result = CLEANER(text)
    repaired = CLEANER.repair(text)
    for paragraph in result.body.split("\n\n"):
        assert paragraph in repaired
    assert "\r" not in result.body and "\n\n\n" not in result.body and "  " not in result.body
    assert result.body == result.body.strip()


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
_SENTENCE = st.lists(_WORD, min_size=3, max_size=12).map(lambda ws: ws[0].capitalize() + " " + " ".join(ws[1:]) + ".")


@settings(max_examples=100, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=6))
def test_robustness_cleaner_leaves_plain_prose_alone(sentences):
    text = "\n\n".join(sentences)
    result = CLEANER(text)
    assert result.body == text and result.removed == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/&;!-[]\"'= abcpdivhtml\n")), max_size=300))
def test_robustness_html_extraction_never_crashes(html):
    assert isinstance(extract_html(html).body, str)


def test_robustness_html_resolves_no_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    html = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">'
            '<!ENTITY lol "lollollollollol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            "<html><body><article><p>Intro &xxe; and &lol2; text of the story, long enough to count as an "
            "article body for the extractor to keep.</p></article></body></html>")
    page = extract_html(html)
    assert "TOPSECRET" not in page.body


def _bad_inputs(folder: Path) -> int:
    folder.mkdir()
    files = {
        "empty.txt": b"", "blank.txt": b"  \n\n ", "binary.txt": bytes(range(256)) * 8,
        "truncated.html": b"<html><body><article><p>Cut off in the mid", "bad.json": b'{"id": "x", "text": ',
        "deep.json": b"[" * 100_000, "list.json": b"[1, \"two\", null]", "latin.txt": "Café à Montréal, dit-il.".encode("latin-1"),
        "huge.txt": b"word " * 60_000, "tags.html": b"<div>" * 5000, "nul.html": b"<p>\x00\x00\x00</p>",
        "mixed.jsonl": b'{"text": "Fine article."}\n\xff\xfe\n{"text": 3}\n[]\n{"text": "' + b"z" * 400_000 + b'"}\n',
        "bad.txt.gz": b"\x1f\x8b\x08\x00broken", "ok.html.gz": gzip.compress(b"<p>" + b"A sentence of news. " * 30 + b"</p>"),
        "mojibake.txt": "It\u00e2\u20ac\u2122s fine.".encode("utf8"), "xml.html": b'<?xml version="1.0" encoding="utf-8"?><p>x</p>',
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return len(files)


def test_robustness_bad_inputs_become_error_records(tmp_path, blank_config):
    _bad_inputs(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "in"), "-o", str(out), "--config", str(blank_config),
                                       "--max-chars", "100000"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    raw = out.read_bytes()
    assert raw.endswith(b"\n")
    records = [json.loads(line) for line in raw.splitlines()]
    heads = [r for r in records if r["kind"] in ("article", "error")]
    summary = result.output.strip().splitlines()[-1]
    inputs, articles, errors = (int(summary.split()[0]), int(summary.split(": ")[1].split()[0]),
                                int(summary.split(", ")[-1].split()[0]))
    assert inputs == len(heads) == articles + errors
    codes = {Path(r["source"]).name: r.get("code") for r in heads}
    assert codes["empty.txt"] == "E009" and codes["binary.txt"] == "E003" and codes["bad.json"] == "E004"
    assert codes["huge.txt"] == "E010" and codes["bad.txt.gz"] == "E003" and codes["latin.txt"] is None
    assert codes["mixed.jsonl:5"] == "E010" and codes["mixed.jsonl:3"] == "E005"


@pytest.mark.parametrize("code", [2])
def test_robustness_usage_errors_exit_2(tmp_path, code):
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--resume"])
    assert result.exit_code == code and "--resume needs" in result.output


def test_robustness_killed_run_resumes_to_identical_output(tmp_path, blank_config):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(400):
        (folder / f"{n:04d}.txt").write_text(f"Story {n} says the minister visited Quito on Tuesday.\n\nMore {n}.")
    # Each article takes 20 ms more than it would, so the run lasts seconds and the kill lands mid-run.
    slow = ("import time, pipeline.records as r; f = r.doc_to_records; "
            "r.doc_to_records = lambda doc: (time.sleep(0.02), f(doc))[1]; from pipeline.cli import main; main()")
    args = ["extract", str(folder), "--config", str(blank_config), "--batch-size", "1", "-o"]
    command = [sys.executable, "-c", "from pipeline.cli import main; main()", *args]
    full, cut = tmp_path / "full.jsonl", tmp_path / "cut.jsonl"
    subprocess.run(command + [str(full)], check=True, capture_output=True)
    proc = subprocess.Popen([sys.executable, "-c", slow, *args, str(cut)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and (not cut.exists() or cut.stat().st_size < 2000) and proc.poll() is None:
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < cut.read_bytes().count(b"\n") < 400  # killed part way
    resumed = subprocess.run(command + [str(cut), "--resume"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    done = int(resumed.stderr.split(" already in the output")[0].rsplit("(", 1)[1])
    assert 0 < done < 400
    assert full.read_bytes().count(b"\n") == 400
    assert cut.read_bytes() == full.read_bytes()
    assert "400 inputs: 400 articles" in resumed.stderr
