"""Specific consumption, savings and their judgement against a target scheme.

Notation (``../shared/domain.md`` §4): Q quantity of a resource, P production, I = Q / P,
b baseline, c current (reporting) period.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from cpaudit.audit import units
from cpaudit.audit.economics import OptionEconomics, option_economics, simple_payback
from cpaudit.audit.energy import to_gj
from cpaudit.audit.model import (
    CPOption,
    EnergyBasis,
    OptionStatus,
    Period,
    PeriodKind,
    Project,
    Resource,
    ResourceClass,
)
from cpaudit.audit.reference import TargetScheme, key_energy_user_threshold, target_scheme
from cpaudit.audit.results import Figure, NotDefined, Reason

log = logging.getLogger(__name__)

# A saving exactly on a band's edge belongs to the band; this absorbs float noise only.
_EDGE_TOLERANCE_PCT = 1e-9


class Judgement(StrEnum):
    BELOW = "below"
    WITHIN = "within"
    BEYOND = "beyond"
    NOT_DEFINED = "not_defined"
    OUT_OF_SCOPE = "out_of_scope"


class HorizonPosition(StrEnum):
    """Where the period assessed lies against a target scheme's horizon."""

    WITHIN = "within"  # it ends inside [valid_from, horizon_end]
    AFTER = "after"  # it begins after the horizon's end
    PARTLY_AFTER = "partly_after"  # it begins inside the horizon and ends after it
    BEFORE = "before"  # it ends before the horizon begins


def horizon_position(scheme: TargetScheme, period: Period) -> HorizonPosition:
    """The period assessed against the horizon of ``scheme`` (``resources/reference/
    target_schemes.json``: ``valid_from`` to ``horizon_end``, both days in).

    A saving is judged against the band of the scheme the user chose, whatever the period; this
    says whether the period (the reporting period: the current one where it is measured, else the
    baseline) ends inside that horizon, so that a report can say when it does not. A scheme with
    no ``valid_from`` has no start to be before.
    """
    if period.start > scheme.horizon_end:
        return HorizonPosition.AFTER
    if period.end > scheme.horizon_end:
        return HorizonPosition.PARTLY_AFTER
    if scheme.valid_from is not None and period.end < scheme.valid_from:
        return HorizonPosition.BEFORE
    return HorizonPosition.WITHIN


def specific_consumption(quantity: float, production: float) -> Figure:
    """Specific consumption I = Q / P [resource unit per product unit] (suất tiêu hao).

    Not defined where there was no production.
    """
    if production == 0:
        return NotDefined(Reason.NO_PRODUCTION)
    return quantity / production


def saving_fraction(baseline: Figure, current: Figure) -> Figure:
    """Saving s = (I_b - I_c) / I_b [fraction]; negative is an increase.

    Not defined where the baseline intensity is zero or itself not defined.
    """
    if isinstance(baseline, NotDefined):
        return baseline
    if isinstance(current, NotDefined):
        return current
    if baseline == 0:
        return NotDefined(Reason.ZERO_BASELINE)
    return (baseline - current) / baseline


def avoided_quantity(
    baseline_intensity: Figure, current_production: float, current: float
) -> Figure:
    """Avoided quantity at current output, I_b * P_c - Q_c [resource unit]."""
    if isinstance(baseline_intensity, NotDefined):
        return baseline_intensity
    return baseline_intensity * current_production - current


def weighted_saving(
    current_quantities: Sequence[float],
    baseline_intensities: Sequence[float],
    current_production: Sequence[float],
) -> Figure:
    """Production-weighted saving over several products, 1 - sum(Q_c) / sum(I_b * P_c).

    All quantities must already be on one basis (GJ, TOE, money or one unit).
    """
    expected = sum(i * p for i, p in zip(baseline_intensities, current_production, strict=True))
    if expected == 0:
        return NotDefined(Reason.ZERO_BASELINE)
    return 1.0 - sum(current_quantities) / expected


def judge(saving: Figure, scheme: TargetScheme, resource_class: ResourceClass) -> Judgement:
    """Below, within or beyond the scheme's band; edges belong to the band (8.00 % meets 8-13 %)."""
    if resource_class not in scheme.scope:
        return Judgement.OUT_OF_SCOPE
    if isinstance(saving, NotDefined):
        return Judgement.NOT_DEFINED
    pct = saving * 100.0
    if pct < scheme.min_pct - _EDGE_TOLERANCE_PCT:
        return Judgement.BELOW
    if pct > scheme.max_pct + _EDGE_TOLERANCE_PCT:
        return Judgement.BEYOND
    return Judgement.WITHIN


@dataclass(frozen=True)
class ProductResourceResult:
    product: str
    resource: str
    resource_class: ResourceClass
    intensity_unit: str  # e.g. "kWh/t"
    baseline_quantity: Figure
    current_quantity: Figure
    baseline_production: Figure  # in the product's report unit
    current_production: Figure
    baseline_intensity: Figure
    current_intensity: Figure
    saving: Figure
    avoided: Figure
    judgement: Judgement


@dataclass(frozen=True)
class ClassResult:
    resource_class: ResourceClass
    basis: str  # "GJ (moit)", "money", "m3", ...
    baseline: Figure  # expected use at current output, on ``basis``
    current: Figure
    saving: Figure
    judgement: Judgement


@dataclass(frozen=True)
class EnergyTotal:
    """Plant energy use of one period on the MOIT basis and the key-energy-user test."""

    period: str
    toe: Figure  # every carrier; not defined where one of them cannot be converted
    gj: Figure
    key_energy_user: bool | None  # None where the test cannot be decided
    threshold_toe: float
    converted_toe: float = 0.0  # the carriers that can be converted: a lower bound of ``toe``
    converted_gj: float = 0.0
    not_converted: tuple[str, ...] = ()  # codes of the carriers that cannot be converted

    @property
    def lower_bound(self) -> bool:
        """Whether the test was decided on the carriers that can be converted alone."""
        return bool(self.not_converted) and self.key_energy_user is True


@dataclass(frozen=True)
class Assessment:
    scheme: TargetScheme
    baseline_period: str
    current_period: str  # empty for a projection
    current_is_projection: bool
    rows: tuple[ProductResourceResult, ...]
    classes: tuple[ClassResult, ...]
    options: tuple[OptionEconomics, ...]
    projected_savings: dict[str, float]  # resource code -> quantity per year, implemented options
    implemented_investment: float
    implemented_net_saving: Figure
    implemented_payback_years: Figure
    energy_totals: tuple[EnergyTotal, ...]
    energy_basis: EnergyBasis
    # every unit conversion the assessment made: (from unit, to unit) -> factor, first made first
    unit_conversions: dict[tuple[str, str], float] = field(default_factory=dict)
    reporting_period: str = ""  # the period judged: the current one where measured, else baseline
    horizon: HorizonPosition = HorizonPosition.WITHIN  # of the reporting period, see above

    def row(self, product: str, resource: str) -> ProductResourceResult:
        for row in self.rows:
            if row.product == product and row.resource == resource:
                return row
        raise KeyError((product, resource))

    def class_result(self, resource_class: ResourceClass) -> ClassResult:
        for result in self.classes:
            if result.resource_class == resource_class:
                return result
        raise KeyError(resource_class)

    def option(self, code: str) -> OptionEconomics:
        for economics in self.options:
            if economics.code == code:
                return economics
        raise KeyError(code)


def assess(project: Project, scheme_id: str | None = None) -> Assessment:
    """Per product and resource: intensities, savings and judgements; per class; options.

    Where the project has no measured current period, the current state is *projected* from the
    baseline and the savings of the options marked implemented, at unchanged output.
    """
    with units.recording() as conversions:
        return _assess(project, scheme_id, conversions)


def _assess(
    project: Project, scheme_id: str | None, conversions: dict[tuple[str, str], float]
) -> Assessment:
    settings = project.settings
    scheme = target_scheme(scheme_id or settings.scheme_id)
    resources = {r.code: r for r in project.resources}

    baseline = _period_table(project, settings.baseline_period)
    projected = project_savings(project.options)
    projection = not settings.current_period or (
        project.period(settings.current_period).kind == PeriodKind.PROJECTED
    )
    if projection:
        current = _apply_savings(baseline, projected)
    else:
        current = _period_table(project, settings.current_period)

    rows = tuple(_rows(project, baseline, current, scheme))
    classes = tuple(_class_results(project, rows, scheme, settings.energy_basis))
    economics = tuple(option_economics(o, resources, settings) for o in project.options)
    implemented = [e for e, o in zip(economics, project.options, strict=True) if _implemented(o)]
    invested = sum(e.investment for e in implemented)
    net = _sum_defined(e.net_annual_saving for e in implemented)
    payback = net if isinstance(net, NotDefined) else simple_payback(invested, net)
    totals = tuple(_energy_total(project, table) for table in (baseline, current))
    reporting = settings.baseline_period if projection else settings.current_period
    try:
        horizon = horizon_position(scheme, project.period(reporting))
    except KeyError:  # a period code with no dates: nothing to place
        horizon = HorizonPosition.WITHIN
    return Assessment(
        scheme=scheme,
        baseline_period=settings.baseline_period,
        current_period="" if projection else settings.current_period,
        current_is_projection=projection,
        rows=rows,
        classes=classes,
        options=economics,
        projected_savings=projected,
        implemented_investment=invested,
        implemented_net_saving=net,
        implemented_payback_years=payback,
        energy_totals=totals,
        energy_basis=settings.energy_basis,
        unit_conversions=dict(conversions),
        reporting_period=reporting,
        horizon=horizon,
    )


def project_savings(options: Iterable[CPOption]) -> dict[str, float]:
    """Sum of the yearly quantity savings of the implemented options, per resource code."""
    savings: dict[str, float] = defaultdict(float)
    for option in options:
        if _implemented(option):
            for saving in option.savings:
                savings[saving.resource] += saving.quantity
    return dict(savings)


def _implemented(option: CPOption) -> bool:
    return option.status == OptionStatus.IMPLEMENTED


def _sum_defined(values: Iterable[Figure]) -> Figure:
    total = 0.0
    for value in values:
        if isinstance(value, NotDefined):
            return value
        total += value
    return total


@dataclass
class _PeriodTable:
    """One period's production per product and consumption per (product, resource)."""

    period: str
    production: dict[str, float]
    consumption: dict[tuple[str, str], float]
    plant_consumption: dict[str, float]  # resource -> plant total
    unallocated: set[str]  # resources used at plant level that no allocation covers


def _period_table(project: Project, period: str) -> _PeriodTable:
    production: dict[str, float] = defaultdict(float)
    for record in project.production:
        if record.period == period:
            production[record.product] += record.quantity

    shares: dict[str, dict[str, float]] = defaultdict(dict)
    for allocation in project.allocations:
        shares[allocation.resource][allocation.product] = allocation.share
    only_product = project.products[0].code if len(project.products) == 1 else None

    consumption: dict[tuple[str, str], float] = defaultdict(float)
    plant: dict[str, float] = defaultdict(float)
    unallocated: set[str] = set()
    for record in project.consumption:
        if record.period != period:
            continue
        plant[record.resource] += record.quantity
        if record.product:
            consumption[(record.product, record.resource)] += record.quantity
        elif record.resource in shares:
            for product, share in shares[record.resource].items():
                consumption[(product, record.resource)] += record.quantity * share
        elif only_product is not None:
            consumption[(only_product, record.resource)] += record.quantity
        else:
            unallocated.add(record.resource)
    return _PeriodTable(period, dict(production), dict(consumption), dict(plant), unallocated)


def _apply_savings(baseline: _PeriodTable, savings: dict[str, float]) -> _PeriodTable:
    """The baseline less the savings, shared between products in proportion to their use."""
    consumption = dict(baseline.consumption)
    for resource, saved in savings.items():
        keys = [k for k in consumption if k[1] == resource]
        total = sum(consumption[k] for k in keys)
        for key in keys:
            consumption[key] -= saved * (consumption[key] / total) if total else 0.0
    plant = {r: q - savings.get(r, 0.0) for r, q in baseline.plant_consumption.items()}
    return _PeriodTable(
        "", dict(baseline.production), consumption, plant, set(baseline.unallocated)
    )


def _rows(
    project: Project, baseline: _PeriodTable, current: _PeriodTable, scheme: TargetScheme
) -> Iterable[ProductResourceResult]:
    for product in project.products:
        report_unit = product.report_unit or product.unit
        to_report = units.factor(product.unit, report_unit)
        for resource in project.resources:
            key = (product.code, resource.code)
            used = key in baseline.consumption or key in current.consumption
            if not used and resource.code not in baseline.unallocated:
                continue
            yield _row(product.code, resource, report_unit, to_report, baseline, current, scheme)


def _row(
    product: str,
    resource: Resource,
    report_unit: str,
    to_report: float,
    baseline: _PeriodTable,
    current: _PeriodTable,
    scheme: TargetScheme,
) -> ProductResourceResult:
    q_b = _quantity(baseline, product, resource.code, Reason.NO_BASELINE_DATA)
    q_c = _quantity(current, product, resource.code, Reason.NO_CURRENT_DATA)
    if not isinstance(q_c, NotDefined) and q_c < 0:
        q_c = NotDefined(Reason.SAVINGS_EXCEED_USE, resource.code)
    p_b = _production(baseline, product)
    p_c = _production(current, product)
    p_b_report = p_b * to_report if not isinstance(p_b, NotDefined) else p_b
    p_c_report = p_c * to_report if not isinstance(p_c, NotDefined) else p_c
    i_b = _intensity(q_b, p_b_report)
    i_c = _intensity(q_c, p_c_report)
    saving = saving_fraction(i_b, i_c)
    avoided: Figure = (
        avoided_quantity(i_b, p_c_report, q_c)
        if not isinstance(q_c, NotDefined) and not isinstance(p_c_report, NotDefined)
        else NotDefined(Reason.NO_CURRENT_DATA)
    )
    return ProductResourceResult(
        product=product,
        resource=resource.code,
        resource_class=resource.resource_class,
        intensity_unit=f"{resource.unit}/{report_unit}",
        baseline_quantity=q_b,
        current_quantity=q_c,
        baseline_production=p_b_report,
        current_production=p_c_report,
        baseline_intensity=i_b,
        current_intensity=i_c,
        saving=saving,
        avoided=avoided,
        judgement=judge(saving, scheme, resource.resource_class),
    )


def _quantity(table: _PeriodTable, product: str, resource: str, missing: Reason) -> Figure:
    if resource in table.unallocated and (product, resource) not in table.consumption:
        return NotDefined(Reason.NO_ALLOCATION, resource)
    if (product, resource) not in table.consumption:
        return NotDefined(missing)
    return table.consumption[(product, resource)]


def _production(table: _PeriodTable, product: str) -> Figure:
    if product not in table.production:
        return NotDefined(Reason.NO_PRODUCTION)
    return table.production[product]


def _intensity(quantity: Figure, production: Figure) -> Figure:
    if isinstance(quantity, NotDefined):
        return quantity
    if isinstance(production, NotDefined):
        return production
    return specific_consumption(quantity, production)


def _class_results(
    project: Project,
    rows: Sequence[ProductResourceResult],
    scheme: TargetScheme,
    basis: EnergyBasis,
) -> Iterable[ClassResult]:
    resources = {r.code: r for r in project.resources}
    for resource_class in (
        ResourceClass.ENERGY,
        ResourceClass.FUEL,
        ResourceClass.MATERIAL,
        ResourceClass.WATER,
    ):
        members = [r for r in rows if r.resource_class == resource_class]
        if not members:
            continue
        yield _class_result(resource_class, members, resources, scheme, basis)


def _class_result(
    resource_class: ResourceClass,
    members: Sequence[ProductResourceResult],
    resources: dict[str, Resource],
    scheme: TargetScheme,
    basis: EnergyBasis,
) -> ClassResult:
    label, convert = _class_basis(resource_class, members, resources, basis)
    current: list[float] = []
    baseline_intensity: list[float] = []
    production: list[float] = []
    problem: NotDefined | None = None
    for row in members:
        for value in (row.current_quantity, row.baseline_intensity, row.current_production):
            if isinstance(value, NotDefined) and problem is None:
                problem = value
        if problem is not None:
            continue
        resource = resources[row.resource]
        q_c = convert(row.current_quantity, resource)
        i_b = convert(row.baseline_intensity, resource)
        if isinstance(q_c, NotDefined) or isinstance(i_b, NotDefined):
            problem = q_c if isinstance(q_c, NotDefined) else i_b
            continue
        current.append(q_c)
        baseline_intensity.append(i_b)
        production.append(row.current_production)
    if problem is not None:
        return ClassResult(resource_class, label, problem, problem, problem, Judgement.NOT_DEFINED)
    saving = weighted_saving(current, baseline_intensity, production)
    return ClassResult(
        resource_class,
        label,
        sum(i * p for i, p in zip(baseline_intensity, production, strict=True)),
        sum(current),
        saving,
        judge(saving, scheme, resource_class),
    )


def _class_basis(resource_class, members, resources, basis):
    """The common basis a class is added on: energy in GJ, one unit if all share it, else money."""
    if resource_class in (ResourceClass.ENERGY, ResourceClass.FUEL):
        return f"GJ ({basis.value})", lambda q, r: to_gj(q, r, basis)
    unit_set = {resources[row.resource].unit for row in members}
    if len(unit_set) == 1:
        return unit_set.pop(), lambda q, r: q

    def money(q: float, r: Resource) -> Figure:
        if r.price_per_unit is None:
            return NotDefined(Reason.NO_CONVERSION, r.code)
        return q * r.price_per_unit

    return "money", money


def _energy_total(project: Project, table: _PeriodTable) -> EnergyTotal:
    uses = [
        (project.resource(code), quantity)
        for code, quantity in table.plant_consumption.items()
        if project.resource(code).resource_class in (ResourceClass.ENERGY, ResourceClass.FUEL)
    ]
    return energy_total(table.period, uses)


def energy_total(period: str, uses: Iterable[tuple[Resource, float]]) -> EnergyTotal:
    """Plant energy use [TOE, GJ] on the MOIT basis and the key-energy-user test.

    Each carrier is converted with :func:`cpaudit.audit.energy.to_gj` on the MOIT basis (MOIT
    letter 3505/BCT-KHCN; 1 TOE = 41.868 GJ). An establishment using at least the threshold of
    ``resources/reference/key_energy_user.json`` (1,000 TOE a year for industry, Decree
    21/2011/ND-CP Art. 6) is a key energy user. Where a carrier cannot be converted (coal with
    no grade or heating value), the total is not defined; the carriers that can be converted
    are still a lower bound of it, so the answer is yes where they alone reach the threshold,
    and undecided (None) where they do not.

    Parameters
    ----------
    period : str
        The period's code.
    uses : iterable of (Resource, float)
        Each energy or fuel resource and its plant use in the period [resource unit].

    Returns
    -------
    EnergyTotal
        The total [TOE, GJ], the part that could be converted [TOE, GJ] and the codes of the
        carriers that could not, and the test's answer (True, False or None).
    """
    threshold = key_energy_user_threshold().min_toe_per_year
    gj = 0.0
    problem: NotDefined | None = None
    not_converted: list[str] = []
    for resource, quantity in uses:
        value = to_gj(quantity, resource, EnergyBasis.MOIT)
        if isinstance(value, NotDefined):
            problem = value if problem is None else problem  # NotDefined is falsy
            not_converted.append(resource.code)
            continue
        gj += value

    toe = gj * units.factor("GJ", "toe")
    if problem is None:
        return EnergyTotal(period, toe, gj, toe >= threshold, threshold, toe, gj)
    decided = True if toe >= threshold else None
    return EnergyTotal(
        period, problem, problem, decided, threshold, toe, gj, tuple(dict.fromkeys(not_converted))
    )
