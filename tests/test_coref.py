"""pipeline/coref.py: the genders the article shows, read by "he" and "she" when the caller asks for them."""
import pytest

from pipeline.coref import Resolver
from pipeline.extensions import get_facts

pytestmark = pytest.mark.slow


def _by_name(doc, genders):
    resolver = Resolver(doc, get_facts(doc), genders=True)
    return {e.name: resolver.gender.get(id(e)) for e in get_facts(doc).entities if e.label == "PERSON"}, resolver


def test_coref_gender_from_titles_family_words_and_reporting_pronouns(run):
    doc = run("Mrs Dale met Tom Hart and his wife Lena Hart. Tom Hart said he was tired.")
    genders, _ = _by_name(doc, True)
    assert genders.get("Dale") == "f" and genders.get("Tom Hart") == "m"


def test_coref_she_goes_to_the_woman_named_before_not_the_nearest_man(run):
    doc = run("Mrs Anna Dale met Tom Hart on Monday. Hart was late. She said the talks had failed.")
    _, resolver = _by_name(doc, True)
    she = next(t for t in doc if t.text == "She")
    assert resolver(she).name == "Anna Dale"


def test_coref_without_genders_a_pronoun_is_the_nearest_person(run):
    doc = run("Mrs Anna Dale met Tom Hart on Monday. Hart was late. She said the talks had failed.")
    she = next(t for t in doc if t.text == "She")
    assert Resolver(doc, get_facts(doc))(she).name == "Tom Hart"


def test_coref_a_person_shown_both_ways_has_no_gender(run):
    doc = run("Sam Lee said he was tired. Later Sam Lee said she was fine.")
    genders, _ = _by_name(doc, True)
    assert genders.get("Sam Lee") is None


def test_coref_the_firm_described_by_its_country_is_the_article_s_company(run):
    doc = run("Volta Motors makes cars in Ohio. Its chief spoke on Monday. The US firm says it wants to compete with Ford.")
    firm = next(t for t in doc if t.text == "firm")
    assert Resolver(doc, get_facts(doc))(firm).name == "Volta Motors"


def test_coref_officials_of_a_country_stay_that_country_s(run):
    doc = run("U.S. officials said the talks had failed.")
    officials = next(t for t in doc if t.text == "officials")
    assert Resolver(doc, get_facts(doc))(officials).label == "GPE"
