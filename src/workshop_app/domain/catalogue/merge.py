"""English templates of merge/: sources refused, conflicts, framework mappings."""

ENGLISH: dict[str, str] = {
    "merge.master_itself": "{name} is the master itself; choose the files to merge into it.",
    "merge.missing_reference": ("{name} refers to a {target} ({ref}) that is neither in it nor in the master; "
                                "nothing of it was merged."),
    "merge.seal_mismatch": "{name} was altered after it was handed over: its seal does not match its content.",
    "merge.altered": ("{name} was changed outside the app: {count} record(s) no longer match their content hash "
                      "or carry a version history the app never writes ({shown}{more})."),
    "merge.orphan_version": "{name} cannot be trusted: it keeps a version of a {table} that it does not hold.",
    "merge.unreadable_records": "{name} cannot be trusted: some of its questions or ballots cannot be read.",
    "merge.rule_breaks": "{name} cannot be trusted: {problem}{more}; the app never writes such a record.",
    "merge.not_utf8": "{name} is not UTF-8 text, so not interchange JSON.",
    "merge.document_too_large": "{name} is larger than {megabytes} MB; that is not a note this app wrote.",
    "merge.cancelled_before": "cancelled before this file",
    "merge.stopped": "the merge stopped: the master could not be written",
    "merge.bad_review_data": "{name}: its review data (conflicts, provenance, mappings) is malformed ({reason}).",
    "conflict.not_found": "There is no open conflict {ident} in {name}; list them with `conflicts`.",
    "conflict.ambiguous": "{ident} names {count} conflicts; give more of the id.",
    "conflict.bad_keep": "Choose which version to keep: {choices}, not {keep!r}.",
    "conflict.already_resolved": "This conflict has been resolved already.",
    "mapping.no_key": "Choose a framework key, or keep the option separate.",
    "merge.note.not_sealed": "not sealed (a working copy, not a handover): it cannot be shown unaltered since capture",
    "merge.note.word_note": "a Word note: merged from its embedded data, no seal",
    "merge.note.json_file": "a JSON file: merged from its embedded data, no seal",
    "merge.note.mapping_differs": ("“{label}” is mapped to {source} in the source but to {master} here; the "
                                   "master's decision is kept"),
    "merge.note.kept_separate": "nothing (kept separate)",
    "merge.note.merged_before": "this very file was merged before ({when})",
    "merge.note.merged_before_nothing_new": "this very file was merged before ({when}); nothing new came from it",
    "value.yes": "yes",
    "value.no": "no",
}
