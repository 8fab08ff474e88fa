"""CoNLL-2003 columns, the NER column holding the predicted IOB2 tags: one file per gold file, its
other columns (POS, chunk) copied from the gold file, so conlleval or seqeval can set the two side
by side line by line (``-X-`` where the gold was a saved dataset). The names are the ones the scorer
counts: each mention of an entity whose OntoNotes label ``scorers.conll`` maps to a CoNLL type, on the
tokens it covers (``common.iob2_tags``: widened to whole tokens, cut at its sentence's end); one sharing a
token with a name written before is left out."""
from __future__ import annotations

from pathlib import Path

from ..documents import files, is_saved_dataset, read_text
from ..readers.conll import SUFFIXES
from ..scorers import mention_items
from ..scorers.conll import ONTONOTES_TO_CONLL
from .common import Saved, by_file, iob2_tags, sentences

UNKNOWN = ["-X-", "-X-"]


def facts(doc: dict, predicted: tuple[str, list[dict]]) -> list[dict]:
    items = mention_items(doc["id"], doc["text"], predicted[1], lambda label, _name: ONTONOTES_TO_CONLL.get(label))
    return [{"kind": "entity", "start": s, "end": e, "text": item.text, "label": item.label}
            for item in items for s, e in item.spans]


def _gold_columns(gold: Path) -> dict[str, list[list[str]]]:
    """Per gold file stem, the middle columns of each token line in order."""
    if is_saved_dataset(gold):
        return {}
    columns = {}
    for file in files(gold, *SUFFIXES):
        lines = (line.split() for line in read_text(file).splitlines())
        columns[file.stem] = [cols[1:-1] for cols in lines if cols and cols[0] != "-DOCSTART-"]
    return columns


def write(rows: list[dict], out: Path, gold: Path) -> Saved:
    columns = _gold_columns(gold)
    saved = Saved()
    for stem, docs in by_file(rows, "predictions").items():
        middle = iter(columns.get(stem, []))
        width = len(columns[stem][0]) if columns.get(stem) else len(UNKNOWN)
        lines = []
        for _, doc in docs:
            names = [(f["start"], f["end"], f["label"]) for f in doc["facts"] if f["kind"] == "entity"]
            tokens = sentences(doc["text"])
            tags, tagged, reshaped = iob2_tags(tokens, names)
            saved.left_out += len(names) - len(tagged)
            saved.reshaped += reshaped
            lines += [" ".join(["-DOCSTART-", *["-X-"] * width, "O"]), ""]
            for sentence, sentence_tags in zip(tokens, tags):
                for (_, _, token), tag in zip(sentence, sentence_tags):
                    lines.append(" ".join([token, *next(middle, UNKNOWN), tag]))
                lines.append("")
        path = out / f"{stem}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf8")
        saved.files.append(path)
    return saved
