"""Charts: matplotlib Figures (never pyplot), printed at 200 dpi or more; the Sankey diagram of
each balance, with long and hostile flow names shortened and drawn literally."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.figure import Figure
from report_text import one_line, pdf_pages
from reportlab.platypus import Image, KeepTogether

from cpaudit.audit.analysis import assess
from cpaudit.audit.model import FlowKind
from cpaudit.report.charts import (
    PNG_DPI,
    SankeyFlow,
    balance_sankey_flows,
    figure_png,
    sankey_figure,
)
from cpaudit.report.i18n import Texts
from cpaudit.report.labels import Labels
from cpaudit.report.layout import BODY_WIDTH, Registry
from cpaudit.report.sections import StoryBuilder, _png_size_pt
from cpaudit.report.twin import SECTIONS, ReportInfo, report_document


def _images(flowables) -> list[Image]:
    found = []
    for flowable in flowables:
        if isinstance(flowable, Image):
            found.append(flowable)
        elif isinstance(flowable, KeepTogether):
            found += _images(flowable._content)
    return found


def test_every_chart_prints_at_200_dpi_or_more(demo):
    info = ReportInfo("en", SECTIONS, "", "1", dt.date(2025, 1, 1), "t", "d.json")
    document = report_document(demo, assess(demo), info)
    builder = StoryBuilder(document, Texts("en"), Registry())

    images = _images(builder.story())

    assert len(images) == 3  # the class chart and one Sankey diagram per unit operation
    assert len(builder.charts) == 3 and all(isinstance(f, Figure) for f in builder.charts)
    for image in images:
        assert image.imageWidth / (image.drawWidth / 72.0) >= PNG_DPI - 0.5
        assert image.drawWidth <= BODY_WIDTH + 0.5


def test_the_sankey_diagram_labels_each_flow_by_its_key():
    labels = Labels(Texts("en"), "VND")
    flows = [
        SankeyFlow(1, "Malt $x^2$ <b>&amp; and a very long name of an input", 1000.0, True, 0),
        SankeyFlow(2, "Beer", 900.0, False, 0),
        SankeyFlow(3, "Spent grain", 80.0, False, 1),
        SankeyFlow(4, "Waste water", 20.0, False, -1),
    ]

    figure = sankey_figure(flows, "kg", labels, BODY_WIDTH)

    texts = [t.get_text() for t in figure.axes[0].texts if t.get_text()]
    assert "1 · Malt $x^2$ <b>&amp; and a\nvery long name of an input\n1,000 kg" in texts  # literal
    assert "4 · Waste water\n20.00 kg" in texts
    assert all(not t.get_parse_math() for t in figure.axes[0].texts)


def test_a_long_flow_name_shows_in_full_or_shortened_and_never_runs_off_the_figure():
    labels = Labels(Texts("en"), "VND")
    longest = "Steam lost through failed traps and through the leaks of the old header " * 2
    flows = [
        SankeyFlow(1, "Purchased steam from the industrial park's boiler house", 1000.0, True, 0),
        SankeyFlow(2, "Steam lost through failed traps", 100.0, False, -1),
        SankeyFlow(3, longest, 100.0, False, -1),
    ]
    # ten outputs on every side: the labels beside the outermost arrows need more room than
    # the diagram's own margin
    flows += [
        SankeyFlow(k, f"Wwwwwwwww Wwwwwwwww Wwwwwwwww {k}", 100.0, False, (-1, 1, 0)[k % 3])
        for k in range(4, 12)
    ]

    figure = sankey_figure(flows, "GJ", labels, BODY_WIDTH)

    texts = [t for t in figure.axes[0].texts if t.get_text()]
    shown = [t.get_text() for t in texts]
    assert "2 · Steam lost through failed\ntraps\n100 GJ" in shown  # in full, not "failed…"
    assert "3 · Steam lost through failed\ntraps and through the leaks…\n100 GJ" in shown
    renderer = figure.canvas.get_renderer()
    page = figure.bbox
    for text in texts:
        box = text.get_window_extent(renderer)
        assert page.x0 <= box.x0 and box.x1 <= page.x1, text.get_text()
        assert page.y0 <= box.y0 and box.y1 <= page.y1, text.get_text()
    width_pt, _height_pt = _png_size_pt(figure_png(figure, tight=True))
    assert width_pt <= BODY_WIDTH + 0.5  # printed at its own size, not shrunk to fit


def test_many_flows_are_grouped_and_nothing_to_draw_is_none():
    labels = Labels(Texts("vi"), "VND")
    flows = [SankeyFlow(1, "Vào", 100.0, True, 0)]
    flows += [SankeyFlow(k, f"Ra {k}", 5.0, False, -1) for k in range(2, 22)]

    figure = sankey_figure(flows, "t", labels, BODY_WIDTH)

    texts = [t.get_text() for t in figure.axes[0].texts if t.get_text()]
    assert len(texts) == 1 + 7
    assert any(t.startswith("các dòng khác (14)") for t in texts)
    assert sankey_figure([SankeyFlow(1, "Vào", 0.0, True, 0)], "t", labels, BODY_WIDTH) is None


def test_a_balance_s_arrows_keep_the_flows_numbers_and_add_the_closure():
    flows = [
        ("Water", FlowKind.INPUT, 100.0, "m3"),
        ("Heat", FlowKind.INPUT, 5.0, "GJ"),  # another balance: left out, numbered
        ("Tank drawn down", FlowKind.STOCK_CHANGE, -10.0, "m3"),
        ("Rinse", FlowKind.PRODUCT, 80.0, "m3"),
        ("Drain", FlowKind.WASTE, 20.0, "m3"),
    ]

    arrows = balance_sankey_flows(flows, "m3", "unaccounted", "excess")

    assert arrows == [
        SankeyFlow(1, "Water", 100.0, True, 0),
        SankeyFlow(3, "Tank drawn down", 10.0, True, 0),
        SankeyFlow(4, "Rinse", 80.0, False, 0),
        SankeyFlow(5, "Drain", 20.0, False, -1),
        SankeyFlow(0, "unaccounted", 10.0, False, 1),  # 100 + 10 - 80 - 20
    ]
    flows[3] = ("Rinse", FlowKind.PRODUCT, 95.0, "m3")
    excess = balance_sankey_flows(flows, "m3", "unaccounted", "excess")[-1]
    assert excess == SankeyFlow(0, "excess", 5.0, True, 1)


def test_the_pdf_shows_each_balance_with_its_diagram(demo_text):
    text = one_line(demo_text["en"])
    assert text.count("Sankey diagram of the balance, in GJ") == 2
    assert "GJ 78,775 78,775 0 0.00 % 0 %" in text
    assert "Closure error = (Σ inputs − Σ outputs − stock change) / Σ inputs" in text


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_each_operation_s_table_and_diagram_share_a_page_and_the_caption_names_it(demo_pdfs, lang):
    texts = Texts(lang)
    pages = [one_line(page) for page in pdf_pages(demo_pdfs[lang])[2:]]  # past the contents

    for section, heading in (
        ("7.1", "OP1 Steam distribution and traps"),
        ("7.2", "OP2 Process heat users"),
    ):
        page = next(p for p in pages if f"{section} {heading}" in p)
        caption = texts("sankey_caption", unit="GJ", section=section)
        assert caption in page, (section, page)
