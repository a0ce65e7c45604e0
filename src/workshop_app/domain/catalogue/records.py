"""English templates of the domain's rules (domain/rules.py): records, ballots, what a facilitator types."""

ENGLISH: dict[str, str] = {
    # -- records (domain/rules.py)
    "session.no_title": "A session needs a title.",
    "question.unknown_kind": "Question kind must be one of {choices}, not {kind!r}.",
    "question.no_budget": "A points question needs a positive points budget.",
    "question.bad_top_n": "Top-N must be a positive number of options.",
    "question.bad_scale": "A rating scale must go from a lower to a higher number.",
    "option.no_label": "An option needs a label.",
    "participant.unknown_group": "Unknown stakeholder group {group!r}; use one of {choices}.",
    "comment.empty": "A comment cannot be empty.",
    "comment.too_long": ("This comment is {length:,} characters long; the most one comment can hold is "
                         "{limit:,}. Split it into several comments."),
    "comment.unknown_swot": "SWOT category must be one of {choices}.",
    # -- ballots
    "ballot.not_one_kind": "A ballot holds exactly one of: a ranking, points, or ratings.",
    "ballot.open_question": "An open question takes comments, not ballots.",
    "ranking.missing": "This is a ranking question: enter an order of options.",
    "ranking.empty_position": "A ranking cannot contain an empty position.",
    "ranking.unknown_option": "The ranking names an option that is not in this question ({option}).",
    "ranking.repeated_option": "The ranking names “{option}” more than once.",
    "ranking.empty": "The ranking is empty: put at least one option first.",
    "ranking.over_top_n": "This question asks for the top {top_n} only; the ranking names {count} options.",
    "points.missing": "This is a points question: share the points budget between options.",
    "points.unknown_option": "The points name an option that is not in this question ({option}).",
    "points.not_whole": "Points must be whole numbers, zero or more.",
    "points.over_budget": "{total} points given, {over} over the budget of {budget}.",
    "points.under_budget": "{total} points given; the budget is {budget}, so {left} are still to give.",
    "ratings.missing": "This is a rating question: rate the options.",
    "ratings.unknown_option": "The ratings name an option that is not in this question ({option}).",
    "ratings.out_of_scale": "Ratings go from {low} to {high}; “{option}” has {value!r}.",
    # -- what a facilitator types (parse_typed_order)
    "typed.not_understood": "Type option numbers separated by spaces, “=” for a tie: “{rest}” is not understood.",
    "typed.no_such_option": "There is no option {number}; the options are numbered 1 to {count}.",
    "typed.twice": "Option {number} is typed twice.",
    "typed.starts_with_tie": "A ranking cannot start with “=”.",
    # -- a stored ballot that breaks the rules (ballot_problems), listed among others
    "ballot.breaks_rule": "ballot {id}: {error}",
    "ballot.unreadable": "ballot {id}: it cannot be read",
    "consolidation.empty_message": "A key message cannot be empty.",
    "consolidation.not_text": "A key message must be text.",
    "consolidation.too_long": "This text is {length:,} characters long; the most it can hold is {limit:,}.",
}
