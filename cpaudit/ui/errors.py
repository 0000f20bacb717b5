"""Unexpected failures: the traceback goes to the log, the user gets one plain dialog naming it."""

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from cpaudit import logsetup

log = logging.getLogger(__name__)

_showing = {"dialog": False}


def log_file_path():
    """The file the root logger writes to (see :mod:`cpaudit.logsetup`)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return logsetup.log_file_path()


def unexpected_error_text():
    text = QCoreApplication.translate(
        "errors",
        "Something went wrong that cpaudit did not expect. Your project file has not been "
        "changed by this error.\n\nThe details were written to the log file:\n{path}\n\n"
        "Please send that file, with a few words on what you were doing, to whoever supports "
        "cpaudit for you.",
    )
    return text.format(path=log_file_path())


def report_unexpected_error(exc, parent=None, doing=""):
    """Log ``exc`` with its traceback and show one plain dialog; while one is open, only log."""
    log.error("unexpected error%s", f" while {doing}" if doing else "", exc_info=exc)
    show_unexpected_error_dialog(parent)


def show_unexpected_error_dialog(parent=None):
    if _showing["dialog"] or QApplication.instance() is None:
        return
    _showing["dialog"] = True
    try:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("errors", "Unexpected error"))
        box.setText(unexpected_error_text())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
    finally:
        _showing["dialog"] = False


def exception_hook(exc_type, exc, tb):
    """``sys.excepthook`` for the GUI: an error in a slot is logged and shown, not lost."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
    show_unexpected_error_dialog(QApplication.activeWindow())


def install_exception_hook():
    sys.excepthook = exception_hook
