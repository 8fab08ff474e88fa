"""The training corpora read the relation sets as they ship: CoNLL04 multi-head tokens and CrossRE in both folders."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import ErrorCode, NewsfactsError
from pipeline.evaluate.documents import iter_docs
from pipeline.evaluate.readers import READERS
from pipeline.relations.corpora import read_conll04, split_files

EVALUATE_FIXTURES = Path(__file__).resolve().parents[1] / "evaluate" / "fixtures"

# Lines written for the project: two sentences, a three-token person, an Other entity with a relation of its own.
MULTIHEAD = """#doc 12
0	Lena	B-Peop	['N']	[0]
1	van	I-Peop	['N']	[1]
2	Dijk	I-Peop	['Work_For']	[5]
3	,	O	['N']	[3]
4	of	O	['N']	[4]
5	Tallis	B-Org	['N']	[5]
6	,	O	['N']	[6]
7	lives	O	['N']	[7]
8	in	O	['N']	[8]
9	Utrecht	B-Loc	['Located_In']	[11]
10	,	O	['N']	[10]
11	Netherlands	B-Loc	['N']	[11]
12	.	O	['N']	[12]
#doc 13
0	The	O	['N']	[0]
1	Orbit	B-Other	['N']	[1]
2	prize	I-Other	['OrgBased_In']	[5]
3	went	O	['N']	[3]
4	to	O	['N']	[4]
5	Lyon	B-Loc	['N']	[5]
6	.	O	['N']	[6]
"""


@pytest.mark.parametrize("text", [MULTIHEAD])
def test_read_conll04_reads_the_multihead_format_and_maps_labels(tmp_path, text):
    (tmp_path / "train.txt").write_text(text, encoding="utf8")
    first, second = read_conll04(tmp_path / "train.txt")
    assert first.key == "train-12" and first.tokens[:3] == ["Lena", "van", "Dijk"]
    assert first.entities == [(0, 3, "PERSON"), (5, 6, "ORG"), (9, 10, "GPE"), (11, 12, "GPE")]
    assert first.relations == [(0, 1, "works_for"), (2, 3, "located_in")]
    # "Other" is no candidate: it goes with its relation.
    assert second.entities == [(5, 6, "GPE")] and second.relations == []


@pytest.mark.parametrize("name", ["conll04_multihead.txt"])
def test_training_and_evaluation_read_the_same_spans(name):
    """One parser: the evaluator's gold and the training sentence agree on every entity and relation."""
    (doc,) = iter_docs(READERS["conll04"](EVALUATE_FIXTURES / name))
    (sentence,) = read_conll04(EVALUATE_FIXTURES / name)
    text = doc["text"]
    assert [text[f["start"]:f["end"]] for f in doc["facts"] if f["kind"] == "entity"] == [
        " ".join(sentence.tokens[s:e]) for s, e, _ in sentence.entities]
    assert len([f for f in doc["facts"] if f["kind"] == "relation"]) == len(sentence.relations) == 2


@pytest.mark.parametrize("text,message", [
    # a relation label on a token that ends no entity
    ("#doc 1\n0\tLena\tB-Peop\t['N']\t[0]\n1\tleft\tO\t['Work_For']\t[0]\n", "line 3"),
    # a sentence header with no tokens
    ("#doc 1\n#doc 2\n0\tLena\tB-Peop\t['N']\t[0]\n", "line 1"),
    ("0\tLena\tB-Peop\t['N']\t[0]\n#doc 1\n", "not a JSON list"),
])
def test_bad_multihead_lines_are_one_error_naming_the_line(tmp_path, text, message):
    (tmp_path / "dev.txt").write_text(text, encoding="utf8")
    with pytest.raises(NewsfactsError) as err:
        list(read_conll04(tmp_path / "dev.txt"))
    assert err.value.code == ErrorCode.BAD_GOLD
    assert message in str(err.value) or "malformed JSON" in str(err.value)


@pytest.mark.parametrize("kind,split,layout,expected", [
    ("conll04", "train", ["conll04/train.txt", "conll04/dev.txt"], ["train.txt"]),
    ("conll04", "dev", ["spert/conll04_dev.json", "spert/conll04_train.json"], ["conll04_dev.json"]),
    ("crossre", "train", ["crossre/crossre_data/ai-train.json", "crossre/crossre_data/news-train.json",
                          "crossre/crossre_data/news-dev.json", "crossre/crossre_extension/news-train.json"],
     ["crossre/crossre_data/ai-train.json", "crossre/crossre_data/news-train.json",
      "crossre/crossre_extension/news-train.json"]),
])
def test_split_files_finds_the_shipped_layout(tmp_path, kind, split, layout, expected):
    for name in layout:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf8")
    found = split_files(tmp_path, kind, split)
    assert [p.name if kind == "conll04" else p.relative_to(tmp_path).as_posix() for p in found] == expected
