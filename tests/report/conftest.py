"""Facts files built by hand from the output contract's models, so report tests need no model."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import schema

HOSTILE = "<script>window.pwned = true; console.log('pwned')</script>"


def article_records(article_id: str, text: str, title: str | None = None) -> list:
    """An article and one fact of each kind, each on a word of ``text`` that must be there."""

    def span(word: str) -> dict:
        start = text.index(word)
        return {"article_id": article_id, "start": start, "end": start + len(word), "text": word,
                "sentence": text, "confidence": 0.9, "extractor": "test"}

    rubio = span("Rubio")
    return [
        schema.Article(article_id=article_id, text=text, title=title, published="2026-02-17",
                       url="javascript:alert(1)"),
        schema.EntityFact(id="e1", label="PERSON", name="Marco Rubio", mentions=[(rubio["start"], rubio["end"])],
                          **rubio),
        schema.RelationFact(id="r1", predicate="visited", subject=schema.EntityRef(name="Marco Rubio", label="PERSON"),
                            object=schema.EntityRef(name="Ecuador", label="GPE"), **span("visited Ecuador")),
        schema.QuantityFact(id="q1", value=45, qualifier="approximate", counted="strike", counted_phrase="strikes",
                            **span("about 45")),
        schema.DateFact(id="d1", value="2026-02-17", granularity="day", **span("Tuesday")),
        schema.QuoteFact(id="o1", speaker="Marco Rubio", cue="said", quote="we will win", direct=True,
                         **span("we will win")),
    ]


SAFE_TEXT = "Marco Rubio visited Ecuador on Tuesday after about 45 strikes. \u201cwe will win,\u201d Rubio said."


def hostile_text() -> str:
    return f"{HOSTILE} Rubio visited Ecuador on Tuesday after about 45 strikes. {HOSTILE} we will win, he said."


def write_facts(path: Path, records: list) -> Path:
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf8")
    return path


@pytest.fixture()
def facts_file(tmp_path) -> Path:
    """Two articles (one hostile, with the same id after cleaning), an error, in one facts file."""
    records = [
        *article_records("a/b", SAFE_TEXT, title="Rubio in Quito"),
        schema.ErrorRecord(article_id="broken", source="in/broken.json", code="E004", message="Malformed JSON <b>"),
        *article_records("a_b", hostile_text(), title=HOSTILE),
    ]
    return write_facts(tmp_path / "facts.jsonl", records)


# --- a headless Chromium, driven by selenium ------------------------------------------------------------

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1280,800", "--force-device-scale-factor=1", "--hide-scrollbars")
ARTEFACTS = Path(__file__).resolve().parents[2] / "out" / "test-artefacts"


def _missing_browser() -> str | None:
    import shutil

    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        return "Chromium is not installed here (apt-get install chromium chromium-driver; .ci/run does it)"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """A headless Chromium with a fresh profile, its console log kept (one per test module)."""
    import shutil

    reason = _missing_browser()
    if reason:
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def console_errors(driver) -> list[dict]:
    """The console entries at level SEVERE since the last call (script errors, refused scripts, failed loads)."""
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
