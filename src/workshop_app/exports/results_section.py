"""The results of one question in the synthesis: table, chart, agreement, differences between groups.

Every number comes from the analysis engine's result objects; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..analysis.results import Group, RankingResult, ScoreResult
from . import charts
from .document import Doc
from .terms import agreement_text, breakdown_label, kendall_text, sentence
from .wordxml import Run

LabelOf = Callable[[Any], str]  # a result row -> its label in the document's language
GROUP_COLUMNS = 5


def kind_name(doc: Doc, kind: str) -> str:
    return doc.t(f"kind_{kind}") if kind in ("ranking", "points", "rating", "open") else kind


def option_header(doc: Doc, rows: Sequence[Any]) -> str:
    return doc.t("col_priority") if any(getattr(r, "key", None) for r in rows) else doc.t("col_option")


def ranking_table(doc: Doc, result: RankingResult, label_of: LabelOf) -> None:
    rows = [
        [str(r.position), label_of(r) + (" †" if r.dissent else ""), doc.integer(r.borda),
         doc.percent(r.borda_share), doc.number(r.mean_rank), doc.integer(r.first_preferences), doc.integer(r.top3),
         str(r.schulze_rank)]
        for r in result.options
    ]
    header = ["#", option_header(doc, result.options), doc.t("col_borda"), doc.t("share"), doc.t("col_mean_rank"),
              doc.t("col_first"), doc.t("col_top3"), doc.t("col_schulze")]
    doc.table(doc.t("cap_ranking"), header, rows, widths=[0.4, 3.5, 1.0, 0.85, 0.95, 0.95, 0.95, 1.1],
              numeric=[True, False, True, True, True, True, True, True])


def score_table(doc: Doc, result: ScoreResult, label_of: LabelOf) -> None:
    if result.kind == "points":
        header = ["#", option_header(doc, result.options), doc.t("col_total_points"), doc.t("share"),
                  doc.t("col_mean"), doc.t("col_median"), doc.t("col_sd")]
        rows = [[str(r.position), label_of(r), doc.integer(r.total), doc.percent(r.share), doc.number(r.mean, 1),
                 doc.number(r.median, 1), doc.number(r.sd, 1)] for r in result.options]
        widths = [0.45, 4.6, 1.2, 0.9, 1.0, 1.0, 1.0]
        caption = doc.t("cap_points")
    else:
        header = ["#", option_header(doc, result.options), doc.t("col_mean"), doc.t("col_median"), doc.t("col_sd"),
                  doc.t("col_responses")]
        rows = [[str(r.position), label_of(r), doc.number(r.mean), doc.number(r.median, 1), doc.number(r.sd),
                 doc.integer(r.responses)] for r in result.options]
        widths = [0.45, 5.0, 1.0, 1.0, 1.0, 1.1]
        caption = doc.t("cap_rating")
    doc.table(caption, header, rows, widths=widths, numeric=[True, False] + [True] * (len(header) - 2))


def ranking_chart(doc: Doc, result: RankingResult, label_of: LabelOf) -> None:
    labels = {r.option_id: label_of(r) for r in result.options}
    fig = charts.ranking_bar_chart(result, labels, doc.language)
    facts = [f"{labels[r.option_id]} {doc.percent(r.borda_share)}" + (f" ({charts.word('divided', doc.language)})"
                                                                      if r.dissent else "") for r in result.options]
    doc.figure(charts.render_png(fig), doc.t("fig_ranking"), facts)


def score_chart(doc: Doc, result: ScoreResult, label_of: LabelOf) -> None:
    labels = {r.option_id: label_of(r) for r in result.options}
    fig = charts.scores_chart(result, labels, doc.language)
    if result.kind == "points":
        facts = [f"{labels[r.option_id]} {doc.integer(r.total)} ({doc.percent(r.share)})" for r in result.options]
    else:
        facts = [f"{labels[r.option_id]} {doc.t('col_mean')} {doc.number(r.mean)}" for r in result.options]
    doc.figure(charts.render_png(fig), doc.t("fig_points" if result.kind == "points" else "fig_rating"), facts)


def agreement(doc: Doc, result: RankingResult, label_of: LabelOf) -> None:
    labels = [label_of(r) for r in result.options]
    between = "" if doc.language == "zh" else " "  # Chinese puts no space after its full stop "。"
    text = kendall_text(result.kendall, len(result.options), doc.language) + between \
        + agreement_text(result, labels, doc.language)
    doc.para([Run(doc.t("agreement") + doc.t("colon"), bold=True, lang=doc.language), Run(text, lang=doc.language)],
             lang=doc.language)
    if any(r.dissent for r in result.options):
        doc.note(doc.t("dissent_note"))


def _chunks(items: Sequence[Group], size: int) -> list[Sequence[Group]]:
    """At most ``size`` groups per table, spread evenly (6 groups make 3 + 3, not 5 + 1)."""
    if not items:
        return [[]]
    parts = -(-len(items) // size)
    per = -(-len(items) // parts)
    return [items[i:i + per] for i in range(0, len(items), per)]


def group_table(doc: Doc, result: Any, groups: Sequence[Group], by: str, caption: str,
                label_of: LabelOf) -> None:
    """Option × group: the option's position in each group (ranking), its share or mean (scores)."""
    ranking = isinstance(result, RankingResult)
    for part in _chunks(list(groups), GROUP_COLUMNS):
        header = [option_header(doc, result.options)] + [
            f"{breakdown_label(g.key, by, doc.language)} ({doc.t('n_equals', n=doc.integer(g.result.ballots))})" for g in part
        ]
        rows = []
        for r in result.options:
            cells = [label_of(r)]
            for g in part:
                try:
                    row = g.result.option(r.option_id)
                except KeyError:
                    cells.append("–")
                    continue
                if ranking:  # the place after the tie-break the methodology states, as in the main table
                    cells.append(str(row.position) + (" †" if row.dissent else ""))
                elif result.kind == "points":
                    cells.append(doc.percent(row.share))
                else:
                    cells.append(doc.number(row.mean))
            rows.append(cells)
        doc.table(caption, header, rows, widths=[2.6] + [1.2] * len(part),
                  numeric=[False] + [True] * len(part))


def leaders_sentence(doc: Doc, groups: Sequence[Group], by: str, label_of: LabelOf) -> str:
    firsts = []
    for g in groups:
        if g.result.ballots and g.result.options:
            firsts.append((breakdown_label(g.key, by, doc.language), label_of(g.result.options[0])))
    if not firsts:
        return ""
    if len({lab for _, lab in firsts}) == 1:
        return doc.t("groups_same", option=firsts[0][1])
    details = sentence("list_sep", doc.language).join(
        sentence("first_in", doc.language, group=g, option=o) for g, o in firsts)
    return doc.t("groups_differ", details=details)


def breakdown(doc: Doc, result: Any, groups: Sequence[Group], by: str, heading_key: str, caption_key: str,
              level: int, label_of: LabelOf, *, min_size: int, hidden: int) -> None:
    """One breakdown (by stakeholder group, event or country) with its reading and the small-group rule."""
    doc.heading(doc.t(heading_key), level)
    if not groups:
        doc.para(doc.t("groups_none"))
        return
    line = leaders_sentence(doc, groups, by, label_of)
    if line:
        doc.para(line)
    caption = doc.t(caption_key) if isinstance(result, RankingResult) else doc.t(heading_key)
    group_table(doc, result, groups, by, caption, label_of)
    doc.note(doc.t("groups_note", n=min_size) + (" " + doc.t("groups_hidden", n=doc.integer(hidden)) if hidden else ""))


def question_results(doc: Doc, result: Any, *, label_of: LabelOf, level: int, chart: bool,
                     groups: bool = True) -> None:
    """Table, chart, agreement and (with ``groups``) differences between stakeholder groups for one question."""
    if result.kind == "open":
        return
    doc.note(doc.t("ballots_line", kind=kind_name(doc, result.kind), b=doc.integer(result.ballots))
             + (" " + doc.t("ballots_ignored", n=doc.integer(result.ignored)) if result.ignored else ""))
    if result.ballots == 0:
        doc.para(doc.t("no_ballots"))
        return
    if isinstance(result, RankingResult):
        ranking_table(doc, result, label_of)
        if chart:
            ranking_chart(doc, result, label_of)
        agreement(doc, result, label_of)
    else:
        score_table(doc, result, label_of)
        if chart:
            score_chart(doc, result, label_of)
    if groups and result.by == "stakeholder_group":
        breakdown(doc, result, result.groups, "stakeholder_group", "groups_heading", "cap_pos_group", level,
                  label_of, min_size=result.min_group_size, hidden=result.hidden_ballots)
