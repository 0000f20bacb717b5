"""The options section: payback groups and the sensitivity of the economics (T11), read back
from the demo PDF and its JSON twin.

Worked by hand from DL0238 (shared/cases/itac-iac-assessments, dl0238_recommendations.csv):
DL023801 costs 1,860,000 USD and saves 107,332 + 128,723 = 236,055 USD a year; the demo assumes
10 years at 10 % a year, whose annuity factor is (1 − 1.1^−10) / 0.1 = 6.1445671.
With the saving 20 % lower, 0.8 × 236,055 = 188,844 USD a year:

- investment 20 % lower, 1,488,000: payback 1,488,000 / 188,844 = 7.88 years,
  NPV −1,488,000 + 188,844 × 6.1445671 = −327,635;
- investment as entered: payback 1,860,000 / 188,844 = 9.85 years, NPV −699,635;
- investment 20 % higher, 2,232,000: payback 2,232,000 / 188,844 = 11.82 years,
  NPV −2,232,000 + 1,160,365 = −1,071,635.

As entered: 1,860,000 / 236,055 = 7.88 years, NPV −1,860,000 + 236,055 × 6.1445671 = −409,544.
Payback groups: DL023802 (7,300 / 21,276 = 0.34), DL023803 (0.17), DL023804 (0.33) and DL023806
(0.39) under 1 year; DL023801 (7.88), DL023805 (4.40) and DL023807 (4.23) over 3 years.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from report_text import one_line

from cpaudit.report.i18n import Texts
from cpaudit.report.twin import schema


def _options_text(text: str, lang: str) -> str:
    """The options section's text: from its heading to the next section's."""
    texts = Texts(lang)
    body = one_line(text)
    start = body.rindex(f"9. {texts('sec_options')}")
    return body[start : body.rindex(f"10. {texts('sec_implementation')}")]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "DL023801 −20 % 0 % +20 % 7.88 9.85 11.82 6.30 7.88 9.46 5.25 6.57 7.88 "
            "−327,635 −699,635 −1,071,635 −37,544 −409,544 −781,544",
        ),
        (
            "vi",
            "DL023801 −20 % 0 % +20 % 7,88 9,85 11,82 6,30 7,88 9,46 5,25 6,57 7,88 "
            "−327.635 −699.635 −1.071.635 −37.544 −409.544 −781.544",
        ),
    ],
)
def test_the_sensitivity_table_is_in_the_options_section(demo_text, lang, expected):
    texts = Texts(lang)
    options = _options_text(demo_text[lang], lang)

    assert f"9.4 {texts('sub_sensitivity', step='20 %')}" in options
    assert texts("sens_payback_group") in options
    assert texts("sens_npv_group", currency="USD") in options
    assert expected in options


def test_the_twin_holds_the_sensitivity_cases(demo_files):
    document = json.loads(demo_files["en"].data.read_text("utf-8"))
    option = next(o for o in document["options"]["options"] if o["code"] == "DL023801")
    sensitivity = option["sensitivity"]

    assert sensitivity["step_pct"] == 20
    cases = {(c["investment_change_pct"], c["saving_change_pct"]): c for c in sensitivity["cases"]}
    assert len(cases) == 9
    worst = cases[(20, -20)]
    assert worst["investment"] == pytest.approx(2_232_000)
    assert worst["net_annual_saving"] == pytest.approx(188_844)
    assert worst["payback_years"] == pytest.approx(2_232_000 / 188_844)
    assert worst["npv"] == pytest.approx(-2_232_000 + 188_844 * 6.1445671, abs=1)
    entered = cases[(0, 0)]
    assert entered["payback_years"] == option["payback_years"]
    assert entered["npv"] == option["npv"]
    assert entered["irr_pct"] == option["irr_pct"]


def test_a_twin_written_before_the_sensitivity_still_validates(demo_files):
    document = json.loads(demo_files["en"].data.read_text("utf-8"))
    for option in document["options"]["options"]:
        del option["sensitivity"]

    jsonschema.Draft202012Validator(schema()).validate(document)
    assert document["version"] == 1


@pytest.mark.parametrize(
    ("lang", "groups", "row"),
    [
        (
            "en",
            "Payback group Number of options Investment (USD) Net saving per year (USD) "
            "< 1 year 4 100,700 396,182 1–2 years 0 0 0 2–3 years 0 0 0 "
            "> 3 years 3 2,940,000 489,543",
            "DL023805 180,000 40,888 4.40 > 3 years",
        ),
        (
            "vi",
            "Nhóm hoàn vốn Số giải pháp Vốn đầu tư (USD) Tiết kiệm ròng hằng năm (USD) "
            "< 1 năm 4 100.700 396.182 1–2 năm 0 0 0 2–3 năm 0 0 0 > 3 năm 3 2.940.000 489.543",
            "DL023802 7.300 21.276 0,34 < 1 năm",
        ),
    ],
)
def test_the_options_are_counted_by_payback_group(demo_text, lang, groups, row):
    # under 1 year: 7,300 + 34,400 + 37,000 + 22,000 = 100,700 USD invested, saving
    # 21,276 + 205,595 + 112,874 + 56,437 = 396,182 USD a year; over 3 years:
    # 1,860,000 + 180,000 + 900,000 = 2,940,000 USD, saving 236,055 + 40,888 + 212,600 = 489,543
    options = _options_text(demo_text[lang], lang)

    assert Texts(lang)("payback_groups") in options
    assert groups in options
    assert row in options  # each option's own group in the economics table


def test_the_twin_holds_each_payback_group_s_money(demo_files):
    document = json.loads(demo_files["en"].data.read_text("utf-8"))
    groups = {g["group"]: g for g in document["options"]["payback_groups"]}

    assert list(groups) == ["under_1", "1_to_2", "2_to_3", "over_3", "not_defined"]
    assert groups["under_1"]["codes"] == ["DL023802", "DL023803", "DL023804", "DL023806"]
    assert groups["under_1"]["investment"] == pytest.approx(100_700.0)
    assert groups["under_1"]["net_annual_saving"] == pytest.approx(396_182.0)
    assert groups["over_3"]["investment"] == pytest.approx(2_940_000.0)
    assert groups["over_3"]["net_annual_saving"] == pytest.approx(489_543.0)
    assert groups["not_defined"]["count"] == 0
