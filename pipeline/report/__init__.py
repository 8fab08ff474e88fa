"""``newsfacts report``: a facts JSONL file as static HTML pages, checked by eye in any browser.

>>> from pipeline.report import build_report
>>> build_report("out/facts.jsonl", "out/report").index
PosixPath('out/report/index.html')

It reads records only (the output contract in ``schema``), never the pipeline's stages.
"""
from .pages import ReportSummary, build_report

__all__ = ["ReportSummary", "build_report"]
