"""Interval meter readings (15-minute, hourly, daily) added up to cpaudit's periods.

Conventions
-----------
A reading is the quantity used during one interval of length ``step``; it is not a register
(index) reading. Each interval is placed on the time line by its *start*, and belongs to the
period that contains its start. Intervals that divide a day evenly therefore never straddle a day,
month or year.

``label="end"`` (the default, and what most meters and billing exports do): the timestamp is the
interval's *end*; the interval starts ``step`` earlier. ``label="start"``: the timestamp is its
start. A column of dates without times (all at midnight) is a daily series whose date *labels*
the day it covers, whatever ``label`` says.

The midnight row. With end labels, the interval 23:45-24:00 of 5 January ends at 00:00 on
6 January, and a plain timestamp says exactly that (``midnight="as_written"``). Many files instead
write it with the date of the day it closes: ``05/01 00:00`` after ``05/01 23:45``
(``midnight="end_of_date"``; the UCI steel data do this, NSM = 0 on that row). A timestamp at
00:00 is then read as 24:00 of its date. ``midnight="auto"`` decides from the file's row order,
which is the only evidence there is: a midnight row that follows a later time of the same date
closes that date; one that follows the previous day's last reading opens its date. Evidence both
ways is a problem; no evidence means ``as_written``. Sorting such a file by timestamp first would
destroy the evidence and move each 24:00 reading to the start of its day, so this module reads
the rows in file order.

Problems (nothing is added up while there are any): duplicate intervals, gaps, intervals that
are not a multiple of the step, blank or negative readings, midnight rows that point both ways,
and periods with fewer readings than their length needs. Zero readings are kept, with a note: a
meter that did not report may show 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from cpaudit.audit.model import Period
from cpaudit.audit.parsing import month_span

Label = Literal["end", "start"]
Midnight = Literal["auto", "as_written", "end_of_date"]

_DAY = np.timedelta64(86400, "s")


@dataclass(frozen=True)
class IntervalIssue:
    """A problem or a note about the readings; ``rows`` index the readings in the order given."""

    code: str
    message: str
    rows: tuple[int, ...] = ()


@dataclass(frozen=True)
class Placement:
    """Where each reading sits on the time line."""

    starts: np.ndarray  # datetime64[s], one per reading, in the order given
    step: np.timedelta64  # [s]
    label: Label
    midnight: Literal["as_written", "end_of_date"]
    problems: tuple[IntervalIssue, ...]
    notes: tuple[IntervalIssue, ...]


@dataclass(frozen=True)
class PeriodTotals:
    """Readings added up per period.

    ``totals`` has one row per period and one column per series, in the series' unit;
    ``readings`` counts the readings in each period, ``expected`` how many a complete period has.
    """

    periods: tuple[Period, ...]
    totals: np.ndarray  # (n_periods, n_series)
    readings: np.ndarray  # (n_periods,)
    expected: np.ndarray  # (n_periods,)
    placement: Placement
    outside: int  # readings in none of the periods
    problems: tuple[IntervalIssue, ...]
    notes: tuple[IntervalIssue, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def format_stamp(stamp: np.datetime64) -> str:
    """``2018-01-13T00:15`` as ``13/01/2018 00:15`` for messages."""
    moment = stamp.astype("datetime64[s]").astype(dt.datetime)
    return moment.strftime("%d/%m/%Y %H:%M")


def place_readings(
    stamps: np.ndarray,
    *,
    label: Label = "end",
    midnight: Midnight = "auto",
    step: np.timedelta64 | None = None,
) -> Placement:
    """Put each timestamp's interval on the time line, by the module's conventions.

    Parameters
    ----------
    stamps : ndarray of datetime64
        One timestamp per reading, **in file order** (the midnight rule reads the order).
    label : {"end", "start"}
        Whether a timestamp marks the end or the start of its interval.
    midnight : {"auto", "as_written", "end_of_date"}
        How to read a timestamp at 00:00 (module docstring).
    step : timedelta64, optional
        The interval length [s]; by default the most common difference between timestamps.

    Returns
    -------
    Placement
        The interval starts, with problems (duplicates, gaps, irregular steps) and notes.
    """
    stamps = np.asarray(stamps, "datetime64[s]")
    problems: list[IntervalIssue] = []
    notes: list[IntervalIssue] = []
    seconds = stamps.astype(np.int64)
    at_midnight = seconds % 86400 == 0
    daily_labels = len(stamps) > 0 and bool(at_midnight.all())

    rule: Literal["as_written", "end_of_date"] = "as_written"
    if not daily_labels:
        rule = _midnight_rule(seconds, at_midnight, midnight, problems, notes)
    shifted = np.where(at_midnight & (rule == "end_of_date"), seconds + 86400, seconds)

    if step is None:
        step = _common_step(np.sort(shifted))
    step = np.timedelta64(step, "s") if step is not None else None
    if step is None:
        problems.append(
            IntervalIssue("no_step", "one reading alone does not tell the interval length")
        )
        step = _DAY if daily_labels else np.timedelta64(0, "s")
    if daily_labels:
        label = "start"
        notes.append(
            IntervalIssue("date_labels", "dates without a time: each date labels the day it covers")
        )
    step_s = int(step.astype(np.int64))
    starts_s = shifted - step_s if label == "end" else shifted
    starts = starts_s.astype("datetime64[s]")
    problems.extend(_order_problems(starts_s, step_s))
    return Placement(starts, step, label, rule, tuple(problems), tuple(notes))


def _midnight_rule(
    seconds: np.ndarray,
    at_midnight: np.ndarray,
    midnight: Midnight,
    problems: list[IntervalIssue],
    notes: list[IntervalIssue],
) -> Literal["as_written", "end_of_date"]:
    if midnight != "auto":
        return midnight
    rows = np.flatnonzero(at_midnight[1:]) + 1
    previous = seconds[rows - 1]
    same_date = previous // 86400 == seconds[rows] // 86400
    closes = rows[same_date & (previous > seconds[rows])]
    opens = rows[~same_date & (previous < seconds[rows])]
    if len(closes) and len(opens):
        problems.append(
            IntervalIssue(
                "mixed_midnight",
                f"{len(closes)} rows at 00:00 follow a later time of the same date (they close "
                f"that day) and {len(opens)} follow the day before (they open their day): "
                "the file mixes the two ways of writing midnight",
                tuple(int(r) for r in np.concatenate([closes[:5], opens[:5]])),
            )
        )
        return "as_written"
    if len(closes):
        notes.append(
            IntervalIssue(
                "midnight_closes_date",
                f"the {len(closes)} readings at 00:00 come after 23:xx of the same date, so each "
                "closes the day it is dated (read as 24:00 of that date)",
            )
        )
        return "end_of_date"
    return "as_written"


def _common_step(sorted_seconds: np.ndarray) -> np.timedelta64 | None:
    differences = np.diff(sorted_seconds)
    differences = differences[differences > 0]
    if not len(differences):
        return None
    values, counts = np.unique(differences, return_counts=True)
    return np.timedelta64(int(values[np.argmax(counts)]), "s")


def _order_problems(starts_s: np.ndarray, step_s: int) -> list[IntervalIssue]:
    problems: list[IntervalIssue] = []
    if len(starts_s) < 2 or step_s <= 0:
        return problems
    order = np.argsort(starts_s, kind="stable")
    ordered = starts_s[order]
    differences = np.diff(ordered)

    for at in np.flatnonzero(differences == 0):
        rows = (int(order[at]), int(order[at + 1]))
        when = format_stamp(np.datetime64(int(ordered[at]), "s"))
        problems.append(
            IntervalIssue("duplicate", f"two readings for the interval starting {when}", rows)
        )
    for at in np.flatnonzero(differences % step_s != 0):
        rows = (int(order[at]), int(order[at + 1]))
        problems.append(
            IntervalIssue(
                "irregular",
                f"{differences[at]} s between two readings is not a multiple of the "
                f"{step_s} s interval",
                rows,
            )
        )
    for at in np.flatnonzero((differences > step_s) & (differences % step_s == 0)):
        rows = (int(order[at]), int(order[at + 1]))
        missing = int(differences[at] // step_s) - 1
        after = format_stamp(np.datetime64(int(ordered[at]), "s"))
        problems.append(
            IntervalIssue(
                "gap",
                f"{missing} reading{'s' if missing > 1 else ''} missing after the interval "
                f"starting {after}",
                rows,
            )
        )
    return problems


def month_periods(first: np.datetime64, last: np.datetime64) -> tuple[Period, ...]:
    """The calendar months from the one holding ``first`` to the one holding ``last``.

    Codes ``2024-01``, labels ``01/2024``, ends inclusive (the model's convention).
    """
    months = np.arange(np.datetime64(first, "M"), np.datetime64(last, "M") + np.timedelta64(1, "M"))
    periods = []
    for month in months:
        year, number = divmod(int(month.astype(np.int64)), 12)
        span = month_span(1970 + year, number + 1)
        periods.append(Period(span.code, span.label, span.start, span.end))
    return tuple(periods)


def add_up(
    placement: Placement,
    values: np.ndarray,
    periods: Sequence[Period] | None = None,
) -> PeriodTotals:
    """Add the readings up per period, vectorised.

    Parameters
    ----------
    placement : Placement
        From :func:`place_readings`.
    values : ndarray, shape (n,) or (n, n_series)
        The quantity of each interval, in the series' unit; NaN for a blank reading.
    periods : sequence of Period, optional
        Where to add up; by default the calendar months the readings cover. A period runs from
        its ``start`` to the end of its ``end`` date. Periods may overlap (a year and its months).

    Returns
    -------
    PeriodTotals
        With problems for blank or negative readings and incomplete periods, added to the
        placement's own.
    """
    values = np.asarray(values, np.float64)
    series = values.reshape(len(values), -1)
    starts = placement.starts
    problems = list(placement.problems)
    notes = list(placement.notes)
    problems.extend(_value_problems(series, starts))
    notes.extend(_zero_notes(series, starts))
    if periods is None:
        periods = month_periods(starts.min(), starts.max()) if len(starts) else ()
    periods = tuple(periods)

    bounds = np.array(
        [[np.datetime64(p.start, "s"), np.datetime64(p.end, "s") + _DAY] for p in periods],
        "datetime64[s]",
    ).reshape(-1, 2)
    clean = np.nan_to_num(series)
    totals, counts, inside = _bin(starts, clean, bounds)
    step_s = int(placement.step.astype(np.int64))
    lengths = (bounds[:, 1] - bounds[:, 0]).astype(np.int64)
    expected = lengths // step_s if step_s > 0 else np.zeros(len(periods), np.int64)
    for k, period in enumerate(periods):
        if counts[k] < expected[k]:
            problems.append(
                IntervalIssue(
                    "incomplete_period",
                    f"period {period.code} has {counts[k]:,} of the {expected[k]:,} readings "
                    "a complete period needs: its total would be too small",
                )
            )
    outside = int(len(starts) - inside.sum())
    if outside:
        notes.append(IntervalIssue("outside", f"{outside:,} readings fall in none of the periods"))
    return PeriodTotals(
        periods, totals, counts, expected, placement, outside, tuple(problems), tuple(notes)
    )


def _bin(
    starts: np.ndarray, series: np.ndarray, bounds: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Totals and counts per period; with periods that do not overlap, one bincount per series."""
    n_periods, n_series = len(bounds), series.shape[1]
    totals = np.zeros((n_periods, n_series))
    counts = np.zeros(n_periods, np.int64)
    inside = np.zeros(len(starts), bool)
    if not n_periods:
        return totals, counts, inside
    order = np.argsort(bounds[:, 0], kind="stable")
    sorted_bounds = bounds[order]
    disjoint = bool(np.all(sorted_bounds[1:, 0] >= sorted_bounds[:-1, 1]))
    if disjoint:
        slot = np.searchsorted(sorted_bounds[:, 0], starts, side="right") - 1
        inside = (slot >= 0) & (starts < sorted_bounds[np.maximum(slot, 0), 1])
        slot = np.where(inside, slot, n_periods)  # an extra bin for readings outside
        counts[order] = np.bincount(slot, minlength=n_periods + 1)[:n_periods]
        for j in range(n_series):
            totals[order, j] = np.bincount(slot, series[:, j], minlength=n_periods + 1)[:-1]
        return totals, counts, inside
    for k, (start, end) in enumerate(bounds):
        member = (starts >= start) & (starts < end)
        inside |= member
        counts[k] = np.count_nonzero(member)
        totals[k] = series[member].sum(axis=0)
    return totals, counts, inside


def _value_problems(series: np.ndarray, starts: np.ndarray) -> list[IntervalIssue]:
    problems = []
    for code, mask, what in (
        ("missing_value", np.isnan(series).any(axis=1), "blank"),
        ("negative", (series < 0).any(axis=1), "negative"),
    ):
        rows = np.flatnonzero(mask)
        if len(rows):
            first = format_stamp(starts[rows[0]])
            problems.append(
                IntervalIssue(
                    code,
                    f"{len(rows):,} reading{'s are' if len(rows) > 1 else ' is'} {what}, "
                    f"the first for the interval starting {first}",
                    tuple(int(r) for r in rows),
                )
            )
    return problems


def _zero_notes(series: np.ndarray, starts: np.ndarray) -> list[IntervalIssue]:
    rows = np.flatnonzero((series == 0).all(axis=1))
    if not len(rows):
        return []
    when = ", ".join(format_stamp(starts[r]) for r in rows[:3])
    return [
        IntervalIssue(
            "zero_reading",
            f"{len(rows):,} interval{'s' if len(rows) > 1 else ''} read exactly 0 ({when}"
            f"{', ...' if len(rows) > 3 else ''}): kept as 0; a meter that did not report may "
            "show 0",
            tuple(int(r) for r in rows),
        )
    ]


def totals_by_period(
    stamps: np.ndarray,
    values: np.ndarray,
    periods: Sequence[Period] | None = None,
    *,
    label: Label = "end",
    midnight: Midnight = "auto",
    step: np.timedelta64 | None = None,
) -> PeriodTotals:
    """Add interval readings up to periods: :func:`place_readings` then :func:`add_up`.

    Examples
    --------
    The UCI steel plant's 2018 file (end labels, midnight rows closing their date) gives
    January 126,238.29 kWh (``../shared/cases/uci-steel-15min-2018``, derived).
    """
    placement = place_readings(stamps, label=label, midnight=midnight, step=step)
    return add_up(placement, values, periods)
