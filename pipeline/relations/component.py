"""The relations stage: roles, verb relations and containment between canonical entities.

Patterns read the dependency parse; the verb table, roles and object types are
data (relation_verbs.json, roles.json). Each relation's span runs from its first
to its last participant, so its ``text`` is the evidence.
"""
from __future__ import annotations

import dataclasses

import re
from pathlib import Path
from typing import NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..coref import ORG_POSSESSIVES, OTHER_ONE_WORDS, Resolver, a_body_described, country_of_a_people, \
    first_name_sex, is_party as _is_party, is_person_noun, person_named_before, token_mentions
from ..data_files import data_path, read_json, word_list, write_json
from ..entities.component import after_example_cue, group_key, member_group_key
from ..dates.normalize import WEEKDAYS
from ..entities.merge import first_names, nations, opens_with_first_name
from ..entities.roles import RoleLexicon, RoleMention, after_a_peerage
from ..entities.source_lines import source_lines
from ..extensions import get_facts, register_extensions
from ..facts import Entity, Relation
from ..syntax import RELATIVE_PRONOUNS, about_sport, agent_of_a_passive, first as _first, governing_verb, \
    listed_as_an_official, positions, subject_of as _subject_of, up_to, verb_above
from .countries import COMPASS_POINTS, is_country, is_national_side, is_region, is_state_or_country

ORG_PREPS = {"of", "at", "for", "with", "in"}
PLACES = {"GPE", "LOC", "FAC"}
INFERRED = 0.55  # the confidence of a holder guessed from the context, not read from the phrase
COPULAS = {"be", "become", "remain"}  # "X is / will become / remains chief executive"
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}
_PARAGRAPH_BREAK = re.compile(r"\n\n")


class NewsRelations:
    def __init__(self, nlp: Language, name: str = "newsfacts_relations", *, verbs_path: str | None = None,
                 roles_path: str | None = None, country_window: int = 1) -> None:
        register_extensions()
        self.name = name
        self.vocab = nlp.vocab
        self.country_window = country_window
        self._load(read_json(verbs_path or data_path("relation_verbs.json")),
                   read_json(roles_path or data_path("roles.json")))

    def _load(self, verbs: dict, roles: dict) -> None:
        self.verbs_data, self.roles_data = verbs, roles
        self.verbs = verb_specs(verbs["verbs"])
        self.travel_verbs = frozenset(verb for verb, specs in self.verbs.items()
                                      if any(spec["predicate"] == "visited" for spec in specs))
        self.subject_labels = set(verbs["subject_labels"])
        self.object_labels = {k: set(v) for k, v in verbs["object_labels"].items()}
        self.appoint_verbs = set(verbs.get("appoint_verbs", []))
        self.agent_nouns = verbs.get("agent_nouns", {})
        self.event_nouns = verbs.get("event_nouns", {})
        self.unrealised_verbs = set(verbs.get("unrealised_verbs", []))
        self.unrealised_nouns = set(verbs.get("unrealised_nouns", []))
        self.seat_nouns = set(verbs.get("seat_nouns", []))
        self.seat_heads = {noun.split()[-1] for noun in self.seat_nouns if " " in noun}  # ("office" of "head office")
        self.home_nouns = set(verbs.get("home_nouns", []))
        self.role_nouns = set(verbs.get("role_nouns", []))
        self.contest_nouns = set(verbs.get("contest_nouns", []))
        self.career_nouns = set(verbs.get("career_nouns", []))
        self.time_spent_nouns = set(verbs.get("time_spent_nouns", []))
        self.role_verbs = verbs.get("role_verbs", {})
        self.leaving_verbs = set(verbs.get("leaving_verbs", []))
        self.succession_verbs = set(verbs.get("succession_verbs", []))
        self.acquisition_nouns = set(verbs.get("acquisition_nouns", []))
        self.criticised_nouns = set(verbs.get("criticised_nouns", []))
        self.completion_verbs = set(verbs.get("completion_verbs", []))
        people = read_json(data_path("demonyms.json"))
        self.demonyms = {**people["demonyms"], **people["nationals"]}  # ("Hungarian Melinda Czink", "Spaniard X")
        self.nations = nations()  # ("Scotland's Ian Mackie": a nation of the United Kingdom, no country to is_country)
        org_nouns = read_json(data_path("org_nouns.json"))
        self.org_nouns = set(org_nouns["nouns"])
        self.described_nouns = self.org_nouns | set(verbs.get("described_org_nouns", []))
        self.gathering_last_words = set(org_nouns.get("gathering_last_words", []))
        self.event_part_nouns = set(verbs.get("event_part_nouns", []))
        self.description_nouns = set(org_nouns.get("description_nouns", [])) - set(org_nouns.get("bare_heads", []))
        self.national_nouns = set(verbs.get("national_org_nouns", []))
        self.own_organisation_nouns = verbs.get("own_organisation_nouns", {})
        self.team_words = set(verbs.get("team_words", []))
        self.visit_nouns = verbs.get("visit_nouns", {})
        self.visit_preps = set(verbs.get("visit_preps", []))
        self.visit_verbs = set(verbs.get("visit_verbs", []))
        self.unmade_visit_words = set(verbs.get("unmade_visit_words", []))
        self.roles = RoleLexicon(self.vocab, roles)
        self.event_titles = frozenset(roles.get("event_titles", []))
        self.title_words = frozenset(title.split()[-1] for title in roles.get("titles", {}))

    # -- entry point -------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        facts = get_facts(doc)
        index = _MentionIndex(doc, facts.entities, self.title_words)
        resolve = Resolver(doc, facts, genders=True)
        roles = [r for r in self.roles.find(doc) if not _a_list_s_label(doc, r)]
        found = self._title_roles(doc, roles, index)
        resolve.found_relations = found  # (the same list, as it grows)
        # "Manchester United manager X": whose "his players" are whose; "President X": whose "his minister"
        index.held = {(r.subject.name, r.object.label): r.object for r in found if r.object is not None
                      and r.object.label in {"ORG", "GPE"} and r.confidence > INFERRED}
        found += self._appositive_roles(doc, roles, index, resolve)
        found += self._verb_relations(doc, index, resolve) + self._containment(doc, index, resolve)
        found += self._appointments(doc, index) + self._agent_nouns(doc, index) + self._event_nouns(doc, index)
        found += self._as_roles(doc, roles, index, resolve) + self._seats_and_homes(doc, index, resolve)
        found += self._positions_at(doc, roles, index, resolve)
        found += self._role_verbs(doc, index, resolve) + self._possessive_affiliations(doc, index, resolve, found)
        found += self._described_affiliations(doc, index, resolve, found)
        found += self._own_organisations(doc, index, resolve, found)
        found += self._described_roles(doc, roles, index, resolve, found) + self._styled_titles(doc, facts.entities)
        found += _group_members(doc, index) + self._moves(doc, index, resolve) + self._takeovers(doc, index, resolve)
        found += _listed_members(doc, index, resolve) + self._stated_members(doc, index)
        found += self._clubs_in_brackets(doc, index)
        found += _sides_without_their_players(doc, index, self.team_words)
        found += _party_members(doc, index, found)
        found += self._stays(doc, index, resolve) + self._trips(doc, index, resolve)
        found += self._time_spent_at(doc, index, resolve)
        titles = {i for r in roles for i in range(r.start, r.end)}
        found += self._place_phrases(doc, index, {(r.subject.name, r.object.name) for r in found if r.object},
                                     titles)
        found += _source_line_seats(doc, index) + self._nationalities(doc, index, titles) \
            + self._nationalities_described(doc, index) + self._places_of_a_nation(doc, index)
        resolve.reread_peoples()  # (read again now the nationalities stated are known: "Spain's Rafael Nadal")
        found += self._nationalities_of_one_of_a_people(doc, index, resolve)  # (after the nationalities stated)
        found += with_regions(doc.text, found)
        self._opposition_titles_held(doc, found, index, resolve)
        _band_of_its_members(doc, facts.entities, found)
        seen, unique = set(), []
        for relation in _one_country_per_title(_without_subsumed_roles(_without_contradicted_guesses(found))):
            key = (relation.predicate, relation.subject.name, relation.object.name if relation.object else None,
                   relation.role)
            if key not in seen and relation.object is not relation.subject:
                seen.add(key)
                unique.append(relation)
        facts.relations = sorted(unique, key=lambda r: (r.start, r.end))
        return doc

    # -- has_role ----------------------------------------------------------------------------------------------
    def _title_roles(self, doc: Doc, roles: list[RoleMention], index: "_MentionIndex") -> list[Relation]:
        """"President Donald Trump", "Ecuador's President X", "U.S. Secretary of State X", "chairwoman Dana Okafor",
        "Conoco Inc. spokesman Michael O'Connor"; a plural title or one followed by a group noun goes to each name
        listed after it ("Reps. A and B", "DJ duo A and B"), and "founder and chief executive X" gives both."""
        out = []
        chained = self._chained_titles(doc, roles)
        title_ends = {r.end for r in roles}
        for role in roles:
            if index.of(doc[role.end - 1]) is not None:
                continue  # "Imam Khomeini International Airport": a word of a name
            if role.start > 1 and doc[role.start - 1].lower_ == "for" and role.start - 1 in title_ends:
                continue  # "candidate for mayor Ken Livingstone": the post a title is for, not held
            role = self.roles.with_modifiers(doc, role)
            after = _past_portfolio(doc, chained.get(role.end, role.end))  # "minister for women Jacqui Smith"
            plural = role.plural
            if after < len(doc) and self.roles.is_group_noun(doc[after]):
                after, plural = after + 1, True
            people = self._people_at(doc, after, index, listed=plural)
            if not people or (plural and len(people) == 1):
                continue  # "league leaders Chelsea": a plural title names several people
            member = role.role in self.roles.member_titles
            org, org_token = self._org_before(doc, role, index)
            if org is None:
                org, org_token = self._org_after(doc, people[-1][1], index)
            if org is None and role.role.split()[-1] in self.roles.player_titles \
                    and about_sport(doc, self.team_words):
                org, org_token = _team_of_the_clause_above(people[0][1], index)
            for person, person_token in people:
                holder, holder_token, confidence = org, org_token, 0.85
                if holder is None and self._may_guess_holder(doc, role, index) \
                        and not _owned_by_someone(doc[role.start:role.end], index):
                    # inferred: in the evidence only when the sentence names it (not "Denise Lewis' coach X": hers)
                    holder = self._guessed_holder(doc, role, person_token, index)
                    if _in_list(doc, index, holder, role.start, people[-1][1]):
                        holder = None
                    holder_token = index.nearest_in_sentence(holder, person_token)
                    confidence = INFERRED if holder is not None else confidence
                if member and holder is None:
                    continue  # a member of nothing the article names
                tokens = [doc[role.start], person_token] + ([holder_token] if holder_token is not None else [])
                out.append(Relation("member_of" if member else "has_role", person, holder, *index.evidence(tokens),
                                    role=None if member else role.role, confidence=confidence))
                joined, joined_token = self._holder_joined_before(doc, org_token, role, index) if holder is org \
                    and org_token is not None else (None, None)
                if joined is not None and joined is not holder:  # "Arsenal and England defender Ashley Cole"
                    out.append(Relation("member_of" if member else "has_role", person, joined,
                                        *index.evidence([joined_token, *tokens]), role=None if member else role.role,
                                        confidence=confidence))
        return out

    def _holder_joined_before(self, doc: Doc, holder_token: Token, role: RoleMention,
                              index: "_MentionIndex") -> tuple[Entity | None, Token | None]:
        """"Arsenal and England defender X": a club and a country joined by "and" before a sport's position or
        competitor both hold it (the second holder and its token); not other titles, where "Sales at Tesco and Asda
        chief executive X" names one holder."""
        start = index.mention_of.get(holder_token.i, (holder_token.i,))[0]
        if role.role.split()[-1] not in self.roles.player_titles or start < 2 or doc[start - 1].lower_ != "and" \
                or index.of(doc[start - 2]) is None:
            return None, None
        holder = self._holder(index.of(doc[start - 2]), index, country_role=self.roles.held_by_nationality(role))
        return (holder, doc[start - 2]) if holder is not None else (None, None)

    @staticmethod
    def _chained_titles(doc: Doc, roles: list[RoleMention]) -> dict[int, int]:
        """"founder and chief executive Ana Silva": where the name after a title joined to the next one starts."""
        by_start = {r.start: r for r in roles}
        chained: dict[int, int] = {}
        for role in sorted(roles, key=lambda r: -r.start):
            nxt = role.end + 1
            if nxt < len(doc) and doc[role.end].lower_ in {"and", "&"} and nxt in by_start:
                chained[role.end] = chained.get(by_start[nxt].end, by_start[nxt].end)
        return chained

    def _people_at(self, doc: Doc, i: int, index: "_MentionIndex", *, listed: bool) -> list[tuple[Entity, Token]]:
        """The person whose name starts at token ``i`` (an honorific before it skipped: "singer Sir Elton John"),
        with the names listed after it when ``listed`` ("A, B and C"); each with its name's first token."""
        people: list[tuple[Entity, Token]] = []
        while i < len(doc):
            while i < len(doc) - 1 and doc[i].lower_ in self.roles.honorifics:
                i += 1
            person = index.starting_at(doc[i])
            if person is None or person.label != "PERSON":
                break
            end = index.mention_of[i][1]
            if end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN" and doc[end - 1].dep_ == "compound" \
                    and doc[end - 1].head.i == end:
                break  # "the foreign secretary's official Kent house": the name describes a thing, no one holds a title
            people.append((person, doc[i]))
            i = end
            if not listed or i + 1 >= len(doc) or doc[i].lower_ not in {",", "and"}:
                break
            i += 2 if doc[i].lower_ == "," and doc[i + 1].lower_ == "and" else 1
        return people

    def _may_guess_holder(self, doc: Doc, role: RoleMention, index: "_MentionIndex") -> bool:
        """Whether a title with no holder in its phrase may take one from the context: a scoped title whose holder
        the phrase does not leave unread, and no one's own trade ("writer-director Sofia Coppola": no employer)."""
        return bool(role.scope) and not self.roles.of_a_nationality(role) and not self._unread_holder(doc, role, index)

    def _guessed_holder(self, doc: Doc, role: RoleMention, person_token: Token, index: "_MentionIndex") -> Entity | None:
        """The holder guessed for a title from the context (``_infer_holder``); for a sport's position or competitor
        only one its sentence names ("Newcastle have fined their Welsh striker Craig Bellamy"; not "she lost to
        striker Prinz. Fifa has changed ..."); for a government's title no organisation; after a holder noun
        (roles.json holder_nouns: "company president Lee Scott", "club chairman X") an organisation, never a country;
        after a people's word or a country with capitalised words between ("Russian Atomic Energy Minister X") none."""
        owned = role.start > 0 and doc[role.start - 1].lower_ in self.roles.holder_nouns
        if role.scope == "country" and any(
                (named := index.of(doc[k])) is not None and named.label in {"NORP", "GPE"}
                and all(t.is_title for t in doc[k + 1:role.start]) for k in range(max(0, role.start - 3), role.start)):
            return None  # "Russian Atomic Energy Minister X": the people's word before the title says whose it is,
            # read or not, never another country the sentence names
        holder = self._infer_holder(doc, person_token, index, "organisation" if owned else role.scope)
        if holder is not None and role.role.split()[-1] in self.roles.player_titles \
                and index.nearest_in_sentence(holder, person_token) is None:
            return None
        if holder is not None and holder.label == "ORG" and STATE_TITLE_WORDS & set(role.role.split()) \
                and not _a_party(holder.name):
            return None  # "Former government communications chief X will advise the Lions", "senior shadow cabinet
            # members X, Y and Z ... The chairman of the Bar Council": a government's or a shadow cabinet's title,
            # held in no company or club the article names (a party may hold a shadow one)
        return holder

    def _unread_holder(self, doc: Doc, role: RoleMention, index: "_MentionIndex") -> bool:
        """Whether the text gives the title's holder in words the entities did not read (see ``_unread_holder``)."""
        return _unread_holder(doc, role, index, self.demonyms, self.roles.holder_nouns, self.roles.player_titles)

    def _org_before(self, doc: Doc, role: RoleMention,
                    index: "_MentionIndex") -> tuple[Entity | None, Token | None]:
        """"Ecuador's President X", "U.S. Secretary of State X", "French Finance Minister X" (-> France): the
        holder and the token that names it."""
        if role.start == 0:
            return None, None
        before = doc[role.start - 1]
        if before.text in {"'s", "’s"} and role.start >= 2:
            before = doc[role.start - 2]
            if before.is_lower and before.pos_ == "NOUN" and role.start >= 3 \
                    and index.of(doc[role.start - 3]) is not None:
                before = doc[role.start - 3]  # "Empire magazine's reviews editor X": the name before its noun
        elif before.text == "!" and role.start >= 2 and not doc[role.start - 2].whitespace_ \
                and index.of(doc[role.start - 2]) is not None:
            before = doc[role.start - 2]  # "Kerrang! editor X", "Yahoo! spokesman X": a name written with its mark
        elif before.text == ")" and role.start >= 4 and doc[role.start - 3].text == "(" \
                and index.of(doc[role.start - 4]) is not None:
            before = doc[role.start - 4]  # "Hong Kong Rugby Football Union (HKRFU) chairman John Molloy"
        elif before.is_lower and before.is_alpha and before.lower_ not in STOP_WORDS and role.start >= 2 \
                and index.of(doc[role.start - 2]) is not None and before.tag_ not in {"VBD", "VBN"}:
            before = doc[role.start - 2]  # "England sevens coach X", "BBC business editor X": a word of the title between
            # (not a verb in the past: "AP quoted prosecutor X"; a plural the tagger reads as a verb, "sevens", is)
        elif before.is_title and before.is_alpha and index.of(before) is None and role.start >= 2 \
                and index.of(doc[role.start - 2]) is not None and index.of(doc[role.start - 2]).label in {"NORP", "GPE"}:
            before = doc[role.start - 2]  # "German Economy minister X": a department's word capitalised between
        owner = _organisation_owning(before, index)
        if owner is not None:
            before = owner  # "Acme's UK sales director X": Acme's, its country the part of the firm he runs
        holder = self._holder(index.of(before), index, country_role=self.roles.held_by_nationality(role),
                              event_role=role.role.split()[-1] in self.event_titles)
        if holder is not None and holder.label == "GPE" and is_country(holder.name) \
                and self.roles.of_a_nationality(role):
            return None, None  # "US actor Tom Hanks": where he is from
        if holder is not None and role.scope == "country" and _a_party(holder.name) and doc[role.start].is_lower \
                and doc[role.start - 1].text not in POSSESSIVE_MARKS:
            return None, None  # "ex-Conservative chancellor Ken Clarke", "Labour home secretary X": a government's
            # post, held in no party (a shadow one is: "Tory shadow chancellor X"; so is a party's portfolio
            # written in capitals, "Scottish National Party Justice Minister X", and the party's own way of naming
            # its minister: "Labour's deputy minister for women X")
        if holder is None and before.text[:1].isupper():  # "Liberal Democrat spokesman X", "Conservative MP X"
            words = " ".join(reversed([t.text for t in _capitalised_run(doc, before.i)])) or before.text  # (or one
            # opening the sentence: "TUC General Secretary Brendan Barber called ...")
            holder = index.organisation_named_from(words) or index.organisation_written_as(words)
        if holder is None and before.lower_ in {"their", "its"} and before.dep_ == "poss":
            verb = verb_above(before)  # "Scotland will try to give their coach Matt Williams a win": Scotland
            before = _subject_of(verb) if verb is not None else None
            holder = index.of(before) if before is not None else None
            holder = holder if holder is not None and holder.label in {"ORG", "GPE"} else None
        return holder, before if holder is not None else None

    def _org_after(self, doc: Doc, person_token: Token, index: "_MentionIndex") -> tuple[Entity | None, Token | None]:
        """"Finance Minister Lars Becker of Germany", "analyst Alex Potter at Lehman Brothers": the holder named right
        after the person, and its token ("at" an organisation only: "at Leeds" may say where)."""
        end, i = index.mention_end(person_token), person_token.i
        while i < len(doc) and doc[i].idx < end:
            i += 1
        following = list(doc[i:i + 2])  # the two tokens after the person's mention
        if len(following) == 2 and following[0].lower_ in {"of", "at"} \
                and not _possessive_after(index.text, index.mention_end(following[1])):
            entity = index.of(following[1])  # (not "X at Labour's spring conference": a venue the party owns)
            if entity and (entity.label == "ORG" or entity.label == "GPE" and following[0].lower_ == "of"):
                return entity, following[1]
            named = self._named_after_its_description(doc, following[1].i, index)
            if named is not None:  # "Professor X of the Swiss research group MiraLab"
                return index.of(named), named
        return None, None

    def _named_after_its_description(self, doc: Doc, i: int, index: "_MentionIndex") -> Token | None:
        """"the Swiss research group MiraLab", "the charity Shelter": from "the" at ``i``, words describing an
        organisation (lower-case words or a people's word) ending in one of its nouns (org_nouns.json "nouns" and
        "description_nouns", relation_verbs.json "described_org_nouns"), then its name: the name's first token."""
        if doc[i].lower_ != "the":
            return None
        j = i + 1
        while j < min(len(doc), i + 6) and doc[j].is_alpha and (
                index.of(doc[j]) is None and doc[j].is_lower or index.of(doc[j]) is not None
                and index.of(doc[j]).label == "NORP"):
            j += 1
        if j == i + 1 or j >= len(doc) or doc[j - 1].lower_ not in self.described_nouns \
                or index.starting_at(doc[j]) is None or index.of(doc[j]).label != "ORG":
            return None
        return doc[j]

    def _holder(self, entity: Entity | None, index: "_MentionIndex", country_role: bool = True,
                event_role: bool = False) -> Entity | None:
        """An organisation, country or place holding a role ("Downing Street spokesman"); a nationality stands
        for the party named after it, else for its country for a country's titles only (``country_role``):
        "Welsh striker X" says where X is from; a competition for a competition's titles (``event_role``: "Australian
        Open champion Serena Williams")."""
        if entity is not None and entity.label == "EVENT" and event_role:
            return entity
        if entity is None or entity.label not in {"ORG", "GPE", "NORP", "FAC"}:
            return None
        if entity.label == "NORP" or entity.name in self.demonyms:  # "Welsh" read as a club is still a nationality
            party = index.organisation_named_from(entity.name)
            if party is not None:  # "Labour MP X", "Liberal Democrat spokesman X": the party the article names
                return party
            country = self.demonyms.get(entity.name)
            if country is None or not country_role:
                return None
            return _nation_named(index, country, entity)
        return index.organisation_named_from(entity.name) or entity  # "Labour MP" -> the Labour Party named

    def _appositive_roles(self, doc: Doc, roles: list[RoleMention], index: "_MentionIndex",
                          resolve: Resolver) -> list[Relation]:
        """"Francis L. Donovan, commander of U.S. Southern Command"; "Daniel Noboa, Ecuador's president"; "A and B,
        both researchers at Z"; "X, head of A and chairman of B"; "Anderson is Middle East correspondent for the AP",
        "X will become group chief executive"."""
        role_at = {i: r for r in roles for i in range(r.start, r.end)}
        out = self._listed_appositives(doc, roles, index, resolve) + self._named_after_comma(doc, roles, index, resolve) \
            + self._titled_after_comma(doc, roles, index, resolve)
        seen: set[tuple[str, int]] = set()
        for token in doc:
            copula = token.head if token.dep_ == "attr" and token.head.lemma_ in COPULAS else \
                self._copula_before(doc, role_at[token.i]) if token.i in role_at and token.dep_ != "conj" else None
            if copula is not None and token.i in role_at and not self._judged(token, role_at[token.i]) \
                    and not _hypothetical(copula) and not self._sought(copula):
                subject = _subject_of(copula)  # the subject is the person
                person = _named_or_pronoun(subject, index, resolve)
                if person is not None and subject.pos_ == "PRON" and quoted_at(
                        doc.text, index.paragraph_start(index.paragraph_of(subject.idx)), subject.idx) \
                        and person in _speakers_of(token.sent, index):
                    continue  # '"He has been a prudent chancellor," said X': a speaker's "he" is someone else
                if person is not None and person.label == "PERSON":
                    # "X is chief executive of Acme" needs its holder; "becoming an assistant director and second-unit
                    # director" tells a career's titles, each with or without one; "chairman and chief executive of
                    # Acme": the holder written after the last title is the earlier ones' too
                    became = copula.lemma_ == "become"
                    # "said Woodward, who will be the head coach": a relative clause on the person's name says the
                    # title is theirs, with or without its holder (as "X will become ..." does)
                    relative = copula.dep_ == "relcl" and any(
                        c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in copula.children)
                    titles = sorted([token, *(c for c in token.conjuncts if c.i in role_at)], key=lambda t: t.i)
                    own = {t.i: self._org_of_role(t, role_at[t.i], index, resolve) for t in titles}
                    phrase_at = {t.i: max((c.i for c in t.children if c.dep_ == "prep" and c.lower_ in ORG_PREPS),
                                          default=-1) for t in titles}
                    # "who is also vice-president of research at Manchester University", the parse hanging "at" on
                    # the verb: the organisation after the last title, where the titles' phrases name none
                    at_the_verb = _first(index.of(o) for c in copula.children if c.dep_ == "prep"
                                         and c.lower_ in {"at", "for"} and c.i > titles[-1].i
                                         for o in c.children if o.dep_ == "pobj" and index.of(o) is not None
                                         and index.of(o).label == "ORG")
                    for title in titles:
                        shared = None if own[title.i] is not None else _first(
                            own[t.i] for t in titles if own[t.i] is not None and phrase_at[t.i] > title.i) \
                            or at_the_verb
                        out += self._role_of(doc, role_at[title.i], title, [(person, subject)], index, resolve,
                                             [subject, *title.subtree], 0.75, named_only=not (became or relative),
                                             holder=shared,
                                             guess=not (became and any(c.lower_ in {"a", "an"} for c in title.children)))
                continue
            fronted = _fronted_description(token, index) if token.i in role_at else None
            if token.dep_ != "appos" and fronted is None:
                continue
            head_entity, role_token, person_token = index.of(token.head), token, token.head
            if fronted is not None:  # "A distinguished IBM engineer, Dr Carpenter spent ...", parsed as two subjects
                head_entity, person_token = index.of(fronted), fronted
            elif not (token.i in role_at and head_entity is not None and head_entity.label == "PERSON"):
                # "the commander of X, Jane Doe": the person is the appositive of the role (or, as the parse may
                # hang it, of the role's organisation)
                head_entity, role_token, person_token = index.of(token), token.head, token
                if role_token.i not in role_at and role_token.head.dep_ == "prep" \
                        and role_token.head.lower_ in ORG_PREPS and role_token.head.head.i in role_at:
                    role_token = role_token.head.head
                if head_entity is None or head_entity.label != "PERSON" or role_token.i not in role_at:
                    continue
            while party_label(doc, index.mention_of.get(person_token.i, (person_token.i,))[0]) \
                    and person_token.dep_ == "appos" and index.of(person_token.head) is not None \
                    and index.of(person_token.head).label == "PERSON":
                person_token = person_token.head  # "Ann Lee, D-Mich., chairman of X": Ann Lee is the chairman
                head_entity = index.of(person_token)
            if (head_entity.name, role_at[role_token.i].start) in seen:
                continue  # "vice - president": two tokens of one title
            seen.add((head_entity.name, role_at[role_token.i].start))
            people = [(head_entity, person_token)]
            if role_at[role_token.i].plural:  # "A and B, both researchers at Z"
                people += [(index.of(c), c) for c in person_token.conjuncts
                           if index.of(c) is not None and index.of(c).label == "PERSON"]
            shared = None  # "chairman and founder of MIT's Media Lab": the holder of the one is the other's
            joined = [c for c in role_token.conjuncts if c.i in role_at and not _contrasted(doc, c, role_token)]
            titles = [*(c for c in joined if c.i < role_token.i), role_token, *(c for c in joined if c.i > role_token.i)]
            owns = {t.i: self._org_of_role(t, role_at[t.i], index, resolve) for t in titles}
            evidence = [token, fronted if fronted is not None else token.head]
            for title in titles:
                own = owns[title.i]
                # "strategist at Intel and chairman of the USB group": a title with its own phrase shares no holder,
                # nor one with its own article ("former Labour minister and now a European Commissioner")
                phrase = any(c.dep_ == "prep" and c.lower_ in ORG_PREPS for c in title.children) \
                    or _own_article(title, role_token)
                # "chairman and founder of Acme": the holder written after the last title is the earlier ones' too
                later = _first(owns[t.i] for t in titles if t.i > title.i and owns[t.i] is not None
                               and not _own_article(t, role_token))
                found = self._role_of(doc, role_at[title.i], title, people, index, resolve, evidence,
                                      0.85, holder=None if own is not None or phrase else shared or later)
                shared = shared or _first(r.object for r in found if r.confidence > INFERRED)
                out += found
            for title, holder in self._titles_joined_after(doc, role_token, roles, index):
                out += self._role_of(doc, title, doc[title.end - 1], people, index, resolve, evidence,
                                     0.85, holder=holder)
        return out

    def _described_roles(self, doc: Doc, roles: list[RoleMention], index: "_MentionIndex", resolve: Resolver,
                         found: list[Relation]) -> list[Relation]:
        """"Charles Kennedy is to speak ... The Liberal Democrat leader will visit", "the Chelsea manager said": a
        sentence's subject that is "the", an organisation and a title, with no name beside it, describes the person
        the sentence before is about (as the quote stage reads such a speaker); that person holds the title there,
        unless the article gives them a title at another organisation (then the description is someone else's)."""
        elsewhere = {(r.subject.name, r.object.name) for r in found
                     if r.predicate in {"has_role", "member_of"} and r.object is not None and r.object.label == "ORG"}
        titled = {(r.object.name, r.role.split()[-1]): r.subject.name for r in found
                  if r.predicate == "has_role" and r.object is not None and r.role}
        out = []
        for role in roles:
            token = doc[role.end - 1]
            if role.plural or quoted_at(doc.text, index.paragraph_start(index.paragraph_of(token.idx)), token.idx):
                continue  # "The United players were ...": no one person; in a quotation, the speaker's words
            if token.dep_ not in {"nsubj", "nsubjpass"} or index.of(token) is not None \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                    or any(c.dep_ in {"appos", "poss"} for c in token.children) \
                    or role.end < len(doc) and index.of(doc[role.end]) is not None:
                continue  # "the Tory leader, Michael Howard," and "the Tory leader Michael Howard" are named there
            holder = self._holder_before(token, role, index, resolve, False)
            # with no organisation, a title written for the first time as a speech verb's subject ("'...,' the prime
            # minister told the BBC"): the person the sentence before is about, as the quote stage reads it
            speaking = holder is None and resolve.speaks_as_a_title(token)
            person = resolve(token) if holder is not None and holder.label == "ORG" or speaking else None
            last_word = role.role.split()[-1]
            if person is None or person.label != "PERSON" or any(
                    index.of(t) is person for t in doc[token.sent.start:token.i]) or holder is not None and (
                    any(name == person.name and org != holder.name for name, org in elsewhere)
                    or titled.get((holder.name, last_word), person.name) != person.name) \
                    or holder is None and any(r.role and r.role.split()[-1] == last_word
                                              for r in found if r.predicate == "has_role"):
                continue  # (nor where the article names another holder of the title: "Michael Howard, the Tory
                # leader" makes "the Tory leader" his, whoever the sentence before is about; nor the person the
                # sentence has named already: "a statement from Mr Spitzer's office said the Marsh executive")
            out += self._role_of(doc, role, token, [(person, token)], index, resolve, [token], 0.6, holder=holder,
                                 guess=holder is not None)
        return out

    def _styled_titles(self, doc: Doc, entities: list[Entity]) -> list[Relation]:
        """"The Bishop of Durham, the Rt Rev Dr Tom Wright": a styled title (roles.json "styled_titles") that the
        entities stage read as one of a person's names is the title that person holds (where the person has a name
        of their own besides it)."""
        styled = word_list("roles.json", "styled_titles")
        out = []
        for entity in entities:
            for start, end in entity.mentions if entity.label == "PERSON" else ():
                words = doc.text[start:end].split()
                if len(words) >= 3 and words[0].lower() in styled and words[1] == "of" \
                        and doc.text[start:end] != entity.name:
                    out.append(Relation("has_role", entity, None, start, end, role=" ".join([words[0].lower(),
                                                                                          *words[1:]])))
        return out

    def _titles_joined_after(self, doc: Doc, role_token: Token, roles: list[RoleMention],
                             index: "_MentionIndex") -> list[tuple[RoleMention, Entity]]:
        """"X, regulatory head of the MEF and executive chairman of messaging firm MBlox": a second title
        joined after the first one's organisation, read from the words when the parse hung it inside that
        organisation's phrase (it is then no conjunct of the first), with the organisation written after it."""
        out = []
        for role in roles:
            if role.start <= role_token.i + 2 or role.start >= role_token.sent.end or \
                    any(doc[role.start + k] in role_token.conjuncts for k in range(role.end - role.start)):
                continue
            cc = role.start - 1  # "and honorary president", "and a member": words before the title skipped
            while cc > role_token.i + 2 and doc[cc].is_lower and doc[cc].pos_ in {"ADJ", "DET"}:
                cc -= 1
            if doc[cc].lower_ not in {"and", "&"}:
                continue
            between = doc[role_token.i + 1:cc]
            joined_to = index.of(doc[cc - 1])
            if joined_to is None or joined_to.label not in {"ORG", "GPE"} or between[0].lower_ not in ORG_PREPS \
                    or any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in between):
                continue
            holder = self._holder_by_words(doc, role.end, index)
            if holder is not None:
                out.append((role, holder))
        return out

    @staticmethod
    def _holder_by_words(doc: Doc, i: int, index: "_MentionIndex") -> Entity | None:
        """The organisation or country named in "of [the] [a few lower-case words] NAME" from token ``i``
        ("of messaging firm MBlox"), read from the words."""
        if i >= len(doc) or doc[i].lower_ not in ORG_PREPS:
            return None
        i += 1
        for _ in range(4):
            if i >= len(doc) or not (doc[i].is_lower and doc[i].is_alpha):
                break
            i += 1
        entity = index.starting_at(doc[i]) if i < len(doc) else None
        return entity if entity is not None and entity.label in {"ORG", "GPE"} else None

    def _named_after_comma(self, doc: Doc, roles: list[RoleMention], index: "_MentionIndex",
                           resolve: Resolver) -> list[Relation]:
        """"Sapporo's shortstop, Ryo Tanaka, left", "director of the Victims of Crime Trust, Norman Brennan, said": a
        title (and "of" an organisation), a comma and a person's name closed by a comma, read from the words where the
        parse makes the name no apposition of the title (a second subject, or a word of the organisation's)."""
        out = []
        for role in roles:
            comma = _past_its_organisation(doc, role.end, index)
            i = comma + 1
            role_token = doc[role.end - 1]
            if role.plural or i >= len(doc) or doc[comma].text != "," or role_token.dep_ == "appos":
                continue
            person = index.starting_at(doc[i])
            end = index.mention_of[i][1] if person is not None else i
            if person is None or person.label != "PERSON" or end >= len(doc) or doc[end].text != "," \
                    or doc[end - 1].dep_ == "appos":
                continue
            out += self._role_of(doc, role, role_token, [(person, doc[end - 1])], index, resolve,
                                 [role_token, doc[end - 1]], 0.8)
        return out

    def _titled_after_comma(self, doc: Doc, roles: list[RoleMention], index: "_MentionIndex",
                            resolve: Resolver) -> list[Relation]:
        """"Liam Fox, Tory shadow foreign secretary, said": a person's name, a comma and a title closed by a comma,
        the sentence's end or the verb it is the subject of (no closing comma), read from the words where the parse
        makes the title no apposition of the name (it may read "shadow" as a verb); between the comma and the title
        only lower-case words, the listed modifiers and the names of organisations, parties or places."""
        out = []
        for role in roles:
            role_token = doc[role.end - 1]
            by_verb = role_token.dep_ == "nsubj" and role_token.head.i == role.end  # "X, Plaid Cymru spokesman said"
            if role.plural or role_token.dep_ in {"appos", "attr"} or role.end >= len(doc) \
                    or not (doc[role.end].text in {",", ".", ";"} or by_verb):
                continue
            i = self.roles.with_modifiers(doc, role).start - 1
            while i > 1 and (doc[i].dep_ == "det" or doc[i].lower_ in self.roles.modifiers or (
                    index.of(doc[i]) is not None and index.of(doc[i]).label in {"ORG", "NORP", "GPE"})):
                i -= 1
            person = index.of(doc[i - 1]) if doc[i].text == "," else None
            if person is None or person.label != "PERSON" or index.mention_of[i - 1][1] != i \
                    or doc[i - 1].sent != role_token.sent:
                continue
            if by_verb and person_named_before(role_token, index.of) is not person:
                continue  # the name must open the sentence as the verb's: not "Unlike Nia Hale, the chairman said"
            out += self._role_of(doc, role, role_token, [(person, doc[i - 1])], index, resolve,
                                 [doc[i - 1], role_token], 0.8)
        return out

    def _listed_appositives(self, doc: Doc, roles: list[RoleMention], index: "_MentionIndex",
                            resolve: Resolver) -> list[Relation]:
        """"A and B, both researchers at Z": a plural title after a list of people, read from the words (the
        parse seldom makes it an apposition of the list)."""
        spans = index.spans()
        ends = {span[1]: k for k, (span, entity) in enumerate(spans) if entity.label == "PERSON"}
        out = []
        for role in roles:
            first = role.start - 1 if role.start > 0 and doc[role.start - 1].lower_ in {"both", "all"} else role.start
            if not role.plural or first < 1 or doc[first - 1].text != "," or first - 1 not in ends:
                continue
            k = ends[first - 1]
            people = [(index.of(doc[s]), doc[s]) for s, _ in [spans[k][0], *_listed_before(doc, spans, k)]]
            role_token = doc[role.end - 1]
            out += self._role_of(doc, role, role_token, people, index, resolve, [doc[first], role_token], 0.8)
        return out

    def _copula_before(self, doc: Doc, role: RoleMention) -> Token | None:
        """The copula written right before a title (and its article), read from the words where the parse makes the
        title no attribute of it: "Ms Tan is managing director", where "managing" is read as the verb."""
        i = self.roles.with_modifiers(doc, role).start - 1
        while i >= 0 and doc[i].dep_ == "det":
            i -= 1
        if i < 0 or doc[i].lemma_ not in COPULAS or doc[i].pos_ not in {"AUX", "VERB"}:
            return None
        return doc[i].head if doc[i].dep_ == "aux" else doc[i]

    def _judged(self, role_token: Token, role: RoleMention) -> bool:
        """"Ruud is the best striker in Europe", "a better manager", "France's second best-paid actor": a ranking
        or an opinion of someone, not their title."""
        return any(t.tag_ in {"JJS", "JJR"} or t.ent_type_ == "ORDINAL"
                   for c in role_token.lefts if c.i < role.start and c.dep_ in {"amod", "compound", "nummod"}
                   for t in c.subtree)

    def _role_of(self, doc: Doc, role: RoleMention, role_token: Token, people: list[tuple[Entity, Token]],
                 index: "_MentionIndex", resolve: Resolver, evidence: list[Token], confidence: float, *,
                 named_only: bool = False, holder: Entity | None = None, guess: bool = True) -> list[Relation]:
        """has_role (member_of for "member") of each person for a title named beside them, its holder read from
        the title's phrase (or ``holder``, given by the clause), else inferred for a scoped title (lower
        confidence, unless not ``guess``); with ``named_only``, nothing when there is no holder."""
        if index.of(role_token) is not None:  # "also known as Jason King": a word of a name, no title
            return []
        owner = _first(index.of(c) for c in role_token.children if c.dep_ == "poss")
        people = [(person, token) for person, token in people if person is not owner]  # "Mr Mann's former deputy"
        if not people:  # is never Mr Mann himself, however the parse hangs the description
            return []
        member = role.role in self.roles.member_titles
        guess = guess and role.role != "member"  # "she is a very good team member": of which body, no guess tells
        role = self.roles.with_modifiers(doc, role)
        words = [role_token, *(t for t in doc[role.start:role.end] if t != role_token)]  # "vice - president"
        complement = _first(c for c in map(self.roles.complement, words) if c) or ""
        name = role.role + ("" if role.role.endswith(complement) else complement)  # ("chancellor of the exchequer"
        # holds its own "of the exchequer")
        country = self.roles.held_by_nationality(role)
        org = holder or _first(self._org_of_role(t, role, index, resolve, country) for t in words) or \
            self._org_before(doc, role, index)[0] or (
                self._holder_of_owner(doc, role_token, index, resolve, "ORG") if member or role.scope == "organisation"
                else self._holder_of_owner(doc, role_token, index, resolve, "GPE") if country
                else None)  # "his players", "his deputy" are the club's; "his lawyer", "his agent" are his own;
        # "President X and his fisheries minister, Y": the president's country's
        if holder is None and org is not None and org.label == "GPE" and is_country(org.name) \
                and self.roles.of_a_nationality(role):
            org = None  # "Tom Reed, a US researcher": where he is from (a nationality), no country's researcher
        tokens = evidence + [doc[role.start]] + (
            [t for t in role_token.subtree if not (t.is_punct or t.is_space)] if org else [])
        owned = _owned_by_someone([role_token], index)
        if org is None and not owned and guess and self._may_guess_holder(doc, role, index):
            # "his spokesman" whose owner holds nothing the article names: no guess from the paragraph
            org = self._guessed_holder(doc, role, people[0][1], index)
            org = None if _in_list(doc, index, org, min(role.start, people[0][1].i), people[-1][1]) else org
            confidence = INFERRED if org is not None else confidence
        if (org is None and named_only) or (member and (org is None or org.label != "ORG")):
            return []  # "his players" of no club the article names; "a member of Britain's Jewish community"
        if org is not None and all(index.of(t) is not org for t in tokens):
            # a holder read through "the newspaper's" or guessed: its name in the sentence joins the evidence
            tokens.append(index.nearest_in_sentence(org, people[0][1]))
        tokens = [t for t in tokens if t is not None and not t.is_punct]
        if member:  # "a member of the Taliban", "his players, particularly X"; "an Austrian Green member of the
            # European Parliament": the party before the title and the body after it
            body = _first(index.of(o) for c in role_token.children if c.dep_ == "prep" and c.lower_ == "of"
                          for o in c.children if o.dep_ == "pobj")
            bodies = [org] + ([body] if body is not None and body is not org and body.label == "ORG" else [])
            return [Relation("member_of", person, holder, *index.evidence(tokens + [person_token]),
                             confidence=confidence) for holder in bodies for person, person_token in people]
        return [Relation("has_role", person, org, *index.evidence(tokens + [person_token]), role=name,
                         confidence=confidence) for person, person_token in people]

    @staticmethod
    def _holder_of_owner(doc: Doc, role_token: Token, index: "_MentionIndex", resolve: Resolver,
                         label: str) -> Entity | None:
        """"his players", "Ferguson's striker": the organisation (``label`` ORG) where the owner holds a title in the
        article; "his fisheries minister": the country (GPE)."""
        owner_token = _first(c for c in role_token.children if c.dep_ == "poss")
        if owner_token is None:
            return None
        owner = index.of(owner_token) or resolve(owner_token) or (
            index.nearest_before(owner_token, "PERSON") if owner_token.lower_ in {"his", "her"} else None)
        return index.held.get((owner.name, label)) if owner is not None and owner.label == "PERSON" else None

    def _org_of_role(self, role_token: Token, role: RoleMention, index: "_MentionIndex",
                     resolve: Resolver, country: bool = True) -> Entity | None:
        before = self._holder_before(role_token, role, index, resolve, country)
        if before is not None and before.label == "ORG":  # "Red Cross disaster chairman for Calcasieu parishes"
            return before
        to = role.role.split()[-1] in self.roles.to_titles  # "chief economic adviser to the Treasury"
        doc = role_token.doc
        after = [doc[role.end]] if role.end < len(doc) and doc[role.end].dep_ == "prep" \
            and doc[role.end].head.i != role_token.i else []  # "X, executive vice-president of RJ Reynolds": "of"
        # parsed as the person's, right after the title
        for child in [*role_token.children, *after]:  # then the phrase after it: "UK managing director of Vodafone"
            if child.dep_ == "prep" and role.role.split()[-1] in self.roles.personal_titles and any(
                    c.dep_ == "conj" and c.i < child.i for c in role_token.children):
                continue  # "a barrister and chairman of the League", the phrase hung on the first: the chairman's,
                # a profession being no one's employment
            if child.dep_ == "prep" and (child.lower_ in ORG_PREPS or (to and child.lower_ == "to")):
                if _to_a_titled_person(child):
                    return before  # "a former aide to the ex-Labour leader": a person's aide, not their party's
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        # "head of strategy for Latin American markets for X"; "a spokeswoman for the North
                        # Carolina-based bank" is the bank's (the article's bank), not the state's; "an activist
                        # for causes who was endorsed by a Norvex aide" is no one's at Norvex
                        entity = index.of(pobj) or _first(
                            e for t in pobj.subtree if not _placed(t, pobj) and _in_noun_phrase(t, pobj)
                            for e in [index.of(t)] if e is not None and e.label == "ORG") or (
                            resolve(pobj) if pobj.pos_ == "NOUN" else None)
                        if entity and (entity.label in {"ORG", "GPE"} or entity.label == "FAC" and child.lower_ == "at"
                                       or entity.label == "LOC" and role.role.split()[-1] in self.roles.place_titles):
                            return entity  # "a nurse at Leeds General Infirmary": a hospital, a school employs;
                            # "an MEP for the East Midlands": a seat read as a region
        return before

    def _holder_before(self, role_token: Token, role: RoleMention, index: "_MentionIndex", resolve: Resolver,
                       country: bool) -> Entity | None:
        """"Ecuador's president", "its secretary general", "the club's manager": the holder before the title; also
        through a lower-case noun between them ("England sevens coach", "BBC business editor")."""
        for child in role_token.children:
            if child.dep_ == "compound" and child.i == role.start < role_token.i and child.pos_ == "NOUN" \
                    and child.i > 0 and role_token.doc[child.i - 1].lower_ == "the":
                named = resolve(child)  # "the committee chairman": the committee's, a noun the title keeps,
                if named is not None and named.label == "ORG" and child.lower_ in named.name.lower().split():
                    return named  # the noun in its name ("Public Accounts Committee"; not "the board chairman")
            if child.dep_ in {"poss", "compound", "nmod", "amod"} and child.i < role.start:
                named = index.of(child) or (resolve.possessor(child, role_token) if child.lower_ in ORG_POSSESSIVES
                                            else resolve(child) if child.pos_ in {"PRON", "NOUN"} else None)
                if named is None and child.is_lower and child.pos_ == "NOUN":
                    named = _first(index.of(c) for c in child.children if c.dep_ in {"compound", "poss", "nmod"}
                                   and c.i < child.i and index.of(c) is not None)
                holder = self._holder(named, index, country)
                if holder is not None:
                    return holder
        return None

    def _infer_holder(self, doc: Doc, person_token: Token, index: "_MentionIndex", scope: str) -> Entity | None:
        """The country (or organisation) a title belongs to when the text does not say it.

        The nearest one in the person's sentence, unless the person is acting on it
        ("X visited Ecuador"); else the nearest one elsewhere in the paragraph; else
        the nearest earlier one up to ``country_window`` paragraphs back.
        """
        sentence = person_token.sent
        paragraph = index.paragraph_of(person_token.idx)
        p_start = index.paragraph_start(paragraph)
        p_end = index.paragraph_start(paragraph + 1) if paragraph + 1 < len(index.paragraph_starts) else index.length
        candidates, acted_on, acted_on_here = [], set(), set()
        for token, entity in index.holders(sentence.start, sentence.end, scope):
            located = scope == "town" and token.head.lower_ == "in"  # "In Bristol, Mayor X said": where they are
            if not located and (_acts_on(person_token, token) or _came_from(person_token, token)):
                acted_on_here.add(token.i)
                verb = verb_above(token)
                if verb is not None and verb.lemma_.lower() in self.travel_verbs:
                    acted_on.add(id(entity))  # "Foreign Secretary X arrives in Indonesia": not Indonesia's, wherever
                    # else the paragraph names it (in the sentence, only where acted on: "Captain X is central to
                    # Liverpool" says nothing against "Liverpool" elsewhere)
        for token, entity in index.holders(0, len(doc), scope):
            if not p_start <= token.idx < p_end:
                continue
            same_sentence = sentence.start <= token.i < sentence.end
            if (token.i in acted_on_here if same_sentence else id(entity) in acted_on) \
                    or self._not_holding(index.text, token, person_token, p_start, scope):
                continue
            if scope == "town" and not same_sentence:
                continue  # a town's title: only a town its sentence names
            # Same sentence first, then what the paragraph was already about, then what follows.
            # In the sentence, an organisation the article keeps naming before one named in passing.
            weight = -len(entity.mentions) if same_sentence and scope == "organisation" else 0
            candidates.append(_HolderCandidate(not same_sentence, weight, token.i > person_token.i,
                                               abs(token.i - person_token.i), entity, token))
        nearest = min(candidates, key=_HolderCandidate.rank) if candidates else None
        if scope == "country" and nearest is not None and not nearest.elsewhere and any(
                c.entity is not nearest.entity and not c.elsewhere and _listed_together(c.token, nearest.token)
                for c in candidates):
            return None  # "The wars in Iraq and Afghanistan ... inherited by President Bush": countries listed
            # together in the sentence, no telling whose the title is
        if candidates and all(c.elsewhere for c in candidates) and len({id(c.entity) for c in candidates}) > 1:
            # several countries (or organisations) around the sentence, none in it: no telling whose, unless one
            # organisation is what the article is about (named at least three times, twice as often as any other)
            return _dominant({id(c.entity): c.entity for c in candidates}.values()) if scope == "organisation" else None
        if candidates:
            return nearest.entity
        if scope == "town":
            return None
        first_char = index.paragraph_start(max(0, paragraph - self.country_window))
        earlier = [e for t, e in index.holders(0, sentence.start, scope)
                   if t.idx >= first_char and id(e) not in acted_on and not self._not_holding(
                       index.text, t, person_token, index.paragraph_start(index.paragraph_of(t.idx)), scope)]
        if scope == "country" and len({id(e) for e in earlier}) > 1:
            return None
        return earlier[-1] if earlier else None

    @staticmethod
    def _not_holding(text: str, token: Token, person_token: Token, p_start: int, scope: str) -> bool:
        """Names that never hold a guessed title: one inside a quotation (what the speaker talks about), a
        country set against another ("the embargo against Cuba"), an outlet spoken to ("he told BBC Sport"), a
        place that only says where an organisation is based or whose money is meant ("the US-based MIT",
        "US$13 million")."""
        return (quoted_at(text, p_start, token.idx) and not quoted_at(text, p_start, person_token.idx)) or (
            scope == "country" and (_opposed(token) or _seat_or_currency_prefix(token))) or spoken_to(token)

    def _appointments(self, doc: Doc, index: "_MentionIndex") -> list[Relation]:
        """"Tinubu named Amina Yusuf as finance minister" -> has_role(Amina Yusuf, finance minister)."""
        out = []
        for verb in doc:
            if verb.lemma_.lower() not in self.appoint_verbs or verb.pos_ != "VERB":
                continue
            complement = _as_object(verb)
            named, named_token, prep = _named_holder(complement, index) if complement is not None else (None,) * 3
            owner = _first(c for c in complement.children if c.dep_ == "poss") if complement is not None else None
            if named is None and owner is not None:  # "as its new chief executive": the appointing organisation's
                subject = _subject_of(verb) if owner.pos_ == "PRON" else owner
                entity = index.of(subject) if subject is not None else None
                if entity is not None and entity.label in {"ORG", "GPE"}:
                    named, named_token = entity, subject
            compound = _first(c for c in complement.children if c.dep_ == "compound" and index.of(c) is not None
                              and index.of(c).label in {"ORG", "GPE"}) if complement is not None else None
            if named is None and compound is not None:  # "appointed as the new Bolton manager"
                named, named_token = index.of(compound), compound
            if named is None and complement is not None:  # "Acme Foods hired Jane Doe as finance chief": Acme's
                subject = _subject_of(verb)
                entity = index.of(subject) if subject is not None else None
                if entity is not None and entity.label == "ORG":
                    named, named_token = entity, subject
            excluded = (set(prep.subtree) if prep is not None else set()) | (
                set(compound.subtree) if compound is not None else set()) | (
                set(owner.subtree) if owner is not None else set()) | {
                t for t in (complement.children if complement is not None else ())
                if t.dep_ == "amod" and t.lower_ in self.roles.descriptive}
            role_text = _as_complement(verb, exclude=excluded)
            people = [(e, t) for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
                      for e, t in _entities_of(c, index) if e.label == "PERSON"]
            if not role_text or not people:
                continue
            role = self.roles.canonical(role_text) or role_text.lower()
            scope = self.roles.scope_of(role)
            for person, token in people:
                holder, holder_token, confidence = named, named_token, 0.8  # "as chief executive of Orvana"
                if holder is None:
                    holder = self._infer_holder(doc, token, index, scope) if scope else None
                    holder_token = index.nearest_in_sentence(holder, token)
                    confidence = 0.7 if holder is None else INFERRED
                start, end = index.evidence([verb, token] + ([holder_token] if holder_token is not None else []))
                out.append(Relation("has_role", person, holder, start, max(end, _as_end(verb)), role=role,
                                    confidence=confidence, event_index=verb.i))
        return out

    def _as_roles(self, doc: Doc, roles: list[RoleMention], index: "_MentionIndex",
                  resolve: Resolver) -> list[Relation]:
        """A person taking a title themselves: "X joined as Leeds United's coach", "X served as chief executive",
        "X will take on the role of non-executive chairman" (appointments of someone else are ``_appointments``)."""
        role_at = {i: r for r in roles for i in range(r.start, r.end)}
        out = []
        for verb in doc:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in self.appoint_verbs:
                out += self._appointed_titles(doc, verb, role_at, index, resolve)
                continue
            if verb.pos_ != "VERB":
                continue
            obj = _first(c for c in verb.children if c.dep_ == "dobj")
            title, holder = _as_object(verb), None
            if obj is not None and obj.lemma_.lower() in self.role_nouns:  # "take on the role of chairman"
                title = _first(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                               for p in c.children if p.dep_ == "pobj")
            elif obj is not None and obj.lemma_.lower() in self.career_nouns:
                pass  # "began her career as a production assistant": the career holds no title
            elif obj is not None and not (verb.lemma_.lower() in self.succession_verbs and index.of(obj) is not None
                                          and index.of(obj).label == "PERSON"):
                # "joined the club as manager": the organisation joined holds the title ("succeeded Kerem Yildiz as
                # Lale's chief executive": the subject takes the title of the person succeeded, whose phrase says where)
                holder = index.of(obj) or resolve(obj)
                if holder is None or holder.label != "ORG":
                    continue
            if title is None or title.i not in role_at:
                continue
            subject = _subject_of(verb)
            person = _named_or_pronoun(subject, index, resolve)
            if person is not None and person.label == "PERSON":
                found = self._role_of(doc, role_at[title.i], title, [(person, subject)], index, resolve,
                                      [subject, verb, title, *([obj] if holder else [])], 0.75, holder=holder)
                if verb.lemma_.lower() in self.leaving_verbs and not self._unrealised(verb):
                    # "Callaghan resigned as Labour leader" (one who "would quit as leader" still holds the title)
                    for relation in found:
                        relation.role = f"former {relation.role}" if relation.role else relation.role
                out += found
        return out

    def _positions_at(self, doc: Doc, roles: list[RoleMention], index: "_MentionIndex",
                      resolve: Resolver) -> list[Relation]:
        """A sport's position after a bare "at" is its player's: "Stevens had an awesome game at tighthead prop",
        "Laporte will start Michalak at fly-half", "Paul, who started at fly-half": the person named right before
        "at", else the subject of its clause (a "who" or a pronoun resolved); the team only when "for" one follows
        ("named at hooker for Saracens"). Not "at the centre of", which is no position."""
        out = []
        for role in roles:
            role = self.roles.with_modifiers(doc, role)
            title = doc[role.end - 1]
            if role.plural or role.start == 0 or doc[role.start - 1].lower_ != "at" \
                    or role.role.split()[-1] not in self.roles.player_titles or index.of(title) is not None:
                continue
            at = doc[role.start - 1]
            person_token = doc[at.i - 1] if at.i > 0 and index.of(doc[at.i - 1]) is not None else None
            if person_token is None:
                verb = verb_above(at)
                while verb is not None and verb.dep_ == "xcomp" and not any(
                        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
                    verb = verb.head  # "is expected to continue at centre": the subject of "is expected"
                person_token = None if verb is None else _first(
                    c for c in verb.children if c.dep_ == "nsubjpass") or _subject_of(verb)  # "is named at hooker"
                if person_token is not None and person_token.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    person_token = verb.head  # "Henry Paul, who started at fly-half"
            if person_token is None or person_token.sent != at.sent:
                continue
            person = index.of(person_token) or (resolve(person_token) if person_token.pos_ == "PRON" else None)
            if person is None or person.label != "PERSON":
                continue
            team = self._holder_by_words(doc, role.end, index) if role.end < len(doc) \
                and doc[role.end].lower_ == "for" else None
            out += self._role_of(doc, role, title, [(person, person_token)], index, resolve, [person_token, at, title],
                                 0.75, holder=team, guess=False)
        return out

    def _appointed_titles(self, doc: Doc, verb: Token, role_at: dict[int, RoleMention], index: "_MentionIndex",
                          resolve: Resolver) -> list[Relation]:
        """"X was appointed chief executive of Barclays", "X has been named Barclays' new chairman": the title as
        the verb's predicative complement, the person its passive subject (or, in a headline's passive without its
        auxiliary, the title the object and the person the subject: "Collins named UK Athletics chief")."""
        title = _first(c for c in verb.children if c.dep_ in {"oprd", "attr"} and c.i in role_at)
        subject = _first(c for c in verb.children if c.dep_ == "nsubjpass")
        if subject is None and verb.tag_ in {"VBD", "VBN"}:
            # "Collins named UK Athletics chief", a headline's passive without its auxiliary: the title read as the
            # object or complement, the person named as the subject or the noun the verb hangs on, no one named
            # between (not "Acme appointed Tom Reed chairman")
            title = _first(c for c in verb.children if c.dep_ in {"dobj", "oprd", "attr"} and c.i in role_at)
            if title is not None and any(index.of(t) is not None and index.of(t).label == "PERSON"
                                         for t in doc[verb.i + 1:title.i]):
                title = None
            subject = None if title is None else _first(c for c in verb.children if c.dep_ == "nsubj") or (
                verb.head if verb.dep_ == "acl" and verb.tag_ == "VBN" else None)
        if title is None or subject is None or self._judged(title, role_at[title.i]):
            return []  # "X was named the best striker in the league": an award, no title
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head  # "Tom Reed, who was appointed chief executive"
        person = index.of(subject) or (resolve(subject) if subject.pos_ == "PRON" else None)
        if person is None or person.label != "PERSON":
            return []
        found = self._role_of(doc, role_at[title.i], title, [(person, subject)], index, resolve,
                              [subject, verb, title], 0.8)
        for relation in found:
            relation.event_index = verb.i
        return found

    def _role_verbs(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        """"X, who heads the Environment Agency", "Bill Gates founded Microsoft", "X captains Wales": has_role with
        the title of the verb (role_verbs), the organisation or country as the verb's object, or as its owner ("who
        heads F-Secure's anti-virus team"); passive, the noun a participle describes ("the council, led by X")."""
        out = []
        for verb in doc:
            role = self.role_verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
            if role is None or any(c.dep_ == "neg" for c in verb.children):
                continue  # (not "Mourinho never coached Barcelona")
            obj = _first(c for c in verb.children if c.dep_ == "dobj")
            passive = _first(c for c in verb.children if c.dep_ == "nsubjpass") if obj is None else None
            agent = _first(c for c in verb.children if c.dep_ == "agent")
            if obj is None and passive is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
                passive = verb.head  # "The Harbour Trust, led by Ann Dale, agreed": the noun the participle describes
            if obj is None and (passive is None or agent is None):
                continue
            obj = obj if obj is not None else passive
            if obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                obj = verb.head  # "Roc-A-Fella, which he founded", "Def Jam, which was founded by ..."
            if passive is not None:  # "Def Jam was founded in 1984 by Russell Simmons and producer Rick Rubin"
                subjects = [p for c in agent.children if c.dep_ == "pobj" for p in (c, *c.conjuncts)]
            else:
                subject = verb.head if verb.dep_ == "relcl" and _first(
                    c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS) else _subject_of(verb)
                subjects = [subject] if subject is not None else []
            # "which he founded with Damon Dash": who did it with them holds the title too
            subjects += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
                         for c in prep.children if c.dep_ == "pobj" for p in (c, *c.conjuncts)]
            holder = index.of(obj) or _first(index.of(c) for c in obj.children if c.dep_ == "compound") or (
                _first(index.of(c) for c in obj.children if c.dep_ == "poss") if obj.is_lower else None)  # "who
            # heads F-Secure's anti-virus team": the organisation whose unit the person heads
            for subject in subjects:
                person = index.of(subject) or (resolve(subject) if subject.pos_ == "PRON" else None)
                if person is not None and person.label == "PERSON" and holder is not None \
                        and holder.label in {"ORG", "GPE"}:
                    out.append(Relation("has_role", person, holder, *index.evidence([subject, verb, obj]), role=role,
                                        confidence=0.75, event_index=verb.i))
        return out

    def _seats_and_homes(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        """"The company, which has headquarters in Rotterdam and London", "Acme's headquarters in Leeds", "Vodafone,
        which has its head office in Newbury" (based_in, each place of the list; relation_verbs.json seat_nouns);
        "his Buckinghamshire home", "Lee's London flat", "her home in Leeds", "his hometown of Grants", "Jane Doe, a
        teacher from Leeds" (lives_in); "at NRC headquarters in Rockville" (based_in)."""
        out = []
        for noun in doc:
            lemma = noun.lemma_.lower()
            if lemma in self.seat_heads and noun.i > 0 and noun.doc[noun.i - 1].head == noun \
                    and f"{noun.doc[noun.i - 1].lower_} {lemma}" in self.seat_nouns:
                lemma = f"{noun.doc[noun.i - 1].lower_} {lemma}"  # "its head office in Newbury": a seat's two words
            person = index.of(noun.head) if noun.dep_ == "appos" and noun.pos_ == "NOUN" else None
            if person is not None and person.label == "PERSON":  # "Jane Doe, a teacher from Leeds", "a Leeds resident"
                residents = [c for c in noun.children if c.dep_ in {"compound", "nmod"}] \
                    if lemma in word_list("org_nouns.json", "resident_nouns") else []
                # "a teacher from Leeds"; "a resident of Leeds", "a native of Cork" (resident_of_nouns)
                # and the place of a relative clause on such a noun ("a 28-year resident who remained on X")
                resident = lemma in word_list("org_nouns.json", "resident_of_nouns")
                preps = {noun: {"from", "of", "in"} if resident else {"from"}}
                if resident:
                    preps.update({c: {"from", "of", "in", "on"} for c in noun.children if c.dep_ == "relcl"})
                for place_token in residents + [p for head, words in preps.items() for c in head.children
                                                if c.dep_ == "prep" and c.lower_ in words
                                                for p in c.children if p.dep_ == "pobj"]:
                    place = index.of(place_token)
                    if place is not None and place.label in {"GPE", "LOC"}:
                        out.append(Relation("lives_in", person, place,
                                            *index.evidence([noun.head, noun, place_token]), confidence=0.6))
            if noun.pos_ != "NOUN" or lemma not in self.seat_nouns | self.home_nouns:
                continue
            owner_token = _first(c for c in noun.children if c.dep_ == "poss")
            if owner_token is None and lemma in self.seat_nouns:  # "at NRC headquarters in Rockville"
                owner_token = _first(c for c in noun.children if c.dep_ == "compound" and index.of(c) is not None
                                     and index.of(c).label == "ORG")
            if owner_token is None and noun.dep_ == "dobj" and noun.head.lemma_ == "have":
                owner_token = _subject_of(noun.head)
                if owner_token is not None and owner_token.lower_ in RELATIVE_PRONOUNS and noun.head.dep_ == "relcl":
                    owner_token = noun.head.head  # "The company, which has had headquarters in ..."
            if owner_token is None:
                continue
            owner = index.of(owner_token) or self._clause_subject_person(owner_token, noun, index) \
                or resolve(owner_token) or (
                index.nearest_before(owner_token, "PERSON") if owner_token.lower_ in {"his", "her"} else None) or (
                _sentence_subject_person(owner_token, index) if owner_token.lower_ == "their" else None)
            if lemma in self.seat_nouns:
                # "in" right after the noun, wherever the parse hangs it ("at NRC headquarters in nearby Rockville")
                ins = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"] + (
                    [doc[noun.i + 1]] if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "in" else [])
                places = list(dict.fromkeys(p for c in ins for pobj in c.children if pobj.dep_ == "pobj"
                                            for p in [pobj, *pobj.conjuncts]))
                predicate, labels = "based_in", {"ORG"}
            else:  # "his Buckinghamshire home", "her home in Leeds", "his hometown of Grants"
                places = [c for c in noun.children if c.dep_ in {"compound", "nmod", "amod"}] + [
                    p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}
                    for p in c.children if p.dep_ == "pobj"]
                # "her home in the Louisville suburb of Okolona": the places a place noun names
                places += [q for p in places if index.of(p) is None and p.lemma_ in word_list("org_nouns.json", "place_nouns") | {"suburb"}
                           for q in [*(c for c in p.children if c.dep_ in {"compound", "nmod"}),
                                     *(o for c in p.children if c.dep_ == "prep" and c.lower_ == "of"
                                       for o in c.children if o.dep_ == "pobj")]]
                predicate, labels = "lives_in", {"PERSON"}
            if owner is None or owner.label not in labels:
                continue
            named = [owner_token] + ([index.nearest_in_sentence(owner, owner_token)] if owner_token.pos_ == "PRON"
                                     else [])  # "her home in Okolona": the owner's name in the evidence
            for place_token in places:
                place = index.of(place_token)  # a region read as an organisation is still a place
                if place is not None and (place.label in {"GPE", "LOC"} or is_region(place.name)):
                    tokens = [t for t in named if t is not None] + [noun, place_token]
                    out.append(Relation(predicate, owner, place, *index.evidence(tokens), confidence=0.7))
        return out

    @staticmethod
    def _clause_subject_person(owner: Token, noun: Token, index: "_MentionIndex") -> Entity | None:
        """"Dan Reed, whose nomination was for Luis Bunuel's film, died at his home in Malibu": "his" is the person
        whose clause it is, its subject, not the nearest person named."""
        if owner.lower_ not in {"his", "her"}:
            return None
        verb = governing_verb(noun)
        subject = _subject_of(verb) if verb is not None else None
        person = index.of(subject) if subject is not None else None
        sex = "m" if owner.lower_ == "his" else "f"
        if person is None or person.label != "PERSON" or first_name_sex(person) not in {None, sex}:
            return None  # "Ann Lowe visited his home": another one
        return person

    def _agent_nouns(self, doc: Doc, index: "_MentionIndex") -> list[Relation]:
        """"James Earl Ray, the assassin of Martin Luther King", "Lennon's killer, Mark Chapman", "King assassin
        James Earl Ray": killed(agent, victim), the agent named beside the noun, the victim as its object."""
        out = []
        for noun in doc:
            predicate = self.agent_nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
            if predicate is None:
                continue
            victims = [c for c in noun.children if c.dep_ in {"poss", "compound"}] + [
                p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            agents = [c for c in noun.children if c.dep_ == "appos"] + (
                [noun.head] if noun.dep_ in {"appos", "compound"} else [])
            for victim_token in victims:
                victim_token = _first(t for t in victim_token.subtree if index.of(t) is not None) or victim_token
                victim = index.of(victim_token)
                for agent_token in agents:
                    agent = index.of(agent_token)
                    if victim and agent and victim.label == agent.label == "PERSON" and victim is not agent:
                        out.append(Relation(predicate, agent, victim, *index.evidence([victim_token, noun, agent_token]),
                                            confidence=0.7))
        return out

    def _event_nouns(self, doc: Doc, index: "_MentionIndex") -> list[Relation]:
        """"the assassination of Ken Ray by Tom Hale", "Hale's murder of Ray", "Ray's murder by Hale": killed(agent,
        victim), the victim in the "of" phrase (else the owner), the agent in the "by" phrase (else the owner)."""
        out = []
        for noun in doc:
            predicate = self.event_nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
            if predicate is None:
                continue
            phrase = {c.lower_: _first(p for p in c.children if p.dep_ == "pobj") for c in noun.children
                      if c.dep_ == "prep" and c.lower_ in {"of", "by"}}
            owner = _first(c for c in noun.children if c.dep_ == "poss")
            victim_token, agent_token = phrase.get("of"), phrase.get("by")
            victim_token, agent_token = victim_token or (owner if agent_token else None), agent_token or (
                owner if victim_token else None)
            victim, agent = index.of(victim_token), index.of(agent_token)
            if victim and agent and victim.label == agent.label == "PERSON" and victim is not agent:
                out.append(Relation(predicate, agent, victim, *index.evidence([noun, victim_token, agent_token]),
                                    confidence=0.7))
        return out

    def _takeovers(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        """"Tidemark Marine has completed its C$410 million takeover of Fundy Crossings": a takeover (or acquisition,
        purchase) of an organisation that its buyer completed is acquired(buyer, organisation); the buyer is the
        noun's owner ("its", "Tidemark's") or the completing verb's subject. Not one announced, planned or denied."""
        out = []
        for noun in doc:
            verb = noun.head
            lemma = noun.lemma_.lower()
            contest = lemma in self.contest_nouns and any(  # "won a takeover battle for MCI"
                c.dep_ == "compound" and c.lemma_.lower() in self.acquisition_nouns for c in noun.children)
            dated = lemma in self.acquisition_nouns and any(  # "its 2001 acquisition of Liffe": done that year
                c.dep_ in {"nummod", "compound", "amod"} and c.like_num and len(c.text) == 4 for c in noun.children)
            if noun.pos_ != "NOUN" or not (lemma in self.acquisition_nouns or contest) or (not dated and (
                    noun.dep_ != "dobj" or verb.lemma_.lower() not in self.completion_verbs or self._unrealised(verb))):
                continue
            target_token = _first(p for c in [*noun.children, *(verb.children if contest else ())]
                                  if c.dep_ == "prep" and c.lower_ in ({"of", "for"} if contest else {"of"})
                                  for p in c.children if p.dep_ == "pobj")
            owner = _first(c for c in noun.children if c.dep_ == "poss")
            subject = _subject_of(verb)
            buyer = (resolve.possessor(owner, noun) if owner is not None and owner.lower_ in ORG_POSSESSIVES
                     else index.of(owner)) or index.of(subject)
            target = index.of(target_token)
            if target is None and target_token is not None and target_token.pos_ == "NOUN" \
                    and target_token.i + 1 < len(doc):  # "for US phone firm MCI": the name right after the noun
                target_token = doc[target_token.i + 1]
                target = index.of(target_token)
            if buyer is not None and target is not None and buyer.label == target.label == "ORG" and buyer is not target:
                out.append(Relation("acquired", buyer, target, *index.evidence(
                    [t for t in (subject, verb, noun, target_token) if t is not None]), confidence=0.7,
                    event_index=verb.i))
        return out

    def _moves(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        """"Arce left Costa Sur for Ribera", "Lim left Bagong Liwanag for the governing Pederal Alliance": a person
        leaving one organisation for another is now with the second: member_of in an article about sport or between
        parties (``_is_party``), else works_for; nothing for the organisation left, nor for a move not done."""
        out = []
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"leave", "quit"} or self._unrealised(verb):
                continue
            subject = _subject_of(verb)
            person = _named_or_pronoun(subject, index, resolve)
            left_token = _first(c for c in verb.children if c.dep_ == "dobj")
            left = index.of(left_token)
            to_token = _first(p for h in [verb, *([left_token] if left_token is not None else [])]  # or on the left
                              for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
                              for p in c.children if p.dep_ == "pobj")
            joined = index.of(to_token)
            if person is None or person.label != "PERSON" or left is None or left.label != "ORG" or joined is None \
                    or joined.label != "ORG" or joined is left:
                continue
            party = any(_is_party(e.name) for e in (left, joined))
            predicate = "member_of" if party or about_sport(doc, self.team_words) else "works_for"
            out.append(Relation(predicate, person, joined, *index.evidence([subject, verb, to_token]), confidence=0.7,
                                event_index=verb.i))
        return out

    def _time_spent_at(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        """"Dr Carpenter spent 20 years at Cern", "Hale spent five seasons with Leeds United": a person who spent a
        length of time (its object a span of time: relation_verbs.json "time_spent_nouns") at or with an
        organisation worked there (member_of in an article about sport or for a party), a career the sentence
        states; not money or a night spent somewhere ("spent £50 at Tesco", "spent the night at the Ritz")."""
        out = []
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() != "spend" or self._unrealised(verb):
                continue
            spent = _first(c for c in verb.children if c.dep_ in {"dobj", "npadvmod"})
            if spent is None or spent.lemma_.lower() not in self.time_spent_nouns:
                continue
            at_token = _first(p for h in (verb, spent) for c in h.children if c.dep_ == "prep"
                              and c.lower_ in {"at", "with"} for p in c.children if p.dep_ == "pobj")
            organisation = index.of(at_token)
            subject = _subject_of(verb)
            person = _named_or_pronoun(subject, index, resolve)
            if person is None or person.label != "PERSON" or organisation is None or organisation.label != "ORG":
                continue
            predicate = "member_of" if _is_party(organisation.name) or about_sport(doc, self.team_words) \
                else "works_for"
            out.append(Relation(predicate, person, organisation, *index.evidence([subject, verb, at_token]),
                                confidence=0.7, event_index=verb.i))
        return out

    def _stays(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        """"The presenter is in London to speak at a dinner", "Ruiz is in Paris for talks", "Umaga, in England for
        Saturday's match, said": a person who is in a place for a purpose (a to-clause or a "for" phrase) is there on
        a visit; not one who only is there ("is in Leeds"), nor one who will be or is not."""
        out = []
        for prep in doc:
            place_token = _first(c for c in prep.children if c.dep_ == "pobj") if prep.lower_ == "in" else None
            place = index.of(place_token) if place_token is not None else None
            if place is None or place.label not in {"GPE", "LOC"}:
                continue
            for_phrase = any(c.dep_ == "prep" and c.lower_ == "for" for c in prep.children)
            head = prep.head
            if head.lemma_ == "be" and prep.dep_ == "prep" and not self._unrealised(head):
                subject = _subject_of(head)
                purpose = for_phrase or any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children) or any(
                    c.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in head.children)
            elif prep.i >= 2 and doc[prep.i - 1].text == "," and index.of(doc[prep.i - 2]) is not None:
                subject = doc[prep.i - 2]  # "Umaga, in England for Saturday's match,", the "for" on either
                purpose = for_phrase or any(c.dep_ == "prep" and c.lower_ == "for" and c.i > place_token.i
                                            for c in head.children)
            else:
                continue
            person = index.of(subject) if subject is not None else None
            if person is None and subject is not None and subject.pos_ in {"PRON", "NOUN"}:
                person = resolve(subject)  # "The British-born presenter is in London to speak"
            if purpose and person is not None and person.label == "PERSON":
                out.append(Relation("visited", person, place, *index.evidence([subject, prep, place_token]),
                                    confidence=0.6))
        return out

    def _trips(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        """"Mr Brown, on a week-long tour of Africa, spent two days in Tanzania", "Ferguson failed to return after a
        trip to East Kilbride", "Ms Rice returned from a tour of Asia", "Mr Straw made a visit to Kabul": a visit the
        sentence says was made (relation_verbs.json visit_nouns) is visited(visitor, place); the visitor, a person,
        is the one named as the noun's owner or else the subject of the clause its phrase hangs on (``_visitor``).
        Not a planned trip, one "ahead of" which something happens, nor one that will be."""
        out = []
        for noun in doc:
            preps = self.visit_nouns.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
            if not preps or any(c.dep_ in {"amod", "compound"} and c.lower_ in self.unmade_visit_words
                                for c in noun.children):
                continue
            place_token = _first(p for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                                 for p in c.children if p.dep_ == "pobj")
            place = index.of(place_token)
            if place is None or place.label not in self.object_labels["visited"] - {"ORG"}:
                continue
            if noun.dep_ == "pobj" and noun.head.lower_ in self.visit_preps:
                verb = verb_above(noun.head)
            elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.visit_verbs:
                verb = noun.head
            else:
                continue
            if verb is None or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or (
                    noun.dep_ == "dobj" and self._unrealised(verb)):
                continue
            owner = _first(c for c in noun.children if c.dep_ == "poss")
            named_owner = index.of(owner) if owner is not None and owner.pos_ == "PROPN" else None
            visitor = named_owner if named_owner is not None and named_owner.label == "PERSON" else \
                self._visitor(verb, owner, resolve)  # "Putin's visit to New Delhi"; "he ..., on his first visit"
            if visitor is not None and visitor is not place:
                out.append(Relation("visited", visitor, place, *index.evidence([noun, place_token]), confidence=0.6,
                                    event_index=noun.i))
        return out

    def _visitor(self, verb: Token, owner: Token | None, resolve: Resolver) -> Entity | None:
        """Who made a visit: the person the clause's subject names ("Ms Rice returned from a tour of Asia", "he
        opened a clinic during a visit to Lagos"), or, where the subject names no one, the person who owns it
        ("Brown's decision to announce the Budget while on a trip to China"); failing both, the person "his" or
        "her" before the visit stands for ("during his visit to Lagos, the clinic opened"). No one for a subject that
        is a bare title or a person noun ("the chancellor is on a tour of Africa", "the president met X, on his first
        visit", "On a visit to India, the actor said"): whose it is, this stage does not know yet."""
        subject = _subject_of(verb) or _first(c for c in verb.children if c.dep_ == "nsubjpass")
        if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in self.title_words:
            return None
        visitor = resolve(subject) if subject is not None else None
        if visitor is None and subject is not None and subject.pos_ == "NOUN":
            visitor = resolve(_first(c for c in subject.children if c.dep_ == "poss"))
        if visitor is None and owner is not None:
            visitor = resolve.person_owning(owner)
        return visitor if visitor is not None and visitor.label == "PERSON" else None

    def _stated_members(self, doc: Doc, index: "_MentionIndex") -> list[Relation]:
        """"Poland is a large EU member", "Greece is a founding member of Nato", "Turkey, a Nato member,": what is
        said to be (or set beside) a member of a named organisation is its member; not "is not a member", "wants to
        become a member" or "would be a member"."""
        out = []
        for noun in (doc[i] for i in positions(doc, MEMBER)):
            as_members = noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in {"VERB", "AUX"}
            if noun.lemma_.lower() != "member" or noun.pos_ != "NOUN" or (noun.tag_ != "NN" and not as_members):
                continue
            of_object = _first(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                               if p.dep_ == "pobj")
            org_token = _first(c for c in noun.children if c.dep_ in {"compound", "nmod"} and index.of(c) is not None) \
                or (_first(c for c in of_object.children if c.dep_ in {"compound", "nmod"} and index.of(c) is not None)
                    if of_object is not None and index.of(of_object) is None else of_object)
            organisation = index.of(org_token) if org_token is not None else None
            national = organisation is not None and organisation.label == "GPE" and org_token.dep_ == "compound" \
                and org_token.head.lemma_.lower() in self.national_nouns  # "a member of the England squad"
            if organisation is None or (organisation.label != "ORG" and not national):
                continue
            if noun.dep_ == "attr" and noun.head.lemma_ == "be" and not self._unrealised(noun.head) \
                    and not any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in noun.head.children):
                member_tokens = [_subject_of(noun.head)]
            elif noun.dep_ == "appos":
                member_tokens = [noun.head]
            elif as_members:  # "A and B will attend as members of the Four-Kings gaming clan": each subject
                subject = _subject_of(noun.head.head)
                member_tokens = [subject, *subject.conjuncts] if subject is not None else []
            else:
                continue
            for member_token in member_tokens:
                member = index.of(member_token) if member_token is not None else None
                if member is not None and member is not organisation and member.label in {"GPE", "ORG", "PERSON"}:
                    out.append(Relation("member_of", member, organisation, *index.evidence(
                        [member_token, noun, org_token] + ([org_token.head] if national else [])), confidence=0.7))
        return out

    def _clubs_in_brackets(self, doc: Doc, index: "_MentionIndex") -> list[Relation]:
        """A team sheet in an article about sport: "J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks)", a
        player's club in brackets right after the name (the entities stage reads a town there as the club), member_of
        it; a country in brackets is the player's nationality (see :meth:`_nationalities`)."""
        if "(" not in doc.text or not about_sport(doc, self.team_words):
            return []
        spans, out = index.spans(), []
        for ((person_start, end), person), ((start, club_end), club) in zip(spans, spans[1:]):
            if person.label == "PERSON" and club.label == "ORG" and start == end + 1 and doc[end].text == "(" \
                    and club_end < len(doc) and doc[club_end].text in {")", ","} \
                    and not listed_as_an_official(doc, person_start):
                out.append(Relation("member_of", person, club, *index.evidence([doc[end - 1], doc[club_end - 1]]),
                                    confidence=0.7))
        return out

    # -- verb relations ----------------------------------------------------------------------------------------
    def _unrealised(self, verb: Token) -> bool:
        """A deed the sentence does not say was done: negated ("did not visit", "never met"), under a modal ("will
        visit", "could meet"), in a condition or question ("had it taken over X", "did X meet Y") or under a verb of
        intent or refusal ("plans to visit", "refused to meet")."""
        subject = _first(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})
        if subject is not None and any(c.dep_ in {"aux", "auxpass"} and c.i < subject.i for c in verb.children):
            return True  # an auxiliary before the subject: a condition or a question ("had it taken over X", "did X buy Y")
        if _to_come(verb) or _arranged_ahead(verb):
            return True  # "when Italy come to Edinburgh", "if Acme buys Globex", "is meeting X on Thursday": a present
            # tense that tells what is to come
        if verb.dep_ == "ROOT" and subject is not None and any(c.dep_ == "aux" and c.tag_ == "TO" and c.i < verb.i
                                                               for c in verb.children):
            return True  # "Mutu to hold talks with Juventus", "Blair to visit Iraq": a headline's plan
        node = verb
        while True:
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in node.children):
                return True
            if node.dep_ == "acl" and node.head.lemma_.lower() in self.unrealised_nouns:
                return True  # "its plan to buy the LSE", "Xstrata's attempt to take over WMC"
            if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
                return False
            node = node.head
            if node.lemma_.lower() in self.unrealised_verbs or (
                    verb.dep_ == "xcomp" and node.lemma_ == "be" and node == verb.head):  # "is to buy": planned
                return True

    def _sought(self, copula: Token) -> bool:
        """A title a to-clause says someone sought, not that they hold it: on a noun or under a verb of intent
        (relation_verbs.json unrealised_nouns, unrealised_verbs: "Morchio made a bid last year to become chairman",
        "his attempt to become president", "hopes to become chairman"; not "will become chairman", news of it)."""
        if copula.lemma_ == "remain" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in copula.children):
            return False  # ("he hopes to remain MP for Richmond": he is the MP)
        head = copula.head
        return copula.dep_ == "acl" and head.lemma_.lower() in self.unrealised_nouns \
            or copula.dep_ == "xcomp" and head.lemma_.lower() in self.unrealised_verbs \
            or copula.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.unrealised_nouns
                                              for c in head.children)

    def _verb_relations(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        out = []
        for verb in doc:
            found = self.verbs.get(_phrasal_lemma(verb)) or self.verbs.get(verb.lemma_.lower())
            if found is None or verb.pos_ not in {"VERB", "AUX"} or self._unrealised(verb):
                continue
            # a verb may say two things by its preposition ("based in Leeds": based_in; a person "based at Bristol
            # University": works_for)
            for spec in found:
                predicate = spec["predicate"]
                if spec.get("main_clause") and verb.dep_ == "relcl" and not _now_going_on(verb):
                    continue  # "Amaral, who scored 11 goals for Vila Nova last year": a former club (but "X, who is
                    # now playing for Y": his club now)
                if any(c.dep_ == "advmod" and c.lower_ in spec.get("not_with", ()) for c in verb.children):
                    continue  # "is originally from India": where one comes from
                if spec.get("dobj") and not any(c.dep_ == "dobj" and c.lemma_.lower() in spec["dobj"]
                                                for c in verb.children):
                    continue  # "held talks with X": met; "held a stake with X" is no meeting
                if spec.get("dobj_with") and not any(c.dep_ == "dobj" and any(
                        m.lower_ in spec["dobj_with"] for m in c.children) for c in verb.children):
                    continue  # "bought a majority stake in X": acquired; "bought a 20% stake in X": a share of it
                if predicate == "visited" and any(c.dep_ == "nsubjpass" for c in verb.children):
                    continue  # "the men will be returned to the UK", "he was flown to Paris": taken there, no visit
                subject_token, object_tokens = _arguments(verb, spec["object"])
                if spec.get("buyer"):  # "Citigroup sold Travelers to Metlife": the "to" phrase's, not the seller's
                    subject_token = _first(p for c in verb.children if c.dep_ in {"prep", "dative"}
                                           and c.lower_ in _object_preps(spec["buyer"])
                                           for p in c.children if p.dep_ == "pobj")
                # a state ("the AP's reporter, based in Seattle") is the named subject's own, not its owner's
                subject, confidence = _entity_in(subject_token, index, self.subject_labels,
                                                 modifiers=predicate not in STATES | OWN_DEEDS)
                subject_names = [subject_token]
                if subject is not None and subject.label == "NORP" and subject_token.pos_ == "NOUN" \
                        and subject_token.lemma_.lower() in self.roles.titles:
                    subject, confidence = resolve.only_one_titled(subject_token.lemma_.lower()), 0.55
                    # "The Pakistani president met Tony Blair": the one person given the title, not the people (none
                    # where the article gives it to no one, or to several)
                    subject_names.append(index.nearest_in_sentence(subject, subject_token) if subject else None)
                its = _first(c for c in subject_token.children if c.dep_ == "poss" and c.lower_ in ORG_POSSESSIVES) \
                    if subject is None and subject_token is not None and subject_token.pos_ == "NOUN" else None
                if subject is None and subject_token is not None and subject_token.pos_ == "PRON" \
                        and not _dummy(subject_token, verb):
                    subject, confidence = resolve(subject_token), 0.6  # "He came to Washington"
                    subject_names.append(index.nearest_in_sentence(subject, subject_token))  # its name in the evidence
                elif its is not None:  # "Mali said its troops had captured X": the owner acts through them
                    subject, confidence = resolve.possessor(its, subject_token), 0.55
                    subject_names.append(index.nearest_in_sentence(subject, subject_token))
                if subject is None and predicate == "acquired":  # "The brewer bought Beringer in 2000"
                    described = self._described_company(subject_token, None, resolve, index)
                    if described:
                        subject, confidence = described[0][0], 0.6
                        subject_names.append(index.nearest_in_sentence(subject, subject_token))
                if subject is None or subject.label not in set(spec.get("subjects", self.subject_labels)):
                    continue
                if spec.get("object_too"):  # "scored his first goal for Real": the phrase on the object
                    object_tokens = object_tokens + [p for o in verb.children if o.dep_ == "dobj" for c in o.children
                                                     if c.dep_ == "prep" and c.lower_ in _object_preps(spec["object"])
                                                     for p in c.children if p.dep_ == "pobj"]
                # "met A and B", "met President A and his fisheries minister, B": each object listed
                object_tokens = object_tokens + [c for o in object_tokens for c in o.conjuncts
                                                 if c not in object_tokens and not _opens_a_clause(c) and (
                    index.of(c) is not None or any(a.dep_ == "appos" and index.of(a) is not None for a in c.children))]
                role = _as_complement(verb) if spec.get("as") else None
                listed = _listed_with(subject_token) if subject_token is not None and len(subject_names) == 1 else []
                subjects = [(subject, subject_names)] + [  # "Lauren, Vieira and Cole scored for Arsenal": each of them
                    (named, [c]) for c in listed if (named := index.of(c)) is not None and named.label == subject.label]
                for subject, subject_names in subjects:
                    for object_token in object_tokens:
                        if predicate == "attacked" and object_token.lemma_.lower() in self.criticised_nouns:
                            continue  # "attacked the Tory plans": words against them, no attack on the party
                        named = _entities_of(object_token, index, nested=not spec.get("direct")) or (
                            self._described_company(object_token, subject, resolve, index) if predicate == "acquired"
                            else [])
                        for obj, obj_token in named:
                            if _owner_only(obj_token, index):
                                continue  # "met Lozano and Caicedo's family", "captured Maduro's deputy": not the owner
                            start, end = index.evidence([t for t in subject_names if t is not None]
                                                        + [verb, object_token, obj_token])
                            if spec.get("inverse"):  # "Northgate Rovers have signed Lucas Amaral": Amaral joins it
                                if obj.label == "PERSON" and subject.label in self.object_labels.get(predicate, set()) \
                                        and _as_object(verb) is None:  # "hired X as finance chief": the title says it
                                    out.append(Relation(predicate, obj, subject, start, end, confidence=confidence,
                                                        event_index=verb.i))
                            elif obj.label in self.object_labels.get(predicate, set()) or (
                                    predicate == "member_of" and obj.label == "GPE" and is_national_side(obj.name)
                                    and about_sport(doc, self.team_words)):  # "Tait scored for England": its side
                                out.append(Relation(predicate, subject, obj, start, end, role=role,
                                                    confidence=confidence,
                                                    event_index=verb.i))
        return out

    @staticmethod
    def _described_company(token: Token | None, other: Entity | None, resolve: Resolver,
                           index: "_MentionIndex") -> list[tuple[Entity, Token]]:
        """"The developer was bought by Microsoft", "the brewer bought Beringer": a company written as "the" and a
        noun that describes one (org_nouns.json "description_nouns") is the one the resolver reads it as (the
        article's company, or the one named last before it), never the other party of the deal."""
        if token is None:
            return []
        part = _first(e for t in token.doc[token.left_edge.i:token.i] if t.dep_ in {"compound", "nmod"}
                      and (e := index.of(t)) is not None)  # ("its Travelers Life & Annuity insurance arm")
        if part is not None and token.lemma_.lower() in word_list("org_nouns.json", "company_part_nouns") \
                and part.label == "ORG" and part is not other:
            return [(part, token)]  # "sold its Aiwa brand to Toshiba", "its Travelers Life & Annuity unit"
        named = _first(c for c in token.children if c.dep_ == "compound" and index.of(c) is not None)
        if not a_body_described(token):
            return []
        opening, doc = token.left_edge.i, token.doc
        if named is None and opening >= 2 and doc[opening - 1].text == "," and index.of(doc[opening - 2]) is not None:
            named = doc[opening - 2]  # "Rosneft, the company that acquired Yugansk" (in apposition, however parsed)
        elif named is None and token.dep_ == "appos":
            named = token.head
        if named is not None:  # "bought the Bloglines website": the name it stands by
            entity = index.of(named)
        elif any(c.text[:1].isupper() for c in token.children if c.i < token.i and c.dep_ != "det"):
            entity = None  # (not "the Spanish group": a company of that country, which the article may not have named)
        else:
            entity = resolve(token)
        return [(entity, token)] if entity is not None and entity.label == "ORG" and entity is not other else []

    def _containment(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        """"Quito, Ecuador" (located_in) and "a Miami-based company", "Swiss Xstrata" (based_in)."""
        out = []
        for people, named in zip(doc.ents, doc.ents[1:]):  # "Swiss Xstrata raised its bid": a people's word right
            # before an organisation's name says where it is based
            place = self._holder(index.of(people.root), index) if people.label_ == "NORP" and len(people) == 1 \
                and named.label_ == "ORG" and named.start == people.end and len(named) == 1 and len(named.text) > 2 \
                and not named.text.isupper() and named.root.dep_ in {"nsubj", "nsubjpass", "poss"} else None
            # (one word, no acronym, what the sentence is about: not "Turkish EU membership")
            org = index.of(named.root) if place is not None else None
            if place is not None and place.label == "GPE" and org is not None and org.label == "ORG":
                out.append(Relation("based_in", org, place, *index.evidence([people.root, named.root]),
                                    confidence=0.6))
        for token in doc:
            if token.dep_ == "appos":
                inner, outer = index.of(token.head), index.of(token)
                listed = any(c.dep_ in {"conj", "cc", "appos"} for c in (*token.children, *token.head.children)
                             if c is not token)  # "Fiji (3), Australia (6), Canada": a list, not a town's country
                if inner and outer and inner.label in {"GPE", "LOC", "FAC"} and outer.label == "GPE" \
                        and inner is not outer and not is_country(inner.name) and not listed:
                    out.append(Relation("located_in", inner, outer, *index.evidence([token.head, token]),
                                        confidence=0.75))
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.org_nouns:
                places = [(index.of(p), p) for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "from"}
                          for p in c.children if p.dep_ == "pobj"]
                for place, place_token in [(e, p) for e, p in places if e is not None and e.label in {"GPE", "LOC"}]:
                    for org, org_token in [(e, t) for e, t in _entities_of(token, index) if not is_region(e.name)]:
                        # a country or region in the list is another place, whatever its label ("firms in Brazil,
                        # Chile and Peru")
                        if org.label == "ORG":  # "the Acme agency in Peru", "groups in Peru, A and B"
                            out.append(Relation("based_in", org, place,
                                                *index.evidence([token, org_token, place_token]), confidence=0.6))
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.org_nouns - self.national_nouns \
                    and token.tag_ == "NN" and any(c.lower_ == "the" for c in token.children) \
                    and (_set_off_after(token, index) is not None
                         or not any(c.lower_ in OTHER_ONE_WORDS for c in token.children)):
                # (not "the next Korean bank" nor "the only UK band", unless the name stands beside it)
                # "The US firm": the organisation the article is about, where the noun's country says it is based
                place_token = _first(c for c in token.children if c.dep_ in {"compound", "amod", "nmod"}
                                     and index.of(c) is not None and index.of(c).label in {"GPE", "NORP"})
                place = self._holder(index.of(place_token), index) if place_token is not None else None
                named = _set_off_after(token, index)  # "Morwa Logistics, the Gdynia agency"
                org = (named if named is not None and named.label == "ORG" else None) or _first(
                    e for e, _ in _entities_of(token, index) if e.label == "ORG") or index.most_named_before(token, "ORG")
                if place is not None and place.label == "GPE" and org is not None:
                    out.append(Relation("based_in", org, place, *index.evidence([token, place_token]),
                                        confidence=0.6))
            if token.pos_ == "NOUN" and token.dep_ == "compound" and token.lemma_.lower() in self.described_nouns:
                out += self._described_seat(token, index)
            elif token.pos_ == "NOUN" and token.lemma_.lower() in self.described_nouns:
                names = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if not names and after is not None and after.pos_ == "PROPN" \
                        and index.mention_of.get(after.i, (None,))[0] == after.i:
                    names = [after]  # "Britain's biggest union Unison said", where the parse makes both subjects
                for name in names:
                    out += self._described_seat(token, index, named=name)  # "the Mumbai consultancy Nilgiri Advisory"
            if token.pos_ == "NOUN" and token.dep_ == "appos" and index.of(token) is None:
                out += self._described_seat(token, index, named=token.head)
            if token.lower_ == "based" and token.is_sent_start and token.head != token:
                out += self._fronted_seat(token, index)
            if token.lower_ == "based" and token.i >= 2 and doc[token.i - 1].text == "-":
                named = token.head.head if token.head.dep_ == "appos" else token.head  # "Acme, a Leeds-based firm"
                while index.of(named) is None and named.pos_ == "NOUN" and named.dep_ in {"compound", "nmod"} \
                        and named.head.i > named.i:
                    named = named.head  # "Kaduna-based microfinance firm Tamarind Credit": the name the noun describes
                after = doc[named.i + 1] if named.pos_ == "NOUN" and named.i + 1 < len(doc) else None
                if after is not None and after.pos_ == "PROPN" and index.of(after) is not None \
                        and index.of(after).label == "ORG":
                    named = after  # "... exchange Liffe" where the parse did not hang the name on its noun
                called = _first(o for c in named.children if c.dep_ == "acl" and c.lemma_ in {"call", "name"}
                                for o in c.children if o.dep_ in {"oprd", "attr", "dobj"}) \
                    if index.of(named) is None else None
                if called is not None and index.of(called) is not None:
                    named = called  # "a New York-based trade group called The Travel Partnership": the name it is given
                place, org = index.of(doc[token.i - 2]), index.of(named) or resolve(token.head)
                mention, noun = index.mention_of.get(named.i), token.head
                if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_:
                    noun = doc[noun.i + 2]  # "the UK-based co-chairman": the title the prefix is written onto
                titled = is_person_noun(noun) or noun.lower_ in self.roles.titles
                someone = org is not None and org.label == "PERSON" and mention is not None and titled and (
                    noun.dep_ == "appos" and noun.head.i in range(*mention)
                    and opens_with_first_name(doc[mention[0]:mention[1]])  # (not a firm read as a person)
                    or noun.i + 1 == mention[0])  # ("London-based businessman Naresh Goya": the title says who)
                # the person the noun "-based" describes is: "runner Ann Lee", "Ann Lee, the UK-based co-chairman"
                # (not "the Newport-based athlete and team-mates Ann Lee", nor a body between: "Ann Lee of the Lisbon
                # Council, a Brussels-based think tank")
                if place and org and place.label in {"GPE", "LOC"} and (org.label == "ORG" or someone):
                    # a person based somewhere lives there ("US-based runner Alan Dore")
                    out.append(Relation("based_in" if org.label == "ORG" else "lives_in", org, place,
                                        *index.evidence([doc[token.i - 2], named]), confidence=0.8))
            if token.dep_ == "attr" and token.pos_ in {"NOUN", "NUM"}:
                out += self._seat_of_the_subject(token, index)
        return out

    def _seat_of_the_subject(self, attr: Token, index: "_MentionIndex") -> list[Relation]:
        """"Harlow Foods is Canada's largest food producer", "Foster's is one of Australia's largest wine producers":
        the place owning the noun a copula gives an organisation says where it is based, as in apposition."""
        subject = _first(c for c in attr.head.children if c.dep_ == "nsubj")
        if subject is None or attr.head.lemma_ != "be" or index.of(subject) is None:
            return []
        noun = attr
        if attr.lower_ == "one":  # "one of Australia's largest wine producers"
            noun = _first(p for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj")
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.org_nouns | self.described_nouns:
            return []
        start, end = index.evidence([subject, noun])  # from the name to the noun that describes it
        return [dataclasses.replace(r, start=start, end=end) for r in self._described_seat(noun, index, named=subject)]

    def _fronted_seat(self, based: Token, index: "_MentionIndex") -> list[Relation]:
        """"Based in Cabo Delgado province, the CLF has killed ...": a sentence opening with "Based in" a place says
        where the subject of its clause, an organisation, is based."""
        subject = _subject_of(based.head)
        org = index.of(subject) if subject is not None else None
        if org is None or org.label != "ORG":
            return []
        out = []
        for pobj in (p for c in based.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                     if p.dep_ == "pobj"):
            place, _ = _entity_in(pobj, index, {"GPE", "LOC"})  # "Cabo Delgado province": its name
            if place is not None and place is not org:
                out.append(Relation("based_in", org, place, *index.evidence([pobj, subject]), confidence=0.7))
        return out

    def _described_seat(self, noun: Token, index: "_MentionIndex", named: Token | None = None) -> list[Relation]:
        """"Detroit carmaker General Motors", "Lisbon side Benfica", "German carmaker BMW": the place (or the country
        of a nationality) describing the noun before an organisation's name is where it is based; so is one
        describing a noun in apposition to the name (``named``: "Ostara, a San Diego cancer specialist")."""
        first = named if named is not None else noun.head
        org = index.of(first)
        if org is None or org.label != "ORG":
            return []
        orgs = [(org, first)]
        if noun.tag_ == "NNS":  # "British casino operators A, B and C": each one listed
            orgs += [(index.of(c), c) for c in first.conjuncts
                     if index.of(c) is not None and index.of(c).label == "ORG" and index.of(c) is not org]
        text = noun.doc.text
        out = []
        describing = [*noun.children, *(c for c in first.children if c.i < noun.i and c.dep_ != "poss")]
        # ("Indian airline Jet Airways": the nationality the parse hung on the name, before the noun)
        describing += [g for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.is_lower
                       for g in c.children if g.dep_ in {"compound", "amod"} and g.i < c.i]  # "US telecoms firm
        # WorldCom": the country hung on the trade's word before the noun
        for place_token in (c for c in describing if c.dep_ in {"compound", "amod", "nmod", "poss"}
                            and not any(g.dep_ == "cc" for g in c.children)):  # (not "from Toshiba and chip makers
            # AMD": a list the parse hung on the noun)
            # "South Africa's leading retail bank Absa", "The LSE, Europe's biggest stock market": a place owning
            # the noun says where the organisation is, as one describing it does (a continent too, as owner)
            place = self._holder(index.of(place_token), index) or (
                index.of(place_token) if place_token.dep_ == "poss" and index.of(place_token) is not None
                and index.of(place_token).label == "LOC" else None)
            if place is not None and place.label in {"GPE", "LOC"} and place is not org \
                    and (named is not None or "\n" not in text[place_token.idx:noun.head.idx]) \
                    and not (named is not None and _an_example_listed(named)):  # (not a headline's last word; nor a
                # list the parse read as an apposition: "in places such as Virgin Megastores, the Travelodge chain of
                # hotels and all London's rail terminals")
                out += [Relation("based_in", each, place, *index.evidence([place_token, token]), confidence=0.7)
                        for each, token in orgs]
        return out

    def _described_affiliations(self, doc: Doc, index: "_MentionIndex", resolve: Resolver,
                                found: list[Relation]) -> list[Relation]:
        """"said Claudia Neulling from the magazine", "Susanne Risse from the company", "Tom Hale of the bank": a
        person's name right before "from", "of" or "at" and "the" with a description noun for an organisation
        (description_nouns of org_nouns.json, not an institution of the state's: "the army") works
        for the organisation the description stands for (member_of a party or, in an article about sport, a team);
        and the person a description of a club's or a firm's kind of person stands for ("said the Chelsea star")
        belongs to it. Not where the patterns already affiliated the two."""
        affiliated = {(r.subject.name, r.object.name) for r in found if r.object is not None}
        sport = about_sport(doc, self.team_words)
        out = []
        for (start, end), person in index.spans():
            if person.label != "PERSON" or end + 2 >= len(doc) or doc[end].lower_ not in {"from", "of", "at"} \
                    or doc[end + 1].lower_ != "the" or doc[end].head.i not in range(start, end):
                continue
            noun = doc[end + 2]
            if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in self.description_nouns \
                    or index.of(noun) is not None:
                continue
            if noun.i + 1 < len(doc) and index.of(doc[noun.i + 1]) is not None:
                continue  # "Tom Reed of the charity Shelter": the name after the description is the organisation
            org = resolve(noun)
            if org is None or org.label != "ORG" or (person.name, org.name) in affiliated:
                continue
            predicate = "member_of" if sport or org.name.split()[-1].lower() == "party" else "works_for"
            named = index.nearest_in_sentence(org, noun)
            out.append(Relation(predicate, person, org, *index.evidence(
                [t for t in (named, doc[start], noun) if t is not None]), confidence=0.6))
        for noun in doc:  # "said the Chelsea star": the person the description stands for plays for the club; in
            # sport, so does the one it is written before ("Barcelona star Ronaldinho")
            named = index.of(noun.head) if sport and noun.dep_ == "compound" and noun.i + 1 < len(doc) \
                and index.of(noun.head) is not None and index.of(doc[noun.i + 1]) is index.of(noun.head) else None
            if not (noun.pos_ == "NOUN" and noun.tag_ == "NN" and is_person_noun(noun)
                    and (any(c.lower_ == "the" for c in noun.children) or named is not None)):
                continue
            club = _first(c for c in noun.children if c.dep_ == "compound" and index.of(c) is not None
                          and index.of(c).label == "ORG")
            person = (named or resolve(noun)) if club is not None else None
            if person is None or person.label != "PERSON" or (person.name, index.of(club).name) in affiliated:
                continue
            org = index.of(club)
            predicate = "member_of" if sport or org.name.split()[-1].lower() == "party" else "works_for"
            affiliated.add((person.name, org.name))
            out.append(Relation(predicate, person, org, *index.evidence(
                [club, noun] + ([noun.head] if named is not None else [])), confidence=0.6))
        return out

    def _possessive_affiliations(self, doc: Doc, index: "_MentionIndex", resolve: Resolver,
                                 found: list[Relation]) -> list[Relation]:
        """"Microsoft's Mike Coleman", "the company's Ana Ruiz": a person's name an organisation owns, with only the
        possessive between them, works for it; in an article about sport (three or more of relation_verbs.json
        "team_words": "Arsenal's Thierry Henry scored twice in the match") the organisation is a team the person plays
        for: member_of, as is a party's politician ("Labour's Paul Flynn"). The person's name opens with a known
        first name or is written more than once (the NER reads works as people: "the Specials' Rat Race"); the words of
        a kind of person may stand between ("Toulouse's former Irish international Trevor Brennan"). Not where a
        title stands between ("Acme's chief executive Ana Ruiz": the title's has_role says it) or the patterns already
        affiliated the two."""
        affiliated = {(r.subject.name, r.object.name) for r in found if r.object is not None}
        sport = about_sport(doc, self.team_words)
        out = []
        for (start, end), person in index.spans():
            name = doc[start:end]
            styled = start > 0 and doc[start - 1].lower_.rstrip(".") in self.roles.honorifics  # "Labour's Mr
            # Livingstone": a person's honorific, where the mention begins after it
            if person.label != "PERSON" or not (opens_with_first_name(name) or len(person.mentions) > 1 or styled):
                continue  # a name the NER took for a person's once ("the Specials' Rat Race") is no employee
            owner = _first(c for t in name for c in t.children if c.dep_ == "poss" and c.i < start) or (
                _first(c for c in doc[start - 1].children if c.dep_ == "poss") if styled else None)
            described = doc[start - 1] if start > 0 and doc[start - 1].is_lower and is_person_noun(doc[start - 1]) \
                else None  # "Toulouse's former Irish international Trevor Brennan": a kind of person between
            if owner is None and described is not None:
                owner = _first(c for c in described.children if c.dep_ == "poss")
            # only the possessive (and the rest of the owner's name) stands between: no title, no noun but the words
            # of a kind of person
            if owner is None or not all(t.lower_ in POSSESSIVE_MARKS or styled and t.i == start - 1 or (
                    index.of(t) is not None and index.of(t) is index.of(owner)) or described is not None and (
                    t.is_lower and t.pos_ in {"ADJ", "NOUN"} or index.of(t) is not None and index.of(t).label == "NORP")
                    for t in doc[owner.i + 1:start]):
                continue
            org = index.of(owner) or (resolve(owner) if owner.pos_ == "NOUN" and owner.lemma_.lower()
                                      in self.described_nouns else None)
            if org is None or org.label != "ORG" or (person.name, org.name) in affiliated or is_country(org.name):
                continue  # ("Britain's Jason Gardener", Britain read as a side: his nationality, not his employer)
            predicate = "member_of" if sport or org.name.split()[-1].lower() == "party" else "works_for"
            named = index.nearest_in_sentence(org, owner) if index.of(owner) is None else None  # "the department's
            out.append(Relation(predicate, person, org, *index.evidence(  # X": the department's name in the evidence
                [t for t in (named, owner, name[-1]) if t is not None]), confidence=0.7))
        return out

    def _opposition_titles_held(self, doc: Doc, found: list[Relation], index: "_MentionIndex",
                                resolve: Resolver) -> None:
        """"Shadow foreign secretary Michael Ancram ... the Tory spokesman", "Mr Howard and his shadow chancellor
        Oliver Letwin": an opposition title (roles.json "opposition_modifiers") held nowhere the phrase says is held
        in the one party the article ties its holder to (a title or membership there), or else the one its owner's
        title is in ("his shadow chancellor": Howard's party, where Howard leads it); inferred, lower confidence."""
        def parties_of(person: Entity) -> set:
            return {id(r.object): r.object for r in found if r.subject is person and r.object is not None
                    and r.predicate in {"has_role", "member_of"} and _is_party(r.object.name)}.values()

        for relation in found:
            if relation.predicate != "has_role" or relation.object is not None or not relation.role \
                    or not self.roles.opposition & set(relation.role.split()):
                continue
            parties = list(parties_of(relation.subject))
            if not parties:
                title = doc.char_span(relation.start, relation.end, alignment_mode="expand")
                owner = _first(c for t in (title or []) for c in t.children if c.dep_ == "poss" and c.i < t.i
                               and t.lower_ in relation.role.split())
                holder = (index.of(owner) or resolve.person_owning(owner)) if owner is not None else None
                parties = list(parties_of(holder)) if holder is not None and holder.label == "PERSON" else []
            if len(parties) == 1:
                relation.object, relation.confidence = parties[0], INFERRED

    def _own_organisations(self, doc: Doc, index: "_MentionIndex", resolve: Resolver,
                           found: list[Relation]) -> list[Relation]:
        """"for his club AS Roma", "her party, Labour,", "Lord Harwood, whose company Vantrex won contracts", "The
        performer's record label Sony BMG": a person's own organisation (relation_verbs.json
        "own_organisation_nouns"), its name right after the singular noun (a comma between at most), is one the
        person ("his", "her", the one a "whose" clause describes, or one named or described with a possessive mark)
        belongs to or works for, as the noun says ("his former club Leeds" too). Not where the patterns already
        affiliated the two."""
        affiliated = {(r.subject.name, r.object.name) for r in found if r.object is not None}
        out = []
        for noun in doc:
            predicate = self.own_organisation_nouns.get(noun.lower_) if noun.tag_ == "NN" else None
            owner = _first(c for c in noun.children if c.dep_ == "poss" and (
                c.lower_ in {"his", "her", "whose"} or c.pos_ in {"NOUN", "PROPN"} and c.tag_ in {"NN", "NNP"})) \
                if predicate else None
            if owner is None or noun.i + 2 >= len(doc):
                continue
            named = doc[noun.i + 2] if doc[noun.i + 1].text == "," else doc[noun.i + 1]
            organisation = index.starting_at(named)
            if organisation is None or organisation.label != "ORG" or named.head.i != noun.i and not any(
                    t.head.i == noun.i or noun.dep_ == "compound" and noun.head.i == t.i
                    for t in doc[named.i:index.mention_of[named.i][1]]):
                continue  # ("his club's chairman", "whose company, he said, ...": no name of the noun's)
            if owner.lower_ == "whose":
                clause = next((t for t in noun.ancestors if t.dep_ == "relcl"), None)
                person = index.of(clause.head) if clause is not None else None
            elif owner.pos_ == "PRON":
                person = resolve.person_owning(owner)
            else:  # "Brian Smith's band Oasis", "The performer's record label Sony BMG": the one named or described
                person = index.of(owner) or (resolve(owner) if owner.pos_ == "NOUN" else None)
            if person is None or person.label != "PERSON" or (person.name, organisation.name) in affiliated:
                continue
            affiliated.add((person.name, organisation.name))
            out.append(Relation(predicate, person, organisation, *index.evidence([owner, named]), confidence=0.7))
        return out

    def _nationalities(self, doc: Doc, index: "_MentionIndex", titles: set[int]) -> list[Relation]:
        """A person's country as the article states it beside the name: a nationality or a country's possessive
        before it ("Hungarian Melinda Czink", "British novelist Ian McEwan", "Serbia's Ana Ivanovic"; a nation of the
        United Kingdom by its possessive only: "Scotland's Ian Mackie", not "Wales Secretary X"; a country read as a
        side: "Britain's Jason Gardener"), with only words of description or a title between, lower case or a
        title's, or the country after it ("Iveta Benesova of the Czech Republic", "Philip Roth (US)"); a surname alone
        after it where the article names the person in full ("Russian Korzhanenko tested positive"). Not a party
        ("Labour MP X") nor a place that is no country ("Leeds's Tom Hale", "Jane Doe of Leeds": lives_in), nor one
        word right after a nationality ("Swiss Re", "German Boerse": a company's name the models split)."""
        spans, out = index.spans(), []
        sport = about_sport(doc, self.team_words)
        for k, (span, entity) in enumerate(spans[:-1]):
            after_span, after = spans[k + 1]
            between = doc[span[1]:after_span[0]]
            if _organisation_owning(doc[span[0]], index) is not None:
                continue  # "Acme's UK sales director X": the firm's part in the country, not where he is from
            owned = between[:1].text in {"'s", "’s"}
            country, bracketed = None, False
            if after.label == "PERSON" and (entity.label == "GPE" and entity.name in self.nations and owned
                                            or entity.label in {"GPE", "ORG"} and is_country(entity.name)) \
                    and (owned or len(between)) and _describing(between, titles, owned) \
                    and not (sport and len(between) > owned):  # ("England coach X": the side's, whoever he is)
                country, person = entity, after_span  # "Serbia's Ana Ivanovic", "US author Philip Roth"
            elif after.label == "PERSON" and entity.label == "NORP" and doc[span[0]:span[1]].text in self.demonyms \
                    and _describing(between, titles, False) and (len(between) or after_span[1] - after_span[0] > 1
                                                                 or _named_in_full(after)) \
                    and index.organisation_named_from(doc[span[0]:span[1]].text) is None:
                name = self.demonyms[doc[span[0]:span[1]].text]  # "Hungarian Melinda Czink"
                country = _nation_named(index, name, entity)
                person = after_span
            elif entity.label == "PERSON" and after.label == "GPE" and is_country(after.name) and (
                    [t.lower_ for t in between if t.lower_ != "the"] == ["of"] and not after_a_peerage(doc, span[0])
                    or between.text == "(" and after_span[1] < len(doc) and doc[after_span[1]].text == ")"):
                country, person = after, span  # "Iveta Benesova of the Czech Republic", "Philip Roth (US)"
                bracketed = between.text == "("
            if country is not None:
                end = index.mention_end(doc[after_span[1] - 1]) + bracketed  # (the closing bracket too)
                out.append(Relation("nationality", index.of(doc[person[0]]), country, doc[span[0]].idx, end,
                                    confidence=0.7))
            if country is not None and person == after_span and any(t.tag_ == "NNS" for t in between):
                for joined_span, joined in spans[k + 2:]:  # "Greek sprinters Kostas Kenteris and Katerina Thanou":
                    # the people listed after the plural noun share it
                    if joined.label != "PERSON" or doc[person[1]:joined_span[0]].text not in {",", "and", ", and"}:
                        break
                    out.append(Relation("nationality", joined, country, doc[span[0]].idx,
                                        index.mention_end(doc[joined_span[1] - 1]), confidence=0.7))
                    person = joined_span
        return out

    def _nationalities_described(self, doc: Doc, index: "_MentionIndex") -> list[Relation]:
        """A person's country as a description says it after the name: a nationality word or a country before a
        person's noun or a title that is the person's apposition or is said of them by "be", "become" or "remain"
        ("Tom Reed, a US researcher", "Myskina became the first Russian woman to win"), or a nationality said of them
        ("Ann Lee is British"); not under a negation or a modal ("would become the first Russian woman"), nor a title
        with its organisation after it ("Ross Walker, UK economist at Royal Bank of Scotland": the economy he
        covers)."""
        out = []
        for token in doc:
            entity = index.of(token)
            people_word = token.text in self.demonyms and (entity is None or entity.label == "NORP")
            if not people_word and not (entity is not None and entity.label == "GPE" and is_country(entity.name)
                                        and token.dep_ == "compound"):
                continue
            noun, person_token = token.head, None
            if token.dep_ in {"acomp", "attr"} and noun.lemma_ in COPULAS and not _hypothetical(noun):
                person_token = _subject_of(noun)  # "Ann Lee is British"
            elif token.dep_ in {"amod", "compound"} and (is_person_noun(noun) or noun.lower_ in self.roles.titles) \
                    and all(t.is_lower and t.pos_ in {"ADJ", "DET", "NOUN"} or t.i == token.i
                            for t in doc[noun.left_edge.i:noun.i]) \
                    and not any(c.dep_ == "prep" and c.lower_ in ORG_PREPS for c in noun.children):
                # (not "Ross Walker, UK economist at Royal Bank of Scotland": the country his post covers)
                if noun.dep_ == "appos":
                    person_token = noun.head  # "Tom Reed, a US researcher"
                elif noun.dep_ == "attr" and noun.head.lemma_ in COPULAS and not _hypothetical(noun.head):
                    person_token = _subject_of(noun.head)  # "became the first Russian woman to win"
            person = index.of(person_token) if person_token is not None else None
            if person is None or person.label != "PERSON":
                continue
            country = _nation_named(index, self.demonyms[token.text], entity or Entity(
                label="NORP", name=token.text, mentions=[(token.idx, token.idx + len(token))])) if people_word \
                else entity
            start, end = min(index.mention_start(person_token), token.idx), max(
                index.mention_end(person_token), token.idx + len(token), noun.idx + len(noun))
            out.append(Relation("nationality", person, country, start, end, confidence=0.7))
        return out

    def _nationalities_of_one_of_a_people(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        """A person's country as the article calls them one of its people ("Melzer beat Agassi ... 'I played well,'
        said the Austrian", "the Scot's second title"): the person "the" and the people's word stand for
        (coref.one_of_a_people, resolved by :class:`Resolver`), with that people's country."""
        out = []
        for found in ONE_OF_A_PEOPLE_SHAPE.finditer(doc.text):  # (the text searched, not every word walked)
            nation = country_of_a_people(found.group(1))
            token = doc.char_span(found.start(1), found.end(1)) if nation is not None else None
            if token is None or len(token) != 1:
                continue
            token = token[0]
            person = resolve.one_of_a_people_at(token)
            if person is None or person.label != "PERSON":
                continue
            country = _nation_named(index, nation, index.of(token) or Entity(
                label="NORP", name=token.text, mentions=[(token.idx, token.idx + len(token))]))
            the = next(c for c in token.children if c.dep_ == "det")  # ("the 25-year-old Spaniard": from "the")
            out.append(Relation("nationality", person, country, the.idx, token.idx + len(token), confidence=0.6))
        return out

    def _places_of_a_nation(self, doc: Doc, index: "_MentionIndex") -> list[Relation]:
        """"The Brazilian city of Porto Alegre", "the Chinese province of Guangdong": a place named after a
        nationality, a place noun (org_nouns.json place_nouns) and "of" is located in that nationality's country."""
        out, spans = [], index.spans()
        place_nouns = word_list("org_nouns.json", "place_nouns")
        for (span, entity), (after_span, after) in zip(spans, spans[1:]):
            between = [t.lower_ for t in doc[span[1]:after_span[0]]]
            name = doc[span[0]:span[1]].text
            if entity.label == "NORP" and name in self.demonyms and after.label in {"GPE", "LOC"} \
                    and len(between) == 2 and between[0] in place_nouns and between[1] == "of":
                country = _nation_named(index, self.demonyms[name], entity)
                out.append(Relation("located_in", after, country, doc[span[0]].idx,
                                    index.mention_end(doc[after_span[1] - 1]), confidence=0.7))
        return out

    def _place_phrases(self, doc: Doc, index: "_MentionIndex", related: set[tuple[str, str]],
                       titles: set[int] = frozenset()) -> list[Relation]:
        """Where a name is (or whom a person works for), read from the few words between it and the next name
        (pairs in ``related`` are skipped):

        - "Bethany, Conn.", "Saint-Gall, Switzerland": located_in, when the second is a country or a region and
          the pair is not part of a list ("Lyon, Paris and Nice");
        - "the Kafue River in Zambia", "Mount Blanc, in the western Alps": located_in; "Larami Corp. of
          Philadelphia", "Tarvex Ltd. in Leeds" (the "in" attached to the organisation, not to a verb): based_in;
          "Ann Lee, 50, of Bethany" and "Senator Ann Lee of Ohio": lives_in. A place followed by its region ("of Bethany, Conn.") gives both;
        - "Zambia's Kafue River": located_in; "Kenya's Safaricom": based_in; not "Britain's Europe minister" (a
          place in a title, token indices ``titles``);
        - "Greg Thayer of the Forest Service", "Ian Hunter at Goodbody Stockbrokers" (the "at" on the person):
          works_for.
        """
        spans = index.spans()
        regions: dict[tuple[int, int], list[tuple[Entity, tuple[int, int]]]] = {}
        out = []
        sport = about_sport(doc, self.team_words)

        def add(predicate: str, subject: tuple[int, int], obj: tuple[int, int], confidence: float) -> None:
            first, second = index.of(doc[subject[0]]), index.of(doc[obj[0]])
            if first is second or (first.name, second.name) in related:
                return
            out.append(Relation(predicate, first, second, doc[min(subject[0], obj[0])].idx,
                                index.mention_end(doc[max(subject[1], obj[1]) - 1]), confidence=confidence))
            for region, span in regions.get(obj, []) if predicate != "located_in" else []:
                out.append(Relation(predicate, first, region, doc[subject[0]].idx,
                                    index.mention_end(doc[span[1] - 1]), confidence=confidence))

        for k, (span, entity) in enumerate(spans):  # "A, B" first: later phrases reach the region through it
            after = spans[k + 1] if k + 1 < len(spans) else None
            if after is None or entity.label not in PLACES or after[1].label != "GPE" or is_country(entity.name):
                continue
            between = doc[span[1]:after[0][0]]
            listed = (k > 0 and doc[spans[k - 1][0][1]:span[0]].text.strip() == ",") or \
                (after[0][1] + 1 < len(doc) and doc[after[0][1]].lower_ in {"and", "or", ","}
                 and index.of(doc[after[0][1] + 1]) is not None and (
                     index.of(doc[after[0][1] + 1]).label in PLACES or doc[after[0][1]].lower_ != ","))
            # ("fly to London, Singapore and Kuala Lumpur": a list, whatever the last name was read as)
            compass = "".join(t.lower_ for t in between[1:]) in COMPASS_POINTS  # "Mohammadia, south-east Algeria"
            if between[:1].text == "," and (len(between) == 1 or compass) and is_region(after[1].name) and not listed:
                regions.setdefault(span, []).append((after[1], after[0]))
                add("located_in", span, after[0], 0.7)
        for k, (span, entity) in enumerate(spans):
            after = spans[k + 1] if k + 1 < len(spans) else None
            if after is None:
                continue
            words = [t.lower_ for t in doc[span[1]:after[0][0]] if t.lower_ != "the"]
            # "Brad Adams, from the UK's Human Rights Watch": a place owning the next noun is not the one meant
            owner = after[0][1] < len(doc) and doc[after[0][1]].text in {"'s", "’s"}
            place = after[1].label in PLACES and not owner
            peer = after_a_peerage(doc, span[0])  # "Lord Kinnock of Bedwellty": no home nor employer
            gathering = entity.label == "EVENT" or (
                entity.label == "ORG" and entity.name.split()[-1] in self.gathering_last_words)
            held_in = _without_modifiers(doc, span[1], after[0][0])
            if held_in[:1] == [")"] and span[0] > 0 and doc[span[0] - 1].text == "(":
                held_in = held_in[1:]  # "the Consumer Electronics Show (CES) in Las Vegas": after its acronym
            if held_in[-1:] == ["in"] and len(held_in) == 2 and entity.label == "EVENT" \
                    and doc[span[1]].lower_ in self.event_part_nouns and doc[span[1] + 1].head == doc[span[1]]:
                held_in = ["in"]  # "England's World Cup triumph in Australia", "the Davis Cup final in Seville": a
                # part or an outcome of the event, then where
            if held_in == ["in"] and place and gathering and after[1].label in {"GPE", "LOC"}:
                add("located_in", span, after[0], 0.65)  # "the Global Mobile Summit in Cannes", "the Australian
                # Open in Melbourne": where an event or a gathering takes place, whatever the "in" hangs on
            elif _without_modifiers(doc, span[1], after[0][0]) == ["in"] and place and not is_country(entity.name) \
                    and entity.name not in self.demonyms.values() and not (sport and _an_opponent(doc[span[1] - 1])) \
                    and (entity.label in PLACES or (entity.label == "ORG" and doc[span[1]].head.i in range(*span))):
                # (not a nation: "our last game against Wales in Rome" is where the game was, Wales in no city; nor
                # an opponent: "a 3-2 win over Cotonsport Garoua in Accra")
                add("based_in" if entity.label == "ORG" else "located_in", span, after[0], 0.65)
            elif _without_modifiers(doc, span[1], after[0][0]) == [",", "in"] and place and (
                    entity.label in PLACES or entity.label == "ORG" and doc[span[1] - 1].lower_ in CAMPUS_HEADS) \
                    and after[1].label in {"LOC", "GPE"} and not is_country(entity.name) \
                    and not _listed_after(doc, index, after[0]):
                add("based_in" if entity.label == "ORG" else "located_in", span, after[0], 0.6)  # "Mount Blanc, in
                # the western Alps,", "Welling School, in south east London"
            elif words[:2] == [",", "in"] and words[-1:] == ["of"] and place and entity.label in PLACES \
                    and after[1].label in {"GPE", "LOC"} and not is_country(entity.name) \
                    and doc[after[0][0] - 2].lemma_ in word_list("org_nouns.json", "place_nouns") \
                    and all(t.is_lower for t in doc[span[1] + 2:after[0][0]]) \
                    and not _listed_after(doc, index, after[0]):
                add("located_in", span, after[0], 0.6)  # "Chennai, in the southern province of Tamil Nadu": the
                # place is in the one the described unit names
            elif len(words) == 2 and words[1] == "of" and place and entity.label in {"GPE", "LOC"} \
                    and doc[after[0][0] - 2].lemma_ in word_list("org_nouns.json", "place_nouns") \
                    and not is_country(after[1].name):
                # "the London borough of Camden", "the London boroughs of Hillingdon and Wandsworth": each in the first
                plural = doc[after[0][0] - 2].lower_ != doc[after[0][0] - 2].lemma_
                for listed in [after[0], *(_listed_beside(doc, spans, k + 1, 1, PLACES) if plural else [])]:
                    add("located_in", listed, span, 0.65)
            elif words == ["of"] and place and entity.label == "ORG":
                add("based_in", span, after[0], 0.65)
            elif _without_modifiers(doc, span[1], after[0][0]) in (["of"], [",", "of"], [",", "both", "of"],
                                                                  [",", "all", "of"]) \
                    and entity.label == "PERSON" and after[1].label == "ORG" and not (words == ["of"] and peer) \
                    and not owner:  # (not "said analyst X of Inbev's strong performance": what X spoke of)
                # "Greg Thayer of the Forest Service", "X, of Imperial College"; a party's member ("Tom Reed, of the
                # opposition Labour Party"); each of the people listed before "both of" ("A and B, both of ...")
                predicate = "member_of" if _is_party(after[1].name) else "works_for"
                listed = _listed_before(doc, spans, k) if words[1:2] in (["both"], ["all"]) else []
                for person in [span, *listed]:
                    add(predicate, person, after[0], 0.6)
                also = spans[k + 2] if k + 2 < len(spans) else None  # "Peter Marion of Maritime Seafood and First
                if also is not None and also[1].label == "ORG" and also[1] is not after[1] \
                        and doc[after[0][1]:also[0][0]].text.strip() == "and" \
                        and (also[0][1] >= len(doc) or doc[also[0][1]].lower_ not in {"of", "'s", "’s"}):
                    add("member_of" if _is_party(also[1].name) else "works_for", span, also[0], 0.6)  # Choice Foods"
            elif words == ["at"] and entity.label == "PERSON" and after[1].label == "ORG" and not owner \
                    and doc[span[1]].head.i in range(*span) and not agent_of_a_passive(doc[span[1] - 1]):
                add("works_for", span, after[0], 0.6)  # "said Ian Hunter at Goodbody Stockbrokers in Dublin" (not
                # "was joined by Tony Blair at Welling School": where the visit was, whatever the parse hangs it on)
            elif words in (["from"], [",", "from"]) and entity.label == "PERSON" and after[1].label == "ORG" \
                    and not owner and _a_source(doc[span[1] - 1], span) and _from_on_the_source(doc, span, words):
                # "Matthew Herren from EduVision said", "according to Ann Lee, from the Wellcome Trust": a source
                # speaks for the organisation she is from (not "Chelsea signed Tom Hale from Leeds", a former club)
                add("member_of" if _is_party(after[1].name) else "works_for", span, after[0], 0.6)
            elif entity.label == "PERSON" and after[1].label == "GPE" and not owner and not is_country(after[1].name) \
                    and (words == ["of"] or (len(words) == 4 and words[0] == words[2] == "," and words[3] == "of"
                                             and doc[span[1] + 1].like_num)) and not peer:
                add("lives_in", span, after[0], 0.6)  # (not "Olivier Rochus of Belgium": a country says his nationality)
            elif entity.label == "PERSON" and after[1].label == "GPE" and not owner and words[-2:] == [",", "from"] \
                    and (len(words) == 2 or (len(words) == 4 and words[0] == "," and doc[span[1] + 1].like_num)):
                # "A, B and C, from London": each of the people listed
                for listed in [span, *_listed_before(doc, spans, k)]:
                    add("lives_in", listed, after[0], 0.6)
            elif (words[:1] in (["'s"], ["’s"])
                  or words[:1] in (["'"], ["’"]) and doc[span[1] - 1].lower_.endswith("s")) \
                    and len(words) <= 2 and all(t.tag_ == "JJ" and t.is_lower for t in doc[span[1] + 1:after[0][0]]) \
                    and entity.label == "GPE" and after[1].label in PLACES | {"ORG"} \
                    and not is_country(after[1].name) and doc[after[0][1] - 1].head.i not in titles:
                add("based_in" if after[1].label == "ORG" else "located_in", after[0], span, 0.65)  # "Venice's La
                # Fenice", "Venice's famous La Fenice Theatre", "Los Angeles' Kodak Theatre"
            elif place and entity.label in PLACES | {"ORG"} and self._described_where(words, entity.label):
                add("based_in" if entity.label == "ORG" else "located_in", span, after[0], 0.65)
            elif words == [","] and place and entity.label == "ORG" and doc[after[0][0] - 1].lower_ in {"the", "a", "an"} \
                    and self._org_noun_after(doc, after[0][1]):
                add("based_in", span, after[0], 0.65)  # "Vellacourt, the Lyon packaging firm,"
            elif words == [","] and place and entity.label == "ORG" and doc[span[1] - 1].lower_ in CAMPUS_HEADS \
                    and after[1].label == "GPE" and not _listed_after(doc, index, after[0]):
                add("based_in", span, after[0], 0.65)  # "New College, Oxford", "St Mary's Hospital, London"
        return out

    def _described_where(self, words: list[str], label: str) -> bool:
        """", a garrison town in northeastern", ", a chip designer headquartered in", ", a leading retail bank in",
        ", one of the largest retail groups in": an apposition that says where the place or organisation before it
        is (a place noun and "in", "of" or "near" for a place; "based" or "headquartered in", or an organisation
        noun and "in", for an organisation), the words between the two names lower-cased."""
        if len(words) < 4 or words[0] != "," or words[1] not in {"a", "an", "one"}:
            return False
        rest = words[2:]
        if words[1] == "one":  # ", one of the largest retail groups in"
            if rest[:1] != ["of"] or label != "ORG":
                return False
            rest = rest[1:]
        if label == "ORG":
            cue = next((k for k, w in enumerate(rest) if w in {"based", "headquartered"}), None)
            if cue is not None:
                return rest[cue + 1:cue + 2] == ["in"] and len(rest) <= cue + 3
            nouns = word_list("org_nouns.json", "nouns")  # ", a leading retail bank in", ", one of the ... groups in"
            return 2 <= len(rest) <= 5 and rest[-1] == "in" and (rest[-2] in nouns or rest[-2][:-1] in nouns)
        noun = next((k for k, w in enumerate(rest) if w in word_list("org_nouns.json", "place_nouns")), None)
        return noun is not None and noun <= 2 and rest[noun + 1:noun + 2] in (["in"], ["of"], ["near"]) \
            and len(rest) <= noun + 3

    def _org_noun_after(self, doc: Doc, i: int) -> bool:
        """Lower-case words from token ``i`` up to a comma or the sentence's end, one an organisation noun
        ("packaging firm")."""
        words = []
        for token in doc[i:i + 4]:
            if token.is_punct:
                break
            if not token.is_lower:
                return False
            words.append(token.lemma_)
        return bool(words) and words[-1] in self.described_nouns

    # -- serialisation -----------------------------------------------------------------------------------------
    def to_disk(self, path, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_json(path / "relation_verbs.json", self.verbs_data)
        write_json(path / "roles.json", self.roles_data)

    def from_disk(self, path, exclude=tuple()) -> "NewsRelations":
        path = Path(path)
        self._load(read_json(path / "relation_verbs.json"), read_json(path / "roles.json"))
        return self


def _named_or_pronoun(token: Token | None, index: "_MentionIndex", resolve: Resolver) -> Entity | None:
    """The entity a clause's subject names, or, for a pronoun ("he", "she", "it"), the one it stands for."""
    return index.of(token) or (resolve(token) if token is not None and token.pos_ == "PRON" else None)


def _fronted_description(title: Token, index: "_MentionIndex") -> Token | None:
    """The person's name a description opening the sentence sets off with a comma, where the parse reads both as the
    verb's subjects ("A distinguished IBM engineer, Dr Carpenter spent 20 years at Cern"): the name's token, else
    None."""
    if title.dep_ != "nsubj" or title.i + 2 >= len(title.doc) or title.doc[title.i + 1].text != "," \
            or title.left_edge.lower_ not in {"a", "an", "the"} or title.left_edge.i != title.sent.start:
        return None
    return _first(c for c in title.head.children if c.dep_ == "nsubj" and c.i > title.i and index.of(c) is not None
                  and index.of(c).label == "PERSON"
                  and all(t.is_title for t in title.doc[title.i + 2:index.mention_of[c.i][0]]))  # ("Dr", "Mr")


def _an_opponent(name: Token) -> bool:
    """Whether the name is the side a match was won or played against ("a win over X", "the game against X", "beat
    X"), in an article about sport: a place after it says where the match was, not where the side is based."""
    return name.dep_ == "pobj" and name.head.lower_ in {"over", "against", "v", "vs"} \
        or name.dep_ == "dobj" and name.head.lemma_.lower() in {"beat", "defeat", "face", "thrash", "host", "edge"}


def _an_example_listed(name: Token) -> bool:
    """"places such as Virgin Megastores", "firms including Acme", "chains like Tesco": a name the first of a list
    of examples, where what follows it after a comma is the next example, no description of it."""
    cue = name.head  # ("such as" opens its examples at the word before "as", "like" and "including" at their own)
    return name.dep_ == "pobj" and any(after_example_cue(name.doc, k) == cue.i + 1
                                       for k in (cue.i - 1, cue.i) if k >= 0)


class _MentionIndex:
    """Which canonical entity each token belongs to, and where paragraphs start."""

    def __init__(self, doc: Doc, entities: list[Entity], titles: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.titles = titles  # role nouns: a name modifying one is an organisation all the same ("Northgate captain")
        self.by_token, self.mention_of = token_mentions(doc, entities)  # (and the letters after a person's name)
        for start, end in set(self.mention_of.values()):
            if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "non" \
                    and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
                for i in range(start, end):  # "the only non-Nato member leader": what the mention is not
                    self.by_token.pop(i, None)
                    self.mention_of.pop(i, None)
        self.text = text = doc.text  # spaCy joins it on each access: the stage reads this copy
        self.length = len(text)
        self.paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
        self.held: dict[tuple[str, str], Entity] = {}  # (person, label) -> the organisation or country a title
        # before their name gives them

    def entity_named(self, name: str) -> Entity | None:
        return next((e for e in self.by_token.values() if e.name == name), None)

    def of(self, token: Token | None) -> Entity | None:
        return self.by_token.get(token.i) if token is not None else None

    def nearest_before(self, token: Token, label: str) -> Entity | None:
        """The entity of ``label`` named last before ``token``, in its paragraph or the one before ("his" -> the
        person)."""
        first = self.paragraph_start(max(0, self.paragraph_of(token.idx) - 1))
        return _first(e for t in reversed(self.doc[:token.i]) if t.idx >= first
                      for e in [self.by_token.get(t.i)] if e is not None and e.label == label)

    def most_named_before(self, token: Token, label: str) -> Entity | None:
        """The entity of ``label`` named most before ``token``, the latest on a tie: what "the firm" means in an
        article ("Acme said ... Siemens unveiled a phone. The German company said": Siemens)."""
        counts: dict[int, list] = {}
        for i, entity in sorted(self.by_token.items()):
            if i < token.i and entity.label == label and self.mention_of[i][0] == i:
                count = counts.setdefault(id(entity), [0, 0, entity])
                count[0], count[1] = count[0] + 1, i
        return max(counts.values(), key=lambda c: c[:2])[2] if counts else None

    def organisation_named_from(self, adjective: str) -> Entity | None:
        """The organisation whose name is the adjective and a word ("Liberal Democrat" -> "Liberal Democrats",
        "Conservative" -> "Conservative Party"), when the article names one."""
        names = {adjective + "s", adjective + " Party", adjective + " party"}
        return next((e for e in self.by_token.values() if e.label == "ORG" and e.name in names), None)

    def organisation_written_as(self, words: str) -> Entity | None:
        """The organisation the article names by these very words elsewhere ("The TUC said ... TUC General
        Secretary Brendan Barber", where the models missed the second)."""
        return next((e for e in self.by_token.values() if e.label == "ORG" and any(
            self.text[start:end] == words for start, end in e.mentions)), None)

    def starting_at(self, token: Token) -> Entity | None:
        span = self.mention_of.get(token.i)
        return self.by_token[token.i] if span and span[0] == token.i else None

    def spans(self) -> list[tuple[tuple[int, int], Entity]]:
        """Every mention's token span with its entity, in text order."""
        return sorted({span: self.by_token[span[0]] for span in self.mention_of.values()}.items())

    def nearest_in_sentence(self, entity: Entity | None, token: Token) -> Token | None:
        """A token of the entity's mention nearest to ``token`` in its sentence (None when it has none there)."""
        sentence = token.sent
        found = [t for t in sentence if self.by_token.get(t.i) is entity] if entity is not None else []
        return min(found, key=lambda t: abs(t.i - token.i)) if found else None

    def mention_start(self, token: Token) -> int:
        span = self.mention_of.get(token.i)
        return self.doc[span[0]].idx if span else token.idx

    def mention_end(self, token: Token) -> int:
        span = self.mention_of.get(token.i)
        last = self.doc[span[1] - 1] if span else token
        return last.idx + len(last)

    def evidence(self, tokens: list[Token]) -> tuple[int, int]:
        """The character span from the start of the first of ``tokens``' mentions to the end of the last one's,
        in whatever order the parse gives them ("the Acme agency": the organisation comes before the noun; "Jo
        Ann Lee, head of X": the parse gives the name's last token)."""
        return min(self.mention_start(t) for t in tokens), max(self.mention_end(t) for t in tokens)

    def holders(self, start: int, end: int, scope: str) -> list[tuple[Token, Entity]]:
        """Countries (scope "country") or organisations (scope "organisation") mentioned in tokens [start, end)."""
        out, last = [], None
        for i in range(start, end):
            entity = self.by_token.get(i)
            if entity is None or self.mention_of[i] == last:
                continue
            span_end = self.mention_of[i][1]
            head = self.doc[span_end - 1].head
            modifier = self.doc[span_end - 1].dep_ in {"compound", "amod"} and head.pos_ == "NOUN" \
                and head.lower_ not in self.titles
            if (scope == "country" and entity.label == "GPE" and is_country(entity.name)
                    and not self._owns_a_firm(span_end - 1)) or (
                    scope == "organisation" and entity.label == "ORG" and not modifier) or (  # not "Blackwell chips"
                    scope == "town" and entity.label == "GPE" and not is_state_or_country(entity.name)):
                out.append((self.doc[i], entity))
                last = self.mention_of[i]
        return out

    def _owns_a_firm(self, i: int) -> bool:
        """Whether the name ending at token ``i`` is the owner of an organisation's name ("France's Suez": where a
        firm is from, no government acting)."""
        owned = self.by_token.get(self.doc[i].head.i) if self.doc[i].dep_ == "poss" else None
        return owned is not None and owned.label == "ORG"

    def paragraph_of(self, char: int) -> int:
        return max(i for i, s in enumerate(self.paragraph_starts) if s <= char)

    def paragraph_start(self, paragraph: int) -> int:
        return self.paragraph_starts[paragraph]


def _party_members(doc: Doc, index: _MentionIndex, found: list[Relation]) -> list[Relation]:
    """"Tory Dominic Grieve", "Lib Dem Sarah Teather": a party's name right before a person's, nothing between, is the
    party the person is a member of; so it is with one or two lower-case words between ("Democratic challenger John
    Kerry", "Tory rebel Ann Widdecombe", "Republican senator John McCain"; a party's adjective, variants.json
    _party_adjectives, names it too), unless a title between already gives the person a role in it ("Tory MP Peter
    Luff": has_role); "For the Welsh Liberal Democrats, Kirsty Williams called ...": a sentence opened by "For", a
    party and a comma, then a person's name, is that person speaking for their party; so is "Oliver Letwin, for the
    Tories, said ..."."""
    out = []
    adjectives = word_list("variants.json", "_party_adjectives")
    leavers = word_list("variants.json", "_party_leavers")
    roles_held = {(r.subject.name, r.object.name) for r in found if r.predicate == "has_role" and r.object}
    for (start, end), person in index.spans():
        if person.label != "PERSON":
            continue
        comma = start > 2 and doc[start - 1].text == "," and doc[start - 2].is_lower  # "his Democrat challenger,
        before = start - 1 - comma  # John Kerry": the description in apposition before the name
        while before > 0 and start - comma - before <= 2 and doc[before].is_alpha and (
                doc[before].is_lower and doc[before].pos_ in {"NOUN", "ADJ"}
                or doc[before].is_title and doc[before].lower_ in index.titles):
            before -= 1  # "Democratic challenger", "Republican presidential candidate", "Democratic Senator"
        if comma and before == start - 2:
            before = start - 1  # (no description: "Labour, Tom Reed said" names no member)
        mention = index.mention_of.get(before) if before >= 0 else None
        party = index.of(doc[before]) if mention is not None and mention[1] == before + 1 else None
        evidence = [doc[before], doc[end - 1]]
        if party is not None and ((person.name, party.name) in roles_held
                                  or any(t.lower_ in leavers for t in doc[before + 1:start])):
            continue  # "Tory MP Peter Luff": the title's has_role says it; "Tory defector Robert Jackson": no more
        if party is not None and party.label == "NORP" and (party.name in adjectives or _a_party(party.name)) \
                and before < start - 1:
            out.append(Relation("member_of", person, party, *index.evidence(evidence)))
            continue
        if party is None and start > 2 and doc[start - 1].text == ",":
            party = index.of(doc[start - 2])
            opening = index.mention_of[start - 2][0] - 1 if party is not None else -1
            opening -= opening >= 0 and doc[opening].lower_ == "the"
            party = party if opening >= 0 and doc[opening].lower_ == "for" and doc[opening].is_sent_start else None
            evidence = [doc[opening], doc[end - 1]] if party is not None else evidence
        after = end + 2 + (end + 2 < len(doc) and doc[end + 2].lower_ == "the")
        if party is None and after < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "for":
            mention = index.mention_of.get(after)  # "Oliver Letwin, for the Tories, said": speaking for the party
            party = index.of(doc[after]) if mention is not None and mention[0] == after and mention[1] < len(doc) \
                and doc[mention[1]].text == "," else None
            evidence = [doc[start], doc[mention[1] - 1]] if party is not None else evidence
        if party is not None and party.label == "ORG" and _a_party(party.name) and party is not person:
            out.append(Relation("member_of", person, party, *index.evidence(evidence)))
    return out


def _a_party(name: str) -> bool:
    """A party by its last word (``is_party``) or one of the parties variants.json knows, also after a nation's or
    region's word ("Welsh Liberal Democrats", "Scottish Labour Party")."""
    parties = word_list("variants.json", "_parties")
    return _is_party(name) or name in parties or " ".join(name.split()[1:]) in parties


def _own_article(title: Token, first: Token) -> bool:
    """A title joined after another with an article of its own: a description apart ("former Labour minister and now
    a European Commissioner"), no holder shared."""
    return title.i > first.i and any(c.dep_ == "det" and c.i < title.i for c in title.children)


def _contrasted(doc: Doc, a: Token, b: Token) -> bool:
    """Whether two titles the parse joins are set against each other, one person's and another's ("one of DOD's
    leaders but his lawyer, Antony Townsden": the lawyer is no leader), not one person's two ("chairman and
    founder")."""
    first, second = sorted((a, b), key=lambda t: t.i)
    return any(t.lower_ in {"but", "or", "nor", "while", "whereas"} for t in doc[first.i + 1:second.i])


NEAR_BAND_CHARS = 400  # a member's title this close after the band's name: about two sentences


def _band_of_its_members(doc: Doc, entities: list[Entity], found: list[Relation]) -> None:
    """"The remaining members of rock band Queen will tour. Guitarist Brian May said ...": a band member's title
    (roles.json band_member_titles) with no organisation, written soon after the band is named, is held in the band,
    where the article names one organisation, and only one, as a band: right after the word "band", or as the holder
    of such a title ("Nirvana frontman Kurt Cobain ... drummer Dave Grohl"). A person named right after "band
    member(s)" soon after it is a member ("surviving band members Krist Novoselic and ...")."""
    titles, text = word_list("roles.json", "band_member_titles"), doc.text
    bands = {id(e): e for e in entities if e.label == "ORG" and any(
        re.search(r"\bband\s+$", text[max(0, start - 8):start], re.IGNORECASE) for start, _ in e.mentions)}
    bands.update({id(r.object): r.object for r in found if r.predicate == "has_role" and r.object is not None
                  and r.object.label == "ORG" and r.role and r.role.split()[-1] in titles})
    if len(bands) != 1:
        return
    band = next(iter(bands.values()))

    def soon_after_the_band(char: int) -> bool:
        return any(0 <= char - end <= NEAR_BAND_CHARS for _, end in band.mentions)

    for person in entities:
        for start, end in person.mentions if person.label == "PERSON" else ():
            if re.search(r"\bband\s+members?\s+$", text[max(0, start - 14):start], re.IGNORECASE) \
                    and soon_after_the_band(start):
                found.append(Relation("member_of", person, band, text.rindex("band", 0, start), end,
                                      confidence=INFERRED))
    for relation in found:
        if relation.predicate == "has_role" and relation.object is None and relation.role \
                and relation.role.split()[-1] in titles and relation.subject is not band \
                and soon_after_the_band(relation.start) \
                and not text[max(0, relation.start - 8):relation.start].lower().rstrip().endswith("fellow"):
            relation.object, relation.confidence = band, INFERRED  # (not "fellow guitarist Buddy Guy", another
            # band's or none, nor one far from where the band is named)


def _group_members(doc: Doc, index: _MentionIndex) -> list[Relation]:
    """"Beatle George Harrison", "former Spice Girl Geri Halliwell": a person named after the word that, made plural,
    is a group the article names is a member of it (the entities stage keeps the word out of the name)."""
    groups: dict[str, Entity] = {}
    for _, entity in index.spans():
        if entity.label == "ORG":
            groups.setdefault(group_key(entity.name), entity)
    out = []
    for (start, end), person in index.spans():
        if person.label != "PERSON":
            continue
        for k in (1, 2):
            words = doc[max(0, start - k):start]
            group = groups.get(member_group_key(words.text)) if len(words) == k and all(t.is_title for t in words) \
                else None
            if group is not None:
                out.append(Relation("member_of", person, group, *index.evidence([words[0], doc[end - 1]])))
                break
    return out


#: Plural nouns for the people an organisation has on its books, whose list after "include" names its members.
ROSTER_NOUNS = frozenset({"artists", "acts", "players", "members", "stars", "signings", "riders", "drivers"})


def _listed_members(doc: Doc, index: _MentionIndex, resolve: Resolver) -> list[Relation]:
    """"Def Jam's artists include LL Cool J, DMX and Ashanti", "its players include A and B": each person listed
    after "include" whose subject is a plural noun for an organisation's people, owned by the organisation, is its
    member."""
    out = []
    for verb in doc:
        if verb.lemma_ != "include" or verb.pos_ != "VERB":
            continue
        subject = _subject_of(verb)
        owner = _first(c for c in subject.children if c.dep_ == "poss") if subject is not None \
            and subject.lower_ in ROSTER_NOUNS else None
        organisation = (resolve.possessor(owner, subject) if owner.lower_ in ORG_POSSESSIVES else index.of(owner)) \
            if owner is not None else None
        if organisation is None or organisation.label != "ORG":
            continue
        out += _members_listed(_first(c for c in verb.children if c.dep_ == "dobj"), organisation, index,
                               [owner, verb])
    return out


def _members_listed(first: Token | None, organisation: Entity, index: _MentionIndex,
                    evidence: list[Token]) -> list[Relation]:
    """Each person named at ``first`` or in a conjunct of it, a member of ``organisation`` (the evidence from the
    ``evidence`` words to the name)."""
    out = []
    for token in [first, *first.conjuncts] if first is not None else []:
        person = index.of(token)
        if person is not None and person.label == "PERSON":
            out.append(Relation("member_of", person, organisation, *index.evidence([*evidence, token]),
                                confidence=0.7))
    return out


def _a_list_s_label(doc: Doc, role) -> bool:
    """"Film - The Aviator; director - Clint Eastwood; actor - Jamie Foxx; actress - Hilary Swank": a title set off
    by a spaced dash before its name, or opening an item after a semicolon, in a sentence of items parted by
    semicolons, is the label of a list's item (a category of a ballot), no one's title."""
    dashed = role.end < len(doc) and doc[role.end].text in {"-", "–", "—"} and doc[role.end - 1].whitespace_
    if not (dashed or role.start > 0 and doc[role.start - 1].text == ";"):
        return False
    return any(t.text == ";" for t in doc[role.start].sent)  # (the sentence found last: it costs a walk)


#: "the" and up to two words before a capitalised word: where one of a people may be ("the 25-year-old Spaniard").
ONE_OF_A_PEOPLE_SHAPE = re.compile(r"\b[Tt]he (?:['‘]?[\w-]+ ){0,2}?['‘]?([A-Z][a-z]+)\b")


def _sides_without_their_players(doc: Doc, index: _MentionIndex, team_words) -> list[Relation]:
    """"Boro were without injured Gaizka Mendieta, George Boateng and Mark Viduka": in an article about sport, each
    person a club "is without" is its member (its players, out of the side)."""
    out, sport = [], None
    for found in re.finditer(r"\bwithout\b", doc.text):  # (the text searched, not every word walked)
        word = doc.char_span(found.start(), found.end())
        word = word[0] if word is not None and len(word) == 1 else None
        if word is None or word.dep_ != "prep" or word.head.lemma_ != "be":
            continue
        subject = _subject_of(word.head)
        club = index.of(subject) if subject is not None else None
        if club is None or club.label != "ORG":
            continue
        sport = about_sport(doc, team_words) if sport is None else sport
        if not sport:
            break
        out += _members_listed(_first(c for c in word.children if c.dep_ == "pobj"), club, index, [subject, word])
    return out


def verb_specs(verbs: dict) -> dict[str, list[dict]]:
    """relation_verbs.json's verb table with every lemma's specs as a list: a verb may give one relation, or two by
    its preposition ("base": based_in "in", works_for "at")."""
    return {lemma: specs if isinstance(specs, list) else [specs] for lemma, specs in verbs.items()}


MEMBER = frozenset({"member", "members"})
#: Conjunctions after which a present tense tells what is to come ("when Italy come to Edinburgh").
FUTURE_MARKS = frozenset({"when", "if", "until", "unless", "once", "before", "after"})
#: Modals that say what is to come rather than what might be ("X will become chief executive" is news of a title).
FUTURE_MODALS = frozenset({"will", "'ll", "shall", "wo"})


def _owned_by_someone(title, index: "_MentionIndex") -> bool:
    """Whether a title's words are owned by a person ("his lawyer", "Denise Lewis' coach"): that person's own, no
    organisation's to guess."""
    return any(c.dep_ == "poss" and (c.lower_ in {"his", "her"} or index.of(c) is not None
                                     and index.of(c).label == "PERSON") for t in title for c in t.children)


def _hypothetical(copula: Token) -> bool:
    """A title said of someone only as a possibility: under a modal other than the future's ("would be supreme
    governor", "could become king"), negated, in a condition ("if he became king") or in a clause of what is to come
    ("after Charles becomes king")."""
    children = list(copula.children)
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in FUTURE_MODALS
               for c in children) \
        or any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in children) or _to_come(copula)


def _to_come(verb: Token) -> bool:
    """A present tense after a word of time or condition that tells what is to come ("when Italy come", "after Charles
    becomes king")."""
    return verb.tag_ in {"VBP", "VBZ"} and any(c.dep_ in {"mark", "advmod"} and c.lower_ in FUTURE_MARKS
                                               for c in verb.children)


#: Words of a day ahead that, on a verb in the present progressive, make it an arrangement ("is meeting X on Thursday").
DAYS_AHEAD = frozenset(WEEKDAYS) | {"tomorrow", "tonight"}


def _arranged_ahead(verb: Token) -> bool:
    """"Seifert is meeting Furse on Thursday", "Blair is visiting Leeds next week": a verb in the present progressive
    with a weekday, "tomorrow" or a "next" period of its own tells an arrangement, not a deed done (not "is visiting
    Leeds today", going on)."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children):
        return False
    times = [w for c in verb.children if c.dep_ in {"npadvmod", "prep"}
             for w in [c, *(g for g in c.children if g.dep_ == "pobj")]]
    return any(w.lower_ in DAYS_AHEAD or any(m.lower_ == "next" for m in w.children) for w in times)


def _team_of_the_clause_above(person_token: Token, index: _MentionIndex) -> tuple[Entity | None, Token | None]:
    """"Real took the lead when Brazilian striker Ronaldo cracked home", "Wales are hopeful that openside flanker
    Martyn Williams will be fit": in a match report, a player named in a clause hung on a verb whose subject is a
    team plays for that team."""
    node = person_token
    while node.head != node:
        if node.dep_ in {"ccomp", "advcl"} or node.dep_ == "relcl" and any(c.lower_ == "when" for c in node.children):
            # ("are hopeful that ...": the verb above the adjective; "levelled ... in the second half when ...": above
            verb = verb_above(node.head) or node.head.sent.root  # the noun)
            if verb.lemma_.lower() in SPEECH_VERBS:
                return None, None  # "Ferguson said striker Wayne Rooney was fit": the speaker is no team
            subject = _subject_of(verb)
            team = index.of(subject) if subject is not None else None
            return (team, subject) if team is not None and team.label in {"ORG", "GPE"} else (None, None)
        node = node.head
    return None, None


def _past_portfolio(doc: Doc, i: int) -> int:
    """Past the portfolio a title holds, written after it in lower case before the holder's name ("deputy minister
    for women Jacqui Smith", "secretary for culture, media and sport"): where the name starts, or ``i``."""
    if i >= len(doc) or doc[i].lower_ != "for":
        return i
    j = i + 1
    while j < len(doc) and j - i <= 6 and (doc[j].is_lower and doc[j].is_alpha or doc[j].text == ","):
        j += 1
    return j if i + 1 < j < len(doc) and doc[j].text[:1].isupper() and doc[j - 1].text != "," else i


def _possessive_after(text: str, char: int) -> bool:
    """Whether a possessive "'s" is written right at character ``char`` (the end of a mention)."""
    return text[char:char + 2] in {"'s", "’s"}


def _from_on_the_source(doc: Doc, span: tuple[int, int], words: list[str]) -> bool:
    """Whether the "from" after a name hangs on it, or on the verb of speech it is the subject of ("said Matthew
    Herren from EduVision", "said Derek Broes, from Microsoft")."""
    head = doc[span[1] + len(words) - 1].head
    return head.i in range(*span) or (words[-1] == "from" and head.lemma_.lower() in SPEECH_VERBS
                                       and any(t.head == head and t.dep_ == "nsubj" for t in doc[span[0]:span[1]]))


def _a_source(token: Token, span: tuple[int, int]) -> bool:
    """Whether the name ending at ``token`` is a clause's subject ("X said", "said X") or the one words are given to
    ("according to X")."""
    root = max((t for t in token.doc[span[0]:span[1]] if t.head.i not in range(*span)), key=lambda t: t.i,
               default=token)
    return root.dep_ in {"nsubj", "nsubjpass"} or (root.dep_ == "pobj" and root.head.lower_ == "to"
                                                   and root.head.head.lower_ == "according")


def _opens_a_clause(conjunct: Token) -> bool:
    """An object's conjunct that a modal or a finite verb follows is the next clause's subject, misparsed ("Tottenham
    travel to West Brom and Arsenal will entertain Wolves"): no object of the verb before."""
    after = conjunct.right_edge.i + 1
    doc = conjunct.doc
    return after < len(doc) and (doc[after].tag_ == "MD" or doc[after].tag_ in {"VBD", "VBZ", "VBP"}
                                 and doc[after].pos_ in {"VERB", "AUX"})


def _listed_with(token: Token) -> list[Token]:
    """The heads listed with a noun, through the conjunctions and appositions the parser hangs them by ("Lauren,
    Patrick Vieira, Freddie Ljungberg and Ashley Cole")."""
    out, todo = [], [token]
    while todo:
        for child in todo.pop().children:
            if child.dep_ in {"conj", "appos"}:
                out.append(child)
                todo.append(child)
    return out


def _owner_only(token: Token, index: "_MentionIndex") -> bool:
    """Whether a name stands in the phrase as the owner of something else ("Maduro's deputy", "Caicedo's family")."""
    possessive = token.dep_ == "poss" or any(c.dep_ == "case" and c.lower_ in {"'s", "’s", "'"} for c in token.children)
    return possessive and index.of(token.head) is not index.of(token)


def _now_going_on(verb: Token) -> bool:
    """"who is now playing for Al-Gharafa", "who plays for Y": a verb in the present (a simple present or a
    progressive with "is" or "are"), no past."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"is", "are", "'s", "'re"}
                                      for c in verb.children)


def _phrasal_lemma(verb: Token) -> str:
    """The verb's lemma with its particle ("took over" -> "take over"); the lemma alone when it has none."""
    particle = _first(c for c in verb.children if c.dep_ == "prt")
    return f"{verb.lemma_.lower()} {particle.lower_}" if particle is not None else verb.lemma_.lower()


def _object_preps(where: str) -> set[str]:
    """The prepositions of a verb spec's object ("prep:for|at": "works for", "works at")."""
    return set(where.split(":", 1)[1].split("|"))


def _sentence_subject_person(token: Token, index: "_MentionIndex") -> Entity | None:
    """"Michael Henley Jr., 10, disappeared ... with his father ... near their hometown of Grants": a "their" whose
    sentence is about a person named as its subject stands for that person (among the others it takes in)."""
    root = token.sent.root
    subject = _first(c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i)
    entity = index.of(subject) if subject is not None else None
    return entity if entity is not None and entity.label == "PERSON" else None


def _arguments(verb: Token, where: str) -> tuple[Token | None, list[Token]]:
    subject = _subject_of(verb)  # in the passive, the agent: "Maduro was captured by U.S. forces"
    if where == "dobj":
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not objects and verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children):
            objects = [verb.head]  # "AT&T being bought by SBC", "Initech, bought by Hooli last year,": the noun it describes
        if not objects and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            objects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]  # "Commodore filed for
            # bankruptcy and was sold to Tulip": the subject of the verb it is joined to
    else:
        words = _object_preps(where)
        objects = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in words
                   for p in c.children if p.dep_ == "pobj"]
        if not objects:  # "lives and trains in Addis Ababa": the phrase on the verb joined after it
            objects = [p for v in verb.conjuncts if v.i > verb.i and not any(c.dep_ == "nsubj" for c in v.children)
                       for c in v.children if c.dep_ == "prep" and c.lower_ in words
                       for p in c.children if p.dep_ == "pobj"]
        passive_subject = _first(c for c in verb.children if c.dep_ == "nsubjpass")
        if passive_subject is not None:  # "the Red Cross, which is based in Nairobi"
            subject = verb.head if passive_subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" \
                else passive_subject
        elif verb.dep_ == "acl":
            subject = verb.head
        elif subject is None and verb.dep_ == "conj":  # "X was born in Leeds and grew up in Hull"
            subject = _first(c for c in verb.head.children if c.dep_ == "nsubjpass")
    return subject, objects


LOCATIVE_PREPS = {"in", "near", "from", "outside", "across", "around"}


def _placed(token: Token, top: Token) -> bool:
    """True when ``token`` sits in a place phrase under ``top``: "the agency in Washington" says where the
    agency is, not whom a spokeswoman "for the agency" works for."""
    node = token
    while node != top and node.head != node:
        if node.dep_ == "prep" and node.lower_ in LOCATIVE_PREPS:
            return True
        node = node.head
    return False


def _entity_in(token: Token | None, index: _MentionIndex, labels: set[str],
               modifiers: bool = True) -> tuple[Entity | None, float]:
    """The entity the token names (confidence 0.8), else with ``modifiers`` one naming its owner or modifier
    ("U.S. forces" -> the United States, 0.55); not for a noun describing a person ("the Spain international
    joined Chelsea": a player, not Spain)."""
    if token is None:
        return None, 0.0
    entity = index.of(token)
    if entity and entity.label in labels:
        return entity, 0.8
    for child in token.children:  # "Canada's foreign minister, Helen Tran, visited": the person named
        entity = index.of(child) if child.dep_ == "appos" else None
        if entity and entity.label in labels:
            return entity, 0.8
    if token.lemma_ in word_list("org_nouns.json", "place_nouns"):  # "The city of Vienne is suing Fabre": the place
        for pobj in (p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
            entity = index.of(pobj) if pobj.dep_ == "pobj" else None
            if entity and entity.label in labels and entity.label in {"GPE", "LOC"}:
                return entity, 0.8
    for child in token.children if modifiers and not is_person_noun(token) else ():
        if child.dep_ in {"compound", "amod", "nmod", "poss"}:
            entity = index.of(child)
            if entity and entity.label in labels:
                return entity, 0.55
    if modifiers and token.lower_ in word_list("org_nouns.json", "member_nouns"):  # "Fighters from the Black Mountain Brigade"
        for pobj in (p for c in token.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}
                     for p in c.children if p.dep_ == "pobj"):
            entity = index.of(pobj)
            if entity and entity.label in labels and entity.label == "ORG":
                return entity, 0.55
    return None, 0.0


def _organisation_owning(place: Token, index: _MentionIndex) -> Token | None:
    """The organisation's token whose possessive mark stands right before the place ``place`` names ("Acme's UK
    sales director": Acme), or None."""
    entity = index.of(place)
    if entity is None or entity.label not in {"GPE", "LOC"}:
        return None
    start = index.mention_of.get(place.i, (place.i,))[0]
    if start < 2 or place.doc[start - 1].text not in {"'s", "’s"}:
        return None
    owner = index.of(place.doc[start - 2])
    return place.doc[start - 2] if owner is not None and owner.label == "ORG" else None


def _set_off_after(noun: Token, index: _MentionIndex) -> Entity | None:
    """The entity a description stands beside, set off by a comma: its apposition's head, or, where the parse hangs
    the description elsewhere, the name right before the comma that opens it ("Mitsubishi, the only major Japanese
    car firm in the red, confirmed", parsed with the noun as the sentence's root)."""
    if noun.dep_ == "appos" and index.of(noun.head) is not None:
        return index.of(noun.head)
    first = next((c.i for c in noun.lefts if c.dep_ == "det"), noun.left_edge.i)  # its own words, whatever hangs on it
    return index.of(noun.doc[first - 2]) if first >= 2 and noun.doc[first - 1].text == "," else None


def _entities_of(token: Token, index: _MentionIndex, nested: bool = True) -> list[tuple[Entity, Token]]:
    """The entity a noun phrase names, or the names listed in apposition to it (with a token of each); with
    ``nested``, else the names listed lower in the phrase."""
    entity = index.of(token)
    if entity:
        return [(entity, token)]
    if token.lemma_ in word_list("org_nouns.json", "place_nouns"):  # "stormed the town of Lubero": the place
        named = [(index.of(p), p) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and index.of(p) is not None]
        if named:
            return named
    out: list[tuple[Entity, Token]] = []
    for child in token.children:
        if child.dep_ == "appos":
            for t in [child, *[c for c in child.subtree if c.dep_ == "conj"]]:
                e = index.of(t)
                if e and all(e is not o for o, _ in out):
                    out.append((e, t))
    if not out and nested:  # a list the parser attached lower down: "two groups in X, A and B"
        for t in token.subtree:
            e = index.of(t)
            if e and e.label in {"ORG", "PERSON"} and all(e is not o for o, _ in out) and _in_noun_phrase(t, token):
                out.append((e, t))
    return out


def _in_noun_phrase(token: Token, top: Token) -> bool:
    """Whether ``token`` hangs on ``top`` through nouns and prepositions only, not through a clause ("marginal
    constituencies pledging to build on what he said were Labour's achievements")."""
    return not any(t.pos_ in {"VERB", "AUX"} or t.dep_ in {"acl", "relcl", "advcl", "ccomp", "xcomp", "pcomp"}
                   for t in up_to(token, top.i))


def _as_end(verb: Token) -> int:
    """Where the "as ..." complement of a verb ends, in characters (the verb's end when there is none)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            last = max((t for t in child.subtree if not t.is_space), key=lambda t: t.i)  # (not a paragraph's break
            return last.idx + len(last)  # the parse hangs on a headline's last word)
    return verb.idx + len(verb)


def _as_object(verb: Token) -> Token | None:
    """The object of the verb's "as" complement: "named her as finance minister" -> minister; else a common noun
    as the second object ("designated the CLF a terrorist organisation", "named Ana Ruiz finance minister")."""
    complement = _first(p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                        for p in c.children if p.dep_ == "pobj")
    if complement is not None:
        return complement
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd"}]
    return objects[1] if len(objects) == 2 and objects[1].pos_ == "NOUN" and objects[0].pos_ == "PROPN" else None


CLAUSE_BREAKS = {",", ";", ":", "(", ")", "—", "–", '"', "“", "”"}


def _as_complement(verb: Token, exclude: frozenset[Token] | set[Token] = frozenset()) -> str | None:
    pobj = _as_object(verb)
    if pobj is None:
        return None
    words = []
    for t in pobj.subtree:  # up to a comma or a clause hung on it ("as its chief executive, the Boston-based firm said")
        if t.i > pobj.i and (t.text in CLAUSE_BREAKS or t.is_space or t.dep_ in {"appos", "relcl", "acl"} or (
                t.dep_ == "prep" and any(p.ent_type_ in {"DATE", "TIME"} for p in t.children))):
            break  # nor a date after it ("as finance chief in May"), nor a headline's paragraph break
        if t.dep_ != "det" and t not in exclude:
            words.append(t.text)
    return " ".join(words) or None


def _named_holder(role: Token, index: _MentionIndex) -> tuple[Entity | None, Token | None, Token | None]:
    """The organisation or country a role noun names with a preposition ("chief executive of Orvana"): the
    entity, its token and the preposition."""
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ in ORG_PREPS:
            for pobj in prep.children:
                entity = index.of(pobj) if pobj.dep_ == "pobj" else None
                if entity is not None and entity.label in {"ORG", "GPE"}:
                    return entity, pobj, prep
    return None, None, None


OPPOSING_PREPS = {"against", "with", "on", "over", "because", "toward", "towards", "into", "about", "versus", "than"}


def _seat_or_currency_prefix(token: Token) -> bool:
    """"US-based", "US$13 million": a place name written against "-based" or a currency sign."""
    doc, i = token.doc, token.i
    if token.whitespace_ or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return after.is_currency or (after.text in {"-", "–"} and not after.whitespace_ and i + 2 < len(doc)
                                 and doc[i + 2].lower_ in {"based", "headquartered"})


def _opposed(token: Token) -> bool:
    """True when one of OPPOSING_PREPS stands between the name and its clause ("the embargo against Cuba", "because
    of the United States", "talks with Iran", "sanctions on Russia"): a country set against, not the title's."""
    node = token
    while node.head != node and node.pos_ not in {"VERB", "AUX"}:
        if node.dep_ in {"prep", "pcomp", "pobj"} and (node.lower_ in OPPOSING_PREPS or (
                node.dep_ == "pobj" and node.head.lower_ in OPPOSING_PREPS)):
            return True
        node = node.head
    return False


SPEECH_LEMMAS = {"tell", "say", "speak", "talk", "write", "explain"}


def _compound_head(token: Token) -> Token:
    while token.dep_ == "compound" and token.head != token:
        token = token.head
    return token


def spoken_to(token: Token) -> bool:
    """True when the name is the one spoken to: "told BBC Sport", "speaking to the Guardian", "told BBC Radio Five
    Live's Sportsweek programme" (an outlet owning what was spoken to)."""
    token = _compound_head(token)  # from a name's first word to its head
    if token.dep_ == "poss" and token.head.pos_ == "NOUN":
        token = _compound_head(token.head)  # the outlet's programme, paper or website
    head = token.head
    if token.dep_ in {"dobj", "dative"} and head.lemma_.lower() in SPEECH_LEMMAS:
        return True
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in SPEECH_LEMMAS


SPEECH_VERBS = frozenset({"say", "tell", "add", "insist", "argue", "claim", "explain"})


def _speakers_of(sentence: Span, index: "_MentionIndex") -> list[Entity]:
    """Who speaks in a sentence or the two before it in its paragraph: the named subjects of verbs of speech
    ("..., said Digby Jones", 'Sir Digby added: "I don't think he will. I have to say he has been ...'))."""
    doc = sentence.doc
    start = sentence.start
    for _ in range(2):
        if start == 0 or "\n" in doc[start - 1].text or doc[start - 1].is_space:
            break
        start = doc[start - 1].sent.start
    return [e for t in doc[start:sentence.end] if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"
            for e in [index.of(_subject_of(t))] if e is not None]


def quoted_at(text: str, start: int, char: int) -> bool:
    """True when ``char`` lies inside a quotation opened since ``start`` (a paragraph's first character)."""
    before = text[start:char]
    curly_open, curly_close = before.rfind("“"), before.rfind("”")
    return before.count('"') % 2 == 1 or curly_open > curly_close


PARTIES = frozenset({"D", "R", "I"})


def party_label(doc: Doc, start: int) -> bool:
    """Whether the name starting at token ``start`` is the state of an American politician's party label, as
    news writes it after the name ("Ann Lee, D-Mich., said", "Sen. Jo Dunn (R-Utah)"): a place, not a person."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].text in PARTIES \
        and (start == 2 or doc[start - 3].text in {",", "("})


PATTERNS = "relations"  # the extractor of this stage's relations (Relation's default)
LOCATED = frozenset({"based_in", "lives_in"})
STATES = LOCATED | {"works_for"}  # predicates of where or for whom one is, not of what one does
OWN_DEEDS = {"acquired", "sued"}  # done by the one named, never by whatever modifies the subject ("iTunes user sues")
#: What may stand between a town and its region: a comma, or "in" with words of where in it ("in southern").
_REGION_GAP = re.compile(r"\s*,\s*|\s+in\s+(?:(?:central|northern|southern|eastern|western|north|south|east|west|"
                         r"north-?eastern|north-?western|south-?eastern|south-?western|rural|extreme)\s+)*")


def _source_line_seats(doc: Doc, index: "_MentionIndex") -> list[Relation]:
    """"MK1401103094 Moscow MOSKOVSKIY KOMSOMOLETS in Russian 14 Jan 94": the outlet a monitoring service credits
    is based in the place the line names (pipeline/entities/source_lines.py)."""
    out = []
    for line in source_lines(doc):
        place_token, outlet_token = doc[line.place_start], doc[line.outlet_start]
        place, outlet = index.of(place_token), index.of(outlet_token)
        if place is not None and outlet is not None and place.label in {"GPE", "LOC"} and outlet.label == "ORG":
            out.append(Relation("based_in", outlet, place, *index.evidence([place_token, outlet_token]),
                                confidence=0.8))
    return out


def with_regions(text: str, relations: list[Relation]) -> list[Relation]:
    """"Acme, based in West Point, Ga.", "Ann Lee, who lives in Bethany, Conn.", "Yatsushiro in Kumamoto in Japan":
    what is based, lives or lies in a town named with its region ("A, B" or "A in B", a ``located_in`` read from
    the two names and the comma or "in" between them) is based, lives or lies in the region too. Returns the new
    relations only, each with the evidence of the first one run on to the region."""
    regions: dict[tuple[str, int], list[Relation]] = {}
    for r in relations:
        if r.predicate == "located_in" and r.object is not None:
            inner, outer = _mention_at(r.subject, r.start, r.end), _mention_at(r.object, r.start, r.end)
            if inner and outer and inner[0] == r.start and outer[1] == r.end \
                    and _REGION_GAP.fullmatch(text[inner[1]:outer[0]]):
                regions.setdefault((r.subject.name, inner[1]), []).append(r)
    have = {(r.predicate, r.subject.name, r.object.name) for r in relations if r.object is not None}
    out: list[Relation] = []
    todo = list(relations)
    while todo:  # a chain of regions, run on to each: "Yatsushiro in Kumamoto Prefecture in southern Japan"
        new = []
        for r in todo:
            if r.predicate not in LOCATED | {"located_in"} or r.object is None:
                continue
            place = _mention_at(r.object, r.start, r.end)
            for region in regions.get((r.object.name, place[1]), []) if place and place[1] == r.end else []:
                key = (r.predicate, r.subject.name, region.object.name)
                if key not in have and region.object is not r.subject:
                    have.add(key)
                    guess = _first(x for x in (r, region) if x.extractor != PATTERNS) or r  # a guess makes it one
                    new.append(Relation(r.predicate, r.subject, region.object, r.start, region.end,
                                        confidence=min(r.confidence, region.confidence), extractor=guess.extractor))
        out += new
        todo = new
    return out


def _mention_at(entity: Entity, start: int, end: int) -> tuple[int, int] | None:
    """The entity's last mention inside the characters [start, end)."""
    inside = [(s, e) for s, e in entity.mentions if start <= s and e <= end]
    return max(inside) if inside else None


def _dummy(pronoun: Token, verb: Token) -> bool:
    """Whether "it" is the dummy subject of a copula the verb hangs on ("it would be tough coming to Rome", "it
    was good meeting him"): no one does the deed."""
    return pronoun.lower_ == "it" and pronoun.head.i != verb.i and pronoun.head.lemma_ == "be"


def _in_list(doc: Doc, index: _MentionIndex, holder: Entity | None, start: int, last: Token) -> bool:
    """Whether a guessed holder is only named in the list of people a title goes to, from token ``start`` to the
    names running on from the person at ``last`` ("Forwards: A, B, C and D": a name of the list, even one taken
    for an organisation, holds no one's title)."""
    end = index.mention_of.get(last.i, (last.i, last.i + 1))[1]
    while end + 1 < len(doc) and doc[end].lower_ in {",", "and"} and index.of(doc[end + 1]) is not None:
        end = index.mention_of[end + 1][1]
    token = index.nearest_in_sentence(holder, last)
    return token is not None and start <= token.i < end


def _without_contradicted_guesses(relations: list[Relation]) -> list[Relation]:
    """Drop an inferred holder where the article names the person's holder for that title ("U.S. President Donald
    Trump ... President Trump said Venezuela must ...": he is not Venezuela's president)."""
    named = {(r.subject.name, r.role) for r in relations
             if r.predicate == "has_role" and r.object is not None and r.confidence >= 0.75}
    return [r for r in relations if not (r.predicate == "has_role" and r.confidence <= INFERRED
                                         and (r.subject.name, r.role) in named)]


def _one_country_per_title(relations: list[Relation]) -> list[Relation]:
    """One person's title held for two countries is read twice over: "French singer Charles Aznavour and British
    ambassador Sir John Holmes" gives the ambassador France (the list's first adjective) and the United Kingdom (his
    own); the reading with the shortest evidence, the adjective beside the title, stands."""
    def country_title(r: Relation) -> bool:
        return r.predicate == "has_role" and r.object is not None and r.object.label == "GPE" and bool(r.role) \
            and is_country(r.object.name)  # "Leicester and England lock X": a town's club and a country

    best: dict[tuple[str, str], Relation] = {}
    for r in filter(country_title, relations):
        key = (r.subject.name, r.role)
        if key not in best or r.end - r.start < best[key].end - best[key].start:
            best[key] = r
    return [r for r in relations if not (country_title(r) and best[(r.subject.name, r.role)] is not r)]


#: Last words of the names of institutions a town's name after a comma places ("New College, Oxford").
CAMPUS_HEADS = frozenset({"college", "university", "school", "hospital", "academy", "institute", "museum"})


def _listed_after(doc: Doc, index: "_MentionIndex", span: tuple[int, int]) -> bool:
    """Whether a list of names goes on after the name at ``span`` ("Oxford, Cambridge and Leeds")."""
    end = span[1]
    return end + 1 < len(doc) and doc[end].lower_ in {",", "and", "or"} and index.of(doc[end + 1]) is not None


def _without_subsumed_roles(relations: list[Relation]) -> list[Relation]:
    """Drop a title with no holder where the article gives the same person the same title with its holder: "Prof
    Gellhorn" beside "Ernest Gellhorn, an anti-trust law professor at George Mason University", "analyst Nick Bubb"
    beside "retail analyst Nick Bubb of Evolution Securities", "Prof X" beside "professor of child health, X" (a reader
    records the fact once, at its fullest)."""
    held = {}
    for r in relations:
        if r.predicate == "has_role" and r.object is not None and r.role:
            held.setdefault(r.subject.name, []).append(r.role.split())

    def subsumed(r: Relation) -> bool:
        words = r.role.split() if r.role else []
        return bool(words) and any(
            (other[-len(words):] == words or _before_its_complement(other)[-len(words):] == words)
            and ("former" in words or "former" not in other) for other in held.get(r.subject.name, []))

    return [r for r in relations if not (r.predicate == "has_role" and r.object is None and subsumed(r))]


def _before_its_complement(words: list[str]) -> list[str]:
    """A title's words before what it is of or for ("professor of child health" -> "professor")."""
    cut = next((i for i, word in enumerate(words) if word in {"of", "for"} and i), len(words))
    return words[:cut]


def _capitalised_run(doc: Doc, end: int) -> list[Token]:
    """The capitalised words ending at token ``end``, last first (at most three)."""
    out = []
    for i in range(end, max(-1, end - 3), -1):
        if not doc[i].text[:1].isupper() or doc[i].is_sent_start:
            break
        out.append(doc[i])
    return out


def _without_modifiers(doc: Doc, start: int, end: int) -> list[str]:
    """The lower-cased words from token ``start`` to ``end``, without "the" and without the lower-case words that
    modify the name after them ("of the opposition" -> ["of"])."""
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    while len(words) > 1 and words[-1].is_lower and words[-1].pos_ in {"NOUN", "ADJ", "PROPN"}:
        words.pop()  # (a lower-case word read as a name is a modifier too: "in south east London")
    return [t.lower_ for t in words]


def _listed_before(doc: Doc, spans: list[tuple[tuple[int, int], Entity]], k: int) -> list[tuple[int, int]]:
    """The people listed right before the k-th mention ("A, B and" before C), nearest first."""
    return _listed_beside(doc, spans, k, -1, {"PERSON"})


def _listed_beside(doc: Doc, spans: list[tuple[tuple[int, int], Entity]], k: int, step: int,
                   labels: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """The mentions with one of ``labels`` listed right before (``step`` -1: "A, B and" before C) or after (1: "B and
    C" after "A, ") the k-th mention, nearest first."""
    out = []
    while 0 <= k + step < len(spans) and spans[k + step][1].label in labels:
        before, after = sorted((k, k + step))
        if [t.lower_ for t in doc[spans[before][0][1]:spans[after][0][0]]] not in ([","], ["and"], [",", "and"]):
            break
        k += step
        out.append(spans[k][0])
    return out


def _dominant(entities) -> Entity | None:
    """The entity named at least three times and at least twice as often as any other, if one is."""
    ranked = sorted(entities, key=lambda e: -len(e.mentions))
    if ranked and len(ranked[0].mentions) >= 3 and (len(ranked) == 1 or len(ranked[0].mentions) >= 2 * len(
            ranked[1].mentions)):
        return ranked[0]
    return None


def _named_in_full(person) -> bool:
    """A person the article names in full, a known first name opening the name ("Irina Korzhanenko")."""
    words = person.name.split()
    return len(words) > 1 and words[0] in first_names()


def _describing(between: Span, titles: set[int], possessive: bool) -> bool:
    """Whether the words between a nationality (or a country and its possessive mark) and a name only describe the
    person: none, or up to four lower-case nouns and adjectives or a title's words ("novelist", "double Olympic
    champion"); not a verb or a preposition ("Russian oil merger excludes Yukos", "UK debut for Kevin Spacey"), nor
    a noun that describes an organisation ("US mortgage giant Fannie Mae", "Scottish rock band X": a name the
    models read as a person's)."""
    words = list(between[1:] if possessive else between)
    if possessive and between[:1].text not in {"'s", "’s"}:
        return False
    return len(words) <= 4 and all(t.i in titles or t.is_lower and t.pos_ in {"NOUN", "ADJ"} or _a_rank(t)
                                   for t in words) \
        and not (words and words[-1].lemma_.lower() in word_list("org_nouns.json", "description_nouns"))


def _nation_named(index: "_MentionIndex", country: str, nationality: Entity) -> Entity:
    """The country a nationality word names: the article's own entity of that name, else one made for it, at the
    nationality's mentions ("Hungarian Melinda Czink": Hungary)."""
    return index.entity_named(country) or Entity(label="GPE", name=country, mentions=nationality.mentions,
                                                 extractor="relations")


def _a_rank(token: Token) -> bool:
    """"number" and the number after it: a player's rank that describes a person ("British number one Tim Henman",
    "world number 46 Greg Rusedski")."""
    doc = token.doc
    if token.lower_ == "number":
        return token.i + 1 < len(doc) and doc[token.i + 1].like_num
    return token.like_num and token.i > 0 and doc[token.i - 1].lower_ == "number"


def _unread_holder(doc: Doc, role: RoleMention, index: _MentionIndex, demonyms: dict,
                   holder_nouns: set[str] = frozenset(), player_titles: frozenset[str] = frozenset()) -> bool:
    if role.scope != "organisation":  # "Quebec Premier X": the country around the named region is still his
        return False
    return _unread_name_before(doc, role, index, demonyms, player_titles) or _unread_phrase(
        role, doc[role.end - 1], index, holder_nouns)


def _unread_phrase(role: RoleMention, role_token: Token, index: _MentionIndex,
                   holder_nouns: set[str] = frozenset()) -> bool:
    """"a spokesman for the theater", "a theater official": the title's own phrase names a holder the entities
    did not read, so none is guessed, nor where it is a person's ("an aide to the party leader") or a people's ("police
    officers spokesman"); a holder noun ("a company official", "club chairman": roles.json holder_nouns) stands for
    the article's organisation, which is."""
    return any((c.dep_ == "prep" and c.lower_ in ORG_PREPS and any(p.dep_ == "pobj" for p in c.children))
               or (c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < role.start and index.of(c) is None
                   and c.lower_ not in holder_nouns) or _to_a_titled_person(c) or _for_a_people(c, role_token)
               for c in role_token.children)


def _for_a_people(modifier: Token, role_token: Token) -> bool:
    """"Chief police officers spokesman Nigel Yeo": a title written after a plural noun for people (a title's or
    one of org_nouns.json public_nouns, in the plural) speaks for those people, no organisation the article names."""
    return modifier.dep_ == "compound" and modifier.tag_ == "NNS" and modifier.i < role_token.i and (
        modifier.lemma_.lower() in word_list("roles.json", "titles")
        or modifier.lemma_.lower() in word_list("org_nouns.json", "public_nouns"))


def _past_its_organisation(doc: Doc, end: int, index: _MentionIndex) -> int:
    """Where a title ending at token ``end`` is followed by "of" and an organisation's name ("director of the Victims
    of Crime Trust"), the token after that name; else ``end``."""
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    if end >= len(doc) or doc[end].lower_ != "of" or k >= len(doc):
        return end
    organisation = index.starting_at(doc[k])
    return index.mention_of[k][1] if organisation is not None and organisation.label == "ORG" else end


#: Words of a title held in a government or a shadow cabinet, never in a company or a club.
STATE_TITLE_WORDS = frozenset({"government", "cabinet", "shadow"})


def _to_a_titled_person(prep: Token) -> bool:
    """"an aide to the ex-Labour leader": "to" and a title, the person the title after it is held for (whose
    organisation is theirs, not the aide's)."""
    return prep.dep_ == "prep" and prep.lower_ == "to" and any(
        p.dep_ == "pobj" and p.lower_ in word_list("roles.json", "titles") for p in prep.children)


def _unread_name_before(doc: Doc, role: RoleMention, index: _MentionIndex, demonyms: dict,
                        player_titles: frozenset[str] = frozenset()) -> bool:
    """True when a name that is no organisation or place stands right before the title ("Redmond manager X",
    "Magpies chairman X", "Conservative spokesman X", "Plaid Cymru's spokesman X" with the name missed or read as
    a person): the text gives the holder, or the title is that person's ("Smith's aide X"), so none is guessed."""
    before = doc[role.start - 1] if role.start > 0 else None
    owner = next((index.of(doc[t.i - 1]) for t in reversed(doc[max(1, role.start - 3):role.start])
                  if t.text in {"'s", "’s"} and all(a.pos_ == "ADJ" for a in doc[t.i + 1:role.start])), None)
    if owner is not None and owner.label == "PERSON":
        return True  # "Andre Agassi's Australian coach X": the person's coach, no organisation's
    if before is not None and before.text in {"'s", "’s"} and role.start > 1:
        before = doc[role.start - 2]  # "Plaid Cymru's spokesman" with the party read as a person
    entity = index.of(before)
    if entity is not None and entity.label == "NORP":  # "Liberal Democrat spokesman X" with no party named
        # a nationality ("Dutch co-chairman X") leaves the employer to guess, but not a player's club: "Colombian
        # forward X" says where X is from, and the clubs around may be the one X plays against
        owned = before.i > 0 and doc[before.i - 1].lower_ in {"their", "its", "his", "her"}  # "their Welsh striker"
        return entity.name not in demonyms or (role.role.split()[-1] in player_titles and not owned)
    return before is not None and before.text[:1].isupper() and before.pos_ in {"PROPN", "NOUN", "ADJ"} \
        and (entity is None or entity.label not in {"ORG", "GPE", "NORP", "FAC"})


def _came_from(person: Token, organisation: Token) -> bool:
    """True when the organisation is in a "from" phrase of the person's verb or of the person ("signed midfielder X
    from Vila Nova", "X, who joined from Porto"): where the person was, not whose title they hold now."""
    while person.dep_ in {"compound", "flat"} and person.head != person:  # "Lucas" of "Lucas Amaral"
        person = person.head
    node = organisation
    while node.head != node and node.dep_ != "prep":
        node = node.head
    return node.dep_ == "prep" and node.lower_ == "from" and node.head in {person, person.head}


class _HolderCandidate(NamedTuple):
    """A country or organisation that may hold a title no phrase gives: ranked by being outside the person's
    sentence, how often an organisation in it is named (negated), coming after the person, then distance."""
    elsewhere: bool
    weight: int
    after: bool
    distance: int
    entity: Entity
    token: Token

    def rank(self) -> tuple[bool, int, bool, int]:
        return self.elsewhere, self.weight, self.after, self.distance


def _listed_together(first: Token, second: Token) -> bool:
    """Two names joined as conjuncts ("Iraq and Afghanistan")."""
    return first.dep_ == "conj" and first.head.i == second.i or second.dep_ == "conj" and second.head.i == first.i


def _acts_on(person: Token, place: Token) -> bool:
    """True when the place is an argument of a verb whose subject is the person ("X visited Ecuador")."""
    node = place
    while node.head != node:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            subject = _subject_of(node)
            return subject is not None and person in subject.subtree
    return False
