"""The output contract: one JSON object per line, validated by these Pydantic models.

Every record has ``kind``, ``article_id`` and ``schema_version``; facts add their
character span (``start``, ``end``, ``text`` equal to the slice of the article's
cleaned ``text``), the ``sentence`` it came from, a ``confidence`` and the
``extractor`` stage. The JSON Schema (``newsfacts schema``) is generated from here.
"""
from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

#: 1.1: ``dropped_facts`` on the article record; article ids unique within an output (relative paths);
#: ``speaker_span`` and ``cue_span`` on quotes.
#: 1.2: ``measured`` and ``measured_span`` on quantities (what the number measures).
#: 1.3: ``timex_type`` and ``timex_value`` on dates (TimeML's TIMEX3 type and value).
#: 1.4: ``holder`` and ``holder_span`` on quantities (whose the measured thing is, or what the number is said of).
#: 1.5: the ``sued`` and ``acquired`` relation predicates.
#: 1.6: ``source`` on quotes (the words naming the source, as written, also where they name no entity: "Analysts").
#: 1.7: the ``nationality`` relation predicate (a person's country, as the article states it beside the name).
#: 1.8: ``change`` on quantities (the direction of a change, whatever the bound: "were down more than 4%").
#: 1.9: ``qualifier`` on quantities is the bound alone ("rose 3%": ``exact``, its direction in ``change``); records of
#: 1.8 and before may give ``increase`` or ``decrease`` as the qualifier of a change with no bound, still read.
SCHEMA_VERSION = "1.9"

Qualifier = Literal[
    "exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range", "increase", "decrease"
]
Granularity = Literal[
    "century", "decade", "year", "season", "quarter", "month", "week", "day", "time", "duration", "vague"
]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Predicate = Literal[
    "has_role", "member_of", "works_for", "based_in", "located_in", "lives_in", "killed", "designated",
    "visited", "met", "attacked", "captured", "arrested", "sued", "acquired", "nationality",
]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")

    article_id: str
    schema_version: str = SCHEMA_VERSION


class DroppedFact(BaseModel):
    """A fact the pipeline found but left out because it failed its model: its kind, span and why."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    start: int
    end: int
    reason: str


class Article(_Record):
    kind: Literal["article"] = "article"
    source: Optional[str] = None
    title: Optional[str] = None
    authors: list[str] = Field(default_factory=list)
    published: Optional[str] = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    url: Optional[str] = None
    caption: Optional[str] = None
    credit: Optional[str] = None
    dateline: Optional[str] = None
    site: Optional[str] = None
    text: str
    dropped_facts: list[DroppedFact] = Field(
        default_factory=list, description="facts left out because they failed validation (the others are kept)")


class ErrorRecord(_Record):
    kind: Literal["error"] = "error"
    source: str
    code: str
    message: str


class _Fact(_Record):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    sentence: str
    confidence: float = Field(ge=0.0, le=1.0)
    extractor: str

    @model_validator(mode="after")
    def _span_is_ordered(self):
        if self.end < self.start:
            raise ValueError("end must not be before start")
        return self


class EntityRef(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    label: str


class DateRef(BaseModel):
    """The date fact a relation or quantity happened at: its record id and ISO value."""

    model_config = ConfigDict(extra="forbid")

    id: str
    value: Optional[str] = None


class EntityFact(_Fact):
    kind: Literal["entity"] = "entity"
    label: str
    name: str
    mentions: list[tuple[int, int]]


class RelationFact(_Fact):
    kind: Literal["relation"] = "relation"
    predicate: Predicate
    subject: EntityRef
    object: Optional[EntityRef] = None
    role: Optional[str] = None
    when: Optional[DateRef] = None


class QuantityFact(_Fact):
    kind: Literal["quantity"] = "quantity"
    value: float
    high: Optional[float] = None
    qualifier: Qualifier = "exact"
    change: Optional[Literal["increase", "decrease"]] = Field(
        default=None, description="the direction when the number is the size of a change, whatever bound qualifier "
                                  "gives ('rose about 3%', 'were down more than 4%'); null for a level or a count")
    unit: Optional[str] = None
    counted: Optional[str] = None
    counted_phrase: Optional[str] = None
    event: Optional[str] = None
    agent: Optional[EntityRef] = None
    linked_to: Optional[str] = Field(default=None, description="id of the quantity this claim follows from")
    when: Optional[DateRef] = None
    measured: Optional[str] = Field(
        default=None, description="what the number measures ('the trade deficit', 'unemployment', 'engine'), as "
                                  "written; the counted noun is in counted; null when the sentence does not say")
    measured_span: Optional[tuple[int, int]] = Field(default=None, description="character span of measured")
    holder: Optional[str] = Field(
        default=None, description="whose the measured thing is, or what the number is said of, as written, when "
                                  "the sentence names it apart from measured ('the stock trades on 6.5 times "
                                  "earnings': 'stock'); null otherwise")
    holder_span: Optional[tuple[int, int]] = Field(default=None, description="character span of holder")


class DateFact(_Fact):
    kind: Literal["date"] = "date"
    value: Optional[str] = Field(description="ISO 8601 at the expression's granularity; null when it cannot be resolved")
    granularity: Granularity
    timex_type: TimexType = Field(default="DATE", description="TimeML's TIMEX3 type: DATE, TIME, DURATION or SET")
    timex_value: Optional[str] = Field(
        default=None, description="TimeML's TIMEX3 value ('2026-02-17', 'P2Y', 'PRESENT_REF', 'P1W' for a SET); "
                                  "null when it cannot be resolved")


class QuoteFact(_Fact):
    kind: Literal["quote"] = "quote"
    speaker: Optional[str] = None
    speaker_label: Optional[str] = None
    quote: str
    cue: Optional[str] = None
    direct: bool
    source: Optional[str] = Field(
        default=None, description="the words naming the source at this quote, as written ('Analysts', 'the "
                                  "minister', 'she', 'a spokesman for the firm'): the text of speaker_span; set "
                                  "also where they name no entity and speaker is null")
    speaker_span: Optional[tuple[int, int]] = Field(
        default=None, description="character span of the words naming the speaker at this quote (a name, "
                                  "'the minister', 'she'); null when no speaker was found")
    cue_span: Optional[tuple[int, int]] = Field(
        default=None, description="character span of the cue ('said', 'according to'); null when there is none")


Record = Annotated[
    Union[Article, ErrorRecord, EntityFact, RelationFact, QuantityFact, DateFact, QuoteFact],
    Field(discriminator="kind"),
]
Fact = Union[EntityFact, RelationFact, QuantityFact, DateFact, QuoteFact]
RECORD_ADAPTER: TypeAdapter = TypeAdapter(Record)


def parse_record(line: str | bytes):
    """Validate one JSONL line into its record model."""
    return RECORD_ADAPTER.validate_json(line)


def json_schema() -> dict:
    return RECORD_ADAPTER.json_schema()
