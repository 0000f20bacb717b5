"""The flow chart (T4) and the Sankey diagram (T5): drawn from the data, "No data" when a series
is empty, zero or undefined, and the diagram's data exported."""

import dataclasses
import math

import pytest
from matplotlib.transforms import Bbox
from numpy.testing import assert_allclose

from cpaudit.audit.iac import demo_project
from cpaudit.audit.model import BalanceFlow, FlowKind, Measurement, UnitOperation
from cpaudit.report.charts import balance_sankey_flows, sankey_figure
from cpaudit.report.i18n import Texts
from cpaudit.report.labels import Labels
from cpaudit.report.layout import BODY_WIDTH
from cpaudit.ui import i18n
from cpaudit.ui.task_charts import FlowChart, SankeyChart, sankey_flows, sankey_rows


@pytest.fixture(scope="module")
def demo():
    return demo_project()


def two_operations(*flows):
    project = demo_project()
    return dataclasses.replace(
        project,
        operations=(UnitOperation("A", "Soak"), UnitOperation("B", "Rinse")),
        balance_flows=tuple(flows),
    )


@pytest.fixture
def flow_chart(qtbot):
    chart = FlowChart()
    qtbot.addWidget(chart)
    return chart


@pytest.fixture
def sankey(qtbot):
    chart = SankeyChart()
    qtbot.addWidget(chart)
    return chart


def test_the_flow_chart_draws_the_operations_and_the_flows_between(flow_chart, demo):
    flow_chart.show_flows(demo.operations, demo.balance_flows)
    flow_chart.draw()

    assert flow_chart.message == ""
    assert flow_chart.boxes == ["OP1", "OP2"]
    assert flow_chart.arrows == [("OP1", "OP2", "Steam to process")]
    texts = [t.get_text() for t in flow_chart.figure.axes[0].texts]
    assert any("Purchased steam" in t for t in texts)
    # the input of OP2 that is OP1's output is drawn once, as the arrow between them
    assert sum("Steam to process" in t for t in texts) == 1


def test_the_flow_chart_without_operations_says_so(flow_chart):
    flow_chart.show_flows((), ())
    flow_chart.draw()

    assert flow_chart.message.startswith("No data")
    assert flow_chart.boxes == []


def test_a_dollar_in_a_name_is_not_mathematics(flow_chart):
    operations = (UnitOperation("A", "Cost $5 $per$ unit"),)
    flow_chart.show_flows(operations, ())
    flow_chart.draw()  # mathtext would fail or eat the dollars

    assert any("$5 $per$" in t.get_text() for t in flow_chart.figure.axes[0].texts)


def test_the_sankey_of_the_demo_balances(sankey, demo):
    sankey.show_balance(demo, "OP1", "GJ", "en")
    sankey.draw()

    assert sankey.message == ""
    names = [f.name for f in sankey.flows]
    assert names == [
        "Purchased steam",
        "Steam lost through failed traps",
        "Steam leaks",
        "Steam to process",
    ]
    assert sum(f.value for f in sankey.flows) == pytest.approx(0.0, abs=1e-6)
    assert sankey.flows[0].value == pytest.approx(87_840 * 1.055056, rel=1e-5)


def test_an_unbalanced_operation_gets_a_closure_flow():
    project = two_operations(
        BalanceFlow("A", FlowKind.INPUT, "Water", 100.0, "m3", Measurement.METERED),
        BalanceFlow("A", FlowKind.WASTE, "Waste water", 38.0, "m3"),
        BalanceFlow("A", FlowKind.PRODUCT, "To rinse", 60.0, "m3", to_operation="B"),
    )

    flows = sankey_flows(project, "A", "m3")

    assert flows[-1].kind == "closure"
    assert flows[-1].value == pytest.approx(-2.0)


@pytest.mark.parametrize(
    "flows",
    [
        (),
        (BalanceFlow("A", FlowKind.INPUT, "Water", 0.0, "m3"),),
        (
            BalanceFlow("A", FlowKind.INPUT, "Water", 0.0, "m3"),
            BalanceFlow("A", FlowKind.WASTE, "Waste", 5.0, "m3"),
        ),
        (BalanceFlow("A", FlowKind.INPUT, "Water", math.nan, "m3"),),
        (BalanceFlow("A", FlowKind.WASTE, "Waste", 5.0, "m3"),),
    ],
    ids=["empty", "zero", "zero inputs", "undefined", "outputs only"],
)
def test_the_sankey_says_no_data_instead_of_failing(sankey, flows):
    project = two_operations(*flows)

    sankey.show_balance(project, "A", "m3", "en")
    sankey.draw()

    assert sankey.message.startswith("No data")


def test_no_operation_chosen_is_no_data(sankey, demo):
    sankey.show_balance(demo, "", "", "en")

    assert sankey.message.startswith("No data")


def test_the_sankey_labels_follow_the_language(sankey, demo):
    i18n.set_language("vi")
    sankey.show_balance(demo, "OP1", "GJ", "vi")
    sankey.draw()

    texts = [t.get_text() for t in sankey.figure.axes[0].texts if t.get_text()]
    assert any("92.676 GJ" in t for t in texts)


def test_the_sankey_data_as_rows(demo):
    rows = sankey_rows(demo, "OP1", "GJ")

    assert rows[0] == [
        "operation",
        "operation_name",
        "flow",
        "kind",
        "measurement",
        "direction",
        "quantity",
        "unit",
    ]
    assert rows[1][:6] == [
        "OP1",
        "Steam distribution and traps",
        "Purchased steam",
        "input",
        "metered",
        "in",
    ]
    assert float(rows[1][6]) == pytest.approx(92_676.1, rel=1e-4)
    assert len(rows) == 5


def test_charts_follow_the_data_in_the_window(qtbot, demo_window):
    page = demo_window.show_page(4)
    assert page.chart.boxes == ["OP1", "OP2"]
    operations_table = page.operations

    assert operations_table.remove_selected_rows() is False or True  # nothing selected: no-op
    operations_table.add_row()

    assert page.chart.boxes == ["OP1", "OP2", "OP3"]
    demo_window.undo_action.trigger()
    assert page.chart.boxes == ["OP1", "OP2"]


def test_the_canvas_follows_the_screen_pixel_ratio(sankey, demo):
    sankey.show_balance(demo, "OP1", "GJ", "en")
    sankey.draw()
    sankey.figure.set_dpi(sankey.figure.get_dpi())

    assert sankey.device_pixel_ratio >= 1
    assert sankey.figure.dpi == pytest.approx(100 * sankey.device_pixel_ratio)


def _shown(qtbot, sankey, width, height):
    sankey.show()
    qtbot.waitExposed(sankey)
    sankey.resize(width, height)
    qtbot.waitUntil(lambda: sankey.figure.bbox.width == width * sankey.device_pixel_ratio)


def _unbalanced():
    return two_operations(
        BalanceFlow("A", FlowKind.INPUT, "Water from the municipal supply", 100.0, "m3"),
        BalanceFlow("A", FlowKind.INPUT, "Recycled rinse water", 30.0, "m3"),
        BalanceFlow("A", FlowKind.WASTE, "Waste water to the treatment plant", 38.0, "m3"),
        BalanceFlow("A", FlowKind.EMISSION, "Evaporation", 8.0, "m3"),
        BalanceFlow("A", FlowKind.BY_PRODUCT, "Steam condensate", 12.0, "m3"),
        BalanceFlow("A", FlowKind.PRODUCT, "To rinse", 60.0, "m3", to_operation="B"),
    )


@pytest.mark.parametrize("size", [(520, 300), (420, 240), (900, 320)])
@pytest.mark.parametrize("case", ["demo OP1", "demo OP2", "unbalanced"])
def test_the_sankey_labels_lie_inside_the_figure_beside_the_arrows(qtbot, sankey, demo, size, case):
    project, operation, unit = {
        "demo OP1": (demo, "OP1", "GJ"),
        "demo OP2": (demo, "OP2", "GJ"),
        "unbalanced": (_unbalanced(), "A", "m3"),
    }[case]
    _shown(qtbot, sankey, *size)

    sankey.show_balance(project, operation, unit, "en")
    sankey.draw()

    patch, texts = sankey.diagram()
    renderer = sankey.get_renderer()
    arrows = patch.get_transform().transform_path(patch.get_path())
    boxes = [t.get_window_extent(renderer) for t in texts]
    page = sankey.figure.bbox
    assert len(texts) == len([f for f in sankey.flows if f.value])
    for text, box in zip(texts, boxes, strict=True):
        assert page.x0 <= box.x0 and box.x1 <= page.x1, text.get_text()
        assert page.y0 <= box.y0 and box.y1 <= page.y1, text.get_text()
        assert not arrows.intersects_bbox(box, filled=True), text.get_text()
    for number, box in enumerate(boxes):
        for other in boxes[number + 1 :]:
            assert not box.overlaps(other)
    # the arrows and their labels fill the panel in one direction at least
    drawn = Bbox.union([arrows.get_extents(), *boxes])
    assert drawn.width >= 0.9 * page.width or drawn.height >= 0.9 * page.height


def test_the_sankey_follows_its_panel_when_it_is_resized(qtbot, sankey, demo):
    _shown(qtbot, sankey, 800, 420)
    sankey.show_balance(demo, "OP1", "GJ", "en")
    sankey.draw()
    wide = sankey.diagram()[0].get_window_extent(sankey.get_renderer())

    sankey.resize(420, 260)
    qtbot.waitUntil(lambda: sankey.figure.bbox.width == 420 * sankey.device_pixel_ratio)
    sankey.draw()

    patch, texts = sankey.diagram()
    renderer = sankey.get_renderer()
    assert patch.get_window_extent(renderer).width < wide.width
    page = sankey.figure.bbox
    for text in texts:
        box = text.get_window_extent(renderer)
        assert page.x0 <= box.x0 and box.x1 <= page.x1, text.get_text()


def test_the_window_draws_the_report_s_diagram(sankey, demo):
    sankey.show_balance(demo, "OP1", "GJ", "en")
    sankey.draw()
    flows = balance_sankey_flows(
        [(f.name, f.kind, f.quantity, f.unit) for f in demo.balance_flows if f.operation == "OP1"],
        "GJ",
        "unaccounted",
        "excess",
    )

    report = sankey_figure(flows, "GJ", Labels(Texts("en"), "VND"), BODY_WIDTH)

    window_arrows = sankey.diagram()[0].get_path().vertices
    assert_allclose(window_arrows, report.axes[0].patches[0].get_path().vertices)
    # the same labels, without the key numbers of the report's table of flows
    window_texts = sorted(t.get_text() for t in sankey.diagram()[1])
    report_texts = sorted(
        t.get_text().split(" · ", 1)[1] for t in report.axes[0].texts if t.get_text()
    )
    assert window_texts == report_texts


def test_an_unbalanced_sankey_labels_the_closure(sankey):
    sankey.show_balance(_unbalanced(), "A", "m3", "en")
    sankey.draw()

    texts = [t.get_text().replace("\n", " ") for t in sankey.diagram()[1]]
    assert "Unaccounted (closure error) 12.00 m³" in texts


def test_outputs_beyond_the_inputs_come_in_as_the_closure(sankey):
    project = two_operations(
        BalanceFlow("A", FlowKind.INPUT, "Water", 100.0, "m3"),
        BalanceFlow("A", FlowKind.PRODUCT, "To rinse", 104.0, "m3", to_operation="B"),
    )

    sankey.show_balance(project, "A", "m3", "en")
    sankey.draw()

    texts = [t.get_text().replace("\n", " ") for t in sankey.diagram()[1]]
    assert "Outputs exceeding inputs (closure error) 4.00 m³" in texts
    assert sankey.flows[-1].kind == "closure" and sankey.flows[-1].value == pytest.approx(4.0)


def test_a_dollar_in_a_flow_name_is_drawn_as_typed(sankey):
    project = two_operations(
        BalanceFlow("A", FlowKind.INPUT, "Water at $5 $x^2$", 100.0, "m3"),
        BalanceFlow("A", FlowKind.PRODUCT, "To rinse", 100.0, "m3", to_operation="B"),
    )

    sankey.show_balance(project, "A", "m3", "en")
    sankey.draw()  # mathtext would fail or eat the dollars

    texts = sankey.diagram()[1]
    assert "Water at $5 $x^2$\n100 m³" in [t.get_text() for t in texts]
    assert all(not t.get_parse_math() for t in texts)
