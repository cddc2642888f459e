"""People, organisations and places, grouped by type, with every mention one click away.

Below them, the groups the article names people by ("Russian", "Muslims") and the dates it
gives ("Tuesday", "two years ago"): listed and navigable like entities, but not entities,
so the corrections below do not apply to them.

The reader corrects the recogniser here: rename (F2, edited in place), change the
type, merge into another entity, or mark an entity or one mention "not an entity"
(Delete / Shift+Delete), from the context menu or the keys.  The panel only
emits ``Correction`` values; the window stores and applies them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QMenu, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ...analysis import DATE, ENTITY_LABELS, GROUP, Entity
from ...analysis.entities import MERGE, NOT_ENTITY, RELABEL, RENAME, Correction
from ...store.corrections import StoredCorrection
from ..slices import Steps, run_to_end, superseding
from ..theme import LAYER_BY_KEY
from .actions import view_action

ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1
TYPE_NAMES = {"PERSON": "Person", "ORG": "Organisation", "PLACE": "Place"}
# The sections after the entities: listed and navigable, never corrected.
SECTION_TIPS = {
    GROUP: "People named by nationality, faith or party: not entities, "
           "but worth counting when you ask how the article describes people",
    DATE: "Times the article gives (weekdays, dates, years, “two years ago”): not entities, "
          "but worth checking when you ask when each thing happened",
}


class EntitiesPanel(QWidget):
    mention_selected = Signal(int, int)  # code-point start, end
    correction_requested = Signal(object)  # Correction
    corrections_list_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("entitiesTree")
        self.tree.setToolTip("Right-click an entity to correct it: rename (F2), change its type, merge it, "
                             "or mark it not an entity (Del)")
        # "#", not "Mentions": the narrow count column leaves room for full names on a projector.
        self.tree.setHeaderLabels(["Name", "#"])
        self.tree.headerItem().setToolTip(1, "Mentions in the article")
        self.tree.setIndentation(14)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # F2 edits the name only
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        # With children: the shortcuts also work while a name is being edited in the tree.
        in_tree = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.rename_action = view_action(self.tree, "&Rename…", "F2", self.edit_current_name, in_tree)
        self.reject_action = view_action(self.tree, "&Not an Entity", QKeySequence.StandardKey.Delete,
                                         lambda: self.reject_current(), in_tree)
        self.reject_mention_action = view_action(self.tree, "Not an Entity: This &Mention Only", "Shift+Del",
                                                 lambda: self.reject_current(mention_only=True), in_tree)
        self._entities: tuple[Entity, ...] = ()
        self._filling = False
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

    def set_entities(self, entities: Sequence[Entity], groups: Sequence[Entity] = (),
                     dates: Sequence[Entity] = ()) -> None:
        run_to_end(self.fill_entities(entities, groups, dates))

    @superseding
    def fill_entities(self, entities: Sequence[Entity], groups: Sequence[Entity] = (),
                      dates: Sequence[Entity] = ()) -> Steps:
        """``set_entities`` a step per entity: a long document names hundreds."""
        self._entities = tuple(entities)
        with self._filling_tree():
            self.tree.clear()
        listed = (*entities, *groups, *dates)
        for key in (*ENTITY_LABELS, *SECTION_TIPS):
            members = sorted((e for e in listed if e.label == key), key=lambda e: (-len(e.mentions), e.canonical))
            layer = LAYER_BY_KEY[key]
            group = QTreeWidgetItem([f"{layer.label} ({len(members)})", ""])
            if key in SECTION_TIPS:
                group.setToolTip(0, SECTION_TIPS[key])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setBackground(0, QColor(layer.colour))
            group.setBackground(1, QColor(layer.colour))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for entity in members:  # built apart from the tree, which then takes the group in one go
                item = QTreeWidgetItem([entity.canonical, str(len(entity.mentions))])
                item.setData(0, ENTITY_ROLE, entity)
                if key in ENTITY_LABELS:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                forms = sorted({m.text for m in entity.mentions})
                item.setToolTip(0, f"{entity.canonical}\nWritten as: {', '.join(forms)}")  # a narrow panel elides names
                group.addChild(item)
                yield
            with self._filling_tree():
                self.tree.addTopLevelItem(group)
                group.setExpanded(True)
            yield
        self._update_buttons()

    @contextmanager
    def _filling_tree(self) -> Iterator[None]:
        """Change the tree without its item changes being taken for the reader's renames."""
        self._filling = True
        try:
            yield
        finally:
            self._filling = False

    def current_entity(self) -> Entity | None:
        """The entity, group or date whose mentions the buttons step through."""
        item = self.tree.currentItem()
        return None if item is None else item.data(0, ENTITY_ROLE)

    def _correctable(self) -> Entity | None:
        """The current entity, if corrections apply to it (groups and dates are no entities)."""
        entity = self.current_entity()
        return entity if entity is not None and entity.label in ENTITY_LABELS else None

    def select_entity(self, canonical: str, label: str | None = None) -> bool:
        """Make the entity named ``canonical`` (of type ``label``, if given) current, jumping to its first mention."""
        for group_index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(group_index)
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                entity = child.data(0, ENTITY_ROLE)
                if child.text(0) == canonical and label in (None, entity.label):
                    self.tree.setCurrentItem(child)
                    return True
        return False

    def edit_current_name(self) -> None:
        if self._correctable() is not None:
            self.tree.editItem(self.tree.currentItem(), 0)

    def _rename(self, entity: Entity | None, name: str) -> None:
        name = " ".join(name.split())
        if entity is not None and name and name != entity.canonical:
            self._request(Correction(RENAME, entity.canonical, entity.label, new_canonical=name))

    def relabel_current(self, label: str) -> None:
        entity = self._correctable()
        if entity is not None and label != entity.label:
            self._request(Correction(RELABEL, entity.canonical, entity.label, new_label=label))

    def merge_current_into(self, target: Entity) -> None:
        entity = self._correctable()
        if entity is not None and (target.canonical, target.label) != (entity.canonical, entity.label):
            self._request(Correction(MERGE, entity.canonical, entity.label, target.canonical, target.label))

    def reject_current(self, mention_only: bool = False) -> None:
        """Mark the current entity, or only the mention last shown, as not an entity."""
        entity = self._correctable()
        if entity is None:
            return
        if mention_only and len(entity.mentions) > 1:
            mention = entity.mentions[self._mention_index]
            self._request(Correction(NOT_ENTITY, entity.canonical, entity.label,
                                     start=mention.start, end=mention.end))
        else:
            self._request(Correction(NOT_ENTITY, entity.canonical, entity.label))

    def _request(self, correction: Correction) -> None:
        self.correction_requested.emit(correction)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        entity = item.data(0, ENTITY_ROLE)
        if self._filling or entity is None or column != 0 or item.text(0) == entity.canonical:
            return
        name = item.text(0)
        with self._filling_tree():
            item.setText(0, entity.canonical)  # the window redraws the list once the rename is applied
        # After the editor has closed: the redraw replaces the item being edited.
        QTimer.singleShot(0, self, lambda: self._rename(entity, name))

    def correction_menu(self) -> QMenu | None:
        """The context menu for the current entity (None when no entity, or a group or date, is current)."""
        entity = self._correctable()
        if entity is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.rename_action)
        type_menu = menu.addMenu("Change &Type")
        for label in ENTITY_LABELS:
            action = type_menu.addAction(TYPE_NAMES[label],
                                         lambda label=label: self.relabel_current(label))
            action.setCheckable(True)
            action.setChecked(label == entity.label)
            action.setEnabled(label != entity.label)
        merge_menu = menu.addMenu("&Merge Into")
        others = sorted((e for e in self._entities if e != entity), key=lambda e: (e.label, e.canonical.lower()))
        for other in others:
            merge_menu.addAction(f"{other.canonical} ({TYPE_NAMES[other.label]})",
                                 lambda other=other: self.merge_current_into(other))
        merge_menu.setEnabled(bool(others))
        menu.addSeparator()
        menu.addAction(self.reject_action)
        menu.addAction(self.reject_mention_action)
        self.reject_mention_action.setEnabled(len(entity.mentions) > 1)
        menu.addSeparator()
        menu.addAction("&Corrections…", self.corrections_list_requested.emit)
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        if item is not None:
            self.tree.setCurrentItem(item)
        menu = self.correction_menu()
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(position))
            menu.deleteLater()

    # ----- navigation -------------------------------------------------------------------

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


class CorrectionsDialog(QDialog):
    """The document's entity corrections, newest last; removing one undoes it."""

    remove_requested = Signal(int)  # stored correction id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Entity Corrections")
        self.resize(520, 320)
        self.list = QListWidget()
        self.list.setObjectName("correctionsList")
        self.list.setWordWrap(True)
        self.empty_label = QLabel("No corrections yet. Right-click an entity in the Entities panel to correct it.")
        self.empty_label.setWordWrap(True)
        self.remove_button = QPushButton("&Remove Correction")
        self.remove_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_button.clicked.connect(self._remove_current)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _row: self._update())

    def set_corrections(self, corrections: Sequence[StoredCorrection]) -> None:
        self.list.clear()
        for stored in corrections:
            item = QListWidgetItem(stored.correction.describe())
            item.setData(ENTITY_ROLE, stored.id)
            item.setToolTip(f"Made {stored.created_at}")
            self.list.addItem(item)
        self.list.setCurrentRow(self.list.count() - 1)
        self._update()

    def _remove_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.remove_requested.emit(item.data(ENTITY_ROLE))

    def _update(self) -> None:
        self.empty_label.setVisible(self.list.count() == 0)
        self.remove_button.setEnabled(self.list.currentItem() is not None)
