"""A project from a U.S. DOE Industrial (Training and) Assessment Centers record.

The IAC database has one assessment row (plant-level annual production and use) and its
recommended measures (RECC). The bundled demo project is built from assessment DL0238 this way.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace
from importlib import resources

from cpaudit.audit import units
from cpaudit.audit.method import waste_cost
from cpaudit.audit.model import (
    BalanceFlow,
    Cause,
    CauseCategory,
    ConsumptionRecord,
    CPOption,
    EffectAspect,
    EnergyBasis,
    EnvironmentalEffect,
    Establishment,
    FlowKind,
    FocusCriterion,
    FocusScore,
    Implementation,
    Measurement,
    Method,
    OptionStatus,
    Period,
    PeriodKind,
    ProcessStep,
    Product,
    ProductionRecord,
    Project,
    Resource,
    ResourceClass,
    ResourceSaving,
    ScreeningBin,
    Settings,
    StepFlow,
    SustainAction,
    TeamMember,
    TechnicalCheck,
    Technique,
    UnitOperation,
    WasteStream,
)
from cpaudit.audit.reference import grid_factor, grid_factor_citation

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
    project = Project(
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
    if "method" in config:
        project = with_method(project, config["method"])
    return project


def with_method(project: Project, spec: dict) -> Project:
    """Fill the 18 tasks of the CP method: descriptive text from ``spec``, every quantity and
    money figure computed from the project's own records and its options' savings."""
    project = replace(project, resources=tuple(_priced(project, r) for r in project.resources))
    measures = {o.code: o for o in project.options}
    streams = tuple(_waste_stream(project, w, measures) for w in spec["waste_streams"])
    options = tuple(
        replace(
            o, addresses=tuple(w["code"] for w in spec["waste_streams"] if w["measure"] == o.code)
        )
        for o in project.options
    )
    grid, _ = grid_factor(spec["grid_factor_year"])
    implemented = [o for o in options if o.status == OptionStatus.IMPLEMENTED]
    by_payback = sorted(
        implemented, key=lambda o: o.investment / sum(s.money or 0 for s in o.savings)
    )
    method = Method(
        commitment_by=spec["commitment_by"],
        commitment_statement=spec["commitment_statement"],
        focus_step=_best_step(spec),
        focus_reason=_focus_reason(project, streams),
        balance_period=project.period(project.settings.baseline_period).label,
        grid_factor_t_per_mwh=grid.t_co2_per_mwh,
        grid_factor_source=f"{grid_factor_citation(grid)}. {spec['grid_factor_note']}",
        selected_options=tuple(o.code for o in by_payback),
        next_focus=spec["next_focus"],
        illustrative_note=spec["illustrative_note"],
    )
    plan = spec["implementation"]
    return replace(
        project,
        options=options,
        method=method,
        team=tuple(TeamMember(**member) for member in spec["team"]),
        process_steps=tuple(
            ProcessStep(s["code"], s["name"], s.get("description", "")) for s in spec["steps"]
        ),
        step_flows=tuple(_step_flows(project, spec["steps"], streams)),
        focus_criteria=tuple(
            FocusCriterion(c["code"], c["name"], float(c["weight"])) for c in spec["criteria"]
        ),
        focus_scores=tuple(
            FocusScore(step, criterion, float(score))
            for step, row in spec["scores"].items()
            for criterion, score in row.items()
        ),
        operations=tuple(UnitOperation(**op) for op in spec["operations"]),
        balance_flows=tuple(_balance_flows(project, spec, streams)),
        waste_streams=streams,
        causes=tuple(
            Cause(c["code"], c["waste_stream"], c["description"], CauseCategory(c["category"]))
            for c in spec["causes"]
        ),
        technical_checks=tuple(
            TechnicalCheck(o.code, question, True)
            for o in options
            if o.screening != ScreeningBin.REJECTED
            for question in spec["technical_checks"]
        ),
        environmental_effects=tuple(
            EnvironmentalEffect(e["option"], EffectAspect(e["aspect"]), e["description"])
            for e in spec["environmental_effects"]
        ),
        implementations=tuple(
            Implementation(
                option=o.code,
                owner=plan["owner"],
                budget=o.investment,
                start=dt.date.fromisoformat(plan["start"]),
                finish=dt.date.fromisoformat(plan["finish"]),
                note=plan["note"],
            )
            for o in by_payback
        ),
        sustain_actions=tuple(SustainAction(**a) for a in spec["sustain_actions"]),
    )


def _priced(project: Project, resource: Resource) -> Resource:
    """The resource with its unit price: the plant's yearly cost over its yearly use."""
    records = [c for c in project.consumption if c.resource == resource.code and c.cost]
    used = sum(c.quantity for c in records)
    if not used:
        return resource
    return replace(resource, price_per_unit=sum(c.cost for c in records) / used)


def _waste_stream(project: Project, spec: dict, measures: dict[str, CPOption]) -> WasteStream:
    """A waste stream as large as what the measure that removes it saves of its resource,
    priced at what the plant pays for that resource."""
    saving = next(s for s in measures[spec["measure"]].savings if s.resource == spec["resource"])
    resource = project.resource(spec["resource"])
    return WasteStream(
        code=spec["code"],
        name=spec["name"],
        quantity=saving.quantity,
        unit=resource.unit,
        operation=spec.get("operation", ""),
        purchase_price_per_unit=resource.price_per_unit or 0.0,
    )


def _best_step(spec: dict) -> str:
    weights = {c["code"]: float(c["weight"]) for c in spec["criteria"]}
    totals = {
        step: sum(weights[c] * float(v) for c, v in row.items())
        for step, row in spec["scores"].items()
    }
    return max(totals, key=totals.get)


def _focus_reason(project: Project, streams: tuple[WasteStream, ...]) -> str:
    steam = [w for w in streams if w.unit == "MMBtu"]
    lost = sum(w.quantity for w in steam)
    cost = sum(waste_cost(w) for w in steam)
    currency = project.establishment.currency
    return (
        f"The assessors found {lost:,.0f} MMBtu a year of purchased steam lost through traps, "
        f"leaks and unrecovered heat, worth {cost:,.0f} {currency} a year."
    )


def _per_tonne(project: Project) -> tuple[float, str]:
    product = project.products[0]
    unit = product.report_unit or product.unit
    produced = sum(p.quantity for p in project.production) * units.factor(product.unit, unit)
    return produced, unit


def _step_flows(project: Project, steps: list[dict], streams: tuple[WasteStream, ...]):
    produced, unit = _per_tonne(project)
    used = {c.resource: c.quantity for c in project.consumption}
    by_code = {w.code: w for w in streams}
    for step in steps:
        for code in step.get("inputs", ()):
            resource = project.resource(code)
            yield StepFlow(
                step=step["code"],
                kind=FlowKind.INPUT,
                name=resource.name,
                quantity_per_unit=used[code] / produced,
                unit=f"{resource.unit}/{unit}",
                resource=code,
            )
        for code in step.get("wastes", ()):
            stream = by_code[code]
            yield StepFlow(
                step=step["code"],
                kind=FlowKind.WASTE,
                name=stream.name,
                quantity_per_unit=stream.quantity / produced,
                unit=f"{stream.unit}/{unit}",
            )


def _balance_flows(project: Project, spec: dict, streams: tuple[WasteStream, ...]):
    """The focus's heat balance: purchased steam in (metered), the assessors' estimated losses
    out, and the useful heat that is left (calculated)."""
    steam = next(c for c in project.consumption if c.resource == "E11")
    unit = project.resource("E11").unit
    first, second = (op["code"] for op in spec["operations"])
    losses = {w.operation: [] for w in streams}
    for w in streams:
        losses[w.operation].append(w)
    yield BalanceFlow(
        first, FlowKind.INPUT, "Purchased steam", steam.quantity, unit, Measurement.METERED
    )
    passed = steam.quantity
    for w in losses.get(first, []):
        yield BalanceFlow(first, FlowKind.WASTE, w.name, w.quantity, unit, Measurement.ESTIMATED)
        passed -= w.quantity
    yield BalanceFlow(
        first, FlowKind.PRODUCT, "Steam to process", passed, unit, Measurement.CALCULATED, second
    )
    yield BalanceFlow(
        second, FlowKind.INPUT, "Steam to process", passed, unit, Measurement.CALCULATED
    )
    useful = passed
    for w in losses.get(second, []):
        yield BalanceFlow(second, FlowKind.WASTE, w.name, w.quantity, unit, Measurement.ESTIMATED)
        useful -= w.quantity
    yield BalanceFlow(
        second, FlowKind.PRODUCT, "Useful process heat", useful, unit, Measurement.CALCULATED
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
