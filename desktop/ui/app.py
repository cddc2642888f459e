"""Starting the window: application object, settings, database, first document."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path

from ..errors import UserError
from ..importing import LoadedDocument, read_document
from ..paths import RESOURCES, SAMPLE_DOCUMENT

SCREENSHOT_TIMEOUT_MS = 60_000


def default_database_path() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "close-reader.sqlite3"


# A background thread running Python holds the interpreter lock for up to this long before the
# GUI thread gets it back; Python's default (5 ms) made filling a panel of thousands of rows,
# which crosses between Qt and Python at every row, ten times slower during a background job.
GUI_SWITCH_INTERVAL_S = 0.0005


def prepare_interpreter_for_gui() -> None:
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


def _bug_reporter(window):
    """An exception escaping a Qt slot would only reach stderr; tell the user too."""
    def report(kind, error, trace) -> None:
        traceback.print_exception(kind, error, trace)  # kept for the bug report
        try:
            window.show_error(f"Something went wrong ({kind.__name__}: {error}). Saved notes are safe; "
                              "if it happens again, please report it with the message printed in the terminal.")
        except Exception:  # the window itself may be what broke
            pass
    return report


def run_gui(document_path: str | None, db_path: str | None, screenshot: str | None) -> int:
    """Open the window on ``document_path`` (default: the document read last, or the sample
    on first start); return the exit code."""
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .. import store
    from .main_window import MainWindow

    loaded: LoadedDocument | None = None
    if document_path:  # read before any window appears, so a bad path is one line on stderr
        try:
            loaded = read_document(document_path)
        except UserError as error:
            print(f"close-reader: {error}", file=sys.stderr)
            return 2

    prepare_interpreter_for_gui()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Close Reader")
    app.setOrganizationName("Close Reader")
    app.setApplicationDisplayName("Close Reader")
    style = RESOURCES / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))

    path = Path(db_path) if db_path else default_database_path()
    try:
        connection, recovery_message = store.open_or_recover(path)
    except UserError as error:
        print(f"close-reader: {error}", file=sys.stderr)
        if not screenshot:
            QMessageBox.critical(None, "Close Reader", str(error))
        return 1

    if screenshot:
        # A screenshot shows the default layout and must not touch the user's saved one.
        settings_file = Path(tempfile.mkdtemp(prefix="close-reader-")) / "settings.ini"
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    else:
        settings = QSettings()
    window = MainWindow(connection, settings)
    if not screenshot:
        sys.excepthook = _bug_reporter(window)
    window.show()
    if recovery_message:
        print(f"close-reader: {recovery_message}", file=sys.stderr)
        if not screenshot:
            QTimer.singleShot(0, window, lambda: window.show_error(recovery_message))
    window.library.ensure_sample()
    # Without a file to open, the reader comes back to the document they read last.
    last = [] if loaded or screenshot else store.recent_documents(connection, 1)
    if last:
        window.library.open_stored(last[0].id)
    else:
        window.open_document(loaded or read_document(SAMPLE_DOCUMENT))
    if not screenshot:
        return app.exec()

    outcome = {"code": 1}

    def save_screenshot() -> None:
        app.processEvents()
        if window.grab().save(screenshot):
            outcome["code"] = 0
        else:
            print(f"close-reader: could not write the screenshot to {screenshot}", file=sys.stderr)
        window.close()
        app.quit()

    def give_up() -> None:
        print("close-reader: analysis did not finish in time for the screenshot", file=sys.stderr)
        window.close()
        app.quit()

    window.analysis_ready.connect(lambda _analysis: QTimer.singleShot(200, save_screenshot))
    window.runner.failed.connect(lambda _message: give_up())
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, give_up)
    app.exec()
    connection.close()
    return outcome["code"]
