"""The torture project (tests/report/torture.py) builds in both languages, every product and
every figure reaches the PDF, and nothing reads "nan", "inf" or "None"."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

import jsonschema
import pytest
from pypdf import PdfReader
from report_text import from_json, one_line, poppler_text
from torture import MARKUP, NFD, PRODUCTS

from cpaudit.audit.analysis import Judgement
from cpaudit.report.i18n import Texts
from cpaudit.report.labels import Labels
from cpaudit.report.twin import schema

pytestmark = pytest.mark.slow

_FORBIDDEN = re.compile(r"\b(nan|NaN|inf|Infinity|None)\b|object at 0x")


def _full_text(path) -> str:
    # poppler reads the 600 pages in about a second, pypdf in about fifteen
    text = poppler_text(path)
    if text is None:
        text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return text


@pytest.fixture(scope="module")
def torture_text(torture_files) -> dict[str, str]:
    return {lang: _full_text(files.pdf) for lang, files in torture_files.items()}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_torture_report_builds_without_nan_inf_none(torture_files, torture_text, lang):
    assert torture_files[lang].pages > 300
    assert not _FORBIDDEN.search(torture_text[lang])


def _section_text(path, first: str, after: str) -> str:
    """The text (pypdf) of the pages from the heading ``first`` to the heading ``after``."""
    reader = PdfReader(path)
    starts = {}
    for item in reader.outline:
        if not isinstance(item, list):
            continue
        for entry in item:
            if not isinstance(entry, list):
                starts[entry.title.split(" ")[0]] = reader.get_destination_page_number(entry)
    pages = reader.pages[starts[first] : starts[after] + 1]
    return one_line("\n".join(page.extract_text() or "" for page in pages))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_product_and_its_figures_are_in_the_torture_report(torture_files, torture_text, lang):
    document = json.loads(torture_files[lang].data.read_text("utf-8"))
    names = {r["code"]: r["name"] for r in document["annex"]["resources"]}
    labels = Labels(Texts(lang), "VND", names)  # reasons name resources, not their codes

    for i in range(PRODUCTS):
        assert f"P{i:04d}" in torture_text[lang]
    # the table of specific consumption, read in drawing order (pypdf): each row's figures
    # and judgement follow one another
    text = _section_text(torture_files[lang].pdf, "5.2", "5.3")
    rows = document["consumption"]["rows"]
    assert len(rows) > 1000
    for row in rows:
        baseline, current = (
            from_json(row["baseline_intensity"]),
            from_json(row["current_intensity"]),
        )
        saving = from_json(row["saving_pct"])
        decimals = labels.intensity_decimals(baseline, current)
        printed = " ".join(
            [
                labels.figure(baseline, decimals, brief=True),
                labels.figure(current, decimals, brief=True),
                labels.saving_pct(saving, brief=True),
                labels.judgement(Judgement(row["judgement"]), saving),
            ]
        )
        assert printed in text, (row["product"], row["resource"], printed)


def test_user_text_in_the_torture_report_is_literal_and_composed(torture_text):
    text = one_line(torture_text["vi"])

    assert MARKUP in text
    assert unicodedata.normalize("NFC", NFD) in text
    assert NFD not in text
    assert "[ghi chú 1]" in text  # a cell too long for its row, moved whole to a note


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_torture_twin_validates_and_matches_the_footer(torture_files, lang):
    files = torture_files[lang]
    data = files.data.read_bytes()
    document = json.loads(data, parse_constant=lambda token: pytest.fail(token))

    jsonschema.Draft202012Validator(schema()).validate(document)
    fingerprint = hashlib.sha256(data).hexdigest()
    reader = PdfReader(files.pdf)
    for page in (reader.pages[0], reader.pages[len(reader.pages) // 2], reader.pages[-1]):
        assert fingerprint in page.extract_text()
    reasons = {
        value["not_defined"]
        for row in document["consumption"]["rows"]
        for value in row.values()
        if isinstance(value, dict)
    }
    assert {"no_production", "zero_baseline", "no_allocation", "no_baseline_data"} <= reasons


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_narrow_cells_that_are_not_defined_point_to_their_reason(torture_files, lang):
    t = Texts(lang)
    na = t("not_available")
    consumption = _section_text(torture_files[lang].pdf, "5.1", "5.2")
    economics = _section_text(torture_files[lang].pdf, "9.3", "9.4")

    # 5.1: "n/a ¹" in the cell, the reason under the table, the resource by its name
    assert f"{na} ¹" in consumption
    unallocated = t(
        "reason_with_detail", reason=t("reason_no_allocation"), detail="Than (không rõ loại)"
    )
    assert f"¹ {t('not_available_reason', reason=unallocated)}" in consumption
    # 9.3: why there is no IRR, once per reason, under the table
    for why in ("irr_no_investment", "irr_no_gain"):
        line = t("not_available_reason", reason=t(why))
        assert economics.count(line) == 1, line
    assert t("not_available_reason", reason=t("reason_no_irr")) not in economics
    assert "Điện năng Bia & Nước" in economics.split(t("reason_no_money_saving"))[1][:40]
    # the options whose payback is not defined, with their investment; their saving is not
    # defined either, and says why in the note
    groups = _section_text(torture_files[lang].pdf, "9.3", "9.4")
    assert re.search(rf"{t('payback_not_defined')} 24 [\d.,]+ {na} ¹", groups)
    for text in (consumption, economics):
        assert ": COAL)" not in text and ": EL)" not in text  # codes


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_key_energy_user_text_does_not_repeat_itself(torture_files, lang):
    t = Texts(lang)
    energy = _section_text(torture_files[lang].pdf, "6.1", "7.1")
    consequence = {"vi": "Cơ sở sử dụng năng lượng trọng điểm:", "en": "Key energy user:"}[lang]

    # the coal of unknown grade leaves a lower bound that already reaches the threshold
    assert f"{t('key_user_obligations', text='')}{consequence}" in energy
    assert {"vi": "phải: Cơ sở", "en": "must: Key"}[lang] not in energy
    # the coal of unknown grade, once for each period
    for period in (t("baseline_word"), t("current_word")):
        why = t("not_available_reason", reason=t("reason_no_conversion"))
        assert t("carrier_na_period", name="Than (không rõ loại)", period=period, why=why) in energy


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_ungraded_coal_leaves_a_lower_bound_that_decides_the_key_user_test(
    torture_files, torture_text, lang
):
    # 16,072,000 kWh x 0.0001543 = 2,479.9 TOE and 5,000 MMBtu = 126.0 TOE without the coal
    text = one_line(torture_text[lang])
    document = json.loads(torture_files[lang].data.read_text("utf-8"))

    baseline = document["energy"]["totals"][0]
    assert baseline["key_energy_user"] is True and baseline["not_converted"] == ["COAL"]
    assert baseline["converted_toe"] == pytest.approx(2479.9 + 126.0, abs=0.05)
    if lang == "en":
        assert "already total 2,605.9 TOE ≥ 1,000 TOE a year" in text
        assert "it leaves out Than (không rõ loại)" in text
        assert "so the test cannot be made" not in text
    else:
        assert "đã là 2.605,9 TOE ≥ 1.000 TOE/năm" in text
        assert "chưa tính Than (không rõ loại)" in text
        assert "không thể xét" not in text
