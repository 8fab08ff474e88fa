"""The numeric-claims stage.

Candidates are runs of number tokens outside dates, times, ordinals and names
("Apollo 11"), and outside the never-a-quantity patterns of the rules file (phone
numbers, sports scores, clock times). For each: the value (and the upper end of
a range), the qualifier from the words around it, the unit or the counted noun,
the event (the verb the number's noun depends on), its agent, and a link to the
claim it follows from in the same sentence ("45 strikes ..., killing 150 people").
All word lists live in ``pipeline/data/quantities.json``.
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..coref import GENERAL_OWNERS, Resolver, a_body_described, is_person_noun
from ..data_files import data_path, read_json, word_list, write_json
from ..dates.component import end_before_a_count, join_written_pairs, someday
from ..dates.normalize import DAY_NUMBER, MONTHS, WEEKDAYS
from ..extensions import get_facts, register_extensions
from ..facts import CHANGES, Entity, Quantity
from ..quotes.marks import find_quotes
from ..syntax import GERUND_PREPOSITIONS, age_description, governing_verb, subject_of, verb_above
from .units import DURATION_UNITS, SECONDS_IN, PhysicalUnits, in_unit
from .values import parse_value

NUMERIC_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
RANGE_WORDS = {"to", "-", "–", "—", "and", "or"}
LIST_WORDS = {"and", "or", ","}
COMPARED_WORDS = {"to", "from", "up from", "down from", "versus", "vs", "vs.", "against", "compared with",
                  "compared to"}  # between a level written with its unit and one written without
TARGET_PREPS = {"to", "from", "at", "of"}
#: Entity types of names, whose words are no units ("60 Minutes", a programme).
NAME_ENTITY_TYPES = frozenset({"ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "FAC", "PERSON", "GPE", "LOC"})
# "compared with an average of 20": a summary of the same count between the compared word and the number
_SUMMARY_BEFORE = re.compile(r"\s+(?:an?|the)\s+(?:average|total|mean|median)\s+of$")
_NUMBERISH = re.compile(r"^(?:[-−]?\d[\d,.]*(?:k|m|mn|mil|bn|b|tn)?)$", re.I)
# a number with a mark or unit written against it: "~45g", "RM23.50", "EUR50", "640bhp", "121ft)-long"
_GLUED = re.compile(r"^(?P<pre>[^\d\s]{1,3}?|[A-Za-z]+-)?(?P<num>\d[\d,]*(?:\.\d+)?)"
                    r"(?P<suf>[^\W\d_]*)(?P<rest>[)\-].*)?$")
_FOLD = re.compile(r"^([a-z]+)fold$")  # "sixfold"; "3-fold" is a number and its unit
_ORDINAL = re.compile(r"^(?:first|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$")
MODIFIER_DEPS = {"compound", "amod", "nmod", "nummod"}
#: What the stage reads: the numbers a careful reader counts, or NewsQuant's (see :class:`NewsQuantities`).
CONVENTIONS = ("newsfacts", "newsquant")
#: "an extra $2bn", "an additional £5,000 a year": an amount added, an increase (not "a further £947m has been
#: written off": another amount)
ADDITION_WORDS = frozenset({"extra", "additional"})
RACE_DISTANCES = frozenset({"60", "100", "110", "200", "400", "800", "1500", "3000", "5000", "10000"})  # metres
#: Words after "N times" that make it a multiplier ("four times higher", "three times the number", "twice as"); after
#: any other, "times" counts occasions ("raised rates five times since 2003")
MULTIPLIED = frozenset({"more", "less", "fewer", "higher", "lower", "greater", "bigger", "larger", "smaller", "as",
                        "the", "that", "what", "faster", "slower", "over", "cheaper", "longer", "above", "below",
                        "its", "their", "his", "her", "this", "a", "per", "each", "every"})
#: Units of a span of time or of distance, which a verb's adverbial phrase gives ("shot from 50 yards")
SPAN_UNITS = DURATION_UNITS - {"yr_age"} | {"mm", "cm", "m", "km", "in", "ft", "yd", "mi", "nm"}
RATE_WORDS = {"per", "a", "an", "each", "/"}
TEMPERATURE_SCALES = frozenset({"celsius", "fahrenheit", "kelvin", "centigrade"})  # capitalised, yet units


class NewsQuantities:
    def __init__(self, nlp: Language, name: str = "newsfacts_quantities", *, units_path: str | None = None,
                 qualifiers_path: str | None = None, conventions: str = "newsfacts") -> None:
        """``conventions``: "newsfacts" reads the numbers a careful reader counts; "newsquant" as NewsQuant annotates
        them: also the "one" that says membership or sets one thing against another ("one of the best screens", "one
        hand ... the other") as a count, and a level before and after a change as one range ("fell from $2,415 to
        $2,315"), where our gold sets and readers count no such "one" and read the two levels apart."""
        if conventions not in CONVENTIONS:
            raise ValueError(f"conventions must be one of {', '.join(CONVENTIONS)}, not {conventions!r}")
        register_extensions()
        self.name = name
        self.conventions = conventions
        self._load(read_json(units_path or qualifiers_path or data_path("quantities.json")))

    def _load(self, rules: dict) -> None:
        self.rules = rules
        self.qualifiers = rules["qualifiers"]
        self.max_qualifier = max(len(q.split()) for q in self.qualifiers)
        self.scales = rules["scales"]
        self.vague_scales = set(rules.get("vague_scales", []))
        self.currencies = rules["currencies"]
        self.units = rules["units"]
        self.max_unit = max(len(u.split()) for u in self.units)
        self.lemma_fixes = rules.get("lemma_fixes", {})
        self.change_verbs = rules.get("change_verbs", {})
        self.change_adverbs = rules.get("change_adverbs", {})
        self.differences = rules.get("differences", {})
        self.witness_verbs = frozenset(rules.get("witness_verbs", ()))
        self.differences_before_than = frozenset(rules.get("differences_before_than", ()))
        self.change_nouns = rules.get("change_nouns", {})
        self.change_noun_verbs = rules.get("change_noun_verbs", {})
        self.negative_words = set(rules.get("negative_words", []))
        self.fractions = rules.get("fractions", {})
        self.identifier_nouns = set(rules.get("identifier_nouns", []))
        self.sequence_nouns = frozenset(rules.get("sequence_nouns", []))
        self.not_quantity = [re.compile(p) for p in rules.get("not_quantity_patterns", [])]
        self.bound_verbs = rules.get("bound_verbs", {})
        self.ceiling_verbs = frozenset(rules.get("ceiling_verbs", ()))
        self.prefix_units = rules.get("prefix_units", {})
        self.no_event_verbs = set(rules.get("no_event_verbs", []))
        self.evidence_verbs = set(rules.get("evidence_verbs", []))
        self.share_particle_verbs = frozenset(rules.get("share_particle_verbs", []))
        self.up_to_particle_verbs = frozenset(rules.get("up_to_particle_verbs", []))
        self.up_nouns = frozenset(rules.get("up_nouns", []))
        self.age_at_verbs = frozenset(rules.get("age_at_verbs", []))
        self.glued_prefixes = rules.get("glued_prefixes", {})
        self.not_glued_units = set(rules.get("not_glued_units", []))
        self.metre_nouns = set(rules.get("metre_nouns", []))
        self.stretch_words = set(rules.get("stretch_words", []))
        self.race_distance_nouns = set(rules.get("race_distance_nouns", []))
        self.trailing_bounds = rules.get("trailing_bounds", {})
        self.rate_denominators = rules.get("rate_denominators", {})
        self.cased_units = rules.get("cased_units", {})
        self.newsquant_only_units = frozenset(rules.get("newsquant_only_units", ()))
        self.dollar_prefixes = rules.get("dollar_prefixes", {})
        self.max_currency = max(len(c.split()) for c in self.currencies)
        self.holder_verbs = set(rules.get("holder_verbs", []))
        self.glued_subunits = rules.get("glued_subunits", {})
        self.unit_words = {w for name in [*self.units, *self.currencies] for w in name.split()}
        self.measure_words = {w for name in self.units for w in name.split()}  # (no currency: "Burnout 3 won")
        self.dimension_adjectives = frozenset(rules.get("dimension_adjectives", ()))
        self.durations = bool(rules.get("durations_as_quantities", False))
        self.ages = bool(rules.get("ages_as_quantities", False))
        self.physical = PhysicalUnits(rules.get("not_units", []))
        self.unit_word_compounds = [c.replace("-", " - ").split() for c in rules.get("unit_word_compounds", [])]
        # (as the tokenizer splits them: "second-hand" -> "second", "-", "hand")
        self.figure_nouns = set(rules.get("company_figure_nouns", []))
        self.report_verbs = set(rules.get("report_verbs", []))
        self.survey_body_words = set(rules.get("survey_body_words", []))
        self.raising_verbs = set(rules.get("raising_verbs", []))
        self.placeholder_nouns = set(rules.get("placeholder_nouns", []))
        self.session_nouns = set(rules.get("session_nouns", []))
        self.workforce_nouns = set(rules.get("workforce_nouns", []))
        self.figure_modifiers = set(rules.get("company_figure_modifiers", []))

    # -- entry point -------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        facts = get_facts(doc)
        text = doc.text  # computed by spaCy on each access: read it once
        resolve = Resolver(doc, facts, genders=True, quotations=find_quotes(text))
        blocked = self._blocked_tokens(doc, text)
        quantities: list[Quantity] = []
        for start, end in self._number_runs(doc, blocked):
            if quantities and doc[start].idx < quantities[-1].end:
                continue  # already read as the upper end of a range
            quantity = self._read(doc, start, end, resolve)
            if quantity is not None:
                quantities.append(quantity)
        self._share_list_units(doc, text, quantities)
        if self.conventions == "newsfacts":
            quantities = _compound_lengths_of_time(text, quantities)
        _share_conversions(text, quantities)
        _share_changes(text, quantities)
        _link_claims(doc, quantities)
        _link_levels(text, quantities)
        if self.conventions == "newsfacts":
            _measured_by_it(doc, text, quantities)
            _respectively(doc, quantities, resolve)
            _owned_through_a_pronoun(doc, text, quantities, resolve)
            _counted_through_a_pronoun(doc, quantities)
            _held_by_a_description(doc, text, quantities, resolve)
        facts.quantities = quantities
        return doc

    def _blocked_tokens(self, doc: Doc, text: str) -> set[int]:
        blocked = set()
        for ent in doc.ents:
            if ent.label_ in {"DATE", "TIME"} and self._opens_a_unit_word_compound(doc, ent.end - 1):
                continue  # "six second hand airplanes", read as a time: a count of planes
            if ent.label_ not in NUMERIC_LABELS and not self._fraction_span(ent):
                ent = ent if ent.label_ != "DATE" else doc[ent.start:end_before_a_count(doc, ent.start, ent.end)]
                taken = {t.i for t in ent if not self._is_duration(t) and self._glued(t) is None
                         and not (t.i > 0 and _currency_mark(t.doc[t.i - 1]) and t.doc[t.i - 1].lower_
                                  in self.currencies and not t.doc[t.i - 1].is_alpha)}
                for t in ent:  # "every five and a half months": the half goes with the duration's number
                    if t.i not in taken and self._is_number(t):
                        taken -= set(range(t.i + 1, _past_and_a_fraction(doc, t.i + 1)))
                blocked |= taken
        for pattern in self.not_quantity:
            for match in pattern.finditer(text):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                if span is not None:
                    blocked.update(range(span.start, span.end))
        blocked.update(t.i for t in doc if t.is_digit and _a_list_position(t, text))
        blocked.update(t.i for t in doc if t.i > 0 and doc[t.i - 1].lower_ == "per" and t.like_num
                       and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN")  # "24.9 connections per 100
        # people": the rate's base, no count of its own
        blocked.update(i for t in doc if _a_score(t) for i in range(t.i, t.i + 3))
        blocked.update(t.i for t in doc if t.lower_ == "one" and someday(t))  # "He can go abroad one day": some day
        if self.conventions == "newsfacts":  # "entered the UK top 20"; "not one DJ could fill his boots": none
            blocked.update(t.i for t in doc if _a_ranking_s_top(t)
                           or t.lower_ == "one" and t.i > 0 and doc[t.i - 1].lower_ == "not")
        return blocked

    def _is_duration(self, token: Token) -> bool:
        """"in 15 years", "24 hours", "a 50-year-old man": the number of a duration or an age inside a DATE or
        TIME entity is a quantity (the date fact keeps the entity)."""
        if token.ent_type_ not in {"DATE", "TIME"}:
            return False
        i = token.i
        while i < len(token.doc) and self._is_number(token.doc[i]):
            i = _past_and_a_fraction(token.doc, i + 1)
            if i + 1 < len(token.doc) and token.doc[i].lower_ in RANGE_WORDS and self._is_number(token.doc[i + 1]):
                i += 1  # "40 to 50 hours": the unit after the upper end
        unit = self._unit_at(token.doc, i)[0] if i > token.i else None
        if unit is None and i > token.i and i + 1 < len(token.doc) and token.doc[i].lower_ in RATE_WORDS - {"/"} \
                and self.units.get(token.doc[i + 1].lower_) in DURATION_UNITS:
            return True  # "an average of 20 per week", "twice a day": a count in each period, a rate
        if unit is None and i > token.i and token.doc[i - 1].head.i >= i:
            unit = self.units.get(token.doc[i - 1].head.lower_)  # "3 long weeks": the unit is the number's head
        return (self.ages and unit == "yr_age") or (self.durations and unit in DURATION_UNITS - {"yr_age"})

    def _glued(self, token: Token) -> tuple[str | None, str, str | None, str | None] | None:
        """A number with its unit, currency or mark in the same token: (prefix kind, number text, scale, unit).

        The prefix kind is a currency code or a qualifier ("~45g" is approximate); the suffix is a scale
        ("EUR50m"), a unit ("640bhp", "2.4Ghz") or both ("RM3.06mil"). Codes and names ("V10", "S22", "5G",
        "1990s") are not read."""
        match = _GLUED.match(token.text)
        if match is None or not (match.group("pre") or match.group("suf")):
            return None
        pre, suf = match.group("pre") or "", match.group("suf") or ""
        kind = None
        scaled = token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in self.scales
        if pre.isalpha() and len(match.group("num")) < 2 and not suf and not scaled:
            return None  # "PS3", "A4": a code, where "RM5.50", "EUR50" and "PS6 m" are money
        if pre:
            kind = self.glued_prefixes.get(pre.lower()) or (
                self.currencies.get(pre.lower()) if _currency_mark_text(pre) and pre.lower() not in self.glued_subunits
                else None) or (  # (a coin's letter is written after the number: "P900" is a phone's model)
                "negative" if pre[:-1].lower() in self.negative_words and pre.endswith("-") else None)
            if kind is None:
                return None
        scale, unit = None, None
        if suf:
            lowered = suf.lower()
            for n in range(len(lowered) + 1):  # a unit, or a scale and a unit: "640bhp", "3.06mil", "50m", "2.5bn"
                head, tail = lowered[:n], lowered[n:]
                if head and head not in self.scales:
                    continue
                if not tail or (tail in self.units and tail not in self.not_glued_units and suf[n:] == suf[n:].lower()
                                or tail in self.units and len(tail) > 1):
                    scale, unit = head or None, self.units.get(tail) if tail else None
                    break
                if tail in self.glued_subunits and not pre and token.dep_ not in MODIFIER_DEPS \
                        and not (token.i > 0 and token.doc[token.i - 1].lower_ == "in"):
                    scale, unit = head or None, self.glued_subunits[tail]  # "at 118.5p", not "a 720p screen"
                    break
            else:
                return None
            if scale is None and unit is None:
                return None
        if match.group("rest") and unit is None:
            return None
        return kind, match.group("num"), scale, unit

    def _glued_unit(self, token: Token) -> bool:
        glued = self._glued(token)
        return glued is not None and glued[3] is not None

    def _bounded_or_changed_by(self, doc: Doc, i: int) -> bool:
        """Whether the words right before token ``i`` bound a share ("more than", "nearly") or give its change ("rose
        by"): then "a fifth", "a quarter" or "half" there is a share claimed, not an ordinal or a period."""
        if i > 0 and doc[i - 1].lower_ == "by" and doc[i - 1].head.pos_ == "VERB":
            return True
        return i > 0 and (doc[i - 1].lower_ in self.qualifiers
                          or " ".join(t.lower_ for t in doc[max(i - 2, 0):i]) in self.qualifiers)

    def _fraction_span(self, ent) -> bool:
        """"a third of the budget", "rose by a third", "more than a quarter of the market": the models call it
        ORDINAL or DATE, but it is a fraction."""
        if ent.label_ in {"DATE", "ORDINAL"} and self._bounded_share(ent[-1]):
            return True
        return ent.label_ == "ORDINAL" and ent[-1].lower_ in self.fractions and ent.start > 0 and \
            ent.doc[ent.start - 1].lower_ in {"a", "one", "two", "three"} and ent.end < len(ent.doc) and \
            ent.doc[ent.end].lower_ == "of"

    def _bounded_share(self, token: Token) -> bool:
        """"more than a quarter", "by a fifth", "nearly half": a fraction word bounded or giving a change."""
        doc, i = token.doc, token.i
        if token.lower_ == "half":
            return self._bounded_or_changed_by(doc, i)
        return token.lower_ in self.fractions and i > 0 and doc[i - 1].lower_ in {"a", "one"} \
            and self._bounded_or_changed_by(doc, i - 1)

    # -- finding numbers ---------------------------------------------------------------------------------------
    def _is_number(self, token: Token) -> bool:
        if token.lower_ in self.fractions:
            doc, i = token.doc, token.i
            after = doc[i + 1] if i + 1 < len(doc) else None
            before = doc[i - 1].lower_ if i > 0 else ""
            if _tight_hyphen(doc, i - 1) and doc[i - 2].lower_ in FRACTION_COUNTS:
                return True  # "two-thirds of", "a two-thirds majority", "compared to almost two-thirds in 1999"
            if token.lower_ == "half" and after is not None and after.lower_ in SHARED_DETERMINERS | {"of"} \
                    and self._bounded_or_changed_by(doc, i):
                return True  # "Less than half the UK wants a ban", "nearly half its staff", "more than half of the
                # firms": a share claimed (not "at half the price", "keep half the revenue", which the public sets
                # count no quantity)
            if token.lower_ == "half" and after is not None and (
                    token.dep_ in {"nsubj", "nsubjpass"} and after.lower_ == "of"
                    or token.dep_ == "predet" and token.head.dep_ in {"nsubj", "nsubjpass"}
                    or token.is_sent_start and after.lower_ in SHARED_DETERMINERS | {"of"}):
                return True  # "Half the population live below the poverty line", "Half of the staff left": a share
                # said of the subject (not "at half the price", "kept half the revenue")
            if token.lower_ != "half" and self._bounded_share(token):
                return True  # "more than a quarter of the market", "sales rose by a fifth a year"
            if before in FRACTION_COUNTS and token.lower_.endswith("s") and before != "one" \
                    and token.lower_ != "quarters":
                return True  # "two thirds said" (not "the preceding three quarters", a company's periods)
            return before in {"a", "one", "two", "three", "and"} and after is not None and (
                after.lower_ in {"of", "million", "billion"}
                or before in {"a", "one"} and after.pos_ in {"VERB", "AUX"} and after.dep_ != "amod")
            # "a third of", "around one quarter said" (not "a third term", "one quarter profits")
        if _ORDINAL.match(token.lower_):
            return False  # "14 first-team players": "first" is no part of the number
        fold = _FOLD.match(token.lower_)
        if fold is not None:
            return parse_value([fold.group(1)], {}) is not None  # "sixfold", "tenfold"
        if token.lower_ == "m" and self._metres(token):
            return False  # "a 40m penalty", "the 100m freestyle": a distance in sport, not 40 million
        if token.like_num or token.lower_ in self.scales:
            return True
        return bool(_NUMBERISH.match(token.text)) or self._glued(token) is not None

    def _metres(self, m: Token) -> bool:
        """An "m" written against a number, no currency before it, read as metres by :meth:`_metres_by_its_words` or
        before a dimension's adjective ("1.80m tall", this one only); or, in an article that so writes a distance in
        metres by its words (one sense per article: an athletics report), any such "m" not before a plural noun ("a
        world mark of 4.88m", "reached 6.66m", "the 5m barrier"; not "5m people")."""
        if self._metres_by_its_words(m):
            return True
        after = m.doc[m.i + 1] if m.i + 1 < len(m.doc) else None
        if after is not None and after.lower_ in self.dimension_adjectives and self._bare_metre_mark(m):
            return True  # "She is 1.80m tall", "The wall is 30m high": a length by its dimension (this one only)
        return self._bare_metre_mark(m) and (after is None or after.tag_ not in {"NNS", "NNPS"}) and any(
            t.lower_ == "m" and t.i != m.i and self._metres_by_its_words(t) for t in m.doc)

    def _bare_metre_mark(self, m: Token) -> bool:
        """An "m" written against a number with no currency before it ("60m"; not "£60m", "US$ 4m")."""
        doc, i = m.doc, m.i
        return 0 < i < len(doc) and not doc[i - 1].whitespace_ and doc[i - 1].like_num \
            and not (i > 1 and _currency_mark(doc[i - 2]) and doc[i - 2].lower_ in self.currencies)

    def _metres_by_its_words(self, m: Token) -> bool:
        """A bare "m" (:meth:`_bare_metre_mark`) before a noun of sport's distances (quantities.json "metre_nouns"),
        or a race's own distance (:meth:`_race_by_its_distance`, after "the", "over" or "at": "the 10,000m", "over
        3,000m"): metres."""
        doc, i = m.doc, m.i
        if not self._bare_metre_mark(m):
            return False
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and after.lemma_.lower() in self.metre_nouns:
            return True  # "a 40m penalty"
        if i > 2 and doc[i - 2].lower_ in self.stretch_words and doc[i - 3].lower_ == "the" \
                and (after is None or after.pos_ not in {"NOUN", "PROPN"}):
            return True  # "outsprinted her in the final 400m": a stretch of the race
        if after is not None and after.lower_ in {"and", "or", ","} and i + 3 < len(doc) and doc[i + 2].like_num \
                and doc[i + 3].lower_ == "m" and not doc[i + 2].whitespace_ \
                and self._metres_by_its_words(doc[i + 3]):
            return True  # "the 40m and 45m penalties": as the distance it is listed with
        # "under 20 seconds (for 200m)": a race by its distance after "for" only in brackets ("sold for 400m last
        # year" is money)
        return self._race_by_its_distance(m, {"the", "over", "at"}) or i > 1 and doc[i - 2].lower_ == "for" \
            and after is not None and after.text == ")" and doc[i - 1].text.replace(",", "") in RACE_DISTANCES

    def _race_by_its_distance(self, m: Token, before_words: set[str]) -> bool:
        """A race's own distance (RACE_DISTANCES) glued to a bare "m": before a noun of races (quantities.json
        race_distance_nouns: "the 200m world record"), listed with one so read ("the 100m and 200m finals"), or after
        one of ``before_words`` with no noun after it ("won the 10,000m", "his debut over 3,000m")."""
        doc, i = m.doc, m.i
        if not self._bare_metre_mark(m) or doc[i - 1].text.replace(",", "") not in RACE_DISTANCES:
            return False
        after = doc[i + 1] if i + 1 < len(doc) else None
        if after is not None and (after.lemma_.lower() in self.race_distance_nouns
                                  or after.lower_ in self.race_distance_nouns):
            return True
        if after is not None and after.lower_ in {"and", "or", ","} and i + 3 < len(doc) and doc[i + 2].like_num \
                and doc[i + 3].lower_ == "m" and self._race_by_its_distance(doc[i + 3], before_words):
            return True
        return i > 1 and doc[i - 2].lower_ in before_words and (after is None or after.pos_ not in {"NOUN", "PROPN"})

    def _names_a_race(self, doc: Doc, number: Token, unit_end: int) -> bool:
        """"won the 800m", "the 1500m world record", "her debut over 3,000m", "the women's 800m": a race's own
        distance (:meth:`_race_by_its_distance`, also after a possessive) names the race, as a reader takes it; not
        "a 40m penalty", a distance run."""
        m = doc[unit_end - 1]
        return m.lower_ == "m" and m.i == number.i + 1 \
            and self._race_by_its_distance(m, {"the", "over", "at", "'s", "’s"})

    def _number_runs(self, doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
        """Maximal runs of number tokens, joined across "-" and "and" inside written numbers."""
        runs, i = [], 0
        while i < len(doc):
            if i in blocked or not self._is_number(doc[i]):
                i += 1
                continue
            start = i
            if start > 0 and doc[start - 1].lower_ in {"a", "an"} and (
                    doc[i].lower_ in self.scales or doc[i].lower_ in self.fractions):
                start -= 1
                if start > 0 and doc[start - 1].lower_ in self.fractions and doc[i].lower_ in self.scales \
                        and start - 1 not in blocked:
                    start -= 1  # "half a million"
            j = i + 1
            while j < len(doc) and j not in blocked:
                if self._glued_unit(doc[j - 1]) or (self._glued(doc[j]) or (None,))[0] is not None:
                    break  # "640bhp 5.2 litre": a unit written against a number ends it
                if self._is_number(doc[j]):
                    j += 1
                elif doc[j].text in {"-", "and"} and j + 1 < len(doc) and doc[j + 1].is_alpha \
                        and self._is_number(doc[j + 1]) and doc[j - 1].is_alpha:
                    j += 2
                elif _past_and_a_fraction(doc, j) > j:
                    j = _past_and_a_fraction(doc, j)  # "two and a half", "two-and-a-half"
                elif doc[j].lower_ == "of" and j + 1 < len(doc) and doc[j - 1].lower_ in self.vague_scales \
                        and doc[j + 1].lower_ in self.vague_scales:
                    j += 2  # "hundreds of thousands", "tens of millions"
                elif doc[j].lower_ == "of" and j + 2 < len(doc) and doc[j - 1].lower_ in self.fractions \
                        and doc[j + 1].lower_ in {"a", "an"} and doc[j + 2].lower_ in self.scales \
                        and not {j + 1, j + 2} & blocked:
                    j += 3  # "a quarter of a million", "three quarters of a billion"
                else:
                    break
            only_scales = all(doc[t].lower_ in self.scales for t in range(start, j))
            if only_scales and doc[start].lower_ not in self.vague_scales | {"a", "an"}:
                i = j  # "M GmbH", "100 million" after a code: a scale word alone is not a number
                continue
            if not self._is_identifier(doc, start, j) and not _is_reference(doc, start, j):
                runs.append((start, j))
            i = j
        return runs

    def _is_identifier(self, doc: Doc, start: int, end: int) -> bool:
        """Numbers that are part of a name or code: "Apollo 11", "COVID-19", "F-16", "Flight 370", "call 056" (a number
        written with a leading zero is a code: an area's, an agent's)."""
        if re.fullmatch(r"0\d+", doc[start].text):
            return True
        first = _first_of_listed_figures(doc, start)
        if first != start and self._is_identifier(doc, first, first + 1):
            return True  # "Key Stages 1, 3 and 4": figures listed after a label's are labels too
        for token in doc[start:end]:
            if any(c.isalpha() for c in token.text) and any(c.isdigit() for c in token.text) \
                    and not _NUMBERISH.match(token.text) and self._glued(token) is None:
                return True
        if self._model_number(doc, start, end) or _named_model_elsewhere(doc, start, end):
            return True
        prev = doc[start - 1] if start > 0 else None
        if end < len(doc) and doc[end].is_title and doc[end].ent_type_ in NAME_ENTITY_TYPES \
                and (self.units.get(doc[end].lower_) in DURATION_UNITS
                     or doc[end].lower_ not in TEMPERATURE_SCALES and self.physical(doc[end].lower_) is not None):
            return True  # "the CBS network's 60 Minutes show", "28 Days Later", "the film 21 Grams": a unit
            # capitalised in a name is the name's (not "minus 233 Celsius", "9.99 New Zealand dollars")
        if prev is not None and prev.lower_ in {"number", "no."} and not doc[start].text.startswith("-") \
                and not (end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].tag_ == "NNS"):
            return True  # "played at number eight", "the UK's number one", "the England number three shirt": a rank,
            # a position or a label, no count (not "sold number 10 shirts")
        if prev is not None and prev.is_lower and prev.tag_ in {"NN", "JJ"} and prev.lower_ in self.sequence_nouns \
                and end - start == 1 and not (end < len(doc) and doc[end].pos_ == "NOUN" and doc[start].head.i == end):
            return True  # "returns for series two", "in round three": a place in a sequence, no count (a number
            # before its noun still counts: "two series", and so does one with a noun of its own after it)
        if prev is None or doc[end - 1].lower_ in self.scales or self._glued_unit(doc[end - 1]) \
                or self._unit_at(doc, end)[0] is not None or prev.lower_ in self.currencies:
            return False  # "Israel's 9 billion shekels", "MacBook Pro 16 inch", "Tylenol 500mg": measurements
        if prev.is_alpha and (prev.pos_ == "PROPN" and prev.text[0].islower() and not prev.is_lower
                              or prev.is_upper and len(prev) > 1) \
                and (doc[start].is_digit and prev.pos_ == "PROPN" or doc[start].text[0] in "-−" and prev.whitespace_):
            return True  # "iPhone 12", "HIV 2", "COVID -19": a product or a strain
        if doc[start].is_alpha and doc[start].is_title and doc[start].pos_ == "PROPN" and prev.is_title \
                and not prev.is_sent_start:
            return True  # "the Kick Six win": a number word inside a name
        if doc[start].is_alpha and doc[start].is_title and not doc[start].is_sent_start \
                and any(_a_name_opened_by_a_number(doc[i]) for i in (end - 1, end + 1) if start < i < len(doc)) \
                and (end - start > 1 or end < len(doc) and doc[end].lower_ in {"or", "to", "and"}):
            return True  # "won the Five or Six Nations": capitalised number words ending in a name's first word,
            # the name's number written two ways, no count
        if not doc[start].is_digit:
            return False
        if prev.text == "-" and start > 1 and (doc[start - 2].is_upper or doc[start - 2].is_title) \
                and not doc[start - 2].like_num:
            return True
        if prev.is_title and (prev.lower_ in self.identifier_nouns or prev.lemma_.lower() in self.identifier_nouns
                              and prev.tag_ in {"NNS", "NNPS"}):
            return True  # "Flight 370", "Flights 370 and 371", "Grades 1, 2 or 3"
        if prev.is_title and prev.pos_ == "PROPN" and end < len(doc) \
                and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].is_sent_start \
                and doc[end].lower_ not in self.units and doc[end].lower_ not in self.currencies \
                and doc[end].ent_type_ not in {"DATE", "TIME"}:
            return True  # "Fathers 4 Justice", "the Jackson 5 Tour": a number between two words of a name
        if end - start == 1 and doc[start].dep_ == "nummod" and doc[start].head.i == prev.i and prev.is_title \
                and prev.tag_ in {"NN", "NNP"} and prev.lower_ not in self.units \
                and prev.ent_type_ not in {"DATE", "TIME"}:
            return True  # "Burnout 3 won three awards": a number after the capitalised word it hangs from labels it
        return prev.is_title and prev.pos_ in {"PROPN", "ADJ"} and bool(prev.ent_type_) \
            and prev.ent_type_ not in NUMERIC_LABELS | {"DATE", "TIME"}  # "Apollo 11", "the Big 12 title"

    def _model_number(self, doc: Doc, start: int, end: int) -> bool:
        """A bare number before a capitalised name word is the name's, a model, when the name is what it
        hangs from and is singular ("the 787 Dreamliner": no count of 787), or when the noun it hangs from is
        counted already ("two new 737 Max jets"); "4 Labour MPs" and "5 US soldiers" stay counts."""
        number = doc[start]
        name = doc[end] if end < len(doc) else None
        if end - start != 1 or not number.is_digit or name is None or name.pos_ != "PROPN" or not name.is_title \
                or name.lower_ in self.units or name.lower_ in self.currencies or name.ent_type_ in {"DATE", "TIME"} \
                or self.physical(name.lower_) is not None:
            return False  # "minus 387 Fahrenheit"
        if number.head == name and name.tag_ == "NNP" and int(number.text) > 1:
            return True
        head = number.head
        return name.i < head.i and any(c.like_num and c.i < number.i and c.dep_ == "nummod" for c in head.children)

    # -- reading one number --------------------------------------------------------------------------------------
    def _read(self, doc: Doc, start: int, end: int, resolve: Resolver) -> Quantity | None:
        value = self._value(doc, start, end)
        if value is None:
            return None
        ratio = self._ratio(doc, end, value)
        if ratio is not None:
            value, end = ratio  # "one in three homes", "one out of three Germans": a share
        span_start, span_end, unit, qualifier, high = start, end, None, "exact", None
        glued = self._glued(doc[start])
        glued_end = self._glued(doc[end - 1]) if end - 1 > start else glued
        if glued is not None and glued[0] == "negative":
            value = -value  # "a minus-1.4 degree launch angle"
        if glued is not None and glued[0] in self.currencies.values():
            unit = glued[0]  # "RM23.50", "EUR50m"
        elif start > 0 and _currency_mark(doc[start - 1]) and doc[start - 1].lower_ in self.currencies:
            unit, span_start = self.currencies[doc[start - 1].lower_], start - 1  # "$45", "US$ 3 million", "EUR 5"
            if doc[start - 1].text == "$" and start > 1 and doc[start - 2].lower_ in self.dollar_prefixes \
                    and doc[start - 2].text.isupper():
                unit, span_start = self.dollar_prefixes[doc[start - 2].lower_], start - 2  # "HK $3.7 billion"
        elif start > 0 and doc[start - 1].lower_ in self.prefix_units:
            unit, span_start = self.prefix_units[doc[start - 1].lower_], start - 1  # "a magnitude 7.8 earthquake"
        if glued_end is not None and glued_end[3] is not None:
            unit = glued_end[3]  # "640bhp", "45g"
        plus_or_minus = span_start > 2 and doc[span_start - 2].lower_ == "or" and doc[span_start - 3].lower_ == "plus"
        if span_start > 0 and not plus_or_minus and (doc[span_start - 1].lower_ in self.negative_words or (
                doc[span_start - 1].text in {"-", "−"} and not doc[span_start - 1].whitespace_
                and (span_start < 2 or not doc[span_start - 2].like_num and not (
                    doc[span_start - 2].is_alpha and not doc[span_start - 2].whitespace_)))):
            value, span_start = -value, span_start - 1  # (not the hyphen of a word before it: "under-five")
        after_unit, after_end = self._unit_at(doc, end)
        separator_at = after_end if after_unit else end
        if span_start > 0 and doc[span_start - 1].lower_ == "from":
            separator_at = self._from_to(doc, separator_at)  # "from 20 mpg in 2008 to 29 mpg": a range
        range_end = self._range(doc, separator_at, unit or after_unit)
        if range_end is not None:
            upper_start, k = range_end
            upper = self._value(doc, upper_start, k)
            is_between = span_start > 0 and doc[span_start - 1].lower_ in {"between", "from"}
            separator = doc[separator_at].lower_
            upper_unit = self._unit_at(doc, k)[0] or (self.currencies.get(doc[upper_start - 1].lower_)
                                                      if upper_start - 1 > end else None)
            glued_upper = self._glued(doc[upper_start])
            if glued_upper is not None:
                upper_unit = glued_upper[3] or (glued_upper[0] if glued_upper[0] in self.currencies.values() else None)
            lower_unit = unit or after_unit
            changer = doc[span_start - 1].head.lemma_.lower() if span_start > 0 else ""
            changed = self.conventions == "newsfacts" and span_start > 0 and doc[span_start - 1].lower_ == "from" \
                and (changer in self.change_verbs or changer in self.change_nouns)
            counted_range = upper is not None and lower_unit is None and upper_unit is None \
                and 0 < value < upper <= 2 * value and k < len(doc) and doc[k].pos_ == "NOUN" \
                and (doc[span_start - 1].lower_ != "by" or self.conventions == "newsfacts")  # ("must win by 25 to
            # 30 seats": a range under our conventions, as a reader takes it)
            share_range = upper is not None and lower_unit is None and upper_unit == "percent" \
                and 0 < value < upper <= 2 * value  # "grow by 10 to 15%": one range, its unit written once
            counts_another = lower_unit is not None and upper_unit is None and k < len(doc) and doc[k].pos_ == "NOUN" \
                and doc[k].lower_ not in self.scales  # "cases worth £808m to 8,177 cases": an amount, then a count
            falling = self.conventions == "newsfacts" and is_between and doc[span_start - 1].lower_ == "from" \
                and upper is not None and upper < value  # "trimmed from 155,000 to 110,000 staff": a range runs upward
            if separator == "to" and not counted_range and not share_range and (
                    self._is_change_size(doc, span_start) or changed or counts_another or falling or (
                    lower_unit is not None and upper_unit is not None and lower_unit != upper_unit)):
                upper = None  # "rose 8% to 3.65", "increased by $4bn to $41bn", "110 JPY to 1 USD", "fell from 7,613 to
                # 6,630" (a level before and after): two quantities; not two close counts of a noun after a change
                # verb ("could gain 25 to 30 seats": a range of the change)
            if separator in {"-", "–", "—"} and doc[separator_at].whitespace_ and lower_unit is not None \
                    and upper_unit is not None and lower_unit != upper_unit:
                upper = None  # "£7.2m in three days - eight times more": a dash between two amounts of their own
                # units sets off a clause, no range ("~25 – 40min", "£40m-£50m": one unit)
            one_or_the_other = separator == "or" and upper is not None and 0 < value < upper <= 2 * value  # "five
            # or six years": a range of a guess, not two counts
            if upper is not None and (separator not in {"and", "or"} or is_between or one_or_the_other):
                if doc[end - 1].lower_ not in self.scales and doc[k - 1].lower_ in self.scales \
                        and (glued_end is None or glued_end[2] is None):  # (not "£40m-£50m": its own millions)
                    value *= self.scales[doc[k - 1].lower_]
                high, qualifier, span_end = upper, "range", k
                if is_between:
                    span_start -= 1
                unit = unit or after_unit or upper_unit  # "~25 – 40min": the unit written on the upper end
                converted = in_unit(value, lower_unit, upper_unit) if lower_unit and upper_unit \
                    and lower_unit != upper_unit else None
                if converted is not None:  # "between six months and two years": 0.5 to 2 years
                    value, unit = round(converted, 4), upper_unit
        unit_here, unit_end = self._unit_at(doc, span_end)
        if unit_here:
            unit = unit_here
        else:
            unit_end = span_end
        at_an_age = _at_an_age(doc, start, end, value, self.age_at_verbs)  # "died in Munich at 50" (read once)
        if unit is None and self.ages and (_bare_age(doc, start, end, value) or _age_of(doc, start, end, value)
                                           or at_an_age):
            unit = "yr_age"  # "Maddon, 66, has used the downtime": a person's age in apposition; "at the age of 71";
            # "Viotti died in Munich at 50"
        if unit == "yr" and self.ages and span_start > 0 and doc[span_start - 1].lower_ == "aged":
            unit = "yr_age"  # "Aged 18 years and 185 days, the Spaniard ...": an age written with its unit
        if unit is None and _FOLD.match(doc[end - 1].lower_):
            unit = "times"  # "grew sixfold"
        if unit == "GBP" and doc[unit_end - 1].lower_ in {"pound", "pounds"} and unit_end < len(doc) \
                and doc[unit_end].lower_ == "of" and value < 1000 and doc[end - 1].lower_ not in self.scales:
            unit = "lb"  # "1/2 pound of chocolate chips", "five pounds of rice": a weight, not money
        if unit == "yr_age" and not self.ages or doc[start].ent_type_ in {"DATE", "TIME"} \
                and not self._is_duration(doc[start]) and unit in DURATION_UNITS:
            return None
        head_end = unit_end  # "15 miles per hour": the unit's own word, before the rate's denominator
        rate_words: set[int] = set()  # a rate's words after a bracketed conversion: no part of what it measures
        if unit is not None:
            unit, unit_end = self._rate(doc, unit, unit_end)
            close = next((j for j in range(unit_end + 1, min(unit_end + 10, len(doc))) if doc[j].text == ")"), None)
            if "/" not in unit and unit_end < len(doc) and doc[unit_end].text == "(" and close is not None:
                unit, rate_end = self._rate(doc, unit, close + 1)  # "9 billion shekels ($2.4 billion) a year"
                rate_words = set(range(close + 1, rate_end))
        race_over = unit == "m" and span_start > 0 and doc[span_start - 1].lower_ == "over" and value is not None \
            and f"{value:g}" in RACE_DISTANCES  # "his debut over 3,000m": the race, no bound
        before_over = doc[span_start - 2] if span_start > 1 else None
        if before_over is not None and before_over.text == ")" and before_over.i > 0:
            before_over = doc[before_over.i - 1]  # "£960m ($1.8bn) over 15 years": the conversion's end
        spread_over = unit in DURATION_UNITS - {"yr_age"} and before_over is not None \
            and doc[span_start - 1].lower_ == "over" and self._ends_an_amount(before_over)  # "£960m over 15 years",
        # "rose 5% over two years": the time an amount is spread across, no bound ("worked there over 15 years")
        if qualifier == "exact" and not race_over and not spread_over:
            hyphened = span_start > 1 and doc[span_start - 1].text == "-" and not doc[span_start - 1].whitespace_ \
                and not doc[span_start - 2].whitespace_ and doc[span_start - 2].is_alpha  # "under-five", "over-60s"
            qualifier, bound_start = self._qualifier(doc, start, end, span_start - hyphened)
            span_start = bound_start if qualifier != "exact" else span_start
        elif qualifier == "range" and doc[start].lower_ not in self.vague_scales:
            hedge, hedge_start = self._qualifier(doc, start, end, span_start)
            if hedge == "approximate":  # "about 14-18 mpg": a hedged range, its ends in value and high
                qualifier, span_start = hedge, hedge_start
        if qualifier in {"exact", "range"} and glued is not None and glued[0] in self.glued_prefixes.values():
            qualifier = glued[0]  # "~45g", "~25 – 40min"
        if qualifier == "exact":
            qualifier = self._trailing_bound(doc, unit_end, span_start) or qualifier  # "5% or more", "50 staff or
            # fewer"
        number_token = doc[end - 1]
        counted, counted_phrase, noun = None, None, None
        if unit is None:
            noun = _counted_noun(number_token) or (_counted_noun(doc[span_end - 1]) if high is not None else None) \
                or _plural_after(doc, span_end) or _strong_group(doc, span_end)
            if noun is not None and _tight_hyphen(doc, noun.i + 1) and doc[noun.i + 2].is_alpha:
                noun = doc[noun.i + 2]  # "four co-stars", split at the hyphen: the count is of stars, not of "co"
            if noun is not None and noun.i < start and noun.ent_type_ in {"DATE", "TIME"}:
                noun = _plural_after(doc, span_end)  # "on Friday 15 protesters", parsed as a date: the protesters
            if noun is not None and not _on_one_line(doc[start], noun):
                noun = None  # a match report's attendance, "29,603", above the referee's line: counts no referee
            if noun is not None and noun.lower_ in self.units and any(
                    c.dep_ == "det" and end <= c.i < noun.i for c in noun.children):
                noun = _plural_after(doc, span_end)  # "just ten the previous year": a unit whose determiner stands
                # after the number measures nothing of it
            scale_unit = self._unit_of_a_vague_scale(doc, end, noun)
            if scale_unit is not None:
                unit, unit_end = self._rate(doc, scale_unit, noun.i + 1)  # "tens of thousands of dollars", "a few
                noun = None  # tens of metres", "hundreds of millions of dollars each year": what the scale counts
            if noun is not None and (noun.lower_ not in self.units or noun.lower_ == "times"):  # (occasions)
                counted = self.lemma_fixes.get(noun.lower_, noun.lemma_.lower())
                prefixed = noun.i - 2 >= end and _tight_hyphen(doc, noun.i - 1) and doc[noun.i - 2].is_alpha
                if prefixed:
                    counted = f"{doc[noun.i - 2].lower_}-{counted}"  # "co-stars" -> "co-star"
                # "first-team players", as written; not the words before the number ("a combined 435 homes");
                # a range's noun after its upper end ("from 1000 to 2000 hires")
                group = _strong_group(doc, span_end)  # "a 46-strong team": the team, not "-strong team"
                strong = group is not None and group.i == noun.i
                counted_phrase = "".join(t.text_with_ws for t in _noun_phrase(noun)
                                         if t.i >= (span_end if high is not None else end)
                                         and not (strong and t.i in (span_end, span_end + 1))).strip()
                if not counted_phrase:
                    counted = counted_phrase = None  # "Team 3 won": a noun before the number counts nothing
                elif prefixed and doc[noun.i - 2].lower_ not in counted_phrase.lower():
                    counted_phrase = f"{doc[noun.i - 2].text}-{counted_phrase}"  # "100,000 e-mails", whole
            elif noun is not None and self.durations and self.units[noun.lower_] in DURATION_UNITS - {"yr_age"} \
                    and noun.i > end:
                unit, noun = self.units[noun.lower_], None  # "12 relatively quiet years": a duration
            else:
                noun = None
        if unit is None:  # "20 burglaries a week", "an average of 20 per week": a count in each period, "/wk"
            rate, rate_end = self._rate(doc, "", noun.i + 1 if noun is not None and noun.i >= end else end)
            if rate:
                unit, unit_end = rate, max(unit_end, rate_end)
        anchor = noun or _span_head(doc[span_start:head_end])
        verb = self._raised(governing_verb(anchor))
        verb = None if verb is not None and (verb.dep_ == "compound" or _noun_read_as_verb(verb)
                                             or _currency_read_as_verb(verb, self.currencies, self.scales)) else verb
        # "Former 400m runners Roger Black", "and Altria shares up 5.11%": a noun the tagger read as a verb, no event
        described = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > noun.i),
                         None) if noun is not None and anchor.dep_ == "pobj" else None
        if described is not None and verb is not None and verb.i < anchor.i:
            verb = described  # "to end the scandal of thousands of old people dying": what the counted ones do (not
            # "not paying for 3,200 battery packs delivered": what was done to them)
        seen = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"} and c.i > noun.i),
                    None) if noun is not None and verb is not None and verb.lemma_.lower() in self.witness_verbs \
            and noun.dep_ == "dobj" and noun.head == verb else None
        if seen is not None:
            verb = seen  # "T-Mobile has seen 100,000 MDAs sold in Europe", "the region saw 300 homes destroyed": what
            # happened to them, not the seeing
        verb = verb if verb is None or _on_one_line(doc[start], verb) else None
        if anchor.dep_ == "npadvmod" and anchor.head.lower_ in self.change_adverbs and _said_with(anchor.head):
            verb = None  # "felt little cheer with sales down 0.7%": a change of the sales, not a feeling
        inside = _quantity_words(doc[span_start:unit_end], noun, self.unit_words, self.measure_words) | rate_words
        measured = self._changed_within(anchor, inside) or _changed_noun(anchor, self.change_adverbs, inside) \
            or _measured(doc[span_start:unit_end], anchor, number_token, noun, unit, verb,
                         money=unit in self.currencies.values(), inside=inside, unit_words=self.unit_words,
                         holder_verbs=self.holder_verbs, placeholders=self.placeholder_nouns,
                         change_verbs=self.change_verbs, sessions=self.session_nouns)
        if measured is not None and not _on_one_line(number_token, measured[3]):
            measured = None  # "29,603" above "M Riley (W Yorkshire)": no measure of the referee's line
        dated = self.conventions == "newsfacts" and measured is not None and _a_day_or_date(measured[3])
        if dated:
            measured = None  # "before ending Friday 0.24% lower": a day is when, never what a number measures
            # (NewsQuant's gold keeps the noun phrase the parse gives, whatever its words)
        done_over = self.conventions == "newsfacts" and _how_far_or_long(anchor, verb, unit, self.change_verbs)
        if done_over:  # (NewsQuant's gold gives these the clause's subject: "fusion will feed the grid in 15 years")
            measured = None
        holder = None if _one_of(number_token) or done_over else _whose(
            anchor, verb, measured[3] if measured else None, inside,
            share=unit == "percent" or number_token.lower_ in self.fractions, money=unit in self.currencies.values())
        if holder is not None and self.conventions == "newsfacts" and _a_day_or_date(holder[3]):
            holder = None
        elif dated and holder is not None:
            measured, holder = holder, None  # "inventories fell 0.7% month on month": the inventories, not the months
        if self.conventions == "newsfacts" and unit in DURATION_UNITS - {"yr_age"} and measured is not None \
                and _someone(measured[3], resolve):
            measured = None  # "Henman reached the second round for the first time in three years", "the minister
            # waited two hours": a time is no measure of a person (the match or the wait would be), nor, measuring
            # nothing else, theirs (but "Mr Ebbers faces an 85-year sentence": his sentence)
            holder = None if holder is not None and _someone(holder[3], resolve) else holder
        if self.conventions == "newsfacts" and unit in DURATION_UNITS - {"yr_age"} and _since_the_last(anchor):
            measured = holder = verb = None  # "inflation fell below 10% for the first time in 30 years", "the
            # highest level in a decade": the time since it was last so, no measure of the thing, nor what happened
        if holder is None and measured is None and noun is not None and counted is not None \
                and not _one_of(number_token):
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"
                          and c.lower_ not in GENERAL_OWNERS), None)  # (not "a third of the world's uranium")
            if owner is not None:  # "the IMF's 184 members", "Britain's two million pensioners": the owner's count
                holder = _phrase(owner, inside)
            elif noun.pos_ == "NOUN":  # "six WorldCom executives", "300 Rover workers": the organisation named
                named = [c for c in noun.children if c.dep_ == "compound" and number_token.i < c.i < noun.i
                         and c.pos_ == "PROPN" and c.ent_type_ == "ORG" and len(c.text) > 1]  # between count and noun
                holder = _phrase(named[-1], inside) if named else None
        if holder is None and noun is not None and counted is not None and noun.lemma_.lower() in self.workforce_nouns:
            holder = _named_organisation_at(doc, noun.i + 1, resolve)  # "80 workers at Argonaut headquarters"
        holder = _owner_written_before(doc, span_start) or holder  # "the TGWU's 70,000 and Amicus' 20,000"
        dimension = self._dimension_after(doc, unit_end) if unit in SPAN_UNITS - DURATION_UNITS else None  # (not
        # "an eight-month high": a peak over a time)
        if dimension is not None:
            measured, holder = _a_dimension(dimension, measured, holder, inside)
        if counted is not None and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "ago" \
                or unit in DURATION_UNITS and anchor.head.lower_ == "ago":
            return None  # "two seasons ago", "six years ago": a point in time, which the dates stage reads (not
            # "two years later", a time from another event that NewsQuant's gold counts)
        if unit == "m" and self._names_a_race(doc, number_token, unit_end):
            return None  # "won the 800m", "the 1500m world record": the race by its distance, no measure
        if unit in DURATION_UNITS and _calendar_period(doc, span_start, unit_end):
            return None  # "the last three months of 2004": a period of the calendar, a date the dates stage reads
        if unit in DURATION_UNITS and anchor.head.lower_ in {"later", "earlier"}:
            measured = holder = None  # "Two years later, the agency ...": a time from another, no measure of it
        if unit in DURATION_UNITS and unit_end < len(doc) and doc[unit_end].lower_ in {"after", "before"}:
            measured = holder = None  # "four months after viewers watched", "two years before the strike began": a
            verb = verb if verb is None or verb.i < unit_end else None  # time from another event, which is no
            # measure of it, nor what happened (the clause after "after" is that other event)
        evidence = verb is not None and self.conventions == "newsfacts" and verb.lemma_.lower() in self.evidence_verbs
        shower = subject_of(verb) if evidence else None
        if evidence and not (shower is not None and shower.ent_type_):  # (not "Reynolds showing gains of 4.5%")
            shown_by = shower.i if shower is not None else -1
            measured = None if measured is not None and measured[3].i == shown_by else measured
            holder = None if holder is not None and holder[3].i == shown_by else holder
            verb = None  # "Figures showed exports up 35%", "Official data showed inflation at 2.4%": what shows the
            # number is no measure of it, nor its holder, nor what happened
        if verb is not None and verb.lemma_.lower() in self.no_event_verbs:
            verb = None  # "Rainfall was 40 percent above the average": a state, not an event
        event, agent = _event_and_agent(anchor, verb, resolve, self.currencies)
        if seen is not None and verb is seen and agent is not None and resolve.entity_at(noun) is agent:
            agent = None  # "100,000 MDAs sold": the things counted were sold, they sold nothing
        place = _place_said_of(measured[3], agent, verb, resolve) if measured is not None else None
        if place is not None:
            agent = None  # "UK interest rates remain at 4.75%", "Russian sales fell": the figure is the country's
            # or the market's, no deed of it (but "Kenyan forces carried out 60 raids": the forces' deed)
            if place.dep_ != "amod" and holder is None:
                holder = place.text, place.idx, place.idx + len(place), place
        if holder is not None and counted_phrase is not None and holder[0].replace("-", " ").split() and set(
                holder[0].replace("-", " ").split()) <= set(counted_phrase.replace("-", " ").split()) \
                and not (holder[3].ent_type_ == "ORG" and holder[3].pos_ == "PROPN"):
            holder = None  # "One e-mail came", its word split at the hyphen: the count's own noun, nobody's (but
            # "300 Rover workers": the firm named inside the counted phrase)
        if self.conventions == "newsfacts" and unit == "yr_age":
            agent = None  # "England will struggle to replace the 32-year-old": an age is its person's, no one's deed
            # (the gold sets keep the clause's verb as its event)
            if measured is not None and not any(t.head == measured[3] for t in doc[span_start:unit_end]):
                measured = None  # not England's: only the noun the age describes ("the 40-year-old comedian")
            elif measured is not None:
                measured = _described_by_age(measured[3], doc[span_start:unit_end])
            if measured is None or measured[3].dep_ != "appos":
                holder = None  # "Police arrested a 24-year-old man": the man's age, nobody else's (but "Jo Marr, a
                # 50-year-old man from Leeds": Jo Marr's)
            if measured is None and verb is not None and (_age_of(doc, start, end, value) and _at_the_age(doc, start)
                                                          or at_an_age):
                measured = _whose_age(verb)  # "Ann Lee died at the age of 74", "Brando, who died at the age of 80"
            old = doc[unit_end - 1] if unit_end > 0 else None
            if measured is None and old is not None and age_description(old):
                measured = _described_person(old, resolve)  # "Clint Eastwood won ... The 74-year-old was delighted"
            if measured is None and number_token.dep_ in {"attr", "acomp"} and number_token.head.lemma_ == "be":
                measured = _whose_age(number_token.head)  # "Jones was 17 when he made his debut", "Smith, who was 19"
            if measured is None:
                measured = _named_before_the_age(doc, start)  # "Their children, Emily, 16, and Pelham, 14": Emily's,
                # however the parse hangs the number
            aged = _aged(doc, start)
            if aged is not None:  # "Women aged 50 or above", "a man aged 45": the age of the noun "aged" describes;
                # "Charles died aged 73": the subject's; and "aged" is no event
                head = aged.head
                while (head.ent_type_ in {"GPE", "LOC", "FAC"} or head.pos_ == "ADP" and head.i != aged.head.i) \
                        and head.head.i != head.i:
                    head = head.head  # "who has died in Bath aged 94": the parse hangs it on the place; not the
                    # place's age, the one who died
                if measured is None:
                    measured = _described_by_age(head, doc[span_start:unit_end]) \
                        if aged.dep_ in {"acl", "amod"} and head.i == aged.head.i \
                        else _whose_age(head) if head.pos_ in {"VERB", "AUX"} else None
                if event == "age":
                    event = None
        if described is not None and verb is described:
            agent = None  # "six million Americans now using RSS readers": the counted ones do it, no other agent
        change = self._change_noun(anchor, {"of", "by", "to"})
        if change is not None:  # "confounding expectations of a 0.3% rise", "given a funding increase of 6%"
            event = self.change_noun_verbs.get(change.lemma_.lower(), change.lemma_.lower())
        changed = self._change_above(anchor) if self.conventions == "newsfacts" else None  # (NewsQuant's gold
        # keeps the noun of change as the concept: "a 5% pay rise")
        if changed is not None and (measured is None or measured[3].i == changed.i):
            measured = _what_changed(doc, changed, measured, inside)
        figure = self._figure(measured[3] if measured else None, verb)
        if figure is not None and (agent is None or agent.label in {"GPE", "NORP", "LOC"}):
            agent = self._figure_owner(figure, verb, resolve, replacing=agent)
        at = _organisation_at(doc, unit_end, resolve)
        if figure is not None and at is not None:
            agent = at  # "with sales jumping 28% at Bebe Stores and 32.2% at American Eagle": each its own
        direction = self._direction(doc, anchor, verb, span_start, unit_end, unit, value)
        if qualifier == "exact" and direction is not None:
            qualifier = direction  # "rose 3%": the size of a change; "rose about 3%" keeps its bound, the
            # direction in change
        if qualifier == "exact" and verb is not None and anchor.dep_ in {"dobj", "attr"} and anchor.head == verb:
            qualifier = self.bound_verbs.get(verb.lemma_.lower(), qualifier)  # "would exceed 3 percent"
        if self.conventions == "newsfacts" and qualifier == "exact" and anchor.dep_ == "pobj" \
                and anchor.head.lower_ in {"to", "at"} and anchor.head.head.lemma_.lower() in self.ceiling_verbs:
            qualifier = "at_most"  # "limited to 1% of national income", "capped at 3%": a ceiling
        if self.conventions == "newsfacts" and qualifier == "exact" and _estimated(anchor, noun):
            qualifier = "approximate"  # "one million seafarers estimated to be at sea", "are estimated at £5m"
        if unit is None and high is None and doc[start:end].text.lower() == "one" and end + 1 < len(doc) \
                and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].is_alpha \
                and doc[end + 1].lower_ not in self.fractions and not doc[end + 1].like_num:  # not "one-third"
            return None  # "one-way traffic", "a one-off payment": a word of its own, no count ("a one-hour wait" is)
        if self.conventions == "newsfacts" and unit is None and high is None and end - start == 1 \
                and doc[start].is_alpha and _tight_hyphen(doc, end) and doc[end + 1].is_alpha \
                and doc[end + 1].lower_.endswith("ed") and doc[end + 1].lower_ not in self.units:
            return None  # "a three-cornered relationship", "a two-pronged attack": an adjective's word, no count
        if unit is None and counted is None and high is None and doc[start:end].text.lower() == "one" \
                and not _one_of(number_token):
            return None  # "the same one", "get their hands on one": a pronoun, not a count
        if self.conventions == "newsfacts" and unit is None and high is None and end - start == 1 \
                and _one_set_apart(number_token):
            return None  # "one of the largest retailers", "with one hand and ... the other": no count
        if self.conventions == "newsfacts" and unit in self.newsquant_only_units:
            return None  # "3G phones": a mobile generation is a technology's name (NewsQuant's gold counts it)
        if unit is None and high is None and re.fullmatch(r"1[89]\d\d|2[01]\d\d", doc[start:end].text) and (
                noun is None or noun.pos_ == "PROPN" or noun.tag_ == "NN"):
            return None  # "by 2120", "the 2003 Iron Bowl", "the classic 1982 film": a year, not a quantity (a count
            # that large counts a plural)
        if qualifier == "more_than" and high is None and doc[start].lower_ in self.vague_scales \
                and doc[start].lower_ not in {"dozens"}:
            qualifier, high = "range", value * 10  # "thousands of tests": 1,000 to 10,000
        if self.conventions == "newsfacts" and _the_whole_of_a_part(number_token):
            event, verb = None, None  # "lost four of their last six games": the six were played, not lost (the
            # agent stays: whose games they are)
        last = doc[unit_end - 1]
        value, high = _tidy(value), _tidy(high)
        return Quantity(value=value, high=high, qualifier=qualifier, change=direction, unit=unit, counted=counted,
                        counted_phrase=counted_phrase, event=event, agent=agent, start=doc[span_start].idx,
                        end=last.idx + len(last), event_index=verb.i if verb is not None else None,
                        measured=measured[0] if measured is not None else None,
                        measured_span=measured[1:3] if measured is not None else None,
                        holder=holder[0] if holder is not None else None,
                        holder_span=holder[1:3] if holder is not None else None)

    def _dimension_after(self, doc: Doc, i: int) -> Token | None:
        """The adjective of a dimension right after a length's unit, or after its hyphen ("40 metres long", "a 30ft-high
        wall"; quantities.json dimension_adjectives)."""
        i += i < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_
        return doc[i] if i < len(doc) and doc[i].lower_ in self.dimension_adjectives else None

    def _unit_of_a_vague_scale(self, doc: Doc, end: int, noun: Token | None) -> str | None:
        """The unit or currency after "of" that a vague scale ("tens", "thousands") counts ("thousands of dollars")."""
        if noun is None or doc[end - 1].lower_ not in self.vague_scales or noun.i < end + 1 \
                or doc[noun.i - 1].lower_ != "of":
            return None
        return self.units.get(noun.lower_) or self.currencies.get(noun.lower_)

    def _raised(self, verb: Token | None) -> Token | None:
        """The verb of what happened under a passive verb of belief or plan: "100,000 people are believed to have
        been killed" -> killed, "are expected to be freed" -> freed (quantities.json raising_verbs); and under a future
        written with "going to" ("it is going to be four times" -> be)."""
        while verb is not None and (verb.lemma_.lower() in self.raising_verbs
                                    and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
                                    or verb.lemma_.lower() == "go" and verb.tag_ == "VBG"
                                    and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)):
            clause = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
            if clause is None:
                break
            verb = clause
        return verb

    def _figure(self, measured: Token | None, verb: Token | None) -> Token | None:
        """The company figure a number gives ("profit fell 36%", "Its revenues were $3bn"): the measured noun,
        else the verb's subject, when it is one of the rules' ``company_figure_nouns``."""
        for token in (measured, subject_of(verb) if verb is not None else None):
            if token is not None and token.pos_ == "NOUN" and token.lower_ in self.figure_nouns:
                return token
        return None

    def _figure_owner(self, figure: Token, verb: Token | None, resolve: Resolver,
                      replacing: Entity | None) -> Entity | None:
        """Whose figure it is when the clause does not say (a company reports its own): the organisation its
        possessive names ("Its revenues"), else the organisation reporting it ("Unilever said European sales fell
        2.8%", "..., the company said"), else, for a bare figure ("Shares fell 1%", "Profit rose"), the company
        the article names most before it. ``replacing``: a place or nationality read as the owner ("European
        sales"), kept unless an organisation reports the figure."""
        owner = next((resolve(c) for c in figure.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner if owner.label == "ORG" else replacing
        named = next((e for p in figure.children if p.dep_ == "prep" and p.lower_ in {"at", "of", "from"}
                      for o in p.children if o.dep_ == "pobj" for e in [resolve(o)] if e is not None
                      and e.label == "ORG"), None)
        if named is not None:
            return named  # "Earnings at Barclays Capital investment bank rose 25%"
        reporting = next((subject_of(head) for head in (verb or figure).ancestors
                          if head.pos_ == "VERB" and head.lemma_.lower() in self.report_verbs), None)
        reporter = resolve(reporting) if reporting is not None else None
        if reporter is not None and reporter.label == "ORG" and not self.survey_body_words & set(reporter.name.split()):
            return reporter  # (a statistics office or a trade body reports others' figures: no owner)
        if replacing is not None or (reporting is not None and (reporter is None or reporter.label != "PERSON")):
            return replacing  # "Retail sales rose 2%, the statistics office said": no company's; a person may
            # speak of the article's company's figures ("its finance director said exports make up 41% of revenue")
        bare = all(c.dep_ == "det" or c.dep_ == "amod" and c.lower_ in self.figure_modifiers or _of_a_period(c)
                   for c in figure.children)  # "Profits for the year to 31 December", "interim six month losses"
        return resolve.main_organisation(figure.idx) if bare else None

    def _value(self, doc: Doc, start: int, end: int) -> float | None:
        words = []
        for token in doc[start:end]:
            glued, fold = self._glued(token), _FOLD.match(token.lower_)
            words += [glued[1]] + ([glued[2]] if glued[2] else []) if glued is not None else \
                [fold.group(1)] if fold is not None else [token.text]
        lowered = [w.lower() for w in words]
        if len(lowered) >= 3 and lowered[0] in self.fractions and lowered[1] in {"a", "an"}:
            rest = parse_value(words[2:], self.scales)  # "half a million": a fraction of a scale
            return None if rest is None else self.fractions[lowered[0]] * rest
        if len(lowered) == 3 and lowered[1] == "-" and lowered[2] in self.fractions:
            words, lowered = [words[0], words[2]], [lowered[0], lowered[2]]  # "two-thirds", "three-quarters"
        if lowered and lowered[-1] in self.fractions and len(lowered) <= 2:  # "a third", "two thirds"
            count = 1.0 if len(lowered) == 1 or lowered[0] in {"a", "an", "one"} else parse_value(words[:1], {})
            return None if count is None else count * self.fractions[lowered[-1]]
        return parse_value(words, self.scales)

    def _ratio(self, doc: Doc, i: int, value: float) -> tuple[float, int] | None:
        """A count out of a count after the number ending at token i: (the share, where it ends); also "nine times
        out of 10", a share of occasions."""
        if i + 2 < len(doc) and doc[i].lower_ == "times" and doc[i + 1].lower_ == "out" and doc[i + 2].lower_ == "of":
            i += 1
        if i < len(doc) and doc[i].lower_ == "in":
            j = i + 1
        elif i + 1 < len(doc) and doc[i].lower_ == "out" and doc[i + 1].lower_ == "of":
            j = i + 2
        else:
            return None
        k = j
        while k < len(doc) and self._is_number(doc[k]) and not doc[k].ent_type_ in {"DATE", "TIME"}:
            k += 1
        whole = self._value(doc, j, k) if k > j else None
        if whole is None or not (0 < value < whole <= 1000) or value != int(value) or whole != int(whole):
            return None
        return value / whole, k

    def _opens_a_unit_word_compound(self, doc: Doc, i: int) -> bool:
        """Whether a unit's word at token ``i`` opens a compound of another sense ("second-hand")."""
        return any([t.lower_ for t in doc[i:i + len(c)]] == c for c in self.unit_word_compounds)

    def _unit_at(self, doc: Doc, i: int) -> tuple[str | None, int]:
        """The unit written at token i ("%", "km", "degrees Celsius", "euros"), and where it ends; a unit
        joined by a hyphen makes an adjective ("a 2.4-litre engine", "a 6.1-inch screen")."""
        if i < len(doc) and doc[i].text in self.cased_units:
            return self.cased_units[doc[i].text], i + 1  # "450 Nm" (torque) is not "7 nm"
        if self._opens_a_unit_word_compound(doc, i):
            return None, i  # "six second-hand planes": a compound, no unit
        for n in range(max(self.max_unit, self.max_currency), 0, -1):
            if i + n > len(doc):
                continue
            words = " ".join(t.lower_ for t in doc[i:i + n])
            if words == "times" and self.conventions == "newsfacts" \
                    and not (i + 1 < len(doc) and (doc[i + 1].lower_ in MULTIPLIED
                                                   or doc[i + 1].tag_ in {"JJR", "RBR"})):  # "10 times better"
                return None, i  # "raised rates five times", "downloaded 14 million times": occasions, a count of them
                # (NewsQuant's gold writes "times" as their unit)
            if words in self.units and not (words in self.not_glued_units and not doc[i].text.islower()):
                return self.units[words], i + n  # "5 G" is not grams
            if words in self.currencies and words not in {"m", "b", "ps", "rm"} \
                    and not (n == 1 and doc[i].pos_ in {"VERB", "AUX"} and doc[i - 1].lower_ not in self.scales):
                return self.currencies[words], i + n  # (not the verb of "Burnout 3 won three awards")
        for n in (2, 1):  # "5 drams", "30 nautical miles": a physical unit the list does not name, through pint
            words = doc[i:i + n]
            if len(words) == n and all(t.is_lower and t.is_alpha and t.ent_type_ in NUMERIC_LABELS | {""}
                                       for t in words):
                unit = self.physical("_".join(t.text for t in words))
                if unit is not None:
                    return unit, i + n
        if _tight_hyphen(doc, i):
            unit, end = self._unit_at(doc, i + 1)
            if unit is not None and unit not in self.currencies.values():
                return unit, end
        return None, i

    def _rate(self, doc: Doc, unit: str, i: int) -> tuple[str, int]:
        """"$3 a share", "40 hours a week", "20 miles per gallon": a unit per a denominator is a rate; so is one
        written with hyphens before a noun ("an A$4.17-a-share offer", "the £100,000-a-year job"), whose span ends
        before the hyphen. Returns the unit and where the quantity's words end."""
        if unit and i + 3 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in RATE_WORDS \
                and doc[i + 2].text == "-" and not any(t.whitespace_ for t in doc[i - 1:i + 3]):
            denominator = self.rate_denominators.get(doc[i + 3].lower_)
            if denominator is not None:  # (the span stays the amount as written: "530 pence", as the gold sets
                return f"{unit}/{denominator}", i  # mark it; the rate is in its unit)
        if i + 1 < len(doc) and doc[i].lower_ in RATE_WORDS:
            word = doc[i + 1]
            denominator = self.rate_denominators.get(word.lower_) or self.rate_denominators.get(word.lemma_.lower())
            if denominator is not None and not (doc[i].lower_ in {"a", "an"} and word.i + 1 < len(doc) and doc[
                    word.i + 1].lower_ in {"of", "-", "ago", "earlier", "later", "before", "after"}):  # "a year ago"
                return f"{unit}/{denominator}", i + 2
        return unit, i

    def _is_change_size(self, doc: Doc, span_start: int) -> bool:
        """"rose 8%", "increased by $4bn", "tumbled by the daily limit of 10%", "closed up $2.80": the number is how
        much it changed."""
        if span_start > 0 and doc[span_start - 1].lower_ in self.change_adverbs:
            return True  # "closed up $2.80 to $51.15", "was down 0.4% to 13,176"
        for token in reversed(doc[max(0, span_start - 6):span_start]):
            if token.lower_ == "by" or token.lemma_.lower() in self.change_verbs:
                return True
            if token.is_punct or token.lower_ in {"from", "between", "to"}:
                return False
        return False

    def _from_to(self, doc: Doc, i: int) -> int:
        """Where the "to" (or "up to") of a "from" range is, past a few words that qualify the lower end
        ("from 21 mpg combined to 23", "from 450 sq ft up to 900 sq ft"); i when there is none."""
        for j in range(i, min(i + 5, len(doc) - 1)):
            if doc[j].lower_ == "to" or doc[j].lower_ == "up" and doc[j + 1].lower_ == "to":
                return j + (doc[j].lower_ == "up")
            if doc[j].tag_ in {"VBD", "VBZ", "VBP", "MD"} or doc[j].pos_ in {"AUX", "PUNCT", "CCONJ"} \
                    or doc[j].lower_ == "from" or self._is_number(doc[j]) \
                    and doc[j].ent_type_ not in {"DATE", "TIME"}:
                break
        return i

    def _range(self, doc: Doc, i: int, lower_unit: str | None) -> tuple[int, int] | None:
        """(start, end) of the upper bound after a range word at token i, if there is one; ``lower_unit`` is the
        unit read on the lower end (its currency, not the "m" of "£40m", which is a scale)."""
        if i + 1 >= len(doc) or doc[i].lower_ not in RANGE_WORDS:
            return None
        j = i + 1
        if doc[j].lower_ in self.currencies:
            if lower_unit is not None and lower_unit != self.currencies[doc[j].lower_]:
                return None  # "rose by 3% to $2bn": a change and a level, not a range
            j += 1
        k = j
        while k < len(doc) and self._is_number(doc[k]):
            k += 1
        if k == j + 1 and k < len(doc) and doc[k].lower_.rstrip(".") in MONTHS and DAY_NUMBER.fullmatch(doc[j].text):
            return None  # "the 12 months to 31 December": a day of the month ends the period, no upper bound
        return (j, k) if k > j else None

    def _ends_an_amount(self, token: Token) -> bool:
        """Whether ``token`` is the last of a number, an amount or a share ("15", "£960m", "5%", "$3 billion",
        "3 million euros")."""
        before = token.nbor(-1) if token.i > 0 else None
        return token.ent_type_ in NUMERIC_LABELS or token.like_num or token.text == "%" or before is not None and (
            before.like_num or before.lower_ in self.scales) and (
            token.lower_ in self.scales or token.lower_ in self.currencies or token.lower_ in self.unit_words)

    def _qualifier(self, doc: Doc, start: int, end: int, span_start: int) -> tuple[str, int]:
        if span_start > 1 and doc[span_start - 1].lower_ in {"a", "an"} and doc[start].text[:1].isdigit() \
                and (end >= len(doc) or doc[end].text != "-") and (doc[span_start - 1].head.i == start or (
                    end < len(doc) and doc[end].tag_ == "NNS")):  # (the article the number's: not "over an
            # 18-month period", "around a 133-hectare ranch", the noun's)
            qualifier, first = self._qualifier(doc, start, end, span_start - 1)
            if qualifier != "exact":
                return qualifier, first  # "save up to a 1000 pages": the bound before the article
        for n in range(self.max_qualifier, 0, -1):
            if span_start - n < 0:
                continue
            words = " ".join(t.lower_ for t in doc[span_start - n:span_start])
            if words in self.qualifiers and not (words.startswith("up ") and span_start - n > 0
                                                 and doc[span_start - n - 1].pos_ == "NOUN"
                                                 and (doc[span_start - n - 1].dep_ != "pobj"
                                                      or doc[span_start - n - 1].lemma_.lower() in self.up_nouns)) \
                    and not (words.startswith("up ") and doc[span_start - n].dep_ == "prt"
                             and doc[span_start - n].head.lemma_.lower() in self.up_to_particle_verbs):
                # not "the lead up to 3G": a noun's "up to" ("in many firms up to three-quarters fell": a phrase's
                # noun before it is none); nor "added up to 22bn yen": a verb's particle, a total
                qualifier, first = self.qualifiers[words], span_start - n
                if qualifier == "approximate":  # is no bound; "of the order of around £10bn": one approximation,
                    outer, outer_first = self._qualifier(doc, start, end, first)  # its words all the number's
                    if outer == "approximate" and outer_first < first:
                        first = outer_first
                    elif outer in HEDGES and outer_first < first:
                        return outer, outer_first  # "at least an estimated five million": the bound before the hedge
                return qualifier, first
        if doc[start].lower_ in self.vague_scales:  # "hundreds of", "tens of thousands of": a lower bound
            return "more_than", span_start
        if end < len(doc) and doc[end].text == "+" and not doc[end - 1].whitespace_ and doc[end - 1].is_digit:
            return "at_least", span_start  # "15+ hours", "100+ people": that many or more
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "odd" \
                and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
            return "approximate", span_start  # "the 80-odd hotels": about that many
        return "exact", span_start

    def _trailing_bound(self, doc: Doc, i: int, span_start: int) -> str | None:
        """A bound written after the number and its unit, or its noun ("5% or more", "50 staff or fewer"; quantities.json
        "trailing_bounds"), past a conversion in brackets ("$75,000 (£39,000) or above", its "£39,000) or above")."""
        if i < len(doc) and doc[i].text == "(":  # the amount before a conversion: past the brackets
            i = next((j + 1 for j in range(i + 2, min(i + 6, len(doc))) if doc[j].text == ")"
                      and any(t.like_num for t in doc[i + 1:j])), i)
        elif i < len(doc) and doc[i].text == ")" and span_start > 0 and doc[span_start - 1].text == "(":
            i += 1  # the conversion itself: an amount alone in brackets
        for start in (i, i + 1):
            words = " ".join(t.lower_ for t in doc[start:start + 2])
            if words in self.trailing_bounds and (start == i or doc[i].pos_ in {"NOUN", "PROPN"}):
                return self.trailing_bounds[words]
        return None

    def _direction(self, doc: Doc, anchor: Token, verb: Token | None, span_start: int, unit_end: int,
                   unit: str | None, value: float) -> str | None:
        """"increase" or "decrease" when the number is the size of a change, whatever bound is written before it
        ("rose 3%", "were down more than 4%", "almost 7% more than in 2003"); None for a level or a count."""
        direction = self._change(doc, anchor, verb, span_start, unit)
        if direction == "exact" and self.conventions == "newsfacts":  # (NewsQuant's gold reads "finished 34.4%
            # higher" as a level: "=")
            direction = self._difference_after(doc, unit_end, anchor, unit)
        if direction == "exact" and self.conventions == "newsfacts" and unit is not None and span_start > 1 \
                and doc[span_start - 1].lower_ in ADDITION_WORDS and doc[span_start - 2].lower_ in {"a", "an"}:
            direction = "increase"  # "would get an extra $2bn", "an additional £5,000 a year": an amount added to
            # what there was (not a count: "an additional 300 jobs" are 300 jobs)
        if direction == "exact" and value < 0 and unit in {"percent", "percentage_point"} \
                and doc[span_start].text[0] in "-−":
            direction = "decrease"  # "FTSE -0.6%": a signed percentage in a market table is a fall
        return None if direction == "exact" else direction

    def _change(self, doc: Doc, anchor: Token, verb: Token | None, span_start: int, unit: str | None = None) -> str:
        """increase/decrease when the number is the size of a change: "rose by 3%", "up 3%", "cut 10%"."""
        before = doc[span_start - 1] if span_start > 0 else None
        if anchor.lower_ == "times" and unit is None:
            return "exact"  # "went up five times": how often, not by how much
        if before is not None and before.lower_ in {"every", "each"}:
            return "exact"  # "has doubled every five and a half months": how often, not by how much
        if before is not None and before.lower_ in {"to", "from"} and span_start > 1 and (
                doc[span_start - 2].like_num or doc[span_start - 2].ent_type_ in NUMERIC_LABELS
                or doc[span_start - 2].lower_ in self.unit_words and doc[span_start - 3].like_num):
            return "exact"  # "increased by $43.6 billion to $419.2 billion", "added 12 sen to RM4.10": the new level
        if before is not None and before.lower_ in {"from", "worth"}:
            return "exact"  # "had fallen from £138m to £118m": the level before, however the parse hangs it; "fell to
            # 8,177 cases worth £644m": what the things are worth
        if before is not None and before.lower_ in self.change_adverbs and (before.dep_ != "prt" or (
                unit is not None and before.head.lemma_.lower() not in self.share_particle_verbs
                and not (anchor.dep_ == "dobj" and anchor.head == before.head and unit != "percent"))):
            return self.change_adverbs[before.lower_]  # "up 3%", "trending up 0.2%", but not "set up twelve camps"
            # nor "they make up 4.7% of the population", nor "sending down 200 megabytes of traffic" (an amount, no
            # share, that the verb with its particle takes as its object)
        if before is not None and before.lower_ == "by" and span_start > 1 \
                and doc[span_start - 2].lower_ in self.change_adverbs and doc[span_start - 2].dep_ != "prt":
            return self.change_adverbs[doc[span_start - 2].lower_]  # "revenues were up by 30%"
        owner = self._change_noun(anchor, {"of", "by"})
        if owner is not None:
            return self.change_nouns[owner.lemma_.lower()]  # "a 16.4% rise", "an increase of 6%"
        if anchor.dep_ in MODIFIER_DEPS and anchor.head.pos_ in {"NOUN", "PROPN"} and anchor.head.i > anchor.i:
            return "exact"  # "added a 30 degree homer", "raised a $5 billion fund": a size of the thing
        if verb is None or verb.lemma_.lower() not in self.change_verbs:
            return "exact"
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)  # (not "by 3.4%")
        if subject is not None and anchor in subject.subtree and verb not in subject.subtree:
            return "exact"  # "The 865 million share offer raised 54bn rupees": a number in the subject changed nothing
        if verb.lemma_.lower() == "lose" and before is not None and before.lower_ == "by" and subject is not None \
                and subject.pos_ in {"PRON", "PROPN"}:
            return "exact"  # "we lost by two points", "England lost by a goal": a margin of defeat, not a fall
        node = anchor
        while node != verb and node.head != node:
            if node.dep_ == "npadvmod" and node.head.lower_ in {"later", "earlier", "before", "after", "afterwards"}:
                return "exact"  # "added the crown four days later": when, from another event, not by how much
            if node.dep_ == "pobj" and node.head.lower_ == "per":  # "1.2 per cent": the unit, not a target
                node = node.head
                continue
            if node.dep_ == "pobj" and node.head.lower_ in TARGET_PREPS:
                return "exact"  # "rose to 5%", "fell from 7%": a level, not a change
            if node.dep_ == "pobj" and node.head.lower_ != "by":
                return "exact"
            node = node.head
        if verb.lemma_.lower() in {"cut", "reduce", "lower", "raise", "add", "boost", "lose"} and anchor.dep_ == "dobj" \
                and not self._new_level_after(anchor):  # "added 15 sen to RM2.70": the size of a change
            return "exact" if self.units.get(anchor.lower_) != "percent" and anchor.lower_ not in {"%", "percent"} \
                else self.change_verbs[verb.lemma_.lower()]
        return self.change_verbs[verb.lemma_.lower()]

    def _difference_after(self, doc: Doc, unit_end: int, anchor: Token, unit: str | None) -> str:
        """increase/decrease for a number that is a difference, told by the comparative right after it: "closed 16
        points lower", "6% more than Wednesday's price", "£300 less than the Tory offer", "sold 2.1% more cars"; not a
        count of more things ("10 more aircraft", "48,000 fewer mortgages"), nor a bound ("more than 30", where the word
        comes first)."""
        after = doc[unit_end] if unit_end < len(doc) else None
        if after is not None and after.lower_ not in self.differences and after.pos_ == "NOUN" \
                and unit_end + 1 < len(doc):
            after = doc[unit_end + 1]  # "16.29 points lower": past the counted noun
        if after is not None and unit is not None and unit != "times" and _direction_after_a_figure(after) and not (
                after.i + 1 < len(doc) and doc[after.i + 1].pos_ in {"DET", "NOUN", "PROPN"}):
            return self.change_adverbs.get(after.lower_, "exact")  # "closed 16% down", "ended 0.4% up at 4,900"
            # (not "5% up the ladder")
        direction = self.differences.get(after.lower_) if after is not None else None
        share = unit == "percent" and after is not None and after.lower_ in self.differences_before_than \
            and after.head.pos_ == "NOUN" and after.head.i == after.i + 1  # "sold 2.1% more cars": a share can
        # count no cars, so it is the size of the change in their number
        if direction is None or unit == "times" or after.head.pos_ in {"NOUN", "PROPN"} \
                and after.head.i == after.i + 1 and not after.head.ent_type_ and not share:
            return "exact"  # (not "18% lower year-on-year", parsed with "lower" on "year")
        if after.lower_ in self.differences_before_than and not share:
            than = doc[after.i + 1:after.i + 3]
            if not (len(than) and than[0].lower_ == "than" or len(than) == 2 and than[0].pos_ == "ADJ"
                    and than[1].lower_ == "than"):
                return "exact"  # "nominated for two more this year", "Five more barristers": more things
        return direction

    def _change_noun(self, anchor: Token, preps: set[str]) -> Token | None:
        """The noun of change a number is the size (or, through "to", the new level) of: "a 16.4% rise", "an
        increase of 6%", "a rise to 5%"."""
        owner = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ in preps else anchor.head
        if anchor.dep_ in {"amod", "compound", "nmod", "nummod", "pobj"} and owner.pos_ == "NOUN" \
                and owner.lemma_.lower() in self.change_nouns and owner != anchor:
            return owner
        return None

    def _changed_within(self, anchor: Token, inside: set[int]) -> Phrase | None:
        """"would see the Pentagon's budget rise by $19bn to $419.3bn": a noun of change the number's "by" or "to"
        hangs on, with what changes written inside its phrase (a compound or an owner before it), measures that
        phrase, as "the Pentagon's budget rise of $19bn" does (not "a sharp rise by 5%": no thing named in it)."""
        change = self._change_noun(anchor, {"by", "to"}) if anchor.dep_ == "pobj" else None
        if change is None or change.i in inside or not any(
                c.dep_ in {"compound", "poss"} and c.i < change.i and c.i not in inside for c in change.children):
            return None
        return _phrase(change, inside)

    def _change_above(self, anchor: Token) -> Token | None:
        """The noun of change the number's phrase hangs on, a few steps up through prepositions and the nouns they
        hang on ("an increase in the minimum wage to £5.60", "Increase in the stamp duty threshold from £60,000")."""
        node = anchor
        for _ in range(4):
            if node.dep_ not in {"pobj", "prep", "amod", "compound", "nmod", "nummod"} or node.head == node:
                return None
            node = node.head
            if node.lemma_.lower() in self.change_nouns and (node.pos_ == "NOUN" or node.dep_ == "ROOT" and not any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)):
                return node  # (a list's "- Increase in the threshold from £60,000", read as a verb with no subject)
            if node.pos_ in {"VERB", "AUX"}:  # "wanted an increase in the minimum wage to £5.60", "to" on the verb
                return next((c for c in node.children if c.dep_ == "dobj" and c.i < anchor.i and c.pos_ == "NOUN"
                             and c.lemma_.lower() in self.change_nouns), None)
        return None

    def _new_level_after(self, anchor: Token) -> bool:
        """"to" and a number right after the number's phrase: the level a change led to."""
        doc, i = anchor.doc, anchor.right_edge.i + 1
        return i + 1 < len(doc) and doc[i].lower_ == "to" and (
            self._is_number(doc[i + 1]) or doc[i + 1].lower_ in self.currencies and i + 2 < len(doc)
            and self._is_number(doc[i + 2]))

    def _share_list_units(self, doc: Doc, text: str, quantities: list[Quantity]) -> None:
        """"5 and 6 kg", "from 1000 to 2000 hires": a number in a list takes the unit or noun written after the
        last one; "3.9 million headsets, up from 2.4 million", "from 14 mpg to 24": a level compared with one
        written with its unit takes it (not after a change: "rose 8% to 3.65" is a price, not a percentage)."""
        for left, right in zip(quantities, quantities[1:]):
            between = text[left.end:right.start].strip().lower()
            after_noun = between.removeprefix((left.counted_phrase or "").lower()).strip()  # "headsets, up from"
            bare_left = left.unit is None and left.counted is None
            bare_right = (right.unit is None or right.unit.startswith("/")) and right.counted is None \
                and right.high is None  # (a count per period, "an average of 20 per week", is still bare)
            if bare_left and (right.unit or right.counted) and between in LIST_WORDS | {", and", "to"}:
                left.unit, left.counted, left.counted_phrase = right.unit, right.counted, right.counted_phrase
            elif bare_left and between.lstrip(", ") in self.change_adverbs \
                    and (right.unit or right.counted):  # "16369.03 up 58.06 points": the index in points too
                left.unit, left.counted, left.counted_phrase = right.unit, right.counted, right.counted_phrase
                if right.measured is None:  # and the change is the same index's
                    right.measured, right.measured_span = left.measured, left.measured_span
            elif bare_right and (left.unit or left.counted) and left.change is None \
                    and _SUMMARY_BEFORE.sub("", after_noun.lstrip(", ")) in COMPARED_WORDS:
                # "22 burglaries, compared with 20 per week": burglaries per week ("/wk" kept after the left's unit)
                right.unit, right.counted, right.counted_phrase = (left.unit or "") + (right.unit or "") or None, \
                    left.counted, left.counted_phrase
            elif left.counted and bare_right and right.measured is None \
                    and doc.char_span(left.start, left.end, alignment_mode="expand").sent.start == \
                    doc.char_span(right.start, right.end, alignment_mode="expand").sent.start:
                right.counted, right.counted_phrase = left.counted, left.counted_phrase  # "two people died and three"

    def to_disk(self, path, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_json(path / "quantities.json", self.rules)

    def from_disk(self, path, exclude=tuple()) -> "NewsQuantities":
        self._load(read_json(Path(path) / "quantities.json"))
        return self


def _link_levels(text: str, quantities: list[Quantity]) -> None:
    """"rose by $43.6 billion to $419.2 billion", "rose 60% in 2018 to 3.9 million": the new level is linked to
    the change that led to it, and measures what the change measures when it says nothing else."""
    for left, right in zip(quantities, quantities[1:]):
        between = text[left.end:right.start].lower().split()
        if left.change is not None and right.linked_to is None and between \
                and between[-1] in {"to", "from"} and len(between) <= 4:
            right.linked_to = left
            if right.measured is None and left.measured is not None:
                right.measured, right.measured_span = left.measured, left.measured_span
                if right.holder_span == right.measured_span:  # the subject was the holder; now it is what it measures
                    right.holder, right.holder_span = None, None


#: The counts written with a hyphen before a fraction's word ("two-thirds", "three-quarters", "four-fifths").
FRACTION_COUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
SHARED_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "your", "my", "all", "these", "those"})
HEDGES = {"approximate", "more_than", "at_least", "less_than", "at_most"}


def _share_conversions(text: str, quantities: list[Quantity]) -> None:
    """"just under 296 hp (224 kW / 300 PS)", "C $6 (US $4.46)", "1bn euros ($1.3bn; £690m)": an amount converted in
    brackets measures the same thing, with the same hedge, as the amount it converts (and is no change where that is
    none); so does one a word or two open in brackets ("$149 (save $30)", "$8.99 a month (or $89.99 a year)"), hedged
    as written."""
    for left, right in zip(quantities, quantities[1:]):
        between = text[left.end:right.start].strip()
        in_brackets = text.rfind("(", 0, left.start) > text.rfind(")", 0, left.start)
        words = between[1:].split() if between.startswith("(") else None
        if left.unit is None or right.unit is None or not (
                between == "(" or between in {"/", ";"} and in_brackets or words and len(words) <= 2
                and all(w.isalpha() for w in words)):
            continue
        right.measured, right.measured_span = left.measured, left.measured_span
        right.holder, right.holder_span = left.holder, left.holder_span
        if not words and right.qualifier in CHANGES | {"exact"} and left.qualifier in HEDGES | CHANGES | {"exact"}:
            right.qualifier = left.qualifier  # "plans to raise $100m (£52m)": no rise, as the amount it converts;
            # "an extra $50bn (£26.69bn)" an increase, "rose about $10m (£5m)" approximate, as the amount it converts
        if not words:
            right.change = left.change


_RESTATED = re.compile(r"(?:[A-Za-z]+ ?)?,? ?or")  # ", or", " points, or": the counted noun may stand between


def _tight_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen written with no space on either side, between two tokens ("co-stars",
    "two-thirds", "re-issued", "5.2-litre")."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _share_changes(text: str, quantities: list[Quantity]) -> None:
    """"up 56 pence, or 7.6%", "fell 120 points, or 1.2 percent": the same change in another unit, an increase or a
    decrease like the amount it restates (whose verb or adverb the parse hangs from the first only)."""
    for left, right in zip(quantities, quantities[1:]):
        if left.qualifier in CHANGES and right.qualifier == "exact" and left.unit != right.unit \
                and _RESTATED.fullmatch(text[left.end:right.start].strip()):
            right.qualifier, right.change = left.qualifier, left.change


def _span_head(span: Span) -> Token:
    """The token of a quantity's words that hangs them in the sentence: the last one whose head is outside
    them, not a determiner ("a million dollar house": dollar; "15 to 22 miles per hour": miles)."""
    outside = [t for t in span if not span.start <= t.head.i < span.end and t.dep_ not in {"det", "punct"}]
    return outside[-1] if outside else span.root


def _named_before_the_age(doc: Doc, start: int) -> Phrase | None:
    """The person's name an age is set off after by a comma ("Emily, 16,"), as a phrase."""
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].ent_type_ != "PERSON":
        return None
    first = start - 2
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    name = doc[first:start - 1]
    return name.text, name.start_char, name.end_char, name.root


def _bare_age(doc: Doc, start: int, end: int, value: float) -> bool:
    """A whole number up to 120 set off by commas right after a person's name ("Bellamy, 25,"), or one that "be"
    gives a person or "he" or "she" with no noun of its own ("He was 84", "when she was just 15")."""
    if end - start != 1 or not doc[start].is_digit or not 0 < value <= 120:
        return False
    if start > 1 and doc[start - 1].text == "," and doc[start - 2].ent_type_ == "PERSON" \
            and end < len(doc) and doc[end].is_punct:
        return True
    number, verb = doc[start], doc[start].head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return number.dep_ in {"attr", "acomp"} and verb.lemma_ == "be" and subject is not None \
        and _a_person(subject, verb) \
        and not any(c.dep_ in {"prep", "pobj", "quantmod"} and c.lower_ not in {"just", "only"}
                    for c in number.children) \
        and (end == len(doc) or doc[end].pos_ not in {"NOUN", "PROPN", "NUM", "SYM"})


def _estimated(anchor: Token, noun: Token | None) -> bool:
    """Whether the number is an estimate the sentence says is one: the noun it counts is "estimated" or "thought" to
    be so ("one million seafarers estimated to be at sea"), or it is what something "is estimated at" ("Sales are
    estimated at £5m")."""
    if noun is not None and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ESTIMATE_LEMMAS
                                for c in noun.children):
        return True
    return anchor.dep_ == "pobj" and anchor.head.lower_ == "at" and anchor.head.head.tag_ == "VBN" \
        and anchor.head.head.lemma_.lower() in ESTIMATE_LEMMAS


#: Verbs of estimating whose participle makes a number an estimate.
ESTIMATE_LEMMAS = frozenset({"estimate", "think", "believe", "reckon"})


def _someone(noun: Token, resolve: Resolver) -> bool:
    """A person by the noun itself (``_a_person``) or by the entity the article's mention of it is ("Lightbody said",
    a surname read as an organisation where it stands, of the person "Gary Lightbody")."""
    entity = resolve.entity_at(noun)
    return _a_person(noun, noun.head) or entity is not None and entity.label == "PERSON"


def _a_person(subject: Token, verb: Token) -> bool:
    """A subject that is someone: "he", "she", "I" (a speaker's own age: '"I am 25," said Safin'), a person's name,
    a noun for a person ("the striker", "the former chairman") or a ranking said of a player ("the world number one"),
    or "who" of a relative clause on a person's name ("Smith, who was 19")."""
    if subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
    return subject.lower_ in {"he", "she", "i"} or subject.ent_type_ == "PERSON" or subject.pos_ == "NOUN" and (
        is_person_noun(subject) or subject.lemma_.lower() in word_list("roles.json", "titles")
        or subject.lower_ == "number" and any(c.dep_ == "nummod" for c in subject.children))


def _at_the_age(doc: Doc, start: int) -> bool:
    """"at the age of 74", "at age 35": an age said of someone when something happened (not "the minimum age of 21
    for an MP", an age of no one)."""
    words = [t.lower_ for t in doc[max(0, start - 4):start]]
    return words[-3:] == ["at", "age", "of"] or words[-2:] == ["at", "age"] or words[-4:] == ["at", "the", "age", "of"]


def _whose_age(verb: Token) -> Phrase | None:
    """Whose age "at the age of N" gives: the named subject of the verb it hangs on ("Ann Lee died at the age of 74"),
    or the name a relative clause describes ("Marlon Brando, who died on Thursday at the age of 80"); none for a
    pronoun or a common noun."""
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.pos_ != "PROPN" or not subject.ent_type_:
        return None
    words = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_] + [subject]
    return " ".join(t.text for t in words), words[0].idx, subject.idx + len(subject), subject  # (the name's words:
    # not "Novelist" of "Novelist Arthur Hailey died")


def _age_of(doc: Doc, start: int, end: int, value: float) -> bool:
    """"died at the age of 71", "retired at age 35", "children aged under five": a whole number up to 120 after "age"
    (and "of") or "aged" (and a bound)."""
    before = start - 1 - (start > 0 and doc[start - 1].lower_ in {"of"} | AGE_BOUNDS)
    return end - start == 1 and (doc[start].is_digit or doc[start].is_alpha and doc[start].like_num) \
        and 0 < value <= 120 and before >= 0 and doc[before].lower_ in {"age", "aged"} \
        and (doc[before].lower_ == "aged" or doc[start - 1].lower_ not in AGE_BOUNDS) \
        and not (end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"})


def _described_person(old: Token, resolve: Resolver) -> Phrase | None:
    """The person "the 74-year-old" stands for (the coreference layer's reading of an age used as a noun), as the
    mention of them written last before it, in its sentence or the one before (an article of many people leaves the
    one meant unclear further back); None when it reads no one so near."""
    person = resolve(old)
    if person is None or person.label != "PERSON":
        return None
    sentence = old.sent
    since = old.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    before = [(s, e) for s, e in person.mentions if since <= s and e <= old.idx]
    if not before:
        return None
    s, e = before[-1]
    words = old.doc.char_span(s, e, alignment_mode="expand")
    return (words.text, s, e, words.root) if words is not None else None  # (a mention's ends are its tokens')


def _at_an_age(doc: Doc, start: int, end: int, value: float, verbs: frozenset[str]) -> bool:
    """"Viotti died in Munich at 50", "he retired at 35": a whole number up to 120 alone after "at" on a verb of a
    life's turn (quantities.json age_at_verbs); not "closed at 50", "shares at 118p", "marry at one of 76 offices"."""
    at = doc[start - 1] if start > 0 else None
    return at is not None and at.lower_ == "at" and end - start == 1 and 0 < value <= 120 \
        and (doc[start].is_digit or doc[start].like_num) and at.head.lemma_.lower() in verbs \
        and not (end < len(doc) and (doc[end].pos_ in {"NOUN", "PROPN"} or doc[end].lower_ in {"%", "-", "of"}))


#: Bounds written between "aged" and the age ("aged under five", "aged over 65").
AGE_BOUNDS = frozenset({"under", "over", "about", "around", "nearly", "almost"})


def _aged(doc: Doc, start: int) -> Token | None:
    """The participle "aged" right before an age (or its bound): "women aged 50 or above", "died aged 73"."""
    before = start - 1 - (start > 0 and doc[start - 1].lower_ in AGE_BOUNDS)
    return doc[before] if before >= 0 and doc[before].lower_ == "aged" else None


def _plural_after(doc: Doc, i: int) -> Token | None:
    """A plural noun written right after the number, which the parse did not hang from it ("going from 1000 to
    2000 hires", parsed as a verb's conjunct): the counted noun all the same."""
    token = doc[i] if i < len(doc) else None
    return token if token is not None and token.tag_ == "NNS" and not token.ent_type_ else None


def _makers_of_a_worth(worth: Token) -> list[Token]:
    """The "from" or "by" phrases that say whose a thing valued with "worth" is ("an offer worth $3bn from Foster's"),
    hung on "worth" or on the thing itself."""
    return [c for c in (*worth.children, *worth.head.children) if c.dep_ == "prep" and c.lower_ in {"from", "by"}]


def _a_score(token: Token) -> bool:
    """"winning 1-0", "an 8-1 vote", "level at 27-27", "6-4 7-5": two whole numbers joined by a hyphen, the second
    no greater than the first, with no currency before them: a score or a tally, no range (a range runs upwards:
    "14-19 year olds")."""
    doc, i = token.doc, token.i
    if i + 2 >= len(doc) or not token.is_digit or doc[i + 1].text not in {"-", "–"} or not doc[i + 2].is_digit \
            or token.whitespace_ or doc[i + 1].whitespace_:
        return False
    return int(doc[i + 2].text) <= int(token.text) and not (
        i > 0 and _currency_mark(doc[i - 1]) and not doc[i - 1].is_punct)  # (a bracket before is no currency)


def _a_list_position(token: Token, text: str) -> bool:
    """"1 Roger Federer (Switzerland)", a line of a seeding or ranking list: a whole number opening a short line with
    no verb, a capitalised name right after it, is the name's place in the list, no count (``text``: the Doc's)."""
    doc = token.doc
    if not token.is_digit or text[text.rfind("\n", 0, token.idx) + 1:token.idx].strip():
        return False  # (not the first word of its line)
    line_end = text.find("\n", token.idx)
    line = doc.char_span(token.idx, line_end if line_end != -1 else len(text), alignment_mode="contract")
    return line is not None and 2 <= len(line) <= 10 and token.i + 1 < len(doc) and doc[token.i + 1].is_title \
        and not any(t.pos_ in {"VERB", "AUX"} for t in line)


def _on_one_line(a: Token, b: Token) -> bool:
    """Whether two tokens stand on one line: the parse runs a table's lines and a report's stat blocks together."""
    first, last = (a, b) if a.i <= b.i else (b, a)
    return "\n" not in first.doc[first.i:last.i].text_with_ws  # (not doc.text: spaCy joins the whole doc per read)


def _strong_group(doc: Doc, i: int) -> Token | None:
    """"the 13-strong jury", "a 20-strong squad": the group the number gives the size of, the noun "strong" describes
    (its members counted as the group)."""
    if i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ == "strong":
        head = doc[i + 1].head
        return head if head.pos_ == "NOUN" and head.i > i + 1 else None
    return None


def _one_set_apart(number: Token) -> bool:
    """"one of the hottest cars" (a member of a group, however the parse hangs the "of"), "one the largest" (its
    "of" dropped), "with one hand and her friend with the other", "said one analyst": a "one" that picks one thing
    out, no count; "the one Lleyton beat Federer on", "the one that got away": one thing named before, a pronoun."""
    if number.lower_ != "one":
        return False
    doc, after = number.doc, number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if after is not None and (after.lower_ == "of" or (after.lower_ == "the" and number.i + 2 < len(doc)
                                                       and doc[number.i + 2].tag_ == "JJS")):
        return True
    if after is not None and after.lower_ == "such" \
            and (number.i == 0 or doc[number.i - 1].lower_ not in {"only", "just"}):
        return True  # "One such avatar is called Jeremiah": an example of a kind named before, no count (not "only
        # one such plant exists")
    if after is not None and after.tag_ == "NN" and number.head == after and after.dep_ == "nsubj" \
            and after.head.lemma_.lower() in word_list("quote_cues.json", "verbs"):  # (the quote stage's cues)
        return True  # "said one analyst", "one source told the BBC": a speaker picked out, no count
    noun = next((t for t in doc[number.i + 1:number.i + 4] if t.pos_ != "ADJ"), None)
    if noun is not None and noun == number.head \
            and noun.lemma_.lower() in word_list("quantities.json", "picking_nouns"):
        return True  # "One problem is the cost", "one popular story says": a thing picked out, no count
    if number.i > 0 and doc[number.i - 1].lower_ in {"the", "my", "our", "his", "her", "their", "its"} \
            and after is not None and after.pos_ in {"ADJ", "NOUN"}:
        return True  # "the one major public service that ...", "my one regret": the only one, no count
    if number.i > 0 and doc[number.i - 1].lower_ in {"the", "this", "that"} and after is not None \
            and (after.pos_ in {"PROPN", "PRON"} and after.dep_ in {"nsubj", "compound"}
                 or after.lower_ in {"that", "which", "who", "where", "we", "i", "you", "he", "she", "they"}):
        return True  # "faster than the one Lleyton beat Federer on", "the one that got away": a thing named before
    rest = doc[number.i + 1:number.sent.end]
    return any(t.lower_ == "other" and t.i > 0 and doc[t.i - 1].lower_ == "the" for t in rest)


def _one_of(number: Token) -> bool:
    """"one of the hottest cars": membership, said of nothing but the group."""
    return number.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children)


def _tidy(value: float | None) -> float | None:
    """33.2 * 1e9 is 33200000000.000004 in floating point: keep 12 significant digits."""
    return None if value is None else float(f"{value:.12g}")


def _is_reference(doc: Doc, start: int, end: int) -> bool:
    """"The two discussed security": a bare number after "the", standing for people already named."""
    number = doc[end - 1]
    return start > 0 and doc[start - 1].lower_ == "the" and number.dep_ in {"nsubj", "dobj", "pobj", "nsubjpass"} \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children)


def _named_model_elsewhere(doc: Doc, start: int, end: int) -> bool:
    """"F-Secure said 7610 owners should be careful", where the article writes "the Nokia 7610 phone": a number of
    three or more digits (no year, no round figure: "the FTSE 100 ... 100 firms"), or one after the same capitalised
    word ("Commodore 64 enthusiasts"), that the article writes elsewhere right after a company's or a product's name
    is that model's; so is one the article writes elsewhere with a model's letters glued on ("its 6230i, an upgrade
    to the very popular 6230")."""
    number = doc[start]
    if end - start == 1 and number.is_digit and start > 0 and doc[start - 1].is_title and any(
            t.i != start and t.text == number.text and t.i > 0 and doc[t.i - 1].text == doc[start - 1].text
            and doc[t.i - 1].ent_type_ in NAME_ENTITY_TYPES for t in doc):
        return True  # "Commodore 64 enthusiasts", where the article writes "The Commodore 64, launched in 1982": the
        # same name and number, a model's, however the tagger reads the name here
    if end - start != 1 or not number.is_digit or len(number.text) < 3 or int(number.text) % 50 == 0 \
            or re.fullmatch(r"(?:19|20)\d\d", number.text):
        return False
    lettered = re.compile(rf"[A-Za-z]*{number.text}[A-Za-z]+|[A-Za-z]+{number.text}")
    return any(t.i != start and (t.text == number.text and t.i > 0 and doc[t.i - 1].is_title
                                 and doc[t.i - 1].ent_type_ in {"ORG", "PRODUCT"} or lettered.fullmatch(t.text))
               for t in doc)


def _currency_mark(token: Token) -> bool:
    """Symbols and codes stand before the number ("$", "US$", "EUR"); currency words stand after it."""
    return _currency_mark_text(token.text)


def _currency_mark_text(text: str) -> bool:
    return not text.isalpha() or (text.isupper() and len(text) <= 3)


def _counted_noun(number: Token) -> Token | None:
    head = number
    while head.dep_ in {"compound", "quantmod", "nummod", "conj", "cc"} and head.head != head:
        head = head.head
        if head.pos_ in {"NOUN", "PROPN"}:
            return head
    if number.dep_ in {"nsubj", "dobj", "pobj", "nsubjpass", "attr", "appos"} \
            or number.lower_ in {"third", "half", "quarter"}:
        for child in number.children:  # "two of the groups", "a third of the budget"
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.like_num:
                    return _counted_noun(pobj)  # "four of the 12 whose backgrounds were known": the 12's noun, if any
                if pobj is not None:
                    return pobj
    return None


Phrase = tuple[str, int, int, Token]  # the content words of a noun phrase, their character span, its head
MEASURED_SKIP = {"DET", "PRON", "PUNCT", "CCONJ", "SCONJ", "AUX", "PART", "ADP", "ADV", "SYM"}
# function words that turn what is measured into its opposite, kept in it: "the number of people out of work" is not
# "the number of people in work", "homes without power" not "homes power"
MEASURED_POLARITY_WORDS = frozenset({"out", "without", "not", "no", "non", "never"})


def _quantity_words(quantity: Span, noun: Token | None, unit_words: set[str], measure_words: set[str]) -> set[int]:
    """The tokens a phrase around the quantity leaves out: the quantity, its counted noun, and the numbers and
    units of the sentence ("a 5 per cent penalty", "4G networks", "the Zenbook Pro 16 inch"); ``measure_words`` are
    the words of the units that are no currency."""
    inside = set(range(quantity.start, quantity.end)) | ({noun.i} if noun is not None else set())
    return inside | {t.i for t in quantity.sent if (t.ent_type_ in NUMERIC_LABELS or _after_a_number(t)
                                                    or t.is_digit and _before(t, measure_words))
                     and (t.lower_ in unit_words or not t.is_alpha) and not _name_number(t, measure_words)}


def _before(token: Token, words: set[str]) -> bool:
    """Whether the word after ``token`` is one of ``words``."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in words


def _after_a_number(token: Token) -> bool:
    """A word right after a number, or after a number and a hyphen ("one-day": the unit of a quantity)."""
    doc, i = token.doc, token.i
    return i > 0 and (doc[i - 1].like_num or doc[i - 1].text in {"-", "–"} and i > 1 and doc[i - 2].like_num)


def _name_number(token: Token, measure_words: set[str]) -> bool:
    """The number of a name ("the iPhone 12 deal", "the S&P 500"): the name's, no quantity to leave out (not "the
    MacBook Pro 16 inch", a size with its unit)."""
    return token.is_digit and token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN" \
        and not token.doc[token.i - 1].is_sent_start and token.i + 1 < len(token.doc) \
        and not _before(token, {"%", "percent"} | measure_words)


def _the_whole_of_a_part(number: Token) -> bool:
    """"four of their last six games", "five of the eight matches": the number counting the whole a number before
    "of" takes its part from (what the verb did is done to the part only)."""
    noun = number.head if number.dep_ == "nummod" else None
    of = noun.head if noun is not None and noun.dep_ == "pobj" else None
    return of is not None and of.lower_ == "of" and of.head.like_num and of.head.i < number.i \
        and of.head.lower_ != "one"  # (not "one of 21 films competing": what is said of the whole, competing)


def _compound_lengths_of_time(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"lasted two hours and 40 minutes", "jailed for two years and six months": a length of time written in two
    parts, the larger unit first, joined by "and" or a comma, is one quantity in the smaller unit (160 minutes, 30
    months), as a reader takes it and as the dates stage reads one duration (not two amounts of time)."""
    def join(first: Quantity, second: Quantity) -> bool:
        if not (first.unit in SECONDS_IN and second.unit in SECONDS_IN
                and SECONDS_IN[first.unit] > SECONDS_IN[second.unit] and first.high is None
                and second.high is None and second.qualifier == "exact"):
            return False
        seconds = first.value * SECONDS_IN[first.unit] + second.value * SECONDS_IN[second.unit]
        first.value = round(seconds / SECONDS_IN[second.unit], 6)
        first.unit, first.end = second.unit, second.end
        return True

    return join_written_pairs(text, quantities, join)


def _how_far_or_long(anchor: Token, verb: Token | None, unit: str | None, change_verbs) -> bool:
    """"Mendes shot from 50 yards", "to be sold within 10 days": a span of distance or time in a phrase of the verb
    says how far or how long it was done, and measures nothing of who did it (as "the strike lasted for three
    days" does of the strike, and "the queue grew from 10 metres" of the queue)."""
    preposition = anchor.head if anchor.dep_ == "pobj" else anchor if anchor.dep_ == "prep" else None
    if unit not in SPAN_UNITS or verb is None or preposition is None or preposition.head != verb:
        return False
    lemma = verb.lemma_.lower()
    return preposition.lower_ not in {"to", "by", "at"} and lemma not in {"last", "take", "run", "measure", "stretch"} \
        and not (preposition.lower_ == "from" and lemma in change_verbs)


def _changed_noun(anchor: Token, adverbs: dict, inside: set[int]) -> Phrase | None:
    """"with its shares down 11.9%", "the Dow up 0.3%": a change written with an adverb measures the noun the
    adverb is said of."""
    adverb = anchor.head
    if anchor.dep_ != "npadvmod" or adverb.lower_ not in adverbs:
        return None
    noun = next((c for c in adverb.children if c.dep_ == "nsubj"), None)
    if noun is None and adverb.dep_ == "advmod" and (adverb.head.pos_ in {"NOUN", "PROPN"}
                                                     or _noun_read_as_verb(adverb.head)):
        noun = adverb.head
    noun = noun or _said_with(adverb)
    if noun is None or noun.pos_ == "PRON":
        return None
    joined = {t.i for c in noun.children if c.dep_ in {"conj", "cc"} for t in c.subtree}  # "the Dow up 0.3% and oil"
    return _phrase(noun, inside | joined)


def _currency_read_as_verb(token: Token, currencies, scales) -> bool:
    """A currency's word the tagger read as a verb right after a number ("a one trillion won ($960m) bail-out": the
    won, South Korea's currency, no winning)."""
    return token.pos_ == "VERB" and token.lower_ in currencies and token.i > 0 and (
        token.doc[token.i - 1].like_num or token.doc[token.i - 1].lower_ in scales) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in token.children)  # (not "Burnout 3 won three
    # awards")


def _noun_read_as_verb(token: Token) -> bool:
    """A word the tagger read as a verb, not its sentence's root, that has a name or noun compounded before it and no
    subject or auxiliary of its own: a noun ("Reynolds shares up 4.5% and Altria shares up 5.11%", the second
    "shares" tagged a verb; not "The stock trades on 6.5 times earnings", the sentence's verb)."""
    return token.pos_ == "VERB" and token.dep_ != "ROOT" \
        and any(c.dep_ == "compound" and c.i < token.i for c in token.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in token.children)


def _said_with(adverb: Token) -> Token | None:
    """"felt little cheer with December sales down 0.7%": the noun after "with" right before the change's adverb,
    however the parse hangs the adverb (on the clause's verb)."""
    before = adverb.doc[adverb.i - 1] if adverb.i > 0 else None
    if before is not None and before.pos_ in {"NOUN", "PROPN"} and before.dep_ == "pobj" \
            and before.head.lower_ == "with":
        return before
    return None


#: Verbs whose money goes "on" what it buys ("will spend $1bn on new networks").
SPENDING_VERBS = frozenset({"spend", "invest", "splash", "waste", "lavish"})


def _measured(quantity: Span, anchor: Token, number: Token, noun: Token | None, unit: str | None,
              verb: Token | None, money: bool, inside: set[int], unit_words: set[str], holder_verbs: set[str],
              placeholders: set[str] = frozenset(), change_verbs=frozenset(),
              sessions: set[str] = frozenset()) -> Phrase | None:
    """What the number measures, as a span of the sentence: "1.5% of the budget" (the budget), "a 2.4-litre
    engine" (engine), "the trade deficit increased by $43.6 billion" (the trade deficit), "unemployment rose
    to 5%" (unemployment). A count's own noun is its ``counted``; this is the thing it is a number of."""
    if unit is not None:
        for token in (anchor, number):  # "78 per cent of the deal", "a third of the budget"
            pobj = _of_object(token)
            if pobj is not None and pobj.i in inside:
                pobj = _of_object(pobj)  # "millions of pounds of taxpayers' money": past the unit of a vague scale
            if pobj is not None and pobj.i not in inside:
                return _phrase(pobj, inside)
    if quantity.text[0] in "+-−" and _name_before(quantity) is not None:
        return _name_before(quantity)  # "FTSE -0.6% CAC -1.7%": a market table's signed figure
    worth = next((t for t in (anchor.head, number.head) if t.lower_ == "worth" and t.dep_ == "amod"), None)
    if worth is not None and worth.head.pos_ == "NOUN" and worth.head.i not in inside:
        maker = {t.i for c in _makers_of_a_worth(worth) for t in c.subtree}  # (whose offer it is: its holder)
        return _phrase(worth.head, inside | maker)  # "a takeover offer worth 3.1bn Australian dollars": the offer
    owner = anchor.head
    while anchor.dep_ in {"appos", "conj"} and owner.dep_ in {"appos", "conj"} and owner.lower_ in unit_words:
        owner = owner.head  # "A Mars day is longer — 24 hours, 39 minutes, and 35 seconds": the day
    while owner.dep_ == "compound" and owner.head.i > owner.i and anchor.dep_ in {"amod", "compound", "nmod"}:
        owner = owner.head  # "a 352 μm pixel pitch": past the compound words to the noun they make
    if (anchor.dep_ in {"amod", "compound", "nmod", "nummod", "appos"} or owner != anchor.head
            or anchor.dep_ == "poss" and unit is not None and owner.lower_ not in {"time", "worth"}) \
            and owner.pos_ in {"NOUN", "PROPN"} and owner.i not in inside:
        if not _placeholder(owner, placeholders):
            return _phrase(owner, inside)  # "a 2.4-litre engine", "a 120Hz refresh rate", "30 hours' battery life"
            # (not "in two years' time", "12 hours' worth of computing power")
        if owner.dep_ != "pobj":
            return None  # "fined a record $550,000": no thing measured (the fined one is no measure of the fine)
        # "falling from its current 4.75% mark": what falls to it, the cost of borrowing, said apart
    if anchor.dep_ == "pobj" and owner.lower_ == "of" and owner.head.ent_type_ in {"DATE", "TIME"}:
        period = owner.head  # "an operating loss for the three months to December of 7.5bn yen": the "of" hung on
        while period.ent_type_ in {"DATE", "TIME"} and period.dep_ == "pobj" and period.head.dep_ == "prep":
            period = period.head.head  # the period's last word; the noun the period is of
        if period.pos_ == "NOUN" and not period.ent_type_ and period.i not in inside:
            return _phrase(period, inside)
    if anchor.dep_ == "pobj" and owner.lower_ in {"of", "for"} and owner.head.pos_ in {"NOUN", "PROPN"} \
            and not _placeholder(owner.head, placeholders):
        if money and _names_someone(owner.head):  # "a bequest from Ruth Beardmore of nearly £400,000": the
            given = owner.head.head.head if owner.head.dep_ == "pobj" else None  # bequest, not the giver
            return _phrase(given, inside) if given is not None and given.pos_ == "NOUN" else None
        return _phrase(owner.head, inside)  # "a speed of 20 mph", "sales of 5835 units", "a grounding for 3 months"
        # (not "to the tune of $600m")
    if money and verb is not None:
        kept = next((o for p in [*anchor.children, *verb.children] if p.dep_ == "prep" and p.lower_ == "in"
                     and (p.head == anchor or verb.lemma_.lower() not in holder_verbs and p.i == quantity.end)
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and not o.ent_type_
                     and o.i not in inside and not any(c.dep_ == "det" for c in o.children)
                     and o.lemma_.lower() not in sessions), None)
        # (written right after the amount, on the verb: "making £86m in efficiency savings"; not a market's session:
        # "fell to 20.7 kronor in early trading")
        if kept is not None:
            return _phrase(kept, inside)  # "Japan has $850bn in foreign exchange reserves", "£2bn in cash": the
            # form the money is held in (not a place: "900 staff in Leeds", "£3m in the bank")
    if money:
        preps = list(anchor.children) + ([c for c in verb.children if c.i > anchor.i] if verb is not None else [])
        spent = verb is not None and verb.lemma_.lower() in SPENDING_VERBS
        for goods in (c for c in preps if c.dep_ in {"prep", "dative"} and (
                c.lower_ == "for" or c.lower_ == "on" and spent)):
            pobj = next((c for c in goods.children if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None and pobj.tag_ == "VBG":  # "spent A$584m on buying a stake": what it bought
                pobj = next((c for c in pobj.children if c.dep_ == "dobj"), None)
            if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"} and pobj.lower_ != "time":
                return _phrase(pobj, inside)  # "$1,200 for a notebook", "paid $900 for a bicycle", "will spend
                # $1bn on new networks" (not "on Monday", "for the first time")
    listed_first = _first_listed(noun) if noun is not None else None  # "900 doctors, and more than 150 locations"
    if verb is not None and noun is not None and verb.lemma_.lower() in holder_verbs \
            and listed_first.dep_ == "dobj" and listed_first.head == verb:
        holder = _holder(verb)  # "Duly has 900 doctors", "a squad that contained 17 players": the holder's count
        return _phrase(holder, inside) if holder is not None and holder.pos_ != "PRON" else None
    if verb is not None and noun is not None and verb.lemma_.lower() in change_verbs and noun.dep_ == "pobj" \
            and noun.head.lower_ in {"to", "by"} and _level_on_the_verb(noun, verb) and verb.lemma_.lower() != "lose":
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in inside and c.i < noun.i), None)
        if thing is not None and thing.pos_ == "NOUN":
            return _phrase(thing, inside)  # "boost its production capacity to 400,000 units", "cut its workforce by
            # 500 jobs": the count's level or change under a verb of change is the object's (not "gave it access to
            # 400 million homes", "lowered payouts for 50,000 investors")
    if noun is not None:  # "35 sections of the region", "four options for greener fuels": what it counts in
        pobj = _of_object(noun, {"of", "for"})
        return _phrase(pobj, inside) if pobj is not None and pobj.pos_ != "PRON" else None
    if verb is None:
        return _name_before(quantity) or _noun_above(anchor, inside)
    if _level_on_the_verb(anchor, verb):
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in inside and c.i < anchor.i), None)
        if thing is not None and thing.pos_ != "PRON":
            return _phrase(thing, inside)  # "lowered its revenue guidance to $84 billion", "got the sofa for $149"
    subject = _holder(verb)
    if subject is not None and anchor in subject.subtree and subject.head.dep_ == "agent":  # "dipped by 3.4%"
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) or (
            verb.head if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} else None)
    if subject is None or subject.pos_ == "PRON" or anchor in subject.subtree and not (
            _completed(verb).dep_ in {"relcl", "acl"} and subject == _completed(verb).head):
        # "fees which range from 1% to 1.5%", "with dairy prices expected to rise 4%": the fees, the prices
        return _name_before(quantity)  # "MacBook Pro 16 inch is worth $2000": the name the size is of
    if money and not _valued(verb, anchor) and (_names_someone(subject) or _a_person(subject, verb)
                                                  or subject.pos_ == "NOUN" and (
            subject.lemma_.lower() in word_list("org_nouns.json", "description_nouns"))):
        return None  # "Yahoo earned $187m", "Bruvik was ordered to pay 100,000 kroner", "The joint founder of the
        # bank gave £325,417", "The chancellor proposes to borrow £168bn": who earns, pays, borrows or owns an amount
        # is its holder or agent, no thing it measures (the
        # subject only: "spend $2bn on new networks" buys them; "the group, which is worth $17bn" is valued)
    return _phrase(subject, inside)


def _level_on_the_verb(anchor: Token, verb: Token) -> bool:
    """A number in a phrase of level or change hung on the verb: "lowered its guidance to $84 billion", "cut its
    debt back to £160m" (past an adverb the parse hangs the phrase on), both ends of "raised its stake from 20% to
    25%" and "cut its staff from 200 to 150" (however the parse chains them)."""
    node = anchor
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ in TARGET_PREPS | {"by", "for"} and (
                node.head.head == verb or node.head.head.dep_ in {"advmod", "prt"} and node.head.head.head == verb):
            return True
        if node.dep_ == "prep" and node.lower_ in TARGET_PREPS and node.head == verb and node is not anchor.head:
            return True  # "from 20% to 25%": "to" on "from", "from" on the verb
        head = node.head
        if node.dep_ not in {"pobj", "prep", "quantmod", "nummod"} or head == node or not (
                head.dep_ == "prep" and head.lower_ in {"to", "from"} or head.like_num
                or head.ent_type_ in NUMERIC_LABELS or head.lower_ in {"%", "percent"}):
            return False  # (only through the numbers of one phrase: not "looting the fund to the tune of $80m", nor
            # "for the estimated 150,000 dead")
        node = head
    return False


def _a_dimension(adjective: Token, measured: Phrase | None, holder: Phrase | None,
                 inside: set[int]) -> tuple[Phrase | None, Phrase | None]:
    """What a length with a dimension's adjective measures, and whose it is: the dimension of the thing it is said of
    ("The bridge is 40 metres long": long, the bridge's; "a 30ft-high wall": high, the wall's)."""
    thing = adjective.head if adjective.head.pos_ in {"NOUN", "PROPN"} and adjective.head.i > adjective.i else None
    owner = _phrase(thing, inside | {adjective.i}) if thing is not None else measured or holder
    return (adjective.text, adjective.idx, adjective.idx + len(adjective), adjective), owner


def _first_listed(noun: Token) -> Token:
    """The first of the nouns a noun is listed after ("150 locations" of "900 doctors and 150 locations")."""
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.i < noun.i:
        noun = noun.head
    return noun


def _of_object(token: Token, prepositions: frozenset[str] | set[str] = frozenset({"of"})) -> Token | None:
    """The object of the first "of" phrase (or of another of ``prepositions``) hung on ``token`` ("a third [of the
    budget]", "four options [for greener fuels]")."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in prepositions), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _valued(verb: Token, anchor: Token) -> bool:
    """An amount that is what its subject is worth: "the group is worth $17bn", "a bank valued at $180bn"."""
    return verb.lemma_.lower() == "value" or any(t.lower_ == "worth" for t in verb.doc[verb.i:anchor.i])


#: Entity types of those who pay, earn, give or receive money.
SOMEONE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _names_someone(noun: Token) -> bool:
    """A noun that names a person, a body or a country, or describes a person: "Yahoo", "the Conservatives",
    "magnate William Haughey OBE" (a name compounded before a post-nominal), "the joint founder" (org_nouns.json
    person_nouns)."""
    if noun.pos_ == "PROPN" and noun.ent_type_ in SOMEONE_LABELS or is_person_noun(noun):
        return True
    return noun.pos_ == "PROPN" and any(c.dep_ == "compound" and c.ent_type_ in {"PERSON", "ORG"}
                                        for c in noun.children)


def _described_by_age(noun: Token, age: Span) -> Phrase | None:
    """The noun an age describes, with the nouns compounded before it ("the 40-year-old comedian", "a 24-year-old
    man from Leicester": man); none where the age owns the noun ("the 24-year-old's new album": the album has no
    age) or the noun is no common noun or name (a verb the parse took for one: "The 62-year-old sang Hey Jude")."""
    if noun.pos_ not in {"NOUN", "PROPN"} or any(t.dep_ == "poss" or t.tag_ == "POS" for t in age) \
            or any(t.tag_ == "POS" for t in noun.doc[age.end:noun.i]) \
            or noun.dep_ == "ROOT" and (not any(t.pos_ in {"VERB", "AUX"} for t in noun.sent) or any(
                c.dep_ in {"ccomp", "dobj", "xcomp", "advcl"} for c in noun.children)):
        return None  # (a sentence with no verb, or a noun with a verb's dependents: the parse took the verb for the
        # noun, '"...," the 23-year-old wrote')
    won = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "winning" \
        and noun in {noun.doc[noun.i + 1].head, *noun.doc[noun.i + 1].children} else None
    title = next((c for c in won.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) if won is not None else None
    if noun.pos_ == "PROPN" and title is not None:
        noun = title  # "the 31-year-old World Cup winning scrum-half": the parse made a clause of the prize and its
        # "winning"; the age is the scrum-half's, not the cup's
    words = [c for c in noun.lefts if c.dep_ == "compound" and not age.start <= c.i < age.end] + [noun]
    if all(t in words or t.text == "-" for t in noun.doc[words[0].i:noun.i]):  # "scrum-half" as written
        return noun.doc.text[words[0].idx:noun.idx + len(noun)], words[0].idx, noun.idx + len(noun), noun
    return " ".join(t.text for t in words), words[0].idx, noun.idx + len(noun), noun


def _placeholder(noun: Token, placeholders: set[str]) -> bool:
    """A noun that only holds a place for its number ("its current 4.75% mark", "a record $550,000", "to the tune
    of $600m"; quantities.json placeholder_nouns), with no noun compounded with it ("sea level")."""
    return noun.lower_ in placeholders and not any(c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}
                                                   and not c.like_num and c.text != "%" for c in noun.children)


#: Verbs by which a result leaves or takes a side to a tally ("leaves them on 31 points", "lifts them to third").
TALLY_VERBS = frozenset({"leave", "lift", "take", "put", "move", "keep", "send", "push", "drop", "carry"})


def _given_with(anchor: Token, verb: Token) -> Token | None:
    """"leaving the Tories with just 163 MPs", "provided the army with 200 tanks": the verb's object, who is left or
    given what the number counts in its "with" phrase (a name or a noun, no pronoun); and "The result leaves
    Ferguson's side fourth on 31 points", "the win lifts them to 40 points": the side a result leaves or takes to a
    tally of points (``TALLY_VERBS``, "on" or "to")."""
    phrase = anchor.head if anchor.dep_ in {"nummod", "quantmod"} else anchor
    if phrase.dep_ != "pobj" or phrase.head.head != verb or not (phrase.head.lower_ == "with" or (
            phrase.head.lower_ in {"on", "to"} and verb.lemma_.lower() in TALLY_VERBS and phrase.lemma_ == "point")):
        return None  # (a tally of points: not "lifting revenue to 1.45bn euros", "taken the lead on 34 minutes")
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
                 and c.ent_type_ not in {"DATE", "TIME"} and c.i < phrase.head.i), None)


def _whose(anchor: Token, verb: Token | None, measured: Token | None, inside: set[int], share: bool,
           money: bool) -> Phrase | None:
    """Whose the measured thing is, or what the number is said of, when the sentence names it apart from what
    it measures: the owner of the measured noun ("the iPhone 14's 6.1-inch display": iPhone 14), the name a
    description of it stands beside ("Jo Marr, a 50-year-old man": Jo Marr) or the subject of the verb the
    number's phrase is an argument of ("the stock trades on 6.5 times earnings": stock; "Monoprice has the
    remote for $30": Monoprice; "its budget" when the subject names what "its" stands for). None when that is
    the measured thing itself, holds the number, is a pronoun (the agent resolves it), or when the number sits
    deeper in the sentence ("marred by delays and a grounding for three months": the grounding alone). Where
    the subject is the measured thing, what the number is given for ("for small cars")."""
    owner = next((c for c in measured.children if c.dep_ == "poss"), None) if measured is not None else None
    clause = next((t for t in owner.ancestors if t.dep_ == "relcl"), None) if owner is not None \
        and owner.lower_ == "whose" else None
    if clause is not None and clause.head.pos_ in {"NOUN", "PROPN"}:
        return _phrase(clause.head, inside | {t.i for t in clause.subtree})  # "Clive Calder, whose wealth has
        # risen to £1.3bn": the name the clause is said of
    if owner is not None and owner.pos_ != "PRON" and owner.lower_ != "whose":
        return _phrase(owner, inside)
    if measured is not None and anchor.head.lower_ == "worth" and anchor.head.head.i == measured.i:
        source = next((p for c in _makers_of_a_worth(anchor.head) for p in c.children if p.dep_ == "pobj"), None)
        return _phrase(source, inside) if source is not None else None  # "an offer worth $3bn from Foster's":
        # the offer's maker, not the subject that rejects it
    if owner is not None and verb is not None:  # "Volvo saw a loss, with its shares down 11.9%": its is Volvo's
        subject = _holder(verb)
        return _phrase(subject, inside) if subject is not None and subject.pos_ != "PRON" \
            and measured not in subject.subtree else None
    if owner is None and measured is not None and measured.dep_ == "appos" and measured.head.pos_ == "PROPN":
        return _phrase(measured.head, inside | {t.i for t in measured.subtree})
    held = measured
    while held is not None and held.dep_ == "conj" and held.head.pos_ == "NOUN":
        held = held.head  # "with an annual capacity of 18.2m tonnes and a 13% market share": the share too
    if owner is None and held is not None and verb is not None and held.dep_ == "pobj" and held.head.lower_ == "with" \
            and held.head.head == verb:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.pos_ == "PROPN" and measured not in subject.subtree:
            return _phrase(subject, inside)  # "ACC is India's biggest cement maker, with an annual capacity of 18.2m
            # tonnes": what the clause's named subject has
    if verb is None or (share and owner is None and measured is not None and measured.dep_ == "pobj"
                        and measured.head.lower_ == "of" and measured.head.head.i in inside) \
            or not _argument_of(anchor, verb):
        return None  # "70% of the index": a share of the thing, said of nothing else
    given = _given_with(anchor, verb)
    if given is not None:
        return _phrase(given, inside)  # "leaving the Tories with just 163 MPs": theirs, not the subject's
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subject = subjects[0] if subjects else _holder(verb)
    if subject is None or subject.pos_ == "PRON" or anchor in subject.subtree or measured is not None and (
            measured in subject.subtree or subject in measured.subtree):
        scope = None if money else _scope(anchor, verb, measured)  # "mileage rose to 23 mpg for small cars"
        return _phrase(scope, inside) if scope is not None else _dash_topic(anchor.sent, measured)
    parts = [p for p in (_phrase(s, inside) for s in subjects[:2] if s.i < verb.i) if p is not None]
    if len(parts) == 2 and subjects[1].left_edge.i == subjects[0].right_edge.i + 1:
        return f"{parts[0][0]} {parts[1][0]}", parts[0][1], parts[1][2], parts[1][3]  # a split subject, rejoined
    return _phrase(subject, inside)


DASHES = {"—", "–", "-", ":"}


def _dash_topic(sent: Span, measured: Token | None) -> Phrase | None:
    """"Carnival — The cruise operator gained 2.2%": a name set before a dash at the start of the sentence, as
    market round-ups write them, is whose the described thing is."""
    end = sent.start
    while end < sent.end and sent.doc[end].is_title and sent.doc[end].pos_ in {"PROPN", "NOUN"}:
        end += 1
    if end == sent.start or end >= sent.end - 1 or sent.doc[end].text not in DASHES \
            or not sent.doc[end].whitespace_ or measured is None or measured.i < end:
        return None
    first, last = sent.doc[sent.start], sent.doc[end - 1]
    return sent.doc[sent.start:end].text, first.idx, last.idx + len(last), last


def _scope(anchor: Token, verb: Token | None, measured: Token | None) -> Token | None:
    """What a level is given for, after the number: "mileage rose from 21 mpg to 23 for small cars", "fees
    which range from 1% to 2% for management"; never a time ("for the year"), a count ("for four fillets") or
    the measured thing itself; an amount of money is paid for what it measures ("$30 for the remote")."""
    heads = [anchor, anchor.head] + ([verb] if verb is not None else [])
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i > anchor.i:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"} and pobj != measured \
                        and not pobj.ent_type_ and (measured is None or pobj not in measured.subtree) \
                        and not any(c.like_num for c in pobj.children):
                    return pobj
    return None


def _what_changed(doc: Doc, changed: Token, measured: Phrase | None, inside: set[int]) -> Phrase | None:
    """What a noun of change is in, as its "in" phrase says ("an increase in the minimum wage to £5.60 an hour",
    "Increase in the stamp duty threshold from £60,000"), past a date the parse stops at ("an 8.3% increase in
    January worldwide sales"); never a place ("sales growth of at least 10% in Asia": where the change is). Without
    one, ``measured`` as read, unless it is the noun of change run into its date ("a 0.6% rise in November" read as
    "rise November"): then nothing ("growth of 0.1%" keeps its growth)."""
    within = next((p for p in changed.children if p.dep_ == "prep" and p.lower_ == "in"), None)
    what = next((o for o in within.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}), None) \
        if within is not None else None
    if what is not None and what.ent_type_ in {"DATE", "TIME"}:
        run = []  # the noun the date's words run on to ("month on month industrial output"), wherever the parse
        for t in doc[what.i + 1:min(len(doc), what.i + 6)]:  # hangs it
            if t.pos_ not in {"ADJ", "NOUN"} and not (t.ent_type_ in {"DATE", "TIME"} or t.lower_ == "on"):
                break
            run.append(t)
        nouns = [t for t in run if t.pos_ == "NOUN" and t.ent_type_ not in {"DATE", "TIME"}]
        what = nouns[-1] if nouns and nouns[-1] is run[-1] else None
    found = _phrase(what, inside) if what is not None and what.ent_type_ not in {"GPE", "LOC", "NORP"} else None
    dated = within is not None and what is None and measured is not None and measured[1] <= within.idx < measured[2]
    return found or (None if dated and measured[3].i == changed.i else measured)


def _since_the_last(anchor: Token) -> bool:
    """A length of time after "in" on a first or a superlative ("for the first time in 30 years", "its highest
    level in a decade", "the worst month in five years"): how long since it was last so."""
    preposition = anchor.head if anchor.dep_ == "pobj" else None
    if preposition is None or preposition.lower_ not in {"in", "for", "since"} or preposition.i > anchor.i:
        return False
    head = preposition.head  # (the parse may hang "in" on the verb: "hit its highest level in five years")
    nouns = [head] + [c for c in head.children if c.dep_ in {"dobj", "attr"} and c.i < preposition.i] \
        if head.pos_ in {"VERB", "AUX"} else [head]
    return any(noun.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "advmod"} and (c.lower_ in {"first", "last"} or c.tag_ == "JJS") for c in noun.children)
        for noun in nouns)


def _argument_of(anchor: Token, verb: Token) -> bool:
    """The number's phrase is the verb's object, complement or adjunct, at most three steps below it and not
    through a list or an apposition ("pay the hefty sum of 333.6 million yen", "pay for the 278kg tuna")."""
    node, steps = anchor, 0
    while node != verb:
        if node.dep_ in {"conj", "appos"} or node.head == node or steps == 3:
            return False
        node, steps = node.head, steps + 1
    return True


def _completed(verb: Token) -> Token:
    """The verb a chain of open complements completes ("expected to rise": expected)."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    return verb


def _noun_above(anchor: Token, inside: set[int]) -> Phrase | None:
    """With no verb, the noun the number's phrase hangs from ("a pixel pitch as high as 352 μm")."""
    node = anchor
    while node.head != node and node.head.pos_ in {"ADP", "ADJ", "ADV", "NUM", "SYM"}:
        node = node.head
    head = node.head
    if head != node and head.pos_ in {"NOUN", "PROPN"} and head.i not in inside:
        return _phrase(head, inside)
    return None


def _name_before(quantity: Span) -> Phrase | None:
    """A market table's figure measures the name written just before it ("FTSE -0.6%", "Stoxx 50 -1.3%",
    "Toronto Stock Exchange (16369.03 up 58.06 points)")."""
    doc, i = quantity.doc, quantity.start - 1
    if i >= 0 and doc[i].text in {"(", ":"}:
        i -= 1
    end = i
    while i >= quantity.sent.start and (doc[i].pos_ == "PROPN" and not doc[i].is_lower
                                        or doc[i].is_digit and i > 0 and doc[i - 1].pos_ == "PROPN"):
        i -= 1
    if i == end or doc[end].dep_ in {"dative", "dobj"} and doc[end].head.pos_ == "VERB":
        return None  # (not whom a sum is paid, a verb's object: "they will pay Rangers £150,000")
    first, last = doc[i + 1], doc[end]
    return doc[i + 1:end + 1].text, first.idx, last.idx + len(last), last


def _holder(verb: Token) -> Token | None:
    """The subject a verb's number is about, the passive one too, and the one of the verb it completes
    ("prices are expected to increase 5%", "the highway is set to stretch over 2,000km"); not the subject a gerund
    after a preposition takes from its clause ("the report sees growth slow before recovering to 3.1%", "Despite
    making a record $648m profit, Qantas ..."): the doer, at most, and the agent says it."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in GERUND_PREPOSITIONS:
        return None
    while True:
        subject = subject_of(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        infinitive = verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if infinitive and subject == verb.head:
            return None  # "The ability to run 26.2 miles is rare": no ability run, the noun the subject of "is"
        if subject is None and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and not infinitive:
            return verb.head  # "with dairy prices expected to increase 4%": the noun the clause describes
        if subject is not None or verb.dep_ != "xcomp" or verb.head == verb:
            return subject
        verb = verb.head


def _respectively(doc: Doc, quantities: list[Quantity], resolve: Resolver) -> None:
    """"Johan Kronberg and Vicente Dorival clocked 6.63 and 6.65 seconds respectively", "Tesco and Asda cut prices
    by 5% and 3% respectively": as many amounts of one verb as the names listed as its subject, in a sentence that
    says "respectively", are theirs in order (each its agent and holder; the list no thing measured)."""
    by_verb: dict[int, list[Quantity]] = {}
    for quantity in quantities:
        if quantity.event_index is not None:
            by_verb.setdefault(quantity.event_index, []).append(quantity)
    for index, amounts in by_verb.items():
        verb = doc[index]
        if len(amounts) < 2 or not any(t.lower_ == "respectively" for t in verb.sent):
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        names = [subject, *subject.conjuncts] if subject is not None else []
        entities = [resolve(name) for name in names]
        if len(names) != len(amounts) or any(e is None for e in entities):
            continue
        listed = (names[0].left_edge.idx, names[-1].idx + len(names[-1]))
        for quantity in amounts:
            if quantity.measured_span is not None and listed[0] <= quantity.measured_span[0] < listed[1]:
                quantity.measured = quantity.measured_span = None
        shared = next(((q.measured, q.measured_span) for q in amounts if q.measured is not None), (None, None))
        for quantity, name, entity in zip(amounts, names, entities):
            mention = next((e for e in doc.ents if e.start <= name.i < e.end), doc[name.i:name.i + 1])
            quantity.agent, quantity.holder = entity, mention.text
            quantity.holder_span = (mention.start_char, mention.end_char)
            if quantity.measured is None:
                quantity.measured, quantity.measured_span = shared  # "cut prices by 5% and 3%": the prices, each


def _a_day_or_date(token: Token) -> bool:
    """A word of a date the models read ("month on month", "Christmas") or a weekday's name ("Friday")."""
    return token.ent_type_ in {"DATE", "TIME"} or token.lower_ in WEEKDAYS


def _owned_through_a_pronoun(doc: Doc, text: str, quantities: list[Quantity], resolve: Resolver) -> None:
    """"Rusedski had a poor year. His ranking is down at 168": a measured noun "his" or "her" owns is the person the
    pronoun stands for, where the sentence names no holder: the holder is that person, as the article last names them
    before the pronoun. (Not "its": which organisation, place or thing it stands for is too often misread, "the
    government said its estimate", "Park City, which sees its population rise".)"""
    for quantity in quantities:
        if quantity.holder is not None or quantity.measured_span is None:
            continue
        measured = doc.char_span(*quantity.measured_span, alignment_mode="expand")
        owner = next((c for c in measured.root.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}),
                     None) if measured is not None else None
        entity = resolve.person_owning(owner) if owner is not None else None
        named = max((m for m in entity.mentions if m[1] <= owner.idx), default=None) if entity is not None else None
        if named is not None:
            quantity.holder, quantity.holder_span = text[named[0]:named[1]], tuple(named)


def _a_ranking_s_top(token: Token) -> bool:
    """"entered the UK top 20", "Doom 3 did not make it to the top 20": the size of a ranking's head, which names a
    set and counts nothing said of it (not a share: "the top 1% of earners"; nor a count of the things it ranks: "the
    top 10 banks hold 60% of deposits")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.like_num and token.i > 0 and doc[token.i - 1].lower_ == "top" and not (
        after is not None and (after.text in {"%", "per", "percent"} or after.tag_ == "NNS"))


#: Plural pronouns a number counts ("two of them"): what they stand for is the count's noun.
COUNTED_PRONOUNS = frozenset({"them", "those", "these", "they"})


def _counted_through_a_pronoun(doc: Doc, quantities: list[Quantity]) -> None:
    """"Four men attacked him. Two of them were arrested": a number counting "them" counts the things a larger
    count before it, in its sentence or the one before, counted (men; a share, "half of those", only in its own
    sentence: "9.3 goals a season - half of those"); nothing where there is no such count ("they" is no thing
    counted). Not "those" a phrase describes ("half of those questioned"): they are counted as written."""
    for k, quantity in enumerate(quantities):
        if quantity.counted_phrase is None or quantity.counted_phrase.lower() not in COUNTED_PRONOUNS:
            continue
        number = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        pronoun = next((t for t in doc[number.end:number.end + 4] if t.lower_ == quantity.counted_phrase.lower()), None)
        if pronoun is not None and (pronoun.n_lefts or pronoun.n_rights):
            continue
        sentence = number.sent
        opening = doc[sentence.start - 1].sent.start_char if sentence.start > 0 and quantity.value >= 1 \
            else sentence.start_char
        larger = next((q for q in reversed(quantities[:k]) if q.start >= opening and q.unit is None
                       and q.counted is not None and q.counted_phrase.lower() not in COUNTED_PRONOUNS
                       and (q.high or q.value) > quantity.value), None)
        if larger is not None:
            quantity.counted = larger.counted
        else:
            quantity.counted = quantity.counted_phrase = None


def _held_by_a_description(doc: Doc, text: str, quantities: list[Quantity], resolve: Resolver) -> None:
    """"Acme Holdings sells tiles. The company's profits fell 5%": a holder written as "the" and a noun that
    describes an organisation (org_nouns.json "description_nouns": "the company", "the German carmaker", "the
    bank") is the body it refers to, as the article last names it before the description (the resolver's reading;
    none where it finds none)."""
    for quantity in quantities:
        if quantity.holder_span is None:
            continue
        holder = doc.char_span(*quantity.holder_span, alignment_mode="expand")
        root = holder.root if holder is not None else None
        if root is None or not a_body_described(root) or any(t.ent_type_ for t in holder if t.i != root.i):
            continue  # (not "the London meeting", "the ISEQ index": a name in the phrase is no description)
        entity = resolve(root)
        named = max((m for m in entity.mentions if m[1] <= root.idx), default=None) \
            if entity is not None and entity.label in {"ORG", "GPE", "PERSON"} else None
        if named is not None:
            quantity.holder, quantity.holder_span = text[named[0]:named[1]], tuple(named)


def _measured_by_it(doc: Doc, text: str, quantities: list[Quantity]) -> None:
    """"Brazil's unemployment rate fell to 9.6% in December. It was 10.6% in November.": a rate whose verb's subject
    is "it", measuring nothing of its own, measures what the rate before it in the same paragraph measured (the
    phrase and the holder it gave)."""
    for before, quantity in zip(quantities, quantities[1:]):
        if quantity.measured is not None or quantity.unit != "percent" or before.unit != "percent" \
                or before.measured is None or "\n" in text[before.end:quantity.start]:
            continue
        number = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        verb = verb_above(number.root) if number is not None else None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None) \
            if verb is not None else None
        if subject is not None and subject.lower_ == "it" and subject.sent.start > 0 \
                and before.start >= doc[subject.sent.start - 1].sent.start_char:
            quantity.measured, quantity.measured_span = before.measured, before.measured_span
            quantity.holder, quantity.holder_span = before.holder, before.holder_span


def _owner_written_before(doc: Doc, start: int) -> Phrase | None:
    """"Unison's 800,000, the TGWU's 70,000 and Amicus' 20,000": a name right before the amount and a possessive
    mark owns it, whatever head the parse hangs the amount on (a list of owners' amounts is often misread)."""
    if start < 2 or doc[start - 1].text not in {"'s", "’s", "'", "’"}:
        return None
    owner = next((e for e in doc.ents if e.end == start - 1 and e.label_ in {"ORG", "PERSON", "GPE", "NORP"}), None)
    return (owner.text, owner.start_char, owner.end_char, owner.root) if owner is not None else None


def _phrase(head: Token, inside: set[int]) -> Phrase | None:
    """The content words of the noun phrase under ``head``, without its clauses and the quantity itself, the
    span of the phrase and its head; None when only function words are left."""
    described = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"), None) \
        if head.lower_ == "those" else None
    if described is not None and not inside & {t.i for t in described.subtree}:
        # "4% of those questioned", "those surveyed in May": the people the participle describes
        words = sorted([head, *described.subtree], key=lambda t: t.i)
        return head.doc[words[0].i:words[-1].i + 1].text, words[0].idx, words[-1].idx + len(words[-1]), head
    listed = inside & {t.i for t in head.subtree} and not any(c.lower_ == "between" for c in head.children)
    clauses = {t.i for c in head.children if c.dep_ in {"relcl", "acl", "advcl"}
               or c.dep_ != "compound" and inside & {t.i for t in c.subtree}
               or listed and c.dep_ in {"conj", "cc"} and c.i > head.i and c.ent_iob_ != "I"
               or c.dep_ == "conj" and any(t.like_num and t.i not in inside for t in c.subtree)
               or c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"}
               or c.dep_ == "prep" and c.lower_ == "from" and head.pos_ == "NOUN" and _from_a_person(c)
               for t in c.subtree}  # its clauses, the phrase holding the quantity ("the offer [of C $6 ...]"),
    # the things listed after a noun the number is written in ("15% interest rates[, record home repossessions and
    # the poll tax]", "a $160bn telecoms giant [and the darling of investors]": the number is the first's; not
    # "Delta and Continental fell 7%", "the rate between the dollar and the yen", "Johnson & Johnson") and a time
    # owning it, a thing joined to it with a number of its own ("a $3500 mortgage [and two kids]") and the person
    # it comes from ("a legacy [from Mary Tolland] of £80,000": the giver is no part of the gift)
    # ("[this year's] MSRP", "[last year's] profit": the date is a date fact, not what is measured)
    words = [t for t in head.subtree if t.i not in inside and t.i not in clauses]
    content = [t for t in words if (t.pos_ not in MEASURED_SKIP or _turns_over(t)) and not (  # "S&P 500" keeps
        t.like_num and t.pos_ == "NUM" and t.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})]
    if not content or all(t.ent_type_ in {"DATE", "TIME"} for t in content):
        return None  # "in the last week had 22 burglaries": a time is no thing measured
    doc, whole = head.doc, {t.i: t for t in content}
    for t in content:  # "e-mail", "value-for-money", split at their hyphens: whole
        i = t.i
        while i + 2 < len(doc) and doc[i].is_alpha and _tight_hyphen(doc, i + 1) and doc[i + 2].is_alpha:
            whole.update({i + 1: doc[i + 1], i + 2: doc[i + 2]})
            i += 2
    content = sorted(whole.values(), key=lambda t: t.i)
    text = "".join(t.text + (t.whitespace_ if t.i + 1 < len(t.doc) and t.doc[t.i + 1] in content else " ")
                   for t in content).strip()
    return text, content[0].idx, content[-1].idx + len(content[-1]), head


def _from_a_person(preposition: Token) -> bool:
    """"from Mary Tolland": a preposition whose object is a person's name."""
    return any(c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in preposition.children)


def _turns_over(word: Token) -> bool:
    """A function word that makes what is measured its opposite ("out of work", "without power", "not insured")."""
    return word.lower_ in MEASURED_POLARITY_WORDS or (
        word.lower_ == "of" and word.i > 0 and word.doc[word.i - 1].lower_ == "out")


def _noun_phrase(noun: Token) -> list[Token]:
    words = [t for t in noun.lefts if t.dep_ in {"amod", "compound", "nmod"} for t in t.subtree]
    return sorted(words + [noun], key=lambda t: t.i)


PERIOD_WORDS = frozenset({"year", "quarter", "half", "month", "week", "period", "interim"})


def _of_a_period(token: Token) -> bool:
    """A modifier of a company figure that says only when it was earned: "for the year to 31 December", "six month",
    "interim", "first-half"."""
    if token.dep_ == "prep" and token.lower_ in {"for", "in", "over", "to", "until"}:
        return any(o.dep_ == "pobj" and (o.lemma_.lower() in PERIOD_WORDS or o.ent_type_ == "DATE")
                   for o in token.children)
    return token.ent_type_ == "DATE" or token.dep_ in {"compound", "amod", "nmod", "npadvmod"} and (
        token.lemma_.lower() in PERIOD_WORDS or token.lower_.endswith(("-half", "-year")))


def _past_and_a_fraction(doc: Doc, i: int) -> int:
    """Where "and a half" or "and a quarter" starting at token ``i`` ends ("two and a half years", "a
    two-and-a-half year high"), or ``i``."""
    words = [t for t in doc[i:i + 7] if t.text != "-"][:3]
    if len(words) == 3 and words[0].lower_ == "and" and words[1].lower_ in {"a", "an"} \
            and words[2].lower_ in {"half", "quarter"}:
        return words[2].i + 1
    return i


def _bounds_a_number(word: Token) -> bool:
    """"over" in "made over $60m": a bound's word right before a number (or a currency sign and a number); not "up"
    in "went up 5%"."""
    if word.lower_ not in {"over", "under", "about", "around", "nearly", "almost", "roughly"}:
        return False
    doc, i = word.doc, word.i + 1
    if i < len(doc) and doc[i].is_currency:
        i += 1
    return i < len(doc) and doc[i].like_num


def _organisation_at(doc: Doc, i: int, resolve: Resolver) -> Entity | None:
    """The organisation named after an "at" right after a number ending at token ``i`` ("28% at clothing retailer Bebe
    Stores"), whoever the clause's subject is."""
    if i >= len(doc) or doc[i].lower_ != "at":
        return None
    return next((e for o in doc[i].children if o.dep_ == "pobj" for e in [resolve(o)]
                 if e is not None and e.label == "ORG"), None)


def _named_organisation_at(doc: Doc, i: int, resolve: Resolver) -> Phrase | None:
    """The organisation named in the phrase after an "at" at token ``i`` ("at Argonaut headquarters in Edgware":
    Argonaut), as a phrase of its mention's words; None where the phrase names none ("at the site")."""
    if i >= len(doc) or doc[i].lower_ != "at":
        return None
    for place in (c for c in doc[i].children if c.dep_ == "pobj"):
        words = [t for t in place.subtree if (e := resolve.entity_at(t)) is not None and e.label == "ORG"]
        if words and words[-1].i - words[0].i == len(words) - 1:
            first, last = words[0], words[-1]
            return doc[first.i:last.i + 1].text, first.idx, last.idx + len(last), last
    return None


#: The words a figure's direction may follow: "closed 16% down", "ended 0.4 per cent up", "finished 12 points down".
FIGURE_ENDS = frozenset({"%", "percent", "cent", "point", "points", "pence", "p"})


def _direction_after_a_figure(word: Token) -> bool:
    """"up" or "down" written right after a figure ("ended 0.4% up at 4,900"): the change's direction, not a particle
    of the verb (no "end up")."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return word.lower_ in {"up", "down"} and before is not None and (before.like_num or before.lower_ in FIGURE_ENDS)


def _event_and_agent(token: Token, verb: Token | None, resolve: Resolver, currencies=frozenset()):
    if verb is None:
        return None, None
    # a particle of the verb, not a bound of the number read as one ("it made over $60m"); a prefix joined by a
    # hyphen, the verb after it ("re-issued" -> re-issue)
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if _tight_hyphen(doc, verb.i + 1) and doc[verb.i + 2].pos_ == "VERB":
        lemma = f"{verb.lower_}-{doc[verb.i + 2].lemma_.lower()}"
    event = " ".join([lemma] + [c.lower_ for c in verb.children if c.dep_ == "prt" and not _bounds_a_number(c)
                                and not _direction_after_a_figure(c)])
    subject = subject_of(verb)
    if subject is not None and token in subject.subtree and verb not in subject.subtree:
        # the number is in the subject ("150 people died"), not in a relative clause on it
        return event, None
    agent = resolve(subject)
    if agent is not None and agent.label == "NORP" and resolve.entity_at(subject) is None \
            and subject.lemma_.lower() in currencies:
        agent = None  # "The Indonesian rupiah lost 0.6%": a currency does it, not the people its word names (but
        # "Kenyan forces carried out 60 raids": the people's own forces)
    if agent is None and subject is not None and subject.pos_ == "NOUN":  # "Shares in Marlow rose 3.5%": Marlow's
        agent = next((e for p in subject.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                      if o.dep_ == "pobj" and (e := resolve.entity_at(o)) is not None and e.label == "ORG"), None)
    return event, agent


def _place_said_of(measured: Token, agent: Entity | None, verb: Token | None, resolve: Resolver) -> Token | None:
    """The word on the measured noun that names the agent when that agent is a place or a people and the noun is the
    verb's subject ("UK exports rose 5%", "Russian sales fell"): the figure is said of the place, not done by it."""
    subject = subject_of(verb) if verb is not None else None
    if agent is None or agent.label not in {"GPE", "NORP", "LOC"} or subject is None or subject.i != measured.i \
            or resolve.entity_at(measured) is not None:
        return None
    return next((c for c in measured.children if c.dep_ in {"compound", "poss", "nmod", "amod"}
                 and resolve.entity_at(c) is agent), None)


def _link_claims(doc: Doc, quantities: list[Quantity]) -> None:
    """Link a claim whose verb depends on another claim's verb in the same sentence.

    "conducted about 45 strikes ..., killing more than 150 people": the killing
    (an adverbial clause of "conducted") follows from the strikes.
    """
    by_verb: dict[int, Quantity] = {}
    for quantity in quantities:
        if quantity.event_index is not None:
            by_verb.setdefault(quantity.event_index, quantity)
    for quantity in quantities:
        if quantity.event_index is None:
            continue
        verb = doc[quantity.event_index]
        if verb.dep_ in {"advcl", "conj", "xcomp", "ccomp"} and verb.head.i in by_verb:
            parent = by_verb[verb.head.i]
            if parent is not quantity and verb.sent.start == doc[parent.event_index].sent.start:
                quantity.linked_to = parent


def _calendar_period(doc: Doc, start: int, end: int) -> bool:
    """"the last three months of 2004", "the first six months of the year": a duration that an edge of a calendar
    period opens and "of" a year closes names that part of the calendar (a date), not a length of time."""
    return start >= 2 and doc[start - 1].lower_ in {"last", "first", "final", "opening", "closing"} \
        and doc[start - 2].lower_ == "the" and end + 1 < len(doc) and doc[end].lower_ == "of" and (
            doc[end + 1].ent_type_ == "DATE" or doc[end + 1].like_num and len(doc[end + 1].text) == 4
            or doc[end + 1].lower_ == "the" and end + 2 < len(doc) and doc[end + 2].lower_ == "year")


def _a_name_opened_by_a_number(token: Token) -> bool:
    """"Six" of "the Six Nations": a capitalised number word opening a name."""
    return token.is_title and token.like_num and token.ent_iob_ == "B" and token.ent_type_ in NAME_ENTITY_TYPES


def _first_of_listed_figures(doc: Doc, start: int) -> int:
    """Where a list of bare figures joined by commas, "and" or "or" that ends with the one at ``start`` begins
    ("1" of "Key Stages 1, 3 and 4"); ``start`` itself where the figure is listed after none."""
    first = start
    while doc[first].is_digit:
        i = first - 1
        while i > 0 and doc[i].lower_ in {",", "and", "or", "&"} and first - i <= 2:
            i -= 1
        if i == first - 1 or not doc[i].is_digit:
            break
        first = i
    return first
