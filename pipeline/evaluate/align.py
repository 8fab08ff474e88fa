"""Map character offsets in the text the pipeline produced onto the gold text.

Cleaning may change the text (whitespace, repaired characters, a caption split off),
so predicted offsets are carried over through a character alignment; offsets in text
that has no counterpart in the gold text map to ``None``.
"""
from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher


class Aligner:
    def __init__(self, source: str, target: str) -> None:
        self.identical = source == target
        self._starts: list[int] = []
        self._blocks: list[tuple[int, int, int]] = []
        if not self.identical:
            matcher = SequenceMatcher(None, source, target, autojunk=False)
            self._blocks = [(a, b, n) for a, b, n in matcher.get_matching_blocks() if n]
            self._starts = [a for a, _, _ in self._blocks]

    def offset(self, i: int, *, end: bool = False) -> int | None:
        """The target offset of source offset ``i`` (an end offset maps the character before it)."""
        if self.identical:
            return i
        probe = i - 1 if end else i
        k = bisect_right(self._starts, probe) - 1
        if k < 0:
            return None
        a, b, n = self._blocks[k]
        if probe >= a + n:
            return None
        return b + (probe - a) + (1 if end else 0)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The target span of a source span, or ``None`` when either end has no counterpart."""
        s, e = self.offset(start), self.offset(end, end=True)
        if s is None or e is None or e < s:
            return None
        return s, e
