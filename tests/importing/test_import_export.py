"""Tidy exports, formula neutralisation, round trips through the importer, and the templates."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt

import openpyxl
import pytest

from cpaudit.audit.model import (
    ConsumptionRecord,
    Establishment,
    Period,
    Product,
    ProductionRecord,
    Project,
    Resource,
    ResourceClass,
    Settings,
)
from cpaudit.store import files
from cpaudit.store.exporting import (
    DATA_COLUMNS,
    RESULT_COLUMNS,
    TEMPLATE_HEADERS,
    data_rows,
    export_project,
    neutralise,
    result_rows,
    template_path,
    write_template,
)
from cpaudit.store.importing import apply_plan, plan_import, suggest_spec
from cpaudit.store.sheets import read_workbook


@pytest.fixture
def brewery() -> Project:
    """Two months of a small brewery, with values that test the writers: a negative quantity,
    a value with three decimals, a code that looks like a formula, Vietnamese names."""
    months = (
        Period("2024-01", "01/2024", dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
        Period("2024-02", "02/2024", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    )
    return Project(
        Establishment("Nhà máy bia Hồng Hà"),
        Settings(baseline_period="2024-01", current_period="2024-02"),
        products=(Product("BIA", "Bia hơi", "hL"),),
        resources=(
            Resource("EC", "Điện", ResourceClass.ENERGY, "kWh"),
            Resource("=CMD|' /C calc'!A0", "Than cám", ResourceClass.FUEL, "t"),
            Resource("STEAM", "Hơi (trả lại)", ResourceClass.ENERGY, "GJ"),
        ),
        periods=months,
        production=(
            ProductionRecord("2024-01", "BIA", 1000.0),
            ProductionRecord("2024-02", "BIA", 900.0),
        ),
        consumption=(
            ConsumptionRecord("2024-01", "EC", 123.456, cost=108_888.0),
            ConsumptionRecord("2024-02", "EC", 110.5, cost=97_461.0),
            ConsumptionRecord("2024-01", "=CMD|' /C calc'!A0", 12.5, product="BIA"),
            ConsumptionRecord("2024-02", "=CMD|' /C calc'!A0", 11.0, product="BIA"),
            ConsumptionRecord("2024-02", "STEAM", -3.25),  # steam sold back
        ),
    )  # fmt: skip


def test_tidy_rows(brewery):
    rows = data_rows(brewery)
    assert list(rows[0]) == list(DATA_COLUMNS)
    assert rows[0] == {
        "period": "2024-01",
        "period_start": dt.date(2024, 1, 1),
        "period_end": dt.date(2024, 1, 31),
        "product": "BIA",
        "resource": "",
        "resource_class": "",
        "quantity": 1000.0,
        "unit": "hL",
        "cost": None,
        "period_label": "01/2024",
        "period_kind": "measured",
        "product_name": "Bia hơi",
        "product_report_unit": "",
        "resource_name": "",
        "carrier": "",
        "heating_value_gj_per_unit": None,
        "price_per_unit": None,
    }
    assert rows[4]["resource_class"] == "fuel" and rows[4]["product"] == "BIA"
    assert (rows[4]["resource_name"], rows[4]["product_name"]) == ("Than cám", "Bia hơi")
    plant_level = rows[2]
    assert (plant_level["resource_name"], plant_level["product"]) == ("Điện", "")
    assert plant_level["product_name"] == "" and plant_level["product_report_unit"] == ""


def test_neutralise():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("+84 912") == "'+84 912"
    assert neutralise("-x") == "'-x"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("\t=1") == "'\t=1"
    assert neutralise("Điện") == "Điện"
    assert neutralise("'=1") == "''=1"  # so the importer, which drops one ', reads '=1
    assert neutralise("'abc") == "'abc"
    assert neutralise(-5.0) == -5.0  # a number stays a number


def test_csv_export_neutralises_text_and_keeps_numbers(brewery, tmp_path):
    data, allocations, results = export_project(brewery, tmp_path / "out.csv")
    assert [p.name for p in (data, allocations, results)] == [
        "out_data.csv",
        "out_allocations.csv",
        "out_results.csv",
    ]
    raw = data.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so Excel reads the Vietnamese right
    rows = list(csv.reader(data.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == list(DATA_COLUMNS)
    formula_rows = [r for r in rows if "calc" in r[4]]
    assert {r[4] for r in formula_rows} == {"'=CMD|' /C calc'!A0"}
    steam = next(r for r in rows if r[4] == "STEAM")
    assert steam[6] == "-3.25"  # negative number, not neutralised
    electricity = next(r for r in rows if r[4] == "EC")
    assert electricity[6] == "123.4560"  # never ambiguous between the two styles
    assert electricity[1:3] == ["2024-01-01", "2024-01-31"]


def test_xlsx_export_writes_text_as_text_and_numbers_as_numbers(brewery, tmp_path):
    (path,) = export_project(brewery, tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["data", "allocations", "results"]
    sheet = book["data"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == list(DATA_COLUMNS)
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)  # nothing a spreadsheet would run
    assert {c.value for c in cells if isinstance(c.value, str) and "calc" in c.value} == {
        "'=CMD|' /C calc'!A0"
    }
    steam = next(row for row in values if row[4] == "STEAM")
    assert steam[6] == -3.25
    assert values[1][1] == dt.datetime(2024, 1, 1)
    assert [c.value for c in book["results"][1]] == list(RESULT_COLUMNS)


def test_results_rows_come_from_the_assessment(brewery):
    rows = result_rows(brewery)
    electricity = next(r for r in rows if r["resource"] == "EC")
    assert electricity["baseline_intensity"] == pytest.approx(123.456 / 1000)
    assert electricity["current_intensity"] == pytest.approx(110.5 / 900)
    assert electricity["saving_fraction"] == pytest.approx(1 - (110.5 / 900) / (123.456 / 1000))
    assert electricity["intensity_unit"] == "kWh/hL"
    steam = next(r for r in rows if r["resource"] == "STEAM")
    assert steam["baseline_quantity"] is None
    assert steam["not_defined"].startswith("baseline_quantity: no_baseline_data")


@pytest.mark.parametrize(("suffix", "style"), [(".xlsx", "en"), (".csv", "en"), (".csv", "vi")])
def test_export_then_import_gives_the_same_records(brewery, tmp_path, suffix, style):
    written = export_project(brewery, tmp_path / f"out{suffix}", number_style=style)
    workbook = read_workbook(written[0])
    empty = dataclasses.replace(brewery, production=(), consumption=())
    spec = suggest_spec(empty, workbook)
    assert spec.layout == "long"
    if suffix == ".csv":
        assert (workbook.delimiter, spec.number_style) == ({"en": ",", "vi": ";"}[style], style)
    plan = plan_import(empty, workbook, spec)
    assert plan.ok, [str(p) for p in plan.problems]
    assert not plan.products and not plan.resources and not plan.periods
    back = apply_plan(empty, plan, replace=True)
    assert sorted(map(repr, back.production)) == sorted(map(repr, brewery.production))
    assert sorted(map(repr, back.consumption)) == sorted(map(repr, brewery.consumption))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_bundled_templates_are_current_and_import(lang, tmp_path, project):
    fresh = write_template(tmp_path / f"cpaudit_{lang}.xlsx", lang)
    bundled = template_path(lang)
    assert bundled.exists(), "regenerate with: python -m cpaudit.store.exporting"
    for path in (fresh, bundled):
        book = openpyxl.load_workbook(path)
        data = book.worksheets[0]
        assert [c.value for c in data[1]] == [TEMPLATE_HEADERS[lang][c] for c in DATA_COLUMNS]
    ours, theirs = openpyxl.load_workbook(fresh), openpyxl.load_workbook(bundled)
    assert ours.sheetnames == theirs.sheetnames
    for mine, committed in zip(ours.worksheets, theirs.worksheets, strict=True):
        assert [[c.value for c in r] for r in mine.iter_rows()] == [
            [c.value for c in r] for r in committed.iter_rows()
        ]

    book = openpyxl.load_workbook(bundled)
    sheet = book.worksheets[0]
    sheet.append(["2024", None, None, None, "EC" if lang == "en" else "Điện",
                  "energy" if lang == "en" else "năng lượng", 1500, "kWh", None])  # fmt: skip
    filled = tmp_path / "filled.xlsx"
    book.save(filled)
    workbook = read_workbook(filled)
    plan = plan_import(project, workbook, suggest_spec(project, workbook))
    assert plan.ok, [str(p) for p in plan.problems]
    assert [(r.period, r.quantity) for r in plan.consumption] == [("2024", 1500.0)]
    assert plan.resources[0].resource_class == ResourceClass.ENERGY


@pytest.fixture
def unraisable(monkeypatch):
    """The exceptions Python could only print ("Exception ignored in ..."), once collected."""
    import gc
    import sys

    seen = []
    monkeypatch.setattr(sys, "unraisablehook", lambda report: seen.append(report.exc_value))
    yield lambda: (gc.collect(), seen)[1]


def _refuse_temporaries(monkeypatch):
    """A read-only folder, even for root: creating the temporary file is refused."""
    real_open = files.os.open

    def refuse(path, flags, mode=0o777, **kwargs):
        if str(path).endswith(".tmp"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode, **kwargs)

    monkeypatch.setattr(files.os, "open", refuse)


def _fail_saving(monkeypatch):
    """The disk fills while the workbook is written."""
    import openpyxl.writer.excel

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.writer.excel.ExcelWriter, "write_data", full)


@pytest.mark.parametrize("failure", [_refuse_temporaries, _fail_saving])
def test_a_failed_xlsx_export_leaves_the_old_file_and_nothing_to_complain(
    brewery, tmp_path, monkeypatch, unraisable, failure
):
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"an earlier export")
    failure(monkeypatch)

    with pytest.raises(OSError):
        export_project(brewery, path)

    assert unraisable() == []
    assert path.read_bytes() == b"an earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_a_failed_csv_export_leaves_the_old_file(brewery, tmp_path, monkeypatch):
    path = tmp_path / "out_data.csv"
    path.write_bytes(b"an earlier export")
    _refuse_temporaries(monkeypatch)

    with pytest.raises(PermissionError):
        export_project(brewery, tmp_path / "out.csv")

    assert path.read_bytes() == b"an earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out_data.csv"]
