"""The trained-NER merge rule, on hand-built Docs (no model)."""
import pytest
from spacy.lang.en import English
from spacy.tokens import Span

from pipeline.entities.merge import merge_entities

TEXT = "Marco Rubio of the State Department visited Ecuador and met Ecuadorian officials on Tuesday in Quito"


@pytest.fixture(scope="module")
def doc():
    return English().make_doc(TEXT)


def _spans(doc, items):
    return [Span(doc, s, e, label=l) for s, e, l in items]


@pytest.mark.parametrize(
    "trained,pretrained,expected",
    [
        # trained names win; LOC takes the pretrained place label
        ([(0, 2, "PER"), (7, 8, "LOC")], [(0, 2, "PERSON"), (7, 8, "GPE")], [(0, 2, "PERSON"), (7, 8, "GPE")]),
        # trained MISC becomes the pretrained NORP; LOC with no pretrained place becomes GPE
        ([(10, 11, "MISC"), (15, 16, "LOC")], [(10, 11, "NORP")], [(10, 11, "NORP"), (15, 16, "GPE")]),
        # disagreement on boundaries: the trained span wins, the numeric/temporal spans are kept
        ([(4, 6, "ORG")], [(5, 6, "ORG"), (13, 14, "DATE")], [(4, 6, "ORG"), (13, 14, "DATE")]),
        # names only the pretrained model found are kept
        ([], [(0, 2, "PERSON"), (15, 16, "GPE")], [(0, 2, "PERSON"), (15, 16, "GPE")]),
        # MISC with no pretrained counterpart is NORP
        ([(10, 11, "MISC")], [], [(10, 11, "NORP")]),
    ],
)
def test_merge_entities(doc, trained, pretrained, expected):
    merged = merge_entities(doc, _spans(doc, trained), _spans(doc, pretrained))
    assert [(s.start, s.end, s.label_) for s in merged] == expected
