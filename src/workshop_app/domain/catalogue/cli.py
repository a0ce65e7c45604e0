"""English templates of cli/: what the commands themselves refuse."""

ENGLISH: dict[str, str] = {
    "cli.no_such_id": "There is no {kind} {wanted} in {where}.",
    "cli.ambiguous_id": "{wanted} could be any of {count} {kind}s in {where}; give more of the id.",
    "cli.results_rule_breaks": ("{name} holds {count} ballot(s) the app could not have written ({problem}), so "
                                "its results would be wrong; see `workshop-app check {name}`."),
    "cli.no_session": "{name} holds no session yet, so there is nothing to analyse.",
    "cli.resolve_needs_both": "Give both --keep ID and --version winner|other to resolve a conflict.",
}
