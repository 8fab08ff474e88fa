import pytest
from spacy.lang.en import English
from spacy.tokens import Span

from pipeline.entities.component import (_company_before_of_place, _one_label_per_name, _people_by_honorific_surname,
                                         _split_at_honorific, _works_written_again)

pytestmark = pytest.mark.slow


def _entities(doc):
    return {(e.label, e.name) for e in doc._.facts.entities}


def _read_with_and_without(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities and not entities & absent


@pytest.mark.parametrize(
    "text,present,absent",
    [
        ("Secretary of State Marco Rubio visited Ecuador in September.",
         {("PERSON", "Marco Rubio"), ("GPE", "Ecuador")}, {("ORG", "State")}),
        ("Secretary of State Antony Blinken met the prime minister in Tokyo.",
         {("PERSON", "Antony Blinken")}, {("ORG", "State")}),
        ("Marine Gen. Francis L. Donovan, commander of U.S. Southern Command, spoke on Tuesday.",
         {("PERSON", "Francis L. Donovan"), ("ORG", "Southern Command")}, {("NORP", "Marine")}),
        ("Army Gen. Laura Richardson, who led U.S. Southern Command until 2024, retired.",
         {("PERSON", "Laura Richardson")}, {("NORP", "Army"), ("ORG", "Army")}),
        ("The Trump administration said on Monday that Trump would travel to Texas.",
         {("ORG", "Trump administration")}, set()),
        ("Police arrested members of two gangs in Mexico, Los Zetas and Barrio Azteca, on Friday.",
         {("ORG", "Los Zetas"), ("ORG", "Barrio Azteca")}, {("GPE", "Los Zetas"), ("PERSON", "Barrio Azteca")}),
        ("The Coast Guard took part in Operation Pacific Viper, and the Navy ran Operation Southern Spear.",
         {("ORG", "Coast Guard"), ("EVENT", "Operation Pacific Viper"), ("EVENT", "Operation Southern Spear")},
         {("ORG", "The Coast Guard")}),
        ("Boko Haram fighters killed at least 40 people in the northeast.", {("ORG", "Boko Haram")},
         {("PERSON", "Boko Haram")}),
        ("The AfD's co-leader, Alice Weidel, called the result historic.", {("ORG", "AfD"), ("PERSON", "Alice Weidel")},
         {("PERSON", "AfD")}),
        ("U.S. Central Command said Central Command had moved ships.",
         {("ORG", "Central Command")}, {("ORG", "U.S. Central Command")}),
    ],
)
def test_entities_rule_layer_and_roles(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found
    assert not (absent & found)


@pytest.mark.parametrize(
    "text,name,count",
    [
        ("President Donald Trump spoke on Monday. Trump said the talks had ended. Trump’s aides agreed.",
         "Donald Trump", 3),
        ("Kenyan President William Ruto arrived in Nairobi. Later, Ruto met reporters.", "William Ruto", 2),
        ("Nicolas Maduro was captured in January. After the operation to capture Maduro, officials spoke.",
         "Nicolas Maduro", 2),
        # an age in apposition after "Mr" marks the surname, not "Mr Surname", as the person's mention
        ("Shareholders of Moreno Bank sued Dario Lufkin, its former head.\n\nMr Lufkin, 61, denies wrongdoing.",
         "Dario Lufkin", 2),
        ("Police named Anna Kovacs as the driver.\n\nMs Kovacs, 31, was unhurt.", "Anna Kovacs", 2),
    ],
)
def test_entities_merge_short_mentions(run, text, name, count):
    doc = run(text)
    matches = [e for e in doc._.facts.entities if e.name == name]
    assert len(matches) == 1
    assert matches[0].label == "PERSON"
    assert len(matches[0].mentions) == count


@pytest.mark.parametrize(
    "text,name,mentions",
    [
        ("The World Health Organization (WHO) warned on Monday. The WHO said cases rose.", "World Health Organization", 3),
        ("The Swedish Food Workers' Union (SFWU) said it would strike.", "Swedish Food Workers' Union", 2),
    ],
)
def test_entities_parenthetical_acronyms_are_mentions(run, text, name, mentions):
    doc = run(text)
    (entity,) = [e for e in doc._.facts.entities if e.name == name]
    assert len(entity.mentions) == mentions
    assert not [e for e in doc._.facts.entities if "(" in e.name]


@pytest.mark.parametrize("text", ["The narco-terrorists fled.", "the anti-drug campaign went on."])
def test_entities_drop_lowercase_names(run, text):
    doc = run(text)
    assert all(any(c.isupper() for c in e.name) for e in doc._.facts.entities)


@pytest.mark.parametrize(
    "text",
    ["Secretary of State Marco Rubio visited Ecuador.", "Prime Minister Keir Starmer met King Charles."],
)
def test_entities_mentions_point_at_their_text(run, text):
    doc = run(text)
    for entity in doc._.facts.entities:
        for start, end in entity.mentions:
            assert doc.text[start:end].strip() == doc.text[start:end]
            assert doc.text[start:end]


@pytest.mark.parametrize("text,name", [
    ("Brig. Tom Hale, who leads British Forces Cyprus, met the minister.", "British Forces Cyprus"),
    ("Gen. Ana Ruiz, commander of US Forces Korea, said the drills would go on.", "US Forces Korea"),
])
def test_entities_forces_named_for_a_country_are_one_organisation(run, text, name):
    assert ("ORG", name) in {(e.label, e.name) for e in run(text)._.facts.entities}


@pytest.mark.parametrize("text,name", [
    ('He joked: "Unfortunately I\'m stuck in LA."', "Unfortunately"),  # an adverb opening a quoted sentence
    ("Kelly said the plan was fine.", None),  # a name that ends as adverbs do stays a name
])
def test_entities_an_adverb_opening_a_sentence_is_no_name(run, text, name):
    names = {e.name for e in run(text)._.facts.entities}
    assert (name not in names) if name else "Kelly" in names


@pytest.mark.parametrize("text,present", [
    ("Police said Mr Cescau and Dr Lena Dahl left early.", {("PERSON", "Cescau"), ("PERSON", "Lena Dahl")}),
])
def test_entities_honorifics_are_not_names(run, text, present):
    entities = run(text)._.facts.entities
    assert present <= {(e.label, e.name) for e in entities}
    assert not [e for e in entities if e.name in {"Mr Cescau", "Dr Lena Dahl"}]


@pytest.mark.parametrize("text,present,absent", [
    # a surname that is also a month stays in the name; the CoNLL model's fragment "Theresa" is not a place
    ("Prime Minister Theresa May said on Friday that the review would start.", {("PERSON", "Theresa May")},
     {"Theresa"}),
    # an age in apposition makes a name a person, whatever the models thought of "Summer Price"
    ("Summer Price, 34, will lead the review.", {("PERSON", "Summer Price")}, set()),
])
def test_entities_names_that_are_also_words(run, text, present, absent):
    entities = run(text)._.facts.entities
    assert present <= {(e.label, e.name) for e in entities}
    assert not {e.name for e in entities} & absent
    assert not [d for d in run(text)._.facts.dates if d.value and "-05" in d.value]  # no date from "May"


@pytest.mark.parametrize("text,name", [
    ("Milan play in the Champions League on Tuesday.", "Champions League"),
    ("The Welsh Local Government Association said cuts were likely.", "Welsh Local Government Association"),
    # a name read without the organisation's word right after it runs on over it
    ("Middlesbrough reached the last 16 after a 2-1 win over Graz AK.", "Graz AK"),
    ("She studied law at Leeds University.", "Leeds University"),
    # a country's football association, the country read alone
    ("Meanwhile, Egypt FA spokesman Methat Shalaby welcomed the apology.", "Egypt FA"),
    # a club's last word, also where the models read the town and the word as two names
    ("Jones of Belgrave Harriers won the race.", "Belgrave Harriers"),
    ("Redvale Sharks beat Leicester Tigers at Welford Road.", "Leicester Tigers"),
    ("Redvale Sharks beat Leicester Tigers at Welford Road.", "Redvale Sharks"),
    # a firm named by a nationality and its trade's word, the nationality read alone or the whole as a person
    ("The minister praised Scottish Water for flying bottled water to the zone.", "Scottish Water"),
    ("Welsh Water said it would help.", "Welsh Water"),
])
def test_entities_names_ending_in_an_organisation_word_are_organisations(run, text, name):
    assert ("ORG", name) in {(e.label, e.name) for e in run(text)._.facts.entities}


@pytest.mark.parametrize("text,absent,present", [
    # an adjective or adverb opening a sentence before a lower-case word, read as a name by one model alone
    ("Upscale department store Nordstrom said sales rose.", "Upscale", "Nordstrom"),
    ("Digital multi-channel TV is continuing to grow, Ofcom said.", "Digital", "Ofcom"),
    ("Newly-crowned Australian Open champion Marat Safin won again.", "Newly", "Marat Safin"),
    # a noun making a compound with the lower-case noun after it, read so by one model alone
    ("House prices fell 0.4% in October, according to the Nationwide.", "House", "Nationwide"),
    # a lower-case noun after a name is the name's thing, no word of it
    ("Ann Lee told the BBC programme Go Digital that slates work.", "BBC programme", "BBC"),
    # a noun the article also writes in lower case, opening the headline and a sentence
    ("Immigration to be election issue\n\nImmigration and asylum have been issues politicians tiptoed around. "
     "Labour wants a Europe-wide policy on immigration.", "Immigration", "Labour Party"),
])
def test_entities_a_describing_word_opening_a_sentence_is_no_name(run, text, absent, present):
    names = {e.name for e in run(text)._.facts.entities}
    assert absent not in names and present in names


def test_entities_a_company_both_models_read_at_a_sentence_s_start_stays(run):
    assert "Apple" in {e.name for e in run("Apple shares rose 5% on Monday.")._.facts.entities}


def test_entities_a_full_name_read_as_a_place_whose_surname_is_a_person_is_that_person(run):
    entities = {(e.label, e.name, len(e.mentions)) for e in run(
        "Safin lost the first set 6-1 to Lleyton Hewitt. I'm playing against Hewitt next, Safin said. Tom Reed joined "
        "Aston Villa. Villa said so.")._.facts.entities}
    assert ("PERSON", "Lleyton Hewitt", 2) in entities
    assert ("ORG", "Aston Villa", 1) in entities  # a club the models read so stays one


@pytest.mark.parametrize("text,names", [
    ("The two main television channels, BBC1 and ITV1, have both seen their share fall.", {"BBC1", "ITV1"}),
    ("The Conservatives and Liberal Democrats say they still want the advice published.",
     {"Conservative Party", "Liberal Democrats"}),
    # a name with a capital inside it, named alone elsewhere
    ("Leonardo DiCaprio arrived. She was hoping to meet DiCaprio and Keanu Reeves.", {"Leonardo DiCaprio"}),
    # two longer names, each headed by an organisation's word
    ("The team, from Harland State Department of Health and State University of Harland, said so.",
     {"Harland State Department of Health", "State University of Harland"}),
])
def test_entities_two_names_read_as_one_organisation_are_two(run, text, names):
    found = {e.name for e in run(text)._.facts.entities}
    assert names <= found and not any(" and " in name for name in found)


@pytest.mark.parametrize("text,name", [
    # compass points and a continent name a region, however the models read it
    ("Sales in Western Europe fell, while Eastern Europe and North America grew.", "Eastern Europe"),
    ("Sales in Western Europe and North America grew.", "Western Europe"),
])
def test_entities_a_part_of_a_continent_is_a_region(run, text, name):
    assert ("LOC", name) in {(e.label, e.name) for e in run(text)._.facts.entities}


def test_entities_a_country_named_by_a_compass_point_stays_a_country(run):
    found = {(e.label, e.name) for e in run("Sales in Eastern Europe and South Africa grew.")._.facts.entities}
    assert ("GPE", "South Africa") in found


def test_entities_one_name_with_and_inside_stays_one(run):
    found = {e.name for e in run("The Institute of Electrical and Electronics Engineers met in Leeds.")._.facts.entities}
    assert "Institute of Electrical and Electronics Engineers" in found


@pytest.mark.parametrize("text,label,name", [
    ("The Joint Committee on Human Rights said the plan was unlawful.", "ORG", "Joint Committee on Human Rights"),
    ("The rules breach the Asylum and Immigration Act 1999, lawyers said.", "LAW", "Asylum and Immigration Act 1999"),
    ("France has broken the Stability and Growth Pact for three years.", "LAW", "Stability and Growth Pact"),
])
def test_entities_a_name_the_models_cut_at_on_or_and_is_one(run, text, label, name):
    assert (label, name) in {(e.label, e.name) for e in run(text)._.facts.entities}


def test_entities_a_nationality_does_not_run_on_over_a_title(run):
    names = {e.name for e in run("French Finance Minister Claire Morel spoke on Monday.")._.facts.entities}
    assert "French Finance" not in names and "Claire Morel" in names


@pytest.mark.parametrize("text,name,mentions", [
    ("Iran signed the deal with the National Iranian Oil Company (NIOC) on Monday. NIOC said output rose.",
     "National Iranian Oil Company", 3),
    # an acronym spelled like an abbreviated rank ("Cpl"), no name after it, is no title
    ("The Cyberathlete Professional League (CPL) runs the tour. The CPL said prizes would rise.",
     "Cyberathlete Professional League", 3),
])
def test_entities_an_organisation_defined_with_its_acronym_is_one(run, text, name, mentions):
    assert ("ORG", name, mentions) in {(e.label, e.name, len(e.mentions)) for e in run(text)._.facts.entities}


@pytest.mark.parametrize("text,present,absent", [
    # a list of people after a group noun: names both models call people stay people
    ("The squad: Andrew Brennock, Michael Tovey and Glenn Harrow.",
     {("PERSON", "Andrew Brennock"), ("PERSON", "Michael Tovey"), ("PERSON", "Glenn Harrow")},
     {("ORG", "Michael Tovey"), ("ORG", "Glenn Harrow")}),
    # a religious or ethnic group before "rebels" or "militants" is a group of people, not an organisation
    ("Police said Hutu rebels attacked the camp while Muslim militants held the town.",
     {("NORP", "Hutu"), ("NORP", "Muslim")}, {("ORG", "Hutu"), ("ORG", "Muslim")}),
    # a name of a people's words alone is a people, not an organisation
    ("She was the first British Muslim woman to stand. Black and Asian Britons were angry.",
     {("NORP", "British Muslim"), ("NORP", "Asian Britons")}, {("ORG", "British Muslim"), ("ORG", "Asian Britons")}),
    # an ethnic group named like its country is no place
    ("Banks in Malaysia may sell more. Most of the Malays which make up half the country's population are Muslims.",
     {("NORP", "Malays"), ("GPE", "Malaysia")}, {("GPE", "Malays")}),
])
def test_entities_people_and_groups_are_not_organisations(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found
    assert not (absent & found)


@pytest.mark.parametrize("text,present", [
    # a name right after a noun for a creative work, or listed after one, is a work
    ("They presented gadget series Playboyz and car show Motor Maniacs for a cable channel.",
     {("WORK_OF_ART", "Playboyz"), ("WORK_OF_ART", "Motor Maniacs")}),
    ("Reporters asked Jane Foster about the film Ocean Drift.", {("PERSON", "Jane Foster"), ("WORK_OF_ART", "Ocean Drift")}),
    ("Players control a family as in its popular game The Sims.", {("WORK_OF_ART", "The Sims")}),
    # a work's title takes "The" and runs on over a few function words; "and" alone lists two works
    ("Hill wrote films such as The Fog and Escape From New York.",
     {("WORK_OF_ART", "The Fog"), ("WORK_OF_ART", "Escape From New York")}),
    ("Other films included The Fisher King and Adventures In Babysitting.",
     {("WORK_OF_ART", "The Fisher King"), ("WORK_OF_ART", "Adventures In Babysitting")}),
    # an adjective for a work right before the name, and the winner of a work's award
    ("She is best known for the 70s horror classic Halloween.", {("WORK_OF_ART", "Halloween")}),
    ("The Aviator won best film on Saturday.", {("WORK_OF_ART", "The Aviator")}),
    ("In television categories, Harbour Lights was named top new drama.", {("WORK_OF_ART", "Harbour Lights")}),
    # a work's noun with no determiner before the name is its description, the subject after it the work's
    ("Shooting on period drama Tulip Summer, which was to star Jude Law, was postponed.",
     {("WORK_OF_ART", "Tulip Summer"), ("PERSON", "Jude Law")}),
    # a name before "starring", and "box office hits" (read as a verb) before a list of names
    ("Work stopped while shooting of The Outsider starring Johnny Depp was moved.", {("WORK_OF_ART", "The Outsider")}),
    ("Budgets similar to box office hits Vera Drake, Calendar Girls and Enduring Love are expected to be worst hit.",
     {("WORK_OF_ART", "Vera Drake"), ("WORK_OF_ART", "Calendar Girls"), ("WORK_OF_ART", "Enduring Love")}),
    # what a director directed; not an organisation so named
    ("The studio hired Tom Reed, who directed American Pie.", {("WORK_OF_ART", "American Pie")}),
    ("She directed the Royal Shakespeare Company for ten years.", {("ORG", "Royal Shakespeare Company")}),
    # an organisation named once between "the" and a work noun is the work; one named elsewhere stays itself
    ("With that firepower, the Finding Nemo video game looks just like the movie.", {("WORK_OF_ART", "Finding Nemo")}),
    ("Disney said profits rose. The Disney film was a hit.", {("ORG", "Disney")}),
    # a name opening with a facility's word is a facility
    ("Amnesty International has called Camp Delta a scandal.", {("ORG", "Amnesty International"), ("FAC", "Camp Delta")}),
    # a name read as a person right before a product noun is a product; a company before one stays a company
    ("Unilever, which owns brands including Dove soap, cited weak demand for its Slimfast range.",
     {("ORG", "Unilever"), ("PRODUCT", "Dove"), ("PRODUCT", "Slimfast")}),
])
def test_entities_works_and_products(run, text, present):
    assert present <= _entities(run(text))


@pytest.mark.parametrize("text,present,absent", [
    # a side named best of its kind is no work
    ("Chelsea were named best team of the year.", {("ORG", "Chelsea")}, set()),
    # a bill and a numbered part of a law are laws; a person whose name ends in "Bill" stays one
    ("The Finance Bill will be debated. It replaces tax relief scheme Section 48 in July. Buffalo Bill rode on.",
     {("LAW", "Finance Bill"), ("LAW", "Section 48"), ("PERSON", "Buffalo Bill")}, set()),
    # a person's noun opening the sentence is no part of the name after it
    ("Goalscorer Jimmy Vellis was carried off.", {("PERSON", "Jimmy Vellis")}, {("PERSON", "Goalscorer Jimmy Vellis")}),
    # a saint's name, its possessive and a building's or an institution's word are one name
    ("Jon Walton, manager at St Enoch's Shopping Centre in Glasgow, spoke. He was taken to St Thomas' Hospital.",
     {("FAC", "St Enoch's Shopping Centre"), ("ORG", "St Thomas' Hospital")}, {("GPE", "St Enoch")}),
    # a title inside a name, and a surname with a capital inside it, after it: the person
    ('"This is a significant case," said US Attorney Paul McVeigh.', {("PERSON", "Paul McVeigh")},
     {("ORG", "Attorney Paul McVeigh")}),
    # an isle is a place
    ("Shooting was moved to the Isle of Man.", {("LOC", "Isle of Man")}, {("ORG", "Isle of Man")}),
    # a name no list knows as a place, listed with organisations that make most of the list, is one; not a town
    ("The device will face serious competition from three established names in mobile gaming: Nintendo, Nokia and "
     "Sony.", {("ORG", "Nokia")}, {("GPE", "Nokia")}),
    # a maker's name and a model's code are a product, however the models read them; an index is none
    ("Smartphones like the Vexon P900 and the Orange E200 are common. The FTSE 100 fell.",
     {("PRODUCT", "Vexon P900"), ("PRODUCT", "Orange E200")}, {("PRODUCT", "FTSE 100")}),
])
def test_entities_labels_by_their_words(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found and not (absent & found)


@pytest.mark.parametrize("text,present,absent", [
    # a title after a singular work noun runs over "and" after its one first word, an apostrophe and a hyphen, and
    # every later mention of it in any case is the same work
    ("The thriller Hide and Seek opened on Friday. Hide And Seek, which stars Robert de Niro, took $20m.",
     {("WORK_OF_ART", "Hide and Seek", 2)}, {"Hide", "Seek"}),
    ("He was known for misprints on TV show That's Life in the 1970s.", {("WORK_OF_ART", "That's Life", 1)}, {"Life"}),
    ("The teen comedy Harold and Kumar Get The Munchies debuted outside the top 10.",
     {("WORK_OF_ART", "Harold and Kumar Get The Munchies", 1)}, {"Harold", "Kumar Get The Munchies"}),
    # after "called" or "entitled", small words inside
    ("He starred in a film entitled The Man Without Shadows in 1990.",
     {("WORK_OF_ART", "The Man Without Shadows", 1)}, {"Shadows"}),
    # two titles of several words each joined by "and" are two works
    ("Comedy sequel Meet The Fockers and Shall We Dance? completed the top five.",
     {("WORK_OF_ART", "Meet The Fockers", 1), ("WORK_OF_ART", "Shall We Dance?", 1)},
     {"Meet The Fockers and Shall We Dance"}),
    # a subtitle after a colon, and works listed after a plural work noun, a comma and "including"
    ("They made a number of Hellgate sequels, including Hellgate II, Hellgate: Rising and Hellgate: The Return.",
     {("WORK_OF_ART", "Hellgate: Rising", 1), ("WORK_OF_ART", "Hellgate: The Return", 1)}, set()),
    ("Sales of the game Grand Theft Auto: San Andreas rose.", {("WORK_OF_ART", "Grand Theft Auto: San Andreas", 1)},
     {"San Andreas"}),
    # after a naming word, whatever the models read; a product's name after a product noun and a naming word
    ("Sports Interactive released a game called Football Manager.", {("WORK_OF_ART", "Football Manager", 1)}, set()),
    ("Microsoft has launched a test service called MSN Spaces.", {("PRODUCT", "MSN Spaces", 1)}, set()),
    # not an organisation named after another noun
    ("The firm has a subsidiary called Acme Holdings.", {("ORG", "Acme Holdings", 1)}, set()),
    # a capitalised kind opening the sentence, the models reading it into the title or the title as a person
    ("Comedy Glass Harbour Nights has held on to the top spot. Glass Harbour Nights took $4m.",
     {("WORK_OF_ART", "Glass Harbour Nights", 2)}, {"Comedy Glass Harbour Nights"}),
    ("Comedy Fat Albert moved down the chart to fourth place.", {("WORK_OF_ART", "Fat Albert", 1)}, set()),
    # a contraction inside the title, where the parser ends a sentence inside it
    ("She did not want unreleased song You Know You're Right on the box set.",
     {("WORK_OF_ART", "You Know You're Right", 1)}, {"You Know"}),
    ("The song I Don't Like Mondays was a hit.", {("WORK_OF_ART", "I Don't Like Mondays", 1)}, set()),
    # a person after an honorific right after the work noun is no title of the work
    ("Tom Vale spoke. Ann Cole told the Today programme Mr Vale had refused.", {("PERSON", "Tom Vale", 2)},
     {"Mr Vale"}),
    # a number closing the title, and every mention of the title in any case
    ("Siege on Harbour 12 led the chart. The police movie Siege On Harbour 12, starring Sam Hale, took £2m.",
     {("WORK_OF_ART", "Siege on Harbour 12", 2)}, {"Siege On Harbour", "Harbour 12"}),
    ("The space drama Orbit 9 returned to cinemas.", {("WORK_OF_ART", "Orbit 9", 1)}, set()),
    # set off by a comma, a title that is all of its phrase
    ("Hale reprises his role from the 1999 hit comedy, Analyze That.", {("WORK_OF_ART", "Analyze That", 1)},
     {"Analyze"}),
    ("He first played him in a 2001 comedy, Meet the Neighbours.", {("WORK_OF_ART", "Meet the Neighbours", 1)},
     {"Meet"}),
    # two titles read as one name, the second past where the models' name ends
    ("In the TV categories, comedy series Back Doors and The Alan Clark Letters will compete for the best directing "
     "award.", {("WORK_OF_ART", "Back Doors", 1), ("WORK_OF_ART", "The Alan Clark Letters", 1)}, {"The Alan Clark"}),
    # one word after a work noun, before the credits after a comma
    ("The thriller Collateral, starring Sam Hale, opened in May.", {("WORK_OF_ART", "Collateral", 1)}, set()),
    # not a clause's subject after the comma, nor a count after a title
    ("After the film, Tom Bell went home.", {("PERSON", "Tom Bell", 1)}, set()),
    ("Before the concert, New York was quiet.", {("GPE", "New York", 1)}, set()),
    ("The sitcom Friends 10 years on is still popular.", {("WORK_OF_ART", "Friends", 1)}, {"Friends 10"}),
])
def test_entities_a_work_s_whole_title_after_its_noun(run, text, present, absent):
    entities = {(e.label, e.name, len(e.mentions)) for e in run(text)._.facts.entities}
    assert present <= entities
    assert not absent & {name for _, name, _ in entities}


@pytest.mark.parametrize("text,present,absent", [
    ("The DVD includes the first performance of Dusk Like Amber Glass, the track that launched the band.",
     {("WORK_OF_ART", "Dusk Like Amber Glass")}, {("ORG", "Dusk Like Amber Glass")}),
    ("They played Harbourlight, the song that made them famous.", {("WORK_OF_ART", "Harbourlight")}, set()),
    ("She read Bleak House, the novel by Dickens.", {("WORK_OF_ART", "Bleak House")}, set()),
    # a hyphenated modifier before the noun, a connective opening the sentence
    ("And Fat Harold, a live-action adaptation of a TV cartoon, fell to fifth.", {("WORK_OF_ART", "Fat Harold")},
     {("WORK_OF_ART", "And Fat Harold")}),
    # a title in title case after a small word opening the sentence; not a verb's phrase after a work
    ("The Lord of the Rings: The Return of the King had held the record.",
     {("WORK_OF_ART", "Lord of the Rings: The Return of the King")}, set()),
    ("Redmond also brought teen soap Harbour Lane to Channel 4 in 1995.", {("WORK_OF_ART", "Harbour Lane")},
     {("WORK_OF_ART", "Harbour Lane to Channel 4"), ("WORK_OF_ART", "Harbour Lane to Channel")}),
    # a person with a known first name is no work, nor a name the noun does not stand beside
    ("Tom Hanks, the film's star, arrived.", {("PERSON", "Tom Hanks")}, set()),
    ("Chelsea, the league leaders, won the game.", set(), {("WORK_OF_ART", "Chelsea")}),
])
def test_entities_a_title_before_its_work_noun_in_apposition(run, text, present, absent):
    found = {(e.label, e.name) for e in run(text)._.facts.entities}
    assert present <= found and not absent & found


@pytest.mark.parametrize("text,present,absent", [
    # after a word of acting or of a work's making and its preposition, the whole capitalised run, small words and
    # an "and" after its first word included
    ("Her performance in Wolves of the Atlantic won praise from critics.",
     {("WORK_OF_ART", "Wolves of the Atlantic")}, {"Atlantic"}),
    ("He starred in Rain and Ruin in Old Havana before moving to the stage.",
     {("WORK_OF_ART", "Rain and Ruin in Old Havana")}, {"Old Havana", "Rain"}),
    ("The studio confirmed a remake of The Glass Orchard next year.", {("WORK_OF_ART", "The Glass Orchard")}, set()),
    ("The sequel to Night Trains of Berlin opens in May.", {("WORK_OF_ART", "Night Trains of Berlin")}, {"Berlin"}),
    ("New episodes of Harbour Wives and Nine Feet Down appeared online.",
     {("WORK_OF_ART", "Harbour Wives"), ("WORK_OF_ART", "Nine Feet Down")}, set()),
    ("Tom Hale, author of Southern Lights, agreed.", {("WORK_OF_ART", "Southern Lights")},
     {("GPE", "Southern Lights")}),
    # titles listed after the first with commas and "and"; after "appeared in", not over a date
    ("She also appeared in Keep Going at your Leisure, Keep Going Matron and Keep Going Loving, as well as others.",
     {("WORK_OF_ART", "Keep Going at your Leisure"), ("WORK_OF_ART", "Keep Going Matron"),
      ("WORK_OF_ART", "Keep Going Loving")}, {"Leisure"}),
    # after "appeared in", an organisation or place the models read stays itself, and so do listed places
    ("The minister appeared in Parliament on Monday, and later appeared in Davos and Paris.",
     {("GPE", "Paris")}, {"Parliament", "Parliament on Monday", "Davos and Paris", "Paris"}),
    # a number and capitalised words after a work noun
    ("He played a detective in the US series 32 Harbour Lane for two years.",
     {("WORK_OF_ART", "32 Harbour Lane")}, {"Harbour Lane"}),
    # a name in apposition to a singular work noun, with or without a comma, whatever the models read
    ("His next major film, Tommy Vance, was a hit with critics.", {("WORK_OF_ART", "Tommy Vance")}, set()),
    ("She starred in the dark fairy tale Edward Glasshands, about a lonely inventor.",
     {("WORK_OF_ART", "Edward Glasshands")}, set()),
    # not a date, a known place, an owner before its possessive mark, a name before its noun, nor the subject after
    # a work noun, nor a contest's apposition in sport
    ("Her performance in June was poor, and his performance in Sheffield was worse.",
     {("GPE", "Sheffield")}, {"June", "Sheffield"}),
    ("Mr Reed denied any role in Labour's campaign.", set(), {"Labour", "Labour Party"}),
    ("After the film Daniel Craig went to Paris.", {("PERSON", "Daniel Craig")}, {"Daniel Craig"}),
    # a part played, a few words for it, then "in": the work it was played in, whatever the models read
    ("Vera Holt won for playing a tough female jockey in Silver Dollar Girl.",
     {("WORK_OF_ART", "Silver Dollar Girl")}, set()),
    ("Ann Lee triumphed for her role as Queen Mary in The Last Crossing.", {("WORK_OF_ART", "The Last Crossing")},
     {"Queen Mary"}),
    # not a place the part was played in, nor where a sport is played, nor a role held in a company
    ("Ana Ruiz played a doctor in Leeds for ten years before she took a role as adviser in Acme Holdings.",
     {("GPE", "Leeds")}, {"Leeds", "Acme Holdings"}),
    ("Leeds United striker Ian Bell, who played golf in Tarrow last week, scored twice as the club won the match.",
     set(), {"Tarrow"}),
    # an award won for a title: the work, not a place it was won in
    ("Kenji Oda won an Oscar earlier this year for Drifting Lanterns, the studio said.",
     {("WORK_OF_ART", "Drifting Lanterns")}, set()),
    ("Kenji Oda won an Oscar for Leeds last year.", set(), {"Leeds"}),
    # two awards joined by "and", one named with the word compounded before it ("Golden Globe")
    ("Ruiz, who previously won the Golden Globe and Oscar for Girls Don't Fly, praised the director.",
     {("WORK_OF_ART", "Girls Don't Fly")}, set()),
    # a nomination's "for", in an article about works (three work nouns)
    ("The film and its sequel lost. The drama did well. Rita Moss and Ann Vale went home despite lead actress "
     "nominations for Bright Hours of the Quiet Town and Stillwater respectively.",
     {("WORK_OF_ART", "Bright Hours of the Quiet Town"), ("WORK_OF_ART", "Stillwater")}, set()),
    # a title holding a possessive, in apposition to a work noun, is one work in every mention
    ("The animator's latest film, Mole's Paper Kingdom, opens in May. Mole's Paper Kingdom set a record.",
     {("WORK_OF_ART", "Mole's Paper Kingdom")}, {"Paper Kingdom", "Mole"}),
    # a name of two words owning the title is its author's
    ("The studio's latest film, Dana Lark's The Glass Garden, opens in May.", {("WORK_OF_ART", "The Glass Garden")},
     {"Dana Lark's The Glass Garden"}),
    # names after a plural work noun ("box-office flops")
    ("The studio was hurt by box-office flops Dustland and Nightjar.", {("WORK_OF_ART", "Dustland"),
                                                                         ("WORK_OF_ART", "Nightjar")}, set()),
])
def test_entities_a_work_s_title_after_its_cue(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities
    assert not {("WORK_OF_ART", name) for name in absent} & entities


def test_entities_a_country_before_a_product_noun_stays_a_country(run):
    assert ("GPE", "United Kingdom") in _entities(run("Most UK phone users pay monthly, the regulator in the UK said."))


@pytest.mark.parametrize("text", [
    "The host, JK, also known as Jason King, said the show would change.",
    "Jason King (better known as JK) said the show would change.",
])
def test_entities_aliases_are_one_person(run, text):
    entities = run(text)._.facts.entities
    assert [(e.label, e.name, len(e.mentions)) for e in entities] == [("PERSON", "Jason King", 2)]


@pytest.mark.parametrize("text,people", [
    # a styled title and the name in apposition to it, past courtesy titles: one person, named by the name
    ("The Bishop of Harbury, the Rt Rev Dr Tom Wright, said the plot was laughable.", {("Tom Wright", 2)}),
    ("The Duke of Harbury, Prince Tom, opened the hall.", {("Tom", 2)}),
    # not a list of names after the title
    ("The Bishop of Harbury met Tom Wright and Ann Dale.", {("Bishop of Harbury", 1), ("Tom Wright", 1),
                                                           ("Ann Dale", 1)}),
])
def test_entities_a_styled_title_and_the_name_beside_it_are_one_person(run, text, people):
    entities = run(text)._.facts.entities
    assert {(e.name, len(e.mentions)) for e in entities if e.label == "PERSON"} == people
    assert not any(e.name in {"Rt Rev", "Rev"} for e in entities)  # a courtesy title alone is no name


@pytest.mark.parametrize("text", [
    "Rapper Kid Vex is to run the label. Kid Vex, real name Marcus Bell, said he was proud.",
    "Rapper Kid Vex (real name Marcus Bell) is to run the label, and Kid Vex said he was proud.",
    "Rapper Kid Vex, whose real name is Marcus Bell, is to run the label. Kid Vex said he was proud.",
])
def test_entities_a_stage_name_and_a_real_name_are_one_person_named_by_the_real_one(run, text):
    people = [(e.name, len(e.mentions)) for e in run(text)._.facts.entities if e.label == "PERSON"]
    assert people == [("Marcus Bell", 3)]


def test_entities_born_in_a_place_is_no_real_name(run):
    names = {e.name for e in run("Ann Cole, born in London, said she was proud.")._.facts.entities}
    assert {"Ann Cole", "London"} <= names


@pytest.mark.parametrize("text,person,absent_dates", [
    # a known first name and the capitalised word after it are a name, even when that word is a date
    ("Detective Joe Friday said on Monday that the case was closed.", "Joe Friday", {"Friday"}),
    ("Theresa May met Alan Price on Tuesday. Price said May was right.", "Theresa May", {"May"}),
])
def test_entities_surnames_that_are_dates(run, text, person, absent_dates):
    doc = run(text)
    assert any(person in e.name and e.label == "PERSON" for e in doc._.facts.entities)
    assert not {doc.text[d.start:d.end] for d in doc._.facts.dates} & absent_dates


@pytest.mark.parametrize("text,mentions", [
    # a surname alone before a verb it is the subject of, read by no model: the person named in full before
    ('Guitarist Brian May will tour from April. May said: "The band is ready."', ["Brian May", "May"]),
    # not a month after a word that leads a date, nor one before the person is named
    ("Sales rose in May. Guitarist Brian May said sales rose in May.", ["Brian May"]),
])
def test_entities_a_surname_no_model_reads(run, text, mentions):
    doc = run(text)
    person = next(e for e in doc._.facts.entities if e.name == "Brian May")
    assert [doc.text[a:b] for a, b in person.mentions] == mentions


@pytest.mark.parametrize("text,org,surname,person", [
    # a first name and a surname the models read as an organisation, the surname read as a person alone elsewhere
    ("Ann Cole beat her rival Greg Tasker on Tuesday . Tasker broke early .", (5, 7), (10, 11), "Greg Tasker"),
    # not a firm whose last word names no one alone
    ("Morgan Stanley said profits rose . Ann Cole agreed .", (0, 2), (7, 8), None),
])
def test_entities_a_person_read_as_a_body(nlp, text, org, surname, person):
    doc = nlp(text)
    spans = [Span(doc, *org, label="ORG"), Span(doc, *surname, label="PERSON")]
    found = nlp.get_pipe("newsfacts_entities")._people_by_first_name(doc, spans)
    read = [s.label_ for s in found if (s.start, s.end) == org]
    assert read == (["PERSON"] if person else ["ORG"])


def test_entities_a_first_name_before_a_place_word_is_no_person(run):
    doc = run("They walked down Victoria Street in May. She said in May 2019 she would go.")
    assert not [e for e in doc._.facts.entities if e.label == "PERSON"]
    assert [doc.text[d.start:d.end] for d in doc._.facts.dates] == ["May", "May 2019"]


@pytest.mark.parametrize("text,present,absent", [
    # a title inside a name read as one: the person after it, the organisation or place before it
    ("U.S. Attorney Anton Valukas said the case was closed.",
     {("PERSON", "Anton Valukas"), ("GPE", "United States")}, {"U.S. Attorney Anton Valukas"}),
    ("Health and Human Services Inspector Richard P. Kusserow issued a report.",
     {("PERSON", "Richard P. Kusserow"), ("ORG", "Health and Human Services")},
     {"Health and Human Services Inspector Richard P. Kusserow"}),
    # not a name that ends in an organisation's last word: a title's word in it is part of the name
    ("Lending rose, the Irish Bankers Federation (IBF) said. The IBF added that approvals fell.",
     {("ORG", "Irish Bankers Federation")}, {"Federation", "Irish"}),
    ("The Scottish Teachers Association voted to strike.", {("ORG", "Scottish Teachers Association")},
     {"Association"}),
])
def test_entities_split_at_a_title_inside_a_name(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found
    assert not {name for _, name in found} & absent


@pytest.mark.parametrize("text,present,absent", [
    # an outlet's, a party's or a named owner's possessive run into what it owns: two names
    ("He told the BBC's Politics Show he would stay.", {("ORG", "BBC"), ("WORK_OF_ART", "Politics Show")},
     {"BBC's Politics Show"}),
    # not a name with a possessive of its own, nor an institution named for its owner
    ("St Fintian's High School said it was named for the saint. St Fintian was Irish.",
     {("ORG", "St Fintian's High School")}, {"High School"}),
    ("Moody's Investors Service cut the rating, and the Children's Society said no.",
     {("ORG", "Moody's Investors Service"), ("ORG", "Children's Society")}, {"Moody", "Investors Service"}),
    # a company named right after a company noun the tagger read as an adjective
    ("According to blog analysis firm Technorati, blogs doubled.", {("ORG", "Technorati")}, set()),
])
def test_entities_an_owner_and_what_it_owns(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found
    assert not {name for _, name in found} & absent


def test_company_name_ends_at_its_suffix_before_of_a_place():
    doc = English().make_doc("Avis Bourg Co. of Folsom and the Bank of England")
    company, bank = Span(doc, 0, 5, label="ORG"), Span(doc, 7, 10, label="ORG")
    assert [(s.text, s.label_) for s in _company_before_of_place(company)] == [("Avis Bourg Co.", "ORG"),
                                                                                   ("Folsom", "GPE")]
    assert _company_before_of_place(bank) == [bank]


@pytest.mark.parametrize("text,places,absent", [
    # a name before a comma and a US state or a country, the phrase ending there: a town, and both are places
    ("Ten oil workers were missing off Morgan City, La., after their rig capsized.", {"Morgan City", "La."}, set()),
    ("Marie Ferraro, 50, of Bethany, Conn., was shot.", {"Bethany", "Conn."}, {"Marie Ferraro"}),
    # not a person named with a first name, nor a region that goes on ("Georgia's coach")
    ("Mark Ealham, Kent, took three wickets.", set(), {"Mark Ealham"}),
    # a town before a region and "-based" after "the": where the firm is based, no organisation
    ("The Grimsby, Lincolnshire-based firm was sold to a rival.", {"Grimsby", "Lincolnshire"}, set()),
    # not without "the" before it (an organisation and its description may follow)
    ("Acme, Texas-based rivals of Zenith, grew.", {"Texas"}, {"Acme"}),
])
def test_entities_towns_before_states_and_countries(run, text, places, absent):
    doc = run(text)
    found = {doc.text[s:e] for ent in doc._.facts.entities if ent.label == "GPE" for s, e in ent.mentions}
    assert places <= found and not (found & absent)


@pytest.mark.parametrize("text,party,mentions", [
    ("Labour said the Labour Party would win.", "Labour Party", 2),
    ("The Conservatives won, and the Conservative Party thanked voters.", "Conservative Party", 2),
    ("A Liberal Democrat spokesman, Ann Hale, said no.", "Liberal Democrats", 1),
    # the party patterns fill what the models miss: a sentence's first word, a party read as a person
    ("Liberal Democrat leaders met. The Lib Dems said no.", "Liberal Democrats", 2),
    ("Plaid Cymru won two seats and Plaid said it was pleased.", "Plaid Cymru", 2),
    # a party's adjective opening a quotation, read as a work's title; a party's old brand
    ('Mr Blair said: "The Conservative tax and spending proposals would put at risk our stability."',
     "Conservative Party", 1),
    ("Labour won in 1997. Critics said New Labour had changed.", "Labour Party", 2),
])
def test_entities_party_names_and_adjectives_are_the_party(run, text, party, mentions):
    found = [e for e in run(text)._.facts.entities if e.name == party]
    assert len(found) == 1 and found[0].label == "ORG" and len(found[0].mentions) == mentions


def test_one_label_per_name_takes_the_majority_and_keeps_a_placed_mention():
    doc = English().make_doc("Orvik said Orvik's chief met Orvik staff in Lanmere near Lanmere")
    spans = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="GPE"), Span(doc, 6, 7, label="ORG"),
             Span(doc, 9, 10, label="GPE"), Span(doc, 11, 12, label="ORG"), Span(doc, 5, 6, label="DATE")]
    relabelled = [(s.text, s.label_) for s in _one_label_per_name(doc, spans)]
    # two ORG against one GPE: every "Orvik" is the company; one each for "Lanmere": the tie goes to the company,
    # but "in Lanmere" is a place its words mark and keeps its reading
    assert relabelled == [("Orvik", "ORG"), ("Orvik", "ORG"), ("Orvik", "ORG"), ("Lanmere", "GPE"),
                          ("Lanmere", "ORG"), ("met", "DATE")]


def test_party_patterns_leave_longer_model_names_alone(run):
    # a gap-filling pattern never cuts a name the models found whole: the labour ministry is no party
    found = _entities(run("Officials at the Labour Ministry in Paris said the law would change."))
    assert ("ORG", "Labour Party") not in found


def test_a_personal_honorific_makes_a_person(run):
    found = _entities(run("Prices will rise, Ms Okoro warned. Ms Okoro runs the shop."))
    assert ("PERSON", "Okoro") in found and not any(label == "ORG" for label, _ in found)


@pytest.mark.parametrize("text,club,person", [
    ("Tired Sale Sharks prop Andrew Sheridan was called up.", "Sale Sharks", "Andrew Sheridan"),
    # the surname of someone named in full stays a person: "Putin spokesman" is Putin's
    ("Vladimir Putin met aides. Putin spokesman Dmitry Peskov said no.", None, "Dmitry Peskov"),
])
def test_a_name_before_a_title_and_a_person_is_the_holder(run, text, club, person):
    found = _entities(run(text))
    assert ("PERSON", person) in found
    assert club is None or ("ORG", club) in found
    assert club is not None or ("PERSON", "Vladimir Putin") in found


@pytest.mark.parametrize("text,name,mentions", [
    # a first name the writer added in brackets inside a quotation, and the surname after it
    ('"We can play (Ola) Tenvik and win," he said. Tenvik smiled.', "Ola Tenvik", 3),
    # a double-barrelled surname stays whole
    ("The show was hosted by Janet Street-Porter on Sunday.", "Janet Street-Porter", 1),
])
def test_people_named_in_two_parts(run, text, name, mentions):
    found = [e for e in run(text)._.facts.entities if e.name == name]
    assert len(found) == 1 and found[0].label == "PERSON" and len(found[0].mentions) == mentions


def test_one_label_per_name_leaves_a_place_its_words_mark():
    doc = English().make_doc("Orvik beat Lanmere . Orvik won . Fans flew to Orvik .")
    spans = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="ORG"), Span(doc, 4, 5, label="ORG"),
             Span(doc, 10, 11, label="GPE")]
    # the club twice, the town once: "flew to Orvik" is the town all the same
    assert [s.label_ for s in _one_label_per_name(doc, spans)] == ["ORG", "ORG", "ORG", "GPE"]


def test_one_label_per_name_a_place_read_as_a_person_elsewhere():
    doc = English().make_doc("Leaders are arriving in Varneck . Varneck talking points abound . Varneck hosts it .")
    spans = [Span(doc, 4, 5, label="GPE"), Span(doc, 6, 7, label="PERSON"), Span(doc, 11, 12, label="PERSON")]
    # read as a person twice, put somewhere once: the place in every mention
    assert [s.label_ for s in _one_label_per_name(doc, spans)] == ["GPE", "GPE", "GPE"]
    doc = English().make_doc("Fans went to Hale . Hale said so . Hale won .")
    spans = [Span(doc, 3, 4, label="GPE"), Span(doc, 5, 6, label="PERSON"), Span(doc, 9, 10, label="PERSON")]
    assert [s.label_ for s in _one_label_per_name(doc, spans, titled={5})] == ["GPE", "PERSON", "PERSON"]  # Mr Hale


def test_an_honorific_inside_a_name_starts_a_person():
    doc = English().make_doc("He told the BBC Mr Howard had left")
    parts = _split_at_honorific(Span(doc, 3, 6, label="ORG"))
    assert [(p.text, p.label_) for p in parts] == [("BBC", "ORG"), ("Mr Howard", "PERSON")]
    assert _split_at_honorific(Span(doc, 4, 6, label="PERSON"))[0].text == "Mr Howard"


def test_a_count_before_a_group_is_no_part_of_its_name(run):
    doc = run("All four Britons held abroad will be freed. The All Blacks won in Cardiff.")
    names = {(e.label, e.name) for e in doc._.facts.entities}
    assert ("NORP", "Britons") in names and not any("four" in name for _, name in names)
    assert any(name == "All Blacks" for _, name in names)


def test_one_label_per_name_breaks_a_tie_against_an_unknown_person():
    doc = English().make_doc("Wanadoo sued Wanadoo . Okoro met Okoro . Marcus saw Marcus")
    spans = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="PERSON"), Span(doc, 4, 5, label="PERSON"),
             Span(doc, 6, 7, label="GPE"), Span(doc, 8, 9, label="PERSON"), Span(doc, 10, 11, label="ORG")]
    # "Wanadoo" is no person; "Okoro" after a title (token 4 titled) and "Marcus" (a known first name) are not
    # ruled out as people: their ties go to the label of the first mention
    labels = [s.label_ for s in _one_label_per_name(doc, spans, titled={4})]
    assert labels == ["ORG", "ORG", "PERSON", "PERSON", "PERSON", "PERSON"]


def test_one_label_per_name_ties_between_a_company_and_a_place():
    doc = English().make_doc("BT rose . BT fell . Kenya won . Kenya lost")
    spans = [Span(doc, 0, 1, label="GPE"), Span(doc, 3, 4, label="ORG"), Span(doc, 6, 7, label="ORG"),
             Span(doc, 9, 10, label="GPE")]
    assert [s.label_ for s in _one_label_per_name(doc, spans)] == ["ORG", "ORG", "GPE", "GPE"]


@pytest.mark.parametrize("text,place", [
    ("NEW YORK 1996-08-30\n\nStocks rose on Friday.", "NEW YORK"),
    ("BRISTOL , England 1996-08-31\n\nThe match was drawn.", "BRISTOL"),
])
def test_a_dateline_names_a_place(run, text, place):
    doc = run(text)
    assert any(e.name == place and e.label == "GPE" for e in doc._.facts.entities)


def test_a_name_before_a_year_mid_line_is_no_dateline(run):
    doc = run("Vodafone 2004 results were good, the firm said.")
    assert not any(e.name == "Vodafone" and e.label == "GPE" for e in doc._.facts.entities)


@pytest.mark.parametrize("text,event", [
    ("Spain won the Fed Cup on Sunday after beating the United States.", "Fed Cup"),
    ("He leads the HONG KONG OPEN after two rounds.", "HONG KONG OPEN"),
    ("Figures from the 2001 Census show the rise.", "Census"),
    # athletics' short names for its championships
    ("Jan Bell will not run in this year's Worlds and may skip next month's European Indoors.", "Worlds"),
    ("Jan Bell will not run in this year's Worlds and may skip next month's European Indoors.", "European Indoors"),
    ("Martina Hingis won five Grand Slam titles before she retired.", "Grand Slam"),
    # a competition's name read as a people's word
    ("While Serena is through to the Australian Open semi-finals, Venus went out.", "Australian Open"),
    # a known competition after its sponsor's name, and its other mentions, the models read as a work
    ("France named their side for the RBS Six Nations match against Ireland. The Six Nations is the biggest event "
     "of the year.", "RBS Six Nations"),
])
def test_a_competition_is_an_event(run, text, event):
    found = {(e.label, e.name) for e in run(text)._.facts.entities}
    assert ("EVENT", event) in found and not any(name == "Six Nations" for _, name in found)


def test_a_known_competition_read_in_part_is_its_whole_name(run):
    """"their first Six Nations away win", read as "Nations", an organisation: the event's whole name."""
    found = {(e.label, e.name) for e in run("Italy continue the search for their first Six Nations away win, and "
                                           "can still only account for Scotland and Wales.")._.facts.entities}
    assert ("EVENT", "Six Nations") in found and not any(name == "Nations" for _, name in found)


def test_a_name_whose_surname_takes_an_honorific_is_a_person():
    doc = English().make_doc("Vince Cable spoke . Mr Cable left . Vince Motors grew")
    spans = [Span(doc, 0, 2, label="ORG"), Span(doc, 5, 6, label="PERSON"), Span(doc, 8, 10, label="ORG")]
    assert [s.label_ for s in _people_by_honorific_surname(doc, spans)] == ["PERSON", "PERSON", "ORG"]


@pytest.mark.parametrize("text,label,name", [
    ("EA plans a show similar to the Oscars and the Grammys.", "EVENT", "Academy Awards"),
    ("EA plans a show similar to the Oscars and the Grammys.", "EVENT", "Grammys"),
    # a ceremony of two words, and its award in the singular after "a"
    ("Awards\n\nShe won a Golden Globe last month. The Golden Globes ceremony was in Los Angeles.", "EVENT",
     "Golden Globes"),
    # a one-word name before "awards" in lower case: the ceremony, the word its own
    ("She has been nominated in three categories in Wednesday's Brit awards.", "EVENT", "Brit awards"),
    ("She won two Mobo awards last year.", "EVENT", "Mobo awards"),
    ("He has won several British awards.", "NORP", "British"),  # a people's adjective
    # the plural of the surname of someone named in full is the family
    ("Ozzy Osbourne was hurt. On Sunday the Osbournes had been celebrating.", "PERSON", "Osbournes"),
    # so is the surname before "family", which keeps the word: no one person of it
    ("Ravi Mehta left the board. The Mehta family controls 40% of the group.", "PERSON", "Mehta family"),
])
def test_award_shows_and_families(run, text, label, name):
    found = _entities(run(text))
    assert (label, name) in found and not any(n.startswith("Golden Globe") and lab != "EVENT" for lab, n in found)


def test_a_given_name_no_list_knows_before_a_surname_written_alone_elsewhere(run):
    text = ("Papadaki bullish over drugs hearing\n\nKaterina Papadaki is confident she and fellow sprinter "
            "Kostas Lelis will not be punished for missing drugs tests. \"After five months we finally had the "
            "chance to give explanations,\" said Papadaki. Papadaki, the 2000 silver medallist, was suspended. In "
            "Patras Papadaki trained.")
    people = {e.name: e for e in run(text)._.facts.entities if e.label == "PERSON"}
    assert "Katerina Papadaki" in people and len(people["Katerina Papadaki"].mentions) >= 4
    assert not any(name.startswith("Patras") for name in people)


@pytest.mark.parametrize("text", ["Skyline TV has won the rights to Oscar night.",
                                  "Viewers saw three years of Oscar coverage on the channel."])
def test_an_awards_name_before_a_noun_is_its_ceremony(run, text):
    assert ("EVENT", "Academy Awards") in _entities(run(text))


def test_a_time_zone_is_no_name(run):
    found = _entities(run("The incident happened at 0400 GMT on Monday in Chalfont, police said."))
    assert not any(name == "GMT" for _, name in found)


@pytest.mark.parametrize("text,name", [
    ("A survey by PC Gamer Magazine found that readers were unhappy.", "PC Gamer Magazine"),
    ("The TV Quiz Channel said its ratings had risen.", "TV Quiz Channel"),
])
def test_a_things_word_opening_an_organisation_of_its_kind_stays_in_its_name(run, text, name):
    assert ("ORG", name) in _entities(run(text))


@pytest.mark.parametrize("text,town", [
    ("Ana Lee, from Leeds, said the plan was wrong.", "Leeds"),
    ("Tom Hale, 34, from Hull, agreed with her.", "Hull"),
])
def test_a_persons_hometown_is_a_place(run, text, town):
    assert ("GPE", town) in _entities(run(text))


@pytest.mark.parametrize("text,firm", [
    ('"It will grow," said Dana Okafor, from Microsoft.', "Microsoft"),
    ("The idea came from Ken Adeyemi, from Goldman Sachs, last week.", "Goldman Sachs"),
])
def test_an_organisation_after_a_persons_from_stays_an_organisation(run, text, firm):
    found = _entities(run(text))
    assert ("ORG", firm) in found and ("GPE", firm) not in found


@pytest.mark.parametrize("text,places,clubs", [
    ("The 23-year-old has pulled out of international meets in Madrid and Lievin this week.", {"Madrid", "Lievin"},
     set()),
    ("He trains in Leeds or Kessock in winter.", {"Leeds", "Kessock"}, set()),
    ("Chelsea beat Leeds and Bolton in the cup.", set(), {"Leeds", "Bolton"}),
])
def test_names_listed_after_a_known_place_in_are_places(run, text, places, clubs):
    found = _entities(run(text))
    assert {("GPE", name) for name in places} <= found
    assert not any(label == "GPE" and name in clubs for label, name in found)


def test_a_double_barrelled_surname_the_models_cut_is_one_name(run):
    text = ("The 23-year-old has pulled out of meets in Madrid this week. \"It's nothing serious,\" said his coach Tom "
            "Reed. Sprinter Mark Lewis-Francis will also not compete in Madrid on Thursday. Lewis-Francis will train "
            "at home.")
    entities = {(e.label, e.name, len(e.mentions)) for e in run(text)._.facts.entities}
    assert ("PERSON", "Mark Lewis-Francis", 2) in entities, entities


@pytest.mark.parametrize("text,events", [
    ("He unveiled the phone at the Consumer Electronics Show in Las Vegas.", {"Consumer Electronics Show"}),
    ("The car was shown at the Harbury Motor Show and the Leeds Air Show.", {"Harbury Motor Show", "Leeds Air Show"}),
])
def test_a_trade_show_is_an_event(run, text, events):
    assert {("EVENT", name) for name in events} <= _entities(run(text))


@pytest.mark.parametrize("text,organisations,places", [
    ("The athletes are free to compete while the IAAF reviews its response to the decision.", {"IAAF"}, set()),
    ("The HKAF reviewed its response, and KWNR shares rose in the UK and the UAE.", {"HKAF", "KWNR"},
     {"United Kingdom", "United Arab Emirates"}),
    ("BONN 1996-08-30\nGerman officials met on Friday.", set(), {"BONN"}),
])
def test_an_acronym_no_list_knows_as_a_place_is_an_organisation(run, text, organisations, places):
    found = _entities(run(text))
    assert {("GPE", name) for name in places} <= found
    assert not any(label in {"GPE", "LOC", "NORP"} and name in organisations for label, name in found)


@pytest.mark.parametrize("text,venue", [
    ("He could return to St James' Park, he said.", "St James' Park"),
    ("They play at St Andrew's Stadium on Sunday.", "St Andrew's Stadium"),
    ("Chelsea's Park scored twice on Sunday.", None),
])
def test_a_venue_named_for_a_saint_is_one_facility(run, text, venue):
    found = _entities(run(text))
    assert venue is None and not any(label == "FAC" for label, _ in found) or ("FAC", venue) in found


@pytest.mark.parametrize("text,outlet,absent", [
    ("Marcus Hale, editor of Digital Camera magazine, said the market was huge.", "Digital Camera",
     {"Digital", "Camera"}),
    ("A Paris newspaper and the Leeds Evening Post agreed.", None, set()),
])
def test_an_outlets_name_before_its_noun_is_one_organisation(run, text, outlet, absent):
    found = _entities(run(text))
    assert outlet is None or ("ORG", outlet) in found
    assert not any(name in absent for _, name in found)
    assert ("GPE", "Paris") in found or outlet is not None


@pytest.mark.parametrize("text,products,others", [
    ("Its top brands include Marlow Pale Ale, Tolliver's, Brackwater and Kesselring.",
     {"Marlow Pale Ale", "Brackwater"}, set()),
    ("The group's brands include Zenthe, Corvale and Ostrava in the US and Pellan in Europe.",
     {"Zenthe", "Corvale", "Ostrava"}, {("GPE", "United States"), ("LOC", "Europe")}),
    ("Its brands such as Morva vodka and Dunleary stout sold well.", {"Morva", "Dunleary"}, set()),
    ("Demand for products such as Sony's Playstation rose.", set(), {("ORG", "Sony")}),
    # software, consoles and drugs named after their kind and "like" or "such as"
    ("The firm wants to fend off open source software like Kelpix.", {"Kelpix"}, set()),
    ("Doctors prescribe drugs such as Velmara and Tozinex.", {"Velmara", "Tozinex"}, set()),
    # or written right after the plural noun; not the subject of a clause on the noun
    ("Cheap copies of its drugs, notably anti-depressants Velmara and Tozinex, hit profits.", {"Velmara", "Tozinex"},
     set()),
])
def test_names_listed_after_brands_include_are_products(run, text, products, others):
    found = _entities(run(text))
    assert {("PRODUCT", name) for name in products} <= found
    assert others <= found


def test_a_name_after_a_plural_product_noun_that_opens_a_clause_on_it_is_no_product(run):
    assert not any(label == "PRODUCT" for label, _ in _entities(run("The products Apple sells are dear.")))


@pytest.mark.parametrize("text,organisations,others", [
    ("Rivals such as Marlowe and Tandry cut prices on Monday.", {"Marlowe", "Tandry"}, set()),
    ("Firms including Kestrel, Ostrava and Brackwater make the chips.", {"Kestrel", "Ostrava", "Brackwater"}, set()),
    # a person opened by a known first name stays one; customers may be people: no list of companies
    ("Sponsors such as Tom Hale and Marlowe paid.", {"Marlowe"}, {("PERSON", "Tom Hale")}),
    ("Its customers include Dana Okafor.", set(), {("PERSON", "Dana Okafor")}),
    ("Sales fell at rivals Marlowe and Tandry last week.", {"Marlowe", "Tandry"}, set()),
])
def test_names_listed_after_companies_such_as_are_organisations(run, text, organisations, others):
    found = _entities(run(text))
    assert {("ORG", name) for name in organisations} <= found, found
    assert others <= found


@pytest.mark.parametrize("text,works", [
    # works listed after a plural work noun and "including", a short description opening an item
    ("She made a string of hit films including Oscar nominee The Harbour King and teen comedy Days In Leeds.",
     {"Harbour King", "Days In Leeds"}),
    ("His novels such as Cold Marsh and Greywater sold well.", {"Cold Marsh", "Greywater"}),
    # a comma before "including", a year's possessive before the title (a first name opening it or not)
    ("He appeared in several films, including 1947's Tom Marsh.", {"Tom Marsh"}),
    # a pantomime or a revue in apposition
    ("He played the king in the first televised pantomime, Dick Harbury.", {"Dick Harbury"}),
    ("He appeared in a revue, Tele-Fun, in 1937.", {"Tele-Fun"}),
    # "such as" a list, and a list written right after the noun with each work's year in brackets
    ("He has made films such as The Marsh King, The Rower and Gangs Of Old Leeds.",
     {"Marsh King", "Rower", "Gangs Of Old Leeds"}),
    ("He has competed four times, with films In The Shadow Of The Hill (1994), The Rower (1997) and Cold Marsh (1998).",
     {"In The Shadow Of The Hill", "Rower", "Cold Marsh"}),
])
def test_names_listed_after_works_including_are_works(run, text, works):
    found = _entities(run(text))
    assert all(("WORK_OF_ART", name) in found or ("WORK_OF_ART", f"The {name}") in found for name in works), found


@pytest.mark.parametrize("text,name,label", [
    # a name read as a person followed by "by" and a person: a work and its author
    ("Cold Marsh by Sally Grindley won the prize for older readers.", "Cold Marsh", "WORK_OF_ART"),
    ("Fergus Crane by Paul Stewart won.", "Fergus Crane", "WORK_OF_ART"),
    # a work noun parsed as the name's modifier opens one noun phrase with it
    ("His novel Cold Marsh sold well.", "Cold Marsh", "WORK_OF_ART"),
    # not a verb's agent, nor a name after a work noun that opens a clause
    ("Tom Hale was praised by Ann Dale.", "Tom Hale", "PERSON"),
    ("After the film Daniel Craig went to Paris.", "Daniel Craig", "PERSON"),
])
def test_a_work_by_its_author_or_after_its_noun(run, text, name, label):
    assert (label, name) in _entities(run(text))


@pytest.mark.parametrize("text,kept", [
    # no year in brackets: a plural work noun before a name is no list of works
    ("Studios like Pixar make films Americans love.", ("NORP", "Americans")),
    ("Critics praised the songs Madonna and Prince wrote together.", ("PERSON", "Madonna")),
])
def test_names_after_a_plural_work_noun_without_years_stay(run, text, kept):
    assert kept in _entities(run(text))


@pytest.mark.parametrize("text,present", [
    # an institution's head and fields listed with commas and "and": one organisation's name
    ("A Department for Media, Culture and Sport spokeswoman said: \"We're aware.\"",
     {("ORG", "Department for Media, Culture and Sport")}),
    ("The Department for Environment, Food and Rural Affairs said it would act.",
     {("ORG", "Department for Environment, Food and Rural Affairs")}),
    # not a list of other names after one
    ("The Ministry of Defence, Foreign Office and Treasury agreed.", {("ORG", "Ministry of Defence")}),
    ("The Department of Trade, Tony Blair and Gordon Brown met.", {("PERSON", "Tony Blair")}),
    # names given as examples of organisations
    ("Some networks, such as Orange, charge up to 1 pound for data. Firms like Wanadoo and Tiscali cut prices.",
     {("ORG", "Orange"), ("ORG", "Wanadoo"), ("ORG", "Tiscali")}),
    ("Countries such as France and Spain agreed.", {("GPE", "France"), ("GPE", "Spain")}),
    # a list of names right after a lower-case plural noun for organisations (not a city, a country or a name
    # opened by a known first name)
    ("Technology firms Sony, Philips, Matsushita and Samsung are developing a way to stop piracy.",
     {("ORG", "Sony"), ("ORG", "Philips"), ("ORG", "Matsushita"), ("ORG", "Samsung")}),
    ("Travel firms in Spain and Portugal suffered.", {("GPE", "Spain"), ("GPE", "Portugal")}),
    # names listed before "and other" organisations
    ("Last year Warrenby, Powergen and many other companies left their data open.",
     {("ORG", "Warrenby"), ("ORG", "Powergen")}),
    ("Britain, France and other countries agreed.", {("GPE", "France")}),
    # an organisation's first word alone, read as a person or an acronym read as a place: its short name
    ("Virgin Radio launched a station. Virgin says it will appeal to people.", {("ORG", "Virgin")}),
    # capitalised words after a lower-case noun for a company or a band, whatever the models read
    ("US band Grey Eyed Dogs played. German magazine Der Kurier said so.",
     {("ORG", "Grey Eyed Dogs"), ("ORG", "Der Kurier")}),
    # ... or set off by commas after it
    ("The Leeds-based developer, Starbolt, which is behind the Kar titles, has seen sales rise.",
     {("ORG", "Starbolt")}),
    # a company's name joined by a hyphen is one name
    ("Sales have tripled since launch, said market analysts Chart-Track.", {("ORG", "Chart-Track")}),
    ("Independent film-maker Morgan Spurlock spoke.", {("PERSON", "Morgan Spurlock")}),
    # what wins a prize named "gong" or "title" after "best" is a work
    ("The act picked up the best international album gong for Elephant Funk.", {("WORK_OF_ART", "Elephant Funk")}),
])
def test_organisations_by_their_written_shape(run, text, present):
    found = _entities(run(text))
    assert present <= found, found


@pytest.mark.parametrize("text,absent", [
    # a person set off by commas after a noun that also names a trade stays a person
    ("The property developer, Tom Reed, said no.", ("ORG", "Tom Reed")),
    # a place after a company's hyphen is no word of its name, nor another company written alone elsewhere
    ("The Vardex-London route was cut.", ("ORG", "Vardex-London")),
    ("Russian gas giant Gazprom said it would buy Rosneft. Rosneft agreed. Instead, the merged Gazprom-Rosneft group "
     "will rank alongside Sibneft with 7% of the market.", ("ORG", "Gazprom-Rosneft")),
])
def test_organisations_not_by_their_written_shape(run, text, absent):
    assert absent not in _entities(run(text))


def test_an_acronym_of_no_place_opening_an_organisation_s_name_is_no_place(run):
    found = _entities(run("BT Retail has announced a trial. It takes over the network from BT."))
    assert not any(name == "BT" and label != "ORG" for label, name in found), found


def test_a_town_the_lists_miss_after_a_preposition_stays_a_place(run):
    found = _entities(run("Mr Howard grew up in Pentrefach. He left Pentrefach Grammar School in 1959. Terry Jones, "
                          "like Mr Howard from Pentrefach, won the title."))
    assert ("GPE", "Pentrefach") in found and ("ORG", "Pentrefach") not in found


@pytest.mark.parametrize("text,people,absent", [
    # a styled title, "of" and a place: a person, whatever the models read, the title part of the name
    ("The Queen and the Duke of Edinburgh said they were very happy.", {"Duke of Edinburgh"}, {"Edinburgh"}),
    ("The Prince of Wales met the Bishop of Durham. Wales won.", {"Prince of Wales", "Bishop of Durham"}, set()),
])
def test_a_person_styled_by_a_title_of_a_place(run, text, people, absent):
    found = _entities(run(text))
    assert {("PERSON", name) for name in people} <= found, found
    assert not {name for _, name in found} & absent


@pytest.mark.parametrize("text,people", [
    ("Lord Hendry said Baroness Ashworth and Lady Penrose played no part in it.", {"Hendry", "Ashworth", "Penrose"}),
    ("The answer was agreed by Lord Tilbury of Marsden and Viscount Orrell.", {"Tilbury", "Orrell"}),
    ("Party treasurer Lord Oakbridge gave the money, Baroness Scotland said.", {"Oakbridge", "Scotland"}),
])
def test_the_name_after_a_peers_title_is_a_person(run, text, people):
    found = _entities(run(text))
    assert {("PERSON", name) for name in people} <= found
    assert not any(name.startswith(("Lord", "Baroness", "Lady", "Viscount")) for _, name in found)
    assert not any(label != "PERSON" and name in people for label, name in found)


@pytest.mark.parametrize("text,person,other", [
    ("Tory David Penrose said the plan was wrong.", "David Penrose", ("ORG", "Conservative Party")),
    ("Secrecy row\n\nLib Dem Norman Baker said the plan was wrong.", "Norman Baker", ("ORG", "Liberal Democrats")),
    ("Secrecy row\n\nLiberal Democrat Alan Beith, who chairs the committee, agreed.", "Alan Beith",
     ("ORG", "Liberal Democrats")),
    ("The case was argued by Ann Hale QC for the families.", "Ann Hale", None),
    ("A QC and two officials met Jane Roe OBE on Friday.", "Jane Roe", None),
])
def test_a_party_before_or_letters_after_a_persons_name_are_no_part_of_it(run, text, person, other):
    found = _entities(run(text))
    assert ("PERSON", person) in found
    assert not any(person in name and name != person for _, name in found)
    assert not any(name in {"QC", "OBE"} for _, name in found)
    assert other is None or other in found


@pytest.mark.parametrize("text,person,absent", [
    ("The Lord Chancellor, Lord Tilbury, defended the plan.", "Tilbury", "Chancellor"),
    ("Lord Justice Hendry rejected the appeal on Friday.", "Hendry", "Justice Hendry"),
    ("The Lord of the Rings won again, said Lady Penrose.", "Penrose", "of"),
])
def test_a_title_opened_by_lord_is_no_name(run, text, person, absent):
    found = _entities(run(text))
    assert ("PERSON", person) in found
    assert not any(name == absent or name.startswith(absent + " ") for _, name in found)


@pytest.mark.parametrize("text,places", [
    ("The group studied firms in Brazil, Chile and Peru.", {"Brazil", "Chile", "Peru"}),
    ("Investors backed companies in Kenya, Ghana and Nigeria last year.", {"Kenya", "Ghana", "Nigeria"}),
])
def test_countries_listed_after_an_organisation_noun_stay_places(run, text, places):
    found = _entities(run(text))
    assert {("GPE", place) for place in places} <= found
    assert not any(label == "ORG" and name in places for label, name in found)


def test_the_name_after_a_towns_title_is_the_town_not_its_club(run):
    doc = run("Judith Blake, the former mayor of Leeds, praised the plan. Leeds United lost on Saturday.")
    found = _entities(doc)
    assert ("GPE", "Leeds") in found and ("ORG", "Leeds United") in found
    roles = {(r.subject.name, r.object.name if r.object else None) for r in doc._.facts.relations
             if r.predicate == "has_role"}
    assert ("Judith Blake", "Leeds") in roles


def test_a_surname_that_is_also_a_word_is_the_person_when_written_as_a_name(run):
    doc = run('Ben Price, the coach, was angry. "We will come back stronger," Price added. Price rises hit shoppers.')
    (person,) = [e for e in doc._.facts.entities if e.name == "Ben Price"]
    assert len(person.mentions) == 2  # "Price added", not "Price rises"
    assert [q.speaker.name for q in doc._.facts.quotes if q.speaker] == ["Ben Price"]


@pytest.mark.parametrize("text,place", [
    ("Maria Costa, a nurse at Leeds General Infirmary, welcomed the news.", "Leeds General Infirmary"),
    ("The patient was moved to St Helier General Hospital on Monday.", "St Helier General Hospital"),
])
def test_a_place_the_ner_splits_in_pieces_is_one_name(run, text, place):
    found = _entities(run(text))
    assert any(name == place and label in {"FAC", "ORG", "GPE"} for label, name in found)
    assert not any(label == "PERSON" and name in place for label, name in found)


@pytest.mark.parametrize("text,name", [
    ("Harlow Retail said on Monday it would close 40 stores.", "Harlow Retail"),
    ("Shares in Fenwick Holdings fell after Dana Motors cut its forecast.", "Fenwick Holdings"),
    ("Shares in Fenwick Holdings fell after Dana Motors cut its forecast.", "Dana Motors"),
])
def test_a_name_ending_in_a_company_word_is_an_organisation(run, text, name):
    assert ("ORG", name) in _entities(run(text))


def _mentions_of(doc, name):
    (entity,) = [e for e in doc._.facts.entities if e.name == name]
    return {doc.text[s:e] for s, e in entity.mentions}


@pytest.mark.parametrize("text,name,mentions", [
    # a surname opening a sentence as its subject, which the tagger reads as a plural noun
    ("Mendes shot from 50 yards. Pedro Mendes said he was sure. Mendes could not believe it.", "Pedro Mendes",
     [(0, "Mendes"), (27, "Pedro Mendes"), (58, "Mendes")]),
    # a first name spelled like a country's code in lower case is a person's ("Ken" is no Kenya)
    ("Ken Livingstone said sorry. Ken said it was a joke.", "Ken Livingstone",
     [(0, "Ken Livingstone"), (28, "Ken")]),
])
def test_entities_people_named_by_one_of_their_names(run, text, name, mentions):
    (entity,) = [e for e in run(text)._.facts.entities if e.name == name]
    assert sorted((s, text[s:e]) for s, e in entity.mentions) == mentions


@pytest.mark.parametrize("text,club,nickname", [
    ("Newcastle have sacked their manager. Magpies chairman Freddy Shepherd said the decision was hard.",
     "Newcastle", "Magpies"),
    ("Arsenal won 2-0 at home. The Gunners are now top.", "Arsenal", "Gunners"),
    # one of the nickname's clubs named: the Blues here are Chelsea
    ("Leeds United face Chelsea on Saturday, and the Blues are top of the league.", "Chelsea", "Blues"),
    # a club listed under its full and its short name is one club, named by either
    ("West Ham have appointed a new manager. The Hammers finished fifth last season.", "West Ham", "Hammers"),
    ("On Saturday Stoke beat Hull 2-0. The Potters are now third in the table.", "Stoke", "Potters"),
    # a short name that is no English plural opens a sentence as the club ("Wolves are back" may be the animals)
    ("Barcelona won 2-0 on Sunday. Barca lead the table by four points.", "Barcelona", "Barca"),
    ("Charlton drew 2-2 at home. But the Addicks keeper could do nothing about the equaliser.", "Charlton",
     "Addicks"),
    ("Blackburn want the midfielder, and Rovers have offered £500,000 up front.", "Blackburn", "Rovers"),
    # a club whose town the models read as a person's name
    ("Livingston lost 2-0 at home to Hearts on Saturday. The Livi striker was sent off.", "Livingston", "Livi"),
])
def test_a_clubs_nickname_is_the_club_the_article_names(run, text, club, nickname):
    assert nickname in _mentions_of(run(text), club)


@pytest.mark.parametrize("text,entity", [
    # a title's word inside a person's name with a generational suffix ("King" of "Martin Luther King Jr.")
    ("The Rev. Martin Luther King Jr. was shot in Memphis in 1968.", ("PERSON", "Martin Luther King Jr.")),
    # a radio station, with its number
    ("JK and Joel are taking over the Radio 1 breakfast show.", ("ORG", "Radio 1")),
    ("She joined BBC Radio 4 in 2001.", ("ORG", "BBC Radio 4")),
    # what someone is, capitalised at the start of a sentence, is no part of their name
    ("Soprano Judy Kaye sang the lead on Broadway.", ("PERSON", "Judy Kaye")),
    # an organisation's name with "and" in it, longer than the rule's "Space Administration"
    ("The National Aeronautics and Space Administration launched a probe.",
     ("ORG", "National Aeronautics and Space Administration")),
    # a name ending in a geographic word is a place
    ("The waste will be stored under Yucca Mountain, officials said.", ("LOC", "Yucca Mountain")),
    ("Rainwater runs off the Najd Plateau into the valleys.", ("LOC", "Najd Plateau")),
    ("Mrs. Tsuruyama is from Yatsushiro in Kumamoto Prefecture.", ("GPE", "Kumamoto Prefecture")),
    # a group member's word before a name is no part of it, and the group is an organisation
    ("Ozzy Osbourne once met the late Beatle George Harrison. The Beatles were his heroes.",
     ("PERSON", "George Harrison")),
    ("The Beach Boys played there too, and Beach Boy Brian Wilson came back in 2004.", ("PERSON", "Brian Wilson")),
    ("The Beach Boys played there too, and Beach Boy Brian Wilson came back in 2004.", ("ORG", "Beach Boys")),
    ("The Rolling Stones will tour Europe. Rolling Stone Keith Richards said the band was ready.",
     ("ORG", "Rolling Stones")),
])
def test_names_read_whole_and_typed_by_their_words(run, text, entity):
    assert entity in _entities(run(text))


def test_a_club_named_for_a_county_or_a_forest_stays_a_club(run):
    doc = run("Derby County beat Nottingham Forest 2-1 in the league on Saturday.")
    assert not {("LOC", "Nottingham Forest"), ("GPE", "Derby County")} & set(_entities(doc))


def test_a_town_named_club_with_its_nickname_is_an_organisation(run):
    doc = run("West Ham have appointed a new manager. The Hammers finished fifth last season.")
    assert [e.label for e in doc._.facts.entities if e.name == "West Ham"] == ["ORG"]


def test_a_nickname_of_several_named_clubs_or_of_none_is_no_merge(run):
    doc = run("Chelsea beat Everton 1-0. The Blues were the better side.")  # both are the Blues
    assert "Blues" not in _mentions_of(doc, "Chelsea") and "Blues" not in _mentions_of(doc, "Everton")
    doc = run("Wolves are back in the Highlands after centuries, ecologists said.")  # animals, no club
    assert not any(e.name == "Wolves" for e in doc._.facts.entities)


@pytest.mark.parametrize("text,org", [
    ("Harwell Recycling Co. of Randolph will offer a pickup service, its owner said.", "Harwell Recycling Co."),
    ("Tom Reed, chairman of the Joint Chiefs of Staff, flew to Moscow.", "Joint Chiefs of Staff"),
])
def test_an_organisation_the_ner_cut_short_keeps_its_suffix_or_of_phrase(run, text, org):
    assert ("ORG", org) in _entities(run(text))


def test_a_person_of_a_place_is_no_organisation(run):
    found = _entities(run("Mary Robinson of Ireland spoke at the summit."))
    assert ("PERSON", "Mary Robinson") in found


@pytest.mark.parametrize("text,place", [
    # a verb of living or being born
    ("Ana Ruiz lives in Surrey with her family.", "Surrey"),
    ("Tom Hale was born in Hull and played for Leeds.", "Hull"),
    # a city (pipeline/data/cities.json) after a locative word, or visited, where both models read it as a person or
    # an organisation
    ("A court in Lyon on Thursday sentenced the former mayor.", "Lyon"),
    ("The foreign minister visited Santiago on Tuesday for talks on trade.", "Santiago"),
    ("On Sunday she visited Cork, where the party lost two seats.", "Cork"),
    # a place noun and "of"
    ("Rebels attacked the town of Mocímboa da Praia on Saturday.", "Mocímboa da Praia"),
    ("The city of Vienne is suing its former mayor.", "Vienne"),
    ("Floods cut off the village of Kelso Green for a week.", "Kelso Green"),
])
def test_a_name_the_words_around_it_make_a_place(run, text, place):
    assert ("GPE", place) in _entities(run(text))


def test_a_title_written_after_a_party_is_no_part_of_its_name(run):
    doc = run("Hilary Benn, the Labour MP for Leeds Central, said the appointment was overdue.")
    assert not any(e.label == "EVENT" for e in doc._.facts.entities)
    assert ("Hilary Benn", "Labour Party", "mp") in {
        (r.subject.name, r.object.name if r.object else None, r.role) for r in doc._.facts.relations}


def test_police_ranks_are_titles_and_a_news_outlet_is_an_organisation(run):
    doc = run("The head of the unit, Acting Detective Chief Superintendent Mick Deats, spoke. Chief Supt Deats said "
              "the case was closed. He told Al-Jazeera Arabic that more arrests would follow.")
    found = _entities(doc)
    assert ("PERSON", "Mick Deats") in found and ("ORG", "Al-Jazeera Arabic") in found
    assert not any(name in {"Acting Detective", "Acting", "Supt Deats"} for _, name in found)
    roles = {r.role for r in doc._.facts.relations if r.predicate == "has_role"}
    assert "detective chief superintendent" in roles or "chief superintendent" in roles


def test_a_full_name_both_models_read_with_a_possessive_is_the_person(run):
    found = _entities(run("Fidel Castro's decision to ban dollars surprised Cuba. Castro said it was needed."))
    assert ("PERSON", "Fidel Castro") in found and not any(label == "ORG" and "Castro" in n for label, n in found)


def test_a_function_word_opening_a_sentence_is_no_name(run):
    found = _entities(run("Ana Ruiz is unsure. Whether or not we will get a ban I am not sure. The US agreed."))
    assert not any(name == "Whether" for _, name in found)
    assert ("GPE", "United States") in found


def test_a_defined_acronym_is_the_organisation_everywhere(run):
    doc = run("IAAF awaits reply\n\nThe athletes face charges from the International Association of Athletics "
              "Federations (IAAF). An IAAF spokesman said the case was open. The IAAF issued a warning.")
    (org,) = [e for e in doc._.facts.entities if e.name == "International Association of Athletics Federations"]
    assert org.label == "ORG" and len(org.mentions) >= 4
    assert not any(e.name == "IAAF" for e in doc._.facts.entities)


@pytest.mark.parametrize("text,absent", [
    ("All athletes must register by Friday, the federation said.", "All athletes"),
    ("R&B singer Usher won three awards.", "R&B"),
])
def test_common_words_and_genres_are_no_names(run, text, absent):
    assert not any(name == absent for _, name in _entities(run(text)))


def test_a_reporting_word_and_an_honorific_are_no_name(run):
    doc = run("Ian Fogg studied the market. \"It is cheap.\" Said Mr Fogg: \"It will sell.\"")
    found = _entities(doc)
    assert not any(name in {"Said Mr", "Said"} for _, name in found)
    (fogg,) = [e for e in doc._.facts.entities if e.name == "Ian Fogg"]
    assert len(fogg.mentions) == 2


@pytest.mark.parametrize("text,person", [
    # a capitalised "Said" opening the sentence before a surname and a colon is no word of the name
    ('Andy Wilkins scored twice. Said Wilkins: "We were poor."', "Andy Wilkins"),
])
def test_a_reporting_word_opening_a_sentence_before_a_surname_is_no_name(run, text, person):
    doc = run(text)
    assert not any(e.name.startswith("Said") for e in doc._.facts.entities)
    (found,) = [e for e in doc._.facts.entities if e.name == person]
    assert len(found.mentions) == 2


@pytest.mark.parametrize("text,org,mentions", [
    ("The chip was developed by Texas Instruments. Texas is keen to cash in on 3G phones.", "Texas Instruments", 2),
    # a newspaper's first word is the place (or its government), never the newspaper; a country stays one
    ("The Washington Post reported the talks. Washington said it would impose sanctions.", "Washington Post", 1),
    ("U.S. Southern Command said on Tuesday that the U.S. has taken steps.", "Southern Command", 1),
])
def test_a_place_word_the_subject_of_a_verb_is_the_company_it_starts(run, text, org, mentions):
    (company,) = [e for e in run(text)._.facts.entities if e.name == org]
    assert len(company.mentions) == mentions


def test_a_title_between_its_holder_and_a_name_is_no_part_of_the_holder(run):
    doc = run("New York Attorney General Eliot Spitzer said the firm had cheated investors.")
    assert ("GPE", "New York") in _entities(doc)
    assert ("Eliot Spitzer", "New York", "attorney general") in {
        (r.subject.name, r.object.name if r.object else None, r.role) for r in doc._.facts.relations}


def test_a_name_written_again_where_the_models_missed_it_is_a_mention_too(run):
    """One sense per article: "Fjordhavn" found once is found where it is written again in prose, not inside a
    longer capitalised name."""
    doc = run("Malmvik beat Bergen club Fjordhavn 2-0 on Thursday. Fjordhavn defender Ole Brekke was sent off after "
              "30 minutes. Fjordhavn have not won in five matches, and Fjordhavn Stadium was half empty.")
    (club,) = [e for e in doc._.facts.entities if e.name == "Fjordhavn"]
    assert club.label == "ORG" and len(club.mentions) == 3


def test_an_entity_takes_the_label_of_its_fullest_name(run):
    """"Kestrel Shipping" is an organisation, however often the models read the bare "Kestrel" as a person."""
    doc = run("Tidewater Logistics said it had bought Danish rival Kestrel Shipping. Kestrel, which operates 38 ships, "
              "was put up for sale in January. Kestrel's founder, Anders Holm, will join the board.")
    (kestrel,) = [e for e in doc._.facts.entities if e.name == "Kestrel Shipping"]
    assert kestrel.label == "ORG" and len(kestrel.mentions) == 3


@pytest.mark.parametrize("text,name,mentions", [
    # a club's abbreviation after the town is part of its name, and the town alone is the club
    ("Malmvik IF beat Fjordhavn 2-0 on Thursday. Malmvik coach Jonas Lind was delighted.", "Malmvik IF", 2),
    # the first word of a company's name written alone is the company
    ("Ostara Bio makes cancer drugs. Ostara, a San Diego specialist, was sold in 2022.", "Ostara Bio", 2),
])
def test_short_names_of_clubs_and_companies(run, text, name, mentions):
    (entity,) = [e for e in run(text)._.facts.entities if e.name == name]
    assert entity.label == "ORG" and len(entity.mentions) == mentions


def test_a_place_after_a_mayor_named_with_of_is_a_place(run):
    doc = run("Rebels killed Mayor Luis Caicedo of Suarez and two of his bodyguards on Monday.")
    assert ("GPE", "Suarez") in _entities(doc)
    assert ("Luis Caicedo", "Suarez", "mayor") in {
        (r.subject.name, r.object.name if r.object else None, r.role) for r in doc._.facts.relations}


@pytest.mark.parametrize("text,name", [
    ("Size, whose album won the 1997 Mercury Music Prize, played on Friday.", "Mercury Music Prize"),
    ("Cate Blanchett, who won a Bafta last year, was nominated again.", "Bafta"),
])
def test_prizes_and_awards_are_events(run, text, name):
    assert ("EVENT", name) in _entities(run(text))


@pytest.mark.parametrize("text", ["New Home Secretary Charles Clarke said the law would change.",
                                  "Former captain Martin Johnson watched from the stands."])
def test_an_adjective_of_a_title_opening_a_sentence_is_no_name(run, text):
    found = _entities(run(text))
    assert not any(name in {"New", "Former"} for _, name in found)


@pytest.mark.parametrize("text,label,name,mentions", [
    # an acronym defined in brackets is its organisation, hyphenated words' initials or not
    ("Amara Osei, the director-general of the Pan-African Health Agency (PAHA), visited Kisumu. PAHA said 40 "
     "people had died.", "ORG", "Pan-African Health Agency", {"Pan-African Health Agency", "PAHA"}),
    # a short form said as a word, its letters in the name in order, whatever the models read it as
    ("Fraud rose, say figures from the Association of Payment Clearing Services (Apacs). Online fraud totalled "
     "£43m, Apacs' figures show.", "ORG", "Association of Payment Clearing Services",
     {"Association of Payment Clearing Services", "Apacs"}),
    # a person with a title in apposition, whatever one model reads; the city she visits is a place
    ("Amara Osei, the director-general of the Pan-African Health Agency (PAHA), visited Kisumu.", "PERSON",
     "Amara Osei", {"Amara Osei"}),
    ("Amara Osei, the director-general of the Pan-African Health Agency (PAHA), visited Kisumu.", "GPE", "Kisumu",
     {"Kisumu"}),
    # a Korean given name over its hyphen, and the family name alone after it
    ("South Korean striker Kim Tae-hoon scored twice. Kim, 24, joined in July.", "PERSON", "Kim Tae-hoon",
     {"Kim Tae-hoon", "Kim"}),
    ("South Korean striker Choi Min-jae scored both goals as Kingsbridge Athletic came from behind.", "PERSON",
     "Choi Min-jae", {"Choi Min-jae"}),
    # a company named by its last word, and its first word alone
    ("Battery maker Hangzhou Power has sued Nordwind Mobility. Nordwind, based in Bremen, denied it.", "ORG",
     "Nordwind Mobility", {"Nordwind Mobility", "Nordwind"}),
    # a surname that is a date: after a title and a first name the models read alone, and alone with an age
    ("The film, the first feature by director Grace Friday, took $48.6 million. Friday, 34, grew up in Cardiff.",
     "PERSON", "Grace Friday", {"Grace Friday", "Friday"}),
    ("Coach Ruth Summer said the team was ready. Summer, 51, joined in 2019.", "PERSON", "Ruth Summer",
     {"Ruth Summer", "Summer"}),
    # a company word read as a name alone inside the pretrained company's name; its first word alone after it
    ("Battery maker Qiantang Power has sued Nordwind Mobility. Liang Meiyu, Qiantang's chairman, flew to Germany.",
     "ORG", "Qiantang Power", {"Qiantang Power", "Qiantang"}),
    # a race named for its town; a paper's last word read as a place
    ("Tigist Bekele broke the course record at the Lisbon Winter Marathon on Sunday.", "EVENT",
     "Lisbon Winter Marathon", {"Lisbon Winter Marathon"}),
    ("Mira Castellanos of the Hollywood Ledger said the film earned back its budget. Owen Price told the Ledger on "
     "Sunday: \"It works.\"", "ORG", "Hollywood Ledger", {"Hollywood Ledger", "Ledger"}),
    # a company by its first word read as a place; a club by its first club word, and by its town alone
    ("Deccan Rail Systems named Meera Iyer as chief executive. Deccan also hired Anjali Nair.", "ORG",
     "Deccan Rail Systems", {"Deccan Rail Systems", "Deccan"}),
    ("The Lagos bank Zenora Trust has bought Tamarind Credit. Zenora chief executive Chidi Monday was pleased.", "ORG",
     "Zenora Trust", {"Zenora Trust", "Zenora"}),
    ("Julián Arce scored twice as Atlético Ribera beat Deportivo Costa Sur 2-0. Arce joined Ribera in July.",
     "ORG", "Atlético Ribera", {"Atlético Ribera", "Ribera"}),
    ("Tom Hale is highly rated at Stade Rochelais, who beat Narbonne on Sunday.", "ORG", "Stade Rochelais",
     {"Stade Rochelais"}),
    # the rest of such a club's name, read as a person's
    ("Real Madrid beat Real Veloso 3-1 on Sunday. Owen scored twice against Veloso.", "ORG", "Real Veloso",
     {"Real Veloso", "Veloso"}),
    # a person by a title around the name, whatever the pretrained model's organisation
    ("Tan Mei Ling, the SVI's chief scientist, said the vaccine worked.", "PERSON", "Tan Mei Ling", {"Tan Mei Ling"}),
    ("The BPF's deputy leader, Faustin Bahati, was captured by the army.", "PERSON", "Faustin Bahati",
     {"Faustin Bahati"}),
    # a first name the models read as an organisation, and a surname that is a month
    ("The staff will keep their jobs, according to Olivia June, Tidemark's chief financial officer.", "PERSON",
     "Olivia June", {"Olivia June"}),
    ("Grupo Serrana said profit rose. Serrana chief executive Paulo Brandao told analysts.", "ORG", "Grupo Serrana",
     {"Grupo Serrana", "Serrana"}),
    # a generational suffix keeps its stop before a comma
    ("Ramon Dizon Sr., a senator since 2019, was elected leader. Dizon, 61, replaces Arturo Lim.", "PERSON",
     "Ramon Dizon Sr.", {"Ramon Dizon Sr.", "Dizon"}),
    # a city is a GPE, whatever the models' LOC
    ("Ana Lee grew up in Cardiff and now lives in Los Angeles.", "GPE", "Cardiff", {"Cardiff"}),
])
def test_names_of_real_news_shapes_are_one_entity(run, text, label, name, mentions):
    doc = run(text)
    (entity,) = [e for e in doc._.facts.entities if e.name == name]
    assert entity.label == label and {doc.text[s:e] for s, e in entity.mentions} == mentions


def test_a_town_s_name_after_a_capitalised_title_and_at_is_the_employer(run):
    """"Research from Halifax, the country's biggest mortgage lender ... Tom Reed, Group Economist at Halifax": the
    lender in both mentions, one organisation, not the town."""
    labels = {(e.label, e.name, len(e.mentions)) for e in run(
        "Research from Halifax, the country's biggest mortgage lender, suggests prices rose. Tom Reed, Group "
        "Economist at Halifax, said so.")._.facts.entities}
    assert ("ORG", "Halifax", 2) in labels and not any(label == "GPE" for label, _, _ in labels)


def test_a_known_place_after_of_in_an_organisation_s_name_is_no_short_form_of_it(run):
    """"Lloyd's of London ... the London insurance market": London is no mention of Lloyd's."""
    mentions = {e.name: len(e.mentions) for e in run(
        "Lloyd's of London has told its members to disclose their fees. The London insurance market said brokers "
        "must comply.")._.facts.entities}
    assert mentions.get("Lloyd's of London") == 1


def test_a_continent_s_people_word_is_no_short_name_of_an_organisation(run):
    """"the European Commission ... the European economy": the adjective is no word of the Commission."""
    mentions = {e.name: set(e.mentions) for e in run(
        "The study, by the European Commission, was published on Monday. EU leaders pledged the European economy "
        "would grow. The Commission said so.")._.facts.entities}
    assert len(mentions["European Commission"]) == 2  # its name, and "the Commission"; not "European"


def test_a_name_with_a_hyphenated_adjective_is_no_given_name(run):
    assert ("PERSON", "Tony Blair") in _entities(run("The Tony Blair-led government fell in 2007."))


@pytest.mark.parametrize("text,name,mentions", [
    # an institution called by its first word, read as a person or an unknown place
    ("Nathan May, a manager at Greywater University, was jailed. Greywater is also suing Lorenz Pharma.",
     "Greywater University", {"Greywater University", "Greywater"}),
    ("Joseph Wekesa met doctors at Lakeside County Hospital. Akinyi Otieno, a nurse at Lakeside, said staff were "
     "tired.", "Lakeside County Hospital", {"Lakeside County Hospital", "Lakeside"}),
])
def test_an_institution_called_by_its_first_word(run, text, name, mentions):
    doc = run(text)
    (entity,) = [e for e in doc._.facts.entities if e.name == name]
    assert entity.label == "ORG" and {doc.text[s:e] for s, e in entity.mentions} == mentions


def test_a_foundation_is_not_the_company_it_is_named_for(run):
    found = _entities(run("The Ford Foundation gave $5m. Ford said it would also give cars."))
    assert ("ORG", "Ford") in found and ("ORG", "Ford Foundation") in found


@pytest.mark.parametrize("text,entity", [
    ("Niger listed the group as a terrorist organisation on Monday.", ("GPE", "Niger")),
    ("Australian Senators Maya Thornbury and Lachlan Birch flew to Jakarta.", ("PERSON", "Lachlan Birch")),
])
def test_a_country_is_no_person_and_a_name_joined_to_a_person_is_one(run, text, entity):
    assert entity in _entities(run(text))


def test_cities_in_a_list_and_plural_nouns_opening_a_sentence(run):
    found = _entities(run("At Heathrow, Gatwick, Edinburgh and Glasgow airports, BAA launched a consultation. Groups "
                          "challenging the plans include Stop Stansted Expansion. Politicians should not decide."))
    assert {("GPE", "Edinburgh"), ("GPE", "Glasgow"), ("ORG", "BAA")} <= found
    assert not any(name in {"Groups", "Politicians"} for _, name in found)


def test_a_name_taking_which_as_a_subject_is_an_organisation_in_every_mention(run):
    text = ("Marla Quinn is parting company with its chief executive Tom Reed. Marla Quinn, which floated in 1995, is "
            "majority-owned by a Malaysian investor. Shares in Marla Quinn fell 4%.")
    labels = {e.name: e.label for e in run(text)._.facts.entities}
    assert labels.get("Marla Quinn") == "ORG" and labels.get("Tom Reed") == "PERSON"


def test_which_after_a_person_named_as_an_object_keeps_the_person(run):
    labels = {e.name: e.label for e in run("The mayor thanked Laura Finch, which pleased her family.")._.facts.entities}
    assert labels.get("Laura Finch") == "PERSON"


def test_a_club_nickname_written_again_opening_a_sentence_is_a_mention(run):
    doc = run("Tom Reed has been unveiled as the new Wolves manager. Wolves chief executive Ana Ruiz praised him.")
    wolves = next(e for e in doc._.facts.entities if e.name == "Wolves")
    assert len(wolves.mentions) == 2
    assert ("Ana Ruiz", "Wolves", "chief executive") in {
        (r.subject.name, r.object.name if r.object else None, r.role) for r in doc._.facts.relations}


def _labels(doc) -> dict[str, str]:
    return {e.name: e.label for e in doc._.facts.entities}


def test_a_works_title_written_again_is_the_work_again(run):
    text = ("Ana Ruiz took best actress for the drama Maria Full of Grace. The best screenplay award went to Tom Reed "
            "for Maria Full of Grace.")
    found = _entities(run(text))
    assert ("WORK_OF_ART", "Maria Full of Grace") in found
    assert not any(name in {"Maria Full", "Grace"} for _, name in found)


def test_a_name_a_work_noun_marks_is_that_work_in_every_mention(run):
    labels = _labels(run("Critics loved the low-budget movie Rosa Lane. Rosa Lane took three prizes, and Rosa Lane "
                         "sold out in Leeds. Its director Tom Reed was delighted."))
    assert labels.get("Rosa Lane") == "WORK_OF_ART" and labels.get("Tom Reed") == "PERSON"


@pytest.mark.parametrize("text,work,person", [
    # a name after "best <category> for" is the winning work, unless a known first name opens it (the winner)
    ("Dana Okafor won best actor for Harbour, and the jury gave best director for Mike Ferris.", "Harbour",
     "Mike Ferris"),
    # a name after "role in" or "starred in" is a work
    ("Okafor, who won a prize in 2001 for her leading role in Marigold, said she was proud.", "Marigold", None),
    # a prize's noun after "best" and before "for" (its "The" cut off), and the work noun of a sentence's subject
    ("Actor Dana Okafor took the best debut performance prize for The Harbour Lights.", "The Harbour Lights",
     "Dana Okafor"),
    ("Tom Reed won the award for best first feature for Coldwater Bay, which he wrote.", "Coldwater Bay", "Tom Reed"),
    ("The comedy Overcast has dominated this year's awards.", "Overcast", None),
    # the category right after "best", then "in" and the kind of work, before "for"
    ("Dana Okafor won best actress in a musical/comedy for Being Rosa.", "Being Rosa", "Dana Okafor"),
])
def test_awards_and_roles_mark_works(run, text, work, person):
    labels = _labels(run(text))
    assert labels.get(work) == "WORK_OF_ART"
    if person:
        assert labels.get(person) == "PERSON"


def test_a_player_for_a_club_is_no_work(run):
    labels = _labels(run("He was named best player for Chelsea last season, and Chelsea agreed."))
    assert labels.get("Chelsea") != "WORK_OF_ART"


def test_names_shaped_like_ipod_are_products(run):
    labels = _labels(run("Apple, which launched the iPod in 2001, said sales at the iTunes store rose."))
    assert labels.get("iPod") == "PRODUCT" and labels.get("iTunes") == "PRODUCT" and labels.get("Apple") == "ORG"


@pytest.mark.parametrize("text,products,others", [
    # listed with two products or more
    ("The suite includes iTunes, web browser Corvex, iPhoto, Harbour Sound and iSlate.",
     {"iTunes", "Corvex", "Harbour Sound"}, set()),
    # a person with a first name, and a maker, listed with products stay themselves
    ("He spoke about the iPod, iTunes and Steve Jobs.", {"iPod", "iTunes"}, {("PERSON", "Steve Jobs")}),
    ("Fans of the Xbox, the PlayStation 2 and Nintendo queued.", {"Xbox", "PlayStation 2"}, {("ORG", "Nintendo")}),
    # "Mac" is a known product, with its model after it
    ("The Mac Mini was launched by Apple last month. It is the cheapest Mac yet.", {"Mac Mini", "Mac"},
     {("ORG", "Apple")}),
    # bought, a known product is still a product, not a company taken over
    ("Many people will be buying a new Mac Mini and throwing away their old PC.", {"Mac Mini"}, set()),
    # a magazine named after a product is the magazine's publisher, an organisation
    ("Ian Harris, deputy editor of UK magazine Mac Format, said the Mac Mini would sell.", {"Mac Mini"},
     {("ORG", "Mac Format")}),
    # a known product listed after a work noun and "including" is no work ("programs")
    ("The holes affect Windows programs, including Internet Explorer (IE), media player and messaging.",
     {"Internet Explorer"}, set()),
])
def test_products_listed_with_products_and_after_a_browser(run, text, products, others):
    found = _entities(run(text))
    assert {("PRODUCT", name) for name in products} <= found
    assert others <= found


def test_a_word_of_an_organisations_name_after_the_is_that_organisation(run):
    # (a laboratory in apposition makes the long name an organisation)
    doc = run("Dublin's research laboratory, Harbour Labs Europe, is to close. The Labs needed more money, said Ana "
              "Ruiz, the Labs' director.")
    labs = next(e for e in doc._.facts.entities if e.name == "Harbour Labs Europe")
    assert labs.label == "ORG" and len(labs.mentions) == 3


@pytest.mark.parametrize("text,people", [
    # a singular person noun right before the name, or a plural one as the subject of "include" before a list
    ("Rapper Zed-K becomes label boss. Zed-K's label was sold to Universal.", {"Zed-K"}),
    ("Its artists include Big Tel, QXR and Ashanta.", {"Big Tel", "QXR", "Ashanta"}),
])
def test_names_a_person_noun_describes_are_people(run, text, people):
    labels = _labels(run(text))
    assert {name: labels.get(name) for name in people} == dict.fromkeys(people, "PERSON")


def test_a_club_after_champions_stays_a_club(run):
    labels = _labels(run("Holders Arsenal beat Premiership champions Blackburn Rovers at home."))
    assert labels.get("Blackburn Rovers") == "ORG"


def test_a_list_after_hits_include_is_of_works_and_a_person_read_name_before_label_is_an_organisation(run):
    labels = _labels(run("Rapper Zed-K will keep running the Tollgate label. One of the biggest rap stars, Zed-K's hits "
                         "have included Hard Rain Road and Paper Kingdom. He lost out on the best actor Bafta."))
    assert labels.get("Hard Rain Road") == "WORK_OF_ART" and labels.get("Paper Kingdom") == "WORK_OF_ART"
    assert labels.get("Zed-K") == "PERSON" and labels.get("Bafta") == "EVENT"


def test_a_country_before_team_stays_a_place(run):
    assert _labels(run("England team coach Andy Robinson said the England team was ready.")).get("England") == "GPE"


def test_a_quoted_nickname_inside_a_name_is_part_of_it(run):
    doc = run('Antonio "Tex" Marlow, chairman of the Vantage Music Group, said the deal was done.')
    labels = _labels(doc)
    assert labels.get('Antonio "Tex" Marlow') == "PERSON" and "Tex" not in labels
    assert ('Antonio "Tex" Marlow', "chairman") in {(r.subject.name, r.role) for r in doc._.facts.relations}


def test_a_quoted_word_after_a_verb_is_no_nickname(run):
    assert 'said "Hello" Tuesday' not in " ".join(_labels(run('Maria said "Hello" Tuesday to Tom Reed.')))


@pytest.mark.parametrize("text,name,label", [
    # an organisation noun heading an apposition after the name makes it an organisation, however the parse hangs it
    ("Sara Lim is chief executive of Tamborra, one of the largest retail groups in Malaysia.", "Tamborra", "ORG"),
    ("Shares in Vardelo, the Chilean company founded by the late Tomas Ibarra, fell 15%.", "Vardelo", "ORG"),
    # a verb after the organisation noun makes it a clause's subject: the name before it keeps its label
    ("Profits rose in Vorland, the bank said.", "Vorland", "GPE"),
    ("Fans in Kenya, a French company said, were angry.", "Kenya", "GPE"),
    # a noun after the organisation noun makes the apposition a person's ("a bank manager")
    ("He met Dana Okafor, a bank manager from Leeds.", "Dana Okafor", "PERSON"),
    # a building's last word makes a facility, whatever the models read; a club named for one stays a club
    ("The plane took off from Dayton International Airport and crashed.", "Dayton International Airport", "FAC"),
    ("They married at Brushy Mountain Penitentiary in Tennessee.", "Brushy Mountain Penitentiary", "FAC"),
    ("Crystal Palace beat Arsenal at Wembley Stadium.", "Wembley Stadium", "FAC"),
    ("Crystal Palace beat Arsenal at Wembley Stadium.", "Crystal Palace", "ORG"),
    ("The festival is held at Richfield Avenue every August.", "Richfield Avenue", "FAC"),
    ("He was attacked on Wilmslow Road in Manchester.", "Wilmslow Road", "FAC"),
    ("The men were pulled from the rubble of the Twin Towers.", "Twin Towers", "FAC"),
    # an election's name is an event
    ("Labour fought the General Election on the economy.", "General Election", "EVENT"),
    # a person noun tagged as an adjective before the name still marks a person
    ("Ross will be plumping for chart success from rapper Verbalicious on Sunday.", "Verbalicious", "PERSON"),
    # a state, country or city after a locative word and words of where in it is a place
    ("Lightning charred 10,000 acres in central Idaho on Monday.", "Idaho", "GPE"),
    ("The child died at Shands Hospital in nearby Gainesville.", "Gainesville", "GPE"),
    # a club named for a town stays a club where no locative word stands before it
    ("Chelsea beat Liverpool in the final.", "Liverpool", "ORG"),
    # a mountain, a lake or a river by its first word, a palace by its first word; a town so named stays a town
    ("Mount Blanc is in the Alps.", "Mount Blanc", "LOC"),
    # a name the pretrained model reads with its "the" as an organisation, the trained one as a person: no person's
    ("The Beaufort Hunt had one pack out on Thursday and has promised a hunt this weekend.", "Beaufort Hunt", "ORG"),
    # a pretrained person holding a surname's particle, the trained model reading two organisations around it
    ("Roma, Luigi del Neri's side, lost again on Sunday.", "Luigi del Neri", "PERSON"),
    # the chancellor's statement, an event whatever the models read
    ("The chancellor announced in the Budget that he would meet his rules.", "Budget", "EVENT"),
    # a city's name with an ending for its people
    ("This has left Londoners, or those travelling by cab in the capital, the worst at losing laptops.", "Londoners",
     "NORP"),
    ("They will march on the far side of the River Tyne from the venue.", "River Tyne", "LOC"),
    ("The company performed at the Palace of Fine Arts.", "Palace of Fine Arts", "FAC"),
    # a name with a person's title in apposition after it is a person
    ("Djama Elabe, the chairman of the Party for Democratic Renewal, is outraged.", "Djama Elabe", "PERSON"),
    # a bare title ending the apposition or going on with what it is of; initials opening the name
    ("RK Varma, fund manager with Kestrel Mutual Fund, said prices would rise.", "RK Varma", "PERSON"),
    ("Barclays, the UK's third-biggest bank, said profits rose.", "United Kingdom", "GPE"),
    ('"It is the best time," said Sri Mulyani Indrawati, State Minister for National Development Planning.',
     "Sri Mulyani Indrawati", "PERSON"),
    # a plural count and its "of" are no part of the people counted
    ("Millions of Indonesians use kerosene for cooking.", "Indonesians", "NORP"),
    # a street read as a place is a facility
    ("Wall Street listings are too costly.", "Wall Street", "FAC"),
    # "the Queen", whatever the models read: the monarch
    ("The Duchy of Lancaster provides the Queen's private income.", "Queen", "PERSON"),
    # a numbered unit keeps its numbers
    ("Soldiers of the 82nd Airborne Division arrived on Monday.", "82nd Airborne Division", "ORG"),
    ("He ordered Colonel Suraphong Khemasingkhi, the superintendent of BPP Unit 24, to mobilize a team.", "BPP Unit 24",
     "ORG"),
    ("Major Pramot Pansakun, the commander of the Region 2 Border Patrol Police, spoke.",
     "Region 2 Border Patrol Police", "ORG"),
    # a name before "and other" and a plural person noun or title is a person; before "and other companies" not
    ("The subcommittee was grilling Mason and other administration officials about the programme.", "Mason", "PERSON"),
    ("Apple and other companies sued Samsung.", "Apple", "ORG"),
    # a name no model reads: the place a seat is held for, a run of proper nouns ending in an organisation's last word
    ("Ann Cole, MP for Tarrowby in Kent, said she would stand down.", "Tarrowby", "GPE"),
    ("Prices will rise, said economist Tom Hale of Quillon Securities.", "Quillon Securities", "ORG"),
    # a name read as a person between "the new" and an organisation's title with no name after it
    ("Dan Price was appointed as the new Kelso manager on Monday.", "Kelso", "ORG"),
    # whoever a personal honorific names is a person, a common noun, a date word or an organisation's shape or not
    ("Mr Balls stepped down on Monday.", "Balls", "PERSON"),
    ("Ms Summer agreed on Monday.", "Summer", "PERSON"),
    ("Mr Kilroy-Silk, an MEP for the East Midlands, resigned.", "Kilroy-Silk", "PERSON"),
    # a name read as a person right before a title held for a seat is the seat; a person's full name is not
    ("Ms Kelly, a Cabinet Office minister and Tarrow West MP, arrived.", "Tarrow West", "GPE"),
    ("Fellow guest Ruth Kelly MP was also hit.", "Ruth Kelly", "PERSON"),
    # a club named by a club word and its town: the town stays a place where no team is meant
    ("Real Madrid beat Real Sociedad. Fans in Madrid were angry.", "Madrid", "GPE"),
    # who takes over, bids or is bought is a company in every mention; a person's bid is still a person's
    ("Voxtel has won a takeover battle for Quenta. Voxtel said Quenta would keep its name. Quenta shares rose.",
     "Quenta", "ORG"),
    ("Voxtel has won a takeover battle for Quenta. Voxtel said Quenta would keep its name.", "Voxtel", "ORG"),
    ("Dana Okafor launched her bid for the title. Okafor won in May.", "Dana Okafor", "PERSON"),
    # a word right after a noun for a company, or one owning shares, is a company in every mention
    ("Tom Hale sold his stake in oil giant Quenta. Quenta said it was sad.", "Quenta", "ORG"),
    ("Ann Bell is Quenta's largest shareholder. Quenta said so.", "Quenta", "ORG"),
    # a company's last word that opens a title after a place is no company's ("Zurich Financial" is one)
    ("Hong Kong Financial Secretary Donald Tsang said the territory was ready.", "Hong Kong", "GPE"),
    ("Shares in Zurich Financial fell on Monday.", "Zurich Financial", "ORG"),
    # a place owning a stock market owns no shares
    ("Shares on Asia's largest stock market, the Nikkei, fell slightly.", "Asia", "LOC"),
    ("Trading on Britain's stock market was slow.", "United Kingdom", "GPE"),
    # a full name read as an organisation whose surname the models read alone as a person is that person
    ("Tom Reed sold his stake to Leonid Nevzlin. Mr Nevzlin lives in Israel. Nevzlin said he was pleased.",
     "Leonid Nevzlin", "PERSON"),
    # a name before a lower-case noun for a building is the building in every mention; a city stays a city
    ("Police searched the Bernabeu stadium. The Bernabeu was empty.", "Bernabeu", "FAC"),
    ("Fans left Madrid airport on Monday.", "Madrid", "GPE"),
    ("If I am passing through Kings Cross station on my way to a meeting, I can log on.", "Kings Cross", "FAC"),
    # schools by their last words; religions are NORP
    ("They arrived at Tarrow High School for Girls on Friday.", "Tarrow High School for Girls", "ORG"),
    ("He said he had criticised Islam, not Muslims.", "Islam", "NORP"),
    # a possessive ending split off the word before opens no name; a name of two words before a building noun
    ("Esper visited Vietnam’s Hoa Lo prison on Tuesday.", "Hoa Lo", "FAC"),
    # a newspaper by its last word
    ("Prices rose, the Tarrow Bee reported.", "Tarrow Bee", "ORG"),
    # a run of capitalised words with a capitalised small word inside it is a work's title in title case
    ("Last year, Dust Of the Valley: The Return Of the Rider won best film, while Lost In Kyoto won best comedy.",
     "Dust Of the Valley: The Return Of the Rider", "WORK_OF_ART"),
    ("Last year, Dust Of the Valley: The Return Of the Rider won best film, while Lost In Kyoto won best comedy.",
     "Lost In Kyoto", "WORK_OF_ART"),
    ("The band closed with Riders On The Storm before midnight in Leeds.", "Riders On The Storm", "WORK_OF_ART"),
    # its small word in lower case before a word one model reads as a place no list knows
    ("In 2003, Dana Fox: The Edge of Reason, Hartwell and Skybound were all filmed in the UK.",
     "Dana Fox: The Edge of Reason", "WORK_OF_ART"),
    # and a possessive inside the title
    ("Jo Bell, who won for Three Rode Over the Heron's Nest, was there.", "Three Rode Over the Heron's Nest",
     "WORK_OF_ART"),
    ("Fans of Dana Fox's Days Of The Marsh came early.", "Dana Fox", "PERSON"),  # an owner before her work
    # a double name no first name nor honorific comes before is a firm's
    ("Volta sells three marques: Volta, Pico and Harland-Voss. Harland-Voss sold 100 cars in Asia.", "Harland-Voss",
     "ORG"),
    # a person written with a first name or an honorific somewhere
    ("Dana Harland-Voss quit the party. Harland-Voss said she was happy.", "Dana Harland-Voss", "PERSON"),
    ("Mr Harland-Voss said he was happy.", "Harland-Voss", "PERSON"),
    # a name read as an organisation, listed between two people, is a person; listed with organisations it stays one
    ("The nominees include Dana Reyes, Morgan Freeman and Cate Blanchett.", "Morgan Freeman", "PERSON"),
    ("Analysts at Goldman Sachs, Morgan Stanley and UBS agreed.", "Morgan Stanley", "ORG"),
    # initials and a surname the article names alone as a person's (a country's code as initials too); not a
    # country's short name before a body
    ("Peter Pan creator JM Barrie wrote it. Barrie died in 1937.", "JM Barrie", "PERSON"),
    ("The book by JK Rowling sold well. Rowling said she was pleased.", "JK Rowling", "PERSON"),
    ("UK Athletics said the team was picked. Athletics said no.", "UK Athletics", "ORG"),
    # one initial before a surname that speaks, whatever the models read the surname as; not before a thing
    ("E Hayot, writing in the culture magazine Print Talk, said: \"I played it a lot.\"", "E Hayot", "PERSON"),
    ("The E Street Band played in Leeds on Friday.", "E Street Band", "ORG"),
    ("S. Korea said on Monday that it would join the talks.", "S. Korea", "GPE"),
    # a country written with "&" read as an organisation: the country (or its side)
    ("Mladenovic, who has played for Serbia & Montenegro, joined Rangers.", "Serbia & Montenegro", "GPE"),
    # a cleric's honorifics before a name the models read as a place: a person, the honorifics no part of the name
    ("The Bishop of Leeds, the Rt Rev Michael Scott-Joynt, said the bill was wrong.", "Michael Scott-Joynt", "PERSON"),
    # a name read as a person after a title and "at", a firm's kind between: the employer
    ("Tom Hale, a research director at analyst Kestrelson, said sales rose.", "Kestrelson", "ORG"),
    ("Tom Hale, a lecturer at Anne Reed's school, said no.", "Anne Reed", "PERSON"),
    # a facility by its last word, or before a lower-case facility noun; not a known town, a body or a person
    ("He visited the Shri Kestrel Mandir Temple in Leeds.", "Shri Kestrel Mandir Temple", "FAC"),
    ("She was moved to Woodhill prison last year.", "Woodhill", "FAC"),
    ("Flights from Luton airport resumed on Monday.", "Luton", "GPE"),
    ("Shirley Temple sang at the gala.", "Shirley Temple", "PERSON"),
    # an organisation noun in apposition after its country's or owner's name
    ("KPCL, Kenya's largest power company, reported results.", "KPCL", "ORG"),
    # a one-word name every other name of its list is a person's; not a town
    ("Den was confronted by Zoe, Chrissie and Sam in the pub.", "Zoe", "PERSON"),
    ("The band played Leeds, Tom Hale and Ana Ruiz said.", "Leeds", "ORG"),
    # a model's name before a noun of manufactured things and the words that describe it
    ("Kestrel's Tarn TX-400 video jukebox came top.", "Tarn TX-400", "PRODUCT"),
    ("The Orvel Lumo SV digital camera came third.", "Orvel Lumo SV", "PRODUCT"),
    ("Halden launched the N72 phone on Monday.", "N72", "PRODUCT"),
    ("Halden also makes the 7610 phone.", "7610", "PRODUCT"),
    ("It is launching a new version of its 5-Series saloon next month.", "5-Series", "PRODUCT"),
    # a count before a model is no part of it, nor a unit after its number a model
    ("The airline agreed to buy 60 Kestrel 380 Skyliner aircraft.", "Kestrel 380 Skyliner", "PRODUCT"),
    ("White comes in 1.83 and 2 GHz models.", "GHz", None),
    # names joined before such a noun where one of them is a model, and any name before "models"; a list after the
    # "include" that "models" is the subject of; not makers alone
    ("The Navy ordered the Osprey and KX-200 aircraft last year.", "Osprey", "PRODUCT"),
    ("Kestrel unveiled the Arno and Vela models in Geneva.", "Vela", "PRODUCT"),
    ("New models made by Halden include the Halden Corsa, the Halden Vela and the Merida Sol.", "Halden Vela",
     "PRODUCT"),
    ("Nokia and Samsung phones sold well in Europe.", "Samsung", "ORG"),
    ("Tom Reed, KXLA-TV's general manager, said the show was dropped.", "Tom Reed", "PERSON"),
    ("Its channels include Comedy Central, VH1 and Country Music TV.", "VH1", None),
    # a particle and a given name the models leave out before a surname
    ("He destroyed South Africa's Os du Randt in the scrum.", "Os du Randt", "PERSON"),
    # a title after a channel's possessive, with a work noun after it or small words inside it, is a programme
    ("Dana Reyes told BBC One's Breakfast with Moss programme she would stay.", "Breakfast with Moss", "WORK_OF_ART"),
    ("Channel 4's Salt and the Harbour was a hit.", "Salt and the Harbour", "WORK_OF_ART"),
    ("She told Radio 4's Morning Call programme it was fine.", "Morning Call", "WORK_OF_ART"),
    # or opening with no known first name, no channel nor place nor organisation's name
    ("The show beat the BBC's Dancing With Giants in the ratings.", "Dancing With Giants", "WORK_OF_ART"),
    ("ITV's Pop Star Dreams made him famous.", "Pop Star Dreams", "WORK_OF_ART"),
    ("The BBC's Andrew Hale asked the minister about it.", "Andrew Hale", "PERSON"),
    ("They also host the BBC's Songs Sung For You.", "Songs Sung For You", "WORK_OF_ART"),  # small words
    ("Channel 4's January audience share rose by 12%.", "January", None),  # a date
])
def test_a_label_from_the_words_around_a_name(run, text, name, label):
    assert _labels(run(text)).get(name) == label


@pytest.mark.parametrize("text,name", [
    # an organisation noun in a hyphenated modifier heads no apposition
    ("He created Grange Hill, the school-based drama serial.", "Grange Hill"),
    # nor one whose verb follows, adverb or not: the noun opens a clause
    ("With Cheese, the company now sells salads.", "Cheese"),
])
def test_an_organisation_noun_that_heads_no_apposition(run, text, name):
    assert _labels(run(text)).get(name) != "ORG"


@pytest.mark.parametrize("label,kept", [("GPE", "FAC"), ("ORG", "ORG")])
def test_a_street_read_as_a_place_is_a_facility_and_as_an_organisation_stays_one(nlp, label, kept):
    text = "Downing Street said the plan was wrong."
    assert (kept, "Downing Street") in _read_by_the_models_as(nlp, text, 0, 2, label)


def test_a_prefix_glued_to_a_name_is_no_part_of_it(run):
    entities = run("SEC to rethink post-Enron rules\n\nEnron collapsed in 2001.")._.facts.entities
    assert [(e.name, len(e.mentions)) for e in entities if "Enron" in e.name] == [("Enron", 2)]


def test_a_name_before_a_company_title_and_a_person_is_the_company_in_every_mention(run):
    """Read as a place in most mentions, a name that no list knows as a place, right before a company's title and a
    person's name, is the company throughout."""
    text = ("Electrolux to move jobs\n\nElectrolux saw its shares rise 14% on Tuesday after it said it would move "
            "plants to Asia, eastern Europe and Mexico.\n\nThe Swedish firm has two sites in County Durham, but the "
            "plants there could be hit by Electrolux's plan to sell its garden unit. Electrolux's brands include AEG "
            "and Zanussi. \"It is grim,\" said Electrolux chief executive Hans Berg.")
    assert _labels(run(text)).get("Electrolux") == "ORG"


def test_a_count_before_a_noun_of_manufactured_things_is_no_model(run):
    assert "42" not in _labels(run("Jet Airways has 42 aircraft and flies to Delhi."))


def test_a_count_after_an_organisation_stays_a_count(run):
    assert "Acme 2" not in _labels(run("Acme 2 Ltd was not named. Acme won 2 games in March."))


def test_a_club_written_as_its_town_where_a_team_is_meant_is_the_club(run):
    labels = _labels(run("Real Madrid beat Real Sociedad on Sunday. Madrid midfielder Tom Hale was sent off."))
    assert labels.get("Real Madrid") == "ORG" and "Madrid" not in labels


@pytest.mark.parametrize("text,name,wrong", [
    ("Voxtel bid for Quenta. Buying Quenta would give Voxtel a global network.", "Quenta", "Buying Quenta"),
    ("Sir Tom Hale has died. Born Thomas Edward Hale in 1920, he was educated in Leeds.", "Thomas Edward Hale",
     "Born Thomas Edward Hale"),
])
def test_a_verb_opening_a_sentence_is_no_part_of_the_name_after_it(run, text, name, wrong):
    labels = _labels(run(text))
    assert name in labels and wrong not in labels


def test_of_two_full_names_the_one_opening_with_a_first_name_is_the_name(run):
    doc = run("Fuming Reed blasts officials\n\nEngland coach Andy Reed was livid on Saturday. Reed said so.")
    assert "Andy Reed" in {e.name for e in doc._.facts.entities if e.label == "PERSON"}


def test_an_institution_named_up_to_its_possessive_is_the_institution(run):
    doc = run("The head of Christian Brothers' school St Fintian's, Ann Cole, spoke. St Fintian's High School says it "
              "is named.")
    schools = [e for e in doc._.facts.entities if e.name == "St Fintian's High School"]
    assert len(schools) == 1 and len(schools[0].mentions) == 2


@pytest.mark.parametrize("text,languages,peoples", [
    ("The game was adapted to teach German to pupils in the north.", {"German"}, set()),
    ("She speaks fluent French and learned Italian and Welsh at school.", {"French", "Italian", "Welsh"}, set()),
    ("The film was dubbed into English and sold with Spanish subtitles.", {"English", "Spanish"}, set()),
    # a people's word elsewhere stays a people's, beside the same word for a language too
    ("The German team beat the French in Paris.", set(), {"German", "French"}),
    ("The German firm Lingo made a game to teach German to pupils.", {"German"}, {"German"}),
])
def test_entities_languages_by_the_words_about_them(run, text, languages, peoples):
    found = _entities(run(text))
    assert {("LANGUAGE", name) for name in languages} <= found
    assert {("NORP", name) for name in peoples} <= found


@pytest.mark.parametrize("text,things,company", [
    ("The new SUV has LED lights and a GPS unit, Toyota said.", {"SUV", "LED", "GPS"}, "Toyota"),
    # the technologies phones and networks use
    ("The handset supports GPRS and Bluetooth, and Nokia said it would add ADSL modems.", {"GPRS", "Bluetooth", "ADSL"},
     "Nokia"),
    # file sharing and recording: technologies, no companies
    ("Experiments with P2P cannot stop, and DRM will not save the VCR, Sony said.", {"P2P", "DRM", "VCR"}, "Sony"),
    # illnesses
    ("The Aids epidemic spread and Sars hit trade, Oxfam said.", {"Aids", "Sars"}, "Oxfam"),
    ("Oxfam said TB in England was rising.", {"TB"}, "Oxfam"),
    # a network and a shareholders' meeting
    ("Players link up over a LAN, and Tesco holds its AGM on 14 March.", {"LAN", "AGM"}, "Tesco"),
    # a computer's parts and ports, the web's, a tax
    ("The Orvel mini has Firewire and Ethernet ports and 256MB of RAM, Dell said.", {"Firewire", "Ethernet", "RAM"},
     "Dell"),
    ("It costs £399 including VAT, and your ISP can help, Tesco said.", {"VAT", "ISP"}, "Tesco"),
    # a government's document by its kind
    ("The government published a new White Paper, and a Green Paper will follow, Tesco said.",
     {"White Paper", "Green Paper"}, "Tesco"),
    # the net's protocols, and a technology spelled out beside its acronym
    ("Every device needs an IP address, so IPv6 will replace IPv4 and TCP/IP stays, Cisco Systems said.",
     {"IP", "IPv6", "IPv4", "TCP/IP"}, "Cisco Systems"),
    ("Subscribers via DSL (Digital Subscriber Line) doubled, and Asymmetric Digital Subscriber Line (ADSL) is fast, "
     "Ofcom said.", {"Digital Subscriber Line", "Asymmetric Digital Subscriber Line"}, "Ofcom"),
])
def test_common_acronyms_of_things_are_no_names(run, text, things, company):
    labels = _labels(run(text))
    assert not things & set(labels) and labels.get(company) == "ORG"


def test_a_verb_for_a_work_is_no_cue_for_a_work(run):
    assert _labels(run("McCarthy named the team to play Liechtenstein on Saturday.")).get("Liechtenstein") == "GPE"


def test_a_headlines_person_noun_is_no_part_of_the_name(run):
    labels = _labels(run("Rapper Jay-Z becomes label boss\n\nRap star Jay-Z is to become a record company executive. "
                         "Jay-Z will run the label."))
    assert labels.get("Jay-Z") == "PERSON" and not {"Rapper Jay-Z", "Rap"} & set(labels)


def test_a_body_named_for_its_holder_s_title_is_one_name(run):
    doc = run("A report by the Office of the Deputy Prime Minister said so. The Office of the Deputy Prime Minister "
              "(ODPM) agreed.")
    (office,) = [e for e in doc._.facts.entities if e.label == "ORG"]
    assert office.name == "Office of the Deputy Prime Minister" and len(office.mentions) == 3
    labels = _labels(run('"It was the least bad outcome," Mr. Morgan of the Sierra Club said.'))
    assert labels.get("Morgan") == "PERSON" and labels.get("Sierra Club") == "ORG"


def test_the_oscar_before_a_noun_is_the_award(run):
    doc = run("Bookmakers back Glass Harbour for Oscar\n\nThe film Glass Harbour has been tipped by bookmakers to win the "
              "top prize. The actress Oscar nominee was pleased. Oscar Wilde wrote plays.")
    labels = _labels(doc)
    assert labels.get("Academy Awards") == "EVENT" and labels.get("Oscar Wilde") == "PERSON" and "Oscar" not in labels


def test_a_person_noun_before_a_name_outweighs_a_plural_verb(run):
    # a coordinated subject's plural verb says nothing of the name: the person noun before it does
    doc = run("Singer Ann Vale backs the campaign.\n\nVale and drum 'n' bass star Roni Size have released a new single "
              "to fight gun crime. Size said it mattered.")
    assert _labels(doc).get("Roni Size") == "PERSON"


@pytest.mark.parametrize("text,name,label", [
    # a plural person noun before names listed with a person's: each a person, whatever the models read
    ("Irish horse racing millionaires JP McManus and John Magnier own 29% of the club.", "JP McManus", "PERSON"),
    ("Veteran actors TC Dunne and Peter Ward will star in the play.", "TC Dunne", "PERSON"),
    # a plural noun of bodies before a list of companies: companies
    ("Investment banks JP Morgan and Goldman Sachs advised on the deal.", "JP Morgan", "ORG"),
])
def test_a_plural_person_noun_before_a_list_of_names(run, text, name, label):
    assert _labels(run(text)).get(name) == label


def test_a_nationality_word_opening_a_name_stays_in_it(run):
    assert "American League" in _labels(run("The American League beat the National League. The American League won."))


@pytest.mark.parametrize("text,name,mention", [
    # a surname of two words, written alone after the full name, read as an organisation
    ("Hicham El Guerrouj won in Athens. El Guerrouj said he was tired.", "Hicham El Guerrouj", "El Guerrouj"),
])
def test_a_part_of_a_full_name_written_again_is_the_person(run, text, name, mention):
    doc = run(text)
    person = next(e for e in doc._.facts.entities if e.name == name)
    assert person.label == "PERSON" and mention in {doc.text[s:e] for s, e in person.mentions}


def test_a_town_named_like_a_first_name_stays_a_town(run):
    labels = _labels(run("Frederick Forsyth wrote a book. He lives near Frederick, Maryland."))
    assert labels.get("Frederick") == "GPE"


def test_a_news_outlet_run_into_a_persons_name_is_two_names(run):
    labels = _labels(run("Sources told the BBC Michael Howard has always been in favour of ID cards."))
    assert labels.get("Michael Howard") == "PERSON" and "BBC Michael Howard" not in labels and "ID" not in labels


def test_an_organisations_name_written_once_with_a_plural_is_the_same_organisation(run):
    doc = run("Quillon Labs Europe is to shut down. In its accounts, Quillon Lab Europe said it spent 8 million euros.")
    names = {e.name for e in doc._.facts.entities if e.label == "ORG"}
    assert len([n for n in names if n.startswith("Quillon")]) <= 1


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name(run):
    labels = _labels(run("Despite Suprnova administrator Sloncek saying the site would close, fans were angry."))
    assert "Suprnova" in labels and "Despite Suprnova" not in labels


def test_a_papers_name_before_its_noun_and_al_qaeda_are_organisations(run):
    labels = _labels(run("Gen Musharraf said al-Qaeda was on the run. The Mirror newspaper said it had a dossier."))
    assert labels.get("al-Qaeda") == "ORG" and labels.get("Mirror") == "ORG" and "Qaeda" not in labels


def test_a_country_that_is_most_of_an_organisations_name_stays_in_it(run):
    doc = run("Sales rose on US TV last year, the EU Commission said.")
    names = {e.name for e in doc._.facts.entities if e.label == "ORG"}
    assert "TV" not in names and "Commission" not in names


def test_a_sequel_of_a_work_named_so_is_a_work(run):
    labels = _labels(run("She is best known for the 70s horror classic Halloween. The sequel Halloween II followed."))
    assert labels.get("Halloween II") == "WORK_OF_ART"


@pytest.mark.parametrize("text,name,label", [
    # a capital letter joined by a hyphen opens a company's name; a US party's letter before a state does not
    ("Finnish security firm F-Secure said the virus was spreading.", "F-Secure", "ORG"),
    # a party's name ends at its last word before a capitalised department title
    ("Scottish National Party Justice Minister Kenny MacAskill said the ruling was wrong.",
     "Scottish National Party", "ORG"),
    ("Labour Party Health Spokesman Tom Reed objected.", "Labour Party", "ORG"),
    # a title the trained model joins to a first name, where the pretrained one reads the whole name
    ("Bank of England Governor Mervyn King spoke on Tuesday.", "Mervyn King", "PERSON"),
    # a name listed with a team after a word for opponents is a team; a person listed with a club elsewhere is not
    ("The midfielder had good displays against West Brom and Aston Villa.", "West Bromwich Albion", "ORG"),
    ("Thierry Henry and Arsenal agreed terms on Monday.", "Thierry Henry", "PERSON"),
    # a country's name with "and" in it is one name; two countries joined by "and" stay two
    ("Jelena Jankovic (Serbia and Montenegro) beat the seventh seed.", "Serbia and Montenegro", "GPE"),
    ("France and Germany agreed on Monday.", "Germany", "GPE"),
    # a name after "the" ending in a law's word is a law
    ("MPs debated the Gambling Bill on Monday, and the Gambling Bill passed.", "Gambling Bill", "LAW"),
    # a name the models read as a person's, right before "subsidiary", is a company's, in every mention
    ("The former Mendes subsidiary was sold last year to a shell company. Mendes is suing the buyers in a US court.",
     "Mendes", "ORG"),
    # a plural title and one word inside a name read whole: a body's name, not a title and a person
    ("The Financial Economists Roundtable said the deficit was growing.", "Financial Economists Roundtable", "ORG"),
    # a name before "seat" or after "MP for" is a constituency, not a person or an organisation; a party's stays
    ("Ann Reed, who won the Tatton seat from the Tories, spoke.", "Tatton", "GPE"),
    ("Ann Reed, who won the Hexley seat from the Tories, spoke.", "Hexley", "GPE"),
    ("The Labour seat fell to the Tories.", "Labour Party", "ORG"),
    # a constituency's name of two places joined by "and" after "MP for" is one name
    ("The Tory MP for Ashby and North Wellow voted against it.", "Ashby and North Wellow", "GPE"),
    # an award before its laureate's noun is no employer
    ("Nobel economics laureate William Sharpe signed the statement.", "Nobel", "EVENT"),
    ("Harvard economist Tom Reed signed the statement.", "Harvard", "ORG"),
    # an institution "of" two subjects joined by "and" is one name, not a work
    ("She won a scholarship to the Hartley School of Speech and Drama when she was 15.",
     "Hartley School of Speech and Drama", "ORG"),
    ("The Hartley Department of Health and Tom Reed agreed on Monday.", "Tom Reed", "PERSON"),
    # and an institution for the study of subjects listed with commas and "and"
    ("Games study\n\nAnn Dale of the Centre for the Study of Children, Youth and Media at the University of Leeds "
     "said so.", "Centre for the Study of Children, Youth and Media", "ORG"),
    ("The Northern Organisation for Economic Co-operation and Development cut its forecast.",
     "Northern Organisation for Economic Co-operation and Development", "ORG"),
    # and one named for two places named together, not one named beside a second place
    ("The chairman of the Prison Officers Federation of England and Wales objected.",
     "Prison Officers Federation of England and Wales", "ORG"),
    ("The Rowing Association of England and the Welsh clubs met.", "Rowing Association of England", "ORG"),
    # a prize before its winner's or nominee's noun, or joined to "-winning", is a prize (an event); not a party
    ("Oscar nominee Dana Okafor arrived late.", "Academy Awards", "EVENT"),
    ("Golden Globe winner Dana Okafor arrived late.", "Golden Globes", "EVENT"),
    ("The Bafta-winning drama returns.", "Bafta", "EVENT"),
    ("Labour nominee Tom Reed lost the seat.", "Labour Party", "ORG"),
    # a country and the lower-case noun it describes: the country alone
    ("The actor told US magazine People that he was happy.", "United States", "GPE"),
    ("The actor told US magazine People that he was happy.", "People", "ORG"),
    # a name's last word "Co" goes on over its hyphen
    ("Ministers met at the Indian Ocean Trade Co-operation summit in Perth.", "Indian Ocean Trade Co-operation", "ORG"),
    # and one listed with organisations after a plural noun for organisations
    ("British casino operators Northgate Clubs International, Penley Group and Stanley Leisure welcomed the bill.",
     "Stanley Leisure", "ORG"),
])
def test_entities_names_bounded_and_labelled_by_the_words_beside_them(run, text, name, label):
    assert (label, name) in {(e.label, e.name) for e in run(text)._.facts.entities}


def test_entities_a_family_title_before_a_first_name_is_no_part_of_it(run):
    doc = run("Tobias Fenwick died on Friday. She recalled the man she knew as Uncle Tobias.")
    people = {e.name: len(e.mentions) for e in doc._.facts.entities if e.label in {"PERSON", "ORG"}}
    assert people == {"Tobias Fenwick": 2}


def test_entities_a_team_line_up_lists_people_joined_to_their_full_names(run):
    text = ("Hugo Southwell scored early for Scotland and Andy Craig made the pass.\n\n"
            "Scotland: C Paterson; S Danielli, A Craig, H Southwell, S Lamont; D Parks, G Bulloch (capt), J Petrie.")
    entities = {e.name: e for e in run(text)._.facts.entities}
    assert len(entities["Hugo Southwell"].mentions) == 2 and len(entities["Andy Craig"].mentions) == 2
    assert {"S Lamont", "D Parks", "G Bulloch", "C Paterson"} <= {n for n, e in entities.items() if e.label == "PERSON"}


def test_entities_line_up_names_with_two_initials_particles_or_in_full(run):
    # two initials, a hyphenated one, a surname's particle in either case, a player named in full among the
    # initialled ones; the report's full names, read by the models as anything, join the line-up's initialled ones
    text = ("Tries from Bruno Castellan and Rafael de Vos sealed it, Castellan adding a late drop goal.\n\n"
            "Portmoor: R de Vos; KP Hallam, J-P Arnaud, Matteo Ruggeri, CA del Moro; A Lo Presti, B Castellan, "
            "D Dal Pino, G Varga (capt).\n\n"
            "The squad flew on to New York, Hong Kong, Los Angeles and Sao Paulo.")
    entities = {e.name: e for e in run(text)._.facts.entities}
    people = {n for n, e in entities.items() if e.label == "PERSON"}
    assert {"KP Hallam", "J-P Arnaud", "Matteo Ruggeri", "CA del Moro", "A Lo Presti", "D Dal Pino",
            "G Varga"} <= people
    assert len(entities["Bruno Castellan"].mentions) == 3 and entities["Bruno Castellan"].label == "PERSON"
    assert len(entities["Rafael de Vos"].mentions) == 2
    # names of places listed with commas are no line-up: no initials among them
    assert not {"New York", "Hong Kong", "Los Angeles"} & people


@pytest.mark.parametrize("text,absent,present", [
    ("The new drug may help people with Alzheimer's, Multiple Sclerosis and Motor Neurone Disease.",
     {"Alzheimer's", "Alzheimer", "Multiple Sclerosis", "Motor Neurone Disease"}, set()),
    ("Cases of Huntington's disease rose, the Institute of Tropical Diseases said.", {"Huntington"},
     {("ORG", "Institute of Tropical Diseases")}),
    # a person of that surname named in the article keeps the name
    ("Presenter Jane Parkinson said Parkinson's new show starts in May.", set(), {("PERSON", "Jane Parkinson")}),
])
def test_entities_an_illness_is_no_name(run, text, absent, present):
    entities = _entities(run(text))
    assert not {name for _, name in entities} & absent and present <= entities


def test_entities_an_initial_joins_only_the_full_name_it_starts(run):
    text = "Simon Easterby and Guy Easterby both played.\n\nIreland: S Easterby, G Easterby, J Hayes, P Stringer."
    entities = {e.name: len(e.mentions) for e in run(text)._.facts.entities}
    assert entities["Simon Easterby"] == 2 and entities["Guy Easterby"] == 2


def test_entities_a_paper_named_for_a_day_is_no_date(run):
    text = "A new book by Sunday Telegraph journalist Robert Peston came out on Sunday."
    doc = run(text)
    assert ("ORG", "Sunday Telegraph") in {(e.label, e.name) for e in doc._.facts.entities}
    assert [text[d.start:d.end] for d in doc._.facts.dates] == ["Sunday"] and doc._.facts.dates[0].start > 60


@pytest.mark.parametrize("text,name,mentions", [
    # a country's short name opening a headline's company name, the company written alone elsewhere
    ("US Ahold suppliers face charges\n\nUS prosecutors have charged nine food suppliers with helping the supermarket "
     "giant Ahold inflate earnings. Ahold shares tumbled on the news.", "Ahold", 3),
    ("US Airways cut jobs. US Airways said the cuts were needed.", "US Airways", 2),  # a name always so written
])
def test_entities_a_country_before_a_company_written_alone(run, text, name, mentions):
    entities = {e.name: len(e.mentions) for e in run(text)._.facts.entities}
    assert entities.get(name) == mentions


def test_entities_a_headline_adjective_is_no_part_of_the_name(run):
    text = ("Troubled Marsh under SEC scrutiny\n\nThe regulator is investigating Marsh & McLennan. Marsh has said it "
            "is co-operating fully. Since October, Marsh has replaced its chief executive.")
    doc = run(text)
    names = {e.name for e in doc._.facts.entities}
    marsh = [e for e in doc._.facts.entities if any(text[a:b] == "Marsh" for a, b in e.mentions)]
    # the headline's "Marsh", cut from its adjective, and every "Marsh" after are the company's short name
    assert "Troubled Marsh" not in names and len(marsh) == 1 and marsh[0].name in {"Marsh", "Marsh & McLennan"}


def test_entities_a_clubs_last_word_alone_is_the_club(run):
    text = ("Robbie Savage has joined Blackburn Rovers from Birmingham City. Rovers boss Mark Hughes said he was "
            "delighted. United Nations officials met.")
    entities = {e.name: (e.label, len(e.mentions)) for e in run(text)._.facts.entities}
    assert entities["Blackburn Rovers"] == ("ORG", 2) and "United Nations" in entities


def test_entities_city_alone_is_the_one_city_club_the_article_names(run):
    entities = {e.name: (e.label, len(e.mentions)) for e in run(
        "Bristol City won 2-0 on Saturday. City's striker scored twice. Fans in Bristol cheered.")._.facts.entities}
    assert entities["Bristol City"] == ("ORG", 2) and "City" not in entities
    assert "City" in {e.name for e in run("Shares rose in the City. Traders in the City were calm.")._.facts.entities}


def test_entities_a_name_the_models_cut_at_and_is_one(run):
    text = ("Unison's 800,000 workers and the Transport and General Workers' Union's 70,000 are being balloted. "
            "Unison and the General Workers' Union met on Monday.")
    names = {e.name for e in run(text)._.facts.entities}
    assert "Transport and General Workers' Union" in names and "Transport" not in names and "Unison" in names


def test_entities_a_title_word_inside_an_organisation_s_name_splits_off_no_person(run):
    """"the Transport and General Workers Union (TGWU)": "General" is no rank of a person called "Workers Union" (a
    name ending in an organisation's word); a title before a person's name still splits ("Health and Human
    Services Inspector Richard Kusserow")."""
    text = ("The move by Amicus and the Transport and General Workers Union (TGWU) was a surprise. The TGWU has "
            "800,000 members. Health and Human Services Inspector Richard Kusserow said so.")
    entities = {e.name: (e.label, len(e.mentions)) for e in run(text)._.facts.entities}
    assert entities["Transport and General Workers Union"] == ("ORG", 3)
    assert "Union" not in entities and "Transport" not in entities
    assert entities["Richard Kusserow"][0] == "PERSON"


def test_entities_an_institution_for_a_purpose_and_its_written_acronym(run):
    text = ("The Internet Corporation for Assigned Names and Numbers (Icann) approved the plan. Icann said it was "
            "pleased.")
    entities = {e.name: (e.label, len(e.mentions)) for e in run(text)._.facts.entities}
    assert entities == {"Internet Corporation for Assigned Names and Numbers": ("ORG", 3)}


def test_entities_a_title_after_a_people_s_word_is_no_part_of_its_name(run):
    names = {e.name for e in run("John Marsh, a Republican Senator, agreed.")._.facts.entities}
    assert "Republican Senator" not in names and "Republican Party" in names


@pytest.mark.parametrize("text,name", [
    # a run of capitalised words whose initials, with or without its joiners', spell the acronym after it
    ("The plan was attacked by Shoppers Against Retail Tracking and Numbering (Sartan), which warned it was wrong.",
     "Shoppers Against Retail Tracking and Numbering"),
    ("Members of the Kestrel Valley Walkers Association (KVWA) met.", "Kestrel Valley Walkers Association"),
    # in capitals, which the models may split at "and"; with the country they read with it, and a title's word in it
    ("The data came from officials at the US Food and Drug Administration (FDA) last year.",
     "Food and Drug Administration"),
    ("The Association of Chief Harbour Officers (ACHO) said no.", "Association of Chief Harbour Officers"),
])
def test_entities_a_name_spelled_by_its_acronym_is_one(run, text, name):
    entities = {e.name: e.label for e in run(text)._.facts.entities}
    assert entities.get(name) == "ORG" and len(entities) == 1


@pytest.mark.parametrize("text,name,label", [
    # each name listed after a plural place noun and "of" is a place, whatever the models read
    ("Objectors include the London boroughs of Hillingdon and Wandsworth.", "Wandsworth", "GPE"),
])
def test_entities_places_listed_after_a_place_noun(run, text, name, label):
    assert {e.name: e.label for e in run(text)._.facts.entities}.get(name) == label


@pytest.mark.parametrize("text,names", [
    # two places joined by a hyphen, read as one, are two
    ("Ownership of the unit is the obstacle to a London-Frankfurt merger.", {"London", "Frankfurt"}),
    ("The Paris-Dakar rally starts in January.", {"Paris", "Dakar"}),
])
def test_entities_places_joined_by_a_hyphen_are_two(run, text, names):
    assert names <= {e.name for e in run(text)._.facts.entities if e.label == "GPE"}


def test_entities_a_name_before_a_company_s_unit_is_a_company(run):
    labels = {e.name: e.label for e in run(
        "Shareholders fear Harlow Bourse's control over its Clearstream unit. Harlow's ownership of Clearstream is the "
        "obstacle. Acme sold its German unit.")._.facts.entities}
    assert labels.get("Clearstream") == "ORG" and labels.get("German") == "NORP"


@pytest.mark.parametrize("text,name,label", [
    # a one-word name listed with a company named by its last word is a company, where the models read a town
    ("European insurers were hit. Zurich Financial, Allianz and Axa also suffered a decline in value.", "Allianz",
     "ORG"),
    ("European insurers were hit. Zurich Financial, Allianz and Axa also suffered a decline in value.",
     "Zurich Financial", "ORG"),
    # a known town in such a list stays a town, and no company makes a list of towns companies
    ("Offices of Harlow Holdings, Leeds and Bristol were closed.", "Bristol", "GPE"),
    ("Snow fell on Allianz, Leeds and Bristol.", "Allianz", "GPE"),
    # the last of a list of companies, two words read as a person's, no first name opening them
    ("The delegation included representatives of BASF, Siemens and Cadbury Schweppes.", "Cadbury Schweppes", "ORG"),
    ("The panel included Nokia, Sony and Tom Reed.", "Tom Reed", "PERSON"),
])
def test_entities_names_listed_with_a_company(run, text, name, label):
    assert {e.name: e.label for e in run(text)._.facts.entities}.get(name) == label


def test_entities_a_first_name_listed_with_a_company_is_made_no_company(run):
    entities = {e.name: e.label for e in run("Insurers were hit. Zurich Financial, Allianz and Maria also lost value.")
                ._.facts.entities}
    assert entities.get("Allianz") == "ORG" and entities.get("Maria") != "ORG"


@pytest.mark.parametrize("text,name", [
    # the capitalised words before a company's suffix are its name, whatever pieces the models read
    ("Ann Reid, head of festival organisers Big Day Out Ltd, said the event would be the best yet.",
     "Big Day Out Ltd"),
    # not a sentence's opening word that is no name
    ("Yesterday Vardex Ltd said it would cut jobs.", "Vardex Ltd"),
    # "Co" after capitalised words joined by "and", however the models cut them
    ("China's Hanwell Iron and Steel Co. said it was delaying a share sale.", "Hanwell Iron and Steel Co."),
    ("Hanwell Iron and Steel Co said profits rose.", "Hanwell Iron and Steel Co"),
])
def test_entities_a_company_by_its_suffix(run, text, name):
    assert {e.name: e.label for e in run(text)._.facts.entities}.get(name) == "ORG"


@pytest.mark.parametrize("text,name,mentions", [
    # an institution's head, "for" and capitalised words no model read: one name
    ("US factory output rose in May, a survey showed. The Institute for Supply Management (ISM) index of activity "
     "stayed above 50.", "Institute for Supply Management", ["Institute for Supply Management", "ISM"]),
    # an acronym no model read that is the initials of an organisation the article names: that organisation
    ("The Financial Times reported the deal on Monday. Glazer has not commented, the FT said.", "Financial Times",
     ["Financial Times", "FT"]),
])
def test_entities_an_institution_and_its_initials_no_model_read(run, text, name, mentions):
    doc = run(text)
    entity = next((e for e in doc._.facts.entities if e.name == name), None)
    assert entity is not None and entity.label == "ORG" and [doc.text[a:b] for a, b in entity.mentions] == mentions


def test_entities_and_co_after_one_name_makes_no_company_of_it(run):
    assert "Cole and Co" not in _labels(run("Ashley Cole and Co were beaten again on Saturday."))


@pytest.mark.parametrize("text,name", [
    ("The Commons public accounts committee said the plan was flawed.", "Commons public accounts committee"),
    ("Parliament's environment committee met.", "Parliament's environment committee"),
    ("MPs on the Commons culture, media and sport committee agreed.", "Commons culture, media and sport committee"),
])
def test_entities_a_committee_named_in_lower_case_is_one_organisation(run, text, name):
    assert _labels(run(text)).get(name) == "ORG"


@pytest.mark.parametrize("text,absent", [
    ("Labour's committee met on Monday.", "Labour's committee"),  # a possessive and the bare noun: no name
    ("The Commons voted for the bill, and a committee will study it.", "Commons voted for the bill, and a committee"),
])
def test_entities_no_committee_without_its_name(run, text, absent):
    assert absent not in _labels(run(text))


def test_entities_the_committee_speaks_for_the_committee_named_in_lower_case(run):
    doc = run("The Commons home affairs committee said the plan was flawed. The committee added that costs had risen.")
    assert [q.speaker.name for q in doc._.facts.quotes] == ["Commons home affairs committee"] * 2


def test_entities_a_club_s_town_opening_a_sentence_is_the_club(run):
    """The first word of a club's name, read alone elsewhere, is the club also where the tagger reads it as a common
    noun opening a sentence ("Sale host Bath")."""
    doc = run("Sale Sharks coach Tom Hale is angry.\n\nSale host Bath in the cup on Friday. The game is vital, as "
              "Sale lost all three league matches they played.")
    (club,) = [e for e in doc._.facts.entities if e.name == "Sale Sharks"]
    assert len(club.mentions) == 3


def test_entities_a_name_opened_by_two_peoples_words_is_one(run):
    entities = {e.name: e.label for e in run("Tama Umaga warned the British and Irish Lions would be fearsome. British "
                                             "and Irish fans agreed.")._.facts.entities}
    assert entities.get("British and Irish Lions") == "ORG" and "Irish Lions" not in entities
    assert entities.get("British") == "NORP"  # fans of two peoples: two nationalities


@pytest.mark.parametrize("text,name,label", [
    ("American Robby Ginepri beat Olivier Rochus in Auckland.", "Robby Ginepri", "PERSON"),  # a nationality first
    ("Often Pipex customers complain about the service.", "Pipex", None),  # an adverb opening the sentence
    ("All Blacks fans were delighted.", "All Blacks", "ORG"),  # a name that opens with a function word stays whole
    # an -ly adverb, a conjunction or a determiner opening the sentence; a country left is a place
    ("Eventually Zoltrix will sell the robot abroad.", "Zoltrix", None),
    ("Yet Dario Lufkin, the firm's boss, said no.", "Dario Lufkin", "PERSON"),
    ("Another Paterson try sealed the game for the visitors.", "Paterson", None),
    ("Yet Britain's response has shone a light on our character.", "United Kingdom", "GPE"),
    # the same opening a quotation
    ('He said: "Yet Britain\'s response has shone a light on our character."', "United Kingdom", "GPE"),
    ('She added: "Eventually Zoltrix will sell the robot abroad."', "Zoltrix", None),
    ("Family Planning Association staff agreed to the plan.", "Family Planning Association", "ORG"),
    ("Beverly Hills police said they were looking for him.", "Beverly Hills", None),
])
def test_entities_words_before_a_name_that_are_no_part_of_it(run, text, name, label):
    entities = {e.name: e.label for e in run(text)._.facts.entities}
    assert name in entities and (label is None or entities[name] == label)


def test_entities_works_listed_after_include_are_whole_titles(run):
    doc = run("Her hits include What a Girl Wants, Dirrty and Genie in a Bottle. Def Jam's artists include DMX and Ashanti.")
    entities = {e.name: e.label for e in doc._.facts.entities}
    assert {n: entities.get(n) for n in ("What a Girl Wants", "Dirrty", "Genie in a Bottle")} == dict.fromkeys(
        ("What a Girl Wants", "Dirrty", "Genie in a Bottle"), "WORK_OF_ART")
    assert entities.get("Ashanti") == "PERSON"  # artists are no works


@pytest.mark.parametrize("text,name,label", [
    # in an article about sport a town's name and "City", "Town" or "County" is the club, not a city's own name
    ("The winger has agreed a move to Leeds United from Birmingham City. The striker scored twice against Stoke "
     "City last season, and the manager said the club had accepted the fee.", "Stoke City", "ORG"),
    ("The winger has agreed a move to Leeds United from Birmingham City. The striker scored twice against Stoke "
     "City last season, and the manager said the club had accepted the fee.", "Birmingham City", "ORG"),
    ("The striker scored twice in the final in Mexico City last season, and the manager said the club had "
     "accepted the fee for the winger.", "Mexico City", "GPE"),
    ("The champion will defend his title in Atlantic City, and the manager said the fight would be his last "
     "before the striker's testimonial match.", "Atlantic City", "GPE"),
])
def test_entities_a_town_club_read_as_a_place(run, text, name, label):
    assert _labels(run(text)).get(name) == label


@pytest.mark.parametrize("text,name,label", [
    # a town right after a player's title and "for" is the player's club; a country stays the nation
    ("Bennett, an inspirational fly-half for Llanelli and Wales in the 1970s, said so.", "Llanelli", "ORG"),
    ("Bennett, an inspirational fly-half for Llanelli and Wales in the 1970s, said so.", "Wales", "GPE"),
    ("Ana Ruiz has been a prolific striker for Leeds this season.", "Leeds", "ORG"),
])
def test_entities_a_town_after_a_players_title_and_for(run, text, name, label):
    assert _labels(run(text)).get(name) == label


@pytest.mark.parametrize("text", [
    # a nation opening a sentence, tagged a (plural) noun, is a name all the same
    "Wales beat France 24-18 in Paris on Saturday.",
    "Wales travel to Edinburgh to face Scotland next.",
])
def test_entities_a_nation_opening_a_sentence_as_a_noun(run, text):
    assert _labels(run(text)).get("Wales") == "GPE"


def test_entities_us_parties_and_the_greens_by_their_short_names(run):
    doc = run("Republicans said the plan was wrong. Democratic Senator Kent Dale agreed. The Greens stayed silent.")
    names = {e.name: e.label for e in doc._.facts.entities}
    assert names["Republican Party"] == names["Democratic Party"] == names["Green Party"] == "ORG"
    doc = run("Robbie Green scored twice for Leeds. Green said he was delighted.")
    assert {(e.name, e.label, len(e.mentions)) for e in doc._.facts.entities if e.label == "PERSON"} == {
        ("Robbie Green", "PERSON", 2)}  # a surname, no party


@pytest.mark.parametrize("text,labels", [
    # who wins, is named or is beaten to a "best" category is what the category's noun says they are
    ("Blue Harbour won best group at the awards, while Hollis beat Zeddo to best newcomer.",
     {"Blue Harbour": "ORG", "Hollis": "PERSON", "Zeddo": "PERSON"}),
    ("In the international categories, Carraway beat Usko, Delmar and Ana Ruiz to best male.",
     {"Carraway": "PERSON", "Usko": "PERSON", "Delmar": "PERSON"}),
])
def test_entities_names_in_an_award_category(run, text, labels):
    found = _labels(run(text))
    assert {name: found.get(name) for name in labels} == labels


def test_entities_listed_works_after_a_makers_possessive_or_their_kind(run):
    # an item may open with its maker's name and a possessive mark, or a word of its kind and a work noun; a
    # possessive before no title ends the list
    doc = run("Nominated films include Comedy drama Blue Harbour, Tomas Varga's Winter Lanterns and Mara Kell's "
              "Dust Road. Its rivals include Spain's best-selling novel of the year.")
    entities = {e.name: e.label for e in doc._.facts.entities}
    assert {n: entities.get(n) for n in ("Blue Harbour", "Winter Lanterns", "Dust Road")} == dict.fromkeys(
        ("Blue Harbour", "Winter Lanterns", "Dust Road"), "WORK_OF_ART")
    assert "Comedy" not in entities and entities.get("Spain") == "GPE"


def test_a_works_title_read_over_a_comma_into_the_next_name_gives_way():
    # the models read "Blue Harbour, David Marsh" as one organisation where the title is written again in a list
    doc = English().make_doc("Critics loved Blue Harbour . Awards went to Tom Reed for Blue Harbour , David Marsh for "
                             "Dust Road")
    spans = [Span(doc, 2, 4, label="WORK_OF_ART"), Span(doc, 8, 10, label="PERSON"),
             Span(doc, 11, 16, label="ORG")]
    found = {(s.text, s.label_) for s in _works_written_again(doc, spans)}
    assert {("Blue Harbour", "WORK_OF_ART"), ("David Marsh", "PERSON")} <= found
    assert not any("," in text for text, _ in found)


@pytest.mark.parametrize("text,absent", [
    # a headline's capitals, a small word opening the sentence, a title before a person's name
    ("Remodeling Planned To Improve Rocket Launch Tokyo DAILY NEWS in Japanese 21 Feb", "Remodeling Planned To Improve"),
    ("At The Oval, Surrey won by six wickets.", "At The Oval"),
    ("Secretary Of State Marco Rubio visited Quito on Monday.", "Secretary Of State Marco Rubio"),
    ("The mayor of Leeds met the Bank of England governor.", "Leeds met the Bank of England"),
])
def test_entities_a_capitalised_run_that_is_no_title(run, text, absent):
    assert absent not in _labels(run(text))


@pytest.mark.parametrize("text,name", [
    # a maker's name alone before the noun stays the maker; a noun describing another names no model
    ("Halden phones sold well in Leeds.", "Halden"),
    ("Fans parked in the Halden Arena car park.", "Halden Arena"),
])
def test_entities_a_maker_before_a_noun_of_its_things_stays_the_maker(run, text, name):
    labels = _labels(run(text))
    assert name in labels and labels[name] != "PRODUCT"


def test_entities_a_broadcaster_s_reporter_is_a_person(run):
    assert _labels(run("The BBC's Nick Robinson and Channel 4's Jon Snow asked.")) == {
        "BBC": "ORG", "Nick Robinson": "PERSON", "Channel 4": "ORG", "Jon Snow": "PERSON"}


def test_entities_a_company_s_division_for_a_part_of_the_world_is_one_organisation(run):
    doc = run("Halden Motors unveiled a car. It will not be sold in Asia, said Halden Europe president Ana Ruiz. "
              "Halden said sales rose.")
    assert ("has_role", "Ana Ruiz", "Halden Europe", "president") in {
        (r.predicate, r.subject.name, r.object.name if r.object else None, r.role) for r in doc._.facts.relations}
    assert {e.name: len(e.mentions) for e in doc._.facts.entities if e.label == "ORG"} == {
        "Halden Motors": 2, "Halden Europe": 1}


def test_entities_a_name_with_an_age_after_it_is_a_person(run):
    doc = run('Harlow midfielder Edu wants to stay. And Edu, 26, added: "I like the club."')
    assert {e.name: (e.label, len(e.mentions)) for e in doc._.facts.entities}.get("Edu") == ("PERSON", 2)
    assert [q.speaker.name for q in doc._.facts.quotes] == ["Edu"]


def test_entities_a_capitalised_the_after_a_persons_possessive_opens_a_work(run):
    entities = {e.name: e.label for e in run("The shortlist includes Colm Toibin's The Master, judges said.")._.facts.entities}
    assert entities.get("The Master") == "WORK_OF_ART" and entities.get("Colm Toibin") == "PERSON"


@pytest.mark.parametrize("text,name", [
    ("Swedish pop quartet Zabba split in 1982.", "Zabba"),  # a one-word name after a noun for a band or brand
    ("He admitted spying for MI6 for two years.", "MI6"),  # letters and digits name no person
    ("Paul Hale, principal security consultant at Cisco, said attacks were rising.", "Cisco"),  # a title's "at"
    # a capital inside one word after three small letters: a firm, read as a person or a place
    ("GlaxoSmithKline saw its profits fall 9% last year.", "GlaxoSmithKline"),
    ("Analysts at TowerGroup said banks were wary of the plan.", "TowerGroup"),
])
def test_entities_organisations_the_models_read_as_people(run, text, name):
    assert ("ORG", name) in _entities(run(text))


@pytest.mark.parametrize("text,name", [
    ("They included two wedding bands Ozzy gave her.", "Ozzy"),  # plural: the rings, no band's name
    ("The firm hired a consultant at Smith's suggestion, Tom Smith said.", "Tom Smith"),
    ("Ms McDonald and Leonardo DiCaprio arrived late.", "Leonardo DiCaprio"),  # a short prefix: a surname
])
def test_entities_people_after_those_words_stay_people(run, text, name):
    assert ("PERSON", name) in _entities(run(text))


@pytest.mark.parametrize("text,present,absent", [
    # an ordinal in figures opens an organisation's name; a work noun inside a longer noun makes no work
    ("News Corp owns the 20th Century Fox film studio.", {("ORG", "20th Century Fox")}, {"Century Fox"}),
    ("The 82nd Airborne Division arrived on Monday.", {("ORG", "82nd Airborne Division")}, set()),
    # the films after "releases include"
    ("Recent film releases include I Heart Huckabees and Sideways.",
     {("WORK_OF_ART", "I Heart Huckabees"), ("WORK_OF_ART", "Sideways")}, {"Heart Huckabees"}),
])
def test_entities_ordinals_in_names_and_works_after_releases(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities and not {name for _, name in entities} & absent


def test_entities_a_line_up_of_surnames_is_people(run):
    text = ("Kingsbridge v Portmoor\n\nHale makes one change, with Tom Vale on the wing.\n\n"
            "Delport; Pieters, Rasmussen, O'Leary, Vale; Brown, Powell; Windo, Van Niekerk, Horsman (capt).\n\n"
            "Replacements: Fortey, Daly, Hayes, Trueman, C Jones.\n\nSubs Not Used: Knight, Cole.\n\n"
            "The talks took in France, Germany, Italy, Spain "
            "and Portugal.")
    entities = _entities(run(text))
    people = {name for label, name in entities if label == "PERSON"}
    assert {"Delport", "O'Leary", "Van Niekerk", "Horsman", "Fortey", "Trueman", "C Jones", "Tom Vale", "Knight",
            "Cole"} <= people
    assert {("GPE", "France"), ("GPE", "Portugal")} <= entities


def test_entities_a_squad_s_headings_are_no_names(run):
    text = ("Norland squad\n\nNorland named their squad on Monday.\n\nForwards: Tom Vale, Ian Hale, Dan Cole, Jo Marr, "
            "Ed Rhys, Sam Pike, Ali Dunn, Ben Lowe. Backs: Rob Kerr, Max Ward, Lee Finch, Tim Orme.")
    doc = run(text)
    names = {e.name for e in doc._.facts.entities}
    assert {"Tom Vale", "Rob Kerr"} <= names and not {"Forwards", "Backs"} & names
    assert not doc._.facts.quotes  # a squad's list is no one's words


@pytest.mark.parametrize("text,present,absent", [
    # a number inside or ending a name, the trained model cutting at it
    ("Campaign group Fathers 4 Justice staged a protest in London.", {("ORG", "Fathers 4 Justice")}, {"Fathers"}),
    ("Kenzie joined the Channel 4 show on Monday.", {("ORG", "Channel 4")}, {"Channel"}),
    # the other model's name with its number before a full stop or a preposition, and so again in a headline
    ("Redmond bid\n\nThe series was screened on Channel 4.", {("ORG", "Channel 4")}, {"Channel"}),
    ("Redmond's Channel 4 bid\n\nThe creator of the soap has offered to buy Channel 4.", {("ORG", "Channel 4")},
     {"Channel"}),
    # a result and a unit are no name's number
    ("Leeds 2 Hull 1\n\nLeeds won easily.", {("ORG", "Leeds"), ("ORG", "Hull")}, {"Leeds 2"}),
    ("The MacBook Pro 16 inch model is worth $2,000.", set(), {"MacBook Pro 16"}),
    # a sequel's number before the name's verb
    ("Despite rave reviews Half-Life 2 did not appear in the list.", {("ORG", "Half-Life 2")}, {"Half-Life"}),
])
def test_entities_numbers_in_names(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities and not {name for _, name in entities} & absent


@pytest.mark.parametrize("text,name", [
    ("Mr Vale's father, Azmat, said he was delighted.", "Azmat"),  # in apposition to a family word
    ("She thanked her son Paris for his help.", "Paris"),  # right after an owned family word
])
def test_entities_a_relatives_name_is_a_person(run, text, name):
    assert ("PERSON", name) in _entities(run(text))


def test_entities_the_replacements_on_the_line_after_a_line_up(run):
    # a line of surnames with commas alone right after the team's line (a "D'Arcy" in it) is the replacements
    text = ("Kingsbridge 17-28 Portmoor\n\nPortmoor won well.\n\n"
            "Murphy, Horgan, Brady, D'Arcy, Hickie, Quinn, Stringer, Corrigan, Byrne, Hayes, Foley.\n\n"
            "Sheahan, Horan, Callaghan, Miller, G Easterby, Humphreys, Dempsey.\n\n"
            "The tour took in France, Germany, Italy, Spain and Portugal.")
    entities = _entities(run(text))
    people = {name for label, name in entities if label == "PERSON"}
    assert {"D'Arcy", "Hayes", "Foley", "Sheahan", "Humphreys", "Dempsey", "G Easterby"} <= people
    assert {("GPE", "France"), ("GPE", "Portugal")} <= entities


def test_entities_a_line_up_with_commas_alone_listing_players_the_report_names(run):
    text = ("Kingsbridge 0-5 Portmoor\n\nPortmoor's Tom Halliwell scored twice and Ian Sheridan added a third. Petrov "
            "and Juninho combined for the fourth. Juninho Silva and Ivan Petrov were outstanding.\n\n"
            "Halliwell, Mensing, Bollan, Balmer, Potter, Sheridan (Burns 61), Arbuckle (Gilhaney 61), Gibson.")
    entities = _entities(run(text))
    people = {name for label, name in entities if label == "PERSON"}
    assert {"Balmer", "Potter", "Arbuckle", "Burns", "Gilhaney", "Ivan Petrov", "Juninho Silva"} <= people
    assert not any("and" in name.split() for _, name in entities)


@pytest.mark.parametrize("text,present,absent", [
    # a region after a comma and its town, ending the clause: a place, whatever the models read
    ("The man, 45, was held at his home in Burnley, Lancashire.", {("GPE", "Lancashire")}, set()),
    # not a name before its verb
    ("A firm based in Leeds, Yorkshire Bank, said so.", {("ORG", "Yorkshire Bank")}, {("GPE", "Yorkshire Bank")}),
])
def test_entities_a_region_after_its_town(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities and not absent & entities


def test_entities_a_line_up_after_a_bare_colon_and_two_players_joined_by_and(run):
    # the page's team name lost before the colon: the line of surnames is still a line-up; two players the report
    # names joined by "and" are two people, not one organisation
    text = ("Kingsbridge seal win\n\nGoals from Gregory Halvard and Nacho Tenorio gave Kingsbridge victory.\n\n"
            "Striker Tenorio scored late.\n\n"
            ": Douglas, McNamara, Balde, Varga, Laursen, Petrov, Lennon, Sutton, Thompson, Halvard, Hartson.\n\n"
            "Subs: Marshall, Henchoz, Lambert, Maloney, Wallace, McGeady.")
    entities = _entities(run(text))
    people = {name for label, name in entities if label == "PERSON"}
    assert {"Varga", "Laursen", "Petrov", "Sutton", "Gregory Halvard", "Nacho Tenorio"} <= people, entities
    assert not any("and" in name.split() for _, name in entities)


@pytest.mark.parametrize("text,present,absent", [
    # a company's first word the trained model reads as a nationality
    ("Its parent company Deutsche Telekom owns 74% of the shares.", {("ORG", "Deutsche Telekom")}, {"Telekom"}),
    # a month before an organisation is no part of it
    ("The September Treasury bond rose sharply.", set(), {"September Treasury"}),
])
def test_entities_a_word_before_a_company_the_trained_model_left_out(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities and not {name for _, name in entities} & absent


@pytest.mark.parametrize("text,present,absent", [
    # a trade's noun opening the sentence before a company's name is no part of it
    ("Housebuilder George Wimpey said sales rose.", {("ORG", "George Wimpey")}, {"Housebuilder George Wimpey"}),
    # several: the trade in the plural, its companies listed after it
    ("Miners Tavora Rock and Kellan Ore agreed to raise prices.", {("ORG", "Tavora Rock")}, {"Miners Tavora Rock"}),
    ("Retailers Marlow and Asda cut prices.", {("ORG", "Marlow"), ("ORG", "Asda")}, {"Retailers Marlow"}),
    # a company whose name opens with the trade keeps it
    ("Bankers Trust rose.", {("ORG", "Bankers Trust")}, {"Trust"}),
    # a time zone ending a time is no part of the name after it
    ("P&O Cruises is now part of the huge US Carnival Corporation. By 1300 GMT Carnival's shares in London were "
     "down a penny.", {("ORG", "Carnival Corporation")}, {"GMT Carnival", "Carnival"}),
    # a noun that opens names stays in them
    ("Bank Of England rates rose.", {("ORG", "Bank Of England")}, {"Of England"}),
    # a common noun opening a sentence before a title and a name is the title's word, not an organisation
    ("Film director Quentin Tarantino is to direct an episode. Arsenal boss Arsene Wenger was angry.",
     {("PERSON", "Quentin Tarantino")}, {"Film"}),
])
def test_entities_a_trade_noun_opening_a_sentence(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found and not {name for _, name in found} & absent


@pytest.mark.parametrize("text,present", [
    # a name the models read as a person, opened by an adjective that is no first name: an organisation
    ("Electronic Arts said its games sold well, and EA shares rose.", {("ORG", "Electronic Arts")}),
    # first names that are also words stay people's
    ("Frank Lampard scored and Rich Gannon passed.", {("PERSON", "Frank Lampard"), ("PERSON", "Rich Gannon")}),
])
def test_entities_no_person_opens_with_an_adjective(run, text, present):
    assert present <= _entities(run(text))


@pytest.mark.parametrize("text,present", [
    # a person noun opening the sentence describes the person after the title, not the party before it
    ("Veteran Labour MP Jack Darrow has said he will stand down. Labour won in 1997.",
     {("ORG", "Labour Party"), ("PERSON", "Jack Darrow")}),
    ("Veteran Labour MP Jack Darrow has said he will stand down.", {("ORG", "Labour Party")}),
    # a person noun right before a name still makes it a person's
    ("Talks ended. The veteran Dursley said he would go.", {("PERSON", "Dursley")}),
])
def test_a_person_noun_before_a_party_and_title(run, text, present):
    assert present <= _entities(run(text))


@pytest.mark.parametrize("text,label,name", [
    # a name in apposition to a companion's or a relative's noun is a person's, whatever the models read
    ("Ravi has accused Anand Jain, a confidant of his brother Sunil, of playing a negative role.", "PERSON",
     "Anand Jain"),
    # or to a person's noun
    ("The plant was sold to Rinat Oskarov, the country's richest man, for $800m.", "PERSON", "Rinat Oskarov"),
    # not a country's
    ("Britain, a close friend of the US, backed the plan.", "GPE", "United Kingdom"),
    ("Gazprom, the country's biggest firm, sold it.", "ORG", "Gazprom"),
    ("Epps thanked Norman Vail, 83, of Trapper Creek, Alaska, the last man to see the planes.", "GPE", "Trapper Creek"),
    ("The Vandals, aka British rapper and songwriter Mike Dane, topped the poll.", "ORG", "Vandals"),
])
def test_a_companion_or_relative_in_apposition_is_a_person(run, text, label, name):
    assert (label, name) in _entities(run(text))


def test_a_firm_named_with_its_possessive_mark_keeps_it():
    """"Harrow's said ...", "informed Harrow's that": the mark owns nothing there, so it is part of the firm's name, in
    its owning mentions too; not a contraction ("Smith's been"), a person's ("It was Blair's"), a place's, nor a
    word the mark owns that is written like a verb's bare form ("copies Lale's hit")."""
    from pipeline.api import extract

    text = ("Brewer Harrow's has bid for the winemaker Calder. Harrow's said the offer was fair. Calder has informed "
            "Harrow's that it will not back the bid. Harrow's chief executive Ian Lowe said it was a good fit. "
            "Smith's been sacked. It was Blair's. Britain's economy grew. Rival Lale says Vexa copies Lale's hit game.")
    entities = {(f.label, f.name, len(f.mentions)) for f in extract(text) if f.kind == "entity"}
    assert ("ORG", "Harrow's", 4) in entities
    assert not {name for _, name, _ in entities} & {"Harrow", "Smith's", "Blair's", "Lale's"}


@pytest.mark.parametrize("text", ["The board backed the A$4.17-a-share offer.", "It raised HK$3m and C$2bn."])
def test_a_dollar_s_mark_is_no_name(run, text):
    assert not any("$" in name for _, name in _entities(run(text)))


@pytest.mark.parametrize("text,present,absent", [
    # capitalised words run on to a word that ends names of gatherings or bodies are one name
    ("The chip was shown at the Western Solid State Circuits Conference in Denver.",
     {("EVENT", "Western Solid State Circuits Conference")}, {"Western Solid"}),
    ("A study by the Harlow Internet and Civic Life Project found that.",
     {("ORG", "Harlow Internet and Civic Life Project")}, {"Civic Life Project"}),
    ("Engineers at the Brandt Nordic-Baltic Lab for Wireless Research built it.",
     {("ORG", "Brandt Nordic-Baltic Lab for Wireless Research")}, {"Wireless Research"}),
    # not across a person's name, nor on to a date
    ("Joel Marsh of First Harbour Union said rates would rise.", {("PERSON", "Joel Marsh")}, set()),
    ("The U.N. Security Council on Friday condemned the coup.", set(),
     {"U.N. Security Council on Friday", "Security Council on Friday"}),
])
def test_names_run_to_their_last_word(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities and not {name for _, name in entities} & absent


@pytest.mark.parametrize("text,name", [
    # "in" after a stake or shares names what is owned, a company in every mention, not a place in one
    ("Harrow bought a 20% stake in Calderwood last year. Calderwood rejected the bid. Calderwood's shares rose.",
     "Calderwood"),
    ("Shares in Wexley rose 5%. Wexley chairman Tom Hale said the sale was good. Wexley owns six tracks.", "Wexley"),
])
def test_a_company_owned_in_a_stake_keeps_one_label(run, text, name):
    assert {label for label, found in _entities(run(text)) if found == name} == {"ORG"}


@pytest.mark.parametrize("text,names", [
    # names listed after a brand noun's "include", or right before a plural brand noun, are brands
    ("Calder, whose brands include Penfold, Brookmere and Lindholm, rejected the offer.",
     {"Penfold", "Brookmere", "Lindholm"}),
    ("Harrow owns the Beringer and Wolf Hale brands among others.", {"Beringer"}),
])
def test_brands_listed_are_no_people_or_places(run, text, names):
    labels = _labels(run(text))
    assert all(labels.get(name) not in {"PERSON", "GPE", "LOC", "FAC"} for name in names)
    assert all(name in labels for name in names)


@pytest.mark.parametrize("text,present", [
    # a party's nickname the models missed, as a verb's subject, is the party
    ("Tories say the plan will cost jobs.", ("ORG", "Conservative Party")),
    ("Lib Dems claim the sums do not add up.", ("ORG", "Liberal Democrats")),
    # two words joined by a colon with no space around it are one title
    ("She used to present CD:UK on ITV1 every week.", ("WORK_OF_ART", "CD:UK")),
    # a middle initial written without its full stop joins the first name to the person
    ("He played the writer Hunter S Thompson in the film.", ("PERSON", "Hunter S Thompson")),
])
def test_party_subjects_and_middle_initials(run, text, present):
    assert present in _entities(run(text))


@pytest.mark.parametrize("text", ["The talks start at 10:30 on Monday.", "The sign read: Stop here."])
def test_a_clock_time_or_a_spaced_colon_is_no_title(run, text):
    assert not any(":" in name for _, name in _entities(run(text)))


def _read_by_the_models_as(nlp, text: str, start: int, length: int, label: str):
    """The entities of ``text`` when the models read its tokens from ``start`` as one name of ``label`` (and nothing
    after it), as they may in an article: the rule layer's answer to that reading."""
    from spacy.tokens import Span

    from pipeline.entities.merge import STASH_KEY

    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "newsfacts_entities":
            break
        doc = proc(doc)
    doc.ents = [e for e in doc.ents if e.end <= start] + [Span(doc, start, start + length, label=label)]
    doc.spans[STASH_KEY] = [e for e in doc.spans[STASH_KEY] if e.end <= start]
    return {(e.label, e.name): len(e.mentions) for e in nlp.get_pipe("newsfacts_entities")(doc)._.facts.entities}


@pytest.mark.parametrize("honorific", ["Professor", "Sir", "Ms"])
def test_entities_a_name_after_an_honorific_read_as_an_organisation_is_the_person(nlp, honorific):
    """"Professor Whitfield" (as the trained model may read it) is a person: the title opens no company's name."""
    text = (f"{honorific} Dana Whitfield, of the University of Harwich, spoke. "
            f"\"It is safe,\" {honorific} Whitfield said.")
    second = [t.i for t in nlp.make_doc(text) if t.text == honorific][1]
    entities = _read_by_the_models_as(nlp, text, second, 2, "ORG")
    assert entities.get(("PERSON", "Dana Whitfield")) == 2 and not any(label == "ORG" and "Whitfield" in name
                                                                        for label, name in entities)


@pytest.mark.parametrize("text,word,label,kept", [
    # a common noun opening a sentence that the article also writes in lower case, or a verb, is no name
    ("Dana Okafor spoke. Cider and perry are heavily taxed. The cider market is shrinking.", "Cider", "ORG", False),
    ("Dana Okafor spoke. Stay tuned for more.", "Stay", "GPE", False),
    # a word the article also writes capitalised inside a sentence is kept
    ("Dana Okafor spoke. Harvest said sales rose. Shares in Harvest fell, and the harvest was poor.", "Harvest", "ORG",
     True),
])
def test_entities_a_common_word_opening_a_sentence(nlp, text, word, label, kept):
    start = next(t.i for t in nlp.make_doc(text) if t.text == word)
    assert ((label, word) in _read_by_the_models_as(nlp, text, start, 1, label)) is kept


def test_entities_two_names_side_by_side_written_whole_elsewhere_are_one(run):
    """"Swiss Re ... Swiss Re, the insurer": the second mention read as a people and a company is the name written
    whole before it."""
    doc = run("Swiss Re said claims from hurricanes would rise. Swiss Re, the world's second biggest insurer, cut its "
              "forecast.")
    mentions = {doc.text[start:end] for entity in doc._.facts.entities if entity.name == "Swiss Re"
                for start, end in entity.mentions}
    assert mentions == {"Swiss Re"} and "Swiss" not in {e.name for e in doc._.facts.entities}


@pytest.mark.parametrize("title", ["leader", "chairman", "deputy leader"])
def test_entities_a_lower_case_title_ending_a_name_is_no_part_of_it(nlp, title):
    """"The Green Alliance leader will visit" read as one name: a name ends in no lower-case title, so the party is
    the name and the title is its holder's (a capitalised last word stays: "Bank of England Governor" is cut by the
    role's own rule only where a name follows)."""
    text = f"Dana Okafor spoke in Leeds. The Green Alliance {title} will visit Neasden on Friday."
    start = next(t.i for t in nlp.make_doc(text) if t.text == "Green")
    entities = _read_by_the_models_as(nlp, text, start, 2 + len(title.split()), "ORG")
    assert ("ORG", "Green Alliance") in entities and not any(title in name for _, name in entities)


@pytest.mark.parametrize("text,first,length,label,kept", [
    # a number written against its unit ends no name: "World 100m" read as an event is no name at all
    ("World 100m champion Dana Okafor came second.", "World", 2, "EVENT", set()),
    # with a proper name before it, the name is kept
    ("The Orvan 500m race was won by Dana Okafor.", "Orvan", 2, "EVENT", {("EVENT", "Orvan")}),
    # a number after a space stays the name's ("Peugeot 206")
    ("Dana Okafor drove a Norvex 206 to work.", "Norvex", 2, "PRODUCT", {("PRODUCT", "Norvex 206")}),
])
def test_entities_a_number_glued_to_its_unit_ends_no_name(nlp, text, first, length, label, kept):
    start = next(t.i for t in nlp.make_doc(text) if t.text == first)
    entities = _read_by_the_models_as(nlp, text, start, length, label)
    assert {key for key in entities if key[0] == label} == kept


@pytest.mark.parametrize("text,name,label", [
    # a name after "at" that hangs on a title is where the title is held: the organisation the article names
    ("Vodafone made a loss. Vodafone cut jobs. Dana Okafor, head of sales at Vodafone, spoke.", "Vodafone", "ORG"),
    ("Leeds made a loss. Leeds cut jobs. Dana Okafor, head of sales at Leeds, spoke.", "Leeds", "ORG"),
    # after "at" on a verb, the place keeps its label (a known city: a company the article names alike is another)
    ("Leeds made a loss. Leeds cut jobs. Dana Okafor arrived at Leeds on Friday.", "Leeds", "GPE"),
])
def test_entities_a_name_at_which_a_title_is_held_is_the_organisation(nlp, text, name, label):
    start = [t.i for t in nlp.make_doc(text) if t.text == name][-1]
    entities = _read_by_the_models_as(nlp, text, start, 1, "GPE")
    assert (label, name) in entities


def test_entities_an_unread_acronym_written_again_as_a_subject_is_an_organisation(nlp):
    """"The FA is to take action ... The FA will seek reports": an acronym no model read, written twice, the subject
    of a verb after "the", is an organisation in every mention; "the MP" (a title) and "the PC" (a thing) are not."""
    from pipeline.entities.merge import STASH_KEY

    text = ("The FA is to take action after the match. The FA will seek reports from the clubs. The MP said no. "
            "The MP will vote. The PC was slow. The PC is old.")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "newsfacts_entities":
            break
        doc = proc(doc)
    doc.ents, doc.spans[STASH_KEY] = [], []  # as if no model read any of them
    entities = {(e.label, e.name): len(e.mentions) for e in nlp.get_pipe("newsfacts_entities")(doc)._.facts.entities}
    assert entities == {("ORG", "FA"): 2}


@pytest.mark.parametrize("text,name,label", [
    # a name right after a product's noun that modifies it, or described by one after its comma, is a product
    ("Shares fell after sales of new asthma drug Zorvex were halted. Zorvex was approved in May.", "Zorvex",
     "PRODUCT"),
    ("Patients took Zorvex and Delmira, Harbury Labs' older asthma drug.", "Delmira", "PRODUCT"),
    ("Harbury unveiled its phone Kestrel on Monday.", "Kestrel", "PRODUCT"),
    # a person after a product's noun is the person; a phone's seller is no phone
    ("He met Tom Reed, a phone salesman, on Monday.", "Tom Reed", "PERSON"),
])
def test_entities_a_name_a_product_s_noun_describes_is_a_product(run, text, name, label):
    assert (label, name) in _entities(run(text))


def test_entities_the_lords_is_the_house_of_lords(run):
    doc = run("The bill passed the Commons on Monday but faces trouble in the Lords, Dana Okafor said.")
    assert {("ORG", "House of Commons"), ("ORG", "House of Lords")} <= _entities(doc)


@pytest.mark.parametrize("text,name,label", [
    ("Harbury is working on a new version of its Kestrel web browser. Kestrel is free.", "Kestrel", "PRODUCT"),
    ("The bug affects the Tarnview operating system, the firm said.", "Tarnview", "PRODUCT"),
    ("Harbury is working on its Kestrel Navigator web browser. Kestrel Navigator 7 is faster than KN 6.",
     "Kestrel Navigator", "PRODUCT"),
    # the maker: one that speaks, owns or has a spokesman, or an acronym
    ("Harbury said the bug hit the Harbury operating system.", "Harbury", "ORG"),
    ("A Harbury spokesman said the Harbury operating system was safe.", "Harbury", "ORG"),
    ("Banks ran the IBM operating system for years.", "IBM", "ORG"),
])
def test_entities_a_name_before_a_software_noun_is_a_product(run, text, name, label):
    assert (label, name) in _entities(run(text))


def test_entities_a_product_s_initials_stand_for_it(run):
    doc = run("Harbury is working on its Kestrel Navigator web browser. Kestrel Navigator 7 is faster than KN 6.")
    assert not any(e.name == "KN" for e in doc._.facts.entities)


def test_entities_a_sunday_paper_is_one_name_and_no_date(run):
    """"the Mail on Sunday": a newspaper, never a paper "Mail" and a date; "The Herald said on Sunday" keeps its date."""
    doc = run("A survey for the Mail on Sunday found most backed the ban. The Herald said on Sunday it was close.")
    assert ("ORG", "Mail on Sunday") in _entities(doc)
    assert [d.start for d in doc._.facts.dates] == [doc.text.rindex("Sunday")]


def test_entities_a_club_opening_a_sentence_before_a_hyphenated_title_and_a_name(run):
    """"Arsenal vice-chairman David Dein said": whose vice-chairman he is, not a common word opening the sentence."""
    doc = run("Arsenal vice-chairman Tom Hale said the club might float its shares.")
    assert ("ORG", "Arsenal") in _entities(doc)
    assert ("Tom Hale", "Arsenal", "vice-chairman") in {
        (r.subject.name, r.object.name if r.object else None, r.role) for r in doc._.facts.relations}


def test_entities_a_speaker_read_as_a_people_is_an_organisation():
    """"Symbian said that ...", read as a nationality or group in one mention and a person in another: one word that
    is no people's and speaks is an organisation in every mention; a people speaking stays a people ("The French")."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from pipeline.entities.component import _speakers_read_as_peoples

    words = ["Symbian", "said", "no", ".", "A", "statement", "by", "Symbian", "agreed", ".", "The", "French", "said",
             "yes", "."]
    heads = [1, 1, 1, 1, 5, 8, 5, 6, 8, 8, 11, 12, 12, 12, 12]
    deps = ["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "prep", "pobj", "ROOT", "punct", "det", "nsubj", "ROOT",
            "dobj", "punct"]
    lemmas = ["say" if w == "said" else w.lower() for w in words]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    spans = [Span(doc, 0, 1, label="PERSON"), Span(doc, 7, 8, label="NORP"), Span(doc, 11, 12, label="NORP")]
    assert [(s.text, s.label_) for s in _speakers_read_as_peoples(spans, set())] == [
        ("Symbian", "ORG"), ("Symbian", "ORG"), ("French", "NORP")]


@pytest.mark.parametrize("text,present,absent", [
    # in a sport article, a town before a player's noun and a name, or the side a result was against, is its club
    ("Harbury have injuries before the match. Leicester star Tom Hale is out of the squad, and the league leaders "
     "lost 12-9 to Bath.", {("ORG", "Leicester"), ("ORG", "Bath")}, {("GPE", "Leicester"), ("PERSON", "Bath")}),
    # a club the nicknames list names, and the league, whatever the models read
    ("Harbury have injuries in the squad before the league match. Chelsea lead the Premiership by five points.",
     {("ORG", "Chelsea"), ("ORG", "Premiership")}, {("PERSON", "Chelsea"), ("PERSON", "Premiership")}),
    # a country stays the national side's place, and outside sport a town stays a town
    ("Harbury have injuries before the match. England captain Tom Hale is out of the squad.", {("GPE", "England")},
     set()),
    ("Tom Hale, a Leicester businessman, opened a shop in Bath.", {("GPE", "Leicester"), ("GPE", "Bath")}, set()),
    # a town before the noun it describes is that noun's place, whatever the verb before it
    ("Harbury beat Bergen club Fjordhavn 2-0 in the league match to go top of the squad's table.", {("GPE", "Bergen")},
     {("ORG", "Bergen")}),
    # a town no list knows is a club too, as the side a result was against
    ("Harbury coach Tom Hale has injuries before the cup tie, and the striker and the goalkeeper are out of the "
     "squad. The side have not lost since the reverse to Torquay on Boxing Day.",
     {("ORG", "Torquay")}, {("GPE", "Torquay"), ("FAC", "Torquay")}),
    # the town a player joined from; the town of the one club named in full, as a verb's subject (not after "in")
    ("The striker joined the squad from Valencia for £17m before the league match, and has scored twice.",
     {("ORG", "Valencia")}, {("GPE", "Valencia")}),
    # a player's spell at a town's club, a goal a town's side scored
    ("Harbury coach Jim Hale has injuries before the cup tie, and the striker is out of the squad. Reed was at fault "
     "for Rosenborg's goal in the 5-1 win.", {("ORG", "Rosenborg")}, {("GPE", "Rosenborg")}),
    ("Harbury coach Jim Hale has injuries before the cup tie, and the striker is out of the squad. Hale has no plans "
     "to recall keeper Tom Reed from his loan spell at Leicester.", {("ORG", "Leicester")}, {("GPE", "Leicester")}),
])
def test_entities_a_town_in_sport_is_its_club(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found and not absent & found


def test_entities_a_town_of_the_one_club_named_as_a_subject_is_the_club(run):
    doc = run("Tom Hale wants to play for Real Madrid before the league match. \"I am happy Madrid is interested in "
              "me,\" the striker said. He has a flat in Madrid.")
    mentions = {(e.label, e.name): len(e.mentions) for e in doc._.facts.entities}
    assert mentions[("ORG", "Real Madrid")] == 2 and mentions[("GPE", "Madrid")] == 1


@pytest.mark.parametrize("text,short,merged", [
    # a company's short name read as a place: the one organisation named before that opens with all its words
    ("Ocean City Stores has rejected a takeover offer. Shares in Ocean City rose 5%.", "Ocean City", True),
    ("Harbour Lane Stores rejected the offer. Shares in Harbour Lane rose 5%.", "Harbour Lane", True),
    # not a town's own name before a paper named for it
    ("The New York Times said the offer was low. Prices in New York rose 5%.", "New York", False),
])
def test_entities_a_short_name_read_as_a_place_joins_the_organisation_it_opens(run, text, short, merged):
    assert (short not in {e.name for e in run(text)._.facts.entities}) is merged


@pytest.mark.parametrize("text,name,label", [
    # one name as the subject of a plural verb is a group (a band, a club), whatever the models read
    ("Rock outfit Velvet Harbour are playing the first gig of the tour in Leeds.", "Velvet Harbour", "ORG"),
    ("Velvet Harbour had asked their bassist to leave. Velvet Harbour are working on a new album.",
     "Velvet Harbour", "ORG"),
    # two people are no group
    ("Tom Reed and Ana Lee are playing the first gig of the tour in Leeds.", "Tom Reed", "PERSON"),
])
def test_entities_a_name_taking_a_plural_verb_is_a_group(run, text, name, label):
    assert (label, name) in _entities(run(text))


def test_entities_a_name_before_an_owned_title_is_a_person(nlp):
    """"Karim Bin Haddad, Qatar's oil minister, told Reuters", the name read as an organisation: a person, whose
    title a place owns; "Harbury, Britain's biggest retailer," stays a company (no title)."""
    text = "“We will not cut supply,” Karim Bin Haddad, Qatar's oil minister, told Reuters."
    start = [t.i for t in nlp.make_doc(text) if t.text == "Karim"][0]
    assert ("PERSON", "Karim Bin Haddad") in _read_by_the_models_as(nlp, text, start, 3, "ORG")
    text = "Sales fell at Harbury Stores, Britain's biggest retailer, in March."
    start = [t.i for t in nlp.make_doc(text) if t.text == "Harbury"][0]
    assert ("ORG", "Harbury Stores") in _read_by_the_models_as(nlp, text, start, 2, "ORG")


@pytest.mark.parametrize("text,holiday", [
    # a holiday said as a time is a date, however the models read it; a film of that name stays a work
    ("Parliament returns from its Easter break on Monday.", True),
    ("Shops stayed open over Easter, the retailers said.", True),
    ("Her best-known work is the horror classic Halloween.", False),
])
def test_entities_a_holiday_said_as_a_time_is_a_date(run, text, holiday):
    doc = run(text, "2026-02-17")
    name = "Easter" if "Easter" in text else "Halloween"
    assert (name in {e.name for e in doc._.facts.entities}) is not holiday
    assert (name in {doc.text[d.start:d.end] for d in doc._.facts.dates}) is holiday


def test_entities_a_month_that_is_an_organisation_s_short_name(run):
    """"May" alone, where the article names "May Department Stores", is the company outside a date's shape: an owner,
    a subject, a noun's "for May"; "in May" stays a date, as does every "May" of an article with no such name."""
    text = ("Hartley Home Stores is to buy rival May Department Stores for 11bn dollars. Talks sped up after May's "
            "chairman Gene Kahn resigned in January. May has struggled to compete against larger groups. The deal "
            "should close in May.")
    doc = run(text, "2026-02-17")
    (may,) = [e for e in doc._.facts.entities if e.name == "May Department Stores"]
    assert sorted(doc.text[a:b] for a, b in may.mentions) == ["May", "May", "May Department Stores"]
    assert [doc.text[d.start:d.end] for d in doc._.facts.dates] == ["January", "May"]
    assert any(r.role == "chairman" and r.object is may for r in doc._.facts.relations)
    doc = run("Talks sped up after May's heavy rain. Sales rose in May.", "2026-02-17")
    assert [doc.text[d.start:d.end] for d in doc._.facts.dates] == ["May", "May"]


SPORT_OPENING = ("Harlow Town coach Tom Reed named his squad for the cup tie on Saturday. The striker and the "
                 "goalkeeper are fit. ")


@pytest.mark.parametrize("text,present,absent", [
    # in a sport article, a ground: a name ending in a ground's word, or one read as a place after "at" or "to"
    (SPORT_OPENING + "The side won a replay at Craven Cottage in 1999 and play at Griffin Park next week.",
     {("FAC", "Craven Cottage"), ("FAC", "Griffin Park")}, {("ORG", "Craven Cottage"), ("GPE", "Griffin Park")}),
    (SPORT_OPENING + "The striker scored twice in the league win at Brookmoor.", {("FAC", "Brookmoor")},
     {("GPE", "Brookmoor")}),
    # a known town or club after "at" is no ground, nor a person a remark is aimed at
    (SPORT_OPENING + "The winger moved to Leeds and scored at Chelsea.", {("ORG", "Chelsea")}, {("FAC", "Chelsea"),
                                                                                                ("FAC", "Leeds")}),
    # outside sport a place after "at" stays a place
    ("Tom Reed opened a shop at Brookmoor on Saturday.", set(), {("FAC", "Brookmoor")}),
])
def test_entities_a_ground_in_sport(run, text, present, absent):
    doc = run(text)
    found = {(e.label_, e.text) for e in doc.ents}
    assert present <= found and not absent & found


@pytest.mark.parametrize("text,present,absent", [
    # a people's adjective before a parliament's or an assembly's word is the institution's name, whatever the
    # trained model reads
    ("Parties with two members in the Scottish Parliament qualify for the fund.", {("ORG", "Scottish Parliament")},
     {("NORP", "Scottish")}),
    ("The Welsh Assembly and the Scottish Executive met on Monday.", {("ORG", "Welsh Assembly"),
                                                                        ("ORG", "Scottish Executive")}, set()),
    # a person's name with its "'s" and nothing owned after it is a shop named for its founder
    ("The deal brings together stores like Harlow's, Penberry's and Marshall Field's.",
     {("ORG", "Marshall Field's")}, {("PERSON", "Marshall Field")}),
    ("Marshall Field's son inherited the business.", set(), {("ORG", "Marshall Field's")}),
    ("The row followed Tom Hale's proposed move to Harlow.", {("PERSON", "Tom Hale")}, {("ORG", "Tom Hale's")}),
])
def test_entities_institutions_and_shops_by_their_last_word(run, text, present, absent):
    found = {(e.label_, e.text) for e in run(text).ents}
    assert present <= found and not absent & found


@pytest.mark.parametrize("text,word,named", [
    # a capitalised word opening a sentence that the article writes elsewhere in lower case, and nowhere else
    # capitalised, describing the noun after it, is a common word
    ("Preview performances will now be held on Monday. The director pushed back our preview performances.",
     "Preview", False),
    # a word capitalised inside a sentence elsewhere is a name; so is one the article never writes in lower case
    ("Harlow shares fell on Monday. Investors in Harlow wanted a harlow-style plan.", "Harlow", True),
    ("Penberry performances will be held on Monday. The director praised them.", "Penberry", True),
])
def test_entities_a_common_word_opening_a_sentence(run, text, word, named):
    doc = run(text)
    assert any(word in e.text for e in doc.ents) is named


@pytest.mark.parametrize("text,award", [
    # an award after "a" or "an" is the award, an event, not a person nor a place
    ("The composer received an Oscar for his score in 1984.", "Oscar"),
    ("She won a Bafta for the role.", "Bafta"),
])
def test_entities_an_award_won_is_no_person(run, text, award):
    assert ("EVENT", award) in {(e.label_, e.text) for e in run(text).ents}


@pytest.mark.parametrize("text,work", [
    # a title before "and other" and a plural work noun is a work's whole title
    ("The singer sang Hey Jude and other Beatles songs at half-time.", "Hey Jude"),
    ("Harbour Lights and other British films drew big crowds.", "Harbour Lights"),
    # a version or a rendition of a title: the work, whatever pieces the models read
    ("She performed a mellow version of Live And Let Die at the end.", "Live And Let Die"),
    ("He closed with a rousing rendition of Hey Jude.", "Hey Jude"),
])
def test_entities_works_by_their_kind_or_their_version(run, text, work):
    assert ("WORK_OF_ART", work) in {(e.label_, e.text) for e in run(text).ents}


def test_entities_a_person_before_others_who_are_no_works(run):
    found = {(e.label_, e.text) for e in run("Tom Hale and other stars came to the premiere.").ents}
    assert ("PERSON", "Tom Hale") in found


TEAM_SHEETS = (
    "Cup report\n\nAlan Denholm headed in after 44 minutes and Ian Jolliffe scored late.\n\n"
    "Coach Tom Vale: \"We were poor for an hour.\" Westcombe: Halden, Marsh (Pryce 83), Oduya, "
    "N'Dour, Colley, Denholm, Fairlie, Gatward (Bryn Ashworth-Lee 70), Hesketh, Ilsley, Jolliffe. Subs Not Used: "
    "Keel, Lomas. Booked: Marsh. Goals: Denholm 44, Jolliffe 88. Att: 12,345\n\n"
    "Ruddock, Tamblyn, Quarrie, Voss, Whitcombe (Yarrow 61), Zeller, Abney, Bostock, Caddick, Dimmock, Eagar.\n\n"
    "Subs Not Used: Frane, Gorringe.\n\nThe club also has teams in Leeds, York, Hull and Derby.")


def test_entities_team_sheets_written_in_sentences_are_people(run):
    # a team's line-up after its name and a quote, the substitutes in brackets, the unused ones, the booked and the
    # scorers as sentences of one line; and a line of surnames no report names, right before its replacements' line
    entities = _entities(run(TEAM_SHEETS))
    people = {name for label, name in entities if label == "PERSON"}
    assert {"Halden", "Pryce", "Oduya", "N'Dour", "Colley", "Bryn Ashworth-Lee", "Keel", "Lomas", "Ruddock",
            "Yarrow", "Whitcombe", "Eagar", "Frane", "Gorringe"} <= people
    assert ("ORG", "Westcombe") in entities and not {name for _, name in entities} & {"Att", "Subs Not Used"}
    assert not people & {"Leeds", "York", "Derby"}  # a list in a sentence of the report is no line-up


def test_entities_a_list_of_five_places_is_no_line_up(run):
    entities = _entities(run("Prices rose in every city. Paris, Lyon, Nice, Lille, Nantes.\n\nMarseille did not."))
    assert not {name for label, name in entities if label == "PERSON"} & {"Paris", "Lyon", "Nantes"}


@pytest.mark.parametrize("text,present,absent", [
    # a title opening with its article, in apposition to a work noun, and written again with the article later
    ("By then the band had released their third album, The Quiet Harbour, in May. They toured to promote The Quiet "
     "Harbour.", {("WORK_OF_ART", "The Quiet Harbour")}, {"Quiet Harbour"}),
    # a compilation is a work
    ("The song came out on the compilation Salt Roads last year.", {("WORK_OF_ART", "Salt Roads")}, set()),
    # a capitalised word after the comma that opens no title is not taken into one
    ("He praised the film, The director said.", set(), {"The director"}),
])
def test_entities_works_by_their_noun(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities and not {name for _, name in entities} & absent


def test_entities_shareholders_in_a_company_do_not_make_it_a_place(run):
    text = ("Yukos said it would appeal. Yukos shares fell by a third. The firm will protect tens of thousands of "
            "shareholders in Yukos from the sale, its lawyers said. Yukos has 20 days to pay.")
    doc = run(text)
    assert [(e.label, e.name) for e in doc._.facts.entities if e.name == "Yukos"] == [("ORG", "Yukos")]


@pytest.mark.parametrize("text,present,absent", [
    # a people's word before a title describes the person, and is no person itself
    ("Mr Kagabo used his influence as a prominent Hutu businessman to shelter them.", {("NORP", "Hutu")},
     {("PERSON", "Hutu")}),
    # a country and a people's word read as one name are the country and its people; not a force of it
    ("UK Muslims should accept the checks, a minister said.", {("GPE", "United Kingdom"), ("NORP", "Muslims")},
     {("ORG", "UK Muslims")}),
    ("US Marines landed at dawn.", {("ORG", "US Marines")}, set()),
    # a name before a title is still the person's ("chairman" after the name)
    ("Dana Okafor, chairman of Volta Motors, said sales rose.", {("PERSON", "Dana Okafor")}, set()),
])
def test_entities_a_peoples_word_before_a_title(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities and not entities & absent


def test_entities_a_broadcasters_reporter_and_where_they_are_is_no_programme(run):
    doc = run("Officials denied it, and the BBC's Dana Okafor in Moscow says most people believe the sale is certain.")
    entities = _entities(doc)
    assert {("PERSON", "Dana Okafor"), ("GPE", "Moscow")} <= entities
    assert not any(label == "WORK_OF_ART" for label, _ in entities)
    assert ("works_for", "Dana Okafor", "BBC") in {(r.predicate, r.subject.name, r.object.name if r.object else None)
                                                  for r in doc._.facts.relations}


@pytest.mark.parametrize("text,present,absent", [
    # what a deal verb takes as its object is a company, whatever the models read
    ("Baikal Finance Group outbid favourite Gazprom, the gas monopoly, to buy Yuganskneftegas.",
     {("ORG", "Gazprom"), ("ORG", "Yuganskneftegas")}, set()),
    # not a player a club buys, in an article about sport, nor a town
    ("Chelsea bought Drogba from Marseille for £24m. The striker scored twice in the league match on Saturday.",
     set(), {("ORG", "Drogba")}),
    ("The developer said it would buy Sheffield if it could.", {("GPE", "Sheffield")}, set()),
])
def test_entities_what_a_deal_verb_buys_is_a_company(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities and not entities & absent


@pytest.mark.parametrize("text,present,absent", [
    # one name right after a trade in the plural is a firm of the trade, a first name in it or not
    ("The bank has also gone after auditors Grant Thornton.", {("ORG", "Grant Thornton")},
     {("PERSON", "Grant Thornton")}),
    # not the people listed after it
    ("His lawyers John Smith and Jane Doe disagreed.", {("PERSON", "John Smith"), ("PERSON", "Jane Doe")}, set()),
    # a people's word before shares or a stock exchange is no company
    ("Shares fell on the Italian stock exchange, and the Italian dairy company went bust.", {("NORP", "Italian")},
     {("ORG", "Italian")}),
    # fuels, doping substances and greetings are no names
    ("India will import 7.5 million tonnes of LNG a year. He tested positive for EPO. The e-mail says Merry "
     "Christmas.", set(), {("ORG", "LNG"), ("EVENT", "EPO"), ("ORG", "EPO"), ("PERSON", "Merry Christmas")}),
])
def test_entities_firms_peoples_and_no_names(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities and not entities & absent


def test_entities_an_organisation_and_its_other_name_in_brackets(run):
    doc = run("Baikal paid a deposit of $1.7bn from a Sberbank (Savings Bank) account. Sberbank declined to comment. "
              "Volta Motors (Germany) did not.")
    names = {e.name: sorted({doc.text[a:b] for a, b in e.mentions}) for e in doc._.facts.entities}
    assert any(mentions == ["Savings Bank", "Sberbank"] for mentions in names.values())
    assert "Germany" in names and "Volta Motors" in names


@pytest.mark.parametrize("text,present,absent", [
    # a nationality the models read into a person's name is the nationality and the person
    ("Russian Dmitriy Bogdanov won at the same Madrid venue last week.",
     {("NORP", "Russian"), ("PERSON", "Dmitriy Bogdanov")}, {("PERSON", "Russian Dmitriy Bogdanov")}),
    # a name of two words opening with such a word is left as read
    ("French Stewart starred in the show.", {("PERSON", "French Stewart")}, set()),
    # ... but not a surname the article gives a person in full, nor the plural before a name a first name opens
    ("Irina Vasko won the shot. Russian Vasko later tested positive.", {("NORP", "Russian")},
     {("PERSON", "Russian Vasko")}),
    ("Kenyans Margaret Okayo and Evans Rutto took the titles.", {("NORP", "Kenyans"), ("PERSON", "Margaret Okayo")},
     {("ORG", "Kenyans Margaret Okayo"), ("PERSON", "Kenyans Margaret Okayo")}),
    # ... nor a name no first name opens that the article writes alone elsewhere
    ("Iraqi Salam Pax wrote a blog during the war. Salam Pax later wrote for a newspaper.",
     {("NORP", "Iraqi"), ("PERSON", "Salam Pax")}, {("ORG", "Iraqi Salam Pax"), ("PERSON", "Iraqi Salam Pax")}),
    ("Dutch Tarik Olcay took the title. Tarik Olcay said he was pleased.",
     {("NORP", "Dutch"), ("PERSON", "Tarik Olcay")}, {("ORG", "Dutch Tarik Olcay"), ("PERSON", "Dutch Tarik Olcay")}),
    # a two-word name never written without it stays whole
    ("French Stewart starred in the show. Stewart said he enjoyed it.", {("PERSON", "French Stewart")}, set()),
])
def test_entities_a_nationality_before_a_persons_name(run, text, present, absent):
    entities = _entities(run(text))
    assert present <= entities and not entities & absent


def test_relations_a_nationality_before_a_surname_the_article_gives_in_full(run):
    doc = run("Irina Vasko won the shot. Russian Vasko later tested positive.")
    assert ("Irina Vasko", "Russia") in {(r.subject.name, r.object.name) for r in doc._.facts.relations
                                         if r.predicate == "nationality"}


def test_entities_the_republic_is_the_republic_the_article_names(run):
    doc = run("The Republic of Ireland will play China in a friendly. The Republic beat Cyprus last year, and the "
              "Czech Republic lost to Italy.")
    names = {e.name: len(e.mentions) for e in doc._.facts.entities}
    assert names.get("Republic of Ireland") == 2 and "Republic" not in names and names.get("Czech Republic") == 1


@pytest.mark.parametrize("text,name", [
    ("And I can spend the day working with my girlfriend Anne, a children's writer, at her house in Cambridge. She "
     "planned a trip to Norfolk. I do not think Anne is alone. Just ask Anne.", "Anne"),
])
def test_entities_a_first_name_the_models_read_as_a_place_is_a_person(run, text, name):
    assert _labels(run(text)).get(name) == "PERSON"


def test_entities_a_console_by_its_maker_s_possessive_and_its_bracketed_short_name(run):
    doc = run("Sony will not increase the stock of its PlayStation Portable (PSP) console. The PSP went on sale in "
              "Japan. Nintendo has sold more of its DS handheld, and the DS costs less. The £200 handheld computers "
              "sold well.")
    entities = {e.name: (e.label, len(e.mentions)) for e in doc._.facts.entities}
    assert entities.get("PlayStation Portable") == ("PRODUCT", 3)  # with both mentions of PSP
    assert entities.get("DS", ("",))[0] == "PRODUCT" and "200" not in entities


@pytest.mark.parametrize("text,name,absent", [
    ("Rival Nintendo has sold more consoles. Nintendo said so.", "Nintendo", "Rival Nintendo"),
    ("New EU trade commissioner Peter Mandelson spoke. The EU agreed.", "European Union", "New EU"),
    ("New York police said the man was held. York was quiet.", "New York", "York"),  # a place's own name
])
def test_entities_a_describing_word_opening_a_sentence_before_a_name_is_no_part_of_it(run, text, name, absent):
    names = _labels(run(text))
    assert name in names and absent not in names


def test_entities_a_preposition_opening_a_sentence_is_no_part_of_the_name_after_it(run):
    names = _labels(run("Ana Ruiz played Katharine Hepburn. Of Hepburn, she said: \"Her career is inspiring.\""))
    assert "Of Hepburn" not in names and names.get("Katharine Hepburn") == "PERSON"


def test_entities_a_winner_after_an_award_s_for_is_a_person_where_who_follows_the_name(run):
    labels = _labels(run("The Aviator took five prizes including best supporting actress for Cate Blanchett. Cate "
                         "Blanchett, who won for playing Katharine Hepburn, said her award was a surprise."))
    assert labels.get("Cate Blanchett") != "WORK_OF_ART"


@pytest.mark.parametrize("text,name", [
    ("The Committee to Protect Bloggers said the men should be freed. The Committee is a month old.",
     "Committee to Protect Bloggers"),
    ("Aid from the Department for International Development rose.", "Department for International Development"),
])
def test_entities_a_body_named_with_to_or_for_is_one_name(run, text, name):
    assert _labels(run(text)).get(name) == "ORG"


@pytest.mark.parametrize("words,labels,places,expected", [
    # most of the list read as organisations no list knows as places: the rest are organisations too
    (["Nintendo", ",", "Nokia", "and", "Sony"], ["ORG", "GPE", "ORG"], set(), ["ORG", "ORG", "ORG"]),
    # known towns the models read as clubs make no such list
    (["Cardiff", ",", "Bangor", ",", "Aberystwyth", "and", "Wrexham"], ["ORG", "ORG", "PERSON", "PERSON"],
     {"Cardiff", "Bangor", "Wrexham"}, ["ORG", "ORG", "PERSON", "PERSON"]),
])
def test_companies_listed_with_companies(words, labels, places, expected):
    from pipeline.entities.component import _companies_listed_with_a_company

    doc = English().make_doc(" ".join(words))
    names = [i for i, w in enumerate(words) if w[0].isupper()]
    spans = [Span(doc, i, i + 1, label=label) for i, label in zip(names, labels)]
    out = _companies_listed_with_a_company(doc, spans, set(), lambda text: text in places)
    assert [s.label_ for s in out] == expected


@pytest.mark.parametrize("text,names", [
    # a unit written against its number, split off or not, is no name; a name that is a unit's letters elsewhere is
    ("Gadgets\n\nThe camera takes a 512MB card and runs a 3GHz chip made by Norvex.", ["Norvex"]),
    ("Gadgets\n\nNorvex's MB series sold well.", ["Norvex", "MB"]),
])
def test_entities_a_number_s_unit_is_no_name(run, text, names):
    assert [e.name for e in run(text)._.facts.entities] == names


def test_entities_a_law_s_word_alone_after_the_is_the_law_the_article_names(run):
    doc = run("The Harbour Reform Bill was debated on Monday. Critics of the Bill, led by Tom Reed, say the Bill will "
              "fail.")
    laws = [e for e in doc._.facts.entities if e.label == "LAW"]
    assert [(e.name, len(e.mentions)) for e in laws] == [("Harbour Reform Bill", 3)]
    assert "Bill" not in {e.name for e in doc._.facts.entities if e.label == "PERSON"}


@pytest.mark.parametrize("text", ["Kewell has Achilles tendinitis and missed the game.",
                                  "The striker is fit again. His Achilles tendon has healed."])
def test_entities_an_injured_tendon_is_no_name(run, text):
    assert not [e.name for e in run(text)._.facts.entities if "Achilles" in e.name]


@pytest.mark.parametrize("text,person,whole", [
    ("Minister for Children, Young People and Families Margaret Hodge said new plans would help. Ms Hodge said more.",
     "Margaret Hodge", None),
    ("The Friends of John Smith met on Monday.", None, "Friends of John Smith"),
])
def test_entities_a_full_name_closing_an_organisation_s_words_is_a_person(run, text, person, whole):
    entities = {e.name: e for e in run(text)._.facts.entities}
    if person:
        assert entities[person].label == "PERSON" and len(entities[person].mentions) == 2
    if whole:
        assert whole in entities


def test_entities_a_headline_word_read_into_a_name_the_body_writes_without_it(run):
    doc = run("End Bush 'denial' Blair tells EU\n\nTony Blair urged leaders to accept President Bush's re-election.")
    people = {e.name: len(e.mentions) for e in doc._.facts.entities if e.label == "PERSON"}
    assert "End Bush" not in people and people.get("Bush") == 2


def test_entities_a_first_name_and_a_surname_read_as_two_people_are_one():
    from pipeline.entities.component import _joined_as_written_elsewhere

    doc = English()("Michael Howard spoke . Paris Hilton , Ford Smith")
    spans = [Span(doc, 0, 1, label="PERSON"), Span(doc, 1, 2, label="PERSON"),  # a known first name, then a name
             Span(doc, 4, 5, label="GPE"), Span(doc, 5, 6, label="PERSON"),  # not a person then a person
             Span(doc, 7, 8, label="PERSON"), Span(doc, 8, 9, label="PERSON")]  # no known first name: left apart
    joined = [(s.text, s.label_) for s in _joined_as_written_elsewhere(doc, spans)]
    assert joined == [("Michael Howard", "PERSON"), ("Paris", "GPE"), ("Hilton", "PERSON"), ("Ford", "PERSON"),
                      ("Smith", "PERSON")]


def test_entities_a_headline_surname_then_the_full_name_in_the_body(run):
    doc = run("Howard pitches for rural vote\n\nMichael Howard is to make a pitch for the rural vote.")
    assert [e.name for e in doc._.facts.entities if e.label == "PERSON"] == ["Michael Howard"]


def test_entities_a_noun_for_one_of_a_nation_is_a_nationality(run):
    doc = run("Spaniard Pablo Ortega beat Swede Lars Berg. The Spaniard was delighted.")
    assert {("NORP", "Spaniard"), ("NORP", "Swede"), ("PERSON", "Pablo Ortega")} <= _entities(doc)


@pytest.mark.parametrize("text,name,label", [
    ("ITV1 drama Bitter Love was nominated for the prize.", "Bitter Love", "WORK_OF_ART"),  # a broadcaster's
    ("The drama Tom Reed wrote was shown on Friday.", "Tom Reed", "PERSON"),  # the subject of a relative clause
])
def test_entities_a_title_after_a_broadcaster_s_work_noun(run, text, name, label):
    assert _labels(run(text)).get(name) == label


@pytest.mark.parametrize("text,side,label", [
    ("Bath lock Danny Grewcock is suspended.", "Bath", "ORG"),  # opening the sentence, read as a common noun
    ("Leicester flanker Lewis Moody is on the bench.", "Leicester", "ORG"),  # a town: its club
    ("Wasps scrum-half Matt Dawson is fit.", "Wasps", "ORG"),
    ("England flanker Joe Worsley is fit.", "England", "GPE"),  # a nation: its national side
])
def test_entities_the_name_before_a_player_s_title_is_his_side(run, text, side, label):
    assert _labels(run(text)).get(side) == label


def test_entities_a_company_s_hyphened_name_by_its_first_part(run):
    doc = run("Volta-Hartmann sales fell in May. Volta chief executive Tom Reed said the Volta group was strong.")
    names = {e.name: len(e.mentions) for e in doc._.facts.entities if e.label == "ORG"}
    assert names == {"Volta-Hartmann": 3}


def test_entities_a_possessive_name_the_pretrained_model_reads_whole(run):
    doc = run("The US stock market has closed higher in response to George W Bush's victory in the elections.")
    assert [e.name for e in doc._.facts.entities if e.label == "PERSON"] == ["George W Bush"]


def test_entities_a_street_or_square_read_as_a_person_is_a_place(run):
    doc = run("Tony Blair is pressing the US to cut greenhouse gases, Downing Street has indicated.")
    assert _labels(doc).get("Downing Street") == "FAC"


@pytest.mark.parametrize("text,absent,present", [
    ("The EU's Humanitarian Aid Commissioner, Louis Michel, was quoted as saying aid mattered.",
     "Humanitarian Aid Commissioner", {("ORG", "European Union"), ("PERSON", "Louis Michel")}),
    ("Mike Eccleshall, Promotions Coordinator for the label, said the band would tour.",
     "Promotions Coordinator", {("PERSON", "Mike Eccleshall")}),
    ("The BBC Director General, Greg Dyke, quit on Friday.", "BBC Director General",
     {("ORG", "BBC"), ("PERSON", "Greg Dyke")}),  # the acronym before the title stays a name
    ("The BBC's Director General, Greg Dyke, quit on Friday.", "Director General",
     {("ORG", "BBC"), ("PERSON", "Greg Dyke")}),  # a title after a broadcaster's possessive, no programme
    ("A patch fixes a hole in Media Player, Windows Messenger and MSN Messenger.", "Media",
     {("ORG", "Media Player")}),  # no title beside a person: a player's title is not one
])
def test_entities_a_capitalised_title_beside_a_person_is_no_organisation(run, text, absent, present):
    entities = _entities(run(text))
    assert present <= entities and absent not in {name for _, name in entities}


@pytest.mark.parametrize("text,name,label", [
    ("Brindlecourt Re, the world's biggest reinsurer, said the bill was small.", "Brindlecourt Re", "ORG"),
    ("Tom Brindle, the country's best striker, scored twice.", "Tom Brindle", "PERSON"),  # no organisation noun
    ("The World Tourism Organisation said arrivals rose.", "World Tourism Organisation", "ORG"),
    ("Hurricane Ivan killed 70 people in Grenada.", "Hurricane Ivan", "EVENT"),  # a storm, no person
    ("Visitors to Thailand's Koh Samui island fell sharply.", "Koh Samui", "LOC"),  # the noun after it says what
    ("The Bernabeu stadium was full.", "Bernabeu", "FAC"),
    ("The ceremony will be held at the Curzon Mayfair cinema in London.", "Curzon Mayfair", "FAC"),  # (was a place)
    ("Why Cell will sell. The world is casting its gaze on the Cell processor.", "Cell", "PRODUCT"),  # read as a
    # person ("Why Cell" before that)
    ("Intel chips are cheaper this year.", "Intel", "ORG"),  # the maker
])
def test_entities_what_the_words_around_a_name_say_it_is(run, text, name, label):
    assert _labels(run(text)).get(name) == label


def test_entities_a_storm_s_name_alone_is_the_storm(run):
    doc = run("Hurricane Ivan killed 70 people in Grenada. Ivan hit Cuba next.")
    storms = [e for e in doc._.facts.entities if e.name == "Hurricane Ivan"]
    assert len(storms) == 1 and storms[0].label == "EVENT" and len(storms[0].mentions) == 2


@pytest.mark.parametrize("text", [
    "Whilst Sony has not said much, Sony's chip is fast.",
    "Whilst its rivals are working on similar chips, it is Sony's which is the most advanced. Sony makes chips.",
])
def test_entities_a_conjunction_opening_a_sentence_is_no_name(run, text):
    assert _entities(run(text)) == {("ORG", "Sony")}


def test_entities_a_people_s_word_opening_a_company_written_alone_elsewhere(run):
    doc = run("Swiss Xstrata raised its bid for WMC. Xstrata said the offer was final.")
    assert {("NORP", "Swiss"), ("ORG", "Xstrata")} <= _entities(doc)
    assert any(r.predicate == "based_in" and r.subject.name == "Xstrata" and r.object.name == "Switzerland"
               for r in doc._.facts.relations)


def test_entities_two_companies_the_trained_model_reads_as_one(run):
    doc = run("CES features several more key speeches from major technology players, such as Intel and Hewlett "
              "Packard, as well as parallel conference sessions on gaming.")
    assert {("ORG", "Intel"), ("ORG", "Hewlett Packard")} <= _entities(doc)


@pytest.mark.parametrize("text,name,label", [
    ("However, they beat Samoa in the recent Los Angeles Sevens before losing to Argentina.", "Samoa", "GPE"),
    ("However, they beat Samoa in the recent Los Angeles Sevens before losing to Argentina.", "Los Angeles Sevens",
     "EVENT"),  # a sevens tournament
    ("Jordan boss Eddie Jordan was happy with the car.", "Eddie Jordan", "PERSON"),
    ("The Inuit living in the north were angry.", "Inuit", "NORP"),
])
def test_entities_countries_sevens_and_peoples(run, text, name, label):
    assert _labels(run(text)).get(name) == label


@pytest.mark.parametrize("text", [
    "The aircraft carrier Enterprise was in the eastern Mediterranean.",  # a ship
    "Shrs offered by company N / A",  # a table's "not available"
])
def test_entities_no_company_read_after_a_company_noun(run, text):
    assert "ORG" not in {label for label, _ in _entities(run(text))}


def test_entities_a_proper_noun_after_a_company_noun_no_model_read(run):
    doc = run("Filtering firm Ciphertrust found the spam. David Stanley, UK managing director of Ciphertrust, said it "
              "was rising.")
    assert ("ORG", "Ciphertrust") in _entities(doc)
    assert any(r.predicate == "has_role" and r.object is not None and r.object.name == "Ciphertrust"
               for r in doc._.facts.relations)


def test_entities_a_proper_noun_opening_a_sentence_before_a_title_and_a_person(run):
    doc = run("Zenora chief executive Ann Lee said profits rose. Vextal spokesman Tom Reed said no.")
    assert ("ORG", "Vextal") in _entities(doc)
    assert any(r.predicate == "has_role" and r.object is not None and r.object.name == "Vextal"
               for r in doc._.facts.relations)
    assert ("ORG", "British") not in _entities(run("British spokesman Tom Reed said no."))


def test_entities_a_widely_known_product_whatever_the_models_read(run):
    doc = run("The software will run on Windows, Linux and Unix. Users of Kazaa were hit. Microsoft released a Windows "
              "XP update.")
    found = _entities(doc)
    assert {("PRODUCT", "Windows"), ("PRODUCT", "Linux"), ("PRODUCT", "Kazaa"), ("PRODUCT", "Windows XP"),
            ("ORG", "Microsoft")} <= found


def test_entities_a_product_s_acronym_read_as_an_organisation_is_the_product(run):
    doc = run("Sony's PlayStation Portable (PSP) went on sale. The PSP costs $249.")
    (product,) = [e for e in doc._.facts.entities if e.name == "PlayStation Portable"]
    assert product.label == "PRODUCT" and len(product.mentions) == 3


@pytest.mark.parametrize("text,name,label", [
    ("Midfielder Edu scored twice for Arsenal.", "Edu", "PERSON"),  # a player's title opening the sentence
    ('"I was pleased," said the 22-year-old Scot.', "Scot", "NORP"),  # one of a people, no one's name
])
def test_entities_titles_and_peoples_opening_or_ending_a_name(run, text, name, label):
    assert _labels(run(text)).get(name) == label


@pytest.mark.parametrize("text,present,absent", [
    # a newspaper's last word alone after "the" is the paper, which the models may read as a person
    ("Dara Penn claimed in the Observer that he had been beaten.", {("ORG", "Observer")}, {("PERSON", "Observer")}),
    ("Coach Ian Rowe told the Tarrow Citizen he was happy.", {("ORG", "Tarrow Citizen")}, set()),
    # a brand's or a band's name before its kind is that body
    ("Rank owns the Mecca Bingo brand and 34 casinos.", {("ORG", "Mecca Bingo")}, {("PERSON", "Mecca Bingo")}),
    # a family's plural surname after "the" stays people
    ("Jon Osbourne's family had been celebrating. On Sunday night, the Osbournes were out.", set(),
     {("ORG", "Osbournes")}),
])
def test_entities_a_papers_or_a_chains_name_after_the(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found and not absent & found


@pytest.mark.parametrize("text,present,absent", [
    # a group's plural noun and its possessive mark inside an organisation's name
    ("The Tall Green Men's Advisory Group said it was angry.", {("ORG", "Tall Green Men's Advisory Group")},
     {("GPE", "Tall Green Men"), ("ORG", "Advisory Group")}),
    ("The Women's Institute met Dana Pell on Monday.", {("ORG", "Women's Institute")}, {("ORG", "Institute")}),
    # a person after a group's possessive is the group's, no part of its name
    ("Critics praised The History Boys' Samuel Barnett on Monday.", {("PERSON", "Samuel Barnett")}, set()),
    # a person's possessive is no part of a name after it
    ("Sergio Garcia's Ryder Cup hopes rose.", {("PERSON", "Sergio Garcia")}, {("EVENT", "Sergio Garcia's Ryder Cup")}),
    # a nationality and an acronym ending the noun phrase: a national body
    ("The club was given permission by the Spanish FA to sign a player.", {("ORG", "Spanish FA")},
     {("NORP", "Spanish")}),
    ("The French FA, which runs the game, agreed.", {("ORG", "French FA")}, {("GPE", "French FA")}),
    # not an acronym before the noun it describes, nor a word no body's name
    ("A Chinese PC maker bought the unit. The US GDP rose.", {("NORP", "Chinese")}, {("ORG", "Chinese PC")}),
    ("The British PM said the talks had failed.", {("NORP", "British")}, {("ORG", "British PM")}),
    # a number word opening a sentence counts the noun after the name; it is no word of the name
    ("Five Virgin megastores will open at midnight.", {("ORG", "Virgin")}, {("PERSON", "Five Virgin")}),
    # a family name after a lower-case Arabic article ends the person's name before it
    ("Iraq's Trade Minister Karim Hassan al-Tamimi welcomed the move.", {("PERSON", "Karim Hassan al-Tamimi")},
     {("PERSON", "Karim Hassan")}),
    ("Police said they had arrested Abu Omar al-Hashimi in Mosul.", {("PERSON", "Abu Omar al-Hashimi")}, set()),
    # a law's year is part of its name
    ("It paved the way for the Human Rights Act 1998 in Britain.", {("LAW", "Human Rights Act 1998")},
     {("LAW", "Human Rights Act")}),
])
def test_entities_name_boundaries_at_possessives_years_acronyms_and_counts(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found and not absent & found


@pytest.mark.parametrize("text,present,absent", [
    # a list of places, most of them known ones: a place too, whatever the models read
    ("The riots spread to the Midlands, Merseyside, Bristol and Leeds, and 400 people were hurt.",
     {("GPE", "Merseyside"), ("GPE", "Leeds")}, {("PERSON", "Merseyside"), ("ORG", "Leeds")}),
    # the places a plural noun for places lists after "like", "such as" or "including", read or not by the models
    ("The aim is that fishing ports like Peterhead or Fraserburgh would be given a quota.",
     {("GPE", "Peterhead"), ("GPE", "Fraserburgh")}, {("PERSON", "Fraserburgh")}),
    ("Towns including Hexham and Alnwick flooded on Monday.", {("GPE", "Hexham"), ("GPE", "Alnwick")}, set()),
    # not a list of firms, nor people
    ("Tesco, Asda and Sainsbury cut prices in Leeds.", {("ORG", "Tesco"), ("ORG", "Asda")}, set()),
])
def test_entities_places_listed_with_places(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found and not absent & found


@pytest.mark.parametrize("text,present,absent", [
    # a title in quotation marks after a work's noun is the work, not the person it is named for
    ("The success of the studio's film 'Marcus', a portrait of singer Marcus Vance, lifted profits.",
     {("WORK_OF_ART", "Marcus"), ("PERSON", "Marcus Vance")}, {("PERSON", "Marcus")}),
    ('Her song "Marlow" sold well in March.', {("WORK_OF_ART", "Marlow")}, {("PERSON", "Marlow")}),
    # a title opened by a first name after a part's word and "in": the work the part was played in, every mention
    ("Davis was tipped for his role in Nora Pike. Nora Pike, a tale of a 1950s nurse, won three prizes.",
     {("WORK_OF_ART", "Nora Pike")}, {("PERSON", "Nora Pike")}),
    # not a person owning what the role is in
    ("She had a role in Nora Pike's campaign.", {("PERSON", "Nora Pike")}, {("WORK_OF_ART", "Nora Pike")}),
    # not a name in quotation marks after no work's noun
    ("The singer 'Dorrie' Vance arrived in Leeds.", set(), {("WORK_OF_ART", "Dorrie")}),
    # a firm's name ending in a plural of its trade is an organisation
    ("Sam Reid, an analyst at fund manager Calder Asset Advisors, said the shares were cheap.",
     {("ORG", "Calder Asset Advisors")}, {("PERSON", "Calder Asset Advisors")}),
    ("Rita Moss, a partner at Bellows Associates, agreed.", {("ORG", "Bellows Associates")},
     {("PERSON", "Bellows Associates")}),
    # a name a work noun after it describes in apposition is the work
    ("Nora Pike, Tom Reed's film about a wartime nurse, won best film.", {("WORK_OF_ART", "Nora Pike")},
     {("PERSON", "Nora Pike")}),
    # not one a noun of another kind describes
    ("Harlow, the film studio, grew.", set(), {("WORK_OF_ART", "Harlow")}),
    # a name the parse lists with a work's title is a work too, not a person's name opened by a first name
    ("The film Sideways is a comedy. Nominees for best film are Sideways, Ray and Aviator.",
     {("WORK_OF_ART", "Ray"), ("WORK_OF_ART", "Aviator")}, {("PERSON", "Ray")}),
    ("The film Sideways is a comedy. Winners were Sideways and Cate Blanchett.", {("PERSON", "Cate Blanchett")},
     {("WORK_OF_ART", "Cate Blanchett")}),
    # after a nominee's name and "for", in a sentence of nominees, in an article about works: the work up for it
    ("The film Glass Harbour leads with six nominations; the drama and the comedy Salt Road have two. Other nominees "
     "include Laura Penn for Monster and Mia Tarn for House of Kestrels.",
     {("WORK_OF_ART", "Monster"), ("WORK_OF_ART", "House of Kestrels"), ("PERSON", "Laura Penn")},
     {("PERSON", "Monster"), ("ORG", "House of Kestrels")}),
    # not a club a player is named for in a sentence of nominees in an article about no works
    ("Nominees include Tom Hale for Redvale Rovers and Ann Lee for Portmoor United.",
     {("ORG", "Redvale Rovers")}, {("WORK_OF_ART", "Redvale Rovers")}),
    # nor in an article about no works
    ("Campaign groups including Friends of the Earth, the World Development Movement, and War on Want said trade "
     "policy was wrong.", {("ORG", "Friends of the Earth")}, {("WORK_OF_ART", "Friends of the Earth")}),
    # two known places joined by a hyphen are two places
    ("Flights on the London-Edinburgh route rose.", {("GPE", "London"), ("GPE", "Edinburgh")},
     {("GPE", "London-Edinburgh")}),
    ("He visited Guinea-Bissau and Baden-Baden.", {("GPE", "Guinea-Bissau")}, {("GPE", "Bissau")}),
    # so is a band's or a chain's plural
    ("The show will feature headliners Mallow Sisters and Kestrel Chiefs.",
     {("ORG", "Mallow Sisters"), ("ORG", "Kestrel Chiefs")},
     {("PERSON", "Mallow Sisters"), ("PERSON", "Kestrel Chiefs")}),
])
def test_entities_quoted_or_acted_in_titles_and_firms_named_for_their_trade(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found and not absent & found


@pytest.mark.parametrize("text,present,absent", [
    # capitalised words the models did not read, right before a magazine's or a paper's noun: the outlet
    ("He agreed. Empire magazine's editor Ann Pike said so.", {("ORG", "Empire")}, set()),
    ("Critics told Heat magazine the film was good.", {("ORG", "Heat")}, set()),
    # not a day, a people or a word describing the name after the noun
    ("A Sunday newspaper said the deal was off.", set(), {("ORG", "Sunday")}),
    ("Fashion magazine Vogue said so.", {("ORG", "Vogue")}, {("ORG", "Fashion")}),
])
def test_entities_an_outlet_named_before_its_noun(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found and not absent & found


@pytest.mark.parametrize("text,present,absent", [
    # a name before a product's noun and a company's is the company's own name
    ("Fiat is to integrate the Maserati car company within its own operations.", {("ORG", "Maserati")},
     {("PRODUCT", "Maserati")}),
    # before a product's noun alone, the product
    ("Shoppers bought Dove soap in March.", {("PRODUCT", "Dove")}, {("ORG", "Dove")}),
])
def test_entities_a_company_named_before_its_product_s_noun(run, text, present, absent):
    found = _entities(run(text))
    assert present <= found and not absent & found


@pytest.mark.parametrize("text,works,kept", [
    # the titles a work's title opens a list of, in an article about works, are works, each whole
    ("Ten films are in the running. Also nominated are the teen comedy Rocket Science, The House on the Hill and "
     "Silver Lake. The film festival opens on Friday.",
     {"Rocket Science", "The House on the Hill", "Silver Lake"}, set()),
    ("Critics praised three films. The romantic drama Low Tide, The Long Road and Harbour Lights lead the field. "
     "Each film won a prize.", {"Low Tide", "The Long Road", "Harbour Lights"}, set()),
    # the list's work last, its first title opened by a first name but with a small word inside it
    ("Ten films and two songs are in the running. The singer of Mack the Knife, Dream Lover and Beyond the Sea was "
     "born poor. He starred in the film Beyond the Sea.", {"Mack the Knife", "Dream Lover", "Beyond the Sea"}, set()),
    # not a person the models read inside a title, after a possessive
    ("Critics praised three films and two plays. Ann Bell won for the film Low Tide and Hull's Sam Cole was named best "
     "director.", {"Low Tide"}, {("PERSON", "Sam Cole")}),
    # not a list with a known place in it, nor one that does not end with "and" and its last title
    ("Critics praised three films. The drama Low Tide, which was shot in Spain, won. A film about Rome and Paris "
     "followed.", {"Low Tide"}, {("GPE", "Spain"), ("GPE", "Rome"), ("GPE", "Paris")}),
])
def test_entities_titles_listed_with_a_work_are_works(run, text, works, kept):
    entities = {(e.label, e.name) for e in run(text)._.facts.entities}
    assert {name for label, name in entities if label == "WORK_OF_ART"} == works and kept <= entities


@pytest.mark.parametrize("text,present,absent", [
    # a compass point and "End" or "Side": a quarter of a city, whole
    ("The musical opened in the West End last year.", {("LOC", "West End")}, {("GPE", "West")}),
    ("He grew up in London's East End.", {("LOC", "East End"), ("GPE", "London")}, {("ORG", "East End")}),
    # a longer name holding the words keeps them
    ("Preston North End won at home.", set(), {("LOC", "North End")}),
])
def test_entities_a_quarter_of_a_city(run, text, present, absent):
    _read_with_and_without(run, text, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # a known place before the title of a sport played alone: where the player comes from
    ("Kent athlete Kelly Holmes won the 800m.", {("GPE", "Kent"), ("PERSON", "Kelly Holmes")}, {("ORG", "Kent")}),
    ("Leeds sprinter Ann Ross won the race.", {("GPE", "Leeds")}, {("ORG", "Leeds")}),
    ("Bristol long jumper Tom Hale was second.", {("GPE", "Bristol")}, {("ORG", "Bristol")}),
    # ... but a town before a team player's title is the club
    ("Bath lock Danny Grewcock was banned.", {("ORG", "Bath")}, {("GPE", "Bath")}),
])
def test_entities_a_place_before_a_lone_sportspersons_title(run, text, present, absent):
    _read_with_and_without(run, text, present, absent)


def test_relations_no_club_for_a_lone_sportsperson_from_a_place(run):
    doc = run("Kent athlete Kelly Holmes won the 800m.")
    assert not [r for r in doc._.facts.relations if r.predicate in {"works_for", "member_of", "has_role"}
                and r.object is not None and r.object.name == "Kent"]


@pytest.mark.parametrize("text,present,absent", [
    # a title opening a name, or right before one, whose name the article writes alone: a person so titled
    ("Model Caprice joined the show on Friday. Caprice said she was happy.", {("PERSON", "Caprice")},
     {("ORG", "Model Caprice"), ("ORG", "Caprice")}),
    ("The cast includes model Caprice and singer Kenzie. Caprice said she was happy.", {("PERSON", "Caprice")},
     {("ORG", "Caprice")}),
    # ... not a company named with a title's word, never written without it
    ("General Motors cut 900 jobs on Monday.", {("ORG", "General Motors")}, {("PERSON", "Motors")}),
])
def test_entities_a_title_before_a_name_written_alone(run, text, present, absent):
    _read_with_and_without(run, text, present, absent)


@pytest.mark.parametrize("text,merged,short", [
    # a product by its name without its maker's, the maker named alone: one product
    ("Nintendo said the Nintendo DS would go on sale in March. The DS has two screens.", ("PRODUCT", "Nintendo DS"),
     "DS"),
])
def test_entities_a_product_by_its_name_without_its_makers(run, text, merged, short):
    doc = run(text)
    (entity,) = [e for e in doc._.facts.entities if (e.label, e.name) == merged]
    assert len(entity.mentions) == 2 and not [e for e in doc._.facts.entities if e.name == short]
    assert ("ORG", merged[1].split()[0]) in _entities(doc)


@pytest.mark.parametrize("text,present,absent", [
    # a maker named alone elsewhere, before a known product: the maker and the product, as the gold sets write them
    ("Microsoft said the Microsoft Xbox sold well. The Xbox costs less.", {("ORG", "Microsoft"), ("PRODUCT", "Xbox")},
     {("ORG", "Microsoft Xbox"), ("PRODUCT", "Microsoft Xbox")}),
    ("He had to buy an Apple iPod. Apple has sold six million of them.", {("ORG", "Apple"), ("PRODUCT", "iPod")},
     {("PRODUCT", "Apple iPod")}),
    # ... not a name of its own that holds a product's word
    ("Freddie Mac said profits fell.", set(), {("PRODUCT", "Mac"), ("ORG", "Freddie")}),
])
def test_entities_a_maker_before_its_product(run, text, present, absent):
    _read_with_and_without(run, text, present, absent)



def test_entities_a_long_name_written_once_without_its_and_is_one_organisation(run):
    text = ('The committee was reporting on the work of the Natural Environment Research Council. "It is hard to see '
            'how progress can be made through the deployment of Natural and Environment Research Council\'s limited '
            'resources," it said.')
    doc = run(text)
    (council,) = [e for e in doc._.facts.entities if e.label == "ORG"]
    assert sorted(text[s:e] for s, e in council.mentions) == [
        "Natural Environment Research Council", "Natural and Environment Research Council"]


@pytest.mark.parametrize("text,present,absent", [
    # a dash set off by spaces inside a name: two names
    ("Fund manager Florian Hamm - Borussia Dortmund's largest investor - said he was worried. Borussia Dortmund "
     "shares fell.", {("PERSON", "Florian Hamm"), ("ORG", "Borussia Dortmund")},
     {("PERSON", "Florian Hamm - Borussia Dortmund")}),
    # a follower's word before a person's name
    ("Blairite Alan Milburn was named election chief.", {("NORP", "Blairite"), ("PERSON", "Alan Milburn")},
     {("PERSON", "Blairite Alan Milburn")}),
    # a preposition opening a sentence is no name
    ("Amid the row, Mr Brown spoke to reporters.", {("PERSON", "Brown")}, {("PERSON", "Amid")}),
    # a degree is no name
    ("The PhD. student left the lab.", set(), {("GPE", "PhD."), ("ORG", "PhD.")}),
    ("He worked as a PR executive before politics.", set(), {("ORG", "PR")}),
])
def test_entities_names_cut_from_what_is_no_part_of_them(run, text, present, absent):
    _read_with_and_without(run, text, present, absent)


@pytest.mark.parametrize("text,present,absent", [
    # a name, a hyphen and a lower-case word, then another name: one name
    ("Dell and Samsung joined the Blu-ray Disc Association last year.", {("ORG", "Blu-ray Disc Association")},
     {("GPE", "Blu"), ("ORG", "Disc Association")}),
    # ... not a place or a prize with a participle or a noun made of it
    ("California-based Wells Fargo rose. Oscar-winner Andrea Arnold spoke.",
     {("GPE", "California"), ("ORG", "Wells Fargo"), ("PERSON", "Andrea Arnold")},
     {("ORG", "California-based Wells Fargo"), ("PERSON", "Oscar-winner Andrea Arnold")}),
    # a body named for a place, "and the" and a region: one body
    ("The Economic Commission for Latin America and the Caribbean said growth slowed.",
     {("ORG", "Economic Commission for Latin America and the Caribbean")}, {("LOC", "Caribbean")}),
    # ... not a body and a country, nor two bodies
    ("Talks between the Bank of England and the Netherlands ended.", {("ORG", "Bank of England")}, set()),
    ("The Ministry of Trade and the Treasury agreed.", {("ORG", "Ministry of Trade"), ("ORG", "Treasury")}, set()),
])
def test_entities_one_name_over_its_small_words(run, text, present, absent):
    _read_with_and_without(run, text, present, absent)


def test_entities_a_holiday_naming_a_kind_of_thing_is_no_name(run):
    assert not _entities(run("Their Christmas single topped the chart in December."))


@pytest.mark.parametrize("text,work,person", [
    # a capitalised run before an actor's or a star's noun and a person's name is the work performed in
    ("Gladiator actor Russell Crowe was named best actor.", "Gladiator", "Russell Crowe"),
    ("Arrested Development star Jason Bateman was named best TV actor.", "Arrested Development", "Jason Bateman"),
    ("He dedicated his prize to Superman actor Christopher Reeve, who died last year.", "Superman",
     "Christopher Reeve"),
    ("She praised Only Fools and Horses star David Jason for his new series.", "Only Fools and Horses", "David Jason"),
    ("With Blue Harbour actress Imelda Staunton nominated for best actress, Britain has a chance.", "Blue Harbour",
     "Imelda Staunton"),
])
def test_entities_a_work_before_a_performer_s_noun(run, text, work, person):
    labels = _labels(run(text))
    assert labels.get(work) == "WORK_OF_ART" and labels.get(person) == "PERSON"


@pytest.mark.parametrize("text,name", [
    # a field or a medium, a place, a people's word, a one-word star's run read as a common noun (a band), and in
    # an article about sport a club
    ("Hollywood actor Tom Cruise arrived in London on Monday.", "Hollywood"),
    ("Legendary R&B star Bo Diddley performed with the band.", "R&B"),
    ("British actor Jo Bloggs won the award.", "British"),
    ("Oasis star Liam Gallagher sang at the show.", "Oasis"),
    ("Best actor Foxx could not make the ceremony.", "Best"),
    ("Pink Floyd star Roger Waters said the band would tour.", "Pink Floyd"),
    ("The series ends on Sunday, with Happy Mondays star Bez and actress Jo Bloggs competing for the prize.",
     "Happy Mondays"),
    ("Tennis star Kim Clijsters will make her return at the Antwerp event in February.", "Tennis"),
    ("Chelsea star Frank Lampard scored twice as the Blues beat Everton 2-0 in the league match, and the striker "
     "and the defender were booked before the goal.", "Chelsea"),
    # the end of a person's name the article gives in full
    ("Tom Hanks was there. Hanks co-star Meg Ryan came too.", "Hanks"),
])
def test_entities_no_work_before_a_performer_s_noun(run, text, name):
    assert _labels(run(text)).get(name) != "WORK_OF_ART"


@pytest.mark.parametrize("text,event,short", [
    # an event or award by its last word, singular or plural, where one event of several words ends in it
    ("The film won at the Golden Globe Awards. Unlike the Oscars, the Golden Globes split awards by genre. The Globes "
     "also honour the best in television.", "Golden Globes", "Globes"),
    ("Kerr won the Lisbon Open in May. The Open drew record crowds, the organisers said.", "Lisbon Open", "Open"),
])
def test_entities_an_event_by_its_last_word(run, text, event, short):
    doc = run(text)
    (entity,) = [e for e in doc._.facts.entities if e.name == event]
    assert short in {doc.text[s:e] for s, e in entity.mentions}


def test_entities_an_event_s_last_word_ending_a_person_s_name_stays_apart(run):
    doc = run("Tom Cup won the Davis Cup in May. Cup said he was delighted.")
    assert "Davis Cup" not in {e.name for e in doc._.facts.entities if "Cup" in {doc.text[s:end] for s, end in e.mentions}}


@pytest.mark.parametrize("text,name,mentions", [
    # a European body written in lower case, as British news does, and by its last word alone
    ("New European commission president Ana Vale spoke. Mr Reed said the EU commission's proposal would fail. The "
     "Commission wants more.", "European Commission", 3),
    ("The Electoral Commission said the rules were clear. The Commission will report in May.", "Electoral Commission",
     2),
])
def test_entities_a_body_in_lower_case_and_by_its_last_word(run, text, name, mentions):
    (entity,) = [e for e in run(text)._.facts.entities if e.name == name]
    assert len(entity.mentions) == mentions


def test_entities_a_body_s_last_word_beside_two_such_bodies_stays_apart(run):
    names = {e.name for e in run("The European Council met in Brussels. The UN Security Council also met. The Council "
                                 "said it would act.")._.facts.entities}
    assert {"European Council", "Security Council", "Council"} <= names


@pytest.mark.parametrize("text,found", [
    ("The Turkish-Austrian consortium bought the firm.", {("NORP", "Turkish"), ("NORP", "Austrian")}),
    ("Middlesbrough lost 2-0 at home. The Teessiders were without Viduka.", {("ORG", "Middlesbrough")}),
])
def test_entities_peoples_joined_by_a_hyphen_and_a_club_s_nickname(run, text, found):
    entities = _entities(run(text))
    assert found <= entities and not any(name in {"Turkish-Austrian", "Teessiders"} for _, name in entities)


@pytest.mark.parametrize("text,piece", [
    ("Work and Pensions Secretary Alan Johnson said the agency had failed.", "Pensions"),
    ("Culture, Media and Sport Secretary Tessa Jowell agreed with the plan.", "Media"),
])
def test_entities_a_piece_of_a_department_s_title_is_no_name(run, text, piece):
    assert piece not in {name for _, name in _entities(run(text))}


def test_entities_a_name_before_and_and_a_department_title_stays(run):
    assert ("ORG", "Home Office") in _entities(run("Tony Blair and Home Office Minister Hazel Blears spoke."))


@pytest.mark.parametrize("text,name", [
    ("A Department for Work and Pensions spokeswoman said the rules were clear.", "Department for Work and Pensions"),
    ("The Department for Culture, Media and Sport said no.", "Department for Culture, Media and Sport"),
])
def test_entities_government_departments_by_their_full_names(run, text, name):
    assert ("ORG", name) in _entities(run(text))


CHART = ("The Larks went straight in at number five with Paper Lanterns. Tom Vale entered the chart at four with Slow "
         "River. Making up the top 10 is Harbour of Lost Ships by Green Day, down three places in the singles chart. "
         "Kasabian, who are at number eight with Cut Off, went up.")


@pytest.mark.parametrize("title", ["Paper Lanterns", "Slow River", "Harbour of Lost Ships", "Cut Off"])
def test_entities_a_chart_s_titles_are_works(run, title):
    assert ("WORK_OF_ART", title) in _entities(run(CHART))


@pytest.mark.parametrize("artist", [("ORG", "Green Day"), ("ORG", "Kasabian"), ("PERSON", "Tom Vale")])
def test_entities_a_chart_s_artists_are_bands_unless_named_as_people(run, artist):
    assert artist in _entities(run(CHART))


def test_entities_by_and_with_outside_a_chart_name_no_work(run):
    entities = _entities(run("The report was written by Ann Lee of Leeds University with Acme Holdings."))
    assert not any(label == "WORK_OF_ART" for label, _ in entities)


@pytest.mark.parametrize("text,found,absent", [
    ("G7 finance ministers met in London on Friday.", ("ORG", "G7"), None),
    ("Homes in County Durham were flooded.", ("GPE", "County Durham"), None),
    ("He works at County Hall in Leeds.", None, ("GPE", "County Hall")),
    ("Swift was an 18th Century satirist.", None, ("ORG", "18th Century")),
])
def test_entities_groups_of_nations_counties_and_centuries(run, text, found, absent):
    entities = _entities(run(text))
    assert found is None or found in entities
    assert absent is None or absent not in entities


def test_entities_a_people_in_the_plural_the_models_miss_is_a_nationality(run):
    assert ("NORP", "Britons") in _entities(run("Now almost 90% of Britons own a handset, the regulator said."))


def test_entities_a_name_set_off_by_a_dash_opens_after_it(run):
    names = {name for _, name in _entities(run("Film - The Harbour; director - Mike Leigh; actor - Jamie Foxx."))}
    assert "Mike Leigh" in names and not any(name.startswith("-") for name in names)


@pytest.mark.parametrize("text,expected,mentions", [
    ("Parish Sheriff Harry Lee said the jury was right.", ("PERSON", "Harry Lee"), 1),
    ("AOL said AOL Instant Messenger had 40 million users.", ("PRODUCT", "AOL Instant Messenger"), 1),
])
def test_entities_titles_and_messengers(run, text, expected, mentions):
    (entity,) = [e for e in run(text)._.facts.entities if (e.label, e.name) == expected]
    assert len(entity.mentions) == mentions


def test_entities_a_team_sheet_s_towns_in_brackets_are_clubs(run):
    text = ("Harlow back for Wales\n\nWales coach Gareth Lyle has named Swansea lock Tom Harlow in his side for the "
            "match against Scotland, and the team will play at home on Saturday.\n\nT Harlow (Swansea, capt); R Bevan "
            "(Cardiff), D Moss (Cardiff), G Ellis (Newport), M Pryce (Llanelli), K Wynne (Italy).\n\n"
            "Referee: P Dowd (Staffordshire)")
    labels = {(e.text, e.label_) for e in run(text).ents}
    assert {("Newport", "ORG"), ("Llanelli", "ORG"), ("Cardiff", "ORG")} <= labels
    assert ("Italy", "GPE") in labels and ("Staffordshire", "ORG") not in labels


def test_entities_a_squad_of_surnames_with_clubs_in_brackets(run):
    text = ("Lyle names Wales squad\n\nWales coach Gareth Lyle has named Swansea defender Tom Harlow in his squad for "
            "the match against Scotland, and the team will play at home on Saturday.\n\nHarlow (Swansea), Bevan "
            "(Newport), Moss (West Ham), Ellis (Tranmere), Pryce (Italy).\n\nThe coach said Gareth (Thomas) was out.")
    labels = {(e.text, e.label_) for e in run(text).ents}
    assert {("Newport", "ORG"), ("West Ham", "ORG"), ("Tranmere", "ORG")} <= labels
    assert ("Italy", "GPE") in labels and ("Thomas", "ORG") not in labels


@pytest.mark.parametrize("text,name,label", [
    # a name with a possessive before a company's title and a person's name: the company, in every mention
    ("Jet Deccan has signed a deal to acquire 36 planes. But Jet Deccan's managing director Ravi Menon has said the "
     "price was fair.", "Jet Deccan", "ORG"),
    ("Tony Blair has a plan. Blair's spokesman Tom Kelly said it would work.", "Tony Blair", "PERSON"),
    # the examples of a plural noun for firms, after a place's possessive
    ("Low-cost carriers such as Ireland's Skylark and Spain's Vuelo grew fast.", "Skylark", "ORG"),
    ("Low-cost carriers such as Ireland's Skylark and Spain's Vuelo grew fast.", "Vuelo", "ORG"),
    ("Low-cost carriers such as Ireland's Skylark and Spain's Vuelo grew fast.", "Ireland", "GPE"),
    # the one word after a title and "for", read as a place no list knows: the employer
    ("Peter Hale, senior technology consultant for Sorvos, said spam was rising.", "Sorvos", "ORG"),
    ("Ann Lee, the minister for Wales, said spam was rising.", "Wales", "GPE"),
])
def test_entities_companies_by_their_titles_and_examples(run, text, name, label):
    assert {e.label_ for e in run(text).ents if e.text == name} == {label}


@pytest.mark.parametrize("text,name,label", [
    # the names listed after "tools such as", an owner's possessive before one: the owner's products
    ("Tools such as Google's Blogger, MovableType and Yahoo's Jotter make it easy to run a blog.", "Blogger", "PRODUCT"),
    ("Tools such as Google's Blogger, MovableType and Yahoo's Jotter make it easy to run a blog.", "MovableType",
     "PRODUCT"),
    ("Tools such as Google's Blogger, MovableType and Yahoo's Jotter make it easy to run a blog.", "Google", "ORG"),
    # a name right after a family word in lower case: a relative, even with a town's name
    ("His career included a public row with daughter Victoria over civil rights. Victoria, a lobbyist, denounced "
     "her father's actions.", "Victoria", "PERSON"),
    ("Mother Teresa visited Victoria last year.", "Victoria", "GPE"),
])
def test_entities_products_listed_and_relatives_named(run, text, name, label):
    assert {e.label_ for e in run(text).ents if e.text == name} == {label}


WORKS_NOMINATED = (
    "Directors named for film awards\n\nThe film and television awards honour the year's best films. "
    "Other nominees include Tom Hale for Maxton and Ann Dale for Kestrelby. The awards will see Hale compete for the "
    "directing prize with Jo Reed for Vantrell. Scorsese was nominated for a fifth time for the Howard Hughes biopic "
    "The Navigator. In the TV categories, the directors of Grantmoor, Quillby and Stray Dogs are all nominated. HOW "
    "IT ALL STARTED The first awards were handed out in 1990.")


@pytest.mark.parametrize("name,label", [
    ("Maxton", "WORK_OF_ART"),  # after a nominee and "for": a place no list knows is the work
    ("Kestrelby", "WORK_OF_ART"),
    ("Vantrell", "WORK_OF_ART"),  # a nominee in a sentence of a prize
    ("The Navigator", "WORK_OF_ART"),  # a work noun the tagger reads as a verb
    ("Grantmoor", "WORK_OF_ART"), ("Quillby", "WORK_OF_ART"), ("Stray Dogs", "WORK_OF_ART"),  # each listed work
])
def test_entities_works_named_in_an_article_about_works(run, name, label):
    assert {e.label_ for e in run(WORKS_NOMINATED).ents if e.text == name} == {label}


def test_entities_a_heading_in_capitals_inside_a_paragraph_names_nothing(run):
    texts = {e.text for e in run(WORKS_NOMINATED).ents}
    assert not texts & {"HOW", "HOW IT ALL STARTED", "STARTED"}


def test_entities_a_headline_in_capitals_on_its_own_line_keeps_its_names(run):
    texts = {e.text for e in run("LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY\n\nLeicestershire beat Kent by "
                                 "an innings on Saturday.").ents}
    assert "LEICESTERSHIRE" in texts


def test_entities_a_replacement_or_a_country_in_brackets_is_no_club(run):
    text = ("Wales name Harlow in side\n\nWales coach Gareth Lyle has named Swansea lock Tom Harlow in his side for "
            "the match against Scotland, and the team will play at home on Saturday.\n\n"
            "15 - Tom Harlow (Rhys Bevan, 48 mins), 14 - Dai Moss (Britain), 13 - Ian Pryce (Newport).")
    labels = {(e.text, e.label_) for e in run(text).ents}
    assert ("Rhys Bevan", "PERSON") in labels and ("Britain", "GPE") in labels and ("Newport", "ORG") in labels


@pytest.mark.parametrize("name,label", [
    ("Elena Morova", "PERSON"),  # a player read as an organisation: a known first name, in sport
    ("French Open", "EVENT"),  # read as a language
    ("Wimbledon", "EVENT"),  # a place before a competition's title
    ("Spain", "GPE"),
])
def test_entities_players_and_competitions_in_sport(run, name, label):
    text = ("Hale into Doha last eight\n\nAnn Hale moved into the quarter-finals of the Doha Open, and now faces Mia "
            "Vale. Australian Open champion Mia Vale survived an early scare to beat Russia's Elena Morova. French "
            "Open champion Ida Kern sailed through, and will face fellow former Wimbledon champion, Jo Reyes of Spain, "
            "the seventh seed, in the next match of the tournament.")
    assert {e.label_ for e in run(text).ents if e.text == name} == {label}


def test_entities_a_player_read_as_an_organisation_is_a_person_in_sport(run):
    text = ("Vale into Doha last eight\n\nMia Vale moved into the quarter-finals of the tournament. Vale survived an "
            "early scare to beat Russia's Li Wen 1-6 6-1 6-4 in the match, and the top seed will face Ida Kern.")
    assert {e.label_ for e in run(text).ents if e.text == "Li Wen"} == {"PERSON"}


def test_entities_a_firm_named_for_a_person_outside_sport_stays_one(run):
    text = "Shares in Laura Ashley rose 4% after the retailer said Laura Ashley had sold more dresses."
    assert "PERSON" not in {e.label_ for e in run(text).ents if e.text == "Laura Ashley"}


@pytest.mark.parametrize("text,name", [
    # firms whose names join two names by "and" or "&": one organisation
    ("Ernst and Young's Dana Reed said the market would grow.", "Ernst and Young"),
    ("Marks and Spencer said sales fell in the quarter.", "Marks and Spencer"),
    ("Procter & Gamble's chief executive spoke on Monday.", "Procter & Gamble"),
])
def test_entities_known_firms_joined_by_and(run, text, name):
    assert (name, "ORG") in {(e.text, e.label_) for e in run(text).ents}


def test_entities_the_house_is_the_one_chamber_the_article_names(run):
    doc = run("Mr Brown told the Commons that fuel duty would rise. He told the House the rise was small.")
    names = {e.name for e in doc._.facts.entities if e.label == "ORG"}
    assert names == {"House of Commons"}


COMEDY_POLL = ("Little Kingdom duo top comedy list\n\n"
               "Little Kingdom stars Tom Reed and Ian Hale have been named the most powerful people in TV comedy, in a "
               "poll by a listings magazine. The duo kept Lantern Nights creator Jo Kaye at number two. Newcomers to "
               "the annual list included Nighty Night star Julia Davis at seven. The first episode of the latest series "
               "of Little Kingdom drew 1.8 million viewers, and the show's second series starts in May.")


@pytest.mark.parametrize("name", ["Little Kingdom", "Lantern Nights", "Nighty Night"])
def test_entities_shows_before_their_stars_and_creators_in_an_article_about_works(run, name):
    assert {e.label_ for e in run(COMEDY_POLL).ents if e.text == name} == {"WORK_OF_ART"}


@pytest.mark.parametrize("text", [
    "Happy Mondays star Bez has won the reality show, beating the band's rivals.",
    # in an article about works, a plural name read as an organisation is likelier a band's
    "Happy Mondays star Bez has won the reality show. The series drew the channel's best ratings, and the show's "
    "final episode and the film of it follow.",
])
def test_entities_a_band_before_its_star_stays_one(run, text):
    assert "WORK_OF_ART" not in {e.label_ for e in run(text).ents if e.text == "Happy Mondays"}


def test_entities_a_rugby_club_s_nickname_is_the_club_the_article_names(run):
    doc = run("Leicester wing Tom Reed hopes to use Sunday's clash with Wasps as a springboard. Reed scored the Tigers' "
              "third try in the league match, and the club's coach said the team was strong.")
    (club,) = [e for e in doc._.facts.entities if e.name == "Leicester"]
    assert len(club.mentions) == 2 and not [e for e in doc._.facts.entities if e.name == "Tigers"]


@pytest.mark.parametrize("name,label", [
    ("National Television", "EVENT"), ("British Comedy", "EVENT"),  # ceremonies listed before "awards"
    ("Royal Television Society", "ORG"),  # an organisation's name, which gives its awards
    ("Transport for London", "ORG"),
])
def test_entities_awards_listed_before_their_noun_and_known_organisations(run, name, label):
    doc = run("The duo won numerous awards for the show in 2004, including National Television, Royal Television "
              "Society and British Comedy awards. Transport for London's campaign reached 12,500 people.")
    assert {e.label_ for e in doc.ents if e.text == name} == {label}


@pytest.mark.parametrize("text,name,count", [
    # a surname alone as the subject of a verb of speech, read by no model, is the person named in full, before the
    # full name or after it
    ("Okonjo admitted the plan had failed. Ngozi Okonjo, the finance minister, took charge of the talks in March. "
     "Okonjo said the deal was close.", "Ngozi Okonjo", 3),
    ("Pemberly revealed she had finished the novel. The fifth book by JT Pemberly sold well.", "JT Pemberly", 2),
])
def test_a_surname_speaking_alone_is_the_person(run, text, name, count):
    matches = [e for e in run(text)._.facts.entities if e.name == name]
    assert len(matches) == 1 and len(matches[0].mentions) == count


def test_a_surname_after_another_first_name_is_not_the_person(run):
    doc = run("The fifth book by JT Pemberly sold well. Tom Pemberly said it was his sister's best.")
    assert {e.name: len(e.mentions) for e in doc._.facts.entities}.get("JT Pemberly") == 1


def test_entities_a_name_read_as_a_date_in_one_mention_is_the_name(run):
    # "Green Day" read as a date where the article names it elsewhere: the name, no date; a one-word month stays one
    doc = run("Green Day's new single is number two in the chart. Fans of Green Day cheered. Green Day said the "
              "album sold well. In May, Theresa May said no.")
    assert not [d for d in doc._.facts.dates if "Green" in doc.text[d.start:d.end]]
    assert "May" in {doc.text[d.start:d.end] for d in doc._.facts.dates}


def test_entities_names_listed_after_a_site_in_a_region_are_places(run):
    """"its plants at Newton Aycliffe and Spennymoor in County Durham", read as a person and an organisation: two
    towns, in every mention; people met at a place stay people."""
    doc = run("Vantrex will close its plants at Newton Bramley and Spennwick in County Durham. It makes lawn products "
              "in Newton Bramley, and ovens in Spennwick. The Newton Bramley plant could also be affected.")
    found = {e.name: (e.label, len(e.mentions)) for e in doc._.facts.entities}
    assert found["Newton Bramley"] == ("GPE", 3) and found["Spennwick"][0] == "GPE", found
    assert ("PERSON", "Tom Hale") in _entities(run("He met Tom Hale and Ann Lee in London on Monday."))


def test_a_house_after_at_named_with_its_possessive_mark_keeps_it(run):
    """"The auction, at Sotheby's, will feature": read as a person's, the mark owning nothing after "at": the house,
    its owning mention too; a first name's stays a person's ("at Tom's", a home)."""
    doc = run("The auction, at Pellingham's, will feature 45 paintings. Tobias Meyer, Pellingham's worldwide head of "
              "contemporary art, said so. The party was at Tom's.")
    found = {(e.label, e.name, len(e.mentions)) for e in doc._.facts.entities}
    assert ("ORG", "Pellingham's", 2) in found, found
    assert ("PERSON", "Tom") in {(label, name) for label, name, _ in found}


def test_a_channel_in_brackets_after_a_show_is_no_other_name_of_it(run):
    doc = run("The show was later commissioned for BBC Three. The award went to Tom Hale and Ann Lee from The Mighty "
              "Boosh (BBC Three) on Sunday.")
    names = {e.name: len(e.mentions) for e in doc._.facts.entities}
    assert names.get("BBC Three") == 2, names


@pytest.mark.parametrize("text,absent", [
    # one word in brackets abbreviating the common words right before it names nothing
    ("Minority ethnic led (Mel) companies are often squeezed out of the market.", "Mel"),
    ("Firms run by minority ethnic led (Mel) teams grew last year.", "Mel"),
])
def test_entities_an_abbreviation_of_common_words_is_no_name(run, text, absent):
    assert absent not in {name for _, name in _entities(run(text))}
    # a name's acronym stays its other name
    assert ("ORG", "World Health Organization") in _entities(run("The World Health Organization (WHO) said so."))
