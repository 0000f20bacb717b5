"""Which column holds the periods: a mistyped month never turns a quantity into the periods."""

from __future__ import annotations

import pytest
from importing_files import write_xlsx

from cpaudit.store.importing import plan_import, suggest_spec
from cpaudit.store.sheets import read_workbook

HEADER = "Month,Production (t),Electricity (kWh)\n"


def _csv(tmp_path, text, name="monthly.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_workbook(path)


@pytest.mark.parametrize(
    "rows",
    [
        ["13/2024,1000,50000"],
        ["01/2024,1000,50000", "13/2024,1000,50000"],
        ["01/2024,1000,50000", "13/2024,1000,50000", "03/2024,1000,50000"],
    ],
    ids=["only the bad row", "one good row", "good rows around it"],
)
def test_a_mistyped_month_leaves_the_month_column_the_periods(project, tmp_path, rows):
    workbook = _csv(tmp_path, HEADER + "\n".join(rows) + "\n")

    spec = suggest_spec(project, workbook)
    plan = plan_import(project, workbook, spec)

    assert spec.period_column == 0
    assert {(c.column, c.target) for c in spec.columns} == {(1, "product"), (2, "resource")}
    bad_row = next(i for i, row in enumerate(rows) if row.startswith("13/")) + 1
    assert [(p.code, p.location.row, p.location.column) for p in plan.problems] == [
        ("not_a_period", bad_row, 0)
    ]
    assert "'13/2024'" in str(plan.problems[0])
    assert not plan.periods and not plan.production and not plan.consumption


@pytest.mark.parametrize(
    "header", ["Tháng", "Kỳ", "Kỳ báo cáo", "Period", "Tháng/Năm", "Month of report"]
)
def test_a_header_that_names_the_period_wins_over_plain_numbers(project, tmp_path, header):
    rows = [[header, "Sản lượng (t)", "Điện (kWh)"], ["13/2024", 1000, 2000]]
    workbook = read_workbook(write_xlsx(tmp_path / "month.xlsx", rows))

    assert suggest_spec(project, workbook).period_column == 0


def test_plain_numbers_are_not_the_periods_beside_a_column_of_periods(project, tmp_path):
    text = "Ghi chú,Mã,Sản lượng (t)\nx,2000,1\n01/2024,2001,2\n02/2024,2002,3\n03/2024,2003,4\n"
    workbook = _csv(tmp_path, text)

    assert suggest_spec(project, workbook).period_column == 0


def test_a_header_with_a_unit_is_never_the_periods(project, tmp_path):
    workbook = _csv(tmp_path, "Sản lượng (t),Điện (kWh)\n2020,1000\n2021,1100\n")

    spec = suggest_spec(project, workbook)

    assert spec.period_column is None
    assert {c.column for c in spec.columns} == {0, 1}


def test_a_year_column_of_plain_numbers_is_still_the_periods(project, tmp_path):
    workbook = _csv(tmp_path, "Năm,Sản lượng (t),Điện (kWh)\n2022,1000,50000\n2023,1100,52000\n")

    spec = suggest_spec(project, workbook)
    plan = plan_import(project, workbook, spec)

    assert spec.period_column == 0 and plan.ok
    assert [p.code for p in plan.periods] == ["2022", "2023"]
