"""Steps 5 and 6: preparing (T14) and implementing (T15) the options, monitoring the results
(T16), sustaining CP (T17) and the next focus with the next cycle (T18)."""

import dataclasses

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cpaudit.audit.formatting import format_percent
from cpaudit.audit.model import Implementation, OptionStatus, SustainAction, VerifiedSaving
from cpaudit.audit.results import NotDefined
from cpaudit.ui import i18n, labels
from cpaudit.ui.cells import CHOICE, DATE, NUMBER, Column, code_choices, enum_choices, number_text
from cpaudit.ui.forms import ChoiceField, TextField
from cpaudit.ui.models import ResultsModel
from cpaudit.ui.pages.base import (
    Page,
    box_widget,
    figure_label,
    form,
    method_field,
    note_label,
    settings_field,
    splitter,
)
from cpaudit.ui.pages.data import resource_unit
from cpaudit.ui.tables import CannotAdd, RecordTable, RowSource, fit_columns, read_only_view


def option_by_code(project, code):
    return next((o for o in project.options if o.code == code), None)


def selected_choices(project):
    """The options selected in task 13 (others that already have a plan stay choosable)."""
    planned = {i.option for i in project.implementations}
    wanted = set(project.method.selected_options) | planned
    return [
        (o.code, f"{o.code} – {o.title}" if o.title else o.code)
        for o in project.options
        if o.code in wanted
    ]


def plan_for_next_selected(page):
    def new(project, _rows):
        planned = {i.option for i in project.implementations}
        waiting = [c for c in project.method.selected_options if c not in planned]
        if not waiting:
            raise CannotAdd(
                page.tr("Every selected option has a plan; select more options in task 13.")
            )
        option = option_by_code(project, waiting[0])
        return Implementation(waiting[0], budget=option.investment if option else None)

    return new


# ---- T14 --------------------------------------------------------------------------------------


class PreparationPage(Page):
    key = 14
    sections = frozenset(("implementations", "options", "method", "establishment"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        currency = self.host.currency
        self.plans = self.add_table(
            RecordTable(
                [
                    Column(
                        "option",
                        lambda: self.tr("Option"),
                        CHOICE,
                        choices=selected_choices,
                        compact=True,
                    ),
                    Column(
                        "title",
                        lambda: self.tr("Title"),
                        editable=False,
                        width=200,
                        get=lambda item, project: getattr(
                            option_by_code(project, item.option), "title", ""
                        ),
                    ),
                    Column("owner", lambda: self.tr("Responsible"), width=160),
                    Column(
                        "budget",
                        lambda: self.tr("Budget"),
                        NUMBER,
                        unit=currency,
                        optional=True,
                        minimum=0,
                    ),
                    Column("start", lambda: self.tr("Start"), DATE, optional=True),
                    Column("finish", lambda: self.tr("Finish"), DATE, optional=True),
                    Column("note", lambda: self.tr("Note"), width=260),
                ],
                RowSource.of(
                    "implementations",
                    plan_for_next_selected(self),
                    lambda: self.tr("Implementation plans"),
                ),
                self.host,
                title=lambda: self.tr("Plan of each selected option"),
            )
        )
        self.plan_all_button = QPushButton(self)
        self.plan_all_button.clicked.connect(self.plan_every_selected)
        self.plans.add_button_widget(self.plan_all_button)
        self.plans.model.warn = self._warning
        self.waiting_label = figure_label(self)
        self.body.addWidget(self.plans, 1)
        self.body.addWidget(self.waiting_label)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "Who is responsible for each selected option, with what budget, from when to when."
        )

    def retranslate_page(self):
        self.plan_all_button.setText(self.tr("Plan every selected option"))
        self.plan_all_button.setToolTip(
            self.tr(
                "Add a plan, with the option's investment as budget, for each selected "
                "option that has none"
            )
        )

    def _warning(self, _row, column, item, _project):
        if column.field in ("owner", "start") and not getattr(item, column.field):
            return self.tr("Needed for the plan: who is responsible and when it starts.")
        return None

    def plan_every_selected(self):
        project = self.host.project
        planned = {i.option for i in project.implementations}
        added = []
        for code in project.method.selected_options:
            option = option_by_code(project, code)
            if code not in planned and option is not None:
                added.append(Implementation(code, budget=option.investment))
        if not added:
            self.host.show_status(self.tr("Every selected option has a plan already."))
            return
        changed = dataclasses.replace(project, implementations=(*project.implementations, *added))
        self.host.edit(self.tr("Plan every selected option"), changed)

    def update_view(self, project):
        planned = {i.option for i in project.implementations}
        waiting = [c for c in project.method.selected_options if c not in planned]
        self.waiting_label.setText(
            self.tr("Selected options without a plan: {codes}").format(codes=", ".join(waiting))
            if waiting
            else ""
        )
        self.waiting_label.setVisible(bool(waiting))


# ---- T15 --------------------------------------------------------------------------------------


class ImplementationPage(Page):
    key = 15
    sections = frozenset(("implementations", "options", "method", "establishment"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        currency = self.host.currency

        def status(item, project):
            option = option_by_code(project, item.option)
            return option.status if option is not None else ""

        def put_status(project, _row, item, value):
            options = tuple(
                dataclasses.replace(o, status=value) if o.code == item.option else o
                for o in project.options
            )
            return dataclasses.replace(project, options=options)

        self.plans = self.add_table(
            RecordTable(
                [
                    Column("option", lambda: self.tr("Option"), editable=False),
                    Column(
                        "title",
                        lambda: self.tr("Title"),
                        editable=False,
                        width=220,
                        get=lambda item, project: getattr(
                            option_by_code(project, item.option), "title", ""
                        ),
                    ),
                    Column(
                        "status",
                        lambda: self.tr("Status"),
                        CHOICE,
                        choices=enum_choices(OptionStatus, labels.status_label),
                        get=status,
                        put=put_status,
                    ),
                    Column("finish", lambda: self.tr("Finished on"), DATE, optional=True),
                    Column(
                        "budget",
                        lambda: self.tr("Budget"),
                        NUMBER,
                        unit=currency,
                        optional=True,
                        editable=False,
                    ),
                    Column(
                        "actual_cost",
                        lambda: self.tr("Actual cost"),
                        NUMBER,
                        unit=currency,
                        optional=True,
                        minimum=0,
                    ),
                    Column("note", lambda: self.tr("Note"), width=240),
                ],
                RowSource.of("implementations", None, lambda: self.tr("Implementation")),
                self.host,
                title=lambda: self.tr("Progress of each planned option"),
                can_add=False,
            )
        )
        self.total_label = figure_label(self)
        self.body.addWidget(self.plans, 1)
        self.body.addWidget(self.total_label)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "Mark each option implemented when it is done, with its actual cost. Options marked "
            "implemented make the projected savings on the overview."
        )

    def update_view(self, project):
        lang = i18n.current_language()
        currency = project.establishment.currency
        selected = project.method.selected_options
        done = [
            c
            for c in selected
            if getattr(option_by_code(project, c), "status", None) == OptionStatus.IMPLEMENTED
        ]
        budget = sum(i.budget or 0.0 for i in project.implementations)
        self.total_label.setText(
            self.tr(
                "Implemented: {done} of {selected} selected options. Budget {budget} {currency}."
            ).format(
                done=len(done),
                selected=len(selected),
                budget=number_text(budget, lang, 0),
                currency=currency,
            )
            + " "
            + self._spent_text(project.implementations, currency, lang)
        )

    def _spent_text(self, plans, currency, lang):
        """What was spent, adding only the costs entered: a blank is not a zero."""
        entered = [i.actual_cost for i in plans if i.actual_cost is not None]
        if not entered:
            return self.tr("No actual cost is entered yet.")
        spent = number_text(sum(entered), lang, 0)
        if len(entered) == len(plans):
            return self.tr("Spent {actual} {currency}.").format(actual=spent, currency=currency)
        return self.tr(
            "Spent {actual} {currency} on {entered} of {planned} options; {missing} still "
            "without an actual cost."
        ).format(
            actual=spent,
            currency=currency,
            entered=len(entered),
            planned=len(plans),
            missing=len(plans) - len(entered),
        )


# ---- T16 --------------------------------------------------------------------------------------


class MonitoringPage(Page):
    key = 16
    sections = frozenset(
        ("verified_savings", "options", "resources", "periods", "settings", "products")
    )

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        periods = code_choices("periods", name_field="label")

        def current_choices(project):
            projection = [("", self.tr("Projection from the implemented options"))]
            return projection + [
                (value, label)
                for value, label in periods(project)
                if value != project.settings.baseline_period
            ]

        get, put = settings_field("current_period")
        self.period_field = self.add_field(
            ChoiceField(
                Column(
                    "current_period",
                    lambda: self.tr("Compared with"),
                    CHOICE,
                    optional=True,
                    choices=current_choices,
                ),
                get,
                put,
                self.host,
                self,
            )
        )
        self.data_button = QPushButton(self)
        self.data_button.clicked.connect(lambda: self.host.show_page("data", tab=2))
        self.period_label = QLabel(self)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_field)
        period_row.addWidget(self.data_button)
        period_row.addStretch(1)
        layout = form()
        layout.addRow(self.period_label, period_row)
        self.body.addWidget(box_widget(layout, self))

        self.results_model = ResultsModel(self)
        self.results_view = read_only_view(self.results_model, self)
        self.results_title = QLabel(self)
        self.results_title.setStyleSheet("font-weight: bold;")
        self.judgement_label = figure_label(self)
        results_box = QVBoxLayout()
        results_box.setContentsMargins(0, 0, 0, 0)
        results_box.addWidget(self.results_title)
        results_box.addWidget(self.results_view, 1)
        results_box.addWidget(self.judgement_label)
        results_widget = QWidget(self)
        results_widget.setLayout(results_box)

        def new_verified(project, rows):
            done = [o for o in project.options if o.status == OptionStatus.IMPLEMENTED]
            if not done:
                raise CannotAdd(self.tr("No option is marked implemented yet (task 15)."))
            if not project.resources:
                raise CannotAdd(self.tr("Add the resources first (Plant and data)."))
            option = done[0]
            resource = option.savings[0].resource if option.savings else project.resources[0].code
            return VerifiedSaving(option.code, resource, 0.0)

        def estimated(item, project):
            option = option_by_code(project, item.option)
            if option is None:
                return None
            found = [s.quantity for s in option.savings if s.resource == item.resource]
            return sum(found) if found else None

        self.verified = self.add_table(
            RecordTable(
                [
                    Column(
                        "option",
                        lambda: self.tr("Option"),
                        CHOICE,
                        choices=code_choices("options", name_field="title"),
                        compact=True,
                    ),
                    Column(
                        "resource",
                        lambda: self.tr("Resource"),
                        CHOICE,
                        choices=code_choices("resources"),
                    ),
                    Column("quantity", lambda: self.tr("Verified saving\nper year"), NUMBER),
                    Column(
                        "unit",
                        lambda: self.tr("Unit"),
                        editable=False,
                        get=lambda item, project: labels.unit_label(
                            resource_unit(project, item.resource)
                        ),
                    ),
                    Column(
                        "estimated",
                        lambda: self.tr("Estimated\nin task 11"),
                        NUMBER,
                        editable=False,
                        get=estimated,
                    ),
                    Column("method", lambda: self.tr("How it was verified"), width=260),
                ],
                RowSource.of("verified_savings", new_verified, lambda: self.tr("Verified savings")),
                self.host,
                title=lambda: self.tr("Verified saving of each option, where it can be isolated"),
            )
        )
        self.body.addWidget(
            splitter(results_widget, self.verified, sizes=(300, 220), parent=self), 1
        )
        self.host.assessment_changed.connect(self._assessment_changed)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "Specific consumption per product before and after, judged against the chosen target "
            "scheme; and the saving of each option measured after implementation."
        )

    def retranslate_page(self):
        self.period_label.setText(self.tr("Compared with:"))
        self.data_button.setText(self.tr("Enter the period's production and consumption…"))
        self.results_title.setText(self.tr("Specific consumption before and after"))

    def _assessment_changed(self):
        if self.isVisible():
            self._show_results()
        else:
            self.stale = True

    def update_view(self, project):
        self._show_results()

    def _show_results(self):
        project = self.host.project
        assessment = self.host.assessment
        lang = i18n.current_language()
        self.results_model.set_assessment(assessment, project, lang)
        single = project is not None and len(project.products) == 1
        self.results_view.setColumnHidden(ResultsModel.PRODUCT, single)
        fit_columns(self.results_view)
        if assessment is None:
            self.judgement_label.setText(self.host.assessment_error or "")
            return
        parts = []
        for result in assessment.classes:
            saving = result.saving
            text = (
                labels.not_defined_label()
                if isinstance(saving, NotDefined)
                else format_percent(saving, 2, lang)
            )
            parts.append(
                f"{labels.resource_class_label(result.resource_class)}: {text} "
                f"({labels.judgement_label(result.judgement)})"
            )
        scheme = assessment.scheme.label(lang)
        line = self.tr("Judged against {scheme}.").format(scheme=scheme)
        if parts:
            line += " " + " · ".join(parts)
        self.judgement_label.setText(line)


# ---- T17 --------------------------------------------------------------------------------------


class SustainPage(Page):
    key = 17
    sections = frozenset(("sustain_actions",))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        self.actions = self.add_table(
            RecordTable(
                [
                    Column("action", lambda: self.tr("Action"), width=420),
                    Column("owner", lambda: self.tr("Responsible"), width=180),
                    Column("due", lambda: self.tr("Due"), DATE, optional=True),
                ],
                RowSource.of(
                    "sustain_actions",
                    lambda _p, _rows: SustainAction(""),
                    lambda: self.tr("Sustaining actions"),
                ),
                self.host,
                title=lambda: self.tr("What is done to keep the results"),
            )
        )
        self.body.addWidget(self.actions, 1)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "Keep the results: new operating procedures, training, monitoring of the specific "
            "consumption, CP in the plant's management system."
        )


# ---- T18 --------------------------------------------------------------------------------------


class NextFocusPage(Page):
    key = 18
    sections = frozenset(("method", "settings", "periods"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        get, put = method_field("next_focus")
        self.next_field = self.add_field(
            TextField(
                Column("next_focus", lambda: self.tr("Next audit focus")),
                get,
                put,
                self.host,
                self,
                lines=4,
            )
        )
        self.next_label = QLabel(self)
        self.cycle_note = note_label(self)
        self.cycle_button = QPushButton(self)
        self.cycle_button.clicked.connect(self.host.start_next_cycle)
        self.cycle_state = figure_label(self)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.next_label)
        layout.addWidget(self.next_field)
        layout.addSpacing(12)
        layout.addWidget(self.cycle_note)
        row = QHBoxLayout()
        row.addWidget(self.cycle_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.cycle_state)
        layout.addStretch(1)
        widget = QWidget(self)
        widget.setLayout(layout)
        self.body.addWidget(widget, 1)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "CP goes on: choose the next most wasteful step as the focus of the next cycle."
        )

    def retranslate_page(self):
        self.next_label.setText(self.tr("The next audit focus, and why:"))
        self.cycle_note.setText(
            self.tr(
                "Starting the next cycle makes a new project file with this assessment's "
                "structure: the establishment, products, resources, periods and their records, "
                "the team, the process steps and the focus criteria. The current period becomes "
                "its baseline; options, balances and results start empty. This project is not "
                "changed."
            )
        )
        self.cycle_button.setText(self.tr("Start the next cycle…"))

    def update_view(self, project):
        current = project.settings.current_period
        measured = any(p.code == current and p.kind.value == "measured" for p in project.periods)
        why_not = (
            ""
            if measured
            else self.tr(
                "The next cycle needs a measured period after the baseline (task 16) to become "
                "its baseline."
            )
        )
        self.cycle_state.setText(why_not)
        self.cycle_state.setVisible(not measured)
        self.cycle_button.setEnabled(measured)
        self.cycle_button.setToolTip(why_not)
