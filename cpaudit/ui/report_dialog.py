"""The report options dialog of File ▸ Export PDF report…

What the command line's ``cpaudit report`` offers, in one dialog: the report's language, the
target scheme, the optional sections (named by the report's own headings), the preparing
organisation, the version, the date the report carries, and the PDF to write (its JSON twin goes
beside it). Nothing is written here: :func:`run_report_dialog` returns the choices, or None.

Remembered in the window's ``QSettings``: the preparer for every project (it is the same
consultancy from one assessment to the next), the sections and the version per project file
(a report is usually issued again with the same parts), and the last sections chosen anywhere for
a project that has none yet.
"""

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from cpaudit.audit.reference import target_schemes
from cpaudit.ui import i18n, services
from cpaudit.ui.dialogs import nfc

PREPARER_KEY = "report/preparer"
LAST_SECTIONS_KEY = "report/last_sections"
PROJECT_GROUP = "report/projects"
DATE_FORMAT = "dd/MM/yyyy"
DEFAULT_VERSION = "1"


@dataclass(frozen=True)
class ReportOptions:
    """What the user chose: the keywords of ``services.write_report`` and the PDF's path."""

    path: Path
    lang: str
    scheme_id: str
    sections: tuple  # the optional sections to include; the required ones are always in
    preparer: str
    version: str
    report_date: dt.date


def run_report_dialog(parent, project, project_path=None, settings=None):
    """Ask how to write the report of ``project``; the :class:`ReportOptions`, or None.

    The choices are remembered in ``settings`` only when the user goes ahead.
    """
    dialog = ReportDialog(project, project_path, settings, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            options = dialog.options()
            dialog.remember(options)
            return options
        return None
    finally:
        dialog.deleteLater()


def default_report_path(project, project_path=None):
    """Beside the project file, with its name; for a project never saved, in the documents
    folder, named after the establishment."""
    if project_path is not None:
        return Path(project_path).with_suffix(".pdf")
    name = " ".join(project.establishment.name.split()) or "report"
    for separator in {os.sep, os.altsep or os.sep, ":"}:
        name = name.replace(separator, "-")
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return folder / f"{name}.pdf"


def _project_key(project_path):
    """A settings key for one project file (a path cannot be a key: its slashes make groups)."""
    resolved = str(Path(project_path).resolve())
    return hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:16]


class ReportDialog(QDialog):
    """The options of the PDF report; OK only while the file can be written where it says."""

    def __init__(self, project, project_path=None, settings=None, parent=None):
        super().__init__(parent)
        self.project = project
        self.project_path = Path(project_path) if project_path is not None else None
        self._settings = settings if settings is not None else QSettings()
        self._confirmed_path = None  # a path the file dialog already asked to replace
        self._build()
        self.retranslate_ui()
        self._fill_defaults()
        self._check_path()

    # ---- building -----------------------------------------------------------------------------

    def _build(self):
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.language_combo = QComboBox(self)
        for lang in i18n.LANGUAGES:
            self.language_combo.addItem(i18n.LANGUAGE_NAMES[lang], lang)
        self.scheme_combo = QComboBox(self)
        self.scheme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preparer_edit = QLineEdit(self)
        self.version_edit = QLineEdit(self)
        self.version_edit.setMaximumWidth(120)
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)

        self.language_label = QLabel(self)
        self.scheme_label = QLabel(self)
        self.preparer_label = QLabel(self)
        self.version_label = QLabel(self)
        self.date_label = QLabel(self)
        form = QFormLayout()
        for label, field in (
            (self.language_label, self.language_combo),
            (self.scheme_label, self.scheme_combo),
            (self.preparer_label, self.preparer_edit),
            (self.version_label, self.version_edit),
            (self.date_label, self.date_edit),
        ):
            label.setBuddy(field)
            form.addRow(label, field)

        self.sections_box = QGroupBox(self)
        sections_layout = QVBoxLayout(self.sections_box)
        self.section_boxes = {}
        for name, _title, required in services.report_sections(i18n.current_language()):
            box = QCheckBox(self.sections_box)
            box.setChecked(True)
            box.setEnabled(not required)
            self.section_boxes[name] = box
            sections_layout.addWidget(box)
        self.sections_note = QLabel(self)
        self.sections_note.setWordWrap(True)

        self.path_label = QLabel(self)
        self.path_edit = QLineEdit(self)
        self.path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.path_note = QLabel(self)
        self.path_note.setWordWrap(True)
        self.path_problem = QLabel(self)
        self.path_problem.setWordWrap(True)
        self.path_problem.setStyleSheet("color: #b00020;")
        self.path_edit.textChanged.connect(self._check_path)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.sections_box)
        layout.addWidget(self.sections_note)
        layout.addLayout(path_row)
        layout.addWidget(self.path_note)
        layout.addWidget(self.path_problem)
        layout.addWidget(self.buttons)
        # word-wrapped labels get their height for the dialog's width, never cut off
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.path_edit.setMinimumWidth(380)

    def retranslate_ui(self):
        lang = i18n.current_language()
        self.setWindowTitle(self.tr("Export PDF report"))
        self.intro.setText(
            self.tr("The assessment report for the provincial Department of Industry and Trade.")
        )
        self.language_label.setText(self.tr("Report &language:"))
        self.scheme_label.setText(self.tr("&Target scheme:"))
        self.scheme_combo.setToolTip(self.tr("The national target the savings are judged against"))
        self._fill_schemes(lang)
        self.preparer_label.setText(self.tr("&Prepared by:"))
        self.preparer_edit.setPlaceholderText(self.tr("Organisation that prepared the report"))
        self.version_label.setText(self.tr("&Version:"))
        self.date_label.setText(self.tr("Report &date:"))
        self.sections_box.setTitle(self.tr("Sections"))
        for name, title, required in services.report_sections(lang):
            box = self.section_boxes[name]
            box.setText(title)
            box.setToolTip(self.tr("Always in the report") if required else "")
        self.sections_note.setText(
            self.tr(
                "The sections greyed out are always in the report. "
                "Sections are numbered as included."
            )
        )
        self.path_label.setText(self.tr("&Save as:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.export_button.setText(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._check_path()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_schemes(self, lang):
        chosen = self.scheme_combo.currentData() or self.project.settings.scheme_id
        self.scheme_combo.clear()
        for scheme in target_schemes():
            self.scheme_combo.addItem(scheme.label(lang), scheme.id)
        self.scheme_combo.setCurrentIndex(max(self.scheme_combo.findData(chosen), 0))

    # ---- what is shown first ------------------------------------------------------------------

    def _fill_defaults(self):
        self.language_combo.setCurrentIndex(self.language_combo.findData(i18n.current_language()))
        self.preparer_edit.setText(self._settings.value(PREPARER_KEY, "", type=str))
        self.version_edit.setText(self._remembered("version") or DEFAULT_VERSION)
        self.date_edit.setDate(QDate.currentDate())
        sections = self._remembered("sections")
        if sections is None and self._settings.contains(LAST_SECTIONS_KEY):
            sections = self._settings.value(LAST_SECTIONS_KEY, "", type=str)
        if sections is not None:
            chosen = set(filter(None, sections.split(",")))
            for name, box in self.section_boxes.items():
                if box.isEnabled():
                    box.setChecked(name in chosen)
        self.path_edit.setText(str(default_report_path(self.project, self.project_path)))

    def _remembered(self, name):
        """A value remembered for this project file, or None."""
        if self.project_path is None:
            return None
        key = f"{PROJECT_GROUP}/{_project_key(self.project_path)}/{name}"
        if not self._settings.contains(key):
            return None
        return self._settings.value(key, "", type=str)

    def remember(self, options):
        """Keep the preparer, and this project's sections and version, for the next report."""
        sections = ",".join(options.sections)
        self._settings.setValue(PREPARER_KEY, options.preparer)
        self._settings.setValue(LAST_SECTIONS_KEY, sections)
        if self.project_path is not None:
            group = f"{PROJECT_GROUP}/{_project_key(self.project_path)}"
            self._settings.setValue(f"{group}/sections", sections)
            self._settings.setValue(f"{group}/version", options.version)

    # ---- the file -----------------------------------------------------------------------------

    def target_path(self):
        """The PDF as typed: ``.pdf`` added when missing, relative to the project's folder."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            base = default_report_path(self.project, self.project_path).parent
            path = base / path
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    def browse(self):
        current = self.target_path()
        filename, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export PDF report"),
            str(current) if current is not None else "",
            self.tr("PDF files (*.pdf)"),
        )
        if not filename:
            return
        path = Path(filename)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._confirmed_path = path  # the file dialog asked whether to replace it
        self.path_edit.setText(str(path))

    def _path_problem(self, path):
        if path is None:
            return self.tr("Choose where to write the report.")
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        if path.is_dir():
            return self.tr("{path} is a folder: give the report a file name.").format(path=path)
        return ""

    def _check_path(self):
        path = self.target_path()
        problem = self._path_problem(path)
        self.path_problem.setText(problem)
        self.path_problem.setVisible(bool(problem))
        self.export_button.setEnabled(not problem)
        if path is not None and not problem:
            self.path_note.setText(
                self.tr("The data file goes beside it: {name}").format(
                    name=services.report_data_path(path).name
                )
            )
        else:
            self.path_note.setText("")
        self.path_note.setVisible(bool(self.path_note.text()))

    def accept(self):
        path = self.target_path()
        if self._path_problem(path):
            return
        if path.exists() and path != self._confirmed_path and not self._replace(path):
            return
        super().accept()

    def _replace(self, path):
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Export PDF report"))
        box.setText(self.tr("{name} already exists. Replace it?").format(name=path.name))
        box.setInformativeText(self.tr("Its data file beside it is replaced too."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Replace"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes

    # ---- the answer ---------------------------------------------------------------------------

    def options(self):
        chosen = tuple(
            name for name, box in self.section_boxes.items() if box.isEnabled() and box.isChecked()
        )
        return ReportOptions(
            path=self.target_path(),
            lang=self.language_combo.currentData(),
            scheme_id=self.scheme_combo.currentData(),
            sections=chosen,
            preparer=nfc(self.preparer_edit.text()),
            version=nfc(self.version_edit.text()) or DEFAULT_VERSION,
            report_date=self.date_edit.date().toPython(),
        )
