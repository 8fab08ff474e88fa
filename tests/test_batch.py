"""The processing path with a blank pipeline (no model): order, limits, time budget, resume."""
import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from pipeline import schema
from pipeline.batch import Limits, Summary, resume_state, run_batch, safe_output_path, skip_done
from pipeline.cleaning import ArticleCleaner, CleaningTokenizer
from pipeline.cleaning.cleaner import DEFAULT_RULES
from pipeline.errors import NewsfactsError
from pipeline.readers import ArticleInput, InputError


@Language.component("test_stall_on_marker")
def _stall(doc):
    while "STALL" in doc.text:
        pass
    return doc


@Language.component("test_fail_on_marker")
def _fail(doc):
    if "FAIL" in doc.text:
        raise RuntimeError("boom")
    return doc


def blank(*stages, rules=None):
    nlp = spacy.blank("en")
    nlp.tokenizer = CleaningTokenizer(nlp.tokenizer, ArticleCleaner(rules))
    for stage in stages:
        nlp.add_pipe(stage)
    return nlp


def _run(nlp, items, limits=None, batch_size=2):
    import io

    out = io.StringIO()
    summary = run_batch(nlp, items, out, batch_size=batch_size, limits=limits)
    return summary, [json.loads(line) for line in out.getvalue().splitlines()]


def _article(n, text):
    return ArticleInput(id=f"a{n}", text=text, source=f"s{n}")


@pytest.mark.parametrize("stage,marker,code", [("test_stall_on_marker", "STALL", "E011"),
                                               ("test_fail_on_marker", "FAIL", "E014")])
def test_batch_one_bad_article_is_one_error_in_place(stage, marker, code):
    items = [_article(1, "One."), _article(2, f"Two {marker}."), _article(3, "Three."),
             InputError("s4", "E004", "bad"), _article(5, "Five.")]
    summary, records = _run(blank(stage), items, Limits(seconds=0.5))
    assert [(r["kind"], r.get("code")) for r in records] == [
        ("article", None), ("error", code), ("article", None), ("error", "E004"), ("article", None)]
    assert summary.inputs == 5 == summary.articles + summary.errors


def test_batch_time_budget_stops_a_backtracking_rule():
    rules = ArticleCleaner.load_rules(DEFAULT_RULES)
    rules["boilerplate"] = {"max_chars": 100_000, "patterns": {"evil": "^(a+)+$"}}
    nlp = blank(rules=rules)
    summary, records = _run(nlp, [_article(1, "a" * 40 + "!"), _article(2, "Fine.")], Limits(seconds=0.5))
    assert [(r["kind"], r.get("code")) for r in records] == [("error", "E011"), ("article", None)]


def test_batch_size_limit_and_empty_text():
    items = [_article(1, "x" * 50), _article(2, "   "), ArticleInput(id="h", text="", html="<p>" + "y" * 60, source="h")]
    _, records = _run(blank(), items, Limits(max_chars=40))
    assert [r.get("code") for r in records] == ["E010", "E009", "E010"]


def test_batch_html_page_gets_metadata_and_clean_body():
    html = ("<html><head><title>Floods hit Quito</title><meta name='author' content='Ana Ruiz'>"
            "<meta property='article:published_time' content='2024-03-02'></head><body>"
            "<nav><a href='/'>Home</a><a href='/w'>World</a></nav><article><h1>Floods hit Quito</h1>"
            "<p>QUITO (Reuters) - Heavy rain flooded the capital on Monday, officials said, and thousands left.</p>"
            "<p>Sign up for our newsletter</p>"
            "<p>The mayor said the city would rebuild the bridges that were washed away by the river.</p>"
            "</article><footer>© 2024 Example News</footer></body></html>")
    _, (record,) = _run(blank(), [ArticleInput(id="p", text="", html=html, source="p.html")])
    assert record["title"] == "Floods hit Quito" and record["authors"] == ["Ana Ruiz"]
    assert record["published"] == "2024-03-02"
    assert record["text"] == ("Heavy rain flooded the capital on Monday, officials said, and thousands left.\n\n"
                              "The mayor said the city would rebuild the bridges that were washed away by the river.")


def test_batch_resume_cuts_a_partial_input_and_skips_the_rest(tmp_path):
    nlp = blank()
    items = [_article(n, f"Article number {n}.") for n in range(5)]
    full = tmp_path / "full.jsonl"
    with open(full, "w") as out:
        run_batch(nlp, items, out)
    whole = full.read_bytes()
    partial = tmp_path / "partial.jsonl"
    lines = whole.splitlines(keepends=True)
    partial.write_bytes(b"".join(lines[:3]) + lines[3][:20])
    done = resume_state(partial)
    # the cut line may be a fact of the input before it, so that input is redone too
    assert partial.read_bytes() == b"".join(lines[:2])
    assert done.summary.inputs == 2 and sum(done.sources.values()) == 2
    with open(partial, "a") as out:
        summary = done.summary + run_batch(nlp, skip_done(items, done), out)
    assert partial.read_bytes() == whole
    assert (summary.inputs, summary.articles, summary.resumed) == (5, 5, 2)


@pytest.mark.parametrize("ids,expected", [
    (["a", "a", "b", "a"], ["a", "a~2", "b", "a~3"]),
    (["a", "a~2", "a", "a"], ["a", "a~2", "a~3", "a~4"]),
])
def test_batch_repeated_article_ids_made_unique_in_output_order(ids, expected):
    items = [ArticleInput(id=i, text=f"Article {n}.", source=f"s{n}") for n, i in enumerate(ids)]
    items.append(InputError("s0", "E004", "bad"))
    summary, records = _run(blank(), items)
    assert [r["article_id"] for r in records] == expected + ["s0"]
    assert summary.renamed == sum(a != b for a, b in zip(ids, expected))
    assert "repeated article ids made unique" in summary.line()


@pytest.mark.parametrize("cut", [1, 3])
def test_batch_resume_takes_the_ids_already_written(tmp_path, cut):
    nlp = blank()
    items = [ArticleInput(id="same", text=f"Article number {n}.", source=f"s{n}") for n in range(5)]
    full = tmp_path / "full.jsonl"
    with open(full, "w") as out:
        run_batch(nlp, items, out)
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(full.read_bytes().splitlines(keepends=True)[:cut]))
    done = resume_state(partial)
    with open(partial, "a") as out:
        run_batch(nlp, skip_done(items, done), out, taken=done.ids)
    assert partial.read_bytes() == full.read_bytes()
    assert [json.loads(line)["article_id"] for line in full.read_text().splitlines()] == [
        "same", "same~2", "same~3", "same~4", "same~5"]


@pytest.mark.parametrize("dropped", [2])
def test_batch_dropped_facts_counted_and_reported(tmp_path, dropped):
    out = tmp_path / "o.jsonl"
    bad = {"kind": "relation", "start": 9, "end": 8, "reason": "end must not be before start"}
    out.write_text(json.dumps({"kind": "article", "source": "x", "article_id": "x", "text": "t",
                               "dropped_facts": [bad] * dropped}) + "\n")
    written = Summary()
    written.add([schema.parse_record(out.read_text())])
    for summary in (resume_state(out).summary, written):
        assert summary.dropped_facts == dropped
        assert f"{dropped} invalid facts dropped" in summary.line()


def test_batch_skip_done_counts_repeated_sources(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text(json.dumps({"kind": "error", "source": "x", "article_id": "x"}) + "\n")
    items = [InputError("x", "E001", "m"), InputError("x", "E001", "m")]
    assert len(list(skip_done(items, resume_state(out)))) == 1


@pytest.mark.parametrize("name,expected", [("story-1", "story-1.jsonl"), ("../../etc/passwd", "etc_passwd.jsonl"),
                                           ("/abs/path", "abs_path.jsonl"), ("..", "article.jsonl")])
def test_batch_output_paths_stay_in_their_folder(tmp_path, name, expected):
    path = safe_output_path(tmp_path, name)
    assert path.parent == tmp_path.resolve() and path.name == expected


def test_batch_output_path_refuses_a_symlinked_escape(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "evil.jsonl").symlink_to(tmp_path / "elsewhere.jsonl")
    with pytest.raises(NewsfactsError, match="E015"):
        safe_output_path(tmp_path / "out", "evil")


@pytest.mark.parametrize("seconds", [0.2])
def test_batch_time_budget_works_outside_the_main_thread(seconds):
    """Dask runs tasks in worker threads, where no SIGALRM timer can be used."""
    import threading
    import time

    from pipeline.batch import ArticleTimeout, time_budget

    outcome = {}

    def busy() -> None:
        started = time.monotonic()
        try:
            with time_budget(seconds):
                while time.monotonic() - started < 10:
                    sum(range(1000))
            outcome["result"] = "finished"
        except ArticleTimeout:
            outcome["result"] = "timeout"
        outcome["elapsed"] = time.monotonic() - started

    worker = threading.Thread(target=busy)
    worker.start()
    worker.join(15)
    assert outcome["result"] == "timeout"
    assert outcome["elapsed"] < 5


def test_batch_time_budget_in_a_thread_leaves_quick_work_alone():
    import threading
    import time

    from pipeline.batch import time_budget

    outcome = {}

    def quick() -> None:
        with time_budget(0.3):
            outcome["value"] = sum(range(100))
        time.sleep(0.6)  # past the budget: no late interruption
        outcome["after"] = True

    worker = threading.Thread(target=quick)
    worker.start()
    worker.join(5)
    assert outcome == {"value": 4950, "after": True}
