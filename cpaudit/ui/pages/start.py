"""Step 1, getting started: the CP team (T1), process steps and norms (T2), the focus (T3)."""

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cpaudit.audit.method import focus_ranking
from cpaudit.audit.model import (
    FlowKind,
    FocusCriterion,
    FocusScore,
    ProcessStep,
    StepFlow,
    TeamMember,
)
from cpaudit.ui import editing, i18n, labels
from cpaudit.ui.cells import (
    CHOICE,
    DATE,
    NUMBER,
    UNIT,
    CellError,
    Column,
    code_choices,
    display_text,
    read_value,
)
from cpaudit.ui.forms import ChoiceField, LineField, TextField
from cpaudit.ui.pages.base import Page, box_widget, form, method_field, splitter
from cpaudit.ui.qtcompat import emit
from cpaudit.ui.tables import (
    ERROR_COLOUR,
    WARNING_COLOUR,
    CannotAdd,
    Cell,
    ComputedTable,
    RecordTable,
    RecordView,
    RowSource,
    fit_columns,
)

STEP_FLOW_KINDS = (
    FlowKind.INPUT,
    FlowKind.PRODUCT,
    FlowKind.BY_PRODUCT,
    FlowKind.WASTE,
    FlowKind.EMISSION,
)


def flow_kind_choices(kinds):
    return lambda _project=None: [(kind, labels.flow_kind_label(kind)) for kind in kinds]


# ---- T1 ---------------------------------------------------------------------------------------


class TeamPage(Page):
    key = 1
    sections = frozenset(("team", "method"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        self.team = self.add_table(
            RecordTable(
                [
                    Column("name", lambda: self.tr("Name"), width=160),
                    Column("position", lambda: self.tr("Position"), width=160),
                    Column("role", lambda: self.tr("Role in the team"), width=160),
                    Column("why_chosen", lambda: self.tr("Why chosen"), width=260),
                ],
                RowSource.of(
                    "team", lambda _p, _rows: TeamMember(name=""), lambda: self.tr("CP team")
                ),
                self.host,
                title=lambda: self.tr("Members of the CP team"),
            )
        )
        layout = form()
        self.commitment_labels = []
        specs = (
            ("commitment_by", Column("commitment_by", lambda: self.tr("Committed by")), LineField),
            (
                "commitment_date",
                Column("commitment_date", lambda: self.tr("Date"), DATE, optional=True),
                LineField,
            ),
        )
        for name, column, kind in specs:
            get, put = method_field(name)
            field = self.add_field(kind(column, get, put, self.host, self))
            label = QLabel(self)
            layout.addRow(label, field)
            self.commitment_labels.append((label, column))
            setattr(self, f"{name}_field", field)
        get, put = method_field("commitment_statement")
        column = Column("commitment_statement", lambda: self.tr("What management committed to"))
        self.commitment_statement_field = self.add_field(
            TextField(column, get, put, self.host, self, lines=3)
        )
        label = QLabel(self)
        layout.addRow(label, self.commitment_statement_field)
        self.commitment_labels.append((label, column))
        self.commitment_title = QLabel(self)
        self.commitment_title.setStyleSheet("font-weight: bold;")
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.commitment_title)
        box.addLayout(layout)
        self.body.addWidget(self.team, 1)
        self.body.addWidget(box_widget(box, self))
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "The team runs the assessment: people who know the process, its costs and its "
            "maintenance, with the backing of management."
        )

    def retranslate_page(self):
        self.commitment_title.setText(self.tr("Management commitment"))
        for label, column in self.commitment_labels:
            label.setText(column.header() + ":")
        self.commitment_date_field.setPlaceholderText(self.tr("dd/mm/yyyy"))


# ---- T2 ---------------------------------------------------------------------------------------


class StepsPage(Page):
    key = 2
    sections = frozenset(("process_steps", "step_flows", "resources", "products"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)

        def new_step(project, _rows):
            return ProcessStep(editing.next_code(project, "process_steps"), "")

        def new_flow(project, rows):
            if not project.process_steps:
                raise CannotAdd(self.tr("Add a process step first."))
            step = rows[-1].step if rows else project.process_steps[0].code
            unit = rows[-1].unit if rows else ""
            return StepFlow(step, FlowKind.INPUT, "", None, unit)

        self.steps = self.add_table(
            RecordTable(
                [
                    Column("code", lambda: self.tr("Code"), code=True),
                    Column("name", lambda: self.tr("Process step"), width=200),
                    Column("description", lambda: self.tr("Description"), width=380),
                ],
                RowSource.of("process_steps", new_step, lambda: self.tr("Process steps")),
                self.host,
                title=lambda: self.tr("Process steps, in order"),
            )
        )
        self.flows = self.add_table(
            RecordTable(
                [
                    Column(
                        "step",
                        lambda: self.tr("Step"),
                        CHOICE,
                        choices=code_choices("process_steps"),
                        compact=True,
                    ),
                    Column(
                        "kind",
                        lambda: self.tr("Input or output"),
                        CHOICE,
                        choices=flow_kind_choices(STEP_FLOW_KINDS),
                    ),
                    Column("name", lambda: self.tr("What"), width=180),
                    Column(
                        "quantity_per_unit",
                        lambda: self.tr("Quantity per\nunit of product"),
                        NUMBER,
                        optional=True,
                        minimum=0,
                    ),
                    Column(
                        "unit",
                        lambda: self.tr("Unit"),
                        UNIT,
                        optional=True,
                        tooltip=lambda: self.tr("Per unit of product, e.g. kWh/t or m3/t"),
                    ),
                    Column(
                        "norm_per_unit",
                        lambda: self.tr("Norm per unit"),
                        NUMBER,
                        optional=True,
                        minimum=0,
                        tooltip=lambda: self.tr(
                            "The consumption norm the step is held against, in the same unit"
                        ),
                    ),
                    Column(
                        "over_norm",
                        lambda: self.tr("Above the norm"),
                        NUMBER,
                        unit=lambda: "%",
                        decimals=1,
                        scale=100.0,
                        editable=False,
                        get=lambda item, _project: over_norm_pct(item),
                        tooltip=lambda: self.tr(
                            "(quantity − norm) / norm; a positive figure uses more than the norm"
                        ),
                    ),
                    Column(
                        "resource",
                        lambda: self.tr("Resource"),
                        CHOICE,
                        optional=True,
                        choices=code_choices("resources", optional=True),
                    ),
                ],
                RowSource.of(
                    "step_flows", new_flow, lambda: self.tr("Inputs and outputs of steps")
                ),
                self.host,
                title=lambda: self.tr("Inputs and outputs of each step, per unit of product"),
            )
        )
        self.flows.model.warn = self._flow_warning
        self.body.addWidget(splitter(self.steps, self.flows, sizes=(220, 360), parent=self), 1)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "List the steps of the process in order, with what goes in and comes out of each per "
            "unit of product, and the norm each is held against."
        )

    def _flow_warning(self, _row, column, item, _project):
        if column.field == "over_norm":
            over = over_norm_pct(item)
            if over is not None and over > 0:
                return self.tr("This step uses more than its norm.")
        return None


def over_norm_pct(flow):
    if flow.quantity_per_unit is None or not flow.norm_per_unit:
        return None
    return (flow.quantity_per_unit - flow.norm_per_unit) / flow.norm_per_unit


# ---- T3 ---------------------------------------------------------------------------------------


class ScoreMatrixModel(QAbstractTableModel):
    """Scores of each process step (rows) on each criterion (columns), editable like cells."""

    def __init__(self, host, parent=None):
        super().__init__(parent)
        self.host = host
        self._project = None
        self._steps = ()
        self._criteria = ()
        self._scores = {}
        self._errors = {}
        self.columns = []

    @property
    def project(self):
        return self._project

    def refresh(self, project=None):
        project = project if project is not None else self.host.project
        self.beginResetModel()
        self._project = project
        self._steps = project.process_steps if project is not None else ()
        self._criteria = project.focus_criteria if project is not None else ()
        self._scores = (
            {(s.step, s.criterion): s.score for s in project.focus_scores} if project else {}
        )
        self.columns = [
            Column(c.code, lambda c=c: c.name or c.code, NUMBER, minimum=0, optional=True)
            for c in self._criteria
        ]
        self._errors = {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._criteria)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                criterion = self._criteria[section]
                return f"{criterion.name or criterion.code}\n× {_weight_text(criterion.weight)}"
            step = self._steps[section]
            return f"{step.code} {step.name}".strip()
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("pages", "Weight {weight}").format(
                weight=_weight_text(self._criteria[section].weight)
            )
        return None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = (self._steps[index.row()].code, self._criteria[index.column()].code)
        error = self._errors.get((index.row(), index.column()))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if error is not None:
                return error[0]
            value = self._scores.get(key)
            return (
                ""
                if value is None
                else display_text(
                    self.columns[index.column()], value, self._project, i18n.current_language()
                )
            )
        if role == Qt.ItemDataRole.ToolTipRole and error is not None:
            return error[1]
        if role == Qt.ItemDataRole.BackgroundRole and error is not None:
            return QBrush(QColor(ERROR_COLOUR))
        if role == Qt.ItemDataRole.BackgroundRole and key not in self._scores:
            return QBrush(QColor(WARNING_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.set_cell(index.row(), index.column(), value)

    def cell_error(self, row, column):
        error = self._errors.get((row, column))
        return error[1] if error is not None else None

    def _put(self, project, row, column, raw):
        value = read_value(self.columns[column], raw, project, i18n.current_language())
        step, criterion = self._steps[row].code, self._criteria[column].code
        scores = [s for s in project.focus_scores if (s.step, s.criterion) != (step, criterion)]
        if value is not None:
            old = [
                i
                for i, s in enumerate(project.focus_scores)
                if (s.step, s.criterion) == (step, criterion)
            ]
            score = FocusScore(step, criterion, float(value))
            scores.insert(old[0] if old else len(scores), score)
        if tuple(scores) == project.focus_scores:
            return project
        return dataclasses.replace(project, focus_scores=tuple(scores))

    def set_cell(self, row, column, raw):
        project = self.host.project
        try:
            changed = self._put(project, row, column, raw)
        except CellError as error:
            self._errors[(row, column)] = (str(raw), str(error))
            emit(self.dataChanged, self.index(row, column), self.index(row, column))
            self.host.show_status(str(error))
            return False
        if changed is not project:
            self.host.edit(QCoreApplication.translate("pages", "Change a focus score"), changed)
        return True

    def paste(self, top, left, block):
        project = self.host.project
        failed = []
        for r, values in enumerate(block):
            for c, raw in enumerate(values):
                row, column = top + r, left + c
                if row >= self.rowCount() or column >= self.columnCount():
                    continue
                try:
                    project = self._put(project, row, column, raw)
                except CellError as error:
                    failed.append((row, column, raw, str(error)))
        if project is not self.host.project:
            self.host.edit(QCoreApplication.translate("pages", "Paste focus scores"), project)
        for row, column, raw, reason in failed:
            self._errors[(row, column)] = (raw, reason)
        if failed:
            emit(
                self.dataChanged,
                self.index(0, 0),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
            )
        return len(failed)

    def clear_cells(self, cells):
        project = self.host.project
        for row, column in cells:
            project = self._put(project, row, column, "")
        if project is not self.host.project:
            self.host.edit(QCoreApplication.translate("pages", "Clear focus scores"), project)


def _weight_text(weight):
    from cpaudit.ui.cells import number_text

    return number_text(weight, i18n.current_language())


def usual_criteria():
    """The six criteria of the CP method's focus matrix, in the interface language."""
    names = (
        QCoreApplication.translate("pages", "Quantity of waste"),
        QCoreApplication.translate("pages", "Cost of waste"),
        QCoreApplication.translate("pages", "Environmental weight"),
        QCoreApplication.translate("pages", "Health and safety"),
        QCoreApplication.translate("pages", "Regulatory pressure"),
        QCoreApplication.translate("pages", "CP potential"),
    )
    return [FocusCriterion(f"CR{number}", name, 1.0) for number, name in enumerate(names, 1)]


class FocusPage(Page):
    key = 3
    sections = frozenset(("process_steps", "focus_criteria", "focus_scores", "method"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)

        def new_criterion(project, _rows):
            return FocusCriterion(editing.next_code(project, "focus_criteria"), "", 1.0)

        self.criteria = self.add_table(
            RecordTable(
                [
                    Column("code", lambda: self.tr("Code"), code=True),
                    Column("name", lambda: self.tr("Criterion"), width=200),
                    Column("weight", lambda: self.tr("Weight"), NUMBER, minimum=0),
                ],
                RowSource.of("focus_criteria", new_criterion, lambda: self.tr("Focus criteria")),
                self.host,
                title=lambda: self.tr("Criteria and their weights"),
            )
        )
        self.usual_button = QPushButton(self)
        self.usual_button.clicked.connect(self.add_usual_criteria)
        self.criteria.add_button_widget(self.usual_button)

        self.matrix = ScoreMatrixModel(self.host, self)
        self.matrix_view = RecordView(self)
        self.matrix_view.setModel(self.matrix)
        self.matrix_title = QLabel(self)
        self.matrix_title.setStyleSheet("font-weight: bold;")
        matrix_box = QVBoxLayout()
        matrix_box.setContentsMargins(0, 0, 0, 0)
        matrix_box.addWidget(self.matrix_title)
        matrix_box.addWidget(self.matrix_view, 1)
        matrix_widget = QWidget(self)
        matrix_widget.setLayout(matrix_box)

        self.ranking = ComputedTable(lambda: self.tr("Ranking: weighted score"), self)

        get, put = method_field("focus_step")
        self.focus_field = self.add_field(
            ChoiceField(
                Column(
                    "focus_step",
                    lambda: self.tr("Audit focus"),
                    CHOICE,
                    optional=True,
                    choices=code_choices("process_steps", optional=True),
                ),
                get,
                put,
                self.host,
                self,
            )
        )
        self.top_button = QPushButton(self)
        self.top_button.clicked.connect(self.choose_top_ranked)
        get, put = method_field("focus_reason")
        self.reason_field = self.add_field(
            TextField(
                Column("focus_reason", lambda: self.tr("Why")), get, put, self.host, self, lines=2
            )
        )
        self.focus_label = QLabel(self)
        self.reason_label = QLabel(self)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.focus_field)
        choice_row.addWidget(self.top_button)
        choice_row.addStretch(1)
        layout = form()
        layout.addRow(self.focus_label, choice_row)
        layout.addRow(self.reason_label, self.reason_field)

        top = splitter(
            self.criteria, self.ranking, orientation=Qt.Orientation.Horizontal, parent=self
        )
        top.setSizes([520, 380])
        self.body.addWidget(splitter(top, matrix_widget, sizes=(230, 230), parent=self), 1)
        self.body.addWidget(box_widget(layout, self))
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "Score every process step on each criterion (for example 1 to 5); the weighted sum "
            "ranks them, and the most wasteful step becomes the audit focus."
        )

    def retranslate_page(self):
        self.usual_button.setText(self.tr("Add the usual six criteria"))
        self.usual_button.setToolTip(
            self.tr(
                "Quantity and cost of waste, environmental weight, health and safety, regulatory "
                "pressure, CP potential; each with weight 1"
            )
        )
        self.matrix_title.setText(self.tr("Scores of each step"))
        self.focus_label.setText(self.tr("Audit focus:"))
        self.reason_label.setText(self.tr("Why:"))
        self.top_button.setText(self.tr("Choose the top-ranked step"))
        self.matrix.refresh(self.host.project)

    def refresh(self, changed=None):
        super().refresh(changed)

    def update_view(self, project):
        self.matrix.refresh(project)
        fit_columns(self.matrix_view)
        self.usual_button.setEnabled(not project.focus_criteria)
        ranks = self.ranks(project)
        names = {s.code: s.name for s in project.process_steps}
        lang = i18n.current_language()
        rows = [
            [
                Cell(str(rank.rank), number=True, raw=rank.rank),
                Cell(rank.step, raw=rank.step),
                Cell(names.get(rank.step, "")),
                Cell(_number(rank.score, lang), number=True, raw=rank.score, bold=rank.rank == 1),
            ]
            for rank in ranks
        ]
        self.ranking.set_content(
            [self.tr("Rank"), self.tr("Code"), self.tr("Process step"), self.tr("Weighted score")],
            rows,
        )
        self.top_button.setEnabled(bool(ranks) and ranks[0].score > 0)

    @staticmethod
    def ranks(project):
        if not project.process_steps or not project.focus_criteria:
            return []
        return focus_ranking(project.process_steps, project.focus_criteria, project.focus_scores)

    def add_usual_criteria(self):
        project = self.host.project
        if project is None or project.focus_criteria:
            return
        changed = dataclasses.replace(project, focus_criteria=tuple(usual_criteria()))
        self.host.edit(self.tr("Add the usual six criteria"), changed)

    def choose_top_ranked(self):
        project = self.host.project
        ranks = self.ranks(project)
        if not ranks:
            return
        get, put = method_field("focus_step")
        if get(project) != ranks[0].step:
            self.host.edit(self.tr("Choose the audit focus"), put(project, ranks[0].step))


def _number(value, lang):
    from cpaudit.ui.cells import number_text

    return number_text(value, lang, 2 if value % 1 else 0)
