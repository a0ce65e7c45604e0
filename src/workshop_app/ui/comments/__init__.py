"""Comments: the entry card and the filtered list of every comment."""
