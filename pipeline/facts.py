"""Plain data classes for the facts a Doc carries in ``doc._.facts``.

These are internal: components create and refine them, and only the output edge
(:mod:`pipeline.records`) turns them into validated Pydantic records. Offsets are
character offsets into ``doc.text``, the cleaned article body.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArticleMeta:
    """What the cleaning stage separated from the body, plus what the caller knows."""

    article_id: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    caption: str | None = None
    credit: str | None = None
    dateline: str | None = None
    site: str | None = None


@dataclass
class Entity:
    """One canonical real-world referent with every mention of it in the article."""

    label: str
    name: str
    mentions: list[tuple[int, int]]
    confidence: float = 0.85
    extractor: str = "entities"

    @property
    def start(self) -> int:
        return self.mentions[0][0]

    @property
    def end(self) -> int:
        return self.mentions[0][1]


@dataclass
class DateFact:
    value: str | None
    granularity: str
    start: int
    end: int
    confidence: float = 0.8
    extractor: str = "dates"
    verb_index: int | None = None  # token index of the verb the expression dates
    timex_type: str = "DATE"  # TimeML's TIMEX3 type and value (pipeline.dates.timex)
    timex_value: str | None = None


@dataclass
class Relation:
    predicate: str
    subject: Entity
    object: Entity | None
    start: int
    end: int
    role: str | None = None
    confidence: float = 0.7
    extractor: str = "relations"
    event_index: int | None = None  # token index of the verb, for attaching a date
    when: DateFact | None = None


#: The qualifiers the quantities stage uses for a change's direction with no bound written ("rose 3%"); a record
#: (schema 1.9) writes them as ``change``, its qualifier the bound alone.
CHANGES = frozenset({"increase", "decrease"})


@dataclass
class Quantity:
    value: float
    start: int
    end: int
    high: float | None = None
    qualifier: str = "exact"
    change: str | None = None  # "increase" or "decrease" when the number is the size of a change, whatever its bound
    unit: str | None = None
    counted: str | None = None
    counted_phrase: str | None = None
    event: str | None = None
    agent: Entity | None = None
    confidence: float = 0.8
    extractor: str = "quantities"
    event_index: int | None = None  # token index of the event verb
    linked_to: "Quantity | None" = None  # the claim this one follows from, in the same sentence
    when: DateFact | None = None
    measured: str | None = None  # what the number measures ("the trade deficit", "unemployment")
    measured_span: tuple[int, int] | None = None
    holder: str | None = None  # whose the measured thing is, or what the number is said of ("the stock")
    holder_span: tuple[int, int] | None = None


@dataclass
class Quote:
    quote: str
    start: int
    end: int
    speaker: Entity | None
    cue: str | None
    direct: bool
    speaker_text: str | None = None
    confidence: float = 0.75
    extractor: str = "quotes"
    speaker_span: tuple[int, int] | None = None  # the words naming the speaker here ("the ministry's spokesman")
    cue_span: tuple[int, int] | None = None  # the cue's own words ("said", "according to")


@dataclass
class Facts:
    """Everything the pipeline found in one article, stage by stage."""

    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
