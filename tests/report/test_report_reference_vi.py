"""Reference texts (the schemes' instruments, the sources of factors and norms, their notes) in
the reader's language: Vietnamese forms from the ``*_vi`` columns of resources/reference in the
Vietnamese report, the original wording in the English one, both in the JSON twin."""

from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources

import pytest
from report_text import one_line, pdf_text
from test_report_norms import _brewery

from cpaudit.report.pdf import write_report

# The original (English) wording of each reference text the demo's annex prints, and its
# Vietnamese form as resources/reference gives it.
DEMO_REFERENCE_TEXTS = [
    (
        "Decision 1419/QĐ-TTg of 7 Sep 2009 (Strategy on cleaner industrial production to 2020)",
        "Quyết định 1419/QĐ-TTg ngày 07/09/2009 của Thủ tướng Chính phủ phê duyệt Chiến lược sản "
        "xuất sạch hơn trong công nghiệp đến năm 2020",
    ),
    (
        "Decision 1419/QĐ-TTg (7 Sep 2009), as reported by VOV and Đại Đoàn Kết; luatvietnam.vn "
        "copy",
        "Quyết định 1419/QĐ-TTg (07/09/2009), theo tin của VOV và báo Đại Đoàn Kết; bản trên "
        "luatvietnam.vn",
    ),
    (
        "Decree 21/2011/ND-CP Art. 6; Circular 25/2020/TT-BCT; Law 50/2010/QH12 as amended by "
        "Law 77/2025/QH15, Decree 30/2026/ND-CP",
        "Nghị định 21/2011/NĐ-CP, Điều 6; Thông tư 25/2020/TT-BCT; Luật 50/2010/QH12, được sửa "
        "đổi bởi Luật 77/2025/QH15, Nghị định 30/2026/NĐ-CP",
    ),
    (
        "primary-energy basis (about 6.46 MJ/kWh)",
        "tính theo năng lượng sơ cấp (khoảng 6,46 MJ/kWh)",
    ),
    (
        "IPCC 2006 Guidelines for National Greenhouse Gas Inventories, Vol. 2 Energy, Ch. 1, "
        "Tables 1.2 and 1.4",
        "Hướng dẫn IPCC 2006 về kiểm kê quốc gia khí nhà kính, Tập 2 Năng lượng, Chương 1, Bảng "
        "1.2 và 1.4",
    ),
]


@pytest.mark.parametrize(("english", "vietnamese"), DEMO_REFERENCE_TEXTS)
def test_reference_texts_are_in_the_report_language(demo_text, english, vietnamese):
    vi, en = one_line(demo_text["vi"]), one_line(demo_text["en"])

    assert vietnamese in vi
    assert english not in vi
    assert english in en
    assert vietnamese not in en


def test_the_ipcc_factors_cite_the_primary_publication_not_its_transcription(demo_text):
    # the transcription the values were checked against stays in the reference file
    compact = {lang: "".join(text.split()) for lang, text in demo_text.items()}

    for kept_out in ("GitHub", "carbontrace", "ghgpy", "build_verified_ipcc_ch1.py"):
        assert kept_out not in compact["vi"] and kept_out not in compact["en"], kept_out
    text = resources.files("cpaudit.resources").joinpath(
        "reference", "fuel_emission_factors_ipcc2006.csv"
    )
    for row in csv.DictReader(io.StringIO(text.read_text("utf-8"))):
        assert row["source"] == (
            "IPCC 2006 Guidelines for National Greenhouse Gas Inventories, Vol. 2 Energy, Ch. 1, "
            "Tables 1.2 and 1.4"
        )
        assert row["transcribed_from"].startswith("GitHub ava-jahlee/carbontrace"), row["fuel"]


def test_the_twin_keeps_the_original_and_the_vietnamese_forms(demo_files):
    for lang in ("vi", "en"):
        document = json.loads(demo_files[lang].data.read_text("utf-8"))
        scheme, factors = document["scheme"], document["annex"]["factors"]

        assert scheme["instrument"].startswith("Decision 1419/QĐ-TTg of 7 Sep 2009")
        assert scheme["instrument_vi"].startswith("Quyết định 1419/QĐ-TTg ngày 07/09/2009")
        assert factors["key_energy_user"]["source"].startswith("Decree 21/2011/ND-CP")
        assert factors["key_energy_user"]["source_vi"].startswith("Nghị định 21/2011/NĐ-CP")
        electricity = factors["toe_factors"][0]
        assert electricity["source"] == "MOIT official letter 3505/BCT-KHCN (19 Apr 2011)"
        assert electricity["source_vi"] == (
            "Công văn 3505/BCT-KHCN của Bộ Công Thương (19/04/2011)"
        )
        gas = factors["ipcc_fuels"][0]
        assert gas["source"].startswith("IPCC 2006 Guidelines for National Greenhouse Gas")
        assert gas["source_vi"].startswith("Hướng dẫn IPCC 2006 về kiểm kê quốc gia khí nhà kính")
        assert document["energy"]["threshold"]["source_vi"].startswith("Nghị định 21/2011")


def test_a_brewery_reads_its_norm_band_and_source_in_vietnamese(tmp_path):
    path = tmp_path / "beer.pdf"

    files = write_report(_brewery(2024), path, lang="vi")

    text = one_line(pdf_text(path))
    assert "Bia chai Kỳ cơ sở 100.000 236 286 < 20 triệu lít/năm" in text
    assert "bia < 20 triệu lít/năm 286" in text
    assert "Thông tư 19/2016/TT-BCT (bản trên evn.com.vn)" in text
    assert "million litres" not in text and "evn.com.vn copy" not in text
    norm = json.loads(files.data.read_text("utf-8"))["annex"]["factors"]["sector_norms"][0]
    assert (norm["capacity_band"], norm["capacity_band_vi"]) == (
        "< 20 million litres/year",
        "< 20 triệu lít/năm",
    )


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("moit_toe_factors.csv", ("source", "note")),
        ("beer_energy_norms.csv", ("segment", "capacity_band", "source")),
        ("fuel_emission_factors_ipcc2006.csv", ("source",)),
        ("grid_emission_factors_vn.csv", ("announced_by",)),
        ("unit_definitions.csv", ("definition", "source")),
    ],
)
def test_every_reference_row_has_its_vietnamese_form(name, columns):
    text = resources.files("cpaudit.resources").joinpath("reference", name).read_text("utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        for column in columns:
            assert row[f"{column}_vi"] or not row[column], (name, column, row[column])


def test_every_scheme_and_threshold_has_its_vietnamese_form():
    reference = resources.files("cpaudit.resources").joinpath("reference")
    for scheme in json.loads(reference.joinpath("target_schemes.json").read_text("utf-8"))[
        "schemes"
    ]:
        assert scheme["instrument_vi"] and scheme["source_vi"], scheme["id"]
    thresholds = json.loads(reference.joinpath("key_energy_user.json").read_text("utf-8"))
    assert all(t["source_vi"] for t in thresholds["thresholds"])


def test_dates_in_the_vietnamese_reference_texts_are_dd_mm_yyyy():
    # Vietnamese dates are written dd/mm/yyyy (shared/domain.md §5): 07/09/2009, not 07/9/2009
    loose = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
    reference = resources.files("cpaudit.resources").joinpath("reference")
    found = []
    for name in ("target_schemes.json", "key_energy_user.json", "moit_toe_factors.csv"):
        for day, month, year in loose.findall(reference.joinpath(name).read_text("utf-8")):
            found.append((name, f"{day}/{month}/{year}"))
    assert found and all(len(d) == 10 for _, d in found), found


def test_the_decree_of_2026_is_cited_by_its_full_number(demo_text):
    assert "Nghị định 30/2026/NĐ-CP" in one_line(demo_text["vi"])
    assert "Decree 30/2026/ND-CP" in one_line(demo_text["en"])
