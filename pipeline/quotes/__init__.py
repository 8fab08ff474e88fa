"""Quotes: direct, partial, multi-paragraph and indirect speech with resolved speakers."""
