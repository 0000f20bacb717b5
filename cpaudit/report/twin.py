"""The report's figures as one document: what the PDF prints, and its JSON twin.

:func:`report_document` computes every figure of the report once, from the project and its
assessment, into plain data (dicts, lists, numbers, text, dates, enum values and
:class:`~cpaudit.audit.results.NotDefined`). The PDF is laid out from this document, and
:func:`twin_bytes` writes the same document as JSON (schema
``cpaudit/resources/schema/report-v1.schema.json``): a figure that is not defined becomes
``{"not_defined": reason}``, never NaN, inf or null; an input the user did not give is left out.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path

from cpaudit.audit import units
from cpaudit.audit.analysis import Assessment
from cpaudit.audit.economics import PaybackGroup
from cpaudit.audit.energy import Method, conversion
from cpaudit.audit.method import (
    balances,
    co2_of_savings,
    focus_ranking,
    grid_year,
    sensitivity,
    waste_cost,
)
from cpaudit.audit.model import (
    EnergyBasis,
    Measurement,
    OptionStatus,
    Period,
    Project,
    Resource,
    ResourceClass,
    ScreeningBin,
    Technique,
)
from cpaudit.audit.reference import (
    cited_grid_factor,
    ipcc_fuel_for_carrier,
    key_energy_user_threshold,
    toe_factors_for,
    unit_definitions,
)
from cpaudit.audit.results import Figure, NotDefined, Reason
from cpaudit.audit.tasks import TASKS, task_statuses
from cpaudit.report.labels import clean
from cpaudit.report.norms import NORM_FILE, NormCheck, check_norms
from cpaudit.report.reasons import ReportReason, undefined
from cpaudit.report.reference_vi import (
    grid_factor_source_vi,
    ipcc_source_vi,
    key_energy_user_source_vi,
    scheme_vi,
    toe_factor_vi,
    unit_definition_vi,
)

FORMAT = "cpaudit-report"
VERSION = 1
SCHEMA_FILE = "report-v1.schema.json"
SCHEMA_ID = "urn:cpaudit:schema:report-v1"

# The report's sections in order. The required ones are always in; the others the user chooses.
SECTIONS = (
    "summary",
    "establishment",
    "team",
    "process",
    "consumption",
    "energy",
    "balance",
    "waste",
    "options",
    "implementation",
    "annex",
)
REQUIRED_SECTIONS = frozenset({"summary", "consumption", "energy", "annex"})
OPTIONAL_SECTIONS = tuple(s for s in SECTIONS if s not in REQUIRED_SECTIONS)

_ENERGY_CLASSES = (ResourceClass.ENERGY, ResourceClass.FUEL)
# A closure error this small (a fraction) is a flow calculated as the others' remainder.
_CONSTRUCTED_CLOSURE = 1e-9


@dataclass(frozen=True)
class ReportInfo:
    """What the user says about this issue of the report."""

    lang: str
    sections: tuple[str, ...]
    preparer: str
    version: str
    report_date: dt.date
    title: str
    data_file: str  # the JSON twin's file name, as the PDF names it


def data_path(pdf_path: str | os.PathLike[str]) -> Path:
    """Where the JSON twin of a PDF goes: beside it, ``<stem>.report.json``, a name that a
    project's own JSON form (``cpaudit export-json -o <stem>.json``) does not take."""
    path = Path(pdf_path)
    return path.with_name(f"{path.stem}.report.json")


def schema() -> dict:
    """The published JSON Schema of the twin (draft 2020-12)."""
    text = resources.files("cpaudit.resources").joinpath("schema", SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


def twin_bytes(document: dict) -> bytes:
    """The document as UTF-8 JSON: NotDefined as ``{"not_defined": reason}``, dates ISO 8601.

    Raises ValueError for NaN or inf, which must never reach the twin.
    """
    text = json.dumps(
        document, ensure_ascii=False, indent=1, allow_nan=False, default=_json_default
    )
    return (text + "\n").encode("utf-8")


def _json_default(value: object) -> object:
    if isinstance(value, NotDefined):
        out = {"not_defined": value.reason.value}
        if value.detail:
            out["detail"] = clean(value.detail)
        return out
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"not JSON: {type(value).__name__}")


def _generator() -> dict:
    try:
        release = package_version("cpaudit")
    except PackageNotFoundError:  # running from a source tree that is not installed
        release = "unknown"
    return {"name": "cpaudit", "version": release}


def report_document(project: Project, assessment: Assessment, info: ReportInfo) -> dict:
    """Every figure and text of the report, for the sections in ``info.sections``."""
    with units.recording() as conversions:
        document = _report_document(project, assessment, info)
    if "annex" in document:  # every unit conversion made, by the assessment or for the report
        used = {**assessment.unit_conversions, **conversions}
        document["annex"]["factors"]["unit_conversions"] = unit_conversions(used)
    return document


def _report_document(project: Project, assessment: Assessment, info: ReportInfo) -> dict:
    builder = _Document(project, assessment)
    document: dict = {
        "format": FORMAT,
        "version": VERSION,
        "generator": _generator(),
        "language": info.lang,
        "report": {
            "title": info.title,
            "date": info.report_date,
            "version": clean(info.version),
            "preparer": clean(info.preparer),
            "sections": list(info.sections),
            "data_file": info.data_file,
        },
        "establishment": builder.establishment(),
        "periods": builder.periods(),
        "scheme": builder.scheme(),
    }
    for section in info.sections:
        if section == "establishment":
            document["establishment"].update(builder.establishment_profile())
        else:
            document[section] = getattr(builder, section)()
    return document


def _period(period: Period) -> dict:
    return {
        "code": clean(period.code),
        "label": clean(period.label),
        "start": period.start,
        "end": period.end,
        "kind": period.kind,
    }


def _pct(fraction: Figure) -> Figure:
    return fraction if isinstance(fraction, NotDefined) else fraction * 100.0


def _change_pct(factor: float) -> float:
    """A sensitivity factor (0.8, 1.0, 1.2) as a change in per cent (-20, 0, 20), without the
    float noise of (0.8 - 1) * 100."""
    return round((factor - 1.0) * 100.0, 9) + 0.0


def _vietnamese(out: dict, texts: dict[str, str]) -> dict:
    """Add the Vietnamese forms of reference texts (``source_vi`` ...) that the reference data
    has; one it lacks is left out, and the report prints the original."""
    for key, text in texts.items():
        if text:
            out[key] = text
    return out


def _put(out: dict, key: str, value: object) -> dict:
    """Set ``key`` unless ``value`` is None (an input the user did not give)."""
    if value is not None:
        out[key] = value
    return out


class _Document:
    """The sections of the document, each a method named like the section."""

    def __init__(self, project: Project, assessment: Assessment) -> None:
        self.project = project
        self.a = assessment
        self.resources = {r.code: r for r in project.resources}
        self.products = {p.code: p for p in project.products}
        self.economics = {e.code: e for e in assessment.options}
        self._co2: dict[str, dict] = {}
        self._norms: NormCheck | None = None

    # shared parts

    def establishment(self) -> dict:
        """What the cover shows; always in the document."""
        est = self.project.establishment
        return {
            "name": clean(est.name),
            "address": clean(est.address),
            "sector": clean(est.sector),
            "industry_code": clean(est.industry_code),
            "currency": clean(est.currency) or "VND",
        }

    def establishment_profile(self) -> dict:
        """Section "establishment": history, products and capacity, staff, environment."""
        est = self.project.establishment
        out = {
            "history": clean(est.history),
            "design_capacity": clean(est.design_capacity),
            "environmental_status": clean(est.environmental_status),
            "products": [
                {
                    "code": clean(p.code),
                    "name": clean(p.name),
                    "unit": p.unit,
                    "report_unit": p.report_unit or p.unit,
                }
                for p in self.project.products
            ],
        }
        return _put(out, "employees", est.employees)

    def periods(self) -> dict:
        known = {p.code: p for p in self.project.periods}
        out: dict = {
            "baseline_code": clean(self.a.baseline_period),
            "current_code": clean(self.a.current_period),
            "current_is_projection": self.a.current_is_projection,
            "all": [_period(p) for p in self.project.periods],
        }
        if self.a.baseline_period in known:
            out["baseline"] = _period(known[self.a.baseline_period])
        if self.a.current_period in known:
            out["current"] = _period(known[self.a.current_period])
        return out

    def scheme(self) -> dict:
        s = self.a.scheme
        out = {
            "id": s.id,
            "instrument": s.instrument,
            "label_en": s.label_en,
            "label_vi": s.label_vi,
            "min_pct": s.min_pct,
            "max_pct": s.max_pct,
            "scope": [c for c in ResourceClass if c in s.scope],
            "horizon_end": s.horizon_end,
            "source": s.source,
        }
        _vietnamese(out, scheme_vi(s.id))
        _put(out, "valid_from", s.valid_from)
        known = {p.code: p for p in self.project.periods}
        if self.a.reporting_period in known:  # the period judged against the scheme's horizon
            period = known[self.a.reporting_period]
            out["horizon_check"] = {
                "period": clean(period.code),
                "start": period.start,
                "end": period.end,
                "position": self.a.horizon,
            }
        return out

    def name_of_resource(self, code: str) -> str:
        resource = self.resources.get(code)
        return clean(resource.name) if resource and resource.name else clean(code)

    def unit_of_resource(self, code: str) -> str:
        resource = self.resources.get(code)
        return resource.unit if resource else ""

    def class_results(self) -> list[dict]:
        return [
            {
                "resource_class": c.resource_class,
                "basis": c.basis,
                "expected": c.baseline,
                "actual": c.current,
                "saving_pct": _pct(c.saving),
                "judgement": c.judgement,
            }
            for c in self.a.classes
        ]

    def co2(self, code: str) -> dict:
        """CO2 avoided per year by one option's savings; savings with no factor are listed."""
        if code not in self._co2:
            option = next(o for o in self.project.options if o.code == code)
            known = [s for s in option.savings if s.resource in self.resources]
            unknown = [s.resource for s in option.savings if s.resource not in self.resources]
            try:
                result = co2_of_savings(known, self.project)
                fossil, biogenic = result.fossil_t, result.biogenic_t
                missing = list(result.not_counted)
            except units.UnitError:
                fossil = biogenic = 0.0
                missing = [s.resource for s in known]
            self._co2[code] = {
                "fossil_t": fossil,
                "biogenic_t": biogenic,
                "not_counted": [clean(c) for c in dict.fromkeys(missing + unknown)],
            }
        return self._co2[code]

    def norms(self) -> NormCheck:
        if self._norms is None:
            self._norms = check_norms(self.project, self.a)
        return self._norms

    def implemented(self) -> list:
        return [o for o in self.project.options if o.status == OptionStatus.IMPLEMENTED]

    def planned(self) -> list:
        return [o for o in self.project.options if o.status == OptionStatus.PLANNED]

    def totals(self, options: list) -> dict:
        """Investment, net saving and CO2 of a group of options; money not defined where one
        option's saving is not."""
        invested = sum(o.investment for o in options)
        net: Figure = 0.0
        for option in options:
            saving = self.economics[option.code].net_annual_saving
            if isinstance(saving, NotDefined):
                net = saving
                break
            net += saving
        fossil = sum(self.co2(o.code)["fossil_t"] for o in options)
        biogenic = sum(self.co2(o.code)["biogenic_t"] for o in options)
        return {
            "count": len(options),
            "codes": [clean(o.code) for o in options],
            "investment": invested,
            "net_annual_saving": net,
            "co2_fossil_t": fossil,
            "co2_biogenic_t": biogenic,
            "co2_not_counted": self.not_counted(options),
        }

    def not_counted(self, options: list) -> list[dict]:
        """The savings of a group of options that its CO2 leaves out (no emission factor): each
        resource's yearly quantity, added over the options."""
        quantities: dict[str, float] = defaultdict(float)
        for option in options:
            left_out = set(self.co2(option.code)["not_counted"])
            for saving in option.savings:
                if clean(saving.resource) in left_out:
                    quantities[saving.resource] += saving.quantity
        return [
            {
                "resource": clean(code),
                "name": self.name_of_resource(code),
                "quantity": quantity,
                "unit": self.unit_of_resource(code),
            }
            for code, quantity in quantities.items()
        ]

    def energy_totals(self) -> list[dict]:
        names = ("baseline", "current")
        rows = []
        for i, total in enumerate(self.a.energy_totals):
            row = {
                "period": names[i] if i < len(names) else str(i),
                "toe": total.toe,
                "gj": total.gj,
                "key_energy_user": (
                    total.key_energy_user
                    if total.key_energy_user is not None
                    else (total.toe if isinstance(total.toe, NotDefined) else total.gj)
                ),
            }
            if total.not_converted:  # the carriers that can be converted: a lower bound
                row["converted_toe"] = total.converted_toe
                row["converted_gj"] = total.converted_gj
                row["not_converted"] = [clean(code) for code in total.not_converted]
            rows.append(row)
        return rows

    def energy_used(self) -> bool:
        used = {c.resource for c in self.project.consumption}
        return any(
            r.code in used and r.resource_class in _ENERGY_CLASSES for r in self.project.resources
        )

    # 1 summary

    def summary(self) -> dict:
        threshold = key_energy_user_threshold()
        return {
            "classes": self.class_results(),
            "implemented": self.totals(self.implemented()),
            "planned": self.totals(self.planned()),
            "implemented_payback_years": self.a.implemented_payback_years,
            "options_count": len(self.project.options),
            "energy_recorded": self.energy_used(),
            "energy_totals": self.energy_totals(),
            "key_energy_user_threshold_toe": threshold.min_toe_per_year,
        }

    # 3 team

    def team(self) -> dict:
        m = self.project.method
        commitment = {"by": clean(m.commitment_by), "statement": clean(m.commitment_statement)}
        _put(commitment, "date", m.commitment_date)
        statuses = task_statuses(self.project)
        starts = [i.start for i in self.project.implementations if i.start]
        finishes = [i.finish for i in self.project.implementations if i.finish]
        schedule: dict = {"balance_period": clean(m.balance_period)}
        _put(schedule, "implementation_start", min(starts) if starts else None)
        _put(schedule, "implementation_finish", max(finishes) if finishes else None)
        return {
            "members": [
                {
                    "name": clean(t.name),
                    "position": clean(t.position),
                    "role": clean(t.role),
                    "why_chosen": clean(t.why_chosen),
                }
                for t in self.project.team
            ],
            "commitment": commitment,
            "tasks": [
                {
                    "task": task.number,
                    "step": task.step,
                    "state": statuses[task.number].state,
                    "missing": list(statuses[task.number].missing),
                }
                for task in TASKS
            ],
            "schedule": schedule,
        }

    # 4 process steps, production, inputs and norms, focus

    def process(self) -> dict:
        p, m = self.project, self.project.method
        ranking = focus_ranking(p.process_steps, p.focus_criteria, p.focus_scores)
        scores: dict[str, dict[str, float]] = defaultdict(dict)
        for score in p.focus_scores:
            scores[score.step][score.criterion] = score.score
        return {
            "steps": [
                {"code": clean(s.code), "name": clean(s.name), "description": clean(s.description)}
                for s in p.process_steps
            ],
            "step_flows": [self.step_flow(f) for f in p.step_flows],
            "production": self.production_by_product(),
            "inputs": self.inputs_by_resource(),
            "focus": {
                "step": clean(m.focus_step),
                "reason": clean(m.focus_reason),
                "criteria": [
                    {"code": clean(c.code), "name": clean(c.name), "weight": c.weight}
                    for c in p.focus_criteria
                ],
                "ranking": [
                    {
                        "step": clean(r.step),
                        "score": r.score,
                        "rank": r.rank,
                        "scores": {clean(k): v for k, v in scores.get(r.step, {}).items()},
                    }
                    for r in ranking
                ],
            },
        }

    def step_flow(self, flow) -> dict:
        out = {
            "step": clean(flow.step),
            "kind": flow.kind,
            "name": clean(flow.name),
            "unit": clean(flow.unit),
            "resource": clean(flow.resource),
        }
        _put(out, "quantity_per_unit", flow.quantity_per_unit)
        return _put(out, "norm_per_unit", flow.norm_per_unit)

    def production_by_product(self) -> list[dict]:
        """Production per product in the baseline and current period, in the report unit."""
        rows = []
        by_product = {r.product: r for r in self.a.rows}
        for product in self.project.products:
            unit = product.report_unit or product.unit
            row = by_product.get(product.code)
            if row is not None:
                baseline, current = row.baseline_production, row.current_production
            else:
                baseline = self.produced(product.code, self.a.baseline_period, unit)
                current = (
                    baseline
                    if self.a.current_is_projection
                    else self.produced(product.code, self.a.current_period, unit)
                )
            rows.append(
                {
                    "product": clean(product.code),
                    "name": clean(product.name),
                    "unit": unit,
                    "baseline": baseline,
                    "current": current,
                }
            )
        return rows

    def produced(self, product: str, period: str, unit: str) -> Figure:
        records = [
            r.quantity
            for r in self.project.production
            if r.product == product and r.period == period
        ]
        if not records:
            return NotDefined(Reason.NO_PRODUCTION)
        try:
            factor = units.factor(self.products[product].unit, unit)
        except units.UnitError:
            return undefined(ReportReason.UNKNOWN_UNIT, unit)
        return sum(records) * factor

    def plant_use(self, period: str) -> dict[str, float]:
        used: dict[str, float] = defaultdict(float)
        for record in self.project.consumption:
            if record.period == period:
                used[record.resource] += record.quantity
        return dict(used)

    def current_use(self) -> dict[str, float]:
        if not self.a.current_is_projection:
            return self.plant_use(self.a.current_period)
        baseline = self.plant_use(self.a.baseline_period)
        return {r: q - self.a.projected_savings.get(r, 0.0) for r, q in baseline.items()}

    def inputs_by_resource(self) -> list[dict]:
        """Plant use of each resource, baseline and current, with its cost where recorded."""
        baseline = self.plant_use(self.a.baseline_period)
        current = self.current_use()
        costs: dict[str, float] = defaultdict(float)
        for record in self.project.consumption:
            if record.period == self.a.baseline_period and record.cost is not None:
                costs[record.resource] += record.cost
        rows = []
        for resource in self.project.resources:
            if resource.code not in baseline and resource.code not in current:
                continue
            out = {
                "resource": clean(resource.code),
                "name": clean(resource.name),
                "resource_class": resource.resource_class,
                "unit": resource.unit,
                "baseline": baseline.get(resource.code, NotDefined(Reason.NO_BASELINE_DATA)),
                "current": current.get(resource.code, NotDefined(Reason.NO_CURRENT_DATA)),
            }
            _put(out, "baseline_cost", costs.get(resource.code))
            rows.append(_put(out, "price_per_unit", resource.price_per_unit))
        return rows

    # 5 consumption and specific consumption

    def consumption(self) -> dict:
        rows = [
            {
                "product": clean(r.product),
                "product_name": clean(self.products[r.product].name)
                if r.product in self.products
                else clean(r.product),
                "resource": clean(r.resource),
                "resource_name": self.name_of_resource(r.resource),
                "resource_class": r.resource_class,
                "resource_unit": self.unit_of_resource(r.resource),
                "product_unit": self.report_unit(r.product),
                "baseline_quantity": r.baseline_quantity,
                "current_quantity": r.current_quantity,
                "baseline_production": r.baseline_production,
                "current_production": r.current_production,
                "baseline_intensity": r.baseline_intensity,
                "current_intensity": r.current_intensity,
                "saving_pct": _pct(r.saving),
                "avoided_quantity": r.avoided,
                "judgement": r.judgement,
            }
            for r in self.a.rows
        ]
        return {
            "energy_basis": self.a.energy_basis,
            "rows": rows,
            "classes": self.class_results(),
            "sector_norm": self.sector_norm(),
        }

    def report_unit(self, code: str) -> str:
        product = self.products.get(code)
        return (product.report_unit or product.unit) if product else ""

    def sector_norm(self) -> dict:
        check = self.norms()
        out: dict = {"applies": check.applies, "not_applicable_because": check.reason}
        if not check.applies:
            return out
        out["volume_million_l_per_year"] = check.volume_million_l_per_year
        out["comparisons"] = [
            _put(
                {
                    "product": clean(c.product),
                    "period": c.period,
                    "production_hl": c.production_hl,
                    "energy_mj": c.energy_mj,
                    "sec_mj_per_hl": c.sec_mj_per_hl,
                    "norm_mj_per_hl": (
                        c.norm.mj_per_hl if c.norm else undefined(ReportReason.NO_NORM)
                    ),
                    "meets": c.meets,
                },
                "norm",
                _norm_row(c.norm) if c.norm else None,
            )
            for c in check.comparisons
        ]
        return out

    # 6 energy

    def energy(self) -> dict:
        threshold = key_energy_user_threshold()
        baseline = self.plant_use(self.a.baseline_period)
        current = self.current_use()
        carriers, excluded = [], []
        for resource in self.project.resources:
            if resource.code not in baseline and resource.code not in current:
                continue
            if resource.resource_class not in _ENERGY_CLASSES:
                excluded.append(clean(resource.code))
                continue
            for period, used in (("baseline", baseline), ("current", current)):
                if resource.code in used:
                    carriers.append(self.carrier(resource, period, used[resource.code]))
        days = self.baseline_days()
        out = {
            "basis": EnergyBasis.MOIT,
            "gj_per_toe": units.factor("toe", "GJ"),
            "carriers": carriers,
            "excluded": excluded,
            "totals": self.energy_totals(),
            "energy_recorded": self.energy_used(),
            "threshold": {
                "kind": threshold.kind,
                "min_toe_per_year": threshold.min_toe_per_year,
                "consequence_en": threshold.consequence_en,
                "consequence_vi": threshold.consequence_vi,
                "source": threshold.source,
            },
        }
        _vietnamese(out["threshold"], {"source_vi": key_energy_user_source_vi(threshold.kind)})
        _put(out["threshold"], "valid_from", threshold.valid_from)
        return _put(out, "baseline_days", days)

    def baseline_days(self) -> int | None:
        try:
            period = self.project.period(self.a.baseline_period)
        except KeyError:
            return None
        return (period.end - period.start).days + 1

    def carrier(self, resource: Resource, period: str, quantity: float) -> dict:
        factor = conversion(resource, EnergyBasis.MOIT)
        final = conversion(resource, EnergyBasis.FINAL)
        out: dict = {
            "resource": clean(resource.code),
            "name": clean(resource.name),
            "period": period,
            "quantity": quantity,
            "unit": resource.unit,
        }
        if isinstance(factor, NotDefined):
            out.update(toe_per_unit=factor, toe=factor, gj=factor, source="")
        else:
            out.update(
                toe_per_unit=factor.toe_per_unit,
                toe=quantity * factor.toe_per_unit,
                gj=quantity * factor.gj_per_unit,
                source=factor.source,
                method=factor.method,
            )
            if factor.method != Method.MOIT_FACTOR:  # what MOIT gives factors for, if anything
                out["moit_units"] = [row.unit for row in toe_factors_for(resource.carrier)]
        out["gj_final"] = final if isinstance(final, NotDefined) else quantity * final.gj_per_unit
        return out

    # 7 balance

    def balance(self) -> dict:
        p = self.project
        operations = []
        for operation in p.operations:
            flows = [f for f in p.balance_flows if f.operation == operation.code]
            reason: NotDefined | None = None
            try:
                results = balances(flows, operation.code)
                problem = ""
            except units.UnitError as e:  # balances() converts only units it can: e.unit is unknown
                results, problem = [], clean(e)
                reason = undefined(ReportReason.UNKNOWN_UNIT, e.unit)
            operations.append(
                {
                    "code": clean(operation.code),
                    "name": clean(operation.name),
                    "step": clean(operation.step),
                    "flows": [
                        {
                            "kind": f.kind,
                            "name": clean(f.name),
                            "quantity": f.quantity,
                            "unit": clean(f.unit),
                            "measurement": f.measurement,
                            "to_operation": clean(f.to_operation),
                        }
                        for f in flows
                    ],
                    "balances": [self.balance_result(b, flows) for b in results],
                    "unit_problem": problem,
                }
            )
            _put(operations[-1], "unit_problem_reason", reason)
        return {
            "focus_step": clean(p.method.focus_step),
            "period": clean(p.method.balance_period),
            "operations": operations,
        }

    def balance_result(self, b, flows: list) -> dict:
        """One balance of an operation; where a flow of it is marked calculated, which (their
        numbers as in the flows' table) and whether the balance closes by construction."""
        calculated = [
            number
            for number, flow in enumerate(flows, start=1)
            if flow.measurement == Measurement.CALCULATED and _converts(flow.unit, b.unit)
        ]
        closure = b.closure
        out = {
            "unit": b.unit,
            "inputs": b.inputs,
            "outputs": b.outputs,
            "stock_change": b.stock_change,
            "closure_pct": (
                undefined(ReportReason.NO_INPUTS)
                if isinstance(closure, NotDefined)
                else closure * 100.0
            ),
            "metered_share_pct": b.metered_share * 100.0,
            # a flow calculated as the remainder closes the balance exactly (up to float noise)
            "closure_by_construction": bool(calculated)
            and not isinstance(closure, NotDefined)
            and abs(closure) <= _CONSTRUCTED_CLOSURE,
        }
        if calculated:
            out["calculated_flows"] = calculated
        return out

    # 8 waste streams and causes

    def waste(self) -> dict:
        streams = []
        for w in self.project.waste_streams:
            streams.append(
                {
                    "code": clean(w.code),
                    "name": clean(w.name),
                    "operation": clean(w.operation),
                    "quantity": w.quantity,
                    "unit": clean(w.unit),
                    "purchase_price_per_unit": w.purchase_price_per_unit,
                    "processing_cost_per_unit": w.processing_cost_per_unit,
                    "treatment_cost_per_unit": w.treatment_cost_per_unit,
                    "cost_per_year": waste_cost(w),
                }
            )
        return {
            "streams": streams,
            "total_cost_per_year": sum(s["cost_per_year"] for s in streams),
            "causes": [
                {
                    "code": clean(c.code),
                    "waste_stream": clean(c.waste_stream),
                    "category": c.category,
                    "description": clean(c.description),
                }
                for c in self.project.causes
            ],
        }

    # 9 options

    def options(self) -> dict:
        p = self.project
        options = [self.option(o) for o in p.options]
        return {
            "options": options,
            "by_screening": {
                b.value: sum(1 for o in p.options if o.screening == b) for b in ScreeningBin
            },
            "by_technique": self.by_technique(),
            "by_payback_group": self.by_payback_group(),
            "payback_groups": self.payback_groups(),
            "implemented": self.totals(self.implemented()),
            "implemented_payback_years": self.a.implemented_payback_years,
            "selected": [clean(c) for c in p.method.selected_options],
            "grid_factor": self.grid_factor(),
            "default_lifetime_years": p.settings.default_lifetime_years,
            "default_discount_rate_pct": p.settings.default_discount_rate * 100.0,
            "assumptions_note": clean(p.settings.assumptions_note),
        }

    def option(self, option) -> dict:
        e = self.economics[option.code]
        savings = []
        for s in option.savings:
            resource = self.resources.get(s.resource)
            money: Figure | None = s.money
            if money is None and resource is not None and resource.price_per_unit is not None:
                money = s.quantity * resource.price_per_unit
            out = {
                "resource": clean(s.resource),
                "name": self.name_of_resource(s.resource),
                "quantity": s.quantity,
                "unit": self.unit_of_resource(s.resource),
            }
            savings.append(_put(out, "money", money))
        return {
            "code": clean(option.code),
            "title": clean(option.title),
            "description": clean(option.description),
            "technique": option.technique,
            "screening": option.screening,
            "status": option.status,
            "reference": clean(option.reference),
            "rejection_reason": clean(option.rejection_reason),
            "addresses": [clean(a) for a in option.addresses],
            "investment": e.investment,
            "net_annual_saving": e.net_annual_saving,
            "payback_years": e.payback_years,
            "payback_group": e.payback_group if e.payback_group else e.payback_years,
            "npv": e.npv,
            "irr_pct": _pct(e.irr),
            "lifetime_years": e.lifetime_years,
            "discount_rate_pct": e.discount_rate * 100.0,
            "savings": savings,
            "sensitivity": self.sensitivity(e),
            "co2": self.co2(option.code),
            "environmental_effects": [
                _put(
                    {
                        "aspect": x.aspect,
                        "description": clean(x.description),
                        "unit": clean(x.unit),
                    },
                    "quantity",
                    x.quantity,
                )
                for x in self.project.environmental_effects
                if x.option == option.code
            ],
            "technical_checks": [
                _put(
                    {"question": clean(c.question), "note": clean(c.note)},
                    "satisfied",
                    c.satisfied,
                )
                for c in self.project.technical_checks
                if c.option == option.code
            ],
            "selected": option.code in self.project.method.selected_options,
        }

    def sensitivity(self, e) -> dict:
        """Payback, NPV and IRR of an option with its investment and its net annual saving each
        lower, as entered and higher (T11; the step is the engine's, ±20 %): nine cases,
        investment varying slowest. Where the net saving is not defined, so is each case's."""
        net = e.net_annual_saving
        defined = not isinstance(net, NotDefined)
        cases = []
        for case in sensitivity(
            e.investment, net if defined else 0.0, e.lifetime_years, e.discount_rate
        ):
            cases.append(
                {
                    "investment_change_pct": _change_pct(case.investment_factor),
                    "saving_change_pct": _change_pct(case.saving_factor),
                    "investment": e.investment * case.investment_factor,
                    "net_annual_saving": net * case.saving_factor if defined else net,
                    "payback_years": case.payback_years if defined else net,
                    "npv": case.npv if defined else net,
                    "irr_pct": _pct(case.irr) if defined else net,
                }
            )
        step = max(abs(c["investment_change_pct"]) for c in cases)
        return {"step_pct": step, "cases": cases}

    def by_technique(self) -> list[dict]:
        rows = []
        for technique in Technique:
            members = [o for o in self.project.options if o.technique == technique]
            if not members:
                continue
            totals = self.totals(members)
            rows.append({"technique": technique, **totals})
        return rows

    def by_payback_group(self) -> dict:
        counts = {g.value: 0 for g in PaybackGroup}
        counts["not_defined"] = 0
        for e in self.a.options:
            counts[e.payback_group.value if e.payback_group else "not_defined"] += 1
        return counts

    def payback_groups(self) -> list[dict]:
        """Each payback group's options, investment and net annual saving, the groups in order
        and last the options whose payback is not defined."""
        rows = []
        for group in [*PaybackGroup, None]:
            members = [
                o for o in self.project.options if self.economics[o.code].payback_group == group
            ]
            totals = self.totals(members)
            rows.append(
                {
                    "group": group.value if group else "not_defined",
                    **{k: totals[k] for k in ("count", "codes", "investment", "net_annual_saving")},
                }
            )
        return rows

    def grid_factor(self) -> dict:
        """The project's grid factor; where it is a row of the reference table, that row's year
        and the Vietnamese form of its citation; and the year announced for the period."""
        m = self.project.method
        out = {"source": clean(m.grid_factor_source)}
        _put(out, "t_co2_per_mwh", m.grid_factor_t_per_mwh)
        cited = cited_grid_factor(m.grid_factor_t_per_mwh, m.grid_factor_source)
        if cited is not None:
            row, rest = cited
            out["year"] = row.year
            out["official"] = row.official
            source_vi = grid_factor_source_vi(row.year)
            if source_vi:  # the row's citation in Vietnamese, the project's note as written
                out["source_vi"] = f"{row.year}: {source_vi}{clean(rest)}"
        try:
            period = self.project.period(self.a.reporting_period)
        except KeyError:
            return out
        use = grid_year(period)
        out["period_year"] = use.period_year
        if use.announced is not None:
            out["announced_year"] = use.announced.year
            out["announced_t_co2_per_mwh"] = use.announced.t_co2_per_mwh
        return out

    # 10 implementation and monitoring

    def implementation(self) -> dict:
        p = self.project
        status = {o.code: o.status for o in p.options}
        expected = {(o.code, s.resource): s.quantity for o in p.options for s in o.savings}
        plans = []
        for i in p.implementations:
            out = {
                "option": clean(i.option),
                "owner": clean(i.owner),
                "note": clean(i.note),
                "status": status.get(i.option, OptionStatus.PROPOSED),
            }
            for key in ("budget", "start", "finish", "actual_cost"):
                _put(out, key, getattr(i, key))
            plans.append(out)
        verified = []
        for v in p.verified_savings:
            out = {
                "option": clean(v.option),
                "resource": clean(v.resource),
                "name": self.name_of_resource(v.resource),
                "unit": self.unit_of_resource(v.resource),
                "quantity": v.quantity,
                "method": clean(v.method),
            }
            verified.append(_put(out, "expected", expected.get((v.option, v.resource))))
        return {
            "plans": plans,
            "current_is_projection": self.a.current_is_projection,
            "verified_savings": verified,
            "sustain_actions": [
                _put({"action": clean(s.action), "owner": clean(s.owner)}, "due", s.due)
                for s in p.sustain_actions
            ],
            "next_focus": clean(p.method.next_focus),
        }

    # 11 annex

    def annex(self) -> dict:
        p = self.project
        return {
            "production": [
                {"period": clean(r.period), "product": clean(r.product), "quantity": r.quantity}
                for r in p.production
            ],
            "consumption": [
                _put(
                    {
                        "period": clean(r.period),
                        "resource": clean(r.resource),
                        "product": clean(r.product),
                        "quantity": r.quantity,
                    },
                    "cost",
                    r.cost,
                )
                for r in p.consumption
            ],
            "allocations": [
                {"resource": clean(a.resource), "product": clean(a.product), "share": a.share}
                for a in p.allocations
            ],
            "resources": [
                _put(
                    _put(
                        {
                            "code": clean(r.code),
                            "name": clean(r.name),
                            "resource_class": r.resource_class,
                            "unit": r.unit,
                            "carrier": clean(r.carrier),
                        },
                        "heating_value_gj_per_unit",
                        r.heating_value_gj_per_unit,
                    ),
                    "price_per_unit",
                    r.price_per_unit,
                )
                for r in p.resources
            ],
            "factors": self.factors(),
            "sources": [clean(s) for s in p.sources if clean(s).strip()],
            "notes": clean(p.establishment.notes),
            "illustrative_note": clean(p.method.illustrative_note),
        }

    def conversions(self, resource: Resource) -> list[dict]:
        rows = []
        for basis in (EnergyBasis.MOIT, EnergyBasis.FINAL):
            factor = conversion(resource, basis)
            out = {"resource": clean(resource.code), "unit": resource.unit, "basis": basis}
            if isinstance(factor, NotDefined):
                out.update(gj_per_unit=factor, toe_per_unit=factor, source="")
            else:
                out.update(
                    gj_per_unit=factor.gj_per_unit,
                    toe_per_unit=factor.toe_per_unit,
                    source=factor.source,
                    method=factor.method,
                )
            rows.append(out)
        return rows

    def toe_rows(self, resource: Resource) -> list[dict]:
        """The MOIT rows the resource's conversion uses: its carrier's, in a unit its own
        unit converts to (the first such row is the one :func:`conversion` takes)."""
        for row in toe_factors_for(resource.carrier) if resource.carrier else ():
            try:
                units.factor(resource.unit, row.unit)
            except units.UnitError:
                continue
            entry = {
                "carrier": row.carrier,
                "unit": row.unit,
                "toe_per_unit": row.toe_per_unit,
                "source": row.source,
                "note": row.note,
            }
            _vietnamese(entry, toe_factor_vi(row.carrier, row.unit))
            _put(entry, "valid_from", row.valid_from)
            return [_put(entry, "valid_to", row.valid_to)]
        return []

    def factors(self) -> dict:
        threshold = key_energy_user_threshold()
        used = {c.resource for c in self.project.consumption}
        saved = {s.resource for o in self.project.options for s in o.savings}
        toe_rows, conversions, fuels = [], [], {}
        for resource in self.project.resources:
            energy = resource.resource_class in _ENERGY_CLASSES
            if resource.code in used and energy:
                conversions += self.conversions(resource)
                toe_rows += [r for r in self.toe_rows(resource) if r not in toe_rows]
            fuel = ipcc_fuel_for_carrier(resource.carrier) if resource.carrier else None
            # the IPCC factors serve the CO2 of options' savings (only fuels: electricity
            # uses the grid factor)
            if fuel is not None and resource.code in saved and resource.carrier != "electricity":
                fuels[fuel.fuel] = {
                    "fuel": fuel.fuel,
                    "fuel_vi": fuel.fuel_vi,
                    "ncv_tj_per_gg": fuel.ncv_tj_per_gg,
                    "co2_kg_per_tj": fuel.co2_kg_per_tj,
                    "biogenic": fuel.biogenic,
                    "source": fuel.source,
                }
                _vietnamese(fuels[fuel.fuel], {"source_vi": ipcc_source_vi(fuel.fuel)})
        key_user = {
            "min_toe_per_year": threshold.min_toe_per_year,
            "source": threshold.source,
        }
        _vietnamese(key_user, {"source_vi": key_energy_user_source_vi(threshold.kind)})
        _put(key_user, "valid_from", threshold.valid_from)
        _put(key_user, "valid_to", threshold.valid_to)
        norms = self.norms()
        used_norms: list[dict] = []
        for c in norms.comparisons:
            if c.norm is not None and _norm_row(c.norm) not in used_norms:
                used_norms.append(_norm_row(c.norm))
        return {
            "gj_per_toe": units.factor("toe", "GJ"),
            "conversions": conversions,
            "toe_factors": toe_rows,
            "key_energy_user": key_user,
            "grid_factor": self.grid_factor(),
            "ipcc_fuels": list(fuels.values()),
            "sector_norms": used_norms,
            "sector_norm_file": NORM_FILE,
        }


def _converts(unit: str, to: str) -> bool:
    """Whether a flow in ``unit`` is added into a balance kept in ``to``."""
    try:
        units.factor(unit, to)
    except units.UnitError:
        return False
    return True


# a unit with a number in front, as the MOIT factors write them: "1000 L", "1000 m3"
_SCALED_UNIT = re.compile(r"^\s*\d[\d.]*\s+")


def unit_conversions(used: dict[tuple[str, str], float]) -> list[dict]:
    """The unit conversions made, each once, with the definitions of its units and where they
    come from (``resources/reference/unit_definitions.csv``): from a unit defined apart from the
    SI (short ton, MMBtu, toe) to the other where there is one. A conversion that only scales a
    unit ("L" to "1000 L") is left out."""
    definitions = unit_definitions()
    rows: list[dict] = []
    seen: set[frozenset[str]] = set()
    for (first, second), value in used.items():
        names = (_SCALED_UNIT.sub("", first), _SCALED_UNIT.sub("", second))
        if names[0] == names[1] or frozenset((first, second)) in seen:
            continue
        seen.add(frozenset((first, second)))
        found = [definitions.get(name) for name in names]
        apart = [d is not None and d.kind != "si" for d in found]
        if apart[1] and not apart[0]:  # "1 toe = 41.868 GJ", not "1 GJ = 0.0239 toe"
            first, second, value, found = second, first, 1.0 / value, found[::-1]
        shown = [d for d in found if d is not None and d.kind != "si"] or [
            d for d in found if d is not None
        ]
        row: dict = {"from": clean(first), "to": clean(second), "factor": value}
        if shown:
            vi = [unit_definition_vi(d.unit) for d in shown]
            row["definition"] = "; ".join(dict.fromkeys(d.definition for d in shown))
            row["source"] = "; ".join(dict.fromkeys(d.source for d in shown))
            _vietnamese(
                row,
                {
                    "definition_vi": "; ".join(dict.fromkeys(v["definition_vi"] for v in vi)),
                    "source_vi": "; ".join(dict.fromkeys(v["source_vi"] for v in vi)),
                },
            )
        missing = [clean(u) for u, d in zip((first, second), found, strict=True) if d is None]
        rows.append(_put(row, "no_definition", missing or None))
    return rows


def _norm_row(norm) -> dict:
    out = {
        "segment": norm.segment,
        "capacity_band": norm.capacity_band,
        "mj_per_hl": norm.mj_per_hl,
        "source": norm.source,
    }
    _vietnamese(
        out,
        {
            "segment_vi": norm.segment_vi,
            "capacity_band_vi": norm.capacity_band_vi,
            "source_vi": norm.source_vi,
        },
    )
    _put(out, "valid_from", norm.valid_from)
    return _put(out, "valid_to", norm.valid_to)


def included_sections(sections: Iterable[str] | None) -> tuple[str, ...]:
    """The sections to write, in report order: the required ones plus those asked for."""
    if sections is None:
        return SECTIONS
    wanted = set(sections) | REQUIRED_SECTIONS
    return tuple(s for s in SECTIONS if s in wanted)
