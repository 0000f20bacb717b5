"""SQLAlchemy Core tables of a project file: one table per dataclass of :mod:`cpaudit.audit.model`.

Column names are the field names of the dataclasses (and of the JSON form), so rows map to the
JSON form's objects one to one. Conventions:

- every tuple of the project keeps its order in a ``position`` column (0-based);
- things that others refer to (products, resources, periods, options) have their ``code`` as
  primary key, and references are foreign keys to it;
- an optional reference that the model writes as ``""`` (``ConsumptionRecord.product``,
  ``Settings.baseline_period`` and ``current_period``) is NULL here: those columns carry
  ``info={"empty_is_null": True}``;
- dates are ISO text ``YYYY-MM-DD`` (NULL where the model allows None); enums are their string
  values, checked by a CHECK constraint; ``bool | None`` is 1, 0 or NULL;
- a tuple of codes (``Method.selected_options``, ``CPOption.addresses``) is a child table with one
  row per code and its position;
- a column whose field name is taken by a key column carries the field's name in
  ``info={"field": ...}`` (``team_member.job_position`` is ``TeamMember.position``): read column
  names through :func:`field_name`.

This module describes the *current* schema. The migrations in ``migrations/versions`` build it
step by step and never import it; ``tests/store`` checks both give the same ``CREATE`` statements.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)

from cpaudit.audit.model import (
    CauseCategory,
    EffectAspect,
    EnergyBasis,
    FlowKind,
    Measurement,
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


def _reference(name: str, target: str, *, optional: bool = False) -> Column:
    """A column holding the code of a row of ``target``; optional: ``""`` in the model is NULL."""
    if optional:
        return Column(name, Text, ForeignKey(f"{target}.code"), nullable=True, info=_NULL_IF_EMPTY)
    return Column(name, Text, ForeignKey(f"{target}.code"), nullable=False)


def _code_and_position() -> tuple[Column, Column]:
    return (
        Column("code", Text, primary_key=True),
        Column("position", Integer, nullable=False, unique=True),
    )


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

# --- revision 0002: the 18 tasks of the CP method --------------------------------------------

method = Table(
    "method",
    metadata,
    Column("id", Integer, primary_key=True),
    _text("commitment_by"),
    Column("commitment_date", Text, nullable=True),
    _text("commitment_statement"),
    _reference("focus_step", "process_step", optional=True),
    _text("focus_reason"),
    _text("balance_period"),
    Column("grid_factor_t_per_mwh", Float, nullable=True),
    _text("grid_factor_source"),
    _text("next_focus"),
    _text("illustrative_note"),
    CheckConstraint("id = 1", name="single_row"),
)

# Method.selected_options: option codes in order of priority, each at most once.
selected_option = Table(
    "selected_option",
    metadata,
    Column("position", Integer, primary_key=True),
    Column("option", Text, ForeignKey("cp_option.code"), nullable=False, unique=True),
)

# CPOption.addresses: codes of waste streams or causes (checks.py checks them; no foreign key).
option_address = Table(
    "option_address",
    metadata,
    Column("option_code", Text, ForeignKey("cp_option.code", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    _text("code"),
    PrimaryKeyConstraint("option_code", "position"),
    UniqueConstraint("option_code", "code", name="uq_option_address_option_code_code"),
)

team_member = Table(
    "team_member",
    metadata,
    Column("position", Integer, primary_key=True),
    _text("name"),
    Column("job_position", Text, nullable=False, info={"field": "position"}),
    _text("role"),
    _text("why_chosen"),
)

process_step = Table(
    "process_step",
    metadata,
    *_code_and_position(),
    _text("name"),
    _text("description"),
    _code_not_empty(),
)

step_flow = Table(
    "step_flow",
    metadata,
    Column("position", Integer, primary_key=True),
    _reference("step", "process_step"),
    _text("kind"),
    _text("name"),
    Column("quantity_per_unit", Float, nullable=True),
    _text("unit"),
    Column("norm_per_unit", Float, nullable=True),
    _reference("resource", "resource", optional=True),
    _one_of("kind", FlowKind),
)

focus_criterion = Table(
    "focus_criterion",
    metadata,
    *_code_and_position(),
    _text("name"),
    Column("weight", Float, nullable=False),
    _code_not_empty(),
)

focus_score = Table(
    "focus_score",
    metadata,
    Column("position", Integer, primary_key=True),
    _reference("step", "process_step"),
    _reference("criterion", "focus_criterion"),
    Column("score", Float, nullable=False),
    UniqueConstraint("step", "criterion", name="uq_focus_score_step_criterion"),
)

unit_operation = Table(
    "unit_operation",
    metadata,
    *_code_and_position(),
    _text("name"),
    _reference("step", "process_step", optional=True),
    _code_not_empty(),
)

balance_flow = Table(
    "balance_flow",
    metadata,
    Column("position", Integer, primary_key=True),
    _reference("operation", "unit_operation"),
    _text("kind"),
    _text("name"),
    Column("quantity", Float, nullable=False),
    _text("unit"),
    _text("measurement"),
    _reference("to_operation", "unit_operation", optional=True),
    _one_of("kind", FlowKind),
    _one_of("measurement", Measurement),
)

waste_stream = Table(
    "waste_stream",
    metadata,
    *_code_and_position(),
    _text("name"),
    Column("quantity", Float, nullable=False),
    _text("unit"),
    _reference("operation", "unit_operation", optional=True),
    Column("purchase_price_per_unit", Float, nullable=False),
    Column("processing_cost_per_unit", Float, nullable=False),
    Column("treatment_cost_per_unit", Float, nullable=False),
    _code_not_empty(),
)

cause = Table(
    "cause",
    metadata,
    *_code_and_position(),
    _reference("waste_stream", "waste_stream"),
    _text("description"),
    _text("category"),
    _code_not_empty(),
    _one_of("category", CauseCategory),
)

technical_check = Table(
    "technical_check",
    metadata,
    Column("position", Integer, primary_key=True),
    _reference("option", "cp_option"),
    _text("question"),
    Column("satisfied", Boolean(create_constraint=False), nullable=True),
    _text("note"),
    CheckConstraint("satisfied IN (0, 1)", name="satisfied"),
)

environmental_effect = Table(
    "environmental_effect",
    metadata,
    Column("position", Integer, primary_key=True),
    _reference("option", "cp_option"),
    _text("aspect"),
    _text("description"),
    Column("quantity", Float, nullable=True),
    _text("unit"),
    _one_of("aspect", EffectAspect),
)

implementation = Table(
    "implementation",
    metadata,
    Column("position", Integer, primary_key=True),
    _reference("option", "cp_option"),
    _text("owner"),
    Column("budget", Float, nullable=True),
    Column("start", Text, nullable=True),
    Column("finish", Text, nullable=True),
    Column("actual_cost", Float, nullable=True),
    _text("note"),
)

verified_saving = Table(
    "verified_saving",
    metadata,
    Column("position", Integer, primary_key=True),
    _reference("option", "cp_option"),
    _reference("resource", "resource"),
    Column("quantity", Float, nullable=False),
    _text("method"),
)

sustain_action = Table(
    "sustain_action",
    metadata,
    Column("position", Integer, primary_key=True),
    _text("action"),
    _text("owner"),
    Column("due", Text, nullable=True),
)

#: Columns that hold the row's place, not a field of the dataclass.
KEY_COLUMNS = frozenset({"id", "position", "option_code"})


def field_name(column: Column) -> str:
    """The model's (and the JSON form's) name of the field a column holds."""
    name: str = column.info.get("field", column.name)
    return name
