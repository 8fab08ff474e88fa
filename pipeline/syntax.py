"""Small helpers over the dependency parse that several stages share."""
from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import IS_SPACE, LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .data_files import word_list


FINITE = {"VBD", "VBZ", "VBP"}
#: Verbs whose object is the one who says what "as saying" reports ("AP quoted X as saying").
QUOTING_VERBS = frozenset({"quote", "cite"})
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}


def positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """The indices of the tokens whose lower-case form is one of ``words``, read from the Doc's array of lower-case
    forms: the stages look for a few words in every article, and making every token to ask it is slow."""
    return numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), word_ids(words))).tolist()


def line_starts(doc: Doc) -> list[int]:
    """The indices of the tokens that open a line: the first, and each after a whitespace token holding a line
    break."""
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist()
    return ([0] if len(doc) else []) + [i + 1 for i in spaces if i + 1 < len(doc) and "\n" in doc[i].text]


@lru_cache(maxsize=64)
def word_ids(words: frozenset[str]) -> numpy.ndarray:
    """The words' string hashes, to compare with a Doc's arrays (``doc.to_array(LOWER)``, ``LEMMA``)."""
    return numpy.asarray([get_string_id(w) for w in words], dtype="uint64")


SPORT_WORDS = 3  # an article with this many words of relation_verbs.json "team_words" is about sport


def about_sport(doc: Doc, team_words: set[str] | frozenset[str]) -> bool:
    """Whether the article is about sport: SPORT_WORDS or more of its words are team words (relation_verbs.json
    "team_words"), read by their lemmas' hashes rather than token by token (the stages ask it of every article)."""
    lemmas = frozenset(w for word in team_words for w in (word, word.capitalize()))  # lower-case or capitalised
    return int(numpy.isin(doc.to_array(LEMMA), word_ids(lemmas)).sum()) >= SPORT_WORDS


#: Officials listed with the body they come from in brackets, no club's players ("Referee: S Bennett (Kent)").
OFFICIALS = frozenset({"referee", "referees", "umpire", "umpires", "judge", "judges", "official", "officials"})


def listed_as_an_official(doc: Doc, start: int) -> bool:
    """Whether an official's word stands before the name at token ``start`` in its line ("Referee: P Dowd",
    "Touch judges: A Reed, B Lowe"; "Referee:" may be a sentence of its own)."""
    line_start = start
    while line_start > max(start - 6, 0) and "\n" not in doc[line_start - 1].text_with_ws:
        line_start -= 1
    return any(t.lower_ in OFFICIALS for t in doc[line_start:start])


def verb_above(token: Token) -> Token | None:
    """The token itself if a verb, else the nearest verb above it in the parse (through nouns, adjectives and
    prepositions: "are hopeful that ...", "give their coach X a win"); None when there is none."""
    node = token
    while node.head != node and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


def first(items):
    return next((i for i in items if i is not None), None)


def up_to(token: Token, top: int) -> list[Token]:
    """The tokens from ``token`` up its heads to (not including) the ancestor at index ``top``, or to the root."""
    out = []
    while token.i != top and token.head.i != token.i:
        out.append(token)
        token = token.head
    return out


#: Prepositions whose gerund ("after claiming", "by saying") has the subject of the verb they hang on.
GERUND_PREPOSITIONS = frozenset({"after", "before", "by", "while", "when", "without", "despite", "since"})
#: Verbs whose object does what their to-clause says ("She ordered him to repay", "urged Kim to resume talks"); after
#: others the subject does ("Bellamy left Newcastle to join Celtic": Bellamy joins).
OBJECT_CONTROL_VERBS = frozenset({
    "order", "tell", "ask", "urge", "persuade", "force", "compel", "allow", "permit", "enable", "encourage", "invite",
    "want", "expect", "require", "advise", "instruct", "warn", "remind", "beg", "challenge", "help", "appoint", "elect",
    "name", "choose", "select", "pick", "hire", "sign", "recruit", "lead", "cause", "get", "pressure", "pressurise",
    "push", "press", "call", "need", "like", "prefer", "convince", "inspire", "prompt", "trust", "authorise",
    "authorize", "oblige", "train", "teach", "tempt", "back", "tip", "fancy", "predict", "believe", "consider"})


def agent_of_a_passive(name: Token) -> bool:
    """A name after the "by" of a passive verb ("was joined by Tony Blair")."""
    return name.dep_ == "pobj" and name.head.dep_ == "agent"


def age_description(token: Token) -> bool:
    """"the 56-year-old" (tokens "the", "56", "-", "year", "-", "old"; the parse may hang "the" anywhere): the last
    word of a person's age used as a noun."""
    doc, i = token.doc, token.i
    if not _the_old_of_an_age(token):
        return False
    return i >= 5 and doc[i - 5].lower_ == "the" and (i + 1 == len(doc) or doc[i + 1].pos_ in {"VERB", "AUX", "PUNCT"})


def carries_an_age(noun: Token) -> bool:
    """"the 41-year-old chart-topper": a noun with a person's age written on it (its "old" of "41-year-old")."""
    return any(map(_the_old_of_an_age, noun.children))


def _the_old_of_an_age(token: Token) -> bool:
    """The "old" of "56-year-old" (tokens "56", "-", "year", "-", "old")."""
    doc, i = token.doc, token.i
    return token.lower_ == "old" and i >= 4 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "year" \
        and doc[i - 3].text == "-" and doc[i - 4].like_num


def name_read_as_modifier(token: Token) -> bool:
    """"Desailly says the Russian's arrival helped", '"...," May said': a person's or an organisation's name right
    before the verb it hangs on, read as the verb's adverb, an auxiliary (a modal "May") or an unlabelled dependent
    where the verb has no subject: its subject."""
    verb = token.head
    return token.dep_ in {"advmod", "npadvmod", "dep", "aux"} and token.ent_type_ in {"PERSON", "ORG"} \
        and verb.i == token.i + 1 and verb.pos_ in {"VERB", "AUX"} \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


#: Adjectives after a copula whose to-clause is the copula's subject's deed ("he was due to say", "the firm is
#: likely to report", "she is keen to stay"), unlike "it was too early to say".
SUBJECT_ADJECTIVES = frozenset({
    "due", "likely", "unlikely", "certain", "sure", "bound", "set", "able", "unable", "ready", "keen", "eager",
    "willing", "unwilling", "reluctant", "poised", "determined", "prepared", "happy", "quick", "slow", "free"})


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited through conjunctions, purpose clauses and relative clauses.

    In the passive ("were killed by X") the agent is the subject.
    """
    seen = set()
    raised = False  # climbed from a to-clause to the verb it hangs on
    participle = False  # climbed from a participle after a comma ("..., saying")
    active_conjunct = False  # climbed from an active verb joined to a passive one ("was founded by X and controls")
    while verb.i not in seen:
        seen.add(verb.i)
        passive = False
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        # "A and B, both of the X party, flew": the parse makes "both" a second subject; the names are the subject
        subjects = [c for c in subjects if c.lower_ not in {"both", "all", "each"}] or subjects
        if subjects:
            # Several subjects means a split noun phrase ("co - leader"): its head is the one nearest the verb;
            # but a name before a title in apposition is the subject, not the title ("Theresa May, Tory shadow work
            # and pensions secretary, said", parsed with "work" as a second subject).
            named = [c for c in subjects if c.ent_type_ in {"PERSON", "ORG"} and c.i < verb.i]
            if named and len(named) < len(subjects) and all(
                    c.pos_ == "NOUN" for c in subjects if c not in named):
                subjects = named
            child = max(subjects, key=lambda c: (c.i < verb.i, c.i if c.i < verb.i else -c.i))
            left = verb.doc[verb.i - 1] if verb.i > 0 else None
            if left is not None and left.dep_ == "compound" and left.head == verb and left.pos_ == "PROPN" \
                    and verb.tag_ in FINITE and child.i < left.i and any(t.text == "," for t in verb.doc[child.i:left.i]):
                return left  # "Chelsea host Birmingham, Tottenham travel to West Brom", parsed with "Birmingham" the
                # subject and "Tottenham" a compound of the verb: the name right before the verb is its subject
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                named = _person_right_before(child) if child.lower_ == "who" \
                    and verb.head.ent_type_ != "PERSON" else None
                if named is not None:
                    return named  # "refused Oscars, including actor George C Scott who said ...", the clause hung on
                    # "Oscars": "who" is the person named right before it
                document = verb.doc[child.i - 1] if child.i > 0 and child.lower_ in {"which", "that"} else None
                if document is not None and document.pos_ == "NOUN" and document.i != verb.head.i \
                        and document.lemma_.lower() in word_list("org_nouns.json", "document_nouns"):
                    return document  # "the attitude of many firms in its submission which states that ...", the
                    # clause hung on "attitude": the document right before "which" states it
                return verb.head  # "the carmaker, which employs ...": the carmaker
            return child
        for child in verb.children:
            if child.dep_ == "agent" and (active_conjunct or participle and any(
                    c.dep_ == "nsubjpass" for c in verb.children)):  # "Jet Airways was founded by X, and controls
                # 45%": the airline controls it, not X; "X was axed by coach Y after failing to turn up, claiming he
                # was injured": the participle after a comma is the subject's deed
                return first(c for c in verb.children if c.dep_ == "nsubjpass")
            if child.dep_ == "agent":
                return first(c for c in child.children if c.dep_ == "pobj")
            passive = passive or child.dep_ == "nsubjpass"
        if passive:
            # "Mr Howard is expected to say", "she was asked to leave": the passive's subject does what its to-clause
            # says (not "were killed": the passive verb's own subject is no agent); so does the participle after a
            # comma ("Downing Street would not be drawn on the date, saying ...")
            return first(c for c in verb.children if c.dep_ == "nsubjpass") if raised or participle else None
        left = verb.doc[verb.i - 1] if verb.i > 0 else None
        if verb.tag_ in FINITE and left is not None and (left.pos_ in {"PROPN", "NOUN", "PRON"}
                                                         or age_description(left) or name_read_as_modifier(left)) \
                and left.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            # The small parser often hangs "A and B visited" off the wrong head; a noun
            # phrase right before a finite verb that has no subject is that subject (and "The 31-year-old
            # insisted", "old" hung on the verb as an adjective; "Desailly says", the name read as an adverb).
            return left
        if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "forces executed a raid to capture X": the purpose clause's agent is the raid's
            # agent, when the raid is an argument of the outer verb (not "after the raid ...").
            noun = verb.head
            if noun.dep_ not in {"dobj", "nsubj", "attr"} or noun.head.pos_ not in {"VERB", "AUX"}:
                return None
            verb = noun.head
            continue
        if verb.dep_ in {"relcl", "acl"}:
            return verb.head
        if verb.dep_ == "xcomp" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to":
            controller = first(c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i
                               and c.pos_ in {"PRON", "PROPN"}) if verb.head.lemma_.lower() in OBJECT_CONTROL_VERBS \
                else None
            if controller is not None:
                return controller  # "She ordered him to repay ...": he repays (the object of "order", "tell", "ask")
        if _said_past_a_noun_clause(verb):
            verb = verb.head.head.head  # "X rejected the allegation that Y had been sidelined, saying ...": X says
            continue
        if added_to_a_report(verb):
            verb = verb.head.head  # "The firm said the year had begun well, adding it expected ...": the firm adds
            continue
        if verb.dep_ == "xcomp" and verb.head.lower_ in SUBJECT_ADJECTIVES and verb.head.dep_ == "acomp" \
                and verb.head.head.pos_ in {"VERB", "AUX"} and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to":
            raised = True  # "he was due to say", "Reed is likely to win": the copula's subject does it (not "it was
            # too early to say": no one's deed)
            verb = verb.head.head
            continue
        if verb.dep_ in {"conj", "xcomp", "advcl", "ccomp"} and verb.head != verb and verb.head.pos_ in {"VERB", "AUX"}:
            raised = verb.dep_ == "xcomp" and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to"
            participle = _comma_participle(verb)
            active_conjunct = verb.dep_ == "conj" and verb.tag_ in FINITE and not any(
                c.dep_ == "auxpass" for c in verb.children)
            verb = verb.head
            continue
        quoted = first(c for c in verb.head.head.children if c.dep_ == "dobj") if verb.dep_ == "pcomp" \
            and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in QUOTING_VERBS else None
        if quoted is not None:
            return quoted  # "AP quoted prosecutor Russell McGuire as saying": the one quoted says it
        if verb.dep_ == "pcomp" and verb.head.head.pos_ in {"VERB", "AUX"} and (
                verb.head.lower_ == "as" or verb.head.lower_ in GERUND_PREPOSITIONS and verb.tag_ == "VBG"
                or verb.head.lower_ == "for" and verb.tag_ == "VBG"
                and any(c.dep_ == "auxpass" for c in verb.head.head.children)):  # "X was fined for calling a
            # referee ...": the one fined called him so (not "X praised Y for saying": Y says it)
            raised = True  # "X is on record as saying", "X was quoted as saying": X says; "X reopened the row after
            # claiming ...", "X was arrested after attacking Y": X claims, X attacks
            verb = verb.head.head
            continue
        return None
    return None


def _person_right_before(pronoun: Token) -> Token | None:
    """The last word of a person's name written right before a relative pronoun (a comma between or not)."""
    i = pronoun.i - 1 - (pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text == ",")
    return pronoun.doc[i] if i >= 0 and pronoun.doc[i].ent_type_ == "PERSON" else None


def _comma_participle(verb: Token) -> bool:
    """A participle clause set off by a comma, with no word that ties it to the verb ("..., saying it was wrong";
    not "after losing")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and not any(c.dep_ == "mark" for c in verb.children)


def added_to_a_report(verb: Token) -> bool:
    """A speech verb's participle after a comma that the parse hangs on the clause another speech verb reports
    ("X said the year had begun well, adding ..."): X adds, not the reported clause's subject (the speech verbs:
    quote_cues.json "verbs")."""
    head = verb.head
    cues = word_list("quote_cues.json", "verbs")
    return _comma_participle(verb) and verb.lemma_.lower() in cues and head.dep_ == "ccomp" \
        and head.head.lemma_.lower() in cues


def _said_past_a_noun_clause(verb: Token) -> bool:
    """A participle after a comma that the parse hangs on the "that" clause of a noun ("rejected the allegation that
    Mr Brown had been sidelined, saying ...") belongs to the clause the noun is an argument of."""
    head = verb.head
    return _comma_participle(verb) and head.dep_ == "acl" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children) \
        and head.head.pos_ == "NOUN" and head.head.dep_ == "dobj" and head.head.head.pos_ in {"VERB", "AUX"}


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a noun (through prepositions), or None."""
    node = token
    while node.head != node:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.pos_ not in {"ADP", "NOUN", "PROPN", "NUM", "ADJ", "ADV", "SYM"}:
            return None
    return None
