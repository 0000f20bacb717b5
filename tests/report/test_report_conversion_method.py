"""What each energy conversion actually uses, said where the report converts: the demo's natural
gas and purchased steam are recorded in MMBtu, a unit of energy, so they are converted by the
heat content of the unit (1 MMBtu = 1.055056 GJ, NIST SP 811), not by a MOIT factor (MOIT letter
3505/BCT-KHCN gives natural gas per 1000 m³ and has no factor for purchased steam), on the MOIT
basis too."""

from __future__ import annotations

import json

from report_text import one_line


def test_the_energy_table_says_the_gas_and_steam_are_converted_by_heat_content(demo_text):
    en, vi = one_line(demo_text["en"]), one_line(demo_text["vi"])

    assert (
        "Natural gas: in MMBtu, a unit of energy, so converted by the heat content of the unit "
        "(1 MMBtu = 1.055056 GJ), not by a MOIT factor: MOIT's factor for it is per 1000 m³ and "
        "does not apply to a quantity already in heat units." in en
    )
    assert (
        "Purchased steam (IAC E11, other gas): in MMBtu, a unit of energy, so converted by the "
        "heat content of the unit (1 MMBtu = 1.055056 GJ); MOIT gives no factor for it." in en
    )
    assert "with the MOIT factors (official letter 3505/BCT-KHCN) where one applies" in en
    assert (
        "Natural gas: tính bằng MMBtu, là đơn vị năng lượng, nên quy đổi theo nhiệt lượng của "
        "đơn vị (1 MMBtu = 1,055056 GJ), không theo hệ số của Bộ Công Thương: hệ số của Bộ Công "
        "Thương cho dạng năng lượng này tính theo 1000 m³" in vi
    )


def test_the_annex_labels_the_conversion_by_what_it_uses(demo_text):
    en, vi = one_line(demo_text["en"]), one_line(demo_text["vi"])

    assert (
        "Natural gas MMBtu MOIT basis, by the heat content of the unit (no MOIT factor) 1.0551 "
        "0.02520 heat content of the unit: 1 MMBtu = 1.055056 GJ (unit conversions below)" in en
    )
    assert "Electricity kWh MOIT basis 0.0064602 0.0001543 MOIT official letter" in en
    assert "Natural gas MMBtu MOIT basis 1.0551" not in en
    assert (
        "Natural gas MMBtu theo nhiệt lượng của đơn vị (không dùng hệ số Bộ Công Thương) 1,0551"
        in vi
    )
    assert "Natural gas MMBtu hệ số Bộ Công Thương 1,0551" not in vi


def test_the_twin_names_the_method_of_each_conversion(demo_files):
    document = json.loads(demo_files["en"].data.read_text("utf-8"))
    carriers = {(c["resource"], c["period"]): c for c in document["energy"]["carriers"]}

    assert carriers[("EC", "baseline")]["method"] == "moit_factor"
    assert "moit_units" not in carriers[("EC", "baseline")]
    assert carriers[("E2", "baseline")]["method"] == "heat_content"
    assert carriers[("E2", "baseline")]["moit_units"] == ["1000 m3"]
    assert carriers[("E11", "baseline")]["moit_units"] == []
    methods = {
        (c["resource"], c["basis"]): c["method"]
        for c in document["annex"]["factors"]["conversions"]
    }
    assert methods[("E2", "moit")] == "heat_content" and methods[("EC", "moit")] == "moit_factor"
