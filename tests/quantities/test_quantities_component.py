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
    ],
)
def test_quantities_agent(run, text, agent):
    quantities = _quantities(run(text))
    assert quantities and all(q.agent is not None and q.agent.name == agent for q in quantities)


@pytest.mark.parametrize("text", ["The storm killed more than 150 people.", "About 45 strikes were carried out."])
def test_quantities_spans_are_slices(run, text):
    doc = run(text)
    for quantity in _quantities(doc):
        assert doc.text[quantity.start:quantity.end].strip() == doc.text[quantity.start:quantity.end]
