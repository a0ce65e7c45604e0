"""English templates of host/: what a person reads about a bug (the log has the rest)."""

ENGLISH: dict[str, str] = {
    "failure.unexpected": "Unexpected error ({kind}: {error}); details in {log}",
}
