"""The data of one cleaner-production assessment, as plain immutable dataclasses.

Everything refers to everything else by a short *code* (``"EC"``, ``"P1"``, ``"FY2024"``), not by a
database id, so the same objects serve the project file, the JSON form and the engine.
Quantities are stored in the unit the plant recorded them in; units are strings that
:mod:`cpaudit.audit.units` understands.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class ResourceClass(StrEnum):
    """Resource classes of Decision 1419/QD-TTg, plus ``other`` for what no target covers."""

    ENERGY = "energy"  # electricity, purchased steam or heat
    FUEL = "fuel"  # coal, oil, gas, biomass
    MATERIAL = "material"  # raw and auxiliary materials, chemicals
    WATER = "water"
    OTHER = "other"  # e.g. electricity demand (kW-months): reported, never summed


class PeriodKind(StrEnum):
    MEASURED = "measured"
    PROJECTED = "projected"


class Technique(StrEnum):
    """The 8 CP techniques (UNIDO/UNEP)."""

    GOOD_HOUSEKEEPING = "good_housekeeping"
    INPUT_MATERIAL_CHANGE = "input_material_change"
    PROCESS_CONTROL = "process_control"
    EQUIPMENT_MODIFICATION = "equipment_modification"
    TECHNOLOGY_CHANGE = "technology_change"
    ONSITE_RECOVERY = "onsite_recovery"
    BY_PRODUCTS = "by_products"
    PRODUCT_MODIFICATION = "product_modification"


class ScreeningBin(StrEnum):
    IMPLEMENT_NOW = "implement_now"
    STUDY_FURTHER = "study_further"
    REJECTED = "rejected"


class OptionStatus(StrEnum):
    PROPOSED = "proposed"
    PLANNED = "planned"
    IMPLEMENTED = "implemented"
    NOT_IMPLEMENTED = "not_implemented"


class EnergyBasis(StrEnum):
    """How energy carriers are put on one basis before they are added.

    ``moit`` uses MOIT letter 3505/BCT-KHCN (electricity at 0.0001543 TOE/kWh, a primary-energy
    basis); ``final`` converts electricity at 3.6 MJ/kWh, as the sector-norm circulars do.
    """

    MOIT = "moit"
    FINAL = "final"


class FlowKind(StrEnum):
    """Terms of a material and energy balance: inputs = outputs + stock change."""

    INPUT = "input"
    PRODUCT = "product"
    BY_PRODUCT = "by_product"
    WASTE = "waste"
    EMISSION = "emission"
    STOCK_CHANGE = "stock_change"


class Measurement(StrEnum):
    METERED = "metered"
    CALCULATED = "calculated"
    ESTIMATED = "estimated"


class CauseCategory(StrEnum):
    """Where the cause of a waste stream lies (the CP method's cause checklist)."""

    INPUT_MATERIALS = "input_materials"
    TECHNOLOGY = "technology"
    PROCESS_CONTROL = "process_control"
    EQUIPMENT = "equipment"
    PERSONNEL = "personnel"
    WASTE_HANDLING = "waste_handling"
    PRODUCT = "product"


class EffectAspect(StrEnum):
    ENERGY = "energy"
    WATER = "water"
    WASTE = "waste"
    CO2 = "co2"
    OTHER = "other"


@dataclass(frozen=True)
class Establishment:
    name: str
    address: str = ""
    sector: str = ""
    industry_code: str = ""
    history: str = ""
    design_capacity: str = ""
    employees: int | None = None
    environmental_status: str = ""
    currency: str = "VND"
    notes: str = ""


@dataclass(frozen=True)
class Product:
    code: str
    name: str
    unit: str  # the unit production is recorded in, e.g. "short_ton", "t", "hl"
    report_unit: str = ""  # the unit intensities are shown per; empty means ``unit``


@dataclass(frozen=True)
class Resource:
    code: str
    name: str
    resource_class: ResourceClass
    unit: str  # e.g. "kWh", "MMBtu", "t", "m3", "kW_month"
    carrier: str = ""  # key into the MOIT TOE table, e.g. "electricity", "fine coal grade 1-2"
    heating_value_gj_per_unit: float | None = None  # measured heating value, where known
    price_per_unit: float | None = None  # in the establishment's currency


@dataclass(frozen=True)
class Period:
    code: str
    label: str
    start: dt.date
    end: dt.date
    kind: PeriodKind = PeriodKind.MEASURED


@dataclass(frozen=True)
class ProductionRecord:
    period: str
    product: str
    quantity: float  # in the product's ``unit``


@dataclass(frozen=True)
class ConsumptionRecord:
    """Use of one resource in one period, for one product or (``product`` empty) the whole plant."""

    period: str
    resource: str
    quantity: float  # in the resource's ``unit``
    product: str = ""
    cost: float | None = None  # in the establishment's currency


@dataclass(frozen=True)
class Allocation:
    """Share of a plant-level resource that goes to one product (shares of a resource sum to 1)."""

    resource: str
    product: str
    share: float


@dataclass(frozen=True)
class ResourceSaving:
    """What an option saves of one resource per year; negative values are increases."""

    resource: str
    quantity: float  # per year, in the resource's unit
    money: float | None = None  # per year, in the establishment's currency


@dataclass(frozen=True)
class CPOption:
    code: str
    title: str
    technique: Technique
    screening: ScreeningBin
    status: OptionStatus
    investment: float  # in the establishment's currency
    savings: tuple[ResourceSaving, ...] = ()
    operating_cost_change: float = 0.0  # per year; positive costs more
    lifetime_years: int | None = None  # None: the project's default
    discount_rate: float | None = None  # fraction; None: the project's default
    description: str = ""
    reference: str = ""  # e.g. the assessors' measure code
    rejection_reason: str = ""
    addresses: tuple[str, ...] = ()  # T8: waste stream or cause codes the option acts on


@dataclass(frozen=True)
class TeamMember:
    """T1: a member of the CP team."""

    name: str
    position: str = ""
    role: str = ""
    why_chosen: str = ""


@dataclass(frozen=True)
class ProcessStep:
    """T2: one step of the process, in order."""

    code: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class StepFlow:
    """T2: an input or output of a process step per unit of product, with its norm."""

    step: str
    kind: FlowKind
    name: str
    quantity_per_unit: float | None
    unit: str
    norm_per_unit: float | None = None
    resource: str = ""  # the project resource this flow is, where it is one


@dataclass(frozen=True)
class FocusCriterion:
    """T3: a criterion of the focus-selection matrix and its weight."""

    code: str
    name: str
    weight: float


@dataclass(frozen=True)
class FocusScore:
    """T3: the score of a process step on one criterion (e.g. 1-5)."""

    step: str
    criterion: str
    score: float


@dataclass(frozen=True)
class UnitOperation:
    """T4: a unit operation of the audit focus."""

    code: str
    name: str
    step: str = ""  # the process step it belongs to


@dataclass(frozen=True)
class BalanceFlow:
    """T4-T5: a flow into or out of a unit operation over the balance period.

    ``to_operation`` names the unit operation an output goes on to (an arrow of the flow chart).
    """

    operation: str
    kind: FlowKind
    name: str
    quantity: float
    unit: str
    measurement: Measurement = Measurement.ESTIMATED
    to_operation: str = ""


@dataclass(frozen=True)
class WasteStream:
    """T6: a waste stream and what each unit of it costs, in the establishment's currency."""

    code: str
    name: str
    quantity: float  # per year
    unit: str
    operation: str = ""
    purchase_price_per_unit: float = 0.0
    processing_cost_per_unit: float = 0.0
    treatment_cost_per_unit: float = 0.0


@dataclass(frozen=True)
class Cause:
    """T7: a cause of a waste stream."""

    code: str
    waste_stream: str
    description: str
    category: CauseCategory


@dataclass(frozen=True)
class TechnicalCheck:
    """T10: one question of an option's technical feasibility checklist."""

    option: str
    question: str
    satisfied: bool | None = None  # None: not yet answered
    note: str = ""


@dataclass(frozen=True)
class EnvironmentalEffect:
    """T12: an environmental effect of an option that its resource savings do not show."""

    option: str
    aspect: EffectAspect
    description: str
    quantity: float | None = None  # per year; positive is a reduction
    unit: str = ""


@dataclass(frozen=True)
class Implementation:
    """T14-T15: the plan and progress of an option chosen for implementation."""

    option: str
    owner: str = ""
    budget: float | None = None
    start: dt.date | None = None
    finish: dt.date | None = None
    actual_cost: float | None = None
    note: str = ""


@dataclass(frozen=True)
class VerifiedSaving:
    """T16: a saving of one option measured after implementation, where it can be isolated."""

    option: str
    resource: str
    quantity: float  # per year, in the resource's unit
    method: str = ""


@dataclass(frozen=True)
class SustainAction:
    """T17: what is done to keep CP going."""

    action: str
    owner: str = ""
    due: dt.date | None = None


@dataclass(frozen=True)
class Method:
    """The narrative of the assessment that is one per project (T1, T3, T5, T13, T18)."""

    commitment_by: str = ""  # T1: who in management committed
    commitment_date: dt.date | None = None
    commitment_statement: str = ""
    focus_step: str = ""  # T3: the chosen audit focus (a process step code)
    focus_reason: str = ""
    balance_period: str = ""  # T5: which period the balance covers, in words
    grid_factor_t_per_mwh: float | None = None  # T12: CO2 of purchased electricity
    grid_factor_source: str = ""  # where the grid factor comes from (e.g. DCC 2023)
    selected_options: tuple[str, ...] = ()  # T13: option codes, in order of priority
    next_focus: str = ""  # T18
    illustrative_note: str = ""  # where descriptive fields are illustrative


@dataclass(frozen=True)
class Settings:
    baseline_period: str
    current_period: str = ""  # empty: project the current state from implemented options
    scheme_id: str = "qd1419-2020"
    energy_basis: EnergyBasis = EnergyBasis.MOIT
    default_lifetime_years: int = 10
    default_discount_rate: float = 0.10
    assumptions_note: str = ""  # where the default lifetime and rate come from


@dataclass(frozen=True)
class Project:
    establishment: Establishment
    settings: Settings
    products: tuple[Product, ...] = ()
    resources: tuple[Resource, ...] = ()
    periods: tuple[Period, ...] = ()
    production: tuple[ProductionRecord, ...] = ()
    consumption: tuple[ConsumptionRecord, ...] = ()
    allocations: tuple[Allocation, ...] = ()
    options: tuple[CPOption, ...] = ()
    sources: tuple[str, ...] = field(default=())  # where the data come from, one line each
    method: Method = field(default_factory=Method)
    team: tuple[TeamMember, ...] = ()
    process_steps: tuple[ProcessStep, ...] = ()
    step_flows: tuple[StepFlow, ...] = ()
    focus_criteria: tuple[FocusCriterion, ...] = ()
    focus_scores: tuple[FocusScore, ...] = ()
    operations: tuple[UnitOperation, ...] = ()
    balance_flows: tuple[BalanceFlow, ...] = ()
    waste_streams: tuple[WasteStream, ...] = ()
    causes: tuple[Cause, ...] = ()
    technical_checks: tuple[TechnicalCheck, ...] = ()
    environmental_effects: tuple[EnvironmentalEffect, ...] = ()
    implementations: tuple[Implementation, ...] = ()
    verified_savings: tuple[VerifiedSaving, ...] = ()
    sustain_actions: tuple[SustainAction, ...] = ()

    def product(self, code: str) -> Product:
        return _by_code(self.products, code, "product")

    def resource(self, code: str) -> Resource:
        return _by_code(self.resources, code, "resource")

    def period(self, code: str) -> Period:
        return _by_code(self.periods, code, "period")


def _by_code(items, code: str, what: str):
    for item in items:
        if item.code == code:
            return item
    raise KeyError(f"no {what} with code {code!r}")
