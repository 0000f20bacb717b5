"""Write the XLS and ODS fixtures of test_import_xls_ods.py with LibreOffice and Gnumeric.

    python tests/importing/files/make_spreadsheets.py    # needs soffice and ssconvert
    # apt-get install libreoffice-calc-nogui gnumeric

An XLSX with formulas is written with openpyxl, then LibreOffice opens it, calculates every
formula and saves it as XLS (BIFF8) and ODS, storing the results as Excel and Calc do: error
results included. LibreOffice writes no Excel 5/95 (BIFF5) file; Gnumeric saves the ODS as one,
in Windows code page 1258 (Vietnamese). The files are committed; CI needs neither program.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
EXCEL_95 = "gnumeric-excel95.xls"

#: Six months with error cells: formula results (#DIV/0!, #N/A, and Calc's Err:502, which its
#: XLS keeps as #VALUE!), an error typed as a constant (#REF!, which Calc keeps as a formula),
#: and one good formula (320).
ERRORS = [
    ["Tháng", "Sản lượng (t)", "Điện (kWh)", "Nước (m3)"],
    ["01/2024", 120, 15000, 300],
    ["02/2024", 110, "=1/0", 280],
    ["03/2024", 125, "=NA()", 290],
    ["04/2024", 130, "#REF!", 310],
    ["05/2024", "=SQRT(-1)", 16000, 305],
    ["06/2024", 128, 15500, "=D2+20"],
]

#: A clean quarter with a calculated value and a total row: 3,550.5 t, 445,000 kWh, 36.5 t coal.
CLEAN = [
    ["Tháng", "Sản lượng (t)", "Điện (kWh)", "Than (tấn)"],
    ["01/2024", 1200.5, 150000, 12.5],
    ["02/2024", 1100, 140000, 11],
    ["03/2024", 1250, "=C3+15000", 13],
    ["Tổng cộng", "=SUM(B2:B4)", "=SUM(C2:C4)", "=SUM(D2:D4)"],
]

#: 400 days of readings, so the XLS workbook stream is larger than a compound file's 4,096-byte
#: mini-stream cutoff and is read through the main sector table; one #DIV/0! on 1 Dec 2024.
LONG = [["Ngày", "Điện (kWh)"]] + [
    [f"=DATE(2024;1;1)+{day}", "=1/0" if day == 335 else 1000 + day] for day in range(400)
]


def main() -> int:
    soffice, ssconvert = shutil.which("soffice"), shutil.which("ssconvert")
    if soffice is None or ssconvert is None:
        print("apt-get install libreoffice-calc-nogui gnumeric", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "errors.xlsx"
        book = openpyxl.Workbook()
        book.active.title = "Số liệu"
        for name, rows in (("Số liệu", ERRORS), ("Quý I", CLEAN), ("Hằng ngày", LONG)):
            sheet = book[name] if name in book.sheetnames else book.create_sheet(name)
            for row in rows:
                sheet.append([r.replace(";", ",") if isinstance(r, str) else r for r in row])
            if name == "Hằng ngày":
                for (cell,) in sheet.iter_rows(min_row=2, max_col=1):
                    cell.number_format = "dd/mm/yyyy"
        book.save(source)
        for kind in ("xls", "ods"):
            subprocess.run(
                [soffice, "--headless", "--convert-to", kind, "--outdir", folder, str(source)],
                check=True,
                capture_output=True,
            )
            shutil.copy(Path(folder) / f"errors.{kind}", HERE / f"libreoffice.{kind}")
            print(HERE / f"libreoffice.{kind}")
    subprocess.run(
        [ssconvert, "--export-type=Gnumeric_Excel:excel_biff7", "libreoffice.ods", EXCEL_95],
        check=True,
        capture_output=True,
        cwd=HERE,
        env={**os.environ, "WINDOWS_LANGUAGE": "vi"},  # the code page Gnumeric writes: 1258
    )
    print(HERE / EXCEL_95)
    return 0


if __name__ == "__main__":
    sys.exit(main())
