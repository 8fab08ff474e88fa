import pytest
from spacy.lang.en import English

from pipeline.entities.source_lines import source_lines


def _lines(text):
    doc = English().make_doc(text)
    return [(doc[s.place_start:s.place_end].text, doc[s.outlet_start:s.outlet_end].text) for s in source_lines(doc)]


@pytest.mark.parametrize("text,place,outlet", [
    ("KX0312150994 Nairobi DAILY BEACON in English 3 Dec 94 p 4", "Nairobi", "DAILY BEACON"),
    ("QZ1111223394 Bogota Radio Cordillera Network in Spanish 1800 GMT 11 Nov 94", "Bogota", "Radio Cordillera Network"),
    ("Dam Burst Feared RT0909121294 Porto Alegre ZERO HORA in Portuguese 9 Sep 94 p 3", "Porto Alegre", "ZERO HORA"),
    ("WS0203040594 Dar es Salaam Radio Tanzania in Swahili 0400 GMT 2 Mar 94", "Dar es Salaam", "Radio Tanzania"),
    ("95AB1234C Lyon LE PROGRES-MATIN in French 4 Jan 95", "Lyon", "LE PROGRES-MATIN"),
    ("Toulouse LA DEPECHE in French 2 Mar 95 p 7", "Toulouse", "LA DEPECHE"),
    ("Lisbon RADIO TEJO", "Lisbon", "RADIO TEJO"),
    ("Budapest Kossuth Radio Network", "Budapest", "Kossuth Radio Network"),
    ("Officials met.\nAthens ELEFTHEROTIPIA 12 May 94 p 2", "Athens", "ELEFTHEROTIPIA"),
])
def test_a_source_line_names_a_place_and_an_outlet(text, place, outlet):
    assert _lines(text) == [(place, outlet)]


@pytest.mark.parametrize("text", [
    "Paris Saint-Germain in French football is a giant.",  # a club, then no date after the language
    "London Marathon",  # no outlet's word, no capitals
    "Boston Red Sox fans cheered in English and Spanish.",
    "The mayor of Lyon LE PROGRES said nothing in French 4 Jan 95",  # not at a line's start, no serial
    "Derby County won 2 Jan",  # not in capitals, no outlet's word
])
def test_no_source_line(text):
    assert _lines(text) == []


def test_a_source_line_gives_the_outlet_and_its_seat(run):
    doc = run("QZ1111223394 Bogota Radio Cordillera Network in Spanish 1800 GMT 11 Nov 94")
    entities = {(e.name, e.label) for e in doc._.facts.entities}
    assert {("Bogota", "GPE"), ("Radio Cordillera Network", "ORG")} <= entities
    assert [(r.predicate, r.subject.name, r.object.name) for r in doc._.facts.relations] == [
        ("based_in", "Radio Cordillera Network", "Bogota")]
