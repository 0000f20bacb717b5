"""No edit is lost: the project is saved a few seconds after the last edit, a new project to a
recovery file that the next start offers back, and typed text is stored before each save."""

import dataclasses

from PySide6.QtWidgets import QMessageBox

from cpaudit.audit.model import TeamMember
from cpaudit.store import projectfile
from cpaudit.ui import autosave
from cpaudit.ui.dialogs import new_project
from cpaudit.ui.main_window import MainWindow

WAIT_MS = 10_000


def add_member(window, name):
    project = window.project
    team = (*project.team, TeamMember(name))
    window.edit("Add a member", dataclasses.replace(project, team=team))


def test_an_edit_starts_the_autosave_timer(window, show, demo_file, demo):
    show(demo, path=demo_file)
    assert not window.autosave_timer.isActive()

    add_member(window, "Nguyễn Văn An")

    assert window.autosave_timer.isActive()
    assert window.autosave_timer.isSingleShot()
    assert 1_000 <= window.autosave_timer.interval() <= 5_000
    assert window.is_modified


def test_autosave_writes_the_project_file(qtbot, window, show, demo_file, demo):
    show(demo, path=demo_file)
    add_member(window, "Nguyễn Văn An")

    with qtbot.waitSignal(window.autosaved, timeout=WAIT_MS) as blocker:
        window.autosave_timer.timeout.emit()  # what the timer does a few seconds later

    assert blocker.args == ["file"]
    assert projectfile.load_project(demo_file).team[-1].name == "Nguyễn Văn An"
    assert not window.is_modified
    assert window.recovery_path is None


def test_undo_back_to_the_saved_state_is_not_modified(window, show, demo_file, demo):
    show(demo, path=demo_file)
    add_member(window, "A")

    window.undo_action.trigger()

    assert window.project is demo
    assert not window.is_modified
    window.redo_action.trigger()
    assert window.is_modified


def test_typed_text_is_stored_before_the_autosave(qtbot, window, show, demo_file, demo):
    show(demo, path=demo_file)
    page = window.show_page(18)
    page.next_field.setPlainText("Khí nén")  # typed, the focus still in the field

    assert window.autosave_timer.isActive()
    with qtbot.waitSignal(window.autosaved, timeout=WAIT_MS):
        window.autosave_timer.timeout.emit()

    assert window.project.method.next_focus == "Khí nén"
    assert projectfile.load_project(demo_file).method.next_focus == "Khí nén"


def test_a_new_project_goes_to_a_recovery_file(qtbot, window, show, recovery_dir):
    show(new_project("Công ty Bia Hồng Hà", "Bia", "Năm 2024", 2024), modified=True)
    add_member(window, "Nguyễn Văn An")

    with qtbot.waitSignal(window.autosaved, timeout=WAIT_MS) as blocker:
        window.autosave_now()

    assert blocker.args == ["recovery"]
    (kept,) = autosave.recovery_files(recovery_dir)
    assert kept == window.recovery_path
    assert projectfile.load_project(kept).team[0].name == "Nguyễn Văn An"
    assert window.is_modified  # still not saved where the user wants it


def recovered_window(qtbot, settings, recovery_dir):
    later = MainWindow(settings=settings, recovery_dir=recovery_dir)
    qtbot.addWidget(later)
    later.show()
    return later


def crash_with_a_new_project(qtbot, window, show):
    show(new_project("Công ty Bia Hồng Hà", "Bia", "Năm 2024", 2024), modified=True)
    add_member(window, "Nguyễn Văn An")
    with qtbot.waitSignal(window.autosaved, timeout=WAIT_MS):
        window.autosave_now()
    window._close_confirmed = True  # the power goes: nothing is asked, nothing removed
    path = window.recovery_path
    window.hide()
    return path


def test_the_next_start_offers_the_recovery_file(
    qtbot, window, show, settings, recovery_dir, message_boxes
):
    kept = crash_with_a_new_project(qtbot, window, show)
    later = recovered_window(qtbot, settings, recovery_dir)
    message_boxes.answer(QMessageBox.StandardButton.Yes)

    with qtbot.waitSignal(later.project_changed, timeout=WAIT_MS):
        later.offer_recovery()

    shown = message_boxes.shown[-1]
    assert shown.title == "Unsaved work found"
    assert "Công ty Bia Hồng Hà" in shown.text
    assert later.project.team[0].name == "Nguyễn Văn An"
    assert later.path is None
    assert later.is_modified
    assert later.recovery_path == kept  # autosaves go on into the same file
    assert kept.is_file()


def test_recovered_work_saved_to_a_file_drops_the_recovery_file(
    qtbot, window, show, settings, recovery_dir, message_boxes, tmp_path
):
    kept = crash_with_a_new_project(qtbot, window, show)
    later = recovered_window(qtbot, settings, recovery_dir)
    message_boxes.answer(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(later.project_changed, timeout=WAIT_MS):
        later.offer_recovery()

    with qtbot.waitSignal(later.file_task_finished, timeout=WAIT_MS):
        later.save_to(tmp_path / "hong_ha.cpaudit")

    assert not kept.exists()
    assert autosave.recovery_files(recovery_dir) == []


def test_declining_the_recovery_deletes_it(
    qtbot, window, show, settings, recovery_dir, message_boxes
):
    kept = crash_with_a_new_project(qtbot, window, show)
    later = recovered_window(qtbot, settings, recovery_dir)
    message_boxes.answer(QMessageBox.StandardButton.Discard)

    task = later.offer_recovery()
    qtbot.waitUntil(lambda: task.done and not kept.exists(), timeout=WAIT_MS)

    assert later.project is None


def test_nothing_to_recover_asks_nothing(window, message_boxes):
    assert window.offer_recovery() is None
    assert message_boxes.shown == []


def test_closing_without_saving_removes_the_recovery_file(
    qtbot, window, show, recovery_dir, message_boxes
):
    show(new_project("Công ty Bia Hồng Hà", "Bia", "Năm 2024", 2024), modified=True)
    add_member(window, "Nguyễn Văn An")
    with qtbot.waitSignal(window.autosaved, timeout=WAIT_MS):
        window.autosave_now()
    message_boxes.answer(QMessageBox.StandardButton.Discard)

    window.close()

    assert message_boxes.shown[-1].title == "Unsaved changes"
    assert autosave.recovery_files(recovery_dir) == []


def test_the_program_offers_recovery_at_start(
    qtbot, window, show, recovery_dir, message_boxes, tmp_path, monkeypatch
):
    import sys

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cpaudit.ui import app as app_module

    crash_with_a_new_project(qtbot, window, show)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(app_module, "setup_logging", lambda debug=False: tmp_path / "cpaudit.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    message_boxes.answer(QMessageBox.StandardButton.Yes)
    seen = {}

    def run_event_loop(_app):
        (later,) = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w is not window
        ]
        qtbot.waitUntil(lambda: later.project is not None, timeout=WAIT_MS)
        seen["name"] = later.project.establishment.name
        later._close_confirmed = True
        later.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)

    assert app_module.main(["cpaudit", "--lang", "en"]) == 0
    assert seen["name"] == "Công ty Bia Hồng Hà"
