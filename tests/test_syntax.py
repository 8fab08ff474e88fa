from spacy.lang.en import English
from spacy.tokens import Doc

from pipeline.syntax import subject_of


def _parse(words, heads, deps, pos, tags=None):
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_subject_of_a_to_clause_on_a_passive_is_the_passive_s_subject():
    """"Dana Okafor is expected to say ...": she says it (a raising or control passive hands its subject down)."""
    doc = _parse(["Okafor", "is", "expected", "to", "say", "it"], [2, 2, 2, 4, 2, 4],
                 ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "dobj"],
                 ["PROPN", "AUX", "VERB", "PART", "VERB", "PRON"])
    assert subject_of(doc[4]).text == "Okafor"


def test_subject_of_a_passive_verb_itself_is_none():
    """"Okafor was dismissed": nobody named dismissed anyone; the passive's own subject is no agent."""
    doc = _parse(["Okafor", "was", "dismissed"], [2, 2, 2], ["nsubjpass", "auxpass", "ROOT"], ["PROPN", "AUX", "VERB"])
    assert subject_of(doc[2]) is None


def test_subject_of_an_active_verb_joined_to_a_passive_is_the_passive_s_subject_not_its_agent():
    """"Vexair was founded by Okafor and controls 45%": the airline controls it, not the founder."""
    doc = _parse(["Vexair", "was", "founded", "by", "Okafor", "and", "controls", "it"], [2, 2, 2, 2, 3, 2, 2, 6],
                 ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "cc", "conj", "dobj"],
                 ["PROPN", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "VERB", "PRON"],
                 ["NNP", "VBD", "VBN", "IN", "NNP", "CC", "VBZ", "PRP"])
    assert subject_of(doc[6]).text == "Vexair" and subject_of(doc[2]).text == "Okafor"


def test_subject_of_a_clause_on_a_passive_that_is_no_to_clause_is_none():
    """"Okafor was dismissed after losing": no subject handed down to a clause that is not a to-clause."""
    doc = _parse(["Okafor", "was", "dismissed", "after", "losing"], [2, 2, 2, 4, 2],
                 ["nsubjpass", "auxpass", "ROOT", "mark", "advcl"], ["PROPN", "AUX", "VERB", "SCONJ", "VERB"])
    assert subject_of(doc[4]) is None


def test_subject_of_saying_after_as_is_the_subject_of_the_verb_it_hangs_on():
    """"Okafor was quoted as saying ...", "Okafor is on record as saying ...": Okafor says it."""
    doc = _parse(["Okafor", "was", "quoted", "as", "saying", "it"], [2, 2, 2, 2, 3, 4],
                 ["nsubjpass", "auxpass", "ROOT", "prep", "pcomp", "dobj"],
                 ["PROPN", "AUX", "VERB", "ADP", "VERB", "PRON"])
    assert subject_of(doc[4]).text == "Okafor"
    doc = _parse(["Okafor", "is", "on", "record", "as", "saying", "it"], [1, 1, 1, 2, 1, 4, 5],
                 ["nsubj", "ROOT", "prep", "pobj", "prep", "pcomp", "dobj"],
                 ["PROPN", "AUX", "ADP", "NOUN", "ADP", "VERB", "PRON"])
    assert subject_of(doc[5]).text == "Okafor"


def test_subject_of_saying_hung_on_a_noun_s_that_clause_is_the_outer_subject():
    """"Okafor rejected the claim that Reed had been sacked, saying ...", parsed with "saying" on "sacked": Okafor
    says it, not Reed (the passive's subject) nor no one; "the claim that Reed was sacked after losing" is no such
    participle."""
    words = ["Okafor", "rejected", "the", "claim", "that", "Reed", "had", "been", "sacked", ",", "saying", "it"]
    heads = [1, 1, 3, 1, 8, 8, 8, 8, 3, 8, 8, 10]
    deps = ["nsubj", "ROOT", "det", "dobj", "mark", "nsubjpass", "aux", "auxpass", "acl", "punct", "advcl", "dobj"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "SCONJ", "PROPN", "AUX", "AUX", "VERB", "PUNCT", "VERB", "PRON"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "NNP", "VBD", "VBN", "VBN", ",", "VBG", "PRP"]
    assert subject_of(_parse(words, heads, deps, pos, tags)[10]).text == "Okafor"
    words[9:11] = ["after", "losing"]
    deps[9], pos[9], tags[9] = "mark", "SCONJ", "IN"
    heads[9] = 10
    assert subject_of(_parse(words, heads, deps, pos, tags)[10]) is None


def test_subject_of_a_participle_after_a_comma_on_a_passive_is_the_passive_s_subject():
    """"Okafor would not be drawn on it, saying ...": Okafor says it (the earlier test: not "after losing")."""
    doc = _parse(["Okafor", "was", "drawn", ",", "saying", "it"], [2, 2, 2, 2, 2, 4],
                 ["nsubjpass", "auxpass", "ROOT", "punct", "advcl", "dobj"],
                 ["PROPN", "AUX", "VERB", "PUNCT", "VERB", "PRON"], ["NNP", "VBD", "VBN", ",", "VBG", "PRP"])
    assert subject_of(doc[4]).text == "Okafor"


def test_subject_of_a_participle_after_a_comma_on_a_passive_with_an_agent_is_the_passive_s_subject():
    """"Okafor was axed by Reed, claiming it": Okafor claims it, not the agent who axed him (who still axed)."""
    doc = _parse(["Okafor", "was", "axed", "by", "Reed", ",", "claiming", "it"], [2, 2, 2, 2, 3, 2, 2, 6],
                 ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "advcl", "dobj"],
                 ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PRON"],
                 ["NNP", "VBD", "VBN", "IN", "NNP", ",", "VBG", "PRP"])
    assert subject_of(doc[6]).text == "Okafor" and subject_of(doc[2]).text == "Reed"


def test_subject_of_a_to_clause_on_an_adjective_after_a_copula_is_the_copula_s_subject():
    """"Okafor was due to say it", "Okafor is likely to win": Okafor says it, wins."""
    doc = _parse(["Okafor", "was", "due", "to", "say", "it"], [1, 1, 1, 4, 2, 4],
                 ["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj"],
                 ["PROPN", "AUX", "ADJ", "PART", "VERB", "PRON"], ["NNP", "VBD", "JJ", "TO", "VB", "PRP"])
    assert subject_of(doc[4]).text == "Okafor"


def test_subject_of_a_to_clause_after_an_object_is_the_object_only_after_a_verb_of_control():
    """"She ordered him to repay": he repays; "Bellamy left Newcastle to join Celtic": Bellamy joins, not the club
    he left."""
    def doc_of(verb, lemma):
        doc = _parse(["Bellamy", verb, "Newcastle", "to", "join", "Celtic"], [1, 1, 1, 4, 1, 4],
                     ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"],
                     ["PROPN", "VERB", "PROPN", "PART", "VERB", "PROPN"])
        doc[1].lemma_ = lemma
        return doc
    assert subject_of(doc_of("left", "leave")[4]).text == "Bellamy"
    assert subject_of(doc_of("persuaded", "persuade")[4]).text == "Newcastle"


def test_subject_of_a_verb_with_a_person_s_age_hung_on_it_as_an_adjective_is_the_age():
    """"The 31-year-old insisted ...", parsed with "old" an adjective of the verb: the age stands for the person
    and is the subject; a plain adjective before a verb is none ("Old insisted" is no such phrase)."""
    words = ["The", "31", "-", "year", "-", "old", "insisted", "it", "was", "fine"]
    heads = [6, 3, 3, 5, 5, 6, 6, 8, 6, 8]
    deps = ["det", "nummod", "punct", "npadvmod", "punct", "amod", "ROOT", "nsubj", "ccomp", "acomp"]
    pos = ["DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "VERB", "PRON", "AUX", "ADJ"]
    tags = ["DT", "CD", "HYPH", "NN", "HYPH", "JJ", "VBD", "PRP", "VBD", "JJ"]
    assert subject_of(_parse(words, heads, deps, pos, tags)[6]).text == "old"
    words = ["The", "very", "old", "insisted", "it", "was", "fine"]
    doc = _parse(words, [2, 2, 3, 3, 5, 3, 5], ["det", "advmod", "amod", "ROOT", "nsubj", "ccomp", "acomp"],
                 ["DET", "ADV", "ADJ", "VERB", "PRON", "AUX", "ADJ"], ["DT", "RB", "JJ", "VBD", "PRP", "VBD", "JJ"])
    assert subject_of(doc[3]) is None


def test_subject_of_a_relative_clause_hung_on_a_thing_is_the_person_named_before_its_who():
    """"refused awards, including Ana Ruiz who said ...", the clause hung on "awards": Ruiz says it; "which" still
    stands for what the clause hangs on, and "who" for a thing that is no person's name."""
    words = ["refused", "awards", ",", "including", "Ana", "Ruiz", "who", "said", "it"]
    heads = [0, 0, 1, 1, 5, 3, 7, 1, 7]
    deps = ["ROOT", "dobj", "punct", "prep", "compound", "pobj", "nsubj", "relcl", "dobj"]
    pos = ["VERB", "NOUN", "PUNCT", "VERB", "PROPN", "PROPN", "PRON", "VERB", "PRON"]
    doc = _parse(words, heads, deps, pos)
    doc.ents = [doc.char_span(doc[4].idx, doc[5].idx + len(doc[5]), label="PERSON")]
    assert subject_of(doc[7]).text == "Ruiz"
    doc = _parse(words[:6] + ["which"] + words[7:], heads, deps, pos)
    doc.ents = [doc.char_span(doc[4].idx, doc[5].idx + len(doc[5]), label="PERSON")]
    assert subject_of(doc[7]).text == "awards"
    doc = _parse(words, heads, deps, pos)
    assert subject_of(doc[7]).text == "awards"
