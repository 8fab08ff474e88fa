"""Repair unicode and whitespace, then split a news text's lead furniture from its body.

ftfy does the mojibake repair; what no library does is the news layer: a photo
caption with its credit ("... | Name/AFP via Getty Images") and a byline
("By A and B") glued to the top of the text. Those rules live in
``pipeline/data/cleaning.json`` so they can be read, tested and changed as data.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import ftfy

DEFAULT_RULES = Path(__file__).resolve().parent.parent / "data" / "cleaning.json"

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


@dataclass
class CleanedArticle:
    body: str
    authors: list[str] = field(default_factory=list)
    caption: str | None = None
    credit: str | None = None


class ArticleCleaner:
    """Turn raw article text into a clean body plus the metadata found above it."""

    def __init__(self, rules: dict | None = None) -> None:
        self.rules = rules if rules is not None else self.load_rules(DEFAULT_RULES)
        self.lead_paragraphs = int(self.rules.get("lead_paragraphs", 4))
        self.caption_patterns = [re.compile(p) for p in self.rules["caption_credit"]]
        self.credit_words = re.compile(self.rules["credit_words"])
        self.byline = re.compile(self.rules["byline"])
        self.author_separator = re.compile(self.rules["author_separator"])
        self.outlets = set(self.rules.get("outlets", []))

    @staticmethod
    def load_rules(path: Path | str) -> dict:
        with open(path, encoding="utf8") as f:
            return json.load(f)

    def repair(self, text: str) -> str:
        """Unicode repair (keeping typographic quotes) and whitespace normalisation."""
        text = ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=True)
        text = _ZERO_WIDTH.sub("", text)
        lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        text = "\n".join(lines)
        return _BLANK_LINES.sub("\n\n", text).strip()

    def split_caption(self, paragraph: str) -> tuple[str, str] | None:
        if "\n" in paragraph:
            return None
        for pattern in self.caption_patterns:
            match = pattern.match(paragraph)
            if match and self.credit_words.search(match.group("credit")):
                return match.group("caption").strip(), match.group("credit").strip()
        return None

    def split_byline(self, paragraph: str) -> list[str] | None:
        match = self.byline.match(paragraph)
        if not match:
            return None
        names = [n.strip() for n in self.author_separator.split(match.group("names")) if n.strip()]
        names = [n for n in names if n not in self.outlets]
        return names or None

    def __call__(self, text: str) -> CleanedArticle:
        text = self.repair(text)
        separator = "\n\n" if "\n\n" in text else "\n"
        paragraphs = text.split(separator)
        result = CleanedArticle(body="")
        body_start = 0
        for index, paragraph in enumerate(paragraphs[: self.lead_paragraphs]):
            caption = None if result.caption else self.split_caption(paragraph)
            authors = None if (result.authors or caption) else self.split_byline(paragraph)
            if caption:
                result.caption, result.credit = caption
            elif authors:
                result.authors = authors
            else:
                break
            body_start = index + 1
        result.body = separator.join(paragraphs[body_start:]).strip()
        return result
