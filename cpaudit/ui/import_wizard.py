"""The import wizard: production and consumption from a factory's CSV or spreadsheet file.

Three pages, one per step of :mod:`cpaudit.store.importing`:

1. **File**: the file, its text encoding and separator (CSV), the sheet and the header row, with
   the first rows as they are in the file. The file is read on the worker, with progress and a
   cancel.
2. **Columns**: the layout (wide, long, interval), what each column holds (product, resource,
   cost or nothing, with code, name, unit and class), the number style and the date order; below,
   the first rows *as cpaudit reads them*, each problem cell marked with its reason.
3. **Check**: the whole file planned on the worker (progress and cancel); every problem with its
   row and column, in which case nothing can be imported; otherwise the new periods, products and
   resources, the values that differ from the project's (keep or replace them) and the notes.

Finish applies the plan to a copy of the project and returns it; the caller sets it in the
window, marks it modified and saves it. Nothing is written here.

The store's import functions are called directly, not through ``services``: the preview of the
first rows needs them on the GUI thread (milliseconds), and this module itself is imported only
when the wizard is opened.
"""

import dataclasses
import logging
import math
import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cpaudit.audit import units
from cpaudit.audit.formatting import format_number, significant_decimals
from cpaudit.audit.model import ResourceClass
from cpaudit.audit.parsing import STYLE_EXAMPLES, cell_text, number_evidence, split_header
from cpaudit.store.importing import (
    ColumnMap,
    LongColumns,
    apply_plan,
    column_headers,
    data_row_count,
    plan_import,
    preview,
    suggest_spec,
)
from cpaudit.store.sheets import Remark, WorkbookError, column_letter, read_workbook
from cpaudit.ui import i18n
from cpaudit.ui.errors import report_unexpected_error
from cpaudit.ui.labels import format_date, resource_class_label, unit_label
from cpaudit.ui.qtcompat import disconnect, emit
from cpaudit.ui.worker import start_task

log = logging.getLogger(__name__)

FILE_PAGE, MAPPING_PAGE, PLAN_PAGE = range(3)
RAW_ROWS = 30  # rows of the file shown on the first page
PREVIEW_ROWS = 20  # rows shown as parsed on the second page
PROBLEM_COLOUR = QColor("#f6d3d6")
AMBIGUOUS_COLOUR = QColor("#fde9b6")
HEADER_COLOUR = QColor("#d6e6f5")
SKIPPED_COLOUR = QColor("#8a8a8a")
SETTINGS_FOLDER = "import/last_folder"

ENCODINGS = ("utf-8", "utf-8-sig", "cp1258", "utf-16", "cp1252", "latin-1")
DELIMITERS = (",", ";", "\t", "|")
LAYOUTS = ("wide", "long", "interval")
STYLES = ("vi", "en")
DATE_ORDERS = ("dmy", "mdy", "ymd")
LONG_ROLES = (
    "period",
    "period_start",
    "period_end",
    "product",
    "resource",
    "resource_class",
    "quantity",
    "unit",
    "cost",
)
FILE_FILTER_EXTENSIONS = "*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv"


def run_import_wizard(parent, project, path_hint=None):
    """Ask for a file and how it maps to ``project``; the project with the data, or None.

    ``project`` itself is never changed. The caller sets the returned project, marks it
    modified and saves it.
    """
    wizard = ImportWizard(project, path_hint, parent)
    try:
        if wizard.exec() == QDialog.DialogCode.Accepted:
            return wizard.imported_project
        return None
    finally:
        wizard.stop_work()
        wizard.deleteLater()


def alike_resources(project, mapping, header):
    """The project's resources that measure what the column of ``mapping`` does: (those of its
    class in the same unit, those in a unit it converts to). A column of no known class
    (``other``) is compared with resources of every class, in units it converts to only."""
    unit = mapping.unit or split_header(header)[1]
    same, convertible = [], []
    if not unit:
        return same, convertible
    unknown_class = mapping.resource_class == ResourceClass.OTHER
    for resource in project.resources:
        if resource.resource_class != mapping.resource_class and not unknown_class:
            continue
        try:
            factor = units.factor(unit, resource.unit)
        except units.UnitError:
            continue
        if math.isclose(factor, 1.0) and resource.resource_class == mapping.resource_class:
            same.append(resource)
        else:
            convertible.append(resource)
    return same, convertible


def _decimals_by_code(plan):
    """Per product and resource, the most decimals its values have: all are written so."""
    found = {}
    for code, quantity in (
        *((r.product, r.quantity) for r in plan.production),
        *((r.resource, r.quantity) for r in plan.consumption),
    ):
        found[code] = max(found.get(code, 0), _decimals(quantity))
    return found


# --- the wizard --------------------------------------------------------------------------------


class ImportWizard(QWizard):
    """Holds the state the pages share: the project, the file as read, the mapping, the plan."""

    workbook_loaded = Signal(bool)  # True: the file was read; False: it could not be, or stopped
    preview_updated = Signal()
    plan_finished = Signal(str)  # "ok", "problems", "cancelled" or "failed"

    def __init__(self, project, path_hint=None, parent=None, settings=None):
        super().__init__(parent)
        self.project = project
        self.workbook = None
        self.spec = None
        self.plan = None
        self.imported_project = None
        self.settings = settings if settings is not None else QSettings()
        self._suggested_for = None
        self.matched = {}  # sheet column -> the existing resource it was suggested as

        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.plan_page = PlanPage(self)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PLAN_PAGE, self.plan_page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self._fit_to_screen(parent)
        self.retranslate_ui()
        if path_hint:
            self.load(path_hint)

    def _fit_to_screen(self, parent):
        """1100 x 760, or less on a small screen: a 1366 x 768 laptop with a taskbar has about
        1366 x 728 for windows, and the buttons must stay on it."""
        screen = (parent.screen() if parent is not None else None) or self.screen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1400, 900)
        width, height = min(1100, room.width() - 24), min(760, room.height() - 48)
        self.setMinimumSize(min(900, width), min(620, height))
        self.resize(width, height)

    # ---- the shared state ---------------------------------------------------------------------

    def load(self, path, encoding=None, delimiter=None):
        """Read ``path`` on the worker; ``workbook_loaded`` tells the outcome."""
        self.file_page.load(path, encoding, delimiter)

    def suggest(self, sheet_name, header_row, layout=None):
        """The mapping suggested for a sheet and header row, with the number style's default.

        Where the file's numbers show no style (numbers stored as numbers, whole numbers), the
        interface language decides.
        """
        spec = suggest_spec(
            self.project, self.workbook, sheet_name, header_row=header_row, layout=layout
        )
        if not self._style_evidence(spec):
            spec = dataclasses.replace(
                spec, number_style="vi" if i18n.current_language() == "vi" else "en"
            )
        return self._take_alike_resources(spec)

    def _take_alike_resources(self, spec):
        """A column suggested as a new resource becomes the project's resource of the same
        class and unit, where there is exactly one: the file's kWh column is most likely the
        project's electricity, not a second one. ``matched`` notes which, for the page to say so.
        """
        self.matched = {}
        if spec.layout == "long" or not spec.columns:
            return spec
        sheet = self.workbook.sheet(spec.sheet)
        headers = column_headers(sheet, spec.header_row, spec.header_rows)
        known = {r.code for r in self.project.resources}
        used = {m.code for m in spec.columns if m.target == "resource"}
        renamed = {}
        for mapping in spec.columns:
            if mapping.target != "resource" or mapping.code in known:
                continue
            same, _convertible = alike_resources(
                self.project, mapping, headers.get(mapping.column, "")
            )
            if len(same) == 1 and same[0].code not in used:
                renamed[mapping.code] = same[0].code
                used.add(same[0].code)
                self.matched[mapping.column] = same[0].code
        if not renamed:
            return spec
        columns = tuple(
            dataclasses.replace(m, code=renamed[m.code], name="") if m.code in renamed else m
            for m in spec.columns
        )  # a cost column follows its resource
        return dataclasses.replace(spec, columns=columns)

    def _style_evidence(self, spec):
        sheet = self.workbook.sheet(spec.sheet)
        rows = sheet.rows(spec.header_row + 1, spec.header_row + 41)
        return any(number_evidence(v) in ("vi", "en") for row in rows for v in row)

    def ensure_spec(self):
        """Suggest a mapping when the file, sheet or header row changed since the last one."""
        sheet_name, header_row = self.file_page.chosen()
        key = (id(self.workbook), sheet_name, header_row)
        if self.spec is None or key != self._suggested_for:
            self.spec = self.suggest(sheet_name, header_row)
            self._suggested_for = key

    def set_spec(self, spec):
        self.spec = spec
        self.plan = None

    def headers(self):
        sheet = self.workbook.sheet(self.spec.sheet)
        return column_headers(sheet, self.spec.header_row, self.spec.header_rows)

    def stop_work(self):
        """Cancel whatever runs on the worker (the wizard is closing)."""
        self.file_page.stop()
        self.plan_page.stop()

    # ---- finishing ----------------------------------------------------------------------------

    def accept(self):
        plan = self.plan
        if plan is None or plan.problems:
            return
        self.imported_project = apply_plan(self.project, plan, self.plan_page.replace())
        log.info(
            "import accepted: %d production, %d consumption records",
            len(plan.production),
            len(plan.consumption),
        )
        super().accept()

    def reject(self):
        self.stop_work()
        self.imported_project = None
        super().reject()

    def done(self, result):
        self.stop_work()
        super().done(result)

    # ---- language -----------------------------------------------------------------------------

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self):
        self.setWindowTitle(self.tr("Import data"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for page in (self.file_page, self.mapping_page, self.plan_page):
            page.retranslate_ui()


# --- words shared by the pages -----------------------------------------------------------------


def layout_label(layout):
    return {
        "wide": QCoreApplication.translate(
            "ImportWizard", "One row per period, one column per product or resource"
        ),
        "long": QCoreApplication.translate(
            "ImportWizard", "One value per row (period, product or resource, quantity, unit)"
        ),
        "interval": QCoreApplication.translate(
            "ImportWizard", "Meter readings with date and time, added up to months"
        ),
    }[layout]


def encoding_label(encoding):
    """A text encoding's readable name; a codec not listed keeps its own name."""
    names = {
        "utf-8": "UTF-8",
        "utf-8-sig": QCoreApplication.translate("import_wizard", "UTF-8 with BOM"),
        "cp1258": QCoreApplication.translate("import_wizard", "Windows-1258 (Vietnamese)"),
        "utf-16": "UTF-16",
        "utf-16-le": "UTF-16 LE",
        "utf-16-be": "UTF-16 BE",
        "utf-32": "UTF-32",
        "cp1252": QCoreApplication.translate("import_wizard", "Windows-1252 (Western European)"),
        "latin-1": "ISO-8859-1 (Latin-1)",
    }
    return names.get(encoding, encoding)


def style_label(style):
    return {
        "vi": QCoreApplication.translate("ImportWizard", "Vietnamese: 1.234,56"),
        "en": QCoreApplication.translate("ImportWizard", "English: 1,234.56"),
    }[style]


def style_name(style):
    return {
        "vi": QCoreApplication.translate("ImportWizard", "Vietnamese"),
        "en": QCoreApplication.translate("ImportWizard", "English"),
    }[style]


def date_order_label(order):
    return {
        "dmy": QCoreApplication.translate("ImportWizard", "day/month/year (dd/mm/yyyy)"),
        "mdy": QCoreApplication.translate("ImportWizard", "month/day/year (mm/dd/yyyy)"),
        "ymd": QCoreApplication.translate("ImportWizard", "year-month-day (yyyy-mm-dd)"),
    }[order]


def long_role_label(role):
    return {
        "": QCoreApplication.translate("ImportWizard", "(ignore)"),
        "period": QCoreApplication.translate("ImportWizard", "Period"),
        "period_start": QCoreApplication.translate("ImportWizard", "Period start date"),
        "period_end": QCoreApplication.translate("ImportWizard", "Period end date"),
        "product": QCoreApplication.translate("ImportWizard", "Product"),
        "resource": QCoreApplication.translate("ImportWizard", "Resource"),
        "resource_class": QCoreApplication.translate("ImportWizard", "Resource class"),
        "quantity": QCoreApplication.translate("ImportWizard", "Quantity"),
        "unit": QCoreApplication.translate("ImportWizard", "Unit"),
        "cost": QCoreApplication.translate("ImportWizard", "Cost"),
    }[role]


def target_label(target):
    return {
        "": QCoreApplication.translate("ImportWizard", "(ignore)"),
        "product": QCoreApplication.translate("ImportWizard", "Production of a product"),
        "resource": QCoreApplication.translate("ImportWizard", "Use of a resource"),
        "cost": QCoreApplication.translate("ImportWizard", "Cost of a resource"),
    }[target]


def where_text(location):
    """Row and column of a problem, as the user finds them in the file."""
    parts = []
    if location.row is not None:
        parts.append(
            QCoreApplication.translate("ImportWizard", "row {row}").format(row=location.row + 1)
        )
    if location.column is not None:
        column = column_letter(location.column)
        if location.header:
            text = QCoreApplication.translate("ImportWizard", "column {column} ({header})")
            parts.append(text.format(column=column, header=location.header))
        else:
            parts.append(
                QCoreApplication.translate("ImportWizard", "column {column}").format(column=column)
            )
    return ", ".join(parts) or QCoreApplication.translate("ImportWizard", "the whole sheet")


_MORE = re.compile(r"^\.\.\. and ([\d,]+) more")
_THROUGH = re.compile(r"through row (\d+)")
_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+")  # a count the core wrote with thousands commas


def remark_text(remark, workbook=None, spec=None):
    """A problem or note in the interface language where its code has words here, else as the
    core wrote it (English). The cell's own text is taken from the file; ``spec`` names the
    number style and date order the file was read in."""
    more = _MORE.match(remark.message)
    if more:
        count = int(more.group(1).replace(",", ""))
        return QCoreApplication.translate(
            "ImportWizard", "… and {count} more problems like the ones above"
        ).format(count=count)
    value = _cell_value(remark.location, workbook)
    texts = {
        "not_a_number": QCoreApplication.translate("ImportWizard", "“{value}” is not a number."),
        "other_style": QCoreApplication.translate(
            "ImportWizard",
            "“{value}” is a number only in the other number style; the file is read in "
            "{style} style. Change the number style if the whole file is written that way.",
        ),
        "ambiguous_number": QCoreApplication.translate(
            "ImportWizard",
            "“{value}” reads differently in Vietnamese and English style, and the column does "
            "not settle which. Tick “Checked” for the column if the chosen style is right, or "
            "write the number unambiguously.",
        ),
        "not_finite": QCoreApplication.translate(
            "ImportWizard", "“{value}” is not a finite number."
        ),
        "formula_error": QCoreApplication.translate(
            "ImportWizard", "The cell shows the spreadsheet error {value}."
        ),
        "formula_without_value": QCoreApplication.translate(
            "ImportWizard",
            "The cell holds a formula with no stored value: open the file in a spreadsheet "
            "program, let it calculate, and save it.",
        ),
        "merged_value": QCoreApplication.translate(
            "ImportWizard",
            "The cell is part of a merged cell: one value cannot belong to two rows; unmerge it.",
        ),
        "not_a_date": QCoreApplication.translate(
            "ImportWizard", "“{value}” is not a date, or not a date that exists."
        ),
        "contradicts_order": QCoreApplication.translate(
            "ImportWizard",
            "“{value}” fits only another date order than {order}. Dates are never swapped: "
            "choose the order the file is written in.",
        ),
        "two_digit_year": QCoreApplication.translate(
            "ImportWizard", "“{value}” has a two-digit year: write the year in full."
        ),
        "time_zone": QCoreApplication.translate(
            "ImportWizard", "“{value}” is in UTC, not the plant's local time: export local times."
        ),
        "not_a_period": QCoreApplication.translate(
            "ImportWizard",
            "“{value}” is not a period (a year, quarter, month, or a period of the project).",
        ),
        "no_period": QCoreApplication.translate(
            "ImportWizard", "The row has values but no period."
        ),
        "missing_value": QCoreApplication.translate(
            "ImportWizard", "The reading is blank: a missing reading is not 0."
        ),
        "negative": QCoreApplication.translate("ImportWizard", "The reading is negative."),
        "negative_quantity": QCoreApplication.translate(
            "ImportWizard",
            "“{value}” is negative: production and use are never below zero (a stock change is "
            "not imported here).",
        ),
        "negative_use": QCoreApplication.translate(
            "ImportWizard",
            "“{value}” is negative: imported as a use given back (steam or power sold back). A "
            "stock change is not imported here: correct the file if it is one.",
        ),
        "zero_production": QCoreApplication.translate(
            "ImportWizard",
            "The production is 0: imported, but the specific consumption of that period is not "
            "defined.",
        ),
        "no_time": QCoreApplication.translate(
            "ImportWizard", "The row has readings but no date and time."
        ),
        "no_quantity": QCoreApplication.translate("ImportWizard", "The row has no quantity."),
        "skipped_blank": QCoreApplication.translate("ImportWizard", "No values: skipped."),
        "skipped_summary": QCoreApplication.translate(
            "ImportWizard", "A total or an average: skipped."
        ),
        "nothing": QCoreApplication.translate(
            "ImportWizard", "The sheet holds no values to import with this mapping."
        ),
        "no_readings": QCoreApplication.translate(
            "ImportWizard", "The sheet has no readings below the header."
        ),
        "no_period_column": QCoreApplication.translate(
            "ImportWizard", "Choose the column that holds the periods."
        ),
        "no_time_column": QCoreApplication.translate(
            "ImportWizard", "Choose the column that holds the dates and times."
        ),
        "no_columns": QCoreApplication.translate("ImportWizard", "Choose the columns to import."),
    }
    text = texts.get(remark.code)
    if text is None or ("{value}" in text and value is None):
        return _worded(remark) or remark.message
    through = _THROUGH.search(remark.message) if remark.code.startswith("skipped_") else None
    if through:
        text += " " + QCoreApplication.translate("ImportWizard", "(through row {row})").format(
            row=through.group(1)
        )
    return text.format(
        value=value,
        style=style_name(spec.number_style) if spec else "",
        order=_date_pattern(spec.date_order) if spec else "",
    )


def no_rows_text(header_row):
    """There is nothing below the header, in its 1-based row ``header_row``."""
    return _no_rows().format(header_row)


def _no_rows():
    return QCoreApplication.translate(
        "ImportWizard",
        "There are no rows below the header (row {0}) to import: choose another header row or "
        "another file.",
    )


def _patterns():
    """(code, the core's message as a pattern, the words here with its parts as {0}, {1} ...)."""
    return (
        ("no_rows", r"there are no rows below the header \(row (\d+)\)", _no_rows()),
        (
            "midnight_closes_date",
            r"the ([\d,]+) readings at 00:00",
            QCoreApplication.translate(
                "ImportWizard",
                "Readings at 00:00 that follow 23:xx of the same date: {0}. Each closes the day "
                "it is dated (read as 24:00 of that date).",
            ),
        ),
        (
            "zero_reading",
            r"([\d,]+) intervals? read exactly 0 \((.*?)\): kept",
            QCoreApplication.translate(
                "ImportWizard",
                "Intervals that read exactly 0: {0} (starting {1}). They are kept as 0; a meter "
                "that did not report may show 0.",
            ),
        ),
        (
            "incomplete_period",
            r"period (\S+) has ([\d,]+) of the ([\d,]+) readings",
            QCoreApplication.translate(
                "ImportWizard",
                "Period {0} has {1} of the {2} readings a complete period needs: its total would "
                "be too small.",
            ),
        ),
        (
            "gap",
            r"(\d+) readings? missing after the interval starting (.+?)(?: \(|$)",
            QCoreApplication.translate(
                "ImportWizard", "Readings missing after the interval starting {1}: {0}."
            ),
        ),
        (
            "duplicate",
            r"two readings for the interval starting (.+?)(?: \(|$)",
            QCoreApplication.translate(
                "ImportWizard", "Two readings for the interval starting {0}."
            ),
        ),
        (
            "duplicate",
            r"(.+) is given twice, in rows (\d+) and (\d+)",
            QCoreApplication.translate(
                "ImportWizard", "{0} is given twice, in rows {1} and {2}: keep one."
            ),
        ),
        (
            "converted",
            r"(.+) converted to (.+) \(x (.+)\)",
            QCoreApplication.translate("ImportWizard", "{0} converted to {1} (× {2})."),
        ),
        (
            "empty_cells",
            r"([\d,]+) empty cells hold no value and add none \((.*)\)",
            QCoreApplication.translate(
                "ImportWizard", "Empty cells, which hold no value and add nothing: {0} ({1})."
            ),
        ),
    )


def _worded(remark):
    """The remark in the interface language from the parts of the core's message, or None."""
    for code, pattern, text in _patterns():
        found = re.match(pattern, remark.message) if code == remark.code else None
        if found:
            parts = [
                _number(int(part.replace(",", ""))) if _THOUSANDS.fullmatch(part) else part
                for part in found.groups()
            ]
            worded = text.format(*parts)
            if remark.message.endswith("(accepted)"):
                worded += " " + QCoreApplication.translate("ImportWizard", "(accepted)")
            elif code == "incomplete_period":
                worded += " " + QCoreApplication.translate(
                    "ImportWizard",
                    "If the month is cut short on purpose, go back and tick “Accept months with "
                    "missing readings”.",
                )
            return worded
    return None


def problem_count(problems):
    """How many problems a list stands for, counting those summed up as "... and N more"."""
    count = 0
    for problem in problems:
        more = _MORE.match(problem.message)
        count += int(more.group(1).replace(",", "")) if more else 1
    return count


def _date_pattern(order):
    return {"dmy": "dd/mm/yyyy", "mdy": "mm/dd/yyyy", "ymd": "yyyy-mm-dd"}[order]


def _cell_value(location, workbook):
    if workbook is None or location.row is None or location.column is None:
        return None
    try:
        sheet = workbook.sheet(location.sheet or None)
        return cell_text(sheet.cell(location.row, location.column))
    except (KeyError, IndexError):
        return None


def workbook_error_text(error, path):
    """The plain message of a file that cannot be read, in the interface language."""
    name = Path(path).name
    texts = {
        "password": QCoreApplication.translate(
            "ImportWizard",
            "{file} is protected by a password: save an unprotected copy and import that.",
        ),
        "damaged": QCoreApplication.translate(
            "ImportWizard", "{file} cannot be read as a spreadsheet: it may be damaged."
        ),
        "not_a_spreadsheet": QCoreApplication.translate(
            "ImportWizard",
            "{file} is a web page or XML file saved with a spreadsheet name: open it in a "
            "spreadsheet program and save it as .xlsx or .csv.",
        ),
        "not_a_data_file": QCoreApplication.translate(
            "ImportWizard", "{file} is not a CSV, XLSX, XLS or ODS file."
        ),
        "project_file": QCoreApplication.translate(
            "ImportWizard",
            "{file} is not a CSV, XLSX, XLS or ODS file.\n"
            "It is a cpaudit project file: open it with File > Open, do not import it.",
        ),
        "empty": QCoreApplication.translate("ImportWizard", "{file} has no sheet with cells."),
        "empty_file": QCoreApplication.translate(
            "ImportWizard", "{file} is empty: there is nothing in it to import."
        ),
        "encoding": QCoreApplication.translate(
            "ImportWizard",
            "The text of {file} cannot be read with this encoding: choose another one.",
        ),
    }
    text = texts.get(getattr(error, "code", ""))
    return text.format(file=name) if text else str(error)


def _holder(widget):
    """``widget`` in a plain container, so it can be hidden inside a table cell (the table
    shows the widgets of its cells itself)."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    return holder


def _item(text, tooltip="", editable=False):
    item = QTableWidgetItem(text)
    if tooltip:
        item.setToolTip(tooltip)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _decimals(value):
    """The decimals ``value`` has (at most 6)."""
    plain = repr(round(float(value), 6))  # no float noise: 128330.84000000001 is 128330.84
    if "e" in plain:
        return significant_decimals(value, 6)
    return min(len(plain.partition(".")[2].rstrip("0")), 6)


def _number(value, decimals=None):
    """A number in the interface language's style, with the decimals it has (at most 6) or
    ``decimals``, so that the values of one column are written alike."""
    if decimals is None:
        decimals = _decimals(value)
    return format_number(value, decimals, i18n.current_language())


def _date(date):
    return format_date(date, i18n.current_language())


def _new_code(label, taken):
    """A code for a new product or resource from its header: ASCII, upper case, unique."""
    plain = unicodedata.normalize("NFD", label.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    code = "_".join(re.findall(r"[A-Za-z0-9]+", plain)).upper()[:16] or "X"
    candidate, number = code, 2
    while candidate in taken:
        candidate, number = f"{code}_{number}", number + 1
    return candidate


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped in the column's width (a tree does not wrap by itself)."""

    def __init__(self, tree):
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        width = self._tree.columnWidth(index.column()) - 8
        if not index.parent().isValid():  # a group's title spans the whole row
            width = self._tree.viewport().width()
        if index.column() == 0:
            width -= self._tree.indentation()
        if not text or width <= 0:
            return hint
        metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole) or option.font)
        flags = Qt.TextFlag.TextWordWrap
        height = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
        return QSize(hint.width(), max(hint.height(), height + 4))


class _Busy(QWidget):
    """A progress bar, a message and a Stop button, for work on the worker."""

    stop_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.message = QLabel(self)
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(lambda: emit(self.stop_requested))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.message, 3)
        layout.addWidget(self.stop_button)
        self.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self):
        self.stop_button.setText(self.tr("Stop"))

    def start(self, message):
        self.bar.setValue(0)
        self.message.setText(message)
        self.stop_button.setEnabled(True)
        self.setVisible(True)

    def progress(self, fraction, message):
        self.bar.setValue(int(max(0.0, min(fraction, 1.0)) * 1000))
        if message:
            self.message.setText(message)

    def finish(self):
        self.setVisible(False)


# --- page 1: the file --------------------------------------------------------------------------


class FilePage(QWizardPage):
    """The file, how its text is read (CSV), the sheet and the header row."""

    def __init__(self, wizard):
        super().__init__()
        self._wizard = wizard
        self._task = None
        self._path = None
        self._header_rows = {}  # sheet name -> the header row guessed when the file was read

        self.path_label = QLabel(self)
        self.path_edit = QLineEdit(self)
        self.path_edit.returnPressed.connect(self._path_entered)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        self.encoding_label = QLabel(self)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setEditable(True)  # any codec Python knows can be typed in
        self.encoding_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(encoding, encoding)
        self.encoding_combo.activated.connect(self._reread)
        self.encoding_note = QLabel(self)
        self.delimiter_label = QLabel(self)
        self.delimiter_combo = QComboBox(self)
        for delimiter in DELIMITERS:
            self.delimiter_combo.addItem("", delimiter)
        self.delimiter_combo.activated.connect(self._reread)
        self.sheet_label = QLabel(self)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.header_label = QLabel(self)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, 1)
        self.header_spin.valueChanged.connect(self._show_raw)
        self.header_hint = QLabel(self)
        self.header_hint.setWordWrap(True)
        self.read_label = QLabel(self)
        self.read_label.setWordWrap(True)

        self.raw_table = QTableWidget(self)
        self.raw_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raw_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.raw_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.raw_table.cellClicked.connect(lambda row, _column: self.header_spin.setValue(row + 1))
        self.raw_table.horizontalHeader().setDefaultSectionSize(120)
        compact = self.raw_table.fontMetrics().height() + 8
        self.raw_table.verticalHeader().setDefaultSectionSize(compact)
        self.busy = _Busy(self)
        self.busy.stop_requested.connect(self.stop)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("color: #a4262c;")
        self.status_label.setVisible(False)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        text_row = QHBoxLayout()
        for widget in (
            self.encoding_label, self.encoding_combo, self.delimiter_label, self.delimiter_combo,
            self.encoding_note,
        ):  # fmt: skip
            text_row.addWidget(widget)
        text_row.addStretch(1)
        sheet_row = QHBoxLayout()
        for widget in (self.sheet_label, self.sheet_combo, self.header_label, self.header_spin):
            sheet_row.addWidget(widget)
        sheet_row.addWidget(self.header_hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(text_row)
        layout.addLayout(sheet_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.status_label)
        layout.addWidget(self.read_label)
        layout.addWidget(self.raw_table, 1)
        self._show_kind(None)

    def retranslate_ui(self):
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV or spreadsheet file (XLSX, XLS, ODS) with production and consumption. "
                "Choose the sheet and the row that holds the column headers; click a row below "
                "to make it the header row."
            )
        )
        self.path_label.setText(self.tr("&File:"))
        self.path_label.setBuddy(self.path_edit)
        self.path_edit.setPlaceholderText(self.tr("Choose a file…"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.encoding_label.setText(self.tr("&Encoding:"))
        self.encoding_label.setBuddy(self.encoding_combo)
        self.encoding_combo.setToolTip(
            self.tr(
                "How the text of the CSV file is written. Excel on a Vietnamese Windows often "
                "writes cp1258; if the letters below look wrong, choose another encoding."
            )
        )
        for index in range(self.encoding_combo.count()):
            self.encoding_combo.setItemText(
                index, encoding_label(self.encoding_combo.itemData(index))
            )
        self.delimiter_label.setText(self.tr("&Separator:"))
        self.delimiter_label.setBuddy(self.delimiter_combo)
        names = {
            ",": self.tr("comma ,"),
            ";": self.tr("semicolon ;"),
            "\t": self.tr("tab"),
            "|": self.tr("bar |"),
        }
        for index, delimiter in enumerate(DELIMITERS):
            self.delimiter_combo.setItemText(index, names[delimiter])
        self.sheet_label.setText(self.tr("S&heet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.header_label.setText(self.tr("Header &row:"))
        self.header_label.setBuddy(self.header_spin)
        self.header_hint.setText(
            self.tr(
                "Data are read from the row below it. Headers may carry units: Electricity (kWh)."
            )
        )
        self.busy.retranslate_ui()
        self._show_encoding_note()
        self._show_read()

    # ---- reading ------------------------------------------------------------------------------

    def browse(self):
        start = str(self._path.parent) if self._path else ""
        start = start or self._wizard.settings.value(SETTINGS_FOLDER, "", type=str)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            start,
            self.tr("Spreadsheets and CSV files ({extensions});;All files (*)").format(
                extensions=FILE_FILTER_EXTENSIONS
            ),
        )
        if path:
            self._wizard.settings.setValue(SETTINGS_FOLDER, str(Path(path).parent))
            self.load(path)

    def _path_entered(self):
        text = self.path_edit.text().strip()
        if text:
            self.load(text)

    def _reread(self, _index=None):
        if self._path is not None and self._wizard.workbook is not None:
            self.load(self._path, self._chosen_encoding(), self.delimiter_combo.currentData())

    def _chosen_encoding(self):
        """The codec of the name chosen, or the codec typed in; None: detect it."""
        text = self.encoding_combo.currentText().strip()
        index = self.encoding_combo.findText(text)
        if index >= 0:
            return self.encoding_combo.itemData(index)
        return text or None

    def load(self, path, encoding=None, delimiter=None):
        self.stop(tell=False)
        self._path = Path(path)
        self.path_edit.setText(str(self._path))
        self._wizard.workbook = None
        self._wizard.spec = None
        self.status_label.setVisible(False)
        self.read_label.clear()
        self.raw_table.clear()
        self.raw_table.setRowCount(0)
        self.raw_table.setColumnCount(0)

        project = self._wizard.project

        def work(progress, cancelled):
            workbook = read_workbook(
                path, encoding=encoding, delimiter=delimiter, progress=progress,
                cancelled=cancelled,
            )  # fmt: skip
            # the header rows guessed here too: the first guess loads the unit tables (~0.3 s)
            guesses = {s.name: suggest_spec(project, workbook, s.name) for s in workbook.sheets}
            return workbook, {name: spec.header_row for name, spec in guesses.items()}

        self.busy.start(self.tr("Reading {file}…").format(file=self._path.name))
        self._task = start_task(work, name="import-read")
        self._task.progress.connect(self.busy.progress)
        self._task.succeeded.connect(self._read)
        self._task.failed.connect(self._read_failed)
        self._task.cancelled.connect(self._read_stopped)
        emit(self.completeChanged)

    def stop(self, tell=True):
        """Cancel the read; ``tell``: say so and emit ``workbook_loaded(False)``."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            for signal in (task.progress, task.succeeded, task.failed, task.cancelled):
                disconnect(signal)
            self.busy.finish()
            emit(self.completeChanged)
            if tell:
                self._read_stopped()

    def _done(self):
        self._task = None
        self.busy.finish()
        emit(self.completeChanged)

    def _read(self, result):
        self._done()
        workbook, self._header_rows = result
        self._wizard.workbook = workbook
        self._show_kind(workbook)
        emit(self._wizard.workbook_loaded, True)

    def _read_failed(self, error):
        self._done()
        if isinstance(error, WorkbookError):
            self._show_problem(workbook_error_text(error, self._path))
        elif isinstance(error, OSError):
            self._show_problem(str(error))
        else:
            self._show_problem(self.tr("The file could not be read."))
            report_unexpected_error(error, self, "reading a file to import")
        emit(self._wizard.workbook_loaded, False)

    def _read_stopped(self):
        self._done()
        self._show_problem(self.tr("Reading the file was stopped."))
        emit(self._wizard.workbook_loaded, False)

    def _show_problem(self, text):
        self.status_label.setText(text)
        self.status_label.setVisible(True)

    # ---- showing the file ---------------------------------------------------------------------

    def _show_kind(self, workbook):
        is_csv = workbook is not None and workbook.kind == "csv"
        for widget in (self.encoding_label, self.encoding_combo, self.delimiter_label):
            widget.setVisible(is_csv)
        self.delimiter_combo.setVisible(is_csv)
        self.encoding_note.setVisible(is_csv)
        has_sheets = workbook is not None and workbook.kind != "csv"
        self.sheet_label.setVisible(has_sheets)
        self.sheet_combo.setVisible(has_sheets)
        if workbook is None:
            return
        if is_csv:
            if self.encoding_combo.findData(workbook.encoding) < 0:
                self.encoding_combo.addItem(encoding_label(workbook.encoding), workbook.encoding)
            self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(workbook.encoding))
            self.delimiter_combo.setCurrentIndex(
                max(self.delimiter_combo.findData(workbook.delimiter), 0)
            )
            self._show_encoding_note()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in workbook.sheets:
            self.sheet_combo.addItem(sheet.name)
        visible = next((i for i, s in enumerate(workbook.sheets) if not s.hidden), 0)
        self.sheet_combo.setCurrentIndex(visible)
        self.sheet_combo.blockSignals(False)
        self._sheet_chosen()

    def _show_encoding_note(self):
        workbook = self._wizard.workbook
        guessed = workbook is not None and workbook.encoding_guessed
        self.encoding_note.setText(self.tr("(a guess: check the letters below)") if guessed else "")

    def _sheet_chosen(self, _index=None):
        workbook = self._wizard.workbook
        if workbook is None:
            return
        sheet = workbook.sheet(self.sheet_combo.currentText() or None)
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(1, max(sheet.n_rows, 1))
        self.header_spin.setValue(self._header_rows.get(sheet.name, 0) + 1)
        self.header_spin.blockSignals(False)
        self._show_raw()
        emit(self.completeChanged)

    def _show_raw(self, _value=None):
        workbook = self._wizard.workbook
        if workbook is None:
            return
        sheet = workbook.sheet(self.sheet_combo.currentText() or None)
        rows = sheet.rows(0, RAW_ROWS)
        header_row = self.header_spin.value() - 1
        table = self.raw_table
        table.clear()
        table.setRowCount(len(rows))
        table.setColumnCount(sheet.n_cols)
        table.setHorizontalHeaderLabels([column_letter(c) for c in range(sheet.n_cols)])
        table.setVerticalHeaderLabels([str(r + 1) for r in range(len(rows))])
        bold = QFont(table.font())
        bold.setBold(True)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = _item(cell_text(value))
                if r == header_row:
                    item.setBackground(QBrush(HEADER_COLOUR))
                    item.setFont(bold)
                elif r < header_row:
                    item.setForeground(QBrush(SKIPPED_COLOUR))
                table.setItem(r, c, item)
        if 0 <= header_row < len(rows):
            for c in range(sheet.n_cols):
                if table.item(header_row, c) is None:
                    blank = _item("")
                    blank.setBackground(QBrush(HEADER_COLOUR))
                    table.setItem(header_row, c, blank)
        table.resizeColumnsToContents()
        for c in range(sheet.n_cols):
            table.setColumnWidth(c, min(max(table.columnWidth(c), 60), 260))
        self._show_read()

    def _show_read(self):
        """What was read: the kind of file, the sheet, its rows and columns."""
        workbook = self._wizard.workbook
        if workbook is None:
            self.read_label.clear()
            return
        sheet = workbook.sheet(self.sheet_combo.currentText() or None)
        self.read_label.setText(self._read_text(workbook, sheet, self.raw_table.rowCount()))

    def _read_text(self, workbook, sheet, shown):
        kinds = {
            "csv": self.tr("a CSV file"),
            "xlsx": self.tr("an Excel workbook (XLSX)"),
            "xls": self.tr("an Excel 97–2003 workbook (XLS)"),
            "ods": self.tr("an OpenDocument spreadsheet (ODS)"),
        }
        where = (
            "" if workbook.kind == "csv" else self.tr(", sheet “{sheet}”").format(sheet=sheet.name)
        )
        text = (
            self.tr("{file} is {kind}{where}: {rows} rows of {columns} columns, all shown below.")
            if shown >= sheet.n_rows
            else self.tr(
                "{file} is {kind}{where}: {rows} rows of {columns} columns. The first {shown} "
                "are shown; every row is checked before anything is imported."
            )
        )
        return text.format(
            file=workbook.name,
            kind=kinds.get(workbook.kind, workbook.kind),
            where=where,
            rows=format_number(sheet.n_rows, 0, i18n.current_language()),
            columns=sheet.n_cols,
            shown=shown,
        )

    def chosen(self):
        """(sheet name, header row, 0-based) as the user set them."""
        return self.sheet_combo.currentText(), self.header_spin.value() - 1

    def isComplete(self):
        return self._wizard.workbook is not None and self._task is None

    def validatePage(self):
        self._wizard.ensure_spec()
        return True


# --- page 2: the columns -----------------------------------------------------------------------

# columns of the mapping table
C_COLUMN, C_HEADER, C_TARGET, C_CODE, C_NAME, C_UNIT, C_CLASS, C_CHECKED = range(8)


class MappingPage(QWizardPage):
    """The layout, the number style and date order, what each column holds, and the preview."""

    def __init__(self, wizard):
        super().__init__()
        self._wizard = wizard
        self._filling = False
        self._columns = []  # the sheet column of each row of the mapping table
        self._row_widgets = {}  # sheet column -> its row's editing widgets

        self.layout_label = QLabel(self)
        self.layout_combo = QComboBox(self)
        for layout in LAYOUTS:
            self.layout_combo.addItem("", layout)
        self.layout_combo.activated.connect(self._layout_chosen)
        self.style_label = QLabel(self)
        self.style_combo = QComboBox(self)
        for style in STYLES:
            self.style_combo.addItem("", style)
        self.style_combo.activated.connect(self._options_changed)
        self.date_label = QLabel(self)
        self.date_combo = QComboBox(self)
        for order in DATE_ORDERS:
            self.date_combo.addItem("", order)
        self.date_combo.activated.connect(self._options_changed)
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.activated.connect(self._period_column_chosen)
        self.stamps_label = QLabel(self)
        self.stamps_combo = QComboBox(self)
        self.stamps_combo.addItem("", "end")
        self.stamps_combo.addItem("", "start")
        self.stamps_combo.activated.connect(self._options_changed)
        self.incomplete_check = QCheckBox(self)
        self.incomplete_check.toggled.connect(self._options_changed)

        self.mapping_table = QTableWidget(self)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.itemChanged.connect(self._item_changed)
        self.preview_table = QTableWidget(self)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_label = QLabel(self)
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.RichText)

        grid = QGridLayout()
        grid.addWidget(self.layout_label, 0, 0)
        grid.addWidget(self.layout_combo, 0, 1, 1, 3)
        grid.addWidget(self.period_label, 0, 4)
        grid.addWidget(self.period_combo, 0, 5)
        grid.addWidget(self.style_label, 1, 0)
        grid.addWidget(self.style_combo, 1, 1)
        grid.addWidget(self.date_label, 1, 2)
        grid.addWidget(self.date_combo, 1, 3)
        grid.addWidget(self.stamps_label, 1, 4)
        grid.addWidget(self.stamps_combo, 1, 5)
        grid.addWidget(self.incomplete_check, 2, 4, 1, 2)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.preview_label)
        below_layout.addWidget(self.preview_table, 1)
        below_layout.addWidget(self.info_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.mapping_table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self):
        self.setTitle(self.tr("Say what the columns hold"))
        self.setSubTitle(
            self.tr(
                "cpaudit has guessed from the headers; correct what is wrong. Units come from "
                "the headers and can be changed. Below, the first rows as cpaudit reads them: "
                "a red cell cannot be read (point at it to see why)."
            )
        )
        self.layout_label.setText(self.tr("&Layout:"))
        self.layout_label.setBuddy(self.layout_combo)
        for index, layout in enumerate(LAYOUTS):
            self.layout_combo.setItemText(index, layout_label(layout))
        self.style_label.setText(self.tr("&Numbers:"))
        self.style_label.setBuddy(self.style_combo)
        for index, style in enumerate(STYLES):
            self.style_combo.setItemText(index, style_label(style))
        self.date_label.setText(self.tr("&Dates:"))
        self.date_label.setBuddy(self.date_combo)
        for index, order in enumerate(DATE_ORDERS):
            self.date_combo.setItemText(index, date_order_label(order))
        self.stamps_label.setText(self.tr("Each &time marks:"))
        self.stamps_label.setBuddy(self.stamps_combo)
        self.stamps_combo.setItemText(0, self.tr("the end of its interval"))
        self.stamps_combo.setItemText(1, self.tr("the start of its interval"))
        self.incomplete_check.setText(self.tr("Accept months with missing readings"))
        self.incomplete_check.setToolTip(
            self.tr(
                "A month with readings missing adds up to too little. Tick this only if the "
                "first or last month is cut short on purpose."
            )
        )
        self.preview_label.setText(self.tr("The first rows as cpaudit reads them:"))
        if self._wizard.spec is not None and self._wizard.workbook is not None:
            self._fill()

    def initializePage(self):
        self._wizard.ensure_spec()
        self._fill()

    def isComplete(self):
        spec = self._wizard.spec
        if spec is None:
            return False
        if spec.layout == "long":
            return spec.long is not None
        return spec.period_column is not None and bool(spec.columns)

    # ---- from the mapping to the widgets ------------------------------------------------------

    def _fill(self):
        spec = self._wizard.spec
        self._filling = True
        try:
            self.layout_combo.setCurrentIndex(LAYOUTS.index(spec.layout))
            self.style_combo.setCurrentIndex(STYLES.index(spec.number_style))
            self.date_combo.setCurrentIndex(DATE_ORDERS.index(spec.date_order))
            self.stamps_combo.setCurrentIndex(0 if spec.timestamps == "end" else 1)
            self.incomplete_check.setChecked(spec.allow_incomplete)
            interval = spec.layout == "interval"
            for widget in (self.stamps_label, self.stamps_combo, self.incomplete_check):
                widget.setVisible(interval)
            self.period_label.setVisible(spec.layout != "long")
            self.period_combo.setVisible(spec.layout != "long")
            self.period_label.setText(
                self.tr("Date and &time column:") if interval else self.tr("&Period column:")
            )
            self.period_label.setBuddy(self.period_combo)
            self._fill_period_combo()
            if spec.layout == "long":
                self._fill_long_table()
            else:
                self._fill_column_table()
        finally:
            self._filling = False
        self.refresh_preview()

    def _fill_period_combo(self):
        spec = self._wizard.spec
        headers = self._wizard.headers()
        self.period_combo.clear()
        self.period_combo.addItem(self.tr("(choose)"), None)
        for column, header in headers.items():
            self.period_combo.addItem(f"{column_letter(column)}: {header}", column)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(spec.period_column), 0))

    def _fill_column_table(self):
        spec = self._wizard.spec
        headers = self._wizard.headers()
        table = self.mapping_table
        table.clear()
        titles = [
            self.tr("Column"),
            self.tr("Header"),
            self.tr("Holds"),
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Unit in the file"),
            self.tr("Class"),
            self.tr("Checked"),
        ]
        table.setColumnCount(len(titles))
        table.setHorizontalHeaderLabels(titles)
        table.horizontalHeaderItem(C_CHECKED).setToolTip(
            self.tr(
                "Tick when you have checked that the column's numbers are written in the chosen "
                "style: values such as 1.234, which read differently in Vietnamese and English "
                "style, are then read in that style."
            )
        )
        self._columns = [c for c in headers if c != spec.period_column]
        self._row_widgets = {}
        table.setRowCount(len(self._columns))
        maps = {m.column: m for m in spec.columns}
        for row, column in enumerate(self._columns):
            self._fill_column_row(row, column, headers.get(column, ""), maps.get(column))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        table.setColumnWidth(C_HEADER, min(max(table.columnWidth(C_HEADER), 120), 260))
        table.setColumnWidth(C_TARGET, max(table.columnWidth(C_TARGET), 170))
        table.setColumnWidth(C_CODE, max(table.columnWidth(C_CODE), 150))
        table.setColumnWidth(C_UNIT, max(table.columnWidth(C_UNIT), 110))
        table.setColumnWidth(C_CLASS, max(table.columnWidth(C_CLASS), 120))
        header.setSectionResizeMode(C_NAME, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    def _fill_column_row(self, row, column, header, mapping):
        """The row's widgets, made once per table; :meth:`_update_row` sets their values."""
        table = self.mapping_table
        spec = self._wizard.spec
        table.setItem(row, C_COLUMN, _item(column_letter(column)))
        table.setItem(row, C_HEADER, _item(header, header))

        target = QComboBox(table)
        targets = ("", "product", "resource") + (("cost",) if spec.layout == "wide" else ())
        for name in targets:
            target.addItem(target_label(name), name)
        target.activated.connect(lambda _i, c=column: self._target_chosen(c))
        table.setCellWidget(row, C_TARGET, target)

        code = QComboBox(table)
        code.setEditable(True)
        code.lineEdit().editingFinished.connect(lambda c=column: self._code_changed(c))
        code.activated.connect(lambda _i, c=column: self._code_changed(c))
        table.setCellWidget(row, C_CODE, _holder(code))

        name = QLineEdit(table)
        name.editingFinished.connect(lambda c=column: self._field_changed(c))
        table.setCellWidget(row, C_NAME, _holder(name))

        unit = QLineEdit(table)
        unit.setPlaceholderText(self.tr("e.g. kWh"))
        unit.editingFinished.connect(lambda c=column: self._field_changed(c))
        table.setCellWidget(row, C_UNIT, _holder(unit))

        classes = QComboBox(table)
        for resource_class in ResourceClass:
            classes.addItem(resource_class_label(resource_class), resource_class)
        classes.activated.connect(lambda _i, c=column: self._field_changed(c))
        table.setCellWidget(row, C_CLASS, _holder(classes))
        self._row_widgets[column] = (target, code, name, unit, classes)

        checked = QTableWidgetItem()
        checked.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        confirmed = column in spec.confirmed_columns
        checked.setCheckState(Qt.CheckState.Checked if confirmed else Qt.CheckState.Unchecked)
        table.setItem(row, C_CHECKED, checked)
        self._update_row(column, header, mapping)

    def _update_row(self, column, header, mapping):
        """Show ``mapping`` (None: the column is ignored) in the column's row."""
        target, code, name, unit, classes = self._widgets(column)
        project = self._wizard.project
        existing = self._existing(mapping) if mapping is not None else None
        was = self._filling
        self._filling = True
        try:
            target.setCurrentIndex(max(target.findData(mapping.target if mapping else ""), 0))
            code.clear()
            if mapping is not None:
                pool = project.products if mapping.target == "product" else project.resources
                code.addItems([item.code for item in pool])
                code.setCurrentText(mapping.code)
            code.setVisible(mapping is not None)
            name.setText(self._name_shown(mapping, header))
            name.setEnabled(mapping is not None and mapping.target != "cost" and existing is None)
            name.setVisible(mapping is not None and mapping.target != "cost")
            unit.setText((mapping.unit or split_header(header)[1]) if mapping else "")
            unit.setVisible(mapping is not None)
            shown = existing or mapping
            chosen = getattr(shown, "resource_class", ResourceClass.OTHER)
            classes.setCurrentIndex(max(classes.findData(chosen), 0))
            is_new_resource = mapping is not None and mapping.target == "resource"
            classes.setEnabled(is_new_resource and existing is None)
            classes.setVisible(is_new_resource)
        finally:
            self._filling = was

    def _name_shown(self, mapping, header):
        if mapping is None:
            return ""
        existing = self._existing(mapping)
        if existing is not None:
            return existing.name
        return mapping.name or split_header(header)[0].rsplit(" / ", 1)[-1]

    def _existing(self, mapping):
        project = self._wizard.project
        pool = project.products if mapping.target == "product" else project.resources
        return next((item for item in pool if item.code == mapping.code), None)

    def _fill_long_table(self):
        spec = self._wizard.spec
        headers = self._wizard.headers()
        table = self.mapping_table
        table.clear()
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header"), self.tr("Holds")])
        chosen = dataclasses.asdict(spec.long) if spec.long is not None else {}
        roles = {c: role for role, c in chosen.items() if c is not None}
        self._columns = list(headers)
        table.setRowCount(len(self._columns))
        for row, column in enumerate(self._columns):
            header = headers.get(column, "")
            table.setItem(row, C_COLUMN, _item(column_letter(column)))
            table.setItem(row, C_HEADER, _item(header, header))
            combo = QComboBox(table)
            for role in ("", *LONG_ROLES):
                combo.addItem(long_role_label(role), role)
            combo.setCurrentIndex(max(combo.findData(roles.get(column, "")), 0))
            combo.activated.connect(lambda _i, c=column: self._long_role_chosen(c))
            table.setCellWidget(row, C_TARGET, combo)
        table.resizeColumnsToContents()
        table.setColumnWidth(C_HEADER, min(max(table.columnWidth(C_HEADER), 160), 320))
        table.horizontalHeader().setStretchLastSection(True)

    # ---- from the widgets to the mapping ------------------------------------------------------

    def _row_of(self, column):
        return self._columns.index(column)

    def _set(self, spec, rebuild=False):
        self._wizard.set_spec(spec)
        if rebuild:
            self._fill()
        else:
            self.refresh_preview()
        emit(self.completeChanged)

    def _layout_chosen(self, _index):
        spec = self._wizard.spec
        layout = self.layout_combo.currentData()
        if layout == spec.layout:
            return
        fresh = self._wizard.suggest(spec.sheet, spec.header_row, layout)
        fresh = dataclasses.replace(
            fresh, number_style=spec.number_style, date_order=spec.date_order
        )
        self._set(fresh, rebuild=True)

    def _options_changed(self, *_args):
        if self._filling:
            return
        spec = dataclasses.replace(
            self._wizard.spec,
            number_style=self.style_combo.currentData(),
            date_order=self.date_combo.currentData(),
            timestamps=self.stamps_combo.currentData(),
            allow_incomplete=self.incomplete_check.isChecked(),
        )
        self._set(spec)

    def _period_column_chosen(self, _index):
        spec = self._wizard.spec
        column = self.period_combo.currentData()
        columns = tuple(m for m in spec.columns if m.column != column)
        self._set(dataclasses.replace(spec, period_column=column, columns=columns), rebuild=True)

    def _widgets(self, column):
        """(target, code, name, unit, class) widgets of the column's row."""
        return self._row_widgets[column]

    def _target_chosen(self, column):
        spec = self._wizard.spec
        target = self._widgets(column)[0].currentData()
        others = tuple(m for m in spec.columns if m.column != column)
        old = next((m for m in spec.columns if m.column == column), None)
        if target:
            header = self._wizard.headers().get(column, "")
            label, unit = split_header(header)
            label = label.rsplit(" / ", 1)[-1]
            if old is not None and (old.target == "cost") == (target == "cost"):
                mapping = dataclasses.replace(old, target=target)
            elif target == "cost":
                code = next((m.code for m in others if m.target == "resource"), "")
                mapping = ColumnMap(column, "cost", code, unit)
            else:
                taken = {m.code for m in others}
                taken |= {p.code for p in self._wizard.project.products}
                taken |= {r.code for r in self._wizard.project.resources}
                mapping = ColumnMap(column, target, _new_code(label, taken), unit, label)
            others = tuple(sorted((*others, mapping), key=lambda m: m.column))
        self._set(dataclasses.replace(spec, columns=others))
        self._refill_row(column)

    def _refill_row(self, column):
        spec = self._wizard.spec
        mapping = next((m for m in spec.columns if m.column == column), None)
        self._update_row(column, self._wizard.headers().get(column, ""), mapping)

    def _code_changed(self, column):
        if self._filling:
            return
        spec = self._wizard.spec
        old = next((m for m in spec.columns if m.column == column), None)
        code = self._widgets(column)[1].currentText().strip()
        if old is None or code == old.code:
            return
        self._replace_map(dataclasses.replace(old, code=code))
        self._refill_row(column)

    def _field_changed(self, column):
        if self._filling:
            return
        spec = self._wizard.spec
        old = next((m for m in spec.columns if m.column == column), None)
        if old is None:
            return
        _target, _code, name, unit, classes = self._widgets(column)
        changed = dataclasses.replace(
            old,
            name=name.text().strip() if self._existing(old) is None else old.name,
            unit=unit.text().strip(),
            resource_class=classes.currentData(),
        )
        if changed != old:
            self._replace_map(changed)

    def _replace_map(self, mapping):
        spec = self._wizard.spec
        columns = tuple(mapping if m.column == mapping.column else m for m in spec.columns)
        self._set(dataclasses.replace(spec, columns=columns))

    def _item_changed(self, item):
        if self._filling or item.column() != C_CHECKED or self._wizard.spec.layout == "long":
            return
        column = self._columns[item.row()]
        confirmed = set(self._wizard.spec.confirmed_columns)
        if item.checkState() == Qt.CheckState.Checked:
            confirmed.add(column)
        else:
            confirmed.discard(column)
        self._set(dataclasses.replace(self._wizard.spec, confirmed_columns=frozenset(confirmed)))

    def _long_role_chosen(self, column):
        table = self.mapping_table
        chosen = table.cellWidget(self._row_of(column), C_TARGET).currentData()
        roles = {}
        for row, other in enumerate(self._columns):
            combo = table.cellWidget(row, C_TARGET)
            if other != column and chosen and combo.currentData() == chosen:
                combo.setCurrentIndex(0)  # a role belongs to one column
            if combo.currentData():
                roles[combo.currentData()] = other
        long = None
        if "period" in roles and "quantity" in roles:
            long = LongColumns(**roles)
        self._set(dataclasses.replace(self._wizard.spec, long=long))

    # ---- the preview --------------------------------------------------------------------------

    def refresh_preview(self):
        wizard = self._wizard
        spec = wizard.spec
        table = self.preview_table
        table.clear()
        table.setRowCount(0)
        table.setColumnCount(0)
        if not self.isComplete():
            self.info_label.setText(self._missing_text())
            emit(wizard.preview_updated)
            return
        shown = preview(wizard.project, wizard.workbook, spec, PREVIEW_ROWS)
        self._fill_preview(shown)
        self.info_label.setText(self._info_html(shown))
        emit(wizard.preview_updated)

    def _missing_text(self):
        spec = self._wizard.spec
        sheet = self._wizard.workbook.sheet(spec.sheet)
        if not data_row_count(sheet, spec):
            return no_rows_text(spec.header_row + 1)
        if spec.layout == "long":
            return self.tr("Choose the column of periods and the column of quantities.")
        if spec.period_column is None:
            if spec.layout == "interval":
                return self.tr("Choose the column that holds the dates and times.")
            return self.tr("Choose the column that holds the periods.")
        return self.tr("Choose what at least one column holds.")

    def _fill_preview(self, shown):
        table = self.preview_table
        spec = self._wizard.spec
        flagged = {
            c
            for c, check in shown.number_checks.items()
            if check.flagged and c not in spec.confirmed_columns
        }
        table.setColumnCount(len(shown.columns))
        table.setRowCount(len(shown.rows))
        for index, column in enumerate(shown.columns):
            title = f"{column_letter(column.column)}: {column.header}\n{self._role_text(column)}"
            item = _item(title)
            if column.column in flagged:
                item.setBackground(QBrush(AMBIGUOUS_COLOUR))
                item.setToolTip(
                    self.tr("Some values of this column read differently in the two styles.")
                )
            table.setHorizontalHeaderItem(index, item)
        table.setVerticalHeaderLabels([str(reading.row + 1) for reading in shown.rows])
        workbook = self._wizard.workbook
        for r, reading in enumerate(shown.rows):
            skipped = {
                "blank": self.tr("Skipped: no values."),
                "summary": self.tr("Skipped: a total or an average."),
            }.get(reading.status, "")
            for c, cell in enumerate(reading.cells):
                if cell.code:
                    where = workbook.location(spec.sheet, cell.row, cell.column)
                    reason = remark_text(Remark(cell.code, cell.problem, where), workbook, spec)
                    item = _item(cell.text, reason)
                    colour = AMBIGUOUS_COLOUR if cell.code == "ambiguous_number" else PROBLEM_COLOUR
                    item.setBackground(QBrush(colour))
                elif skipped:
                    item = _item(cell.text, skipped)
                    item.setForeground(QBrush(SKIPPED_COLOUR))
                else:
                    item = _item(self._shown(cell), cell.text)
                if isinstance(cell.value, float):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        for c in range(table.columnCount()):
            table.setColumnWidth(c, min(max(table.columnWidth(c), 90), 280))
        table.resizeRowsToContents()

    def _shown(self, cell):
        if isinstance(cell.value, float):
            return _number(cell.value)
        return cell.shown

    def _role_text(self, column):
        role, _, code = column.role.partition(" ")
        texts = {
            "period": self.tr("→ periods"),
            "time": self.tr("→ dates and times"),
            "product": self.tr("→ production of {code}"),
            "resource": self.tr("→ use of {code}"),
            "cost": self.tr("→ cost of {code}"),
        }
        if role in texts:
            text = texts[role].format(code=code)
        else:
            text = "→ " + long_role_label(role) if role in LONG_ROLES else column.role
        if column.unit:
            text += f" ({column.unit}"
            if column.target_unit and column.target_unit != column.unit:
                text += f" → {column.target_unit}"
            text += ")"
        return text

    def _info_html(self, shown):
        from html import escape

        spec = self._wizard.spec
        workbook = self._wizard.workbook
        lines = [
            escape(
                self.tr("Numbers are read in {style} style ({example}).").format(
                    style=style_name(spec.number_style), example=STYLE_EXAMPLES[spec.number_style]
                )
            )
        ]
        check = shown.date_check
        counted = (
            check.fits_only_order + check.fits_both + check.fits_only_other + check.same_either_way
            if check is not None
            else 0
        )
        if counted:
            lines.append(
                escape(
                    self.tr(
                        "Dates are read as {order}. Of the dates above, {only} fit only this "
                        "order, {both} fit both orders, {same} read the same in either order "
                        "(such as 01/01), {other} fit only another order (those are refused, "
                        "never swapped)."
                    ).format(
                        order=_date_pattern(spec.date_order),
                        only=check.fits_only_order,
                        both=check.fits_both,
                        same=check.same_either_way,
                        other=check.fits_only_other,
                    )
                )
            )
        if workbook.kind == "csv":
            note = self.tr(" (a guess)") if workbook.encoding_guessed else ""
            lines.append(
                escape(
                    self.tr("Text encoding: {encoding}").format(
                        encoding=encoding_label(workbook.encoding)
                    )
                )
                + escape(note)
            )
        headers = self._wizard.headers()
        for column, number_check in sorted(shown.number_checks.items()):
            if not number_check.flagged or column in spec.confirmed_columns:
                continue
            sheet = workbook.sheet(spec.sheet)
            first = spec.header_row + 1 + number_check.flagged[0]
            text = self.tr(
                "Column {column} ({header}): {count} of the first values, such as “{example}”, "
                "read differently in Vietnamese and English style, and the column does not "
                "settle which. Tick “Checked” for it if {style} style is right, or change the "
                "style."
            ).format(
                column=column_letter(column),
                header=headers.get(column, ""),
                count=len(number_check.flagged),
                example=cell_text(sheet.cell(first, column)),
                style=style_name(spec.number_style),
            )
            lines.append(
                f'<span style="background:{AMBIGUOUS_COLOUR.name()}">{escape(text)}</span>'
            )
        lines.extend(escape(text, quote=False) for text in self._alike_notes(headers))
        for problem in shown.problems:
            text = f"{where_text(problem.location)}: {remark_text(problem, workbook, spec)}"
            lines.append(f'<span style="color:#a4262c">{escape(text)}</span>')
        return "<br>".join(lines)

    def _alike_notes(self, headers):
        """Columns taken as an existing resource, and new ones that may duplicate one."""
        project = self._wizard.project
        known = {r.code: r for r in project.resources}
        notes = []
        for mapping in self._wizard.spec.columns:
            if mapping.target != "resource":
                continue
            header = headers.get(mapping.column, "")
            resource = known.get(mapping.code)
            if resource is not None and self._wizard.matched.get(mapping.column) == mapping.code:
                notes.append(
                    self.tr(
                        "Column {column} ({header}) is taken as the project's {code} – {name} "
                        "({unit}): the same class and unit. Type a new code to add it as a new "
                        "resource instead."
                    ).format(
                        column=column_letter(mapping.column),
                        header=header,
                        code=resource.code,
                        name=resource.name,
                        unit=unit_label(resource.unit),
                    )
                )
            elif resource is None:
                same, convertible = alike_resources(project, mapping, header)
                if same or convertible:
                    notes.append(
                        self.tr(
                            "Column {column} ({header}) may be one of the project's resources "
                            "{resources}: choose its code if it is, so that it is not added "
                            "twice."
                        ).format(
                            column=column_letter(mapping.column),
                            header=header,
                            resources=", ".join(
                                f"{r.code} – {r.name}" for r in (*same, *convertible)
                            ),
                        )
                    )
        return notes


# --- page 3: the check -------------------------------------------------------------------------


class PlanPage(QWizardPage):
    """The whole file read by the mapping: every problem, or what the import adds and changes."""

    def __init__(self, wizard):
        super().__init__()
        self._wizard = wizard
        self._task = None

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        font = QFont(self.summary_label.font())
        font.setBold(True)
        self.summary_label.setFont(font)
        self.source_label = QLabel(self)
        self.busy = _Busy(self)
        self.busy.stop_requested.connect(self.stop)
        self.again_button = QPushButton(self)
        self.again_button.clicked.connect(self.start)
        self.again_button.setVisible(False)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_list)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.header().setStretchLastSection(True)
        self.choice_label = QLabel(self)
        self.keep_radio = QRadioButton(self)
        self.replace_radio = QRadioButton(self)
        self.keep_radio.setChecked(True)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.keep_radio)
        self.choice.addButton(self.replace_radio)
        self.choice_box = QWidget(self)
        choice_layout = QHBoxLayout(self.choice_box)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(self.choice_label)
        choice_layout.addWidget(self.keep_radio)
        choice_layout.addWidget(self.replace_radio)
        choice_layout.addStretch(1)
        self.choice_box.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.source_label, 1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.choice_box)

    def retranslate_ui(self):
        self.setTitle(self.tr("Check the whole file"))
        self.setSubTitle(
            self.tr(
                "All or nothing: the data are imported only if every row can be read. Importing "
                "the same file again never counts a value twice."
            )
        )
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("What")])
        self.again_button.setText(self.tr("Check &again"))
        self.copy_button.setText(self.tr("&Copy list"))
        self.copy_button.setToolTip(self.tr("Copy the list below, to fix the file with it"))
        self.choice_label.setText(self.tr("Where the project already has a value:"))
        self.keep_radio.setText(self.tr("&keep the project's value"))
        self.replace_radio.setText(self.tr("&replace it with the file's"))
        self.busy.retranslate_ui()
        if self._wizard.plan is not None:
            self._show(self._wizard.plan)

    def initializePage(self):
        self.start()

    def cleanupPage(self):
        self.stop()
        self._wizard.plan = None

    def isComplete(self):
        plan = self._wizard.plan
        return self._task is None and plan is not None and not plan.problems

    def replace(self):
        return self.replace_radio.isChecked()

    # ---- planning -----------------------------------------------------------------------------

    def start(self):
        self.stop(tell=False)
        wizard = self._wizard
        wizard.plan = None
        project, workbook, spec = wizard.project, wizard.workbook, wizard.spec
        self.tree.clear()
        self.choice_box.setVisible(False)
        self.again_button.setVisible(False)
        self.copy_button.setEnabled(False)
        self.summary_label.setText(self.tr("Checking every row of the file…"))
        where = workbook.name if workbook.kind == "csv" else f"{workbook.name} · {spec.sheet}"
        self.source_label.setText(where)

        def work(progress, cancelled):
            return plan_import(project, workbook, spec, progress=progress, cancelled=cancelled)

        self.busy.start(self.tr("Checking…"))
        self._task = start_task(work, name="import-plan")
        self._task.progress.connect(self.busy.progress)
        self._task.succeeded.connect(self._planned)
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(self._stopped)
        emit(self.completeChanged)

    def stop(self, tell=True):
        """Cancel the check; ``tell``: say so and emit ``plan_finished("cancelled")``."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            for signal in (task.progress, task.succeeded, task.failed, task.cancelled):
                disconnect(signal)
            self.busy.finish()
            if tell:
                self._after_stop()

    def _after_stop(self):
        self.summary_label.setText(self.tr("Checking was stopped. Nothing was imported."))
        self.again_button.setVisible(True)
        emit(self.completeChanged)
        emit(self._wizard.plan_finished, "cancelled")

    def _done(self):
        self._task = None
        self.busy.finish()

    def _planned(self, plan):
        self._done()
        self._wizard.plan = plan
        self._show(plan)
        emit(self.completeChanged)
        emit(self._wizard.plan_finished, "problems" if plan.problems else "ok")

    def _failed(self, error):
        self._done()
        self.summary_label.setText(self.tr("The file could not be checked. Nothing was imported."))
        self.again_button.setVisible(True)
        report_unexpected_error(error, self, "checking a file to import")
        emit(self.completeChanged)
        emit(self._wizard.plan_finished, "failed")

    def _stopped(self):
        self._done()
        self._after_stop()

    # ---- showing the plan ---------------------------------------------------------------------

    def _show(self, plan):
        self.tree.clear()
        self.copy_button.setEnabled(True)
        workbook, spec = self._wizard.workbook, self._wizard.spec
        if plan.problems:
            count = problem_count(plan.problems)
            self.summary_label.setText(
                self.tr(
                    "Nothing will be imported: the file has {count} problems, listed below with "
                    "their rows and columns. Correct the file, or go back and change how it is "
                    "read, then check again."
                ).format(count=count)
            )
            self.again_button.setVisible(True)
            title = self.tr("Problems ({count})").format(count=count)
            group = self._group(title, expanded=True)
            for problem in plan.problems:
                text = remark_text(problem, workbook, spec)
                self._child(group, where_text(problem.location), text)
        else:
            periods = {r.period for r in (*plan.production, *plan.consumption)}
            self.summary_label.setText(
                self.tr(
                    "Ready: {production} production and {consumption} consumption values for "
                    "{periods} periods. The project changes only when you click Import."
                ).format(
                    production=len(plan.production),
                    consumption=len(plan.consumption),
                    periods=len(periods),
                )
            )
            self._show_conflicts(plan)
            self._show_totals(plan)
            self._show_new(plan)
            self._show_values(plan)
        self.choice_box.setVisible(bool(plan.conflicts) and not plan.problems)
        if plan.notes:
            title = self.tr("Notes ({count})").format(count=len(plan.notes))
            group = self._group(title, expanded=True)
            for note in plan.notes:
                self._child(group, where_text(note.location), remark_text(note, workbook, spec))
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, min(max(self.tree.columnWidth(0), 160), 360))

    def _show_conflicts(self, plan):
        if not plan.conflicts:
            return
        count = len(plan.conflicts)
        title = self.tr("Values that differ from the project's ({count})").format(count=count)
        group = self._group(title, expanded=True)
        for conflict in plan.conflicts:
            key = " / ".join(k for k in conflict.key if k)
            decimals = max(_decimals(conflict.old), _decimals(conflict.new))
            text = self.tr("{old} in the project, {new} in the file").format(
                old=_number(conflict.old, decimals), new=_number(conflict.new, decimals)
            )
            self._child(group, key, text)

    def _show_new(self, plan):
        if plan.periods:
            title = self.tr("New periods ({count})").format(count=len(plan.periods))
            group = self._group(title)
            for period in plan.periods:
                dates = f"{_date(period.start)} – {_date(period.end)}"
                self._child(group, period.code, f"{period.label} ({dates})")
        if plan.products:
            title = self.tr("New products ({count})").format(count=len(plan.products))
            group = self._group(title, expanded=True)
            for product in plan.products:
                self._child(group, product.code, f"{product.name} ({product.unit})")
        if plan.resources:
            title = self.tr("New resources ({count})").format(count=len(plan.resources))
            group = self._group(title, expanded=True)
            project = self._wizard.project
            for resource in plan.resources:
                kind = resource_class_label(resource.resource_class)
                what = f"{resource.name}, {kind} ({resource.unit})"
                same, convertible = alike_resources(project, resource, "")
                if same or convertible:
                    what = self.tr(
                        "{what} — the project has {codes} too: is it one of them?"
                    ).format(what=what, codes=", ".join(r.code for r in (*same, *convertible)))
                self._child(group, resource.code, what)

    def _show_totals(self, plan):
        """Per product and resource, the sum of what is imported: to compare with the file's own
        total, or the meter's."""
        units = self._units(plan)
        decimals = _decimals_by_code(plan)
        totals = {}  # (kind, code) -> [quantity, {period: None} in the file's order]
        for kind, records in (("production", plan.production), ("consumption", plan.consumption)):
            for record in records:
                code = record.product if kind == "production" else record.resource
                total = totals.setdefault((kind, code), [0.0, {}])
                total[0] += record.quantity
                total[1][record.period] = None
        if not totals:
            return
        group = self._group(self.tr("Totals ({count})").format(count=len(totals)), expanded=True)
        for (kind, code), (quantity, periods) in totals.items():
            first, last = next(iter(periods)), list(periods)[-1]
            span = first if first == last else f"{first} – {last}"
            what = self.tr("{total} {unit} in {count} periods ({span})").format(
                total=_number(quantity, decimals.get(code)),
                unit=units.get(code, ""),
                count=len(periods),
                span=span,
            )
            if kind == "production":
                what = self.tr("production: {what}").format(what=what)
            self._child(group, code, what)

    def _units(self, plan):
        project = self._wizard.project
        units = {p.code: p.unit for p in (*project.products, *plan.products)}
        units.update({r.code: r.unit for r in (*project.resources, *plan.resources)})
        return units

    def _show_values(self, plan):
        units = self._units(plan)
        decimals = _decimals_by_code(plan)
        count = len(plan.production) + len(plan.consumption)
        group = self._group(self.tr("Values to import ({count})").format(count=count))
        for record in plan.production:
            where = f"{record.period} · {record.product}"
            quantity = _number(record.quantity, decimals[record.product])
            self._child(group, where, f"{quantity} {units.get(record.product, '')}")
        cost_decimals = max((_decimals(r.cost) for r in plan.consumption if r.cost), default=0)
        for record in plan.consumption:
            key = " · ".join(k for k in (record.period, record.resource, record.product) if k)
            amount = f"{_number(record.quantity, decimals[record.resource])} "
            amount += units.get(record.resource, "")
            if record.cost is not None:
                cost = _number(record.cost, cost_decimals)
                amount += " · " + self.tr("cost {cost}").format(cost=cost)
            self._child(group, key, amount)

    def _group(self, title, expanded=False):
        item = QTreeWidgetItem(self.tree, [title])
        item.setFirstColumnSpanned(True)
        font = QFont(self.tree.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setExpanded(expanded)
        return item

    def _child(self, group, where, what):
        item = QTreeWidgetItem(group, [where, what])
        item.setToolTip(1, what)
        return item

    def copy_list(self):
        """The summary and every line of the list, as text, to the clipboard."""
        lines = [self.summary_label.text(), self.source_label.text()]
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            lines.append("")
            lines.append(group.text(0))
            for child in range(group.childCount()):
                item = group.child(child)
                lines.append(f"{item.text(0)}\t{item.text(1)}")
        QGuiApplication.clipboard().setText("\n".join(lines))
