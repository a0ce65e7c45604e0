"""charts.py: figures from analysis results, without pyplot or Qt, readable in Chinese and Arabic."""

from __future__ import annotations

import subprocess
import sys

import matplotlib
import pytest
from matplotlib.figure import Figure

from workshop_app.analysis import analyse_question
from workshop_app.analysis.results import Count
from workshop_app.domain.model import Ballot, Option, Question
from workshop_app.exports import charts

LABELS = ["Universal access to adequate, safe and affordable housing", "包容性城市繁荣和融资",
          "العمل المناخي الفعال والاستدامة البيئية", "Multilevel governance", "Urban crisis response"]


def ranking_result(ballots: list[list[list[int]]] | None = None):
    q = Question(session="s", kind="ranking", prompt="Rank")
    opts = [Option(question=q.id, key=f"P{i + 1}", label=label, position=i) for i, label in enumerate(LABELS)]
    tiers = ballots or [[[0], [1], [2], [3], [4]], [[2], [0], [1]], [[0, 1], [4]], [[4], [3], [2], [1], [0]],
                        [[0], [2], [1], [3], [4]]]
    bs = [Ballot(session="s", question=q.id, ranking=[[opts[i].id for i in tier] for tier in t]) for t in tiers]
    return q, opts, bs, analyse_question(q, opts, bs, bootstrap=0)


def test_ranking_chart_has_a_bar_per_option_in_the_results_order():
    _, opts, _, result = ranking_result()
    fig = charts.ranking_bar_chart(result)
    assert isinstance(fig, Figure)
    (ax,) = fig.axes
    heights = [p.get_width() for p in ax.patches]
    assert heights == [row.borda for row in result.options]
    shown = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert shown[0].startswith(result.options[0].label[:20])


def test_divided_options_are_drawn_in_the_accent_colour():
    # P1 is ranked first by some and last by others: a divided option.
    spread = [[[0], [1], [2], [3], [4]], [[1], [2], [3], [4], [0]]] * 3
    _, _, _, result = ranking_result(spread)
    divided = {r.option_id for r in result.options if r.dissent}
    assert divided, "the fixture must produce a divided option"
    fig = charts.ranking_bar_chart(result)
    colours = [matplotlib.colors.to_hex(p.get_facecolor()) for p in fig.axes[0].patches]
    for row, colour in zip(result.options, colours, strict=True):
        assert (colour == charts.ACCENT.lower()) == (row.option_id in divided)


def test_labels_can_be_replaced_for_another_language():
    _, _, _, result = ranking_result()
    first = result.options[0].option_id
    fig = charts.ranking_bar_chart(result, {first: "Logement"}, "fr")
    assert fig.axes[0].get_yticklabels()[0].get_text() == "Logement"
    assert fig.axes[0].get_xlabel() == "Score de Borda"


def test_right_to_left_charts_are_mirrored():
    _, _, _, result = ranking_result()
    ax = charts.ranking_bar_chart(result, language="ar").axes[0]
    assert ax.xaxis_inverted()
    ax_en = charts.ranking_bar_chart(result, language="en").axes[0]
    assert not ax_en.xaxis_inverted()


def test_fonts_cover_chinese_and_arabic_when_installed():
    have = charts.installed_families()
    if "Noto Sans CJK SC" not in have or "Noto Sans Arabic" not in have:
        pytest.skip("fonts-noto-cjk / fonts-noto-core are not installed")
    assert charts.font_families("zh")[0] == "Noto Sans CJK SC"
    assert charts.font_families("ar")[0] == "Noto Sans Arabic"
    assert {"Noto Sans CJK SC", "Noto Sans Arabic"} <= set(charts.font_families("en"))


def test_arabic_labels_are_left_to_matplotlib_when_it_shapes_them():
    text = "العمل المناخي"
    if charts.native_shaping():
        assert charts.shape_text(text) == text
    else:
        pytest.importorskip("arabic_reshaper")
        assert charts.shape_text(text) != text
    assert charts.shape_text("Housing") == "Housing"


def test_rank_positions_counts_ties_at_the_better_place_and_unranked_last():
    ids = ["a", "b", "c"]
    ballots = [Ballot(session="s", question="q", ranking=[["a", "b"], ["c"]]),
               Ballot(session="s", question="q", ranking=[["c"]])]
    counts = charts.rank_positions(ids, ballots)
    assert counts["a"] == [1, 0, 0, 1]
    assert counts["b"] == [1, 0, 0, 1]
    assert counts["c"] == [1, 0, 1, 0]


def test_position_scores_and_participation_charts_render_to_png():
    q, opts, bs, result = ranking_result()
    positions = charts.rank_positions([r.option_id for r in result.options], bs)
    figs = [charts.position_distribution_chart(result, positions, language="zh"),
            charts.participation_chart([Count("member_state", "Member State", 4), ("学术界", 2)], "zh")]
    pq = Question(session="s", kind="points", budget=10)
    popts = [Option(question=pq.id, label=label, position=i) for i, label in enumerate(LABELS[:3])]
    pbs = [Ballot(session="s", question=pq.id, points={popts[0].id: 7, popts[1].id: 3})]
    figs.append(charts.scores_chart(analyse_question(pq, popts, pbs)))
    rq = Question(session="s", kind="rating", scale_min=1, scale_max=5)
    rbs = [Ballot(session="s", question=rq.id, ratings={popts[0].id: 4, popts[1].id: 2})]
    ropts = [Option(question=rq.id, label=o.label, position=o.position, id=o.id) for o in popts]
    figs.append(charts.scores_chart(analyse_question(rq, ropts, rbs), language="ar"))
    for fig in figs:
        png = charts.render_png(fig, dpi=60)
        assert png.startswith(b"\x89PNG\r\n\x1a\n")


def test_the_chart_module_imports_neither_pyplot_nor_qt():
    code = ("import sys, workshop_app.exports.charts as c; "
            "from workshop_app.analysis.results import Count; "
            "c.render_png(c.participation_chart([Count('a', 'A', 1)]), 50); "
            "bad = [m for m in ('matplotlib.pyplot', 'PySide6') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
