"""`make train-ner` end to end on a tiny CoNLL sample written for the project, then the merged pipeline."""
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import pipeline

ROOT = Path(__file__).resolve().parents[2]
TINY = ROOT / "tests" / "fixtures" / "conll_tiny"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    work = tmp_path_factory.mktemp("ner")
    out = work / "model"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_ner.py"), str(TINY), str(out), "--work",
                    str(work / "work"), "--max-steps", "10"], check=True, capture_output=True)
    return out


def test_train_ner_saves_model_and_metrics(tiny_model):
    assert (tiny_model / "meta.json").is_file()
    assert (tiny_model / "metrics.json").is_file()
    assert (tiny_model / "ner_conll").is_dir()


def test_train_ner_learns_the_conll_labels(tiny_model):
    ner = spacy.load(tiny_model).get_pipe("ner_conll")
    assert set(ner.labels) == {"PER", "ORG", "LOC", "MISC"}


def test_line_breaks_go_between_sentences_and_keep_every_name(tmp_path):
    from spacy.tokens import Doc, DocBin

    sys.path.insert(0, str(ROOT / "scripts"))
    import train_ner

    nlp = spacy.blank("en")
    words = ["Ana", "Ruiz", "left", ".", "Quito", "wept", ".", "Bo", "came", "."]
    doc = Doc(nlp.vocab, words=words, sent_starts=[True, False, False, False, True, False, False, True, False, False],
              ents=["B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "B-PER", "O", "O"])
    path = tmp_path / "docs.spacy"
    DocBin(docs=[doc]).to_disk(path)
    train_ner.with_line_breaks(path, 1.0)
    (out,) = DocBin().from_disk(path).get_docs(nlp.vocab)
    assert [t.text for t in out if not t.is_space] == words and sum(t.is_space for t in out) == 2
    assert [t.i for t in out if t.is_space] == [4, 8]  # before "Quito" and before "Bo"
    assert [(e.text, e.label_) for e in out.ents] == [("Ana Ruiz", "PER"), ("Quito", "LOC"), ("Bo", "PER")]


@pytest.fixture(scope="module")
def stand_in_model(tmp_path_factory):
    """A trained NER stand-in that always gives the same names: a rule component saved as `ner_conll`."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", name="ner_conll")
    ruler.add_patterns([{"label": "ORG", "pattern": "Los Lobos"}, {"label": "LOC", "pattern": "Quito"}])
    path = tmp_path_factory.mktemp("stand_in") / "model"
    nlp.to_disk(path)
    return path


def test_pipeline_merges_trained_ner(stand_in_model, tmp_path):
    config = (ROOT / "configs" / "pipeline.cfg").read_text(encoding="utf8")
    config = config.replace('trained_ner = "models/ner-conll"', f'trained_ner = "{stand_in_model}"')
    (tmp_path / "pipeline.cfg").write_text(config, encoding="utf8")
    nlp = pipeline.load(tmp_path / "pipeline.cfg")
    assert nlp.pipe_names.index("newsfacts_stash_ents") < nlp.pipe_names.index("ner_conll")
    doc = nlp("Los Lobos is a gang in Quito, police said on Tuesday.")
    merged = {(e.text, e.label_) for e in doc.ents}
    pretrained = {(e.text, e.label_) for e in doc.spans["pretrained_ents"]}
    assert ("Los Lobos", "PERSON") in pretrained  # the pretrained model alone gets the gang wrong
    assert ("Los Lobos", "ORG") in merged  # the trained name wins, under its OntoNotes label
    assert ("Quito", "GPE") in merged  # LOC takes the pretrained place label on the same tokens
    assert ("Tuesday", "DATE") in merged  # a pretrained span no trained name covers survives


def test_train_ner_missing_data_is_one_line():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_ner.py"), "/nonexistent", "/tmp/x"],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "not found" in result.stderr and "Traceback" not in result.stderr


def _multihead(sentences) -> str:
    """Sentences of (word, tag) pairs in CoNLL04's shipped multi-head token format, no relations."""
    lines = []
    for n, sentence in enumerate(sentences):
        lines.append(f"#doc {n}")
        lines += [f"{i}\t{word}\t{tag}\t['N']\t[{i}]" for i, (word, tag) in enumerate(sentence)]
        lines.append("")
    return "\n".join(lines)


def test_conll04_sentences_become_ner_docs_in_conll2003s_conventions(tmp_path):
    from spacy.tokens import DocBin

    sys.path.insert(0, str(ROOT / "scripts"))
    import train_ner

    source = tmp_path / "train.txt"
    source.write_text(_multihead([
        [("President", "B-Peop"), ("Ana", "I-Peop"), ("Ruiz", "I-Peop"), ("visited", "O"), ("Niles", "B-Loc"),
         (",", "I-Loc"), ("Ohio", "I-Loc"), ("on", "O"), ("June", "B-Other"), ("5", "I-Other"), (".", "O")],
        [("American", "O"), ("officials", "O"), ("praised", "O"), ("Norvex", "B-Org"), ("Corp.", "I-Org"),
         (".", "O")],
        [("BK2106131694", "O"), ("Jakarta", "B-Loc"), ("Radio", "B-Org"), ("KITA", "I-Org"), ("NEWS", "I-Org")],
    ]), encoding="utf8")
    target = tmp_path / "conll04.spacy"
    assert train_ner.conll04_as_ner(source, target) == 2  # the wire header is left out
    first, second = DocBin().from_disk(target).get_docs(spacy.blank("en").vocab)
    # the title is cut off the person, the town and its state are two places, Other is left unannotated
    assert [(e.text, e.label_) for e in first.ents] == [("Ana Ruiz", "PER"), ("Niles", "LOC"), ("Ohio", "LOC")]
    assert first[0].ent_iob_ == "O" and first[8].ent_iob_ == "" and first[9].ent_iob_ == ""
    # a nationality CoNLL04 leaves out is CoNLL-2003's MISC: unannotated, not O
    assert second[0].ent_iob_ == "" and [(e.text, e.label_) for e in second.ents] == [("Norvex Corp.", "ORG")]
