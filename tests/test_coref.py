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


def test_coref_he_after_a_woman_s_said_is_the_man_she_speaks_of_not_her_gender(run):
    """"Helen Varga said he was ...": the pronoun is another one where her first name says she is a woman; a
    name with no such first name is still read from it."""
    doc = run('Helen Varga said he was lovely to work with. "He was a gentleman," she said. Tom Hart said he '
              'was tired. Kim Lowe said he would stay.')
    genders, resolver = _by_name(doc, True)
    assert genders.get("Helen Varga") == "f" and genders.get("Tom Hart") == "m" and genders.get("Kim Lowe") == "m"
    assert resolver(next(t for t in doc if t.text == "she")).name == "Helen Varga"


def test_coref_he_inside_a_sentence_about_a_named_man_with_no_verb_is_that_man(run):
    """"Mr Hale, who has stayed friends with Ray's widow, who he says asked him": the sentence is about Hale (a name
    with only clauses hung on it), not the man the sentence before was about."""
    doc = run("Tom Hale, who ran the label, will produce the film. The singer Jim Ray died in 1980. Mr Hale, who has "
              "remained friends with Ray's widow, who he says asked for his help to make the film official.")
    _, resolver = _by_name(doc, True)
    assert resolver(next(t for t in doc if t.text == "he")).name == "Tom Hale"


def test_coref_a_person_shown_both_ways_has_no_gender(run):
    doc = run("Robin Lee said he was tired. Later Robin Lee said she was fine.")
    genders, _ = _by_name(doc, True)
    assert genders.get("Robin Lee") is None


def test_coref_he_after_a_view_brought_in_from_a_person_is_that_person(run):
    """"Tom Hale spoke first. Criticism came from Rui Costa. He said ...": the one the view came from."""
    doc = run("Tom Hale spoke first on Monday. Sharp criticism came from Rui Costa, a researcher. He said it was "
              "wrong.")
    token = next(t for t in doc if t.text == "He")
    assert Resolver(doc, get_facts(doc), genders=True)(token).name == "Rui Costa"


@pytest.mark.parametrize("text,word,name", [
    ("Mrs Anna Dale met Tom Hart on Monday. Hart was late. She said the talks had failed.", "She", "Tom Hart"),
    ("Volta Motors makes cars in Ohio. Its chief spoke on Monday. The US firm says it wants to compete with Ford.",
     "firm", "Volta Motors"),
    ("U.S. officials said the talks had failed.", "officials", "United States"),
    # a name among the noun's words before a pronoun's owner: the FBI's agents, whatever "its" is
    ("Two men ran the Vexnet network. During its investigation FBI agents downloaded 84 films.", "agents", "FBI"),
    # a person's lawyer is someone else, unnamed; a person's spokesman speaks for them
    ("Ann Kite said a Hale lawyer had told her the plan would fail. Tom Hale denied it.", "lawyer", None),
])
def test_coref_resolves_without_genders(run, text, word, name):
    """Without genders a pronoun is the nearest person; "the US firm" is the article's company, not the
    country that describes it, while "U.S. officials" stay the country's."""
    doc = run(text)
    token = next(t for t in doc if t.text == word)
    resolved = Resolver(doc, get_facts(doc))(token)
    assert (resolved.name if resolved is not None else None) == name


def test_coref_far_names_reads_the_one_police_force_named_long_before(run):
    filler = " ".join(["The town held its summer fair on the green and many families came."] * 30)
    doc = run(f"Thames Valley Police are searching for a man. {filler} Police said he was wearing a mask.")
    police = [t for t in doc if t.text == "Police"][-1]
    facts = get_facts(doc)
    assert Resolver(doc, facts)(police) is None
    assert Resolver(doc, facts, far_names=True)(police).name == "Thames Valley Police"


@pytest.mark.parametrize("text,word,name", [
    ("Northgate Foods grew fast.\n\nFounder and chief executive Ana Silva said the firm would hire 200 people.",
     "Founder", "Ana Silva"),
    ("Club chairman and owner Tom Reed said the stadium would be rebuilt.", "chairman", "Tom Reed"),
])
def test_coref_titles_before_a_name_stand_for_the_person_named(run, text, word, name):
    """A subject parsed with a title as its head ("Founder and chief executive Ana Silva said") is the person the
    titles name; a title followed by a verb or an organisation names no one this way."""
    doc = run(text)
    token = next(t for t in doc if t.text == word)
    assert Resolver(doc, get_facts(doc))(token).name == name


def test_coref_a_title_before_an_organisation_is_not_resolved_to_a_person(run):
    doc = run("Tom Reed left. The chief executive of Volta Motors said sales fell.")
    token = next(t for t in doc if t.text == "executive")
    resolved = Resolver(doc, get_facts(doc))(token)
    assert resolved is None or resolved.name != "Tom Reed"


@pytest.mark.parametrize("text,name", [
    ("Shadow home secretary Dan Reed praised the inquiry. Home Secretary Tom Hale resigned on Wednesday. The home "
     "secretary said he had made mistakes.", "Tom Hale"),
    ("Foreign secretary Ann Lowe flew to Paris. Home secretary Tom Hale stayed. The home secretary said no.",
     "Tom Hale"),
    # no holder of that very office: no one
    ("Shadow home secretary Dan Reed praised the inquiry. The home secretary said he had made mistakes.", None),
])
def test_coref_the_title_is_the_holder_of_that_very_office(run, text, name):
    doc = run(text)
    token = [t for t in doc if t.text == "secretary"][-1]
    resolved = Resolver(doc, get_facts(doc))(token)
    assert (resolved.name if resolved is not None else None) == name


def test_coref_a_title_of_an_organisation_is_the_person_holding_it(run):
    """"the Tory leader" is the leader the article names, not the party; with no such person, the party."""
    doc = run("Conservative leader Michael Howard spoke on Monday. The Tory leader said the plan was sound.")
    token = next(t for t in doc if t.text == "leader" and t.i > 5)
    assert Resolver(doc, get_facts(doc))(token).name == "Michael Howard"
    doc = run("The Tory leader said the plan was sound.")
    token = next(t for t in doc if t.text == "leader")
    assert Resolver(doc, get_facts(doc))(token).name == "Conservative Party"


def test_coref_a_shadow_title_is_another_office_first_written(run):
    """"The chancellor hailed ... But Oliver Letwin, for the Tories, attacked ... The shadow chancellor said": a title
    with a distinct modifier is first written there, the person the sentence before is about."""
    doc = run("Gordon Brown increased borrowing. The chancellor also hailed the growth but denied he was gloating. But "
              "Oliver Letwin, for the Tories, attacked government debt. The shadow chancellor said the rule had failed.")
    chancellors = [t for t in doc if t.text == "chancellor"]
    resolver = Resolver(doc, get_facts(doc), genders=True)
    assert [resolver(t).name for t in chancellors] == ["Gordon Brown", "Oliver Letwin"]


@pytest.mark.parametrize("text,word,name", [
    ("Central Bank of Ruritania governor Ivo Marek spoke on Monday. Later the Central Bank of Ruritania head "
     "said rates would stay low.", "head", "Ivo Marek"),
    ("Dorne Motors chairman Pia Lund spoke on Monday. The Dorne Motors boss said sales would rise.", "boss",
     "Pia Lund"),
])
def test_coref_a_word_for_an_organisation_s_leader_is_the_one_who_leads_it(run, text, word, name):
    """"the Federal Reserve head", "the Acme boss": the one person the article gives a leading role there, whatever
    their title."""
    doc = run(text)
    token = [t for t in doc if t.text == word][-1]
    resolved = Resolver(doc, get_facts(doc), genders=True)(token)
    assert (resolved.name if resolved is not None else None) == name


@pytest.mark.parametrize("text,name", [
    # the sentence's main subject, not a name in between
    ("Portugal has a huge debt burden - already owing $23bn to the Vale Fund - while its current account deficit "
     "has swelled.", "Portugal"),
    ("Harlow Foods said on Monday that sales at Dana Dairies had fallen and its shares dropped.", "Harlow Foods"),
    # a news outlet reporting it is not what "its" stands for
    ("Reuters reported that profits at Dana Dairies had fallen and its shares dropped.", "Dana Dairies"),
])
def test_coref_its_is_the_sentence_s_main_subject(run, text, name):
    doc = run(text)
    its = next(t for t in doc if t.lower_ == "its")
    resolved = Resolver(doc, get_facts(doc))(its)
    assert (resolved.name if resolved is not None else None) == name


@pytest.mark.parametrize("text,name", [
    ("Harlow Foods bought Dana Dairies in 2021. In 2023 it bought Kell Farms.", "Harlow Foods"),
    ("Harlow Foods said on Monday it had bought Dana Dairies. In 2023 it bought Kell Farms.", "Harlow Foods"),
    ("Retailers' group, the Shop Council, said sales fell at Dana Dairies. It also said prices rose.", "Shop Council"),
    ("Sales at Dana Dairies fell in May. It said prices rose.", "Dana Dairies"),  # no subject before: the nearest
    # the main clause's subject before one inside what it reports
    ("Harlow Foods said Dana Dairies' offer was too low. However, it said talks could go on.", "Harlow Foods"),
    # in an adverbial clause, the subject of the clause it hangs on before the main clause's
    ("Shares in Dana Dairies fell while Harlow Foods slid after it agreed to pay more for milk.", "Harlow Foods"),
    ("Shares in Dana Dairies fell as Harlow Foods cut prices because it wanted more customers.", "Harlow Foods"),
])
def test_coref_a_subject_it_continues_the_subject_before(run, text, name):
    """A subject "it" is the organisation the sentences before have as their subject (named, described, or "it"
    again), not the nearest organisation, which is often an object; with no such subject, the nearest one."""
    doc = run(text)
    it = [t for t in doc if t.lower_ == "it"][-1]
    assert Resolver(doc, get_facts(doc))(it).name == name


@pytest.mark.parametrize("text", [
    "Harlow Foods was criticised by the committee. The committee met on Monday. It warned that delays would grow.",
    "The committee reached its verdict on Harlow Foods. It warned that delays would grow.",
])
def test_coref_a_subject_it_after_an_unnamed_body_is_no_one_named(run, text):
    """A subject "it" that continues a body the article describes but never names ("the committee") stands for that
    body, not for the nearest organisation named."""
    doc = run(text)
    it = [t for t in doc if t.lower_ == "it"][-1]
    assert Resolver(doc, get_facts(doc))(it) is None


def test_coref_a_subject_it_after_a_described_named_company_is_the_company(run):
    doc = run("Harlow Foods cut 200 jobs. The company said it would close a plant. It warned that sales would fall.")
    it = [t for t in doc if t.lower_ == "it"][-1]
    assert Resolver(doc, get_facts(doc))(it).name == "Harlow Foods"


@pytest.mark.parametrize("text,name", [
    # the subject before, not the nearest man (who only owns the family met)
    ("Minister Jorge Salcedo visited Popayan and met Ana Lozano and Luis Caicedo's family. He promised to send "
     "soldiers.", "Jorge Salcedo"),
    # "he" again continues the same subject
    ("Minister Jorge Salcedo met Luis Caicedo's family. He promised to send soldiers. Then he left.", "Jorge Salcedo"),
    # no subject before that is a person: the nearest person
    ("The report about Luis Caicedo came out on Monday. He denied it.", "Luis Caicedo"),
    # a subject a person owns: that person, not the men named after it
    ("Peter Vane's proposal came a month after voters saw Tom Reed debate Ian Bell. He said it was fair.",
     "Peter Vane"),
])
def test_coref_a_subject_he_continues_the_subject_before(run, text, name):
    doc = run(text)
    he = [t for t in doc if t.lower_ == "he"][-1]
    assert Resolver(doc, get_facts(doc))(he).name == name


def test_coref_a_long_chain_of_he_continues_the_man_named_at_its_start(run):
    # each "he" continues the one before, however many sentences back the name is, whichever is asked first
    text = ("Tom Vale joined the army in 1970. One of his classmates was Ivan Petrov. He was posted to Berlin. He "
            "rose to the rank of major. He met his wife there. He left the army in 1990. He moved to Leeds. He "
            "bought a farm. He now says he is happy.")
    doc = run(text)
    pronouns = [t for t in doc if t.lower_ == "he"]
    assert [Resolver(doc, get_facts(doc))(he).name for he in reversed(pronouns)] == ["Tom Vale"] * len(pronouns)


@pytest.mark.parametrize("text,name", [
    # a subject "they" continues the organisation the main clause before was about, past a "he" inside a clause
    ("He did not say so, but the Greens believe the minister is bluffing so he can look tough. And they believe "
     "Tom Vale knows it.", "Green Party"),
    # people before it: no organisation
    ("Tom Vale and Ann Pryce met the Greens on Monday. Then they left.", None),
])
def test_coref_a_subject_they_continues_an_organisation(run, text, name):
    doc = run(text)
    entity = Resolver(doc, get_facts(doc))([t for t in doc if t.lower_ == "they"][-1])
    assert (entity.name if entity else None) == name


def test_coref_a_subject_described_with_a_name_in_apposition_is_that_person(run):
    text = ("Jack Straw said the talks went well. But he added a warning. The shadow foreign secretary, Michael "
            "Ancram, welcomed the news. But he said there were questions.")
    doc = run(text)
    assert Resolver(doc, get_facts(doc))([t for t in doc if t.lower_ == "he"][-1]).name == "Michael Ancram"


def test_she_after_a_sentence_about_her_is_her_not_the_woman_she_named(run):
    text = ('Blanchett, who won a prize for her role in Elizabeth, said: "It means a lot." She thanked the woman she '
            'played, Katharine Hepburn, for paving the way. "Thank you very much," she said.')
    speakers = [q.speaker.name if q.speaker else None for q in run(text)._.facts.quotes]
    assert speakers == ["Blanchett", "Blanchett"]


@pytest.mark.parametrize("text,speaker", [
    # a description with words of what the company does, as the subject, is the company the article is about
    ("Holt Furnishings, which floated in 1995, has a new boss. The clothing and home furnishing retailer said its "
     "chief executive had resigned.", "Holt Furnishings"),
    # "the rival firm" is another one
    ("Holt Furnishings, which floated in 1995, has a new boss. The rival retailer said its profits had fallen.", None),
])
def test_a_described_company_as_a_subject(run, text, speaker):
    quotes = run(text)._.facts.quotes
    assert {q.speaker.name if q.speaker else None for q in quotes} <= {speaker}
    assert speaker is None or [q.speaker.name for q in quotes if q.speaker] == [speaker]


def test_coref_a_rival_named_after_in_is_that_company(run):
    doc = run("Grid relies on software owned by Sun. It already has a rival in Vexo, which argues that its service "
              "is cheaper.")
    assert [q.speaker.name if q.speaker else None for q in doc._.facts.quotes] == ["Vexo"]


def test_coref_the_paper_is_the_newspaper_named_before(run):
    doc = run("The Mirror newspaper said it had been handed a dossier. The paper said it was found in a street.")
    paper = next(t for t in doc if t.text == "paper")
    assert Resolver(doc, get_facts(doc))(paper).name == "Mirror"


@pytest.mark.parametrize("text,noun", [
    # a paper's kind, with lower-case words of its field before it
    ("The Bristol Courier has said films fell. Only 27 were made, according to the trade weekly.", "weekly"),
    ("The Daily Planet said he lied. The tabloid said he was paid.", "tabloid"),
])
def test_coref_a_word_for_a_paper_is_the_paper_named_before(run, text, noun):
    doc = run(text)
    word = next(t for t in doc if t.text == noun)
    entity = Resolver(doc, get_facts(doc))(word)
    assert entity is not None and entity.name == {"weekly": "Bristol Courier", "tabloid": "Daily Planet"}[noun]


def test_coref_he_continues_the_main_clauses_subject_not_one_inside_a_clause(run):
    doc = run('Tom Figgins declined to address whether Dan Reed slept on the night Bob Ames died. "When all the evidence '
              'is in," he said.')
    he = [t for t in doc if t.lower_ == "he"][-1]
    assert Resolver(doc, get_facts(doc), genders=True)(he).name == "Tom Figgins"


def test_coref_it_is_never_the_outlet_the_news_was_told_to(run):
    doc = run("Harlow Games called in administrators Rubin Partners on Friday. The administrators told BBC News Online "
              "that a sale was the only way. It said it hoped to save 110 jobs.")
    it = next(t for t in doc if t.text == "It")
    assert Resolver(doc, get_facts(doc))(it).name == "Rubin Partners"


@pytest.mark.parametrize("outlet", ["Reuters", "the BBC"])
def test_coref_an_outlet_the_article_is_about_is_its_company(run, outlet):
    """"Reuters beat forecasts ... Reuters cut its debt": an outlet that does more than report is the organisation
    the article is about, which "the group", "the company" and "it" stand for."""
    doc = run(f"Revenues at {outlet} slipped 11% in 2004. {outlet} beat profit forecasts. {outlet} also cut its debt "
              "to £160m. The group said the year had begun well. It added it expected further savings.")
    resolve = Resolver(doc, get_facts(doc))
    assert resolve(next(t for t in doc if t.text == "group")).name in {"Reuters", "BBC"}
    assert resolve(next(t for t in doc if t.text == "It")).name in {"Reuters", "BBC"}


def test_coref_an_outlet_that_only_reports_is_not_the_company(run):
    # an outlet that only reports ("Reuters reported", "Reuters said") is never "the company", nor another's "it"
    doc = run("Shares in Tesco rose 5% on Monday, Reuters reported. Reuters said the deal was worth $2bn. The company "
              "said it would hire staff.")
    assert Resolver(doc, get_facts(doc))(next(t for t in doc if t.text == "company")).name == "Tesco"
    doc = run("Shares rose 5% on Monday, Reuters reported. Reuters said the deal was worth $2bn. The company said it "
              "would hire staff.")
    assert Resolver(doc, get_facts(doc))(next(t for t in doc if t.text == "company")) is None


def test_coref_the_government_is_never_the_party_named_most(run):
    doc = run("The Liberal Democrats want to scrap the scheme. The party says it wastes money. The government gives "
              "£200 for winter fuel to households.")
    government = next(t for t in doc if t.text == "government")
    assert Resolver(doc, get_facts(doc))(government) is None


def test_coref_people_of_a_place_speak_for_themselves_not_its_state(run):
    doc = run("UK critics said the film was dull. US officials said the talks would resume.")
    assert [q.speaker.name if q.speaker else None for q in doc._.facts.quotes] == [None, "United States"]


def test_coref_a_title_with_an_organisation_parsed_as_its_modifier_is_the_person_before(run):
    # "The AAA indoor and outdoor champion": the parse hangs the organisation on the title as a modifier
    doc = run("James Reed won the 800m at the AAA meeting in Birmingham. The AAA indoor and outdoor champion "
              "accelerated away from the field in the final 300m, beating Wolf Muller by 0.90 seconds.")
    agents = {q.agent.name for q in doc._.facts.quantities if q.agent is not None}
    assert agents == {"James Reed"}


@pytest.mark.parametrize("text,expected", [
    # a subject pronoun with no one named before it, its article's opening cut: the next sentence's person
    ("EU rules will not stop spending\n\nBut he denied that he was ruling out membership of the euro. Mr Hale said "
     "that it was vital the UK continued to invest.", ["Hale", "Hale"]),
    # not across a paragraph's end, nor one of the other sex
    ("EU rules will not stop spending\n\nBut he denied that he was ruling out membership of the euro.\n\nMr Hale said "
     "that it was vital the UK continued to invest.", [None, "Hale"]),
    ("EU rules will not stop spending\n\nBut he denied that he was ruling out membership of the euro. Ms Ruiz said "
     "that it was vital the UK continued to invest.", [None, "Ruiz"]),
])
def test_coref_a_pronoun_before_anyone_is_named_is_the_next_sentence_s_person(run, text, expected):
    assert [q.speaker.name if q.speaker else None for q in run(text)._.facts.quotes] == expected


@pytest.mark.parametrize("text,expected", [
    # a study written with "a" and no author: the one the next paragraph writes with "the" and its author
    ("More than 9,000 phones were left in cabs, according to a survey.\n\nThis makes Leeds the worst city, according "
     "to the research by the Harwell Cab Society.", ["Harwell Cab Society", "Harwell Cab Society"]),
    # not one two paragraphs on
    ("More than 9,000 phones were left in cabs, according to a survey.\n\nThat is three phones per cab.\n\nThis makes "
     "Leeds the worst city, according to the research by the Harwell Cab Society.", [None, "Harwell Cab Society"]),
])
def test_coref_a_study_with_no_author_is_the_one_the_next_paragraph_names(run, text, expected):
    assert [q.speaker.name if q.speaker else None for q in run(text)._.facts.quotes] == expected


def test_coref_its_after_a_subject_it_is_that_subject_s_and_a_document_which_states_speaks_for_it(run):
    """"Vantrex filed a brief with the High Court. It summed up the mood in its submission which states that ...":
    "its" is the sentence's subject "it" (Vantrex), not the court named last, and the submission right before
    "which" states it, whatever noun the parse hangs the clause on."""
    doc = run('Vantrex filed a document with the High Court earlier this month in defence of Kestrel. It summed up the '
              'attitude of many tech firms in its submission which states that its products "are essentially tools, '
              'capable of being used for unlawful purposes".')
    assert {q.speaker.name if q.speaker else None for q in doc._.facts.quotes} == {"Vantrex"}


def test_coref_the_think_tank_is_the_article_s_organisation(run):
    doc = run("A report by the Institute for Public Policy Research says online communities can help. The think-tank "
              "said the council should do more.")
    assert [q.speaker.name if q.speaker else None for q in doc._.facts.quotes] \
        == ["Institute for Public Policy Research"] * 2
