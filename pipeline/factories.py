"""Every spaCy factory newsfacts provides, registered in one place.

Each factory is thin: its defaults sit in ``default_config`` (mirrored in
``configs/pipeline.cfg``) and it declares what it assigns and requires, so
``nlp.analyze_pipes()`` can check the stage order. The same functions are
exposed through the ``spacy_factories`` entry point.
"""

from typing import Callable, Optional

from spacy.language import Language
from spacy.util import registry
from thinc.api import Config

from .extensions import register_extensions

register_extensions()


@registry.tokenizers("newsfacts.cleaning_tokenizer.v1")
def make_cleaning_tokenizer(rules_path: Optional[str] = None) -> Callable[[Language], object]:
    """Cleaning stage: repair the text and split off caption, credit and byline before tokenising."""
    from .cleaning import ArticleCleaner, CleaningTokenizer

    def create(nlp: Language) -> CleaningTokenizer:
        rules = ArticleCleaner.load_rules(rules_path) if rules_path else None
        inner = getattr(nlp, "tokenizer", None)
        if inner is None:  # spacy.load building a saved pipeline: spaCy's own, then from_disk fills it
            inner = registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        elif isinstance(inner, CleaningTokenizer):
            inner = inner.tokenizer
        return CleaningTokenizer(inner, ArticleCleaner(rules))

    return create


@Language.factory(
    "newsfacts_stash_ents",
    assigns=["doc.spans", "doc.ents"],
    requires=["doc.ents"],
    default_config={},
)
def make_stash_entities(nlp: Language, name: str):
    """Set the pretrained entities aside (doc.spans) before the project's trained NER runs."""
    from .entities.merge import StashEntities

    return StashEntities(name)


@Language.factory(
    "newsfacts_entities",
    assigns=["doc.ents", "doc._.facts"],
    requires=["doc.ents", "token.dep", "token.lemma"],
    default_config={"patterns_path": None, "roles_path": None, "variants_path": None, "org_nouns_path": None},
)
def make_entities(nlp: Language, name: str, patterns_path: Optional[str], roles_path: Optional[str],
                  variants_path: Optional[str], org_nouns_path: Optional[str]):
    from .entities.component import NewsEntities

    return NewsEntities(nlp, name, patterns_path=patterns_path, roles_path=roles_path,
                        variants_path=variants_path, org_nouns_path=org_nouns_path)


@Language.factory(
    "newsfacts_relations",
    assigns=["doc._.facts"],
    requires=["doc.ents", "doc._.facts", "token.dep"],
    default_config={"verbs_path": None, "roles_path": None, "country_window": 1},
)
def make_relations(nlp: Language, name: str, verbs_path: Optional[str], roles_path: Optional[str],
                   country_window: int):
    from .relations.component import NewsRelations

    return NewsRelations(nlp, name, verbs_path=verbs_path, roles_path=roles_path, country_window=country_window)


@Language.factory(
    "newsfacts_quantities",
    assigns=["doc._.facts"],
    requires=["doc.ents", "doc._.facts", "token.dep", "token.lemma"],
    default_config={"units_path": None, "qualifiers_path": None, "conventions": "newsfacts"},
)
def make_quantities(nlp: Language, name: str, units_path: Optional[str], qualifiers_path: Optional[str],
                    conventions: str):
    from .quantities.component import NewsQuantities

    return NewsQuantities(nlp, name, units_path=units_path, qualifiers_path=qualifiers_path, conventions=conventions)


@Language.factory(
    "newsfacts_dates",
    assigns=["doc._.facts"],
    requires=["doc.ents", "doc._.article"],
    default_config={"prefer": "nearest", "conventions": "newsfacts"},
)
def make_dates(nlp: Language, name: str, prefer: str, conventions: str):
    from .dates.component import NewsDates

    return NewsDates(nlp, name, prefer=prefer, conventions=conventions)


@Language.factory(
    "newsfacts_quotes",
    assigns=["doc._.facts"],
    requires=["doc._.facts", "token.dep", "token.lemma"],
    default_config={"cues_path": None, "conventions": "newsfacts", "cue_model": None},
)
def make_quotes(nlp: Language, name: str, cues_path: Optional[str], conventions: str = "newsfacts",
                cue_model: Optional[str] = None):
    from .quotes.component import NewsQuotes

    return NewsQuotes(nlp, name, cues_path=cues_path, conventions=conventions, cue_model=cue_model)


@registry.architectures("newsfacts.RelationClassifier.v1")
def make_relation_model(tok2vec, hidden_width: int = 64, dropout: float = 0.1):
    """Candidate pairs pooled from the tok2vec output, one hidden layer, one logit per predicate."""
    from .relations.classifier import build_relation_model

    return build_relation_model(tok2vec, hidden_width, dropout)


@registry.architectures("newsfacts.RelationClassifier.v2")
def make_relation_model_with_features(tok2vec, hidden_width: int = 64, dropout: float = 0.1,
                                      feature_width: int = 64, feature_rows: int = 50000):
    """As v1, with a bag of each pair's hashed lexical and dependency-path features beside the pooled vectors."""
    from .relations.classifier import build_relation_model

    return build_relation_model(tok2vec, hidden_width, dropout, feature_width, feature_rows)


@registry.readers("newsfacts.GoldEntitiesCorpus.v1")
def make_gold_entities_corpus(path: str, max_length: int = 0, limit: int = 0):
    """A .spacy corpus whose predicted Docs carry the reference entities (relation training and scoring)."""
    from .relations.classifier import gold_entities_corpus

    return gold_entities_corpus(path, max_length=max_length, limit=limit)


DEFAULT_RELATION_MODEL = """
[model]
@architectures = "newsfacts.RelationClassifier.v1"
hidden_width = 64
dropout = 0.1

[model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "*"
"""


@Language.factory(
    "newsfacts_relation_classifier",
    assigns=["doc._.facts"],
    requires=["doc.ents"],
    default_config={"model": Config().from_str(DEFAULT_RELATION_MODEL)["model"], "threshold": 0.5,
                    "max_distance": 30, "candidate_labels": ["PERSON", "ORG", "GPE", "LOC", "FAC"]},
)
def make_relation_classifier(nlp: Language, name: str, model, threshold: float, max_distance: int,
                             candidate_labels: list[str]):
    """Trained relations between name entities (`make train-rel`), added to doc._.facts after the patterns'."""
    from .relations.classifier import RelationClassifier

    return RelationClassifier(nlp.vocab, model, name, threshold=threshold, max_distance=max_distance,
                              candidate_labels=candidate_labels)
