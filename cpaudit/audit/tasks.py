"""The 6 steps and 18 tasks of the CP assessment method, and how far a project has got in each.

The method is UNIDO/UNEP's DESIRE as used by Viet Nam's CP centre (``../shared/domain.md`` §3).
A task is *empty* with none of its data, *done* when nothing it needs is missing, otherwise
*started*; the ``missing`` codes say what it still lacks (the UI and report translate them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from cpaudit.audit.model import OptionStatus, PeriodKind, Project, ScreeningBin


class TaskState(StrEnum):
    EMPTY = "empty"
    STARTED = "started"
    DONE = "done"


@dataclass(frozen=True)
class Task:
    number: int  # 1..18
    step: int  # 1..6


@dataclass(frozen=True)
class TaskStatus:
    task: int
    state: TaskState
    missing: tuple[str, ...]


STEPS = (1, 2, 3, 4, 5, 6)
TASKS = tuple(
    Task(number, step)
    for step, numbers in (
        (1, (1, 2, 3)),
        (2, (4, 5, 6, 7)),
        (3, (8, 9)),
        (4, (10, 11, 12, 13)),
        (5, (14, 15, 16)),
        (6, (17, 18)),
    )
    for number in numbers
)


def task_statuses(project: Project) -> dict[int, TaskStatus]:
    """The state of every task, by task number."""
    return {number: _status(number, check(project)) for number, check in _CHECKS.items()}


def _status(number: int, result: tuple[bool, list[str]]) -> TaskStatus:
    has_data, missing = result
    if not has_data:
        state = TaskState.EMPTY
    elif missing:
        state = TaskState.STARTED
    else:
        state = TaskState.DONE
    return TaskStatus(number, state, tuple(missing))


def _needs(pairs: list[tuple[bool, str]]) -> list[str]:
    return [code for ok, code in pairs if not ok]


def _t1(p: Project):
    has = bool(p.team) or bool(p.method.commitment_by)
    return has, _needs(
        [
            (len(p.team) >= 2, "team_members"),
            (all(m.role for m in p.team), "member_roles"),
            (bool(p.method.commitment_by), "management_commitment"),
        ]
    )


def _t2(p: Project):
    stepped = {f.step for f in p.step_flows}
    return bool(p.process_steps), _needs(
        [
            (bool(p.process_steps), "process_steps"),
            (all(s.code in stepped for s in p.process_steps), "step_inputs_outputs"),
        ]
    )


def _t3(p: Project):
    has = bool(p.focus_criteria) or bool(p.method.focus_step)
    return has, _needs(
        [
            (bool(p.focus_criteria) and bool(p.focus_scores), "focus_scores"),
            (bool(p.method.focus_step), "focus_choice"),
        ]
    )


def _t4(p: Project):
    arrows = any(f.to_operation for f in p.balance_flows)
    return bool(p.operations), _needs(
        [
            (bool(p.operations), "unit_operations"),
            (arrows or len(p.operations) == 1, "flows_between_operations"),
        ]
    )


def _t5(p: Project):
    covered = {f.operation for f in p.balance_flows}
    return bool(p.balance_flows), _needs(
        [
            (bool(p.balance_flows), "balance_flows"),
            (all(o.code in covered for o in p.operations), "balance_of_every_operation"),
        ]
    )


def _t6(p: Project):
    def costed(w) -> bool:
        return bool(w.purchase_price_per_unit or w.processing_cost_per_unit)

    return bool(p.waste_streams), _needs(
        [
            (bool(p.waste_streams), "waste_streams"),
            (all(costed(w) or w.treatment_cost_per_unit for w in p.waste_streams), "waste_costs"),
        ]
    )


def _t7(p: Project):
    explained = {c.waste_stream for c in p.causes}
    return bool(p.causes), _needs(
        [(all(w.code in explained for w in p.waste_streams), "causes_of_every_waste_stream")]
    )


def _t8(p: Project):
    return bool(p.options), _needs([(bool(p.options), "options")])


def _t9(p: Project):
    rejected_without_reason = [
        o for o in p.options if o.screening == ScreeningBin.REJECTED and not o.rejection_reason
    ]
    return bool(p.options), _needs([(not rejected_without_reason, "rejection_reasons")])


def _candidates(p: Project):
    return [o for o in p.options if o.screening != ScreeningBin.REJECTED]


def _t10(p: Project):
    checked = {c.option for c in p.technical_checks if c.satisfied is not None}
    return bool(p.technical_checks), _needs(
        [(all(o.code in checked for o in _candidates(p)), "technical_checks")]
    )


def _t11(p: Project):
    candidates = _candidates(p)
    return bool(candidates), _needs([(all(o.savings for o in candidates), "option_savings")])


def _t12(p: Project):
    has = bool(p.environmental_effects) or p.method.grid_factor_t_per_mwh is not None
    return has, _needs(
        [
            (p.method.grid_factor_t_per_mwh is not None, "grid_emission_factor"),
            (bool(p.environmental_effects), "environmental_effects"),
        ]
    )


def _t13(p: Project):
    return bool(p.method.selected_options), _needs(
        [(bool(p.method.selected_options), "selected_options")]
    )


def _t14(p: Project):
    planned = {i.option: i for i in p.implementations}
    ready = all(
        code in planned and planned[code].owner and planned[code].start
        for code in p.method.selected_options
    )
    return bool(p.implementations), _needs([(ready, "implementation_plan")])


def _t15(p: Project):
    statuses = {o.code: o.status for o in p.options}
    selected = p.method.selected_options
    done = [c for c in selected if statuses.get(c) == OptionStatus.IMPLEMENTED]
    return bool(done), _needs([(len(done) == len(selected), "options_implemented")])


def _t16(p: Project):
    measured = bool(p.settings.current_period) and (
        p.period(p.settings.current_period).kind == PeriodKind.MEASURED
    )
    # before-and-after figures exist as soon as there is a baseline: measured, or projected
    has = measured or bool(p.verified_savings) or bool(p.production)
    return has, _needs(
        [
            (measured, "measured_current_period"),
            (bool(p.verified_savings), "verified_savings"),
        ]
    )


def _t17(p: Project):
    return bool(p.sustain_actions), _needs([(bool(p.sustain_actions), "sustain_actions")])


def _t18(p: Project):
    return bool(p.method.next_focus), _needs([(bool(p.method.next_focus), "next_focus")])


_CHECKS: dict[int, Callable[[Project], tuple[bool, list[str]]]] = {
    1: _t1,
    2: _t2,
    3: _t3,
    4: _t4,
    5: _t5,
    6: _t6,
    7: _t7,
    8: _t8,
    9: _t9,
    10: _t10,
    11: _t11,
    12: _t12,
    13: _t13,
    14: _t14,
    15: _t15,
    16: _t16,
    17: _t17,
    18: _t18,
}
