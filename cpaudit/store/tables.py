"""SQLAlchemy Core tables of a project file: one table per dataclass of :mod:`cpaudit.audit.model`.

Column names are the field names of the dataclasses (and of the JSON form), so rows map to the
JSON form's objects one to one. Conventions:

- every tuple of the project keeps its order in a ``position`` column (0-based);
- things that others refer to (products, resources, periods, options) have their ``code`` as
  primary key, and references are foreign keys to it;
- an optional reference that the model writes as ``""`` (``ConsumptionRecord.product``,
  ``Settings.baseline_period`` and ``current_period``) is NULL here: those columns carry
  ``info={"empty_is_null": True}``;
- dates are ISO text ``YYYY-MM-DD``; enums are their string values, checked by a CHECK constraint.

This module describes the *current* schema. The migrations in ``migrations/versions`` build it
step by step and never import it; ``tests/store`` checks both give the same ``CREATE`` statements.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
)

from cpaudit.audit.model import (
    EnergyBasis,
    OptionStatus,
    PeriodKind,
    ResourceClass,
    ScreeningBin,
    Technique,
)

#: SQLite header field that marks a cpaudit project file ("CPAU").
APPLICATION_ID = 0x43504155

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

_NULL_IF_EMPTY = {"empty_is_null": True}


def _one_of(column: str, enum: type[StrEnum]) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=column)


def _code_not_empty() -> CheckConstraint:
    return CheckConstraint("code <> ''", name="code_not_empty")


def _text(name: str) -> Column:
    return Column(name, Text, nullable=False)


establishment = Table(
    "establishment",
    metadata,
    Column("id", Integer, primary_key=True),
    _text("name"),
    _text("address"),
    _text("sector"),
    _text("industry_code"),
    _text("history"),
    _text("design_capacity"),
    Column("employees", Integer, nullable=True),
    _text("environmental_status"),
    _text("currency"),
    _text("notes"),
    CheckConstraint("id = 1", name="single_row"),
)

product = Table(
    "product",
    metadata,
    Column("code", Text, primary_key=True),
    Column("position", Integer, nullable=False, unique=True),
    _text("name"),
    _text("unit"),
    _text("report_unit"),
    _code_not_empty(),
)

resource = Table(
    "resource",
    metadata,
    Column("code", Text, primary_key=True),
    Column("position", Integer, nullable=False, unique=True),
    _text("name"),
    _text("resource_class"),
    _text("unit"),
    _text("carrier"),
    Column("heating_value_gj_per_unit", Float, nullable=True),
    Column("price_per_unit", Float, nullable=True),
    _code_not_empty(),
    _one_of("resource_class", ResourceClass),
)

period = Table(
    "period",
    metadata,
    Column("code", Text, primary_key=True),
    Column("position", Integer, nullable=False, unique=True),
    _text("label"),
    _text("start"),
    _text("end"),
    _text("kind"),
    _code_not_empty(),
    _one_of("kind", PeriodKind),
)

settings = Table(
    "settings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("baseline_period", Text, ForeignKey("period.code"), nullable=True, info=_NULL_IF_EMPTY),
    Column("current_period", Text, ForeignKey("period.code"), nullable=True, info=_NULL_IF_EMPTY),
    _text("scheme_id"),
    _text("energy_basis"),
    Column("default_lifetime_years", Integer, nullable=False),
    Column("default_discount_rate", Float, nullable=False),
    _text("assumptions_note"),
    CheckConstraint("id = 1", name="single_row"),
    _one_of("energy_basis", EnergyBasis),
)

production_record = Table(
    "production_record",
    metadata,
    Column("position", Integer, primary_key=True),
    Column("period", Text, ForeignKey("period.code"), nullable=False),
    Column("product", Text, ForeignKey("product.code"), nullable=False),
    Column("quantity", Float, nullable=False),
)

consumption_record = Table(
    "consumption_record",
    metadata,
    Column("position", Integer, primary_key=True),
    Column("period", Text, ForeignKey("period.code"), nullable=False),
    Column("resource", Text, ForeignKey("resource.code"), nullable=False),
    Column("quantity", Float, nullable=False),
    Column("product", Text, ForeignKey("product.code"), nullable=True, info=_NULL_IF_EMPTY),
    Column("cost", Float, nullable=True),
)

allocation = Table(
    "allocation",
    metadata,
    Column("position", Integer, primary_key=True),
    Column("resource", Text, ForeignKey("resource.code"), nullable=False),
    Column("product", Text, ForeignKey("product.code"), nullable=False),
    Column("share", Float, nullable=False),
)

cp_option = Table(
    "cp_option",
    metadata,
    Column("code", Text, primary_key=True),
    Column("position", Integer, nullable=False, unique=True),
    _text("title"),
    _text("technique"),
    _text("screening"),
    _text("status"),
    Column("investment", Float, nullable=False),
    Column("operating_cost_change", Float, nullable=False),
    Column("lifetime_years", Integer, nullable=True),
    Column("discount_rate", Float, nullable=True),
    _text("description"),
    _text("reference"),
    _text("rejection_reason"),
    _code_not_empty(),
    _one_of("technique", Technique),
    _one_of("screening", ScreeningBin),
    _one_of("status", OptionStatus),
)

resource_saving = Table(
    "resource_saving",
    metadata,
    Column("option_code", Text, ForeignKey("cp_option.code", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("resource", Text, ForeignKey("resource.code"), nullable=False),
    Column("quantity", Float, nullable=False),
    Column("money", Float, nullable=True),
    PrimaryKeyConstraint("option_code", "position"),
)

source_line = Table(
    "source_line",
    metadata,
    Column("position", Integer, primary_key=True),
    _text("text"),
)

#: Columns that hold the row's place, not a field of the dataclass.
KEY_COLUMNS = frozenset({"id", "position", "option_code"})
