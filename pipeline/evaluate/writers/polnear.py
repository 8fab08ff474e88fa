"""PolNeAR in brat standoff, laid out as the set is: ``text/ID.txt`` and ``attributions/ID_newsfacts.ann``
(``newsfacts`` standing where the set names its annotator). Each quote is a Source, a Cue and a
Content line, an Attribution trigger on the cue (on the content where there is no cue) and an
``E`` line tying them (``Attribution-no-source`` without a source). The spans are the scorer's
(``scorers.quotes.pred_attributions``); a quote whose content could not be carried onto the gold
text is left out, and so is a source or cue that could not."""
from __future__ import annotations

from pathlib import Path

from ..readers.polnear import ROLES
from ..scorers.quotes import pred_attributions
from .common import Saved


def facts(doc: dict, predicted: tuple[str, list[dict]]) -> list[dict]:
    found = []
    for attribution in pred_attributions(doc["id"], predicted[1], doc["text"]):
        spans = {key: [list(s) for s in getattr(attribution, key)] or None for key in ROLES.values()}
        fact = {"kind": "quote", **spans}
        found.append({**fact, "start": fact["content"][0][0], "end": fact["content"][-1][1]})
    return found


def _ann(text: str, quotes: list[dict]) -> tuple[list[str], int]:
    """The .ann lines for one text, and how many quotes they do not hold whole."""
    lines: list[str] = []

    def span(kind: str, frags: list[list[int]]) -> str:
        tid = f"T{sum(line.startswith('T') for line in lines) + 1}"
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        lines.append(f"{tid}\t{kind} {offsets}\t{' '.join(text[s:e] for s, e in frags).replace(chr(10), ' ')}")
        return tid

    left_out = 0
    for quote in quotes:
        parts = {role: quote[key] for role, key in ROLES.items()
                 if quote.get(key) and all(0 <= s <= e <= len(text) for s, e in quote[key])}
        left_out += len(parts) < sum(1 for key in ROLES.values() if quote.get(key))
        if "Content" not in parts:
            continue
        args = {role: span(role, frags) for role, frags in parts.items()}
        kind = "Attribution" if "Source" in args else "Attribution-no-source"
        trigger = span(kind, parts.get("Cue") or parts["Content"])
        event = len([line for line in lines if line.startswith("E")]) + 1
        lines.append(f"E{event}\t{kind}:{trigger} " + " ".join(f"{role}:{tid}" for role, tid in args.items()))
    return lines, left_out


def write(rows: list[dict], out: Path, gold: Path) -> Saved:
    written, left_out = [], 0
    for folder in ("text", "attributions"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    for doc in rows:
        lines, dropped = _ann(doc["text"], [f for f in doc["facts"] if f["kind"] == "quote"])
        left_out += dropped
        (out / "text" / f"{doc['id']}.txt").write_text(doc["text"], encoding="utf8")
        ann = out / "attributions" / f"{doc['id']}_newsfacts.ann"
        ann.write_text("".join(line + "\n" for line in lines), encoding="utf8")
        written.append(ann)
    return Saved(written, left_out)
