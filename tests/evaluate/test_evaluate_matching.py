import pytest

from pipeline.evaluate.align import Aligner
from pipeline.evaluate.matching import Counts, Item, field_counts, match


def item(start, end, label=None, doc="d", **fields):
    return Item(doc, ((start, end),), label, fields)


@pytest.mark.parametrize(
    "gold,pred,mode,expected",
    [
        # identical spans: exact and overlap agree
        ([item(0, 5)], [item(0, 5)], "exact", (1, 1, 1)),
        # one character off: no exact match, but an overlap match
        ([item(0, 5)], [item(0, 4)], "exact", (0, 1, 1)),
        ([item(0, 5)], [item(0, 4)], "overlap", (1, 1, 1)),
        # touching spans share no character
        ([item(0, 5)], [item(5, 9)], "overlap", (0, 1, 1)),
        # a label mismatch never matches
        ([item(0, 5, "PER")], [item(0, 5, "ORG")], "overlap", (0, 1, 1)),
        # another document never matches
        ([item(0, 5)], [item(0, 5, doc="e")], "exact", (0, 1, 1)),
        # one prediction covering two gold items matches only one of them
        ([item(0, 5), item(6, 10)], [item(0, 10)], "overlap", (1, 1, 2)),
        # duplicated predictions: the second is a false positive
        ([item(0, 5)], [item(0, 5), item(0, 5)], "exact", (1, 2, 1)),
    ],
)
def test_match_counts(gold, pred, mode, expected):
    assert match(gold, pred, mode).counts() == Counts(*expected)


@pytest.mark.parametrize("mode", ["overlap"])
def test_match_overlap_pairs_nested_spans_with_their_own_counterparts(mode):
    outer, inner = item(0, 100), item(40, 60)
    result = match([outer, inner], [item(40, 60), item(0, 100)], mode)
    assert {(g.spans, p.spans) for g, p in result.pairs} == {(((0, 100),), ((0, 100),)), (((40, 60),), ((40, 60),))}


@pytest.mark.parametrize("mode", ["overlap"])
def test_match_discontinuous_spans_overlap_on_any_fragment(mode):
    gold = Item("d", ((0, 5), (20, 30)))
    assert match([gold], [item(25, 40)], mode).counts().tp == 1


@pytest.mark.parametrize("tp,pred,gold,p,r,f1", [(2, 4, 5, 0.5, 0.4, 0.4444), (0, 0, 3, 0.0, 0.0, 0.0), (0, 2, 0, 0.0, 0.0, 0.0)])
def test_counts_precision_recall_f1_by_hand(tp, pred, gold, p, r, f1):
    c = Counts(tp, pred, gold)
    assert (round(c.p, 4), round(c.r, 4), round(c.f1, 4)) == (p, r, f1)


@pytest.mark.parametrize("name", ["value"])
def test_field_counts_score_only_agreeing_pairs_over_all_items(name):
    gold = [item(0, 5, value="2026"), item(10, 15, value="2025"), item(20, 25, value="P1Y")]
    pred = [item(0, 5, value="2026"), item(10, 14, value="2024"), item(40, 45, value="x")]
    counts, wrong = field_counts(match(gold, pred, "overlap"), name)
    assert counts == Counts(1, 3, 3)
    assert [(g.fields[name], p.fields[name]) for g, p in wrong] == [("2025", "2024")]


@pytest.mark.parametrize(
    "source,target,span,expected",
    [
        ("Rubio visited Quito.", "Rubio visited Quito.", (6, 13), (6, 13)),
        ("Rubio visited Quito.", "Rubio  visited   Quito.", (14, 19), (17, 22)),
        ("CAPTION\n\nRubio visited Quito.", "Rubio visited Quito.", (9, 14), (0, 5)),
        ("CAPTION\n\nRubio visited Quito.", "Rubio visited Quito.", (0, 7), None),
    ],
)
def test_aligner_carries_spans_onto_the_gold_text(source, target, span, expected):
    assert Aligner(source, target).span(*span) == expected
