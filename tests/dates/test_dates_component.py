import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("Southern Command said Tuesday that operations had begun.", "2026-02-17", ("Tuesday", "2026-02-17")),
        ("The minister resigned in January.", "2026-02-17", ("January", "2026-01")),
        ("Rubio visited Ecuador in September.", "2026-02-17", ("September", "2025-09")),
        ("The crisis began in January 2024.", "2026-02-17", ("January 2024", "2024-01")),
        ("The ministry said Friday that talks would resume.", "2026-03-06", ("Friday", "2026-03-06")),
    ],
)
def test_dates_resolved_against_published(run, text, published, expected):
    doc = run(text, published)
    found = {(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates}
    assert expected in found


@pytest.mark.parametrize("text", ["The ministry said Tuesday that talks would resume."])
def test_dates_unresolved_without_published(run, text):
    doc = run(text)
    (date,) = doc._.facts.dates
    assert date.value is None and date.granularity == "day"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Talks will resume in March.", ("March", "2026-03")),
        ("The election is planned for Friday.", ("Friday", "2026-02-20")),
        ("Talks resumed in March.", ("March", "2025-03")),
    ],
)
def test_dates_future_tense_looks_forward(run, text, expected):
    doc = run(text, "2026-02-17")
    assert expected in {(doc.text[d.start:d.end], d.value) for d in doc._.facts.dates}
