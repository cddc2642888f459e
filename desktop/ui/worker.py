"""Runs ``analyze()`` on a pool thread and delivers the result by signal.

Each request gets a generation number; results of a superseded request are
dropped, so a slow analysis of the previous document never paints onto the new
one. The job never touches a widget.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..analysis import AnalysisCancelled, analyze
from .offsets import OffsetMap, wants_paragraph_gaps
from .span_index import BlockIndex, analysis_layers


def _emit(signal, *args) -> None:
    """Emit from a pool thread; if the window (and its runner) is gone, the result has no reader."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        pass


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep Python's cyclic garbage collector out of a long background job.

    Analysing a long document creates millions of objects; the collector's passes
    over them hold the interpreter lock, pausing the GUI thread for up to a second.
    Afterwards the survivors (the result) are frozen, so no later pass walks them
    either. They are acyclic, so reference counting still frees them.
    """
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


class _AnalysisJob(QRunnable):
    def __init__(self, runner: AnalysisRunner, generation: int, text: str, cancel: threading.Event) -> None:
        super().__init__()
        self._runner = runner
        self._generation = generation
        self._text = text
        self._cancel = cancel

    def run(self) -> None:
        began = time.perf_counter()
        try:
            with _collector_paused():
                result = analyze(
                    self._text,
                    progress=lambda stage, fraction: _emit(self._runner._progress, self._generation, stage,
                                                           fraction),
                    cancelled=self._cancel.is_set,
                )
                # Index the highlights here too: for a long document that is seconds of GUI time saved.
                offsets = OffsetMap(self._text, wants_paragraph_gaps(self._text))
                layer_index = BlockIndex(self._text, offsets).index_layers(analysis_layers(result))
        except AnalysisCancelled:
            return
        except Exception as error:  # a bug in analysis must reach the user, not kill the thread silently
            _emit(self._runner._failed, self._generation, f"{type(error).__name__}: {error}")
            return
        _emit(self._runner._finished, self._generation, result, time.perf_counter() - began, layer_index)


class AnalysisRunner(QObject):
    """Owns the background analysis of the current document."""

    finished = Signal(object, float, object)  # Analysis, seconds, highlight pieces per layer
    failed = Signal(str)
    progress = Signal(str, float)

    # Emitted from the pool thread; queued to this object's (the GUI) thread.
    _finished = Signal(int, object, float, object)
    _failed = Signal(int, str)
    _progress = Signal(int, str, float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._cancel = threading.Event()
        self._finished.connect(self._on_finished)
        self._failed.connect(self._on_failed)
        self._progress.connect(self._on_progress)

    @property
    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def start(self, text: str) -> None:
        """Analyse ``text``, cancelling any analysis still running for an older text."""
        self._cancel.set()
        self._cancel = threading.Event()
        self._generation += 1
        self._pool.start(_AnalysisJob(self, self._generation, text, self._cancel))

    def shutdown(self, timeout_ms: int = 5000) -> None:
        self._cancel.set()
        self._generation += 1
        self._pool.waitForDone(timeout_ms)

    def _on_finished(self, generation: int, result: object, seconds: float, layer_index: object) -> None:
        if generation == self._generation:
            self.finished.emit(result, seconds, layer_index)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.failed.emit(message)

    def _on_progress(self, generation: int, stage: str, fraction: float) -> None:
        if generation == self._generation:
            self.progress.emit(stage, fraction)


class _Task(QRunnable):
    def __init__(self, runner: LatestTaskRunner, generation: int, work: Callable[[], object]) -> None:
        super().__init__()
        self._runner, self._generation, self._work = runner, generation, work

    def run(self) -> None:
        try:
            with _collector_paused():
                result = self._work()
        except Exception as error:  # reported to the user; a worker thread must not die silently
            _emit(self._runner._failed, self._generation, f"{type(error).__name__}: {error}")
            return
        _emit(self._runner._finished, self._generation, result)


class LatestTaskRunner(QObject):
    """Runs one kind of background task; only the most recently started one reports back.

    ``work`` runs on a pool thread, so it must not touch widgets or the GUI
    thread's database connection (open its own: SQLite in WAL mode allows it).
    """

    finished = Signal(object)
    failed = Signal(str)

    _finished = Signal(int, object)
    _failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._finished.connect(lambda generation, result: generation == self._generation
                               and self.finished.emit(result))
        self._failed.connect(lambda generation, message: generation == self._generation
                             and self.failed.emit(message))

    def start(self, work: Callable[[], object]) -> None:
        self._generation += 1
        self._pool.start(_Task(self, self._generation, work))

    def cancel(self) -> None:
        """Forget the running task's result (it finishes in the background)."""
        self._generation += 1

    def shutdown(self, timeout_ms: int = 5000) -> None:
        self.cancel()
        self._pool.waitForDone(timeout_ms)
