"""The Merge window, the Conflicts view and the Framework mapping view (pytest-qt, offscreen)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402

from workshop_app.domain import Comment, Option  # noqa: E402
from workshop_app.merge.report import MergeReport, SourceReport  # noqa: E402
from workshop_app.storage import SessionFile  # noqa: E402
from workshop_app.ui.merge.conflicts_view import ConflictsView  # noqa: E402
from workshop_app.ui.merge.mapping_view import MappingView  # noqa: E402
from workshop_app.ui.merge.merge_window import MergeWindow  # noqa: E402
from workshop_app.ui.merge.sources_model import SourcesModel  # noqa: E402

from .test_merge_support import make_venue, open_conflict_count, provenance_rows, quiet, ranking_question  # noqa: E402


def edit_first_comment(path: Path, text: str) -> None:
    with quiet(SessionFile.open(path)) as sf:
        c = sorted(sf.all(Comment), key=lambda c: c.id)[0]
        c.text = text
        sf.save(c)


@pytest.fixture
def folder(tmp_path) -> Path:
    """Four venue files (two of them laptops of one venue that disagree) and a broken one."""
    make_venue(tmp_path / "addis.workshop", venue=0)
    shutil.copyfile(tmp_path / "addis.workshop", tmp_path / "addis-laptop2.workshop")
    edit_first_comment(tmp_path / "addis.workshop", "Intermediate cities need finance.")
    edit_first_comment(tmp_path / "addis-laptop2.workshop", "Secondary cities need finance and data.")
    make_venue(tmp_path / "cairo.workshop", venue=1, seed=2)
    with quiet(SessionFile.open(tmp_path / "cairo.workshop")) as sf:
        q = ranking_question(sf, sf.sessions()[0].id)
        sf.save(Option(question=q.id, label="Youth employment", position=8))
    (tmp_path / "usb-garbage.workshop").write_bytes(b"\x00garbage" * 600)
    SessionFile.create(tmp_path / "master.workshop").close()
    return tmp_path


@pytest.fixture
def window(qtbot, folder):
    w = MergeWindow(master=folder / "master.workshop")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def run(qtbot, window: MergeWindow, button) -> MergeReport:
    window.last_report = None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.running() and window.last_report is not None, timeout=30000)
    return window.last_report


def test_sources_model_lists_and_reports_without_widgets(tmp_path):
    model = SourcesModel()
    assert model.add([tmp_path / "a.workshop", tmp_path / "b.docx", tmp_path / "a.workshop"]) == 2
    assert model.add([tmp_path / "a.workshop"]) == 0
    assert model.rowCount() == 2 and model.columnCount() == len(SourcesModel.COLUMNS)
    assert model.data(model.index(0, 1)) == "Waiting"
    report = MergeReport(master="m", sources=[
        SourceReport(path=str(tmp_path / "a.workshop"), name="a.workshop", kind="workshop", status="merged",
                     added=12, conflicts=1, seal_verified=True, sealed=True, sessions=[{"title": "Cairo"}]),
        SourceReport(path=str(tmp_path / "b.docx"), name="b.docx", status="refused", reason="It is broken."),
    ])
    model.set_report(report)
    col = SourcesModel.COLUMNS.index
    assert model.data(model.index(0, col("added"))) == 12
    assert model.data(model.index(0, col("seal"))) == "Verified"
    assert model.data(model.index(0, col("details"))) == "Cairo"
    assert model.data(model.index(0, col("conflicts")), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, col("status"))) == "Refused"
    assert model.data(model.index(1, col("details"))) == "It is broken."
    assert model.data(model.index(1, col("added"))) == ""
    model.remove_rows([0])
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == "b.docx"


def test_preview_then_merge_with_a_report(qtbot, window, folder):
    master = folder / "master.workshop"
    assert window.add_files([folder]) == 4  # the folder's session files, not the master itself
    before = master.read_bytes()
    report = run(qtbot, window, window.preview_button)
    assert report.dry_run and master.read_bytes() == before
    statuses = {s.name: s.status for s in report.sources}
    assert statuses["usb-garbage.workshop"] == "refused"
    assert window.model.data(window.model.index(0, 1)) in ("Would merge", "Refused")
    assert "nothing has changed yet" in window.status.text()
    window.last_report = None
    with qtbot.waitSignal(window.merged, timeout=30000) as signal:
        qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.running(), timeout=30000)
    real: MergeReport = signal.args[0]
    assert [s.counts() for s in real.sources] == [s.counts() for s in report.sources]
    assert real.backup and Path(real.backup).exists()
    assert "Merged 3 of 4 files" in window.status.text()
    assert open_conflict_count(master) == 1
    assert len(provenance_rows(master)) == 3


def test_drop_files_on_the_window(qtbot, window, folder):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder / "cairo.workshop"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.model.paths() == [folder / "cairo.workshop"]
    assert window.merge_button.isEnabled()


def test_cancel_stops_between_files(qtbot, window, folder):
    files = []
    for i in range(8):
        p = folder / f"copy{i}.workshop"
        make_venue(p, venue=i, seed=10 + i)
        files.append(p)
    window.add_files(files)
    window.start(dry_run=False)
    window.cancel()
    qtbot.waitUntil(lambda: not window.running(), timeout=30000)
    report = window.last_report
    assert report.cancelled
    merged = [s for s in report.sources if s.status == "merged"]
    assert len(merged) < len(files)
    assert all(s.status == "not merged" for s in report.sources[len(merged):])
    assert len(provenance_rows(folder / "master.workshop")) == len(merged)  # whole files only


def test_conflicts_view_side_by_side_and_keep(qtbot, folder):
    master = folder / "master.workshop"
    from workshop_app.merge import merge_files

    merge_files(master, [folder / "addis.workshop", folder / "addis-laptop2.workshop"])
    view = ConflictsView(master)
    qtbot.addWidget(view)
    view.show()
    assert view.list_model.rowCount() == 1
    fields = view.fields_model
    rows = {fields.data(fields.index(r, 0)): (fields.data(fields.index(r, 1)), fields.data(fields.index(r, 2)))
            for r in range(fields.rowCount())}
    assert fields.data(fields.index(0, 0)) == "Text"  # what differs comes first
    assert set(rows["Text"]) == {"Intermediate cities need finance.", "Secondary cities need finance and data."}
    assert rows["Participant"][0] == rows["Participant"][1] and "seat" in rows["Participant"][0]  # a name, not an id
    view.only_diff.setChecked(True)
    assert fields.rowCount() == 1
    other_text = rows["Text"][1]
    assert view.keep("other")
    assert view.list_model.rowCount() == 0 and "No open conflicts" in view.heading.text()
    view.accept()  # closes the file it opened
    with SessionFile.open(master) as sf:
        assert other_text in {c.text for c in sf.all(Comment)}


def test_mapping_view_records_a_decision(qtbot, folder):
    master = folder / "master.workshop"
    from workshop_app.merge import merge_files, option_groups

    merge_files(master, [folder / "cairo.workshop"])
    view = MappingView(master)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 3)) == "To decide"
    view.choose("P2")
    view.apply()
    assert view.model.data(view.model.index(0, 3)).startswith("P2")
    view.undo()
    assert view.model.data(view.model.index(0, 3)) == "To decide"
    view.choose(None)
    view.apply()
    assert view.model.data(view.model.index(0, 3)) == "Kept separate"
    view.accept()
    with SessionFile.open(master) as sf:
        assert option_groups(sf)[0].decision == "separate"


def test_right_to_left_layout_renders(qtbot, window, folder):
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window.add_files([folder / "cairo.workshop"])
    image = window.grab().toImage()
    assert not image.isNull() and image.width() > 500
    # The button row mirrors: the buttons that sit at the right in English sit at the left.
    qtbot.waitUntil(lambda: window.merge_button.mapTo(window, window.merge_button.rect().center()).x()
                    < window.width() / 2, timeout=3000)
    assert window.add_button.mapTo(window, window.add_button.rect().center()).x() > window.width() / 2


def test_with_the_apps_open_file_as_master(qtbot, folder):
    with SessionFile.open(folder / "master.workshop") as sf:
        w = MergeWindow(master=sf)
        qtbot.addWidget(w)
        assert w.isModal() or w.windowModality() == Qt.WindowModality.ApplicationModal
        assert not w.choose_master.isEnabled()
        w.add_files([folder / "cairo.workshop"])
        report = run(qtbot, w, w.merge_button)
        assert report.sources[0].status == "merged"
        assert sf.counts()["sessions"] == 1  # the open connection sees the merge at once
