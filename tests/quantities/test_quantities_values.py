import pytest

from pipeline.data_files import data_path, read_json
from pipeline.quantities.values import parse_value

SCALES = read_json(data_path("quantities.json"))["scales"]


@pytest.mark.parametrize(
    "words,value",
    [
        (["45"], 45), (["3,000"], 3000), (["3.000"], 3000), (["12.5"], 12.5), (["1.5", "million"], 1_500_000),
        (["forty", "-", "five"], 45), (["two"], 2), (["a", "dozen"], 12), (["one", "and", "a", "half"], 1.5),
        (["two", "-", "and", "-", "a", "-", "half"], 2.5),
        (["three", "-", "and", "-", "a", "-", "quarter", "billion"], 3.25e9),
        (["2bn"], 2_000_000_000), (["10k"], 10_000), (["3.4", "trillion"], 3.4e12), (["twenty", "thousand"], 20_000),
        (["hundreds"], 100), (["half"], 0.5), (["2.408", "billion"], 2_408_000_000), (["1.250", "million"], 1_250_000),
        (["a", "quarter", "of", "a", "million"], 250_000), (["three", "quarters", "of", "a", "billion"], 7.5e8),
    ],
)
def test_parse_value(words, value):
    assert parse_value(words, SCALES) == pytest.approx(value)


@pytest.mark.parametrize("words", [[], ["the"], ["blue", "sky"]])
def test_parse_value_rejects_non_numbers(words):
    assert parse_value(words, SCALES) is None


@pytest.mark.parametrize("text,value", [("1/2", 0.5), ("3/4", 0.75), ("9/11", None), ("5/3", None)])
def test_values_slash_fractions(text, value):
    from pipeline.quantities.values import parse_digits

    assert parse_digits(text) == (pytest.approx(value) if value is not None else None)
