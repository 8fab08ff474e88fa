"""Where the packaged rule files live, and one way to read them."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_path(name: str) -> Path:
    return DATA_DIR / name


def read_json(path: Path | str) -> dict:
    with open(path, encoding="utf8") as f:
        return json.load(f)


@lru_cache(maxsize=None)
def word_list(name: str, key: str) -> frozenset[str]:
    """The words listed under ``key`` in the packaged data file ``name`` (read once per list)."""
    return frozenset(read_json(data_path(name))[key])


def read_jsonl(path: Path | str) -> list[dict]:
    with open(path, encoding="utf8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_json(path: Path | str, data: dict | list) -> None:
    with open(path, "w", encoding="utf8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)


def write_jsonl(path: Path | str, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
