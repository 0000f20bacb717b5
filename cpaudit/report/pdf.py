"""The PDF report of a CP assessment, in Vietnamese or English, and its JSON twin.

:func:`write_report` assesses the project, computes the report document (:mod:`twin`), writes
it as JSON, lays out the pages from the same document and writes the PDF, whose footer carries
the SHA-256 of the JSON file. Both files are written atomically: into temporary files in the
target folder, then ``os.replace``. A failure or a cancel never leaves a half-written file and
never touches a file already at either path.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from cpaudit.audit import units
from cpaudit.audit.analysis import Assessment, assess
from cpaudit.audit.model import Project
from cpaudit.audit.reference import target_schemes
from cpaudit.report import fonts
from cpaudit.report.i18n import Texts
from cpaudit.report.labels import clean
from cpaudit.report.layout import (
    BODY_LEFT,
    BODY_WIDTH,
    BOTTOM_MARGIN,
    GRID,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TOP_MARGIN,
    Registry,
    fit_text,
)
from cpaudit.report.sections import StoryBuilder
from cpaudit.report.twin import FORMAT as TWIN_FORMAT
from cpaudit.report.twin import (
    OPTIONAL_SECTIONS,
    REQUIRED_SECTIONS,
    SECTIONS,
    ReportInfo,
    data_path,
    included_sections,
    report_document,
    twin_bytes,
)

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]

__all__ = [
    "OPTIONAL_SECTIONS",
    "REQUIRED_SECTIONS",
    "SECTIONS",
    "ReportCancelled",
    "ReportError",
    "ReportFiles",
    "write_report",
]


class ReportError(Exception):
    """Something the user can fix (a folder that does not exist or cannot be written, ...).

    The message is one plain line in the report's language.
    """


class ReportCancelled(Exception):
    """The user cancelled; no file was written and any existing file is untouched."""


@dataclass(frozen=True)
class ReportFiles:
    """What :func:`write_report` wrote."""

    pdf: Path
    data: Path  # the JSON twin
    sha256: str  # of the JSON twin's bytes, as the PDF's footer prints it
    pages: int


def write_report(
    project: Project,
    path: str | os.PathLike[str],
    *,
    lang: str = "vi",
    scheme_id: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    sections: Iterable[str] | None = None,
    preparer: str = "",
    version: str = "1",
    report_date: dt.date | None = None,
) -> ReportFiles:
    """Write the CP assessment report of ``project`` to ``path`` (PDF) and its JSON twin.

    Parameters
    ----------
    project : Project
        The assessment data.
    path : path-like
        The PDF to write; an existing file there is replaced only once the new one is complete.
        The JSON twin goes beside it as ``<stem>.report.json`` (see ``twin.data_path``).
    lang : {"vi", "en"}
        Report language.
    scheme_id : str, optional
        Target scheme to judge against; default the project's own.
    progress : callable(fraction, message), optional
        Told how far the work is, ``fraction`` from 0 to 1.
    cancelled : callable() -> bool, optional
        Polled during the work; once it returns true the work stops.
    sections : iterable of str, optional
        The optional sections to include (:data:`OPTIONAL_SECTIONS`); the required ones
        (:data:`REQUIRED_SECTIONS`) are always in. Default: every section.
    preparer : str
        The organisation that prepared the report (cover and signature block).
    version : str
        The report's version, as the preparer numbers it.
    report_date : datetime.date, optional
        The date the report carries; default today.

    Returns
    -------
    ReportFiles
        The two paths, the SHA-256 of the JSON twin and the number of pages.

    Raises
    ------
    ReportError
        For what the user can fix: the folder, the file, the scheme, the sections, the data.
        Also when a file at either path is not an earlier report (a PDF; a twin), which would
        be lost.
    ReportCancelled
        When ``cancelled()`` turned true; no file is left behind.
    """
    texts = Texts(lang)
    job = _Job(texts, progress, cancelled)
    target = Path(path)
    twin_target = data_path(target)
    _check_target(target, twin_target, texts)
    chosen = _sections(sections, texts)

    job.tell(0.0, "progress_assess")
    assessment = _assess(project, scheme_id, texts)
    job.check()
    info = ReportInfo(
        lang=lang,
        sections=chosen,
        preparer=preparer,
        version=version,
        report_date=report_date or dt.date.today(),
        title=texts("report_title"),
        data_file=twin_target.name,
    )
    document = report_document(project, assessment, info)
    data = twin_bytes(document)
    fingerprint = hashlib.sha256(data).hexdigest()
    job.check()

    job.tell(0.1, "progress_chart")
    registry = Registry()
    builder = StoryBuilder(document, texts, registry, tick=job.check)
    builder.fingerprint = fingerprint
    story = builder.story()
    job.check()

    job.tell(0.3, "progress_layout")
    furniture = _Furniture(builder, texts, fingerprint, registry)
    temporaries: list[Path] = []
    try:
        pdf_temporary = _create_temporary(target, texts)
        temporaries.append(pdf_temporary)
        data_temporary = _create_temporary(twin_target, texts)
        temporaries.append(data_temporary)
        _write_bytes(data_temporary, data, texts)
        pages = _build(story, pdf_temporary, furniture, job)
        job.check()
        _replace(data_temporary, twin_target, texts)
        _replace(pdf_temporary, target, texts)
    except BaseException:
        for temporary in temporaries:
            temporary.unlink(missing_ok=True)
        raise
    log.debug("report written: %s and %s (%s, %d pages)", target, twin_target, lang, pages)
    job.tell(1.0, "progress_done")
    return ReportFiles(target, twin_target, fingerprint, pages)


# the job: progress, cancel, the files


class _Job:
    def __init__(self, texts: Texts, progress: Progress | None, cancelled: Cancelled | None):
        self.texts = texts
        self._progress = progress
        self._cancelled = cancelled
        self._last = 0.0

    def tell(self, fraction: float, key: str) -> None:
        fraction = min(max(fraction, self._last), 1.0)
        self._last = fraction
        if self._progress is not None:
            self._progress(fraction, self.texts(key))

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled("cancelled")


def _sections(sections: Iterable[str] | None, texts: Texts) -> tuple[str, ...]:
    if sections is None:
        return SECTIONS
    wanted = [str(s) for s in sections]
    unknown = [s for s in wanted if s not in SECTIONS]
    if unknown:
        raise ReportError(
            texts("error_sections", unknown=", ".join(unknown), known=", ".join(SECTIONS))
        )
    return included_sections(wanted)


def _check_target(target: Path, twin: Path, texts: Texts) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(texts("error_no_folder", folder=clean(folder)))
    if target.is_dir():
        raise ReportError(texts("error_is_folder", path=clean(target)))
    if twin.is_dir() or target.suffix.lower() == ".json":
        raise ReportError(texts("error_twin_path", path=clean(twin)))
    # only an earlier report is replaced: never a project, its JSON form or anything else
    if target.exists() and not _is_pdf(target):
        raise ReportError(texts("error_not_a_pdf", path=clean(target)))
    if twin.exists() and not _is_twin(twin):
        raise ReportError(texts("error_not_a_twin", path=clean(twin)))


def _is_pdf(path: Path) -> bool:
    """Whether the file starts as every PDF does (ISO 32000-2, 7.5.2: ``%PDF-``)."""
    try:
        with open(path, "rb") as file:
            return file.read(5) == b"%PDF-"
    except OSError:
        return False


def _is_twin(path: Path) -> bool:
    """Whether the file is the JSON twin of a report (``"format": "cpaudit-report"``)."""
    try:
        document = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(document, dict) and document.get("format") == TWIN_FORMAT


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


def _write_bytes(path: Path, data: bytes, texts: Texts) -> None:
    try:
        with open(path, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except OSError as e:
        raise ReportError(texts("error_write", why=clean(e.strerror or e))) from e


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


def _build(story: list[Flowable], temporary: Path, furniture: _Furniture, job: _Job) -> int:
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
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=furniture.document_title(),
        author=furniture.author(),
        creator="cpaudit",
        subject=furniture.texts("report_title"),
        lang=furniture.texts.lang,
    )
    document.afterFlowable = after_flowable
    try:
        document.build(story, canvasmaker=_numbered_canvas(furniture))
    except OSError as e:
        raise ReportError(furniture.texts("error_write", why=clean(e.strerror or e))) from e
    return furniture.pages


class _Furniture:
    """What every page carries: the running header, the footer with "page x of y" and the
    twin's fingerprint, and (on the contents pages) the headings' page numbers."""

    def __init__(
        self, builder: StoryBuilder, texts: Texts, fingerprint: str, registry: Registry
    ) -> None:
        self.texts = texts
        # one line: drawString would show a tab or a line break as a missing glyph
        self.name = " ".join(builder.d["establishment"]["name"].split()) or "…"
        self.preparer = builder.d["report"]["preparer"]
        self.fingerprint = fingerprint
        self.registry = registry
        self.pages = 0

    def document_title(self) -> str:
        return f"{self.texts('report_title')} – {self.name}"

    def author(self) -> str:
        return self.preparer or "cpaudit"

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        self.pages = pages
        canvas.saveState()
        if page > 1:
            self._header(canvas)
        self._footer(canvas, page, pages)
        self._contents_numbers(canvas, page)
        for key, top in self.registry.anchors.get(page, ()):
            canvas.bookmarkHorizontalAbsolute(key, top)
        canvas.restoreState()

    def _header(self, canvas: Canvas) -> None:
        size = 7.5
        y = PAGE_HEIGHT - MARGIN + 1 * mm
        title = self.texts("report_title")
        title_width = stringWidth(title, fonts.REGULAR, size)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, size)
        canvas.drawRightString(PAGE_WIDTH - BODY_LEFT, y, title)
        canvas.setFont(fonts.BOLD, size)
        room = BODY_WIDTH - title_width - 8 * mm
        canvas.drawString(BODY_LEFT, y, fit_text(self.name, room, fonts.BOLD, size))
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.line(BODY_LEFT, y - 2 * mm, PAGE_WIDTH - BODY_LEFT, y - 2 * mm)

    def _footer(self, canvas: Canvas, page: int, pages: int) -> None:
        size = 7.5
        y = MARGIN - 2 * mm
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.line(BODY_LEFT, y + 3.5 * mm, PAGE_WIDTH - BODY_LEFT, y + 3.5 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, size)
        number = self.texts("footer", page=page, pages=pages)
        canvas.drawRightString(PAGE_WIDTH - BODY_LEFT, y, number)
        label = self.texts("footer_fingerprint")
        small = 6.3
        canvas.setFont(fonts.REGULAR, small)
        canvas.drawString(BODY_LEFT, y, f"{label} {self.fingerprint}")

    def _contents_numbers(self, canvas: Canvas, page: int) -> None:
        slots = self.registry.slots.get(page, ())
        if not slots:
            return
        canvas.setFillColor(MUTED)
        for key, left, right, y in slots:
            number = self.registry.pages.get(key)
            if number is None:
                continue
            canvas.setFont(fonts.REGULAR, 8.5)
            canvas.drawRightString(right, y, str(number))
            canvas.linkAbsolute(
                "", key, Rect=(left, y - 3, right, y + 10), name=f"toc-{key}", thickness=0
            )


def _numbered_canvas(furniture: _Furniture) -> type[Canvas]:
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
                furniture.draw(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas
