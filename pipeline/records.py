"""The output edge: a processed Doc becomes validated Pydantic records."""
from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from . import schema
from .extensions import get_article, get_facts
from .facts import Entity


def _fact_id(article_id: str, kind: str, start: int, end: int, key: str) -> str:
    digest = hashlib.sha1(f"{article_id}|{kind}|{start}|{end}|{key}".encode("utf8")).hexdigest()
    return f"{kind[:3]}-{digest[:12]}"


def article_id_for(doc: Doc) -> str:
    meta = get_article(doc)
    if meta.article_id:
        return meta.article_id
    return "sha1-" + hashlib.sha1(doc.text.encode("utf8")).hexdigest()[:12]


def _sentence(doc: Doc, text: str, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return text[start:end]
    first, last = span[0].sent, span[-1].sent
    return text[first.start_char:last.end_char].strip()


def _ref(entity: Entity | None) -> schema.EntityRef | None:
    return schema.EntityRef(name=entity.name, label=entity.label) if entity else None


def doc_to_records(doc: Doc) -> list:
    """The article record, then its entities, relations, quantities, dates and quotes."""
    meta, facts = get_article(doc), get_facts(doc)
    aid = article_id_for(doc)
    text = doc.text  # computed by spaCy on each access: read it once
    records: list = [schema.Article(
        article_id=aid, source=meta.source, title=meta.title, authors=meta.authors, published=meta.published,
        url=meta.url, caption=meta.caption, credit=meta.credit, dateline=meta.dateline, site=meta.site, text=text,
    )]

    def common(kind: str, start: int, end: int, key: str, confidence: float, extractor: str) -> dict:
        return dict(article_id=aid, id=_fact_id(aid, kind, start, end, key), start=start, end=end,
                    text=text[start:end], sentence=_sentence(doc, text, start, end),
                    confidence=round(confidence, 3), extractor=extractor)

    for e in facts.entities:
        records.append(schema.EntityFact(**common("entity", e.start, e.end, e.name, e.confidence, e.extractor),
                                         label=e.label, name=e.name, mentions=e.mentions))
    date_ids = {id(d): _fact_id(aid, "date", d.start, d.end, str(d.value)) for d in facts.dates}

    def when(date) -> schema.DateRef | None:
        return schema.DateRef(id=date_ids[id(date)], value=date.value) if date is not None else None

    for r in facts.relations:
        key = f"{r.predicate}|{r.subject.name}|{r.object.name if r.object else ''}|{r.role}"
        records.append(schema.RelationFact(**common("relation", r.start, r.end, key, r.confidence, r.extractor),
                                           predicate=r.predicate, subject=_ref(r.subject), object=_ref(r.object),
                                           role=r.role, when=when(r.when)))
    quantity_ids = {id(q): _fact_id(aid, "quantity", q.start, q.end, f"{q.value}|{q.unit}|{q.counted}")
                    for q in facts.quantities}
    for q in facts.quantities:
        records.append(schema.QuantityFact(
            **common("quantity", q.start, q.end, f"{q.value}|{q.unit}|{q.counted}", q.confidence, q.extractor),
            value=q.value, high=q.high, qualifier=q.qualifier, unit=q.unit, counted=q.counted,
            counted_phrase=q.counted_phrase, event=q.event, agent=_ref(q.agent),
            linked_to=quantity_ids.get(id(q.linked_to)) if q.linked_to is not None else None, when=when(q.when)))
    for d in facts.dates:
        records.append(schema.DateFact(**common("date", d.start, d.end, str(d.value), d.confidence, d.extractor),
                                       value=d.value, granularity=d.granularity))
    for q in facts.quotes:
        records.append(schema.QuoteFact(
            **common("quote", q.start, q.end, q.speaker.name if q.speaker else "", q.confidence, q.extractor),
            speaker=q.speaker.name if q.speaker else None, speaker_label=q.speaker.label if q.speaker else None,
            quote=q.quote, cue=q.cue, direct=q.direct))
    return records
