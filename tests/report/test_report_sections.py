"""The report's sections, contents, page furniture and options, read back from the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re

import pytest
from pypdf import PdfReader
from report_text import one_line, pdf_pages, pdf_text

from cpaudit.report.i18n import Texts
from cpaudit.report.pdf import ReportError, write_report

# The sections of the full report in order, by their catalogue key.
HEADINGS = (
    "sec_summary",
    "sec_establishment",
    "sec_team",
    "sec_process",
    "sec_consumption",
    "sec_energy",
    "sec_balance",
    "sec_waste",
    "sec_options",
    "sec_implementation",
    "sec_annex",
)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_section_is_there_in_order(demo_text, lang):
    texts = Texts(lang)
    text = one_line(demo_text[lang])
    body = text[text.index(texts("contents")) + 1 :]
    body = body[body.index(f"1. {texts('sec_summary')}") + 1 :]  # past the contents list

    positions = []
    for number, key in enumerate(HEADINGS, start=1):
        heading = f"{number}. {texts(key)}"
        assert heading in body, heading
        positions.append(body.index(heading) if number > 1 else -1)
    assert positions == sorted(positions)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_outline_and_the_contents_give_each_heading_its_page(demo_pdfs, lang):
    reader = PdfReader(demo_pdfs[lang])
    pages = [one_line(p.extract_text() or "") for p in reader.pages]
    entries = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                entries.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)

    assert len(entries) > 40
    for title, page in entries:
        assert title in pages[page - 1], (title, page)
    # the contents page lists the headings (those not named by a user) and their page numbers,
    # which are drawn once the pages are known, after the page's other text
    contents = pdf_pages(demo_pdfs[lang])[1]
    numbers = [int(n) for n in re.findall(r"^(\d+)$", contents, re.MULTILINE)]
    listed = [(t, p) for t, p in entries if t in one_line(contents)]
    assert numbers == [p for _t, p in listed]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_each_unit_operation_of_the_balance_is_in_the_contents_and_the_outline(demo_pdfs, lang):
    reader = PdfReader(demo_pdfs[lang])
    contents = one_line(pdf_pages(demo_pdfs[lang])[1])
    balance = next(
        i
        for i, item in enumerate(reader.outline)
        if not isinstance(item, list) and item.title.startswith("7. ")
    )
    subheadings = [entry.title for entry in reader.outline[balance + 1]]

    for heading in ("7.1 OP1 Steam distribution and traps", "7.2 OP2 Process heat users"):
        assert heading in contents
        assert heading in subheadings


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_running_header_and_footer_on_every_page(demo_files, demo, lang):
    texts = Texts(lang)
    files = demo_files[lang]
    fingerprint = hashlib.sha256(files.data.read_bytes()).hexdigest()
    pages = pdf_pages(files.pdf)

    assert len(pages) == files.pages
    for number, page in enumerate(pages, start=1):
        assert texts("footer", page=number, pages=len(pages)) in page
        assert fingerprint in page
        assert demo.establishment.name in page
        if number > 1:
            assert texts("report_title") in page


def test_the_cover_names_the_preparer_date_version_and_periods(demo_text):
    en, vi = one_line(demo_text["en"]), one_line(demo_text["vi"])

    assert "Prepared by Trung tâm Sản xuất sạch hơn Việt Nam (VNCPC)" in en
    assert "Report date 31 January 2025" in en
    assert "Version 1.2" in en
    assert "Baseline period Annual use at the FY2024 assessment (1 October 2023 – 30" in en
    assert "Ngày lập báo cáo 31/01/2025" in vi
    assert "Kỳ cơ sở Annual use at the FY2024 assessment (01/10/2023 – 30/09/2024)" in vi
    assert "Đơn vị lập báo cáo Trung tâm Sản xuất sạch hơn Việt Nam (VNCPC)" in vi
    assert "Data file (JSON) demo-en.report.json" in en


def test_the_summary_is_one_page_with_the_headline_figures(demo_files):
    pages = pdf_pages(demo_files["en"].pdf)
    summary = [p for p in pages if "1. Executive summary" in p and "Key figures" in p]

    assert len(summary) == 1
    text = one_line(summary[0])
    assert "Energy GJ (MOIT basis) 10.67 % within target" in text
    assert "Options implemented 5; investment 1,960,700 USD; net saving 632,237 USD a year" in text
    assert "Money saved per year (implemented options) 632,237 USD" in text
    assert "Options planned 0;" in text
    assert "Key energy user (baseline) yes: 10,537.6 TOE ≥ 1,000 TOE a year" in text
    assert "2,666 t CO2 (fossil)" in text
    assert "2. The establishment" not in text


def test_each_part_of_the_method_is_reported(demo_text):
    text = one_line(demo_text["en"])

    # team and schedule (T1), focus (T3), balance (T5), waste (T6, T7), options (T8-T13),
    # implementation and monitoring (T14-T18)
    assert "Plant manager (illustrative) Plant manager Team leader" in text
    assert "T16 Monitor and evaluate the results started a measured current period" in text
    assert "1 S2 Steam supply and distribution 4 4 3 3 2 5 45" in text
    assert "Audit focus: S2 Steam supply and distribution." in text
    assert "GJ 92,676 92,676 0 0.00 % 50 %" in text
    assert "WS-TRAPS Steam lost through failed traps OP1 8,784 MMBtu 12.8 112,843" in text
    assert "Total 374,110" in text
    assert "C1 WS-TRAPS equipment Illustrative: failed-open traps" in text
    assert "Screening: implement now: 5, study further: 2, rejected: 0." in text
    assert "good housekeeping 3 93,400 374,906 1,513" in text
    assert "DL023801 implemented 997 0 Electricity demand" in text
    assert "Grid emission factor 0.6592 t CO2/MWh" in text
    assert "1 DL023803 Eliminate or reduce compressed air usage" in text
    assert (
        "DL023803 Maintenance supervisor (illustrative) 34,400 1 October 2024 31 March 2025" in text
    )
    assert "No saving has been verified by measurement yet." in text
    assert "Process electricity: the largest energy bill of the plant" in text


def test_the_annex_has_factors_sources_formulas_and_signatures(demo_text):
    en, vi = one_line(demo_text["en"]), one_line(demo_text["vi"])

    assert "electricity kWh 0.0001543 from 19 April 2011 MOIT official letter" in en
    assert "1,000 TOE a year (industrial establishments)" in en
    assert "Valid from 29 March 2011" in en
    assert "natural gas 48.0 56,100 no" in en  # IPCC 2006 factor of the gas an option adds
    assert "Simple payback = investment / net annual saving" in en
    assert "Prepared by" in en and "For the establishment" in en
    assert "(signature, full name, seal)" in en
    assert "(ký, ghi rõ họ tên, đóng dấu)" in vi
    assert "GJ = TOE × 41,868" in vi


def test_optional_sections_can_be_left_out(tmp_path, demo):
    path = tmp_path / "short.pdf"

    files = write_report(demo, path, lang="en", sections=["options"])

    text = one_line(pdf_text(path))
    for heading in (
        "1. Executive summary",
        "2. Consumption and specific consumption per product",
        "3. Energy in TOE and GJ",
        "4. CP options",
        "5. Annex",
    ):
        assert heading in text
    for left_out in ("The CP team", "Material and energy balance of the focus", "Causes of waste"):
        assert left_out not in text
    document = json.loads(files.data.read_text("utf-8"))
    assert document["report"]["sections"] == [
        "summary",
        "consumption",
        "energy",
        "options",
        "annex",
    ]
    assert "team" not in document and "balance" not in document
    assert "history" not in document["establishment"]


def test_an_unknown_section_is_a_plain_error(tmp_path, demo):
    with pytest.raises(ReportError, match="Unknown report sections: teams"):
        write_report(demo, tmp_path / "r.pdf", lang="en", sections=["teams"])
    assert list(tmp_path.iterdir()) == []


def test_numbers_dates_and_money_follow_the_language(demo_text):
    en, vi = one_line(demo_text["en"]), one_line(demo_text["vi"])

    assert "1,960,700" in en and "1.960.700" in vi
    assert "450.52 408.87 9.25 %" in en and "450,52 408,87 9,25 %" in vi
    assert "01/10/2024 31/03/2025" in vi  # implementation dates, dd/mm/yyyy
    assert "1 October 2024 31 March 2025" in en


def test_a_report_date_is_used_as_given(tmp_path, demo):
    path = tmp_path / "dated.pdf"

    write_report(demo, path, lang="vi", report_date=dt.date(2024, 2, 29))

    assert "Ngày lập báo cáo 29/02/2024" in one_line(pdf_text(path))


def _heights_of(page, text: str) -> list[float]:
    """The heights (PDF units, from the page's foot) at which ``text`` is drawn on ``page``."""
    found = []

    def visit(shown, cm, tm, _font, _size):
        if shown.strip() == text:
            # the text matrix within the current transformation (reportlab moves the origin
            # to each table cell)
            found.append(round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("preparer", ["", "Trung tâm Sản xuất sạch hơn Việt Nam (VNCPC)"])
def test_the_two_signature_lines_stand_level(tmp_path, demo, preparer):
    # the establishment's name takes two lines in its half of the block, the preparer's none
    # or one
    name = "Công ty Cổ phần Thực phẩm Đóng gói Khô Delaware – Nhà máy số 2 (IAC DL0238)"
    establishment = dataclasses.replace(demo.establishment, name=name)
    path = tmp_path / "signed.pdf"

    write_report(
        dataclasses.replace(demo, establishment=establishment), path, lang="vi", preparer=preparer
    )

    last = PdfReader(path).pages[-1]
    lines = _heights_of(last, "……………………………………………")
    assert len(lines) == 2 and lines[0] == lines[1], lines
    captions = _heights_of(last, Texts("vi")("sign_line"))
    assert len(captions) == 2 and captions[0] == captions[1], captions


def test_the_signature_block_dates_the_report_as_a_letter(demo_text):
    # conftest's REPORT_DATE, 31/01/2025
    assert "……………………, ngày 31 tháng 01 năm 2025" in one_line(demo_text["vi"])
    assert "ngày 31/01/2025" not in one_line(demo_text["vi"])
    assert "Place and date: ……………………, 31 January 2025" in one_line(demo_text["en"])
