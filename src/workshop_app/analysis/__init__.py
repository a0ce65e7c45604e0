"""Rank aggregation and statistics: pure functions over domain objects (no Qt, no SQL).

The GUI, the CLI and the Word export all call these, so a number is the same wherever it
appears. The methods are described for people in ``docs/analysis.md``.
"""

from .api import analyse_many, analyse_question, analyse_session, framework_pool, participation
from .comments import summarise_comments
from .ranking import BOOTSTRAP_LEVEL, BOOTSTRAP_RESAMPLES, DISSENT_MIN_BALLOTS, DISSENT_THRESHOLD
from .results import (
    CommentSummary,
    Count,
    Group,
    Kendall,
    MasterResult,
    MergedRanking,
    OpenResult,
    OptionRanking,
    OptionScore,
    Participation,
    QuestionResult,
    Quote,
    RankingResult,
    ScoreResult,
    SessionResult,
    results_to_json,
    to_jsonable,
)
from .stats import W_BAND_KEYS, W_BANDS, chi_square_p, gamma_q, kendall_w, read_w, w_band
from .text import format_results_text

__all__ = [
    "BOOTSTRAP_LEVEL",
    "BOOTSTRAP_RESAMPLES",
    "DISSENT_MIN_BALLOTS",
    "DISSENT_THRESHOLD",
    "W_BAND_KEYS",
    "W_BANDS",
    "CommentSummary",
    "Count",
    "Group",
    "Kendall",
    "MasterResult",
    "MergedRanking",
    "OpenResult",
    "OptionRanking",
    "OptionScore",
    "Participation",
    "QuestionResult",
    "Quote",
    "RankingResult",
    "ScoreResult",
    "SessionResult",
    "analyse_many",
    "analyse_question",
    "analyse_session",
    "chi_square_p",
    "format_results_text",
    "framework_pool",
    "gamma_q",
    "kendall_w",
    "participation",
    "read_w",
    "results_to_json",
    "summarise_comments",
    "to_jsonable",
    "w_band",
]
