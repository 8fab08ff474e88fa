"""Numeric claims: values, bounds, units, what is counted, the event measured and who did it."""
