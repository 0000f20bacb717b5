"""The calls the interface makes into the store and the report.

Each is imported when first called (on the worker thread that runs it), so the first window opens
without loading SQLAlchemy, Alembic or reportlab. They all take and return immutable project
dataclasses; no database session leaves the function that opened it.
"""

import sys


def load_project(path):
    from cpaudit.store.projectfile import load_project as load

    return load(path)


def save_project(path, project):
    from cpaudit.store.projectfile import save_project as save

    save(path, project)


def create_project_file(path, project, overwrite=False):
    from cpaudit.store.projectfile import create_project_file as create

    create(path, project, overwrite=overwrite)


def write_report(project, path, *, lang, scheme_id, progress=None, cancelled=None, **options):
    """The PDF report and its JSON twin; ``options`` are the report's own keywords (``sections``,
    ``preparer``, ``version``, ``report_date``), given only when the user chose them."""
    from cpaudit.report.pdf import write_report as write

    return write(
        project,
        path,
        lang=lang,
        scheme_id=scheme_id,
        progress=progress,
        cancelled=cancelled,
        **options,
    )


def report_sections(lang):
    """The report's sections in order: ``(name, title in lang, required)`` for each.

    The titles are the report's own headings, so a box in the dialog reads as the PDF does. Only
    the report's catalogue and its list of sections are loaded (no reportlab), on the GUI thread.
    """
    from cpaudit.report.i18n import Texts
    from cpaudit.report.twin import REQUIRED_SECTIONS, SECTIONS

    texts = Texts(lang)
    return tuple((name, texts(f"sec_{name}"), name in REQUIRED_SECTIONS) for name in SECTIONS)


def report_data_path(pdf_path):
    """Where the report's JSON twin goes beside ``pdf_path`` (no reportlab loaded)."""
    from cpaudit.report.twin import data_path

    return data_path(pdf_path)


def export_data(project, path, *, number_style):
    from cpaudit.store.exporting import export_project

    return export_project(project, path, number_style=number_style)


def write_csv(path, rows):
    """Write ``rows`` (lists of cells, header first) as a UTF-8 CSV file that Excel opens.

    Written to a temporary file beside the target, then moved over it: a failure leaves any
    existing file as it was.
    """
    import csv
    import os
    from pathlib import Path

    path = Path(path)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def user_message(exc):
    """The plain message of an error the user can act on (a bad file, a report problem), else None.

    Only modules already imported are looked at: an error cannot come from one that is not.
    """
    for module_name, class_name in (
        ("cpaudit.store.projectfile", "ProjectFileError"),
        ("cpaudit.report.pdf", "ReportError"),
    ):
        error_class = getattr(sys.modules.get(module_name), class_name, None)
        if error_class is not None and isinstance(exc, error_class):
            return str(exc)
    return None
