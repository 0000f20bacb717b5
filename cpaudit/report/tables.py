"""A long table that is cut into page-sized reportlab Tables while the page layout runs.

One large ``Table`` re-measures all of its remaining rows at every page break, so its cost grows
with rows × pages (pitfall 6: 500 pages took 37 s). Here every row is measured once; each page gets
its own small ``Table`` with the header row on top, so the header repeats on every page and never
appears twice on one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable, Table, TableStyle


@dataclass(frozen=True)
class CellMetrics:
    """What the table style sets for every cell, to measure rows without building Tables."""

    leading: float
    top: float
    bottom: float
    left: float
    right: float


class LongTable(Flowable):
    """Rows of cells (strings or Paragraphs) under a header, split into chunks at page breaks.

    ``header`` is one row, or with ``header_rows`` > 1 a list of that many rows (a two-level
    header whose spans the style sets); None means no header (a list of label-value pairs).
    """

    def __init__(
        self,
        header: Sequence[Flowable] | None,
        rows: Sequence[Sequence[Flowable]],
        col_widths: Sequence[float],
        style: TableStyle,
        row_heights: list[float] | None = None,
        header_heights: list[float] | None = None,
        metrics: CellMetrics | None = None,
        header_rows: int = 1,
    ) -> None:
        super().__init__()
        self._header: list[list] | None
        if header is None:
            self._header = None
        elif header_rows == 1:
            self._header = [list(header)]
        else:
            self._header = [list(row) for row in header]
        self._rows = [list(row) for row in rows]
        self._widths = list(col_widths)
        self._style = style
        self._heights = row_heights
        self._header_heights = header_heights
        self._metrics = metrics
        self.width = sum(self._widths)

    # measuring

    def _measure(self, row: list) -> float:
        """The row's height as reportlab's Table computes it: lines × leading for a string,
        the wrapped height for a flowable, plus the paddings; a Table probe without metrics."""
        m = self._metrics
        if m is None:
            probe = Table([row], colWidths=self._widths, style=self._style)
            return probe.wrap(self.width, 1e9)[1]
        tallest = 0.0
        for cell, width in zip(row, self._widths, strict=True):
            if isinstance(cell, Flowable):
                height = cell.wrap(width - m.left - m.right, 1e9)[1]
                height += cell.getSpaceBefore() + cell.getSpaceAfter()
            else:
                height = m.leading * (str(cell).count("\n") + 1)
            tallest = max(tallest, height)
        return tallest + m.top + m.bottom

    def _measure_header(self) -> list[float]:
        if not self._header:
            return []
        if len(self._header) == 1:
            return [self._measure(self._header[0])]
        # spanned header cells: reportlab itself shares their height among the rows they span
        probe = Table(self._header, colWidths=self._widths, style=self._style)
        probe.wrap(self.width, 1e9)
        return list(probe._rowHeights)

    def _ensure_measured(self) -> None:
        if self._header_heights is None:
            self._header_heights = self._measure_header()
        if self._heights is None:
            self._heights = [self._measure(row) for row in self._rows]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._ensure_measured()
        self.height = sum(self._header_heights) + sum(self._heights)
        return self.width, self.height

    # splitting and drawing

    def _table(self, start: int, stop: int) -> Table:
        rows = self._rows[start:stop]
        heights = self._heights[start:stop]
        if self._header is not None:
            rows = [*self._header, *rows]
            heights = [*self._header_heights, *heights]
        table = Table(rows, colWidths=self._widths, rowHeights=heights, style=self._style)
        table.hAlign = "LEFT"
        return table

    def _rest(self, start: int) -> LongTable:
        header = self._header
        return LongTable(
            header[0] if header and len(header) == 1 else header,
            self._rows[start:],
            self._widths,
            self._style,
            row_heights=self._heights[start:],
            header_heights=self._header_heights,
            metrics=self._metrics,
            header_rows=len(header) if header else 1,
        )

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._ensure_measured()
        used = sum(self._header_heights)
        fitting = 0
        for height in self._heights:
            if used + height > avail_height:
                break
            used += height
            fitting += 1
        if fitting == 0:
            return []  # not even one row here: the layout moves the table to the next frame
        if fitting == len(self._rows):
            return [self._table(0, fitting)]
        return [self._table(0, fitting), self._rest(fitting)]

    def draw(self) -> None:
        # Reached only when the whole table fits where it stands; a long one is drawn in chunks.
        table = self._table(0, len(self._rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
