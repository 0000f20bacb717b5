"""Floors for the report benchmark: the same figures saved by matplotlib and the same tables laid
out by bare reportlab, with no cpaudit code in between.

:func:`report_parts` (not timed) runs cpaudit's report code once to collect what the report
draws: every table's header, cells (as the report wraps them) and column widths, and every
chart's matplotlib ``Figure``. :func:`bare_report` (timed) then saves each figure as a 200 dpi PNG
and lays the tables out with plain reportlab ``Table`` objects, cut into 40-row chunks (pitfall 6:
one huge Table is far slower) with the header row repeated, into an A4 document. No paragraphs,
headings, contents, header or footer, notes, JSON or fingerprint: only what any PDF of these
tables and charts has to do.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Image, SimpleDocTemplate, Table, TableStyle

from cpaudit.audit.analysis import assess
from cpaudit.report.i18n import Texts
from cpaudit.report.layout import Registry
from cpaudit.report.sections import StoryBuilder
from cpaudit.report.twin import SECTIONS, ReportInfo, report_document

CHUNK_ROWS = 40
PNG_DPI = 200
_STYLE = TableStyle(
    [
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("GRID", (0, 0), (-1, -1), 0.4, "#b0b7bf"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)


def report_parts(project, lang: str = "en"):
    """The tables (header, rows, widths) and figures of cpaudit's report of ``project``."""
    info = ReportInfo(lang, SECTIONS, "", "1", dt.date(2025, 1, 1), "floor", "floor.json")
    document = report_document(project, assess(project), info)
    builder = StoryBuilder(document, Texts(lang), Registry())
    builder.b.captured = []
    builder.story()
    tables = [
        (header, [[_text(cell) for cell in row] for row in rows], widths)
        for header, rows, widths in builder.b.captured
    ]
    return tables, builder.charts


def _text(cell: str | Flowable) -> str:
    # the few Paragraph cells (a bold total row) as their plain text
    return cell if isinstance(cell, str) else " ".join(getattr(cell, "text", "").split())


def bare_report(parts, path: Path) -> None:
    """Save the figures and lay out the tables with bare matplotlib and reportlab."""
    tables, figures = parts
    story: list[Flowable] = []
    for figure in figures:
        png = io.BytesIO()
        figure.savefig(png, format="png", dpi=PNG_DPI)
        png.seek(0)
        width_in, height_in = figure.get_size_inches()
        story.append(Image(png, width=width_in * 72, height=height_in * 72))
    for header, rows, widths in tables:
        for start in range(0, max(len(rows), 1), CHUNK_ROWS):
            chunk = [header, *rows[start : start + CHUNK_ROWS]]
            story.append(Table(chunk, colWidths=widths, repeatRows=1, style=_STYLE))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
