"""English templates of storage/: session files, writes, interchange JSON (and pieces shared above)."""

ENGLISH: dict[str, str] = {
    # -- pieces given to other messages as parameters
    "list.and_more": " (and {count} more)",
    "list.plus_more": " and {count} more",
    # -- a file as a whole (storage/inspect.py, private.py, sessionfile.py, merge_io.py, lock.py)
    "file.in_file": "{name}: {error}",
    "file.missing": "{name} does not exist.",
    "file.exists": "{name} already exists; choose another name.",
    "file.is_folder": "{name} is a folder, not a session file.",
    "file.is_link": "{name} is a link to another file, not a session file; use the file itself.",
    "file.dangling_link": "{name} is a link that leads nowhere (or round in a loop), not a session file.",
    "file.companion_link": "{extra} beside {name} is a link to another file; use the file itself.",
    "file.stray_companion": ("{extra} lies beside where {name} would be (left from another file); "
                             "move it away or choose another name."),
    "file.unreadable": "{name} cannot be read ({reason}).",
    "file.cannot_open": "{name} cannot be opened ({reason}).",
    "file.damaged": "{name} is damaged and cannot be read ({reason}).",
    "file.damaged_short": "{name} is damaged and cannot be read.",
    "file.read_only_medium": ("{name} cannot be opened for writing (read-only file or folder, e.g. a locked USB "
                              "stick); copy it to this computer first."),
    "file.damaged_or_oversized": "{name} is damaged or oversized and cannot be read ({reason}).",
    "file.empty": "{name} is empty: it holds no data at all.",
    "file.huge": "{name} is {gigabytes:.1f} GB, far larger than any session file.",
    "file.too_large_mb": "{name} is {megabytes:,.0f} MB, larger than any session file (the limit is {limit:,.0f} MB).",
    "file.too_many_rows": "{name} holds {rows:,} rows, far more than any session file.",
    "file.not_sqlite": "{name} is not a Workshop App session file (it is not an SQLite database).",
    "file.header_truncated": "{name} is truncated: it ends inside its own header.",
    "file.bad_page_size": "{name} is damaged: its header gives an impossible page size.",
    "file.partial_page": "{name} is truncated or damaged: its size is not a whole number of pages.",
    "file.truncated": "{name} is truncated: it should hold {expected} pages but only {present} are there.",
    "file.bad_header": "{name} is damaged: its header is not an SQLite header.",
    "file.other_sqlite": "{name} is an SQLite database but not a Workshop App session file.",
    "file.other_application": ("{name} belongs to another application (application id {application_id:#x}), "
                               "not Workshop App."),
    "file.newer_version": ("{name} was written by a newer version of Workshop App (file version {version}, "
                           "this app reads up to {supported}); update the app to open it."),
    "file.newer_version_short": ("{name} was written by a newer version of Workshop App (file version "
                                 "{version}); update the app."),
    "file.unfinished": "{name} was never finished being created; it holds no schema.",
    "file.no_schema": "{name} holds no schema.",
    "file.integrity": "{name} is damaged: SQLite's integrity check found “{first}”.",
    "file.not_workshop": "{name} is not a Workshop App session file.",
    "file.schema_differs": "{name} cannot be trusted: {problem}.",
    "file.dangling_references": "{name} cannot be trusted: some of its records refer to records that are not in it.",
    "file.rule_breaks": ("{name} cannot be trusted: {problem}{more}; the app never writes such a record, so the "
                         "file was made or changed outside it (see `workshop-app check {name}`)."),
    "file.untrusted_copy": ("{name}: {problem}. The {what} was not written, so that no copy passes this off as "
                            "the app's own data; see `workshop-app check {name}`."),
    "file.cannot_upgrade": "{name} cannot be upgraded to this version ({reason}).",
    "file.in_use": "{name} is already open in another Workshop App window{who}; close it there first.",
    "session.not_in_file": "There is no session {session} in {name}.",
    "ballot.question_gone": "This ballot's question no longer exists.",
    # -- writing (storage/atomic.py, sessionfile.py, seal.py)
    "write.read_only": "{name} is read-only; choose another file name or folder.",
    "write.folder": "Cannot write in {folder} ({reason}); choose another folder.",
    "write.cannot_replace": ("{name} cannot be replaced: it is read-only or open in another program (Word?). "
                             "Close it or choose another name."),
    "write.failed_nothing_changed": "Could not write {name} ({reason}); nothing was changed.",
    "write.failed": "Could not write {name}: {reason}.",
    "write.disk_full": ("The disk holding {name} is full: the last change was NOT saved. Free some space or save "
                        "a copy elsewhere."),
    "write.became_read_only": ("{name} has become read-only (a locked or removed USB stick?): the last change was "
                               "NOT saved. Save a copy elsewhere."),
    "write.drive_gone": ("{name} cannot be written (the drive may have been removed): the last change was NOT "
                         "saved. Save a copy elsewhere."),
    "write.not_saved": "The change could not be saved to {name} ({reason}). Nothing of it was stored.",
    "write.open_read_only": "{name} is open read-only; nothing can be changed.",
    "handover.same_file": "The handover copy must be a different file from the one open.",
    # -- interchange JSON (storage/interchange.py)
    "json.not_object": "This JSON is not a Workshop App interchange document (it is not an object).",
    "json.other_format": "This document is in format {format}; this version of the app reads {supported}.",
    "json.no_format": "This JSON is not a Workshop App interchange document (no \"format\": \"{supported}\").",
    "json.not_list": "In {where}, “{key}” must be a list.",
    "json.table_not_list": "In the document, “{table}” must be a list.",
    "json.record_not_object": "In the document, {where} is not an object.",
    "json.no_id": "In the document, {where} has no text “id”.",
    "json.repeated_id": ("In the document, {where} has the id {id}, which {first} has already: every record "
                         "needs its own id, so nothing of the document was taken."),
    "json.record_problem": "In the document, {where}: {problem}.",
    "json.bad_sources": "In the document, {where}: “sources” must be a list of file names.",
    "json.record_unreadable": "In the document, {where} cannot be read ({reason}).",
    "json.too_large": "This JSON document is larger than 1 GB; split it.",
    "json.invalid": "This is not valid JSON ({reason}).",
    "json.too_deep": "This JSON is nested too deeply to be an interchange document.",
    "json.ballot_question_missing": "a ballot names a question that is not in the document",
    "import.invalid_record": "Nothing was imported: {kind} {id}: {error}",
    "import.missing_reference": ("Nothing was imported: {kind} {id} refers to a {target} ({ref}) that is "
                                 "neither in the document nor in {name}."),
    # -- what a record is, as a word inside another message ("refers to a {target}")
    "record.frameworks": "framework",
    "record.sessions": "session",
    "record.questions": "question",
    "record.options": "option",
    "record.participants": "participant",
    "record.ballots": "ballot",
    "record.comments": "comment",
    "record.key_messages": "key message",
    "copy.export": "export",
    "copy.handover": "handover copy",
    # -- `workshop-app check` (storage/check.py)
    "check.shown": "{items}",
    "check.shown_more": "{items}; and {count} more",
    "check.unreadable_record": "{table} {id} cannot be read",
    "check.altered": ("{count} record(s) were changed outside the app (their content no longer matches their "
                      "hash): {shown}"),
    "check.rule_breaks": "{count} ballot(s) break the rules every import and merge applies: {shown}",
    "check.seal_broken": "the seal does not match the content: the file was altered after it was handed over",
    "check.integrity_ok": "integrity: ok (quick_check); application id and schema (version {version}): ok",
    "check.older_version": "the file is of an older version; opening it in the app will upgrade it",
    "check.stray_wal": ("{name} lies beside it but holds nothing SQLite accepts for this file (left from another "
                        "copy or an older cycle): it is ignored, as SQLite ignores it, and reused at the next change"),
    "check.no_seal": "seal: none (a working file; `handover` writes a sealed copy)",
    "check.seal_ok": "seal: ok ({digest}…)",
    "check.holds": "holds {counts}",
    "check.holds_nothing": "holds no sessions yet",
    "check.count.frameworks": "{n} frameworks",
    "check.count.sessions": "{n} sessions",
    "check.count.questions": "{n} questions",
    "check.count.options": "{n} options",
    "check.count.participants": "{n} participants",
    "check.count.ballots": "{n} ballots",
    "check.count.comments": "{n} comments",
    "check.count.key_messages": "{n} key messages",
    "check.unusable": "{error}",
    "check.lock_file": "a lock file is beside it: the file may be open in the app right now",
}
