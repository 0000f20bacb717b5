"""Mapping a sheet, previewing it, planning the import with all its problems, and applying it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

import numpy as np
import pytest
from importing_files import claim_dimension, to_cp1258, write_ods, write_xlsx
from numpy.testing import assert_allclose

from cpaudit.audit.model import Period, Resource, ResourceClass
from cpaudit.store.importing import (
    ColumnMap,
    ImportSpec,
    LongColumns,
    apply_plan,
    column_headers,
    plan_import,
    preview,
    suggest_spec,
)
from cpaudit.store.sheets import ImportCancelled, read_workbook

# A monthly report as a Vietnamese plant keeps it: a title, a group header merged over two
# columns, units in the headers, Vietnamese numbers as text and as numbers, a blank row, a total.
REPORT = [
    ["BÁO CÁO SẢN XUẤT NĂM 2024", None, None, None, None],
    ["Tháng", "Sản lượng bia (hl)", "Năng lượng", None, "Nước (m3)"],
    [None, None, "Điện (kWh)", "Than (tấn)", None],
    ["01/2024", 1000, "120.500", "12,5", 300],
    ["02/2024", 900, 110000, 11, 280],
    ["Tháng 3/2024", "1.100,5", "1.234,5", 13, 310],
    [None, None, None, None, None],
    ["Tổng cộng", 3000.5, 231734.5, 36.5, 890],
]
REPORT_MERGES = ("A1:E1", "C2:D2", "A2:A3", "B2:B3", "E2:E3")


def report_spec(**changes) -> ImportSpec:
    spec = ImportSpec(
        "2024",
        header_row=2,
        header_rows=2,
        layout="wide",
        period_column=0,
        columns=(
            ColumnMap(1, "product", "BIA", name="Bia hơi"),
            ColumnMap(2, "resource", "DIEN", resource_class=ResourceClass.ENERGY),
            ColumnMap(3, "resource", "THAN", resource_class=ResourceClass.FUEL),
            ColumnMap(4, "resource", "NUOC", resource_class=ResourceClass.WATER),
        ),
    )
    return dataclasses.replace(spec, **changes)


@pytest.fixture
def report(tmp_path):
    return read_workbook(write_xlsx(tmp_path / "report.xlsx", REPORT, REPORT_MERGES))


def quantities(plan):
    production = {(r.period, r.product): r.quantity for r in plan.production}
    consumption = {(r.period, r.resource): r.quantity for r in plan.consumption}
    return production, consumption


def test_wide_report(project, report):
    plan = plan_import(project, report, report_spec())
    assert plan.ok, [str(p) for p in plan.problems]
    production, consumption = quantities(plan)
    assert production == {
        ("2024-01", "BIA"): 1000,
        ("2024-02", "BIA"): 900,
        ("2024-03", "BIA"): 1100.5,
    }
    assert consumption[("2024-01", "DIEN")] == 120500  # settled by 1.234,5 in the same column
    assert consumption[("2024-03", "DIEN")] == 1234.5
    assert consumption[("2024-01", "THAN")] == 12.5
    assert [(p.code, p.start, p.end) for p in plan.periods][1] == (
        "2024-02",
        dt.date(2024, 2, 1),
        dt.date(2024, 2, 29),
    )
    assert [(r.code, r.name, r.unit, r.resource_class) for r in plan.resources][1] == (
        "THAN",
        "Năng lượng / Than",
        "t",
        ResourceClass.FUEL,
    )
    assert [(p.code, p.name, p.unit) for p in plan.products] == [("BIA", "Bia hơi", "hL")]
    notes = [str(n) for n in plan.notes]
    assert 'report.xlsx, sheet "2024", row 7: no values: skipped' in notes
    assert 'report.xlsx, sheet "2024", row 8: a total or average: skipped' in notes


def test_headers_join_merged_group_headers(report):
    headers = column_headers(report.sheet("2024"), 2, 2)
    assert headers[2] == "Năng lượng / Điện (kWh)"
    assert headers[4] == "Nước (m3)"


def test_unknown_unit_stops_the_import_and_names_the_column(project, tmp_path):
    rows = [["Tháng", "Hơi (Nm3)", "Điện (kWh)"], ["01/2024", 5, 6]]
    workbook = read_workbook(write_xlsx(tmp_path / "steam.xlsx", rows))
    spec = ImportSpec(
        "2024", 0, period_column=0,
        columns=(ColumnMap(1, "resource", "HOI"), ColumnMap(2, "resource", "DIEN")),
    )  # fmt: skip
    plan = plan_import(project, workbook, spec)
    assert not plan.ok and not plan.consumption
    assert [str(p) for p in plan.problems] == [
        "steam.xlsx, sheet \"2024\", column B (Hơi (Nm3)): cpaudit does not know the unit 'Nm3'"
    ]
    fixed = plan_import(
        project, workbook, dataclasses.replace(
            spec, columns=(ColumnMap(1, "resource", "HOI", unit="m3"), spec.columns[1])
        ),
    )  # fmt: skip
    assert fixed.ok


def test_every_problem_is_listed_at_once_with_its_place(project, tmp_path):
    rows = [
        ["Tháng", "Sản lượng (t)", "Điện (kWh)", "Than (ton)"],
        ["01/2024", "1.5", 1000, 1],  # English number in a Vietnamese file
        ["13/2024", 10, "=B3*2", 2],  # no month 13; a formula with no value
        ["03/2024", 10, "1.234", 3],  # ambiguous, nothing settles it
        ["03/2024", 11, 5, 4],  # March twice
        [None, 12, 6, 5],  # values without a period
    ]
    workbook = read_workbook(write_xlsx(tmp_path / "bad.xlsx", rows))
    spec = ImportSpec(
        "2024", 0, period_column=0,
        columns=(
            ColumnMap(1, "product", "P"), ColumnMap(2, "resource", "E"),
            ColumnMap(3, "resource", "C"),
        ),
    )  # fmt: skip
    plan = plan_import(project, workbook, spec)
    found = {(p.code, p.location.row, p.location.column) for p in plan.problems}
    assert found == {
        ("ambiguous_unit", None, 3),
        ("other_style", 1, 1),
        ("not_a_period", 2, 0),
        ("formula_without_value", 2, 2),
        ("ambiguous_number", 3, 2),
        ("duplicate", 4, 1),
        ("no_period", 5, 0),
    }
    assert not plan.production and not plan.consumption and not plan.periods
    with pytest.raises(ValueError):
        apply_plan(project, plan, replace=True)
    where = {p.code: str(p.location) for p in plan.problems}
    assert where["other_style"] == 'bad.xlsx, sheet "2024", row 2, column B (Sản lượng (t))'


def test_ambiguous_numbers_import_once_the_user_confirms_the_style(project, tmp_path):
    rows = [["Tháng", "Điện (kWh)"], ["01/2024", "1.234"], ["02/2024", "2.500"]]
    workbook = read_workbook(write_xlsx(tmp_path / "kwh.xlsx", rows))
    spec = ImportSpec("2024", 0, period_column=0, columns=(ColumnMap(1, "resource", "E"),))
    plan = plan_import(project, workbook, spec)
    assert [p.code for p in plan.problems] == ["ambiguous_number", "ambiguous_number"]
    assert "1234 in Vietnamese style but 1.234 in English style" in plan.problems[0].message
    confirmed = plan_import(project, workbook, dataclasses.replace(spec, confirmed_columns={1}))
    assert [r.quantity for r in confirmed.consumption] == [1234.0, 2500.0]
    english = plan_import(
        project, workbook, dataclasses.replace(spec, number_style="en", confirmed_columns={1})
    )
    assert [r.quantity for r in english.consumption] == [1.234, 2.5]


def test_units_convert_to_an_existing_resource(project, tmp_path):
    project = dataclasses.replace(
        project, resources=(Resource("COAL", "Than cám", ResourceClass.FUEL, "t"),)
    )
    rows = [["Tháng", "Than (kg)"], ["01/2024", "12.500"], ["02/2024", "9.800,5"]]
    workbook = read_workbook(write_xlsx(tmp_path / "coal.xlsx", rows))
    spec = ImportSpec("2024", 0, period_column=0, columns=(ColumnMap(1, "resource", "COAL"),))
    plan = plan_import(project, workbook, spec)
    assert plan.ok and not plan.resources
    assert_allclose([r.quantity for r in plan.consumption], [12.5, 9.8005])
    assert any(n.code == "converted" for n in plan.notes)
    water = dataclasses.replace(spec, columns=(ColumnMap(1, "resource", "COAL", unit="m3"),))
    assert [p.code for p in plan_import(project, workbook, water).problems] == ["unit_mismatch"]


def test_cost_columns_in_million_dong(project, tmp_path):
    # Hanoi-Hong Ha brewery (../shared/cases/vn-cp-brewery-hong-ha): 144,000 kWh a year worth
    # VND 127 million, an implied 882 VND/kWh (derived).
    rows = [["Năm", "Điện (kWh)", "Tiền điện (triệu đồng)"], [2008, "144.000", 127]]
    workbook = read_workbook(write_xlsx(tmp_path / "hongha.xlsx", rows))
    spec = ImportSpec(
        "2024", 0, period_column=0,
        columns=(ColumnMap(1, "resource", "EC"), ColumnMap(2, "cost", "EC")),
        confirmed_columns={1},
    )  # fmt: skip
    plan = plan_import(project, workbook, spec)
    assert plan.ok, [str(p) for p in plan.problems]
    (record,) = plan.consumption
    assert (record.period, record.quantity, record.cost) == ("2008", 144000.0, 127e6)
    assert round(record.cost / record.quantity) == 882
    as_quantity = dataclasses.replace(spec, columns=(ColumnMap(2, "resource", "EC"),))
    problem = plan_import(project, workbook, as_quantity).problems[0]
    assert problem.code == "money_unit" and "map it as a cost" in problem.message
    dollars = dataclasses.replace(project.establishment, currency="USD")
    usd = dataclasses.replace(project, establishment=dollars)
    assert plan_import(usd, workbook, spec).problems[0].code == "currency"


def test_importing_the_same_file_twice_does_not_double_count(project, report):
    plan = plan_import(project, report, report_spec())
    once = apply_plan(project, plan, replace=False)
    again = plan_import(once, report, report_spec())
    assert again.ok and not again.periods and not again.resources and not again.conflicts
    for replace in (True, False):
        twice = apply_plan(once, again, replace=replace)
        assert sorted(map(repr, twice.consumption)) == sorted(map(repr, once.consumption))
        assert sorted(map(repr, twice.production)) == sorted(map(repr, once.production))
        assert twice.sources == once.sources == ('Imported from report.xlsx, sheet "2024"',)
    assert apply_plan(once, plan, replace=True) == once


def test_new_values_replace_old_ones_only_when_asked(project, report, tmp_path):
    once = apply_plan(project, plan_import(project, report, report_spec()), replace=False)
    changed = [list(r) for r in REPORT]
    changed[3][2] = "121.000"
    workbook = read_workbook(write_xlsx(tmp_path / "report.xlsx", changed, REPORT_MERGES))
    plan = plan_import(once, workbook, report_spec())
    assert [(c.key, c.old, c.new) for c in plan.conflicts] == [
        (("2024-01", "DIEN", ""), 120500.0, 121000.0)
    ]
    kept = apply_plan(once, plan, replace=False)
    replaced = apply_plan(once, plan, replace=True)
    january = [r for r in kept.consumption if (r.period, r.resource) == ("2024-01", "DIEN")]
    assert [r.quantity for r in january] == [120500.0]
    january = [r for r in replaced.consumption if (r.period, r.resource) == ("2024-01", "DIEN")]
    assert [r.quantity for r in january] == [121000.0]
    assert len(replaced.consumption) == len(once.consumption)


def test_existing_periods_are_matched_by_dates_and_codes(project, report):
    year_months = (
        Period("T1", "Tháng 1/2024", dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
        Period("2024-02", "Feb", dt.date(2024, 2, 1), dt.date(2024, 2, 28)),  # wrong end
    )
    plan = plan_import(dataclasses.replace(project, periods=year_months), report, report_spec())
    assert [p.code for p in plan.problems] == ["period_dates"]
    assert plan.problems[0].location.row == 4
    fine = dataclasses.replace(project, periods=year_months[:1])
    plan = plan_import(fine, report, report_spec())
    assert {r.period for r in plan.production} == {"T1", "2024-02", "2024-03"}


def test_preview_shows_the_cells_as_read(project, report):
    shown = preview(project, report, report_spec(), n_rows=3)
    assert [c.role for c in shown.columns] == [
        "period",
        "product BIA",
        "resource DIEN",
        "resource THAN",
        "resource NUOC",
    ]
    assert [c.unit for c in shown.columns[1:]] == ["hL", "kWh", "t", "m3"]
    first = shown.rows[0].cells
    assert first[0].shown == "2024-01 (01/01/2024-31/01/2024)"
    assert (first[2].text, first[2].value, first[2].shown) == ("120.500", 120500.0, "120.500")
    assert shown.rows[2].cells[1].shown == "1.100,5"  # in the file's own style
    assert shown.number_style == "Vietnamese (1.234,56)" and shown.date_order == "dd/mm/yyyy"
    assert shown.number_checks[2].settled


def test_preview_flags_problem_cells(project, tmp_path):
    rows = [["Tháng", "Điện (kWh)"], ["01/2024", "1.5"], ["02/2024", "abc"]]
    workbook = read_workbook(write_xlsx(tmp_path / "p.xlsx", rows))
    spec = ImportSpec("2024", 0, period_column=0, columns=(ColumnMap(1, "resource", "E"),))
    shown = preview(project, workbook, spec)
    assert [r.cells[1].code for r in shown.rows] == ["other_style", "not_a_number"]


def test_suggested_mapping_for_a_vietnamese_report(project, report):
    spec = suggest_spec(project, report)
    assert (spec.header_row, spec.header_rows, spec.layout, spec.period_column) == (2, 2, "wide", 0)
    assert spec.number_style == "vi" and spec.date_order == "dmy"
    assert [(c.column, c.target, c.unit, c.resource_class) for c in spec.columns] == [
        (1, "product", "hL", ResourceClass.OTHER),
        (2, "resource", "kWh", ResourceClass.ENERGY),
        (3, "resource", "t", ResourceClass.FUEL),
        (4, "resource", "m3", ResourceClass.WATER),
    ]
    assert [c.code for c in spec.columns] == ["SAN_LUONG_BIA", "DIEN", "THAN", "NUOC"]
    assert plan_import(project, report, spec).ok


def test_ods_and_windows_1258_csv_import_like_xlsx(project, tmp_path):
    rows = [["Tháng", "Điện (kWh)", "Than (tấn)"], ["01/2024", "1.234,5", "12,5"]]
    ods = read_workbook(write_ods(tmp_path / "r.ods", {"2024": rows}))
    text = "\r\n".join(";".join(str(v) for v in row) for row in rows) + "\r\n"
    (tmp_path / "r.csv").write_bytes(to_cp1258(text))
    csv = read_workbook(tmp_path / "r.csv")
    for workbook in (ods, csv):
        spec = suggest_spec(project, workbook)
        plan = plan_import(project, workbook, spec)
        assert plan.ok, [str(p) for p in plan.problems]
        assert sorted((r.resource, r.quantity) for r in plan.consumption) == [
            ("DIEN", 1234.5), ("THAN", 12.5)
        ]  # fmt: skip


def test_a_million_row_dimension_imports_quickly(project, tmp_path):
    rows = [["Tháng", "Điện (kWh)"]] + [[f"{m:02d}/2024", 1000.0 + m] for m in range(1, 13)]
    huge = claim_dimension(write_xlsx(tmp_path / "huge.xlsx", rows), "A1:XFD1048576")
    started = time.perf_counter()
    workbook = read_workbook(huge)
    plan = plan_import(project, workbook, suggest_spec(project, workbook))
    assert time.perf_counter() - started < 1.0
    assert plan.ok and len(plan.consumption) == 12


def test_progress_and_cancel(project, report):
    seen = []
    plan_import(project, report, report_spec(), progress=lambda f, m: seen.append(f))
    assert seen[-1] == 1.0
    with pytest.raises(ImportCancelled):
        plan_import(project, report, report_spec(), cancelled=lambda: True)


# --- the long layout ---------------------------------------------------------------------------

LONG_VI = [
    ["Kỳ", "Từ ngày", "Đến ngày", "Sản phẩm", "Tài nguyên", "Loại tài nguyên", "Số lượng",
     "Đơn vị", "Chi phí"],
    ["NAM2024", "01/01/2024", "31/12/2024", "Bia", None, None, "12.000", "hL", None],
    ["NAM2024", "01/01/2024", "31/12/2024", None, "Điện", "năng lượng", "1.500.000", "kWh",
     "1.320.000.000"],
    ["NAM2024", "01/01/2024", "31/12/2024", "Bia", "Than", "nhiên liệu", "250,5", "tấn", None],
    ["Tổng", None, None, None, None, None, "9.999", None, None],
]  # fmt: skip


def test_long_layout_with_vietnamese_template_headers(project, tmp_path):
    workbook = read_workbook(write_xlsx(tmp_path / "long.xlsx", LONG_VI))
    spec = suggest_spec(project, workbook)
    assert spec.layout == "long"
    assert spec.long == LongColumns(0, 6, 3, 4, 7, 8, 5, 1, 2)
    plan = plan_import(project, workbook, spec)
    assert plan.ok, [str(p) for p in plan.problems]
    assert [(p.code, p.start, p.end) for p in plan.periods] == [
        ("NAM2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    ]
    assert [(r.product, r.quantity) for r in plan.production] == [("Bia", 12000.0)]
    assert [(r.resource, r.product, r.quantity, r.cost) for r in plan.consumption] == [
        ("Điện", "", 1500000.0, 1.32e9),
        ("Than", "Bia", 250.5, None),
    ]
    classes = {r.code: (r.resource_class, r.unit) for r in plan.resources}
    assert classes == {"Điện": (ResourceClass.ENERGY, "kWh"), "Than": (ResourceClass.FUEL, "t")}
    assert any(n.code == "skipped_summary" for n in plan.notes)


def test_long_layout_problems_name_row_and_column(project, tmp_path):
    rows = [list(r) for r in LONG_VI[:4]]
    rows[1][7] = "chai"  # bottles: no unit cpaudit knows
    rows[2][6] = "1.500.000,5,5"
    rows[3][3] = "Nước ngọt"  # a product the project does not have, for a resource row
    workbook = read_workbook(write_xlsx(tmp_path / "long.xlsx", rows))
    plan = plan_import(project, workbook, suggest_spec(project, workbook))
    found = {(p.code, p.location.row, p.location.column) for p in plan.problems}
    assert found == {("unknown_unit", 1, 7), ("not_a_number", 2, 6), ("unknown_product", 3, 3)}


# --- interval data -----------------------------------------------------------------------------


def meter_rows(days: int = 31) -> list[list]:
    """15-minute kWh readings for January 2024, end-labelled, the 24:00 reading dated the day it
    closes (as the UCI steel file writes it), 1 kWh per interval plus 0.5 on the 10th."""
    rows = [["Thời điểm", "Điện_kWh", "Ghi chú"]]
    for day in range(1, days + 1):
        for minute in range(15, 24 * 60 + 1, 15):
            hours, minutes = divmod(minute % (24 * 60), 60)
            value = 1.5 if day == 10 else 1.0
            rows.append([f"{day}/1/2024 {hours}:{minutes:02d}", value, "ok"])
    return rows


def test_interval_csv_adds_up_to_months_with_numpy(project, tmp_path):
    path = tmp_path / "meter.csv"
    path.write_text("\n".join(",".join(str(v) for v in row) for row in meter_rows()) + "\n")
    workbook = read_workbook(path)
    spec = suggest_spec(project, workbook)
    assert (spec.layout, spec.period_column) == ("interval", 0)
    assert [(c.column, c.unit) for c in spec.columns] == [(1, "kWh")]
    spec = dataclasses.replace(spec, number_style="en")
    plan = plan_import(project, workbook, spec)
    assert plan.ok, [str(p) for p in plan.problems]
    assert [(r.period, r.quantity) for r in plan.consumption] == [("2024-01", 2976 + 48)]
    assert any(n.code == "midnight_closes_date" for n in plan.notes)
    (series,) = plan.intervals
    assert len(series.values) == 2976 and series.step == np.timedelta64(900, "s")


def test_interval_xlsx_gives_the_same_totals_as_csv(project, tmp_path):
    rows = meter_rows(3)
    for row in rows[1:]:
        day_month_year, clock = row[0].split(" ")
        day, month, year = (int(x) for x in day_month_year.split("/"))
        hours, minutes = (int(x) for x in clock.split(":"))
        row[0] = dt.datetime(year, month, day, hours, minutes)  # a real date-time cell
    workbook = read_workbook(write_xlsx(tmp_path / "meter.xlsx", rows))
    spec = dataclasses.replace(suggest_spec(project, workbook), allow_incomplete=True)
    plan = plan_import(project, workbook, spec)
    assert plan.ok, [str(p) for p in plan.problems]
    assert [(r.period, r.quantity) for r in plan.consumption] == [("2024-01", 288.0)]
    assert any(n.code == "incomplete_period" for n in plan.notes)


def write_meter_csv(path, rows):
    path.write_text("\n".join(",".join(str(v) for v in row) for row in rows) + "\n")
    return read_workbook(path)


def test_interval_problems_point_at_rows(project, tmp_path):
    rows = meter_rows(31)
    rows[5][1] = ""  # a missing reading is not 0
    rows[7][1] = -3
    rows[300][0] = "32/1/2024 3:00"
    workbook = write_meter_csv(tmp_path / "meter.csv", rows)
    spec = dataclasses.replace(suggest_spec(project, workbook), number_style="en")
    plan = plan_import(project, workbook, spec)
    found = sorted((p.code, p.location.row, p.location.column) for p in plan.problems)
    assert found == [("missing_value", 5, 1), ("negative", 7, 1), ("not_a_date", 300, 0)]
    assert not plan.consumption


def test_interval_gaps_stop_the_import_unless_incomplete_periods_are_accepted(project, tmp_path):
    rows = meter_rows(31)
    del rows[200:204]  # four readings missing on 3 January
    workbook = write_meter_csv(tmp_path / "meter.csv", rows)
    spec = dataclasses.replace(suggest_spec(project, workbook), number_style="en")
    plan = plan_import(project, workbook, spec)
    assert sorted(p.code for p in plan.problems) == ["gap", "incomplete_period"]
    gap = next(p for p in plan.problems if p.code == "gap")
    assert gap.location.row == 199 and "4 readings missing" in gap.message
    accepted = plan_import(project, workbook, dataclasses.replace(spec, allow_incomplete=True))
    assert accepted.ok
    assert [r.quantity for r in accepted.consumption] == [2976 + 48 - 4]


def test_a_value_merged_over_two_periods_is_a_problem_not_counted_twice(project, tmp_path):
    rows = [["Tháng", "Nước (m3)"], ["01/2024", 600], ["02/2024", None], ["03/2024", 280]]
    workbook = read_workbook(write_xlsx(tmp_path / "water.xlsx", rows, merges=("B2:B3",)))
    spec = ImportSpec("2024", 0, period_column=0, columns=(ColumnMap(1, "resource", "W"),))
    plan = plan_import(project, workbook, spec)
    assert [(p.code, p.location.row) for p in plan.problems] == [("merged_value", 2)]
    assert "B3 is part of the merged cell starting at B2" in plan.problems[0].message


def test_a_mapping_with_nothing_to_import_says_so(project, report, tmp_path):
    plan = plan_import(project, report, report_spec(columns=()))
    assert [p.code for p in plan.problems] == ["nothing"]
    path = tmp_path / "meter.csv"
    path.write_text("t,kWh\n1/1/2024 0:15,1\n")
    workbook = read_workbook(path)
    spec = ImportSpec("meter", 0, "interval", period_column=0)
    assert [p.code for p in plan_import(project, workbook, spec).problems] == ["no_columns"]


def test_interval_csv_in_vietnamese_style(project, tmp_path):
    rows = meter_rows(31)
    lines = [";".join(rows[0])]
    lines += [f"{stamp};{str(value).replace('.', ',')};{note}" for stamp, value, note in rows[1:]]
    path = tmp_path / "dong_ho.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    workbook = read_workbook(path)
    spec = suggest_spec(project, workbook)
    assert (workbook.delimiter, spec.number_style, spec.layout) == (";", "vi", "interval")
    plan = plan_import(project, workbook, spec)
    assert plan.ok, [str(p) for p in plan.problems]
    assert [r.quantity for r in plan.consumption] == [2976 + 48]


def test_interval_timestamps_as_unformatted_excel_serials(project, tmp_path):
    # daily readings of February 2024 stored as serial numbers: 45323 is 01/02/2024
    rows = [["Ngày", "Nước (m3)"]] + [[45323.0 + day, 10.0 + day] for day in range(29)]
    workbook = read_workbook(write_xlsx(tmp_path / "water.xlsx", rows))
    spec = ImportSpec(
        "2024", 0, "interval", period_column=0, columns=(ColumnMap(1, "resource", "W"),)
    )
    plan = plan_import(project, workbook, spec)
    assert plan.ok, [str(p) for p in plan.problems]
    assert [(r.period, r.quantity) for r in plan.consumption] == [("2024-02", 290 + 406)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_file_with_only_its_header_says_so(project, tmp_path, suffix):
    header = ["Tháng", "Điện (kWh)", "Nước (m3)"]
    path = tmp_path / f"header{suffix}"
    if suffix == ".csv":
        path.write_text(";".join(header) + "\r\n", encoding="utf-8")
    else:
        write_xlsx(path, [header])
    workbook = read_workbook(path)

    plan = plan_import(project, workbook, suggest_spec(project, workbook))

    where = "header.csv" if suffix == ".csv" else 'header.xlsx, sheet "2024"'
    assert [(p.code, str(p)) for p in plan.problems] == [
        ("no_rows", f"{where}: there are no rows below the header (row 1) to import")
    ]
