"""Floors for the report benchmark: the same chart saved by matplotlib and tables of the same
size laid out by bare reportlab, with no cpaudit code in between."""

from __future__ import annotations

import io
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Image, PageBreak, SimpleDocTemplate, Table


def bare_report(project, path: Path) -> None:
    """Write the demo's tables (products x resources, options, factors) and one bar chart."""
    rows = [["product", "resource", "unit", "baseline", "current", "saving", "judgement"]]
    rows += [["p", r.name, r.unit, "1.0", "0.9", "10 %", "within"] for r in project.resources]
    options = [
        ["code", "title", "technique", "status", "invest", "saving", "payback", "NPV", "IRR"]
    ]
    options += [
        [o.code, o.title, o.technique, o.status, "1", "2", "3", "4", "5"] for o in project.options
    ]
    factors = [["resource", "factor", "basis", "source"]]
    factors += [[r.name, "1.0", "moit", "MOIT 3505/BCT-KHCN"] for r in project.resources]

    figure = Figure(figsize=(6, 2.5))
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.barh(["energy", "fuel", "water"], [10.7, 0.0, 0.0])
    axes.axvspan(8, 13, alpha=0.2)
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=200)
    png.seek(0)

    story = [Table(rows, repeatRows=1), Image(png, width=400, height=166), PageBreak()]
    story += [Table(options, repeatRows=1), PageBreak(), Table(factors, repeatRows=1)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
