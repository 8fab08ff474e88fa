"""A small mixed corpus for the engine tests: good articles, a bad file, a nested folder."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "corpora" / "examples" / "us-ecuador-operations.json"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    (folder / "a.txt").write_text("Rubio visited Ecuador on Tuesday, the State Department said.", encoding="utf8")
    (folder / "b.json").write_text("{broken", encoding="utf8")
    (folder / "c.json").write_text(EXAMPLE.read_text(encoding="utf8"), encoding="utf8")
    (folder / "nested" / "d.txt").write_text("Noboa met Rubio in Quito. About 300 troops took part.",
                                             encoding="utf8")
    (folder / "z.txt").write_text("Police arrested 12 people in Nairobi last week.", encoding="utf8")
    (folder / ".hidden.txt").write_text("not an input", encoding="utf8")
    return folder


def as_lines(record_lists) -> list[list[str]]:
    """Each input's records as JSON lines, for comparing engines."""
    return [[record.model_dump_json() for record in records] for records in record_lists]
