"""Facts JSONL in, a static HTML report out: ``index.html`` and one page per article under ``articles/``.

The file is read one article at a time (its record, then its facts), so memory holds one
article and one short index row per article. Pages need nothing from the network: the
stylesheet and the one script are inlined, and a Content-Security-Policy allows only that
script (by its hash), so even text that slipped past escaping could not run.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from pydantic import ValidationError

from ..batch import safe_output_path
from ..errors import ErrorCode, NewsfactsError
from ..schema import Article, ErrorRecord, parse_record
from ..summary import PLURALS
from .markup import Evidence, Mention, colour, render_text

KINDS = tuple(PLURALS)  # entity, relation, quantity, date, quote
ARTICLES_DIR = "articles"


@dataclass
class Table:
    """One kind of fact on an article page; the cell at ``link`` links to the fact's evidence."""

    kind: str
    title: str
    headers: tuple[str, ...]
    link: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)


@dataclass
class IndexRow:
    title: str
    published: str | None
    href: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None


@dataclass
class ReportSummary:
    index: Path
    articles: int = 0
    errors: int = 0
    orphans: int = 0

    def line(self) -> str:
        orphans = f", {self.orphans} facts without their article skipped" if self.orphans else ""
        return f"report: {self.articles} article pages, {self.errors} errors{orphans}"


# --- reading ---------------------------------------------------------------------------------------

def read_groups(path: Path) -> Iterator[tuple[Article | ErrorRecord | None, list]]:
    """Each article or error record with the facts that follow it; a fact not under its article comes alone,
    with ``None`` for the record."""
    head, facts = None, []
    try:
        handle = open(path, encoding="utf8")
    except OSError as err:
        raise NewsfactsError(ErrorCode.UNREADABLE, path=path, reason=err.strerror or err) from None
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = parse_record(line)
            except ValidationError as err:
                raise NewsfactsError(ErrorCode.BAD_FACTS, path=path, line=number, reason=_reason(err)) from None
            if record.kind in ("article", "error"):
                if head is not None:
                    yield head, facts
                head, facts = record, []
            elif head is None or head.kind == "error" or record.article_id != head.article_id:
                yield None, [record]
            else:
                facts.append(record)
    if head is not None:
        yield head, facts


def _reason(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


# --- one article --------------------------------------------------------------------------------------

def _number(value: float | None) -> str:
    return "" if value is None else f"{value:,.10g}"


def _entity(ref) -> str:
    return f"{ref.name} ({ref.label})" if ref else ""


def _when(fact) -> str:
    return (fact.when.value or "") if fact.when else ""


def _tables() -> dict[str, Table]:
    return {
        "relation": Table("relation", "Relations", ("evidence", "predicate", "subject", "object", "role", "when"), 0),
        "quantity": Table("quantity", "Numeric claims",
                          ("claim", "value", "bounds", "unit", "measures", "event", "agent", "when"), 0),
        "date": Table("date", "Dates", ("text", "value", "granularity"), 0),
        "quote": Table("quote", "Quotes", ("speaker", "cue", "content"), 2),
    }


def _cells(fact) -> list[str]:
    if fact.kind == "relation":
        return [fact.text, fact.predicate, _entity(fact.subject), _entity(fact.object), fact.role or "", _when(fact)]
    if fact.kind == "quantity":
        value = _number(fact.value) + (f"–{_number(fact.high)}" if fact.high is not None else "")
        return [fact.text, value, fact.qualifier.replace("_", " "), fact.unit or "",
                fact.counted_phrase or fact.counted or "", fact.event or "", _entity(fact.agent), _when(fact)]
    if fact.kind == "date":
        return [fact.text, fact.value or "unresolved", fact.granularity]
    return [fact.speaker or "?", fact.cue or "", fact.quote + ("" if fact.direct else " (indirect)")]


def article_page(article: Article, facts: list, index_href: str) -> str:
    """One article's page: the marked-up text beside a table per kind of fact."""
    mentions, evidence, tables = [], [], _tables()
    for fact in facts:
        if fact.kind == "entity":
            mentions.extend(Mention(start, end, fact.label, fact.name) for start, end in fact.mentions)
        elif fact.kind in tables:
            number = len(evidence) + 1
            evidence.append(Evidence(fact.start, fact.end, number))
            tables[fact.kind].rows.append((number, _cells(fact)))
    labels = sorted({m.label for m in mentions})
    dropped = [(d.kind, article.text[d.start:d.end], d.reason) for d in article.dropped_facts]
    return _template("article.html").render(
        article=article,
        title=article.title or article.article_id,
        text=render_text(article.text, mentions, evidence),
        legend=[(label, colour(label)) for label in labels],
        tables=list(tables.values()),
        dropped=dropped,
        index_href=index_href,
        url=article.url if (article.url or "").startswith(("http://", "https://")) else None,
        **_assets(),
    )


# --- the whole report -----------------------------------------------------------------------------------

def _page_path(folder: Path, article_id: str, taken: set[str]) -> Path:
    """A file name from the article id, unique in the report (case-insensitively)."""
    path, n = safe_output_path(folder, article_id, ".html"), 1
    while path.name.lower() in taken:
        n += 1
        path = safe_output_path(folder, f"{article_id[:140]}-{n}", ".html")
    taken.add(path.name.lower())
    return path


def _index_row(head: Article | ErrorRecord, facts: list, href: str | None) -> IndexRow:
    if head.kind == "error":
        return IndexRow(title=head.source, published=None, error=f"{head.code} {head.message}")
    counts = dict.fromkeys(KINDS, 0)
    for fact in facts:
        counts[fact.kind] += 1
    dropped = len(head.dropped_facts)
    return IndexRow(title=head.title or head.article_id, published=head.published, href=href, counts=counts,
                    error=f"{dropped} fact{'s' if dropped > 1 else ''} dropped" if dropped else None)


def build_report(facts_path: str | Path, out_dir: str | Path) -> ReportSummary:
    """Write ``out_dir/index.html`` and ``out_dir/articles/*.html`` for a facts JSONL file."""
    facts_path, out_dir = Path(facts_path), Path(out_dir)
    folder = out_dir / ARTICLES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    summary = ReportSummary(index=out_dir / "index.html")
    rows: list[IndexRow] = []
    taken: set[str] = set()
    for head, facts in read_groups(facts_path):
        href = None
        if head is None:
            summary.orphans += len(facts)
            continue
        if head.kind == "article":
            path = _page_path(folder, head.article_id, taken)
            path.write_text(article_page(head, facts, "../index.html"), encoding="utf8")
            href = f"{ARTICLES_DIR}/{path.name}"
            summary.articles += 1
        else:
            summary.errors += 1
        rows.append(_index_row(head, facts, href))
    totals = {kind: sum(row.counts.get(kind, 0) for row in rows) for kind in KINDS}
    summary.index.write_text(_template("index.html").render(
        source=facts_path.name, rows=rows, kinds=KINDS, plurals=PLURALS, totals=totals,
        articles=summary.articles, errors=summary.errors, **_assets()), encoding="utf8")
    return summary


# --- templates and assets ----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=PackageLoader("pipeline.report", "templates"),
                       autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


def _template(name: str):
    return _environment().get_template(name)


@lru_cache(maxsize=1)
def _assets() -> dict[str, Markup | str]:
    """The inline stylesheet and script, and the script's CSP hash."""
    templates = resources.files("pipeline.report") / "templates"
    css = (templates / "report.css").read_text(encoding="utf8")
    script = (templates / "report.js").read_text(encoding="utf8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf8")).digest()).decode("ascii")
    return {"css": Markup(css), "script": Markup(script), "script_hash": f"sha256-{digest}"}
