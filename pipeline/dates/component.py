"""The dates stage: each DATE/TIME expression normalised against ``doc._.article.published``."""
from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import get_article, get_facts, register_extensions
from ..facts import DateFact
from ..syntax import governing_verb
from .normalize import normalize

TEMPORAL_LABELS = {"DATE", "TIME"}
FUTURE_AUX = {"will", "'ll", "’ll", "shall"}
FUTURE_VERBS = {"plan", "schedule", "expect", "intend", "aim"}


class NewsDates:
    def __init__(self, nlp: Language, name: str = "newsfacts_dates", *, prefer: str = "past") -> None:
        if prefer not in {"past", "future", "current_period"}:
            raise ValueError(f"prefer must be past, future or current_period, not {prefer!r}")
        register_extensions()
        self.name = name
        self.prefer = prefer

    def _prefer_for(self, ent) -> str:
        """Future-tense clauses look forward: "talks will resume on Tuesday", "an election planned for March"."""
        verb = governing_verb(ent.root)
        if verb is not None and (verb.lemma_.lower() in FUTURE_VERBS or any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)):
            return "future"
        return self.prefer

    def __call__(self, doc: Doc) -> Doc:
        published = get_article(doc).published
        anchor = dt.date.fromisoformat(published) if published else None
        dates = []
        for ent in doc.ents:
            if ent.label_ not in TEMPORAL_LABELS:
                continue
            result = normalize(ent.text, anchor, self._prefer_for(ent))
            if ent.label_ == "TIME" and result.value is None:
                continue
            confidence = 0.9 if result.value else 0.6
            dates.append(DateFact(value=result.value, granularity=result.granularity, start=ent.start_char,
                                  end=ent.end_char, confidence=confidence))
            dates[-1].verb_index = _verb_index(ent)
        facts = get_facts(doc)
        facts.dates = dates
        _attach_to_events(doc, facts)
        return doc


def _verb_index(ent) -> int | None:
    verb = governing_verb(ent.root)
    return verb.i if verb is not None else None


def _attach_to_events(doc: Doc, facts) -> None:
    """Point relations and quantities at the date of their event ("visited Ecuador in September")."""
    by_verb = {}
    for date in facts.dates:
        if date.verb_index is not None and date.value is not None:
            by_verb.setdefault(date.verb_index, date)
    for fact in [*facts.relations, *facts.quantities]:
        if fact.event_index is None or fact.when is not None:
            continue
        # The event's own date, else the date of the clause it hangs from ("In January,
        # forces executed a raid to capture Maduro": the capture is dated January).
        node = doc[fact.event_index]
        for _ in range(4):
            if node.i in by_verb:
                fact.when = by_verb[node.i]
                break
            if node.head == node:
                break
            node = node.head
