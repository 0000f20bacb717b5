"""XLS and ODS files as LibreOffice writes them, error cells above all.

The fixtures in ``files/`` are made by ``files/make_spreadsheets.py``: LibreOffice Calc 7.4
calculated an XLSX with formulas and saved it as XLS (BIFF8) and ODS. python-calamine reads an
error cell of either as an empty cell; the reader must give it back so that the import reports
it where it is, never reading it as blank or as a number.
"""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

import pytest

from cpaudit.audit.model import ResourceClass
from cpaudit.store.importing import ColumnMap, ImportSpec, plan_import, suggest_spec
from cpaudit.store.sheets import _xls_error_cells, read_workbook

FILES = Path(__file__).parent / "files"
KINDS = ["xls", "ods"]

ERRORS_SPEC = ImportSpec(
    "Số liệu",
    0,
    period_column=0,
    columns=(
        ColumnMap(1, "product", "SP", "t", "Sản phẩm"),
        ColumnMap(2, "resource", "EC", "kWh", "Điện", ResourceClass.ENERGY),
        ColumnMap(3, "resource", "W", "m3", "Nước", ResourceClass.WATER),
    ),
)


@pytest.fixture(params=KINDS)
def workbook(request):
    return read_workbook(FILES / f"libreoffice.{request.param}")


def test_both_files_read_their_sheets_with_vietnamese_names(workbook):
    assert [s.name for s in workbook.sheets] == ["Số liệu", "Quý I", "Hằng ngày"]
    assert workbook.sheet("Quý I").rows()[1] == ["01/2024", 1200.5, 150000, 12.5]
    assert workbook.sheet("Hằng ngày").cell(1, 0) == dt.date(2024, 1, 1)  # a date cell


def test_error_cells_read_as_the_error_they_show(workbook):
    """Calc's Err:502 (the square root of -1) stays Err:502 in ODS; its XLS holds #VALUE!."""
    sheet = workbook.sheet("Số liệu")
    shown = {"xls": "#VALUE!", "ods": "Err:502"}[workbook.kind]

    assert sheet.column_values(2, 1) == [15000, "#DIV/0!", "#N/A", "#REF!", 16000, 15500]
    assert sheet.column_values(1, 1) == [120, 110, 125, 130, shown, 128]
    assert sheet.cell(6, 3) == 320  # a formula with a good result is its number


def test_every_error_cell_stops_the_import_with_sheet_row_and_column(workbook, project):
    plan = plan_import(project, workbook, ERRORS_SPEC)

    found = [
        (p.code, p.location.sheet, p.location.row + 1, p.location.column) for p in plan.problems
    ]
    assert found == [
        ("formula_error", "Số liệu", 3, 2),  # C3 #DIV/0!
        ("formula_error", "Số liệu", 4, 2),  # C4 #N/A
        ("formula_error", "Số liệu", 5, 2),  # C5 #REF!
        ("formula_error", "Số liệu", 6, 1),  # B6 Err:502 / #VALUE!
    ]
    assert "#DIV/0!" in str(plan.problems[0]) and 'sheet "Số liệu", row 3, column C' in str(
        plan.problems[0]
    )
    assert not plan.ok and not plan.production and not plan.consumption


def test_a_column_half_of_errors_is_still_suggested_so_that_its_errors_are_seen(workbook, project):
    """Điện (kWh) holds three numbers and three errors: left out as "not numbers", its errors
    would never be listed, and the user would import the sheet without electricity."""
    spec = suggest_spec(project, workbook, "Số liệu")

    assert [(m.column, m.unit) for m in spec.columns] == [(1, "t"), (2, "kWh"), (3, "m3")]
    assert len(plan_import(project, workbook, spec).problems) == 4


def test_a_clean_sheet_imports_with_its_total_row_skipped(workbook, project):
    """Quý I: 1,200.5 + 1,100 + 1,250 = 3,550.5 t; 150,000 + 140,000 + 155,000 (a formula,
    C4 = C3 + 15,000) = 445,000 kWh; 12.5 + 11 + 13 = 36.5 t of coal. The sheet's own total row
    says the same and is skipped."""
    spec = suggest_spec(project, workbook, "Quý I")

    plan = plan_import(project, workbook, spec)

    assert plan.ok, [str(p) for p in plan.problems]
    assert sum(r.quantity for r in plan.production) == pytest.approx(3_550.5)
    by_unit: dict[str, float] = {}
    resources = {r.code: r.unit for r in plan.resources}
    for record in plan.consumption:
        unit = resources[record.resource]
        by_unit[unit] = by_unit.get(unit, 0.0) + record.quantity
    assert by_unit == {"kWh": pytest.approx(445_000), "t": pytest.approx(36.5)}
    assert [p.code for p in plan.periods] == ["2024-01", "2024-02", "2024-03"]
    assert [(n.code, n.location.row + 1) for n in plan.notes] == [("skipped_summary", 5)]


def test_an_error_among_daily_readings_is_found_in_a_long_sheet(workbook, project):
    """400 daily readings, 1,000 + day: the stream of the XLS is past the mini-stream cutoff,
    and the #DIV/0! of 1 December 2024 (row 337) stops the import."""
    spec = ImportSpec(
        "Hằng ngày",
        0,
        layout="interval",
        period_column=0,
        timestamps="start",
        columns=(ColumnMap(1, "resource", "EC", "kWh", "Điện", ResourceClass.ENERGY),),
    )

    plan = plan_import(project, workbook, spec)

    assert [(p.code, p.location.row + 1, p.location.column) for p in plan.problems] == [
        ("formula_error", 337, 1)
    ]


def test_an_excel_95_file_has_its_error_cells_read_as_the_error_they_show(project):
    """Excel 5/95 (BIFF5), as Gnumeric saves the ODS in code page 1258: the same sheets, and
    the same errors where they are. Gnumeric's square root of -1 is #NUM!."""
    workbook = read_workbook(FILES / "gnumeric-excel95.xls")
    sheet = workbook.sheet("Số liệu")

    plan = plan_import(project, workbook, ERRORS_SPEC)

    assert [s.name for s in workbook.sheets] == ["Số liệu", "Quý I", "Hằng ngày"]
    assert sheet.column_values(2, 1) == [15000, "#DIV/0!", "#N/A", "#REF!", 16000, 15500]
    assert sheet.column_values(1, 1) == [120, 110, 125, 130, "#NUM!", 128]
    assert workbook.sheet("Hằng ngày").cell(336, 1) == "#DIV/0!"
    assert [(p.code, p.location.row + 1, p.location.column) for p in plan.problems] == [
        ("formula_error", 3, 2),
        ("formula_error", 4, 2),
        ("formula_error", 5, 2),
        ("formula_error", 6, 1),
    ]


def test_an_xls_that_xlrd_cannot_read_is_left_to_calamine(tmp_path, caplog):
    """The error-cell scan only adds problems: a file it cannot read gives no error cells and a
    DEBUG line, not a failure."""
    path = tmp_path / "not_biff.xls"
    path.write_bytes(b"\x00" * 600)

    with caplog.at_level("DEBUG", logger="cpaudit.store.sheets"):
        found = _xls_error_cells(path)

    assert found == {}
    assert "error-cell scan of not_biff.xls skipped" in caplog.text


def biff_record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def biff8_bof(kind: int) -> bytes:
    """A BOF record of a BIFF8 workbook globals (5) or worksheet (0x10) substream."""
    return biff_record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0, 1997, 0, 6))


def test_an_error_constant_of_an_xls_is_found_too(tmp_path):
    """BOOLERR records: an error typed in a cell (not a formula's result), and a boolean, which
    is no error; the sheet's name in 16-bit characters. A bare workbook stream, which xlrd reads
    as it reads one from a compound file."""
    name = "Điện".encode("utf-16-le")
    globals_ = biff8_bof(0x0005)
    sheet_at = len(globals_) + 4 + 8 + len(name) + 4  # after BOUNDSHEET and EOF
    boundsheet = biff_record(0x0085, struct.pack("<IBBBB", sheet_at, 0, 0, 4, 1) + name)
    stream = (
        globals_
        + boundsheet
        + biff_record(0x000A, b"")
        + biff8_bof(0x0010)
        + biff_record(0x0205, struct.pack("<HHHBB", 4, 2, 15, 0x2A, 1))  # C5 #N/A
        + biff_record(0x0205, struct.pack("<HHHBB", 5, 2, 15, 1, 0))  # C6 TRUE
        + biff_record(0x000A, b"")
    )
    path = tmp_path / "constants.xls"
    path.write_bytes(stream)

    assert _xls_error_cells(path) == {"Điện": {(4, 2): "#N/A"}}


@pytest.mark.parametrize("kind", KINDS)
def test_a_damaged_file_is_refused_plainly(tmp_path, kind):
    data = (FILES / f"libreoffice.{kind}").read_bytes()
    broken = tmp_path / f"broken.{kind}"
    broken.write_bytes(data[: len(data) // 3])

    with pytest.raises(Exception) as caught:
        read_workbook(broken)

    assert "broken." + kind in str(caught.value)
