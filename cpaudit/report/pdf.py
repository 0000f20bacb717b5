"""The PDF report of a CP assessment, in Vietnamese or English.

:func:`write_report` assesses the project, draws the chart, lays out the pages and writes the PDF
atomically: into a temporary file in the target folder, then ``os.replace``. A failure or a cancel
never leaves a half-written PDF and never touches a file already at the path.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import secrets
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from cpaudit.audit import units
from cpaudit.audit.analysis import Assessment, assess
from cpaudit.audit.economics import PaybackGroup, payback_group
from cpaudit.audit.energy import conversion
from cpaudit.audit.model import EnergyBasis, Project, ResourceClass
from cpaudit.audit.reference import key_energy_user_threshold, target_schemes
from cpaudit.audit.results import NotDefined
from cpaudit.report import fonts
from cpaudit.report.charts import class_saving_figure, figure_png
from cpaudit.report.i18n import Texts
from cpaudit.report.labels import Labels, clean, markup
from cpaudit.report.tables import LongTable

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
FRAME_PADDING = 6  # [pt] reportlab's default padding inside the page frame
BODY_LEFT = MARGIN + FRAME_PADDING
BODY_WIDTH = PAGE_WIDTH - 2 * BODY_LEFT
# A table cell shows at most this much of a user's text, so one row always fits on a page.
CELL_TEXT_LIMIT = 400

_GRID = colors.HexColor("#b0b7bf")
_HEADER_BG = colors.HexColor("#e4e9ee")
_STRIPE = colors.HexColor("#f6f8fa")
_MUTED = colors.HexColor("#555555")


class ReportError(Exception):
    """Something the user can fix (a folder that does not exist or cannot be written, ...).

    The message is one plain line in the report's language.
    """


class ReportCancelled(Exception):
    """The user cancelled; no file was written and any existing file is untouched."""


def write_report(
    project: Project,
    path: str | os.PathLike[str],
    *,
    lang: str = "vi",
    scheme_id: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Write the CP assessment report of ``project`` to ``path`` as a PDF.

    Parameters
    ----------
    project : Project
        The assessment data.
    path : path-like
        The PDF to write; an existing file there is replaced only once the new one is complete.
    lang : {"vi", "en"}
        Report language.
    scheme_id : str, optional
        Target scheme to judge against; default the project's own.
    progress : callable(fraction, message), optional
        Told how far the work is, ``fraction`` from 0 to 1.
    cancelled : callable() -> bool, optional
        Polled during the work; once it returns true the work stops.

    Raises
    ------
    ReportError
        For what the user can fix: the folder, the file, the scheme, the project's data.
    ReportCancelled
        When ``cancelled()`` turned true; no file is left behind.
    """
    texts = Texts(lang)
    job = _Job(texts, progress, cancelled)
    target = Path(path)
    _check_target(target, texts)

    job.tell(0.0, "progress_assess")
    assessment = _assess(project, scheme_id, texts)
    job.check()

    job.tell(0.1, "progress_chart")
    builder = _ReportBuilder(project, assessment, texts)
    chart = builder.chart_png()
    job.check()

    job.tell(0.25, "progress_layout")
    story = builder.story(chart)
    job.check()

    temporary = _create_temporary(target, texts)
    try:
        _build(story, temporary, builder, job)
        job.check()
        _replace(temporary, target, texts)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    log.debug("report written: %s (%s)", target, lang)
    job.tell(1.0, "progress_done")


# the job: progress, cancel, the file


class _Job:
    def __init__(self, texts: Texts, progress: Progress | None, cancelled: Cancelled | None):
        self.texts = texts
        self._progress = progress
        self._cancelled = cancelled

    def tell(self, fraction: float, key: str) -> None:
        if self._progress is not None:
            self._progress(min(max(fraction, 0.0), 1.0), self.texts(key))

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled("cancelled")


def _check_target(target: Path, texts: Texts) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(texts("error_no_folder", folder=clean(folder)))
    if target.is_dir():
        raise ReportError(texts("error_is_folder", path=clean(target)))


def _create_temporary(target: Path, texts: Texts) -> Path:
    """An empty file beside ``target``; created with the user's umask, like any new file."""
    folder = target.parent if str(target.parent) else Path(".")
    for _attempt in range(10):
        candidate = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        except OSError as e:
            raise ReportError(
                texts("error_not_writable", folder=clean(folder), why=clean(e.strerror or e))
            ) from e
        return candidate
    raise ReportError(texts("error_not_writable", folder=clean(folder), why="temporary file"))


def _replace(temporary: Path, target: Path, texts: Texts) -> None:
    try:
        os.replace(temporary, target)
    except OSError as e:
        raise ReportError(
            texts("error_replace", path=clean(target), why=clean(e.strerror or e))
        ) from e


def _assess(project: Project, scheme_id: str | None, texts: Texts) -> Assessment:
    known = {s.id for s in target_schemes()}
    wanted = scheme_id or project.settings.scheme_id
    if wanted not in known:
        raise ReportError(
            texts("error_scheme", scheme=clean(wanted), known=", ".join(sorted(known)))
        )
    try:
        return assess(project, scheme_id)
    except (KeyError, units.UnitError) as e:
        raise ReportError(texts("error_data", why=clean(e))) from e


def _build(story: list[Flowable], temporary: Path, builder: _ReportBuilder, job: _Job) -> None:
    expected = max(len(story), 1)
    drawn = 0

    def after_flowable(_flowable: Flowable) -> None:
        nonlocal drawn
        drawn += 1
        job.check()
        job.tell(0.3 + 0.65 * min(drawn / expected, 1.0), "progress_pages")

    document = SimpleDocTemplate(
        str(temporary),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=builder.document_title(),
        author="cpaudit",
        creator="cpaudit",
        lang=builder.t.lang,
    )
    document.afterFlowable = after_flowable
    try:
        document.build(story, canvasmaker=_numbered_canvas(builder.draw_footer))
    except OSError as e:
        raise ReportError(builder.t("error_write", why=clean(e.strerror or e))) from e


def _numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds the pages back until the end, to print "page x of y" on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs["initialFontName"] = fonts.REGULAR  # no unused Helvetica in the file
            super().__init__(*args, **kwargs)
            self._page_states: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._page_states)
            for state in self._page_states:
                self.__dict__.update(state)
                draw_footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


# the content


class _Styles:
    def __init__(self, family: str) -> None:
        bold = fonts.BOLD
        self.body = ParagraphStyle("body", fontName=family, fontSize=9, leading=12, spaceAfter=4)
        self.note = ParagraphStyle(
            "note", parent=self.body, fontSize=8, leading=10.5, textColor=_MUTED
        )
        self.title = ParagraphStyle(
            "title", fontName=bold, fontSize=20, leading=25, spaceAfter=10, spaceBefore=30
        )
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=bold, fontSize=14, leading=18, spaceAfter=14
        )
        self.h1 = ParagraphStyle(
            "h1",
            fontName=bold,
            fontSize=13,
            leading=16,
            spaceBefore=6,
            spaceAfter=6,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2",
            fontName=bold,
            fontSize=10.5,
            leading=13,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        )
        self.cell = ParagraphStyle("cell", fontName=family, fontSize=8, leading=10)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=bold)
        self.cell_bold_right = ParagraphStyle(
            "cell_bold_right", parent=self.cell_bold, alignment=TA_RIGHT
        )
        self.cell_small = ParagraphStyle(
            "cell_small", parent=self.cell, fontSize=7, leading=9, textColor=_MUTED
        )
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)
        self.key = ParagraphStyle("key", parent=self.cell, fontName=bold, fontSize=9, leading=12)
        self.value = ParagraphStyle("value", parent=self.cell, fontSize=9, leading=12)


_CELL_FONT_SIZE = 8
_CELL_PADDING = 3

_TABLE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # else reportlab sets Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), _CELL_FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("GRID", (0, 0), (-1, -1), 0.4, _GRID),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BG),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _STRIPE]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)

_KEY_VALUE_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, _GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
)


def _cap(text: str) -> str:
    return text if len(text) <= CELL_TEXT_LIMIT else text[: CELL_TEXT_LIMIT - 1] + "…"


class _ReportBuilder:
    """Turns one project and its assessment into the report's flowables, in one language."""

    def __init__(self, project: Project, assessment: Assessment, texts: Texts) -> None:
        self.project = project
        self.a = assessment
        self.t = texts
        self.labels = Labels(texts, project.establishment.currency)
        self.currency = self.labels.currency
        self.s = _Styles(fonts.register_fonts())
        self._resources = {r.code: r for r in project.resources}
        self._products = {p.code: p for p in project.products}
        self._options = {o.code: o for o in project.options}
        self._today = dt.date.today()

    # page furniture

    def document_title(self) -> str:
        return f"{self.t('report_title')} – {clean(self.project.establishment.name)}"

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        size = 7.5
        y = MARGIN - 2 * mm
        canvas.setStrokeColor(_GRID)
        canvas.setLineWidth(0.4)
        canvas.line(BODY_LEFT, y + 3.5 * mm, PAGE_WIDTH - BODY_LEFT, y + 3.5 * mm)
        canvas.setFillColor(_MUTED)
        canvas.setFont(fonts.REGULAR, size)
        number = self.t("footer", page=page, pages=pages)
        canvas.drawRightString(PAGE_WIDTH - BODY_LEFT, y, number)
        room = BODY_WIDTH - stringWidth(number, fonts.REGULAR, size) - 8 * mm
        name = " ".join(clean(self.project.establishment.name).split())
        canvas.drawString(BODY_LEFT, y, _fit(name, room, fonts.REGULAR, size))
        canvas.restoreState()

    # helpers

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph showing ``text`` literally."""
        return Paragraph(markup(text), style or self.s.body)

    def cell(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup(_cap(clean(text))), style or self.s.cell)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | Flowable]],
        widths_mm: Sequence[float],
        numeric: Sequence[int] = (),
        full_width: bool = True,
    ) -> LongTable:
        """A grid table; ``numeric`` columns are right-aligned; ``rows`` hold text or cells.

        ``widths_mm`` are stretched to the text width unless ``full_width`` is false.
        """
        widths = [w * mm for w in widths_mm]
        if full_width:
            widths = [w * BODY_WIDTH / sum(widths) for w in widths]
        heads = [
            self.cell(h, self.s.head_right if i in numeric else self.s.head)
            for i, h in enumerate(header)
        ]
        body = [
            [self.table_cell(c, widths[i], i in numeric) for i, c in enumerate(row)] for row in rows
        ]
        style = TableStyle(
            [("ALIGN", (i, 0), (i, -1), "RIGHT") for i in numeric], parent=_TABLE_STYLE
        )
        return LongTable(heads, body, widths, style)

    def table_cell(self, content: str | Flowable, width: float, numeric: bool) -> str | Flowable:
        """A cell: plain text where it fits on one line (fast, and never parsed as markup),
        else a wrapping Paragraph (pitfall 6: thousands of Paragraphs slow the layout)."""
        if isinstance(content, Flowable):
            return content
        text = _cap(clean(content)).replace("\t", " ")
        room = width - 2 * _CELL_PADDING
        if "\n" not in text and stringWidth(text, fonts.REGULAR, _CELL_FONT_SIZE) <= room:
            return text
        return self.cell(text, self.s.cell_right if numeric else self.s.cell)

    def key_values(self, pairs: Sequence[tuple[str, str]], key_mm: float = 48) -> Flowable:
        rows = [[self.cell(k, self.s.key), self.cell(v, self.s.value)] for k, v in pairs if v]
        widths = [key_mm * mm, BODY_WIDTH - key_mm * mm]
        return LongTable(rows[0], rows[1:], widths, _KEY_VALUE_STYLE) if rows else Spacer(0, 0)

    def period_text(self, code: str) -> str:
        try:
            period = self.project.period(code)
        except KeyError:
            return clean(code) or "…"
        return self.t(
            "period_with_dates",
            label=clean(period.label) or clean(period.code),
            start=self.labels.date(period.start),
            end=self.labels.date(period.end),
        )

    def current_text(self) -> str:
        if self.a.current_is_projection:
            return self.t("projection")
        return self.period_text(self.a.current_period)

    def current_word(self) -> str:
        return self.t("projected_word" if self.a.current_is_projection else "current_word")

    def product_name(self, code: str) -> str:
        product = self._products.get(code)
        return clean(product.name) if product and product.name else clean(code)

    def product_unit(self, code: str) -> str:
        product = self._products.get(code)
        return (product.report_unit or product.unit) if product else ""

    def resource_name(self, code: str) -> str:
        resource = self._resources.get(code)
        return clean(resource.name) if resource and resource.name else clean(code)

    def band(self) -> str:
        return self.labels.band(self.a.scheme.min_pct, self.a.scheme.max_pct)

    def class_basis(self, resource_class: ResourceClass, basis: str) -> str:
        if resource_class in (ResourceClass.ENERGY, ResourceClass.FUEL):
            return self.t("basis_gj", basis=self.labels.energy_basis(self.a.energy_basis))
        if basis == "money":
            return self.t("basis_money", currency=self.currency)
        return self.labels.quantity_unit(basis)

    # the story

    def chart_png(self) -> bytes | None:
        if not self.a.classes:
            return None
        figure = class_saving_figure(self.a.classes, self.a.scheme, self.labels)
        return figure_png(figure)

    def story(self, chart: bytes | None) -> list[Flowable]:
        return [
            *self.cover(),
            PageBreak(),
            *self.intensity_section(),
            *self.class_section(chart),
            *self.energy_section(),
            *self.options_section(),
            *self.sources_section(),
        ]

    def cover(self) -> list[Flowable]:
        t, est = self.t, self.project.establishment
        products = "; ".join(
            t(
                "product_with_unit",
                name=clean(p.name) or clean(p.code),
                unit=self.labels.unit(p.report_unit or p.unit),
            )
            for p in self.project.products
        )
        pairs = [
            (t("address"), clean(est.address)),
            (t("sector"), clean(est.sector)),
            (t("industry_code"), clean(est.industry_code)),
            (t("employees"), self.labels.number(est.employees) if est.employees else ""),
            (t("design_capacity"), clean(est.design_capacity)),
            (t("products"), products),
            (t("baseline_period"), self.period_text(self.a.baseline_period)),
            (t("current_period"), self.current_text()),
            (t("target_scheme"), clean(self.a.scheme.label(t.lang))),
            (t("energy_basis"), self.labels.energy_basis(self.a.energy_basis)),
            (t("currency"), self.currency),
            (t("report_date"), self.labels.date(self._today)),
        ]
        flowables: list[Flowable] = [
            self.p(t("report_title"), self.s.title),
            self.p(clean(est.name) or "…", self.s.subtitle),
            self.key_values(pairs),
            Spacer(0, 6 * mm),
        ]
        for key, text in (
            (t("history"), est.history),
            (t("environmental_status"), est.environmental_status),
        ):
            if clean(text).strip():
                flowables += [self.p(key, self.s.h2), self.p(clean(text))]
        flowables.append(Spacer(0, 4 * mm))
        flowables.append(self.p(t("prepared_with"), self.s.note))
        return flowables

    def intensity_section(self) -> list[Flowable]:
        t, labels = self.t, self.labels
        current_head = t("col_projected" if self.a.current_is_projection else "col_current")
        header = [
            t("col_product"),
            t("col_resource"),
            t("col_unit"),
            t("col_baseline"),
            current_head,
            t("col_saving"),
            t("col_judgement"),
        ]
        rows = []
        for row in self.a.rows:
            resource = self._resources.get(row.resource)
            resource_unit = resource.unit if resource else ""
            decimals = labels.intensity_decimals(row.baseline_intensity, row.current_intensity)
            rows.append(
                [
                    self.product_name(row.product),
                    self.resource_name(row.resource),
                    labels.intensity_unit(resource_unit, self.product_unit(row.product)),
                    labels.figure(row.baseline_intensity, decimals, brief=True),
                    labels.figure(row.current_intensity, decimals, brief=True),
                    labels.saving(row.saving, brief=True),
                    labels.judgement(row.judgement, row.saving),
                ]
            )
        intro = t(
            "intensity_intro",
            current=self.current_word(),
            scheme=clean(self.a.scheme.label(t.lang)),
        )
        flowables: list[Flowable] = [self.p(t("sec_intensity"), self.s.h1), self.p(intro)]
        if not rows:
            return [*flowables, self.p(t("no_rows"), self.s.note)]
        widths = (30, 28, 25, 19, 19, 24, 29)
        return [*flowables, self.table(header, rows, widths, numeric=(3, 4, 5)), Spacer(0, 4 * mm)]

    def class_section(self, chart: bytes | None) -> list[Flowable]:
        t, labels = self.t, self.labels
        heading = [
            self.p(t("sec_classes"), self.s.h1),
            self.p(t("classes_intro", current=self.current_word(), band=self.band())),
        ]
        if not self.a.classes or chart is None:
            return [*heading, self.p(t("no_classes"), self.s.note)]
        image = _png_image(chart, BODY_WIDTH)
        rows = [
            [
                labels.resource_class(c.resource_class),
                self.class_basis(c.resource_class, c.basis),
                labels.saving(c.saving, brief=True),
                labels.judgement(c.judgement, c.saving),
            ]
            for c in self.a.classes
        ]
        header = [t("col_class"), t("col_basis"), t("col_saving"), t("col_judgement")]
        table = self.table(header, rows, (38, 52, 34, 50), numeric=(2,))
        return [KeepTogether([*heading, image]), Spacer(0, 2 * mm), table, Spacer(0, 4 * mm)]

    def energy_section(self) -> list[Flowable]:
        t, labels = self.t, self.labels
        threshold = key_energy_user_threshold()
        limit = labels.number(threshold.min_toe_per_year, 0)
        included, excluded = self.energy_resources()
        # With no energy resource at all the engine's 0 TOE would read "not a key energy user".
        no_data = not included
        no_data_text = t("not_available_reason", reason=t("reason_no_energy_data"))
        names = [self.period_label(i) for i in range(len(self.a.energy_totals))]
        rows = [
            [
                self.period_label(i, detailed=True),
                t("not_available") if no_data else labels.figure(total.toe, 1, brief=True),
                t("not_available") if no_data else labels.figure(total.gj, 0, brief=True),
                no_data_text if no_data else labels.yes_no(total.key_energy_user, total.toe),
            ]
            for i, total in enumerate(self.a.energy_totals)
        ]
        header = [t("col_period"), t("col_toe"), t("col_gj"), t("col_key_user", threshold=limit)]
        intro = t(
            "energy_intro",
            included=", ".join(included) or t("energy_none_included"),
            gj_per_toe=labels.number(units.factor("toe", "GJ"), 3),
        )
        flowables: list[Flowable] = [self.p(t("sec_energy"), self.s.h1), self.p(intro)]
        if excluded:
            flowables.append(self.p(t("energy_excluded", excluded=", ".join(excluded))))
        flowables.append(self.table(header, rows, (62, 30, 32, 50), numeric=(1, 2)))
        flowables.append(Spacer(0, 2 * mm))
        any_key_user = False
        for name, total in zip(names, self.a.energy_totals, strict=True):
            if no_data:
                line = t("key_user_na", period=name, reason=t("reason_no_energy_data"))
            elif isinstance(total.toe, NotDefined):
                line = t("key_user_na", period=name, reason=labels.reason(total.toe))
            else:
                key = "key_user_yes" if total.key_energy_user else "key_user_no"
                line = t(key, period=name, toe=labels.number(total.toe, 1), threshold=limit)
                any_key_user = any_key_user or bool(total.key_energy_user)
            flowables.append(self.p(line))
        if any_key_user:
            flowables.append(
                self.p(t("key_user_consequence", text=clean(threshold.consequence(t.lang))))
            )
        flowables.append(self.p(t("key_user_source", source=clean(threshold.source)), self.s.note))
        days = self.period_days()
        if days is not None and not 365 <= days <= 366:
            flowables.append(self.p(t("period_not_a_year", days=days), self.s.note))
        return [KeepTogether(flowables)]

    def period_label(self, index: int, detailed: bool = False) -> str:
        """The energy totals' periods: baseline, then current or projected."""
        if index == 0:
            name, code = self.t("baseline_period"), self.a.baseline_period
        elif self.a.current_is_projection:
            return self.t("col_projected")
        else:
            name, code = self.t("current_period"), self.a.current_period
        return f"{name}: {self.period_text(code)}" if detailed else name

    def period_days(self) -> int | None:
        try:
            period = self.project.period(self.a.baseline_period)
        except KeyError:
            return None
        return (period.end - period.start).days + 1

    def energy_resources(self) -> tuple[list[str], list[str]]:
        """Names of the resources the energy totals add up, and of those they leave out."""
        used = {record.resource for record in self.project.consumption}
        included, excluded = [], []
        for resource in self.project.resources:
            if resource.code not in used:
                continue
            energy = resource.resource_class in (ResourceClass.ENERGY, ResourceClass.FUEL)
            (included if energy else excluded).append(self.resource_name(resource.code))
        return included, excluded

    def options_section(self) -> list[Flowable]:
        t = self.t
        flowables: list[Flowable] = [self.p(t("sec_options"), self.s.h1)]
        if not self.project.options:
            return [*flowables, self.p(t("no_options"), self.s.note)]
        return [
            *flowables,
            self.p(t("sub_options_list"), self.s.h2),
            self.options_table(),
            self.p(t("sub_options_economics"), self.s.h2),
            self.economics_table(),
            Spacer(0, 2 * mm),
            *self.economics_notes(),
            self.payback_groups_table(),
            self.p(t("sub_options_savings"), self.s.h2),
            self.option_savings_table(),
            Spacer(0, 4 * mm),
        ]

    def options_table(self) -> Flowable:
        t = self.t
        rows = []
        for option in self.project.options:
            title = markup(_cap(clean(option.title) or clean(option.code)))
            extras = []
            if option.rejection_reason:
                extras.append(t("rejected_because", reason=_cap(clean(option.rejection_reason))))
            if option.reference:
                extras.append(t("option_reference", reference=_cap(clean(option.reference))))
            extra = "".join(f"<br/><font size=7 color='#555555'>{markup(x)}</font>" for x in extras)
            rows.append(
                [
                    option.code,
                    Paragraph(title + extra, self.s.cell),
                    t(f"technique_{option.technique.value}"),
                    t(f"screening_{option.screening.value}"),
                    t(f"status_{option.status.value}"),
                ]
            )
        header = [
            t("col_code"),
            t("col_title"),
            t("col_technique"),
            t("col_screening"),
            t("col_status"),
        ]
        return self.table(header, rows, (22, 62, 34, 28, 28))

    def economics_table(self) -> Flowable:
        t, labels, cur = self.t, self.labels, self.currency
        rows: list[list[str | Flowable]] = []
        for economics in self.a.options:
            # Where the net saving is not defined, the payback group cell gives the reason once.
            no_net = isinstance(economics.net_annual_saving, NotDefined)
            rows.append(
                [
                    economics.code,
                    labels.money(economics.investment),
                    labels.money(economics.net_annual_saving, brief=True),
                    labels.years(economics.payback_years, brief=True),
                    self.payback_group(economics.payback_group, economics.payback_years),
                    labels.money(economics.npv, brief=True),
                    labels.percent(economics.irr, 1, brief=no_net),
                ]
            )
        total_payback = self.a.implemented_payback_years
        group = payback_group(total_payback)
        bold, bold_right = self.s.cell_bold, self.s.cell_bold_right
        rows.append(
            [
                self.cell(t("implemented_total"), bold),
                self.cell(labels.money(self.a.implemented_investment), bold_right),
                self.cell(labels.money(self.a.implemented_net_saving, brief=True), bold_right),
                self.cell(labels.years(total_payback, brief=True), bold_right),
                self.cell(self.payback_group(group, total_payback), bold),
                "",
                "",
            ]
        )
        header = [
            t("col_code"),
            t("col_investment", currency=cur),
            t("col_net_saving", currency=cur),
            t("col_payback"),
            t("col_payback_group"),
            t("col_npv", currency=cur),
            t("col_irr"),
        ]
        return self.table(header, rows, (28, 25, 27, 22, 20, 27, 25), numeric=(1, 2, 3, 5, 6))

    def payback_group(self, group: PaybackGroup | None, payback: object) -> str:
        if group is None:
            return self.labels.not_available(payback)
        return self.t(f"payback_{group.value}")

    def economics_notes(self) -> list[Flowable]:
        settings = self.project.settings
        note = self.t(
            "economics_note",
            lifetime=settings.default_lifetime_years,
            rate=self.labels.percent(settings.default_discount_rate, 0),
        )
        flowables = [self.p(note, self.s.note)]
        if clean(settings.assumptions_note).strip():
            assumptions = self.t("assumptions", note=clean(settings.assumptions_note))
            flowables.append(self.p(assumptions, self.s.note))
        return flowables

    def payback_groups_table(self) -> Flowable:
        t = self.t
        counts = {group: 0 for group in PaybackGroup}
        undefined = 0
        for economics in self.a.options:
            if economics.payback_group is None:
                undefined += 1
            else:
                counts[economics.payback_group] += 1
        rows = [[t(f"payback_{g.value}"), self.labels.number(n)] for g, n in counts.items()]
        if undefined:
            rows.append([t("not_available"), self.labels.number(undefined)])
        header = [t("payback_groups"), t("col_count")]
        table = self.table(header, rows, (60, 30), numeric=(1,), full_width=False)
        return KeepTogether([Spacer(0, 2 * mm), table])

    def option_savings_table(self) -> Flowable:
        t, labels = self.t, self.labels
        rows = []
        for option in self.project.options:
            for saving in option.savings:
                resource = self._resources.get(saving.resource)
                unit = labels.quantity_unit(resource.unit) if resource else ""
                money = saving.money
                if money is None and resource is not None and resource.price_per_unit is not None:
                    money = saving.quantity * resource.price_per_unit
                rows.append(
                    [
                        option.code,
                        self.resource_name(saving.resource),
                        labels.signed_quantity(saving.quantity, unit),
                        labels.money(money) if money is not None else t("not_available"),
                    ]
                )
        if not rows:
            return self.p(t("no_resource_savings"), self.s.note)
        header = [
            t("col_code"),
            t("col_resource"),
            t("col_quantity"),
            t("col_money", currency=self.currency),
        ]
        return self.table(header, rows, (28, 50, 56, 40), numeric=(2, 3))

    def sources_section(self) -> list[Flowable]:
        t = self.t
        flowables: list[Flowable] = [
            self.p(t("sec_sources"), self.s.h1),
            self.p(t("sub_scheme"), self.s.h2),
            self.scheme_table(),
            self.p(t("sub_conversions"), self.s.h2),
            self.conversions_table(),
            self.p(t("sub_project_sources"), self.s.h2),
        ]
        sources = [clean(line) for line in self.project.sources if clean(line).strip()]
        if sources:
            flowables += [self.p(f"• {line}") for line in sources]
        else:
            flowables.append(self.p(t("no_sources"), self.s.note))
        flowables.append(self.p(t("sub_notes"), self.s.h2))
        notes = clean(self.project.establishment.notes)
        flowables.append(self.p(notes) if notes.strip() else self.p(t("no_notes"), self.s.note))
        return flowables

    def scheme_table(self) -> Flowable:
        t, labels, scheme = self.t, self.labels, self.a.scheme
        if scheme.valid_from is not None:
            valid = t(
                "valid_range",
                start=labels.date(scheme.valid_from),
                end=labels.date(scheme.horizon_end),
            )
        else:
            valid = t("valid_until", end=labels.date(scheme.horizon_end))
        ordered = [c for c in ResourceClass if c in scheme.scope]
        pairs = [
            (t("scheme_label"), clean(scheme.label(t.lang))),
            (t("scheme_instrument"), clean(scheme.instrument)),
            (t("scheme_band"), self.band()),
            (t("scheme_scope"), ", ".join(labels.resource_class(c) for c in ordered)),
            (t("scheme_valid"), valid),
            (t("scheme_source"), clean(scheme.source)),
        ]
        return self.key_values(pairs)

    def conversions_table(self) -> Flowable:
        t, labels = self.t, self.labels
        bases = [self.a.energy_basis]
        if EnergyBasis.MOIT not in bases:
            bases.append(EnergyBasis.MOIT)  # the energy totals always use the MOIT factors
        used = {record.resource for record in self.project.consumption}
        rows = []
        for resource in self.project.resources:
            energy = resource.resource_class in (ResourceClass.ENERGY, ResourceClass.FUEL)
            if resource.code not in used or not energy:
                continue
            for basis in bases:
                factor = conversion(resource, basis)
                if isinstance(factor, NotDefined):
                    gj = toe = labels.not_available(factor)
                    source = ""
                else:
                    gj = labels.significant(factor.gj_per_unit, 5)
                    toe = labels.significant(factor.toe_per_unit, 4)
                    source = labels.source(factor.source)
                rows.append(
                    [
                        self.resource_name(resource.code),
                        labels.quantity_unit(resource.unit),
                        labels.energy_basis(basis),
                        gj,
                        toe,
                        source,
                    ]
                )
        if not rows:
            return self.p(t("no_conversions"), self.s.note)
        header = [
            t("col_resource"),
            t("col_unit"),
            t("energy_basis"),
            t("col_factor_gj"),
            t("col_factor_toe"),
            t("col_source"),
        ]
        return self.table(header, rows, (34, 20, 28, 22, 22, 48), numeric=(3, 4))


def _png_image(png: bytes, width: float) -> Image:
    image = Image(io.BytesIO(png))
    scale = width / image.imageWidth
    image.drawWidth = width
    image.drawHeight = image.imageHeight * scale
    return image


def _fit(text: str, width: float, font: str, size: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    text = text[:300]  # no footer holds more; keeps the loop short for a very long name
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
