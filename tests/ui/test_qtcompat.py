"""PySide6 6.12.0 drops a reference to True on every emit (CPython 3.11 then aborts): the helpers
give it back, so a long session of signals leaves True's reference count where it was."""

import gc
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, Signal

from cpaudit.ui.qtcompat import disconnect, emit
from cpaudit.ui.worker import start_task

CALLS = 500
NOISE = 60  # other objects may take or drop some references meanwhile (the bug: 500+)


class Sender(QObject):
    fired = Signal(str)


@pytest.fixture(autouse=True)
def quiet(qapp):
    """Free what earlier tests left behind first: freeing it lowers True's count legitimately."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        gc.collect()
    was_enabled = gc.isenabled()  # off where the GUI thread collects (worker.GarbageCollector)
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


def test_emit_and_disconnect_leave_true_alone(qapp):
    sender = Sender()
    received = []
    before = sys.getrefcount(True)

    for _ in range(CALLS):
        sender.fired.connect(received.append)
        emit(sender.fired, "x")
        disconnect(sender.fired, received.append)

    assert len(received) == CALLS
    assert abs(sys.getrefcount(True) - before) < NOISE


def test_many_tasks_leave_true_alone(qapp):
    # A plain event loop: pytest-qt's own waiting disconnects signals, which the bug hits too.
    loop = QEventLoop()
    finished = []
    QTimer.singleShot(10_000, loop.quit)
    before = sys.getrefcount(True)

    for _ in range(CALLS):
        task = start_task(lambda progress, cancelled: progress(0.5, ""))
        task.finished.connect(lambda: finished.append(1) or len(finished) == CALLS and loop.quit())
    loop.exec()

    assert len(finished) == CALLS
    assert abs(sys.getrefcount(True) - before) < NOISE
