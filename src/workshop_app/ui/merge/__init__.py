"""Merge: the Merge window, open conflicts and the framework mapping of a master file."""
