"""File ▸ Export PDF report…: the report options dialog, and the PDF it leads to."""

import datetime as dt
import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from cpaudit.report.i18n import Texts
from cpaudit.report.twin import OPTIONAL_SECTIONS, REQUIRED_SECTIONS, SECTIONS
from cpaudit.store.jsonform import write_json
from cpaudit.ui import i18n
from cpaudit.ui.report_dialog import ReportDialog, run_report_dialog

REPORT_TIMEOUT_MS = 60_000
CHOSEN = ("team", "options")
LEFT_OUT = tuple(s for s in OPTIONAL_SECTIONS if s not in CHOSEN)
PREPARER = "Trung tâm Sản xuất sạch hơn Việt Nam"
REPORT_DATE = dt.date(2024, 3, 5)


def answer_with(monkeypatch, fill, press_export=True):
    """The dialog, when shown, is filled by ``fill(dialog)`` and then exported or cancelled."""
    seen = []

    def exec_(dialog):
        fill(dialog)
        # what it shows, read before the dialog is deleted
        seen.append(
            {
                "titles": {name: box.text() for name, box in dialog.section_boxes.items()},
                "date": dialog.date_edit.text(),
            }
        )
        if press_export:
            dialog.export_button.click()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ReportDialog, "exec", exec_)
    return seen


def choose(dialog, lang, sections=CHOSEN, preparer=PREPARER, day=REPORT_DATE):
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(lang))
    for name, box in dialog.section_boxes.items():
        if box.isEnabled():
            box.setChecked(name in sections)
    dialog.preparer_edit.setText(preparer)
    dialog.version_edit.setText("2")
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))


def headings(pdf):
    """The sections' headings as the PDF's outline lists them ("2. The CP team ...")."""
    return [item.title for item in PdfReader(pdf).outline if not isinstance(item, list)]


def pdf_text(pdf):
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(pdf).pages).split())


@pytest.mark.parametrize(
    ("interface", "report", "date_text"),
    [("vi", "en", "5 March 2024"), ("en", "vi", "05/03/2024")],
)
def test_chosen_language_sections_preparer_and_date_reach_the_pdf(
    qtbot, demo_window, demo_file, monkeypatch, interface, report, date_text
):
    i18n.set_language(interface)
    seen = answer_with(monkeypatch, lambda dialog: choose(dialog, report))

    with qtbot.waitSignal(demo_window.export_finished, timeout=REPORT_TIMEOUT_MS) as blocker:
        demo_window.export_pdf_dialog()

    assert blocker.args == ["succeeded"]
    (shown,) = seen
    # the boxes carry the report's headings in the interface language, the date is dd/mm/yyyy
    assert shown["titles"] == {name: Texts(interface)(f"sec_{name}") for name in SECTIONS}
    assert shown["date"] == "05/03/2024"

    pdf = demo_file.with_suffix(".pdf")
    texts = Texts(report)
    included = [s for s in SECTIONS if s in CHOSEN or s in REQUIRED_SECTIONS]
    assert headings(pdf) == [
        f"{number}. {texts(f'sec_{name}')}" for number, name in enumerate(included, start=1)
    ]
    for name in LEFT_OUT:
        assert not any(texts(f"sec_{name}") in heading for heading in headings(pdf)), name
    text = pdf_text(pdf)
    assert texts("report_title") in text
    assert Texts(interface)("report_title") not in text
    assert PREPARER in text
    assert f"{texts('report_date')} {date_text}" in text
    twin = json.loads(pdf.with_name(f"{pdf.stem}.report.json").read_text(encoding="utf-8"))
    assert twin["report"]["sections"] == included
    assert twin["report"]["preparer"] == PREPARER
    assert twin["report"]["date"] == "2024-03-05"
    assert twin["report"]["version"] == "2"


def test_the_projects_json_form_beside_it_is_not_replaced(
    qtbot, demo_window, demo, demo_file, monkeypatch, message_boxes
):
    form = demo_file.with_name(f"{demo_file.stem}.report.json")  # where the twin would go
    write_json(demo, form)
    before = form.read_bytes()
    answer_with(monkeypatch, lambda dialog: choose(dialog, "en"))

    with qtbot.waitSignal(demo_window.export_finished, timeout=REPORT_TIMEOUT_MS) as blocker:
        demo_window.export_pdf_dialog()

    assert blocker.args == ["failed"]
    (shown,) = message_boxes.shown
    assert f"{form} would be lost" in shown.informative
    assert "another name" in shown.informative
    assert form.read_bytes() == before
    assert not demo_file.with_suffix(".pdf").exists()


def test_cancel_writes_nothing(qtbot, demo_window, tmp_path, monkeypatch, settings):
    before = sorted(p.name for p in tmp_path.iterdir())
    seen = answer_with(monkeypatch, lambda dialog: choose(dialog, "en"), press_export=False)

    demo_window.export_pdf_dialog()

    assert len(seen) == 1
    assert demo_window._export_task is None
    assert demo_window._progress_dialog is None
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    settings.sync()
    assert not settings.contains("report/preparer")


def test_defaults_language_scheme_date_file_and_every_section(qtbot, demo, demo_file, settings):
    i18n.set_language("vi")
    dialog = ReportDialog(demo, demo_file, settings)
    qtbot.addWidget(dialog)

    options = dialog.options()
    assert options.lang == "vi"
    assert options.scheme_id == demo.settings.scheme_id
    assert options.report_date == dt.date.today()
    assert dialog.date_edit.displayFormat() == "dd/MM/yyyy"
    assert options.path == demo_file.with_suffix(".pdf")
    assert options.sections == OPTIONAL_SECTIONS
    assert options.version == "1"
    for name in REQUIRED_SECTIONS:
        box = dialog.section_boxes[name]
        assert box.isChecked() and not box.isEnabled()
    assert dialog.export_button.isEnabled()
    assert "demo.report.json" in dialog.path_note.text()


def test_preparer_remembered_and_sections_per_project(qtbot, demo, demo_file, tmp_path, settings):
    answer = {"fill": lambda dialog: choose(dialog, "en")}

    def exec_(dialog):
        answer["fill"](dialog)
        dialog.export_button.click()
        return dialog.result()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReportDialog, "exec", exec_)
        first = run_report_dialog(None, demo, demo_file, settings)
        assert first.sections == CHOSEN
        other_file = tmp_path / "other.cpaudit"
        answer["fill"] = lambda dialog: choose(dialog, "en", sections=("waste",), preparer="X")
        run_report_dialog(None, demo, other_file, settings)

    again = ReportDialog(demo, demo_file, settings)
    qtbot.addWidget(again)
    assert again.options().sections == CHOSEN
    assert again.options().preparer == "X"  # the organisation last named, for any project
    assert again.options().version == "2"
    new = ReportDialog(demo, None, settings)  # never saved: the last sections chosen anywhere
    qtbot.addWidget(new)
    assert new.options().sections == ("waste",)


def test_browse_adds_the_pdf_suffix(qtbot, demo, demo_file, tmp_path, settings, monkeypatch):
    chosen = tmp_path / "for the Department"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), "PDF files (*.pdf)")
    )
    dialog = ReportDialog(demo, demo_file, settings)
    qtbot.addWidget(dialog)

    dialog.browse_button.click()

    assert dialog.path_edit.text() == str(tmp_path / "for the Department.pdf")
    assert dialog.options().path == tmp_path / "for the Department.pdf"


def test_a_folder_that_is_not_there_disables_export(qtbot, demo, demo_file, tmp_path, settings):
    dialog = ReportDialog(demo, demo_file, settings)
    qtbot.addWidget(dialog)

    dialog.path_edit.setText(str(tmp_path / "missing" / "report.pdf"))

    assert not dialog.export_button.isEnabled()
    assert str(tmp_path / "missing") in dialog.path_problem.text()
    dialog.path_edit.setText("")
    assert not dialog.export_button.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "report"))
    assert dialog.export_button.isEnabled()
    assert dialog.options().path == tmp_path / "report.pdf"


def test_an_existing_report_is_replaced_only_when_confirmed(
    qtbot, demo, demo_file, settings, message_boxes
):
    existing = demo_file.with_suffix(".pdf")
    existing.write_bytes(b"%PDF old")
    dialog = ReportDialog(demo, demo_file, settings)
    qtbot.addWidget(dialog)

    message_boxes.answer(QMessageBox.StandardButton.No)
    dialog.export_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "demo.pdf" in message_boxes.shown[-1].text

    message_boxes.answer(QMessageBox.StandardButton.Yes)
    dialog.export_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert existing.read_bytes() == b"%PDF old"  # the dialog itself writes nothing
