"""Numeric claims in a sortable, filterable table."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ...analysis import ClaimLink, NumericClaim
from ...analysis.number_links import CONFLICTS, PART_OF

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CLAIM_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Claim", "Value", "Qualifier", "Counted", "Linked to")
MAX_COLUMN_WIDTH = 200


def format_number(value: float) -> str:
    if math.isinf(value):
        return "∞"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:g} {word}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def format_value(claim: NumericClaim) -> str:
    """"70", "≥ 10,000", "20–30 billion": the interval the claim commits to."""
    unit = f" {claim.unit}" if claim.unit else ""
    if claim.low == claim.high:
        return format_number(claim.value) + unit
    if math.isinf(claim.high):
        return f"≥ {format_number(claim.low)}{unit}"
    if claim.low <= 0 and not math.isinf(claim.high):
        return f"≤ {format_number(claim.high)}{unit}"
    return f"{format_number(claim.low)}–{format_number(claim.high)}{unit}"


def link_notes(links: Sequence[ClaimLink]) -> dict[NumericClaim, str]:
    """What the panel says beside each linked claim: "34 of 84 Ukrainian drones", "⚠ conflicts …"."""
    notes: dict[NumericClaim, list[str]] = {}
    for link in links:
        if link.kind == CONFLICTS:
            for claim, other in ((link.later, link.earlier), (link.earlier, link.later)):
                notes.setdefault(claim, []).append(f"⚠ disagrees with “{other.text}” ({link.note})")
        elif link.kind == PART_OF:
            notes.setdefault(link.later, []).append(f"{link.note} (part of “{link.earlier.text}”)")
        else:
            notes.setdefault(link.later, []).append(f"repeats “{link.earlier.text}”")
    return {claim: "; ".join(parts) for claim, parts in notes.items()}


class NumbersPanel(QWidget):
    claim_selected = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(list(COLUMNS))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter claims…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)

    def set_claims(self, claims: Sequence[NumericClaim], links: Sequence[ClaimLink] = ()) -> None:
        self.model.removeRows(0, self.model.rowCount())
        notes = link_notes(links)
        for claim in claims:
            note = notes.get(claim, "")
            cells = (
                (claim.text, claim.start),
                (format_value(claim), claim.value),
                (claim.qualifier, claim.qualifier),
                (claim.counted, claim.counted.lower()),
                (note, note),
            )
            row = []
            for text, sort_key in cells:
                item = QStandardItem(text)
                item.setData(sort_key, SORT_ROLE)
                item.setData(claim, CLAIM_ROLE)
                item.setToolTip(text)
                row.append(item)
            self.model.appendRow(row)
        self.table.resizeColumnsToContents()
        for column in range(len(COLUMNS) - 1):  # long claims must not push the other columns away
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN_WIDTH))

    def claim_at(self, proxy_row: int) -> NumericClaim:
        return self.proxy.index(proxy_row, 0).data(CLAIM_ROLE)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            claim = current.data(CLAIM_ROLE)
            self.claim_selected.emit(claim.start, claim.end)
