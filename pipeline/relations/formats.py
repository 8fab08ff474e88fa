"""Sentence-level relation sets as they ship, parsed once for training (``corpora``) and evaluation
(``evaluate.readers.relations``): tokens, typed entity spans and labelled relations, labels as the set
writes them.

- CoNLL04 in the multi-head token format of Bekoulis et al. (the shipped ``train.txt``/``dev.txt``): a
  ``#doc N`` line, then one tab-separated line per token: index, token, BIO tag (Peop, Org, Loc, Other), a
  list of relation labels and a list of head token indices (``['N']`` / its own index: none). Labels sit on
  the last token of the subject entity, heads point at the last token of the object entity.
- CoNLL04 as SpERT distributes it (``conll04_{train,dev,test}.json``): a JSON list of ``{"tokens": [...],
  "entities": [{"type", "start", "end"}], "relations": [{"type", "head", "tail"}]}``, token ``end``
  exclusive, ``head``/``tail`` indexing ``entities``.
- CrossRE (one ``{domain}-{split}.json`` per domain, JSON lines): ``{"doc_key", "sentence": [...], "ner":
  [[start, end, type]], "relations": [[s1, e1, s2, e2, label, ...]]}``, token ``end`` inclusive.

Each reader takes the file's text (the caller reads it, with its own errors for an unreadable file) and
returns the sentences; anything malformed is one ``BAD_GOLD`` error naming the file and the line or sentence.
"""
from __future__ import annotations

import ast
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ErrorCode, NewsfactsError

__all__ = ["RelationSentence", "bad_gold", "bio_entities", "read_conll04", "read_crossre"]


@dataclass
class RelationSentence:
    """One tokenised sentence: entities as (start, end exclusive, type), relations as (head, tail, label)
    indexing ``entities``."""

    key: str
    tokens: list[str]
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    relations: list[tuple[int, int, str]] = field(default_factory=list)


def bad_gold(path: Path | str, where: int | str, reason: object) -> NewsfactsError:
    """One line naming the file and where in it: a line number, or a description such as 'sentence 3'."""
    where = f"line {where}" if isinstance(where, int) else where
    return NewsfactsError(ErrorCode.BAD_GOLD, path=path, where=where, reason=reason)


def _checked(file: Path, where: int | str, tokens: object, entities: list[tuple[int, int, str]]) -> list[str]:
    if not isinstance(tokens, list) or not tokens or not all(isinstance(t, str) and t for t in tokens):
        raise bad_gold(file, where, "tokens must be a non-empty list of non-empty strings")
    for s, e, _ in entities:
        if not 0 <= s < e <= len(tokens):
            raise bad_gold(file, where, f"entity tokens {s}..{e} fall outside the {len(tokens)} tokens")
    return tokens


def read_conll04(file: Path, text: str) -> list[RelationSentence]:
    """CoNLL04 in either shipped shape: the multi-head token format (text starting ``#doc``) or SpERT JSON."""
    return _multihead(file, text) if text.lstrip().startswith("#doc") else _spert(file, text)


def bio_entities(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, type) token spans from BIO tags; an I- after O or another type starts one."""
    entities: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if prefix == "B" or (prefix == "I" and (not entities or entities[-1][1] != i or entities[-1][2] != kind)):
            entities.append((i, i + 1, kind))
        elif prefix == "I":
            entities[-1] = (entities[-1][0], i + 1, kind)
    return entities


def _multihead(file: Path, text: str) -> list[RelationSentence]:
    sentences, header, lines = [], None, []
    for n, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#doc"):
            if header is not None:
                sentences.append(_multihead_sentence(file, header, lines))
            header, lines = (n, f"{Path(file).stem}-{line.split(maxsplit=1)[-1].strip()}"), []
        elif line.strip():
            if header is None:
                raise bad_gold(file, n, "a token line before the first #doc line")
            lines.append((n, line.split("\t")))
    if header is not None:
        sentences.append(_multihead_sentence(file, header, lines))
    return sentences


def _multihead_sentence(file: Path, header: tuple[int, str], lines: list[tuple[int, list[str]]]) -> RelationSentence:
    """One ``#doc`` block; ``header`` is its line number and the sentence's key."""
    tokens, tags, heads = [], [], []
    for n, cols in lines:
        if len(cols) != 5:
            raise bad_gold(file, n, f"expected 5 tab-separated columns, found {len(cols)}")
        try:
            labels, targets = ast.literal_eval(cols[3]), ast.literal_eval(cols[4])
        except (ValueError, SyntaxError):
            raise bad_gold(file, n, "relation labels and heads must be Python lists") from None
        if len(labels) != len(targets):
            raise bad_gold(file, n, "as many heads as relation labels are needed")
        tokens.append(cols[1])
        tags.append(cols[2])
        heads.append([(str(label), int(target), n) for label, target in zip(labels, targets) if label != "N"])
    entities = bio_entities(tags)
    by_last = {end - 1: k for k, (_, end, _) in enumerate(entities)}
    relations = []
    for i, pairs in enumerate(heads):
        for label, target, n in pairs:
            if i not in by_last or target not in by_last:
                raise bad_gold(file, n, f"relation {label} does not join two entities' last tokens")
            relations.append((by_last[i], by_last[target], label))
    return RelationSentence(header[1], _checked(file, header[0], tokens, entities), entities, relations)


def _spert(file: Path, text: str) -> list[RelationSentence]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise bad_gold(file, err.lineno, f"malformed JSON ({err.msg})") from None
    if not isinstance(data, list):
        raise bad_gold(file, 1, "expected a JSON list of sentences (SpERT format)")
    sentences = []
    for n, item in enumerate(data, start=1):
        where = f"sentence {n}"
        try:
            entities = [(int(e["start"]), int(e["end"]), str(e["type"])) for e in item["entities"]]
            relations = [(int(r["head"]), int(r["tail"]), str(r["type"])) for r in item["relations"]]
        except (KeyError, TypeError, ValueError) as err:
            raise bad_gold(file, where, f"needs tokens, entities and relations ({err!r})") from None
        tokens = _checked(file, where, item.get("tokens"), entities)
        if any(not (0 <= h < len(entities) and 0 <= t < len(entities)) for h, t, _ in relations):
            raise bad_gold(file, where, "a relation's head or tail is not an entity index")
        sentences.append(RelationSentence(str(item.get("orig_id", f"{Path(file).stem}-{n}")), tokens, entities,
                                          relations))
    return sentences


def read_crossre(file: Path, text: str) -> list[RelationSentence]:
    """The sentences of one CrossRE JSON-lines file."""
    sentences = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            entities = [(int(s), int(e) + 1, str(kind)) for s, e, kind in item["ner"]]
            index = {(s, e): k for k, (s, e, _) in enumerate(entities)}
            relations = [(index[(int(r[0]), int(r[1]) + 1)], index[(int(r[2]), int(r[3]) + 1)], str(r[4]))
                         for r in item["relations"]]
        except json.JSONDecodeError as err:
            raise bad_gold(file, n, f"malformed JSON ({err.msg})") from None
        except KeyError as err:
            raise bad_gold(file, n, f"missing key or a relation argument that is not an entity: {err}") from None
        except (TypeError, ValueError, IndexError) as err:
            raise bad_gold(file, n, f"needs sentence, ner and relations ({err})") from None
        tokens = _checked(file, n, item.get("sentence"), entities)
        sentences.append(RelationSentence(str(item.get("doc_key", f"{Path(file).stem}-{n}")), tokens, entities,
                                          relations))
    return sentences
