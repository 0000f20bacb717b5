"""The flow chart of the audit focus (T4) and the Sankey diagram of a balance (T5).

Both are matplotlib Figures on a Qt canvas (never pyplot), drawn from the project's data each time
it changes; an empty, zero or undefined series shows "No data" instead of failing. User text is
drawn with ``parse_math=False`` so a ``$`` in a name is not read as mathematics. The Sankey
diagram is the report's (:mod:`cpaudit.report.charts`, matplotlib's own Sankey), drawn into the
canvas's figure.
"""

import dataclasses
import math
import textwrap
from dataclasses import dataclass

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSizePolicy

from cpaudit.audit import units
from cpaudit.audit.method import balances
from cpaudit.audit.model import FlowKind
from cpaudit.report.charts import balance_sankey_flows, draw_sankey
from cpaudit.report.i18n import LANGUAGES, Texts
from cpaudit.report.labels import Labels

OUTPUT_KINDS = (FlowKind.PRODUCT, FlowKind.BY_PRODUCT, FlowKind.WASTE, FlowKind.EMISSION)
FLOW_COLOURS = {
    FlowKind.INPUT: "#1565c0",
    FlowKind.PRODUCT: "#2e7d32",
    FlowKind.BY_PRODUCT: "#6a1b9a",
    FlowKind.WASTE: "#c62828",
    FlowKind.EMISSION: "#8d6e63",
    FlowKind.STOCK_CHANGE: "#757575",
}
BOX_COLOUR = "#e3f2fd"
GREY = "#616161"
_SANKEY_POINTS = (8.0, 7.0, 6.0)  # the labels' sizes to try, the first that leaves them clear


class _Canvas(FigureCanvasQTAgg):
    def __init__(self, parent=None, size=(5.0, 4.0)):
        self.figure = Figure(figsize=size, dpi=100, layout="constrained")
        super().__init__(self.figure)
        self.setParent(parent)
        self.setMinimumSize(300, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.message = ""

    def _no_data(self, axes, detail=""):
        axes.set_axis_off()
        self.message = QCoreApplication.translate("task_charts", "No data")
        if detail:
            self.message += "\n" + detail
        axes.text(
            0.5,
            0.5,
            self.message,
            ha="center",
            va="center",
            fontsize=11,
            color=GREY,
            transform=axes.transAxes,
            wrap=True,
            parse_math=False,
        )


def _short(text, width=26):
    return textwrap.shorten(text or "", width=width, placeholder="…") or ""


def _wrapped(text, width=24, lines=2):
    parts = textwrap.wrap(text or "", width=width) or [""]
    if len(parts) > lines:
        parts = parts[: lines - 1] + [_short(" ".join(parts[lines - 1 :]), width)]
    return "\n".join(parts)


# ---- T4: the flow chart -----------------------------------------------------------------------


class FlowChart(_Canvas):
    """Unit operations top to bottom, the flows between them, inputs left, outputs right."""

    def __init__(self, parent=None):
        super().__init__(parent, size=(5.4, 4.4))
        self.boxes = []  # operation codes in the order drawn, for tests
        self.arrows = []  # (from, to, name) between operations

    def show_flows(self, operations, flows):
        self.figure.clear()
        axes = self.figure.add_subplot()
        self.boxes, self.arrows, self.message = [], [], ""
        if not operations:
            self._no_data(
                axes,
                QCoreApplication.translate("task_charts", "Add the unit operations of the focus."),
            )
        else:
            self._draw(axes, list(operations), list(flows))
        self.draw_idle()

    def _draw(self, axes, operations, flows):
        codes = [op.code for op in operations]
        row_of = {code: i for i, code in enumerate(codes)}
        spacing = 3.0
        box_w, box_h = 3.0, 1.3
        centre_x = 5.0
        axes.set_xlim(0, 10)
        axes.set_ylim(-(len(codes) - 1) * spacing - 1.6, 1.6)
        axes.set_axis_off()
        arriving = {}
        for flow in flows:
            if flow.to_operation and flow.operation in row_of and flow.to_operation in row_of:
                arriving.setdefault(flow.to_operation, set()).add(flow.name)
        for op in operations:
            y = -row_of[op.code] * spacing
            axes.add_patch(
                FancyBboxPatch(
                    (centre_x - box_w / 2, y - box_h / 2),
                    box_w,
                    box_h,
                    boxstyle="round,pad=0.05,rounding_size=0.2",
                    facecolor=BOX_COLOUR,
                    edgecolor="#1565c0",
                    linewidth=1.2,
                )
            )
            axes.text(
                centre_x,
                y,
                f"{op.code}\n{_wrapped(op.name, 22)}",
                ha="center",
                va="center",
                fontsize=8.5,
                parse_math=False,
            )
            self.boxes.append(op.code)
            own = [f for f in flows if f.operation == op.code]
            inputs = [
                f
                for f in own
                if f.kind == FlowKind.INPUT and f.name not in arriving.get(op.code, set())
            ]
            outputs = [
                f
                for f in own
                if f.kind in OUTPUT_KINDS and not (f.to_operation and f.to_operation in row_of)
            ]
            self._side_arrows(axes, inputs, y, box_h, centre_x - box_w / 2, left=True)
            self._side_arrows(axes, outputs, y, box_h, centre_x + box_w / 2, left=False)
        for flow in flows:
            if flow.kind not in OUTPUT_KINDS or flow.operation not in row_of:
                continue
            if flow.to_operation not in row_of:
                continue
            self._between(axes, flow, row_of, spacing, box_h, centre_x, box_w)

    def _side_arrows(self, axes, items, y, box_h, edge_x, left):
        if not items:
            return
        count = len(items)
        step = min(0.6, box_h * 1.6 / max(count, 1))
        for number, flow in enumerate(items):
            yy = y - (number - (count - 1) / 2) * step
            start, end = (edge_x - 1.2, edge_x) if left else (edge_x, edge_x + 1.2)
            colour = FLOW_COLOURS.get(flow.kind, GREY)
            axes.add_patch(
                FancyArrowPatch(
                    (start, yy), (end, yy), arrowstyle="-|>", mutation_scale=10, color=colour
                )
            )
            text = _wrapped(flow.name, 16, 3)
            if left:
                axes.text(
                    start - 0.05,
                    yy,
                    text,
                    ha="right",
                    va="center",
                    fontsize=7,
                    color=colour,
                    parse_math=False,
                )
            else:
                axes.text(
                    end + 0.05,
                    yy,
                    text,
                    ha="left",
                    va="center",
                    fontsize=7,
                    color=colour,
                    parse_math=False,
                )

    def _between(self, axes, flow, row_of, spacing, box_h, centre_x, box_w):
        source, target = row_of[flow.operation], row_of[flow.to_operation]
        y0 = -source * spacing - box_h / 2
        y1 = -target * spacing + box_h / 2
        colour = FLOW_COLOURS.get(flow.kind, GREY)
        if target == source + 1:
            start, end, style = (centre_x, y0), (centre_x, y1), "arc3"
        else:
            # a jump or a return: along the right side of the boxes
            start = (centre_x + box_w / 2 - 0.3, -source * spacing - box_h / 2)
            end = (
                centre_x + box_w / 2 - 0.3,
                -target * spacing + (box_h / 2 if target > source else -box_h / 2),
            )
            style = "arc3,rad=-0.5" if target > source else "arc3,rad=0.5"
        axes.add_patch(
            FancyArrowPatch(
                start,
                end,
                arrowstyle="-|>",
                mutation_scale=12,
                color=colour,
                linewidth=1.4,
                connectionstyle=style,
            )
        )
        middle = ((start[0] + end[0]) / 2 + 0.15, (start[1] + end[1]) / 2)
        axes.text(
            middle[0],
            middle[1],
            _short(flow.name, 22),
            ha="left",
            va="center",
            fontsize=7,
            color=colour,
            parse_math=False,
        )
        self.arrows.append((flow.operation, flow.to_operation, flow.name))


# ---- T5: the balance as a Sankey diagram ------------------------------------------------------


@dataclass(frozen=True)
class SankeyFlow:
    """One flow of the diagram's data (the CSV export): positive in, negative out, in the
    balance's common unit."""

    name: str
    kind: str  # a FlowKind value, or "closure"
    value: float
    unit: str
    measurement: str  # a Measurement value, "" for the closure


def balance_dimensions(project, operation):
    """The balances of ``operation``, one per dimension (mass, energy, other units).

    A unit the app does not know gives no balance; the caller says so.
    """
    try:
        return balances(project.balance_flows, operation)
    except units.UnitError:
        return None


def sankey_flows(project, operation, unit):
    """The flows of ``operation`` that are balanced in ``unit``, with the closure error.

    Inputs are positive; products, by-products, wastes, emissions and a stock increase are
    negative; what is left (inputs − outputs − stock change) is one more flow, ``closure``.
    """
    found = []
    total = 0.0
    for flow in project.balance_flows:
        if flow.operation != operation:
            continue
        try:
            factor = units.factor(flow.unit, unit)
        except units.UnitError:
            continue
        quantity = flow.quantity * factor
        value = quantity if flow.kind == FlowKind.INPUT else -quantity
        found.append(SankeyFlow(flow.name, flow.kind.value, value, unit, flow.measurement.value))
        total += value
    if found and abs(total) > 1e-9 * max(abs(f.value) for f in found):
        found.append(SankeyFlow("", "closure", -total, unit, ""))
    return found


def sankey_rows(project, operation, unit):
    """The diagram's data as rows for a CSV file (header first)."""
    name = next((op.name for op in project.operations if op.code == operation), "")
    rows = [
        [
            "operation",
            "operation_name",
            "flow",
            "kind",
            "measurement",
            "direction",
            "quantity",
            "unit",
        ]
    ]
    for flow in sankey_flows(project, operation, unit):
        direction = "in" if flow.value > 0 else "out"
        rows.append(
            [
                operation,
                name,
                flow.name,
                flow.kind,
                flow.measurement,
                direction,
                repr(abs(flow.value)),
                unit,
            ]
        )
    return rows


class SankeyChart(_Canvas):
    """One unit operation's balance in one dimension as the report draws it (matplotlib's own
    Sankey, :func:`cpaudit.report.charts.draw_sankey`): inputs in from the left, the main products
    out to the right, by-products and what is unaccounted up, wastes down, the labels inside the
    figure and beside the arrows; redrawn at each new size, which the labels' room depends on."""

    def __init__(self, parent=None):
        super().__init__(parent, size=(5.4, 4.0))
        self.figure.set_layout_engine("none")  # the diagram places itself in the whole figure
        self.flows = []
        self._shown = None  # the arguments of the last show_balance, to redraw at a new size

    def show_balance(self, project, operation, unit, lang):
        self._shown = (project, operation, unit, lang)
        self.figure.clear()
        self.message = ""
        self.flows = sankey_flows(project, operation, unit) if operation and unit else []
        drawn = [f for f in self.flows if math.isfinite(f.value) and f.value != 0.0]
        measured_in = sum(f.value for f in drawn if f.value > 0 and f.kind != "closure")
        undefined = any(not math.isfinite(f.value) for f in self.flows)
        if not drawn or measured_in <= 0 or undefined:
            detail = ""
            if drawn:
                detail = QCoreApplication.translate(
                    "task_charts", "The inputs are zero, so the balance cannot be drawn."
                )
            self._no_data(self.figure.add_subplot(), detail)
        elif not self._draw(_report_flows(project, operation, unit), unit, _labels(lang)):
            self._no_data(
                self.figure.add_subplot(),
                QCoreApplication.translate(
                    "task_charts", "These flows cannot be drawn as a diagram."
                ),
            )
        self.draw_idle()

    def _draw(self, flows, unit, labels):
        """The diagram with the largest labels that keep clear of each other and leave the
        arrows a third of the panel's width or height (the labels keep their size when the panel
        shrinks, the arrows do not); False where it cannot be drawn."""
        for points in _SANKEY_POINTS:
            if not draw_sankey(self.figure, flows, unit, labels, points):
                return False
            patch, texts = self.diagram()
            renderer = self.get_renderer()
            arrows, panel = patch.get_window_extent(renderer), self.figure.bbox
            large = arrows.width >= panel.width / 3 or arrows.height >= panel.height / 3
            if large and not _overlapping(texts, renderer):
                break
        return True

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self._shown is not None and not self.message:
            self.show_balance(*self._shown)

    def diagram(self):
        """The drawn diagram's patch (all its arrows) and its labels; None and [] for none."""
        axes = self.figure.axes[0] if self.figure.axes else None
        if axes is None or not axes.patches:
            return None, []
        return axes.patches[0], [t for t in axes.texts if t.get_text()]


def _overlapping(texts, renderer):
    boxes = [text.get_window_extent(renderer) for text in texts]
    return any(box.overlaps(other) for n, box in enumerate(boxes) for other in boxes[n + 1 :])


def _report_flows(project, operation, unit):
    """The report's arrows of the balance (cpaudit.report.charts.SankeyFlow), unnumbered: the
    window has no key table."""
    arrows = balance_sankey_flows(
        [
            (f.name, f.kind, f.quantity, f.unit)
            for f in project.balance_flows
            if f.operation == operation
        ],
        unit,
        QCoreApplication.translate("task_charts", "Unaccounted (closure error)"),
        QCoreApplication.translate("task_charts", "Outputs exceeding inputs (closure error)"),
    )
    return [dataclasses.replace(arrow, key=0) for arrow in arrows]


def _labels(lang):
    return Labels(Texts(lang if lang in LANGUAGES else "en"), "")
