import pytest

from pipeline.cleaning import ArticleCleaner


@pytest.fixture(scope="module")
def cleaner():
    return ArticleCleaner()


@pytest.mark.parametrize(
    "text,caption,credit",
    [
        ("Troops patrol a street in Quito, Ecuador, on Feb. 17, 2026. | Gerardo Menoscal/AFP via Getty Images\n\nBody.",
         "Troops patrol a street in Quito, Ecuador, on Feb. 17, 2026.", "Gerardo Menoscal/AFP via Getty Images"),
        ("Protesters march in Paris on Monday. | John Smith/Reuters\n\nThe body.",
         "Protesters march in Paris on Monday.", "John Smith/Reuters"),
        ("A rescue worker searches the rubble. (AP Photo/Jane Doe)\n\nThe body.",
         "A rescue worker searches the rubble.", "AP Photo/Jane Doe"),
    ],
)
def test_cleaner_splits_caption_and_credit(cleaner, text, caption, credit):
    result = cleaner(text)
    assert result.caption == caption
    assert result.credit == credit
    assert result.body.endswith("body.") or result.body == "Body."


@pytest.mark.parametrize(
    "byline,authors",
    [
        ("By Aaron Pellish and Eric Bazail-Eimil", ["Aaron Pellish", "Eric Bazail-Eimil"]),
        ("By Jane Smith", ["Jane Smith"]),
        ("By Jane Smith, Reuters", ["Jane Smith"]),
        ("By Jane Smith, BBC News reporter", ["Jane Smith"]),
        ("By Ana María Ruiz, Tom O'Neill and Li Wei", ["Ana María Ruiz", "Tom O'Neill", "Li Wei"]),
        ("BY KATE JONES", ["KATE JONES"]),
        ("By and large, the markets rose", None),
    ],
)
def test_cleaner_reads_bylines(cleaner, byline, authors):
    result = cleaner(f"{byline}\n\nThe first paragraph of the story.")
    if authors is None:
        assert result.authors == [] and result.body.startswith(byline)
    else:
        assert result.authors == authors
        assert result.body == "The first paragraph of the story."


@pytest.mark.parametrize(
    "text",
    [
        "By the time the rescue teams arrived, the river had risen.\n\nMore text.",
        "The vote passed | narrowly\n\nMore text.",
        "Officials said the talks would resume on Monday.",
    ],
)
def test_cleaner_leaves_body_paragraphs_alone(cleaner, text):
    result = cleaner(text)
    assert result.body == text
    assert result.caption is None and result.authors == []


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("It\u00e2\u20ac\u2122s done.", "It’s done."),
        ("Two  spaces\tand a tab.", "Two spaces and a tab."),
        ("First.\r\n\r\n\r\n\r\nSecond.", "First.\n\nSecond."),
        ("zero\u200bwidth", "zerowidth"),
        ("“Curly quotes” stay curly.", "“Curly quotes” stay curly."),
    ],
)
def test_cleaner_repairs_text(cleaner, raw, clean):
    assert cleaner(raw).body == clean


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n"])
def test_cleaner_handles_empty_text(cleaner, text):
    assert cleaner(text).body == ""
