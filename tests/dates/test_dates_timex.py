import pytest

from pipeline.dates.timex import timex3


@pytest.mark.parametrize(
    "text,value,granularity,expected",
    [
        ("recent decades", None, "vague", ("DATE", "PAST_REF")),
        ("the past few months", None, "vague", ("DURATION", "PXM")),
        ("recent months", None, "vague", ("DATE", "PAST_REF")),
        ("the coming weeks", None, "vague", ("DATE", "FUTURE_REF")),
        ("these days", None, "vague", ("DATE", "PRESENT_REF")),
        ("several years", None, "vague", ("DURATION", "PXY")),
        ("now", None, "vague", ("DATE", "PRESENT_REF")),
        ("every week", None, "vague", ("SET", "P1W")),
        ("each year", None, "vague", ("SET", "P1Y")),
        ("every other month", None, "vague", ("SET", "P2M")),
        ("every two hours", None, "vague", ("SET", "PT2H")),
        ("daily", None, "vague", ("SET", "P1D")),
        ("every single day", None, "vague", ("SET", "P1D")),
        ("every day of the week", None, "vague", ("SET", "P1D")),
        ("each Thursday", "2026-02-12", "day", ("SET", "XXXX-WXX-4")),
        ("every July", "2025-07", "month", ("SET", "XXXX-07")),
        ("each of the past three years", "P3Y", "duration", ("DURATION", "P3Y")),
        ("nowadays", None, "vague", ("DATE", "PRESENT_REF")),
        ("the years ahead", None, "vague", ("DURATION", "PXY")),
        ("the near future", None, "vague", ("DATE", "FUTURE_REF")),
        ("formerly", None, "vague", ("DATE", "PAST_REF")),
        ("Friday evening", "2026-02-13", "day", ("DATE", "2026-02-13TEV")),
        ("this evening", "2026-02-17", "day", ("TIME", "2026-02-17TEV")),
        ("next weekend", "2026-W09", "week", ("DATE", "2026-W09-WE")),
        ("six weeks", "P6W", "duration", ("DURATION", "P6W")),
        ("Wednesday", "2026-02-18", "day", ("DATE", "2026-02-18")),
        ("noon", "2026-02-17T12:00", "time", ("TIME", "2026-02-17T12:00")),
        # a named day, month or clock time with no date to place it (no publication date): TIMEX3's underspecified
        # value, the ISO value staying null
        ("Monday", None, "day", ("DATE", "XXXX-WXX-1")),
        ("Sunday night", None, "day", ("DATE", "XXXX-WXX-7TNI")),
        ("this weekend", None, "week", ("DATE", "XXXX-WXX-WE")),
        ("30 September", None, "day", ("DATE", "XXXX-09-30")),
        ("last September", None, "month", ("DATE", "XXXX-09")),
        ("1700 GMT", None, "time", ("TIME", "XXXX-XX-XXT17:00")),
        ("3am", None, "time", ("TIME", "XXXX-XX-XXT03:00")), ("5.30 pm", None, "time", ("TIME", "XXXX-XX-XXT17:30")),
        ("12am", None, "time", ("TIME", "XXXX-XX-XXT00:00")), ("12 p.m.", None, "time", ("TIME", "XXXX-XX-XXT12:00")),
        ("a Sunday", None, "vague", ("DATE", "XXXX-WXX-7")),  # "the ferry sailed on a Sunday"
        ("the first quarter", None, "vague", ("DATE", "XXXX-Q1")),
        ("a third quarter", None, "vague", ("DATE", "XXXX-Q3")),  # "in a third quarter when fuel costs rose"
        ("late winter", None, "vague", ("DATE", "XXXX-WI")),
        ("the last quarter", None, "vague", ("DATE", "PAST_REF")),  # (the latest one, not the fourth)
        # ... but not a period counted or none in particular
        ("Tuesday 9 November", None, "day", ("DATE", "XXXX-11-09")),
        ("Boxing Day", None, "day", ("DATE", "XXXX-12-26")),
        ("this Christmas", None, "day", ("DATE", "XXXX-12-25")),
        ("Easter", None, "day", ("DATE", None)),  # (a holiday that moves: its day unknown without the year)
        ("a weekend", None, "week", ("DATE", None)),
        ("their weekend afternoon", None, "vague", ("DATE", None)),
        ("June-July", None, "month", ("DATE", None)),
        ("20-30 January", None, "day", ("DATE", None)),
        ("recent weeks", None, "vague", ("DATE", "PAST_REF")),
        ("the end of the decade", None, "vague", ("DATE", None)),
        # "days" as a past era, not a number of days
        ("his days", None, "vague", ("DATE", "PAST_REF")), ("the early days", None, "vague", ("DATE", "PAST_REF")),
        ("those days", None, "vague", ("DATE", "PAST_REF")), ("the old days", None, "vague", ("DATE", "PAST_REF")),
        ("days", None, "vague", ("DURATION", "PXD")), ("the days", None, "vague", ("DURATION", "PXD")),
        ("a few days", None, "vague", ("DURATION", "PXD")),
    ],
)
def test_timex3_is_our_reading_in_timeml_encoding(text, value, granularity, expected):
    assert timex3(text, value, granularity) == expected


def test_timex3_early_days_without_a_determiner_is_no_past_era():
    # "It is still early days for the project": too soon to tell, not a time gone by
    assert timex3("early days", None, "vague") != ("DATE", "PAST_REF")
