"""T18: the next cycle is refused in plain words without a measured current period."""

import dataclasses
import datetime as dt

from cpaudit.audit.model import Period
from cpaudit.ui.main_window import MainWindow


def test_no_measured_period_no_next_cycle(qtbot, demo_window, message_boxes):
    with qtbot.waitSignal(demo_window.next_cycle_finished, timeout=5_000) as blocker:
        demo_window.start_next_cycle()  # no file dialog may open (conftest)

    assert blocker.args == [""]
    (shown,) = message_boxes.shown
    assert shown.title == "The next cycle cannot start yet"
    assert "task 16" in shown.informative
    assert "Traceback" not in shown.informative


def test_the_page_says_why_before_the_button_is_pressed(demo_window):
    page = demo_window.show_page(18)

    assert not page.cycle_state.isHidden()
    assert "measured period after the baseline" in page.cycle_state.text()
    assert isinstance(demo_window, MainWindow)


def test_the_button_is_off_with_the_reason_until_the_cycle_can_start(qtbot, demo_window):
    page = demo_window.show_page(18)

    assert not page.cycle_button.isEnabled()
    assert "measured period after the baseline" in page.cycle_button.toolTip()

    project = demo_window.project
    after = Period("FY2025", "FY2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    settings = dataclasses.replace(project.settings, current_period="FY2025")
    with qtbot.waitSignal(demo_window.assessment_changed, timeout=10_000):
        demo_window.edit(
            "Measured period",
            dataclasses.replace(project, periods=(*project.periods, after), settings=settings),
        )

    assert page.cycle_button.isEnabled()
    assert page.cycle_state.isHidden()
    assert "measured period after the baseline" not in page.cycle_button.toolTip()
