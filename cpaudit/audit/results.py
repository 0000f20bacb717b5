"""Small value types shared by the engine's results."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class Reason(StrEnum):
    """Why a figure is not defined. The UI and the report translate these."""

    ZERO_BASELINE = "zero_baseline"
    NO_PRODUCTION = "no_production"
    NO_BASELINE_DATA = "no_baseline_data"
    NO_CURRENT_DATA = "no_current_data"
    NO_ALLOCATION = "no_allocation"
    NO_CONVERSION = "no_conversion"
    SAVINGS_EXCEED_USE = "savings_exceed_use"
    NO_MONEY_SAVING = "no_money_saving"
    NEVER_PAYS_BACK = "never_pays_back"
    NO_IRR = "no_irr"


@dataclass(frozen=True)
class NotDefined:
    """A figure that cannot be computed, with the reason (never inf or NaN)."""

    reason: Reason
    detail: str = ""

    def __bool__(self) -> bool:
        return False


Figure = float | NotDefined


def defined(value: Figure) -> bool:
    return not isinstance(value, NotDefined)


def finite_or(value: float, reason: Reason, detail: str = "") -> Figure:
    """``value`` if it is a finite number, else :class:`NotDefined` with ``reason``."""
    if value is None or not math.isfinite(value):
        return NotDefined(reason, detail)
    return float(value)
