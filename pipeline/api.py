"""The library entry points: ``load`` a pipeline, ``extract`` facts from text."""
from __future__ import annotations

import datetime as dt
import logging
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Iterable, Iterator

from .errors import ErrorCode, NewsfactsError

logger = logging.getLogger(__name__)

# The configs and the trained models they name travel inside the package, as pipeline.configs and
# pipeline.models (setup.py installs the checkout's configs/ and models/ there; an editable install maps the
# names back to those folders), so an installed wheel loads the same pipeline as the checkout.
CONFIGS = Path(str(files("pipeline.configs")))
DEFAULT_CONFIG = CONFIGS / "pipeline.cfg"


def read_config(config: str | Path | None = None):
    """The pipeline config as a thinc ``Config``; the packaged configs/pipeline.cfg by default."""
    from thinc.api import Config

    path = Path(config) if config is not None else DEFAULT_CONFIG
    if not path.is_file():
        raise NewsfactsError(ErrorCode.BAD_CONFIG, path=path, reason="no such file")
    try:
        return Config().from_disk(path, interpolate=False)
    except Exception as err:  # thinc raises several types for a malformed file
        raise NewsfactsError(ErrorCode.BAD_CONFIG, path=path, reason=str(err).splitlines()[0]) from None


def _load_model(names: list[str]):
    import spacy

    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise NewsfactsError(ErrorCode.MODEL_MISSING, model=names[0])


def load(config: str | Path | None = None):
    """The full newsfacts spaCy ``Language``: cleaning tokenizer, pretrained model, newsfacts stages.

    Use it like any spaCy pipeline (``nlp(text)``, ``nlp.pipe(texts)``); the facts are
    in ``doc._.facts`` and the article metadata in ``doc._.article``.
    """
    import spacy
    from spacy.util import registry

    from . import factories  # noqa: F401  (registers the factories when no entry point did)

    cfg = read_config(config)
    nlp_cfg = cfg["nlp"]
    nlp = _load_model([nlp_cfg["model"], *nlp_cfg.get("fallback_models", [])])
    tokenizer_cfg = dict(nlp_cfg.get("tokenizer", {"@tokenizers": "newsfacts.cleaning_tokenizer.v1"}))
    nlp.config["nlp"]["tokenizer"] = dict(tokenizer_cfg)  # nlp.to_disk, then spacy.load, rebuild it
    make_tokenizer = registry.tokenizers.get(tokenizer_cfg.pop("@tokenizers"))
    nlp.tokenizer = make_tokenizer(**tokenizer_cfg)(nlp)
    root = relative_root(config)
    trained_ner = _trained_path(nlp_cfg.get("trained_ner"), root, "NER", "using the pretrained entities only")
    if trained_ner is not None:
        nlp.add_pipe("newsfacts_stash_ents", after="ner")
        _add_trained_ner(nlp, trained_ner)
    components = cfg.get("components", {})
    trained_cues = _trained_path(nlp_cfg.get("trained_cues"), root, "cue tagger", "reading the cue verbs only")
    for stage in nlp_cfg["stages"]:
        stage_cfg = dict(components.get(stage, {}))
        if stage == "newsfacts_quotes" and trained_cues is not None:
            stage_cfg["cue_model"] = str(trained_cues)  # `make train-quote-cues`: cues the tagger reads, too
        nlp.add_pipe(stage, config=stage_cfg)
    trained_rel = _trained_path(nlp_cfg.get("trained_rel"), root, "relation classifier", "using the patterns only")
    if trained_rel is not None and "newsfacts_relations" in nlp.pipe_names:
        nlp.add_pipe("relation_classifier", source=spacy.load(trained_rel), after="newsfacts_relations")
    return nlp


def _add_trained_ner(nlp, path: Path) -> None:
    """Source ``ner_conll`` from the trained pipeline at ``path``, after ``newsfacts_stash_ents``, and before it
    every component of that pipeline the model lacks: the accurate config's ``transformer``, which ``ner_conll``
    listens to (the fast NER listens to the model's own ``tok2vec``, or has its own)."""
    import os
    from importlib.util import find_spec

    import spacy

    # A transformer pipeline carries its weights; nothing is fetched from a hub. Set before transformers is
    # imported (spacy.load imports spacy-transformers for such a pipeline), which reads them once.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    if (path / "transformer").is_dir() and find_spec("spacy_transformers") is None:
        raise NewsfactsError(ErrorCode.BAD_CONFIG, path=path,
                             reason="a transformer NER needs spacy-transformers (make setup-accurate)")
    trained = spacy.load(path)
    after = "newsfacts_stash_ents"
    for name in trained.pipe_names:
        if name == "ner_conll" or name not in nlp.pipe_names:
            nlp.add_pipe(name, source=trained, after=after)
            after = name


def relative_root(config: str | Path | None = None) -> Path:
    """Where a config's relative paths (``trained_ner = "models/ner-conll"``) start: for a config shipped with
    newsfacts (configs/), the folder holding the packaged configs/ and models/; for any other, the current
    directory, as spaCy reads the paths in its own configs."""
    path = Path(config) if config is not None else DEFAULT_CONFIG
    if path.resolve().parent == CONFIGS.resolve():
        return Path(str(files("pipeline.models"))).parent
    return Path.cwd()


def _trained_path(setting: str | None, root: Path, what: str, otherwise: str) -> Path | None:
    """A model the project trains (`make train-ner`, `make train-rel`), when configured and built; else None."""
    if not setting:
        return None
    path = root / setting
    if not (path / "meta.json").is_file():
        logger.info("trained %s %s not built; %s", what, path, otherwise)
        return None
    return path


@lru_cache(maxsize=4)
def _cached(config: str | None):
    return load(config)


def validate_published(published: str | None) -> str | None:
    if published is None:
        return None
    try:
        return dt.date.fromisoformat(published).isoformat()
    except ValueError:
        raise NewsfactsError(ErrorCode.BAD_DATE, value=published) from None


def make_docs(nlp, articles: Iterable) -> Iterator:
    """Clean and tokenise each article (:func:`pipeline.batch.make_doc`), its metadata attached."""
    from .batch import make_doc

    for article in articles:
        yield make_doc(nlp, article)


def extract(text: str, published: str | None = None, *, config: str | Path | None = None, nlp=None) -> list:
    """Facts in one article as Pydantic records: the article record first, then every fact. ``nlp`` is a
    pipeline already loaded (``spacy.load("en_newsfacts")``), used instead of loading ``config``.

    >>> facts = extract("Rubio visited Ecuador on Tuesday.", published="2026-02-17")
    """
    from .readers import ArticleInput
    from .records import doc_to_records

    nlp = nlp if nlp is not None else _cached(str(config) if config is not None else None)
    article = ArticleInput(id=None, text=text, published=validate_published(published), source="<text>")
    (doc,) = nlp.pipe(make_docs(nlp, [article]))
    return doc_to_records(doc)
