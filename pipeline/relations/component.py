"""The relations stage: roles, verb relations and containment between canonical entities.

Patterns read the dependency parse; the verb table, roles and object types are
data (relation_verbs.json, roles.json). Each relation's span runs from its first
to its last participant, so its ``text`` is the evidence.
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..coref import Resolver, token_mentions
from ..data_files import data_path, read_json, write_json
from ..entities.roles import RoleLexicon, RoleMention
from ..extensions import get_facts, register_extensions
from ..facts import Entity, Relation
from ..syntax import RELATIVE_PRONOUNS, first as _first, subject_of as _subject_of
from .countries import is_country, is_region

ORG_PREPS = {"of", "at", "for", "with", "in"}
PLACES = {"GPE", "LOC", "FAC"}
ROLE_QUALIFIERS = {"former", "acting", "interim", "deputy", "outgoing", "incoming", "senior", "chief"}
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
        self.verbs = verbs["verbs"]
        self.subject_labels = set(verbs["subject_labels"])
        self.object_labels = {k: set(v) for k, v in verbs["object_labels"].items()}
        self.appoint_verbs = set(verbs.get("appoint_verbs", []))
        self.agent_nouns = verbs.get("agent_nouns", {})
        self.demonyms = read_json(data_path("demonyms.json"))["demonyms"]
        self.org_nouns = set(read_json(data_path("org_nouns.json"))["nouns"])
        self.roles = RoleLexicon(self.vocab, roles)

    # -- entry point -------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        facts = get_facts(doc)
        index = _MentionIndex(doc, facts.entities)
        resolve = Resolver(doc, facts)
        roles = self.roles.find(doc)
        found = self._title_roles(doc, roles, index) + self._appositive_roles(doc, roles, index, resolve)
        found += self._verb_relations(doc, index, resolve) + self._containment(doc, index, resolve)
        found += self._appointments(doc, index) + self._agent_nouns(doc, index)
        found += self._place_phrases(doc, index, {(r.subject.name, r.object.name) for r in found if r.object})
        seen, unique = set(), []
        for relation in found:
            key = (relation.predicate, relation.subject.name, relation.object.name if relation.object else None,
                   relation.role)
            if key not in seen and relation.object is not relation.subject:
                seen.add(key)
                unique.append(relation)
        facts.relations = sorted(unique, key=lambda r: (r.start, r.end))
        return doc

    # -- has_role ----------------------------------------------------------------------------------------------
    def _title_roles(self, doc: Doc, roles: list[RoleMention], index: "_MentionIndex") -> list[Relation]:
        """"President Donald Trump", "Ecuador's President X", "U.S. Secretary of State X"; a title in lower case
        when its holder comes right before it ("Conoco Inc. spokesman Michael O'Connor")."""
        out = []
        for role in roles:
            if role.end >= len(doc):
                continue
            person = index.starting_at(doc[role.end])
            if person is None or person.label != "PERSON":
                continue
            org, org_token = self._org_before(doc, role, index)
            if not doc[role.start].text[:1].isupper() and (org is None or org.label != "ORG"):
                continue
            if org is None:
                org, org_token = self._org_after(doc, doc[role.end], index)
            confidence = 0.85
            if org is None and role.scope:  # inferred: in the evidence only when the sentence names it
                org, confidence = self._infer_holder(doc, doc[role.end], index, role.scope), 0.55
                org_token = index.nearest_in_sentence(org, doc[role.end])
            tokens = [doc[role.start], doc[role.end]] + ([org_token] if org_token is not None else [])
            out.append(Relation("has_role", person, org, *index.evidence(tokens), role=role.role,
                                confidence=confidence))
        return out

    def _org_before(self, doc: Doc, role: RoleMention,
                    index: "_MentionIndex") -> tuple[Entity | None, Token | None]:
        """"Ecuador's President X", "U.S. Secretary of State X", "French Finance Minister X" (-> France): the
        holder and the token that names it."""
        if role.start == 0:
            return None, None
        before = doc[role.start - 1]
        if before.text in {"'s", "’s"} and role.start >= 2:
            before = doc[role.start - 2]
        holder = self._holder(index.of(before), index)
        return holder, before if holder is not None else None

    def _org_after(self, doc: Doc, person_token: Token, index: "_MentionIndex") -> tuple[Entity | None, Token | None]:
        """"Finance Minister Lars Becker of Germany": the holder named right after the person, and its token."""
        end = index.mention_end(person_token)
        following = [t for t in doc if t.idx >= end][:2]
        if len(following) == 2 and following[0].lower_ == "of":
            entity = index.of(following[1])
            if entity and entity.label in {"ORG", "GPE"}:
                return entity, following[1]
        return None, None

    def _holder(self, entity: Entity | None, index: "_MentionIndex") -> Entity | None:
        """An organisation or country holding a role; a nationality stands for its country."""
        if entity is None or entity.label not in {"ORG", "GPE", "NORP"}:
            return None
        if entity.label == "NORP":
            country = self.demonyms.get(entity.name)
            if country is None:
                return None
            named = index.entity_named(country)
            return named or Entity(label="GPE", name=country, mentions=entity.mentions, extractor="relations")
        return entity

    def _appositive_roles(self, doc: Doc, roles: list[RoleMention], index: "_MentionIndex",
                          resolve: Resolver) -> list[Relation]:
        """"Francis L. Donovan, commander of U.S. Southern Command"; "Daniel Noboa, Ecuador's president"."""
        role_at = {i: r for r in roles for i in range(r.start, r.end)}
        out = []
        for token in doc:
            if token.dep_ == "attr" and token.i in role_at and token.head.lemma_ == "be":
                # "Anderson is Middle East correspondent for the AP": the subject is the person.
                subject = _subject_of(token.head)
                if subject is not None and index.of(subject) is not None and index.of(subject).label == "PERSON":
                    role = role_at[token.i]
                    org = self._org_of_role(token, role, index, resolve)
                    if org is not None:
                        start, end = index.evidence([subject, *token.subtree])
                        out.append(Relation("member_of" if role.role == "member" else "has_role", index.of(subject),
                                            org, start, end, role=role.role, confidence=0.75))
                continue
            if token.dep_ != "appos":
                continue
            head_entity, role_token = index.of(token.head), token
            if not (token.i in role_at and head_entity is not None and head_entity.label == "PERSON"):
                # "the commander of X, Jane Doe": the person is the appositive of the role.
                head_entity, role_token = index.of(token), token.head
                if head_entity is None or head_entity.label != "PERSON" or role_token.i not in role_at:
                    continue
            role = role_at[role_token.i]
            org = self._org_of_role(role_token, role, index, resolve) or self._org_before(doc, role, index)[0]
            qualifiers = [c.lower_ for c in role_token.lefts
                          if c.dep_ == "amod" and c.lower_ in ROLE_QUALIFIERS and c.i < role.start]
            role_name = " ".join(qualifiers + [role.role])  # "a former economist at the Bundesbank"
            tokens = [t for t in [token, token.head, *(role_token.subtree if org else [])] if not t.is_punct]
            start, end = index.evidence(tokens)
            predicate = "member_of" if role.role == "member" and org is not None else "has_role"
            out.append(Relation(predicate, head_entity, org, start, end, role=role_name, confidence=0.85))
        return out

    def _org_of_role(self, role_token: Token, role: RoleMention, index: "_MentionIndex",
                     resolve: Resolver) -> Entity | None:
        for child in role_token.children:
            if child.dep_ == "prep" and child.lower_ in ORG_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        entity = index.of(pobj) or _first(index.of(t) for t in pobj.subtree if not _placed(t, pobj))
                        if entity and entity.label in {"ORG", "GPE"}:
                            return entity
            if child.dep_ in {"poss", "compound", "nmod", "amod"} and child.i < role.start:
                holder = self._holder(index.of(child) or (resolve(child) if child.pos_ == "PRON" else None), index)
                if holder is not None:
                    return holder  # "Ecuador's president", "its secretary general" (-> the organisation)
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
        candidates = []
        for token, entity in index.holders(0, len(doc), scope):
            if not p_start <= token.idx < p_end:
                continue
            same_sentence = sentence.start <= token.i < sentence.end
            if same_sentence and _acts_on(person_token, token):
                continue
            # Same sentence first, then what the paragraph was already about, then what follows.
            candidates.append((not same_sentence, token.i > person_token.i, abs(token.i - person_token.i), entity))
        if candidates:
            return min(candidates, key=lambda c: c[:3])[3]
        first_char = index.paragraph_start(max(0, paragraph - self.country_window))
        earlier = [e for t, e in index.holders(0, sentence.start, scope) if t.idx >= first_char]
        return earlier[-1] if earlier else None

    def _appointments(self, doc: Doc, index: "_MentionIndex") -> list[Relation]:
        """"Tinubu named Amina Yusuf as finance minister" -> has_role(Amina Yusuf, finance minister)."""
        out = []
        for verb in doc:
            if verb.lemma_.lower() not in self.appoint_verbs or verb.pos_ != "VERB":
                continue
            complement = _as_object(verb)
            named, named_token, prep = _named_holder(complement, index) if complement is not None else (None,) * 3
            role_text = _as_complement(verb, exclude=set(prep.subtree) if prep is not None else frozenset())
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
                    holder_token, confidence = index.nearest_in_sentence(holder, token), 0.7 if holder is None else 0.55
                start, end = index.evidence([verb, token] + ([holder_token] if holder_token is not None else []))
                out.append(Relation("has_role", person, holder, start, max(end, _as_end(verb)), role=role,
                                    confidence=confidence, event_index=verb.i))
        return out

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

    # -- verb relations ----------------------------------------------------------------------------------------
    def _verb_relations(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        out = []
        for verb in doc:
            spec = self.verbs.get(verb.lemma_.lower())
            if spec is None or verb.pos_ not in {"VERB", "AUX"}:
                continue
            predicate = spec["predicate"]
            subject_token, object_tokens = _arguments(verb, spec["object"])
            subject, confidence = _entity_in(subject_token, index, self.subject_labels)
            if subject is None and subject_token is not None and subject_token.pos_ == "PRON":
                subject, confidence = resolve(subject_token), 0.6  # "He came to Washington"
            if subject is None or subject.label not in self.subject_labels:
                continue
            role = _as_complement(verb) if spec.get("as") else None
            for object_token in object_tokens:
                for obj, obj_token in _entities_of(object_token, index):
                    if obj.label not in self.object_labels.get(predicate, set()):
                        continue
                    start, end = index.evidence([subject_token, verb, object_token, obj_token])
                    out.append(Relation(predicate, subject, obj, start, end, role=role, confidence=confidence,
                                        event_index=verb.i))
        return out

    def _containment(self, doc: Doc, index: "_MentionIndex", resolve: Resolver) -> list[Relation]:
        """"Quito, Ecuador" (located_in) and "a Miami-based company" (based_in)."""
        out = []
        for token in doc:
            if token.dep_ == "appos":
                inner, outer = index.of(token.head), index.of(token)
                if inner and outer and inner.label in {"GPE", "LOC", "FAC"} and outer.label == "GPE" \
                        and inner is not outer:
                    out.append(Relation("located_in", inner, outer, *index.evidence([token.head, token]),
                                        confidence=0.75))
            if token.pos_ == "NOUN" and token.lemma_.lower() in self.org_nouns:
                places = [(index.of(p), p) for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "from"}
                          for p in c.children if p.dep_ == "pobj"]
                for place, place_token in [(e, p) for e, p in places if e is not None and e.label in {"GPE", "LOC"}]:
                    for org, org_token in _entities_of(token, index):
                        if org.label == "ORG":  # "the Acme agency in Peru", "groups in Peru, A and B"
                            out.append(Relation("based_in", org, place,
                                                *index.evidence([token, org_token, place_token]), confidence=0.6))
            if token.lower_ == "based" and token.i >= 2 and doc[token.i - 1].text == "-":
                place, org = index.of(doc[token.i - 2]), index.of(token.head) or resolve(token.head)
                if place and org and place.label in {"GPE", "LOC"} and org.label == "ORG":
                    out.append(Relation("based_in", org, place, *index.evidence([doc[token.i - 2], token.head]),
                                        confidence=0.8))
        return out

    def _place_phrases(self, doc: Doc, index: "_MentionIndex", related: set[tuple[str, str]]) -> list[Relation]:
        """Where a name is (or whom a person works for), read from the few words between it and the next name
        (pairs in ``related`` are skipped):

        - "Bethany, Conn.", "Saint-Gall, Switzerland": located_in, when the second is a country or a region and
          the pair is not part of a list ("Lyon, Paris and Nice");
        - "the Kafue River in Zambia": located_in; "Larami Corp. of Philadelphia", "Tarvex Ltd. in Leeds" (the
          "in" attached to the organisation, not to a verb): based_in; "Ann Lee, 50, of Bethany" and "Senator
          Ann Lee of Ohio": lives_in. A place followed by its region ("of Bethany, Conn.") gives both;
        - "Zambia's Kafue River": located_in; "Kenya's Safaricom": based_in;
        - "Greg Thayer of the Forest Service": works_for.
        """
        spans = index.spans()
        regions: dict[tuple[int, int], list[tuple[Entity, tuple[int, int]]]] = {}
        out = []

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
                 and index.of(doc[after[0][1] + 1]) is not None and index.of(doc[after[0][1] + 1]).label in PLACES)
            if between.text == "," and is_region(after[1].name) and not listed:
                regions.setdefault(span, []).append((after[1], after[0]))
                add("located_in", span, after[0], 0.7)
        for k, (span, entity) in enumerate(spans):
            after = spans[k + 1] if k + 1 < len(spans) else None
            if after is None:
                continue
            words = [t.lower_ for t in doc[span[1]:after[0][0]] if t.lower_ != "the"]
            place = after[1].label in PLACES
            if words == ["in"] and place and not is_country(entity.name) and (entity.label in PLACES or (
                    entity.label == "ORG" and doc[span[1]].head.i in range(*span))):
                add("based_in" if entity.label == "ORG" else "located_in", span, after[0], 0.65)
            elif words == ["of"] and place and entity.label == "ORG":
                add("based_in", span, after[0], 0.65)
            elif words == ["of"] and entity.label == "PERSON" and after[1].label == "ORG":
                add("works_for", span, after[0], 0.6)  # "Greg Thayer of the Forest Service"
            elif entity.label == "PERSON" and after[1].label == "GPE" and (
                    words == ["of"] or (len(words) == 4 and words[0] == words[2] == "," and words[3] == "of"
                                        and doc[span[1] + 1].like_num)):
                add("lives_in", span, after[0], 0.6)
            elif words == ["'s"] and entity.label == "GPE" and after[1].label in PLACES | {"ORG"} \
                    and not is_country(after[1].name):
                add("based_in" if after[1].label == "ORG" else "located_in", after[0], span, 0.65)
        return out

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


class _MentionIndex:
    """Which canonical entity each token belongs to, and where paragraphs start."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.by_token, self.mention_of = token_mentions(doc, entities)
        text = doc.text
        self.length = len(text)
        self.paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]

    def entity_named(self, name: str) -> Entity | None:
        return next((e for e in self.by_token.values() if e.name == name), None)

    def of(self, token: Token | None) -> Entity | None:
        return self.by_token.get(token.i) if token is not None else None

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
            modifier = self.doc[span_end - 1].dep_ in {"compound", "amod"} and self.doc[span_end - 1].head.pos_ == "NOUN"
            if (scope == "country" and entity.label == "GPE" and is_country(entity.name)) or (
                    scope == "organisation" and entity.label == "ORG" and not modifier):  # not "Blackwell chips"
                out.append((self.doc[i], entity))
                last = self.mention_of[i]
        return out

    def paragraph_of(self, char: int) -> int:
        return max(i for i, s in enumerate(self.paragraph_starts) if s <= char)

    def paragraph_start(self, paragraph: int) -> int:
        return self.paragraph_starts[paragraph]


def _arguments(verb: Token, where: str) -> tuple[Token | None, list[Token]]:
    subject = _subject_of(verb)  # in the passive, the agent: "Maduro was captured by U.S. forces"
    if where == "dobj":
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    else:
        word = where.split(":", 1)[1]
        objects = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == word
                   for p in c.children if p.dep_ == "pobj"]
        passive_subject = _first(c for c in verb.children if c.dep_ == "nsubjpass")
        if passive_subject is not None:  # "the Red Cross, which is based in Nairobi"
            subject = verb.head if passive_subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" \
                else passive_subject
        elif verb.dep_ == "acl":
            subject = verb.head
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


def _entity_in(token: Token | None, index: _MentionIndex, labels: set[str]) -> tuple[Entity | None, float]:
    if token is None:
        return None, 0.0
    entity = index.of(token)
    if entity and entity.label in labels:
        return entity, 0.8
    for child in token.children:
        if child.dep_ in {"compound", "amod", "nmod", "poss"}:
            entity = index.of(child)
            if entity and entity.label in labels:
                return entity, 0.55
    return None, 0.0


def _entities_of(token: Token, index: _MentionIndex) -> list[tuple[Entity, Token]]:
    """The entity a noun phrase names, or the names listed in apposition to it (with a token of each)."""
    entity = index.of(token)
    if entity:
        return [(entity, token)]
    out: list[tuple[Entity, Token]] = []
    for child in token.children:
        if child.dep_ == "appos":
            for t in [child, *[c for c in child.subtree if c.dep_ == "conj"]]:
                e = index.of(t)
                if e and all(e is not o for o, _ in out):
                    out.append((e, t))
    if not out:  # a list the parser attached lower down: "two groups in X, A and B"
        for t in token.subtree:
            e = index.of(t)
            if e and e.label in {"ORG", "PERSON"} and all(e is not o for o, _ in out):
                out.append((e, t))
    return out


def _as_end(verb: Token) -> int:
    """Where the "as ..." complement of a verb ends, in characters (the verb's end when there is none)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            last = max(child.subtree, key=lambda t: t.i)
            return last.idx + len(last)
    return verb.idx + len(verb)


def _as_object(verb: Token) -> Token | None:
    """The object of the verb's "as" complement: "named her as finance minister" -> minister."""
    return _first(p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj")


def _as_complement(verb: Token, exclude: frozenset[Token] | set[Token] = frozenset()) -> str | None:
    pobj = _as_object(verb)
    if pobj is None:
        return None
    return " ".join(t.text for t in pobj.subtree if t.dep_ != "det" and t not in exclude) or None


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


def _acts_on(person: Token, place: Token) -> bool:
    """True when the place is an argument of a verb whose subject is the person ("X visited Ecuador")."""
    node = place
    while node.head != node:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            subject = _subject_of(node)
            return subject is not None and person in subject.subtree
    return False
