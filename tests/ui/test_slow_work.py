"""Slow work runs off the GUI thread: a long assessment shows itself and can be stopped."""

import threading

from cpaudit.ui import main_window


def test_a_long_assessment_can_be_stopped(qtbot, window, demo, monkeypatch):
    release = threading.Event()
    started = threading.Event()

    def slow_assess(project):
        started.set()
        release.wait(10)  # on the worker thread: the window stays responsive
        raise RuntimeError("too late: this result must not be shown")

    monkeypatch.setattr(main_window, "assess", slow_assess)
    window.set_project(demo)
    assert started.wait(5)
    assert window.assess_busy.isHidden()

    window.assess_busy_timer.timeout.emit()  # what the timer does after a moment
    assert window.assess_busy.isVisible()
    assert window.assess_busy_label.text() == "Computing the results…"

    task = window._assess_task
    window.assess_cancel_button.click()
    assert window.assess_busy.isHidden()
    assert "not recomputed" in window.statusBar().currentMessage()

    with qtbot.waitSignal(task.finished, timeout=5_000):
        release.set()
    assert task.outcome == "cancelled"  # the late result is not shown
    assert window.assessment is None
    assert window.error_label.isHidden()
