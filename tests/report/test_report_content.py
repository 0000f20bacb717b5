"""What the demo report says, in both languages, read back from the PDF.

Expected figures are DL0238's (IAC database, resources/demo): baseline electricity
43,731,684 kWh over 107,000 short tons = 97,068.77 t gives 450.52 kWh/t; the implemented options
save 4,043,623 kWh, giving 408.87 kWh/t and a 9.25 % saving, within the 8–13 % band of Decision
1419/QĐ-TTg (2016–2020). DL023801: 1,860,000 USD / 236,055 USD a year = 7.88 years.
"""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
from pypdf import PdfReader
from report_text import one_line, pdf_pages, pdf_text, poppler_text

from cpaudit.audit.model import OptionStatus
from cpaudit.report.pdf import write_report

# The words the acceptance check refuses (case-sensitive, as in shared/checks/check-slice-no-nan).
_FORBIDDEN = re.compile(r"\b(nan|NaN|inf|Infinity|None)\b|object at 0x")


def test_english_demo_figures(demo_text):
    text = one_line(demo_text["en"])

    assert "450.52 408.87 9.25 % within target" in text
    assert "kWh/t" in text
    assert "kW-month/t" in text
    assert "IAC W0 unit/t (unit undefined)" in text
    assert "DL023801 1,860,000 236,055 7.88 > 3 years −409,544 4.6 %" in text
    assert "Natural gas −109,800 MMBtu (increase) −916,144" in text
    assert "10,537.6 TOE ≥ 1,000 TOE a year, so the establishment is a key energy user" in text
    assert "Obligations that apply to the establishment. Key energy user: an energy audit" in text
    assert "Projection from implemented options" in text
    assert "Decision 1419/QĐ-TTg, 2016–2020: 8–13 %" in text


def test_english_demo_totals_and_sources(demo_text):
    text = one_line(demo_text["en"])

    assert "Total of implemented options 1,960,700 632,237 3.10 > 3 years" in text
    assert "10 years and 10 % a year are assumed" in text  # the project's assumptions note
    assert "MOIT official letter 3505/BCT-KHCN (19 Apr 2011)" in text
    assert "0.0001543" in text  # electricity, TOE per kWh
    assert "ITAC" in text  # the project's sources
    assert "implausible, kept as entered" in text  # the establishment's data-quality note
    assert "Energy GJ (MOIT basis) 10.67 % within target" in text


def test_the_summary_says_which_savings_its_co2_leaves_out(demo_files, demo_text):
    # DL023804 and DL023806 save 8,784 + 4,392 = 13,176 MMBtu of purchased steam, and
    # DL023801-03 12,876 + 449 + 4,262 = 17,587 kW-month of demand: neither has a CO2 factor
    document = json.loads(demo_files["en"].data.read_text("utf-8"))
    left_out = {
        s["resource"]: s["quantity"] for s in document["summary"]["implemented"]["co2_not_counted"]
    }

    assert left_out == {"E11": 13_176.0, "ED": 17_587.0}
    assert (
        "CO2 avoided per year (implemented options) 2,666 t CO2 (fossil), not counting savings "
        "with no emission factor: 17,587 kW-month of Electricity demand and 13,176 MMBtu of "
        "Purchased steam (IAC E11, other gas)" in one_line(demo_text["en"])
    )
    assert (
        "2.666 tấn CO2 (hóa thạch), chưa tính phần tiết kiệm không có hệ số phát thải: 17.587 "
        "kW-tháng Electricity demand và 13.176 MMBtu Purchased steam (IAC E11, other gas)"
        in one_line(demo_text["vi"])
    )


def test_section_2_gives_the_design_capacity_and_the_staff_or_says_they_are_not_given(
    tmp_path, demo, demo_text
):
    # the IAC record has 592 employees and no design capacity
    assert "2.2 Products and design capacity Design capacity not given" in one_line(demo_text["en"])
    assert "Số lao động 592" in one_line(demo_text["vi"])
    assert "2.2 Sản phẩm và công suất thiết kế Công suất thiết kế chưa nêu" in one_line(
        demo_text["vi"]
    )
    establishment = dataclasses.replace(
        demo.establishment, design_capacity="120.000 tấn/năm", employees=None
    )
    path = tmp_path / "capacity.pdf"

    write_report(dataclasses.replace(demo, establishment=establishment), path, lang="vi")

    text = one_line(pdf_text(path))
    assert "Công suất thiết kế 120.000 tấn/năm" in text
    assert "Số lao động chưa nêu" in text


def test_vietnamese_demo_figures(demo_text):
    text = one_line(demo_text["vi"])

    assert "450,52 408,87 9,25 % trong mục tiêu" in text
    assert "DL023801 1.860.000 236.055 7,88 > 3 năm" in text
    assert "Natural gas −109.800 MMBtu (tăng)" in text
    assert "thuộc diện cơ sở sử dụng năng lượng trọng điểm" in text
    assert "Nghĩa vụ áp dụng cho cơ sở. Cơ sở sử dụng năng lượng trọng điểm: kiểm toán" in text
    assert "kW-tháng/t" in text


def test_vietnamese_demo_reads_as_vietnamese(demo_text):
    text = one_line(demo_text["vi"])

    assert "tiết kiệm" in text
    for heading in (
        "Báo cáo đánh giá sản xuất sạch hơn",
        "5.2 Suất tiêu hao và mức tiết kiệm",
        "5.3 Mức tiết kiệm theo nhóm tài nguyên so với mục tiêu",
        "6. Năng lượng quy đổi TOE và GJ",
        "9. Các giải pháp SXSH",
        "Thời gian hoàn vốn",
        "11.2 Hệ số và định mức đã dùng, kèm nguồn",
        "Dự tính từ các giải pháp đã thực hiện",
        "quản lý nội vi",
        "kiểm toán năng lượng",
    ):
        assert heading in text, heading
    for english in ("Specific consumption", "within target", "Payback", "page 1 of"):
        assert english not in text


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_demo_shows_no_nan_inf_none(demo_pdfs, demo_text, lang):
    assert not _FORBIDDEN.search(demo_text[lang])
    poppler = poppler_text(demo_pdfs[lang])
    if poppler is not None:
        assert not _FORBIDDEN.search(poppler)
        assert "9" in poppler and re.search(r"9[.,]25", poppler)


@pytest.mark.parametrize(("lang", "footer"), [("en", "page {} of {}"), ("vi", "trang {} / {}")])
def test_every_page_has_its_footer(demo_pdfs, demo, lang, footer):
    pages = pdf_pages(demo_pdfs[lang])

    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert footer.format(number, len(pages)) in page
        assert demo.establishment.name in page


def test_a_negative_product_saving_is_an_increase(tmp_path, demo):
    # Implementing DL023807 swaps purchased steam for natural gas: gas goes from 62,550 to
    # 172,350 MMBtu at the same output, a saving of (62,550 − 172,350) / 62,550 = −175.54 %.
    options = tuple(
        dataclasses.replace(o, status=OptionStatus.IMPLEMENTED) if o.code == "DL023807" else o
        for o in demo.options
    )
    path = tmp_path / "gas.pdf"

    write_report(dataclasses.replace(demo, options=options), path, lang="vi")

    assert "−175,54 % (tăng)" in one_line(pdf_text(path))


def test_another_scheme_changes_the_judgement(tmp_path, demo):
    # Decision 889/QĐ-TTg's band names fuels and materials only, not energy.
    path = tmp_path / "889.pdf"

    write_report(demo, path, lang="en", scheme_id="qd889-2025")

    text = one_line(pdf_text(path))
    assert "Decision 889/QĐ-TTg, 2021–2025: 5–8 %" in text
    assert "450.52 408.87 9.25 % not in scheme scope" in text


def test_money_in_dong_has_no_decimals(tmp_path, demo):
    establishment = dataclasses.replace(demo.establishment, currency="VND")
    path = tmp_path / "vnd.pdf"

    write_report(dataclasses.replace(demo, establishment=establishment), path, lang="vi")

    text = one_line(pdf_text(path))
    assert "Vốn đầu tư (VND)" in text
    assert "DL023801 1.860.000 236.055 7,88" in text


def test_fonts_are_the_bundled_dejavu_faces(demo_pdfs):
    fonts = set()
    for page in PdfReader(demo_pdfs["vi"]).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])

    assert fonts == {"DejaVuSans", "DejaVuSans-Bold"}  # embedded subsets; no base-14 font
