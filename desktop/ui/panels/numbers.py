"""Numeric claims in a sortable, filterable table, with a question for the class beside each.

``ClaimTableModel`` holds the claims (one row each) and answers every column and
role from them; ``ClaimFilterProxy`` sorts and filters it; ``NumbersPanel`` is
the filter bar, the table and the prompt shown for the selected claim.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...analysis import ClaimLink, NumericClaim
from ...analysis.number_links import CONFLICTS, PART_OF
from ...analysis.numbers import CLAIM_KINDS
from ..slices import Steps, run_to_end, superseding

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CLAIM_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Claim", "Value", "Unit", "Counted", "Qualifier", "Sentence", "Linked to")
CLAIM, VALUE, UNIT, COUNTED, QUALIFIER, SENTENCE, LINKED = range(len(COLUMNS))
COLUMN_CHARACTERS = (26, 14, 9, 18, 10, 30, 30)
CONFLICT_BACKGROUND = "#ffd6d6"  # a light red: black text stays legible on a projector
CONFLICT_MARK = "⚠"
ROWS_PER_STEP = 20  # a step stays short even when the table is sorted: sorting calls back into Python

# The question a class should ask of each kind of figure.
PROMPTS = {
    "count": "Who counted?",
    "money": "Compared with what?",
    "percent": "Out of how many?",
    "fraction": "Out of how many?",
    "duration": "Over what period?",
    "measure": "Measured by whom, and how?",
    "vague": "How many, exactly? Who counted?",
}
RATE_PROMPT = "Over what period? Compared with what?"
CONFLICT_PROMPT = "The article gives two different figures: which is right, and who gives each?"

ALL_CLAIMS = "All claims"
CONFLICTS_ONLY = "Conflicts only"
LINKED_ONLY = "Linked claims"


def format_number(value: float) -> str:
    """"1,500", "2.3 billion", "0.667", "14.2", "∞"."""
    if math.isinf(value):
        return "∞"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:g} {word}"
    if float(value).is_integer():
        return f"{value:,.0f}"
    if abs(value) < 1:
        return f"{value:.3g}"  # a share: 0.667
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_value(claim: NumericClaim) -> str:
    """"≈ 70", "≥ 10,000", "20–30 billion": the interval the claim commits to."""
    if claim.low == claim.high:
        return ("≈ " if claim.approximate else "") + format_number(claim.value)
    if math.isinf(claim.high):
        return f"≥ {format_number(claim.low)}"
    if claim.low <= 0:
        return f"≤ {format_number(claim.high)}"
    return f"{format_number(claim.low)}–{format_number(claim.high)}"


def format_unit(claim: NumericClaim) -> str:
    """"USD per month", "per night", "years"."""
    return " ".join(part for part in (claim.unit, f"per {claim.rate}" if claim.rate else "") if part)


def prompt_for(claim: NumericClaim, conflicting: bool = False) -> str:
    """The classroom question for ``claim``: its conflict first, then its rate, then its kind."""
    if conflicting:
        return CONFLICT_PROMPT
    if claim.rate:
        return RATE_PROMPT
    return PROMPTS.get(claim.kind, PROMPTS["count"])


def link_notes(links: Sequence[ClaimLink]) -> dict[NumericClaim, str]:
    """What the panel says beside each linked claim: "34 of 84 (part of …)", "⚠ disagrees with …"."""
    notes: dict[NumericClaim, list[str]] = {}
    for link in links:
        if link.kind == CONFLICTS:
            for claim, other in ((link.later, link.earlier), (link.earlier, link.later)):
                notes.setdefault(claim, []).append(f"{CONFLICT_MARK} disagrees with “{other.text}” ({link.note})")
        elif link.kind == PART_OF:
            notes.setdefault(link.later, []).append(f"{link.note} (part of “{link.earlier.text}”)")
        else:
            notes.setdefault(link.later, []).append(f"repeats “{link.earlier.text}”")
    return {claim: "; ".join(parts) for claim, parts in notes.items()}


def conflicting_claims(links: Sequence[ClaimLink]) -> set[NumericClaim]:
    return {claim for link in links if link.kind == CONFLICTS for claim in (link.earlier, link.later)}


class ClaimTableModel(QAbstractTableModel):
    """One row per numeric claim, in document order; read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._claims: list[NumericClaim] = []
        self._notes: dict[NumericClaim, str] = {}
        self._conflicting: set[NumericClaim] = set()
        self._text = ""

    def set_claims(self, claims: Sequence[NumericClaim], links: Sequence[ClaimLink] = (), text: str = "") -> None:
        run_to_end(self.fill_claims(claims, links, text))

    @superseding
    def fill_claims(self, claims: Sequence[NumericClaim], links: Sequence[ClaimLink] = (), text: str = "") -> Steps:
        """``set_claims`` a batch of rows per step: the filter proxy and the table take each row in turn."""
        notes = link_notes(links)
        yield
        conflicting = conflicting_claims(links)
        ordered = sorted(claims, key=lambda c: c.start)
        yield
        self.beginResetModel()
        self._claims = []
        self._notes, self._conflicting, self._text = notes, conflicting, text
        self.endResetModel()
        for first in range(0, len(ordered), ROWS_PER_STEP):
            yield
            batch = ordered[first:first + ROWS_PER_STEP]
            self.beginInsertRows(QModelIndex(), len(self._claims), len(self._claims) + len(batch) - 1)
            self._claims.extend(batch)
            self.endInsertRows()

    def conflict_count(self) -> int:
        return len(self._conflicting)

    def claim(self, row: int) -> NumericClaim:
        return self._claims[row]

    def is_conflicting(self, claim: NumericClaim) -> bool:
        return claim in self._conflicting

    def note(self, claim: NumericClaim) -> str:
        return self._notes.get(claim, "")

    def sentence(self, claim: NumericClaim) -> str:
        return " ".join(self._text[claim.sentence_start : claim.sentence_end].split())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._claims)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._claims)):
            return None
        claim = self._claims[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(claim, column)
        if role == SORT_ROLE:
            return self._sort_key(claim, column)
        if role == CLAIM_ROLE:
            return claim
        if role == Qt.ItemDataRole.ToolTipRole:
            question = prompt_for(claim, self.is_conflicting(claim))
            return f"{self._display(claim, column)}\n\nAsk: {question}"
        conflicting = self.is_conflicting(claim)
        if role == Qt.ItemDataRole.BackgroundRole and conflicting:
            return QBrush(QColor(CONFLICT_BACKGROUND))
        if role == Qt.ItemDataRole.DecorationRole and conflicting and column == CLAIM:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(claim, column)
        return None

    def _display(self, claim: NumericClaim, column: int) -> str:
        if column == CLAIM:
            return claim.text
        if column == VALUE:
            return format_value(claim)
        if column == UNIT:
            return format_unit(claim)
        if column == COUNTED:
            return claim.counted
        if column == QUALIFIER:
            return claim.qualifier
        if column == SENTENCE:
            return self.sentence(claim)
        return self.note(claim)

    def _sort_key(self, claim: NumericClaim, column: int):
        if column == CLAIM:
            return claim.start
        if column == VALUE:
            return claim.value
        if column == LINKED:  # conflicts first, then other links, then the rest, in document order
            note = self.note(claim)
            rank = 0 if self.is_conflicting(claim) else 1 if note else 2
            return f"{rank}{claim.start:012d}"
        return self._display(claim, column).lower()


class ClaimFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; keeps rows that contain the filter text and match the chosen view."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._view = ALL_CLAIMS

    def set_view(self, view: str) -> None:
        """``ALL_CLAIMS``, ``CONFLICTS_ONLY``, ``LINKED_ONLY`` or a claim kind."""
        self.beginFilterChange()
        self._view = view
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model: ClaimTableModel = self.sourceModel()
        claim = model.claim(source_row)
        if self._view == CONFLICTS_ONLY and not model.is_conflicting(claim):
            return False
        if self._view == LINKED_ONLY and not model.note(claim):
            return False
        if self._view in CLAIM_KINDS and claim.kind != self._view:
            return False
        if not self.filterRegularExpression().pattern():
            return True  # the base class would read every column of every row to match nothing
        return super().filterAcceptsRow(source_row, source_parent)


class NumbersPanel(QWidget):
    claim_selected = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClaimTableModel(self)
        self.proxy = ClaimFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter claims…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip("Show only claims containing this text (Ctrl+F in this panel)")
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # the keyword argument is ignored
        self.view_combo = QComboBox()
        self.view_combo.setToolTip("Show all claims, only conflicting or linked ones, or one kind")
        self.view_combo.addItems([ALL_CLAIMS, CONFLICTS_ONLY, LINKED_ONLY, *CLAIM_KINDS])
        self.view_combo.currentTextChanged.connect(self.proxy.set_view)
        self.table = QTableView()
        self.table.setObjectName("numbersTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(50)  # with the prompt below, the dock must still fit a small window
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Fixed starting widths in characters: fitting columns to thousands of long sentences
        # froze the window for most of a second on a long document.
        em = self.table.fontMetrics().averageCharWidth()
        for column, characters in enumerate(COLUMN_CHARACTERS):
            self.table.setColumnWidth(column, characters * em)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.prompt_label = QLabel()
        self.prompt_label.setObjectName("numbersPrompt")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.prompt_label.font()
        font.setBold(True)
        self.prompt_label.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("numbersSummary")
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.view_combo)
        bar.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.prompt_label)
        self._show_prompt(None)

    def set_claims(self, claims: Sequence[NumericClaim], links: Sequence[ClaimLink] = (), text: str = "") -> None:
        """Show ``claims`` (``text`` is the document, for the Sentence column)."""
        run_to_end(self.fill_claims(claims, links, text))

    @superseding
    def fill_claims(self, claims: Sequence[NumericClaim], links: Sequence[ClaimLink] = (), text: str = "") -> Steps:
        """``set_claims`` a batch of rows per step."""
        yield from self.model.fill_claims(claims, links, text)
        conflicts = self.model.conflict_count()
        self.summary_label.setText(
            f"{len(claims)} claim{'s' if len(claims) != 1 else ''}"
            + (f" · {CONFLICT_MARK} {conflicts} in conflict" if conflicts else "")
        )
        self._show_prompt(None)

    def claim_at(self, proxy_row: int) -> NumericClaim:
        return self.proxy.index(proxy_row, 0).data(CLAIM_ROLE)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        claim = current.data(CLAIM_ROLE) if current.isValid() else None
        self._show_prompt(claim)
        if claim is not None:
            self.claim_selected.emit(claim.start, claim.end)

    def _show_prompt(self, claim: NumericClaim | None) -> None:
        if claim is None:
            self.prompt_label.setText(
                "Select a claim to see the question to ask about it." if self.model.rowCount()
                else "No numeric claims found."
            )
            return
        conflicting = self.model.is_conflicting(claim)
        lines = [f"{claim.kind.capitalize()} — ask: {prompt_for(claim, conflicting)}"]
        note = self.model.note(claim)
        if note:
            lines.append(note)
        self.prompt_label.setText("\n".join(lines))
