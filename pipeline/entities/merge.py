"""Merge the project's CoNLL-trained NER with the pretrained model's OntoNotes entities.

The rule (documented in the README):

1. Names come from the trained model (PER, ORG, LOC, MISC) where it found one: PER -> PERSON,
   ORG -> ORG, LOC -> the pretrained label when the pretrained model has a place (GPE, LOC, FAC)
   on any of the same tokens, else GPE; MISC -> the pretrained label when it has NORP, EVENT,
   PRODUCT, WORK_OF_ART, LAW or LANGUAGE on any of the same tokens, else NORP.
2. Every pretrained span that overlaps no trained name is kept as it is: the numeric and temporal
   labels (DATE, TIME, CARDINAL, ORDINAL, MONEY, PERCENT, QUANTITY) and names only it found.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

STASH_KEY = "pretrained_ents"
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MISC_LABELS = {"NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
CONLL_TO_ONTONOTES = {"PER": "PERSON", "ORG": "ORG"}


def _overlapping(span: Span, others: list[Span]) -> list[Span]:
    return [o for o in others if o.start < span.end and span.start < o.end]


def merge_entities(doc: Doc, trained: list[Span], pretrained: list[Span]) -> list[Span]:
    merged = []
    for span in trained:
        label = CONLL_TO_ONTONOTES.get(span.label_)
        overlap_labels = [o.label_ for o in _overlapping(span, pretrained)]
        if span.label_ == "LOC":
            label = next((lab for lab in overlap_labels if lab in PLACE_LABELS), "GPE")
        elif span.label_ == "MISC":
            label = next((lab for lab in overlap_labels if lab in MISC_LABELS), "NORP")
        if label is None:  # already OntoNotes (a rule span, or a model trained on other labels)
            label = span.label_
        merged.append(Span(doc, span.start, span.end, label=label))
    kept = [s for s in pretrained if not _overlapping(s, trained)]
    return filter_spans(merged + kept)


class StashEntities:
    """Move the pretrained entities aside so the trained NER starts from a clean slate."""

    def __init__(self, name: str = "newsfacts_stash_ents") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[STASH_KEY] = list(doc.ents)
        doc.ents = []
        return doc
