"""Each rule of pipeline/data/cleaning.json, with what it must take out and what it must leave."""
import pytest

from pipeline.cleaning import ArticleCleaner

BODY = "Officials said the talks would resume on Monday in Geneva.\n\nThe second paragraph adds detail."


@pytest.fixture(scope="module")
def cleaner():
    return ArticleCleaner()


@pytest.mark.parametrize(
    "line,rule",
    [
        ("Sign up for our daily newsletter", "sign_up"),
        ("Subscribe to The Morning Brief", "sign_up"),
        ("Get the best stories delivered straight to your inbox every morning.", "sign_up"),
        ("Read more: Ecuador declares state of emergency", "read_more"),
        ("READ MORE", "read_more"),
        ("Related: How the vote was won", "read_more"),
        ("More on this story", "read_more"),
        ("Follow us on Twitter for the latest updates", "social"),
        ("Advertisement", "social"),
        ("Image source, Getty Images", "media_label"),
        ("Image caption, Firefighters at the scene", "media_label"),
    ],
)
def test_cleaner_drops_boilerplate_lines(cleaner, line, rule):
    text = f"Officials said the talks would resume on Monday in Geneva.\n\n{line}\n\nThe second paragraph adds detail."
    result = cleaner(text)
    assert result.body == BODY
    assert (rule, line) in result.removed


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers to the service rose 5% in the quarter, the company said.",
        "Watch this space, the minister told reporters.",
        "Readers wrote in their thousands.",
        "Related parties must disclose their holdings, the regulator said.",
        "She said she would follow the rules on Twitter and elsewhere.",
    ],
)
def test_cleaner_keeps_body_lines_that_look_alike(cleaner, line):
    text = f"Officials said the talks would resume on Monday in Geneva.\n\n{line}\n\nThe end."
    assert cleaner(text).body == text


@pytest.mark.parametrize(
    "first,dateline,rest",
    [
        ("WASHINGTON (Reuters) - The U.S. Senate passed the bill.", "WASHINGTON (Reuters)", "The U.S. Senate passed the bill."),
        ("NEW YORK, March 3 (Reuters) — Stocks fell.", "NEW YORK, March 3 (Reuters)", "Stocks fell."),
        ("KYIV, Ukraine (AP) — Drones struck the city.", "KYIV, Ukraine (AP)", "Drones struck the city."),
        ("LONDON - Prices rose.", "LONDON", "Prices rose."),
        ("Washington (CNN) — The House voted.", "Washington (CNN)", "The House voted."),
    ],
)
def test_cleaner_splits_datelines(cleaner, first, dateline, rest):
    result = cleaner(f"{first}\n\nMore.")
    assert result.dateline == dateline
    assert result.body == f"{rest}\n\nMore."


@pytest.mark.parametrize(
    "first",
    ["US-China talks - a new round - began.", "The vote - narrowly - passed.", "Officials (and aides) - all left."],
)
def test_cleaner_leaves_sentences_with_dashes(cleaner, first):
    assert cleaner(f"{first}\n\nMore.").dateline is None


@pytest.mark.parametrize(
    "ending,removed",
    [
        ("\n\nReporting by Jane Doe in Nairobi; Editing by John Roe", "Reporting by Jane Doe in Nairobi; Editing by John Roe"),
        ("\n\n(Additional reporting by Ana Ruiz; Writing by Tom Lee)", "(Additional reporting by Ana Ruiz; Writing by Tom Lee)"),
        (" (Reporting by Jane Doe; Editing by John Roe)", "(Reporting by Jane Doe; Editing by John Roe)"),
    ],
)
def test_cleaner_drops_reporting_credits(cleaner, ending, removed):
    result = cleaner(BODY + ending)
    assert result.body == BODY
    assert ("reporting_credit", removed) in result.removed


def test_cleaner_keeps_reporting_sentence_inside_body(cleaner):
    text = "Reporting by local journalists revealed the scheme.\n\nThe end came quickly."
    assert cleaner(text).body == text


@pytest.mark.parametrize("finding", [
    "Research by phone maker Lumio shows that more people now use only a mobile.",
    "Research by the Harbour Trust found fewer boats in the bay.",
])
def test_cleaner_keeps_a_finding_reported_by_research(cleaner, finding):
    assert cleaner(f"{BODY}\n\n{finding}").body == f"{BODY}\n\n{finding}"
    assert cleaner(finding).body == finding


@pytest.mark.parametrize(
    "text,title,body,found_title",
    [
        # a headline found in the text is the title and stays in the body, its own first paragraph
        ("Ad sales boost Time Warner profit\n\nProfits jumped 76%.\n\nThe firm was pleased.", None,
         "Ad sales boost Time Warner profit\n\nProfits jumped 76%.\n\nThe firm was pleased.",
         "Ad sales boost Time Warner profit"),
        ("Ad sales boost Time Warner profit\n\nBy Jane Doe\n\nProfits jumped 76%.\n\nThe firm was pleased.", None,
         "Ad sales boost Time Warner profit\n\nProfits jumped 76%.\n\nThe firm was pleased.",
         "Ad sales boost Time Warner profit"),
        ("Ad sales boost Time Warner profit\n\nProfits jumped 76%.", None,
         "Ad sales boost Time Warner profit\n\nProfits jumped 76%.", None),
        ("Big news in Quito\n\nTroops arrived.", "Big news in Quito", "Troops arrived.", None),
        ("BIG NEWS IN QUITO!\n\nTroops arrived.", "Big news in Quito", "Troops arrived.", None),
        ("Troops arrived.\n\nBig news in Quito\n\nMore.", "Big news in Quito", "Troops arrived.\n\nBig news in Quito\n\nMore.", None),
        ("Officials said the talks resumed.\n\nMore.\n\nAnd more.", None, "Officials said the talks resumed.\n\nMore.\n\nAnd more.", None),
    ],
)
def test_cleaner_handles_headlines(cleaner, text, title, body, found_title):
    result = cleaner(text, title=title)
    assert result.body == body
    assert result.title == found_title


@pytest.mark.parametrize(
    "text,credit",
    [
        ("(AP Photo/Jane Doe)\n\nThe body.", "AP Photo/Jane Doe"),
        ("Photograph: John Smith/Reuters\n\nThe body.", "Photograph: John Smith/Reuters"),
        ("The body.\n\nGerardo Menoscal/AFP via Getty Images\n\nMore body.", "Gerardo Menoscal/AFP via Getty Images"),
    ],
)
def test_cleaner_takes_out_credit_lines(cleaner, text, credit):
    result = cleaner(text)
    assert result.credit == credit
    assert credit not in result.body


def test_cleaner_takes_captions_out_of_the_middle(cleaner):
    text = "First paragraph.\n\nA man walks past the ruins. | John Smith/Reuters\n\nSecond paragraph."
    result = cleaner(text)
    assert result.body == "First paragraph.\n\nSecond paragraph."
    assert result.caption == "A man walks past the ruins." and result.credit == "John Smith/Reuters"


@pytest.mark.parametrize(
    "names,expected",
    [
        (["Jane Doe", "5 Minute Read"], ["Jane Doe"]),
        (["Updated 3:45 PM", "Reuters", "John Roe"], ["John Roe"]),
        (["jane@example.com", "Jane Doe", "Jane Doe"], ["Jane Doe"]),
        (["Sports Desk"], []),
        (["Jane Roe is a reporter for the Gazette", "John Doe News reporter"], ["Jane Roe", "John Doe"]),
        (["Ana Ruiz, senior political correspondent", "Tom Reporter"], ["Ana Ruiz", "Tom Reporter"]),
    ],
)
def test_cleaner_cleans_author_lists(cleaner, names, expected):
    assert cleaner.clean_authors(names) == expected


def test_cleaner_full_furniture_example(cleaner):
    text = ("Crowds gather in Quito on Tuesday. | Jane Roe/AFP via Getty Images\n\nBy Aaron Pellish\n\n"
            "QUITO, Ecuador (AP) — The government declared an emergency.\n\nSign up for our newsletter\n\n"
            "Officials said more troops would come.\n\nRead more: Ecuador's crisis explained\n\n"
            "Reporting by Aaron Pellish; Editing by Tom Lee")
    result = cleaner(text)
    assert result.body == "The government declared an emergency.\n\nOfficials said more troops would come."
    assert result.authors == ["Aaron Pellish"] and result.dateline == "QUITO, Ecuador (AP)"
    assert result.caption == "Crowds gather in Quito on Tuesday." and result.credit == "Jane Roe/AFP via Getty Images"
    assert [rule for rule, _ in result.removed] == [
        "caption", "byline", "sign_up", "read_more", "reporting_credit", "dateline"]
