"""Layout: long tables repeat their header on each page; the chart is a Figure, not pyplot."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import time

from matplotlib.figure import Figure
from report_text import pdf_pages

from cpaudit.audit.analysis import assess
from cpaudit.audit.model import ConsumptionRecord, Product, ProductionRecord
from cpaudit.report.charts import ClassBar, class_saving_figure, figure_png
from cpaudit.report.i18n import Texts
from cpaudit.report.labels import Labels
from cpaudit.report.layout import BODY_WIDTH, NoteKey
from cpaudit.report.pdf import write_report


def _many_products(demo, count: int):
    products, production, consumption = [], [], []
    for i in range(count):
        code = f"P{i:04d}"
        products.append(Product(code, f"Sản phẩm số {i}", "t"))
        production.append(ProductionRecord("FY2024", code, 1000.0 + i))
        for resource in ("EC", "E2", "W0"):
            consumption.append(ConsumptionRecord("FY2024", resource, 500.0 + i, product=code))
    return dataclasses.replace(
        demo,
        products=tuple(products),
        production=tuple(production),
        consumption=tuple(consumption),
    )


def test_a_long_table_repeats_its_header_on_every_page(tmp_path, demo):
    project = _many_products(demo, 400)  # 1,200 product × resource rows
    path = tmp_path / "long.pdf"

    started = time.perf_counter()
    write_report(project, path, lang="en")
    elapsed = time.perf_counter() - started

    pages = pdf_pages(path)
    table_pages = [p for p in pages if "Sản phẩm số" in p and "kWh/t" in p]
    assert len(table_pages) > 10
    header = re.compile(r"Product\s+Resource\s+Unit\s+Baseline\s+Projected\s+Saving\s+Judgement")
    for page in table_pages:
        assert len(header.findall(page)) == 1  # once per page: never twice, never missing
    assert "Sản phẩm số 399" in "".join(pages)
    assert elapsed < 60  # chunked layout; one big Table would take far longer


def test_the_chart_is_a_figure_with_every_class(demo):
    assessment = assess(demo)
    labels = Labels(Texts("vi"), "USD")
    bars = [
        ClassBar(labels.resource_class(c.resource_class), c.saving * 100, c.judgement)
        for c in assessment.classes
    ]

    figure = class_saving_figure(bars, (8.0, 13.0), labels, BODY_WIDTH)

    assert isinstance(figure, Figure)
    shown = {t.get_text() for t in figure.axes[0].get_yticklabels()}
    assert shown == {"Năng lượng", "Nhiên liệu", "Nước"}
    assert figure_png(figure).startswith(b"\x89PNG")


def test_writing_a_report_never_imports_pyplot(tmp_path):
    code = (
        "import sys\n"
        "from cpaudit.audit.iac import demo_project\n"
        "from cpaudit.report.pdf import write_report\n"
        f"write_report(demo_project(), {str(tmp_path / 'r.pdf')!r}, lang='en')\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
        "assert not any(name.startswith('PySide6') for name in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_note_key_numbers_each_text_once_and_lists_them_in_order():
    key = NoteKey()

    marks = [
        key.marker(text)
        for text in ("n/a (never pays back)", "n/a (no IRR)", "n/a (never pays back)")
    ]

    assert marks == ["¹", "²", "¹"]
    assert key.notes == [("¹", "n/a (never pays back)"), ("²", "n/a (no IRR)")]
    for i in range(9):
        key.marker(f"reason {i}")
    assert key.notes[-1][0] == "¹¹"
