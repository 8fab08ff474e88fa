"""Train the news NER on CoNLL-2003 (train, dev for early stopping) and save it under models/.

    python scripts/train_ner.py ../shared/data/conll2003 models/ner-conll

Converts the CoNLL files with spaCy's own converter (IOB1 and IOB2, -DOCSTART- documents), trains
configs/ner.cfg, copies the best model to the output folder and writes its dev metrics beside it.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
from training import train_and_save, training_options, write_metrics


def _find(folder: Path, split: str) -> Path:
    candidates = sorted(folder.glob(f"*{split}*.txt")) + sorted(folder.glob(f"*{split}*.conll*"))
    if not candidates:
        raise click.ClickException(f"no CoNLL {split} file (*{split}*.txt) in {folder}")
    return candidates[0]


def _convert(source: Path, target_dir: Path) -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "spacy", "convert", str(source), str(target_dir), "--converter", "ner",
                    "--n-sents", "10", "--file-type", "spacy"], check=True)
    return target_dir / (source.stem + ".spacy")


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("data_dir", type=click.Path(path_type=Path))
@click.argument("output", type=click.Path(path_type=Path))
@training_options("ner.cfg", "ner")
def main(data_dir: Path, output: Path, config: Path, work: Path, max_steps: int | None) -> None:
    """Train configs/ner.cfg on the CoNLL-2003 files in DATA_DIR and save the model to OUTPUT."""
    if not data_dir.is_dir():
        raise click.ClickException(f"CoNLL-2003 data folder not found: {data_dir} (set NEWSFACTS_DATA)")
    train = _convert(_find(data_dir, "train"), work / "corpus")
    dev = _convert(_find(data_dir, "dev"), work / "corpus")
    metrics = train_and_save(config, work, {"paths.train": str(train), "paths.dev": str(dev)}, max_steps, output,
                             ("ents_p", "ents_r", "ents_f", "ents_per_type"))
    write_metrics(output, metrics)
    click.echo(f"saved {output}: dev ents_f={metrics['ents_f']}")


if __name__ == "__main__":
    main()
