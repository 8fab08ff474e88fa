"""Writers: gold written in its own format and read back is the gold again; predictions saved with
``--save-predictions`` read back as the facts the scorer counted, and score 100 when they are the gold."""
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.evaluate import evaluate
from pipeline.evaluate.documents import iter_docs
from pipeline.evaluate.readers import READERS
from pipeline.evaluate.scorers.newsquant import QUALIFIER_TO_CHANGE
from pipeline.evaluate.writers import WRITERS

from .test_evaluate_scores import fact, write_pred

FIXTURES = Path(__file__).parent / "fixtures"
SETS = {"conll": "conll_iob2.txt", "conll04": "conll04_multihead.txt", "newsquant": "newsquant.json",
        "polnear": "polnear", "timeml": "timeml", "articlebench": "articlebench"}


def rows(fmt: str, path: Path) -> list[dict]:
    return [{k: d[k] for k in ("id", "text", "published", "facts")} for d in iter_docs(READERS[fmt](path))]


def read_back(fmt: str, out: Path) -> list[dict]:
    if fmt == "articlebench":  # the benchmark's output file names no pages: read it beside the gold's
        shutil.copytree(FIXTURES / SETS[fmt] / "html", out / "html")
        return rows(fmt, out / "newsfacts.json")
    return rows(fmt, out)


@pytest.mark.parametrize("fmt", list(SETS))
def test_gold_written_and_read_back_is_the_gold(fmt, tmp_path):
    gold = FIXTURES / SETS[fmt]
    docs = list(iter_docs(READERS[fmt](gold)))
    saved = WRITERS[fmt].write(docs, tmp_path, gold)
    assert saved.files and all(f.is_file() for f in saved.files) and saved.left_out == saved.reshaped == 0
    assert read_back(fmt, tmp_path) == rows(fmt, gold)


CONLL_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "NORP"}
CONLL04_LABELS = {"Peop": "PERSON", "Org": "ORG", "Loc": "LOC", "Other": "DATE"}
CONLL04_PREDICATES = {"Work_For": "works_for", "OrgBased_In": "based_in", "Located_In": "located_in",
                      "Live_In": "lives_in", "Kill": "killed"}
CHANGE_TO_QUALIFIER = {change: qualifier for qualifier, change in QUALIFIER_TO_CHANGE.items()}
GRANULARITY = {"DATE": "day", "TIME": "time", "DURATION": "duration"}


def as_predictions(fmt: str, doc: dict) -> list[dict]:
    """The gold facts as the pipeline would output them (the scorers' label tables run backwards)."""
    text, found = doc["text"], []
    for f in doc["facts"]:
        if f["kind"] == "entity":
            label = (CONLL_LABELS if fmt == "conll" else CONLL04_LABELS)[f["label"]]
            found.append(fact("entity", text, f["start"], f["end"], label=label, name=f["text"],
                              mentions=[[f["start"], f["end"]]]))
        elif f["kind"] == "relation":
            ref = lambda arg: {"name": text[slice(*arg["span"])], "label": CONLL04_LABELS[arg["label"]]}  # noqa: E731
            found.append(fact("relation", text, f["start"], f["end"], predicate=CONLL04_PREDICATES[f["predicate"]],
                              subject=ref(f["subject"]), object=ref(f["object"])))
        elif f["kind"] == "quantity":
            agent = {"name": f["concepts"], "label": "ORG"} if f["concepts"] != "-" else None
            found.append(fact("quantity", text, 0, len(text), value=f["value"], high=f["high"],
                              qualifier=CHANGE_TO_QUALIFIER[f["change"]], unit=f["unit"], agent=agent))
        elif f["kind"] == "date":
            found.append(fact("date", text, f["start"], f["end"], value=f["value"], granularity=GRANULARITY[f["type"]]))
    return found


@pytest.mark.parametrize("fmt", ["conll", "conll04", "newsquant", "timeml", "articlebench"])
def test_saved_predictions_that_are_the_gold_score_100_and_read_back_as_the_gold(fmt, tmp_path):
    """(PolNeAR is left out here: its gold has a discontinuous content span, which no prediction can be.)"""
    gold = FIXTURES / SETS[fmt]
    docs = list(iter_docs(READERS[fmt](gold)))
    pred = write_pred(tmp_path, {d["id"]: (d["text"], as_predictions(fmt, d)) for d in docs})
    result = evaluate(gold, fmt, pred=pred, save_predictions=tmp_path / "saved")
    scored = {name: round(c.f1, 4) for name, c in result.scores.metrics.items() if c.gold}  # MISC: none in the gold
    assert scored and set(scored.values()) == {1.0}
    assert result.saved.left_out == result.saved.reshaped == 0
    assert read_back(fmt, tmp_path / "saved") == rows(fmt, gold)


@pytest.mark.parametrize("name", ["conll_iob2.txt"])
def test_cli_save_predictions_writes_tags_on_whole_tokens_and_counts_the_rest(name, tmp_path):
    (doc,) = iter_docs(READERS["conll"](FIXTURES / name))
    text = doc["text"]
    madrid = fact("entity", text, 21, 27, label="GPE", name="Madrid", mentions=[[21, 27]])
    inside_madrid = fact("entity", text, 22, 25, label="ORG", name="adr", mentions=[[22, 25]])
    acme = text.index("Acme")
    ends_inside_a_token = fact("entity", text, acme, acme + 20, label="ORG", name="Acme Labs Delta Work",
                               mentions=[[acme, acme + 20]])
    pred = write_pred(tmp_path, {doc["id"]: (text, [madrid, inside_madrid, ends_inside_a_token])})
    out = tmp_path / "saved"
    result = CliRunner().invoke(main, ["evaluate", str(FIXTURES / name), "-f", "conll", "--pred", str(pred),
                                       "--save-predictions", str(out)])
    assert result.exit_code == 0, result.output
    assert (f"predictions: 1 files in {out}; 1 predicted facts on the nearest span the format can hold; "
            "1 predicted facts left out") in result.stderr
    lines = (out / name).read_text(encoding="utf8").splitlines()
    assert lines[:3] == ["-DOCSTART- O", "", "Maria O"] and "Madrid B-LOC" in lines and "Works I-ORG" in lines
    tags = [line.split()[-1] for line in lines[2:] if line]
    assert tags == ["O", "O", "O", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]


@pytest.mark.parametrize("fmt", ["crossre"])
def test_cli_save_predictions_for_a_format_without_writer_is_one_line(fmt, tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(FIXTURES / "crossre.json"), "-f", fmt, "--pred", "x.jsonl",
                                       "--save-predictions", str(tmp_path / "saved")])
    assert result.exit_code != 0 and f"[E023] No writer for format '{fmt}'" in result.output
    assert not (tmp_path / "saved").exists()


@pytest.mark.parametrize("name", ["polnear"])
def test_polnear_quotes_without_a_source_or_content_on_the_gold_text(name, tmp_path):
    """A quote without a source is an Attribution-no-source event; one whose content was not carried onto
    the gold text cannot be written, and is counted as left out."""
    (doc,) = iter_docs(READERS["polnear"](FIXTURES / name))
    text = doc["text"]
    no_source = {"kind": "quote", "source": None, "cue": [[12, 16]], "content": [[17, 42]], "start": 17, "end": 42}
    unaligned = {"kind": "quote", "source": None, "cue": None, "content": [[-1, -1]], "start": -1, "end": -1}
    saved = WRITERS["polnear"].write([{**doc, "facts": [no_source, unaligned]}], tmp_path, FIXTURES / name)
    (ann,) = saved.files
    assert saved.left_out == 1
    assert ann.read_text(encoding="utf8").splitlines() == [
        f"T1\tCue 12 16\t{text[12:16]}", f"T2\tContent 17 42\t{text[17:42]}",
        f"T3\tAttribution-no-source 12 16\t{text[12:16]}", "E1\tAttribution-no-source:T3 Cue:T1 Content:T2"]
    (back,) = rows("polnear", tmp_path)
    assert back["facts"] == [no_source] and back["text"] == text
