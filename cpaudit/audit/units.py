"""Units, through one pint registry with the units Vietnamese and IAC data use.

Electricity demand in kW-months is a dimension of its own, so it can never be added to energy.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

import pint

_EXTRA_DEFINITIONS = (
    "m3 = meter ** 3",
    "MMBtu = 1e6 * Btu",
    "kW_month = [electric_demand] = kW-month",
    # IAC's W0 column: its unit is not defined in IAC manual v10.2, so it converts to nothing.
    "iac_w0_unit = [iac_w0]",
    "kgal = 1000 * gallon",
    # products counted, not weighed: pieces, bottles, cans, all one dimension
    "piece = [item] = pcs",
    "bottle = piece",
    "can_unit = piece",
)


# the conversions made inside ``recording()``; None outside it
_recorded: ContextVar[dict[tuple[str, str], float] | None] = ContextVar(
    "unit_conversions", default=None
)


class UnitError(ValueError):
    """A unit string the app does not know, or two units that cannot be converted.

    ``unit`` is the unit not understood, or the first of the two; ``to_unit`` the second ("" for
    a unit not understood), so that a report or a form can word the problem in its own language.
    """

    def __init__(self, message: str, unit: str = "", to_unit: str = "") -> None:
        super().__init__(message)
        self.unit = unit
        self.to_unit = to_unit


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    ureg = pint.UnitRegistry()
    for line in _EXTRA_DEFINITIONS:
        ureg.define(line)
    return ureg


def check_unit(unit: str) -> None:
    """Raise :class:`UnitError` unless ``unit`` is understood."""
    _parse(unit)


def factor(from_unit: str, to_unit: str) -> float:
    """How many ``to_unit`` make one ``from_unit``; units may carry a number (``"1000 L"``).

    Inside :func:`recording`, the pair is noted when the conversion succeeds.
    """
    value = _factor(from_unit, to_unit)
    recorded = _recorded.get()
    if recorded is not None and from_unit != to_unit:
        recorded.setdefault((from_unit, to_unit), value)
    return value


@contextmanager
def recording() -> Iterator[dict[tuple[str, str], float]]:
    """Note every conversion :func:`factor` makes inside the block: ``(from, to) -> factor``, in
    the order first made, so that a report can list the conversions it used. Blocks nest: an
    outer block also gets what an inner one noted."""
    outer = _recorded.get()
    recorded: dict[tuple[str, str], float] = {}
    token = _recorded.set(recorded)
    try:
        yield recorded
    finally:
        _recorded.reset(token)
        if outer is not None:
            for pair, value in recorded.items():
                outer.setdefault(pair, value)


@lru_cache(maxsize=4096)
def _factor(from_unit: str, to_unit: str) -> float:
    source = _parse(from_unit)
    target = _parse(to_unit)
    try:
        return float((source / target).to("dimensionless").magnitude)
    except pint.errors.DimensionalityError as e:
        raise UnitError(f"cannot convert {from_unit!r} to {to_unit!r}", from_unit, to_unit) from e


@lru_cache(maxsize=1024)
def is_energy(unit: str) -> bool:
    return _parse(unit).check("[energy]")


def _parse(unit: str) -> pint.Quantity:
    try:
        parsed = registry().parse_expression(unit)
    except Exception as e:  # pint raises several kinds of error for text it cannot parse
        raise UnitError(f"unknown unit {unit!r}", unit) from e
    if not isinstance(parsed, pint.Quantity):
        raise UnitError(f"unknown unit {unit!r}", unit)
    return parsed
