from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.engines import record_lists
from pipeline.engines.dask import iter_sources, read_source
from pipeline.readers import InputError

from .conftest import as_lines


@pytest.mark.parametrize("url", ["memory://bucket/corpus"])
def test_engines_dask_reads_object_storage_urls(url):
    import fsspec

    fs = fsspec.filesystem("memory")
    fs.pipe({f"{url}/b/x.txt": b"Second.", f"{url}/a.txt": b"First.", f"{url}/.hidden.txt": b"no",
             f"{url}/c.jsonl": b'{"id": "k", "text": "Third."}\n', f"{url}/d.json": b"{broken"})
    sources = list(iter_sources([url, "memory://bucket/missing"]))
    assert sources[:-1] == [(f"{url}/a.txt", "a"), (f"{url}/b/x.txt", "b/x"), (f"{url}/c.jsonl", "c"),
                            (f"{url}/d.json", "d")]
    assert isinstance(sources[-1], InputError) and sources[-1].code == "E001"
    items = [item for source in sources[:-1] for item in read_source(source.path, "2026-02-17", source.id)]
    assert [(i.id, i.text, i.source) for i in items[:-1]] == [
        ("a", "First.", f"{url}/a.txt"), ("b/x", "Second.", f"{url}/b/x.txt"), ("k", "Third.", f"{url}/c.jsonl:1")]
    assert isinstance(items[-1], InputError) and items[-1].source == f"{url}/d.json"
    assert f"{url}/d.json" in items[-1].message and "newsfacts-" not in items[-1].message


@pytest.fixture(scope="module")
def client():
    from pipeline.engines.dask import dask_client

    with dask_client(workers=2) as client:
        yield client


@pytest.mark.slow
@pytest.mark.parametrize("batch_size", [1, 2])
def test_engines_dask_gives_the_local_records(corpus: Path, client, batch_size):
    from pipeline.engines.dask import process_dask

    assert len(client.nthreads()) == 2
    expected = as_lines(record_lists([corpus, corpus / "missing.txt"], published="2026-02-17"))
    got = as_lines(process_dask([corpus, corpus / "missing.txt"], published="2026-02-17", batch_size=batch_size,
                                client=client))
    assert got == expected
    by_url = as_lines(process_dask([f"file://{corpus}"], published="2026-02-17", client=client))
    assert [lines[1:] for lines in by_url] == [lines[1:] for lines in expected[:-1]]  # facts equal, sources differ
