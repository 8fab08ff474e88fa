"""What the training scripts share: their options, and training a config and keeping its best model."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent


def training_options(config_name: str, work_name: str):
    """--config, --work and --max-steps, with this model's defaults."""
    def decorate(command):
        command = click.option("--max-steps", type=int, default=None,
                               help="Override [training] max_steps (smoke runs).")(command)
        command = click.option("--work", default=ROOT / "corpus" / work_name, type=click.Path(path_type=Path),
                               help="Where converted data and training checkpoints go.")(command)
        return click.option("--config", default=ROOT / "configs" / config_name,
                            type=click.Path(exists=True, path_type=Path))(command)
    return decorate


def train_and_save(config: Path, work: Path, overrides: dict, max_steps: int | None, output: Path,
                   metric_keys: tuple[str, ...]) -> dict:
    """Train ``config`` (spaCy's trainer, on the CPU), copy model-best to ``output``, write its metrics.json."""
    from spacy.cli.train import train

    from pipeline import factories  # noqa: F401  (the project's factories, architectures and readers)

    if max_steps is not None:
        overrides = {**overrides, "training.max_steps": max_steps, "training.eval_frequency": max(1, max_steps // 2)}
    train(config, work / "training", use_gpu=-1, overrides=overrides)
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(work / "training" / "model-best", output)
    meta = json.loads((output / "meta.json").read_text(encoding="utf8"))
    metrics = {k: meta.get("performance", {}).get(k) for k in metric_keys}
    return metrics


def write_metrics(output: Path, metrics: dict) -> None:
    (output / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf8")
