import datetime as dt

import pytest

from pipeline.dates.normalize import normalize

TUESDAY = dt.date(2026, 2, 17)


@pytest.mark.parametrize(
    "expression,value,granularity",
    [
        ("Tuesday", "2026-02-17", "day"),
        ("Monday", "2026-02-16", "day"),
        ("last Friday", "2026-02-13", "day"),
        ("next Friday", "2026-02-20", "day"),
        ("yesterday", "2026-02-16", "day"),
        ("January", "2026-01", "month"),
        ("a third quarter", "2025-Q3", "quarter"),  # "in a third quarter when fuel costs rose"
        ("the end of the 2003-04 season", "2004", "year"),  # the year a season of two years closes in
        ("the start of the 2003-04 season", "2003", "year"),
        ("full-year", "2026", "year"),  # "full-year revenues", as "the full year"
        ("in September", "2025-09", "month"),
        ("January 2024", "2024-01", "month"),
        ("last month", "2026-01", "month"),
        ("last week", "2026-W07", "week"),
        ("next year", "2027", "year"),
        ("this year", "2026", "year"),
        ("2024", "2024", "year"),
        ("the 1990s", "199", "decade"),
        ("Feb. 17, 2026", "2026-02-17", "day"),
        ("March 3, 2025", "2025-03-03", "day"),
        ("the past year", "P1Y", "duration"),
        ("two weeks", "P2W", "duration"),
        ("three years", "P3Y", "duration"),
        ("recent years", None, "vague"),
        ("recently", None, "vague"),
    ],
)
def test_normalize_against_publication_date(expression, value, granularity):
    result = normalize(expression, TUESDAY)
    assert (result.value, result.granularity) == (value, granularity)


@pytest.mark.parametrize("expression", ["September", "in January", "May 2020", "October"])
def test_normalize_never_invents_a_day_for_a_month(expression):
    result = normalize(expression, TUESDAY)
    assert result.granularity == "month"
    assert result.value.count("-") == 1


@pytest.mark.parametrize(
    "expression,value,granularity",
    [("Tuesday", None, "day"), ("January", None, "month"), ("January 2024", "2024-01", "month"), ("2019", "2019", "year")],
)
def test_normalize_without_publication_date(expression, value, granularity):
    result = normalize(expression, None)
    assert (result.value, result.granularity) == (value, granularity)


@pytest.mark.parametrize("expression,value", [("Tuesday", "2026-02-17"), ("Friday", "2026-02-20"), ("March", "2026-03")])
def test_normalize_prefer_future(expression, value):
    assert normalize(expression, TUESDAY, prefer="future").value == value


@pytest.mark.parametrize(
    "expression,value,granularity",
    [
        ("two years ago", "2024", "year"), ("three days ago", "2026-02-14", "day"), ("a decade ago", "2016", "year"),
        ("earlier this month", "2026-02", "month"), ("mid-2024", "2024", "year"), ("early 2025", "2025", "year"),
        ("the summer of 2024", "2024-SU", "season"), ("last spring", "2025-SP", "season"),
        ("the first quarter", "2026-Q1", "quarter"), ("Q3 2025", "2025-Q3", "quarter"),
        ("2026-02-10", "2026-02-10", "day"), ("the 21st century", "20", "century"),
        ("Monday morning", "2026-02-16", "day"), ("last night", "2026-02-16", "day"),
        ("fiscal year 2023", "2023", "year"), ("FY2024", "2024", "year"),
        ("third-quarter", "2025-Q3", "quarter"),  # a quarter not yet begun in February is last year's
        ("4:17 a.m. local time", "2026-02-17T04:17", "time"), ("10 p.m.", "2026-02-17T22:00", "time"),
    ],
)
def test_normalize_more_news_shapes(expression, value, granularity):
    result = normalize(expression, TUESDAY)
    assert (result.value, result.granularity) == (value, granularity)


@pytest.mark.parametrize("expression,value,granularity", [
    ("2007-13", None, "vague"), ("2021-2027", None, "vague"),  # a span of years, no thirteenth month
    ("2004-05", "2004", "year"), ("2025-09", "2025-09", "month"),
])
def test_normalize_a_span_of_years_is_no_month(expression, value, granularity):
    result = normalize(expression, TUESDAY)
    assert (result.value, result.granularity) == (value, granularity)


@pytest.mark.parametrize(
    "expression,published,value",
    [("the weekend", dt.date(2026, 3, 3), "2026-W09"), ("this weekend", dt.date(2026, 3, 7), "2026-W10"),
     ("next weekend", dt.date(2026, 3, 3), "2026-W10"), ("last weekend", dt.date(2026, 3, 3), "2026-W09"),
     ],
)
def test_normalize_weekends(expression, published, value):
    assert normalize(expression, published) == type(normalize(expression, published))(value, "week")


@pytest.mark.parametrize("prefer,value", [("nearest", "2026-W10"), ("future", "2026-W10"), ("past", "2026-W09")])
def test_normalize_this_weekend_written_on_a_weekday(prefer, value):
    """Written on Tuesday 3 March 2026, "this weekend" is the one to come (7-8 March), unless its clause is past."""
    assert normalize("this weekend", dt.date(2026, 3, 3), prefer=prefer).value == value


@pytest.mark.parametrize("expression,prefer,value", [
    ("this Sunday", "nearest", "2026-03-08"), ("this Monday", "nearest", "2026-03-02"),  # the week it is said in
    ("this Sunday", "future", "2026-03-08"), ("this Sunday", "past", "2026-03-01"),  # unless its clause says
])
def test_normalize_this_weekday_written_on_a_tuesday(expression, prefer, value):
    """Written on Tuesday 3 March 2026."""
    assert normalize(expression, dt.date(2026, 3, 3), prefer=prefer).value == value


@pytest.mark.parametrize(
    "expression,value",
    [
        ("three-year", "P3Y"),
        ("nearly thirty years", "P30Y"),
        ("at least 45 days", "P45D"),
        ("the next couple of weeks", "P2W"),
        ("the coming six months or so", "P6M"),
        ("four-hour", "PT4H"),
        ("twenty five minutes", "PT25M"),
        ("almost three decades", "P30Y"),
        ("the first six months of 2025", "P6M"),
        ("at least the past 14 weeks", "P14W"),
        ("an extra day", "P1D"),
    ],
)
def test_normalize_counted_durations(expression, value):
    result = normalize(expression, TUESDAY)
    assert result.value == value
    if value:
        assert result.granularity == "duration"


@pytest.mark.parametrize(
    "expression,previous,value,granularity",
    [
        ("the quarter", "2025-Q2", "2025-Q2", "quarter"),
        ("the quarter", None, "2025-Q4", "quarter"),
        ("the current quarter", None, "2026-Q1", "quarter"),
        ("the year-earlier quarter", "2025-Q4", "2024-Q4", "quarter"),
        ("a year earlier", "2025-Q4", "2024-Q4", "quarter"),
        ("a year ago", None, "2025", "year"),
        ("last year", "2025-Q4", "2025", "year"),
        ("this year's second quarter", None, "2026-Q2", "quarter"),
        ("the latest period", "2025-Q3", "2025-Q4", "quarter"),  # as "the latest quarter": the last completed
        ("the latest period", None, "2025-Q4", "quarter"),
        ("the last quarter", "2025-Q3", "2025-Q4", "quarter"),  # the last one completed
        ("the 2024 period", "2025-Q3", "2024-Q3", "quarter"),  # the quarter reported, in that year
        ("the year-ago period", "2025-Q3", "2024-Q3", "quarter"),
        ("the third quarter of last year", None, "2025-Q3", "quarter"),  # last year's, not the one before
        ("the first quarter of the year", None, "2026-Q1", "quarter"),  # this year's
        ("the final quarter", None, "2025-Q4", "quarter"),  # the fourth
        ("the final quarter of 2023", None, "2023-Q4", "quarter"),
    ],
)
def test_normalize_quarters_from_the_reporting_context(expression, previous, value, granularity):
    result = normalize(expression, TUESDAY, previous=previous)
    assert (result.value, result.granularity) == (value, granularity)


@pytest.mark.parametrize(
    "expression,value",
    [
        ("Dec. 4", "2025-12-04"),
        ("April 2", "2026-04-02"),
        ("November", "2025-11"),
        ("June", "2026-06"),
        ("this October", "2026-10"),
        ("May last year", "2025-05"),
        ("the end of March", "2026-03"),
        ("mid-April", "2026-04"),
        ("fiscal 2027", "2027"),
        ("the current year", "2026"),
    ],
)
def test_normalize_nearest_occurrence_when_tense_is_silent(expression, value):
    assert normalize(expression, TUESDAY, prefer="nearest").value == value


@pytest.mark.parametrize("expression,prefer,value", [("Dec. 4", "past", "2025-12-04"), ("March 2", "past", "2026-03-02"),
                                                     ("Feb. 3", "future", "2027-02-03")])
def test_normalize_day_of_month_is_nearest_unless_looking_forward(expression, prefer, value):
    assert normalize(expression, TUESDAY, prefer=prefer).value == value


@pytest.mark.parametrize("expression,prefer,value", [
    ("Aug. 6", "nearest", "2025-08-06"),   # half a year either way: news dates what happened
    ("Oct. 23", "past", "2025-10-23"),
    ("April 24", "future", "2026-04-24"),
    ("Feb. 17", "future", "2026-02-17"),   # the publication day itself
    ("the end of February", "future", "2026-02"),
])
def test_normalize_day_of_month_far_ahead_is_last_years(expression, prefer, value):
    assert normalize(expression, TUESDAY, prefer=prefer).value == value


@pytest.mark.parametrize("expression,value", [
    # a weekday written with the day picks the year in which the day falls on it
    ("Thursday, Aug. 6", "2026-08-06"),
    ("Wednesday, Aug. 6", "2025-08-06"),
    ("Aug. 6", "2025-08-06"),
])
def test_normalize_day_of_month_with_its_weekday(expression, value):
    assert normalize(expression, TUESDAY, prefer="nearest").value == value


@pytest.mark.parametrize("expression,last,value", [
    ("that year", "2019-05", "2019"),
    ("the following year", "2019", "2020"),
    ("later that year", "2019-05-02", "2019"),
    ("the next morning", "2019-05-02", "2019-05-03"),
    ("the day before", "2019-05-02", "2019-05-01"),
    ("A day earlier", "2019-05-02", "2019-05-01"),
    ("one day later", "2019-05-02", "2019-05-03"),
    ("the previous month", "2019-05", "2019-04"),
    ("next year", "2019", "2027"),            # counted from the publication date, not the last date
    ("the next day", "2019", None),           # a year says nothing of its days
])
def test_normalize_from_the_last_date_named(expression, last, value):
    assert normalize(expression, TUESDAY, last=last).value == value


@pytest.mark.parametrize("expression,prefer,value", [
    ("Thanksgiving Day", "nearest", "2025-11-27"),   # the fourth Thursday of November
    ("last Christmas", "nearest", "2025-12-25"),
    ("next Christmas", "nearest", "2026-12-25"),
    ("Election Day", "future", "2026-11-03"),        # the Tuesday after the first Monday of November
    ("Memorial Day 2020", "nearest", "2020-05-25"),  # the last Monday of May
    ("Easter", "future", "2026-04-05"),              # Western Easter Sunday of the year
    ("Easter 2005", "nearest", "2005-03-27"),
    ("Good Friday 2005", "nearest", "2005-03-25"),
])
def test_normalize_holidays(expression, prefer, value):
    assert normalize(expression, TUESDAY, prefer=prefer).value == value


@pytest.mark.parametrize("expression,value", [
    ("nineteen eighty-six", "1986"),                  # spoken years
    ("March nineteen seventy", "1970-03"),
    ("the year two thousand", "2000"),
    ("the year 2030", "2030"),
    ("nearly three years ago", "2023"),               # an approximate count back
    ("two weeks' ago", "2026-W06"),                    # a stray possessive mark
    ("about two months ago", "2025-12"),
    ("the fiscal year", "2026"),                      # the year being reported
    ("by year end", "2026"),
    ("year's end", "2026"),
    ("the first half of 2025", "2025-H1"),            # halves
    ("the last half of 1989", "1989-H2"),
    ("the first half of this year", "2026-H1"),       # placed by a relative year
    ("the second half of next year", "2027-H2"),
    ("the first half of the year", "2026-H1"),
    ("the last week of December 2024", "2024-W52"),   # a week of a month by its order
    ("the first week of March 2026", "2026-W10"),
    ("the final week of January", "2026-W05"),
    ("2 1/2 years", "P2Y6M"),
    ("a minute and a half", "PT1M30S"),
    ("eight trading days", "P8D"),                    # qualified units
    ("two more weeks", "P2W"),
    ("year-long", "P1Y"),                             # a unit's length: one of it
    ("decade-long", "P10Y"),
    ("a full month", "P1M"),                          # one whole unit
    ("a whole week", "P1W"),
    ("an entire decade", "P10Y"),
    ("10 p.m. Wednesday", "2026-02-11T22:00"),        # a clock time on its day
    ("noon Monday", "2026-02-16T12:00"),
    ("5 p.m. EST, Feb. 9", "2026-02-09T17:00"),
    ("4:17 a.m.", "2026-02-17T04:17"),                # a clock time alone is on the publication day
    ("18:00 UTC", "2026-02-17T18:00"),                # 24-hour times with their zone, and o'clock
    ("0400 GMT", "2026-02-17T04:00"),
    ("four o'clock", "2026-02-17T04:00"),
    ("25:00 UTC", None),
    ("last Oct. 23", "2025-10-23"),                   # a day of a month told as past or coming
    ("this coming March 8", "2026-03-08"),
    ("next Jan. 4", "2027-01-04"),
    ("the week of March 6", "2026-W10"),              # the week holding a day
    ("the week of Feb. 2, 2024", "2024-W05"),
    ("a three-year period", "P3Y"),                   # a period or term of a counted length
    ("a one-year term", "P1Y"),
    ("the 2024 period", "2024"),                      # a year's period, with no quarter named before
])
def test_normalize_more_shapes_against_published(expression, value):
    assert normalize(expression, TUESDAY).value == value


@pytest.mark.parametrize("published,expression,value", [
    (dt.date(2026, 11, 26), "last spring", "2026-SP"),  # this year's spring is over
    (dt.date(2026, 7, 15), "last spring", "2026-SP"),
    (dt.date(2026, 7, 15), "last summer", "2025-SU"),  # in summer: the one before
    (dt.date(2026, 5, 1), "last spring", "2025-SP"),
])
def test_normalize_last_season_is_the_latest_one_over(published, expression, value):
    assert normalize(expression, published).value == value


@pytest.mark.parametrize("expression,value", [
    ("the first quarter of next year", "2006-Q1"), ("the final quarter of 2004", "2004-Q4"),
    ("the last quarter of last year", "2004-Q4"), ("the fourth quarter of this year", "2005-Q4"),
])
def test_normalize_a_quarter_of_a_year_named_by_its_place(expression, value):
    assert normalize(expression, dt.date(2005, 3, 1), prefer="nearest").value == value


@pytest.mark.parametrize("expression,value", [
    ("a fortnight", "P2W"), ("the last fortnight", "P2W"), ("two fortnights", "P4W"),
    ("half an hour", "PT30M"), ("half a day", "PT12H"), ("over half a century", "P50Y"), ("half a year", "P6M"),
])
def test_normalize_a_fortnight_and_half_a_unit(expression, value):
    result = normalize(expression, TUESDAY)
    assert (result.value, result.granularity) == (value, "duration")
