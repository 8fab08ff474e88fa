"""The quotes stage: who said what.

Direct quotes come from paired quotation marks (see marks.py); each is attributed
through the nearest cue verb in its sentences ("..., X said", "X said: ...",
"told reporters ... would 'blow up'") or "according to X". Indirect speech is a
cue verb's clausal complement ("X said that ...") with no quotation inside it.
Speakers are resolved to canonical entities, pronouns and descriptions included.
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..coref import Resolver
from ..data_files import data_path, read_json, write_json
from ..extensions import get_facts, register_extensions
from ..facts import Quote
from ..syntax import subject_of
from .marks import find_nested_quotes, find_quotes, quoted_words


class NewsQuotes:
    def __init__(self, nlp: Language, name: str = "newsfacts_quotes", *, cues_path: str | None = None) -> None:
        register_extensions()
        self.name = name
        self._load(read_json(cues_path or data_path("quote_cues.json")))

    def _load(self, rules: dict) -> None:
        self.rules = rules
        self.cues = set(rules["verbs"])

    def __call__(self, doc: Doc) -> Doc:
        facts = get_facts(doc)
        text = doc.text  # computed by spaCy on each access: read it once
        direct_spans = find_quotes(text)
        resolve = Resolver(doc, facts, quoted=direct_spans)
        quotes = self._direct(doc, text, direct_spans, resolve)
        quotes += self._indirect(doc, text, direct_spans, resolve)
        quotes += self._according_to_statements(doc, text, direct_spans, resolve)
        quotes += self._nested(doc, text, direct_spans, resolve)
        quotes.sort(key=lambda q: q.start)
        _continue_speakers(text, quotes)
        _running_pronoun_speakers(text, quotes)
        facts.quotes = quotes
        return doc

    def _direct(self, doc: Doc, text: str, direct_spans, resolve: Resolver) -> list[Quote]:
        quotes = []
        for start, end in direct_spans:
            while end > start and text[end - 1] in ",;:":
                end -= 1
            cue = self._cue_for(doc, start, end)
            speaker_token = self._speaker_token(cue, start, end) if cue is not None else None
            cue_lemma = cue.lemma_.lower() if cue is not None else None
            if speaker_token is None:
                speaker_token = self._according_to(doc, start, end)
                cue_lemma = ACCORDING_TO if speaker_token is not None else cue_lemma
            speaker = self._speaker(resolve, speaker_token)
            cue_span = _token_span(cue) if cue_lemma != ACCORDING_TO else _according_span(speaker_token)
            quotes.append(Quote(quote=quoted_words(text, start, end), start=start, end=end, speaker=speaker, cue=cue_lemma,
                                direct=True, speaker_text=speaker_token.text if speaker_token is not None else None,
                                confidence=0.85 if speaker else 0.5, cue_span=cue_span,
                                speaker_span=speaker_phrase(speaker_token)))
        return quotes

    def _indirect(self, doc: Doc, text: str, direct_spans, resolve: Resolver) -> list[Quote]:
        """"X said (that) ...": a cue verb's complement, with no whole quotation inside or around it."""
        quotes = []
        for token in doc:
            if token.lemma_.lower() not in self.cues or token.pos_ not in {"VERB", "AUX"}:
                continue
            complement = _complement(token)
            if complement is None:
                continue
            span = _content_span([t for t in complement.subtree if not t.is_space])
            if span is None:
                continue
            c_start, c_end = span
            # Reported speech may hold a partial quote ("said the U.S. would “blow up” groups"); it is
            # still indirect. Content that is itself inside or around a whole quotation is not.
            if _in_quote(token.idx, direct_spans) or _crosses_quote(c_start, c_end, direct_spans):
                continue
            speaker_token = subject_of(token)
            speaker = self._speaker(resolve, speaker_token)
            quotes.append(Quote(quote=text[c_start:c_end], start=c_start, end=c_end, speaker=speaker,
                                cue=token.lemma_.lower(), direct=False,
                                speaker_text=speaker_token.text if speaker_token is not None else None,
                                confidence=0.7 if speaker else 0.4, cue_span=_token_span(token),
                                speaker_span=speaker_phrase(speaker_token)))
        return quotes

    def _according_to_statements(self, doc: Doc, text: str, direct_spans, resolve: Resolver) -> list[Quote]:
        """"The death toll rose to 40, according to the army": the rest of the sentence, attributed."""
        quotes = []
        for token in doc:
            if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
                continue
            source = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            attribution = {t.i for t in token.subtree} | {token.i, token.i + 1} | {t.i for t in source.subtree}
            words = [t for t in token.sent if t.i not in attribution and not t.is_space]
            span = _content_span(words)
            if span is None or any(s < span[1] and span[0] < e for s, e in direct_spans):
                continue  # a direct quote in the sentence already carries this attribution
            c_start, c_end = span
            if any(t.i in attribution for t in doc.char_span(c_start, c_end, alignment_mode="expand")):
                continue  # the attribution sits inside the statement: no contiguous content
            speaker = self._speaker(resolve, source)
            quotes.append(Quote(quote=text[c_start:c_end], start=c_start, end=c_end, speaker=speaker,
                                cue=ACCORDING_TO, direct=False, speaker_text=source.text,
                                confidence=0.65 if speaker else 0.4, cue_span=_according_span(source),
                                speaker_span=speaker_phrase(source)))
        return quotes

    def _nested(self, doc: Doc, text: str, direct_spans, resolve: Resolver) -> list[Quote]:
        """A quote inside a quote ("People told us, ‘...’"): its cue and speaker are inside the outer one."""
        quotes = []
        for start, end in find_nested_quotes(text, direct_spans):
            cue = self._cue_for(doc, start, end)
            speaker_token = self._speaker_token(cue, start, end) if cue is not None else None
            quotes.append(Quote(quote=text[start:end], start=start, end=end,
                                speaker=self._speaker(resolve, speaker_token),
                                cue=cue.lemma_.lower() if cue is not None else None, direct=True,
                                speaker_text=speaker_token.text if speaker_token is not None else None,
                                confidence=0.5, cue_span=_token_span(cue), speaker_span=speaker_phrase(speaker_token)))
        return quotes

    def _cue_for(self, doc: Doc, start: int, end: int) -> Token | None:
        """The cue verb outside the quote that governs it in the parse ("called the plan “a fantasy”");
        else the nearest one in the sentences that hold its ends."""
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None or len(first) == 0:
            return None
        node = first.root
        while node.head != node and start <= node.idx < end:
            node = node.head
        for ancestor in [node, *node.ancestors]:
            if ancestor.pos_ in {"VERB", "AUX"}:
                if ancestor.lemma_.lower() in self.cues and not start <= ancestor.idx < end:
                    return ancestor
                break
        sentences = {first[0].sent.start: first[0].sent, first[-1].sent.start: first[-1].sent}
        best, best_distance = None, None
        for sentence in sentences.values():
            for token in sentence:
                if start <= token.idx < end or token.lemma_.lower() not in self.cues or token.pos_ not in {"VERB", "AUX"}:
                    continue
                distance = start - token.idx if token.idx < start else token.idx - end
                if best_distance is None or distance < best_distance:
                    best, best_distance = token, distance
        return best

    @staticmethod
    def _speaker(resolve: Resolver, token: Token | None):
        """The canonical speaker; a nationality ("Kenyan authorities said") names no one."""
        entity = resolve(token)
        return entity if entity is None or entity.label != "NORP" else None

    @staticmethod
    def _speaker_token(cue: Token, start: int, end: int) -> Token | None:
        subject = subject_of(cue)
        if subject is not None and start <= subject.idx < end:
            return None
        return subject

    @staticmethod
    def _according_to(doc: Doc, start: int, end: int) -> Token | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        for token in span[-1].sent:
            if token.lower_ == "according" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to":
                pobj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
                return pobj
        return None

    def to_disk(self, path, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_json(path / "quote_cues.json", self.rules)

    def from_disk(self, path, exclude=tuple()) -> "NewsQuotes":
        self._load(read_json(Path(path) / "quote_cues.json"))
        return self


ACCORDING_TO = "according to"
#: The longest phrase (in tokens) taken as a speaker's span; a longer subtree keeps only its head's left part.
MAX_SPEAKER_TOKENS = 16


def _token_span(token: Token | None) -> tuple[int, int] | None:
    return (token.idx, token.idx + len(token.text)) if token is not None else None


def _according_span(source: Token | None) -> tuple[int, int] | None:
    """"according to" itself, from the object of its "to"."""
    if source is None or source.head.lower_ != "to" or source.head.i == 0:
        return None
    according = source.doc[source.head.i - 1]
    if according.lower_ != "according":
        return None
    return according.idx, source.head.idx + len(source.head.text)


def speaker_phrase(token: Token | None) -> tuple[int, int] | None:
    """The words naming the speaker at this cue: the token's noun phrase (its subtree without
    trailing punctuation: "Jonas Albrecht, a spokesman for the port"); when that phrase is long or
    holds a clause, the named entity holding the token, else the head with its left modifiers."""
    if token is None:
        return None
    words = [t for t in token.subtree if not t.is_space]
    if len(words) > MAX_SPEAKER_TOKENS or any(t.dep_ in {"relcl", "acl"} and t.i > token.i for t in words):
        entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if entity is not None:
            return entity.start_char, entity.end_char
        words = [t for t in words if t.i <= token.i]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words = words[:-1]
    if not words:
        return _token_span(token)
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _content_span(words: list[Token]) -> tuple[int, int] | None:
    """Character span of reported words without a leading "that"/comma or trailing punctuation; None if < 3 words."""
    while words and (words[0].lower_ in {"that", ","} or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    if len(words) < 3:
        return None
    return words[0].idx, words[-1].idx + len(words[-1])


def _crosses_quote(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps a quotation without holding it whole inside."""
    return any(s < end and start < e and not (start < s - 1 and e + 1 < end) for s, e in spans)


def _in_quote(char: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= char < e for s, e in spans)


def _continue_speakers(text: str, quotes: list[Quote]) -> None:
    """A direct quote with no cue of its own that follows its speaker's quote closely is theirs:
    "“We will win,” she said. “The people are with us.”", and so after reported speech: "He said
    it would take years. “We will get there.”"
    """
    previous = None
    for quote in quotes:
        if quote.direct and quote.speaker is None and quote.cue is None and previous is not None \
                and previous.speaker is not None:
            between = text[previous.end:quote.start]
            if between.count("\n\n") <= 1 and len(between) <= 120 and sum(between.count(c) for c in ".!?") <= 2:
                quote.speaker, quote.cue, quote.confidence = previous.speaker, previous.cue, 0.6
        if quote.direct or quote.speaker is not None:
            previous = quote


def _running_pronoun_speakers(text: str, quotes: list[Quote]) -> None:
    """"he said" after a person's quote is that person, the paragraph's running speaker, rather than the
    last man named: '“We must win,” Ferguson said. Rooney is fit. “He is ready,” he said.'"""
    previous = None
    for quote in quotes:
        if quote.speaker is not None and previous is not None and previous.speaker is not None \
                and (quote.speaker_text or "").lower() in {"he", "she"} and previous.speaker.label == "PERSON" \
                and quote.speaker is not previous.speaker and text[previous.end:quote.start].count("\n\n") <= 1 \
                and (previous.speaker_text or "").lower() in {"he", "she", (quote.speaker_text or "").lower()} | {
                    w.lower() for w in previous.speaker.name.split()}:
            quote.speaker = previous.speaker
        if quote.speaker is not None:
            previous = quote


STATEMENT_NOUNS = {"statement", "interview", "letter", "post", "tweet", "briefing", "release", "speech", "message"}


def _complement(cue: Token) -> Token | None:
    """What a cue verb reports: its clausal complement, or the that-clause of "said in a statement that ..."."""
    complement = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if complement is not None:
        return complement
    for prep in cue.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in STATEMENT_NOUNS:
                for clause in noun.children:
                    if clause.dep_ in {"acl", "ccomp", "relcl"} and any(
                            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                        return clause
    return None
