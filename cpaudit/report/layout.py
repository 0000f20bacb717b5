"""Page geometry, styles and the building blocks of the report's pages.

Everything a user typed reaches reportlab through :class:`Blocks`: paragraphs escape it
(pitfall 4), table cells are plain strings where they fit on one line (never parsed as markup)
and wrapping Paragraphs where they do not, and a cell too long for a table row keeps its first
lines and moves the whole text to a note under the table, so no row is ever taller than a page.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, TableStyle

from cpaudit.report import fonts
from cpaudit.report.labels import clean, markup
from cpaudit.report.tables import CellMetrics, LongTable

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP_MARGIN = 22 * mm  # room for the running header
BOTTOM_MARGIN = 24 * mm  # room for the footer
FRAME_PADDING = 6  # [pt] reportlab's default padding inside the page frame
BODY_LEFT = MARGIN + FRAME_PADDING
BODY_WIDTH = PAGE_WIDTH - 2 * BODY_LEFT
BODY_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN - 2 * FRAME_PADDING

GRID = colors.HexColor("#b0b7bf")
HEADER_BG = colors.HexColor("#e4e9ee")
STRIPE = colors.HexColor("#f6f8fa")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f4e79")

CELL_FONT_SIZE = 8
CELL_LEADING = 10
CELL_PADDING = 3
# A table cell shows at most this many lines of a user's text; the rest goes to a note.
CELL_MAX_LINES = 12
# A heading shows at most this much of a user's text (the full text follows it).
HEADING_TEXT_LIMIT = 120


class Styles:
    def __init__(self) -> None:
        family, bold = fonts.register_fonts(), fonts.BOLD
        self.body = ParagraphStyle("body", fontName=family, fontSize=9, leading=12, spaceAfter=4)
        self.note = ParagraphStyle("note", parent=self.body, fontSize=8, leading=10.5)
        self.note.textColor = MUTED
        self.title = ParagraphStyle(
            "title", fontName=bold, fontSize=22, leading=28, spaceAfter=12, textColor=ACCENT
        )
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=bold, fontSize=15, leading=19, spaceAfter=14
        )
        self.h1 = ParagraphStyle(
            "h1",
            fontName=bold,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
            textColor=ACCENT,
        )
        self.h2 = ParagraphStyle(
            "h2", fontName=bold, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4
        )
        self.h2.keepWithNext = 1
        self.cell = ParagraphStyle(
            "cell", fontName=family, fontSize=CELL_FONT_SIZE, leading=CELL_LEADING
        )
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold)
        self.cell_bold_right = ParagraphStyle(
            "cell_bold_right", parent=self.cell_bold, alignment=TA_RIGHT
        )
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)
        self.key = ParagraphStyle("key", parent=self.cell, fontName=bold, fontSize=9, leading=12)
        self.value = ParagraphStyle("value", parent=self.cell, fontSize=9, leading=12)
        self.toc_title = ParagraphStyle("toc_title", parent=self.h1, spaceBefore=0)
        self.caption = ParagraphStyle("caption", parent=self.body, keepWithNext=1, spaceBefore=2)
        self.hash = ParagraphStyle("hash", parent=self.body, fontSize=8, leading=11)
        self.centre = ParagraphStyle("centre", parent=self.body, alignment=TA_CENTER)
        self.box = ParagraphStyle("box", parent=self.body, fontSize=9.5, leading=13)


TABLE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # else reportlab sets Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)

TABLE_METRICS = CellMetrics(CELL_LEADING, 2, 3, CELL_PADDING, CELL_PADDING)

KEY_VALUE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
)


@dataclass
class Registry:
    """Where headings landed, and where the table of contents wants their page numbers.

    Filled while the pages are laid out; read when the held-back pages are written (the canvas
    knows the page count only then), so the contents list costs no second layout pass.
    """

    pages: dict[str, int] = field(default_factory=dict)  # heading key -> page
    anchors: dict[int, list[tuple[str, float]]] = field(default_factory=dict)
    # page -> [(heading key, top y)]: the outline's destinations, made when the page is written
    slots: dict[int, list[tuple[str, float, float, float]]] = field(default_factory=dict)
    # page -> [(heading key, left x of the entry, right x, baseline y)]


class Heading(Paragraph):
    """A heading that puts itself in the PDF outline and tells the registry its page."""

    def __init__(
        self, text: str, style: ParagraphStyle, key: str, level: int, registry: Registry
    ) -> None:
        super().__init__(markup(text), style)
        self.key = key
        self.level = level
        self.outline_text = text
        self.registry = registry

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        page = canvas.getPageNumber()
        self.registry.pages[self.key] = page
        # The destination is made when the held-back page is written (a page reference taken
        # now would name the wrong page); the outline entry only names it.
        top = canvas.absolutePosition(0, self.height + 4)[1]
        self.registry.anchors.setdefault(page, []).append((self.key, top))
        canvas.addOutlineEntry(self.outline_text, self.key, self.level, closed=self.level > 0)


@dataclass(frozen=True)
class TocEntry:
    key: str
    level: int
    text: str


class TableOfContents(Flowable):
    """The contents list: one line per heading; the page numbers are drawn when the pages are
    written (see :class:`Registry`)."""

    LEADING = 12.6
    NUMBER_WIDTH = 12 * mm

    def __init__(self, entries: list[TocEntry], registry: Registry) -> None:
        super().__init__()
        self.entries = entries  # filled while the story is built; read at layout
        self.registry = registry

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.LEADING * len(self.entries)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fitting = int(avail_height // self.LEADING)
        if fitting <= 0 or fitting >= len(self.entries):
            return [] if fitting <= 0 else [self]
        return [
            TableOfContents(self.entries[:fitting], self.registry),
            TableOfContents(self.entries[fitting:], self.registry),
        ]

    def draw(self) -> None:
        canvas = self.canv
        page = canvas.getPageNumber()
        right = self.width - self.NUMBER_WIDTH
        for i, entry in enumerate(self.entries):
            y = self.height - (i + 1) * self.LEADING + 4
            indent = 0 if entry.level == 0 else 7 * mm
            font = fonts.BOLD if entry.level == 0 else fonts.REGULAR
            size = 9 if entry.level == 0 else 8.5
            text = fit_text(entry.text, right - indent - 4 * mm, font, size)
            canvas.setFont(font, size)
            canvas.setFillColor(colors.black)
            canvas.drawString(indent, y, text)
            start = indent + stringWidth(text, font, size) + 2
            canvas.setFillColor(GRID)
            canvas.setFont(fonts.REGULAR, size)
            dots = int(max(right - start, 0) // stringWidth(". ", fonts.REGULAR, size))
            canvas.drawRightString(right, y, ". " * dots)
            left_abs = canvas.absolutePosition(indent, y)
            right_abs = canvas.absolutePosition(self.width, y)
            self.registry.slots.setdefault(page, []).append(
                (entry.key, left_abs[0], right_abs[0], right_abs[1])
            )


def fit_text(text: str, width: float, font: str, size: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    text = text[:400]  # no line holds more; keeps the loop short for a very long name
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(len(text) - max(len(text) // 8, 1), 0)]
    return text + "…"


def png_image(png: bytes, width: float, height: float) -> Image:
    """A PNG drawn at ``width`` x ``height`` points (the figure's own size, so its dpi holds)."""
    image = Image(io.BytesIO(png), width=width, height=height)
    image.hAlign = "LEFT"
    return image


_WORD_WIDTHS: dict[tuple[str, str], float] = {}


def _width(text: str, font: str = fonts.REGULAR) -> float:
    """Width [pt] of ``text`` in the table cells' size, words remembered (names repeat)."""
    width = _WORD_WIDTHS.get((text, font))
    if width is None:
        width = stringWidth(text, font, CELL_FONT_SIZE)
        if len(_WORD_WIDTHS) < 200_000 and len(text) < 80:
            _WORD_WIDTHS[(text, font)] = width
    return width


def wrap_lines(text: str, width: float, font: str = fonts.REGULAR) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points in the cells' size: at spaces,
    and inside a word only where the word alone is wider than a line."""
    space = _width(" ", font)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            size = _width(word, font)
            if size > width:
                pieces = _split_word(word, width, font)
                if line:
                    lines.append(" ".join(line))
                lines += pieces[:-1]
                line, used = [pieces[-1]], _width(pieces[-1], font)
                continue
            wanted = size if not line else used + space + size
            if wanted <= width or not line:
                line.append(word)
                used = wanted
            else:
                lines.append(" ".join(line))
                line, used = [word], size
        lines.append(" ".join(line))
    return lines


def _split_word(word: str, width: float, font: str) -> list[str]:
    pieces, start, used = [], 0, 0.0
    for i, char in enumerate(word):
        size = _width(char, font)
        if used + size > width and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += size
    pieces.append(word[start:])
    return pieces


def _chars_per_line(width: float, size: float) -> int:
    # DejaVu Sans averages about 0.55 em per character in running text
    return max(int((width - 2 * CELL_PADDING) / (0.55 * size)), 8)


class Blocks:
    """Paragraphs, tables and key-value lists, all with users' text made safe."""

    def __init__(self, styles: Styles, note_word: str, notes_title: str) -> None:
        self.s = styles
        self._note_word = note_word  # e.g. "note" / "ghi chú"
        self._notes_title = notes_title
        self._note_count = 0
        # When a list, every table's header, cells and widths are added to it, as laid out
        # (the benchmark's floor lays out the same tables with bare reportlab).
        self.captured: list[tuple[list[str], list[list[str | Flowable]], list[float]]] | None = None

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph showing ``text`` literally (escaped, NFC, line breaks kept)."""
        return Paragraph(markup(text), style or self.s.body)

    def cell(self, text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(markup(text), style)

    def cell_markup(self, safe_markup: str, style: ParagraphStyle) -> Paragraph:
        """A cell from markup the report made itself (every user text in it escaped)."""
        return Paragraph(safe_markup, style)

    def next_note(self) -> int:
        """The number of a new note under a table (the report numbers them all in one run)."""
        self._note_count += 1
        return self._note_count

    def note_marker(self, number: int) -> str:
        """How a cell points to note ``number``: "[note 3]"."""
        return f"[{self._note_word} {number}]"

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | Flowable]],
        widths_mm: Sequence[float],
        numeric: Sequence[int] = (),
        full_width: bool = True,
        bold_last: bool = False,
        groups: Sequence[tuple[str, int, int]] = (),
        key: NoteKey | None = None,
    ) -> list[Flowable]:
        """A table cut into page-sized chunks, its header repeated on each page (pitfall 6).

        ``groups`` (label, first column, last column) put a label over several columns' headers
        (a two-level header); the other columns' headers span both levels. ``key`` holds the
        notes the cells point to (see :class:`NoteKey`).

        Returns the table and under it the notes of ``key`` and, where a cell was too long for
        a row, the notes that hold the whole text.
        """
        widths = [w * mm for w in widths_mm]
        if full_width:
            widths = [w * BODY_WIDTH / sum(widths) for w in widths]
        # header cells are plain strings too, bold by the table style: a Paragraph header
        # would be wrapped again on every page the table spans
        heads = [
            "\n".join(wrap_lines(clean(h), w - 2 * CELL_PADDING - 1, fonts.BOLD))
            for h, w in zip(header, widths, strict=True)
        ]
        notes: list[tuple[int, str]] = []
        body = [
            [self.table_cell(c, widths[i], i in numeric, notes) for i, c in enumerate(row)]
            for row in rows
        ]
        if bold_last and body:
            body[-1] = [
                self.cell(c, self.s.cell_bold_right if i in numeric else self.s.cell_bold)
                if isinstance(c, str)
                else c
                for i, c in enumerate(body[-1])
            ]
        style = TableStyle(
            [("ALIGN", (i, 0), (i, -1), "RIGHT") for i in numeric], parent=TABLE_STYLE
        )
        if self.captured is not None:
            self.captured.append((heads, body, widths))
        if groups:
            table: Flowable = self._grouped_table(heads, body, widths, style, groups)
        else:
            table = LongTable(heads, body, widths, style, metrics=TABLE_METRICS)
        flowables: list[Flowable] = [table]
        if key is not None and key.notes:
            flowables.append(Spacer(0, 2))
            flowables += [self.p(f"{mark} {text}", self.s.note) for mark, text in key.notes]
        if notes:
            flowables.append(Spacer(0, 2))
            flowables.append(self.p(self._notes_title, self.s.note))
            flowables += [self.p(f"[{n}] {text}", self.s.note) for n, text in notes]
        flowables.append(Spacer(0, 3 * mm))
        return flowables

    def _grouped_table(
        self,
        heads: list[str],
        body: list[list[str | Flowable]],
        widths: list[float],
        style: TableStyle,
        groups: Sequence[tuple[str, int, int]],
    ) -> LongTable:
        top: list[str] = list(heads)
        bottom: list[str] = [""] * len(heads)
        commands: list[tuple] = [
            ("BACKGROUND", (0, 1), (-1, 1), HEADER_BG),
            ("FONTNAME", (0, 1), (-1, 1), fonts.BOLD),
            ("ROWBACKGROUNDS", (0, 2), (-1, -1), [colors.white, STRIPE]),
            ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ]
        grouped: set[int] = set()
        for label, first, last in groups:
            room = sum(widths[first : last + 1]) - 2 * CELL_PADDING - 1
            top[first] = "\n".join(wrap_lines(clean(label), room, fonts.BOLD))
            for i in range(first, last + 1):
                bottom[i] = heads[i]
                if i != first:
                    top[i] = ""
                grouped.add(i)
            commands += [
                ("SPAN", (first, 0), (last, 0)),
                ("ALIGN", (first, 0), (last, 0), "CENTER"),
            ]
        for i in range(len(heads)):
            if i not in grouped:
                commands.append(("SPAN", (i, 0), (i, 1)))
        return LongTable(
            [top, bottom],
            body,
            widths,
            TableStyle(commands, parent=style),
            metrics=TABLE_METRICS,
            header_rows=2,
        )

    def table_cell(
        self, content: str | Flowable, width: float, numeric: bool, notes: list[tuple[int, str]]
    ) -> str | Flowable:
        """A user's text as a plain string, wrapped into lines here (fast, and reportlab never
        parses a plain cell as markup; pitfall 6: thousands of Paragraphs slow the layout); a
        text too long for a row keeps its first lines and moves whole to a note."""
        if isinstance(content, Flowable):
            return content
        text = clean(content).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
        room = width - 2 * CELL_PADDING - 1
        if "\n" not in text and _width(text) <= room:
            return text
        lines = wrap_lines(text, room)
        if len(lines) <= CELL_MAX_LINES:
            return "\n".join(lines)
        number = self.next_note()
        notes.append((number, text))
        marker = f" … {self.note_marker(number)}"
        kept = lines[: CELL_MAX_LINES - 1]
        return "\n".join([*kept, *wrap_lines(marker.strip(), room)])

    def shortened(
        self,
        text: str,
        width: float,
        notes: list[tuple[int, str]],
        max_lines: int = CELL_MAX_LINES,
    ) -> str:
        """``text`` for a Paragraph cell ``width`` wide: whole if it takes at most ``max_lines``
        lines, else its first lines and a pointer to a note."""
        per_line = _chars_per_line(width, CELL_FONT_SIZE)
        lines = text.split("\n")
        needed = sum(max(math.ceil(len(line) / per_line), 1) for line in lines)
        if needed <= max_lines:
            return text
        number = self.next_note()
        notes.append((number, text))
        keep = []
        budget = (max_lines - 2) * per_line
        for line in lines:
            if budget <= 0:
                break
            keep.append(line[:budget])
            budget -= max(len(line[:budget]), per_line)
        return "\n".join(keep).rstrip() + f" … {self.note_marker(number)}"

    def key_values(
        self,
        pairs: Sequence[tuple[str, str]],
        key_mm: float = 48,
        max_lines: int = CELL_MAX_LINES,
        deferred: list[tuple[int, str]] | None = None,
    ) -> list[Flowable]:
        """Label and value rows; an empty value leaves its row out. A value longer than
        ``max_lines`` goes whole to a note: under the list, or into ``deferred`` (the cover's
        notes are printed in the annex, so the cover stays one page)."""
        widths = [key_mm * mm, BODY_WIDTH - key_mm * mm]
        notes: list[tuple[int, str]] = [] if deferred is None else deferred
        rows = [
            [
                self.cell(k, self.s.key),
                self.cell(self.shortened(clean(v), widths[1], notes, max_lines), self.s.value),
            ]
            for k, v in pairs
            if v
        ]
        if not rows:
            return []
        flowables: list[Flowable] = [LongTable(None, rows, widths, KEY_VALUE_STYLE)]
        if notes and deferred is None:
            flowables.append(self.p(self._notes_title, self.s.note))
            flowables += [self.p(f"[{n}] {text}", self.s.note) for n, text in notes]
        return flowables

    def heading_text(self, text: str) -> tuple[str, str | None]:
        """A user's text for a heading: shortened if long, with the full text to show below."""
        text = clean(text).replace("\n", " ")
        if len(text) <= HEADING_TEXT_LIMIT:
            return text, None
        return text[: HEADING_TEXT_LIMIT - 1] + "…", text


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class NoteKey:
    """Notes a table's narrow cells point to, each text numbered once, from 1 in each table: a
    cell shows a superscript number ("n/a ¹") where the whole text (a long reason) would make
    its row many lines tall, and the table lists the texts under it ("¹ n/a (reason)")."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    def marker(self, text: str) -> str:
        """The marker of the note holding ``text``; a text already keyed keeps its number."""
        number = self._numbers.setdefault(text, len(self._numbers) + 1)
        return str(number).translate(_SUPERSCRIPT)

    @property
    def notes(self) -> list[tuple[str, str]]:
        """(marker, text) in the markers' order."""
        return [(self.marker(text), text) for text in self._numbers]
