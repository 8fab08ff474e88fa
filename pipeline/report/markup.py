"""An article's text as HTML: entity mentions marked by type (displaCy's look), fact evidence as spans.

Everything from the article is escaped here; the result is safe to place in a page as is.
Entity mentions never overlap (a mention that overlaps an earlier one is dropped); fact
spans may overlap each other and cut across mentions, so the text is split at every
boundary into segments, and each segment lists the facts that cover it (``data-f``).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape

#: displaCy's colour for labels it does not know.
FALLBACK_COLOUR = "#ddd"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str
    name: str


@dataclass(frozen=True)
class Evidence:
    """A fact's span in the text; ``number`` is the fact's anchor in the page (``#f<number>``)."""

    start: int
    end: int
    number: int


@lru_cache(maxsize=1)
def label_colours() -> dict[str, str]:
    """displaCy's entity colours, so the report looks like ``spacy.displacy.render(style="ent")``."""
    from spacy.displacy.render import DEFAULT_LABEL_COLORS

    return dict(DEFAULT_LABEL_COLORS)


def colour(label: str) -> str:
    return label_colours().get(label.upper(), FALLBACK_COLOUR)


def _clamp(start: int, end: int, length: int) -> tuple[int, int]:
    start = min(max(start, 0), length)
    return start, min(max(end, start), length)


def non_overlapping(mentions: list[Mention], length: int) -> list[Mention]:
    """Mentions inside the text, in order; of two that overlap, the earlier (then the longer) stays."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        start, end = _clamp(mention.start, mention.end, length)
        if end > start and (not kept or start >= kept[-1].end):
            kept.append(Mention(start, end, mention.label, mention.name))
    return kept


def _entity_open(mention: Mention) -> str:
    return (f'<mark class="entity" style="background: {colour(mention.label)}" '
            f'title="{escape(mention.name)}" data-label="{escape(mention.label)}">')


def _entity_close(mention: Mention) -> str:
    return f'<span class="entity-label">{escape(mention.label)}</span></mark>'


def render_text(text: str, mentions: list[Mention], evidence: list[Evidence]) -> Markup:
    """The escaped text with ``<mark class="entity">`` per mention and ``<span data-f>`` per covered segment.

    Each fact also gets an empty anchor ``<span id="f<number>">`` where its evidence starts.
    """
    length = len(text)
    mentions = non_overlapping(mentions, length)
    opens = {m.start: m for m in mentions}
    closes = {m.end: m for m in mentions}
    starting: dict[int, list[int]] = defaultdict(list)
    ending: dict[int, list[int]] = defaultdict(list)
    for fact in evidence:
        start, end = _clamp(fact.start, fact.end, length)
        starting[start].append(fact.number)
        ending[end].append(fact.number)
    bounds = sorted({0, length, *opens, *closes, *starting, *ending})
    active: dict[int, None] = {}  # the facts covering the current segment, in order of their numbers
    out: list[str] = []
    for here, after in zip(bounds, bounds[1:] + [None]):
        for number in ending.get(here, ()):
            active.pop(number, None)
        if here in closes:
            out.append(_entity_close(closes[here]))
        for number in starting.get(here, ()):
            out.append(f'<span class="anchor" id="f{number}"></span>')
            if number not in ending.get(here, ()):
                active[number] = None
        if here in opens:
            out.append(_entity_open(opens[here]))
        if after is None:
            break
        segment = str(escape(text[here:after]))
        if active:
            out.append(f'<span class="ev" data-f="{" ".join(map(str, sorted(active)))}">{segment}</span>')
        else:
            out.append(segment)
    return Markup("".join(out))
