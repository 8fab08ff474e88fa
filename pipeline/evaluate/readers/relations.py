"""Sentence-level relation sets, both tokenised: each sentence becomes one document whose text is
its tokens joined by spaces, with entity facts (span and type) and relation facts (the subject
and object spans, their types and the label).

- ``conll04`` in the multi-head token format of Bekoulis et al. (the shipped ``train.txt``/``dev.txt``):
  a ``#doc N`` line, then one tab-separated line per token: index, token, BIO tag (Peop, Org, Loc,
  Other), a list of relation labels and a list of head token indices (``['N']`` / its own index:
  none). Labels sit on the last token of the subject entity, heads point at the last token of
  the object entity.
- ``conll04`` as SpERT distributes it (``conll04_{train,dev,test}.json``): a JSON list of
  ``{"tokens": [...], "entities": [{"type", "start", "end"}], "relations": [{"type", "head", "tail"}]}``,
  token ``end`` exclusive, ``head``/``tail`` indexing ``entities``.
- ``crossre`` (one ``{domain}-{split}.json`` per domain, JSON lines): ``{"doc_key", "sentence": [...],
  "ner": [[start, end, type]], "relations": [[s1, e1, s2, e2, label, ...]]}``, token ``end`` inclusive.
"""
from __future__ import annotations

import ast
import json
from pathlib import Path

from ..documents import files, gold_error, json_list_items, read_text, row, to_dataset, tokens_to_text


def _sentence(doc_id: str, tokens: list[str], entities: list[tuple[int, int, str]],
              relations: list[tuple[int, int, str]]) -> dict:
    text, (offsets,) = tokens_to_text([tokens])
    spans = [(offsets[s][0], offsets[e - 1][1], kind) for s, e, kind in entities]
    facts = [{"kind": "entity", "start": s, "end": e, "text": text[s:e], "label": kind} for s, e, kind in spans]
    for head, tail, label in relations:
        (s1, e1, t1), (s2, e2, t2) = spans[head], spans[tail]
        facts.append({"kind": "relation", "start": min(s1, s2), "end": max(e1, e2), "predicate": label,
                      "subject": {"span": [s1, e1], "label": t1}, "object": {"span": [s2, e2], "label": t2}})
    return row(doc_id, text, facts)


def _checked(file: Path, where: str, tokens: object, entities: list) -> None:
    if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
        raise gold_error(file, where, "tokens must be a list of strings")
    for s, e, _ in entities:
        if not (0 <= s < e <= len(tokens)):
            raise gold_error(file, where, f"entity tokens {s}..{e} fall outside the {len(tokens)} tokens")


def read_conll04(path: Path):
    """CoNLL04 in either shipped shape: the multi-head token format (a file starting ``#doc``) or SpERT JSON."""
    found = files(path, ".txt", ".json")
    if all(read_text(file).lstrip().startswith("#doc") for file in found):
        return to_dataset([row for file in found for row in _multihead_rows(file)])
    return _read_spert(path)


def _bio_entities(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, type) token spans from BIO tags; an I- after O or another type starts one."""
    entities: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if prefix == "B" or (prefix == "I" and (not entities or entities[-1][1] != i or entities[-1][2] != kind)):
            entities.append((i, i + 1, kind))
        elif prefix == "I":
            entities[-1] = (entities[-1][0], i + 1, kind)
    return entities


def _multihead_sentence(file: Path, doc_id: str, lines: list[tuple[int, list[str]]]) -> dict:
    tokens, tags, heads = [], [], []
    for n, cols in lines:
        if len(cols) != 5:
            raise gold_error(file, n, f"expected 5 tab-separated columns, found {len(cols)}")
        try:
            labels, targets = ast.literal_eval(cols[3]), ast.literal_eval(cols[4])
        except (ValueError, SyntaxError):
            raise gold_error(file, n, "relation labels and heads must be Python lists") from None
        if len(labels) != len(targets):
            raise gold_error(file, n, "as many heads as relation labels are needed")
        tokens.append(cols[1])
        tags.append(cols[2])
        heads.append([(str(label), int(target), n) for label, target in zip(labels, targets) if label != "N"])
    entities = _bio_entities(tags)
    by_last = {end - 1: k for k, (_, end, _) in enumerate(entities)}
    relations = []
    for i, pairs in enumerate(heads):
        for label, target, n in pairs:
            if i not in by_last or target not in by_last:
                raise gold_error(file, n, f"relation {label} does not join two entities' last tokens")
            relations.append((by_last[i], by_last[target], label))
    return _sentence(doc_id, tokens, entities, relations)


def _multihead_rows(file: Path) -> list[dict]:
    rows, doc_id, lines = [], None, []
    for n, line in enumerate(read_text(file).splitlines(), start=1):
        if line.startswith("#doc"):
            if doc_id is not None:
                rows.append(_multihead_sentence(file, doc_id, lines))
            doc_id, lines = f"{file.stem}-{line.split(maxsplit=1)[-1].strip()}", []
        elif line.strip():
            if doc_id is None:
                raise gold_error(file, n, "a token line before the first #doc line")
            lines.append((n, line.split("\t")))
    if doc_id is not None:
        rows.append(_multihead_sentence(file, doc_id, lines))
    return rows


def _read_spert(path: Path):
    rows = []
    for file, where, item in json_list_items(path, "SpERT format"):
        try:
            entities = [(int(e["start"]), int(e["end"]), str(e["type"])) for e in item["entities"]]
            relations = [(int(r["head"]), int(r["tail"]), str(r["type"])) for r in item["relations"]]
        except (KeyError, TypeError, ValueError) as err:
            raise gold_error(file, where, f"needs tokens, entities and relations ({err!r})") from None
        _checked(file, where, item.get("tokens"), entities)
        if any(not (0 <= h < len(entities) and 0 <= t < len(entities)) for h, t, _ in relations):
            raise gold_error(file, where, "a relation's head or tail is not an entity index")
        rows.append(_sentence(str(item.get("orig_id", f"{file.stem}-{len(rows) + 1}")), item["tokens"], entities,
                              relations))
    return to_dataset(rows)


def read_crossre(path: Path):
    rows = []
    for file in files(path, ".json", ".jsonl"):
        for n, line in enumerate(read_text(file).splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                entities = [(int(s), int(e) + 1, str(kind)) for s, e, kind in item["ner"]]
                index = {(s, e): k for k, (s, e, _) in enumerate(entities)}
                relations = [(index[(int(r[0]), int(r[1]) + 1)], index[(int(r[2]), int(r[3]) + 1)], str(r[4]))
                             for r in item["relations"]]
            except json.JSONDecodeError as err:
                raise gold_error(file, n, f"malformed JSON ({err.msg})") from None
            except KeyError as err:
                raise gold_error(file, n, f"missing key or a relation argument that is not an entity: {err}") from None
            except (TypeError, ValueError, IndexError) as err:
                raise gold_error(file, n, f"needs sentence, ner and relations ({err})") from None
            _checked(file, n, item.get("sentence"), entities)
            rows.append(_sentence(str(item.get("doc_key", f"{file.stem}-{n}")), item["sentence"], entities, relations))
    return to_dataset(rows)
