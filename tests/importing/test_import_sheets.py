"""Reading CSV in each encoding, XLSX and ODS into sheets with addresses users recognise."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest
from importing_files import claim_dimension, to_cp1258, write_ods, write_xlsx

from cpaudit.audit.model import Establishment, Project, Settings
from cpaudit.store.projectfile import create_project_file
from cpaudit.store.sheets import (
    ImportCancelled,
    Location,
    WorkbookError,
    column_index,
    column_letter,
    read_workbook,
    sniff_delimiter,
)

VIETNAMESE_CSV = (
    "Tháng;Điện (kWh);Than (tấn);Nước (m3);Ghi chú\r\n"
    "01/2024;1.234,5;12,5;300;Bảo dưỡng lò hơi\r\n"
    "02/2024;1.100,0;11,0;280;Nghỉ Tết Nguyên đán\r\n"
)

FILES = Path(__file__).parent / "files"


def _rows(path, **options):
    workbook = read_workbook(path, **options)
    return workbook, workbook.sheets[0].rows()


@pytest.mark.parametrize(
    ("encoding", "detected", "guessed"),
    [
        ("utf-8", "utf-8", False),
        ("utf-8-sig", "utf-8-sig", False),
        ("utf-16", "utf-16", False),  # with its byte-order mark
        ("utf-16-le", "utf-16-le", True),  # without one: told by where the zero bytes are
    ],
)
def test_csv_encodings(tmp_path, encoding, detected, guessed):
    path = tmp_path / "data.csv"
    path.write_bytes(VIETNAMESE_CSV.encode(encoding))
    workbook, rows = _rows(path)
    assert (workbook.encoding, workbook.encoding_guessed) == (detected, guessed)
    assert workbook.delimiter == ";"
    assert rows[0][1] == "Điện (kWh)"
    assert rows[2][4] == "Nghỉ Tết Nguyên đán"


def test_windows_1258_with_combining_tones_comes_out_composed(tmp_path):
    path = tmp_path / "data.csv"
    data = to_cp1258(VIETNAMESE_CSV)
    assert b"\xf2" in data  # 'ệ' is written as 'ê' + combining dot below
    path.write_bytes(data)
    workbook, rows = _rows(path)
    assert workbook.encoding == "cp1258" and workbook.encoding_guessed
    assert rows[0][1] == "Điện (kWh)"
    assert rows[1][4] == "Bảo dưỡng lò hơi"
    assert all(unicodedata.is_normalized("NFC", str(v)) for row in rows for v in row)


def test_decomposed_utf8_is_stored_composed(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text(unicodedata.normalize("NFD", VIETNAMESE_CSV), encoding="utf-8")
    _, rows = _rows(path)
    assert rows[0][2] == "Than (tấn)"


def test_a_wrong_encoding_chosen_by_the_user_names_the_line(tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(to_cp1258(VIETNAMESE_CSV))
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path, encoding="utf-8")
    assert "data.csv" in caught.value.message and "line 1" in caught.value.message


def test_delimiters():
    assert sniff_delimiter("a;b;c\n1,5;2,5;3\n") == ";"
    assert sniff_delimiter("a,b,c\n1.5,2.5,3\n") == ","
    assert sniff_delimiter("a\tb\n1,5\t2\n") == "\t"
    assert sniff_delimiter("just one column\n12\n") == ","


def test_quoted_fields_keep_their_delimiters(tmp_path):
    path = tmp_path / "bill.csv"
    path.write_text('kỳ,"Điện, ca ngày (kWh)",ghi chú\n01/2024,"1,234.5","a ""quoted""\nnote"\n')
    workbook, rows = _rows(path)
    assert rows[0][1] == "Điện, ca ngày (kWh)"
    assert rows[1] == ["01/2024", "1,234.5", 'a "quoted"\nnote']
    assert workbook.sheets[0].text_column(1) is None  # numpy's fast path needs no quotes


def test_text_column_bytes_cover_short_rows(tmp_path):
    path = tmp_path / "meter.csv"
    path.write_text("t,v,w\n1/1/2024 0:15,3.5,x\n1/1/2024 0:30\n1/1/2024 0:45,,y\n")
    column = read_workbook(path).sheets[0].text_column(1, start=1)
    assert list(column.lengths) == [3, 0, 0]
    assert column.text_of(0) == "3.5"
    assert list(column.rows) == [1, 2, 3]


def test_xlsx_merged_headers_spread_over_their_columns(tmp_path):
    path = write_xlsx(
        tmp_path / "report.xlsx",
        [
            ["Tháng", "Năng lượng", None, "Nước (m3)"],
            [None, "Điện (kWh)", "Than (tấn)", None],
            [dt.date(2024, 1, 1), 1000, 12.5, 300],
        ],
        merges=("B1:C1", "A1:A2", "D1:D2"),
    )
    workbook, rows = _rows(path)
    sheet = workbook.sheets[0]
    assert rows[0] == ["Tháng", "Năng lượng", "Năng lượng", "Nước (m3)"]
    assert rows[1] == ["Tháng", "Điện (kWh)", "Than (tấn)", "Nước (m3)"]
    assert sheet.merged_copies[(0, 2)] == (0, 1)
    assert rows[2][0] == dt.date(2024, 1, 1)
    assert rows[2][1] == 1000.0


def test_formula_cells_without_a_stored_value_are_reported_by_address(tmp_path):
    path = write_xlsx(tmp_path / "calc.xlsx", [["Điện (kWh)", "Than (tấn)"], [5, "=A2*2"]])
    workbook = read_workbook(path)
    assert workbook.sheets[0].formula_cells == ((1, 1),)
    assert [str(r) for r in workbook.remarks] == [
        'calc.xlsx, sheet "2024", row 2, column B: cell B2 holds a formula with no stored value: '
        "open the file in a spreadsheet program, let it calculate, and save it"
    ]
    assert workbook.sheets[0].cell(1, 1) is None


def test_a_stored_dimension_of_a_million_rows_costs_nothing(tmp_path):
    rows = [["Tháng", "Điện (kWh)"]] + [[f"{m:02d}/2024", 1000 + m] for m in range(1, 13)]
    huge = claim_dimension(write_xlsx(tmp_path / "huge.xlsx", rows), "A1:Z1000000")
    started = time.perf_counter()
    workbook = read_workbook(huge)
    assert time.perf_counter() - started < 0.5
    assert workbook.sheets[0].n_rows == 13
    assert workbook.sheets[0].n_cols == 2


def test_ods_values_and_merged_cells(tmp_path):
    path = write_ods(
        tmp_path / "report.ods",
        {
            "Năm 2024": [
                ["Tháng", ("Năng lượng", 2)],
                [None, "Điện (kWh)", "Than (tấn)"],
                ["01/2024", 1234.5, 12],
            ]
        },
    )
    started = time.perf_counter()
    workbook, rows = _rows(path)
    assert time.perf_counter() - started < 0.5  # a million repeated empty rows are not read
    assert workbook.kind == "ods"
    assert workbook.sheets[0].name == "Năm 2024"
    assert rows[0] == ["Tháng", "Năng lượng", "Năng lượng"]
    assert rows[2] == ["01/2024", 1234.5, 12.0]


def test_files_cpaudit_cannot_read(tmp_path):
    page = tmp_path / "export.xls"
    page.write_text("<html><body><table><tr><td>1</td></tr></table></body></html>")
    with pytest.raises(WorkbookError) as caught:
        read_workbook(page)
    assert caught.value.code == "not_a_spreadsheet"
    with pytest.raises(WorkbookError):
        read_workbook(tmp_path / "missing.xlsx")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(WorkbookError):
        read_workbook(broken)


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Báo cáo sản xuất 2024")
    page.save()
    return out.getvalue()


def _zip(entries: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text)
    return out.getvalue()


def _ole_without_a_workbook() -> bytes:
    """An OLE compound file whose one stream is not a workbook (as a Word .doc is)."""
    data = (FILES / "libreoffice.xls").read_bytes()
    name = "Workbook".encode("utf-16-le")
    assert data.count(name) == 1
    return data.replace(name, "Document".encode("utf-16-le"))


NOT_DATA_FILES = {
    "report.pdf": _pdf,
    "report.xlsx": _pdf,  # a PDF renamed
    "report.xls": _pdf,
    "report.ods": _pdf,
    "report.csv": _pdf,
    "letter.docx": lambda: _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"}),
    "letter.ods": lambda: _zip(
        {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"}
    ),
    "letter.xls": _ole_without_a_workbook,
    "meter.csv": lambda: b"Time,kWh\n\x00\x01\x02\x03\xff\xfe\x00\x10" * 40,
}


@pytest.mark.parametrize("name", NOT_DATA_FILES)
def test_a_file_that_is_no_spreadsheet_is_named_as_such(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(NOT_DATA_FILES[name]())

    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)

    assert caught.value.code == "not_a_data_file"
    assert caught.value.message == f"{name} is not a CSV, XLSX, XLS or ODS file"


def test_a_project_file_is_to_be_opened_not_imported(tmp_path):
    path = tmp_path / "nha_may.cpaudit"
    create_project_file(path, Project(Establishment("Nhà máy bia"), Settings(baseline_period="")))

    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)

    assert caught.value.code == "project_file"
    assert caught.value.message.splitlines() == [
        "nha_may.cpaudit is not a CSV, XLSX, XLS or ODS file",
        "It is a cpaudit project file: open it (File > Open), do not import it",
    ]
    other = tmp_path / "data.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(WorkbookError) as caught:
        read_workbook(other)
    assert caught.value.code == "not_a_data_file"


def test_real_spreadsheets_and_utf16_text_are_still_read(tmp_path):
    for name in ("libreoffice.xls", "gnumeric-excel95.xls", "libreoffice.ods"):
        assert read_workbook(FILES / name).sheets
    path = tmp_path / "data.txt"
    path.write_bytes(VIETNAMESE_CSV.encode("utf-16-be"))
    assert read_workbook(path).encoding == "utf-16-be"
    decomposed = unicodedata.normalize("NFD", VIETNAMESE_CSV * 20)
    path.write_bytes(decomposed.encode("utf-16-le"))
    assert read_workbook(path).sheets[0].rows()[2][4] == "Nghỉ Tết Nguyên đán"


def test_progress_and_cancel(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [["x", "y"], [1, 2]])
    seen = []
    read_workbook(path, progress=lambda fraction, message: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    with pytest.raises(ImportCancelled):
        read_workbook(path, cancelled=lambda: True)


def test_locations_read_as_users_see_them():
    assert str(Location("data.xlsx", "2024", 6, 2)) == 'data.xlsx, sheet "2024", row 7, column C'
    assert str(Location("meter.csv", "", 0, 0, "date")) == "meter.csv, row 1, column A (date)"
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
    assert column_index("AA") == 26


@pytest.mark.parametrize(
    "content", [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\r\n\r\n", b"\n"], ids=repr
)
def test_an_empty_csv_is_a_plain_error(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)

    with pytest.raises(WorkbookError) as error:
        read_workbook(path)

    assert error.value.code == "empty_file"
    assert str(error.value) == "empty.csv is empty: there is nothing in it to import"
