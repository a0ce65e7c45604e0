"""All comments of a session as a table with its own filtering index.

A QSortFilterProxyModel would call Python once per row on every keystroke; with 20,000 comments
that is a visible pause. Instead the model keeps one lower-cased "haystack" string per comment,
built once per load, and a list of the rows that pass the filter. Typing one more letter only
searches the rows still visible. Sorting sorts that list with precomputed keys.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from ...domain.model import Comment, Option, Participant, Question, SessionData
from ..capture.ballots_model import local_time, option_code
from ..common.record_model import Index, RecordTableModel, update_rows
from ..common.style import ACCENT, icon, own_direction, rtl_text
from ..common.vocab import swot_labels

MAX_CELL = 240  # characters of a comment shown in its cell; the tooltip and the editor show all


def fold(text: str) -> str:
    """Case- and width-insensitive form used for searching (full-width digits match, ß matches ss)."""
    return unicodedata.normalize("NFKC", text).casefold()


first_strong_rtl = rtl_text  # the one test of a text's own direction (ui/common/style.py)


class CommentsModel(RecordTableModel):
    COLUMNS = ("starred", "time", "speaker", "link", "swot", "tags", "text")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._all: list[Comment] = []
        self._hay: list[str] = []
        self._visible: list[int] = []  # indexes into _all, in display order
        self._needles: list[str] = []
        self._starred_only = False
        self._swot: str | None = None
        self._language: str | None = None
        self._sort: tuple[int, Qt.SortOrder] = (1, Qt.SortOrder.DescendingOrder)
        self._people: dict[str, Participant] = {}
        self._questions: dict[str, tuple[int, Question]] = {}
        self._options: dict[str, tuple[int, Option]] = {}
        self._swot_labels = swot_labels()
        self._context: tuple = ()
        self._hay_cache: dict[tuple[str, int], str] = {}

    def headers(self) -> list[str]:
        return ["★", self.tr("Time"), self.tr("Speaker"), self.tr("About"), self.tr("SWOT"), self.tr("Tags"),
                self.tr("Comment")]

    # -- loading -------------------------------------------------------------------------------
    def load(self, data: SessionData | None) -> None:
        comments = list(data.comments) if data else []
        if data:
            self._people = data.participant_by_id()
            self._questions = {q.id: (n + 1, q) for n, q in enumerate(data.questions)}
            self._options = {o.id: (n + 1, o) for opts in data.options.values() for n, o in enumerate(opts)}
            # A comment's haystack names its speaker and question: rebuild all only when those change.
            context = ([(p.id, p.rev) for p in data.participants], [(q.id, q.rev) for q in data.questions],
                       [(o.id, o.rev) for o in self._options_list(data)])
            if context != self._context:
                self._context, self._hay_cache = context, {}
        cache = self._hay_cache
        keys = [(c.id, c.rev) for c in comments]
        hay = [cache.get(k) or self._haystack(c) for k, c in zip(keys, comments, strict=True)]
        self._hay_cache = dict(zip(keys, hay, strict=True))  # only what is current
        self._all = comments
        self._hay = hay
        self._apply(self._compute_visible(range(len(comments))))

    @staticmethod
    def _options_list(data: SessionData) -> list[Option]:
        return [o for opts in data.options.values() for o in opts]

    def _haystack(self, c: Comment) -> str:
        parts = [c.text, " ".join(c.tags), self.speaker(c), self.link_text(c)]
        if c.swot:
            parts.append(self._swot_labels.get(c.swot, c.swot))
        return fold("\n".join(parts))

    # -- filtering and sorting -----------------------------------------------------------------
    def set_filter(self, text: str, *, starred_only: bool = False, swot: str | None = None,
                   language: str | None = None) -> None:
        needles = fold(text).split()
        # Every row that matches the new needles matches the old ones: search only the rows shown.
        narrowing = (starred_only == self._starred_only and swot == self._swot and language == self._language
                     and all(any(o in n for n in needles) for o in self._needles))
        self._needles, self._starred_only, self._swot, self._language = needles, starred_only, swot, language
        candidates = self._visible if narrowing else range(len(self._all))
        self._apply(self._compute_visible(candidates))

    def _compute_visible(self, candidates) -> list[int]:
        hay, needles, rows = self._hay, self._needles, list(candidates)
        for needle in needles:
            rows = [i for i in rows if needle in hay[i]]
        if self._starred_only:
            rows = [i for i in rows if self._all[i].starred]
        if self._swot:
            rows = [i for i in rows if self._all[i].swot == self._swot]
        if self._language:
            rows = [i for i in rows if self._all[i].language == self._language]
        return self._sorted(rows)

    def _sorted(self, rows: list[int]) -> list[int]:
        column, order = self._sort
        name = self.COLUMNS[column]
        items = self._all
        if name == "time":
            rows = sorted(rows)  # comments are loaded in the order they were written
        elif name == "starred":
            rows = sorted(rows, key=lambda i: (items[i].starred, i))
        else:
            rows = sorted(rows, key=lambda i: fold(str(self.display(items[i], name) or "")))
        if order == Qt.SortOrder.DescendingOrder:
            rows.reverse()
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        kept_ids = [self._rows[i.row()].id if i.row() < len(self._rows) else None for i in kept]
        self._visible = self._sorted(self._visible)
        self._rows = [self._all[i] for i in self._visible]
        where = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(kept, [self.index(where[rid], i.column()) if rid in where else QModelIndex()
                                              for rid, i in zip(kept_ids, kept, strict=True)])
        self.layoutChanged.emit()

    def _apply(self, visible: list[int]) -> None:
        all_now = self._all

        def assign() -> None:
            self._visible = visible
            self._rows = [all_now[i] for i in visible]

        update_rows(self, [r.id for r in self._rows], [all_now[i].id for i in visible], assign)

    def total(self) -> int:
        return len(self._all)

    def languages(self) -> list[str]:
        """The languages comments were written in, most used first."""
        counts: dict[str, int] = {}
        for c in self._all:
            if c.language:
                counts[c.language] = counts.get(c.language, 0) + 1
        return sorted(counts, key=lambda k: -counts[k])

    def all_tags(self) -> list[str]:
        return sorted({t for c in self._all for t in c.tags}, key=fold)

    # -- display -------------------------------------------------------------------------------
    def speaker(self, c: Comment) -> str:
        person = self._people.get(c.participant or "")
        return person.display_name() if person else ""

    def link_text(self, c: Comment) -> str:
        parts = []
        if c.question in self._questions:
            parts.append(self.tr("Q{n}").format(n=self._questions[c.question][0]))
        if c.option in self._options:
            n, option = self._options[c.option]
            parts.append(f"{option_code(option, n)} {option.label}")
        return " · ".join(parts)

    def display(self, record: Comment, column: str) -> Any:
        if column == "starred":
            return ""
        if column == "time":
            return local_time(record.created_at)
        if column == "speaker":
            return self.speaker(record)
        if column == "link":
            return self.link_text(record)
        if column == "swot":
            return self._swot_labels.get(record.swot, "") if record.swot else ""
        if column == "tags":
            return ", ".join(record.tags)
        text = record.text if len(record.text) <= MAX_CELL else record.text[:MAX_CELL] + "…"
        return own_direction(" ".join(text.split()))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record: Comment = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DecorationRole:
            if column == "starred" and record.starred:
                return icon("star", ACCENT)
            if column == "swot" and record.swot:
                return icon(record.swot)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return record.text[:2000]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "text":
            # each comment aligned by its own script, whatever the layout's direction
            side = Qt.AlignmentFlag.AlignRight if first_strong_rtl(record.text) else Qt.AlignmentFlag.AlignLeft
            return int(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole:
            return None
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def index_of(self, comment_id: str) -> QModelIndex:
        row = self.row_of(comment_id)
        return self.index(row, len(self.COLUMNS) - 1) if row >= 0 else QModelIndex()


def guess_language(text: str, default: str) -> str:
    """The comment's language from its script: Chinese, Arabic, Russian; otherwise the session's."""
    counts = {"zh": 0, "ar": 0, "ru": 0, "latin": 0}
    for ch in text[:500]:
        code = ord(ch)
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            counts["zh"] += 1
        elif 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            counts["ar"] += 1
        elif 0x0400 <= code <= 0x04FF:
            counts["ru"] += 1
        elif ch.isalpha() and code < 0x0250:
            counts["latin"] += 1
    best = max(counts, key=lambda k: counts[k])
    if counts[best] == 0 or best == "latin":
        return default if default not in ("zh", "ar", "ru") or counts[best] == 0 else "en"
    return best
