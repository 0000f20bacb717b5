"""The user's own header row and layout are kept by the suggestion, the rest guessed around them."""

from __future__ import annotations

from importing_files import write_xlsx

from cpaudit.store.importing import plan_import, suggest_spec
from cpaudit.store.sheets import read_workbook

# A title, a line of remarks that reads like a header above numbers, then the real header.
SHEET = [
    ["Báo cáo tiêu thụ", "Đơn vị: xem tiêu đề"],
    ["Ghi chú", "số liệu đã kiểm tra", 2024],
    ["Tháng", "Điện (kWh)", "Nước (m3)"],
    ["01/2024", "1.234,5", 300],
    ["02/2024", "1.100,25", 280],
]


def test_a_chosen_header_row_is_kept_and_the_columns_follow_it(project, tmp_path):
    workbook = read_workbook(write_xlsx(tmp_path / "notes.xlsx", SHEET))
    assert suggest_spec(project, workbook).header_row < 2  # the guess stops above the header

    spec = suggest_spec(project, workbook, header_row=2)

    assert (spec.header_row, spec.layout, spec.period_column) == (2, "wide", 0)
    assert [(c.column, c.target, c.unit) for c in spec.columns] == [
        (1, "resource", "kWh"),
        (2, "resource", "m3"),
    ]
    plan = plan_import(project, workbook, spec)
    assert plan.ok, [str(p) for p in plan.problems]
    assert sorted(r.quantity for r in plan.consumption) == [280, 300, 1100.25, 1234.5]


def test_a_chosen_layout_is_kept(project, tmp_path):
    workbook = read_workbook(write_xlsx(tmp_path / "notes.xlsx", SHEET))

    interval = suggest_spec(project, workbook, header_row=2, layout="interval")
    long = suggest_spec(project, workbook, header_row=2, layout="long")

    assert (interval.layout, interval.period_column) == ("interval", 0)
    assert [c.column for c in interval.columns] == [1, 2]
    assert (long.layout, long.long) == ("long", None)  # no long headers: nothing guessed
    plan = plan_import(project, workbook, long)
    assert [p.code for p in plan.problems] == ["no_columns"]
