"""PolNeAR attributions in brat standoff: ``NAME.txt`` with ``NAME[_ANNOTATOR].ann`` beside it or in
``../attributions/``. Text-bound lines ``T1<TAB>Source 0 5<TAB>Flynn`` (Source, Cue, Content; a
discontinuous span is ``0 5;9 12``) and event lines ``E1<TAB>Attribution:T4 Content:T3 Cue:T2
Source:T1`` tie one attribution together; ``Attribution-no-source`` events have no Source.
Where several annotators marked one text, the first ``.ann`` in sorted order is used."""
from __future__ import annotations

import re
from pathlib import Path

from ..documents import files, gold_error, read_text, row, to_dataset

ROLES = {"Source": "source", "Cue": "cue", "Content": "content"}
SPANS = re.compile(r"^\d+ \d+(?:;\d+ \d+)*$")
STANDOFF_ID = re.compile(r"^(?:[TEARNM]\d+|#\d*|\*)\t")


def _text_for(ann: Path) -> Path | None:
    stem = ann.stem
    for candidate in (stem, stem.rsplit("_", 1)[0]):
        for folder in (ann.parent, ann.parent.parent / "text"):
            if (folder / f"{candidate}.txt").is_file():
                return folder / f"{candidate}.txt"
    return None


def parse_ann(path: Path, text: str) -> list[dict]:
    """The attributions in one .ann file, as quote facts with source, cue and content spans."""
    spans: dict[str, list[list[int]]] = {}
    events = []
    in_text = False  # after a text-bound line: its span text may go on over further lines (a span over a line break)
    for n, line in enumerate(read_text(path).splitlines(), start=1):
        if in_text and not STANDOFF_ID.match(line):
            continue
        in_text = False
        if not line.strip() or line[0] in "#ARNM*":
            continue
        parts = line.split("\t")
        in_text = line[0] == "T"
        if line[0] == "T" and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            if not SPANS.match(offsets):
                raise gold_error(path, n, f"bad text-bound offsets {offsets!r}")
            frags = [[int(x) for x in frag.split()] for frag in offsets.split(";")]
            if any(e > len(text) or s > e for s, e in frags):
                raise gold_error(path, n, f"offsets {offsets} fall outside the {len(text)}-character text")
            spans[parts[0]] = frags
        elif line[0] == "E" and len(parts) >= 2:
            args = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append((n, args))
        else:
            raise gold_error(path, n, f"not a brat standoff line: {line[:60]!r}")
    facts = []
    for n, args in events:
        if not any(k.startswith("Attribution") for k in args):
            continue
        fact: dict = {"kind": "quote", "source": None, "cue": None, "content": None}
        for role, key in ROLES.items():
            if role in args:
                if args[role] not in spans:
                    raise gold_error(path, n, f"{role} points to {args[role]}, which is not defined")
                fact[key] = spans[args[role]]
        if fact["content"]:
            first = fact["content"][0]
            fact.update(start=first[0], end=fact["content"][-1][1])
            facts.append(fact)
    return facts


def read(path: Path):
    rows, seen = [], set()
    for ann in files(path, ".ann"):
        txt = _text_for(ann)
        if txt is None:
            raise gold_error(ann, "(file)", "no matching .txt beside it or in ../text/")
        if txt in seen:
            continue
        seen.add(txt)
        text = read_text(txt)
        rows.append(row(txt.stem, text, parse_ann(ann, text)))
    return to_dataset(rows)
