"""Results: the live analysis, its chart and table, and the presenter window."""
