"""Plain-text tables of results, for the command line.

Widths are measured in terminal columns (East Asian wide characters take two, combining marks
none), so Chinese labels line up; right-to-left text such as Arabic is printed as is and lines up
as well as the terminal's own bidirectional display allows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from .results import (
    CommentSummary,
    Count,
    Group,
    MasterResult,
    MergedRanking,
    OpenResult,
    Participation,
    RankingResult,
    ScoreResult,
    SessionResult,
)

LABEL_WIDTH = 36


def text_width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def clip(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` columns, marking a cut with an ellipsis."""
    text = " ".join(text.split())
    if text_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if text_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - text_width(text))
    return gap + text if right else text + gap


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: Sequence[bool]) -> str:
    widths = [text_width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], text_width(cell))
    lines = ["  ".join(pad(h, widths[i], numeric[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(pad(c, widths[i], numeric[i]) for i, c in enumerate(row)).rstrip())
    return "\n".join(lines)


def _num(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def _title(text: str, underline: str = "=") -> str:
    return f"{text}\n{underline * max(3, text_width(text))}"


# ----------------------------------------------------------------------------------------- ranking


def _ranking_table(r: RankingResult) -> str:
    headers = ["Pos", "Option", "Borda", "Share", "Mean rank", "Ranked by", "1st", "Top 3", "Schulze",
               "90% interval", "Dissent"]
    rows = []
    for o in r.options:
        interval = "–" if not o.interval else (str(o.interval[0]) if o.interval[0] == o.interval[1]
                                              else f"{o.interval[0]}–{o.interval[1]}")
        rows.append([
            str(o.position), clip(o.label, LABEL_WIDTH), str(o.borda), _pct(o.borda_share), _num(o.mean_rank),
            str(o.ranked_by), str(o.first_preferences), _pct(o.top3_share), str(o.schulze_rank), interval,
            "yes" if o.dissent else "",
        ])
    numeric = [True, False, True, True, True, True, True, True, True, True, False]
    return table(headers, rows, numeric)


def format_ranking(r: RankingResult, *, heading: str | None = None) -> str:
    label_of = {o.option_id: o.label for o in r.options}
    parts = [_title(heading or r.prompt or "Ranking question", "=" if heading is None else "~")]
    parts.append(f"{r.ballots} ballot{'s' if r.ballots != 1 else ''}"
                 + (f" ({r.ignored} empty or unusable, left out)" if r.ignored else "") + ".")
    if not r.options:
        parts.append("This question has no options.")
        return "\n".join(parts)
    parts.append(_ranking_table(r))
    if r.schulze_order:
        order = " > ".join(" = ".join(clip(label_of[i], LABEL_WIDTH) for i in tier) for tier in r.schulze_order)
        parts.append(f"Schulze order: {order}")
    winner = label_of.get(r.condorcet_winner) if r.condorcet_winner else None
    parts.append(f"Condorcet winner: {winner}" if winner else "Condorcet winner: none")
    parts.append(f"Kendall's W: {r.kendall.reading}")
    parts.append(r.agreement)
    if any(o.dissent for o in r.options):
        parts.append(f"Dissent: positions spread at least {r.dissent_threshold:.0%} of the widest possible spread.")
    if r.bootstrap_resamples:
        parts.append(f"Intervals: {r.bootstrap_level:.0%} bootstrap interval of the Borda position, "
                     f"{r.bootstrap_resamples} resamples, seed {r.seed}.")
    parts.extend(_groups_text(r.groups, r.by, r.min_group_size, r.hidden_ballots, format_ranking))
    return "\n".join(parts)


def _groups_text(groups: list[Group], by: str | None, min_size: int, hidden: int, fmt: Any) -> list[str]:
    if not by:
        return []
    out = ["", _title(f"By {by.replace('_', ' ')}", "-")]
    for g in groups:
        out.append("")
        out.append(fmt(g.result, heading=g.label))
    if hidden:
        out.append("")
        out.append(f"{hidden} ballot{'s' if hidden != 1 else ''} from groups smaller than {min_size} "
                   "are not shown separately.")
    return out


# ---------------------------------------------------------------------------------- points, rating


def format_scores(r: ScoreResult, *, heading: str | None = None) -> str:
    parts = [_title(heading or r.prompt or "Question", "=" if heading is None else "~")]
    about = f"budget {r.budget} points" if r.kind == "points" else f"scale {r.scale_min}–{r.scale_max}"
    parts.append(f"{r.ballots} ballot{'s' if r.ballots != 1 else ''} ({about})"
                 + (f"; {r.ignored} empty or unusable, left out" if r.ignored else "") + ".")
    headers = ["Pos", "Option", "Responses", "Total", "Share", "Mean", "Median", "SD", "Distribution"]
    rows = []
    for o in r.options:
        dist = " ".join(f"{v}:{c}" for v, c in o.distribution) if r.kind == "rating" else \
            " ".join(f"{v}×{c}" for v, c in o.distribution if v)
        rows.append([str(o.position), clip(o.label, LABEL_WIDTH), str(o.responses), str(o.total),
                     _pct(o.share) if r.kind == "points" else "", _num(o.mean), _num(o.median, 1), _num(o.sd),
                     clip(dist, 40)])
    parts.append(table(headers, rows, [True, False, True, True, True, True, True, True, False]))
    parts.extend(_groups_text(r.groups, r.by, r.min_group_size, r.hidden_ballots, format_scores))
    return "\n".join(parts)


# -------------------------------------------------------------------------------- open, comments


def _count_table(title: str, counts: list[Count]) -> str:
    if not counts:
        return f"{title}: none"
    rows = [[clip(c.label, LABEL_WIDTH + 14), str(c.count)] for c in counts]
    return table([title, "Count"], rows, [False, True])


def format_comments(s: CommentSummary, *, heading: str = "Comments") -> str:
    parts = [_title(heading, "-"), f"{s.total} comment{'s' if s.total != 1 else ''}, {s.starred_count} starred."]
    if s.total:
        for title, counts in (("Question", s.by_question), ("Option", s.by_option), ("SWOT", s.by_swot),
                              ("Tag", s.by_tag), (f"Group ({s.by.replace('_', ' ')})", s.by_group)):
            if counts:
                parts.append("")
                parts.append(_count_table(title, counts))
        if s.hidden_comments:
            parts.append("")
            parts.append(f"{s.hidden_comments} comments from groups with fewer than {s.min_group_size} people "
                         "are not shown separately.")
    if s.starred:
        parts.append("")
        parts.append("Starred quotes:")
        for q in s.starred:
            who = f" — {q.attribution}" if q.attribution else ""
            parts.append(f"  “{clip(q.text, 200)}”{who}")
    return "\n".join(parts)


def format_open(r: OpenResult) -> str:
    return "\n".join([_title(r.prompt or "Open question"), format_comments(r.comments, heading="Comments")])


# --------------------------------------------------------------------------------- session, master


def format_participation(p: Participation) -> str:
    parts = [_title("Participants", "-"), f"{p.total} participant{'s' if p.total != 1 else ''}."]
    if p.by_stakeholder_group:
        parts.append(_count_table("Stakeholder group", p.by_stakeholder_group))
    if p.by_country:
        parts.append("")
        parts.append(_count_table("Country", p.by_country))
    return "\n".join(parts)


def format_session(r: SessionResult) -> str:
    head = r.title + (f" — {r.event}" if r.event else "")
    parts = [_title(head), "", format_participation(r.participation)]
    for q in r.questions:
        parts.extend(["", format_results_text(q)])
    parts.extend(["", format_comments(r.comments)])
    return "\n".join(parts)


def format_merged(m: MergedRanking) -> str:
    parts = [format_ranking(m.result, heading=f"{m.title or 'Framework priorities'} ({m.sessions} sessions)")]
    for attr, groups in (("stakeholder_group", m.by_stakeholder_group), ("event", m.by_event),
                         ("country", m.by_country)):
        parts.extend(_groups_text(groups, attr, m.result.min_group_size, m.hidden_ballots.get(attr, 0),
                                  format_ranking))
    return "\n".join(parts)


def format_master(r: MasterResult) -> str:
    parts = [_title(f"Merged results: {r.sessions} session{'s' if r.sessions != 1 else ''}")]
    if r.events:
        parts.extend(["", _count_table("Event (sessions)", r.events)])
    parts.extend(["", format_participation(r.participation)])
    for m in r.rankings:
        parts.extend(["", format_merged(m)])
    parts.extend(["", format_comments(r.comments)])
    return "\n".join(parts)


def format_results_text(result: Any) -> str:
    """A readable plain-text rendering of any analysis result (or a list of them)."""
    if isinstance(result, list | tuple):
        return "\n\n".join(format_results_text(r) for r in result)
    if isinstance(result, RankingResult):
        return format_ranking(result)
    if isinstance(result, ScoreResult):
        return format_scores(result)
    if isinstance(result, OpenResult):
        return format_open(result)
    if isinstance(result, SessionResult):
        return format_session(result)
    if isinstance(result, MasterResult):
        return format_master(result)
    if isinstance(result, MergedRanking):
        return format_merged(result)
    if isinstance(result, CommentSummary):
        return format_comments(result)
    if isinstance(result, Participation):
        return format_participation(result)
    raise TypeError(f"Cannot format {type(result).__name__}")
