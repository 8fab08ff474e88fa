"""The merging rules, on hand-made mentions (no model needed)."""
import pytest

from pipeline.data_files import data_path, read_json
from pipeline.entities.canonical import Canonicalizer, Mention


@pytest.fixture(scope="module")
def canonicalize():
    variants = read_json(data_path("variants.json"))
    return Canonicalizer(variants, {"U.S.", "US", "UK"}, set(read_json(data_path("org_nouns.json"))["bare_heads"]))


def _m(text, label, start, honorific=None):
    return Mention(start, start + len(text), text, label, honorific=honorific)


@pytest.mark.parametrize(
    "mentions,expected",
    [
        ([_m("Donald Trump", "PERSON", 0), _m("Trump", "ORG", 50), _m("Trump", "PERSON", 90)],
         [("PERSON", "Donald Trump", 3)]),
        ([_m("Angela Merkel", "PERSON", 0), _m("Merkel", "PERSON", 40)], [("PERSON", "Angela Merkel", 2)]),
        ([_m("U.S.", "GPE", 0), _m("United States", "GPE", 20), _m("US", "GPE", 60)],
         [("GPE", "United States", 3)]),
        ([_m("U.S. Southern Command", "ORG", 0), _m("Southern Command", "ORG", 40)],
         [("ORG", "Southern Command", 2)]),
        ([_m("World Health Organization", "ORG", 0), _m("WHO", "ORG", 60)], [("ORG", "World Health Organization", 2)]),
        ([_m("Consumer Electronics Show", "EVENT", 0), _m("CES", "ORG", 40)],
         [("EVENT", "Consumer Electronics Show", 2)]),
        ([_m("Paris", "GPE", 0), _m("Paris Hilton", "PERSON", 30)], [("GPE", "Paris", 1), ("PERSON", "Paris Hilton", 1)]),
        ([_m("Volta Motors", "ORG", 0), _m("Volta", "ORG", 40)], [("ORG", "Volta Motors", 2)]),
        # and written in the plural, as people write a company's name ("the deal with Voltas"); not a plural that
        # is no short form of the longer name
        ([_m("Volta Motors", "ORG", 0), _m("Voltas", "ORG", 40), _m("Volta", "ORG", 80)],
         [("ORG", "Volta Motors", 3)]),
        ([_m("Volta Motors", "ORG", 0), _m("Voltages", "ORG", 40)],
         [("ORG", "Volta Motors", 1), ("ORG", "Voltages", 1)]),
        # a title with and without its "The" is one work, named as written in full
        ([_m("The Passion of the Christ", "WORK_OF_ART", 0), _m("Passion of the Christ", "WORK_OF_ART", 60)],
         [("WORK_OF_ART", "The Passion of the Christ", 2)]),
        # a short name merges into its full name in either order, never into another institution bearing it
        ([_m("Siemens", "ORG", 0), _m("Siemens Energy", "ORG", 40)], [("ORG", "Siemens Energy", 2)]),
        # a name written with and without its space or hyphen, in either order; not a place's
        ([_m("TimeWarner", "ORG", 0), _m("Time Warner", "ORG", 40)], [("ORG", "Time Warner", 2)]),
        ([_m("Wal-Mart", "ORG", 0), _m("WalMart", "ORG", 40)], [("ORG", "Wal-Mart", 2)]),
        ([_m("Newcastle", "GPE", 0), _m("New Castle", "GPE", 40)], [("GPE", "Newcastle", 1), ("GPE", "New Castle", 1)]),
        # a one-word name with a capital inside, by its part before that capital, in either order; not a name
        # that only starts with the short one
        ([_m("BrennoVantage", "ORG", 0), _m("Brenno", "ORG", 40)], [("ORG", "BrennoVantage", 2)]),
        ([_m("Brenno", "ORG", 0), _m("BrennoVantage", "ORG", 40)], [("ORG", "BrennoVantage", 2)]),
        ([_m("Brennon", "ORG", 0), _m("BrennoVantage", "ORG", 40)],
         [("ORG", "Brennon", 1), ("ORG", "BrennoVantage", 1)]),
        ([_m("Ford Foundation", "ORG", 0), _m("Ford", "ORG", 40)], [("ORG", "Ford Foundation", 1), ("ORG", "Ford", 1)]),
        # a name read as a company twice before the person who bears it is named in full is the company's; a
        # headline's surname alone, read as an organisation once, is still the person's
        ([_m("Hartley", "ORG", 0), _m("Hartley", "ORG", 30), _m("Tom Hartley", "PERSON", 90),
          _m("Hartley", "ORG", 150)],
         [("ORG", "Hartley", 3), ("PERSON", "Tom Hartley", 1)]),
        ([_m("Hartley", "ORG", 0), _m("Tom Hartley", "PERSON", 30), _m("Hartley", "ORG", 90),
          _m("Hartley", "ORG", 150)],
         [("PERSON", "Tom Hartley", 4)]),
        # a person is not the government or the campaign named for them
        ([_m("Bush administration", "ORG", 0), _m("Bush", "PERSON", 40)],
         [("ORG", "Bush administration", 1), ("PERSON", "Bush", 1)]),
        # nor into one of its channels or stations
        ([_m("Kestrel One", "ORG", 0), _m("Kestrel", "ORG", 40)], [("ORG", "Kestrel One", 1), ("ORG", "Kestrel", 1)]),
        ([_m("Kestrel", "ORG", 0), _m("Kestrel Radio 2", "ORG", 40)],
         [("ORG", "Kestrel", 1), ("ORG", "Kestrel Radio 2", 1)]),
        # a short name the article writes twice before the longer one is another organisation (a bank and its
        # investment arm); once before it (a headline) or before a company suffix, the same one
        ([_m("Halden", "ORG", 0), _m("Halden", "ORG", 30), _m("Halden Capital", "ORG", 60), _m("Halden", "ORG", 90)],
         [("ORG", "Halden", 3), ("ORG", "Halden Capital", 1)]),
        ([_m("Halden", "ORG", 0), _m("Halden Capital", "ORG", 30), _m("Halden", "ORG", 60)],
         [("ORG", "Halden Capital", 3)]),
        ([_m("Halden", "ORG", 0), _m("Halden", "ORG", 30), _m("Halden Inc.", "ORG", 60)], [("ORG", "Halden Inc.", 3)]),
        # a company suffix spelled out or short: one company
        ([_m("Halden Corporation", "ORG", 0), _m("Halden Corp", "ORG", 30), _m("Halden Corp.", "ORG", 60)],
         [("ORG", "Halden Corporation", 3)]),
        ([_m("Halden Incorporated", "ORG", 0), _m("Halden Inc", "ORG", 30)], [("ORG", "Halden Incorporated", 2)]),
        # an organisation's tail, and a generic first word one organisation alone starts with
        ([_m("BBC Radio 1", "ORG", 0), _m("Radio 1", "ORG", 40)], [("ORG", "BBC Radio 1", 2)]),
        # but not the place a station is named for ("Leicester" the club, "BBC Radio Leicester" the station)
        ([_m("Harbury", "ORG", 0), _m("BBC Radio Harbury", "ORG", 40)],
         [("ORG", "Harbury", 1), ("ORG", "BBC Radio Harbury", 1)]),
        ([_m("Bank of England", "ORG", 0), _m("Bank", "ORG", 40)], [("ORG", "Bank of England", 2)]),
        ([_m("Bank of England", "ORG", 0), _m("Bank of Japan", "ORG", 30), _m("Bank", "ORG", 60)],
         [("ORG", "Bank of England", 1), ("ORG", "Bank of Japan", 1), ("ORG", "Bank", 1)]),
        # a club and its town, in either order and whatever label the town got: one organisation
        ([_m("Redmond", "GPE", 0), _m("Redmond United", "ORG", 30), _m("Redmond", "GPE", 60)],
         [("ORG", "Redmond United", 3)]),
        # a name read as a place, no known one, that an organisation of the article is read as at least as often is
        # that organisation, in either order; read more often as a place, or a known city ("DETROIT"), it stays apart
        ([_m("Kovrex", "ORG", 0), _m("Kovrex", "GPE", 30), _m("Kovrex", "ORG", 60)], [("ORG", "Kovrex", 3)]),
        ([_m("Kovrex", "GPE", 0), _m("Kovrex", "ORG", 30)], [("ORG", "Kovrex", 2)]),
        ([_m("Tandry Murdo", "ORG", 0), _m("Tandry Murdo", "LOC", 30)], [("ORG", "Tandry Murdo", 2)]),
        ([_m("Kovrex", "GPE", 0), _m("Kovrex", "GPE", 30), _m("Kovrex", "ORG", 60)],
         [("GPE", "Kovrex", 2), ("ORG", "Kovrex", 1)]),
        ([_m("Cardiff", "GPE", 0), _m("Cardiff", "ORG", 30)], [("GPE", "Cardiff", 1), ("ORG", "Cardiff", 1)]),
        ([_m("DETROIT", "GPE", 0), _m("DETROIT", "ORG", 30)], [("GPE", "DETROIT", 1), ("ORG", "DETROIT", 1)]),
        ([_m("Bogota", "GPE", 0), _m("Bogota", "ORG", 30)], [("GPE", "Bogota", 1), ("ORG", "Bogota", 1)]),
        ([_m("Kovrex", "GPE", 0), _m("Kovrex", "PERSON", 30)], [("GPE", "Kovrex", 1), ("PERSON", "Kovrex", 1)]),
        # "of" and "for" alike inside an organisation's name
        ([_m("Institute for Fiscal Studies", "ORG", 0), _m("Institute of Fiscal Studies", "ORG", 40)],
         [("ORG", "Institute for Fiscal Studies", 2)]),
        # a club word alone with two organisations ending in it: the club named for its town
        ([_m("Manchester United", "ORG", 0), _m("Shareholders United", "ORG", 30), _m("United", "ORG", 60)],
         [("ORG", "Manchester United", 2), ("ORG", "Shareholders United", 1)]),
        # a law's last word, or its name before it, is the one law so named, whatever the models read it as
        ([_m("Harbury-Dale Act", "LAW", 0), _m("Act", "EVENT", 30), _m("Harbury-Dale", "ORG", 60)],
         [("LAW", "Harbury-Dale Act", 3)]),
        # not a person of that name, nor the last word of two laws
        ([_m("Dale Act", "LAW", 0), _m("Dale", "PERSON", 30)], [("LAW", "Dale Act", 1), ("PERSON", "Dale", 1)]),
        ([_m("Harbury Act", "LAW", 0), _m("Kestrel Act", "LAW", 20), _m("Act", "EVENT", 40)],
         [("LAW", "Harbury Act", 1), ("LAW", "Kestrel Act", 1), ("EVENT", "Act", 1)]),
        # a word inside one organisation's name alone is it, unless that name is a body's named for its remit
        ([_m("Harbury Labs Europe", "ORG", 0), _m("Labs", "ORG", 30)], [("ORG", "Harbury Labs Europe", 2)]),
        ([_m("House of Commons Treasury Select Committee", "ORG", 0), _m("Treasury", "ORG", 60)],
         [("ORG", "House of Commons Treasury Select Committee", 1), ("ORG", "Treasury", 1)]),
        # nor the body or the place a law is named for
        ([_m("Parliament Act", "LAW", 0), _m("Parliament", "ORG", 30)],
         [("LAW", "Parliament Act", 1), ("ORG", "Parliament", 1)]),
        ([_m("Scotland Act", "LAW", 0), _m("Scotland", "GPE", 30)],
         [("LAW", "Scotland Act", 1), ("GPE", "Scotland", 1)]),
        # the country stays where the rest is no name on its own
        ([_m("US Forces Korea", "ORG", 0), _m("U.S. Army", "ORG", 40)],
         [("ORG", "US Forces Korea", 1), ("ORG", "U.S. Army", 1)]),
        ([_m("National Guard", "ORG", 0), _m("National Rifle Association", "ORG", 40)],
         [("ORG", "National Guard", 1), ("ORG", "National Rifle Association", 1)]),
    ],
)
def test_canonicalizer_merges_mentions(canonicalize, mentions, expected):
    entities = canonicalize(mentions)
    assert sorted((e.label, e.name, len(e.mentions)) for e in entities) == sorted(expected)


@pytest.mark.parametrize(
    "mentions,expected",
    [
        # a surname two people share is the person the article named first (its subject)
        ([_m("John Smith", "PERSON", 0), _m("Jane Smith", "PERSON", 30), _m("Smith", "PERSON", 60)],
         [("John Smith", 2), ("Jane Smith", 1)]),
        # a first name alone is the one person who has it; two people with it: no guess
        ([_m("Ozzy Osbourne", "PERSON", 0), _m("Sharon Osbourne", "PERSON", 30), _m("Sharon", "PERSON", 60)],
         [("Ozzy Osbourne", 1), ("Sharon Osbourne", 2)]),
        ([_m("Ana Ruiz", "PERSON", 0), _m("Ana Berg", "PERSON", 30), _m("Ana", "PERSON", 60)],
         [("Ana Ruiz", 1), ("Ana Berg", 1), ("Ana", 1)]),
        # a first name after a regnal title is someone's whole name, not the first name of another person
        ([_m("Charles", "PERSON", 0, "prince"), _m("Charles Kennedy", "PERSON", 40), _m("Charles", "PERSON", 80)],
         [("Charles", 2), ("Charles Kennedy", 1)]),
        ([_m("Alwaleed bin Talal", "PERSON", 0, "prince"), _m("Alwaleed", "PERSON", 40, "prince")],
         [("Alwaleed bin Talal", 2)]),
        # a surname whose particle opens a sentence in capitals
        ([_m("Ruud van Nistelrooy", "PERSON", 0), _m("Van Nistelrooy", "PERSON", 40)], [("Ruud van Nistelrooy", 2)]),
        # a known first name the models read as a place; a country is never someone's first name
        ([_m("Graeme Souness", "PERSON", 0), _m("Graeme", "GPE", 40)], [("Graeme Souness", 2)]),
        ([_m("Jordan Henderson", "PERSON", 0), _m("Jordan", "GPE", 40)], [("Jordan Henderson", 1), ("Jordan", 1)]),
        # a first name no list holds, read as a place or a firm: the person's full name is the evidence; a city
        # is no one's first name alone
        ([_m("Mukesh Kotwal", "PERSON", 0), _m("Mukesh", "GPE", 40), _m("Mukesh", "ORG", 60)], [("Mukesh Kotwal", 3)]),
        ([_m("Paris Lantz", "PERSON", 0), _m("Paris", "GPE", 40)], [("Paris Lantz", 1), ("Paris", 1)]),
        # an organisation's first word read as a person after the organisation is named in full; before it, a
        # person named like the company ("Epps, owner of Epps Aviation")
        ([_m("Amnesty International", "ORG", 0), _m("Amnesty", "PERSON", 40)], [("Amnesty International", 2)]),
        ([_m("Epps", "PERSON", 0), _m("Epps Aviation", "ORG", 40)], [("Epps Aviation", 1), ("Epps", 1)]),
        ([_m("Ford Foundation", "ORG", 0), _m("Ford", "PERSON", 40)], [("Ford Foundation", 1), ("Ford", 1)]),
    ],
)
def test_canonicalizer_people_by_surname_and_first_name(canonicalize, mentions, expected):
    assert sorted((e.name, len(e.mentions)) for e in canonicalize(mentions)) == sorted(expected)


def test_aliases_join_their_groups_and_the_alias_written_alone(canonicalize):
    jk, king = _m("JK", "GPE", 40), _m("Jason King", "PERSON", 60)
    mentions = [_m("JK", "GPE", 0), jk, king, _m("JK", "ORG", 90), _m("Joel", "PERSON", 100)]
    entities = canonicalize(mentions, [(jk, king)])
    assert [(e.label, e.name, len(e.mentions)) for e in entities] == [("PERSON", "Jason King", 4), ("PERSON", "Joel", 1)]
    # without the alias they stay apart
    assert len(canonicalize(mentions)) == 4


@pytest.mark.parametrize("full", ["Al Unser Jr.", "Davis Love III", "Ken Griffey, Jr."])
def test_a_surname_joins_a_full_name_with_a_generational_suffix(canonicalize, full):
    surname = full.split()[1].rstrip(",")
    entities = canonicalize([_m(full, "PERSON", 0), _m(surname, "ORG", 40)])
    assert [(e.label, e.name, len(e.mentions)) for e in entities] == [("PERSON", full, 2)]


def test_a_town_club_is_not_the_newspaper_named_for_the_town(canonicalize):
    mentions = [_m("Newcastle", "ORG", 0), _m("Newcastle Evening Chronicle", "ORG", 40), _m("Newcastle", "ORG", 90)]
    assert [(e.name, len(e.mentions)) for e in canonicalize(mentions)] == [("Newcastle", 2),
                                                                          ("Newcastle Evening Chronicle", 1)]


def test_an_alias_pair_may_name_the_person_it_makes():
    first, last = _m("Jon Dahl", "PERSON", 10), _m("Tomasson", "PERSON", 20)
    entities = Canonicalizer({}, set())([first, last], [(first, last, "Jon Dahl Tomasson")])
    assert [(e.name, len(e.mentions)) for e in entities] == [("Jon Dahl Tomasson", 2)]


@pytest.mark.parametrize("mentions,expected", [
    # a headline's short form before the full name in the body joins it all the same
    ([_m("Bank", "ORG", 0), _m("Bank of England", "ORG", 40), _m("Bank", "ORG", 90)], [("ORG", "Bank of England", 3)]),
    ([_m("EA", "ORG", 0), _m("Electronic Arts", "ORG", 40), _m("EA", "ORG", 90)], [("ORG", "Electronic Arts", 3)]),
])
def test_short_forms_join_a_full_name_named_later(canonicalize, mentions, expected):
    assert sorted((e.label, e.name, len(e.mentions)) for e in canonicalize(mentions)) == expected


def test_a_club_word_alone_is_the_club_and_a_placed_town_is_not(canonicalize):
    mentions = [_m("Manchester United", "ORG", 0), _m("United", "ORG", 40),
                Mention(80, 90, "Manchester", "GPE", placed=True), _m("Manchester", "ORG", 120)]
    found = sorted((e.label, e.name, len(e.mentions)) for e in canonicalize(mentions))
    # "back to Manchester" is the city; "Manchester" elsewhere, read as the club, is the club
    assert found == [("GPE", "Manchester", 1), ("ORG", "Manchester United", 3)]


def test_the_commons_is_the_house_of_commons(canonicalize):
    found = canonicalize([_m("House of Commons", "ORG", 0), _m("Commons", "ORG", 40)])
    assert [(e.name, len(e.mentions)) for e in found] == [("House of Commons", 2)]


@pytest.mark.parametrize("mentions,expected", [
    ([_m("Johnson & Johnson", "ORG", 0), _m("J&J", "ORG", 40)], [("ORG", "Johnson & Johnson", 2)]),
    ([_m("US Department of Justice", "ORG", 0), _m("Department of Justice", "ORG", 40)],
     [("ORG", "US Department of Justice", 2)]),
    # two countries' departments: the bare one is neither
    ([_m("US Department of Justice", "ORG", 0), _m("UK Department of Justice", "ORG", 30),
      _m("Department of Justice", "ORG", 60)],
     [("ORG", "Department of Justice", 1), ("ORG", "UK Department of Justice", 1), ("ORG", "US Department of Justice", 1)]),
])
def test_acronyms_with_ampersands_and_country_qualified_departments(canonicalize, mentions, expected):
    assert sorted((e.label, e.name, len(e.mentions)) for e in canonicalize(mentions)) == expected


@pytest.mark.parametrize("mentions,expected", [
    # a name and its plural, whatever labels the models gave them, in either order
    ([_m("Silver Lantern", "ORG", 0), _m("Silver Lanterns", "PERSON", 40)], [2]),
    ([_m("Silver Lanterns", "EVENT", 0), _m("Silver Lantern", "ORG", 40)], [2]),
    # a place's plural-looking name is another place
    ([_m("Grand Fall", "GPE", 0), _m("Grand Falls", "GPE", 40)], [1, 1]),
])
def test_a_name_and_its_plural_are_one(canonicalize, mentions, expected):
    assert [len(e.mentions) for e in canonicalize(mentions)] == expected


@pytest.mark.parametrize("mentions,expected", [
    # a maker's or a product's one-word name and its plural, read as a place or a person: the maker, in either order
    ([_m("Cadillacs", "GPE", 0), _m("Cadillac", "ORG", 40)], [("ORG", "Cadillac", 2)]),
    ([_m("Kestrel", "ORG", 0), _m("Kestrels", "PERSON", 40)], [("ORG", "Kestrel", 2)]),
    ([_m("iPod", "PRODUCT", 0), _m("iPods", "PRODUCT", 40)], [("PRODUCT", "iPod", 2)]),
    # a people's word and its plural are one people, in either order
    ([_m("German", "NORP", 0), _m("Germans", "NORP", 40)], [("NORP", "Germans", 2)]),
    ([_m("Kenyans", "NORP", 0), _m("Kenyan", "NORP", 40)], [("NORP", "Kenyans", 2)]),
    # and so are an award's
    ([_m("Lumiere", "EVENT", 0), _m("Lumieres", "EVENT", 40)], [("EVENT", "Lumieres", 2)]),
    # an event's name without its first words is the one event whose name ends so
    ([_m("Netball World Cup", "EVENT", 0), _m("World Cup", "EVENT", 40)], [("EVENT", "Netball World Cup", 2)]),
    ([_m("Netball World Cup", "EVENT", 0), _m("Hockey World Cup", "EVENT", 30), _m("World Cup", "EVENT", 60)],
     [("EVENT", "Hockey World Cup", 1), ("EVENT", "Netball World Cup", 1), ("EVENT", "World Cup", 1)]),
    # a word one letter longer is no plural ("Kenyan" is not "Kenya")
    ([_m("Kenyan", "NORP", 0), _m("Kenya", "NORP", 40)], [("NORP", "Kenya", 1), ("NORP", "Kenyan", 1)]),
    # a person's name and a plural-looking one stay two
    ([_m("William", "PERSON", 0), _m("Williams", "PERSON", 40)], [("PERSON", "William", 1), ("PERSON", "Williams", 1)]),
])
def test_a_brand_and_its_plural_are_the_brand(canonicalize, mentions, expected):
    assert sorted((e.label, e.name, len(e.mentions)) for e in canonicalize(mentions)) == expected


@pytest.mark.parametrize("mentions,expected", [
    # an award's first word alone, or in the plural, is the award
    ([_m("Lantern Awards", "EVENT", 0), _m("Lanterns", "NORP", 40), _m("Lantern", "ORG", 80)],
     [("EVENT", "Lantern Awards", 3)]),
    ([_m("MOBO Awards", "EVENT", 0), _m("Mobos", "PERSON", 40)], [("EVENT", "MOBO Awards", 2)]),
    # a first word of another kind of name is not it
    ([_m("Lantern Group", "ORG", 0), _m("Lanterns", "NORP", 40)], [("NORP", "Lanterns", 1), ("ORG", "Lantern Group", 1)]),
    # a known award's other name (variants.json), in the plural or, as the event, the singular, in any order
    ([_m("Oscar", "EVENT", 0), _m("Academy Awards", "EVENT", 30), _m("Oscars", "EVENT", 60)],
     [("EVENT", "Academy Awards", 3)]),
    ([_m("Oscar", "EVENT", 0), _m("Oscars", "EVENT", 60)], [("EVENT", "Academy Awards", 2)]),
    # not a person of that name
    ([_m("Oscar", "PERSON", 0), _m("Academy Awards", "EVENT", 30)],
     [("EVENT", "Academy Awards", 1), ("PERSON", "Oscar", 1)]),
])
def test_an_award_s_short_names(canonicalize, mentions, expected):
    assert sorted((e.label, e.name, len(e.mentions)) for e in canonicalize(mentions)) == expected


@pytest.mark.parametrize("mentions,expected", [
    # a double first name used alone is the one person whose name opens with it
    ([_m("Juan Carlos Ferrero", "PERSON", 0), _m("Juan Carlos", "PERSON", 40)], [("PERSON", "Juan Carlos Ferrero", 2)]),
    # two such people: neither
    ([_m("Juan Carlos Ferrero", "PERSON", 0), _m("Juan Carlos Moya", "PERSON", 30), _m("Juan Carlos", "PERSON", 60)],
     [("PERSON", "Juan Carlos", 1), ("PERSON", "Juan Carlos Ferrero", 1), ("PERSON", "Juan Carlos Moya", 1)]),
])
def test_a_double_first_name_alone(canonicalize, mentions, expected):
    assert sorted((e.label, e.name, len(e.mentions)) for e in canonicalize(mentions)) == expected


@pytest.mark.parametrize("mentions,expected", [
    # a mixed-case acronym keeps a small word's letter, or drops it, whatever the model called it
    ([_m("Bank of Portugal", "ORG", 0), _m("BoP", "ORG", 40)], [("ORG", "Bank of Portugal", 2)]),
    ([_m("Ministry of Defence", "ORG", 0), _m("MoD", "GPE", 40)], [("ORG", "Ministry of Defence", 2)]),
    ([_m("Department for Culture and Sport", "ORG", 0), _m("DfCS", "ORG", 40)],
     [("ORG", "Department for Culture and Sport", 2)]),
    # letters that are not the name's
    ([_m("Bank of Portugal", "ORG", 0), _m("BoE", "ORG", 40)], [("ORG", "Bank of Portugal", 1), ("ORG", "BoE", 1)]),
    ([_m("Ministry of Defence", "ORG", 0), _m("McD", "PERSON", 40)],
     [("ORG", "Ministry of Defence", 1), ("PERSON", "McD", 1)]),
    # an acronym said as a word, in title case: the organisation named before with those initials
    ([_m("Northern Atlantic Fishing Organisation", "ORG", 0), _m("Nafo", "PERSON", 40)],
     [("ORG", "Northern Atlantic Fishing Organisation", 2)]),
    ([_m("Western Pacific Tobacco", "ORG", 0), _m("Wpt", "GPE", 40)], [("ORG", "Western Pacific Tobacco", 2)]),
    # not one named after it, nor a word with other letters, nor initials of two words
    ([_m("Wpt", "GPE", 0), _m("Western Pacific Tobacco", "ORG", 40)],
     [("GPE", "Wpt", 1), ("ORG", "Western Pacific Tobacco", 1)]),
    ([_m("Western Pacific Tobacco", "ORG", 0), _m("Wit", "PERSON", 40)],
     [("ORG", "Western Pacific Tobacco", 1), ("PERSON", "Wit", 1)]),
    ([_m("Apex Trust", "ORG", 0), _m("At", "PERSON", 40)], [("ORG", "Apex Trust", 1), ("PERSON", "At", 1)]),
    # an acronym that keeps an acronym of the name whole
    ([_m("UK Athletics", "ORG", 0), _m("UKA", "ORG", 40)], [("ORG", "UK Athletics", 2)]),
    # an acronym of a name its country is written before
    ([_m("US Bureau of Land Management", "ORG", 0), _m("BLM", "ORG", 40)],
     [("ORG", "Bureau of Land Management", 2)]),
    # a long name written once with its words in another order
    ([_m("State Salt Monopoly Administration", "ORG", 0), _m("State Salt Administration Monopoly", "ORG", 40)],
     [("ORG", "State Salt Monopoly Administration", 2)]),
    ([_m("Leeds City Council", "ORG", 0), _m("City of Leeds Council", "ORG", 40)],  # not the same words
     [("ORG", "City of Leeds Council", 1), ("ORG", "Leeds City Council", 1)]),
])
def test_acronyms_and_reordered_names_are_their_organisation(canonicalize, mentions, expected):
    assert sorted((e.label, e.name, len(e.mentions)) for e in canonicalize(mentions)) == expected


@pytest.mark.parametrize("mentions,expected", [
    ([_m("Steven Gerrard", "PERSON", 0), _m("Steve Gerrard", "PERSON", 40), _m("Gerrard", "PERSON", 80)],
     [("PERSON", "Steven Gerrard", 3)]),
    # two first names that are not one the start of the other: two people
    ([_m("Ana Ruiz", "PERSON", 0), _m("Eva Ruiz", "PERSON", 40)], [("PERSON", "Ana Ruiz", 1), ("PERSON", "Eva Ruiz", 1)]),
    # middle names written in full between the first name and the surname: one person, either way round
    ([_m("Anthony Meyer", "PERSON", 0), _m("Anthony John Charles Meyer", "PERSON", 40), _m("Meyer", "PERSON", 90)],
     [("PERSON", "Anthony John Charles Meyer", 3)]),
    ([_m("Dana Louise Okafor", "PERSON", 0), _m("Dana Okafor", "PERSON", 40)], [("PERSON", "Dana Louise Okafor", 2)]),
    # a middle initial tells two people apart
    ([_m("George Bush", "PERSON", 0), _m("George W Bush", "PERSON", 40)],
     [("PERSON", "George Bush", 1), ("PERSON", "George W Bush", 1)]),
])
def test_a_short_first_name_with_the_same_surname(canonicalize, mentions, expected):
    assert sorted((e.label, e.name, len(e.mentions)) for e in canonicalize(mentions)) == expected


def test_a_work_named_like_a_first_name_is_not_that_person():
    """"best actor for Ray" (a film) and "Ray Charles": a work or a product is never the person its name starts."""
    from pipeline.entities.canonical import Canonicalizer, Mention

    entities = Canonicalizer({}, set())([Mention(0, 11, "Ray Charles", "PERSON"), Mention(40, 43, "Ray", "WORK_OF_ART")])
    assert {e.name: len(e.mentions) for e in entities} == {"Ray Charles": 1, "Ray": 1}


def test_canonicalizer_mr_is_not_the_knight_who_shares_the_surname(canonicalize):
    # "Sir Ian Reed ... Tom Reed ... Mr Reed": Mr is Tom (a knight is not called Mr), not the one named first
    mentions = [Mention(0, 12, "Ian Reed", "PERSON", honorific="sir"), _m("Tom Reed", "PERSON", 40),
                Mention(80, 84, "Reed", "PERSON", honorific="mr")]
    entities = {e.name: [m[0] for m in e.mentions] for e in canonicalize(mentions)}
    assert entities == {"Ian Reed": [0], "Tom Reed": [40, 80]}


@pytest.mark.parametrize("mentions,expected", [
    # a familiar form of a first name that is no start of it, with the same surname: one person
    ([_m("Danny Ruddock", "PERSON", 0), _m("Daniel Ruddock", "PERSON", 40)], [("Daniel Ruddock", 2)]),
    ([_m("Bill Okafor", "PERSON", 0), _m("William Okafor", "PERSON", 40)], [("William Okafor", 2)]),
    # another first name, or a form of another one, with the same surname: two people
    ([_m("Danny Ruddock", "PERSON", 0), _m("David Ruddock", "PERSON", 40)],
     [("Danny Ruddock", 1), ("David Ruddock", 1)]),
    ([_m("Bill Okafor", "PERSON", 0), _m("Robert Okafor", "PERSON", 40)], [("Bill Okafor", 1), ("Robert Okafor", 1)]),
])
def test_canonicalizer_familiar_first_names(canonicalize, mentions, expected):
    assert sorted((e.name, len(e.mentions)) for e in canonicalize(mentions)) == sorted(expected)


def test_canonicalizer_a_clubs_short_written_name(canonicalize):
    entities = canonicalize([_m("Manchester United", "ORG", 0), _m("Man Utd", "ORG", 40), _m("Chelsea", "ORG", 60)])
    assert sorted((e.name, len(e.mentions)) for e in entities) == [("Chelsea", 1), ("Manchester United", 2)]


@pytest.mark.parametrize("short,full", [
    ("Man City", "Manchester City"), ("Sheff Utd", "Sheffield United"), ("Sheff Wed", "Sheffield Wednesday"),
    ("Nottm Forest", "Nottingham Forest"),
])
def test_canonicalizer_more_clubs_short_written_names(canonicalize, short, full):
    entities = canonicalize([_m(full, "ORG", 0), _m(short, "ORG", 40)])
    assert [(e.name, len(e.mentions)) for e in entities] == [(full, 2)]


@pytest.mark.parametrize("mentions,expected", [
    # a place by its name without the word of its kind, written before or after the full name
    ([_m("Guantanamo", "FAC", 0), _m("Guantanamo Bay", "FAC", 30), _m("Guantanamo", "FAC", 60)],
     [("Guantanamo Bay", 3)]),
    ([_m("Dunmere Airport", "FAC", 0), _m("Dunmere", "FAC", 40)], [("Dunmere Airport", 2)]),
    # not a known town read as a town, and not another kind of word
    ([_m("Stamford Bridge", "FAC", 0), _m("Stamford", "GPE", 40)], [("Stamford", 1), ("Stamford Bridge", 1)]),
    ([_m("Dunmere Bay", "LOC", 0), _m("Dunmere", "PERSON", 40)], [("Dunmere", 1), ("Dunmere Bay", 1)]),
    # nor a natural feature's ("the eastern Pacific", a region of the ocean)
    ([_m("Pacific Ocean", "LOC", 0), _m("Pacific", "LOC", 40)], [("Pacific", 1), ("Pacific Ocean", 1)]),
])
def test_canonicalizer_a_place_without_the_word_of_its_kind(canonicalize, mentions, expected):
    assert sorted((e.name, len(e.mentions)) for e in canonicalize(mentions)) == expected
