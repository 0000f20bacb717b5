"""The fast paths for large sheets give exactly what the cell-by-cell readers give."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from cpaudit.audit.parsing import BAD, BLANK, OK, parse_datetime_values, parse_number_values
from cpaudit.store import sheets
from cpaudit.store.sheets import GridSheet


@pytest.mark.parametrize(
    ("first_row", "first_col", "merged"),
    [(0, 0, ()), (3, 2, ()), (2, 1, ((2, 1, 4, 1), (5, 2, 9, 3), (0, 0, 1, 4)))],
)
def test_column_values_match_the_rows(first_row, first_col, merged):
    cells = [
        [1.5, "", "  Điện ", None],
        ["x"],
        [],
        [dt.datetime(2024, 1, 1), 2, "Nu\u031bo\u031b\u0301c", True, 7],
        [None, None, 3.25],
    ]
    sheet = GridSheet("s", cells, first_row, first_col, merged)
    for column in range(sheet.n_cols + 1):
        for start, stop in ((0, None), (1, 4), (first_row + 1, first_row + 3), (7, 20), (4, 2)):
            expected = [
                row[column] if column < len(row) else None for row in sheet.rows(start, stop)
            ]
            assert sheet.column_values(column, start, stop) == expected, (column, start, stop)


def test_numbers_stored_as_numbers_read_as_one_at_a_time():
    values = [1.5, None, 3, -0.0, 1e300, math.inf, float("nan"), 10**15]

    fast = parse_number_values(values, "vi")
    slow = parse_number_values([*values, "1"], "vi")  # one text cell: the cell-by-cell path

    np.testing.assert_array_equal(fast.values, slow.values[:-1])
    np.testing.assert_array_equal(fast.status, slow.status[:-1])
    assert list(fast.status) == [OK, BLANK, OK, OK, OK, BAD, BAD, OK]
    assert {i: e.code for i, e in fast.errors.items()} == {5: "not_finite", 6: "not_finite"}
    assert {i: e.reason for i, e in fast.errors.items()} == {
        i: e.reason for i, e in slow.errors.items()
    }
    assert fast.number_check == parse_number_values(values[:1], "vi").number_check
    assert str(fast.values[3]) == "0.0"  # no negative zero, as parse_number gives


def test_datetimes_convert_as_numpy_does():
    base = dt.datetime(1969, 12, 31, 23, 59, 59, 999_999)
    values = [base + dt.timedelta(minutes=15 * i, microseconds=7 * i) for i in range(2000)]
    values += [dt.datetime(1900, 3, 1, 0, 0, 0, 500_000), dt.datetime(9999, 12, 31, 23, 59, 59)]

    parsed = parse_datetime_values(values)

    np.testing.assert_array_equal(parsed.values, np.array(values, "datetime64[s]"))
    assert parsed.values.dtype == np.dtype("datetime64[s]")
    assert parsed.date_check is None


def test_midnight_as_a_date_among_datetimes_reads_as_cell_by_cell():
    values = [dt.datetime(2024, 1, 1, 23, 45), dt.date(2024, 1, 2), dt.datetime(2024, 1, 2, 0, 15)]

    fast = parse_datetime_values(values, "dmy")
    slow = parse_datetime_values([*values, "02/01/2024 00:30"], "dmy")

    np.testing.assert_array_equal(fast.values, slow.values[:-1])
    assert fast.date_check == parse_datetime_values([values[1]] * 2, "dmy").date_check
    assert str(fast.values[1]) == "2024-01-02T00:00:00"


@pytest.mark.parametrize(
    ("xml", "found"),
    [
        (b'<c r="A1"><f>SUM(B1:B2)</f></c>', True),
        (b'<x:c r="A1"><x:f t="shared" si="0"/></x:c>', True),
        (b'<c r="A1"><v>5</v></c><headerFooter><firstFooter>x</firstFooter></headerFooter>', False),
        (b'<c r="A1" t="s"><v>0</v></c>', False),
    ],
)
def test_the_formula_search_finds_plain_and_prefixed_formulas(xml, found):
    assert sheets._holds_formulas(xml) is found
