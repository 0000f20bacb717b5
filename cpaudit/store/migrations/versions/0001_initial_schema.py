"""The first schema of the project file: one table per dataclass of cpaudit.audit.model.

Marks the file as a cpaudit project with SQLite's ``application_id`` header field ("CPAU").

Revision ID: 0001
Revises:
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPLICATION_ID = 0x43504155

RESOURCE_CLASSES = "'energy', 'fuel', 'material', 'water', 'other'"
PERIOD_KINDS = "'measured', 'projected'"
ENERGY_BASES = "'moit', 'final'"
TECHNIQUES = (
    "'good_housekeeping', 'input_material_change', 'process_control', "
    "'equipment_modification', 'technology_change', 'onsite_recovery', 'by_products', "
    "'product_modification'"
)
SCREENING_BINS = "'implement_now', 'study_further', 'rejected'"
OPTION_STATUSES = "'proposed', 'planned', 'implemented', 'not_implemented'"


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def _check(table: str, name: str, condition: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(condition, name=op.f(f"ck_{table}_{name}"))


def _pk(table: str, *columns: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint(*columns, name=op.f(f"pk_{table}"))


def _fk(table: str, column: str, target: str, **kw: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.code"], name=op.f(f"fk_{table}_{column}_{target}"), **kw
    )


def _unique_position(table: str) -> sa.UniqueConstraint:
    return sa.UniqueConstraint("position", name=op.f(f"uq_{table}_position"))


def upgrade() -> None:
    op.create_table(
        "establishment",
        sa.Column("id", sa.Integer(), nullable=False),
        _text("name"),
        _text("address"),
        _text("sector"),
        _text("industry_code"),
        _text("history"),
        _text("design_capacity"),
        sa.Column("employees", sa.Integer(), nullable=True),
        _text("environmental_status"),
        _text("currency"),
        _text("notes"),
        _check("establishment", "single_row", "id = 1"),
        _pk("establishment", "id"),
    )
    op.create_table(
        "product",
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("name"),
        _text("unit"),
        _text("report_unit"),
        _check("product", "code_not_empty", "code <> ''"),
        _pk("product", "code"),
        _unique_position("product"),
    )
    op.create_table(
        "resource",
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("name"),
        _text("resource_class"),
        _text("unit"),
        _text("carrier"),
        sa.Column("heating_value_gj_per_unit", sa.Float(), nullable=True),
        sa.Column("price_per_unit", sa.Float(), nullable=True),
        _check("resource", "code_not_empty", "code <> ''"),
        _check("resource", "resource_class", f"resource_class IN ({RESOURCE_CLASSES})"),
        _pk("resource", "code"),
        _unique_position("resource"),
    )
    op.create_table(
        "period",
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("label"),
        _text("start"),
        _text("end"),
        _text("kind"),
        _check("period", "code_not_empty", "code <> ''"),
        _check("period", "kind", f"kind IN ({PERIOD_KINDS})"),
        _pk("period", "code"),
        _unique_position("period"),
    )
    op.create_table(
        "settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("baseline_period", sa.Text(), nullable=True),
        sa.Column("current_period", sa.Text(), nullable=True),
        _text("scheme_id"),
        _text("energy_basis"),
        sa.Column("default_lifetime_years", sa.Integer(), nullable=False),
        sa.Column("default_discount_rate", sa.Float(), nullable=False),
        _text("assumptions_note"),
        _check("settings", "single_row", "id = 1"),
        _check("settings", "energy_basis", f"energy_basis IN ({ENERGY_BASES})"),
        _fk("settings", "baseline_period", "period"),
        _fk("settings", "current_period", "period"),
        _pk("settings", "id"),
    )
    op.create_table(
        "production_record",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("period", sa.Text(), nullable=False),
        sa.Column("product", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        _fk("production_record", "period", "period"),
        _fk("production_record", "product", "product"),
        _pk("production_record", "position"),
    )
    op.create_table(
        "consumption_record",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("period", sa.Text(), nullable=False),
        sa.Column("resource", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("product", sa.Text(), nullable=True),
        sa.Column("cost", sa.Float(), nullable=True),
        _fk("consumption_record", "period", "period"),
        _fk("consumption_record", "resource", "resource"),
        _fk("consumption_record", "product", "product"),
        _pk("consumption_record", "position"),
    )
    op.create_table(
        "allocation",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("resource", sa.Text(), nullable=False),
        sa.Column("product", sa.Text(), nullable=False),
        sa.Column("share", sa.Float(), nullable=False),
        _fk("allocation", "resource", "resource"),
        _fk("allocation", "product", "product"),
        _pk("allocation", "position"),
    )
    op.create_table(
        "cp_option",
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("title"),
        _text("technique"),
        _text("screening"),
        _text("status"),
        sa.Column("investment", sa.Float(), nullable=False),
        sa.Column("operating_cost_change", sa.Float(), nullable=False),
        sa.Column("lifetime_years", sa.Integer(), nullable=True),
        sa.Column("discount_rate", sa.Float(), nullable=True),
        _text("description"),
        _text("reference"),
        _text("rejection_reason"),
        _check("cp_option", "code_not_empty", "code <> ''"),
        _check("cp_option", "technique", f"technique IN ({TECHNIQUES})"),
        _check("cp_option", "screening", f"screening IN ({SCREENING_BINS})"),
        _check("cp_option", "status", f"status IN ({OPTION_STATUSES})"),
        _pk("cp_option", "code"),
        _unique_position("cp_option"),
    )
    op.create_table(
        "resource_saving",
        sa.Column("option_code", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("resource", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("money", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["option_code"],
            ["cp_option.code"],
            name=op.f("fk_resource_saving_option_code_cp_option"),
            ondelete="CASCADE",
        ),
        _fk("resource_saving", "resource", "resource"),
        _pk("resource_saving", "option_code", "position"),
    )
    op.create_table(
        "source_line",
        sa.Column("position", sa.Integer(), nullable=False),
        _text("text"),
        _pk("source_line", "position"),
    )
    op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    for table in (
        "source_line",
        "resource_saving",
        "cp_option",
        "allocation",
        "consumption_record",
        "production_record",
        "settings",
        "period",
        "resource",
        "product",
        "establishment",
    ):
        op.drop_table(table)
    op.execute("PRAGMA application_id = 0")
