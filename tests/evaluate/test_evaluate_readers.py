import json
from pathlib import Path

import pytest

from pipeline.errors import NewsfactsError
from pipeline.evaluate.documents import iter_docs, to_dataset
from pipeline.evaluate.readers import READERS, read_gold

FIXTURES = Path(__file__).parent / "fixtures"


def docs(fmt, name):
    return list(iter_docs(READERS[fmt](FIXTURES / name)))


def spans(doc, kind="entity"):
    return [(doc["text"][f["start"]:f["end"]], f.get("label")) for f in doc["facts"] if f["kind"] == kind]


@pytest.mark.parametrize("name", ["conll_iob1.txt", "conll_iob2.txt"])
def test_conll_reads_iob1_and_iob2_alike(name):
    first = docs("conll", name)[0]
    assert spans(first) == [("Maria Lopez", "PER"), ("Madrid", "LOC"), ("Acme Labs", "ORG"), ("Delta Works", "ORG")]
    assert first["text"].splitlines()[0] == "Maria Lopez lives in Madrid ."


@pytest.mark.parametrize("name", ["conll_iob1.txt"])
def test_conll_docstart_splits_documents(name):
    found = docs("conll", name)
    assert len(found) == 2
    assert spans(found[1]) == [("German", "MISC"), ("Olaf", "PER")]


@pytest.mark.parametrize("name", ["newsquant.json"])
def test_newsquant_reads_values_ranges_and_units(name):
    found = docs("newsquant", name)
    assert len(found) == 3
    q = [(f["value"], f["high"], f["change"], f["unit"]) for f in found[0]["facts"] + found[1]["facts"]]
    assert q == [(4.0, None, "up", "percentage"), (12.5, None, "=", "dollar"), (300.0, 350.0, "=", "metre")]
    assert found[2]["facts"] == []


@pytest.mark.parametrize("name", ["polnear"])
def test_polnear_reads_attributions_with_discontinuous_content(name):
    (doc,) = docs("polnear", name)
    first, second = doc["facts"]
    text = doc["text"]
    assert text[slice(*first["source"][0])] == "Maria Lopez"
    assert text[slice(*first["content"][0])] == 'the plan "will fail" soon'
    assert [text[s:e] for s, e in second["content"]] == ["rents", "would rise"]


@pytest.mark.parametrize("name", ["timeml"])
def test_timeml_reads_timex3_offsets_in_text_without_tags(name):
    (doc,) = docs("timeml", name)
    assert doc["published"] == "2026-02-17"
    assert [(doc["text"][f["start"]:f["end"]], f["value"]) for f in doc["facts"]] == [
        ("Monday", "2026-02-16"), ("three months", "P3M"), ("March", "2026-03")]


@pytest.mark.parametrize("fmt,name", [("conll04", "conll04.json"), ("crossre", "crossre.json")])
def test_relation_sets_read_entities_and_relations(fmt, name):
    (doc,) = docs(fmt, name)
    rel = next(f for f in doc["facts"] if f["kind"] == "relation")
    text = doc["text"]
    assert (text[slice(*rel["subject"]["span"])], text[slice(*rel["object"]["span"])]) in {
        ("Peter Hall", "Siemens"), ("Maria Lopez", "Madrid")}


@pytest.mark.parametrize("name", ["conll04_multihead.txt"])
def test_conll04_multihead_format_reads_multi_token_entities_and_head_relations(name):
    (doc,) = docs("conll04", name)
    text = doc["text"]
    assert doc["id"] == "conll04_multihead-7"
    assert [(text[f["start"]:f["end"]], f["label"]) for f in doc["facts"] if f["kind"] == "entity"] == [
        ("Anna Berg", "Peop"), ("Nordic Steel", "Org"), ("Oslo", "Loc")]
    assert [(text[slice(*f["subject"]["span"])], f["predicate"], text[slice(*f["object"]["span"])])
            for f in doc["facts"] if f["kind"] == "relation"] == [
        ("Anna Berg", "Work_For", "Nordic Steel"), ("Nordic Steel", "OrgBased_In", "Oslo")]


@pytest.mark.parametrize("name", ["meantime"])
def test_meantime_reads_mentions_types_timex_values_and_participants(name):
    (doc,) = docs("meantime", name)
    text = doc["text"]
    assert doc["id"] == "rents-meantime" and doc["published"] == "2026-02-17"
    entities = [(text[f["start"]:f["end"]], f["label"], f["syntactic_type"]) for f in doc["facts"] if f["kind"] == "entity"]
    assert entities == [("Maria Lopez", "PER", "NAM"), ("Madrid", "LOC", "NAM"), ("Rents", None, "NOM")]
    assert [(f["text"], f["value"]) for f in doc["facts"] if f["kind"] == "date"] == [("Monday", "2026-02-16")]
    assert [(f["text"], f["value"]) for f in doc["facts"] if f["kind"] == "quantity"] == [("4 percent", "4")]
    (event,) = [f for f in doc["facts"] if f["kind"] == "event"]
    assert [(text[slice(*p["span"])], p["role"]) for p in event["participants"]] == [("Maria Lopez", "Arg0"), ("Madrid", "Arg1")]


@pytest.mark.parametrize("name", ["articlebench"])
def test_articlebench_reads_pages_and_bodies(name):
    (doc,) = docs("articlebench", name)
    assert doc["id"] == "page1" and doc["text"].startswith("Rents rose") and "<article>" in doc["html"]


@pytest.mark.parametrize("fmt", ["gold"])
def test_saved_datasets_folder_is_read_back(fmt, tmp_path):
    rows = [{"id": "a", "text": "Hi.", "published": "", "html": "", "facts": json.dumps([])}]
    to_dataset(rows).save_to_disk(str(tmp_path / "saved"))
    assert list(iter_docs(read_gold(fmt, tmp_path / "saved")))[0]["id"] == "a"


BAD = [
    ("conll", "x.txt", "Maria B-PER\nLopez\n", "x.txt line 2"),
    ("conll", "x.txt", "Maria X-PER\n", "line 1"),
    ("newsquant", "x.json", '[{"text": "a", "quantities": [{"value": "1"}]}]', "sentence 1"),
    ("newsquant", "x.json", '[{"text": "a",', "line 1"),
    ("timeml", "x.tml", "<TimeML><TEXT>a <TIMEX3>b</TEXT></TimeML>", "x.tml line 1"),
    ("timeml", "x.tml", "<TimeML><DOCID>a</DOCID></TimeML>", "no <TEXT>"),
    ("conll04", "x.json", '[{"tokens": ["a"], "entities": [{"type": "Loc", "start": 0, "end": 3}], "relations": []}]',
     "sentence 1"),
    ("conll04", "x.txt", "#doc 1\n0\tAnna\tB-Peop\t['Work_For']\t[1]\n1\tleft\tO\t['N']\t[1]\n", "x.txt line 2"),
    ("conll04", "x.txt", "#doc 1\n0\tAnna\tB-Peop\n", "x.txt line 2: expected 5"),
    ("crossre", "x.json", '{"sentence": ["a"], "ner": [[0, 0, "misc"]], "relations": []}\n{bad\n', "x.json line 2"),
    ("meantime", "x.xml", "<Document><token t_id='1'>a</token></Document>", "not a CAT XML"),
    ("gold", "x.jsonl", '{"kind": "article", "article_id": "a", "text": "Rubio left."}\n'
                        '{"kind": "entity", "article_id": "a", "start": 0, "end": 4, "text": "Rubio", "label": "PERSON", '
                        '"name": "Rubio", "mentions": [[0, 5]]}\n', "x.jsonl line 2"),
    ("gold", "x.jsonl", '{"kind": "article", "article_id": "a", "text": "Rubio left."}\n'
                        '{"kind": "date", "article_id": "a", "start": 0, "end": 5, "text": "Rubio"}\n', "line 2: date.value: Field required"),
    ("gold", "x.jsonl", '{"kind": "date", "article_id": "a", "start": 0, "end": 5, "text": "Rubio", "value": null, '
                        '"granularity": "vague"}\n', "does not follow its article"),
]


@pytest.mark.parametrize("fmt,name,content,message", BAD)
def test_bad_gold_input_is_one_clear_error_naming_file_and_place(fmt, name, content, message, tmp_path):
    path = tmp_path / name
    path.write_text(content, encoding="utf8")
    with pytest.raises(NewsfactsError) as err:
        READERS[fmt](path)
    assert message in str(err.value) and str(path.name) in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_missing_gold_path_is_a_clear_error(fmt, tmp_path):
    with pytest.raises(NewsfactsError, match="No such file|no .* files"):
        READERS[fmt](tmp_path / "absent")


def test_gold_stand_off_article_reads_its_text_from_the_data_root(tmp_path, monkeypatch):
    import hashlib

    text = "Harbour Bank hired Lena Dahl.\n"
    (tmp_path / "data" / "news").mkdir(parents=True)
    (tmp_path / "data" / "news" / "a.txt").write_text(text, encoding="utf8")
    monkeypatch.setenv("NEWSFACTS_DATA", str(tmp_path / "data"))
    digest = hashlib.sha256(text.encode("utf8")).hexdigest()
    article = {"kind": "article", "article_id": "a", "text_from": "news/a.txt", "text_sha256": digest}
    entity = {"kind": "entity", "article_id": "a", "start": 19, "end": 28, "text": "Lena Dahl", "label": "PERSON",
              "name": "Lena Dahl", "mentions": [[19, 28]]}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(article) + "\n" + json.dumps(entity) + "\n", encoding="utf8")
    (doc,) = iter_docs(READERS["gold"](gold))
    assert doc["text"] == text and doc["facts"][0]["text"] == "Lena Dahl"
    gold.write_text(json.dumps({**article, "text_sha256": "0" * 64}) + "\n", encoding="utf8")
    with pytest.raises(NewsfactsError, match="sha256 differs"):
        READERS["gold"](gold)


def test_polnear_reads_span_texts_that_run_over_a_line_break(tmp_path):
    from pipeline.evaluate.readers.polnear import parse_ann

    text = "Ana Ruiz said the plan\nwould fail. Bo agreed."
    ann = tmp_path / "a.ann"
    ann.write_text("T1\tSource 0 8\tAna Ruiz\nT2\tCue 9 13\tsaid\nT3\tContent 14 33\tthe plan\nwould fail\n"
                   "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n", encoding="utf8")
    (fact,) = parse_ann(ann, text)
    assert text[fact["start"]:fact["end"]] == "the plan\nwould fail"
    ann.write_text("T1\tSource 0 8\tAna Ruiz\nE1\tAttribution:T1 Content:T1\nnot standoff\n", encoding="utf8")
    with pytest.raises(NewsfactsError):  # a stray line after anything but a span's text is still an error
        parse_ann(ann, text)
