import io
from types import SimpleNamespace

import pytest

from pipeline.progress import Progress, count_inputs


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def record_lists(kinds: str) -> list[list]:
    """One list per input: 'a' an article (with one fact), 'e' an error."""
    article, fact, error = SimpleNamespace(kind="article"), SimpleNamespace(kind="date"), SimpleNamespace(kind="error")
    return [[error] if k == "e" else [article, fact] for k in kinds]


@pytest.mark.parametrize("kinds,total", [("aea", 3), ("aae", None)])
def test_progress_bar_on_a_terminal(kinds, total):
    stream = Terminal()
    progress = Progress("extract", stream=stream)
    assert list(progress.track(record_lists(kinds), total)) == record_lists(kinds)
    last = stream.getvalue().rstrip("\n").split("\r")[-1]
    assert last.startswith("extract: ") and "articles/s" in last and "errors=1" in last
    assert ("3/3" in last and "100%" in last) if total else "3 articles" in last


@pytest.mark.parametrize("kinds", ["aee"])
def test_progress_one_line_when_not_a_terminal(kinds):
    stream = io.StringIO()
    assert len(list(Progress("evaluate", stream=stream).track(record_lists(kinds), 3))) == 3
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("evaluate: 3 articles in ") and lines[0].endswith(", 2 errors")


@pytest.mark.parametrize("stream", [io.StringIO(), Terminal()])
def test_progress_quiet_prints_nothing(stream):
    assert len(list(Progress("extract", quiet=True, stream=stream).track(record_lists("ae"), 2))) == 2
    assert stream.getvalue() == ""


@pytest.mark.parametrize("stream", [io.StringIO(), Terminal()])
def test_progress_failure_prints_no_summary(stream):
    def failing():
        yield record_lists("a")[0]
        raise RuntimeError("worker died")

    with pytest.raises(RuntimeError):
        list(Progress("extract", stream=stream).track(failing(), None))
    assert " articles in " not in stream.getvalue()


@pytest.mark.parametrize("names,expected", [
    (["a.txt", "b.html", "sub/c.txt.gz", "skip.png", ".hidden.txt"], 3),
    (["a.txt", "records.jsonl"], None),
    (["a.txt", "one-or-many.json"], None),
])
def test_progress_count_inputs(tmp_path, names, expected):
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf8")
    assert count_inputs([tmp_path]) == expected


@pytest.mark.parametrize("paths,expected", [(["-"], None), (["/nonexistent/file.txt"], 1)])
def test_progress_count_inputs_stdin_and_missing(paths, expected):
    assert count_inputs(paths) == expected


@pytest.mark.parametrize("stream", [io.StringIO()])
def test_progress_line_when_the_consumer_stops_at_the_total(stream):
    inputs = ["x", "y"]
    pairs = list(zip(inputs, Progress("evaluate", stream=stream).track(iter(record_lists("aaa")), len(inputs))))
    assert len(pairs) == 2
    assert stream.getvalue().startswith("evaluate: 2 articles in ")
