"""Cleaning: text repair and separation of captions, credits and bylines from the body."""
from .cleaner import ArticleCleaner, CleanedArticle
from .tokenizer import CleaningTokenizer

__all__ = ["ArticleCleaner", "CleanedArticle", "CleaningTokenizer"]
