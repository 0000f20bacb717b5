"""Editable tables over a tuple of the project's frozen dataclasses, behaving like a spreadsheet.

A :class:`RecordModel` shows the rows of one :class:`RowSource` through a list of
:class:`~cpaudit.ui.cells.Column`. Every change (a typed cell, a pasted block, a row added or
removed) becomes a new :class:`~cpaudit.audit.model.Project` handed to the *host* (the main
window), which puts it on the undo stack; nothing edits the project in place. Text that cannot be
stored is kept in its cell, marked, with the reason as tooltip, and the project is not changed.

The host provides ``project``, ``edit(text, project)``, ``show_status(text)`` and
``confirm(title, text, details) -> bool``.
"""

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProxyStyle,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpaudit.ui import editing, i18n
from cpaudit.ui.cells import (
    CHOICE,
    INTEGER,
    NUMBER,
    TEXT,
    CellError,
    choice_label,
    display_text,
    edit_text,
    read_value,
)
from cpaudit.ui.qtcompat import emit

ERROR_COLOUR = "#ffcdd2"  # light red: a value that was not stored
COMPUTED_COLOUR = "#f3f3f3"  # light grey: figures the app computes
WARNING_COLOUR = "#fff3c4"  # light amber: a value the task still needs
MAX_COLUMN_WIDTH = 300
MAX_TEXT_WIDTH = 380  # names and titles: a line of about 50 characters before they wrap
MIN_TEXT_WIDTH = 110
MAX_WRAPPED_ROWS = 200
COLUMN_PADDING = 14
MIN_COLUMN_PADDING = 6  # what a figure's column keeps of its padding in a table too wide

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class CannotAdd(Exception):
    """A row cannot be added yet; the message says what to enter first."""


@dataclasses.dataclass
class RowSource:
    """Where a table's rows live in the project.

    ``get(project)`` gives the tuple of rows, ``put(project, rows)`` the project with new rows,
    ``new(project, rows)`` a row to add (or raises :class:`CannotAdd`). ``section`` names a
    top-level field of the project: removing its rows also removes what needs them.
    """

    get: object
    put: object
    new: object = None
    section: str | None = None
    name: object = None  # callable: the table's name for the Edit menu

    @classmethod
    def of(cls, section, new=None, name=None):
        return cls(
            get=lambda project: getattr(project, section),
            put=lambda project, rows: dataclasses.replace(project, **{section: tuple(rows)}),
            new=new,
            section=section,
            name=name,
        )


class RecordModel(QAbstractTableModel):
    def __init__(self, columns, source, host, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.source = source
        self.host = host
        self._project = None
        self._rows = ()
        self._errors = {}  # (row, column) -> (typed text, reason)
        self.warn = None  # callable(row, column, item, project) -> reason or None

    # ---- reading the project ------------------------------------------------------------------

    @property
    def rows(self):
        return self._rows

    @property
    def project(self):
        return self._project

    def refresh(self, project=None):
        """Show the rows of ``project`` (the host's by default); only what changed is redrawn."""
        project = project if project is not None else self.host.project
        rows = tuple(self.source.get(project)) if project is not None else ()
        old_project, old_rows = self._project, self._rows
        self._project = project
        if rows is old_rows or (len(rows) == len(old_rows) and rows == old_rows):
            self._rows = rows
            if old_project is not project and self.rowCount() and self.columnCount():
                # computed columns and choice labels may depend on the rest of the project
                emit(
                    self.dataChanged,
                    self.index(0, 0),
                    self.index(self.rowCount() - 1, self.columnCount() - 1),
                )
            return
        if len(rows) != len(old_rows):
            self.beginResetModel()
            self._rows = rows
            self._errors.clear()
            self.endResetModel()
            return
        self._rows = rows
        for (row, column), _error in list(self._errors.items()):
            col = self.columns[column]
            if col.value(old_rows[row], old_project) != col.value(rows[row], project):
                del self._errors[(row, column)]
        emit(
            self.dataChanged,
            self.index(0, 0),
            self.index(self.rowCount() - 1, self.columnCount() - 1),
        )

    def retranslate(self):
        if self.columnCount():
            emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            emit(
                self.dataChanged,
                self.index(0, 0),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
            )

    # ---- Qt's model interface -----------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header_text()
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip() if column.tooltip is not None else None
            if not column.editable:
                computed = QCoreApplication.translate("tables", "Computed: not edited here.")
                return f"{tip}\n{computed}" if tip else computed
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column.kind in (NUMBER, INTEGER) else _LEFT)
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        col = self.columns[column]
        error = self._errors.get((row, column))
        lang = i18n.current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            if error is not None:
                return error[0]
            return display_text(col, self._value(row, col), self._project, lang)
        if role == Qt.ItemDataRole.EditRole:
            if error is not None:
                return error[0]
            return edit_text(col, self._value(row, col), self._project, lang)
        if role == Qt.ItemDataRole.UserRole:
            return self._value(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if error is not None:
                return error[1]
            warning = self._warning(row, column)
            if warning:
                return warning
            if col.compact:
                return choice_label(col, self._value(row, col), self._project) or None
            text = display_text(col, self._value(row, col), self._project, lang)
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if error is not None:
                return QBrush(QColor(ERROR_COLOUR))
            if self._warning(row, column):
                return QBrush(QColor(WARNING_COLOUR))
            if not col.editable:
                return QBrush(QColor(COMPUTED_COLOUR))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (error is not None or not col.editable):
            return QBrush(QColor("#000000" if error is not None else "#303030"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if col.kind in (NUMBER, INTEGER) else _LEFT)
        if role == Qt.ItemDataRole.FontRole and error is not None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.set_cell(index.row(), index.column(), value)

    def _value(self, row, col):
        return col.value(self._rows[row], self._project)

    def _warning(self, row, column):
        if self.warn is None:
            return None
        return self.warn(row, self.columns[column], self._rows[row], self._project)

    # ---- changing cells -----------------------------------------------------------------------

    def cell_error(self, row, column):
        """The reason the text in a cell was not stored, or None."""
        error = self._errors.get((row, column))
        return error[1] if error is not None else None

    def set_cell(self, row, column, raw):
        """Store ``raw`` in the cell; False (and the cell marked) if it cannot be stored."""
        project = self.host.project
        col = self.columns[column]
        if not col.editable:
            return False
        try:
            changed = self._put(project, row, col, raw)
        except CellError as error:
            self._mark(row, column, raw, str(error))
            self.host.show_status(str(error))
            return False
        self._clear_error(row, column)
        if changed is not project:
            self.host.edit(
                QCoreApplication.translate("tables", "Change “{column}”").format(
                    column=col.header().replace("\n", " ")
                ),
                changed,
            )
        return True

    def _put(self, project, row, col, raw):
        """The project with ``raw`` stored in row ``row``; raises CellError."""
        rows = tuple(self.source.get(project))
        item = rows[row]
        value = read_value(col, raw, project, i18n.current_language())
        if value == col.value(item, project):
            return project
        if col.check is not None and (reason := col.check(value, item, project)):
            raise CellError(reason)
        if col.code:
            problem = editing.code_problem(project, self.source.section, value, own_index=row)
            if problem == "empty":
                raise CellError(
                    QCoreApplication.translate(
                        "tables", "A code is needed: other tables refer to this row by it."
                    )
                )
            if problem == "taken":
                raise CellError(
                    QCoreApplication.translate(
                        "tables", "The code “{code}” is already used: choose another."
                    ).format(code=value)
                )
            return editing.rename_code(project, self.source.section, item.code, value)
        if col.put is not None:
            return col.put(project, row, item, value)
        new_rows = list(rows)
        new_rows[row] = dataclasses.replace(item, **{col.field: value})
        return self.source.put(project, new_rows)

    def _mark(self, row, column, raw, reason):
        text = raw if isinstance(raw, str) else str(raw)
        self._errors[(row, column)] = (text, reason)
        index = self.index(row, column)
        emit(self.dataChanged, index, index)

    def _clear_error(self, row, column):
        if self._errors.pop((row, column), None) is not None:
            index = self.index(row, column)
            emit(self.dataChanged, index, index)

    def paste(self, top, left, block):
        """Store a block of text cells (rows of columns) from ``(top, left)``, one undo step.

        Rows beyond the last are added. Cells that cannot be stored are marked; the others are
        stored. Returns the number of cells that could not be stored.
        """
        project = self.host.project
        failed = []
        for offset, values in enumerate(block):
            row = top + offset
            if row >= len(self.source.get(project)):
                try:
                    project = self._with_new_row(project)
                except CannotAdd as error:
                    self.host.show_status(str(error))
                    break
            for shift, raw in enumerate(values):
                column = left + shift
                if column >= len(self.columns) or not self.columns[column].editable:
                    continue
                try:
                    project = self._put(project, row, self.columns[column], raw)
                except CellError as error:
                    failed.append((row, column, raw, str(error)))
        if project is not self.host.project:
            name = self.source.name() if self.source.name is not None else ""
            self.host.edit(
                QCoreApplication.translate("tables", "Paste into “{table}”").format(table=name),
                project,
            )
        for row, column, raw, reason in failed:
            if row < self.rowCount():
                self._mark(row, column, raw, reason)
        if failed:
            self.host.show_status(
                QCoreApplication.translate(
                    "tables", "{count} pasted cells could not be stored; they are marked in red."
                ).format(count=len(failed))
            )
        return len(failed)

    def clear_cells(self, cells):
        """Empty the given (row, column) cells as one step; cells that need a value are marked."""
        project = self.host.project
        failed = []
        for row, column in cells:
            col = self.columns[column]
            if not col.editable or col.code:
                continue
            try:
                project = self._put(project, row, col, "")
            except CellError as error:
                failed.append((row, column, str(error)))
        if project is not self.host.project:
            self.host.edit(QCoreApplication.translate("tables", "Clear cells"), project)
        if failed:
            self.host.show_status(failed[0][2])

    def _with_new_row(self, project):
        if self.source.new is None:
            raise CannotAdd(QCoreApplication.translate("tables", "Rows cannot be added here."))
        rows = tuple(self.source.get(project))
        return self.source.put(project, (*rows, self.source.new(project, rows)))

    def add_row(self):
        """Add a row at the end; returns its number, or None (the reason in the status bar)."""
        project = self.host.project
        try:
            changed = self._with_new_row(project)
        except CannotAdd as error:
            self.host.show_status(str(error))
            return None
        name = self.source.name() if self.source.name is not None else ""
        self.host.edit(
            QCoreApplication.translate("tables", "Add a row to “{table}”").format(table=name),
            changed,
        )
        return self.rowCount() - 1

    def remove_rows(self, rows):
        """Remove ``rows`` (and, after asking, what cannot exist without them)."""
        project = self.host.project
        rows = sorted(set(rows))
        if not rows:
            return False
        if self.source.section is not None and hasattr(project, self.source.section):
            changed, consequences = editing.remove_rows(project, self.source.section, rows)
            if consequences and not self.host.confirm(
                QCoreApplication.translate("tables", "Remove rows"),
                QCoreApplication.translate(
                    "tables", "Other data depend on the rows you are removing."
                ),
                consequences_text(consequences),
            ):
                return False
        else:
            kept = [
                item for index, item in enumerate(self.source.get(project)) if index not in rows
            ]
            changed = self.source.put(project, kept)
        name = self.source.name() if self.source.name is not None else ""
        self.host.edit(
            QCoreApplication.translate("tables", "Remove rows from “{table}”").format(table=name),
            changed,
        )
        return True


def consequences_text(consequences):
    """What else a removal changes, one line each, in the interface language."""
    removed = QCoreApplication.translate("tables", "{count} × removed: {what}")
    cleared = QCoreApplication.translate("tables", "{count} × reference emptied: {what}")
    lines = [
        (removed if kind == "removed" else cleared).format(count=count, what=section_label(section))
        for section, kind, count in consequences
    ]
    lines.append(QCoreApplication.translate("tables", "Edit ▸ Undo brings everything back."))
    return "\n".join(lines)


def section_label(section):
    words = {
        "products": QCoreApplication.translate("tables", "products"),
        "resources": QCoreApplication.translate("tables", "resources"),
        "periods": QCoreApplication.translate("tables", "periods"),
        "production": QCoreApplication.translate("tables", "production records"),
        "consumption": QCoreApplication.translate("tables", "consumption records"),
        "allocations": QCoreApplication.translate("tables", "allocations"),
        "options": QCoreApplication.translate("tables", "CP options"),
        "team": QCoreApplication.translate("tables", "team members"),
        "process_steps": QCoreApplication.translate("tables", "process steps"),
        "step_flows": QCoreApplication.translate("tables", "inputs and outputs of steps"),
        "focus_criteria": QCoreApplication.translate("tables", "focus criteria"),
        "focus_scores": QCoreApplication.translate("tables", "focus scores"),
        "operations": QCoreApplication.translate("tables", "unit operations"),
        "balance_flows": QCoreApplication.translate("tables", "balance flows"),
        "waste_streams": QCoreApplication.translate("tables", "waste streams"),
        "causes": QCoreApplication.translate("tables", "causes"),
        "technical_checks": QCoreApplication.translate("tables", "technical checks"),
        "environmental_effects": QCoreApplication.translate("tables", "environmental effects"),
        "implementations": QCoreApplication.translate("tables", "implementation plans"),
        "verified_savings": QCoreApplication.translate("tables", "verified savings"),
        "sustain_actions": QCoreApplication.translate("tables", "sustaining actions"),
        "savings": QCoreApplication.translate("tables", "savings of options"),
        "addresses": QCoreApplication.translate(
            "tables", "waste streams or causes an option addresses"
        ),
        "selected_options": QCoreApplication.translate(
            "tables", "options selected for implementation"
        ),
        "focus_step": QCoreApplication.translate("tables", "the chosen audit focus"),
        "settings": QCoreApplication.translate("tables", "the baseline or current period"),
    }
    return words.get(section, section)


class CellDelegate(QStyledItemDelegate):
    """A combo box for choice columns; the default line editor for the rest."""

    def createEditor(self, parent, option, index):
        column = index.model().columns[index.column()]
        if column.kind != CHOICE:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in column.choices(index.model().project):
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            position = editor.findData(value)
            editor.setCurrentIndex(max(position, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class RecordView(QTableView):
    """A table view with the spreadsheet keys: copy, paste a block, Delete empties cells."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        inset_header_labels(header)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(110)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        spread_columns(self)

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.state() != QAbstractItemView.State.EditingState
        ):
            self.clear_selection()
        else:
            super().keyPressEvent(event)

    def selected_cells(self):
        return sorted({(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()})

    def copy_selection(self):
        """The selected cells as tab-separated text (what a spreadsheet pastes)."""
        cells = self.selected_cells()
        if not cells:
            return ""
        rows = range(min(r for r, _c in cells), max(r for r, _c in cells) + 1)
        columns = range(min(c for _r, c in cells), max(c for _r, c in cells) + 1)
        model = self.model()
        text = "\n".join(
            "\t".join(self._copy_text(model, r, c) if (r, c) in cells else "" for c in columns)
            for r in rows
        )
        QGuiApplication.clipboard().setText(text)
        return text

    @staticmethod
    def _copy_text(model, row, column):
        """A number with all its digits; a choice as its words, as the cell shows it."""
        columns = getattr(model, "columns", None)
        role = Qt.ItemDataRole.DisplayRole
        if columns is not None and columns[column].kind != CHOICE:
            role = Qt.ItemDataRole.EditRole
        return model.index(row, column).data(role) or ""

    def paste_clipboard(self):
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text):
        """Paste tab-separated text (a block copied from Excel) at the current cell."""
        block = parse_block(text)
        if not block:
            return 0
        current = self.currentIndex()
        top = current.row() if current.isValid() else self.model().rowCount()
        left = current.column() if current.isValid() else 0
        if len(block) == 1 and len(block[0]) == 1 and len(self.selected_cells()) > 1:
            # one value into a selection: fill the selection, as spreadsheets do
            cells = self.selected_cells()
            top, left = cells[0]
            rows = sorted({r for r, _c in cells})
            columns = sorted({c for _r, c in cells})
            block = [[block[0][0]] * (columns[-1] - left + 1) for _ in rows]
        return self.model().paste(max(top, 0), max(left, 0), block)

    def clear_selection(self):
        self.model().clear_cells(self.selected_cells())


def parse_block(text):
    """Rows of cells from tab-separated text; a quoted cell may hold tabs and line breaks."""
    if not text:
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    rows, row, cell, quoted, index = [], [], [], False, 0
    while index < len(text):
        char = text[index]
        if quoted:
            if char == '"' and text[index + 1 : index + 2] == '"':
                cell.append('"')
                index += 1
            elif char == '"':
                quoted = False
            else:
                cell.append(char)
        elif char == '"' and not cell:
            quoted = True
        elif char == "\t":
            row.append("".join(cell))
            cell = []
        elif char == "\n":
            row.append("".join(cell))
            rows.append(row)
            row, cell = [], []
        else:
            cell.append(char)
        index += 1
    row.append("".join(cell))
    rows.append(row)
    return rows


class RecordTable(QWidget):
    """A titled table with Add and Remove buttons, over one RowSource of the project."""

    def __init__(self, columns, source, host, title=None, parent=None, can_add=True):
        super().__init__(parent)
        self.host = host
        self._title = title
        self.model = RecordModel(columns, source, host, self)
        self.view = RecordView(self)
        self.view.setModel(self.model)
        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected_rows)
        self.add_button.setVisible(can_add and source.new is not None)
        self.remove_button.setVisible(can_add and source.new is not None)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.title_label)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)
        self._fitted_rows = None
        self.retranslate_ui()

    def add_button_widget(self, button):
        """Put a page's own button beside Add and Remove."""
        self.buttons.insertWidget(2, button)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self):
        if self._title is not None:
            self.title_label.setText(self._title())
        self.title_label.setVisible(self._title is not None)
        self.add_button.setText(QCoreApplication.translate("tables", "Add row"))
        self.add_button.setToolTip(
            QCoreApplication.translate("tables", "Add a row at the end of the table")
        )
        self.remove_button.setText(QCoreApplication.translate("tables", "Remove rows"))
        self.remove_button.setToolTip(
            QCoreApplication.translate("tables", "Remove the rows of the selected cells")
        )
        self.view.setToolTip(
            QCoreApplication.translate(
                "tables",
                "Type to edit a cell; Ctrl+V pastes a block copied from a spreadsheet; "
                "Delete empties the selected cells; Ctrl+Z undoes.",
            )
        )
        self.model.retranslate()
        self.fit_columns()

    def refresh(self, project=None):
        rows_before = self.model.rowCount()
        self.model.refresh(project)
        if self._fitted_rows is None or rows_before != self.model.rowCount():
            self.fit_columns()
        else:
            fit_rows(self.view)  # an edited text may need more or fewer lines

    def fit_columns(self):
        fit_columns(self.view)
        self._fitted_rows = self.model.rowCount()

    def add_row(self):
        row = self.model.add_row()
        if row is not None:
            first = next((c for c, col in enumerate(self.model.columns) if col.editable), 0)
            index = self.model.index(row, first)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.setFocus()
        return row

    def remove_selected_rows(self):
        rows = {r for r, _c in self.view.selected_cells()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return self.model.remove_rows(rows)


class _HeaderStyle(QProxyStyle):
    """Header labels a few pixels in from their section's edges, so that a right-aligned
    header (over figures) never runs into the next one's words."""

    INSET = 4

    def drawControl(self, element, option, painter, widget=None):
        if element == QStyle.ControlElement.CE_HeaderLabel:
            option = QStyleOptionHeader(option)
            option.rect = option.rect.adjusted(self.INSET, 0, -self.INSET, 0)
        super().drawControl(element, option, painter, widget)

    def sizeFromContents(self, kind, option, size, widget=None):
        found = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_HeaderSection:
            found.setWidth(found.width() + 2 * self.INSET)
        return found


_header_style = None


def inset_header_labels(header):
    """Give ``header`` the style that keeps its labels off the sections' edges."""
    global _header_style
    if _header_style is None:
        _header_style = _HeaderStyle()  # one for every header; it lives as long as the app
    header.setStyle(_header_style)


def fit_columns(view, max_width=MAX_COLUMN_WIDTH):
    """Columns as wide as their contents and headers (none wider than ``max_width``, text
    columns than ``MAX_TEXT_WIDTH``), then spread over the view's width: text columns take the
    room left, or give up what is missing."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    model = view.model()
    natural = [
        min(
            header.sectionSize(column) + COLUMN_PADDING,
            max(max_width, MAX_TEXT_WIDTH) if _stretchable(model, column) else max_width,
        )
        for column in range(header.count())
    ]
    view.setProperty("natural_widths", natural)
    lines = max(
        (
            str(model.headerData(c, Qt.Orientation.Horizontal) or "").count("\n") + 1
            for c in range(header.count())
        ),
        default=1,
    )
    header.setMinimumHeight(lines * header.fontMetrics().lineSpacing() + 12)
    spread_columns(view)


def _stretchable(model, column):
    """Columns of words (names, descriptions) take the room left; codes and figures do not."""
    columns = getattr(model, "columns", None)
    if columns is not None:
        col = columns[column]
        return col.kind == TEXT and not col.code and col.width is not None
    if isinstance(model, ComputedModel):
        return model.stretchable(column)
    return False


def _width_hint(model, column):
    columns = getattr(model, "columns", None)
    if columns is not None and columns[column].width is not None:
        return columns[column].width
    return 100


def _shrinkable(model, column):
    """Columns that give up room when the table is too wide: words and choices, not figures."""
    columns = getattr(model, "columns", None)
    if columns is not None:
        col = columns[column]
        return col.kind in (TEXT, CHOICE) and not col.code
    return _stretchable(model, column)


def spread_columns(view):
    natural = view.property("natural_widths")
    header = view.horizontalHeader()
    if not natural or len(natural) != header.count():
        return
    model = view.model()
    widths = list(natural)
    available = view.viewport().width() - 4  # a little room, so the last edge shows
    stretch = [c for c in range(len(widths)) if _stretchable(model, c)]
    shrink = [c for c in range(len(widths)) if _shrinkable(model, c)]
    total = sum(widths)
    if available > 0 and total < available and stretch:
        hints = [_width_hint(model, c) for c in stretch]
        extra = available - total
        for column, hint in zip(stretch, hints, strict=True):
            widths[column] += extra * hint // sum(hints)
    elif available > 0 and total > available:
        # first the figures' columns give up some of their padding, then words wrap
        slack = [c for c in range(len(widths)) if c not in shrink]
        spare = COLUMN_PADDING - MIN_COLUMN_PADDING
        if slack:
            each = min(spare, -(-(total - available) // len(slack)))
            for column in slack:
                widths[column] -= each
            total -= each * len(slack)
        floor = MIN_TEXT_WIDTH
        room = sum(max(0, widths[c] - floor) for c in shrink)
        missing = min(max(0, total - available), room)
        for column in shrink:
            if room:
                widths[column] -= round(missing * max(0, widths[column] - floor) / room)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    fit_rows(view)


def fit_rows(view):
    """Rows tall enough for their wrapped words; a long table keeps one line a row (speed)."""
    model = view.model()
    if model is None or not view.wordWrap():
        return
    if model.rowCount() <= MAX_WRAPPED_ROWS:
        view.resizeRowsToContents()


@dataclasses.dataclass
class Cell:
    """One cell of a computed table: its text, and what goes with it."""

    text: str
    number: bool = False
    tooltip: str | None = None
    colour: str | None = None
    raw: object = None
    bold: bool = False


class ComputedModel(QAbstractTableModel):
    """A read-only table of figures the app computes (rankings, balances, economics)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = []
        self._header_tips = {}
        self._rows = []

    def stretchable(self, column):
        """A column of words (names, descriptions), not of numbers or codes."""
        if not self._rows or any(row[column].number for row in self._rows):
            return False
        return max(len(row[column].text) for row in self._rows) > 12

    def set_content(self, headers, rows, header_tips=None):
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]
        self._header_tips = dict(header_tips or {})
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or section >= len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:  # over the figures, as they are
            figures = any(row[section].number for row in self._rows)
            return int(_RIGHT if figures else _LEFT)
        return None

    def cell(self, row, column):
        return self._rows[row][column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.UserRole:
            return cell.raw
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if cell.number else _LEFT)
        if role == Qt.ItemDataRole.BackgroundRole and cell.colour:
            return QBrush(QColor(cell.colour))
        if role == Qt.ItemDataRole.ForegroundRole and cell.colour:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.FontRole and cell.bold:
            font = QFont()
            font.setBold(True)
            return font
        return None


class _FittingView(QTableView):
    def resizeEvent(self, event):
        super().resizeEvent(event)
        spread_columns(self)


class ComputedTable(QWidget):
    """A titled read-only table (``set_content(headers, rows)``)."""

    def __init__(self, title=None, parent=None):
        super().__init__(parent)
        self._title = title
        self.model = ComputedModel(self)
        self.view = _FittingView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        inset_header_labels(header)
        self.view.setMinimumHeight(90)
        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setVisible(title is not None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.view, 1)

    def set_content(self, headers, rows, header_tips=None):
        if self._title is not None:
            self.title_label.setText(self._title())
        self.model.set_content(headers, rows, header_tips)
        fit_columns(self.view)


def read_only_view(model, parent):
    """A table view of whole rows that are not edited (the overview's tables)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    inset_header_labels(header)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view
