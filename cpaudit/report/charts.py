"""Charts for the report, drawn on :class:`matplotlib.figure.Figure` (never pyplot, pitfall 10).

Charts carry no user text (only catalogue words and numbers), so nothing a user types can reach
matplotlib's mathtext parser.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from cpaudit.audit.analysis import ClassResult, Judgement
from cpaudit.audit.reference import TargetScheme
from cpaudit.audit.results import NotDefined
from cpaudit.report.labels import Labels

PNG_DPI = 200

_COLOURS = {
    Judgement.BELOW: "#d98c1f",
    Judgement.WITHIN: "#2e8b57",
    Judgement.BEYOND: "#2f6db5",
    Judgement.OUT_OF_SCOPE: "#9a9a9a",
    Judgement.NOT_DEFINED: "#9a9a9a",
}
_BAND_COLOUR = "#cfe8d6"
# Fixed here so a user's matplotlibrc cannot change the report's look or font.
_RC = {"font.family": "DejaVu Sans", "font.size": 8, "axes.unicode_minus": True}


def class_saving_figure(
    classes: Sequence[ClassResult], scheme: TargetScheme, labels: Labels, width_in: float = 6.3
) -> Figure:
    """One horizontal bar per resource class: its saving [%] against the scheme's band (shaded).

    A class outside the scheme's scope is drawn grey; a class whose saving is not defined has no
    bar and says "n/a".
    """
    with matplotlib.rc_context(_RC):
        return _class_saving_figure(classes, scheme, labels, width_in)


def _class_saving_figure(
    classes: Sequence[ClassResult], scheme: TargetScheme, labels: Labels, width_in: float
) -> Figure:
    t = labels.t
    height_in = 1.3 + 0.45 * max(len(classes), 1)
    figure = Figure(figsize=(width_in, height_in), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()

    names = [labels.resource_class(c.resource_class) for c in classes]
    values = [0.0 if isinstance(c.saving, NotDefined) else c.saving * 100.0 for c in classes]
    positions = list(range(len(classes)))[::-1]  # first class on top

    axes.axvspan(scheme.min_pct, scheme.max_pct, color=_BAND_COLOUR, zorder=0)
    axes.axvline(0.0, color="#444444", linewidth=0.8, zorder=1)
    colours = [_COLOURS[c.judgement] for c in classes]
    axes.barh(positions, values, height=0.55, color=colours, zorder=2)

    low = min([0.0, *values])
    high = max([scheme.max_pct, *values])
    span = (high - low) or 1.0
    axes.set_xlim(low - 0.05 * span - (0.3 * span if low < 0 else 0.0), high + 0.3 * span)
    for y, value, result in zip(positions, values, classes, strict=True):
        if isinstance(result.saving, NotDefined):
            text = t("chart_na")
        else:
            text = labels.percent(result.saving)
        if result.judgement == Judgement.OUT_OF_SCOPE:
            text = f"{text} · {t('chart_out_of_scope')}"
        anchor = "right" if value < 0 else "left"
        offset = -0.02 * span if value < 0 else 0.02 * span
        axes.text(value + offset, y, text, va="center", ha=anchor, fontsize=8, zorder=3)

    axes.set_yticks(positions, names)
    axes.set_xlabel(t("chart_xlabel"), fontsize=8)
    axes.tick_params(labelsize=8)
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: labels.number(x, 0)))
    axes.set_ylim(-0.7, len(classes) - 0.3)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    band = t("chart_band", band=labels.band(scheme.min_pct, scheme.max_pct))
    axes.legend(
        handles=[Patch(color=_BAND_COLOUR, label=band)],
        loc="lower right",
        bbox_to_anchor=(1.0, 1.0),
        fontsize=7,
        frameon=False,
        borderaxespad=0.2,
    )
    return figure


def figure_png(figure: Figure, dpi: int = PNG_DPI) -> bytes:
    """The figure as PNG bytes at ``dpi``."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
