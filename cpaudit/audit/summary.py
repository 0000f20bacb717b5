"""The per-product table and class savings as plain JSON-ready data (for `cpaudit summary`)."""

from __future__ import annotations

from cpaudit.audit.analysis import Assessment
from cpaudit.audit.model import Project
from cpaudit.audit.results import Figure, NotDefined

SUMMARY_VERSION = 1


def figure_json(value: Figure) -> float | dict | None:
    """A number, or ``{"not_defined": reason}`` (never NaN or inf, which JSON cannot hold)."""
    if isinstance(value, NotDefined):
        return {"not_defined": value.reason.value, "detail": value.detail}
    return value


def percent_json(fraction: Figure) -> float | dict | None:
    if isinstance(fraction, NotDefined):
        return figure_json(fraction)
    return fraction * 100.0


def summary(project: Project, assessment: Assessment) -> dict:
    """Specific consumption, savings and judgements per product and resource, and per class."""
    products = {p.code: p for p in project.products}
    resources = {r.code: r for r in project.resources}
    return {
        "format": "cpaudit-summary",
        "version": SUMMARY_VERSION,
        "establishment": project.establishment.name,
        "scheme": {
            "id": assessment.scheme.id,
            "min_pct": assessment.scheme.min_pct,
            "max_pct": assessment.scheme.max_pct,
        },
        "baseline_period": assessment.baseline_period,
        "current_period": assessment.current_period,
        "current_is_projection": assessment.current_is_projection,
        "rows": [
            {
                "product": row.product,
                "product_name": products[row.product].name,
                "resource": row.resource,
                "resource_name": resources[row.resource].name,
                "resource_class": row.resource_class.value,
                "intensity_unit": row.intensity_unit,
                "baseline_intensity": figure_json(row.baseline_intensity),
                "current_intensity": figure_json(row.current_intensity),
                "saving_pct": percent_json(row.saving),
                "avoided_quantity": figure_json(row.avoided),
                "judgement": row.judgement.value,
            }
            for row in assessment.rows
        ],
        "classes": [
            {
                "resource_class": c.resource_class.value,
                "basis": c.basis,
                "saving_pct": percent_json(c.saving),
                "judgement": c.judgement.value,
            }
            for c in assessment.classes
        ],
        "options": [
            {
                "code": o.code,
                "investment": o.investment,
                "net_annual_saving": figure_json(o.net_annual_saving),
                "payback_years": figure_json(o.payback_years),
                "npv": figure_json(o.npv),
                "irr": figure_json(o.irr),
            }
            for o in assessment.options
        ],
    }
