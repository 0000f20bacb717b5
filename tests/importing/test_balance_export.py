"""The T5 material and energy balances and their Sankey arrows as export tables."""

from __future__ import annotations

import dataclasses

import openpyxl
import pytest
from numpy.testing import assert_allclose

from cpaudit.audit.iac import demo_project
from cpaudit.audit.model import BalanceFlow, FlowKind, Measurement, UnitOperation
from cpaudit.store.exporting import (
    BALANCE_COLUMNS,
    BALANCE_FLOW_COLUMNS,
    BALANCE_HEADERS,
    balance_flow_rows,
    balance_rows,
    export_project,
    export_tables,
)
from cpaudit.store.importing import apply_plan, plan_import, suggest_spec
from cpaudit.store.sheets import read_workbook

GJ_PER_MMBTU = 1.055056  # pint's Btu, 1055.056 J (the ISO British thermal unit)

# DL0238's steam system (cpaudit.audit.iac, from the IAC recommendations of the case), MMBtu/yr
STEAM_IN, TRAPS, LEAKS, TO_PROCESS = 87_840.0, 8_784.0, 4_392.0, 74_664.0

KIND = {"input": FlowKind.INPUT, "waste": FlowKind.WASTE, "product": FlowKind.PRODUCT,
        "stock": FlowKind.STOCK_CHANGE}  # fmt: skip


def with_flows(project, operation, *flows):
    """The project with one more unit operation and its flows (kind, name, quantity, unit,
    measurement)."""
    added = tuple(
        BalanceFlow(operation.code, KIND[kind], name, quantity, unit, Measurement(measured))
        for kind, name, quantity, unit, measured in flows
    )
    return dataclasses.replace(
        project,
        operations=(*project.operations, operation),
        balance_flows=(*project.balance_flows, *added),
    )


def test_the_demo_s_steam_balance_closes():
    """OP1, steam distribution and traps, in GJ (1 MMBtu = 1.055056 GJ):

    inputs   87,840 MMBtu purchased steam (metered)          = 92,676.119 GJ
    products 74,664 MMBtu steam to process (calculated)      = 78,774.701 GJ
    wastes    8,784 failed traps + 4,392 leaks (estimated)   = 13,901.418 GJ
    closure  (87,840 - 74,664 - 13,176 - 0) / 87,840         = 0 %
    moved    87,840 + 74,664 + 13,176 = 175,680 MMBtu: metered 87,840 / 175,680 = 50 %,
             calculated 74,664 / 175,680 = 42.5 %, estimated 13,176 / 175,680 = 7.5 %.
    """
    op1, op2 = balance_rows(demo_project())

    assert list(op1) == list(BALANCE_COLUMNS)
    assert (op1["operation"], op1["unit"], op1["step"]) == ("OP1", "GJ", "S2")
    assert op1["balance_period"] == "Annual use at the FY2024 assessment"
    terms = ("inputs", "products", "by_products", "wastes", "emissions", "outputs",
             "stock_change", "closure_error", "closure_error_pct")  # fmt: skip
    figures = [op1[c] for c in terms]
    expected = [STEAM_IN, TO_PROCESS, 0, TRAPS + LEAKS, 0, STEAM_IN, 0, 0, 0]
    assert_allclose(figures, [x * GJ_PER_MMBTU for x in expected[:8]] + [0], atol=1e-9)
    shares = [op1["metered_pct"], op1["calculated_pct"], op1["estimated_pct"]]
    assert_allclose(shares, [50.0, 42.5, 7.5])
    assert op1["not_defined"] == ""
    assert op2["operation"] == "OP2" and op2["closure_error_pct"] == pytest.approx(0, abs=1e-12)


def test_a_balance_that_does_not_close_gives_its_error_and_the_closure_arrow():
    """The demo's OP1 without the steam leaks: 4,392 MMBtu of the 87,840 bought are not
    accounted for, a closure error of 4,392 / 87,840 = 5 %; the Sankey shows it as one more
    arrow out, 4,392 MMBtu = 4,633.806 GJ."""
    project = demo_project()
    project = dataclasses.replace(
        project, balance_flows=tuple(f for f in project.balance_flows if f.name != "Steam leaks")
    )

    op1 = balance_rows(project)[0]
    arrows = [r for r in balance_flow_rows(project) if r["operation"] == "OP1"]

    assert op1["closure_error_pct"] == pytest.approx(5.0)
    assert op1["closure_error"] == pytest.approx(LEAKS * GJ_PER_MMBTU)
    assert [(a["flow"], a["kind"], a["direction"]) for a in arrows] == [
        ("Purchased steam", "input", "in"),
        ("Steam lost through failed traps", "waste", "out"),
        ("Steam to process", "product", "out"),
        ("", "closure", "out"),
    ]
    assert arrows[-1]["quantity"] == pytest.approx(LEAKS * GJ_PER_MMBTU)
    assert (arrows[2]["to_operation"], arrows[2]["recorded_quantity"]) == ("OP2", TO_PROCESS)
    assert arrows[2]["recorded_unit"] == "MMBtu" and arrows[2]["measurement"] == "calculated"


def test_a_mass_balance_with_a_stock_change_adds_up_in_kg():
    """Mixing: 10 t of flour in, 9,000 kg of dough out, 500 kg of waste, and 200 kg drawn from
    stock (a stock change of -200 kg). Closure error = (10,000 - 9,500 - (-200)) / 10,000 = 7 %,
    700 kg unaccounted for; the stock drawn is an arrow in, the closure an arrow out. Every
    figure but the waste was metered: moved 10,000 + 9,000 + 500 = 19,500 kg, metered
    19,000 / 19,500 = 97.436 %."""
    project = with_flows(
        demo_project(),
        UnitOperation("OP3", "Mixing"),
        ("input", "Flour", 10.0, "t", "metered"),
        ("product", "Dough", 9_000.0, "kg", "metered"),
        ("waste", "Spilt flour", 500.0, "kg", "estimated"),
        ("stock", "Flour from the silo", -200.0, "kg", "calculated"),
    )

    (mixing,) = [r for r in balance_rows(project) if r["operation"] == "OP3"]
    arrows = [r for r in balance_flow_rows(project) if r["operation"] == "OP3"]

    assert mixing["unit"] == "kg"
    assert (mixing["inputs"], mixing["outputs"], mixing["stock_change"]) == (10_000, 9_500, -200)
    assert mixing["closure_error"] == pytest.approx(700.0)
    assert mixing["closure_error_pct"] == pytest.approx(7.0)
    assert mixing["metered_pct"] == pytest.approx(19_000 / 19_500 * 100)
    assert mixing["calculated_pct"] == 0.0
    assert [(a["kind"], a["direction"], a["quantity"]) for a in arrows] == [
        ("input", "in", 10_000.0),
        ("product", "out", 9_000.0),
        ("waste", "out", 500.0),
        ("stock_change", "in", 200.0),
        ("closure", "out", pytest.approx(700.0)),
    ]


def test_an_operation_with_no_inputs_or_an_unknown_unit_is_said_so():
    project = with_flows(
        demo_project(),
        UnitOperation("OP3", "Drain"),
        ("waste", "Condensate", 3.0, "m3", "estimated"),
    )
    project = with_flows(
        project,
        UnitOperation("OP4", "Packing"),
        ("input", "Cartons", 1_200.0, "thùng", "metered"),
    )

    rows = {r["operation"]: r for r in balance_rows(project)}
    flows = [r for r in balance_flow_rows(project) if r["operation"] == "OP4"]

    assert rows["OP3"]["closure_error_pct"] is None
    assert rows["OP3"]["not_defined"] == "closure_error_pct: no inputs"
    assert rows["OP4"]["inputs"] is None and "thùng" in rows["OP4"]["not_defined"]
    assert [(f["unit"], f["quantity"], f["recorded_quantity"]) for f in flows] == [
        ("", None, 1_200.0)
    ]


def test_the_xlsx_export_has_the_balance_sheets_with_formulas_neutralised(tmp_path):
    project = with_flows(
        demo_project(),
        UnitOperation("OP3", '=HYPERLINK("http://x")'),
        ("input", "+Nước cấp", 12.5, "m3", "metered"),
        ("waste", "@Nước thải", 12.0, "m3", "metered"),
        ("stock", "-Bể chứa", -0.5, "m3", "estimated"),
    )

    (path,) = export_project(project, tmp_path / "out.xlsx")

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["data", "allocations", "results", "balance", "balance_flows"]
    header, *rows = book["balance"].iter_rows(values_only=True)
    assert header == BALANCE_COLUMNS
    tank = next(r for r in rows if r[0] == "OP3")
    assert tank[1] == '\'=HYPERLINK("http://x")'
    assert tank[BALANCE_COLUMNS.index("stock_change")] == -0.5  # a number, not text
    assert tank[BALANCE_COLUMNS.index("closure_error_pct")] == pytest.approx(1 / 12.5 * 100)
    names = [r[3] for r in book["balance_flows"].iter_rows(min_row=2, values_only=True)]
    assert {"'+Nước cấp", "'@Nước thải", "'-Bể chứa"} <= set(names)
    assert all(c.data_type != "f" for row in book["balance"].iter_rows() for c in row)


def test_the_csv_export_writes_the_balance_beside_the_data_in_vietnamese(tmp_path):
    """Vietnamese headers and words, semicolons and decimal commas. OP1 without its leaks:
    closure error 4,392 / 87,840 = 5 %; metered 87,840 of 87,840 + 8,784 + 74,664 = 171,288
    MMBtu moved = 51.282 %."""
    project = demo_project()
    project = dataclasses.replace(
        project, balance_flows=tuple(f for f in project.balance_flows if f.name != "Steam leaks")
    )

    written = export_project(project, tmp_path / "so-lieu.csv", number_style="vi", lang="vi")

    assert [p.name for p in written] == [
        "so-lieu_data.csv",
        "so-lieu_allocations.csv",
        "so-lieu_results.csv",
        "so-lieu_balance.csv",
        "so-lieu_balance_flows.csv",
    ]
    header, op1, _op2 = (tmp_path / "so-lieu_balance.csv").read_text("utf-8-sig").splitlines()
    assert header.split(";") == [BALANCE_HEADERS["vi"][c] for c in BALANCE_COLUMNS]
    cells = dict(zip(header.split(";"), op1.split(";"), strict=True))
    assert cells["Sai số cân bằng (%)"] == "5" and cells["Đo đếm (%)"].startswith("51,282")
    flows = (tmp_path / "so-lieu_balance_flows.csv").read_text("utf-8-sig").splitlines()
    assert flows[1].split(";")[3:8] == ["Purchased steam", "đầu vào", "vào", "92676,11904",
                                        "đo đếm"]  # fmt: skip
    assert flows[4].split(";")[3:6] == ["", "sai số cân bằng", "ra"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_with_vietnamese_headers_imports_back(tmp_path, suffix):
    original = demo_project()
    written = export_project(original, tmp_path / f"out{suffix}", number_style="vi", lang="vi")
    empty = dataclasses.replace(
        original,
        products=(), resources=(), periods=(), production=(), consumption=(), allocations=(),
        options=(), settings=dataclasses.replace(original.settings, baseline_period="",
                                                 current_period=""),
    )  # fmt: skip
    workbook = read_workbook(written[0])

    plan = plan_import(empty, workbook, suggest_spec(empty, workbook))

    assert plan.ok, [str(p) for p in plan.problems]
    back = apply_plan(empty, plan, replace=False)
    for part in ("products", "resources", "periods", "production", "consumption", "allocations"):
        assert set(getattr(back, part)) == set(getattr(original, part)), part


def test_a_project_with_no_balance_exports_no_balance_table():
    project = dataclasses.replace(demo_project(), operations=(), balance_flows=())

    assert "balance" not in export_tables(project)
    assert set(export_tables(demo_project(), "balance")) == {"balance", "balance_flows"}
    assert list(balance_flow_rows(demo_project())[0]) == list(BALANCE_FLOW_COLUMNS)
