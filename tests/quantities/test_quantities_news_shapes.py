"""News shapes of numbers: units glued to digits, a change followed by its new level, rates, and names
that contain numbers. Sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


def _quantities(doc):
    return doc._.facts.quantities


@pytest.mark.parametrize(
    "text,value,unit,qualifier",
    [
        ("The new coupe has a 700bhp engine.", 700, "bhp", "exact"),
        ("Each capsule holds 250mg of the drug.", 250, "mg", "exact"),
        ("Bake the loaf for 35min at a low heat.", 35, "min", "exact"),
        ("The router runs at 5.8Ghz in the lab.", 5.8, "GHz", "exact"),
        ("Each sample weighed ~60g after drying.", 60, "g", "approximate"),
        ("The stall sold the shirts at RM45.90 each.", 45.90, "MYR", "exact"),
        ("The club paid EUR80m for the striker.", 80_000_000, "EUR", "exact"),
    ],
)
def test_quantities_glued_units(run, text, value, unit, qualifier):
    (quantity,) = _quantities(run(text))
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit
    assert quantity.qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "The studio will release the game on PS5 next spring.",
        "Fans queued for the V8 model outside the store.",
    ],
)
def test_quantities_codes_are_not_glued_units(run, text):
    assert _quantities(run(text)) == []


@pytest.mark.parametrize(
    "text,first,second",
    [
        ("The shares climbed 6.5% to 4.20 in early trading.", (6.5, "percent", "increase"), (4.2, None, "exact")),
        ("Exports grew by $2.1 billion to $95.3 billion last year.",
         (2_100_000_000, "USD", "increase"), (95_300_000_000, "USD", "exact")),
        ("The index fell 1.2 per cent to 7410 on Monday.", (1.2, "percent", "decrease"), (7410, None, "exact")),
    ],
)
def test_quantities_change_then_level_is_not_a_range(run, text, first, second):
    quantities = _quantities(run(text))
    assert [(q.value, q.high) for q in quantities] == [(pytest.approx(first[0]), None), (pytest.approx(second[0]), None)]
    assert (quantities[0].unit, quantities[0].qualifier) == first[1:]
    assert quantities[1].unit == second[1]


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("The company will pay a dividend of $1.15 a share.", 1.15, "USD/share"),
        # written with hyphens before a noun
        ("Hollin made an A$4.17-a-share offer for Redvale.", 4.17, "AUD/share"),
        ("He will start the £100,000-a-year job immediately.", 100000, "GBP/yr"),
        ("The plant makes 300 tonnes a day.", 300, "t/d"),
        ("Gold traded at $1,900 per ounce.", 1900, "USD/oz"),
        ("The hatchback does 52 miles per gallon on the motorway.", 52, "mpg"),
    ],
)
def test_quantities_rates(run, text, value, unit):
    (quantity,) = _quantities(run(text))
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit


@pytest.mark.parametrize(
    "text,expected",
    [
        # a count in each period: "/" and the period, the counted noun kept
        ("Police now record 20 burglaries a week in the town.", [(20, "/wk", "burglary")]),
        # a bare number per period compared with a count takes its noun ("an average of" between them)
        ("Last week the town had 22 thefts, compared with an average of 18 per week this year.",
         [(22, None, "theft"), (18, "/wk", "theft")]),
        # "a year ago" is a time, no period of a rate
        ("A third of the workers a year ago were part-time.", [(pytest.approx(1 / 3), None, "worker")]),
    ],
)
def test_quantities_counts_per_period(run, text, expected):
    assert [(q.value, q.unit, q.counted) for q in _quantities(run(text))] == expected


@pytest.mark.parametrize(
    "text,values",
    [
        ("The FTSE 100 closed higher while the S&P 500 rose 0.3% on Friday.", [0.3]),
        ("The report came from M GmbH, a small supplier.", []),
    ],
)
def test_quantities_names_and_lone_scales(run, text, values):
    assert [q.value for q in _quantities(run(text))] == [pytest.approx(v) for v in values]


@pytest.mark.parametrize(
    "text,value,unit,date",
    [
        ("A 42-year-old woman was arrested on Tuesday.", 42, "yr_age", None),
        ("The coach said the then - 19 year-old striker was ready.", 19, "yr_age", None),
        ("A 30 year old nurse spoke first.", 30, "yr_age", None),
        ("The bridge will be finished in 12 years.", 12, "yr", "12 years"),
        ("The plant was shut for more than three months.", 3, "mo", "three months"),
    ],
)
def test_quantities_ages_and_durations_are_quantities_and_dates_stay(nlp, run, text, value, unit, date):
    from pipeline.api import make_docs
    from pipeline.readers import ArticleInput

    doc = run(text)
    assert [q.unit for q in _quantities(doc) if q.value == pytest.approx(value)] == [unit]
    if date is not None:  # the duration's date fact is kept beside the quantity
        assert any(d.granularity == "duration" and date in text[d.start:d.end] for d in doc._.facts.dates)
    component = nlp.get_pipe("newsfacts_quantities")
    saved = dict(component.rules)
    try:  # the switches in the rules file turn them off
        component._load({**saved, "durations_as_quantities": False, "ages_as_quantities": False})
        (doc,) = nlp.pipe(make_docs(nlp, [ArticleInput(id="t", text=text, source="<test>")]))
        assert not [q for q in _quantities(doc) if q.value == pytest.approx(value)]
    finally:
        component._load(saved)


@pytest.mark.parametrize("text,value", [("Markets at noon: Nikkei -2.4% Hang Seng -0.8%.", -2.4)])
def test_quantities_signed_percentage_is_a_fall(run, text, value):
    quantity = next(q for q in _quantities(run(text)) if q.value == pytest.approx(value))
    assert quantity.qualifier == "decrease" and quantity.unit == "percent"


@pytest.mark.parametrize(
    "text,values",
    [
        ("The hatch has a 300bhp 2.0 litre engine.", [(300, "bhp"), (2.0, "l")]),
        ("He took a PS4 m bonus last year.", [(4_000_000, "GBP")]),
        ("Add 3/4 cup of sugar, then walk 1/2 mile.", [(0.75, "cp"), (0.5, "mi")]),  # a cup through pint
    ],
)
def test_quantities_glued_runs_and_fractions(run, text, values):
    got = [(q.value, q.unit) for q in _quantities(run(text))]
    assert got == [(pytest.approx(v), u) for v, u in values]


@pytest.mark.parametrize(
    "text",
    [
        "She lost her old phone and bought a new one.",
        "Sea levels could rise sharply by 2150, the report said.",
        "The sides tied the match at 1-1.",
    ],
)
def test_quantities_pronoun_one_years_and_ties(run, text):
    assert _quantities(run(text)) == []


@pytest.mark.parametrize(
    "text,value,high",
    [("Volunteers collected thousands of bottles.", 1000, 10_000),
     ("The repairs cost tens of thousands of pounds.", 10_000, 100_000)],
)
def test_quantities_vague_scales_are_ranges(run, text, value, high):
    (quantity,) = _quantities(run(text))
    assert (quantity.value, quantity.high, quantity.qualifier) == (pytest.approx(value), pytest.approx(high), "range")


@pytest.mark.parametrize(
    "text",
    [
        "Fans queued for the new iPhone 15 outside the store.",
        "The lab tested a new HIV 2 vaccine last spring.",
        "Clinics handed out free COVID -19 tests to pupils.",
        "The airline will fly the 787 Dreamliner to Lima.",
    ],
)
def test_quantities_products_and_strains_are_names(run, text):
    assert _quantities(run(text)) == []


@pytest.mark.parametrize(
    "text,values",
    [("The carrier grounded two new 737 Max jets on Monday.", [2]),  # a model number after a count
     ("Police said 4 Labour MPs and 6 Tory MPs voted.", [4, 6]),  # a count before a name
     ("It was about minus 380 Fahrenheit.", [-380])],  # a scale, not a name
)
def test_quantities_model_numbers_are_names(run, text, values):
    assert [q.value for q in _quantities(run(text))] == values


@pytest.mark.parametrize(
    "text,values",
    [("Fans tuned in at four o'clock every Sunday.", []), ("They won the cup two seasons ago.", []),
     # a time ago is a point in time, the date's; a time later is a duration after another event
     ("He left 3 years ago with 5 players.", [5]), ("The deal was signed six weeks ago.", []),
     ("Two years later he left with 5 players.", [2, 5]),
     # a part of the calendar ("the last three months of 2004") is a date; a length of time stays
     ("Sales rose 5% in the last three months of 2004.", [5]),
     ("Output fell in the first six months of the year.", []),
     ("He has worked there for the last three months.", [3])],
)
def test_quantities_clock_times_and_times_ago_are_no_counts(run, text, values):
    assert [q.value for q in _quantities(run(text))] == values


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("The levy hit the Lisbon 2 billion euro fund hard.", 2_000_000_000, "EUR"),
        ("The ThinkPad Z 14 inch model sold out.", 14, "in"),
        ("Each Panadol 500mg tablet was counted.", 500, "mg"),
        ("This year's fee is $120 versus last year's $95.", 95, "USD"),
        ("Nurses work 40 to 50 hours a week.", 40, "h/wk"),
    ],
)
def test_quantities_measurements_after_names_and_in_dates(run, text, value, unit):
    quantity = next(q for q in _quantities(run(text)) if q.value == pytest.approx(value))
    assert quantity.unit == unit


@pytest.mark.parametrize(
    "text,value,high,unit",
    [
        ("Mileage improved from 25 mpg combined to 31 on the hybrid.", 25, 31, "mpg"),
        ("Flats range from 500 sq ft up to 800 sq ft in size.", 500, 800, "ft2"),
        ("Fares rose from 3% in 2020 to 5% in 2023.", 3, 5, "percent"),
    ],
)
def test_quantities_from_to_is_a_range_past_a_few_words(run_newsquant, text, value, high, unit):
    """NewsQuant's conventions, which read the levels before and after a change as a range too."""
    (quantity,) = [q for q in _quantities(run_newsquant(text)) if q.value == pytest.approx(value)]
    assert (quantity.high, quantity.qualifier, quantity.unit) == (pytest.approx(high), "range", unit)


def test_quantities_ordinal_after_number_is_no_part_of_it(run):
    (quantity,) = _quantities(run("As many as 12 first-year students dropped out."))
    assert quantity.value == 12 and quantity.counted == "student"


@pytest.mark.parametrize(
    "text,value,unit,counted",
    [
        ("One in four households owns a dog.", 0.25, None, "household"),
        ("Two out of five voters stayed at home.", 0.4, None, "voter"),
        ("Exports grew more than fivefold last year.", 5, "times", None),
        ("The shares closed at 243.5p on Friday.", 243.5, "GBP_p", None),
    ],
)
def test_quantities_shares_folds_and_pence(run, text, value, unit, counted):
    (quantity,) = _quantities(run(text))
    assert quantity.value == pytest.approx(value)
    assert (quantity.unit, quantity.counted) == (unit, counted)


@pytest.mark.parametrize(
    "text", ["Striker Tom Reyes (9) scored twice in the first half.", "The new phone streams video in 1080p."],
)
def test_quantities_shirt_numbers_and_resolutions(run, text):
    assert _quantities(run(text)) == []


@pytest.mark.parametrize(
    "text,value,unit,qualifier,phrase",
    [
        ("The Dow is trending up 0.4% this morning.", 0.4, "percent", "increase", None),
        ("Stir in 1/2 pound of brown sugar.", 0.5, "lb", "exact", None),
        ("Roast the joint for 50 – 70min at a low heat.", 50, "min", "range", None),
        ("As many as 12 first-team players were injured.", 12, None, "at_most", "first-team players"),
        # a stretch of a race is metres
        ("Radcliffe outsprinted her in the final 400m.", 400, "m", "exact", None),
        # a word the tokenizer splits at its hyphen is counted whole
        ("He sent more than 10,000 e-mails in a day.", 10_000, None, "more_than", "e-mails"),
    ],
)
def test_quantities_prt_changes_weights_glued_ranges_and_phrases(run, text, value, unit, qualifier, phrase):
    quantity = next(q for q in _quantities(run(text)) if q.value == pytest.approx(value))
    assert (quantity.unit, quantity.qualifier) == (unit, qualifier)
    assert phrase is None or quantity.counted_phrase == phrase


@pytest.mark.parametrize(
    "text,value,high",
    [("Charging takes about 30-40 minutes at a fast charger.", 30, 40),
     ("Simmer the sauce for ~10 – 15min until thick.", 10, 15),
     ("Roughly 200 to 250 staff will move to the new site.", 200, 250)],
)
def test_quantities_hedged_range_is_approximate(run, text, value, high):
    quantity = next(q for q in _quantities(run(text)) if q.value == pytest.approx(value))
    assert (quantity.high, quantity.qualifier) == (pytest.approx(high), "approximate")


@pytest.mark.parametrize(
    "text,counted,phrase",
    [("The hatchback is one of the cheapest electric cars on sale.", "car", "cheapest electric cars"),
     ("The builders will offer a combined 120 flats next year.", "flat", "flats")],
)
def test_quantities_counted_after_one_of_and_not_before_the_number(run_newsquant, text, counted, phrase):
    """NewsQuant's conventions, which count "one of" (the default's leave it out)."""
    (quantity,) = _quantities(run_newsquant(text))
    assert (quantity.counted, quantity.counted_phrase) == (counted, phrase)


@pytest.mark.parametrize(
    "text,value,unit",
    [("Coach Dana Reyes, 47, signed a new deal.", 47, "yr_age"), ("The club has 47, not 50, players.", 47, None),
     # a bare number "be" gives a person, "he" or "she"; not a thing's, nor one with a unit or a noun
     ("He was 84, and died at his home in Leeds.", 84, "yr_age"),
     ("She won a place at the school when she was just 15.", 15, "yr_age"),
     ("Dana Reyes was 12 when she left Leeds.", 12, "yr_age"),
     # a noun for a person, a player's ranking, or "who" of a relative clause on a name
     ("The former chairman was 58 when he stepped down.", 58, "yr_age"),
     ("The world number three was 19 when she turned professional.", 19, "yr_age"),
     ("Dana Reyes, who was 23 at the time, denied the charge.", 23, "yr_age"),
     ("The company was 22 when it listed its shares.", 22, None),
     # an age written with its unit after "aged"; a span of years with none stays a duration
     ("Aged 19 years and 40 days, the Dane became the youngest winner.", 19, "yr_age"),
     ("The Dane played for 19 years and retired in May.", 19, "yr"),
     ("The final price was 84, the auction house said.", 84, None),
     ("The final price was 84, the auction house said.", 84, None),
     ("She was 15 percent ahead in the polls.", 15, "percent"),
     # a number after "the age of"
     ("The actress has died at the age of 71, her agent said.", 71, "yr_age")],
)
def test_quantities_age_in_apposition(run, text, value, unit):
    quantity = next(q for q in _quantities(run(text)) if q.value == pytest.approx(value))
    assert quantity.unit == unit


@pytest.mark.parametrize(
    "text,value,qualifier",
    [("Analysts had forecast a 0.4% rise in output.", 0.4, "increase"),
     ("The town was given a funding increase of 7%.", 7, "increase"),
     ("Exports dipped by 2.5% in March.", 2.5, "decrease"),
     ("The fund pays a 5% yield.", 5, "exact"),
     ("Maxis added 12 sen to RM4.10 on Friday.", 12, "increase"),  # the size of a change before its new level
     ("Maxis added 12 sen to RM4.10 on Friday.", 4.10, "exact"),  # and the new level
     ("The firm cut 200 jobs last year.", 200, "exact"),  # a cut of jobs is a count
     ("Diesel averaged $3.40 a gallon last year.", 3.40, "approximate"),  # an average
     ("He entered the game averaging 12.5 points a night.", 12.5, "approximate"),
     # an amount and then a count after "to": two quantities, what things are worth no change
     ("Claims fell from 9,100 cases worth £700m to 7,300 cases worth £590m.", 700_000_000, "exact"),
     ("Claims fell from 9,100 cases worth £700m to 7,300 cases worth £590m.", 7300, "exact"),
     ("Claims fell from 9,100 cases worth £700m to 7,300 cases worth £590m.", 590_000_000, "exact"),
     # a multiplying verb changes too, though not how often it does
     ("The chain doubled its profit by $40m.", 40_000_000, "increase"),
     ("Web traffic has doubled every six months.", 6, "exact"),
     ("The judge agreed to extend his curfew by two hours.", 2, "increase")],
)
def test_quantities_change_nouns_and_verbs(run, text, value, qualifier):
    quantity = next(q for q in _quantities(run(text)) if q.value == pytest.approx(value))
    assert quantity.qualifier == qualifier


@pytest.mark.parametrize(
    "text,value,qualifier",
    [("The Nikkei closed the day 120.5 points lower at 11,400.", 120.5, "decrease"),
     ("Shares in Acme ended 14 pence higher.", 14, "increase"),
     ("The offer is worth $40 a share, 8% more than Friday's close.", 8, "increase"),
     ("The new pension is £250 less than the one the unions asked for.", 250, "decrease"),
     ("Car sales were 12% lower year-on-year.", 12, "decrease"),
     # "up" or "down" written after the figure: its direction
     ("Shares in Acme closed 16% down at 3.50 dollars.", 16, "decrease"),
     ("The index ended 0.4% up at 4,900.", 0.4, "increase"),
     # a count of more or fewer things, and a bound, are no differences
     ("The carrier will buy 12 more jets.", 12, "exact"),
     ("Lenders approved 30,000 fewer loans.", 30_000, "exact"),
     ("The club has more than 300 members.", 300, "more_than"),
     ("She won a Bafta in 2001 and is nominated for two more this year.", 2, "exact"),
     ("Young drivers are three times more likely to crash than older ones.", 3, "exact")],
)
def test_quantities_a_comparative_after_the_number_makes_a_difference(run, run_newsquant, text, value, qualifier):
    quantity = next(q for q in _quantities(run(text)) if q.value == pytest.approx(value))
    assert quantity.qualifier == qualifier
    assert quantity.event is None or " " not in quantity.event  # (no "end up": the direction is the figure's)
    # NewsQuant's gold writes a difference as a level ("finished 34.4% higher": "=")
    quantity = next(q for q in _quantities(run_newsquant(text)) if q.value == pytest.approx(value))
    assert quantity.qualifier == (qualifier if qualifier == "more_than" else "exact")


@pytest.mark.parametrize(
    "text,value,unit",
    [("The levy hits a 5 billion rand (£220 million) a year wine trade.", 5_000_000_000, "ZAR/yr"),
     ("Holders were offered C $7 (US $5.10) per share.", 7, "CAD/share")],
)
def test_quantities_rate_after_a_bracketed_conversion(run, text, value, unit):
    quantity = next(q for q in _quantities(run(text)) if q.value == pytest.approx(value))
    assert quantity.unit == unit


def test_quantities_elliptical_count_is_not_a_measured_number(run):
    quantities = _quantities(run("The squad had 20 players over the age of 23."))
    assert [(q.value, q.counted) for q in quantities] == [(20, "player"), (23, None)]


@pytest.mark.parametrize(
    "text,value,unit,qualifier",
    [("Its planes fly at a minus-2.5 degree pitch on landing.", -2.5, "deg", "exact"),
     ("The plant will make sub-5 nanometer chips.", 5, "nm", "less_than"),
     ("The striker added a 40 yard goal late on.", 40, "yd", "exact")],
)
def test_quantities_word_prefixes_and_sizes_of_things(run, text, value, unit, qualifier):
    quantity = next(q for q in _quantities(run(text)) if q.value == pytest.approx(value))
    assert (quantity.unit, quantity.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    "text", ["The deficit widened by $3.2 billion to $51.8 billion last year.", "Output fell 4% to 1.2 million tonnes.",
             "Headset sales in Japan rose 60% in 2018 to 3.9 million headsets."],
)
def test_quantities_new_level_is_exact_and_linked_to_its_change(run, text):
    change, level = _quantities(run(text))
    assert change.qualifier in {"increase", "decrease"} and level.qualifier == "exact"
    assert level.linked_to is change
    assert level.measured == change.measured  # the level of the same thing


@pytest.mark.parametrize("text", ["The Dow closed at 35,120.5, down 210.4 points.", "Nikkei (27,410.2 up 95.3 points)."])
def test_quantities_index_level_and_its_change_in_points(run, text):
    level, change = _quantities(run(text))
    assert (level.counted, change.counted) == ("point", "point")
    assert change.qualifier in {"increase", "decrease"} and level.measured == change.measured is not None


@pytest.mark.parametrize(
    "text", ["Iowa won the Big 10 title again.", "He scored in the famous Miracle Three game."],
)
def test_quantities_numbers_inside_names(run, text):
    assert _quantities(run(text)) == []


@pytest.mark.parametrize(
    "text,value,unit,counted",
    [("Sales reached 4.1 million tickets, up from 3.2 million a year earlier.", 3_200_000, None, "ticket"),
     ("Mileage went from about 30-35 mpg to 41 for the hybrids.", 41, "mpg", None),
     ("The firm grew from 300 to 450 staff this year.", 300, None, "staff"),
     ("The agency is recruiting fast, going from 200 to 500 hires next year.", 200, None, "hire"),
     ("Prices rose 8% to 3.65 after the report.", 3.65, None, None)],
)
def test_quantities_compared_levels_share_the_unit(run, text, value, unit, counted):
    """A level compared with one written with its unit or noun takes it; not the level after a change."""
    quantity = next(q for q in _quantities(run(text)) if q.value == pytest.approx(value))
    assert (quantity.unit, quantity.counted) == (unit, counted)


def _texts(doc) -> set[str]:
    return {doc.text[q.start:q.end] for q in doc._.facts.quantities}


@pytest.mark.parametrize("text,absent", [
    # a score after a word for one, or before a win or a draw, and a 24-hour clock time before "local time"
    ("Fans left the ground with the score at 1-1 and only three minutes left.", "1-1"),
    ("If the result remains at 1-1, Real will drop to third place.", "1-1"),
    ("Barcelona snatched a late 2-1 win at Albacete on Saturday.", "2-1"),
    ("The bomb was due to explode at 2100 local time.", "2100"),
    # a day and a month, a year with an apostrophe, a chart's name: no counts
    ("She was working on a film about the rubble of the 11 September attacks in 2001.", "11"),
    ("Winning the Six Nations in '94 was the high point.", "94"),
    ("The show was the only way to discover who was in the Top 40.", "40"),
])
def test_quantities_scores_clock_times_dates_years_and_charts_are_no_quantities(run, text, absent):
    assert absent not in _texts(run(text))


def test_quantities_a_range_and_a_count_near_scores_stay(run):
    assert {"2-3%", "1,200", "10-15 years"} <= _texts(run("Prices rose 2-3% and 1,200 jobs went. He served 10-15 years."))


def test_quantities_an_age_before_a_month_stays(run):
    assert "56" in _texts(run("Steve Jobs dies aged 56\n\nOctober 6, 2011\n\nThe co-founder of Apple has died."))


@pytest.mark.parametrize("text,counted", [
    ("The 13-strong jury concluded the film was great.", "jury"),  # the group a number gives the size of
    ("A 20-strong squad was named on Monday.", "squad"),
])
def test_quantities_the_size_of_a_group(run, text, counted):
    assert [(q.counted, q.counted_phrase) for q in _quantities(run(text))] == [(counted, counted)]


@pytest.mark.parametrize("text,event", [
    # a passive verb of belief or plan: the event is its to-clause's verb
    ("More than 100,000 people are believed to have been killed.", "kill"),
    ("The four men are expected to be freed on Monday.", "free"),
    ("The film has been re-issued as part of a two-disc set.", "re-issue"),  # a verb's hyphenated prefix
])
def test_quantities_the_event_under_a_raising_verb(run, text, event):
    assert [q.event for q in _quantities(run(text))] == [event]


@pytest.mark.parametrize("text", [
    "Figures released on Monday showed exports up 35% last year.",
    "Official data showed inflation at 2.4% in May.",
])
def test_quantities_figures_that_show_a_number_are_no_event_nor_measure_of_it(run, text):
    (quantity,) = _quantities(run(text))
    assert quantity.event is None
    assert quantity.measured not in {"Figures", "Official data"} and quantity.holder not in {"Figures", "Official data"}


def test_quantities_a_company_showing_gains_is_their_agent(run):
    """A name showing a number is no figures showing it: "Reynolds showing gains of 4.5%" are Reynolds's gains."""
    quantities = _quantities(run("Shares closed higher, with Altria rising 5% and Reynolds showing gains of 4.5%."))
    assert [(q.value, q.agent.name if q.agent else None) for q in quantities] == [(5, "Altria"), (4.5, "Reynolds")]


@pytest.mark.parametrize("text,value,agent", [
    # a gerund after a preposition takes its doer from the clause, not what its number measures
    ("Growth will slow to 2.9% next year before recovering to 3.1% in 2006, the Harbury report said.", 3.1, None),
    ("Despite making a record $648m profit last year, Volta has argued that it must cut costs.", 648_000_000,
     "Volta"),
])
def test_quantities_a_gerund_after_a_preposition_measures_no_subject_of_its_clause(run, text, value, agent):
    (quantity,) = [q for q in _quantities(run(text)) if q.value == value]
    assert quantity.measured is None and (quantity.agent.name if quantity.agent else None) == agent


@pytest.mark.parametrize("text", [
    "Kingsbridge 0-5 Portmoor\n\nPortmoor won the cup tie easily.",  # a result between two names
    "Vale tapped in to make it 3-0 before the break.",
])
def test_quantities_results_are_no_quantities(run, text):
    assert _quantities(run(text)) == []


def test_quantities_a_number_alone_on_its_line_measures_nothing_on_the_next(run):
    text = "Kingsbridge 2-2 Portmoor\n\nSubs Not Used: Cooper, Knight.\n\n29,603\n\nM Riley (W Yorkshire)."
    (attendance,) = _quantities(run(text))
    assert (attendance.value, attendance.counted, attendance.measured, attendance.event) == (29603, None, None, None)


@pytest.mark.parametrize("text,values", [
    ("After the break it was one-way traffic.", []),  # "one" in a word of its own
    ("The firm made a one-off payment to staff.", []),
    ("Fans faced a one-hour wait at the gates.", [(1, "h")]),  # a unit after the hyphen is a count still
])
def test_quantities_one_in_a_hyphenated_word(run, text, values):
    assert [(q.value, q.unit) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,expected", [
    # "and a half" goes with a duration's number
    ("The crowd has doubled every five and a half months.", [(5.5, None, "exact", "mo")]),
    # two close counts of the noun after a change verb are a range, not a change and a level
    ("Labour could gain 25 to 30 seats.", [(25, 30, "range", None)]),
    ("The index rose by 25 to 300 points.", [(25, None, "increase", None), (300, None, "exact", None)]),
    # "within" is a deadline, no bound; "m" before "line" is metres
    ("He must repay it within three months.", [(3, None, "exact", "mo")]),
    ("He kicked from his own 10m line.", [(10, None, "exact", "m")]),
    ("The site has 10m users.", [(10_000_000, None, "exact", None)]),
    # a share of occasions, one figure; a count of times in a period stays two
    ("Nine times out of 10, the cheaper bid wins.", [(0.9, None, "exact", None)]),
    ("He scored three times in 10 minutes.", [(3, None, "exact", None), (10, None, "exact", "min")]),
])
def test_quantities_halves_counted_ranges_and_bounds(run, text, expected):
    assert [(q.value, q.high, q.qualifier, q.unit) for q in _quantities(run(text))] == expected


@pytest.mark.parametrize("text,values", [
    # a "one" that picks a speaker out is no count; a number that is a work's title is none either
    ("Sales will fall, said one analyst quoted by the paper.", []),
    ("One analyst said sales would fall, but two others disagreed.", [2]),
    ("One soldier was killed in the raid.", [1]),
    ("Campaigners attacked US TV drama 24 on Monday, saying the new series of 24 was unfair.", []),
    ("Fans of the film 300 queued for 24 hours.", [24]),
])
def test_quantities_speakers_and_titles_are_no_counts(run, text, values):
    assert [q.value for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,qualifiers", [
    # a number in the change verb's subject changed nothing; a margin of defeat is no fall
    ("The 500 million share offer raised 20bn rupees.", ["exact", "exact"]),
    ("Last week we lost by two points.", ["exact"]),
    ("Shares in the bank lost 2%.", ["decrease"]),
    ("The index lost 20 points.", ["decrease"]),
])
def test_quantities_no_change_in_the_subject_nor_in_a_margin(run, text, qualifiers):
    assert [q.qualifier for q in _quantities(run(text))] == qualifiers


@pytest.mark.parametrize("text,event", [
    # counted ones in a phrase under another verb: what the participle after them says they did
    ("The party wants to end the scandal of thousands of old people dying from the cold.", "die"),
    ("He spoke of 30 soldiers fighting in the hills.", "fight"),
    # the clause's own verb for its object; a participle of what was done to them describes them only
    ("Police found 150 people killed in the attack.", "find"),
    ("The firm has not paid for 3,200 battery packs delivered in June.", "pay"),
])
def test_quantities_the_event_of_counted_ones_under_another_verb(run, text, event):
    (quantity,) = _quantities(run(text))
    assert quantity.event == event


@pytest.mark.parametrize("text,agent", [
    # a statistics office or a trade body reports others' figures; a company its own
    ("Average earnings rose by 4.1%, the Office for National Statistics said.", None),
    ("Mortgage lending rose 2%, the Irish Bankers Association said.", None),
    ("Unilever said European sales fell 2.8%.", "Unilever"),
])
def test_quantities_a_reporting_body_owns_no_figure(run, text, agent):
    (quantity,) = _quantities(run(text))
    assert (quantity.agent.name if quantity.agent else None) == agent


@pytest.mark.parametrize("text,expected", [
    # "N times" with no comparison after it counts occasions: no change, no multiplier
    ("Rates went up five times from November 2003.", [(5, "exact", None, "time")]),
    ("The song was downloaded 14 million times.", [(14_000_000, "exact", None, "time")]),
    # a multiplier before a comparison
    ("Sales were four times higher than last year.", [(4, "exact", "times", None)]),
])
def test_quantities_times_counts_occasions(run, text, expected):
    assert [(q.value, q.qualifier, q.unit, q.counted) for q in _quantities(run(text))] == expected


def test_quantities_a_sequel_s_number_is_no_count(run):
    assert _quantities(run("Despite rave reviews Half-Life 2 did not appear in the list.")) == []


@pytest.mark.parametrize("text,values", [
    # a ranking is no numeric claim
    ("The former world number one lost in three sets.", [3]),
    ("She is ranked 22 in the world and beat the number one seed.", []),
    ("The flanker has played at number eight for three seasons.", [3]),  # a position
    ("He has made the Wales number nine shirt his own in 12 games.", [12]),  # a shirt's label
    # a score before a noun of its result, a word between them; a time unit capitalised in a programme's name
    ("England sealed the 3-1 series win in Napier.", []),
    ("He told the network's 48 Hours show that he was innocent.", []),
    # a round of a draw by the teams left in it; a count of the last games stays
    ("Leeds face their former coach in the last 16 of the cup.", []),
    ("Henman is through to the last eight, and he has won the last four games.", [4]),
    # a count after "number" that is no ranking stays
    ("The club sold number 10 shirts to 22 players.", [10, 22]),
])
def test_quantities_rankings_are_no_counts(run, text, values):
    assert [q.value for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,values", [
    # a score a side trails or leads by is no range
    ("She slipped 4-0 down in the first set before winning.", []),
    ("Shares were 2-3% down on the day.", [(2, 3)]),
    # a tennis game's points, which a side trails or leads by or goes to
    ("Errors left her 30-40 down, and she went 15-30 down again later.", []),
    ("He passed her at the net to go 15-40.", []),
    ("Sales went 20-30 per cent higher.", [(20, 30)]),
    # a match's set scores with their tie-breaks, the bracket's score included
    ("Result: Ana Ruiz 6-7 (6/8) 6-2 7-6 (8/6) 6-2 Mia Holt", []),
])
def test_quantities_a_score_down_or_up_is_no_range(run, text, values):
    assert [(q.value, q.high) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,values", [
    # a vote's tally is no range
    ("The judges praised the panel's decisive eight to one majority.", []),
    ("The council voted 7-1 to close the library.", []),
    ("The board voted by nine to two against the plan.", []),
    # a range before a noun of its own stays
    ("Between two to three hundred voters queued.", [(200, 300)]),
])
def test_quantities_a_vote_s_tally_is_no_range(run, text, values):
    assert [(q.value, q.high) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,values", [
    # a share's range written with its unit once, after a change's "by", when its ends are close
    ("Retail sales should grow by 10 to 15% this year.", [(10, 15, "range")]),
    ("Sales should grow on the order of 10 to 15%.", [(10, 15, "approximate")]),
    # a change and a new level, far apart, stay two
    ("Profits rose by 2 to 15% of sales.", [(2, None, "increase"), (15, None, "exact")]),
])
def test_quantities_a_share_s_range_after_by(run, text, values):
    assert [(q.value, q.high, q.qualifier) for q in _quantities(run(text))] == values


def test_quantities_a_number_before_a_noun_s_determiner_counts_no_such_noun(run):
    (_, ten) = _quantities(run("Ruiz Motors sold more than 100 cars in Asia, compared with just ten the previous year."))
    assert (ten.value, ten.unit) == (10, None)


@pytest.mark.parametrize("text,values", [
    # a mobile generation is a technology's name, an idiom's "one" and a code with a leading zero no count
    ("Vodafone launched its 3G service for 40 euros.", [40]),
    ("They put their squabbles to one side for now.", []),
    ("For one thing, prices fell by 2%.", [2]),
    ("Call 056 for details.", []),
])
def test_quantities_names_idioms_and_codes_are_no_numbers(run, text, values):
    assert [q.value for q in _quantities(run(text))] == values


def test_quantities_a_mobile_generation_is_newsquant_s_quantity(run_newsquant):
    doc = run_newsquant("Operators in the region are building 4G networks.")
    assert [(q.value, q.unit, q.measured) for q in _quantities(doc)] == [(4, "G_wireless", "networks")]


@pytest.mark.parametrize("text,values,dates", [
    # a number before a date reckoned from the time of writing, read into the date: a count of its own
    ("Ticket sales rose from 48 in January to 63 this month.", [48, 63], ["January", "this month"]),
    ("Film shoots in Leeds fell from 140 in 2003 to 95 last year.", [140, 95], ["2003", "last year"]),
])
def test_quantities_a_count_before_a_relative_date(run, text, values, dates):
    doc = run(text)
    assert [q.value for q in _quantities(doc)] == values
    assert [doc.text[d.start:d.end] for d in doc._.facts.dates] == dates


@pytest.mark.parametrize("text,values", [
    # one number or the next, close: a range of a guess
    ("The repairs will take five or six years.", [(5, 6, "yr")]),
    ("Five or six players left. The Six Nations starts in February.", [(5, 6, None)]),  # a sentence's first word
    # "N times" and a comparative: a multiplier, not a count of occasions
    ("The new chip is 10 times better.", [(10, None, "times")]),
    ("Rates rose five times last year.", [(5, None, None)]),
])
def test_quantities_guessed_ranges_and_multipliers(run, text, values):
    assert [(q.value, q.high, q.unit) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,values", [
    # a range written with a currency sign on both ends, joined by a dash or "and"
    ("The agents put the stadiums' worth at between £30m-£35m.", [(30e6, 35e6, "range", "GBP")]),
    ("The club paid between €12m and €15m for him.", [(12e6, 15e6, "range", "EUR")]),
    ("Tickets cost $20-$35 each.", [(20, 35, "range", "USD")]),
    # a bound written after an amount and its conversion in brackets holds for both; a bracket that is no
    # conversion leaves the amount in it alone
    ("Families earning $60,000 (£31,000) or more were twice as likely to own one.",
     [(60000, None, "at_least", "USD"), (31000, None, "at_least", "GBP")]),
    ("Staff want 7% (against 4% now) or more.", [(7, None, "at_least", "percent"), (4, None, "exact", "percent")]),
    ("The new chips run at clock speeds of greater than 3 GHz.", [(3, None, "more_than", "GHz")]),
])
def test_quantities_currency_ranges_and_bounds_around_a_conversion(run, text, values):
    assert [(q.value, q.high, q.qualifier, q.unit) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,values", [
    # the same change restated in another unit after "or" is a change too
    ("Shares in Halden closed down 14 pence, or 3.1%, at 431p.",
     [(14, "decrease", "GBP_p"), (3.1, "decrease", "percent"), (431, "exact", "GBP_p")]),
    ("The index ended up 120 points, or 1.2 percent.", [(120, "increase", None), (1.2, "increase", "percent")]),
    # not two amounts in one unit (a range), nor what follows a range or a level
    ("Prices may fall 3% or 4%.", [(3, "range", "percent")]),
    ("Rents rose 2% or 3%, or about £40 a month.", [(2, "range", "percent"), (40, "approximate", "GBP/mo")]),
])
def test_quantities_a_change_restated_in_another_unit(run, text, values):
    assert [(q.value, q.qualifier, q.unit) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,values", [
    # a fraction written with a hyphen is one number, before "of" or a noun; an ordinal is none
    ("Two-thirds of the members backed the plan.", [(2 / 3, None, "member")]),
    ("The change needs a three-quarters majority.", [(0.75, None, "majority")]),
    ("She finished third in the final.", []),
    # a noun split at its hyphen is counted whole, not its first part; a number's own hyphen is no part of it
    ("The film has four co-stars.", [(4, None, "co-star")]),
    ("It has a four-cylinder engine.", [(4, None, "cylinder")]),
    # data rates: bits a second, written short or in full
    ("The network reaches 2.4Mbps, against 384Kbps on the old one.", [(2.4, "Mbit/s", None), (384, "kbit/s", None)]),
    ("Data moved at one gigabit a second.", [(1, "Gbit/s", None)]),
])
def test_quantities_hyphenated_fractions_and_nouns_and_data_rates(run, text, values):
    assert [(pytest.approx(q.value), q.unit, q.counted) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,phrase", [
    # a noun written with a hyphen of its own, or after a hyphened word, is counted as written, nothing joined to it
    ("Spammers sent 273 phishing e-mails last month.", "phishing e-mails"),
    ("It is likely that millions of under-18s have players.", "under-18s"),
    ("The film has four co-stars.", "co-stars"),
])
def test_quantities_a_counted_phrase_with_its_own_hyphen(run, text, phrase):
    assert [q.counted_phrase for q in _quantities(run(text))] == [phrase]


@pytest.mark.parametrize("text,values", [
    # a fraction of a scale is one number, its hedge kept
    ("Nearly half a million children were affected.", [(500000, "approximate", None)]),
    ("The deal is worth half a billion dollars.", [(5e8, "exact", "USD")]),
    ("The plan could cost almost a quarter of a million jobs.", [(250000, "approximate", None)]),
    ("Some three quarters of a million homes lost power.", [(750000, "approximate", None)]),
    ("Storms cut power to a quarter of the 2 million homes.", [(0.25, "exact", None), (2e6, "exact", None)]),
    # a race's distance before its ranking or best names the race (no millions, no quantity); a fee is millions
    ("She is top of the world 3000m ranking.", []),
    ("The club paid a 3000m fee.", [(3e9, "exact", None)]),
])
def test_quantities_a_fraction_of_a_scale_and_a_race_s_ranking(run, text, values):
    assert [(q.value, q.qualifier, q.unit) for q in _quantities(run(text))] == values


def test_quantities_a_she_is_the_woman_not_the_man_who_spoke_before(run):
    doc = run("The actress Dana Reyes has died. Her agent Simon Hale said she had died peacefully. She leaves one son.")
    (son,) = [q for q in _quantities(doc) if q.counted == "son"]
    assert son.agent is not None and son.agent.name == "Dana Reyes"


def test_quantities_a_seeding_list_s_positions_are_no_counts(run):
    text = ("The seeds for the event were named on Monday.\n\n1 Tom Hale (Wales)\n\n2 Ian Lowe (Scotland)\n\n"
            "20 players withdrew before the draw.")
    assert [(q.value, q.counted) for q in _quantities(run(text))] == [(20, "player")]


def test_quantities_the_base_of_a_rate_per_people_is_no_count(run):
    doc = run("Korea has 24.9 broadband connections per 100 people, against 6.7 in Italy.")
    assert [(q.value, q.counted) for q in _quantities(doc)] == [(24.9, "connection"), (6.7, None)]


def test_quantities_a_year_before_a_singular_noun_is_no_count(nlp):
    """"the classic 1987 film Harbour Lights", where no model read the year as a date: a year, not 1,987 films."""
    doc = nlp.make_doc("Director Ana Ruiz, responsible for the classic 1987 film Harbour Lights, won an award.")
    for name, proc in nlp.pipeline:
        if name == "newsfacts_quantities":
            break
        doc = proc(doc)
    doc.ents = [e for e in doc.ents if e.label_ != "DATE"]
    quantities = nlp.get_pipe("newsfacts_quantities")(doc)._.facts.quantities
    assert not [q for q in quantities if q.value == 1987]


@pytest.mark.parametrize("text,values", [
    # a model's number written alone elsewhere is the model's, no count; a round figure after an index stays a count
    ("The virus hits the Nokia 7610 phone. Harbury said 7610 owners should be careful.", []),
    ("The FTSE 100 rose. Only 100 firms gained.", [100]),
    # a model's number the article writes with its letters elsewhere
    ("Harbury was happy to demonstrate its 7720i, an upgrade to the very popular 7720.", []),
    # idioms of "one"
    ("The virus cannot travel from one phone to another by itself.", []),
    ("The rivals blamed one another.", []),
    ("The minister has not moved one iota on the plan.", []),
    ("It's one thing taking pictures, it's another finding them later.", []),
    # clock times in 24-hour form as a span, one end with a leading zero; not a range of a count
    ("He must observe a curfew between 2200 and 0700 every day.", []),
    # "one" as a pronoun before a relative clause; a count before a noun stays one
    ("Reed said it was a decision for the board and one which should be judged on its merits.", []),
    ("One person, who was hurt, died on Friday.", [1]),
    ("Between 1500 and 2000 people attended the rally.", [1500]),
    ("It is one thing to win a title and quite another to keep it, but two clubs did.", [2]),
])
def test_quantities_a_model_written_alone_and_idioms_of_one(run, text, values):
    assert [q.value for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,values", [
    # a share with no "of": a hyphenated fraction after a comparison, a hedged half before a determiner, a plural
    # fraction after its count
    ("Fewer now back the plan, compared to almost two-thirds in 2019.", [(pytest.approx(2 / 3), "approximate")]),
    ("Less than half the town wants the bypass.", [(0.5, "less_than")]),
    ("Nearly half its staff left last year.", [(0.5, "approximate")]),
    ("Two thirds said they would vote.", [(pytest.approx(2 / 3), "exact")]),
    # a half that is no claimed share, an ordinal, a fiscal quarter
    ("The new phone is twice as fast at half the price.", []),
    ("The mayor won a third term in May.", []),
])
def test_quantities_a_share_without_of(run, text, values):
    assert [(q.value, q.qualifier) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,values", [
    # "up" or "down" before a number makes it a change's size, and what follows "to" the new level
    ("A barrel of crude closed up $2.80 to $51.15 on Tuesday.", [(2.8, None, "increase"), (51.15, None, "exact")]),
    ("Unemployment edged up 0.1% to 4.7% last month.", [(0.1, None, "increase"), (4.7, None, "exact")]),
    # a range of a change stays one ("up 5 to 10 cents"), and "up to" is a bound
    ("Prices were up 5 to 10 cents a litre.", [(5, 10, "range")]),
    ("Up to 500 people came to the meeting.", [(500, None, "at_most")]),
])
def test_quantities_a_change_adverb_before_a_change_and_its_new_level(run, text, values):
    assert [(q.value, q.high, q.qualifier) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,values", [
    # "over" between an amount and a period: the time the amount is spread across, no bound on the period
    ("The council will spend £40m over 15 years on its roads.", [(40e6, "exact"), (15, "exact")]),
    ("Rents rose 5% over two years.", [(5, "increase"), (2, "exact")]),
    ("The fund offered £960m ($1.8bn) over 15 years.", [(960e6, "exact"), (1.8e9, "exact"), (15, "exact")]),
    ("The mayor pledged 3 million euros over 10 years to the port.", [(3e6, "exact"), (10, "exact")]),
    # with no amount before it, "over" a period is more than it
    ("She has worked at the port over 15 years.", [(15, "more_than")]),
    ("He was jailed for over 10 years.", [(10, "more_than")]),
])
def test_quantities_an_amount_spread_over_a_period(run, text, values):
    assert [(q.value, q.qualifier) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,values", [
    # "closer to", "nearer" and "close on" hedge a number as "close to" does
    ("Its market share is closer to 15%.", [(15, "approximate")]),
    ("Turnout was nearer 40% in the north.", [(40, "approximate")]),
    ("The firm has close on 30 staff.", [(30, "approximate")]),
    # ... as "or so" and "or thereabouts" after it do
    ("The band hired 60 or so of the players.", [(60, "approximate")]),
    ("The repairs cost £5m or thereabouts.", [(5e6, "approximate")]),
    # "at any one time" and a rank before its noun count nothing
    ("The site can serve 100 users at any one time.", [(100, "exact")]),
    ("Safety is the club's number one priority, and 12 stewards were hired.", [(12, "exact")]),
    # nor does a chart's or a table's band before its noun
    ("The single gave the band their 14th top 10 hit and sold 40,000 copies.", [(40_000, "exact")]),
    ("Harlow hope for a top-four finish, three points clear.", [(3, "exact")]),
    ("The top 10 banks hold 60% of deposits.", [(10, "exact"), (60, "exact")]),
])
def test_quantities_hedges_and_idioms_of_one(run, text, values):
    assert [(q.value, q.qualifier) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text", [
    # a score after a result's verb, passive or of a heavy win, is no range
    "Harlow were beaten 2-1 by Penbury on Saturday.",
    "Harlow thrashed Penbury 4-0 in the cup.",
    "The sides had drawn 1-1 in October.",
    # ... and a score at or by a break
    "Harlow had a 19-5 half-time lead.",
    "Penbury trailed 19-5 at half-time.",
])
def test_quantities_scores_after_any_result_verb(run, text):
    assert not [q for q in _quantities(run(text)) if q.qualifier == "range"]


@pytest.mark.parametrize("text,values", [
    # two whole numbers joined by a hyphen, the second no greater: a score or a tally, whatever the words around
    ("The Irish won that game 1-0 in Sapporo.", []),
    ("The committee voted 8-1 to hold rates.", []),
    ("The Falcons were 22-6 down at the break.", []),
    ("Scores were level at 27-27 with a minute left.", []),
    # a range runs upwards
    ("Training for 14-19 year olds will change.", [(14, 19)]),
])
def test_quantities_a_hyphen_down_is_a_score_not_a_range(run, text, values):
    assert [(q.value, q.high) for q in _quantities(run(text))] == values


def test_quantities_a_line_ups_minutes_are_no_counts(run):
    # who came on when and the scorers' minutes in a team sheet; the attendance and a report's minutes are counts
    text = ("Alan Denholm headed in after 44 minutes.\n\nKingsbridge: Halden, Marsh (Pryce 83), Oduya, Colley, "
            "Denholm, Fairlie. Subs Not Used: Keel, Lomas. Goals: Denholm 44, Jolliffe 88 og. Att: 12,345\n\n"
            "Ian Jolliffe 88.\n\nThe club sold 900 season tickets.")
    values = sorted(q.value for q in _quantities(run(text)))
    assert values == [44, 900, 12345]


@pytest.mark.parametrize("text,value,qualifier,counted", [
    # what a number is a share of, after "make up": no rise
    ("Asian people make up 4.7% of the population.", 4.7, "exact", None),
    ("Shares were trending up 0.2% on Friday.", 0.2, "increase", None),
    # a number after "of the" is no counted noun of the number before it
    ("Only four of the 12 whose backgrounds were known were Muslim.", 4, "exact", None),
    ("Two of the players were injured.", 2, "exact", "player"),
])
def test_quantities_shares_and_parts(run, text, value, qualifier, counted):
    (quantity,) = [q for q in _quantities(run(text)) if q.value == value]
    assert (quantity.qualifier, quantity.counted) == (qualifier, counted)


@pytest.mark.parametrize("text,value,event", [
    # a future written with "going to": the verb after it, not "go" (and no event for "be")
    ("\"Next year, with the new machine four times what it is now, it is going to be a real step up,\" he said.", 4,
     None),
    ("Sales are going to rise 5% next year.", 5, "rise"),
    # "go" itself, travelling
    ("The train was going 90 mph when it left the track.", 90, "go"),
])
def test_quantities_event_under_going_to(run, text, value, event):
    (quantity,) = [q for q in _quantities(run(text)) if q.value == value]
    assert quantity.event == event


def test_quantities_zero_tolerance_is_an_idiom(run):
    values = [q.value for q in _quantities(run("The police have a zero tolerance policy on drugs. Zero-tolerance "
                                                "policing works, he said. Inflation fell to zero in May."))]
    assert values == [0]


def test_quantities_a_race_of_a_few_rivals_is_an_idiom(run):
    # "a two-horse race" and numbers listed before "-horse race" say how open a contest is; a field of 40 is counted
    values = [q.value for q in _quantities(run('"It is not a two-horse race, it is a five, six, seven or even '
                                                'eight-horse race," he said. The Grand National is a 40-horse race.'))]
    assert values == [40]


def test_quantities_one_or_two_after_a_noun_and_a_film_rating_are_no_counts(run):
    # "a letter or two" is a few letters; "an 18 certificate" a film's rating; "two or three cars" and the players
    # are counted
    values = [q.value for q in _quantities(run(
        "The gang armed themselves with a fake letter or two. The game has an 18 certificate and a 15 rating. "
        "They sold two or three cars. The 18 players arrived."))]
    assert values == [2, 18]


def test_quantities_a_length_in_metres_by_its_dimension_and_a_substitutes_minute(run):
    # "1.80m tall" is a height in metres, "30m higher" still millions; "Simmons (MacFarlane 64)" a line-up's minute
    quantities = _quantities(run("Dana Reyes is 1.80m tall. Profits were 30m higher. Kestrel: Meldrum, Simmons "
                                 "(MacFarlane 64), Berra, Burchill (Wyness 82)."))
    assert [(q.value, q.unit) for q in quantities] == [(1.8, "m"), (30_000_000, None)]


def test_quantities_a_defence_and_a_charts_name_are_no_counts(run):
    # "the back four" is a side's defence, "the Billboard Hot 100" a chart, "our own 22" a rugby pitch's line;
    # "came back four times" and "their own 22 players" count
    values = [q.value for q in _quantities(run(
        "He can play in the back four or in midfield. The song reached the Billboard Hot 100 in May. "
        "The champions came back four times in the match. We were pinned on our own 22 for much of the half, "
        "but their own 22 players never gave up."))]
    assert values == [4, 22]


@pytest.mark.parametrize("text,value,measured", [
    # whose age "be" gives: the named subject, or the name a relative clause on it describes
    ("Dana Reyes was 17 when she made her debut.", 17, "Dana Reyes"),
    ("Dana Reyes, who was 23 at the time, denied the charge.", 23, "Dana Reyes"),
    ("She was 17 when she made her debut.", 17, None),
])
def test_quantities_an_age_that_be_gives_measures_the_named_subject(run, text, value, measured):
    (quantity,) = [q for q in _quantities(run(text)) if q.value == value]
    assert (quantity.unit, quantity.measured) == ("yr_age", measured)


@pytest.mark.parametrize("text,kept", [
    # "the one", "my one" before a noun: the only one, no count
    ("It is the one major public service that has not been reformed.", []),
    ("My one regret is leaving early.", []),
    ("The firm employs one manager and two cleaners.", [1, 2]),
    # "the one" before a clause: a thing named before, a pronoun
    ("It will be faster than the one Lleyton beat Roger Federer on in the final.", []),
    ("The one that got away was the biggest fish.", []),
])
def test_quantities_the_one_thing_is_no_count(run, text, kept):
    assert [q.value for q in _quantities(run(text))] == kept


@pytest.mark.parametrize("text,value,measured", [
    # the unit of another quantity is no part of what a number measures: "one-day", "16 inch"
    ("The one-day strike cost £5m.", 5_000_000, "strike"),
    ("The Zenbook Pro 16 inch is worth $2,000.", 2000, "Zenbook Pro"),
    # the number of a name stays in it
    ("The Lumio 12 Mini deal gives you 54GB of data.", 54, "data"),
])
def test_quantities_other_quantities_units_are_not_measured(run, text, value, measured):
    (quantity,) = [q for q in _quantities(run(text)) if q.value == value]
    assert quantity.measured == measured


@pytest.mark.parametrize("text,kept", [
    # a unit capitalised in a title is the title's; a temperature scale is capitalised and a unit
    ("The Aviator won 11 awards, beating 21 Grams and Ray.", [11]),
    ("It fell to minus 40 Celsius overnight.", [-40]),
    # a capitalised label before a number names a thing: "Category 5", "Type 2", "Part 3"
    ("The storm was upgraded to a Category 5 hurricane.", []),
    ("Type 2 diabetes affects 2 million Britons.", [2_000_000]),
    ("Part 3 of the report is due on Friday.", []),
    ("Class sizes rose to 31 pupils.", [31]),
])
def test_quantities_numbers_of_titles_and_labels(run, text, kept):
    assert [q.value for q in _quantities(run(text))] == kept


@pytest.mark.parametrize("text,units", [
    # "won" after a bare number is the verb; after a scale or as a price, the currency
    ("Of the 30 runners, 7 won medals in Paris.", [None, None]),
    ("Samsung paid 500 billion won for the plant.", ["KRW"]),
    ("Each ticket cost 5,000 won.", ["KRW"]),
])
def test_quantities_won_the_verb_is_no_currency(run, text, units):
    assert [q.unit for q in _quantities(run(text))] == units


@pytest.mark.parametrize("text,value,high,unit,measured", [
    # a vague scale counts the unit or currency after "of"; what it measures follows that unit
    ("It cost tens of thousands of dollars.", 10_000, 100_000, "USD", None),
    ("The radio has a range of tens of metres.", 10, 100, "m", "range"),
    ("Millions of pounds of public money were lost.", 1_000_000, 10_000_000, "GBP", "public money"),
    ("Thousands of people marched.", 1000, 10_000, None, None),
])
def test_quantities_vague_scale_of_a_unit(run, text, value, high, unit, measured):
    (quantity,) = _quantities(run(text))
    assert (quantity.value, quantity.high, quantity.unit, quantity.measured) == (value, high, unit, measured)


@pytest.mark.parametrize("text,qualifier", [
    ("Something like 300 people came.", "approximate"),
    ("The deal is worth in the region of £40m.", "approximate"),
])
def test_quantities_spoken_hedges(run, text, qualifier):
    (quantity,) = _quantities(run(text))
    assert quantity.qualifier == qualifier


@pytest.mark.parametrize("text,agent,holder", [
    # a country modifying the measured subject holds the figure; it does nothing
    ("UK interest rates are set to remain on hold at 4.75%.", None, "UK"),
    ("US car sales fell 3% in May.", None, "US"),
    # the forces' own deed keeps its agent
    ("Kenyan forces carried out 60 raids.", "Kenyan", "Kenyan forces"),
])
def test_quantities_a_place_holds_its_figures(run, text, agent, holder):
    (quantity,) = _quantities(run(text))
    assert (quantity.agent.name if quantity.agent else None, quantity.holder) == (agent, holder)


@pytest.mark.parametrize("text,kept", [
    # a number after the capitalised word it hangs from labels it
    ("Burnout 3 won three awards for racing.", [3]),
    ("Fans of Team 3 cheered.", []),
    ("Chelsea signed 3 players.", [3]),
    # the same name and number the article writes elsewhere as a model's, however the tagger reads it here
    ("The Zentrix 64, launched by Zentrix in 1982, sold well. Zentrix 64 enthusiasts have written emulators. Zentrix "
     "sold 17 million machines.", [17000000]),
])
def test_quantities_a_number_after_its_name_labels_it(run, text, kept):
    assert [q.value for q in _quantities(run(text))] == kept


@pytest.mark.parametrize("text,measured,holder", [
    # a length with a dimension's adjective measures that dimension of the thing it is said of
    ("The new bridge is 40 metres long.", "long", "new bridge"),
    ("They built a 30ft-high wall around the camp.", "high", "wall"),
    ("A 2.6 metre wide screen was shown.", "wide", "screen"),
    # a length with none measures no dimension
    ("He ran 100 metres on Monday.", None, None),
])
def test_quantities_a_dimension_after_a_length(run, text, measured, holder):
    (quantity,) = _quantities(run(text))
    assert (quantity.measured, quantity.holder) == (measured, holder)


def test_quantities_counts_listed_after_a_holder_verb_share_its_holder(run):
    measured = [q.measured for q in _quantities(run("The bank has 3,000 branches and 40,000 staff."))]
    assert measured == ["bank", "bank"]


@pytest.mark.parametrize("text,holder", [
    # "whose" on the measured noun: the name the relative clause is said of
    ("The list is topped by Dana Reyes, whose wealth has risen to £1.3bn.", "Dana Reyes"),
    ("The firm, whose sales rose 5% last year, is for sale.", "firm"),
])
def test_quantities_whose_figure_a_relative_clause_gives(run, text, holder):
    (quantity,) = _quantities(run(text))
    assert quantity.holder == holder


@pytest.mark.parametrize("text,values", [
    # "from" a number down "to" a smaller one: two levels, whatever the verb (a range runs upward)
    ("The plan could see its workforce trimmed from 155,000 to 110,000 staff by 2010.", [(155_000, None),
                                                                                          (110_000, None)]),
    ("Prices ranged from 20 to 30 dollars.", [(20, 30)]),
])
def test_quantities_a_fall_from_one_level_to_another_is_no_range(run, text, values):
    assert [(q.value, q.high) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,qualifier", [
    # a particle of a verb whose object is the number says no change ("sending down 200 megabytes")
    ("Bigger attacks sending down 200 megabytes of traffic were rarely seen.", "exact"),
    # but a change's particle before a bare amount does
    ("Shares were trending up 0.2% on Monday.", "increase"),
    ("the index is also trending up 0.4% in early trade.", "increase"),
])
def test_quantities_a_verb_s_particle_before_its_object_is_no_change(run, text, qualifier):
    (quantity,) = run(text)._.facts.quantities
    assert quantity.qualifier == qualifier


@pytest.mark.parametrize(
    "text,value,qualifier",
    [
        ("The bakery now holds more than a quarter of the town's bread market.", 0.25, "more_than"),
        ("Less than a fifth of the club's members voted.", 0.2, "less_than"),
        ("The charity helps more than half of the villages in the valley.", 0.5, "more_than"),
        ("Ticket sales at the museum rose by a third.", 1 / 3, "increase"),
    ],
)
def test_quantities_bounded_or_changed_fractions_are_shares(run, text, value, qualifier):
    got = [(q.value, q.qualifier) for q in _quantities(run(text))]
    assert got == [(pytest.approx(value), qualifier)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor won a third term in the spring.",
        "She tried a fifth time and failed.",
        "He kept half of the prize money.",
        "The building stood for more than a quarter of a century.",
        "Rovers three-quarter Dan Pike crossed twice.",  # a rugby position
    ],
)
def test_quantities_ordinals_and_unbounded_halves_are_no_shares(run, text):
    assert [q.value for q in _quantities(run(text)) if q.value < 1] == []


@pytest.mark.parametrize(
    "text,values",
    [
        ("One problem is the cost of the new bridge.", []),
        ("One popular story says the mill burned down.", []),
        ("It was one way of keeping the shop open.", []),
        ("One good example is the bus lane on the high street.", []),
        ("One form of adware records every key pressed.", []),  # a kind of thing
        ("One type of virus spreads by e-mail.", []),
        ("One effect of the move was a rise in prices.", []),
        ("One man was hurt in the crash.", [1]),
        ("Only one player scored for the visitors.", [1]),
    ],
)
def test_quantities_one_that_picks_a_thing_out_counts_none(run, text, values):
    assert [q.value for q in _quantities(run(text))] == values


@pytest.mark.parametrize(
    "text,value,qualifier,measured",
    [
        ("Women aged 60 or above rarely use the new app.", 60, "at_least", "Women"),
        ("A man aged 45 was arrested in Leeds.", 45, "exact", "man"),
        ("Children aged under five get free care.", 5, "less_than", "Children"),
        ("Ray Dunmore died aged 73 at his home.", 73, "exact", "Ray Dunmore"),
    ],
)
def test_quantities_an_age_after_aged_is_the_age_of_what_it_describes(run, text, value, qualifier, measured):
    (age,) = _quantities(run(text))
    assert (age.value, age.qualifier, age.unit, age.measured) == (value, qualifier, "yr_age", measured)
    assert age.event != "age"


@pytest.mark.parametrize(
    "text,values",
    [
        ("It is a three-cornered contest in the seat.", []),  # an adjective's word, no count
        ("The army planned a two-pronged attack.", []),
        ("They signed a two-year deal.", [2]),  # a duration stays
        ("Half of the staff left in May.", [0.5]),  # a share said of the subject
        ("Half the population live below the poverty line.", [0.5]),
        ("The firm kept half the revenue.", []),  # (not a share claimed)
    ],
)
def test_quantities_compound_adjectives_count_nothing_and_half_a_subject_is_a_share(run, text, values):
    assert [q.value for q in _quantities(run(text))] == values


def test_quantities_a_speaker_s_own_age(run):
    (age,) = _quantities(run('"I am 25 and I want to win again," said the Russian.'))
    assert (age.value, age.unit) == (25, "yr_age")


@pytest.mark.parametrize("text,holder", [
    ("The draw leaves Rovers' side fifth in the table on 38 points.", "Rovers side"),
    ("The win lifts Ashby Town to 40 points.", "Ashby Town"),
])
def test_quantities_a_tally_a_result_leaves_a_side_on_is_the_side_s(run, text, holder):
    (tally,) = _quantities(run(text))
    assert tally.holder is not None and tally.holder.startswith(holder)


@pytest.mark.parametrize("text,values", [
    ("One such robot, called Ada, was shown at the museum.", []),  # an example of a kind, no count
    ("Only one such plant exists in Britain.", [1]),
    ("One man was hurt.", [1]),
])
def test_quantities_one_such_thing_is_an_example(run, text, values):
    assert [q.value for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,qualifier", [
    ("Volta sold 2.1% more cars last year.", "increase"),  # a share counts no cars: the size of the change
    ("Volta sold 10 more cars last year.", "exact"),  # a count of more cars
])
def test_quantities_a_percentage_more_of_a_thing_is_a_change(run, text, qualifier):
    (quantity,) = _quantities(run(text))
    assert quantity.qualifier == qualifier


@pytest.mark.parametrize("text,found", [
    ("He can go abroad one day.", []),  # some day to come: no duration
    ("I hope to play for England one day.", []),
    ("He hopes one day to win it.", []),
    ("It is the ambition of players to one day be captain.", []),
    ("The strike lasted one day.", [(1, "d")]),
    ("It will take one day to fix.", [(1, "d")]),
])
def test_quantities_one_day_to_come_is_no_duration(run, text, found):
    assert [(q.value, q.unit) for q in _quantities(run(text))] == found


@pytest.mark.parametrize("text,qualifier", [
    ("Exports to China added up to 22bn yen.", "exact"),  # the verb's particle: a total
    ("The fine could be up to £5,000.", "at_most"),
    ("Tom Reed is earning up to £820,000 a year.", "at_most"),  # a bound, whatever the parse makes of "up"
])
def test_quantities_up_to_after_a_verb_s_particle_is_no_bound(run, text, qualifier):
    (quantity,) = _quantities(run(text))
    assert quantity.qualifier == qualifier


@pytest.mark.parametrize("text,values", [
    ("The show returns for series two in May.", []),  # a place in a sequence
    ("He lost in round three.", []),
    ("The film has two parts.", [2]),  # a count
])
def test_quantities_a_number_after_a_sequence_noun_is_a_place_in_it(run, text, values):
    assert [q.value for q in _quantities(run(text))] == values


def test_quantities_each_amount_of_a_list_of_owners_is_its_owner_s(run):
    # a name right before an amount and a possessive mark owns it, whatever the parse hangs the amount on
    doc = run("Unison's 800,000 members, the TGWU's 70,000 and Amicus' 20,000 will join the strike.")
    assert [(doc.text[q.start:q.end], q.holder) for q in doc._.facts.quantities] == [
        ("800,000", "Unison"), ("70,000", "TGWU"), ("20,000", "Amicus")]


@pytest.mark.parametrize("text,measured", [
    # a count's level or change after a verb of change measures the verb's object
    ("This will boost the production capacity of the company to 400,000 units.", "production capacity company"),
    ("The firm cut its workforce by 500 jobs.", "workforce"),
    ("The firm cut 500 jobs.", None),  # the count is the object itself
])
def test_quantities_a_count_s_level_measures_the_verb_s_object(run, text, measured):
    (quantity,) = run(text)._.facts.quantities
    assert quantity.measured == measured


def test_quantities_a_rate_said_of_it_measures_the_rate_before(run):
    doc = run("Brazil's unemployment rate fell to 9.6% in December. It was 10.6% in November. It was a good year, "
              "with 5% growth.")
    assert [q.measured for q in doc._.facts.quantities] == ["Brazil unemployment rate"] * 2 + ["growth"]


def test_quantities_one_of_a_people_is_the_nearest_person(run):
    doc = run("Olivier Rochus beat Nicolas Kiefer and will take on second seed Joachim Johansson. The Swede reached the "
              "final four times.")
    assert [q.agent.name if q.agent else None for q in doc._.facts.quantities] == ["Joachim Johansson"]


def test_quantities_amounts_said_respectively_are_each_name_s(run):
    doc = run("Sweden's Johan Kronberg and Brazil's Vicente Dorival clocked 6.63 and 6.65 seconds respectively.")
    assert [(q.agent.name, q.holder) for q in doc._.facts.quantities] == [
        ("Johan Kronberg", "Johan Kronberg"), ("Vicente Dorival", "Vicente Dorival")]
    plain = run("Johan Kronberg and Vicente Dorival clocked 6.63 and 6.65 seconds.")  # no "respectively": as before
    assert [q.agent.name for q in plain._.facts.quantities] == ["Johan Kronberg"] * 2


def test_quantities_each_conversion_in_brackets_measures_the_same(run):
    doc = run("Air China signed a deal worth 1bn euros ($1.3bn; £690m) with Airbus.")
    assert [q.measured for q in doc._.facts.quantities] == ["deal"] * 3


@pytest.mark.parametrize("text,values", [
    ("The plan would swap one human rights opt-out for another.", []),  # one thing set against another
    ("One player after another left the club.", []),
    ("They replaced one coach with another.", []),
    ("One man was killed and another injured.", [1.0]),  # a count still
    # one of a duo, no half of anything; a half of an amount still
    ("Tom Reed, one half of pop duo Velvet Arc, was there.", []),
    ("One half of the money went to charity.", [0.5]),
])
def test_quantities_one_set_against_another_counts_nothing(run, text, values):
    assert [q.value for q in run(text)._.facts.quantities] == values


@pytest.mark.parametrize("text,read", [
    # a spaced dash between two amounts of their own units sets off a clause: two quantities, no range
    ("The musical took £2.4m in five days - nine times more than its rival.",
     [("£2.4m", None), ("five days", None), ("nine times", None)]),
    # one unit across the dash: a range still
    ("The trip takes 25 – 40 minutes by bus.", [("25 – 40 minutes", 40.0)]),
    ("Prices ranged from £40m - £50m.", [("from £40m - £50m", 50000000.0)]),
])
def test_quantities_a_dash_between_amounts_of_two_units_is_no_range(run, text, read):
    doc = run(text)
    assert [(doc.text[q.start:q.end], q.high) for q in doc._.facts.quantities] == read


@pytest.mark.parametrize("text,counted", [
    # a number counting "them" counts what a larger count before it counted, in its sentence or the one before
    ("Four men attacked the guard. Two of them were later arrested.", ["man", "man"]),
    ("Police held 12 protesters and charged three of them.", ["protester", "protester"]),
    # nothing where no such count is written: "they" is no thing counted
    ("The fans were angry. Two of them shouted at the referee.", [None]),
    # a share, only in its own sentence; "those" a phrase describes, as written
    ("She scored 14 goals a season - half of those came from penalties.", ["goal", "goal"]),
    ("The poll covered 900 voters in five towns. A third of them want a new road.", ["voter", "town", None]),
    ("Around half of those questioned said no.", ["those"]),
])
def test_quantities_a_count_of_them_counts_what_they_stand_for(run, text, counted):
    assert [q.counted for q in run(text)._.facts.quantities] == counted


@pytest.mark.parametrize("text,values", [
    # the size of a ranking's head names a set and counts nothing said of it
    ("The game entered the UK top 20 at number two.", []),
    ("Kestrel Games had nine games in the top 20.", [9.0]),
    # a count of the things it ranks stays
    ("Kestrel Games had 16 of the top 20 titles.", [16.0, 20.0]),
    ("She reached the world top 100 in May.", []),
    # a share of the top of a ranking stays a share
    ("The top 1% of earners paid more.", [1.0]),
])
def test_quantities_a_ranking_s_top_counts_nothing(run, text, values):
    assert [q.value for q in run(text)._.facts.quantities] == values


@pytest.mark.parametrize("text,values", [
    # "not one" is none, no count of one
    ("Not one player scored in the second half.", []),
    ("It was not one but two goals.", [2.0]),
    ("He won one match.", [1.0]),
])
def test_quantities_not_one_counts_nothing(run, text, values):
    assert [q.value for q in run(text)._.facts.quantities] == values


@pytest.mark.parametrize("text,values", [
    # a range whose ends carry two lengths of time: the lower end in the upper's unit
    ("Reed faces a ban of between six months and two years.", [(0.5, 2.0, "yr")]),
    ("The trip takes between 30 minutes and two hours.", [(0.5, 2.0, "h")]),
    ("The work will take between 10 and 14 days.", [(10.0, 14.0, "d")]),
])
def test_quantities_a_range_of_two_lengths_of_time(run, text, values):
    assert [(q.value, q.high, q.unit) for q in _quantities(run(text))] == values


def test_quantities_a_leap_is_a_rise_and_according_is_no_event(run):
    assert [q.change for q in _quantities(run("Lost laptops have leapt by 71% in a year."))][:1] == ["increase"]
    assert [q.change for q in _quantities(run("The airline trimmed its workforce by 500 jobs."))] == ["decrease"]
    assert [q.event for q in _quantities(run("According to statistics 50% of all muggings involve mobiles."))] \
        != ["accord"]


@pytest.mark.parametrize("text,values", [
    # a printer's or a screen's resolution: dots or pixels per inch, a unit, no count of dots
    ("The camera has a resolution of 300 dots per inch.", [(300.0, "dpi")]),
    ("Its printer works at 600dpi and the screen at 326 ppi.", [(600.0, "dpi"), (326.0, "ppi")]),
])
def test_quantities_a_resolution_per_inch(run, text, values):
    assert [(q.value, q.unit) for q in _quantities(run(text))] == values
