"""The dates stage: each DATE/TIME expression normalised against ``doc._.article.published``."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..data_files import data_path, read_json, word_list
from ..extensions import get_article, get_facts, register_extensions
from ..facts import DateFact, Quantity
from ..quantities.units import LENGTHS_OF_TIME
from ..syntax import about_sport, governing_verb, positions
from .normalize import (DAY_NUMBER, LISTED_DAY_JOINERS, MONTHS, SEASONS, SHORT_DECADE, SPOKEN_YEAR, WEEKDAYS,
                        Normalized, holidays, looks_temporal, names_quarter, normalize)
from .timex import timex3

TEMPORAL_LABELS = {"DATE", "TIME"}
#: A calendar date at year, month or day granularity: what "that year" or "the next day" is told from.
PERIOD_UNITS = {"minute", "hour", "day", "week", "month", "quarter", "year", "decade"}
#: A clock time: "9 a.m.", "10:30 p.m. EST", "noon".
CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\.?(?: [a-z]{2,4})?|noon|midnight")
#: A clock time in 24-hour form, as news writes it before a time zone ("1405 GMT").
CLOCK_24H = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
#: A clock time as written, with its time zone: "5 p.m.", "10:30 a.m. EST", "5.30pm", "18:00 UTC", "0400 GMT", "four
#: o'clock" (am and pm without their dots only joined to the number, as news writes them: "5.30pm", "3am").
WRITTEN_CLOCK = re.compile(r"\b(?:\d{1,2}(?::\d{2})? ?[ap]\.m\.(?: [A-Z]{2,4}\b)?|\d{1,2}(?:[:.][0-5]\d)?[ap]m\b"
                           r"|(?:[01]?\d|2[0-3]):[0-5]\d (?:UTC|GMT)\b"
                           rf"|{CLOCK_24H.pattern} (?:GMT|UTC)\b"
                           r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) o'clock\b)")
#: A day a clock time may be on: "Tuesday", "yesterday", "Nov. 9".
DAY = re.compile(r"(?:(?:last|next|this) )?(?:[a-z]+day|today|tomorrow|yesterday)|[a-z]+\.? \d{1,2}(?:, \d{4})?")
#: A counted part of a year and a year, split at "of": "the first nine months" "of" "1997" (``counted_of_year_doc``).
COUNTED_PERIOD = re.compile(r"(?:the )?(?:first|last|past|next|final) (?:\w+ )?(?:months|weeks|quarters|days)")
#: "five years", "two months": a span of time counted, which "from" and a year after it start, not shift ("led them
#: for five years from 1996 to 2001": P5Y, and 1996).
A_SPAN_OF_TIME = re.compile(r"(?:\w+[ -])?(?:years?|months?|weeks?|days?|decades?)")
A_YEAR = re.compile(r"(?:\d{4}|(?:the|this|last|next) (?:fiscal )?year)")
CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
YEAR = re.compile(r"(?:1[0-9]|20)\d\d")
DAY_OF_MONTH = re.compile(r"[1-9]|[12]\d|3[01]")
#: A decade of someone's life: "30s", "early 40s", "mid-20s".
AGE_DECADE = re.compile(r"(?:early |mid-?|late )?'?[1-9]0'?s")


def _in_the_present(verb: Token, aux: list[Token], past_alike: frozenset[str]) -> bool:
    """A verb in the simple or continuous present ("plays", "is meeting"), no modal, perfect or past beside it, nor a
    verb whose past is written the same (``past_alike``: "hurt the composite ... on Friday" is a past)."""
    if any(a.tag_ in {"MD", "VBD"} or a.lower_ in {"has", "have", "had"} for a in aux) or verb.lower_ in past_alike:
        return False
    if verb.tag_ == "VB" and not aux and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "The team then play France": a present with a subject that the tagger read as a bare verb
    return verb.tag_ in {"VBZ", "VBP"} and not aux or verb.tag_ in {"VBG", "VBN"} and any(
        a.tag_ in {"VBZ", "VBP"} for a in aux)  # "are meeting on Friday", and the passive "are brought in by Friday"


def _on_the_object_of_a_progressive(ent: Span, verb: Token) -> bool:
    """"Hollywood is preparing for the ceremony on Sunday", "She is holding a party on Friday": a weekday with "on"
    on the object of a verb in the present continuous, or on the object of its "for" or "to" (not "is recovering
    from the defeat on Sunday")."""
    on, noun = ent.root.head, ent.root.head.head
    return ent.root.lower_ in WEEKDAYS and on.dep_ == "prep" and on.lower_ == "on" and verb.tag_ == "VBG" and (
        noun.dep_ == "dobj" and noun.head == verb
        or noun.dep_ == "pobj" and noun.head.lower_ in {"for", "to"} and noun.head.head == verb)


def _a_day_of_a_month_without_its_year(span: Span) -> bool:
    """"7 September", "Sept. 7": a day number and a month, no year written with them."""
    words = [t.text for t in span]
    return any(w.lower().rstrip(".") in MONTHS for w in words) and any(DAY_OF_MONTH.fullmatch(w) for w in words) \
        and not any(YEAR.fullmatch(w) for w in words)


def _under_a_future(verb: Token, aux: list[Token], rules: dict) -> bool:
    """A present-tense clause of time or condition hung on a verb with a modal of the future: "will start after the
    documents are brought in by Thursday", "will go ahead if it is signed in March" (not a participle, "under terms
    announced Friday, holders would receive")."""
    return verb.dep_ == "advcl" and _in_the_present(verb, aux, rules["past_alike"]) and any(
        c.dep_ == "aux" and c.lower_ in rules["future_modals"] for c in verb.head.children)


class NewsDates:
    def __init__(self, nlp: Language, name: str = "newsfacts_dates", *, prefer: str = "past",
                 conventions: str = "newsfacts") -> None:
        """``conventions``: "newsfacts" marks the expressions the project's gold marks; "timeml" also those
        only TimeML marks (the adverb "now", "every week": ``timeml_only`` in ``data/dates.json``)."""
        if prefer not in {"past", "future", "current_period", "nearest"}:
            raise ValueError(f"prefer must be past, future, current_period or nearest, not {prefer!r}")
        if conventions not in {"newsfacts", "timeml"}:
            raise ValueError(f"conventions must be newsfacts or timeml, not {conventions!r}")
        register_extensions()
        self.name = name
        self.prefer = prefer
        self.conventions = conventions
        words = _span_rules()["references"] + (_span_rules()["timeml_only"] if conventions == "timeml" else [])
        self.references = phrase_index(words)
        self.relative_periods = _span_rules()["relative_periods"]

    def _prefer_for(self, ent) -> str:
        """Future-tense clauses look forward ("talks will resume on Tuesday", "an election planned for
        March", "set to resume Monday", "payable Dec. 7", "the festivals, to be held on 26-28 August"), past-tense
        ones back ("talks resumed in March"), as do the present perfect ("prices have fallen from their July
        peaks") and a plan told in the past perfect ("had been scheduled to expire Friday");
        a clause without tense (a present tense, a headline, a list of dates) takes the configured
        ``prefer``. The cues are ``data/dates.json``."""
        rules, doc = _span_rules(), ent.doc
        verb = governing_verb(ent.root)
        if verb is not None and verb.dep_ == "prep" and verb.lower_ in rules["list_openers"] \
                and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head  # "will tour in June and July, including Tests on 25 June": the listed ones' verb
        aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}] if verb is not None else []
        if verb is not None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} \
                and verb.tag_ in {"VB", "VBP", "VBN", "VBG"} and not any(
                c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
            aux = [c for c in verb.head.children if c.dep_ in {"aux", "auxpass"}]  # "will go out and test the law
            # on Saturday": a verb joined to another shares its auxiliaries (not one in the past tense of its own:
            # "must be returned ... and set Friday as the deadline")
        before = [t.lower_ for t in doc[max(0, ent.start - 4):ent.start] if t.lower_ not in {"on", "by"}]
        if any(before[len(before) - len(cue):] == cue for cue in rules["future_cues"]) and not (
                before[-1:] == ["until"] and any(c.lower_ == "had" for c in aux)):  # "Until Thursday, they had not"
            return "future"
        if any(t.lower_ in rules["future_heads"] for t in ent.root.ancestors):
            return "future"  # "ahead of Wednesday's game": a phrase under "ahead" looks forward, whatever the tense
        if before[-1:] == ["since"]:
            return "past"  # "on trial since June", "have risen since August": since a time gone by, whatever the tense
        if verb is None:
            return self.prefer
        if before[-1:] == ["for"] and verb.lemma_.lower() in rules["scheduling_verbs"]:
            return "future"  # "set a first hearing for April 14"
        if verb.lemma_.lower() in rules["future_verbs"] or any(
                c.lower_ in rules["future_modals"] and "have" not in {a.lower_ for a in aux}
                for c in aux):
            return "future"
        if verb.tag_ == "VBG" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children) \
                and verb.lemma_.lower() in rules["coming_verbs"] and ent.root.dep_ == "nsubj":
            return "future"  # "with Christmas coming up": a date drawing near lies ahead
        if any(t.lower_ in rules["nearing_forms"] and t.i > ent.root.i for t in ent.root.ancestors):
            return "future"  # "with the January transfer window approaching" (the participle parsed as the head)
        if any(c.lower_ == "to" for c in aux) and verb.dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ in rules["future_modals"] for c in verb.head.children):
            return "future"  # "It would be nice to see a few new faces in January"
        fixture = ent.root.head
        behind = fixture.dep_ == "pobj" and fixture.head.lower_ in {"after", "since", "following"}
        if ent.root.dep_ == "poss" and ent.root.lower_ in WEEKDAYS \
                and fixture.lemma_.lower() in rules["fixture_nouns"] and not behind \
                and _in_the_present(verb, aux, rules["past_alike"]):
            return "future"  # "He is focused on Sunday's clash with England": a fixture of a weekday, told in the
            # present, is the one ahead (not "Sunday's defeat", a result, nor "looks a better bet after Saturday's
            # game", one behind)
        head = verb.head
        planned_before = any(c.lower_ == "had" and c.dep_ == "aux" for c in [*head.children, *head.head.children])
        if any(c.lower_ == "to" for c in aux) and head.lemma_.lower() in rules["future_to_heads"] and (
                head.lemma_.lower() != "be" or head.tag_ in {"VBZ", "VBP"}) and (
                head.pos_ != "ADJ" or head.head.tag_ in {"VBZ", "VBP"}) and not planned_before and not (
                head.lemma_.lower() in rules["urging_heads"] and head.tag_ == "VBD"):
            return "future"  # "is to resume", "are likely to play", not "were to", "was likely to"; "had been
            # scheduled to expire Friday": back
        planner = head.head if any(c.lower_ == "to" for c in aux) and verb.dep_ in {"advcl", "xcomp"} \
            and head.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) else None
        if planner is not None and planner.lemma_.lower() in rules["future_to_heads"] \
                and planner.tag_ in {"VBZ", "VBP"} and not planned_before:
            return "future"  # "BSkyB plans to ship its boxes, to receive broadcasts, in time for Christmas": a
            # purpose of what is planned, one to-clause further down
        if ent[0].lower_ == "this" and ent.root.dep_ == "poss" and ent.root.lower_ == "weekend":
            return "future"  # "pulled out of this weekend's championships": the weekend's own event, whatever the
            # tense of what was done about it (on a weekday, the weekend to come)
        if {c.lower_ for c in aux} >= {"to", "be"} and verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl"}:
            return "future"  # "the festivals, to be held on 26-28 August": a plan for a thing
        if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux) or planned_before:
            return "past"
        if any(c.lower_ == "to" for c in aux) and verb.dep_ == "xcomp" and head.tag_ == "VBD" \
                and head.lemma_.lower() in rules["past_to_heads"]:
            return "past"  # "Things started to go badly wrong in the summer", "managed to score on Saturday": what
            # began or was done in the past (not "agreed to buy it in February", "planned to visit in June": what
            # was agreed or planned may still lie ahead)
        if _under_a_future(verb, aux, rules):
            return "future"
        if verb.tag_ == "VBN" and any(c.lower_ in {"has", "have", "'ve", "’ve"} for c in aux) and not any(
                c.tag_ == "MD" for c in aux) and before[-1:] not in (["through"], ["till"], ["to"]):
            return "past"  # the present perfect looks back ("prices have fallen from their July peaks"), not to
            # the end of what it began ("has extended loans through January")
        listed = next((t for t in [ent.root, *ent.root.ancestors] if t.dep_ != "conj"), ent.root)  # "of 9 and 10 July"
        placed = listed.head.head if listed.head.lower_ == "of" and WEEK_OF.fullmatch(listed.head.head.lower_) \
            else ent.root  # "is held over the weekend of 9 July": the weekend's preposition places the day
        if _in_the_present(verb, aux, rules["past_alike"]) and verb.dep_ != "acl" and (
                ent.root.lower_ in WEEKDAYS and ent.root.head == verb or placed.head.dep_ == "prep"
                and placed.head.head == verb and (ent.root.lower_ in WEEKDAYS or _a_day_of_a_month_without_its_year(
                    ent)) or _on_the_object_of_a_progressive(ent, verb)):
            return "future"  # "has its board meeting on Friday", "are meeting on Friday", "play France on 7
            # September", "the conference which starts on Friday": a present tense with a day of its own tells what
            # is set for the days ahead (not "follows Tuesday's declaration", nor the date a sentence names: "The
            # record date is Dec. 4"), nor the weekday of what a verb in the present continuous is about ("is preparing
            # for the ceremony on Sunday")
        if any(c.lower_ == "to" for c in aux) and verb.dep_ == "advcl" and ent.root.lower_ in WEEKDAYS \
                and _in_the_present(head, [c for c in head.children if c.dep_ in {"aux", "auxpass"}],
                                    rules["past_alike"]):
            return "future"  # "England travel to Cardiff to face Wales on Saturday": the purpose of a move told in the
            # present lies ahead (not "flew to Cardiff to face Wales on Saturday")
        if verb.tag_ in {"VBG", "VBN"} and not aux and verb.dep_ in {"advcl", "prep", "acl", "pcomp"} \
                and head.tag_ == "VBD":
            return "past"  # "spent five months there following a move from Chelsea in July": a participle without
            # tense of its own takes the past of the verb it hangs on
        if verb.tag_ == "VBN" and not aux and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children):
            return "past"  # "The scrum-half left Leeds in May", the verb tagged as a participle: with its subject
            # and no auxiliary, a sentence's own verb in the past tense
        return self.prefer

    def __call__(self, doc: Doc) -> Doc:
        published = get_article(doc).published
        anchor = dt.date.fromisoformat(published) if published else None
        dates, quarter, taken, last, written_year = [], None, -1, None, None
        timeml = self.conventions == "timeml"
        spans = [part for ent in doc.ents if ent.label_ in TEMPORAL_LABELS and not _clock_read_as_year(ent)
                 for part in timex_spans(ent, timeml)]
        spans += [part for day in weekday_spans(doc, spans) for part in timex_spans(day, timeml)]
        spans += [part for decade in _decade_parts(doc, spans) for part in timex_spans(decade, timeml)]
        spans = _clock_with_day(spans + spoken_year_spans(doc, spans) + clock_spans(doc, spans))
        spans += _fiscal_year_spans(doc, spans)
        spans = [_with_a_decade_mark(_with_its_day_number(span)) for span in spans]
        ordered = sorted(spans + reference_spans(doc, spans, self.references, self.relative_periods),
                         key=lambda span: span.start)
        decade = None
        for k, ent in enumerate(ordered):
            if ent.start < taken or not_a_date(ent) or not timeml and _a_kind_of_thing(ent):  # "night" after
                # "Friday", already taken into "Friday night"
                continue
            taken = ent.end
            result = normalize(ent.text, anchor, self._prefer_for(ent), quarter, last)
            if _any_such_weekday(ent) or k > 0 and ordered[k - 1].end == ent.start - 1 \
                    and doc[ent.start - 1].lower_ in {"or", "and"} and _any_such_weekday(ordered[k - 1]):
                result = Normalized(None, "vague")  # "on a Friday or Saturday night": any one, no day
            if k + 1 < len(ordered) and ent.text.lower() in WEEKDAYS and ordered[k + 1].start == ent.end + 1 \
                    and doc[ent.end].text == ",":  # "Friday, 25 February": the weekday of the day written after it
                written = normalize(ordered[k + 1].text, anchor, self._prefer_for(ordered[k + 1]), quarter, last)
                if written.granularity == "day" and written.value and len(written.value) == 10 \
                        and dt.date.fromisoformat(written.value).weekday() == WEEKDAYS[ent.text.lower()]:
                    result = written
            if DAY_OF_MONTH.fullmatch(ent.text) and last and len(last) == 10:  # "25" in "April 24 and 25"
                result = Normalized(f"{last[:8]}{int(ent.text):02d}", "day")
            short = SHORT_DECADE.fullmatch(ent.text)
            if short and k > 0 and decade and doc[ordered[k - 1].end:ent.start].text.lower() in {"and", "or", "to", "-"}:
                result = Normalized(decade[:2] + short.group(1), "decade")  # "the 1970s and 80s": the century of the
                # decade before it, publication date or not
            if result.granularity == "decade" and result.value and len(result.value) == 3:
                decade = result.value
            if THE_YEAR.fullmatch(ent.text.lower()) and written_year and anchor is not None \
                    and int(written_year) == anchor.year - 1 and self._prefer_for(ent) != "future":
                result = Normalized(written_year, "year")  # "Gamers spent £1.34bn in 2004 ... rose 37.9% during the
                # year", "by year end": the year the article last wrote out, where that is the year before (not in a
                # sentence about what is to come: "expects growth for the year"; nor "from last year's $1.55bn ...
                # For the year", nor "the close of 1969 ... since year-end", years only named)
            elif result.granularity != "duration" and (written := WRITTEN_YEAR.search(ent.text)):
                written_year = written.group()  # (also "in the early months of 2004")
            if ent.end < len(doc) and doc[ent.end].lower_ in _span_rules()["period_end_verbs"] and re.fullmatch(
                    r"(?:the )?(?:fiscal )?year", ent.text.lower()):  # "the year ended March 31": a period
                result = Normalized("P1Y", "duration")
            if result.value and CALENDAR.fullmatch(result.value) and not _week_of_what_follows(doc, ent, ordered, k):
                last = result.value
            elif result.value and re.fullmatch(r"\d{4}-Q\d", result.value):
                last = result.value[:4]  # "in the third quarter of 2004, from the previous year": 2003
            if result.granularity == "quarter" and result.value and names_quarter(ent.text):
                quarter = result.value
            quarter = _quarter_ending(doc, ent, result) or quarter  # "the three months to December": 2004-Q4
            if ent.label_ == "TIME" and result.value is None and (anchor is not None or result.granularity == "vague"):
                continue  # no time; without a publication date "this morning" is still one, unplaced
            confidence = 0.9 if result.value else 0.6
            timex_type, timex_value = timex3(ent.text, result.value, result.granularity)
            if timex_value is None and result.granularity == "vague" and _unplaced_period(ent):
                continue
            if timex_type == "SET":  # "every week": the period it recurs at ("P1W"), "each Thursday": none
                result = Normalized(*((timex_value, "duration") if timex_value.startswith("P") else (None, "vague")))
            dates.append(DateFact(value=result.value, granularity=result.granularity, start=ent.start_char,
                                  end=ent.end_char, confidence=confidence, timex_type=timex_type,
                                  timex_value=timex_value))
            dates[-1].verb_index = _verb_index(ent)
        _share_range_years(doc.text, dates)
        _days_listed_before_their_month(doc.text, dates)
        _weeks_of_their_days(doc.text, dates)
        _weekdays_in_a_stated_range(doc.text, dates)
        _weekdays_in_a_stated_week(doc, dates)
        _weekdays_joined(doc.text, dates)
        dates = compound_durations(doc.text, dates)
        _famous_days(doc.text, dates)
        _times_on_their_day(doc.text, dates)
        _dates_in_their_year(doc.text, dates)
        _days_written_in_full_before(doc.text, dates)
        if not timeml:  # (TimeML keeps the duration: "the first nine months" of 1989 is P9M there)
            _quarters_of_a_year(doc.text, dates)
        facts = get_facts(doc)
        facts.dates = dates
        _attach_to_events(doc, facts)
        return doc


@lru_cache(maxsize=1)
def _span_rules() -> dict:
    rules = read_json(data_path("dates.json"))
    return {"determiners": set(rules["determiners"]), "period_end_verbs": set(rules["period_end_verbs"]),
            "range_connectors": set(rules["range_connectors"]), "separating_words": set(rules["separating_words"]),
            "leading_modifiers": set(rules["leading_modifiers"]),
            "parts_of_day": set(rules["parts_of_day"]), "days": set(rules["days"]),
            "age_last_words": set(rules["age_last_words"]), "bare_periods": set(rules["bare_periods"]),
            "possessives": set(rules["possessives"]), "unplaced_periods": set(rules["unplaced_periods"]),
            "recurring": set(rules["recurring"]), "period_nouns": set(rules["period_nouns"]),
            "uncounted_units": set(rules["uncounted_units"]), "relative_adverbs": set(rules["relative_adverbs"]),
            "relative_adverbs_before": [words.split() for words in rules["relative_adverbs_before"]],
            "frequency_adjectives": set(rules["frequency_adjectives"]), "trailing_adverbs": set(rules["trailing_adverbs"]),
            "leading_adverbs": sorted((a.split() for a in rules["leading_adverbs"]), key=len, reverse=True),
            "references": [r.split() for r in [*rules["references"], *rules["frequencies"], *rules["reporting_periods"],
                                               *rules["relative_periods"], *rules["unnamed_periods"],
                                               *_holiday_names()]],
            "timeml_only": [r.split() for r in rules["timeml_only"]],
            "relative_periods": [r.split() for r in rules["relative_periods"]],
            "future_cues": [cue.split() for cue in rules["future_cues"]], "future_modals": set(rules["future_modals"]),
            "future_verbs": set(rules["future_verbs"]), "future_heads": set(rules["future_heads"]),
            "list_openers": set(rules["list_openers"]), "coming_verbs": set(rules["coming_verbs"]),
            "nearing_forms": {f"{word}ing" for word in rules["nearing_verbs"]},
            "urging_heads": set(rules["urging_heads"]),
            "famous_days": rules["famous_days"],
            "fixture_nouns": set(rules["fixture_nouns"]),
            "past_alike": frozenset(rules["past_alike"]), "future_to_heads": set(rules["future_to_heads"]),
            "past_to_heads": set(rules["past_to_heads"]),
            "scheduling_verbs": set(rules["scheduling_verbs"]), "slot_nouns": set(rules["slot_nouns"]),
            "award_periods": set(rules["award_periods"]), "place_quarters": set(rules["place_quarters"]),
            "round_nouns": set(rules["round_nouns"]),
            "award_nouns": set(rules["award_nouns"]), "frequencies": set(rules["frequencies"]),
            "period_measure_adjectives": set(rules["period_measure_adjectives"]),
            "holiday_things": set(rules["holiday_things"]), "frequency_things": set(rules["frequency_things"]),
            "day_plurals": set(rules["day_plurals"])}


def _clock_with_day(spans: list[Span]) -> list[Span]:
    """A clock time and the day right after it are one expression ("9 a.m. Tuesday", "noon, Nov. 9")."""
    spans, merged = sorted(spans, key=lambda span: span.start), []
    for span in spans:
        last = merged[-1] if merged else None
        gap = span.doc[last.end:span.start].text.strip() if last is not None and last.end <= span.start else None
        if last is not None and CLOCK.fullmatch(last.text.lower()) and span.label_ == "DATE" and gap in {"", ","} and (
                DAY.fullmatch(span.text.lower())):
            merged[-1] = Span(span.doc, last.start, span.end, label="TIME")
        else:
            merged.append(span)
    return merged


def weekday_spans(doc: Doc, taken: list[Span]) -> list[Span]:
    """A weekday written with its capital, or "today", "yesterday", "tomorrow", that no span covers
    ("President Clinton Saturday vowed", "to apply for visas today at the mission"): the model misses some
    in the run of a sentence, and in news they are dates."""
    covered, days = {i for span in taken for i in range(span.start, span.end)}, _span_rules()["days"]
    return [Span(doc, t.i, t.i + 1, label="DATE") for t in (doc[i] for i in positions(doc, frozenset(days)))
            if (t.text[0].isupper() or t.lower_ not in WEEKDAYS) and t.i not in covered
            and t.ent_type_ in {"", "DATE"}]


#: A financial year written with the next year's last digits: "2004/05", "1998/9".
FISCAL_YEAR = re.compile(r"((?:19|20)\d\d)/(\d{1,2})")


def _fiscal_year_spans(doc: Doc, taken: list[Span]) -> list[Span]:
    """"Borrowing in 2004/05", "in 1998/9": a year and the next year's last digits after a slash, a financial year
    (the models read it as a number), dated by the year it opens, as the normaliser reads it."""
    covered = {i for span in taken for i in range(span.start, span.end)}
    found = []
    for token in doc:
        match = FISCAL_YEAR.fullmatch(token.text)
        if match is None or token.i in covered or token.ent_type_ not in {"", "CARDINAL", "DATE"}:
            continue
        first, second = match.group(1), match.group(2)
        if int(second) == (int(first) + 1) % 10 ** len(second):
            found.append(Span(doc, token.i, token.i + 1, label="DATE"))
    return found


def clock_spans(doc: Doc, taken: list[Span]) -> list[Span]:
    """Clock times no span covers ("until 5 p.m. EST Nov. 9", where the model reads "EST" as a place), with
    their time zone; a day right after joins them in :func:`_clock_with_day`. One in brackets right after
    another restates it in another zone ("10:35 a.m. (0735 GMT)") and is left out, as TimeML leaves it."""
    covered = {i for span in taken for i in range(span.start, span.end)}
    restating = {span.end + 1 for span in taken if span.label_ == "TIME" and span.end < len(doc) and
                 doc[span.end].text == "("}
    found = []
    for match in WRITTEN_CLOCK.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), label="TIME", alignment_mode="expand")
        if span is not None and not covered.intersection(range(span.start, span.end)) and span.start not in restating:
            found.append(span)
    return found


def spoken_year_spans(doc: Doc, taken: list[Span]) -> list[Span]:
    """Years written as spoken ("nineteen ninety-six", "two thousand and one"), as broadcast transcripts
    have them, that no date span covers; the model reads them as numbers."""
    covered = {i for span in taken for i in range(span.start, span.end)}
    found = []
    for match in SPOKEN_YEAR.finditer(doc.text.lower()):
        span = doc.char_span(match.start(), match.end(), label="DATE", alignment_mode="expand")
        if span is not None and not covered.intersection(range(span.start, span.end)):
            found.append(span)
    return found


def _holiday_names() -> list[str]:
    return [f"{word}{name}" for name in holidays() for word in ("", "last ", "next ", "this ")]


def phrase_index(phrases: list[list[str]]) -> dict[str, list[list[str]]]:
    """Phrases (lists of lowercase words) by their first word, the longest first: the order they are tried in."""
    by_first: dict[str, list[list[str]]] = {}
    for words in sorted(phrases, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    return by_first


def reference_spans(doc: Doc, taken: list[Span], by_first: dict[str, list[list[str]]],
                    relative: list[list[str]] = ()) -> list[Span]:
    """What no date span covers but its words make a date: references to the present, past or future
    ("now", "recently", "in the future"; "the past" or "the future" only where no noun, adjective or
    number follows it), the year, month or week before, of or after publication (``relative``: "last year", after
    no determiner and in lower case), recurrences ("daily") and holidays ("Thanksgiving Day"): the phrases of
    ``by_first`` (:func:`phrase_index`), the longest found first; none that is or is inside a name the entities stage
    read."""
    covered = {i for span in taken for i in range(span.start, span.end)}
    names = [(ent.start, ent.end) for ent in doc.ents if ent.label_ not in TEMPORAL_LABELS | {"EVENT"}]
    names += [(ent.start + 1, ent.end) for ent in doc.ents if ent.label_ == "EVENT"]  # ("Holocaust Memorial Day":
    # another day than the one it ends in, the US "Memorial Day"; the holiday read whole as an event stays a date)
    lowered = [t.lower_ for t in doc]
    found, i = [], 0
    while i < len(doc):
        for words in by_first.get(lowered[i], ()):
            end = i + len(words)
            if lowered[i:end] != words or covered.intersection(range(i, end)) or any(
                    start <= i and end <= stop for start, stop in names):
                continue  # (and not inside a name: "The Office Christmas Special", the film "Halloween"; the
                # entities stage gives a holiday said as a time back to the dates)
            if words[0] == "the" and end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN", "NUM", "ADJ"}:
                continue
            if words in relative and (i > 0 and doc[i - 1].tag_ in {"DT", "PRP$", "POS"} or any(
                    t.text[:1].isupper() and not t.is_sent_start for t in doc[i:end])):
                continue  # "the last year", "its last week": a period, or one of its own; "This Week With David
                # Brinkley": a title
            found.append(Span(doc, i, end, label="DATE"))
            i = end - 1
            break
        i += 1
    return found


#: The year an article speaks of, named by no number: "the year", "year end".
THE_YEAR = re.compile(r"(?:the )?year(?:[- ]end)?")
WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
TIME_ZONES = frozenset({"GMT", "BST", "UTC", "CET", "EST", "EDT", "PST", "local", "hours", "hrs"})
RANGE_JOINERS = frozenset({"and", "to", "-", "–", "until", "till", "through"})


def _share_range_years(text: str, dates: list[DateFact]) -> None:
    """"between March and October 2004", "from May to July 2003": a month written without its year, joined to one
    written with it, is in that year (not placed from the publication date)."""
    for first, second in zip(dates, dates[1:]):
        joiner = text[first.end:second.start].strip().lower()
        if joiner in RANGE_JOINERS and first.granularity == "month" and second.granularity == "month" \
                and first.value and second.value and not re.search(r"\d", text[first.start:first.end]) \
                and re.search(r"\d{4}", text[second.start:second.end]):
            first.value = f"{second.value[:4]}{first.value[4:]}"
            if first.timex_value:
                first.timex_value = f"{second.value[:4]}{first.timex_value[4:]}"


def _days_listed_before_their_month(text: str, dates: list[DateFact]) -> None:
    """"on 14, 20 and 27 April", "6 to 9 January": a day of the month written alone, joined by a comma, "and",
    "or" or a range's word to the next day of a list, is in the month (and year) of the day that ends the list; with
    no publication date to place that day, in its month of an unknown year ("between 6 and 12 December": XXXX-12-06).
    """
    for day, after in reversed(list(zip(dates, dates[1:]))):
        joiner = text[day.end:after.start].strip().lower()
        written = re.sub(r"^the ", "", text[day.start:day.end].lower())  # "on the 8th or 9th October"
        if not DAY_NUMBER.fullmatch(written) or joiner not in LISTED_DAY_JOINERS | RANGE_JOINERS | {", and", ", or"}:
            continue
        number = int(re.match(r"\d+", written).group())
        if after.granularity == "day" and after.value and CALENDAR.fullmatch(after.value) and len(after.value) == 10:
            day.value = day.timex_value = f"{after.value[:8]}{number:02d}"
            day.granularity, day.timex_type, day.confidence = "day", "DATE", 0.9
        elif after.value is None and after.timex_value and re.fullmatch(r"XXXX-\d\d-\d\d", after.timex_value):
            day.timex_value, day.timex_type, day.granularity = f"{after.timex_value[:8]}{number:02d}", "DATE", "day"


QUARTER_OF_A_YEAR = re.compile(r"(?:the )?(first|last|final) (?:three|3) months", re.IGNORECASE)


def _quarters_of_a_year(text: str, dates: list[DateFact]) -> None:
    """"the last three months of 2004", "the first three months of 2005": the quarter of the year named after it
    (2004-Q4, 2005-Q1), not a bare duration of three months."""
    for span, year in zip(dates, dates[1:]):
        which = QUARTER_OF_A_YEAR.fullmatch(text[span.start:span.end])
        if which and text[span.end:year.start] == " of " and year.value and re.fullmatch(r"\d{4}", year.value):
            span.value = span.timex_value = f"{year.value}-Q{1 if which.group(1).lower() == 'first' else 4}"
            span.granularity, span.timex_type = "quarter", "DATE"


WEEK_OF = re.compile(r"(?:the )?(?:(?:first|last|final|second|third) )?week(end)?", re.IGNORECASE)


def _week_of_what_follows(doc: Doc, span: Span, ordered: list[Span], k: int) -> bool:
    """"the weekend of 9 and 10 July": a week written before "of" and the date it holds, which that date places
    (see :func:`_weeks_of_their_days`), so no date to resolve the next one from."""
    return bool(WEEK_OF.fullmatch(span.text)) and span.end < len(doc) and doc[span.end].lower_ == "of" \
        and k + 1 < len(ordered) and ordered[k + 1].start == span.end + 1


def _weeks_of_their_days(text: str, dates: list[DateFact]) -> None:
    """"held over the weekend of 9 and 10 July", "played on the weekend of 12-13 March": a week or a weekend written
    before "of" and a day is the ISO week holding that day (its weekend, "2005-W27-WE"), not the week nearest the
    publication date. Written by hand: dateparser reads "the weekend" alone."""
    for week, day in zip(dates, dates[1:]):
        weekend = WEEK_OF.fullmatch(text[week.start:week.end])
        if weekend is None or text[week.end:day.start] != " of " or day.granularity != "day" or not day.value \
                or len(day.value) != 10:
            continue
        year, number, _ = dt.date.fromisoformat(day.value).isocalendar()
        week.value = f"{year}-W{number:02d}"
        week.granularity, week.timex_type, week.confidence = "week", "DATE", 0.9
        week.timex_value = f"{week.value}-WE" if weekend.group(1) else week.value


DAY_RANGE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until)\s*(\d{1,2})(?:st|nd|rd|th)?\b")
BARE_WEEKDAY = re.compile(r"(?:the )?(" + "|".join(WEEKDAYS) + ")")


def _weekdays_in_a_stated_range(text: str, dates: list[DateFact]) -> None:
    """"the festivals, to be held on 26-28 August ... will headline on the Friday, Pixies follow on Saturday": a
    bare weekday after a stated range of days, with no other day named between, is the day of that range that
    falls on it (the 26th, the 27th), not the one near the publication date. Written by hand: dateparser reads one
    expression at a time, and HeidelTime's news mode places every weekday from the publication date."""
    frame = None
    for fact in dates:
        written = text[fact.start:fact.end]
        weekday = BARE_WEEKDAY.fullmatch(written.lower())
        if weekday and frame is not None:
            day = next((d for d in frame if d.weekday() == WEEKDAYS[weekday.group(1)]), None)
            if day is not None:
                fact.value = fact.timex_value = day.isoformat()
            continue
        if fact.granularity != "day" or not fact.value or len(fact.value) != 10:
            continue
        bounds, frame = DAY_RANGE.search(written), None
        if bounds and 0 < int(bounds.group(2)) - int(bounds.group(1)) < 7:
            first = dt.date.fromisoformat(fact.value)
            if first.day == int(bounds.group(1)):
                frame = [first + dt.timedelta(days=n) for n in range(int(bounds.group(2)) - first.day + 1)]


def _weekdays_in_a_stated_week(doc: Doc, dates: list[DateFact]) -> None:
    """"misses out on international duty this week, with Australia facing South Africa on Wednesday": a bare
    weekday after "this week" or "next week" (resolved to one ISO week) in its sentence is that week's day,
    whatever the tense of the verb nearest it says."""
    text = doc.text  # (built on each access: read once)
    weeks = [(f, re.fullmatch(r"(\d{4})-W(\d{2})", f.value or "")) for f in dates if f.granularity == "week"
             and re.search(r"\b(?:this|next)\b", text[f.start:f.end].lower())]  # (not "last week ... on
    # Monday", which may be this week's Monday)
    weeks = [(f, m) for f, m in weeks if m]
    for fact in dates:
        weekday = BARE_WEEKDAY.fullmatch(text[fact.start:fact.end].lower())
        span = doc.char_span(fact.start, fact.end, alignment_mode="expand") if weekday else None
        week = next((m for f, m in weeks if span.sent.start_char <= f.start < fact.start), None) \
            if span is not None else None  # (the week written first: not "It will start on Saturday and is
        # expected to finish early next week")
        if week is not None:
            day = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), WEEKDAYS[weekday.group(1)] + 1)
            fact.value = fact.timex_value = day.isoformat()


def _weekdays_joined(text: str, dates: list[DateFact]) -> None:
    """"at Musselburgh on Tuesday and Wednesday", "talks on Monday or Tuesday", "statements made Friday and
    Thursday": a weekday joined to the one before it is that day of the same stretch, the one nearest it (read
    apart they may fall in different weeks: Tuesday the publication day, Wednesday the week before). Written by
    hand: dateparser reads one expression at a time."""
    for first, second in zip(dates, dates[1:]):
        day_one = BARE_WEEKDAY.fullmatch(text[first.start:first.end].lower())
        day_two = BARE_WEEKDAY.fullmatch(text[second.start:second.end].lower())
        if not (day_one and day_two and first.value and len(first.value) == 10
                and text[first.end:second.start].strip().lower() in WEEKDAY_JOINERS):
            continue
        start = dt.date.fromisoformat(first.value)
        day = next(start + dt.timedelta(days=n) for n in range(-3, 4)
                   if (start + dt.timedelta(days=n)).weekday() == WEEKDAYS[day_two.group(1)])
        second.value = second.timex_value = day.isoformat()


#: An ISO 8601 duration's parts, largest first: years, months, days; hours, minutes, seconds (weeks stay alone).
DURATION_PARTS = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
DURATION_LETTERS = ("Y", "M", "D", "H", "M", "S")


def compound_durations(text: str, facts: list[DateFact]) -> list[DateFact]:
    """"two hours and 40 minutes", "two years and six months", "three hours, 20 minutes": a length of time written
    in two parts, the larger first, joined by "and" or a comma, is one duration (PT2H40M, P2Y6M), as TimeML writes
    "a minute and a half"."""
    def join(first: DateFact, second: DateFact) -> bool:
        joined = _joined_duration(first.value, second.value)
        if joined is not None:
            first.end, first.value = second.end, joined
            first.timex_value = joined if first.timex_value is not None else None
        return joined is not None

    return join_written_pairs(text, facts, join)


def join_written_pairs(text: str, facts: list, join) -> list:
    """The facts (anything with ``start`` and ``end``, in text order) with each one written right after the one before,
    "and" or a comma between, folded into it where ``join(before, after)`` says so (and does it); the dates stage's
    compound durations and the numeric stage's compound lengths of time."""
    out = []
    for fact in facts:
        if out and text[out[-1].end:fact.start] in {" and ", ", "} and join(out[-1], fact):
            continue
        out.append(fact)
    return out


def _joined_duration(first: str | None, second: str | None) -> str | None:
    """The ISO duration of two written one after the other, the second's parts all smaller than the first's."""
    a = DURATION_PARTS.fullmatch(first or "")
    b = DURATION_PARTS.fullmatch(second or "")
    if a is None or b is None or not any(a.groups()) or not any(b.groups()):
        return None
    a_parts = [i for i, v in enumerate(a.groups()) if v]
    b_parts = [i for i, v in enumerate(b.groups()) if v]
    if max(a_parts) >= min(b_parts):
        return None
    parts = [a.group(i + 1) or b.group(i + 1) for i in range(6)]
    date = "".join(f"{v}{letter}" for v, letter in zip(parts[:3], DURATION_LETTERS[:3]) if v)
    time = "".join(f"{v}{letter}" for v, letter in zip(parts[3:], DURATION_LETTERS[3:]) if v)
    return f"P{date}" + (f"T{time}" if time else "")


def _famous_days(text: str, dates: list[DateFact]) -> None:
    """"the 11 September terror attacks": a day of history, named with its words (dates.json famous_days), is that
    day, whatever the publication date."""
    famous = _span_rules()["famous_days"]
    for fact in dates:
        day = famous.get(text[fact.start:fact.end].lower())
        after = " ".join(re.findall(r"[a-z]+", text[fact.end:fact.end + 40].lower())[:2])
        if day is not None and any(after == word or after.startswith(word + " ") for word in day["followed_by"]):
            fact.value = fact.timex_value = day["value"]


#: What joins two weekdays of one stretch of days ("Tuesday and Wednesday", "Saturday or Sunday").
WEEKDAY_JOINERS = frozenset({"and", "or", ",", "-", "to", "and on", "or on"})


def _times_on_their_day(text: str, dates: list[DateFact]) -> None:
    """"kicks off at 1400 GMT on Saturday": a clock time right before "on" and a day is that day's time, not the
    publication day's (the two stay two expressions, as TimeML marks them)."""
    for time, day in zip(dates, dates[1:]):
        if time.granularity == "time" and time.value and "T" in time.value and day.granularity == "day" \
                and day.value and len(day.value) == 10 and text[time.end:day.start].strip().lower() == "on":
            time.value = day.value + time.value[10:]
            if time.timex_value and "T" in time.timex_value:
                time.timex_value = day.value + time.timex_value[time.timex_value.index("T"):]


def _dates_in_their_year(text: str, dates: list[DateFact]) -> None:
    """"in 2001 when the 11 September attacks pushed claims up": a day or a month with no year of its own, a few words
    after a year the same clause names, is in that year, not the one the publication date suggests."""
    for year, date in zip(dates, dates[1:]):
        between = text[year.end:date.start]
        if year.granularity == "year" and year.value and re.fullmatch(r"\d{4}", year.value) \
                and date.granularity in {"day", "month"} and date.value and date.value[:4] != year.value \
                and not re.search(r"\d{4}", text[date.start:date.end]) and len(between) <= 30 \
                and re.search(r"\b(?:when|after|before|in|on)\b", between) and not re.search(r"[.;:!?\n]", between) \
                and not re.search(r"\b(?:and|but|while|since|that|until)\b", between):  # (not "launched in 2003 and
            # that as of February ...": another clause)
            date.value = year.value + date.value[4:]
            if date.timex_value and re.match(r"\d{4}-", date.timex_value):
                date.timex_value = year.value + date.timex_value[4:]


#: Any day of a leap year: it places a day and month written without a year ("7 March") to read its month and day.
_LEAP_DAY = dt.date(2004, 7, 1)


def _days_written_in_full_before(text: str, dates: list[DateFact]) -> None:
    """"warned Tony Blair on 7 March 2003 ... his original advice of 7 March": a day and month written without a
    year, that the article wrote earlier with its year, is that day, not the one the publication date suggests."""
    years: dict[str, str] = {}
    for date in dates:
        written = text[date.start:date.end]
        if date.granularity != "day":
            continue
        if re.search(r"\b\d{4}\b", written):
            if date.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date.value):
                years.setdefault(date.value[5:], date.value[:4])
            continue
        words = re.findall(r"[a-z]+", written.lower())
        if not any(word in MONTHS for word in words) or any(word in WEEKDAYS for word in words):
            continue  # ("Monday", "yesterday": no day of a month written)
        month_day = normalize(written, _LEAP_DAY, "past", None, None).value
        if month_day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", month_day) and month_day[5:] in years:
            date.value = f"{years[month_day[5:]]}-{month_day[5:]}"
            date.timex_value = date.value


def _clock_read_as_year(span: Span) -> bool:
    """"At 1405 GMT": a clock time in 24-hour form the model reads as the year 1405 (clock_spans reads it whole)."""
    return len(span) == 1 and bool(CLOCK_24H.fullmatch(span.text)) and span.end < len(span.doc) \
        and span.doc[span.end].text in TIME_ZONES


#: A part of a decade or a year written as one word, which the models may read as a number ("the mid-1990s",
#: "the late-80s", "mid-2004").
DECADE_PART = re.compile(r"(?:early|mid|late)-(?:\d{4}s?|'?\d0s)", re.IGNORECASE)


def _decade_parts(doc: Doc, spans: list[Span]) -> list[Span]:
    """"In the mid-1990s": one token the models read as a number or as nothing, a date."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    return [Span(doc, t.i, t.i + 1, label="DATE") for t in doc if t.i not in taken and DECADE_PART.fullmatch(t.text)]


def _a_publication(span: Span, rules: dict) -> bool:
    """"the trade weekly", "The weekly also said", "a daily": a frequency word (dates.json "frequencies") a
    determiner makes a noun, with no noun, adjective or number after it, is a newspaper or a magazine, no time (not "a
    daily rally", "a daily public briefing", "set weekly")."""
    doc, last = span.doc, span[-1]
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if last.lower_ not in rules["frequencies"] or following is not None and (
            following.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or following.text == ","):
        return False  # "a daily Amsterdam newspaper", "a daily, 40 minute podcast"
    start = last.i  # back over the lower-case nouns describing it ("the trade weekly") to its determiner
    while start > 0 and doc[start - 1].pos_ in {"NOUN", "ADJ"} and doc[start - 1].is_lower:
        start -= 1
    # (words before it only when the tagger reads it as a noun: "at the shelter daily" is an adverb)
    return start > 0 and doc[start - 1].lower_ in {"the", "a", "an", "this", "that"} and (
        start == last.i or last.pos_ in {"NOUN", "PROPN"})


def _any_such_weekday(span: Span) -> bool:
    """"most violence happens on a Friday": a weekday after "a" or "any" is any one of its kind, no day (not one
    describing the noun after it: "In a Wednesday media event, Apple released ...", that week's)."""
    doc = span.doc
    return span[0].lower_ in WEEKDAYS and span.start > 0 and doc[span.start - 1].lower_ in {"a", "any"} \
        and not (span.end < len(doc) and doc[span.end].pos_ == "NOUN" and doc[span.end].is_lower)


#: A half of a match or of some period, named by its order: "the second half", "first-half".
MATCH_HALF = re.compile(r"(?:the )?(?:first|second)[ -]half|(?:the )?(?:first|second|third|fourth|final|last|opening|"
                        r"closing)[ -]quarter")


#: Verbs of wishing whose to-clause with "one day" looks to some day to come ("hopes to play for England one day").
WISHING_VERBS = frozenset({"hope", "want", "wish", "dream", "like", "love", "aim", "plan", "intend", "expect"})


def someday(number: Token) -> bool:
    """"He can go abroad one day", "I hope to play for England one day", "He hopes one day to win it", "to one day
    be captain": "one day" meaning some day to come, no duration and no date (an adverb of a verb with a modal, of
    the to-clause of a verb of wishing or of that verb before its to-clause, or splitting an infinitive); not "for
    one day", "one day later", "will take one day"."""
    doc = number.doc
    if number.lower_ == "one" and 0 < number.i and number.i + 2 < len(doc) and doc[number.i - 1].lower_ == "to" \
            and doc[number.i + 1].lower_ == "day" and doc[number.i + 2].tag_ == "VB":
        return True  # "the ambition of players to one day be captain": an infinitive split by it
    if number.lower_ != "one" or number.i + 1 >= len(doc) or doc[number.i + 1].lower_ != "day" \
            or number.i > 0 and doc[number.i - 1].pos_ == "ADP" \
            or number.i + 2 < len(doc) and doc[number.i + 2].lower_ in {"'s", "’s", "later", "earlier", "after",
                                                                        "before", "of", "a", "per"}:
        return False
    day = doc[number.i + 1]
    verb = day.head if day.dep_ == "npadvmod" else None  # (not "will take one day": its object, a duration)
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    aux = [c for c in verb.children if c.dep_ == "aux"]
    wished = verb.lemma_.lower() in WISHING_VERBS and any(  # "He hopes one day to win it": on the verb of wishing,
        c.dep_ == "xcomp" and c.i > day.i and any(a.lower_ == "to" for a in c.children) for c in verb.children)
    return wished or any(a.tag_ == "MD" for a in aux) or any(a.lower_ == "to" for a in aux) \
        and verb.head.lemma_.lower() in WISHING_VERBS


def not_a_date(span: Span) -> bool:
    """An age ("a 6-year-old", "52 years old", "14-16 year olds", "in his 30s"), a frequency adjective on a noun
    ("annual sales"), a bare plural period ("for years"), an award's period ("song of the year"), a comparison ("year
    on year"), a share ("a quarter of voters"), a holiday naming a kind of thing ("a Christmas card") or a way of saying
    never or not at all ("not in a million years", "I don't suggest for one minute")."""
    rules = _span_rules()
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    unit = span[-1].lower_ if span[-1].lower_ in PERIOD_UNITS else None
    if span[-1].lower_ in rules["age_last_words"] or unit and after in rules["age_last_words"]:
        return True  # "52 years old", "14-16 year olds" (the models leave "olds" out)
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if unit and (after == "on" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == unit
                 or len(span) == 1 and before == "on" and span.start > 1 and doc[span.start - 2].lower_ == unit):
        return True  # "a year on year comparison", "sales rose month on month": a comparison, no time
    words = [t.lower_ for t in span]
    if words == ["one", "day"] and someday(span[0]):
        return True  # "He can go abroad one day": some day to come
    if words in (["the", "future"], ["the", "past"]) and after == "of":
        return True  # "to ensure the future of the plant": a thing's fate or history, no time
    if words in (["day"], ["day", "to", "day"]) and (
            len(words) == 3 or after == "to" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "day"
            or before == "to" and span.start > 1 and doc[span.start - 2].lower_ == "day"):
        return True  # "the day to day running of the firm", "from day to day": everyday, no day
    if re.fullmatch(r"(?:an? )?off[- ]?days?", span.text.lower()):
        return True  # "it was an off-day for the side": a bad day, no time
    if re.fullmatch(r"(?:a|one) (?:million|thousand|hundred) years", span.text.lower()) and before == "in" \
            and any(t.lower_ in {"never", "not", "n't", "no"} for t in span.sent):
        return True  # "Never in a million years did I think this would happen": never, no length of time
    if re.fullmatch(r"(?:a|one) (?:minute|moment|second)", span.text.lower()) and before == "for" \
            and any(t.lower_ in {"never", "not", "n't", "no"} for t in span.sent):
        return True  # "I don't suggest for one minute that ...": not at all, no length of time
    if words[:1] in (["a"], ["one"]) and len(words) > 1 and words[1] in word_list("quantities.json", "fractions") and (
            len(words) == 2 and after == "of" and span.end + 1 < len(doc) and doc[span.end + 1].lower_
            not in PERIOD_UNITS | {"a", "an", "the", "this", "that", "last", "next"}
            or len(words) > 2 and words[2] in {"a", "an", "per", "each"}):
        return True  # "a quarter of 14-16 year olds", "rose by a fifth a year": a share
    if unit == "quarter" and (any(t.lower_ in rules["place_quarters"] for t in span) or _of_what(span) is False):
        return True  # "drawn in the bottom quarter", "in the same quarter of the draw": a part of a draw, no time
    if unit == "quarter" and after == "-" and span.end + 1 < len(doc) \
            and doc[span.end + 1].lower_ in rules["round_nouns"]:
        return True  # "reached the quarter-final": a round of a competition, no time
    if MATCH_HALF.fullmatch(span.text.lower()) and after != "of" \
            and about_sport(doc, word_list("relation_verbs.json", "team_words")):
        return True  # "midway through the second half", "a second-half display", "scored twice in the final
        # quarter": a half or a quarter of a match, no time
    if AGE_DECADE.fullmatch(span.text.lower()) and before in rules["possessives"]:
        return True
    if len(span) == 1 and span[0].lower_ in rules["bare_periods"]:
        return True
    if _a_publication(span, rules):
        return True
    if len(span) == 1 and span[0].lower_ in SEASONS and span[0].head.i > span.start \
            and span[0].head.pos_ == "NOUN" and span[0].dep_ in {"compound", "amod", "nmod"} \
            and before not in rules["determiners"] | rules["possessives"] | {"in", "during", "over", "by", "until"}:
        return True  # "pantos and summer shows", "winter sports": a kind of thing, not a time
    if span.text.lower() in rules["award_periods"] and before == "of" and span.start > 1 \
            and span.doc[span.start - 2].lower_ in rules["award_nouns"]:
        return True  # "song of the year", "player of the month": an award's name
    day = span[0].i
    if span[0].lower_ in rules["days"] and day + 2 < len(doc) and doc[day + 1].lower_ in rules["parts_of_day"] \
            and doc[day + 1].is_title and doc[day + 2].is_title and not doc[day + 2].is_sent_start:
        return True  # "Saturday Night Takeaway", "Monday Night Football": a programme's title
    if span[0].lower_ in rules["days"] and after not in POSSESSIVE_ENDINGS and span.root.dep_ != "poss" and (
            after in rules["slot_nouns"] or _modifies(span.root, rules["slot_nouns"])):
        return True  # "ITV1's Saturday morning children's show", "the Sunday night news": a weekly slot, no day (not
        # "Saturday's show", that day's)
    if _judged_period(span, rules["period_measure_adjectives"]):
        return True  # "a good year", "a much better year"
    if span.text.lower() in holidays() and span.root.dep_ in {"compound", "nmod", "amod"} and (
            after in rules["holiday_things"] or _hyphenated_after(span) in rules["holiday_things"]):
        return True  # "an electronic Christmas card", "the Christmas greeting", "Christmas e-mail": a kind of thing
    if _today_as_nowadays(span):
        return True  # "the kids of today", "today's film-makers": these days, not the day of publication
    if span.text == "Today" and span.start > 0 and not span[0].is_sent_start and (
            doc[span.start - 1].is_alpha or doc[span.start - 1].lower_ in POSSESSIVE_ENDINGS):
        return True  # "told Radio 4's Today programme", "speaking on Today": a programme's name, written capitalised
    return len(span) == 1 and span[0].lower_ in rules["frequency_adjectives"] and span[0].dep_ == "amod"


POSSESSIVE_ENDINGS = frozenset({"'s", "’s"})


def _hyphenated_after(span: Span) -> str | None:
    """The hyphenated word right after the span, which the tokenizer splits ("e-mail" of "Christmas e-mail")."""
    doc, end = span.doc, span.end
    if end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        return f"{doc[end].lower_}-{doc[end + 2].lower_}"
    return None


def _today_as_nowadays(span: Span) -> bool:
    """"the kids of today", "the web of today" (not "as of today"), "today's film-makers", "today's consumer devices"
    (a plural the possessive names, not "today's ruling", nor one of dates.json "day_plurals": "today's talks"):
    "today" meaning these days, which TimeBank leaves out
    ("today's youth") and a reader does not take for the day of publication."""
    if len(span) != 1 or span[0].lower_ != "today":
        return False
    doc, i = span.doc, span.start
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].pos_ == "NOUN" \
            and (i + 1 >= len(doc) or doc[i + 1].tag_ != "POS"):
        return True
    possessed = span[0].head if i + 1 < len(doc) and doc[i + 1].tag_ == "POS" and span[0].dep_ == "poss" else None
    return possessed is not None and possessed.tag_ == "NNS" and possessed.lower_ not in _span_rules()["day_plurals"]


def _a_kind_of_thing(span: Span) -> bool:
    """"their daily lives", "a weekly magazine": a frequency (dates.json "frequencies") before one of its
    "frequency_things" names a kind of thing, no recurrence (not "a daily rally"); TimeML marks it all the same
    (configs/timeml.cfg)."""
    rules, doc = _span_rules(), span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return len(span) == 1 and span[0].lower_ in rules["frequencies"] and after in rules["frequency_things"]


def _of_what(span: Span) -> bool | None:
    """Whether the "of" phrase right after a period names a time ("the first quarter of 2004", "of the year", "of
    fiscal 1990"): None when no "of" phrase follows."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return None
    objects = [child for child in doc[span.end].children if child.dep_ == "pobj"]
    if not objects:
        return None
    return objects[0].like_num or objects[0].lower_ in PERIOD_UNITS | {"century"} or looks_temporal([objects[0].text])


def _modifies(token: Token, nouns: set[str]) -> bool:
    """Whether the token describes, through the modifiers of one noun phrase, a noun among ``nouns`` after it."""
    while token.dep_ in {"compound", "nmod", "amod", "poss"} and token.head.i > token.i:
        token = token.head
        if token.lower_ in nouns:
            return True
    return False


def _judged_period(span: Span, measures: set[str]) -> bool:
    """"a good year", "a much better year", "a record month": one period and adjectives that judge it, nothing that
    counts, measures or places it (``measures``: "a full year", "a calendar year")."""
    words = list(span)
    if len(words) < 3 or words[0].lower_ not in {"a", "an"} or words[-1].lower_ not in PERIOD_UNITS:
        return False
    between = words[1:-1]
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return any(t.tag_ in {"JJ", "JJR", "JJS"} or t.lower_ == "record" for t in between) and all(
        t.tag_ in {"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "NN"} and not t.like_num and t.lower_ not in measures
        for t in between) and after not in {"ago", "earlier", "later", "before", "after", "on", "from"}


def timex_spans(ent: Span, timeml: bool = False) -> list[Span]:
    """The expression's TIMEX3 extent: its determiner ("the third quarter", "a year ago") without a
    leading focusing adverb ("just last week"), and a period named with its end split in two
    ("the quarter ended Sept. 30": "the quarter", "Sept. 30"), as is a length of time before a date ("two years last
    September": "two years", "last September"), a counted part of a year ("the first
    nine months of 1997": "the first nine months", "1997") and a range with a temporal word at
    both ends ("Aug. 26 to Oct. 20"); "early" before it and a part of the day after a day belong to it
    ("early March", "Friday night"), as do "each" or "every" before a weekday or month ("each Thursday") and a
    period noun it modifies ("the 1988 period", "a three-year period"); a possessive before it does not ("its
    fourth quarter": "fourth quarter"), nor does "the" before a plural unit alone ("the weeks before the vote":
    "weeks"); a list of years or of days of one month is one expression each ("1994, 1995 and 1997"). Under
    TimeML's conventions (``timeml``), "earlier" or "later" before a day or "this week" is left out ("Earlier
    Friday": "Friday"); the project's gold keeps it. The rules are ``data/dates.json``."""
    rules, doc = _span_rules(), ent.doc
    start, end = ent.start, ent.end
    if start > 0 and doc[start - 1].lower_ in rules["leading_modifiers"] and doc[start - 1].ent_type_ == "":
        start -= 1
    if end < len(doc) and doc[end].lower_ in rules["parts_of_day"] and doc[end - 1].lower_ in rules["days"] and (
            doc[end].ent_type_ in {"", *TEMPORAL_LABELS}):
        end += 1
    if end < len(doc) and doc[end].lower_ in rules["period_nouns"] and ent.root.head.i == end:
        end += 1  # "the 1988 period", "a three-year period", "a one-year term"
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "long" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_:
        end += 2  # "a decade-long battle": the period's length, "-long" and all
    if end - start > 1 and doc[end - 1].lower_ in rules["trailing_adverbs"] and doc[end - 2].lower_.rstrip("s") in (
            PERIOD_UNITS):
        end -= 1
    if end - start > 2 and doc[start].like_num and doc[start + 1].lower_ in {"this", "last", "next"}:
        start += 1  # "at number five this week", "number one last week": a rank, then the time
    for adverb in rules["leading_adverbs"]:
        words = [t.lower_ for t in doc[start:start + len(adverb)]]
        if words == adverb and end - start > len(adverb):
            start += len(adverb)
            break
    if timeml and doc[start].lower_ in rules["relative_adverbs"] and any(  # "Earlier Friday", "later today"
            [t.lower_ for t in doc[start + 1:min(end, start + 1 + len(words))]] == words
            for words in rules["relative_adverbs_before"]):
        start += 1
    if end - start > 2 and doc[start].lower_ in rules["possessives"]:  # "its fourth quarter"
        start += 1
    if end - start > 2 and doc[start].pos_ == "NOUN" and doc[start + 1].like_num \
            and not looks_temporal([doc[start].text]):
        start += 1  # "that quarter-final tie five years ago" read from "tie": the noun the date is of, no part of it
    if end - start == 1 and start > 0 and doc[start - 1].lower_ in rules["recurring"] and (
            doc[start].lower_ in WEEKDAYS or doc[start].lower_.rstrip(".") in MONTHS):  # "each Thursday"
        start -= 1
    while end - start > 1 and (doc[end - 1].lower_ in rules["range_connectors"] or doc[end - 1].text in {",", "or"}):
        end -= 1  # "in 1994, 1995 and": the model's span stops at the connector
    while end - start > 1 and _a_name_after_a_date(doc[end - 1]):
        end -= 1  # "on 10 January Cellnet (now O2) launched": the subject after the date is no part of it
    end = end_before_a_count(doc, start, end)
    pieces, first = [], start
    for token in doc[start + 1:end - 1]:
        if token.lower_ in {"last", "next", "this"} and token.i > first + 1 and doc[token.i - 1].lower_.rstrip(
                "s") in PERIOD_UNITS and (doc[first].like_num or doc[first].lower_ in {"a", "an"}):
            pieces.append((first, token.i))  # "in two years last September": a length of time, then a date
            first = token.i
            continue
        if token.lower_ == "of" and COUNTED_PERIOD.fullmatch(doc[first:token.i].text.lower()) and (
                A_YEAR.fullmatch(doc[token.i + 1:end].text.lower())) or token.lower_ == "from" and (
                A_SPAN_OF_TIME.fullmatch(doc[first:token.i].text.lower())
                and re.fullmatch(r"\d{4}", doc[token.i + 1].text)) or token.lower_ in rules["period_end_verbs"] or (
                token.lower_ in rules["range_connectors"] | rules["separating_words"]
                and (looks_temporal([t.text for t in doc[first:token.i]])
                     or _a_day_before_its_month(doc[first:token.i + 2]))
                and looks_temporal([t.text for t in doc[token.i + 1:end]])) or _in_a_list(doc[first:end], token):
            pieces.append((first, token.i))
            first = token.i + 1
    pieces.append((first, end))
    spans = []
    for begin, stop in pieces:
        if stop - begin == 2 and doc[begin].lower_ == "the" and doc[stop - 1].lower_ in rules["uncounted_units"]:
            begin += 1  # "the weeks before the vote": "weeks"; "these days" stays
        before = doc[begin - 1] if begin > 0 else None
        if (before is not None and before.lower_ in rules["determiners"] and (
                stop - begin > 1 or before.lower_ != "the" or doc[begin].lower_ not in rules["uncounted_units"])
                and doc[begin].lower_ not in rules["determiners"] and doc[begin].tag_ != "PRP$"
                and begin <= before.head.i < stop and not _modifies_a_noun_after(doc[begin:stop])):
            begin -= 1
        spans.append(Span(doc, begin, stop, label=ent.label_))
    return spans


def _a_name_after_a_date(token: Token) -> bool:
    """A capitalised name with nothing of time in it right after a month or a year ("10 January Cellnet", "in 2004
    Microsoft"; not "1700 GMT", a clock time's zone, nor "Christmas")."""
    before = token.doc[token.i - 1]
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not looks_temporal([token.text]) and (
        before.lower_.rstrip(".") in MONTHS or bool(re.fullmatch(r"(?:1[0-9]|20)\d\d", before.text)))


def _a_day_before_its_month(words: Span) -> bool:
    """"6 to 9 January": a day of the month written alone, then a range's connector and another day (the month and
    year the range's end gives it: ``_days_listed_before_their_month``)."""
    doc = words.doc
    return len(words) == 3 and DAY_NUMBER.fullmatch(words[0].text) is not None \
        and DAY_NUMBER.fullmatch(words[2].text) is not None and words.end < len(doc) \
        and doc[words.end].lower_.rstrip(".") in MONTHS  # (not "between 22 and 24 weeks", "aged 18 to 21")


def end_before_a_count(doc: Doc, start: int, end: int) -> int:
    """Where a date the model ran on into the number after a weekday, or after a spaced dash, ends: "Earlier on
    Friday 15 protesters were held", "on Friday - 67% of people voted", "in three days - eight times more" (the
    number counts what follows it); ``end`` otherwise ("Friday 15 April", "Friday 15th")."""
    day = next((t.i for t in doc[start:end] if t.lower_ in _span_rules()["days"]), None)
    if day is not None and day + 1 < end < len(doc) and doc[end - 1].is_digit \
            and all(t.is_digit or t.is_punct for t in doc[day + 1:end]) \
            and (doc[end].pos_ == "NOUN" or doc[end].text in {"%", "per"}):
        return day + 1
    dash = next((t.i for t in doc[start + 1:end - 1] if t.text in {"-", "–", "—"} and t.whitespace_), None)
    if dash is not None and end < len(doc) and all(t.like_num for t in doc[dash + 1:end]) \
            and (doc[end].pos_ == "NOUN" or doc[end].text in {"%", "per"}):
        return dash  # "£7.2m in three days - eight times more": the date ends at a dash setting off a count
    return end


def _in_a_list(span: Span, token) -> bool:
    """Whether ``token`` separates two dates of a list: a comma between years ("1994, 1995"), "and" / "or"
    before a day of the month just named ("April 24 and 25"), or a joiner between days listed before their month
    ("14, 20 and 27 April")."""
    doc = span.doc
    if 0 < token.i < span.end - 1 and token.lower_ in LISTED_DAY_JOINERS and all(
            t.lower_ in LISTED_DAY_JOINERS or DAY_NUMBER.fullmatch(t.text) for t in doc[span.start:token.i + 2]) \
            and any(t.lower_.rstrip(".") in MONTHS for t in doc[token.i + 2:span.end]):
        return True  # "14, 20 and 27 April": days listed before the one that names their month
    if token.text == "," and 0 < token.i and token.i + 1 < len(doc):
        return bool(YEAR.fullmatch(doc[token.i - 1].text) and YEAR.fullmatch(doc[token.i + 1].text))
    return token.lower_ in {"and", "or"} and token.i - span.start >= 2 and bool(
        DAY_OF_MONTH.fullmatch(doc[token.i + 1:span.end].text) and DAY_OF_MONTH.fullmatch(doc[token.i - 1].text)
        and doc[token.i - 2].lower_.rstrip(".") in MONTHS)


def _unplaced_period(span: Span) -> bool:
    """A lone day or year with only a determiner or possessive ("the day", "his year"): no TIMEX3 when
    the stage cannot place it (``unplaced_periods`` in ``data/dates.json``)."""
    rules, words = _span_rules(), [t.lower_ for t in span]
    return len(words) == 2 and words[1] in rules["unplaced_periods"] and (
            words[0] in rules["determiners"] or words[0] in rules["possessives"] or words[0] == "all")


def _modifies_a_noun_after(span: Span) -> bool:
    """Whether the expression only modifies a noun after it ("the Oct. 23 slaying", "the 1987 crash"): the
    determiner is that noun's, not the date's."""
    root = span.root
    return root.dep_ in {"compound", "nmod", "amod", "nummod"} and root.head.i >= span.end and root.head.pos_ in {
        "NOUN", "PROPN"}


def _verb_index(ent) -> int | None:
    verb = governing_verb(ent.root)
    return verb.i if verb is not None else None


#: The words before an amount that make it the earlier side of a comparison: "down from 47.1%", "against 6.3bn
#: kronor", "compared with a loss of 10.8bn kronor" (at most three words between, none a number).
COMPARED_AMOUNT = re.compile(r"\b(?:from|against|compared (?:with|to)|versus)(?:\s+[^\s\d]+){0,3}\s*$", re.IGNORECASE)
OWN_DATE_GAP = re.compile(r"\s+(?:(?:in|on|during|at|by)\s+)?")  # between an amount and the date that is its own


def _date_written_after(text: str, quantity: Quantity, dates: list[DateFact]) -> DateFact | None:
    """The date right after an amount, at most "in", "on", "during", "at" or "by" between (OWN_DATE_GAP); not a year
    after "on", the one compared with ("up 2.6% on 2003")."""
    for date in dates:
        if not 0 <= date.start - quantity.end <= 12:
            continue
        gap = text[quantity.end:date.start]
        if OWN_DATE_GAP.fullmatch(gap) and not (gap.strip() == "on" and date.granularity not in {"day", "time"}):
            return date
    return None


def _attach_to_events(doc: Doc, facts) -> None:
    """Point relations and quantities at the date of their event ("visited Ecuador in September"). Only a date or
    time places an event: a duration ("for three months") or a recurrence ("each year") says how long or how often,
    not when."""
    text = doc.text  # computed by spaCy on each access: read it once
    placing = [d for d in facts.dates if d.value is not None and d.timex_type in {"DATE", "TIME"}]
    placing = [d for d in placing if not _listed_with_another(text, d, placing)]
    earlier_sides = set()  # dates of the amounts compared with, which date no other amount of their verb
    for quantity in facts.quantities:
        if quantity.when is None and quantity.unit not in LENGTHS_OF_TIME:
            quantity.when = _date_written_after(text, quantity, placing)  # "net profit rose to 2.2bn rupees, from
            # 1.41bn rupees a year earlier": the date written right after the amount is its own, not the verb's
            if quantity.when is not None and COMPARED_AMOUNT.search(text[:quantity.start]):
                earlier_sides.add(id(quantity.when))  # "Sales climbed to 131.9bn kronor from 117.7bn kronor in
                # 2003": 2003 is the earlier figure's year, not the climb's
    by_verb = {}
    for date in placing:
        if date.verb_index is not None and not _compared_with(text[:date.start]) and id(date) not in earlier_sides:
            by_verb.setdefault(date.verb_index, date)
    for fact in [*facts.relations, *facts.quantities]:
        if fact.when is not None:
            continue
        anchor = fact.event_index
        if anchor is None and isinstance(fact, Quantity) and fact.unit not in LENGTHS_OF_TIME:
            # "was worth just $20 million in 2004": a state's number, its clause's date (not a length of time, said
            # from another date: "16 years after he was shot in 1989")
            number = doc.char_span(fact.start, fact.end, alignment_mode="expand")
            verb = governing_verb(number.root) if number is not None else None
            anchor = verb.i if verb is not None and verb.i in by_verb else None
        if anchor is None:
            continue
        # The event's own date, else the date of the clause it hangs from ("In January,
        # forces executed a raid to capture Maduro": the capture is dated January).
        node = doc[anchor]
        for _ in range(4):
            if node.i in by_verb:
                fact.when = by_verb[node.i]
                break
            if node.head == node:
                break
            node = node.head


#: What joins dates listed together or a range: "in 2001, 2002 and 2003", "between 2001 and 2003", "2001 to 2003".
LISTED_DATES_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|\s+to|\s*[-–])\s*")


def _listed_with_another(text: str, date: DateFact, dates: list[DateFact]) -> bool:
    """Whether the date is one of several listed together or an end of a range ("£68m in donations in 2001, 2002
    and 2003", "between 2001 and 2003", "nominated in 1976 and 1981"): it places no single event, so none takes it
    as its date."""
    return any(other is not date and (LISTED_DATES_GAP.fullmatch(text[date.end:other.start])
                                      or LISTED_DATES_GAP.fullmatch(text[other.end:date.start]))
               for other in dates if other.granularity == date.granularity)


def _compared_with(before: str) -> bool:
    """A date after "than" or "instead of" ("recruited now rather than next year", "more than last year") is
    the other side of a comparison, not when the event happened."""
    return bool(re.search(r"\b(?:than|instead of)$", before.rstrip().lower()))


def _quarter_ending(doc: Doc, month: Span, result: Normalized) -> str | None:
    """The quarter "the three months to December" (or "ended", "ending", "through" a month or its last day) names,
    as earnings news writes a quarter: the later "year-earlier" and "the quarter" refer to it."""
    value = result.value or ""
    if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value) or int(value[5:7]) % 3 or month.start < 3:
        return None
    before = [t.lower_ for t in doc[month.start - 3:month.start]]
    if before[2] not in {"to", "ended", "ending", "through"} or before[1] != "months" \
            or before[0] not in {"three", "3"}:
        return None
    return f"{value[:4]}-Q{int(value[5:7]) // 3}"


def _with_a_decade_mark(span: Span) -> Span:
    """"the 1980's": a decade written with a mark, read as its first year; the mark is the decade's."""
    doc = span.doc
    if span.end < len(doc) and re.fullmatch(r"\d{3}0", span[-1].text) and doc[span.end].text in {"'s", "’s"} \
            and not span[-1].whitespace_:
        return Span(doc, span.start, span.end + 1, label=span.label_)
    return span


def _with_its_day_number(span: Span) -> Span:
    """"The 9 November traffic explosion": a month the models read without the day number written right before it
    (1 to 31, no number or currency before that) takes it: the day, not the month."""
    doc, start = span.doc, span.start
    if start == 0 or span[0].lower_.rstrip(".") not in MONTHS or not doc[start - 1].is_digit \
            or not 1 <= int(doc[start - 1].text) <= 31 or doc[start - 1].ent_type_ not in {"", "DATE", "CARDINAL"}:
        return span
    if start > 1 and (doc[start - 2].like_num or doc[start - 2].is_currency or doc[start - 2].text in {"-", "–"}) \
            or span.end < len(doc) and doc[span.end].tag_ == "NNS":
        return span  # "3,9 November", "£9 November", "8-9 November" (a range, the rules' own); "2 November goals"
    return Span(doc, start - 1, span.end, label=span.label_)
