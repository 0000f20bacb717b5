"""Why a figure the report itself derives is not defined, beside the engine's own reasons.

The engine's :class:`~cpaudit.audit.results.NotDefined` carries a
:class:`~cpaudit.audit.results.Reason`; the report uses the same class with one of these
reasons, so the catalogue (``reason_<value>``) and the JSON twin (``{"not_defined": value}``)
treat both alike.
"""

from __future__ import annotations

from enum import StrEnum

from cpaudit.audit.results import NotDefined


class ReportReason(StrEnum):
    NO_NORM = "no_norm"  # no sector-norm row is valid for the period and volume
    NO_INPUTS = "no_inputs"  # a balance with no inputs has no closure error
    NO_ENERGY_USE = "no_energy_use"  # a product with no energy or fuel use recorded
    UNKNOWN_UNIT = "unknown_unit"  # a unit cpaudit cannot read


def undefined(reason: ReportReason, detail: str = "") -> NotDefined:
    """A figure the report cannot give, for ``reason``."""
    return NotDefined(reason, detail)  # type: ignore[arg-type]  # a report reason, see above
