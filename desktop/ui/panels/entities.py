"""People, organisations and places, grouped by type, with every mention one click away."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...analysis import Entity
from ..theme import LAYER_BY_KEY

ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1


class EntitiesPanel(QWidget):
    mention_selected = Signal(int, int)  # code-point start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("entitiesTree")
        self.tree.setHeaderLabels(["Name", "Mentions"])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.position_label = QLabel()
        self.previous_button = QPushButton("◀ Previous")
        self.next_button = QPushButton("Next ▶")
        self.previous_button.setToolTip("Previous mention (Shift+F3)")
        self.next_button.setToolTip("Next mention (F3)")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.position_label, 1, Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self._mention_index = 0
        self._update_buttons()

    def set_entities(self, entities: Sequence[Entity]) -> None:
        self.tree.clear()
        for key in ("PERSON", "ORG", "PLACE"):
            members = sorted(
                (e for e in entities if e.label == key), key=lambda e: (-len(e.mentions), e.canonical)
            )
            layer = LAYER_BY_KEY[key]
            group = QTreeWidgetItem([f"{layer.label} ({len(members)})", ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setBackground(0, QColor(layer.colour))
            group.setBackground(1, QColor(layer.colour))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for entity in members:
                item = QTreeWidgetItem([entity.canonical, str(len(entity.mentions))])
                item.setData(0, ENTITY_ROLE, entity)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                forms = sorted({m.text for m in entity.mentions})
                item.setToolTip(0, "Written as: " + ", ".join(forms))
                group.addChild(item)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        self._update_buttons()

    def current_entity(self) -> Entity | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, ENTITY_ROLE)

    def select_entity(self, canonical: str) -> bool:
        """Make the entity named ``canonical`` current (jumping to its first mention)."""
        for group_index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(group_index)
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                if child.text(0) == canonical:
                    self.tree.setCurrentItem(child)
                    return True
        return False

    def step(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) mention of the current entity, wrapping around."""
        entity = self.current_entity()
        if entity is None:
            return
        self._mention_index = (self._mention_index + direction) % len(entity.mentions)
        self._emit_current()

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        self._mention_index = 0
        if current is not None and current.data(0, ENTITY_ROLE) is not None:
            self._emit_current()
        self._update_buttons()

    def _emit_current(self) -> None:
        entity = self.current_entity()
        if entity is None:
            return
        mention = entity.mentions[self._mention_index]
        self._update_buttons()
        self.mention_selected.emit(mention.start, mention.end)

    def _update_buttons(self) -> None:
        entity = self.current_entity()
        has_many = entity is not None and len(entity.mentions) > 1
        self.previous_button.setEnabled(has_many)
        self.next_button.setEnabled(has_many)
        self.position_label.setText(
            f"{self._mention_index + 1} of {len(entity.mentions)}" if entity is not None else ""
        )
