import json
import os
from pathlib import Path

import pytest

from pipeline.readers import ArticleInput, Fields, InputError, ReadOptions, decode, read_dataset, read_inputs


def _items(tmp_path, name, content, mode="w"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf8")
    return list(read_inputs([path]))


@pytest.mark.parametrize(
    "name,content,count",
    [
        ("a.txt", "Plain text body.", 1),
        ("a.json", json.dumps({"id": "x", "text": "Body", "published": "2026-02-17"}), 1),
        ("a.json", json.dumps([{"id": "x", "text": "One"}, {"id": "y", "text": "Two"}]), 2),
        ("a.jsonl", '{"id": "x", "text": "One"}\n\n{"id": "y", "text": "Two"}\n', 2),
        ("a.html", "<html><head><title>T</title></head><body><article><p>" + "A real paragraph of news. " * 20
         + "</p></article></body></html>", 1),
    ],
)
def test_readers_read_supported_files(tmp_path, name, content, count):
    items = _items(tmp_path, name, content)
    assert len(items) == count
    assert all(isinstance(i, ArticleInput) for i in items)


@pytest.mark.parametrize(
    "name,content,code",
    [
        ("bad.json", "{not json", "E004"),
        ("bad.jsonl", '{"id": 1, "text": "ok"}\n{broken\n', "E004"),
        ("notext.json", json.dumps({"id": "x", "title": "no body"}), "E005"),
        ("binary.txt", bytes(range(256)) * 4, "E003"),
    ],
)
def test_readers_turn_bad_input_into_errors(tmp_path, name, content, code):
    items = _items(tmp_path, name, content)
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors and errors[0].code == code
    assert name in errors[0].message


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_readers_detect_encoding(tmp_path, encoding):
    text = "Le café de la Société Générale était fermé à Montréal pour l'été, dit le maire. " * 3
    (item,) = _items(tmp_path, "latin.txt", text.encode(encoding))
    assert "café" in item.text and "Société" in item.text


def test_readers_walk_folders_sorted_and_report_missing(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two")
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "skip.csv").write_text("x")
    items = list(read_inputs([tmp_path, tmp_path / "missing.txt"]))
    assert [i.text for i in items if isinstance(i, ArticleInput)] == ["one", "two"]
    assert isinstance(items[-1], InputError) and items[-1].code == "E001"


@pytest.mark.parametrize("layout,expected", [
    ({"business/001.txt": "B.", "sport/001.txt.gz": "S.", "001.html": None, "feeds/day.jsonl": None},
     ["001", "business/001", "feeds/day-1", "k", "sport/001"]),
])
def test_readers_ids_are_paths_under_the_folder_given(tmp_path, layout, expected):
    import gzip

    root = tmp_path / "news"
    for name, text in layout.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".gz"):
            path.write_bytes(gzip.compress(text.encode()))
        elif name.endswith(".jsonl"):
            path.write_text('{"text": "One."}\n{"id": "k", "text": "Two."}\n')
        elif name.endswith(".html"):
            path.write_text("<html><body><article><p>" + "A real paragraph of news. " * 20 + "</p></article></body></html>")
        else:
            path.write_text(text)
    assert [i.id for i in read_inputs([root])] == expected
    assert [i.id for i in read_inputs([str(root) + "/"])] == expected
    # a file given directly keeps its stem; a sub-folder given is the root of its own ids
    assert [i.id for i in read_inputs([root / "business" / "001.txt", root / "sport"])] == ["001", "001"]


def _sources(items):
    return [(type(i).__name__, getattr(i, "code", None), i.source) for i in items]


@pytest.mark.parametrize("name", ["a.txt.gz", "a.html.gz", "a.jsonl.gz", "a.json.gz"])
def test_readers_read_gzipped_files(tmp_path, name):
    import gzip

    body = {"a.txt.gz": "Gzipped body.", "a.html.gz": "<html><body><article><p>" + "Gzipped news text. " * 20
            + "</p></article></body></html>", "a.jsonl.gz": '{"id": "g", "text": "Gzipped body."}\n',
            "a.json.gz": '{"id": "g", "text": "Gzipped body."}'}[name]
    path = tmp_path / name
    path.write_bytes(gzip.compress(body.encode("utf8")))
    (item,) = read_inputs([tmp_path])
    assert isinstance(item, ArticleInput)
    assert "Gzipped" in (item.html or item.text)


@pytest.mark.parametrize("content", [b"\x1f\x8b\x08\x00garbage", b"not gzip at all"])
def test_readers_report_broken_gzip(tmp_path, content):
    (tmp_path / "bad.txt.gz").write_bytes(content)
    (item,) = read_inputs([tmp_path])
    assert isinstance(item, InputError) and item.code == "E003"


def test_readers_report_symlink_loops_and_go_on(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("inside")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "z.txt").write_text("last")
    items = list(read_inputs([tmp_path]))
    assert [(type(i).__name__, getattr(i, "code", None)) for i in items] == [
        ("InputError", "E012"), ("ArticleInput", None), ("InputError", "E003"), ("ArticleInput", None)]
    assert items[0].source.endswith("loop") and "broken" in items[2].source


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_readers_report_unreadable_folder(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("x")
    locked.chmod(0)
    try:
        items = list(read_inputs([tmp_path]))
    finally:
        locked.chmod(0o755)
    assert [(i.code, Path(i.source).name) for i in items] == [("E003", "locked")]


def test_readers_read_standard_input(monkeypatch):
    import io

    payload = '{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(payload.encode())))
    items = list(read_inputs(["-"]))
    assert [i.id for i in items] == ["s1", "s2"]
    assert [i.source for i in items] == ["<stdin>:1", "<stdin>:2"]


@pytest.mark.parametrize("pairs,record,expected", [
    (["text=body", "id=uid", "published=date"], {"uid": 7, "body": "B.", "date": "2026-01-02"}, ("7", "B.", "2026-01-02")),
    (["html=page"], {"id": "h", "page": "<p>x</p>"}, ("h", "", None)),
])
def test_readers_use_configured_field_names(tmp_path, pairs, record, expected):
    path = tmp_path / "r.json"
    path.write_text(json.dumps(record))
    (item,) = read_inputs([path], options=ReadOptions(fields=Fields.parse(pairs)))
    assert (item.id, item.text, item.published) == expected


@pytest.mark.parametrize("pair", ["text", "colour=red", "text="])
def test_readers_reject_bad_field_pairs(pair):
    with pytest.raises(ValueError, match=pair.split("=")[0]):
        Fields.parse([pair])


def test_readers_enforce_size_limit_without_reading_everything(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 500)
    (tmp_path / "big.jsonl").write_text(json.dumps({"text": "y" * 500}) + "\n" + '{"text": "ok"}\n')
    items = list(read_inputs([tmp_path], options=ReadOptions(max_chars=100)))
    assert [(type(i).__name__, getattr(i, "code", None)) for i in items] == [
        ("InputError", "E010"), ("ArticleInput", None), ("InputError", "E010")]
    assert items[0].source.endswith("big.jsonl:1") and items[1].text == "ok"


@pytest.mark.parametrize("data,expected", [
    ("Zoë said: “fine”.".encode("utf-16"), "Zoë said: “fine”."),
    ("Zoë said: fine.".encode("utf-16-le"), "Zoë said: fine."),
    ("Über café".encode("utf8")[:-1], "Über caf"),
    ("naïve".encode("utf-8-sig"), "naïve"),
])
def test_readers_decode_boms_utf16_and_truncation(data, expected):
    assert decode(data).rstrip("\ufffd") == expected


def test_readers_read_dataset_from_disk(tmp_path):
    datasets = pytest.importorskip("datasets")
    table = datasets.Dataset.from_dict({"body": ["First story.", None, "Third story."], "uid": ["a", "b", "c"]})
    datasets.DatasetDict({"train": table}).save_to_disk(str(tmp_path / "ds"))
    options = ReadOptions(fields=Fields.parse(["text=body", "id=uid"]))
    items = list(read_dataset(tmp_path / "ds", options))
    assert [(type(i).__name__, getattr(i, "id", None) or i.code) for i in items] == [
        ("ArticleInput", "a"), ("InputError", "E005"), ("ArticleInput", "c")]
    assert items[0].source.endswith("ds#train/0")
    (bad,) = read_dataset(tmp_path / "nothing-here")
    assert bad.code == "E013"
