"""One registry of export formats: the CLI and the Export dialog are built from it, one dispatcher refuses."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.cli import export as export_command
from workshop_app.cli import main
from workshop_app.domain.errors import WorkshopError
from workshop_app.exports import registry
from workshop_app.exports.sample import SampleSpec, build_session
from workshop_app.storage import SessionFile


@pytest.fixture
def source(tmp_path) -> tuple[Path, str]:
    path = tmp_path / "venue.workshop"
    with SessionFile.create(path) as sf:
        sid = build_session(sf, SampleSpec(participants=5, comments=3), seed=4).id
        build_session(sf, SampleSpec(title="Second dialogue", participants=3, comments=1), seed=5)
    return path, sid


@pytest.fixture
def dummy():
    """A format that exists only in this test: one registry entry and its writer, nothing else."""
    calls: list[registry.ExportOptions] = []

    def write_dummy(sf: SessionFile, output: Path, options: registry.ExportOptions) -> Path:
        calls.append(options)
        wanted = options.session_ids or [s.id for s in sf.sessions()]
        output.write_text("".join(f"{s.title}\n" for s in sf.sessions() if s.id in wanted), encoding="utf-8")
        return output

    registry.register(registry.ExportFormat("dummy", "Session titles (.titles)", ".titles",
                                            frozenset({registry.SESSIONS}), write_dummy, "One title a line."))
    yield calls
    registry.unregister("dummy")


def alter_outside_the_app(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE comments SET text = 'words nobody said' WHERE rowid = (SELECT min(rowid) FROM comments)")
    conn.commit()
    conn.close()


def format_choices() -> list[str]:
    option = next(p for p in export_command.params if p.name == "fmt")
    return list(option.type.choices)


def test_the_cli_and_the_dialog_offer_exactly_the_registry(qtbot, source):
    from workshop_app.ui.export_dialog import ExportDialog

    assert {"docx", "xlsx", "csv", "json"} <= set(registry.names())
    assert format_choices() == list(registry.names())
    dialog = ExportDialog(source[0], source[1])
    qtbot.addWidget(dialog)
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == list(registry.names())
    assert dialog.format.itemText(0) == registry.formats()[0].label  # untranslated: English labels


def test_a_registered_format_is_offered_and_written_by_the_cli(dummy, source, tmp_path, capsys):
    path, sid = source
    main(["export", "--help"])  # click's Exit, which main (standalone_mode=False) turns into a return
    assert "dummy" in capsys.readouterr().out
    assert "dummy" in format_choices()
    out = tmp_path / "titles.txt"
    main(["export", str(path), "--format", "dummy", "--session", sid, "-o", str(out)])
    assert capsys.readouterr().out.strip() == f"Wrote {out}"
    assert out.read_text(encoding="utf-8").splitlines() == [_title(path, sid)]
    assert dummy[0].session_ids == [sid]


def test_a_registered_format_is_offered_and_written_by_the_dialog(qtbot, dummy, source, tmp_path):
    from workshop_app.ui.export_dialog import ExportDialog

    path, sid = source
    dialog = ExportDialog(path, sid)
    qtbot.addWidget(dialog)
    index = dialog.format.findData("dummy")
    assert index >= 0 and dialog.format.itemText(index) == "Session titles (.titles)"
    dialog.format.setCurrentIndex(index)
    assert dialog.output.text() == str(path.with_suffix(".titles"))
    assert dialog.hint.text() == "One title a line."
    assert not dialog.mode.isEnabled() and not dialog.language.isEnabled() and not dialog.table.isEnabled()
    assert dialog.this_session.isEnabled() and dialog.this_session.isChecked()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.mode.isEnabled() and dialog.table.isEnabled() and dialog.output.text().endswith(".csv")
    dialog.format.setCurrentIndex(index)
    out = tmp_path / "from-dialog.titles"
    dialog.output.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.export_button.isEnabled(), timeout=60_000)
    assert dialog.status.text() == f"Wrote {out}"
    assert out.read_text(encoding="utf-8").splitlines() == [_title(path, sid)]
    assert dummy[0].session_ids == [sid]


def test_a_format_without_session_scope_exports_the_whole_file_from_the_dialog(qtbot, source):
    from workshop_app.ui.export_dialog import ExportDialog

    registry.register(registry.ExportFormat("whole", "Whole file (.whole)", ".whole", frozenset(),
                                            lambda sf, output, options: output))
    try:
        dialog = ExportDialog(source[0], source[1])
        qtbot.addWidget(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData("whole"))
        assert not dialog.this_session.isEnabled() and dialog.all_sessions.isChecked()
        assert dialog.make_worker().session_ids is None
    finally:
        registry.unregister("whole")


@pytest.mark.parametrize("fmt", ["json", "docx", "xlsx", "csv", "dummy"])
def test_every_format_refuses_a_file_altered_outside_the_app_in_the_cli(dummy, source, tmp_path, capsys, fmt):
    path, _ = source
    alter_outside_the_app(path)
    before = path.read_bytes()
    out = tmp_path / f"copy.{fmt}"
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(path), "--format", fmt, "-o", str(out)])
    err = capsys.readouterr().err.strip()
    assert exit_.value.code != 0 and "changed outside the app" in err and "was not written" in err
    assert "\n" not in err
    assert not out.exists() and path.read_bytes() == before
    assert dummy == []  # the dispatcher refused before any writer ran


def test_the_dialog_refuses_an_altered_file_for_a_registered_format(qtbot, dummy, source, tmp_path):
    from workshop_app.ui.export_dialog import ExportDialog

    path, sid = source
    alter_outside_the_app(path)
    dialog = ExportDialog(path, sid)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("dummy"))
    out = tmp_path / "never.titles"
    dialog.output.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.export_button.isEnabled(), timeout=60_000)
    assert "changed outside the app" in dialog.status.text() and not out.exists() and dummy == []


def test_an_unknown_format_is_one_sentence_before_the_file_is_read(tmp_path):
    out = tmp_path / "out.pdf"
    with pytest.raises(WorkshopError, match=r"Unknown export format “pdf”; use one of docx, xlsx, csv, json"):
        registry.export_file(tmp_path / "does not exist.workshop", "pdf", out)
    assert not out.exists()


def test_a_format_must_name_known_options_and_a_dotted_suffix():
    with pytest.raises(ValueError, match="unknown export options"):
        registry.register(registry.ExportFormat("bad", "Bad", ".bad", frozenset({"colour"}), lambda *a: a[1]))
    with pytest.raises(ValueError, match="suffix"):
        registry.register(registry.ExportFormat("bad", "Bad", "bad", frozenset(), lambda *a: a[1]))
    assert "bad" not in registry.names()


def test_the_registry_is_qt_free_and_cheap_to_import():
    code = ("import sys, workshop_app.exports.registry as r; r.formats(); "
            "print(sorted(m for m in ('PySide6', 'docx', 'openpyxl', 'numpy') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _title(path: Path, sid: str) -> str:
    with SessionFile.open(path) as sf:
        return next(s.title for s in sf.sessions() if s.id == sid)



def test_lupdate_collects_the_labels_and_hints_for_translation(tmp_path):
    import shutil

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "formats.ts"
    done = subprocess.run([lupdate, registry.__file__, "-ts", str(ts)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = ts.read_text(encoding="utf-8")
    assert "<name>ExportFormats</name>" in text
    for fmt in registry.formats():
        assert f"<source>{fmt.label}</source>" in text and f"<source>{fmt.hint}</source>" in text
