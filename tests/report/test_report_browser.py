"""The report in a real browser (headless Chromium): highlights, fact tables, a click on a fact, no errors."""
from __future__ import annotations

import shutil
import time

import pytest

from pipeline.report import build_report

from ..conftest import EXAMPLE
from .conftest import ARTEFACTS, HOSTILE, SAFE_TEXT, article_records, console_errors, write_facts

ROOT = EXAMPLE.parents[2]
SCREENSHOT = ROOT / "docs" / "report-example.png"

IN_VIEW = """
const rect = arguments[0].getBoundingClientRect();
return rect.height > 0 && rect.top >= 0 && rect.bottom <= window.innerHeight
    && rect.left >= 0 && rect.right <= window.innerWidth;
"""
#: The number of the fact whose evidence starts lowest in the text, and whether it starts out of view.
LOWEST_FACT = """
let best = null;
for (const link of document.querySelectorAll("a.fact")) {
  const span = document.querySelector('.ev[data-f~="' + link.dataset.fact + '"]');
  if (span && (!best || span.getBoundingClientRect().top > best[1])) {
    best = [link.dataset.fact, span.getBoundingClientRect().top];
  }
}
return best && [best[0], best[1] > window.innerHeight];
"""


@pytest.fixture(scope="module")
def example_report(nlp, tmp_path_factory):
    from pipeline.batch import process
    from pipeline.readers import read_inputs

    (records,) = list(process(nlp, read_inputs([EXAMPLE])))
    records[0] = records[0].model_copy(update={"source": str(EXAMPLE.relative_to(ROOT))})  # no local path shown
    out = tmp_path_factory.mktemp("report")
    build_report(write_facts(out / "facts.jsonl", records), out / "report")
    return out / "report" / "articles" / "us-ecuador-operations.html"


@pytest.mark.slow
@pytest.mark.parametrize("labels", [{"PERSON", "GPE", "ORG"}])
def test_report_browser_example_article(browser, example_report, labels):
    from selenium.webdriver.common.by import By

    console_errors(browser)
    browser.get(example_report.as_uri())
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.entity[data-label]")
    assert len(marks) >= 10 and labels <= {m.get_attribute("data-label") for m in marks}
    for kind in ("relation", "quantity", "date", "quote"):
        assert browser.find_elements(By.CSS_SELECTOR, f'table[data-kind="{kind}"] tbody tr'), kind

    number, out_of_view = browser.execute_script(LOWEST_FACT)
    assert out_of_view, "the lowest fact should start below the fold, so the click has to scroll"
    browser.find_element(By.CSS_SELECTOR, f'a.fact[data-fact="{number}"]').click()
    spans = browser.find_elements(By.CSS_SELECTOR, ".ev.hl")
    assert spans and all(number in s.get_attribute("data-f").split() for s in spans)
    assert browser.execute_script(IN_VIEW, spans[0])
    assert browser.find_element(By.ID, f"row-f{number}").get_attribute("class") == "hl"

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(ARTEFACTS / "report-example.png"))
    SCREENSHOT.parent.mkdir(exist_ok=True)
    shutil.copyfile(ARTEFACTS / "report-example.png", SCREENSHOT)
    assert console_errors(browser) == []


@pytest.mark.parametrize("page", ["articles/a_b-2.html", "index.html"])
def test_report_browser_hostile_article_runs_no_script(browser, facts_file, tmp_path, page):
    from selenium.webdriver.common.by import By

    build_report(facts_file, tmp_path / "report")
    console_errors(browser)
    browser.get((tmp_path / "report" / page).as_uri())
    assert browser.execute_script("return window.pwned") is None
    logs = browser.get_log("browser")
    assert not [entry for entry in logs if "pwned" in entry["message"] and "console-api" in entry["source"]]
    assert [entry for entry in logs if entry["level"] == "SEVERE"] == []
    assert HOSTILE in browser.find_element(By.TAG_NAME, "main").text


@pytest.mark.slow
@pytest.mark.parametrize("count", [2225])
def test_report_browser_index_of_a_large_report(browser, tmp_path, count):
    """The index of a BBC-sized report lists every article; its load time is measured and kept, not asserted."""
    records = [r for i in range(count) for r in article_records(f"bbc-{i:04d}", SAFE_TEXT, title=f"Story {i}")]
    started = time.perf_counter()
    summary = build_report(write_facts(tmp_path / "facts.jsonl", records), tmp_path / "report")
    built = time.perf_counter() - started
    console_errors(browser)
    browser.get(summary.index.as_uri())
    assert browser.execute_script("return document.querySelectorAll('table.index tbody tr').length") == count
    loaded, size = browser.execute_script(
        "const n = performance.getEntriesByType('navigation')[0]; return [n.loadEventEnd, n.decodedBodySize];")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    (ARTEFACTS / "index-load.txt").write_text(
        f"{count} articles: report built in {built:.1f} s; index.html {size / 1e6:.2f} MB "
        f"loaded in {loaded / 1000:.2f} s (navigation start to load event)\n", encoding="utf8")
    assert console_errors(browser) == []
