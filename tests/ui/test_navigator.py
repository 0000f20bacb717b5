"""The navigator of the 6 steps and 18 tasks: states, what each task lacks, free movement."""

import dataclasses
import inspect
import re

import pytest
from PySide6.QtCore import QCoreApplication

from cpaudit.audit import tasks
from cpaudit.audit.model import SustainAction
from cpaudit.audit.tasks import TASKS, TaskState
from cpaudit.ui import labels
from cpaudit.ui.dialogs import new_project
from cpaudit.ui.navigator import DATA, OVERVIEW, STATE_ROLE, state_icon


def missing_codes():
    """Every code ``cpaudit.audit.tasks`` can report as missing."""
    source = inspect.getsource(tasks)
    return set(re.findall(r',\s*"([a-z_]+)"\s*\)', source))


def test_every_missing_code_has_words_in_both_languages(qapp):
    codes = missing_codes()
    assert len(codes) >= 25
    english = {code: labels.missing_label(code) for code in codes}
    assert all(english[code] != code for code in codes), "a code without words"
    from cpaudit.ui import i18n

    i18n.set_language("vi")
    vietnamese = {code: labels.missing_label(code) for code in codes}
    assert [c for c in codes if vietnamese[c] == english[c]] == []


def test_every_task_and_step_has_a_name_in_vietnamese(qapp):
    from cpaudit.ui import i18n

    i18n.set_language("vi")
    assert labels.task_title(1) == "Nhiệm vụ 1: Thành lập nhóm SXSH"
    assert labels.task_title(5) == "Nhiệm vụ 5: Cân bằng vật liệu/năng lượng"
    assert labels.step_label(3) == "Bước 3: Phát triển các cơ hội SXSH"
    for task in TASKS:
        assert labels.task_title(task.number).startswith(f"Nhiệm vụ {task.number}:")
        assert labels.task_short_label(task.number)


def test_the_navigator_lists_steps_tasks_and_the_overview(window):
    navigator = window.navigator
    assert navigator.topLevelItemCount() == 2 + 6
    assert navigator.items[OVERVIEW].text(0) == "Overview"
    assert navigator.items[DATA].text(0) == "Plant and data"
    assert navigator.step_items[1].text(0) == "Step 1: Getting started"
    assert [navigator.step_items[2].child(i).text(0) for i in range(4)] == [
        "4. Flow chart",
        "5. Material and energy balance",
        "6. Cost of waste streams",
        "7. Causes of waste",
    ]


def test_the_demo_shows_each_task_state_and_what_it_lacks(demo_window):
    navigator = demo_window.navigator

    states = {n: navigator.items[n].data(0, STATE_ROLE) for n in range(1, 19)}
    assert states[16] == TaskState.STARTED
    assert all(states[n] == TaskState.DONE for n in range(1, 19) if n != 16)
    tip = navigator.items[16].toolTip(0)
    assert "Started" in tip
    assert "a measured period after the baseline" in tip
    assert "verified savings" in tip


def test_states_follow_the_edits(qtbot, window, show):
    show(new_project("Công ty Bia Hồng Hà", "Bia", "Năm 2024", 2024), modified=True)
    navigator = window.navigator
    assert navigator.items[17].data(0, STATE_ROLE) == TaskState.EMPTY

    project = window.project
    window.edit("Add", dataclasses.replace(project, sustain_actions=(SustainAction("Đào tạo"),)))

    assert navigator.items[17].data(0, STATE_ROLE) == TaskState.DONE
    window.undo_action.trigger()
    assert navigator.items[17].data(0, STATE_ROLE) == TaskState.EMPTY


def test_the_tooltip_is_in_vietnamese(window, show):
    window.set_language("vi")
    show(new_project("Công ty Bia Hồng Hà", "Bia", "Năm 2024", 2024), modified=True)
    project = window.project
    window.edit("Add", dataclasses.replace(project, team=project.team + ()))
    from cpaudit.audit.model import TeamMember

    window.edit("Add", dataclasses.replace(project, team=(TeamMember("An"),)))

    tip = window.navigator.items[1].toolTip(0)
    assert tip.startswith("Nhiệm vụ 1: Thành lập nhóm SXSH\nĐang thực hiện")
    assert "Còn thiếu: ít nhất hai thành viên nhóm" in tip
    page = window.show_page(1)
    assert page.state_label.text().startswith("Đang thực hiện — Còn thiếu:")


@pytest.mark.parametrize("key", [18, 5, OVERVIEW, 1, DATA, 13])
def test_any_page_can_be_opened_at_any_time(window, show, key):
    show(new_project("Công ty Bia Hồng Hà", "Bia", "Năm 2024", 2024), modified=True)

    window.navigator.select(key)

    assert window.current_page() is window.pages[key]


def test_state_icons_differ(qapp):
    images = [state_icon(state).pixmap(16, 16).toImage() for state in TaskState]
    assert images[0] != images[1] != images[2] != images[0]
    assert QCoreApplication.instance() is qapp
