"""`cpaudit report`: the same report from the command line, with the report's options."""

from __future__ import annotations

import hashlib
import json

import pytest
from report_text import one_line, pdf_text

from cpaudit.cli import main


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.cpaudit"
    assert main(["demo", str(path)]) == 0
    return path


def test_report_with_options(demo_file, tmp_path, capsys):
    out = tmp_path / "báo cáo.pdf"

    code = main(
        [
            "report",
            str(demo_file),
            "-o",
            str(out),
            "--lang",
            "vi",
            "--sections",
            "options, balance",
            "--preparer",
            "Sở Công Thương & <VNCPC>",
            "--report-version",
            "2.0",
            "--date",
            "2025-03-01",
        ]
    )

    assert code == 0
    data = (tmp_path / "báo cáo.report.json").read_bytes()
    fingerprint = hashlib.sha256(data).hexdigest()
    assert fingerprint in capsys.readouterr().out
    text = one_line(pdf_text(out))
    assert "Đơn vị lập báo cáo Sở Công Thương & <VNCPC>" in text
    assert "Ngày lập báo cáo 01/03/2025" in text
    assert "Phiên bản 2.0" in text
    assert "Nhóm SXSH" not in text
    assert json.loads(data)["report"]["sections"] == [
        "summary",
        "consumption",
        "energy",
        "balance",
        "options",
        "annex",
    ]


def test_an_unknown_section_is_one_plain_line(demo_file, tmp_path, capsys):
    code = main(["report", str(demo_file), "-o", str(tmp_path / "r.pdf"), "--sections", "x"])

    err = capsys.readouterr().err
    assert code == 1
    assert "x" in err and err[-1] == "\n" and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
