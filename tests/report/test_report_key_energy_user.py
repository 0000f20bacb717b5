"""The key-energy-user test (section 6.2) where a carrier cannot be converted (coal with no grade):
decided on the other carriers when they alone reach 1,000 TOE a year, said to be a lower bound
that leaves the coal out; undecided when they do not.

Hand-worked, MOIT letter 3505/BCT-KHCN: 16,072,000 kWh x 0.0001543 TOE/kWh = 2,479.91 TOE;
5,000 MMBtu x 1.055056 GJ/MMBtu (NIST SP 811) / 41.868 GJ/TOE = 126.00 TOE; together 2,605.9 TOE
(103,828.86 + 5,275.28 = 109,104.14 GJ). 1,000,000 kWh alone is 154.3 TOE.
"""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
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
from cpaudit.report.pdf import write_report
from cpaudit.report.twin import schema


def _plant(electricity_kwh: float) -> Project:
    period = Period("Y", "Năm 2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    return Project(
        Establishment("Nhà máy giấy Bãi Bằng", sector="Sản xuất giấy"),
        Settings(baseline_period="Y", current_period="Y"),
        products=(Product("P", "Giấy", "t"),),
        resources=(
            Resource("EL", "Điện", ResourceClass.ENERGY, "kWh", "electricity"),
            Resource("GAS", "Khí", ResourceClass.FUEL, "MMBtu", "natural gas"),
            Resource("COAL", "Than không rõ loại", ResourceClass.FUEL, "t"),
        ),
        periods=(period,),
        production=(ProductionRecord("Y", "P", 10_000.0),),
        consumption=(
            ConsumptionRecord("Y", "EL", electricity_kwh, product="P"),
            ConsumptionRecord("Y", "GAS", 5_000.0 if electricity_kwh > 2e6 else 0.0, product="P"),
            ConsumptionRecord("Y", "COAL", 1_200.0, product="P"),
        ),
    )


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[tuple[str, str], tuple[str, dict]]:
    folder = tmp_path_factory.mktemp("key-user")
    out = {}
    for case, kwh in (("above", 16_072_000.0), ("below", 1_000_000.0)):
        for lang in ("en", "vi"):
            files = write_report(_plant(kwh), folder / f"{case}-{lang}.pdf", lang=lang)
            document = json.loads(files.data.read_text("utf-8"))
            out[(case, lang)] = (one_line(pdf_text(files.pdf)), document)
    return out


def test_the_converted_carriers_alone_reach_the_threshold(reports):
    en, _ = reports[("above", "en")]
    vi, _ = reports[("above", "vi")]

    assert "≥ 2,605.9 ≥ 109,104 yes (lower bound)" in en
    assert (
        "the carriers that can be converted already total 2,605.9 TOE ≥ 1,000 TOE a year, so "
        "the establishment is a key energy user. The total is a lower bound: it leaves out Than "
        "không rõ loại, which cannot be converted; give their grade or heating value" in en
    )
    assert "Obligations that apply to the establishment. Key energy user" in en
    assert "yes: at least 2,605.9 TOE ≥ 1,000 TOE a year (a lower bound, leaving out Than" in en
    assert "so the test cannot be made" not in en
    assert "≥ 2.605,9 ≥ 109.104 có (giá trị tối thiểu)" in vi
    assert (
        "riêng các dạng năng lượng quy đổi được đã là 2.605,9 TOE ≥ 1.000 TOE/năm, nên thuộc diện"
        " cơ sở sử dụng năng lượng trọng điểm. Tổng này là giá trị tối thiểu: chưa tính Than "
        "không rõ loại" in vi
    )
    assert "có: ít nhất 2.605,9 TOE ≥ 1.000 TOE/năm (giá trị tối thiểu" in vi


def test_below_the_threshold_without_the_coal_the_test_stays_undecided(reports):
    en, _ = reports[("below", "en")]
    vi, _ = reports[("below", "vi")]

    assert (
        "the carriers that can be converted total 154.3 TOE, below 1,000 TOE a year, and Than "
        "không rõ loại cannot be converted, so the test cannot be decided" in en
    )
    assert "not decided: 154.3 TOE without Than không rõ loại" in en
    assert "Obligations only if the threshold is reached." in en  # a condition, not a finding
    assert "yes (lower bound)" not in en
    assert "chưa xác định được: cần bổ sung loại than hoặc nhiệt trị" in vi


@pytest.mark.parametrize("case", ["above", "below"])
def test_the_twin_carries_the_lower_bound_and_validates(reports, case):
    _, document = reports[(case, "en")]
    jsonschema.Draft202012Validator(schema()).validate(document)

    total = document["energy"]["totals"][0]
    assert total["toe"]["not_defined"] == "no_conversion"
    assert total["not_converted"] == ["COAL"]
    if case == "above":
        assert total["key_energy_user"] is True
        assert total["converted_toe"] == pytest.approx(2479.9096 + 125.9979, abs=1e-3)
        # 2,479.9096 TOE x 41.868 GJ/TOE + 5,275.28 GJ
        assert total["converted_gj"] == pytest.approx(109_104.14, abs=0.01)
    else:
        assert total["key_energy_user"] == {
            "not_defined": "no_conversion",
            "detail": "Than không rõ loại",
        }
        assert total["converted_toe"] == pytest.approx(154.3)
    assert document["summary"]["energy_totals"][0] == total


def test_a_twin_without_the_new_fields_still_validates(reports):
    _, document = reports[("above", "en")]
    for total in document["energy"]["totals"] + document["summary"]["energy_totals"]:
        for key in ("converted_toe", "converted_gj", "not_converted"):
            total.pop(key)

    jsonschema.Draft202012Validator(schema()).validate(document)
