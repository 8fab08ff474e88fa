"""The pipeline configs, installed as ``pipeline.configs`` (see setup.py); read them as data, not code."""
