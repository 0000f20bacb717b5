"""The arithmetic of the CP method's middle tasks: focus ranking (T3), material and energy
balance (T5), waste cost (T6), sensitivity of option economics (T11) and CO2 (T12)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from cpaudit.audit import units
from cpaudit.audit.economics import (
    internal_rate_of_return,
    net_present_value,
    simple_payback,
)
from cpaudit.audit.model import (
    BalanceFlow,
    FlowKind,
    FocusCriterion,
    FocusScore,
    Measurement,
    Method,
    Period,
    PeriodKind,
    ProcessStep,
    Project,
    Resource,
    ResourceClass,
    ResourceSaving,
    WasteStream,
)
from cpaudit.audit.reference import GridFactor, grid_factor, ipcc_fuel_for_carrier
from cpaudit.audit.results import Figure, NotDefined, Reason

_OUTPUTS = (FlowKind.PRODUCT, FlowKind.BY_PRODUCT, FlowKind.WASTE, FlowKind.EMISSION)


@dataclass(frozen=True)
class FocusRank:
    step: str
    score: float  # sum of weight x score over the criteria
    rank: int  # 1 is the most wasteful step


def focus_ranking(
    steps: Sequence[ProcessStep],
    criteria: Sequence[FocusCriterion],
    scores: Iterable[FocusScore],
) -> list[FocusRank]:
    """Rank process steps by their weighted score, most wasteful first (T3).

    The weighted-sum matrix of the UNEP/UNIDO CP method: each step's score on each criterion
    (loss quantity, loss cost, environmental weight, health, regulatory pressure, CP potential)
    times the criterion's weight, added up. A missing score counts as zero; ties share a rank.
    """
    weights = {c.code: c.weight for c in criteria}
    totals = {s.code: 0.0 for s in steps}
    for score in scores:
        if score.step in totals and score.criterion in weights:
            totals[score.step] += weights[score.criterion] * score.score
    ordered = sorted(totals.items(), key=lambda item: -item[1])
    ranks: list[FocusRank] = []
    for position, (step, total) in enumerate(ordered, start=1):
        same = ranks and ranks[-1].score == total
        ranks.append(FocusRank(step, total, ranks[-1].rank if same else position))
    return ranks


@dataclass(frozen=True)
class Balance:
    """The balance of one unit operation in one dimension (mass or energy)."""

    operation: str
    unit: str  # the unit every figure is in: "kg" for mass, "GJ" for energy, else as given
    inputs: float
    outputs: float
    stock_change: float
    closure: Figure  # (inputs - outputs - stock change) / inputs, fraction
    metered_share: float  # share of the inputs and outputs, by amount, that were metered


def balances(flows: Iterable[BalanceFlow], operation: str) -> list[Balance]:
    """The material and energy balance of ``operation`` (T5), one per dimension.

    Inputs = products + by-products + wastes + emissions + stock change; the closure error
    ``(sum_in - sum_out - delta_stock) / sum_in`` says how far the measurements can be trusted.
    Mass flows are added in kg and energy flows in GJ; flows in other units (pieces, m3) are
    balanced in their own unit. Raises :class:`cpaudit.audit.units.UnitError` for a unit the
    app does not know.
    """
    groups: dict[str, list[tuple[BalanceFlow, float]]] = defaultdict(list)
    for flow in flows:
        if flow.operation != operation:
            continue
        unit = _common_unit(flow.unit)
        groups[unit].append((flow, flow.quantity * units.factor(flow.unit, unit)))
    return [_balance(operation, unit, items) for unit, items in groups.items()]


def _common_unit(unit: str) -> str:
    for base in ("kg", "GJ", "m3"):
        try:
            units.factor(unit, base)
        except units.UnitError:
            continue
        return base
    units.check_unit(unit)
    return unit


def _balance(operation: str, unit: str, items: list[tuple[BalanceFlow, float]]) -> Balance:
    inputs = sum(q for f, q in items if f.kind == FlowKind.INPUT)
    outputs = sum(q for f, q in items if f.kind in _OUTPUTS)
    stock = sum(q for f, q in items if f.kind == FlowKind.STOCK_CHANGE)
    moved = sum(abs(q) for f, q in items if f.kind != FlowKind.STOCK_CHANGE)
    metered = sum(
        abs(q)
        for f, q in items
        if f.kind != FlowKind.STOCK_CHANGE and f.measurement == Measurement.METERED
    )
    closure: Figure = (
        (inputs - outputs - stock) / inputs if inputs else NotDefined(Reason.ZERO_BASELINE)
    )
    return Balance(
        operation, unit, inputs, outputs, stock, closure, metered / moved if moved else 0
    )


def waste_cost(stream: WasteStream) -> float:
    """Yearly cost of a waste stream (T6) = quantity x (purchase price + processing + treatment).

    The material lost was bought, then worked on, then has to be treated or disposed of: the
    three unit costs of the CP method's waste-stream costing (and of ISO 14051's negative product).
    """
    per_unit = (
        stream.purchase_price_per_unit
        + stream.processing_cost_per_unit
        + stream.treatment_cost_per_unit
    )
    return stream.quantity * per_unit


@dataclass(frozen=True)
class SensitivityCase:
    investment_factor: float  # 0.8, 1.0, 1.2
    saving_factor: float
    payback_years: Figure
    npv: Figure
    irr: Figure


def sensitivity(
    investment: float,
    net_annual_saving: float,
    lifetime_years: int,
    rate: float,
    step: float = 0.20,
) -> list[SensitivityCase]:
    """Payback, NPV and IRR with investment and saving each at -step, 0, +step (T11).

    Nine cases, investment varying slowest; the middle one is the option as entered.
    """
    cases = []
    for investment_factor in (1 - step, 1.0, 1 + step):
        for saving_factor in (1 - step, 1.0, 1 + step):
            i = investment * investment_factor
            s = net_annual_saving * saving_factor
            cases.append(
                SensitivityCase(
                    investment_factor,
                    saving_factor,
                    simple_payback(i, s),
                    net_present_value(i, s, lifetime_years, rate),
                    internal_rate_of_return(i, s, lifetime_years),
                )
            )
    return cases


@dataclass(frozen=True)
class Co2:
    fossil_t: float  # t CO2 per year avoided (negative: added)
    biogenic_t: float  # reported beside the fossil total, never inside it
    not_counted: tuple[str, ...]  # resource codes with no factor


def co2_of_savings(savings: Iterable[ResourceSaving], project: Project) -> Co2:
    """CO2 avoided per year by resource savings (T12).

    Electricity: MWh x the project's stated grid emission factor [tCO2/MWh]. Fuels: energy
    [TJ] x the IPCC 2006 default CO2 factor [kg/TJ] of the carrier's fuel, the energy from the
    unit itself (MMBtu, GJ), a measured heating value, or the IPCC default NCV for mass units.
    Biomass CO2 is kept apart. Savings of resources with no factor are listed, not guessed.
    """
    resources = {r.code: r for r in project.resources}
    grid = project.method.grid_factor_t_per_mwh
    fossil = biogenic = 0.0
    missing: list[str] = []
    for saving in savings:
        resource = resources[saving.resource]
        tonnes = _co2_t(saving.quantity, resource, grid)
        if tonnes is None:
            missing.append(resource.code)
        elif tonnes[1]:
            biogenic += tonnes[0]
        else:
            fossil += tonnes[0]
    return Co2(fossil, biogenic, tuple(dict.fromkeys(missing)))


def _co2_t(quantity: float, resource: Resource, grid: float | None) -> tuple[float, bool] | None:
    if resource.carrier == "electricity":
        if grid is None:
            return None
        return quantity * units.factor(resource.unit, "MWh") * grid, False
    if resource.resource_class not in (ResourceClass.FUEL, ResourceClass.ENERGY):
        return None
    fuel = ipcc_fuel_for_carrier(resource.carrier)
    if fuel is None:
        return None
    if units.is_energy(resource.unit):
        tj = quantity * units.factor(resource.unit, "TJ")
    elif resource.heating_value_gj_per_unit:
        tj = quantity * resource.heating_value_gj_per_unit / 1000.0
    else:
        try:
            tj = quantity * units.factor(resource.unit, "t") * fuel.ncv_tj_per_gg / 1000.0
        except units.UnitError:
            return None
    return tj * fuel.co2_kg_per_tj / 1000.0, fuel.biogenic


@dataclass(frozen=True)
class GridYear:
    """Which year's grid emission factor the electricity of a period takes."""

    period_year: int  # the year the period ends in
    announced: GridFactor | None  # that year's announced factor, or the latest one before it
    stand_in: bool  # ``announced`` is an earlier year's: the period's year has none yet


def grid_year(period: Period) -> GridYear:
    """The announced grid emission factor for the electricity of ``period`` (T12).

    The Department of Climate Change's factor of the year the period ends in; where that year
    has not been announced, the latest year announced before it stands in, and the report says
    so (``shared/domain.md`` §CO2; ``resources/reference/grid_emission_factors_vn.csv``, where
    only rows marked official count). ``announced`` is None for a period before the table.
    """
    year = period.end.year
    try:
        factor, stand_in = grid_factor(year)
    except KeyError:
        return GridYear(year, None, False)
    return GridYear(year, factor, stand_in)


class NextCycleError(ValueError):
    """The project cannot start a next cycle yet; the message says why."""


def next_cycle(project: Project) -> Project:
    """A new assessment with this one's structure and its current period as the baseline (T18).

    Kept: the establishment, products, resources, periods and their records, the team, the
    process steps and their flows, the focus criteria. The new focus starts from this cycle's
    ``next_focus``. Options, balances, waste streams and results start empty.
    """
    current = project.settings.current_period
    if not current or project.period(current).kind != PeriodKind.MEASURED:
        raise NextCycleError(
            "the next cycle needs a measured current period to become its baseline"
        )
    settings = replace(project.settings, baseline_period=current, current_period="")
    method = Method(focus_reason=project.method.next_focus)
    return Project(
        establishment=project.establishment,
        settings=settings,
        products=project.products,
        resources=project.resources,
        periods=project.periods,
        production=project.production,
        consumption=project.consumption,
        allocations=project.allocations,
        sources=project.sources,
        method=method,
        team=project.team,
        process_steps=project.process_steps,
        step_flows=project.step_flows,
        focus_criteria=project.focus_criteria,
    )
