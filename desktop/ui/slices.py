"""GUI-thread work too long for one event-loop turn, done a slice per turn.

Filling a panel with thousands of rows or giving a 100,000-word text to the article
view must touch widgets, so it cannot move to a worker; done in one go it would
freeze the window for a tenth of a second or more. Written as a generator that
yields between small steps, it runs in slices of a few milliseconds, and the
event loop paints and answers input between them.
"""

from __future__ import annotations

import functools
import time
from collections import deque
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer

# Work done per event-loop turn: with painting between slices the window still answers at once.
SECONDS_PER_TURN = 0.008

Steps = Iterator[None]


def run_to_end(steps: Steps) -> None:
    """Do every step now (for callers that need the result at once, and for short work)."""
    deque(steps, maxlen=0)


def superseding(method: Callable[..., Steps]) -> Callable[..., Steps]:
    """Make a generator method stop at its next step once it is called again on the same object.

    A panel being filled slice by slice and then asked to show something else must not
    go on adding the rows of what it showed before.
    """
    attribute = f"_{method.__name__}_generation"

    @functools.wraps(method)
    def steps(self, *args, **kwargs) -> Steps:
        generation = getattr(self, attribute, 0) + 1
        setattr(self, attribute, generation)
        inner = method(self, *args, **kwargs)
        for _ in inner:
            yield
            if getattr(self, attribute) != generation:
                inner.close()
                return

    return steps


class SlicedWork(QObject):
    """Runs one generator at a time, ``seconds_per_turn`` of it per event-loop turn.

    The first slice runs at once, so short work is finished when ``start`` returns.
    Starting new work drops the unfinished one together with its ``when_done`` callbacks.
    """

    def __init__(self, parent: QObject | None = None, seconds_per_turn: float = SECONDS_PER_TURN) -> None:
        super().__init__(parent)
        self._seconds = seconds_per_turn
        self._steps: Steps | None = None
        self._when_done: list[Callable[[], None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_slice)

    @property
    def busy(self) -> bool:
        return self._steps is not None

    def start(self, steps: Steps) -> None:
        self.cancel()
        self._steps = steps
        self._run_slice()

    def cancel(self) -> None:
        self._steps = None
        self._when_done = []
        self._timer.stop()

    def finish(self) -> None:
        """Do what is left now, for a caller that needs all of it."""
        while self._steps is not None:
            self._run_slice(float("inf"))

    def when_done(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the current work is finished (at once if there is none)."""
        if self._steps is None:
            callback()
        else:
            self._when_done.append(callback)

    def _run_slice(self, seconds: float | None = None) -> None:
        steps = self._steps
        if steps is None:
            return
        deadline = time.perf_counter() + (self._seconds if seconds is None else seconds)
        try:
            next(steps)
            while time.perf_counter() < deadline and self._steps is steps:
                next(steps)
        except StopIteration:
            if self._steps is steps:
                callbacks = self._when_done
                self.cancel()
                for callback in callbacks:
                    callback()
            return
        except BaseException:
            if self._steps is steps:
                self.cancel()  # a step that failed once would fail again on every turn
            raise
        if self._steps is steps:
            self._timer.start()
