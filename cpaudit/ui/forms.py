"""Form fields bound to one value of the project (a line, a paragraph, a choice).

A field reads its value with ``get(project)`` and stores it with ``put(project, value)`` through
the host's undo stack, like a table cell: text that cannot be stored stays in the field, marked,
with the reason as tooltip and in the status bar. Typing marks the field *pending*; it is stored
when the field loses the focus or Enter is pressed, and before every autosave, so a crash loses
at most the last few seconds.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSizePolicy

from cpaudit.ui import i18n
from cpaudit.ui.cells import CHOICE, TEXT, CellError, edit_text, read_value

INVALID_STYLE = "background-color: #ffcdd2;"


class _Binding:
    """What every field kind shares: reading, storing and marking."""

    def bind(self, column, get, put, host):
        self.column = column
        self._get = get
        self._put = put
        self.host = host
        self.pending = False
        self.error = None
        self._base_tooltip = ""

    def set_help(self, text):
        self._base_tooltip = text
        if self.error is None:
            self.setToolTip(text)

    def value(self, project):
        return self._get(project)

    def refresh(self, project):
        if self.pending and self.hasFocus():
            return  # the user is typing here: keep their text
        self.pending = False
        self._clear_error()
        self._show(project)

    def commit(self):
        """Store what is typed; False if it cannot be stored (the field is then marked)."""
        if not self.pending:
            return True
        self.pending = False
        project = self.host.project
        if project is None:
            return True
        try:
            value = read_value(self.column, self._raw(), project, i18n.current_language())
        except CellError as error:
            self._mark(str(error))
            return False
        self._clear_error()
        if value == self._get(project):
            return True
        self.host.edit(
            QCoreApplication.translate("forms", "Change “{field}”").format(
                field=self.column.header().replace("\n", " ")
            ),
            self._put(project, value),
        )
        return True

    def _typed(self):
        self.pending = True
        self.host.edit_pending(self)

    def _mark(self, reason):
        self.error = reason
        self.setStyleSheet(INVALID_STYLE)
        self.setToolTip(reason)
        self.host.show_status(reason)

    def _clear_error(self):
        if self.error is not None:
            self.error = None
            self.setStyleSheet("")
            self.setToolTip(self._base_tooltip)


class LineField(QLineEdit, _Binding):
    """One line: text, a number, a date or a unit, read when Enter is pressed or focus leaves."""

    def __init__(self, column, get, put, host, parent=None):
        QLineEdit.__init__(self, parent)
        self.bind(column, get, put, host)
        self.textEdited.connect(lambda _text: self._typed())
        self.editingFinished.connect(self.commit)
        if column.kind != TEXT:
            self.setMaximumWidth(220)

    def _raw(self):
        return self.text()

    def _show(self, project):
        value = self._get(project) if project is not None else None
        text = (
            "" if value is None else edit_text(self.column, value, project, i18n.current_language())
        )
        if text != self.text():
            self.setText(text)
            self.setCursorPosition(0)


class TextField(QPlainTextEdit, _Binding):
    """Several lines of text, stored when the focus leaves (and before every autosave)."""

    def __init__(self, column, get, put, host, parent=None, lines=3):
        QPlainTextEdit.__init__(self, parent)
        self.bind(column, get, put, host)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._changed)
        self._showing = False
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _changed(self):
        if not self._showing:
            self._typed()

    def _raw(self):
        return self.toPlainText()

    def _show(self, project):
        value = self._get(project) if project is not None else ""
        if (value or "") != self.toPlainText():
            self._showing = True
            try:
                self.setPlainText(value or "")
            finally:
                self._showing = False

    def focusOutEvent(self, event):
        self.commit()
        super().focusOutEvent(event)


class ChoiceField(QComboBox, _Binding):
    """A choice among ``column.choices(project)``, stored as soon as it is chosen."""

    def __init__(self, column, get, put, host, parent=None):
        QComboBox.__init__(self, parent)
        assert column.kind == CHOICE
        self.bind(column, get, put, host)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(12)
        self.activated.connect(self._chosen)
        self._filling = False

    def _chosen(self, _index):
        if self._filling:
            return
        self.pending = True
        self.commit()

    def _raw(self):
        return self.currentData()

    def _show(self, project):
        self._filling = True
        try:
            self.clear()
            if project is None:
                return
            for value, label in self.column.choices(project):
                self.addItem(label, value)
            self.setCurrentIndex(self.findData(self._get(project)))
        finally:
            self._filling = False

    def choose(self, value):
        """Choose ``value`` as the user would (for tests and buttons)."""
        index = self.findData(value)
        if index < 0:
            raise KeyError(value)
        self.setCurrentIndex(index)
        self._chosen(index)

    def refresh(self, project):
        self.pending = False
        self._clear_error()
        self._show(project)


def set_line(field, text):
    """Type ``text`` into a line field and press Enter (for tests and scripted input)."""
    field.setText(text)
    field.pending = True
    return field.commit()


def set_paragraph(field, text):
    field.setPlainText(text)
    return field.commit()
