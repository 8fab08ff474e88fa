"""Cleaning: HTML main text, text repair, and separation of the news furniture from the body."""
from .cleaner import ArticleCleaner, CleanedArticle
from .html import HtmlArticle, extract_html
from .tokenizer import CleaningTokenizer

__all__ = ["ArticleCleaner", "CleanedArticle", "CleaningTokenizer", "HtmlArticle", "extract_html"]
