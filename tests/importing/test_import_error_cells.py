"""Spreadsheet error values (#DIV/0!, #N/A) are problems, never read as empty cells.

python-calamine gives an error cell as "" (an empty cell); the reader puts the error text back so
the importer reports it, where it would otherwise drop the value with only a note.
"""

from __future__ import annotations

import re
import zipfile

from importing_files import write_xlsx

from cpaudit.store.importing import ColumnMap, ImportSpec, plan_import
from cpaudit.store.sheets import read_workbook

ROWS = [
    ["Tháng", "Điện (kWh)", "Nước (m3)"],
    ["01/2024", 1500, 300],
    ["02/2024", "#DIV/0!", 280],  # openpyxl writes an error value: <c t="e"><v>#DIV/0!</v></c>
    ["03/2024", "=1/0", 290],  # a formula, given Excel's stored result below
]
SPEC = ImportSpec(
    "2024",
    0,
    period_column=0,
    columns=(ColumnMap(1, "resource", "EC", "kWh"), ColumnMap(2, "resource", "W", "m3")),
)


def with_stored_error(path):
    """The formula cell B4 as Excel saves it after calculating: its error result stored."""
    patched = path.with_name("calculated.xlsx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text, count = re.subn(
                    r'<c r="B4"[^>]*><f>1/0</f><v\s*/?>(</v>)?</c>',
                    '<c r="B4" t="e"><f>1/0</f><v>#N/A</v></c>',
                    data.decode(),
                )
                assert count == 1, data.decode()
                data = text.encode()
            target.writestr(item, data)
    return patched


def test_error_cells_read_as_their_error_text(tmp_path):
    workbook = read_workbook(with_stored_error(write_xlsx(tmp_path / "errors.xlsx", ROWS)))

    sheet = workbook.sheet("2024")

    assert sheet.column_values(1, 1) == [1500, "#DIV/0!", "#N/A"]
    assert sheet.formula_cells == ()  # B4 has its stored (error) value


def test_an_error_cell_stops_the_import_with_its_location(project, tmp_path):
    workbook = read_workbook(with_stored_error(write_xlsx(tmp_path / "errors.xlsx", ROWS)))

    plan = plan_import(project, workbook, SPEC)

    assert [(p.code, p.location.row + 1, p.location.column) for p in plan.problems] == [
        ("formula_error", 3, 1),
        ("formula_error", 4, 1),
    ]
    assert "#DIV/0!" in plan.problems[0].message and not plan.consumption
