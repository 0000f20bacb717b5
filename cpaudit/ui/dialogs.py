"""Small dialogs of the main window."""

import datetime as dt
import unicodedata

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from cpaudit.audit.model import Establishment, Period, Product, Project, Settings


def nfc(text):
    """Text as stored: trimmed and in composed Unicode (NFD Vietnamese misplaces tone marks)."""
    return unicodedata.normalize("NFC", text).strip()


def new_project(establishment_name, product_name, baseline_label, year):
    """An empty project: one product and one baseline period (calendar ``year``), no data yet."""
    period = Period(
        code="BL",
        label=baseline_label,
        start=dt.date(year, 1, 1),
        end=dt.date(year, 12, 31),
    )
    return Project(
        establishment=Establishment(name=establishment_name),
        settings=Settings(baseline_period=period.code),
        products=(Product(code="P1", name=product_name, unit="t"),),
        periods=(period,),
    )


class NewProjectDialog(QDialog):
    """Asks the establishment's name (and the first product's, pre-filled)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.product_edit = QLineEdit(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        self.product_label = QLabel(self)
        self.product_label.setBuddy(self.product_edit)
        self.form = QFormLayout()
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.product_label, self.product_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()
        self.product_edit.setText(self.tr("Product 1"))
        self._update_ok()

    def retranslate_ui(self):
        self.setWindowTitle(self.tr("New project"))
        self.intro.setText(
            self.tr(
                "A new project starts with one product and one baseline period. "
                "You can rename both and add data later."
            )
        )
        self.name_label.setText(self.tr("&Establishment name:"))
        self.product_label.setText(self.tr("&Product:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Hong Ha Brewery"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_ok(self):
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(nfc(self.name_edit.text())))

    def project(self, year=None):
        year = year or dt.date.today().year - 1
        product = nfc(self.product_edit.text()) or self.tr("Product 1")
        label = self.tr("Year {year}").format(year=year)
        return new_project(nfc(self.name_edit.text()), product, label, year)
