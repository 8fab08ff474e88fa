"""The numeric-claims stage.

Candidates are the model's CARDINAL/MONEY/PERCENT/QUANTITY entities and any
number outside an entity; dates, times, ordinals and numbers inside names
("Apollo 11") are not quantities. For each: the value (and the upper end of a
range), the qualifier from the words before it, the unit or the counted noun,
the event (the verb the number's noun depends on) and its agent.
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..coref import Resolver
from ..data_files import data_path, read_json, write_json
from ..extensions import get_facts, register_extensions
from ..facts import Quantity
from ..syntax import governing_verb, subject_of
from .values import parse_value

NUMERIC_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
NOT_QUANTITY_LABELS = {"DATE", "TIME", "ORDINAL"}
RANGE_WORDS = {"to", "-", "–", "—", "and", "or"}
_NUMBERISH = re.compile(r"^(?:[-−]?\d[\d,.]*(?:k|m|mn|bn|b|tn)?|\d+(?:st|nd|rd|th))$", re.I)


class NewsQuantities:
    def __init__(self, nlp: Language, name: str = "newsfacts_quantities", *, units_path: str | None = None,
                 qualifiers_path: str | None = None) -> None:
        register_extensions()
        self.name = name
        self._load(read_json(units_path or qualifiers_path or data_path("quantities.json")))

    def _load(self, rules: dict) -> None:
        self.rules = rules
        self.qualifiers = rules["qualifiers"]
        self.max_qualifier = max(len(q.split()) for q in self.qualifiers)
        self.scales = rules["scales"]
        self.vague_scales = set(rules.get("vague_scales", []))
        self.currencies = rules["currencies"]
        self.units = rules["units"]
        self.max_unit = max(len(u.split()) for u in self.units)
        self.lemma_fixes = rules.get("lemma_fixes", {})

    def __call__(self, doc: Doc) -> Doc:
        facts = get_facts(doc)
        resolve = Resolver(doc, facts)
        blocked = set()
        for ent in doc.ents:
            if ent.label_ not in NUMERIC_LABELS:
                blocked.update(range(ent.start, ent.end))
        quantities = []
        for start, end in self._number_runs(doc, blocked):
            if quantities and doc[start].idx < quantities[-1].end:
                continue  # already read as the upper end of a range
            quantity = self._read(doc, start, end, resolve)
            if quantity is not None:
                quantities.append(quantity)
        facts.quantities = quantities
        return doc

    # -- finding numbers ---------------------------------------------------------------------------------------
    def _is_number(self, token: Token) -> bool:
        if token.like_num or token.lower_ in self.scales:
            return token.lower_ not in {"one"} or token.dep_ in {"nummod", "quantmod", "pobj", "dobj", "nsubj"}
        return bool(_NUMBERISH.match(token.text)) and not token.text[-2:].lower() in {"st", "nd", "rd", "th"}

    def _number_runs(self, doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
        """Maximal runs of number tokens, joined across "-" and "and" inside written numbers."""
        runs, i = [], 0
        while i < len(doc):
            if i in blocked or not self._is_number(doc[i]):
                i += 1
                continue
            start = i
            if start > 0 and doc[start - 1].lower_ in {"a", "an"} and doc[i].lower_ in self.scales:
                start -= 1
            j = i + 1
            while j < len(doc) and j not in blocked:
                if self._is_number(doc[j]):
                    j += 1
                elif doc[j].text in {"-", "and"} and j + 1 < len(doc) and doc[j + 1].is_alpha \
                        and self._is_number(doc[j + 1]) and doc[j - 1].is_alpha:
                    j += 2
                elif doc[j].lower_ == "and" and j + 2 < len(doc) and doc[j + 1].lower_ == "a" \
                        and doc[j + 2].lower_ in {"half", "quarter"}:
                    j += 3
                else:
                    break
            if not _inside_name(doc, start, j):
                runs.append((start, j))
            i = j
        return runs

    # -- reading one number --------------------------------------------------------------------------------------
    def _read(self, doc: Doc, start: int, end: int, resolve: Resolver) -> Quantity | None:
        value = parse_value([t.text for t in doc[start:end]], self.scales)
        if value is None:
            return None
        span_start, span_end = start, end
        qualifier, high = "exact", None
        # Currency before the number ("$45", "US$ 3 million").
        unit = None
        if start > 0 and doc[start - 1].lower_ in self.currencies:
            unit, span_start = self.currencies[doc[start - 1].lower_], start - 1
        if start > 0 and doc[start - 1].text in {"-", "−"} and (start < 2 or not doc[start - 2].like_num):
            value, span_start = -value, start - 1
        # A range: "10 to 20", "between 10 and 20", "10-20".
        after = end
        if after + 1 < len(doc) and doc[after].lower_ in RANGE_WORDS:
            j = after + 1
            if j < len(doc) and doc[j].lower_ in self.currencies:
                j += 1
            k = j
            while k < len(doc) and self._is_number(doc[k]):
                k += 1
            if k > j:
                upper = parse_value([t.text for t in doc[j:k]], self.scales)
                is_between = span_start > 0 and doc[span_start - 1].lower_ in {"between", "from"}
                if upper is not None and (doc[after].lower_ not in {"and", "or"} or is_between):
                    if doc[end - 1].lower_ not in self.scales and doc[k - 1].lower_ in self.scales:
                        value *= self.scales[doc[k - 1].lower_]
                    high, qualifier, span_end = upper, "range", k
                    if is_between:
                        span_start -= 1
        # Unit after the number ("12.5 %", "3 km", "5 million euros").
        unit_end = span_end
        for n in range(self.max_unit, 0, -1):
            words = " ".join(t.lower_ for t in doc[span_end:span_end + n])
            if span_end + n <= len(doc) and words in self.units:
                unit, unit_end = self.units[words], span_end + n
                break
            if span_end + n <= len(doc) and words in self.currencies and words not in {"m", "b"}:
                unit, unit_end = self.currencies[words], span_end + n
                break
        if unit in {"yr", "mo", "wk", "d"} and doc[start].ent_type_ == "DATE":
            return None
        # Qualifier before the number ("about", "more than", "at least").
        if qualifier == "exact":
            for n in range(self.max_qualifier, 0, -1):
                if span_start - n < 0:
                    continue
                words = " ".join(t.lower_ for t in doc[span_start - n:span_start])
                if words in self.qualifiers:
                    qualifier, span_start = self.qualifiers[words], span_start - n
                    break
            else:
                if doc[end - 1].lower_ in self.vague_scales and end - start == 1:
                    qualifier = "more_than"
        number_token = doc[end - 1]
        counted, counted_phrase, noun = None, None, None
        if unit is None:
            noun = _counted_noun(number_token)
            if noun is not None:
                counted = self.lemma_fixes.get(noun.lower_, noun.lemma_.lower())
                counted_phrase = " ".join(t.text for t in _noun_phrase(noun))
        event, agent = _event_and_agent(noun or number_token, resolve)
        text_end = doc[unit_end - 1].idx + len(doc[unit_end - 1]) if unit_end > span_end else \
            doc[span_end - 1].idx + len(doc[span_end - 1])
        return Quantity(value=value, high=high, qualifier=qualifier, unit=unit, counted=counted,
                        counted_phrase=counted_phrase, event=event, agent=agent,
                        start=doc[span_start].idx, end=text_end)

    def to_disk(self, path, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_json(path / "quantities.json", self.rules)

    def from_disk(self, path, exclude=tuple()) -> "NewsQuantities":
        self._load(read_json(Path(path) / "quantities.json"))
        return self


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """Numbers that are part of a name or code: "Apollo 11", "COVID-19", "F-16", a phone number."""
    for token in doc[start:end]:
        if token.ent_type_ and token.ent_type_ not in NUMERIC_LABELS:
            return True
        if any(c.isalpha() for c in token.text) and any(c.isdigit() for c in token.text) \
                and not _NUMBERISH.match(token.text):
            return True
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.text == "-" and start > 1 and doc[start - 2].is_upper:
        return True
    if prev is not None and prev.is_title and prev.pos_ == "PROPN" and prev.ent_type_ and doc[start].is_digit:
        return True
    return False


def _counted_noun(number: Token) -> Token | None:
    head = number
    while head.dep_ in {"compound", "quantmod", "nummod", "conj", "cc"} and head.head != head:
        head = head.head
        if head.pos_ in {"NOUN", "PROPN"}:
            return head
    if number.dep_ in {"nsubj", "dobj", "pobj", "nsubjpass"}:  # "two of the groups"
        for child in number.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def _noun_phrase(noun: Token) -> list[Token]:
    words = [t for t in noun.lefts if t.dep_ in {"amod", "compound", "nmod"} for t in t.subtree]
    return sorted(words + [noun], key=lambda t: t.i)


def _event_and_agent(token: Token, resolve: Resolver):
    verb = governing_verb(token)
    if verb is None:
        return None, None
    event = " ".join([verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"])
    subject = subject_of(verb)
    if subject is not None and token in subject.subtree:  # the number is in the subject: "150 people died"
        return event, None
    return event, resolve(subject)
