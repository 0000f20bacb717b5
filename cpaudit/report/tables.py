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
    """Rows of cells (strings or Paragraphs) under one header row, split into chunks at page
    breaks. With ``header`` None there is no header row (a list of label-value pairs)."""

    def __init__(
        self,
        header: Sequence[Flowable] | None,
        rows: Sequence[Sequence[Flowable]],
        col_widths: Sequence[float],
        style: TableStyle,
        row_heights: list[float] | None = None,
        header_height: float | None = None,
        metrics: CellMetrics | None = None,
    ) -> None:
        super().__init__()
        self._header = list(header) if header is not None else None
        self._rows = [list(row) for row in rows]
        self._widths = list(col_widths)
        self._style = style
        self._heights = row_heights
        self._header_height = header_height
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

    def _ensure_measured(self) -> None:
        if self._header_height is None:
            self._header_height = self._measure(self._header) if self._header else 0.0
        if self._heights is None:
            self._heights = [self._measure(row) for row in self._rows]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._ensure_measured()
        self.height = self._header_height + sum(self._heights)
        return self.width, self.height

    # splitting and drawing

    def _table(self, start: int, stop: int) -> Table:
        rows = self._rows[start:stop]
        heights = self._heights[start:stop]
        if self._header is not None:
            rows = [self._header, *rows]
            heights = [self._header_height, *heights]
        table = Table(rows, colWidths=self._widths, rowHeights=heights, style=self._style)
        table.hAlign = "LEFT"
        return table

    def _rest(self, start: int) -> LongTable:
        return LongTable(
            self._header,
            self._rows[start:],
            self._widths,
            self._style,
            row_heights=self._heights[start:],
            header_height=self._header_height,
            metrics=self._metrics,
        )

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._ensure_measured()
        used = self._header_height
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
