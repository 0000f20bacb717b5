"""The one helper that runs slow work off the GUI thread.

The work is a plain function ``fn(progress, cancelled)``: it calls ``progress(fraction, message)``
(``fraction`` from 0 to 1) now and then, and checks ``cancelled()`` between steps. The engine,
the store and the report know nothing of Qt; this module adapts those two callables to signals.

Whatever the function returns or raises comes back on the GUI thread through exactly one of
``succeeded(result)``, ``failed(exception)`` or ``cancelled()``, then ``finished()``:

- it returned: ``succeeded`` (even if a cancel came too late to stop it);
- it raised after ``cancel()`` was called: ``cancelled``;
- it raised otherwise: ``failed``, with the traceback kept on the exception for the log.

Only immutable values (the project dataclasses, paths, strings) go into a task; a database
session is opened and closed inside the function, on the worker thread.
"""

import gc
import logging
import threading

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot

from cpaudit.ui.qtcompat import emit

log = logging.getLogger(__name__)

_running = set()  # tasks between start() and delivery, so Python keeps them alive


class Task(QObject):
    progress = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    # Emitted on the worker thread; queued to this object, which lives on the GUI thread.
    _progress_from_worker = Signal(float, str)
    _done_from_worker = Signal(str, object)

    def __init__(self, fn, name="task", parent=None):
        super().__init__(parent)
        self.name = name
        self._fn = fn
        self._cancel_requested = threading.Event()
        self.outcome = None  # "succeeded", "failed" or "cancelled" once delivered
        self.result = None
        self.error = None
        self._progress_from_worker.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        self._done_from_worker.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self, pool=None):
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(self._run)
        return self

    def cancel(self):
        """Ask the function to stop; it sees ``cancelled()`` turn true at its next check."""
        self._cancel_requested.set()

    def is_cancel_requested(self):
        return self._cancel_requested.is_set()

    @property
    def done(self):
        return self.outcome is not None

    def _run(self):  # on a worker thread
        try:
            result = self._fn(self._report_progress, self._cancel_requested.is_set)
        except Exception as exc:  # every failure goes back to the GUI thread, none is lost
            outcome = "cancelled" if self._cancel_requested.is_set() else "failed"
            log.debug("%s %s", self.name, outcome, exc_info=exc)
            self._send(self._done_from_worker, outcome, exc)
        else:
            self._send(self._done_from_worker, "succeeded", result)

    def _report_progress(self, fraction, message=""):  # on a worker thread
        self._send(self._progress_from_worker, float(fraction), str(message))

    def _send(self, signal, *args):  # on a worker thread
        try:
            emit(signal, *args)
        except RuntimeError:
            # the application closed while the work ran: nobody is left to tell
            log.debug("%s finished after its receiver was deleted", self.name)

    @Slot(float, str)
    def _relay_progress(self, fraction, message):
        if not self.done:
            emit(self.progress, fraction, message)

    @Slot(str, object)
    def _deliver(self, outcome, value):
        _running.discard(self)
        self.outcome = outcome
        if outcome == "succeeded":
            self.result = value
            emit(self.succeeded, value)
        elif outcome == "failed":
            self.error = value
            emit(self.failed, value)
        else:
            self.error = value
            emit(self.cancelled)
        emit(self.finished)


def start_task(fn, name="task", parent=None, pool=None):
    """Run ``fn(progress, cancelled)`` on the thread pool; connect to the returned task's signals.

    Connections made right after this call are in time: results are delivered through the GUI
    thread's event loop, never before control returns to it.
    """
    return Task(fn, name=name, parent=parent).start(pool)


def running_tasks():
    return set(_running)


class GarbageCollector(QObject):
    """Python's cyclic garbage collection, moved onto the GUI thread.

    The collector runs on whichever thread happens to allocate when a generation fills up. On a
    worker thread it may then finalise Qt objects of the GUI (a widget, a matplotlib canvas
    left in a reference cycle), which Qt allows only on their own thread: the process crashes.
    So automatic collection is switched off, and a timer on the GUI thread collects each
    generation once it holds as many objects as Python's own thresholds would allow.
    Reference counting, which frees most objects, is not affected.
    """

    INTERVAL_MS = 500

    def __init__(self, parent):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(self.INTERVAL_MS)

    @Slot()
    def collect(self):
        counts = gc.get_count()
        for generation in (2, 1, 0):  # the oldest full generation, with the younger ones
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def collect_garbage_on_gui_thread(app):
    """Install :class:`GarbageCollector` on ``app`` once; returns it."""
    found = app.findChild(GarbageCollector)
    return found if found is not None else GarbageCollector(app)
