"""Interval readings added up to periods: conventions, midnight rows, and every problem.

Totals are worked by hand: with end labels, a 15-minute reading stamped ``01/02 00:00`` is the
interval 31/01 23:45-24:00 and belongs to January.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from numpy.testing import assert_allclose

from cpaudit.audit.intervals import add_up, month_periods, place_readings, totals_by_period
from cpaudit.audit.model import Period


def stamps(*texts: str) -> np.ndarray:
    return np.array(texts, "datetime64[s]")


def quarter_hours(first: str, count: int) -> np.ndarray:
    return np.datetime64(first, "s") + np.arange(count) * np.timedelta64(15, "m")


def test_end_labels_put_the_reading_stamped_midnight_in_the_day_before():
    readings = stamps("2024-01-31T23:45", "2024-02-01T00:00", "2024-02-01T00:15")
    placement = place_readings(readings, midnight="as_written")
    assert placement.step == np.timedelta64(900, "s")
    assert placement.starts[1] == np.datetime64("2024-01-31T23:45")
    periods = (
        Period("JAN", "", dt.date(2024, 1, 31), dt.date(2024, 1, 31)),
        Period("FEB", "", dt.date(2024, 2, 1), dt.date(2024, 2, 1)),
    )
    result = add_up(placement, np.array([1.0, 2.0, 4.0]), periods)
    assert_allclose(result.totals[:, 0], [1.0 + 2.0, 4.0])


def test_start_labels():
    readings = stamps("2024-01-31T23:45", "2024-02-01T00:00")
    placement = place_readings(readings, label="start", midnight="as_written")
    assert placement.starts[1] == np.datetime64("2024-02-01T00:00")


def test_auto_midnight_reads_a_midnight_row_that_closes_its_own_date():
    # as the UCI file: 05/01 23:30, 05/01 23:45, 05/01 00:00 (= 24:00), 06/01 00:15
    readings = stamps(
        "2024-01-05T23:30", "2024-01-05T23:45", "2024-01-05T00:00", "2024-01-06T00:15"
    )
    placement = place_readings(readings)
    assert placement.midnight == "end_of_date"
    assert placement.starts[2] == np.datetime64("2024-01-05T23:45")
    assert not placement.problems
    assert any(note.code == "midnight_closes_date" for note in placement.notes)


def test_auto_midnight_keeps_a_plain_timeline_as_written():
    readings = stamps("2024-01-05T23:30", "2024-01-05T23:45", "2024-01-06T00:00")
    placement = place_readings(readings)
    assert placement.midnight == "as_written"
    assert placement.starts[2] == np.datetime64("2024-01-05T23:45")


def test_midnight_rows_written_both_ways_are_a_problem():
    readings = stamps(
        "2024-01-05T23:45", "2024-01-05T00:00",  # closes the 5th
        "2024-01-06T00:15", "2024-01-06T23:45", "2024-01-07T00:00",  # opens the 7th
    )  # fmt: skip
    placement = place_readings(readings)
    assert [p.code for p in placement.problems if p.code == "mixed_midnight"] == ["mixed_midnight"]


def test_gaps_duplicates_and_irregular_steps():
    readings = stamps(
        "2024-01-01T00:15", "2024-01-01T00:30", "2024-01-01T00:30", "2024-01-01T01:15",
        "2024-01-01T01:30", "2024-01-01T01:40", "2024-01-01T01:45",
    )  # fmt: skip
    codes = sorted(p.code for p in place_readings(readings).problems)
    assert codes == ["duplicate", "gap", "irregular", "irregular"]
    gap = next(p for p in place_readings(readings).problems if p.code == "gap")
    assert "2 readings missing" in gap.message
    assert gap.rows == (2, 3)


def test_blank_and_negative_readings_are_problems_and_zero_is_a_note():
    readings = quarter_hours("2024-01-01T00:15", 4)
    result = add_up(place_readings(readings), np.array([1.0, np.nan, -2.0, 0.0]))
    codes = sorted(p.code for p in result.problems)
    assert codes == ["incomplete_period", "missing_value", "negative"]  # 4 readings of January
    assert [n.code for n in result.notes] == ["zero_reading"]
    assert result.notes[0].rows == (3,)


def test_calendar_months_by_default_and_incomplete_months_are_problems():
    readings = quarter_hours("2024-01-31T23:00", 8)  # stamped 23:00 on 31/01 .. 00:45 on 01/02
    result = totals_by_period(readings, np.ones(8))
    assert [p.code for p in result.periods] == ["2024-01", "2024-02"]
    # intervals starting 22:45 .. 23:45 are January's (5), 00:00 .. 00:30 February's (3)
    assert_allclose(result.totals[:, 0], [5.0, 3.0])
    incomplete = [p for p in result.problems if p.code == "incomplete_period"]
    assert len(incomplete) == 2
    assert "2,976" in incomplete[0].message  # 31 days x 96


def test_complete_month_totals_and_counts():
    readings = quarter_hours("2023-02-01T00:15", 28 * 96)  # end labels: the whole of February
    values = np.full(len(readings), 0.25)
    result = totals_by_period(readings, values)
    assert [p.code for p in result.periods] == ["2023-02"]
    assert result.readings[0] == result.expected[0] == 2688
    assert_allclose(result.totals[0, 0], 672.0)
    assert result.ok


def test_explicit_and_overlapping_periods():
    readings = quarter_hours("2023-01-01T00:15", 365 * 96)
    values = np.ones((len(readings), 2))
    values[:, 1] = 2.0
    year = Period("Y2023", "2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    march = Period("M03", "03/2023", dt.date(2023, 3, 1), dt.date(2023, 3, 31))
    result = totals_by_period(readings, values, [year, march])
    assert_allclose(result.totals, [[35040.0, 70080.0], [2976.0, 5952.0]])
    assert result.ok and result.outside == 0


def test_readings_outside_every_period_are_counted_in_a_note():
    readings = quarter_hours("2023-03-31T23:00", 8)
    march = Period("M03", "03/2023", dt.date(2023, 3, 1), dt.date(2023, 3, 31))
    result = totals_by_period(readings, np.ones(8), [march])
    assert result.outside == 3  # intervals starting 00:00, 00:15, 00:30 on 1 April
    assert any(n.code == "outside" for n in result.notes)


def test_daily_dates_label_the_day_they_cover():
    days = np.datetime64("2024-02-01", "s") + np.arange(29) * np.timedelta64(1, "D")
    result = totals_by_period(days, np.full(29, 10.0))
    assert [p.code for p in result.periods] == ["2024-02"]
    assert_allclose(result.totals[0, 0], 290.0)
    assert result.ok


def test_month_periods_follow_the_model_convention():
    months = month_periods(np.datetime64("2024-11-15"), np.datetime64("2025-02-01"))
    assert [m.code for m in months] == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert months[1].end == dt.date(2024, 12, 31)
    assert months[3].label == "02/2025"


@pytest.mark.parametrize("size", [1, 0])
def test_too_few_readings(size):
    readings = quarter_hours("2024-01-01T00:15", size)
    placement = place_readings(readings)
    if size:
        assert [p.code for p in placement.problems] == ["no_step"]
