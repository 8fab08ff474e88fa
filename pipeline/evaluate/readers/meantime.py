"""MEANTIME (NewsReader) CAT XML: ``<token t_id sentence>`` elements, then ``<Markables>`` whose
mentions point at tokens through ``<token_anchor t_id>`` (ENTITY_MENTION, TIMEX3, VALUE,
EVENT_MENTION) and instances without anchors (ENTITY with ``ent_type``), then ``<Relations>``:
REFERS_TO (mention to instance, giving a mention its type) and HAS_PARTICIPANT (event mention
to entity mention, with ``sem_role``). Text is the tokens joined by spaces, one sentence a line.
Only the title and first sentences are annotated: a ``scope`` fact spans them."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..documents import files, gold_error, parse_xml, row, to_dataset, tokens_to_text


def _ends(element: ET.Element, token_spans: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    anchors = [token_spans[a.get("t_id")] for a in element.findall("token_anchor") if a.get("t_id") in token_spans]
    return (min(s for s, _ in anchors), max(e for _, e in anchors)) if anchors else None


def _links(root: ET.Element, tag: str) -> list[tuple[ET.Element, list[str], list[str]]]:
    return [(rel, [s.get("m_id") for s in rel.findall("source")], [t.get("m_id") for t in rel.findall("target")])
            for rel in root.iter(tag)]


def parse(path: Path) -> dict:
    root = parse_xml(path)
    tokens = root.findall("token")
    if not tokens or root.find("Markables") is None:
        raise gold_error(path, "(file)", "no <token> or <Markables> elements: not a CAT XML document")
    sentences: dict[str, list[ET.Element]] = {}
    for token in tokens:
        sentences.setdefault(token.get("sentence", "0"), []).append(token)
    groups = list(sentences.values())
    text, offsets = tokens_to_text([[t.text or "" for t in group] for group in groups])
    spans = {t.get("t_id"): span for group, group_spans in zip(groups, offsets) for t, span in zip(group, group_spans)}
    markables = root.find("Markables")
    types = {e.get("m_id"): e.get("ent_type") for e in markables.iter("ENTITY")}
    mention_type = {src: types.get(tgt[0]) for _, sources, tgt in _links(root, "REFERS_TO") if tgt for src in sources}
    mentions = {}
    facts = []
    for element in markables:
        span = _ends(element, spans)
        if span is None:
            continue
        m_id = element.get("m_id")
        fact = {"start": span[0], "end": span[1], "text": text[span[0]:span[1]]}
        if element.tag == "ENTITY_MENTION":
            fact.update(kind="entity", label=element.get("ent_type") or mention_type.get(m_id),
                        syntactic_type=element.get("syntactic_type"))
        elif element.tag == "TIMEX3":
            fact.update(kind="date", value=element.get("value"), type=element.get("type"))
        elif element.tag == "VALUE":
            fact.update(kind="quantity", value=element.get("value"), type=element.get("type"))
        elif element.tag == "EVENT_MENTION":
            fact.update(kind="event", participants=[])
        else:
            continue
        mentions[m_id] = fact
        facts.append(fact)
    for rel, sources, targets in _links(root, "HAS_PARTICIPANT"):
        event = mentions.get(sources[0]) if sources else None
        target = mentions.get(targets[0]) if targets else None
        if event is not None and target is not None and event["kind"] == "event":
            event["participants"].append({"span": [target["start"], target["end"]], "role": rel.get("sem_role")})
    # MEANTIME annotates the title and the first sentences only: the scope fact tells the scorer where
    # the annotation stops, so predictions beyond it are neither hits nor false positives.
    annotated = [f["end"] for f in facts]
    if annotated:
        last = max(annotated)
        sentence_ends = [group_spans[-1][1] for group_spans in offsets if group_spans]
        facts.append({"kind": "scope", "start": 0, "end": next((e for e in sentence_ends if e >= last), len(text))})
    dct = markables.find("TIMEX3[@functionInDocument='CREATION_TIME']")
    published = (dct.get("value") or "")[:10] if dct is not None else ""
    doc_id = root.get("doc_name") or path.stem
    return row(doc_id, text, facts, published=published if len(published) == 10 else None)


def read(path: Path):
    return to_dataset([parse(file) for file in files(path, ".xml", ".naf")])
