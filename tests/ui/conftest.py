"""Fixtures for the window tests: isolated settings, answered dialogs, the demo project."""

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cpaudit.audit.iac import demo_project
from cpaudit.store import projectfile
from cpaudit.ui import autosave, i18n
from cpaudit.ui.main_window import MainWindow
from cpaudit.ui.worker import collect_garbage_on_gui_thread

ASSESS_TIMEOUT_MS = 10_000


class MessageBoxes:
    """Every QMessageBox shown during a test, answered without a person.

    Answers queued with ``answer(...)`` are used first; after that a box is answered with
    "Don't save" if it has that button (so closing a modified window never hangs), else OK.
    """

    def __init__(self):
        self.shown = []
        self._answers = []

    def answer(self, *buttons):
        self._answers.extend(buttons)

    def exec(self, box):
        self.shown.append(
            SimpleNamespace(
                title=box.windowTitle(),
                text=box.text(),
                informative=box.informativeText(),
                icon=box.icon(),
                buttons=box.standardButtons(),
            )
        )
        if self._answers:
            return self._answers.pop(0)
        if box.standardButtons() & QMessageBox.StandardButton.Discard:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.Ok

    def texts(self):
        return [f"{m.title}\n{m.text}\n{m.informative}" for m in self.shown]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    boxes = MessageBoxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    return boxes


@pytest.fixture(autouse=True)
def no_file_dialogs(monkeypatch):
    """A test that needs a file dialog answers it itself; any other would block the run."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("a file dialog was opened without an answer from the test")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", refuse)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", refuse)


@pytest.fixture(autouse=True)
def english(qapp):
    """Each test starts in English, whatever the machine's language; as in the application,
    garbage is collected on the GUI thread only."""
    collect_garbage_on_gui_thread(qapp)
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def recovery_dir(tmp_path, monkeypatch):
    """Recovery files go to the test's folder, never to the user's data folder."""
    folder = tmp_path / "recovery"
    monkeypatch.setattr(autosave, "default_recovery_dir", lambda: folder)
    return folder


@pytest.fixture
def window(qtbot, settings, recovery_dir):
    win = MainWindow(settings=settings, recovery_dir=recovery_dir)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def demo():
    return demo_project()


@pytest.fixture
def demo_file(tmp_path, demo):
    path = tmp_path / "demo.cpaudit"
    projectfile.create_project_file(path, demo)
    return path


@pytest.fixture
def demo_window(qtbot, window, demo_file):
    """The window, opened on the demo project's file, with its assessment shown."""
    with qtbot.waitSignal(window.assessment_changed, timeout=ASSESS_TIMEOUT_MS):
        window.open_project(demo_file)
    return window


@pytest.fixture
def show(qtbot, window):
    """``show(project, path=None, modified=False)``: put a project in the window, wait for it."""

    def show_project(project, path=None, modified=False):
        with qtbot.waitSignal(window.assessment_changed, timeout=ASSESS_TIMEOUT_MS):
            window.set_project(project, path=path, modified=modified)

    return show_project
