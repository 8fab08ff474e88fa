"""Build the newsfacts pipeline as a spaCy pipeline package, and the newsfacts wheel it runs on (`make package`).

    python scripts/package.py dist
    python scripts/package.py dist --config configs/accurate.cfg --name newsfacts_accurate

The pipeline is loaded as ``pipeline.load(config)`` loads it (the pretrained model, the trained heads in
models/ when built, the rule stages, which save their data with it), saved under the project's name and
version, and packaged with ``python -m spacy package``: OUTPUT/en_NAME-VERSION/ and its wheel in OUTPUT. Its
components resolve through newsfacts' entry points (spacy_factories, spacy_tokenizers, ...), so it requires
``newsfacts==VERSION``, whose wheel is built beside it.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
# What the newsfacts wheel is built from: pyproject.toml and setup.py name everything else it needs.
SOURCES = ("pyproject.toml", "setup.py", "README.md", "pipeline", "configs", "models")


def project() -> dict:
    """The [project] table of pyproject.toml: the name and version both packages carry."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]


def _run(*command: str) -> None:
    result = subprocess.run([sys.executable, "-m", *command], capture_output=True, text=True)
    if result.returncode != 0:
        raise click.ClickException(f"python -m {' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def pip_wheel(source: Path, output: Path) -> Path:
    """``pip wheel SOURCE --no-deps``, the wheel moved into OUTPUT (replacing one of the same version)."""
    with tempfile.TemporaryDirectory() as tmp:
        _run("pip", "wheel", "--no-deps", "-q", "-w", tmp, str(source))
        (wheel,) = Path(tmp).glob("*.whl")
        return Path(shutil.move(wheel, output / wheel.name))


def build_newsfacts_wheel(output: Path) -> Path:
    """The newsfacts wheel, built from a copy of the sources, so a stale build/ in the checkout never leaks in."""
    with tempfile.TemporaryDirectory() as tmp:
        for name in SOURCES:
            source, target = ROOT / name, Path(tmp) / name
            if source.is_dir():
                shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(source, target)
        return pip_wheel(Path(tmp), output)


def save_pipeline(target: Path, config: Path | None, name: str, version: str, description: str) -> list[str]:
    """``pipeline.load(config)`` saved to TARGET as a spaCy pipeline named NAME; its component names."""
    import spacy
    from spacy.util import get_minor_version_range

    import pipeline

    nlp = pipeline.load(config)
    nlp.meta.update({"name": name, "version": version, "description": description, "author": "newsfacts",
                     "email": "", "url": "", "spacy_version": get_minor_version_range(spacy.__version__),
                     "requirements": [f"newsfacts=={version}"]})
    nlp.to_disk(target)
    return nlp.pipe_names


def spacy_package(model: Path, output: Path, name: str, version: str) -> tuple[Path, Path]:
    """``python -m spacy package`` of MODEL into OUTPUT, then its wheel: (package folder, wheel)."""
    _run("spacy", "package", str(model), str(output), "--name", name, "--version", version, "--build", "none",
         "--force")
    folder = output / f"en_{name}-{version}"
    return folder, pip_wheel(folder, output)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("output", type=click.Path(file_okay=False, path_type=Path), default=ROOT / "dist")
@click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Pipeline config (default: the packaged configs/pipeline.cfg).")
@click.option("--name", default="newsfacts", show_default=True,
              help="Pipeline name; the package is en_NAME, loaded with spacy.load('en_NAME').")
def main(output: Path, config: Path | None, name: str) -> None:
    """Build OUTPUT/en_NAME-VERSION-py3-none-any.whl (spaCy package) and the newsfacts wheel it requires."""
    meta = project()
    output.mkdir(parents=True, exist_ok=True)
    wheel = build_newsfacts_wheel(output)
    click.echo(f"built {wheel}")
    with tempfile.TemporaryDirectory() as tmp:
        pipes = save_pipeline(Path(tmp) / name, config, name, meta["version"], meta["description"])
        folder, package = spacy_package(Path(tmp) / name, output, name, meta["version"])
    click.echo(f"built {package} ({folder.name}: {', '.join(pipes)})")


if __name__ == "__main__":
    main()
