"""The main window: a navigator of the 6 steps and 18 tasks beside one page per task, and the
overview of specific consumption, savings against a target, and options.

The project is an immutable dataclass. Every change makes a new one (``dataclasses.replace``)
and goes through :meth:`MainWindow.edit` onto the undo stack; the window then redraws what
changed, recomputes the task states, re-runs the assessment on the worker when its inputs
changed, and autosaves a few seconds later. Opening, saving and the PDF report run on the worker
too, so the window never freezes.
"""

import dataclasses
import datetime as dt
import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFont,
    QGuiApplication,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cpaudit.audit.analysis import assess
from cpaudit.audit.method import NextCycleError, next_cycle
from cpaudit.audit.model import PeriodKind
from cpaudit.audit.reference import target_schemes
from cpaudit.audit.tasks import task_statuses
from cpaudit.ui import autosave, editing, i18n, labels, services
from cpaudit.ui.chart import SavingsChart
from cpaudit.ui.dialogs import NewProjectDialog
from cpaudit.ui.errors import log_file_path, report_unexpected_error
from cpaudit.ui.icons import icon
from cpaudit.ui.models import OptionsModel, ResultsModel
from cpaudit.ui.navigator import OVERVIEW, Navigator
from cpaudit.ui.qtcompat import disconnect, emit
from cpaudit.ui.tables import RecordView, read_only_view
from cpaudit.ui.worker import start_task

log = logging.getLogger(__name__)

PROJECT_SUFFIX = ".cpaudit"
RECENT_KEY = "recent_projects"
GEOMETRY_KEY = "ui/geometry"
MAX_RECENT = 8
STATUS_TIMEOUT_MS = 10_000
MAX_COLUMN_WIDTH = 320
COLUMN_PADDING = 10
ASSESS_BUSY_AFTER_MS = 400
NAVIGATOR_WIDTH = 270
DEFAULT_SIZE = (1200, 800)  # a new window's, where the screen has room
WINDOW_FRAME = (16, 40)  # what the window manager's borders and title bar take


class ProjectEdit(QUndoCommand):
    """One change of the project: the project before and after, and the words for the menu."""

    def __init__(self, window, text, before, after):
        super().__init__(text)
        self._window = window
        self.before = before
        self.after = after

    def redo(self):
        self._window._apply(self.after)

    def undo(self):
        self._window._apply(self.before)


class MainWindow(QMainWindow):
    project_changed = Signal()  # a project was opened, created or closed
    assessment_changed = Signal()  # the tables and the chart show a new assessment
    file_task_finished = Signal(str)  # "opened", "saved" or "failed"
    export_finished = Signal(str)  # "succeeded", "failed" or "cancelled"
    project_edited = Signal()  # the project changed by an edit, an undo or a redo
    autosaved = Signal(str)  # "file" or "recovery" once written, "failed" if it could not be
    work_finished = Signal(str)  # a file written for a page (CSV): "succeeded" or "failed"
    next_cycle_finished = Signal(str)  # the new project's path, or "" if it was not made

    def __init__(self, settings=None, parent=None, recovery_dir=None):
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self._recovery_dir = Path(
            recovery_dir if recovery_dir is not None else autosave.default_recovery_dir()
        )
        self._recovery_path = None
        self._project = None
        self._saved_project = None
        self._path = None
        self._modified = False
        self._pending_fields = set()
        self._autosave_task = None
        self._after_autosave = []
        self._work_tasks = set()
        self._assessment = None
        self._assessment_error = ""
        self._assess_task = None
        self._file_task = None
        self._export_task = None
        self._progress_dialog = None
        self._close_confirmed = False
        self._filling_schemes = False
        self.undo_stack = QUndoStack(self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave.AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_assess_busy()
        geometry = self._settings.value(GEOMETRY_KEY)
        if not (geometry and self.restoreGeometry(geometry)):
            self._fit_to_screen()
        self.retranslate_ui()
        self._update_actions()

    def _fit_to_screen(self):
        """1200 x 800, or less where the screen has less room: a 1366 x 768 laptop with a
        taskbar has about 1366 x 728 for windows, and their title bars take some of that."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = DEFAULT_SIZE
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() - WINDOW_FRAME[0])
            height = min(height, room.height() - WINDOW_FRAME[1])
        self.resize(width, height)

    # ---- building -----------------------------------------------------------------------------

    def _build_actions(self):
        def action(slot, shortcut=None, icon_name=None):
            act = QAction(self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(shortcut)
            if icon_name is not None:
                act.setIcon(icon(icon_name))
            return act

        self.new_action = action(self.new_project_dialog, QKeySequence.StandardKey.New, "new")
        self.open_action = action(self.open_dialog, QKeySequence.StandardKey.Open, "open")
        self.save_action = action(lambda: self.save(), QKeySequence.StandardKey.Save, "save")
        self.save_as_action = action(lambda: self.save_as(), QKeySequence.StandardKey.SaveAs)
        self.export_action = action(self.export_pdf_dialog, QKeySequence("Ctrl+E"), "export-pdf")
        self.import_data_action = action(self.import_data_dialog, QKeySequence("Ctrl+I"))
        self.export_data_action = action(self.export_data_dialog)
        self.quit_action = action(self.close, QKeySequence.StandardKey.Quit)
        self.clear_recent_action = action(self.clear_recent_projects)
        self.undo_action = action(self.undo_stack.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = action(self.undo_stack.redo, QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.copy_action = action(self._copy, QKeySequence.StandardKey.Copy)
        self.paste_action = action(self._paste, QKeySequence.StandardKey.Paste)
        self.add_row_action = action(self._add_row, QKeySequence("Ctrl+Shift+Ins"))
        self.remove_rows_action = action(self._remove_rows, QKeySequence("Ctrl+Shift+Del"))
        self.undo_stack.canUndoChanged.connect(lambda _can: self._update_undo_actions())
        self.undo_stack.canRedoChanged.connect(lambda _can: self._update_undo_actions())
        self.undo_stack.undoTextChanged.connect(lambda _text: self._update_undo_actions())
        self.undo_stack.redoTextChanged.connect(lambda _text: self._update_undo_actions())

        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for lang in i18n.LANGUAGES:
            act = QAction(i18n.LANGUAGE_NAMES[lang], self)
            act.setCheckable(True)
            act.setData(lang)
            act.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            self.language_group.addAction(act)
            self.language_actions[lang] = act

    def _build_menus(self):
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._rebuild_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.save_action)
        self.file_menu.addAction(self.save_as_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_data_action)
        self.file_menu.addAction(self.export_data_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.copy_action)
        self.edit_menu.addAction(self.paste_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.add_row_action)
        self.edit_menu.addAction(self.remove_rows_action)
        self.language_menu = self.menuBar().addMenu("")
        for act in self.language_actions.values():
            self.language_menu.addAction(act)

    def _build_toolbar(self):
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.new_action, self.open_action, self.save_action, self.export_action):
            self.toolbar.addAction(act)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)

    def _build_assess_busy(self):
        self.assess_busy = QWidget(self)
        self.assess_busy_label = QLabel(self.assess_busy)
        bar = QProgressBar(self.assess_busy)
        bar.setRange(0, 0)  # the assessment cannot say how far it is
        bar.setMaximumWidth(120)
        bar.setMaximumHeight(14)
        self.assess_cancel_button = QPushButton(self.assess_busy)
        self.assess_cancel_button.clicked.connect(self.cancel_assessment)
        row = QHBoxLayout(self.assess_busy)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.assess_busy_label)
        row.addWidget(bar)
        row.addWidget(self.assess_cancel_button)
        self.statusBar().addPermanentWidget(self.assess_busy)
        self.assess_busy.hide()
        self.assess_busy_timer = QTimer(self)
        self.assess_busy_timer.setSingleShot(True)
        self.assess_busy_timer.setInterval(ASSESS_BUSY_AFTER_MS)
        self.assess_busy_timer.timeout.connect(self._show_assess_busy)

    def _build_central(self):
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_welcome_page())
        self.stack.addWidget(self._build_work_area())
        self.setCentralWidget(self.stack)

    def _build_work_area(self):
        """The navigator beside the pages: the overview, the plant's data and the 18 tasks."""
        from cpaudit.ui.pages import analysis, data, implement, options, start

        area = QSplitter(Qt.Orientation.Horizontal, self)
        self.navigator = Navigator(area)
        self.navigator.setMinimumWidth(220)
        self.pages_stack = QStackedWidget(area)
        self.pages = {OVERVIEW: self._build_project_page()}
        page_classes = (
            data.DataPage,
            start.TeamPage,
            start.StepsPage,
            start.FocusPage,
            analysis.FlowChartPage,
            analysis.BalancePage,
            analysis.WasteCostPage,
            analysis.CausesPage,
            options.OptionsPage,
            options.ScreeningPage,
            options.TechnicalPage,
            options.EconomicsPage,
            options.EnvironmentPage,
            options.SelectionPage,
            implement.PreparationPage,
            implement.ImplementationPage,
            implement.MonitoringPage,
            implement.SustainPage,
            implement.NextFocusPage,
        )
        for page_class in page_classes:
            page = page_class(self)
            self.pages[page.key] = page
        for page in self.pages.values():
            self.pages_stack.addWidget(page)
        area.addWidget(self.navigator)
        area.addWidget(self.pages_stack)
        area.setStretchFactor(0, 0)
        area.setStretchFactor(1, 1)
        area.setSizes([NAVIGATOR_WIDTH, DEFAULT_SIZE[0] - NAVIGATOR_WIDTH])
        area.setChildrenCollapsible(False)
        self.navigator.page_chosen.connect(self._page_chosen)
        self.navigator.select(OVERVIEW)
        return area

    def _build_welcome_page(self):
        page = QWidget(self)
        self.welcome_title = QLabel("cpaudit", page)
        font = QFont(self.welcome_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.welcome_title.setFont(font)
        self.welcome_text = QLabel(page)
        self.welcome_text.setWordWrap(True)
        self.welcome_new = QPushButton(page)
        self.welcome_new.clicked.connect(self.new_project_dialog)
        self.welcome_open = QPushButton(page)
        self.welcome_open.clicked.connect(self.open_dialog)
        buttons = QHBoxLayout()
        buttons.addWidget(self.welcome_new)
        buttons.addWidget(self.welcome_open)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (self.welcome_title, self.welcome_text):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
        return page

    def _build_project_page(self):
        page = QWidget(self)
        page.key = OVERVIEW
        self.name_label = QLabel(page)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.periods_label = QLabel(page)
        self.periods_label.setWordWrap(True)
        self.scheme_caption = QLabel(page)
        self.scheme_combo = QComboBox(page)
        self.scheme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scheme_combo.currentIndexChanged.connect(self._scheme_chosen)
        self.scheme_caption.setBuddy(self.scheme_combo)
        self.error_label = QLabel(page)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.hide()

        scheme_row = QHBoxLayout()
        scheme_row.addWidget(self.scheme_caption)
        scheme_row.addWidget(self.scheme_combo)
        scheme_row.addStretch(1)

        self.results_model = ResultsModel(self)
        self.results_view = read_only_view(self.results_model, page)
        self.results_box = _group(self.results_view, page)
        self.chart = SavingsChart(page)
        self.chart_box = _group(self.chart, page)
        self.options_model = OptionsModel(self)
        self.options_view = read_only_view(self.options_model, page)
        self.options_box = _group(self.options_view, page)

        self.top_splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.top_splitter.addWidget(self.results_box)
        self.top_splitter.addWidget(self.chart_box)
        self.top_splitter.setStretchFactor(0, 1)
        self.top_splitter.setStretchFactor(1, 0)
        self.top_splitter.setSizes([860, 320])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.main_splitter.addWidget(self.top_splitter)
        self.main_splitter.addWidget(self.options_box)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([330, 300])
        self.main_splitter.setChildrenCollapsible(False)
        self.top_splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(page)
        layout.addWidget(self.name_label)
        layout.addWidget(self.periods_label)
        layout.addLayout(scheme_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.main_splitter, 1)
        return page

    # ---- language -----------------------------------------------------------------------------

    def set_language(self, lang):
        """Switch the whole interface to ``lang`` ("vi" or "en") and remember the choice."""
        i18n.set_language(lang)
        i18n.remember_language(lang, self._settings)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self):
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Recent projects"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.new_action.setText(self.tr("&New project…"))
        self.new_action.setStatusTip(self.tr("Start a new, empty project"))
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setStatusTip(self.tr("Open a project file (*.cpaudit)"))
        self.save_action.setText(self.tr("&Save"))
        self.save_action.setStatusTip(self.tr("Save the project to its file"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.save_as_action.setStatusTip(self.tr("Save the project to a new file"))
        self.export_action.setText(self.tr("&Export PDF report…"))
        self.export_action.setStatusTip(
            self.tr("Write the assessment report as a PDF in the interface language")
        )
        self.import_data_action.setText(self.tr("&Import data…"))
        self.import_data_action.setStatusTip(
            self.tr("Read production and consumption from a CSV or spreadsheet file")
        )
        self.export_data_action.setText(self.tr("Export &data…"))
        self.export_data_action.setStatusTip(
            self.tr("Write the data and results as tables for Excel (XLSX or CSV)")
        )
        self.quit_action.setText(self.tr("&Quit"))
        self.clear_recent_action.setText(self.tr("Clear the list"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.copy_action.setText(self.tr("&Copy"))
        self.copy_action.setStatusTip(self.tr("Copy the selected cells, to paste in a spreadsheet"))
        self.paste_action.setText(self.tr("&Paste"))
        self.paste_action.setStatusTip(
            self.tr("Paste a block of cells copied from a spreadsheet at the current cell")
        )
        self.add_row_action.setText(self.tr("&Add a row"))
        self.add_row_action.setStatusTip(self.tr("Add a row to the table with the focus"))
        self.remove_rows_action.setText(self.tr("&Remove rows"))
        self.remove_rows_action.setStatusTip(
            self.tr("Remove the rows of the selected cells from the table with the focus")
        )
        self._update_undo_actions()
        self.navigator.retranslate_ui()
        self.assess_busy_label.setText(self.tr("Computing the results…"))
        self.assess_cancel_button.setText(self.tr("Stop"))
        self.assess_cancel_button.setToolTip(
            self.tr("Stop waiting; the results shown stay as they were")
        )
        for lang, act in self.language_actions.items():
            act.setChecked(lang == i18n.current_language())
        self.welcome_text.setText(
            self.tr(
                "Cleaner-production assessment: specific consumption, savings against the "
                "national targets, CP options and the report.\n\n"
                "Open a project file or start a new project."
            )
        )
        self.welcome_new.setText(self.tr("New project…"))
        self.welcome_open.setText(self.tr("Open…"))
        self.scheme_caption.setText(self.tr("&Target scheme:"))
        self.chart_box.setTitle(self.tr("Saving per resource class"))
        self.options_box.setTitle(self.tr("CP options"))
        self._fill_schemes()
        self._update_header()
        self._update_title()
        self._refresh_results()
        self._rebuild_recent_menu()

    # ---- showing a project --------------------------------------------------------------------

    @property
    def project(self):
        return self._project

    @property
    def assessment(self):
        return self._assessment

    @property
    def path(self):
        return self._path

    @property
    def is_modified(self):
        return self._modified

    @property
    def assessment_error(self):
        return self._assessment_error

    def set_project(self, project, path=None, modified=False):
        """Show ``project`` (None: the welcome page); ``path`` is its file, None if not saved.

        The undo history starts afresh; a new project (``modified``) starts at task 1.
        """
        self.autosave_timer.stop()
        self._pending_fields.clear()
        # Only reached once the user has saved or discarded the project shown so far.
        autosave.remove(self._recovery_path)
        self._recovery_path = None
        self._project = project
        self._saved_project = None if modified else project
        self._path = Path(path) if path is not None else None
        self._assessment = None
        self._assessment_error = ""
        self.undo_stack.clear()
        self._update_modified()
        self.stack.setCurrentIndex(0 if project is None else 1)
        self._fill_schemes()
        self._update_header()
        self._update_title()
        self._refresh_results()
        self._update_actions()
        self._refresh_pages(None)
        if project is not None and modified and path is None:
            self.show_page(1)
        emit(self.project_changed)
        self.recompute()
        if modified:
            self._schedule_autosave()

    # ---- editing: the host of the pages ---------------------------------------------------------

    def edit(self, text, project):
        """Make ``project`` the current one, as one step of the undo history named ``text``."""
        if self._project is None or project is self._project:
            return
        self.undo_stack.push(ProjectEdit(self, text, self._project, project))

    def _apply(self, project):
        """Show ``project`` after an edit, an undo or a redo: redraw only what changed."""
        before = self._project
        self._project = project
        changed = editing.changed_fields(before, project)
        self._update_modified()
        if changed & {"establishment", "settings", "periods", "products"}:
            self._update_header()
            self._update_title()
        if "settings" in changed:
            self._fill_schemes()
        self._refresh_pages(changed)
        self._schedule_autosave()
        emit(self.project_edited)
        if changed & editing.ASSESSED_FIELDS:
            self.recompute()

    def _refresh_pages(self, changed):
        statuses = task_statuses(self._project) if self._project is not None else {}
        self.navigator.set_statuses(statuses)
        for key, page in self.pages.items():
            if key != OVERVIEW:
                page.refresh(changed)

    def show_status(self, text):
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def confirm(self, title, text, details=""):
        """Ask a yes-or-cancel question; True for yes."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Go ahead"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes

    def edit_pending(self, field):
        """A form field has typed text not yet stored: store it at the next autosave."""
        self._pending_fields.add(field)
        self._schedule_autosave()

    def commit_pending_edits(self):
        """Store what is typed in form fields and not yet stored (before saving or closing)."""
        fields, self._pending_fields = self._pending_fields, set()
        for field in fields:
            field.commit()

    def currency(self):
        return self._project.establishment.currency if self._project is not None else ""

    def show_page(self, key, tab=None):
        """Go to a page: ``"overview"``, ``"data"`` or a task number."""
        self.navigator.select(key)
        page = self.pages[key]
        if tab is not None and hasattr(page, "tabs"):
            page.tabs.setCurrentIndex(tab)
        return page

    def current_page(self):
        return self.pages_stack.currentWidget()

    def _page_chosen(self, key):
        page = self.pages.get(key)
        if page is None:
            return
        self.commit_pending_edits()
        self.pages_stack.setCurrentWidget(page)
        if key != OVERVIEW and self._project is not None:
            page.refresh(None if page.stale else set())

    def _update_undo_actions(self):
        if not shiboken6.isValid(self.undo_stack) or not shiboken6.isValid(self.undo_action):
            return  # the window is being destroyed
        undo, redo = self.undo_stack.undoText(), self.undo_stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo: {what}").format(what=undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo: {what}").format(what=redo) if redo else self.tr("&Redo")
        )
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.undo_action.setToolTip(self.undo_action.text().replace("&", ""))
        self.redo_action.setToolTip(self.redo_action.text().replace("&", ""))

    def _focused_table(self):
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, RecordView):
            widget = widget.parentWidget()
        return widget

    def _copy(self):
        table = self._focused_table()
        if table is not None:
            table.copy_selection()
        elif hasattr(QApplication.focusWidget(), "copy"):
            QApplication.focusWidget().copy()

    def _paste(self):
        table = self._focused_table()
        if table is not None:
            table.paste_clipboard()
        elif hasattr(QApplication.focusWidget(), "paste"):
            QApplication.focusWidget().paste()

    def _record_table(self):
        view = self._focused_table()
        table = view.parentWidget() if view is not None else None
        return table if hasattr(table, "add_row") else None

    def _add_row(self):
        table = self._record_table()
        if table is not None:
            table.add_row()
        else:
            self.show_status(self.tr("Click into a table first."))

    def _remove_rows(self):
        table = self._record_table()
        if table is not None:
            table.remove_selected_rows()
        else:
            self.show_status(self.tr("Click into a table first."))

    def run_file_work(self, work, busy_text, done_text, failed_title):
        """Run ``work(progress, cancelled)`` (writing a file for a page) on the worker."""
        task = start_task(work, name="page-file")
        self._work_tasks.add(task)
        self.statusBar().showMessage(busy_text)

        def done(_result):
            self.show_status(done_text)
            emit(self.work_finished, "succeeded")

        def failed(exc):
            self.statusBar().clearMessage()
            message = services.user_message(exc) or (str(exc) if isinstance(exc, OSError) else None)
            if message is not None:
                self._warn(failed_title, message)
            else:
                report_unexpected_error(exc, self, "writing a file")
            emit(self.work_finished, "failed")

        task.succeeded.connect(done)
        task.failed.connect(failed)
        task.finished.connect(lambda: self._work_tasks.discard(task))
        return task

    def recompute(self):
        """Assess the project again on the worker; a run still going is cancelled."""
        if self._assess_task is not None:
            self._assess_task.cancel()
            self._assess_task = None
        if self._project is None:
            return
        project = self._project
        task = start_task(lambda _progress, _cancelled: assess(project), name="assess")
        task.succeeded.connect(lambda result: self._assessed(task, result, ""))
        task.failed.connect(lambda exc: self._assess_failed(task, exc))
        self._assess_task = task
        self.assess_busy_timer.start()

    def _show_assess_busy(self):
        """A long assessment shows itself in the status bar, with a button to stop waiting."""
        if self._assess_task is not None:
            self.assess_busy.show()

    def cancel_assessment(self):
        """Stop waiting for the assessment running; the results shown stay as they were."""
        if self._assess_task is None:
            return
        self._assess_task.cancel()
        self._assess_task = None
        self.assess_busy_timer.stop()
        self.assess_busy.hide()
        self.show_status(
            self.tr(
                "The results were not recomputed; they show the project before the last "
                "change. Any next change computes them again."
            )
        )

    def _assessed(self, task, assessment, error):
        if task is not self._assess_task:
            return  # an older run, overtaken by a newer one
        self._assess_task = None
        self.assess_busy_timer.stop()
        self.assess_busy.hide()
        self._assessment = assessment
        self._assessment_error = error
        self._refresh_results()
        emit(self.assessment_changed)

    def _assess_failed(self, task, exc):
        if task is not self._assess_task:
            return
        log.error("the assessment failed", exc_info=exc)
        message = self.tr(
            "The results cannot be computed: {error}\nThe details are in the log file {path}."
        ).format(error=exc, path=log_file_path())
        self._assessed(task, None, message)

    def _refresh_results(self):
        lang = i18n.current_language()
        self.results_model.set_assessment(self._assessment, self._project, lang)
        self.options_model.set_options(self._assessment, self._project, lang)
        single_product = self._project is not None and len(self._project.products) == 1
        self.results_view.setColumnHidden(ResultsModel.PRODUCT, single_product)
        for view in (self.results_view, self.options_view):
            _fit_columns(view)
        self.chart.show_assessment(self._assessment, lang)
        self.error_label.setText(self._assessment_error)
        self.error_label.setVisible(bool(self._assessment_error))

    def _fill_schemes(self):
        lang = i18n.current_language()
        self._filling_schemes = True
        try:
            self.scheme_combo.clear()
            for scheme in target_schemes():
                self.scheme_combo.addItem(scheme.label(lang), scheme.id)
                tip = f"{scheme.instrument}\n{scheme.source}"
                self.scheme_combo.setItemData(
                    self.scheme_combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
                )
            chosen = self._project.settings.scheme_id if self._project is not None else ""
            self.scheme_combo.setCurrentIndex(self.scheme_combo.findData(chosen))
        finally:
            self._filling_schemes = False
        self.scheme_combo.setToolTip(self.tr("The national target the savings are judged against"))

    def _scheme_chosen(self, index):
        if self._filling_schemes or self._project is None or index < 0:
            return
        scheme_id = self.scheme_combo.itemData(index)
        settings = self._project.settings
        if scheme_id == settings.scheme_id:
            return
        changed = dataclasses.replace(
            self._project, settings=dataclasses.replace(settings, scheme_id=scheme_id)
        )
        self.edit(self.tr("Choose the target scheme"), changed)

    def _update_header(self):
        project = self._project
        if project is None:
            self.name_label.clear()
            self.periods_label.clear()
            return
        if len(project.products) == 1:
            self.results_box.setTitle(
                self.tr("Specific consumption and saving: {product}").format(
                    product=project.products[0].name
                )
            )
        else:
            self.results_box.setTitle(self.tr("Specific consumption and saving per product"))
        self.name_label.setText(project.establishment.name or self.tr("(no name)"))
        baseline = self.tr("Baseline: {period}").format(
            period=self._period_text(project.settings.baseline_period)
        )
        current_code = project.settings.current_period
        projected = not current_code or any(
            p.code == current_code and p.kind == PeriodKind.PROJECTED for p in project.periods
        )
        if projected:
            current = self.tr("Compared with: projection from implemented options")
        else:
            current = self.tr("Compared with: {period}").format(
                period=self._period_text(current_code)
            )
        self.periods_label.setText(f"{baseline}  ·  {current}")

    def _period_text(self, code):
        lang = i18n.current_language()
        for period in self._project.periods:
            if period.code == code:
                dates = f"{labels.format_date(period.start, lang)} – "
                dates += labels.format_date(period.end, lang)
                return f"{period.label} ({dates})"
        return code

    def _update_modified(self):
        """Modified: the project shown is not the one last opened or written to its file."""
        self._modified = self._project is not None and self._project is not self._saved_project
        self.setWindowModified(self._modified)

    def _update_title(self):
        if self._project is None:
            self.setWindowTitle("cpaudit")
            return
        where = self._path.name if self._path is not None else self.tr("not saved yet")
        name = self._project.establishment.name or self.tr("(no name)")
        self.setWindowTitle(f"{name} ({where})[*] — cpaudit")

    def _update_actions(self):
        has_project = self._project is not None
        idle = self._file_task is None
        for act in (self.new_action, self.open_action, self.recent_menu.menuAction()):
            act.setEnabled(idle)
        self.welcome_new.setEnabled(idle)
        self.welcome_open.setEnabled(idle)
        self.save_action.setEnabled(idle and has_project)
        self.save_as_action.setEnabled(idle and has_project)
        self.export_action.setEnabled(has_project and self._export_task is None)
        self.import_data_action.setEnabled(idle and has_project)
        self.export_data_action.setEnabled(has_project)

    # ---- new, open, save ----------------------------------------------------------------------

    def new_project_dialog(self):
        self._after_saving_changes(self._ask_new_project)

    def _ask_new_project(self):
        dialog = NewProjectDialog(self)
        if dialog.exec() == NewProjectDialog.DialogCode.Accepted:
            self.set_project(dialog.project(), path=None, modified=True)

    def open_dialog(self):
        self._after_saving_changes(self._choose_and_open)

    def _choose_and_open(self):
        start = str(self._path.parent) if self._path is not None else ""
        filename, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), start, self._file_filter()
        )
        if filename:
            self._load(Path(filename))

    def open_project(self, path):
        """Open the project file at ``path``, asking first about unsaved changes."""
        self._after_saving_changes(lambda: self._load(Path(path)))

    def _load(self, path):
        if not path.is_file():
            self._forget_recent(path)
            self._warn(
                self.tr("The project could not be opened"),
                self.tr("There is no file {path}.").format(path=path),
            )
            emit(self.file_task_finished, "failed")
            return
        task = self._start_file_task(
            lambda _progress, _cancelled: services.load_project(path),
            self.tr("Opening {name}…").format(name=path.name),
        )
        task.succeeded.connect(lambda project: self._opened(project, path))
        task.failed.connect(
            lambda exc: self._file_failed(
                exc, self.tr("The project could not be opened"), "opening"
            )
        )

    def _opened(self, project, path):
        log.info("project opened")
        log.debug("opened %s", path)
        self.set_project(project, path=path)
        self._add_recent(path)
        self.statusBar().showMessage(
            self.tr("Opened {name}").format(name=path.name), STATUS_TIMEOUT_MS
        )
        emit(self.file_task_finished, "opened")

    def save(self, then=None):
        """Save to the project's file (asking for one if it has none); then call ``then``."""
        if self._project is None:
            return
        if self._path is None:
            self.save_as(then=then)
            return
        self._write(self._path, create=False, then=then)

    def save_as(self, then=None):
        if self._project is None:
            return
        if self._path is not None:
            start = str(self._path)
        else:
            start = (self._project.establishment.name or "project") + PROJECT_SUFFIX
        filename, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save project as"), start, self._file_filter()
        )
        if not filename:
            return
        path = Path(filename)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        self._write(path, create=True, then=then)

    def save_to(self, path):
        """Save the project as a new file at ``path`` (no dialog): Save As without asking."""
        self._write(Path(path), create=True)

    def _write(self, path, create, then=None):
        self.commit_pending_edits()
        if self._autosave_task is not None:
            self._after_autosave.append(lambda: self._write(path, create, then))
            return
        project = self._project
        if create:
            # The file dialog has asked before replacing a file.
            def work(_progress, _cancelled):
                services.create_project_file(path, project, overwrite=True)
        else:

            def work(_progress, _cancelled):
                services.save_project(path, project)

        task = self._start_file_task(work, self.tr("Saving {name}…").format(name=path.name))
        task.succeeded.connect(lambda _result: self._saved(project, path, then))
        task.failed.connect(
            lambda exc: self._file_failed(exc, self.tr("The project could not be saved"), "saving")
        )

    def _saved(self, project, path, then):
        self._path = path
        self._saved_project = project
        self._update_modified()
        autosave.remove(self._recovery_path)
        self._recovery_path = None
        self._add_recent(path)
        self._update_title()
        self.statusBar().showMessage(
            self.tr("Saved {name}").format(name=path.name), STATUS_TIMEOUT_MS
        )
        emit(self.file_task_finished, "saved")
        if then is not None:
            then()

    def _start_file_task(self, work, busy_text):
        task = start_task(work, name="file")
        self._file_task = task
        self.statusBar().showMessage(busy_text)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._update_actions()
        task.finished.connect(lambda: self._file_task_done(task))
        return task

    def _file_task_done(self, task):
        if task is not self._file_task:
            return  # a newer file task started from this one's result (save, then open)
        self._file_task = None
        self.unsetCursor()
        self._update_actions()

    def _file_failed(self, exc, title, doing):
        self.statusBar().clearMessage()
        message = services.user_message(exc)
        if message is not None:
            log.info("%s failed: %s", doing, type(exc).__name__)
            self._warn(title, message)
        else:
            report_unexpected_error(exc, self, doing)
        emit(self.file_task_finished, "failed")

    def _file_filter(self):
        return self.tr("cpaudit projects (*.cpaudit);;All files (*)")

    # ---- unsaved changes, closing -------------------------------------------------------------

    def _after_saving_changes(self, then):
        """Run ``then`` once unsaved changes are saved or discarded; not if the user cancels."""
        self.commit_pending_edits()
        if self._file_task is not None:
            self.statusBar().showMessage(self.tr("Please wait: a file is being written."))
            return
        if self._autosave_task is not None:
            self._after_autosave.append(lambda: self._after_saving_changes(then))
            return
        if not self._modified:
            then()
            return
        answer = self._ask_unsaved_changes()
        if answer == QMessageBox.StandardButton.Save:
            self.save(then=then)
        elif answer == QMessageBox.StandardButton.Discard:
            self._discard_recovery()
            then()

    def _discard_recovery(self):
        self.autosave_timer.stop()
        autosave.remove(self._recovery_path)
        self._recovery_path = None

    def _ask_unsaved_changes(self):
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        name = self._project.establishment.name if self._project is not None else ""
        box.setText(
            self.tr("The project “{name}” has changes that are not saved.").format(name=name)
        )
        box.setInformativeText(self.tr("Do you want to save them?"))
        buttons = {
            QMessageBox.StandardButton.Save: self.tr("Save"),
            QMessageBox.StandardButton.Discard: self.tr("Don't save"),
            QMessageBox.StandardButton.Cancel: self.tr("Cancel"),
        }
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        for button, text in buttons.items():
            box.button(button).setText(text)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())

    def closeEvent(self, event):
        if not self._close_confirmed:
            self.commit_pending_edits()
        if self._close_confirmed or not self._modified:
            self._shut_down()
            event.accept()
            return
        event.ignore()
        if self._file_task is not None:
            self.statusBar().showMessage(self.tr("Please wait: a file is being written."))
            return
        if self._autosave_task is not None:
            self._after_autosave.append(self.close)
            return
        answer = self._ask_unsaved_changes()
        if answer == QMessageBox.StandardButton.Discard:
            self._discard_recovery()
            self._shut_down()
            event.accept()
        elif answer == QMessageBox.StandardButton.Save:
            # Saving runs on the worker; the window closes when it has succeeded.
            self.save(then=self._close_now)

    def _close_now(self):
        self._close_confirmed = True
        self.close()

    def _shut_down(self):
        self.autosave_timer.stop()
        if not self._modified:
            self._discard_recovery()
        for task in (self._assess_task, self._export_task):
            if task is not None:
                task.cancel()
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())

    # ---- autosave and recovery ----------------------------------------------------------------

    def _schedule_autosave(self):
        if self._project is not None:
            self.autosave_timer.start()

    def autosave_now(self):
        """Write the project now (the timer does this a few seconds after the last edit).

        A project with a file is saved to it; a new one to its recovery file. Returns the task,
        or None when there is nothing to write.
        """
        self.autosave_timer.stop()
        self.commit_pending_edits()
        if self._project is None or not self._modified:
            return None
        if self._file_task is not None or self._autosave_task is not None:
            self.autosave_timer.start()
            return None
        project = self._project
        if self._path is not None:
            path, kind = self._path, "file"

            def work(_progress, _cancelled):
                services.save_project(path, project)
        else:
            if self._recovery_path is None:
                self._recovery_path = autosave.new_recovery_path(self._recovery_dir)
            path, kind = self._recovery_path, "recovery"

            def work(_progress, _cancelled):
                path.parent.mkdir(parents=True, exist_ok=True)
                services.create_project_file(path, project, overwrite=True)

        task = start_task(work, name="autosave")
        self._autosave_task = task
        task.succeeded.connect(lambda _result: self._autosaved(project, path, kind))
        task.failed.connect(self._autosave_failed)
        task.finished.connect(self._autosave_done)
        return task

    @property
    def recovery_path(self):
        return self._recovery_path

    def _autosaved(self, project, path, kind):
        if kind == "file" and path == self._path:
            self._saved_project = project
            self._update_modified()
            self.show_status(self.tr("Saved automatically"))
        log.debug("autosaved (%s)", kind)
        emit(self.autosaved, kind)

    def _autosave_failed(self, exc):
        log.warning("autosave failed: %s", exc, exc_info=exc)
        message = services.user_message(exc) or str(exc)
        self.show_status(
            self.tr("The project could not be saved automatically: {error}").format(error=message)
        )
        emit(self.autosaved, "failed")

    def _autosave_done(self):
        self._autosave_task = None
        waiting, self._after_autosave = self._after_autosave, []
        for then in waiting:
            then()

    def offer_recovery(self):
        """Offer back unsaved work a crash or power cut left in the recovery folder.

        Returns the task reading the most recent recovery file, or None if there is none.
        """
        files = autosave.recovery_files(self._recovery_dir)
        if not files:
            return None
        path = files[0]
        task = start_task(lambda _p, _c: services.load_project(path), name="recovery")
        task.succeeded.connect(lambda project: self._ask_recovery(path, project))
        task.failed.connect(lambda exc: self._recovery_unreadable(path, exc))
        return task

    def _ask_recovery(self, path, project):
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved work found"))
        lang = i18n.current_language()
        stamp = dt.datetime.fromtimestamp(path.stat().st_mtime)
        when = f"{labels.format_date(stamp.date(), lang)} {stamp:%H:%M}"
        box.setText(
            self.tr("cpaudit kept the project “{name}”, not saved, from {when}.").format(
                name=project.establishment.name or self.tr("(no name)"), when=when
            )
        )
        box.setInformativeText(self.tr("Recover it? If you delete it, that work is lost."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Recover"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Delete it"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Not now"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        answer = QMessageBox.StandardButton(box.exec())
        if answer == QMessageBox.StandardButton.Yes:
            self._after_saving_changes(lambda: self._recover(path, project))
        elif answer == QMessageBox.StandardButton.Discard:
            autosave.remove(path)
        return answer

    def _recover(self, path, project):
        self.set_project(project, path=None, modified=True)
        self._recovery_path = path
        self.show_status(self.tr("Recovered; save it with File ▸ Save as."))

    def _recovery_unreadable(self, path, exc):
        log.warning("recovery file %s cannot be read: %s", path.name, exc)
        self.show_status(
            self.tr("A recovery file could not be read: {name}").format(name=path.name)
        )

    # ---- the next cycle -----------------------------------------------------------------------

    def start_next_cycle(self):
        """T18: a new project file with this one's structure and its current period as baseline."""
        self.commit_pending_edits()
        if self._project is None:
            return
        try:
            project = next_cycle(self._project)
        except NextCycleError:
            self._warn(
                self.tr("The next cycle cannot start yet"),
                self.tr(
                    "The next cycle needs a measured period after the baseline to become its "
                    "baseline. Enter that period's production and consumption (Plant and data), "
                    "then choose it under “Compared with” in task 16."
                ),
            )
            emit(self.next_cycle_finished, "")
            return
        name = self._project.establishment.name or "project"
        start = self.tr("{name} – next cycle").format(name=name) + PROJECT_SUFFIX
        if self._path is not None:
            start = str(self._path.with_name(start))
        filename, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the next cycle as"), start, self._file_filter()
        )
        if not filename:
            emit(self.next_cycle_finished, "")
            return
        path = Path(filename)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        task = self._start_file_task(
            lambda _p, _c: services.create_project_file(path, project, overwrite=True),
            self.tr("Saving {name}…").format(name=path.name),
        )
        task.succeeded.connect(lambda _result: self._next_cycle_written(path))
        task.failed.connect(lambda exc: self._next_cycle_failed(exc))

    def _next_cycle_failed(self, exc):
        self._file_failed(exc, self.tr("The next cycle could not be saved"), "next cycle")
        emit(self.next_cycle_finished, "")

    def _next_cycle_written(self, path):
        self._add_recent(path)
        self.show_status(self.tr("The next cycle is saved as {name}.").format(name=path.name))
        emit(self.next_cycle_finished, str(path))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Next cycle started"))
        box.setText(self.tr("The next assessment is saved as {name}.").format(name=path.name))
        box.setInformativeText(self.tr("Open it now?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Open it"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Stay here"))
        if QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes:
            self.open_project(path)

    # ---- recent projects ----------------------------------------------------------------------

    def recent_projects(self):
        value = self._settings.value(RECENT_KEY, [], type=list)
        return [str(p) for p in value if p]

    def _store_recent(self, paths):
        self._settings.setValue(RECENT_KEY, list(paths[:MAX_RECENT]))

    def _add_recent(self, path):
        path = str(Path(path).resolve())
        self._store_recent([path, *[p for p in self.recent_projects() if p != path]])

    def _forget_recent(self, path):
        path = str(Path(path).resolve())
        self._store_recent([p for p in self.recent_projects() if p != path])

    def clear_recent_projects(self):
        self._store_recent([])
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self):
        """List the recent projects; files no longer there are dropped, with a note."""
        paths = self.recent_projects()
        present = [p for p in paths if Path(p).is_file()]
        missing = [p for p in paths if p not in present]
        if missing:
            self._store_recent(present)
            self.statusBar().showMessage(
                self.tr("Removed from the recent projects, file not found: {files}").format(
                    files=", ".join(Path(p).name for p in missing)
                ),
                STATUS_TIMEOUT_MS,
            )
        self.recent_menu.clear()
        for number, path in enumerate(present, start=1):
            act = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            act.setStatusTip(path)
            act.setToolTip(path)
            act.triggered.connect(lambda _checked=False, path=path: self.open_project(path))
        if not present:
            empty = self.recent_menu.addAction(self.tr("No recent projects"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(present))
        return missing

    # ---- data in and out ----------------------------------------------------------------------

    def import_data_dialog(self):
        """The import wizard; what it imports is one step of the undo history."""
        if self._project is None:
            return
        self.commit_pending_edits()
        from cpaudit.ui.import_wizard import run_import_wizard

        imported = run_import_wizard(self, self._project)
        if imported is not None:
            self.edit(self.tr("Import data"), imported)
            self.show_status(self.tr("Data imported. Save the project to keep them."))

    def export_data_dialog(self):
        if self._project is None:
            return
        self.commit_pending_edits()
        stem = self._path.with_suffix("") if self._path is not None else Path("cpaudit-data")
        xlsx_filter = self.tr("Excel workbook (*.xlsx)")
        csv_filter = self.tr("CSV files (*.csv)")
        filename, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export data"),
            f"{stem}-data.xlsx",
            f"{xlsx_filter};;{csv_filter}",
        )
        if not filename:
            return
        path = Path(filename)
        suffix = ".csv" if chosen == csv_filter else ".xlsx"
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + suffix)
        self.export_data(path)

    def export_data(self, path):
        """Write the tidy data and results to ``path`` (XLSX, or CSV files) on the worker.

        CSV follows the interface language: semicolons and decimal commas in Vietnamese, as
        Excel on a Vietnamese Windows reads them.
        """
        project = self._project
        style = "vi" if i18n.current_language() == "vi" else "en"

        def work(_progress, _cancelled):
            return services.export_data(project, path, number_style=style)

        return self.run_file_work(
            work,
            self.tr("Writing {name}…").format(name=path.name),
            self.tr("Data written: {path}").format(path=path),
            self.tr("The data could not be written"),
        )

    # ---- PDF report ---------------------------------------------------------------------------

    def export_pdf_dialog(self):
        """The report options dialog (language, scheme, sections, preparer, version, date, file),
        then the report on the worker."""
        if self._project is None or self._export_task is not None:
            return
        self.commit_pending_edits()
        from cpaudit.ui.report_dialog import run_report_dialog

        options = run_report_dialog(self, self._project, self._path, self._settings)
        if options is not None:
            self.export_pdf(
                options.path,
                lang=options.lang,
                scheme_id=options.scheme_id,
                sections=options.sections,
                preparer=options.preparer,
                version=options.version,
                report_date=options.report_date,
            )

    def export_pdf(
        self,
        path,
        *,
        lang=None,
        scheme_id=None,
        sections=None,
        preparer=None,
        version=None,
        report_date=None,
    ):
        """Write the report to ``path`` on the worker, with a progress dialog that can cancel.

        By default in the interface language, against the project's scheme, with every section;
        the other keywords are those of ``services.write_report``, passed only when given.
        """
        project = self._project
        lang = lang or i18n.current_language()
        scheme_id = scheme_id or project.settings.scheme_id
        chosen = {
            "sections": sections,
            "preparer": preparer,
            "version": version,
            "report_date": report_date,
        }
        options = {key: value for key, value in chosen.items() if value is not None}
        # the report tells its progress in its own language: shown only when it is the window's
        same_language = lang == i18n.current_language()

        def work(progress, cancelled):
            return services.write_report(
                project,
                path,
                lang=lang,
                scheme_id=scheme_id,
                progress=progress,
                cancelled=cancelled,
                **options,
            )

        task = start_task(work, name="export")
        self._export_task = task
        self._update_actions()
        dialog = QProgressDialog(self)
        dialog.setWindowTitle(self.tr("Export PDF report"))
        dialog.setLabelText(self.tr("Writing the report {name}…").format(name=path.name))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, 100)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(task.cancel)
        dialog.canceled.connect(
            lambda: self.statusBar().showMessage(self.tr("Cancelling the report…"))
        )
        dialog.setValue(0)
        dialog.show()
        self._progress_dialog = dialog
        task.progress.connect(
            lambda fraction, message: _show_progress(
                dialog, fraction, message if same_language else ""
            )
        )
        task.succeeded.connect(lambda _result: self._exported(path))
        task.cancelled.connect(self._export_cancelled)
        task.failed.connect(self._export_failed)
        task.finished.connect(self._export_done)
        return task

    def _exported(self, path):
        log.info("report written")
        self.statusBar().showMessage(
            self.tr("Report written: {path}").format(path=path), STATUS_TIMEOUT_MS
        )
        emit(self.export_finished, "succeeded")

    def _export_cancelled(self):
        self.statusBar().showMessage(self.tr("The report was cancelled."), STATUS_TIMEOUT_MS)
        emit(self.export_finished, "cancelled")

    def _export_failed(self, exc):
        self.statusBar().clearMessage()
        message = services.user_message(exc)
        if message is not None:
            log.info("report failed: %s", type(exc).__name__)
            self._warn(self.tr("The report could not be written"), message)
        else:
            report_unexpected_error(exc, self, "writing the report")
        emit(self.export_finished, "failed")

    def _export_done(self):
        self._export_task = None
        dialog = self._progress_dialog
        self._progress_dialog = None
        if dialog is not None:
            disconnect(dialog.canceled)  # closing the dialog would otherwise say "cancelled"
            dialog.hide()
            dialog.deleteLater()
        self._update_actions()

    # ---- messages -----------------------------------------------------------------------------

    def _warn(self, title, text):
        """A plain message the user can act on (never a traceback)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(title)
        box.setInformativeText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()


def _show_progress(dialog, fraction, message):
    """The report's own words (it writes in the interface language) and how far it is."""
    if message:
        dialog.setLabelText(message)
    dialog.setValue(round(fraction * 100))


def _fit_columns(view, max_width=MAX_COLUMN_WIDTH):
    """Columns as wide as their contents, none wider than ``max_width`` (the rest is elided)."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column) + COLUMN_PADDING, max_width))
    view.resizeRowsToContents()


def _group(widget, parent):
    box = QGroupBox(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget)
    return box
