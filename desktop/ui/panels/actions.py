"""Keyboard actions that belong to one view of a panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def view_action(
    view: QWidget, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: Callable,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
) -> QAction:
    """An action on ``view`` whose shortcut works only while the view has focus.

    F2 or Delete in the library must not rename or delete an entity, and the other way round.
    """
    action = QAction(text, view)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(context)
    action.triggered.connect(slot)
    view.addAction(action)
    return action
