"""Workshop App: offline structured dialogues, rankings and comments, Word syntheses."""

__version__ = "0.1.0"
