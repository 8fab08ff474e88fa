import re

import pytest

from pipeline.report.markup import Evidence, Mention, non_overlapping, render_text


def plain(markup) -> str:
    """The visible text: tags dropped, entity labels dropped, entities unescaped."""
    text = re.sub(r'<span class="entity-label">.*?</span>', "", str(markup))
    text = re.sub(r"<[^>]+>", "", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"').replace("&#39;", "'").replace(
        "&amp;", "&")


@pytest.mark.parametrize("text", ["Rubio visited Quito on Tuesday.", "a <b> & \"c\" 'd'\n\nnew paragraph"])
def test_report_markup_keeps_the_text(text):
    html = render_text(text, [Mention(0, 5, "PERSON", "Rubio")], [Evidence(2, 12, 1)])
    assert plain(html) == text


@pytest.mark.parametrize("label", ["PERSON"])
def test_report_markup_marks_entities_with_displacy_colours(label):
    html = str(render_text("Rubio visited Quito.", [Mention(0, 5, label, "Marco Rubio")], []))
    assert html.startswith('<mark class="entity" style="background: #aa9cfc" title="Marco Rubio"')
    assert f'<span class="entity-label">{label}</span></mark> visited' in html


@pytest.mark.parametrize("hostile", ["<script>window.pwned = 1</script>", '"><img src=x onerror=alert(1)>'])
def test_report_markup_escapes_text_labels_and_names(hostile):
    text = f"Quito {hostile} end"
    html = str(render_text(text, [Mention(0, 5, hostile, hostile)], [Evidence(6, 6 + len(hostile), 1)]))
    assert "<script" not in html and "<img" not in html
    assert plain(render_text(text, [], [])) == text


@pytest.mark.parametrize("spans", [[(0, 10, 1), (5, 15, 2)]])
def test_report_markup_overlapping_facts_share_segments(spans):
    text = "abcdefghijklmnopqrst"
    html = str(render_text(text, [], [Evidence(*span) for span in spans]))
    assert html == ('<span class="anchor" id="f1"></span><span class="ev" data-f="1">abcde</span>'
                    '<span class="anchor" id="f2"></span><span class="ev" data-f="1 2">fghij</span>'
                    '<span class="ev" data-f="2">klmno</span>pqrst')


@pytest.mark.parametrize("start,end", [(3, 3), (50, 60), (-4, 2)])
def test_report_markup_odd_spans_keep_an_anchor(start, end):
    text = "abcdefgh"
    html = str(render_text(text, [], [Evidence(start, end, 7)]))
    assert html.count('id="f7"') == 1
    assert plain(html) == text


@pytest.mark.parametrize("mentions,kept", [
    ([Mention(0, 10, "ORG", "a"), Mention(5, 12, "ORG", "b"), Mention(12, 14, "GPE", "c")], ["a", "c"]),
    ([Mention(4, 6, "ORG", "x"), Mention(4, 9, "ORG", "longer")], ["longer"]),
])
def test_report_markup_drops_overlapping_mentions(mentions, kept):
    assert [m.name for m in non_overlapping(mentions, 20)] == kept


@pytest.mark.parametrize("text", ["Rubio met Noboa in Quito."])
def test_report_markup_fact_across_an_entity_boundary_nests(text):
    html = str(render_text(text, [Mention(0, 5, "PERSON", "Rubio")], [Evidence(3, 15, 1)]))
    # the fact's segment inside the mark closes before the mark does
    assert '<span class="ev" data-f="1">io</span><span class="entity-label">PERSON</span></mark>' in html
    assert plain(html) == text
