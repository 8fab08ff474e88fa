"""Careful-reader audits: render a batch of BBC articles with their facts for a reader, then tally the verdicts.

    python scripts/audit.py render --seed 2132 --out audits/DZ      # two articles a section, rendered as DZ/*.md
    python scripts/audit.py tally audits/DZ                          # share of checks that held, per kind

A batch is two articles picked at random (``--seed``) from each section of the BBC corpus (``NEWSFACTS_DATA`` or
``../shared/data``, ``bbc-news``), none in a gold set of ``corpora/`` (``gold-bbc*``), none of the every-fifth-article
sample the sessions diff on (index 0, 5, 10 ... of the sorted paths), none picked by another batch beside ``--out``
(its ``picked.txt``). Each ``<section>-<id>.md`` holds the article's paragraphs and its facts, numbered by kind
(E entities, M merges, R roles, L relations, N numbers, D dates, Q quotes); a reader following ``docs/audit-brief.md``
writes ``<section>-<id>.verdict.txt`` beside it, one line a fact (``E3 OK``, ``N2 WRONG agent should be X``) and
``MISS <kind> ...`` lines for what is missing. ``tally`` reads them: the share of checks that held is
OK / (OK + WRONG + MISS). Audit folders hold third-party text: keep them out of the repository (``audits/`` is
ignored).
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"E": "entities", "M": "merges", "R": "roles", "L": "relations", "N": "numbers", "D": "dates", "Q": "quotes"}


def every_fifth(paths: list[Path]) -> set[Path]:
    """The every-fifth-article sample of the sorted corpus paths: the articles sessions diff their changes on."""
    return set(sorted(paths)[::5])


def pick(corpus: Path, seed: int, exclude: set[Path], per_section: int = 2) -> list[Path]:
    """``per_section`` articles of each section folder, at random, none in ``exclude``."""
    rng = random.Random(seed)
    picked = []
    for section in sorted(p for p in corpus.iterdir() if p.is_dir()):
        files = sorted(f for f in section.glob("*.txt") if f not in exclude)
        picked += rng.sample(files, min(per_section, len(files)))
    return picked


def gold_articles(corpus: Path, corpora: Path = ROOT / "corpora") -> set[Path]:
    """The BBC articles a gold set annotates (its files are named ``<section>-<id>.jsonl``)."""
    out = set()
    for gold in corpora.glob("gold-bbc*/*.jsonl"):
        section, _, number = gold.stem.partition("-")
        out.add(corpus / section / f"{number}.txt")
    return out


def picked_before(out: Path) -> set[Path]:
    """The articles other batches beside ``out`` picked."""
    return {Path(line) for listed in out.parent.glob("*/picked.txt") if listed.parent != out
            for line in listed.read_text().split()}


def render(source: str, records: list[dict]) -> str:
    """One article and its facts, numbered by kind, as a reader reads them."""
    article, facts = records[0], records[1:]
    text = article["text"]
    section, number = Path(source).parent.name, Path(source).stem
    lines = [f"# Article {section}/{number}\n", "## Text\n"]
    lines += [f"[P{i}] {para.strip()}\n" for i, para in enumerate((p for p in text.split("\n\n") if p.strip()), 1)]
    entities = [f for f in facts if f["kind"] == "entity"]
    lines.append("## Facts\n\n### Entities (label, canonical name, every mention as written)")
    for i, e in enumerate(entities, 1):
        written = sorted({text[a:b] for a, b in e.get("mentions") or [(e["start"], e["end"])]})
        lines.append(f"E{i}. {e['label']} \"{e['name']}\" — mentions: " + ", ".join(f'"{m}"' for m in written))
    lines.append("\n### Merges (each entity above with two or more different mention texts: are they one referent?)")
    merged = [(i, e, sorted({text[a:b] for a, b in e.get("mentions") or []})) for i, e in enumerate(entities, 1)]
    for k, (i, e, written) in enumerate([m for m in merged if len(m[2]) > 1], 1):
        lines.append(f"M{k}. E{i} \"{e['name']}\" = " + " = ".join(f'"{m}"' for m in written))
    relations = [f for f in facts if f["kind"] == "relation"]
    lines.append("\n### Roles (person — role — organisation or place)")
    for k, r in enumerate([r for r in relations if r["predicate"] == "has_role"], 1):
        held_at = r["object"]["name"] if r.get("object") else "—"
        when = f" (when: {r['when']['value']})" if r.get("when") else ""
        lines.append(f"R{k}. {r['subject']['name']} — {r['role']} — {held_at}{when} | evidence: \"{r['text']}\"")
    lines.append("\n### Relations (subject —predicate→ object)")
    for k, r in enumerate([r for r in relations if r["predicate"] != "has_role"], 1):
        lines.append(f"L{k}. {r['subject']['name']} ({r['subject']['label']}) —{r['predicate']}→ "
                     f"{r['object']['name']} ({r['object']['label']}) | evidence: \"{r['text']}\"")
    lines.append("\n### Numbers")
    for i, q in enumerate((f for f in facts if f["kind"] == "quantity"), 1):
        slots = [f"value={q['value']:g}" + (f"..{q['high']:g}" if q.get("high") is not None else "")]
        slots += [f"{key}={q[key]}" for key in ("unit", "qualifier", "change", "counted", "measured", "event",
                                                 "agent", "holder", "when") if q.get(key)]
        lines.append(f"N{i}. \"{q['text']}\" " + " ".join(slots) + f" | sentence: \"{q['sentence'][:300]}\"")
    lines.append("\n### Dates (publication date unknown: relative dates may stay unresolved)")
    for i, d in enumerate((f for f in facts if f["kind"] == "date"), 1):
        lines.append(f"D{i}. \"{d['text']}\" → {d['value']} (TIMEX3 {d.get('timex_type')} {d.get('timex_value')})")
    lines.append("\n### Quotes (speaker, cue, direct or not)")
    for i, q in enumerate((f for f in facts if f["kind"] == "quote"), 1):
        lines.append(f"Q{i}. speaker={q['speaker']} (source words: \"{q.get('source') or ''}\") cue={q.get('cue')} "
                     f"direct={q.get('direct')} | \"{q['quote'][:300]}\"")
    return "\n".join(lines) + "\n"


def tally(folder: Path) -> dict[str, Counter]:
    """OK, WRONG and MISS counts per kind over the folder's verdict files."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for verdicts in sorted(folder.glob("*.verdict.txt")):
        for line in verdicts.read_text().splitlines():
            words = line.split()
            if len(words) > 1 and words[0] == "MISS" and words[1] in KINDS:
                counts[words[1]]["MISS"] += 1
            elif len(words) > 1 and words[0][:1] in KINDS and words[0][1:].isdigit() and words[1] in {"OK", "WRONG"}:
                counts[words[0][0]][words[1]] += 1
    return counts


def tally_table(counts: dict[str, Counter]) -> str:
    rows, total = [], Counter()
    for kind, name in [*KINDS.items(), ("", "all")]:
        c = counts.get(kind, Counter()) if kind else total
        checks = c["OK"] + c["WRONG"] + c["MISS"]
        rows.append(f"{name:10} OK {c['OK']:4} WRONG {c['WRONG']:4} MISS {c['MISS']:4}  "
                    f"{100 * c['OK'] / checks if checks else 0:5.1f}%")
        if kind:
            total.update(c)
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("render", help="pick and render a batch")
    make.add_argument("--seed", type=int, required=True)
    make.add_argument("--out", type=Path, required=True)
    make.add_argument("--corpus", type=Path, default=None, help="the BBC corpus folder (default: DATA/bbc-news)")
    count = commands.add_parser("tally", help="share of checks that held, per kind")
    count.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.command == "tally":
        print(tally_table(tally(args.folder)))
        return 0
    from pipeline.evaluate.documents import data_root
    from pipeline.readers import decode
    import pipeline

    corpus = args.corpus or data_root() / "bbc-news"
    if not corpus.is_dir():
        print(f"audit: no BBC corpus at {corpus}", file=sys.stderr)
        return 1
    paths = list(corpus.glob("*/*.txt"))
    exclude = every_fifth(paths) | gold_articles(corpus) | picked_before(args.out)
    chosen = pick(corpus, args.seed, exclude)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "picked.txt").write_text("".join(f"{p}\n" for p in chosen))
    nlp = pipeline.load()
    for path in chosen:
        text = decode(path.read_bytes())  # (the readers' decoding: the corpus mixes encodings)
        records = [r.model_dump(mode="json") for r in pipeline.extract(text, nlp=nlp)]
        (args.out / f"{path.parent.name}-{path.stem}.md").write_text(render(str(path), records))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
