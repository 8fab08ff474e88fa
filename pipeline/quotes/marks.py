"""Pair quotation marks in a text without ever failing on unbalanced ones.

Typographic marks pair by direction (a straight mark shaped as a closing one also closes a “); straight
marks alternate, except that inside an open
quote a straight mark shaped as an opening one right after a sentence's end reopens the same
quote (a paragraph break the text lost). A quote left open
at the end of a paragraph continues when the next paragraph opens with a mark
(the news convention for quotes running over paragraphs); otherwise it is closed
at the paragraph's end. Single quotes inside double ones are nested, not new quotes. Two apostrophes ('') are a double mark.
"""
from __future__ import annotations

import re

OPEN = {"“": "”", "«": "»", '"': '"'}
CLOSE = {"”", "»", '"'}
#: Two apostrophes written as a double quotation mark, as some newspapers' text archives have them.
TWO_APOSTROPHES = "''"


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted words (marks excluded), in text order."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    expected_close: str | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" and open_at is not None and text.startswith("\n\n", i):
            j = i
            while j < n and text[j] in "\n ":
                j += 1
            if expected_close == TWO_APOSTROPHES and text.startswith(TWO_APOSTROPHES, j):
                i = j + 2
                continue
            if j < n and text[j] in OPEN and text[j] in (expected_close, "“", '"'):
                # The quote runs on into the next paragraph: skip the re-opening mark.
                i = j + 1
                continue
            _add(spans, text, open_at, i)
            open_at = expected_close = None
        elif text.startswith(TWO_APOSTROPHES, i) and expected_close in (None, TWO_APOSTROPHES):
            # Two apostrophes are a double mark, opening and closing alike (''It is late,'' he said).
            if open_at is None:
                open_at, expected_close = i + 2, TWO_APOSTROPHES
            else:
                _add(spans, text, open_at, i)
                open_at = expected_close = None
            i += 2
            continue
        elif open_at is not None and ch == '"' == expected_close and _reopens(text, i):
            pass  # '... cut rates. "Dismal ...': a quote run on over a lost paragraph break, not its end
        elif open_at is not None and (ch == expected_close or (ch in CLOSE and expected_close != '"' and (
                ch != '"' or _closes(text, i)))):
            _add(spans, text, open_at, i)
            open_at = expected_close = None
        elif open_at is None and ch in OPEN:
            open_at, expected_close = i + 1, OPEN[ch]
        i += 1
    if open_at is not None:
        _add(spans, text, open_at, n)
    return spans


def opening_mark(text: str, start: int) -> int:
    """The length of the quotation mark right before ``start`` (0 when there is none)."""
    if start >= 2 and text[start - 2:start] == TWO_APOSTROPHES:
        return 2
    return 1 if start >= 1 and text[start - 1] in OPENING_MARKS else 0


def closing_mark(text: str, end: int) -> int:
    """The length of the quotation mark right at ``end`` (0 when there is none)."""
    if text.startswith(TWO_APOSTROPHES, end):
        return 2
    return 1 if end < len(text) and text[end] in CLOSING_MARKS else 0


OPENING_MARKS, CLOSING_MARKS = {"“", '"', "‘", "'", "«"}, {"”", '"', "’", "'", "»"}


def quoted_words(text: str, start: int, end: int) -> str:
    """The words of a quote without the marks that reopened it inside (see :func:`find_quotes`)."""
    return "".join(ch for i, ch in enumerate(text[start:end], start) if not (ch == '"' and _reopens(text, i)))


def _closes(text: str, i: int) -> bool:
    """A straight mark shaped as a closing one (a word or punctuation before, a space, punctuation or the
    end after): it closes a typographic quote the writer opened with “ ('“No comment," she said')."""
    return i > 0 and not text[i - 1].isspace() and (i + 1 >= len(text) or not text[i + 1].isalnum())


def _reopens(text: str, i: int) -> bool:
    """A straight mark shaped as an opening one (a space before, a word after) right after the end of a
    sentence inside an open quote: the writer reopened the quote for a new paragraph the text lost."""
    if i == 0 or i + 1 >= len(text) or not text[i - 1].isspace() or not text[i + 1].isalnum():
        return False
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] in ".?!"


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_NESTED = re.compile(r"(?:(?<=[\s,:;(])|^)‘([^‘’\n]{3,}?)[,.!?;:]?’(?=[\s,.;:!?)”]|$)")


def find_nested_quotes(text: str, outer: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quoted quotations inside double-quoted ones: “People told us, ‘the water came at night,’ he said.”

    Apostrophes ("Trump’s", "rock ’n’ roll") are not taken: the opening mark must follow a space or
    punctuation and the quoted words must run to a closing mark followed by a space or punctuation.
    """
    spans = []
    for start, end in outer:
        for match in _NESTED.finditer(text, start, end):
            inner_start, inner_end = match.span(1)
            if " " in text[inner_start:inner_end].strip():
                spans.append((inner_start, inner_end))
    return spans


def quoted_chars(spans, start: int, end: int) -> int:
    """How many characters between ``start`` and ``end`` stand inside the quotations (``spans``: (start, end))."""
    return sum(max(0, min(e, end) - max(s, start)) for s, e in spans)
