"""The 18 tasks of the CP method: team, process steps, focus, balance, waste streams and causes,
the options' checks, effects, implementation and verified savings, and the method's narrative.

Only adds tables (no existing table changes, so nothing is rebuilt in batch mode); a file that
holds a project gets its single ``method`` row, empty as ``Method()`` is.

Revision ID: 0002
Revises: 0001
Create Date: 2027-01-14
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FLOW_KINDS = "'input', 'product', 'by_product', 'waste', 'emission', 'stock_change'"
MEASUREMENTS = "'metered', 'calculated', 'estimated'"
CAUSE_CATEGORIES = (
    "'input_materials', 'technology', 'process_control', 'equipment', 'personnel', "
    "'waste_handling', 'product'"
)
EFFECT_ASPECTS = "'energy', 'water', 'waste', 'co2', 'other'"


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=False)


def _optional_text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=True)


def _check(table: str, name: str, condition: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(condition, name=op.f(f"ck_{table}_{name}"))


def _pk(table: str, *columns: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint(*columns, name=op.f(f"pk_{table}"))


def _fk(table: str, column: str, target: str, **kw: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.code"], name=op.f(f"fk_{table}_{column}_{target}"), **kw
    )


def _unique(table: str, *columns: str) -> sa.UniqueConstraint:
    return sa.UniqueConstraint(*columns, name=op.f(f"uq_{table}_{'_'.join(columns)}"))


def _code_and_position() -> list[sa.Column]:
    return [
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "team_member",
        sa.Column("position", sa.Integer(), nullable=False),
        _text("name"),
        _text("job_position"),
        _text("role"),
        _text("why_chosen"),
        _pk("team_member", "position"),
    )
    op.create_table(
        "process_step",
        *_code_and_position(),
        _text("name"),
        _text("description"),
        _check("process_step", "code_not_empty", "code <> ''"),
        _pk("process_step", "code"),
        _unique("process_step", "position"),
    )
    op.create_table(
        "focus_criterion",
        *_code_and_position(),
        _text("name"),
        sa.Column("weight", sa.Float(), nullable=False),
        _check("focus_criterion", "code_not_empty", "code <> ''"),
        _pk("focus_criterion", "code"),
        _unique("focus_criterion", "position"),
    )
    op.create_table(
        "sustain_action",
        sa.Column("position", sa.Integer(), nullable=False),
        _text("action"),
        _text("owner"),
        _optional_text("due"),
        _pk("sustain_action", "position"),
    )
    op.create_table(
        "step_flow",
        sa.Column("position", sa.Integer(), nullable=False),
        _text("step"),
        _text("kind"),
        _text("name"),
        sa.Column("quantity_per_unit", sa.Float(), nullable=True),
        _text("unit"),
        sa.Column("norm_per_unit", sa.Float(), nullable=True),
        _optional_text("resource"),
        _check("step_flow", "kind", f"kind IN ({FLOW_KINDS})"),
        _fk("step_flow", "step", "process_step"),
        _fk("step_flow", "resource", "resource"),
        _pk("step_flow", "position"),
    )
    op.create_table(
        "focus_score",
        sa.Column("position", sa.Integer(), nullable=False),
        _text("step"),
        _text("criterion"),
        sa.Column("score", sa.Float(), nullable=False),
        _pk("focus_score", "position"),
        _unique("focus_score", "step", "criterion"),
        _fk("focus_score", "step", "process_step"),
        _fk("focus_score", "criterion", "focus_criterion"),
    )
    op.create_table(
        "unit_operation",
        *_code_and_position(),
        _text("name"),
        _optional_text("step"),
        _check("unit_operation", "code_not_empty", "code <> ''"),
        _pk("unit_operation", "code"),
        _unique("unit_operation", "position"),
        _fk("unit_operation", "step", "process_step"),
    )
    op.create_table(
        "balance_flow",
        sa.Column("position", sa.Integer(), nullable=False),
        _text("operation"),
        _text("kind"),
        _text("name"),
        sa.Column("quantity", sa.Float(), nullable=False),
        _text("unit"),
        _text("measurement"),
        _optional_text("to_operation"),
        _check("balance_flow", "kind", f"kind IN ({FLOW_KINDS})"),
        _check("balance_flow", "measurement", f"measurement IN ({MEASUREMENTS})"),
        _fk("balance_flow", "operation", "unit_operation"),
        _fk("balance_flow", "to_operation", "unit_operation"),
        _pk("balance_flow", "position"),
    )
    op.create_table(
        "waste_stream",
        *_code_and_position(),
        _text("name"),
        sa.Column("quantity", sa.Float(), nullable=False),
        _text("unit"),
        _optional_text("operation"),
        sa.Column("purchase_price_per_unit", sa.Float(), nullable=False),
        sa.Column("processing_cost_per_unit", sa.Float(), nullable=False),
        sa.Column("treatment_cost_per_unit", sa.Float(), nullable=False),
        _check("waste_stream", "code_not_empty", "code <> ''"),
        _pk("waste_stream", "code"),
        _unique("waste_stream", "position"),
        _fk("waste_stream", "operation", "unit_operation"),
    )
    op.create_table(
        "cause",
        *_code_and_position(),
        _text("waste_stream"),
        _text("description"),
        _text("category"),
        _check("cause", "code_not_empty", "code <> ''"),
        _check("cause", "category", f"category IN ({CAUSE_CATEGORIES})"),
        _pk("cause", "code"),
        _unique("cause", "position"),
        _fk("cause", "waste_stream", "waste_stream"),
    )
    op.create_table(
        "technical_check",
        sa.Column("position", sa.Integer(), nullable=False),
        _text("option"),
        _text("question"),
        sa.Column("satisfied", sa.Boolean(create_constraint=False), nullable=True),
        _text("note"),
        _check("technical_check", "satisfied", "satisfied IN (0, 1)"),
        _fk("technical_check", "option", "cp_option"),
        _pk("technical_check", "position"),
    )
    op.create_table(
        "environmental_effect",
        sa.Column("position", sa.Integer(), nullable=False),
        _text("option"),
        _text("aspect"),
        _text("description"),
        sa.Column("quantity", sa.Float(), nullable=True),
        _text("unit"),
        _check("environmental_effect", "aspect", f"aspect IN ({EFFECT_ASPECTS})"),
        _fk("environmental_effect", "option", "cp_option"),
        _pk("environmental_effect", "position"),
    )
    op.create_table(
        "implementation",
        sa.Column("position", sa.Integer(), nullable=False),
        _text("option"),
        _text("owner"),
        sa.Column("budget", sa.Float(), nullable=True),
        _optional_text("start"),
        _optional_text("finish"),
        sa.Column("actual_cost", sa.Float(), nullable=True),
        _text("note"),
        _fk("implementation", "option", "cp_option"),
        _pk("implementation", "position"),
    )
    op.create_table(
        "verified_saving",
        sa.Column("position", sa.Integer(), nullable=False),
        _text("option"),
        _text("resource"),
        sa.Column("quantity", sa.Float(), nullable=False),
        _text("method"),
        _fk("verified_saving", "option", "cp_option"),
        _fk("verified_saving", "resource", "resource"),
        _pk("verified_saving", "position"),
    )
    op.create_table(
        "method",
        sa.Column("id", sa.Integer(), nullable=False),
        _text("commitment_by"),
        _optional_text("commitment_date"),
        _text("commitment_statement"),
        _optional_text("focus_step"),
        _text("focus_reason"),
        _text("balance_period"),
        sa.Column("grid_factor_t_per_mwh", sa.Float(), nullable=True),
        _text("grid_factor_source"),
        _text("next_focus"),
        _text("illustrative_note"),
        _check("method", "single_row", "id = 1"),
        _fk("method", "focus_step", "process_step"),
        _pk("method", "id"),
    )
    op.create_table(
        "selected_option",
        sa.Column("position", sa.Integer(), nullable=False),
        _text("option"),
        _pk("selected_option", "position"),
        _unique("selected_option", "option"),
        _fk("selected_option", "option", "cp_option"),
    )
    op.create_table(
        "option_address",
        sa.Column("option_code", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("code"),
        _unique("option_address", "option_code", "code"),
        sa.ForeignKeyConstraint(
            ["option_code"],
            ["cp_option.code"],
            name=op.f("fk_option_address_option_code_cp_option"),
            ondelete="CASCADE",
        ),
        _pk("option_address", "option_code", "position"),
    )
    # A file that holds a project (its establishment row) gets its method row, empty as Method()
    # is; a file being created has no rows yet, and gets all of them from its first save.
    op.execute(
        "INSERT INTO method (id, commitment_by, commitment_date, commitment_statement, focus_step,"
        " focus_reason, balance_period, grid_factor_t_per_mwh, grid_factor_source, next_focus,"
        " illustrative_note)"
        " SELECT 1, '', NULL, '', NULL, '', '', NULL, '', '', '' FROM establishment"
    )


def downgrade() -> None:
    for table in (
        "option_address",
        "selected_option",
        "method",
        "verified_saving",
        "implementation",
        "environmental_effect",
        "technical_check",
        "cause",
        "waste_stream",
        "balance_flow",
        "unit_operation",
        "focus_score",
        "step_flow",
        "sustain_action",
        "focus_criterion",
        "process_step",
        "team_member",
    ):
        op.drop_table(table)
