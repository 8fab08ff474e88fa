"""newsfacts: English news articles in, structured and checkable facts out.

>>> import pipeline
>>> facts = pipeline.extract("Rubio visited Ecuador on Tuesday.", published="2026-02-17")
>>> nlp = pipeline.load()          # the spaCy Language, usable with nlp.pipe
"""
import logging

from .api import extract, load
from .schema import Fact

__all__ = ["extract", "load", "Fact", "__version__"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
