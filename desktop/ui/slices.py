"""GUI-thread work too long for one event-loop turn, done a slice per turn.

Filling a panel with thousands of rows, giving a 100,000-word text to the article
view or re-formatting thousands of paragraphs must touch widgets, so it cannot move
to a worker; done in one go it would freeze the window for a tenth of a second or
more. Written as a generator that yields between small steps, it runs in slices,
and the event loop paints and answers input between them.

All such work shares one time budget per event-loop turn: two jobs with a budget
each would hold the loop twice as long.
"""

from __future__ import annotations

import functools
import time
from collections import deque
from collections.abc import Callable, Iterator

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

# Work done per event-loop turn, all jobs together: with painting between turns the window
# still answers at once.
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
    """Runs one generator at a time, a slice per event-loop turn.

    Starting new work drops the unfinished one together with its ``when_done`` callbacks;
    so does deleting the parent.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: Steps | None = None
        self._when_done: list[Callable[[], None]] = []

    @property
    def busy(self) -> bool:
        return self._steps is not None

    def start(self, steps: Steps, seconds_at_once: float = SECONDS_PER_TURN) -> None:
        """Run ``steps``: up to ``seconds_at_once`` of them now (at least one step, so short
        work is done when this returns), the rest a slice per event-loop turn."""
        self.cancel()
        self._steps = steps
        self.run_until(time.perf_counter() + seconds_at_once)

    def cancel(self) -> None:
        self._steps = None
        self._when_done = []
        _turns().discard(self)

    def finish(self) -> None:
        """Do what is left now, for a caller that needs all of it."""
        while self._steps is not None:
            self.run_until(float("inf"))

    def when_done(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the current work is finished (at once if there is none)."""
        if self._steps is None:
            callback()
        else:
            self._when_done.append(callback)

    def run_until(self, deadline: float) -> None:
        """Do at least one step, and more until ``deadline`` (a ``time.perf_counter()`` value)."""
        steps = self._steps
        if steps is None:
            return
        try:
            next(steps)
            while self._steps is steps and time.perf_counter() < deadline:
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
            _turns().add(self)


class _Turns(QObject):
    """Runs the unfinished work of every ``SlicedWork`` within one budget per event-loop turn,
    each job going first in turn."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._works: list[SlicedWork] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)

    def add(self, work: SlicedWork) -> None:
        if work not in self._works:
            self._works.append(work)
        self._timer.start()

    def discard(self, work: SlicedWork) -> None:
        if work in self._works:
            self._works.remove(work)
        if not self._works:
            self._timer.stop()

    def _run(self) -> None:
        deadline = time.perf_counter() + SECONDS_PER_TURN
        self._works = [work for work in self._works if shiboken6.isValid(work)]  # else its widget is gone
        order = list(self._works)
        for work in order:
            if time.perf_counter() >= deadline:
                break
            if work in self._works:  # not finished or cancelled by an earlier job this turn
                work.run_until(deadline)
        if len(self._works) > 1 and self._works[0] is order[0]:
            self._works.append(self._works.pop(0))  # the next job goes first next turn
        if not self._works:
            self._timer.stop()


_TURNS: _Turns | None = None


def _turns() -> _Turns:
    """The application's one ``_Turns`` (it goes with the application object)."""
    global _TURNS
    if _TURNS is None or not shiboken6.isValid(_TURNS):
        _TURNS = _Turns(QCoreApplication.instance())
    return _TURNS
