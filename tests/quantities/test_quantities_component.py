import pytest

pytestmark = pytest.mark.slow


def _quantities(doc):
    return doc._.facts.quantities


@pytest.mark.parametrize(
    "text,value,qualifier,counted,event",
    [
        ("The administration has conducted about 45 strikes against suspected smuggling vessels.",
         45, "approximate", "strike", "conduct"),
        ("The storm killed more than 150 people in the region.", 150, "more_than", "person", "kill"),
        ("Police arrested at least 12 protesters on Sunday.", 12, "at_least", "protester", "arrest"),
        ("Rebels seized nearly 30 trucks near the border.", 30, "approximate", "truck", "seize"),
        ("The company cut fewer than 200 jobs.", 200, "less_than", "job", "cut"),
        ("Officials evacuated up to 5,000 residents.", 5000, "at_most", "resident", "evacuate"),
        ("The army deployed forty-five tanks.", 45, "exact", "tank", "deploy"),
        ("Volunteers planted a dozen trees.", 12, "exact", "tree", "plant"),
        # what happened to the things counted, not the seeing of it
        ("The operator has seen 100,000 handsets sold in Europe.", 100_000, "exact", "handset", "sell"),
        ("The valley saw 300 homes destroyed by the floods.", 300, "exact", "home", "destroy"),
        ("He saw 40 people at the show.", 40, "exact", "person", "see"),
    ],
)
def test_quantities_counted_claims(run, text, value, qualifier, counted, event):
    (quantity,) = _quantities(run(text))
    assert quantity.value == pytest.approx(value)
    assert quantity.qualifier == qualifier
    assert quantity.counted == counted
    assert quantity.event == event
    assert quantity.unit is None


@pytest.mark.parametrize(
    "text,value,high,unit,qualifier",
    [
        ("The deal is worth $2.5 million.", 2_500_000, None, "USD", "exact"),
        ("Inflation rose to 12.5% in March.", 12.5, None, "percent", "exact"),
        ("Unemployment fell to 4 percent.", 4, None, "percent", "exact"),
        ("The convoy travelled 300 km overnight.", 300, None, "km", "exact"),
        ("Prices rose between 10 and 20 percent.", 10, 20, "percent", "range"),
        ("The fine was 3 million euros.", 3_000_000, None, "EUR", "exact"),
        ("Temperatures reached 40 degrees Celsius.", 40, None, "degC", "exact"),
    ],
)
def test_quantities_with_units(run, text, value, high, unit, qualifier):
    quantities = _quantities(run(text))
    assert len(quantities) == 1, quantities
    quantity = quantities[0]
    assert quantity.value == pytest.approx(value)
    assert quantity.high == (pytest.approx(high) if high is not None else None)
    assert quantity.unit == unit
    assert quantity.qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "The talks took place in 2024.",
        "He came to Washington for Trump's second inauguration.",
        "The meeting starts at 10:30 a.m. on Tuesday.",
        "Apollo 11 landed on the moon.",
        "The F-16 jets flew over the city.",
        "COVID-19 cases fell sharply.",
        "The first ship arrived on March 3.",
        # a name's number written two ways, capitalised before the name
        "She played in the Five or Six Nations for a decade.",
    ],
)
def test_quantities_negatives(run, text):
    assert _quantities(run(text)) == []


@pytest.mark.parametrize(
    "text,agent",
    [
        ("The Trump administration has expanded its campaign. The administration has conducted about 45 strikes, "
         "killing more than 150 people.", "Trump administration"),
        ("Kenyan forces have carried out nearly 60 raids against militant camps.", "Kenyan"),
        ("Volta Motors said on Wednesday it would cut about 2,500 jobs.", "Volta Motors"),
        ("Volta Motors cut jobs. The carmaker, which employs more than 31,000 people, closed two plants.",
         "Volta Motors"),
        # what rises is the company's: "shares in" it
        ("Shares in Tidewater Logistics rose 4 percent on Tuesday.", "Tidewater Logistics"),
        # a company's own figures with no owner written: the company that reports them, else the article's company
        ("Harlow Foods, which owns several brands, said annual profit fell 36% to 2.9bn euros.", "Harlow Foods"),
        ("Harlow Foods said European sales fell 2.8% last year.", "Harlow Foods"),
        ("Harlow Foods reported record results on Monday. Its revenues were $3bn in 2004.", "Harlow Foods"),
        ("Harlow Foods posted a loss on Monday. Shares fell 1% to 510 pence in London.", "Harlow Foods"),
        # figures of a period, and those of a business named after "at"
        ("Harlow Foods posted a record profit on Monday. Profits for the year to 31 December rose 20%.",
         "Harlow Foods"),
        ("Earnings at Harlow Capital investment bank rose 25% last year.", "Harlow Capital"),
        # a person reporting them speaks of the company's
        ("Harlow Foods said profit rose. Its finance director, Ana Ruiz, said exports now make up 41% of revenue.",
         "Harlow Foods"),
        # "its" opening a subject: the organisation the sentence before is about, not the last one it names
        ("Harlow Foods said buying Tidewater Bank (TB) fulfilled a strategic aim. Its shares fell nearly 3% in London.",
         "Harlow Foods"),
        # "it" after a work the sentence before was about, where no organisation is near; a broadcaster named with
        # its number by the noun for it
        ("Comedy Glass Harbour Nights has held on to the top spot at the box office. It took $42.8m at the weekend.",
         "Glass Harbour Nights"),
        ("The show helped lift Channel 4's ratings. However, the channel's share fell to 9.6% last month.",
         "Channel 4"),
        # a "he" inside a speaker's quotation is someone else than the speaker (who says "I"), whether the cue comes
        # after the quotation or before it
        ('Tom Hale praised Rui Costa on Monday. "He has won 40 caps," Hale said.', "Rui Costa"),
        ('Tom Hale praised Rui Costa on Monday. Hale added of his deputy: "He has won 40 caps."', "Rui Costa"),
    ],
)
def test_quantities_agent(run, text, agent):
    quantities = _quantities(run(text))
    assert quantities and all(q.agent is not None and q.agent.name == agent for q in quantities)


@pytest.mark.parametrize("text", [
    # the owner, parent or rival of a company is another body than the company
    "Harlow Foods' owner buys rival for $11bn.",
    "Harlow Foods' parent company paid $5m for the site.",
    "Harlow Foods cut prices. Retail sales rose 2% in December, the statistics office said.",
    "Harlow Foods cut prices. Japanese car sales fell 4% in May.",
])
def test_quantities_market_figures_are_no_company_s(run, text):
    assert all(q.agent is None or q.agent.name != "Harlow Foods" for q in _quantities(run(text)))


def test_quantities_a_people_s_word_on_the_subject_is_no_agent(run):
    # "the Indonesian rupiah" does the losing, not Indonesians; the people themselves may do what they do
    agents = [q.agent.name if q.agent else None for q in _quantities(run(
        "The Indonesian rupiah lost 0.6% against the dollar. Americans bought 5 million cars."))]
    assert agents == [None, "Americans"]


@pytest.mark.parametrize("text", ["The storm killed more than 150 people.", "About 45 strikes were carried out."])
def test_quantities_spans_are_slices(run, text):
    doc = run(text)
    for quantity in _quantities(doc):
        assert doc.text[quantity.start:quantity.end].strip() == doc.text[quantity.start:quantity.end]


@pytest.mark.parametrize(
    "text,expected",
    [
        # (value, high, qualifier, unit)
        ("Revenue rose by 3% last year.", [(3, None, "increase", "percent")]),
        ("Shares were up 3.5% on Monday.", [(3.5, None, "increase", "percent")]),
        ("Exports fell 12 percent in March.", [(12, None, "decrease", "percent")]),
        ("The bank cut rates by 0.25 percentage points.", [(0.25, None, "decrease", "percentage_point")]),
        ("Inflation rose to 5% in May.", [(5, None, "exact", "percent")]),
        ("Revenue rose by 3% to $2bn.", [(3, None, "increase", "percent"), (2e9, None, "exact", "USD")]),
        # the levels before and after a change: two (NewsQuant's conventions read one range)
        ("The rate rose from 5% to 7% in a year.", [(5, None, "exact", "percent"), (7, None, "exact", "percent")]),
        ("Prices rose 10-20 percent.", [(10, 20, "range", "percent")]),
        ("The parcels weighed 5 and 6 kg.", [(5, None, "exact", "kg"), (6, None, "exact", "kg")]),
        ("The budget is 3.4 trillion yen.", [(3.4e12, None, "exact", "JPY")]),
        ("He paid US$ 500 for it.", [(500, None, "exact", "USD")]),
        ("A magnitude 7.8 earthquake struck before dawn.", [(7.8, None, "exact", "magnitude")]),
        ("Temperatures fell to minus 5 degrees.", [(-5, None, "exact", "deg")]),
        ("The budget is 49.7 trillion naira.", [(49.7e12, None, "exact", "NGN")]),
        ("The team won 3 titles in a row.", [(3, None, "exact", None)]),
        # a day of the month ends a period, no range; a hyphen glued to a word before is no minus sign
        ("It saved £220m in the 12 months to 31 December.",
         [(220e6, None, "exact", "GBP"), (12, None, "exact", "mo")]),
        ("Temperatures will be 12 to 31 degrees.", [(12, 31, "range", "deg")]),
        ("Only under-five children may enter.", [(5, None, "less_than", None)]),
        ("Shares hit a two-and-a-half year high.", [(2.5, None, "exact", "yr")]),
        ("It is worth three-and-a-half billion pounds.", [(3.5e9, None, "exact", "GBP")]),
    ],
)
def test_quantities_changes_ranges_lists(run, text, expected):
    found = [(q.value, q.high, q.qualifier, q.unit) for q in _quantities(run(text))]
    assert len(found) == len(expected), found
    for got, want in zip(found, expected):
        assert got[0] == pytest.approx(want[0])
        assert (got[1] if got[1] is None else pytest.approx(got[1])) == want[1]
        assert got[2:] == want[2:]


@pytest.mark.parametrize(
    "text,value,counted",
    [
        ("A third of the budget was spent.", 1 / 3, "budget"),
        ("One and a half million people voted.", 1_500_000, "person"),
        ("Hundreds of people fled the fighting.", 100, "person"),
        ("The vaccine could save hundreds of thousands of lives a year.", 100_000, "life"),
        ("Tens of millions of people voted on Sunday.", 10_000_000, "person"),
        ("The fund has 10k members.", 10_000, "member"),
    ],
)
def test_quantities_written_and_fractional_values(run, text, value, counted):
    (quantity,) = _quantities(run(text))
    assert quantity.value == pytest.approx(value)
    assert quantity.counted == counted


@pytest.mark.parametrize(
    "text",
    ["Call 555-0134 for details.", "Flight 370 vanished in 2014.", "Liverpool beat Chelsea 3-1 on Sunday.",
     "Tinubu met Yvette Cooper in Abuja. The two discussed security.",
     "Route 66 was busy.", "The train leaves at 10:45.",
     # a phone's model, its letter a coin's only when written after the number
     "Users of the Vexon P900 can watch TV.",
     # labels listed after a label's figure, and after a plural of an identifier noun
     "Pupils at Key Stages 1, 3 and 4 will sit the tests.", "Flights 370 and 371 were cancelled."],
)
def test_quantities_identifiers_phones_scores(run, text):
    assert _quantities(run(text)) == []


@pytest.mark.parametrize(
    "text",
    ["The administration has conducted about 45 strikes against suspected smuggling vessels, killing more than "
     "150 people.", "Rebels fired 30 rockets at the town, wounding at least 12 civilians."],
)
def test_quantities_linked_claims(run, text):
    first, second = _quantities(run(text))
    assert second.linked_to is first and first.linked_to is None


@pytest.mark.parametrize(
    "text,published,value",
    [("In January, police arrested 40 people.", "2026-02-17", "2026-01"),
     ("Troops killed 12 fighters on Tuesday.", "2026-02-17", "2026-02-17"),
     # a state's number too, with no event of its own: its clause's date
     ("The market was worth just $20 million in 2024.", "2026-02-17", "2024")],
)
def test_quantities_point_to_their_date(run, text, published, value):
    (quantity,) = _quantities(run(text, published))
    assert quantity.when is not None and quantity.when.value == value


@pytest.mark.parametrize(
    "text,number",
    [("The firm made $40m in the three months to June.", "$40m"),
     ("She has lived there for six years.", "six years"),
     ("The club pays £50 a month, rising by 3% each year.", "3% each year")],
)
def test_quantities_take_no_duration_or_recurrence_as_their_date(run, text, number):
    """A duration or a recurrence says how long or how often, not when: no quantity is dated by one."""
    doc = run(text, "2005-03-15")
    (quantity,) = [q for q in _quantities(doc) if doc.text[q.start:q.end] == number]
    assert quantity.when is None or not quantity.when.value.startswith("P")


def test_quantities_two_people_three_injured(run):
    first, second = _quantities(run("Two people died and three were injured."))
    assert (first.counted, second.counted) == ("person", "person")


@pytest.mark.parametrize(
    "text,qualifier,event",
    [
        ("The deficit would exceed 5 percent by 2030.", "more_than", "exceed"),
        ("Aid groups set up 12 shelters near the river.", "exact", "set up"),
        ("Inflation was 3 percent in May.", "exact", None),
        # a noun of change is the event its size or new level measures, not the verb above it
        ("Economists had expected a 0.3% rise in output.", "increase", "rise"),
        ("Councils were given an average funding increase of 6%.", "increase", "increase"),
        ("Some feel there is a need for a rise to 5% before then.", "exact", "rise"),
        ("Analysts forecast 4% growth in exports.", "increase", "grow"),
        # a time from another event is no size of the change the verb names
        ("Orvan added a second plant four years later.", "exact", "add"),
        ("Orvan cut its prices two weeks earlier.", "exact", "cut"),
    ],
)
def test_quantities_bounds_particles_and_copulas(run, text, qualifier, event):
    (quantity,) = _quantities(run(text))
    assert (quantity.qualifier, quantity.event) == (qualifier, event)


def test_quantities_possessive_agent(run):
    (quantity,) = _quantities(run("Airbus said on Monday that its deliveries rose 8 percent in March."))
    assert quantity.agent is not None and quantity.agent.name == "Airbus"


@pytest.mark.parametrize(
    "text,value",
    [("Analysts expected $33.2 billion in revenue.", 33.2e9), ("Revenue will be $37.5 billion, plus or minus 2%.", 2)],
)
def test_quantities_values_are_tidy(run, text, value):
    values = [q.value for q in _quantities(run(text))]
    assert value in values


def test_quantities_modified_description_is_not_the_last_organisation(run):
    text = "The U.S. Geological Survey measured the quake. In Syria, the health ministry reported 430 deaths."
    (quantity,) = [q for q in _quantities(run(text)) if q.value == 430]
    assert quantity.agent is None


@pytest.mark.parametrize("text,qualifier", [
    ("He could face up to 10 years in prison.", "at_most"),
    ("A fine of up to 5,000 euros was set.", "at_most"),
    # a noun's "up" ("the lead up to", "the build up to") makes no bound of the number after "to"
    ("Costs climbed during the build up to 12 store openings.", "exact"),
    ("The long lead up to 400 new homes took years.", "exact"),
    # another noun, a preposition's object before "up to", leaves its bound alone
    ("In many firms up to three-quarters of the files were at risk.", "at_most"),
    ("The radio works over a range up to 10 metres.", "at_most"),
    # a bound written after the number and its unit or noun
    ("Shareholders owning 5% or more must declare it.", "at_least"),
    ("Firms with 50 staff or fewer are exempt.", "at_most"),
    ("Children aged 12 and over pay full price.", "at_least"),
    # "up to" before an article and a figure; a plus sign written against the figure
    ("Users can save up to a 1000 pages on the site.", "at_most"),
    ("Cattle roam around a 133-hectare ranch in Texas.", "exact"),  # (the article the noun's: a preposition)
    ("Some players spend 15+ hours a week in the game.", "at_least"),
    ("The 80-odd hotels on the island were full.", "approximate"),
    # a number a verb of limiting sets a ceiling to; a cut to it sets none
    ("Spending will be limited to 1% of national income.", "at_most"),
    ("Rent rises are capped at 3% a year.", "at_most"),
    ("Prices were cut to £3 on Monday.", "exact"),
    # a number the sentence says is an estimate
    ("There are one million seafarers estimated to be at sea.", "approximate"),
    ("Sales are estimated at £5m this year.", "approximate"),
    ("Sales were £5m, the firm estimated.", "exact"),
    # a change adverb with "by"
    ("Tourist revenues were up by 30% last year.", "increase"),
    ("Shares were down by 2% on Monday.", "decrease"),
    # the least a number can be; "as much as" sizes a change
    ("The gap could be as little as 18 days.", "at_least"),
    ("As few as 40 people came.", "at_least"),
    ("Shares fell by as much as 19% on Monday.", "decrease"),
    ("The firm will pay a maximum of £1.53m for the remaining shares.", "at_most"),
    # a comparative and "than" right before the number bound it
    ("Some recorders come with smaller than 80GB hard drives.", "less_than"),
    ("No fare will be priced higher than $499 this year.", "more_than"),
    # a bound before a hedge: the bound
    ("At least an estimated five million people owned one.", "at_least"),
    ("More than an estimated 300 people came to the rally.", "more_than"),
    # "beyond" a number: more than it
    ("Speeds drop on lines that stretch beyond six kilometres.", "more_than"),
])
def test_quantities_qualifiers_written_around_the_number(run, text, qualifier):
    """"up to" (unless a noun owns the "up"), a bound after the number ("5% or more"), a change adverb with "by"."""
    (quantity,) = _quantities(run(text))
    assert quantity.qualifier == qualifier


@pytest.mark.parametrize("text,qualifier,change", [
    # a bound before the size of a change keeps its place; the direction is still the change's
    ("Shares in the bank were down more than 4% on Monday.", "more_than", "decrease"),
    ("Its exports rose about 12% last year.", "approximate", "increase"),
    ("Sales fell by almost 10% in March.", "approximate", "decrease"),
    ("Consumers spent nearly 7% more than in 2003.", "approximate", "increase"),
    # with no bound, the qualifier says it too
    ("Exports fell 12 percent in March.", "decrease", "decrease"),
    # a level or a count, with or without a bound, is no change
    ("Shares closed at more than 400p.", "more_than", None),
    ("Its profits reached about £20m.", "approximate", None),
    ("About 300 people came to the rally.", "approximate", None),
])
def test_quantities_change_direction_whatever_the_bound(run, text, qualifier, change):
    """"were down more than 4%": a bound and a fall, told apart: qualifier more_than, change decrease."""
    (quantity,) = _quantities(run(text))
    assert (quantity.qualifier, quantity.change) == (qualifier, change)


@pytest.mark.parametrize("text,qualifier,change", [
    ("Ministers will provide an extra $50bn (£26.69bn) a year in aid.", "increase", "increase"),
    ("Its profits rose about $10m (£5m) last year.", "approximate", "increase"),
    ("The firm plans to raise $100m (£52m) from investors.", "exact", None),
])
def test_quantities_a_conversion_in_brackets_is_the_same_kind_of_amount(run, text, qualifier, change):
    """"an extra $50bn (£26.69bn)": the amount in brackets is the same increase; "raise $100m (£52m)" no rise."""
    quantities = _quantities(run(text))
    assert [(q.qualifier, q.change) for q in quantities] == [(qualifier, change)] * 2


@pytest.mark.parametrize("text,value,measured,event", [
    # the time since it was last so: no measure of the thing, nor what happened
    ("Inflation fell below 10% this year for the first time in 30 years.", 30, None, None),
    ("The pound hit its highest level in five years on Monday.", 5, None, None),
    # a time that is a measure stays one
    ("The deal took 30 years to complete.", 30, "deal", "take"),
])
def test_quantities_a_time_since_it_was_last_so_measures_nothing(run, text, value, measured, event):
    (quantity,) = [q for q in _quantities(run(text)) if q.value == value]
    assert (quantity.measured, quantity.event) == (measured, event)


def test_quantities_approximations_written_one_before_the_other_are_one(run):
    """"of the order of around £10bn": one approximate amount, its words all the number's, no "order" measured."""
    doc = run("There will be a substantial tax increase after the election, of the order of around £10bn.")
    (quantity,) = _quantities(doc)
    assert (quantity.qualifier, quantity.measured) == ("approximate", None)
    assert doc.text[quantity.start:quantity.end] == "of the order of around £10bn"


@pytest.mark.parametrize("text,word,bounds", [
    ("It made over $60m worldwide.", "over", True),
    ("It made nearly 60 films.", "nearly", True),
    ("Prices went up 5% on Monday.", "up", False),
    ("The deal is over now.", "over", False),
])
def test_a_bound_before_a_number_is_no_particle_of_the_event(text, word, bounds):
    import spacy

    from pipeline.quantities.component import _bounds_a_number

    doc = spacy.blank("en")(text)
    assert _bounds_a_number(next(t for t in doc if t.text == word)) is bounds


def test_quantities_the_object_of_order_is_who_does_what_is_ordered(run):
    doc = run("Judge Ann Cole jailed Dan Reed on Friday. Cole said Reed had shown no remorse. She also ordered him to "
              "repay 1.2 million pounds.")
    repaid = next(q for q in doc._.facts.quantities if q.value == 1.2e6)
    assert repaid.agent is not None and repaid.agent.name == "Dan Reed"


@pytest.mark.parametrize("text,value,unit", [
    # "m" written against a number before a noun of sport's distances is metres; money and counts stay millions
    ("O'Gara thumped over a 40m penalty.", 40, "m"),
    ("She won the 100m freestyle.", 100, "m"),
    ("He was fined a £40m penalty.", 40_000_000, "GBP"),
    ("Chelsea signed him for a club record 30m.", 30_000_000, None),  # no race's distance: millions
    ("Profits rose to over 3,000m euros.", 3_000_000_000, "EUR"),
    ("Ana Ruiz must beat the clock (for 400m) next year.", 400, "m"),  # a race's distance after "for"
    ("The club was sold for 400m last year.", 400_000_000, None),  # not a race's distance: millions
    ("The club paid a 40m winner's bonus.", 40_000_000, None),  # no race's own distance: millions
])
def test_quantities_metres_in_sport(run, text, value, unit):
    (quantity,) = _quantities(run(text))
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    # a race named by its own distance is no quantity (and no millions), as a reader takes "the 800m"
    "She won the 10,000m in Helsinki.",
    "He holds the 400m world record.",  # before a word of its titles
    "Ana Ruiz will make her debut over 3,000m in Glasgow.",  # run over its distance
    "Ana Ruiz lowered her 200m personal best on Sunday.",  # before the words of a race's best
    "Ana Ruiz won the women's 800m race in Oslo.",  # after a possessive
    "Ana Ruiz, the world 200m and 400m record holder, retired.",  # listed with another
    "She won the Olympic 100m and 200m finals.",
    "Former 400m runners Roger Black and Mark Richardson agreed.",  # a kind of runner
    "The 60m hurdler Ana Ruiz pulled out on Friday.",  # one who runs it
    "Ana Ruiz added the 5,000m crown in Athens.",  # its title
    "Can Ana Ruiz repeat her 800m and 1500m double?",
    "The US 400m and 200m legend Tom Hale was the greatest.",  # a legend, a medallist or a finalist of it
    "The 800m medallist Ana Ruiz pulled out.",
])
def test_quantities_a_race_named_by_its_distance_is_no_quantity(run, text):
    assert _quantities(run(text)) == []


@pytest.mark.parametrize("text,values", [
    # one sense per article: where a distance in metres is written, a bare "m" after a number is metres too (the
    # race named by its distance is no quantity of its own)
    ("Ana Ruiz won the 100m race. Her sister cleared 4.72m and aims for the 5m barrier.",
     [(4.72, "m"), (5, "m")]),
    # but not before a plural noun, nor after a currency
    ("Ana Ruiz won the 100m race, watched by 2m viewers; her club earned £3m.",
     [(2_000_000, None), (3_000_000, "GBP")]),
    # and with no distance so written, a bare "m" stays millions
    ("Orvan sold 4.72m units and aims for the 5m barrier.", [(4_720_000, None), (5_000_000, None)]),
])
def test_quantities_metres_one_sense_per_article(run, text, values):
    assert [(q.value, q.unit) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text,values", [
    ("He kicked 40m and 45m penalties in the match.", [(40, "m"), (45, "m")]),
    ("They spent 100m and 200m pounds.", [(100_000_000, "GBP"), (200_000_000, "GBP")]),
])
def test_quantities_a_distance_listed_with_another_is_metres_too(run, text, values):
    assert [(q.value, q.unit) for q in _quantities(run(text))] == values


@pytest.mark.parametrize("text", [
    "Ireland held a commanding 28-8 advantage at the break.",  # a score
    "The single reached number one in the UK charts.",  # a chart position
    "Wales are chasing a first Six Nations title.",  # a number word inside a name
    "It was a bruising 19-13 Six Nations loss to Ireland.",  # after a score
    "At one point during its run the show led the ratings.",  # an idiom
    "Rochus was a 6-4 7-5 winner over Acasuso.",  # a tennis match's set scores
    "He won 7-6 (7-5) 6-3 in Auckland.",
    "Smith was injured during Wigan's 3-1 FA Cup win at Hull.",  # a competition's name before the win
])
def test_quantities_no_scores_chart_positions_or_names(run, text):
    assert _quantities(run(text)) == []


@pytest.mark.parametrize("text,value", [
    ("One of Britain's largest retailers said sales rose.", None),
    ("It remains one of the best screens in its price range.", None),
    ("It is one the largest firms in Leeds.", None),  # its "of" dropped
    ("She put one hand on the door and her friend held the other.", None),
    ("Tom Reed scored one goal in the final.", 1),  # a count
    ("One man was killed in the blast.", 1),
])
def test_quantities_a_one_that_picks_one_thing_out_is_no_count(run, run_newsquant, text, value):
    """A careful reader's numbers (the default conventions); NewsQuant's count those too."""
    assert [q.value for q in _quantities(run(text))] == ([value] if value is not None else [])
    assert [q.value for q in _quantities(run_newsquant(text))] == [1]


def test_quantities_newsquant_membership_is_said_of_nothing_else(run_newsquant):
    (quantity,) = _quantities(run_newsquant("The new model is one of the fastest cars on sale."))
    assert quantity.value == 1 and quantity.holder is None and quantity.holder_span is None


def test_quantities_newsquant_config_sets_newsquant_conventions():
    from pipeline.api import DEFAULT_CONFIG, read_config

    newsquant, default = read_config(DEFAULT_CONFIG.parent / "newsquant.cfg"), read_config()
    assert newsquant["components"]["newsfacts_quantities"]["conventions"] == "newsquant"
    assert default["components"]["newsfacts_quantities"]["conventions"] == "newsfacts"
    # the rest is the default config's, kept in step with it
    newsquant["components"]["newsfacts_quantities"]["conventions"] = "newsfacts"
    assert newsquant == default


def test_quantities_unknown_conventions_are_one_clear_error():
    from pipeline.quantities.component import NewsQuantities

    with pytest.raises(ValueError, match="conventions must be one of newsfacts, newsquant"):
        NewsQuantities(None, conventions="cqe")


@pytest.mark.parametrize("text,levels,newsquant", [
    ("Applications fell from 7,613 to 6,630 last year.", [(7613, None), (6630, None)], [(7613, 6630)]),
    ("Sales had fallen from £138m to £118m.", [(138e6, None), (118e6, None)], [(138e6, 118e6)]),
    ("There was a decline from 785 to 708 in the spring.", [(785, None), (708, None)], [(785, 708)]),
])
def test_quantities_the_levels_before_and_after_a_change_are_two(run, run_newsquant, text, levels, newsquant):
    """Each an exact level, the one before no change's size; NewsQuant's conventions read bare numbers as one range
    (two currencies' amounts were two there too)."""
    quantities = _quantities(run(text))
    assert [(q.value, q.high) for q in quantities] == levels and {q.qualifier for q in quantities} == {"exact"}
    assert [(q.value, q.high) for q in _quantities(run_newsquant(text))] == newsquant


def test_quantities_a_range_without_a_change_stays_one(run):
    assert [(q.value, q.high) for q in _quantities(run("Prices ranged from 5 to 10 dollars."))] == [(5, 10)]


@pytest.mark.parametrize(
    "text,when",
    [("The council will recruit 2,000 wardens now rather than next year.", None),
     ("The club sold 300 more shirts than last year.", None),
     ("The club sold 300 shirts last year.", "2004")],
)
def test_quantities_are_not_dated_by_the_other_side_of_a_comparison(run, text, when):
    (quantity,) = _quantities(run(text, "2005-03-15"))
    assert (quantity.when.value if quantity.when is not None else None) == when


@pytest.mark.parametrize(
    "text,when",
    [  # dates listed together or a range's ends date no one amount
     ("There were almost £68m in donations to the parties in 2001, 2002 and 2003.", None),
     ("The cap would have banned £56m in donations between 2001 and 2003.", None),
     ("He was nominated for two Oscars, in 1976 and 1981.", None),
     # ... a date alone still does
     ("The parties received £68m in donations in 2003.", "2003")],
)
def test_quantities_are_not_dated_by_one_of_several_dates(run, text, when):
    (quantity,) = _quantities(run(text, "2005-03-15"))
    assert (quantity.when.value if quantity.when is not None else None) == when


def test_quantities_a_date_written_right_after_an_amount_is_its_own(run):
    doc = run("Orvan said profit rose to £22m in the fourth quarter, from £14m a year earlier.", "2005-03-15")
    assert {q.value: q.when.value for q in _quantities(doc)} == {22_000_000: "2004-Q4", 14_000_000: "2003-Q4"}


@pytest.mark.parametrize(
    "text,whens",
    [("Sales at Orvan climbed to £40m from £31m in 2003.", {40_000_000: None, 31_000_000: "2003"}),
     ("Its margin was 12%, down from 15% in the third quarter.", {12: None, 15: "2004-Q3"}),
     ("Orvan made £9m, compared with a loss of £2m in 2003.", {9_000_000: None, 2_000_000: "2003"}),
     # the date of the amount that is no earlier side dates its verb's other amounts
     ("Profits at Orvan rose 5% to £3m in 2004.", {5: "2004", 3_000_000: "2004"})],
)
def test_quantities_the_earlier_side_s_date_dates_only_it(run, text, whens):
    doc = run(text, "2005-03-15")
    assert {q.value: q.when.value if q.when is not None else None for q in _quantities(doc)} == whens


def test_quantities_the_whole_a_part_is_taken_from_is_no_event_s(run):
    # under the project's conventions "four of their last six games": the four were lost, the six only played (the
    # agent stays, whose games they are)
    doc = run("Harwick have lost four of their last six games.")
    assert {q.value: q.event for q in _quantities(doc)} == {4: "lose", 6: None}


@pytest.mark.parametrize("text,counted", [
    # a unit's word opening a compound of another sense: a count of the things, no seconds
    ("The carrier will also provide six second hand airplanes.", "airplane"),
    ("The dealer sold five second-hand cars last week.", "car"),
])
def test_quantities_second_hand_is_no_unit(run, text, counted):
    (quantity,) = run(text)._.facts.quantities
    assert (quantity.value, quantity.unit, quantity.counted) == (6.0 if "six" in text else 5.0, None, counted)


def test_quantities_seconds_stay_a_unit(run):
    (quantity,) = run("The jet took 30 seconds to land.")._.facts.quantities
    assert (quantity.value, quantity.unit) == (30.0, "s")


def test_quantities_a_headline_s_last_eight_is_a_round_no_count(run):
    doc = run("Hale in Doha last eight\n\nAnn Hale moved into the quarter-finals, her last four matches all won.")
    assert [(q.value, q.counted) for q in doc._.facts.quantities] == [(4.0, "match")]


def test_quantities_a_currency_read_as_a_verb_is_no_event(run):
    # "won", South Korea's currency, after a number: no winning, for the amount or its conversions
    text = "The card firm has averted liquidation following a one trillion won ($960m; £499m) bail-out."
    assert {q.event for q in _quantities(run(text))} <= {None, "follow"}
    (won,) = _quantities(run("The team won 3 games in May."))
    assert won.event == "win"
    assert {q.event for q in _quantities(run("Racer 3 won three awards."))} == {"win"}
