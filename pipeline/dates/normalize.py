"""Normalise one temporal expression against the publication date.

The common news shapes (weekdays, bare months, "last week", "next year",
decades, durations, vague "recent years") are resolved here so that a bare
month never gains an invented day; full calendar dates go through dateparser.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dateutil.easter import easter

from ..data_files import data_path, read_json

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")  # a day of the month written alone: "14", "14th"
LISTED_DAY_JOINERS = frozenset({",", "and", "or", "&"})  # between the days of a list: "14, 20 and 27 April"
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y", "century": "Y"}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
TEENS = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
         "nineteen": 19}
#: Units of a written duration and their ISO 8601 designators, with the multiple a unit stands for.
DURATION_UNITS = {"minute": ("T", "M", 1), "hour": ("T", "H", 1), "day": ("", "D", 1), "week": ("", "W", 1),
                  "month": ("", "M", 1), "quarter": ("", "Q", 1), "year": ("", "Y", 1), "decade": ("", "Y", 10),
                  "century": ("", "Y", 100), "fortnight": ("", "W", 2)}
#: Half of one unit, said so ("half an hour", "half a century"): the length it names.
HALF_A_UNIT = {"minute": "PT30S", "hour": "PT30M", "day": "PT12H", "week": "P3.5D", "month": "P0.5M",
               "year": "P6M", "decade": "P5Y", "century": "P50Y"}
#: Words around an amount that qualify it without changing the period it names (TimeML's ``mod``).
APPROXIMATORS = re.compile(r"^(?:(?:nearly|almost|about|around|roughly|some|more than|less than|fewer than|at least|"
                           r"up to|no more than|over|under|only|just|barely|another|within) )+")
#: "an extra five years", "a further year": more of a length of time, the length itself (P5Y, P1Y).
FURTHER = re.compile(r"^an? (?:extra|further|additional) (?=(?:\w+ )?(?:minute|hour|day|week|month|year|decade)s?$)")
VAGUE = {"recent years", "recent months", "recent weeks", "recent days", "recently", "the past", "the future",
         "years", "decades", "months", "weeks", "now", "currently", "these days", "nowadays", "once", "soon",
         "the coming years", "the coming months", "the coming weeks", "coming years", "future", "past"}
TEMPORAL_WORDS = set(WEEKDAYS) | set(MONTHS) | {w + s for w in UNITS for s in ("", "s")} | {
    "today", "tonight", "yesterday", "tomorrow", "now", "recent", "recently", "ago", "weekend", "morning", "afternoon",
    "evening", "night", "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "ramadan", "quarter",
    "future", "past", "season", "era", "period", "time", "times", "annual", "annually", "daily", "weekly", "monthly",
    "centuries", "decades", "fortnight", "hour", "hours", "minute", "minutes", "second", "seconds", "noon", "midnight"}


def looks_temporal(words: list[str]) -> bool:
    """Whether an expression the model called a DATE has anything of time in it.

    "One and a half million" is sometimes tagged DATE; it has no temporal word,
    no year and no numeric date, so it is a number.
    """
    for word in words:
        lower = word.lower().strip(".,")
        if lower.endswith("days") and lower[:-1] in TEMPORAL_WORDS:
            return True  # "on Saturdays": a weekday in the plural
        if lower in TEMPORAL_WORDS or re.fullmatch(r"(?:1[0-9]|20)\d\d|'?\d0s|\d{3,4}s|\d{1,2}/\d{1,2}(?:/\d{2,4})?", lower):
            return True
    return False


#: A decade written without its century: "80s", "'80s".
SHORT_DECADE = re.compile(r"['’]?(\d)0s")
_LEAD = re.compile(r"^(?:the|on|in|of|since|until|by|during|early|late|mid|earlier|later|sometime|both)\s+", re.I)


@dataclass
class Normalized:
    value: str | None
    granularity: str


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
#: The month each season of the year ends in (northern hemisphere; winter runs into the next year): "last spring" in
#: a November article is that year's.
SEASON_END_MONTH = {"SP": 5, "SU": 8, "FA": 11}
#: The month each season begins in: a bare "the summer" told in the past, before it begins, is last year's.
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _shifted(published: dt.date, unit: str, count: int) -> Normalized:
    """The period ``count`` units away from the publication date, at that unit's granularity."""
    if unit == "day":
        return Normalized((published + dt.timedelta(days=count)).isoformat(), "day")
    if unit == "week":
        iso = (published + dt.timedelta(weeks=count)).isocalendar()
        return Normalized(f"{iso[0]}-W{iso[1]:02d}", "week")
    if unit == "month":
        year, month = _shift_month(published.year, published.month, count)
        return Normalized(f"{year}-{month:02d}", "month")
    years = count * (10 if unit == "decade" else 1)
    return Normalized(str(published.year + years), "year")


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _amount(words: str) -> int | None:
    """A written amount: "30", "two", "a couple of", "twenty four"; None when there is none to read."""
    words = words.strip()
    if words.isdigit():
        return int(words)
    if words in {"a couple of", "couple of", "a couple", "a pair of"}:
        return 2
    if words in {"a hundred", "one hundred", "hundred"}:
        return 100
    parts = words.split()
    if len(parts) == 1:
        return NUMBER_WORDS.get(parts[0], TEENS.get(parts[0], TENS.get(parts[0])))
    if len(parts) == 2 and parts[0] in TENS and parts[1] not in {"a", "an"} and NUMBER_WORDS.get(parts[1]):
        return TENS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def _duration(lower: str) -> Normalized | None:
    """A counted period: "two-year", "nearly forty years", "the next 14 months or so", "two-hour" (PT2H).

    The approximating words ("nearly", "at least") qualify the amount and are left out of the value, as
    TimeML leaves them to its ``mod`` attribute; a period counted back ("two years ago") is a date, not this.
    """
    text = APPROXIMATORS.sub("", FURTHER.sub(lambda m: "a " if len(m.string[m.end():].split()) == 1 else "",
                                             lower.replace("-", " "))).removesuffix(" or so")
    text = re.sub(r"^(?:an?|one) (?:additional|extra|further) ", "one ", text)
    # "year-long", "decade-long": one of the unit
    text = re.sub(r"^(?=(?:minute|hour|day|week|month|quarter|year|decade|century) long$)", "one ", text)
    half = re.fullmatch(r"(?:the )?(?:first |last |next |past )?half an? "
                        r"(minute|hour|day|week|month|year|decade|century)", text)
    if half:  # "half an hour", "the first half a century"
        return Normalized(HALF_A_UNIT[half.group(1)], "duration")
    text = re.sub(r"^(?:the )?(?:past|last|next|coming|previous|following) (?=fortnight$)", "a ", text)  # two weeks
    text = re.sub(r"^(?:the |an? (?=\d|[a-z]+ (?:minute|hour|day|week|month|quarter|year)))", "", text)
    text = re.sub(r" (?:more|additional|extra|trading|business|working|calendar|straight|consecutive)(?= [a-z]+$)", "",
                  text)  # "eight trading days", "two more weeks"
    match = re.fullmatch(r"(?:(?:past|last|next|coming|first|following|previous|latest|year earlier|year ago) )?"
                         r"(.+?)( and a half| 1/2)? "
                         r"(minute|hour|day|week|month|quarter|year|decade|century|centurie|fortnight)s?"
                         r"(?: and a half)?(?: long| old| period| term| of (?:the year|this year|last year|\d{4}))?", text)
    if not match:
        return None
    count = _amount(match.group(1)) if match.group(1) not in {"a", "an"} or not match.group(2) else 1
    if count is None or count == 0:
        return None
    unit = match.group(3).replace("centurie", "century")
    time, designator, multiple = DURATION_UNITS[unit]
    half = match.group(2) or text.endswith(" and a half")
    if half and unit in HALVES:  # "2 1/2 years": P2Y6M, "a minute and a half": PT1M30S
        return Normalized(f"P{time}{count * multiple}{designator}{HALVES[unit]}", "duration")
    return Normalized(f"P{time}{count * multiple}{designator}", "duration")


#: A clock time and the day it may be on: "4:17 a.m.", "noon Thursday", "5 p.m. EST, Nov. 9", "18:00 UTC",
#: "0400 GMT", "four o'clock".
CLOCK_TIME = re.compile(r"(?:(?P<h12>\d{1,2})(?:[:.](?P<m12>\d{2}))? ?(?P<ampm>a\.?m\.?|p\.?m\.?)"
                        r"|(?P<word>noon|midnight)"
                        r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)|(?P<hz>[01]\d|2[0-3])(?P<mz>[0-5]\d)(?= (?:gmt|utc))"
                        r"|(?P<oclock>[a-z]+|\d{1,2}) o'clock)(?: (?P<zone>[a-z ]+?))??"
                        r"(?:,? (?P<day>(?:last |next |this )?[a-z]+day|[a-z]+\.? \d{1,2}(?:, \d{4})?))?")


def _clock(match: re.Match) -> tuple[int | None, int]:
    """The hour and minute a :data:`CLOCK_TIME` match names (None for an o'clock it cannot count)."""
    if match.group("word"):
        return (12, 0) if match.group("word") == "noon" else (24, 0)
    if match.group("ampm"):
        return int(match.group("h12")) % 12 + (12 if match.group("ampm").startswith("p") else 0), int(
            match.group("m12") or 0)
    if match.group("h24"):
        return int(match.group("h24")), int(match.group("m24"))
    if match.group("hz"):
        return int(match.group("hz")), int(match.group("mz"))
    hour = _amount(match.group("oclock"))
    return (hour if hour is not None and 0 < hour <= 12 else None), 0


#: Half of a unit in the next smaller one, for "2 1/2 years" (P2Y6M) and "a minute and a half" (PT1M30S).
HALVES = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S"}


YEAR_BACK = re.compile(r"(?:a )?year[- ](?:ago|earlier|before)|(?:of )?last year|(?:of )?the previous year")


def names_quarter(expression: str) -> bool:
    """Whether an expression names its quarter ("the third quarter", "Q2 2025") rather than pointing at
    one already named ("the quarter", "a year earlier"): only these set the quarter later ones refer to."""
    lower = expression.lower()
    return bool(re.search(r"\b(?:first|second|third|fourth|final|q[1-4])\b", lower)) and not YEAR_BACK.search(
        lower.replace("-", " "))


def _quarter_in_context(lower: str, published: dt.date | None, previous: str | None, prefer: str = "past"
                        ) -> Normalized | None:
    """A quarter named by the reporting it sits in: "the quarter", "the latest quarter" or "the last quarter"
    (the last one completed), "the current quarter", "the year-earlier quarter",
    and "a year earlier" after a quarter (that quarter a year back), as earnings news writes them."""
    words = re.sub(r"^(?:its|this|that|the|same|comparable) ", "", lower.replace("-", " "))
    words = re.sub(r"^(?:last|past) (?=quarter$)", "latest ", words)  # "the last quarter": the last one completed
    latest = re.search(r"\b(?:latest|most recent)\b", words) is not None
    back = YEAR_BACK.search(words)
    ago = back is not None and "last" not in back.group(0) and "previous" not in back.group(0)
    last_year = back is not None and "year" in back.group(0) and back.group(0).startswith(("of", "last"))
    words = YEAR_BACK.sub("", words).strip()
    of_this_year = re.search(r" of (?:the|this) (?:fiscal )?year$", words)
    words = words[:of_this_year.start()] if of_this_year else words  # "the first quarter of the year": this year's
    words = re.sub(r"\b(?:the|its|this|that|same|comparable|latest|most recent|fiscal|year's)\b", "", words)
    words = " ".join(words.split())
    if words == "period" and latest and not back:  # "the latest period" of a results report: "the latest quarter"
        words = "quarter"
    if words in {"", "period"} and ago:
        if previous and re.fullmatch(r"\d{4}-Q\d", previous):
            return Normalized(f"{int(previous[:4]) - 1}{previous[4:]}", "quarter")
        return Normalized(str(published.year - 1), "year") if published else Normalized(None, "year")
    match = re.fullmatch(r"(\d{4}) period", words)  # "the 1988 period": the quarter reported, in 1988
    if match:
        quarter = f"-Q{previous[-1]}" if previous and re.fullmatch(r"\d{4}-Q\d", previous) else ""
        return Normalized(match.group(1) + quarter, "quarter" if quarter else "year")
    words = re.sub(r"^final (?=quarter$)", "fourth ", words)  # "the final quarter of 2004"
    match = re.fullmatch(r"(?:(\d{4}) )?(current )?(?:(first|second|third|fourth) )?quarter", words)
    if not match or published is None:
        return None
    year, current, ordinal = match.group(1), match.group(2), match.group(3)
    if ordinal:
        number = ORDINALS[ordinal]
    elif current:
        number = (published.month - 1) // 3 + 1
    elif previous and re.fullmatch(r"\d{4}-Q\d", previous) and not latest:
        number, year = int(previous[-1]), year or previous[:4]
    else:
        number = (published.month - 1) // 3 or 4
        year = year or str(published.year - (1 if number == 4 else 0))
    if last_year and not year:  # "the third quarter of last year": last year's, whatever quarter we are in
        return Normalized(f"{published.year - 1}-Q{number}", "quarter")
    this_year = of_this_year is not None or re.search(r"\bthis (?:fiscal )?year", lower) is not None  # "this year's
    # second quarter"
    year = int(year) if year else published.year if this_year else _quarter_year(number, published, prefer)
    return Normalized(f"{year - (1 if back else 0)}-Q{number}", "quarter")


def _quarter_year(number: int, published: dt.date, prefer: str) -> int:
    """The year of a quarter named without one: a quarter not yet begun is last year's (results are
    reported after their quarter: "the fourth quarter" in January), unless the clause looks forward."""
    return published.year - (1 if number > (published.month - 1) // 3 + 1 and prefer != "future" else 0)


#: A date told relative to the one the article last named: "that year", "the following month", "the next
#: morning", "the day before", "a day earlier" (word: (unit, shift)).
ANAPHORA = re.compile(r"(that|same|that same|following|next|previous|preceding|prior) (year|month|day|morning|evening|night)"
                      r"|(year|month|day) (before|after|earlier|later)|(?:a|one) day (before|after|earlier|later)")
SHIFTS = {"that": 0, "same": 0, "that same": 0, "following": 1, "next": 1, "after": 1, "later": 1, "previous": -1,
          "preceding": -1, "prior": -1, "before": -1, "earlier": -1}


def _from_last(lower: str, written: str, last: str | None) -> Normalized | None:
    """An expression placed from the last date the article named (``last``: "1998-10-23"); "next" and
    "previous" only after "the" (``written``: the expression as written), as "next year" counts from now."""
    match = ANAPHORA.fullmatch(lower)
    if not match or last is None:
        return None
    if match.group(1) and SHIFTS[match.group(1)] and not re.search(rf"\bthe {match.group(1)}\b", written):
        return None
    word, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3)) \
        if match.group(3) else (match.group(5), "day")  # ("a day earlier": a day, not "a year earlier", which
    # earnings news counts from the quarter: YEAR_BACK)
    unit, shift = ("day" if unit in {"morning", "evening", "night"} else unit), SHIFTS[word]
    if not match.group(1) and shift == 0:
        return None
    parts = {"year": 1, "month": 2, "day": 3}[unit]
    if len(last.split("-")) < parts or not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", last):
        return None
    if unit == "year":
        return Normalized(str(int(last[:4]) + shift), "year")
    if unit == "month":
        year, month = _shift_month(int(last[:4]), int(last[5:7]), shift)
        return Normalized(f"{year}-{month:02d}", "month")
    return Normalized((dt.date.fromisoformat(last[:10]) + dt.timedelta(days=shift)).isoformat(), "day")


SPOKEN_YEAR = re.compile(r"\b(nineteen|eighteen|twenty) (" + "|".join(TENS) + r")(?:[- ](one|two|three|four|five|six|"
                         r"seven|eight|nine))?\b|\btwo thousand(?: and)?(?: (one|two|three|four|five|six|seven|eight|"
                         r"nine|ten))?\b")


def _spoken_years(lower: str) -> str:
    """Years as spoken ("nineteen ninety-four", "the year two thousand") in digits, as broadcasts write them."""
    def digits(match: re.Match) -> str:
        if match.group(0).startswith("two thousand"):
            return str(2000 + (NUMBER_WORDS.get(match.group(4)) or 0))
        century = {"nineteen": 19, "eighteen": 18, "twenty": 20}[match.group(1)]
        return str(century * 100 + TENS[match.group(2)] + (NUMBER_WORDS.get(match.group(3)) or 0))
    return SPOKEN_YEAR.sub(digits, lower)


ORDINAL_WEEKS = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _part_of_a_year_or_month(lower: str, published: dt.date | None, prefer: str,
                             previous: str | None) -> Normalized | None:
    """A half of a year, by its number or its relative year ("the first half of 2025", "the last half of 1989", "the
    first two quarters of 1990", "the first half of this year", "the second half of next year", "the first half of
    the year": TimeML's half-year value, 2025-H1), and a week of a month by its order ("the last week of December
    2004": the ISO week holding that month's last days, 2004-W53; "the first week of March")."""
    match = re.fullmatch(r"(first|second|last) (?:half|two quarters) of (?:(\d{4})|(?:the |this |(last|next) )?year)",
                         lower)
    if match:
        half = 1 if match.group(1) == "first" else 2
        if match.group(2):
            return Normalized(f"{match.group(2)}-H{half}", "year")
        if published is None:
            return Normalized(None, "year")
        year = published.year + {"last": -1, "next": 1}.get(match.group(3) or "", 0)
        return Normalized(f"{year}-H{half}", "year")
    match = re.fullmatch(r"(first|second|third|fourth|last|final) week of (.+)", lower)
    if not match:
        return None
    month = normalize(match.group(2), published, prefer, previous)
    if month.granularity != "month" or not month.value or not re.fullmatch(r"\d{4}-\d{2}", month.value):
        return None
    year, number = (int(x) for x in month.value.split("-"))
    if match.group(1) in ORDINAL_WEEKS:
        day = dt.date(year, number, 4) + dt.timedelta(days=7 * ORDINAL_WEEKS[match.group(1)])
    else:  # the month's last days: three days before its last, so that most of the week is in the month
        day = dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=4)
    iso = day.isocalendar()
    return Normalized(f"{iso[0]}-W{iso[1]:02d}", "week")


def normalize(expression: str, published: dt.date | None, prefer: str = "past", previous: str | None = None,
              last: str | None = None) -> Normalized:
    """``prefer`` says which way an ambiguous month or day goes from the publication date: "past",
    "future", or "nearest" (a month without a year: the closest occurrence; a weekday still looks
    back). A month and day without a year is taken at its closest occurrence unless ``prefer`` is
    "future": news reports a date already set in the past tense ("set Nov. 10 as the deadline"). ``previous`` is the last quarter the article named ("2026-Q1"), for
    "the quarter" and "a year earlier"; ``last`` the last date it named ("1998-10-23"), for "that year" and
    "the next morning"."""
    text = " ".join(expression.replace("’", "'").split()).strip(" .,")
    lower = _spoken_years(text.lower())
    text = lower if lower != text.lower() else text
    while _LEAD.match(lower):
        lower = _LEAD.sub("", lower, count=1)
    lower = re.sub(r"^year (?=\d{4}$)", "", lower)  # "the year 2000"
    lower = re.sub(r"^full-year$", "full year", lower)  # "full-year revenues": the year, as "the full year"
    lower = re.sub(r"^an? (?=(?:first|second|third|fourth)[ -]quarter$)", "", lower)  # "in a third quarter when"
    if not lower.startswith(("a ", "an ")) and "ago" not in lower:  # "the next year or so": next year
        lower = lower.removesuffix(" or so")
    anaphoric = _from_last(lower, text.lower(), last) or _holiday(lower, published, prefer)
    if anaphoric is not None:
        return anaphoric
    quarter = _quarter_in_context(lower, published, previous, prefer)
    if quarter is not None:
        return quarter
    part = _part_of_a_year_or_month(lower, published, prefer, previous)
    if part is not None:
        return part
    # A part of a period dates to the period: "the end of November", "mid-November", "around Nov. 1".
    match = re.fullmatch(r"(?:(?:the )?(?:end|beginning|start|middle) of|mid|early|late|around|about) ?-?(.+)", lower)
    if match and not re.fullmatch(r"(?:the )?(?:day|week|decade)", match.group(1)):  # "the end of the year": this one
        inner = normalize(match.group(1), published, prefer, previous)
        two_years = re.search(r"\b(\d{4})[-–/](\d{2})\b", match.group(1))
        if two_years and lower.startswith(("the end of", "end of", "late")) and inner.value == two_years.group(1):
            return Normalized(str(int(two_years.group(1)) + 1), "year")  # "the end of the 2003-04 season": 2004, the
            # year a season or a financial year written by its two years closes in
        if inner.value is not None and inner.granularity != "duration":
            return inner
    if lower in VAGUE or re.fullmatch(r"(?:recent|coming|past|next|last) (?:few )?(?:years|months|weeks|decades)", lower):
        return Normalized(None, "vague")

    duration = _duration(lower)
    if duration is not None:
        return duration
    # One whole unit: "a full month", "a whole week", "an entire decade".
    match = re.fullmatch(r"(?:a|an|one) (?:full|whole|entire|complete|single) (day|week|month|year|decade)", lower)
    if match:
        return Normalized(f"P{10 if match.group(1) == 'decade' else 1}{UNITS[match.group(1)]}", "duration")
    # Durations: "the past year", "two weeks", "three years".
    match = re.fullmatch(r"(?:past|last|next|coming|first)? ?(\w+)? ?(day|week|month|year|decade)s?", lower)
    if match and (match.group(1) in NUMBER_WORDS or (match.group(1) or "").isdigit()) or (
            match and lower.startswith(("past ", "last ")) and match.group(1) is None and lower.split()[0] == "past"):
        amount = match.group(1)
        count = NUMBER_WORDS.get(amount, None) if amount and not amount.isdigit() else int(amount or 1)
        if count is not None:
            unit = match.group(2)
            count = count * 10 if unit == "decade" else count
            return Normalized(f"P{count}{UNITS[unit]}", "duration")
    anchor_needed = published is None

    # Clock times: "4:17 a.m.", "10:30 p.m." on the publication day (the day is the article's, so the
    # granularity says "time" and the value carries the date it was read against).
    # A clock time with its day ("10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9") is on that day.
    # A 24-hour time with its zone ("18:00 UTC", "0400 GMT") and "four o'clock" are clock times too.
    match = CLOCK_TIME.fullmatch(lower)
    if match:
        hour, minute = _clock(match)
        day = normalize(match.group("day"), published, prefer) if match.group("day") else None
        on = day.value if day is not None and day.granularity == "day" else (published.isoformat() if published else None)
        if hour is None or hour > 24 or minute > 59 or (day is not None and day.granularity != "day"):
            return Normalized(None, "time")
        return Normalized(f"{on}T{hour:02d}:{minute:02d}" if on else None, "time")
    # Fiscal and financial years: "fiscal year 2023", "FY2023", "the 2023 fiscal year" (kept at year level).
    match = re.fullmatch(r"(?:fiscal (?:year )?|fy ?)(\d{4})|(\d{4}) fiscal year", lower)
    if match:
        return Normalized(match.group(1) or match.group(2), "year")
    # A season or a financial year by its two years: "2003-04", "the 2004-05 season", "fiscal 2004-05", dated by the
    # year it opens, as "2004/05" is (see _fiscal_year_spans); before the ISO month it would read as ("2003-04" is
    # no April in news prose: a month and the next year's last digits only meet in 2000-2011).
    match = re.fullmatch(r"(?:fiscal |financial |tax )?(\d{4})[-–](\d{2})(?: (?:season|campaign|financial year|"
                         r"fiscal year|tax year))?", lower)
    if match and int(match.group(2)) == (int(match.group(1)) + 1) % 100:
        return Normalized(match.group(1), "year")
    # ISO dates as written: "2026-02-10", "2026-02".
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", lower)
    if match and 1 <= int(match.group(2)) <= 12:
        return Normalized(lower, "day" if match.group(3) else "month")
    if match and not match.group(3):  # "2007-13": no thirteenth month but the years 2007 to 2013, as written in full
        return Normalized(None, "vague")
    # Centuries: "the 21st century".
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) century", lower)
    if match:
        return Normalized(f"{int(match.group(1)) - 1:02d}", "century")
    # Quarters: "Q3 2025", "the third quarter of 2024", "the first quarter".
    # A year named by its place ("the first quarter of next year") or a quarter by its place in a year named ("the
    # final quarter of 2004", "the last quarter of last year").
    lower = re.sub(r"\b(?:final|last)(?= quarter of)", "fourth", lower)
    shift = re.search(r"(?<=quarter of )(next|this|last) year$", lower)
    if shift and published:
        lower = lower[:shift.start()] + str(published.year + {"next": 1, "this": 0, "last": -1}[shift.group(1)])
    match = re.fullmatch(r"(?:q([1-4])|(first|second|third|fourth)[ -]quarter)(?: of)? ?(\d{4})?", lower)
    if match:
        number = int(match.group(1)) if match.group(1) else ORDINALS[match.group(2)]
        year = match.group(3) or (str(_quarter_year(number, published, prefer)) if published else None)
        return Normalized(f"{year}-Q{number}" if year else None, "quarter")
    # Seasons: "the summer of 2024", "last spring", "this winter".
    match = re.fullmatch(r"(last|next|this|past)? ?(spring|summer|autumn|fall|winter)(?: of)? ?(\d{4})?", lower)
    if match:
        season = SEASONS[match.group(2)]
        if match.group(3):
            return Normalized(f"{match.group(3)}-{season}", "season")
        if anchor_needed:
            return Normalized(None, "season")
        delta = {"last": -1, "past": -1, "next": 1}.get(match.group(1) or "", 0)
        if delta == -1 and season in SEASON_END_MONTH and published.month > SEASON_END_MONTH[season]:
            delta = 0  # "last spring" said in November: this year's, which is over
        if match.group(1) is None and prefer == "past" and published.month < SEASON_START_MONTH[season] \
                and not (season == "WI" and published.month <= 2):
            delta = -1  # "went wrong in the summer", told in March: the summer before
        return Normalized(f"{published.year + delta}-{season}", "season")
    # "early 2025", "mid-2024", "late 1990s", "the mid-90s" keep the year (or decade) they qualify.
    match = re.fullmatch(r"(?:early|mid|late|the end of|the start of|the beginning of)[- ]?(\d{4}|\d{3}0s|'?\d0s)",
                         lower)
    if match:
        return normalize(match.group(1), published, prefer)
    # "two years ago", "three days ago", "a decade ago".
    match = re.fullmatch(r"(\w+) (day|week|month|year|decade)s?['’]?(?: or so)? ago", APPROXIMATORS.sub("", lower))
    if match and (match.group(1) in NUMBER_WORDS or match.group(1).isdigit()):
        count = NUMBER_WORDS.get(match.group(1)) if not match.group(1).isdigit() else int(match.group(1))
        if count is None:
            return Normalized(None, "vague")
        if anchor_needed:
            return Normalized(None, match.group(2) if match.group(2) != "decade" else "year")
        return _shifted(published, match.group(2), -count)
    # Weekends: the ISO week holding that Saturday ("over the weekend" -> the one just past; "this weekend", written
    # on a weekday, the one to come).
    match = re.fullmatch(r"(last|next|this|past|coming)? ?weekend", lower)
    if match:
        if anchor_needed:
            return Normalized(None, "week")
        direction = match.group(1) or ""
        back = (published.weekday() - 5) % 7
        saturday = published - dt.timedelta(days=back)
        if direction in {"next", "coming"} or (direction == "" and prefer == "future" and back) or (
                direction == "this" and prefer != "past" and back >= 2):
            saturday += dt.timedelta(days=7)  # "this weekend" in a week's news is the one to come, unless told past
        elif direction in {"last", "past"} and back < 2:
            saturday -= dt.timedelta(days=7)
        iso = saturday.isocalendar()
        return Normalized(f"{iso[0]}-W{iso[1]:02d}", "week")
    # Parts of a day: "last night", "Monday morning", "this afternoon".
    match = re.fullmatch(r"(last|this|tonight|[a-z]+day) ?(morning|afternoon|evening|night)?", lower)
    if match and match.group(2) and (match.group(1) in WEEKDAYS or match.group(1) in {"last", "this"}):
        if anchor_needed:
            return Normalized(None, "day")
        if match.group(1) == "last":
            return Normalized((published - dt.timedelta(days=1)).isoformat(), "day")
        if match.group(1) == "this":
            return Normalized(published.isoformat(), "day")
        return normalize(match.group(1), published, prefer)

    # Decades: "the 1990s", "the '90s".
    match = re.fullmatch(r"(\d{3})0'?s", lower)  # (or written with a mark: "the 1980's")
    if match:
        return Normalized(match.group(1), "decade")
    match = SHORT_DECADE.fullmatch(lower)
    if match and published is not None:  # "the '80s", "the 1970s and 80s": the last such decade begun by then
        decade = published.year // 100 * 10 + int(match.group(1))
        return Normalized(str(decade if decade * 10 <= published.year else decade - 10), "decade")
    match = re.fullmatch(r"(\d{4})", lower)
    if match:
        return Normalized(match.group(1), "year")
    # Month and year: "January 2024", "Jan. 2024".
    match = re.fullmatch(r"([a-z]+)\.? (\d{4})", lower)
    if match and match.group(1) in MONTHS:
        return Normalized(f"{match.group(2)}-{MONTHS[match.group(1)]:02d}", "month")
    # The year being reported: "the current year", "the full year", "the current fiscal year", "year end".
    if re.fullmatch(r"(?:(?:current|full)(?: fiscal)? |fiscal )?year|year(?:'s | |-)end", lower):
        return Normalized(str(published.year) if published else None, "year")
    # A month placed by a relative year: "January this year", "June last year".
    match = re.fullmatch(r"([a-z]+)\.? (this|last|next) year", lower)
    if match and match.group(1) in MONTHS:
        if anchor_needed:
            return Normalized(None, "month")
        year = published.year + {"last": -1, "next": 1}.get(match.group(2), 0)
        return Normalized(f"{year}-{MONTHS[match.group(1)]:02d}", "month")
    if lower in {"today", "tonight", "this morning", "this afternoon", "this evening", "yesterday", "tomorrow"}:
        if anchor_needed:
            return Normalized(None, "day")
        delta = {"yesterday": -1, "tomorrow": 1}.get(lower, 0)
        return Normalized((published + dt.timedelta(days=delta)).isoformat(), "day")
    # Weekdays: "Tuesday", "last Tuesday", "next Friday".
    match = re.fullmatch(r"(last|next|this|on)? ?([a-z]+)", lower)
    if match and match.group(2) in WEEKDAYS:
        if anchor_needed:
            return Normalized(None, "day")
        target, direction = WEEKDAYS[match.group(2)], match.group(1) or ""
        back = (published.weekday() - target) % 7
        if direction == "next":
            day = published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)
        elif direction != "last" and prefer == "future":
            day = published + dt.timedelta(days=(target - published.weekday()) % 7)
        elif direction == "this" and prefer != "past":  # "tune into this Sunday's show", said on a Tuesday: the
            day = published + dt.timedelta(days=target - published.weekday())  # day of the week it is said in
        else:
            day = published - dt.timedelta(days=back if direction != "last" else (back or 7))
        return Normalized(day.isoformat(), "day")
    # Bare months: "January", "last September", "next March".
    if match and match.group(2) in MONTHS:
        if anchor_needed:
            return Normalized(None, "month")
        month, direction = MONTHS[match.group(2)], match.group(1) or ""
        year = published.year
        if direction == "this":
            return Normalized(f"{year}-{month:02d}", "month")
        if direction == "" and prefer == "nearest":
            year = min((published.year - 1, published.year, published.year + 1),
                       key=lambda y: (abs((y - published.year) * 12 + month - published.month), y))
            return Normalized(f"{year}-{month:02d}", "month")
        if direction == "next":
            year += 1 if month <= published.month else 0
        elif direction != "last" and prefer == "future":  # "expire at the end of November", in November
            year += 1 if month < published.month else 0
        elif direction == "last" or month > published.month:
            year -= 1 if month >= published.month or direction != "last" else 0
        return Normalized(f"{year}-{month:02d}", "month")
    # "last week", "next month", "this year".
    match = re.fullmatch(r"(?:earlier |later )?(last|next|this|previous|past|coming) (week|month|year)", lower)
    if match:
        if anchor_needed:
            return Normalized(None, match.group(2))
        delta = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(match.group(1), 0)
        return _shifted(published, match.group(2), delta)
    # A day of a month told as past or coming ("last Oct. 23", "this coming March 8") and the week holding
    # a day ("the week of March 6": its ISO week).
    match = re.fullmatch(r"(last|next|this past|this coming|week of) (.+)", lower)
    if match and re.search(r"\d", match.group(2)):
        direction = {"last": "past", "this past": "past", "next": "future", "this coming": "future"}
        day = normalize(match.group(2), published, direction.get(match.group(1), prefer))
        if day.granularity == "day" and day.value is not None:
            if match.group(1) != "week of":
                return day
            iso = dt.date.fromisoformat(day.value).isocalendar()
            return Normalized(f"{iso[0]}-W{iso[1]:02d}", "week")
    return _with_dateparser(text, lower, published, prefer)


def _with_dateparser(text: str, lower: str, published: dt.date | None, prefer: str) -> Normalized:
    import dateparser

    has_day = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", lower)) and any(m in lower.split() or m + "." in lower
                                                                            for m in MONTHS)
    has_month = any(word.strip(".,") in MONTHS for word in lower.split())
    has_year = bool(re.search(r"\b\d{4}\b", lower))
    if not (has_day or has_month or has_year):
        return Normalized(None, "vague")
    settings = {"PREFER_DATES_FROM": "current_period" if prefer == "nearest" else prefer, "REQUIRE_PARTS": [],
                "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    elif not has_year:
        return Normalized(None, "day" if has_day else "month")
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return Normalized(None, "vague")
    if has_day:
        day = parsed.date()
        if not has_year and published is not None:
            weekdays = {WEEKDAYS[word.strip(".,")] for word in lower.split() if word.strip(".,") in WEEKDAYS}
            day = _day_without_year(day, published, prefer, weekdays)
        return Normalized(day.isoformat(), "day")
    if has_month:
        return Normalized(f"{parsed.year}-{parsed.month:02d}", "month")
    return Normalized(str(parsed.year), "year")


#: How far ahead a month and day without a year may lie and still be read forward, by ``prefer``: news
#: dates what happened, and a date months ahead is named with its year or a future tense.
FORWARD_DAYS = {"past": 31, "nearest": 92, "future": 366}


def _day_without_year(day: dt.date, published: dt.date, prefer: str, weekdays: set[int] = frozenset()) -> dt.date:
    """A month and day with no year: its last occurrence up to the publication date, unless the next one
    is close ahead ("set Nov. 10 as the deadline", a week before it). Written with its weekday, only the years in
    which the day falls on that weekday are candidates ("Sunday 28 August", published in March 2005, is 2005's)."""
    days = _same_day_in_years(day, published.year)
    if weekdays:
        days = [d for d in days if d.weekday() in weekdays] or days
    last = max((d for d in days if d <= published), default=min(days))
    upcoming = min((d for d in days if d > published), default=last)
    if last == published:
        return last
    return upcoming if (upcoming - published).days <= FORWARD_DAYS.get(prefer, 92) else last


@lru_cache(maxsize=1)
def holidays() -> dict:
    """The holidays of ``data/dates.json``: name -> "MM-DD", [month, weekday, n, first day it may fall on] or "easter"
    and the days from Easter Sunday ("easter-2")."""
    return read_json(data_path("dates.json"))["holidays"]


def _holiday_in(year: int, rule) -> dt.date:
    if isinstance(rule, str) and rule.startswith("easter"):  # "easter-2": Good Friday, two days before Easter Sunday
        return easter(year) + dt.timedelta(days=int(rule[len("easter"):] or 0))
    if isinstance(rule, str):
        return dt.date(year, int(rule[:2]), int(rule[3:]))
    month, weekday, n, first = rule
    if n < 0:
        end = dt.date(year, month, calendar.monthrange(year, month)[1])
        return end - dt.timedelta(days=(end.weekday() - weekday) % 7)
    day = dt.date(year, month, first)
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7, weeks=n - 1)


def _holiday(lower: str, published: dt.date | None, prefer: str) -> Normalized | None:
    """A holiday by name ("Thanksgiving Day", "last Christmas"), in the year its clause points to."""
    match = re.fullmatch(r"(?:(last|next|this) )?(.+?)(?: (\d{4}))?", lower)
    rule = holidays().get(match.group(2))
    if rule is None:
        return None
    if match.group(3):
        return Normalized(_holiday_in(int(match.group(3)), rule).isoformat(), "day")
    if published is None:
        return Normalized(None, "day")
    days = [_holiday_in(year, rule) for year in (published.year - 1, published.year, published.year + 1)]
    direction = match.group(1)
    if direction == "this":
        return Normalized(days[1].isoformat(), "day")
    before = max(d for d in days if d < published) if direction == "last" else max(d for d in days if d <= published)
    after = min(d for d in days if d > published) if direction == "next" else min(d for d in days if d >= published)
    if direction in {"last", "next"}:
        return Normalized((before if direction == "last" else after).isoformat(), "day")
    ahead = (after - published).days <= FORWARD_DAYS.get(prefer, 92)
    return Normalized((after if ahead else before).isoformat(), "day")


def _same_day_in_years(day: dt.date, year: int) -> list[dt.date]:
    """The month and day in the year before, of and after ``year`` (where that day exists)."""
    days = []
    for candidate in (year - 1, year, year + 1):
        try:
            days.append(day.replace(year=candidate))
        except ValueError:
            continue
    return days
