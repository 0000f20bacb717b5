"""Where the period judged lies outside the chosen target scheme's horizon, the executive summary
and section 5.3 say so in one sentence. The demo's period, 01/10/2023 – 30/09/2024, is judged
against Decision 1419/QĐ-TTg's 2016–2020 band (horizon 01/01/2016 – 31/12/2020) by its settings,
and lies within Decision 889/QĐ-TTg's 2021–2025 horizon."""

from __future__ import annotations

import json

import jsonschema
from report_text import one_line, pdf_text

from cpaudit.report.pdf import write_report
from cpaudit.report.twin import schema

ENGLISH = (
    "The period assessed (1 October 2023 – 30 September 2024) lies after the scheme's horizon "
    "(to 31 December 2020); the judgement is against that horizon's band, as chosen."
)
VIETNAMESE = (
    "Kỳ đánh giá (01/10/2023 – 30/09/2024) nằm sau thời hạn của mục tiêu (đến 31/12/2020); việc "
    "đánh giá vẫn theo khoảng mục tiêu của thời hạn đó, như đã chọn."
)


def test_the_summary_and_section_5_3_say_the_period_lies_after_the_horizon(demo_text):
    en, vi = one_line(demo_text["en"]), one_line(demo_text["vi"])

    assert en.count(ENGLISH) == 2 and vi.count(VIETNAMESE) == 2
    summary, _, rest = en.partition("Key figures")
    assert ENGLISH in summary
    assert ENGLISH in rest.split("5.3 Saving per resource class against the target", 1)[1]


def test_the_twin_carries_the_horizon_check(demo_files):
    scheme = json.loads(demo_files["vi"].data.read_text("utf-8"))["scheme"]

    assert scheme["horizon_check"] == {
        "period": "FY2024",
        "start": "2023-10-01",
        "end": "2024-09-30",
        "position": "after",
    }


def test_nothing_is_said_when_the_period_lies_within_the_horizon(tmp_path, demo):
    files = write_report(demo, tmp_path / "889.pdf", lang="en", scheme_id="qd889-2025")

    text = one_line(pdf_text(files.pdf))
    assert "horizon" not in text
    document = json.loads(files.data.read_text("utf-8"))
    assert document["scheme"]["horizon_check"]["position"] == "within"
    jsonschema.Draft202012Validator(schema()).validate(document)
