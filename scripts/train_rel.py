"""Train the relation classifier on CoNLL04 and CrossRE (train, dev for early stopping) and save it under models/.

    python scripts/train_rel.py ../shared/data/conll04 ../shared/data/crossre models/rel-classifier

Reads conll04_{train,dev}.json (SpERT format) and every CrossRE {domain}-{train,dev}.json, maps their labels to
the project's predicates (pipeline/relations/corpora.py), writes them as .spacy files, trains
configs/rel.cfg, copies the best model to the output folder and writes its dev metrics beside it.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import spacy

ROOT = Path(__file__).resolve().parent.parent
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


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("conll04_dir", type=click.Path(path_type=Path))
@click.argument("crossre_dir", type=click.Path(path_type=Path))
@click.argument("output", type=click.Path(path_type=Path))
@click.option("--config", default=ROOT / "configs" / "rel.cfg", type=click.Path(exists=True, path_type=Path))
@click.option("--work", default=ROOT / "corpus" / "rel", type=click.Path(path_type=Path),
              help="Where converted data and training checkpoints go.")
@click.option("--max-steps", type=int, default=None, help="Override [training] max_steps (smoke runs).")
def main(conll04_dir: Path, crossre_dir: Path, output: Path, config: Path, work: Path, max_steps: int | None) -> None:
    """Train configs/rel.cfg on CONLL04_DIR and CROSSRE_DIR and save the model to OUTPUT."""
    from spacy.cli.train import train

    from pipeline import factories  # noqa: F401  (the classifier's factory, architecture and reader, for spacy train)
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
    if max_steps is not None:
        overrides.update({"training.max_steps": max_steps, "training.eval_frequency": max(1, max_steps // 2)})
    train(config, work / "training", use_gpu=-1, overrides=overrides)
    best = work / "training" / "model-best"
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(best, output)
    meta = json.loads((output / "meta.json").read_text(encoding="utf8"))
    metrics = {k: meta.get("performance", {}).get(k) for k in ("rel_p", "rel_r", "rel_f", "rel_per_type")}
    metrics["data"] = counts
    (output / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf8")
    click.echo(f"saved {output}: dev rel_f={metrics['rel_f']}")


if __name__ == "__main__":
    main()
