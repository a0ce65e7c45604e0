"""English templates of imports/: what can be imported, attendance and ballot sheets."""

ENGLISH: dict[str, str] = {
    "import.unknown_kind": ("{name}: the app imports interchange .json, Word notes (.docx) it wrote, and "
                            ".xlsx/.csv sheets."),
    "import.word_edits": ("{name}: {count} key message(s) read differently in the Word text than in the note's "
                          "data; the data was imported as the app wrote it."),
    "import.word_edits_hint": "To keep the text as edited in Word, import the note again with --take-word-text.",
    "import.word_edits_taken": "{name}: the text edited in Word was kept for {count} key message(s), as new revisions.",
    "sheet.no_session": "{name} holds no session yet; create one before importing a sheet.",
    "sheet.which_session": ("{name} holds {count} sessions; say which one the sheet belongs to with --session: "
                            "{listed}."),
    "attendance.is_ballots": ("{name} is a ballots sheet, not an attendance sheet; import it with File ▸ Import "
                              "instead."),
    "attendance.no_header": "{name}: no “Name” or “Organisation” column heading found; add a header row.",
    "sheet.nothing_imported": "Nothing was imported from {name}: {problem}{more}",
    "sheet.more_problems": " ({count} other row(s) have problems too.)",
    "sheet.no_rows": "{name} has no rows under its header; nothing was added.",
    "sheet.already_imported": ("Every ballot in {name} is already in this session (was it imported before?); "
                               "nothing was added."),
    "sheet.too_many_rows": ("{name} has more than {limit:,} rows; that is not one session's attendance or "
                            "ballots. Split it into smaller sheets."),
    "sheet.wrong_suffix": "{name}: sheets are read from .xlsx or .csv files.",
    "sheet.unknown_kind": ("{name} is neither an attendance sheet (columns such as Name, Organisation, "
                           "Stakeholder group, Country, Consent) nor a ballots sheet (columns 1, 2, 3… or one "
                           "per option); its first row reads {shown}."),
    "sheet.not_xlsx": ("{name} cannot be read as an Excel workbook ({reason}); save it again from Excel as "
                       ".xlsx, or as CSV UTF-8."),
    "sheet.false_bom": "{name} is damaged: it is marked as Unicode text but is not.",
    "sheet.encoding": ("{name} is neither UTF-8 nor Windows-1252 text; save it from your spreadsheet as "
                       "“CSV UTF-8”."),
    "sheet.csv_too_large": "{name} is larger than {megabytes} MB; split it.",
    "sheet.csv_unreadable": "{name} cannot be read as CSV near line {line} ({reason}).",
    # -- what an import did (imports/dispatch.py): the merge's counts, then the conflicts
    "import.summary": ("Imported {name}: {added} records added, {unchanged} unchanged (already there), "
                       "{fast_forwarded} fast-forwarded, {stale} stale, {conflicts} conflicts.{then}"),
    "import.conflicts_kept": (" {count} record(s) were edited apart here and in {name}: both versions are kept, "
                              "one shown; review them with: workshop-app conflicts {file}"),
    "import.conflicts_open": " {count} conflict(s) still open in {file} (workshop-app conflicts {file}).",
    # -- what a sheet import did (imports/sheets.py), each note after it
    "sheet.added_ballots": "Added {count} ballot(s) to “{title}” from {name}.",
    "sheet.added_ballots_per_question": "Added {count} ballot(s) to “{title}” from {name} ({counts}).",
    "sheet.question_count": "question {question}: {count}",
    "sheet.question_counts": "{counts}; question {question}: {count}",
    "sheet.added_participants": "Added {count} participant(s) to “{title}” from {name}.",
    "sheet.with_note": "{text} {note}",
    "sheet.duplicates": "{count} already in the session (same name and organisation), skipped.",
    "sheet.unknown_groups": "{count} with a stakeholder group not recognised, set to “other”: {shown}.",
    "sheet.quoted": "“{text}”",
    "sheet.blank": "(blank)",
    "sheet.no_answer": "{count} row(s) with no answer, skipped.",
    "sheet.worksheet": "Read the worksheet “{sheet}”.",
    "sheet.read_as_cp1252": ("{name} is not UTF-8; it was read as Windows-1252 (Western European). "
                             "Check accented letters; for other scripts save it as “CSV UTF-8”."),
    "sheet.first_row_empty": "nothing",
    # -- a row that cannot be imported, named by its number (imports/sheets.py)
    "sheet.which_question": ("Add a “Question” column saying which question each ballot answers (its number); "
                             "more than one question of this session fits these columns, or none does."),
    "sheet.row_no_person": "Row {row} has no name, organisation or seat; fill one in or delete the row.",
    "sheet.row_consent": ("Row {row}: “{value}” under “{header}” is not yes or no (oui/non, 1/0 or x are "
                          "understood too)."),
    "sheet.row_not_whole": "Row {row}: “{value}” under “{header}” is not a whole number.",
    "sheet.row_no_question": "Row {row}: say which question this ballot answers (its number).",
    "sheet.row_no_such_question": ("Row {row}: there is no question {number}; the session's questions are "
                                   "numbered 1 to {count}."),
    "sheet.row_unknown_question": "Row {row}: “{text}” is not one question of this session; use its number.",
    "sheet.row_open_question": "Row {row}: question {number} is an open question; it takes comments, not ballots.",
    "sheet.row_no_participant": ("Row {row}: there is no participant “{text}” in this session; import the "
                                 "attendance sheet first, or leave the cell empty for an unnamed ballot."),
    "sheet.row_same_name": "Row {row}: {count} participants are called “{text}”; use their seat instead.",
    "sheet.row_not_option": ("Row {row}: “{token}” under “{header}” is not an option of question {number}; "
                             "use its number (1 to {count}) or its label."),
    "sheet.row_not_option_keys": ("Row {row}: “{token}” under “{header}” is not an option of question {number}; "
                                  "use its number (1 to {count}), its key ({keys}) or its label."),
    "sheet.row_ballot": "Row {row}: {error}",
    "sheet.row_voted": "Row {row}: {person} already has a ballot for question {number} in this session.",
    "sheet.row_voted_twice": "Row {row}: {person} already has a ballot for question {number} on row {first}.",
}
