"""What a number measures (``measured``), on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text,value,measured",
    [
        ("The budget deficit widened by $12 billion last year.", 12_000_000_000, "budget deficit"),
        # a time owning the thing is a date, not part of what is measured
        ("This year's list price is $33,790.", 33_790, "list price"),
        ("Last year's profit was $4 million.", 4_000_000, "profit"),
        ("Inflation fell to 3.1% in June.", 3.1, "Inflation"),
        ("Officials said 40 percent of the budget went to schools.", 40, "budget"),
        ("The van has a 2.0-litre diesel engine.", 2.0, "diesel engine"),
        ("The plane reached a speed of 500 mph.", 500, "speed"),
        ("She paid $900 for a used bicycle.", 900, "used bicycle"),
        ("He paid 50 pounds for the concert ticket.", 50, "concert ticket"),
        # money spent "on" what it buys, through a gerund's object; not a day
        ("The operator will spend about $2bn on faster mobile networks.", 2_000_000_000, "faster mobile networks"),
        ("The brewer spent $310m on buying new delivery trucks.", 310_000_000, "new delivery trucks"),
        ("The council spent £2m on Monday on new parks.", 2_000_000, "new parks"),
        ("The car reached a top speed of 150 to 160 miles per hour.", 150, "top speed"),
        ("The printer uses a 400 μm nozzle tip.", 400, "nozzle tip"),
        ("Food prices are expected to rise by 4% next year.", 4, "Food prices"),
        ("The tower is set to rise over 300 metres above the bay.", 300, "tower"),
        ("The retailer cut its profit forecast to $2 billion.", 2_000_000_000, "profit forecast"),
        # both levels of "from ... to ...", however the parse chains them, and after "double", "triple"
        ("The insurer raised its holding from 20% to 25%.", 25, "holding"),
        ("The insurer raised its holding from 20% to 25%.", 20, "holding"),
        ("The chain plans to triple its staff from 200 to 600.", 600, "staff"),
        ("The operator will double its cafes from 1,200 to 2,400.", 1200, "cafes"),
        ("She bought the old farmhouse for $250,000.", 250_000, "old farmhouse"),
        ("The bank charges a 10 per cent fee.", 10, "fee"),
        ("It installed a 10 kW solar system.", 10, "solar system"),
        ("Buyers accepted the offer of $6 per share.", 6, "offer"),
        ("The club has a squad that contained just 19 players.", 19, "squad"),
        ("The local hospital employs 1,200 nurses.", 1200, "local hospital"),
        ("Markets at noon: Nikkei -2.4% and Hang Seng -0.8%.", -2.4, "Nikkei"),
        ("The firm drilled 35 sections of the old field.", 35, "old field"),
        ("A Jupiter day is short — 9 hours, 55 minutes and 30 seconds.", 35_730, "Jupiter day"),  # one length
        ("Retailers pay card fees which range from 1 per cent to 2 per cent.", 1, "card fees"),
        ("Rivera, 41, has coached the side since spring.", 41, "Rivera"),
        ("Their two children, Emily, 16, and Pelham, 14, live in Leeds.", 16, "Emily"),
        ("The five launches will offer a combined 435 homes.", 435, "five launches"),
        ("It is a million dollar house.", 1_000_000, "house"),
        ("The jet faced a grounding for three months.", 3, "grounding"),
        ("Ice cream sales dipped by 3.4% last year.", 3.4, "Ice cream sales"),
        ("Markets: Dow +0.4% FTSE -0.6% CAC -1.7%.", -0.6, "FTSE"),
        ("Officials weighed four options for cheaper fuels.", 4, "cheaper fuels"),
        ("A pixel pitch as fine as 200 μm.", 200, "pixel pitch"),
        ("With food prices expected to rise 4%, shoppers cut back.", 4, "food prices"),
        ("Bread prices rose 2%, with milk prices expected to increase between 3% and 4%.", 3, "milk prices"),
        ("The Galaxy Tab 11 inch is priced at $700.", 11, "Galaxy Tab"),
        ("The carmaker Volvo had a bad day, with its shares down 8.5%.", 8.5, "shares"),  # what is down
        ("They have a $900 a month loan and two cars in the garage.", 900, "loan"),
        ("Get the Oak Cocktail Ottoman for $149.36 (Save $303.63).", 303.63,
         "Oak Cocktail Ottoman"),  # what the amount before the brackets measures
        ("The service costs 8.99 dollars per month (or $89.99 per year).", 89.99, "service"),  # not the other thing's words
        ("Holders took the offer of C $7 (US $5.10) per share in cash.", 7, "offer"),  # nor the rate's
        # the number is the first listed thing's, not the list's; a name's "&" and "between" keep theirs
        ("Voters remember 12% mortgage rates, record job losses and the new council tax.", 12, "mortgage rates"),
        ("It grew into a $40bn retail chain and the favourite of young shoppers.", 40_000_000_000, "retail chain"),
        # a noun that only holds the number's place measures nothing: what reaches it does
        ("Mortgage costs are falling from their current 6.5% mark to 5% next year.", 6.5, "Mortgage costs"),
        ("Joblessness rose above the 8% level in May.", 8, "Joblessness"),
        ("Takings broke through the $2 billion barrier for the first time.", 2_000_000_000, "Takings"),
        # what an amount is said to be worth, not the subject that rejects or examines it
        ("Redvale Wines has rejected a takeover offer worth $3bn.", 3_000_000_000, "takeover offer"),
        ("The Pentagon will examine eight other contracts worth $3bn.", 3_000_000_000, "eight other contracts"),
        # a level the parse hangs on an adverb after the object: what was cut to it
        ("Halden cut its debt back to £160m last year.", 160_000_000, "debt"),
        ("Spam makes up at least 60% of all e-mail sent.", 60, "e-mail"),  # a word split at its hyphen, whole
        # an amount's "of" hung on the period between it and its noun; a form written right after it, on any verb
        ("The firm had an operating loss for the three months to December of 7.5bn yen.", 7.5e9, "operating loss"),
        ("The plan is aimed at making £86m in efficiency savings by 2008.", 86_000_000, "efficiency savings"),
        # a change's noun with "in": what the change is in
        ("Tom Reed wanted an increase in the minimum wage to £5.60 an hour.", 5.6, "minimum wage"),
        ("- Increase in the stamp duty threshold from £60,000", 60_000, "stamp duty threshold"),
        # a change's noun with what changes written in its phrase, its size after "by" or its level after "to"
        ("The plan would see the defence budget rise by $19bn to $420bn.", 19e9, "defence budget rise"),
        ("The plan would see the defence budget rise by $19bn to $420bn.", 420e9, "defence budget rise"),
    ],
)
def test_quantities_measured(run, text, value, measured):
    _assert_phrase(run(text), value, "measured", measured)


def _quantity(doc, value):
    (quantity,) = [q for q in doc._.facts.quantities if q.value == pytest.approx(value)]
    return quantity


def _assert_phrase(doc, value, field, expected):
    """The quantity of that value has the phrase ``expected`` in ``field``, and its span is those words."""
    quantity = _quantity(doc, value)
    assert getattr(quantity, field) == expected
    start, end = getattr(quantity, f"{field}_span")
    assert doc.text[start:end] == expected


@pytest.mark.parametrize("text,value", [("We have in the last week had 22 burglaries.", 22),
                                        ("Two years later, the agency mapped the coast.", 2),
                                        # a time before or after another event: nor what that event did
                                        ("The plan comes four months after millions of viewers saw the debate.", 4),
                                        ("The plant closed two years before the strike began.", 2)])
def test_quantities_times_measure_nothing(run, text, value):
    """A time is no thing measured, and a time from another measures nothing either."""
    quantity = _quantity(run(text), value)
    assert quantity.measured is None and quantity.holder is None
    assert quantity.event not in {"see", "begin"}


@pytest.mark.parametrize("text,value", [("During the quarter, Harlow Foods earned $187m.", 187_000_000),
                                        ("Tom Reed was ordered to pay 100,000 kroner to the label.", 100_000),
                                        # a person described, or named before a post-nominal
                                        ("The co-founder of the Lisle Group gave £215,000.", 215_000),
                                        ("Gifts came from shipping magnate Peter Harrow OBE who gave £120,000.",
                                         120_000),
                                        # a body described
                                        ("The firm lost £5,000 on the deal.", 5_000),
                                        ("The union raised £8,000 last month.", 8_000),
                                        # nor whom it is paid
                                        ("Northgate say they will pay Tarrow Rovers £150,000, with an option to buy.",
                                         150_000)])
def test_quantities_who_earns_or_pays_an_amount_is_not_what_it_measures(run, text, value):
    quantity = _quantity(run(text), value)
    assert quantity.measured is None


@pytest.mark.parametrize(
    "text,value,measured",
    [("The biggest gift was a legacy from Mary Tolland of nearly £80,000.", 80_000, "legacy"),
     # what money buys, and the size of a thing that is no one
     ("The parish paid £9,000 for a new roof.", 9_000, "new roof"),
     ("The plan had a budget of £3m.", 3_000_000, "budget"),
     # what a body is worth is its value
     ("The family owns half of the group, which is worth $12bn.", 12_000_000_000, "group"),
     ("The merger would create a bank valued at $90bn.", 90_000_000_000, "bank")],
)
def test_quantities_money_given_to_someone_measures_the_gift(run, text, value, measured):
    """Who money comes from or goes to is not what it measures: the gift it makes is."""
    assert _quantity(run(text), value).measured == measured


@pytest.mark.parametrize("text", ["Rebels seized nearly 30 trucks near the border."])
def test_quantities_counts_measure_nothing_more(run, text):
    (quantity,) = run(text)._.facts.quantities
    assert quantity.counted == "truck" and quantity.measured is None and quantity.measured_span is None


@pytest.mark.parametrize(
    "text,values,measured,qualifier",
    [("The engine makes about 200 hp (149 kW) at full power.", (200, 149), "engine", "approximate"),
     ("The motor gives just under 300 hp (224 kW / 304 PS).", (300, 224, 304), "motor", "less_than"),
     # a conversion is no change where the amount it converts is none (the raiser measures neither: its holder)
     ("Harbour Exchange plans to raise $90m (£47m) from the sale.", (90_000_000, 47_000_000), None, "exact")],
)
def test_quantities_conversions_in_brackets_measure_the_same(run, text, values, measured, qualifier):
    quantities = run(text)._.facts.quantities
    assert [q.value for q in quantities] == [pytest.approx(v) for v in values]
    assert {(q.measured, q.qualifier) for q in quantities} == {(measured, qualifier)}


@pytest.mark.parametrize(
    "text,value,holder",
    [
        ("The stock trades on 8.5 times earnings.", 8.5, "stock"),
        ("The bakery sells the large sourdough loaf for $7.", 7, "bakery"),
        ("The council would impose cuts of 200 jobs.", 200, "council"),
        ("The recipe needs 2 cups of flour for the bread.", 2, "recipe"),
        ("The Pixel 9's 6.3-inch screen is bright.", 6.3, "Pixel 9"),
        ("Jo Marr, a 50-year-old man from Leeds, admitted the theft.", 50, "Jo Marr"),
        ("The new iPhone 16 deal gives you 100GB of data for a month.", 100, "new iPhone 16 deal"),  # a name's number
        ("Acme - The chipmaker fell 3% after its results.", 3, "Acme"),  # a round-up's name before a dash
        ("The base iPhone 11 has just 64GB of storage.", 64, "base iPhone 11"),  # a subject the parse split
        ("Fuel economy climbed from 30 mpg to 34 for hybrid models.", 30, "hybrid models"),  # what a level is for
        ("The farmer paid 300 euros ($330) for the old tractor.", 330, "farmer"),  # as the amount it converts
        ("The treasurer proposes to borrow £16bn over the next six years.", 16e9, "treasurer"),  # who borrows it
        ("The carmaker Volvo had a bad day, with its shares down 8.5%.", 8.5, "carmaker Volvo"),  # whose "its"
        ("The city planners looked at six routes for the new tram.", 6, "city planners"),
        ("Cheap flats could be priced from $90,000 to $150,000 for a studio.", 90_000, "Cheap flats"),
        # who a verb leaves or gives what the number counts in its "with" phrase (not a time it is left with)
        ("The rebels took three towns, leaving the army with just 160 tanks.", 160, "army"),
        ("Harbury ended the year with 500 staff.", 500, "Harbury"),
        # what the named subject has, in a "with" phrase on its verb, and what is listed with it there
        ("Vexco is Spain's biggest brick maker, with an annual capacity of 9.5m tonnes and a 17% market share.",
         9_500_000, "Vexco"),
        ("Vexco is Spain's biggest brick maker, with an annual capacity of 9.5m tonnes and a 17% market share.",
         17, "Vexco"),
        # a count of a noun a name owns is the owner's; a workforce at an organisation named after "at" is its
        ("The IMF's 184 members met on Monday.", 184, "IMF"),
        ("Britain's two million pensioners will gain.", 2_000_000, "Britain"),
        # an organisation named between the count and its noun
        ("Kestrel Motors said about 300 Kestrel workers lost their jobs.", 300, "Kestrel"),
        ("Six WorldCom executives were indicted.", 6, "WorldCom"),
        ("After the cuts there were 80 workers at Argonaut headquarters in Edgware.", 80, "Argonaut"),
        ("There are now 120 staff at Vexford Bank.", 120, "Vexford Bank"),
    ],
)
def test_quantities_holder(run, text, value, holder):
    """Whose the measured thing is: the owner of the measured noun or the subject of the number's verb."""
    _assert_phrase(run(text), value, "holder", holder)


@pytest.mark.parametrize(
    "text,value",
    [
        ("Inflation fell to 3.1% in June.", 3.1),  # the measured thing is the subject
        ("Shares rose 5% for the day.", 5),  # a time is not what the level is for
        ("Two years later, the agency mapped the coast.", 2),  # a time from another time
        ("The firm said 70% of the staff were trained.", 70),  # a share of the staff, said of nothing else
        ("Its profits rose 5% this year.", 5),  # a pronoun: the agent resolves it
        ("The launch was hit by leaks, strikes and a delay of three months.", 3),  # deep in a list
        ("Its 184 members met on Monday.", 184),  # a pronoun's count: the agent resolves it
        ("Millions of the world's poorest workers will lose their jobs.", 1_000_000),  # the world owns nothing
        ("There were 40 workers at the site.", 40),  # no organisation named after "at"
        ("There were 40 visitors at Vexford Bank.", 40),  # no workforce counted
    ],
)
def test_quantities_no_holder(run, text, value):
    quantity = _quantity(run(text), value)
    assert quantity.holder is None and quantity.holder_span is None


def test_quantities_a_change_said_with_its_noun_measures_that_noun(run):
    """"with December sales down 0.7%": the sales, however the parse hangs "down"; no feeling is the event."""
    quantity = _quantity(run("Harlow Jewels also felt little Christmas cheer with December sales down 0.7%."), 0.7)
    assert (quantity.measured, quantity.event, quantity.qualifier) == ("December sales", None, "decrease")


def test_quantities_a_figure_at_an_organisation_is_that_organisation_s(run):
    doc = run("Northgate Stores said sales rose, with sales jumping 28% at clothing retailer Bebe Stores and 32.2% "
              "at American Eagle Outfitters.")
    agents = {q.value: q.agent.name if q.agent else None for q in doc._.facts.quantities}
    assert agents == {28: "Bebe Stores", 32.2: "American Eagle Outfitters"}


@pytest.mark.parametrize("text,measured", [
    # how far or how long something was done measures nothing of who did it
    ("Mendes shot from 50 yards.", None),
    ("The firm will be sold within 10 days.", None),
    ("The referee made up his mind after 30 seconds.", None),
    # a verb of lasting or measuring says it of its subject
    ("The strike lasted for three days.", "strike"),
    ("The queue grew from 10 metres.", "queue"),
    # a dimension's adjective after the length is what it measures (the bridge holds it)
    ("The bridge is 300 metres long.", "long"),
])
def test_quantities_a_span_of_distance_or_time_done_over(run, text, measured):
    (quantity,) = run(text)._.facts.quantities
    assert quantity.measured == measured


def test_quantities_a_noun_read_as_a_verb_is_what_a_change_measures():
    """"and Altria shares up 5.11%", the second "shares" tagged a verb (a compound before it, no subject): still the
    noun the change is said of; a verb with its subject is none."""
    import spacy
    from spacy.tokens import Doc

    from pipeline.quantities.component import _noun_read_as_verb

    words = ["Reynolds", "shares", "and", "Altria", "shares", "up", "5.11", "%"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN", "NOUN", "CCONJ", "PROPN", "VERB", "ADV", "NUM",
                                                         "NOUN"],
              heads=[1, 1, 1, 4, 1, 4, 7, 5], deps=["compound", "ROOT", "cc", "compound", "conj", "advmod", "nummod",
                                                    "npadvmod"])
    assert _noun_read_as_verb(doc[4])
    doc = Doc(spacy.blank("en").vocab, words=["The", "stock", "trades", "on"], pos=["DET", "NOUN", "VERB", "ADP"],
              heads=[2, 2, 2, 2], deps=["det", "compound", "ROOT", "prep"])
    assert not _noun_read_as_verb(doc[2])  # the sentence's verb, however the parse hangs its subject
    doc = Doc(spacy.blank("en").vocab, words=["Altria", "shares", "data"], pos=["PROPN", "VERB", "NOUN"],
              heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    assert not _noun_read_as_verb(doc[1])


@pytest.mark.parametrize("text,measured", [
    # a length of time owning a noun measures it
    ("The phone offers up to 30 hours' battery life.", "battery life"),
    ("The deal gives buyers three years' protection.", "protection"),
])
def test_quantities_a_time_owning_a_noun_measures_it(run, text, measured):
    (quantity,) = run(text)._.facts.quantities
    assert quantity.measured == measured


@pytest.mark.parametrize("text,measured,holder", [
    # money someone has "in" a form of wealth measures that form, and is theirs
    ("Norland has $850bn in foreign exchange reserves.", "foreign exchange reserves", "Norland"),
    ("Acme Foods has £2bn in cash.", "cash", "Acme Foods"),
    # not a place it is kept in
    ("The fund has £3m in the bank.", "fund", None),
])
def test_quantities_money_held_in_a_form_measures_it(run, text, measured, holder):
    (quantity,) = run(text)._.facts.quantities
    assert (quantity.measured, quantity.holder) == (measured, holder)


@pytest.mark.parametrize("text,value,measured", [
    # a market's session after the amount says when it was reached: the price is the shares'
    ("Norland shares fell 4% to 20.7 kronor in early trading.", 20.7, "Norland shares"),
    ("Acme stock rose to 140p in afternoon dealings.", 140, "Acme stock"),
    # not a form of money
    ("Acme made £2bn in new business last year.", 2e9, "new business"),
])
def test_quantities_a_market_session_is_no_measured_thing(run, text, value, measured):
    quantity = next(q for q in run(text)._.facts.quantities if q.value == pytest.approx(value))
    assert quantity.measured == measured


@pytest.mark.parametrize("text,measured", [
    # a length of time is no measure of a person, nor the person's
    ("Dale reached the final for the first time in three years.", None),
    ("The finance minister waited two hours.", None),
    ("Ann Dale spent four years at the club.", None),
    # but of a thing, an event or a career it is
    ("The hearing lasted two hours.", "hearing"),
    ("Her career spanned 20 years.", "career"),
])
def test_quantities_a_time_measures_no_person(run, text, measured):
    (quantity,) = run(text)._.facts.quantities
    assert (quantity.measured, quantity.holder) == (measured, None)


@pytest.mark.parametrize("text,value,measured", [
    # a word that turns what is measured into its opposite stays in it
    ("The number of people out of work rose 32,000 last year.", 32000, "number people out of work"),
    ("The number of homes without power fell to 2,000 on Monday.", 2000, "number homes without power"),
    ("The number of people in work rose 12,000 last year.", 12000, "number people work"),
])
def test_quantities_what_is_measured_keeps_its_polarity(run, text, value, measured):
    assert _quantity(run(text), value).measured == measured


@pytest.mark.parametrize("text,value,measured", [
    # "between" takes both things it joins; a noun that only holds the number's place measures nothing
    ("The exchange rate between the euro and the rouble is now 90 roubles.", 90, "exchange rate euro rouble"),
    ("The broker is accused of looting the fund to the tune of $80m.", 80_000_000, None),
    ("Regulators fined the station a record $300,000 last year.", 300_000, None),
])
def test_quantities_what_is_measured_between_and_placeholders(run, text, value, measured):
    assert _quantity(run(text), value).measured == measured


@pytest.mark.parametrize("text,value,measured", [
    # an age is its person's: no one does it, and it measures only the noun it describes
    ("Northgate will struggle to replace the 32-year-old.", 32, None),
    ("The 40-year-old comedian upset the hosts.", 40, "comedian"),
    # a prize "winning" before the noun, read by the parse as a clause: the age is the noun's, not the prize's
    ("The 29-year-old World Cup winning scrum-half left Portmoor in May.", 29, "scrum-half"),
    ("The 24-year-old Cup winning captain signed for Portmoor in June.", 24, "captain"),
    # the noun itself, not what hangs on it; nothing where the age owns the noun or the parse took a verb for it
    ("Police arrested a 24-year-old man from Leicester.", 24, "man"),
    ("The 24-year-old's new album sold well.", 24, None),
    ("\"Until you face what is going on, you will stay a tabloid,\" the 23-year-old wrote.", 23, None),
    # "at the age of": the named subject's age, or the name a relative clause describes; not a pronoun's
    ("Ann Lee died at the age of 74.", 74, "Ann Lee"),
    ("Marlon Brando, who died on Thursday at the age of 80, was a legend.", 80, "Marlon Brando"),
    ("He retired at the age of 60.", 60, None),
    ("Ann Lee said the minimum age of 21 for an MP would fall.", 21, None),  # an age of no one
])
def test_quantities_an_age_has_no_agent(run, text, value, measured):
    quantity = _quantity(run(text), value)
    assert (quantity.agent, quantity.measured) == (None, measured)
    assert quantity.holder is None  # "Police arrested a 24-year-old man": nobody else's age


def test_measured_those_a_participle_describes(run):
    doc = run("Some 12% of those surveyed were unable to switch suppliers.")
    assert [q.measured for q in doc._.facts.quantities] == ["those surveyed"]


@pytest.mark.parametrize("text,unit,measured", [
    ("Tom Reed died in Munich at 50.", "yr_age", "Tom Reed"),  # an age at a life's turn
    ("Shares closed at 50.", None, None),  # no age
    ("Couples must marry at one of 76 register offices.", None, None),  # no age: "one of"
    ("Ana Ruiz won best director. The 74-year-old was delighted.", "yr_age", "Ana Ruiz"),  # the age read as a person
])
def test_measured_ages_at_a_life_s_turn_and_of_an_age_used_as_a_noun(run, text, unit, measured):
    first = run(text)._.facts.quantities[0]  # (the only one, or the one before "of")
    assert first.unit == unit and (measured is None or first.measured == measured)


@pytest.mark.parametrize("text,value,qualifier", [
    # an amount added to what there was, under the project's conventions; a count of more things stays a count
    ("Border security would get an extra $2bn next year.", 2e9, "increase"),
    ("Analysts expect an additional $100bn on the deficit.", 100e9, "increase"),
    ("A further £900m has been written off as lost.", 900e6, "exact"),  # another amount
    ("A further 20 people were hurt in the blast.", 20, "exact"),
])
def test_quantities_an_extra_amount_is_an_increase(run, text, value, qualifier):
    assert _quantity(run(text), value).qualifier == qualifier


@pytest.mark.parametrize("text,value,unit", [
    # a length of time in two parts, the larger first, is one quantity in the smaller unit
    ("The final lasted two hours and 40 minutes.", 160, "min"),
    ("Tom Hale was jailed for two years and six months.", 30, "mo"),
    ("They waited three hours, 20 minutes for a bus.", 200, "min"),
])
def test_quantities_a_length_of_time_in_two_parts_is_one(run, text, value, unit):
    (quantity,) = run(text)._.facts.quantities
    assert (quantity.value, quantity.unit) == (value, unit)


def test_quantities_a_length_of_time_in_parts_stays_parts_under_newsquant(run_newsquant):
    assert len(run_newsquant("The final lasted two hours and 40 minutes.")._.facts.quantities) == 2


@pytest.mark.parametrize("text,value", [
    # an infinitive on a noun that is the sentence's subject: the noun neither measured nor holding the number
    ("The ability to run 26.2 miles is rare.", 26.2),
    ("A plan to build 300 homes was approved.", 300),
])
def test_quantities_an_infinitive_s_noun_measures_nothing(run, text, value):
    quantity = next(q for q in run(text)._.facts.quantities if q.value == pytest.approx(value))
    assert (quantity.measured, quantity.holder) == (None, None)


def test_quantities_a_participle_s_noun_is_still_measured(run):
    (quantity,) = run("With dairy prices expected to increase 4%, farmers smiled.")._.facts.quantities
    assert quantity.measured == "dairy prices"


@pytest.mark.parametrize("text,value,holder", [
    # "his" or "her" on the measured noun: the person it stands for holds the number
    ("Tom Hale had a poor year. His ranking is down at 168.", 168, "Tom Hale"),
    ("Ann Lee said her salary rose to £90,000.", 90_000, "Ann Lee"),
    # "the" and a noun describing a name of the article: the body it refers to
    ("Kestrel Tiles Ltd makes floors. The company's profits fell 5% last year.", 5, "Kestrel Tiles Ltd"),
    ("Ruth Obi runs Bellows Bank. The bank's 300 staff were told on Friday.", 300, "Bellows Bank"),
])
def test_quantities_a_pronoun_s_owner_holds_the_measured_thing(run, text, value, holder):
    quantity = next(q for q in run(text)._.facts.quantities if q.value == pytest.approx(value))
    assert quantity.holder == holder
    assert text[quantity.holder_span[0]:quantity.holder_span[1]] == holder


def test_quantities_a_day_is_never_what_a_number_measures(run):
    doc = run("Acme shares rose 1% on the news before ending Friday 0.24% lower.")
    quantity = next(q for q in doc._.facts.quantities if q.value == pytest.approx(0.24))
    assert quantity.measured != "Friday"


def test_quantities_a_date_read_as_measured_gives_way_to_the_subject(run):
    doc = run("Although inventories fell 0.7% month on month, exports rose.")
    quantity = next(q for q in doc._.facts.quantities if q.value == pytest.approx(0.7))
    assert (quantity.measured, quantity.holder) == ("inventories", None)
