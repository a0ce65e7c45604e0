"""The comments the rapporteur reads beside the results: a table model with the synthesis filters.

Rows are the comments in scope (those linked to the chosen question, or all of the session for
the overall conclusions), narrowed by SWOT category, stakeholder group, tag and "starred only".
The speaker column respects consent: a name only for those who agreed to be named, otherwise
their stakeholder group. The last column is the one-click "Quote" action of a starred comment.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ...domain.model import Comment, Option, Participant, SessionData
from ..comments.comments_model import first_strong_rtl
from ..common.record_model import Index, update_rows
from ..common.style import ACCENT, icon
from ..common.vocab import stakeholder_labels, swot_labels

MAX_CELL = 300
COLUMNS = ("starred", "text", "about", "swot", "speaker", "tags", "quote")
STAR_COLUMN = COLUMNS.index("starred")
QUOTE_COLUMN = COLUMNS.index("quote")
SPEAKER_COLUMN = COLUMNS.index("speaker")
TAGS_COLUMN = COLUMNS.index("tags")
ALL_COMMENTS = "*"  # scope: every comment of the session
META_ROLE = Qt.ItemDataRole.UserRole + 1  # of the text column: "speaker · SWOT · about · tags", shown under it


def speaker_attribution(participant: Participant | None) -> str:
    """Name (organisation) when the participant consented to be named, else their group; "" if unknown."""
    if participant is None or participant.deleted:
        return ""
    if participant.consent_named and participant.name.strip():
        org = participant.organisation.strip()
        return f"{participant.name.strip()} ({org})" if org else participant.name.strip()
    return stakeholder_labels().get(participant.stakeholder_group, participant.stakeholder_group)


def quote_text(comment: Comment, participant: Participant | None) -> str:
    """The quote as it goes into a key message: “text” — attribution."""
    text = " ".join(comment.text.split())
    who = speaker_attribution(participant)
    return f"“{text}” — {who}" if who else f"“{text}”"


class SynthesisCommentsModel(QAbstractTableModel):
    """Filtered comments; :meth:`comment` gives the record behind a row."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._all: list[Comment] = []
        self._rows: list[Comment] = []
        self._people: dict[str, Participant] = {}
        self._options: dict[str, Option] = {}
        self.scope: str = ALL_COMMENTS
        self.swot: str | None = None
        self.group: str | None = None
        self.tag: str | None = None
        self.starred_only = False

    # -- content -------------------------------------------------------------------------------
    def load(self, data: SessionData | None) -> None:
        self._all = [c for c in data.comments if not c.deleted] if data else []
        self._people = data.participant_by_id() if data else {}
        self._options = {o.id: o for opts in (data.options.values() if data else []) for o in opts}
        self._refilter()

    def set_scope(self, scope: str) -> None:
        """A question id, or :data:`ALL_COMMENTS`."""
        self.scope = scope
        self._refilter()

    def set_filters(self, *, swot: str | None = None, group: str | None = None, tag: str | None = None,
                    starred_only: bool = False) -> None:
        self.swot, self.group, self.tag, self.starred_only = swot, group, tag, starred_only
        self._refilter()

    def in_scope(self) -> list[Comment]:
        if self.scope == ALL_COMMENTS:
            return list(self._all)
        return [c for c in self._all if c.question == self.scope]

    def _group_of(self, c: Comment) -> str:
        person = self._people.get(c.participant or "")
        return person.stakeholder_group if person else ""

    def _refilter(self) -> None:
        rows = self.in_scope()
        if self.swot:
            rows = [c for c in rows if c.swot == self.swot]
        if self.group:
            rows = [c for c in rows if self._group_of(c) == self.group]
        if self.tag:
            rows = [c for c in rows if self.tag in c.tags]
        if self.starred_only:
            rows = [c for c in rows if c.starred]
        rows.sort(key=lambda c: not c.starred)  # starred first, otherwise in the order written

        def assign() -> None:
            self._rows = rows

        update_rows(self, [c.id for c in self._rows], [c.id for c in rows], assign)

    def comment(self, row: int) -> Comment:
        return self._rows[row]

    def participant(self, comment: Comment) -> Participant | None:
        return self._people.get(comment.participant or "")

    def comments(self) -> list[Comment]:
        return list(self._rows)

    def tags_in_scope(self) -> list[str]:
        return sorted({t for c in self.in_scope() for t in c.tags}, key=str.casefold)

    def groups_in_scope(self) -> list[str]:
        return sorted({g for c in self.in_scope() if (g := self._group_of(c))})

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return ["★", self.tr("Comment"), self.tr("About"), self.tr("SWOT"), self.tr("Speaker"), self.tr("Tags"),
                ""][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        c = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == "starred":
                return icon("star", ACCENT) if c.starred else icon("star_off")
            if column == "quote" and c.starred:
                return icon("link", ACCENT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(c, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "text" and first_strong_rtl(c.text):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == META_ROLE and column == "text":
            return self.meta(c)
        if role == Qt.ItemDataRole.UserRole:
            return c
        return None

    def meta(self, c: Comment) -> str:
        """Who said it, its SWOT category, the option it is about and its tags, in one line."""
        tags = ", ".join(f"#{t}" for t in c.tags)
        parts = [self._display(c, column) for column in ("speaker", "swot", "about")] + [tags]
        return "  ·  ".join(p for p in parts if p)

    def _tooltip(self, c: Comment, column: str) -> str | None:
        if column == "text":
            return c.text[:2000]
        if column == "speaker":
            return speaker_attribution(self.participant(c))
        if column == "tags":
            return ", ".join(c.tags)
        if column == "starred":
            return self.tr("Star this comment as a key quote") if not c.starred else self.tr("Unstar")
        if column == "quote" and c.starred:
            return self.tr("Add this quote to the key message being written")
        return None

    def _display(self, c: Comment, column: str) -> str:
        if column == "text":
            text = " ".join(c.text.split())
            return text if len(text) <= MAX_CELL else text[:MAX_CELL] + "…"
        if column == "about":
            option = self._options.get(c.option or "")
            return (option.key or option.label) if option else ""
        if column == "swot":
            return swot_labels().get(c.swot, "") if c.swot else ""
        if column == "speaker":
            return speaker_attribution(self.participant(c))
        if column == "tags":
            return ", ".join(c.tags)
        if column == "quote":
            return self.tr("Quote") if c.starred else ""
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
