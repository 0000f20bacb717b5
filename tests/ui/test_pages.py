"""Pages of the guided assessment, one behaviour each, in the window."""

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from cpaudit.ui.dialogs import new_project


def column(table, field):
    return next(i for i, c in enumerate(table.model.columns) if c.field == field)


def test_a_report_unit_that_does_not_fit_is_refused(window, show):
    show(new_project("Công ty Bia Hồng Hà", "Bia", "Năm 2024", 2024), modified=True)
    page = window.show_page("data", tab=1)
    index = page.products.model.index(0, column(page.products, "report_unit"))

    assert not page.products.model.setData(index, "kWh")

    assert "do not measure the same thing" in page.products.model.cell_error(index.row(), 3)
    assert window.project.products[0].report_unit == ""
    assert page.products.model.setData(index, "kg")
    assert window.project.products[0].report_unit == "kg"


def test_removing_a_step_asks_and_says_what_goes_with_it(qtbot, demo_window, message_boxes):
    page = demo_window.show_page(2)
    flows_before = len(demo_window.project.step_flows)
    page.steps.view.setCurrentIndex(page.steps.model.index(0, 1))
    message_boxes.answer(QMessageBox.StandardButton.Cancel)

    assert not page.steps.remove_selected_rows()
    assert "inputs and outputs of steps" in message_boxes.shown[-1].informative
    assert len(demo_window.project.process_steps) == 3

    message_boxes.answer(QMessageBox.StandardButton.Yes)
    assert page.steps.remove_selected_rows()
    assert [s.code for s in demo_window.project.process_steps] == ["S2", "S3"]
    assert len(demo_window.project.step_flows) < flows_before
    demo_window.undo_action.trigger()
    assert len(demo_window.project.process_steps) == 3


def test_the_edit_menu_pastes_into_the_table_with_the_focus(qtbot, window, show):
    show(new_project("Công ty Bia Hồng Hà", "Bia", "Năm 2024", 2024), modified=True)
    page = window.show_page(17)
    view = page.actions.view
    view.setFocus()
    QGuiApplication.clipboard().setText("Đào tạo vận hành\tTổ trưởng\nGhi sổ nước\tKế toán\n")
    qtbot.waitUntil(view.hasFocus, timeout=2_000)

    window.paste_action.trigger()

    assert [a.action for a in window.project.sustain_actions] == [
        "Đào tạo vận hành",
        "Ghi sổ nước",
    ]
    assert window.undo_action.text() == "&Undo: Paste into “Sustaining actions”"
    window.undo_action.trigger()
    assert window.project.sustain_actions == ()


def test_the_usual_criteria_are_offered_once(window, show):
    show(new_project("Công ty Bia Hồng Hà", "Bia", "Năm 2024", 2024), modified=True)
    page = window.show_page(3)
    assert page.usual_button.isEnabled()

    page.usual_button.click()

    assert [c.name for c in window.project.focus_criteria][:2] == [
        "Quantity of waste",
        "Cost of waste",
    ]
    assert not page.usual_button.isEnabled()


def test_the_implementation_summary_adds_only_the_costs_entered(demo_window):
    page = demo_window.show_page(15)
    plans = demo_window.project.implementations
    assert all(i.actual_cost is None for i in plans)

    assert "spent 0" not in page.total_label.text()
    assert "No actual cost is entered yet." in page.total_label.text()

    index = page.plans.model.index(0, column(page.plans, "actual_cost"))
    assert page.plans.model.setData(index, "9,500")

    text = page.total_label.text()
    assert f"Spent 9,500 USD on 1 of {len(plans)} options" in text
    assert f"options; {len(plans) - 1} still without an actual cost." in text


def test_the_implementation_summary_in_vietnamese(demo_window):
    demo_window.set_language("vi")
    page = demo_window.show_page(15)

    assert "đã chi 0" not in page.total_label.text()
    assert "Chưa nhập chi phí thực tế nào." in page.total_label.text()


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_options_of_task_11_fit_a_laptop_screen(qtbot, demo_window, lang):
    demo_window.set_language(lang)
    demo_window.resize(1366, 768)
    page = demo_window.show_page(11)
    view = page.options.view
    qtbot.waitUntil(lambda: view.viewport().width() > 900, timeout=2_000)
    title = column(page.options, "title")
    one_line = view.verticalHeader().defaultSectionSize()

    rows = page.options.model.rowCount()
    assert rows == 7
    for row in range(rows):
        index = page.options.model.index(row, title)
        assert view.rowHeight(row) == one_line, index.data()  # the title is not wrapped
        assert view.visualRect(index).bottom() <= view.viewport().height(), row
