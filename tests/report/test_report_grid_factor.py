"""The grid emission factor in the report: its citation in the reader's language (the DCC row of
resources/reference/grid_emission_factors_vn.csv, its announced_by_vi in Vietnamese) and the
year it is of against the period assessed (shared/domain.md §CO2: the factor of the same year,
or the latest announced year where that year has none, and say so).

The demo's period is 01/10/2023 – 30/09/2024: it ends in 2024, which the DCC has not announced;
its 2023 factor (0.6592 t CO2/MWh) is the latest announced year.
"""

from __future__ import annotations

import dataclasses
import json

import jsonschema
import pytest
from report_text import one_line, pdf_text

from cpaudit.audit.reference import grid_factor_citation, grid_factors
from cpaudit.report.pdf import write_report
from cpaudit.report.twin import schema


def test_the_grid_factor_source_is_in_the_report_language(demo_text):
    vi, en = one_line(demo_text["vi"]), one_line(demo_text["en"])

    assert "nguồn: 2023: Cục Biến đổi khí hậu, Bộ Tài nguyên và Môi trường; https://" in vi
    assert "MONRE Department of Climate Change" not in vi
    assert "source: 2023: MONRE Department of Climate Change (DCC); https://" in en
    assert "Cục Biến đổi khí hậu" not in en


def test_the_year_of_the_grid_factor_is_said_against_the_period(demo_text):
    vi, en = one_line(demo_text["vi"]), one_line(demo_text["en"])

    english = (
        "Factor of 2023: the period assessed ends in 2024, for which no factor has been "
        "announced yet; 2023 is the latest year announced."
    )
    vietnamese = (
        "Hệ số của năm 2023: kỳ đánh giá kết thúc năm 2024, năm chưa có hệ số được công bố; "
        "2023 là năm gần nhất đã công bố."
    )
    assert en.count(english) == 2  # in the CO2 section and in the annex
    assert vi.count(vietnamese) == 2
    assert "Year of the factor" in en and "Năm của hệ số" in vi


def test_the_twin_names_the_row_and_the_year_announced_for_the_period(demo_files):
    for lang in ("vi", "en"):
        document = json.loads(demo_files[lang].data.read_text("utf-8"))
        for grid in (
            document["options"]["grid_factor"],
            document["annex"]["factors"]["grid_factor"],
        ):
            assert grid["source"].startswith("2023: MONRE Department of Climate Change (DCC); ")
            assert grid["source_vi"].startswith("2023: Cục Biến đổi khí hậu, Bộ Tài nguyên và ")
            assert grid["source_vi"].endswith(grid["source"].split("/. ", 1)[1])  # the note kept
            assert (grid["year"], grid["official"]) == (2023, True)
            assert (grid["period_year"], grid["announced_year"]) == (2024, 2023)
            assert grid["announced_t_co2_per_mwh"] == 0.6592


def _with_grid_year(demo, year: int):
    row = next(g for g in grid_factors() if g.year == year)
    method = dataclasses.replace(
        demo.method,
        grid_factor_t_per_mwh=row.t_co2_per_mwh,
        grid_factor_source=grid_factor_citation(row),
    )
    return dataclasses.replace(demo, method=method)


@pytest.mark.parametrize(
    ("year", "english"),
    [
        # an older announced year than the latest: the report names the one to use
        (
            2019,
            "Factor of 2019; the period assessed ends in 2024, for which the announced factor is "
            "that of 2023 (0.6592 t CO2/MWh).",
        ),
        # the research group's 2024 estimate (0.6811) is not an announced factor
        (
            2024,
            "Factor of 2024: an unofficial estimate, not a factor announced by the Department of "
            "Climate Change; for the period assessed (2024) the announced factor is that of 2023 "
            "(0.6592 t CO2/MWh).",
        ),
    ],
)
def test_a_factor_of_another_year_is_said_to_be(tmp_path, demo, year, english):
    files = write_report(_with_grid_year(demo, year), tmp_path / "grid.pdf", lang="en")

    assert one_line(pdf_text(files.pdf)).count(english) == 2
    jsonschema.Draft202012Validator(schema()).validate(json.loads(files.data.read_text("utf-8")))


def test_a_factor_not_from_the_table_is_printed_as_stated(tmp_path, demo):
    method = dataclasses.replace(
        demo.method, grid_factor_t_per_mwh=0.3712, grid_factor_source="eGRID 2022, RFCE"
    )
    files = write_report(dataclasses.replace(demo, method=method), tmp_path / "own.pdf", lang="vi")

    text = one_line(pdf_text(files.pdf))
    assert "0,3712 tấn CO2/MWh; nguồn: eGRID 2022, RFCE" in text
    assert "Năm của hệ số" not in text
    grid = json.loads(files.data.read_text("utf-8"))["annex"]["factors"]["grid_factor"]
    assert "year" not in grid and "source_vi" not in grid
