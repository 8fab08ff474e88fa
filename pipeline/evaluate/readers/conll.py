"""CoNLL-2003 NER: one token a line (the tag in the last column), blank lines between sentences,
``-DOCSTART-`` lines between documents. IOB1 (``I-`` opens a name unless it follows the same
type) and IOB2 (``B-`` opens every name) are both read by the same rule."""
from __future__ import annotations

import re
from pathlib import Path

from ..documents import files, gold_error, read_text, row, to_dataset, tokens_to_text

TAG = re.compile(r"^(?:O|([BI])-(\S+))$")
SUFFIXES = (".txt", ".conll", ".iob", ".iob1", ".iob2")


def _chunks(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) for every name in one sentence."""
    chunks: list[list] = []
    previous = None
    for n, tag in enumerate(tags):
        kind = None if tag == "O" else tag[2:]
        if kind is not None and (tag[0] == "B" or kind != previous):
            chunks.append([n, n + 1, kind])
        elif kind is not None:
            chunks[-1][1] = n + 1
        previous = kind
    return [tuple(c) for c in chunks]


def _document(doc_id: str, sentences: list[list[tuple[str, str]]]) -> dict:
    text, offsets = tokens_to_text([[tok for tok, _ in sent] for sent in sentences])
    facts = []
    for sent, spans in zip(sentences, offsets):
        for first, last, kind in _chunks([tag for _, tag in sent]):
            start, end = spans[first][0], spans[last - 1][1]
            facts.append({"kind": "entity", "start": start, "end": end, "text": text[start:end], "label": kind})
    return row(doc_id, text, facts)


def read(path: Path):
    rows = []
    for file in files(path, *SUFFIXES):
        docs: list[list[list[tuple[str, str]]]] = [[[]]]
        for n, line in enumerate(read_text(file).splitlines(), start=1):
            cols = line.split()
            if not cols:
                if docs[-1][-1]:
                    docs[-1].append([])
                continue
            if cols[0] == "-DOCSTART-":
                if any(docs[-1]):
                    docs.append([[]])
                continue
            if len(cols) < 2 or not TAG.match(cols[-1]):
                raise gold_error(file, n, f"expected 'TOKEN ... TAG' with an IOB tag, got {line.strip()[:60]!r}")
            docs[-1][-1].append((cols[0], cols[-1]))
        for k, sentences in enumerate(d for d in docs if any(d)):
            rows.append(_document(f"{file.stem}-{k + 1}", [s for s in sentences if s]))
    return to_dataset(rows)
