"""The ``newsfacts`` command line. spaCy is imported only when a command needs it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .batch import DEFAULT_TIME_LIMIT
from .readers import DEFAULT_MAX_CHARS

CONTEXT = {"help_option_names": ["-h", "--help"]}
EXIT_SOME_FAILED = 1


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="newsfacts")
def main() -> None:
    """Turn English news articles into structured, checkable facts (JSONL).

    Example:

    \b
        newsfacts extract corpora/examples -o out/facts.jsonl
        newsfacts summarize out/facts.jsonl
        newsfacts report out/facts.jsonl -o out/report
    """


def ingestion_options(command):
    """The options that say what to read and the per-article limits (shared by commands that read inputs)."""
    options = [
        click.option("--dataset", multiple=True, type=click.Path(exists=True, path_type=Path),
                     help="A Hugging Face `datasets` dataset saved on disk (save_to_disk); repeatable."),
        click.option("--field", multiple=True, metavar="KEY=FIELD",
                     help="Record field names, e.g. --field text=body --field published=date "
                          "(keys: id, text, html, title, published, url, authors)."),
        click.option("--text-field", metavar="FIELD", help="Field holding the article text (records, datasets)."),
        click.option("--max-chars", default=DEFAULT_MAX_CHARS, show_default=True, type=click.IntRange(1),
                     help="Per-article size limit in characters; larger inputs become E010 error records."),
        click.option("--time-limit", default=DEFAULT_TIME_LIMIT, show_default=True, type=click.FloatRange(0),
                     help="Seconds one article may take before it becomes an E011 error record (0: none)."),
        click.option("--resume", is_flag=True,
                     help="Skip inputs already in the -o file and append the rest (no duplicates)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def quiet_option(command):
    """--quiet: no progress on stderr (commands that run the pipeline over many articles)."""
    help_text = "No progress on stderr (default: a bar on a terminal, else one line at the end)."
    return click.option("-q", "--quiet", is_flag=True, help=help_text)(command)


def _read_options(published: str | None, ingestion: dict):
    """ReadOptions from the ingestion options; the limits go to the environment so every worker sees them."""
    import os

    from .batch import TIME_LIMIT_ENV
    from .readers import MAX_CHARS_ENV, Fields, ReadOptions

    pairs = list(ingestion["field"]) + ([f"text={ingestion['text_field']}"] if ingestion["text_field"] else [])
    try:
        fields = Fields.parse(pairs)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--field") from None
    os.environ[MAX_CHARS_ENV] = str(ingestion["max_chars"])
    os.environ[TIME_LIMIT_ENV] = str(ingestion["time_limit"])
    return ReadOptions(published=published, fields=fields, max_chars=ingestion["max_chars"])


def _resume(output: Path | None, resume: bool):
    from .batch import Done, resume_state

    if not resume:
        return Done()
    if output is None:
        raise click.UsageError("--resume needs -o/--output naming a file (not standard output)")
    return resume_state(output)


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write JSONL to this file (default, or -: standard output).")
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date for inputs that do not carry one (plain text).")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Pipeline config (default: configs/pipeline.cfg).")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 10_000),
              help="Articles per nlp.pipe batch (and per task sent to a worker).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 1024),
              help="Processes running the pipeline, each loading it once (with --engine dask and no "
                   "--scheduler: the local cluster's workers).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine's processes; dask: a dask.distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address for --engine dask (default: start a local cluster).")
@ingestion_options
@quiet_option
def extract(paths: tuple[Path, ...], output: Path | None, published: str | None, config: Path | None,
            batch_size: int, workers: int, engine: str, scheduler: str | None, quiet: bool, **ingestion) -> None:
    """Extract facts from article files and folders (.txt, .html, .json, .jsonl, also .gz), - or datasets.

    Folders are read recursively, in sorted order; - reads standard input. Each input
    gives one `article` record followed by its facts, or one `error` record with a
    stable code. Exit codes: 0 all inputs succeeded, 1 some became error records,
    2 a usage error.

    Example:

    \b
        newsfacts extract corpora/examples/us-ecuador-operations.json -o out/facts.jsonl
        newsfacts extract archive/ --workers 2 --batch-size 32 -o out/archive.jsonl
        newsfacts extract archive/ -o out/archive.jsonl --resume
        cat story.html | newsfacts extract - --published 2026-02-17
        newsfacts extract --dataset data/news --text-field body -o out/news.jsonl
    """
    from .api import read_config
    from .batch import normalise_published, skip_done, write_records
    from .engines import EngineError, record_lists
    from .errors import NewsfactsError
    from .progress import Progress, count_inputs
    from .readers import read_inputs

    if scheduler is not None and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if output == Path("-"):  # the Unix convention, as for the inputs: - is standard output, not a file named "-"
        output = None
    try:
        published = normalise_published(published)
        read_config(config)  # a bad config fails here, before any worker starts
    except NewsfactsError as err:
        raise click.ClickException(str(err)) from None
    if not paths and not ingestion["dataset"]:
        raise click.UsageError("Missing argument 'PATHS...': give a file, a folder, - (stdin) or --dataset")
    done = _resume(output, ingestion["resume"])
    progress = Progress("extract", quiet=quiet)
    counted = progress.shows_bar() and engine == "local" and not ingestion["dataset"]
    total = count_inputs(paths) if counted else None
    if engine == "local":
        from .engines.local import process_local

        items = skip_done(read_inputs(paths, options=_read_options(published, ingestion),
                                      datasets=ingestion["dataset"]), done)
        records = process_local(items, config=config, batch_size=batch_size, workers=workers)
    else:
        if ingestion["dataset"] or ingestion["field"] or ingestion["text_field"] or "-" in map(str, paths):
            raise click.UsageError("--dataset, --field, --text-field and - (stdin) need --engine local")
        _read_options(published, ingestion)
        records = skip_done(record_lists(paths, published=published, config=config, batch_size=batch_size,
                                         workers=workers, engine=engine, scheduler=scheduler),
                            done, key=lambda group: group[0].source)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        sink = open(output, "a" if ingestion["resume"] else "w", encoding="utf8")
    else:
        sink = sys.stdout
    try:
        tracked = progress.track(records, None if total is None else max(total - done.summary.inputs, 0))
        summary = done.summary + write_records(tracked, sink, taken=done.ids)
    except (NewsfactsError, EngineError) as err:
        raise click.ClickException(str(err)) from None
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

    \b
        newsfacts schema > schema.json
    """
    from .schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


@main.command(context_settings=CONTEXT)
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def summarize(path: Path) -> None:
    """Summarise a facts JSONL file: counts per kind and the main facts.

    Example:

    \b
        newsfacts summarize out/facts.jsonl
    """
    from .summary import summarize_file

    click.echo(summarize_file(path))


@main.command(context_settings=CONTEXT)
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), default=Path("report"),
              show_default=True, help="Folder for index.html and articles/ (made when missing).")
def report(path: Path, output: Path) -> None:
    """Write a static HTML report of a facts JSONL file; print the index page's path.

    The index lists every article (title, date, facts per kind) and every error.
    Each article's page shows its text with the entities marked by type beside
    tables of relations, numeric claims, dates and quotes; clicking a fact shows
    its evidence in the text. The pages load nothing from the network.

    Example:

    \b
        newsfacts report out/facts.jsonl -o out/report
        newsfacts report out/archive.jsonl -o out/archive-report
    """
    from .errors import NewsfactsError
    from .report import build_report

    try:
        summary = build_report(path, output)
    except NewsfactsError as err:
        raise click.ClickException(str(err)) from None
    click.echo(summary.line(), err=True)
    click.echo(summary.index)


@main.command(context_settings=CONTEXT)
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("-f", "--format", "fmt", default="gold", show_default=True, metavar="FORMAT",
              help="Gold format: gold, conll, newsquant, polnear, timeml, conll04, crossre, meantime, articlebench.")
@click.option("--pred", type=click.Path(dir_okay=False, path_type=Path),
              help="Score this facts JSONL (newsfacts extract output) instead of running the pipeline.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--errors", "n_errors", default=0, type=click.IntRange(0), metavar="N",
              help="Also list the first N misses and false positives with their sentences.")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Pipeline config (default: configs/pipeline.cfg).")
@click.option("--save-predictions", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="Also write the predictions to DIR in the set's own format, for its official scorer "
                   "(conll, conll04, newsquant, polnear, timeml, articlebench).")
@quiet_option
def evaluate(gold: Path, fmt: str, pred: Path | None, as_json: bool, n_errors: int, config: Path | None,
             save_predictions: Path | None, quiet: bool) -> None:
    """Score the pipeline against a gold set: P, R and F1 per fact kind and field.

    GOLD is a file or folder in FORMAT, or a saved `datasets` folder of gold
    documents. Spans are matched exactly and by overlap where the set has spans.

    Example:

    \b
        newsfacts evaluate corpora/gold --errors 10
        newsfacts evaluate ../shared/data/newsquant -f newsquant --save-predictions out/newsquant
    """
    from .errors import NewsfactsError
    from .evaluate import evaluate as run_evaluation
    from .evaluate import report
    from .progress import Progress

    try:
        result = run_evaluation(gold, fmt, pred=pred, config=config, progress=Progress("evaluate", quiet=quiet).track,
                                save_predictions=save_predictions)
    except NewsfactsError as err:
        raise click.ClickException(str(err)) from None
    if result.saved is not None:
        saved = result.saved
        notes = [f"{saved.reshaped} predicted facts on the nearest span the format can hold"] * bool(saved.reshaped)
        notes += [f"{saved.left_out} predicted facts left out (the format cannot hold them)"] * bool(saved.left_out)
        click.echo("; ".join([f"predictions: {len(saved.files)} files in {save_predictions}", *notes]), err=True)
    click.echo(report.as_json(result) if as_json else report.table(result))
    if n_errors:
        click.echo(report.errors(result, n_errors), err=as_json)
