import re

import pytest

from pipeline import schema
from pipeline.errors import NewsfactsError
from pipeline.report import build_report
from pipeline.report.pages import read_groups

from .conftest import HOSTILE, SAFE_TEXT, article_records, write_facts


@pytest.mark.parametrize("kinds", [("relation", "quantity", "date", "quote")])
def test_report_pages_one_page_per_article_and_an_index(facts_file, tmp_path, kinds):
    summary = build_report(facts_file, tmp_path / "report")
    assert (summary.articles, summary.errors, summary.orphans) == (2, 1, 0)
    pages = sorted(p.name for p in (tmp_path / "report" / "articles").iterdir())
    assert pages == ["a_b-2.html", "a_b.html"]  # 'a/b' and 'a_b' clean to the same name: the second is numbered
    index = summary.index.read_text(encoding="utf8")
    assert index.count('<a href="articles/') == 2 and "Rubio in Quito" in index
    assert "E004 Malformed JSON &lt;b&gt;" in index
    page = (tmp_path / "report" / "articles" / "a_b.html").read_text(encoding="utf8")
    for kind in kinds:
        assert f'<table class="facts-table" data-kind="{kind}">' in page
    assert page.count('class="fact" href="#f') == 4
    assert '<mark class="entity"' in page


@pytest.mark.parametrize("name", ["a_b-2.html"])
def test_report_pages_escape_article_text(facts_file, tmp_path, name):
    build_report(facts_file, tmp_path / "report")
    page = (tmp_path / "report" / "articles" / name).read_text(encoding="utf8")
    index = (tmp_path / "report" / "index.html").read_text(encoding="utf8")
    for html in (page, index):
        assert HOSTILE not in html
        assert "&lt;script&gt;window.pwned" in html
        assert len(re.findall(r"<script\b", html)) == 1  # the report's own script only
    assert 'href="javascript:' not in page and "<span>javascript:alert(1)</span>" in page


@pytest.mark.parametrize("page", ["index.html", "articles/a_b.html"])
def test_report_pages_need_no_network(facts_file, tmp_path, page):
    build_report(facts_file, tmp_path / "report")
    html = (tmp_path / "report" / page).read_text(encoding="utf8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<link" not in html
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1]


@pytest.mark.parametrize("value,high,shown", [(1500000.0, None, "1,500,000"), (2.5, 4.0, "2.5–4")])
def test_report_pages_quantity_values_read_well(tmp_path, value, high, shown):
    records = article_records("q", SAFE_TEXT)
    records[3] = records[3].model_copy(update={"value": value, "high": high})
    summary = build_report(write_facts(tmp_path / "f.jsonl", records), tmp_path / "r")
    assert f"<td>{shown}</td>" in (summary.index.parent / "articles" / "q.html").read_text(encoding="utf8")


@pytest.mark.parametrize("line", ['{"kind": "article"}', "not json"])
def test_report_pages_bad_line_is_one_error_with_its_number(tmp_path, line):
    path = tmp_path / "f.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in article_records("a", SAFE_TEXT)) + line + "\n",
                    encoding="utf8")
    with pytest.raises(NewsfactsError, match=r"E022.* line 7 is not a newsfacts record"):
        build_report(path, tmp_path / "r")


@pytest.mark.parametrize("stray_id", ["other"])
def test_report_pages_facts_without_their_article_are_counted(tmp_path, stray_id):
    records = article_records("a", SAFE_TEXT)
    stray = records[4].model_copy(update={"article_id": stray_id})
    path = write_facts(tmp_path / "f.jsonl", [stray, *records, stray])
    groups = list(read_groups(path))
    assert [(head and head.article_id, len(facts)) for head, facts in groups] == [(None, 1), (None, 1), ("a", 5)]
    assert build_report(path, tmp_path / "r").orphans == 2


@pytest.mark.parametrize("count", [3])
def test_report_pages_index_lists_every_article_in_order(tmp_path, count):
    records = [schema.Article(article_id=f"n{i}", text="x", title=f"title {i}") for i in range(count)]
    summary = build_report(write_facts(tmp_path / "f.jsonl", records), tmp_path / "r")
    index = summary.index.read_text(encoding="utf8")
    assert [int(n) for n in re.findall(r">title (\d+)<", index)] == list(range(count))
    assert summary.articles == count


@pytest.mark.parametrize("reason", ["end must not be before start <x>"])
def test_report_pages_dropped_facts_show_in_index_and_page(tmp_path, reason):
    records = article_records("a", SAFE_TEXT)
    dropped = schema.DroppedFact(kind="date", start=0, end=5, reason=reason)
    records[0] = records[0].model_copy(update={"dropped_facts": [dropped]})
    summary = build_report(write_facts(tmp_path / "f.jsonl", records), tmp_path / "r")
    assert "<td>1 fact dropped</td>" in summary.index.read_text(encoding="utf8")
    page = (tmp_path / "r" / "articles" / "a.html").read_text(encoding="utf8")
    assert "<tr><td>date</td><td>Marco</td><td>end must not be before start &lt;x&gt;</td></tr>" in page
