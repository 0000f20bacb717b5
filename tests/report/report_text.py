"""Reading the report PDFs back as text, the way the tests and the acceptance checks do."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    """All pages' text as pypdf extracts it."""
    return "\n".join(pdf_pages(path))


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def poppler_text(path: Path) -> str | None:
    """The text as ``pdftotext`` (poppler) reads it, as the acceptance checks do.

    None where poppler-utils is not installed.
    """
    if shutil.which("pdftotext") is None:
        return None
    result = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
    return result.stdout.decode("utf-8")


def one_line(text: str) -> str:
    """Text with every run of white space (line breaks of wrapped cells) as one space."""
    return " ".join(text.split())


def from_json(value):
    """A figure of the JSON twin as the report's labels take it: ``{"not_defined": reason}``
    back to :class:`~cpaudit.audit.results.NotDefined`."""
    from cpaudit.audit.results import NotDefined, Reason
    from cpaudit.report.reasons import ReportReason

    if not isinstance(value, dict):
        return value
    code = value["not_defined"]
    reason = Reason(code) if code in Reason._value2member_map_ else ReportReason(code)
    return NotDefined(reason, value.get("detail", ""))
