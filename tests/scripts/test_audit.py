"""scripts/audit.py: which articles a batch picks, how an article's facts are shown to a reader, and the tally."""
import importlib.util
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location("audit", Path(__file__).resolve().parents[2] / "scripts" / "audit.py")
audit = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(audit)


@pytest.fixture
def corpus(tmp_path):
    for section in ("business", "sport"):
        for n in range(1, 11):
            path = tmp_path / "bbc" / section / f"{n:03d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"Headline {n}\n\nBody {n}.\n")
    return tmp_path / "bbc"


def test_audit_picks_two_a_section_outside_what_is_excluded(corpus):
    paths = list(corpus.glob("*/*.txt"))
    fifth = audit.every_fifth(paths)
    assert corpus / "business" / "001.txt" in fifth and len(fifth) == 4
    chosen = audit.pick(corpus, 7, fifth)
    assert [p.parent.name for p in chosen] == ["business", "business", "sport", "sport"]
    assert not set(chosen) & fifth
    assert chosen == audit.pick(corpus, 7, fifth)  # the seed fixes the batch


def test_audit_leaves_out_gold_articles_and_other_batches(corpus, tmp_path):
    corpora = tmp_path / "corpora"
    (corpora / "gold-bbc-9").mkdir(parents=True)
    (corpora / "gold-bbc-9" / "sport-004.jsonl").write_text("{}\n")
    assert audit.gold_articles(corpus, corpora) == {corpus / "sport" / "004.txt"}
    (tmp_path / "audits" / "DA").mkdir(parents=True)
    (tmp_path / "audits" / "DA" / "picked.txt").write_text(f"{corpus / 'business' / '003.txt'}\n")
    assert audit.picked_before(tmp_path / "audits" / "DB") == {corpus / "business" / "003.txt"}
    assert audit.picked_before(tmp_path / "audits" / "DA") == set()


def test_audit_renders_facts_numbered_by_kind():
    text = "Acme hires\n\nAcme Corp said on Monday it would hire 40 staff, chief executive Ana Ruiz said."
    acme = {"name": "Acme Corp", "label": "ORG"}
    ruiz = {"name": "Ana Ruiz", "label": "PERSON"}
    records = [
        {"kind": "article", "text": text},
        {"kind": "entity", "label": "ORG", "name": "Acme Corp", "start": 12, "end": 21, "mentions": [[0, 4], [12, 21]]},
        {"kind": "relation", "predicate": "has_role", "subject": ruiz, "object": acme, "role": "chief executive",
         "text": "chief executive Ana Ruiz"},
        {"kind": "quantity", "text": "40", "value": 40.0, "high": None, "qualifier": "exact", "counted": "staff",
         "agent": acme, "sentence": text[12:]},
        {"kind": "date", "text": "Monday", "value": None, "timex_type": "DATE", "timex_value": "XXXX-WXX-1"},
        {"kind": "quote", "speaker": "Ana Ruiz", "source": "chief executive Ana Ruiz", "cue": "say", "direct": False,
         "quote": "it would hire 40 staff"},
    ]
    shown = audit.render("/data/bbc-news/business/042.txt", records)
    assert shown.startswith("# Article business/042")
    assert "[P1] Acme hires" in shown and "[P2] Acme Corp said" in shown
    assert 'E1. ORG "Acme Corp" — mentions: "Acme", "Acme Corp"' in shown
    assert 'M1. E1 "Acme Corp" = "Acme" = "Acme Corp"' in shown
    assert "R1. Ana Ruiz — chief executive — Acme Corp" in shown
    assert 'N1. "40" value=40 qualifier=exact counted=staff' in shown
    assert 'D1. "Monday" → None (TIMEX3 DATE XXXX-WXX-1)' in shown
    assert "Q1. speaker=Ana Ruiz" in shown


def test_audit_tally_counts_each_kind_and_misses(tmp_path):
    (tmp_path / "business-042.verdict.txt").write_text(
        "E1 OK\nE2 WRONG label should be ORG\nN1 OK\nMISS R \"Ana Ruiz — chief executive — Acme\" not found\n"
        "MISS X not a kind\nnotes that are no verdict\n")
    counts = audit.tally(tmp_path)
    assert counts["E"] == {"OK": 1, "WRONG": 1} and counts["N"] == {"OK": 1} and counts["R"] == {"MISS": 1}
    table = audit.tally_table(counts)
    assert "entities   OK    1 WRONG    1 MISS    0   50.0%" in table
    assert table.splitlines()[-1].startswith("all        OK    2 WRONG    1 MISS    1   50.0%")
