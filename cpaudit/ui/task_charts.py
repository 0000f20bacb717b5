"""The flow chart of the audit focus (T4) and the Sankey diagram of a balance (T5).

Both are matplotlib Figures on a Qt canvas (never pyplot), drawn from the project's data each time
it changes; an empty, zero or undefined series shows "No data" instead of failing. User text is
drawn with ``parse_math=False`` so a ``$`` in a name is not read as mathematics.
"""

import math
import textwrap
from dataclasses import dataclass

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, PathPatch, Rectangle
from matplotlib.path import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSizePolicy

from cpaudit.audit import units
from cpaudit.audit.method import balances
from cpaudit.audit.model import FlowKind
from cpaudit.audit.results import NotDefined
from cpaudit.ui import labels
from cpaudit.ui.cells import number_text

OUTPUT_KINDS = (FlowKind.PRODUCT, FlowKind.BY_PRODUCT, FlowKind.WASTE, FlowKind.EMISSION)
FLOW_COLOURS = {
    FlowKind.INPUT: "#1565c0",
    FlowKind.PRODUCT: "#2e7d32",
    FlowKind.BY_PRODUCT: "#6a1b9a",
    FlowKind.WASTE: "#c62828",
    FlowKind.EMISSION: "#8d6e63",
    FlowKind.STOCK_CHANGE: "#757575",
}
CLOSURE_COLOUR = "#9e9e9e"  # what the balance leaves unaccounted
BOX_COLOUR = "#e3f2fd"
GREY = "#616161"


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
    """One arrow of the diagram: positive in, negative out, in the balance's common unit."""

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


@dataclass
class SankeyBand:
    """One drawn flow of the diagram: its shape and its label, for tests and the user."""

    name: str
    kind: str
    value: float
    colour: str
    patch: object = None
    label: object = None


# the diagram in axes fractions: input labels | input bands | the operation | outputs | labels
_IN_LABEL_X, _IN_START, _NODE_LEFT, _NODE_RIGHT, _OUT_END, _OUT_LABEL_X = (
    0.25,
    0.27,
    0.47,
    0.51,
    0.71,
    0.75,
)
_BOTTOM = 0.02
_GAP = 0.03  # between two bands' outer ends
_ARROW = 0.025
_LABEL_POINTS = 8.0
_LABEL_STYLES = ((8.0, 3), (8.0, 2), (7.0, 2), (7.0, 1))  # (points, lines), the first that fits


class SankeyChart(_Canvas):
    """One unit operation's balance in one dimension: inputs flow in from the left, products,
    wastes and the rest leave to the right, each band as wide as its share and coloured by its
    kind as in the flow chart (T4), the labels beside the bands."""

    def __init__(self, parent=None):
        super().__init__(parent, size=(5.4, 4.0))
        self.figure.set_layout_engine("none")  # the diagram places itself in the whole figure
        self.flows = []
        self.bands = []  # SankeyBand, inputs first, then outputs, as drawn
        self.node = None
        self._shown = None  # the arguments of the last show_balance, to redraw at a new size
        self._top = 1.0  # the top of the bands, below the title

    def show_balance(self, project, operation, unit, lang):
        self._shown = (project, operation, unit, lang)
        self.figure.clear()
        axes = self.figure.add_axes((0, 0, 1, 1))
        self.message = ""
        self.bands, self.node = [], None
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
            self._no_data(axes, detail)
        else:
            name = next((op.name for op in project.operations if op.code == operation), "")
            self._draw(axes, drawn, operation, name, lang)
        self.draw_idle()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self._shown is not None and self.bands:
            self.show_balance(*self._shown)  # the labels' room depends on the size

    def _draw(self, axes, flows, operation, name, lang):
        axes.set_axis_off()
        axes.set_xlim(0, 1)
        axes.set_ylim(0, 1)
        inputs = sorted((f for f in flows if f.value > 0), key=lambda f: -f.value)
        outputs = sorted((f for f in flows if f.value < 0), key=lambda f: f.value)
        outputs.sort(key=lambda f: f.kind == "closure")  # what is unaccounted last
        total = max(sum(f.value for f in inputs), -sum(f.value for f in outputs))
        top = 1.0 - 0.03 - 1.3 * self._line_height(_LABEL_POINTS + 0.5)  # below the title
        self._top = top
        for points, lines in _LABEL_STYLES:
            texts = {id(f): self._label(f, lang, lines) for f in flows}
            scale = self._scale(inputs, outputs, total, texts, points)
            if scale >= 0.25 * (top - _BOTTOM) / total:
                break  # the bands keep most of their height with labels of this size
        node_height = scale * total
        node_bottom = (top + _BOTTOM - node_height) / 2
        self.node = axes.add_patch(
            Rectangle(
                (_NODE_LEFT, node_bottom),
                _NODE_RIGHT - _NODE_LEFT,
                node_height,
                facecolor=BOX_COLOUR,
                edgecolor=FLOW_COLOURS[FlowKind.INPUT],
                linewidth=1.0,
            )
        )
        title = f"{operation} – {name}" if name else operation
        axes.text(
            0.5,
            0.985,
            _short(title, 70),
            ha="center",
            va="top",
            fontsize=_LABEL_POINTS + 0.5,
            fontweight="bold",
            parse_math=False,
        )
        for incoming, items in ((True, inputs), (False, outputs)):
            ends = self._ends(items, scale, texts, points)
            at_node = node_bottom + node_height
            for flow, end in zip(items, ends, strict=True):
                node_top = at_node
                at_node -= scale * abs(flow.value)
                self._band(axes, flow, incoming, end, (node_top, at_node), texts, points)

    def _line_height(self, points):
        """One line of text of ``points`` as a fraction of the axes' height."""
        height_points = self.figure.get_size_inches()[1] * 72
        return points * 1.25 / max(height_points, 1.0)

    def _room(self, flow, texts, points):
        return (texts[id(flow)].count("\n") + 1) * self._line_height(points) + 0.008

    def _scale(self, inputs, outputs, total, texts, points):
        """Height per unit of flow: as large as lets each side's bands, each with room for its
        label and a gap between them, fit between the top and the bottom."""
        available = self._top - _BOTTOM

        def fits(scale):
            for items in (inputs, outputs):
                gaps = _GAP * (len(items) - 1)
                rooms = (max(scale * abs(f.value), self._room(f, texts, points)) for f in items)
                if gaps + sum(rooms) > available:
                    return False
            return True

        low, high = 0.0, available / total
        if fits(high):
            return high
        if not fits(low):  # too many labels for the height: they will be tight
            return 0.0
        for _ in range(30):
            middle = (low + high) / 2
            low, high = (middle, high) if fits(middle) else (low, middle)
        return low

    def _ends(self, items, scale, texts, points):
        """(top, bottom) of each band's outer end: stacked top to bottom, centred, with room
        for each label."""
        slots = [max(scale * abs(f.value), self._room(f, texts, points)) for f in items]
        height = sum(slots) + _GAP * (len(items) - 1)
        top = (self._top + _BOTTOM + height) / 2
        ends = []
        for flow, slot in zip(items, slots, strict=True):
            thickness = scale * abs(flow.value)
            middle = top - slot / 2
            ends.append((middle + thickness / 2, middle - thickness / 2))
            top -= slot + _GAP
        return ends

    def _band(self, axes, flow, incoming, end, at_node, texts, points):
        colour = CLOSURE_COLOUR if flow.kind == "closure" else FLOW_COLOURS.get(flow.kind, GREY)
        (end_top, end_bottom), (node_top, node_bottom) = end, at_node
        if incoming:
            x0, x1 = _IN_START, _NODE_LEFT
            y0_top, y0_bottom, y1_top, y1_bottom = end_top, end_bottom, node_top, node_bottom
        else:
            x0, x1 = _NODE_RIGHT, _OUT_END
            y0_top, y0_bottom, y1_top, y1_bottom = node_top, node_bottom, end_top, end_bottom
        middle = (x0 + x1) / 2
        vertices = [
            (x0, y0_top),
            (middle, y0_top),
            (middle, y1_top),
            (x1, y1_top),
        ]
        codes = [Path.MOVETO, Path.CURVE4, Path.CURVE4, Path.CURVE4]
        if not incoming:  # an arrow head at the outer end
            vertices.append((x1 + _ARROW, (y1_top + y1_bottom) / 2))
            codes.append(Path.LINETO)
        vertices += [(x1, y1_bottom), (middle, y1_bottom), (middle, y0_bottom), (x0, y0_bottom)]
        codes += [Path.LINETO, Path.CURVE4, Path.CURVE4, Path.CURVE4]
        vertices.append((x0, y0_top))
        codes.append(Path.CLOSEPOLY)
        patch = axes.add_patch(
            PathPatch(
                Path(vertices, codes),
                facecolor=to_rgba(colour, 0.45),
                edgecolor=colour,
                linewidth=0.8,
                hatch="///" if flow.kind == "closure" else None,
            )
        )
        middle_y = (end_top + end_bottom) / 2
        label = axes.text(
            _IN_LABEL_X if incoming else _OUT_LABEL_X,
            middle_y,
            texts[id(flow)],
            ha="right" if incoming else "left",
            va="center",
            fontsize=points,
            color=_darker(colour),
            parse_math=False,
        )
        self.bands.append(SankeyBand(flow.name, flow.kind, flow.value, colour, patch, label))

    @staticmethod
    def _label(flow, lang, lines=3):
        """The flow's name and quantity on ``lines`` lines (3: the name on two)."""
        value = number_text(abs(flow.value), lang, _decimals(abs(flow.value)))
        quantity = f"{value} {labels.unit_label(flow.unit)}"
        if flow.kind == "closure":
            name = QCoreApplication.translate("task_charts", "Unaccounted (closure error)")
        else:
            name = flow.name
        if lines == 1:
            return f"{_short(name, 22)}: {quantity}"
        return f"{_wrapped(name, 18, lines - 1)}\n{quantity}"


def _darker(colour):
    red, green, blue, _alpha = to_rgba(colour)
    return (red * 0.8, green * 0.8, blue * 0.8)


def _decimals(value):
    if value == 0 or isinstance(value, NotDefined):
        return 0
    return 0 if value >= 100 else (1 if value >= 10 else 2)
