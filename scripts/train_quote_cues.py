"""Train the attribution cue tagger (issue 14) on PolNeAR: a CNN NER whose one label, CUE, marks the cue of each
gold attribution ("said", "told", "according to", "warned"), trained on the train split with dev for early
stopping (configs/quote-cues.cfg). The quotes stage reads its cues beside the learned verbs when a config names
it (``cue_model``; configs/polnear.cfg does):

    python scripts/train_quote_cues.py ../shared/data/polnear models/quote-cues    # or: make train-quote-cues

The texts are tokenised by a blank English pipeline, as the tagger reads them at run time.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import click  # noqa: E402
from training import train_and_save, training_options, write_metrics  # noqa: E402

LABEL = "CUE"


def cue_docs(folder: Path, nlp):
    """One Doc per PolNeAR article of ``folder``, each cue fragment an entity CUE, its words only (fragments that
    overlap another are left out)."""
    from spacy.util import filter_spans

    from pipeline.evaluate.documents import iter_docs
    from pipeline.evaluate.readers import READERS

    for record in iter_docs(READERS["polnear"](folder)):
        doc = nlp.make_doc(record["text"])
        spans = []
        for fact in record["facts"]:
            if fact.get("kind") != "quote":
                continue
            for start, end in fact.get("cue") or []:
                span = doc.char_span(int(start), int(end), label=LABEL, alignment_mode="expand")
                span = _words_only(span) if span is not None else None
                if span is not None:
                    spans.append(span)
        doc.ents = filter_spans(spans)
        yield doc


def _words_only(span):
    """The span without whitespace or punctuation at its ends (the NER cannot learn those), None when nothing is
    left: a colon or a dash that cues a quotation is the rules' to read."""
    from spacy.tokens import Span

    start, end = span.start, span.end
    while start < end and (span.doc[start].is_space or span.doc[start].is_punct):
        start += 1
    while end > start and (span.doc[end - 1].is_space or span.doc[end - 1].is_punct):
        end -= 1
    return Span(span.doc, start, end, label=span.label_) if end > start else None


def write_corpus(folder: Path, target: Path) -> Path:
    import spacy
    from spacy.tokens import DocBin

    target.parent.mkdir(parents=True, exist_ok=True)
    docs = DocBin(store_user_data=False)
    for doc in cue_docs(folder, spacy.blank("en")):
        docs.add(doc)
    docs.to_disk(target)
    return target


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("data_dir", type=click.Path(path_type=Path))
@click.argument("output", type=click.Path(path_type=Path))
@training_options("quote-cues.cfg", "quote-cues")
def main(data_dir: Path, output: Path, config: Path, work: Path, max_steps: int | None) -> None:
    """Train configs/quote-cues.cfg on the PolNeAR train split in DATA_DIR (dev for early stopping) into OUTPUT."""
    for split in ("train", "dev"):
        if not (data_dir / split).is_dir():
            raise click.ClickException(f"PolNeAR {split} split not found: {data_dir / split} (set NEWSFACTS_DATA)")
    train = write_corpus(data_dir / "train", work / "corpus" / "train.spacy")
    dev = write_corpus(data_dir / "dev", work / "corpus" / "dev.spacy")
    metrics = train_and_save(config, work, {"paths.train": str(train), "paths.dev": str(dev)}, max_steps, output,
                             ("ents_p", "ents_r", "ents_f"))
    write_metrics(output, metrics)
    click.echo(f"saved {output}: dev cue F1={metrics['ents_f']}")


if __name__ == "__main__":
    main()
