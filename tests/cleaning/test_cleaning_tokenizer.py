"""The cleaning tokenizer is part of a saved pipeline: spacy.load of nlp.to_disk rebuilds it (no model needed)."""
import pytest
import spacy

from pipeline import factories  # noqa: F401  (the tokenizer's registration, as the entry point gives it)
from pipeline.cleaning import CleaningTokenizer
from pipeline.extensions import get_article

CLEANING = {"@tokenizers": "newsfacts.cleaning_tokenizer.v1", "rules_path": None}


@pytest.mark.parametrize(
    "text,caption,credit,body",
    [("Troops patrol a street in Quito, Ecuador, on Feb. 17, 2026. | Gerardo Menoscal/AFP via Getty Images\n\n"
      "Rubio visited Ecuador.", "Troops patrol a street in Quito, Ecuador, on Feb. 17, 2026.",
      "Gerardo Menoscal/AFP via Getty Images", "Rubio visited Ecuador.")],
)
def test_cleaning_tokenizer_survives_to_disk_and_load(tmp_path, text, caption, credit, body):
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": CLEANING}})
    nlp.tokenizer.tokenizer.add_special_case("Rubio", [{"ORTH": "Rub"}, {"ORTH": "io"}])  # saved with the inner
    nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert isinstance(loaded.tokenizer, CleaningTokenizer)
    doc = loaded(text)
    assert doc.text == body and [t.text for t in doc][:2] == ["Rub", "io"]
    assert (get_article(doc).caption, get_article(doc).credit) == (caption, credit)


def test_cleaning_tokenizer_ends_a_sentence_after_millions(tmp_path):
    """"£118m. Sales rose": the full stop is its own token, as after any number, however the pipeline was loaded."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": CLEANING}})
    nlp.to_disk(tmp_path / "nlp")
    for loaded in (nlp, spacy.load(tmp_path / "nlp")):
        words = [t.text for t in loaded("Sales fell to £118m. Profits rose by 5m. Next year")]
        assert words[:6] == ["Sales", "fell", "to", "£", "118", "m"] and words[6] == "."
        assert words[11:13] == ["m", "."]


def test_cleaning_tokenizer_splits_a_dash_before_a_currency_sign(tmp_path):
    """"£30m-£35m": both ends of the range are tokens of their own, however the pipeline was loaded; a hyphen
    between words stays as spaCy splits it."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": CLEANING}})
    nlp.to_disk(tmp_path / "nlp")
    for loaded in (nlp, spacy.load(tmp_path / "nlp")):
        assert [t.text for t in loaded("worth £30m-£35m, a well-known $4-$6 fee")] == [
            "worth", "£", "30m", "-", "£35", "m", ",", "a", "well", "-", "known", "$", "4", "-", "$6", "fee"]


def test_cleaning_tokenizer_keeps_a_letter_and_hyphen_word_whole(tmp_path):
    """"e-mail", "e-mails" are one token each, however the pipeline was loaded; a capital's hyphen stays split as
    spaCy splits it (names and numerals: "T-Mobile", "World War I-era")."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": CLEANING}})
    nlp.to_disk(tmp_path / "nlp")
    for loaded in (nlp, spacy.load(tmp_path / "nlp")):
        assert [t.text for t in loaded('an e-mail ("e-mails") to T-Mobile')] == [
            "an", "e-mail", "(", '"', "e-mails", '"', ")", "to", "T", "-", "Mobile"]


def test_cleaning_tokenizer_opens_a_sentence_after_a_blank_line():
    """A headline without a full stop is its own sentence: the parser keeps the boundary the tokenizer sets."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": CLEANING}})
    doc = nlp("Carmaker to build cars in Sweden\n\nHalden Motors, the largest car maker, has confirmed it. And more")
    assert [t.text for t in doc if t.is_sent_start] == ["Carmaker", "Halden"]
    assert next(t for t in doc if t.text == "And").is_sent_start is None  # the rest is left to the parser


def test_cleaning_tokenizer_opens_a_sentence_at_a_list_s_bullet():
    """Each item of a list, a bullet at the start of its line, is a sentence of its own (not a hyphen mid-line)."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": CLEANING}})
    doc = nlp("The budget:\n- Raised spending on health to 10bn rupees\n- Pledged 5bn rupees for victims - a record")
    assert [t.i for t in doc if t.is_sent_start and t.text == "-"] == [4, 13]


def test_a_headline_is_no_subject_of_the_first_sentence(nlp):
    doc = nlp("Carmaker to build cars in Sweden\n\nHalden Motors, the largest car maker, has confirmed that it will "
              "build a new car in Sweden.")
    assert [(q.speaker.name if q.speaker else None, q.cue) for q in doc._.facts.quotes] == [("Halden Motors",
                                                                                          "confirm")]
