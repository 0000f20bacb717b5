"""The real UCI steel-plant file: 35,040 fifteen-minute readings of 2018, imported to months.

Expected monthly totals: ``expected_derived.json`` beside the data (derived by the case's
authors with exact decimal sums). The file's traps: a BOM, day-first dates with mixed padding,
the midnight row that closes the day it is dated, and one all-zero row (line 29857).
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from importing_files import SHARED_CASES

from cpaudit.audit.model import Establishment, Project, ResourceClass, Settings
from cpaudit.store.importing import ColumnMap, ImportSpec, plan_import, preview, suggest_spec
from cpaudit.store.sheets import read_workbook

CASE = SHARED_CASES / "uci-steel-15min-2018"
DATA = CASE / "Steel_industry_data.csv"

pytestmark = pytest.mark.skipif(
    not DATA.exists(), reason=f"the shared case data are not beside the repository ({CASE})"
)


@pytest.fixture(scope="module")
def steel():
    return read_workbook(DATA)


@pytest.fixture
def plant() -> Project:
    return Project(Establishment("DAEWOO Steel, Gwangyang"), Settings(baseline_period=""))


def test_monthly_totals_match_the_derived_sums(steel, plant):
    expected = json.loads((CASE / "expected_derived.json").read_text(encoding="utf-8"))
    spec = ImportSpec(
        steel.sheets[0].name,
        header_row=0,
        layout="interval",
        period_column=0,
        number_style="en",
        columns=(ColumnMap(1, "resource", "EC", "kWh", "Electricity", ResourceClass.ENERGY),),
    )
    plan = plan_import(plant, steel, spec)
    assert plan.ok, [str(p) for p in plan.problems]

    monthly = {r.period: r.quantity for r in plan.consumption}
    wanted = {
        month: float(Decimal(v)) for month, v in expected["derived_monthly_Usage_kWh"].items()
    }
    assert monthly.keys() == wanted.keys()
    for month, total in wanted.items():
        assert monthly[month] == pytest.approx(total, abs=0.005), month
    year = float(Decimal(expected["derived_totals_2018"]["Usage_kWh"]))
    assert sum(monthly.values()) == pytest.approx(year, abs=0.005)
    assert [p.code for p in plan.periods] == list(wanted)

    codes = [n.code for n in plan.notes]
    assert "midnight_closes_date" in codes  # read DAY first, 00:00 closing its own date
    zero = next(n for n in plan.notes if n.code == "zero_reading")
    assert zero.location.row + 1 == expected["all_zero_rows"][0]["line_in_file"]
    assert len(plan.intervals[0].values) == expected["rows_excluding_header"]


def test_the_suggested_mapping_and_the_preview(steel, plant):
    spec = suggest_spec(plant, steel)
    assert (spec.layout, spec.period_column, spec.number_style, spec.date_order) == (
        "interval", 0, "en", "dmy"
    )  # fmt: skip
    assert [(c.column, c.unit) for c in spec.columns] == [(1, "kWh")]  # Usage_kWh only
    shown = preview(plant, steel, spec, n_rows=3)
    assert shown.encoding == "utf-8-sig"
    assert [r.cells[0].shown for r in shown.rows] == [
        "01/01/2018 00:15", "01/01/2018 00:30", "01/01/2018 00:45"
    ]  # fmt: skip


def test_reading_the_file_month_first_is_refused_not_swapped(steel, plant):
    spec = ImportSpec(
        steel.sheets[0].name, 0, "interval", period_column=0, number_style="en",
        date_order="mdy", columns=(ColumnMap(1, "resource", "EC", "kWh"),),
    )  # fmt: skip
    plan = plan_import(plant, steel, spec)
    assert not plan.consumption
    assert {p.code for p in plan.problems} == {"contradicts_order"}
    assert "mm/dd/yyyy" in plan.problems[0].message
