"""Negative and zero quantities: a negative one is a problem where it is, a zero production a
note (its specific consumption is then not defined)."""

from __future__ import annotations

from cpaudit.store.importing import plan_import, preview, suggest_spec
from cpaudit.store.sheets import read_workbook


def _plan(project, tmp_path, text, name="monthly.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    workbook = read_workbook(path)
    spec = suggest_spec(project, workbook)
    return workbook, spec, plan_import(project, workbook, spec)


def test_negative_production_and_use_are_problems_at_their_cells(project, tmp_path):
    text = (
        "Tháng,Sản lượng (t),Điện (kWh),Nước (m3)\n"
        "01/2024,-5,50000,300\n"
        "02/2024,100,-200,300\n"
        "03/2024,100,50000,-1\n"
    )
    workbook, spec, plan = _plan(project, tmp_path, text)

    assert [(p.code, p.location.row, p.location.column) for p in plan.problems] == [
        ("negative_quantity", 1, 1),
        ("negative_quantity", 2, 2),
        ("negative_quantity", 3, 3),
    ]
    assert str(plan.problems[0]).startswith("monthly.csv, row 2, column B (Sản lượng (t)): '-5'")
    assert "stock change" in plan.problems[0].message
    assert not plan.production and not plan.consumption
    shown = preview(project, workbook, spec)
    assert shown.rows[0].cells[1].code == "negative_quantity"


def test_a_zero_production_is_imported_with_a_note_at_its_cell(project, tmp_path):
    text = "Tháng,Sản lượng (t),Điện (kWh)\n01/2024,0,50000\n02/2024,100,50000\n"
    _, _, plan = _plan(project, tmp_path, text)

    assert plan.ok
    assert sorted(r.quantity for r in plan.production) == [0.0, 100.0]
    zero = [n for n in plan.notes if n.code == "zero_production"]
    assert [(n.location.row, n.location.column) for n in zero] == [(1, 1)]
    assert "not defined" in zero[0].message


LONG = "period,product,resource,quantity,unit\n"


def test_the_long_layout_refuses_negative_production_and_notes_zero(project, tmp_path):
    text = LONG + "2024,BIA,,-5,t\n2023,BIA,,0,t\n2023,,DIEN,10,kWh\n"
    _, spec, plan = _plan(project, tmp_path, text, "long.csv")

    assert spec.layout == "long"
    assert [(p.code, p.location.row, p.location.column) for p in plan.problems] == [
        ("negative_quantity", 1, 3)
    ]
    zero = [n for n in plan.notes if n.code == "zero_production"]
    assert [(n.location.row, n.location.column) for n in zero] == [(2, 3)]


def test_the_long_layout_notes_a_negative_use_it_imports(project, tmp_path):
    """A cpaudit export carries a project's negative use (steam sold back) and must import as
    the same project: noted where it is, never silently."""
    text = LONG + "2024,,HOI,-3.25,GJ\n"
    _, _, plan = _plan(project, tmp_path, text, "long.csv")

    assert plan.ok
    assert [r.quantity for r in plan.consumption] == [-3.25]
    negative = [n for n in plan.notes if n.code == "negative_use"]
    assert [(n.location.row, n.location.column) for n in negative] == [(1, 3)]
    assert "'-3.25'" in negative[0].message
