"""What every page shares: a title, a line on what the task is for, its state, and a body.

A page declares which fields of the project it shows (``sections``); the window calls
:meth:`Page.refresh` after every change with the names of the fields that changed, and the page
redraws only if one of its own did (or when it is shown after being stale).
"""

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cpaudit.audit.tasks import TaskState, task_statuses
from cpaudit.ui import labels
from cpaudit.ui.navigator import STATE_COLOURS


class Page(QWidget):
    key = None  # the navigator key: a task number, "data" or "overview"
    sections = None  # the project fields shown; None: all

    def __init__(self, host, parent=None):
        super().__init__(parent)
        self.host = host
        self.stale = True
        self.tables = []  # RecordTables, refreshed with the page
        self.fields = []  # form fields, likewise
        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.intro_label.setStyleSheet("color: #424242;")
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        for label in (self.title_label, self.intro_label, self.state_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 4, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.state_label)
        layout.addLayout(self.body, 1)

    # ---- to be filled in by each page ---------------------------------------------------------

    def title(self):
        return labels.task_title(self.key) if isinstance(self.key, int) else ""

    def intro(self):
        return ""

    def update_view(self, project):
        """Redraw the page's computed parts from ``project`` (tables and fields are done)."""

    def retranslate_page(self):
        """Words of the page itself (labels, buttons); tables and fields translate themselves."""

    # ---- shared -------------------------------------------------------------------------------

    def shows(self, changed):
        return changed is None or self.sections is None or bool(self.sections & set(changed))

    def refresh(self, changed=None):
        """Redraw after a change of the fields ``changed`` (None: everything may have changed).

        A hidden page only notes that it is stale and redraws when it is shown.
        """
        if self.shows(changed):
            self.stale = True
        if not self.isVisible():
            return
        project = self.host.project
        if self.stale:
            self.stale = False
            for table in self.tables:
                table.refresh(project)
            for field in self.fields:
                field.refresh(project)
            if project is not None:
                self.update_view(project)
        self._show_state(project)

    def _show_state(self, project):
        if not isinstance(self.key, int) or project is None:
            self.state_label.hide()
            return
        status = task_statuses(project)[self.key]
        text = labels.task_state_label(status.state)
        if status.missing:
            text += " — " + labels.missing_text(status.missing)
        self.state_label.setText(text)
        colour = {TaskState.DONE: "#1b5e20", TaskState.STARTED: "#8d5a00"}.get(
            status.state, "#616161"
        )
        self.state_label.setStyleSheet(f"color: {colour};")
        self.state_label.setToolTip(labels.task_state_label(status.state))
        self.state_label.show()
        self.state_label.setProperty("state_colour", STATE_COLOURS[status.state])

    def showEvent(self, event):
        if self.stale:
            self.refresh(None)
        super().showEvent(event)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self):
        self.title_label.setText(self.title())
        self.intro_label.setText(self.intro())
        self.intro_label.setVisible(bool(self.intro()))
        self.retranslate_page()
        if self.host.project is not None:
            self.refresh(None)

    def add_table(self, table):
        self.tables.append(table)
        return table

    def add_field(self, field):
        self.fields.append(field)
        return field


def method_field(name):
    """``get`` and ``put`` for one field of ``Project.method``."""

    def get(project):
        return getattr(project.method, name)

    def put(project, value):
        method = dataclasses.replace(project.method, **{name: value})
        return dataclasses.replace(project, method=method)

    return get, put


def settings_field(name):
    def get(project):
        return getattr(project.settings, name)

    def put(project, value):
        settings = dataclasses.replace(project.settings, **{name: value})
        return dataclasses.replace(project, settings=settings)

    return get, put


def establishment_field(name):
    def get(project):
        return getattr(project.establishment, name)

    def put(project, value):
        establishment = dataclasses.replace(project.establishment, **{name: value})
        return dataclasses.replace(project, establishment=establishment)

    return get, put


def form(parent=None):
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return layout


def splitter(*widgets, orientation=Qt.Orientation.Vertical, sizes=None, parent=None):
    split = QSplitter(orientation, parent)
    for widget in widgets:
        split.addWidget(widget)
    split.setChildrenCollapsible(False)
    if sizes:
        split.setSizes(list(sizes))
        for index, size in enumerate(sizes):
            split.setStretchFactor(index, size)  # the same shares at any window size
    return split


def note_label(parent=None):
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #424242;")
    return label


def figure_label(parent=None):
    """A label for a computed figure the tests and the user read (selectable)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def scrolled(widget, parent=None):
    area = QScrollArea(parent)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def box_widget(layout, parent=None):
    widget = QWidget(parent)
    widget.setLayout(layout)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return widget


def no_data_text():
    return QCoreApplication.translate("pages", "No data")
