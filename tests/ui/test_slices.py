"""Work done a slice per event-loop turn: it finishes, gives way to newer work, and fails loudly."""

import pytest

from desktop.ui.slices import SlicedWork, run_to_end, superseding


def counting(done: list, count: int):
    for number in range(count):
        done.append(number)
        yield


def test_work_goes_on_over_later_turns_and_then_calls_back(qtbot):
    work = SlicedWork()
    done, finished = [], []
    work.start(counting(done, 5), seconds_at_once=0)
    assert done == [0] and work.busy  # one step at once, the rest later
    work.when_done(lambda: finished.append(list(done)))
    qtbot.waitUntil(lambda: not work.busy)
    assert finished == [[0, 1, 2, 3, 4]]
    work.when_done(lambda: finished.append("at once"))
    assert finished[-1] == "at once"


def test_starting_new_work_drops_the_old_work_and_its_callbacks(qtbot):
    work = SlicedWork()
    old, new, called = [], [], []
    work.start(counting(old, 1000), seconds_at_once=0)
    work.when_done(lambda: called.append("old"))
    work.start(counting(new, 3), seconds_at_once=0)
    work.when_done(lambda: called.append("new"))
    qtbot.waitUntil(lambda: not work.busy)
    qtbot.wait(20)
    assert old == [0] and new == [0, 1, 2] and called == ["new"]


def test_finish_does_the_rest_now(qapp):
    work = SlicedWork()
    done = []
    work.start(counting(done, 50), seconds_at_once=0)
    work.finish()
    assert done == list(range(50)) and not work.busy


def test_two_jobs_both_progress_when_they_share_the_turns(qtbot):
    first, second = SlicedWork(), SlicedWork()
    a, b = [], []
    first.start(counting(a, 200), seconds_at_once=0)
    second.start(counting(b, 200), seconds_at_once=0)
    qtbot.waitUntil(lambda: not first.busy and not second.busy)
    assert a == b == list(range(200))


def test_a_failing_step_stops_the_work_instead_of_failing_every_turn(qapp):
    def failing():
        yield
        raise ValueError("broken step")

    work = SlicedWork()
    work.start(failing(), seconds_at_once=0)
    with pytest.raises(ValueError):
        work.finish()
    assert not work.busy


class Shelf:
    def __init__(self):
        self.items = []

    @superseding
    def fill(self, items):
        self.items = []
        for item in items:
            self.items.append(item)
            yield


def test_a_superseded_fill_adds_nothing_more():
    shelf = Shelf()
    old = shelf.fill(range(100))
    next(old)
    next(old)
    run_to_end(shelf.fill(["new"]))
    run_to_end(old)  # resumed after a newer fill began: it stops at once
    assert shelf.items == ["new"]
