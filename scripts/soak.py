"""Soak check: extract a whole folder of real news with `newsfacts extract`, then check what it wrote.

The checks, on the JSONL output:

- every input is there exactly once: inputs (as newsfacts' readers count them) = articles + errors;
- no input failed inside the pipeline (no E014 error record);
- article ids are unique within the output;
- every fact follows its own article, and its ``text`` is the article ``text`` at ``start:end``.

Facts dropped for failing validation are counted and reported, not failed on. Exits 1 when a
check fails, listing the first problems.

Example:

    python scripts/soak.py ../shared/data/bbc-news
    python scripts/soak.py ../shared/data/bbc-news --workers 2 --engine dask -o out/soak-dask.jsonl
    python scripts/soak.py ../shared/data/bbc-news --check out/soak.jsonl    # check an earlier output only
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.batch import Summary

PIPELINE_FAILED = "E014"
SHOWN = 10


@dataclass
class Soak:
    inputs: int  # as the readers count them in the corpus, not as the output says
    written: Summary = field(default_factory=Summary)  # what the output holds: articles, errors, facts, dropped
    pipeline_failures: int = 0
    distinct_ids: int = 0
    seconds: float | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict:
        return {"inputs": self.inputs, "articles": self.written.articles, "errors": self.written.errors,
                PIPELINE_FAILED: self.pipeline_failures, "distinct_ids": self.distinct_ids,
                "facts": self.written.facts, "dropped_facts": self.written.dropped_facts, "seconds": self.seconds}

    def line(self) -> str:
        timing = f", {self.seconds:.1f} s" if self.seconds is not None else ""
        return (f"{self.inputs} inputs = {self.written.articles} articles + {self.written.errors} errors, "
                f"{self.pipeline_failures} {PIPELINE_FAILED}, {self.distinct_ids} distinct ids, "
                f"{self.written.facts} facts at their offsets, {self.written.dropped_facts} dropped facts{timing}: "
                + ("OK" if self.ok else f"{len(self.problems)} problems"))


def count_inputs(paths: list[Path]) -> int:
    """How many inputs newsfacts reads from ``paths`` (files, and records in .json/.jsonl files)."""
    from pipeline.readers import read_inputs

    return sum(1 for _ in read_inputs(paths))


def check(output: Path, inputs: int) -> Soak:
    """The soak checks on one `newsfacts extract` output of ``inputs`` inputs; every line must validate too."""
    from pydantic import ValidationError

    from pipeline.schema import parse_record

    result = Soak(inputs=inputs)
    ids: set[str] = set()
    group: list = []
    with open(output, encoding="utf8") as lines:
        for n, line in enumerate(lines, start=1):
            try:
                record = parse_record(line)
            except ValidationError as err:
                result.problems.append(f"line {n}: not a valid record: {str(err).splitlines()[0]}")
                continue
            where = f"line {n} ({record.article_id})"
            if record.kind in ("article", "error"):
                if group:
                    result.written.add(group)
                group = [record]
                if record.article_id in ids:
                    result.problems.append(f"{where}: article id used before")
                ids.add(record.article_id)
                if record.kind == "error" and record.code == PIPELINE_FAILED:
                    result.pipeline_failures += 1
                    result.problems.append(f"{where}: {record.message}")
            elif not group or group[0].kind != "article" or record.article_id != group[0].article_id:
                result.problems.append(f"{where}: {record.kind} fact does not follow its article")
            else:
                group.append(record)
                if group[0].text[record.start:record.end] != record.text:
                    result.problems.append(f"{where}: {record.kind} text {record.text!r} is not the article text "
                                           f"at {record.start}:{record.end}")
    if group:
        result.written.add(group)
    result.distinct_ids = len(ids)
    if result.inputs != result.written.articles + result.written.errors:
        result.problems.append(f"{result.inputs} inputs but {result.written.articles} articles + "
                               f"{result.written.errors} errors")
    return result


def extract(paths: list[Path], output: Path, extra: list[str], quiet: bool = False) -> float:
    """Run `newsfacts extract` on ``paths`` into ``output``; its wall time in seconds, model loading included."""
    command = shutil.which("newsfacts", path=str(Path(sys.executable).parent)) or "newsfacts"
    output.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    done = subprocess.run([command, "extract", *map(str, paths), "-o", str(output), *extra],
                          capture_output=quiet, text=True)
    if done.returncode not in (0, 1):  # 1: some inputs became error records, which the checks count
        raise SystemExit(f"newsfacts extract failed ({done.returncode}): {done.stderr if quiet else ''}")
    return time.perf_counter() - started


def run_soak(paths: list[Path], output: Path, extra: tuple[str, ...] = (), *, run: bool = True,
             quiet: bool = False) -> Soak:
    """Extract ``paths`` into ``output`` (unless ``run`` is False), then check it."""
    seconds = extract(paths, output, list(extra), quiet) if run else None
    result = check(output, count_inputs(paths))
    result.seconds = seconds
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path, help="folders or files of articles")
    parser.add_argument("-o", "--output", type=Path, default=Path("out/soak.jsonl"), help="where the run writes")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument("--check", action="store_true", help="check the existing --output, do not extract")
    parser.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    args = parser.parse_args(argv)
    result = run_soak(args.paths, args.output, ("--workers", str(args.workers), "--engine", args.engine),
                      run=not args.check)
    for problem in result.problems[:SHOWN]:
        print(problem, file=sys.stderr)
    if len(result.problems) > SHOWN:
        print(f"... and {len(result.problems) - SHOWN} more", file=sys.stderr)
    run = {} if args.check else {"engine": args.engine, "workers": args.workers}
    label = "soak, existing output" if args.check else \
        f"soak ({args.engine}, {args.workers} worker{'s' if args.workers > 1 else ''})"
    print(json.dumps({**run, **result.counts(), "ok": result.ok}) if args.json else f"{label}: {result.line()}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
