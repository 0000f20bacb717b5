"""Whatever a user types reaches the PDF literally and never breaks the export."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import pytest
from report_text import one_line, pdf_text, poppler_text

from cpaudit.audit.model import (
    ConsumptionRecord,
    Establishment,
    Product,
    Project,
    Settings,
)
from cpaudit.report.pdf import write_report

MARKUP_NAME = "Bia & Nước <giải khát> <b>Lò hơi số 2"
HOSTILE = "a<b R&D <5> </para> &amp; <font size=40>x</font> \x00\x07 tab\there\nnext line $x^2$"
_FORBIDDEN = re.compile(r"\b(nan|NaN|inf|Infinity|None)\b|object at 0x")


def _with_product_name(project: Project, name: str) -> Project:
    products = (dataclasses.replace(project.products[0], name=name),)
    establishment = dataclasses.replace(project.establishment, name=name)
    return dataclasses.replace(project, products=products, establishment=establishment)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_name_with_markup_appears_literally(tmp_path, demo, lang):
    path = tmp_path / "markup.pdf"

    write_report(_with_product_name(demo, MARKUP_NAME), path, lang=lang)

    text = one_line(pdf_text(path))
    assert text.count(MARKUP_NAME) >= 3  # cover, product table, footer
    poppler = poppler_text(path)
    if poppler is not None:
        assert MARKUP_NAME in poppler.replace("\n", " ")


def test_hostile_text_in_every_field_builds(tmp_path, demo):
    resources = tuple(dataclasses.replace(r, name=f"{r.name} {HOSTILE}") for r in demo.resources)
    options = tuple(
        dataclasses.replace(o, title=HOSTILE, rejection_reason=HOSTILE, reference=HOSTILE)
        for o in demo.options
    )
    establishment = dataclasses.replace(
        demo.establishment, name=HOSTILE, address=HOSTILE, history=HOSTILE, notes=HOSTILE
    )
    settings = dataclasses.replace(demo.settings, assumptions_note=HOSTILE)
    project = dataclasses.replace(
        demo,
        establishment=establishment,
        resources=resources,
        options=options,
        settings=settings,
        sources=(HOSTILE,),
    )
    path = tmp_path / "hostile.pdf"

    write_report(project, path, lang="vi")

    text = one_line(pdf_text(path))
    assert "a<b R&D <5> </para> &amp; <font size=40>x</font>" in text
    assert "tab here next line $x^2$" in text
    assert "\x00" not in text and "\x07" not in text


def test_a_very_long_name_fits(tmp_path, demo):
    long_name = "Nhà máy " + "rất dài " * 400
    path = tmp_path / "long.pdf"

    write_report(_with_product_name(demo, long_name), path, lang="vi")

    assert "Nhà máy rất dài" in pdf_text(path)


def test_decomposed_vietnamese_comes_out_composed(tmp_path, demo):
    nfd = unicodedata.normalize("NFD", "Nhà máy bia Hồng Hà")
    assert nfd != unicodedata.normalize("NFC", nfd)
    path = tmp_path / "nfd.pdf"

    write_report(_with_product_name(demo, nfd), path, lang="vi")

    text = pdf_text(path)
    assert "Nhà máy bia Hồng Hà" in text
    assert nfd not in text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_zero_production_builds_without_nan(tmp_path, demo, lang):
    production = tuple(dataclasses.replace(r, quantity=0.0) for r in demo.production)
    path = tmp_path / "zero.pdf"

    write_report(dataclasses.replace(demo, production=production), path, lang=lang)

    text = pdf_text(path)
    assert not _FORBIDDEN.search(text)
    reason = "no production" if lang == "en" else "không có sản lượng"
    assert reason in one_line(text)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_empty_and_an_unproduced_product_build_without_nan(tmp_path, demo, lang):
    products = (
        *demo.products,
        Product("P2", "Empty product", "t"),
        Product("P3", "Product never made", "t"),
    )
    consumption = (*demo.consumption, ConsumptionRecord("FY2024", "EC", 100.0, product="P3"))
    project = dataclasses.replace(demo, products=products, consumption=consumption)
    path = tmp_path / "empty-product.pdf"

    write_report(project, path, lang=lang)

    text = one_line(pdf_text(path))
    assert not _FORBIDDEN.search(text)
    assert "Product never made" in text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_empty_project_builds_without_nan(tmp_path, lang):
    project = Project(Establishment(name="Trống"), Settings(baseline_period="B"))
    path = tmp_path / "empty.pdf"

    write_report(project, path, lang=lang)

    text = one_line(pdf_text(path))
    assert not _FORBIDDEN.search(text)
    assert "Trống" in text
    # no energy data: the key-energy-user test is not made, rather than answered "no"
    assert ("no energy or fuel use recorded" if lang == "en" else "không có số liệu") in text
