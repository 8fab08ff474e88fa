"""TimeML (TempEval-3 ``.tml``): one file per document, the DCT from the publication date and the
predicted dates as ``TIMEX3`` tags (tid, type, value) inline in ``TEXT``. The dates are the ones the
scorer counts (every ``date`` fact), with the type and value the scorer compares
(the prediction's own ``timex_type`` and ``timex_value``, else ``pipeline.dates.timex.timex3``: the type follows the granularity, ``time`` TIME, ``duration``
DURATION, any other DATE, and TimeML's encoding of what we leave unplaced). XML cannot nest overlapping tags, so a date overlapping one written
before, or one that could not be carried onto the gold text, is left out."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..scorers.timeml import predicted_timex
from .common import Saved

ATTRIBUTES = ("tid", "type", "value")
HEAD = '<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
DCT = ('<DCT><TIMEX3 tid="t0" type="DATE" value={value} temporalFunction="false" '
       'functionInDocument="CREATION_TIME">{text}</TIMEX3></DCT>\n')


def facts(doc: dict, predicted: tuple[str, list[dict]]) -> list[dict]:
    dates = [f for f in predicted[1] if f.get("kind") == "date"]
    written = []
    for n, f in enumerate(dates, start=1):
        text = doc["text"][f["start"]:f["end"]] if f["start"] >= 0 else ""
        kind, value = predicted_timex(doc["text"], f)
        written.append({"kind": "date", "start": f["start"], "end": f["end"], "value": value, "type": kind,
                        "tid": f"t{n}", "text": text})
    return written


def _body(text: str, dates: list[dict]) -> tuple[str, int]:
    parts, pos, left_out = [], 0, 0
    for date in sorted(dates, key=lambda f: (f["start"], -f["end"])):
        if date["start"] < pos or date["end"] <= date["start"]:
            left_out += 1
            continue
        attrs = "".join(f" {key}={quoteattr(date[key])}" for key in ATTRIBUTES if date.get(key) is not None)
        parts += [escape(text[pos:date["start"]]), f"<TIMEX3{attrs}>", escape(text[date["start"]:date["end"]]),
                  "</TIMEX3>"]
        pos = date["end"]
    return "".join(parts) + escape(text[pos:]), left_out


def write(rows: list[dict], out: Path, gold: Path) -> Saved:
    written, left_out = [], 0
    for doc in rows:
        body, dropped = _body(doc["text"], [f for f in doc["facts"] if f["kind"] == "date"])
        left_out += dropped
        dct = DCT.format(value=quoteattr(doc["published"]), text=escape(doc["published"])) if doc["published"] else ""
        path = out / f"{doc['id']}.tml"
        path.write_text(f"{HEAD}<DOCID>{escape(doc['id'])}</DOCID>\n{dct}<TEXT>{body}</TEXT>\n</TimeML>\n",
                        encoding="utf8")
        written.append(path)
    return Saved(written, left_out)
