"""Start the desktop application: logging, font, error hook, translations, the main window."""

import argparse
import logging
import os
import sys
from pathlib import Path

import matplotlib
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from cpaudit.logsetup import setup_logging
from cpaudit.ui import i18n
from cpaudit.ui.errors import install_exception_hook
from cpaudit.ui.icons import icon
from cpaudit.ui.main_window import MainWindow
from cpaudit.ui.worker import collect_garbage_on_gui_thread

__all__ = ["MainWindow", "main", "install_app_font"]

log = logging.getLogger(__name__)

APP_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
TASKS_WAIT_MS = 10_000


def install_app_font(app):
    """Register DejaVu Sans (shipped with matplotlib) and make it the application font.

    A machine without fonts draws every letter as a box; DejaVu Sans covers Vietnamese.
    Returns the family name, or None if the font files could not be loaded.
    """
    font_dir = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    family = None
    for name in APP_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(font_dir / name))
        if font_id < 0:
            log.warning("could not load the font %s", font_dir / name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        family = family or (families[0] if families else None)
    if family is not None:
        font = QFont(family)
        size = app.font().pointSizeF()
        font.setPointSizeF(size if size > 0 else 10.0)
        app.setFont(font)
    return family


def _parse_args(argv):
    parser = argparse.ArgumentParser(prog="cpaudit-gui", description="cpaudit desktop application")
    parser.add_argument("project", nargs="?", help="a project file (*.cpaudit) to open")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="interface language")
    parser.add_argument("--debug", action="store_true", help="also log to the console, in detail")
    return parser.parse_known_args(argv)


def create_application(program="cpaudit", qt_args=()):
    app = QApplication.instance() or QApplication([program, *qt_args])
    QCoreApplication.setOrganizationName("cpaudit")
    QCoreApplication.setApplicationName("cpaudit")
    app.setApplicationDisplayName("cpaudit")
    app.setWindowIcon(icon("cpaudit"))
    collect_garbage_on_gui_thread(app)  # never on a worker thread (see worker.GarbageCollector)
    return app


def no_display(qt_args=()):
    """Whether Qt would find no display: on Linux, none named in DISPLAY or WAYLAND_DISPLAY and
    no platform chosen (QT_QPA_PLATFORM, ``-platform``). Qt would abort the process then."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = os.environ.get("QT_QPA_PLATFORM") or "-platform" in qt_args
    return not (chosen or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv=None):
    """Run the desktop application; ``argv`` is like ``sys.argv``: the program, then arguments.

    Logging goes to the rotating file of :mod:`cpaudit.logsetup` (set up once per process, so
    ``cpaudit open`` and ``cpaudit-gui`` write to the same file).
    """
    argv = list(sys.argv if argv is None else argv)
    args, qt_args = _parse_args(argv[1:])
    log_file = setup_logging(debug=args.debug)
    if QApplication.instance() is None and no_display(qt_args):
        log.info("no display to open the window on")
        print(
            "cpaudit: no display to open the window on; run it in a desktop session, or set "
            "QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return 1
    log.info("cpaudit starting")
    app = create_application(argv[0] if argv else "cpaudit", qt_args)
    install_app_font(app)
    install_exception_hook()
    i18n.set_language(args.lang or i18n.startup_language())
    log.debug("log file %s, language %s", log_file, i18n.current_language())

    window = MainWindow()
    window.show()
    if args.project:
        window.open_project(Path(args.project))
    else:
        window.offer_recovery()  # unsaved work a crash or power cut left behind
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(TASKS_WAIT_MS)
    log.info("cpaudit stopped")
    return code


if __name__ == "__main__":
    sys.exit(main())
