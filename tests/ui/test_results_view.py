"""The results view: live updates after a ballot is saved, the table model, groups, right-to-left."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from tests.results_sample import build_results_sample, question_of  # noqa: E402

from workshop_app.analysis import analyse_question  # noqa: E402
from workshop_app.domain.model import Ballot, Participant  # noqa: E402
from workshop_app.storage import SessionFile  # noqa: E402
from workshop_app.ui.controller import AppController  # noqa: E402
from workshop_app.ui.results.results_model import ResultsTableModel  # noqa: E402
from workshop_app.ui.results.results_view import ResultsView  # noqa: E402


@pytest.fixture
def opened(tmp_path):
    sf = SessionFile.create(tmp_path / "results.workshop")
    session = build_results_sample(sf, groups={"member_state": 4, "civil_society": 3, "academia": 2})
    yield sf, session
    sf.close()


@pytest.fixture
def view(qtbot, opened):
    sf, _session = opened
    controller = AppController(sf)
    v = ResultsView(controller)
    qtbot.addWidget(v)
    v.resize(1100, 760)
    v.show()
    qtbot.waitExposed(v)
    return v


def ranking_ballot(sf, session, order: list[int], group: str = "member_state") -> tuple[Participant, Ballot]:
    q = question_of(sf, session, "ranking")
    opts = sf.load_session(session.id).options_of(q.id)
    p = Participant(session=session.id, name="Late Arrival", stakeholder_group=group)
    b = Ballot(session=session.id, question=q.id, participant=p.id, ranking=[[opts[i].id] for i in order])
    return p, b


def test_saving_a_ballot_updates_the_results_view(qtbot, view, opened):
    sf, session = opened
    before = view.panel.model.result.ballots
    first_before = {r.option_id: r.first_preferences for r in view.panel.model.result.options}
    p, b = ranking_ballot(sf, session, [4, 3, 2, 1, 0])
    assert view.controller.save(p, "participant")
    assert view.controller.save(b, "ballot")
    qtbot.waitUntil(lambda: view.panel.model.result.ballots == before + 1, timeout=3000)
    assert view.counts.text() == f"{before + 1} ballots"
    p5 = b.ranking[0][0]
    row = next(r for r in view.panel.model.result.options if r.option_id == p5)
    assert row.first_preferences == first_before[p5] + 1
    # The chart follows: its Borda bars carry the new totals.
    qtbot.waitUntil(lambda: view.panel.chart.figure is not None and not view.panel.chart.pending, timeout=3000)
    bars = [bar.get_width() for bar in view.panel.chart.figure.axes[0].patches]
    assert bars == [r.borda for r in view.panel.model.result.options]


def test_a_burst_of_ballots_is_analysed_a_few_times_not_once_per_ballot(qtbot, view, opened):
    sf, session = opened
    start_count = view.live.computations
    before = view.panel.model.result.ballots
    for n in range(12):
        p, b = ranking_ballot(sf, session, [n % 5, (n + 1) % 5, (n + 2) % 5, (n + 3) % 5, (n + 4) % 5])
        view.controller.save(p, "participant")
        view.controller.save(b, "ballot")
    qtbot.waitUntil(lambda: view.panel.model.result.ballots == before + 12, timeout=3000)
    assert view.live.computations - start_count < 12


def test_the_table_model_shows_the_analysis_figures(opened):
    sf, session = opened
    data = sf.load_session(session.id)
    q = question_of(sf, session, "ranking")
    result = analyse_question(q, data.options_of(q.id), data.ballots_of(q.id), data.participants, bootstrap=0)
    model = ResultsTableModel()
    model.set_result(result)
    assert model.rowCount() == 5
    assert model.column_titles() == ["Position", "Option", "Borda", "Mean rank", "First preferences", "Schulze",
                                     "Dissent"]
    for row, option in enumerate(result.options):
        assert model.data(model.index(row, 2)) == str(option.borda)
        assert model.data(model.index(row, 4)) == str(option.first_preferences)
        assert model.data(model.index(row, 5)) == str(option.schulze_rank)
        assert model.data(model.index(row, 6)) == ("divided" if option.dissent else "")
    model.set_result(None)
    assert model.rowCount() == 0 and model.columnCount() == 0


def test_by_group_hides_a_group_of_two(qtbot, view):
    view.by_group.setChecked(True)
    qtbot.waitUntil(lambda: view.group_tabs.count() > 1, timeout=3000)
    result = view.live.snapshot.result
    tabs = [view.group_tabs.tabText(i) for i in range(view.group_tabs.count())]
    # The tabs are the analysis engine's groups; the two academics never get a tab of their own.
    assert tabs == ["Everyone (9)"] + [f"{g.label} ({g.result.ballots})" for g in result.groups]
    assert not any(t.startswith("Academia") for t in tabs)
    assert all(g.result.ballots >= 3 for g in result.groups)
    assert tabs[1] == "Member State (4)"
    view.group_tabs.setCurrentIndex(1)
    assert view.panel.model.result.ballots == 4
    view.by_group.setChecked(False)
    assert view.group_tabs.isHidden()
    assert view.panel.model.result.ballots == 9


def test_points_and_open_questions(qtbot, view, opened):
    sf, session = opened
    view.controller.select_question(question_of(sf, session, "points").id)
    assert view.panel.model.column_titles()[:3] == ["Position", "Option", "Total"]
    assert view.panel.kendall.isHidden()
    view.controller.select_question(question_of(sf, session, "open").id)
    assert view.stack.currentWidget() is view.open_summary
    assert view.question_combo.currentIndex() == 3


def test_a_hidden_view_waits_until_shown(qtbot, view, opened):
    sf, session = opened
    view.hide()
    count = view.live.computations
    p, b = ranking_ballot(sf, session, [0, 1, 2, 3, 4])
    view.controller.save(p, "participant")
    view.controller.save(b, "ballot")
    qtbot.wait(50)
    assert view.live.computations == count
    view.show()
    qtbot.waitUntil(lambda: view.panel.model.result.ballots == 10, timeout=3000)


def test_right_to_left_mirrors_the_layout(qtbot, view):
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.wait(10)
    combo = view.question_combo.geometry()
    check = view.by_group.geometry()
    assert check.right() < combo.left()  # the switch that sits at the end now sits on the left
