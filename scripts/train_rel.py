"""Train the relation classifier on CoNLL04 and CrossRE (train, dev for early stopping) and save it under models/.

    python scripts/train_rel.py ../shared/data/conll04 ../shared/data/crossre models/rel-classifier

Reads CoNLL04's {train,dev}.txt (the shipped multi-head token format; SpERT's conll04_{split}.json also works) and
every CrossRE {domain}-{train,dev}.json (crossre_data/ and crossre_extension/), maps their labels to the project's
predicates (pipeline/relations/corpora.py), writes them as .spacy files, trains
configs/rel.cfg, copies the best model to the output folder and writes its dev metrics beside it. The model
leaves out the frozen tok2vec it listens to: the pipeline that runs it has the same one (the default model's).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import spacy
from training import train_and_save, training_options, write_metrics
SETS = ("conll04", "crossre")


def _convert(folders: dict[str, Path], split: str, target: Path) -> dict[str, int]:
    from pipeline.relations.corpora import read_conll04, read_crossre, split_files, write_docbin

    readers = {"conll04": read_conll04, "crossre": read_crossre}
    files = {kind: split_files(folder, kind, split) for kind, folder in folders.items()}
    for kind, found in files.items():
        if not found:
            raise click.ClickException(f"no {kind} {split} file in {folders[kind]}")
    sentences = (s for kind, found in files.items() for path in found for s in readers[kind](path))
    return write_docbin(spacy.blank("en").vocab, sentences, target)


def _drop_frozen_components(output: Path) -> None:
    """Save the model without the components training kept frozen (the default model's tok2vec, 6 MB): the
    pipeline that sources the classifier (pipeline.api) already runs them, and the listener links to its own."""
    from pipeline import factories  # noqa: F401  (the project's factories)

    nlp = spacy.load(output)
    for name in nlp.config["training"]["frozen_components"]:
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    slim = output.with_name(output.name + ".slim")
    nlp.to_disk(slim)
    shutil.rmtree(output)
    slim.rename(output)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("conll04_dir", type=click.Path(path_type=Path))
@click.argument("crossre_dir", type=click.Path(path_type=Path))
@click.argument("output", type=click.Path(path_type=Path))
@training_options("rel.cfg", "rel")
def main(conll04_dir: Path, crossre_dir: Path, output: Path, config: Path, work: Path, max_steps: int | None) -> None:
    """Train configs/rel.cfg on CONLL04_DIR and CROSSRE_DIR and save the model to OUTPUT."""
    from pipeline.errors import NewsfactsError

    folders = {"conll04": conll04_dir, "crossre": crossre_dir}
    for kind, folder in folders.items():
        if not folder.is_dir():
            raise click.ClickException(f"{kind} data folder not found: {folder} (set NEWSFACTS_DATA)")
    try:
        counts = {split: _convert(folders, split, work / "corpus" / f"{split}.spacy") for split in ("train", "dev")}
    except NewsfactsError as err:
        raise click.ClickException(str(err)) from None
    click.echo(f"training data: {json.dumps(counts)}")
    if set(counts["train"]) == {"sentences"}:
        raise click.ClickException("no training relation has a label that maps to a predicate")
    overrides = {"paths.train": str(work / "corpus" / "train.spacy"), "paths.dev": str(work / "corpus" / "dev.spacy")}
    metrics = train_and_save(config, work, overrides, max_steps, output, ("rel_p", "rel_r", "rel_f", "rel_per_type"))
    _drop_frozen_components(output)
    metrics["data"] = counts
    write_metrics(output, metrics)
    click.echo(f"saved {output}: dev rel_f={metrics['rel_f']}")


if __name__ == "__main__":
    main()
