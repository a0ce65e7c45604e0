"""Files that come into an open session: spreadsheets, Word notes, interchange JSON (imports.dispatch)."""
