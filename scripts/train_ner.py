"""Train the news NER on CoNLL-2003 (train, dev for early stopping) and save it under models/.

    python scripts/train_ner.py ../shared/data/conll2003 models/ner-conll

Converts the CoNLL files with spaCy's own converter (IOB1 and IOB2, -DOCSTART- documents), trains
configs/ner.cfg, copies the best model to the output folder and writes its dev metrics beside it.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
from training import train_and_save, training_options, write_metrics


def _find(folder: Path, split: str) -> Path:
    candidates = sorted(folder.glob(f"*{split}*.txt")) + sorted(folder.glob(f"*{split}*.conll*"))
    if not candidates:
        raise click.ClickException(f"no CoNLL {split} file (*{split}*.txt) in {folder}")
    return candidates[0]


def _convert(source: Path, target_dir: Path, line_breaks: float = 0.0) -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "spacy", "convert", str(source), str(target_dir), "--converter", "ner",
                    "--n-sents", "10", "--file-type", "spacy"], check=True)
    converted = target_dir / (source.stem + ".spacy")
    if line_breaks:
        with_line_breaks(converted, line_breaks)
    return converted


def with_line_breaks(path: Path, rate: float, seed: int = 0) -> None:
    """Put a line-break token ("\n", or "\n\n" for a paragraph) between sentences of the converted CoNLL documents,
    at ``rate`` of the sentence boundaries, in place. The pipeline runs the NER on whole articles, whose sentences
    and paragraphs are separated by such whitespace tokens, which CoNLL's token files never show the model: without
    them in training a break beside a name costs it (CoNLL dev PER+ORG+LOC through the pipeline 86.6 with the
    breaks written as spaces, 85.3 with them; models/README.md has what training with them gave)."""
    import random

    import spacy
    from spacy.tokens import Doc, DocBin

    rng = random.Random(seed)
    nlp = spacy.blank("en")
    out = DocBin(store_user_data=False)
    for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
        words, spaces, tags = [], [], []
        for token in doc:
            if token.i and token.is_sent_start and rng.random() < rate:
                spaces[-1] = False
                words.append("\n\n" if rng.random() < 0.3 else "\n")
                spaces.append(False)
                tags.append("O")
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            tags.append(f"{token.ent_iob_}-{token.ent_type_}" if token.ent_iob_ in {"B", "I"} else "O")
        out.add(Doc(nlp.vocab, words=words, spaces=spaces, ents=tags))
    out.to_disk(path)


CONLL04_TO_CONLL = {"Peop": "PER", "Org": "ORG", "Loc": "LOC"}


def conll04_as_ner(source: Path, target: Path) -> int:
    """CoNLL04's sentences (the shipped multi-head ``train.txt``) as NER training Docs in CoNLL-2003's conventions,
    written to ``target``; returns the number of sentences. CoNLL04 marks people, organisations and places
    (Peop, Org, Loc) in general news, where CoNLL-2003 is mostly sport and markets; where its conventions differ the
    tokens are left unannotated (missing, not O) rather than taught the other way:

    - its Other (dates, numbers, money, works, nationalities now and then) is no MISC: missing;
    - a nationality it leaves out or calls a place ("American", "Soviet" alone) is CoNLL-2003's MISC: missing;
    - titles and honorifics it reads into a person's name ("President Bush", "Mrs. Higgins") are cut off (O), as
      CoNLL-2003 leaves them out (roles.json titles and honorifics);
    - a place it writes with its state or country ("Niles , Ohio") is two places, as in CoNLL-2003;
    - its FBIS transcripts' header lines ("BK2106131694 Jakarta Radio Republik Indonesia Network in Indonesian 1200
      GMT") and datelines ("( Text ) Tokyo , June 20 KYODO --"), a wire code or two capitalised words or more in
      them, are left out: they teach that a capitalised word opening a line is a place.
    """
    import spacy
    from spacy.tokens import Doc, DocBin

    from pipeline.data_files import data_path, read_json
    from pipeline.relations.formats import read_conll04

    roles = read_json(data_path("roles.json"))
    titles = {t for t in roles["titles"] if " " not in t} | set(roles["honorifics"])
    demonyms = set(read_json(data_path("demonyms.json"))["demonyms"])
    nlp = spacy.blank("en")
    out = DocBin(store_user_data=False)
    sentences = [s for s in read_conll04(source, source.read_text(encoding="utf8")) if not _wire_header(s.tokens)]
    for sentence in sentences:
        words = sentence.tokens
        tags: list[str | None] = [None if w in demonyms else "O" for w in words]
        for start, end, kind in sentence.entities:
            label = CONLL04_TO_CONLL.get(kind)
            if label is None or (end - start == 1 and words[start] in demonyms):
                tags[start:end] = [None] * (end - start)
                continue
            if label == "PER":
                while end - start > 1 and words[start].lower() in titles:
                    tags[start] = "O"
                    start += 1
            pieces = [(start, end)]
            if label == "LOC" and "," in words[start:end]:  # "Niles , Ohio": the town, then its state
                comma = words.index(",", start, end)
                pieces = [(start, comma), (comma + 1, end)]
                tags[comma] = "O"
            for a, b in pieces:
                if b > a:
                    tags[a:b] = [f"B-{label}"] + [f"I-{label}"] * (b - a - 1)
        out.add(Doc(nlp.vocab, words=words, ents=tags))
    out.to_disk(target)
    return len(sentences)


def _wire_header(words: list[str]) -> bool:
    """A wire service's header or dateline: a transmission code ("BK2106131694"), "( Text )", or two words or more
    in capitals ("KYODO", "CTK", "HOSPODARSKE NOVINY")."""
    import re

    return any(re.fullmatch(r"[A-Z]{2}\d{6,}[A-Z]?", w) for w in words) or "( Text )" in " ".join(words) \
        or sum(w.isupper() and len(w) > 2 for w in words) >= 2


def line_breaks_option(command):
    return click.option("--line-breaks", type=click.FloatRange(0, 1), default=0.0, show_default=True,
                        help="Share of sentence boundaries given a line-break token, as in whole articles (0: none; "
                             "see models/README.md for what 0.5 gave).")(command)


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("data_dir", type=click.Path(path_type=Path))
@click.argument("output", type=click.Path(path_type=Path))
@training_options("ner.cfg", "ner")
@line_breaks_option
@click.option("--conll04", "conll04_train", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Also train on this CoNLL04 file (train.txt), in CoNLL-2003's conventions (see conll04_as_ner).")
def main(data_dir: Path, output: Path, config: Path, work: Path, max_steps: int | None, line_breaks: float,
         conll04_train: Path | None) -> None:
    """Train configs/ner.cfg on the CoNLL-2003 files in DATA_DIR and save the model to OUTPUT."""
    if not data_dir.is_dir():
        raise click.ClickException(f"CoNLL-2003 data folder not found: {data_dir} (set NEWSFACTS_DATA)")
    train = _convert(_find(data_dir, "train"), work / "corpus" / "train", line_breaks)
    dev = _convert(_find(data_dir, "dev"), work / "corpus", line_breaks)
    if conll04_train is not None:  # spaCy's corpus reader takes every .spacy file in the train folder
        click.echo(f"CoNLL04: {conll04_as_ner(conll04_train, train.parent / 'conll04.spacy')} sentences")
    metrics = train_and_save(config, work, {"paths.train": str(train.parent), "paths.dev": str(dev)}, max_steps,
                             output, ("ents_p", "ents_r", "ents_f", "ents_per_type"))
    write_metrics(output, metrics)
    click.echo(f"saved {output}: dev ents_f={metrics['ents_f']}")


if __name__ == "__main__":
    main()
