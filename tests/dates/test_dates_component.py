import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("Southern Command said Tuesday that operations had begun.", "2026-02-17", ("Tuesday", "2026-02-17")),
        ("The minister resigned in January.", "2026-02-17", ("January", "2026-01")),
        ("Rubio visited Ecuador in September.", "2026-02-17", ("September", "2025-09")),
        ("The crisis began in January 2024.", "2026-02-17", ("January 2024", "2024-01")),
        ("The ministry said Friday that talks would resume.", "2026-03-06", ("Friday", "2026-03-06")),
        # a sentence's own verb tagged as a participle, with its subject and no auxiliary, is in the past tense
        ("The 29-year-old World Cup winning scrum-half left Portmoor in May.", "2005-03-15", ("May", "2004-05")),
    ],
)
def test_dates_resolved_against_published(run, text, published, expected):
    doc = run(text, published)
    found = {(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates}
    assert expected in found


@pytest.mark.parametrize("text", ["The ministry said Tuesday that talks would resume.",
                                  "The ferry left the harbour this morning.", "The ferry left on Sunday night."])
def test_dates_unresolved_without_published(run, text):
    doc = run(text)
    (date,) = doc._.facts.dates
    assert date.value is None and date.granularity == "day"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Talks will resume in March.", ("March", "2026-03")),
        ("The election is planned for Friday.", ("Friday", "2026-02-20")),
        ("Talks resumed in March.", ("March", "2025-03")),
        ("The council said the dividend is payable March 3 to holders.", ("March 3", "2026-03-03")),
        ("The new rules, effective Jan. 5, were published by the council.", ("Jan. 5", "2027-01-05")),
        ("The ferry could sail as soon as Friday, the operator said.", ("Friday", "2026-02-20")),
        ("The bridge is set to reopen Thursday after repairs.", ("Thursday", "2026-02-19")),
        ("The mayor would visit the harbour on Monday, aides said.", ("Monday", "2026-02-23")),
        ("The bakery closed on Dec. 28 after a fire.", ("Dec. 28", "2025-12-28")),
        ("The mill was sold on Nov. 3 to a rival.", ("Nov. 3", "2025-11-03")),
        ("The council gave the tenants until Friday to leave.", ("Friday", "2026-02-20")),
        ("Until Friday, the tenants had not been told.", ("Friday", "2026-02-13")),
        ("The sale had been scheduled to close on Friday, the council said.", ("Friday", "2026-02-13")),
        ("The permit had been due to expire Friday.", ("Friday", "2026-02-13")),
        ("The sale is scheduled to close on Friday, the council said.", ("Friday", "2026-02-20")),
        # a date set in the past tense for something ahead
        ("Judge Ana Ruiz set a first hearing for April 14.", ("April 14", "2026-04-14")),
        ("The court adjourned the case for Friday.", ("Friday", "2026-02-20")),
        ("With the election widely predicted for May, MPs this week warned the party.", ("May", "2026-05")),
        # a phrase under "ahead" looks forward whatever the clause's tense; a date outside it does not
        ("The coach said his players were tired ahead of Leeds facing Hull on Saturday.", ("Saturday", "2026-02-21")),
        ("Ahead of Thursday's vote, councillors were lobbied hard.", ("Thursday", "2026-02-19")),
        ("The squad trained on Thursday ahead of the final.", ("Thursday", "2026-02-12")),
        # a present tense with a weekday of its own tells what is set for the days ahead; not a weekday owned by a
        # noun, nor a verb whose past is written the same
        ("The water board holds its annual meeting on Friday.", ("Friday", "2026-02-20")),
        ("The two unions are meeting on Thursday to agree a date.", ("Thursday", "2026-02-19")),
        ("The strike follows Thursday's vote by the drivers.", ("Thursday", "2026-02-12")),
        ("Heavy rain hit the harbour on Thursday.", ("Thursday", "2026-02-12")),
        # the present passive too; and a present-tense clause of time or condition under a verb in the future
        ("The exam results are published on Friday.", ("Friday", "2026-02-20")),
        ("The exam results were published on Friday.", ("Friday", "2026-02-13")),
        ("The audit will begin once the ledgers are handed over by Thursday.", ("Thursday", "2026-02-19")),
        ("The ferry will sail if the strike ends on Sunday, the operator said.", ("Sunday", "2026-02-22")),
        ("The ferry sailed after the strike ended on Sunday.", ("Sunday", "2026-02-15")),
        ("The ferry will sail again, although the strike ended on Sunday.", ("Sunday", "2026-02-15")),
        ("The pier will reopen once the repairs are finished in May.", ("May", "2026-05")),
        ("Under the terms, announced Friday, holders would receive a dividend.", ("Friday", "2026-02-13")),
        # a day of a month in the present tense is set ahead too, also where the tagger reads the verb bare
        ("The Rovers then play Hollin on 7 January and Redvale on 8 February.", ("7 January", "2027-01-07")),
        ("The festival opens in Harbury on 10 February.", ("10 February", "2027-02-10")),
        ("The festival opened in Harbury on 10 February.", ("10 February", "2026-02-10")),
        # "must" looks ahead (not "must have"); a date "coming up"; a fixture of a weekday told in the present
        ("The striker must attend a disciplinary hearing on Wednesday.", ("Wednesday", "2026-02-18")),
        ("Staff must have known on Monday.", ("Monday", "2026-02-16")),
        ("With Christmas coming up, the shops are busy.", ("Christmas", "2026-12-25")),
        ("The captain is focused on Sunday's clash with Norland.", ("Sunday", "2026-02-22")),
        ("Sunday's defeat means they must win.", ("Sunday", "2026-02-15")),
        ("He looks a better bet than Hale after Saturday's game.", ("Saturday", "2026-02-14")),
        # a list opened by "including" looks the way its verb does
        ("The squad will tour Norland in June and July, including Tests on 25 June and 9 July.",
         ("25 June", "2026-06-25")),
        ("The side played ten games last year, including matches on 3 June and 10 July.", ("3 June", "2025-06-03")),
        # a verb joined to one in the future shares its tense; one joined to a verb in the past shares the past
        ("The union says its members will walk out and test the new rules to their limits on Saturday.",
         ("Saturday", "2026-02-21")),
        ("Police arrested the driver and charged him on Saturday.", ("Saturday", "2026-02-14")),
        # in a relative clause too
        ("Protesters will target the conference, which starts on Friday in Harbury.", ("Friday", "2026-02-20")),
        ("He is focused on the Harbury Open, which starts on 17 January.", ("17 January", "2027-01-17")),
        # a thing named for a month drawing near; a to-clause under a modal or an urging looks ahead
        ("Talk of a move grew, with the January transfer window approaching.", ("January", "2027-01")),
        ("It would be nice to see a few new faces in January.", ("January", "2027-01")),
        ("Hale has urged the board to sign a striker in January.", ("January", "2027-01")),
        ("Hale signed a striker in January.", ("January", "2026-01")),
        ("Ministers urged fans to boycott the singer's 12 February concert.", ("12 February", "2026-02-12")),
    ],
)
def test_dates_future_tense_looks_forward(run, text, expected):
    doc = run(text, "2026-02-17")
    assert expected in {(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Profits at the brewer doubled in the third quarter.", "the third quarter"),
        ("Its shares trade well below their level of a year ago.", "a year ago"),
        ("The bakery chain opened two shops just last month.", "last month"),
        ("The ferry sank on Thursday night off the coast.", "Thursday night"),
        ("The harvest begins in early August in the valley.", "early August"),
        ("The climbers waited about two weeks for the storm to pass.", "two weeks"),
        ("This year's harvest was the best in a decade.", "This year"),
        ("The talks broke down at noon Thursday in the capital.", "noon Thursday"),
        ("Staff have until 9 a.m. Friday to vote.", "9 a.m. Friday"),
        ("Three days later, the river burst its banks.", "Three days"),
        ("The ferry sails each Tuesday from the harbour.", "each Tuesday"),
        ("The bakery said its third quarter sales rose.", "third quarter"),
        ("Police saw the van near the depot in the weeks before the fire.", "weeks"),
        ("The plan covers a three-year period, the mayor said.", "a three-year period"),
        ("The council extended the consultation until 5 p.m. EST, March 6.", "5 p.m. EST, March 6"),
        ("The storm reached the coast at 0400 GMT, the agency said.", "0400 GMT"),
        ("The ferry left the harbour at 5.30pm with 40 cars.", "5.30pm"),  # a clock with a dot and no space
        ("These days the mill is quiet.", "These days"),
        ("The bridge reopened barely a month after the flood.", "a month"),
    ],
)
def test_dates_take_timeml_extent(run, text, expected):
    doc = run(text, "2026-02-17")
    assert expected in {doc.text[d.start:d.end] for d in doc._.facts.dates}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Turnover for the quarter ended June 30 was flat at the retailer.", {"the quarter", "June 30"}),
        ("The airline went bust for the second time in two years last September.", {"two years", "last September"}),
        ("Exports rose 4% in the first nine months of 2025, the agency said.", {"the first nine months", "2025"}),
        ("The exhibition runs from Sept. 3 to Oct. 9 at the city museum.", {"Sept. 3", "Oct. 9"}),
        ("The van crossed the border in 2014, 2015 and 2017, the police said.", {"2014", "2015", "2017"}),
    ],
)
def test_dates_period_and_its_end_are_two(run, text, expected):
    doc = run(text, "2026-02-17")
    assert expected <= {doc.text[d.start:d.end] for d in doc._.facts.dates}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Three times more bikes with motors in them will be sold in Spain by the end of 2004 than last year, says a "
         "study from consultants Lumen.", {"the end of 2004", "last year"}),
        ("In the 20 years since that day, electric bikes have become an integral part of city life.", {"the 20 years"}),
        ("Then on 12 March Orbis (now Pelta) opened its first shop.", {"12 March"}),
        ("The ferry left at 0900 GMT on Christmas Day.", {"0900 GMT", "Christmas Day"}),
    ],
)
def test_dates_two_expressions_or_a_name_read_into_one_are_cut_apart(run, text, expected):
    doc = run(text, "2026-02-17")
    assert {doc.text[d.start:d.end] for d in doc._.facts.dates} == expected


def test_dates_a_day_of_the_month_named_after_another_takes_its_month(run):
    doc = run("The fair runs on May 9 and 10 in the town square.", "2026-02-17")
    assert {(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates} == {("May 9", "2026-05-09"),
                                                                               ("10", "2026-05-10")}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The record date for the dividend is Dec. 4.", ("Dec. 4", "2025-12-04")),
        ("The record date for the dividend is April 2.", ("April 2", "2026-04-02")),
    ],
)
def test_dates_without_tense_take_the_nearest_occurrence(run, text, expected):
    doc = run(text, "2026-02-17")
    assert expected in {(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates}


@pytest.mark.parametrize(
    "text",
    ["The 9-year-old won the spelling contest.", "Ms Okoro, 61 years old, chairs the board.",
     "The bakery reported annual sales of 4 million euros.", "She learned to sail in her 40s on the lake.",
     "Late in the day, the ferry left the harbour.", "He kept a photo from his year in the navy.",
     "The troupe staged pantos and summer shows.", "Popular winter sports drew crowds.",  # a kind of show or sport
     "Only a quarter of 14-16 year olds voted.",  # a share of an age
     "Bus fares rose by a fifth a year.", "Almost a third of the towns voted.",  # shares
     "New models are needed to ensure the future of the plant.",  # a thing's fate, no time
     "The coach said it was an off-day for the side.",  # a bad day, no time
     "The day to day running of the mill is hard.", "Bread prices change from day to day.",  # everyday
     "The champion was drawn in the bottom quarter.", "Okafor is in the same quarter of the draw as Lind.",  # a draw
     "Profits rose in a year on year comparison.", "Sales rose month on month.",  # comparisons
     # "today" meaning these days
     "The show will never appeal to the children of today.", "Today's film-makers prefer cheap cameras.",
     "The plant makes half of today's consumer devices."],
)
def test_dates_leave_out_ages_and_frequency_adjectives(run, text):
    doc = run(text, "2026-02-17")
    assert doc._.facts.dates == []


@pytest.mark.parametrize("text", ["Today's ruling was a surprise to the council.", "Today's talks failed again.",
                                  "As of today we have not received the money."])
def test_dates_today_of_a_thing_of_the_day_is_the_day(run, text):
    doc = run(text, "2026-02-17")
    assert [d.value for d in doc._.facts.dates] == ["2026-02-17"]


@pytest.mark.parametrize("text,expected", [
    # a part of a decade written as one word, a decade of two digits after one of four; a bare season told in the
    # past before it begins is the one before, told in the future the coming one
    ("In the mid-1990s, the ferry stopped.", [("the mid-1990s", "199")]),
    ("She was famous in the 1970s and 80s.", [("the 1970s", "197"), ("80s", "198")]),
    ("Things went wrong in the summer.", [("the summer", "2025-SU")]),
    ("The shows will return in the summer.", [("the summer", "2026-SU")]),
    # a to-clause of a verb of beginning or doing, told in the past, happened then; one agreed may lie ahead
    ("Things started to go badly wrong in the summer.", [("the summer", "2025-SU")]),
    ("The firm agreed to buy the unit in the summer.", [("the summer", "2026-SU")]),
])
def test_dates_decades_and_seasons(run, text, expected):
    doc = run(text, "2026-02-17")
    assert [(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates] == expected


def test_dates_a_decade_of_two_digits_after_one_of_four_needs_no_publication_date(run):
    doc = run("She was famous in the 1970s and 80s, and in the 1950s or 60s.", None)
    assert [(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates] == [
        ("the 1970s", "197"), ("80s", "198"), ("the 1950s", "195"), ("60s", "196")]
    assert [d.value for d in run("She loved the 80s.", None)._.facts.dates] == [None]  # alone it needs one


def test_dates_a_decade_written_with_a_mark_is_the_decade_and_no_name(run):
    doc = run("Prices in the 1980's were low, and in the 1960’s lower.", "2005-03-01")
    assert [(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates] == [("the 1980's", "198"),
                                                                                ("the 1960’s", "196")]
    assert not doc._.facts.entities


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The mayor recently opened a second bridge.", ("recently", "PAST_REF")),
        ("Fares may rise again in the future, the operator said.", ("the future", "FUTURE_REF")),
        ("Prices have fallen in recent years across the county.", ("recent years", "PAST_REF")),
        ("Volunteers serve hot meals at the shelter daily.", ("daily", "P1D")),
        ("Sales in the latest period rose 4% at the chain.", ("the latest period", "2025-Q4")),
        ("The family gathered on Thanksgiving Day at the farm.", ("Thanksgiving Day", "2025-11-27")),
        ("The ferry sails each Tuesday from the harbour.", ("each Tuesday", "XXXX-WXX-2")),
        ("The market opens every July in the square.", ("every July", "XXXX-07")),
    ],
)
def test_dates_refer_to_present_past_future_and_sets(run, text, expected):
    doc = run(text, "2026-02-17")
    assert expected in {(doc.text[d.start:d.end], d.timex_value) for d in doc._.facts.dates}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The company is now the largest brewer in the region.", ("now", "PRESENT_REF")),
        ("Fishermen sell their catch on the quay every day.", ("every day", "P1D")),
        # a frequency before a kind of thing: TimeML's SET, no date in the project's convention
        ("The internet is now part of our daily lives.", ("daily", "P1D")),
        ("She writes for a weekly magazine in the town.", ("weekly", "P1W")),
    ],
)
def test_dates_timeml_conventions_also_mark_now_and_recurrences(run, text, expected):
    from pipeline.dates.component import NewsDates

    doc = run(text, "2026-02-17")
    assert expected[0] not in {doc.text[d.start:d.end] for d in doc._.facts.dates}
    NewsDates(None, prefer="nearest", conventions="timeml")(doc)
    assert expected in {(doc.text[d.start:d.end], d.timex_value) for d in doc._.facts.dates}


@pytest.mark.parametrize(
    "text,default,timeml",
    [
        ("Earlier Monday, the mayor opened the bridge.", "Earlier Monday", "Monday"),
        ("The orchestra rehearsed later today in the old hall.", "later today", "today"),
        ("The council met earlier this week to vote on the budget.", "earlier this week", "this week"),
        ("The council met earlier this month to vote on the budget.", "earlier this month", "earlier this month"),
    ],
)
def test_dates_timeml_conventions_leave_earlier_out_of_a_day(run, text, default, timeml):
    from pipeline.dates.component import NewsDates

    doc = run(text, "2026-02-17")
    assert default in {doc.text[d.start:d.end] for d in doc._.facts.dates}
    NewsDates(None, prefer="nearest", conventions="timeml")(doc)
    assert timeml in {doc.text[d.start:d.end] for d in doc._.facts.dates}


def test_dates_timeml_config_sets_timeml_conventions():
    from pipeline.api import DEFAULT_CONFIG, read_config

    timeml, default = read_config(DEFAULT_CONFIG.parent / "timeml.cfg"), read_config()
    assert timeml["components"]["newsfacts_dates"]["conventions"] == "timeml"
    assert default["components"]["newsfacts_dates"]["conventions"] == "newsfacts"
    # the rest is the default config's, kept in step with it
    timeml["components"]["newsfacts_dates"]["conventions"] = "newsfacts"
    assert timeml == default


@pytest.mark.parametrize("text", ["The past year was hard for the club.", "The past tense is simple."])
def test_dates_the_past_before_a_noun_is_no_reference(run, text):
    doc = run(text, "2026-02-17")
    assert "the past" not in {doc.text[d.start:d.end].lower() for d in doc._.facts.dates}


@pytest.mark.parametrize("text,dates", [
    # a frequency word a determiner makes a noun is a publication
    ("The figures come from the trade weekly. The weekly said sales fell.", []),
    ("Her column ran in a daily until it closed.", []),
    # before a noun, or as an adverb, it is a recurrence
    ("The paper is published daily and holds a weekly rally.", ["daily", "weekly"]),
])
def test_dates_a_frequency_word_naming_a_publication_is_no_date(run, text, dates):
    doc = run(text, "2026-02-17")
    assert [doc.text[d.start:d.end] for d in doc._.facts.dates] == dates


@pytest.mark.parametrize("text", ["The valley has been short of water for years.",
                                  "After months of talks the union signed the deal."])
def test_dates_a_bare_plural_period_is_no_date(run, text):
    doc = run(text, "2026-02-17")
    assert not doc._.facts.dates


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sales rose 4% in the year ended March 31, the brewer said.", ("the year", "P1Y")),
        ("The mill opened in May 2019 and closed the following year.", ("the following year", "2020")),
        ("The ferry line closed in nineteen ninety-six after a storm.", ("nineteen ninety-six", "1996")),
        ("The depot will be sold over the next year or so, the council said.", ("the next year or so", "2027")),
        ("The council hopes to cut its debt by the end of the year.", ("the end of the year", "2026")),
    ],
)
def test_dates_a_year_named_by_its_end_and_one_told_from_the_last_date(run, text, expected):
    doc = run(text, "2026-02-17")
    assert expected in {(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates}


def test_dates_a_date_modifying_a_noun_leaves_it_the_determiner():
    """Parsed with "The" on the date and the date as a modifier of "blasts": the determiner is the noun's."""
    import spacy
    from spacy.tokens import Doc, Span

    from pipeline.dates.component import timex_spans

    words = ["The", "Oct.", "23", ",", "2019", ",", "blasts", "shook", "the", "port"]
    heads = [1, 6, 1, 1, 1, 1, 7, 7, 9, 7]
    deps = ["det", "nmod", "nummod", "punct", "appos", "punct", "nsubj", "ROOT", "det", "dobj"]
    pos = ["DET", "PROPN", "NUM", "PUNCT", "NUM", "PUNCT", "NOUN", "VERB", "DET", "NOUN"]
    spaces = [True, True, False, True, False, True, True, True, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    assert [span.text for span in timex_spans(Span(doc, 1, 5, label="DATE"))] == ["Oct. 23, 2019"]
    doc = Doc(doc.vocab, words=["The", "Oct.", "23", "vote"], heads=[1, 1, 1, 1], deps=["det", "ROOT", "nummod", "dep"],
              pos=["DET", "PROPN", "NUM", "NOUN"])
    assert [span.text for span in timex_spans(Span(doc, 1, 3, label="DATE"))] == ["The Oct. 23"]


def test_dates_leave_out_a_clock_time_restated_in_another_zone(run):
    doc = run("The bridge collapsed at about 9:15 a.m. (0615 GMT) on Sunday.", "2026-02-17")
    assert not any("GMT" in doc.text[d.start:d.end] for d in doc._.facts.dates)


def test_dates_find_a_weekday_the_model_missed():
    import spacy
    from spacy.tokens import Doc, Span

    from pipeline.dates.component import weekday_spans

    doc = Doc(spacy.blank("en").vocab, words=["The", "mayor", "Saturday", "vowed", "a", "monday", "fix", "by", "Friday",
                                              "or", "today"])
    taken = [Span(doc, 8, 9, label="DATE")]
    assert [span.text for span in weekday_spans(doc, taken)] == ["Saturday", "today"]


def test_dates_a_clock_time_in_24_hour_form_is_no_year(run):
    text = "At 1405 GMT, shares in the bank were trading down. The club was founded in 1830."
    dates = {text[d.start:d.end]: d.value for d in run(text, published="2005-03-01")._.facts.dates}
    assert dates == {"1405 GMT": "2005-03-01T14:05", "1830": "1830"}


@pytest.mark.parametrize("text,values", [
    # a range of months shares its year
    ("The fraud ran between March and October 2004, police said.", {"March": "2004-03", "October 2004": "2004-10"}),
    ("Sales rose from May to July 2003.", {"May": "2003-05", "July 2003": "2003-07"}),
    # a clock time on a day is that day's
    ("The match kicks off at 1400 GMT on Saturday.", {"1400 GMT": "2005-03-05T14:00", "Saturday": "2005-03-05"}),
    ("The talks began at 2pm on 3 March 2004.", {"2pm": "2004-03-03T14:00", "3 March 2004": "2004-03-03"}),
    # a day or a month a few words after a year its clause names is in that year; not one in another clause
    ("Claims peaked in 2001 when the 11 September attacks hit insurers.", {"2001": "2001", "11 September": "2001-09-11"}),
    ("The shop opened in 2003 and that as of February it had sold 100 bikes.", {"2003": "2003", "February": "2005-02"}),
    # a day and month written with their year earlier in the article are that day again; another day is not
    ("The memo of 9 April 2002 was leaked. Ministers said the memo of 9 April was a draft, and met on 12 April.",
     {"9 April 2002": "2002-04-09", "9 April": "2002-04-09", "12 April": "2004-04-12"}),
    ("On Tuesday 1 March she spoke. The report of March 1, 2003, was cited again.",
     {"Tuesday 1 March": "2005-03-01", "March 1, 2003": "2003-03-01"}),
])
def test_dates_read_with_the_date_beside_them(run, text, values):
    dates = {text[d.start:d.end]: d.value for d in run(text, published="2005-03-01")._.facts.dates}
    assert dates == values


@pytest.mark.parametrize("text,date,number", [
    # a date the model runs on into the number after a weekday: the number counts what follows
    ("Earlier on Friday 15 protesters were arrested in the square.", ("Friday", "2026-03-06"), (15, "protester")),
    ("The vote was held on Friday - 67% of people voted yes.", ("Friday", "2026-03-06"), (67, None)),
])
def test_dates_a_weekday_before_a_count(run, text, date, number):
    doc = run(text, "2026-03-09")
    assert [(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates] == [date]
    assert [(q.value, q.counted) for q in doc._.facts.quantities] == [number]


@pytest.mark.parametrize("text,expected", [
    # the present perfect looks back, a passive to-clause describing a thing forward
    ("Asking prices have fallen from their July peaks.", {"July": "2025-07"}),
    ("Asking prices will peak in July.", {"July": "2026-07"}),
    ("The lenders have extended the loans through July.", {"July": "2026-07"}),
    # "since" a month looks back, whatever the tense
    ("The pair have been on trial since June.", {"June": "2025-06"}),
    ("The pair are on trial since June.", {"June": "2025-06"}),
    ("The twin shows, to be held on 26-28 August, will feature ten bands.", {"26-28 August": "2026-08-26"}),
    # a bare weekday after a stated range of days is the day of that range
    ("The fair will run on 14-16 August. Jones will open the fair on the Friday, and Smith will close it on Sunday.",
     {"14-16 August": "2026-08-14", "the Friday": "2026-08-14", "Sunday": "2026-08-16"}),
    # not after a single day, nor when another day is named between
    ("The fair opened on 14 August. Police said on Friday that it had been a success.",
     {"14 August": "2025-08-14", "Friday": "2026-02-13"}),
    ("The fair ran on 14-16 August 2025. Police said on 2 September that on Friday the tills were robbed.",
     {"14-16 August 2025": "2025-08-14", "2 September": "2025-09-02", "Friday": "2026-02-13"}),
])
def test_dates_the_tense_and_the_stated_range_place_a_date(run, text, expected):
    doc = run(text, "2026-02-17")
    assert {doc.text[d.start:d.end]: d.value for d in doc._.facts.dates} == expected


@pytest.mark.parametrize("text,expected", [
    # the first or last three months of a year named after them: its quarter
    ("The economy grew in the last three months of 2025.", {"the last three months": "2025-Q4", "2025": "2025"}),
    ("Sales rose in the first three months of 2025.", {"the first three months": "2025-Q1", "2025": "2025"}),
    # with no year after them, three months
    ("Sales rose in the last three months.", {"the last three months": "P3M"}),
    # the three months to a quarter's last month name that quarter for what refers to it later
    ("Profits rose 76% for the three months to December, from $639m year-earlier.",
     {"the three months": "P3M", "December": "2025-12", "year-earlier": "2024-Q4"}),
    ("Sales for the three months ended Sept. 30 rose from a year earlier.",
     {"the three months": "P3M", "Sept. 30": "2025-09-30", "a year earlier": "2024-Q3"}),
])
def test_dates_a_quarter_named_by_its_months(run, text, expected):
    doc = run(text, "2026-02-17")
    assert {doc.text[d.start:d.end]: d.value for d in doc._.facts.dates} == expected


@pytest.mark.parametrize("text,expected", [
    # a day number written right before a month the models read alone is the day's
    ("The 9 November traffic surge has continued into December, the firm said.",
     {"9 November": "2025-11-09", "December": "2025-12"}),
    # not a number counting something else, nor a currency
    ("It sold 9 in May.", {"May": "2025-05"}),
])
def test_dates_a_day_number_before_a_month(run, text, expected):
    doc = run(text, "2026-02-17")
    assert {doc.text[d.start:d.end]: d.value for d in doc._.facts.dates} == expected


@pytest.mark.parametrize("text,expected", [
    # a financial year, written with the next year's last digits, dated by the year it opens
    ("Borrowing in 2004/05 rose, and in 1998/9 it fell, the Treasury said.", {"2004/05": "2004", "1998/9": "1998"}),
    # so with a hyphen, no month: a season or a financial year
    ("Cocoa exports fell during 2003-04, and in the 2011-12 season they rose.",
     {"2003-04": "2003", "2011-12": "2011"}),
    ("Sales were first logged in 2011-08.", {"2011-08": "2011-08"}),
    # not two numbers that are no such pair
    ("The vote was 2004/17 in favour.", {}),
])
def test_dates_a_financial_year(run, text, expected):
    doc = run(text, "2026-02-17")
    assert {doc.text[d.start:d.end]: d.value for d in doc._.facts.dates} == expected


@pytest.mark.parametrize("text,expected", [
    # a week or a weekend written before "of" and a day is the week holding that day, the day placed by the tense
    # of the verb the week hangs on (2026-02-17 is a Tuesday)
    ("The festival is held over the weekend of 11 and 12 July in Leeds.",
     {"the weekend": "2026-W28", "11": "2026-07-11", "12 July": "2026-07-12"}),
    ("The festival was held over the weekend of 11 July.", {"the weekend": "2025-W28", "11 July": "2025-07-11"}),
    ("Sales peaked in the week of 9 February.", {"the week of 9 February": "2026-W07"}),
    # a week alone keeps the publication date's
    ("The festival was held over the weekend.", {"the weekend": "2026-W07"}),
    # "this weekend's" event, whatever the tense of what was done about it: the weekend to come
    ("Ann Lee has pulled out of this weekend's indoor championships.", {"this weekend": "2026-W08"}),
    # a purpose one to-clause below a plan told in the present lies ahead, as the plan's own clause does
    ("Kestrel plans to ship new boxes, to reach more homes, in time for Christmas.", {"Christmas": "2026-12-25"}),
    ("Kestrel planned to ship new boxes, to reach more homes, in time for Christmas.", {"Christmas": "2025-12-25"}),
    # "the previous year" after a quarter of a year named: the year before that quarter's; with no date named
    # before, the year before publication
    ("Profits rose in the third quarter of 2024 from the previous year.",
     {"the third quarter of 2024": "2024-Q3", "the previous year": "2023"}),
    ("Profits rose from the previous year.", {"the previous year": "2025"}),
])
def test_dates_placed_by_the_week_or_the_quarter_named_with_them(run, text, expected):
    doc = run(text, "2026-02-17")
    assert {doc.text[d.start:d.end]: d.value for d in doc._.facts.dates} == expected


def test_dates_a_weekday_and_a_day_of_the_month_stay_one_date(run):
    doc = run("He arrived on Friday 15 April.", "2026-03-09")
    assert [doc.text[d.start:d.end] for d in doc._.facts.dates] == ["Friday 15 April"]


@pytest.mark.parametrize("text,expected", [
    # a weekday joined to the one before it is that day of the same stretch (2005-03-15 is a Tuesday)
    ("He had hoped to race at Leeds on Tuesday and Wednesday.", {"Tuesday": "2005-03-15", "Wednesday": "2005-03-16"}),
    ("The talks will be held on Monday or Tuesday.", {"Monday": "2005-03-21", "Tuesday": "2005-03-22"}),
    ("He played on Saturday and Sunday.", {"Saturday": "2005-03-12", "Sunday": "2005-03-13"}),
    # the one nearest it: "Friday and Thursday" the day before
    ("Statements were made Friday and Thursday.", {"Friday": "2005-03-11", "Thursday": "2005-03-10"}),
])
def test_dates_weekdays_joined_are_one_stretch_of_days(run, text, expected):
    doc = run(text, "2005-03-15")
    assert {doc.text[d.start:d.end]: d.value for d in doc._.facts.dates} == expected


@pytest.mark.parametrize("text,value", [
    # a day of history named with its words is that day, whatever the publication date
    ("Security has risen since the 11 September terror attacks.", "2001-09-11"),
    ("Security has risen since the September 11 attacks, he said.", "2001-09-11"),
    ("The match is on 11 September.", "2005-09-11"),
])
def test_dates_a_famous_day(run, text, value):
    doc = run(text, "2005-03-15")
    assert [d.value for d in doc._.facts.dates] == [value]


@pytest.mark.parametrize("text,friday", [
    # a weekday with the day written after a comma is that day, where they agree; else the weekday's own reading
    ("The match on Friday, 13 February was postponed.", "2026-02-13"),
    ("The match on Friday, 12 February was postponed.", "2026-03-06"),
])
def test_dates_a_weekday_before_its_written_day(run, text, friday):
    doc = run(text, "2026-03-09")
    assert {doc.text[d.start:d.end]: d.value for d in doc._.facts.dates}.get("Friday") == friday


@pytest.mark.parametrize("text,values", [
    # "a" weekday, and one joined to it, is any one of its kind; a plain one the week's
    ("Most fights happen on a Friday or Saturday night, police said.", {"Friday": None}),
    ("They met on a Monday and Tuesday every month.", {"Monday": None, "Tuesday": None}),
    ("He left on Friday and Saturday.", {"Friday": "2026-03-06", "Saturday": "2026-03-07"}),
    # one describing the noun after it is that week's
    ("In a Wednesday media event, the firm released a new laptop.", {"Wednesday": "2026-03-04"}),
])
def test_dates_any_such_weekday_is_no_day(run, text, values):
    doc = run(text, "2026-03-09")
    found = {doc.text[d.start:d.end]: d.value for d in doc._.facts.dates}
    assert all(found.get(k, "missing") == v or v is None and k not in found for k, v in values.items())
    assert all(v is None for k, v in found.items() if k.split()[0] in values and values[k.split()[0]] is None)


def test_dates_a_rank_before_this_week_is_no_part_of_it(run):
    doc = run("The comedy Glass Harbour was at number five this week. It was number one last week.", "2026-03-09")
    assert {doc.text[d.start:d.end]: d.value for d in doc._.facts.dates} == {"this week": "2026-W11",
                                                                           "last week": "2026-W10"}


@pytest.mark.parametrize("text,dates", [
    ("She won awards for song of the year and record of the year.", []),  # an award's name
    ("On Monday he was named player of the year.", ["Monday"]),
    ("The magazine named him man of the year and its star of the year.", []),
    ("Sales rose at the end of the year.", ["the end of the year"]),  # a part of the period is a date
    # a period judged by an adjective is a judgement; one measured, counted or placed is a date
    ("It was a good year for the firm.", []),
    ("Mills had a much better year than his rivals.", []),
    ("They waited a full year for the ruling.", ["a full year"]),
    ("The deal closed a year earlier than planned.", ["a year earlier"]),
    # "Today" capitalised inside a sentence is a programme's name; opening a sentence or a quotation it is the day
    ("Ana Ruiz told Radio 4's Today programme the plan would work.", []),
    ("Today, prices fell again.", ["Today"]),
    ('"Today is a sad day," Ana Ruiz said.', ["Today"]),
    # a day or a holiday inside a programme's title is no date
    ("Ant and Dec's Saturday Night Takeaway won the award.", []),
    ("Tom Reed wrote The Office Christmas Special.", []),
    # a holiday's name ending a longer event's name is another day
    ("He spoke at a Holocaust Memorial Day event in London.", []),
    ("Memorial Day was marked across Ohio.", ["Memorial Day"]),
    # a weekday before a programme's noun is a weekly slot; that day's programme is a date
    ("She hosted ITV1's Saturday morning children's music show.", []),
    ("He reads the Sunday night news on BBC One.", []),
    ("Saturday's show was cancelled.", ["Saturday"]),
    # the day and its night, and a holiday named whole, are dates
    ("She will fly on Saturday night.", ["Saturday night"]),
    ("He was found on Thanksgiving Day.", ["Thanksgiving Day"]),
])
def test_dates_names_and_judgements_that_are_no_dates(run, text, dates):
    """An award's period, a judged period, a programme's "Today" and a day inside a title."""
    doc = run(text, "2026-03-09")
    assert [doc.text[d.start:d.end] for d in doc._.facts.dates] == dates


@pytest.mark.parametrize("text,expected", [
    ("After a decade-long battle, the firm won.", {"decade-long": "P10Y"}),
    ("The final part of his year-long review was published.", {"year-long": "P1Y"}),
    ("A two-week-long strike began.", {"two-week-long": "P2W"}),
])
def test_dates_a_period_s_length_written_with_long(run, text, expected):
    doc = run(text, "2026-03-09")
    assert {doc.text[d.start:d.end]: d.value for d in doc._.facts.dates} == expected


@pytest.mark.parametrize("text,expected", [
    ("The previews will be staged on 14, 20 and 27 April.",
     {"14": "2026-04-14", "20": "2026-04-20", "27 April": "2026-04-27"}),
    ("The two concerts are on 3 and 5 June, after the opening on 12 May.",
     {"3": "2026-06-03", "5 June": "2026-06-05", "12 May": "2026-05-12"}),
    ("Voting will take place on the 8th or 9th October 2027.",
     {"the 8th": "2027-10-08", "9th October 2027": "2027-10-09"}),
    ("Listeners chose the records to play between 6 and 12 December.",
     {"6": "2025-12-06", "12 December": "2025-12-12"}),
    # a number before a date through a comma alone is no day of its list
    ("The ferry will carry 12, 14 April bookings show.", {"14 April": "2026-04-14"}),
])
def test_dates_days_listed_before_their_month(run, text, expected):
    """Each day of a list written before its month is a date in that month, and no count."""
    doc = run(text, "2026-03-09")
    assert {doc.text[d.start:d.end]: d.value for d in doc._.facts.dates} == expected
    listed = {doc.text[d.start:d.end] for d in doc._.facts.dates}
    assert not [q for q in doc._.facts.quantities if doc.text[q.start:q.end] in listed]


@pytest.mark.parametrize("text,dated", [
    # a holiday naming a kind of thing is no date
    ("The virus poses as an electronic Christmas card.", set()),
    ("It sends the Christmas greeting to every contact.", set()),
    ("A worm poses as a Christmas e-mail from a friend.", set()),  # a hyphenated thing, split by the tokenizer
    # the holiday as a time stays one
    ("Sales rose over the Christmas period.", {"the Christmas period"}),
    ("He will be back for Christmas.", {"Christmas"}),
])
def test_dates_a_holiday_naming_a_thing(run, text, dated):
    doc = run(text)
    assert {doc.text[d.start:d.end] for d in doc._.facts.dates} == dated


def test_dates_a_half_of_a_match_is_no_date(run):
    doc = run("Chelsea beat Leeds 2-0 in the league match. The striker scored midway through the second half after a "
              "poor first-half display by the defender and the goalkeeper. The coach praised the squad. Ticket sales "
              "rose in the second half of the year.", "2026-02-17")
    found = {doc.text[d.start:d.end] for d in doc._.facts.dates}
    assert "the second half of the year" in found and not {"the second half", "second half", "first-half"} & found


@pytest.mark.parametrize(
    "text,expected",
    [  # published on Tuesday 2026-02-17, ISO week 8
        ("The striker has not played since January and misses the cup tie this week, with his side facing Leeds on "
         "Friday.", ("Friday", "2026-02-20")),
        ("Talks resume next week, beginning on Monday.", ("Monday", "2026-02-23")),
        ("She was injured on Saturday, the club said.", ("Saturday", "2026-02-14")),  # no week stated: the past
        ("The trial will open on Thursday and is expected to end early next week.", ("Thursday", "2026-02-19")),
        # the purpose of a move told in the present, and what a verb in the present continuous is about, lie ahead
        ("England travel to Cardiff to face Wales in the opener on Saturday.", ("Saturday", "2026-02-21")),
        ("She is flying to Rome to meet the Pope on Friday.", ("Friday", "2026-02-20")),
        ("England flew to Cardiff to face Wales on Saturday.", ("Saturday", "2026-02-14")),  # told in the past
        ("Hollywood is preparing for the ceremony on Sunday.", ("Sunday", "2026-02-22")),
        ("She is holding a party on Friday.", ("Friday", "2026-02-20")),
        ("He was preparing for the match on Sunday.", ("Sunday", "2026-02-15")),
    ],
)
def test_dates_a_weekday_s_week_from_its_words_and_tense(run, text, expected):
    doc = run(text, "2026-02-17")
    assert expected in {(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates}


def test_dates_a_quarter_final_is_a_round_no_quarter(run):
    doc = run("Federer beat Nadal to reach the quarter-final in Doha on Tuesday. Sales rose in the fourth quarter of "
              "2025.", "2026-02-17")
    assert {doc.text[d.start:d.end] for d in doc._.facts.dates} == {"Tuesday", "the fourth quarter of 2025"}


@pytest.mark.parametrize("text,dated", [
    ("He can go abroad one day.", set()),  # some day to come
    ("I hope to play for England one day.", set()),
    ("He hopes one day to win it.", set()),  # on the verb of wishing, before its to-clause
    ("It is the ambition of players to one day be captain.", set()),  # splitting an infinitive
    ("The strike lasted one day.", {"one day"}),
    ("Staff will strike for one day on Friday.", {"one day", "Friday"}),
    ("It will take one day to fix.", {"one day"}),
])
def test_dates_one_day_to_come_is_no_date(run, text, dated):
    doc = run(text, "2026-02-17")
    assert {doc.text[d.start:d.end] for d in doc._.facts.dates} == dated


@pytest.mark.parametrize("text,value", [
    # a duration written in two parts, the larger first, is one (as TimeML writes "a minute and a half")
    ("The final lasted two hours and 40 minutes.", "PT2H40M"),
    ("Tom Hale was jailed for two years and six months.", "P2Y6M"),
    ("They waited three hours, 20 minutes for a bus.", "PT3H20M"),
])
def test_dates_a_duration_in_two_parts_is_one(run, text, value):
    assert [d.value for d in run(text)._.facts.dates] == [value]


def test_dates_durations_smaller_first_stay_two(run):
    assert [d.value for d in run("She spent 10 days and three weeks there.")._.facts.dates] == ["P10D", "P3W"]


@pytest.mark.parametrize("text,value", [
    # a participle without tense of its own takes the past of the verb it hangs on
    ("The winger spent five months at the club following a move from Leeds in July.", "2004-07"),
    ("The winger will spend five months at the club following a move in July.", "2005-07"),
])
def test_dates_a_participle_takes_the_tense_of_its_verb(run, text, value):
    assert [d.value for d in run(text, "2005-03-15")._.facts.dates if d.granularity == "month"] == [value]


@pytest.mark.parametrize("text,expected", [
    # a year, month or week before or after publication found by its words where the model misses it
    ("Sony tried the PSX - a variation on the PlayStation - last year in Japan.", [("last year", "2004")]),
    ("The firm's results next week will show more.", [("next week", "2005-W12")]),
    # a noun the model read into the date's start is no part of it
    ("Chelsea have not played Barcelona since that quarter-final tie five years ago.",
     [("five years ago", "2000")]),
    # a to-clause under "likely", told in the present, looks ahead; told in the past, back
    ("Two of his colleagues are likely to line up against Leeds United on Wednesday.", [("Wednesday", "2005-03-16")]),
    ("He is unlikely to play on Saturday.", [("Saturday", "2005-03-19")]),
    ("He was likely to play on Sunday but fell ill.", [("Sunday", "2005-03-13")]),
])
def test_dates_relative_periods_and_likely_plans(run, text, expected):
    doc = run(text, "2005-03-15")
    assert [(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates] == expected


@pytest.mark.parametrize("text,expected", [
    # a day written alone before a range's connector takes the month of the day ending the range
    ("The show ran 6 to 9 January.", [("6", "2005-01-06"), ("9 January", "2005-01-09")]),
    ("The firm had sales of 6 to 9 million.", []),
    # "an extra", "a further" qualify a length of time without changing it
    ("The deal runs for an extra five years.", [("an extra five years", "P5Y")]),
    ("Talks went on for an additional three months.", [("an additional three months", "P3M")]),
])
def test_dates_day_ranges_and_further_lengths(run, text, expected):
    doc = run(text, "2005-03-15")
    assert [(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates] == expected


def test_dates_a_quarter_of_a_match_is_no_time(run):
    sport = ("Wales scored twice in the final quarter to beat France 24-18. The coach praised the squad after the "
             "match. The captain and the striker both played well, and the team is top of the table.")
    assert run(sport, "2005-03-15")._.facts.dates == []
    assert [d.value for d in run("Profits rose in the fourth quarter.", "2005-03-15")._.facts.dates] == ["2004-Q4"]


@pytest.mark.parametrize("text,found", [
    # a fortnight and half of one unit: lengths of time the model seldom marks, found by their words
    ("Ticket sales doubled over the past fortnight.", [("the past fortnight", "P2W")]),
    ("The council will decide in a fortnight.", [("a fortnight", "P2W")]),
    ("The hearing lasted half an hour before the judge adjourned.", [("half an hour", "PT30M")]),
    ("Flooding closed the road for half a day.", [("half a day", "PT12H")]),
    ("Nobody here has seen a fortnightly market.", []),
    ("Half the members voted against the plan.", []),
])
def test_dates_a_fortnight_and_half_a_unit_are_lengths_of_time(run, text, found):
    doc = run(text, "2026-02-17")
    assert [(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates] == found


@pytest.mark.parametrize("text,values", [
    # "the year", "year end" after a year gone by named on its own: that year
    ("Gamers spent £1bn in 2025. Console sales rose 20% during the year, and by year end one game had sold a million "
     "copies.", ["2025", "2025", "2025"]),
    # the year written inside a longer expression, and the last one written
    ("Sales fell in 2019. Strong sales in the early months of 2025 kept the year from showing a decline.",
     ["2019", None, "2025"]),
    # not in a sentence about what is to come, nor where no past year was named, nor after a year long gone
    ("Sales fell in 2025. The firm expects growth for the year.", ["2025", "2026"]),
    ("The index is based on the close of 2019. The change is since year-end.", ["2019", "2026"]),
    ("Sales fell in March. Profits rose during the year.", ["2025-03", "2026"]),
])
def test_dates_the_year_after_a_year_gone_by_is_that_year(run, text, values):
    assert [d.value for d in run(text, "2026-02-17")._.facts.dates] == values


@pytest.mark.parametrize("text,dates", [
    ("Never in a million years did I think this would happen, she said.", set()),
    ("The rocks formed over a million years, the survey said.", {"over a million years"}),
])
def test_dates_never_in_a_million_years_is_no_length_of_time(run, text, dates):
    doc = run(text, "2026-02-17")
    assert {doc.text[d.start:d.end] for d in doc._.facts.dates} == dates


def test_dates_days_listed_before_their_month_without_a_publication_date(run):
    """With no publication date, a day listed before its month is that day of the month in an unknown year."""
    doc = run("Listeners chose the records to play between 6 and 12 December, and the previews on 14, 20 and 27 April.")
    assert {doc.text[d.start:d.end]: d.timex_value for d in doc._.facts.dates} == {
        "6": "XXXX-12-06", "12 December": "XXXX-12-12", "14": "XXXX-04-14", "20": "XXXX-04-20",
        "27 April": "XXXX-04-27"}


def test_dates_a_span_of_years_from_a_year_is_a_duration_and_the_year(run):
    doc = run("He led the club for five years from 1996 to 2001, and the deal runs for two years from next month.",
              "2005-01-10")
    assert {(doc.text[d.start:d.end], d.timex_value) for d in doc._.facts.dates} >= {
        ("five years", "P5Y"), ("1996", "1996"), ("2001", "2001")}


def test_dates_not_for_one_minute_is_no_time(run):
    doc = run("I don't suggest for one minute that he is wrong. He waited for one minute before leaving.")
    assert [doc.text[d.start:d.end] for d in doc._.facts.dates] == ["one minute"]
    assert doc._.facts.dates[0].start > doc.text.index("waited")
