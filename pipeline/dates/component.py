"""The dates stage: each DATE/TIME expression normalised against ``doc._.article.published``."""
from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import get_article, get_facts, register_extensions
from ..facts import DateFact
from .normalize import normalize

TEMPORAL_LABELS = {"DATE", "TIME"}


class NewsDates:
    def __init__(self, nlp: Language, name: str = "newsfacts_dates", *, prefer: str = "past") -> None:
        if prefer not in {"past", "future", "current_period"}:
            raise ValueError(f"prefer must be past, future or current_period, not {prefer!r}")
        register_extensions()
        self.name = name
        self.prefer = prefer

    def __call__(self, doc: Doc) -> Doc:
        published = get_article(doc).published
        anchor = dt.date.fromisoformat(published) if published else None
        dates = []
        for ent in doc.ents:
            if ent.label_ not in TEMPORAL_LABELS:
                continue
            result = normalize(ent.text, anchor, self.prefer)
            if ent.label_ == "TIME" and result.value is None:
                continue
            confidence = 0.9 if result.value else 0.6
            dates.append(DateFact(value=result.value, granularity=result.granularity, start=ent.start_char,
                                  end=ent.end_char, confidence=confidence))
        get_facts(doc).dates = dates
        return doc
