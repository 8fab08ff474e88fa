"""Where configs/ and models/ go in the wheel: the one layout fact pyproject.toml cannot state.

One source of truth: the checkout keeps configs/ and models/ at the top level, where the Makefile, the
training scripts and people use them. The wheel installs them as the packages ``pipeline.configs`` and
``pipeline.models`` (``package_dir`` below), which the pipeline finds through importlib.resources
(pipeline/api.py); an editable install (``pip install -e .``) maps the same names back to the checkout's
folders, so both read the same files. Metadata, and the package data of the code packages, stay in
pyproject.toml.
"""
import re
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

CONFIGS, MODELS = Path("configs"), Path("models")


def model_files() -> list[str]:
    """The files of each trained pipeline a config names ("models/NAME"), relative to models/: any
    models/NAME/ with a meta.json. One not trained yet, or still being written, is left out."""
    names = {name for config in CONFIGS.glob("*.cfg")
             for name in re.findall(r'"models/([^"/]+)/?"', config.read_text(encoding="utf8"))}
    return sorted(str(path.relative_to(MODELS)) for name in names if (MODELS / name / "meta.json").is_file()
                  for path in (MODELS / name).rglob("*") if path.is_file())


class BuildWithModels(build_py):
    """build_py with the configs and models as package data, added to pyproject.toml's (which replaces
    any ``package_data`` given here)."""

    def finalize_options(self) -> None:
        super().finalize_options()
        self.package_data = {**self.package_data, "pipeline.configs": ["*.cfg"],
                             "pipeline.models": ["README.md", *model_files()]}


setup(
    packages=find_namespace_packages(include=["pipeline*"], exclude=["*.__pycache__"])
    + ["pipeline.configs", "pipeline.models"],
    package_dir={"pipeline.configs": "configs", "pipeline.models": "models"},
    cmdclass={"build_py": BuildWithModels},
)
