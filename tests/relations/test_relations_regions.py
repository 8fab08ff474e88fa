"""``with_regions``: what is based or lives in a town named with its region is based or lives in the region."""
import pytest

from pipeline.facts import Entity, Relation
from pipeline.relations.component import with_regions


def _facts(text):
    acme = Entity("ORG", "Acme", [(0, 4)])
    town_at = text.index("Bree")
    region_at = text.index("Ga.")
    town, region = Entity("GPE", "Bree", [(town_at, town_at + 4)]), Entity("GPE", "Ga.", [(region_at, region_at + 3)])
    based = Relation("based_in", acme, town, 0, town_at + 4, confidence=0.8)
    located = Relation("located_in", town, region, town_at, region_at + 3, confidence=0.7)
    return [based, located]


@pytest.mark.parametrize("text,added", [
    ("Acme, based in Bree, Ga., grew.", {("based_in", "Acme", "Ga.")}),
    ("Acme, based in Bree and Ga., grew.", set()),  # a list of places, not a town and its region
])
def test_with_regions_carries_a_relation_to_the_region(text, added):
    new = with_regions(text, _facts(text))
    assert {(r.predicate, r.subject.name, r.object.name) for r in new} == added
    for r in new:
        assert text[r.start:r.end] == "Acme, based in Bree, Ga." and r.confidence == 0.7


def test_with_regions_leaves_other_predicates():
    text = "Acme, based in Bree, Ga., grew."
    relations = _facts(text)
    relations[0].predicate = "visited"
    assert with_regions(text, relations) == []


def test_with_regions_follows_a_chain_of_places_and_keeps_a_guess_a_guess():
    text = "Yatsushiro in Kumamoto in Japan flooded."
    town, prefecture, japan = (Entity("GPE", "Yatsushiro", [(0, 10)]), Entity("GPE", "Kumamoto", [(14, 22)]),
                               Entity("GPE", "Japan", [(26, 31)]))
    first = Relation("located_in", town, prefecture, 0, 22, confidence=0.65)
    second = Relation("located_in", prefecture, japan, 14, 31, confidence=0.9, extractor="relation_classifier")
    (new,) = with_regions(text, [first, second])
    assert (new.predicate, new.subject.name, new.object.name) == ("located_in", "Yatsushiro", "Japan")
    assert text[new.start:new.end] == "Yatsushiro in Kumamoto in Japan"
    assert new.extractor == "relation_classifier" and new.confidence == 0.65
