"""English templates of exports/: formats and options, the scope of an export, Word notes read back."""

ENGLISH: dict[str, str] = {
    # -- formats and options (exports/registry.py, scope.py, tables.py)
    "export.unknown_format": "Unknown export format “{name}”; use one of {choices}.",
    "export.unknown_language": "The document language must be one of {choices}, not “{language}”.",
    "export.unknown_profile": "The note's length must be one of {choices}, not “{profile}”.",
    "export.unknown_anonymisation": "Anonymisation must be one of {choices}, not “{mode}”.",
    "export.unknown_table": "There is no table “{table}”; choose one of {choices}.",
    "export.no_such_session": "There is no session {session} in {name}; see workshop-app info.",
    "export.no_session": "{name} holds no session to export.",
    "export.cancelled": "Export cancelled; nothing was written.",
    # -- Word notes read back (exports/embedded.py, compile.py)
    "note.too_large_to_read": "{name} is too large to read.",
    "note.not_zip": "{name} is not a Word document (.docx): it is not a zip package.",
    "note.zip_bomb": "{name} unpacks to more than this app accepts; it was refused unread.",
    "note.not_word": "{name} is a zip file but not a Word document (no word/document.xml).",
    "note.part_bomb": "{name}: its embedded data unpacks to more than this app accepts; refused unread.",
    "note.part_too_large": "{name}: its embedded data is larger than this app accepts.",
    "note.no_data": ("{name} carries no Workshop App data: only Word notes written by this app (export --format "
                     "docx, compile-notes) can be imported."),
    "note.data_damaged": "{name}: its embedded data is damaged ({reason}).",
    "note.data_unknown": "{name}: its embedded data is not in a form this app reads.",
    "note.checksum": "{name}: its embedded data does not match its checksum; it was damaged or altered.",
    "note.not_docx": "{name} cannot be read as a Word document ({kind}).",
    "compile.no_notes": "Give at least one Word note to compile.",
    "compile.too_many": "At most {limit} notes can be compiled at once.",
    "compile.output_is_note": "The compiled document must be a new file, not one of the notes.",
}
