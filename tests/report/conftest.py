"""Fixtures for the report tests: the demo project and the text of its PDF in each language."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_text import pdf_text

from cpaudit.audit.iac import demo_project
from cpaudit.report.pdf import write_report


@pytest.fixture(scope="session")
def demo():
    return demo_project()


@pytest.fixture(scope="session")
def demo_pdfs(tmp_path_factory, demo) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("demo-report")
    paths = {}
    for lang in ("en", "vi"):
        paths[lang] = folder / f"demo-{lang}.pdf"
        write_report(demo, paths[lang], lang=lang)
    return paths


@pytest.fixture(scope="session")
def demo_text(demo_pdfs) -> dict[str, str]:
    return {lang: pdf_text(path) for lang, path in demo_pdfs.items()}
