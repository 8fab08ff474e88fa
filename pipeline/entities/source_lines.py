"""Wire-service source lines: where a monitored report was published, and by whom.

Monitoring services (FBIS, BBC Monitoring, World News Connection) credit each translated report with a line
naming the place, the outlet, its language and the date:

    MK1401103094 Moscow MOSKOVSKIY KOMSOMOLETS in Russian 14 Jan 94 p 1
    JN0704183294 Paris Radio Monte Carlo in Arabic 1700 GMT 7 Apr 94
    London THE SUNDAY TIMES 30 Jan 94 pp 1, 15

The outlet is an organisation based in the place (Moskovskiy Komsomolets is a Moscow daily). The models read
these lines badly (all-capital names, no verb: "Rio de Janeiro O GLOBO" as one place, "MOSKOVSKIY KOMSOMOLETS"
as a person), and no parser sees a relation in them, so this reads them by their fixed shape. The entity stage
labels the two names; the relation stage records ``based_in``.

Written by hand: the shape is a convention of these services, not language a library models.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from ..coref import is_news_outlet
from ..data_files import word_list
from ..relations.countries import is_state_or_country
from ..syntax import line_starts

# The report's serial number before the place: capitals and digits, four digits in a row at least
# ("MK1401103094", "94WD0125D", "944E0738B").
SERIAL = re.compile(r"(?=.*[A-Z])(?=.*\d{4})[A-Z\d]{9,12}")
SERIAL_IN_TEXT = re.compile(r"(?<![A-Za-z\d])[A-Z\d]{9,12}(?![A-Za-z\d])")  # where a serial may be, in the text
MONTHS = frozenset("Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec".split())
BROADCAST_WORDS = frozenset({"Agency", "Network", "Radio", "Service", "Television", "TV"})
NAME_PARTICLES = frozenset({"de", "del", "da", "do", "es", "la", "el"})
MAX_PLACE_WORDS = 4
MAX_OUTLET_WORDS = 7


class SourceLine(NamedTuple):
    """Token ranges [start, end) of the place and the outlet of one source line."""
    place_start: int
    place_end: int
    outlet_start: int
    outlet_end: int


def source_lines(doc: Doc) -> list[SourceLine]:
    """Every source line of ``doc``: after a serial number anywhere, or opening a line. A line without a serial
    must open with a known place and name its language ("Moscow IZVESTIYA in Russian 23 Mar 94"), or give an
    outlet in capitals or with a broadcaster's or newspaper's last word before a date or the line's end
    ("London THE SUNDAY TIMES 30 Jan 94", "Prague Radiozurnal Radio Network"), so that "Paris Saint-Germain
    in French football" or "London Marathon" is none."""
    found = []
    serials = {span.start for m in SERIAL_IN_TEXT.finditer(doc.text)
               if (span := doc.char_span(m.start(), m.end())) is not None and len(span) == 1
               and SERIAL.fullmatch(span.text)}
    for i in sorted(serials.union(line_starts(doc))):  # the tokens that may open a source line, not every token
        token = doc[i]
        serial = i in serials
        start = token.i + 1 if serial else token.i
        place = _place(doc, start)
        if place is None:
            continue
        place_end, known_place = place
        outlet_end = place_end
        while outlet_end < len(doc) and outlet_end - place_end < MAX_OUTLET_WORDS and _outlet_word(doc, outlet_end):
            outlet_end += 1
        if outlet_end == place_end:
            continue
        outlet = doc[place_end:outlet_end]
        in_capitals = outlet.text.isupper() and sum(c.isalpha() for c in outlet.text) >= 4
        named_outlet = in_capitals or (known_place and (
            outlet[-1].text in BROADCAST_WORDS or is_news_outlet(outlet.text)))
        if not (serial or known_place or in_capitals and len(doc[start]) >= 3):
            continue  # "Kiev SILSKI VISTI", not "W D L PCT GB" (a table's head) or "Division A"
        if _language_follows(doc, outlet_end, loose=serial) or (
                (serial or named_outlet) and (_date_follows(doc, outlet_end) or _line_ends(doc, outlet_end))):
            found.append(SourceLine(start, place_end, place_end, outlet_end))
    return found


def _place(doc: Doc, start: int) -> tuple[int, bool] | None:
    """Where a place name starting at ``start`` ends, and whether it is a known one: the longest known city, state
    or country, else one capitalised word ("Magadan") or two joined by a particle. A place is written in title case
    here ("Moscow", not "LA" or "W")."""
    if start >= len(doc) or not doc[start].is_title or len(doc[start]) < 2:
        return None
    for length in range(min(MAX_PLACE_WORDS, len(doc) - start), 0, -1):
        if _known_place(doc[start:start + length].text):
            return start + length, True
    if not doc[start].is_alpha:
        return None
    if start + 2 < len(doc) and doc[start + 1].text in NAME_PARTICLES and doc[start + 2].is_title:
        return start + 3, False  # "Rio de Janeiro", "Dar es Salaam"
    return start + 1, False


def _known_place(text: str) -> bool:
    return text in word_list("cities.json", "cities") or is_state_or_country(text)


def _outlet_word(doc: Doc, i: int) -> bool:
    """A word of the outlet's name: capitalised or in capitals ("O GLOBO", "UT-1", "Kanal-6"), or the hyphen
    inside one ("ITAR-TASS"); "in", a date's day or the line's end stops it."""
    if doc[i].text == "-":
        return not doc[i - 1].whitespace_ and not doc[i].whitespace_ and _outlet_word(doc, i + 1)
    return doc[i].text[:1].isupper()


def _language_follows(doc: Doc, i: int, loose: bool = False) -> bool:
    """"in Russian" then a time, a date or the line's end; ``loose``: any capitalised word for the language."""
    return i + 1 < len(doc) and doc[i].text == "in" and (
        _is_language(doc[i + 1].text) or loose and doc[i + 1].is_title) and (
        _line_ends(doc, i + 2) or doc[i + 2].text[:1].isdigit() or doc[i + 2].text == "No")


def _is_language(word: str) -> bool:
    return word in word_list("demonyms.json", "demonyms") or word in word_list("demonyms.json", "languages")


def _date_follows(doc: Doc, i: int) -> bool:
    """"30 Jan 94"."""
    return i + 1 < len(doc) and doc[i].text.isdigit() and doc[i + 1].text.rstrip(".") in MONTHS


def _line_ends(doc: Doc, i: int) -> bool:
    return i >= len(doc) or "\n" in doc[i].text
