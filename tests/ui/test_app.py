"""Start-up: the bundled font, the error hook and main() opening a project given on the line."""

import logging
import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from cpaudit.ui import app as app_module
from cpaudit.ui import errors, i18n
from cpaudit.ui.main_window import MainWindow


def test_bundled_font_covers_vietnamese(qapp):
    family = app_module.install_app_font(qapp)

    assert family == "DejaVu Sans"
    assert qapp.font().family() == "DejaVu Sans"
    metrics = QFontMetrics(qapp.font())
    text = "Suất tiêu hao, Tiết kiệm, Kịch bản mục tiêu, Thời gian hoàn vốn, Đạt, Quyết định"
    assert [c for c in text if not metrics.inFontUcs4(ord(c))] == []


def test_exception_hook_logs_and_shows_one_plain_dialog(qapp, message_boxes, caplog, monkeypatch):
    nested = []

    def answer_and_fail_again(box):
        nested.append(box)
        if len(nested) == 1:  # a second error while the dialog is open: logged, no second dialog
            errors.exception_hook(*_exc_info(KeyError("again")))
        return message_boxes.exec(box)

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", answer_and_fail_again)
    with caplog.at_level(logging.CRITICAL):
        errors.exception_hook(*_exc_info(ZeroDivisionError("bug")))

    (shown,) = message_boxes.shown
    assert shown.title == "Unexpected error"
    assert "cpaudit.log" in shown.text
    assert "Traceback" not in shown.text
    assert len([r for r in caplog.records if r.levelno == logging.CRITICAL]) == 2
    assert caplog.records[-1].exc_info[0] in (ZeroDivisionError, KeyError)


def _exc_info(exc):
    try:
        raise exc
    except Exception:
        return sys.exc_info()


def test_main_opens_the_project_given(qtbot, demo_file, tmp_path, monkeypatch):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(app_module, "setup_logging", lambda debug=False: tmp_path / "cpaudit.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen = {}

    def run_event_loop(_app):
        (window,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        qtbot.waitUntil(lambda: window.assessment is not None, timeout=10_000)
        seen["name"] = window.name_label.text()
        seen["caption"] = window.scheme_caption.text()
        seen["visible"] = window.isVisible()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_event_loop)

    code = app_module.main(["cpaudit", str(demo_file), "--lang", "vi"])

    assert code == 0
    assert seen["name"].startswith("Packaged dry food plant")
    assert seen["caption"] == "&Kịch bản mục tiêu:"
    assert seen["visible"]
    assert i18n.current_language() == "vi"
