"""Sentence-level relation sets, both tokenised: each sentence becomes one document whose text is
its tokens joined by spaces, with entity facts (span and type) and relation facts (the subject
and object spans, their types and the label).

- ``conll04``: the multi-head token format of Bekoulis et al. (the shipped ``train.txt``/``dev.txt``)
  or SpERT's JSON (``conll04_{train,dev,test}.json``), told apart by the ``#doc`` line.
- ``crossre``: one ``{domain}-{split}.json`` per domain, JSON lines.

The formats are parsed by :mod:`pipeline.relations.formats`, which the training corpora share.
"""
from __future__ import annotations

from pathlib import Path

from ...relations import formats
from ..documents import files, read_text, row, to_dataset, tokens_to_text


def _sentence(sentence: formats.RelationSentence) -> dict:
    text, (offsets,) = tokens_to_text([sentence.tokens])
    spans = [(offsets[s][0], offsets[e - 1][1], kind) for s, e, kind in sentence.entities]
    facts = [{"kind": "entity", "start": s, "end": e, "text": text[s:e], "label": kind} for s, e, kind in spans]
    for head, tail, label in sentence.relations:
        (s1, e1, t1), (s2, e2, t2) = spans[head], spans[tail]
        facts.append({"kind": "relation", "start": min(s1, s2), "end": max(e1, e2), "predicate": label,
                      "subject": {"span": [s1, e1], "label": t1}, "object": {"span": [s2, e2], "label": t2}})
    return row(sentence.key, text, facts)


def read_conll04(path: Path):
    """CoNLL04 in either shipped shape, each file told apart by its first line."""
    return to_dataset([_sentence(s) for file in files(path, ".txt", ".json")
                       for s in formats.read_conll04(file, read_text(file))])


def read_crossre(path: Path):
    return to_dataset([_sentence(s) for file in files(path, ".json", ".jsonl")
                       for s in formats.read_crossre(file, read_text(file))])
