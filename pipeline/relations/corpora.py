"""Relation training sets as spaCy Docs: CoNLL04 and CrossRE, mapped to the project's labels.

File layouts (both tokenised, one sentence per item):

- CoNLL04 as SpERT distributes it, ``conll04_{train,dev,test}.json``: a JSON list of
  ``{"tokens": [...], "entities": [{"type", "start", "end"}], "relations": [{"type", "head", "tail"}]}``;
  entity ``end`` is exclusive, ``head``/``tail`` index ``entities``.
- CrossRE, ``{domain}-{train,dev,test}.json`` (ai, literature, music, news, politics, science): JSON lines of
  ``{"doc_key", "sentence": [...], "ner": [[start, end, type]], "relations": [[h_start, h_end, t_start, t_end,
  label, explanation, uncertain, syntax_ambiguity]]}``; token ``end`` is inclusive.

Entity types become OntoNotes labels (``CONLL04_TYPES``, ``CROSSRE_TYPES``); a type with no entry (CoNLL04
``Other``; CrossRE ``misc``, ``event``, ``product``, ``algorithm``…) is not a relation candidate, and the
relations it takes part in are dropped. Relation labels become predicates:

| set | label (subject → object) | predicate |
|---|---|---|
| CoNLL04 | Work_For (Peop → Org) | works_for |
| CoNLL04 | Kill (Peop → Peop) | killed |
| CoNLL04 | OrgBased_In (Org → Loc) | based_in |
| CoNLL04 | Live_In (Peop → Loc) | lives_in |
| CoNLL04 | Located_In (Loc → Loc) | located_in |
| CrossRE | role (person → organisation) | works_for |
| CrossRE | part-of (person → organisation) | member_of |
| CrossRE | physical (organisation → place) | based_in |
| CrossRE | physical, part-of (place → place) | located_in |

Every other CrossRE label or argument pair is dropped (``physical`` of a person is presence, not residence;
``opposite``, ``win-defeat``, ``social``, ``general-affiliation``, ``named``, ``related-to``, ``usage``,
``artifact``, ``origin``, ``topic``, ``temporal``, ``compare``, ``cause-effect``, ``type-of`` have no
counterpart), and the pair stays a negative example.

A sentence becomes a Doc of its tokens joined by single spaces: its candidate entities are ``doc.ents``, and
each gold relation is a pair of spans at the same position in the span groups ``SUBJECTS`` and ``OBJECTS``,
both labelled with the predicate. ``DocBin`` keeps span groups, so the ``.spacy`` training files carry the
relations as spans.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..errors import ErrorCode, NewsfactsError

__all__ = ["SUBJECTS", "OBJECTS", "RelationSentence", "read_conll04", "read_crossre", "to_doc", "write_docbin",
           "split_files"]

SUBJECTS = "newsfacts_rel_subjects"
OBJECTS = "newsfacts_rel_objects"

PLACES = frozenset({"GPE", "LOC", "FAC"})

CONLL04_TYPES = {"Peop": "PERSON", "Org": "ORG", "Loc": "GPE"}
CONLL04_PREDICATES = {"Work_For": "works_for", "Kill": "killed", "OrgBased_In": "based_in", "Live_In": "lives_in",
                      "Located_In": "located_in"}

CROSSRE_TYPES = {
    "person": "PERSON", "politician": "PERSON", "writer": "PERSON", "musicalartist": "PERSON",
    "scientist": "PERSON", "researcher": "PERSON",
    "organisation": "ORG", "politicalparty": "ORG", "band": "ORG", "university": "ORG",
    "country": "GPE", "location": "LOC",
}
# (CrossRE label, subject labels, object labels) -> predicate; the first rule that fits wins.
CROSSRE_RULES = [
    ("role", {"PERSON"}, {"ORG"}, "works_for"),
    ("part-of", {"PERSON"}, {"ORG"}, "member_of"),
    ("physical", {"ORG"}, PLACES, "based_in"),
    ("physical", PLACES, PLACES, "located_in"),
    ("part-of", PLACES, PLACES, "located_in"),
]


@dataclass
class RelationSentence:
    """One tokenised sentence: entities as (start, end exclusive, label), relations as (head, tail, predicate)
    indexing ``entities``."""

    key: str
    tokens: list[str]
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    relations: list[tuple[int, int, str]] = field(default_factory=list)


def _bad(path: Path, where: object, reason: str) -> NewsfactsError:
    return NewsfactsError(ErrorCode.BAD_GOLD, path=path, where=where, reason=reason)


def _checked(path: Path, where: object, tokens: object, spans: list[tuple[int, int]]) -> list[str]:
    if not isinstance(tokens, list) or not tokens or not all(isinstance(t, str) and t for t in tokens):
        raise _bad(path, where, "tokens must be a non-empty list of non-empty strings")
    for start, end in spans:
        if not 0 <= start < end <= len(tokens):
            raise _bad(path, where, f"entity tokens {start}..{end} fall outside the {len(tokens)} tokens")
    return tokens


def read_conll04(path: Path) -> Iterator[RelationSentence]:
    """Sentences of one SpERT-format CoNLL04 file, labels mapped."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise _bad(path, "", str(err)) from None
    if not isinstance(data, list):
        raise _bad(path, "", "expected a JSON list of sentences (SpERT format)")
    for n, item in enumerate(data, start=1):
        where = f"sentence {n}"
        try:
            raw = [(int(e["start"]), int(e["end"]), str(e["type"])) for e in item["entities"]]
            rels = [(int(r["head"]), int(r["tail"]), str(r["type"])) for r in item["relations"]]
        except (KeyError, TypeError, ValueError) as err:
            raise _bad(path, where, f"needs tokens, entities and relations ({err!r})") from None
        tokens = _checked(path, where, item.get("tokens"), [(s, e) for s, e, _ in raw])
        if any(not (0 <= h < len(raw) and 0 <= t < len(raw)) for h, t, _ in rels):
            raise _bad(path, where, "a relation's head or tail is not an entity index")
        kept = {i: (s, e, CONLL04_TYPES[kind]) for i, (s, e, kind) in enumerate(raw) if kind in CONLL04_TYPES}
        yield _sentence(str(item.get("orig_id", f"{Path(path).stem}-{n}")), tokens, kept,
                        [(h, t, CONLL04_PREDICATES[label]) for h, t, label in rels
                         if label in CONLL04_PREDICATES and h in kept and t in kept])


def read_crossre(path: Path) -> Iterator[RelationSentence]:
    """Sentences of one CrossRE JSON-lines file, labels mapped."""
    try:
        lines = Path(path).read_text(encoding="utf8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise _bad(path, "", str(err)) from None
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            raw = [(int(s), int(e) + 1, str(kind)) for s, e, kind in item["ner"]]
            rels = [((int(r[0]), int(r[1]) + 1), (int(r[2]), int(r[3]) + 1), str(r[4])) for r in item["relations"]]
        except json.JSONDecodeError as err:
            raise _bad(path, f"line {n}", f"malformed JSON ({err.msg})") from None
        except (KeyError, TypeError, ValueError, IndexError) as err:
            raise _bad(path, f"line {n}", f"needs sentence, ner and relations ({err!r})") from None
        tokens = _checked(path, f"line {n}", item.get("sentence"), [(s, e) for s, e, _ in raw])
        kept = {i: (s, e, CROSSRE_TYPES[kind]) for i, (s, e, kind) in enumerate(raw) if kind in CROSSRE_TYPES}
        index = {(s, e): i for i, (s, e, _) in kept.items()}
        relations = []
        for head, tail, label in rels:
            h, t = index.get(head), index.get(tail)
            predicate = _crossre_predicate(label, kept[h][2], kept[t][2]) if h is not None and t is not None else None
            if predicate is not None:
                relations.append((h, t, predicate))
        yield _sentence(str(item.get("doc_key", f"{Path(path).stem}-{n}")), tokens, kept, relations)


def _crossre_predicate(label: str, head: str, tail: str) -> str | None:
    for rule_label, heads, tails, predicate in CROSSRE_RULES:
        if label == rule_label and head in heads and tail in tails:
            return predicate
    return None


def _sentence(key: str, tokens: list[str], kept: dict[int, tuple[int, int, str]],
              relations: list[tuple[int, int, str]]) -> RelationSentence:
    """Renumber the kept entities and drop repeated relations (CrossRE labels two ways what maps to one)."""
    order = sorted(kept)
    new = {old: i for i, old in enumerate(order)}
    unique = list(dict.fromkeys((new[h], new[t], p) for h, t, p in relations if h != t))
    return RelationSentence(key, tokens, [kept[i] for i in order], unique)


def to_doc(vocab: Vocab, sentence: RelationSentence) -> Doc:
    """The sentence as a Doc with its entities in ``doc.ents`` and its relations in the two span groups."""
    doc = Doc(vocab, words=sentence.tokens, spaces=[True] * (len(sentence.tokens) - 1) + [False])
    spans = [Span(doc, s, e, label=label) for s, e, label in sentence.entities]
    doc.ents = filter_spans(spans)  # the longest of overlapping entities
    kept = {(span.start, span.end) for span in doc.ents}
    subjects, objects = [], []
    for head, tail, predicate in sentence.relations:
        h, t = spans[head], spans[tail]
        if (h.start, h.end) in kept and (t.start, t.end) in kept:
            subjects.append(Span(doc, h.start, h.end, label=predicate))
            objects.append(Span(doc, t.start, t.end, label=predicate))
    doc.spans[SUBJECTS] = subjects
    doc.spans[OBJECTS] = objects
    return doc


def write_docbin(vocab: Vocab, sentences: Iterable[RelationSentence], path: Path) -> dict[str, int]:
    """Save the sentences as a ``.spacy`` file; returns how many sentences and relations per predicate."""
    docbin, counts = DocBin(), {"sentences": 0}
    for sentence in sentences:
        doc = to_doc(vocab, sentence)
        docbin.add(doc)
        counts["sentences"] += 1
        for span in doc.spans[SUBJECTS]:
            counts[span.label_] = counts.get(span.label_, 0) + 1
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return counts


def split_files(folder: Path, kind: str, split: str) -> list[Path]:
    """The files of one split of one set (``kind``: conll04 or crossre) anywhere under its folder."""
    pattern = {"conll04": f"conll04_{split}.json", "crossre": f"*-{split}.json"}[kind]
    return sorted(p for p in Path(folder).glob(f"**/{pattern}") if p.is_file())
