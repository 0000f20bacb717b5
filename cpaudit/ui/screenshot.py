"""Screenshots of the window on the demo project, in both languages, to look at after a change.

    python -m cpaudit.ui.screenshot OUT_DIR            # starts itself under Xvfb without a display
    xvfb-run -a python -m cpaudit.ui.screenshot OUT_DIR
    QT_QPA_PLATFORM=offscreen python -m cpaudit.ui.screenshot OUT_DIR

Writes ``main_<lang>.png`` (the demo project), ``main_<lang>_qd1419-2015.png`` (another target
scheme), ``welcome_<lang>.png``, ``new_project_<lang>.png``, ``unsaved_<lang>.png``,
``file_menu_<lang>.png`` and ``edit_menu_<lang>.png``; then every page of the guided assessment on
the demo: ``data_<tab>_<lang>.png`` (the five tabs of the plant's data) and ``task_<nn>_<lang>.png``
for the 18 tasks, at 1366 × 768 (a common office laptop). The user's settings are not touched:
a temporary settings file and recovery folder are used.
"""

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cpaudit.audit.iac import demo_project
from cpaudit.ui import i18n
from cpaudit.ui.app import create_application, install_app_font
from cpaudit.ui.dialogs import NewProjectDialog
from cpaudit.ui.main_window import MainWindow

WAIT_MS = 20_000
PAGE_SIZE = (1366, 768)


def wait_for(signal, timeout_ms=WAIT_MS):
    """Run the event loop until ``signal`` is emitted (or the time is up); True if it was."""
    loop = QEventLoop()
    fired = []
    signal.connect(lambda *_args: (fired.append(True), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    if not fired:
        loop.exec()
    return bool(fired)


def settle():
    for _ in range(3):
        QApplication.processEvents()


def save(widget, path):
    settle()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def open_demo(window, folder):
    """Open the demo through the store when it is there, else show it from memory."""
    try:
        from cpaudit.store.projectfile import create_project_file
    except ImportError:
        window.set_project(demo_project())
        return wait_for(window.assessment_changed)
    path = Path(folder) / f"demo_{i18n.current_language()}.cpaudit"  # fresh in each language
    if not path.exists():
        create_project_file(path, demo_project())
    window.open_project(path)
    return wait_for(window.assessment_changed)


def shoot(out_dir, lang, folder, settings):
    i18n.set_language(lang)
    window = MainWindow(settings=settings, recovery_dir=Path(folder) / "recovery")
    window.resize(*PAGE_SIZE)
    window.show()
    save(window, out_dir / f"welcome_{lang}.png")
    save_file_menu(window, out_dir / f"file_menu_{lang}.png")

    if not open_demo(window, folder):
        raise SystemExit("the demo project did not show within the time allowed")
    save(window, out_dir / f"main_{lang}.png")

    dialog = NewProjectDialog(window)
    dialog.show()
    save(dialog, out_dir / f"new_project_{lang}.png")
    dialog.close()

    index = window.scheme_combo.findData("qd1419-2015")
    window.scheme_combo.setCurrentIndex(index)
    wait_for(window.assessment_changed)
    save(window, out_dir / f"main_{lang}_qd1419-2015.png")

    save_unsaved_prompt(window, out_dir / f"unsaved_{lang}.png")
    save_pages(window, out_dir, lang)
    window._close_confirmed = True  # the project was changed above; leave without asking
    window.close()
    window.deleteLater()


def save_pages(window, out_dir, lang):
    """Every page of the guided assessment, as the user sees it beside the navigator."""
    window.resize(*PAGE_SIZE)
    save_edit_menu(window, out_dir / f"edit_menu_{lang}.png")
    data = window.show_page("data")
    for tab in range(data.tabs.count()):
        data.tabs.setCurrentIndex(tab)
        save(window, out_dir / f"data_{tab + 1}_{lang}.png")
    for number in range(1, 19):
        page = window.show_page(number)
        if number == 11:
            page.select_option(window.project.method.selected_options[0])
        save(window, out_dir / f"task_{number:02d}_{lang}.png")
    window.show_page("overview")


def save_edit_menu(window, path):
    menu = window.edit_menu
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    save(menu, path)
    menu.hide()


def save_file_menu(window, path):
    menu = window.file_menu
    window._rebuild_recent_menu()
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    save(menu, path)
    menu.hide()


def save_unsaved_prompt(window, path):
    """Grab the unsaved-changes question as the user sees it, then answer Cancel."""

    def grab_open_box():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                save(widget, path)
                widget.reject()

    QTimer.singleShot(300, grab_open_box)
    window._ask_unsaved_changes()


def under_xvfb(argv):
    """Run this script again under ``xvfb-run`` when there is no display to draw on."""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform != "linux":
        return None
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        return None
    command = [xvfb_run, "-a", sys.executable, "-m", "cpaudit.ui.screenshot", *argv]
    os.execv(xvfb_run, command)  # does not return


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", choices=i18n.LANGUAGES, action="append")
    args = parser.parse_args(argv)
    under_xvfb(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)

    app = create_application("cpaudit-screenshot")
    install_app_font(app)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        for lang in args.lang or ["en", "vi"]:
            shoot(args.out_dir, lang, folder, settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
