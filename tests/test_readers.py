import json

import pytest

from pipeline.readers import ArticleInput, InputError, read_inputs


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
