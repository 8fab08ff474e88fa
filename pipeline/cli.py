"""The ``newsfacts`` command line. spaCy is imported only when a command needs it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__

CONTEXT = {"help_option_names": ["-h", "--help"]}
EXIT_SOME_FAILED = 1


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="newsfacts")
def main() -> None:
    """Turn English news articles into structured, checkable facts (JSONL).

    Example:

        newsfacts extract corpora/examples -o out/facts.jsonl
    """


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write JSONL here instead of standard output.")
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date for inputs that do not carry one (plain text).")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Pipeline config (default: configs/pipeline.cfg).")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 10_000),
              help="Articles per nlp.pipe batch.")
def extract(paths: tuple[Path, ...], output: Path | None, published: str | None, config: Path | None,
            batch_size: int) -> None:
    """Extract facts from article files and folders (.txt, .html, .json, .jsonl).

    Folders are read recursively, in sorted order. Each input gives one `article`
    record followed by its facts, or one `error` record; the exit code is 1 when
    any input failed.

    Example:

        newsfacts extract corpora/examples/us-ecuador-operations.json -o out/facts.jsonl
    """
    from .api import load
    from .batch import normalise_published, run_batch
    from .errors import NewsfactsError
    from .readers import read_inputs

    try:
        published = normalise_published(published)
        nlp = load(config)
    except NewsfactsError as err:
        raise click.ClickException(str(err)) from None
    items = list(read_inputs(paths, published))
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        sink = open(output, "w", encoding="utf8")
    else:
        sink = sys.stdout
    try:
        if len(items) > 1:
            with click.progressbar(items, label="articles", file=sys.stderr) as bar:
                summary = run_batch(nlp, bar, sink, batch_size=batch_size)
        else:
            summary = run_batch(nlp, items, sink, batch_size=batch_size)
    finally:
        if output is not None:
            sink.close()
    click.echo(summary.line(), err=True)
    if summary.errors:
        sys.exit(EXIT_SOME_FAILED)


@main.command(context_settings=CONTEXT)
def schema() -> None:
    """Print the JSON Schema of the output records.

    Example:

        newsfacts schema > schema.json
    """
    from .schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


@main.command(context_settings=CONTEXT)
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def summarize(path: Path) -> None:
    """Summarise a facts JSONL file: counts per kind and the main facts.

    Example:

        newsfacts summarize out/facts.jsonl
    """
    from .summary import summarize_file

    click.echo(summarize_file(path))
