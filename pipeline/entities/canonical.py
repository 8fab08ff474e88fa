"""Group entity mentions into one canonical entity per real-world referent.

Merging rules, in order: known variants (U.S. = United States), a person's
surname or a shorter form of the name (Trump = Donald Trump, whatever label the
model gave the short mention; a surname two people share goes to the one named first), a company's short
name ("Volta Motors ... Volta", either order; not into another institution: "Ford" is no
"Ford Foundation"), a
person's first name used alone when one person has it (Ozzy = Ozzy Osbourne), an organisation's acronym (WHO = World Health
Organization), and an organisation named with a leading country qualifier
(U.S. Southern Command = Southern Command), and names the text calls one ("JK, also known as Jason King",
"(Jon Dahl) Tomasson"). Also: a first name's short form with the surname ("Steve Gerrard" = "Steven Gerrard"), a
club word alone ("United"), an acronym with an ampersand ("J&J"), a department with and without its country.
Names of several words are grouped before single words, so a short form named first (a headline's "Bank") joins
the full name all the same. Everything else merges on exact text.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from collections import Counter
from dataclasses import dataclass, field

from ..coref import is_news_outlet
from ..data_files import data_path, read_json
from ..facts import Entity
from ..relations.countries import is_state_or_country
from .merge import COMPANY_SUFFIXES, cities, club_first_words, demonyms, first_names, group_words

PERSON_LIKE = {"PERSON"}
PLACE_LABELS = {"GPE", "LOC"}


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    #: the words around it say it is a place ("back to Manchester"): never its club's mention
    placed: bool = False
    #: the courtesy title or rank written right before it, lower-cased ("mr", "sir"), if any
    honorific: str | None = None


@dataclass
class _Group:
    mentions: list[Mention] = field(default_factory=list)
    fixed_name: str | None = None

    def labels(self) -> Counter:
        return Counter(m.label for m in self.mentions)


#: A company suffix spelled out, and its short form ("News Corporation" = "News Corp")
SUFFIX_SPELLED_OUT = {"corporation": "corp", "incorporated": "inc", "limited": "ltd", "company": "co"}


def _family(label: str) -> str:
    return "PLACE" if label in PLACE_LABELS else label


#: Courtesy titles that a knight, a peer or a dame is not called by, and the ranks they are called by instead.
PLAIN_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"})
RANK_HONORIFICS = frozenset({"sir", "dame", "lord", "lady", "baroness", "baron"})
GENERIC_FIRST_WORDS = {"the", "national", "united", "american", "new", "first", "general", "royal", "central",
                       "international", "global", "federal", "state", "bank", "ministry", "department", "university"}
#: Words that make a broadcaster's name one of its channels or stations ("BBC One", "BBC Radio 4", "Sky One"): another
#: entity than the broadcaster, which the article may name alone too.
CHANNEL_WORDS = {"One", "Two", "Three", "Four", "Five", "Radio", "TV", "Television"}


#: Last words of a club's name that its town's name stands for alone ("Leeds" = "Leeds United").
#: Nordic and continental clubs' abbreviations written after the town ("Malmvik IF", "Brann SK").
CLUB_SUFFIXES = {"FC", "AFC", "IF", "BK", "FK", "SK", "IK", "FF", "SC", "CF"}
CLUB_WORDS = CLUB_SUFFIXES | {"United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur"}
#: Last words of a club's name that alone are also a kind of place: the club only where the article names it in full
#: ("Manchester City ... City's striker"), never joined to its town ("Manchester" is the city).
TOWN_CLUB_WORDS = {"City", "County", "Town"}

#: The last words of a public body's name that stand for the body alone, capitalised ("the Commission", "the
#: Parliament"), where the article names one body so.
BODY_WORDS = frozenset({"commission", "parliament", "council", "committee", "assembly", "senate", "congress",
                        "tribunal", "inquiry"})
#: Last words that make a name another institution than the one it starts with ("Ford Foundation").
INSTITUTION_HEADS = {"foundation", "institute", "trust", "museum", "university", "college", "school", "hospital",
                     "stadium", "arena", "centre", "center", "prize", "award", "awards", "cup", "festival", "fund",
                     "charity", "library", "family",
                     # a government or a campaign named for its leader: "the Bush administration" is not Bush
                     "administration", "government", "regime", "presidency", "cabinet", "campaign", "camp", "era",
                     # newspapers named for their town: "Newcastle" (the club) is not the "Newcastle Evening Chronicle"
                     "chronicle", "times", "post", "herald", "journal", "gazette", "telegraph", "echo", "courier",
                     "tribune", "observer", "argus", "examiner", "inquirer"}


#: Titles before a first name that is someone's whole name ("Prince Charles", "Pope John Paul"): never the first name
#: of another person of the article ("Charles Kennedy").
REGNAL_TITLES = frozenset({"prince", "princess", "king", "queen", "emperor", "empress", "pope", "sultan", "tsar"})
#: Labels a first name alone is never merged into a person's name under: a work, a product.
NEVER_PEOPLE = frozenset({"WORK_OF_ART", "PRODUCT"})
#: What the models read an institution's first word as, besides a person or a place ("researchers at Greywater").
MISREAD_INSTITUTION_LABELS = {"WORK_OF_ART", "PRODUCT", "FAC"}
#: Institutions people call by their first word ("Harvard", "Lakeside" for "Lakeside County Hospital"), unlike a
#: foundation or a newspaper named for a company or a town.
SHORT_NAMED_INSTITUTIONS = frozenset({"university", "college", "school", "hospital", "institute", "museum", "library"})


def _a_known_place(name: str) -> bool:
    """A larger city, a state, a country or a people, as written, in title case or without accents ("DETROIT",
    "Bogota", "St Louis")."""
    forms = {name, name.title(), re.sub(r"^St\.? ", "Saint ", name.title())}
    return any(is_state_or_country(form) or form in demonyms() or _unaccented(form) in _unaccented_cities()
               for form in forms)


@lru_cache(maxsize=1)
def _feature_words() -> frozenset[str]:
    """The words of a place's kind that end its name (org_nouns.json geographic_last_words, and "bay")."""
    kinds = read_json(data_path("org_nouns.json"))["geographic_last_words"]
    return frozenset(word for words in kinds.values() for word in words) | {"bay"}


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).replace("-", " ")


@lru_cache(maxsize=1)
def _unaccented_cities() -> frozenset[str]:
    return frozenset(_unaccented(city) for city in cities())


def _is_name_prefix(short: list[str], long: list[str]) -> bool:
    """Whether one ORG name is the leading words of the other ("Volta" / "Volta Motors"), not a generic word."""
    if len(short) > len(long):
        short, long = long, short
    # "St Fintian" of "St Fintian's High School": a possessive ending is no other word
    return len(short) < len(long) and (long[:len(short)] == short or _possessive_prefix(short, long)) \
        and short[0].lower() not in GENERIC_FIRST_WORDS and not _a_channel_of(short, long)


def _a_channel_of(short: list[str], long: list[str]) -> bool:
    """"BBC One" of "BBC", "Sky One" of "Sky": the longer name goes on with a channel's word or a number."""
    following = long[len(short)] if len(long) > len(short) else ""
    return following in CHANNEL_WORDS or following.isdigit()


def _a_station_s_place(short: list[str], long: list[str]) -> bool:
    """"Leicester" of "BBC Radio Leicester": the place a station is named for (after a channel's word), no short
    form of it."""
    return len(long) > len(short) and long[-len(short) - 1] in CHANNEL_WORDS


def _singular(name: str) -> list[str]:
    """A name's words in lower case without a plural "s" ("Media Labs Europe" -> media lab europe)."""
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in name.lower().split()]


#: Last words of awards' names, whose first word alone, or in the plural, is the award ("the Brits", "a Bafta").
AWARD_WORDS = frozenset({"Awards", "Award", "Prize", "Prizes"})
#: Labels of names whose plural stands for their things ("Cadillacs", "iPods").
BRAND_LABELS = frozenset({"ORG", "PRODUCT"})


def _one_the_plural_of_the_other(a: list[str], b: list[str]) -> bool:
    """"Golden Globes" and "Golden Globe": the same words but the last, one the other with an "s"."""
    return len(a) == len(b) and a[:-1] == b[:-1] and (a[-1] == b[-1] + "s" or b[-1] == a[-1] + "s")


def _possessive_prefix(short: list[str], long: list[str]) -> bool:
    """Whether the shorter name is the longer one's words up to a possessive ("St Fintian's High School"), a name an
    institution is called by."""
    if len(short) > len(long):
        short, long = long, short
    if not short or len(short) >= len(long) or not long[len(short) - 1].endswith(("'s", "’s")):
        return False
    return long[:len(short) - 1] == short[:-1] and short[-1] in {long[len(short) - 1], long[len(short) - 1][:-2]}


def _a_place_after_of(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is a known place that ends ``long`` after "of" ("London" of "Lloyd's of London", "the
    London insurance market"): the place, no short form of the organisation."""
    return len(long) > len(short) + 1 and long[-len(short) - 1] == "of" and _a_known_place(" ".join(short))


def _is_name_suffix(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is the trailing words of ``long`` and still a name ("Radio 1" of "BBC Radio 1")."""
    return len(short) < len(long) and long[-len(short):] == short and short[0][:1].isupper() \
        and short[0].lower() not in GENERIC_FIRST_WORDS


#: Generational suffixes after a surname: "Al Unser Jr." is "Unser".
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def _hyphened_first(name: str) -> str | None:
    """The part of a name of two hyphened parts before its hyphen ("Mercedes" of "Mercedes-Benz"), if it has one."""
    parts = name.split("-")
    return parts[0] if len(parts) == 2 and all(p[:1].isupper() for p in parts) else None


def camel_first(name: str) -> str | None:
    """"Glaxo" of "GlaxoSmithKline", "Daimler" of "DaimlerChrysler": the part of a one-word name before a capital
    inside it, three small letters or more after its first."""
    found = re.match(r"([A-Z][a-z]{3,})[A-Z]", name)
    return found.group(1) if found and name.isalpha() else None


def _without_suffix(words: list[str]) -> list[str]:
    """A person's name without its generational suffix (and the comma before it): "Ken Griffey, Jr." -> "Ken Griffey"."""
    if len(words) > 2 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
    return words


def _same_but_short_first_name(a: list[str], b: list[str]) -> bool:
    """Names with one surname whose first names are one the start of the other, three letters at least
    ("Steve" / "Steven", "Rob" / "Robert"), a familiar form and its name ("Danny" / "Daniel", "Bill" / "William"),
    or an initial ("H Southwell" / "Hugo Southwell", "R de Marigny" / "Roland de Marigny")."""
    if len(b) != len(a) or len(a) < 2 or a == b or a[-1] != b[-1] or [w.lower() for w in a[1:]] != [
            w.lower() for w in b[1:]]:
        return False
    short, long = sorted((a[0].rstrip("."), b[0].rstrip(".")), key=len)
    if len(short) == 1 and short.isupper():  # "H Southwell" of a team line-up, "J. Smith" = "Hugo Southwell"
        return len(long) > 1 and long.startswith(short)
    forms = _familiar_forms()  # "Danny Williams" / "Daniel Williams": a familiar form no start of the name
    return len(short) >= 3 and long.startswith(short) or a[0] in forms.get(b[0], ()) or b[0] in forms.get(a[0], ())


@lru_cache(maxsize=1)
def _familiar_forms() -> dict[str, list[str]]:
    """Familiar first names -> the names they are forms of (data/name_forms.json)."""
    return read_json(data_path("name_forms.json"))["familiar_forms"]


def _same_but_middle_names(a: list[str], b: list[str]) -> bool:
    """A person's first name and surname, and the same with middle names written in full between them ("Anthony
    Meyer" / "Anthony John Charles Meyer"), in either order; not a middle initial, which tells people apart ("George
    Bush" / "George W Bush")."""
    short, long = sorted((a, b), key=len)
    return len(short) == 2 and len(long) > 2 and short[0] == long[0] and short[-1] == long[-1] \
        and all(w[:1].isupper() and len(w.rstrip(".")) > 1 for w in long)


def _compact(text: str) -> str:
    """The name in lower case without its spaces, hyphens and full stops ("Time Warner", "TimeWarner": "timewarner")."""
    return "".join(c for c in text.lower() if c.isalnum())


def _initials(text: str, keep_acronyms: bool = False) -> str:
    """The capitalised words' first letters; with ``keep_acronyms``, an acronym among them whole ("UK Athletics" ->
    "UKA")."""
    return "".join(word if keep_acronyms and word.isupper() and word.isalpha() else word[0]
                   for word in text.split() if word[:1].isupper())


#: The small words of a name that a mixed-case acronym keeps as a lower-case letter ("BoE", "MoD", "DfES").
ACRONYM_SMALL_WORDS = frozenset({"of", "for", "and", "on"})


def _abbreviates(acronym: str, name: str) -> bool:
    """A mixed-case acronym of the name: each capitalised word's first letter, a small word's letter or none
    ("BoE" = "Bank of England", "DfES" = "Department for Education and Skills")."""
    pattern = "".join(re.escape(word[0]) if word[:1].isupper() else f"{re.escape(word[0])}?"
                      if word in ACRONYM_SMALL_WORDS else "" for word in name.split())
    return re.fullmatch(pattern, acronym) is not None


def _mixed_case_acronym(text: str) -> bool:
    """"BoE", "MoD", "DfES": capitals with a small word's letter between them, no longer than six letters."""
    return 3 <= len(text) <= 6 and text.isalpha() and text[0].isupper() and text[-1].isupper() \
        and sum(c.isupper() for c in text) >= 2 and not text.isupper()


def _spoken_acronym(text: str) -> bool:
    """"Nato", "Unicef", "Bat": one word of three to six letters in title case, as BBC style writes an acronym that is
    said as a word."""
    return 3 <= len(text) <= 6 and text.isalpha() and text.istitle()


class Canonicalizer:
    def __init__(self, variants: dict[str, str], country_qualifiers: set[str], bare_heads: set[str] = frozenset()) -> None:
        self.variants = {k: v for k, v in variants.items() if not k.startswith("_")}
        self.country_qualifiers = country_qualifiers
        self.bare_heads = bare_heads  # "Army", "Forces": no name without their country

    def __call__(self, mentions: list[Mention], aliases: list[tuple] = ()) -> list[Entity]:
        """One entity per referent; ``aliases`` are pairs of mentions the text says are one ("JK, also known as
        Jason King"), whose groups are joined; a pair may carry a third item, the name the two make together
        ("(Jon Dahl) Tomasson" -> "Jon Dahl Tomasson")."""
        groups: list[_Group] = []
        by_key: dict[tuple[str, str], _Group] = {}
        self._starts: dict[str, list[int]] = {}  # where each name is written: a short name's own story (below)
        self._org_starts: dict[str, list[int]] = {}  # where each name is read as an organisation
        for mention in mentions:
            self._starts.setdefault(mention.text, []).append(mention.start)
            if mention.label == "ORG":
                self._org_starts.setdefault(mention.text, []).append(mention.start)
        people = [m for m in mentions if m.label in PERSON_LIKE and len(m.text.split()) > 1]
        # Longest person names first, so "Donald Trump" joins "Donald J. Trump" style groups consistently; then the
        # other names of several words, then single words (a headline's "Bank" or "EA" before the "Bank of England"
        # or "Electronic Arts (EA)" of the body joins them all the same).
        rest = [m for m in mentions if m not in people]
        ordered = sorted(people, key=lambda m: -len(m.text)) + [m for m in rest if len(m.text.split()) > 1] + sorted(
            [m for m in rest if len(m.text.split()) == 1], key=lambda m: self._variant(m) is None)
        # (one-word names with a known variant first: "the Oscars" joins the "Academy Awards" before "Oscar night"
        # joins "the Oscars")
        for mention in ordered:
            group = self._find_group(mention, groups, by_key)
            if group is None:
                group = _Group()
                groups.append(group)
                canonical = self._variant(mention)
                if canonical:
                    group.fixed_name = canonical
            group.mentions.append(mention)
            by_key.setdefault(self._key(mention), group)
        self._join_places_read_as_companies(groups)
        for a, b, *together in aliases:
            joined = next(g for g in groups if any(m is a for m in g.mentions))
            if together:
                joined.fixed_name = together[0]
            texts = {a.text, b.text}
            # the other name's group, and the alias written alone under another label ("JK" a place, then a club)
            for group in [g for g in groups if g is not joined and (
                    any(m is b for m in g.mentions) or all(m.text in texts for m in g.mentions))]:
                joined.mentions += group.mentions
                joined.fixed_name = joined.fixed_name or group.fixed_name
                groups.remove(group)
        entities = [self._entity(g) for g in groups]
        entities.sort(key=lambda e: e.mentions[0])
        return entities

    def _variant(self, mention: Mention) -> str | None:
        """The canonical name variants.json gives the mention, or an event's plural ("Oscar night": "the Oscars")."""
        text = mention.text.lower()
        return self.variants.get(text) or (self.variants.get(f"{text}s") if mention.label == "EVENT" else None)

    def _key(self, mention: Mention) -> tuple[str, str]:
        canonical = self._variant(mention)
        if canonical:
            return ("PLACE" if mention.label in PLACE_LABELS | {"ORG"} else _family(mention.label), canonical.lower())
        text = mention.text.lower()
        words = text.split()
        if len(words) > 1 and words[0] == "the":  # "The Passion of the Christ" = "Passion of the Christ"
            words = words[1:]
            text = " ".join(words)
        if mention.label == "ORG" and len(words) > 1:  # "News Corporation" = "News Corp", "Acme Incorporated" = "Acme Inc."
            # "the Institute of Fiscal Studies" = "the Institute for Fiscal Studies", as people write it
            text = " ".join(["of" if w == "for" else w for w in words[:-1]]
                            + [SUFFIX_SPELLED_OUT.get(words[-1].rstrip("."), words[-1].rstrip("."))])
        return (_family(mention.label), text)

    @staticmethod
    def _join_places_read_as_companies(groups: list[_Group]) -> None:
        """A name read as a place, no known one, that one organisation of the article is read as at least as often
        is that organisation ("rival Fujitsu ... staff from Fujitsu", "Yukos sale ... oil giant Yukos", whichever label
        the models gave each mention); a known place ("Cardiff": the town and its club) stays apart."""
        for group in [g for g in groups if all(m.label in PLACE_LABELS for m in g.mentions)]:
            names = {m.text.lower() for m in group.mentions}
            if len(names) > 1 or _a_known_place(group.mentions[0].text):
                continue
            read_so = [(g, sum(m.label == "ORG" and m.text.lower() in names for m in g.mentions)) for g in groups]
            read_so = [(g, n) for g, n in read_so if n]
            if len(read_so) == 1 and read_so[0][1] >= len(group.mentions):
                read_so[0][0].mentions += group.mentions
                groups.remove(group)

    def _find_group(self, mention: Mention, groups: list[_Group], by_key) -> _Group | None:
        key = self._key(mention)
        if key in by_key:
            return by_key[key]
        canonical = self._variant(mention)
        if canonical:
            for group in groups:
                if group.fixed_name == canonical:
                    return group
            return None
        words = mention.text.split()
        compact = _compact(mention.text)
        if mention.label not in PLACE_LABELS and len(compact) >= 6:  # "TimeWarner" = "Time Warner", "Wal-Mart" =
            # "WalMart": a name written with and without its space or hyphen
            spelled = [g for g in groups if any(m.label not in PLACE_LABELS and m.text != mention.text
                                                and _compact(m.text) == compact for m in g.mentions)]
            if len(spelled) == 1:
                return spelled[0]
        if mention.label == "ORG" and len(words) >= 3:  # "the Economic Social Research Council ... the Economic and
            # Social Research Council": an organisation's long name written once without its "and"
            unjoined = [w for w in words if w.lower() not in {"and", "&"}]
            spelled = [g for g in groups if any(
                m.label == "ORG" and m.text != mention.text and len(m.text.split()) >= 3
                and [w for w in m.text.split() if w.lower() not in {"and", "&"}] == unjoined for m in g.mentions)]
            if len(spelled) == 1:
                return spelled[0]
        if len(words) > 1 and mention.label not in PLACE_LABELS:
            # "the Golden Globes" = "Golden Globe awards", read with another label: a name and its plural (not a
            # place's: "Grand Falls" is no "Grand Fall")
            plural_pair = [g for g in groups if any(
                m.label not in PLACE_LABELS and _one_the_plural_of_the_other(words, m.text.split())
                for m in g.mentions)]
            if len(plural_pair) == 1:
                return plural_pair[0]
        if len(words) == 1:  # "the Brits", "a Brit", "the Mobos": an award's short name, its first word
            awards = [g for g in groups if any(
                len(m.text.split()) == 2 and m.text.split()[1] in AWARD_WORDS
                and m.text.split()[0].lower() in {words[0].lower(), words[0].lower().removesuffix("s")}
                for m in g.mentions)]
            if len(awards) == 1:
                return awards[0]
        if len(words) == 1:  # "Cadillacs", "Saabs", "iPods": a maker's or a product's one-word name in the plural,
            # read as a place, a people or a person, in either order; "German" and "Germans": a people's word; "Oscar"
            # and "the Oscars": an award's
            plural = [g for g in groups if any(
                m.label in BRAND_LABELS and m.text + "s" == words[0] or mention.label in BRAND_LABELS
                and m.text == words[0] + "s" or m.label == mention.label and m.label in {"NORP", "EVENT"}
                and (m.text + "s" == words[0] or m.text == words[0] + "s") for m in g.mentions)]
            if len(plural) == 1:
                return plural[0]
        if len(words) == 1 and mention.label == "ORG":  # "Mercedes" = "Mercedes-Benz", in either order: a company's
            # hyphenated name by its first part, where one organisation is so named
            hyphened = [g for g in groups if any(m.label == "ORG" and " " not in m.text and (
                _hyphened_first(m.text) == words[0] or _hyphened_first(words[0]) == m.text) for m in g.mentions)]
            if len(hyphened) == 1:
                return hyphened[0]
        if len(words) == 1 and mention.label == "ORG":  # "Glaxo" = "GlaxoSmithKline", in either order: a firm's
            # one-word name written with a capital inside, by the part before it, where one organisation is so named
            camel = [g for g in groups if any(m.label == "ORG" and " " not in m.text and (
                camel_first(m.text) == words[0] or camel_first(words[0]) == m.text) for m in g.mentions)]
            if len(camel) == 1:
                return camel[0]
        if mention.label in PERSON_LIKE and len(words) >= 2:
            # the short form of a first name with the same surname: "Steve Gerrard" = "Steven Gerrard"
            shortened = [g for g in groups if any(
                m.label in PERSON_LIKE and _same_but_short_first_name(words, m.text.split()) for m in g.mentions)]
            if len(shortened) == 1:
                return shortened[0]
        if mention.label in PERSON_LIKE and len(words) >= 2:
            # a name in full with middle names: "Anthony John Charles Meyer" = "Anthony Meyer", either first
            in_full = [g for g in groups if any(
                m.label in PERSON_LIKE and _same_but_middle_names(words, m.text.split()) for m in g.mentions)]
            if len(in_full) == 1:
                return in_full[0]
        # A shorter form of a person's name: the surname, or a suffix of the full name.
        if mention.label in PERSON_LIKE or len(words) == 1:
            lowered = [w.lower() for w in words]  # "Van Nistelrooy" opening a sentence = "Ruud van Nistelrooy"
            matches = [
                g for g in groups if "PERSON" in g.labels() and any(
                    len(full) > len(words) and [w.lower() for w in full[-len(words):]] == lowered
                    and "of" not in full  # ("the Prince of Wales": a styled title, with no surname)
                    for full in (_without_suffix(m.text.split()) for m in g.mentions)
                ) and not (mention.label == "ORG" and self._organisation_before(mention.text, g))
            ]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1 and len(words) == 1 and mention.honorific in PLAIN_HONORIFICS:
                # "Mr Blair" is not "Sir Ian Blair": a knight, a peer or a dame is not called Mr or Ms
                plain = [g for g in matches if not any(m.honorific in RANK_HONORIFICS for m in g.mentions)]
                if len(plain) == 1:
                    return plain[0]
            if len(matches) > 1 and len(words) == 1:
                # Two people share the surname: a bare surname is the person the article named first
                # (news names its subject first; "Osbourne" after "Ozzy Osbourne ... Sharon Osbourne").
                return min(matches, key=lambda g: min(m.start for m in g.mentions if len(m.text.split()) > 1))
        if len(words) == 1 and (mention.label in PERSON_LIKE or (
                mention.label not in NEVER_PEOPLE and not mention.placed and not is_state_or_country(words[0])
                and words[0] not in cities() and words[0] not in demonyms())):
            # A first name used alone ("Ozzy said"; "Graeme" or "Mukesh", whatever label the models gave it, when it
            # is no country, city or people, nor a place where it stands): the one person whose full name starts
            # with it; not a work or a product ("best actor for Ray" is not Ray Charles). The first-name list is no
            # condition: it misses many cultures' names ("Anil", "Mukesh"), and the person's full name is the evidence.
            firsts = [g for g in groups if "PERSON" in g.labels() and any(
                len(m.text.split()) > 1 and m.text.split()[0] == words[0] for m in g.mentions)
                and (mention.honorific not in REGNAL_TITLES or any(m.honorific == mention.honorific
                                                                   for m in g.mentions))]
            if len(firsts) == 1:  # ("Prince Charles" is no Charles Kennedy; "Prince Alwaleed" is Prince Alwaleed
                return firsts[0]  # bin Talal)
        if len(words) == 2 and mention.label in PERSON_LIKE and words[0] in first_names():
            # a double first name used alone ("Juan Carlos was delighted"): the one person whose name opens with it
            firsts = [g for g in groups if "PERSON" in g.labels() and any(
                len(m.text.split()) > 2 and m.text.split()[:2] == words for m in g.mentions)]
            if len(firsts) == 1:
                return firsts[0]
        if len(words) == 1 and mention.label == "ORG" and words[0].lower() in BODY_WORDS:
            # "European commission president Jose Manuel Barroso ... the Commission wants": a body by its last word,
            # where one organisation of the article ends in it (not "the Council" beside two councils)
            bodies = [g for g in groups if any(m.label == "ORG" and len(m.text.split()) > 1
                                               and m.text.split()[-1].lower() == words[0].lower() for m in g.mentions)]
            if len(bodies) == 1:
                return bodies[0]
        if len(words) == 1 and mention.label not in PLACE_LABELS | {"NORP"}:
            # "the Golden Globes ... The Globes also honour television", "a five-time Globe winner": an event or an
            # award by its last word, singular or plural, where one event of several capitalised words ends in it,
            # whatever the models read (not a people's word: "Olympic"), and no person's name ends in it
            forms = {words[0], words[0] + "s", words[0].removesuffix("s")}
            events = [g for g in groups if any(m.label == "EVENT" and len(m.text.split()) > 1 and all(
                w[:1].isupper() or w.isdigit() or w in {"of", "for", "the", "and", "de"} for w in m.text.split())
                and m.text[:1].isupper() and m.text.split()[-1] in forms for m in g.mentions)]
            if len(events) == 1 and not any(m.label in PERSON_LIKE and len(m.text.split()) > 1
                                            and m.text.split()[-1] in forms for g in groups for m in g.mentions):
                return events[0]
        if len(words) == 1 and mention.label not in PERSON_LIKE | PLACE_LABELS:
            # "the Nintendo DS ... The DS has two screens": a product by its name without its maker's, the maker an
            # organisation the article names alone (whatever label the models gave the short name)
            makers = {m.text for g in groups for m in g.mentions if m.label == "ORG" and len(m.text.split()) == 1}
            products = [g for g in groups if any(m.label == "PRODUCT" and len(pair := m.text.split()) == 2
                                                 and pair[1] == words[0] and pair[0] in makers for m in g.mentions)]
            if len(products) == 1:
                return products[0]
        club = self._club_of(mention, groups)
        if club is not None:
            return club
        if words == ["House"] and mention.label in {"ORG", "FAC"}:
            # "told the Commons ... told the House": the one chamber the article names ("House of Lords", "the
            # Commons", the House of Commons by its variants)
            chambers = [g for g in groups if any(m.label in {"ORG", "FAC"} and (
                m.text.startswith("House of ") or (self.variants.get(m.text.lower()) or "").startswith("House of "))
                for m in g.mentions)]
            if len(chambers) == 1:
                return chambers[0]
        if len(words) == 1 and mention.label != "ORG" and is_news_outlet(words[0]):
            # "the Hollywood Ledger ... told the Ledger": a paper's last word, whatever label the models gave it
            papers = [g for g in groups if any(m.label == "ORG" and len(m.text.split()) > 1
                                               and m.text.split()[-1] == words[0] for m in g.mentions)]
            if len(papers) == 1:
                return papers[0]
        if mention.label in PERSON_LIKE and len(words) == 1:
            # "Amnesty International ... Amnesty", the short name read as a person: the one organisation named
            # before it whose name starts with it (no person's name ends with it: that was tried first); "Epps,
            # owner of Epps Aviation" is a person named before his company
            heads = [g for g in self._organisations_headed_by(words[:1], groups)
                     if min(m.start for m in g.mentions) < mention.start]
            if len(heads) == 1:
                return heads[0]
        if len(words) > 1 and mention.label in PLACE_LABELS | {"NORP", "FAC"} and not (
                mention.text in cities() or is_state_or_country(mention.text)):
            # "Circuit City Stores ... shares in Circuit City", the short name read as a place: the one organisation
            # named before it whose name opens with all its words (not a town's own name: "New York ... the New York
            # Times"; nor another institution that bears it, "Ford Foundation")
            heads = self._organisations_headed_by(words, groups, before=mention.start)
            if len(heads) == 1:
                return heads[0]
        if len(words) == 1 and mention.label in PLACE_LABELS:
            # "the Democratic Republic of Congo ... Congo's army": a republic by its last word, when the article
            # names one such; "the Republic of Ireland ... the Republic": by its first
            republics = [g for g in groups if any(m.label in PLACE_LABELS and "Republic" in m.text.split() and (
                m.text.endswith(" of " + words[0]) or m.text.startswith(words[0] + " of ")) for m in g.mentions)]
            if len(republics) == 1:
                return republics[0]
        if len(words) == 1 and mention.label in PLACE_LABELS | {"FAC"}:
            # "Guantanamo Bay ... held in Guantanamo", "Heathrow Airport ... at Heathrow": a facility by its name
            # without the word of its kind (a known town's name only read as a facility too: "Stamford" is no
            # "Stamford Bridge"; not a natural feature's: "the eastern Pacific" is a region of the Pacific Ocean)
            town = _a_known_place(words[0])
            featured = [g for g in groups if any(
                m.label == "FAC" and len(pair := m.text.split()) == 2 and pair[0] == words[0]
                and pair[1].lower() in _feature_words() and (not town or mention.label == "FAC")
                for m in g.mentions)]
            if len(featured) == 1:
                return featured[0]
        if len(words) == 1 and mention.label in PLACE_LABELS | {"NORP"} and not (
                words[0] in cities() or is_state_or_country(words[0]) or words[0] in demonyms()
                or words[0] in group_words()):  # (not "the European economy": no word of the European Commission)
            # "Deccan Rail Systems ... Deccan", "the Lagos bank Zenora Trust ... Zenora": a company's first word read as
            # a place or a people that is no known one, when one organisation named before starts with it
            heads = [g for g in self._organisations_headed_by(words[:1], groups, lambda last: True)  # "Zenora Trust"
                     if min(m.start for m in g.mentions) < mention.start]
            tails = [g for g in groups if any(m.label == "ORG" and len(m.text.split()) == 2 and m.text.split()[-1] ==
                                              words[0] and m.text.split()[0] in club_first_words() for m in g.mentions)]
            if len(heads) == 1:
                return heads[0]
            if not heads and len(tails) == 1:  # "Atlético Ribera ... Ribera face": a club by its town
                return tails[0]
        if len(words) == 1 and (mention.label in PERSON_LIKE | MISREAD_INSTITUTION_LABELS or mention.label in
                                PLACE_LABELS and not (words[0] in cities() or is_state_or_country(words[0]))):
            # "Greywater University ... Greywater is suing", "a nurse at Lakeside": a workplace called by its first
            # word, read as a person, a work or an unknown place, when one such institution named before starts
            # with it
            heads = [g for g in self._organisations_headed_by(
                words[:1], groups, SHORT_NAMED_INSTITUTIONS.__contains__) if min(m.start for m in g.mentions) < mention.start]
            if len(heads) == 1:
                return heads[0]
        if _mixed_case_acronym(mention.text):  # whatever the model called it ("MoD" a place)
            for group in groups:
                if any(m.label == "ORG" and _abbreviates(mention.text, m.text) for m in group.mentions):
                    return group
        if mention.label != "PERSON" and not (len(words) == 1 and (
                words[0].lower() in BODY_WORDS or mention.label in PLACE_LABELS)):
            # "the Sarbanes-Oxley Act ... the Act ... the cost of Sarbanes-Oxley": the one law whose last word or
            # whose name before it the mention is, whatever the models read it as (not the body or the place a law
            # is named for, read as a place: "the Parliament Act ... outside Parliament", "the Scotland Act ... in
            # Scotland")
            laws = [g for g in groups if any(m.label == "LAW" and len(m.text.split()) > 1 and (
                words == m.text.split()[-1:] or words == m.text.split()[:-1]) for m in g.mentions)]
            if len(laws) == 1:
                return laws[0]
        if mention.label == "EVENT":  # "the Rugby World Cup ... the World Cup", "Hurricane Mitch ... Mitch": the one
            # event whose name ends so
            events = [g for g in groups if any(m.label == "EVENT" and _is_name_suffix(words, m.text.split())
                                               for m in g.mentions)]
            if len(events) == 1:
                return events[0]
        if _spoken_acronym(mention.text):
            # "British American Tobacco ... Bat", "the North Atlantic Treaty Organisation ... Nato": an acronym said
            # as a word, written in title case as BBC style has it, whatever the model called it: the one
            # organisation of three or more capitalised words named before it with those initials
            spelled = [g for g in groups if any(
                m.label == "ORG" and m.start < mention.start and len(_initials(m.text)) >= 3
                and _initials(m.text) == mention.text.upper() for m in g.mentions)]
            if len(spelled) == 1:
                return spelled[0]
        if mention.label == "ORG":
            letters = mention.text.replace("&", "").replace(".", "")  # "J&J" = "Johnson & Johnson"
            if mention.text.isupper() and 2 <= len(letters) <= 6:
                for group in groups:  # (or a product's or an event's: "Internet Explorer ... IE", "the Consumer
                    # Electronics Show (CES)")
                    if any(m.label in {"ORG", "PRODUCT", "EVENT"} and letters in {_initials(m.text), _initials(
                            m.text, keep_acronyms=True), _initials(self._strip_country(m.text))}
                           for m in group.mentions):  # ("UKA" = "UK Athletics"; "FBI" = "the US Federal Bureau of
                        # Investigation", its country aside)
                        return group
            stripped = self._strip_country(mention.text)
            for group in groups:
                if any(m.label == "ORG" and self._strip_country(m.text) == stripped for m in group.mentions):
                    return group
            if len(words) > 1:  # "Media Lab Europe" = "Media Labs Europe": a name written once with a plural
                for group in groups:
                    if any(m.label == "ORG" and len(m.text.split()) == len(words)
                           and _singular(m.text) == _singular(mention.text) for m in group.mentions):
                        return group
            if len(words) > 2:  # "the State Tobacco Monopoly Administration" = "the State Tobacco Administration
                # Monopoly": a long name written once with its words in another order
                shuffled = [g for g in groups if any(
                    m.label == "ORG" and sorted(m.text.split()) == sorted(words) for m in g.mentions)]
                if len(shuffled) == 1:
                    return shuffled[0]
            # "the US Department of Justice ... the Department of Justice": one country's department, when the
            # article names no other country's
            qualified = [g for g in groups if any(m.label == "ORG" and self._one_qualified(m.text, mention.text)
                                                  for m in g.mentions)]
            if len(qualified) == 1:
                return qualified[0]
            # A short form of a company name, in either order: "Volta Motors ... Volta". Not when the full
            # name is another institution that bears the name ("Ford" is not the "Ford Foundation").
            # (and a one-word name in the plural, as people write a company's: "Aggregate Industries ... the deal
            # with Aggregates")
            singular = [words[0][:-1]] if len(words) == 1 and len(words[0]) > 4 and words[0].endswith("s") \
                and not words[0].endswith("ss") else words
            for group in groups:  # (the longer name without a country before it: "the US Carnival Corporation")
                if any(m.label == "ORG" and (_is_name_prefix(words, longer) or (
                        singular != words and len(m.text.split()) > 1 and _is_name_prefix(singular, longer)))
                       and (max(m.text.split(), words, key=len)[-1].lower() not in INSTITUTION_HEADS
                            or _possessive_prefix(words, m.text.split()))  # "St Fintian's" of "St Fintian's High School"
                       and not self._named_apart(mention.text, m.text)
                       for m in group.mentions for longer in [self._strip_country(m.text).split()]):
                    return group
            # Its tail: "Radio 1" = "BBC Radio 1", "Evening Chronicle" = "Newcastle Evening Chronicle", "United" =
            # "Manchester United", when one organisation alone ends so (or has the one word inside); or a generic
            # first word one organisation alone starts with ("the Bank" = "Bank of England").
            # (not the place a station is named for: "Leicester" of "BBC Radio Leicester")
            tails = [g for g in groups if any(m.label == "ORG" and (
                _is_name_suffix(words, m.text.split()) and not _a_station_s_place(words, m.text.split())
                and not _a_place_after_of(words, m.text.split()) or (
                    words == [m.text.split()[-1]] and words[0] in CLUB_WORDS and len(m.text.split()) > 1)  # "United"
                or (len(words) == 1 and words[0] in m.text.split()[1:-1] and words[0].istitle()
                    and m.text.split()[-1].lower() not in BODY_WORDS))  # "the Labs" = "Media Labs Europe": a word
                for m in g.mentions)]  # inside one organisation's name alone (not a body named for its remit: "the
            # Treasury" is no "House of Commons Treasury Select Committee")
            if len(tails) > 1 and words[0] in CLUB_WORDS:  # "United" with "Manchester United" and "Shareholders
                # United": the club, named for its town
                tails = [g for g in tails if any(m.label == "ORG" and m.text.split()[-1] == words[0] and _a_known_place(
                    " ".join(m.text.split()[:-1])) for m in g.mentions)]
            if len(tails) == 1:
                return tails[0]
            heads = [g for g in self._organisations_headed_by(words[:1], groups) if not any(
                self._named_apart(mention.text, m.text) for m in g.mentions)] if len(words) == 1 else []
            if len(heads) == 1:
                return heads[0]
        return None

    def _organisation_before(self, name: str, person: _Group) -> bool:
        """A name read as an organisation twice or more before the person who bears it is first named in full:
        a company of the name, not the person ("Ford, the US car company, reported ... Ford reported" before
        "chairman Bill Ford"; a headline's surname alone, once, is still the person's)."""
        named = min((m.start for m in person.mentions if len(m.text.split()) > 1), default=0)
        return sum(start < named for start in self._org_starts.get(name, ())) >= 2

    def _named_apart(self, short: str, long: str) -> bool:
        """Whether a short organisation name is another organisation than the longer one it starts: the article
        writes it twice or more before it first writes the longer name, which adds more than a company suffix
        ("Barclays ... Barclays ... Barclays Capital", its investment arm; not "Volta Motors ... Volta", nor a
        headline's "Volta" before "Volta Motors", nor "Acme ... Acme ... Acme Inc.")."""
        if len(short.split()) >= len(long.split()) or all(
                w.lower() in COMPANY_SUFFIXES for w in long.split()[len(short.split()):]):
            return False
        first_long = min(self._starts.get(long, [0]))
        return sum(start < first_long for start in self._starts.get(short, [])) >= 2

    @staticmethod
    def _organisations_headed_by(head: list[str], groups: list[_Group], last_word_ok=None,
                                 before: int | None = None) -> list[_Group]:
        """The groups with an organisation's name longer than ``head`` that opens with its words ("the Bank" of "Bank
        of England", "Circuit City" of "Circuit City Stores") and whose lower-cased last word ``last_word_ok`` takes:
        by default, unless the name is another institution that bears it ("Ford Foundation"); with ``before``, only
        a mention of that name starting before that character counts."""
        ok = last_word_ok or (lambda last: last not in INSTITUTION_HEADS)
        return [g for g in groups if any(
            m.label == "ORG" and len(words) > len(head) and words[:len(head)] == head and ok(words[-1].lower())
            and not _a_channel_of(head, words) and (before is None or m.start < before)
            for m in g.mentions for words in [m.text.split()])]

    def _one_qualified(self, a: str, b: str) -> bool:
        """Whether one name is the other with a country qualifier before it ("US Department of Justice")."""
        short, long = sorted((a.split(), b.split()), key=len)
        return len(long) == len(short) + 1 and long[1:] == short and long[0] in self.country_qualifiers

    def _strip_country(self, text: str) -> str:
        first, _, rest = text.partition(" ")
        if first in self.country_qualifiers and rest[:1].isupper() and rest.split()[0].lower() not in self.bare_heads:
            return rest
        return text

    def _club_of(self, mention: Mention, groups: list[_Group]) -> _Group | None:
        """A club and its town, in either order: "Redmond" (a place to the model) is "Redmond United" when
        the article names that club; one entity, an organisation. So is its last word alone ("Rovers")."""
        words = mention.text.split()
        for group in groups:
            for other in group.mentions:
                short, long = (mention, other) if len(words) < len(other.text.split()) else (other, mention)
                if short.placed:
                    continue
                long_words = long.text.split()
                if short.label in PLACE_LABELS | {"ORG"} and long.label == "ORG" and len(long_words) > 1 \
                        and long_words[-1] in CLUB_WORDS and long_words[:-1] == short.text.split():
                    return group
        if len(words) == 1 and (words[0] in CLUB_WORDS - CLUB_SUFFIXES and mention.label == "ORG"
                                or words[0] in TOWN_CLUB_WORDS and mention.label in PLACE_LABELS | {"ORG"}):
            # "Blackburn Rovers ... Rovers boss Mark Hughes": the one club the article names with that last word
            # ("Manchester City ... City's striker", "City" read as a place)
            clubs = [g for g in groups if any(m.label == "ORG" and len(m.text.split()) > 1
                                              and m.text.split()[-1] == words[0] for m in g.mentions)]
            if len(clubs) == 1:
                return clubs[0]
        return None

    def _entity(self, group: _Group) -> Entity:
        clubs = [m for m in group.mentions if m.label == "ORG" and m.text.split()[-1] in CLUB_WORDS]
        # the label most of the fullest names carry: "Kestrel Shipping" (an organisation) over two "Kestrel" read as a
        # person; where every mention is one word, the label most of them carry
        most_words = max(len(m.text.split()) for m in group.mentions)
        fullest = Counter(m.label for m in group.mentions if len(m.text.split()) == most_words)
        label = "PERSON" if any(
            m.label == "PERSON" and len(m.text.split()) > 1 for m in group.mentions
        ) else "ORG" if clubs else fullest.most_common(1)[0][0]
        brand = next((m for m in group.mentions if m.label in BRAND_LABELS and most_words == 1
                      and any(o.text == m.text + "s" for o in group.mentions)), None)
        if brand is not None and label not in BRAND_LABELS:
            label = brand.label  # "Cadillacs" read as a place: the maker its singular names
        if group.fixed_name:
            name = group.fixed_name
        else:
            same = [m.text for m in group.mentions if m.label == label] or [m.text for m in group.mentions]
            if label == "ORG":  # "US Department of Justice" is named "Department of Justice"; "US TV", "EU Commission",
                # "UK Online" keep their country, which is most of their name
                same = [stripped if len(stripped.split()) > 1 else t for t in same for stripped in [self._strip_country(t)]]
            # the fullest name; of two as full, one opening with a known first name ("Andy Robinson", not the
            # headline's "Fuming Robinson")
            name = max(same, key=lambda t: (len(t.split()), label == "PERSON" and t.split()[0] in first_names(), len(t)))
            if brand is not None and name == brand.text + "s":
                name = brand.text  # "iPod", not its plural
        mentions = sorted((m.start, m.end) for m in group.mentions)
        return Entity(label=label, name=name, mentions=mentions)
