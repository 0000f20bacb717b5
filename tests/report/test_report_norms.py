"""The MOIT sector norm comparison (Circular 19/2016/TT-BCT, beer, MJ/hl, final energy)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from report_text import one_line, pdf_text

from cpaudit.audit.model import (
    ConsumptionRecord,
    Establishment,
    Period,
    Product,
    ProductionRecord,
    Project,
    Resource,
    ResourceClass,
    Settings,
)
from cpaudit.report.norms import beer_norms
from cpaudit.report.pdf import write_report


def _brewery(year: int, sector: str = "Sản xuất bia", unit: str = "hl") -> Project:
    # 100,000 hl a year = 10 million litres: the "< 20 million litres/year" band.
    # Energy: 1,000,000 kWh x 3.6 MJ/kWh + 20,000 GJ of steam = 23,600,000 MJ -> 236 MJ/hl.
    period = Period("Y", str(year), dt.date(year, 1, 1), dt.date(year, 12, 31))
    return Project(
        Establishment("Nhà máy bia Hà Nội", sector=sector),
        Settings(baseline_period="Y", current_period="Y"),
        products=(Product("B", "Bia chai", unit),),
        resources=(
            Resource("EL", "Điện", ResourceClass.ENERGY, "kWh", "electricity"),
            Resource("ST", "Hơi nước", ResourceClass.ENERGY, "GJ"),
        ),
        periods=(period,),
        production=(ProductionRecord("Y", "B", 100_000.0),),
        consumption=(
            ConsumptionRecord("Y", "EL", 1_000_000.0, product="B"),
            ConsumptionRecord("Y", "ST", 20_000.0, product="B"),
        ),
    )


def test_the_beer_norms_are_read_from_the_reference_data():
    norms = beer_norms()

    assert {n.mj_per_hl for n in norms} == {306, 215, 140, 286, 196, 129}
    small = [n for n in norms if n.covers(10.0) and n.valid_on(dt.date(2024, 6, 30))]
    assert [n.mj_per_hl for n in small] == [286]
    assert [n.mj_per_hl for n in norms if n.covers(20.0) and n.valid_on(dt.date(2024, 1, 1))] == [
        196
    ]  # the band's lower edge belongs to it


@pytest.mark.parametrize(
    ("year", "norm", "volume"),
    [(2024, "286", "9.97"), (2019, "306", "10.00")],  # 2024 has 366 days: 10 × 365 / 366
)
def test_a_brewery_is_compared_with_the_norm_of_its_year(tmp_path, year, norm, volume):
    path = tmp_path / "beer.pdf"

    files = write_report(_brewery(year), path, lang="en")

    text = one_line(pdf_text(path))
    assert f"Bia chai Baseline 100,000 236 {norm} < 20 million litres/year meets the norm" in text
    assert f"{volume} million litres a year" in text
    comparison = json.loads(files.data.read_text("utf-8"))["consumption"]["sector_norm"]
    assert comparison["comparisons"][0]["sec_mj_per_hl"] == pytest.approx(236.0)


def test_a_year_with_no_norm_says_so(tmp_path):
    path = tmp_path / "beer.pdf"

    write_report(_brewery(2027), path, lang="vi")

    assert "không xác định (không có định mức áp dụng cho kỳ và sản lượng này)" in one_line(
        pdf_text(path)
    )


def test_no_norm_applies_outside_beer_or_without_hectolitres(tmp_path, demo_text):
    assert "No MOIT sector energy norm in cpaudit's reference data applies" in one_line(
        demo_text["en"]
    )
    path = tmp_path / "tonnes.pdf"

    write_report(_brewery(2024, unit="t"), path, lang="vi")

    assert "không so sánh được với định mức (MJ/hl)" in one_line(pdf_text(path))
