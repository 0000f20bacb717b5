"""A project from a U.S. DOE Industrial (Training and) Assessment Centers record.

The IAC database has one assessment row (plant-level annual production and use) and its
recommended measures (RECC). The bundled demo project is built from assessment DL0238 this way.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from importlib import resources

from cpaudit.audit.model import (
    ConsumptionRecord,
    CPOption,
    EnergyBasis,
    Establishment,
    OptionStatus,
    Period,
    PeriodKind,
    Product,
    ProductionRecord,
    Project,
    Resource,
    ResourceClass,
    ResourceSaving,
    ScreeningBin,
    Settings,
    Technique,
)

# IAC manual v10.2, Appendix II: the production unit codes, as units cpaudit knows.
# "Tons" in this US database are short tons (SOURCE.md, "Which ton").
PRODUCTION_UNITS = {
    "1": "piece",
    "2": "lb",
    "3": "short_ton",
    "4": "oil_barrel",
    "5": "kgal",
    "7": "bushel",
}


class IacDataError(ValueError):
    """An IAC record that cannot become a project; the message names the field."""


def _demo_text(name: str) -> str:
    return resources.files("cpaudit.resources").joinpath("demo", name).read_text("utf-8")


def resource_codes() -> dict[str, dict[str, str]]:
    """The IAC resource codes (EC, ED, E2 ... W0) with cpaudit's class, unit and carrier."""
    rows = csv.DictReader(io.StringIO(_demo_text("iac_resource_codes.csv")))
    return {row["code"]: row for row in rows}


def demo_project() -> Project:
    """The demo project: IAC assessment DL0238, from the case files shipped in resources/demo."""
    config = json.loads(_demo_text("dl0238.json"))
    assess = list(csv.DictReader(io.StringIO(_demo_text("assess_dl0238.csv"))))
    recommendations = list(csv.DictReader(io.StringIO(_demo_text("dl0238_recommendations.csv"))))
    rows = [r for r in assess if r["id"] == config["assessment_id"]]
    if len(rows) != 1:
        raise IacDataError(f"assessment {config['assessment_id']} not found once in the data")
    return project_from_iac(rows[0], recommendations, config)


def project_from_iac(assess: dict[str, str], recommendations: list[dict[str, str]], config: dict):
    """Build a :class:`Project` from one ASSESS row, its RECC rows and a small config.

    The config (see ``resources/demo/dl0238.json``) says what the IAC data do not: descriptive
    text, per-plant resource names, how statuses map to screening bins and ARC codes to techniques.
    """
    period = _period(config["period"])
    product = _product(assess, config["product"])
    codes = resource_codes()
    overrides = config.get("resource_overrides", {})
    resource_list, consumption = [], []
    for code, spec in codes.items():
        usage = _number(assess, f"{code.lower()}_plant_usage")
        if not usage:
            continue
        resource_list.append(_resource(code, spec, overrides.get(code, {})))
        cost = _number(assess, f"{code.lower()}_plant_cost")
        consumption.append(ConsumptionRecord(period.code, code, usage, cost=cost))
    known = {r.code for r in resource_list}
    options = tuple(_option(rec, config, known) for rec in recommendations)
    return Project(
        establishment=_establishment(assess, config["establishment"]),
        settings=_settings(period.code, config["settings"]),
        products=(product,),
        resources=tuple(resource_list),
        periods=(period,),
        production=(ProductionRecord(period.code, product.code, _required(assess, "prodlevel")),),
        consumption=tuple(consumption),
        options=options,
        sources=tuple(config.get("sources", ())),
    )


def _number(row: dict[str, str], field: str) -> float | None:
    text = (row.get(field) or "").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError as e:
        raise IacDataError(f"{row.get('id', '?')}: {field} is not a number: {text!r}") from e


def _required(row: dict[str, str], field: str) -> float:
    value = _number(row, field)
    if value is None:
        raise IacDataError(f"{row.get('id', '?')}: {field} is empty")
    return value


def _period(spec: dict) -> Period:
    return Period(
        code=spec["code"],
        label=spec["label"],
        start=dt.date.fromisoformat(spec["start"]),
        end=dt.date.fromisoformat(spec["end"]),
        kind=PeriodKind.MEASURED,
    )


def _product(assess: dict[str, str], spec: dict) -> Product:
    unit_code = (assess.get("produnits") or "").strip()
    if unit_code not in PRODUCTION_UNITS:
        raise IacDataError(f"{assess['id']}: produnits {unit_code!r} has no unit cpaudit knows")
    return Product(
        code=spec["code"],
        name=assess["products"].strip(),
        unit=PRODUCTION_UNITS[unit_code],
        report_unit=spec.get("report_unit", ""),
    )


def _resource(code: str, spec: dict[str, str], override: dict[str, str]) -> Resource:
    return Resource(
        code=code,
        name=override.get("name", spec["name_en"]),
        resource_class=ResourceClass(override.get("resource_class", spec["resource_class"])),
        unit=spec["unit"],
        carrier=override.get("carrier", spec["carrier"]),
    )


def _establishment(assess: dict[str, str], spec: dict) -> Establishment:
    notes = []
    sales = _number(assess, "sales")
    energy_cost = sum(
        _number(assess, field) or 0.0 for field in assess if field.endswith("_plant_cost")
    )
    if sales is not None and energy_cost > sales:
        notes.append(
            f"Reported sales ({sales:,.0f} {spec['currency']}) are less than the yearly energy, "
            f"water and waste bill ({energy_cost:,.0f}): implausible, kept as entered."
        )
    employees = _number(assess, "employees")
    return Establishment(
        name=spec["name"],
        address=spec["address"],
        sector=spec["sector"],
        industry_code=f"NAICS {assess['naics']}" if assess.get("naics") else "",
        history=spec.get("history", ""),
        design_capacity="",
        employees=int(employees) if employees is not None else None,
        environmental_status=spec.get("environmental_status", ""),
        currency=spec["currency"],
        notes=" ".join(notes),
    )


def _settings(baseline: str, spec: dict) -> Settings:
    return Settings(
        baseline_period=baseline,
        current_period="",
        scheme_id=spec["scheme_id"],
        energy_basis=EnergyBasis(spec["energy_basis"]),
        default_lifetime_years=int(spec["default_lifetime_years"]),
        default_discount_rate=float(spec["default_discount_rate"]),
        assumptions_note=spec.get("assumptions_note", ""),
    )


def _option(rec: dict[str, str], config: dict, known: set[str]) -> CPOption:
    status = rec["implementation_status"].strip()
    savings = []
    for which in ("primary", "secondary"):
        code = rec[f"{which}_resource_code"].strip()
        if not code:
            continue
        if code not in known:
            raise IacDataError(f"{rec['recommendation_id']}: saves {code}, which the plant lacks")
        savings.append(
            ResourceSaving(
                resource=code,
                quantity=_required(rec, f"{which}_resource_conserved"),
                money=_number(rec, f"{which}_cost_savings_usd"),
            )
        )
    return CPOption(
        code=rec["recommendation_id"],
        title=rec["description"].strip(),
        technique=Technique(config["arc_techniques"][rec["arc_code"]]),
        screening=ScreeningBin(config["screening"][status]),
        status=OptionStatus(config["status"][status]),
        investment=_required(rec, "estimated_implementation_cost_usd"),
        savings=tuple(savings),
        reference=f"ARC {rec['arc_code']}",
    )
