"""The output edge: a processed Doc becomes validated Pydantic records."""
from __future__ import annotations

import hashlib
from typing import Callable

from pydantic import ValidationError
from spacy.tokens import Doc

from . import schema
from .extensions import get_article, get_facts
from .facts import CHANGES, Entity


def _fact_id(article_id: str, kind: str, start: int, end: int, key: str) -> str:
    digest = hashlib.sha1(f"{article_id}|{kind}|{start}|{end}|{key}".encode("utf8")).hexdigest()
    return f"{kind[:3]}-{digest[:12]}"


def article_id_for(doc: Doc) -> str:
    meta = get_article(doc)
    if meta.article_id:
        return meta.article_id
    return "sha1-" + hashlib.sha1(doc.text.encode("utf8")).hexdigest()[:12]


def _sentence(doc: Doc, text: str, start: int, end: int) -> str:
    if not 0 <= start <= end <= len(text):  # a bad span: the fact's model rejects it, no sentence to find
        return text[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return text[start:end]
    first, last = span[0].sent, span[-1].sent
    return text[first.start_char:last.end_char].strip()


def _ref(entity: Entity | None) -> schema.EntityRef | None:
    return schema.EntityRef(name=entity.name, label=entity.label) if entity else None


def doc_to_records(doc: Doc) -> list:
    """The article record, then its entities, relations, quantities, dates and quotes.

    A fact that fails its model is left out and listed in the article's ``dropped_facts``;
    the article and its other facts are kept, and no kept fact refers to a dropped one.
    """
    meta, facts = get_article(doc), get_facts(doc)
    aid = article_id_for(doc)
    text = doc.text  # computed by spaCy on each access: read it once
    records: list = []
    dropped: list[schema.DroppedFact] = []

    def common(kind: str, start: int, end: int, key: str, confidence: float, extractor: str) -> dict:
        return dict(article_id=aid, id=_fact_id(aid, kind, start, end, key), start=start, end=end,
                    text=text[start:end], sentence=_sentence(doc, text, start, end),
                    confidence=round(confidence, 3), extractor=extractor)

    def keep(kind: str, fact, build: Callable[[], schema.Fact]) -> None:
        try:
            records.append(build())
        except ValidationError as err:
            reason = "; ".join(f"{'.'.join(map(str, e['loc'])) or kind}: {e['msg']}" for e in err.errors())
            dropped.append(schema.DroppedFact(kind=kind, start=fact.start, end=fact.end, reason=reason[:300]))

    for e in facts.entities:
        keep("entity", e, lambda: schema.EntityFact(
            **common("entity", e.start, e.end, e.name, e.confidence, e.extractor),
            label=e.label, name=e.name, mentions=e.mentions))
    date_ids = {id(d): _fact_id(aid, "date", d.start, d.end, str(d.value)) for d in facts.dates}

    def when(date) -> schema.DateRef | None:
        return schema.DateRef(id=date_ids[id(date)], value=date.value) if date is not None else None

    for r in facts.relations:
        key = f"{r.predicate}|{r.subject.name}|{r.object.name if r.object else ''}|{r.role}"
        keep("relation", r, lambda: schema.RelationFact(
            **common("relation", r.start, r.end, key, r.confidence, r.extractor),
            predicate=r.predicate, subject=_ref(r.subject), object=_ref(r.object), role=r.role, when=when(r.when)))
    quantity_ids = {id(q): _fact_id(aid, "quantity", q.start, q.end, f"{q.value}|{q.unit}|{q.counted}")
                    for q in facts.quantities}
    for q in facts.quantities:
        keep("quantity", q, lambda: schema.QuantityFact(
            **common("quantity", q.start, q.end, f"{q.value}|{q.unit}|{q.counted}", q.confidence, q.extractor),
            value=q.value, high=q.high, qualifier="exact" if q.qualifier in CHANGES else q.qualifier,
            change=q.change or (q.qualifier if q.qualifier in CHANGES else None), unit=q.unit, counted=q.counted,
            counted_phrase=q.counted_phrase, event=q.event, agent=_ref(q.agent),
            linked_to=quantity_ids.get(id(q.linked_to)) if q.linked_to is not None else None, when=when(q.when),
            measured=q.measured, measured_span=q.measured_span, holder=q.holder, holder_span=q.holder_span))
    for d in facts.dates:
        keep("date", d, lambda: schema.DateFact(
            **common("date", d.start, d.end, str(d.value), d.confidence, d.extractor),
            value=d.value, granularity=d.granularity, timex_type=d.timex_type, timex_value=d.timex_value))
    for q in facts.quotes:
        keep("quote", q, lambda: schema.QuoteFact(
            **common("quote", q.start, q.end, q.speaker.name if q.speaker else "", q.confidence, q.extractor),
            speaker=q.speaker.name if q.speaker else None, speaker_label=q.speaker.label if q.speaker else None,
            quote=q.quote, cue=q.cue, direct=q.direct, speaker_span=q.speaker_span, cue_span=q.cue_span,
            source=text[q.speaker_span[0]:q.speaker_span[1]] if q.speaker_span else None))
    article = schema.Article(
        article_id=aid, source=meta.source, title=meta.title, authors=meta.authors, published=meta.published,
        url=meta.url, caption=meta.caption, credit=meta.credit, dateline=meta.dateline, site=meta.site, text=text,
        dropped_facts=dropped,
    )
    return [article, *(_without_dangling(records) if dropped else records)]


def _without_dangling(facts: list) -> list:
    """The facts with their references (``linked_to``, ``when``) to facts that were dropped set to null."""
    kept = {f.id for f in facts}
    return [_references_mapped(f, lambda ref: ref if ref in kept else None) for f in facts]


def _references_mapped(fact, new_id: Callable[[str], str | None]):
    """The fact with ``linked_to`` and ``when.id`` mapped through ``new_id`` (None: the reference is dropped)."""
    update = {}
    if getattr(fact, "linked_to", None) is not None:
        update["linked_to"] = new_id(fact.linked_to)
    when = getattr(fact, "when", None)
    if when is not None:
        target = new_id(when.id)
        update["when"] = when.model_copy(update={"id": target}) if target is not None else None
    return fact.model_copy(update=update) if update else fact


def with_article_id(records: list, article_id: str) -> list:
    """One input's records under another article id: its facts' ids are derived again from the new id, and
    the references between them (``linked_to``, ``when``) follow, so they stay consistent and unique."""
    ids = {r.id: _fact_id(article_id, r.kind, r.start, r.end, r.id) for r in records
           if r.kind not in ("article", "error")}
    out = []
    for record in records:
        update = {"article_id": article_id}
        if record.kind not in ("article", "error"):
            update["id"] = ids[record.id]
            record = _references_mapped(record, ids.get)
        out.append(record.model_copy(update=update))
    return out
