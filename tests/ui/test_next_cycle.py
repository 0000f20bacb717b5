"""T18: the next cycle is refused in plain words without a measured current period."""

from cpaudit.ui.main_window import MainWindow


def test_no_measured_period_no_next_cycle(qtbot, demo_window, message_boxes):
    with qtbot.waitSignal(demo_window.next_cycle_finished, timeout=5_000) as blocker:
        demo_window.pages[18].cycle_button.click()  # no file dialog may open (conftest)

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
