"""Background jobs (analysis, import, saving a long document, library search) on a pool thread, results by signal.

Each ``BackgroundRunner`` runs one kind of job. Every start supersedes the job
before it: the older job is asked to stop and whatever it still delivers is
dropped, so a slow analysis of the previous document never paints onto the new
one. Jobs never touch a widget, and open their own database connection when
they need one (SQLite in WAL mode allows it).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..analysis import Analysis, analyze
from .offsets import OffsetMap, wants_paragraph_gaps
from .span_index import BlockIndex, BlockPieces, analysis_layers

Progress = Callable[[object], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], object]


def describe_bug(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"


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


def _emit(signal, *args) -> None:
    """Emit from a pool thread; if the window (and its runner) is gone, the result has no reader."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted"
        pass


class _Job(QRunnable):
    def __init__(
        self, runner: BackgroundRunner, generation: int, work: Work, cancel: threading.Event,
        describe_error: Callable[[Exception], str],
    ) -> None:
        super().__init__()
        self._runner, self._generation, self._work, self._cancel = runner, generation, work, cancel
        self._describe_error = describe_error

    def run(self) -> None:
        runner, generation = self._runner, self._generation
        try:
            with _collector_paused():
                result = self._work(lambda report: _emit(runner._progress, generation, report), self._cancel.is_set)
        except runner.cancelled_errors:
            return
        except Exception as error:  # reported to the user; a worker thread must not die silently
            _emit(runner._failed, generation, self._describe_error(error))
            return
        _emit(runner._finished, generation, result)


class BackgroundRunner(QObject):
    """Runs one kind of job at a time; only the newest job reports back, on the GUI thread."""

    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(object)

    # Emitted from the pool thread; queued to this object's (the GUI) thread.
    _finished = Signal(int, object)
    _failed = Signal(int, str)
    _progress = Signal(int, object)

    def __init__(
        self,
        parent: QObject | None = None,
        cancelled_errors: tuple[type[BaseException], ...] = (),
        describe_error: Callable[[Exception], str] = describe_bug,
    ) -> None:
        """``cancelled_errors`` end a job quietly; ``describe_error`` words any other failure."""
        super().__init__(parent)
        self.cancelled_errors = cancelled_errors
        self.describe_error = describe_error
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._cancel = threading.Event()
        self._running = False
        self._finished.connect(lambda generation, result: self._deliver(generation, self.finished, result))
        self._failed.connect(lambda generation, message: self._deliver(generation, self.failed, message))
        self._progress.connect(lambda generation, report: generation == self._generation
                               and self.progress.emit(report))

    @property
    def busy(self) -> bool:
        """True from ``start`` until the newest job has finished, failed or been cancelled."""
        return self._running

    def start(self, work: Work, describe_error: Callable[[Exception], str] | None = None) -> None:
        """Run ``work(progress, cancelled)`` on the pool, superseding any job still running.

        ``describe_error`` words this job's failures (default: the runner's).
        """
        self.cancel()
        self._running = True
        self._pool.start(_Job(self, self._generation, work, self._cancel, describe_error or self.describe_error))

    def cancel(self) -> None:
        """Ask the running job to stop at its next check and drop whatever it delivers."""
        self._cancel.set()
        self._cancel = threading.Event()
        self._generation += 1
        self._running = False

    def shutdown(self, timeout_ms: int = 5000) -> None:
        self.cancel()
        self._pool.waitForDone(timeout_ms)

    def _deliver(self, generation: int, signal, payload: object) -> None:
        if generation == self._generation:
            self._running = False
            signal.emit(payload)


@dataclass(frozen=True, slots=True)
class AnalysisOutcome:
    analysis: Analysis
    seconds: float
    layer_index: dict[str, BlockPieces]  # highlight pieces per layer, ready for the highlighter


def analyse_for_display(text: str, progress: Progress, cancelled: Cancelled) -> AnalysisOutcome:
    """Analyse ``text`` and index its highlights, both off the GUI thread.

    Indexing here too saves the GUI thread seconds on a long document.
    """
    began = time.perf_counter()
    result = analyze(text, progress=lambda stage, fraction: progress((stage, fraction)), cancelled=cancelled)
    layer_index = BlockIndex(text, OffsetMap(text, wants_paragraph_gaps(text))).index_layers(analysis_layers(result))
    return AnalysisOutcome(result, time.perf_counter() - began, layer_index)

