"""English templates of cli/: what the commands themselves refuse."""

ENGLISH: dict[str, str] = {
    "cli.no_such_id": "There is no {kind} {wanted} in {where}.",
    "cli.ambiguous_id": "{wanted} is the start of {count} ids ({kind}) in {where}; give more of the id.",
    "cli.results_rule_breaks": ("{name} holds {count} ballot(s) the app could not have written ({problem}), so "
                                "its results would be wrong; see `workshop-app check {name}`."),
    "cli.no_session": "{name} holds no session yet, so there is nothing to analyse.",
    "cli.resolve_needs_both": "Give both --keep ID and --version winner|other to resolve a conflict.",
    # -- what main() says when a command stops (cli/__init__.py)
    "cli.demo_exists": "{path} already exists; add --open to open it, or --fresh to replace it with a new demo.",
    "cli.aborted": "aborted.",
    "cli.interrupted": "interrupted.",
    "cli.damaged_rows": "the file is damaged and cannot be read ({reason}).",
    "cli.nested_too_deep": "the file is damaged: a value in it is nested far more deeply than anything the app writes.",
    "cli.consolidation_two_conclusions": "Give the conclusions once: --conclusions or --conclusions-file, not both.",
    "cli.consolidation_two_lists": "Give --key-message or --no-key-messages, not both.",
    "cli.consolidation_saved": "Saved the consolidated synthesis of {name} (revision {rev}); it opens the synthesis of its dialogues.",
    "cli.consolidation_none": "{name} has no consolidated synthesis of its own yet: write one with --title, --key-message and --conclusions.",
    "cli.consolidation_title": "Title: {title}",
    "cli.consolidation_key_messages": "Key messages ({n}):",
    "cli.consolidation_conclusions": "Conclusions:",
}
