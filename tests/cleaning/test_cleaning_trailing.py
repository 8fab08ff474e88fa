"""What closes a page's article (the "trailing" rules of pipeline/data/cleaning.json): a related-stories list, an
author bio with its "Follow him on Twitter", newsletter prompts, a "Comments" label; and what must stay."""
import pytest

from pipeline.cleaning import ArticleCleaner, extract_html

ARTICLE = ("Astronomers said on Monday that they had found water vapour above Europa, a moon of Jupiter.\n\n"
           "NASA plans to launch the Europa Clipper mission in the mid-2020s to study the moon up close.")
RELATED = ("- NASA Europa Mission Could Spot Signs of Alien Life\n\n"
           "- Photos: Europa, Mysterious Icy Moon of Jupiter\n\n"
           "- Keck Observatory: Twin Telescopes on Mauna Kea")
BIO = ("Jane Roe's book about the search for alien life, \"Out There\" (Grand Central Publishing, 2018), is out now. "
       "Follow her on Twitter @janeroe. Follow us on Twitter @Example or Facebook.")
PAGE = """<html><head><title>Hubble sees water on Europa</title></head><body><article>
<h1>Hubble sees water on Europa</h1>
<p>Astronomers said on Monday that they had found water vapour above the surface of Europa, one of the moons of Jupiter,
for the first time.</p>
<p>The team, led by Lucas Paganini of NASA, used the Keck Observatory in Hawaii to watch the moon on 17 nights.</p>
<p>NASA plans to launch the Europa Clipper mission in the mid-2020s to study the moon up close.</p>
{extra}
</article></body></html>"""
LINKS = ('<ul><li><a href="/a">NASA Europa Mission Could Spot Signs of Alien Life</a></li>'
         '<li><a href="/b">Photos: Europa, Mysterious Icy Moon of Jupiter</a></li>'
         '<li><a href="/c">Keck Observatory: Twin Telescopes on Mauna Kea</a></li></ul>')


@pytest.fixture(scope="module")
def cleaner():
    return ArticleCleaner()


def test_trailing_related_list_and_bio_go(cleaner):
    result = cleaner(f"{ARTICLE}\n\n{RELATED}\n\n{BIO}")
    assert result.body == ARTICLE
    assert [rule for rule, _ in result.removed] == ["related_list"] * 3 + ["trailing_promo"]
    assert [text for _, text in result.removed] == [*RELATED.split("\n\n"), BIO]
    # "- Photos: ..." is a link in the list, not a photo credit or caption
    assert result.credit is None and result.caption is None


def test_trailing_related_list_alone_at_the_end_goes(cleaner):
    assert cleaner(f"{ARTICLE}\n\n{RELATED}").body == ARTICLE


def test_trailing_page_furniture_goes_from_html():
    page = extract_html(PAGE.format(extra=f"{LINKS}\n<p><em>{BIO}</em></p>"))
    assert page.body.endswith("to study the moon up close.")
    assert "Keck Observatory: Twin" not in page.body and "@janeroe" not in page.body
    assert page.credit is None


def test_trailing_html_sentence_case_list_of_facts_stays():
    facts = ("<ul><li>The plumes rise about 200 kilometres above the ice</li>"
             "<li>They were seen on only one of 17 nights</li><li>Each holds about 2,360 kilograms of water</li></ul>")
    page = extract_html(PAGE.format(extra=f"<p>The findings in brief</p>{facts}"))
    assert page.body.endswith("- Each holds about 2,360 kilograms of water")
    assert "- The plumes rise about 200 kilometres above the ice" in page.body


@pytest.mark.parametrize(
    "ending,rule",
    [
        ("Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.",
         "trailing_promo"),
        ("Have a tip? Jane Roe may be reached at jroe@example.com. Follow her on Twitter @janeroe or on Facebook.",
         "trailing_promo"),
        ("Get the latest updates right in your inbox. Subscribe to the Gazette's newsletters.", "trailing_promo"),
        ("Comments", "trailing_label"),
    ],
)
def test_trailing_promos_and_labels_go(cleaner, ending, rule):
    result = cleaner(f"{ARTICLE}\n\n{ending}")
    assert result.body == ARTICLE
    assert result.removed == [(rule, ending)]


def test_trailing_furniture_goes_one_block_after_another(cleaner):
    ending = f"{RELATED}\n\nHave a tip? Write to tips@example.com. Follow us on Facebook.\n\nComments\n\ncomments"
    assert cleaner(f"{ARTICLE}\n\n{ending}").body == ARTICLE


@pytest.mark.parametrize(
    "line,rule",
    [
        ("[Related: Salesforce Keynote: AI, Integration And Protestors]", "read_more"),
        ("You may also like...", "read_more"),
        ("Related posts: Ten Moons With Oceans", "read_more"),
        ("(Image credit: NASA/JPL-Caltech)", "credit"),
        ("Photo credit: Jane Doe/AP", "credit"),
    ],
)
def test_trailing_boilerplate_lines_go_anywhere(cleaner, line, rule):
    result = cleaner(f"{ARTICLE}\n\n{line}\n\nThe probe will reach Jupiter in 2030.")
    assert result.body == f"{ARTICLE}\n\nThe probe will reach Jupiter in 2030."
    assert result.removed[0][0] == rule


@pytest.mark.parametrize(
    "ending",
    [
        # a news paragraph that starts with a dash
        "- The minister, speaking in Geneva, said the talks would resume on Monday.",
        "- Additional Reporting From Our Bureau In Nairobi And Our Team In Geneva.",
        # a bulleted list of facts in sentence case
        "- Prices rose 5% in March\n\n- Unemployment fell to its lowest level since 1975\n\n- Exports to China doubled",
        # headline-case items the article introduces with a colon (a shortlist, not related stories)
        "The shortlist:\n\n- The Testaments by Margaret Atwood\n\n- Girl, Woman, Other by Bernardine Evaristo",
        # one headline-case item alone is not a list of related stories
        "- Keck Observatory: Twin Telescopes on Mauna Kea",
        # a quoted headline inside a sentence
        'The Gazette ran the headline "NASA Europa Mission Could Spot Signs of Alien Life" on Tuesday.',
        # follow, sign up and subscribe inside a sentence, not opening one
        "Officials urged residents to follow the council on Twitter and to sign up for flood alerts.",
        'The band told fans: "Subscribe to our channel for the tour dates," its manager said.',
        "Comments from the minister were not available on Monday.",
    ],
)
def test_trailing_article_endings_stay(cleaner, ending):
    text = f"{ARTICLE}\n\n{ending}"
    result = cleaner(text)
    assert result.body == text and result.removed == []


def test_trailing_headline_list_inside_the_article_stays(cleaner):
    text = f"{ARTICLE}\n\n{RELATED}\n\nThe probe will reach Jupiter in 2030, officials said."
    assert cleaner(text).body == text


@pytest.mark.parametrize("text", [BIO, RELATED, f"{RELATED}\n\n{BIO}"])
def test_trailing_rules_never_empty_a_body_of_furniture_alone(cleaner, text):
    """A text that is nothing but a bio, or nothing but a list, is all there is: it stays (the list stays too)."""
    assert cleaner(text).body.startswith(text.split("\n\n")[0])
