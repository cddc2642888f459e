"""Fixtures that build a main window on a temporary database and settings file."""

import pytest
from PySide6.QtCore import QSettings

from desktop import store
from desktop.importing import read_text_file
from desktop.paths import SAMPLE_DOCUMENT
from desktop.ui.main_window import MainWindow

ANALYSIS_TIMEOUT_MS = 30_000


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "notes.sqlite3"


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.ini"


@pytest.fixture
def make_window(qtbot, db_path, settings_path):
    """Build a window on the test's database; windows are closed (and their settings saved) at the end."""
    made = []

    def make() -> MainWindow:
        connection = store.open_database(db_path)
        window = MainWindow(connection, QSettings(str(settings_path), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        made.append((window, connection))
        return window

    yield make
    for window, connection in made:
        window.close()
        connection.close()


def open_and_wait(qtbot, window, document):
    with qtbot.waitSignal(window.analysis_ready, timeout=ANALYSIS_TIMEOUT_MS) as blocker:
        window.open_document(document)
    return blocker.args[0]


@pytest.fixture
def sample_window(qtbot, make_window):
    window = make_window()
    open_and_wait(qtbot, window, read_text_file(SAMPLE_DOCUMENT))
    return window


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the suite; make it fail the test instead."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
