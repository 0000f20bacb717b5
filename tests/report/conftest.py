"""Fixtures for the report tests: the demo project and the text of its PDF in each language,
and the torture project's reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from report_text import pdf_text
from torture import torture_project

from cpaudit.audit.iac import demo_project
from cpaudit.report.pdf import ReportFiles, write_report

# A fixed date, so the demo reports (and their fingerprints) are the same on every run.
REPORT_DATE = dt.date(2025, 1, 31)


def pytest_configure(config):
    # Registered so it can be selected (-m slow) or deselected; CI runs everything.
    config.addinivalue_line("markers", "slow: builds the 600-page torture report (about 10 s)")


@pytest.fixture(scope="session")
def demo():
    return demo_project()


@pytest.fixture(scope="session")
def demo_files(tmp_path_factory, demo) -> dict[str, ReportFiles]:
    folder = tmp_path_factory.mktemp("demo-report")
    return {
        lang: write_report(
            demo,
            folder / f"demo-{lang}.pdf",
            lang=lang,
            preparer="Trung tâm Sản xuất sạch hơn Việt Nam (VNCPC)",
            version="1.2",
            report_date=REPORT_DATE,
        )
        for lang in ("en", "vi")
    }


@pytest.fixture(scope="session")
def demo_pdfs(demo_files) -> dict[str, Path]:
    return {lang: files.pdf for lang, files in demo_files.items()}


@pytest.fixture(scope="session")
def demo_text(demo_pdfs) -> dict[str, str]:
    return {lang: pdf_text(path) for lang, path in demo_pdfs.items()}


@pytest.fixture(scope="session")
def torture():
    return torture_project()


@pytest.fixture(scope="session")
def torture_files(tmp_path_factory, torture) -> dict[str, ReportFiles]:
    folder = tmp_path_factory.mktemp("torture-report")
    return {
        lang: write_report(torture, folder / f"torture-{lang}.pdf", lang=lang)
        for lang in ("vi", "en")
    }
