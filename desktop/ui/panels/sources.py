"""Who said what: attributions with a one-line summary a teacher can read aloud."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...analysis import Attribution

ATTRIBUTION_ROLE = Qt.ItemDataRole.UserRole + 1


def summary(attributions: Sequence[Attribution]) -> str:
    if not attributions:
        return "No attributions found."
    anonymous = sum(1 for a in attributions if a.anonymous)
    named = len({a.source for a in attributions if not a.anonymous})
    return (f"{anonymous} of {len(attributions)} attributions are anonymous; "
            f"{named} named source{'s' if named != 1 else ''}.")


class SourcesPanel(QWidget):
    attribution_selected = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("sourcesSummary")
        self.tree = QTreeWidget()
        self.tree.setObjectName("sourcesTree")
        self.tree.setHeaderLabels(["Source", "Attribution"])
        self.tree.currentItemChanged.connect(self._on_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree)

    def set_attributions(self, attributions: Sequence[Attribution]) -> None:
        self.summary_label.setText(summary(attributions))
        self.tree.clear()
        for title, anonymous in (("Anonymous", True), ("Named", False)):
            members = [a for a in attributions if a.anonymous == anonymous]
            group = QTreeWidgetItem([f"{title} ({len(members)})", ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for attribution in members:
                child = QTreeWidgetItem([attribution.source, attribution.text])
                child.setToolTip(1, attribution.text)
                child.setData(0, ATTRIBUTION_ROLE, attribution)
                group.addChild(child)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        self.tree.resizeColumnToContents(0)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        attribution = None if current is None else current.data(0, ATTRIBUTION_ROLE)
        if attribution is not None:
            self.attribution_selected.emit(attribution.start, attribution.end)
