"""Every word the report makes itself is in the report's language: the engine's reasons worded
from the catalogue (never its English messages), and no catalogue entry of one language in the
other language's report."""

from __future__ import annotations

import dataclasses
import json
import string

import pytest
from report_text import one_line, pdf_text

from cpaudit.audit.model import BalanceFlow, FlowKind
from cpaudit.report.i18n import CATALOGUES
from cpaudit.report.pdf import write_report


@pytest.fixture(scope="module")
def unknown_unit_reports(tmp_path_factory, demo) -> dict:
    # the demo with one more flow in its first unit operation, in a unit nobody knows
    flow = BalanceFlow("OP1", FlowKind.INPUT, "Make-up water", 5.0, "bogus_unit")
    project = dataclasses.replace(demo, balance_flows=(*demo.balance_flows, flow))
    folder = tmp_path_factory.mktemp("unknown-unit")
    return {lang: write_report(project, folder / f"{lang}.pdf", lang=lang) for lang in ("vi", "en")}


def test_a_balance_with_an_unknown_unit_is_worded_from_the_catalogue(unknown_unit_reports):
    vi = one_line(pdf_text(unknown_unit_reports["vi"].pdf))
    en = one_line(pdf_text(unknown_unit_reports["en"].pdf))

    assert "Không lập được cân bằng: đơn vị cpaudit không đọc được: bogus_unit." in vi
    assert "unknown unit" not in vi
    assert "Not balanced: a unit cpaudit cannot read: bogus_unit." in en
    assert "unknown unit 'bogus_unit'" not in en


def test_the_twin_keeps_the_reason_of_the_unit_problem(unknown_unit_reports):
    document = json.loads(unknown_unit_reports["vi"].data.read_text("utf-8"))
    operation = document["balance"]["operations"][0]

    assert operation["unit_problem"] == "unknown unit 'bogus_unit'"  # as earlier twins had it
    assert operation["unit_problem_reason"] == {
        "not_defined": "unknown_unit",
        "detail": "bogus_unit",
    }
    assert all("unit_problem_reason" not in o for o in document["balance"]["operations"][1:])


def _literal_runs(text: str) -> list[str]:
    """The fixed words of a catalogue entry: the text between its placeholders (runs of three
    words or more are checked, so that a short term the user also writes is no false alarm)."""
    return [literal.strip() for literal, *_ in string.Formatter().parse(text) if literal.strip()]


@pytest.mark.parametrize(("lang", "other"), [("vi", "en"), ("en", "vi")])
def test_no_catalogue_entry_of_the_other_language_is_in_the_demo_report(demo_text, lang, other):
    text = one_line(demo_text[lang])

    leaks = []
    for key, entry in CATALOGUES[other].items():
        if entry == CATALOGUES[lang][key]:
            continue  # the same in both languages ("TOE", "{value} GJ" ...)
        for run in _literal_runs(entry):
            if len(run.split()) >= 3 and run not in CATALOGUES[lang][key] and run in text:
                leaks.append((key, run))
    assert leaks == []
