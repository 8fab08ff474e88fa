"""Dates: temporal expressions normalised to ISO 8601 at their own granularity."""
