"""What the writers share: the tokens of a text the readers joined from tokens, IOB2 tags from
character spans, and documents grouped by the gold file their id names."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

Token = tuple[int, int, str]
Name = tuple[int, int, str]


@dataclass
class Saved:
    """What a writer wrote: its files, the predicted facts the format cannot hold (left out), and those
    written on the nearest span it can hold (reshaped: a name widened to whole tokens or cut at its
    sentence's end)."""

    files: list[Path] = field(default_factory=list)
    left_out: int = 0
    reshaped: int = 0


def sentences(text: str) -> list[list[Token]]:
    """Each sentence's tokens with their character spans: the readers join tokens with spaces and
    sentences with newlines (``documents.tokens_to_text``), so splitting there gives them back."""
    found, pos = [], 0
    for line in text.split("\n"):
        tokens = []
        for token in line.split(" "):
            tokens.append((pos, pos + len(token), token))
            pos += len(token) + 1
        found.append(tokens)
    return found


def iob2_tags(sentences: list[list[Token]], names: list[Name]) -> tuple[list[list[str]], dict[Name, tuple[int, int]],
                                                                      int]:
    """IOB2 tags per sentence from names (start, end, type), taken in order. A name is tagged on the
    tokens it covers any part of, cut at the end of the sentence it starts in: the nearest the token
    format can hold of a name that starts or ends inside a token or runs on past its sentence (as
    spaCy's ``char_span(alignment_mode="expand")`` does). A name that covers no token, or a token
    tagged before, is left out. Returns the tags, each tagged name's (sentence, last token), and how
    many names were tagged on tokens other than their exact span."""
    tags = [["O"] * len(tokens) for tokens in sentences]
    where: dict[Name, tuple[int, int]] = {}
    moved = 0
    for name in names:
        start, end, kind = name
        covered = [(k, n) for k, tokens in enumerate(sentences) for n, (s, e, _) in enumerate(tokens)
                   if s < end and start < e]
        if not covered:
            continue
        k, a = covered[0]
        b = max(n for sentence, n in covered if sentence == k)
        if any(tag != "O" for tag in tags[k][a:b + 1]):
            continue
        tags[k][a:b + 1] = [f"B-{kind}"] + [f"I-{kind}"] * (b - a)
        where[name] = (k, b)
        moved += (sentences[k][a][0], sentences[k][b][1]) != (start, end)
    return tags, where, moved


def by_file(rows: list[dict], default: str) -> dict[str, list[tuple[str, dict]]]:
    """Documents grouped by the gold file named in their id (``STEM-N``, as the token-format readers
    name them), each with its ``N``; an id without a dash goes to ``default`` whole."""
    groups: dict[str, list[tuple[str, dict]]] = {}
    for row in rows:
        stem, _, n = row["id"].rpartition("-")
        groups.setdefault(stem or default, []).append((n, row))
    return groups
