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
}
