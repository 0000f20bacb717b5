"""T12, environmental feasibility: the grid factor in use and its status, and CO₂ that cannot be
computed shown as such, not as zero."""

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cpaudit.audit.reference import grid_factors

CO2 = 4  # the summary's "CO₂ avoided" column


def factor_of(year):
    return next(f for f in grid_factors() if f.year == year)


def combo_texts(combo):
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}


def summary_row(page, code):
    model = page.summary.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == code)
    return [model.index(row, c) for c in range(model.columnCount())]


def test_the_year_combo_opens_on_the_year_in_use(demo_window):
    assert demo_window.project.method.grid_factor_t_per_mwh == factor_of(2023).t_co2_per_mwh

    page = demo_window.show_page(12)

    assert page.year_combo.currentData() == 2023
    assert "announced by the Department of Climate Change" in page.use_button.toolTip()


def test_without_a_factor_in_use_the_combo_opens_on_the_latest_official_year(demo_window):
    project = demo_window.project
    method = dataclasses.replace(project.method, grid_factor_t_per_mwh=None, grid_factor_source="")
    demo_window.edit("No factor", dataclasses.replace(project, method=method))

    page = demo_window.show_page(12)

    latest = max(f.year for f in grid_factors() if f.official)
    assert page.year_combo.currentData() == latest
    assert factor_of(latest).official


def test_unofficial_years_are_marked_in_the_list_and_in_the_tooltip(demo_window):
    page = demo_window.show_page(12)
    texts = combo_texts(page.year_combo)

    assert texts[2023] == "2023"
    assert texts[2025] == "2025 (unofficial estimate)"
    assert texts[2024] == "2024 (unofficial estimate)"

    official_tip = page.use_button.toolTip()
    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    assert page.use_button.toolTip() != official_tip
    assert "unofficial estimate" in page.use_button.toolTip()
    assert "not announced by the Department of Climate Change" in page.use_button.toolTip()


def test_the_vietnamese_list_says_estimate(demo_window):
    demo_window.set_language("vi")
    page = demo_window.show_page(12)

    assert combo_texts(page.year_combo)[2025] == "2025 (ước tính, không chính thức)"
    assert combo_texts(page.year_combo)[2023] == "2023"


def test_an_unofficial_factor_is_used_only_after_the_user_is_told(demo_window, message_boxes):
    page = demo_window.show_page(12)
    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))

    message_boxes.answer(QMessageBox.StandardButton.Cancel)
    page.use_button.click()

    assert "unofficial estimate" in message_boxes.texts()[-1]
    assert demo_window.project.method.grid_factor_t_per_mwh == factor_of(2023).t_co2_per_mwh

    message_boxes.answer(QMessageBox.StandardButton.Yes)
    page.use_button.click()

    method = demo_window.project.method
    assert method.grid_factor_t_per_mwh == factor_of(2025).t_co2_per_mwh
    assert method.grid_factor_source.startswith("2025 (unofficial estimate): ")
    assert page.year_combo.currentData() == 2025
    assert "2025" in page.note.text() and "unofficial estimate" in page.note.text()


def test_an_official_factor_is_used_without_a_question(demo_window, message_boxes):
    page = demo_window.show_page(12)
    page.year_combo.setCurrentIndex(page.year_combo.findData(2022))

    page.use_button.click()

    assert message_boxes.shown == []
    assert demo_window.project.method.grid_factor_t_per_mwh == factor_of(2022).t_co2_per_mwh
    assert page.year_combo.currentData() == 2022
    assert "unofficial" not in page.note.text()


def test_co2_without_any_emission_factor_is_not_computed_rather_than_zero(demo_window):
    page = demo_window.show_page(12)

    steam = summary_row(page, "DL023804")  # repair steam traps: only purchased steam saved

    assert steam[CO2].data() == "not computed"
    tip = steam[CO2].data(Qt.ItemDataRole.ToolTipRole)
    assert "E11" in tip and "emission factor" in tip


def test_co2_of_some_savings_is_shown_with_what_it_leaves_out(demo_window):
    page = demo_window.show_page(12)

    compressor = summary_row(page, "DL023801")  # electricity counted, demand (kW) not

    assert compressor[CO2].data() == "996.5"
    assert "ED" in compressor[CO2].data(Qt.ItemDataRole.ToolTipRole)


def test_not_computed_in_vietnamese(demo_window):
    demo_window.set_language("vi")
    page = demo_window.show_page(12)

    assert summary_row(page, "DL023805")[CO2].data() == "chưa tính"
