"""Step 2, analysing the process steps: flow chart (T4), balance (T5), waste costs (T6),
causes (T7)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpaudit.audit.formatting import format_percent
from cpaudit.audit.method import waste_cost
from cpaudit.audit.model import (
    BalanceFlow,
    Cause,
    CauseCategory,
    FlowKind,
    Measurement,
    UnitOperation,
    WasteStream,
)
from cpaudit.audit.results import NotDefined
from cpaudit.ui import editing, i18n, labels, services
from cpaudit.ui.cells import CHOICE, NUMBER, UNIT, Column, code_choices, enum_choices, number_text
from cpaudit.ui.forms import LineField
from cpaudit.ui.pages.base import Page, box_widget, figure_label, form, method_field, splitter
from cpaudit.ui.pages.start import flow_kind_choices
from cpaudit.ui.tables import CannotAdd, Cell, ComputedTable, RecordTable, RowSource
from cpaudit.ui.task_charts import FlowChart, SankeyChart, balance_dimensions, sankey_rows


def _new_flow(page, kind, to_next=False):
    def new(project, rows):
        if not project.operations:
            raise CannotAdd(page.tr("Add a unit operation first (task 4)."))
        operation = rows[-1].operation if rows else project.operations[0].code
        unit = rows[-1].unit if rows else "kg"
        target = ""
        if to_next:
            codes = [op.code for op in project.operations]
            position = codes.index(operation) if operation in codes else 0
            target = codes[position + 1] if position + 1 < len(codes) else ""
        return BalanceFlow(operation, kind, "", 0.0, unit, Measurement.ESTIMATED, target)

    return new


# ---- T4 ---------------------------------------------------------------------------------------


class FlowChartPage(Page):
    key = 4
    sections = frozenset(("operations", "balance_flows", "process_steps", "method"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)

        def new_operation(project, _rows):
            step = project.method.focus_step
            return UnitOperation(editing.next_code(project, "operations"), "", step)

        self.operations = self.add_table(
            RecordTable(
                [
                    Column("code", lambda: self.tr("Code"), code=True),
                    Column("name", lambda: self.tr("Unit operation"), width=200),
                    Column(
                        "step",
                        lambda: self.tr("Process step"),
                        CHOICE,
                        optional=True,
                        choices=code_choices("process_steps", optional=True),
                        compact=True,
                    ),
                ],
                RowSource.of("operations", new_operation, lambda: self.tr("Unit operations")),
                self.host,
                title=lambda: self.tr("Unit operations of the focus, in order"),
            )
        )
        operations = code_choices("operations")
        self.flows = self.add_table(
            RecordTable(
                [
                    Column(
                        "operation",
                        lambda: self.tr("From"),
                        CHOICE,
                        choices=operations,
                        compact=True,
                    ),
                    Column(
                        "kind",
                        lambda: self.tr("Kind"),
                        CHOICE,
                        choices=flow_kind_choices(list(FlowKind)),
                    ),
                    Column("name", lambda: self.tr("Flow"), width=180),
                    Column(
                        "to_operation",
                        lambda: self.tr("Goes on to"),
                        CHOICE,
                        optional=True,
                        choices=code_choices("operations", optional=True),
                        compact=True,
                    ),
                ],
                RowSource.of(
                    "balance_flows",
                    _new_flow(self, FlowKind.PRODUCT, to_next=True),
                    lambda: self.tr("Flows"),
                ),
                self.host,
                title=lambda: self.tr("Flows (quantities in task 5)"),
            )
        )
        self.chart = FlowChart(self)
        left = splitter(self.operations, self.flows, sizes=(220, 320), parent=self)
        self.body.addWidget(
            splitter(
                left,
                self.chart,
                orientation=Qt.Orientation.Horizontal,
                sizes=(520, 480),
                parent=self,
            ),
            1,
        )
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "Break the focus into unit operations and say where each output goes: the chart is "
            "drawn from these rows. Inputs come in from the left, outputs leave to the right."
        )

    def update_view(self, project):
        self.chart.show_flows(project.operations, project.balance_flows)


# ---- T5 ---------------------------------------------------------------------------------------


class BalancePage(Page):
    key = 5
    sections = frozenset(("operations", "balance_flows", "method"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        operations = code_choices("operations")
        self.flows = self.add_table(
            RecordTable(
                [
                    Column(
                        "operation",
                        lambda: self.tr("Unit operation"),
                        CHOICE,
                        choices=operations,
                        compact=True,
                    ),
                    Column(
                        "kind",
                        lambda: self.tr("Kind"),
                        CHOICE,
                        choices=flow_kind_choices(list(FlowKind)),
                    ),
                    Column("name", lambda: self.tr("Flow"), width=170),
                    Column(
                        "quantity",
                        lambda: self.tr("Quantity"),
                        NUMBER,
                        tooltip=lambda: self.tr(
                            "Over the balance period; a stock change may be negative"
                        ),
                    ),
                    Column("unit", lambda: self.tr("Unit"), UNIT),
                    Column(
                        "measurement",
                        lambda: self.tr("Figure is"),
                        CHOICE,
                        choices=enum_choices(Measurement, labels.measurement_label),
                    ),
                    Column(
                        "to_operation",
                        lambda: self.tr("Goes on to"),
                        CHOICE,
                        optional=True,
                        choices=code_choices("operations", optional=True),
                        compact=True,
                    ),
                ],
                RowSource.of(
                    "balance_flows",
                    _new_flow(self, FlowKind.INPUT),
                    lambda: self.tr("Balance flows"),
                ),
                self.host,
                title=lambda: self.tr("Inputs = products + by-products + wastes + stock change"),
            )
        )
        self.summary = ComputedTable(lambda: self.tr("Balance of each unit operation"), self)
        self.dimension_combo = QComboBox(self)
        self.dimension_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.dimension_combo.currentIndexChanged.connect(self._draw_sankey)
        self.sankey = SankeyChart(self)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export_sankey_dialog)
        self.sankey_caption = QLabel(self)
        chart_row = QHBoxLayout()
        chart_row.addWidget(self.sankey_caption)
        chart_row.addWidget(self.dimension_combo, 1)
        chart_row.addWidget(self.export_button)
        chart_box = QVBoxLayout()
        chart_box.setContentsMargins(0, 0, 0, 0)
        chart_box.addLayout(chart_row)
        chart_box.addWidget(self.sankey, 1)
        chart_widget = QWidget(self)
        chart_widget.setLayout(chart_box)

        get, put = method_field("balance_period")
        self.period_field = self.add_field(
            LineField(
                Column("balance_period", lambda: self.tr("Balance period")),
                get,
                put,
                self.host,
                self,
            )
        )
        self.period_label = QLabel(self)
        layout = form()
        layout.addRow(self.period_label, self.period_field)
        self.body.addWidget(box_widget(layout, self))
        bottom = splitter(
            self.summary,
            chart_widget,
            orientation=Qt.Orientation.Horizontal,
            sizes=(540, 480),
            parent=self,
        )
        self.body.addWidget(splitter(self.flows, bottom, sizes=(230, 330), parent=self), 1)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "For each unit operation over the balance period: what goes in, what comes out and "
            "what stays in stock. The closure error shows how far the figures can be trusted; "
            "say for each figure whether it was metered, calculated or estimated."
        )

    def retranslate_page(self):
        self.period_label.setText(self.tr("Balance period:"))
        self.period_field.setPlaceholderText(self.tr("e.g. March 2025, 20 production days"))
        self.sankey_caption.setText(self.tr("Diagram:"))
        self.export_button.setText(self.tr("Export the diagram's data…"))
        self.export_button.setToolTip(self.tr("Save the flows of the diagram as a CSV file"))

    def update_view(self, project):
        lang = i18n.current_language()
        rows, choices, problems = [], [], []
        for op in project.operations:
            found = balance_dimensions(project, op.code)
            if found is None:
                problems.append(op.code)
                continue
            for balance in found:
                choices.append(
                    (
                        f"{op.code} ({labels.unit_label(balance.unit)})",
                        (op.code, balance.unit),
                        op.name,
                    )
                )
                rows.append(self._summary_row(op, balance, lang))
        headers = [
            self.tr("Operation"),
            self.tr("Unit"),
            self.tr("Inputs"),
            self.tr("Outputs"),
            self.tr("Stock\nchange"),
            self.tr("Closure\nerror"),
            self.tr("Metered"),
        ]
        tips = {
            5: self.tr("(inputs − outputs − stock change) / inputs"),
            6: self.tr("Share of the inputs and outputs, by amount, that was metered"),
        }
        self.summary.set_content(headers, rows, tips)
        current = self.dimension_combo.currentData()
        self.dimension_combo.blockSignals(True)
        self.dimension_combo.clear()
        for text, data, name in choices:
            self.dimension_combo.addItem(text, data)
            self.dimension_combo.setItemData(
                self.dimension_combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole
            )
        index = self.dimension_combo.findData(current) if current is not None else 0
        self.dimension_combo.setCurrentIndex(max(index, 0))
        self.dimension_combo.blockSignals(False)
        self.export_button.setEnabled(bool(choices))
        self._draw_sankey()

    def _summary_row(self, op, balance, lang):
        closure = balance.closure
        if isinstance(closure, NotDefined):
            closure_cell = Cell(
                labels.not_defined_label(),
                number=True,
                tooltip=self.tr("The inputs are zero."),
                raw=closure,
            )
        else:
            closure_cell = Cell(format_percent(closure, 2, lang), number=True, raw=closure)
        return [
            Cell(op.code, tooltip=op.name, raw=op.code),
            Cell(labels.unit_label(balance.unit), raw=balance.unit),
            Cell(
                number_text(balance.inputs, lang, _places(balance.inputs)), True, raw=balance.inputs
            ),
            Cell(
                number_text(balance.outputs, lang, _places(balance.outputs)),
                True,
                raw=balance.outputs,
            ),
            Cell(
                number_text(balance.stock_change, lang, _places(balance.stock_change)),
                True,
                raw=balance.stock_change,
            ),
            closure_cell,
            Cell(format_percent(balance.metered_share, 0, lang), True, raw=balance.metered_share),
        ]

    def _draw_sankey(self, *_args):
        project = self.host.project
        data = self.dimension_combo.currentData()
        if project is None or data is None:
            self.sankey.show_balance(project, "", "", i18n.current_language())
            return
        operation, unit = data
        self.sankey.show_balance(project, operation, unit, i18n.current_language())

    def export_sankey_dialog(self):
        data = self.dimension_combo.currentData()
        project = self.host.project
        if data is None or project is None:
            return
        operation, unit = data
        start = f"{operation}_balance.csv"
        filename, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the diagram's data"), start, self.tr("CSV files (*.csv)")
        )
        if not filename:
            return
        path = Path(filename)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        self.export_sankey(path)

    def export_sankey(self, path):
        """Write the diagram's flows to ``path`` on the worker; returns the task."""
        operation, unit = self.dimension_combo.currentData()
        rows = sankey_rows(self.host.project, operation, unit)
        return self.host.run_file_work(
            lambda _progress, _cancelled: services.write_csv(path, rows),
            self.tr("Writing {name}…").format(name=path.name),
            self.tr("Written: {path}").format(path=path),
            self.tr("The file could not be written"),
        )


def _places(value):
    value = abs(value)
    return 0 if value >= 100 else (1 if value >= 10 else 2)


# ---- T6 ---------------------------------------------------------------------------------------


class WasteCostPage(Page):
    key = 6
    sections = frozenset(("waste_streams", "operations", "establishment"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        currency = self.host.currency

        def new_stream(project, rows):
            unit = rows[-1].unit if rows else "kg"
            return WasteStream(editing.next_code(project, "waste_streams"), "", 0.0, unit)

        def per_unit():
            return self.tr("{currency} per unit").format(currency=currency())

        self.streams = self.add_table(
            RecordTable(
                [
                    Column("code", lambda: self.tr("Code"), code=True),
                    Column("name", lambda: self.tr("Waste stream"), width=180),
                    Column("quantity", lambda: self.tr("Quantity\nper year"), NUMBER, minimum=0),
                    Column("unit", lambda: self.tr("Unit"), UNIT),
                    Column(
                        "operation",
                        lambda: self.tr("From"),
                        CHOICE,
                        optional=True,
                        choices=code_choices("operations", optional=True),
                        compact=True,
                    ),
                    Column(
                        "purchase_price_per_unit",
                        lambda: self.tr("Purchase price"),
                        NUMBER,
                        unit=per_unit,
                        minimum=0,
                        tooltip=lambda: self.tr("What the lost material cost to buy"),
                    ),
                    Column(
                        "processing_cost_per_unit",
                        lambda: self.tr("Processing"),
                        NUMBER,
                        unit=per_unit,
                        minimum=0,
                        tooltip=lambda: self.tr(
                            "What was spent on it in the process before it was lost"
                        ),
                    ),
                    Column(
                        "treatment_cost_per_unit",
                        lambda: self.tr("Treatment,\ndisposal"),
                        NUMBER,
                        unit=per_unit,
                        minimum=0,
                    ),
                    Column(
                        "cost",
                        lambda: self.tr("Cost per year"),
                        NUMBER,
                        unit=currency,
                        decimals=0,
                        editable=False,
                        get=lambda item, _project: waste_cost(item),
                        tooltip=lambda: self.tr(
                            "quantity × (purchase price + processing + treatment and disposal)"
                        ),
                    ),
                ],
                RowSource.of("waste_streams", new_stream, lambda: self.tr("Waste streams")),
                self.host,
                title=lambda: self.tr("Waste streams and what each unit of them costs"),
            )
        )
        self.total_label = figure_label(self)
        self.body.addWidget(self.streams, 1)
        self.body.addWidget(self.total_label)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "A waste stream costs what was paid for the material, what was spent processing it, "
            "and what its treatment or disposal costs."
        )

    def update_view(self, project):
        lang = i18n.current_language()
        total = sum(waste_cost(w) for w in project.waste_streams)
        self.total_label.setText(
            self.tr("Total cost of the waste streams: {total} {currency} a year").format(
                total=number_text(total, lang, 0), currency=project.establishment.currency
            )
        )


# ---- T7 ---------------------------------------------------------------------------------------


class CausesPage(Page):
    key = 7
    sections = frozenset(("causes", "waste_streams"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)

        def new_cause(project, rows):
            if not project.waste_streams:
                raise CannotAdd(self.tr("Add a waste stream first (task 6)."))
            stream = rows[-1].waste_stream if rows else project.waste_streams[0].code
            return Cause(
                editing.next_code(project, "causes"), stream, "", CauseCategory.PROCESS_CONTROL
            )

        self.causes = self.add_table(
            RecordTable(
                [
                    Column("code", lambda: self.tr("Code"), code=True),
                    Column(
                        "waste_stream",
                        lambda: self.tr("Waste stream"),
                        CHOICE,
                        choices=code_choices("waste_streams"),
                        compact=True,
                    ),
                    Column("description", lambda: self.tr("Cause"), width=360),
                    Column(
                        "category",
                        lambda: self.tr("Category"),
                        CHOICE,
                        choices=enum_choices(CauseCategory, labels.cause_category_label),
                    ),
                ],
                RowSource.of("causes", new_cause, lambda: self.tr("Causes")),
                self.host,
                title=lambda: self.tr("Causes of each waste stream"),
            )
        )
        self.unexplained_label = figure_label(self)
        self.body.addWidget(self.causes, 1)
        self.body.addWidget(self.unexplained_label)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "Why is each waste stream there? Tag each cause with where it lies: input materials, "
            "technology, process control, equipment, personnel, waste handling or the product."
        )

    def update_view(self, project):
        explained = {c.waste_stream for c in project.causes}
        missing = [f"{w.code} – {w.name}" for w in project.waste_streams if w.code not in explained]
        self.unexplained_label.setText(
            self.tr("Waste streams without a cause yet: {streams}").format(
                streams=", ".join(missing)
            )
            if missing
            else ""
        )
        self.unexplained_label.setVisible(bool(missing))
