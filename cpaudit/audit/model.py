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
