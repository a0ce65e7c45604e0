"""Word synthesis, Excel and CSV writers, the data a note carries, and compile-notes.

Entry points: :func:`.command.export_other` (``export --format docx|xlsx|csv``),
:func:`.synthesis.write_synthesis`, :func:`.tables.write_xlsx` / :func:`.tables.write_csv`,
:func:`.embedded.read_embedded_json` (``import`` of a .docx) and :func:`.compile.compile_documents`
(``compile-notes``). No Qt here; the GUI's dialog is ``ui/export_dialog.py``.
"""
