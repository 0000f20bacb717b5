"""File ▸ Import data… and Export data… in the window: the wizard's result is one undo step,
the export is written on the worker in the interface language's number style and reads back."""

import dataclasses
from collections import Counter

import openpyxl
from PySide6.QtWidgets import QFileDialog

from cpaudit.audit.model import Project, Settings
from cpaudit.store.importing import apply_plan, plan_import, suggest_spec
from cpaudit.store.sheets import read_workbook
from cpaudit.ui import import_wizard

WAIT_MS = 15_000


def test_what_the_wizard_imports_becomes_the_project_and_undoes_in_one_step(
    demo_window, monkeypatch
):
    before = demo_window.project
    more = dataclasses.replace(before, production=before.production[:1])
    seen = []

    def wizard(parent, project, path_hint=None):
        seen.append((parent, project))
        return more

    monkeypatch.setattr(import_wizard, "run_import_wizard", wizard)

    demo_window.import_data_action.trigger()

    assert seen == [(demo_window, before)]
    assert demo_window.project is more
    assert demo_window.is_modified
    assert demo_window.undo_action.text() == "&Undo: Import data"
    demo_window.undo_action.trigger()
    assert demo_window.project is before


def test_a_cancelled_wizard_changes_nothing(demo_window, monkeypatch):
    before = demo_window.project
    monkeypatch.setattr(import_wizard, "run_import_wizard", lambda *a, **k: None)

    demo_window.import_data_action.trigger()

    assert demo_window.project is before
    assert not demo_window.is_modified


def test_the_data_export_is_a_workbook_that_imports_back_into_an_empty_project(
    qtbot, demo_window, tmp_path, monkeypatch
):
    target = tmp_path / "demo-data"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )

    with qtbot.waitSignal(demo_window.work_finished, timeout=WAIT_MS) as blocker:
        demo_window.export_data_action.trigger()

    assert blocker.args == ["succeeded"]
    written = tmp_path / "demo-data.xlsx"
    assert {"data", "results"} <= set(openpyxl.load_workbook(written, read_only=True).sheetnames)
    project = demo_window.project
    empty = Project(project.establishment, Settings(baseline_period=""))
    workbook = read_workbook(written)
    plan = plan_import(empty, workbook, suggest_spec(empty, workbook))
    assert plan.ok, [str(p) for p in plan.problems]
    back = apply_plan(empty, plan, replace=False)
    for part in ("periods", "products", "resources", "production", "consumption"):
        assert Counter(getattr(back, part)) == Counter(getattr(project, part)), part


def test_csv_in_vietnamese_has_semicolons_and_decimal_commas(
    qtbot, demo_window, tmp_path, monkeypatch
):
    demo_window.set_language("vi")
    target = tmp_path / "so-lieu.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Tệp CSV (*.csv)")
    )

    with qtbot.waitSignal(demo_window.work_finished, timeout=WAIT_MS) as blocker:
        demo_window.export_data_action.trigger()

    assert blocker.args == ["succeeded"]
    header, *rows = (tmp_path / "so-lieu_data.csv").read_text(encoding="utf-8-sig").splitlines()
    assert header.startswith("period;")
    electricity = [r for r in rows if ";kWh;" in r]
    # DL0238's baseline electricity, 43,731,684 kWh for 3,123,752 USD (the case's expected.json)
    assert any(";43731684;kWh;3123752;" in r for r in electricity), electricity[:3]
    price = header.split(";").index("price_per_unit")
    assert electricity[0].split(";")[price].startswith("0,0714")  # a decimal comma


def test_a_data_export_that_cannot_be_written_says_so(qtbot, demo_window, tmp_path, message_boxes):
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file")
    with qtbot.waitSignal(demo_window.work_finished, timeout=WAIT_MS) as blocker:
        demo_window.export_data(folder / "out.xlsx")

    assert blocker.args == ["failed"]
    assert message_boxes.shown[-1].text == "The data could not be written"
    assert "not-a-folder" in message_boxes.shown[-1].informative
