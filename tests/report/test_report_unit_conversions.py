"""Annex 11.2 lists every unit conversion the report made, with the definition of its units and
where that comes from (resources/reference/unit_definitions.csv); pint makes the conversions.

The demo converts 107,000 short tons to 97,069 t (1 short ton = 2,000 lb x 0.45359237 kg =
0.90718474 t, NIST SP 811), MMBtu to GJ (1.055056 GJ, the International Table Btu of NIST SP
811), TOE to GJ (41.868, the IEA's 10^7 kcal), kWh to MWh for the grid factor and to GJ on the
final basis, and MMBtu to TJ for the IPCC gas factor.
"""

from __future__ import annotations

import json

import pytest
from report_text import one_line

DEMO_CONVERSIONS = [
    ("short_ton", "t", 0.90718474),
    ("toe", "GJ", 41.868),
    ("MMBtu", "GJ", 1.055056),
    ("kWh", "MWh", 0.001),
    ("kWh", "GJ", 0.0036),
    ("MMBtu", "TJ", 0.001055056),
]


def test_the_twin_lists_every_conversion_the_demo_made(demo_files):
    for lang in ("vi", "en"):
        document = json.loads(demo_files[lang].data.read_text("utf-8"))
        rows = document["annex"]["factors"]["unit_conversions"]

        assert [(r["from"], r["to"]) for r in rows] == [(a, b) for a, b, _ in DEMO_CONVERSIONS]
        for row, (_, _, factor) in zip(rows, DEMO_CONVERSIONS, strict=True):
            assert row["factor"] == pytest.approx(factor, rel=1e-12)
            assert row["source"] and row["source_vi"] and "no_definition" not in row
        short_ton = rows[0]
        assert short_ton["source"].startswith("NIST SP 811 (2008 ed.), Appendix B.8: ton, short")
        assert "0.45359237 kg exactly" in short_ton["definition"]
        assert "British thermal unit_IT" in rows[2]["source"]
        assert "stats.oecd.org/glossary/detail.asp?ID=4109" in rows[1]["source"]


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "en",
            [
                "1 short ton = 0.90718474 t 1 short ton (US ton) = 2,000 lb and 1 lb = "
                "0.45359237 kg exactly, so 1 short ton = 907.18474 kg NIST SP 811 (2008 ed.), "
                "Appendix B.8: ton, short (2000 lb)",
                "1 MMBtu = 1.055056 GJ 1 MMBtu = 10⁶ Btu = 1.055056 GJ",
                "1 TOE = 41.868 GJ 1 toe (tonne of oil equivalent) = 10⁷ kcal_IT = 41.868 GJ",
                "1 kWh = 0.001 MWh",
                "1 kWh = 0.0036 GJ",
                "1 MMBtu = 0.001055056 TJ",
            ],
        ),
        (
            "vi",
            [
                "1 tấn Mỹ (short ton) = 0,90718474 t 1 tấn Mỹ (short ton) = 2.000 lb và 1 lb = "
                "0,45359237 kg (chính xác), nên 1 tấn Mỹ = 907,18474 kg NIST SP 811 (bản 2008), "
                "Phụ lục B.8: ton, short (2000 lb)",
                "1 MMBtu = 1,055056 GJ 1 MMBtu = 10⁶ Btu = 1,055056 GJ",
                "1 TOE = 41,868 GJ 1 TOE (tấn dầu tương đương) = 10⁷ kcal_IT = 41,868 GJ",
                "1 kWh = 0,0036 GJ",
            ],
        ),
    ],
)
def test_the_annex_prints_each_conversion_with_its_definition_and_source(demo_text, lang, lines):
    text = one_line(demo_text[lang])

    for line in lines:
        assert line in text
    caption = {"en": "Unit conversions used", "vi": "Các phép đổi đơn vị đã dùng"}[lang]
    assert caption in text
