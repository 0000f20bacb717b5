"""The balance section (T5): what a closure error says where a flow is calculated, not measured.

The demo's OP1 takes 87,840 MMBtu of purchased steam (metered), loses 8,784 + 4,392 MMBtu
(estimated) and passes on 74,664 MMBtu, calculated as 87,840 − 8,784 − 4,392: the balance
closes at 0.00 % by construction, which says nothing about the measurements.
"""

from __future__ import annotations

import dataclasses
import json

from report_text import one_line, pdf_text

from cpaudit.audit.model import Measurement
from cpaudit.report.i18n import Texts
from cpaudit.report.pdf import write_report


def test_a_balance_with_a_calculated_flow_says_it_closes_by_construction(demo_files, demo_text):
    document = json.loads(demo_files["en"].data.read_text("utf-8"))
    op1, op2 = (o["balances"][0] for o in document["balance"]["operations"])

    assert op1["calculated_flows"] == [4] and op1["closure_by_construction"] is True
    assert op2["calculated_flows"] == [1, 3] and op2["closure_by_construction"] is True
    en, vi = one_line(demo_text["en"]), one_line(demo_text["vi"])
    assert (
        "GJ 92,676 92,676 0 0.00 % 50 % Flow 4 is marked calculated: the GJ balance closes by "
        "construction (a flow calculated as the remainder of the others), so its closure error "
        "of 0.00 % does not test the measurements; only a balance of metered or estimated "
        "figures tests them." in en
    )
    assert "Flows 1 and 3 are marked calculated: the GJ balance closes by construction" in en
    assert (
        "Dòng 4 được ghi là tính toán: cân bằng GJ khép kín do cách tính (một dòng được tính "
        "bằng phần còn lại của các dòng khác), nên sai số cân bằng 0,00 % không kiểm chứng được "
        "số liệu đo" in vi
    )
    assert "Các dòng 1 và 3 được ghi là tính toán" in vi


def test_a_balance_of_measured_and_estimated_figures_has_no_such_note(tmp_path, demo):
    flows = tuple(
        dataclasses.replace(f, measurement=Measurement.ESTIMATED) for f in demo.balance_flows
    )
    path = tmp_path / "measured.pdf"

    files = write_report(dataclasses.replace(demo, balance_flows=flows), path, lang="en")

    document = json.loads(files.data.read_text("utf-8"))
    for operation in document["balance"]["operations"]:
        assert "calculated_flows" not in operation["balances"][0]
        assert operation["balances"][0]["closure_by_construction"] is False
    text = one_line(pdf_text(path))
    assert "marked calculated" not in text
    assert "GJ 92,676 92,676 0 0.00 % 0 %" in text


def test_a_calculated_flow_that_leaves_a_closure_error_is_not_called_a_remainder(tmp_path, demo):
    # OP1's calculated product entered as 70,000 MMBtu, not the remainder 74,664: the balance
    # misses (74,664 − 70,000) / 87,840 = 5.31 %
    flows = tuple(
        dataclasses.replace(f, quantity=70_000.0)
        if f.operation == "OP1" and f.measurement == Measurement.CALCULATED
        else f
        for f in demo.balance_flows
    )
    path = tmp_path / "off.pdf"

    files = write_report(dataclasses.replace(demo, balance_flows=flows), path, lang="vi")

    op1 = json.loads(files.data.read_text("utf-8"))["balance"]["operations"][0]["balances"][0]
    assert op1["calculated_flows"] == [4] and op1["closure_by_construction"] is False
    text = one_line(pdf_text(path))
    expected = Texts("vi")("closure_calculated", flows="Dòng 4", unit="GJ", closure="5,31 %")
    assert expected in text
