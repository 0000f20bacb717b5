"""The JSON twin: it validates against its published schema, its fingerprint is in the PDF's
footer, and it holds the figures the PDF prints."""

from __future__ import annotations

import dataclasses
import hashlib
import json

import jsonschema
import pytest
from report_text import one_line, pdf_pages, pdf_text

from cpaudit.audit.analysis import Judgement
from cpaudit.report import pdf as report_pdf
from cpaudit.report.i18n import Texts
from cpaudit.report.labels import Labels
from cpaudit.report.pdf import ReportCancelled, write_report
from cpaudit.report.twin import SCHEMA_ID, data_path, schema

OLD_JSON = b'{"format": "cpaudit-report", "version": 1, "an older": "twin to keep"}\n'


def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _strict_load(data: bytes) -> dict:
    """JSON that may not hold NaN or Infinity (Python's json would accept them)."""

    def refuse(token: str):
        raise AssertionError(f"{token} in the twin")

    return json.loads(data, parse_constant=refuse)


def test_the_schema_is_draft_2020_12_and_describes_every_field():
    document = schema()
    jsonschema.Draft202012Validator.check_schema(document)
    assert document["$id"] == SCHEMA_ID
    undescribed = []

    def walk(node, where):
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                if "description" not in sub:
                    undescribed.append(f"{where}.{name}")
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{where}[{i}]")

    walk(document, "#")
    assert undescribed == []


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_demo_twin_validates_and_its_fingerprint_is_in_every_footer(demo_files, lang):
    files = demo_files[lang]
    data = files.data.read_bytes()
    fingerprint = hashlib.sha256(data).hexdigest()

    _validator().validate(_strict_load(data))
    assert files.data == data_path(files.pdf) and files.data.name == f"demo-{lang}.report.json"
    assert files.sha256 == fingerprint
    for page in pdf_pages(files.pdf):
        assert fingerprint in page
    annex = one_line(pdf_pages(files.pdf)[-1] + pdf_pages(files.pdf)[-2])
    assert SCHEMA_ID in annex


def test_each_product_row_of_the_twin_is_printed(demo_files, demo_text):
    for lang in ("en", "vi"):
        document = json.loads(demo_files[lang].data.read_text("utf-8"))
        labels = Labels(Texts(lang), document["establishment"]["currency"])
        text = one_line(demo_text[lang])
        rows = document["consumption"]["rows"]
        assert len(rows) == 5
        for row in rows:
            decimals = labels.intensity_decimals(
                row["baseline_intensity"], row["current_intensity"]
            )
            printed = " ".join(
                [
                    labels.figure(row["baseline_intensity"], decimals),
                    labels.figure(row["current_intensity"], decimals),
                    labels.saving_pct(row["saving_pct"]),
                    labels.judgement(Judgement(row["judgement"]), row["saving_pct"]),
                ]
            )
            assert printed in text, printed


def test_the_twin_holds_the_demo_figures(demo_files):
    document = json.loads(demo_files["en"].data.read_text("utf-8"))

    electricity = next(r for r in document["consumption"]["rows"] if r["resource"] == "EC")
    assert electricity["baseline_intensity"] == pytest.approx(450.5227, abs=1e-3)
    assert electricity["saving_pct"] == pytest.approx(9.2464, abs=1e-3)
    assert electricity["judgement"] == "within"
    assert document["energy"]["totals"][0]["toe"] == pytest.approx(10537.6, abs=0.1)
    option = next(o for o in document["options"]["options"] if o["code"] == "DL023801")
    assert option["payback_years"] == pytest.approx(7.8795, abs=1e-3)
    assert option["payback_group"] == "over_3"
    assert option["co2"]["not_counted"] == ["ED"]
    assert document["consumption"]["sector_norm"] == {
        "applies": False,
        "not_applicable_because": "sector",
    }
    operations = document["balance"]["operations"]
    assert [o["code"] for o in operations] == ["OP1", "OP2"]
    assert operations[0]["balances"][0]["metered_share_pct"] == pytest.approx(50.0)


def test_a_figure_that_is_not_defined_is_an_object_not_nan(tmp_path, demo):
    production = tuple(dataclasses.replace(r, quantity=0.0) for r in demo.production)
    path = tmp_path / "zero.pdf"

    files = write_report(dataclasses.replace(demo, production=production), path, lang="en")

    data = files.data.read_bytes()
    document = _strict_load(data)
    _validator().validate(document)
    row = document["consumption"]["rows"][0]
    assert row["baseline_intensity"] == {"not_defined": "no_production"}
    assert row["judgement"] == "not_defined"
    assert b"null" not in data
    assert "n/a (no production)" in one_line(pdf_text(path))


@pytest.mark.parametrize("after_polls", [0, 3, 8])
def test_a_cancel_keeps_the_old_twin(tmp_path, demo, after_polls):
    path = tmp_path / "report.pdf"
    data_path(path).write_bytes(OLD_JSON)
    polls = 0

    def cancelled() -> bool:
        nonlocal polls
        polls += 1
        return polls > after_polls

    with pytest.raises(ReportCancelled):
        write_report(demo, path, lang="en", cancelled=cancelled)

    assert data_path(path).read_bytes() == OLD_JSON
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.report.json"]


def test_a_layout_failure_keeps_the_old_twin(tmp_path, demo, monkeypatch):
    path = tmp_path / "report.pdf"
    data_path(path).write_bytes(OLD_JSON)

    def broken(*_args, **_kwargs):
        raise RuntimeError("layout bug")

    monkeypatch.setattr(report_pdf, "_build", broken)
    with pytest.raises(RuntimeError, match="layout bug"):
        write_report(demo, path, lang="en")

    assert data_path(path).read_bytes() == OLD_JSON
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.report.json"]


def test_a_report_named_json_is_refused(tmp_path, demo):
    with pytest.raises(report_pdf.ReportError, match=r"\.pdf"):
        write_report(demo, tmp_path / "report.json", lang="en")


def _without(document: dict, paths: list[tuple[str, ...]]) -> dict:
    """A copy of ``document`` without the fields at ``paths`` ("*" for every item of a list)."""
    copy = json.loads(json.dumps(document))

    def drop(node, path):
        if not path:
            return
        head, rest = path[0], path[1:]
        if head == "*":
            for item in node:
                drop(item, rest)
        elif not rest:
            node.pop(head, None)
        elif head in node:
            drop(node[head], rest)

    for path in paths:
        drop(copy, path)
    return copy


# Fields added within version 1, optional so that twins written before them still validate.
ADDED_OPTIONAL = [
    ("balance", "operations", "*", "balances", "*", "closure_by_construction"),
    ("balance", "operations", "*", "balances", "*", "calculated_flows"),
    ("summary", "implemented", "co2_not_counted"),
    ("summary", "planned", "co2_not_counted"),
    ("options", "implemented", "co2_not_counted"),
    ("options", "by_technique", "*", "co2_not_counted"),
    ("options", "payback_groups"),
]


def test_a_twin_written_before_the_added_fields_still_validates(demo_files):
    document = json.loads(demo_files["vi"].data.read_text("utf-8"))
    older = _without(document, ADDED_OPTIONAL)

    assert older != document
    _validator().validate(older)
