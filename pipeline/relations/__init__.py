"""Relations: typed links between canonical entities, from the parse and rule data."""
