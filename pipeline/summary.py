"""A short human-readable summary of a facts JSONL file (used by ``make run``)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .schema import parse_record

PLURALS = {"entity": "entities", "relation": "relations", "quantity": "quantities", "date": "dates", "quote": "quotes"}


def _describe(record) -> str | None:
    kind = record.kind
    if kind == "entity":
        return f"{record.label:8} {record.name} ({len(record.mentions)} mentions)"
    if kind == "relation":
        obj = record.object.name if record.object else "-"
        role = f" [{record.role}]" if record.role else ""
        return f"{record.predicate:10} {record.subject.name} -> {obj}{role}"
    if kind == "quantity":
        what = record.unit or record.counted or ""
        extra = ", ".join(x for x in (record.event and f"event={record.event}",
                                      record.agent and f"agent={record.agent.name}") if x)
        return f"{record.qualifier:11} {record.value:g} {what} {extra}".rstrip()
    if kind == "date":
        return f"{record.text!r} -> {record.value} ({record.granularity})"
    if kind == "quote":
        quote = record.quote if len(record.quote) < 60 else record.quote[:57] + "..."
        return f"{record.speaker or '?'} ({record.cue}): \"{quote}\""
    return None


def summarize_file(path: Path | str) -> str:
    counts: Counter = Counter()
    lines_by_kind: dict[str, list[str]] = {}
    with open(path, encoding="utf8") as f:
        for line in f:
            if not line.strip():
                continue
            record = parse_record(line)
            counts[record.kind] += 1
            text = _describe(record)
            if text:
                lines_by_kind.setdefault(record.kind, []).append(text)
    out = [", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))]
    for kind in ("entity", "relation", "quantity", "date", "quote"):
        if kind in lines_by_kind:
            out.append(f"\n{PLURALS[kind]}:")
            out.extend(f"  {text}" for text in lines_by_kind[kind])
    return "\n".join(out)
