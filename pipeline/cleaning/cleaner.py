"""Repair unicode and whitespace, then split a news text's furniture from its body.

ftfy does the mojibake repair; what no library does is the news layer: a photo
caption with its credit ("... | Name/AFP via Getty Images"), a byline ("By A and
B"), a repeated headline, a dateline ("WASHINGTON (Reuters) -"), sign-up prompts,
"Read more" and related-link lines, reporting and editing credits, and what closes a
page's article (a related-stories list, an author bio with its "Follow him on
Twitter"). Those rules live in ``pipeline/data/cleaning.json`` so they can be read,
tested and changed as data. Each rule sees only paragraphs up to its own
``max_chars``, so no regex ever runs over a long text. Paragraphs are kept as they
are, separated as in the input.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import ftfy

DEFAULT_RULES = Path(__file__).resolve().parent.parent / "data" / "cleaning.json"

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_NOT_WORD = re.compile(r"[\W_]+")
#: An author list, and one author's name, longer than this is page furniture, not names.
MAX_AUTHORS_CHARS = 300
MAX_AUTHOR_CHARS = 80


@dataclass
class CleanedArticle:
    body: str
    authors: list[str] = field(default_factory=list)
    caption: str | None = None
    credit: str | None = None
    #: The headline, when the text's first line was one and no title was given; it stays the body's first paragraph
    #: (a given title's repetition is removed instead).
    title: str | None = None
    dateline: str | None = None
    #: (rule, text) of everything taken out of the body, in order.
    removed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Rule:
    name: str
    pattern: re.Pattern
    max_chars: int

    def match(self, paragraph: str) -> re.Match | None:
        return self.pattern.match(paragraph) if len(paragraph) <= self.max_chars else None

    def search(self, paragraph: str) -> re.Match | None:
        return self.pattern.search(paragraph) if len(paragraph) <= self.max_chars else None


def _rules(name: str, spec: dict, key: str = "patterns") -> list[_Rule]:
    patterns = spec[key]
    items = patterns.items() if isinstance(patterns, dict) else ((f"{name}[{i}]", p) for i, p in enumerate(patterns))
    return [_Rule(n, re.compile(p), int(spec["max_chars"])) for n, p in items]


def _norm(text: str) -> str:
    return _NOT_WORD.sub(" ", text.casefold()).strip()


class ArticleCleaner:
    """Turn raw article text into a clean body plus the metadata found around it."""

    def __init__(self, rules: dict | None = None) -> None:
        self.rules = rules if rules is not None else self.load_rules(DEFAULT_RULES)
        r = self.rules
        self.lead_paragraphs = int(r.get("lead_paragraphs", 5))
        self.captions = _rules("caption_credit", r["caption_credit"])
        self.credit_words = re.compile(r["credit_words"])
        self.credits = _rules("credit_only", r["credit_only"])
        self.byline = _Rule("byline", re.compile(r["byline"]["pattern"]), int(r["byline"]["max_chars"]))
        self.author_separator = re.compile(r["author_separator"])
        self.author_noise = re.compile(r["author_noise"])
        self.author_role = re.compile(r.get("author_role", "(?!)"))
        self.outlets = set(r.get("outlets", []))
        self.datelines = _rules("dateline", r["dateline"])
        self.boilerplate = _rules("boilerplate", r["boilerplate"])
        credit = r["reporting_credit"]
        self.reporting = _Rule("reporting_credit", re.compile(credit["paragraph"]), int(credit["max_chars"]))
        self.reporting_suffix = re.compile(credit["suffix"])
        self.headline = r["headline"]
        closing = r["trailing"]
        self.closing = [_Rule(f"trailing_{name}", re.compile(closing[name]), int(closing["max_chars"]))
                        for name in ("promo", "label")]
        self.related = closing["related_list"]
        self.related_item = re.compile(self.related["item"])
        self.minor_words = set(self.related["minor_words"].split())

    @staticmethod
    def load_rules(path: Path | str) -> dict:
        with open(path, encoding="utf8") as f:
            return json.load(f)

    def patterns(self) -> Iterator[tuple[str, re.Pattern, int]]:
        """Every compiled regex of the rules with the longest text this class ever gives it (for the tests)."""
        for rule in [*self.captions, *self.credits, self.byline, *self.datelines, *self.boilerplate, self.reporting,
                     *self.closing]:
            yield rule.name, rule.pattern, rule.max_chars
        yield "credit_words", self.credit_words, max(rule.max_chars for rule in self.captions)
        yield "author_separator", self.author_separator, MAX_AUTHORS_CHARS
        yield "author_noise", self.author_noise, MAX_AUTHOR_CHARS
        yield "author_role", self.author_role, MAX_AUTHORS_CHARS
        yield "reporting_credit.suffix", self.reporting_suffix, self.reporting.max_chars
        yield "trailing.related_list.item", self.related_item, int(self.related["max_chars"])

    # --- single rules -------------------------------------------------------------------------------

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
        for rule in self.captions:
            match = rule.match(paragraph)
            if match and self.credit_words.search(match.group("credit")):
                return match.group("caption").strip(), match.group("credit").strip()
        return None

    def split_credit(self, paragraph: str) -> str | None:
        for rule in self.credits:
            match = rule.match(paragraph)
            if match:
                return match.group("credit").strip()
        return None

    def clean_authors(self, names: list[str]) -> list[str]:
        """Names without outlets, job titles ("John Doe News reporter") and page furniture ("5 Minute Read",
        "Updated 3pm", e-mail addresses)."""
        kept: list[str] = []
        for name in names:
            name = self.author_role.sub("", name.strip()).strip(" ,;")  # "Jane Roe is a reporter" -> "Jane Roe"
            if name and len(name) <= MAX_AUTHOR_CHARS and name not in self.outlets and not self.author_noise.search(name) and name not in kept:
                kept.append(name)
        return kept

    def split_authors(self, value: str) -> list[str]:
        if len(value) > MAX_AUTHORS_CHARS:
            return []
        return self.clean_authors(self.author_separator.split(value))

    def split_byline(self, paragraph: str) -> list[str] | None:
        match = self.byline.match(paragraph)
        if not match:
            return None
        return self.split_authors(match.group("names")) or None

    def boilerplate_rule(self, paragraph: str) -> str | None:
        for rule in self.boilerplate:
            if rule.match(paragraph):
                return rule.name
        return None

    def is_repeated_title(self, paragraph: str, title: str) -> bool:
        para, head = _norm(paragraph), _norm(title)
        if not para or not head or len(paragraph) > self.headline["max_chars"]:
            return False
        if para == head:
            return True
        short, long = sorted((para, head), key=len)
        return long.startswith(short) and len(short) >= 0.6 * len(long) and self.looks_like_headline(paragraph)

    def looks_like_headline(self, paragraph: str) -> bool:
        h = self.headline
        return (0 < len(paragraph) <= h["max_chars"] and "\n" not in paragraph and paragraph[0].isupper()
                and paragraph[-1] not in h["final_punctuation"] and len(paragraph.split()) <= h["max_words"]
                and not paragraph.startswith(("By ", "BY ")))

    def looks_like_related_link(self, paragraph: str) -> bool:
        """A list item worded as a headline: "- NASA Europa Mission Could Potentially Spot Signs of Alien Life"
        (most words capitalised, not a sentence), not "- Fill the canner with water." or "- Better Android support"."""
        spec, item = self.related, self.related_item.match(paragraph)
        text = paragraph[item.end():].strip() if item else ""
        words = [w.lstrip("\"'‘“([") for w in text.split()]
        if not (text and len(text) <= spec["max_chars"] and spec["min_words"] <= len(words) <= spec["max_words"]
                and text[-1] not in spec["final_punctuation"]):
            return False
        # the words that headline style capitalises: not the minor ones (but a first word always), not "2019" or "%"
        counted = [w for i, w in enumerate(words)
                   if w[:1].isalpha() and (i == 0 or w.casefold() not in self.minor_words)]
        return bool(counted) and sum(w[0].isupper() for w in counted) >= spec["min_capitalised"] * len(counted)

    def closing_list(self, paragraphs: list[str]) -> int:
        """How many paragraphs at the end are a related-stories list (0: none). The whole final list must be
        headline items, with at least ``min_items`` of them, some text above it, and no colon introducing it."""
        start = len(paragraphs)
        while start > 0 and self.related_item.match(paragraphs[start - 1]):
            start -= 1
        items = paragraphs[start:]
        if start == 0 or len(items) < self.related["min_items"] or paragraphs[start - 1].endswith(":"):
            return 0
        return len(items) if all(self.looks_like_related_link(p) for p in items) else 0

    def split_dateline(self, paragraph: str) -> tuple[str, str] | None:
        head = paragraph[: max(rule.max_chars for rule in self.datelines)]
        for rule in self.datelines:
            match = rule.pattern.match(head)
            if match:
                return match.group("dateline"), paragraph[match.end():]
        return None

    def strip_reporting_suffix(self, paragraph: str) -> tuple[str, str] | None:
        tail_start = max(0, len(paragraph) - self.reporting.max_chars)
        match = self.reporting_suffix.search(paragraph, tail_start)
        if match and match.start() > 0:
            return paragraph[: match.start()], match.group().strip()
        return None

    # --- the whole article --------------------------------------------------------------------------

    def __call__(self, text: str, title: str | None = None) -> CleanedArticle:
        text = self.repair(text)
        separator = "\n\n" if "\n\n" in text else "\n"
        paragraphs = [p for p in text.split(separator) if p.strip()]
        result = CleanedArticle(body="")
        start = self._lead(paragraphs, title, result)
        kept = [p for p in paragraphs[start:] if not self._furniture(p, result)]
        self._trailing(kept, result)
        if kept:
            dateline = self.split_dateline(kept[0])
            if dateline and dateline[1].strip():
                result.dateline, kept[0] = dateline[0].strip(), dateline[1]
                result.removed.append(("dateline", result.dateline))
        if result.title and not title:  # a headline found in the text opens the body, as its own paragraph
            kept.insert(0, result.title)
        result.body = separator.join(kept).strip()
        return result

    def _lead(self, paragraphs: list[str], title: str | None, result: CleanedArticle) -> int:
        """Caption, credit, byline and headline above the body; the index where the body starts."""
        index, title_done = 0, False
        for index, paragraph in enumerate(paragraphs[: self.lead_paragraphs]):
            caption = None if result.caption else self.split_caption(paragraph)
            authors = None if (result.authors or caption) else self.split_byline(paragraph)
            if title and not title_done and self.is_repeated_title(paragraph, title):
                title_done = True
                result.removed.append(("repeated_headline", paragraph))
            elif caption:
                result.caption, result.credit = caption
                result.removed.append(("caption", paragraph))
            elif not result.credit and self.split_credit(paragraph):
                result.credit = self.split_credit(paragraph)
                result.removed.append(("credit", paragraph))
            elif authors:
                result.authors = authors
                result.removed.append(("byline", paragraph))
            elif (index == 0 and not title and len(paragraphs) > self.headline["min_following"]
                  and self.looks_like_headline(paragraph)):
                result.title = paragraph  # kept in the body too (see __call__): its names and numbers are facts
            else:
                return index
        return index + 1 if paragraphs[: self.lead_paragraphs] else 0

    def _furniture(self, paragraph: str, result: CleanedArticle) -> bool:
        """True (and noted) for a boilerplate, caption or credit paragraph inside the body."""
        rule = self.boilerplate_rule(paragraph)
        if rule is None:
            caption = self.split_caption(paragraph)
            if caption:
                rule = "caption"
                if not result.caption:
                    result.caption, result.credit = caption
            elif self.split_credit(paragraph):
                rule = "credit"
                result.credit = result.credit or self.split_credit(paragraph)
        if rule:
            result.removed.append((rule, paragraph))
        return rule is not None

    def _trailing(self, kept: list[str], result: CleanedArticle) -> None:
        """What closes a page's article, taken off the end until the last paragraph is the article's own: reporting
        and editing credits, a bio or prompt with a "Follow us on ..." or "Subscribe to ..." sentence, a "Comments"
        label, a related-stories list (so a list between the article and a bio goes too); then a reporting credit
        as a parenthesis closing the last paragraph.

        Written here rather than left to trafilatura: its link-density pruning (favor_precision, already on) keeps
        a list of four links or fewer, 100 characters or more, with a paragraph after it (a bio, as on space.com),
        no option moves those limits, prune_xpath would need each site's markup, and text and JSON inputs reach
        this cleaner with no markup at all."""
        closing: list[tuple[str, str]] = []  # what was taken off, in the text's order
        while kept:
            last = kept[-1]
            rule = "reporting_credit" if self.reporting.match(last) else next(
                (r.name for r in self.closing if len(kept) > 1 and r.search(last)), None)  # a lone paragraph stays
            count = 1 if rule else self.closing_list(kept)
            if not count:
                break
            closing[:0] = [(rule or "related_list", paragraph) for paragraph in kept[-count:]]
            del kept[-count:]
        if kept:
            split = self.strip_reporting_suffix(kept[-1])
            if split:
                kept[-1] = split[0].rstrip()
                result.removed.append(("reporting_credit", split[1]))
        result.removed.extend(closing)
