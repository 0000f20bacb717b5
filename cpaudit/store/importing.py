"""Production and consumption from a factory's own files, with every problem found at once.

The import wizard works in three steps, each a plain function here:

1. :func:`suggest_spec` proposes how a sheet maps to the project (header row, layout, period
   column, which column is which product or resource, units from the headers, number style);
   the user corrects it.
2. :func:`preview` shows the first rows *as cpaudit reads them*, cell by cell, with each cell's
   problem, the number style and the date order.
3. :func:`plan_import` reads the whole sheet and returns an :class:`ImportPlan`: the records and
   the new products, resources and periods they need, notes (skipped blank and total rows,
   converted units, a production of 0) and **all** problems with file, sheet, row and column
   (a negative production or use among them: a stock change is not imported here). Nothing is
   imported while there is a problem. :func:`apply_plan` then returns the new project; the
   caller saves it with ``cpaudit.store.projectfile.save_project`` (one transaction).

Three layouts:

``wide``
    One row per period, one column per product or resource (``Tháng | Sản lượng (hl) |
    Điện (kWh) | Than (tấn)``). Periods are years, quarters or months, or existing periods' codes.
``long``
    One row per value (``period, period_start, period_end, product, resource, resource_class,
    quantity, unit, cost``): the layout :mod:`cpaudit.store.exporting` writes and the templates use.
    Optional columns describe a new period, product or resource (``period_label, period_kind,
    product_name, product_report_unit, resource_name, carrier, heating_value_gj_per_unit,
    price_per_unit``), so that a cpaudit export imports into an empty project as the same
    project data. What they say of a period, product or resource the project already has is
    not imported: a note says where it differs.
``interval``
    A timestamp column and meter columns (15-minute, hourly, daily readings), added up to calendar
    months or to chosen periods by :mod:`cpaudit.audit.intervals`.

Allocations of plant-level use to products come with any layout from a companion table
(``resource, product, share``): another sheet of the same workbook with those headers, or, beside
``<stem>_data.csv``, ``<stem>_allocations.csv`` (:attr:`ImportSpec.allocations`, which
:func:`suggest_spec` fills in). A resource's shares in the file replace or keep the project's
shares of that resource as a whole, so they keep adding up.

Importing the same file twice gives the same project: a value for a (period, product) or
(period, resource, product) that the project already has is replaced or kept, as the user
chooses, never added a second time; an import that changes nothing leaves the project as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from cpaudit.audit import units
from cpaudit.audit.formatting import format_number, significant_decimals
from cpaudit.audit.intervals import (
    Label,
    Midnight,
    PeriodTotals,
    month_periods,
    place_readings,
)
from cpaudit.audit.intervals import add_up as add_up_intervals
from cpaudit.audit.model import (
    Allocation,
    ConsumptionRecord,
    Period,
    PeriodKind,
    Product,
    ProductionRecord,
    Project,
    Resource,
    ResourceClass,
)
from cpaudit.audit.parsing import (
    BAD,
    BLANK,
    DATE_ORDER_PATTERNS,
    STYLE_EXAMPLES,
    STYLE_NAMES,
    DateOrder,
    DateOrderCheck,
    NumberColumnCheck,
    NumberStyle,
    ParsedColumn,
    ParseError,
    PeriodSpan,
    ambiguous_number_reason,
    cell_text,
    header_unit,
    money_unit,
    nfc,
    normalise_unit,
    parse_date,
    parse_datetime_chars,
    parse_datetime_values,
    parse_number,
    parse_number_chars,
    parse_number_values,
    parse_period,
    split_header,
    suggest_number_style,
)
from cpaudit.audit.reference import toe_factors
from cpaudit.store.exporting import ALLOCATION_HEADERS, PERIOD_KIND_WORDS, TEMPLATE_HEADERS
from cpaudit.store.sheets import (
    Cancelled,
    ImportCancelled,
    Location,
    Progress,
    Remark,
    Sheet,
    Workbook,
    WorkbookError,
    cell_address,
    column_letter,
    read_workbook,
)

log = logging.getLogger(__name__)

Layout = Literal["wide", "long", "interval"]
Target = Literal["product", "resource", "cost"]

#: At most this many problems of one kind are listed per column; the rest are counted.
PROBLEMS_PER_KIND = 50

_SUMMARY_WORDS = re.compile(
    r"(tổng|cộng|total|subtotal|sum|lũy kế|luỹ kế|bình quân|trung bình|average|mean)\b"
)


# --- the mapping -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnMap:
    """What one column of a wide or interval sheet holds.

    ``target``: ``product`` (production), ``resource`` (consumption) or ``cost`` (the money paid
    for the resource ``code`` in the same row, in the unit written in ``unit``, e.g.
    ``triệu đồng``). ``unit`` is the unit of the values *in the file*; empty means the unit in
    the header, or else the target's own unit. Values are converted to the target's unit.
    """

    column: int  # 0-based
    target: Target
    code: str  # product or resource code: an existing one, or a new one to create
    unit: str = ""
    name: str = ""  # for a new product or resource; empty: the header's label
    resource_class: ResourceClass = ResourceClass.OTHER  # for a new resource
    product: str = ""  # consumption of one product only; empty: the whole plant


@dataclass(frozen=True)
class LongColumns:
    """Which columns of a long sheet hold what (0-based); None where the sheet has no such column.

    Each row holds production (``resource`` empty) or consumption (``resource`` set, ``product``
    optional). ``period_start`` and ``period_end`` define periods the project does not have;
    the columns from ``period_label`` on describe new periods, products and resources.
    """

    period: int
    quantity: int
    product: int | None = None
    resource: int | None = None
    unit: int | None = None
    cost: int | None = None
    resource_class: int | None = None
    period_start: int | None = None
    period_end: int | None = None
    period_label: int | None = None
    period_kind: int | None = None
    product_name: int | None = None
    product_report_unit: int | None = None
    resource_name: int | None = None
    carrier: int | None = None
    heating_value_gj_per_unit: int | None = None
    price_per_unit: int | None = None


@dataclass(frozen=True)
class ImportSpec:
    """How a sheet maps to the project. Rows and columns are 0-based."""

    sheet: str
    header_row: int  # the (last) header row; data start below it
    layout: Layout = "wide"
    header_rows: int = 1  # header rows ending at ``header_row``, joined for each column
    period_column: int | None = None  # wide: periods; interval: timestamps
    columns: tuple[ColumnMap, ...] = ()  # wide and interval
    long: LongColumns | None = None  # long
    number_style: NumberStyle = "vi"
    date_order: DateOrder = "dmy"
    confirmed_columns: frozenset[int] = frozenset()  # ambiguous numbers checked by the user
    last_row: int | None = None  # the last row to read (inclusive); None: to the end
    timestamps: Label = "end"  # interval: a timestamp ends (or starts) its interval
    midnight: Midnight = "auto"  # interval: see cpaudit.audit.intervals
    interval_periods: tuple[str, ...] = ()  # interval: project periods; empty: calendar months
    allow_incomplete: bool = False  # interval: accept periods with missing readings
    allocations: str = ""  # the sheet (CSV: the file beside this one) of allocations; "": none


@dataclass(frozen=True)
class IntervalSeries:
    """One meter column's readings, for a caller that keeps them beside the monthly totals."""

    target: Target
    code: str
    unit: str
    starts: np.ndarray  # datetime64[s], interval starts
    step: np.timedelta64
    values: np.ndarray  # float64, in ``unit``


@dataclass(frozen=True)
class Conflict:
    """A value the project already has for the same key, and the value the file gives."""

    kind: Literal["production", "consumption", "allocation"]
    key: tuple[str, ...]  # (period, product), (period, resource, product) or (resource, product)
    old: float  # an allocation that one side does not have is a share of 0
    new: float


@dataclass(frozen=True)
class ImportPlan:
    """What importing a sheet would add; ``problems`` empty means it can be applied."""

    source: str  # "Imported from <file>, sheet <sheet>": added to the project's sources
    products: tuple[Product, ...] = ()  # new ones
    resources: tuple[Resource, ...] = ()
    periods: tuple[Period, ...] = ()
    production: tuple[ProductionRecord, ...] = ()
    consumption: tuple[ConsumptionRecord, ...] = ()
    conflicts: tuple[Conflict, ...] = ()  # existing values that differ from the file's
    notes: tuple[Remark, ...] = ()
    problems: tuple[Remark, ...] = ()
    intervals: tuple[IntervalSeries, ...] = ()
    allocations: tuple[Allocation, ...] = ()  # from the companion table, all the file gives

    @property
    def ok(self) -> bool:
        return not self.problems


# --- collecting problems -----------------------------------------------------------------------


class _Remarks:
    """Problems and notes, capped per (code, column) so a broken column does not drown the rest."""

    def __init__(self, workbook: Workbook, sheet: Sheet, headers: dict[int, str]) -> None:
        self.workbook, self.sheet, self.headers = workbook, sheet, headers
        self.problems: list[Remark] = []
        self.notes: list[Remark] = []
        self._counts: dict[tuple[str, int | None], int] = defaultdict(int)

    def at(self, row: int | None = None, column: int | None = None) -> Location:
        header = self.headers.get(column, "") if column is not None else ""
        return self.workbook.location(self.sheet, row, column, header)

    def problem(self, code: str, message: str, row=None, column=None) -> None:
        key = (code, column)
        self._counts[key] += 1
        if self._counts[key] <= PROBLEMS_PER_KIND:
            self.problems.append(Remark(code, message, self.at(row, column)))

    def note(self, code: str, message: str, row=None, column=None) -> None:
        self.notes.append(Remark(code, message, self.at(row, column)))

    def finish(self) -> tuple[tuple[Remark, ...], tuple[Remark, ...]]:
        for (code, column), count in self._counts.items():
            if count > PROBLEMS_PER_KIND:
                more = count - PROBLEMS_PER_KIND
                self.problems.append(
                    Remark(
                        code,
                        f"... and {more:,} more problem{'s' if more > 1 else ''} like "
                        "the ones above",
                        self.at(None, column),
                    )
                )
        return tuple(self.problems), tuple(self.notes)


# --- headers and targets -----------------------------------------------------------------------


def column_headers(sheet: Sheet, header_row: int, header_rows: int = 1) -> dict[int, str]:
    """Each column's header: the header rows' texts, top to bottom, repeats dropped.

    A group header merged across columns (``Năng lượng`` over ``Điện (kWh)`` and ``Than (tấn)``)
    is spread over them by the reader, so each column reads ``Năng lượng / Điện (kWh)``.
    """
    first = max(header_row - header_rows + 1, 0)
    rows = sheet.rows(first, header_row + 1)
    headers: dict[int, str] = {}
    for column in range(sheet.n_cols):
        parts: list[str] = []
        for row in rows:
            text = cell_text(row[column]) if column < len(row) else ""
            if text and text not in parts:
                parts.append(text)
        headers[column] = " / ".join(parts)
    return headers


@dataclass(frozen=True)
class _Column:
    """A mapped column, resolved: the unit in the file, the target's unit and the factor."""

    spec: ColumnMap
    header: str
    label: str
    unit: str  # in the file
    target_unit: str
    factor: float  # file unit -> target unit
    currency_scale: float = 1.0  # cost columns


class _Targets:
    """The project's products, resources and periods plus the new ones an import creates."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.products = {p.code: p for p in project.products}
        self.resources = {r.code: r for r in project.resources}
        self.periods = {p.code: p for p in project.periods}
        self.new_products: dict[str, Product] = {}
        self.new_resources: dict[str, Resource] = {}
        self.new_periods: dict[str, Period] = {}
        self._by_text: dict[str, Period] = {}
        for period in project.periods:
            self._by_text.setdefault(_key(period.code), period)
            self._by_text.setdefault(_key(period.label), period)

    def product(self, code: str) -> Product | None:
        return self.products.get(code) or self.new_products.get(code)

    def resource(self, code: str) -> Resource | None:
        return self.resources.get(code) or self.new_resources.get(code)

    def find_product(self, text: str) -> Product | None:
        return _find(text, [*self.products.values(), *self.new_products.values()])

    def find_resource(self, text: str) -> Resource | None:
        return _find(text, [*self.resources.values(), *self.new_resources.values()])

    def period_for_text(self, value: object) -> Period | None:
        """An existing period whose code or label is the cell's text."""
        text = cell_text(value)
        return self._by_text.get(_key(text)) if text else None

    def period_for_span(self, span: PeriodSpan) -> tuple[Period | None, str]:
        """The period for a span: an existing one with the same dates, or a new one.

        Returns (period, problem); the problem is set when the span's code is taken by an
        existing period with other dates.
        """
        for period in (*self.periods.values(), *self.new_periods.values()):
            if period.start == span.start and period.end == span.end:
                return period, ""
        taken = self.periods.get(span.code)
        if taken is not None:
            return None, (
                f"the project's period {span.code!r} runs {taken.start:%d/%m/%Y}-"
                f"{taken.end:%d/%m/%Y}, not {span.start:%d/%m/%Y}-{span.end:%d/%m/%Y}"
            )
        period = Period(span.code, span.label, span.start, span.end)
        self.new_periods[period.code] = period
        return period, ""


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", nfc(text).strip()).casefold()


def _find(text: str, items: Sequence[Product | Resource]) -> Product | Resource | None:
    key = _key(text)
    for item in items:
        if _key(item.code) == key:
            return item
    for item in items:
        if _key(item.name) == key:
            return item
    return None


def _resolve_columns(
    spec: ImportSpec, headers: dict[int, str], targets: _Targets, remarks: _Remarks
) -> list[_Column]:
    """Each mapped column's units; new products and resources registered in ``targets``."""
    resolved: list[_Column] = []
    seen: dict[tuple[str, str, str], int] = {}
    for mapping in spec.columns:
        column = mapping.column
        header = headers.get(column, "")
        key = (mapping.target, mapping.code, mapping.product)
        if key in seen:
            remarks.problem(
                "column_twice",
                f"{mapping.target} {mapping.code!r} is already in column "
                f"{column_letter(seen[key])}",
                None,
                column,
            )
            continue
        seen[key] = column
        if not mapping.code:
            remarks.problem("no_target", "choose what the column holds", None, column)
            continue
        label, written = split_header(header)
        if mapping.target == "cost":
            found = _resolve_cost(mapping, mapping.unit or written, header, targets, remarks)
            if found is not None:
                resolved.append(found)
            continue
        try:
            unit = normalise_unit(mapping.unit or written)
        except ParseError as error:
            hint = ": map it as a cost" if error.code == "money_unit" else ""
            remarks.problem(error.code, f"{error.reason}{hint}", None, column)
            continue
        target = _target(mapping, label, unit, targets, remarks)
        if target is None:
            continue
        if not unit:
            unit = target.unit
            remarks.note(
                "unit_assumed",
                f"the header names no unit: read in {target.unit}, the unit of "
                f"{mapping.target} {target.code}",
                None,
                column,
            )
        try:
            factor = units.factor(unit, target.unit)
        except units.UnitError:
            remarks.problem(
                "unit_mismatch",
                f"values in {unit} cannot be converted to {target.unit}, the unit of "
                f"{mapping.target} {target.code}",
                None,
                column,
            )
            continue
        if factor != 1.0:
            remarks.note(
                "converted",
                f"{unit} converted to {target.unit} (x {factor:g})",
                None,
                column,
            )
        resolved.append(_Column(mapping, header, label, unit, target.unit, factor))
    return resolved


def _target(
    mapping: ColumnMap,
    label: str,
    unit: str,
    targets: _Targets,
    remarks: _Remarks,
) -> Product | Resource | None:
    if mapping.product and targets.product(mapping.product) is None:
        remarks.problem(
            "unknown_product",
            f"there is no product {mapping.product!r}",
            None,
            mapping.column,
        )
        return None
    existing = (
        targets.product(mapping.code)
        if mapping.target == "product"
        else targets.resource(mapping.code)
    )
    if existing is not None:
        return existing
    if not unit:
        remarks.problem(
            "no_unit",
            f"the header names no unit, and {mapping.target} {mapping.code!r} is new: give its "
            "unit",
            None,
            mapping.column,
        )
        return None
    name = mapping.name or label or mapping.code
    if mapping.target == "product":
        product = Product(mapping.code, name, unit)
        targets.new_products[product.code] = product
        return product
    resource = Resource(mapping.code, name, ResourceClass(mapping.resource_class), unit)
    targets.new_resources[resource.code] = resource
    return resource


def _resolve_cost(
    mapping: ColumnMap, written: str, header: str, targets: _Targets, remarks: _Remarks
) -> _Column | None:
    currency = targets.project.establishment.currency
    scale = 1.0
    if written:
        money = money_unit(written)
        if money is None:
            remarks.problem("not_money", f"{written!r} is not money", None, mapping.column)
            return None
        if money[0] != currency:
            remarks.problem(
                "currency",
                f"the column is in {money[0]}, but the project keeps money in {currency}",
                None,
                mapping.column,
            )
            return None
        scale = money[1]
    else:
        remarks.note(
            "currency_assumed",
            f"the header names no currency: read in {currency}",
            None,
            mapping.column,
        )
    if targets.resource(mapping.code) is None:
        remarks.problem(
            "unknown_resource",
            f"the cost of resource {mapping.code!r}, which neither the project nor this sheet has",
            None,
            mapping.column,
        )
        return None
    return _Column(mapping, header, header, written, currency, scale, scale)


# --- reading rows ------------------------------------------------------------------------------


def is_summary_label(value: object) -> bool:
    """A row label that marks a total or average row (``Tổng cộng``, ``Cộng``, ``Total``)."""
    text = cell_text(value).casefold() if value is not None else ""
    return bool(text) and _SUMMARY_WORDS.match(text) is not None


def data_row_count(sheet: Sheet, spec: ImportSpec) -> int:
    """How many rows of ``sheet`` lie below the header (up to ``spec.last_row``), blank or not."""
    return len(_data_rows(sheet, spec))


def _data_rows(sheet: Sheet, spec: ImportSpec, limit: int | None = None) -> range:
    first = spec.header_row + 1
    last = sheet.n_rows if spec.last_row is None else min(spec.last_row + 1, sheet.n_rows)
    if limit is not None:
        last = min(last, first + limit)
    return range(first, max(last, first))


@dataclass(frozen=True)
class CellReading:
    """One cell as cpaudit reads it: the text in the file, the value, and what is wrong."""

    row: int
    column: int
    text: str
    value: object  # float, PeriodSpan, Period, datetime, str or None
    shown: str  # the value as the preview shows it
    problem: str = ""
    code: str = ""


@dataclass(frozen=True)
class RowReading:
    row: int
    status: Literal["data", "blank", "summary"]
    cells: tuple[CellReading, ...]


def _read_period_cell(
    value: object, row: int, column: int, spec: ImportSpec, targets: _Targets
) -> CellReading:
    text = cell_text(value)
    if not text:
        return CellReading(row, column, text, None, "", "the row has values but no period",
                           "no_period")  # fmt: skip
    period = targets.period_for_text(value)
    if period is not None:
        return CellReading(row, column, text, period, _period_text(period))
    try:
        span = parse_period(value, spec.date_order)
    except ParseError as error:
        if error.code == "contradicts_order" or error.code == "two_digit_year":
            return CellReading(row, column, text, None, "", error.reason, error.code)
        reason = error.reason
        if error.code == "not_a_date":
            reason = f"{text!r} is not a period (a year, quarter, month or a project period)"
        return CellReading(row, column, text, None, "", reason, "not_a_period")
    period, problem = targets.period_for_span(span)
    if period is None:
        return CellReading(row, column, text, None, "", problem, "period_dates")
    return CellReading(row, column, text, period, _period_text(period))


def _period_text(period: Period) -> str:
    return f"{period.code} ({period.start:%d/%m/%Y}-{period.end:%d/%m/%Y})"


def _number_cells(
    sheet: Sheet,
    column: int,
    rows: Sequence[int],
    spec: ImportSpec,
    factor: float = 1.0,
) -> tuple[list[CellReading], NumberColumnCheck | None]:
    """A number column's cells for the data rows, with the column-level ambiguity check.

    ``factor`` converts the file's unit to the target's.
    """
    values = sheet.column_values(column, rows[0], rows[-1] + 1) if rows else []
    parsed = parse_number_values(values, spec.number_style)
    check = parsed.number_check
    flagged = set(check.flagged) if check and column not in spec.confirmed_columns else set()
    formulas = set(sheet.formula_cells)

    def read(index: int, row: int, value: object) -> CellReading:
        text = cell_text(value)
        found = _cell_problem(sheet, row, column, text, formulas)
        if found is not None:
            return CellReading(row, column, text, None, "", *found)
        if parsed.status[index] == BLANK:
            return CellReading(row, column, text, None, "")
        if parsed.status[index] == BAD:
            error = parsed.errors[index]
            return CellReading(row, column, text, None, "", error.reason, error.code)
        if index in flagged:
            settles_other = bool(check.other_style_evidence)
            reason = ambiguous_number_reason(text, spec.number_style, settles_other)
            return CellReading(row, column, text, None, "", reason, "ambiguous_number")
        number = float(parsed.values[index]) * factor
        return CellReading(row, column, text, number, _shown_number(number, spec.number_style))

    cells = [read(i, row, value) for i, (row, value) in enumerate(zip(rows, values, strict=True))]
    return cells, check


def _cell_problem(
    sheet: Sheet, row: int, column: int, text: str, formulas: set[tuple[int, int]]
) -> tuple[str, str] | None:
    """(reason, code) for a cell whose value cannot be used whatever it reads."""
    if (row, column) in formulas:
        return (
            f"cell {cell_address(row, column)} holds a formula with no stored value: open the "
            "file in a spreadsheet program, let it calculate, and save it",
            "formula_without_value",
        )
    copy_of = sheet.merged_copies.get((row, column))
    if copy_of is not None and text:
        return (
            f"{cell_address(row, column)} is part of the merged cell starting at "
            f"{cell_address(*copy_of)}: one value cannot belong to two rows; unmerge it",
            "merged_value",
        )
    return None


def _shown_number(value: float, style: NumberStyle) -> str:
    """The value as the preview shows it, in the file's own number style, no trailing zeros."""
    decimals = significant_decimals(value, 6)
    text = format_number(value, decimals, style)
    if decimals:
        text = text.rstrip("0").rstrip("," if style == "vi" else ".")
    return text


def _row_status(
    sheet: Sheet, row: int, key_cell: CellReading, cells: Sequence[CellReading]
) -> Literal["data", "blank", "summary"]:
    if all(not c.text and not c.code for c in cells):
        return "blank"  # no values (a future month, a note under the table): nothing to lose
    if not key_cell.text or is_summary_label(key_cell.text):
        first_text = next(
            (cell_text(v) for v in sheet.rows(row, row + 1)[0] if isinstance(v, str)), ""
        )
        if is_summary_label(key_cell.text) or is_summary_label(first_text):
            return "summary"
    return "data"


def _read_wide(
    sheet: Sheet,
    spec: ImportSpec,
    columns: Sequence[_Column],
    targets: _Targets,
    limit: int | None,
    stop: Cancelled,
) -> tuple[list[RowReading], dict[int, NumberColumnCheck]]:
    rows = list(_data_rows(sheet, spec, limit))
    period_values = sheet.column_values(spec.period_column, rows[0], rows[-1] + 1) if rows else []
    checks: dict[int, NumberColumnCheck] = {}
    by_column: list[list[CellReading]] = []
    for column in columns:
        if stop():
            raise ImportCancelled()
        cells, check = _number_cells(sheet, column.spec.column, rows, spec, column.factor)
        if column.spec.target != "cost":
            cells = [_refuse_negative(cell) for cell in cells]
        by_column.append(cells)
        if check is not None:
            checks[column.spec.column] = check
    readings = []
    for index, row in enumerate(rows):
        if index % 1000 == 0 and stop():
            raise ImportCancelled()
        value = period_values[index]
        cells = tuple(c[index] for c in by_column)
        key = CellReading(row, spec.period_column, cell_text(value), None, "")
        status = _row_status(sheet, row, key, cells)
        if status == "data":
            key = _read_period_cell(value, row, spec.period_column, spec, targets)
        readings.append(RowReading(row, status, (key, *cells)))
    return readings, checks


# --- wide layout -------------------------------------------------------------------------------


def _plan_wide(
    sheet: Sheet,
    spec: ImportSpec,
    targets: _Targets,
    remarks: _Remarks,
    tell: Progress,
    stop: Cancelled,
) -> tuple[list[ProductionRecord], list[ConsumptionRecord]]:
    if spec.period_column is None:
        remarks.problem("no_period_column", "choose the column that holds the periods")
        return [], []
    columns = _resolve_columns(spec, remarks.headers, targets, remarks)
    tell(0.3, "reading rows")
    readings, _ = _read_wide(sheet, spec, columns, targets, None, stop)
    _note_skipped(readings, remarks)

    production: dict[tuple[str, str], tuple[ProductionRecord, int]] = {}
    consumption: dict[tuple[str, str, str], tuple[ConsumptionRecord, int]] = {}
    blanks: list[str] = []
    for reading in readings:
        if reading.status != "data":
            continue
        key_cell, cells = reading.cells[0], reading.cells[1:]
        for cell in reading.cells:
            if cell.code:
                remarks.problem(cell.code, cell.problem, cell.row, cell.column)
        period = key_cell.value
        if not isinstance(period, Period):
            continue
        costs = {}
        for column, cell in zip(columns, cells, strict=True):
            if column.spec.target == "cost" and isinstance(cell.value, float):
                costs[(column.spec.code, column.spec.product)] = (cell.value, cell)
        for column, cell in zip(columns, cells, strict=True):
            mapping = column.spec
            if mapping.target == "cost" or cell.code:
                continue
            if cell.value is None:
                blanks.append(cell_address(cell.row, cell.column))
                continue
            if mapping.target == "product":
                record = ProductionRecord(period.code, mapping.code, cell.value)
                _add_once(production, (period.code, mapping.code), record, cell, remarks)
                _note_zero_production(cell.value, cell, remarks)
            else:
                cost = costs.pop((mapping.code, mapping.product), (None, None))[0]
                record = ConsumptionRecord(
                    period.code, mapping.code, cell.value, mapping.product, cost
                )
                key = (period.code, mapping.code, mapping.product)
                _add_once(consumption, key, record, cell, remarks)
        for (code, _product), (_value, cell) in costs.items():
            remarks.problem(
                "cost_without_quantity",
                f"a cost for {code} with no quantity of it in the same row",
                cell.row,
                cell.column,
            )
    if blanks:
        shown = ", ".join(blanks[:10]) + (", ..." if len(blanks) > 10 else "")
        remarks.note(
            "empty_cells", f"{len(blanks):,} empty cells hold no value and add none ({shown})"
        )
    return [r for r, _ in production.values()], [r for r, _ in consumption.values()]


def _negative_reason(text: str) -> str:
    return (
        f"{text!r} is negative: production and use are never below zero (a stock change is "
        "not imported here)"
    )


def _refuse_negative(cell: CellReading) -> CellReading:
    """A quantity below zero as a problem of its cell, not a value."""
    if not isinstance(cell.value, float) or cell.value >= 0:
        return cell
    return dataclasses.replace(
        cell, value=None, shown="", problem=_negative_reason(cell.text), code="negative_quantity"
    )


def _note_zero_production(quantity: float, cell: CellReading, remarks: _Remarks) -> None:
    if quantity == 0:
        remarks.note(
            "zero_production",
            "the production is 0: imported, but the specific consumption of that period is "
            "not defined",
            cell.row,
            cell.column,
        )


def _add_once(
    records: dict, key: tuple[str, ...], record, cell: CellReading, remarks: _Remarks
) -> None:
    if key in records:
        first_row = records[key][1]
        remarks.problem(
            "duplicate",
            f"{' / '.join(k for k in key if k)} is given twice, in rows {first_row + 1} and "
            f"{cell.row + 1}: keep one",
            cell.row,
            cell.column,
        )
        return
    records[key] = (record, cell.row)


def _note_skipped(readings: Iterable[RowReading], remarks: _Remarks) -> None:
    for status, what in (("blank", "no values"), ("summary", "a total or average")):
        rows = [r.row for r in readings if r.status == status]
        for first, last in _runs(rows):
            through = f" (through row {last + 1})" if last > first else ""
            remarks.note(f"skipped_{status}", f"{what}{through}: skipped", first)


def _runs(rows: Sequence[int]) -> Iterable[tuple[int, int]]:
    start = previous = None
    for row in rows:
        if start is None:
            start = previous = row
        elif row == previous + 1:
            previous = row
        else:
            yield start, previous
            start = previous = row
    if start is not None:
        yield start, previous


# --- long layout -------------------------------------------------------------------------------

_RESOURCE_CLASS_WORDS = {
    "energy": ResourceClass.ENERGY,
    "năng lượng": ResourceClass.ENERGY,
    "fuel": ResourceClass.FUEL,
    "nhiên liệu": ResourceClass.FUEL,
    "material": ResourceClass.MATERIAL,
    "nguyên vật liệu": ResourceClass.MATERIAL,
    "vật liệu": ResourceClass.MATERIAL,
    "nguyên liệu": ResourceClass.MATERIAL,
    "water": ResourceClass.WATER,
    "nước": ResourceClass.WATER,
    "other": ResourceClass.OTHER,
    "khác": ResourceClass.OTHER,
}


def _unquote(text: str) -> str:
    """Undo the export's guard: ``'=x`` written by cpaudit reads back as ``=x``, ``''=x`` as
    ``'=x`` (see :func:`cpaudit.store.exporting.neutralise`)."""
    if text[:1] == "'" and text.lstrip("'")[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return text[1:]
    return text


def _plan_long(
    sheet: Sheet,
    spec: ImportSpec,
    targets: _Targets,
    remarks: _Remarks,
    tell: Progress,
    stop: Cancelled,
) -> tuple[list[ProductionRecord], list[ConsumptionRecord]]:
    layout = spec.long
    if layout is None:
        remarks.problem("no_columns", "choose the period and quantity columns")
        return [], []
    rows = list(_data_rows(sheet, spec))
    tell(0.3, "reading rows")
    quantities, _ = _number_cells(sheet, layout.quantity, rows, spec)
    costs = _number_cells(sheet, layout.cost, rows, spec)[0] if layout.cost is not None else None
    described = _Descriptions(layout, targets, remarks)
    described.read_numbers(sheet, rows, spec)
    grid = sheet.rows(rows[0], rows[-1] + 1) if rows else []

    production: dict[tuple[str, str], tuple[ProductionRecord, int]] = {}
    consumption: dict[tuple[str, str, str], tuple[ConsumptionRecord, int]] = {}
    readings: list[RowReading] = []
    for index, (row, values) in enumerate(zip(rows, grid, strict=True)):
        if index % 1000 == 0 and stop():
            raise ImportCancelled()
        quantity = quantities[index]
        mapped = [values[c] for c in _long_columns(layout) if c < len(values)]
        key = CellReading(row, layout.period, cell_text(values[layout.period]), None, "")
        if all(v is None for v in mapped) and not quantity.code:
            readings.append(RowReading(row, "blank", ()))
            continue
        if _row_status(sheet, row, key, (quantity,)) == "summary":
            readings.append(RowReading(row, "summary", ()))
            continue
        readings.append(RowReading(row, "data", ()))
        cost_cell = costs[index] if costs is not None else None
        found = _long_row(
            row,
            values,
            quantity,
            cost_cell,
            spec,
            layout,
            targets,
            remarks,
            production,
            consumption,
        )
        described.read_row(row, index, values, *found)
    _note_skipped(readings, remarks)
    described.apply()
    return [r for r, _ in production.values()], [r for r, _ in consumption.values()]


def _long_columns(layout: LongColumns) -> list[int]:
    return [c for c in dataclasses.astuple(layout) if c is not None]


def _text(values: list, column: int | None) -> str:
    if column is None or column >= len(values):
        return ""
    return _unquote(cell_text(values[column]))


def _long_row(
    row: int,
    values: list,
    quantity: CellReading,
    cost: CellReading | None,
    spec: ImportSpec,
    layout: LongColumns,
    targets: _Targets,
    remarks: _Remarks,
    production: dict,
    consumption: dict,
) -> tuple[Period | None, Product | None, Resource | None]:
    """Read one row into ``production`` or ``consumption``; the period, product and resource
    it names, where they could be found or made."""
    period = _long_period(row, values, spec, layout, targets, remarks)
    product_text = _text(values, layout.product)
    resource_text = _text(values, layout.resource)
    unit_text = _text(values, layout.unit)
    for cell in (quantity, cost):
        if cell is not None and cell.code:
            remarks.problem(cell.code, cell.problem, cell.row, cell.column)
    if quantity.value is None and not quantity.code:
        remarks.problem("no_quantity", "the row has no quantity", row, layout.quantity)
    if not product_text and not resource_text:
        column = layout.resource if layout.resource is not None else layout.product
        remarks.problem("no_target", "the row names no product and no resource", row, column)
        return period, None, None
    try:
        unit = normalise_unit(unit_text)
    except ParseError as error:
        remarks.problem(error.code, error.reason, row, layout.unit)
        return period, None, None
    if resource_text:
        target = _long_resource(row, resource_text, unit, values, layout, targets, remarks)
        product = targets.find_product(product_text) if product_text else None
        if product_text and product is None:
            remarks.problem(
                "unknown_product", f"there is no product {product_text!r}", row, layout.product
            )
            return period, None, target
    else:
        target = _long_product(row, product_text, unit, layout, targets, remarks)
        product = target
    resource = target if resource_text else None
    if target is None or period is None or not isinstance(quantity.value, float):
        return period, product, resource
    factor = _long_factor(row, unit, target, layout, remarks)
    if factor is None:
        return period, product, resource
    amount = quantity.value * factor
    if resource_text:
        if amount < 0:
            # a project's own negative use (steam or power sold back), as an export carries it
            remarks.note(
                "negative_use",
                f"{quantity.text!r} is negative: imported as a use given back (steam or power "
                "sold back); a stock change is not imported here, so correct the file if it is one",
                row,
                layout.quantity,
            )
        money = cost.value if cost is not None and isinstance(cost.value, float) else None
        code = product.code if product else ""
        record = ConsumptionRecord(period.code, target.code, amount, code, money)
        _add_once(consumption, (period.code, target.code, code), record, quantity, remarks)
    elif amount < 0:
        reason = _negative_reason(quantity.text)
        remarks.problem("negative_quantity", reason, row, layout.quantity)
    else:
        record = ProductionRecord(period.code, target.code, amount)
        _add_once(production, (period.code, target.code), record, quantity, remarks)
        _note_zero_production(amount, quantity, remarks)
    return period, product, resource


def _long_period(
    row: int,
    values: list,
    spec: ImportSpec,
    layout: LongColumns,
    targets: _Targets,
    remarks: _Remarks,
) -> Period | None:
    value = values[layout.period] if layout.period < len(values) else None
    text = _unquote(cell_text(value))
    if not text:
        remarks.problem("no_period", "the row has no period", row, layout.period)
        return None
    if layout.period_start is not None and layout.period_end is not None:
        start_value, end_value = values[layout.period_start], values[layout.period_end]
        if start_value is not None or end_value is not None:
            try:
                start = _as_date(parse_date(start_value, spec.date_order))
                end = _as_date(parse_date(end_value, spec.date_order))
            except ParseError as error:
                column = layout.period_start if start_value is not None else layout.period_end
                remarks.problem(error.code, error.reason, row, column)
                return None
            return _period_with_dates(row, text, start, end, layout, targets, remarks)
    cell = _read_period_cell(value, row, layout.period, spec, targets)
    if cell.code:
        remarks.problem(cell.code, cell.problem, row, layout.period)
        return None
    return cell.value if isinstance(cell.value, Period) else None


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _period_with_dates(
    row: int,
    code: str,
    start: dt.date,
    end: dt.date,
    layout: LongColumns,
    targets: _Targets,
    remarks: _Remarks,
) -> Period | None:
    if end < start:
        remarks.problem(
            "period_dates", f"period {code!r} ends before it starts", row, layout.period_end
        )
        return None
    existing = targets.periods.get(code) or targets.new_periods.get(code)
    if existing is not None:
        if (existing.start, existing.end) != (start, end):
            remarks.problem(
                "period_dates",
                f"period {code!r} runs {existing.start:%d/%m/%Y}-{existing.end:%d/%m/%Y}, "
                f"not {start:%d/%m/%Y}-{end:%d/%m/%Y}",
                row,
                layout.period,
            )
            return None
        return existing
    period = Period(code, code, start, end)
    targets.new_periods[code] = period
    return period


def _long_resource(
    row: int,
    text: str,
    unit: str,
    values: list,
    layout: LongColumns,
    targets: _Targets,
    remarks: _Remarks,
) -> Resource | None:
    found = targets.find_resource(text)
    if found is not None:
        return found
    if not unit:
        remarks.problem("no_unit", f"resource {text!r} is new: give its unit", row, layout.unit)
        return None
    class_text = _key(_text(values, layout.resource_class))
    resource_class = _RESOURCE_CLASS_WORDS.get(class_text)
    if resource_class is None:
        try:
            resource_class = ResourceClass(class_text)
        except ValueError:
            resource_class = ResourceClass.OTHER
            remarks.note(
                "class_assumed",
                f"resource {text!r} is new and its class is not given: created as 'other'; "
                "set its class",
                row,
                layout.resource_class,
            )
    resource = Resource(text, text, resource_class, unit)
    targets.new_resources[text] = resource
    return resource


def _long_product(
    row: int, text: str, unit: str, layout: LongColumns, targets: _Targets, remarks: _Remarks
) -> Product | None:
    found = targets.find_product(text)
    if found is not None:
        return found
    if not unit:
        remarks.problem("no_unit", f"product {text!r} is new: give its unit", row, layout.unit)
        return None
    product = Product(text, text, unit)
    targets.new_products[text] = product
    return product


def _long_factor(
    row: int, unit: str, target: Product | Resource, layout: LongColumns, remarks: _Remarks
) -> float | None:
    if not unit or unit == target.unit:
        return 1.0
    try:
        return units.factor(unit, target.unit)
    except units.UnitError:
        remarks.problem(
            "unit_mismatch",
            f"{unit} cannot be converted to {target.unit}, the unit of {target.code}",
            row,
            layout.unit,
        )
        return None


# The words of a period's kind: the export's and the templates' (cpaudit.store.exporting) and
# common variants.
_PERIOD_KINDS = {
    **{_key(w): PeriodKind(k) for words in PERIOD_KIND_WORDS.values() for k, w in words.items()},
    _key("thực đo"): PeriodKind.MEASURED,
    _key("đo"): PeriodKind.MEASURED,
    _key("dự báo"): PeriodKind.PROJECTED,
}

# (what it describes, the field of the model, the column of LongColumns, the field's words)
_DESCRIBED = (
    ("period", "label", "period_label", "label"),
    ("period", "kind", "period_kind", "kind"),
    ("product", "name", "product_name", "name"),
    ("product", "report_unit", "product_report_unit", "report unit"),
    ("resource", "name", "resource_name", "name"),
    ("resource", "carrier", "carrier", "carrier"),
    ("resource", "heating_value_gj_per_unit", "heating_value_gj_per_unit", "heating value"),
    ("resource", "price_per_unit", "price_per_unit", "price"),
)
_NUMBER_FIELDS = ("heating_value_gj_per_unit", "price_per_unit")


@functools.lru_cache(maxsize=1)
def _carriers() -> dict[str, str]:
    """MOIT carrier keys by their key and their Vietnamese name (``Dầu DO`` -> ``diesel oil``)."""
    found: dict[str, str] = {}
    for factor in toe_factors():
        found.setdefault(_key(factor.carrier), factor.carrier)
        found.setdefault(_key(factor.name_vi), factor.carrier)
    return found


@dataclass(frozen=True)
class _Stated:
    value: object
    row: int
    column: int


class _Descriptions:
    """What a long sheet says of its periods, products and resources beyond their codes.

    New ones take it (name, label, kind, report unit, carrier, heating value, price); for ones
    the project has, a note says where the file differs, and the project's is kept. Two rows
    that say different things of the same one are a problem; a blank cell says nothing.
    """

    def __init__(self, layout: LongColumns, targets: _Targets, remarks: _Remarks) -> None:
        self.layout, self.targets, self.remarks = layout, targets, remarks
        self.stated: dict[tuple[str, str, str], _Stated] = {}
        self.numbers: dict[str, list[CellReading]] = {}
        self.columns = [
            (kind, name, getattr(layout, column_name), words)
            for kind, name, column_name, words in _DESCRIBED
            if getattr(layout, column_name) is not None
        ]

    def read_numbers(self, sheet: Sheet, rows: list[int], spec: ImportSpec) -> None:
        for name in _NUMBER_FIELDS:
            column = getattr(self.layout, name)
            if column is not None:
                self.numbers[name] = _number_cells(sheet, column, rows, spec)[0]

    def read_row(
        self,
        row: int,
        index: int,
        values: list,
        period: Period | None,
        product: Product | None,
        resource: Resource | None,
    ) -> None:
        """Read row ``row`` (the ``index``-th data row) about the items it names."""
        items = {"period": period, "product": product, "resource": resource}
        for kind, name, column, words in self.columns:
            value = self._value(row, index, values, name, column)
            item = items[kind]
            if value is None or item is None:
                continue
            key = (kind, item.code, name)
            first = self.stated.get(key)
            if first is None:
                self.stated[key] = _Stated(value, row, column)
            elif first.value != value:
                self.remarks.problem(
                    "two_descriptions",
                    f"{kind} {item.code!r} has the {words} {_said(value)} here but "
                    f"{_said(first.value)} in row {first.row + 1}: give it one {words}",
                    row,
                    column,
                )

    def _value(self, row: int, index: int, values: list, name: str, column: int) -> object | None:
        """The cell's value for the field, None where it is blank or wrong (a problem)."""
        if name in _NUMBER_FIELDS:
            cell = self.numbers[name][index]
            if cell.code:
                self.remarks.problem(cell.code, cell.problem, cell.row, cell.column)
                return None
            heating = name == "heating_value_gj_per_unit"
            if heating and isinstance(cell.value, float) and cell.value <= 0:
                self.remarks.problem("not_positive", "a heating value is more than 0", row, column)
                return None
            return cell.value
        text = _text(values, column)
        if not text:
            return None
        if name == "kind":
            kind = _PERIOD_KINDS.get(_key(text))
            if kind is None:
                self.remarks.problem(
                    "not_a_period_kind",
                    f"{text!r} is not a period kind: write measured or projected "
                    "(thực tế or dự kiến)",
                    row,
                    column,
                )
            return kind
        if name == "report_unit":
            try:
                return normalise_unit(text)
            except ParseError as error:
                self.remarks.problem(error.code, error.reason, row, column)
                return None
        if name == "carrier":
            return _carriers().get(_key(text), text)
        return text

    def apply(self) -> None:
        """Give the new items what the file says of them; note where it differs for old ones."""
        targets = self.targets
        new: dict[str, dict] = {
            "period": targets.new_periods,
            "product": targets.new_products,
            "resource": targets.new_resources,
        }
        old: dict[str, dict] = {
            "period": targets.periods,
            "product": targets.products,
            "resource": targets.resources,
        }
        for (kind, code, name), stated in self.stated.items():
            if code in new[kind]:
                item = new[kind][code]
                if self._fits(kind, item, name, stated):
                    new[kind][code] = dataclasses.replace(item, **{name: stated.value})
                continue
            item = old[kind][code]
            if getattr(item, name) != stated.value:
                words = next(w for k, n, _, w in _DESCRIBED if (k, n) == (kind, name))
                self.remarks.note(
                    "kept_description",
                    f"the file gives {kind} {code!r} the {words} {_said(stated.value)}; the "
                    f"project's {_said(getattr(item, name))} is kept",
                    stated.row,
                    stated.column,
                )

    def _fits(self, kind: str, item, name: str, stated: _Stated) -> bool:
        if kind == "product" and name == "report_unit":
            try:
                units.factor(item.unit, stated.value)
            except units.UnitError:
                self.remarks.problem(
                    "unit_mismatch",
                    f"product {item.code!r} is recorded in {item.unit}, which cannot be shown "
                    f"per {stated.value}",
                    stated.row,
                    stated.column,
                )
                return False
        if kind == "resource" and name == "carrier" and _key(stated.value) not in _carriers():
            self.remarks.note(
                "unknown_carrier",
                f"{stated.value!r} is not a carrier of MOIT's TOE conversion table: check the "
                f"carrier of resource {item.code!r}",
                stated.row,
                stated.column,
            )
        return True


def _said(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return repr(str(value))


# --- allocations -------------------------------------------------------------------------------

# Headers of the allocations table: the export's and the templates' and common variants.
_ALLOCATION_WORDS = {
    column: (*(_key(ALLOCATION_HEADERS[lang][column]) for lang in ("en", "vi")), *extra)
    for column, extra in {
        "resource": ("nguồn lực",),
        "product": (),
        "share": ("tỷ lệ", "tỉ lệ", "tỉ lệ phân bổ", "phân bổ"),
    }.items()
}


def _allocation_columns(sheet: Sheet) -> dict[str, int] | None:
    """The columns of ``resource``, ``product`` and ``share`` in the first row, or None."""
    first = sheet.rows(0, 1)
    found: dict[str, int] = {}
    for column, value in enumerate(first[0] if first else []):
        key = _key(cell_text(value))
        for name, words in _ALLOCATION_WORDS.items():
            if name not in found and key in words:
                found[name] = column
                break
    return found if len(found) == len(_ALLOCATION_WORDS) else None


def companion_allocations(workbook: Workbook, sheet_name: str | None = None) -> str:
    """The allocations that go with a sheet: for :attr:`ImportSpec.allocations`.

    A spreadsheet: the first other sheet whose first row has the headers ``resource``,
    ``product`` and ``share`` (or the Vietnamese template's). ``<stem>_data.csv``: the file
    ``<stem>_allocations.csv`` beside it, as :func:`cpaudit.store.exporting.export_project`
    writes them. ``""`` where there is none.
    """
    if workbook.kind == "csv":
        name = workbook.path.name
        suffix = "_data.csv"
        if not name.casefold().endswith(suffix):
            return ""
        candidate = name[: -len(suffix)] + "_allocations.csv"
        return candidate if (workbook.path.parent / candidate).is_file() else ""
    chosen = workbook.sheet(sheet_name).name
    for sheet in workbook.sheets:
        if sheet.name != chosen and _allocation_columns(sheet) is not None:
            return sheet.name
    return ""


def _allocation_sheet(
    workbook: Workbook, spec: ImportSpec, remarks: _Remarks
) -> tuple[Workbook, Sheet] | None:
    if workbook.kind == "csv":
        try:
            companion = read_workbook(workbook.path.with_name(spec.allocations))
        except WorkbookError as error:
            remarks.problem("allocations_unread", f"the allocations: {error.message}")
            return None
        return companion, companion.sheet()
    try:
        return workbook, workbook.sheet(spec.allocations)
    except KeyError:
        remarks.problem(
            "allocations_unread", f"there is no sheet {spec.allocations!r} of allocations"
        )
        return None


def _plan_allocations(
    workbook: Workbook, spec: ImportSpec, targets: _Targets, remarks: _Remarks
) -> list[Allocation]:
    """The allocations of the companion table; its problems and notes added to ``remarks``.

    Resources and products are the project's or the sheet's new ones, by code or name; a share
    is a fraction from 0 to 1. Shares of a resource that do not add up to 1 are noted.
    """
    found = _allocation_sheet(workbook, spec, remarks)
    if found is None:
        return []
    book, sheet = found
    own = _Remarks(book, sheet, column_headers(sheet, 0))
    columns = _allocation_columns(sheet)
    allocations: dict[tuple[str, str], tuple[Allocation, int]] = {}
    if columns is None:
        own.problem("no_columns", "the allocations need the columns resource, product and share")
    else:
        rows = list(range(1, sheet.n_rows))
        shares, _ = _number_cells(
            sheet, columns["share"], rows, dataclasses.replace(spec, confirmed_columns=frozenset())
        )
        grid = sheet.rows(1, sheet.n_rows)
        for row, values, share in zip(rows, grid, shares, strict=True):
            allocation = _allocation(row, values, share, columns, targets, own)
            if allocation is not None:
                key = (allocation.resource, allocation.product)
                _add_once(allocations, key, allocation, share, own)
        _note_shares([a for a, _ in allocations.values()], allocations, own)
    if allocations:
        count = len(allocations)
        own.note("allocations_read", f"{count} allocation{'s' if count > 1 else ''} read")
    problems, notes = own.finish()
    remarks.problems.extend(problems)
    remarks.notes.extend(notes)
    return [a for a, _ in allocations.values()]


def _allocation(
    row: int,
    values: list,
    share: CellReading,
    columns: dict[str, int],
    targets: _Targets,
    remarks: _Remarks,
) -> Allocation | None:
    resource_text = _text(values, columns["resource"])
    product_text = _text(values, columns["product"])
    if not resource_text and not product_text and not share.text and not share.code:
        return None  # a blank row
    ok = True
    if share.code:
        remarks.problem(share.code, share.problem, row, share.column)
        ok = False
    elif not isinstance(share.value, float):
        remarks.problem("no_share", "the row has no share", row, share.column)
        ok = False
    elif not 0.0 <= share.value <= 1.0:
        remarks.problem(
            "share_range", "a share is a fraction from 0 to 1 (40 % is 0.4)", row, share.column
        )
        ok = False
    resource = targets.find_resource(resource_text) if resource_text else None
    if resource is None:
        said = f"there is no resource {resource_text!r}" if resource_text else "no resource"
        remarks.problem("unknown_resource", said, row, columns["resource"])
        ok = False
    product = targets.find_product(product_text) if product_text else None
    if product is None:
        said = f"there is no product {product_text!r}" if product_text else "no product"
        remarks.problem("unknown_product", said, row, columns["product"])
        ok = False
    if not ok or resource is None or product is None or not isinstance(share.value, float):
        return None
    return Allocation(resource.code, product.code, share.value)


def _note_shares(
    allocations: list[Allocation], rows: dict[tuple[str, str], tuple], remarks: _Remarks
) -> None:
    totals: dict[str, float] = defaultdict(float)
    for allocation in allocations:
        totals[allocation.resource] += allocation.share
    for resource, total in totals.items():
        if abs(total - 1.0) > 1e-6:
            first_row = min(r for (code, _), (_, r) in rows.items() if code == resource)
            remarks.note(
                "shares_sum",
                f"the shares of resource {resource!r} add up to {total:g}, not 1",
                first_row,
            )


# --- interval layout ---------------------------------------------------------------------------


def _parse_interval_column(
    sheet: Sheet, column: int, rows: range, spec: ImportSpec, kind: Literal["date", "number"]
) -> ParsedColumn:
    """A whole column at once: numpy over the CSV bytes where possible, else cell by cell."""
    fast = sheet.text_column(column, rows.start) if rows else None
    if fast is not None and len(fast.lengths) >= len(rows):
        chars, lengths = fast.chars, fast.lengths[: len(rows)]
        chars = chars[: len(rows)]
        # a field longer than the matrix is read through text_of, like any unusual one
        lengths = np.where(lengths > chars.shape[1], chars.shape[1] + 1, lengths)
        if kind == "date":
            return parse_datetime_chars(chars, lengths, spec.date_order, fast.text_of)
        return parse_number_chars(chars, lengths, spec.number_style, fast.text_of)
    values = sheet.column_values(column, rows.start, rows.stop)
    if kind == "date":
        return parse_datetime_values(values, spec.date_order)
    return parse_number_values(values, spec.number_style)


def _plan_interval(
    sheet: Sheet,
    spec: ImportSpec,
    targets: _Targets,
    remarks: _Remarks,
    tell: Progress,
    stop: Cancelled,
) -> tuple[list[ProductionRecord], list[ConsumptionRecord], list[IntervalSeries]]:
    if spec.period_column is None:
        remarks.problem("no_time_column", "choose the column that holds the timestamps")
        return [], [], []
    if not spec.columns:
        remarks.problem("no_columns", "map at least one column of readings")
        return [], [], []
    columns = _resolve_columns(spec, remarks.headers, targets, remarks)
    if any(c.spec.target == "cost" for c in columns):
        remarks.problem("cost_in_intervals", "interval data cannot carry costs: unmap the column")
        return [], [], []
    rows = _data_rows(sheet, spec)
    tell(0.2, "reading timestamps")
    stamps = _parse_interval_column(sheet, spec.period_column, rows, spec, "date")
    series = []
    for number, column in enumerate(columns):
        if stop():
            raise ImportCancelled()
        tell(0.3 + 0.4 * number / max(len(columns), 1), f"reading {column.header}")
        series.append(_parse_interval_column(sheet, column.spec.column, rows, spec, "number"))
    if stop():
        raise ImportCancelled()

    keep = _interval_rows(sheet, rows, stamps, series, columns, spec, remarks)
    if not keep.any():
        remarks.problem("no_readings", "the sheet has no readings below the header")
    if remarks.problems:
        return [], [], []
    row_of = np.arange(rows.start, rows.stop)[keep]
    values = np.column_stack(
        [s.values[keep] * c.factor for s, c in zip(series, columns, strict=True)]
    )
    tell(0.8, "adding up")
    placement = place_readings(stamps.values[keep], label=spec.timestamps, midnight=spec.midnight)
    periods = _interval_periods(spec, placement.starts, targets, remarks)
    if periods is None:
        return [], [], []
    totals = add_up_intervals(placement, values, periods)
    _interval_remarks(totals, row_of, spec, remarks)
    if remarks.problems:
        return [], [], []
    production, consumption = _interval_records(totals, columns)
    kept = [
        IntervalSeries(
            c.spec.target,
            c.spec.code,
            c.target_unit,
            placement.starts,
            placement.step,
            values[:, j],
        )
        for j, c in enumerate(columns)
    ]
    return production, consumption, kept


def _interval_rows(
    sheet: Sheet,
    rows: range,
    stamps: ParsedColumn,
    series: list[ParsedColumn],
    columns: list[_Column],
    spec: ImportSpec,
    remarks: _Remarks,
) -> np.ndarray:
    """Which rows hold readings; problems for bad cells; notes for skipped rows."""
    blank_values = np.ones(len(rows), bool)
    for parsed in series:
        blank_values &= parsed.status == BLANK
    skip = (stamps.status == BLANK) & blank_values
    summary = []
    for index in np.flatnonzero(stamps.status == BAD):
        text = cell_text(sheet.cell(rows.start + int(index), spec.period_column))
        if is_summary_label(text):
            skip[index] = True
            summary.append(rows.start + int(index))
    summary_rows = set(summary)
    readings = [
        RowReading(rows.start + int(i), "blank", ())
        for i in np.flatnonzero(skip)
        if rows.start + int(i) not in summary_rows
    ]
    readings += [RowReading(r, "summary", ()) for r in summary]
    _note_skipped(sorted(readings, key=lambda r: r.row), remarks)

    for index, error in stamps.errors.items():
        if not skip[index]:
            remarks.problem(error.code, error.reason, rows.start + index, spec.period_column)
    for index in np.flatnonzero((stamps.status == BLANK) & ~skip):
        remarks.problem(
            "no_time", "readings without a timestamp", rows.start + int(index), spec.period_column
        )
    for parsed, column in zip(series, columns, strict=True):
        for index, error in parsed.errors.items():
            if not skip[index]:
                remarks.problem(error.code, error.reason, rows.start + index, column.spec.column)
        for code, mask, what in (
            ("missing_value", parsed.status == BLANK, "blank: a missing reading is not 0"),
            ("negative", parsed.values < 0, "negative"),
        ):
            for index in np.flatnonzero(mask & ~skip):
                remarks.problem(
                    code, f"the reading is {what}", rows.start + int(index), column.spec.column
                )
        check = parsed.number_check
        if check is not None and check.flagged and column.spec.column not in spec.confirmed_columns:
            other = bool(check.other_style_evidence)
            for index in check.flagged:
                text = cell_text(sheet.cell(rows.start + index, column.spec.column))
                remarks.problem(
                    "ambiguous_number",
                    ambiguous_number_reason(text, spec.number_style, other),
                    rows.start + index,
                    column.spec.column,
                )
    return ~skip


def _interval_periods(
    spec: ImportSpec, starts: np.ndarray, targets: _Targets, remarks: _Remarks
) -> list[Period] | None:
    if spec.interval_periods:
        chosen = []
        for code in spec.interval_periods:
            period = targets.periods.get(code)
            if period is None:
                remarks.problem("unknown_period", f"there is no period {code!r} to add up to")
            else:
                chosen.append(period)
        return chosen if not remarks.problems else None
    periods = []
    for month in month_periods(starts.min(), starts.max()):
        span = PeriodSpan(month.code, month.label, month.start, month.end)
        period, problem = targets.period_for_span(span)
        if period is None:
            remarks.problem("period_dates", problem)
        else:
            periods.append(period)
    return periods if not remarks.problems else None


def _interval_remarks(
    totals: PeriodTotals, row_of: np.ndarray, spec: ImportSpec, remarks: _Remarks
) -> None:
    for issue in totals.problems:
        if issue.code in ("incomplete_period", "gap") and spec.allow_incomplete:
            remarks.note(issue.code, issue.message + " (accepted)")
            continue
        if issue.code in ("missing_value", "negative"):
            continue  # reported cell by cell, with their columns, by _interval_rows
        row = int(row_of[issue.rows[0]]) if issue.rows else None
        where = ""
        if len(issue.rows) > 1:
            where = " (rows " + ", ".join(str(int(row_of[r]) + 1) for r in issue.rows[:6]) + ")"
        column = spec.period_column if row is not None else None
        remarks.problem(issue.code, issue.message + where, row, column)
    for issue in totals.notes:
        row = int(row_of[issue.rows[0]]) if issue.rows else None
        remarks.note(issue.code, issue.message, row)


def _interval_records(
    totals: PeriodTotals, columns: list[_Column]
) -> tuple[list[ProductionRecord], list[ConsumptionRecord]]:
    production: list[ProductionRecord] = []
    consumption: list[ConsumptionRecord] = []
    for k, period in enumerate(totals.periods):
        if totals.readings[k] == 0:
            continue
        for j, column in enumerate(columns):
            amount = float(totals.totals[k, j])
            mapping = column.spec
            if mapping.target == "product":
                production.append(ProductionRecord(period.code, mapping.code, amount))
            else:
                consumption.append(
                    ConsumptionRecord(period.code, mapping.code, amount, mapping.product)
                )
    return production, consumption


# --- the public steps --------------------------------------------------------------------------


def plan_import(
    project: Project,
    workbook: Workbook,
    spec: ImportSpec,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPlan:
    """Read a whole sheet by ``spec``: the records, what they need, notes and all problems.

    Parameters
    ----------
    project : Project
        The project the data go into: its products, resources and periods are matched by code
        (and by name or label); new ones are proposed in the plan.
    workbook : Workbook
        From :func:`cpaudit.store.sheets.read_workbook`.
    spec : ImportSpec
    progress, cancelled : callable, optional
        ``progress(fraction, message)``; ``cancelled()`` is checked between steps and every
        1,000 rows, and raises :class:`~cpaudit.store.sheets.ImportCancelled`.

    Returns
    -------
    ImportPlan
        With no records when there is any problem (all or nothing).
    """
    tell = progress or (lambda fraction, message: None)
    stop = cancelled or (lambda: False)
    sheet = workbook.sheet(spec.sheet)
    headers = column_headers(sheet, spec.header_row, spec.header_rows)
    remarks = _Remarks(workbook, sheet, headers)
    targets = _Targets(project)
    source = f"Imported from {workbook.name}" + (
        f', sheet "{sheet.name}"' if workbook.kind != "csv" else ""
    )
    tell(0.05, f"reading {workbook.name}")
    if not data_row_count(sheet, spec):
        remarks.problem(
            "no_rows", f"there are no rows below the header (row {spec.header_row + 1}) to import"
        )
        problems, notes = remarks.finish()
        tell(1.0, "checked")
        return ImportPlan(source, notes=notes, problems=problems)
    intervals: list[IntervalSeries] = []
    if spec.layout == "wide":
        production, consumption = _plan_wide(sheet, spec, targets, remarks, tell, stop)
    elif spec.layout == "long":
        production, consumption = _plan_long(sheet, spec, targets, remarks, tell, stop)
    else:
        production, consumption, intervals = _plan_interval(
            sheet, spec, targets, remarks, tell, stop
        )
    if not production and not consumption and not remarks.problems:
        remarks.problem("nothing", "the sheet holds no values to import with this mapping")
    allocations = []
    if spec.allocations:
        tell(0.9, "reading the allocations")
        allocations = _plan_allocations(workbook, spec, targets, remarks)
    problems, notes = remarks.finish()
    tell(1.0, "checked")
    if problems:
        return ImportPlan(source, notes=notes, problems=problems)
    return ImportPlan(
        source,
        tuple(targets.new_products.values()),
        tuple(targets.new_resources.values()),
        tuple(targets.new_periods.values()),
        tuple(production),
        tuple(consumption),
        _conflicts(project, production, consumption, allocations),
        notes,
        (),
        tuple(intervals),
        tuple(allocations),
    )


def _conflicts(
    project: Project,
    production: Sequence[ProductionRecord],
    consumption: Sequence[ConsumptionRecord],
    allocations: Sequence[Allocation] = (),
) -> tuple[Conflict, ...]:
    old_production = defaultdict(float)
    for record in project.production:
        old_production[(record.period, record.product)] += record.quantity
    old_consumption = defaultdict(float)
    for record in project.consumption:
        old_consumption[(record.period, record.resource, record.product)] += record.quantity
    found = []
    for record in production:
        key = (record.period, record.product)
        if key in old_production and old_production[key] != record.quantity:
            found.append(Conflict("production", key, old_production[key], record.quantity))
    for record in consumption:
        key = (record.period, record.resource, record.product)
        if key in old_consumption and old_consumption[key] != record.quantity:
            found.append(Conflict("consumption", key, old_consumption[key], record.quantity))
    return (*found, *_allocation_conflicts(project.allocations, allocations))


def _allocation_conflicts(old: Sequence[Allocation], new: Sequence[Allocation]) -> list[Conflict]:
    """Per resource both allocate, each product whose share differs (one not given is 0)."""
    old_shares = {(a.resource, a.product): a.share for a in old}
    new_shares = {(a.resource, a.product): a.share for a in new}
    both = {a.resource for a in old} & {a.resource for a in new}
    found = []
    for key in dict.fromkeys([*new_shares, *old_shares]):
        if key[0] not in both:
            continue
        before, after = old_shares.get(key, 0.0), new_shares.get(key, 0.0)
        if before != after:
            found.append(Conflict("allocation", key, before, after))
    return found


def apply_plan(project: Project, plan: ImportPlan, replace: bool) -> Project:
    """The project with the plan's data in it; ``project`` itself is not changed.

    Parameters
    ----------
    project : Project
    plan : ImportPlan
        From :func:`plan_import`, with no problems.
    replace : bool
        Where the project already has a value for the same (period, product) or
        (period, resource, product): True replaces it with the file's, False keeps it. Either
        way a value is never added twice, so applying the same plan again changes nothing.
        Allocations go by resource: the file's shares of a resource the project allocates
        already replace all of the project's shares of it, or are all left out.

    Returns
    -------
    Project
        ``project`` itself where the plan changes none of its data (not even its sources).

    Raises
    ------
    ValueError
        The plan has problems.
    """
    if plan.problems:
        raise ValueError(f"the import has {len(plan.problems)} problems; nothing was imported")
    products = _merge_coded(project.products, plan.products)
    resources = _merge_coded(project.resources, plan.resources)
    periods = _merge_coded(project.periods, plan.periods)

    new_production = {(r.period, r.product) for r in plan.production}
    new_consumption = {(r.period, r.resource, r.product) for r in plan.consumption}
    old_production = {(r.period, r.product) for r in project.production}
    old_consumption = {(r.period, r.resource, r.product) for r in project.consumption}
    if replace:
        production = [r for r in project.production if (r.period, r.product) not in new_production]
        production += plan.production
        consumption = [
            r
            for r in project.consumption
            if (r.period, r.resource, r.product) not in new_consumption
        ]
        consumption += plan.consumption
    else:
        production = list(project.production)
        production += [r for r in plan.production if (r.period, r.product) not in old_production]
        consumption = list(project.consumption)
        consumption += [
            r for r in plan.consumption if (r.period, r.resource, r.product) not in old_consumption
        ]
    changed = {
        "products": products,
        "resources": resources,
        "periods": periods,
        "production": tuple(production),
        "consumption": tuple(consumption),
        "allocations": _merge_allocations(project.allocations, plan.allocations, replace),
    }
    for name, items in changed.items():
        if Counter(items) == Counter(getattr(project, name)):
            changed[name] = getattr(project, name)  # the same data: keep their order too
    if all(items is getattr(project, name) for name, items in changed.items()):
        return project
    sources = project.sources
    if plan.source and plan.source not in sources:
        sources = (*sources, plan.source)
    return dataclasses.replace(project, **changed, sources=sources)


def _merge_allocations(
    old: tuple[Allocation, ...], new: tuple[Allocation, ...], replace: bool
) -> tuple[Allocation, ...]:
    given = {a.resource for a in new}
    if replace:
        return (*(a for a in old if a.resource not in given), *new)
    kept = {a.resource for a in old}
    return (*old, *(a for a in new if a.resource not in kept))


def _merge_coded(existing: tuple, new: tuple) -> tuple:
    codes = {item.code for item in existing}
    return (*existing, *(item for item in new if item.code not in codes))


# --- preview -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewColumn:
    column: int
    header: str
    role: str  # "period", "time", "product P1", "resource EC", "cost EC", "quantity", ...
    unit: str  # the unit in the file, as cpaudit reads it
    target_unit: str
    problem: str = ""


@dataclass(frozen=True)
class Preview:
    """The first rows as cpaudit reads them, and how it reads the file."""

    columns: tuple[PreviewColumn, ...]
    rows: tuple[RowReading, ...]
    number_style: str  # e.g. "Vietnamese (1.234,56)"
    date_order: str  # e.g. "dd/mm/yyyy"
    date_check: DateOrderCheck | None
    number_checks: dict[int, NumberColumnCheck] = field(default_factory=dict)
    encoding: str = ""  # CSV: "utf-8", "cp1258 (guessed)", ...
    problems: tuple[Remark, ...] = ()  # problems with the mapping itself (units, targets)


def preview(project: Project, workbook: Workbook, spec: ImportSpec, n_rows: int = 20) -> Preview:
    """The first ``n_rows`` data rows as parsed, cell by cell, with each cell's problem.

    Columns not in the mapping are not shown; the raw sheet is ``Sheet.rows()``.
    """
    sheet = workbook.sheet(spec.sheet)
    headers = column_headers(sheet, spec.header_row, spec.header_rows)
    remarks = _Remarks(workbook, sheet, headers)
    targets = _Targets(project)
    rows = list(_data_rows(sheet, spec, n_rows))
    never: Cancelled = lambda: False  # noqa: E731
    encoding = ""
    if workbook.kind == "csv":
        encoding = workbook.encoding + (" (guessed)" if workbook.encoding_guessed else "")

    columns: list[PreviewColumn] = []
    readings: list[RowReading] = []
    checks: dict[int, NumberColumnCheck] = {}
    date_check = None
    if spec.layout == "long" and spec.long is not None:
        readings, checks = _preview_long(sheet, spec, rows, targets)
        columns = [
            PreviewColumn(c, headers.get(c, ""), name, "", "")
            for name, c in dataclasses.asdict(spec.long).items()
            if c is not None
        ]
    elif spec.period_column is not None:
        resolved = _resolve_columns(spec, headers, targets, remarks)
        period_role = "time" if spec.layout == "interval" else "period"
        columns.append(
            PreviewColumn(
                spec.period_column, headers.get(spec.period_column, ""), period_role, "", ""
            )
        )
        for column in resolved:
            role = f"{column.spec.target} {column.spec.code}"
            columns.append(
                PreviewColumn(
                    column.spec.column, column.header, role, column.unit, column.target_unit
                )
            )
        if spec.layout == "interval":
            readings, checks, date_check = _preview_interval(sheet, spec, rows, resolved)
        else:
            readings, checks = _read_wide(sheet, spec, resolved, targets, n_rows, never)
            values = [sheet.cell(r, spec.period_column) for r in rows]
            date_check = parse_datetime_values(
                [v for v in values if isinstance(v, str)], spec.date_order
            ).date_check
    problems, _ = remarks.finish()
    return Preview(
        tuple(columns),
        tuple(readings),
        f"{STYLE_NAMES[spec.number_style]} ({STYLE_EXAMPLES[spec.number_style]})",
        DATE_ORDER_PATTERNS[spec.date_order],
        date_check,
        checks,
        encoding,
        problems,
    )


def _preview_long(
    sheet: Sheet, spec: ImportSpec, rows: list[int], targets: _Targets
) -> tuple[list[RowReading], dict[int, NumberColumnCheck]]:
    layout = spec.long
    assert layout is not None
    quantities, check = _number_cells(sheet, layout.quantity, rows, spec)
    readings = []
    for index, row in enumerate(rows):
        values = sheet.rows(row, row + 1)[0]
        cells = []
        for column in _long_columns(layout):
            value = values[column] if column < len(values) else None
            if column == layout.quantity:
                cells.append(quantities[index])
            elif column == layout.period:
                cell = _read_period_cell(value, row, column, spec, targets)
                cells.append(cell)
            else:
                text = _unquote(cell_text(value))
                cells.append(CellReading(row, column, cell_text(value), text, text))
        readings.append(RowReading(row, "data", tuple(cells)))
    return readings, ({layout.quantity: check} if check else {})


def _preview_interval(
    sheet: Sheet, spec: ImportSpec, rows: list[int], columns: list[_Column]
) -> tuple[list[RowReading], dict[int, NumberColumnCheck], DateOrderCheck | None]:
    stamps_values = [sheet.cell(r, spec.period_column) for r in rows]
    stamps = parse_datetime_values(stamps_values, spec.date_order)
    by_column = [_number_cells(sheet, c.spec.column, rows, spec, c.factor) for c in columns]
    readings = []
    for index, row in enumerate(rows):
        value = stamps_values[index]
        if stamps.status[index] == BAD:
            error = stamps.errors[index]
            key = CellReading(
                row, spec.period_column, cell_text(value), None, "", error.reason, error.code
            )
        else:
            moment = stamps.values[index]
            shown = (
                "" if np.isnat(moment) else moment.astype(dt.datetime).strftime("%d/%m/%Y %H:%M")
            )
            key = CellReading(row, spec.period_column, cell_text(value), moment, shown)
        cells = tuple(cells[index] for cells, _ in by_column)
        readings.append(RowReading(row, "data", (key, *cells)))
    checks = {
        c.spec.column: check
        for c, (_, check) in zip(columns, by_column, strict=True)
        if check is not None
    }
    return readings, checks, stamps.date_check


# --- suggestions -------------------------------------------------------------------------------

# Headers of the long layout: the templates' (cpaudit.store.exporting) and common variants.
_LONG_HEADERS = {
    column: (
        *(_key(TEMPLATE_HEADERS[lang][column]) for lang in ("en", "vi")),
        *extra,
    )
    for column, extra in {
        "period": ("kỳ báo cáo",),
        "period_start": ("start",),
        "period_end": ("end",),
        "product": (),
        "resource": ("nguồn lực",),
        "resource_class": ("loại", "class"),
        "quantity": ("lượng", "giá trị", "value"),
        "unit": ("đvt", "đơn vị tính"),
        "cost": ("thành tiền",),
        "period_label": ("period name", "tên kỳ báo cáo"),
        "period_kind": ("kind",),
        "product_name": ("tên sản phẩm",),
        "product_report_unit": ("report_unit", "report unit", "đơn vị tính suất tiêu hao"),
        "resource_name": ("tên nguồn lực",),
        "carrier": ("energy carrier",),
        "heating_value_gj_per_unit": ("heating value", "nhiệt trị", "nhiệt trị (gj)"),
        "price_per_unit": ("price", "unit price", "đơn giá (đồng)"),
    }.items()
}
_CLASS_HINTS = (
    (ResourceClass.ENERGY, ("điện", "electricity", "electric", "hơi mua", "purchased steam")),
    (
        ResourceClass.FUEL,
        (
            "than",
            "coal",
            "dầu",
            "oil",
            "diesel",
            "gas",
            "khí",
            "lpg",
            "củi",
            "biomass",
            "trấu",
            "sinh khối",
            "xăng",
            "gasoline",
            "fo",
            "do",
        ),
    ),
    (ResourceClass.WATER, ("nước", "water")),
    (
        ResourceClass.MATERIAL,
        (
            "nguyên liệu",
            "vật liệu",
            "hóa chất",
            "hoá chất",
            "material",
            "chemical",
            "bột",
            "pulp",
            "malt",
            "gạo",
        ),
    ),
)
_PRODUCT_HINTS = ("sản lượng", "sản phẩm", "production", "output", "product")


def suggest_spec(
    project: Project,
    workbook: Workbook,
    sheet_name: str | None = None,
    *,
    header_row: int | None = None,
    layout: Layout | None = None,
) -> ImportSpec:
    """A first guess at the mapping, for the user to check and correct in the wizard.

    The header row is the first row with at least two text cells above a row holding numbers or
    dates. Headers that read like the long layout (``period``, ``quantity``, ``Kỳ``,
    ``Số lượng`` ...) give the long layout; a first column of timestamps gives the interval
    layout; periods give the wide layout. A column headed ``Tháng``, ``Kỳ``, ``Month`` ... is the
    period column even where some of its values are mistyped (they are reported), and a column
    of plain numbers or one headed with a unit is never taken for the periods while another
    column fits. Numeric columns are mapped to existing products or resources by name or code,
    else to new ones named after the header; units come from the headers. The date order stays
    dd/mm/yyyy: the preview shows any value that disagrees.

    ``header_row`` (0-based) and ``layout``, where given, are the user's choice and are kept;
    the rest is guessed around them (a long layout whose headers are not recognised gets no
    columns, which :func:`plan_import` reports).
    """
    sheet = workbook.sheet(sheet_name)
    if header_row is None:
        header_row = _guess_header_row(sheet)
    header_rows = (
        2
        if header_row > 0
        and any((header_row - 1, c) in sheet.merged_copies for c in range(sheet.n_cols))
        else 1
    )
    headers = column_headers(sheet, header_row, header_rows)
    sample_rows = sheet.rows(header_row + 1, header_row + 41)
    columns_sample = {c: [r[c] for r in sample_rows if c < len(r)] for c in headers}
    style = suggest_number_style(list(columns_sample.values()))
    base = ImportSpec(sheet.name, header_row, header_rows=header_rows, number_style=style)

    base = dataclasses.replace(base, allocations=companion_allocations(workbook, sheet.name))

    long = _long_layout(headers) if layout in (None, "long") else None
    if long is not None or layout == "long":
        return dataclasses.replace(base, layout="long", long=long)
    period_column, guessed = _guess_time_column(headers, columns_sample)
    layout = layout or guessed
    targets = _Targets(project)
    taken: set[str] = set(targets.products) | set(targets.resources)
    maps = []
    for column, header in headers.items():
        if column == period_column or not header or not _numeric(columns_sample[column]):
            continue
        if layout == "interval" and not _known_unit(header):
            continue  # meter exports carry counters, power factors, seconds: only map quantities
        maps.append(_suggest_column(column, header, targets, taken))
    return dataclasses.replace(
        base, layout=layout, period_column=period_column, columns=tuple(maps)
    )


def _known_unit(header: str) -> bool:
    try:
        return bool(header_unit(header)[1])
    except ParseError:
        return False


def _guess_header_row(sheet: Sheet) -> int:
    rows = sheet.rows(0, 30)
    for index in range(len(rows) - 1):
        texts = [v for v in rows[index] if isinstance(v, str) and not _is_number_text(v)]
        below = rows[index + 1]
        if len(texts) >= 2 and any(
            isinstance(v, float | int | dt.date) or _is_number_text(v) for v in below
        ):
            return index
    return 0


def _is_number_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parse_number(value, "vi")
        return True
    except ParseError:
        try:
            parse_number(value, "en")
            return True
        except ParseError:
            return False


def _numeric(values: Sequence[object]) -> bool:
    """Whether a column holds numbers. A spreadsheet error (#DIV/0!) counts as one: it is a
    number whose formula failed, and a column left out for its errors would hide them."""
    filled = [v for v in values if v is not None]
    numeric = [
        v for v in filled if isinstance(v, float | int) or _is_number_text(v) or _is_error(v)
    ]
    return bool(filled) and len(numeric) >= 0.6 * len(filled)


def _is_error(value: object) -> bool:
    """Whether a cell shows a spreadsheet error (#N/A, Err:502)."""
    if not isinstance(value, str) or not value.strip():
        return False
    try:
        parse_number(value, "en")
    except ParseError as error:
        return error.code == "formula_error"
    return False


def _long_layout(headers: dict[int, str]) -> LongColumns | None:
    found: dict[str, int] = {}
    for column, header in headers.items():
        key = _key(header)
        for name, words in _LONG_HEADERS.items():
            if name not in found and key in words:
                found[name] = column
                break
    if "period" in found and "quantity" in found and ("product" in found or "resource" in found):
        return LongColumns(**found)
    return None


# A header that names the time: the period column, whatever its values (a mistyped month among
# them must not hand the periods to a quantity column)
_TIME_HEADER = re.compile(
    r"(?:tháng|month|kỳ|period|năm|year|quý|quarter|thời gian|thời điểm|time|timestamp|date"
    r"|datetime|ngày)(?!\w)"
)


def _names_the_time(header: str) -> bool:
    return _TIME_HEADER.match(_key(header)) is not None


def _time_fit(values: list[object]) -> Layout | None:
    """``wide`` when most values read as periods, ``interval`` when as periods or dates."""
    filled = [v for v in values if v is not None][:20]
    if not filled:
        return None
    periods = dates = 0
    for value in filled:
        try:
            parse_period(value)
            periods += 1
            continue
        except ParseError:
            pass
        try:
            parse_date(value)
            dates += 1
        except ParseError:
            pass
    if periods >= 0.6 * len(filled):
        return "wide"
    if periods + dates >= 0.6 * len(filled):
        return "interval"
    return None


def _plain_numbers(values: list[object]) -> bool:
    filled = [v for v in values if v is not None]
    return bool(filled) and all(
        isinstance(v, float | int) and not isinstance(v, bool) or _is_number_text(v) for v in filled
    )


def _guess_time_column(
    headers: dict[int, str], samples: dict[int, list[object]]
) -> tuple[int | None, Layout]:
    """The period (or timestamp) column and the layout it gives, in this order of trust: a
    header naming the time over values that fit; values that fit, other than plain numbers; a
    header naming the time alone; plain numbers that fit (years, spreadsheet serials). A header
    with a unit (``Sản lượng (t)``) heads a quantity, never the periods."""
    candidates = [c for c in samples if not _known_unit(headers.get(c, ""))]
    named = [c for c in candidates if _names_the_time(headers.get(c, ""))]
    fits = {c: _time_fit(samples[c]) for c in candidates}
    plain = {c for c in candidates if _plain_numbers(samples[c])}
    for column in named:
        if fits[column] is not None:
            return column, fits[column]
    for column in candidates:
        if fits[column] is not None and column not in plain:
            return column, fits[column]
    if named:
        return named[0], "wide"
    for column in candidates:
        if fits[column] is not None:
            return column, fits[column]
    return None, "wide"


def _suggest_column(column: int, header: str, targets: _Targets, taken: set[str]) -> ColumnMap:
    try:
        label, unit = header_unit(header)
    except ParseError:
        label, unit = header, ""
    label = label.rsplit(" / ", 1)[-1]
    product = targets.find_product(label)
    if product is not None:
        return ColumnMap(column, "product", product.code, unit)
    resource = targets.find_resource(label)
    if resource is not None:
        return ColumnMap(column, "resource", resource.code, unit)
    code = _new_code(label, taken)
    words = _key(label)
    if words.startswith(_PRODUCT_HINTS):
        return ColumnMap(column, "product", code, unit, name=label)
    resource_class = ResourceClass.OTHER
    for candidate, hints in _CLASS_HINTS:
        if any(re.search(rf"(?<!\w){re.escape(h)}(?!\w)", words) for h in hints):
            resource_class = candidate
            break
    else:
        if _is_electric_energy(unit):  # a meter's Usage_kWh: bought electricity, an energy
            resource_class = ResourceClass.ENERGY
    return ColumnMap(column, "resource", code, unit, name=label, resource_class=resource_class)


def _is_electric_energy(unit: str) -> bool:
    """Whether ``unit`` is a watt-hour unit (Wh, kWh, MWh, GWh), which only electricity is
    metered in; GJ or MMBtu could be a fuel as well as steam."""
    try:
        normalised = normalise_unit(unit) if unit else ""
        return bool(normalised) and normalised.endswith("Wh") and units.is_energy(normalised)
    except (units.UnitError, ParseError):
        return False


def _new_code(label: str, taken: set[str]) -> str:
    plain = unicodedata.normalize("NFD", label.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    code = "_".join(re.findall(r"[A-Za-z0-9]+", plain)).upper()[:16] or "X"
    candidate, number = code, 2
    while candidate in taken:
        candidate, number = f"{code}_{number}", number + 1
    taken.add(candidate)
    return candidate
