"""What a number measures (``measured``), on sentences written for these tests."""
import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text,value,measured",
    [
        ("The budget deficit widened by $12 billion last year.", 12_000_000_000, "budget deficit"),
        ("Inflation fell to 3.1% in June.", 3.1, "Inflation"),
        ("Officials said 40 percent of the budget went to schools.", 40, "budget"),
        ("The van has a 2.0-litre diesel engine.", 2.0, "diesel engine"),
        ("The plane reached a speed of 500 mph.", 500, "speed"),
        ("She paid $900 for a used bicycle.", 900, "used bicycle"),
    ],
)
def test_quantities_measured(run, text, value, measured):
    doc = run(text)
    (quantity,) = [q for q in doc._.facts.quantities if q.value == pytest.approx(value)]
    assert quantity.measured == measured
    start, end = quantity.measured_span
    assert doc.text[start:end] == measured


@pytest.mark.parametrize("text", ["Rebels seized nearly 30 trucks near the border."])
def test_quantities_counts_measure_nothing_more(run, text):
    (quantity,) = run(text)._.facts.quantities
    assert quantity.counted == "truck" and quantity.measured is None and quantity.measured_span is None
