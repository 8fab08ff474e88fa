import pytest

pytestmark = pytest.mark.slow


def _relations(doc):
    return {(r.predicate, r.subject.name, r.object.name if r.object else None, r.role) for r in doc._.facts.relations}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Marine Gen. Francis L. Donovan, commander of U.S. Southern Command, praised the troops.",
         ("has_role", "Francis L. Donovan", "Southern Command", "commander")),
        ("Daniel Noboa, Ecuador's president, declared a state of emergency.",
         ("has_role", "Daniel Noboa", "Ecuador", "president")),
        ("Jane Doe, a spokesperson for Amnesty International, said the report was accurate.",
         ("has_role", "Jane Doe", "Amnesty International", "spokesperson")),
        ("Venezuela's President Nicolas Maduro rejected the claims.",
         ("has_role", "Nicolas Maduro", "Venezuela", "president")),
        # an organisation's acronym in brackets between its name and the title
        ("But the Ruritania Rugby Football Union (RRFU) chairman Tom Vellis has called for a vote.",
         ("has_role", "Tom Vellis", "Ruritania Rugby Football Union", "chairman")),
        ("Since President Donald Trump took office, the U.S. has taken aggressive steps.",
         ("has_role", "Donald Trump", "United States", "president")),
        ("The violence in Kenya grew. President William Ruto declared an emergency.",
         ("has_role", "William Ruto", "Kenya", "president")),
        ("Volta Motors cut 2,500 jobs. Chief Executive Laura Kim said demand had fallen.",
         ("has_role", "Laura Kim", "Volta Motors", "chief executive")),
        ("Nigeria's President Bola Tinubu on Monday named Amina Yusuf as finance minister.",
         ("has_role", "Amina Yusuf", "Nigeria", "finance minister")),
        ("The board of Siemens appointed Peter Hall as chief executive on Friday.",
         ("has_role", "Peter Hall", "Siemens", "chief executive")),
        ("The court heard that Lena Sorensen was named as finance director of Tarvex Holdings in 2019.",
         ("has_role", "Lena Sorensen", "Tarvex Holdings", "finance director")),
        ("Interior Minister Ana Ruiz of Spain said the border would reopen.",
         ("has_role", "Ana Ruiz", "Spain", "interior minister")),
        ("Spanish Foreign Minister Maria Albares met her counterparts in Rome.",
         ("has_role", "Maria Albares", "Spain", "foreign minister")),
        ("General Motors recalled 40,000 trucks. Its chief executive, Mary Barra, apologised.",
         ("has_role", "Mary Barra", "General Motors", "chief executive")),
        ("Ana Ruiz, a former analyst at Goldman Sachs, joined the ministry in May.",
         ("has_role", "Ana Ruiz", "Goldman Sachs", "former analyst")),
        ("Opposition leader Keir Starmer criticised the budget on Monday.",
         ("has_role", "Keir Starmer", None, "opposition leader")),
        ("Hamid Karimi, a member of the Taliban, was arrested.", ("member_of", "Hamid Karimi", "Taliban", None)),
        ("The AfD's co-leader, Alice Weidel, called the result historic.",
         ("has_role", "Alice Weidel", "AfD", "co-leader")),
    ],
)
def test_relations_has_role(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Secretary of State Marco Rubio visited Ecuador in September.", ("visited", "Marco Rubio", "Ecuador", None)),
        ("During the trip, the U.S. designated two criminal groups in Ecuador, Los Lobos and Los Choneros, as "
         "terrorist organizations.", ("designated", "United States", "Los Lobos", "terrorist organizations")),
        ("In January, U.S. forces executed a raid in Venezuela to capture President Nicolas Maduro.",
         ("captured", "United States", "Nicolas Maduro", None)),
        ("Chancellor Olaf Scholz met Emmanuel Macron in Berlin.", ("met", "Olaf Scholz", "Emmanuel Macron", None)),
        ("John Wilkes Booth killed Abraham Lincoln in 1865.", ("killed", "John Wilkes Booth", "Abraham Lincoln", None)),
        ("Israel attacked Hamas in Gaza on Saturday.", ("attacked", "Israel", "Hamas", None)),
        ("Turkish police arrested Ahmet Yilmaz in Ankara.", ("arrested", "Turkish", "Ahmet Yilmaz", None)),
        ("Maria Lopez lives in Madrid with her family.", ("lives_in", "Maria Lopez", "Madrid", None)),
        ("Peter Hall works for Siemens in Munich.", ("works_for", "Peter Hall", "Siemens", None)),
        ("Quito, Ecuador, was calm on Sunday.", ("located_in", "Quito", "Ecuador", None)),
        # a place noun of a named place, then the places it holds
        ("Objectors include the Manchester boroughs of Salford and Stockport.",
         ("located_in", "Salford", "Manchester", None)),
        ("Objectors include the Manchester boroughs of Salford and Stockport.",
         ("located_in", "Stockport", "Manchester", None)),
        ("The charity Oxfam, which is based in Oxford, said aid was running out.", ("based_in", "Oxfam", "Oxford", None)),
        ("The army fought two rebel groups in Colombia, FARC and ELN, for decades.", ("based_in", "FARC", "Colombia", None)),
        ("Prime Minister Mark Carney spoke on Monday. He flew to Paris on Tuesday.", ("visited", "Mark Carney", "Paris", None)),
        ("The Nairobi-based Safaricom reported higher profits.", ("based_in", "Safaricom", "Nairobi", None)),
        ("Volta Motors cut jobs. The Detroit-based carmaker also closed two plants.",
         ("based_in", "Volta Motors", "Detroit", None)),
    ],
)
def test_relations_from_verbs_and_places(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize(
    "text,absent",
    [
        # A person near an organisation they do not work for.
        ("John Smith criticised Google on Monday.", "has_role"),
        ("Anna Berg stood outside the offices of Amnesty International.", "works_for"),
        # Visiting a country does not make a minister that country's official.
        ("He came to Washington, and Secretary of State Marco Rubio visited Ecuador in September.", None),
    ],
)
def test_relations_negatives(run, text, absent):
    relations = _relations(run(text))
    if absent is not None:
        assert not [r for r in relations if r[0] == absent]
    else:
        assert ("has_role", "Marco Rubio", "Ecuador", "secretary of state") not in relations


@pytest.mark.parametrize(
    "text,organisation,place",
    [
        ("The comedy airs on the ABC network in the US and on Channel 5 in Britain.", "ABC", "United States"),
        ("Lena Ortiz, an editor with the Reuters agency in Canada, wrote the report.", "Reuters", "Canada"),
    ],
)
def test_relations_organisation_before_its_noun_spans_forward(run, text, organisation, place):
    """"the ABC network in the US": the organisation comes before the noun, the evidence still runs forward."""
    doc = run(text)
    (relation,) = [r for r in doc._.facts.relations if r.predicate == "based_in"]
    assert (relation.subject.name, relation.object.name) == (organisation, place)
    assert relation.start <= relation.end
    assert doc.text[relation.start:relation.end].startswith(organisation)


@pytest.mark.parametrize("text", ["Marine Gen. Francis L. Donovan, commander of U.S. Southern Command, spoke."])
def test_relations_evidence_is_the_slice(run, text):
    doc = run(text)
    for relation in doc._.facts.relations:
        evidence = doc.text[relation.start:relation.end]
        assert relation.subject.name.split()[-1] in evidence


@pytest.mark.parametrize(
    "text,predicate",
    [
        # the parse gives the last token of a three-word name
        ("Mary Ellen Carter, a spokeswoman for Tarvex Holdings, declined to comment.", "has_role"),
        # the holder before the title, and after the name
        ("Brazilian Finance Minister Paulo Ribeiro Santos resigned on Friday.", "has_role"),
        ("Transport Minister Karin Holm of Norway resigned on Friday.", "has_role"),
        ("Nordea Bank appointed Maria Elena Santos as chief executive on Monday.", "has_role"),
        ("Prices rose in Santa Barbara, California, last year.", "located_in"),
    ],
)
def test_relations_evidence_holds_both_whole_mentions(run, text, predicate):
    """The evidence runs from the start of the first participant's mention to the end of the last one's."""
    doc = run(text)
    found = [r for r in doc._.facts.relations if r.predicate == predicate and r.object is not None]
    assert found
    for relation in found:
        for entity in (relation.subject, relation.object):
            assert any(relation.start <= s and e <= relation.end for s, e in entity.mentions), (entity.name, relation)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Heavy rain fell in Bergen, Norway, on Monday.", ("located_in", "Bergen", "Norway", None)),
        ("Divers searched the Ogowe River in Gabon.", ("located_in", "Ogowe River", "Gabon", None)),
        ("Cox Meats Inc. in Chicago processed the beef.", ("based_in", "Cox Meats Inc.", "Chicago", None)),
        ("Nigeria's Dangote Cement raised prices.", ("based_in", "Dangote Cement", "Nigeria", None)),
        ("Tomas Reyes, 42, of Tucson was charged on Monday.", ("lives_in", "Tomas Reyes", "Tucson", None)),
        ("Police arrested Hana Novak of Brno on Monday.", ("lives_in", "Hana Novak", "Brno", None)),
    ],
)
def test_relations_from_the_words_between_a_name_and_a_place(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize(
    "text,expected",
    [
        # a title in lower case, its organisation right before it
        ("The plant is safe, said Siemens spokesman Peter Hall.", ("has_role", "Peter Hall", "Siemens", "spokesman")),
        # a title as the complement of "be"
        ("Maria Gomez is chief economist at Deutsche Bank.",
         ("has_role", "Maria Gomez", "Deutsche Bank", "chief economist")),
        ("The fire is contained, said Greg Thayer of the Forest Service.",
         ("works_for", "Greg Thayer", "Forest Service", None)),
        # the organisation under a nested "for", the city under "in" left out; what the title is of stays in it
        ("Carl Berg, head of research for Nordea Bank in Oslo, declined to comment.",
         ("has_role", "Carl Berg", "Nordea Bank", "head of research")),
    ],
)
def test_relations_work_for_phrases(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Ivo Marek, the assassin of Prime Minister Lena Dahl, was sentenced on Monday.", {("Ivo Marek", "Lena Dahl")}),
        ("Lena Dahl's killer, Ivo Marek, was denied parole.", {("Ivo Marek", "Lena Dahl")}),
        ("Ivo Marek, a critic of Lena Dahl, spoke on Monday.", set()),  # not an agent noun
        ("The assassin, Ivo Marek, fled.", set()),  # no victim named
    ],
)
def test_relations_killed_from_agent_nouns(run, text, killed):
    assert {(r.subject.name, r.object.name) for r in run(text)._.facts.relations if r.predicate == "killed"} == killed


@pytest.mark.parametrize(
    "text,pair,predicate",
    [
        ("Germany, France and Italy signed the deal.", ("Germany", "France"), "located_in"),  # a list of countries
        ("Flights to Lyon, Paris and Nice were cancelled.", ("Lyon", "Paris"), "located_in"),  # a list of cities
        ("The talks with Hamas in Cairo ended.", ("Hamas", "Cairo"), "based_in"),  # "in" belongs to the talks
        ("Apple sued Samsung in California.", ("Samsung", "California"), "based_in"),  # ... to the suing
        # the city says where the ministry is, not whom the spokeswoman works for
        ("Mia Holt, a spokeswoman for the ministry in Oslo, declined to comment.", ("Mia Holt", "Oslo"), "has_role"),
        ("Senator Dana Whitfield of Ohio spoke.", ("Dana Whitfield", "Ohio"), "lives_in"),  # has_role says it already
        # a country lies in no other place of a list, nor in the city after it
        ("British troops remain in Basra in Iraq, Kabul in Afghanistan and the Balkans.", ("Iraq", "Kabul"),
         "located_in"),
        ("British troops remain in Basra in Iraq, Kabul in Afghanistan and the Balkans.", ("Basra", "Afghanistan"),
         "located_in"),
    ],
)
def test_relations_from_the_words_between_negatives(run, text, pair, predicate):
    found = {(r.subject.name, r.object.name) for r in run(text)._.facts.relations
             if r.object is not None and r.predicate == predicate}
    assert pair not in found


@pytest.mark.parametrize(
    "text,published,predicate,value",
    [
        ("Secretary of State Marco Rubio visited Ecuador in September.", "2026-02-17", "visited", "2025-09"),
        ("In January, U.S. forces executed a raid in Venezuela to capture President Nicolas Maduro.", "2026-02-17",
         "captured", "2026-01"),
    ],
)
def test_relations_point_to_their_date(run, text, published, predicate, value):
    (relation,) = [r for r in run(text, published)._.facts.relations if r.predicate == predicate]
    assert relation.when is not None and relation.when.value == value


@pytest.mark.parametrize(
    "text",
    ["its than Apollo who Nairobi-based last by COVID-19 Secretary more January killed U.S. “ about 2024",
     "The Nairobi-based Safaricom and the Lagos-based MTN grew.", "Daniel Noboa, Ecuador's president, spoke."],
)
def test_relations_spans_are_ordered(run, text):
    for relation in run(text)._.facts.relations:
        assert relation.start <= relation.end


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Nvidia Corp on Wednesday reported record revenue.\n\n\"The age of AI is here,\" Chief Executive Jensen Huang "
         "said. Demand for its Blackwell chips was staggering, he added.",
         ("has_role", "Jensen Huang", "Nvidia Corp", "chief executive")),
    ],
)
def test_relations_inferred_holder_prefers_what_came_before(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize("text,expected", [
    ("Rock star Lena Dahl has been praised by police.", ("has_role", "Lena Dahl", None, "rock star")),
    ("Detective Inspector Tom Hale of Kent Police said the house was empty.",
     ("has_role", "Tom Hale", "Kent Police", "detective inspector")),
])
def test_relations_occupational_titles_are_roles(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize("text,expected", [
    # a town named with its region: what is based or lives there is based or lives in the region too
    ("Tarvex Corp., based in Franklin Lakes, N.J., makes syringes.", ("based_in", "Tarvex Corp.", "N.J.", None)),
    # an organisation's headquarters named after it, with the place they are in
    ("At a briefing at Norvex headquarters in Rockville, Md., engineers said the site was safe.",
     ("based_in", "Norvex", "Rockville", None)),
    ("At a briefing at Norvex headquarters in Rockville, Md., engineers said the site was safe.",
     ("based_in", "Norvex", "Md.", None)),
    # a seat of two words ("head office")
    ("Vodafone, which has its head office in Newbury, said sales rose.", ("based_in", "Vodafone", "Newbury", None)),
    # a home with the place it is in
    ("Ana Lee said from her home in Okolona that she was tired.", ("lives_in", "Ana Lee", "Okolona", None)),
    # a person based somewhere lives there, as a company based there is based there
    ("US-based runner Jane Moss won the 3,000m race in Glasgow.", ("lives_in", "Jane Moss", "United States", None)),
    ("Jane Moss, a Paris-based designer, said prices had risen.", ("lives_in", "Jane Moss", "Paris", None)),
    # a party label between a politician's name and the title: the title is the politician's
    ("Sen. Ann Lee, D-Mich., chairman of the Senate Banking Committee, said the bill would pass.",
     ("has_role", "Ann Lee", "Senate Banking Committee", "chairman")),
])
def test_relations_towns_homes_and_party_labels(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize("text,subject", [
    ("Sen. Ann Lee, D-Mich., chairman of the Senate Banking Committee, said the bill would pass.", "Mich."),
    ("Rep. Tom Hale (R-Utah) criticised the Senate Banking Committee on Monday.", "Utah"),
])
def test_relations_a_party_label_holds_nothing(run, text, subject):
    assert not any(r[1] == subject for r in _relations(run(text)))


@pytest.mark.parametrize("text", [
    # no known first name opens the name: the models took a firm for a person, and a firm lives nowhere
    "Vardex, a Leeds-based firm, grew.",
    # the base is a body's, named between
    "Paul Hart of the Orwell Forum, a Brussels-based think tank, said so.",
    # the base is another person's, with "and" between
    "The Newport-based sprinter and team-mates Jason Hale and Tom Bell were honoured.",
])
def test_relations_no_home_from_a_base_that_is_not_the_persons(run, text):
    assert not [r for r in _relations(run(text)) if r[0] == "lives_in"]


def test_relations_a_holder_is_not_read_through_a_clause(run):
    found = _relations(run("Ana Lee, a wealthy activist for conservative causes who was endorsed by former Norvex aide "
                           "Tom Hale, won the seat."))
    assert not any(r[1] == "Ana Lee" and r[2] == "Norvex" for r in found)
    assert ("has_role", "Tom Hale", "Norvex", "former aide") in found


@pytest.mark.parametrize("text", [
    "Tom Hale, who is a prominent member of France's Jewish community, spoke on Monday.",
    "Tom Hale, a leading member of France's Jewish community, spoke on Monday.",
])
def test_relations_a_member_is_a_member_of_an_organisation(run, text):
    assert not any(r[0] == "member_of" for r in _relations(run(text)))


@pytest.mark.parametrize("text,pair,predicate", [
    # a place in a title is the title's, not a place in the country before it
    ("Britain's Europe minister Denis MacShane spoke on Monday.", ("Europe", "United Kingdom"), "located_in"),
    # "join" needs the organisation itself as its object, not a name lower down in it
    ("The Open Rights Group has joined a legal fight between three journalists and Norvex.",
     ("Open Rights Group", "Norvex"), "member_of"),
])
def test_relations_titles_and_joined_fights_negatives(run, text, pair, predicate):
    assert not any(r[0] == predicate and (r[1], r[2]) == pair for r in _relations(run(text)))


def test_relations_joining_an_organisation(run):
    assert ("member_of", "Tom Hale", "Norvex Group", None) in _relations(run("Tom Hale joined Norvex Group in 2001."))


@pytest.mark.parametrize("text,expected", [
    # a place or a nationality describing the noun before an organisation's name: where it is based
    ("Lisbon side Benfica won the cup on Sunday.", ("based_in", "Benfica", "Lisbon", None)),
    ("Shares in German carmaker BMW rose 3%.", ("based_in", "BMW", "Germany", None)),
    ("Chilean winemaker Valdora said exports rose.", ("based_in", "Valdora", "Chile", None)),
    # the nationality the parse hangs on a name of two words, before the noun
    ("Indian airline Jet Airways said profits rose.", ("based_in", "Jet Airways", "India", None)),
    ("Swiss drugmaker Harlow Pharma said profits rose.", ("based_in", "Harlow Pharma", "Switzerland", None)),
    # a person "-based" right before the title and a name no first-name list knows
    ("The firm was founded by London-based businessman Naresh Goya.", ("lives_in", "Naresh Goya", "London", None)),
    ("US band Grey Lanterns was named best new act.", ("based_in", "Grey Lanterns", "United States", None)),
    ("He told US magazine Screen Monthly that he never watched it.",
     ("based_in", "Screen Monthly", "United States", None)),
    # "-based" on the noun of an apposition: the organisation it describes
    ("Norvex Corp., a Leeds-based company, cut 200 jobs.", ("based_in", "Norvex Corp.", "Leeds", None)),
    # a nationality before a maker's noun; each organisation listed after a plural noun
    ("Japanese manufacturer Kitano said sales rose.", ("based_in", "Kitano", "Japan", None)),
    ("British casino operators Harrow Clubs International, Penley Group and Stanway Leisure welcomed the bill.",
     ("based_in", "Stanway Leisure", "United Kingdom", None)),
    # a place owning the noun a copula gives the organisation, also after "one of"
    ("Harlow Foods is already one of Canada's largest food producers.", ("based_in", "Harlow Foods", "Canada", None)),
    ("Tamberg Bank is Germany's biggest lender.", ("based_in", "Tamberg Bank", "Germany", None)),
    # a college, a school or a hospital and its town after a comma
    ("He was educated at Eton and at Hartley College, Oxford, before the war.",
     ("based_in", "Hartley College", "Oxford", None)),
    # where an event or a gathering takes place, whatever the "in" hangs on
    ("Delegates met at the Global Mobile Summit in Cannes.", ("located_in", "Global Mobile Summit", "Cannes", None)),
    # and through a part or an outcome of the event
    ("Wales's Netball World Cup triumph in Jamaica changed the sport.",
     ("located_in", "Netball World Cup", "Jamaica", None)),
    # "the German company": of the two companies named once each, the latest
    ("Harlow Foods is based in Ontario. Siemens unveiled a phone. The German company said sales rose.",
     ("based_in", "Siemens", "Germany", None)),
])
def test_relations_described_organisations(run, text, expected):
    assert expected in _relations(run(text))


def test_relations_a_name_listed_before_a_described_noun_is_no_place(run):
    """"competition from Harbury and chip makers Nordwell and Penmark": the parse may hang the list's first name on
    the noun, as if it described it; a name with its own "and" is a list, not where the makers are based."""
    text = "Sony saw off a challenge from Toshiba and chip makers Nordwell and Penmark to win."
    assert not any(r[0] == "based_in" for r in _relations(run(text)))


def test_relations_a_bid_for_an_event_is_not_where_it_is_held(run):
    relations = _relations(run("Since the Olympics bid in Lisbon failed, he quit."))
    assert not any(r[0] == "located_in" for r in relations)


@pytest.mark.parametrize("text", [
    "She studied at Hartley College, London and Harvard.",
    "Harlow Foods is already one of Canada's largest food producers, its rival said.",
    "Harlow Foods is based in Ontario. Siemens unveiled a phone. The German company said sales rose.",
])
def test_relations_described_organisations_no_other_seat(run, text):
    assert not {r for r in _relations(run(text)) if r[0] == "based_in"} - {
        ("based_in", "Harlow Foods", "Canada", None), ("based_in", "Harlow Foods", "Ontario", None),
        ("based_in", "Siemens", "Germany", None)}


def test_relations_a_party_describing_a_newspaper_is_no_seat(run):
    found = _relations(run("The Conservative newspaper the Daily Telegraph said the plan was flawed."))
    assert not any(r[0] == "based_in" for r in found)


@pytest.mark.parametrize("text,predicate,evidence", [
    # a participant read from a pronoun: its name in the sentence is in the evidence
    ("Tom Hale said he had decided to kill Ken Ray in 1980.", "killed", "Tom Hale said he had decided to kill Ken Ray"),
    ("Ana Lee was quiet, but her home in Okolona was busy.", "lives_in", "Ana Lee was quiet, but her home in Okolona"),
])
def test_relations_evidence_names_a_participant_read_from_a_pronoun(run, text, predicate, evidence):
    doc = run(text)
    assert [doc.text[r.start:r.end] for r in doc._.facts.relations if r.predicate == predicate] == [evidence]


def test_relations_a_state_is_not_the_owners(run):
    found = _relations(run("Tom Hale is the Norvex Group's northern reporter, based in Leeds."))
    assert not any(r[0] == "based_in" for r in found)


def test_relations_a_national_team_is_no_club_of_the_article(run):
    found = _relations(run("Rangers won 2-0 at home. Their striker will now join the Scottish national team for the "
                           "friendly."))
    assert not any(r[0] == "based_in" and r[1] == "Rangers" for r in found)


def test_relations_a_name_in_a_list_holds_no_title_of_the_list(nlp):
    """"Forwards: A, B, C": a listed name the entities stage took for an organisation is no one's holder."""
    from pipeline.api import make_docs
    from pipeline.readers import ArticleInput

    (doc,) = make_docs(nlp, [ArticleInput(id="t", text="Forwards: Tom Hale, Ken Ray, Ian Wood and Bob Lee.", source="t")])
    for name, proc in nlp.pipeline:
        if name == "newsfacts_relations":
            break
        doc = proc(doc)
    for entity in doc._.facts.entities:
        if entity.name == "Ken Ray":
            entity.label = "ORG"
    doc = nlp.get_pipe("newsfacts_relations")(doc)
    assert not any(r.object is not None and r.object.name == "Ken Ray" for r in doc._.facts.relations)


@pytest.mark.parametrize("text,absent", [
    # a second title with a phrase of its own does not take the first one's holder
    ("Tom Hale, technology strategist at Norvex and chairman of the wireless promoter group, spoke on Monday.",
     ("has_role", "Tom Hale", "Norvex", "chairman")),
    # a place verb needs the place itself as its object, not a name lower down in it
    ("Ana Lee said Britain would never return to the mistakes of the ERM.", ("visited", "United Kingdom", "ERM", None)),
])
def test_relations_holders_and_places_of_their_own_phrase(run, text, absent):
    assert absent not in _relations(run(text))


def test_relations_a_town_listed_before_one_in_a_country_is_not_said_to_be_in_it(run):
    # "festivals in Tokyo, and Pusan in South Korea": only the last is said to be in the country (the reader knows
    # Baghdad is in Iraq in "Baghdad and Basra in Iraq"; the words do not say it)
    found = _relations(run("The film won prizes at festivals in Tokyo and Pusan in South Korea."))
    assert ("located_in", "Pusan", "South Korea", None) in found
    assert ("located_in", "Tokyo", "South Korea", None) not in found


def test_relations_a_deal_struck_with_someone_is_no_attack(run):
    assert not any(r[0] == "attacked" for r in _relations(run(
        "The Harbury Tennis Board struck a deal with drinks firm Kestrel Foods on Monday.")))
    found = _relations(run("The Kestrel Army struck Harbury on Monday."))
    assert ("attacked", "Kestrel Army", "Harbury", None) in found


def test_relations_clauses_run_together_keep_their_own_subjects_and_objects(run):
    """"Chelsea host Birmingham, Tottenham travel to West Brom and Arsenal will entertain Wolves", parsed with
    "Birmingham" the subject of "travel" and "Arsenal" an object of "to": the name right before a verb is its
    subject, and a name a modal or a verb follows opens the next clause."""
    found = {r for r in _relations(run("Harbury host Portmoor, Redvale travel to Kestrel Park and Northgate Rovers "
                                       "will entertain Lakeside.")) if r[0] == "visited"}
    assert ("visited", "Portmoor", "Kestrel Park", None) not in found
    assert not {r for r in found if r[2] == "Northgate Rovers"}
    assert ("visited", "Tom Reed", "Leeds", None) in _relations(run("Tom Reed flew to Paris and Leeds last week."))


@pytest.mark.parametrize("text,visit", [
    # a holiday where it was spent is a visit there; not one planned, nor one only named
    ("Tom Reed was holidaying in Kestrelia with his sister.", ("visited", "Tom Reed", "Kestrelia", None)),
    ("Sam Cole, holidaying on the island of Koh Samui, survived.", ("visited", "Sam Cole", "Koh Samui", None)),
    ("Tom Reed plans to holiday in Kestrelia next year.", None),
    ("Ann Lee's holiday in Portugal was cancelled.", None),
])
def test_relations_a_holiday_spent_somewhere_is_a_visit(run, text, visit):
    found = {r for r in _relations(run(text)) if r[0] == "visited"}
    assert found == ({visit} if visit else set())


@pytest.mark.parametrize("text,killed", [
    ("The assassination of Ken Ray by Tom Hale shocked the nation.", ("Tom Hale", "Ken Ray")),
    ("Ann Lee's murder of Bob Dunn followed in May.", ("Ann Lee", "Bob Dunn")),
    ("Bob Dunn's killing by Ann Lee was filmed.", ("Ann Lee", "Bob Dunn")),
    # the deed with its victim alone names no killer
    ("Bob Dunn's murder shocked Ann Lee.", None),
    ("The murder of Bob Dunn was discussed by Ann Lee.", None),
])
def test_relations_killed_from_event_nouns(run, text, killed):
    found = {(r[1], r[2]) for r in _relations(run(text)) if r[0] == "killed"}
    assert found == ({killed} if killed else set())


@pytest.mark.parametrize("text", [
    "Tom Hale did not visit Leeds last year.",
    "Tom Hale never met Ana Lee.",
    "Tom Hale says he will only visit Jerusalem once the occupation has ended.",
    "Tom Hale plans to visit Leeds next month.",
    "Tom Hale refused to meet Ana Lee.",
    "Tom Hale is scheduled to meet Ana Lee on Friday.",
    "Tom Hale is set to visit Leeds next month.",
    # the present progressive with a day ahead: an arrangement
    "Tom Hale is meeting Ana Lee on Thursday to discuss the bid.",
    "Tom Hale is visiting Leeds next week.",
    "Tom Hale could meet Ana Lee next week.",
    "Tom Hale does not live in Leeds.",
])
def test_relations_no_deed_that_was_not_done(run, text):
    assert not {r for r in _relations(run(text)) if r[0] in {"visited", "met", "lives_in"}}


def test_relations_a_deed_done_still_counts(run):
    assert ("met", "Tom Hale", "Ana Lee", None) in _relations(run("Tom Hale met Ana Lee in Leeds."))
    assert ("visited", "Tom Hale", "Leeds", None) in _relations(run("Tom Hale is visiting Leeds today."))


def test_relations_a_dummy_it_does_nothing(run):
    found = _relations(run("Norvex Group lost 2-0. Its coach said it would be tough coming to Rome next week."))
    assert not any(r[0] == "visited" for r in found)


@pytest.mark.parametrize("text,pair", [
    ("Brad Adams, from the UK's Human Rights Watch, said the law was wrong.", ("Brad Adams", "United Kingdom")),
    ("Tom Hale of France's Norvex Group said sales rose.", ("Tom Hale", "France")),
])
def test_relations_a_place_owning_the_next_noun_is_no_home(run, text, pair):
    assert not any(r[0] == "lives_in" and (r[1], r[2]) == pair for r in _relations(run(text)))


def test_relations_a_person_from_a_town(run):
    assert ("lives_in", "Ana Lee", "Bristol", None) in _relations(run("Ana Lee, 34, from Bristol, said the plan was "
                                                                      "wrong."))


@pytest.mark.parametrize("text,expected", [
    ("Google's Ana Ruiz said sales of the phone had doubled.", ("works_for", "Ana Ruiz", "Google", None)),
    # a description noun owning the name: the organisation it refers back to
    ("Harlow Retail has cut 200 jobs, said the company's Tom Reed.", ("works_for", "Tom Reed", "Harlow Retail", None)),
    # an honorific between the owner and the name: a party's politician
    ("Labour's Mr Hale attacked the plan on Monday.", ("member_of", "Hale", "Labour Party", None)),
    # in an article about sport the organisation is a team the person plays for
    ("Southampton beat Leeds in the league cup. Southampton's David Prutton scored twice in the match.",
     ("member_of", "David Prutton", "Southampton", None)),
    # one word of sport ("the consumer side", "the team") does not make a company a club
    ("The team at Intel is moving to lead-free chips, Intel's Allen Wilson said.",
     ("works_for", "Allen Wilson", "Intel", None)),
    # a member named by the group's singular: "Beatle" of the Beatles the article names
    ("Ozzy Osbourne once met the late Beatle George Harrison. The Beatles were his heroes.",
     ("member_of", "George Harrison", "Beatles", None)),
    ("The Rolling Stones will tour Europe. Rolling Stone Keith Richards said the band was ready.",
     ("member_of", "Keith Richards", "Rolling Stones", None)),
    # the words of a kind of person between the owner and the name
    ("Redvale beat Portmoor in the final. Redvale's former Irish international Tom Hale was banned for a month. The "
     "club's coach praised the team after the match and the win.", ("member_of", "Tom Hale", "Redvale", None)),
    # a club's kind of person after "the" stands for the article's player
    ('Tom Hale scored twice as Redvale Rovers beat Portmoor in the match. "It was a great goal," said the Redvale '
     'Rovers striker after the win.', ("member_of", "Tom Hale", "Redvale Rovers", None)),
    # a description noun after the name: "from the magazine", "of the bank"
    ("German magazine Computer Dealer News tested the phones, said Claudia Neumann from the magazine.",
     ("works_for", "Claudia Neumann", "Computer Dealer News", None)),
    ("Harlow Bank cut its rates on Monday. Tom Reed of the bank said savers would gain.",
     ("works_for", "Tom Reed", "Harlow Bank", None)),
])
def test_relations_an_affiliation_told_by_the_words_before_a_name(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize("text,absent", [
    # a title between: the title's role says it, once
    ("Google's chief executive Ana Ruiz said sales rose.", ("works_for", "Ana Ruiz", "Google", None)),
    # a country owning a person's name is where they come from, no employer
    ("Britain's Kelly Holmes won the race in Athens.", ("works_for", "Kelly Holmes", "Britain", None)),
    # nor with an honorific between ("Britain's Mr Hale": where he comes from)
    ("Britain's Mr Hale flew to Rome.", ("works_for", "Hale", "United Kingdom", None)),
    # an award before its laureate's noun is no employer
    ("Nobel economics laureate William Sharpe signed the statement.", ("works_for", "William Sharpe", "Nobel", None)),
    # a description after "of" that belongs to something else than the name
    ("Harlow Bank cut its rates. The price of the bank's shares rose, said Tom Reed at the weekend.",
     ("works_for", "Tom Reed", "Harlow Bank", None)),
    # a description with its own name after it is that organisation, not the one named before
    ("Maria Lopez from Oxfam said aid had arrived. Tom Reed of the charity Shelter agreed.",
     ("works_for", "Tom Reed", "Oxfam", None)),
])
def test_relations_no_possessive_affiliation_through_a_title_or_a_country(run, text, absent):
    assert absent not in _relations(run(text))


@pytest.mark.parametrize("text,expected", [
    ("Tom Reed played in a friendly for his club Real Betis within a day of the match.",
     ("member_of", "Tom Reed", "Real Betis", None)),
    ("Lord Harwood, whose company Vantrex won contracts last year, gave money to the party.",
     ("works_for", "Harwood", "Vantrex", None)),
    ("Ann Cole said her party, Labour, would win the seat.", ("member_of", "Ann Cole", "Labour Party", None)),
    # an owner named, or described, with a possessive mark
    ("Tom Reed's club Redvale Rovers won the cup on Monday.", ("member_of", "Tom Reed", "Redvale Rovers", None)),
    ("Brian Hale has left the band. The performer's record label Sony BMG said he was happy.",
     ("member_of", "Brian Hale", "Sony BMG", None)),
    # a former club's player described is the one the article gives that position, not the sentence's subject
    ("Rovers boss Tom Hale has praised striker Dan Rudd for his return to form. The 29-year-old scored twice in "
     "the 3-2 win at Bury. The former Wigan striker, who moved to Rovers in 2003, has battled back.",
     ("works_for", "Dan Rudd", "Wigan", None)),
])
def test_relations_a_person_s_own_organisation_named_after_the_noun(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize("text,expected", [
    ("A distinguished engineer, Dr Brian Carpenter spent 20 years at IBM before he joined the task force.",
     ("works_for", "Brian Carpenter", "IBM", None)),
    ("Ann Cole spent a decade at Barclays Bank in London.", ("works_for", "Ann Cole", "Barclays Bank", None)),
])
def test_relations_time_spent_at_an_organisation_is_a_career_there(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize("text,absent", [
    ("Tom Reed spent £50 at Tesco on Monday.", ("works_for", "Tom Reed", "Tesco", None)),
    ("Jo Marr spent the night at Barclays with her lawyers.", ("works_for", "Jo Marr", "Barclays", None)),
    ("Jo Marr plans to spend two years at Oxfam.", ("works_for", "Jo Marr", "Oxfam", None)),
])
def test_relations_no_career_from_money_a_night_or_a_plan(run, text, absent):
    assert absent not in _relations(run(text))


@pytest.mark.parametrize("text,expected,done", [
    # an adjective of intent or likelihood after a copula: the deed in its to-clause is not done
    ("Tom Reed is due to visit China next week.", ("visited", "Tom Reed", "China", None), False),
    ("Martin Cole said he was unable to return to Britain after his release.", ("visited", "Martin Cole",
                                                                                 "United Kingdom", None), False),
    ("Ann Lee is likely to meet Tom Reed in Paris.", ("met", "Ann Lee", "Tom Reed", None), False),
    # but one that was able to do it did it
    ("Ann Lee was able to visit Iraq in May.", ("visited", "Ann Lee", "Iraq", None), True),
])
def test_relations_a_deed_after_an_adjective_of_intent_is_not_done(run, text, expected, done):
    assert (expected in _relations(run(text))) is done


@pytest.mark.parametrize("text,absent", [
    # a bank serves a person, no employer; "their" is several people's
    ("Tom Reed's bank, Barclays, refused the loan. Tom Reed said his bank Barclays was wrong.",
     ("works_for", "Tom Reed", "Barclays", None)),
    ("Tom Reed and Ann Cole praised their club Redvale Rovers.", ("member_of", "Tom Reed", "Redvale Rovers", None)),
    # the name after the noun is another's thing, owned by it
    ("Sam Hill signed for his club Redvale Rovers' rivals Portmoor City.",
     ("member_of", "Sam Hill", "Redvale Rovers", None)),
])
def test_relations_no_own_organisation_outside_the_pattern(run, text, absent):
    assert absent not in _relations(run(text))


@pytest.mark.parametrize("text,predicate", [
    ("Microsoft has agreed to buy Nuance Communications.", "acquired"),  # agreed, not done
    ("Tesco will not buy Safeway.", "acquired"),
    ("Investors bought Acme shares on Monday.", "acquired"),  # shares of a company, not the company
    ("Jane Holt bought a house in Leeds.", "acquired"),
    ("Harlow Bank bought a 20% stake in Kestrel Finance.", "acquired"),  # a share of it, not control
    ("Harlow Bank plans to buy a majority stake in Kestrel Finance.", "acquired"),
    ("Helen Park threatened to sue Brightline Media.", "sued"),
    ("The deal gives Vantor Group 8% of the market, far less than it would have had, had it taken over Meridian Bank.",
     "acquired"),  # a condition
    ("Did Vantor Group buy Meridian Bank?", "acquired"),  # a question
    ("Deutsche Boerse asked regulators to approve its plan to buy Meridian Bank.", "acquired"),  # a plan
    ("Vantor Group is to buy rival Meridian Bank.", "acquired"),  # planned with "is to"
    ("Holcim is looking to buy Meridian Bank.", "acquired"),
    ("An iTunes user sues Apple over prices.", "sued"),  # the user, not iTunes
    # a sale: a share of a company, a sale planned, a player sold, a sale with no buyer named
    ("Harlow Bank sold its stake in Kestrel Finance to Vantor Group.", "acquired"),
    ("Harlow Bank plans to sell its Kestrel unit to Vantor Group.", "acquired"),
    ("Northgate Rovers sold striker Tom Hale to Vila Nova.", "acquired"),
    ("Harlow Bank sold its Kestrel Finance unit last year.", "acquired"),
])
def test_relations_sued_and_acquired_negatives(run, text, predicate):
    assert not [r for r in _relations(run(text)) if r[0] == predicate]


@pytest.mark.parametrize("text,expected", [
    # a company sold to a buyer is the buyer's: the "to" phrase's, not the seller's
    ("Harlow Bank sold Kestrel Finance to Vantor Group in May.", ("acquired", "Vantor Group", "Kestrel Finance")),
    ("Kestrel Finance was sold to Vantor Group last year.", ("acquired", "Vantor Group", "Kestrel Finance")),
    # a part of a company named by the word before it
    ("Harlow Bank has sold its Kestrel Life & Annuity unit to Vantor Group.",
     ("acquired", "Vantor Group", "Kestrel Life & Annuity")),
    ("Sony sold its Aiwa brand to Toshiba.", ("acquired", "Toshiba", "Aiwa")),
    ("Harlow Bank has sold its Kestrel Life insurance arm to Vantor Group.", ("acquired", "Vantor Group",
                                                                               "Kestrel Life")),
    # a passive joined to another verb: the subject they share was sold, or bought
    ("Kestrel Finance filed for bankruptcy in 1994 and was sold to Dutch firm Vantor Group.",
     ("acquired", "Vantor Group", "Kestrel Finance")),
    ("Kestrel Finance was founded in 1990 and was bought by Vantor Group in 2001.",
     ("acquired", "Vantor Group", "Kestrel Finance")),
])
def test_relations_a_company_sold_is_the_buyers(run, text, expected):
    assert expected in [r[:3] for r in _relations(run(text))]


@pytest.mark.parametrize("text,expected,absent", [
    # a club named before a title in the sentence holds a guessed title too ("Northgate captain X ..., manager Y")
    ("Vila Nova president Rui Matos said the fee was a record. Northgate captain Rafael Souza helped persuade him, "
     "manager Colin Barrett said.", ("has_role", "Colin Barrett", "Northgate", "manager"), "Vila Nova"),
    # the club a player was signed from holds no guessed title of his
    ("Northgate Rovers have signed midfielder Lucas Amaral from Porto club Vila Nova for 18 million pounds.",
     None, "Vila Nova"),
    # a holder noun before the title: an organisation holds it, not the country beside it
    ("The US retailer Kestrel Mart ran adverts in French newspapers. Kestrel Mart answered with a letter from company "
     "president Lee Scott.", ("has_role", "Lee Scott", "Kestrel Mart", "president"), "United States"),
])
def test_relations_guessed_holders_in_the_sentence(run, text, expected, absent):
    relations = _relations(run(text))
    if expected is not None:
        assert expected in relations
    assert not [r for r in relations if r[0] == "has_role" and r[2] == absent and r[1] != "Rui Matos"]


@pytest.mark.parametrize("text,expected,absent", [
    # a minister of any department is a country's, guessed from the sentence
    ("Thailand may lose 30bn baht from tourism this year, according to tourism minister Sontaya Kunplome.",
     ("has_role", "Sontaya Kunplome", "Thailand", "tourism minister"), None),
    # not the country a firm is from ("France's Vela")
    ("A row between the Argentine State and water firm Aguas Plata, controlled by France's Vela, grew.\n\nThe firm "
     "wants a rise of 60%. Planning Minister Tom Reed has offered help.", None, "France"),
    # nor another country than the people's word before the title names
    ("I asked Russian Atomic Energy Minister V. Orlov: how did Ukraine lose out?", None, "Ukraine"),
])
def test_relations_a_ministers_country(run, text, expected, absent):
    relations = _relations(run(text))
    if expected is not None:
        assert expected in relations
    if absent is not None:
        assert not [r for r in relations if r[0] == "has_role" and r[2] == absent]


@pytest.mark.parametrize("text,expected", [
    ("Northgate Rovers have signed midfielder Lucas Amaral from Porto club Vila Nova.",
     ("member_of", "Lucas Amaral", "Northgate Rovers", None)),
    ("Acme Foods hired Jane Doe last week.", ("works_for", "Jane Doe", "Acme Foods", None)),
    # hired as a title: the title, held at the organisation that hired, and no second relation
    ("Acme Foods hired Jane Doe as finance chief in May.", ("has_role", "Jane Doe", "Acme Foods", "finance chief")),
])
def test_relations_an_organisation_signing_or_hiring_someone(run, text, expected):
    relations = _relations(run(text))
    assert expected in relations
    if expected[0] == "has_role":
        assert not [r for r in relations if r[0] == "works_for"]


@pytest.mark.parametrize("text", ["President Ana Ruiz signed the bill on Monday.", "Chelsea will not sign Ruud Gullit."])
def test_relations_signing_negatives(run, text):
    assert not [r for r in _relations(run(text)) if r[0] == "member_of"]


@pytest.mark.parametrize("text,expected,absent", [
    ("Based in Leeds, Harlow Retail employs 300 people.", ("based_in", "Harlow Retail", "Leeds", None), None),
    # the owner of what was met or captured is not met or captured
    ("Minister Jorge Salcedo met Ana Lozano and Luis Caicedo's family on Wednesday.",
     ("met", "Jorge Salcedo", "Ana Lozano", None), "Luis Caicedo"),
])
def test_relations_fronted_seats_and_owners(run, text, expected, absent):
    relations = _relations(run(text))
    assert expected in relations
    if absent is not None:
        assert not [r for r in relations if r[2] == absent]


@pytest.mark.parametrize("text,expected", [
    # sued and acquired
    ("Brightline Media acquired Kale Foods for $2 billion last year.",
     ("acquired", "Brightline Media", "Kale Foods", None)),
    ("Kale Foods was bought by Brightline Media in March.", ("acquired", "Brightline Media", "Kale Foods", None)),
    ("Vantor Group took over Meridian Bank in 2019.", ("acquired", "Vantor Group", "Meridian Bank", None)),
    ("Zenith Motors bought out its rival Carver Engines.", ("acquired", "Zenith Motors", "Carver Engines", None)),
    # a majority or controlling stake bought is the company bought
    ("Harlow Bank bought a majority stake in Kestrel Finance last year.",
     ("acquired", "Harlow Bank", "Kestrel Finance", None)),
    ("Zenith Motors has acquired a controlling interest in Carver Engines.",
     ("acquired", "Zenith Motors", "Carver Engines", None)),
    # a company written as "the" and a noun that describes one, as the buyer or the bought
    ("Kestrel Software makes puzzle games. The developer was bought by Brightline Media in 2001.",
     ("acquired", "Brightline Media", "Kestrel Software", None)),
    ("Harlow Breweries makes lager. Last year the brewer bought Kale Foods.",
     ("acquired", "Harlow Breweries", "Kale Foods", None)),
    ("Vantor Group will merge with Meridian Bank, the company that acquired Kale Foods.",
     ("acquired", "Meridian Bank", "Kale Foods", None)),
    ("Kale Search has bought the Bloglink website for $5m.", ("acquired", "Kale Search", "Bloglink", None)),
    ("The actress Jane Holt sued the Daily Mirror over the story.", ("sued", "Jane Holt", "Daily Mirror", None)),
    ("Helen Park is suing Brightline Media for libel.", ("sued", "Helen Park", "Brightline Media", None)),
    # a subject whose apposition names the person: the person, not the country that owns the title
    ("Canada's foreign minister, Helen Tran, visited Santiago on Tuesday.", ("visited", "Helen Tran", "Santiago", None)),
    # "the city of X" as subject: the place
    ("The city of Vienne is also suing Gerard Fabre for 3 million euros.", ("sued", "Vienne", "Gerard Fabre", None)),
    # "she" is the woman named before ("Ms"), not the nearest person
    ("Ms Niamh Costello won the vote against Declan Moran. On Sunday she visited Cork.",
     ("visited", "Niamh Costello", "Cork", None)),
    # the role named with "as" ends at the comma: the clause after it is no part of the title
    ("Marlow Pharmaceuticals has named Priya Raman as its chief executive, the Boston-based drugmaker said.",
     ("has_role", "Priya Raman", "Marlow Pharmaceuticals", "chief executive")),
    # "the Boston-based drugmaker": a description noun for the article's company
    ("Marlow Pharmaceuticals has named Priya Raman as its chief executive, the Boston-based drugmaker said.",
     ("based_in", "Marlow Pharmaceuticals", "Boston", None)),
    # the designation as a second object, without "as"
    ("The United States designated the CLF a terrorist organisation in 2024.",
     ("designated", "United States", "CLF", "terrorist organisation")),
    # a place describing a noun in apposition to the organisation's name
    ("Ostara Bio, a San Diego cancer specialist, was acquired by Marlow Pharmaceuticals in 2022.",
     ("based_in", "Ostara Bio", "San Diego", None)),
    # a city before an organisation noun is a place, whatever the models read, and the club is based there
    ("Northgate Rovers have signed midfielder Lucas Amaral from Porto club Vila Nova.",
     ("based_in", "Vila Nova", "Porto", None)),
    ("Presiding judge Claire Dumont said the mayor had lied.", ("has_role", "Claire Dumont", None, "presiding judge")),
    ("The court fined businesswoman Sophie Roux 50,000 euros.", ("has_role", "Sophie Roux", None, "businesswoman")),
])
def test_relations_read_from_news_shapes(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize("text,expected", [
    ("Thierry Henry played for Arsenal for eight years.", {("member_of", "Thierry Henry", "Arsenal", None)}),
    ("Former Everton midfielder Thomas Gravesen scored his first goal for Real Madrid in the victory.",
     {("member_of", "Thomas Gravesen", "Real Madrid", None)}),
    # each of the people listed as the subject
    ("Lauren, Patrick Vieira, Freddie Ljungberg and Ashley Cole scored for Arsenal.",
     {("member_of", name, "Arsenal", None) for name in ["Lauren", "Patrick Vieira", "Freddie Ljungberg", "Ashley Cole"]}),
])
def test_relations_playing_or_scoring_for_a_club(run, text, expected):
    assert expected <= _relations(run(text))


def test_relations_a_list_read_as_an_apposition_gives_no_seat(run):
    text = ("Brightnet has hotspots in places such as Harlow Holdings, the Travelodge chain of hotels and all "
            "London's major rail terminals.")
    assert not [r for r in _relations(run(text)) if r[0] == "based_in" and r[1] == "Harlow Holdings"]


def test_relations_scoring_for_a_national_side_in_a_sports_article(run):
    sport = "The squad won the cup final after a penalty in the match. "
    relations = _relations(run(sport + "Tom Reed scored for England and Ana Lee touched down for Fiji."))
    assert {("member_of", "Tom Reed", "England", None), ("member_of", "Ana Lee", "Fiji", None)} <= relations
    # a country in an article about no sport is no side
    assert not [r for r in _relations(run("Tom Reed played for England in the Cabinet's war games."))
                if r[0] == "member_of"]


def test_relations_a_club_played_for_in_a_relative_clause_is_a_former_one(run):
    relations = _relations(run("Lucas Amaral, who scored 11 goals for Vila Nova last year, signed a new contract."))
    assert not [r for r in relations if r[0] == "member_of" and r[2] == "Vila Nova"]


@pytest.mark.parametrize("text,club", [
    ("Ana Ruiz, who plays for Arsenal, scored twice.", "Arsenal"),
    ("Tom Reed, who is now playing for Leeds United, scored twice.", "Leeds United"),
])
def test_relations_a_club_played_for_now_in_a_relative_clause_is_his(run, text, club):
    assert any(r[0] == "member_of" and r[2] == club for r in _relations(run(text)))


@pytest.mark.parametrize("text", [
    # a country named only as an organisation's seat or in a currency holds no guessed title
    "Neither the Irish government nor the US-based Harlow Institute would fund it. Prime Minister Sean Tully was sad.",
    "The centre needed 10 million euros (US$13 million) a year. Prime Minister Sean Tully was sad.",
])
def test_relations_no_guessed_country_from_a_seat_or_a_currency(run, text):
    assert ("has_role", "Sean Tully", "United States", "prime minister") not in _relations(run(text))
    assert ("has_role", "Sean Tully", None, "prime minister") in _relations(run(text))


def test_relations_a_guessed_country_still_comes_from_a_plain_mention(run):
    text = "Officials in Ghana met on Monday. Prime Minister Sean Tully was sad."
    assert ("has_role", "Sean Tully", "Ghana", "prime minister") in _relations(run(text))


@pytest.mark.parametrize("text", [
    "Tom Reed was arrested in Leeds and released in Hull.",  # not where he lives
    "The players said their hometown of Leeds was proud.",  # "their" with no person as the subject
    "The money was from Japan.",  # a thing from a place lives nowhere
    "He met Smith in London, in a rare interview.",  # "in" a thing, not a place
])
def test_relations_no_home_or_place_from_from_or_a_comma_and_in(run, text):
    assert not [r for r in _relations(run(text)) if r[0] in {"lives_in", "located_in"}]


def test_relations_evidence_of_a_described_owner_holds_its_name(run):
    """"the department's Al Verano": the relation's evidence runs from the department's name, so a reader (and the
    scorers) find both participants in it."""
    text = "The Ohio Department of Public Health has adopted new rules, said the department's Al Verano."
    (relation,) = [r for r in run(text)._.facts.relations if r.predicate == "works_for"]
    assert relation.start <= text.index("Ohio Department") and relation.end >= text.index("Verano")


def test_relations_where_someone_grew_up_is_not_where_they_live(run):
    relations = _relations(run("Grace Okafor, 34, grew up in Cardiff and now lives in Los Angeles."))
    assert ("lives_in", "Grace Okafor", "Los Angeles", None) in relations
    assert ("lives_in", "Grace Okafor", "Cardiff", None) not in relations


@pytest.mark.parametrize("text,expected", [
    # a place owning the noun that describes an organisation is where it is based, in apposition too
    ("Norway's largest oil company, Equinor, cut its forecast.", ("based_in", "Equinor", "Norway", None)),
    # what is said to be, or set beside, a member of a named organisation is its member
    ("Portugal is a founding Nato member.", ("member_of", "Portugal", "Nato", None)),
    ("Hungary, an EU member, objected to the plan.", ("member_of", "Hungary", "European Union", None)),
    # a member of a country's squad, team or side plays for the country
    ("As a member of a new-look Wales side, Owen Tregarth won the title.",
     ("member_of", "Owen Tregarth", "Wales", None)),
    # a noun described as bought by a buyer ("being bought by", "bought by ... last year")
    ("The market is shrinking, with Vodafone being bought by Orange last year.",
     ("acquired", "Orange", "Vodafone", None)),
    ("Initech, bought by Vodafone in 2019, cut jobs.", ("acquired", "Vodafone", "Initech", None)),
    # titles a career went through, with no organisation guessed for an indefinite one
    ("Maria Lopez began as a reporter and rose quickly, becoming a news editor and deputy editor by 2010.",
     ("has_role", "Maria Lopez", None, "deputy editor")),
])
def test_relations_stated_in_descriptions_and_participles(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize("text,predicate", [
    ("Norway is not a member of the European Union.", "member_of"),
    ("If Serbia were an EU member, it would gain.", "member_of"),
    ("Ukraine wants to become an EU member.", "member_of"),
    ("Owen Tregarth is a member of the Wales board.", "member_of"),  # a country's board is no team
    # a common noun for the body says no name of it
    ('Athletics Wales chief Tom Hale believes Ann Vale will race. "She is a very good team member," he added.',
     "member_of"),
    # the county says where the seat is, not where the MP lives
    ("Tom Hughes, 58, MP for Banbury in Oxfordshire, said he was disillusioned.", "lives_in"),
    # the place after an aside between dashes belongs to the clause around it
    ("The carmaker saw strong sales of its three marques - BMW, Pico and Harland-Voss - in Asia last year.",
     "based_in"),
])
def test_relations_not_from_negated_wished_or_placed_phrases(run, text, predicate):
    assert not [r for r in _relations(run(text)) if r[0] == predicate]


def test_relations_a_title_become_with_an_article_guesses_no_holder(run):
    text = "Acme Corp makes tools. Maria Lopez became a director in 2004."
    assert ("has_role", "Maria Lopez", None, "director") in _relations(run(text))


def test_relations_a_present_tense_after_when_is_no_visit_yet(run):
    relations = _relations(run("Scotland will try to win when Italy come to Edinburgh. Bush visited Baghdad."))
    assert ("visited", "Bush", "Baghdad", None) in relations
    assert not [r for r in relations if r[1] == "Italy"]


def test_relations_a_person_of_two_organisations_works_for_both(run):
    relations = _relations(run("Others include Peter Marion of Maritime Seafood Processors and First Choice Foods."))
    assert {("works_for", "Peter Marion", "Maritime Seafood Processors", None),
            ("works_for", "Peter Marion", "First Choice Foods", None)} <= relations


def test_relations_a_person_based_at_an_organisation_works_for_it(run):
    relations = _relations(run("Professor Angela MacFarlane, based at Bristol University, said games help. "
                               "Acme Corp, based in Leeds, cut jobs."))
    assert {("works_for", "Angela MacFarlane", "Bristol University", None),
            ("based_in", "Acme Corp", "Leeds", None)} <= relations


def test_relations_a_player_of_a_country_does_not_live_there(run):
    relations = _relations(run("Ginepri beat Olivier Rochus of Belgium in Auckland. Ann Lee, 50, of Bethany was arrested."))
    assert ("lives_in", "Ann Lee", "Bethany", None) in relations
    assert not [r for r in relations if r[0] == "lives_in" and r[2] == "Belgium"]


def test_relations_a_place_based_noun_called_a_name(run):
    relations = _relations(run("The deal was struck with a New York-based trade group called The Travel Partnership."))
    assert ("based_in", "Travel Partnership", "New York", None) in relations


@pytest.mark.parametrize("text,visitor,place", [
    ("Maria Costa's decision to sell the farm while on a trip to Brazil was criticised.", "Maria Costa", "Brazil"),
    ("Tom Haldane failed to return to his ward after a trip to Dundee.", "Tom Haldane", "Dundee"),
    ("Petra Novak, on a two-day visit to Ghana, opened a school in Accra.", "Petra Novak", "Ghana"),
    ("Lena Hart returned from a tour of Asia on Friday.", "Lena Hart", "Asia"),
    ("Samuel Okoro made a visit to Nairobi last month.", "Samuel Okoro", "Nairobi"),
    ("Samuel Okoro spoke to reporters. During his visit to Lagos, he opened a clinic.", "Samuel Okoro", "Lagos"),
])
def test_a_visit_made_is_visited(run, text, visitor, place):
    assert ("visited", visitor, place, None) in _relations(run(text))


@pytest.mark.parametrize("text", [
    "Ahead of his trip to Brazil, Maria Costa praised the deal.",  # not yet made
    "Samuel Okoro will make a visit to Nairobi next week.",
    "Maria Costa's planned trip to Brazil was called off.",
    "Samuel Okoro plans to make a visit to Nairobi.",
    "Samuel Okoro said a trip to Nairobi would be welcome.",  # no visit said to be made
])
def test_a_visit_not_made_is_no_relation(run, text):
    assert not any(r[0] == "visited" for r in _relations(run(text)))


def test_relations_a_list_of_destinations_places_none_in_another(run):
    doc = run("The airline won permission to fly to London, Singapore and Kuala Lumpur.")
    assert not [r for r in _relations(doc) if r[0] == "located_in"]


@pytest.mark.parametrize("text,person,absent", [
    # a country the person visits in the sentence holds no guessed title of theirs, wherever else it is named
    ("Gambia was the country worst hit by the floods. The offer comes as the Foreign Secretary Tom Reed arrives in "
     "Gambia for a summit.", "Tom Reed", "Gambia"),
    # countries listed together in the sentence: no telling whose the title is
    ("The wars in Chad and Mali wiped out the surplus inherited by President Tom Reed.", "Tom Reed", "Mali"),
])
def test_relations_no_guessed_country_from_a_visit_or_a_list(run, text, person, absent):
    assert not [r for r in _relations(run(text)) if r[0] == "has_role" and r[1] == person and r[2] == absent]


def test_relations_a_guessed_country_still_comes_from_a_mention_not_visited(run):
    assert ("has_role", "Daniel Noboa", "Ecuador", "president") in _relations(
        run("Ecuador's army said President Daniel Noboa met troops in Ecuador."))


def test_relations_titles_set_against_each_other_are_two_people_s(run):
    """"one of Vexford Group's leaders but his lawyer, Tom Reed," makes Tom Reed no leader of the group (titles
    joined by "but"); "chairman and founder of Acme" are one person's two titles."""
    relations = _relations(run("Police said Mr Lee was one of Vexford Group's leaders but his lawyer, Tom Reed, said "
                               "the claim was false. Ann Lee, chairman and founder of Acme Foods, spoke."))
    assert not any(r[1] == "Tom Reed" and r[2] == "Vexford Group" for r in relations)
    assert {("has_role", "Ann Lee", "Acme Foods", "chairman"), ("has_role", "Ann Lee", "Acme Foods", "founder")} \
        <= relations


@pytest.mark.parametrize(
    "text,person,country",
    [
        ("Hungarian Tamas Varga lost in the second round.", "Tamas Varga", "Hungary"),
        ("The prize went to British novelist Alice Brent on Monday.", "Alice Brent", "United Kingdom"),
        ("Norway's Ingrid Dahl took the title in Oslo.", "Ingrid Dahl", "Norway"),
        ("The list includes US author Ray Colby and others.", "Ray Colby", "United States"),
        ("Petra Novak of the Czech Republic reached the final.", "Petra Novak", "Czech Republic"),
        ("The nominees are Ana Ruiz (Peru) and Omar Haddad (Egypt).", "Omar Haddad", "Egypt"),
        ("Spaniard Pablo Ortega beat the top seed.", "Pablo Ortega", "Spain"),  # a noun for one of a nation
        ("Swede Lars Berg won the stage.", "Lars Berg", "Sweden"),
        ("Scotland's Ian Hale won the 200m.", "Ian Hale", "Scotland"),  # a nation of the United Kingdom
        # each of the people listed after a plural noun; a rank between
        ("Greek sprinters Kostas Dimas and Eleni Petrou missed the test.", "Eleni Petrou", "Greece"),
        ("British number one Tom Hale won in straight sets.", "Tom Hale", "United Kingdom"),
    ],
)
def test_relations_nationality_stated_beside_the_name(run, text, person, country):
    assert ("nationality", person, country, None) in _relations(run(text))


@pytest.mark.parametrize(
    "text,place,country",
    [
        ("The Brazilian city of Porto Velho will host the forum.", "Porto Velho", "Brazil"),
        ("Factories in the Chinese province of Hunan closed.", "Hunan", "China"),
    ],
)
def test_relations_a_place_of_a_nation(run, text, place, country):
    assert ("located_in", place, country, None) in _relations(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "Labour MP Ann Keen opened the debate.",  # a party, not a country
        "Wales Secretary Peter Hale opened the debate.",  # a nation's office, not his nationality
        "Leeds's Tom Hale scored twice.",  # a town
        "Jane Doe of Leeds won the raffle.",  # a town: where she lives
        "Lord Kinnock of Wales spoke in the debate.",  # a peerage
        "England coach Tom Hale picked his side for the match against Wales. The striker scored in the league game.",
        "The French, said Tom Hale, were better.",  # no name right after the nationality
    ],
)
def test_relations_nationality_not_from_parties_towns_peerages_or_sides(run, text):
    assert not {r for r in _relations(run(text)) if r[0] == "nationality"}


@pytest.mark.parametrize(
    "text",
    [
        "The Russian oil merger excludes Tom Hale.",  # a verb between
        "It was a UK debut for Tom Hale.",  # a preposition between
        "The Pakistani president met Prime Minister Tom Hale.",
        "The US mortgage giant Fannie Mae cut rates.",  # an organisation's noun: a company, whatever the models read
        "Insurer Swiss Re raised its prices.",  # one word after a nationality: a company's name
    ],
)
def test_relations_nationality_only_across_words_that_describe_the_person(run, text):
    assert not {r for r in _relations(run(text)) if r[0] == "nationality"}


@pytest.mark.parametrize("text,relation", [
    ("The gala will be held at Los Angeles' Orpheum Theatre.",
     ("located_in", "Orpheum Theatre", "Los Angeles", None)),
    ("The show moved to Bristol's famous Colston Hall.", ("located_in", "Colston Hall", "Bristol", None)),
])
def test_relations_a_town_s_possessive_before_a_building_places_it(run, text, relation):
    assert relation in _relations(run(text))


def test_relations_a_nationality_s_title_as_a_subject_is_the_one_so_titled(run):
    doc = run("President Omar Haddad flew in from Paris. The Egyptian president met Tom Reed in London.")
    met = {(s, o) for p, s, o, _ in _relations(doc) if p == "met"}
    assert met == {("Omar Haddad", "Tom Reed")}  # not the people, "Egyptian"
    assert not {p for p, s, o, _ in _relations(run("The Egyptian president met Tom Reed in London.")) if p == "met"}


@pytest.mark.parametrize("text,expected", [
    # a place set off by a comma and "in" a described unit of another is in that one
    ("The firm will build the plant near Chennai, in the southern province of Tamil Nadu.",
     ("located_in", "Chennai", "Tamil Nadu", None)),
    # an event's acronym in brackets before where it is held
    ("Many visitors go to the Consumer Electronics Show (CES) in Las Vegas.",
     ("located_in", "Consumer Electronics Show", "Las Vegas", None)),
])
def test_relations_places_in_described_units_and_events_after_their_acronym(run, text, expected):
    assert expected in _relations(run(text))


def test_relations_no_place_in_a_described_unit_of_a_list(run):
    relations = _relations(run("Rain fell in Leeds, in Hull and in the city of York."))
    assert not [r for r in relations if r[0] == "located_in" and r[1] == "Hull"]


@pytest.mark.parametrize("text,expected,absent", [
    # a possessive outlet's name before its noun holds the title after it, a word of the title between or not
    ("Heat magazine's reviews editor Dan Morley said the film would win.",
     ("has_role", "Dan Morley", "Heat", "reviews editor"), ("has_role", "Dan Morley", None, "reviews editor")),
    ("He agreed. Empire magazine's editor Ann Pike said so.", ("has_role", "Ann Pike", "Empire", "editor"),
     ("has_role", "Ann Pike", None, "editor")),
    # so does a name written with its exclamation mark before the title
    ('The band led a poll of Kapow! magazine readers. Kapow! editor Rosie Finch said: "It is amazing." Newer acts '
     'like Dustwolves also feature.', ("has_role", "Rosie Finch", "Kapow", "editor"),
     ("has_role", "Rosie Finch", None, "editor")),
])
def test_relations_titles_held_at_an_outlet_named_before_its_noun(run, text, expected, absent):
    relations = _relations(run(text))
    assert expected in relations and absent not in relations


@pytest.mark.parametrize("text,sought", [
    # a title a to-clause on a noun or under a verb of intent says was sought: not held
    ("Ann Lee, Globex's finance director, made a bid last year to become chairman of Globex.", "chairman"),
    ("Ann Lee failed in her attempt to become president of Globex.", "president"),
])
def test_relations_a_title_sought_is_not_held(run, text, sought):
    assert not [r for r in _relations(run(text)) if r[0] == "has_role" and r[3] == sought]


def test_relations_a_title_to_come_is_still_news_of_it(run):
    assert ("has_role", "Jo Bell", "Initech", "chairman") in _relations(run("Jo Bell will become chairman of Initech."))



def test_relations_a_title_one_hopes_to_remain_in_is_held(run):
    relations = _relations(run("Ann Lee hopes to remain chairman of Globex Corp."))
    assert ("has_role", "Ann Lee", "Globex Corp.", "chairman") in relations


@pytest.mark.parametrize("text,expected", [
    # a nationality or a country in a description said of a person after the name
    ("Anna Volkova became the first Russian woman to win the title.", ("nationality", "Anna Volkova", "Russia", None)),
    ("Tom Reed, a US researcher, said games help.", ("nationality", "Tom Reed", "United States", None)),
    ("Ann Lee is British and lives in Paris.", ("nationality", "Ann Lee", "United Kingdom", None)),
])
def test_relations_a_nationality_described_after_the_name(run, text, expected):
    assert expected in _relations(run(text))


@pytest.mark.parametrize("text,absent", [
    # not a title a country holds: where the researcher is from
    ("Tom Reed, a US researcher, said games help.", ("has_role", "Tom Reed", "United States", "researcher")),
    # not what someone only might become
    ("Sam Hale would become the first British man to win.", ("nationality", "Sam Hale", "United Kingdom", None)),
    # not the economy a post at an organisation covers
    ("Ross Walker, UK economist at Royal Bank of Scotland, said so.",
     ("nationality", "Ross Walker", "United Kingdom", None)),
])
def test_relations_no_nationality_held_as_a_title_or_only_possible(run, text, absent):
    assert absent not in _relations(run(text))



def test_relations_a_person_s_deputy_is_never_the_person(run):
    text = ("The nominated producers are Mark Dunn and Ann Lee - with Mr Evans and Sam Ode, Mr Dunn's former deputy, "
            "left off.")
    relations = _relations(run(text))
    assert ("has_role", "Mark Dunn", None, "former deputy") not in relations


def test_relations_a_company_described_by_its_country_is_no_party_to_a_deal(run):
    # "the Spanish group" may be a company the article has not named: no acquisition from it
    doc = run("Harlow Breweries sold its stake to Spain's Vela Group. The Spanish group bought Kale Foods in 2003.")
    assert not [r for r in doc._.facts.relations if r.predicate == "acquired" and r.object.name == "Kale Foods"]


TWO_PLAYERS = ('Karl Petrov beat Sam Hale in the final in Leeds. Hale was often bamboozled by the Austrian\'s drop '
               'shots, losing 6-3 6-1. "I had a good plan," Petrov said. And Hale said Petrov was an example of several '
               'players willing to attack him. "He played much better than me," said the American.')


def test_relations_one_of_a_people_gives_the_person_they_stand_for_that_nationality(run):
    # "the Austrian" is not Hale, the subject of its own clause, but Petrov; "the American" then not Petrov
    found = _relations(run(TWO_PLAYERS))
    assert ("nationality", "Karl Petrov", "Austria", None) in found
    assert ("nationality", "Sam Hale", "United States", None) in found
    assert ("nationality", "Sam Hale", "Austria", None) not in found
    assert ("nationality", "Karl Petrov", "United States", None) not in found


def test_relations_one_of_a_people_keeps_to_the_nationalities_stated(run):
    # the people's word goes to the player the article gives that nationality, not to the one named last
    text = ("Spain's Luis Ortega beat Tom Brady of the USA in the second rubber. Brady held serve to force Ortega to "
            "serve for the match, but the American could not turn it round. Ortega earned two break points, and the "
            "Spaniard took the first. The crowd had seen the Spaniard as the favourite.")
    found = _relations(run(text))
    assert ("nationality", "Luis Ortega", "United States", None) not in found
    assert ("nationality", "Tom Brady", "Spain", None) not in found


def test_relations_a_side_without_its_players_in_sport(run):
    text = ("Kelby lost 2-0 to Hartfield in the league match, and the striker and the defender were booked. Kelby were "
            "without injured Tom Reed and Ian Bell.")
    found = _relations(run(text))
    assert {("member_of", "Tom Reed", "Kelby", None), ("member_of", "Ian Bell", "Kelby", None)} <= found


def test_relations_a_firm_without_a_person_outside_sport_says_nothing(run):
    found = _relations(run("Acme Holdings was without Tom Reed for a week after the merger."))
    assert not any(p == "member_of" and s == "Tom Reed" for p, s, _, _ in found)


def test_relations_a_ballot_s_category_labels_are_no_titles(run):
    text = ("- Tom Reed, Screen Weekly: Film - The Harbour; director - Ana Lee; actor - Jo Bell; actress - Mia Vale. "
            "The film's director Ana Lee was delighted.")
    found = _relations(run(text))
    assert not any(p == "has_role" and r in {"actor", "actress"} for p, _, _, r in found)
    assert not any(p == "has_role" and s == "Jo Bell" for p, s, _, _ in found)


TEAM_SHEET = ("Wales name Harlow for the Scotland match\n\n"
              "Wales coach Gareth Lyle has named Swansea lock Tom Harlow in his side for the match against Scotland, "
              "and the team will play at home on Saturday.\n\n"
              "T Harlow (Swansea, capt); R Bevan (Cardiff), D Moss (Cardiff), G Ellis (Newport), M Pryce (Llanelli); "
              "H Price (Swansea), J Cole (Bridgend), K Wynne (Italy).\n\n"
              "Referee: P Dowd (Staffordshire)")


def test_relations_a_team_sheet_gives_each_player_the_club_in_brackets(run):
    found = _relations(run(TEAM_SHEET))
    for person, club in [("R Bevan", "Cardiff"), ("G Ellis", "Newport"), ("M Pryce", "Llanelli"),
                         ("H Price", "Swansea")]:
        assert ("member_of", person, club, None) in found
    assert not any(p == "member_of" and o in {"Italy", "Kent", "Staffordshire"} for p, _, o, _ in found)  # a country, an official's county


def test_relations_a_name_in_brackets_outside_sport_is_no_club(run):
    found = _relations(run("The council's leader, Ann Hale (Leeds), and Tom Reed (Bradford) met ministers."))
    assert not any(p == "member_of" for p, _, _, _ in found)


@pytest.mark.parametrize("text,expected", [
    # a name read as a person right after a person named in full and "of": where that person works
    ("Yet aviation analyst Mike Powell of Kleinhardt Wasserstein Morgan says the surcharge is short.",
     ("has_role", "Mike Powell", "Kleinhardt Wasserstein Morgan", "aviation analyst")),
    # a title said of someone in a relative clause, the parse hanging "at" and the organisation on the verb
    ("Ann Hale spoke. Professor Hale, who is also vice-president of research at Manchester University, told the Times "
     "Higher Education Supplement it would worry her.",
     ("has_role", "Ann Hale", "Manchester University", "vice-president of research")),
])
def test_relations_an_employer_after_of_or_the_verb(run, text, expected):
    assert expected in _relations(run(text))


TENNIS_ROUND = ("Hale into Doha last eight\n\nAnn Hale moved into the quarter-finals of the Doha Open, and now faces "
                "Mia Vale. Australian Open champion Mia Vale survived an early scare to beat Russia's Elena Morova. "
                "French Open champion Ida Kern sailed through, and will face fellow former Wimbledon champion Jo Reyes "
                "of Spain, the seventh seed, in the next match of the tournament.")


@pytest.mark.parametrize("expected", [
    ("has_role", "Mia Vale", "Australian Open", "champion"),
    ("has_role", "Ida Kern", "French Open", "champion"),
    ("has_role", "Jo Reyes", "Wimbledon", "former champion"),
])
def test_relations_a_competition_before_its_title_holds_it(run, expected):
    assert expected in _relations(run(TENNIS_ROUND))


def test_relations_a_club_before_a_player_title_is_no_event(run):
    found = _relations(run("Leicester captain Martin Reed was injured in the league match, and the coach said the "
                           "team would miss him in the cup."))
    assert ("has_role", "Martin Reed", "Leicester", "captain") in found


@pytest.mark.parametrize("text,expected", [
    # a country hung on the trade's word before an organisation's noun: where the organisation is based
    ("US telecoms firm WorldCom said profits rose.", ("based_in", "WorldCom", "United States", None)),
    ("The French drinks group Pernord said profits rose.", ("based_in", "Pernord", "France", None)),
])
def test_relations_a_country_before_a_trade_and_its_noun(run, text, expected):
    assert expected in _relations(run(text))


def test_relations_a_nationality_before_a_capitalised_department_and_a_title(run):
    found = _relations(run("German Economy minister Wolfgang Clement said growth would slow."))
    assert ("has_role", "Wolfgang Clement", "Germany", "minister") in found


@pytest.mark.parametrize("text,expected,absent", [
    # a profession coordinated with a title, the parse hanging the title's "of" on the profession: the title's alone
    ("Jo Marsh, a barrister and chairman of the Harwell Rowing Club, said the club would appeal.",
     ("has_role", "Jo Marsh", "Harwell Rowing Club", "chairman"),
     ("has_role", "Jo Marsh", "Harwell Rowing Club", "barrister")),
    # two titles of the post share it
    ("Jo Marsh, president and chief executive of Harwell Motors, said sales rose.",
     ("has_role", "Jo Marsh", "Harwell Motors", "president"), None),
])
def test_relations_a_profession_coordinated_with_a_title_holds_no_post(run, text, expected, absent):
    relations = _relations(run(text))
    assert expected in relations and absent not in relations, relations


def test_relations_a_title_for_a_people_takes_no_organisation_from_the_context(run):
    relations = _relations(run("The Harwell Rowing Club said it would appeal. Chief police officers spokesman Jo Marsh "
                               "said most people would obey the law."))
    assert ("has_role", "Jo Marsh", None, "chief police officers spokesman") in relations, relations
    assert not any(r[1] == "Jo Marsh" and r[2] == "Harwell Rowing Club" for r in relations)


@pytest.mark.parametrize("text,expected,absent", [
    # a government's post after a party's word: held in no party, the party its holder's own
    ("Earlier, ex-Labour chancellor Jo Marsh welcomed the change.",
     ("has_role", "Jo Marsh", None, "former chancellor"), ("has_role", "Jo Marsh", "Labour Party", "former chancellor")),
    ("Labour home secretary Jo Marsh spoke on Monday.", ("has_role", "Jo Marsh", None, "home secretary"),
     ("has_role", "Jo Marsh", "Labour Party", "home secretary")),
    # a party's own titles, and a shadow post, stay the party's
    ("Labour MP Jo Marsh spoke on Monday.", ("has_role", "Jo Marsh", "Labour Party", "mp"), None),
    ("Tory shadow chancellor Jo Marsh spoke on Monday.", ("has_role", "Jo Marsh", "Conservative Party",
                                                          "shadow chancellor"), None),
])
def test_relations_a_government_post_after_a_party_s_word(run, text, expected, absent):
    relations = _relations(run(text))
    assert expected in relations and absent not in relations, relations
