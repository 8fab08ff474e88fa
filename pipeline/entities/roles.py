"""Find titles and ranks ("Secretary of State", "Marine Gen.") in a Doc, from the roles data file."""
from __future__ import annotations

import re

from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from ..data_files import word_list
from .merge import first_names


#: Endings of relational adjectives, which say what kind of title it is ("political editor", "literary editor",
#: "medical director", "economic adviser"), unlike descriptive ones ("confident", "new").
RELATIONAL_ENDINGS = ("al", "ary", "ic")
# Titles written after the name of a government department: "Work and Pensions Secretary", "Culture Minister"
DEPARTMENT_TITLES = frozenset({"secretary", "minister", "commissioner", "spokesman", "spokeswoman", "spokesperson"})
NOT_DEPARTMENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME"})


@dataclass(frozen=True)
class RoleMention:
    start: int  # token index
    end: int  # token index, exclusive
    role: str  # canonical role, e.g. "Marine general"
    scope: str | None  # "country", "organisation" or None: where an unnamed holder is looked for
    plural: bool = False  # "Reps.", "researchers": the title of several people


#: Honorifics that only ever stand before a person's name (not "Lord", "Lady": "Lord's", "Lady Gaga" stay as read);
#: none follows a sport's position ("the Foreign Policy Centre Mr Straw" is the end of a name, then a man).
PERSONAL_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr."})


class RoleLexicon:
    def __init__(self, vocab, rules: dict) -> None:
        self.rules = rules
        self.titles: dict[str, str] = rules["titles"]
        self.country_scope = set(rules.get("country_scope", []))
        self.organisation_scope = set(rules.get("organisation_scope", []))
        self.town_scope = set(rules.get("town_scope", []))
        self.prefixes: dict[str, str] = rules.get("service_prefixes", {})
        self.modifiers = set(rules.get("modifiers", []))
        self.hyphen_prefixes = set(rules.get("hyphen_prefixes", []))
        self.to_titles = set(rules.get("to_titles", []))
        self.opposition = set(rules.get("opposition_modifiers", []))
        self.holder_nouns = set(rules.get("holder_nouns", []))
        self.sport_codes = set(rules.get("sport_codes", []))
        self.descriptive = set(rules.get("descriptive_adjectives", []))
        self.member_titles = set(rules.get("member_titles", []))
        self.group_nouns = set(rules.get("group_nouns", []))
        self.honorifics = set(rules.get("honorifics", []))
        self.peerages = frozenset(rules.get("peerages", []))
        self.post_nominals = frozenset(rules.get("post_nominals", []))
        self.place_titles = set(rules.get("place_titles", []))
        self.nationality_titles = set(rules.get("nationality_titles", []))
        self.personal_titles = set(rules.get("personal_titles", []))
        self.player_titles = frozenset(rules.get("player_titles", []))
        self.epithet_titles = frozenset(rules.get("epithet_titles", []))
        self.capitals_only = frozenset(rules.get("capitals_only", []))
        self.ranked_titles = frozenset(rules.get("ranked_titles", []))
        self.plurals = {_plural(title): title for title in self.titles if "." not in title}
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.prefix_matcher = PhraseMatcher(vocab, attr="LOWER")
        tokenizer_vocab = vocab
        from spacy.lang.en import English

        make = English(vocab=tokenizer_vocab).make_doc
        # Tokenisation of abbreviations depends on case ("Gen." is one token, "gen." two),
        # so each entry is added in the cases it is written in.
        for title in [*self.titles, *self.plurals]:
            self.matcher.add(title, _case_forms(make, title))
        for prefix in self.prefixes:
            self.prefix_matcher.add(prefix, _case_forms(make, prefix))

    def held_by_nationality(self, role: RoleMention) -> bool:
        """Whether a nationality adjective before the title names the country holding it ("French Finance Minister",
        "Australian Senators"), not where its holder is from ("Welsh striker")."""
        return role.scope == "country" or role.role.split()[-1] in self.nationality_titles

    def of_a_nationality(self, role: RoleMention) -> bool:
        """Whether a country named before the title only says where its holder is from ("US actor Tom Hanks", "the
        late US TV presenter Johnny Carson"), as no country employs an actor; roles.json "personal_titles"."""
        return role.role.split()[-1] in self.personal_titles

    def find(self, doc: Doc) -> list[RoleMention]:
        spans = filter_spans([doc[s:e] for _, s, e in self.matcher(doc)])
        prefix_ends = {e: (s, doc.vocab.strings[m]) for m, s, e in self.prefix_matcher(doc)}
        found = []
        for span in spans:
            key = span.text.lower()
            plural = key in self.plurals and key not in self.titles
            if plural and span[-1].tag_ not in {"NNS", "NNPS"} and not (
                    span.end < len(doc) and doc[span.end].ent_type_ == "PERSON" and doc[span.end].ent_iob_ == "B"
                    and span.start > 0 and doc[span.start - 1].pos_ in {"DET", "ADJ", "NOUN"}):
                continue  # "heads" as a verb is no title ("Tom Reed heads Barclays"); but "the veteran newscasters
                # Tom Brokaw and ...", read as a verb after the words of its noun phrase, before the names, is
            key = self.plurals.get(key, key) if plural else key
            role = self.titles.get(key)
            if role is None:
                continue
            if role in self.epithet_titles and span.start > 0 and doc[span.start - 1].is_lower \
                    and doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 1].dep_ in {"compound", "nmod"}:
                continue  # "comeback king Fowler", "the drama queen": a figure of speech, no monarch
            if key in self.capitals_only and not span.text.isupper():
                continue  # "at 2 pm Tony Blair arrived": a clock's, not the PM
            if len(span) == 1 and span[0].is_title and span.text in first_names() and span.end < len(doc) \
                    and doc[span.end].is_title:
                continue  # "Dean Smith said": a first name spelled like a title ("the dean of the college")
            if span[-1].is_title and role in self.player_titles and span.end < len(doc) \
                    and doc[span.end].lower_.rstrip(".") in PERSONAL_HONORIFICS:
                continue  # "a speech to the Foreign Policy Centre Mr Straw said": a name's last word, for no player
                # is called Mr or Mrs after his position
            if span.text.isupper() and len(span) == 1 and role != key and " " not in key \
                    and key not in self.capitals_only and not (
                    span.end < len(doc) and doc[span.end].text[:1].isupper()):
                continue  # "The CPL said": an acronym spelled like an abbreviated rank ("Cpl"), no name after it; a
                # title written only in capitals is one there too ("Britain's PM, Tony Blair")
            plural = plural or (key.endswith("s.") and not role.endswith("s"))  # "Reps." -> representative
            start = span.start
            if start in prefix_ends and doc[prefix_ends[start][0]].text[0].isupper() \
                    and doc[prefix_ends[start][0]].ent_iob_ != "I":  # not the last word of a name the models read
                # ("Salvation Army spokesman", "US Army spokesman": the organisation's spokesman)
                prefix_start, prefix_key = prefix_ends[start]
                role = f"{self.prefixes[prefix_key]} {role}"
                start = prefix_start
            found.append(RoleMention(start, span.end, role, self.scope_of(self.titles[key]), plural))
        starts = {r.start for r in found}
        # "Fellow locks A and B": a title word the parse reads as an adjective, right before another title, describes
        # it ("fellow" as in "fellow players"), no title of its own
        return [r for r in found if not (r.end - r.start == 1 and doc[r.start].pos_ == "ADJ" and r.end in starts)]

    def with_modifiers(self, doc: Doc, role: RoleMention) -> RoleMention:
        """The title with the lower-case words before it that belong to it, as the parse attaches them: nouns
        ("finance chief", "local government spokesman"), the listed adjectives ("former", "shadow"), and
        adjectives of those nouns ("foreign affairs spokesman"); never a name, a number, its unit or a determiner."""
        start, inside = role.start, set(range(role.start, role.end))
        if doc[role.start].is_title and role.role.split()[-1] in DEPARTMENT_TITLES:
            start = _department_start(doc, role.start)  # "Work and Pensions Secretary", "Culture Minister"
            inside |= set(range(start, role.start))
        while start > 0:
            token = doc[start - 1]
            if start == role.start and role.role in self.ranked_titles and _a_rank(token):
                start -= 1  # "top seed", "the fourth seed": the rank is the title's
                inside.add(start)
                continue
            if _hyphenated_prefix(doc, start) or _hyphenated_prefix(doc, start, self.hyphen_prefixes):
                # "co-chief executive", "non-executive director", "anti-trust"; "Vice-Prime Minister", capitalised
                start -= 2
                inside |= {start, start + 1}
                continue
            if start > 2 and doc[start - 3].lower_ in self.hyphen_prefixes and _hyphenated_prefix(doc, start - 1) \
                    and token.is_lower and token.is_alpha:
                start -= 3  # "anti-trust law professor": a word of a listed prefix's, whatever the parse attaches
                inside |= {start, start + 1, start + 2}
                continue
            if token.tag_ == "JJR" and token.is_lower and doc[start].dep_ == "compound" and doc[start].pos_ == "NOUN":
                start -= 1  # "higher education minister": a comparative of the noun after it, the parse's head aside
                inside.add(start)
                continue
            if token.lower_ == "and" and start > 1 and _portfolio_word(doc[start - 2]) \
                    and doc[start].is_lower and role.role.split()[-1] in DEPARTMENT_TITLES:
                start -= 2  # "shadow work and pensions secretary", "trade and industry minister": the department's words
                inside |= {start, start + 1}  # ("Work and pensions minister X" opening a sentence)
                continue
            if token.text == "," and start > 1 and _portfolio_word(doc[start - 2]) and doc[start].is_lower \
                    and role.role.split()[-1] in DEPARTMENT_TITLES \
                    and any(t.lower_ == "and" for t in doc[start:role.start]):
                start -= 2  # "Culture, media and sport secretary X": the first of the department's listed words
                inside |= {start, start + 1}
                continue
            if start > 2 and _hyphenated_prefix(doc, start - 1) \
                    and f"{doc[start - 3].lower_}-{token.lower_}" in self.descriptive:
                break  # "a high-profile lawyer": a descriptive hyphenated word, no part of the title
            if start >= 3 and token.lower_ == "time" and doc[start - 2].text == "-" and doc[start - 3].like_num \
                    and not doc[start - 3].whitespace_:
                break  # "four-time champion": how many times, no part of the title (but "second-unit director")
            if start >= 2 and doc[start - 2].like_num and doc[start - 2].ent_type_ in {"", "CARDINAL", "QUANTITY"}:
                break  # "the 800 metres runner", "400m runners": the unit of a number, no word of the title (but
                # "No 10 media chief Alastair Campbell": a name's number)
            written_lower = token.text.islower() or (token.is_sent_start and (token.lower_ in self.modifiers or (
                token.pos_ in {"NOUN", "ADJ"} and token.dep_ in {"compound", "amod"})))  # "Presiding judge",
            # "Defense attorney X" opening a sentence
            attached = token.head.i in inside or (  # "trade and industry spokesman": "industry" a conjunct of "trade"
                token.dep_ == "conj" and doc[token.i - 1].lower_ == "and" and token.head.head.i in inside) or (
                token.lower_ in self.modifiers and token.is_lower)  # "shadow", however the parse reads it (a verb)
            if not (written_lower and attached and not token.ent_type_) or token.is_punct \
                    or token.lower_ in self.holder_nouns and not (  # "a company official": the holder, not the title
                        start > 1 and f"{doc[start - 2].lower_} {token.lower_}" in self.sport_codes):  # ("rugby union")
                break
            if token.lower_ in self.descriptive and token.pos_ == "NOUN":
                break  # "the veteran lock", read as a noun: a description of the holder, no part of the title
            noun = token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"compound", "nmod", "amod", "conj"}
            adjective = token.pos_ in {"ADJ", "VERB", "NOUN"} | ({"ADV"} if token.lower_ == "then" else set()) and (
                token.lower_ in self.modifiers or (
                token.dep_ == "amod" and token.head.i < role.start) or (  # "local" of "local government spokesman"
                token.dep_ == "amod" and token.pos_ == "ADJ" and token.lower_ not in self.descriptive
                and token.tag_ not in {"JJS", "JJR"} and token.lower_.endswith(RELATIONAL_ENDINGS)))
            # "BBC political editor", "literary editor of the Sunday Meridian": an adjective of the title's kind
            # (a relational one, "political", "literary", "regional"; not "confident")
            if not (noun or adjective):
                break
            start -= 1
            inside.add(start)
        # "a former Redmond captain": a listed adjective of the title, with a name between them
        qualifiers = [t.lower_ for t in doc[role.end - 1].lefts if t.i < start and t.dep_ == "amod"
                      and t.lower_ in self.modifiers]
        if _ex_before_name(doc, start):
            qualifiers = ["former"]  # "the ex-England coach": a former title of the name's
        elif not qualifiers and (before := _word_before_name(doc, start)) in TIME_QUALIFIERS:
            qualifiers = [before]  # "He met former Labour MP Ann Cole", the parse hanging "former" on the person
        if start == role.start and not qualifiers:
            return role
        words = qualifiers + [t.lower_ for t in doc[start:role.start]]
        scope = None if role.scope == "country" and self.opposition & set(words) else role.scope
        written = " ".join([*qualifiers, doc[start:role.start].text.lower(), role.role]).replace("- ", "-")
        if written.startswith("ex-"):
            written = "former " + written[3:]  # "ex-chairman": as the gold sets write a past title
        if written.startswith("then "):
            written = "former " + written[5:]  # "the then Lord Chancellor": a title held then, no longer
        return RoleMention(start, role.end, " ".join(written.split()), scope, role.plural)

    @staticmethod
    def complement(role_token: Token) -> str:
        """What the title is of, when that is no name: "head of third party services", "vice president of sales
        and marketing" -> " of third party services"; "" for "head of the MEF" or "chief executive of Acme"."""
        for prep in role_token.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != role_token.i + 1:
                continue
            words = []
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            for token in list(prep.subtree)[1:]:  # up to a place or a name: "... of sales in Europe"
                if token.dep_ == "prep" or token.is_punct or not token.text.islower():
                    break
                if token.dep_ in {"det", "poss"} and not (  # "head of the MEF": a name's; "head of the company":
                        token.lower_ == "the" and pobj is not None and pobj.head == prep  # the body's; but "head of
                        and all(t.text.islower() for t in role_token.doc[token.i:pobj.i + 1])  # the threat
                        and pobj.lemma_.lower() not in word_list("org_nouns.json", "description_nouns")):  # laboratory"
                    return ""
                words.append(token.lower_)
            if words and pobj is not None and pobj.i <= prep.i + len(words):
                return " of " + " ".join(words)
        return ""

    def is_group_noun(self, token: Token) -> bool:
        return token.lower_ in self.group_nouns

    def scope_of(self, role: str) -> str | None:
        if role in self.country_scope:
            return "country"
        if role in self.organisation_scope:
            return "organisation"
        if role in self.town_scope:
            return "town"
        return None

    def canonical(self, title: str) -> str | None:
        """The canonical role for a title written out ("finance minister"), or None if unknown."""
        return self.titles.get(title.lower())


def after_a_peerage(doc: Doc, i: int) -> bool:
    """Whether a peer's honorific (roles.json "peerages") stands right before token ``i`` ("Lord Faulkner of
    Worcester"): a place after the name and "of" is the title's, neither the peer's home nor employer."""
    return i > 0 and doc[i - 1].lower_ in word_list("roles.json", "peerages")


def _plural(title: str) -> str:
    """The plural of a title: its last word's ("chief executives", "spokesmen", "secretaries")."""
    if title.endswith("man"):
        return title[:-3] + "men"
    if title.endswith("y") and title[-2:-1] not in "aeiou":
        return title[:-1] + "ies"
    if title.endswith(("s", "sh", "ch", "x")):
        return title + "es"
    return title + "s"


def _case_forms(make, text: str) -> list:
    forms = {text, text.capitalize(), text.title(), text.upper()}
    return [make(form) for form in sorted(forms)]


def _hyphenated_prefix(doc: Doc, start: int, capitalised: set[str] | None = None) -> bool:
    """"co-" before "chief executive", "non-" before "executive director": a lower-case word and a hyphen written
    onto the title's first word; with ``capitalised``, one of those prefixes capitalised before a capitalised title
    ("Vice-Prime Minister")."""
    if start < 2:
        return False
    hyphen, word = doc[start - 1], doc[start - 2]
    cased = (word.is_lower or word.is_sent_start and word.text == "Ex") if capitalised is None else \
        word.is_title and doc[start].is_title and word.lower_ in capitalised  # ("Ex-chat show host X" opening one)
    return hyphen.text == "-" and not hyphen.whitespace_ and not word.whitespace_ and cased and word.is_alpha


#: The listed adjectives (roles.json "modifiers") that say when a title is held, whatever word they are written on.
TIME_QUALIFIERS = frozenset({"former", "then", "outgoing", "incoming", "acting", "interim", "caretaker", "retiring",
                             "prospective", "would-be"})


def _before_name(doc: Doc, start: int) -> int:
    """Where the token right before the capitalised name words that end right before ``start`` is (``start - 1``
    where no name stands there; -1 where the name opens the document)."""
    j = start - 1
    while j >= 0 and doc[j].ent_type_ and doc[j].text[:1].isupper():
        j -= 1
    return j


def _word_before_name(doc: Doc, start: int) -> str | None:
    """The lower-case word right before a name that stands right before the title ("former" of "former Labour MP"),
    or the capitalised one opening the sentence ("Former England captain X"), lower-cased; None where no name stands
    there."""
    j = _before_name(doc, start)
    return doc[j].lower_ if 0 <= j < start - 1 and (doc[j].is_lower or doc[j].is_sent_start and doc[j].is_title) \
        else None


def _ex_before_name(doc: Doc, start: int) -> bool:
    """"ex-" written onto a name right before the title ("the ex-England coach", "an ex-Wolves striker")."""
    j = _before_name(doc, start)
    return j < start - 1 and j >= 1 and doc[j].text == "-" and not doc[j].whitespace_ \
        and doc[j - 1].lower_ == "ex" and not doc[j - 1].whitespace_


def _department_start(doc: Doc, start: int) -> int:
    """Where the department's capitalised name before a capitalised "Secretary" or "Minister" starts ("Work and
    Pensions", "Trade and Industry", "Culture"): capitalised words and the "and" between them, never a name of a
    person, place, party or organisation, a date, or a function word ("Yesterday Minister X" keeps "minister")."""
    i = start
    while i > 0 and _department_word(doc[i - 1]):
        i -= 1
    while i < start and not doc[i].is_title:
        i += 1  # never open on "and"
    return i


#: Ranks written as words before a ranked title ("top seed", "second seed"; "12th seed" by its digits).
RANK_WORDS = frozenset({"top", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth", "eleventh", "twelfth"})


def _a_rank(token: Token) -> bool:
    return token.lower_ in RANK_WORDS or re.fullmatch(r"\d+(st|nd|rd|th)", token.lower_) is not None


def _portfolio_word(token: Token) -> bool:
    """A lower-case noun of a department's name before a title ("work" of "work and pensions minister"), or the
    same word capitalised to open a sentence."""
    return token.pos_ in {"NOUN", "PROPN"} and (token.is_lower and token.pos_ == "NOUN" or token.is_sent_start
                                                and token.is_title and not token.ent_type_)


def _department_word(token: Token) -> bool:
    if token.lower_ in {"and", "&"}:
        return token.i > 0 and token.nbor(-1).is_title
    return token.is_title and token.pos_ in {"PROPN", "NOUN"} and token.ent_type_ not in NOT_DEPARTMENT_LABELS \
        and token.lower_ not in STOP_WORDS
