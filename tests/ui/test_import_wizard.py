"""The import wizard driven as a user would: choose a file, check the columns, import or not."""

import dataclasses
import datetime as dt
import json
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

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
from cpaudit.store.importing import plan_import
from cpaudit.store.projectfile import create_project_file
from cpaudit.ui import i18n
from cpaudit.ui.import_wizard import (
    C_CHECKED,
    C_TARGET,
    MAPPING_PAGE,
    PLAN_PAGE,
    ImportWizard,
    remark_text,
    run_import_wizard,
)

WAIT_MS = 20_000
STEEL = Path(__file__).parents[2] / ".." / "shared" / "cases" / "uci-steel-15min-2018"
HEADERS = ["Tháng", "Sản lượng (tấn)", "Điện (kWh)", "Than (tấn)", "Nước (m3)"]
# Vietnamese numbers as a plant types them; "120.500,5" settles the electricity column's style.
MONTHS = [
    ["01/2024", "1.000,5", "120.500,5", "12,5", 300],
    ["02/2024", "900", "110.250", "11", 280],
    ["03/2024", "1.100,25", "131.000", "13,25", 310],
]


def cp1258(text):
    """Vietnamese as Windows-1258 writes it: a tone the code page lacks precomposed is a
    combining mark after its letter (ệ is ê + dot below)."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


def xlsx(path, rows, title="2024"):
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def project():
    return Project(Establishment("Nhà máy bia Hồng Hà"), Settings(baseline_period=""))


@pytest.fixture
def wizard(qtbot, project, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = ImportWizard(project, settings=settings)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def load(qtbot, wizard, path):
    with qtbot.waitSignal(wizard.workbook_loaded, timeout=WAIT_MS) as blocker:
        wizard.load(path)
    return blocker.args[0]


def check(qtbot, wizard):
    """From the columns page to the check page; the outcome of the check."""
    assert wizard.currentId() == MAPPING_PAGE
    with qtbot.waitSignal(wizard.plan_finished, timeout=WAIT_MS) as blocker:
        wizard.next()
    assert wizard.currentId() == PLAN_PAGE
    return blocker.args[0]


def groups(wizard):
    tree = wizard.plan_page.tree
    found = {}
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        children = [group.child(i) for i in range(group.childCount())]
        found[group.text(0)] = [(c.text(0), c.text(1)) for c in children]
    return found


def preview_cells(wizard):
    table = wizard.mapping_page.preview_table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_a_vietnamese_monthly_file_is_imported(qtbot, wizard, project, tmp_path):
    path = xlsx(tmp_path / "thang.xlsx", [HEADERS, *MONTHS, ["Tổng cộng", 3000.75, None]])

    assert load(qtbot, wizard, path) is True
    page = wizard.file_page
    assert (page.sheet_combo.currentText(), page.header_spin.value()) == ("2024", 1)
    wizard.next()

    spec = wizard.spec
    assert (spec.layout, spec.period_column, spec.number_style) == ("wide", 0, "vi")
    assert [(m.column, m.target, m.code, m.unit) for m in spec.columns] == [
        (1, "product", "SAN_LUONG", "t"),
        (2, "resource", "DIEN", "kWh"),
        (3, "resource", "THAN", "t"),
        (4, "resource", "NUOC", "m3"),
    ]
    cells = preview_cells(wizard)
    assert cells[0] == ["2024-01 (01/01/2024-31/01/2024)", "1,000.5", "120,500.5", "12.5", "300"]
    assert cells[-1][0] == "Tổng cộng"  # shown, greyed, skipped
    assert (
        "Numbers are read in Vietnamese style (1.234,56)." in wizard.mapping_page.info_label.text()
    )

    assert check(qtbot, wizard) == "ok"
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    found = groups(wizard)
    assert found["New resources (3)"] == [
        ("DIEN", "Điện, Energy (kWh)"),
        ("THAN", "Than, Fuels (t)"),
        ("NUOC", "Nước, Water (m3)"),
    ]
    values = found["Values to import (12)"]
    assert ("2024-02 · DIEN", "110,250.0 kWh") in values  # as many decimals as 120,500.5
    assert ("2024-02 · SAN_LUONG", "900.00 t") in values
    assert ("2024-01 · DIEN", "120,500.5 kWh") in values
    assert ("2024-01 · NUOC", "300 m3") in values
    assert found["New periods (3)"][0][1].endswith("(1 Jan 2024 – 31 Jan 2024)")
    assert found["Notes (1)"] == [("row 5", "A total or an average: skipped.")]

    wizard.accept()

    imported = wizard.imported_project
    electricity = {r.period: r.quantity for r in imported.consumption if r.resource == "DIEN"}
    assert electricity == {"2024-01": 120500.5, "2024-02": 110250, "2024-03": 131000}
    assert {r.period: r.quantity for r in imported.production} == {
        "2024-01": 1000.5,
        "2024-02": 900,
        "2024-03": 1100.25,
    }
    assert [p.code for p in imported.periods] == ["2024-01", "2024-02", "2024-03"]
    assert imported.sources == ('Imported from thang.xlsx, sheet "2024"',)
    assert project.consumption == () and project.periods == ()  # the caller's is untouched


def test_a_file_with_problems_shows_them_all_and_imports_nothing(qtbot, wizard, tmp_path):
    rows = [
        HEADERS,
        ["01/2024", "1.000,5", "abc", "12,5", 300],
        ["13/2024", "900", "2.5", None, 301],
        ["02/2024", "1.100,25", "110,5", 3, "x"],
        ["03/2024", "1.250,5", "#DIV/0!", 3, 290],
    ]
    load(qtbot, wizard, xlsx(tmp_path / "loi.xlsx", rows))
    wizard.next()
    target = wizard.mapping_page.mapping_table.cellWidget(1, C_TARGET)  # column C
    if target.currentData() != "resource":  # too few numbers for the guess: the user maps it
        target.setCurrentIndex(target.findData("resource"))
        target.activated.emit(target.currentIndex())
    assert {m.column for m in wizard.spec.columns} == {1, 2, 3, 4}
    red = [c for row in preview_cells(wizard) for c in row if c in ("abc", "13/2024", "x")]
    assert sorted(red) == ["13/2024", "abc", "x"]

    assert check(qtbot, wizard) == "problems"

    problems = groups(wizard)["Problems (5)"]
    assert [where for where, _ in problems] == [
        "row 2, column C (Điện (kWh))",
        "row 3, column A (Tháng)",
        "row 3, column C (Điện (kWh))",
        "row 4, column E (Nước (m3))",
        "row 5, column C (Điện (kWh))",
    ]
    assert problems[0][1] == "“abc” is not a number."
    assert problems[1][1].startswith("“13/2024” is not a period")
    assert problems[2][1].startswith("“2.5” is a number only in the other number style")
    assert problems[3][1] == "“x” is not a number."
    assert problems[4][1] == "The cell shows the spreadsheet error #DIV/0!."
    assert wizard.plan_page.summary_label.text().startswith("Nothing will be imported")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    wizard.accept()  # Finish is disabled; even called, it imports nothing

    assert wizard.imported_project is None and wizard.isVisible()


def test_an_ambiguous_column_is_flagged_until_the_user_confirms_it(qtbot, wizard, tmp_path):
    rows = [HEADERS[:3], ["01/2024", "1.000", "1.250"], ["02/2024", "1.100", "1.300"]]
    load(qtbot, wizard, xlsx(tmp_path / "mo_ho.xlsx", rows))
    wizard.next()
    page = wizard.mapping_page
    info = page.info_label.text()
    assert "Column B (Sản lượng (tấn)): 2 of the first values, such as “1.000”," in info
    assert "Column C (Điện (kWh))" in info
    table = page.preview_table
    assert table.item(0, 2).toolTip().startswith("“1.250” reads differently")
    assert table.item(0, 2).text() == "1.250"  # shown as written: read neither way

    assert wizard.spec.number_style == "en"  # no evidence in the file: the interface's style
    page.style_combo.setCurrentIndex(page.style_combo.findData("vi"))
    page.style_combo.activated.emit(page.style_combo.currentIndex())
    for row in (0, 1):
        page.mapping_table.item(row, C_CHECKED).setCheckState(Qt.CheckState.Checked)

    assert wizard.spec.confirmed_columns == {1, 2}
    assert preview_cells(wizard)[0][1:] == ["1,000", "1,250"]
    assert "read differently" not in page.info_label.text()
    assert check(qtbot, wizard) == "ok"
    wizard.accept()
    assert sorted(r.quantity for r in wizard.imported_project.consumption) == [1250, 1300]
    assert sorted(r.quantity for r in wizard.imported_project.production) == [1000, 1100]


@pytest.fixture
def imported_once(project):
    """The project after the monthly file was imported once."""
    months = tuple(
        Period(f"2024-0{m}", f"2024-0{m}", dt.date(2024, m, 1), dt.date(2024, m, d))
        for m, d in ((1, 31), (2, 29), (3, 31))
    )
    return dataclasses.replace(
        project,
        products=(Product("SAN_LUONG", "Sản lượng", "t"),),
        resources=(
            Resource("DIEN", "Điện", ResourceClass.ENERGY, "kWh"),
            Resource("THAN", "Than", ResourceClass.FUEL, "t"),
            Resource("NUOC", "Nước", ResourceClass.WATER, "m3"),
        ),
        periods=months,
        production=tuple(
            ProductionRecord(p.code, "SAN_LUONG", q)
            for p, q in zip(months, (1000.5, 900, 1100.25), strict=True)
        ),
        consumption=tuple(
            ConsumptionRecord(p.code, code, q)
            for code, values in (
                ("DIEN", (120500.5, 111000, 131000)),  # February differs from the file
                ("THAN", (12.5, 11, 13.25)),
                ("NUOC", (300, 280, 310)),
            )
            for p, q in zip(months, values, strict=True)
        ),
    )


@pytest.mark.parametrize(("replace", "february"), [(False, 111000), (True, 110250)])
def test_importing_again_never_double_counts_and_the_user_chooses(
    qtbot, imported_once, tmp_path, replace, february
):
    wizard = ImportWizard(imported_once)
    qtbot.addWidget(wizard)
    wizard.show()
    load(qtbot, wizard, xlsx(tmp_path / "thang.xlsx", [HEADERS, *MONTHS]))
    wizard.next()
    assert check(qtbot, wizard) == "ok"
    page = wizard.plan_page
    assert groups(wizard)["Values that differ from the project's (1)"] == [
        ("2024-02 / DIEN", "111,000 in the project, 110,250 in the file")
    ]
    assert not page.choice_box.isHidden() and page.keep_radio.isChecked()
    assert "New periods" not in " ".join(groups(wizard))

    (page.replace_radio if replace else page.keep_radio).setChecked(True)
    wizard.accept()

    imported = wizard.imported_project
    assert len(imported.consumption) == len(imported_once.consumption) == 9
    assert len(imported.production) == 3
    electricity = {r.period: r.quantity for r in imported.consumption if r.resource == "DIEN"}
    assert electricity["2024-02"] == february


def test_cancel_leaves_the_project_unchanged(qtbot, project, tmp_path):
    path = xlsx(tmp_path / "thang.xlsx", [HEADERS, *MONTHS])
    seen = []

    def cancel_when_read():
        wizard = QApplication.activeModalWidget()
        seen.append(wizard)

        def read(_ok):
            wizard.next()
            wizard.reject()

        if wizard.workbook is not None:
            read(True)
        else:
            wizard.workbook_loaded.connect(read)

    QTimer.singleShot(0, cancel_when_read)
    result = run_import_wizard(None, project, path)

    assert result is None
    assert isinstance(seen[0], ImportWizard)
    assert project == Project(Establishment("Nhà máy bia Hồng Hà"), Settings(baseline_period=""))


def test_stopping_the_check_imports_nothing(qtbot, wizard, tmp_path):
    load(qtbot, wizard, xlsx(tmp_path / "thang.xlsx", [HEADERS, *MONTHS]))
    wizard.next()
    with qtbot.waitSignal(wizard.plan_finished, timeout=WAIT_MS) as blocker:
        wizard.next()
        wizard.plan_page.busy.stop_button.click()

    assert blocker.args == ["cancelled"]
    assert wizard.plan is None
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.plan_page.summary_label.text() == "Checking was stopped. Nothing was imported."
    with qtbot.waitSignal(wizard.plan_finished, timeout=WAIT_MS) as blocker:
        wizard.plan_page.again_button.click()
    assert blocker.args == ["ok"]


def test_a_file_that_cannot_be_read_says_why(qtbot, wizard, tmp_path):
    path = tmp_path / "page.xls"
    path.write_text("<html><body><table><tr><td>1</td></tr></table></body></html>")

    assert load(qtbot, wizard, path) is False

    assert wizard.file_page.status_label.text() == (
        "page.xls is a web page or XML file saved with a spreadsheet name: open it in a "
        "spreadsheet program and save it as .xlsx or .csv."
    )
    assert not wizard.file_page.isComplete()


def test_a_pdf_or_a_project_file_is_named_as_such_in_each_language(qtbot, wizard, tmp_path):
    pdf = tmp_path / "bao_cao.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")
    project_file = tmp_path / "nha_may.cpaudit"
    create_project_file(project_file, Project(Establishment("Nhà máy"), Settings("")))

    assert load(qtbot, wizard, pdf) is False
    assert wizard.file_page.status_label.text() == (
        "bao_cao.xlsx is not a CSV, XLSX, XLS or ODS file."
    )
    assert load(qtbot, wizard, project_file) is False
    assert wizard.file_page.status_label.text().splitlines() == [
        "nha_may.cpaudit is not a CSV, XLSX, XLS or ODS file.",
        "It is a cpaudit project file: open it with File > Open, do not import it.",
    ]

    i18n.set_language("vi")
    assert load(qtbot, wizard, pdf) is False
    assert wizard.file_page.status_label.text() == (
        "bao_cao.xlsx không phải là tệp CSV, XLSX, XLS hay ODS."
    )
    assert load(qtbot, wizard, project_file) is False
    assert wizard.file_page.status_label.text().splitlines()[1] == (
        "Đây là tệp dự án cpaudit: hãy mở tệp bằng Tệp > Mở, không nhập tệp."
    )


def test_a_windows_1258_csv_shows_its_encoding(qtbot, wizard, tmp_path):
    path = tmp_path / "thang.csv"
    text = "Tháng;Điện (kWh);Nước (m3)\r\n01/2024;120.500,5;300\r\n02/2024;110.250;280\r\n"
    path.write_bytes(cp1258(text))

    load(qtbot, wizard, path)

    page = wizard.file_page
    assert page.encoding_combo.currentData() == "cp1258"
    assert page.encoding_combo.currentText() == "Windows-1258 (Vietnamese)"
    assert page.encoding_note.text() == "(a guess: check the letters below)"
    assert page.delimiter_combo.currentData() == ";"
    assert page.raw_table.item(0, 1).text() == "Điện (kWh)"
    with qtbot.waitSignal(wizard.workbook_loaded, timeout=WAIT_MS):
        page.encoding_combo.setCurrentText("latin-1")
        page.encoding_combo.activated.emit(page.encoding_combo.currentIndex())
    assert wizard.workbook.encoding == "latin-1"
    assert page.raw_table.item(0, 1).text() != "Điện (kWh)"


def test_the_encodings_are_listed_by_name_and_read_by_codec(qtbot, wizard, tmp_path):
    path = tmp_path / "thang.csv"
    path.write_bytes(cp1258("Tháng;Điện (kWh)\r\n01/2024;120.500,5\r\n"))
    load(qtbot, wizard, path)
    combo = wizard.file_page.encoding_combo
    names = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}

    assert names["utf-8"] == "UTF-8"
    assert names["utf-8-sig"] == "UTF-8 with BOM"
    assert names["cp1258"] == "Windows-1258 (Vietnamese)"
    assert names["latin-1"] == "ISO-8859-1 (Latin-1)"
    assert all(name != codec for codec, name in names.items())

    with qtbot.waitSignal(wizard.workbook_loaded, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData("latin-1"))
        combo.activated.emit(combo.currentIndex())
    assert wizard.workbook.encoding == "latin-1"
    assert combo.currentText() == "ISO-8859-1 (Latin-1)"

    i18n.set_language("vi")
    names = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert names["cp1258"] == "Windows-1258 (tiếng Việt)"


def test_the_file_page_words_in_each_language(wizard):
    page = wizard.file_page
    tab = page.delimiter_combo.findData("\t")

    assert page.header_hint.text().endswith("Headers may carry units: Electricity (kWh).")
    assert page.delimiter_combo.itemText(tab) == "tab"

    i18n.set_language("vi")

    assert page.header_hint.text().endswith("Tiêu đề có thể ghi đơn vị: Điện (kWh).")
    assert page.delimiter_combo.itemText(tab) == "dấu tab"


def test_the_mapping_page_names_the_encoding(qtbot, wizard, tmp_path):
    path = tmp_path / "thang.csv"
    path.write_bytes(cp1258("Tháng;Điện (kWh)\r\n01/2024;120.500,5\r\n"))
    load(qtbot, wizard, path)
    wizard.next()

    info = wizard.mapping_page.info_label.text()
    assert "Text encoding: Windows-1258 (Vietnamese)" in info


def test_the_long_layout_roles_can_be_chosen(qtbot, wizard, tmp_path):
    rows = [
        ["Kỳ", "Tài nguyên", "Số lượng", "Đơn vị", "Loại tài nguyên"],
        ["2024", "Điện", "1.500,5", "kWh", "năng lượng"],
        ["2024", "Than", "12,5", "tấn", "nhiên liệu"],
    ]
    load(qtbot, wizard, xlsx(tmp_path / "dai.xlsx", rows))
    wizard.next()
    assert wizard.spec.layout == "long"
    table = wizard.mapping_page.mapping_table
    quantity = table.cellWidget(2, C_TARGET)
    quantity.setCurrentIndex(0)  # the user unmaps the quantity: nothing can be read
    quantity.activated.emit(0)
    assert wizard.spec.long is None and not wizard.mapping_page.isComplete()
    quantity.setCurrentIndex(quantity.findData("quantity"))
    quantity.activated.emit(quantity.currentIndex())
    assert wizard.spec.long.quantity == 2

    assert check(qtbot, wizard) == "ok"
    wizard.accept()
    assert sorted(r.quantity for r in wizard.imported_project.consumption) == [12.5, 1500.5]


@pytest.mark.skipif(not STEEL.exists(), reason="the shared case data are not beside the repo")
def test_fifteen_minute_readings_add_up_to_months(qtbot, wizard):
    assert load(qtbot, wizard, STEEL / "Steel_industry_data.csv")
    wizard.next()
    spec = wizard.spec
    assert (spec.layout, spec.number_style, [m.column for m in spec.columns]) == (
        "interval",
        "en",
        [1],
    )
    assert preview_cells(wizard)[0] == ["01/01/2018 00:15", "3.17"]

    assert check(qtbot, wizard) == "ok"
    wizard.accept()
    assert len(wizard.imported_project.consumption) == 12


def test_the_wizard_speaks_vietnamese(qtbot, wizard, tmp_path):
    rows = [HEADERS, *MONTHS, ["04/2024", "1.000,5", "abc", "12,5", 300]]
    load(qtbot, wizard, xlsx(tmp_path / "thang.xlsx", rows))
    wizard.next()

    i18n.set_language("vi")  # switched while the wizard is open

    assert wizard.windowTitle() == "Nhập số liệu"
    assert wizard.mapping_page.title() == "Cho biết các cột chứa gì"
    assert preview_cells(wizard)[0][2] == "120.500,5"
    assert check(qtbot, wizard) == "problems"
    assert groups(wizard) == {
        "Lỗi (1)": [("dòng 5, cột C (Điện (kWh))", "“abc” không phải là số.")]
    }
    assert wizard.button(QWizard.WizardButton.BackButton).text() == "< &Quay lại"


@pytest.mark.skipif(not STEEL.exists(), reason="the shared case data are not beside the repo")
@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_real_steel_file_through_every_page_gives_the_published_totals(qtbot, wizard, lang):
    """UCI steel plant, 35,040 fifteen-minute readings of 2018: 959,636.71 kWh in the year and
    126,238.29 kWh in January (``expected_derived.json`` of the case, exact decimal sums)."""
    expected = json.loads((STEEL / "expected_derived.json").read_text(encoding="utf-8"))
    year = float(Decimal(expected["derived_totals_2018"]["Usage_kWh"]))
    i18n.set_language(lang)

    assert load(qtbot, wizard, STEEL / "Steel_industry_data.csv")
    read = wizard.file_page.read_label.text()
    assert "35.041" in read if lang == "vi" else "35,041 rows of 11 columns" in read
    wizard.next()
    (usage,) = wizard.spec.columns
    assert (usage.column, usage.unit, usage.resource_class) == (1, "kWh", ResourceClass.ENERGY)
    info = wizard.mapping_page.info_label.text()
    assert ("20 đọc như nhau" if lang == "vi" else "20 read the same in either order") in info

    assert check(qtbot, wizard) == "ok"
    totals = groups(wizard)["Tổng (1)" if lang == "vi" else "Totals (1)"]
    total = "959.636,71 kWh trong 12 kỳ" if lang == "vi" else "959,636.71 kWh in 12 periods"
    assert totals == [("USAGE", f"{total} (2018-01 – 2018-12)")]
    values = dict(
        groups(wizard)["Số liệu sẽ nhập (12)" if lang == "vi" else "Values to import (12)"]
    )
    assert values["2018-04 · USAGE"] == ("78.769,80 kWh" if lang == "vi" else "78,769.80 kWh")
    periods = dict(groups(wizard)["Kỳ mới (12)" if lang == "vi" else "New periods (12)"])
    dates = "01/01/2018 – 31/01/2018" if lang == "vi" else "1 Jan 2018 – 31 Jan 2018"
    assert periods["2018-01"] == f"01/2018 ({dates})"
    wizard.accept()

    monthly = {r.period: r.quantity for r in wizard.imported_project.consumption}
    assert sum(monthly.values()) == pytest.approx(year, abs=0.005)
    for month, value in expected["derived_monthly_Usage_kWh"].items():
        assert monthly[month] == pytest.approx(float(Decimal(value)), abs=0.005), month


def test_an_empty_file_says_it_is_empty(qtbot, wizard, tmp_path, message_boxes):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")

    assert load(qtbot, wizard, path) is False

    assert wizard.file_page.status_label.text() == (
        "empty.csv is empty: there is nothing in it to import."
    )
    assert not wizard.file_page.isComplete()
    assert message_boxes.shown == []  # not an unexpected error


def test_a_file_with_only_its_header_says_so(qtbot, wizard, tmp_path, message_boxes):
    path = tmp_path / "header.csv"
    path.write_text("Tháng;Điện (kWh);Nước (m3)\r\n", encoding="utf-8")

    assert load(qtbot, wizard, path) is True
    wizard.next()

    assert wizard.currentId() == MAPPING_PAGE
    assert wizard.mapping_page.info_label.text() == (
        "There are no rows below the header (row 1) to import: choose another header row or "
        "another file."
    )
    assert not wizard.mapping_page.isComplete()
    assert message_boxes.shown == []
    # the same words on the check page, should the user map columns anyway
    problem = plan_import(wizard.project, wizard.workbook, wizard.spec).problems[0]
    assert remark_text(problem, wizard.workbook, wizard.spec) == (
        wizard.mapping_page.info_label.text()
    )


def test_negative_and_zero_quantities_are_worded_in_each_language(qtbot, wizard, tmp_path):
    path = tmp_path / "thang.csv"
    path.write_text("Tháng;Sản lượng (t);Điện (kWh)\r\n01/2024;0;-5\r\n", encoding="utf-8")
    assert load(qtbot, wizard, path) is True
    wizard.next()
    plan = plan_import(wizard.project, wizard.workbook, wizard.spec)
    (negative,) = plan.problems
    zero = next(n for n in plan.notes if n.code == "zero_production")

    assert remark_text(negative, wizard.workbook, wizard.spec).startswith("“-5” is negative")
    assert remark_text(zero, wizard.workbook, wizard.spec).startswith("The production is 0")

    i18n.set_language("vi")
    assert remark_text(negative, wizard.workbook, wizard.spec) == (
        "“-5” là số âm: sản lượng và lượng tiêu thụ không bao giờ nhỏ hơn 0 (thay đổi tồn kho "
        "không được nhập ở đây)."
    )
    assert remark_text(zero, wizard.workbook, wizard.spec) == (
        "Sản lượng bằng 0: vẫn được nhập, nhưng suất tiêu hao của kỳ đó không xác định."
    )


@pytest.fixture
def demo_wizard(qtbot, tmp_path):
    from cpaudit.audit.iac import demo_project

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = ImportWizard(demo_project(), settings=settings)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_a_column_like_an_existing_resource_is_suggested_as_it(qtbot, demo_wizard, tmp_path):
    path = tmp_path / "meter.csv"
    path.write_text("Month,Usage_kWh\n01/2025,1000.5\n02/2025,1100\n", encoding="utf-8")
    load(qtbot, demo_wizard, path)
    demo_wizard.next()

    (usage,) = demo_wizard.spec.columns
    assert (usage.target, usage.code, usage.unit) == ("resource", "EC", "kWh")
    info = demo_wizard.mapping_page.info_label.text()
    assert "Column B (Usage_kWh) is taken as the project's EC – Electricity (kWh)" in info

    assert check(qtbot, demo_wizard) == "ok"
    found = groups(demo_wizard)
    assert not any(title.startswith("New resources") for title in found)
    assert ("2025-01 · EC", "1,000.5 kWh") in found["Values to import (2)"]


def test_a_column_that_may_be_one_of_several_resources_is_flagged(qtbot, demo_wizard, tmp_path):
    path = tmp_path / "meter.csv"
    path.write_text("Month,Heat (GJ)\n01/2025,10\n02/2025,11\n", encoding="utf-8")
    load(qtbot, demo_wizard, path)
    demo_wizard.next()

    (heat,) = demo_wizard.spec.columns
    assert heat.code not in {r.code for r in demo_wizard.project.resources}
    info = demo_wizard.mapping_page.info_label.text()
    assert "Column B (Heat (GJ)) may be one of the project's resources EC – Electricity" in info
    assert "E11 – Purchased steam" in info
    assert "W0 – Water" not in info

    assert check(qtbot, demo_wizard) == "ok"
    (new,) = groups(demo_wizard)["New resources (1)"]
    assert "the project has EC, " in new[1]
