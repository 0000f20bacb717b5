"""Charts for the report, drawn on :class:`matplotlib.figure.Figure` (never pyplot, pitfall 10).

Each figure is made at the size it is printed (the body width), so its PNG keeps the full
:data:`PNG_DPI` on paper; the window draws the same Sankey diagram into its own figure
(:func:`draw_sankey`). A user's text reaches a chart only as a flow name of the Sankey
diagram, in two lines at most (a longer name shortened) and with mathtext switched off, so
``$x^2$`` is drawn as typed; every name is in full in the table of flows, keyed by number, and
no label runs off the figure.
"""

from __future__ import annotations

import io
import logging
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.sankey import Sankey
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import Bbox

from cpaudit.audit import units
from cpaudit.audit.analysis import Judgement
from cpaudit.audit.model import FlowKind
from cpaudit.audit.results import Figure as Value
from cpaudit.audit.results import NotDefined
from cpaudit.report.labels import Labels

log = logging.getLogger(__name__)

PNG_DPI = 200
POINTS_PER_INCH = 72.0

_COLOURS = {
    Judgement.BELOW: "#d98c1f",
    Judgement.WITHIN: "#2e8b57",
    Judgement.BEYOND: "#2f6db5",
    Judgement.OUT_OF_SCOPE: "#9a9a9a",
    Judgement.NOT_DEFINED: "#9a9a9a",
}
_BAND_COLOUR = "#cfe8d6"
_SANKEY_COLOUR = "#9ec5e8"
# Fixed here so a user's matplotlibrc cannot change the report's look or font, and so no text
# is read as mathtext.
_RC = {
    "font.family": "DejaVu Sans",
    "font.size": 8,
    "axes.unicode_minus": True,
    "text.parse_math": False,
    "text.usetex": False,
}
# The Sankey label of a flow shows its name in lines of at most this many characters, and at
# most this many lines; a longer name is shortened there, and the key table has it all.
SANKEY_LINE_CHARS = 28
SANKEY_NAME_LINES = 2
# At most this many flows of each side are drawn; the smaller ones are drawn as one.
SANKEY_MAX_FLOWS = 7
# Where an output of each kind leaves the diagram (SankeyFlow.side)
_OUTPUT_SIDE = {
    FlowKind.PRODUCT: 0,
    FlowKind.BY_PRODUCT: 1,
    FlowKind.WASTE: -1,
    FlowKind.EMISSION: -1,
    FlowKind.STOCK_CHANGE: -1,
}


@dataclass(frozen=True)
class ClassBar:
    name: str  # a catalogue word: the resource class
    saving_pct: Value
    judgement: Judgement


def class_saving_figure(
    bars: Sequence[ClassBar],
    band: tuple[float, float],
    labels: Labels,
    width_pt: float,
) -> Figure:
    """One horizontal bar per resource class: its saving [%] against the scheme's band (shaded).

    A class outside the scheme's scope is drawn grey; a class whose saving is not defined has no
    bar and says "n/a".
    """
    with matplotlib.rc_context(_RC):
        return _class_saving_figure(bars, band, labels, width_pt / POINTS_PER_INCH)


def _class_saving_figure(
    bars: Sequence[ClassBar], band: tuple[float, float], labels: Labels, width_in: float
) -> Figure:
    t = labels.t
    height_in = 1.2 + 0.42 * max(len(bars), 1)
    figure = Figure(figsize=(width_in, height_in), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()

    low_band, high_band = band
    values = [0.0 if isinstance(b.saving_pct, NotDefined) else b.saving_pct for b in bars]
    positions = list(range(len(bars)))[::-1]  # first class on top

    axes.axvspan(low_band, high_band, color=_BAND_COLOUR, zorder=0)
    axes.axvline(0.0, color="#444444", linewidth=0.8, zorder=1)
    axes.barh(positions, values, height=0.55, color=[_COLOURS[b.judgement] for b in bars], zorder=2)

    low = min([0.0, *values])
    high = max([high_band, *values])
    span = (high - low) or 1.0
    axes.set_xlim(low - 0.05 * span - (0.35 * span if low < 0 else 0.0), high + 0.45 * span)
    for y, value, bar in zip(positions, values, bars, strict=True):
        if isinstance(bar.saving_pct, NotDefined):
            text = t("chart_na")
        else:
            text = f"{labels.number(bar.saving_pct, 2)} %"
        if bar.judgement == Judgement.OUT_OF_SCOPE:
            text = f"{text} · {t('chart_out_of_scope')}"
        anchor = "right" if value < 0 else "left"
        offset = -0.02 * span if value < 0 else 0.02 * span
        axes.text(value + offset, y, text, va="center", ha=anchor, fontsize=8, zorder=3)

    axes.set_yticks(positions, [b.name for b in bars])
    axes.set_xlabel(t("chart_xlabel"), fontsize=8)
    axes.tick_params(labelsize=8)
    # whole-number ticks (1, 2, 5, 10 ... steps) so "0 decimals" never rounds a tick
    axes.xaxis.set_major_locator(MaxNLocator(nbins=8, steps=[1, 2, 5, 10], integer=True))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: labels.number(x, 0)))
    axes.set_ylim(-0.7, len(bars) - 0.3)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    legend = t("chart_band", band=labels.band(low_band, high_band))
    axes.legend(
        handles=[Patch(color=_BAND_COLOUR, label=legend)],
        loc="lower right",
        bbox_to_anchor=(1.0, 1.0),
        fontsize=7,
        frameon=False,
        borderaxespad=0.2,
    )
    return figure


@dataclass(frozen=True)
class SankeyFlow:
    key: int  # the number the key table shows the flow under
    name: str  # the user's name of the flow
    quantity: float  # in the balance's unit; positive
    incoming: bool
    side: int  # 0 horizontal (main product), 1 up (by-products, closure), -1 down (losses)


def label_lines(name: str) -> list[str]:
    """A flow's name in lines for its Sankey label: whole where it takes at most
    :data:`SANKEY_NAME_LINES` lines, else its first lines ending in "…"."""
    lines = textwrap.wrap(" ".join(name.split()), SANKEY_LINE_CHARS) or [""]
    if len(lines) <= SANKEY_NAME_LINES:
        return lines
    kept = lines[:SANKEY_NAME_LINES]
    kept[-1] = kept[-1][: SANKEY_LINE_CHARS - 1].rstrip() + "…"
    return kept


def balance_sankey_flows(
    flows: Iterable[tuple[str, FlowKind, float, str]], unit: str, unaccounted: str, excess: str
) -> list[SankeyFlow]:
    """The arrows of one balance in ``unit`` from an operation's flows, given as (name, kind,
    quantity, unit) and keyed by their place in ``flows`` from 1; a flow in a unit that does not
    convert to ``unit`` keeps its number and is left out.

    Inputs and a fall of stock come in; products, by-products, wastes, emissions and a rise of
    stock go out. What the balance leaves over (inputs − outputs − stock change) is one more
    arrow named ``unaccounted`` going out, or ``excess`` coming in where the outputs exceed the
    inputs.
    """
    arrows: list[SankeyFlow] = []
    inputs = outputs = stock_change = 0.0
    for number, (name, kind, quantity, flow_unit) in enumerate(flows, start=1):
        try:
            quantity = quantity * units.factor(flow_unit, unit)
        except units.UnitError:
            continue
        kind = FlowKind(kind)
        if kind == FlowKind.INPUT:
            inputs += quantity
            arrows.append(SankeyFlow(number, name, quantity, True, 0))
        elif kind == FlowKind.STOCK_CHANGE and quantity < 0:
            stock_change += quantity
            arrows.append(SankeyFlow(number, name, -quantity, True, 0))
        else:
            if kind == FlowKind.STOCK_CHANGE:
                stock_change += quantity
            else:
                outputs += quantity
            arrows.append(SankeyFlow(number, name, quantity, False, _OUTPUT_SIDE[kind]))
    residual = inputs - outputs - stock_change
    if inputs and abs(residual) > 1e-6 * abs(inputs):
        name = unaccounted if residual > 0 else excess
        arrows.append(SankeyFlow(0, name, abs(residual), residual < 0, 1))
    return arrows


def sankey_figure(
    flows: Sequence[SankeyFlow], unit: str, labels: Labels, width_pt: float
) -> Figure | None:
    """The Sankey diagram of one balance (matplotlib's own :class:`~matplotlib.sankey.Sankey`).

    Inputs come in from the left, the main products leave to the right, by-products and the
    closure difference go up, wastes, emissions and stock changes go down. Each arrow is labelled
    with its key number, its name (in two lines at most, else shortened) and its quantity; the
    labels lie inside the figure, whose height follows the diagram. None where nothing can be
    drawn.
    """
    drawn = _grouped(flows, labels.t("sankey_other"))
    if not _drawable(drawn):
        return None
    with matplotlib.rc_context(_RC):
        figure = Figure(figsize=(width_pt / POINTS_PER_INCH, 3.0))
        FigureCanvasAgg(figure)
        try:
            _sankey_figure(figure, drawn, unit, labels, fit_height=True)
        except (ValueError, RuntimeError) as e:  # a geometry matplotlib cannot draw
            log.debug("Sankey diagram not drawn: %s", e)
            return None
    return figure


def draw_sankey(
    figure: Figure, flows: Sequence[SankeyFlow], unit: str, labels: Labels, fontsize: float = 7
) -> bool:
    """The Sankey diagram of :func:`sankey_figure` drawn into ``figure`` (cleared first, and
    given a canvas), which keeps its size: the diagram fills it as far as its shape allows, and
    the labels, of ``fontsize`` points, lie inside it. False, with the figure left empty, where
    nothing can be drawn."""
    figure.clear()
    drawn = _grouped(flows, labels.t("sankey_other"))
    if not _drawable(drawn):
        return False
    with matplotlib.rc_context(_RC):
        try:
            _sankey_figure(figure, drawn, unit, labels, fit_height=False, fontsize=fontsize)
        except (ValueError, RuntimeError) as e:  # a geometry matplotlib cannot draw
            log.debug("Sankey diagram not drawn: %s", e)
            figure.clear()
            return False
    return True


def _drawable(flows: Sequence[SankeyFlow]) -> bool:
    return any(f.incoming for f in flows) and any(not f.incoming for f in flows)


def _grouped(flows: Sequence[SankeyFlow], other: str) -> list[SankeyFlow]:
    """The largest flows of each side; the rest added into one "other" flow."""
    kept: list[SankeyFlow] = []
    for incoming in (True, False):
        side = sorted(
            (f for f in flows if f.incoming == incoming and f.quantity > 0),
            key=lambda f: -f.quantity,
        )
        if len(side) > SANKEY_MAX_FLOWS:
            rest = side[SANKEY_MAX_FLOWS - 1 :]
            side = side[: SANKEY_MAX_FLOWS - 1]
            side.append(
                SankeyFlow(0, f"{other} ({len(rest)})", sum(f.quantity for f in rest), incoming, -1)
            )
        kept += side
    return kept


def _sankey_figure(
    figure: Figure,
    flows: list[SankeyFlow],
    unit: str,
    labels: Labels,
    fit_height: bool,
    fontsize: float = 7,
) -> None:
    """The diagram drawn into ``figure``; with ``fit_height`` the figure's height is set to
    suit the diagram at the figure's width, else its size is kept."""
    total_in = sum(f.quantity for f in flows if f.incoming)
    total_out = sum(f.quantity for f in flows if not f.incoming)
    scale = 1.0 / max(total_in, total_out)
    # inputs all from the left: up and down arrows carry outputs only
    orientations = [0 if f.incoming else f.side for f in flows]
    values = [f.quantity if f.incoming else -f.quantity for f in flows]
    # Side arrows are staggered so that each label, written to the right of its arrow's tip,
    # clears its neighbours: matplotlib places down arrows right to left and up arrows left to
    # right, so down arrows grow longer and up arrows shorter along the list.
    ups = orientations.count(1)
    lengths = []
    down = up = 0
    for orientation in orientations:
        if orientation == -1:
            lengths.append(0.25 + 0.42 * (down % 3))
            down += 1
        elif orientation == 1:
            lengths.append(0.25 + 0.42 * ((ups - 1 - up) % 3))
            up += 1
        else:
            lengths.append(0.35)
    texts = [_flow_label(f, unit, labels) for f in flows]

    axes = figure.add_axes((0.01, 0.01, 0.98, 0.98))
    axes.axis("off")
    sankey = Sankey(
        ax=axes, scale=scale, unit=None, gap=0.45, margin=0.25, offset=0.15, head_angle=110
    )
    sankey.add(
        flows=values,
        orientations=orientations,
        labels=[""] * len(flows),
        pathlengths=lengths,
        trunklength=1.6,
        facecolor=_SANKEY_COLOUR,
        edgecolor="#3b6e99",
        linewidth=0.6,
    )
    diagram = sankey.finish()[0]
    extents = diagram.patch.get_path().get_extents()
    drawn_texts = []
    for (x, y), orientation, f, text in zip(diagram.tips, orientations, flows, texts, strict=True):
        if orientation == 0 and f.incoming:
            # left of the tails' outer corners: a tall label beside a notched tail would
            # otherwise reach into the arrow
            left = min(x, extents.x0)
            drawn = axes.text(left - 0.08, y, text, ha="right", va="center", fontsize=fontsize)
        elif orientation == 0:
            drawn = axes.text(x + 0.08, y, text, ha="left", va="center", fontsize=fontsize)
        elif orientation == -1:
            drawn = axes.text(x + 0.06, y, text, ha="left", va="top", fontsize=fontsize)
        else:
            drawn = axes.text(x + 0.06, y, text, ha="left", va="bottom", fontsize=fontsize)
        drawn_texts.append(drawn)
    xs = [x for x, _y in diagram.tips] + [extents.x0, extents.x1]
    ys = [y for _x, y in diagram.tips] + [extents.y0, extents.y1]
    # room for the labels beside the left and right arrows, above and under the others
    limits = (min(xs) - 1.5, max(xs) + 1.5, min(ys) - 0.45, max(ys) + 0.45)
    axes.set_aspect("equal", adjustable="box")
    _set_limits(figure, axes, limits, fit_height)
    # a figure of a given size: the arrows and their labels fill it as far as their shape allows
    _fit_labels(figure, axes, drawn_texts, fit_height, None if fit_height else extents)


def _set_limits(
    figure: Figure, axes, limits: tuple[float, float, float, float], fit_height: bool
) -> None:
    """The axes' limits, and with ``fit_height`` the figure's height to suit them at its
    width."""
    xmin, xmax, ymin, ymax = limits
    if fit_height:
        width_in = figure.get_size_inches()[0]
        height_in = min(max(width_in * (ymax - ymin) / (xmax - xmin), 1.6), 4.5)
        figure.set_size_inches(width_in, height_in)
    axes.set_xlim(xmin, xmax)
    axes.set_ylim(ymin, ymax)


def _fit_labels(
    figure: Figure, axes, texts: list, fit_height: bool, diagram: Bbox | None = None
) -> None:
    """Place the labels so that none runs off the figure's edge and none covers its neighbour
    (see :func:`_place`): the limits widen until every label lies inside the figure (a long
    label beside the outermost arrow needs more room than the fixed margin). Where ``diagram``
    (the arrows' extents in data) is given, the limits first close in on the arrows and their
    labels."""
    renderer = figure.canvas.get_renderer()
    tips = {text: text.get_position() for text in texts}
    columns = [
        [text for text in texts if text.get_ha() == side and text.get_va() == "center"]
        for side in ("right", "left")
    ]
    # under the down arrows' tips and over the up arrows'
    columns += [[text for text in texts if text.get_va() == va] for va in ("top", "bottom")]
    if diagram is not None:
        _close_in(figure, axes, texts, columns, tips, diagram, renderer)
    for _attempt in range(6):
        axes.apply_aspect()
        _place(columns, tips, axes, renderer)
        boxes = [text.get_window_extent(renderer) for text in texts]
        page = figure.bbox
        pad = 0.03 * figure.dpi  # [px] a little air between a label and the edge
        left = min(b.x0 for b in boxes) - pad
        right = max(b.x1 for b in boxes) + pad
        bottom = min(b.y0 for b in boxes) - pad
        top = max(b.y1 for b in boxes) + pad
        if left >= page.x0 and right <= page.x1 and bottom >= page.y0 and top <= page.y1:
            return
        to_data = axes.transData.inverted()
        (x0, y0), (x1, y1) = to_data.transform([(left, bottom), (right, top)])
        xmin, xmax = axes.get_xlim()
        ymin, ymax = axes.get_ylim()
        _set_limits(
            figure, axes, (min(xmin, x0), max(xmax, x1), min(ymin, y0), max(ymax, y1)), fit_height
        )
    log.debug("Sankey labels still reach past the figure after widening its limits")


def _close_in(
    figure: Figure, axes, texts: list, columns: list, tips: dict, diagram: Bbox, renderer
) -> None:
    """Limits round the arrows and their labels with a little air and no more. The labels keep
    their size in points while the arrows scale with the limits, so this is repeated until the
    limits settle; the last steps may leave a label just past the edge, which the widening in
    :func:`_fit_labels` then takes in."""
    for _attempt in range(10):
        axes.apply_aspect()
        _place(columns, tips, axes, renderer)
        boxes = [text.get_window_extent(renderer) for text in texts]
        content = Bbox.union([diagram.transformed(axes.transData), *boxes])
        pad = 0.05 * figure.dpi  # [px]
        to_data = axes.transData.inverted()
        (x0, y0), (x1, y1) = to_data.transform(
            [(content.x0 - pad, content.y0 - pad), (content.x1 + pad, content.y1 + pad)]
        )
        (xmin, xmax), (ymin, ymax) = axes.get_xlim(), axes.get_ylim()
        axes.set_xlim(x0, x1)
        axes.set_ylim(y0, y1)
        moved = max(abs(x0 - xmin), abs(x1 - xmax), abs(y0 - ymin), abs(y1 - ymax))
        if moved < 1e-3 * max(x1 - x0, y1 - y0):
            return


def _place(columns: list, tips: dict, axes, renderer) -> None:
    """The labels stacked beside the left (inputs) and right (products) arrows move apart in
    their order; a label under a down arrow's tip moves down, and one over an up arrow's tip
    up, just clear of a neighbour's it would cover (the side arrows are staggered for labels of
    the printed size; a smaller diagram leaves them less room)."""
    right, left, under, over = columns
    _spread(right, tips, axes, renderer)
    _spread(left, tips, axes, renderer)
    _clear(under, tips, axes, renderer, downwards=True)
    _clear(over, tips, axes, renderer, downwards=False)


def _clear(labels: list, tips: dict, axes, renderer, downwards: bool) -> None:
    """Labels from their tips, the one nearest the trunk first: each that covers one placed
    before it moves away from the trunk until it covers none."""
    gap = 2.0  # [px]
    to_data = axes.transData.inverted()
    placed: list = []
    for text in sorted(labels, key=lambda t: -tips[t][1] if downwards else tips[t][1]):
        text.set_position(tips[text])
        box = text.get_window_extent(renderer)
        for _other in range(len(placed)):
            covered = [other for other in placed if box.overlaps(other)]
            if not covered:
                break
            if downwards:
                shift = box.y1 - (min(other.y0 for other in covered) - gap)
            else:
                shift = -(max(other.y1 for other in covered) + gap - box.y0)
            x_px, y_px = axes.transData.transform(text.get_position())
            text.set_position(tuple(to_data.transform((x_px, y_px - shift))))
            box = text.get_window_extent(renderer)
        placed.append(box)


def _spread(column: list, tips: dict, axes, renderer) -> None:
    """Labels one above the other, from their arrows' tips downwards, moved down just enough
    that none overlaps the one above it."""
    gap = 2.0  # [px]
    to_data = axes.transData.inverted()
    above = None
    for text in sorted(column, key=lambda t: -tips[t][1]):
        text.set_position(tips[text])
        box = text.get_window_extent(renderer)
        if above is not None and box.y1 > above.y0 - gap:
            shift = box.y1 - (above.y0 - gap)
            x_px, y_px = axes.transData.transform(tips[text])
            text.set_position(tuple(to_data.transform((x_px, y_px - shift))))
            box = text.get_window_extent(renderer)
        above = box


def _flow_label(flow: SankeyFlow, unit: str, labels: Labels) -> str:
    amount = labels.number(flow.quantity, 0 if flow.quantity >= 100 else 2)
    prefix = f"{flow.key} · " if flow.key else ""
    name = "\n".join(label_lines(flow.name))
    return f"{prefix}{name}\n{amount} {labels.unit(unit)}"


def figure_png(figure: Figure, dpi: int = PNG_DPI, tight: bool = False) -> bytes:
    """The figure as PNG bytes at ``dpi``; ``tight`` crops it to what is drawn."""
    buffer = io.BytesIO()
    if tight:
        figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", pad_inches=0.04)
    else:
        figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def figure_size_pt(figure: Figure) -> tuple[float, float]:
    width_in, height_in = figure.get_size_inches()
    return width_in * POINTS_PER_INCH, height_in * POINTS_PER_INCH
