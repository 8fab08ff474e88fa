"""PolNeAR quote attribution: ``speaker``, ``content`` and whole ``quote`` (speaker and content
together), each ``-exact`` (the same character spans) and ``-overlap`` (a shared character),
matched one to one.

A prediction's content is the quote fact's span; its speaker span is the mention of the
speaker entity nearest to the quote (a speaker given only by a pronoun has no named mention,
so its speaker span is missing and it cannot match)."""
from __future__ import annotations

from ..matching import Item, match
from . import Scores, sentence_around


def _spans(frags) -> tuple[tuple[int, int], ...]:
    return tuple((int(s), int(e)) for s, e in frags or [])


def speaker_span(quote: dict, facts: list[dict]) -> tuple[int, int] | None:
    mentions = [tuple(m) for f in facts if f.get("kind") == "entity" and quote.get("speaker")
                and f["name"] == quote["speaker"] for m in f.get("mentions") or []]
    if not mentions:
        return None
    centre = (quote["start"] + quote["end"]) / 2
    return min(mentions, key=lambda m: (abs((m[0] + m[1]) / 2 - centre), m))


def _items(doc: str, text: str, quotes: list[tuple]) -> dict[str, list[Item]]:
    """quotes: (source spans, content spans) pairs."""
    items: dict[str, list[Item]] = {"speaker": [], "content": [], "quote": []}
    for source, content in quotes:
        first = (content or source or ((0, 0),))[0]
        sentence = sentence_around(text, first[0], first[1])
        content_text = " … ".join(text[s:e] for s, e in content)
        if source:
            items["speaker"].append(Item(doc, source, None, {}, " … ".join(text[s:e] for s, e in source), sentence))
        if content:
            items["content"].append(Item(doc, content, None, {}, content_text, sentence))
        if content:
            items["quote"].append(Item(doc, content, None, {"source": source}, content_text, sentence))
    return items


def _gold(doc: dict) -> list[tuple]:
    return [(_spans(f["source"]), _spans(f["content"])) for f in doc["facts"] if f["kind"] == "quote"]


def _pred(facts: list[dict]) -> list[tuple]:
    quotes = []
    for f in facts:
        if f.get("kind") == "quote" and f["start"] >= 0:
            speaker = speaker_span(f, facts)
            quotes.append(((speaker,) if speaker else (), ((f["start"], f["end"]),)))
    return quotes


def _quote_match(gold: list[Item], pred: list[Item], mode: str):
    """Whole quotes: content matched in ``mode``, then the speaker must match in the same mode."""
    from ..matching import overlap

    result = match(gold, pred, mode)
    good, bad = [], []
    for g, p in result.pairs:
        gs, ps = g.fields["source"], p.fields["source"]
        ok = gs == ps if mode == "exact" else (not gs and not ps) or overlap(gs, ps) > 0
        (good if ok else bad).append((g, p))
    result.pairs = good
    result.misses += [g for g, _ in bad]
    result.false_positives += [p for _, p in bad]
    return result


def score(docs: list[dict], predictions: dict) -> Scores:
    gold: dict[str, list[Item]] = {"speaker": [], "content": [], "quote": []}
    pred: dict[str, list[Item]] = {"speaker": [], "content": [], "quote": []}
    for doc in docs:
        for key, items in _items(doc["id"], doc["text"], _gold(doc)).items():
            gold[key] += items
        for key, items in _items(doc["id"], doc["text"], _pred(predictions[doc["id"]][1])).items():
            pred[key] += items
    scores = Scores()
    for mode in ("exact", "overlap"):
        errors = mode == "overlap"
        scores.add(f"speaker-{mode}", match(gold["speaker"], pred["speaker"], mode), errors=errors)
        scores.add(f"content-{mode}", match(gold["content"], pred["content"], mode), errors=errors)
        scores.add(f"quote-{mode}", _quote_match(gold["quote"], pred["quote"], mode), errors=False)
    return scores
