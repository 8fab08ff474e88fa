"""Every spaCy factory newsfacts provides, registered in one place.

Each factory is thin: its defaults sit in ``default_config`` (mirrored in
``configs/pipeline.cfg``) and it declares what it assigns and requires, so
``nlp.analyze_pipes()`` can check the stage order. The same functions are
exposed through the ``spacy_factories`` entry point.
"""

from typing import Callable, Optional

from spacy.language import Language
from spacy.util import registry

from .extensions import register_extensions

register_extensions()


@registry.tokenizers("newsfacts.cleaning_tokenizer.v1")
def make_cleaning_tokenizer(rules_path: Optional[str] = None) -> Callable[[Language], object]:
    """Cleaning stage: repair the text and split off caption, credit and byline before tokenising."""
    from .cleaning import ArticleCleaner, CleaningTokenizer

    def create(nlp: Language) -> CleaningTokenizer:
        rules = ArticleCleaner.load_rules(rules_path) if rules_path else None
        inner = nlp.tokenizer
        if isinstance(inner, CleaningTokenizer):
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
    default_config={"units_path": None, "qualifiers_path": None},
)
def make_quantities(nlp: Language, name: str, units_path: Optional[str], qualifiers_path: Optional[str]):
    from .quantities.component import NewsQuantities

    return NewsQuantities(nlp, name, units_path=units_path, qualifiers_path=qualifiers_path)


@Language.factory(
    "newsfacts_dates",
    assigns=["doc._.facts"],
    requires=["doc.ents", "doc._.article"],
    default_config={"prefer": "past"},
)
def make_dates(nlp: Language, name: str, prefer: str):
    from .dates.component import NewsDates

    return NewsDates(nlp, name, prefer=prefer)


@Language.factory(
    "newsfacts_quotes",
    assigns=["doc._.facts"],
    requires=["doc._.facts", "token.dep", "token.lemma"],
    default_config={"cues_path": None},
)
def make_quotes(nlp: Language, name: str, cues_path: Optional[str]):
    from .quotes.component import NewsQuotes

    return NewsQuotes(nlp, name, cues_path=cues_path)
