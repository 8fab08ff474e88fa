"""TimeML (TempEval-3 ``.tml``): the document creation time in ``<DCT><TIMEX3 .../></DCT>`` and
``<TIMEX3 tid type value>`` tags inside ``<TEXT>``, among EVENT and SIGNAL tags; offsets are
counted in the text of ``<TEXT>`` with every tag removed."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ..documents import files, gold_error, parse_xml, row, to_dataset


def _walk(element: ET.Element, parts: list[str], facts: list[dict], pos: int) -> int:
    """Append the element's text to ``parts``; record TIMEX3 spans; return the new offset."""
    start = pos
    if element.text:
        parts.append(element.text)
        pos += len(element.text)
    for child in element:
        pos = _walk(child, parts, facts, pos)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if element.tag == "TIMEX3":
        facts.append({"kind": "date", "start": start, "end": pos, "value": element.get("value"),
                      "type": element.get("type"), "tid": element.get("tid")})
    return pos


def parse(path: Path) -> dict:
    root = parse_xml(path)
    body = root.find(".//TEXT")
    if body is None:
        raise gold_error(path, "(file)", "no <TEXT> element: not a TimeML document")
    dct = root.find(".//DCT/TIMEX3")
    published = (dct.get("value") or "")[:10] if dct is not None else ""
    parts: list[str] = []
    facts: list[dict] = []
    _walk(body, parts, facts, 0)
    text = "".join(parts)
    for fact in facts:
        fact["text"] = text[fact["start"]:fact["end"]]
    facts.sort(key=lambda f: (f["start"], f["end"]))
    return row(path.stem, text, facts, published=published if len(published) == 10 else None)


def read(path: Path):
    return to_dataset([parse(file) for file in files(path, ".tml")])
