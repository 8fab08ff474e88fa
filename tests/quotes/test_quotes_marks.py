import pytest

from pipeline.quotes.marks import find_quotes


def _quoted(text):
    return [text[s:e] for s, e in find_quotes(text)]


@pytest.mark.parametrize(
    "text,quotes",
    [
        ("“We will win,” she said.", ["We will win,"]),
        ('"We will win," she said.', ["We will win,"]),
        ('He said "yes" and then "no".', ["yes", "no"]),
        ("“He told me ‘never again’ twice,” she said.", ["He told me ‘never again’ twice,"]),
        ("The minister said the U.S. would “blow up” the groups.", ["blow up"]),
        ("“An unclosed quote runs to the paragraph end.\n\nNext paragraph.", ["An unclosed quote runs to the paragraph end."]),
        ("“First paragraph of a long quote.\n\n“Second paragraph,” he said.",
         ["First paragraph of a long quote.\n\n“Second paragraph,"]),
        ("No quotes at all.", []),
        ("Odd number of marks: \" here", ["here"]),
        ("Rock ’n’ roll and the ’90s are not quotes.", []),
        ("", []),
    ],
)
def test_find_quotes(text, quotes):
    assert _quoted(text) == quotes


@pytest.mark.parametrize("text", ["\"" * 501, "“" * 300 + "”" * 7, "\n\n“" * 200])
def test_find_quotes_survives_pathological_marks(text):
    spans = find_quotes(text)
    assert all(0 <= s <= e <= len(text) for s, e in spans)


@pytest.mark.parametrize("text,expected,words", [
    # a quote run on over a paragraph break the text lost: the straight mark after ". " reopens it
    ('"Rates are fine," said Ana. "But if growth slows, cut them. "Retail is weak." He left.',
     ["Rates are fine,", 'But if growth slows, cut them. "Retail is weak.'],
     ["Rates are fine,", "But if growth slows, cut them. Retail is weak."]),
    # a mark opening a phrase mid-sentence is no reopening: the quote before it was closed
    ('She said "slowed" and "weak" were fair words.', ["slowed", "weak"], ["slowed", "weak"]),
])
def test_marks_straight_quotes_reopened_after_a_sentence(text, expected, words):
    from pipeline.quotes.marks import quoted_words

    spans = find_quotes(text)
    assert [text[s:e] for s, e in spans] == expected
    assert [quoted_words(text, s, e) for s, e in spans] == words


@pytest.mark.parametrize("text,expected", [
    ("''We will win,'' he said. ''The voters are with us.''", ["We will win,", "The voters are with us."]),
    ("She called it ''a fantasy'' and left; the mayor's office didn't reply.", ["a fantasy"]),
    ("''We will win.\n\n''The voters are with us,'' he said.", ["We will win.\n\n''The voters are with us,"]),
])
def test_marks_two_apostrophes_are_a_double_mark(text, expected):
    assert [text[s:e] for s, e in find_quotes(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ('“No comment," she said. “We will see," he added.', ["No comment,", "We will see,"]),
    ('There was “no evidence" yet, the mayor said.', ["no evidence"]),
])
def test_marks_a_straight_mark_closes_a_typographic_quote(text, expected):
    assert [text[s:e] for s, e in find_quotes(text)] == expected
