"""Sentence-level relation sets, both tokenised: each sentence becomes one document whose text is
its tokens joined by spaces, with entity facts (span and type) and relation facts (the subject
and object spans, their types and the label).

- ``conll04`` as SpERT distributes it (``conll04_{train,dev,test}.json``): a JSON list of
  ``{"tokens": [...], "entities": [{"type", "start", "end"}], "relations": [{"type", "head", "tail"}]}``,
  token ``end`` exclusive, ``head``/``tail`` indexing ``entities``.
- ``crossre`` (one ``{domain}-{split}.json`` per domain, JSON lines): ``{"doc_key", "sentence": [...],
  "ner": [[start, end, type]], "relations": [[s1, e1, s2, e2, label, ...]]}``, token ``end`` inclusive.
"""
from __future__ import annotations

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
