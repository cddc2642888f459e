"""Imports a file on a pool thread and delivers the document by signal.

Extracting a 100-page PDF or a 5 MB web page takes seconds, so it never runs on
the GUI thread. Progress is throttled to whole percents so a fast importer
cannot flood the event queue; a newer request or ``cancel()`` supersedes the
running one, whose result is then dropped. The job never touches a widget.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..errors import UserError
from ..importing import ImportCancelled, read_document


class _ImportJob(QRunnable):
    def __init__(self, runner: ImportRunner, generation: int, path: str, cancel: threading.Event) -> None:
        super().__init__()
        self._runner = runner
        self._generation = generation
        self._path = path
        self._cancel = cancel
        self._percent = -1

    def _progress(self, fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != self._percent:
            self._percent = percent
            self._runner._progress.emit(self._generation, percent)

    def run(self) -> None:
        try:
            document = read_document(self._path, self._progress, self._cancel.is_set)
        except ImportCancelled:
            return
        except UserError as error:
            self._runner._failed.emit(self._generation, str(error))
            return
        except MemoryError:
            self._runner._failed.emit(self._generation, f"{self._path} is too large to open in the memory available.")
            return
        except Exception as error:  # a bug in an importer must reach the user, not kill the thread silently
            self._runner._failed.emit(self._generation, f"{Path(self._path).name} could not be imported "
                                                         f"({type(error).__name__}: {error}).")
            return
        self._runner._finished.emit(self._generation, document)


class ImportRunner(QObject):
    """Owns the background import of the file the user asked for."""

    finished = Signal(object)  # LoadedDocument
    failed = Signal(str)
    progress = Signal(int)  # percent

    # Emitted from the pool thread; queued to this object's (the GUI) thread.
    _finished = Signal(int, object)
    _failed = Signal(int, str)
    _progress = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._cancel = threading.Event()
        self._running = False
        self._finished.connect(self._on_finished)
        self._failed.connect(self._on_failed)
        self._progress.connect(self._on_progress)

    @property
    def busy(self) -> bool:
        """True from ``start`` until the current import has finished, failed or been cancelled."""
        return self._running

    def start(self, path: str | Path) -> None:
        self.cancel()
        self._running = True
        self._pool.start(_ImportJob(self, self._generation, str(path), self._cancel))

    def cancel(self) -> None:
        """Stop the running import (at its next checkpoint) and drop whatever it would deliver."""
        self._cancel.set()
        self._cancel = threading.Event()
        self._generation += 1
        self._running = False

    def shutdown(self, timeout_ms: int = 5000) -> None:
        self.cancel()
        self._pool.waitForDone(timeout_ms)

    def _on_finished(self, generation: int, document: object) -> None:
        if generation == self._generation:
            self._running = False
            self.finished.emit(document)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._running = False
            self.failed.emit(message)

    def _on_progress(self, generation: int, percent: int) -> None:
        if generation == self._generation:
            self.progress.emit(percent)
