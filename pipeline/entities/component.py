"""The entities stage: rule layer, role splitting, trimming and canonical entities.

Runs after the pretrained ``ner``. Rule-matched spans (data: entity_patterns.jsonl)
win over the model's where they overlap; titles and ranks (data: roles.json) are
cut out of names; determiners and possessives are trimmed; names in apposition to
an organisation noun ("two gangs, Los Zetas and Barrio 18") become ORG. The
cleaned spans replace ``doc.ents`` and the canonical entities go to
``doc._.facts.entities``.
"""
from __future__ import annotations

import re

from collections import Counter
from collections.abc import Callable, Collection
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..coref import demonym_countries, is_news_outlet, is_party, names_news_outlet
from ..dates.normalize import DAY_NUMBER, LISTED_DAY_JOINERS, MONTHS, holidays, looks_temporal
from ..data_files import data_path, read_json, read_jsonl, word_list, write_json, write_jsonl
from ..extensions import get_facts, register_extensions
from ..coref import FAMILY_NOUNS, SPOKESPEOPLE
from ..relations.countries import COMPASS_POINTS, is_country, is_joint_place, is_national_side, is_region, \
    is_state_or_country
from ..syntax import about_sport, listed_as_an_official, positions
from .canonical import (CHANNEL_WORDS, CLUB_SUFFIXES, CLUB_WORDS, REGNAL_TITLES, TOWN_CLUB_WORDS, Canonicalizer,
                        Mention, camel_first)
from .canonical import INSTITUTION_HEADS as NAMED_INSTITUTION_HEADS
from .merge import (COMPANY_SUFFIXES, HYPHENATED_PREFIXES, HYPHENS, LOCATIVE_WORDS, ORDINAL_FIGURES, PLACE_LABELS,
                    POSSESSIVE_MARKS, STASH_KEY, after_a_player_title, before_a_player_title, cities, demonyms,
                    first_names, is_people_word, known_place, merge_entities, nations, opens_with_first_name,
                    title_words, titled_after, with_greater, with_hyphenated_end, with_hyphenated_given_name,
                    with_hyphenated_start, with_ordinal_start, with_particled_given_name, with_suffix_stop)
from .roles import DEPARTMENT_TITLES, PERSONAL_HONORIFICS, RoleLexicon
from .source_lines import source_lines

#: The labels a person noun before a name may correct ("Rapper Jay-Z" read as an organisation); never an event's,
#: a work's or a product's ("the best actor Bafta").
NAMES_OF_PEOPLE_OR_PLACES = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC"}
#: A lower-case "i" before a capitalised word, the shape of a device's or a service's name ("iPod", "iTunes").
INTERNET_PRODUCT_SHAPE = re.compile(r"i[A-Z][a-z]+[A-Za-z0-9]*")
NAME_LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
#: Prepositions and conjunctions the models take into a name that opens a sentence ("Despite Suprnova ...").
#: Determiners that open a sentence, never a name ("Another Paterson try", "Each Nokia phone"); not "All" ("All
#: Saints"), "No" ("No 10") nor "This" ("This Morning")
OPENING_DETERMINERS = frozenset({"another", "each", "every", "either", "neither", "these", "those", "many", "several"})
OPENING_PREPOSITIONS = frozenset({"Despite", "Although", "Though", "While", "Whilst", "After", "Before", "Since",
                                  "Unlike", "Like", "Until", "Because", "Without", "Under", "With", "Of", "For",
                                  "Against"})
#: Those that open no name, whatever the tagger reads ("Whilst Sony has not said" read as a person).
OPENING_CONJUNCTIONS = frozenset({"Although", "Though", "Whilst", "Despite", "Because"})
#: Question words opening a sentence, no part of a person's name read over them.
WH_WORDS = frozenset({"Why", "How", "What", "When", "Where", "Who", "Whether"})
#: Words cut off a name's start: articles, a possessive ending split off the word before ("Vietnam’s Hoa Lo").
TRIM_START = {"the", "a", "an", "'s", "’s"}
#: A third person's possessive determiner a model reads into a person's name opening a sentence ("His Achilles"):
#: cut (not "my", "your", "our", which open titles: "My Boo", "Who's Your Daddy", "the My Jeeves service").
POSSESSIVE_DETERMINERS = {"his", "her", "their", "its"}
#: Quantifiers a model sometimes reads into the name after them ("All four Britons"), cut like numbers in words.
QUANTIFIERS = {"all", "both", "some", "many", "several", "most"}
#: Plural counts a model sometimes reads into the name after their "of" ("Millions of Indonesians"): the quantities
#: stage's vague scales, and "scores".
VAGUE_COUNTS = word_list("quantities.json", "vague_scales") | {"scores"}
#: Words after which a name the models read as a place keeps that reading against the article's majority.
PLACED_AFTER = LOCATIVE_WORDS | {"at", "to", "from"}
#: Nouns whose "in" names what is owned, no place ("a stake in Southcorp", "shares in Wembley").
OWNERSHIP_NOUNS = frozenset({"stake", "share", "interest", "holding", "shareholding", "investment", "equity",
                             "shareholder", "investor", "stakeholder"})
#: Family words used as a title before a first name, no part of it ("the man she knew as Uncle Ossie": Ossie).
KINSHIP_TITLES = frozenset({"uncle", "aunt", "auntie", "aunty", "grandpa", "grandma", "granny", "grandad"})
#: Titles of rank or learning that, before a name of capitalised words, make it a person's ("Professor Curtice").
RANKED_HONORIFICS = frozenset({"professor", "prof", "prof.", "sir", "dame"})
#: A cleric's honorifics: "the Rt Rev Michael Scott-Joynt" read as a place is a person.
CLERICAL_HONORIFICS = frozenset({"rev", "rev.", "revd", "reverend", "rt", "rt."})
CURRENCY_MARK = re.compile(r"[A-Z]{1,3}\$[\d.,]*")
ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*")
IN, OF, COMMA, THE = frozenset({"in"}), frozenset({"of"}), frozenset({","}), frozenset({"the"})  # words looked for
INCLUDE = frozenset({"include", "includes", "included", "including"})
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


class NewsEntities:
    def __init__(self, nlp: Language, name: str = "newsfacts_entities", *, patterns_path: str | None = None,
                 roles_path: str | None = None, variants_path: str | None = None,
                 org_nouns_path: str | None = None) -> None:
        register_extensions()
        self.name = name
        self.vocab = nlp.vocab
        self._nlp = nlp  # its lemmatizer's word lists, read on the first article (see _describing_words)
        self._words: frozenset[str] | None = None
        self._nouns: frozenset[str] | None = None
        self._load(
            read_jsonl(patterns_path or data_path("entity_patterns.jsonl")),
            read_json(roles_path or data_path("roles.json")),
            read_json(variants_path or data_path("variants.json")),
            read_json(org_nouns_path or data_path("org_nouns.json")),
        )

    def _load(self, patterns: list[dict], roles: dict, variants: dict, org_nouns: dict) -> None:
        self.patterns, self.roles_data, self.variants, self.org_nouns_data = patterns, roles, variants, org_nouns
        self.matcher = Matcher(self.vocab)
        for entry in patterns:
            self.matcher.add(f"{entry['label']}|{entry['id']}", [entry["pattern"]], greedy="LONGEST")
        # patterns that only fill what the models missed or cut short ("Liberal Democrat" where they found
        # "Democrat"); a longer model span ("Scottish Labour") keeps its words
        self.gap_fillers = {f"{entry['label']}|{entry['id']}" for entry in patterns if entry.get("fills_gaps")}
        self.place_verbs = set(org_nouns.get("place_verbs", []))
        self.place_nouns = set(org_nouns.get("place_nouns", []))
        self.resident_nouns = set(org_nouns.get("resident_nouns", []))
        self.resident_of_nouns = set(org_nouns.get("resident_of_nouns", []))
        # words that open a sentence capitalised and are no name alone: function words ("Whether") and adjectives
        # written before titles ("New Home Secretary", "Former captain")
        self.no_name_openers = STOP_WORDS | set(roles.get("descriptive_adjectives", [])) | set(roles.get("modifiers", []))
        # nickname -> its clubs, each the names it goes by, full name first
        self.nicknames: dict[str, list[list[str]]] = org_nouns.get("club_nicknames", {})
        self.club_names = {name for clubs in self.nicknames.values() for club in clubs for name in club}
        self.known_firm_matcher = Matcher(self.vocab)
        for firm in org_nouns.get("known_firms", []):
            words = re.sub(r"(['’]s)\b", r" \1", firm).split()  # ("Standard & Poor's": "Poor", "'s")
            self.known_firm_matcher.add(firm, [[{"TEXT": word} for word in words]])
        self.nickname_matcher = Matcher(self.vocab)
        for nickname in self.nicknames:
            self.nickname_matcher.add(nickname, [[{"TEXT": word} for word in nickname.split()]])
        self.roles = RoleLexicon(self.vocab, roles)
        self.company_titles = frozenset(roles["company_titles"])
        self.event_titles = frozenset(roles["event_titles"])
        self.speech_verbs = frozenset(word_list("quote_cues.json", "verbs"))
        self.honorifics = set(roles.get("honorifics", []))
        self.org_nouns = set(org_nouns["nouns"])
        self.member_nouns = set(org_nouns.get("member_nouns", []))
        self.org_last_words = set(org_nouns.get("org_last_words", []))
        self.national_org_last_words = frozenset(org_nouns.get("national_org_last_words", []))
        self.work_credit_words = frozenset(org_nouns.get("work_credit_words", []))
        self.open_last_words = frozenset(org_nouns.get("open_last_words", []))
        self.committee_nouns = frozenset(org_nouns.get("committee_nouns", []))
        self.deal_nouns = set(org_nouns.get("deal_nouns", []))
        self.deal_verbs = frozenset(org_nouns.get("deal_verbs", []))
        self.firm_trades = frozenset(org_nouns.get("firm_trades", []))
        self.owning_group_words = frozenset(org_nouns.get("owning_group_words", []))
        self.media_nouns = set(org_nouns.get("media_nouns", []))
        # the nouns for a company of description_nouns, not for a body of the state ("the court", "the army")
        self.company_nouns = set(org_nouns.get("description_nouns", [])) - set(org_nouns.get("bare_heads", [])) - set(
            org_nouns.get("named_only_nouns", []))
        self.bid_nouns = set(org_nouns.get("bid_nouns", []))
        self.org_first_words = set(org_nouns.get("org_first_words", []))
        self.numbered_unit_words = set(org_nouns.get("numbered_unit_words", []))
        self.geographic_last_words = {word: label for label, words in org_nouns.get("geographic_last_words", {}).items()
                                      for word in words}
        self.street_last_words = set(org_nouns.get("street_last_words", []))
        self.geographic_first_words = {word: label
                                       for label, words in org_nouns.get("geographic_first_words", {}).items()
                                       for word in words}
        self.person_nouns = set(org_nouns.get("person_nouns", []))
        self.companion_nouns = FAMILY_NOUNS | set(org_nouns.get("companion_nouns", [])) | (
            self.person_nouns - {"champion", "broadcaster", "international"})
        self.styled_titles = frozenset(roles.get("styled_titles", []))
        self.work_nouns = set(org_nouns.get("work_nouns", []))
        self.company_list_nouns = set(org_nouns.get("company_list_nouns", []))
        self.numbered_work_nouns = set(org_nouns.get("numbered_work_nouns", []))
        self.contest_work_nouns = set(org_nouns.get("contest_work_nouns", []))
        self.work_cues = {preposition: frozenset(words)
                          for preposition, words in org_nouns.get("work_cues", {}).items()}
        self.weak_work_cues = frozenset(org_nouns.get("weak_work_cues", []))
        self.character_cues = frozenset(org_nouns.get("character_cues", []))
        self.nomination_words = frozenset(org_nouns.get("nomination_words", []))
        self.performer_nouns = org_nouns["performer_nouns"]
        self.performer_field_words = frozenset(org_nouns["performer_field_words"])
        self.performer_band_words = frozenset(org_nouns["performer_band_words"])
        self.chart_words = frozenset(org_nouns["chart_words"])
        self.language_verbs = frozenset(org_nouns.get("language_verbs", []))
        self.language_nouns = frozenset(org_nouns.get("language_nouns", []))
        self.laureate_nouns = frozenset(org_nouns.get("laureate_nouns", []))
        self.award_result_words = frozenset(org_nouns.get("award_result_words", []))
        self.named_product_nouns = set(org_nouns.get("named_product_nouns", []))
        self.product_nouns = set(org_nouns.get("product_nouns", []))
        self.named_product_heads = set(org_nouns.get("named_product_heads", []))
        self.brand_list_nouns = set(org_nouns.get("brand_list_nouns", []))
        self.software_nouns = [noun.split() for noun in org_nouns.get("software_nouns", [])]
        self.product_kind_nouns = [noun.split() for noun in org_nouns.get("product_kind_nouns", [])]
        self.known_products = frozenset(org_nouns.get("known_products", []))
        self.contest_words = set(org_nouns.get("contest_words", []))
        self.contest_verbs = set(org_nouns.get("contest_verbs", []))
        self.transfer_verbs = set(org_nouns.get("transfer_verbs", []))
        self.model_nouns = frozenset(org_nouns.get("model_nouns", []))
        self.award_categories = set(org_nouns.get("award_categories", []))
        self.award_winner_categories = org_nouns.get("award_winner_categories", {})
        self.band_member_titles = frozenset(word_list("roles.json", "band_member_titles"))
        self.award_prize_nouns = set(org_nouns.get("award_prize_nouns", []))
        self.place_last_words = set(org_nouns.get("place_last_words", []))
        self.venue_last_words = frozenset(org_nouns["venue_last_words"])
        self.venue_prepositions = frozenset(org_nouns["venue_prepositions"])
        self.venue_heads = frozenset(org_nouns["venue_heads"])
        self.demonym_places = nations()
        self.facility_first_words = set(org_nouns.get("facility_first_words", []))
        self.event_last_words = {w.lower() for w in org_nouns.get("event_last_words", [])}
        self.gathering_last_words = set(org_nouns.get("gathering_last_words", []))
        self.run_last_words = set(org_nouns.get("run_last_words", [])) | self.gathering_last_words
        self.event_names = frozenset(org_nouns.get("event_names", []))
        self.not_names = set(org_nouns.get("not_names", []))
        # acronyms after a nationality that name no national body: things, people's (PERSON_ACRONYMS) and titles'
        self.no_body_acronyms = frozenset(self.not_names | PERSON_ACRONYMS | {w.upper() for w in title_words()})
        self.unit_words = frozenset(read_json(data_path("quantities.json"))["units"])  # (lower-case unit words)
        self.disease_names = frozenset(org_nouns["disease_names"])
        self.disease_last_words = frozenset(org_nouns["disease_last_words"])
        qualifiers = {k for k, v in variants.items() if not k.startswith("_")}
        qualifiers |= {k.upper() for k in qualifiers} | {v for k, v in variants.items() if not k.startswith("_")}
        parties = set(variants.get("_parties", []))
        self.party_names = {k for k, v in variants.items() if not k.startswith("_") and v in parties}
        self.party_adjectives = {a.lower() for a in variants.get("_party_adjectives", [])}
        qualifiers -= {k for k in qualifiers if k.lower() in self.party_names or k in parties}
        self.canonicalizer = Canonicalizer(variants, {q for q in qualifiers if q[:1].isupper()},
                                           set(org_nouns.get("bare_heads", [])))

    def __call__(self, doc: Doc) -> Doc:
        rule_spans, fillers = [], []
        for match_id, start, end in self.matcher(doc):
            key = self.vocab.strings[match_id]
            if key.endswith(LISTED_NAME_PATTERNS) and _lists_a_person(doc[start:end]):
                continue  # ("the Department of Trade, Tony Blair and Gordon Brown": a list, no department's name)
            if key.endswith("ordinal-century") and end < len(doc) and doc[end].is_title:
                continue  # ("20th Century Fox": a company's name)
            (fillers if key in self.gap_fillers else rule_spans).append(Span(doc, start, end, label=key.split("|")[0]))
        fillers += self._nicknames_found(doc)
        rule_spans += [Span(doc, start, end, label="ORG") for _, start, end in self.known_firm_matcher(doc)]
        rule_spans = filter_spans(rule_spans)
        roles = self.roles.find(doc)
        model_spans = list(doc.ents)
        if STASH_KEY in doc.spans:  # the project's trained NER ran: merge it with the pretrained entities
            model_spans = [s for s in model_spans if not self._common_word_opening(s, doc.spans[STASH_KEY])]
            model_spans = merge_entities(doc, model_spans, [s for s in doc.spans[STASH_KEY]
                                                            if not self._common_word_opening(s, doc.ents)])
        rule_spans = filter_spans(rule_spans + [
            f for f in filter_spans(fillers) if not _overlaps_any(f, rule_spans)
            and all(f.start <= m.start and m.end <= f.end for m in model_spans if _overlaps_any(m, [f]))])
        # a rule's name wins over the models' where they overlap, unless the models' name holds it and is longer:
        # "the National Aeronautics and Space Administration", not the rule's "Space Administration"
        spans = filter_spans(rule_spans + [s for s in model_spans if not _overlaps_any(s, rule_spans) or all(
            s.start <= r.start and r.end <= s.end and len(r) < len(s) for r in rule_spans if _overlaps_any(r, [s]))])
        spans = _listed_days_joined_to_their_month(doc, [part for span in spans for part in split_at_breaks(span)])
        spans = [Span(doc, s.start, s.end, label="CARDINAL")
                 if s.label_ == "DATE" and not looks_temporal([t.text for t in s]) else s for s in spans]
        spans = [part for span in spans for part in _count_before_a_relative_date(span)]
        spans = [Span(doc, s.start, s.end, label="DATE") if s.label_ in NAME_LABELS and _holiday_as_a_time(s)
                 else s for s in spans]  # "its Easter break", read as a place
        spans = _months_that_name(doc, spans)
        spans = [part for span in spans for part in _split_parenthetical(span)]
        spans = [part for span in spans for part in _split_listed_names(span, self.canonicalizer.variants,
                                                                        self.org_last_words)]
        spans = [part for span in spans for part in _split_at_honorific(span)]
        spans = [part for span in spans for part in _without_a_leading_dash(span)]
        spans = [part for span in spans for part in _split_party_from_person(span, self.party_names)]
        spans = [part for span in spans for part in _styled_people(span, self.styled_titles)]
        spans = [part for span in spans for part in _split_outlet_from_person(span)]
        spans = [part for span in spans for part in self._split_maker_from_product(span)]
        spans = [part for span in spans for part in _peoples_joined_by_a_hyphen(span)]
        spans = _names_split_at_a_spaced_dash(doc, spans)
        spans = [part for span in spans for part in _split_follower_from_person(span)]
        alone = {s.text for s in spans if not any(t.text in POSSESSIVE_MARKS for t in s)}
        spans = [part for span in spans for part in _split_at_owner(span, alone | self.party_names)]
        spans = [part for span in spans for part in _split_country_description(span, self.canonicalizer.variants)]
        spans = _nationality_glued_to_a_person(doc, [part for span in spans
                                                     for part in _split_nationality_from_person(span)])
        spans = self._names_run_to_their_last_word(doc, spans)
        spans = [with_hyphenated_end(span) for span in spans]  # "Co-operation", before names are joined across "and"
        spans = _places_of_a_body_joined_by_and_the(doc, _joined_over_a_hyphenated_word(doc, spans))
        spans = _names_owned_by_a_group(doc, _laws_joined_by_and(doc, _institutions_for_a_purpose(doc, spans)),
                                        self.owning_group_words)
        spans = _defined_acronyms(doc, _names_spelled_by_their_acronym(doc, _national_bodies_by_acronym(
            doc, _laws_with_their_year(doc, spans), self.no_body_acronyms)))
        spans = _saints_places(doc, spans, self.geographic_last_words)
        spans = _joined_across(doc, spans, "and", lambda first, second: first.label_ == second.label_ == "GPE"
                               and is_country(f"{first.text} and {second.text}"), label="GPE")  # "Serbia and
        # Montenegro", "Trinidad and Tobago": one country's name, where the models read two
        spans = [Span(doc, s.start, s.end, label="GPE") if s.label_ in {"PERSON", "ORG"} and not opens_with_first_name(s)
                 and s.text not in self.party_names and not is_party(s.text) and (
                     _a_seat_named_after(doc, s) or s.end < len(doc) and doc[s.end].lower_ in SEAT_NOUNS) else s
                 for s in spans]  # "won the Tatton seat", "the MP for Tatton": a constituency the models read as a
        # person or an organisation (not "the Labour seat": a party's)
        spans = _joined_across(doc, spans, "and", lambda first, second: _a_seat_named_after(doc, first)
                               and second[0].is_title and second.label_ in {"GPE", "LOC", "PERSON", "ORG"}
                               and not opens_with_first_name(second) and (len(second) < 3 or second.label_ != "PERSON"),
                               label="GPE")  # "the Tory MP for Sleaford and
        # North Hykeham": one constituency's name, where the models read a town and a person
        spans = [_place_before_based(span) for span in spans]
        spans = _regions_after_their_towns(doc, spans)
        spans = _institutions_of_a_people(doc, spans, self.org_last_words)
        spans = self._people_by_first_name(doc, spans)
        name_last_words = self.place_last_words | {word.lower() for word in self.org_last_words | self.run_last_words}
        # ("the Transport and General Workers Union": "General" no title of a person "Workers Union")
        spans = [part for span in spans for part in _split_at_role(span, roles, name_last_words)]
        spans = [part for span in spans for part in _person_named_at_the_end(span)]
        spans = _names_over_an_arabic_article(doc, [_without_a_count_opening_it(_without_a_headline_word(span))
                                                    for span in spans])
        spans = [part for span in spans for part in _company_before_of_place(span)]
        spans = _towns_before_regions(doc, spans)
        spans = _joined_as_written_elsewhere(doc, spans)
        spans = _papers_named_for_a_day(doc, spans)
        if STASH_KEY in doc.spans:
            spans = _people_by_role_context(spans, list(doc.spans[STASH_KEY]), roles)
        spans = filter_spans([with_ordinal_start(with_greater(with_hyphenated_start(with_suffix_stop(
            with_hyphenated_given_name(with_particled_given_name(s)))))) for s in spans])  # "Os du Randt", "Choi
        # Min-jae", "Dizon Sr.", "Roc-A-Fella", "Greater Manchester", "20th Century Fox"
        trimmed = [t for t in (self._trim(span, roles) for span in spans) if t is not None]
        trimmed = _names_with_their_possessive_mark(doc, trimmed)
        trimmed = [Span(doc, s.start, s.end, label="ORG") if _acronym_person(s) else s for s in trimmed]
        trimmed = _with_unit_numbers(trimmed, self.numbered_unit_words)
        trimmed = [Span(doc, s.start, s.end, label="LOC") if _part_of_a_continent(s) else s for s in trimmed]
        trimmed = _people_listed_after_plural_titles(trimmed, roles)
        cleaned, surnames, cued_works, cued = [], _surnames(trimmed), set(), {}
        lone_people = {s.text for s in trimmed if s.label_ == "PERSON" and len(s) == 1}
        person_starts = {s.start for s in trimmed if s.label_ == "PERSON"}  # or a name the models did not read
        org_heads = {s[0].text for s in trimmed if s.label_ == "ORG" and len(s) > 1}
        written = _words_written(doc)
        for span in trimmed:
            if len(span) == 1 and span.label_ == "PERSON" and (span[0].is_sent_start or doc[span.start - 1].is_space) \
                    and span.end + 1 < len(doc) \
                    and (span.end + 1 in person_starts or doc[span.end + 1].pos_ == "PROPN") \
                    and doc[span.end].is_lower and doc[span.end].lower_ in self.person_nouns \
                    and self.roles.canonical(doc[span.end].text) is None:
                continue  # "Rap star Jay-Z": a word of the person's kind, then the person (not "Northgate captain X",
                # a title its club holds)
            if len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ == "the" \
                    and span.text.lower() in self.person_nouns \
                    and not (span.end < len(doc) and doc[span.end].pos_ in {"NOUN", "PROPN"}):
                continue  # "the Scot", "the Dutchman": a description of someone, not a name (but "the German
                # company": a nationality describing a noun)
            if span.label_ in NAME_LABELS and (span.text in self.not_names or CURRENCY_MARK.fullmatch(span.text)):
                continue  # "0400 GMT": a time zone, part of the time; "A$", "C$": a dollar's mark, part of an amount
            if span.label_ in NAME_LABELS and _abbreviates_common_words(span):
                continue  # "minority ethnic led (Mel) companies": an abbreviation of common words, no name
            if span.label_ in NAME_LABELS and _spells_a_thing(span, self.not_names):
                continue  # "DSL (Digital Subscriber Line)": a technology spelled out, no more a name than its acronym
            if span.label_ in NAME_LABELS and _a_measure(span, self.unit_words):
                continue  # "a 512MB card", "the 3GHz chip": a number's unit, no name
            if span.label_ in NAME_LABELS and self._names_an_illness(span, surnames):
                continue  # "Alzheimer's", "Motor Neurone Disease": an illness, no one's or no body's name
            if span.label_ == "PERSON" and len(span) > 1 and span[0].lower_ in self._describing_words() \
                    and span[0].text not in first_names() and span[0].is_title and not _in_a_headline(span[0]) \
                    and (span.start == 0 or not doc[span.start - 1].is_title):
                span = Span(doc, span.start, span.end, label="ORG")  # "Electronic Arts": no one's first name is
                # an adjective of the language ("Frank", "Rich" are first names); not a headline's words, nor the
                # end of a longer capitalised run
            if span.label_ == "PERSON" and _hyphenated_name(span) and span[0].text not in first_names() \
                    and not self._written_as_a_person(doc, span.text):
                span = Span(doc, span.start, span.end, label="ORG")  # "Rolls-Royce", "Hewlett-Packard": a double
                # name no first name nor honorific comes before anywhere in the article is a firm's, not a surname
            if span.label_ in NAME_LABELS and len(span) == 1 and span[0].is_sent_start and span[0].tag_ == "NNS" \
                    and not is_people_word(span) and span.text not in self.nicknames and span.end < len(doc) \
                    and doc[span.end].pos_ in {"VERB", "AUX", "ADP", "ADV", "PART"} and span.text not in surnames \
                    and not self._known_place(span.text):
                continue  # "Groups challenging the plans include ...": a plural common noun opening a sentence as its
                # subject (not "Magpies chairman Freddy Shepherd", a nickname, nor "Mendes shot" of Pedro Mendes, nor
                # "Wales beat France", a country tagged as a plural noun)
            if span.label_ in NAME_LABELS and len(span) > 1 and span[0].is_sent_start \
                    and span[0].lower_ in STOP_WORDS and span[-1].is_lower and span[-1].is_alpha:
                continue  # "All athletes must register": a sentence's first words, a function word and a noun
            if span.label_ in NAME_LABELS and len(span) == 1 and span.text.istitle() and span[0].is_sent_start \
                    and span.text.lower() in self.no_name_openers and span.text not in first_names() | surnames \
                    and not (span.text in org_heads and span.text.lower() in MONTHS):
                continue  # "Whether or not we will get a ban", "New Home Secretary Charles Clarke": a word opening a
                # sentence, no name ("May said" is, as is "May has struggled" of "May Department Stores")
            if span.label_ in NAME_LABELS and len(span) == 1 and self._common_word_opening_a_sentence(
                    span, surnames, written):
                continue  # "Preview performances will be held", with "our preview performances" after: a word
            if span.label_ in NAME_LABELS and span.text.lower() in holidays() and span.end < len(doc) \
                    and doc[span.end].lower_ in word_list("dates.json", "holiday_things"):
                continue  # "Their Christmas single topped the chart", read as a person: a kind of thing, no name
            if span.label_ in NAME_LABELS and len(span) == 1 and span[0].tag_ == "IN" and span[0].dep_ == "prep" \
                    and _opens_a_sentence(span[0]) and any(c.dep_ == "pobj" for c in span[0].children) \
                    and span.text not in first_names() | surnames:
                continue  # "Amid the row, Mr Brown spoke": a preposition opening a sentence, with its object, no name
            if span.label_ in NAME_LABELS and len(span) == 1 and span[0].pos_ == "ADV" and span.text.endswith("ly") \
                    and _opens_a_sentence(span[0]) \
                    and span.text not in first_names() | surnames and not is_state_or_country(span.text):
                continue  # '"Unfortunately I'm stuck"': an adverb opening a (quoted) sentence, no name ("Kelly
                # said" is)
            if span.label_ in {"NORP", "PERSON", "GPE", "WORK_OF_ART", "EVENT", "PRODUCT"} \
                    and span.text.lower() in self.party_names \
                    and not (span.label_ == "NORP" and span.text.lower() in self.party_adjectives):
                span = Span(doc, span.start, span.end, label="ORG")  # "Conservative spokesman X", '"The
                # Conservative tax plans"': the party (not "a Republican senator": a US party's adjective stays the
                # group the models read)
            if span.label_ not in {"PRODUCT", "WORK_OF_ART"} and self._a_known_product(span):
                span = Span(doc, span.start, span.end, label="PRODUCT")  # "runs on Windows, Linux and Mac"
            if span.label_ in {"GPE", "LOC", "NORP", "FAC"} and len(span) == 2 and span[1].text in lone_people \
                    and all(t.is_title and t.is_alpha for t in span) and span[0].text not in cities() \
                    and not is_state_or_country(span[0].text) and span[1].text not in self.org_last_words:
                span = Span(doc, span.start, span.end, label="PERSON")  # "lost to Lleyton Hewitt", read as a place,
                # where "Hewitt" alone is a person
            if span.label_ == "PERSON" and is_country(span.text):
                span = Span(doc, span.start, span.end, label="GPE")  # "Mali said on Thursday": the country
            if span.label_ == "PERSON" and len(span) == 1 and any(c.isdigit() for c in span.text) \
                    and any(c.isalpha() for c in span.text):
                span = Span(doc, span.start, span.end, label="ORG")  # "spying for MI6", "3Com": a word of letters
                cued[span.text] = "ORG"  # and digits names no person
            other_town = _other_town_in_a_region(span, trimmed) if span.label_ in {"PERSON", "ORG"} else None
            if other_town is not None:
                span = Span(doc, span.start, span.end, label="GPE")  # "its plants at Newton Aycliffe and Spennymoor
                cued[span.text] = "GPE"  # in County Durham": a town, in every mention, read as a person
                cued[other_town.text] = "GPE" if other_town.label_ in {"PERSON", "ORG"} \
                    else cued.get(other_town.text, other_town.label_)
            if span.label_ in NAME_LABELS - {"NORP"} and len(span) == 1 and _a_city_s_people(span.text):
                span = Span(doc, span.start, span.end, label="NORP")  # "This has left Londoners ...", read as an
                # organisation: a city's people
            if span.label_ in {"PERSON", "GPE", "LOC", "NORP"} and len(span) == 1 and _camel_cased(span.text):
                span = Span(doc, span.start, span.end, label="ORG")  # "GlaxoSmithKline saw its profits fall", read as
                # a person; "analysts at TowerGroup", read as a place: a capital inside one word names a firm
            if span.label_ in NAME_LABELS - {"PERSON"} and (
                    len(span) == 1 and _a_relatives_name(span, FAMILY_NOUNS)
                    or self._names_no_place_or_body(span) and _a_relatives_name(span, self.companion_nouns)) \
                    and not (span.start > 0 and doc[span.start - 1].lower_ == "the") \
                    and not _written_with_its_region(span):  # (not "The Streets, aka rapper", nor "of Trapper Creek,
                # Alaska, the last man to see them", a town the parse gives the apposition)
                span = Span(doc, span.start, span.end, label="PERSON")  # "Mr Begg's father, Azmat", "his wife Sharon",
                # "their father, Dhiru Bhai Ambani", "Anand Jain, a confidant of his brother", "Rinat Akhmetov, the
                # country's richest man" (a person noun)
            if span.label_ == "PERSON" and len(span) == 1 and _named_as_employer(span) \
                    and span.text not in first_names() | surnames:
                span = Span(doc, span.start, span.end, label="ORG")  # "principal security consultant at Cisco"
            if span.label_ == "GPE" and len(span) == 1 and _named_as_employer(span, {"for"}) \
                    and not self._known_place(span.text):
                span = Span(doc, span.start, span.end, label="ORG")  # "technology consultant for Sophos", read as a
                # place no list knows
            if span.label_ in {"PERSON", "GPE", "NORP", "LOC", "WORK_OF_ART", "EVENT"} and (
                    names_news_outlet(span.text) or (
                    len(span) > 1 and span[-1].is_title and is_news_outlet(span.text)) or (
                    len(span) == 1 and span.label_ == "PERSON" and span.start > 0
                    and doc[span.start - 1].lower_ == "the" and span[0].is_title and is_news_outlet(span.text)
                    and span.text not in surnames)):
                span = Span(doc, span.start, span.end, label="ORG")  # "Al-Jazeera Arabic" read as a person, "the
                # South China Courier" as a place: a newspaper, by its name or its last word; "told the Observer",
                # read as a person: a paper's last word after "the" (no one is "the Smith")
            if span.label_ in {"ORG", "GPE", "NORP"} and len(span) <= 3 and all(t.is_title for t in span[1:]) and (
                    span[0].is_title or len(span) > 1 and span[0].is_upper and len(span[0]) <= 3) \
                    and span[-1].text not in self.org_last_words and not names_news_outlet(span.text) \
                    and not is_state_or_country(span.text) and titled_after(span):
                span = Span(doc, span.start, span.end, label="PERSON")  # "Djama Elabe, the chairman of the party"
            first_named = span.label_ == "PERSON" and opens_with_first_name(span)  # "squad: Michael Tovey, ..."
            in_a_deal = not first_named and span.label_ in NAME_LABELS and not is_people_word(span) and (
                self._in_a_deal(span) and not self._a_known_product(span)  # (not "buying a new Mac Mini")
                or (self._described_company(span) and span.text not in org_heads))
            # (a short form of a longer organisation's name, "Zenora shares" after "Zenora Trust", is left to the
            # canonical layer, which ties it to that organisation)
            if in_a_deal:
                cued[span.text] = "ORG"  # "the takeover of MCI": so is every mention of MCI
            if self._a_company_s_part(span):
                cued[span.text] = "ORG"  # "Deutsche Boerse's control over its Clearstream unit": a company, so is
                span = Span(doc, span.start, span.end, label="ORG")  # every mention of Clearstream
            if self._before_a_software_noun(span, trimmed):
                cued[span.text] = "PRODUCT"  # "its Internet Explorer web browser": so is every mention of the name
                span = Span(doc, span.start, span.end, label="PRODUCT")
            feature = self._place_noun_after(span)
            if feature is not None:
                cued[span.text] = feature  # "Real Madrid's Bernabeu stadium", "Thailand's Phuket island": so is
                span = Span(doc, span.start, span.end, label=feature)  # every mention of the Bernabeu, of Phuket
            described = in_a_deal or span.label_ in NAME_LABELS and self._after_a_firm_trade(span) or (
                not first_named and span.label_ in NAME_LABELS and (
                self._names_organisation(span) or self._listed_after_org_noun(span, trimmed)))
            if span.label_ in NAME_LABELS and span.label_ != "ORG" and not is_people_word(span) and (described or (
                    len(span) > 1 and (span[-1].text in self.org_last_words or span[0].text in self.org_first_words))):
                span = Span(doc, span.start, span.end, label="ORG")  # (not "the scandal-hit Italian dairy company")
            counted_award = f"{span.text}s" in self.event_names and (
                span.start > 0 and doc[span.start - 1].lower_ in {"a", "an"} or span.end < len(doc)
                and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN" and span[0].dep_ in {"compound", "amod"})
            # "received an Oscar", "won a Bafta", "a Golden Globe": the award itself; "Oscar night": its ceremony
            whole = next((n for n in range(2, 4) if span.end - n >= 0 and span.start > span.end - n
                          and doc[span.end - n:span.end].text in self.event_names
                          and (not cleaned or cleaned[-1].end <= span.end - n)), None)
            if whole is not None:  # "their first Six Nations away win", read as "Nations": the event's whole name
                span = Span(doc, span.end - whole, span.end, label=span.label_)
            if len(span) == 1 and span.label_ in {"NORP", "ORG", "PERSON", "PRODUCT"} and span.end < len(doc) \
                    and doc[span.end].lower_ in {"award", "awards"} and doc[span.end].pos_ == "NOUN" \
                    and span[0].head.i == span.end and span.text not in demonyms():
                span = Span(doc, span.start, span.end + 1, label="EVENT")  # "Wednesday's Brit awards", "the Mobo
                # awards" in lower case: the ceremony (not "British awards", a people's adjective)
            sponsored = len(span) > 2 and span[-2:].text in self.event_names  # "the RBS Six Nations"
            if span.label_ in {"ORG", "PERSON", "GPE", "LOC", "FAC"} | ({"WORK_OF_ART"} if sponsored or len(
                    span) > 1 and span.text in self.event_names else set()) | (
                    {"NORP", "LANGUAGE"} if len(span) > 1 else set()) \
                    and (counted_award or sponsored or (  # ("the Australian Open semi-finals" read as a people)
                    (len(span) > 1 and span[-1].lower_ in self.event_last_words) or span.text in self.event_names
                    or len(span) > 2 and f"{span[-2].lower_} {span[-1].lower_}" in self.event_last_words)):
                span = Span(doc, span.start, span.end, label="EVENT")  # "Fed Cup", "the Oscars": a competition
            if len(span) == 1 and span.label_ in NAME_LABELS - {"PERSON"} and span[0].is_title \
                    and span[0].lower_ in REGNAL_TITLES and span.start > 0 and doc[span.start - 1].lower_ == "the":
                span = Span(doc, span.start, span.end, label="PERSON")  # "income for the Queen": the monarch
            if len(span) > 1 and span.label_ in {"GPE", "LOC", "PERSON"} and span[-1].is_title \
                    and span[-1].lower_ in self.street_last_words:
                span = Span(doc, span.start, span.end, label="FAC")  # "Wall Street" read as a place, "Trafalgar
                # Square" or "Downing Street has indicated" as a person: a street or a square, no one's name (an
                # organisation named for one, "Downing Street said" read as one, keeps its reading)
            last = self.geographic_last_words.get(span[-1].lower_) if len(span) > 1 and span[-1].is_title else None
            feature = last or (self.geographic_first_words.get(span[0].text) if len(span) > 1 else None)  # "Mount X"
            if feature is not None and not (span.label_ == "PERSON" and opens_with_first_name(span)) and (
                    span.label_ in {"ORG", "PERSON", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"} or (
                    last == "FAC" and span.label_ in {"GPE", "LOC"})):
                span = Span(doc, span.start, span.end, label=feature)  # "Yucca Mountain", "Kumamoto Prefecture",
                # "Wembley Stadium": a natural feature, a region's unit or a building, whatever the models read (not a
                # person opened by a known first name: "Betty Lane")
                if feature == "EVENT" and not last:
                    cued[span[1:].text] = "EVENT"  # "Hurricane Mitch ... Mitch killed": the storm in every mention
            if span.label_ in NAME_LABELS - {"PERSON", "LAW", "NORP"} and len(span) > 1 and (
                    span[-1].text in LAW_LAST_WORDS and all(t.is_title or not t.is_alpha for t in span)
                    or LAW_PART.fullmatch(span.text)) \
                    and not (span.end < len(doc) and doc[span.end].text == "("):  # (a defined acronym keeps its
                # name's label: "the Multi-Fibre Agreement (MFA)", one referent)
                span = Span(doc, span.start, span.end, label="LAW")  # "the Finance Bill" read as an event, "scheme
                # Section 48" as an organisation: a law, or a numbered part of one
            work = self._work_or_product(span, cleaned[-1] if cleaned else None)
            if work.label_ == "WORK_OF_ART" and span.label_ != "WORK_OF_ART":
                cued_works.add(span.text)  # the words before it say it is a work: so is every mention of the name
            cleaned.append(_radio_station(work))
        cleaned = _whole_work_titles(doc, cleaned, {start for start, noun in _list_subjects(cleaned).items()
                                                    if noun.lower_ in self.work_nouns})
        cleaned = self._listed_kinds(doc, cleaned)
        cleaned += self._people_by_role(doc, cleaned, roles)
        cleaned += self._unread_names(doc, cleaned, roles)
        cleaned = self._outlets_read_in_pieces(doc, cleaned)
        cleaned = _venues_named_for_someone(doc, cleaned, self.venue_last_words)
        cleaned = _names_run_on_to_their_last_word(doc, cleaned, self.org_last_words, {r.start for r in roles},
                                                   self.open_last_words, self.national_org_last_words)
        cleaned = _datelines(doc, cleaned)
        cleaned = _source_line_names(doc, cleaned)
        cleaned = _hometowns(doc, cleaned, self._known_place)
        titled_places = self._after_place_titles(doc, roles) | self._after_place_verbs(doc) | \
            self._after_place_nouns(doc) | self._described_as_places(doc) | _known_places_after_locatives(cleaned) | \
            _places_after_company_of(cleaned)
        cleaned = [Span(doc, s.start, s.end, label="GPE") if s.start in titled_places
                   and s.label_ in {"ORG", "PERSON", "NORP"} and s[-1].text not in self.org_last_words else s
                   for s in cleaned]
        cleaned = [self._place_describing_organisation(_with_club_suffix(s)) for s in cleaned]
        cleaned = _titles_in_apposition(doc, cleaned, roles, self.org_last_words, self.roles.player_titles)
        cleaned = _without_pieces_of_a_department_title(doc, cleaned, roles)
        cleaned = _holders_before_titled_people(_former_employers(doc, cleaned, {r.start for r in roles}), roles)
        companies = _companies_before_their_titles(cleaned, roles, self._known_place)
        at = {(s.start, s.end) for s in companies}
        cleaned = [Span(doc, s.start, s.end, label="ORG") if (s.start, s.end) in at else s for s in cleaned]
        cued.update({s.text: "ORG" for s in companies if len(s) == 1})  # the company in every mention, where the
        # models read a town most often
        cleaned = _seats_before_titles(cleaned, roles, self.roles.place_titles)
        bands = _bands_before_their_members(doc, cleaned, self.band_member_titles)
        cleaned = _replacing(cleaned, bands)
        cued.update({s.text: "ORG" for s in bands if len(s) == 1})  # the band in every mention
        cleaned += _bracketed_first_name_spans(doc, cleaned)
        cleaned = _people_by_honorific_surname(doc, self._peers(doc, cleaned))
        cleaned = _people_by_their_age(doc, cleaned)
        cleaned = _people_with_quoted_nicknames(doc, cleaned)
        cleaned = _families(doc, cleaned)
        cleaned = _people_with_a_middle_initial(doc, self._parties_as_subjects(doc, cleaned))
        cleaned = _names_with_a_glued_colon(doc, cleaned)
        cleaned = _without_group_member_word(doc, cleaned)
        cleaned = _companies_by_first_word(cleaned, self.canonicalizer.variants)
        cleaned = _companies_listed_with_a_company(doc, cleaned, self.org_last_words, self._known_place)
        cleaned = _names_opened_by_two_peoples(doc, cleaned)
        cleaned = _companies_by_their_suffix(doc, cleaned)
        cleaned = _committees_named_in_lower_case(doc, cleaned, self.committee_nouns)
        cleaned = _surnames_read_as_dates(cleaned, {r.end for r in roles})
        cleaned = [_honorific_name(s) for s in cleaned]
        cleaned = _clubs_by_their_town(cleaned, self.org_first_words, {r.start for r in roles})
        sport = about_sport(doc, word_list("relation_verbs.json", "team_words"))  # (as the relations stage reads it)
        cleaned = self._towns_as_clubs_in_sport(doc, cleaned, {r.start for r in roles}, sport)
        cleaned = self._players_read_as_organisations(doc, cleaned, sport)
        cleaned = self._competitions_before_their_titles(doc, cleaned, roles, sport)
        cleaned = [Span(doc, s.start, s.end, label="GPE") if self._home_of_a_sportsperson(s) else s for s in cleaned]
        cleaned = _organisations_by_a_word_of_their_name(cleaned)
        cleaned = [Span(doc, s.start, s.end, label="ORG") if self._acronym_of_no_place(s) else s for s in cleaned]
        cleaned = _parts_of_full_names(cleaned)
        short = self._short_person_mentions(doc, cleaned)
        cleaned = [s for s in cleaned if not any(f.start <= s.start and s.end <= f.end for f in short)]
        cleaned = filter_spans(cleaned + short)
        cleaned = filter_spans(cleaned + _repeated_names(doc, cleaned, self.org_last_words, self.org_first_words,
                                                         self.nicknames.keys()))
        cleaned = _people_joined_as_one(doc, _with_line_up_names(doc, cleaned))
        cleaned = _works_before_others_of_their_kind(doc, _works_listed_after_include(doc, cleaned, self.work_nouns),
                                                     self.work_nouns)
        cleaned = _brands_listed(doc, cleaned)
        cleaned = _works_owned_by_their_authors(doc, cleaned)
        cleaned = _works_titled_after_their_noun(doc, cleaned, self.work_nouns, self.named_product_nouns,
                                                 self.work_credit_words)
        cleaned = _works_titled_by_a_number(doc, cleaned, self.work_nouns - self.numbered_work_nouns)
        cleaned = _works_in_apposition(cleaned, self.work_nouns - self.contest_work_nouns)
        cleaned = _possessive_titles_in_apposition(doc, cleaned, self.work_nouns - self.contest_work_nouns)
        cleaned = _works_named_before_their_noun(doc, cleaned, self.work_nouns - self.contest_work_nouns)
        about_works = _about_works(doc, self.work_nouns)  # (the works read from lists and nominees' cues: only there)
        cleaned = _works_after_their_cue(doc, cleaned, self.work_cues, self.weak_work_cues, self.character_cues,
                                         self.event_names,
                                         _after_a_nominee(doc, cleaned, self.nomination_words) if about_works else [],
                                         self.nomination_words if about_works else frozenset())
        read_before = {(s.start, s.end) for s in cleaned if s.label_ == "WORK_OF_ART"}
        cleaned = _works_before_a_performer(doc, cleaned, self.performer_nouns, self.performer_field_words,
                                            self.performer_band_words, about_works)
        cued_works.update(s.text for s in cleaned if s.label_ == "WORK_OF_ART" and len(s) > 1
                          and (s.start, s.end) not in read_before)  # "Little Britain stars Matt Lucas": the show in
        # every mention of its name of two words or more
        cleaned = _works_in_a_chart(doc, cleaned, self.chart_words)
        cleaned = _peoples_unread(doc, cleaned)
        cleaned = _works_written_again(doc, cleaned)
        if about_works:  # (after every reading of a work)
            cleaned = _works_listed_with_a_work(_titles_listed_with_a_work(doc, cleaned))
        cleaned = [Span(doc, s.start, s.end, label="LANGUAGE") if self._a_language(s) else s for s in cleaned]
        cleaned = [Span(doc, s.start, s.end, label="EVENT") if self._an_award_before_its_laureate(s) else
                   Span(doc, s.start, s.end, label="LAW") if _a_law_by_its_last_word(s) else s for s in cleaned]
        cleaned = _laws_by_their_last_word_alone(doc, cleaned)
        cleaned = _title_cased_works(doc, cleaned)
        cleaned = _products_listed_with_products(_models_before_their_noun(doc, cleaned, self.model_nouns))
        cleaned = _programmes_of_a_broadcaster(doc, cleaned, self.work_nouns, self.org_last_words,
                                               {r.end for r in roles})
        cleaned = _divisions_of_a_company(doc, cleaned)
        cleaned = _clubs_by_their_last_word(doc, _town_clubs_read_as_places(doc, cleaned))
        cleaned = _organisations_listed_with_one(doc, cleaned, self.org_nouns | self.company_nouns)
        cleaned = _organisations_given_as_examples(doc, cleaned, self.org_nouns | self.company_nouns)
        cleaned = _places_listed_with_places(doc, _people_listed_with_people(doc, cleaned, self.org_last_words),
                                             self._known_place)
        cleaned = _names_joined_by_and(doc, cleaned, self.org_last_words | {"Union"})
        cleaned = _without_country_before_name(doc, _people_by_their_initials(
            doc, cleaned, self.org_last_words, self.variants, SPEAKING_LEMMAS | self.speech_verbs))
        cleaned = _speakers_read_as_peoples(cleaned, self.party_names)
        cleaned = _without_headings_in_capitals(doc, _awards_named_before_their_noun(doc, cleaned, self.org_last_words))
        listed_under = _list_subjects(cleaned)
        winners = _award_category_names(cleaned, self.award_winner_categories)
        cleaned = _places_joined_by_a_hyphen(doc, cleaned, self._known_place)
        people = self._people_by_person_noun(cleaned, listed_under)
        employers = _employers_after_titles(cleaned, roles)  # (the title right before one is the firm's kind:
        # "at analyst Gartner", no person's title)
        doc.ents = _one_label_per_name(doc, cleaned, {r.end for r in roles} - {
            s.start for s in cleaned if s.text in employers} | {
            t.i + 1 for t in doc if t.lower_ in self.honorifics or t.text == ")"}, self.canonicalizer.variants,
            titled_places, {s.text for s in cleaned if _subject_which(s) or _founded(s)} | _owners_of_company_titles(
                cleaned, roles, self.company_titles) | _employers_after_people(cleaned) | employers | (
                {s.text for s in cleaned if _takes_a_plural_verb(s)} | winners.get("ORG", set())) - people,
            # ("drum 'n' bass star Roni Size": a person, whatever verb or award list a mention stands by)
            cued_works | {s.text for s in cleaned if s.start in listed_under  # "his hits have included ..."
                          and listed_under[s.start].lower_ in self.work_nouns},
            people | winners.get("PERSON", set()), cued)
        doc.ents = _names_read_as_dates(_surnames_speaking_alone(doc, list(doc.ents), self.speech_verbs))
        names = [s for s in doc.ents if s.label_ in NAME_LABELS]
        nicknamed = self._nickname_aliases(names)
        defined = _acronym_definitions(names)
        # "West Ham" read as a place, with "the Hammers": the club; "the Association of Payment Clearing Services
        # (Apacs)": the short form the organisation in every mention, whatever was read ("PlayStation Portable (PSP)":
        # the product)
        defined_as = {names[j].text: "ORG" for _, j, _ in nicknamed} | {names[j].text: names[i].label_
                                                                       for i, j in defined}
        mentions = [Mention(s.start_char, s.end_char, s.text, defined_as.get(s.text, s.label_),
                            placed=_placed_here(s) or s.label_ in PLACE_LABELS and s.start in titled_places,
                            honorific=doc[s.start - 1].lower_ if s.start > 0 else None)
                    for s in names]
        aliases = [(mentions[i], mentions[j], *real) for i, j, *real in _aliases(names) + defined] + [
            (mentions[i], mentions[j], club) for i, j, club in nicknamed] + [
            (mentions[i], mentions[j], f"{names[i].text} {names[j].text}") for i, j in _bracketed_first_names(names)]
        get_facts(doc).entities = self.canonicalizer(mentions, aliases)
        return doc

    def _written_as_a_person(self, doc: Doc, name: str) -> bool:
        """Whether the article writes a first name or an honorific right before the name somewhere ("Robert
        Kilroy-Silk", "Mr Kilroy-Silk")."""
        for match in re.finditer(rf"([\w.]+)\s+{re.escape(name)}(?![\w-])", doc.text):
            if match.group(1) in first_names() or match.group(1).lower() in self.honorifics:
                return True
        return False

    def _describing_words(self) -> frozenset[str]:
        """The adjectives and adverbs of the pretrained model's lemmatizer that are no nouns ("upscale", "digital",
        "newly"; not "shell", "apple" or "orange", which name companies); none without one."""
        if self._words is None:
            index = self._lemma_index()
            describing = set(index.get("adj", [])) | set(index.get("adv", []))
            self._words = frozenset(describing - set(index.get("noun", [])))
        return self._words

    def _common_nouns(self) -> frozenset[str]:
        """The nouns of the pretrained model's lemmatizer ("house", "shell"); none without one."""
        if self._nouns is None:
            self._nouns = frozenset(self._lemma_index().get("noun", []))
        return self._nouns

    def _lemma_index(self) -> dict[str, list[str]]:
        """The lemmatizer's words by part of speech ("noun", "adj", "adv"); empty without one."""
        if "lemmatizer" in self._nlp.pipe_names:
            lookups = getattr(self._nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                table = lookups.get_table("lemma_index")  # (keyed by hashes: read each part by its name)
                return {pos: list(table.get(pos, [])) for pos in ("noun", "adj", "adv")}
        return {}

    def _common_word_opening(self, span: Span, other_model: list[Span]) -> bool:
        """"Upscale department store Nordstrom said", "Digital multi-channel TV is", "Newly-crowned champion X", "House
        prices fell", "Immigration and asylum have been": an English adjective or adverb (no noun), a noun making a
        compound with the lower-case noun after it, or a noun the article also writes in lower case, opening a
        sentence before a lower-case word, which one model alone reads
        as a name (the other reads nothing there, or another kind of name), and which the article never writes
        capitalised inside a sentence; not a word of clubs' names ("United fans"). Both models reading one name keep
        it."""
        doc = span.doc
        if len(span) != 1 or span.end >= len(doc) or not span[0].is_title or not (
                span[0].is_sent_start or doc[span.start - 1].is_space or doc[span.start - 1].is_quote):
            return False
        after = doc[span.end]
        if not (after.is_lower and after.is_alpha or after.text == "-" and not span[0].whitespace_):
            return False
        noun_before_its_noun = span.text.lower() in self._common_nouns() and span[0].dep_ == "compound" \
            and span[0].head.i == after.i and after.pos_ == "NOUN" and not self._known_place(span.text) \
            and not _in_a_headline(span[0]) and after.lower_ not in self.person_nouns \
            and after.lower_ not in self.roles.titles  # "House prices fell": a noun's noun (not "London mayor Ken
        # Livingstone", a place's name the lemmatizer lists, nor "Harvard economist X", whose employer it names, nor a
        # headline's "Fed chief warning ...")
        written_lower = span.text.lower() in self._common_nouns() and not self._known_place(span.text) and any(
            t.text == span.text.lower() for t in doc)  # "Immigration and asylum have been ...", the article writing
        # "a policy on immigration": a common noun it uses as one
        if span.text.lower() not in self._describing_words() and not noun_before_its_noun and not written_lower \
                or span.text in first_names() or is_country(span.text) \
                or span.text in self.org_last_words or span.text in self.nicknames:
            return False
        same = next((o for o in other_model if o.start == span.start and o.end == span.end), None)
        if same is not None and same.label_[:3] == span.label_[:3]:
            return False  # "PER"/"PERSON", "ORG"/"ORG": both models read this name
        return not any(t.text == span.text and not t.is_sent_start and not doc[t.i - 1].is_space
                       and not doc[t.i - 1].is_quote for t in doc if t.i != span.start)

    def _names_run_to_their_last_word(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"the International Solid State Circuits Conference", "the 3GSM World Congress", "the Pew Internet and
        American Life Project": capitalised words run on to a word that ends names of gatherings or bodies
        (org_nouns.json "gathering_last_words", "run_last_words") are one name where the models read a part of it;
        "and" joins only after "the" ("Microsoft and Linux Foundation" stays two). Not in a headline."""
        found = []
        people_or_places = {s.end - 1 for s in spans if s.label_ in PEOPLE_OR_PLACES}
        for last in doc:
            if last.text not in self.run_last_words or _in_a_headline(last):
                continue
            start = _capitalised_run_start(doc, last.i, people_or_places)
            if last.i - start < 1:
                continue
            run = doc[start:_purpose_end(doc, last.i + 1)]  # "... Lab for Mobile Communications"
            inside = [s for s in spans if s.start < run.end and run.start < s.end]
            if inside and all(run.start <= s.start and s.end <= run.end for s in inside) \
                    and not any(s.start == run.start and s.end == run.end for s in inside):
                found.append(Span(doc, run.start, run.end,
                                  label="EVENT" if last.text in self.gathering_last_words else "ORG"))
        return _replacing(spans, filter_spans(found))

    def _parties_as_subjects(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Tories say the plan will cost jobs", "Lib Dems claim ...": a party's name or nickname (variants.json) the
        models missed, written capitalised as a verb's subject, is the party (not "Labour costs rose")."""
        covered = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for token in doc:
            if token.i in covered or not token.text[:1].isupper() or token.dep_ not in {"nsubj", "nsubjpass"} \
                    or token.head.pos_ not in {"VERB", "AUX"}:
                continue
            start = token.i - 1 if token.i > 0 and doc[token.i - 1].text[:1].isupper() \
                and token.i - 1 not in covered else token.i  # "Lib Dems"
            for begin in dict.fromkeys((start, token.i)):
                if doc[begin:token.i + 1].text.lower() in self.party_names:
                    found.append(Span(doc, begin, token.i + 1, label="ORG"))
                    break
        return filter_spans(spans + found) if found else spans

    def _towns_as_clubs_in_sport(self, doc: Doc, spans: list[Span], title_starts: set[int],
                                 sport: bool) -> list[Span]:
        """In an article about sport (``sport``: relation_verbs.json "team_words", as the relations stage reads it), a
        town read as a place or a person is its club: right before a title or a person noun and the person's name
        ("Leicester star Lewis Moody", "Gloucester coach Nigel Melville"), or the side a result was against ("Wasps'
        12-9 loss to Bath", "beat Leicester"); a country or a state keeps its label (a national side, as the gold sets
        write it). A club the nicknames list names (org_nouns.json "club_nicknames") is the club where no place's words
        mark it one ("in Philadelphia", "Edgbaston, Birmingham"), and no country (a national side)."""
        if not sport:
            return spans
        people = {s.start for s in spans if s.label_ == "PERSON"}
        clubs = {s.text for s in spans if s.label_ == "ORG" and len(s) > 1 and s[0].is_title}
        bracketed = _clubs_in_brackets_after_players(doc, spans, lambda name: is_state_or_country(name) or (
            is_state_or_country(self.variants.get(name.lower(), ""))))
        out = []
        for span in spans:
            if span.start in bracketed:
                out.append(Span(doc, span.start, span.end, label="ORG"))  # "M Stevens (Bath), J Lewsey (Wasps)"
                continue
            if span.label_ in {"GPE", "LOC"} and not is_state_or_country(span.text) and (
                    self._left_by_a_player(span) or span.text in cities() and span.root.dep_ in {"nsubj", "nsubjpass"}
                    and len([c for c in clubs if span.text in c.split()]) == 1):
                out.append(Span(doc, span.start, span.end, label="ORG"))  # "joined the Gunners from Seville", "Real
                continue  # Madrid ... the way Madrid play"
            if span.label_ in {"GPE", "LOC", "PERSON"} and span.text in self.club_names \
                    and not is_state_or_country(span.text) \
                    and not _placed_here(span) and not (span.start > 0 and doc[span.start - 1].text in {",", "("}):
                out.append(Span(doc, span.start, span.end, label="ORG"))  # "Chelsea lead the Premiership"
                continue
            after = doc[span.end] if span.end < len(doc) else None
            before = doc[span.start - 1] if span.start > 0 else None
            named = after is not None and (span.end in title_starts or after.lower_ in self.person_nouns) \
                and any(i in people for i in range(span.end + 1, span.end + 3))
            opponent = before is not None and (before.lemma_.lower() in self.contest_verbs or before.lower_ in {
                "to", "against", "over", "with"} and before.head.lemma_.lower() in self.contest_words) \
                and not (after is not None and after.is_lower and after.pos_ == "NOUN")  # not "beat Bergen club X"
            if (span.label_ in {"GPE", "LOC", "PERSON"} and span.text in cities() or opponent and span.label_ in {
                    "GPE", "LOC"} and not self._known_place(span.text)) and (named or opponent) \
                    and not is_state_or_country(span.text) and not opens_with_first_name(span):  # (a town no list
                # knows, as the side a result was against: "the reverse to Torquay"; not a nation's side: "to Wales")
                span = Span(doc, span.start, span.end, label="ORG")
            elif span.label_ in {"GPE", "LOC"} and not is_state_or_country(span.text) and (
                    _a_spell_at(span) or _a_scorer(span)):
                span = Span(doc, span.start, span.end, label="ORG")  # "his loan spell at Leicester", "Rosenborg's
                # goal": a player's time at a club, a goal a side scored
            elif self._ground(span):
                span = Span(doc, span.start, span.end, label="FAC")
            out.append(span)
        return out

    def _competitions_before_their_titles(self, doc: Doc, spans: list[Span], roles, sport: bool) -> list[Span]:
        """"fellow former Wimbledon champion Conchita Martinez": in an article about sport, a place that is no country
        or state right before a competition's title (roles.json "event_titles") is the competition, an event."""
        titled = {r.start for r in roles if r.role.split()[-1] in self.event_titles}
        if not titled or not sport:
            return spans
        return [Span(doc, s.start, s.end, label="EVENT") if s.label_ in {"GPE", "LOC", "FAC"} and s.end in titled
                and not is_state_or_country(s.text) and s.text not in nations() else s for s in spans]

    def _players_read_as_organisations(self, doc: Doc, spans: list[Span], sport: bool) -> list[Span]:
        """In an article about sport, a name of two or three words read as an organisation, opened by a known first
        name, with no organisation's last word and no place's word, and no club the nicknames list names, is a
        player's ("beat Russia's Elena Bovina", "defeated China's Li Na"): clubs open with no first name."""
        if not sport:
            return spans
        return [Span(doc, s.start, s.end, label="PERSON") if s.label_ == "ORG" and 1 < len(s) <= 3
                and opens_with_first_name(s) and all(t.is_title and t.is_alpha for t in s)
                and s[-1].text not in self.org_last_words and not any(known_place(t.text) for t in s)
                and s.text not in self.club_names else s for s in spans]

    def _left_by_a_player(self, span: Span) -> bool:
        """"joined the Gunners from Seville", "signed from Leeds": a town after "from" under a verb of a transfer
        (org_nouns.json "transfer_verbs")."""
        if span.start == 0 or span.doc[span.start - 1].lower_ != "from" or span.root.dep_ != "pobj":
            return False  # (not "from Porto club Vila Nova": the town of the club named after it)
        before = span.doc[span.start - 1]  # ("joined the squad from Valencia": "from" may be read as the squad's)
        verb = before.head.head if before.head.dep_ == "dobj" else before.head
        return verb.lemma_.lower() in self.transfer_verbs

    def _ground(self, span: Span) -> bool:
        """In an article about sport, a ground read as a place or a person: a name ending in a ground's word
        ("Griffin Park", "Craven Cottage"), or one read as a place (or, one word, a person) that is no known town,
        region, country or club, right after a match's "at" ("the win at Murrayfield", "the tie at Millmoor"; not "at
        Leeds", "at Chelsea", "a spell at Real", "a dig at Ferguson"); org_nouns.json "venue_...")."""
        doc = span.doc
        if span.label_ not in {"GPE", "LOC", "PERSON", "ORG"} or span.text in self.club_names \
                or is_state_or_country(span.text):
            return False
        if len(span) > 1 and span[-1].text in self.venue_last_words and not opens_with_first_name(span):
            return True
        before = doc[span.start - 1] if span.start > 0 else None
        if before is None or before.lower_ not in self.venue_prepositions or self._known_place(span.text) \
                or not all(t.is_title for t in span) or span[-1].text in CLUB_WORDS | {"City", "Town", "County"} \
                or span[0].text in self.org_first_words:
            return False  # (not "a win at Manchester City", "a spell at Real")
        return before.head.lemma_.lower() in self.contest_words | self.contest_verbs | self.venue_heads and (
            span.label_ in {"GPE", "LOC"}
            or span.label_ == "PERSON" and len(span) == 1 and span.text not in first_names())
        # ("the tie at Millmoor", read as a person; not "a dig at Ferguson", "training at Loughborough")

    def _common_word_opening_a_sentence(self, span: Span, surnames: set[str], written: tuple[set, set]) -> bool:
        """A capitalised word opening a sentence (or a quotation) that the article writes elsewhere in lower case and
        nowhere else capitalised is a common word, no name ("Preview performances will now be held ... push back our
        preview performances"): one that describes the noun after it or is no noun at all (not "May said", a subject
        that may be a name, nor a surname, a known place or club)."""
        word = span[0]
        lower_words, inside_words = written
        if not word.is_title or not word.is_alpha or not _opens_a_sentence(word) or word.lower_ not in lower_words \
                or word.text in inside_words:
            return False
        if not (word.head.i > word.i and word.head.pos_ == "NOUN" or word.pos_ in {"DET", "PRON", "ADJ", "VERB"}):
            return False  # (a subject or an object may be a name: "May said")
        return word.text not in first_names() | surnames and word.text not in self.club_names \
            and not self._known_place(word.text)

    def _names_an_illness(self, span: Span, surnames: set[str]) -> bool:
        """A name ending in an illness's word ("Multiple Sclerosis", "Motor Neurone Disease"; org_nouns.json
        "disease_last_words"), or the person an illness is named for with a possessive mark ("Alzheimer's",
        "Parkinson's disease"; "disease_names") where the article names no one with that surname; not an institution
        named for one ("the Institute of Tropical Diseases", "the Alzheimer's Society")."""
        if len(span) > 1 and span[-1].lower_ in self.disease_last_words:
            return not any(t.lower_ in {"of", "for"} for t in span)
        name = span.text
        for mark in POSSESSIVE_MARKS:
            name = name.removesuffix(mark)
        doc, after = span.doc, span.end + (name == span.text)  # the word after the possessive mark
        marked = name != span.text or (span.end < len(doc) and doc[span.end].text in POSSESSIVE_MARKS)
        named = after < len(doc) and doc[after].is_title  # "the Alzheimer's Society", "Parkinson's UK": a charity's
        return marked and not named and name in self.disease_names and name not in surnames

    def _home_of_a_sportsperson(self, span: Span) -> bool:
        """"Kent athlete Kelly Holmes", "Yorkshire runner Tom Hale": a known place right before the title of a sport
        played alone (roles.json individual_sport_titles) and a name is where the player comes from, no club (not
        "Bath lock Danny Grewcock")."""
        doc = span.doc
        if span.label_ not in {"ORG", "PERSON", "GPE", "LOC"} or span.end >= len(doc) or not doc[span.end].is_lower:
            return False
        for size in (1, 2):  # "athlete"; "long jumper"
            title = doc[span.end:span.end + size]
            if len(title) == size and span.end + size < len(doc) and doc[span.end + size].is_title \
                    and title.text.lower() in word_list("roles.json", "individual_sport_titles"):
                return self._known_place(span.text)
        return False

    def _known_place(self, name: str) -> bool:
        """A town, a country or a region the lists know, or a people's land ("Wales")."""
        return name in cities() or is_region(name) or is_state_or_country(name) or name in self.demonym_places \
            or name.lower() in self.variants

    def _names_no_place_or_body(self, span: Span) -> bool:
        """A word, or two or three capitalised ones ending in no organisation's word, that name no known place: a
        name the context may show to be a person's."""
        return (len(span) == 1 or len(span) <= 3 and all(t.is_title and t.is_alpha for t in span)
                and span[-1].text not in self.org_last_words) \
            and span.text not in cities() and not is_state_or_country(span.text) \
            and span.text.lower() not in self.variants  # ("Britain", "UK": countries by their variants)

    def _trim(self, span: Span, roles) -> Span | None:
        """Cut titles, determiners and possessives off a span; None when nothing of a name is left."""
        doc, start, end = span.doc, span.start, span.end
        if span.label_ == "ORG" and end - start >= 3 and doc[end - 2].lower_ == "of" and doc[end - 1].lower_ == "the" \
                and (doc[start].lower_ == "the" or start > 0 and doc[start - 1].lower_ == "the") \
                and _capitalised_run_end(doc, end) > end:  # "the Office of the | Deputy Prime Minister": a body
            end = _capitalised_run_end(doc, end)  # named for its holder's title, cut where the title starts (a
            # body written with "the"; not "Mr. Morgan of the | Sierra Club", a person and his organisation)
            span = Span(doc, start, end, label="ORG")
            roles = [r for r in roles if not start <= r.start < end]
        for role in roles:
            if span.label_ == "PERSON" and role.start == start and role.end < end and doc[role.end].lower_ == "of" \
                    and doc[role.start].lower_ in self.styled_titles:
                continue  # "the Prince of Wales": a person styled by the title, which is the name
            if role.start <= start and end <= role.end:
                return None
            if role.start <= start < role.end < end and (span.label_ == "PERSON" or (
                    span.label_ in {"ORG", "GPE", "NORP"} and opens_with_first_name(doc[role.end:end]))
                    or self._after_capitalised_title(doc[role.end:end], doc[role.start:role.end])
                    or _player_title_opening_a_sentence(doc[role.start:role.end], doc[role.end:end],
                                                        self.roles.player_titles)):
                start = role.end  # "President Donald Trump" -> "Donald Trump"; "General Motors" stays; "Lt Col Tom
                # Reed" read as an organisation is the person after the rank, as is "Hendry" of "Lord Justice Hendry"
                span = Span(doc, span.start, span.end, label="PERSON")
            if start < role.start and role.end == end and (doc[role.start].is_upper or all(
                    t.is_lower for t in doc[role.start:role.end]) or (
                    end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN")
                    or span.label_ == "NORP" or doc[start:role.start].text.lower() in self.variants):  # ("a
                # Republican Senator", "the Labour Leader": a people's or a party's word, then the title)
                end = role.start  # "the Labour MP", "the Liberal Democrat leader", "New York Attorney General Eliot
                # Spitzer" read as one name: the holder, the title after it (a name ends in no lower-case title)
                while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in self.roles.modifiers:
                    end -= 1  # "deputy" of "the Green Alliance deputy leader": the title's modifier
                if span.label_ in {"EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}:  # holder, the title after it
                    span = Span(doc, start, end, label="ORG")
            if start < role.start < end < role.end:
                end = role.start  # "Acting Detective" of "Acting Detective Chief Superintendent": the title's start
            portfolio_end = end + (end < len(doc) and doc[end].text == "Affairs")
            if role.start == portfolio_end and doc[portfolio_end - 1].text == "Affairs" and doc[role.start].is_title \
                    and role.role.split()[-1] in DEPARTMENT_TITLES and not any(t.lower_ == "of" for t in span):
                return None  # "the Monetary Affairs Commissioner", "Constitutional Affairs Minister": a portfolio
            if role.start == end and span.label_ == "ORG" and doc[role.start].is_title \
                    and role.role.split()[-1] in DEPARTMENT_TITLES:
                named = max((t.i + 1 for t in doc[start:end - 1] if t.text in self.org_last_words), default=end)
                end = named  # "Scottish National Party Justice Minister X", "Labour Party Health Spokesman Y": the
                # party's name ends at its last word, the department's words are the title's
                if end - start == 1 and not doc[start].is_upper and doc.text.count(doc[start].text) == 1:
                    return None  # "Fisheries Minister Ross Finnie": the department's word alone, no organisation
        if end < span.end and span.label_ != "GPE" and is_state_or_country(doc[start:end].text):
            span = Span(doc, start, end, label="GPE")  # "New York" of "New York Attorney General Eliot Spitzer"
        if end > start and all(t.lower_ in self.roles.modifiers for t in doc[start:end]):
            return None  # what is left is a title's modifier ("Acting"), no name
        if span.label_ != "PERSON" and end - start > 1 and (doc[start].lower_ in PERSONAL_HONORIFICS or (
                doc[start].lower_ in CLERICAL_HONORIFICS and doc[end - 1].is_title) or (
                doc[start].lower_ in RANKED_HONORIFICS | KINSHIP_TITLES and end - start <= 3
                and all(t.is_title for t in doc[start + 1:end]))):  # (not a title: "Uncle Roy All Around You")
            span = Span(doc, start, end, label="PERSON")  # "Ms Diemont", "Professor Curtice" read as a company: Ms or
            # Professor names a person (and a title is no part of the name)
            start += doc[start].lower_ in RANKED_HONORIFICS | KINSHIP_TITLES
        if end - start > 2 and span.label_ in NAME_LABELS - {"NORP", "LANGUAGE", "EVENT"} and doc[start].is_lower \
                and doc[start].lower_ in HYPHENATED_PREFIXES \
                and doc[start + 1].text in HYPHENS and not doc[start].whitespace_ and not doc[start + 1].whitespace_ \
                and doc[start + 2].is_title:
            start += 2  # "post-Enron rules", "anti-Bush protests": the name after the prefix
        while start < end - 1 and doc[start].text in self.not_names and not (span.label_ == "ORG" and (
                doc[end - 1].text in self.org_last_words or doc[end - 1].lower_ in self.media_nouns)):
            start += 1  # "by 1300 GMT Carnival's shares": the time zone ends the time, the name starts after it (not
            # "PC Pro Magazine": a thing's word opening an organisation's name that ends in a word of its kind)
        while start < end and (doc[start].lower_ in TRIM_START or (
                span.label_ == "PERSON" and end - start > 1 and doc[start].lower_ in POSSESSIVE_DETERMINERS) or (
                span.label_ == "PERSON" or all(t.lower_ in self.honorifics for t in doc[start:end])) and
                doc[start].lower_ in self.honorifics or (  # (an honorific alone is no name: "the Rt Rev")
                span.label_ == "PERSON" and end - start > 1 and doc[start].lower_ in KINSHIP_TITLES) or (
                span.label_ == "PERSON" and end - start >= 3 and doc[start].lower_ in self.person_nouns
                and doc[start + 1].is_title) or (  # "Actress Helen Hayes", "Soprano Judy Kaye": what, then who
                span.label_ in NAME_LABELS and start < end - 1 and (  # a date keeps its count: "two weeks"
                    _counted(doc[start]) or (doc[start].lower_ in QUANTIFIERS and _counted(doc[start + 1]))))):
            start += 1  # "the", "Mr", and "All four" of "All four Britons" (not "All" of "All Blacks")
        if end - start > 1 and doc[start].lower_ in self.person_nouns and doc[start].is_title \
                and doc[start].text not in demonyms() and doc[start].lower_ != "international" \
                and doc.text.count(doc[start + 1:end].text) > doc.text.count(doc[start:end].text):
            start += 1  # "Rapper Jay-Z becomes label boss" (a headline), "Jay-Z" written alone elsewhere: the
            # person (not "American League", "German-Israeli": a nationality's word, nor a name always so written)
        if end - start > 1 and doc[start].is_title and (
                (start == 0 or doc[start - 1].is_space) and _in_a_headline(doc[start]) and (
                    doc[start].pos_ == "ADJ" or doc[start].lower_.endswith("ed") and len(doc[start]) >= 6)
                or doc[start].is_sent_start and doc[start].lower_ in self.no_name_openers - STOP_WORDS
                and doc[start:end].text not in cities() and not is_state_or_country(doc[start:end].text)) \
                and doc[start].text not in first_names() \
                and doc.text.count(doc[start + 1:end].text) > doc.text.count(doc[start:end].text):
            start += 1  # "Troubled Marsh under SEC scrutiny" (a headline), "Marsh" written alone in the story; an
            # adjective opening a sentence likewise ("Rival Nintendo has sold more", "Nintendo" written alone too)
        if end - start > 1 and _opens_a_sentence(doc[start]) and doc[start].text not in first_names() and (
                doc[start].tag_ in {"RB", "CC"} and (doc[start].lower_ in self.no_name_openers or (
                    doc[start].tag_ == "RB" and doc[start].lower_.endswith("ly") and len(doc[start]) >= 6))
                or doc[start].lower_ in OPENING_DETERMINERS):
            start += 1  # "Often Pipex customers complain", "Unfortunately England lost", "Yet Evan Mann said",
            # '"Yet Britain's response', "Another Paterson try": an adverb, a conjunction or a determiner opening the
            # sentence (or a quotation), then the name
            rest = doc[start:end].text
            if span.label_ in {"ORG", "PERSON"} and is_state_or_country(self.variants.get(rest.lower(), rest)):
                span = Span(doc, span.start, span.end, label="GPE")  # "Yet Britain's response": the country
        if end - start > 2 and doc[start].lower_ in VAGUE_COUNTS and doc[start + 1].lower_ == "of":
            start += 2  # "Millions of Indonesians", "Thousands of Britons": a count, then who is counted
            if doc[start:end].text in demonyms() or is_people_word(doc[start:end]):
                span = Span(doc, span.start, span.end, label="NORP")
        if end - start > 2 and doc[start].text in demonyms() and opens_with_first_name(doc[start + 1:end]):
            start += 1  # "American Robby Ginepri beat ...": a nationality, then a person's name
            span = Span(doc, span.start, span.end, label="PERSON")
        if end - start == 1 and doc[start].text in OPENING_CONJUNCTIONS:
            return None  # "Whilst" read as a name
        if end - start > 1 and span.label_ == "PERSON" and doc[start].is_sent_start and doc[start].text in WH_WORDS:
            start += 1  # "Why Cell will get the hard sell" (a work's title may open so: "When Harry Met Sally")
        if end - start > 1 and doc[start].is_sent_start and (doc[start].pos_ in {"ADP", "SCONJ"} or doc[
                start].text in OPENING_CONJUNCTIONS) and doc[start].text in OPENING_PREPOSITIONS:
            start += 1  # "Despite Suprnova administrator Sloncek": a preposition opening the sentence
        if end - start > 1 and doc[start].is_sent_start and doc[start].is_title and doc[start + 1].pos_ == "PROPN" \
                and self._a_trade_noun(doc[start].lower_) and doc[start].text not in first_names() \
                and not (end - start == 2 and doc[start + 1].text in self.org_last_words):
            start += 1  # "Housebuilder George Wimpey said", "Miners Rio Tinto and BHP": a trade's noun opening the
            # sentence, then the company (not "Bank Leumi", "Group Lotus": a noun that opens names; not "Bankers Trust")
            span = Span(doc, span.start, span.end, label="ORG")
        if end - start > 1 and doc[start].is_sent_start and doc[start].tag_ in {"VBG", "VBN"} \
                and doc[start].pos_ == "VERB" and doc[start].text[:1].isupper():
            start += 1  # "Buying MCI would give ...", "Born Anthony John Meyer in 1920": a verb opening the
            # sentence, then its object named
        while end - start > 1 and doc[end - 1].is_lower \
                and doc[end - 1].lower_ in {"of", "the", "and", "for", "in", "a"}:
            end -= 1  # "General Motors of the" (a name run on into its sentence): the name ends at its last name word
        while end - start > 1 and span.label_ in {"ORG", "GPE", "PERSON", "NORP"} and doc[end - 1].is_lower \
                and doc[end - 1].lemma_ in self.work_nouns and doc[end - 2].text[:1].isupper():
            end -= 1  # "the BBC programme Go Digital", read "BBC programme": a work's noun after a name is the
            # name's work, no word of it (but "the Trump administration", an organisation as the gold sets write it)
        while end - start > 1 and doc[end - 1].like_num and not doc[end - 1].whitespace_ and end < len(doc) \
                and doc[end].is_alpha and doc[end].is_lower:
            end -= 1  # "World 100m champion": a number written against its unit is a measure's, no name's last word
            if end - start == 1 and doc[start].pos_ != "PROPN":
                return None  # and "World" left alone is a common noun
        while start < end and (doc[end - 1].text in POSSESSIVE_MARKS or (doc[end - 1].is_punct and not (
                doc[end - 1].text == "." and end - start > 1 and doc[end - 2].text in {"Jr", "Sr"}))  # "Dizon Sr."
                or end - start > 1 and doc[end - 1].lower_ in PERSONAL_HONORIFICS):
            end -= 1  # "Said Mr" of '"...," Said Mr Fogg': an honorific opens the next name, it ends none
        while end > start and doc[end - 1].text in self.roles.post_nominals:
            end -= 1  # "Philippe Sands QC", "a QC": an honour's or a rank's letters, no part of a name nor one alone
            if span.label_ != "PERSON" and end > start and all(t.is_title for t in doc[start:end]):
                span = Span(doc, span.start, span.end, label="PERSON")  # (only people have them)
        while span.label_ in {"PERSON", "ORG"} and end + 1 < len(doc) and end > start and doc[end].text == "-" \
                and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_title and (
                    span.label_ == "PERSON" or self._one_company_hyphenated(doc, end + 1)):
            end += 2  # "Sprinter Mark Lewis" of "Mark Lewis-Francis": a double-barrelled surname is one name; so is
            # "Chart" of "Chart-Track"
        if end - start == 1 and doc[start].is_sent_start and doc[start].lower_ in REPORTING_WORDS:
            return None  # a capitalised "Said" opening a sentence
        if end - start > 1 and doc[start].is_sent_start and doc[start].lower_ in REPORTING_WORDS \
                and doc[start + 1].is_title and end < len(doc) and doc[end].text in {":", ","}:
            start += 1  # "Said Williams: ...": the verb opening the sentence, then the speaker's name (not "Said
            # Business School won")
        if end - start == 1 and _a_common_word_opening(doc[start]):
            return None  # "Controversy and Lawrence Dallaglio have never been far apart", "Stay tuned"
        if start >= end:
            return None
        trimmed = Span(doc, start, end, label=span.label_)
        if start > span.start and is_people_word(trimmed) or end - start > 1 and trimmed.label_ != "NORP" and all(
                is_people_word(doc[i:i + 1]) for i in range(start, end)):
            trimmed = Span(doc, start, end, label="NORP")  # "British Muslim", "Asian Britons": a people's words alone
        if span.label_ in NAME_LABELS and not any(c.isupper() for c in trimmed.text):
            return None
        return trimmed

    def _one_company_hyphenated(self, doc: Doc, i: int) -> bool:
        """Whether the capitalised word at ``i``, after an organisation's name and a hyphen, is a word of that name
        ("Chart-Track"): not a place or a people ("the Anglo-French group"), not a title ("Treasury Under-Secretary"),
        not a word the article writes alone elsewhere (another company: "a Gazprom-Rosneft merger")."""
        word = doc[i].text
        return not self._known_place(word) and word not in demonyms() and doc[i].lower_ not in self.roles.titles \
            and not any(t.text == word for t in doc if t.i != i)

    def _a_trade_noun(self, word: str) -> bool:
        """"housebuilder", "miners", "carmakers", "retailers", "insurers": a company's trade, one or several
        (org_nouns.json description_nouns ending "-er" or "-maker", company_list_nouns, firm_trades)."""
        one = word[:-1] if word.endswith("s") else word
        return one in self.company_nouns and one.endswith(("er", "maker")) \
            or word in self.company_list_nouns or word in self.firm_trades

    def _after_capitalised_title(self, rest: Span, role: Span) -> bool:
        """"Lord Justice Hendry", "Solicitor General Ann Hale" read as one name: one to three capitalised proper
        nouns, no organisation's last word, right after a capitalised title of two words or more are its holder's
        name (a one-word title opens names: "General Motors")."""
        return len(role) >= 2 and role[0].is_title and role[-1].is_title and 1 <= len(rest) <= 3 \
            and all(t.is_title and t.pos_ == "PROPN" for t in rest) and rest[-1].text not in self.org_last_words

    def _names_organisation(self, span: Span) -> bool:
        """True when the name stands in apposition to (or in a list after) an organisation noun, has one in apposition
        after it (`_org_noun_in_apposition`), comes right before one as its name ("the Roc-A-Fella label"), or
        modifies a noun for its members ("Boko Haram fighters")."""
        token = span.root
        head = token.head
        if token.dep_ == "compound" and not is_people_word(span) and (
                head.lower_ in self.member_nouns or f"{head.lemma_.lower()}s" in self.member_nouns):
            return True  # "Boko Haram fighters"; not "Hutu rebels", a group of people
        if span.label_ == "PERSON" and token.dep_ == "compound" and head.i == span.end and head.is_lower \
                and head.tag_ == "NN" and head.lemma_.lower() in self.org_nouns:
            return True  # "Jay-Z's Roc-A-Fella label", "the Tata group" read as a person: the name before its kind
        if any(c.dep_ in {"compound", "nmod"} and c.i < span.start and c.lemma_.lower() in self.org_nouns
               for c in token.lefts):
            return True  # "the charity Oxfam", "the carmaker Volta"
        while token.dep_ == "conj" and token.head != token:
            token = token.head
        if self._org_noun_in_apposition(span):
            return True  # "Metrojaya, one of the largest retail groups in Malaysia", "Absa, a retail bank"
        if token.dep_ != "appos":
            return False
        head = token.head
        return head.lemma_.lower() in self.org_nouns and head.ent_type_ == ""

    def _after_a_firm_trade(self, span: Span) -> bool:
        """"auditors Grant Thornton", "bookmakers William Hill": one name right after a trade in the plural
        (org_nouns.json firm_trades) is a firm of the trade, first name or not; not names listed after it."""
        doc = span.doc
        return span.start > 0 and doc[span.start - 1].lower_ in self.firm_trades and doc[span.start - 1].tag_ == "NNS" \
            and (span.end >= len(doc) or doc[span.end].lower_ not in {"and", "&", ","})

    def _a_known_product(self, span: Span) -> bool:
        """"Windows", "Windows XP", "Internet Explorer 6", "PlayStation 2": a product the article need not describe
        (org_nouns.json known_products), alone or with a version after it (capitalised words, a number)."""
        for k in range(len(span), 0, -1):
            if span[:k].text in self.known_products:
                return all(t.is_title or t.is_upper or t.like_num for t in span[k:])
        return False

    def _split_maker_from_product(self, span: Span) -> list[Span]:
        """"the Microsoft Xbox", "an Apple iPod", read as one name: a maker's one-word name, written alone elsewhere in
        the article, before a known product (org_nouns.json known_products, with its version) is the maker and the
        product (as the gold sets write them; not "Big Mac", "Freddie Mac": no maker named alone)."""
        doc = span.doc
        if len(span) < 2 or span.label_ not in NAME_LABELS or not self._a_known_product(span[1:]) \
                or self._a_known_product(span) or not _written_alone_elsewhere(span[:1]):
            return [span]
        return [Span(doc, span.start, span.start + 1, label="ORG"),
                Span(doc, span.start + 1, span.end, label="PRODUCT")]

    def _described_company(self, span: Span) -> bool:
        """"oil giant Yukos", "US phone firm MCI", "US band Black Eyed Peas": one word, or capitalised words, right
        after a lower-case noun for a company (org_nouns.json description_nouns; for several words, not a hyphenated
        one: "film-maker Morgan Spurlock"), or set off by commas after it ("the developer, Rockstar, which"); "Yukos
        shares", "Yukos' largest shareholder": one owning shares (not a
        people's word: "the Italian stock exchange"; not a place owning a stock market: "Britain's stock market")."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.is_lower and before.tag_ in {"NN", "JJ"} \
                and before.lemma_.lower() in self.company_nouns and (len(span) == 1 or all(
                    t.is_title for t in span) and doc[before.i - 1].text not in HYPHENS):  # (singular: "the wedding
            # bands Ozzy gave her"; "blog analysis firm Technorati" tags "firm" an adjective)
            return True
        if before is not None and before.text == "," and span.start >= 2 and span.end < len(doc) \
                and doc[span.end].text == "," and doc[span.start - 2].is_lower and doc[span.start - 2].tag_ == "NN" \
                and doc[span.start - 2].lemma_.lower() in self.company_nouns and not opens_with_first_name(span):
            return True  # "the Edinburgh-based developer, Rockstar, which": the name set off after the noun
        after = [t for t in doc[span.end:span.end + 5] if not t.is_punct and t.text not in {"'s", "’s"}][:4]
        if after and after[0].lower_ == "largest":
            after = after[1:]
        # not "stock" before the noun it describes: "Britain's stock market", "Asia's largest stock exchange"
        return bool(after) and after[0].lower_ in SHARE_NOUNS and not (
            after[0].lower_ == "stock" and len(after) > 1 and after[1].pos_ == "NOUN" and after[0].dep_ == "compound")

    def _a_company_s_part(self, span: Span) -> bool:
        """"its Clearstream unit", "Unilever's Birds Eye division": a name the models read as a people, a place or
        a person, right before a noun for a part of a company that an owner's possessive opens (COMPANY_UNITS), is
        that part's name, a company; not a known place or a people's word ("its German unit")."""
        doc = span.doc
        if span.label_ not in {"NORP", "GPE", "LOC", "PERSON"} or span.end >= len(doc) \
                or doc[span.end].lower_ not in COMPANY_UNITS or span.root.head.i != span.end \
                or self._known_place(span.text) or is_people_word(span) or span.text in demonyms():
            return False
        return any(c.dep_ == "poss" for c in doc[span.end].children)

    def _before_a_software_noun(self, span: Span, spans: list[Span]) -> bool:
        """"its Internet Explorer web browser", "the Windows operating system": a name right before a lower-case
        noun for a piece of software (org_nouns.json "software_nouns"), whose head that noun is, is the product's
        name; not a name that speaks in the article ("Microsoft said ... the Microsoft browser": the company). So is
        one read as a person or a place before a noun for a kind of product ("product_kind_nouns": "the Cell
        processor"; not "Intel chips", the maker)."""
        doc = span.doc
        if span.label_ not in {"ORG", "GPE", "LOC", "PERSON", "NORP", "FAC"} or is_state_or_country(span.text) \
                or span.text.isupper():  # "the IBM operating system": an acronym is the maker's
            return False
        for words in self.software_nouns + (self.product_kind_nouns if span.label_ != "ORG" else []):
            after = doc[span.end:span.end + len(words)]
            if [t.lower_ for t in after] == words and all(t.is_lower for t in after) \
                    and span.root.head.i in range(after.start, after.end):
                return not any(s.text == span.text and self._acts_as_a_maker(s, spans) for s in spans)
        return False

    def _acts_as_a_maker(self, span: Span, spans: list[Span]) -> bool:
        """A mention that shows the name is the company, not its product: an owner ("Apple's"), a speaker ("Apple
        said"), before a person's title ("an Apple spokesman") or right before another name ("Apple iPod")."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        return span.root.dep_ == "poss" or after is not None and after.text in {"'s", "’s"} \
            or span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in word_list("quote_cues.json", "verbs") \
            or after is not None and after.lower_ in SPOKESPEOPLE | word_list("roles.json", "titles") \
            or any(s.start == span.end for s in spans)

    def _place_noun_after(self, span: Span) -> str | None:
        """"the Bernabeu stadium", "the Maze prison": a name right before a lower-case noun for a building
        (org_nouns.json "geographic_last_words" FAC) is its name, a FAC; "Phuket island", "the Sinai peninsula",
        "Aceh province" read as an organisation or a person: a natural feature's (LOC) or a region's (GPE). None
        where no such noun follows, or the name is a known country or town ("Madrid airport")."""
        after = span.doc[span.end] if span.end < len(span.doc) else None
        feature = self.geographic_last_words.get(after.lower_) if after is not None and after.is_lower else None
        if feature is None or span.root.head != after or is_state_or_country(span.text) or span.text in cities() \
                or after.dep_ == "compound":
            return None  # (nor a noun that is itself a modifier: "a BNP mosque leaflet")
        return feature if span.label_ in {"ORG", "PERSON"} or feature == "FAC" and span.label_ in {"GPE", "LOC"} \
            else None

    def _in_a_deal(self, span: Span) -> bool:
        """Whether the name bids, takes over or merges, or is bought (org_nouns.json "deal_nouns", "deal_verbs"):
        "Verizon has won a takeover battle", "Verizon's bid", "a higher bid from Qwest", "the takeover of MCI", "to buy
        Yuganskneftegas" (not in an article about sport: "Chelsea bought Drogba"); not a country, state or town."""
        token = span.root
        deals = self.deal_nouns if span.label_ == "PERSON" else self.deal_nouns | self.bid_nouns
        if is_state_or_country(span.text):
            return False
        if token.dep_ == "dobj" and token.head.lemma_.lower() in self.deal_verbs and span.text not in cities():
            return not about_sport(span.doc, word_list("relation_verbs.json", "team_words"))
        if token.dep_ == "poss" and token.head.lemma_.lower() in deals:
            return True
        if token.dep_ == "pobj" and token.head.lower_ in {"of", "from", "for", "by"} \
                and token.head.head.lemma_.lower() in deals:
            return True
        if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
            return any(c.dep_ == "dobj" and (c.lemma_.lower() in deals or any(
                g.dep_ == "compound" and g.lemma_.lower() in deals for g in c.children)) for c in token.head.children)
        return False

    def _org_noun_in_apposition(self, span: Span) -> bool:
        """", one of the largest retail groups in", ", a leading retail bank,", ", India's second-largest petrochemicals
        company": an apposition after the name whose head is an organisation noun, read from the words (the parse
        often hangs "one of" elsewhere): a comma, "a", "an", "the", "one of the" or an owner's name and its mark, a few
        lower-case words or nationalities ("the Lebanese company founded by"), then the noun, with no noun after it ("a
        bank manager" is a person) nor a verb (", the bank said", where it opens a clause)."""
        doc, i = span.doc, span.end
        if i + 2 >= len(doc) or doc[i].text != ",":
            return False
        i += 1
        owner = next((j for j in range(i + 1, min(i + 4, len(doc))) if doc[j].text in POSSESSIVE_MARKS), None)
        if doc[i].lower_ == "one" and i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ == "the":
            i += 3
        elif doc[i].lower_ in {"a", "an"}:
            i += 1
        elif doc[i].lower_ == "the" and owner is None:
            i += 1  # ", the Lebanese company founded by"
        elif owner is not None and (all(t.text[:1].isupper() or t.lower_ == "the" for t in doc[i:owner])
                                    or doc[i:owner].text.lower() in SCOPE_OWNERS):
            i = owner + 1  # ", India's second-largest petrochemicals company": its country's, or its owner's; ", the
            # world's biggest reinsurer"
        else:
            return False
        for token in doc[i:i + 6]:
            if token.text == "-" or token.is_title and is_people_word(doc[token.i:token.i + 1]):
                continue  # "second-largest", "the Lebanese company"
            if not token.is_lower:
                return False
            if token.tag_ in {"NN", "NNS"} and token.lemma_ in self.org_nouns:
                after = doc[token.i + 1] if token.i + 1 < len(doc) else None
                if after is not None and after.text in HYPHENS:
                    continue  # "the school-based drama serial": a modifier's word
                verb = next((t for t in doc[token.i + 1:token.i + 3] if t.pos_ != "ADV"), None)
                if verb is not None and verb.tag_ in FINITE_VERB_TAGS:
                    return False  # ", a French company said", ", the company now sells": the noun opens a clause
                return after is None or not (after.is_lower and after.pos_ == "NOUN")
        return False

    def _work_or_product(self, span: Span, previous: Span | None) -> Span:
        """"the series Playboyz", "games such as Halo 2" (and the names listed after it), an organisation named once
        between "the" and a work noun ("the Finding Nemo video game"): a creative work; a name opening with a
        facility's word ("Camp Delta"; facility_first_words) a facility;
        not a name that opens a clause after the work noun ("After the film Daniel Craig went to Paris");
        "Dove soap", "the Slimfast range", read as a person (not "UK phone users"), a name after or in apposition to a
        product's noun ("the drug Tysabri") and a name shaped like "iPod": a product (data: work_nouns, product_nouns,
        named_product_heads in org_nouns.json)."""
        doc = span.doc
        if span.label_ not in NAME_LABELS or span.label_ in {"WORK_OF_ART", "PRODUCT"}:
            return span
        cue = span.start - 1
        if cue >= 1 and doc[cue].text in TITLE_OPENING_QUOTES and span.end < len(doc) \
                and doc[span.end].text in TITLE_CLOSING_QUOTES:
            cue -= 1  # "the film 'Ray'", 'the song "Yesterday"': a title in quotation marks after its noun
        if cue >= 1 and doc[cue].lower_ == "the" and (
                doc[cue - 1].lower_ in self.work_nouns or doc[cue - 1].lower_ == "as"):
            cue -= 1  # "its popular game The Sims", "films such as The Fog"; "the horror classic Halloween" (an
            # adjective right before the name)
        if cue >= 1 and doc[cue].lower_ == "as" and doc[cue - 1].lower_ == "such":  # "titles (for) such as X"
            cue = next((i for i in range(cue - 2, max(cue - 5, -1), -1) if doc[i].lower_ in self.work_nouns), -1)
        listed = previous is not None and previous.label_ == "WORK_OF_ART" and previous.end == span.start - 1 \
            and doc[previous.end].text in {",", "and"} \
            and not (span.end < len(doc) and doc[span.end].lower_ in POSSESSIVE_MARKS)  # (not the next work's maker:
        # "Blue Harbour, Tomas Varga's Winter Lanterns")
        subject_after = span.root.dep_ in {"nsubj", "nsubjpass"} and cue >= 0 and doc[cue].dep_ != "compound" \
            and not (cue >= 1 and (doc[cue - 1].pos_ in {"NOUN", "ADJ"}
                                   and (doc[cue - 1].is_lower or doc[cue - 1].is_sent_start)
                                   or doc[cue - 1].pos_ in {"PROPN", "NUM"} and doc[cue - 1].head.i == cue)) \
            and not (doc[cue].dep_ == span.root.dep_ and doc[cue].head == span.root.head) \
            and not span.start <= doc[cue].head.i < span.end \
            and not (cue == span.start - 1 and cue > 0 and doc[cue - 1].lower_ == "the" and doc[cue - 1].is_sent_start
                     and not (span.root.head.dep_ == "relcl" and span.root.head.head.i == cue
                              and doc[cue].dep_ != "ROOT"))
        # ("The comedy Sideways has won", parsed as two subjects of one verb or its noun as the root, "His novel Cold
        # Marsh sold well", the noun parsed as the name's modifier: one noun phrase opening the sentence; a noun a
        # word of its kind describes is the name's own description: "Shooting on period drama Tulip Fever ... was
        # postponed"; "ITV1 drama Filthy Love was nominated": a broadcaster's; not "The drama Tom Reed wrote was shown":
        # the name a relative clause's subject, on a noun with a verb of its own)
        box_office = cue >= 1 and doc[cue - 1].lower_ == "office" and doc[cue].lower_ in {"hit", "hits"}
        after = span.end + (span.end < len(doc) and doc[span.end].text == ",")
        starring = after < len(doc) and doc[after].lower_ in {"starring", "co-starring"} \
            and not opens_with_first_name(span)  # "The Libertine starring Johnny Depp", "Joey, starring Matt LeBlanc"
        if listed or starring or (cue >= 0 and doc[cue].lower_ in self.work_nouns and not subject_after and (
                doc[cue].pos_ == "NOUN" or box_office or (  # "box office hits Vera Drake", "hits" read as a verb
                doc[cue].pos_ == "ADJ" and cue == span.start - 1 and not opens_with_first_name(span)))) \
                or self._award_or_role_work(span) or self._award_winning_work(span):
            start = span.start - (span.start > 0 and doc[span.start - 1].text == "The")  # its title's "The"
            return Span(doc, start, span.end, label="WORK_OF_ART")
        if span.label_ == "ORG" and span.start > 0 and doc[span.start - 1].lower_ == "the" and _named_once(span) \
                and any(t.lower_ in self.work_nouns and t.is_lower and not (  # not "the 20th Century Fox film studio"
                    t.dep_ == "compound" and t.head.i > t.i and t.head.lower_ not in self.work_nouns)
                        for t in doc[span.end:span.end + 2]) \
                and not names_news_outlet(span.text):
            return Span(doc, span.start, span.end, label="WORK_OF_ART")  # "the Finding Nemo video game"
        if len(span) > 1 and span[0].text in self.facility_first_words and span.label_ in NAME_LABELS - {"FAC"}:
            return Span(doc, span.start, span.end, label="FAC")  # "Camp Delta", "Camp Bastion"
        if span.end + 1 < len(doc) and doc[span.end].lower_ in self.product_nouns \
                and doc[span.end + 1].lemma_.lower() in NAMED_COMPANY_HEADS \
                and span.label_ in {"PERSON", "PRODUCT", "GPE"} and not opens_with_first_name(span):
            return Span(doc, span.start, span.end, label="ORG")  # "the Maserati car company": the company's own
            # name (not "the Dove soap maker", which makes what the name names)
        if span.end < len(doc) and doc[span.end].lower_ in self.product_nouns \
                and span.label_ == "PERSON" and not opens_with_first_name(span):
            return Span(doc, span.start, span.end, label="PRODUCT")
        before = doc[span.start - 1] if span.start > 0 else None
        if not opens_with_first_name(span) and (
                before is not None and before.lower_ in self.named_product_heads and before.tag_ in {"NN", "NNS"}
                and (span.start <= before.head.i < span.end or span.root.head == before
                     or before.head == span.root.head != before)
                and not _subject_of_a_relative_gap(span)
                or self._described_as_a_product(span)):
            return Span(doc, span.start, span.end, label="PRODUCT")  # "multiple sclerosis drug Tysabri", "its phone
            # Walkman" (not "the phone Vodafone sold"), "Avonex, Biogen Idec's existing drug"; "includes iTunes, web
            # browser Safari", parsed as two objects of one verb
        end = span.end + (span.end < len(doc) and MODEL_CODE.fullmatch(doc[span.end].text) is not None
                          and span[-1].whitespace_ != "")
        if len(span) == 1 and end > span.end or len(span) > 1 and MODEL_CODE.fullmatch(span[-1].text):
            return Span(doc, span.start, end, label="PRODUCT")  # "SonyEricsson P900", "the Orange E200", "Airbus
            # A380": a maker's name and a model's code, however the models read them (not "Channel 4", "FTSE 100")
        if len(span) == 1 and INTERNET_PRODUCT_SHAPE.fullmatch(span.text):
            return Span(doc, span.start, span.end, label="PRODUCT")  # "iPod", "iTunes", "iPlayer": a product's
            # name by its shape, however the models read it
        if span.label_ == "PERSON" and not opens_with_first_name(span) and _made_by_someone(span):
            return Span(doc, span.start, span.end, label="WORK_OF_ART")  # "Biscuit Bear by Mini Grey took the award"
        return span

    def _listed_kinds(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Its brands include Newcastle Brown Ale, Foster's, Strongbow and Kronenbourg", "brands such as Smirnoff
        vodka and Guinness stout", "hit films including Oscar nominee The Fisher King and teen comedy Adventures In
        Babysitting", "Rivals such as Tesco and Asda", "anti-depressants Paxil and Wellbutrin": the names listed after a
        plural noun for brands (org_nouns.json "brand_list_nouns"), works ("work_nouns"), companies
        ("company_list_nouns") or places
        (``PLACE_LIST_NOUNS``: "fishing ports like Peterhead or Fraserburgh") and "include", "like" or "such as" are
        products, works, organisations or places, whatever the models read; a short
        description may open an item ("teen comedy"); the list ends at the first word that continues no list ("...
        and Chevrolet in the US"), and an owner before its product ("Sony's Playstation") is none."""
        by_start = {s.start: s for s in spans}
        covered = {i for s in spans for i in range(s.start, s.end)}
        kinds: dict[int, str] = {}
        added: list[Span] = []
        for token in doc[:-2]:
            if token.lower_ in self.brand_list_nouns:
                kind = "PRODUCT"
            elif token.tag_ == "NNS" and token.lower_ in self.work_nouns:
                kind = "WORK_OF_ART"
            elif token.tag_ == "NNS" and token.lower_ in self.company_list_nouns:
                kind = "ORG"
            elif token.tag_ == "NNS" and token.lower_ in PLACE_LIST_NOUNS:
                kind = "GPE"  # "fishing ports like Peterhead or Fraserburgh", "towns including Hexham"
            else:
                continue
            i = token.i + 1
            if doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ in INCLUDE:
                i += 1  # "several films, including 1947's Nicholas Nickleby"
            if doc[i].lower_ in INCLUDE | {"like"}:
                i += 1
            elif doc[i].lower_ == "such" and doc[i + 1].lower_ == "as":
                i += 2
            elif token.dep_ == "nsubj" and (token.head.lemma_ == "include" or token.head.lemma_ == "be"
                                             and kind == "WORK_OF_ART") and token.i < token.head.i < len(doc) - 1:
                i = token.head.i + 1  # "Recent new models introduced by Ford include the Ford Five Hundred, ...",
                # "His films are Ray and Collateral"
            elif token.dep_ == "pobj" and token.head.lower_ == "among" and token.head.head.lemma_ == "be" \
                    and token.head.head.i == token.i + 1 and kind == "WORK_OF_ART":
                i = token.i + 2  # "Among the overlooked films were Hobson's Choice, Dirty Harry and King Kong"
            elif kind != "GPE" and token.tag_ == "NNS" and token.i + 1 in by_start and token.dep_ != "compound" \
                    and by_start[token.i + 1].root.dep_ not in {"nsubj", "nsubjpass"}:
                i = token.i + 1  # "anti-depressants Paxil and Wellbutrin", "rivals Tesco and Asda": the names right
                # after the plural noun (not "the products Apple sells": a clause's subject)
            else:
                continue
            while True:
                if doc[i].lower_ == "the" and i + 1 in by_start:
                    i += 1  # "the Ford Freestyle crossover, the Ford Mustang"
                i = _past_a_description(doc, i, by_start)
                if i not in by_start and kind == "GPE" and i < len(doc) and doc[i].pos_ == "PROPN" \
                        and doc[i].is_title and doc[i].is_alpha and i not in covered:
                    by_start[i] = Span(doc, i, i + 1, label="GPE")  # a town no model read ("ports like Peterhead")
                    added.append(by_start[i])
                if i not in by_start:
                    break
                end = by_start[i].end
                while kind != "ORG" and end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN":
                    end += 1  # "Smirnoff vodka": what the brand is
                if end + 1 < len(doc) and doc[end].text in POSSESSIVE_MARKS:
                    if doc[end + 1].is_title:
                        if kind == "PRODUCT" and end + 1 in by_start:
                            i = end + 1  # "Sony's Playstation", "Google's Blogger": the owner's product is the item
                            continue
                        break
                    end += 1  # "Foster's, John Smith's"
                dated = _after_a_year_s_mark(doc, i)  # "1947's Nicholas Nickleby"
                if (by_start[i].label_ != "PERSON" or not opens_with_first_name(by_start[i]) or dated) and not (
                        kind == "ORG" and by_start[i].label_ == "NORP") and not (
                        by_start[i].label_ == "GPE" and is_state_or_country(by_start[i].text)):
                    kinds[i] = kind  # (not a country: "Its rivals include Spain's biggest bank")
                if end < len(doc) and doc[end].text == ",":
                    end += 1
                if end < len(doc) and doc[end].lower_ in {"and", "or"}:
                    end += 1
                if end == by_start[i].end:
                    break
                i = end
        return sorted([Span(doc, s.start, s.end, label=kinds[s.start]) if s.start in kinds and s.label_ in NAME_LABELS
                       else s for s in spans] + [s for s in added if s.start in kinds], key=lambda s: s.start)

    def _described_as_a_product(self, span: Span) -> bool:
        """"Avonex, Biogen Idec's existing multiple sclerosis drug.": the noun phrase after the name's comma, ending
        in a product's noun (named_product_heads) before a stop or a comma, describes it (however the parse hangs
        it)."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].text != ",":
            return False
        return any(t.lower_ in self.named_product_heads and t.tag_ == "NN" and t.left_edge.i in (span.end, span.end + 1)
                   and (t.i + 1 == len(doc) or doc[t.i + 1].is_punct) for t in doc[span.end + 1:span.end + 12])

    def _an_award_before_its_laureate(self, span: Span) -> bool:
        """"Nobel economics laureate William Sharpe", "a Pulitzer prizewinner": a one-word name before a laureate's
        noun (laureate_nouns), at most two lower-case words between, is the award (an event), no employer."""
        doc = span.doc
        prize_labels = {"PERSON", "WORK_OF_ART", "PRODUCT"} | ({"ORG"} if len(span) > 1 else set())
        if 1 <= len(span) <= 3 and span.label_ in prize_labels \
                and all(t.is_title for t in span) and span.text.lower() not in self.party_names \
                and span[-1].text not in self.org_last_words \
                and span.end + 1 < len(doc) and _a_prize_won(doc, span.end, self.award_result_words):
            return True  # "Oscar nominee Sophie Okonedo", "Golden Globe winner Jamie Foxx", "Bafta-winning": a prize
        if len(span) != 1 or span.label_ not in {"ORG", "PERSON", "GPE", "NORP"}:
            return False
        following = doc[span.end:span.end + 3]
        return any(t.lower_ in self.laureate_nouns and all(w.is_lower for w in doc[span.end:t.i + 1])
                   for t in following)

    def _a_language(self, span: Span) -> bool:
        """"teach German", "speaks fluent French and learned Italian", "dubbed into English", "Spanish lessons": a
        people's one word as the object of a verb of language (language_verbs), or after its "in" or "into", or right
        before a noun of language (language_nouns), is the language."""
        if span.label_ != "NORP" or len(span) != 1:
            return False
        word, doc = span[0], span.doc
        if word.i + 1 < len(doc) and doc[word.i + 1].lower_ in self.language_nouns:
            return True
        while word.dep_ == "conj":
            word = word.head  # "learned Italian and Spanish": the list's first
        head = word.head
        if word.dep_ == "pobj" and head.lower_ in {"in", "into"}:
            head = head.head
        elif word.dep_ != "dobj":
            return False
        return head.pos_ == "VERB" and head.lemma_.lower() in self.language_verbs

    def _award_winning_work(self, span: Span) -> bool:
        """"The Aviator won best film", "Vera Drake took best picture", "Desperate Housewives was named top new
        drama": the subject of a verb whose object or complement is "best" or "top" and a category of a work's
        (award_categories that are no person's: not "best actor"; or a work's noun: "drama", "comedy")."""
        verb = span.root.head
        if span.root.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"} \
                or opens_with_first_name(span):
            return False
        categories = self.award_categories - PERSON_CATEGORIES
        if verb.lemma_.lower() in AWARD_VERBS:
            categories = categories | self.work_nouns  # ("Stuff is hosting a best-of gadget show": no prize)
        return any(c.dep_ in {"dobj", "oprd", "attr"} and c.lower_ in categories and any(
            a.lower_ in {"best", "top"} and a.dep_ == "amod" for a in c.children) for c in verb.children)

    def _award_or_role_work(self, span: Span) -> bool:
        """"won best actor for Ray", "best supporting actress for Closer", "the best debut performance prize for The
        Motorcycle Diaries" (a category of award_categories, or a prize's noun of award_prize_nouns, after "best", a
        lower-case word or two between), "best actress in a musical/comedy for Being Julia" (the category right after
        "best", then "in" and its kind of work): the work, unless the name opens with a known first name ("best
        director for Mike Leigh": the person who won); and what a director directed ("Weitz, who directed American
        Pie"), unless an acronym or an organisation's name. (A role's or a star's work: :func:`_works_after_their_cue`.)
        """
        doc, i = span.doc, span.start
        if span.root.dep_ == "dobj" and span.root.head.lemma_.lower() == "direct" and not opens_with_first_name(span) \
                and not span.text.isupper() and span[-1].text not in self.org_last_words:
            return True
        i -= i > 0 and doc[i - 1].lower_ == "the"  # "for The Motorcycle Diaries", its "The" cut off
        if i < 3 or doc[i - 1].lower_ != "for" or opens_with_first_name(span) \
                or re.search(rf"\b{re.escape(span.text)},? who\b", doc.text):
            return False  # ("best supporting actress for Cate Blanchett ... Cate Blanchett, who won": a person)
        best = next((t.i for t in reversed(doc[max(i - 8, 0):i - 2]) if t.lower_ == "best"), None)
        categories = self.award_categories | self.award_prize_nouns
        if best is None or not all(t.is_lower or t.text in {"/", "-"} for t in doc[best:i - 1]):
            return False
        return doc[i - 2].lower_ in categories or doc[best + 1].lower_ in categories and doc[best + 2].lower_ == "in"
        # ("best actress in a musical/comedy for Being Julia": the category, then its kind of work)

    def _people_by_person_noun(self, spans: list[Span], listed_under: dict[int, Token]) -> set[str]:
        """The names a person noun (org_nouns.json person_nouns) describes: right before the name ("Rapper Jay-Z",
        "rap star Jay-Z", lower case or opening the sentence, in the singular: "champions Chelsea" is a club, and so
        is "broadcaster ITV"), or as the plural subject of "include" before a list of names ("Def Jam's artists
        include LL Cool J, DMX and Ashanti"), or before "and other" and a plural person noun or title ("Mason and
        other administration officials"). No country, state, city or nationality ("seed Russian X"), and no name
        ending in an organisation's word ("rapper Roc-A-Fella Records"). ``listed_under``: :func:`_list_subjects`."""
        if not spans:
            return set()
        doc, found = spans[0].doc, set()
        nouns = self.person_nouns - {"champion", "broadcaster"}
        kinds = nouns | title_words()
        for span in spans:
            if span.label_ in NAMES_OF_PEOPLE_OR_PLACES and span.start > 0 \
                    and doc[span.start - 1].lower_ in FAMILY_NOUNS and doc[span.start - 1].is_lower and len(span) <= 2 \
                    and not is_state_or_country(span.text):
                found.add(span.text)  # "a disagreement with daughter Victoria": a relative, even with a town's name
                continue
            if span.label_ not in NAMES_OF_PEOPLE_OR_PLACES or span.start == 0 or is_state_or_country(span.text) \
                    or span.text in cities() or span[-1].text in self.org_last_words \
                    or span.text.lower() in self.party_names or span.text in demonyms() or is_people_word(span):
                continue
            if span.end < len(doc) and doc[span.end].lower_ in title_words():
                continue  # "Veteran Labour MP Jack Cunningham": the name before a title is where it is held
            before = doc[span.start - 1]
            if (before.tag_ == "NN" or (before.dep_ == "compound" and before.tag_ != "NNS")) \
                    and before.lemma_.lower() in nouns and (before.is_lower or before.is_sent_start) \
                    and not (span.start >= 2 and doc[span.start - 2].lower_ == "best"):  # "the best actor Bafta"
                found.add(span.text)
            elif span.start in listed_under and listed_under[span.start].lemma_.lower() in nouns:
                found.add(span.text)
            elif before.is_lower and before.lower_.endswith("s") and before.lower_ != before.lemma_.lower() \
                    and (before.lemma_.lower() in nouns or before.lower_[:-1] in nouns) \
                    and _listed_with_a_person(span, spans):  # (a plural the tagger may read as a verb: "actors")
                found.add(span.text)  # "racing millionaires JP McManus and John Magnier": a plural person noun
                # before names listed with a person's (not "champions Chelsea", one club)
            elif (noun := _and_others(span)) is not None and noun.lemma_.lower() in kinds:
                found.add(span.text)  # "grilling Mason and other administration officials"
        return found

    @staticmethod
    def _people_by_role(doc: Doc, spans: list[Span], roles) -> list[Span]:
        """Proper names the model missed that a role or an age marks as people: "Minister Ana Ruiz",
        "Ana Ruiz, a former analyst at ...", "Ana Ruiz, 34,". The name is a run of 2-3 capitalised proper nouns."""
        covered = {i for s in spans for i in range(s.start, s.end)}
        role_tokens = {i for r in roles for i in range(r.start, r.end)}
        found = []

        def name_run(start: int, step: int) -> tuple[int, int] | None:
            i, tokens = start, []
            while 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title and i not in covered \
                    and i not in role_tokens and len(tokens) < 3 \
                    and doc[i].lower_ not in PERSONAL_HONORIFICS | RANKED_HONORIFICS:  # "Mr Ebbers, 63,": no "Mr"
                tokens.append(i)
                i += step
            if len(tokens) < 2:
                return None
            return (min(tokens), max(tokens) + 1)

        for role in roles:
            if doc[role.start].is_title and role.end < len(doc):
                run = name_run(role.end, 1)  # "Minister Ana Ruiz"
                if run:
                    found.append(Span(doc, *run, label="PERSON"))
        for token in doc:
            if token.dep_ == "appos" and token.i in role_tokens and token.head.pos_ == "PROPN":
                run = name_run(token.head.i, -1)  # "Ana Ruiz, a former analyst"
                if run and run[1] == token.head.i + 1:
                    found.append(Span(doc, *run, label="PERSON"))
        for token in doc:  # "Summer Price, 34, will lead": an age in apposition
            if token.text == "," and token.i >= 2:
                run = name_run(token.i - 1, -1)
                if run and run[1] == token.i and _aged(Span(doc, *run)):
                    found.append(Span(doc, *run, label="PERSON"))
        return found

    def _people_by_first_name(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Joe Friday", "Theresa May", "Rita Summer": a known first name (first_names.json) and the capitalised
        proper noun after it are a person's name, even where that word is also a date or the models saw a place;
        the spans inside it give way. Not before a place word ("Victoria Street") or where an organisation, a work or
        a longer name holds those words."""
        out = list(spans)
        lone_people = {s.text for s in spans if s.label_ == "PERSON" and len(s) == 1}
        for token in doc[:-1]:
            following = doc[token.i + 1]
            candidate = Span(doc, token.i, token.i + 2, label="PERSON")
            if not (token.is_title and not token.is_stop and following.is_title and following.pos_ == "PROPN"
                    and following.lower_ not in self.place_last_words
                    and token.lower_ not in self.party_names):  # (not "Tory David Heathcoat-Amory": the party's)
                continue
            if (following.is_sent_start or not opens_with_first_name(candidate)) \
                    and not self._given_name_of(token, following, lone_people, spans):
                continue  # a known first name, or one the article shows is a given name
            inside = [s for s in out if s.start < candidate.end and candidate.start < s.end]
            people = [s for s in inside if s.label_ == "PERSON"]
            # the first name alone read as an organisation is no organisation's name ("Olivia" of "Olivia June")
            if any(s.label_ not in {"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME"}
                   and not s.start == s.end - 1 == token.i
                   and not self._person_read_as_a_body(s, candidate, lone_people) for s in inside) or any(
                    s.label_ != "PERSON" and (s.start < candidate.start or s.end > candidate.end) for s in inside) or any(
                    s.start <= candidate.start and candidate.end <= s.end for s in people):
                continue
            start = min([candidate.start] + [s.start for s in people])  # "Detective Joe" + "Friday"
            end = max([candidate.end] + [s.end for s in people])
            out = [s for s in out if s not in inside] + [Span(doc, start, end, label="PERSON")]
        return sorted(out, key=lambda s: s.start)

    @staticmethod
    def _person_read_as_a_body(span: Span, candidate: Span, lone_people: set[str]) -> bool:
        """"defeat British rival Greg Rusedski 4-6 7-6 ... Rusedski broke": a first name and a surname read as an
        organisation, where the article names the person by that surname alone: the person's name (not "Morgan
        Stanley", whose last word names no one alone)."""
        return span.label_ == "ORG" and (span.start, span.end) == (candidate.start, candidate.end) \
            and candidate[-1].text in lone_people and opens_with_first_name(candidate)

    def _given_name_of(self, token: Token, surname: Token, lone_people: set[str], spans: list[Span]) -> bool:
        """"Katerina Thanou is confident ... said Thanou": a capitalised proper noun no model read, right before a word
        the article names a person by alone elsewhere, is that person's given name (first_names.json knows few
        Greek, Slavic or African ones); never a title, a month or weekday, a place, a nationality or a name of
        another kind."""
        return surname.text in lone_people and token.pos_ == "PROPN" and token.is_alpha and not token.is_upper \
            and token.lower_ not in self.roles.titles and not looks_temporal([token.text]) \
            and not any(s.start <= token.i < s.end for s in spans) and not is_state_or_country(token.text) \
            and token.text not in cities() and token.text not in demonyms() \
            and not (token.i > 0 and token.doc[token.i - 1].is_title and not token.is_sent_start) \
            and all(t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == surname.text for t in token.doc
                    if t.text == token.text)  # (not mid-name; nor "Rotor Volgograd ... Rotor would play": a club's)

    @staticmethod
    def _short_person_mentions(doc: Doc, spans: list[Span]) -> list[Span]:
        """Surnames the model left untagged after the full name was seen ("... said William Ruto. Ruto said"), also
        one read as a date ("Theresa May ... May said"), unless written as a date ("in May", "May 5"), and one that
        is also a word, capitalised alone inside a sentence ("Ben Price ... ," Price added."; not "Price rises hit
        shoppers" nor "the Consumer Price Index"), or opening one as the subject of the verb right after it ("Pedro
        Mendes ... Mendes could not believe it", which the tagger reads as a plural noun; "Tom Bradly ... Bradly
        says", read as the verb's adverb)."""
        covered = {i for s in spans if not _dated_surname(s) for i in range(s.start, s.end)}
        surnames = {}
        for span in spans:
            if span.label_ == "PERSON" and len(span) > 1 and span[-1].is_title:
                surnames.setdefault(span[-1].text, span.end)
        found = []
        for token in doc:
            seen_at = surnames.get(token.text)
            if seen_at is not None and token.i >= seen_at and token.i not in covered and (
                    token.pos_ == "PROPN" or _capitalised_alone(token) or _aged(doc[token.i:token.i + 1])
                    or token.is_sent_start and (token.dep_ in {"nsubj", "nsubjpass"} or token.dep_ in {
                        "advmod", "npadvmod"} and token.head.i == token.i + 1) and token.head.pos_ in {
                        "VERB", "AUX"} and token.head.i > token.i
                    and all(t.pos_ in {"AUX", "PART", "ADV"} for t in doc[token.i + 1:token.head.i])):
                found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
        return found

    def _after_place_titles(self, doc: Doc, roles) -> set[int]:
        """Where a name after a title held for a town or seat (roles.json "place_titles") and "of" or "for" starts:
        "the former mayor of Leeds", "MP for Hull", "Mayor Ana Ruiz of Suarez" name the place, not the town's club,
        whatever the models read and wherever else the article names the club (a name with an organisation's last
        word, "mayor of Leeds City Council", keeps its reading)."""
        starts = set()
        for r in (r for r in roles if r.role in self.roles.place_titles):
            j = r.end  # "Mayor Luis Caicedo of Suarez": past the holder's name to the "of"
            while j < min(len(doc), r.end + 4) and doc[j].pos_ == "PROPN" and doc[j].is_title:
                j += 1
            if j + 1 < len(doc) and doc[j].lower_ in {"of", "for"}:
                starts.add(j + 1)
        return starts

    def _acronym_of_no_place(self, span: Span) -> bool:
        """"the IAAF", "LVMH", "GNER" read as a place or a people: an acronym of capitals (and digits: "BBC2"), six at
        most, that no list of places, peoples or variants knows is an organisation's ("UK", "US", "UAE" are known);
        not a word of a line written all in capitals ("BONN 1996-08-30", "SOCCER - JAPAN WIN")."""
        return span.label_ in {"GPE", "LOC", "NORP"} and len(span) == 1 and len(span.text) <= 6 \
            and ACRONYM.fullmatch(span.text) is not None and any(t.is_lower for t in span.sent) \
            and not self._known_place(span.text) and not self._known_place(span.text.title()) \
            and span.text not in demonyms() and span.text.title() not in demonyms()

    def _outlets_read_in_pieces(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Marcus Hawkins, editor of Digital Camera magazine", read as "Digital" and "Camera": the capitalised proper
        nouns right before a lower-case media noun (org_nouns.json "media_nouns") after "of", "at", "for" or "the" are
        the outlet's name, an organisation, where the models read them as two names or more, or as no organisation
        (never a place: "a Paris newspaper"). Wherever they stand, up to three such words the models did not read,
        none a known place, people, day or month, name the outlet too ("Heat magazine's editor Mark Frith", and
        opening a sentence, "Empire magazine's reviews editor"; not "a Sunday newspaper", "a Welsh newspaper", nor
        a word describing the name after the noun: "Fashion magazine Vogue")."""
        out = list(spans)
        for noun in doc[1:]:
            if not (noun.is_lower and noun.lower_ in self.media_nouns):
                continue
            start = noun.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                start -= 1
            owned = noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in POSSESSIVE_MARKS
            first = doc[noun.i - 1]
            if start == noun.i and owned and first.is_sent_start and first.is_title and first.pos_ == "NOUN":
                start = first.i  # "Empire magazine's reviews editor": a sentence's first word, tagged a common noun
            if start == noun.i:
                continue
            inside = [s for s in out if s.start < noun.i and start < s.end]
            if not inside:
                words = doc[start:noun.i]
                described = noun.i + 1 < len(doc) and doc[noun.i + 1].is_title and doc[noun.i + 1].pos_ == "PROPN"
                placed = any(t.text in DAY_NAMES or t.lower_ in MONTHS or t.text in demonyms()
                             or self._known_place(t.text) for t in words) or self._known_place(words.text)
                if len(words) <= 3 and not described and not placed:
                    out = _replacing(out, [Span(doc, start, noun.i, label="ORG")])
                continue
            if start < 1 or doc[start - 1].lower_ not in {"of", "at", "for", "the"} \
                    or any(s.start < start or s.end > noun.i or s.label_ in PLACE_LABELS for s in inside) \
                    or (len(inside) == 1 and inside[0].label_ == "ORG"):
                continue
            out = _replacing(out, [Span(doc, start, noun.i, label="ORG")])
        return out

    def _peers(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Lord Falconer", "Baroness Scotland", "Tory Treasurer Lord Ashcroft", "Lord Nicholls of Birkenhead": the
        capitalised name after a peer's honorific (roles.json "peerages"), up to "of" and at most two words unless a
        model read it whole, is a person's, whatever the models read over it, unless it opens a title ("Lord
        Chancellor", "Lord Justice Rix") or a work's name ("Lady Marmalade")."""
        names = []
        for token in doc[:-1]:
            first = doc[token.i + 1]
            if token.lower_ in self.roles.peerages and token.is_title and first.is_title and first.pos_ == "PROPN" \
                    and first.lower_ not in STOP_WORDS and first.lower_ not in self.roles.titles \
                    and not any(title.startswith(f"{token.lower_} {first.lower_}") for title in self.roles.titles):
                read = next((span.end for span in spans if span.start == first.i), None)  # "Campbell-Savours"
                end = read or min(_capitalised_run_end(doc, first.i), first.i + 2)
                end = next((t.i for t in doc[first.i + 1:end] if t.lower_ == "of"), end)
                names.append(Span(doc, first.i, max(end, first.i + 1), label="PERSON"))
        titles = [s for s in spans if s.label_ in {"WORK_OF_ART", "PRODUCT", "LAW"}]
        return _replacing(spans, [name for name in names if not _overlaps_any(name, titles)])

    def _unread_names(self, doc: Doc, spans: list[Span], roles) -> list[Span]:
        """Names no model read, by the words around them: the place a seat is held for ("MP for Wantage", "the mayor
        of Tinsley"), the name after a personal honorific ("Mr Balls"), a paper's or a channel's name before its noun
        ("The Mirror newspaper", and "Q magazine editor Paul Rees" before a title held there), and a run of
        capitalised proper nouns ending in an organisation's last word ("retail analyst Nick Bubb of Evolution
        Securities", roles.json "org_last_words"), a proper noun after a lower-case noun for a company ("filtering
        firm Ciphertrust"), never a sentence's opening function word."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for start in sorted(self._after_place_titles(doc, roles)):
            end = _capitalised_run_end(doc, start)
            if end > start and not taken & set(range(start, end)):
                found.append(Span(doc, start, end, label="GPE"))
                taken |= set(range(start, end))
        for after in doc[1:]:  # "Mr Balls stepped down": whoever a personal honorific names, a common noun or not
            if _honorific_before(doc, after.i) and after.is_title and after.is_alpha \
                    and after.i not in taken and after.lower_ not in STOP_WORDS:
                end = max(_capitalised_run_end(doc, after.i), after.i + 1)
                found.append(Span(doc, after.i, end, label="PERSON"))
                taken |= set(range(after.i, end))
        for token in doc[:-1]:  # the name of a paper or a channel before its noun, after "the" ("The Mirror newspaper
            # said") or before a title held there ("Q magazine editor Paul Rees")
            start, end = token.i, _capitalised_run_end(doc, token.i)
            if end > start and end < len(doc) and doc[end].is_lower and doc[end].lower_ in self.media_nouns \
                    and (start > 0 and doc[start - 1].lower_ == "the"
                         or end + 1 < len(doc) and doc[end + 1].lower_ in self.roles.titles) \
                    and not taken & set(range(start, end)) \
                    and (start == 0 or not doc[start - 1].text[:1].isupper() or doc[start - 1].is_sent_start):
                found.append(Span(doc, start, end, label="ORG"))
                taken |= set(range(start, end))
        for token in doc[1:]:  # "filtering firm Ciphertrust": a proper noun right after a lower-case noun for a
            # company, no model's name and no known first name, is the company
            before = doc[token.i - 1]
            if before.is_lower and before.lemma_.lower() in self.company_nouns and before.lemma_.lower() != "carrier" \
                    and token.is_title and token.pos_ == "PROPN" and len(token) > 2 and token.i not in taken \
                    and token.text not in first_names():  # (not "the aircraft carrier Enterprise", "company N / A")
                end = max(_capitalised_run_end(doc, token.i), token.i + 1)
                end += end < len(doc) and doc[end].is_digit  # "Manchester station Key 103": its number too
                if not taken & set(range(token.i, end)):
                    found.append(Span(doc, token.i, end, label="ORG"))
                    taken |= set(range(token.i, end))
        people = {s.start for s in spans if s.label_ == "PERSON"}
        for role in roles:  # "Vextal spokesman Tom Reed said": a proper noun opening the sentence right before an
            # organisation's title held by a person named after it, read by no model (inside a sentence they do; not
            # a player's position: "Star number eight Simon Taylor", nor a capitalised title's portfolio: "Trade
            # Commissioner Lena Varga")
            start = role.start - 1
            if start >= 0 and role.scope == "organisation" and role.end in people and doc[start].is_sent_start \
                    and role.role not in self.roles.player_titles and doc[role.start].is_lower \
                    and doc[start].pos_ == "PROPN" and doc[start].is_title and start not in taken \
                    and doc[start].lower_ not in STOP_WORDS and doc[start].text not in first_names() \
                    and not self._known_place(doc[start].text) and doc[start].text not in demonyms():
                found.append(Span(doc, start, start + 1, label="ORG"))
                taken.add(start)
        for acronym in self._unread_acronyms(doc, spans, taken, roles):
            for token in doc:
                if token.text == acronym and token.i not in taken:
                    found.append(Span(doc, token.i, token.i + 1, label="ORG"))
                    taken.add(token.i)
        i = 0
        while i < len(doc):
            end = _capitalised_run_end(doc, i)
            if end - i >= 2 and doc[end - 1].text in self.org_last_words and not taken & set(range(i, end)) \
                    and not (doc[i].is_sent_start and doc[i].lower_ in STOP_WORDS):
                found.append(Span(doc, i, end, label="ORG"))
            i = max(end, i + 1)
        found += _unread_surnames(doc, spans, taken | {k for s in found for k in range(s.start, s.end)})
        return found

    def _unread_acronyms(self, doc: Doc, spans: list[Span], taken: set[int], roles) -> set[str]:
        """"The FA is to take action ... The FA will seek reports": an acronym in capitals that no model read, written
        at least twice, once after "the" as a verb's subject, names an organisation (not a title's: "the MP said", nor
        a thing's: org_nouns.json "not_names", "the PC was"); so does one that is the initials of an organisation the
        models read ("the Financial Times ... the FT said")."""
        titled = {i for r in roles for i in range(r.start, r.end)}
        counts = Counter(t.text for t in doc if t.i not in taken and t.is_upper and t.is_alpha and 2 <= len(t) <= 5)
        initials = {_initials(s) for s in spans if s.label_ == "ORG" and sum(t.text[:1].isupper() for t in s) >= 2
                    and not any(t.is_upper for t in s)}  # (not "Sony PSP": "SP" of "Game Boy Advance SP")
        return {t.text for t in doc[1:] if counts[t.text] >= 2 and doc[t.i - 1].lower_ == "the"
                and t.dep_ in {"nsubj", "nsubjpass"} and t.i not in titled and t.text not in self.not_names
                and t.lower_ not in self.roles.titles} | {
            t.text for t in doc[1:] if t.text in counts and t.text in initials and t.text not in self.not_names
            and t.lower_ not in STOP_WORDS
            and (doc[t.i - 1].lower_ == "the" or not doc[t.i - 1].text[:1].isupper())}

    def _after_place_verbs(self, doc: Doc) -> set[int]:
        """Where a name after "in" that a verb of living or being based takes starts (org_nouns.json "place_verbs":
        "lives in Surrey", "was born in Madrid", "a Leeds firm based in Hull"): a place, whatever the models read
        (the CoNLL model makes many counties cricket clubs)."""
        return {t.i + 1 for t in (doc[i] for i in positions(doc, IN)) if t.i + 1 < len(doc) and t.head.pos_ == "VERB"
                and t.head.lemma_.lower() in self.place_verbs}

    def _place_describing_organisation(self, span: Span) -> Span:
        """"Porto club Vila Nova", "Bergen club Fjordhavn", "a Leeds firm", "the Lyon packaging firm": a city, state or
        country right before an organisation noun (a noun or two between) is where the organisation is, a place,
        however the models read it (they make many towns clubs); so is one before a resident noun ("a Leeds
        resident", "a Cardiff woman")."""
        doc, end = span.doc, span.end
        heads = self.org_nouns | self.resident_nouns
        noun = next((t for t in doc[end:end + 3] if not (t.is_lower and t.pos_ == "NOUN" and t.lemma_.lower()
                                                           not in heads)), None)  # "the Lyon packaging firm"
        if span.label_ in {"ORG", "PERSON"} and noun is not None and noun.is_lower and noun.pos_ == "NOUN" \
                and noun.lemma_.lower() in heads \
                and (span.text in cities() or is_state_or_country(span.text)):
            return Span(doc, span.start, span.end, label="GPE")
        return span

    def _after_place_nouns(self, doc: Doc) -> set[int]:
        """Where a name after a common noun of a place and "of" starts (org_nouns.json "place_nouns": "the town of
        Mocimboa da Praia", "the city of Vienne"; "resident_of_nouns": "a resident of Leeds"; after a plural noun,
        each name listed: "the London boroughs of Hillingdon and Wandsworth"): that place, whatever the models
        read."""
        starts = {t.i + 1 for t in (doc[i] for i in positions(doc, OF)) if 0 < t.i < len(doc) - 1
                  and doc[t.i - 1].is_lower and doc[t.i - 1].lemma_ in self.place_nouns | self.resident_of_nouns
                  and doc[t.i + 1].is_title}
        for start in list(starts):  # "the London boroughs of Hillingdon and Wandsworth": each place listed
            end = max(_capitalised_run_end(doc, start), start + 1)
            while end + 1 < len(doc) and doc[end].lower_ in {",", "and"} and doc[end + 1].is_title \
                    and doc[start - 2].lower_ != doc[start - 2].lemma_:
                starts.add(end + 1)
                end = max(_capitalised_run_end(doc, end + 1), end + 2)
        return starts

    def _described_as_places(self, doc: Doc) -> set[int]:
        """Where a name with a place noun in apposition after it starts ("Tessit, a garrison town in northeastern
        Mali", "Goma, the main city of"): that place, whatever the models read. The name is the capitalised run
        before the comma."""
        starts = set()
        for comma in (doc[i] for i in positions(doc, COMMA) if 0 < i < len(doc) - 2):
            if doc[comma.i + 1].lower_ not in {"a", "an", "the"}:
                continue
            words = doc[comma.i + 2:comma.i + 5]
            noun = next((t for t in words if not t.is_lower or t.lemma_ in self.place_nouns), None)
            if noun is None or noun.lemma_ not in self.place_nouns or noun.i + 1 >= len(doc) \
                    or doc[noun.i + 1].lower_ not in {"in", "of", "near", "on"}:
                continue
            start = comma.i
            while start > 0 and doc[start - 1].is_title:
                start -= 1
            if start < comma.i:
                starts.add(start)
        return starts

    def _nicknames_found(self, doc: Doc) -> list[Span]:
        """A club's nickname written as a name ("the Magpies", "Magpies chairman Freddy Shepherd"; org_nouns.json
        "club_nicknames"), as an organisation where the models found nothing; a plural at the start of a sentence only
        before a lower-case noun ("Wolves are back in the Highlands" is about wolves; "Barca lead the table" is not)."""
        found = []
        for _, start, end in self.nickname_matcher(doc):
            first = doc[start]
            if first.is_sent_start and doc[end - 1].lower_.endswith("s") \
                    and not (end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN"):
                continue  # (a plural that may be the animals; not "Barca lead the table", "Boro are fifth")
            found.append(Span(doc, start, end, label="ORG"))
        return found

    def _nickname_aliases(self, names: list[Span]) -> list[tuple[int, int, str]]:
        """A nickname and the club it names in this article: the one club of the nickname's clubs the article names
        by any of its names, as an organisation or as the town most are named after ("the Magpies" and "Newcastle";
        "the Hammers" and "West Ham", "West Ham United"), none when it names none or several; with the club's longest
        name in the article, the entity's name."""
        pairs = []
        for k, name in enumerate(names):
            clubs = self.nicknames.get(name.text)
            if not clubs:
                continue
            matches = [(j, c) for j, other in enumerate(names) if other.label_ in {"ORG", "GPE"} and j != k
                       for c, club_names in enumerate(clubs) if other.text in club_names]
            named, named_clubs = {j for j, _ in matches}, {c for _, c in matches}
            if len(named_clubs) == 1:
                pairs.append((k, min(named, key=lambda j: abs(names[j].start - name.start)),
                              max((names[j].text for j in named), key=len)))
        return pairs

    def _listed_after_org_noun(self, span: Span, spans: list[Span]) -> bool:
        """Surface fallback for a misparsed list: "two gangs in Mexico, Los Zetas and Barrio 18". A country or state
        is never such a name: "firms in Brazil, Chile and Peru" lists three places."""
        doc = span.doc
        if is_state_or_country(span.text):
            return False
        by_end = {s.end: s for s in spans if s.label_ in NAME_LABELS}
        element = span
        while element is not None:
            if element.start >= 2 and doc[element.start - 1].text == ",":
                i = element.start - 2
                place = by_end.get(i + 1)
                if place is not None and place.start >= 1 and doc[place.start - 1].lower_ in {"in", "from", "of"}:
                    i = place.start - 2  # skip a place attached to the noun: "groups in Ecuador,"
                if i >= 0 and doc[i].lemma_.lower() in self.org_nouns and doc[i].tag_ in {"NNS", "NN"}:
                    return True
            previous = element.start - 1
            element = by_end.get(previous) if previous >= 1 and doc[previous].text in {",", "and"} else None
        return False

    def to_disk(self, path, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_jsonl(path / "entity_patterns.jsonl", self.patterns)
        write_json(path / "roles.json", self.roles_data)
        write_json(path / "variants.json", self.variants)
        write_json(path / "org_nouns.json", self.org_nouns_data)

    def from_disk(self, path, exclude=tuple()) -> "NewsEntities":
        path = Path(path)
        self._load(read_jsonl(path / "entity_patterns.jsonl"), read_json(path / "roles.json"),
                   read_json(path / "variants.json"), read_json(path / "org_nouns.json"))
        return self


NAME_JOINERS = frozenset({"and", "of", "for", "the", "&", "on", "in"})


#: A number with its unit's letters written against it, as one token ("3GHz", "512MB").
GLUED_MEASURE = re.compile(r"\d[\d.,]*([A-Za-z]{1,4})")


def _a_measure(span: Span, unit_words: frozenset[str]) -> bool:
    """A span of one word that is a unit written against the number before it ("512MB", split as "512" "MB"), or a
    number and its unit as one token ("3GHz"): a measure, never a name (not "MB" standing alone, nor "3G")."""
    if len(span) != 1:
        return False
    glued = GLUED_MEASURE.fullmatch(span.text)
    if glued is not None:
        return glued.group(1).lower() in unit_words and len(glued.group(1)) > 1
    before = span.doc[span.start - 1] if span.start > 0 else None
    return span.text.lower() in unit_words and before is not None and before.like_num and not before.whitespace_


def _names_spelled_by_their_acronym(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Consumers Against Supermarket Privacy Invasion and Numbering (Caspian)", read as three names: a run of
    capitalised words (joined by "and", "of", "for", ...) whose initials spell the acronym written as a word or in
    capitals in brackets right after it, with or without the joiners' initials, is one organisation's name, where the
    models read an organisation inside it but not the whole."""
    out = list(spans)
    for i, token in enumerate(doc):
        if token.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")" or not doc[i + 1].is_alpha \
                or not 3 <= len(doc[i + 1]) <= 8 or not (doc[i + 1].is_title or doc[i + 1].is_upper):
            # ("(Caspian)"; one in capitals, "(ACPO)", the models mostly read with its name, which may hold a title:
            # "Chief Police Officers", and then it is left as read; "the US Food and Drug Administration (FDA)" they
            # may split)
            continue
        acronym, start = doc[i + 1].text.upper(), i
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper and doc[start - 1].is_alpha
                             or doc[start - 1].lower_ in NAME_JOINERS and start - 1 < i - 1):
            start -= 1
        for first in range(start, i - 1):
            words = list(doc[first:i])
            if not words[0].is_title or words[-1].lower_ in NAME_JOINERS:
                continue
            inside = [s for s in out if s.start < i and s.end > first]
            if _spells(acronym, words) and len(words) >= 3 \
                    and any(s.label_ == "ORG" for s in inside) \
                    and not any(s.start == first and s.end == i for s in inside):
                # (the models read an organisation in it, and not the whole name already; with the words before it
                # they read with it: "the US Food and Drug Administration (FDA)", read as "US Food")
                first = min([first] + [s.start for s in inside if s.label_ == "ORG" and s.start >= start])
                out = [s for s in out if s.end <= first or s.start >= i] + [Span(doc, first, i, label="ORG")]
                break
    return sorted(out, key=lambda s: s.start)


#: Nouns for a part of a company that its owner's possessive opens ("its Clearstream unit"): the name before one is the
#: part's, a company.
COMPANY_UNITS = frozenset({"unit", "division", "subsidiary", "arm"})


#: Last words of a saint's building or institution: a facility's, or an organisation's (as the gold sets write a
#: hospital or a school).
SAINTS_FACILITY_WORDS = frozenset({"centre", "center", "church", "abbey", "chapel", "park", "square", "hall"})
SAINTS_INSTITUTION_WORDS = frozenset({"hospital", "school", "college", "university", "academy"})


def _saints_places(doc: Doc, spans: list[Span], geographic_last_words: dict[str, str]) -> list[Span]:
    """"St Enoch's Shopping Centre", "St Thomas' Hospital", "St Paul's Cathedral", read as "St Enoch" (a place or a
    person) and perhaps "Shopping Centre": a saint's name, its possessive mark and up to three capitalised words
    ending in a building's or an institution's word are one name (not "Manchester's Trafford Centre": no saint)."""
    out = list(spans)
    for span in spans:
        if len(span) < 2 or span[0].text not in {"St", "St."} or span.end + 1 >= len(doc) \
                or doc[span.end].text not in {"'s", "’s", "'", "’"}:
            continue
        end = span.end + 1
        while end < len(doc) and end - span.end <= 3 and doc[end].is_title:
            end += 1
        last = doc[end - 1].lower_
        label = "ORG" if last in SAINTS_INSTITUTION_WORDS else "FAC" if last in SAINTS_FACILITY_WORDS or (
            geographic_last_words.get(last) == "FAC") else None
        if end == span.end + 1 or label is None:
            continue
        out = [s for s in out if s.end <= span.start or s.start >= end] + [Span(doc, span.start, end, label=label)]
    return sorted(out, key=lambda s: s.start)


def _defined_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the Swedish Food Workers' Union (SFWU)", "the Internet Corporation for Assigned Names and Numbers (Icann)": an
    acronym in brackets right after an organisation (in capitals, or written as a word of its initials) is that
    organisation's mention, whatever label (or none) the model gave it, and so is the acronym everywhere
    else in the article ("IAAF" read as a country five times)."""
    by_start = {s.start: s for s in spans}
    out, defined = list(spans), set()
    for span in spans:
        i = span.end
        if span.label_ != "ORG" or i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        token = doc[i + 1]
        initials = _initials(span)
        if token.text.isalpha() and 2 <= len(token.text) <= 8 and (token.text.isupper() or (
                token.is_title and len(token.text) >= 3 and token.text.upper() == initials)):  # "(Icann)"
            other = by_start.get(i + 1)
            if other is not None:
                out.remove(other)
            out.append(Span(doc, i + 1, i + 2, label="ORG"))
            defined.add(token.text)
    out = [Span(doc, s.start, s.end, label="ORG") if s.text in defined and s.label_ in NAME_LABELS else s for s in out]
    return sorted(out, key=lambda s: s.start)


ALIAS_CUES = [["also", "known", "as"], ["better", "known", "as"], ["known", "as"], ["aka"], ["a.k.a."]]
# "Jay-Z, real name Shawn Carter", "Jay-Z (real name Shawn Carter)", "whose real name is Shawn Carter", "Elton John,
# born Reginald Dwight": a person's stage name and the name they were given, which the entity is named by
REAL_NAME_CUES = [["real", "name"], ["whose", "real", "name", "is"], ["born"], ["birth", "name"]]


def _aliases(names: list[Span]) -> list[tuple]:
    """"JK, also known as Jason King", "Jason King (better known as JK)", an organisation and another name of it in
    brackets right after it ("Sberbank (Savings Bank)"): the two names are one referent. Pairs of
    indexes into ``names``, each name followed by an alias cue and the other name; a person's real name ("Jay-Z,
    real name Shawn Carter") comes as a third item, the name the entity takes."""
    if not names:
        return []
    doc = names[0].doc
    by_start = {s.start: k for k, s in enumerate(names)}
    pairs = []
    for k, name in enumerate(names):
        i = name.end
        glossed = names[by_start[i + 1]] if i + 1 < len(doc) and doc[i].text == "(" and i + 1 in by_start else None
        if glossed is not None and name.label_ == glossed.label_ == "ORG" and glossed.end < len(doc) \
                and doc[glossed.end].text == ")" and not opens_with_first_name(name) \
                and not names_news_outlet(glossed.text) and not (
                    name.start > 0 and doc[name.start - 1].text == "," and glossed.end + 1 < len(doc)
                    and doc[glossed.end + 1].text == ","):
            pairs.append((k, by_start[i + 1]))  # "a Sberbank (Savings Bank) account": its name in other words (not
            # "..., Yannick Jauzion (Stade Toulousain), ...", a player of a list read as an organisation, his club;
            # nor "The Mighty Boosh (BBC Three)", a show and the channel it is on)
            continue
        named = _styled_person_named(name, by_start, names)
        if named is not None:
            pairs.append((k, named, names[named].text))  # "The Bishop of Durham, the Rt Rev Dr Tom Wright,"
            continue
        if i < len(doc) and doc[i].text in {",", "("}:
            i += 1
        for cue in ALIAS_CUES:
            if [t.lower_ for t in doc[i:i + len(cue)]] == cue and i + len(cue) in by_start:
                pairs.append((k, by_start[i + len(cue)]))
                break
        else:
            for cue in REAL_NAME_CUES:
                other = by_start.get(i + len(cue))
                if [t.lower_ for t in doc[i:i + len(cue)]] == cue and other is not None \
                        and name.label_ == names[other].label_ == "PERSON" and len(names[other]) > 1:
                    pairs.append((k, other, names[other].text))
                    break
    return pairs


def _styled_person_named(name: Span, by_start: dict[int, int], names: list[Span]) -> int | None:
    """The index of the person named in apposition to a styled title ("The Bishop of Durham, the Rt Rev Dr Tom
    Wright, said"; "the Duke of Edinburgh, Prince Philip,"): past "the", courtesy titles (roles.json) and a royal
    title, a name opened by a known first name (or after the royal title), set off by commas: one person."""
    doc = name.doc
    styled = word_list("roles.json", "styled_titles")
    if name.label_ != "PERSON" or len(name) < 3 or name[0].lower_ not in styled or name[1].lower_ != "of" \
            or name.end >= len(doc) or doc[name.end].text != ",":
        return None
    i = name.end + 1
    while i < len(doc) and (doc[i].lower_ in {"the", *REGNAL_TITLES} or doc[i].lower_ in word_list(
            "roles.json", "honorifics")):
        i += 1
    other = by_start.get(i)
    person = names[other] if other is not None else None
    if person is None or person.label_ != "PERSON" or person.end >= len(doc) or doc[person.end].text not in {",", "."}:
        return None
    return other if opens_with_first_name(person) or doc[i - 1].lower_ in REGNAL_TITLES else None


# Verbs whose "for" names the club a player joins or plays for ("signed for Gloucester", "played for Bath")
CLUB_VERBS = frozenset({"sign", "play", "score", "join", "debut"})


def _a_relatives_name(span: Span, companions: frozenset[str] | set[str]) -> bool:
    """A name in apposition to a family word ("Mr Begg's father, Azmat, said") or a companion's ("Anand Jain, a
    confidant of his brother"; ``companions``), or right after a family word that is owned ("his wife Sharon"): a
    person's."""
    token, doc = span.root, span.doc
    if token.dep_ == "appos" and token.head.lower_ in companions:
        return True
    if any(c.dep_ == "appos" and c.i >= span.end and c.lower_ in companions for c in token.children):
        return True
    before = doc[span.start - 1] if span.start > 1 else None
    return before is not None and before.lower_ in FAMILY_NOUNS and doc[span.start - 2].tag_ == "PRP$"


def _written_with_its_region(span: Span) -> bool:
    """"Trapper Creek, Alaska": a name followed by a comma and a known state, region or country (one or two words) is
    a town written with its region."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    return any(is_region(doc[span.end + 1:span.end + 1 + k].text) for k in (1, 2) if span.end + 1 + k <= len(doc))


def _named_as_employer(span: Span, after_a_title: frozenset[str] | set[str] = frozenset({"at"})) -> bool:
    """"a consultant at Cisco", "chief economist at Barings": the one word after a title and "at" (or another of
    ``after_a_title``: "consultant for Sophos") is where its holder works; "signed for Gloucester", "signed for
    Bath's rivals Gloucester": a town's club a player signs or plays for (not "signed for Jones"). No person either
    way."""
    token = span.root
    if token.dep_ == "appos" and token.head.dep_ == "pobj":
        token = token.head  # "Bath's rivals Gloucester"
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return (prep.lower_ in after_a_title and prep.head.is_lower and prep.head.lower_ in title_words()
            and prep.i == span.start - 1) or (prep.lower_ == "for" and prep.head.pos_ == "VERB"
                                               and prep.head.lemma_.lower() in CLUB_VERBS and span.text in cities())


def _surnames(spans: list[Span]) -> set[str]:
    """The last words of the people named in full."""
    return {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}


#: Nouns that make a surname before them a family ("the Ambani family"), no one person of it.
FAMILY_WORDS = frozenset({"family", "families", "clan", "dynasty"})


def _families(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the Osbournes", "the Clintons": the plural of the surname of someone named in full is the family, people;
    so is the surname before "family" ("the Ambani family", its word kept in the name: no one of them)."""
    surnames = _surnames(spans)
    families = []
    for s in spans:
        if len(s) == 1 and s.label_ != "PERSON" and s.text.endswith("s") and s.text[:-1] in surnames:
            s = Span(doc, s.start, s.end, label="PERSON")
        elif len(s) == 1 and s.text in surnames and s.end < len(doc) and doc[s.end].lower_ in FAMILY_WORDS:
            s = Span(doc, s.start, s.end + 1, label="PERSON")
        families.append(s)
    return families


def group_key(name: str) -> str:
    """A group's name as member words are matched to it: lower-cased, a leading "the" left out ("The Beatles" ->
    "beatles")."""
    return name.lower().removeprefix("the ")


def member_group_key(words: str) -> str:
    """The key of the group whose member these words make someone: the words made plural ("Beatle" -> "beatles",
    "Rolling Stone" -> "rolling stones")."""
    return f"{words.lower()}s"


def _without_group_member_word(doc: Doc, spans: list[Span]) -> list[Span]:
    """"late Beatle George Harrison", "Beach Boy Brian Wilson": a person's name read with the word that makes them
    a member of a group the article names ("the Beatles", "The Beach Boys") starts after that word, and the group
    (which the models often read as people, for its plural) is an organisation; the relations stage reads the
    membership. The word may also stand just outside the name ("Rolling Stone Keith Richards")."""
    groups = {group_key(s.text) for s in spans if s.label_ in {"ORG", "PERSON"} and s[-1].text.endswith("s")}
    named: set[str] = set()
    out = []
    for span in spans:
        if span.label_ == "PERSON":
            cut = next((k for k in range(1, len(span) - 1) if member_group_key(span[:k].text) in groups), None)
            if cut is not None:
                named.add(member_group_key(span[:cut].text))
                span = Span(doc, span.start + cut, span.end, label="PERSON")
            else:
                before = (doc[span.start - k:span.start] for k in (1, 2) if span.start >= k)
                named.update(key for words in before if all(t.is_title for t in words)
                             for key in [member_group_key(words.text)] if key in groups)
        out.append(span)
    return [Span(doc, s.start, s.end, label="ORG") if s.label_ == "PERSON" and group_key(s.text) in named else s
            for s in out]


def _people_by_honorific_surname(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Vince Cable ... Mr Cable": a name of two or three capitalised words read as something else whose last word
    the article gives with a personal honorific is that person."""
    titled = {s[-1].text for s in spans if s.label_ in NAME_LABELS and _honorific_before(doc, s.start)}  # "Mr
    # Nevzlin", whatever the models read "Nevzlin" as
    return [Span(doc, s.start, s.end, label="PERSON") if s.label_ in {"ORG", "GPE", "NORP", "LOC", "FAC"} and (
        (2 <= len(s) <= 3 and s[-1].text in titled and all(t.is_title for t in s))
        or (_honorific_before(doc, s.start) and s[0].is_title and len(s) <= 3)) else s
        for s in spans]  # "Mr Kilroy-Silk": whoever "Mr" names


def _honorific_before(doc: Doc, i: int) -> bool:
    """Whether a capitalised personal honorific ("Mr", "Ms", "Dr") stands right before token ``i``."""
    return i > 0 and doc[i - 1].lower_ in PERSONAL_HONORIFICS and doc[i - 1].is_title


def _bracketed_first_name_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    """The words of "(Ola) Tenvik" that neither model read as a name: one or two capitalised words in brackets
    right before a person's name are the person's first names."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for span in spans:
        if span.label_ != "PERSON" or span.start < 3 or doc[span.start - 1].text != ")":
            continue
        opening = next((i for i in (span.start - 3, span.start - 4) if i >= 0 and doc[i].text == "("), None)
        words = doc[opening + 1:span.start - 1] if opening is not None else []
        if words and all(t.is_title and t.pos_ == "PROPN" and t.i not in covered for t in words):
            found.append(Span(doc, opening + 1, span.start - 1, label="PERSON"))
    return found


def _acronym_definitions(names: list[Span]) -> list[tuple[int, int]]:
    """"the Pan-African Health Agency (PAHA)": an acronym in brackets right after an organisation's name is that
    organisation, whether or not its letters are the name's initials; so is one after a product's name ("PlayStation
    Portable (PSP)"). Pairs of indexes into ``names``."""
    by_start = {s.start: k for k, s in enumerate(names)}
    pairs = []
    for k, name in enumerate(names):
        doc, i = name.doc, name.end
        acronym = names[by_start[i + 1]] if i + 2 < len(doc) and doc[i].text == "(" and i + 1 in by_start else None
        if name.label_ in {"ORG", "PRODUCT"} and acronym is not None and len(acronym) == 1 \
                and acronym.end < len(doc) and doc[acronym.end].text == ")" and (
                    (acronym.label_ == name.label_ or acronym.label_ == "ORG" and name.label_ == "PRODUCT" and
                     acronym.text.isupper()) and (acronym.text.isupper() or acronym[0].is_title
                                                       and acronym.text.upper() == _initials(name))
                    or acronym.label_ in {"PERSON", "GPE", "NORP"} and acronym[0].is_title
                    and _letters_in_order(acronym.text, name.text.removeprefix("The "))) \
                and acronym.text[0] == name.text.removeprefix("The ")[0]:
            pairs.append((k, by_start[i + 1]))
    return pairs


def _initials(words) -> str:
    """The first letters of a name's capitalised words ("Internet Corporation for Assigned Names" -> "ICAN")."""
    return "".join(t.text[0] for t in words if t.text[:1].isupper())


def _letters_in_order(short: str, name: str) -> bool:
    """"Apacs" of "Association of Payment Clearing Services": a word of three to eight letters, each of them found in
    the name in order, as a short form said as a word takes them (the models read it as a person or a place)."""
    letters = iter(name.lower())
    return 3 <= len(short) <= 8 and short.isalpha() and all(c in letters for c in short.lower())


def _bracketed_first_names(names: list[Span]) -> list[tuple[int, int]]:
    """"(Jon Dahl) Tomasson", "(Zinedine) Zidane": a first name a writer added in brackets inside a quotation
    and the surname after them are one person. Pairs of indexes into ``names``."""
    by_start = {s.start: k for k, s in enumerate(names)}
    pairs = []
    for k, name in enumerate(names):
        doc, i = name.doc, name.end
        if name.label_ == "PERSON" and name.start > 0 and doc[name.start - 1].text == "(" and i + 1 < len(doc) \
                and doc[i].text == ")" and i + 1 in by_start and names[by_start[i + 1]].label_ == "PERSON":
            pairs.append((k, by_start[i + 1]))
    return pairs


DATE_LEAD_WORDS = {"in", "on", "since", "until", "till", "by", "from", "of", "last", "next", "this", "early", "late",
                   "mid", "during", "before", "after", "through", "throughout", "every", "each", "to"}


def _companies_by_first_word(spans: list[Span], variants: dict[str, str]) -> list[Span]:
    """"Texas Instruments ... Texas is keen to cash in": a one-word place the subject of a verb, after an organisation
    whose name it starts ("Texas Instruments"), is that organisation's short name; not after a preposition ("in
    Texas"), which is the place, nor a newspaper's first word, nor a country ("U.S. Southern Command ... the U.S.
    has"). A word read as a person or a place that names no known place and no one ("Virgin Radio ... Virgin says",
    "Southwest Airlines ... Southwest's shares") is so too, in any position but a preposition's object, where only
    an acronym is ("BT Retail ... from BT"; not "Llanelli Grammar School ... from Llanelli", a town the lists miss,
    whatever the models read)."""
    heads: dict[str, int] = {}
    for span in spans:  # not a newspaper's: "Washington said" after "The Washington Post" is the government
        if span.label_ == "ORG" and len(span) > 1 and span[0].is_title and not is_news_outlet(span.text):
            heads.setdefault(span[0].text, span.start)
    surnames = _surnames(spans)
    institutions = {s[0].text for s in spans if s.label_ == "ORG" and len(s) > 1 and (
        s[-1].text in INSTITUTION_HEADS or s[-1].lower_ in NAMED_INSTITUTION_HEADS)}

    def no_place_nor_person(s: Span) -> bool:
        """A word read as a person or a place that names no known place, no one and no institution's first word
        ("Zenora" of "Zenora Trust": the merges tell them apart or join them), an acronym anywhere, a word anywhere
        but after a preposition ("from Llanelli")."""
        text = variants.get(s.text.lower(), s.text)
        return (s.text.isupper() or s[0].dep_ != "pobj") and s.text not in institutions and not (
            is_state_or_country(text) or text in cities() or s.text in first_names() or s.text in surnames)

    return [Span(s.doc, s.start, s.end, label="ORG") if len(s) == 1 and heads.get(s.text, len(s.doc)) < s.start and (
        s.label_ in PLACE_LABELS and s[0].dep_ == "nsubj" and s[0].head.pos_ in {"VERB", "AUX"}
        and not is_country(variants.get(s.text.lower(), s.text))  # "the U.S. has"
        or s.label_ in PLACE_LABELS | {"PERSON"} and no_place_nor_person(s)) else s for s in spans]


#: Small words inside a name run between capitalised words ("Institute of International Affairs", "Lab for Mobile
#: Communications"); "and" only where "the" opens the whole name.
RUN_CONNECTORS = frozenset({"of", "for", "on", "&", "-"})


def _capitalised_run_start(doc: Doc, last: int, stops: set[int]) -> int:
    """Where the run of capitalised words ending at token ``last`` starts (a connector word between two of them
    belongs to it; a hyphen only written tight, "German-Sino"; not after a person's or a place's name, whose last
    tokens are ``stops``: "Joel Naroff of First Union"). The run never opens with a connector or a sentence's
    first word that is a common word ("The")."""
    def capitalised(token: Token) -> bool:
        return token.text[:1].isupper() or token.text[:1].isdigit() and any(c.isupper() for c in token.text)

    start = last
    while start > 0:
        before = doc[start - 1]
        if capitalised(before) and not before.is_sent_start and not before.is_space:
            start -= 1
        elif start > 1 and capitalised(doc[start - 2]) and start - 2 not in stops and (
                before.lower_ in RUN_CONNECTORS and (before.text != "-" or not before.whitespace_ and
                                                     not doc[start - 2].whitespace_)
                or before.lower_ == "and" and _opened_by_the(doc, start - 2)):
            start -= 2
        elif capitalised(before) and before.is_sent_start and before.pos_ == "PROPN":
            start -= 1
            break
        else:
            break
    return start


def _purpose_end(doc: Doc, i: int) -> int:
    """Where a body's name that ends before token ``i`` ends with what it is for or on ("Lab for Mobile
    Communications", "Committee on Human Rights"): capitalised words after "for" or "on", joined by "and"."""
    def named(token: Token) -> bool:
        return token.text[:1].isupper() and not looks_temporal([token.text])  # not "Council on Friday"

    if i + 1 >= len(doc) or doc[i].lower_ not in {"for", "on"} or not named(doc[i + 1]):
        return i
    end = i + 1
    while end < len(doc) and (named(doc[end]) or doc[end].lower_ == "and" and end + 1 < len(doc)
                              and named(doc[end + 1])):
        end += 1
    return end


def _opened_by_the(doc: Doc, i: int) -> bool:
    """Whether the capitalised words ending at token ``i`` follow a lower-case "the"."""
    while i > 0 and doc[i].text[:1].isupper():
        i -= 1
    return doc[i].text == "the"


def _awards_named_before_their_noun(doc: Doc, spans: list[Span], org_last_words: set[str]) -> list[Span]:
    """"including National Television, Royal Television Society and British Comedy awards": the names listed before
    "awards" (or "award") in lower case are the ceremonies, events, as written (the noun no part of the name, as the
    gold sets write "two Sony Radio awards"), unless one ends in an organisation's word (the Royal Television Society,
    which gives its awards) or is a people's word alone ("British awards") or a place ("US awards")."""
    def a_ceremony(span: Span) -> bool:
        return span.label_ in {"ORG", "NORP", "PERSON", "PRODUCT", "WORK_OF_ART"} and len(span) <= 4 \
            and span[-1].text not in org_last_words and span.text not in demonyms()

    by_end = {s.end: k for k, s in enumerate(spans)}
    out = list(spans)
    for noun in doc:
        if noun.lower_ not in {"awards", "award"} or noun.pos_ != "NOUN" or noun.i not in by_end \
                or not a_ceremony(spans[by_end[noun.i]]):
            continue
        k = by_end[noun.i]
        out[k] = Span(doc, spans[k].start, spans[k].end, label="EVENT")  # "British Comedy", as the gold sets write it
        while k > 0 and doc[spans[k - 1].end:spans[k].start].text.strip() in {",", "and", ", and"}:
            k -= 1
            if a_ceremony(spans[k]):
                out[k] = Span(doc, spans[k].start, spans[k].end, label="EVENT")  # "National Television"
    return out


def _without_headings_in_capitals(doc: Doc, spans: list[Span]) -> list[Span]:
    """"HOW IT ALL STARTED The first Academy Awards ...", "CONTROVERSIES AND OTHER GAFFES Three people have ...": a
    heading written in capitals inside a paragraph, a run of three words or more in capitals of which one is a small
    word ("IT", "AND", "WHO"), with the paragraph's sentence going on after it on its line, names nothing; a name
    read wholly inside it is dropped (a country or a state kept: "LIFE IN THE US"). A headline in capitals on a line
    of its own is no such heading ("LEICESTERSHIRE TAKE OVER AT TOP")."""
    in_heading: set[int] = set()
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and (doc[j].is_upper and doc[j].is_alpha or doc[j].text in {"-", "?", "'", "’"} and j > i):
            j += 1
        words = [t for t in doc[i:j] if t.is_alpha]
        inline = j < len(doc) and doc[j].is_title and not doc[j].is_upper \
            and "\n" not in doc[j - 1].whitespace_  # (a sentence goes on after it: no headline of its own line)
        if len(words) >= 3 and inline and any(t.lower_ in STOP_WORDS for t in words) \
                and sum(len(t) > 1 for t in words) >= 3:
            in_heading.update(range(i, j))
        i = max(j, i + 1)
    if not in_heading:
        return spans
    return [s for s in spans if not (all(t.i in in_heading for t in s) and not is_state_or_country(s.text))]


def _in_a_headline(token: Token) -> bool:
    """Whether the token's line is a headline: a line of its own with no full stop at its end."""
    doc = token.doc
    end = token.i
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    return end < len(doc) and doc[end - 1].text not in {".", "?", "!", '"', "”"}


def _named_once(span: Span) -> bool:
    """The name's words occur nowhere else in the article (a work named in passing, not the company behind it)."""
    return span.doc.text.count(span.text) == 1


def _capitalised_alone(token: Token) -> bool:
    """A capitalised word inside a sentence with no capitalised word beside it: written as a name."""
    doc = token.doc
    return token.is_title and not token.is_sent_start and token.i > 0 and not doc[token.i - 1].is_title \
        and not doc[token.i - 1].is_space and doc[token.i - 1].text not in {".", "!", "?", ":"} \
        and (token.i + 1 == len(doc) or not doc[token.i + 1].is_title)


def _surnames_read_as_dates(spans: list[Span], title_ends: set[int]) -> list[Span]:
    """"director Grace Friday": one word read as a person right after a title (``title_ends``: where titles end),
    then a one-word date written right after it with no word or mark between ("Friday", "May", "Summer"): one
    person, the date their surname (not before a number: "Grace May 5" stays a date). Known first names are read
    so before the models run (``_people_by_first_name``); this serves the ones first_names.json leaves out."""
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        if previous is not None and previous.label_ == "PERSON" and len(previous) == 1 \
                and previous.start in title_ends and span.start == previous.end and _dated_surname(span):
            out[-1] = Span(span.doc, previous.start, span.end, label="PERSON")
        else:
            out.append(span)
    return out


def _dated_surname(span: Span) -> bool:
    """A one-word DATE that reads as a name: not after "in", "last", ... and not before a number ("May said")."""
    doc = span.doc
    return span.label_ == "DATE" and len(span) == 1 and span[0].is_title \
        and not (span.start > 0 and doc[span.start - 1].lower_ in DATE_LEAD_WORDS) \
        and not (span.end < len(doc) and doc[span.end].like_num)


#: The last word of a company's name before "of" and its place ("Becton Dickinson Co. of Franklin Lakes").
COMPANY_LAST_WORDS = COMPANY_SUFFIXES | {"company", "corporation", "group", "s.a.", "ag", "gmbh", "n.v."}


#: A surname's particles written before it in lower or upper case ("R de Marigny", "D Dal Maso", "J van der
#: Westhuyzen", "A Lo Cicero", "F Du Preez").
SURNAME_PARTICLE = r"(?:[dD](?:[eiua]l?|os|e[rn])|[vV][ao]n|[lL][eao]|[tT]e[nr]) "
LINE_UP_SURNAME_WORDS = rf"(?:{SURNAME_PARTICLE})*(?:Mc|Mac)?[A-Z][a-z]*(?:['’][A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
#: A player in a team line-up: one or two initials and a surname ("H Southwell", "R O'Gara", "R Sowden-Taylor",
#: "KP Robertson", "J-P Grandclaude", "CA del Fava").
LINE_UP_PLAYER = re.compile(rf"\b[A-Z](?:-?[A-Z])?\.? {LINE_UP_SURNAME_WORDS}")
#: A player a line-up names in full among the initialled ones ("R de Marigny; Mirco Bergamasco, ...", "De Wet Barry").
LINE_UP_FULL_NAME = rf"\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )?{LINE_UP_SURNAME_WORDS}"
#: A line-up's entry, perhaps with a note in brackets ("G Bulloch (capt)", "J Yapp (Cardiff)"), the name in a group;
#: a line-up is three entries or more listed with commas or semicolons.
_LINE_UP_NAME = rf"{LINE_UP_PLAYER.pattern}|{LINE_UP_FULL_NAME}"
_LINE_UP_NOTE = r"(?: \([^()\n]{1,30}\))?"
LINE_UP_ENTRY = re.compile(rf"(?P<name>{_LINE_UP_NAME}){_LINE_UP_NOTE}")
_ANY_ENTRY = rf"(?:{_LINE_UP_NAME}){_LINE_UP_NOTE}"
LINE_UP = re.compile(rf"{_ANY_ENTRY}(?:\s*[,;]\s*{_ANY_ENTRY}){{2,}}")
#: Initialled players a run of names must list to be a line-up (not "New York, Hong Kong, Los Angeles").
LINE_UP_MIN_INITIALLED = 3
#: A surname in a line of surnames ("O'Leary", "D'Arcy", "N'Gotty", "Van Niekerk", "Rhys Jones", "MacLeod- Henderson",
#: "C Jones")
LINE_UP_SURNAME = re.compile(r"(?:\b[A-Z]\.? )?(?:Van |De |Le |La |Du )?(?:Mc|Mac|[A-Z]['’])?[A-Z][a-z]+"
                             r"(?:['’][A-Z][a-z]+)?(?:-\s?[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)?")
#: After a surname in a line-up: a note in brackets ("(capt)", "(Burns 61)": who came on, and when) or the minute of
#: a goal ("Rooney 68", "Dunne 75 og").
_SURNAME_NOTE = r"(?: \([^()\n]{1,30}\)| \d{1,3}(?: og| pen)?(?=[,.;]|$))?"
#: A team's line-up of surnames: a line of them, or a sentence of them in a line of such sentences ("... Stansfield
#: (Green 102). Subs Not Used: Smith, Scott. Booked: Fowler."), perhaps headed ("Replacements (from):", "Goals:",
#: a squad's "Forwards:" and "Backs:")
#: or after the team's name ("Man City: James, Mills (Wright-Phillips 83), ..."), or after a colon alone opening the
#: line, where the page's team name did not survive ("\n: Douglas, McNamara, Balde, ...").
SURNAME_LINE_UP = re.compile(
    rf"(?m)(?:^|(?<=[.!?] )|(?<=[.!?][\"”] ))"
    rf"(?:(?P<team>[A-Z][\w'’&.]*(?: [A-Z][\w'’&.]*){{0,2}}): (?=[^\n:]*,)|(?<![^\n]): (?=[^\n:]*,))??"
    rf"(?P<label>(?:Replacements|Subs|Substitutes|Forwards|Backs|Booked|Sent off|Goals?)"
    rf"(?: [Nn]ot [Uu]sed)?(?: \([a-z ]+\))?: )?"
    rf"(?P<names>{LINE_UP_SURNAME.pattern}{_SURNAME_NOTE}"
    rf"(?:\s*[,;]\s*{LINE_UP_SURNAME.pattern}{_SURNAME_NOTE})*)(?=\.?$|\. )")
#: A substitute in a line-up's note: "(Burns 61)".
LINE_UP_SUBSTITUTE = re.compile(rf"\((?P<name>{LINE_UP_SURNAME.pattern}) \d{{1,3}}\)")


#: Lower-case words a work's title may hold ("What a Girl Wants", "Genie in a Bottle", "The Goat or, Who is Sylvia?").
TITLE_INNER_WORDS = frozenset({"of", "the", "in", "from", "on", "at", "to", "for", "a", "an", "with", "is", "or",
                               "over", "who", "what", "my", "your", "me", "you", "without", "into", "about"})


def _works_listed_after_include(doc: Doc, spans: list[Span], work_nouns: set[str]) -> list[Span]:
    """"Her hits include What a Girl Wants, Dirrty and Genie in a Bottle", "Halloween sequels, including Halloween II,
    Halloween: Resurrection and ...", "films such as The Crucible, The Boxer and ...": after a plural work noun and
    "include" (or a comma and "including", or "such as" or "like"), each item of the list up to the sentence's end is
    a work's whole title, its capitalised words and the small words between them, whatever pieces the models read
    (people, places, organisations); so is each of a list written right after the noun with the works' years in
    brackets ("with films In The Name Of The Father (1994), The Crucible (1997) and The Boxer (1998)")."""
    works = []
    for cue in (doc[i] for i in positions(doc, INCLUDE) if doc[i].lemma_ == "include"):
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None) if cue.pos_ == "VERB" else None
        if cue.lower_ == "including" and cue.i > 1 and doc[cue.i - 1].text == ",":
            subject = doc[cue.i - 2]  # "a number of Halloween sequels, including Halloween II, ..."
        if subject is not None and subject.lower_ in work_nouns:
            works += _listed_titles(doc, cue.i + 1, work_nouns=work_nouns)
    for noun in doc:
        if noun.tag_ != "NNS" or noun.lower_ not in work_nouns or noun.i + 2 >= len(doc):
            continue
        examples, after = after_example_cue(doc, noun.i + 1), doc[noun.i + 1]
        if examples is not None:
            works += _listed_titles(doc, examples, strict=True)  # "films such as X"
        elif after.text[:1].isupper() and not after.is_punct:
            works += _listed_titles(doc, noun.i + 1, dated=True)  # "films In The Name Of The Father (1994), ..."
    products = {(s.start, s.end) for s in spans if s.label_ == "PRODUCT"}
    works = [w for w in works if (w.start, w.end) not in products]  # "Windows programs, including Internet
    # Explorer": a product read whole stays one
    return [s for s in _replacing(spans, works) if s.label_]


def _listed_titles(doc: Doc, i: int, dated: bool = False, strict: bool = False,
                   work_nouns: set[str] = frozenset()) -> list[Span]:
    """The works' titles listed from token ``i`` to the sentence's end, with commas and "and" (see
    :func:`_works_listed_after_include`); with ``dated``, only the titles each followed by its year in brackets
    ("The Boxer (1998)"), up to the first that is not; with ``strict`` (or ``dated``), a hyphenated title whole
    ("Ad-Aware"), and with ``strict`` only where a comma, "and", a bracket or the sentence's end closes it (not
    "Fahrenheit" of "Fahrenheit 9/11"). An item may open with its maker's name and a possessive mark ("Arnaud
    Desplechin's Kings And Queen") or with a word or two of its kind before one of ``work_nouns`` ("Police drama
    36"): the title is what follows them (the kind's words come back unlabelled, no name); a possessive before no
    title ends the list ("and France's number one film")."""
    works, end = [], doc[i].sent.end if i < len(doc) else i
    while i < end:
        if not doc[i].text[:1].isupper():
            break
        j = _title_end(doc, i, end)
        if j + 1 < end and (doc[j].lower_ in POSSESSIVE_MARKS or doc[j].lower_ in work_nouns and j - i <= 2) \
                and (doc[j + 1].text[:1].isupper() or doc[j + 1].like_num) and not doc[j + 1].is_punct:
            if doc[j].lower_ in work_nouns:
                works.append(Span(doc, i, j, label=""))  # ("Comedy drama": no name; dropped by the caller)
            i = j + 1  # the maker's name or the work's kind: the title after it
            j = _title_end(doc, i, end)
        elif j < end and doc[j].lower_ in POSSESSIVE_MARKS:
            break
        while (strict or dated) and j + 1 < end and doc[j].text == "-" and not doc[j].whitespace_ \
                and not doc[j - 1].whitespace_ and doc[j + 1].text[:1].isupper():
            j = _title_end(doc, j + 1, end)  # "Ad-Aware", "Super-Size Me"
        year = j + 2 < end and doc[j].text == "(" and doc[j + 1].like_num and len(doc[j + 1]) == 4 \
            and doc[j + 2].text == ")"
        if dated and not year:
            break  # (the list ends with the last title dated: "... and Martin Scorsese's Gangs Of New York (2003)")
        if strict and j < end and doc[j].lower_ not in {",", "and", "(", ".", ";"} and not doc[j].is_sent_end:
            break
        if j - i <= 8:
            works.append(Span(doc, i, j, label="WORK_OF_ART"))
        j += 3 if year else 0
        if j < end and doc[j].text == "," and j + 1 < end and doc[j + 1].lower_ == "and":
            j += 1
        if j < end and doc[j].lower_ in {",", "and"} and j + 1 < end and doc[j + 1].text[:1].isupper():
            i = j + 1
            continue
        break
    return works


def _works_before_others_of_their_kind(doc: Doc, spans: list[Span], work_nouns: set[str]) -> list[Span]:
    """"sang Hey Jude and other Beatles songs", "Vera Drake and other British films": a title before "and other" and a
    plural work noun (two words between at most) is a work's whole title, whatever pieces the models read."""
    works = []
    for i in positions(doc, OTHER):
        if i < 2 or doc[i - 1].lower_ != "and":
            continue
        noun = next((t for t in doc[i + 1:min(i + 4, len(doc))] if t.tag_ == "NNS"), None)
        if noun is None or noun.lower_ not in work_nouns or any(t.is_punct for t in doc[i + 1:noun.i]):
            continue
        end = start = i - 1
        opening = doc[end - 1].sent.start
        while start > opening and (doc[start - 1].text[:1].isupper() and not doc[start - 1].is_punct or (
                doc[start - 1].lower_ in TITLE_SMALL_WORDS and start - 1 > opening
                and doc[start - 2].text[:1].isupper())):
            start -= 1
        while start < end and doc[start].lower_ in TITLE_SMALL_WORDS:
            start += 1
        if 0 < end - start <= 8:
            works.append(Span(doc, start, end, label="WORK_OF_ART"))
    return _replacing(spans, works)


OTHER = frozenset({"other"})
#: Small words inside a title read backwards from "and other": articles, prepositions and "and" ("Live And Let Die");
#: not TITLE_INNER_WORDS, whose verbs and pronouns ("is", "who", "my") would carry the title back into its sentence.
TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "with"})


#: Plural nouns for a firm's brands: the names listed with them are brands, read as people or places by the models.
BRAND_NOUNS = frozenset({"brands", "marques", "labels", "brand"})


def _made_by_someone(span: Span) -> bool:
    """"Biscuit Bear by Mini Grey": a name followed by "by" and a person's name, the "by" on the name itself (not a
    verb's agent: "was praised by Tom Hale"): a work and its author."""
    doc = span.doc
    by = doc[span.end] if span.end + 1 < len(doc) else None
    return by is not None and by.lower_ == "by" and span.start <= by.head.i < span.end \
        and doc[span.end + 1].ent_type_ in {"PERSON", "PER"} and doc[span.end + 1].pos_ == "PROPN"  # (either model's)


def _past_a_description(doc: Doc, i: int, names: dict[int, Span]) -> int:
    """Where the name of a list's item starts, past a short description opening it ("Oscar nominee The Fisher King",
    "teen comedy Adventures In Babysitting", "the Stephen King adaptation The Dead Zone"): at most four words ending
    in a lower-case noun, no list's comma or "and" among them, or a year's possessive ("1947's Nicholas Nickleby");
    ``i`` itself where none is."""
    if i + 2 < len(doc) and _after_a_year_s_mark(doc, i + 2) and i + 2 in names:
        return i + 2
    for end in range(i + 1, min(i + 5, len(doc))):
        head = end - 1 - (doc[end - 1].lower_ == "the")  # ("... nominee The Fisher King", its "The" cut off)
        if end in names and head >= i and doc[head].is_lower and doc[head].pos_ == "NOUN" \
                and not any(t.is_punct or t.lower_ in {"and", "or"} for t in doc[i:end]):
            return end
    return i


def _after_a_year_s_mark(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a year and its possessive mark ("1947's Nicholas Nickleby")."""
    return i > 1 and doc[i - 1].text in {"'s", "’s"} and re.fullmatch(r"(?:1[89]|20)\d\d", doc[i - 2].text) is not None


def _brands_listed(doc: Doc, spans: list[Span]) -> list[Span]:
    """"whose brands include Penfolds, Rosemount and Lindemans", "owning the Beringer and Wolf Blass brands": names
    listed after a brand noun's "include", or before a brand noun, are brands, products, where the models read a
    person or a place; a record label's ("its labels include Factory") are organisations. (The names right after
    the noun and "include", "like" or "such as", whatever the models read: ``NewsEntities._listed_kinds``.)"""
    listed: dict[int, str] = {}
    for cue in (doc[i] for i in positions(doc, INCLUDE) if doc[i].lemma_ == "include" and doc[i].pos_ == "VERB"):
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in BRAND_NOUNS:
            listed.update((t.i, _brand_label(subject)) for t in doc[cue.i + 1:cue.sent.end]
                          if t.dep_ in {"dobj", "conj", "compound", "appos"})
    for noun in doc:
        if noun.lower_ in BRAND_NOUNS and noun.tag_ == "NNS":  # "the A and B brands": the names right before it
            i = noun.i - 1
            while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in {"and", ",", "&"}):
                listed[i] = _brand_label(noun)
                i -= 1
    return [Span(doc, s.start, s.end, label=listed[s.root.i]) if s.label_ in PEOPLE_OR_PLACES and s.root.i in listed
            else s for s in spans]


def _products_listed_with_products(spans: list[Span]) -> list[Span]:
    """"includes iTunes, web browser Safari, iPhoto, Garage Band and iDVD": a name the parse joins in one list with
    two products or more is a product too, where the models read a person, a place or a facility; not a person's name
    opened by a known first name ("the iPod, iTunes and Steve Jobs"), nor a known place, nor an organisation (a
    maker is listed with what it makes: "the Xbox, the PlayStation 2 and Nintendo")."""
    products = {s.root.i for s in spans if s.label_ == "PRODUCT"}
    if len(products) < 2:
        return spans
    return [Span(s.doc, s.start, s.end, label="PRODUCT") if s.label_ in PEOPLE_OR_PLACES
            and len({c.i for c in s.root.conjuncts} & products) >= 2 and not opens_with_first_name(s)
            and not known_place(s.text) else s for s in spans]


def _brand_label(noun: Token) -> str:
    """A record label's names are an organisation's; a brand's or a marque's, a product's."""
    return "ORG" if noun.lower_ in {"label", "labels"} else "PRODUCT"


#: Contractions written against a title's word ("You're", "Don't"; a possessive mark may be an owner's: "the BBC's
#: Songs Sung For You", see _work_title_end).
TITLE_CLITICS = frozenset({"'re", "n't", "'ll", "'ve", "'m", "'d", "’re", "n’t", "’ll", "’ve", "’m", "’d"})


def _title_end(doc: Doc, i: int, end: int) -> int:
    """Where a work's title starting at token ``i`` ends: its capitalised words and the small words between them, a
    contraction written against one ("You Know You're Right"), and a subtitle after a colon ("Halloween:
    Resurrection", "Grand Theft Auto: San Andreas")."""
    j = i + 1
    while j < end and (not doc[j].is_punct or doc[j].text == ":" and not doc[j - 1].whitespace_
                       and j + 1 < end and doc[j + 1].text[:1].isupper()):
        if doc[j].text == ":":
            j += 2
            continue
        k = j
        while k < end and doc[k].lower_ in TITLE_INNER_WORDS:
            k += 1  # "Genie in a Bottle": small words, then a capitalised one
        if k + 1 < end and doc[k].lower_ in TITLE_CLITICS and not doc[k - 1].whitespace_ \
                and doc[k + 1].text[:1].isupper():
            j = k + 2  # "You Know You're Right", "I Don't Like Mondays"
            continue
        if k < end and doc[k].text[:1].isupper() and not doc[k].is_punct:
            j = k + 1
            continue
        k = next((m for m in range(j, k) if not doc[m].is_title), k)
        if k > j and (k >= end or doc[k].is_punct or doc[k].is_lower and doc[k].pos_ in {"VERB", "AUX"}):
            j = k  # "Have I Got News For You": capitalised small words that end the title (before its verb: "If I
            # Ain't Got You received a nomination", "Have I Got News For You is back")
        break
    return j


def _works_titled_after_their_noun(doc: Doc, spans: list[Span], work_nouns: set[str],
                                   product_nouns: set[str] = frozenset(),
                                   credit_words: frozenset[str] = frozenset()) -> list[Span]:
    """"the thriller Hide and Seek", "TV show That's Life", "the comedy Harold and Kumar Get The Munchies", "a
    blog called Dogs without Borders": the title after a singular work noun (work_nouns in org_nouns.json; and
    "called", "named" or "entitled"), its capitalised words with the small words, apostrophes and hyphens between
    them, over "and" after a title's one first word, and a "?" that ends it ("the quiz Does the Team Think?"), is one
    work where the models read it as several names or a part of one, or, after a naming word, whatever they read it
    as ("a game called Football Manager"); and so is a product's name after one of ``product_nouns`` and a naming
    word ("a test service called MSN Spaces"). So is the title after a capitalised kind opening a sentence, whatever
    the models read it as, or read it into ("Comedy Fat Albert moved down the chart", "Comedy Meet The Fockers"). The
    title runs past a sentence split the parser made inside it, and stops before a preposition opening a name the
    models read ("brought teen soap Hollyoaks | to Channel 4"). Not in a headline, whose words are all capitalised."""
    works = []
    starts = {s.start for s in spans if s.label_ in {"ORG", "PERSON"}}  # where a name the models read begins
    for token in doc:
        opening = token.is_sent_start and token.is_title and token.lower_ in work_nouns  # "Comedy Fat Albert moved
        noun = token.tag_ == "NN" or token.pos_ == "VERB" and token.dep_ == "pobj"  # down the chart"; "for the Howard
        # Hughes biopic The Aviator", the noun tagged as a verb a preposition takes
        if not (token.is_lower and noun or opening) or token.i + 2 >= len(doc):
            continue
        first, named = doc[token.i + 1], doc[token.i + 1].lower_ in NAMING_VERBS
        set_off = first.text == "," and not opening  # "from the 1999 hit comedy, Analyze This."
        if named or set_off:
            first = doc[token.i + 2]  # "a group blog called Dogs without Borders"
        label = "WORK_OF_ART" if token.lower_ in work_nouns else "PRODUCT" if named and token.lower_ in product_nouns \
            else None
        if label is None or not (first.text[:1].isupper() or _number_opening_a_title(first)) \
                or first.ent_type_ in {"DATE", "TIME"} or _in_a_headline(first) \
                or first.lower_.rstrip(".") in PERSONAL_HONORIFICS | RANKED_HONORIFICS:
            continue  # (not "told BBC Radio 4's Today programme Mr Blair had refused": a person after the work)
        end = _work_title_end(doc, first.i, _sentence_end(first))
        if set_off and (label != "WORK_OF_ART" or end - first.i < 2 or end < len(doc) and not doc[end].is_punct
                        or any(s.start == first.i and s.label_ == "PERSON" and len(s) > 1 for s in spans)):
            continue  # set off by a comma, the title is all of its phrase ("After the film, Tom Hale went home"; not
            # a person the models read there: "In a new book, Ann Hale QC, says", "the latest film, Dana Lark's The
            # Glass Garden,", a person's work the work cues read)
        end = next((j for j in range(first.i + 1, end - 1) if doc[j].lower_ in {"to", "at", "for", "from", "by"}
                    and doc[j].is_lower and j + 1 in starts), end)  # "brought teen soap Hollyoaks | to Channel 4"
        inside = [s for s in spans if first.i <= s.start and s.end <= end]
        over = [s for s in spans if s.start < end and first.i < s.end and s not in inside
                and not (opening and s.start == token.i and s.end <= end)]  # ("Comedy Meet The Fockers" read whole)
        if len(over) == 1 and over[0].start == first.i and doc[end].lower_ == "and" and over[0].end > end + 1:
            # "Meet The Fockers and Shall We Dance?" read as one name: two works
            works.append(Span(doc, end + 1, _work_title_end(doc, end + 1, _sentence_end(first)), label=label))
            over = []
        read_whole = len(inside) == 1 and inside[0].start == first.i and inside[0].end == end
        credited = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in credit_words
        if (end - first.i > 1 or named or credited and not set_off) and not over and (
                not read_whole or (named or opening or credited) and inside[0].label_ != label):
            works.append(Span(doc, first.i, end, label=label))
    for title in {w.text for w in works if len(w) > 1}:  # and every other mention of the title, in any case
        for match in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", doc.text, re.IGNORECASE):
            again = doc.char_span(match.start(), match.end())
            if again is not None and not any(w.start == again.start for w in works):
                works.append(Span(doc, again.start, again.end,
                                  label=next(w.label_ for w in works if w.text.lower() == title.lower())))
    return _replacing(spans, works)


def _sentence_end(token: Token) -> int:
    """Where the token's sentence ends, past a split the parser made inside it, before a token that is no punctuation
    and no line's end ("unreleased song You Know | You're Right on the box set": a title's words read as a clause)."""
    doc, end = token.doc, token.sent.end
    while end < len(doc) and not doc[end - 1].is_punct and "\n" not in doc[end - 1].whitespace_ + doc[end].text:
        end = doc[end].sent.end
    return end


def _number_opening_a_title(token: Token) -> bool:
    """"the US series 21 Jump Street", "the film 28 Days Later": a whole number before a capitalised word that is no
    date's or time's opens a work's title."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_digit and after is not None and after.is_title and after.ent_type_ not in {"DATE", "TIME"} \
        and not after.is_sent_start


def _works_in_apposition(spans: list[Span], work_nouns: set[str]) -> list[Span]:
    """"his next major film, Donnie Brasco, was a hit", "the dark fairy tale Edward Scissorhands": a name in
    apposition to a singular lower-case work noun (not one sport uses for its contests: "the title"), or one such a
    noun after it describes in apposition ("Vera Drake, Mike Leigh's film about ..."), is the work,
    whatever the models read (a person, mostly), with the capitalised article that opens its title ("their third
    album, The Holy Bible,"); not a name that is the subject of a clause after the noun ("After the film Depp went to
    Paris")."""
    out = []
    for span in spans:
        head, doc = span.root.head, span.doc
        start = span.start - 1 if span.start >= 2 and doc[span.start - 1].text in {"The", "A", "An"} \
            and doc[span.start - 2].text == "," else span.start
        if span.label_ in NAME_LABELS - {"WORK_OF_ART", "EVENT"} and span.root.dep_ == "appos" \
                and head.i < start and head.is_lower and head.tag_ == "NN" and head.lower_ in work_nouns \
                and (head.i == start - 1 or doc[start - 1].text == ","):
            span = Span(doc, start, span.end, label="WORK_OF_ART")
        elif span.label_ in NAME_LABELS - {"WORK_OF_ART", "EVENT"} and span.end < len(doc) \
                and doc[span.end].text == "," and any(
                    c.dep_ == "appos" and c.i > span.end and c.is_lower and c.tag_ == "NN" and c.lower_ in work_nouns
                    and c.lower_ != "show" for c in span.root.children):
            span = Span(doc, span.start, span.end, label="WORK_OF_ART")  # "Vera Drake, Mike Leigh's film about
            # a backstreet abortionist, won": the work a work noun after it describes (not "Pixar, the film studio",
            # nor "CTIA, a wireless show in America", a trade fair)
        out.append(span)
    return out


def _works_named_before_their_noun(doc: Doc, spans: list[Span], work_nouns: set[str]) -> list[Span]:
    """"the first performance of Smells Like Teen Spirit, the track that launched Nirvana", "They played Wonderwall,
    the song that made Oasis": the capitalised run (small words inside it) right before a comma and a singular
    lower-case work noun in apposition (an article or a possessive before the noun, adjectives between) is the work,
    whatever pieces the models read, or none; not a person named with a known first name ("Tom Hanks, the film's
    star": the noun owns, and stands beside nothing)."""
    works = []
    for noun in doc:
        if not (noun.dep_ == "appos" and noun.tag_ == "NN" and noun.is_lower and noun.lower_ in work_nouns):
            continue
        article = next((t for t in reversed(doc[noun.sent.start:noun.i]) if t.pos_ not in {"ADJ", "NUM", "ADV"}
                        and not (t.is_lower and t.dep_ in {"compound", "amod"} or t.text == "-")), None)
        # (past a hyphenated modifier too: "Fat Albert, a live-action adaptation of ...")
        comma = article.i - 1 if article is not None else -1
        if article is None or article.lower_ not in {"the", "a", "an", "its", "their", "his", "her"} \
                or comma < 1 or doc[comma].text != "," or not doc[comma - 1].text[:1].isupper():
            continue
        start = comma - 1
        while start > noun.sent.start and (doc[start - 1].text[:1].isupper() or (
                doc[start - 1].lower_ in TITLE_INNER_WORDS | TITLE_CLITICS and not doc[start - 1].is_sent_start)):
            start -= 1
        while doc[start].lower_ in TITLE_INNER_WORDS and not doc[start].text[:1].isupper():
            start += 1  # "a performance of | Dusk Like Amber Glass"
        if doc[start].is_sent_start and doc[start].pos_ in {"CCONJ", "SCONJ", "ADV"} and start + 1 < comma:
            start += 1  # "And | Fat Albert, a live-action adaptation": a connective opening the sentence
        title = doc[start:comma]
        pieces = [s for s in spans if s.start < comma and start < s.end]
        if not any(s.label_ == "WORK_OF_ART" and (s.start, s.end) == (start, comma) for s in pieces) \
                and not any(s.label_ == "PERSON" and opens_with_first_name(s) and s.start == start for s in pieces) \
                and not any(s.start < start or s.end > comma for s in pieces) and any(t.is_alpha for t in title) \
                and not (len(title) == 1 and title.text.isupper()):  # (not "CTIA, a wireless show": an acronym)
            works.append(Span(doc, start, comma, label="WORK_OF_ART"))
    return _replacing(spans, works)


def _possessive_titles_in_apposition(doc: Doc, spans: list[Span], work_nouns: set[str]) -> list[Span]:
    """"his latest film, Howl's Moving Castle, is": a title in apposition to a singular lower-case work noun that
    holds a possessive mark after its first word (the parse hangs it on the last as an owner) is one work, whatever
    pieces the models read ("Howl" a place, "Moving Castle" a building)."""
    works = []
    for token in doc:
        head = token.head
        if token.dep_ != "appos" or not (head.is_lower and head.tag_ == "NN" and head.lower_ in work_nouns) \
                or head.i > token.i:
            continue
        left, right = min(t.i for t in token.subtree), token.right_edge.i
        run = doc[left:right + 1]
        owner = next((t for t in run if t.text in POSSESSIVE_MARKS), None)
        if left <= head.i + 1 or doc[left - 1].text != "," or not run[0].is_title or owner is None \
                or not all(t.is_title or t.text in POSSESSIVE_MARKS or t.lower_ in TITLE_FUNCTION_WORDS for t in run):
            continue
        if owner.i - left > 1:
            continue  # "the latest film, Lemony Snicket's A Series of Unfortunate Events": a name of two words or more
            # owning it is its author's (one word is the title's own: "Howl's Moving Castle", "Schindler's List")
        works.append(Span(doc, left, right + 1, label="WORK_OF_ART"))
    return _replacing(spans, works)


def _works_after_their_cue(doc: Doc, spans: list[Span], cues: dict[str, frozenset[str]],
                           weak_cues: frozenset[str] = frozenset(),
                           character_cues: frozenset[str] = frozenset(),
                           award_names: frozenset[str] = frozenset(),
                           nominees: list[tuple[int, set[str]]] = (),
                           nomination_words: frozenset[str] = frozenset()) -> list[Span]:
    """"his performance in Pirates of the Caribbean", "she starred in Fear and Loathing in Las Vegas", "a remake of
    The Fog", "the sequel to Meet the Parents": after a word of acting or of a work's making and its preposition
    (``cues``: work_cues in org_nouns.json), a capitalised run is a work's whole title, its small words and an "and"
    after its first word included, whatever pieces the models read, and so are the titles listed after it ("appeared
    in Carry On Matron and Carry On Loving"). Not a date ("her performance in June"), a known place ("his performance
    in Sheffield"), an owner before its possessive mark ("a role in Labour's campaign", "his role in Mike Nichols'
    Closer"), a name before a noun it describes ("a role in the Yukos split"), a person opened by a known first name,
    nor, right after "role", an organisation the models read whole ("a role in Unilever"), and right after one of
    ``weak_cues`` an organisation, place, facility or event ("appeared in Parliament"). After a role or a star's
    word and "in", a title opened by a first name is a work too: one plays a part in a film, not in a person ("his
    role in Vera Drake", "she starred in Jerry Maguire")."""
    starts, acted_in = [], set()
    for token in doc:
        words = cues.get(token.lower_)
        if not words or token.i == 0 or doc[token.i - 1].lower_ not in words or token.i + 1 >= len(doc):
            continue
        cue = doc[token.i - 1]
        if token.lower_ == "in" and cue.lower_ not in weak_cues:
            acted_in.add(token.i + 1)
        starts.append((token.i + 1, {"ORG"} if cue.lemma_.lower() == "role" else {
            "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT"} if cue.lower_ in weak_cues else set()))
    works = []
    for i, kept in starts + _after_a_part_played(doc, character_cues, {i - 1 for i, _ in starts}) \
            + _after_an_award_won(doc, award_names, nomination_words) + list(nominees):
        while i < len(doc):
            run = _cued_title(doc, i, spans, kept, i in acted_in)
            if run is None or len(run) == 1 and run[0].lower_ in STOP_WORDS:
                break  # (not "Do" of "the new version of Do They Know It's Christmas?", a title cut at its first word)
            works.append(Span(doc, run.start, run.end, label="WORK_OF_ART"))
            listed = run.end + 1 < len(doc) and doc[run.end].text in {",", "and"} \
                and doc[run.end + 1].text[:1].isupper()
            i, kept = (run.end + 1 if listed else len(doc)), kept & {LISTED_TITLES}  # listed after a work:
            # works, whatever the models read
    return _replacing(spans, works)


def _without_pieces_of_a_department_title(doc: Doc, spans: list[Span], roles) -> list[Span]:
    """"Work and Pensions Secretary Alan Johnson", "Culture, Media and Sport Secretary": a name read inside a
    department's title after its "and" or comma is a piece of the department's name, no name of its own (the relations
    stage reads the title whole)."""
    named = {i for s in spans for i in range(s.start, s.end)}
    pieces = {(s.start, s.end) for s in spans for r in roles
              if s.start > 1 and s.end <= r.start and all(t.is_title or t.lower_ in {"and", ","}
                                                          for t in doc[s.end:r.start])
              and r.role.split()[-1] in DEPARTMENT_TITLES and doc[r.start].is_title
              and doc[s.start - 1].lower_ in {"and", ","} and doc[s.start - 2].is_title
              and s.start - 2 not in named}  # (not "Blair and Home Office Minister X": a name, then another)
    return [s for s in spans if (s.start, s.end) not in pieces] if pieces else spans


def _peoples_joined_by_a_hyphen(span: Span) -> list[Span]:
    """"the Turkish-Austrian consortium", read as one nationality: two people's words joined by a hyphen are two."""
    if len(span) != 3 or span.label_ != "NORP" or span[1].text not in HYPHENS or span[0].whitespace_ \
            or span[1].whitespace_ or span[0].text not in demonyms() or span[2].text not in demonyms():
        return [span]
    return [Span(span.doc, span.start, span.start + 1, label="NORP"),
            Span(span.doc, span.end - 1, span.end, label="NORP")]


#: Patterns whose names join words by "and" or commas (entity_patterns.jsonl ids): none where a person is listed.
LISTED_NAME_PATTERNS = ("government-department-of-two", "government-department-of-three")


def _lists_a_person(span: Span) -> bool:
    """Whether a word after one of the span's commas or its "and" opens a person's name (a known first name)."""
    return any(t.text in {",", "and"} and t.i + 1 < span.end and opens_with_first_name(span.doc[t.i + 1:span.end])
               for t in span)


def _without_a_leading_dash(span: Span) -> list[Span]:
    """"director - Mike Leigh", read with its dash: a name opens after the dash that sets it off."""
    start = span.start
    while start < span.end and span.doc[start].text in HYPHENS | {"—", "–"}:
        start += 1
    if start == span.start:
        return [span]
    return [Span(span.doc, start, span.end, label=span.label_)] if start < span.end else []


def _peoples_unread(doc: Doc, spans: list[Span]) -> list[Span]:
    """"almost 90% of Britons own a handset": a people in the plural (a nationality's word, or a noun for one of a
    nation, and "s") the models read as no name is a nationality."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    peoples = demonyms() | set(word_list("demonyms.json", "nationals"))
    found = [Span(doc, t.i, t.i + 1, label="NORP") for t in doc if t.i not in taken and t.text[:1].isupper()
             and t.text.endswith("s") and t.text[:-1] in peoples and t.tag_ in {"NNPS", "NNS", "NNP"}]
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def _capitalised_run_before(doc: Doc, end: int) -> int:
    """Where the run of capitalised words (or numbers) right before token ``end`` opens, in its sentence, its small
    words inside included ("Lord of the Rings", "Boulevard of Broken Dreams"); ``end`` where there is none."""
    start, j = end, end - 1
    sentence_start = doc[end - 1].sent.start if end > 0 else 0
    while j >= sentence_start:
        if doc[j].text[:1].isupper() or doc[j].like_num:
            start, j = j, j - 1
            continue
        k = j
        while k >= sentence_start and doc[k].lower_ in TITLE_SMALL_WORDS:
            k -= 1
        if start == end or k == j or k < sentence_start or not doc[k].text[:1].isupper():
            break
        j = k
    return start


def _works_in_a_chart(doc: Doc, spans: list[Span], chart_words: frozenset[str]) -> list[Span]:
    """"Boulevard of Broken Dreams by Green Day", "Erasure entered the chart at four with Breathe": in a report of a
    chart (two of ``chart_words`` or more: "chart", "single", "album"), a capitalised title right before "by" and a
    name, or right after "with" in a sentence that gives a place in the chart ("at number five", "at four"), is a
    work, whatever the models read (not a date, a known place, nor a person opened by a known first name: the
    title's cue's own exclusions); and its artist, the name after "by" or the nearest a few words before "with",
    read as a person, a people, a place or a date, is a band where no known first name opens it and no person the
    article names ends in it ("Green Day", "Erasure", "Kasabian"; not "Dana Rayne", "Elvis ... Elvis Presley")."""
    if sum(t.lower_ in chart_words for t in doc) < 2:
        return spans
    works, artists = [], []
    by_start = {s.start: s for s in spans}
    for token in doc[1:-1]:
        following = doc[token.i + 1]
        if token.lower_ == "by" and following.text[:1].isupper() and doc[token.i - 1].text[:1].isupper():
            start = _capitalised_run_before(doc, token.i)
            run = doc[start:token.i]
            while len(run) and run[0].is_sent_start and run[0].tag_ in {"DT", "JJ", "IN", "CC"}:
                run = doc[run.start + 1:run.end]  # ("Making up the top 10 are Boulevard ...": no verb of the clause)
            if len(run) and not opens_with_first_name(run) and not looks_temporal([run[0].text]) \
                    and run.text not in cities() and not is_state_or_country(run.text):
                works.append(Span(doc, run.start, run.end, label="WORK_OF_ART"))
                artists.append(by_start.get(token.i + 1))
        elif token.lower_ == "with" and following.text[:1].isupper() and any(
                t.lower_ == "at" and (doc[t.i + 1].like_num or doc[t.i + 1].lower_ == "number")
                for t in token.sent if t.i + 1 < len(doc)):
            run = _cued_title(doc, token.i + 1, spans, set())
            if run is not None:
                works.append(Span(doc, run.start, run.end, label="WORK_OF_ART"))
                artists.append(max((s for s in spans if s.label_ in NAME_LABELS and s.end <= token.i
                                    and s.start >= max(token.sent.start, token.i - 8)), key=lambda s: s.start,
                                   default=None))  # ("Erasure entered the chart at four with", "Kasabian who are
                # at number eight with": the name nearest before "with", a few words back at most)
    people = {s[-1].text for s in spans if s.label_ == "PERSON" and len(s) > 1}
    bands = [Span(doc, s.start, s.end, label="ORG") for s in artists if s is not None
             and s.label_ in {"PERSON", "NORP", "GPE", "LOC", "DATE"} and not opens_with_first_name(s)
             and s.text not in people and not any(w.start <= s.start < w.end for w in works)]
    return _replacing(_replacing(spans, works), bands)


#: Descriptions that may open a sentence before a work's name and a performer's noun, no part of the name ("Fellow
#: Desperate Housewives stars"; not "Little Britain stars Matt Lucas").
OPENING_DESCRIPTIONS = frozenset({"fellow", "former", "veteran", "new", "young", "legendary", "top", "late",
                                  "original"})


def _works_before_a_performer(doc: Doc, spans: list[Span], performer_nouns: dict[str, list[str]],
                              field_words: frozenset[str], band_words: frozenset[str],
                              about_works: bool = False) -> list[Span]:
    """"Ray star Jamie Foxx", "Arrested Development star Jason Bateman", "Superman actor Christopher Reeve": a
    capitalised run (its small words inside included: "Lord of the Rings star Elijah Wood") right before a performer's
    noun in lower case and a person's name is the work the person performs in, whatever the models read; a
    sentence's opening adjective is left out ("Fellow Desperate Housewives stars"). org_nouns.json
    "performer_nouns": an actor's noun ("actor", "actress") always; a star's ("star", "stars") only where the run is
    of several words or its word is tagged a proper noun ("Oasis star Liam Gallagher", a band), not one the models
    read whole as an organisation ("Happy Mondays star Bez"), never in an article with a word of bands
    (``band_words``: "Pink Floyd star Roger Waters ... the band") nor in one about sport ("Chelsea star Frank
    Lampard", a club). Not a field's or a medium's word ("field_words": "Hollywood actor", "TV star"), a known place,
    a people's word, a news outlet ("BBC actor"), nor a person's name (opened by a known first name, or the end of a
    person's the article names). In an article about works (``about_works``: :func:`_about_works`) a star's run read
    whole as an organisation is the work too, and so is the run before a creator's noun ("Phoenix Nights creator Peter Kay")."""
    people = {s.start: s for s in spans if s.label_ == "PERSON"}
    works, sport, music = [], None, None
    for noun in doc[1:]:
        kind = next((k for k, words in performer_nouns.items() if noun.text in words), None)
        if kind is None or noun.i + 1 not in people:
            continue
        start = _capitalised_run_before(doc, noun.i)
        while start < noun.i and (doc[start].is_sent_start and (doc[start].tag_ in {"JJS", "JJR", "DT", "PRP$", "IN",
                                                                                    "CC", "RB"}
                                                                 or doc[start].tag_ == "JJ"
                                                                 and doc[start].lower_ in OPENING_DESCRIPTIONS)
                                  or doc[start].text in field_words):
            start += 1  # ("Fellow Desperate Housewives stars", "Best actor Foxx", "With Vera Drake star Imelda
            # Staunton nominated", "Hollywood Ray star")
        run = doc[start:noun.i]
        if not run or run.text in field_words or run.text in cities() or is_state_or_country(run.text) \
                or run[0].text in demonyms() or is_news_outlet(run.text) or opens_with_first_name(run) \
                or any(len(s) > len(run) and s[-len(run):].text == run.text for s in people.values()):
            continue  # (nor "Hanks co-star Meg Ryan" where the article names Tom Hanks)
        if kind == "creator" and (not about_works or any(t.lower_ in band_words for t in doc)):
            continue  # "Phoenix Nights creator Peter Kay": a work's maker, in an article about works only
        if kind in {"star", "creator"}:
            whole = next((s for s in spans if s.start == run.start and s.end == run.end), None)
            if not (run[-1].tag_ in {"NNP", "NNPS"} or len(run) > 1):
                continue  # ("Oasis star Liam Gallagher": one word read as a common noun, likelier a band's)
            if whole is not None and whole.label_ == "ORG" and kind == "star" and not (
                    about_works and not run[-1].lower_.endswith("s")):
                continue  # ("Happy Mondays star Bez": a band's name and a show's look alike, a band's often a plural;
                # the models' reading, unless the article is about works: "Nighty Night star Julia Davis")
            music = any(t.lower_ in band_words for t in doc) if music is None else music
            if music:
                continue  # ("Pink Floyd star Roger Waters" where the article speaks of bands)
            sport = about_sport(doc, word_list("relation_verbs.json", "team_words")) if sport is None else sport
            if sport:
                continue
        works.append(Span(doc, run.start, run.end, label="WORK_OF_ART"))
    return _replacing(spans, works)


def _after_a_nominee(doc: Doc, spans: list[Span], nomination_words: frozenset[str]) -> list[tuple[int, set[str]]]:
    """Where a work's title may open after a nominee ("Other nominees include Charlize Theron for Monster, Ziyi Zhang
    for House of Flying Daggers", "up for best director for Vera Drake, alongside Martin Scorsese for The Aviator"):
    after "for" right after a person's name, in a sentence with a word of nominating (org_nouns.json
    "nomination_words") or after "best" and its category, with the labels the models' reading keeps (a place, a
    building, an event: "nominated ... Tom Hale for Leeds"; a person opened by a known first name is the cue's own
    exclusion). Asked only of an article about works (:func:`_about_works`)."""
    people = {s.end for s in spans if s.label_ == "PERSON"}
    places = {s.start for s in spans if known_place(s.text)}
    out = []
    for token in doc:
        if token.i + 2 < len(doc) and token.lower_ in CREDITED_PEOPLE and doc[token.i + 1].lower_ == "of" \
                and doc[token.i + 2].text[:1].isupper():
            out.append((token.i + 2, {LISTED_TITLES} | ({"GPE", "LOC", "FAC", "EVENT"} if token.i + 2 in places
                                                        else {"LOC", "FAC"})))
            continue  # "the directors of Shameless, Hustle and Bodies are all nominated": the works they made
        if token.lower_ != "for" or token.i not in people or token.i + 1 >= len(doc) \
                or not doc[token.i + 1].text[:1].isupper():
            continue
        sentence = token.sent
        if any(t.lower_ in nomination_words | PRIZE_WORDS for t in sentence) or any(
                t.lower_ == "best" for t in doc[sentence.start:token.i]):
            out.append((token.i + 1, {"GPE", "LOC", "FAC", "EVENT"} if token.i + 1 in places else {"LOC", "FAC",
                                                                                                   "EVENT"}))
    return out


#: In an article about works, a sentence with one of these names nominees beside their works ("will compete for the
#: British film prize with Shane Meadows for Dead Man's Shoes").
PRIZE_WORDS = frozenset({"prize", "prizes", "award", "awards"})
#: In an article about works, the names listed after one of these and "of" are works ("the directors of Omagh and
#: Sex Traffic"): the plural only ("the director of the Tate" may be an institution's).
CREDITED_PEOPLE = frozenset({"directors", "writers", "creators", "producers", "stars"})
#: A mark among a cue's kept labels (no label of a name): each "and" after it ends a title, the next one listed
#: ("the directors of Shameless, Hustle and Bodies": three works, not "Hustle and Bodies").
LISTED_TITLES = "listed titles"


def _after_an_award_won(doc: Doc, award_names: frozenset[str],
                        nomination_words: frozenset[str] = frozenset()) -> list[tuple[int, set[str]]]:
    """Where a work's title may open after an award won for it ("Miyazaki won an Oscar earlier this year for Spirited
    Away", "her Bafta for Vera Drake", "won the Golden Globe and Oscar for Boys Don't Cry") or a nomination
    (``nomination_words``, given only for an article about works: "lead actress nominations for Vera Drake"): after
    "for" hung on the award (org_nouns.json event_names, singular or plural, by its last word or with the names
    compounded before it) or the nomination, or on the verb of winning whose object (or an object joined to it by
    "and") the award is, with the labels the models' reading keeps (a place, a building, an event; a person opened by
    a known first name is the cue's own exclusion)."""
    out = []
    for token in doc:
        if token.lower_ != "for" or token.i + 1 >= len(doc) or not doc[token.i + 1].text[:1].isupper():
            continue
        head = token.head
        awards = [head] if head.pos_ in {"PROPN", "NOUN"} else [
            c for c in head.children if c.dep_ == "dobj"] if head.lemma_.lower() in AWARD_VERBS else []
        awards += [c for a in awards for c in a.conjuncts]
        if head.pos_ == "NOUN" and head.lower_ in nomination_words or any(
                name in award_names or f"{name}s" in award_names for a in awards for name in _award_name_forms(a)):
            out.append((token.i + 1, {"GPE", "LOC", "FAC", "EVENT"}))
    return out


def _award_name_forms(token: Token) -> tuple[str, ...]:
    """An award's word as written and with the names compounded before it ("Globe", "Golden Globe")."""
    compounds = [c for c in token.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
    return (token.text, " ".join([*(c.text for c in compounds), token.text])) if compounds else (token.text,)


#: Verbs of winning an award: "won an Oscar for X".
AWARD_VERBS = frozenset({"win", "earn", "receive", "scoop", "collect", "land"})


def _after_a_part_played(doc: Doc, character_cues: frozenset[str], read: set[int]) -> list[tuple[int, set[str]]]:
    """Where a work's title may open after a part played in it ("playing a female boxer in Million Dollar Baby", "her
    role as Lady Macbeth in Macbeth", "his portrayal of a singer in Ray"): after one of ``character_cues``, the few
    words of the part (no comma, no finite verb, no clause word) and "in", with the labels the models' reading keeps
    (a place, a building, an event: "playing a doctor in Leeds"). "role" takes its part as a character's name after
    "as" ("a role in Acme" is the work cues' reading, "a role as adviser in Acme" a post); in an article about sport a
    verb of playing is no cue ("played golf in Augusta")."""
    sport = None
    out = []
    for token in doc:
        if token.lower_ != "in" or token.i in read or token.i + 1 >= len(doc) \
                or not doc[token.i + 1].text[:1].isupper():
            continue
        cue = next((t for t in reversed(doc[max(token.sent.start, token.i - 8):token.i - 1])
                    if t.lower_ in character_cues), None)
        if cue is None or any(t.is_punct and t.text != "-" or t.tag_ in {"VBZ", "VBP", "MD"} or t.lower_ in {
                "and", "but", "that", "which", "who", "in"} for t in doc[cue.i + 1:token.i]):
            continue
        if cue.lemma_.lower() == "role" and not (doc[cue.i + 1].lower_ == "as" and doc[cue.i + 2].is_title):
            continue  # "her role as Lady Macbeth in": a character's name (not "a role as adviser in Acme")
        if cue.pos_ == "VERB":
            sport = about_sport(doc, word_list("relation_verbs.json", "team_words")) if sport is None else sport
            if sport:
                continue
        out.append((token.i + 1, {"GPE", "LOC", "FAC", "EVENT"}))
    return out


def _cued_title(doc: Doc, i: int, spans: list[Span], kept: set[str], acted_in: bool = False) -> Span | None:
    """The title opening at token ``i`` after a work's cue (see :func:`_works_after_their_cue`), or None where the
    run is no work's: a date, a known place, an owner, a name before its noun, a person (opened by a known first
    name, unless ``acted_in``: after a part's word and "in"), or a name the models read whole with one of the
    ``kept`` labels."""
    first = doc[i]
    if not first.text[:1].isupper() or first.is_punct or _in_a_headline(first) \
            or any(s.start == first.i and s.label_ in {"DATE", "TIME"} for s in spans):
        return None
    end = _work_title_end(doc, first.i, first.sent.end)
    end = min([s.start for s in spans if first.i < s.start < end and s.label_ in {"DATE", "TIME"}]
              + [s.start - 1 for s in spans if first.i < s.start - 1 and s.start < end and s.label_ == "PERSON"
                 and len(s) > 1 and doc[s.start - 1].lower_ == "and" and opens_with_first_name(s)] + [end])
    if LISTED_TITLES in kept:  # "the directors of Shameless, Hustle and Bodies": each "and" ends a title
        end = next((t.i for t in doc[first.i + 1:end] if t.lower_ == "and"), end)
    run = doc[first.i:end]  # (not over a date: "appeared in Parliament on Monday", nor over a person's full name
    # after "and": "Laura Penn for Monster and Mia Tarn for ...")
    if len(run) == 1 and looks_temporal([first.text]):
        return None  # "in June"
    whole = next((s for s in spans if s.start == run.start and s.end == run.end), None)
    opening = next((s for s in spans if s.start == run.start), None)
    owner = opening if opening is not None and opening.end < end and doc[opening.end].text in POSSESSIVE_MARKS \
        and opening.label_ in {"PERSON", "ORG", "GPE", "NORP"} else None
    places = [s for s in spans if run.start <= s.start and s.end <= run.end and (
        s.text in cities() or is_state_or_country(s.text))]
    if owner is not None or (end < len(doc) and (doc[end].text in POSSESSIVE_MARKS or doc[end].pos_ in {
            "NOUN", "PROPN"})) or run.text in cities() or is_state_or_country(run.text) \
            or (whole is not None and whole.label_ == "WORK_OF_ART") or opens_with_first_name(run) and not acted_in \
            or (whole is not None and whole.label_ in kept) \
            or any(p.end == run.end and doc[p.start - 1].lower_ == "and" for p in places):
        return None  # (nor "appeared in Davos and Paris": places)
    return run


def _title_cased_works(doc: Doc, spans: list[Span]) -> list[Span]:
    """"while Lost In Translation won", "The Lord Of the Rings: The Return Of the King was named": a run of
    capitalised words with a capitalised small word inside it is a work's title written in title case (a name writes
    its small words in lower case: "Bank of England"), one work where the models read pieces of it or a part. The run
    stops at lower-case small words before a name the models read ("Riders On The Storm [at the Bank of England]").
    Not in a headline (all its words capitalised, or in capitals: "RESULTS OF GAMES"), not from a small word opening
    a sentence ("At The Oval"), not where the models read the whole run as one name ("Transport For London") or
    as part of a longer one ("the comedy Harold and Kumar Get The Munchies"), and
    not over a title before a person's name ("Secretary Of State Marco Rubio")."""
    works, i = [], 0
    while i < len(doc):
        token = doc[i]
        if not token.text[:1].isupper() or token.is_punct or _in_a_headline(token):
            i += 1
            continue
        end = _title_end(doc, i, token.sent.end)
        end = next((j for j in range(i + 1, end) if doc[j].is_lower and doc[j - 1].is_title and any(
            j <= s.start <= _after_small_words(doc, j) and not _an_unknown_place(s) for s in spans)),
            end)  # "Riders On The Storm [at the Bank" (not "Bridget Jones: The Edge of Reason", "Reason" read as a
        # place no list knows)
        if end + 1 < len(doc) and doc[end].text in {"'s", "’s"} and not doc[end - 1].whitespace_ \
                and doc[end + 1].is_title and any(t.lower_ in TITLE_INNER_WORDS and t.is_title for t in doc[i + 1:end])\
                and not any(s.end == end and s.start <= i or s.start == end + 1 and s.label_ == "PERSON"
                            for s in spans):
            end = _title_end(doc, end + 1, token.sent.end)  # "One Flew Over the Cuckoo's Nest": a possessive inside
            # a title in title case (not a name the models read whole before its possessive, "Bank Of America's
            # Chief Economist", nor a work before its star, "Lost In Translation's Bill Murray")
        if token.lower_ in TITLE_INNER_WORDS and token.is_sent_start and end - i > 2 \
                and not (end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN"):
            i += 1  # "The | Lord of the Rings: The Return of the King had held": a small word opening the sentence
            token = doc[i]  # counts for nothing ("At The Oval"; not before a noun it names: "The TiVo To Go
            # service", a product)
        run = doc[i:end]
        capped_small_word = any(t.lower_ in TITLE_INNER_WORDS and t.is_title for t in run[1:-1]) \
            and not (token.lower_ in TITLE_INNER_WORDS and token.is_sent_start) \
            and sum(t.is_upper and len(t) > 1 for t in run) * 2 < len(run) and _written_in_sentence_case(run)
        read_whole = any(s.start <= i and end <= s.end for s in spans)  # or inside a longer name
        titled_person = any(s.label_ == "PERSON" and s.end == end for s in spans)
        found = any(s.label_ == "WORK_OF_ART" and s.start == i + 1 and s.end == end for s in spans)  # ("Comedy | Meet
        # The Fockers": a work found after the word of its kind)
        if capped_small_word and not read_whole and not titled_person and not found:
            works.append(Span(doc, i, end, label="WORK_OF_ART"))
        i = max(end, i + 1)
    return _replacing(spans, works)


#: Words that open a date reckoned from the time of writing ("last year", "this week", "next month").
RELATIVE_DATE_OPENERS = frozenset({"last", "this", "next"})


def _count_before_a_relative_date(span: Span) -> list[Span]:
    """"fell from 102 in 2003 to 81 last year", "rose from 48 in January to 63 this month", read as the dates "81 last
    year" and "January to 63 this month": a bare number before a date reckoned from the time of writing (at the
    date's start, or after "to" or "and" in it) is a count of its own, no part of the date (not a day: "on 21 last
    month")."""
    doc = span.doc
    if span.label_ != "DATE":
        return [span]
    for k in range(span.start, span.end - 2):
        if doc[k].like_num and not looks_temporal([doc[k].text]) and doc[k + 1].lower_ in RELATIVE_DATE_OPENERS \
                and (k == span.start and not (k > 0 and doc[k - 1].lower_ == "on")
                     or k - 1 > span.start and doc[k - 1].lower_ in {"to", "and"}):
            before = [Span(doc, span.start, k - 1, label="DATE")] if k > span.start else []
            return before + [Span(doc, k, k + 1, label="CARDINAL"), Span(doc, k + 1, span.end, label="DATE")]
    return [span]


#: A player's time at a club: "his loan spell at Leicester", "a stint at Lazio".
CLUB_TIME_NOUNS = frozenset({"spell", "stint", "loan", "career"})


def _a_spell_at(span: Span) -> bool:
    """"from his loan spell at Leicester": a place after "at" on (or right after) a noun of a player's time at a
    club."""
    before = span.doc[span.start - 1] if span.start > 1 else None
    return before is not None and before.lower_ == "at" and (
        before.head.lemma_.lower() in CLUB_TIME_NOUNS or span.doc[before.i - 1].lemma_.lower() in CLUB_TIME_NOUNS)


def _other_town_in_a_region(span: Span, spans: list[Span]) -> Span | None:
    """"its plants at Newton Aycliffe and Spennymoor in County Durham": a name after a site's noun and "at", "in" or
    "near", joined by "and" to another name, the two followed by "in" and a place, is a place, and so is the other
    (read as people or organisations): that other name, else None."""
    doc = span.doc
    by_start = {s.start: s for s in spans}
    other = by_start.get(span.end + 1) if span.end + 1 < len(doc) and doc[span.end].lower_ == "and" else None
    region = by_start.get(other.end + 1) if other is not None and other.end + 1 < len(doc) \
        and doc[other.end].lower_ == "in" else None
    listed = other is not None and other.label_ in {"GPE", "LOC", "PERSON", "ORG"} and region is not None \
        and region.label_ in {"GPE", "LOC"} and span.start > 1 and doc[span.start - 1].lower_ in {"at", "in", "near"} \
        and doc[span.start - 2].lemma_.lower() in SITE_NOUNS
    return other if listed else None


#: Nouns of where a firm works: a name after one and "at" is a place ("its plants at Newton Aycliffe").
SITE_NOUNS = frozenset({"plant", "factory", "site", "works", "depot", "mill", "mine", "office", "base", "warehouse",
                        "centre", "facility", "operation", "store", "branch"})


#: What a side scores: "Rosenborg's goal", "Hull's equaliser".
SCORING_NOUNS = frozenset({"goal", "equaliser", "equalizer", "winner", "opener", "try", "penalty"})


def _a_scorer(span: Span) -> bool:
    """"Rosenborg's goal in Arsenal's 5-1 win": a place owning what a side scores."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text in {"'s", "’s"} \
        and doc[span.end + 1].lemma_.lower() in SCORING_NOUNS


#: Endings that make a city's name its people's ("Londoners", "Parisians", "Glaswegians" aside).
CITY_PEOPLE_ENDINGS = ("ers", "ians", "ites")


def _a_city_s_people(word: str) -> bool:
    """"Londoners", "Parisians", "Muscovites": a known city's name with an ending for its people (the endings after
    the city's name as written, or with its last letter dropped: "Paris" + "ians")."""
    return word[:1].isupper() and any(word.endswith(ending) and (
        word[:-len(ending)] in cities() or word[:-len(ending) + 1] in cities()) for ending in CITY_PEOPLE_ENDINGS)


def _abbreviates_common_words(span: Span) -> bool:
    """"minority ethnic led (Mel) companies": one word in brackets whose letters are the first letters of the words in
    lower case right before the bracket (the first may open the sentence) abbreviates them, and names nothing."""
    doc = span.doc
    letters = span.text.lower()
    if len(span) != 1 or not span[0].is_alpha or not 2 <= len(letters) <= 6 or span.start <= len(letters) \
            or doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
        return False
    words = doc[span.start - 1 - len(letters):span.start - 1]
    return all(w.is_alpha and (w.is_lower or w.i == words.start and w.is_sent_start) for w in words) \
        and "".join(w.lower_[0] for w in words) == letters


def _an_unknown_place(span: Span) -> bool:
    """A one-word name read as a place that no list knows (no city, state or country)."""
    return len(span) == 1 and span.label_ in {"GPE", "LOC"} and not known_place(span.text)


#: Words after a company's name that make its division for a part of the world ("GM Europe", "Sony Asia").
DIVISION_WORDS = frozenset({"Europe", "Asia", "Africa", "America", "Americas", "International", "Worldwide",
                            "Global", "Asia-Pacific", "Pacific", "EMEA"})


def _divisions_of_a_company(doc: Doc, spans: list[Span]) -> list[Span]:
    """"said GM Europe president Carl-Peter Forster": a company's name and a part of the world written right after
    it, the models reading two names or one place, is the company's division there, one organisation."""
    spans = sorted(spans, key=lambda s: s.start)
    divisions = [Span(doc, a.start, b.end, label="ORG") for a, b in zip(spans, spans[1:])
                 if a.label_ == "ORG" and b.start == a.end and b.text in DIVISION_WORDS and a[-1].whitespace_]
    companies = {w for s in spans if s.label_ == "ORG" for w in (s.text, s[0].text)}
    divisions += [Span(doc, s.start, s.end, label="ORG") for s in spans  # "Halden Motors ... Halden Europe", read
                  if s.label_ != "ORG" and len(s) > 1 and s[-1].text in DIVISION_WORDS  # as a place
                  and s[:-1].text in companies]
    return _replacing(spans, divisions)


def _programmes_of_a_broadcaster(doc: Doc, spans: list[Span], work_nouns: set[str],
                                 org_last_words: set[str] = frozenset(),
                                 title_ends: set[int] = frozenset()) -> list[Span]:
    """"BBC One's Breakfast with Frost programme", "Channel 4's Sex and the City", "ITV's Pop Idol": the title after
    a channel's or a broadcaster's possessive is a programme, when a work noun follows it, small words join its
    capitalised ones, or it opens with no known first name and is no channel, no date, no place and no
    organisation's name (not "Channel 4's January audience share", "the BBC's Nick Robinson", its reporter, nor
    "the BBC's Sarah Rainsford in Moscow", "the BBC's Radio 4", "the BBC's World Service"), nor a title held there
    (ending at one of ``title_ends``: "the BBC's Director General", "the BBC's Newsnight editor")."""
    works = []
    for span in spans:
        first = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if first is None or doc[span.end].text not in POSSESSIVE_MARKS or not _a_broadcaster(span.text) \
                or not first.text[:1].isupper() or first.is_punct:
            continue
        end = _work_title_end(doc, first.i, first.sent.end)
        if end + 2 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].lower_ == "the" \
                and doc[end + 2].is_title:
            end = _work_title_end(doc, end + 2, first.sent.end)  # "Sex and the City" ("and" only as "and the")
        person = next((s for s in spans if s.start == first.i and s.label_ == "PERSON"), None)
        if person is not None and person.end < len(doc) and doc[person.end].lower_ in {"in", "at", "from"}:
            continue  # "the BBC's Sarah Rainsford in Moscow says": its reporter, and where she is
        joined = any(t.is_lower for t in doc[first.i:end])
        title = Span(doc, first.i, end)
        titled = not opens_with_first_name(title) and not _a_broadcaster(title.text) \
            and first.lower_ not in MONTHS and first.ent_type_ not in {"DATE", "TIME"} \
            and title[-1].text not in org_last_words and not any(s.label_ in PLACE_LABELS | {"NORP"} and s.start
                                                                 == first.i for s in spans)
        if end in title_ends:
            continue
        if joined or end < len(doc) and doc[end].lower_ in work_nouns or titled:
            works.append(Span(doc, first.i, end, label="WORK_OF_ART"))
    return _replacing(spans, works)


def _a_broadcaster(name: str) -> bool:
    """"BBC One", "Channel 4", "Radio 4", "ITV1", "Sky One": a news outlet or a channel's name."""
    words = name.split()
    return names_news_outlet(name) or words[-1] in CHANNEL_WORDS or words[-1].isdigit() and len(words) > 1 \
        or bool(re.fullmatch(r"[A-Z]{2,5}\d", name))


def _models_before_their_noun(doc: Doc, spans: list[Span], model_nouns: frozenset[str]) -> list[Span]:
    """"Samsung's Yepp YH-999 video jukebox", "the Pentax Optio SV digital camera", "the N70 phone", "its 3-Series
    saloon": a model's name, the capitalised words or codes right before a noun of manufactured things
    (org_nouns.json model_nouns) and at most two lower-case words describing it, is a product; two words at least or
    a code with a digit, so a maker's name alone stays the maker ("Nokia phones"). Not a noun that describes another
    ("the BMW car park"). Names joined by "and" before the noun are models too where one of them is ("the
    Nimrod and A400M aircraft", "the Ford Five Hundred and Mercury Montego sedans"), and every name before "models"
    is one, a word alone too ("the Fusion and Zephyr models"); so is one word after its maker's possessive ("its DS
    handheld", "Sony's PSP console"), and a short name in brackets with the name before it ("its PlayStation Portable
    (PSP) console")."""
    models = []
    for noun in doc:
        if noun.lower_ not in model_nouns or noun.dep_ == "compound" and noun.head.i > noun.i \
                or noun.is_title and not noun.is_sent_start:
            continue  # (not a word of a name: "Digital Video Broadcasting Handheld")
        i = noun.i
        while i > 0 and noun.i - i < 2 and doc[i - 1].is_lower and doc[i - 1].pos_ in {"ADJ", "NOUN"}:
            i -= 1  # "digital", "video"
        runs = []
        while i < noun.i and i > 0 and doc[i - 1].like_num:
            i -= 1  # "The MacBook Pro 16 inch model": a number before a unit measures the model, no part of its name
        if i >= 4 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and _model_word(doc[i - 2]):
            runs.append(doc[i - 2:i - 1])  # "its PlayStation Portable (PSP) console": the short name in brackets
            i -= 3  # too, and the name before it
        while True:
            end = i
            while i > 0 and _model_word(doc[i - 1]) or i > 1 and doc[i - 1].text == "-" \
                    and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and _model_word(doc[i - 2]):
                i -= 1
            if i == end or doc[i].is_sent_start or all(t.like_num for t in doc[i:end]) and (
                    noun.tag_ == "NNS" or noun.lower_ in UNCHANGED_PLURALS):
                break  # (a count is no model: "it has 42 aircraft"; "the 7610 phone" is one)
            start = i
            while start < end - 1 and doc[start].like_num and doc[start].whitespace_:
                start += 1  # "60 Boeing 787 Dreamliner aircraft": a count, then the model (not "its 3-Series")
            if start > i and end - start == 1 or start > 0 and doc[start - 1].is_currency:
                break  # "the 2 GHz model": a unit after its number; "£200 handheld computers": a price
            runs.append(doc[start:end])
            if i < 2 or doc[i - 1].lower_ not in {"and", "or"} or noun.text == "TV":  # ("VH1 and Country Music
                break  # TV": channels, a "TV" that ends a name)
            i -= 1
        owned = len(runs) == 1 and len(runs[0]) == 1 and runs[0].start > 0 and (
            doc[runs[0].start - 1].lower_ in {"its", "their"} or doc[runs[0].start - 1].tag_ == "POS")
        named = noun.lemma_.lower() == "model" or owned or any(len([t for t in run if t.text != "-"]) >= 2
                                                                 or any(c.isdigit() for c in run.text) for run in runs)
        if named:
            models += [Span(doc, run.start, run.end, label="PRODUCT") for run in runs]
    return _replacing(spans, models)


#: Nouns whose plural is written as the singular ("42 aircraft").
UNCHANGED_PLURALS = frozenset({"aircraft", "spacecraft", "hovercraft"})


def _model_word(token: Token) -> bool:
    """A word of a model's name: capitalised, in capitals or a code with a digit ("Optio", "SV", "YH-999", "N70")."""
    return not token.is_punct and token.text not in POSSESSIVE_MARKS and (
        token.text[:1].isupper() or any(c.isdigit() for c in token.text)) and token.pos_ != "DET"


def _written_in_sentence_case(run: Span) -> bool:
    """Whether the sentence around a run of capitalised words writes its other words in lower case, as running text
    does, and not a headline's capitals ("Remodeling Planned To Improve Rocket Launch Tokyo MAINICHI in Japanese")."""
    sentence = run.sent
    words = [t for t in sentence[1:] if t.is_alpha and not run.start <= t.i < run.end]
    return sum(t.is_lower for t in words) * 2 > len(words)


def _people_by_their_age(doc: Doc, spans: list[Span]) -> list[Span]:
    """"And Edu, 26, added": capitalised names the models left out, with an age between commas after them, are a
    person (an age of 15 to 99 written as digits)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for comma in doc[1:-2]:
        age = _age_after(doc, comma.i)
        if age is None or not 15 <= age <= 99:
            continue
        start = comma.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].i not in covered:
            start -= 1
        name = doc[start:comma.i].text
        if start < comma.i and not (start == comma.i - 1 and doc[start].is_sent_start and doc[start].is_stop) \
                and name not in cities() and not is_state_or_country(name):  # (not "In Leeds, 20, died")
            found.append(Span(doc, start, comma.i, label="PERSON"))
    return filter_spans(spans + found) if found else spans


def _camel_cased(word: str) -> bool:
    """"GlaxoSmithKline", "ScanSoft": a capital inside one word after three small letters or more, as firms and
    products write their names and people and places do not (not "McDonald", "DiCaprio", "FitzGerald":
    org_nouns.json camel_case_person_prefixes)."""
    return camel_first(word) is not None \
        and not any(word.startswith(prefix) for prefix in word_list("org_nouns.json", "camel_case_person_prefixes"))


def _hyphenated_name(span: Span) -> bool:
    """"Rolls-Royce": two capitalised words joined by a hyphen, alone."""
    return len(span) == 3 and span[1].text == "-" and not span[0].whitespace_ and not span[1].whitespace_ \
        and span[0].is_title and span[2].is_title


def _after_small_words(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].lower_ in TITLE_INNER_WORDS:
        i += 1
    return i


def _works_titled_by_a_number(doc: Doc, spans: list[Span], work_nouns: set[str]) -> list[Span]:
    """"US TV drama 24", "the film 300": a whole number right after a singular work noun, with no noun of its own
    after it, is the work's title, and so is that number after "of" and a work noun elsewhere ("this series of
    24"); never after a noun that numbers its parts (numbered_work_nouns: "series 3", "game 2")."""
    titles, works = set(), []
    for token in doc:
        if token.is_lower and token.tag_ == "NN" and token.lower_ in work_nouns and token.i + 1 < len(doc) \
                and doc[token.i + 1].is_digit and (token.i + 2 == len(doc) or doc[token.i + 2].pos_ not in {
                    "NOUN", "PROPN", "NUM"}):
            titles.add(doc[token.i + 1].text)
            works.append(doc[token.i + 1:token.i + 2])
    for token in doc:
        if token.text in titles and token.i > 1 and doc[token.i - 1].lower_ == "of" \
                and doc[token.i - 2].lower_ in work_nouns | {"series"}:
            works.append(doc[token.i:token.i + 1])
    return _replacing(spans, [Span(doc, w.start, w.end, label="WORK_OF_ART") for w in works])


#: Words between a work's noun and its title ("a blog called X", "a film entitled X").
NAMING_VERBS = frozenset({"called", "named", "dubbed", "entitled", "titled"})


def _work_title_end(doc: Doc, i: int, end: int) -> int:
    """Where the title of a work opening at token ``i`` ends (see :func:`_works_titled_after_their_noun`)."""
    j = _title_end(doc, i, end)
    while j + 1 < end:
        word, after = doc[j], doc[j + 1]
        joined = not doc[j - 1].whitespace_ and after.text[:1].isupper()
        if joined and (word.text in POSSESSIVE_MARKS or (word.text == "-" and not word.whitespace_)):
            j = _title_end(doc, j + 1, end)  # "That's Life", "Tele-Ho"
        elif word.lower_ == "and" and j == i + 1 and after.text[:1].isupper() and after.pos_ != "DET":
            j = _title_end(doc, j + 1, end)  # "Hide and Seek", "Harold and Kumar Get The Munchies"
        else:
            break
    if j < end and doc[j].text in {"?", "!"} and not doc[j - 1].whitespace_:
        j += 1
    elif j < end and j > i and doc[j].is_digit and len(doc[j]) <= 3 and doc[j - 1].is_title and (
            j + 1 == end or doc[j + 1].is_punct or doc[j + 1].pos_ in {"VERB", "AUX", "ADP", "CCONJ"}):
        j += 1  # "Assault On Precinct 13, starring", "Apollo 13 returned": a number closing the title (not "Friends
        # 10 years on": the number counts what follows)
    return j


def _works_owned_by_their_authors(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Colm Toibin's The Master", "Alice Sebold's The Lovely Bones": a capitalised "The" after a person's possessive
    opens a work's title (its capitalised words and the small words between them), and the owner is its author, a
    person, whatever label the models gave either."""
    works, authors = [], set()
    people = {s.end: s for s in spans if s.label_ == "PERSON" or s.label_ == "WORK_OF_ART" and opens_with_first_name(s)}
    for i in positions(doc, THE):
        if doc[i].text == "The" and i >= 2 and doc[i - 1].text in POSSESSIVE_MARKS and i - 1 in people \
                and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            works.append(Span(doc, i, _title_end(doc, i, doc[i].sent.end), label="WORK_OF_ART"))
            authors.add(i - 1)
    return _replacing([Span(doc, s.start, s.end, label="PERSON") if s.end in authors else s for s in spans], works)


def _surname_line_ups(doc: Doc, spans: list[Span]) -> list[re.Match]:
    """The lines (or sentences in a line of them) that list a team's surnames: headed ("Subs Not Used:"), or five
    names or more on a line of their own, or parted by semicolons, or listing two players the report names in full,
    or written right beside such a list (the team before its replacements, the replacements after the team)."""
    named = _surnames(spans)
    found = list(SURNAME_LINE_UP.finditer(doc.text))
    names = [[name.group().split()[-1] for name in LINE_UP_SURNAME.finditer(_without_notes(line.group("names")))]
             for line in found]
    kept = [bool(line.group("label")) or len(listed) >= 5 and (";" in line.group("names") or sum(
        n in named for n in listed) >= 2 or _a_whole_line(doc.text, line.start(), line.end()))
        for line, listed in zip(found, names)]
    for _ in range(2):  # (beside a list that is one because of its neighbour)
        for k, line in enumerate(found):
            beside = [j for j in (k - 1, k + 1) if 0 <= j < len(found) and kept[j] and not doc.text[
                min(line.end(), found[j].end()):max(line.start(), found[j].start())].strip(" .\n")]
            kept[k] = kept[k] or len(names[k]) >= 5 and bool(beside)
    return [line for line, keep in zip(found, kept) if keep]


def _without_notes(text: str) -> str:
    """The text with what stands in brackets blanked out, the offsets kept."""
    return re.sub(r"\([^()\n]*\)", lambda note: " " * len(note.group()), text)


def _a_whole_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a line of its own (a full stop after it aside)."""
    line_end = text.find("\n", end)
    return not text[text.rfind("\n", 0, start) + 1:start].strip() \
        and not text[end:line_end if line_end != -1 else len(text)].strip(" .")


def _with_line_up_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The players of a team line-up, three or more initials and surnames listed with commas or semicolons
    ("C Paterson; S Danielli, A Craig, H Southwell, S Lamont"), or a line of surnames alone, its positions parted by
    semicolons, headed "Replacements:", listing two players the report names in full ("Delport; Pieters, Rasmussen,
    O'Leary; Brown, Powell; ...", "Halliwell, Mensing, Sheridan (Burns 61), ...") or on the line right after such a
    line (the replacements after the team), are people,
    whatever the models read (they make surnames places, clubs and events), and so is a name in full elsewhere that
    a line-up lists by its initial ("Brent Cockbain" of "B Cockbain"); the canonical layer joins "H Southwell"
    to a "Hugo Southwell" named in the report; the team a line-up is written after ("Man City: James, ...") is an
    organisation. Written by hand: no library reads sports line-ups."""
    players = []
    runs = [(run.start(), run.group(), LINE_UP_ENTRY) for run in LINE_UP.finditer(doc.text)
            if len(LINE_UP_PLAYER.findall(run.group())) >= LINE_UP_MIN_INITIALLED]
    lines = _surname_line_ups(doc, spans)
    runs += [(line.start("names"), line.group("names"), LINE_UP_SURNAME) for line in lines]
    teams = (doc.char_span(line.start("team"), line.end("team"), label="ORG") for line in lines if line.group("team"))
    players += [team for team in teams if team is not None]
    runs += [(start + note.start("name"), note.group("name"), LINE_UP_SURNAME)
             for start, run, _ in list(runs) for note in LINE_UP_SUBSTITUTE.finditer(run)]
    for start, run, player in runs:
        for entry in player.finditer(_without_notes(run)):  # (not a club in brackets: "Jauzion (Stade Toulousain)")
            name = entry.group("name") if "name" in player.groupindex else entry.group()
            span = doc.char_span(start + entry.start(), start + entry.start() + len(name), label="PERSON")
            if span is not None and not is_state_or_country(span.text):
                players.append(span)
    # the report's "Brent Cockbain" read as an organisation is the line-up's "B Cockbain"
    initialled = {(p.text[0], p.text.split(maxsplit=1)[1]) for p in players if LINE_UP_PLAYER.fullmatch(p.text)}
    players += [Span(doc, s.start, s.end, label="PERSON") for s in spans if s.label_ != "PERSON" and len(s) > 1
                and len(s[0]) > 2 and s[0].is_title and (s.text[0], s[1:].text) in initialled]
    return _replacing(spans, players)


def _people_joined_as_one(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Petrov and Juninho" read as one organisation: a name of two words joined by "and", each the first or last word
    of a person the article names in full, is those two people; so is "Gregory Vignal and Nacho Novo", each side of
    its one "and" (one to three capitalised words) a name a known first name opens or whose last word is a person's
    the article names ("Vignal" of a line-up, "Striker Novo"); not "Marks and Spencer"."""
    words = {w for s in spans if s.label_ == "PERSON" and len(s) > 1 for w in (s[0].text, s[-1].text)}
    surnames = words | {s.text for s in spans if s.label_ == "PERSON" and len(s) == 1}
    out = []
    for span in spans:
        if span.label_ != "PERSON" and len(span) == 3 and span[1].lower_ == "and" \
                and span[0].text in words and span[2].text in words:
            out += [Span(doc, span.start, span.start + 1, label="PERSON"), Span(doc, span.end - 1, span.end,
                                                                              label="PERSON")]
            continue
        joins = [t.i for t in span if t.lower_ == "and"]
        if span.label_ != "PERSON" and len(joins) == 1 and len(span) > 3:
            sides = [Span(doc, span.start, joins[0], label="PERSON"), Span(doc, joins[0] + 1, span.end, label="PERSON")]
            if all(0 < len(side) <= 3 and all(t.is_title for t in side)
                   and (opens_with_first_name(side) or side[-1].text in surnames) for side in sides):
                out += sides  # "Goals from Gregory Vignal and Nacho Novo gave Rangers ..."
                continue
        out.append(span)
    return out


PEOPLE_OR_PLACES = frozenset({"PERSON", "GPE", "LOC", "FAC"})
#: The head nouns of institutions named for what they are for ("the Internet Corporation for Assigned Names and
#: Numbers", "the Commission for Racial Equality").
INSTITUTION_HEADS = frozenset({"Department", "Ministry", "Corporation", "Institute", "Centre", "Center", "Council",
                               "Commission", "Agency", "Office", "Society", "Foundation", "Federation", "Association",
                               "Committee", "Bureau", "Board", "Authority", "Fund", "Trust", "Campaign", "Alliance",
                               "Organisation", "Organization"})


def _joined_pairs(spans: list[Span], joined) -> list[Span]:
    """The spans in order, each with the one before it replaced by ``joined(before, span)`` where that gives a span
    (the two read as one name), else kept apart."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        whole = joined(out[-1], span) if out else None
        if whole is not None:
            out[-1] = whole
        else:
            out.append(span)
    return out


def _joined_across(doc: Doc, spans: list[Span], word: str, joins, label: str = "ORG", end_of=None) -> list[Span]:
    """Each two spans with only ``word`` between them that ``joins(first, second)`` accepts, as one name of ``label``
    (an organisation), ending where ``end_of(second)`` says (at the second's end)."""
    return _joined_pairs(spans, lambda previous, span: Span(
        doc, previous.start, end_of(span) if end_of else span.end, label=label)
        if previous.end + 1 == span.start and doc[previous.end].lower_ == word and joins(previous, span) else None)


def _institutions_for_a_purpose(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the Internet Corporation for Assigned Names and Numbers", "the Joint Committee on Human Rights": an
    organisation's name ending in an institution's head noun, then "for" or "on" and a name right after, is one name
    (the models cut it there); and "the Guildhall School of Speech and Drama", "the Department of Trade and Industry":
    an organisation's name of a head word and "of" a subject, then "and" and a second subject of one capitalised word
    (no place, no one's first name), the name going on after the sentence's next word is not."""
    for word in ("for", "on"):
        spans = _joined_across(doc, spans, word, lambda first, second: first.label_ == "ORG"
                               and first[-1].text in INSTITUTION_HEADS and second[0].is_title
                               and second.label_ in {"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
    spans = _replacing(spans, [found for span in spans if (found := _purpose_no_model_read(span)) is not None])
    def second_subject(second: Span) -> bool:
        return len(second) == 1 and second[0].is_title and second.label_ not in PLACE_LABELS \
            and second.text not in first_names() and not (second.end < len(doc) and doc[second.end].is_title)

    spans = _replacing(spans, [found for head in doc if (found := _listed_subjects(head)) is not None])
    taken = {i for span in spans for i in range(span.start, span.end)}
    spans = [Span(doc, span.start, span.end + 2, label=span.label_) if span.label_ == "ORG"
             and _subject_after_head(span) and span.end + 1 < len(doc) and doc[span.end].lower_ == "and"
             and span.end + 1 not in taken and doc[span.end + 1].is_alpha
             and not is_state_or_country(doc[span.end + 1].text)
             and second_subject(doc[span.end + 1:span.end + 2]) else span for span in spans]  # "and Development",
    # which the models left out
    spans = _joined_across(doc, spans, "and", lambda first, second: first.label_ == "ORG" and _subject_after_head(first)
                           and second_subject(second))
    return _joined_across(doc, spans, "and", _named_for_joint_places)


def _purpose_no_model_read(span: Span) -> Span | None:
    """"the Institute for Supply Management (ISM)" read as the place "Institute": a name ending in an institution's
    head, then "for" or "on" and capitalised words no model read (one to four, no place, no one's first name), is one
    organisation's name (not "the National Tennis Centre on Friday")."""
    doc, end = span.doc, span.end + 1
    if span[-1].text not in INSTITUTION_HEADS or end >= len(doc) or doc[span.end].lower_ not in {"for", "on"}:
        return None
    while end < len(doc) and end - span.end <= 4 and doc[end].is_title and doc[end].is_alpha \
            and not doc[end].ent_type_ and doc[end].text not in first_names() \
            and not is_state_or_country(doc[end].text) and doc[end].text not in cities() \
            and doc[end].lower_ not in DAY_WORDS and doc[end].lower_ not in MONTHS:
        end += 1
    return Span(doc, span.start, end, label="ORG") if end > span.end + 1 and (
        end == len(doc) or not doc[end].is_title) else None


def _listed_subjects(head: Token) -> Span | None:
    """"the Department for Culture, Media and Sport", "Ministry of Agriculture, Fisheries and Food": an institution's
    head, "of" or "for" (and "the Study of": "the Centre for the Study of Children, Youth and Media"), then
    capitalised subjects listed with commas and "and": one organisation's name, whatever pieces the models read."""
    doc = head.doc
    if head.text not in INSTITUTION_HEADS or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in {"of", "for"}:
        return None

    def subject(t: Token) -> bool:  # one capitalised word of a field, no one's name nor a place
        return t.is_title and t.is_alpha and t.text not in first_names() and not is_state_or_country(t.text) \
            and t.text not in cities()

    j, commas, end = head.i + 2, 0, head.sent.end
    if j + 3 < end and doc[j].lower_ == "the" and doc[j + 1].is_title and doc[j + 2].lower_ == "of":
        j += 3  # "the Centre for the Study of Children, Youth and Media": the field's list after its study
    while j + 2 < end and subject(doc[j]):  # (a subject of one word each: not "of Trade, Tony Blair and ...")
        if doc[j + 1].text == ",":
            j, commas = j + 2, commas + 1
        elif doc[j + 1].lower_ == "and" and commas and subject(doc[j + 2]):
            last = j + 3 if j + 3 < end and subject(doc[j + 3]) else j + 2  # "Food and Rural Affairs"
            return Span(doc, head.i, last + 1, label="ORG")
        else:
            return None
    return None


def _subject_after_head(span: Span) -> bool:
    """Whether a name ends in an institution's head, "of" or "for", and a subject of capitalised words ("the Department
    of Trade", "the Organisation for Economic Co-operation")."""
    words = [t for t in span if t.text not in HYPHENS and not (t.i > span.start and t.doc[t.i - 1].text in HYPHENS)]
    connectives = [k for k, t in enumerate(words) if t.lower_ in {"of", "for"}]
    return bool(connectives) and 0 < connectives[-1] < len(words) - 1 \
        and words[connectives[-1] - 1].text in INSTITUTION_HEADS | SCHOOL_HEADS \
        and all(t.is_title for t in words[connectives[-1] + 1:])


def _named_for_joint_places(first: Span, second: Span) -> bool:
    """"the Police Federation of England and Wales", "the Football Association of Trinidad and Tobago": an
    organisation's name (or an institution's, whatever the models called it) ending in "of" and a place, "and" and a
    place named together with it."""
    of = [t.i for t in first if t.lower_ == "of"]
    return bool(of) and of[-1] > first.start and is_joint_place(first.doc[of[-1] + 1:first.end].text, second.text) \
        and (first.label_ == "ORG" or first.doc[of[-1] - 1].text in INSTITUTION_HEADS | SCHOOL_HEADS)


#: Head words of schools' and colleges' names ("the Guildhall School of Speech and Drama").
SCHOOL_HEADS = frozenset({"School", "College", "University", "Academy", "Faculty", "Museum"})


#: Last words of a law's name ("the Asylum and Immigration Act 1999"), and the year that may follow them.
LAW_LAST_WORDS = frozenset({"Act", "Bill", "Pact", "Treaty", "Protocol", "Agreement", "Charter"})  # (not "Accord": a car)
#: A model's code after its maker's name: capital letters and digits ("P900", "A380", "N70"; not the digits alone of
#: an index, "FTSE 100").
MODEL_CODE = re.compile(r"[A-Z]{1,3}-?\d{2,4}[a-z]?")
#: Verbs by which a work is given a prize ("won best drama", "was named top new comedy").
AWARD_VERBS = frozenset({"win", "name", "be", "take", "scoop", "collect", "claim", "land", "earn", "vote"})
#: A numbered part of a law, a name of its own ("Section 48", "Article 50", "Clause 4").
LAW_PART = re.compile(r"(?:Section|Article|Clause) \d+[A-Z]?")
LAW_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _a_law_by_its_last_word(span: Span) -> bool:
    """"the Gambling Bill", "the Terrorism Act 2000": a name of several words after "the" that ends in a law's word (and
    a year) is a law, whatever the models read (an event, a person: "Bill" is a first name); not a work ("Kill Bill")."""
    doc = span.doc
    words = [t.text for t in span if not LAW_YEAR.fullmatch(t.text)]
    return len(words) > 1 and words[-1] in LAW_LAST_WORDS and span.label_ in NAME_LABELS - {"LAW", "WORK_OF_ART"} \
        and span.start > 0 and doc[span.start - 1].lower_ == "the" and not opens_with_first_name(span)


#: Nouns a constituency's name stands before ("the Tatton seat", "the Hartlepool by-election").
SEAT_NOUNS = frozenset({"seat", "constituency", "by-election"})


def _a_seat_named_after(doc: Doc, span: Span) -> bool:
    """Whether ``span`` comes right after "MP for" (or "MSP", "AM", "MEP", "member for"): a constituency's name."""
    return span.start > 1 and doc[span.start - 1].lower_ == "for" \
        and doc[span.start - 2].text in {"MP", "MSP", "AM", "MEP", "MLA", "member", "Member"} \
        and span.label_ in {"GPE", "LOC", "PERSON", "ORG"} and not opens_with_first_name(span)


def _laws_by_their_last_word_alone(doc: Doc, spans: list[Span]) -> list[Span]:
    """"The Constitutional Reform Bill was debated ... voted against the Bill": the law's word alone after "the",
    where the article names a law ending in it, is that law, whatever the models read ("Bill" is a first name)."""
    words = {s[-1].text for s in spans if s.label_ == "LAW" and len(s) > 1}
    return [Span(doc, s.start, s.end, label="LAW") if len(s) == 1 and s.label_ != "LAW" and s[0].text in words
            and s.start > 0 and doc[s.start - 1].lower_ == "the" else s for s in spans]


def _laws_joined_by_and(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the Asylum and Immigration Act 1999", "the Stability and Growth Pact": one capitalised word, "and", then a name
    ending in a law's or a treaty's word (``LAW_LAST_WORDS``; and the year after it) is one law, where the models cut
    it at "and"."""
    def with_year(law: Span) -> int:
        year = law.end < len(doc) and LAW_YEAR.fullmatch(doc[law.end].text)
        return law.end + 1 if year else law.end

    return _joined_across(doc, spans, "and", lambda first, second: len(first) == 1 and first[0].is_title
                          and second[-1].text in LAW_LAST_WORDS, label="LAW", end_of=with_year)


def _laws_with_their_year(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the Human Rights Act 1998": a name ending in a law's word (``LAW_LAST_WORDS``) runs on over the year right
    after it, which is part of the law's name, where the models read the year as a date of its own."""
    years = {s.end for s in spans if s.label_ in NAME_LABELS and s[-1].text in LAW_LAST_WORDS and s.end < len(doc)
             and LAW_YEAR.fullmatch(doc[s.end].text)}
    if not years:
        return spans
    return [Span(doc, s.start, s.end + 1, label=s.label_) if s.end in years else s
            for s in spans if not (len(s) == 1 and s.start in years and s.label_ not in NAME_LABELS)]


#: Acronyms for a person, which no title list holds as its own word ("the British PM", "a Scottish GP").
PERSON_ACRONYMS = frozenset({"PM", "GP", "QC", "DJ", "MC", "VP"})


def _national_bodies_by_acronym(doc: Doc, spans: list[Span], not_names: frozenset[str]) -> list[Span]:
    """"the Spanish FA", "the Scottish FA fined Rangers": a nationality right before an acronym that ends its noun
    phrase is one organisation's name (a national body), where the models read the nationality alone; not an acronym
    before a noun it describes ("a Chinese PC maker") nor one of ``not_names`` (:attr:`NewsEntities.no_body_acronyms`:
    "the US GDP", "the British PM", "British MPs")."""
    joined = []
    for span in spans:
        if len(span) == 2 and span.label_ in {"GPE", "NORP", "PERSON"} and span[0].text in demonym_countries() \
                and span[1].is_upper and span[1].is_alpha and span[1].text not in not_names and span.end < len(doc) \
                and doc[span.end].pos_ not in {"NOUN", "PROPN", "NUM"}:
            joined.append(Span(doc, span.start, span.end, label="ORG"))  # "The French FA, which", read whole as a place
            continue
        if span.label_ != "NORP" or len(span) != 1 or span.end + 1 >= len(doc):
            continue
        acronym, after = doc[span.end], doc[span.end + 1]
        if acronym.is_upper and acronym.is_alpha and 2 <= len(acronym) <= 6 and acronym.text not in not_names \
                and after.pos_ not in {"NOUN", "PROPN", "NUM"} and not after.is_upper \
                and all(s.label_ == "ORG" and len(s) == 1 for s in spans if s.start == span.end):
            joined.append(Span(doc, span.start, span.end + 1, label="ORG"))
    return _replacing(spans, joined)


def _names_owned_by_a_group(doc: Doc, spans: list[Span], group_words: frozenset[str]) -> list[Span]:
    """"the Black Gay Men's Advisory Group", "the Women's Institute": a name right after a group's plural noun and its
    possessive mark (org_nouns.json owning_group_words) runs back over them and the capitalised words before them, one
    organisation's name (or an event's: "the Women's World Cup"), where the models cut it at the mark and read its
    first words as a place (not a person after it, who is the group's: "The History Boys' Samuel Barnett")."""
    joined = []
    for span in spans:
        if span.label_ in NAME_LABELS - {"PERSON"} and span[0].is_title and span.start >= 2 \
                and doc[span.start - 1].text in POSSESSIVE_MARKS and doc[span.start - 2].text in group_words:
            start = span.start - 2
            while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and doc[start - 1].lower_ not in STOP_WORDS:
                start -= 1
            joined.append(Span(doc, start, span.end, label=span.label_ if span.label_ in {
                "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"} else "ORG"))
    return _replacing(spans, joined)


def _names_joined_by_and(doc: Doc, spans: list[Span], last_words: set[str]) -> list[Span]:
    """"the Transport and General Workers' Union": one capitalised word, "and", then an organisation's name ending in
    an organisation's word (org_nouns.json "org_last_words") is one name, where the word is written nowhere else alone
    (only inside a name: "the Economic Social Research Council ... Economic and Social Research Council's") (the models
    cut it at "and"; not "Unison and the General Workers' Union", nor a list of names)."""
    return _joined_across(doc, spans, "and", lambda first, second: len(first) == 1 and first[0].is_title
                          and first.label_ not in PEOPLE_OR_PLACES and second.label_ == "ORG" and len(second) >= 2
                          and second[0].is_title and second[-1].text.rstrip("'’s") in last_words
                          and not any(t.text == first.text and t.i != first.start and not (
                              t.i + 1 < len(doc) and doc[t.i + 1].is_title) for t in doc)
                          and not (first.start > 0 and doc[first.start - 1].text == ","))


#: Words before the opponents a team played ("against West Brom and Aston Villa", "wins over Leeds and Hull").
OPPONENT_WORDS = frozenset({"against", "beat", "beating", "beaten", "over", "v", "vs", "versus", "to", "at"})


def _organisations_listed_with_one(doc: Doc, spans: list[Span], org_nouns: set[str] = frozenset()) -> list[Span]:
    """"good displays against West Brom and Aston Villa": a name read as a person, listed right beside an organisation
    with "and", "or" or a comma after a word for opponents, that no known first name or honorific opens, is an
    organisation too (a team); not a person listed with a club elsewhere ("Kolo Toure and Arsenal agreed terms").
    So is one in a list right after a plural noun for organisations (``org_nouns``, by lemma: "British casino
    operators London Clubs International, Rank Group and Stanley Leisure welcomed the bill")."""
    out = list(spans)
    by_token = {i: s for s in out for i in range(s.start, s.end)}
    for k, span in enumerate(out):
        if span.label_ != "PERSON" or len(span) < 2 or span[0].text in first_names() \
                or _honorific_before(doc, span.start):
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(out) and out[j].label_ == "ORG":
                left, right = (out[j], span) if j < k else (span, out[j])
                head = right.root.head
                while head.dep_ == "conj" and head.head.i < head.i:
                    head = head.head  # the list's first name
                first = by_token.get(head.i)
                noun = doc[first.start - 1] if first is not None and first.start > 0 else None
                after_noun = noun is not None and noun.tag_ == "NNS" and noun.lemma_.lower() in org_nouns
                if doc[left.end:right.start].text.strip() in {"and", "or", ","} \
                        and right.root.dep_ == "conj" and left.start <= right.root.head.i < left.end or (
                        after_noun and right.root.dep_ == "conj" and doc[right.start - 1].lower_ in {"and", "or", ","}):
                    cued = after_noun or (
                        not (right.end < len(doc) and doc[right.end].pos_ in {"AUX", "VERB"})
                        and any(t.lower_ in OPPONENT_WORDS for t in doc[max(0, left.start - 3):left.start]))
                    if cued:
                        out[k] = Span(doc, span.start, span.end, label="ORG")
                        break
    return out


def _organisations_given_as_examples(doc: Doc, spans: list[Span], org_nouns: set[str]) -> list[Span]:
    """"Some networks, such as Orange, charge up to £1", "firms like Wanadoo and Tiscali": the names given as examples
    of a plural noun for organisations (``org_nouns``, by lemma) with "such as", "like" or "including" are
    organisations, whatever the models read (no country or state). So are the names of a list right after the
    lower-case plural noun, or the capitalised one opening the sentence ("Technology firms Sony, Philips, Matsushita
    and Samsung", "Retailers Tesco and Asda"; two names or more, none a city or opened by a known first name)."""
    examples, listed = set(), set()
    for noun in doc:
        opening = noun.is_sent_start and noun.is_title and noun.lower_.endswith("s") and noun.lower_[:-1] in org_nouns
        if not opening and (noun.tag_ != "NNS" or noun.lemma_.lower() not in org_nouns):
            continue  # (a plural noun opening the sentence, capitalised, is tagged as a name: "Retailers Tesco and")
        k = after_example_cue(doc, noun.i + 1 + (noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","))
        if k is not None:
            examples.update(_owned_by_a_place(doc, first) for first in _capitalised_list(doc, k))
        elif (noun.is_lower or opening) and len(firsts := _capitalised_list(doc, noun.i + 1)) >= 2:
            listed.update(firsts)
        examples |= _listed_before_others(noun)
    return [Span(doc, s.start, s.end, label="ORG") if s.label_ in {"PERSON", "GPE", "LOC", "NORP", "FAC"}
            and not is_state_or_country(s.text) and (s.start in examples or s.start in listed and s.text not in cities()
                                                     and not opens_with_first_name(s)) else s for s in spans]


def _owned_by_a_place(doc: Doc, first: int) -> int:
    """Where a listed name starts that follows a place's possessive ("firms such as Ireland's Ryanair"): after the
    mark; else ``first``."""
    end = first
    while end < len(doc) and doc[end].text[:1].isupper():
        end += 1
    owned = end + 1 < len(doc) and doc[end].text in {"'s", "’s"} and doc[end + 1].text[:1].isupper()
    return end + 1 if owned and known_place(doc[first:end].text) else first


def _capitalised_list(doc: Doc, k: int) -> list[int]:
    """Where each capitalised name of a list starting at token ``k`` starts ("Orange, O2 and Vodafone"; an owner's
    possessive is part of the item: "Ireland's Ryanair and Spain's Vueling")."""
    firsts = []
    while k < len(doc) and doc[k].text[:1].isupper():
        firsts.append(k)
        while k < len(doc) and (doc[k].text[:1].isupper() or doc[k].text in {"'s", "’s"} and k + 1 < len(doc)
                                and doc[k + 1].text[:1].isupper()):
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ in {",", "and", "or"} and doc[k + 1].text[:1].isupper():
            k += 1
    return firsts


def _listed_before_others(noun: Token) -> set[int]:
    """"CD Universe, Powergen and many other companies": where the plural noun has "other" before it and "and" or
    "or" before its phrase, the first token of each capitalised name listed before that (one word or more)."""
    doc = noun.doc
    start = noun.left_edge.i
    if not any(c.lower_ == "other" and c.i < noun.i for c in noun.lefts) or start < 2 \
            or doc[start - 1].lower_ not in {"and", "or"}:
        return set()
    firsts, k = set(), start - 2
    while k >= 0 and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
        while k > 0 and doc[k - 1].text[:1].isupper() and not doc[k].is_sent_start:
            k -= 1
        firsts.add(k)
        if k < 2 or doc[k - 1].text != ",":
            break
        k -= 2
    return firsts


def after_example_cue(doc: Doc, k: int) -> int | None:
    """Where the examples start when "such as", "like" or "including" stands at token ``k`` ("networks such as
    Orange", "films like Shrek"); None when none does."""
    if k + 1 < len(doc) and doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
        return k + 2
    return k + 1 if k < len(doc) and doc[k].lower_ in {"like", "including"} else None


def _people_listed_with_people(doc: Doc, spans: list[Span], org_last_words: set[str]) -> list[Span]:
    """"with Meryl Streep, Morgan Freeman and Cate Blanchett": a two-word name read as an organisation or a place,
    listed with "and", "or" or a comma between two people, or beside one when a known first name opens it, is a
    person too, and so is a one-word name every other name of its list (two at least) is a person's ("confronted by
    Zoe, Chrissie and Sam"; not a town or a country); not "Goldman Sachs, Morgan Stanley and UBS", listed with
    organisations, nor a name ending in an organisation's word."""
    out = list(spans)
    listed = _listed_together(doc, out)
    for k, span in enumerate(out):
        if span.label_ not in {"ORG", "GPE", "NORP"} or len(span) > 2 or not all(t.is_title for t in span) \
                or span[-1].text in org_last_words:
            continue
        others = [out[j] for j in listed.get(k, []) if j != k]
        if len(span) == 1:  # "Zoe, Chrissie and Sam": a one-word name, every other in its list a person's
            if len(others) >= 2 and all(o.label_ == "PERSON" for o in others) and span.text not in cities() \
                    and not is_state_or_country(span.text):
                out[k] = Span(doc, span.start, span.end, label="PERSON")
            continue
        beside = [out[j] for j in (k - 1, k + 1) if 0 <= j < len(out)]
        people = sum(other.label_ == "PERSON" and doc[min(other.end, span.end):max(other.start, span.start)]
                     .text.strip() in {"and", "or", ","} for other in beside)
        if people == 2 or people == 1 and span[0].text in first_names():
            out[k] = Span(doc, span.start, span.end, label="PERSON")
    return out


def _places_joined_by_a_hyphen(doc: Doc, spans: list[Span], known_place) -> list[Span]:
    """"a London-Frankfurt merger", "the Paris-Dakar rally": two places joined by a hyphen, read as one, one of them a
    known place and the whole none ("Guinea-Bissau"), are two places (GPE), each itself."""
    out = []
    for span in spans:
        if len(span) == 3 and span.label_ in {"GPE", "LOC"} and span[1].text in HYPHENS and not span[0].whitespace_ \
                and not span[1].whitespace_ and span[0].is_title and span[2].is_title \
                and not known_place(span.text) and not is_state_or_country(span.text) \
                and (known_place(span[0].text) or known_place(span[2].text)):
            out += [Span(doc, span.start, span.start + 1, label="GPE"), Span(doc, span.end - 1, span.end, label="GPE")]
        else:
            out.append(span)
    return out


def _places_listed_with_places(doc: Doc, spans: list[Span], known_place) -> list[Span]:
    """"disturbances that spread to the Midlands, Merseyside, Bristol and Leeds": in a list of three names or more, at
    least half of them known places (``known_place``, whatever the models read: "Leeds" as a club), a name of one or
    two capitalised words read as a person or an organisation is a place; not in an article about sport, where such
    lists name clubs ("Bath, Gloucester and Leicester"), nor where a known first name opens a name of the list."""
    out = list(spans)
    at = [k for k, span in enumerate(out) if span.label_ in NAME_LABELS]  # (not "Leeds, nearly 400 people")
    listed = _listed_together(doc, [out[k] for k in at])
    places = [members for members in {tuple(at[j] for j in m) for m in listed.values() if len(m) >= 3}
              if not any(opens_with_first_name(out[j]) or len(out[j]) > 2
                         or not all(t.is_title and t.is_alpha for t in out[j]) for j in members)
              and 2 * sum(bool(known_place(out[j].text)) for j in members) >= len(members)]
    if not places or about_sport(doc, word_list("relation_verbs.json", "team_words")):
        return spans
    for members in places:
        for j in members:
            if out[j].label_ in {"PERSON", "ORG"}:
                out[j] = Span(doc, out[j].start, out[j].end, label="GPE")
    return out


def _listed_together(doc: Doc, spans: list[Span]) -> dict[int, list[int]]:
    """For each span in a list of names ("A, B and C": only a comma, "and", "or" or ", and" between them), the
    indexes of that list's spans."""
    lists, current = {}, [0] if spans else []
    for k in range(1, len(spans)):
        if doc[spans[k - 1].end:spans[k].start].text.strip() in {",", "and", "or", ", and", ", or"}:
            current.append(k)
        else:
            current = [k]
        for j in current:
            lists[j] = current
    if spans:
        lists.setdefault(0, [0])
    return lists


def _town_clubs_read_as_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """"a move to Leeds United from Birmingham City", "Stoke City", "Grimsby Town", "Derby County" read as places: in
    an article about sport, a town's name and "City", "Town" or "County" (TOWN_CLUB_WORDS), two words in all, is the
    club, unless the two words are a city's own name ("Mexico City", "Panama City"), or a place's where "in" is
    before them ("the fight in Atlantic City") or an adjective opens them ("the Old City")."""
    if not any(s.label_ in PLACE_LABELS and len(s) == 2 and s[-1].text in TOWN_CLUB_WORDS for s in spans) \
            or not about_sport(doc, word_list("relation_verbs.json", "team_words")):
        return spans
    return [Span(doc, s.start, s.end, label="ORG") if s.label_ in PLACE_LABELS and len(s) == 2
            and s[-1].text in TOWN_CLUB_WORDS and s[0].is_title and s[0].pos_ == "PROPN" and s.text not in cities()
            and not (s.start > 0 and doc[s.start - 1].lower_ == "in") else s for s in spans]


def _clubs_by_their_last_word(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Blackburn Rovers ... Rovers boss Mark Hughes said": a club's last word written alone ("Rovers", "United",
    "Wanderers"), where the article names one club so, is that club, whatever the models read (not "United Nations")."""
    ends = Counter(s[-1].text for s in spans if s.label_ == "ORG" and len(s) > 1 and s[-1].text in CLUB_WORDS)
    words = {w for w, n in ends.items() if n and len({s.text for s in spans if len(s) > 1 and s[-1].text == w}) == 1}
    if not words:
        return spans
    covered = {i for s in spans for i in range(s.start, s.end)}
    found = [Span(doc, i, i + 1, label="ORG") for i in positions(doc, frozenset(w.lower() for w in words))
             if doc[i].text in words and i not in covered and not (i + 1 < len(doc) and doc[i + 1].is_title)]
    return filter_spans(spans + found) if found else spans


def _names_with_a_glued_colon(doc: Doc, spans: list[Span]) -> list[Span]:
    """"CD:UK", "SM:tv": two words joined by a colon with no space around it, one of them capitalised, are one title
    (a programme's, as news writes them), whatever pieces the models read ("UK" a country); not a clock time or a
    verse ("10:30", "3:16"), nor "Blade: Trinity", a title with a subtitle read elsewhere."""
    found = []
    for colon in doc[1:-1]:
        before, after = doc[colon.i - 1], doc[colon.i + 1]
        if colon.text == ":" and not before.whitespace_ and not colon.whitespace_ and before.is_alpha \
                and after.is_alpha and (before.text[0].isupper() or after.text[0].isupper()):
            found.append(Span(doc, before.i, after.i + 1, label="WORK_OF_ART"))
    return _replacing(spans, found)


def _people_with_a_middle_initial(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Hunter S Thompson", read as "Hunter" and "S Thompson": a one-word name right before a person's name that opens
    with a single capital letter (a middle initial written without its full stop) is that person's first name."""
    out: list[Span] = []
    for span in spans:
        before = out[-1] if out else None
        if before is not None and before.end == span.start and len(before) == 1 and before[0].is_title \
                and span.label_ == "PERSON" and len(span) >= 2 and len(span[0].text) == 1 and span[0].is_upper:
            out[-1] = Span(doc, before.start, span.end, label="PERSON")
            continue
        out.append(span)
    return out


INITIALS = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
#: One initial before a surname ("E Hayot"), not the article "A" nor the pronoun "I".
ONE_INITIAL = re.compile(r"[B-HJ-Z]\.?")
SPEAKING_LEMMAS = frozenset({"say", "tell", "add", "write", "die"})


def _people_by_their_initials(doc: Doc, spans: list[Span], org_last_words: set[str], variants: dict,
                              speaking: frozenset[str] = SPEAKING_LEMMAS) -> list[Span]:
    """"JK Rowling", "JM Barrie", "C.S. Lewis": initials and a surname the article names alone as a person somewhere
    ("Barrie died in 1937", or before ``speaking`` verbs: "said", "revealed", "died") are a person's name, read as a
    firm's (or a country's code and a firm: "JM" is Jamaica's); not "BT Group", whose last word is an organisation's,
    nor "EA Sports" with "Sports" no one's name, nor a country's short name before a body ("UK Athletics":
    ``variants``). So are initials the models read apart from the surname ("JK" a place, "Rowling" nothing), and one
    initial before a surname that speaks ("E Hayot, writing in the blogzine Print Culture, said": "Hayot" read as a
    place; not "A" or "I")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    grown, spoken = {}, set()
    for s in spans:
        if s.label_ not in {"ORG", "GPE", "NORP", "FAC", "LOC"} or len(s) != 1:
            continue
        before = doc[s.start - 1] if s.start > 0 else None
        if INITIALS.fullmatch(s[0].text) and s[0].text.lower() not in variants and s.end < len(doc) \
                and s.end not in taken and doc[s.end].is_title and doc[s.end].text not in org_last_words:
            grown[s.start] = Span(doc, s.start, s.end + 1, label=s.label_)  # "JK" + "Rowling"
        elif before is not None and before.i not in taken and s[0].is_title and s[0].text not in org_last_words \
                and ONE_INITIAL.fullmatch(before.text) and s.label_ in PLACE_LABELS and _speaks(s, speaking) \
                and not (is_state_or_country(s.text) or is_region(s.text) or s.text in cities()):  # ("S. Korea said")
            grown[s.start] = Span(doc, s.start - 1, s.end, label=s.label_)  # "E" + "Hayot" (read as a place that
            # speaks: not "Q Magazine said")
            spoken.add(s.start - 1)
    originals = {grown[s.start].start: s for s in spans if s.start in grown}
    spans = [grown.get(s.start, s) for s in spans]
    candidates = {s.start for s in spans if s.label_ in {"ORG", "GPE", "NORP", "FAC", "LOC"} and len(s) == 2
                  and (INITIALS.fullmatch(s[0].text) or s.start in spoken)
                  and s[0].text.lower() not in variants  # (not "UK Athletics")
                  and s[1].is_title and s[1].text not in org_last_words}
    if not candidates:
        return [originals.get(s.start, s) for s in spans]
    alone = {s.text for s in spans if s.label_ == "PERSON" and len(s) == 1} | {
        t.text for t in doc[:-1] if t.is_title and doc[t.i + 1].lemma_ in speaking
        and not (t.i > 0 and INITIALS.fullmatch(doc[t.i - 1].text))}  # "Barrie" read as a person, "Rowling said"
    people = {s.start for s in spans if s.start in candidates and (s[1].text in alone or s.start in spoken)}
    return [Span(doc, s.start, s.end, label="PERSON") if s.start in people else originals.get(s.start, s)
            for s in spans]


def _speaks(span: Span, speaking: frozenset[str] = SPEAKING_LEMMAS) -> bool:
    """Whether the name is the subject of a verb of speaking ("E Hayot, writing in X, said")."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ in speaking


def _without_country_before_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """"US Ahold suppliers face charges" (a headline), then "Ahold" throughout: a country's short name opening an
    organisation written so once, whose rest the article writes alone, only says where (not "US Airways", always so
    written); so does a people's word before one word ("Swiss Xstrata raised its bid ... Xstrata said")."""
    texts = Counter(s.text for s in spans)
    out = []
    for span in spans:
        people = span[0].text in demonyms() and len(span) == 2 and not (
            span.end < len(doc) and doc[span.end].is_title)  # one word after it, not a title's ("Indonesian
        # Economics Minister"; not "British Potato Council", the whole name)
        if span.label_ == "ORG" and len(span) >= 2 and (span[0].is_upper and len(span[0]) <= 3 and is_country(
                span[0].text) or people) and texts[span.text] == 1 and texts[span[1:].text] > 0:
            if people:
                out.append(Span(doc, span.start, span.start + 1, label="NORP"))  # (where it is based)
            span = Span(doc, span.start + 1, span.end, label="ORG")
        out.append(span)
    return out


DAY_NAMES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def _papers_named_for_a_day(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Sunday Telegraph journalist Robert Peston", "the Sunday Times": a day's name before a newspaper's word is
    the paper's name, not a date (the models read "Sunday" as one and leave the paper out)."""
    papers = []
    for i in (i for i in positions(doc, DAY_WORDS) if doc[i].text in DAY_NAMES and i + 1 < len(doc)):
        end = i + 1
        while end < len(doc) and doc[end].is_title and end - i < 3 and is_news_outlet(doc[i:end + 1].text):
            end += 1
        if end > i + 1:
            papers.append(Span(doc, i, end, label="ORG"))
    return _replacing(spans, papers)


def _people_listed_after_plural_titles(spans: list[Span], roles) -> list[Span]:
    """"Fellow locks Robert Sidoli and Brent Cockbain", "Reps. Ann Lee and Tom Reed": after a plural title, a name of
    two or more capitalised words listed with a person is a person too, whatever the models read it as."""
    by_start = {s.start: k for k, s in enumerate(spans)}
    out = list(spans)
    for role in (r for r in roles if r.plural and r.end in by_start):
        k = by_start[role.end]
        if out[k].label_ != "PERSON":
            continue
        while True:
            doc, end = out[k].doc, out[k].end
            nxt = end + 1 if end < len(doc) and doc[end].lower_ in {",", "and"} else None
            if nxt is not None and doc[end].text == "," and nxt < len(doc) and doc[nxt].lower_ == "and":
                nxt += 1
            if nxt is None or nxt not in by_start:
                break
            k = by_start[nxt]
            listed = out[k]
            if listed.label_ in {"ORG", "GPE", "LOC", "NORP", "FAC"} and len(listed) >= 2 \
                    and all(t.is_title for t in listed):
                out[k] = Span(doc, listed.start, listed.end, label="PERSON")
            elif listed.label_ != "PERSON":
                break
    return out


#: Arabic articles written in lower case with a hyphen before a family name ("al-Jibouri", "el-Sisi", "ash-Shara").
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud"})


def _names_over_an_arabic_article(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Trade Minister Mohammed Mustafa al-Jibouri", "Abu Musab al-Zarqawi": a family name after a lower-case
    article and a hyphen (``ARABIC_ARTICLES``) is the end of the person's name before it, where the models read two
    names (the second often a place), and the article opens a family name written alone ("met al-Sadr")."""
    out: list[Span] = []
    for span in spans:
        article, hyphen = (doc[span.start - 2], doc[span.start - 1]) if span.start >= 2 else (None, None)
        if article is None or hyphen.text != "-" or article.lower_ not in ARABIC_ARTICLES or not article.is_lower \
                or article.whitespace_ or hyphen.whitespace_ or not span[0].is_title or span.label_ not in NAME_LABELS:
            out.append(span)
        elif span.label_ == "ORG":
            out.append(Span(doc, span.start - 2, span.end, label="ORG"))  # "al-Qaeda"
        elif out and out[-1].end == span.start - 2 and out[-1].label_ == "PERSON":
            out[-1] = Span(doc, out[-1].start, span.end, label="PERSON")
        else:
            out.append(Span(doc, span.start - 2, span.end, label="PERSON"))
    return out


#: Number words that may open a sentence as a count of the noun after a name ("Five Virgin megastores").
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                         "twelve", "fifteen", "twenty"})


def _without_a_count_opening_it(span: Span) -> Span:
    """"Five Virgin megastores will open": a number word opening a sentence, read into the name after it, counts the
    plural noun after the name, which is the rest alone: the brand or body the things are of (an organisation where
    the models read a person); not "Five News reported", a channel's name before its verb."""
    doc = span.doc
    if len(span) < 2 or span[0].lower_ not in COUNT_WORDS or not span[0].is_sent_start or span.end >= len(doc) \
            or doc[span.end].tag_ != "NNS" or not doc[span.end].is_lower:
        return span
    return Span(doc, span.start + 1, span.end, label="ORG" if span.label_ == "PERSON" else span.label_)


#: Plural nouns for places whose list after "like", "such as" or "including" names places, whatever the models read.
PLACE_LIST_NOUNS = frozenset({"ports", "towns", "cities", "villages", "resorts", "capitals", "suburbs", "counties",
                              "provinces", "regions", "districts"})


def _without_a_headline_word(span: Span) -> Span:
    """"End Bush 'denial' Blair tells EU" above "... over President Bush's re-election": a headline's person whose
    first word (no known first name) the body never writes with the name, while it writes the rest, starts after
    that word (a headline's verb or noun the models read into the name)."""
    doc = span.doc
    if span.label_ != "PERSON" or len(span) < 2 or span[0].text in first_names() or not span[0].is_title:
        return span
    text = doc.text  # (built on each access: read once)
    if "\n" in text[:span.start_char].strip() or not _in_a_headline(span[0]):
        return span  # (the article's first line only, its words in title case)
    line_end = text.find("\n", span.end_char)
    body = text[line_end:] if line_end != -1 else ""
    rest = doc[span.start + 1:span.end].text
    if span.text in body or not re.search(rf"\b{re.escape(rest)}\b", body):
        return span
    return Span(doc, span.start + 1, span.end, label="PERSON")


def _person_named_at_the_end(span: Span) -> list[Span]:
    """"Minister for Children, Young People and Families Margaret Hodge" read as an organisation "Young People and
    Families Margaret Hodge": a known first name and one capitalised word closing a name of two capitalised words or
    more are a person's name (the words before it stay what the models read); not after "of", "and", "for" or "&"
    ("Friends of John Smith"), nor in a work's or an event's name."""
    doc = span.doc
    if span.label_ not in {"ORG", "GPE", "FAC", "NORP"} or len(span) < 4 or span[-2].text not in first_names() \
            or not (span[-1].is_title and span[-1].is_alpha) or not span[-3].is_title \
            or span[-3].lower_ in {"of", "and", "for", "&"}:
        return [span]
    return [Span(doc, span.start, span.end - 2, label=span.label_), Span(doc, span.end - 2, span.end, label="PERSON")]


def _split_at_role(span: Span, roles, name_last_words: set[str] = frozenset()) -> list[Span]:
    """"U.S. Attorney Anton Valukas", "Health and Human Services Inspector Richard Kusserow", "Conservative local
    government spokesman Glyn Davies" read as one name: a title inside it, with a capitalised name after, makes the
    words after it a person and the words before it the organisation (or place) the title belongs to. Not when the
    name ends in a place's or an organisation's last word, in lower case ("Leeds General Infirmary", "Admiral Benbow
    Inn" are places, "British Bankers Association" an organisation)."""
    doc = span.doc
    inside = [r for r in roles if span.start < r.start and r.end < span.end]
    if span.label_ not in NAME_LABELS or not inside or span[-1].lower_ in name_last_words \
            or _spelled_by_the_acronym_after(span):
        return [span]  # (nor "the Association of Chief Police Officers (ACPO)", a name its acronym spells)
    role = max(inside, key=lambda r: r.end)
    person = doc[role.end:span.end]
    if len(person) > 4 or not all(t.is_title or t.text[:1].isupper() and t.is_alpha  # ("McNulty")
                                  or (t.is_upper and t.text.endswith(".")) for t in person):
        return [span]
    if span.label_ == "PERSON" and (all(t.text in GENERATION_SUFFIXES for t in person) or opens_with_first_name(span)):
        return [span]  # "Martin Luther King Jr.": a person's name with a title's word in it
    if role.plural and len(person) == 1 and span.label_ != "PERSON":
        return [span]  # "the Financial Economists Roundtable": a plural title and one word, a body's name (a plural
        # title goes before people listed: "Reps. Ann Lee and Tom Reed")
    before = doc[span.start:role.start]
    parts = [Span(doc, span.start, role.start, label="GPE" if _is_country_abbreviation(before) else "ORG")] \
        if any(t.is_title or t.is_upper for t in before) and before[-1].is_alpha | before[-1].text.endswith(".") else []
    return parts + [Span(doc, role.end, span.end, label="PERSON")]


def _spelled_by_the_acronym_after(span: Span) -> bool:
    """Whether the word in brackets right after the name is its acronym, with or without its joiners' initials
    ("Association of Chief Police Officers (ACPO)")."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    return _spells(doc[end + 1].text.upper(), list(span))


def _spells_a_thing(span: Span, not_names: set[str]) -> bool:
    """Whether the name is spelled by an acronym of a thing (org_nouns.json "not_names") in brackets right after it,
    or stands in brackets right after one ("Digital Subscriber Line (DSL)", "DSL (Digital Subscriber Line)")."""
    doc, start, end = span.doc, span.start, span.end
    after = doc[end + 1] if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" else None
    before = doc[start - 2] if start >= 2 and doc[start - 1].text == "(" and end < len(doc) \
        and doc[end].text in {")", ","} else None
    return any(acronym is not None and acronym.text in not_names and len(span) > 1
               and _spells(acronym.text.upper(), list(span)) for acronym in (after, before))


def _spells(acronym: str, words) -> bool:
    """Whether the acronym (in capitals) is the words' initials, with or without the joiners' ("ACPO", "FDA" of
    "Food and Drug Administration")."""
    return acronym in {_initials(words), "".join(t.text[0].upper() for t in words)}


def _radio_station(span: Span) -> Span:
    """"Radio 1", "BBC Radio 4", "Radio Reloj Network": a name that opens with "Radio", or ends with it before the
    station's number, is the station, an organisation, its number included (the models read "Radio 1" as a work or
    a law, and stop "BBC Radio 4" before the number)."""
    doc, end = span.doc, span.end
    if span.label_ not in NAME_LABELS or "Radio" not in {span[0].text, span[-1].text}:
        return span
    if span[-1].text == "Radio" and end < len(doc) and doc[end].like_num and len(doc[end].text) <= 3:
        end += 1
    return Span(doc, span.start, end, label="ORG")


#: What follows a person's name to tell them from a parent or child of the same name.
GENERATION_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def _is_country_abbreviation(span: Span) -> bool:
    return span.text in {"U.S.", "US", "UK", "U.K.", "EU", "UN", "U.N."}


def _company_before_of_place(span: Span) -> list[Span]:
    """"Becton Dickinson Co. of Franklin Lakes": a company's name ends at its suffix; the place after "of" is a
    place of its own ("Bank of England", with no suffix before "of", stays whole)."""
    doc = span.doc
    if span.label_ != "ORG":
        return [span]
    cut = next((t.i for t in span if t.lower_ == "of" and span.start < t.i < span.end - 1
                and doc[t.i - 1].lower_ in COMPANY_LAST_WORDS and doc[t.i + 1].is_title), None)
    if cut is None:
        return [span]
    return [Span(doc, span.start, cut, label="ORG"), Span(doc, cut + 1, span.end, label="GPE")]


TOWN_FOLLOWERS = {",", ".", "(", ")", ";", ":"}
REPORTING_WORDS = {"said", "says", "added", "told", "asked", "according"}


def _towns_before_regions(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Morgan City, La.", "Lowman, Idaho", "KARBALA, Iraq (AP)": a name written before a comma and a US state or a
    country, the phrase ending there, is a town; both are places. So is one before a region and "-based" ("the
    Markfield, Leicestershire-based company": the town the firm is based in, no organisation). Not a person with a
    known first name."""
    by_start = {s.start: s for s in spans}
    out = list(spans)
    for span in spans:
        i = span.end
        if span.label_ not in NAME_LABELS or opens_with_first_name(span) or i + 1 >= len(doc) or doc[i].text != ",":
            continue
        region = by_start.get(i + 1)
        end = region.end if region is not None else i + 2
        based = end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based" \
            and not doc[end - 1].whitespace_ and span.start > 0 and doc[span.start - 1].lower_ == "the"
        if not (is_state_or_country(doc[i + 1:end].text) or based and is_region(doc[i + 1:end].text)) or (
                end < len(doc) and doc[end].text not in TOWN_FOLLOWERS and not doc[end].is_space and not based):
            continue
        town = span if span.label_ in PLACE_LABELS else Span(doc, span.start, span.end, label="GPE")
        out = [s for s in out if s is not span and s is not region] + [town, Span(doc, i + 1, end, label="GPE")]
    return sorted(out, key=lambda s: s.start)


def _place_before_based(span: Span) -> Span:
    """"the Detroit-based carmaker": what is written before "-based" is a place."""
    doc, end = span.doc, span.end
    if span.label_ not in {"GPE", "LOC", "FAC"} and end + 1 < len(doc) and doc[end].text == "-" \
            and doc[end + 1].lower_ == "based" and not doc[end - 1].whitespace_:
        return Span(doc, span.start, end, label="GPE")
    return span


def _regions_after_their_towns(doc: Doc, spans: list[Span]) -> list[Span]:
    """"at his home in Burnley, Lancashire.": a region (a country's subdivision, relations.countries.is_region) written
    after a comma and a place that a preposition governs, ending the clause, is a place, whatever the models read
    (an organisation: a county's cricket club); not "in Leeds, Yorkshire Bank said", a name before its verb."""
    places = {s.end: s for s in spans if s.label_ in {"GPE", "LOC"}}
    out = []
    for span in spans:
        town = places.get(span.start - 1)
        if span.label_ not in {"GPE", "LOC"} and town is not None and doc[span.start - 1].text == "," \
                and town.start > 0 and doc[town.start - 1].pos_ == "ADP" and is_region(span.text) \
                and (span.end == len(doc) or doc[span.end].is_punct and doc[span.end].text not in {"'s", "’s"}):
            span = Span(doc, span.start, span.end, label="GPE")
        out.append(span)
    return out


def _aged(span: Span) -> bool:
    """"Summer Price, 34, said": a capitalised name with an age in apposition is a person."""
    age = _age_after(span.doc, span.end)
    return 1 <= len(span) <= 3 and all(t.is_title for t in span) and age is not None and 1 <= age <= 120


def _age_after(doc: Doc, i: int) -> int | None:
    """The number written between commas from token ``i`` on (", 34,"), a name's age in apposition; None if none."""
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 1].text.isdigit() \
            and doc[i + 2].text == ",":
        return int(doc[i + 1].text)
    return None


def _people_by_role_context(spans: list[Span], pretrained: list[Span], roles) -> list[Span]:
    """Where the two models disagree on a name that a role stands beside ("its co-leader, Alice Weidel",
    "Chairman Dana Okafor"), the pretrained model's PERSON wins: a role is held by a person; so does a
    name with an age beside it ("Summer Price, 34,"), and a name-shaped one right after a title ("spokesman Huw
    Evans"); not a people's word before a title ("a prominent Hutu businessman")."""
    people = {(p.start, p.end) for p in pretrained if p.label_ == "PERSON"}
    role_ends = {(r.start, r.end) for r in roles}
    out = []
    for span in spans:
        titled = next(((s, e) for s, e in people if span.start < s and e == span.end and (span.start, s) in role_ends),
                      None)
        if span.label_ != "PERSON" and titled is not None:  # "Senator Ana Ruiz" read as one organisation
            span = Span(span.doc, *titled, label="PERSON")
        opening = next((e for s, e in role_ends if s == span.start and e < span.end), None)
        if span.label_ in {"ORG", "GPE", "LOC", "NORP", "PRODUCT"} and opening is not None \
                and _written_alone_elsewhere(span.doc[opening:span.end]):
            span = Span(span.doc, opening, span.end, label="PERSON")  # "Model Caprice joined ... Caprice said"
        doc = span.doc
        if span.label_ in {"ORG", "GPE", "LOC", "NORP"} and not is_people_word(span) and span.text not in demonyms() \
                and (((span.start, span.end) in people and any(
                role.end == span.start or role.start == span.end  # beside, or a comma between ("its co-leader, X")
                or (role.end == span.start - 1 and doc[role.end].is_punct)
                or (role.start == span.end + 1 and doc[span.end].is_punct) for role in roles))
                or _aged(span) or ((_name_shaped(span) or _written_alone_elsewhere(span))
                                   and any(role.end == span.start for role in roles))):
            span = Span(span.doc, span.start, span.end, label="PERSON")
        out.append(span)
    return out


def _hometowns(doc: Doc, spans: list[Span], known_place: Callable[[str], bool]) -> list[Span]:
    """"Ana Lee, from Leeds,", "Tom Hale, 34, from Hull": the name after a person's ", from" is where they come from,
    a place, whatever the models read it as (the CoNLL model makes many towns clubs), unless no age comes between
    and it is read as an organisation and is no known place ("said Derek Broes, from Microsoft": where he works)."""
    people_end = {s.end for s in spans if s.label_ == "PERSON"}
    hometowns = set()
    for span in spans:
        i = span.start
        if i < 3 or doc[i - 1].lower_ != "from" or doc[i - 2].text != ",":
            continue
        before = i - 2  # the comma; an age between the name and it: "Tom Hale, 34, from Hull"
        aged = before >= 3 and doc[before - 1].like_num and doc[before - 2].text == "," and before - 2 in people_end
        if aged or before in people_end and (span.label_ != "ORG" or known_place(span.text)):
            hometowns.add(span.start)
    return [Span(doc, s.start, s.end, label="GPE") if s.start in hometowns and s.label_ in {"ORG", "PERSON", "NORP"}
            else s for s in spans]


def _datelines(doc: Doc, spans: list[Span]) -> list[Span]:
    """"NEW YORK 1996-08-30", "BIRMINGHAM, England 1996-08-31", "LONDON, Dec. 1 (Reuters) -": the names that open
    a line and lead only to a date that ends the line (or opens the credit) are the places the story was filed
    from, whatever the models read them as."""
    by_start = {s.start: s for s in spans}
    places: set[int] = set()
    for span in spans:
        if span.label_ not in NAME_LABELS or (span.start > 0 and "\n" not in doc[span.start - 1].text):
            continue
        names, i = [span], span.end
        while i < len(doc) and doc[i].text == "," and i + 1 in by_start and by_start[i + 1].label_ in NAME_LABELS:
            names.append(by_start[i + 1])
            i = by_start[i + 1].end
        i += 1 if i < len(doc) and doc[i].text == "," else 0
        date = by_start.get(i)
        if date is not None and date.label_ == "DATE" and (
                date.end == len(doc) or "\n" in doc[date.end].text or doc[date.end].text in {"(", "-", "_"}):
            places |= {name.start for name in names}
    return [Span(doc, s.start, s.end, label="GPE") if s.start in places and s.label_ not in PLACE_LABELS else s
            for s in spans]


def _source_line_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """"MK1401103094 Moscow MOSKOVSKIY KOMSOMOLETS in Russian 14 Jan 94": a monitoring service's source line names
    a place and an outlet (source_lines.py), whatever the models read there."""
    for line in source_lines(doc):
        names = [Span(doc, line.place_start, line.place_end, label="GPE"),
                 Span(doc, line.outlet_start, line.outlet_end, label="ORG")]
        spans = [s for s in spans if not _overlaps_any(s, names)] + names
    return sorted(spans, key=lambda s: s.start)


#: Owners of a ranking in an apposition that names no one: ", the world's biggest reinsurer", ", the country's largest
#: bank".
SCOPE_OWNERS = frozenset({"the world", "the country", "the nation", "the region", "the continent", "the industry"})


def _player_title_opening_a_sentence(title: Span, rest: Span, player_titles: frozenset[str]) -> bool:
    """"Midfielder Edu scored twice" read as one organisation: a player's title of one word, capitalised only as the
    sentence's first word, then one or two capitalised words: the player's name."""
    return len(title) == 1 and title[0].is_sent_start and title[0].lower_ in player_titles \
        and 1 <= len(rest) <= 2 and all(t.is_title for t in rest)


def _titles_in_apposition(doc: Doc, spans: list[Span], roles, org_last_words: set[str],
                          player_titles: frozenset[str]) -> list[Span]:
    """"The EU's Humanitarian Aid Commissioner, Louis Michel,", "Mike Eccleshall, Promotions Coordinator for the
    label": capitalised words ending in a title, set off by a comma beside a person's name, are the person's title, no
    organisation, whatever the models read (not a player's title: "Media Player, Windows Messenger"). What comes
    before the title stays a name where it is one on its own: an acronym ("BBC Director General, Greg Dyke") or,
    with no owner's possessive before it, words ending in an organisation's last word ("Christian Aid Director, Jane
    Roe")."""
    people_start = {s.start for s in spans if s.label_ == "PERSON"}
    people_end = {s.end for s in spans if s.label_ == "PERSON"}
    title_at = {r.end: r for r in roles if doc[r.end - 1].is_title and r.role.split()[-1] not in player_titles}
    out = []
    for span in spans:
        role = title_at.get(span.end)
        if span.label_ == "PERSON" or role is None or role.start < span.start \
                or not all(t.is_title or t.is_upper or t.lower_ in {"and", "of", "&"} for t in span) or not (
                span.end + 1 < len(doc) and doc[span.end].text == "," and span.end + 1 in people_start
                or span.start > 1 and doc[span.start - 1].text == "," and span.start - 1 in people_end):
            out.append(span)
            continue
        owned = span.start > 0 and doc[span.start - 1].text in POSSESSIVE_MARKS
        before = doc[span.start:role.start]
        if len(before) and (before.text.isupper() or before[-1].text in org_last_words and not owned):
            out.append(Span(doc, before.start, before.end, label="ORG"))
    return out


#: How many surnames with a name in brackets after each a line lists to be a squad.
LISTED_SURNAMES_MIN = 3


def _clubs_in_brackets_after_players(doc: Doc, spans: list[Span], country: Callable[[str], bool]) -> set[int]:
    """A team sheet in an article about sport ("J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), O Barkley
    (Bath)"): where the name in brackets right after a person's name starts, the player's club, an organisation
    whatever the models read (a town, a person, an event: "(Wasps)"); not a country, a state, a nation or a
    people's word, a national side as the gold sets write it ("T Umaga (New Zealand)", "Y McGregor (Britain)"), no
    person's name ("J Mulder (J Stransky, 48 mins)": a replacement), nor after an official's
    word in its line ("Referee: S Bennett (Kent)": the county he comes from), nor a county no list knows as a town
    (a referee's, listed alone: "P Dowd (Staffordshire)"), nor after one name alone ("Gareth (Thomas)") unless a
    line lists three or more so ("Coyne (Burnley), Jones (Wolves), Roberts (Wrexham)")."""
    person_starts = {s.end: s.start for s in spans if s.label_ == "PERSON" and len(s) > 1}  # (not "Gareth (Thomas)")
    bracketed = [s for s in spans if s.label_ == "PERSON" and len(s) == 1 and s.end + 2 < len(doc)
                 and doc[s.end].text == "(" and doc[s.end + 1].is_title]
    per_line = Counter(doc.text.rfind("\n", 0, s.start_char) for s in bracketed)  # (the parse may split the list)
    person_starts.update({s.end: s.start for s in bracketed
                          if per_line[doc.text.rfind("\n", 0, s.start_char)] >= LISTED_SURNAMES_MIN})
    # (surnames listed so: "Coyne (Burnley), Jones (Wolves), Roberts (Wrexham)", a squad)
    found = set()
    for span in spans:
        person = person_starts.get(span.start - 1)
        if person is None and span.start >= 3 and _an_initial(doc[span.start - 3]) and doc[span.start - 2].is_title:
            person = span.start - 3  # "H Ellis (Leicester)", a name of an initial the models may not have read yet
        if person is None or doc[span.start - 1].text != "(" or span.end >= len(doc) \
                or doc[span.end].text not in {")", ","} or span.label_ not in {"GPE", "LOC", "PERSON", "EVENT", "ORG"} \
                or country(span.text) or span.text in demonyms() or span.text in nations() \
                or span.label_ == "PERSON" and (len(span) > 1 or opens_with_first_name(span)) \
                or is_region(span.text) and span.text not in cities():  # (a county: "P Dowd (Staffordshire)")
            continue
        if not listed_as_an_official(doc, person):
            found.add(span.start)
    return found


def _an_initial(token: Token) -> bool:
    """One capital letter, with or without its full stop ("J", "J.")."""
    return len(token.text.rstrip(".")) == 1 and token.text[0].isupper()


def _employers_after_titles(spans: list[Span], roles) -> set[str]:
    """"Mike McGuire, a research director at analyst Gartner": a name read as a person right after a title and "at"
    (a lower-case noun for the firm's kind between allowed) is where the title is held, an organisation in every
    mention (not one a known first name opens: "a lecturer at Mary Smith's school" is no such name)."""
    role_ends = {r.end for r in roles}
    found = set()
    for span in spans:
        if span.label_ != "PERSON" or opens_with_first_name(span) or span.start < 2:
            continue
        at = span.start - 1 if span.doc[span.start - 1].lower_ == "at" else span.start - 2
        between = span.doc[at + 1:span.start]
        if at >= 1 and span.doc[at].lower_ == "at" and at in role_ends and all(t.is_lower for t in between):
            found.add(span.text)
    return found


def _employers_after_people(spans: list[Span]) -> set[str]:
    """"aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein": a name of two words or more read as a person,
    right after a person named in full and "of", is where that person works, an organisation in every mention (not
    one a known first name opens, nor the place of a peer: "Lord Nicholls of Birkenhead", one word before "of")."""
    person_ends = {s.end for s in spans if s.label_ == "PERSON" and len(s) > 1}
    return {s.text for s in spans if s.label_ == "PERSON" and len(s) > 1 and s.start >= 2
            and s.doc[s.start - 1].lower_ == "of" and s.start - 1 in person_ends and not opens_with_first_name(s)}


def _owners_of_company_titles(spans: list[Span], roles, company_titles: frozenset[str]) -> set[str]:
    """"Air Deccan's managing director Gorur Gopinath", "Acme's chief executive Jo Reed": a name read as a person or a
    place, with a possessive mark, before a company's title (roles.json "company_titles") and a person's name is the
    company, in every mention (not "Blair's spokesman X", "Madonna's manager Y": no company's titles; nor a name a
    known first name opens, or the surname of someone named in full)."""
    people_at = {s.start for s in spans if s.label_ == "PERSON"}
    titled = {r.start for r in roles if r.end in people_at and any(
        r.role == t or r.role.endswith(f" {t}") for t in company_titles)}
    surnames = _surnames(spans)
    return {s.text for s in spans if s.label_ in {"PERSON", "GPE", "LOC"} and s.end + 1 < len(s.doc)
            and s.doc[s.end].text in {"'s", "’s", "'", "’"} and s.end + 1 in titled
            and not opens_with_first_name(s) and not (len(s) == 1 and s.text in surnames)
            and not is_state_or_country(s.text)}


def _holders_before_titled_people(spans: list[Span], roles) -> list[Span]:
    """"Bath coach John Connolly", "Sale Sharks prop Andrew Sheridan": a name read as a person right before a title
    that a person's name follows is what the title is held at, an organisation, unless it looks like a person's name
    itself (a known first name opens it, or it is the surname of someone named in full: "Putin spokesman X")."""
    people_at = {s.start for s in spans if s.label_ == "PERSON"}
    surnames = _surnames(spans)
    title_starts = {r.start for r in roles if r.end in people_at}
    # "appointed as the new Bolton manager": an organisation's title after a determiner, with no name after it
    described = {r.start for r in roles if r.scope == "organisation"}
    return [Span(s.doc, s.start, s.end, label="ORG")
            if _no_persons_name(s, surnames) and (
                s.end in title_starts or (s.end in described and _after_determiner(s)))
            or _side_read_as_a_place_or_event(s, title_starts) else s for s in spans]


def _side_read_as_a_place_or_event(span: Span, title_starts: set[int]) -> bool:
    """"Leicester flanker Lewis Moody", "Wasps scrum-half Matt Dawson": a town (no country, state, nation or
    nationality: "England flanker X" is the national side) or an event's name right before a player's title (at one
    of ``title_starts``) is the player's club; so is one right after a player's title and "for" ("an inspirational
    fly-half for Llanelli")."""
    return span.label_ in {"GPE", "EVENT"} and (before_a_player_title(span) and span.end in title_starts
                                                or after_a_player_title(span)) \
        and not is_state_or_country(span.text) and span.text not in demonyms() and span.text not in nations()


def _a_place_or_its_people(text: str) -> bool:
    """A country or a state, a listed city, or a people's word ("British"): no band's name, no award's winner."""
    return is_state_or_country(text) or text in cities() or text in demonyms()


BAND_OPENERS = frozenset({"former", "ex", "veteran", "new", "the", "legendary", "founding", "original"})


def _bands_before_their_members(doc: Doc, spans: list[Span], titles: frozenset[str]) -> list[Span]:
    """"Oasis guitarist Noel Gallagher", "Coldplay frontman Chris Martin", "Rolling Stones guitarist Ronnie Wood":
    one to three capitalised proper nouns right before a band member's title (roles.json band_member_titles, "lead"
    or "bass" may come between) and a person's name are the band, an organisation, whether the models read them
    as something else or nothing (not a country, a nationality or a town: "British guitarist X")."""
    people = {s.start for s in spans if s.label_ == "PERSON"}
    found = []
    for title in (t for t in doc if t.lower_ in titles and t.i + 1 in people):
        end = title.i - (title.i > 0 and doc[title.i - 1].lower_ in {"lead", "bass", "rhythm"})
        start = end
        while start > max(end - 3, 0) and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                and doc[start - 1].pos_ in {"PROPN", "NOUN", "VERB", "ADJ"}:
            start -= 1  # ("Coldplay", "Rolling Stones": words the tagger may read as common ones)
        if start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start:
            continue  # (a longer capitalised run: not a band's name alone)
        while start < end and (doc[start].lower_ in BAND_OPENERS or doc[start].text in demonyms()):
            start += 1  # "Former Oasis guitarist", "British guitarist": no part of a band's name
        if start == end:
            continue
        band = Span(doc, start, end, label="ORG")
        if not _a_place_or_its_people(band.text):
            found.append(band)
    return found


def _companies_before_their_titles(spans: list[Span], roles, known_place: Callable[[str], bool]) -> list[Span]:
    """"said Electrolux chief executive Hans Straberg": a name read as a town, a country or an organisation that no
    list knows as a place, right before a company's title and a person's name, is the company (not "Texas governor
    X", "Leeds chairman X"); not the first word of a longer organisation's name, which joins it ("Zenora Trust ...
    Zenora chief executive"), nor a name the models read as a region or a continent elsewhere ("Europe Director X")."""
    people_at = {s.start for s in spans if s.label_ == "PERSON"}
    titles = {r.start for r in roles if r.end in people_at and r.scope == "organisation"}
    excluded = {o[0].text for o in spans if o.label_ == "ORG" and len(o) > 1} | {
        o.text for o in spans if o.label_ == "LOC"}
    return [s for s in spans if s.label_ in {"GPE", "ORG"} and s.end in titles and not known_place(s.text)
            and s.text not in excluded]


def _companies_listed_with_a_company(doc: Doc, spans: list[Span], org_last_words: set[str],
                                     known_place: Callable[[str], bool]) -> list[Span]:
    """"Zurich Financial, Allianz and Axa also fell": in a list of three names or more (commas, then "and" or "or")
    where one is a company by its last word (org_nouns.json org_last_words, a company suffix), or most are read as
    organisations ("Nintendo, Nokia and Sony"), a one-word name the
    models read as a town or a person, that no list knows as a place and no known first name opens, is a company too
    (not "Leeds United, Bolton and Wigan": known towns, which the sport rules read), and so is the last name, of two
    words, read as a person's that no known first name opens ("BASF, Siemens and Cadbury Schweppes")."""
    out = list(spans)
    by_start = {s.start: k for k, s in enumerate(out)}
    k = 0
    while k < len(out):
        members, span = [k], out[k]
        while span.end + 1 < len(doc) and doc[span.end].text in {",", "and", "or"} and span.end + 1 in by_start:
            span = out[by_start[span.end + 1]]
            members.append(by_start[span.start])
            if doc[span.start - 1].lower_ in {"and", "or"}:
                break
        k += 1  # (each list is read from each of its names on; relabelling twice changes nothing)
        listed = [out[m] for m in members]
        if len(listed) < 3 or doc[listed[-1].start - 1].lower_ not in {"and", "or"} or not any(
                s.label_ == "ORG" and len(s) > 1 and (s[-1].text in org_last_words or s[-1].lower_ in COMPANY_SUFFIXES)
                for s in listed) and sum(s.label_ == "ORG" and not known_place(s.text)
                                         for s in listed) * 2 <= len(listed):
            continue  # (or most of the list read as organisations no list knows as places: "Nintendo, Nokia and Sony";
            # not "Cardiff, Bangor, Aberystwyth and Wrexham", towns the models read as clubs)
        for m in members:
            s = out[m]
            if len(s) == 1 and s.label_ in {"GPE", "LOC", "PERSON"} and s[0].is_title and not known_place(s.text) \
                    and s.text not in first_names():
                out[m] = Span(doc, s.start, s.end, label="ORG")
            elif len(s) == 2 and s.label_ == "PERSON" and all(t.is_title for t in s) \
                    and s[0].text not in first_names() and m == members[-1]:
                out[m] = Span(doc, s.start, s.end, label="ORG")  # "BASF, Siemens and Cadbury Schweppes": a firm's
                # two words, the last of a list of companies, no first name opening them
    return out


def _companies_by_their_suffix(doc: Doc, spans: list[Span]) -> list[Span]:
    """"festival organisers Big Day Out Ltd": a name the models read, then capitalised words up to a company's suffix
    ("Ltd", "plc", "Inc": merge.py COMPANY_SUFFIXES; "Co", a word of many names, only after words joined by "and":
    "Baoshan Iron and Steel Co.") that no name covers, are one company's name, whatever the models read the first
    part as ("Big Day" an event, "Baoshan Iron" a person); never cut a name read whole ("Bear Stearns & Co Inc")."""
    found = []
    for token in doc:
        if token.lower_ not in COMPANY_SUFFIXES:
            continue
        covering = next((s for s in spans if s.start <= token.i < s.end), None)
        if covering is not None:
            if token.lower_ in {"co", "co."} and covering.end == token.i + 1 and len(covering) > 1 \
                    and covering.start >= 2 and doc[covering.start - 1].lower_ in {"and", "&"} \
                    and all(t.is_title for t in covering[:-1]) and (before := next(
                        (s for s in spans if s.end == covering.start - 1 and all(t.is_title for t in s)
                         and s[-1].lower_ not in COMPANY_LAST_WORDS), None)):
                found.append(Span(doc, before.start, token.i + 1, label="ORG"))  # "Hanwell Iron" and "Steel Co"
                # (not "Johnson Controls Inc and Lear Corp", two companies)
            continue
        before = max((s for s in spans if s.end <= token.i), key=lambda s: s.end, default=None)
        between = doc[before.end:token.i] if before is not None else None
        if between is None or len(between) > 3 or not all(t.is_alpha and (t.is_title or t.is_upper) or t.lower_
                                                           in {"and", "&"} for t in between) \
                or len(between) and not between[-1].is_title:
            continue
        joined = any(t.lower_ in {"and", "&"} for t in between)
        if joined and before[-1].lower_ in COMPANY_LAST_WORDS:
            continue  # "Johnson Controls Inc and Lear Corp": two companies
        if token.lower_ in {"co", "co."} and not (token.text.startswith("Co") and joined and between[-1].is_title):
            continue  # "Co" only after words joined by "and" ("Baoshan Iron and Steel Co."; not "Rooney and Co")
        found.append(Span(doc, before.start, token.i + 1, label="ORG"))
    return _replacing(spans, found)


def _committees_named_in_lower_case(doc: Doc, spans: list[Span], committee_nouns: frozenset[str]) -> list[Span]:
    """"the Commons public accounts committee", "Parliament's environment committee", "the Commons culture, media
    and sport committee": an organisation the models read, then up to six lower-case words (no function words) and
    one of ``committee_nouns`` (org_nouns.json), is one organisation, the committee that "the committee" later
    refers to, not the body it sits in. Written by hand: news writes these names in lower case, which the models
    do not read as names. After a possessive a word must come between ("Labour's committee" is no name)."""
    found = []
    for span in spans:
        if span.label_ != "ORG":
            continue
        start = span.end + 1 if span.end < len(doc) and doc[span.end].tag_ == "POS" else span.end
        end = start
        while end < len(doc) and end - start < 6 and doc[end].lower_ not in committee_nouns and (
                doc[end].is_alpha and doc[end].is_lower and doc[end].pos_ in {"NOUN", "ADJ", "PROPN", "VERB"}
                or end > start and doc[end].lower_ in {"and", ","}):
            end += 1
        if end < len(doc) and doc[end].lower_ in committee_nouns and doc[end].is_lower \
                and doc[end - 1].lower_ not in {"and", ","} and (end > start or start == span.end):
            found.append(Span(doc, span.start, end + 1, label="ORG"))
    return _replacing(spans, found)


def _names_opened_by_two_peoples(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the British and Irish Lions": an organisation whose name opens with a people's word, right after another
    people's word and "and", is one name with it (the models read "British" alone as a nationality)."""
    starts = {s.start: s for s in spans}
    joined, out = set(), []
    for span in spans:
        first = starts.get(span.start - 2)
        if span.label_ == "ORG" and span.start >= 2 and doc[span.start - 1].lower_ in {"and", "&"} \
                and is_people_word(span[:1]) and first is not None and first.label_ == "NORP" and len(first) == 1 \
                and is_people_word(first):
            joined.add(first.start)
            span = Span(doc, first.start, span.end, label="ORG")
        out.append(span)
    return [s for s in out if not (s.start in joined and s.label_ == "NORP" and len(s) == 1)]


def _former_employers(doc: Doc, spans: list[Span], title_starts: set[int]) -> list[Span]:
    """"the ex-Yukos boss", "Ex-Acme chief Ivan Petrov": a name written onto "ex-" right before a title is where the
    title was held; "ex-" is no word of the name, and a name the models read as a person's (no known first name opens
    it), an event or a work there is the organisation. (A place stays one: "the ex-England coach".)"""
    out = []
    for span in spans:
        if len(span) > 2 and span[0].lower_ == "ex" and span[1].text == "-" and not span[0].whitespace_ \
                and not span[1].whitespace_:
            span = Span(doc, span.start + 2, span.end, label=span.label_)
        glued = span.start >= 2 and doc[span.start - 1].text == "-" and doc[span.start - 2].lower_ == "ex" \
            and not doc[span.start - 1].whitespace_ and not doc[span.start - 2].whitespace_
        if glued and span.end in title_starts and span.label_ in {"PERSON", "EVENT", "WORK_OF_ART"} \
                and not opens_with_first_name(span):
            span = Span(doc, span.start, span.end, label="ORG")
        out.append(span)
    return out


def _no_persons_name(span: Span, surnames: set[str]) -> bool:
    """A name read as a person that does not look like one's: no known first name opens it, and it is not alone the
    surname of someone named in full ("Putin spokesman X", "Ruth Kelly MP" are people)."""
    return span.label_ == "PERSON" and not opens_with_first_name(span) \
        and not (len(span) == 1 and span.text in surnames)


def _clubs_by_their_town(spans: list[Span], org_first_words: set[str], title_starts: set[int]) -> list[Span]:
    """"Real Madrid beat Real Sociedad ... Madrid midfielder Guti", "when Madrid were about to play": a club whose name
    is a club word and a town (roles.json "org_first_words"), written as the town alone where a team is meant (before a
    title, or the subject of a plural verb), is the club; so is the rest of such a name the models read as a person's
    ("Real Betis ... against Betis"), unless it opens with a known first name."""
    towns = {tuple(t.text for t in s[1:]) for s in spans if s.label_ == "ORG" and len(s) > 1
             and s[0].text in org_first_words}
    out = []
    for span in spans:
        after = span.doc[span.end] if span.end < len(span.doc) else None
        before = span.doc[span.start - 1] if span.start > 0 else None
        team = span.end in title_starts or (after is not None and after.lower_ in {"were", "are", "have"} and (
            before is None or before.pos_ != "ADP"))  # not "fans in Madrid were angry"
        if span.label_ in {"GPE", "LOC"} and tuple(t.text for t in span) in towns and team \
                or span.label_ == "PERSON" and tuple(t.text for t in span) in towns and not opens_with_first_name(span):
            span = Span(span.doc, span.start, span.end, label="ORG")  # (a name read as a person's, anywhere: "Real
            # Betis ... scored twice against Betis")
        out.append(span)
    return out


#: What only a company has: "Yukos shares", "Yukos' largest shareholder".
SHARE_NOUNS = frozenset({"shares", "shareholders", "shareholder", "stock", "stockholders"})

#: Award categories won by a person, not a work ("best actor", "best director").
PERSON_CATEGORIES = frozenset({"actor", "actress", "director"})

#: Function words a work's title may hold between its capitalised words ("Eternal Sunshine of the Spotless Mind",
#: "Adventures In Babysitting", "Escape From New York", "Harry Potter and the Prisoner of Azkaban").
TITLE_FUNCTION_WORDS = frozenset({"of", "the", "in", "from", "and", "on", "at", "to", "for", "a", "an", "with"})


def _names_run_on_to_their_last_word(doc: Doc, spans: list[Span], org_last_words: set[str],
                                     role_starts: set[int], open_last_words: frozenset[str] = frozenset(),
                                     national_last_words: frozenset[str] = frozenset()) -> list[Span]:
    """"a win over Graz AK", "Sheffield Utd", "Leeds University": a name the models read without the capitalised
    organisation's word right after it (org_nouns.json org_last_words) runs on over it, an organisation; not a
    nationality (but over one of ``national_last_words`` that ends the name: "Scottish Water", not "Russian Atomic
    Energy Minister"; and a nationality and one of them read as another name is the firm's: "Welsh Water" read as a
    person), nor over a title's first word ("French Finance Minister"), nor over one of ``open_last_words`` that a
    capitalised word follows ("Hong Kong Financial Secretary"). The word may be read as a name of its own
    ("Leicester" + "Tigers": Leicester Tigers); a longer name starting there stops the run."""
    starts = {s.start for s in spans if len(s) != 1 or s.text not in org_last_words} | role_starts
    out = []
    for span in spans:
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.text[:1].isupper() and span.end not in starts and doc[span.end - 1].whitespace_ \
                and (after.text in org_last_words and span.label_ in {"GPE", "PERSON", "LOC", "ORG"}
                     or after.text in national_last_words and span.label_ == "NORP"
                     and not (span.end + 1 < len(doc) and doc[span.end + 1].is_title)) \
                and not (after.text in open_last_words and span.end + 1 < len(doc) and doc[span.end + 1].is_title):
            span = Span(doc, span.start, span.end + 1, label="ORG")
        elif span.label_ in {"PERSON", "NORP", "GPE"} and len(span) == 2 and span[1].text in national_last_words \
                and span[0].text in demonyms():
            span = Span(doc, span.start, span.end, label="ORG")  # "Welsh Water" read as a person
        out.append(span)
    return filter_spans(out)


def _whole_work_titles(doc: Doc, spans: list[Span], listed_works: set[int] = frozenset()) -> list[Span]:
    """A work's title, as the words around it mark it (a work noun, an award, a list of works: ``listed_works``,
    where such names start), is one name: it takes a capitalised "The" before it ("films such as The Fog") and the
    capitalised name after it across a few function words and no punctuation ("Eternal Sunshine" + "of the" +
    "Spotless Mind"; "and" only as "and the": "Harry Potter and the Prisoner of Azkaban", not a list)."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for span in spans:
        previous = out[-1] if out else None
        between = doc[previous.end:span.start] if previous is not None else None
        if previous is not None and (previous.label_ == "WORK_OF_ART" or previous.start in listed_works) \
                and span.label_ in NAME_LABELS and 0 < len(between) <= 3 \
                and all(t.lower_ in TITLE_FUNCTION_WORDS for t in between) \
                and (between[0].lower_ != "and" or between[1:2].text.lower() == "the") \
                and not (between[0].dep_ in {"prep", "dative"} and between[0].head.pos_ == "VERB"
                         and not previous.start <= between[0].head.i < span.end) \
                and span[0].text[:1].isupper() and not any(t.is_sent_start for t in doc[previous.end:span.end]):
            # (not a verb's phrase after the title: "brought Hollyoaks | to Channel 4")
            out[-1] = Span(doc, previous.start, span.end, label="WORK_OF_ART")
            continue
        if (span.label_ == "WORK_OF_ART" or span.start in listed_works) and span.start > 0 \
                and doc[span.start - 1].text == "The" and not doc[span.start - 1].is_sent_start \
                and (previous is None or previous.end < span.start - 1):
            span = Span(doc, span.start - 1, span.end, label="WORK_OF_ART")  # "such as The Fog"
        out.append(span)
    return out


def _places_of_a_body_joined_by_and_the(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the Economic Commission for Latin America and the Caribbean", read as the body and a place: an organisation
    named "for" or "of" a place, then "and the" and a region (no country: "talks between the Bank of England and the
    Netherlands"), is one organisation (not "the Ministry of Trade and the Treasury", another body)."""
    return _joined_pairs(spans, lambda previous, span: Span(doc, previous.start, span.end, label="ORG")
                         if previous.label_ == "ORG" and span.label_ == "LOC" and span.start == previous.end + 2
                         and doc[previous.end].lower_ == "and" and doc[previous.end + 1].lower_ == "the"
                         and any(t.lower_ in {"for", "of"} and t.i + 1 < previous.end and doc[t.i + 1].is_title
                                 for t in previous[1:]) else None)


def _joined_over_a_hyphenated_word(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the Blu-ray Disc Association", read as "Blu" and "Disc Association": a name, a hyphen and a lower-case word
    written without spaces, then at once another name, are one name with the second's label (the models cut at the
    lower-case half)."""
    def joined(previous: Span, span: Span) -> Span | None:
        if span.start != previous.end + 2 or doc[previous.end].text not in HYPHENS:
            return None
        word = doc[previous.end + 1]
        if not doc[previous.end - 1].whitespace_ and not doc[previous.end].whitespace_ \
                and word.is_lower and word.is_alpha and word.whitespace_ and word.tag_ in {"NN", "NNS", "NNP"} \
                and span[0].is_title and previous.label_ in NAME_LABELS - {"PERSON", "NORP"} \
                and span.label_ != "PERSON" and not is_state_or_country(previous.text) \
                and previous.text not in cities() and previous.text not in demonyms():
            # (not a place or a people with a participle or an adjective made of it: "California-based Wells
            # Fargo", "Rosneft-owned Yugansk", "Chart-topping R&B", nor a prize's winner: "Oscar-winner Andrea Arnold")
            return Span(doc, previous.start, span.end, label=span.label_)
        return None

    return _joined_pairs(spans, joined)


def _names_split_at_a_spaced_dash(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Fund manager Florian Hamm - Borussia Dortmund's largest investor - said", read as one person: a name with a
    dash set off by spaces inside is two names, the one before keeping the label read, the one after the label its
    words have elsewhere in the article (else the same)."""
    elsewhere = {s.text: s.label_ for s in spans if not any(t.text in HYPHENS for t in s)}
    out = []
    for span in spans:
        dash = next((t.i for t in span[1:-1] if t.text in HYPHENS and t.whitespace_ and doc[t.i - 1].whitespace_),
                    None)
        if span.label_ not in {"PERSON", "ORG", "GPE"} or dash is None \
                or not (doc[span.start:dash].text[:1].isupper() and doc[dash + 1:span.end].text[:1].isupper()):
            out.append(span)
            continue
        after = doc[dash + 1:span.end]
        out += [Span(doc, span.start, dash, label=span.label_),
                Span(doc, dash + 1, span.end, label=elsewhere.get(after.text, span.label_))]
    return out


def _split_follower_from_person(span: Span) -> list[Span]:
    """"Blairite Alan Milburn", "Thatcherite John Redwood": a follower's word (a capitalised word ending in "ite")
    the models read into a person's name a known first name opens is a group's word and the person."""
    if span.label_ != "PERSON" or len(span) < 3 or not span[0].text.endswith("ite") \
            or span[0].text in first_names() or not opens_with_first_name(span[1:]):
        return [span]
    doc = span.doc
    return [Span(doc, span.start, span.start + 1, label="NORP"), Span(doc, span.start + 1, span.end, label="PERSON")]


def _split_outlet_from_person(span: Span) -> list[Span]:
    """"Sources told the BBC Michael Howard has always been in favour": a news outlet's name run into a person's
    name that opens with a known first name is the two names."""
    for k in range(1, len(span) - 1):
        head, tail = span[:k], span[k:]
        if span[k].text in first_names() and tail[-1].is_title and len(tail) >= 2 and names_news_outlet(head.text):
            return [Span(span.doc, span.start, span.start + k, label="ORG"),
                    Span(span.doc, span.start + k, span.end, label="PERSON")]
    return [span]




#: What follows a firm's name that ends in "'s" where the mark owns nothing: a verb in a finite tense ("Foster's
#: said", "McDonald's rose": no one writes "Smith's said" for "Smith has said"; not one written like its bare form,
#: which may be a noun the mark owns: "copies Lale's hit"), or, after a name no model read as a
#: person's, a conjunction, a preposition or punctuation ("informed Foster's that", "of Foster's and Southcorp").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
NOT_OWNED_POS = frozenset({"SCONJ", "CCONJ", "ADP"})
NOT_OWNED_PUNCT = frozenset({".", ",", ";", ":", "?", "!", ")"})  # (not an opening mark: 'Lumeria's “Ember” chips')


def _names_with_their_possessive_mark(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Foster's", "McDonald's", "Sainsbury's": a name written with "'s" where the mark owns nothing somewhere in the
    article ("Foster's said", "informed Foster's that") is a firm's, the mark part of it in every mention, its owning
    ones too ("Foster's chief executive"); the models read "Foster" and cut it, or read it as a person's ("at Sotheby's,
    the auction"). Not "Smith's been sacked" (a contraction), "It was Blair's" (a person's), nor a place's
    ("Britain's")."""
    def marked(span: Span) -> bool:
        return span.label_ not in {"GPE", "LOC", "NORP"} and span.end < len(doc) \
            and doc[span.end].text in {"'s", "’s"} and not (span.label_ == "DATE" and span[-1].is_digit)

    named = set()
    for span in spans:
        if not marked(span):
            continue
        after = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if after is None or after.is_space or after.tag_ in FINITE_TAGS and after.lower_ != after.lemma_.lower() or (
                (span.label_ != "PERSON" or _a_house_after_at(span)) and (
                    after.pos_ in NOT_OWNED_POS or after.text in NOT_OWNED_PUNCT)):
            named.add(span.text)
    return [Span(doc, s.start, s.end + 1, label="ORG") if s.text in named and marked(s) else s for s in spans]


def _a_house_after_at(span: Span) -> bool:
    """"The auction, at Sotheby's, will feature": a one-word name, no first name, after "at", "from" or "by" with its
    mark owning nothing is a house's or a shop's (read as a person's; "at Tom's" may be a person's home)."""
    doc = span.doc
    return len(span) == 1 and span.text not in first_names() and span.start > 0 \
        and doc[span.start - 1].lower_ in {"at", "from", "by"}


def _split_at_owner(span: Span, owners: set[str]) -> list[Span]:
    """"the BBC's Politics Show", "BBC One's Top of the Pops", "the Tories' Commons presence": an owner's name and
    what it owns, read as one name, are two where the owner is a news outlet or a party, or a name the article writes
    alone ("Moody's Investors Service", "the Children's Society" and "St Fintian's High School" stay whole)."""
    mark = next((t.i for t in span if t.text in POSSESSIVE_MARKS and span.start < t.i < span.end - 1), None)
    if mark is None or not span.doc[mark + 1].is_title:
        return [span]
    owner = span.doc[span.start:mark]
    if not (names_news_outlet(owner.text) or owner.text in owners or owner.text.lower() in owners) \
            or span[-1].lower_ in NAMED_INSTITUTION_HEADS:  # "St Fintian's High School", "Guy's Hospital": one name
        return [span]
    return [Span(span.doc, span.start, mark, label="ORG"), Span(span.doc, mark + 1, span.end, label=span.label_)]


def _parts_of_full_names(spans: list[Span]) -> list[Span]:
    """"Anil Ambani and Mukesh Ambani ... Anil said", "Hicham El Guerrouj ... El Guerrouj won": a name read as
    something else that repeats, after a person's full name, that person's first name (a known one, of one person
    only) or the words after it (a surname of two words or more) is that person; not a place's name ("Frederick")."""
    people = [s for s in spans if s.label_ == "PERSON" and len(s) > 1]
    first_words: dict[str, list[Span]] = {}
    for person in people:
        first_words.setdefault(person[0].text, []).append(person)
    tails = {tuple(t.text for t in p[1:]): p for p in people if len(p) > 2}
    out = []
    for span in spans:
        words = tuple(t.text for t in span)
        named = first_words.get(span.text, []) if len(span) == 1 and span.text in first_names() else []
        earlier = [p for p in named if p.end <= span.start] if len({p.text for p in named}) == 1 else []
        tail = tails.get(words)
        if span.label_ in {"ORG", "GPE", "LOC", "NORP", "FAC"} and not is_state_or_country(span.text) \
                and span.text not in cities() and (earlier or (tail is not None and tail.end <= span.start)):
            span = Span(span.doc, span.start, span.end, label="PERSON")
        out.append(span)
    return out


def _unread_surnames(doc: Doc, spans: list[Span], taken: set[int]) -> list[Span]:
    """"Guitarist Brian May said ... from April. May said:": the last word of a person's name written in full
    before, alone right before a finite verb with no other subject, read by no model (a month, a modal), is that
    person (not after a word that leads a date: "in May rose", nor before a number: "May 5")."""
    surnames = {s[-1].text: s.start for s in spans if s.label_ == "PERSON" and len(s) > 1 and s[-1].is_title}
    found = []
    for token in doc[:-1]:
        verb = doc[token.i + 1]
        if token.text not in surnames or surnames[token.text] >= token.i or token.i in taken \
                or verb.tag_ not in {"VBD", "VBZ"} or token.i > 0 and doc[token.i - 1].lower_ in DATE_LEAD_WORDS \
                or any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != token.i for c in verb.children):
            continue
        found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return found


def _names_read_as_dates(ents: list[Span]) -> list[Span]:
    """"Green Day's Boulevard of Broken Dreams" read as a date where the article reads "Green Day" as a name
    elsewhere: a date of two or more capitalised words with no figure, no holiday, that the article names so is that
    name in every mention (not "May", a month, beside Theresa May: one word)."""
    named = {s.text: s.label_ for s in ents if s.label_ in NAME_LABELS}
    return [Span(s.doc, s.start, s.end, label=named[s.text]) if s.label_ in {"DATE", "TIME"} and len(s) > 1
            and s.text in named and all(t.is_title for t in s) and s.text.lower() not in holidays() else s
            for s in ents]


def _surnames_speaking_alone(doc: Doc, ents: list[Span], speech_verbs: frozenset[str]) -> list[Span]:
    """"Rowling revealed she had finished the novel ... JK Rowling's fifth book ... Rowling said": the last word of
    a person's name written in full, alone as the subject of a verb of speech (quote_cues.json "verbs"), read by no
    model, is that person, before the full name or after it (not a word of another name, and not with a first name
    before it: "Tom Rowling said" is someone else)."""
    surnames = {s[-1].text for s in ents if s.label_ == "PERSON" and len(s) > 1 and s[-1].is_title
                and s[-1].is_alpha}
    taken = {i for s in ents for i in range(s.start, s.end)}
    found = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc
             if t.text in surnames and t.i not in taken and t.head.lemma_ in speech_verbs
             and t.pos_ != "PRON" and t.lower_ not in STOP_WORDS
             and (t.dep_ == "nsubj" or t.head.i == t.i + 1 and t.dep_ in {"advmod", "npadvmod"})  # (a name the
             # parse reads as an adverb: "Pemberly said")
             and not (t.i > 0 and doc[t.i - 1].is_title and not doc[t.i - 1].is_sent_start)]
    return sorted(ents + found, key=lambda span: span.start) if found else ents


def _honorific_name(span: Span) -> Span:
    """"Ms Summer agreed", "Mr Friday said": a word after a personal honorific read as a date or a number is a name."""
    doc = span.doc
    if span.label_ in {"DATE", "TIME", "CARDINAL", "ORDINAL"} and len(span) and span[0].is_title \
            and _honorific_before(doc, span.start):
        return Span(doc, span.start, max(_capitalised_run_end(doc, span.start), span.start + 1), label="PERSON")
    return span


def _seats_before_titles(spans: list[Span], roles, place_titles: set[str]) -> list[Span]:
    """"a Cabinet Office minister and Bolton West MP": a name read as a person right before a title held for a seat
    (roles.json "place_titles") is the seat, unless it is a person's name ("Ruth Kelly MP": a known first name opens
    it, or it is the surname of someone named in full)."""
    surnames = _surnames(spans)
    seat_titles = {r.start for r in roles if r.role in place_titles}
    return [Span(s.doc, s.start, s.end, label="GPE") if s.end in seat_titles and _no_persons_name(s, surnames) else s
            for s in spans]


def _after_determiner(span: Span) -> bool:
    """Whether an article opens the noun phrase the span is in, past lower-case adjectives ("the new Bolton")."""
    i = span.start - 1
    while i >= 0 and span.doc[i].is_lower and span.doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and span.doc[i].lower_ in {"the", "a", "an"}


def _capitalised_run_end(doc: Doc, start: int) -> int:
    """Where a run of capitalised proper nouns from ``start`` ends (``start`` itself when there is none)."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return end


def _counted(token: Token) -> bool:
    """A number in lower-case words ("four"), which no name opens with (an ordinal in figures may: "20th Century
    Fox")."""
    return token.like_num and token.is_lower and not ORDINAL_FIGURES.fullmatch(token.text)


def _split_at_honorific(span: Span) -> list[Span]:
    """"told the BBC Mr Howard had ...": a personal honorific inside a name starts another name, a person's."""
    inner = next((t.i for t in span[1:-1] if t.lower_ in PERSONAL_HONORIFICS and t.text[:1].isupper()), None)
    if inner is None:
        return [span]
    return [Span(span.doc, span.start, inner, label=span.label_), Span(span.doc, inner, span.end, label="PERSON")]


def _split_party_from_person(span: Span, party_names: set[str]) -> list[Span]:
    """"Tory MP Peter Luff", "Tory David Heathcoat-Amory", "Lib Dem Norman Baker" read as one person: a party's name
    of one or two words opening it is the party, an organisation; the rest is the person (and a title between, cut
    later); so is "Democrat" after "Liberal" left outside ("Liberal Democrat Alan Beith")."""
    doc = span.doc
    if span.label_ != "PERSON" or not span[0].is_title:
        return [span]
    start = span.start - 1 if span[0].lower_ == "democrat" and span.start > 0 \
        and doc[span.start - 1].lower_ == "liberal" else span.start
    words = next((k for k in (2, 1) if len(span) >= k + 2 and doc[start:span.start + k].text.lower() in party_names
                  and span[k].text[:1].isupper()), None)
    if words is None:
        return [span]
    return [Span(doc, start, span.start + words, label="ORG"), Span(doc, span.start + words, span.end,
                                                                    label="PERSON")]


def _styled_people(span: Span, styled: frozenset[str]) -> list[Span]:
    """"the Duke of Edinburgh", "the Bishop of Durham": a styled title (roles.json "styled_titles"), "of" and a
    capitalised place name a person, whatever the models read; read with someone before "and the" ("Queen and the
    Duke of Edinburgh"), that part is cut off (a name of its own stays one, a title alone is none)."""
    doc = span.doc
    start = next((t.i for t in span if t.lower_ in styled and t.is_title and t.i + 2 < span.end
                  and doc[t.i + 1].lower_ == "of" and all(w.is_title for w in doc[t.i + 2:span.end])), None)
    if start is None or (start > span.start and not (
            doc[start - 1].lower_ == "the" and start - 2 > span.start and doc[start - 2].lower_ == "and")):
        return [span]
    styled_person = Span(doc, start, span.end, label="PERSON")
    if start == span.start:
        return [styled_person]
    before = Span(doc, span.start, start - 2, label=span.label_)
    return ([before] if not all(t.lower_ in title_words() for t in before) else []) + [styled_person]


def _written_alone_elsewhere(name: Span) -> bool:
    """One to three capitalised proper nouns that the article writes again with no capitalised word beside them
    ("model Caprice ... Caprice said"): a name of its own, after a title a person's (not "General Motors", never
    "Motors" alone)."""
    if not 1 <= len(name) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in name):
        return False
    doc, words = name.doc, [t.text for t in name]
    for i in range(len(doc) - len(words) + 1):
        if i != name.start and [t.text for t in doc[i:i + len(words)]] == words \
                and not (i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start) \
                and not (i + len(words) < len(doc) and doc[i + len(words)].is_title):
            return True
    return False


def _name_shaped(span: Span) -> bool:
    """Two or three capitalised proper nouns: the shape of a person's name after a title ("spokesman Huw Evans"),
    where neither model's organisation reading has an organisation word to go on."""
    return 2 <= len(span) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in span)


REPEATED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}


def _with_club_suffix(span: Span) -> Span:
    """"Malmvik IF", "Brann SK": a name followed by a club's abbreviation (canonical.CLUB_SUFFIXES, in capitals) is
    the club's name with it, an organisation (the models leave "IF" out, as the word "if")."""
    doc, end = span.doc, span.end
    if span.label_ in {"ORG", "GPE", "PERSON"} and end < len(doc) and doc[end].text in CLUB_SUFFIXES:
        return Span(doc, span.start, end + 1, label="ORG")
    return span


SAINTS = frozenset({"St", "St.", "Saint"})


def _venues_named_for_someone(doc: Doc, spans: list[Span], venue_last_words: frozenset[str]) -> list[Span]:
    """"return to St James' Park", "at St Andrew's Stadium": a saint's name, a possessive mark and a venue's last
    word (org_nouns.json "venue_last_words") are one venue, a facility; the names read inside give way (not
    "Chelsea's Park scored": a club's player)."""
    venues = []
    for span in spans:
        mark, last = span.end, span.end + 1
        if last < len(doc) and doc[mark].text in POSSESSIVE_MARKS and doc[last].text in venue_last_words \
                and span.label_ in NAME_LABELS and span[0].text in SAINTS:
            venues.append(Span(doc, span.start, last + 1, label="FAC"))
    return _replacing(spans, venues)


def _works_listed_with_a_work(spans: list[Span]) -> list[Span]:
    """"Nominees for best film are Sideways, Ray and Vera Drake", after "the film Sideways": a name the parse joins
    in one list with a work's title is a work too, whatever the models read (an organisation, a place, one word read
    as a person); not a person's name of two words or more ("Sideways and Cate Blanchett won"), nor a known town or
    country ("shot in Mexico and Rome"). Asked only of an article about works (:func:`_about_works`: not "groups
    including Friends of the Earth and War on Want", the last read as a title)."""
    titles = {s.text for s in spans if s.label_ == "WORK_OF_ART"}
    if not titles:
        return spans
    works = {s.root.i for s in spans if s.text in titles}  # (a title read as a work once: "the film Sideways")
    out = []
    for span in spans:
        listed = {c.i for c in span.root.conjuncts}
        if (span.label_ in {"ORG", "GPE", "LOC", "FAC"} or span.label_ == "PERSON" and len(span) == 1) \
                and listed & works and not opens_with_first_name(span) and not known_place(span.text):
            span = Span(span.doc, span.start, span.end, label="WORK_OF_ART")
        out.append(span)
    return out


def _titles_listed_with_a_work(doc: Doc, spans: list[Span]) -> list[Span]:
    """"the comedy Rocket Science, The House on the Hill and Silver Lake", "Mack the Knife, Dream Lover and Beyond the
    Sea", after "the film Beyond the Sea": the titles of a list that holds a work's title as read, commas between
    them and "and" before the last, are works, each its capitalised words and the small words between them, whatever
    the models read ("House" a place, "Hill" a firm, "Knife" a firm) or cut; asked only of an article about works
    (:func:`_about_works`). Only a list that ends there (at punctuation, a verb or the sentence's end) and holds no
    person's name (capitalised words opened by a first name, not "Mack the Knife"; or read by the models inside a
    title: "Festen's Rufus Norris", "Mia Tarn for House of Kestrels") and no
    known place ("the film Sideways, Paul Giamatti and Rome"); the parse often reads such a list as apposition, not as
    conjuncts (see :func:`_works_listed_with_a_work`). A person's possessive opening a title owns the work: "Fahrenheit
    9/11 and Mel Gibson's The Passion of the Christ" lists "The Passion of the Christ"."""
    works = {(s.start, s.end) for s in spans if s.label_ == "WORK_OF_ART"}
    people = [s for s in spans if s.label_ == "PERSON" and len(s) > 1]
    owners = {(s.start, s.end) for s in spans if s.label_ == "PERSON"}

    def owned(title: Span) -> Span:  # "Mel Gibson's The Passion of the Christ": the person's work, after the mark
        mark = next((t.i for t in title[1:-1] if t.text in POSSESSIVE_MARKS and (title.start, t.i) in owners), None)
        return title if mark is None else Span(doc, mark + 1, title.end, label="WORK_OF_ART")

    found: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if span.label_ not in NAME_LABELS or found and span.start < found[-1].end:
            continue
        end = _sentence_end(span[0])
        first_end = span.end if (span.start, span.end) in works \
            else max(span.end, _work_title_end(doc, span.start, end))
        titles, j, joiner = [Span(doc, span.start, first_end, label="WORK_OF_ART")], first_end, None
        while joiner != "and" and j + 1 < end and doc[j].text in {",", "and"} \
                and (doc[j + 1].text[:1].isupper() or doc[j + 1].is_digit) and not doc[j + 1].is_sent_start:
            joiner = doc[j].text
            title_end = next((w_end for w_start, w_end in works if w_start == j + 1), None) \
                or _work_title_end(doc, j + 1, end)
            titles.append(Span(doc, j + 1, title_end, label="WORK_OF_ART"))
            j = title_end
        closed = joiner == "and" and (j >= end or doc[j].is_punct or doc[j].pos_ in {"VERB", "AUX"})
        titles = [owned(t) for t in titles]
        if closed and any((t.start, t.end) in works for t in titles) and not any(
                opens_with_first_name(t) and all(w.is_title for w in t) or known_place(t.text)
                or any(t.start <= p.start and p.end <= t.end and len(p) < len(t) for p in people) for t in titles):
            found += [t for t in titles if (t.start, t.end) not in works]
    return _replacing(spans, found)


def _about_works(doc: Doc, work_nouns: set[str]) -> bool:
    """Whether an article is about works: it names their kinds (org_nouns.json "work_nouns") three times or more
    ("the film", "a sitcom", "films")."""
    return sum(t.lower_ in work_nouns for t in doc) >= 3


def _works_written_again(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Maria Full of Grace won ... went to Joshua Marston for Maria Full of Grace", the second read as "Maria Full"
    and "Grace": a work's title of several words, opening with a capital, written again word for word, is the work
    again; the names read inside it give way (not one that runs on past it, nor the title read without its
    article), and so does one read from the title over a comma into the next item of a list ("Mathieu Amalric for
    Kings And Queen, Gerard Jugnot for The Chorus", read as one organisation): the name after the comma is its own,
    a person's where it opens with a known first name. The first word as written, the others in any case."""
    titles = {tuple(t.text for t in s) for s in spans if s.label_ == "WORK_OF_ART" and len(s) > 1 and s[0].is_title}
    found = []
    for words in titles:
        n = len(words)
        for i in range(len(doc) - n + 1):
            if doc[i].text != words[0] or tuple(t.lower_ for t in doc[i:i + n]) != tuple(w.lower() for w in words):
                continue  # (its small words in either case: "Assault On Precinct 13", "Assault on Precinct 13")
            inside = [s for s in spans if s.start < i + n and i < s.end]
            fused = next((s for s in inside if s.start == i and s.end > i + n + 1 and doc[i + n].text == ","), None)
            if fused is not None:
                rest = Span(doc, i + n + 1, fused.end, label=fused.label_)
                found.append(Span(doc, rest.start, rest.end, label="PERSON") if opens_with_first_name(rest) else rest)
                inside.remove(fused)
            if all(i <= s.start and s.end <= i + n for s in inside) and not any(
                    s.start == i and s.end == i + n for s in inside) and not (
                    len(inside) == 1 and inside[0].start == i + 1 and inside[0].end == i + n
                    and inside[0].label_ == "WORK_OF_ART"):  # (the title without its article, read as a work:
                # "The Six Nations" and "Six Nations" are left to the merge; "to promote The Holy Bible", its
                # "Holy Bible" read as a company, is the album again)
                found.append(Span(doc, i, i + n, label="WORK_OF_ART"))
    return _replacing(spans, found)


def _repeated_names(doc: Doc, spans: list[Span], org_last_words: set[str] = frozenset(),
                    org_first_words: set[str] = frozenset(), nicknames=frozenset()) -> list[Span]:
    """"Fjordhavn defender Ole Brekke was sent off ... Fjordhavn have not won", after "Bergen club Fjordhavn": a name
    the article gives elsewhere, written again the same way where the models found nothing, is a mention of it too
    (one sense per article); so is a club's name without its first club word ("Ribera" of "Atlético Ribera"), and
    the first word of a company's name that ends in a company word, written alone as a proper noun ("Ostara, a San
    Diego cancer specialist" after "Ostara Bio"), unless it is a place, a nationality or a first name. Only whole
    proper nouns (or capitalised adverbs and adjectives inside a sentence): not a stop word, not inside a longer
    capitalised run ("Fjordhavn Stadium"); a club's nickname (``nicknames``: "Wolves ... Wolves chief executive X")
    whatever the tagger read it as."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    names: dict[tuple[str, ...], str] = {}
    short_names: set[tuple[str, ...]] = set()
    whole: set[tuple[str, ...]] = set()  # names the models read alone somewhere: no short form's caution
    for span in spans:
        words = tuple(t.text for t in span)
        if span.label_ in REPEATED_LABELS and (span.text in nicknames or all(
                (t.pos_ == "PROPN" or not t.is_sent_start and t.pos_ in {"ADV", "ADJ"}) and t.text[:1].isupper()
                for t in span) or span.label_ == "GPE" and (
                    is_state_or_country(span.text) or is_national_side(span.text))) \
                and span.text.lower() not in STOP_WORDS:  # (a capitalised word inside a sentence the
            # tagger read as an adverb or an adjective is a name too: "World Cup winner Desailly", "Real ... Real
            # took the lead"; not a noun: "Price added ... Price rises"; a country whatever the tagger read: the
            # headline's "Wales critical of ...", then "Wales coach Mike Ruddock says")
            names.setdefault(words, span.label_)
            whole.add(words)
        if span.label_ == "ORG" and len(span) > 1 and span[-1].is_title and is_news_outlet(span.text) \
                and span[-1].text not in {"News", "Magazine", "Newspaper"}:
            names.setdefault((span[-1].text,), "ORG")  # "the Kisumu Star ... the Star said": a paper's last word
            short_names.add((span[-1].text,))
        if span.label_ == "ORG" and len(span) > 1 and span[0].text in org_first_words \
                and all(t.is_title for t in span[1:]):
            names.setdefault(words[1:], "ORG")  # "Atlético Ribera ... Ribera face": a club without its first word
            short_names.add(words[1:])
        first = span[0].text
        if span.label_ == "ORG" and len(span) > 1 and span[-1].text in org_last_words and span[0].is_title \
                and len(first) > 2 and first.lower() not in STOP_WORDS and first not in first_names() \
                and first not in cities() and not is_state_or_country(first) and first not in demonyms():
            names.setdefault((first,), "ORG")
            short_names.add((first,))
    at: dict[str, list[int]] = {}  # where each word is written, so a name is looked for only where it may start
    for token in doc:
        at.setdefault(token.text, []).append(token.i)
    out = []
    for words, label in names.items():
        n = len(words)
        for i in at.get(words[0], []):
            if i + n > len(doc) or tuple(t.text for t in doc[i:i + n]) != words or any(j in taken for j in range(i, i + n)):
                continue
            before, after = (doc[i - 1] if i > 0 else None), (doc[i + n] if i + n < len(doc) else None)
            if (before is not None and before.is_title and not before.is_sent_start and before.pos_ == "PROPN") or (
                    after is not None and after.is_title and after.pos_ == "PROPN"):
                continue  # part of a longer name the models did not find
            sentence = doc[i].sent
            prose = _lower_words(sentence) >= 3 or _lower_words(doc[sentence.end:min(
                next((t.i for t in doc[i:] if "\n" in t.text), len(doc)), i + 12)]) + _lower_words(sentence) >= 3
            # (no heading or table row, "Men 6"; a parse that makes a sentence of the name alone, "Wales | coach Mike
            # Ruddock says", reads on along its line)
            if prose and (words not in short_names - whole or doc[i].pos_ == "PROPN"):
                # the tagger may read a name opening a sentence as a word ("Tidewater chief executive")
                out.append(Span(doc, i, i + n, label=label))
                taken.update(range(i, i + n))
    return out


def _lower_words(tokens) -> int:
    """How many lower-case words the tokens hold (prose has some; a heading or a table row few)."""
    return sum(t.is_lower and t.is_alpha for t in tokens)


def _listed_with_a_person(span: Span, spans: list[Span]) -> bool:
    """The name opens a list of names ("A and B", "A, B and C") one of which the models read as a person."""
    doc, end = span.doc, span.end
    while end < len(doc) and doc[end].lower_ in {"and", ","}:
        after = next((s for s in spans if s.start == end + 1), None)
        if after is None:
            return False
        if after.label_ == "PERSON":
            return True
        end = after.end
    return False


def _and_others(span: Span) -> Token | None:
    """"Mason and other administration officials": the plural noun after "and other" and lower-case words that puts
    the name among its kind; None when no such phrase follows the name."""
    doc, i = span.doc, span.end
    if i + 2 >= len(doc) or doc[i].lower_ != "and" or doc[i + 1].lower_ != "other":
        return None
    return next((t for t in doc[i + 2:i + 6] if t.tag_ == "NNS"), None) if all(
        t.is_lower for t in doc[i + 2:i + 3]) else None


AWARD_VERBS = frozenset({"win", "pick", "collect", "take", "scoop", "land", "claim", "beat", "pip", "edge", "name"})


def _award_category_names(spans: list[Span], categories: dict[str, str]) -> dict[str, set[str]]:
    """"Franz Ferdinand picked up best international band", "Morrissey beat Eminem, Usher and Robbie Williams to
    best male": the name right before a verb of winning (AWARD_VERBS; not before "named", the one who names) and
    the names listed right after it (the names only: not "won two Golden Globes"'s number), in a
    sentence that goes on to a "best" category whose noun says who wins it (org_nouns.json award_winner_categories:
    a band an organisation, a male singer a person), by label: the names are that in every mention, whatever the
    models read (not a place, a country or a people). Read from the words, not the parse, which such lists defeat."""
    if not spans:
        return {}
    doc, found = spans[0].doc, {}
    by_start = {s.start: s for s in spans if s.label_ in NAME_LABELS}
    by_end = {s.end: s for s in spans if s.label_ in NAME_LABELS}
    for category in (t for t in doc if t.lower_ in categories):
        best = next((t.i for t in doc[max(category.sent.start, category.i - 4):category.i] if t.lower_ == "best"), None)
        verb = next((t for t in reversed(doc[category.sent.start:best or category.i])
                     if t.lemma_.lower() in AWARD_VERBS and t.pos_ in {"VERB", "AUX"}
                     or t.lower_ in {"beat", "pipped"}), None) if best is not None else None
        if verb is None:
            continue
        named = [by_end[verb.i]] if verb.i in by_end and verb.lemma_.lower() != "name" else []  # (not "the
        # Awards named US actor Christian Slater best actor": who names)
        i = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "up")  # "picked up"
        while i in by_start:
            named.append(by_start[i])
            i = by_start[i].end
            i += i < len(doc) and doc[i].text == ","
            i += i < len(doc) and doc[i].lower_ == "and"
        for span in named:
            if span.label_ not in {"EVENT", "WORK_OF_ART"} and not _a_place_or_its_people(span.text):  # (not "won
                # Bafta's best actor")
                found.setdefault(categories[category.lower_], set()).add(span.text)
    return found


def _list_subjects(spans: list[Span]) -> dict[int, Token]:
    """"Its artists include LL Cool J, DMX and Ashanti", "his hits have included Hard Knock Life, ...": for each name
    in a list opened by "include" (back over the commas and "and" between names), by where it starts, the plural
    noun the verb has as its subject; not a name that only opens an item ("include Tomas Varga's Winter Lanterns",
    "include Comedy drama Blue Harbour": a maker's name, a word of the work's kind)."""
    if not spans:
        return {}
    doc = spans[0].doc
    by_end = {s.end: s for s in spans if s.label_ in NAME_LABELS}
    subjects = {}
    for span in spans:
        if span.end < len(doc) and (doc[span.end].lower_ in POSSESSIVE_MARKS
                                    or doc[span.end].pos_ == "NOUN" and doc[span.end].is_lower):
            continue
        first = span
        while first.start >= 2 and doc[first.start - 1].text in {",", "and"} and first.start - 1 in by_end:
            first = by_end[first.start - 1]
        verb = first.start - 1
        if verb >= 1 and doc[verb].text == "The":
            verb -= 1  # "Other films included The Fisher King"
        if verb >= 1 and doc[verb].lemma_ == "include" and doc[verb].pos_ == "VERB":
            subject = doc[verb - 2] if doc[verb - 1].lemma_ == "have" and verb >= 2 else doc[verb - 1]
            if subject.tag_ == "NNS":
                subjects[span.start] = subject
    return subjects


#: Nouns for a company that a name before them and a product's noun names itself ("the Maserati car company").
NAMED_COMPANY_HEADS = frozenset({"company", "firm", "group", "business", "division", "unit", "subsidiary"})

OPENING_QUOTES = {'"', "“"}
CLOSING_QUOTES = {'"', "”"}
#: Quotation marks, single or double, around a title written after its noun ("the film 'Ray'").
TITLE_OPENING_QUOTES = OPENING_QUOTES | {"'", "‘"}
TITLE_CLOSING_QUOTES = CLOSING_QUOTES | {"'", "’"}


def _people_with_quoted_nicknames(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Antonio "LA" Reid', 'Earvin "Magic" Johnson': a first name (a person's name, or a known first name), a
    nickname of one or two capitalised words in quotation marks written against it, and a capitalised surname are
    one person's name; the nickname alone is no place or organisation."""
    people_ends = {s.end: s for s in spans if s.label_ == "PERSON"}
    found = []
    for i in range(1, len(doc) - 3):
        if doc[i].text not in OPENING_QUOTES or not doc[i - 1].whitespace_ or doc[i].whitespace_:
            continue
        close = next((j for j in range(i + 2, min(i + 4, len(doc))) if doc[j].text in CLOSING_QUOTES), None)
        if close is None or close + 1 >= len(doc) or doc[close - 1].whitespace_ \
                or not all(t.text[:1].isupper() and t.is_alpha for t in doc[i + 1:close]):
            continue
        first = people_ends.get(i)
        start = first.start if first is not None else i - 1
        if first is None and doc[i - 1].text not in first_names():
            continue
        end = close + 1
        while end < len(doc) and end - close <= 2 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end > close + 1:
            found.append(Span(doc, start, end, label="PERSON"))
    if not found:
        return spans
    return filter_spans(found + [s for s in spans if not _overlaps_any(s, found)])


#: Words between a locative preposition and a place that say where in it ("in central Idaho", "in nearby Gainesville").
WHERE_IN = {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "northeastern",
            "northwestern", "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
            "rural", "suburban", "nearby", "upstate", "downtown", "coastal", "extreme", "neighbouring", "neighboring"}


def _with_unit_numbers(spans: list[Span], unit_words: set[str]) -> list[Span]:
    """"the 21st Brigade", "BPP Unit 24", "the Region 2 Border Patrol Police", "the 82nd Airborne Division": an
    organisation's name holds the ordinal before it and the number after its unit word (org_nouns.json
    numbered_unit_words), which the models and the trimming of counts leave out; a unit and its number right before
    another organisation's name are one name with it."""
    if not spans:
        return spans
    doc = spans[0].doc
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        start, end = span.start, span.end
        if span.label_ == "ORG":
            if start > 0 and ORDINAL_FIGURES.fullmatch(doc[start - 1].text) and any(t.text in unit_words for t in span):
                start -= 1  # "the 21st Brigade"
            if span[-1].text in unit_words and end < len(doc) and doc[end].is_digit:
                end += 1  # "BPP Unit 24", "Region 2"
        previous = out[-1] if out else None
        if previous is not None and previous.label_ == "ORG" and span.label_ == "ORG" and previous.end == span.start \
                and previous.end - previous.start >= 2 and doc[previous.end - 1].is_digit \
                and doc[previous.end - 2].text in unit_words:
            out[-1] = Span(doc, previous.start, end, label="ORG")  # "Region 2" + "Border Patrol Police"
            continue
        if previous is not None and start < previous.end:
            if previous.label_ in {"ORDINAL", "CARDINAL"} and previous.start >= start:
                out.pop()  # "82nd" read as an ordinal of its own: part of the name now
            else:
                start = previous.end  # never into the name before
        out.append(Span(doc, start, end, label=span.label_) if (start, end) != (span.start, span.end) else span)
    return out


def _places_after_company_of(spans: list[Span]) -> set[int]:
    """Where a name starts that follows a company's name ending in its suffix and "of" ("Waste Disposal Co. of
    Randolph", found as two names): the company's town."""
    by_end = {s.end: s for s in spans if s.label_ == "ORG"}
    doc = spans[0].doc if spans else None
    return {s.start for s in spans if s.start >= 2 and doc[s.start - 1].lower_ == "of"
            and s.start - 1 in by_end and doc[s.start - 2].lower_ in COMPANY_LAST_WORDS}


def _known_places_after_locatives(spans: list[Span]) -> set[int]:
    """Where a known place (a city, state or country) starts that a locative preposition stands before, with words of
    where in it between ("in central Idaho", "in nearby Gainesville"), or that follows a town and a comma ("in
    Frankfurt, West Germany"): a place, whatever the models read (a club named for the town is "at" or "beat",
    never "in central"). So is the name joined by "and" or "or" to a known place that "in" opens, its conjunct in the
    parse ("pulled out of meets in Madrid and Lievin"; the CoNLL model makes towns clubs); not after a comma ("gangs
    in Mexico, Los Zetas and Barrio Azteca": the gangs), nor a people's name ("in Japan, and Japanese companies")."""
    if not spans:
        return set()
    doc = spans[0].doc
    by_end = {s.end: s for s in spans}
    by_start = {s.start: s for s in spans}
    starts = set()
    for span in spans:
        known = span.text in cities() or is_state_or_country(span.text)
        item = by_start.get(span.end + 1) if span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", "or"} \
            else None
        if known and span.label_ == "GPE" and span.start > 0 and doc[span.start - 1].lower_ == "in" \
                and item is not None and all(t.is_title for t in item) and not opens_with_first_name(item) \
                and item.label_ != "NORP" and item.root.dep_ == "conj" and span.start <= item.root.head.i < span.end:
            starts.add(item.start)
        if span.label_ not in {"ORG", "PERSON", "NORP"} or not known:
            continue
        i = span.start - 1
        while i >= 0 and doc[i].lower_ in WHERE_IN:
            i -= 1
        town = by_end.get(i) if i >= 1 and doc[i].text == "," else None
        if (i < span.start - 1 and i >= 0 and doc[i].lower_ in LOCATIVE_WORDS) or (
                town is not None and town.label_ in PLACE_LABELS and is_state_or_country(span.text)):
            starts.add(span.start)
    return starts


def _organisations_by_a_word_of_their_name(spans: list[Span]) -> list[Span]:
    """"Media Labs Europe ... the Labs needed funding": one capitalised word after "the" that is a word of an
    organisation's longer name written before it in the article (not its first word, a place's or a person's name
    in many: "Ford Motor ... the Ford family") is that organisation, whatever the models read."""
    doc = spans[0].doc if spans else None
    out, later_words = [], set()
    for span in spans:
        if span.label_ == "ORG" and len(span) > 1:
            later_words |= {t.text for t in span[1:] if t.is_title and not t.is_stop}
        if span.label_ in NAME_LABELS - {"ORG"} and len(span) == 1 and span.start > 0 \
                and doc[span.start - 1].lower_ == "the" and span.text in later_words:
            span = Span(doc, span.start, span.end, label="ORG")
        out.append(span)
    return out


def _one_label_per_name(doc: Doc, spans: list[Span], titled: set[int] = frozenset(),
                        full_names: dict[str, str] | None = None, placed: set[int] = frozenset(),
                        organisations: set[str] = frozenset(), works: set[str] = frozenset(),
                        people: set[str] = frozenset(), cued: dict[str, str] | None = None) -> list[Span]:
    """The same name written twice in one article names the same thing: where the models gave its mentions
    different labels ("EA's managing director" a place, "EA publishes" a company), the label most of its
    mentions carry wins. In a tie between a person and one other label, a single word that is no known first name
    and no surname of someone named in full is not the person ("Wanadoo" three times a company, three times a
    person), unless a title, an honorific or a bracket stands before one of its mentions (``titled``: the token
    indexes right after them; "Ms Okoro", "(Ola) Tenvik"); a tie between an organisation and a place is the
    organisation unless the name is a country or state (a short one through ``full_names``, the variants: "US";
    "BT" is no Bhutan); any other tie takes the label of the first mention. A place its words mark keeps its label
    (see :func:`_placed_here`; ``placed``: where the names after a town's title start). A name in
    ``organisations`` (one the words around a mention say is one: :func:`_subject_which`) that would be a person is
    an organisation in every mention, unless a title or an honorific marks a person of that name. A name in
    ``works`` (one the words before a mention say is a film, a book, a song: "British movie Vera Drake") is that
    work in every mention, unless a title or an honorific marks a person of that name. A name in ``people`` (one a
    person noun describes: "rapper Jay-Z") is a person in every mention, unless it is in ``organisations``. A one-word
    name in ``cued`` takes the label given there in every mention, unless it is a country or state or a title or an
    honorific marks a person of it: an organisation that takes over, bids or is bought ("the takeover of MCI", "a bid
    from Qwest"), a building before its kind ("the Bernabeu stadium"), a program before its kind ("its Internet
    Explorer web browser"; a product so named may be longer, and so is a version of it: "Internet Explorer 7"). A
    one-word name that is the surname of someone named in full, read once as a person, is that person in every
    mention, unless it is in ``organisations`` or ``cued``. A one-word name that is no surname nor first name, read
    as a person in most mentions but placed by the words around one ("arriving in Davos"), is that place."""
    full_names = full_names or {}
    labels_by_text: dict[str, Counter] = {}
    for span in spans:
        if span.label_ in NAME_LABELS - {"LANGUAGE"}:  # "teach German" beside "the German firm": two things
            labels_by_text.setdefault(span.text, Counter())[span.label_] += 1
    named_in_full = _surnames(spans)
    surnames = named_in_full | {s.text for s in spans if s.start in titled}
    placed_here = [s for s in spans if _placed_here(s)]
    placed_as = {s.text: s.label_ for s in placed_here}
    placed_here_starts = {s.start for s in placed_here}
    winners = {}
    for text, counts in labels_by_text.items():
        (top, n), *rest = counts.most_common()
        if rest and n > rest[0][1]:
            winners[text] = top
        elif len(counts) == 2 and "PERSON" in counts and " " not in text and text not in surnames \
                and text not in first_names():
            winners[text] = next(label for label in counts if label != "PERSON")
        elif set(counts) == {"ORG", "GPE"}:  # "BT", "LVMH", "Portsmouth" (the club): a country stays one
            winners[text] = "GPE" if is_state_or_country(text if len(text) > 3 else full_names.get(text.lower(), "")) \
                else "ORG"
        elif rest and n == rest[0][1]:  # any other tie: as the article first named it, one entity all the same
            winners[text] = next(s.label_ for s in spans if s.text == text and s.label_ in NAME_LABELS)
        if text in organisations and winners.get(text, top) == "PERSON" and text not in surnames:
            winners[text] = "ORG"  # "Laura Ashley, which floated in 1995, is ...": a company named for a person
        if text in (cued or {}) and winners.get(text, top) in {"PERSON", "GPE", "LOC", "FAC", "NORP", "ORG"} \
                and text not in surnames and not is_state_or_country(text) \
                and (" " not in text or cued[text] in {"PRODUCT", "GPE"}):
            winners[text] = cued[text]  # "MCI exited bankruptcy" read as a person, after "the takeover of MCI" (and
            # a town of two words listed in its region: "at Newton Aycliffe and Spennymoor in County Durham")
        if any(cued_label == "PRODUCT" and re.match(rf"{re.escape(name)} \d", text)
               for name, cued_label in (cued or {}).items()):
            winners[text] = "PRODUCT"  # "Internet Explorer 7", a version of the browser named "Internet Explorer"
        if text in people and text not in organisations:
            winners[text] = "PERSON"  # "Rapper Jay-Z ... Jay-Z's Roc-A-Fella label": the rapper in every mention
        if " " not in text and "PERSON" in counts and text in named_in_full and text not in organisations \
                and text not in (cued or {}):
            winners[text] = "PERSON"  # "Graeme Souness ... a row with Souness. Souness - who ...", two mentions read
            # as a club: the surname of someone named in full, read once as a person
        if text in works and text not in surnames:
            winners[text] = "WORK_OF_ART"  # "Vera Drake scored best director": the film named "movie Vera Drake"
        elif any(re.match(rf"{re.escape(work)}(?::| (?:[IVX]+|\d+)\b)", text) for work in works):
            winners[text] = "WORK_OF_ART"  # "Halloween II", "Halloween: Resurrection": sequels of a work named so
        where = placed_as.get(text)
        if where is not None and winners.get(text, top) == "PERSON" and " " not in text and text not in surnames \
                and text not in first_names() and text not in people:
            winners[text] = where  # "arriving in Davos", "Davos talking points" read as a person: the place the
            # article puts people in, in every mention
    return [Span(doc, s.start, s.end, label=winners[s.text])
            if s.label_ in NAME_LABELS - {"LANGUAGE"} and winners.get(s.text, s.label_) != s.label_
            and s.start not in placed_here_starts
            and not (s.label_ in PLACE_LABELS and s.start in placed) else s for s in spans]


def _subject_of_a_relative_gap(span: Span) -> bool:
    """"The phone Vodafone sold was cheap": the name is the subject of a full verb right after it, in a clause that
    leaves its object for the noun before the name (a relative clause the parse may hang otherwise)."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].pos_ == "VERB" and doc[span.end].tag_ in {"VBD", "VBZ", "VBP"} \
        and not any(c.dep_ in {"dobj", "xcomp"} for c in doc[span.end].children)


def _speakers_read_as_peoples(spans: list[Span], party_names: set[str]) -> list[Span]:
    """"Symbian said that it was not sure ...", read as a nationality or group: one word that is no people's (no
    demonym, no group word, no party's name) and speaks, the subject of a verb of speech (quote_cues.json "verbs"),
    names an organisation, in every mention."""
    speech = word_list("quote_cues.json", "verbs")
    peoples = {s.text for s in spans if s.label_ == "NORP" and len(s) == 1 and s.text[:1].isupper()
               and not is_people_word(s) and s.text.lower() not in party_names}
    speakers = {s.text for s in spans if s.text in peoples and s.label_ in {"NORP", "PERSON"}
                and s.root.dep_ == "nsubj" and s.root.head.lemma_.lower() in speech}  # (one mention read as a person)
    return [Span(s.doc, s.start, s.end, label="ORG") if s.text in speakers and s.label_ in {"NORP", "PERSON"} else s
            for s in spans]


def _subject_which(span: Span) -> bool:
    """"Laura Ashley, which floated in 1995, is majority-owned by ...": a name that is its clause's subject and takes
    a relative clause with "which" names a thing, an organisation, whatever the models read (a person takes "who";
    not "He thanked Laura, which pleased her", where "which" is about the whole clause)."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "which" \
        and span.root.dep_ in {"nsubj", "nsubjpass"}


HOLIDAY_PERIOD_NOUNS = frozenset({"break", "recess", "holiday", "holidays", "weekend", "period", "season", "week",
                                  "eve", "shopping", "trading"})
HOLIDAY_PREPOSITIONS = frozenset({"over", "during", "before", "after", "since", "until", "till", "by", "at", "on"})


def _holiday_as_a_time(span: Span) -> bool:
    """A holiday's name (dates.json "holidays") said as a time, however the models read it: after a preposition of
    time or before a noun of a period ("over Easter", "its Easter break"); not a film of that name ("the horror
    classic Halloween", "Halloween sequels")."""
    doc = span.doc
    if span.text.lower() not in holidays():
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in HOLIDAY_PREPOSITIONS or after in HOLIDAY_PERIOD_NOUNS


def _listed_days_joined_to_their_month(doc: Doc, spans: list[Span]) -> list[Span]:
    """"held on 14, 20 and 27 April", "on 3 and 5 June": days of the month listed before the one that names their
    month are dates with it, one DATE over the list (the dates stage reads each day), not counts, whether the models
    read the last day with its month or the month alone ("between 6 and 12 December"); the list must reach that day
    through "and" or "or" ("aged 14, 27 April" is no list)."""
    out: list[Span] = []
    for span in spans:
        month = next((t.i for t in span[:2] if t.lower_.rstrip(".") in MONTHS), None)
        start = month - 1 if span.label_ == "DATE" and month and DAY_NUMBER.fullmatch(doc[month - 1].text) else None
        while start is not None and start >= 2 and doc[start - 1].lower_ in LISTED_DAY_JOINERS \
                and DAY_NUMBER.fullmatch(doc[start - 2].text) and (start < month - 1 or doc[start - 1].lower_ != ","):
            start -= 2
        if start is not None and start < month - 1 and start < span.start:
            out = [s for s in out if s.end <= start]  # the models' pieces of the list ("14" and "20" as counts)
            span = Span(doc, start, span.end, label="DATE")
        out.append(span)
    return out


TIME_PREPOSITIONS = frozenset({"in", "on", "since", "until", "till", "by", "from", "to", "through", "during", "before",
                               "after", "early", "late", "mid", "last", "next", "this", "of", "between", "each",
                               "every", "around", "throughout", "that", "and", "or", "-"})


def _months_that_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """A month's word that is also a name the article gives ("May Department Stores", "Theresa May"), alone and in
    no date's shape, is that name's short form, read with its label: "May's chairman", "May has struggled", "a rescue
    deal for May" (not "in May", "since May", "May 5", "planned for May", nor any "May's sales" with no such name)."""
    names = {}
    for span in spans:
        if span.label_ == "ORG" and len(span) > 1 and span[0].lower_ in MONTHS and span[0].is_title:
            names[span[0].text] = "ORG"  # "May Department Stores"
        elif span.label_ == "PERSON" and len(span) > 1 and span[-1].lower_ in MONTHS and span[-1].is_title:
            names[span[-1].text] = "PERSON"  # "Theresa May"
    if not names:
        return spans
    taken = {i for span in spans for i in range(span.start, span.end)}
    unread = [Span(doc, t.i, t.i + 1, label="DATE") for t in doc if t.text in names and t.i not in taken
              and t.dep_ in {"nsubj", "nsubjpass", "poss", "pobj", "dobj"}]  # "May has struggled", read by no model
    out = []
    for span in sorted(spans + unread, key=lambda s: s.start):
        if span.label_ == "DATE" and span[0].text in names and (
                len(span) == 1 or len(span) == 2 and span[1].tag_ == "POS"):
            before = doc[span.start - 1] if span.start > 0 else None
            after = doc[span[0].i + 1] if span[0].i + 1 < len(doc) else None
            owner = after is not None and after.tag_ == "POS"  # "after May's chairman", "of May's debt": the word
            # before belongs to what the name owns
            timed = not owner and before is not None and (before.lower_ in TIME_PREPOSITIONS or before.like_num or (
                before.lower_ == "for" and before.head.pos_ != "NOUN")) or after is not None and after.like_num
            if not timed:
                span = Span(doc, span.start, span[0].i + 1, label=names[span[0].text])
            elif span in unread:
                continue
        out.append(span)
    return out


def _institutions_of_a_people(doc: Doc, spans: list[Span], last_words: set[str]) -> list[Span]:
    """"the Scottish Parliament", "the European Commission", read as a people and a one-word organisation: one
    organisation, its people's adjective and its word (org_nouns.json "org_last_words")."""
    out: list[Span] = []
    for span in spans:
        if out and span.label_ == "ORG" and len(span) == 1 and span.text in last_words and out[-1].label_ == "NORP" \
                and out[-1].end == span.start and out[-1][-1].is_title:
            out[-1] = Span(doc, out[-1].start, span.end, label="ORG")
            continue
        out.append(span)
    return out


def _words_written(doc: Doc) -> tuple[set[str], set[str]]:
    """The article's words as written: every token's text, and the texts of those that open no sentence nor
    quotation (what a capitalised word is when it stands inside a sentence)."""
    return {t.text for t in doc}, {t.text for t in doc if not _opens_a_sentence(t)}


def _opens_a_sentence(token: Token) -> bool:
    """Whether the token opens a sentence or a quotation (where any word is capitalised)."""
    return token.is_sent_start or token.i > 0 and token.nbor(-1).is_quote


def _takes_a_plural_verb(span: Span) -> bool:
    """"Snow Patrol are working on a new album", "Highfield have said": one name, no plural word, as the subject of a
    plural verb names a group, a band, a club or a company, as British English writes them; a person never takes
    one (not "Smith and Jones are", nor "the Smiths are")."""
    root, verb = span.root, span.root.head
    if root.dep_ != "nsubj" or span.text.endswith("s") or any(c.dep_ in {"conj", "cc"} for c in root.children) \
            or not all(t.pos_ == "PROPN" for t in span) or opens_with_first_name(span):
        return False
    forms = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i)]
    first = min(forms, key=lambda t: t.i)
    return first.i > root.i and (first.lower_ in {"are", "were", "have"} or first.tag_ == "VBP")


def _founded(span: Span) -> bool:
    """"Def Jam was founded in 1984 by ...": what was founded or set up is an organisation."""
    head = span.root.head
    return span.root.dep_ == "nsubjpass" and head.lemma_.lower() in {"found", "establish", "co-found", "cofound"}


def _placed_here(span: Span) -> bool:
    """A place where the words around it say it is one: after a locative preposition ("flights moved to Batajnica",
    "Boston at Oakland", "Ana Lee, from Leeds") or before its state or country ("near Frederick, Maryland"); the
    town's club elsewhere in the article does not make it a club here."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before == "in" and (doc[span.start - 1].head.lemma_.lower() in OWNERSHIP_NOUNS
                           or span.start >= 2 and doc[span.start - 2].lemma_.lower() in OWNERSHIP_NOUNS):
        return False  # "a stake in Southcorp", "shares in Wembley", "shareholders in Yukos": what is owned, a company
    if before == "at" and _a_post_above(doc[span.start - 1]):
        return False  # "vice president for entertainment at Nokia": where the title is held, an employer
    in_its_state = span.end + 1 < len(doc) and doc[span.end].text == "," \
        and is_state_or_country(doc[span.end + 1].text)  # "near Frederick, Maryland"
    return span.label_ in PLACE_LABELS and (before in PLACED_AFTER or in_its_state)


def _a_post_above(preposition: Token) -> bool:
    """Whether the phrase hangs on a title (roles.json "titles"), through nouns and prepositions only."""
    titles = word_list("roles.json", "titles")
    for token in preposition.ancestors:
        if token.pos_ in {"VERB", "AUX"}:
            return False
        if token.pos_ in {"NOUN", "PROPN"} and token.lemma_.lower() in titles:
            return True  # ("Tim Crawford, Group Economist at Halifax": a title in capitals, read as a name)
    return False


def split_at_breaks(span: Span) -> list[Span]:
    """A name never runs over a line break or starts or ends in whitespace: the model's span
    "County Cricket Board\n" is "County Cricket Board", and "Willie\nWood" is two spans."""
    parts, start = [], span.start
    for token in [*span, None]:
        if token is None or token.is_space:
            end = span.end if token is None else token.i
            if end > start:
                parts.append(Span(span.doc, start, end, label=span.label_))
            start = end + 1
    return parts


def _overlaps_any(span: Span, others: list[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _replacing(spans: list[Span], found: list[Span]) -> list[Span]:
    """The spans with ``found`` in place of every span one of them overlaps (a rule's reading over the models')."""
    return filter_spans(found + [s for s in spans if not _overlaps_any(s, found)]) if found else spans


def _acronym_person(span: Span) -> bool:
    """"AfD", "NATO", "FARC" tagged PERSON: an acronym names an organisation, not a person."""
    text = span.text
    return span.label_ == "PERSON" and len(span) == 1 and 2 <= len(text) <= 6 and text.isalpha() \
        and sum(c.isupper() for c in text) >= 2


def _a_common_word_opening(token: Token) -> bool:
    """A word opening a sentence that the article never writes capitalised inside one, read by the tagger as a verb
    ("Stay tuned") or as a common noun the article also writes in lower case ("Beer and spirits are heavily taxed
    ... the beer market"): no name, whatever the models read (not a people's word: "Japanese")."""
    if not (token.is_sent_start and token.is_alpha and token.is_title and token.text not in demonyms()) \
            or any(t.text == token.text and not t.is_sent_start for t in token.doc):
        return False
    return token.tag_ in {"VB", "VBP"} or token.tag_ in {"NN", "NNS"} and any(t.text == token.lower_ for t in token.doc)


def _a_prize_won(doc: Doc, i: int, words: frozenset[str]) -> bool:
    """Whether the words at ``i`` tell of a prize won or a nomination for it: "winner", "nominee", or "-winning",
    "-nominated" joined to the name by a hyphen (award_result_words)."""
    if doc[i].lower_ in words and doc[i].tag_ in {"NN", "NNS"}:
        return True
    return doc[i].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i + 1].lower_ in words


def _joined_as_written_elsewhere(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Swiss Re ... Swiss Re, the world's second biggest insurer": two names side by side, with a space only between
    them, that the article writes elsewhere as one name of several words are that name, with its label ("Swiss" and
    "Re" read apart in one mention, "Michael" and "Howard" in another); a known first name and one capitalised word
    read as two people side by side are one person ("Michael" and "Howard" in the one mention)."""
    whole = {s.text: s.label_ for s in spans if len(s) > 1 and s.label_ in NAME_LABELS}
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        previous = out[-1] if out else None
        if previous is not None and previous.end == span.start and doc[previous.end - 1].whitespace_ == " " and (
                doc[previous.start:span.end].text in whole or previous.label_ == span.label_ == "PERSON"
                and len(previous) == len(span) == 1 and previous.text in first_names() and span[0].is_title):
            out[-1] = Span(doc, previous.start, span.end, label=whole.get(doc[previous.start:span.end].text, "PERSON"))
            continue
        out.append(span)
    return out


def _split_nationality_from_person(span: Span) -> list[Span]:
    """"Russian Dmitriy Bogdanov won", "Swede Lars Berg won": a nationality, or a noun for one of a nation, the models
    read into a person's name of two words or more is the nationality and the person (a two-word span is left as
    read: "French Stewart")."""
    if span.label_ != "PERSON" or len(span) < 3 or not span[0].is_title or not all(t.is_title for t in span[1:]) \
            or span[0].text not in demonyms() and span[0].text not in word_list("demonyms.json", "nationals"):
        return [span]
    doc = span.doc
    return [Span(doc, span.start, span.start + 1, label="NORP"), Span(doc, span.start + 1, span.end, label="PERSON")]


def _nationality_glued_to_a_person(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Russian Korzhanenko tested positive", "Kenyans Evans Rutto and Margaret Okayo took the titles": a nationality
    (or its plural, people of it) the models read into one name with a person's is the nationality and the person,
    where the rest (one to three capitalised words) is a name a known first name opens, the surname alone of a
    person the article names in full with a known first name ("Irina Korzhanenko"), or a person's name of two words
    or more the article writes alone elsewhere ("Iraqi Salam Pax ... Salam Pax said"); not "French Stewart" alone, a
    name, nor "Swiss Re" beside a "Munich Re" the models read as a person, nor "Economy minister German Gref"."""
    nationalities = demonyms() | word_list("demonyms.json", "nationals")
    surnames = {s[-1].text for s in spans if s.label_ == "PERSON" and 1 < len(s) <= 4 and opens_with_first_name(s)}
    people = {s.text for s in spans if s.label_ == "PERSON" and len(s) > 1}  # written alone elsewhere
    out = []
    for span in spans:
        word = span[0].text
        word = word[:-1] if word.endswith("s") and word[:-1] in nationalities else word
        rest = Span(doc, span.start + 1, span.end, label="PERSON") if 2 <= len(span) <= 4 else None
        if span.label_ in {"PERSON", "ORG", "NORP", "GPE"} and rest is not None and word in nationalities \
                and all(t.is_title for t in rest) and (opens_with_first_name(rest) or len(rest) == 1
                                                        and rest.text in surnames or rest.text in people):
            out += [Span(doc, span.start, span.start + 1, label="NORP"), rest]
            continue
        out.append(span)
    return out


def _split_country_description(span: Span, variants: dict[str, str] | None = None) -> list[Span]:
    """"told US magazine People", "US magazine Entertainment Weekly": a country, the lower-case nouns it describes
    and the name they describe, read as one name, are the country and that name; a country and a people's word,
    the country and the people ("UK Muslims"; ``variants``: the short names of countries)."""
    doc = span.doc
    if len(span) == 2 and is_country((variants or {}).get(span[0].lower_, span[0].text)) and is_people_word(span[1:]):
        return [Span(doc, span.start, span.start + 1, label="GPE"), Span(doc, span.start + 1, span.end, label="NORP")]
        # "UK Muslims should accept ...": the country and a people of it
    if len(span) < 2 or not span[1].is_lower or span[1].pos_ != "NOUN" or not is_state_or_country(span[0].text):
        return [span]
    rest = next((t.i for t in span[1:] if not (t.is_lower and t.pos_ == "NOUN")), span.end)
    parts = [Span(doc, span.start, span.start + 1, label="GPE")]
    if rest < span.end and doc[rest].is_title:
        parts.append(Span(doc, rest, span.end, label="ORG" if span.label_ in {"GPE", "LOC"} else span.label_))
    return parts


def _part_of_a_continent(span: Span) -> bool:
    """"Eastern Europe", "South East Asia", "North America": compass points and a continent's name (regions.json
    continents) name a region, however the models read it (not a country so named: "South Africa")."""
    return len(span) >= 2 and span.label_ not in {"LOC", "EVENT", "WORK_OF_ART"} \
        and span[-1].text in word_list("regions.json", "continents") \
        and all(t.lower_ in COMPASS_POINTS and t.is_title for t in span[:-1]) and not is_country(span.text)


def _split_listed_names(span: Span, known: Collection[str] = frozenset(),
                        org_words: Collection[str] = frozenset()) -> list[Span]:
    """"The two channels, BBC1 and ITV1, have both ...", "filmed for Four-Kings and Intel": two short names joined by
    "and" that the models read as one organisation are two, where one of them is shaped as no plain word is (digits,
    capitals, a hyphen) or the article names it alone too, or both are names the variants know ("The Conservatives
    and Liberal Democrats say"); not "Marks and Spencer" or "Tate and Lyle". Two longer names are two where each is
    headed by a word of an organisation's kind (``org_words``: "New York State Department of Health and State University
    of New York"; not "the Institute of Electrical and Electronics Engineers")."""
    ands = [t.i for t in span if t.lower_ == "and"]
    if span.label_ != "ORG" or len(ands) != 1:
        return [span]
    doc = span.doc
    first, second = doc[span.start:ands[0]], doc[ands[0] + 1:span.end]
    def head(part: Span) -> str:  # "Department" of "State Department of Health"
        return next((part[k - 1].text for k in range(1, len(part)) if part[k].lower_ == "of"), part[-1].text)

    if len(first) >= 2 and len(second) >= 2 and second[0].text[:1].isupper() \
            and head(first) in org_words and head(second) in org_words:
        return [Span(doc, first.start, first.end, label="ORG"), Span(doc, second.start, second.end, label="ORG")]
    if not (1 <= len(first) <= 3 and 1 <= len(second) <= 3) or not first[0].text[:1].isupper() \
            or not second[0].text[:1].isupper():  # (a capital inside a word too: "DiCaprio and Keanu Reeves")
        return [span]

    def shaped(part: Span) -> bool:
        return any(c.isdigit() for c in part.text) or "-" in part.text or any(t.is_upper and len(t) > 1 for t in part)

    def alone(part: Span) -> bool:
        return any(doc[i:i + len(part)].text == part.text for i in range(len(doc) - len(part) + 1)
                   if not span.start <= i < span.end)

    if not (shaped(first) or shaped(second) or alone(first) or alone(second)
            or first.text.lower() in known and second.text.lower() in known):
        return [span]
    return [Span(doc, first.start, first.end, label="ORG"), Span(doc, second.start, second.end, label="ORG")]


def _split_parenthetical(span: Span) -> list[Span]:
    """"World Health Organization (WHO": the name and its acronym are two mentions, not one name."""
    opening = next((t.i for t in span if t.text == "("), None)
    if opening is None or opening == span.start:
        return [span]
    doc = span.doc
    parts = [Span(doc, span.start, opening, label=span.label_)]
    inner_end = next((t.i for t in doc[opening + 1:min(len(doc), span.end + 1)] if t.text == ")"), span.end)
    if inner_end > opening + 1:
        parts.append(Span(doc, opening + 1, inner_end, label=span.label_))
    return parts
