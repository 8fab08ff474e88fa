"""CoNLL04 in the multi-head token format (``#doc N``, then ``index, token, BIO tag, relation labels,
head indices`` per token), one file per gold file. Entities and relations are the ones the scorer
counts: mentions typed by ``scorers.relations.conll04_type``, relations by ``located`` with their
participants' mentions, written first so every relation has its two entities; each name on the tokens
it covers (``common.iob2_tags``). A relation whose participants were not located, or a name sharing
a token with one written before, is left out (with the relations that need it)."""
from __future__ import annotations

from pathlib import Path

from ..scorers import mention_items
from ..scorers.relations import conll04_type, located
from .common import Saved, by_file, iob2_tags, sentences


def facts(doc: dict, predicted: tuple[str, list[dict]]) -> list[dict]:
    text, found = doc["text"], []
    for item in mention_items(doc["id"], text, predicted[1], conll04_type):
        (s, e), = item.spans
        found.append({"kind": "entity", "start": s, "end": e, "text": item.text, "label": item.label})
    for f, label, types, subject, obj in located(predicted[1], "conll04"):
        spans = [list(subject) if subject else None, list(obj) if obj else None]
        start, end = (min(spans[0][0], spans[1][0]), max(spans[0][1], spans[1][1])) if all(spans) else (-1, -1)
        found.append({"kind": "relation", "start": start, "end": end, "predicate": label,
                      "subject": {"span": spans[0], "label": types[0]},
                      "object": {"span": spans[1], "label": types[1]}})
    return found


def _sentence(doc: dict, saved: Saved) -> list[str]:
    """The token lines of one sentence; what they leave out or reshape is counted in ``saved``."""
    tokens = [t for sentence in sentences(doc["text"]) for t in sentence]
    relations = [f for f in doc["facts"] if f["kind"] == "relation"]
    names = [(*arg["span"], arg["label"]) for f in relations for arg in (f["subject"], f["object"]) if arg["span"]]
    entities = [(f["start"], f["end"], f["label"]) for f in doc["facts"] if f["kind"] == "entity"]
    (tags,), where, reshaped = iob2_tags([tokens], list(dict.fromkeys(names + entities)))
    heads: dict[int, list[tuple[str, int]]] = {}
    for f in relations:
        subject, obj = ((*arg["span"], arg["label"]) if arg["span"] else None for arg in (f["subject"], f["object"]))
        if subject in where and obj in where:
            heads.setdefault(where[subject][1], []).append((f["predicate"], where[obj][1]))
    written = sum(len(pairs) for pairs in heads.values()) + sum(e in where for e in entities)
    saved.left_out += len(relations) + len(entities) - written
    saved.reshaped += reshaped
    lines = []
    for n, ((_, _, token), tag) in enumerate(zip(tokens, tags)):
        labels, targets = zip(*heads[n]) if n in heads else (("N",), (n,))
        lines.append(f"{n}\t{token}\t{tag}\t{list(labels)}\t{list(targets)}")
    return lines


def write(rows: list[dict], out: Path, gold: Path) -> Saved:
    saved = Saved()
    for stem, docs in by_file(rows, "conll04").items():
        lines = []
        for n, doc in docs:
            lines += [f"#doc {n}", *_sentence(doc, saved)]
        path = out / f"{stem}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf8")
        saved.files.append(path)
    return saved
