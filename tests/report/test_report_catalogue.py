"""The report's catalogue and its value labels."""

from __future__ import annotations

import string
import unicodedata

import pytest

from cpaudit.audit.analysis import Judgement
from cpaudit.audit.model import EnergyBasis, ResourceClass, Technique
from cpaudit.audit.results import NotDefined, Reason
from cpaudit.report.i18n import CATALOGUES, Texts
from cpaudit.report.labels import Labels, clean, markup


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_the_same_entries_and_placeholders():
    assert CATALOGUES["vi"].keys() == CATALOGUES["en"].keys()
    for key, english in CATALOGUES["en"].items():
        if key == "date":  # each language writes dates its own way
            continue
        assert _fields(CATALOGUES["vi"][key]) == _fields(english), key


def test_vietnamese_entries_are_composed_unicode():
    for key, text in CATALOGUES["vi"].items():
        assert unicodedata.is_normalized("NFC", text), key


def test_every_engine_value_has_words():
    for lang in CATALOGUES:
        texts = Texts(lang)
        for judgement in Judgement:
            assert texts(f"judgement_{judgement.value}")
        for reason in Reason:
            assert texts(f"reason_{reason.value}")
        for technique in Technique:
            assert texts(f"technique_{technique.value}")
        for resource_class in ResourceClass:
            assert texts(f"class_{resource_class.value}")
        for basis in EnergyBasis:
            assert texts(f"basis_{basis.value}")


@pytest.fixture(params=["en", "vi"])
def labels(request) -> Labels:
    return Labels(Texts(request.param), "USD")


def test_a_negative_saving_says_increase():
    assert Labels(Texts("vi"), "VND").saving(-1.755) == "−175,50 % (tăng)"
    assert Labels(Texts("en"), "VND").saving(-1.755) == "−175.50 % (increase)"
    assert Labels(Texts("en"), "VND").saving(0.0924644) == "9.25 %"


def test_a_figure_that_is_not_defined_gives_its_reason():
    vi, en = Labels(Texts("vi"), "VND"), Labels(Texts("en"), "VND")
    missing = NotDefined(Reason.NO_PRODUCTION)

    assert en.figure(missing) == "n/a (no production)"
    assert vi.figure(missing) == "không xác định (không có sản lượng)"
    assert en.figure(missing, brief=True) == "n/a"
    assert en.judgement(Judgement.NOT_DEFINED, missing) == "n/a (no production)"
    assert (
        en.judgement(Judgement.OUT_OF_SCOPE, missing) == "not in scheme scope; n/a (no production)"
    )
    assert en.percent(NotDefined(Reason.NO_IRR), 1) == "n/a (no IRR exists)"


def test_units_read_as_people_write_them():
    en, vi = Labels(Texts("en"), "USD"), Labels(Texts("vi"), "USD")

    assert en.intensity_unit("kWh", "t") == "kWh/t"
    assert en.intensity_unit("MMBtu", "t") == "MMBtu/t"
    assert en.intensity_unit("kW_month", "t") == "kW-month/t"
    assert en.intensity_unit("m3", "hl") == "m³/hl"
    assert en.intensity_unit("iac_w0_unit", "t") == "IAC W0 unit/t (unit undefined)"
    assert vi.intensity_unit("kW_month", "t") == "kW-tháng/t"


def test_money_and_factors():
    vi = Labels(Texts("vi"), "VND")

    assert vi.money(1_300_000_000.4) == "1.300.000.000"
    assert vi.money(-916144) == "−916.144"
    assert vi.significant(0.0001543, 4) == "0,0001543"
    assert vi.band(8, 13) == "8–13 %"
    assert vi.signed_quantity(-109800, "MMBtu") == "−109.800 MMBtu (tăng)"


def test_user_text_is_escaped_and_composed():
    nfd = unicodedata.normalize("NFD", "Lò hơi")

    assert markup("Bia & Nước <b>") == "Bia &amp; Nước &lt;b&gt;"
    assert markup("one\ntwo") == "one<br/>two"
    assert clean(nfd) == "Lò hơi"
    assert clean("a\x00b\x1bc") == "abc"


def test_a_reason_names_a_resource_by_its_name_not_its_code():
    en = Labels(Texts("en"), "VND", {"COAL": "Coal (grade unknown)"})

    assert en.figure(NotDefined(Reason.NO_ALLOCATION, "COAL")) == (
        "n/a (plant-level use not allocated to products: Coal (grade unknown))"
    )
    assert en.figure(NotDefined(Reason.NO_CONVERSION, "Lignite")) == (
        "n/a (no conversion factor: Lignite)"  # a detail that is no code is kept
    )


def test_a_letter_date_is_written_as_vietnamese_letters_write_it():
    # Decree 30/2020/NĐ-CP, Annex I: days below 10 and the months 1 and 2 with a leading zero
    import datetime as dt

    vi, en = Labels(Texts("vi"), "VND"), Labels(Texts("en"), "VND")

    assert vi.letter_date(dt.date(2026, 12, 4)) == "ngày 04 tháng 12 năm 2026"
    assert vi.letter_date(dt.date(2023, 2, 1)) == "ngày 01 tháng 02 năm 2023"
    assert vi.letter_date(dt.date(2023, 7, 5)) == "ngày 05 tháng 7 năm 2023"
    assert en.letter_date(dt.date(2026, 12, 4)) == "4 December 2026"
