"""Merge the project's CoNLL-trained NER with the pretrained model's OntoNotes entities.

The rule (documented in the README):

0. Trained person names end before "of" and a name ("Ana Ruiz of Spain"); trained names split at a hyphen ("Al" "-" "Shabaab") are joined: CoNLL keeps hyphenated words whole.
1. Names come from the trained model (PER, ORG, LOC, MISC) where it found one: PER -> PERSON,
   ORG -> ORG, LOC -> the pretrained label when the pretrained model has a place (GPE, LOC, FAC)
   on any of the same tokens, else GPE; MISC -> the pretrained label when it has NORP, EVENT,
   PRODUCT, WORK_OF_ART, LAW or LANGUAGE (or ORG, for an acronym) on any of the same tokens, else NORP for a nationality
   or group ("Kenyan", "Britons": a known demonym, or a word in -an, -ese, -ish, -i), else EVENT.
   A trained name, not a person's, that opens a DATE or TIME the pretrained model reads on the same words or more
   (lower-case words before it aside) and that is a temporal word ("over Christmas", "Christmas 1986", "the
   Christmas period"; a period's word even read as a person's: "the early 20th Century") is dropped, the date kept.
2. Every pretrained span that overlaps no trained name is kept as it is: the numeric and temporal
   labels (DATE, TIME, CARDINAL, ORDINAL, MONEY, PERCENT, QUANTITY) and names only it found.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..coref import GENDER_WORDS, demonym_countries, is_news_outlet
from ..data_files import data_path, read_json, word_list
from ..dates.normalize import MONTHS, WEEKDAYS, looks_temporal
from ..relations.countries import is_country, is_state_or_country

STASH_KEY = "pretrained_ents"
PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Names the pretrained model ends with a number of their own ("Halo 2", "Terrorism Act 2000"); an organisation or a
#: place it reads with a number is mostly a result ("Somerset 83", "Real Madrid 1").
NUMBERED_LABELS = {"PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}
#: A trained MISC that the pretrained model reads, on the very same span, as a person, organisation or place is
#: that ("Andriy Shevchenko", "Disney", "UK" as an adjective), rather than an event by default.
NAME_WINS_OVER_MISC = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
MISC_LABELS = {"NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
CONLL_TO_ONTONOTES = {"PER": "PERSON", "ORG": "ORG"}
#: On the very same span, these (trained, pretrained) label pairs go to the pretrained model: the CoNLL
#: model reads modern organisations it never saw ("Safaricom", "Amnesty International") as people and
#: groups as nationalities ("Taliban"); measured on the BBC gold set against CoNLL dev. A person stays a
#: person when the name opens with a known first name or is the surname of someone the article names in
#: full (:func:`_plainly_person`): the small model calls many surnames and foreign names organisations.
PRETRAINED_WINS = {("PERSON", "ORG"), ("NORP", "ORG"), ("EVENT", "ORG")}
#: The same for a name of several words the CoNLL model calls a place ("Helios Bank"): its one-word place-or-club
#: confusions ("Leeds") stay with it.
MULTIWORD_PRETRAINED_WINS = {("GPE", "ORG"), ("LOC", "ORG")}
#: The same for a bare acronym the CoNLL model calls an organisation and the pretrained one a country ("US").
ACRONYM_PRETRAINED_WINS = {("ORG", "GPE")}
#: A name the CoNLL model calls an organisation (its sports results make many towns clubs: "Hull", "Leeds") or a
#: person is the pretrained place after a locative preposition: "in Hull", "near Leeds", "in Djibouti".
LOCATIVE_WORDS = {"in", "near", "outside", "across", "throughout", "around", "inside"}
NATIONALITY_ENDINGS = ("an", "ans", "ese", "ish", "i", "is", "ch", "ic")


def demonyms() -> frozenset[str]:
    return word_list("demonyms.json", "demonyms")


@lru_cache(maxsize=1)
def nations() -> frozenset[str]:
    """The countries and nations the demonyms name ("Scottish" -> "Scotland")."""
    return frozenset(demonym_countries().values())


def first_names() -> frozenset[str]:
    return word_list("first_names.json", "first_names")


def club_first_words() -> frozenset[str]:
    """Words that open clubs' and companies' names ("Atlético", "Grupo": org_nouns.json org_first_words)."""
    return word_list("org_nouns.json", "org_first_words")


def cities() -> frozenset[str]:
    """The larger cities' names (cities.json, from GeoNames: scripts/cities.py)."""
    return word_list("cities.json", "cities")


def _plainly_person(span: Span, surnames: set[str]) -> bool:
    """"Marcus Doyle" (a known first name opens it), "Maduro" after "Nicolas Maduro" or "Zhang" after "Zhang Min",
    "M. McCague" (initials), "Tegla Loroupe (Kenya)", "Mason, who headed the agency", "his son Darci Pereira": a
    person, whatever the pretrained model says."""
    return opens_with_first_name(span) or (len(span) == 1 and span.text in surnames) or _initialled(span) \
        or _with_country_in_brackets(span) or _described_as_person(span)


def _listed_after_person(span: Span, people: set[int]) -> bool:
    """"Senators Maya Thornbury and Lachlan Birch": a name joined by "and" right after one either model reads as
    a person's (``people``: their tokens) is a person too (not after a comma: "Lisa Park, Google's ...")."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ == "and" and i - 2 in people


def _described_as_person(span: Span) -> bool:
    """The words around the name make it a person: "who" after it ("Mason, who headed ..."; an organisation is
    "which"), a family word before it ("his son Darci Pereira"; coref.GENDER_WORDS), or a title in apposition
    after it ("Amara Osei, the director-general of ...", "Ken Abe, a nurse at ...") or before it (`_titled_before`)."""
    doc, end = span.doc, span.end
    after = [t.lower_ for t in doc[end:end + 2]]
    return after[:1] == ["who"] or after == [",", "who"] or after == [",", "whose"] or (
        span.start > 0 and doc[span.start - 1].lower_ in GENDER_WORDS and doc[span.start - 1].is_lower) or (
        titled_after(span)) or _titled_before(span)


APPOSITION_OPENERS = {"the", "a", "an", "its", "his", "her", "their"}


#: Titles an organisation holds as well as a person ("Yukos, once the owner of Yuganskneftegas", "Nokia, the market
#: leader"): in apposition they make no name a person's.
HELD_BY_ORGANISATIONS = frozenset({"owner", "member", "investor", "champion", "leader", "shareholder", "partner",
                                   "sponsor", "founder"})


def titled_after(span: Span) -> bool:
    """", the director-general of", ", a senior nurse at", ", Libya's oil minister", ", State Minister for", ", fund
    manager with": a person's title in apposition right after the name (a determiner or a capitalised owner, then
    lower-case words up to a title's last word, roles.json, or those words alone, the title then ending the apposition
    or followed by what it is of; or a capitalised title ending the apposition or followed by what it is of)."""
    doc, i = span.doc, span.end
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    for end in range(i + 2, min(i + 5, len(doc))):  # ", State Minister for National Development Planning": a
        # capitalised title, then what it is of or the end of the apposition (not ", Chief Executive Arun Sarin")
        if not doc[end - 1].is_title:
            break
        if doc[end - 1].lower_ in title_words() - HELD_BY_ORGANISATIONS and (
                end == len(doc) or doc[end].lower_ in {"of", "for", "at"} or doc[end].is_punct):
            return True
    owner = next((k for k in range(i + 2, min(i + 5, len(doc))) if doc[k].text in {"'s", "’s"}), None)
    bare = doc[i + 1].is_lower and doc[i + 1].pos_ in {"NOUN", "ADJ"}  # ", fund manager with Escorts Mutual Fund"
    if owner is not None and all(t.is_title for t in doc[i + 1:owner]):
        i = owner - 1  # ", Libya's oil minister": a place or an organisation owning the title
    elif bare:
        i -= 1
    elif doc[i + 1].lower_ not in APPOSITION_OPENERS:
        return False
    words = list(doc[i + 2:i + 6])
    if len(words) > 1 and words[1].text in {"'s", "’s"}:
        words = words[2:]  # ", the SVI's chief scientist": a holder's name before the title
    for token in words[:3]:
        if not token.is_lower and not token.is_punct:
            return False
        if token.lower_ in title_words():
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return token.lower_ not in HELD_BY_ORGANISATIONS and not (  # ("Yukos, once the owner of Yuganskneftegas")
                bare and after is not None and not after.is_punct and after.lower_ not in {"of", "at", "for", "with"})
            # (a bare title ends the apposition or goes on with what it is of: not "Acme, chief rival Zenith")
    return False


def _titled_before(span: Span) -> bool:
    """"The BPF's deputy leader, Faustin Bahati", "Eritrean Selam Tesfay": a title and a comma, or a nationality,
    right before the name."""
    doc, i = span.doc, span.start
    return (i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in title_words() and doc[i - 2].is_lower) or (
        i >= 1 and doc[i - 1].text in demonyms())


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """The last word of every title of roles.json ("minister", "director", "nurse")."""
    return frozenset(title.split()[-1] for title in read_json(data_path("roles.json"))["titles"])


def _with_country_in_brackets(span: Span) -> bool:
    """"Tegla Loroupe (Kenya) 15:08.79", "Gil de Ferran (Brazil)": a competitor's country in brackets after the name."""
    doc, end = span.doc, span.end
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
        and is_state_or_country(doc[end + 1].text)


def _initialled(span: Span) -> bool:
    """"M. McCague", "J.H. Berman": initials, then a capitalised surname."""
    return len(span) >= 2 and span[-1].text[:1].isupper() and span[-1].text[1:2].islower() and all(
        len(t.text) >= 2 and t.text.endswith(".") and t.text.replace(".", "").isupper()
        and len(t.text.replace(".", "")) * 2 == len(t.text) for t in span[:-1])


def opens_with_first_name(span: Span) -> bool:
    """"Marcus Doyle": a name of two words or more whose first word is a known first name (first_names.json)."""
    return len(span) > 1 and span[0].text in first_names()


def _is_acronym(span: Span) -> bool:
    return len(span) == 1 and span.text.isalpha() and span.text.isupper() and 2 <= len(span.text) <= 6


def group_words() -> frozenset[str]:
    """Words for a religious or ethnic group or for a continent's people ("Hutu", "European": demonyms.json
    "groups")."""
    return word_list("demonyms.json", "groups")


def is_people_word(span: Span) -> bool:
    """"Kenyan", "Hutu", "Moslem": one word for a nationality or a religious or ethnic group (a listed
    demonym or group word), never an organisation, even before "rebels" or "fighters"."""
    text = span.text
    return len(span) == 1 and (text in demonyms() or text in group_words() or (  # "Americans", "Iraqis"
        text.endswith("s") and text[:-1] in demonyms()))


def _looks_like_nationality(span: Span) -> bool:
    """"Kenyan", "Britons", "Pakistani": one word, a known demonym or shaped like one."""
    text = span.text
    return len(span) == 1 and text[:1].isupper() and not text.isupper() and (
        text in demonyms() or text.lower().endswith(NATIONALITY_ENDINGS))


def _overlapping(span: Span, others: list[Span]) -> list[Span]:
    return [o for o in others if o.start < span.end and span.start < o.end]


HYPHENS = {"-", "‐", "–"}


def join_hyphenated(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Al-Shabaab" is one name: spaCy splits it at the hyphen, CoNLL (which trained the model) does not,
    so two spans with only a hyphen between them, written without spaces, are joined, under the label of
    the right-hand part (the head of a hyphenated name: "Al" LOC + "Shabaab" ORG is an ORG); not two known places
    ("a London-Frankfurt merger", "the Paris-Berlin axis"), unless the whole is one ("Guinea-Bissau")."""
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        previous = joined[-1] if joined else None
        if previous is not None and span.start == previous.end + 1 \
                and doc[previous.end].text in HYPHENS and not doc[previous.end - 1].whitespace_ \
                and not doc[previous.end].whitespace_ and not (
                    known_place(previous.text) and known_place(span.text)
                    and not known_place(doc[previous.start:span.end].text)):
            joined[-1] = Span(doc, previous.start, span.end, label=span.label_)
        else:
            joined.append(span)
    return joined


#: Short words written after a name with a hyphen that make an adjective of it ("Blair-led", "Trump-era"), not a
#: given name's second syllable.
HYPHENATED_SUFFIXES = {"led", "era", "run", "born", "made", "like", "type", "held", "free", "only", "ish", "age",
                       "ism", "less", "wide", "day", "year", "size", "tied", "lite", "back"}


def with_suffix_stop(span: Span) -> Span:
    """"Ramon Dizon Sr., a senator": spaCy splits the stop off "Sr" before a comma; it is part of the name."""
    doc, end = span.doc, span.end
    if span.label_ in {"PER", "PERSON"} and span[-1].text in {"Jr", "Sr"} and end < len(doc) and doc[end].text == "." \
            and not span[-1].whitespace_:
        return Span(doc, span.start, end + 1, label=span.label_)
    return span


def with_hyphenated_given_name(span: Span) -> Span:
    """"Choi Min-jae", "Lee Jae-yong": a person's name of two words or more goes on over a hyphen written without
    spaces to a short lower-case syllable (a Korean given name), which spaCy splits off and the models leave out;
    not "Obama-led" (one word)."""
    doc, end = span.doc, span.end
    if span.label_ in {"PER", "PERSON"} and len(span) >= 2 and end + 1 < len(doc) and doc[end].text in HYPHENS \
            and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_lower \
            and doc[end + 1].is_alpha and len(doc[end + 1]) <= 4 and span[-1].is_title \
            and doc[end + 1].lower_ not in HYPHENATED_SUFFIXES:
        return Span(doc, span.start, end + 2, label=span.label_)
    return span


#: Lower-case particles between a given name and a surname ("Os du Randt", "Ludwig van Beethoven", "Ana de Souza").
SURNAME_PARTICLES = frozenset({"du", "de", "da", "di", "del", "della", "van", "von", "der", "den", "dos", "das", "le",
                               "la", "ter"})


def _particle_inside(token, name: Span) -> bool:
    """A lower-case particle of a surname inside a name ("Luigi del Neri"), not opening or ending it."""
    return token.is_lower and token.lower_ in SURNAME_PARTICLES and name.start < token.i < name.end - 1


def with_particled_given_name(span: Span) -> Span:
    """"South Africa's Os du Randt": a person read from the surname alone, after a lower-case particle and a
    capitalised given name the models leave out, goes back over both (not a word opening the sentence that is no
    name: "Both du Preez and ..."; nor one in another name: "Africa's")."""
    doc, start = span.doc, span.start
    if span.label_ in {"PER", "PERSON"} and start >= 2 and doc[start - 1].lower_ in SURNAME_PARTICLES \
            and doc[start - 1].is_lower and doc[start - 2].is_title and not doc[start - 2].is_stop \
            and not doc[start - 2].ent_type_ and doc[start - 2].is_alpha:
        return Span(doc, start - 2, span.end, label=span.label_)
    return span


#: Capitalised prefixes written with a hyphen before a name that make a new word of it ("Pro-Kremlin",
#: "Anti-Trump", "Ex-Chelsea"), never part of the name.
HYPHENATED_PREFIXES = {"pro", "anti", "ex", "post", "pre", "pan", "non", "neo", "mid", "trans", "sub", "super", "co",
                       "inter", "intra", "multi", "semi", "un"}


def with_greater(span: Span) -> Span:
    """"Greater Manchester Police", "Greater London": "Greater" opening a name is part of it (the models often leave
    it out)."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].text == "Greater" and span[0].text[:1].isupper() \
            and span.label_ in {"ORG", "GPE", "LOC", "FAC"}:
        return Span(doc, start - 1, span.end, label=span.label_)
    return span


ORDINAL_FIGURES = re.compile(r"\d+(?:st|nd|rd|th)")
#: Words before an ordinal that make it a count of the owner's ("his 20th Grand Slam"), no part of a name
_OWNER_WORDS = frozenset({"his", "her", "its", "their", "my", "our", "your", "'s", "’s"})


def with_ordinal_start(span: Span) -> Span:
    """"the 20th Century Fox film studio", "the 82nd Airborne Division": an ordinal in figures right before an
    organisation's or a place's name is part of it (the models leave it out, and read "Century Fox" as a person);
    not after an owner ("his 20th Grand Slam")."""
    doc, start = span.doc, span.start
    if start > 0 and ORDINAL_FIGURES.fullmatch(doc[start - 1].text) and span.label_ in {"ORG", "PERSON", "FAC"} \
            and span[0].text[:1].isupper() and not (start > 1 and doc[start - 2].lower_ in _OWNER_WORDS):
        return Span(doc, start - 1, span.end, label="ORG" if span.label_ == "PERSON" else span.label_)
    return span


#: The letters of US parties written before a state ("D-Mich.", "R-Texas", "I-Vt.").
PARTY_LETTERS = frozenset({"D", "R", "I"})


#: A name's last word that goes on over a hyphen to the word it starts ("Co-operation", "Co-op"): spaCy splits it
#: there and the models stop at "Co".
HYPHENATED_NAME_STARTS = frozenset({"Co"})


def with_hyphenated_end(span: Span) -> Span:
    """"the Asia Pacific Economic Co-operation", "the Co-op": a name ending in "Co" goes on over the hyphen written
    without spaces to the rest of the word."""
    doc, end = span.doc, span.end
    if span[-1].text in HYPHENATED_NAME_STARTS and end + 1 < len(doc) and doc[end].text in HYPHENS \
            and not span[-1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        return Span(doc, span.start, end + 2, label=span.label_)
    return span


def with_hyphenated_start(span: Span) -> Span:
    """"Roc-A-Fella", "Coca-Cola": a name goes back over hyphens written without spaces to the capitalised words
    before them, which spaCy splits off and the models may leave out ("Fella" alone); not over a prefix that makes
    a new word ("Pro-Kremlin"), nor to a party's letter ("D-Mich." is a party and a state), nor for a nationality
    ("Franco-German" is no name of a thing)."""
    doc, start = span.doc, span.start
    if span.label_ in {"NORP", "DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "TIME"}:
        return span
    while start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper() \
            and doc[start - 2].lower_ not in HYPHENATED_PREFIXES:
        start -= 2
    if start < span.start and doc[start].text in PARTY_LETTERS:
        start += 2  # "D-Mich.", "R-Texas": a party's letter before a state, no part of its name ("F-Secure",
        # "T-Mobile" keep their letter)
    if start < span.start and known_place(span.text) and known_place(doc[start:span.start - 1].text) \
            and not known_place(doc[start:span.end].text):
        return span  # "a London-Frankfurt merger": two places, not one (but "Guinea-Bissau")
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


def known_place(name: str) -> bool:
    """A city of cities.json, a state or a country."""
    return name in cities() or is_state_or_country(name)


def _person_before_of_place(span: Span, people: frozenset[tuple[int, int]] = frozenset()) -> Span:
    """"Ana Ruiz of Spain", "Zara Hyde Peters of UK Athletics": a person's name ends before "of" and a capitalised
    word or an acronym (the place or body the person belongs to is a name of its own); so does a name read whole as
    an organisation when the words before "of" are a known first name and a surname ("Cara Diemont of IT firm X"), or
    the pretrained model's person (``people``: their (start, end); "Irakli Labadze of Georgia")."""
    cut = next((t.i for t in span if t.lower_ == "of" and t.i > span.start and t.i + 1 < span.end
                and (span.doc[t.i + 1].is_title or _is_acronym(span.doc[t.i + 1:t.i + 2])
                     or (span.label_ != "PER" and span.doc[t.i + 1].is_upper))), None)
    if cut is None:
        return span
    before = Span(span.doc, span.start, cut, label="PER")
    if span.label_ == "PER" or (cut - span.start == 2 and before[1].is_title and opens_with_first_name(before)) \
            or (span.start, cut) in people:
        return before
    return span


def _whole_people(trained: list[Span], pretrained: list[Span]) -> tuple[list[Span], set[tuple[int, int]]]:
    """"Theresa" inside the pretrained "Theresa May": where a pretrained person's name, every word of it
    capitalised (or a surname's particle inside it: "Luigi del Neri", read as two organisations), strictly holds the
    trained spans it touches, the whole name is the person; so is a pretrained name
    of two words, whatever its label, that the trained model splits into a word and a person ("Nicola" MISC +
    "Sturgeon" PER, read together as an organisation), unless the word is a nationality or group, or into two names
    of other kinds after a known first name ("Antonia" LOC + "Bernath" MISC). Returns the spans
    and the (start, end) of the people it joined, which keep their label."""
    out, joined = list(trained), set()
    for person in pretrained:
        if len(person) > 1 and person[-1].text in POSSESSIVE_MARKS:
            person = Span(person.doc, person.start, person.end - 1, label=person.label_)  # "George W Bush's": the name
        inside = _overlapping(person, out)
        titled = [t for t in inside if t.label_ == "PER" and t.start < person.start < t.end
                  and all(w.lower_ in title_words() for w in t.doc[t.start:person.start])]
        if titled and person.label_ == "PERSON" and all(map(_capitalised, person)) and person.end > titled[0].end \
                and all(t.start >= titled[0].start and t.end <= person.end for t in inside):
            # "Governor Mervyn" inside "Bank of England Governor Mervyn King spoke" where the pretrained model reads
            # "Mervyn King": the title is no part of the name, the pretrained person is the whole of it
            out = [t for t in out if t not in inside] + [Span(person.doc, person.start, person.end, label="PER")]
            joined.add((person.start, person.end))
            continue
        if not inside or not all(_capitalised(t) or t.text in HYPHENS or _particle_inside(t, person)
                                 for t in person) or not all(
                person.start <= t.start and t.end <= person.end for t in inside):
            continue
        # the one word before the trained person is no nationality or group ("Welsh" of "Welsh Gareth Bale")
        first_name_before = len(person) == 2 and len(inside) == 2 and inside[-1].label_ == "PER" \
            and inside[-1].end == person.end and not (_looks_like_nationality(inside[0]) or is_people_word(inside[0]))
        # a known first name and a surname the trained model reads as two names of other kinds ("Antonia" LOC +
        # "Bernath" MISC), the pretrained model as one person
        split_person = person.label_ == "PERSON" and len(person) == 2 and len(inside) == 2 \
            and person[0].text in first_names() and not any(
                _looks_like_nationality(t) or is_people_word(t) or t.label_ == "PER" for t in inside)
        if not ((person.label_ == "PERSON" and sum(len(t) for t in inside) < len(person)) or first_name_before
                or split_person):
            continue
        out = [t for t in out if t not in inside] + [Span(person.doc, person.start, person.end, label="PER")]
        joined.add((person.start, person.end))
    return sorted(out, key=lambda s: s.start), joined


#: A company's legal suffix, lower-cased ("Co.", "Inc", "PLC"): the end of its name.
COMPANY_SUFFIXES = frozenset({"co.", "co", "cos.", "inc.", "inc", "corp.", "corp", "ltd.", "ltd", "llc", "plc"})
NAME_JOINERS = {"of", "and", "&", "the", "for"}


def _capitalised(token) -> bool:
    """A word written with a capital and then lower case, a capital inside it too ("McCune", "DiCaprio"; not "MPs")."""
    return token.is_title or (token.text[:1].isupper() and token.text[1:2].islower() and token.is_alpha)


def _shops_named_for_people(trained: list[Span], pretrained: list[Span]) -> list[Span]:
    """"stores like Macy's and Marshall Field's": a person's name the pretrained model reads with its "'s" as an
    organisation, and a stop or a verb after it, is a shop or a firm named for its founder, the "'s" and all (not
    "Marshall Field's son", "Tom Hale's proposed move": what a person owns)."""
    out = list(trained)
    for org in pretrained:
        doc = org.doc
        inside = _overlapping(org, out)
        if org.label_ != "ORG" or len(org) < 3 or org[-1].text not in POSSESSIVE_MARKS or len(inside) != 1 \
                or inside[0].label_ not in {"PER", "PERSON"} \
                or (inside[0].start, inside[0].end) != (org.start, org.end - 1):
            continue
        after = doc[org.end] if org.end < len(doc) else None
        if after is None or after.pos_ in {"PUNCT", "CCONJ", "AUX"} or after.tag_ in {"VBZ", "VBD", "VBP", "MD"}:
            out = [t for t in out if t is not inside[0]] + [Span(doc, org.start, org.end, label="ORG")]
    return out


def _longer_organisations(trained: list[Span], pretrained: list[Span]) -> list[Span]:
    """"Waste Disposal" (read as a person) inside the pretrained "Waste Disposal Co.", "Joint Chiefs" inside "the
    Joint Chiefs of Staff": where a pretrained organisation starts with a trained name and goes on past it with a
    company suffix ("Co.", "Inc."), a newspaper's last word ("the Lisbon Tribune") or an organisation's ("Metropolitan
    Police", org_nouns.json org_last_words), or with "of" and capitalised words, the organisation is the whole name (its
    leading "the" aside). Not a person with a known first name ("Mary Robinson of Ireland")."""
    out = list(trained)
    for org in pretrained:
        if org.label_ != "ORG":
            continue
        start = org.start + (org[0].lower_ == "the")
        inside = _overlapping(org, out)
        if len(inside) != 1 or inside[0].start != start or inside[0].end >= org.end:
            continue
        rest = org.doc[inside[0].end:org.end]
        if len(rest) == 2 and rest[0].text in POSSESSIVE_MARKS and rest[1].is_title \
                and rest[1].lower_ in word_list("org_nouns.json", "place_last_words"):
            # "Lewis Boys' School", "Guy's Hospital": a name and its "'s" before an institution's word name it
            out = [t for t in out if t is not inside[0]] + [Span(org.doc, start, org.end, label="ORG")]
            continue
        if opens_with_first_name(inside[0]):
            continue
        suffixed = len(rest) == 1 and (rest[0].lower_ in COMPANY_SUFFIXES or rest[0].is_title and (is_news_outlet(
            org.doc[start:org.end].text) or rest[0].text in word_list("org_nouns.json", "org_last_words")
            and not (rest[0].text in word_list("org_nouns.json", "open_last_words") and org.end < len(org.doc)
                     and org.doc[org.end].is_title)))  # (not "Hong Kong Financial Secretary")
        # "the Lisbon Tribune": a newspaper named for its town; "Metropolitan Police": an organisation's last word
        of_phrase = rest[0].lower_ == "of" and len(rest) > 1 and all(t.is_title or t.lower_ in NAME_JOINERS for t in rest)
        if suffixed or of_phrase:
            out = [t for t in out if t is not inside[0]] + [Span(org.doc, start, org.end, label="ORG")]
    for org in pretrained:  # "the Committee to Protect Bloggers", the trained model reading "Protect Bloggers": a
        # body's capitalised words, then "to", "for" or "against" and the name the trained model read, are one name
        start = org.start + (org[0].lower_ == "the")
        inside = _overlapping(org, out)
        joiner = next((t.i for t in org.doc[start:org.end] if t.lower_ in {"to", "for", "against"}), None)
        if org.label_ == "ORG" and len(inside) == 1 and inside[0].end == org.end and joiner is not None \
                and inside[0].start == joiner + 1 and start < joiner \
                and all(t.is_title and t.pos_ == "PROPN" for t in org.doc[start:joiner]):
            out = [t for t in out if t is not inside[0]] + [Span(org.doc, start, org.end, label="ORG")]
    for org in pretrained:  # "Power" inside the pretrained "Qiantang Power": a company word is no name alone; nor is
        # "Telekom" of "Deutsche Telekom" (the trained model reads "Deutsche" as a nationality)
        start = org.start + (org[0].lower_ == "the")
        inside = _overlapping(org, out)
        if org.label_ == "ORG" and len(inside) == 1 and inside[0].end == org.end and inside[0].start > start \
                and len(inside[0]) == 1 and (inside[0].text in word_list("org_nouns.json", "org_last_words") or (
                    inside[0].label_ == "ORG" and inside[0].start - start == 1 and org.doc[start].tag_ == "NNP"
                    and org.doc[start].lower_ not in MONTHS)) \
                and all(t.is_title and t.pos_ == "PROPN" for t in org.doc[start:inside[0].start]):
            out = [t for t in out if t is not inside[0]] + [Span(org.doc, start, org.end, label="ORG")]
    return sorted(out, key=lambda s: s.start)


def _places_with_their_event(trained: list[Span]) -> list[Span]:
    """"the Athens Olympics", "the Sydney Games", "the London Marathon": a place the trained model reads alone, then one
    capitalised word that ends a competition's name (org_nouns.json "event_last_words") and that no name holds,
    are one event's name (not "the England World Cup squad": more words than one)."""
    events = {w for w in word_list("org_nouns.json", "event_last_words") if " " not in w}
    taken = {i for s in trained for i in range(s.start, s.end)}
    out = []
    for span in trained:
        doc, end = span.doc, span.end
        if span.label_ in {"LOC", "GPE"} and end < len(span.doc) and doc[end].text in events \
                and end not in taken and not (end + 1 < len(doc) and doc[end + 1].is_title):
            span = Span(doc, span.start, end + 1, label="EVENT")
        out.append(span)
    return out


def _whole_names(trained: list[Span], pretrained: list[Span]) -> list[Span]:
    """"Leeds" + "Infirmary" inside the pretrained "Leeds General Infirmary", "Chalfont" + "St Peter" inside
    "Chalfont St Peter", "National Aeronautics" + "Space" inside "the National Aeronautics and Space Administration":
    where a pretrained place, facility or organisation, every word capitalised (an organisation's joiners aside:
    "of", "and", "&", "the", "for") and its leading "the" left out, strictly holds
    two or more trained names and nothing of a person (a "person" ending in a competition's word is none: "Lisbon" +
    "Winter Marathon"), the whole name is one name, with the pretrained label. The
    words between the pieces are no verb ("Leeds Beat Hull" in a headline stays two clubs)."""
    out = list(trained)
    for whole in pretrained:
        if whole[0].lower_ == "the" and len(whole) > 2:
            whole = Span(whole.doc, whole.start + 1, whole.end, label=whole.label_)
        # every word capitalised, or a joiner inside an organisation's ("National Aeronautics and Space Administration")
        if whole.label_ not in {"ORG", "FAC", "GPE", "LOC"} or not whole[-1].is_title or not (
                whole[0].is_title or whole.label_ == "ORG" and _is_acronym(whole[:1])) \
                or not all(t.is_title or (whole.label_ == "ORG" and t.lower_ in NAME_JOINERS) for t in whole[1:]):
            continue
        inside = _overlapping(whole, out)
        if len(inside) < 2 or any(t.label_ in {"PER", "PERSON"} and t[-1].text not in word_list(
                "org_nouns.json", "event_last_words") for t in inside) or not all(
                whole.start <= t.start and t.end <= whole.end for t in inside):
            continue
        covered = {i for t in inside for i in range(t.start, t.end)}
        if any(t.pos_ in {"VERB", "AUX"} for t in whole if t.i not in covered):
            continue
        out = [t for t in out if t not in inside] + [Span(whole.doc, whole.start, whole.end, label=whole.label_)]
    return sorted(out, key=lambda s: s.start)


def _an_organisation_with_the(span: Span, pretrained: list[Span]) -> bool:
    """Whether the pretrained model reads the same words, "the" before them, as an organisation ("The Beaufort
    Hunt")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the" and any(
        o.label_ == "ORG" and o.start == span.start - 1 and o.end == span.end for o in pretrained)


def _person_too(span: Span, pretrained: list[Span]) -> bool:
    """The pretrained model reads the same words as a person, with or without a possessive ("Fidel Castro's")."""
    doc = span.doc
    return any(o.label_ == "PERSON" and o.start == span.start and (o.end == span.end or (
        o.end == span.end + 1 and doc[span.end].lower_ in {"'s", "’s", "'"})) for o in pretrained)


OPENERS = {'"', "“", "'", "‘", "(", "["}


def _capitalised_word(span: Span, pretrained: list[Span]) -> bool:
    """"Nine of the 20 ...", "Video game giant ...", "Dismal reports ...": one word, capitalised only because it
    opens a sentence (or a quotation), that the tagger reads as a common word and the pretrained NER leaves alone;
    not an organisation's before a lower-case noun and a person's name ("Arsenal boss Arsene Wenger", "Arsenal
    vice-chairman David Dein": whose boss he is; not "Best actor Foxx", nor a word tagged a noun the article writes
    capitalised nowhere else: "Film director Quentin Tarantino"), nor a side's before a player's title (see
    :func:`before_a_player_title`)."""
    doc, first = span.doc, span[0]
    opens = first.is_sent_start or (first.i > 0 and doc[first.i - 1].text in OPENERS
                                    and (first.i == 1 or doc[first.i - 1].is_sent_start))
    if not (len(span) == 1 and opens and first.pos_ in {"NOUN", "ADJ", "NUM", "VERB", "ADV", "PRON", "DET"}
            and not first.is_upper) or any(o.label_ not in NUMERIC_LABELS for o in _overlapping(span, pretrained)) \
            or is_people_word(span) or is_state_or_country(span.text) or span.text in nations():
        return False  # (a people's word is one: "Swede Lars Berg won"; and a country or a nation is a name, whatever
        # its tag: "Wales beat France", "Wales" read as a noun)
    titles_a_person = span.label_ == "ORG" and first.tag_ not in {"JJS", "JJR"} and span.end + 1 < len(doc) \
        and doc[span.end].is_lower \
        and any(o.label_ in {"PER", "PERSON"} and span.end < o.start <= span.end + 3 and doc[o.start - 1].pos_ == "NOUN"
                and all(t.is_lower or t.text in HYPHENS for t in doc[span.end:o.start]) for o in pretrained) \
        and (first.pos_ != "NOUN" or any(t.text == first.text and not t.is_sent_start for t in doc if t.i != first.i))
    return not titles_a_person and not before_a_player_title(span)


def before_a_player_title(span: Span) -> bool:
    """"Bath lock Danny Grewcock", "Wasps scrum-half Matt Dawson": a name right before a player's title (roles.json
    player_titles, hyphenated ones too) that a capitalised name follows names the player's side, whatever its
    words' tags say."""
    doc, end = span.doc, span.end
    for size in (1, 3):  # "lock"; "scrum", "-", "half"
        title = doc[end:end + size]
        if end + size < len(doc) and len(title) == size and title.text.replace(" ", "").lower() in \
                word_list("roles.json", "player_titles") and doc[end + size].is_title and title[0].is_lower:
            return True
    return False


def after_a_player_title(span: Span) -> bool:
    """"an inspirational fly-half for Llanelli", "a striker for Leeds": a name right after a player's title (roles.json
    player_titles, hyphenated ones too, in lower case) and "for" names the player's side."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].lower_ != "for":
        return False
    titles = word_list("roles.json", "player_titles")
    return any(start - 1 - size >= 0 and doc[start - 1 - size].is_lower
               and doc[start - 1 - size:start - 1].text.replace(" ", "").lower() in titles for size in (1, 3))


#: Words of a period no one is named ("the early 20th Century", "Century" read as a person by the trained model).
PERIOD_WORDS = frozenset({"century", "centuries", "millennium"})


#: A weekday in the plural is a recurring day, never a person's name ("on Saturdays"; "Friday" may be a surname).
PLURAL_WEEKDAYS = frozenset(f"{day}s" for day in WEEKDAYS)


def _date_to_the_other_model(span: Span, pretrained: list[Span]) -> bool:
    """"over Christmas", "at Easter", "at Christmas 1986", "the Christmas period": a trained name, not a person's,
    that opens a date or time the pretrained model reads on the same words or more (lower-case words before it
    aside), and a temporal word: a date (left to the dates stage), not a place or an event (not "Minutes" in "CBS's
    60 Minutes", read as a time); a weekday in the plural too, read as a person ("on Saturdays")."""
    return (span.label_ not in {"PER", "PERSON"} or span[-1].lower_ in PERIOD_WORDS or (
        len(span) == 1 and span[0].lower_ in PLURAL_WEEKDAYS)) \
        and looks_temporal([t.text for t in span]) and any(
        o.start <= span.start and span.end <= o.end and o.label_ in {"DATE", "TIME"}
        and all(t.is_lower for t in span.doc[o.start:span.start]) for o in pretrained)


def _with_number(span: Span, pretrained: list[Span]) -> Span:
    """"Halo 2", "Terrorism Act 2000": a trained name the pretrained model reads as a product, work, law or event with
    the number right after it (its own name, not a count) ends after that number; so does one it reads as any
    name with the number and a possessive ("BBC Radio 1's"), one before a number and a singular noun, which no count
    of more than one takes ("the Channel 4 show"), or a verb ("Half-Life 2 did not appear": a sequel's number), and
    one the other model reads on across the number into a name ("Channel 4 News", "Fathers 4 Justice")."""
    doc, end = span.doc, span.end
    after = doc[end + 1] if end + 1 < len(doc) else None
    in_a_sentence = any(t.pos_ == "VERB" for t in _line_of(span))  # not a line of results ("Zemun 1 Rad (B) 0")
    # or of weather ("Portland, Maine 58 foggy")
    if span.label_ not in {"PER", "PERSON"} and after is not None and after.is_title and doc[end].is_digit \
            and in_a_sentence:
        whole = next((o for o in pretrained if o.start in {span.start, span.start - 1} and o.end > end + 1
                      and o.label_ in NUMBERED_LABELS | {"ORG"} and "\n" not in o.text
                      and not any(t.like_num for t in doc[o.end - 1:o.end + 1])), None)  # not "Pohang 3 Ulsan 2"
        if whole is not None:  # "Channel 4 News", "Fathers 4 Justice": the other model's name across the number
            return Span(doc, span.start, whole.end, label=span.label_)
    if span.label_ in {"PER", "PERSON"} or after is None or after.is_space or after.like_num or after.is_title \
            or after.text in {"-", "–", ":"}:  # results and tables: "Leeds 2 Hull 1", "Woods 67"
        return span
    if in_a_sentence and doc[end].is_digit and 1 < int(doc[end].text) < 1000 and after.tag_ == "NN" and after.is_lower \
            and after.lower_ not in COUNT_UNITS and after.lower_ not in word_list("quantities.json", "units"):
        return Span(doc, span.start, end + 1, label=span.label_)  # "the Channel 4 show": a count takes a plural
    if in_a_sentence and doc[end].is_digit and 1 < int(doc[end].text) <= 20 and after.pos_ in {"AUX", "VERB"} \
            and after.tag_ != "VBG" and (span.start == 0 or not doc[span.start - 1].like_num):
        return Span(doc, span.start, end + 1, label=span.label_)  # "Half-Life 2 did not appear", "Doom 3 did not
        # make it": a sequel's number before its verb, no count of the name
    if in_a_sentence and doc[end].like_num and (after.text in {".", ")", ";", "?", "!"} or after.is_lower
                                                 and after.pos_ in {"ADP", "CCONJ"}) \
            and any((o.start, o.end) == (span.start, end + 1) and o.label_ in NUMBERED_LABELS | {"ORG"}
                    for o in pretrained):
        return Span(doc, span.start, end + 1, label=span.label_)  # "screened on Channel 4.", "rival Pro Evolution
        # Soccer 4.": the other model's name with its number, before no word a count would take (a comma may end a
        # result: "beat Arsenal 2, ...")
    possessed = after.text in {"'s", "’s"}  # "BBC Radio 1's show", "Channel 4's": a name, never a result
    if doc[end].like_num and any(
            o.end == end + 1 + possessed
            and (o.start == span.start or (o.start == span.start - 1 and doc[o.start].lower_ == "the"))
            and (o.label_ in NUMBERED_LABELS or (possessed and o.label_ in NAME_WINS_OVER_MISC)) for o in pretrained):
        return Span(doc, span.start, end + 1, label=span.label_)
    return span


def _numbered_as_elsewhere(spans: list[Span]) -> list[Span]:
    """"Brookside creator's Channel 4 bid" (a headline, no sentence to tell a name's number from a count): a name
    right before the number it ends with elsewhere in the article ("offered to buy Channel 4.") takes it here too."""
    numbered = {s[:-1].text: s[-1].text for s in spans if len(s) > 1 and s[-1].like_num}
    out = []
    for span in spans:
        doc = span.doc
        if span.end < len(doc) and not span[-1].like_num and numbered.get(span.text) == doc[span.end].text \
                and not (span.end + 1 < len(doc) and doc[span.end + 1].text in {"-", "–"}):
            span = Span(doc, span.start, span.end + 1, label=span.label_)  # (not a result: "Arsenal 2-1")
        out.append(span)
    return out


def _line_of(span: Span) -> Span:
    """The words of the span's sentence on its own line (a table's row, where the parse runs rows together)."""
    doc = span.doc
    sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
    start = next((t.i + 1 for t in reversed(doc[sentence.start:span.start]) if "\n" in t.text), sentence.start)
    end = next((t.i for t in doc[span.end:sentence.end] if "\n" in t.text), sentence.end)
    return doc[start:end]


#: Singular words a count of more than one may take ("5 percent", "3 nil"), besides units used as adjectives ("16 inch
#: screen", quantities.json units): no name's number before them
COUNT_UNITS = frozenset({"percent", "per", "point", "nil", "pence", "p", "%", "cent"})

VISIT_LEMMAS = {"visit", "tour"}


def _visited_or_placed(span: Span, label: str, people: set[int] = frozenset()) -> bool:
    """The name follows a locative word ("in Lyon"), or, read as a person, is what a verb of visiting visits ("visited
    Santiago"); read as an organisation, only when a person visits it (``people``: the tokens either model reads
    as a person's; a club may be "visited" by another for a match)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    visited = before.lemma_.lower() in VISIT_LEMMAS and before.pos_ == "VERB"
    visitor = next((c for c in before.children if c.dep_ == "nsubj"), None) if visited else None
    return before.lower_ in LOCATIVE_WORDS or (visited and (label == "PERSON" or visitor is not None and (
        visitor.i in people or visitor.lower_ in {"he", "she"})))


#: Lower-case words between two sides or places that no name runs across ("the Six Nations against Ireland").
SIDE_WORDS = frozenset({"against", "versus", "vs", "v", "in"})


def _across_two_names(span: Span, pretrained: list[Span]) -> bool:
    """A trained span the pretrained model reads as two names with a lower-case "against", "v" or "in" between them
    ("the Six Nations against Ireland", read whole by the CoNLL model): two names, as the pretrained model reads
    them. So is one the pretrained model reads as two organisations joined by "and", each exactly ("such as Intel and
    Hewlett Packard", read whole by the CoNLL model)."""
    for word in span[1:-1]:
        if word.lower_ == "and" and any(o.start == span.start and o.end == word.i and o.label_ == "ORG"
                                        for o in pretrained) and any(
                o.start == word.i + 1 and o.end == span.end and o.label_ == "ORG" for o in pretrained):
            return True
        if word.is_lower and word.lower_ in SIDE_WORDS and any(
                o.end <= word.i and o.end > span.start for o in pretrained) and any(
                o.start > word.i and o.start < span.end for o in pretrained):
            return True
    return False


#: Last words of a body's name that a place's name may end in too ("the World Bank", "the West Bank"): an
#: organisation where the pretrained model reads it as one.
BODY_LAST_WORDS = frozenset({"Bank", "Fund", "Union", "Council", "Agency", "Organisation", "Organization"})


def merge_entities(doc: Doc, trained: list[Span], pretrained: list[Span]) -> list[Span]:
    merged = []
    trained = [span for span in (_without_trailing_function_words(s, TRAILING_WORD_POS) for s in trained)
               if span is not None and not _across_two_names(span, pretrained)]  # ("ask the Queen on 4 April")
    people = frozenset((s.start, s.end) for s in pretrained if s.label_ == "PERSON")
    trained = _places_with_their_event([_person_before_of_place(span, people)
                                        for span in join_hyphenated(doc, trained)])
    trained, joined = _whole_people(trained, pretrained)
    trained = _shops_named_for_people(_longer_organisations(_whole_names(trained, pretrained), pretrained), pretrained)
    # the first and last words of the people named in full: "Maduro", and "Zhang" of "Zhang Min" (family name first)
    surnames = {w.text for s in trained + pretrained if s.label_ in {"PER", "PERSON"} and len(s) > 1 for w in (s[0], s[-1])}
    # one word the trained model reads as a person somewhere in the article: "Jones said" makes "Marion Jones" a
    # person, "Toure" makes "Kolo Toure" one
    lone_people = {s.text for s in trained if s.label_ in {"PER", "PERSON"} and len(s) == 1}
    people = {i for s in trained + pretrained if s.label_ in {"PER", "PERSON"} for i in range(s.start, s.end)}
    trained = [_with_number(span, pretrained) for span in trained  # ("Mendes shot", "Pedro Mendes" named: a name)
               if not (_capitalised_word(span, pretrained) and span.text not in surnames)
               and not _date_to_the_other_model(span, pretrained)]
    trained = _numbered_as_elsewhere(trained)
    for span in trained:
        label = CONLL_TO_ONTONOTES.get(span.label_)
        overlap_labels = [o.label_ for o in _overlapping(span, pretrained)]
        same = next((o.label_ for o in pretrained if (o.start, o.end) == (span.start, span.end)), None)
        if span.label_ == "LOC":
            label = next((lab for lab in overlap_labels if lab in PLACE_LABELS), "GPE")
            if label == "LOC" and span.text in cities():
                label = "GPE"  # "grew up in Cardiff": a city is a GPE, whatever the pretrained model says
            if len(span) > 1 and span[-1].text in BODY_LAST_WORDS and overlap_labels == ["ORG"]:
                label = "ORG"  # "the World Bank", a body the pretrained model reads as one (not "the West Bank")
        elif span.label_ == "MISC":
            wanted = MISC_LABELS | {"ORG"} if _is_acronym(span) else MISC_LABELS  # "EA", "WLGA": an acronym is an organisation
            label = next((lab for lab in overlap_labels if lab in wanted), None) \
                or ("NORP" if _looks_like_nationality(span) else None) \
                or (same if same in NAME_WINS_OVER_MISC else "EVENT")
        if label is None:  # already OntoNotes (a rule span, or a model trained on other labels)
            label = span.label_
        if is_people_word(span):  # "Muslim", "Hutu": a group of people, whatever either model says
            label = "NORP"
        if label in {"ORG", "PERSON"} and span.text in cities() and _visited_or_placed(span, label, people) \
                and not _plainly_person(span, surnames):
            label = "GPE"  # "a court in Lyon", "she visited Cork": a city both models read as a name of another kind
        elif label == "PERSON" and is_country(span.text):
            label = "GPE"  # "Niger listed the group": a country is no person, whatever the pretrained model says
        elif label == "ORG" and _a_country_read_as_organisation(span):
            label = "GPE"
        elif label == "PERSON" and span.label_ not in {"PER", "PERSON"} and span.text in cities() \
                and not _plainly_person(span, surnames):
            label = "GPE"  # "Edinburgh and Glasgow airports": a city only the pretrained model reads as a person
        elif ((label, same) in PRETRAINED_WINS and not (label == "PERSON" and (
                _plainly_person(span, surnames) or (span.start, span.end) in joined
                or _listed_after_person(span, people)
                or (len(span) > 1 and span[-1].text in lone_people)))
                and not is_people_word(span)) or (len(span) > 1 and (label, same) in MULTIWORD_PRETRAINED_WINS) \
                or (_is_acronym(span) and (label, same) in ACRONYM_PRETRAINED_WINS):
            label = same
        elif label == "ORG" and len(span) > 1 and opens_with_first_name(span) and _person_too(span, pretrained):
            label = "PERSON"  # "Fidel Castro's decision": the pretrained model's person, opened by a first name
        elif label == "PERSON" and not opens_with_first_name(span) and _an_organisation_with_the(span, pretrained):
            label = "ORG"  # "The Beaufort Hunt had one pack out": no person's name takes "the"
        elif label in PLACE_LABELS and same == "PERSON" and len(span) == 1 and span.text in first_names() \
                and span.text not in cities() and not is_state_or_country(span.text):
            label = "PERSON"  # "my girlfriend Anne": a first name the pretrained model reads as a person, no place
        elif same == "GPE" and ((label == "PERSON" and (is_state_or_country(span.text) or (
                span.text in cities() and not _plainly_person(span, surnames)))) or (
                label == "ORG" and is_country(span.text))):
            label = same  # "Louisiana", "El Salvador", "Guadalajara": a state, country or city the CoNLL model never
            # saw is no person (a club named for a city stays with the CoNLL model: "Milan", "Newcastle")
        elif label in {"ORG", "PERSON"} and same in PLACE_LABELS and span.start > 0 \
                and doc[span.start - 1].lower_ in LOCATIVE_WORDS and not _plainly_person(span, surnames):
            label = same
        merged.append(Span(doc, span.start, span.end, label=label))
    kept = [Span(doc, s.start, s.end, label="NORP") if is_people_word(s) and s.label_ in {"PERSON", "ORG"} else
            Span(doc, s.start, s.end, label="GPE") if s.label_ == "ORG" and _a_country_read_as_organisation(s) else s
            for s in (_without_trailing_function_words(s) for s in pretrained) if s is not None
            and not _overlapping(s, trained)]  # "many Britons are unhappy": a people, not a person, whichever reads it
    return filter_spans(merged + kept)


def _a_country_read_as_organisation(span: Span) -> bool:
    """"they beat Samoa" read as an organisation: a country, or its national side, as the gold sets write one (not
    "Jordan", a first name and a racing team's; "Serbia & Montenegro" of two words joined)."""
    return (len(span) == 1 or "&" in span.text) and is_country(span.text) and span.text not in first_names()


TRAILING_FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART"})
TRAILING_WORD_POS = TRAILING_FUNCTION_POS - {"PART"} | {"VERB", "AUX"}  # (a possessive stays: "Queen's")


def _without_trailing_function_words(span: Span, cut: frozenset[str] = TRAILING_FUNCTION_POS) -> Span | None:
    """"Barclays in" (the pretrained model's, in "Stocks fell at Barclays in London"): no name ends with a lower-case
    preposition, conjunction or article; they are cut off (None when nothing is left). The CoNLL model's names lose
    a verb too ("The BBC ran a trial": "BBC ran"; ``cut``: the parts of speech cut off)."""
    end = span.end
    while end > span.start and span.doc[end - 1].is_lower and span.doc[end - 1].pos_ in cut:
        end -= 1
    if end == span.end:
        return span
    return Span(span.doc, span.start, end, label=span.label_) if end > span.start else None


class StashEntities:
    """Move the pretrained entities aside so the trained NER starts from a clean slate."""

    def __init__(self, name: str = "newsfacts_stash_ents") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[STASH_KEY] = list(doc.ents)
        doc.ents = []
        return doc
