"""PolNeAR quote attribution, scored as citron scores PARC (bbc/citron ``metrics.py``), so the figures
stand beside citron's:

- ``cue-exact``: a predicted cue span equal to some gold cue span;
- ``source-exact`` / ``content-exact``: a prediction whose cue overlaps a gold cue and whose source
  (content) spans equal that gold quote's;
- ``quote-exact``: cue, source and content spans all equal;
- ``cue-overlap``, ``source-overlap``, ``content-overlap``, ``quote-overlap``: token-proportional:
  precision is the predicted tokens that overlap gold tokens over all predicted tokens, recall the
  same over all gold tokens (``quote-overlap`` sums the three parts).

As in citron, the exact counts are not one to one: a prediction is a true positive when some gold
quote matches it, and a gold quote is found when some prediction matches it. A prediction's
source is the span the pipeline itself output (``speaker_span``), its cue ``cue_span`` and its
content the quote span. A prediction whose spans could not be carried onto the gold text still
counts, and can only be a false positive."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..matching import Counts, overlap
from . import Mismatch, Scores, sentence_around

Spans = tuple[tuple[int, int], ...]
WORD = re.compile(r"\w+|[^\w\s]")
PARTS = ("cue", "source", "content")


@dataclass(frozen=True)
class Attribution:
    doc: str
    cue: Spans
    source: Spans
    content: Spans


def _spans(frags) -> Spans:
    return tuple(sorted((int(s), int(e)) for s, e in frags or []))


def _gold(doc: dict) -> list[Attribution]:
    return [Attribution(doc["id"], _spans(f["cue"]), _spans(f["source"]), _spans(f["content"]))
            for f in doc["facts"] if f["kind"] == "quote"]


OPENING, CLOSING, TRAILING = "“\"‘'", "”\"’'", ",.!?;:"


def polnear_content(text: str, start: int, end: int, direct: bool) -> tuple[int, int]:
    """Our quote span on PolNeAR's convention: a direct quote's content holds its quotation marks and
    the punctuation inside them ('“We will win,”'); reported speech, or a quote, holds the "that" before it."""
    if direct:  # a mark is one character, or two apostrophes ('') in some archives
        if text[max(0, start - 2):start] == "''":
            start -= 2
        elif start > 0 and text[start - 1] in OPENING:
            start -= 1
        while end < len(text) and text[end] in TRAILING:
            end += 1
        if text.startswith("''", end):
            end += 2
        elif end < len(text) and text[end] in CLOSING:
            end += 1
    for complementizer in ("that ", "that, "):
        if text[max(0, start - len(complementizer)):start].lower() == complementizer:
            start -= len(complementizer)
            break
    return start, end


def pred_attributions(doc_id: str, facts: list[dict], text: str | None = None) -> list[Attribution]:
    """The predicted quotes: content the quote span (on PolNeAR's convention when ``text`` is given,
    see :func:`polnear_content`), source ``speaker_span``, cue ``cue_span``. A direct quote that only
    continues the one before it (no cue or speaker words of its own, the same speaker: '“A,” she said.
    “B.”'), or one read from the same cue ('“A,” she said, “B.”'), is more content of that attribution, as
    PolNeAR and PARC annotate it; a partial quote inside
    reported speech from the same cue is part of that reported speech (see :func:`_partial_of`)."""
    unaligned = ((-1, -1),)
    found: list[Attribution] = []
    previous: dict | None = None
    quotes = [f for f in facts if f.get("kind") == "quote"]
    if text is not None:
        quotes = [f for f in quotes if not _partial_of(f, quotes)]
    for f in sorted(quotes, key=lambda f: f["start"]):
        content = ((f["start"], f["end"]),) if f["start"] >= 0 else unaligned
        if text is not None and f["start"] >= 0:
            content = (polnear_content(text, f["start"], f["end"], bool(f.get("direct"))),)
        same_cue = next((i for i, a in enumerate(found) if f.get("cue_span") and a.cue == _spans([f["cue_span"]])), None)
        if text is not None and _continues(f, previous) and found and f["start"] >= 0:
            same_cue = len(found) - 1
        if text is not None and same_cue is not None and f["start"] >= 0:
            last = found[same_cue]
            found[same_cue] = Attribution(doc_id, last.cue, last.source or _spans([f["speaker_span"]] if f.get(
                "speaker_span") else []), tuple(sorted(last.content + content)))
        else:
            found.append(Attribution(doc_id, _spans([f["cue_span"]] if f.get("cue_span") else []),
                                     _spans([f["speaker_span"]] if f.get("speaker_span") else []), content))
        previous = f
    return found


def _partial_of(quote: dict, quotes: list[dict]) -> bool:
    """A direct quote inside reported speech read from the same cue ('said the plan was “dead”'): the
    output gives both, PolNeAR one attribution, whose content is the reported speech."""
    return bool(quote.get("direct")) and bool(quote.get("cue_span")) and any(
        not other.get("direct") and other.get("cue_span") == quote["cue_span"]
        and other["start"] <= quote["start"] and quote["end"] <= other["end"] for other in quotes)


def _continues(quote: dict, previous: dict | None) -> bool:
    return previous is not None and bool(quote.get("direct")) and bool(previous.get("direct")) \
        and not quote.get("cue_span") and not quote.get("speaker_span") \
        and quote.get("speaker") is not None and quote.get("speaker") == previous.get("speaker")


def _meets(a: Spans, b: Spans) -> bool:
    return overlap(a, b) > 0


def _agree(p: Attribution, g: Attribution, part: str) -> bool:
    """citron's exact tests: the cue equal; a source or content equal with the cues overlapping."""
    if part == "cue":
        return bool(p.cue) and p.cue == g.cue
    if part == "quote":
        return bool(p.cue) and p.cue == g.cue and p.source == g.source and p.content == g.content
    return _meets(p.cue, g.cue) and getattr(p, part) == getattr(g, part)


def exact_counts(gold: list[Attribution], pred: list[Attribution], part: str) -> tuple[Counts, list, list]:
    by_doc: dict[str, list[Attribution]] = {}
    for g in gold:
        by_doc.setdefault(g.doc, []).append(g)
    pred_by_doc: dict[str, list[Attribution]] = {}
    for p in pred:
        pred_by_doc.setdefault(p.doc, []).append(p)
    false_positives = [p for p in pred if not any(_agree(p, g, part) for g in by_doc.get(p.doc, []))]
    misses = [g for g in gold if not any(_agree(p, g, part) for p in pred_by_doc.get(g.doc, []))]
    # citron counts tp over predictions; recall then uses tp / (tp + fn) with fn over gold quotes
    tp = len(pred) - len(false_positives)
    return Counts(tp, len(pred), tp + len(misses)), misses, false_positives


def _tokens(text: str, spans: Spans) -> set[int]:
    """Start offsets of the word and punctuation tokens inside the spans."""
    return {m.start() for s, e in spans if s >= 0 for m in WORD.finditer(text, s, e) if m.end() <= e}


def overlap_counts(texts: dict[str, str], gold: list[Attribution], pred: list[Attribution], part: str) -> Counts:
    """Tokens: predicted ones inside some gold span of the same part (tp over pred), and gold ones (gold)."""
    tp = n_pred = n_gold = 0
    parts = PARTS if part == "quote" else (part,)
    for name in parts:
        gold_tokens: dict[str, set[int]] = {}
        for g in gold:
            tokens = _tokens(texts[g.doc], getattr(g, name))
            n_gold += len(tokens)
            gold_tokens.setdefault(g.doc, set()).update(tokens)
        for p in pred:
            tokens = _tokens(texts[p.doc], getattr(p, name))
            n_pred += len(tokens)
            tp += len(tokens & gold_tokens.get(p.doc, set()))
    return Counts(tp, n_pred, n_gold)


def _mismatch(metric: str, what: str, texts: dict[str, str], a: Attribution) -> Mismatch:
    first = (a.content or a.source or a.cue or ((0, 0),))[0]
    text = texts[a.doc]
    shown = " … ".join(text[s:e] for s, e in a.content if s >= 0)
    source = " … ".join(text[s:e] for s, e in a.source if s >= 0) or "-"
    cue = " … ".join(text[s:e] for s, e in a.cue if s >= 0) or "-"
    return Mismatch(metric, what, a.doc, shown, sentence_around(text, *first), f"source {source!r}, cue {cue!r}")


def score(docs: list[dict], predictions: dict) -> Scores:
    texts = {doc["id"]: doc["text"] for doc in docs}
    gold = [a for doc in docs for a in _gold(doc)]
    pred = [a for doc in docs for a in pred_attributions(doc["id"], predictions[doc["id"]][1], doc["text"])]
    scores = Scores()
    for part in (*PARTS, "quote"):
        counts, misses, false_positives = exact_counts(gold, pred, part)
        scores.metrics[f"{part}-exact"] = counts
        if part == "quote":
            scores.errors += [_mismatch("quote-exact", "miss", texts, g) for g in misses]
            scores.errors += [_mismatch("quote-exact", "false positive", texts, p) for p in false_positives]
    for part in (*PARTS, "quote"):
        scores.metrics[f"{part}-overlap"] = overlap_counts(texts, gold, pred, part)
    return scores
