"""Saving per resource class against the target band: a matplotlib Figure on a Qt canvas.

Never pyplot: it picks a backend from the environment and costs half a second to import.
"""

import textwrap

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSizePolicy

from cpaudit.audit.analysis import Judgement
from cpaudit.audit.formatting import format_number, format_percent
from cpaudit.audit.results import NotDefined
from cpaudit.ui import labels
from cpaudit.ui.models import JUDGEMENT_COLOURS

# Bars a shade darker than the table's tints, so they stand out against the band.
BAR_COLOURS = {
    Judgement.WITHIN: "#43a047",
    Judgement.BELOW: "#fb8c00",
    Judgement.BEYOND: "#1e88e5",
    Judgement.OUT_OF_SCOPE: "#9e9e9e",
    Judgement.NOT_DEFINED: "#9e9e9e",
}
BAND_COLOUR = JUDGEMENT_COLOURS[Judgement.WITHIN]
# Value labels: dark enough to read, coloured like their bar where the bar may be too short to see.
_TEXT_COLOURS = {Judgement.BELOW: "#e65100", Judgement.BEYOND: "#0d47a1"}


class SavingsChart(FigureCanvasQTAgg):
    def __init__(self, parent=None):
        self.figure = Figure(figsize=(4.2, 3.0), dpi=100, layout="constrained")
        super().__init__(self.figure)
        self.setParent(parent)
        self.setMinimumSize(300, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.bars = []  # (class label, saving %, judgement) as last drawn, for tests
        self.message = ""  # the text drawn instead of bars, if any

    def show_assessment(self, assessment, lang):
        """Draw ``assessment.classes`` (None: an empty chart saying so)."""
        self.figure.clear()
        axes = self.figure.add_subplot()
        self.bars = []
        self.message = ""
        classes = list(assessment.classes) if assessment is not None else []
        defined = [c for c in classes if not isinstance(c.saving, NotDefined)]
        if not defined:
            self._no_data(axes, classes, lang)
        else:
            self._draw(axes, assessment, classes, lang)
        self.draw_idle()

    def _no_data(self, axes, classes, lang):
        axes.set_axis_off()
        self.message = QCoreApplication.translate("chart", "No data")
        if classes:
            self.message += "\n" + QCoreApplication.translate(
                "chart", "No class saving can be computed."
            )
        axes.text(0.5, 0.5, self.message, ha="center", va="center", fontsize=11, color="#616161")

    def _draw(self, axes, assessment, classes, lang):
        scheme = assessment.scheme
        band = axes.axvspan(
            scheme.min_pct,
            scheme.max_pct,
            color=BAND_COLOUR,
            alpha=0.8,
            zorder=0,
            label=QCoreApplication.translate("chart", "Target band {low}–{high} %").format(
                low=format_number(scheme.min_pct, 0, lang),
                high=format_number(scheme.max_pct, 0, lang),
            ),
        )
        names = [labels.resource_class_label(c.resource_class) for c in classes]
        positions = list(range(len(classes)))[::-1]  # first class at the top
        values = []
        for result, name in zip(classes, names, strict=True):
            value = None if isinstance(result.saving, NotDefined) else result.saving * 100.0
            values.append(value)
            self.bars.append((name, value, result.judgement))
        axes.barh(
            positions,
            [v or 0.0 for v in values],
            color=[BAR_COLOURS[c.judgement] for c in classes],
            height=0.55,
            zorder=2,
        )
        axes.axvline(0, color="#424242", linewidth=0.8, zorder=1)
        axes.set_yticks(positions, names)
        self._annotate(axes, classes, positions, values, lang)
        label = QCoreApplication.translate("chart", "Saving per unit of product (%)")
        # two short lines rather than one the narrow chart would cut (Vietnamese is longer)
        axes.set_xlabel(textwrap.fill(label, 30), fontsize=9)
        axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: _tick_text(x, lang)))
        low = min([0.0, *[v for v in values if v is not None]])
        high = max([scheme.max_pct, *[v for v in values if v is not None]])
        span = high - low
        axes.set_xlim(low - 0.05 * span if low < 0 else 0.0, high + 0.3 * span)
        axes.tick_params(labelsize=9)
        handles = [band, *_judgement_patches(classes)]
        # A figure legend "outside" gets its own room from the constrained layout, above the bars
        # and from the figure's left edge, so long Vietnamese labels are not cut at the right.
        self.figure.legend(
            handles=handles,
            loc="outside upper left",
            ncols=2,
            fontsize=8,
            frameon=False,
            borderaxespad=0.2,
            handlelength=1.2,
            columnspacing=1.0,
        )
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)

    def _annotate(self, axes, classes, positions, values, lang):
        for result, y, value in zip(classes, positions, values, strict=True):
            if value is None:
                text, x = labels.not_defined_label(), 0.0
            else:
                text, x = format_percent(result.saving, 2, lang), max(value, 0.0)
            axes.annotate(
                text,
                (x, y),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=8,
                color=_TEXT_COLOURS.get(result.judgement, "#212121"),
                zorder=3,
            )


def _judgement_patches(classes):
    """One legend entry per judgement the bars show, in a fixed order."""
    shown = {c.judgement for c in classes if not isinstance(c.saving, NotDefined)}
    return [
        Patch(color=BAR_COLOURS[judgement], label=labels.judgement_label(judgement))
        for judgement in (
            Judgement.WITHIN,
            Judgement.BELOW,
            Judgement.BEYOND,
            Judgement.OUT_OF_SCOPE,
        )
        if judgement in shown
    ]


def _tick_text(value, lang):
    """An axis tick: ``5``, or ``2.5`` / ``2,5`` where the locator picks halves."""
    rounded = round(value, 1)
    return format_number(rounded, 0 if rounded.is_integer() else 1, lang)
