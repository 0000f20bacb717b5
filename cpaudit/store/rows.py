"""Rows of the project file <-> the JSON form's ``project`` object.

Columns carry the JSON field names (see :mod:`cpaudit.store.tables`), so one generic mapping
serves every table; the Project <-> JSON mapping lives in :mod:`cpaudit.store.jsonform` only.
Rows are written and read with plain DB-API statements (``exec_driver_sql``), which for
thousands of rows are several times faster than Core ``insert()`` with dictionaries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Boolean, Column, Connection, Table

from cpaudit.store import tables

# JSON section of the project -> table; each item is one row, its index the position.
SECTIONS: dict[str, Table] = {
    "products": tables.product,
    "resources": tables.resource,
    "periods": tables.period,
    "production": tables.production_record,
    "consumption": tables.consumption_record,
    "allocations": tables.allocation,
    "options": tables.cp_option,
    "team": tables.team_member,
    "process_steps": tables.process_step,
    "step_flows": tables.step_flow,
    "focus_criteria": tables.focus_criterion,
    "focus_scores": tables.focus_score,
    "operations": tables.unit_operation,
    "balance_flows": tables.balance_flow,
    "waste_streams": tables.waste_stream,
    "causes": tables.cause,
    "technical_checks": tables.technical_check,
    "environmental_effects": tables.environmental_effect,
    "implementations": tables.implementation,
    "verified_savings": tables.verified_saving,
    "sustain_actions": tables.sustain_action,
}
SINGLE_ROWS: dict[str, Table] = {
    "establishment": tables.establishment,
    "settings": tables.settings,
    "method": tables.method,
}

Rows = dict[Table, list[tuple[Any, ...]]]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _row_maker(table: Table, key_names: tuple[str, ...]) -> Callable[..., tuple[Any, ...]]:
    """A function (item, *keys) -> row tuple in column order; keys fill ``key_names``."""
    plan = [
        (
            tables.field_name(column),
            key_names.index(column.name) if column.name in key_names else -1,
            bool(column.info.get("empty_is_null")),
        )
        for column in table.columns
    ]

    def make(item: Mapping[str, Any], *keys: Any) -> tuple[Any, ...]:
        values = []
        for name, key_index, empty_is_null in plan:
            if key_index >= 0:
                values.append(keys[key_index])
            else:
                value = item[name]
                values.append(None if empty_is_null and value == "" else value)
        return tuple(values)

    return make


def _from_row(row: tuple, columns: list[Column]) -> dict[str, Any]:
    item = {}
    for column, value in zip(columns, row, strict=True):
        if column.name in tables.KEY_COLUMNS:
            continue
        if value is None:
            value = "" if column.info.get("empty_is_null") else None
        elif isinstance(column.type, Boolean) and value in (0, 1):
            value = bool(value)  # SQLite gives 0 and 1 (a CHECK constraint allows no other)
        item[tables.field_name(column)] = value
    return item


def rows_of(project: Mapping[str, Any]) -> Rows:
    """Every row of a valid JSON-form ``project``, per table in the order the columns are."""
    rows: Rows = {}
    for key, table in SINGLE_ROWS.items():
        rows[table] = [_row_maker(table, ("id",))(project[key], 1)]
    for key, table in SECTIONS.items():
        make = _row_maker(table, ("position",))
        rows[table] = [make(item, index) for index, item in enumerate(project.get(key, ()))]

    make = _row_maker(tables.resource_saving, ("option_code", "position"))
    rows[tables.resource_saving] = [
        make(saving, option["code"], index)
        for option in project.get("options", ())
        for index, saving in enumerate(option.get("savings", ()))
    ]
    rows[tables.option_address] = [
        (option["code"], index, code)
        for option in project.get("options", ())
        for index, code in enumerate(option.get("addresses", ()))
    ]
    rows[tables.source_line] = [
        (index, line) for index, line in enumerate(project.get("sources", ()))
    ]
    rows[tables.selected_option] = [
        (index, code) for index, code in enumerate(project["method"].get("selected_options", ()))
    ]

    return rows


def delete_all(connection: Connection) -> None:
    """Delete every row of every project table, children before the rows they refer to."""
    for table in reversed(tables.metadata.sorted_tables):
        connection.exec_driver_sql(f"DELETE FROM {_quote(table.name)}")


def insert_all(connection: Connection, rows: Rows) -> None:
    """Insert ``rows``, parents before the rows that refer to them."""
    for table in tables.metadata.sorted_tables:
        table_rows = rows.get(table)
        if not table_rows:
            continue
        names = ", ".join(_quote(column.name) for column in table.columns)
        marks = ", ".join("?" for _ in table.columns)
        sql = f"INSERT INTO {_quote(table.name)} ({names}) VALUES ({marks})"
        connection.exec_driver_sql(sql, table_rows)


def read_project(connection: Connection) -> dict[str, Any]:
    """The JSON-form ``project`` object of the file's rows (not yet checked)."""
    project: dict[str, Any] = {}
    for key, table in SINGLE_ROWS.items():
        items = _select(connection, table, "id")
        if len(items) != 1:
            raise LookupError(f"table {table.name} has {len(items)} rows, not 1")
        project[key] = items[0]
    for key, table in SECTIONS.items():
        project[key] = _select(connection, table, "position")

    savings: dict[str, list[dict[str, Any]]] = {}
    columns = list(tables.resource_saving.columns)
    sql = f"{_select_sql(tables.resource_saving)} ORDER BY option_code, position"
    for row in connection.exec_driver_sql(sql):
        savings.setdefault(row[0], []).append(_from_row(row, columns))
    addresses: dict[str, list[str]] = {}
    sql = "SELECT option_code, code FROM option_address ORDER BY option_code, position"
    for option_code, code in connection.exec_driver_sql(sql):
        addresses.setdefault(option_code, []).append(code)
    for option in project["options"]:
        option["savings"] = savings.get(option["code"], [])
        option["addresses"] = addresses.get(option["code"], [])
    project["sources"] = [
        line
        for (line,) in connection.exec_driver_sql("SELECT text FROM source_line ORDER BY position")
    ]
    project["method"]["selected_options"] = [
        code
        for (code,) in connection.exec_driver_sql(
            'SELECT "option" FROM selected_option ORDER BY position'
        )
    ]

    return project


def _select_sql(table: Table) -> str:
    names = ", ".join(_quote(column.name) for column in table.columns)
    return f"SELECT {names} FROM {_quote(table.name)}"


def _select(connection: Connection, table: Table, order_by: str) -> list[dict[str, Any]]:
    columns = list(table.columns)
    result = connection.exec_driver_sql(f"{_select_sql(table)} ORDER BY {order_by}")
    return [_from_row(row, columns) for row in result]
