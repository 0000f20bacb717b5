"""The main window on the demo project (IAC DL0238): figures, judgements, language, files.

Expected figures: tests/audit/test_demo_dl0238.py (baseline electricity 450.52 kWh/t, projected
saving 9.25 %, within 8-13 %).
"""

import dataclasses
import threading

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QMessageBox, QPushButton

from cpaudit.audit.analysis import Judgement
from cpaudit.audit.model import OptionStatus
from cpaudit.audit.results import NotDefined, Reason
from cpaudit.report import pdf
from cpaudit.store import projectfile
from cpaudit.ui import services
from cpaudit.ui.main_window import MainWindow
from cpaudit.ui.models import JUDGEMENT_COLOURS, RAW_ROLE, ResultsModel


def row_of(window, resource):
    model = window.results_model
    for row in range(model.rowCount()):
        if model.index(row, ResultsModel.RESOURCE).data(RAW_ROLE) == resource:
            return {column: model.index(row, column) for column in range(model.columnCount())}
    raise KeyError(resource)


def choose_scheme(qtbot, window, scheme_id):
    index = window.scheme_combo.findData(scheme_id)
    assert index >= 0
    with qtbot.waitSignal(window.assessment_changed, timeout=10_000):
        window.scheme_combo.setCurrentIndex(index)


def test_demo_electricity_row_in_english(demo_window):
    cells = row_of(demo_window, "EC")

    assert cells[ResultsModel.RESOURCE].data() == "Electricity"
    assert cells[ResultsModel.UNIT].data() == "kWh/t"
    assert cells[ResultsModel.BASELINE].data() == "450.52"
    assert cells[ResultsModel.CURRENT].data() == "408.87"
    assert cells[ResultsModel.SAVING].data() == "9.25 %"
    assert cells[ResultsModel.JUDGEMENT].data(RAW_ROLE) == Judgement.WITHIN
    assert cells[ResultsModel.JUDGEMENT].data() == "Within target"
    background = cells[ResultsModel.JUDGEMENT].data(Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == JUDGEMENT_COLOURS[Judgement.WITHIN]
    alignment = cells[ResultsModel.BASELINE].data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_demo_header_and_units(demo_window):
    assert demo_window.name_label.text().startswith("Packaged dry food plant")
    assert "projection from implemented options" in demo_window.periods_label.text()
    assert "1 Oct 2023" in demo_window.periods_label.text()
    assert row_of(demo_window, "ED")[ResultsModel.UNIT].data() == "kW-month/t"
    header = demo_window.results_model.headerData(ResultsModel.CURRENT, Qt.Orientation.Horizontal)
    assert header.startswith("Projected")


def test_demo_options_table(demo_window):
    model = demo_window.options_model
    assert model.rowCount() == 7
    first = [model.index(0, column).data() for column in range(model.columnCount())]
    assert first == [
        "DL023801",
        "Use / purchase optimum sized compressor",
        "Implemented",
        "1,860,000",
        "236,055",
        "7.88",
        "-409,544",
        "4.6 %",
    ]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Investment\n(USD)"


def test_demo_chart_shows_classes_with_band(demo_window):
    bars = {name: (value, judgement) for name, value, judgement in demo_window.chart.bars}
    assert bars["Energy"][1] == Judgement.WITHIN
    assert bars["Energy"][0] == pytest.approx(10.6676, abs=1e-3)
    assert demo_window.chart.message == ""


def test_scheme_qd889_2025_puts_energy_out_of_scope(qtbot, demo_window):
    choose_scheme(qtbot, demo_window, "qd889-2025")

    cells = row_of(demo_window, "EC")
    assert cells[ResultsModel.JUDGEMENT].data(RAW_ROLE) == Judgement.OUT_OF_SCOPE
    assert cells[ResultsModel.JUDGEMENT].data() == "Out of scope"
    assert cells[ResultsModel.SAVING].data() == "9.25 %"
    assert demo_window.project.settings.scheme_id == "qd889-2025"
    assert demo_window.is_modified
    assert demo_window.isWindowModified()


def test_scheme_qd1419_2015_judges_electricity_beyond(qtbot, demo_window):
    choose_scheme(qtbot, demo_window, "qd1419-2015")

    cells = row_of(demo_window, "EC")
    assert cells[ResultsModel.JUDGEMENT].data(RAW_ROLE) == Judgement.BEYOND
    background = cells[ResultsModel.JUDGEMENT].data(Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == JUDGEMENT_COLOURS[Judgement.BEYOND]
    assert "5–8 %" in demo_window.chart.figure.legends[0].get_texts()[0].get_text()


def test_chart_ticks_say_where_they_are(qtbot, demo_window):
    demo_window.set_language("vi")
    for scheme_id in ("qd1419-2015", "qd1419-2020"):
        choose_scheme(qtbot, demo_window, scheme_id)
        axes = demo_window.chart.figure.axes[0]
        demo_window.chart.draw()
        for value, label in zip(axes.get_xticks(), axes.get_xticklabels(), strict=True):
            if label.get_text():
                assert float(label.get_text().replace(",", ".")) == pytest.approx(value)


def test_vietnamese_numbers_and_headers(demo_window):
    before = demo_window.results_model.headerData(ResultsModel.BASELINE, Qt.Orientation.Horizontal)

    demo_window.set_language("vi")

    cells = row_of(demo_window, "EC")
    assert cells[ResultsModel.BASELINE].data() == "450,52"
    assert cells[ResultsModel.SAVING].data() == "9,25 %"
    assert cells[ResultsModel.JUDGEMENT].data() == "Đạt mục tiêu"
    after = demo_window.results_model.headerData(ResultsModel.BASELINE, Qt.Orientation.Horizontal)
    assert before == "Baseline"
    assert after == "Kỳ cơ sở"
    assert demo_window.scheme_caption.text() == "&Kịch bản mục tiêu:"
    assert demo_window.scheme_combo.currentText().startswith("Quyết định 1419/QĐ-TTg")
    assert demo_window.options_box.title() == "Giải pháp SXSH"
    assert demo_window.language_actions["vi"].isChecked()
    assert "01/10/2023" in demo_window.periods_label.text()


def test_language_switch_back_to_english(demo_window, settings):
    demo_window.set_language("vi")
    demo_window.set_language("en")

    assert demo_window.scheme_caption.text() == "&Target scheme:"
    assert row_of(demo_window, "EC")[ResultsModel.BASELINE].data() == "450.52"
    assert settings.value("ui/language") == "en"


def test_not_defined_and_increase(window, show, demo):
    consumption = tuple(
        dataclasses.replace(c, quantity=0.0) if c.resource == "W0" else c for c in demo.consumption
    )
    options = tuple(
        dataclasses.replace(o, status=OptionStatus.IMPLEMENTED) if o.code == "DL023807" else o
        for o in demo.options
    )
    show(dataclasses.replace(demo, consumption=consumption, options=options))

    water = row_of(window, "W0")
    assert water[ResultsModel.SAVING].data() == "n/a"
    assert isinstance(water[ResultsModel.SAVING].data(RAW_ROLE), NotDefined)
    assert water[ResultsModel.SAVING].data(RAW_ROLE).reason == Reason.ZERO_BASELINE
    assert "baseline specific consumption is zero" in water[ResultsModel.SAVING].data(
        Qt.ItemDataRole.ToolTipRole
    )
    gas = row_of(window, "E2")
    assert gas[ResultsModel.SAVING].data() == "175.54 % increase"

    window.set_language("vi")
    assert row_of(window, "W0")[ResultsModel.SAVING].data() == "không xác định"
    assert row_of(window, "E2")[ResultsModel.SAVING].data() == "tăng 175,54 %"


def test_new_project_shows_no_data(qtbot, window, monkeypatch):
    from cpaudit.ui.dialogs import NewProjectDialog

    def fill_and_accept(dialog):
        dialog.name_edit.setText("Công ty Bia Hồng Hà")
        return NewProjectDialog.DialogCode.Accepted

    monkeypatch.setattr(NewProjectDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(window.assessment_changed, timeout=10_000):
        window.new_project_dialog()

    assert window.project.establishment.name == "Công ty Bia Hồng Hà"
    assert window.project.products[0].name == "Product 1"
    assert window.is_modified
    assert window.path is None
    assert window.results_model.rowCount() == 0
    assert window.chart.message.startswith("No data")


def test_export_pdf_through_the_worker(qtbot, demo_window, tmp_path):
    target = tmp_path / "report.pdf"

    with qtbot.waitSignal(demo_window.export_finished, timeout=60_000) as blocker:
        demo_window.export_pdf(target)

    assert blocker.args == ["succeeded"]
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in demo_window.statusBar().currentMessage()
    assert demo_window.export_action.isEnabled()


def test_export_cancelled_at_once_leaves_no_file(qtbot, demo_window, tmp_path):
    target = tmp_path / "cancelled.pdf"

    with qtbot.waitSignal(demo_window.export_finished, timeout=60_000) as blocker:
        demo_window.export_pdf(target)
        cancel_button = demo_window._progress_dialog.findChild(QPushButton)
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)

    assert blocker.args == ["cancelled"]
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.cpaudit", "settings.ini"]


def test_export_can_be_cancelled(qtbot, demo_window, tmp_path, monkeypatch):
    calls = []

    def slow_report(project, path, *, lang, scheme_id, progress=None, cancelled=None):
        calls.append((lang, scheme_id))
        progress(0.1, "")
        while not cancelled():
            progress(0.5, "")
            threading.Event().wait(0.01)  # a slow report, on the worker thread
        raise RuntimeError("stopped because cancelled")

    monkeypatch.setattr(services, "write_report", slow_report)
    with qtbot.waitSignal(demo_window.export_finished, timeout=10_000) as blocker:
        task = demo_window.export_pdf(tmp_path / "never.pdf")
        assert not demo_window.export_action.isEnabled()
        with qtbot.waitSignal(task.progress, timeout=5_000):
            pass
        cancel_button = demo_window._progress_dialog.findChild(QPushButton)
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)

    assert blocker.args == ["cancelled"]
    assert calls == [("en", "qd1419-2020")]
    assert "cancelled" in demo_window.statusBar().currentMessage()


def test_report_error_is_a_plain_message(qtbot, demo_window, tmp_path, monkeypatch, message_boxes):

    def failing_report(*_args, **_kwargs):
        raise pdf.ReportError("The folder is read-only: choose another.")

    monkeypatch.setattr(services, "write_report", failing_report)
    with qtbot.waitSignal(demo_window.export_finished, timeout=10_000) as blocker:
        demo_window.export_pdf(tmp_path / "r.pdf")

    assert blocker.args == ["failed"]
    (shown,) = message_boxes.shown
    assert "The folder is read-only: choose another." in shown.informative
    assert "Traceback" not in "".join(message_boxes.texts())


def test_project_file_error_on_open(qtbot, window, tmp_path, monkeypatch, message_boxes):
    error_class = projectfile.ProjectFileError
    broken = tmp_path / "broken.cpaudit"
    broken.write_bytes(b"not a project")

    def failing_load(path):
        raise error_class(f"{path.name} is not a cpaudit project file.")

    monkeypatch.setattr(services, "load_project", failing_load)
    with qtbot.waitSignal(window.file_task_finished, timeout=10_000) as blocker:
        window.open_project(broken)

    assert blocker.args == ["failed"]
    (shown,) = message_boxes.shown
    assert shown.title == "The project could not be opened"
    assert shown.informative == "broken.cpaudit is not a cpaudit project file."
    assert window.project is None
    assert window.open_action.isEnabled()


def test_real_store_refuses_a_file_that_is_not_a_project(qtbot, window, tmp_path, message_boxes):
    broken = tmp_path / "broken.cpaudit"
    broken.write_bytes(b"this is not SQLite")

    with qtbot.waitSignal(window.file_task_finished, timeout=10_000) as blocker:
        window.open_project(broken)

    assert blocker.args == ["failed"]
    (shown,) = message_boxes.shown
    assert shown.title == "The project could not be opened"
    assert "Traceback" not in shown.informative
    assert window.isVisible()


def test_unexpected_error_on_open_names_the_log(
    qtbot, window, tmp_path, monkeypatch, message_boxes
):
    path = tmp_path / "x.cpaudit"
    path.write_bytes(b"")

    def broken_load(_path):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(services, "load_project", broken_load)
    with qtbot.waitSignal(window.file_task_finished, timeout=10_000):
        window.open_project(path)

    (shown,) = message_boxes.shown
    assert shown.title == "Unexpected error"
    assert "cpaudit.log" in shown.text
    assert "ZeroDivisionError" not in shown.text


def test_missing_file_is_dropped_from_recent(qtbot, window, tmp_path, message_boxes):
    gone = tmp_path / "gone.cpaudit"
    window._add_recent(gone)

    window.open_project(gone)

    assert "There is no file" in message_boxes.shown[0].informative
    assert window.recent_projects() == []


def test_recent_projects_drop_missing_files_with_a_note(window, tmp_path):
    present = []
    for number in range(10):
        path = tmp_path / f"p{number}.cpaudit"
        path.write_bytes(b"")
        present.append(path)
        window._add_recent(path)
    present[9].unlink()

    missing = window._rebuild_recent_menu()

    assert [p.endswith("p9.cpaudit") for p in missing] == [True]
    recent = window.recent_projects()
    assert len(recent) == 7  # 8 kept, the missing one then dropped
    assert recent[0].endswith("p8.cpaudit")
    assert "p9.cpaudit" in window.statusBar().currentMessage()
    titles = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert titles[0] == "&1 p8.cpaudit"


def test_unsaved_changes_cancel_keeps_the_window(qtbot, demo_window, message_boxes):
    choose_scheme(qtbot, demo_window, "qd889-2030")
    message_boxes.answer(QMessageBox.StandardButton.Cancel)

    demo_window.close()

    assert demo_window.isVisible()
    (shown,) = message_boxes.shown
    assert shown.title == "Unsaved changes"
    assert shown.buttons & QMessageBox.StandardButton.Discard


def test_unsaved_changes_discard_closes(qtbot, demo_window, demo_file, message_boxes):
    before = demo_file.read_bytes()
    choose_scheme(qtbot, demo_window, "qd889-2030")
    message_boxes.answer(QMessageBox.StandardButton.Discard)

    demo_window.close()

    assert not demo_window.isVisible()
    assert demo_file.read_bytes() == before


def test_unsaved_changes_save_writes_then_closes(qtbot, demo_window, demo_file, message_boxes):
    choose_scheme(qtbot, demo_window, "qd889-2030")
    message_boxes.answer(QMessageBox.StandardButton.Save)

    with qtbot.waitSignal(demo_window.file_task_finished, timeout=10_000) as blocker:
        demo_window.close()

    assert blocker.args == ["saved"]
    qtbot.waitUntil(lambda: not demo_window.isVisible(), timeout=5_000)
    assert projectfile.load_project(demo_file).settings.scheme_id == "qd889-2030"


def test_open_asks_about_unsaved_changes_first(window, show, demo, message_boxes, monkeypatch):
    show(demo, modified=True)
    message_boxes.answer(QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(services, "load_project", lambda _path: pytest.fail("must not load"))

    window.open_project(__file__)

    assert message_boxes.shown[0].title == "Unsaved changes"
    assert window.project is demo


def test_save_to_new_file_and_reopen(qtbot, window, show, demo, tmp_path):
    show(demo, modified=True)
    target = tmp_path / "copy.cpaudit"

    with qtbot.waitSignal(window.file_task_finished, timeout=10_000) as blocker:
        window.save_to(target)

    assert blocker.args == ["saved"]
    assert not window.is_modified
    assert window.path == target
    assert "copy.cpaudit" in window.windowTitle()
    reopened = projectfile.load_project(target)
    assert reopened.establishment == demo.establishment
    assert reopened.settings == demo.settings
    assert window.recent_projects()[0] == str(target.resolve())


def test_save_as_asks_for_a_file_name(qtbot, window, show, demo, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    show(demo, modified=True)
    chosen = tmp_path / "named"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), "cpaudit projects")
    )

    with qtbot.waitSignal(window.file_task_finished, timeout=10_000):
        window.save_action.trigger()

    assert window.path == tmp_path / "named.cpaudit"
    assert window.path.is_file()


@pytest.mark.parametrize(
    ("room", "expected"),
    [((1366, 728), (1200, 688)), ((1024, 728), (1008, 688)), ((1920, 1040), (1200, 800))],
    ids=["laptop", "small laptop", "large screen"],
)
def test_a_new_window_fits_the_screen(qtbot, settings, recovery_dir, monkeypatch, room, expected):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, *room))

    window = MainWindow(settings=settings, recovery_dir=recovery_dir)
    qtbot.addWidget(window)

    assert (window.width(), window.height()) == expected
