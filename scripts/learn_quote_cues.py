"""Learn the reporting verbs of quote_cues.json from PolNeAR train: which verbs are an attribution's cue
there, by what they report: a clause ("X believes (that) ..."), a to-infinitive ("X pledged to ..."), an
object ("X cited a report") or the object of a preposition right after the verb ("X called for an inquiry").

Every verb in the train texts, parsed by the pipeline's own model, is counted under each kind of
complement it has: the times its lemma was the cue of a gold attribution, and all its uses. A lemma seen
as a cue at least ``--min-count`` times, and in at least ``--min-share`` of its uses of that kind, is
kept under ``learned`` in the cue file (the hand-made ``verbs`` stay as they are), with the counts
(``learned_counts``), so the lists are data and can be made again:

    python scripts/learn_quote_cues.py ../shared/data/polnear/train    # or: make data-quote-cues

The dev split is never read. About 10 minutes on one core (parsing 839 articles).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate.align import Aligner  # noqa: E402

CUES = ROOT / "pipeline" / "data" / "quote_cues.json"
PARSE = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"}
T_LINE = re.compile(r"^(T\d+)\t(?:Cue|Content) (\d+ \d+(?:;\d+ \d+)*)\t")
E_LINE = re.compile(r"^E\d+\t(.*)$")


def attributions(ann: Path) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """The (cue spans, content spans) of each attribution in one brat file; other lines, continuation
    lines of a span's text included, are ignored."""
    spans: dict[str, list[tuple[int, int]]] = {}
    found = []
    lines = ann.read_text(encoding="utf8").splitlines()
    for line in lines:
        match = T_LINE.match(line)
        if match:
            spans[match.group(1)] = [(int(a), int(b)) for a, b in (f.split() for f in match.group(2).split(";"))]
    for line in lines:
        match = E_LINE.match(line)
        if match:
            roles = dict(arg.split(":", 1) for arg in match.group(1).split() if ":" in arg)
            found.append((spans.get(roles.get("Cue"), []), spans.get(roles.get("Content"), [])))
    return found


def articles(folder: Path):
    """(text, attributions) per article: the first annotator's file of each text, as the reader takes it."""
    seen = set()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        text_file = folder / "text" / f"{stem}.txt"
        if stem in seen or not text_file.is_file():
            continue
        seen.add(stem)
        yield text_file.read_text(encoding="utf8"), attributions(ann)


def complements(token) -> list[tuple[str, object]]:
    """What a verb reports, by kind, with the word heading it: "clause" for a clausal complement ("said
    (that) ..."), "to" for a to-infinitive ("pledged to ..."), "object" for a direct object ("cited a
    report"), "prep:P" for the object of a preposition right after the verb ("called for an inquiry")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return []
    found = []
    for child in token.children:
        if child.dep_ == "ccomp":
            found.append(("clause", child))
        elif child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            found.append(("to", child))
        elif child.dep_ == "dobj":
            found.append(("object", child))
        elif child.dep_ == "prep" and child.i == token.i + 1:
            found += [(f"prep:{child.lower_}", c) for c in child.children if c.dep_ == "pobj"][:1]
    return found


def count(nlp, folder: Path, limit: int | None = None) -> tuple[Counter, Counter]:
    """Per (complement kind, verb lemma): the uses where the verb was a gold cue and the complement's head
    inside that attribution's content, and all uses."""
    as_cue: Counter = Counter()
    uses: Counter = Counter()
    pairs = list(articles(folder))[:limit]
    for doc, (text, found) in zip(nlp.pipe(text for text, _ in pairs), pairs):
        aligner = Aligner(doc.text, text)  # cleaning may change the text: offsets are carried over
        for token in doc:
            kinds = complements(token)
            if not kinds:
                continue
            at = aligner.offset(token.idx)
            contents = [content for cue, content in found if at is not None and any(s <= at < e for s, e in cue)]
            for kind, head in kinds:
                uses[kind, token.lemma_.lower()] += 1
                inside = aligner.offset(head.idx)
                as_cue[kind, token.lemma_.lower()] += inside is not None and any(
                    s <= inside < e for content in contents for s, e in content)
    return as_cue, uses


def dumps(rules: dict) -> str:
    """The cue file as JSON, each [times a cue, uses] pair on one line."""
    return re.sub(r"\[\s+(\d+),\s+(\d+)\s+\]", r"[\1, \2]", json.dumps(rules, indent=1, ensure_ascii=False)) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("train", type=Path, help="PolNeAR train folder (text/ and attributions/)")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--min-share", type=float, default=0.5)
    parser.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    parser.add_argument("--out", type=Path, default=CUES)
    args = parser.parse_args(argv)
    from pipeline.api import load

    nlp = load()  # the pipeline's own tokenizer and parser; its fact stages are not needed
    with nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in PARSE]):
        as_cue, uses = count(nlp, args.train, args.limit)
    rules = json.loads(args.out.read_text(encoding="utf8"))
    rules.setdefault("learned_used", ["clause"])
    counts = {f"{kind}:{lemma}": [as_cue[kind, lemma], uses[kind, lemma]] for kind, lemma in sorted(uses)
              if as_cue[kind, lemma] >= args.min_count}
    rules["learned"] = {kind: sorted(lemma for (k, lemma) in uses if k == kind and as_cue[k, lemma] >= args.min_count
                                     and as_cue[k, lemma] / uses[k, lemma] >= args.min_share)
                        for kind in sorted({k for k, _ in uses})}
    rules["learned"] = {kind: lemmas for kind, lemmas in rules["learned"].items() if lemmas}
    rules["learned_counts"] = counts
    rules["_learned"] = (f"learned: verbs by what they report (clause, to-infinitive, object, object of a preposition "
                         f"P right after the verb), from scripts/learn_quote_cues.py on PolNeAR train: a cue at least "
                         f"{args.min_count} times and in at least {args.min_share:.0%} of such uses; learned_counts: "
                         f"[times a cue, uses] of every verb seen a cue {args.min_count} times")
    args.out.write_text(dumps(rules), encoding="utf8")
    for kind, lemmas in rules["learned"].items():
        print(f"{kind}: {len(lemmas)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
