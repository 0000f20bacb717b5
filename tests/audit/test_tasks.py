"""Task states of the 18-task CP method."""

import dataclasses

from cpaudit.audit.iac import demo_project
from cpaudit.audit.model import Establishment, Method, ProcessStep, Project, Settings, TeamMember
from cpaudit.audit.tasks import STEPS, TASKS, TaskState, task_statuses


def test_eighteen_tasks_in_six_steps():
    assert [t.number for t in TASKS] == list(range(1, 19))
    assert STEPS == (1, 2, 3, 4, 5, 6)
    assert [t.step for t in TASKS] == [1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6]


def test_new_project_is_all_empty():
    project = Project(Establishment("x"), Settings(baseline_period=""))
    statuses = task_statuses(project)
    assert all(s.state == TaskState.EMPTY for s in statuses.values())


def test_team_started_then_done():
    project = Project(Establishment("x"), Settings(baseline_period=""))
    one = dataclasses.replace(project, team=(TeamMember("An", role="leader"),))
    status = task_statuses(one)[1]
    assert status.state == TaskState.STARTED
    assert status.missing == ("team_members", "management_commitment")
    two = dataclasses.replace(
        one,
        team=one.team + (TeamMember("Bình", role="energy"),),
        method=Method(commitment_by="Director"),
    )
    assert task_statuses(two)[1].state == TaskState.DONE


def test_process_steps_need_their_flows():
    project = Project(
        Establishment("x"), Settings(baseline_period=""), process_steps=(ProcessStep("S1", "a"),)
    )
    status = task_statuses(project)[2]
    assert status.state == TaskState.STARTED and status.missing == ("step_inputs_outputs",)


def test_demo_options_tasks():
    statuses = task_statuses(demo_project())
    assert statuses[8].state == TaskState.DONE  # seven options
    assert statuses[11].state == TaskState.DONE  # each with savings
