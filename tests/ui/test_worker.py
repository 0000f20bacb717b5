"""The one worker helper: results, errors and cancellation come back on the GUI thread."""

import threading

import pytest
from PySide6.QtCore import QThread

from cpaudit.ui.worker import Task, running_tasks, start_task


def test_result_arrives_on_the_gui_thread(qtbot, qapp):
    worker_threads = []
    seen = {}

    def work(progress, cancelled):
        worker_threads.append(threading.current_thread())
        return 42

    def got(result):
        seen["result"] = result
        seen["on_gui_thread"] = QThread.currentThread() == qapp.thread()

    task = start_task(work)
    task.succeeded.connect(got)
    with qtbot.waitSignal(task.finished, timeout=5_000):
        pass

    assert seen == {"result": 42, "on_gui_thread": True}
    assert worker_threads[0] is not threading.main_thread()
    assert task.outcome == "succeeded"


def test_progress_is_relayed(qtbot):
    def work(progress, cancelled):
        progress(0.25, "a quarter")
        return None

    task = start_task(work)
    with qtbot.waitSignal(task.progress, timeout=5_000) as blocker:
        pass
    assert blocker.args == [0.25, "a quarter"]


def test_an_error_is_delivered_not_lost(qtbot):
    def work(progress, cancelled):
        raise ValueError("bad input in row 3")

    task = start_task(work)
    with qtbot.waitSignal(task.failed, timeout=5_000) as blocker:
        pass
    (error,) = blocker.args
    assert isinstance(error, ValueError)
    assert error.__traceback__ is not None
    assert task.outcome == "failed"


def test_cancel_stops_the_function(qtbot):
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        raise RuntimeError("stopped")

    task = start_task(work)
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5_000):
        task.cancel()
    assert task.outcome == "cancelled"
    assert task not in running_tasks()


def test_a_result_after_a_late_cancel_still_counts(qtbot):
    release = threading.Event()

    def work(progress, cancelled):
        release.wait(5)
        return "done"

    task = start_task(work)
    task.cancel()
    with qtbot.waitSignal(task.succeeded, timeout=5_000) as blocker:
        release.set()
    assert blocker.args == ["done"]


def test_exactly_one_outcome_then_finished(qtbot):
    outcomes = []
    task = Task(lambda progress, cancelled: 1)
    for name in ("succeeded", "failed", "cancelled", "finished"):
        getattr(task, name).connect(lambda *_args, name=name: outcomes.append(name))
    with qtbot.waitSignal(task.finished, timeout=5_000):
        task.start()
    assert outcomes == ["succeeded", "finished"]


@pytest.mark.parametrize("count", [20])
def test_many_tasks_all_deliver(qtbot, count):
    tasks = [start_task(lambda progress, cancelled, n=n: n * n) for n in range(count)]
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=10_000)
    assert [t.result for t in tasks] == [n * n for n in range(count)]


def test_work_that_outlives_its_task_object_ends_quietly(qtbot, caplog):
    """Quitting while a task runs deletes its Qt object; the worker must not raise then."""
    import shiboken6
    from PySide6.QtCore import QThreadPool

    release = threading.Event()
    started = threading.Event()
    errors = []

    def work(progress, cancelled):
        started.set()
        release.wait(5)
        progress(0.5, "still going")
        return 1

    task = Task(work, name="outliving")
    original = task._run

    def run_and_record():
        try:
            original()
        except Exception as exc:  # what would reach stderr as a traceback
            errors.append(exc)

    task._run = run_and_record
    task.start()
    assert started.wait(5)
    shiboken6.delete(task)
    release.set()
    QThreadPool.globalInstance().waitForDone(5_000)
    assert errors == []


def test_garbage_is_collected_on_the_gui_thread_only(qtbot, qapp):
    import gc
    import weakref

    from cpaudit.ui.worker import GarbageCollector, collect_garbage_on_gui_thread

    collector = collect_garbage_on_gui_thread(qapp)
    assert collect_garbage_on_gui_thread(qapp) is collector  # installed once
    assert isinstance(collector, GarbageCollector) and not gc.isenabled()

    class Node:
        pass

    def cycle():
        node = Node()
        node.self = node
        return weakref.ref(node)

    collected_where = []
    first = cycle()
    weakref.finalize(first(), lambda: collected_where.append(threading.current_thread().name))
    # garbage made on a worker thread: enough to fill the youngest generation many times over
    worker = threading.Thread(target=lambda: [cycle() for _ in range(5 * gc.get_threshold()[0])])
    worker.start()
    worker.join()
    assert first() is not None  # nothing collected it on the worker

    qtbot.waitUntil(lambda: first() is None, timeout=5_000)
    assert collected_where == [threading.main_thread().name]
