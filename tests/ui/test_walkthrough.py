"""A whole CP assessment in the window: a new project, all 18 tasks, the report and the next cycle.

Typed in Vietnamese settings (``1.000`` is a thousand, ``8,5`` eight and a half), as a consultant
would, through the same model calls the cell editors make. The figures checked on the way are
worked by hand here:

- T2 norms: (300 − 280) / 280 = 7.1 % and (8.5 − 6) / 6 = 41.7 % above the norm;
- T3 weighted scores: S1 = 2×3 + 3×3 + 1 + 1 + 1 + 2 = 20, S2 = 4×3 + 4×3 + 3 + 2 + 3 + 4 = 36;
- T5 closure of OP1: (100 − 60 − 38) / 100 = 2.00 %;
- T6 waste cost: 2,000 m³ × (10,000 + 0 + 5,000) VND = 30,000,000 VND a year;
- T11 O1: 20,000 kWh × 2,000 VND = 40,000,000 VND a year, payback 10,000,000 / 40,000,000 =
  0.25 years; O2: 1,000 m³ × 10,000 VND = 10,000,000 a year, payback 5.00 years,
  NPV = −50,000,000 + 10,000,000 × (1 − 1.1⁻¹⁰) / 0.1 = 11,445,671 VND; with the investment
  +20 % and the saving −20 %: 60,000,000 / 8,000,000 = 7.50 years;
- T12: 20,000 kWh = 20 MWh × the grid factor chosen [t CO2/MWh];
- T16: electricity 500,000 kWh / 1,000 t = 500 kWh/t before, 450 after: a saving of 10.00 %,
  within the 8–13 % band of Decision 1419/QĐ-TTg to 2020.
"""

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from cpaudit.audit.model import (
    CauseCategory,
    FlowKind,
    Measurement,
    OptionStatus,
    PeriodKind,
    ResourceClass,
    ScreeningBin,
    Technique,
)
from cpaudit.audit.reference import grid_factors
from cpaudit.audit.tasks import TaskState, task_statuses
from cpaudit.store import projectfile
from cpaudit.ui.dialogs import NewProjectDialog
from cpaudit.ui.forms import set_line, set_paragraph
from cpaudit.ui.models import RAW_ROLE, ResultsModel

WAIT_MS = 15_000


def column(table, field):
    return next(i for i, c in enumerate(table.model.columns) if c.field == field)


def put(table, row, field, value):
    """What the cell editor does when the user types ``value`` and presses Enter."""
    model = table.model
    assert model.setData(model.index(row, column(table, field)), value), model.cell_error(
        row, column(table, field)
    )


def shown(table, row, field):
    return table.model.index(row, column(table, field)).data()


def add_row(table, **values):
    row = table.add_row()
    assert row is not None
    for field, value in values.items():
        put(table, row, field, value)
    return row


def state(window, task):
    return task_statuses(window.project)[task].state


def cell_texts(computed_table):
    model = computed_table.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.fixture
def vi_window(qtbot, window, monkeypatch):
    window.set_language("vi")

    def fill_and_accept(dialog):
        dialog.name_edit.setText("Công ty Bia Hồng Hà")
        dialog.product_edit.setText("Bia chai")
        return NewProjectDialog.DialogCode.Accepted

    monkeypatch.setattr(NewProjectDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(window.assessment_changed, timeout=WAIT_MS):
        window.new_project_dialog()
    return window


def test_a_new_project_walked_through_all_18_tasks(qtbot, vi_window, tmp_path, monkeypatch):
    window = vi_window
    assert window.current_page() is window.pages[1]  # a new assessment starts at task 1
    assert all(s.state == TaskState.EMPTY for s in task_statuses(window.project).values())

    enter_plant_data(window)
    task_1_team(window)
    task_2_steps(window)
    task_3_focus(window)
    task_4_flow_chart(window)
    task_5_balance(qtbot, window, tmp_path, monkeypatch)
    task_6_waste_cost(window)
    task_7_causes(window)
    task_8_options(window)
    task_9_screening(window)
    task_10_technical(window)
    task_11_economics(window)
    task_12_environment(window)
    task_13_selection(window)
    task_14_15_implementation(window)
    task_16_monitoring(qtbot, window)
    task_17_18_sustain(window)

    statuses = task_statuses(window.project)
    assert {n: s.state for n, s in statuses.items()} == {n: TaskState.DONE for n in range(1, 19)}
    navigator = window.navigator
    assert all(
        navigator.items[n].data(0, navigator_state_role()) == TaskState.DONE for n in range(1, 19)
    )

    saved = tmp_path / "hong_ha.cpaudit"
    with qtbot.waitSignal(window.file_task_finished, timeout=WAIT_MS) as blocker:
        window.save_to(saved)
    assert blocker.args == ["saved"]
    assert projectfile.load_project(saved) == window.project  # the store takes every edit

    report = tmp_path / "hong_ha.pdf"
    with qtbot.waitSignal(window.export_finished, timeout=60_000) as blocker:
        window.export_pdf(report)
    assert blocker.args == ["succeeded"]
    text = "".join(page.extract_text() for page in PdfReader(report).pages)
    assert "Công ty Bia Hồng Hà" in text
    assert "Lắp vòi tự ngắt" in text

    next_cycle(qtbot, window, tmp_path, monkeypatch)


def navigator_state_role():
    from cpaudit.ui.navigator import STATE_ROLE

    return STATE_ROLE


def enter_plant_data(window):
    page = window.show_page("data", tab=1)
    add_row(page.resources, code="DIEN", name="Điện", unit="kWh", price_per_unit="2.000")
    put(page.resources, 0, "carrier", "electricity")
    add_row(page.resources, code="NUOC", name="Nước", unit="m3", price_per_unit="10.000")
    put(page.resources, 1, "resource_class", ResourceClass.WATER)
    assert shown(page.resources, 0, "resource_class") == "Năng lượng"
    assert shown(page.resources, 0, "price_per_unit") == "2.000"

    page.tabs.setCurrentIndex(2)
    add_row(page.periods, code="SAU", label="Năm sau khi thực hiện")
    assert page.periods.model.rows[1].kind == PeriodKind.MEASURED
    baseline = window.project.settings.baseline_period
    add_row(page.production, period=baseline, quantity="1.000")
    add_row(page.production, period="SAU", quantity="1.000")
    assert shown(page.production, 1, "unit") == "t"

    page.tabs.setCurrentIndex(3)
    for period, resource, quantity in (
        (baseline, "DIEN", "500.000"),
        (baseline, "NUOC", "10.000"),
        ("SAU", "DIEN", "450.000"),
        ("SAU", "NUOC", "9.500"),
    ):
        add_row(page.consumption, period=period, resource=resource, quantity=quantity)
    assert [c.quantity for c in window.project.consumption] == [500_000, 10_000, 450_000, 9_500]
    assert shown(page.consumption, 0, "quantity") == "500.000"


def task_1_team(window):
    page = window.show_page(1)
    assert page.title_label.text() == "Nhiệm vụ 1: Thành lập nhóm SXSH"
    add_row(page.team, name="Nguyễn Văn An", position="Phó giám đốc", role="Trưởng nhóm")
    assert state(window, 1) == TaskState.STARTED
    add_row(page.team, name="Trần Thị Bình", position="Quản đốc", role="Số liệu sản xuất")
    assert set_line(page.commitment_by_field, "Giám đốc Lê Văn Cường")
    assert set_line(page.commitment_date_field, "15/01/2025")
    assert window.project.method.commitment_date.isoformat() == "2025-01-15"
    assert state(window, 1) == TaskState.DONE
    assert page.state_label.text() == "Hoàn thành"


def task_2_steps(window):
    page = window.show_page(2)
    add_row(page.steps, name="Nấu bia")
    add_row(page.steps, name="Rửa chai")
    assert [s.code for s in window.project.process_steps] == ["S1", "S2"]
    add_row(page.flows, step="S1", name="Điện", quantity_per_unit="300", unit="kWh/t")
    put(page.flows, 0, "norm_per_unit", "280")
    add_row(page.flows, step="S2", name="Nước", quantity_per_unit="8,5", unit="m3/t")
    put(page.flows, 1, "norm_per_unit", "6")
    assert window.project.step_flows[1].quantity_per_unit == 8.5
    assert shown(page.flows, 0, "over_norm") == "7,1"
    assert shown(page.flows, 1, "over_norm") == "41,7"
    assert shown(page.flows, 1, "unit") == "m³/t"
    assert state(window, 2) == TaskState.DONE


def task_3_focus(window):
    page = window.show_page(3)
    page.usual_button.click()
    assert len(window.project.focus_criteria) == 6
    put(page.criteria, 0, "weight", "3")
    put(page.criteria, 1, "weight", "3")
    page.matrix_view.setCurrentIndex(page.matrix.index(0, 0))
    failed = page.matrix_view.paste_text("2\t3\t1\t1\t1\t2\n4\t4\t3\t2\t3\t4\n")
    assert failed == 0
    ranking = cell_texts(page.ranking)
    assert [row[1] for row in ranking] == ["S2", "S1"]
    assert [row[3] for row in ranking] == ["36", "20"]
    assert state(window, 3) == TaskState.STARTED
    page.top_button.click()
    assert window.project.method.focus_step == "S2"
    assert set_paragraph(page.reason_field, "Rửa chai dùng nhiều nước nhất so với định mức.")
    assert state(window, 3) == TaskState.DONE


def task_4_flow_chart(window):
    page = window.show_page(4)
    add_row(page.operations, name="Ngâm chai")
    add_row(page.operations, name="Rửa phun")
    assert [op.step for op in window.project.operations] == ["S2", "S2"]
    assert page.chart.boxes == ["OP1", "OP2"]
    row = add_row(page.flows, name="Chai đã ngâm")
    flow = window.project.balance_flows[row]
    assert (flow.operation, flow.kind, flow.to_operation) == ("OP1", FlowKind.PRODUCT, "OP2")
    assert page.chart.arrows == [("OP1", "OP2", "Chai đã ngâm")]
    assert state(window, 4) == TaskState.DONE


def task_5_balance(qtbot, window, tmp_path, monkeypatch):
    page = window.show_page(5)
    flows = page.flows
    put(flows, 0, "quantity", "60")
    put(flows, 0, "unit", "m3")
    add_row(flows, operation="OP1", kind=FlowKind.INPUT, name="Nước cấp", quantity="100")
    put(flows, 1, "measurement", Measurement.METERED)
    add_row(flows, operation="OP1", kind=FlowKind.WASTE, name="Nước thải ngâm", quantity="38")
    add_row(flows, operation="OP2", kind=FlowKind.INPUT, name="Nước từ bể ngâm", quantity="60")
    assert state(window, 5) == TaskState.DONE
    add_row(flows, operation="OP2", kind=FlowKind.WASTE, name="Nước thải rửa", quantity="60")

    summary = cell_texts(page.summary)
    assert summary[0][0] == "OP1"
    assert summary[0][1] == "m³"
    assert summary[0][5] == "2,00 %"
    assert summary[1][5] == "0,00 %"
    assert page.sankey.message == ""
    closure = [f for f in page.sankey.flows if f.kind == "closure"]
    assert [round(f.value, 6) for f in closure] == [-2.0]

    target = tmp_path / "op1.csv"
    with qtbot.waitSignal(window.work_finished, timeout=WAIT_MS) as blocker:
        page.export_sankey(target)
    assert blocker.args == ["succeeded"]
    lines = target.read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("operation,operation_name,flow,kind")
    assert "OP1,Ngâm chai,Nước cấp,input,metered,in,100.0,m3" in lines
    assert lines[-1].endswith("closure,,out,2.0,m3")


def task_6_waste_cost(window):
    page = window.show_page(6)
    add_row(page.streams, name="Nước thải rửa chai", quantity="2.000", unit="m3")
    put(page.streams, 0, "operation", "OP2")
    put(page.streams, 0, "purchase_price_per_unit", "10.000")
    put(page.streams, 0, "treatment_cost_per_unit", "5.000")
    assert shown(page.streams, 0, "cost") == "30.000.000"
    assert "30.000.000 VND" in page.total_label.text()
    assert state(window, 6) == TaskState.DONE


def task_7_causes(window):
    page = window.show_page(7)
    add_row(page.causes, description="Vòi phun để chảy khi không có chai")
    put(page.causes, 0, "category", CauseCategory.EQUIPMENT)
    assert window.project.causes[0].waste_stream == "W1"
    assert shown(page.causes, 0, "category") == "Thiết bị"
    assert state(window, 7) == TaskState.DONE


def task_8_options(window):
    page = window.show_page(8)
    add_row(page.options, title="Lắp vòi tự ngắt", addresses="W1")
    add_row(page.options, title="Thu hồi nước rửa cuối", addresses="CA1")
    put(page.options, 1, "technique", Technique.ONSITE_RECOVERY)
    add_row(page.options, title="Thay máy rửa chai mới")
    put(page.options, 2, "technique", Technique.TECHNOLOGY_CHANGE)
    assert [o.addresses for o in window.project.options] == [("W1",), ("CA1",), ()]
    assert shown(page.options, 1, "technique") == "Thu hồi và tái sử dụng tại chỗ"
    assert state(window, 8) == TaskState.DONE


def task_9_screening(window):
    page = window.show_page(9)
    put(page.options, 0, "screening", ScreeningBin.IMPLEMENT_NOW)
    put(page.options, 1, "screening", "Thực hiện ngay")  # the words, as pasted
    put(page.options, 2, "screening", ScreeningBin.REJECTED)
    assert state(window, 9) == TaskState.STARTED
    assert task_statuses(window.project)[9].missing == ("rejection_reasons",)
    put(page.options, 2, "rejection_reason", "Vốn đầu tư quá lớn so với lợi ích")
    assert state(window, 9) == TaskState.DONE
    assert "Loại bỏ: 1" in page.counts_label.text()


def task_10_technical(window):
    page = window.show_page(10)
    page.standard_button.click()
    checks = window.project.technical_checks
    assert [c.option for c in checks] == ["O1"] * 6 + ["O2"] * 6
    assert state(window, 10) == TaskState.STARTED
    view = page.checks.view
    view.setCurrentIndex(page.checks.model.index(0, column(page.checks, "satisfied")))
    assert view.paste_text("\n".join(["Có"] * 12)) == 0
    assert all(c.satisfied is True for c in window.project.technical_checks)
    assert [row[5] for row in cell_texts(page.summary)] == ["Khả thi về kỹ thuật"] * 2
    assert state(window, 10) == TaskState.DONE


def task_11_economics(window):
    page = window.show_page(11)
    page.select_option("O1")
    put(page.options, 0, "investment", "10.000.000")
    add_row(page.savings, quantity="20.000")
    assert window.project.options[0].savings[0].resource == "DIEN"
    assert shown(page.options, 0, "net") == "40.000.000"
    assert shown(page.options, 0, "payback") == "0,25"

    page.select_option("O2")
    put(page.options, 1, "investment", "50.000.000")
    add_row(page.savings, resource="NUOC", quantity="1.000")
    assert shown(page.options, 1, "net") == "10.000.000"
    assert shown(page.options, 1, "payback") == "5,00"
    assert shown(page.options, 1, "npv") == "11.445.671"
    sensitivity = cell_texts(page.sensitivity)
    assert len(sensitivity) == 9
    plus_minus = next(r for r in sensitivity if r[0] == "+20 %" and r[1] == "−20 %")
    assert plus_minus[2] == "7,50"
    assert state(window, 11) == TaskState.DONE


def task_12_environment(window):
    page = window.show_page(12)
    page.year_combo.setCurrentIndex(page.year_combo.findData(2023))
    page.use_button.click()
    factor = next(f for f in grid_factors() if f.year == 2023).t_co2_per_mwh
    assert window.project.method.grid_factor_t_per_mwh == factor
    summary = cell_texts(page.summary)
    expected = f"{20 * factor:.1f}".replace(".", ",")
    assert summary[0][0] == "O1"
    assert summary[0][4] == expected
    assert summary[1][3] == "1.000 m³"
    add_row(page.effects, description="Giảm nước thải ra hệ thống xử lý")
    put(page.effects, 0, "option", "O2")
    put(page.effects, 0, "quantity", "1.000")
    put(page.effects, 0, "unit", "m3")
    assert state(window, 12) == TaskState.DONE


def task_13_selection(window):
    page = window.show_page(13)
    page.select("O2")
    page.select("O1")
    assert window.project.method.selected_options == ("O2", "O1")
    page.rank_button.click()
    assert window.project.method.selected_options == ("O1", "O2")
    assert [row[1] for row in cell_texts(page.selected)] == ["O1", "O2"]
    assert cell_texts(page.others) == []  # O3 was rejected
    assert state(window, 13) == TaskState.DONE


def task_14_15_implementation(window):
    page = window.show_page(14)
    page.plan_all_button.click()
    assert [i.budget for i in window.project.implementations] == [10_000_000, 50_000_000]
    assert state(window, 14) == TaskState.STARTED
    for row in (0, 1):
        put(page.plans, row, "owner", "Trần Thị Bình")
        put(page.plans, row, "start", "01/02/2025")
    assert shown(page.plans, 0, "start") == "01/02/2025"
    assert state(window, 14) == TaskState.DONE

    page = window.show_page(15)
    put(page.plans, 0, "status", OptionStatus.IMPLEMENTED)
    put(page.plans, 1, "status", "Đã thực hiện")
    put(page.plans, 0, "actual_cost", "9.500.000")
    assert "Đã thực hiện: 2 / 2" in page.total_label.text()
    assert state(window, 15) == TaskState.DONE


def task_16_monitoring(qtbot, window):
    page = window.show_page(16)
    assert state(window, 16) == TaskState.STARTED
    with qtbot.waitSignal(window.assessment_changed, timeout=WAIT_MS):
        page.period_field.choose("SAU")
    model = page.results_model
    rows = {
        model.index(r, ResultsModel.RESOURCE).data(RAW_ROLE): r for r in range(model.rowCount())
    }
    electricity = rows["DIEN"]
    assert model.index(electricity, ResultsModel.BASELINE).data() == "500,00"
    assert model.index(electricity, ResultsModel.CURRENT).data() == "450,00"
    assert model.index(electricity, ResultsModel.SAVING).data() == "10,00 %"
    assert model.index(electricity, ResultsModel.JUDGEMENT).data() == "Đạt mục tiêu"
    assert "Quyết định 1419/QĐ-TTg" in page.judgement_label.text()
    add_row(page.verified, quantity="18.000", method="Đồng hồ điện riêng của máy rửa")
    saving = window.project.verified_savings[0]
    assert (saving.option, saving.resource, saving.quantity) == ("O1", "DIEN", 18_000)
    assert shown(page.verified, 0, "estimated") == "20.000"
    assert state(window, 16) == TaskState.DONE


def task_17_18_sustain(window):
    page = window.show_page(17)
    add_row(page.actions, action="Ghi chỉ số nước hằng ngày", owner="Tổ rửa chai", due="30/06/2025")
    assert state(window, 17) == TaskState.DONE
    page = window.show_page(18)
    assert set_paragraph(page.next_field, "Công đoạn nấu: tiêu thụ điện lớn nhất.")
    assert state(window, 18) == TaskState.DONE
    assert page.cycle_state.isHidden()


def next_cycle(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "hong_ha_2.cpaudit"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "cpaudit projects")
    )
    window.show_page(18)
    with qtbot.waitSignal(window.next_cycle_finished, timeout=WAIT_MS) as blocker:
        window.pages[18].cycle_button.click()
    assert blocker.args == [str(target)]
    following = projectfile.load_project(target)
    assert following.settings.baseline_period == "SAU"
    assert following.settings.current_period == ""
    assert following.options == ()
    assert following.team == window.project.team
    assert following.method.focus_reason == "Công đoạn nấu: tiêu thụ điện lớn nhất."
