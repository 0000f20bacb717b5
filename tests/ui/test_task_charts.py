"""The flow chart (T4) and the Sankey diagram (T5): drawn from the data, "No data" when a series
is empty, zero or undefined, and the diagram's data exported."""

import dataclasses
import math

import pytest
from matplotlib.colors import to_hex
from matplotlib.transforms import Bbox

from cpaudit.audit.iac import demo_project
from cpaudit.audit.model import BalanceFlow, FlowKind, Measurement, UnitOperation
from cpaudit.ui import i18n
from cpaudit.ui.task_charts import (
    CLOSURE_COLOUR,
    FLOW_COLOURS,
    FlowChart,
    SankeyChart,
    sankey_flows,
    sankey_rows,
)


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


def _sankey_bands(sankey):
    """The drawn bands, by flow name: their patches (one a flow) in the order of ``flows``."""
    return dict(zip([b.name for b in sankey.bands], sankey.bands, strict=True))


def test_the_sankey_colours_flows_by_kind_as_the_flow_chart_does(sankey, demo):
    sankey.show_balance(demo, "OP1", "GJ", "en")
    sankey.draw()

    bands = _sankey_bands(sankey)
    assert bands["Purchased steam"].colour == FLOW_COLOURS[FlowKind.INPUT]
    assert bands["Steam leaks"].colour == FLOW_COLOURS[FlowKind.WASTE]
    assert bands["Steam to process"].colour == FLOW_COLOURS[FlowKind.PRODUCT]
    faces = {to_hex(b.patch.get_facecolor(), keep_alpha=False) for b in bands.values()}
    assert len(faces) == 3


def test_the_sankey_labels_sit_beside_the_shapes_not_on_them(sankey, demo):
    sankey.resize(520, 300)
    sankey.show_balance(demo, "OP1", "GJ", "en")
    sankey.draw()
    renderer = sankey.get_renderer()

    labels = [b.label.get_window_extent(renderer) for b in sankey.bands]
    shapes = [b.patch.get_window_extent(renderer) for b in sankey.bands]
    shapes.append(sankey.node.get_window_extent(renderer))
    for label in labels:
        for shape in shapes:
            assert not label.overlaps(shape)
    for number, label in enumerate(labels):
        for other in labels[number + 1 :]:
            assert not label.overlaps(other)


def test_the_sankey_fills_its_panel(sankey, demo):
    sankey.resize(520, 300)
    sankey.show_balance(demo, "OP1", "GJ", "en")
    sankey.draw()
    renderer = sankey.get_renderer()

    drawn = Bbox.union(
        [b.patch.get_window_extent(renderer) for b in sankey.bands]
        + [b.label.get_window_extent(renderer) for b in sankey.bands]
    )
    width, height = sankey.figure.bbox.width, sankey.figure.bbox.height
    assert drawn.width >= 0.8 * width
    assert drawn.height >= 0.6 * height


def test_an_unbalanced_sankey_shows_the_closure_in_grey(sankey):
    project = two_operations(
        BalanceFlow("A", FlowKind.INPUT, "Water", 100.0, "m3", Measurement.METERED),
        BalanceFlow("A", FlowKind.WASTE, "Waste water", 38.0, "m3"),
        BalanceFlow("A", FlowKind.PRODUCT, "To rinse", 60.0, "m3", to_operation="B"),
    )

    sankey.show_balance(project, "A", "m3", "en")
    sankey.draw()

    closure = sankey.bands[-1]
    assert closure.colour == CLOSURE_COLOUR
    assert "Unaccounted (closure error)" in closure.label.get_text().replace("\n", " ")
