"""scripts/learn_quote_cues.py: which verbs are learned as cues, on a small PolNeAR-shaped folder written here."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("newsfacts_learn_quote_cues", ROOT / "scripts" / "learn_quote_cues.py")
learn = sys.modules.setdefault(SPEC.name, importlib.util.module_from_spec(SPEC))
SPEC.loader.exec_module(learn)

TEXT = "Ana Ruiz believes the port will close. Tom Hale believes the port. Ruiz cited a report."


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf8")
    cue, content = TEXT.index("believes"), TEXT.index("the port will close")
    cited, report = TEXT.index("cited"), TEXT.index("a report")
    (tmp_path / "attributions" / "a_x.ann").write_text(
        f"T1\tCue {cue} {cue + 8}\tbelieves\nT2\tContent {content} {content + 19}\tthe port will close\n"
        f"a continued span text line\nE1\tAttribution:T9 Cue:T1 Content:T2\n"
        f"T3\tCue {cited} {cited + 5}\tcited\nT4\tContent {report} {report + 8}\ta report\n"
        f"E2\tAttribution:T8 Cue:T3 Content:T4\n", encoding="utf8")
    return tmp_path


def test_attributions_pair_each_cue_with_its_content(tmp_path):
    folder = _folder(tmp_path)
    (found,) = [a for _, a in learn.articles(folder)]
    assert [(TEXT[c[0][0]:c[0][1]], TEXT[t[0][0]:t[0][1]]) for c, t in found] == [
        ("believes", "the port will close"), ("cited", "a report")]


@pytest.mark.slow
def test_a_verb_counts_as_a_cue_of_a_kind_when_its_complement_is_the_content(nlp, tmp_path):
    as_cue, uses = learn.count(nlp, _folder(tmp_path))
    assert as_cue["clause", "believe"] == 1 and uses["clause", "believe"] == 1
    assert as_cue["object", "cite"] == 1
    assert as_cue["object", "believe"] == 0 and uses["object", "believe"] == 1  # "believes the port": no attribution


def test_the_pairs_of_counts_are_written_on_one_line():
    assert learn.dumps({"learned_counts": {"clause:say": [3, 4]}}) == json.dumps(
        {"learned_counts": {"clause:say": "X"}}, indent=1).replace('"X"', "[3, 4]") + "\n"
