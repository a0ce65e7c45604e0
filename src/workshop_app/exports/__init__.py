"""Word synthesis, Excel and CSV writers, the data a note carries, and compile-notes.

Entry points: :mod:`.registry`, the one registry of formats and the dispatcher behind ``export
--format`` and the Export dialog (:func:`.command.export_other` for an open file),
:func:`.synthesis.write_synthesis`, :func:`.tables.write_xlsx` / :func:`.tables.write_csv`,
:func:`.embedded.read_embedded_json` (``import`` of a .docx) and :func:`.compile.compile_documents`
(``compile-notes``). No Qt here; the GUI's dialog is ``ui/transfer/export_dialog.py``.
"""
