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


def _convert(source: Path, target_dir: Path, line_breaks: float = 0.0) -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "spacy", "convert", str(source), str(target_dir), "--converter", "ner",
                    "--n-sents", "10", "--file-type", "spacy"], check=True)
    converted = target_dir / (source.stem + ".spacy")
    if line_breaks:
        with_line_breaks(converted, line_breaks)
    return converted


def with_line_breaks(path: Path, rate: float, seed: int = 0) -> None:
    """Put a line-break token ("\n", or "\n\n" for a paragraph) between sentences of the converted CoNLL documents,
    at ``rate`` of the sentence boundaries, in place. The pipeline runs the NER on whole articles, whose sentences
    and paragraphs are separated by such whitespace tokens, which CoNLL's token files never show the model: without
    them in training a break beside a name costs it (CoNLL dev PER+ORG+LOC through the pipeline 86.6 with the
    breaks written as spaces, 85.3 with them; models/README.md has what training with them gave)."""
    import random

    import spacy
    from spacy.tokens import Doc, DocBin

    rng = random.Random(seed)
    nlp = spacy.blank("en")
    out = DocBin(store_user_data=False)
    for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
        words, spaces, tags = [], [], []
        for token in doc:
            if token.i and token.is_sent_start and rng.random() < rate:
                spaces[-1] = False
                words.append("\n\n" if rng.random() < 0.3 else "\n")
                spaces.append(False)
                tags.append("O")
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            tags.append(f"{token.ent_iob_}-{token.ent_type_}" if token.ent_iob_ in {"B", "I"} else "O")
        out.add(Doc(nlp.vocab, words=words, spaces=spaces, ents=tags))
    out.to_disk(path)


def line_breaks_option(command):
    return click.option("--line-breaks", type=click.FloatRange(0, 1), default=0.0, show_default=True,
                        help="Share of sentence boundaries given a line-break token, as in whole articles (0: none; "
                             "see models/README.md for what 0.5 gave).")(command)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("data_dir", type=click.Path(path_type=Path))
@click.argument("output", type=click.Path(path_type=Path))
@training_options("ner.cfg", "ner")
@line_breaks_option
def main(data_dir: Path, output: Path, config: Path, work: Path, max_steps: int | None, line_breaks: float) -> None:
    """Train configs/ner.cfg on the CoNLL-2003 files in DATA_DIR and save the model to OUTPUT."""
    if not data_dir.is_dir():
        raise click.ClickException(f"CoNLL-2003 data folder not found: {data_dir} (set NEWSFACTS_DATA)")
    train = _convert(_find(data_dir, "train"), work / "corpus", line_breaks)
    dev = _convert(_find(data_dir, "dev"), work / "corpus", line_breaks)
    metrics = train_and_save(config, work, {"paths.train": str(train), "paths.dev": str(dev)}, max_steps, output,
                             ("ents_p", "ents_r", "ents_f", "ents_per_type"))
    write_metrics(output, metrics)
    click.echo(f"saved {output}: dev ents_f={metrics['ents_f']}")


if __name__ == "__main__":
    main()
