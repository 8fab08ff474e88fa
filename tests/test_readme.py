"""The README's examples stay true: its sample output lines validate against the schema."""
import re
from pathlib import Path

import pytest

from pipeline import schema

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf8")
SAMPLES = [line for block in re.findall(r"```json\n(.*?)```", README, re.S) for line in block.splitlines() if line]


@pytest.mark.parametrize("line", SAMPLES)
def test_readme_sample_lines_validate(line):
    record = schema.parse_record(line)
    assert record.article_id == "us-ecuador-operations"


def test_readme_has_sample_lines():
    assert len(SAMPLES) >= 3
