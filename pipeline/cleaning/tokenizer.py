"""The cleaning stage as spaCy's tokenizer step.

spaCy components run on an existing Doc and cannot change its text, so cleaning,
which must happen before tokenisation, wraps the tokenizer: the Doc's text is
the cleaned body, and what was split off lands in ``doc._.article``.
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Doc

from ..extensions import get_article, register_extensions
from .cleaner import ArticleCleaner


#: spaCy's English exceptions keep "m." whole (an initial), so "fell to £118m. Sales rose" ran the two sentences into
#: one, the full stop inside the millions; written against a number, news means millions or metres, never an initial.
NUMBER_SUFFIX_EXCEPTIONS = ("m.",)


def _without_number_suffix_exceptions(tokenizer) -> None:
    rules = getattr(tokenizer, "rules", None)
    if rules and any(key in rules for key in NUMBER_SUFFIX_EXCEPTIONS):
        tokenizer.rules = {key: value for key, value in rules.items() if key not in NUMBER_SUFFIX_EXCEPTIONS}


#: A dash between an amount and the next one's currency sign ("£40m-£50m", "$5-$10"), which spaCy's infixes leave
#: inside one token (they split a hyphen between letters only): split there, so both ends are read.
CURRENCY_RANGE_DASH = r"(?<=[0-9a-zA-Z])[-–—](?=[$£€¥])"


def _with_currency_range_dash(tokenizer) -> None:
    infixes = getattr(tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(infixes, "__self__", None), "pattern", None)
    if pattern is not None and CURRENCY_RANGE_DASH not in pattern:  # (a compiled regex, so the tokenizer saves)
        tokenizer.infix_finditer = re.compile(f"{pattern}|{CURRENCY_RANGE_DASH}").finditer


#: A word of one lower-case letter, a hyphen and a lower-case word ("e-mail", "e-mails", "e-commerce"), which spaCy's
#: infixes split into three tokens the parser then misreads ("the original e" the object, "mail" a subject): one
#: token, as a reader takes it (not a capital's: "T-Mobile", "A-levels", "World War I-era" are left to the models).
LETTER_HYPHEN_WORD = r"[a-z]-[a-z]{2,}"


def _with_letter_hyphen_words(tokenizer) -> None:
    token_match = getattr(tokenizer, "token_match", None)
    pattern = getattr(getattr(token_match, "__self__", None), "pattern", None)
    if token_match is None or pattern is not None and LETTER_HYPHEN_WORD not in pattern:
        combined = f"(?:{pattern})|(?:{LETTER_HYPHEN_WORD})$" if pattern else f"(?:{LETTER_HYPHEN_WORD})$"
        tokenizer.token_match = re.compile(combined).match  # (a compiled regex, so the tokenizer saves)


def _paragraphs_open_sentences(doc: Doc) -> None:
    """A word after a blank line opens a sentence, which the parser keeps: a headline without a full stop is no
    subject of the first sentence under it ("Cadillac to build cars in Sweden" + "General Motors ... has
    confirmed"); so does a list's bullet at the start of a line ("- Increased spending on health to ...\n- Pledged
    ..."): each item is a sentence of its own."""
    for token in doc[1:]:
        before = doc[token.i - 1]  # (line breaks are tokens of their own, never a token's trailing whitespace)
        if not token.is_space and before.is_space and (before.text.count("\n") >= 2 or "\n" in before.text
                                                        and token.text in BULLETS):
            token.is_sent_start = True


#: Marks that open an item of a list at the start of a line.
BULLETS = frozenset({"-", "*", "•", "–", "·"})


class CleaningTokenizer:
    def __init__(self, tokenizer: Callable[[str], Doc], cleaner: ArticleCleaner) -> None:
        register_extensions()
        self.tokenizer = tokenizer
        self.cleaner = cleaner
        _without_number_suffix_exceptions(tokenizer)
        _with_currency_range_dash(tokenizer)
        _with_letter_hyphen_words(tokenizer)

    def __call__(self, text: str) -> Doc:
        return self.make_doc(text)

    def make_doc(self, text: str, title: str | None = None) -> Doc:
        """Clean (a first paragraph repeating ``title`` is dropped), tokenise, note what was split off."""
        cleaned = self.cleaner(text, title=title)
        doc = self.tokenizer(cleaned.body)
        _paragraphs_open_sentences(doc)
        article = get_article(doc)
        article.authors = cleaned.authors
        article.caption = cleaned.caption
        article.credit = cleaned.credit
        article.dateline = cleaned.dateline
        article.title = title or cleaned.title
        return doc

    def to_disk(self, path, **kwargs) -> None:
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> "CleaningTokenizer":
        self.tokenizer.from_disk(path, **kwargs)
        _without_number_suffix_exceptions(self.tokenizer)
        _with_letter_hyphen_words(self.tokenizer)
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> "CleaningTokenizer":
        self.tokenizer.from_bytes(data, **kwargs)
        _without_number_suffix_exceptions(self.tokenizer)
        _with_letter_hyphen_words(self.tokenizer)
        return self
