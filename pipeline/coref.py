"""Resolve a subject token to a canonical entity: a mention, a pronoun or a definite description.

A deliberately small resolver: "he"/"she" go to the nearest earlier person, and as a subject to the person
who was the subject before them; a subject "it" to the organisation that was;
"the administration" goes to the organisation whose name ends in that noun
("Trump administration", and "police said" to "Thames Valley Police"); "the general" goes to the
person holding that role; a description of a person ("the singer", "the Scot", "the 56-year-old")
to the person the article has named most so far.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from .data_files import data_path, read_json, word_list
from .facts import Entity, Facts
from .quotes.marks import CLOSE, OPEN, quoted_chars
from .relations.countries import is_country, is_state_or_country
from .syntax import age_description, carries_an_age, first, name_read_as_modifier, subject_of

PERSONAL_PRONOUNS = {"he", "she", "him", "her"}
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
OTHER_GENDER = {"m": "f", "f": "m"}
PARTY_WORDS = {"party", "alliance", "front", "movement", "congress", "league", "union"}


def is_party(name: str) -> bool:
    """A party by its name's last word ("Bagong Liwanag" is not known so; "the Pederal Alliance" is)."""
    return name.split()[-1].lower() in PARTY_WORDS


#: Words right before a person's name that say whether a man or a woman is named ("Mrs Ruiz", "his wife Sharon").
GENDER_WORDS = {**dict.fromkeys(["mr", "sir", "lord", "king", "prince", "husband", "son", "father", "brother",
                                 "uncle", "nephew", "grandson", "grandfather", "boyfriend"], "m"),
                **dict.fromkeys(["mrs", "ms", "miss", "lady", "dame", "queen", "princess", "wife", "daughter",
                                 "mother", "sister", "aunt", "niece", "granddaughter", "grandmother",
                                 "girlfriend", "actress", "widow"], "f")}
#: The family words among them ("Mr Begg's father, Azmat", "his wife Sharon": a person's relative, named)
FAMILY_NOUNS = frozenset(GENDER_WORDS) - {"mr", "sir", "lord", "king", "prince", "mrs", "ms", "miss", "lady", "dame",
                                          "queen", "princess", "actress"}
#: How far back (in characters) "she" looks for a person shown to be a woman before it takes the nearest person.
GENDER_WINDOW_CHARS = 1500
ORG_PRONOUNS = {"it", "its"}
#: What a subject "it" continues when that is an organisation the article describes but never names ("the committee")
UNNAMED = object()
TEAM_NOUNS = frozenset({"club", "side", "team"})
SUBJECTS = {"nsubj", "nsubjpass"}
ORG_POSSESSIVES = {"its"}


#: Nouns for another body than their owner's ("Macy's owner", "its parent", "Acme's rival", "the bank's suitor").
OTHER_PARTY_NOUNS = frozenset({"owner", "parent", "rival", "bidder", "suitor", "buyer", "predecessor", "successor",
                               "opponent", "acquirer"})
#: Words before a description noun that make it another organisation than the one the article is about.
OTHER_ONE_WORDS = {"rival", "parent", "sister", "other", "another", "next", "competing", "subsidiary", "partner",
                   "former", "foreign", "state-owned", "smaller", "bigger", "larger", "only"}


def _nouns(key: str) -> frozenset[str]:
    """One word list of org_nouns.json ("description_nouns", "person_nouns"), read once."""
    return word_list("org_nouns.json", key)


def a_body_described(token: Token) -> bool:
    """Whether a noun is "the" and a noun that describes an organisation (org_nouns.json "description_nouns"): "the
    company", "the brewer", "the German carmaker"."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in _nouns("description_nouns") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _public_body(entity: Entity, noun: str) -> bool:
    """Whether an organisation is a public institution of another kind than the description ("the bank" is not the
    "US Senate", "Senate sources" named more often): one of org_nouns.json's bare_heads, alone or after its country
    ("Senate", "US Senate", "the Treasury of Ohio"); not a company that has such a word in its name ("Tidemark
    Marine")."""
    words = entity.name.split()
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    head = words[at].lower()
    if head in COURT_HEADS and head != noun:
        return True  # "the Appeal Court", "the High Court of Justiciary": a court, whatever words name it
    return head in _nouns("bare_heads") and head != noun and all(
        is_state_or_country(w) or w in PUBLIC_BODY_QUALIFIERS for w in words[:at])


#: The heads of courts' names: no company, group or club, however the words before them read.
COURT_HEADS = frozenset({"court", "tribunal"})

#: Words before a public body's head other than its country's or state's name ("UK Parliament", "Federal Reserve").
PUBLIC_BODY_QUALIFIERS = frozenset({"UK", "U.S.", "EU", "Federal", "State", "National"})


@lru_cache(maxsize=1)
def _first_name_genders() -> dict[str, str]:
    """First names given to one sex (first_name_genders.json, from the US Census: scripts/first_names.py)."""
    return read_json(data_path("first_name_genders.json"))["genders"]


def first_name_sex(entity: Entity) -> str | None:
    """The sex the US Census gives the first name of a name of several words ("Joseph Wekesa"); else None."""
    return _first_name_genders().get(entity.name.split()[0]) if " " in entity.name else None


def names_news_outlet(name: str) -> bool:
    """A name that is a known outlet's or starts with one ("Al-Jazeera Arabic", "BBC Radio 4"; org_nouns.json
    outlet_names)."""
    return any(name == outlet or name.startswith(outlet + " ") for outlet in _nouns("outlet_names"))


def is_person_noun(token: Token) -> bool:
    """A noun that describes a person ("the striker", "the Spain international"; org_nouns.json person_nouns)."""
    return token.lemma_.lower() in _nouns("person_nouns") or token.lower_ in _nouns("person_nouns")


def is_news_outlet(name: str) -> bool:
    """A newspaper, agency or broadcaster by its name (org_nouns.json): a known one ("outlet_names": "Reuters", "BBC")
    or one whose last word is a newspaper's ("outlet_last_words": "The Wall Street Journal", "Evening Chronicle")."""
    words = name.split()
    return name in _nouns("outlet_names") or bool(words) and words[-1] in _nouns("outlet_last_words")


def token_mentions(doc: Doc, entities: list[Entity]) -> tuple[dict[int, Entity], dict[int, tuple[int, int]]]:
    """For each token inside a mention: its canonical entity, and the mention's token span; the letters after a
    person's name (roles.json post_nominals) are the person's too ("Philippe Sands QC, a member of ...", "The Tory
    finance spokesman, Brian Monteith MSP, said": the parse may hang the apposition or the name on them)."""
    by_token: dict[int, Entity] = {}
    mention_of: dict[int, tuple[int, int]] = {}
    for entity in entities:
        for start, end in entity.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                by_token[token.i] = entity
                mention_of[token.i] = (span.start, span.end)
    post_nominals = word_list("roles.json", "post_nominals")
    for i, entity in list(by_token.items()):
        if entity.label == "PERSON" and i + 1 < len(doc) and doc[i + 1].text in post_nominals \
                and i + 1 not in by_token:
            by_token[i + 1], mention_of[i + 1] = entity, mention_of[i]
    return by_token, mention_of


class Resolver:
    """``quoted``: character spans of quotations; a pronoun or description never resolves to a name
    inside one ("'Ruud is the best striker,' he said": he is not Ruud). ``genders``: "he" and "she" go to
    a person of their gender where the article shows it (see :attr:`gender`); the quotes, relations and
    quantities stages read them so.
    ``far_names``: "police" goes to the one police force the article names however far back it was named
    (within 2,000 characters otherwise); the quotes stage reads speakers so (the quantities stage would
    make the police the agent of "Police described the intruder as about 5' 10\" tall"). ``quotations``: the direct
    quotations whose speaker a "he" or "she" inside one never stands for ('"Rui is doing well," Hale added. "He has
    got one cup"': not Hale, who would say "I"); the quantities stage gives them."""

    def __init__(self, doc: Doc, facts: Facts, quoted: list[tuple[int, int]] = (), genders: bool = False,
                 far_names: bool = False, quotations: list[tuple[int, int]] | None = None) -> None:
        self.doc = doc
        self.facts = facts
        self.by_token, _ = token_mentions(doc, facts.entities)
        self._gender: dict[int, str] | None = None if genders else {}
        self._shown_gender: dict[int, str] = {}  # the sex the article itself shows (of :attr:`gender`, read with it)
        self.far_names = far_names
        # the relations a stage has found so far, before they are the article's (the relations stage sets it): who
        # the article ties to an organisation, for a description of one of its people ("the Marsh executive")
        self.found_relations: list = []
        self._pronouns: dict[int, Entity | None] = {}  # each "he" or "she" resolved, by token
        self._resolved_to = 0  # the subject pronouns before this token are resolved
        self._outlets_in_the_news: dict[int, bool] = {}  # by entity id: see :meth:`_in_the_news`
        self._peoples: dict[int, Entity | None] | None = None  # "the Scot" by token: see :meth:`_one_of_a_people`
        self.quoted = list(quoted)
        # the direct quotations, for whose speaker a "he" inside one never stands (the quantities stage gives them,
        # keeping names inside quotations as a pronoun's candidates; the quotes stage reads a quotation's speakers
        # its own way, and a continued quotation's "he" is read there through the speaker before it)
        self.quotations = list(quotations or [])
        self.by_char = sorted(
            ((start, end, entity) for entity in facts.entities for start, end in entity.mentions
             if not any(qs <= start < qe for qs, qe in quoted)),
            key=lambda m: m[0],
        )

    @property
    def gender(self) -> dict[int, str]:
        """Each person's gender where the article shows it and never the other way: a title before a mention
        ("Mrs Ruiz", "Sir Elton"), a family word ("his wife Sharon"), or the pronoun that reports their
        words ("Ruiz said she would stay"); else, for a name of several words, the sex its first name is given
        in the US Census ("Joseph Wekesa"). Keyed by ``id`` of the entity; read on the first pronoun."""
        if self._gender is None:
            votes: dict[int, set[str]] = {}
            doc = self.doc
            for token in doc:
                entity = self.by_token.get(token.i)
                if entity is not None and entity.label == "PERSON" and token.i > 0 \
                        and self.by_token.get(token.i - 1) is not entity:
                    word = doc[token.i - 1].lower_.rstrip(".")
                    if word in GENDER_WORDS:
                        votes.setdefault(id(entity), set()).add(GENDER_WORDS[word])
                if token.lower_ in {"he", "she"} and token.dep_ == "nsubj" and token.head.dep_ == "ccomp":
                    speaker = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
                    entity = self.by_token.get(speaker.i) if speaker is not None else None
                    if entity is not None and entity.label == "PERSON" and first_name_sex(entity) in {
                            None, PRONOUN_GENDER[token.lower_]}:  # "Esther Ruiz said he was lovely": another one
                        votes.setdefault(id(entity), set()).add(PRONOUN_GENDER[token.lower_])
            self._shown_gender = {key: next(iter(found)) for key, found in votes.items() if len(found) == 1}
            for entity in self.facts.entities:  # else the sex its first name is given ("Joseph", "Helen")
                sex = first_name_sex(entity)
                if entity.label == "PERSON" and id(entity) not in votes and sex is not None:
                    votes[id(entity)] = {sex}
            self._gender = {key: next(iter(found)) for key, found in votes.items() if len(found) == 1}
        return self._gender

    def entity_at(self, token: Token) -> Entity | None:
        return self.by_token.get(token.i)

    def __call__(self, token: Token | None, depth: int = 0) -> Entity | None:
        if token is None:
            return None
        entity = self.entity_at(token)
        if (entity is None or entity.label == "NORP") and depth < 2 and self._a_people_s_one(token):
            return self._one_of_a_people(token)  # ("said the American", read as a nationality or as no name)
        if entity is not None:
            return entity
        for child in token.children:  # "its secretary general, Ahmed Idris, warned": the person named
            if child.dep_ == "appos":  # "Manufacturers' organisation, the EEF, said": the organisation
                entity = self.entity_at(child) or first(  # ("Director of Public Prosecutions, Ken Macdonald QC,
                    self.entity_at(c) for c in child.children if c.dep_ == "compound")  # said": the name before
                # a post-nominal the parse makes the head)
                if entity is not None and entity.label in {"PERSON", "ORG"}:
                    return entity
        if token.pos_ == "NOUN":  # "Founder and chief executive Ana Silva said": the person the titles name
            named = _person_named_after(token, self.entity_at) or person_named_before(token, self.entity_at)
            if named is not None:
                return named
        if token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_lower:  # (a title the tagger read as a name)
            named = self._named_in_the_next_paragraph(token)
            if named is not None:
                return named
        # "the US firm", "the British company": the article's company, described by its country
        # and "the Spain international", "the Welsh striker": the article's person, described by their country
        described = token.lemma_.lower() in _nouns("description_nouns") | _nouns("person_nouns") \
            and any(c.lower_ == "the" or c.dep_ == "poss" and self._a_known_country(c) and token.lemma_.lower() not in (
                _nouns("bare_heads") | _nouns("named_only_nouns") | _nouns("overseer_nouns") | {"administration",
                                                                                                 "party"})
                    for c in token.children)
        # ("South Korea's top car maker estimates": the article's company, no country's words; but "Spain's
        # government", "Australia's competition watchdog" are the country's own body)
        a_person = token.lemma_.lower() in _nouns("person_nouns") | word_list("roles.json", "titles") \
            and token.tag_ == "NN"  # "a US researcher", "the Chelsea star": a person, whatever describes them
        public = token.tag_ == "NNS" and token.lemma_.lower() in _nouns("public_nouns")  # "UK critics said", "French
        # fans": their own words, no country's
        one_of_many = token.lemma_.lower() in _nouns("description_nouns") | _nouns("named_only_nouns") and any(
            c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)  # "A Dallas court said": one of
        # the place's courts, unnamed, no words of the place
        reports = token.lemma_.lower() in _nouns("report_nouns") or any(
            c.dep_ == "compound" and c.lemma_.lower() in _nouns("report_nouns") for c in token.children)
        if token.tag_ == "NN" and any(c.dep_ == "poss" for c in token.children) and (
                token.lemma_.lower() in OTHER_PARTY_NOUNS or any(
                    c.dep_ in {"compound", "amod"} and c.lower_ in OTHER_PARTY_NOUNS for c in token.children)):
            return None  # "Macy's owner buys rival", "Acme's parent company paid": another body than the owner's,
            # unnamed (but "a rival in IBM, which argues": IBM)
        for child in sorted(token.children, key=lambda c: self.entity_at(c) is None):  # "U.S. officials", "Kenyan
            # forces", "its orders" -> who they belong to; a name before a pronoun's owner ("During its investigation
            # FBI agents downloaded ...": the FBI's agents, whatever "its" is)
            if child.dep_ in {"compound", "poss", "amod", "nmod"}:
                if (described or reports or a_person or public or one_of_many) and self._is_place(child):
                    continue  # "the Welsh striker"; "UK media reports say", "a US researcher said": not the country
                entity = self.entity_at(child)
                if entity is None and child.lower_ in ORG_POSSESSIVES:
                    entity = self.possessor(child, token)
                if entity is None and child.dep_ == "poss" and token.lemma_.lower() in _nouns("voice_nouns"):
                    entity = self._described_organisation(child, depth)  # "the council's spokesperson said"
                if entity is None and child.dep_ == "poss" and child.lower_ in {"his", "her"} \
                        and token.lemma_.lower() in _nouns("voice_nouns") | _nouns("document_nouns"):
                    # "Her spokesman insisted", "according to his report": hers, his
                    entity = self.person_owning(child, depth)
                if entity is None and child.dep_ == "compound" and child.is_lower \
                        and token.lemma_.lower() in SPEAKING_MEMBERS \
                        and child.lemma_.lower() in _nouns("description_nouns") - _nouns("named_only_nouns"):
                    entity = self._organisation_described(child, child.lemma_.lower())  # "bank officials said"
                if entity is None and child.dep_ in {"compound", "amod"} and child.is_lower \
                        and token.lemma_.lower() in SPOKESPEOPLE:
                    entity = self._named_by_its_last_word(child.lower_)  # "an executive spokesman": the one
                    # organisation whose name ends in the word ("the Scottish Executive")
                if entity is not None and entity.label == "PERSON" and child.dep_ == "poss" \
                        and token.lemma_.lower() not in _nouns("voice_nouns") | _nouns("document_nouns"):
                    continue  # "Ms Hughes' resignation found": not her; "Ms Hughes' office said", "her report": her
                if entity is not None and entity.label == "PERSON" and child.dep_ == "compound" and (
                        is_person_noun(token) or token.lemma_.lower() in word_list("roles.json", "titles")) \
                        and token.lemma_.lower() not in _nouns("voice_nouns") | SPEAKING_MEMBERS:
                    continue  # "a Jackson lawyer had told her": someone else, Jackson's lawyer, unnamed (but "a
                    # Blair spokesman said": he speaks for Blair)
                if entity is not None and entity.label in {"ORG", "GPE", "PERSON", "NORP"}:
                    holder = self._holder_of(token, entity)  # "the Tory leader": its leader, if known
                    if holder is None and child.dep_ == "compound" and _a_former_club_s_player(token):
                        holder = self._titled(token.lemma_.lower(), token)  # "The former Liverpool striker": the
                        # article's striker, who played there before ("striker Robbie Fowler"), not its subject
                    if holder is None and token.dep_ in SUBJECTS and token.lemma_.lower() in word_list(
                            "roles.json", "titles") and (child.dep_ == "poss" and entity.label != "PERSON" or (
                            (child.dep_ in {"compound", "nmod"} or child.dep_ == "amod" and child.is_title)
                            and any(c.lower_ == "the" for c in token.children))):  # ("The AAA indoor and outdoor
                        # champion", the name parsed as a modifier)
                        # "Andy Robinson said ... However, the England coach added", "Michael Howard has said ...
                        # the Conservative leader said" (the party read as an adjective), "Ms Sturgeon has written to
                        # him ... the SNP's parliamentary leader said": the person the sentence before is about, not
                        # the team or the party
                        holder = _named(self._person_subject_before(token, "", depth))
                        if holder is not None and (self._titled_elsewhere(holder, token, entity)
                                                   or entity.label == "ORG" and self._in_public_office(holder)):
                            holder = None  # "Tory leader Michael Howard attacked it. Labour's deputy leader said";
                            # "New York Attorney General X said ... the Marsh executive admitted": not X
                    if holder is None and described and a_person and entity.label == "ORG" \
                            and child.dep_ in {"compound", "nmod"} and token.lemma_.lower() in _nouns("person_nouns"):
                        # "said the Chelsea star": the article's player, as "the singer" is its singer (not the
                        # club); one the article ties to the organisation first, and never one it ties to another
                        # body ("the Marsh executive" is not the attorney general who charged him)
                        subject = _named(self._person_subject_before(token, "", depth))
                        if subject is not None and not self._in_public_office(subject) \
                                and not self._titled_elsewhere(subject, token, entity):
                            return subject  # "Duff explained ... He opted to shoot. '...,' said the Chelsea star":
                            # the person the sentence before is about, before the one the article names most
                        most = self._most_named_before(token.idx, "PERSON")
                        return self._tied_to(entity) if most is not None and self._in_public_office(most) else most
                    return holder or entity
        if token.pos_ in {"NOUN", "PROPN"}:
            # "a spokesperson for Southern Command", "officials at the ministry", "a survey by the
            # institute": the organisation.
            written = token.lemma_.lower() in _nouns("report_nouns") | _nouns("voice_nouns")
            if {token.lemma_.lower(), _hyphenated_lemma(token)} & (_nouns("figure_nouns") | _nouns("message_nouns")
                                                                   | _nouns("study_nouns") | {"poll"}):
                compiler = self._compiled_by(token)  # "Figures gathered by Continental Research show", "The poll,
                # carried out by NOP, found": who made them, as "a survey by ICM" is ICM's
                if compiler is not None:
                    return compiler
                later = self._study_named_next(token, depth)
                if later is not None:
                    return later
            for prep in token.children:
                if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"for", "of", "at", "from", "with", "by", "in"}:
                    for pobj in prep.children:
                        entity = self.entity_at(pobj) if pobj.dep_ == "pobj" else None
                        if entity is not None and prep.lower_ == "in" and entity.label != "ORG":
                            continue  # "the panel in the Court of Appeals" is the court's; "analysts in London",
                            # where they are, no one's
                        if entity is None and pobj.dep_ == "pobj" and written and prep.lower_ in {"by", "from"}:
                            entity = first(self.entity_at(c) for c in pobj.children if c.dep_ == "appos"
                                           and self.entity_at(c) is not None)  # "the report by telecoms giant BT"
                        if entity is None and pobj.dep_ == "pobj" and (
                                prep.lower_ == "for" and token.lemma_.lower() in _nouns("voice_nouns")
                                or prep.lower_ in {"by", "from"} and (written or token.lemma_.lower() in _nouns(
                                    "study_nouns"))):
                            entity = self._described_organisation(pobj, depth)  # "a spokesman for the firm said",
                            # "a survey by the firm revealed", "a report from the council found"
                        if entity is not None and entity.label == "GPE" and prep.lower_ in {"of", "for"} \
                                and token.lemma_.lower() in word_list("roles.json", "titles") \
                                and token.lemma_.lower() not in _nouns("voice_nouns"):
                            return self._holder_of(token, entity)  # "the mayor of Frankfurt has raised concerns",
                            # "the MP for Sittingbourne and Sheppey said": the mayor, the MP, where the article names
                            # who that is; never the city or the constituency
                        if entity is not None and (entity.label in {"ORG", "GPE", "NORP"} or written
                                                   and prep.lower_ == "by" and entity.label == "PERSON"):
                            return entity  # (and "a book by Robert Peston", "a report by Tom Hart": its author)
                        if entity is None and prep.lower_ == "of" and pobj.dep_ == "pobj" and depth < 2 \
                                and pobj.lemma_.lower() in _nouns("document_nouns"):
                            owner = self(pobj, depth + 1)  # "the final instalment of his review": the review's
                            if owner is not None and owner.label in {"PERSON", "ORG", "GPE"}:
                                return owner
        if token.lemma_.lower() in SPOKESPEOPLE and token.dep_ in SUBJECTS \
                and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children) \
                and not any(c.dep_ in {"prep", "compound", "amod", "poss"} for c in token.children):
            # "But Sky denied the claim. A spokesperson said": the organisation the sentence before is about (not
            # when the phrase names whom they speak for: "a spokesman for Michael Howard")
            spoken_for = self._subject_before(token, depth)
            if spoken_for is not None and spoken_for is not UNNAMED:
                return spoken_for
            if spoken_for is None:  # "Reports ... have been described as idle speculation by Downing Street. A
                spoken_for = self._passive_agent_before(token)  # spokesman said": the organisation that spoke there
                if spoken_for is not None:
                    return spoken_for
        if token.lemma_.lower() in SPOKESPEOPLE and depth < 2 \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                and not any(c.dep_ in {"prep", "compound", "amod", "poss"} for c in token.children):
            # "said a Home Office spokesman. ... the spokesman added": whom the spokesman before spoke for
            earlier = next((t for t in reversed(token.doc[max(0, token.i - 300):token.i])
                            if t.lemma_.lower() in SPOKESPEOPLE), None)
            spoken_for = self(earlier, depth + 1) if earlier is not None else None
            if spoken_for is not None and spoken_for is not UNNAMED and spoken_for.label in {"ORG", "GPE"}:
                return spoken_for
        if token.lemma_.lower() in _nouns("document_nouns") and depth < 2 \
                and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in token.children):
            owner = self._document_owner_before(token, depth)
            if owner is not None:
                return owner  # "The National Audit Office published its report ... The report said": the office
        lower = token.lower_
        if lower in PERSONAL_PRONOUNS:
            if token.i in self._pronouns:
                return self._pronouns[token.i]
            if depth == 0:
                self._resolve_pronouns_before(token)
            resolved = self._personal_pronoun(token, lower, depth)
            if depth == 0:
                self._pronouns[token.i] = resolved
            return resolved
        return self._described(token, lower, depth)

    def _named_in_the_next_paragraph(self, noun: Token) -> Entity | None:
        """"UK Muslims should accept ..., a Home Office minister has said. / Hazel Blears said innocent Muslims would
        be targeted": the unnamed source of an article's opening sentence (after a headline at most), a person (a
        title or a person noun) or an organisation (a description noun: "an anti-fraud agency has warned") written
        with "a" or an organisation's possessive ("the firm's chief", "its chief executive"), is the one of that kind
        the next paragraph opens with as the subject of a speech verb, when the opening sentence names it nowhere; so
        is a title written with "the", where that subject is the bare name ("..., the shadow chancellor said. /
        Oliver Letwin said", not "the prime minister said. / Tory leader Michael Howard said": another's answer). Where
        that paragraph opens with no speaker, the name its speech is by stands so ("..., the first minister has told
        MSPs. / The figures came out during a statement by Jack McConnell")."""
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            and noun.lemma_.lower() in word_list("roles.json", "titles")
        if noun.dep_ not in SUBJECTS or not the and not any(
                c.dep_ == "det" and c.lower_ in {"a", "an"} or c.dep_ == "poss" and (
                c.lower_ in {"its", "their"} or c.pos_ == "NOUN" and c.lemma_.lower() in _nouns("description_nouns"))
                for c in noun.children):
            return None  # ("a minister", "its chief executive", "the firm's chief")
        lemma, doc, sentence = noun.lemma_.lower(), noun.doc, noun.sent
        label = "PERSON" if lemma in word_list("roles.json", "titles") | _nouns("person_nouns") \
            else "ORG" if lemma in _nouns("description_nouns") else None
        written = label is None and lemma in _nouns("study_nouns") and not the  # "..., a report says. / The study,
        # undertaken by the European Commission, ...": whoever the next paragraph's study is by
        label = "ORG" if written else label
        before = doc.text[:sentence.start_char].strip()
        # a person written with "a" before the article names anyone ("'God games' could be educational, says
        # research. A US researcher has suggested that ... Ravi Purushotma believes ..."): the next sentence's
        # subject, wherever the two stand
        unnamed = label == "PERSON" and not the and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                        for c in noun.children) \
            and not any(start < noun.idx for start, _, e in self.by_char if e.label == "PERSON") \
            and not any((e := self.entity_at(c)) is not None and e.label == "ORG" for c in noun.children)
        # (not "a Treasury minister", whom the department speaks for where the article opens otherwise)
        if label is None or sentence.end >= len(doc) or before and ("\n" in before or before[-1] in ".!?") \
                and not unnamed:
            return None  # (the opening sentence, after a headline at most)
        following = doc[sentence.end].sent
        last, opening = [t for t in sentence if not t.is_space][-1], first(t for t in following if not t.is_space)
        if opening is None or "\n" not in doc.text[last.idx:opening.idx] and not unnamed:
            return None  # (a paragraph of its own after it)
        subject = first(c for c in following.root.children if c.dep_ == "nsubj")
        if written:  # "Research from Halifax, the country's biggest mortgage lender, suggests", "The study,
            # undertaken by the European Commission, sought": the study the opening sentence's stands for is theirs
            by = self._compiled_by(subject) or _a_study_s_author(subject, self.entity_at) \
                if subject is not None and {subject.lemma_.lower(), _hyphenated_lemma(subject)} & (
                    _nouns("study_nouns") | _nouns("figure_nouns")) else None
            return by if by is not None and by.label in {"ORG", "PERSON"} \
                and not any(self.by_token.get(t.i) is by for t in sentence) else None
        entity = self.entity_at(subject) if subject is not None else None
        if entity is None or not _says(following.root):  # "The figures came out during a statement by Jack
            subject = _speaker_by(following)  # McConnell": the one a speech is by
            entity = self.entity_at(subject) if subject is not None else None
        if entity is None or entity.label != label or any(self.by_token.get(t.i) is entity for t in sentence):
            return None
        if the and any(self.by_token.get(t.i) is not entity for t in subject.subtree if t.i < subject.i):
            return None  # (the bare name only: a title or a word before it may be another's)
        return entity

    def _described_organisation(self, noun: Token, depth: int) -> Entity | None:
        """The organisation "the company", "the council" refers to (org_nouns.json "description_nouns"), where it owns
        a voice or is spoken for by one (org_nouns.json "voice_nouns": "the council's spokesperson", "a spokesman for
        the firm"); not what it owns otherwise ("the party's constitution requires 70 days")."""
        if depth >= 2 or noun.lemma_.lower() not in _nouns("description_nouns") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None
        entity = self(noun, depth + 1)
        return entity if entity is not None and entity.label == "ORG" else None

    def _study_named_next(self, noun: Token, depth: int) -> Entity | None:
        """"..., according to a survey. / ..., according to the research by the Licensed Taxi Drivers Association":
        a study written with "a" and nothing of whose it is, is the one the next paragraph writes with "the" and its
        author."""
        doc, studies = self.doc, _nouns("study_nouns")
        if depth >= 2 or noun.lemma_.lower() not in studies or not any(
                c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children) or any(
                c.dep_ in {"poss", "compound", "prep", "agent", "acl", "relcl"} for c in noun.children):
            return None
        end = noun.i
        while end < len(doc) and "\n" not in doc[end].text_with_ws:
            end += 1
        following = end + 1
        while following < len(doc) and "\n" not in doc[following].text_with_ws:
            following += 1
        for later in doc[end + 1:following]:
            if later.lemma_.lower() in studies and later.pos_ == "NOUN" \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in later.children) \
                    and any(c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "from"} for c in later.children):
                author = self(later, depth + 1)
                return author if author is not None and author.label in {"ORG", "PERSON"} else None
        return None

    def _document_owner_before(self, noun: Token, depth: int) -> Entity | None:
        """Whose document "the report" (or "the survey", "the study", "the statement") is: the owner of the same
        noun last written before it in its paragraph or the two sentences before ("its report", "a survey by ICM",
        "the NAO report", "The office issued a statement", "In a new report, the office says"), resolved as that
        mention would be."""
        doc = self.doc
        sentence = noun.sent
        start = sentence.start
        for _ in range(2):
            before = _sentence_before(doc[start:sentence.end])
            if before is None:
                break
            start = before.start
        paragraph = sentence.start
        while paragraph > 0 and "\n" not in doc[paragraph - 1].text_with_ws:
            paragraph -= 1  # the whole paragraph too: '"...," the club said in its statement. Should it ... But it
            # also stressed ... "...," the statement said'
        start = min(start, paragraph)
        written_before = False
        for earlier in reversed(doc[start:noun.i]):
            if earlier.lemma_.lower() != noun.lemma_.lower() or earlier.pos_ != "NOUN":
                continue
            written_before = True
            if any(c.dep_ in {"poss", "compound", "prep", "agent"} for c in earlier.children):
                owner = self(earlier, depth + 1)
            elif (sponsor := self._sponsor(earlier)) is not None:
                owner = sponsor  # "The Nokia-sponsored research showed ... the research found"
            elif earlier.dep_ == "dobj":
                owner = self(subject_of(earlier.head), depth + 1)  # "The office issued a statement"
            elif _spoken_in(earlier) is not None:
                owner = self(subject_of(_spoken_in(earlier)), depth + 1)  # "In a new report, the office says"
            else:
                owner = None
            if owner is not None and owner.label in {"ORG", "PERSON", "GPE"}:
                return owner
            break
        studies = _nouns("study_nouns")
        if noun.lemma_.lower() not in studies | {"statement"}:
            return None
        if not written_before and noun.dep_ in SUBJECTS:
            speaker = self._speaker_before(noun, depth)  # "The NAO urged ... It said ... The report said:": the
            # report of the organisation the sentence before speaks for, where none was written of before
            if speaker is not None:
                return speaker  # ('A club spokesperson denied it, insisting: "..." The statement added:')
        if noun.lemma_.lower() not in studies:
            return None
        for earlier in reversed(doc[:noun.i]):  # "the report by telecoms giant BT ... The study calls on",
            # "Research by handset maker Nokia shows ... According to the study": the nearest study of any name with
            # an owner, in the sentences just before or further back
            if earlier.lemma_.lower() in studies and earlier.pos_ == "NOUN" \
                    and any(c.dep_ in {"poss", "compound", "prep", "agent"} for c in earlier.children):
                owner = self(earlier, depth + 1)
                if owner is not None and owner.label in {"ORG", "PERSON"}:
                    return owner
            if earlier.lemma_.lower() in studies and earlier.pos_ == "NOUN" \
                    and (sponsor := self._sponsor(earlier)) is not None:
                return sponsor
            if earlier.lemma_.lower() == noun.lemma_.lower() and earlier.pos_ == "NOUN" \
                    and _spoken_in(earlier) is not None:
                owner = self(subject_of(_spoken_in(earlier)), depth + 1)  # "In a new report, the Electoral
                # Commission says ... [two paragraphs on] the report says": the report that body spoke in, however far
                if owner is not None and owner.label in {"ORG", "PERSON"}:
                    return owner
        return None

    def _sponsor(self, noun: Token) -> Entity | None:
        """The organisation joined by a hyphen to a participle on the noun: "the Nokia-sponsored research", "a
        BBC-commissioned poll"."""
        for participle in noun.children:
            if participle.dep_ == "amod" and participle.tag_ == "VBN":
                named = first(self.entity_at(c) for c in participle.children if c.i == participle.i - 2
                              and participle.nbor(-1).text == "-")
                if named is not None and named.label in {"ORG", "PERSON", "GPE"}:
                    return named
        return None

    def _resolve_pronouns_before(self, token: Token) -> None:
        """Resolve, in order, the subject pronouns before this one, so each continues the chain resolved before it,
        however far back it starts and in whatever order the stages ask ("Makarov joined the KGB. ... He was posted
        ... He had risen ... He spied for MI6 ...")."""
        for earlier in self.doc[self._resolved_to:token.i]:
            self._resolved_to = earlier.i + 1
            if earlier.lower_ in PERSONAL_PRONOUNS and earlier.dep_ in SUBJECTS and earlier.i not in self._pronouns:
                self(earlier)

    def _personal_pronoun(self, token: Token, lower: str, depth: int) -> Entity | None:
        """The person "he", "she", "him" or "her" stands for: a subject continues the subject before it, else the
        nearest person of that gender."""
        gender = PRONOUN_GENDER[lower]
        other = OTHER_GENDER[gender]
        # '"Rui is doing well," Hale added. "He has got one cup"': a speaker calls himself "I", so a "he" inside his
        # quotation is someone else
        speaker = self._speaker_of_quotation(token)
        named_in_what_he_says = self._named_in_its_complement(token)
        if named_in_what_he_says:
            return self._personal_pronoun_not(token, lower, depth, named_in_what_he_says)
        if gender == "f" and token.dep_ in SUBJECTS:  # "She thanked ... Katharine Hepburn. '...,' she said": the
            continued = self._person_subject_before(token, other, depth)  # woman the sentence before was about
            if continued is UNNAMED:
                return None
            if continued is not None and self.gender.get(id(continued)) != other and continued is not speaker:
                return continued
        if gender == "f":  # women are named less often: one shown to be a woman, not far back, first
            woman = self._nearest_before(token.idx, lambda e: e.label == "PERSON" and self.gender.get(id(e)) == "f"
                                         and e is not speaker, within_chars=GENDER_WINDOW_CHARS)
            if woman is not None:
                return woman
        nearest = self._nearest_before(token.idx, lambda e: e.label == "PERSON" and self.gender.get(id(e)) != other
                                       and e is not speaker) \
            or self._nearest_before(token.idx, lambda e: e.label == "PERSON" and self._shown_gender.get(id(e)) != other
                                    and e is not speaker)
        # (a first name's sex is a hint: with no one else, "she" may be an "Ellis")
        if token.dep_ in SUBJECTS:  # (with no person named before, too: "A Labour spokesman told the BBC ...
            continued = self._person_subject_before(token, other, depth)  # '...,' he said": the party he speaks for)
            if continued is None and nearest is None:
                return self._named_next(token, other)
            return None if continued is UNNAMED else nearest if continued is speaker else continued or nearest
        return nearest

    def _named_next(self, pronoun: Token, other: str) -> Entity | None:
        """"But he denied that he was ruling out membership of the euro. Mr Brown said ...": a subject pronoun with no
        one named before it (an article whose opening is cut) is the first person the next sentence of its paragraph
        names, not of the other sex."""
        sentence = pronoun.sent
        if sentence.end >= len(pronoun.doc) or "\n" in pronoun.doc[sentence.end - 1].text_with_ws:
            return None
        following = pronoun.doc[sentence.end].sent
        return next((entity for start, _end, entity in self.by_char
                     if following.start_char <= start < following.end_char and entity.label == "PERSON"
                     and self.gender.get(id(entity)) != other), None)

    def _named_in_its_complement(self, token: Token) -> list[Entity]:
        """The people a subject pronoun's clause names by name in the clause its verb takes as complement: 'Mr
        Sullivan "made accounting decisions," he told the court', "Smith was the best player, she said": the pronoun
        governs that clause, so it cannot stand for a person named there (binding theory's Principle C: a writer
        would write "he made the decisions, Mr Sullivan said"); only for a speech verb's reported clause
        (quote_cues.json "verbs"), empty for an adverbial clause ("When Smith arrived, he sat down" may be Smith)."""
        if token.dep_ != "nsubj" or not _says(token.head):
            return []
        named = []
        for clause in token.head.children:
            subject = first(c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"})
            if clause.dep_ == "ccomp" and clause.pos_ in {"VERB", "AUX"} and subject is not None \
                    and subject.lower_ not in {"which", "who", "that", "what"} and (
                        clause.i > token.head.i or token.i > 0 and (token.nbor(-1).text == ","
                                                                    or token.nbor(-1).text in CLOSE)):
                # a clause reported by a speech verb, after it or before its subject set off by a comma or a
                # closing quotation mark (not "- which prompted ... Mr Brown - he promised": an aside misread)
                for word in clause.subtree:
                    entity = self.entity_at(word)
                    if entity is not None and entity.label == "PERSON" and word.pos_ == "PROPN" \
                            and not any(entity is e for e in named):
                        named.append(entity)
        return named

    def _personal_pronoun_not(self, token: Token, lower: str, depth: int, excluded: list[Entity]) -> Entity | None:
        """:meth:`_personal_pronoun`, none of ``excluded`` (the people its complement names): the subject before it
        where that is another person, else the nearest person before it of no other sex."""
        other = OTHER_GENDER[PRONOUN_GENDER[lower]]
        continued = self._person_subject_before(token, other, depth)
        if continued is UNNAMED:
            return None
        if continued is not None and not any(continued is e for e in excluded):
            return continued
        return self._nearest_before(token.idx, lambda e: e.label == "PERSON" and self.gender.get(id(e)) != other
                                    and not any(e is x for x in excluded))

    def _speaker_of_quotation(self, token: Token) -> Entity | None:
        """The person named as the subject of the speech verb that reports the quotation holding ``token``: in the
        narration right after it, up to its sentence's end ('"...," Hale said.'), else the nearest such subject in
        the narration before it, within 300 characters ('Hale added of his deputy. "..."')."""
        quotation = next(((qs, qe) for qs, qe in self.quotations if qs <= token.idx < qe), None)
        if quotation is None:
            return None
        qs, qe = quotation

        def speaker(t: Token) -> Entity | None:
            if t.dep_ != "nsubj" or not _says(t.head) or any(s <= t.idx < e for s, e in self.quotations):
                return None
            entity = self.entity_at(t)
            return entity if entity is not None and entity.label == "PERSON" else None

        after = first(t for t in self.doc[token.i:] if t.idx >= qe)
        found = first(e for t in self.doc[after.i:after.sent.end] if (e := speaker(t)) is not None) \
            if after is not None else None
        if found is not None:
            return found
        before = takewhile(lambda t: t.idx >= qs - 300, reversed(self.doc[:token.i]))
        return first(e for t in before if t.idx < qs and (e := speaker(t)) is not None)

    def _described(self, token: Token, lower: str, depth: int) -> Entity | None:
        """An organisation's pronoun, or a description: "it", "police", "the singer", "the company"."""
        subject = self._main_subject_owning(token, token.head) if lower in ORG_POSSESSIVES \
            and token.dep_ == "poss" else None
        if subject is not None:
            return subject  # "Turkey has a huge debt ... while its deficit has swelled": Turkey
        if lower in ORG_PRONOUNS:  # "Volta Motors said it would cut jobs"; not the outlet it was told to
            nearest = self._nearest_before(token.idx, lambda e: e.label == "ORG" and (
                not names_news_outlet(e.name) or self._in_the_news(e)),
                                           within_chars=400, narration_only=not self._quoted(token))
            if token.dep_ in SUBJECTS and nearest is not None:
                continued = self._subject_before(token, depth)
                return None if continued is UNNAMED else continued or nearest
            if token.dep_ in SUBJECTS:  # a work or a product the sentence before was about, where no organisation
                continued = self._subject_before(token, depth)  # is near ("The Aviator came third. It took $11m")
                return continued if continued is not UNNAMED and continued is not None and (
                    continued.label in {"WORK_OF_ART", "PRODUCT"} or continued.label == "ORG"
                    and self._speaks_on_for_a_body(token)) else None  # (or an organisation a description the
                # sentence before opens with stands for, where "it" speaks: "Even so the commission does urge parties
                # to ... It also suggests ...")
            return nearest
        if lower == "they" and token.dep_ in SUBJECTS:
            return self._group_subject_before(token, depth)
        if token.pos_ == "NOUN" and token.lemma_.lower() in _nouns("state_possessions"):
            state = self._state_before(token)
            if state is not None:  # "the UK government promised", "the British government said": the country's
                return state
        if token.pos_ == "NOUN" and token.tag_ in {"NN", "NNS"} and not any(c.dep_ == "det" for c in token.children):
            def ends_in(e: Entity) -> bool:
                return e.label == "ORG" and e.name.lower().split()[-1] == lower

            named = self._nearest_before(token.idx, ends_in, within_chars=2000)
            if named is None and self.far_names:  # farther back, when the article names only one ("Thames Valley Police")
                named = self._nearest_before(token.idx, ends_in)
                if named is not None and sum(ends_in(e) for e in self.facts.entities) > 1:
                    named = None
            if named is not None:  # "police said": the police force the article named
                return named
        definite = any(c.lower_ == "the" for c in token.children) or (  # "the committee chairman": the noun's too
            token.dep_ == "compound" and token.pos_ == "NOUN" and token.tag_ == "NN" and token.i > 0
            and token.doc[token.i - 1].lower_ == "the" and token.doc[token.i - 1].head == token.head) or (
            # "The world's second biggest insurer said",
            # "Europe's largest bank said": a place or the world owning the noun makes it as definite
            token.dep_ in SUBJECTS and token.lemma_.lower() in _nouns("description_nouns")
            and any(self._general_owner(c) for c in token.children))
        if definite and (token.tag_ in {"NN", "NNP"} or token.tag_ == "JJ" and token.dep_ in SUBJECTS) \
                and (token.lemma_.lower() in _nouns("person_nouns") or carries_an_age(token)) \
                or age_description(token):  # "the singer", "the 56-year-old" ("The comic and actor said", tagged JJ),
            # "the 41-year-old chart-topper" (whatever noun a person's age is written on)
            titled = self._titled(token.lemma_.lower(), token) if token.tag_ == "NN" else None
            if titled is None and age_description(token):
                just_named = self._one_person_of_the_sentence_before(token)
                if just_named is not None:
                    return just_named  # "... Emma Watson, who plays Hermione. The 14-year-old said": an age is
                    # written of the one person just named, not of the one named most (Sienna Miller)
            if titled is None and token.dep_ in SUBJECTS and not age_description(token) \
                    and any(self._quoted(t) for t in token.sent):
                # '"...," said the European cross-country champion' after 'Team member Hayley Yelling said ...': a
                # quotation's speaker described goes on from the person the sentence before is about
                continued = _named(self._person_subject_before(token, "", depth))
                if continued is not None and not self._named_after_in_its_sentence(continued, token):
                    return continued
            other = {"m": "f", "f": "m"}.get(self._sex_after(token))  # "The Sydney Olympic gold medallist says
            # Conte damaged her reputation": of the people named most, one not of the other sex than a pronoun after
            # it in its sentence gives (Marion Jones, though Victor Conte is named more)
            return titled or other and self._most_named_before(
                token.idx, "PERSON", lambda e: self.gender.get(id(e)) != other) or self._most_named_before(
                token.idx, "PERSON")  # ("..., says the boss of the organisation that cleared them": the one the
            # article gives that title, "Federation boss Vassilli Sevastis")
        if token.pos_ == "PROPN" and definite and token.is_title and self.first_title_subject(token):
            # "Tessa Jowell has dropped the plan. The Culture Secretary said ...": a capitalised title no one is
            # given, written for the first time as a subject, as its lower-case form (below)
            titled = self._titled(token.lemma_.lower(), token)
            return titled if titled is not None else _named(self._person_subject_before(token, "", depth))
        if token.pos_ == "PROPN" and definite and (token.is_title or token.is_lower) and (
                token.dep_ in SUBJECTS or token.dep_ == "pobj" and token.head.lower_ in {"to", "by"}) \
                and token.lower_ in word_list("roles.json", "titles"):
            titled = self._titled(token.lower_, token)  # "The Bishop of Durham, Tom Wright, ... The Bishop said",
            # "..., according to the Bishop", "a letter signed by the Bishop"; "the prime minister said", a title
            # the parse tags as a proper noun in lower case
            if titled is not None:
                return titled
        if token.pos_ == "NOUN" and token.tag_ == "NN" and not definite and self._broadcasters_own(token):
            return self._titled(token.lemma_.lower()) or None  # "said our correspondent": the one the article names
        if token.pos_ == "NOUN" and definite:
            lemma = token.lemma_.lower()
            if _hyphenated_lemma(token) in _nouns("description_nouns"):
                lemma = _hyphenated_lemma(token)  # "the think-tank", written in three tokens
            elsewhere = self._placed_elsewhere(token)
            def named_so(e: Entity) -> bool:
                words = e.name.lower().split()
                return e.label == "ORG" and not elsewhere(e) and (
                    (words[-2] if words[-1].isdigit() and len(words) > 1 else words[-1]) in {lemma, lower}
                    or lemma not in _nouns("description_nouns")  # ("the channel": "Channel 4")
                    and name_head(e.name) in {lemma, lower})

            org = self._nearest_before(token.idx, named_so) if token.tag_ != "NNS" else None  # ("the bank" of the
            # article is not the "Bank of England"; "the opposition parties" are several, not the party named)
            if org is not None and len({id(e) for s, _, e in self.by_char if s < token.idx and named_so(e)}) > 1:
                org = self._most_named_before(token.idx, "ORG", named_so)  # "the FAO ... the World Trade
                # Organisation ... the organisation": of two so named, the one the article names most
            if org is None and lemma in _nouns("named_only_nouns"):  # "the department": the "Department of
                org = self._nearest_before(  # Public Health" named before, the noun heading its name
                    token.idx, lambda e: e.label == "ORG" and not elsewhere(e) and lemma in e.name.lower().split()[:2],
                    within_chars=2000)
            if org is None and lemma in _nouns("named_only_nouns") and token.tag_ == "NN":
                later = {id(e): e for s, _, e in self.by_char if e.label == "ORG" and e.name.lower() == lemma}
                org = next(iter(later.values())) if len(later) == 1 else None  # "the government has announced ...
                # the Government's proposals": the one organisation the article names by the noun alone, later
            if org is not None:
                return org
            titled = (self._titled(lemma, token, before=True) or self._titled(lemma, token, exact=True)) \
                if token.tag_ == "NN" else None
            if titled is not None:  # "the general" (singular: "the ministers" are not one person); a title given
                return titled  # after it only as it is written ("The home secretary said ... Home Secretary X")
            if token.tag_ == "NN" and self.first_title_subject(token):
                # "Tony Blair has dismissed reports ... '...,' the prime minister told the BBC": a title no one is
                # given, written for the first time as a subject, is the person the sentence before is about (not
                # one written before of someone else: "Blair met the premier. The premier said")
                continued = _named(self._person_subject_before(token, "", depth))
                if continued is not None and not self._named_after_in_its_sentence(continued, token):
                    return continued  # (not "But the chancellor said Mr Baume was never there": another one)
            titled = self._titled(lemma, token) if token.tag_ == "NN" else None
            if titled is not None:  # a longer title given only after it, where the sentence before is about no one
                return titled  # (where it is: "She praised X. The minister said ... First Minister Y met": hers)
            first_use = self._first_use_of_title(token) if token.tag_ == "NN" and depth == 0 else None
            if first_use is not None:
                # "'...,' the prime minister told the BBC [Blair, named before] ... But the prime minister said": a
                # title no one is given stands for one person through the article, the one its first use as a
                # subject continued from
                continued = _named(self._person_subject_before(first_use, "", depth + 1))
                if continued is not None and not self._named_after_in_its_sentence(continued, first_use):
                    return continued
            field = lemma in _nouns("media_nouns")  # "the trade weekly", "the music magazine": the outlet's field
            bare = not any((c.dep_ in {"compound", "nmod", "poss", "nummod"} or c.lower_ in OTHER_ONE_WORDS)
                           and not self._is_place(c) and not self._general_owner(c)
                           and not (field and c.dep_ == "compound" and c.is_lower)
                           for c in token.children)  # not "the rival firm"
            if not bare and token.dep_ in {"nsubj", "nsubjpass"}:
                # as a clause's subject, lower-case words of what it does may stand before the noun ("The clothing
                # and home furnishing retailer said"); not a name, an owner, a number or a word for another one
                # ("the rival firm"), and not as an object ("chairman of the wireless promoter group": another one)
                bare = not any((c.dep_ in {"poss", "nummod"} or (c.dep_ in {"compound", "nmod"} and not c.is_lower)
                                or c.lower_ in OTHER_ONE_WORDS) and not self._is_place(c) and not self._general_owner(c)
                               for c in token.subtree if c.i < token.i and c.dep_ not in {"det", "case"})
            if lemma in _nouns("description_nouns") and bare and lemma not in _nouns("named_only_nouns"):
                # "the carmaker", "the company"; not "the health ministry", nor "the union" for the article's company
                if self._introduced_unnamed(token, lemma):
                    return None  # "A group of MPs has ... The group says": the body the article brought in unnamed
                person = self._person_so_described(token, lemma)
                if person is not None:
                    return person  # "computer games maker Peter Molyneux ... The veteran game maker says": him
                return self._organisation_described(token, lemma, elsewhere)
        return None

    def _person_so_described(self, token: Token, lemma: str) -> Entity | None:
        """The one person, named in full with a known first name, the article writes this noun right before, before
        ``token`` ("games maker Peter Molyneux"): what "the veteran game maker" then stands for, a person, not an
        organisation."""
        people = {id(e): e for t in token.doc[:token.i] if t.lemma_.lower() == lemma and t.i + 1 < token.i
                  for e in [self.entity_at(t.doc[t.i + 1])] if e is not None and e.label == "PERSON"
                  and self.by_token.get(t.i) is None
                  and e.name.split()[0] in word_list("first_names.json", "first_names")}  # (a person named in
        # full: not "the oil company Yukos", a company read as a person)
        return next(iter(people.values())) if len(people) == 1 else None

    def _introduced_unnamed(self, token: Token, lemma: str) -> bool:
        """Whether the article first writes the noun with "a" for a body it names nowhere near ("A group of MPs has
        tried to ..."; not "Unilever, a consumer goods group," nor "X is a group"), before ``token``: what "the group"
        then stands for is that body, no organisation named elsewhere."""
        first = next((t for t in token.doc[:token.i] if t.lemma_.lower() == lemma and t.pos_ == "NOUN"), None)
        return first is not None and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in first.children) \
            and first.dep_ in {"nsubj", "nsubjpass"} and self.entity_at(first.head) is None \
            and not any(c.tag_ == "MD" for c in first.head.children) \
            and not any(self.entity_at(t) is not None and self.entity_at(t).label == "ORG"
                        for t in first.subtree) \
            and not any(e.label == "ORG" and lemma in e.name.lower().split() and first.idx < s < token.idx
                        for s, _, e in self.by_char)  # (not one a hypothetical names: "an organisation should
        # monitor it", nor one named after it: "A group of MPs has called for ... The Parliamentary Group on Betting
        # held an inquiry")

    def _state_before(self, noun: Token) -> Entity | None:
        """The country a state's noun ("government", "military"; org_nouns.json "state_possessions") is written with:
        a country's name or nationality as its compound, adjective or owner ("the UK government", "the British
        government", "Britain's government"), the country the article names."""
        for child in noun.children:
            if child.dep_ not in {"compound", "amod", "poss", "nmod"}:
                continue
            entity = self.entity_at(child)
            if entity is not None and entity.label == "GPE" and is_state_or_country(entity.name):
                return entity
            country = demonym_countries().get(child.text)
            if country is not None:
                return first(e for e in self.facts.entities if e.label == "GPE" and e.name == country)
        return None

    def _general_owner(self, token: Token) -> bool:
        """"the world's", "Europe's", "the country's" before a description: a place it ranks in, no other owner (a
        continent or a region too: "Europe's biggest drugmaker")."""
        place = self.entity_at(token) if token.dep_ == "poss" else None
        return token.dep_ == "poss" and (token.lower_ in GENERAL_OWNERS or self._is_place(token)
                                         or place is not None and place.label == "LOC")

    def first_title_subject(self, token: Token) -> bool:
        """Whether the token is a title written for the first time in the article, as a clause's subject ("... the
        prime minister told the BBC")."""
        return token.dep_ in SUBJECTS and token.lemma_.lower() in word_list("roles.json", "titles") \
            and not any(t.lower_ == token.lower_ and _distinct_words(t) >= _distinct_words(token)
                        for t in self.doc[:token.i])  # ("the chancellor ... The shadow chancellor said": another
        # title, first written there; not the other way round, where the plain title may be no one's named)

    def _first_use_of_title(self, token: Token) -> Token | None:
        """The same title written before as "the ..." for the first time, a title that speaks (see
        :meth:`speaks_as_a_title`), with the same words before the noun ("the prime minister", not "the foreign
        minister"), if the token is a later use of it."""
        def words(noun: Token) -> list[str]:
            return [c.lower_ for c in noun.children if c.i < noun.i and c.dep_ in {"compound", "amod", "det"}]

        first_use = next((t for t in self.doc[:token.i] if t.lower_ == token.lower_ and t.tag_ == "NN"), None)
        return first_use if first_use is not None and self.speaks_as_a_title(first_use) \
            and "the" in words(first_use) and words(first_use) == words(token) else None

    def speaks_as_a_title(self, token: Token) -> bool:
        """A title written for the first time as the subject of a speech verb that reports a clause or a quotation
        in its sentence or the one before ("'...,' the prime minister told the BBC", "The foreign secretary insisted it
        was for Parliament"): the person the sentence before is about may be the one speaking (not what a title
        does: "He is out on bail and the judge agreed to extend his curfew")."""
        verb = token.head
        if not self.first_title_subject(token) or not _says(verb):
            return False
        sentence = token.sent
        start = sentence.start_char if sentence.start == 0 else self.doc[sentence.start - 1].sent.start_char
        return any(c.dep_ == "ccomp" for c in verb.children) \
            or any(mark in self.doc.text[start:sentence.end_char] for mark in {*OPEN, *CLOSE})

    def _named_after_in_its_sentence(self, entity: Entity, token: Token) -> bool:
        """Whether the entity is named by name after the token in the token's sentence."""
        end = token.sent.end_char
        return any(e is entity and token.idx < start < end for start, _, e in self.by_char)

    def _organisation_described(self, token: Token, lemma: str, elsewhere=lambda entity: False) -> Entity | None:
        """The organisation a description noun stands for ("the company", "the bank", "bank officials"): the one
        the article names most before it, of its kind where the name says (not a public body of another kind)."""
        media = lemma in _nouns("media_nouns")  # "the union" is not the newspaper that reported on it
        if lemma in TEAM_NOUNS:  # "Portmoor midfielder Dylan Hughes ... went off, the club said": the one club
            named = {id(e): e for s, _, e in self.by_char  # its sentence names before it
                     if e.label == "ORG" and token.sent.start_char <= s < token.idx}
            if len(named) == 1:
                return next(iter(named.values()))
        institution = lemma in _nouns("bare_heads") | _nouns("named_only_nouns")

        overseer = lemma in _nouns("overseer_nouns")

        def accept(e: Entity) -> bool:
            return (media or not is_news_outlet(e.name) or self._in_the_news(e)) and not elsewhere(e) \
                and (institution or not _public_body(e, lemma)) and (not overseer or _names_an_overseer(e.name))

        named = self._most_named_before(token.idx, "ORG", accept)
        if named is None and token.dep_ in SUBJECTS and not any(e.label == "ORG" for s, _, e in self.by_char
                                                                 if s < token.idx):
            return self._subject_named_after(token, accept)
        return named

    def _subject_named_after(self, token: Token, accept) -> Entity | None:
        """"A cap on donations should not be introduced yet, the elections watchdog has said. ... the Electoral
        Commission says": a description written before the article names any organisation stands for the first
        organisation that is the subject of one of the next two sentences (not of a clause inside one: "Critics say
        the Harbour Trust is wrong")."""
        sentences = [s for s in self.doc.sents if s.start >= token.sent.end][:2]
        if not sentences:
            return None
        end = sentences[-1].end_char
        return next((e for s, t, e in self.by_char if token.sent.end_char <= s < end and e.label == "ORG"
                     and accept(e) and self._is_subject(s, t, main=True)), None)

    def _named_by_its_last_word(self, word: str) -> Entity | None:
        """The one organisation the article names whose name's last word is ``word`` ("executive": "Scottish
        Executive"); None when none or several are."""
        named = [e for e in self.facts.entities if e.label == "ORG" and len(e.name.split()) > 1
                 and e.name.split()[-1].lower() == word]
        return named[0] if len(named) == 1 else None

    def _placed_elsewhere(self, noun: Token):
        """For a description placed by its words ("the Frankfurt-based exchange", "the Leeds club"), a test of
        whether an organisation's own name places it somewhere else ("London Stock Exchange"): then the
        description is another one."""
        places = {self.entity_at(t).name for c in noun.children if c.i < noun.i
                  for t in (c, *c.children) if self.entity_at(t) is not None and self.entity_at(t).label == "GPE"}
        if not places:
            return lambda entity: False
        others = {e.name for e in self.facts.entities if e.label == "GPE"} - places

        def elsewhere(entity: Entity) -> bool:
            name = f" {entity.name} "
            return any(f" {place} " in name for place in others) and not any(f" {p} " in name for p in places)
        return elsewhere

    def _titled(self, lemma: str, noun: Token | None = None, before: bool = False,
                exact: bool = False) -> Entity | None:
        """The first person the article gives a title ending in this word ("correspondent", "general"); for a
        description ``noun``, one whose title ends in its words too and holds no word that makes it another office
        ("the home secretary": not the "shadow home secretary" nor the "foreign secretary"; roles.json
        "distinct_modifiers"); with ``before``, a title given before the noun only; with ``exact``, a title written
        as the noun's words alone ("home secretary", not "first minister" for "the minister")."""
        words = [c.lower_ for c in noun.children if c.i < noun.i and c.dep_ in {"compound", "amod"} and c.is_lower] \
            if noun is not None else []
        if noun is not None and _a_former_club_s_player(noun):
            words = [w for w in words if w not in FORMER]  # "the former Liverpool striker": a former club's, still a
            # striker; not "the former leader"
        distinct = word_list("roles.json", "distinct_modifiers") - set(words)
        wanted = " ".join([*words, lemma])
        return next((r.subject for r in self._relations_so_far if r.predicate == "has_role" and r.role
                     and _head_of_title(r.role).split()[-1] == lemma and f" {_head_of_title(r.role)}".endswith(
                         f" {wanted}")
                     and not distinct & set(r.role.split()) and not (before and r.start > noun.idx)
                     and not (exact and r.role != wanted)), None)

    def only_one_titled(self, lemma: str) -> Entity | None:
        """The person the article gives a title ending in this word, when it gives it to one person only (while the
        relations stage runs, among the relations it has found so far)."""
        holders = {id(r.subject): r.subject for r in self._relations_so_far if r.predicate == "has_role" and r.role
                   and _head_of_title(r.role).split()[-1] == lemma and r.subject.label == "PERSON"}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _broadcasters_own(self, token: Token) -> bool:
        """"our correspondent", "our political editor" in the narration: the outlet's own journalist, a title."""
        return any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children) \
            and token.lemma_.lower() in _nouns("media_titles") \
            and not self._quoted(token)

    def person_owning(self, pronoun: Token, depth: int = 0) -> Entity | None:
        """The person a "his" or "her" before a noun stands for ("during his visit to Lagos"); None for another word."""
        if pronoun.lower_ not in {"his", "her"}:
            return None
        return self._personal_pronoun(pronoun, "him" if pronoun.lower_ == "his" else "her", depth)

    def possessor(self, its: Token, noun: Token, depth: int = 0) -> Entity | None:
        """What "its" before ``noun`` stands for: the nearest entity it may be, 400 characters back at most
        ("Mali said its troops ...": Mali; "raided Tessit ... and killed its mayor": Tessit); opening its sentence's
        subject, the organisation that is the main subject of the sentence before ("Acme said buying KFB met an aim.
        Its shares fell": Acme, not KFB)."""
        before = _sentence_before(its.sent)
        if noun.dep_ in SUBJECTS and before is not None and noun.lemma_.lower() not in _nouns(
                "town_possessions") | _nouns("state_possessions") \
                and not any(t.dep_ in SUBJECTS and not self._quoted(t) for t in its.sent if t.i < its.i):
            # (a quotation's own subjects aside: '"We are not opposed," says its report')
            main = next((t for t in before if t.dep_ in SUBJECTS and t.head.dep_ == "ROOT"), None)
            subject = self.entity_at(main) if main is not None else None  # "Standard Chartered said acquiring KFB
            if subject is None and main is not None and main.pos_ == "NOUN" and depth < 2 \
                    and any(c.lower_ == "the" for c in main.children):
                subject = self(main, depth + 1)  # "The commission says ... '...,' says its report": the body the
                # description stands for
            if subject is not None and subject.label == "ORG":  # fulfilled an aim. Its shares fell": the one the
                return subject  # sentence before was about, its main clause's subject
        return self._main_subject_owning(its, noun, depth) or self._nearest_before(its.idx, self._possessor(noun),
                                                                                   within_chars=400)

    def _main_subject_owning(self, its: Token, noun: Token, depth: int = 0) -> Entity | None:
        """The organisation or country named as its sentence's main subject before "its" ("Turkey has a huge debt
        - owing $23bn to the IMF - while its deficit has swelled": Turkey, not the name in between), or written as
        "it" ("Intel filed a brief with the court. It summed up ... in its submission": Intel, not the court); a
        country may own any "its" thing, a town only a town's ("its mayor"). None where the subject is no such name."""
        main = next((t for t in its.sent if t.i < its.i and t.dep_ in SUBJECTS and t.head.dep_ == "ROOT"
                     and t.head.i < its.i), None)
        subject = self.entity_at(main) if main is not None else None
        if subject is None and main is not None and main.lower_ == "it" and depth < 2:
            subject = self(main, depth + 1)
        if subject is not None and (subject.label == "ORG" and not names_news_outlet(subject.name)
                                    or subject.label == "GPE" and (self._possessor(noun)(subject)
                                                                   or is_country(subject.name))):
            return subject
        return None

    @staticmethod
    def _possessor(noun: Token):
        """Which entities an "its" before ``noun`` may stand for: an organisation, also a country for a state's
        things ("its troops"; org_nouns.json state_possessions), a town or city alone for a town's ("its mayor";
        town_possessions)."""
        lemma = noun.lemma_.lower()
        if lemma in _nouns("town_possessions") or noun.lower_ in _nouns("town_possessions"):
            return lambda e: e.label == "GPE" and not is_country(e.name)
        if lemma in _nouns("state_possessions") or noun.lower_ in _nouns("state_possessions"):
            return lambda e: e.label in {"ORG", "GPE"}
        return lambda e: e.label == "ORG"

    def _one_person_of_the_sentence_before(self, token: Token) -> Entity | None:
        """The one person the narration's sentence before ``token``'s names (outside quotations and relative clauses),
        if it names only one, as no speaker, and ``token``'s own sentence names none before it."""
        sentence = token.sent
        if any(self._person_at(t) for t in self.doc[sentence.start:token.i]):
            return None
        previous = self._unquoted_sentence_before(sentence)
        words = previous if previous is not None else ()
        people = {id(e): e for t in words if not self._quoted(t) and not any(a.dep_ == "relcl" for a in t.ancestors)
                  for e in [self._person_at(t)] if e is not None}
        # (not a part a relative clause names: "Emma Watson, who plays Hermione")
        if any(t.dep_ in SUBJECTS and _says(t.head) and any(self._person_at(w) for w in t.subtree) for t in words):
            return None  # ("Rob Andrew said: 'He's fine.' The 25-year-old missed ...": the one spoken of)
        described = next((t for t in words if t.dep_ in SUBJECTS and t.head.dep_ == "ROOT" and t.pos_ in {
            "NOUN", "PROPN", "PRON"} and self.entity_at(t) is None and not self._quoted(t)), None)
        subject = self(described) if described is not None and described.lower_ not in {"it", "they"} else None
        if subject is not None and subject.label == "PERSON" and id(subject) not in people:
            return subject  # "The Spaniard believed he was talking to X ... The 21-year-old told ...": the one the
            # sentence before was about, described there, not the person it named in passing
        return next(iter(people.values())) if len(people) == 1 else None

    def _person_at(self, token: Token) -> Entity | None:
        entity = self.entity_at(token)
        return entity if entity is not None and entity.label == "PERSON" else None

    def _person_subject_before(self, pronoun: Token, other: str, depth: int) -> Entity | None:
        """The person a subject "he" or "she" continues: the subject of the sentence before it (named, or such a
        pronoun again), not of the other gender ("Salcedo visited Popayan and met Caicedo's family. He promised
        ...": Salcedo, not Caicedo, the nearest man); None when the subject before is no such person; ``UNNAMED``
        when it is someone described whom the article does not name ("the chancellor")."""
        if depth >= 3:
            return None
        sentence = pronoun.sent
        previous = self._unquoted_sentence_before(sentence)
        # and the sentence before that when the one before has no one as its subject ("One of his fellow pupils was
        # Vladimir Putin. At the KGB he was posted ...": the man the sentence before that was about, not Putin)
        earlier = self._unquoted_sentence_before(previous) if previous is not None else None
        for span in (self.doc[sentence.start:pronoun.i], previous, earlier):
            subjects = [t for t in span if (t.dep_ in SUBJECTS or name_read_as_modifier(t) or _a_named_fragment(t))
                        and not self._quoted(t) and not (pronoun.pos_ == "NOUN" and t.head.dep_ == "relcl")] \
                if span is not None else []  # not a quotation's own; for a title, not a relative clause's ("The
            # issue was a feature of the US election, where George Bush opposed it. But the Tory leader argued")
            # "he" or "she": the main clause's subject before one inside a clause hung on it ("Figgins declined to
            # address whether Thomas slept on the night Epstein died. '...,' he said": Figgins)
            if pronoun.lower_ in {"he", "she"} or pronoun.pos_ == "NOUN":  # (an object's "him" may stand for one
                # named inside a clause; a title first written as a subject continues a main clause's person too)
                subjects = sorted(subjects, key=lambda t: (t.head.dep_ != "ROOT", -t.i))
            else:
                subjects = subjects[::-1]
            for token in subjects:
                # "The shadow foreign secretary, Michael Ancram, welcomed ...": the person named in apposition
                entity = self.entity_at(token) or first(self.entity_at(c) for c in token.children if c.dep_ == "appos")
                if entity is None and token.lower_ in PERSONAL_PRONOUNS:
                    entity = self(token, depth + 1)
                    if entity is not None and entity.label == "ORG" and token.lower_ in {"he", "she"} \
                            and pronoun.lower_ in {"he", "she"}:
                        return entity  # "A Labour Party spokesman told ... '...,' he said. / He said the party
                        # always asked ...": the unnamed spokesman goes on, for the body he speaks for
                if entity is None and token.lower_ in SPOKESPEOPLE and pronoun.lower_ in {"he", "she"}:
                    spoken_for = self(token, depth + 1)  # "A US Embassy spokesman said: '...' '...,' he added": the
                    if spoken_for is not None and spoken_for.label != "PERSON":  # one he speaks for, as before
                        return spoken_for
                if entity is not None and entity.label == "ORG" and pronoun.lower_ in {"he", "she"} and any(
                        t.lower_ in SPOKESPEOPLE and token.i in {t.head.i, t.head.head.i} for t in token.subtree):
                    return entity  # "A Department for Work and Pensions spokeswoman confirmed ...", parsed with the
                    # department as the subject: she speaks for it
                owner = first(c for c in token.children if c.dep_ == "poss") \
                    if entity is None and token.pos_ == "NOUN" and pronoun.lower_ in {"he", "she"} else None
                owner = self.entity_at(owner) if owner is not None else None
                if owner is not None and owner.label == "PERSON" and self.gender.get(id(owner)) != other:
                    return owner  # "Lord Holme's proposal comes months after viewers watched Bush ... He said": the
                    # person whose thing the sentence before was about, not the nearest man
                source = first(voiced_by(token)) if entity is None and token.pos_ == "NOUN" \
                    and pronoun.lower_ in {"he", "she"} else None
                source = self.entity_at(source) if source is not None else None
                if source is not None and source.label == "PERSON" and self.gender.get(id(source)) != other:
                    return source  # "One dissenting opinion came from Brian Gammage. He said": the one whose view
                    # the sentence before brought in, not the speaker before
                if entity is None and _someone_described(token):
                    entity = self(token, depth + 1)  # "But the chancellor said Mr Baume ... He said": the chancellor
                    if entity is None:  # whoever that is, not Mr Baume after him, nor the nearest man
                        return UNNAMED
                if entity is not None and entity.label == "PERSON" and self.gender.get(id(entity)) != other:
                    return entity
                if token.lower_ in {"i", "we", "you"} and pronoun.lower_ in {"he", "she"}:
                    continue  # "We're delighted Glenn is here. He has ...": "he" is never the speaker's "we"
                if entity is not None or token.pos_ == "PRON":
                    break  # the subject before is someone or something else: no telling
        return None

    def _unquoted_sentence_before(self, sentence: Span) -> Span | None:
        """The sentence before, past those wholly inside a quotation (a speaker's words between the narration's
        sentences say nothing of whom the narration is about)."""
        before = _sentence_before(sentence)
        for _ in range(MAX_QUOTED_SENTENCES):
            if before is None or not all(self._quoted(t) for t in before if t.is_alpha):
                return before
            before = _sentence_before(before)
        return before

    def _speaks_on_for_a_body(self, pronoun: Token) -> bool:
        """Whether a subject "it" of a speech verb's main clause (or a clause joined to it) follows a subject that
        names an organisation or describes one ("the commission", "the company"; not a newspaper's noun nor a
        document: "The paper said ... It said", "The guidance said ... it said", whose owner the article may not
        name)."""
        if not _says(pronoun.head) or any(a.dep_ not in {"ROOT", "conj"} for a in [pronoun.head,
                                                                                     *pronoun.head.ancestors]):
            return False  # (a main clause's, or one joined to it: "it has put ... but last September it reported";
            # not a clause reported by another: "the government has said it will announce")
        before = next(iter(self._subjects_back(pronoun)), None)
        if before is None:
            return False
        named = self.entity_at(before)
        if named is None and before.lower_ in ORG_PRONOUNS and before.i != pronoun.i:
            named = self(before, 2)  # "it" before it, itself a body's ("it has put ... but it reported")
        if named is not None or before.pos_ != "NOUN" or not any(c.lower_ == "the" for c in before.children):
            return named is not None and named.label == "ORG"
        lemma = before.lemma_.lower()
        described = self(before, 1) if lemma not in _nouns("media_nouns") else None
        return described is not None and described.label == "ORG" and (
            lemma in _nouns("description_nouns") | _nouns("named_only_nouns")
            or described.name.lower().split()[-1] == lemma)  # ("the commission": the Electoral Commission)

    def _subject_before(self, pronoun: Token, depth: int) -> Entity | None:
        """The organisation a subject "it" continues: the subject of the sentences before it, named, described or
        itself "it", within 400 characters ("In 2003 Microsoft bought GeCAD. In 2004 it bought Giant": Microsoft,
        not GeCAD, the nearest organisation); None when no subject before it is one."""
        if depth >= 3:
            return None
        quoted = self._quoted(pronoun)
        for token in self._subjects_back(pronoun):
            if not quoted and self._quoted(token):
                continue  # 'The report said: "... the court has now qualified its opinion". It said': the report's
            between = 0 if quoted else quoted_chars(self.quoted, token.idx, pronoun.idx)
            if pronoun.idx - token.idx - between > 400:
                return None  # (a quotation between them is not narration that moves on)
            entity = self.entity_at(token)
            if entity is None and (token.lower_ in ORG_PRONOUNS or token.pos_ == "NOUN"):
                entity = self(token, depth + 1)  # "it" again, "the company", "Manufacturers' organisation, the EEF"
            if entity is not None and (entity.label == "ORG" or entity.label in {"WORK_OF_ART", "PRODUCT"}
                                       and not _says(pronoun.head)
                                       and (token.sent != pronoun.sent or _says(token.head))):
                return entity  # ("Comedy Meet The Fockers held on to the top spot. It took $42.8m": the film; a
                # work says nothing; in the pronoun's own sentence, only the one whose words hold it: "The show X
                # highlights talent and MTV reckons it will ...": MTV)
            if entity is None and token.pos_ == "NOUN" and token.tag_ == "NN" \
                    and any(c.lower_ == "the" for c in token.children) \
                    and token.lemma_.lower() in _nouns("description_nouns") | _nouns("named_only_nouns"):
                return UNNAMED  # "The committee reached its conclusions. It warned ...": a body the article names not
        return None

    def _passive_agent_before(self, token: Token) -> Entity | None:
        """The organisation the sentence before gives as its main verb's passive agent ("... have been described as
        idle speculation by Downing Street"), if any."""
        previous = _sentence_before(token.sent)
        root = previous.root if previous is not None else None
        if root is None or not any(c.dep_ == "auxpass" for c in root.children):
            return None
        subject = {t.i for c in root.children if c.dep_ == "nsubjpass" for t in c.subtree}
        # the agent, or a "by" phrase the parse hung lower in the verb's phrase ("described as idle speculation by X")
        agents = [p for by in previous if by.lower_ == "by" and by.i not in subject and root in by.ancestors
                  for p in by.children if p.dep_ == "pobj"]
        entity = self.entity_at(agents[0]) if len(agents) == 1 else None
        return entity if entity is not None and entity.label == "ORG" else None

    def _subjects_back(self, pronoun: Token):
        """The subjects before the pronoun, sentence by sentence back from its own: in each, the main clause's first
        (the nearest first), then those of the clauses hung on it ("Southcorp said Foster's offer was low. However,
        it said ...": Southcorp, not the offer reported); but in the pronoun's own sentence, first the subject of the
        clause the pronoun's adverbial clause hangs on ("Shares in Acme fell while Nippon Steel slid after it agreed
        to pay more": Nippon Steel)."""
        sentence = pronoun.sent
        while sentence is not None:
            words = [t for t in sentence if t.i < pronoun.i and t.dep_ in SUBJECTS]
            modified = pronoun.head.head if sentence == pronoun.sent and pronoun.head.dep_ == "advcl" else None
            yield from sorted(words, key=lambda t: (t.head != modified, t.head.dep_ != "ROOT", -t.i))
            sentence = _sentence_before(sentence)

    def _speaker_before(self, noun: Token, depth: int) -> Entity | None:
        """The organisation that is the subject of the nearest verb of speech before ``noun``, in its sentence or the
        one before, quotations aside ("It said member states needed to act. The report said"); None when the nearest
        subject says nothing ("The office published its accounts. The report said")."""
        before = _sentence_before(noun.sent)
        for token in self._subjects_back(noun):
            if self._quoted(token) and not self._quoted(noun):
                continue
            if token.sent != noun.sent and (before is None or token.sent != before):
                return None
            if not _says(token.head):
                return None
            entity = self(token, depth + 1)
            return entity if entity is not None and entity is not UNNAMED and entity.label == "ORG" else None
        return None

    def _quoted(self, token: Token) -> bool:
        """Whether the token stands inside one of the quotations (``quoted``)."""
        return any(qs <= token.idx < qe for qs, qe in self.quoted)

    def _group_subject_before(self, pronoun: Token, depth: int) -> Entity | None:
        """The organisation a subject "they" continues: the nearest main clause's subject before it, in its sentence
        or the one before, when that is an organisation ("He didn't say so, but the Tories believe ... so he can look
        tough. And they believe", "Police said they ...") or "they" again; None when it is anyone or anything else
        (people, "fans")."""
        if depth >= 3:
            return None
        sentence = pronoun.sent
        previous = _sentence_before(sentence)
        tokens = [*(previous or []), *self.doc[sentence.start:pronoun.i]]
        for token in reversed(tokens):
            if token.dep_ not in SUBJECTS or self._quoted(token) or not (
                    token.head.dep_ == "ROOT" or token.head.dep_ == "conj" and token.head.head.dep_ == "ROOT"):
                continue
            entity = self.entity_at(token) or (self(token, depth + 1) if token.lower_ == "they"
                                               or token.pos_ == "NOUN" else None)
            return entity if entity is not None and entity.label == "ORG" else None
        return None

    def _compiled_by(self, noun: Token) -> Entity | None:
        """Who gathered or published the figures a noun names, or sent the message: the organisation or person of the
        "by" phrase of a participle on the noun ("Figures gathered by Continental Research", "data compiled by the
        ONS"), or the owner of the team or office there ("A message sent ... by Google's security team")."""
        for participle in noun.children:
            if participle.dep_ == "acl" and participle.tag_ == "VBN":
                for agent in (c for c in participle.children if c.dep_ == "agent"):
                    pobj = first(c for c in agent.children if c.dep_ == "pobj")
                    entity = self.entity_at(pobj) if pobj is not None else None
                    if entity is None and pobj is not None and pobj.lemma_.lower() in _nouns("voice_nouns"):
                        entity = first(self.entity_at(c) for c in pobj.children if c.dep_ == "poss")
                    if entity is not None and entity.label in {"ORG", "PERSON"}:
                        return entity
        return None

    def _titled_elsewhere(self, person: Entity, title: Token, organisation: Entity) -> bool:
        """Whether the article gives the person this title at another body of the same kind ("Tory leader Michael
        Howard", not Labour's; "England coach X", not Scotland's); an MP of a party may be its seat's MP too."""
        return any(r.predicate == "has_role" and r.subject is person and r.object is not None
                   and r.object is not organisation and r.object.label == organisation.label
                   and is_party(r.object.name) == is_party(organisation.name)
                   and r.role and r.role.split()[-1] == title.lemma_.lower() for r in self.facts.relations)

    @property
    def _relations_so_far(self) -> list:
        """The article's relations, or while the relations stage runs, those it has found so far."""
        return self.facts.relations or self.found_relations

    def _tied_to(self, organisation: Entity) -> Entity | None:
        """The person the article's relations tie to this organisation (a role in it, working for it, a member),
        the first so tied; None when there is none."""
        return next((r.subject for r in self._relations_so_far if r.object is organisation
                     and r.subject.label == "PERSON" and r.predicate in {"has_role", "works_for", "member_of"}), None)

    def _in_public_office(self, person: Entity) -> bool:
        """Whether the article's relations give the person a public office held in a place (roles.json
        "country_scope" or "town_scope": "New York Attorney General X"), so that no description of an organisation's
        people is them (a national side's captain is no such office)."""
        offices = word_list("roles.json", "country_scope") | word_list("roles.json", "town_scope")
        return any(r.subject is person and r.predicate == "has_role" and r.object is not None
                   and r.object.label == "GPE" and r.role
                   and any(f" {r.role}".endswith(f" {office}") for office in offices)
                   for r in self._relations_so_far)

    def _holder_of(self, title: Token, organisation: Entity) -> Entity | None:
        """The one person the article gives this title at this organisation ("the Tory leader" where "Conservative
        leader Michael Howard" was read), or, for a word for whoever leads it (roles.json "leader_words"), a leading
        role there; else None."""
        word = title.lemma_.lower()
        leading = word_list("roles.json", "leading_roles") if word in word_list("roles.json", "leader_words") else ()
        holders = {id(r.subject): r.subject for r in self.facts.relations if r.predicate == "has_role"
                   and r.object is organisation and r.role and (r.role.split()[-1] == word or r.role in leading)}
        # ("the Federal Reserve head" where "Federal Reserve chairman Alan Greenspan" was read: its one leader)
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _one_of_a_people(self, token: Token) -> Entity | None:
        """"'...,' said the 22-year-old Scot", "The Swede reached ...": a person the article gives that nationality,
        or none other, the one named last ("Rochus will take on Johansson. The Swede reached ..."); but as a subject,
        where the one named last was named in a preposition's phrase, the people's word goes on from the subject
        before it, in its sentence or else the sentence before ("Agassi was delighted with victory over Massu. 'I felt
        good,' said the American": Agassi). Never a subject of a clause it is inside ("Sir
        Alex Ferguson surprised the world by selling the Dutchman": not Ferguson), and a person an earlier such word
        took counts as given that people ("bamboozled by the Austrian's drop shots ... said the American": not the
        Austrian). Read in the article's order, once."""
        if self._peoples is None:
            self._peoples = {}
            nations: dict[int, set[str]] = {}
            for relation in self.facts.relations or self.found_relations:
                if relation.predicate == "nationality" and relation.object is not None:
                    nations.setdefault(id(relation.subject), set()).add(relation.object.name)
            for word in token.doc:
                if not self._a_people_s_one(word):
                    continue
                country = country_of_a_people(word.text)
                over = {id(self.entity_at(c)) for h in word.ancestors if h.pos_ in {"VERB", "AUX"}
                        for c in h.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < word.i
                        and self.entity_at(c) is not None}

                def fits(e, given=True):
                    return e is not None and e.label == "PERSON" and id(e) not in over and (
                        _of_the_nation(country, nations.get(id(e), ())) if given else not nations.get(id(e)))

                nearest = self._nearest_mention_before(word.idx, fits) or self._nearest_mention_before(
                    word.idx, lambda e: fits(e, False))
                person = nearest[1] if nearest is not None else None
                if word.dep_ in {"nsubj", "nsubjpass"} and nearest is not None and _oblique(
                        word.doc.char_span(nearest[0], nearest[0] + 1, alignment_mode="expand").root):
                    person = next((e for e in self._subjects_before(word) if fits(e) or fits(e, False)), person)
                self._peoples[word.i] = person
                if person is not None and country:
                    nations.setdefault(id(person), set()).add(country)
        return self._peoples.get(token.i)

    def reread_peoples(self) -> None:
        """Forget who the words for one of a people stand for, to read them again with the nationalities found
        since (a word resolved earlier, before "Spain's Rafael Nadal" was read, took the one named last)."""
        self._peoples = None

    def one_of_a_people_at(self, word: Token) -> Entity | None:
        """The person one of a people stands for ("said the American"), None for any other word
        (:meth:`_one_of_a_people`)."""
        return self._one_of_a_people(word) if self._a_people_s_one(word) else None

    def _a_people_s_one(self, word: Token) -> bool:
        """"the American", "the Scot's serve": one of a people (:func:`one_of_a_people`) of a known country, read as
        a nationality or as no name at all, no quotation mark inside."""
        if not word.text[:1].isupper() or country_of_a_people(word.text) is None:
            return False  # (the cheap tests first: this is asked of every word resolved)
        entity = self.entity_at(word)
        return (entity is None or entity.label == "NORP") and one_of_a_people(word) and not any(
                t.is_quote for t in word.doc[word.left_edge.i:word.i])  # (not "the 'scruffy little Austrian'", a
        # phrase quoted for someone the article never names)

    def _subjects_before(self, word: Token) -> list[Entity | None]:
        """The entities of the subjects before ``word`` in its sentence, nearest first, then the main clause's
        subject of the sentence before (a word for one of a people goes on from it)."""
        def named(t: Token) -> Entity | None:  # ("Second seed Joachim Johansson won": the name after the title)
            return self.entity_at(t) or (_person_named_after(t, self.entity_at) if t.pos_ == "NOUN" else None)

        sentence = word.sent
        found = [named(t) for t in reversed(word.doc[sentence.start:word.i]) if t.dep_ in {"nsubj", "nsubjpass"}]
        if sentence.start > 0:
            before = word.doc[sentence.start - 1].sent
            found += [named(t) for t in before.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
        return found

    def _a_known_country(self, token: Token) -> bool:
        """True when the token names a country or a state the lists know ("South Korea's top carmaker"; not a
        company the models read as a place: "Climax's Action studio")."""
        entity = self.entity_at(token)
        return entity is not None and entity.label == "GPE" and is_state_or_country(entity.name)

    def _is_place(self, token: Token) -> bool:
        """True when the token names a country or a nationality ("the US firm", "the British carmaker")."""
        entity = self.entity_at(token)
        return entity is not None and entity.label in {"GPE", "NORP"}

    def main_organisation(self, char: int) -> Entity | None:
        """The organisation the article names most before ``char`` (no news outlet): whose figures a bare "Shares
        fell 1%" gives."""
        return self._most_named_before(char, "ORG", lambda e: not is_news_outlet(e.name) or self._in_the_news(e))

    def _in_the_news(self, outlet: Entity) -> bool:
        """A news outlet the subject of two or more verbs besides what an outlet does in reporting ("Reuters beat
        profit forecasts ... Reuters also managed to slow a decline"; org_nouns.json outlet_news_verbs and the quote
        cues): the organisation the article is about, which "the group", "the company" and "it" may stand for."""
        if id(outlet) not in self._outlets_in_the_news:
            reporting = _nouns("outlet_news_verbs") | word_list("quote_cues.json", "verbs")
            acts = 0
            for start, end in outlet.mentions:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                verb = span.root.head if span is not None and span.root.dep_ == "nsubj" else None
                acts += verb is not None and verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() not in reporting
            self._outlets_in_the_news[id(outlet)] = acts >= 2
        return self._outlets_in_the_news[id(outlet)]

    @staticmethod
    def _sex_after(noun: Token) -> str | None:
        """"m" or "f" by the first "he", "she", "his", "her" or "him" after a noun in its sentence; None where there is
        none."""
        return first(PRONOUN_GENDER.get(t.lower_, "m" if t.lower_ == "his" else None)
                     for t in noun.doc[noun.i + 1:noun.sent.end] if t.lower_ in PRONOUN_GENDER or t.lower_ == "his")

    def _most_named_before(self, char: int, label: str, accept=None) -> Entity | None:
        """The entity of ``label`` (and that ``accept`` takes) with the most mentions before ``char`` (the latest of
        them on a tie): "the company" is the article's company, not the broker quoted about it."""
        counts: dict[int, tuple[int, bool, int, Entity]] = {}
        for start, end, entity in self.by_char:
            if start >= char:
                break
            if entity.label == label and (accept is None or accept(entity)):
                n, subject, _, _ = counts.get(id(entity), (0, False, 0, entity))
                counts[id(entity)] = (n + 1, subject or self._is_subject(start, end), start, entity)
        # on a tie, one that was a subject ("Hanbit has bought Lumeria Labs ..., the company said": Hanbit), then
        # the latest
        return max(counts.values(), key=lambda c: c[:3])[3] if counts else None

    def _is_subject(self, start: int, end: int, main: bool = False) -> bool:
        """Whether the mention at these characters is a clause's subject (with ``main``, its sentence's)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and span.root.dep_ in SUBJECTS and (not main or span.root.head == span.root.sent.root)

    def _nearest_before(self, char: int, accept, within_chars: int | None = None,
                        narration_only: bool = False) -> Entity | None:
        """The entity ``accept`` takes mentioned last before ``char``, within ``within_chars`` (counting the narration
        only, quotations between left out, with ``narration_only``)."""
        nearest = self._nearest_mention_before(char, accept, within_chars, narration_only)
        return nearest[1] if nearest is not None else None

    def _nearest_mention_before(self, char: int, accept, within_chars: int | None = None,
                                narration_only: bool = False) -> tuple[int, Entity] | None:
        """The start and the entity of that last mention (:meth:`_nearest_before`)."""
        best = None
        for start, _end, entity in self.by_char:
            if start >= char:
                break
            distance = char - start - (quoted_chars(self.quoted, start, char) if narration_only else 0)
            if accept(entity) and (within_chars is None or distance <= within_chars):
                best = (start, entity)
        return best


#: How many sentences of a quotation a pronoun looks past for the narration's sentence before it.
MAX_QUOTED_SENTENCES = 6
#: Who speaks for an organisation without a name of their own ("a spokesperson said").
#: Owners a description ranks its organisation in, none an owner of it ("the world's second biggest insurer").
GENERAL_OWNERS = frozenset({"world", "country", "nation", "continent", "region", "industry", "sector", "market"})
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})
#: Who speaks for an organisation a description noun before them names ("bank officials", "company sources").
SPEAKING_MEMBERS = SPOKESPEOPLE | {"official", "source", "executive", "insider"}


FORMER = frozenset({"former", "ex"})


def _a_former_club_s_player(title: Token) -> bool:
    """"the former Liverpool striker": a player's position (roles.json "player_titles")
    with a name and "former" before it, a club the player left, still a player of that position."""
    before = [c for c in title.children if c.i < title.i]
    return title.lemma_.lower() in word_list("roles.json", "player_titles") \
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in before) and any(c.lower_ in FORMER for c in before)


def _a_named_fragment(token: Token) -> bool:
    """A name heading a sentence that has no verb of its own, only clauses hung on the name ("Mr Wilson, who has
    remained friends with X, who he says asked for ..."): the sentence is about the one named, as about a subject."""
    return token.dep_ == "ROOT" and token.pos_ == "PROPN" and token.ent_type_ == "PERSON" \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _distinct_words(title: Token) -> frozenset[str]:
    """The words right before a title that make it another office (roles.json "distinct_modifiers": "shadow",
    "former", "deputy")."""
    distinct = word_list("roles.json", "distinct_modifiers")
    return frozenset(t.lower_ for t in title.doc[max(0, title.i - 2):title.i] if t.lower_ in distinct)


def _head_of_title(role: str) -> str:
    """A title without what it is of ("bishop of Durham", "chancellor of the exchequer": the bishop, the
    chancellor)."""
    return role.split(" of ")[0]


def _names_an_overseer(name: str) -> bool:
    """A name a watchdog or regulator bears (org_nouns.json "overseer_name_words": "Electoral Commission", "Financial
    Services Authority"), or a British regulator's "Of-" name ("Ofcom", "Ofgem")."""
    return bool(re.fullmatch(r"Of[a-z]{2,}", name)) or any(w in _nouns("overseer_name_words") for w in name.split())


def name_head(name: str) -> str:
    """The noun an organisation's name is built on, lower-cased: its last word before "of", "for" or "on" ("Charity
    Commission for Wales": "commission"), else its last word ("Electoral Commission")."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in {"of", "for", "on"} and i > 0), len(words))
    return words[cut - 1]


def _oblique(token: Token) -> bool:
    """Whether a name is in a preposition's phrase ("a win over Taylor Dent", "a comment by chairman Tim Phillips"),
    through the words of its noun phrase."""
    while token.dep_ in {"compound", "appos", "conj", "flat"} and token.head is not token:
        token = token.head
    return token.dep_ == "pobj"


#: The nations of the United Kingdom: a Scot is a Briton ("Britain's Kathy Butler ... The Scot").
UK_NATIONS = frozenset({"Scotland", "Wales", "England", "Northern Ireland"})


def _of_the_nation(country: str | None, given: Collection[str]) -> bool:
    """Whether one of a people of ``country`` may be a person the article gives the nations ``given`` (the same, or
    a nation of the United Kingdom and the kingdom)."""
    return country in given or (country in UK_NATIONS and "United Kingdom" in given) or (
        country == "United Kingdom" and bool(UK_NATIONS & set(given)))


def _person_named_after(token: Token, entity_at) -> Entity | None:
    """The one person named right after a noun in its own noun phrase, only words of titles between ("Founder and
    chief executive Ana Silva", parsed with "Founder" as the head): no verb, punctuation or other name in between."""
    doc, i = token.doc, token.i + 1
    subtree_end = token.right_edge.i
    while i <= subtree_end and i < len(doc):
        entity = entity_at(doc[i])
        if entity is not None:
            return entity if entity.label == "PERSON" else None
        if doc[i].pos_ in {"VERB", "AUX", "PUNCT", "ADP", "PRON", "DET", "NUM"} or doc[i].is_space:
            return None
        i += 1
    return None


def person_named_before(token: Token, entity_at) -> Entity | None:
    """"Rhodri Thomas, Plaid Cymru health spokesman said": a title noun, its verb's subject, set after the person's
    name and a comma that opens the sentence, with no comma closing it (the parse hangs the name on the verb)."""
    doc, first = token.doc, token.left_edge.i
    if token.dep_ != "nsubj" or first < 2 or doc[first - 1].text != "," or token.head.i <= token.i:
        return None
    name = doc[first - 2]
    entity = entity_at(name)
    opening = name.left_edge.i == token.sent.start or first - 1 > token.sent.start and all(
        entity_at(t) is entity for t in doc[token.sent.start:first - 1])  # the name alone before the comma
    if entity is None or entity.label != "PERSON" or not opening or name.head.i != token.head.i:
        return None
    return entity


#: Words for one person of a people (the adjectives ending "-an" are such nouns too: "the American").
ONE_OF_A_PEOPLE = frozenset({"Scot", "Swede", "Dane", "Turk", "Spaniard", "Briton", "Brit", "Kiwi", "Aussie",
                             "Greek", "Serb", "Croat", "Czech", "Dutchman", "Frenchman", "Englishman", "Welshman",
                             "Irishman", "Scotsman"})


@lru_cache(maxsize=None)
def country_of_a_people(word: str) -> str | None:
    """The country a word for one of its people names ("Swede" -> Sweden, "American" -> United States)."""
    peoples = read_json(data_path("demonyms.json"))
    return peoples["nationals"].get(word) or peoples["demonyms"].get(word) or peoples["ones_after_the"].get(word)


def one_of_a_people(token: Token) -> bool:
    """"the Scot", "the American" as a subject or an object, "the Austrian's drop shots" as an owner: one person of a
    people, written with "the" (not "the Swiss", "the French": the people; not "the American market", an
    adjective)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
        and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "poss"} \
        and (token.text in ONE_OF_A_PEOPLE or token.text.endswith("an"))


def _named(entity):
    """The entity, or None for ``UNNAMED``."""
    return None if entity is UNNAMED else entity


@lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Nationality adjectives -> the countries and nations they name (demonyms.json "demonyms"), read once."""
    return read_json(data_path("demonyms.json"))["demonyms"]


def _someone_described(token: Token) -> bool:
    """"the chancellor", "the singer": a singular noun after "the" for a title or a kind of person."""
    return token.pos_ == "NOUN" and token.tag_ == "NN" and any(c.lower_ == "the" for c in token.children) and (
        token.lemma_.lower() in word_list("roles.json", "titles") or token.lemma_.lower() in _nouns("person_nouns"))


def _hyphenated_lemma(token: Token) -> str:
    """The noun's lemma with the word hyphenated onto it ("a round-up of gadgets": "round-up")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
            and not doc[token.i - 2].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"
    return token.lemma_.lower()


def _a_study_s_author(study: Token, entity_at) -> Entity | None:
    """The one a study noun is "from" or "by", or owned by ("Research from Halifax", "a report by the OECD", "the
    Commission's report"); None otherwise."""
    for child in study.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            entity = first(entity_at(p) for p in child.children if p.dep_ == "pobj")
            if entity is not None:
                return entity
        if child.dep_ in {"poss", "compound"} and entity_at(child) is not None:
            return entity_at(child)
    return None


def _speaker_by(sentence: Span) -> Token | None:
    """The name a speech in the sentence is by (quote_cues.json "speech_nouns"): "a statement by Jack McConnell"."""
    nouns = word_list("quote_cues.json", "speech_nouns")
    return first(p for t in sentence if t.lemma_.lower() in nouns and t.pos_ == "NOUN" for c in t.children
                 if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj")


def _spoken_in(document: Token) -> Token | None:
    """The verb a document noun is the "in" or "through" object of ("In a new report, the office says": "says"), whose
    subject speaks in it; None otherwise."""
    if document.dep_ == "pobj" and document.head.lower_ in {"in", "through"} \
            and document.head.head.pos_ in {"VERB", "AUX"}:
        return document.head.head
    return None


def _says(verb: Token) -> bool:
    """Whether the verb is a speech verb (quote_cues.json verbs): "Black Spider said it had stopped ..."."""
    return verb.lemma_.lower() in word_list("quote_cues.json", "verbs")


def voiced_by(view: Token) -> list[Token]:
    """Whose a view is, for a noun of opinion (org_nouns.json opinion_nouns): the words of the "from" phrase on it or
    on its verb ("criticism from X", "the opinion came from X"); none for another noun."""
    if view.lemma_.lower() not in _nouns("opinion_nouns"):
        return []
    phrases = [c for t in (view, view.head) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"]
    return [p for c in phrases for p in c.children if p.dep_ == "pobj"]


def _sentence_before(sentence: Span) -> Span | None:
    """The sentence before this one, None for the first."""
    return sentence.doc[sentence.start - 1].sent if sentence.start > 0 else None
