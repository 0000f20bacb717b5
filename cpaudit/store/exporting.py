"""A project's data and results as tidy tables (CSV, XLSX), and blank import templates.

Tidy means long: one row per record (a production or consumption value of one period), with the
unit beside the quantity and, on the same row, what the project knows of the record's period,
product and resource (names, period label and kind, report unit, carrier, heating value, price;
columns :data:`DATA_COLUMNS`). The file filters and pivots in a spreadsheet as it is, and
:mod:`cpaudit.store.importing` reads it back into an empty project as the same products,
resources, periods and records. Allocations of plant-level use to products have no period and
are a table of their own (:data:`ALLOCATION_COLUMNS`).

The tables of :func:`export_tables`:

======================  =======================================================================
``data``                :data:`DATA_COLUMNS`, one row per production or consumption record
``allocations``         :data:`ALLOCATION_COLUMNS`, one row per resource and product
``results``             :data:`RESULT_COLUMNS`, where the settings name the project's periods
``balance``             :data:`BALANCE_COLUMNS`, one row per unit operation and dimension (T5)
``balance_flows``       :data:`BALANCE_FLOW_COLUMNS`, the Sankey diagrams' arrows, one per flow
======================  =======================================================================

An XLSX export holds them as sheets of one file; a CSV export writes ``<stem>_<table>.csv`` for
each (one table alone: the path as given). The header row is in English (the column names
above, which the importer reads) or in Vietnamese (``lang="vi"``: :data:`HEADERS`, which the
importer reads too); the words of the balance tables (a flow's kind, how a figure was found)
follow the headers' language, every other value is written as the project stores it.

Text that a spreadsheet could take for a formula (``=``, ``+``, ``-``, ``@``, tab or carriage
return first) is written with a leading apostrophe, so opening an export never runs anything
(OWASP "CSV injection"); numbers stay numbers, negative ones included. The importer drops such an
apostrophe again.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Literal

from cpaudit.audit import units
from cpaudit.audit.analysis import assess
from cpaudit.audit.method import Balance, balances
from cpaudit.audit.model import BalanceFlow, FlowKind, Measurement, Project
from cpaudit.audit.parsing import NumberStyle
from cpaudit.audit.results import NotDefined
from cpaudit.store.files import atomic_replace

log = logging.getLogger(__name__)

Lang = Literal["vi", "en"]
Row = dict[str, object]
Table = tuple[Sequence[str], Sequence[Mapping[str, object]]]
What = Literal["all", "data", "results", "balance"]

#: The columns of the tidy data table; the English template headers are the same names. The
#: first nine are the record; the rest describe its period, product and resource, so that an
#: import into an empty project creates them as the project has them.
DATA_COLUMNS = (
    "period",
    "period_start",
    "period_end",
    "product",
    "resource",
    "resource_class",
    "quantity",
    "unit",
    "cost",
    "period_label",
    "period_kind",
    "product_name",
    "product_report_unit",
    "resource_name",
    "carrier",
    "heating_value_gj_per_unit",
    "price_per_unit",
)

#: The columns of the allocations table: the share [fraction] of a resource's plant-level use
#: that goes to a product.
ALLOCATION_COLUMNS = ("resource", "product", "share")

#: The columns of the per-product results table.
RESULT_COLUMNS = (
    "product",
    "resource",
    "resource_class",
    "baseline_period",
    "current_period",
    "baseline_quantity",
    "current_quantity",
    "quantity_unit",
    "baseline_production",
    "current_production",
    "production_unit",
    "baseline_intensity",
    "current_intensity",
    "intensity_unit",
    "saving_fraction",
    "avoided_quantity",
    "judgement",
    "not_defined",
)

#: The columns of the balance table: per unit operation and dimension (mass in kg, energy in
#: GJ, volume in m3, any other unit as recorded), the T5 balance's terms, its closure error
#: ``inputs - outputs - stock_change`` (in ``unit`` and in per cent of the inputs) and the
#: shares of the flows, by amount, that were metered, calculated or estimated [%].
BALANCE_COLUMNS = (
    "operation",
    "operation_name",
    "step",
    "balance_period",
    "unit",
    "inputs",
    "products",
    "by_products",
    "wastes",
    "emissions",
    "outputs",
    "stock_change",
    "closure_error",
    "closure_error_pct",
    "metered_pct",
    "calculated_pct",
    "estimated_pct",
    "not_defined",
)

#: The columns of the balance flows table: the arrows of each balance's Sankey diagram, with
#: ``quantity`` in the balance's ``unit`` (always positive, ``direction`` says which way) and
#: the figure as recorded beside it. A balance that does not close has one more row of kind
#: ``closure``: what is left over (``out``) or missing (``in``).
BALANCE_FLOW_COLUMNS = (
    "operation",
    "operation_name",
    "unit",
    "flow",
    "kind",
    "direction",
    "quantity",
    "measurement",
    "to_operation",
    "recorded_quantity",
    "recorded_unit",
)

#: Template and import headers for the data columns, per language.
TEMPLATE_HEADERS: dict[Lang, dict[str, str]] = {
    "en": {column: column for column in DATA_COLUMNS},
    "vi": {
        "period": "Kỳ",
        "period_start": "Từ ngày",
        "period_end": "Đến ngày",
        "product": "Sản phẩm",
        "resource": "Tài nguyên",
        "resource_class": "Loại tài nguyên",
        "quantity": "Số lượng",
        "unit": "Đơn vị",
        "cost": "Chi phí",
        "period_label": "Tên kỳ",
        "period_kind": "Loại kỳ",
        "product_name": "Tên sản phẩm",
        "product_report_unit": "Đơn vị báo cáo",
        "resource_name": "Tên tài nguyên",
        "carrier": "Dạng năng lượng",
        "heating_value_gj_per_unit": "Nhiệt trị (GJ/đơn vị)",
        "price_per_unit": "Đơn giá",
    },
}

#: Template and import headers for the allocation columns, per language.
ALLOCATION_HEADERS: dict[Lang, dict[str, str]] = {
    "en": {column: column for column in ALLOCATION_COLUMNS},
    "vi": {"resource": "Tài nguyên", "product": "Sản phẩm", "share": "Tỷ lệ phân bổ"},
}

#: Headers of the results table, per language.
RESULT_HEADERS: dict[Lang, dict[str, str]] = {
    "en": {column: column for column in RESULT_COLUMNS},
    "vi": {
        "product": "Sản phẩm",
        "resource": "Tài nguyên",
        "resource_class": "Loại tài nguyên",
        "baseline_period": "Kỳ cơ sở",
        "current_period": "Kỳ hiện tại",
        "baseline_quantity": "Lượng sử dụng kỳ cơ sở",
        "current_quantity": "Lượng sử dụng kỳ hiện tại",
        "quantity_unit": "Đơn vị lượng sử dụng",
        "baseline_production": "Sản lượng kỳ cơ sở",
        "current_production": "Sản lượng kỳ hiện tại",
        "production_unit": "Đơn vị sản lượng",
        "baseline_intensity": "Suất tiêu hao kỳ cơ sở",
        "current_intensity": "Suất tiêu hao kỳ hiện tại",
        "intensity_unit": "Đơn vị suất tiêu hao",
        "saving_fraction": "Tiết kiệm (phần của 1)",
        "avoided_quantity": "Lượng tránh được",
        "judgement": "Đánh giá",
        "not_defined": "Không xác định",
    },
}

#: Headers of the balance table, per language (the report's words for the same terms).
BALANCE_HEADERS: dict[Lang, dict[str, str]] = {
    "en": {column: column for column in BALANCE_COLUMNS},
    "vi": {
        "operation": "Công đoạn",
        "operation_name": "Tên công đoạn",
        "step": "Bước quy trình",
        "balance_period": "Thời gian lập cân bằng",
        "unit": "Đơn vị",
        "inputs": "Đầu vào",
        "products": "Sản phẩm",
        "by_products": "Sản phẩm phụ",
        "wastes": "Chất thải",
        "emissions": "Phát thải",
        "outputs": "Đầu ra",
        "stock_change": "Thay đổi tồn kho",
        "closure_error": "Sai số cân bằng",
        "closure_error_pct": "Sai số cân bằng (%)",
        "metered_pct": "Đo đếm (%)",
        "calculated_pct": "Tính toán (%)",
        "estimated_pct": "Ước tính (%)",
        "not_defined": "Không xác định",
    },
}

#: Headers of the balance flows table, per language.
BALANCE_FLOW_HEADERS: dict[Lang, dict[str, str]] = {
    "en": {column: column for column in BALANCE_FLOW_COLUMNS},
    "vi": {
        "operation": "Công đoạn",
        "operation_name": "Tên công đoạn",
        "unit": "Đơn vị",
        "flow": "Dòng",
        "kind": "Loại",
        "direction": "Chiều",
        "quantity": "Lượng",
        "measurement": "Số liệu",
        "to_operation": "Đi đến",
        "recorded_quantity": "Lượng như đã ghi",
        "recorded_unit": "Đơn vị như đã ghi",
    },
}

#: The words of the balance tables' kinds, measurements and directions, per language.
BALANCE_WORDS: dict[Lang, dict[str, str]] = {
    "en": {
        **{kind.value: kind.value for kind in FlowKind},
        **{m.value: m.value for m in Measurement},
        "closure": "closure",
        "in": "in",
        "out": "out",
    },
    "vi": {
        "input": "đầu vào",
        "product": "sản phẩm",
        "by_product": "sản phẩm phụ",
        "waste": "chất thải",
        "emission": "phát thải",
        "stock_change": "thay đổi tồn kho",
        "metered": "đo đếm",
        "calculated": "tính toán",
        "estimated": "ước tính",
        "closure": "sai số cân bằng",
        "in": "vào",
        "out": "ra",
    },
}

#: Each table's headers, per language: what :func:`export_tables` writes with ``lang``.
HEADERS: dict[str, dict[Lang, dict[str, str]]] = {
    "data": TEMPLATE_HEADERS,
    "allocations": ALLOCATION_HEADERS,
    "results": RESULT_HEADERS,
    "balance": BALANCE_HEADERS,
    "balance_flows": BALANCE_FLOW_HEADERS,
}

#: The words a period's kind is written with, per language (the export writes the English).
PERIOD_KIND_WORDS: dict[Lang, dict[str, str]] = {
    "en": {"measured": "measured", "projected": "projected"},
    "vi": {"measured": "thực tế", "projected": "dự kiến"},
}

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula, with a leading ``'``; anything else as is.

    Text that already reads like a neutralised formula (``'=x``) gets one more ``'``, so that
    the importer, which drops one, reads back exactly what was written.

    >>> neutralise("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralise(-5.0)
    -5.0
    """
    if isinstance(value, str) and value.lstrip("'").startswith(_FORMULA_STARTS):
        return "'" + value
    return value


# --- the tables --------------------------------------------------------------------------------


def data_rows(project: Project) -> list[Row]:
    """Production and consumption as tidy rows (:data:`DATA_COLUMNS`), in the project's order.

    Production rows have an empty ``resource``; consumption rows name the resource and, where the
    use belongs to one product, the product. Quantities are in the product's or resource's unit,
    costs and prices in the establishment's currency, heating values in GJ per the resource's
    unit. Each row repeats what the project knows of its period, product and resource; a row of
    plant-level use leaves the product's columns blank.
    """
    periods = {p.code: p for p in project.periods}
    products = {p.code: p for p in project.products}
    resources_by_code = {r.code: r for r in project.resources}
    rows: list[Row] = []
    for record in project.production:
        rows.append(
            {
                **_period_cells(periods.get(record.period), record.period),
                **_product_cells(products.get(record.product), record.product),
                **_resource_cells(None, ""),
                "quantity": record.quantity,
                "unit": products[record.product].unit if record.product in products else "",
                "cost": None,
            }
        )
    for record in project.consumption:
        resource = resources_by_code.get(record.resource)
        rows.append(
            {
                **_period_cells(periods.get(record.period), record.period),
                **_product_cells(products.get(record.product), record.product),
                **_resource_cells(resource, record.resource),
                "quantity": record.quantity,
                "unit": resource.unit if resource else "",
                "cost": record.cost,
            }
        )
    return [{column: row[column] for column in DATA_COLUMNS} for row in rows]


def _period_cells(period, code: str) -> Row:
    return {
        "period": code,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "period_label": period.label if period else "",
        "period_kind": str(period.kind) if period else "",
    }


def _product_cells(product, code: str) -> Row:
    return {
        "product": code,
        "product_name": product.name if product else "",
        "product_report_unit": product.report_unit if product else "",
    }


def _resource_cells(resource, code: str) -> Row:
    return {
        "resource": code,
        "resource_class": str(resource.resource_class) if resource else "",
        "resource_name": resource.name if resource else "",
        "carrier": resource.carrier if resource else "",
        "heating_value_gj_per_unit": resource.heating_value_gj_per_unit if resource else None,
        "price_per_unit": resource.price_per_unit if resource else None,
    }


def allocation_rows(project: Project) -> list[Row]:
    """The allocations (:data:`ALLOCATION_COLUMNS`), ``share`` as a fraction, in order."""
    return [
        {"resource": a.resource, "product": a.product, "share": a.share}
        for a in project.allocations
    ]


def result_rows(project: Project, scheme_id: str | None = None) -> list[Row]:
    """Per product and resource, the figures of :func:`cpaudit.audit.analysis.assess`.

    A figure that is not defined is left blank, and ``not_defined`` says which and why
    (``saving_fraction: zero_baseline``).
    """
    assessment = assess(project, scheme_id)
    resources_by_code = {r.code: r for r in project.resources}
    rows: list[Row] = []
    for result in assessment.rows:
        resource = resources_by_code[result.resource]
        figures = {
            "baseline_quantity": result.baseline_quantity,
            "current_quantity": result.current_quantity,
            "baseline_production": result.baseline_production,
            "current_production": result.current_production,
            "baseline_intensity": result.baseline_intensity,
            "current_intensity": result.current_intensity,
            "saving_fraction": result.saving,
            "avoided_quantity": result.avoided,
        }
        missing = [
            f"{name}: {value.reason}"
            for name, value in figures.items()
            if isinstance(value, NotDefined)
        ]
        row: Row = {
            "product": result.product,
            "resource": result.resource,
            "resource_class": str(result.resource_class),
            "baseline_period": assessment.baseline_period,
            "current_period": assessment.current_period or "projected",
            "quantity_unit": resource.unit,
            "production_unit": result.intensity_unit.split("/", 1)[-1],
            "intensity_unit": result.intensity_unit,
            "judgement": str(result.judgement),
            "not_defined": "; ".join(missing),
        }
        for name, value in figures.items():
            row[name] = None if isinstance(value, NotDefined) else float(value)
        rows.append(row)
    return rows


_OUTPUT_COLUMNS = {
    FlowKind.PRODUCT: "products",
    FlowKind.BY_PRODUCT: "by_products",
    FlowKind.WASTE: "wastes",
    FlowKind.EMISSION: "emissions",
}


def balance_rows(project: Project) -> list[Row]:
    """The T5 balance of every unit operation, one row per dimension (:data:`BALANCE_COLUMNS`).

    The figures are those of :func:`cpaudit.audit.method.balances`: flows added up in kg, GJ or
    m3 (others in their own unit), closure error ``(inputs - outputs - stock_change) / inputs``
    as a percentage. Each term is split by kind, and the flows moved (every flow but the stock
    change, by amount) by how they were found. An operation with no flows has no row; one with a
    unit the app does not know has one row that says so in ``not_defined``, its figures blank.
    """
    rows: list[Row] = []
    for operation, flows in _operation_flows(project):
        described = {
            "operation": operation.code,
            "operation_name": operation.name,
            "step": operation.step,
            "balance_period": project.method.balance_period,
        }
        try:
            found = balances(flows, operation.code)
        except units.UnitError as error:
            rows.append({**dict.fromkeys(BALANCE_COLUMNS), **described, "not_defined": str(error)})
            continue
        for balance in found:
            members = [(f, q) for f, q in _in_unit(flows, balance.unit) if q is not None]
            rows.append({**described, **_balance_figures(balance, members)})
    return [{column: row[column] for column in BALANCE_COLUMNS} for row in rows]


def _operation_flows(project: Project) -> list[tuple[object, list[BalanceFlow]]]:
    """(operation, its flows) in the project's order, operations with no flow left out."""
    flows: dict[str, list[BalanceFlow]] = {}
    for flow in project.balance_flows:
        flows.setdefault(flow.operation, []).append(flow)
    return [(op, flows[op.code]) for op in project.operations if op.code in flows]


def _in_unit(flows: Sequence[BalanceFlow], unit: str) -> list[tuple[BalanceFlow, float | None]]:
    """Each flow with its quantity in ``unit`` where it is balanced in that unit, else None.

    Which balance a flow belongs to is what :func:`balances` says of the flow alone, so the
    grouping here cannot drift from the domain's.
    """
    found: list[tuple[BalanceFlow, float | None]] = []
    for flow in flows:
        try:
            (alone,) = balances((flow,), flow.operation)
        except units.UnitError:
            found.append((flow, None))
            continue
        quantity = flow.quantity * units.factor(flow.unit, unit) if alone.unit == unit else None
        found.append((flow, quantity))
    return found


def _balance_figures(balance: Balance, members: Sequence[tuple[BalanceFlow, float]]) -> Row:
    by_kind = dict.fromkeys(_OUTPUT_COLUMNS.values(), 0.0)
    by_measurement = dict.fromkeys(Measurement, 0.0)
    for flow, quantity in members:
        if flow.kind in _OUTPUT_COLUMNS:
            by_kind[_OUTPUT_COLUMNS[flow.kind]] += quantity
        if flow.kind != FlowKind.STOCK_CHANGE:
            by_measurement[flow.measurement] += abs(quantity)
    moved = sum(by_measurement.values())
    closed = not isinstance(balance.closure, NotDefined)
    return {
        "unit": balance.unit,
        "inputs": balance.inputs,
        **by_kind,
        "outputs": balance.outputs,
        "stock_change": float(balance.stock_change),
        "closure_error": balance.inputs - balance.outputs - balance.stock_change,
        "closure_error_pct": _pct(float(balance.closure)) if closed else None,
        "metered_pct": _pct(by_measurement[Measurement.METERED] / moved) if moved else None,
        "calculated_pct": _pct(by_measurement[Measurement.CALCULATED] / moved) if moved else None,
        "estimated_pct": _pct(by_measurement[Measurement.ESTIMATED] / moved) if moved else None,
        "not_defined": "" if closed else "closure_error_pct: no inputs",
    }


def _pct(fraction: float) -> float:
    """A fraction in per cent to 12 significant digits: the flows' unit conversions leave noise
    in the last digits, and 5 % should read 5, not 4.999999999999995."""
    return float(f"{fraction * 100.0:.12g}")


def balance_flow_rows(project: Project, lang: Lang = "en") -> list[Row]:
    """The arrows of each balance's Sankey diagram (:data:`BALANCE_FLOW_COLUMNS`).

    Per operation and dimension, in the project's order: each flow in the balance's unit, inputs
    ``in``, products, by-products, wastes and emissions ``out``, a stock increase ``out`` and a
    decrease ``in``; then, unless the balance closes to within 1e-9 of its largest flow, the
    closure error as one more arrow (kind ``closure``): ``out`` where the inputs exceed what is
    accounted for, ``in`` where they fall short. A flow whose unit the app does not know keeps
    its recorded figure, with ``unit`` and ``quantity`` blank.
    """
    words = BALANCE_WORDS[lang]
    rows: list[Row] = []
    for operation, flows in _operation_flows(project):
        named = {"operation": operation.code, "operation_name": operation.name}
        balance_units = _balance_units(flows, operation.code)
        for unit in balance_units:
            rows += _sankey_rows(named, unit, flows, words)
        if not balance_units:  # a unit the app does not know: the flows as recorded
            rows += [_flow_row(named, "", flow, None, words) for flow in flows]
    return [{column: row[column] for column in BALANCE_FLOW_COLUMNS} for row in rows]


def _balance_units(flows: Sequence[BalanceFlow], operation: str) -> list[str]:
    """The units the operation's balances are in; none where a flow's unit is unknown."""
    try:
        return [b.unit for b in balances(flows, operation)]
    except units.UnitError:
        return []


def _sankey_rows(
    named: Row, unit: str, flows: Sequence[BalanceFlow], words: Mapping[str, str]
) -> list[Row]:
    """One balance's arrows, inputs positive, and the closure error where it is not nil."""
    arrows = [
        (flow, quantity if flow.kind == FlowKind.INPUT else -quantity)
        for flow, quantity in _in_unit(flows, unit)
        if quantity is not None
    ]
    rows = [_flow_row(named, unit, flow, value, words) for flow, value in arrows]

    left = sum(value for _, value in arrows)
    if abs(left) > 1e-9 * max(abs(value) for _, value in arrows):
        rows.append(
            {
                **named,
                "unit": unit,
                "flow": "",
                "kind": words["closure"],
                "direction": words["out" if left > 0 else "in"],
                "quantity": abs(left),
                "measurement": "",
                "to_operation": "",
                "recorded_quantity": None,
                "recorded_unit": "",
            }
        )
    return rows


def _flow_row(
    named: Row, unit: str, flow: BalanceFlow, value: float | None, words: Mapping[str, str]
) -> Row:
    inward = value > 0 if value else flow.kind == FlowKind.INPUT
    return {
        **named,
        "unit": unit,
        "flow": flow.name,
        "kind": words[flow.kind.value],
        "direction": words["in" if inward else "out"],
        "quantity": abs(value) if value is not None else None,
        "measurement": words[flow.measurement.value],
        "to_operation": flow.to_operation,
        "recorded_quantity": flow.quantity,
        "recorded_unit": flow.unit,
    }


# --- writing -----------------------------------------------------------------------------------


def _csv_number(value: float, style: NumberStyle) -> str:
    """The shortest text that reads back as ``value``, never ambiguous between the two styles.

    ``123.456`` would read as 123456 in Vietnamese style, so it is written ``123.4560``.
    """
    text = repr(float(value))
    if text.endswith(".0") and "e" not in text:
        text = text[:-2]
    whole, point, fraction = text.lstrip("-").partition(".")
    if point and len(fraction) == 3 and 1 <= len(whole) <= 3 and whole != "0":
        text += "0"
    return text.replace(".", ",") if style == "vi" else text


def _csv_cell(value: object, style: NumberStyle) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return _csv_number(value, style)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(neutralise(str(value)))


def write_csv(
    path: str | Path,
    columns: Sequence[str],
    rows: Iterable[Mapping[str, object]],
    *,
    number_style: NumberStyle = "en",
) -> Path:
    """Write a table as CSV, UTF-8 with a byte-order mark (so Excel shows Vietnamese right).

    ``number_style="en"``: comma-separated, decimal point; ``"vi"``: semicolon-separated, decimal
    comma (what Excel on a Vietnamese Windows expects). No thousands separators; dates as
    ``yyyy-mm-dd``; formula-like text neutralised (:func:`neutralise`).
    """
    path = Path(path)
    delimiter = ";" if number_style == "vi" else ","
    with (
        atomic_replace(path, overwrite=True) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow([neutralise(c) for c in columns])
        for row in rows:
            writer.writerow([_csv_cell(row.get(c), number_style) for c in columns])
    return path


def write_xlsx(path: str | Path, tables: Mapping[str, Table]) -> Path:
    """Write tables as the sheets of one XLSX file: numbers as numbers, dates as dates.

    Parameters
    ----------
    path : path
    tables : mapping
        Sheet name -> (columns, rows).
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    path = Path(path)
    with atomic_replace(path, overwrite=True) as temporary:  # the folder is checked first
        book = Workbook(write_only=True)
        try:
            for name, (columns, rows) in tables.items():
                sheet = book.create_sheet(name[:31])
                sheet.freeze_panes = "A2"
                header = []
                for column in columns:
                    cell = WriteOnlyCell(sheet, value=neutralise(column))
                    cell.font = Font(bold=True)
                    header.append(cell)
                sheet.append(header)
                for row in rows:
                    sheet.append([_xlsx_cell(sheet, row.get(c)) for c in columns])
            book.save(temporary)
        finally:
            _close_sheets(book)
    return path


def _close_sheets(book) -> None:
    """Finish the write-only sheets a failed save left open. Left to the garbage collector,
    each would write to its already closed stream and print "Exception ignored ..."."""
    for sheet in book.worksheets:
        if not sheet.closed:
            with contextlib.suppress(Exception):
                sheet.close()


def _xlsx_cell(sheet, value: object):
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "dd/mm/yyyy"
        return cell
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=neutralise(value))
        cell.data_type = "s"  # never a formula, whatever the text
        return cell
    if isinstance(value, float):
        # openpyxl writes numbers with 16 significant digits, which loses the last digit of
        # some (12.846459471766849); the shortest text that reads back exactly is repr's
        cell = WriteOnlyCell(sheet, value=repr(value))
        cell.data_type = "n"
        return cell
    return value


def has_results(project: Project) -> bool:
    """Whether the settings name a baseline (and a current period, if any) the project has."""
    codes = {p.code for p in project.periods}
    settings = project.settings
    return settings.baseline_period in codes and settings.current_period in codes | {""}


def export_tables(
    project: Project, what: What = "all", scheme_id: str | None = None, lang: Lang = "en"
) -> dict[str, Table]:
    """The tables to export, by name, in the order they are written.

    Parameters
    ----------
    project : Project
    what : {"all", "data", "results", "balance"}
        ``data``: the tables an import reads back (``data`` and ``allocations``); ``results``:
        the results, where :func:`has_results`; ``balance``: the T5 balances and their flows,
        where the project has balance flows; ``all``: each of these.
    scheme_id : str, optional
        The target scheme the results are judged against; the project's own by default.
    lang : {"en", "vi"}
        The language of the header rows (:data:`HEADERS`) and of the balance tables' words.
    """
    tables: dict[str, Table] = {}
    if what in ("all", "data"):
        tables["data"] = (DATA_COLUMNS, data_rows(project))
        tables["allocations"] = (ALLOCATION_COLUMNS, allocation_rows(project))
    if what in ("all", "results") and has_results(project):
        tables["results"] = (RESULT_COLUMNS, result_rows(project, scheme_id))
    if what in ("all", "balance") and project.balance_flows:
        tables["balance"] = (BALANCE_COLUMNS, balance_rows(project))
        tables["balance_flows"] = (BALANCE_FLOW_COLUMNS, balance_flow_rows(project, lang))
    return {name: _with_headers(name, table, lang) for name, table in tables.items()}


def _with_headers(name: str, table: Table, lang: Lang) -> Table:
    """The table with its columns named in ``lang``."""
    if lang == "en":
        return table
    columns, rows = table
    headers = HEADERS[name][lang]
    return (
        tuple(headers[c] for c in columns),
        [{headers[c]: row[c] for c in columns} for row in rows],
    )


def write_tables(
    path: str | Path, tables: Mapping[str, Table], *, number_style: NumberStyle = "en"
) -> list[Path]:
    """Write tables as the sheets of ``name.xlsx``, or as CSV files.

    CSV: one table goes to ``path`` itself; several go to ``<stem>_<table>.csv`` each, so the
    data of ``out.csv`` are ``out_data.csv`` and its allocations ``out_allocations.csv``, where
    the importer looks for them. ``number_style`` is for CSV only (see :func:`write_csv`).

    Returns
    -------
    list of Path
        The files written.
    """
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        return [write_xlsx(path, tables)]
    return [
        write_csv(target, columns, rows, number_style=number_style)
        for target, (columns, rows) in zip(table_paths(path, tables), tables.values(), strict=True)
    ]


def table_paths(path: str | Path, names: Iterable[str]) -> list[Path]:
    """The files :func:`write_tables` writes for the tables ``names``: ``path`` itself for XLSX
    or a single CSV table, else ``<stem>_<table>.csv`` each."""
    path = Path(path)
    names = list(names)
    if path.suffix.lower() == ".xlsx" or len(names) == 1:
        return [path]
    stem = path.with_suffix("")
    return [Path(f"{stem}_{name}.csv") for name in names]


def export_project(
    project: Project,
    path: str | Path,
    *,
    number_style: NumberStyle = "en",
    scheme_id: str | None = None,
    what: What = "all",
    lang: Lang = "en",
) -> list[Path]:
    """Write the project's data, allocations, results and balances (where it has them).

    Parameters
    ----------
    project : Project
    path : path
        ``name.xlsx``: one file with a sheet per table (``data``, ``allocations``, ``results``,
        ``balance``, ``balance_flows``). ``name.csv``: ``name_data.csv``,
        ``name_allocations.csv``, ``name_balance.csv`` and so on.
    number_style : {"en", "vi"}
        CSV only (see :func:`write_csv`).
    scheme_id : str, optional
        The target scheme the results are judged against; the project's own by default.
    what : {"all", "data", "results", "balance"}
        Which tables (see :func:`export_tables`).
    lang : {"en", "vi"}
        The language of the header rows and of the balance tables' words; both read back.

    Returns
    -------
    list of Path
        The files written.
    """
    tables = export_tables(project, what, scheme_id, lang)
    return write_tables(path, tables, number_style=number_style)


# --- templates ---------------------------------------------------------------------------------

_TEMPLATE_TEXT: dict[Lang, dict[str, object]] = {
    "vi": {
        "data_sheet": "Dữ liệu",
        "monthly_sheet": "Hằng tháng",
        "help_sheet": "Hướng dẫn",
        "monthly_headers": ("Tháng", "Sản lượng (t)", "Điện (kWh)", "Than (tấn)", "Nước (m3)"),
        "classes": ("năng lượng", "nhiên liệu", "nguyên vật liệu", "nước", "khác"),
        "help": (
            "Mẫu nhập số liệu cpaudit",
            "",
            "Trang 'Dữ liệu': mỗi dòng là một số liệu.",
            "Kỳ: mã kỳ (ví dụ 2024, 01/2024, Quý I/2024); Từ ngày, Đến ngày: dd/mm/yyyy, "
            "chỉ cần khi kỳ chưa có trong dự án.",
            "Sản phẩm: sản lượng của sản phẩm (để trống Tài nguyên); hoặc sản phẩm dùng tài "
            "nguyên (có thể để trống).",
            "Tài nguyên: điện, than, nước, nguyên liệu ...; Loại tài nguyên: năng lượng, "
            "nhiên liệu, nguyên vật liệu, nước hoặc khác.",
            "Số lượng: số, kiểu Việt Nam (1.234,56) hoặc kiểu Anh (1,234.56), thống nhất "
            "trong một tệp.",
            "Đơn vị: t, kg, kWh, m3, L, hL, GJ ...; Chi phí: tiền, theo đơn vị tiền của dự án.",
            "Các cột sau có thể để trống; chúng chỉ dùng cho kỳ, sản phẩm, tài nguyên chưa có "
            "trong dự án:",
            "Tên kỳ; Loại kỳ: thực tế hoặc dự kiến (để trống là thực tế).",
            "Tên sản phẩm; Đơn vị báo cáo: đơn vị tính suất tiêu hao, ví dụ t khi sản lượng ghi "
            "bằng kg (để trống là như Đơn vị).",
            "Tên tài nguyên; Dạng năng lượng: như trong bảng quy đổi TOE của Bộ Công Thương, "
            "ví dụ Điện, Dầu DO, Khí tự nhiên; Nhiệt trị: GJ cho một đơn vị tài nguyên, nếu "
            "đã đo; Đơn giá: tiền cho một đơn vị tài nguyên.",
            "",
            "Trang 'Hằng tháng': mỗi dòng một tháng, mỗi cột một sản phẩm hoặc tài nguyên, "
            "đơn vị ghi trong ngoặc ở tiêu đề, ví dụ 'Điện (kWh)'. Đổi tên cột theo nhà máy.",
            "Dòng trống và dòng tổng cộng được bỏ qua.",
            "",
            "Trang 'Phân bổ' (có thể để trống): tài nguyên dùng chung cả nhà máy chia cho các "
            "sản phẩm; Tỷ lệ phân bổ từ 0 đến 1, tỷ lệ của một tài nguyên cộng lại bằng 1. "
            "Được nhập cùng trang 'Dữ liệu' hoặc 'Hằng tháng'.",
        ),
        "allocation_sheet": "Phân bổ",
    },
    "en": {
        "data_sheet": "Data",
        "monthly_sheet": "Monthly",
        "help_sheet": "Instructions",
        "monthly_headers": (
            "Month",
            "Production (t)",
            "Electricity (kWh)",
            "Coal (t)",
            "Water (m3)",
        ),
        "classes": ("energy", "fuel", "material", "water", "other"),
        "help": (
            "cpaudit import template",
            "",
            "Sheet 'Data': one value per row.",
            "period: a period code (e.g. 2024, 01/2024, Q1/2024); period_start, period_end: "
            "dd/mm/yyyy, needed only for a period the project does not have yet.",
            "product: production of the product (leave resource empty); or the product that "
            "uses the resource (may be empty).",
            "resource: electricity, coal, water, a material ...; resource_class: energy, fuel, "
            "material, water or other.",
            "quantity: a number, in Vietnamese (1.234,56) or English (1,234.56) style, the same "
            "in the whole file.",
            "unit: t, kg, kWh, m3, L, hL, GJ ...; cost: money, in the project's currency.",
            "The columns after cost may be left empty; they are used only for a period, product "
            "or resource the project does not have yet:",
            "period_label; period_kind: measured or projected (empty: measured).",
            "product_name; product_report_unit: the unit intensities are shown per, e.g. t when "
            "production is recorded in kg (empty: the unit).",
            "resource_name; carrier: as in MOIT's TOE conversion table, e.g. electricity, "
            "diesel oil, natural gas; heating_value_gj_per_unit: GJ per unit of the resource, "
            "where measured; price_per_unit: money per unit of the resource.",
            "",
            "Sheet 'Monthly': one row per month, one column per product or resource, with the "
            "unit in brackets in the header, e.g. 'Electricity (kWh)'. Rename the columns to "
            "suit the plant.",
            "Blank rows and total rows are skipped.",
            "",
            "Sheet 'Allocations' (may stay empty): plant-level use of a resource shared between "
            "products; share from 0 to 1, the shares of a resource adding up to 1. Imported "
            "with the sheet 'Data' or 'Monthly'.",
        ),
        "allocation_sheet": "Allocations",
    },
}


def write_template(path: str | Path, lang: Lang = "vi", rows: int = 500) -> Path:
    """Write a blank import template with headers in ``lang`` (``vi`` or ``en``).

    Sheets: the long data table (:data:`TEMPLATE_HEADERS`, with date and number formats and
    lists of resource classes and period kinds), a monthly wide table with units in the headers,
    the allocations (:data:`ALLOCATION_HEADERS`), and instructions. Both data sheets import with
    :func:`cpaudit.store.importing.suggest_spec` as they are, with the allocations.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    text = _TEMPLATE_TEXT[lang]
    headers = TEMPLATE_HEADERS[lang]
    book = Workbook()
    data = book.active
    data.title = str(text["data_sheet"])
    data.append([headers[c] for c in DATA_COLUMNS])
    widths = {
        "period": 12,
        "period_start": 12,
        "period_end": 12,
        "product": 18,
        "resource": 18,
        "resource_class": 18,
        "quantity": 14,
        "unit": 10,
        "cost": 16,
        "heating_value_gj_per_unit": 14,
        "price_per_unit": 14,
    }
    formats = {
        "period_start": "dd/mm/yyyy",
        "period_end": "dd/mm/yyyy",
        "quantity": "#,##0.###",
        "cost": "#,##0",
        "heating_value_gj_per_unit": "#,##0.######",
        "price_per_unit": "#,##0.###",
    }
    for index, column in enumerate(DATA_COLUMNS, start=1):
        letter = data.cell(1, index).column_letter
        data.cell(1, index).font = Font(bold=True)
        data.column_dimensions[letter].width = widths.get(column, 18)
        number_format = formats.get(column, "@")
        for row in range(2, rows + 2):
            data.cell(row, index).number_format = number_format
    data.freeze_panes = "A2"
    lists = {
        "resource_class": tuple(text["classes"]),
        "period_kind": tuple(PERIOD_KIND_WORDS[lang].values()),
    }
    for column, words in lists.items():
        validation = DataValidation(
            type="list", formula1='"' + ",".join(words) + '"', allow_blank=True
        )
        data.add_data_validation(validation)
        letter = data.cell(1, DATA_COLUMNS.index(column) + 1).column_letter
        validation.add(f"{letter}2:{letter}{rows + 1}")

    monthly = book.create_sheet(str(text["monthly_sheet"]))
    monthly.append(list(text["monthly_headers"]))
    for index in range(1, len(text["monthly_headers"]) + 1):
        monthly.cell(1, index).font = Font(bold=True)
        monthly.column_dimensions[monthly.cell(1, index).column_letter].width = 18
        for row in range(2, 14):
            monthly.cell(row, index).number_format = "@" if index == 1 else "#,##0.###"
    monthly.freeze_panes = "A2"

    allocations = book.create_sheet(str(text["allocation_sheet"]))
    allocations.append([ALLOCATION_HEADERS[lang][c] for c in ALLOCATION_COLUMNS])
    for index, column in enumerate(ALLOCATION_COLUMNS, start=1):
        allocations.cell(1, index).font = Font(bold=True)
        allocations.column_dimensions[allocations.cell(1, index).column_letter].width = 18
        for row in range(2, 52):
            allocations.cell(row, index).number_format = "0.####" if column == "share" else "@"
    allocations.freeze_panes = "A2"

    help_sheet = book.create_sheet(str(text["help_sheet"]))
    help_sheet.column_dimensions["A"].width = 110
    for line in text["help"]:
        help_sheet.append([line])
    help_sheet["A1"].font = Font(bold=True, size=13)

    fixed = dt.datetime(2026, 1, 1)  # the same file content every time it is generated
    book.properties.created = fixed
    book.properties.modified = fixed
    book.properties.creator = "cpaudit"
    path = Path(path)
    book.save(path)
    return path


def template_path(lang: Lang = "vi") -> Path:
    """The bundled blank template in ``lang``."""
    return Path(str(resources.files("cpaudit.resources") / "templates" / f"cpaudit_{lang}.xlsx"))


def write_templates(folder: str | Path | None = None) -> list[Path]:
    """(Re)generate the bundled templates, ``cpaudit_vi.xlsx`` and ``cpaudit_en.xlsx``."""
    target = Path(folder) if folder is not None else template_path("vi").parent
    target.mkdir(parents=True, exist_ok=True)
    return [write_template(target / f"cpaudit_{lang}.xlsx", lang) for lang in ("vi", "en")]


if __name__ == "__main__":  # python -m cpaudit.store.exporting: regenerate the templates
    for written in write_templates():
        print(written)
