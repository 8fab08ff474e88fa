"""scripts/first_names.py: which words count as first names, on a CoNLL sample written for the test."""
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("newsfacts_first_names", ROOT / "scripts" / "first_names.py")
first_names = sys.modules.setdefault(SPEC.name, importlib.util.module_from_spec(SPEC))
SPEC.loader.exec_module(first_names)

SAMPLE = """-DOCSTART- -X- -X- O

Dana NNP B-NP B-PER
Okafor NNP I-NP I-PER
met VBD B-VP O
Dana NNP B-NP B-PER
Holt NNP I-NP I-PER
in IN B-PP O
Los NNP B-NP B-LOC
Angeles NNP I-NP I-LOC

King NNP B-NP B-PER
Ravel NNP I-NP I-PER
and CC O O
King NNP B-NP B-PER
Osei NNP I-NP I-PER
saw VBD O O
the DT O O
King NNP O O
King NNP O O
King NNP O O
and CC O O
Okafor NNP B-NP B-PER
"""


def test_first_names_open_full_names_in_most_of_their_uses():
    # "Dana" opens two full names; "King" does too but is mostly a plain word; "Okafor" alone is a surname;
    # "Angeles" is inside a place
    assert first_names.first_names(SAMPLE.splitlines()) == ["Dana"]
    assert first_names.first_names(SAMPLE.splitlines(), min_count=3) == []


def test_shipped_list_is_built_and_sorted():
    import json

    names = json.loads((ROOT / "pipeline" / "data" / "first_names.json").read_text())["first_names"]
    assert names == sorted(set(names)) and len(names) > 300 and "Marcus" in names and "Angeles" not in names


def test_census_names_join_unless_conll_shows_them_as_words_or_other_names(tmp_path):
    (tmp_path / "dist.male.first").write_text("OKAFOR 0.010 0.010 1\nKING 0.020 0.030 2\nRARE 0.001 0.031 3\n")
    (tmp_path / "dist.female.first").write_text("ANGELES 0.010 0.010 1\nLOS 0.010 0.020 2\n")
    census = first_names.read_census(tmp_path)
    assert census["Okafor"] == 0.010 and census["Rare"] == 0.001
    lines = SAMPLE.splitlines() + ["king NN O O"]
    # "Okafor" joins; "King" is a plain word, "Angeles" and "Los" sit inside a place, "Rare" is too rare
    assert first_names.first_names(lines, census=census) == ["Dana", "Okafor"]


def test_genders_keep_names_given_mostly_to_one_sex(tmp_path):
    # census rows: NAME, percent of people, cumulative percent, rank
    (tmp_path / "dist.male.first").write_text("JOSEPH 2.6 2.6 1\nJORDAN 0.05 2.65 2\nRAREBOY 0.001 2.651 3\n")
    (tmp_path / "dist.female.first").write_text("HELEN 0.5 0.5 1\nJORDAN 0.04 0.54 2\nJOSEPH 0.01 0.55 3\n")
    assert first_names.genders(tmp_path) == {"Helen": "f", "Joseph": "m"}


def test_an_opener_seen_once_joins_unless_a_title_a_particle_or_a_word():
    once = """Gareth NNP B-NP B-PER
Hollins NNP I-NP I-PER
met VBD O O
Mayor NNP B-NP B-PER
Tom NNP I-NP I-PER
and CC O O
Von NNP B-NP B-PER
Trapp NNP I-NP I-PER
and CC O O
Abyss NNP B-NP B-PER
Walker NNP I-NP I-PER
near IN O O
the DT O O
abyss NN O O
"""
    got = first_names.first_names(once.splitlines(), titles=frozenset({"mayor"}))
    assert got == ["Gareth"]
    assert first_names.first_names(once.splitlines(), titles=frozenset({"mayor"}), places=frozenset({"Gareth"})) == []
    assert first_names.first_names(once.splitlines(), min_count=1, titles=frozenset({"mayor"})) == [
        "Abyss", "Gareth", "Mayor", "Von"]  # (min_count 1 keeps every opener its other counts allow)
