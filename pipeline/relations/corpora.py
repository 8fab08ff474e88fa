"""Relation training sets as spaCy Docs: CoNLL04 and CrossRE, mapped to the project's labels.

The files are parsed by :mod:`pipeline.relations.formats` (shared with the evaluator): CoNLL04 in the
shipped multi-head token format (``{train,dev}.txt``) or as SpERT distributes it (``conll04_{split}.json``),
and CrossRE's JSON lines, ``{domain}-{split}.json`` in ``crossre_data/`` and ``news-{split}.json`` in
``crossre_extension/``.

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

from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from ..errors import ErrorCode, NewsfactsError
from . import formats
from .formats import RelationSentence

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


def _read(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf8")
    except (OSError, UnicodeDecodeError) as err:
        raise NewsfactsError(ErrorCode.UNREADABLE, path=path, reason=err) from None


def read_conll04(path: Path) -> Iterator[RelationSentence]:
    """Sentences of one CoNLL04 file (multi-head tokens or SpERT JSON), labels mapped."""
    for sentence in formats.read_conll04(Path(path), _read(path)):
        yield _mapped(sentence, CONLL04_TYPES, lambda label, head, tail: CONLL04_PREDICATES.get(label))


def read_crossre(path: Path) -> Iterator[RelationSentence]:
    """Sentences of one CrossRE JSON-lines file, labels mapped."""
    for sentence in formats.read_crossre(Path(path), _read(path)):
        yield _mapped(sentence, CROSSRE_TYPES, _crossre_predicate)


def _crossre_predicate(label: str, head: str, tail: str) -> str | None:
    for rule_label, heads, tails, predicate in CROSSRE_RULES:
        if label == rule_label and head in heads and tail in tails:
            return predicate
    return None


def _mapped(sentence: RelationSentence, types: dict[str, str],
            predicate_of: Callable[[str, str, str], str | None]) -> RelationSentence:
    """The entities whose type maps, renumbered, and the relations between them whose label maps (once each:
    CrossRE labels two ways what maps to one)."""
    kept = [(i, (s, e, types[kind])) for i, (s, e, kind) in enumerate(sentence.entities) if kind in types]
    new = {old: i for i, (old, _) in enumerate(kept)}
    relations = []
    for head, tail, label in sentence.relations:
        if head in new and tail in new and head != tail:
            predicate = predicate_of(label, kept[new[head]][1][2], kept[new[tail]][1][2])
            if predicate is not None:
                relations.append((new[head], new[tail], predicate))
    return RelationSentence(sentence.key, sentence.tokens, [span for _, span in kept], list(dict.fromkeys(relations)))


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
    """The files of one split of one set (``kind``: conll04 or crossre) anywhere under its folder: CoNLL04's
    ``{split}.txt`` or ``conll04_{split}.json``, CrossRE's ``{domain}-{split}.json``."""
    patterns = {"conll04": (f"{split}.txt", f"conll04_{split}.json"), "crossre": (f"*-{split}.json",)}[kind]
    return sorted({p for pattern in patterns for p in Path(folder).glob(f"**/{pattern}") if p.is_file()})
