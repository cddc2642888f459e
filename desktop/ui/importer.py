"""Importing a file on a pool thread (``BackgroundRunner``), with throttled progress.

Extracting a 100-page PDF or a 5 MB web page takes seconds, so it never runs on
the GUI thread. Progress is reported in whole percents so a fast importer cannot
flood the event queue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ..errors import UserError
from ..importing import ImportCancelled, LoadedDocument, read_document
from .worker import BackgroundRunner, Cancelled, Progress


def _import_error(path: str):
    def describe(error: Exception) -> str:
        if isinstance(error, UserError):
            return str(error)
        if isinstance(error, MemoryError):
            return f"{path} is too large to open in the memory available."
        # A bug in an importer must reach the user, not kill the thread silently.
        return f"{Path(path).name} could not be imported ({type(error).__name__}: {error})."
    return describe


class ImportRunner(BackgroundRunner):
    """Owns the background import of the file the user asked for; ``progress`` carries percents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, cancelled_errors=(ImportCancelled,))

    def start_import(self, path: str | Path) -> None:
        path = str(path)

        def work(progress: Progress, cancelled: Cancelled) -> LoadedDocument:
            last = [-1]

            def report(fraction: float) -> None:
                percent = int(fraction * 100)
                if percent != last[0]:
                    last[0] = percent
                    progress(percent)

            return read_document(path, report, cancelled)

        self.start(work, _import_error(path))
