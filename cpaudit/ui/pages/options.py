"""Steps 3 and 4: options (T8), screening (T9), technical (T10), economic (T11) and
environmental (T12) feasibility, and the selection to implement (T13)."""

import dataclasses
import functools
import math
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cpaudit.audit import units
from cpaudit.audit.economics import option_economics
from cpaudit.audit.energy import to_gj
from cpaudit.audit.formatting import format_percent
from cpaudit.audit.method import co2_of_savings, sensitivity
from cpaudit.audit.model import (
    CPOption,
    EffectAspect,
    EnvironmentalEffect,
    OptionStatus,
    ResourceClass,
    ResourceSaving,
    ScreeningBin,
    TechnicalCheck,
    Technique,
)
from cpaudit.audit.reference import grid_factor_citation, grid_factors
from cpaudit.audit.results import NotDefined
from cpaudit.ui import editing, i18n, labels
from cpaudit.ui.cells import (
    CHOICE,
    CODES,
    INTEGER,
    NUMBER,
    UNIT,
    Column,
    code_choices,
    enum_choices,
    number_text,
)
from cpaudit.ui.forms import LineField, TextField
from cpaudit.ui.pages.base import (
    Page,
    box_widget,
    figure_label,
    form,
    method_field,
    settings_field,
    splitter,
)
from cpaudit.ui.pages.data import resource_unit
from cpaudit.ui.tables import CannotAdd, Cell, ComputedTable, RecordTable, RowSource


def candidates(project):
    """Options not rejected at screening: the ones studied for feasibility."""
    return [o for o in project.options if o.screening != ScreeningBin.REJECTED]


@functools.lru_cache(maxsize=512)
def economics_of(option, resources, settings):
    """One option's economics; cached, as table cells ask for them on every repaint."""
    return option_economics(option, {r.code: r for r in resources}, settings)


def economics_by_code(project):
    return {o.code: economics_of(o, project.resources, project.settings) for o in project.options}


def money_text(value, lang):
    if value is None or isinstance(value, NotDefined):
        return labels.not_defined_label()
    return number_text(value, lang, 0)


def years_text(value, lang):
    if isinstance(value, NotDefined):
        return labels.not_defined_label()
    return number_text(value, lang, 2)


def figure_cell(value, text, reason_names=None):
    if isinstance(value, NotDefined):
        return Cell(
            labels.not_defined_label(), True, labels.reason_label(value, reason_names), raw=value
        )
    return Cell(text, True, raw=value)


ANSWERS = {"": None, "yes": True, "no": False}


def answer_choices(_project=None):
    return [(key, labels.answer_label(value)) for key, value in ANSWERS.items()]


def answer_key(check, _project=None):
    return next(key for key, value in ANSWERS.items() if value is check.satisfied)


def addresses_choices(project):
    return [(w.code, w.name) for w in project.waste_streams] + [
        (c.code, c.description) for c in project.causes
    ]


def _read_only(field, header, **kwargs):
    return Column(field, header, editable=False, **kwargs)


# ---- T8 ---------------------------------------------------------------------------------------


class OptionsPage(Page):
    key = 8
    sections = frozenset(("options", "waste_streams", "causes"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)

        def new_option(project, rows):
            technique = rows[-1].technique if rows else Technique.GOOD_HOUSEKEEPING
            return CPOption(
                code=editing.next_code(project, "options"),
                title="",
                technique=technique,
                screening=ScreeningBin.STUDY_FURTHER,
                status=OptionStatus.PROPOSED,
                investment=0.0,
            )

        self.options = self.add_table(
            RecordTable(
                [
                    Column("code", lambda: self.tr("Code"), code=True),
                    Column("title", lambda: self.tr("CP opportunity"), width=260),
                    Column(
                        "technique",
                        lambda: self.tr("CP technique"),
                        CHOICE,
                        choices=enum_choices(Technique, labels.technique_label),
                    ),
                    Column(
                        "addresses",
                        lambda: self.tr("Addresses"),
                        CODES,
                        optional=True,
                        choices=addresses_choices,
                        tooltip=lambda: self.tr(
                            "Codes of the waste streams (task 6) or causes (task 7) the option "
                            "acts on, separated by commas"
                        ),
                    ),
                    Column("description", lambda: self.tr("Description"), width=260),
                    Column("reference", lambda: self.tr("Reference")),
                ],
                RowSource.of("options", new_option, lambda: self.tr("CP opportunities")),
                self.host,
                title=lambda: self.tr("CP opportunities, each with its technique"),
            )
        )
        self.addressable = ComputedTable(lambda: self.tr("Waste streams and causes"), self)
        tables = splitter(self.options, self.addressable, sizes=(290, 230), parent=self)
        self.body.addWidget(tables, 1)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "For each cause, look for opportunities with the 8 CP techniques: good housekeeping, "
            "input material change, better process control, equipment modification, technology "
            "change, on-site recovery and reuse, useful by-products, product modification."
        )

    def update_view(self, project):
        rows = [
            [Cell(code, raw=code), Cell(label, tooltip=label)]
            for code, label in addresses_choices(project)
        ]
        self.addressable.set_content([self.tr("Code"), self.tr("Waste stream or cause")], rows)


# ---- T9 ---------------------------------------------------------------------------------------


class ScreeningPage(Page):
    key = 9
    sections = frozenset(("options",))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        self.options = self.add_table(
            RecordTable(
                [
                    _read_only("code", lambda: self.tr("Code")),
                    _read_only("title", lambda: self.tr("CP opportunity"), width=260),
                    _read_only(
                        "technique",
                        lambda: self.tr("CP technique"),
                        kind=CHOICE,
                        choices=enum_choices(Technique, labels.technique_label),
                    ),
                    Column(
                        "screening",
                        lambda: self.tr("Screening"),
                        CHOICE,
                        choices=enum_choices(ScreeningBin, labels.screening_label),
                    ),
                    Column(
                        "rejection_reason",
                        lambda: self.tr("Reason (if rejected)"),
                        width=300,
                    ),
                ],
                RowSource.of("options", None, lambda: self.tr("Screening")),
                self.host,
                title=lambda: self.tr("Screening of the opportunities"),
                can_add=False,
            )
        )
        self.options.model.warn = self._warning
        self.counts_label = figure_label(self)
        self.body.addWidget(self.options, 1)
        self.body.addWidget(self.counts_label)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "Sort the opportunities: those that can be implemented now, those that need further "
            "study, and those rejected, each with its reason."
        )

    def _warning(self, _row, column, item, _project):
        if (
            column.field == "rejection_reason"
            and item.screening == ScreeningBin.REJECTED
            and not item.rejection_reason
        ):
            return self.tr("A rejected opportunity needs its reason.")
        return None

    def update_view(self, project):
        counts = {b: sum(1 for o in project.options if o.screening == b) for b in ScreeningBin}
        self.counts_label.setText(
            " · ".join(f"{labels.screening_label(b)}: {counts[b]}" for b in ScreeningBin)
        )


# ---- T10 --------------------------------------------------------------------------------------


def standard_questions():
    return (
        QCoreApplication.translate("pages", "Are the equipment and materials available?"),
        QCoreApplication.translate("pages", "Is there room for it in the plant?"),
        QCoreApplication.translate("pages", "Is the product quality kept?"),
        QCoreApplication.translate("pages", "Can the staff run and maintain it?"),
        QCoreApplication.translate("pages", "Can it be installed without a long stop?"),
        QCoreApplication.translate("pages", "Does it meet the safety rules?"),
    )


class TechnicalPage(Page):
    key = 10
    sections = frozenset(("technical_checks", "options"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)

        def new_check(project, rows):
            kept = candidates(project)
            if not kept:
                raise CannotAdd(self.tr("No opportunity is kept after screening (task 9)."))
            option = rows[-1].option if rows else kept[0].code
            return TechnicalCheck(option, "")

        self.checks = self.add_table(
            RecordTable(
                [
                    Column(
                        "option",
                        lambda: self.tr("Option"),
                        CHOICE,
                        choices=code_choices(
                            "options",
                            name_field="title",
                            where=lambda o: o.screening != ScreeningBin.REJECTED,
                        ),
                        compact=True,
                    ),
                    Column("question", lambda: self.tr("Question"), width=300),
                    Column(
                        "satisfied",
                        lambda: self.tr("Answer"),
                        CHOICE,
                        choices=answer_choices,
                        get=answer_key,
                        put=self._put_answer,
                    ),
                    Column("note", lambda: self.tr("Note"), width=240),
                ],
                RowSource.of("technical_checks", new_check, lambda: self.tr("Technical checks")),
                self.host,
                title=lambda: self.tr("Technical checklist"),
            )
        )
        self.standard_button = QPushButton(self)
        self.standard_button.clicked.connect(self.add_standard_questions)
        self.checks.add_button_widget(self.standard_button)
        self.summary = ComputedTable(lambda: self.tr("Technical verdict per option"), self)
        self.body.addWidget(splitter(self.checks, self.summary, sizes=(320, 240), parent=self), 1)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "For every opportunity kept after screening: can it be done here, with this equipment, "
            "space, staff and product quality?"
        )

    @staticmethod
    def _put_answer(project, row, item, value):
        checks = list(project.technical_checks)
        checks[row] = dataclasses.replace(item, satisfied=ANSWERS[value])
        return dataclasses.replace(project, technical_checks=tuple(checks))

    def retranslate_page(self):
        self.standard_button.setText(self.tr("Add the standard questions"))
        self.standard_button.setToolTip(self.tr("For every option kept that has no question yet"))

    def add_standard_questions(self):
        project = self.host.project
        asked = {c.option for c in project.technical_checks}
        added = [
            TechnicalCheck(option.code, question)
            for option in candidates(project)
            if option.code not in asked
            for question in standard_questions()
        ]
        if not added:
            self.host.show_status(self.tr("Every option kept has its questions already."))
            return
        changed = dataclasses.replace(project, technical_checks=(*project.technical_checks, *added))
        self.host.edit(self.tr("Add the standard questions"), changed)

    def update_view(self, project):
        rows = []
        for option in candidates(project):
            checks = [c for c in project.technical_checks if c.option == option.code]
            yes = sum(1 for c in checks if c.satisfied is True)
            no = sum(1 for c in checks if c.satisfied is False)
            open_ = sum(1 for c in checks if c.satisfied is None)
            if not checks or open_:
                verdict, colour = self.tr("Not yet checked"), None
            elif no:
                verdict, colour = self.tr("Problems found"), "#ffe0b2"
            else:
                verdict, colour = self.tr("Technically feasible"), "#c8e6c9"
            rows.append(
                [
                    Cell(option.code, raw=option.code),
                    Cell(option.title),
                    Cell(str(yes), True),
                    Cell(str(no), True),
                    Cell(str(open_), True),
                    Cell(verdict, colour=colour, raw=verdict),
                ]
            )
        self.summary.set_content(
            [
                self.tr("Code"),
                self.tr("Option"),
                self.tr("Yes"),
                self.tr("No"),
                self.tr("Not answered"),
                self.tr("Verdict"),
            ],
            rows,
        )
        self.standard_button.setEnabled(bool(candidates(project)))


# ---- T11 --------------------------------------------------------------------------------------


class EconomicsPage(Page):
    key = 11
    sections = frozenset(("options", "resources", "settings", "establishment"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        self._option = ""
        currency = self.host.currency

        def per_year():
            return self.tr("{currency}/year").format(currency=currency())

        def economics(item, project):
            return economics_of(item, project.resources, project.settings)

        def figure(name):
            def get(item, project):
                value = getattr(economics(item, project), name)
                return None if isinstance(value, NotDefined) else value

            return get

        self.options = self.add_table(
            RecordTable(
                [
                    _read_only("code", lambda: self.tr("Code")),
                    _read_only("title", lambda: self.tr("Option"), width=220),
                    Column(
                        "investment",
                        lambda: self.tr("Investment"),
                        NUMBER,
                        unit=currency,
                        minimum=0,
                    ),
                    Column(
                        "operating_cost_change",
                        lambda: self.tr("Operating\ncost change"),
                        NUMBER,
                        unit=per_year,
                        tooltip=lambda: self.tr("Positive: the option costs more to run"),
                    ),
                    Column(
                        "lifetime_years",
                        lambda: self.tr("Lifetime"),
                        INTEGER,
                        unit=lambda: self.tr("years"),
                        optional=True,
                        minimum=1,
                        tooltip=lambda: self.tr("Empty: the project's default"),
                    ),
                    Column(
                        "discount_rate",
                        lambda: self.tr("Discount\nrate"),
                        NUMBER,
                        unit=lambda: "%",
                        scale=100.0,
                        optional=True,
                        minimum=-0.99,
                        tooltip=lambda: self.tr("Empty: the project's default"),
                    ),
                    _read_only(
                        "net",
                        lambda: self.tr("Net annual\nsaving"),
                        kind=NUMBER,
                        unit=per_year,
                        decimals=0,
                        get=figure("net_annual_saving"),
                    ),
                    _read_only(
                        "payback",
                        lambda: self.tr("Payback"),
                        kind=NUMBER,
                        unit=lambda: self.tr("years"),
                        decimals=2,
                        get=figure("payback_years"),
                    ),
                    _read_only(
                        "npv",
                        lambda: self.tr("NPV"),
                        kind=NUMBER,
                        unit=currency,
                        decimals=0,
                        get=figure("npv"),
                    ),
                    _read_only(
                        "irr",
                        lambda: self.tr("IRR"),
                        kind=NUMBER,
                        unit=lambda: "%",
                        scale=100.0,
                        decimals=1,
                        get=figure("irr"),
                    ),
                ],
                RowSource.of("options", None, lambda: self.tr("Economics")),
                self.host,
                title=lambda: self.tr("Investment and cash flows of each option"),
                can_add=False,
            )
        )
        self.options.view.selectionModel().currentRowChanged.connect(self._option_chosen)

        def option_savings(project):
            option = self._current(project)
            return option.savings if option is not None else ()

        def put_savings(project, rows):
            options = tuple(
                dataclasses.replace(o, savings=tuple(rows)) if o.code == self._option else o
                for o in project.options
            )
            return dataclasses.replace(project, options=options)

        def new_saving(project, rows):
            if self._current(project) is None:
                raise CannotAdd(self.tr("Choose an option in the table above first."))
            if not project.resources:
                raise CannotAdd(self.tr("Add the resources first (Plant and data)."))
            used = {s.resource for s in rows}
            free = [r.code for r in project.resources if r.code not in used]
            return ResourceSaving((free or [project.resources[0].code])[0], 0.0)

        self.savings = self.add_table(
            RecordTable(
                [
                    Column(
                        "resource",
                        lambda: self.tr("Resource"),
                        CHOICE,
                        choices=code_choices("resources"),
                    ),
                    Column(
                        "quantity",
                        lambda: self.tr("Saved\nper year"),
                        NUMBER,
                        tooltip=lambda: self.tr("Negative: the option uses more"),
                    ),
                    _read_only(
                        "unit",
                        lambda: self.tr("Unit"),
                        get=lambda item, project: labels.unit_label(
                            resource_unit(project, item.resource)
                        ),
                    ),
                    Column(
                        "money",
                        lambda: self.tr("Money saved"),
                        NUMBER,
                        unit=per_year,
                        optional=True,
                        tooltip=lambda: self.tr("Empty: the quantity × the resource's price"),
                    ),
                ],
                RowSource(
                    get=option_savings,
                    put=put_savings,
                    new=new_saving,
                    name=lambda: self.tr("Savings of the option"),
                ),
                self.host,
                title=self._savings_title,
            )
        )
        self.sensitivity = ComputedTable(
            lambda: self.tr("Sensitivity: investment and saving ±20 %"), self
        )
        get, put = settings_field("default_lifetime_years")
        self.lifetime_field = self.add_field(
            LineField(
                Column(
                    "default_lifetime_years",
                    lambda: self.tr("Default lifetime (years)"),
                    INTEGER,
                    minimum=1,
                ),
                get,
                put,
                self.host,
                self,
            )
        )
        get, put = settings_field("default_discount_rate")
        self.rate_field = self.add_field(
            LineField(
                Column(
                    "default_discount_rate",
                    lambda: self.tr("Default discount rate (%)"),
                    NUMBER,
                    scale=100.0,
                    minimum=-0.99,
                ),
                get,
                put,
                self.host,
                self,
            )
        )
        self.lifetime_label = QLabel(self)
        self.rate_label = QLabel(self)
        for widget in (self.lifetime_label, self.lifetime_field, self.rate_label, self.rate_field):
            self.options.buttons.addWidget(widget)
        self.lifetime_field.setMaximumWidth(60)
        self.rate_field.setMaximumWidth(60)
        bottom = splitter(
            self.savings,
            self.sensitivity,
            orientation=Qt.Orientation.Horizontal,
            sizes=(420, 600),
            parent=self,
        )
        self.body.addWidget(splitter(self.options, bottom, sizes=(265, 290), parent=self), 1)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "Investment, the change in operating cost and the yearly saving in money and in "
            "quantities give the payback, the NPV and the IRR; the sensitivity table shows them "
            "with the investment and the saving 20 % higher or lower."
        )

    def retranslate_page(self):
        self.lifetime_label.setText(self.tr("Default lifetime (years):"))
        self.rate_label.setText(self.tr("Default discount rate (%):"))

    def _savings_title(self):
        option = self._current(self.host.project) if self.host.project is not None else None
        if option is None:
            return self.tr("Savings: choose an option above")
        return self.tr("Savings of {code}").format(code=option.code)

    def _show_savings_title(self, project):
        self.savings.retranslate_ui()
        option = self._current(project)
        self.savings.title_label.setToolTip(option.title if option is not None else "")

    def _current(self, project):
        if project is None:
            return None
        return next((o for o in project.options if o.code == self._option), None)

    def select_option(self, code):
        """Show the savings and sensitivity of option ``code``."""
        for row, option in enumerate(self.host.project.options):
            if option.code == code:
                self.options.view.setCurrentIndex(self.options.model.index(row, 2))
                self._option_chosen(self.options.model.index(row, 2))
                return
        raise KeyError(code)

    def _option_chosen(self, current, _previous=None):
        project = self.host.project
        if project is None or not current.isValid() or current.row() >= len(project.options):
            return
        code = project.options[current.row()].code
        if code != self._option:
            self._option = code
            self.savings.refresh(project)
            self._show_savings_title(project)
            self._show_sensitivity(project)

    def update_view(self, project):
        if self._current(project) is None and project.options:
            self._option = project.options[0].code
            self.savings.refresh(project)
            self.options.view.setCurrentIndex(self.options.model.index(0, 2))
        self._show_savings_title(project)
        self.savings.add_button.setEnabled(self._current(project) is not None)
        self._show_sensitivity(project)

    def _show_sensitivity(self, project):
        lang = i18n.current_language()
        option = self._current(project)
        headers = [
            self.tr("Investment"),
            self.tr("Saving"),
            self.tr("Payback\n(years)"),
            self.tr("NPV\n({currency})").format(currency=project.establishment.currency),
            self.tr("IRR"),
        ]
        rows = []
        economics = economics_by_code(project).get(option.code) if option is not None else None
        names = {r.code: r.name for r in project.resources}
        if economics is not None and not isinstance(economics.net_annual_saving, NotDefined):
            for case in sensitivity(
                economics.investment,
                economics.net_annual_saving,
                economics.lifetime_years,
                economics.discount_rate,
            ):
                rows.append(
                    [
                        Cell(
                            _factor_text(case.investment_factor, lang),
                            True,
                            raw=case.investment_factor,
                        ),
                        Cell(_factor_text(case.saving_factor, lang), True, raw=case.saving_factor),
                        figure_cell(
                            case.payback_years, years_text(case.payback_years, lang), names
                        ),
                        figure_cell(case.npv, money_text(case.npv, lang), names),
                        figure_cell(case.irr, format_percent(case.irr, 1, lang), names),
                    ]
                )
                if case.investment_factor == 1.0 and case.saving_factor == 1.0:
                    for cell in rows[-1]:
                        cell.bold = True
        elif economics is not None:
            reason = labels.reason_label(economics.net_annual_saving, names)
            rows.append([Cell(reason), Cell(""), Cell(""), Cell(""), Cell("")])
        self.sensitivity.set_content(headers, rows)


def _factor_text(factor, lang):
    change = round((factor - 1.0) * 100)
    sign = "+" if change > 0 else ("−" if change < 0 else "±")
    return f"{sign}{number_text(abs(change), lang, 0)} %"


# ---- T12 --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _grid_factors_by_year():
    return {f.year: f for f in grid_factors()}


def latest_official_grid_year():
    return max(year for year, f in _grid_factors_by_year().items() if f.official)


def grid_factor_in_use(method):
    """The reference grid factor the project uses (its year named first in the source), or None
    when the factor was typed in or comes from elsewhere."""
    value = method.grid_factor_t_per_mwh
    if value is None:
        return None
    matching = [f for f in _grid_factors_by_year().values() if math.isclose(f.t_co2_per_mwh, value)]
    named = re.match(r"\s*(\d{4})\b", method.grid_factor_source or "")
    for factor in matching:
        if named and int(named.group(1)) == factor.year:
            return factor
    return matching[0] if matching else None


class EnvironmentPage(Page):
    key = 12
    sections = frozenset(("options", "resources", "environmental_effects", "method", "settings"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        self._grid_shown = None  # the (factor, source) the year combo was last set from
        get, put = method_field("grid_factor_t_per_mwh")
        self.grid_field = self.add_field(
            LineField(
                Column(
                    "grid_factor_t_per_mwh",
                    lambda: self.tr("Grid emission factor"),
                    NUMBER,
                    unit=lambda: "t CO₂/MWh",
                    optional=True,
                    minimum=0,
                ),
                get,
                put,
                self.host,
                self,
            )
        )
        get, put = method_field("grid_factor_source")
        self.source_field = self.add_field(
            TextField(
                Column("grid_factor_source", lambda: self.tr("Source of the factor")),
                get,
                put,
                self.host,
                self,
                lines=4,
            )
        )
        self.year_combo = QComboBox(self)
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for year in sorted(_grid_factors_by_year(), reverse=True):
            self.year_combo.addItem(str(year), year)
        self.year_combo.currentIndexChanged.connect(self._show_use_tooltip)
        self.use_button = QPushButton(self)
        self.use_button.clicked.connect(self.use_grid_factor)
        self.grid_label = QLabel(self)
        self.source_label = QLabel(self)
        grid_row = QHBoxLayout()
        grid_row.addWidget(self.grid_field)
        grid_row.addWidget(QLabel("t CO₂/MWh", self))
        grid_row.addSpacing(12)
        grid_row.addWidget(self.use_button)
        grid_row.addWidget(self.year_combo)
        grid_row.addStretch(1)
        layout = form()
        layout.addRow(self.grid_label, grid_row)
        layout.addRow(self.source_label, self.source_field)
        self.body.addWidget(box_widget(layout, self))

        self.summary = ComputedTable(
            lambda: self.tr("Effect of each option's savings per year"), self
        )

        def new_effect(project, rows):
            kept = candidates(project)
            if not kept:
                raise CannotAdd(self.tr("No opportunity is kept after screening (task 9)."))
            option = rows[-1].option if rows else kept[0].code
            return EnvironmentalEffect(option, EffectAspect.WASTE, "")

        self.effects = self.add_table(
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
                        "aspect",
                        lambda: self.tr("Aspect"),
                        CHOICE,
                        choices=enum_choices(EffectAspect, labels.effect_aspect_label),
                    ),
                    Column("description", lambda: self.tr("Effect"), width=320),
                    Column(
                        "quantity",
                        lambda: self.tr("Reduction\nper year"),
                        NUMBER,
                        optional=True,
                        tooltip=lambda: self.tr("Positive is a reduction"),
                    ),
                    Column("unit", lambda: self.tr("Unit"), UNIT, optional=True),
                ],
                RowSource.of(
                    "environmental_effects", new_effect, lambda: self.tr("Environmental effects")
                ),
                self.host,
                title=lambda: self.tr("Other environmental effects (waste, emissions, water)"),
            )
        )
        self.note = figure_label(self)
        self.body.addWidget(splitter(self.summary, self.effects, sizes=(280, 170), parent=self), 1)
        self.body.addWidget(self.note)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "What each option changes for the environment: energy, water, waste and CO₂. "
            "Electricity's CO₂ uses the grid emission factor stated here; fuels use the IPCC "
            "2006 factors."
        )

    def retranslate_page(self):
        self.grid_label.setText(self.tr("Grid emission factor:"))
        self.source_label.setText(self.tr("Source:"))
        self.use_button.setText(self.tr("Use Viet Nam's factor of"))
        for index in range(self.year_combo.count()):
            factor = _grid_factors_by_year()[self.year_combo.itemData(index)]
            self.year_combo.setItemText(index, self._year_text(factor))
        self._show_use_tooltip()
        self.source_field.setPlaceholderText(self.tr("Who published the factor, and when"))

    def _year_text(self, factor):
        if factor.official:
            return str(factor.year)
        return self.tr("{year} (unofficial estimate)").format(year=factor.year)

    def _show_use_tooltip(self, _index=None):
        factor = _grid_factors_by_year().get(self.year_combo.currentData())
        official = self.tr(
            "The combined-margin factor announced by the Department of Climate Change"
        )
        if factor is None or factor.official:
            tip = official
        else:
            tip = self.tr(
                "An unofficial estimate by researchers, not announced by the Department of "
                "Climate Change: not the official factor"
            )
        self.use_button.setToolTip(tip)

    def _show_year_in_use(self, method):
        """The combo on the year of the factor in use, else on the latest official year."""
        shown = (method.grid_factor_t_per_mwh, method.grid_factor_source)
        if shown == self._grid_shown:
            return  # keep a year the user picked and has not applied yet
        self._grid_shown = shown
        in_use = grid_factor_in_use(method)
        year = in_use.year if in_use is not None else latest_official_grid_year()
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))

    def use_grid_factor(self):
        year = self.year_combo.currentData()
        factor = _grid_factors_by_year()[year]
        lang = i18n.current_language()
        if not factor.official and not self.host.confirm(
            self.tr("Unofficial grid emission factor"),
            self.tr(
                "The factor of {year}, {value} t CO₂/MWh, is an unofficial estimate: the "
                "Department of Climate Change has not announced it."
            ).format(year=year, value=number_text(factor.t_co2_per_mwh, lang, 4)),
            self.tr(
                "The latest announced factor is that of {latest}. Use the estimate anyway? The "
                "source will say it is unofficial."
            ).format(latest=latest_official_grid_year()),
        ):
            return
        project = self.host.project
        method = dataclasses.replace(
            project.method,
            grid_factor_t_per_mwh=factor.t_co2_per_mwh,
            grid_factor_source=grid_factor_citation(factor),
        )
        self.host.edit(
            self.tr("Use the grid emission factor of {year}").format(year=year),
            dataclasses.replace(project, method=method),
        )

    def update_view(self, project):
        lang = i18n.current_language()
        self._show_year_in_use(project.method)
        resources = {r.code: r for r in project.resources}
        names = {r.code: r.name for r in project.resources}
        rows, uncounted = [], set()
        for option in candidates(project):
            energy = 0.0
            undefined = None
            water = {}
            for saving in option.savings:
                resource = resources.get(saving.resource)
                if resource is None:
                    continue
                if resource.resource_class in (ResourceClass.ENERGY, ResourceClass.FUEL):
                    gj = to_gj(saving.quantity, resource, project.settings.energy_basis)
                    if isinstance(gj, NotDefined):
                        undefined = undefined or gj
                    else:
                        energy += gj
                elif resource.resource_class == ResourceClass.WATER:
                    unit, quantity = _water(saving.quantity, resource.unit)
                    water[unit] = water.get(unit, 0.0) + quantity
            co2 = co2_of_savings(option.savings, project)
            uncounted.update(co2.not_counted)
            water_text = "; ".join(
                f"{number_text(q, lang, 0)} {labels.unit_label(u)}" for u, q in water.items()
            )
            rows.append(
                [
                    Cell(option.code, raw=option.code),
                    Cell(option.title),
                    figure_cell(undefined, "", names)
                    if undefined is not None
                    else Cell(number_text(energy, lang, 0), True, raw=energy),
                    Cell(water_text, True),
                    self._co2_cell(option, co2, resources, lang),
                    Cell(
                        number_text(co2.biogenic_t, lang, 1) if co2.biogenic_t else "",
                        True,
                        raw=co2.biogenic_t,
                    ),
                    Cell(", ".join(co2.not_counted)),
                ]
            )
        self.summary.set_content(
            [
                self.tr("Code"),
                self.tr("Option"),
                self.tr("Energy\n(GJ)"),
                self.tr("Water"),
                self.tr("CO₂ avoided\n(t)"),
                self.tr("Biogenic CO₂\n(t)"),
                self.tr("No CO₂ factor for"),
            ],
            rows,
            {
                2: self.tr("Energy saved per year, on the project's energy basis"),
                4: self.tr("Fossil CO₂ avoided per year; negative: added"),
            },
        )
        grid = project.method.grid_factor_t_per_mwh
        notes = []
        if grid is None:
            notes.append(self.tr("Without a grid emission factor, electricity counts no CO₂."))
        in_use = grid_factor_in_use(project.method)
        if in_use is not None and not in_use.official:
            notes.append(
                self.tr(
                    "The grid emission factor in use, of {year}, is an unofficial estimate, not "
                    "announced by the Department of Climate Change."
                ).format(year=in_use.year)
            )
        if uncounted:
            notes.append(
                self.tr(
                    "Savings of {codes} count no CO₂: no emission factor is known for them."
                ).format(codes=", ".join(sorted(uncounted)))
            )
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))

    def _co2_cell(self, option, co2, resources, lang):
        """The CO₂ avoided; "not computed", with why, when no saving has an emission factor."""
        counted = [s for s in option.savings if s.resource not in co2.not_counted]
        why = self._uncounted_reason(co2.not_counted, resources)
        if not counted:
            if not option.savings:
                why = self.tr("No savings are entered for this option (task 11).")
            return Cell(labels.not_computed_label(), True, why, raw=None)
        tip = None
        if co2.not_counted:
            tip = self.tr("The CO₂ of the other savings only. {why}").format(why=why)
        return Cell(number_text(co2.fossil_t, lang, 1), True, tip, raw=co2.fossil_t)

    def _uncounted_reason(self, codes, resources):
        electricity = [c for c in codes if resources[c].carrier == "electricity"]
        others = [c for c in codes if c not in electricity]
        parts = []
        if electricity:
            parts.append(self.tr("Without a grid emission factor, electricity counts no CO₂."))
        if others:
            parts.append(
                self.tr("No emission factor is known for {codes}.").format(codes=", ".join(others))
            )
        return " ".join(parts)


def _water(quantity, unit):
    try:
        return "m3", quantity * units.factor(unit, "m3")
    except units.UnitError:
        return unit, quantity


# ---- T13 --------------------------------------------------------------------------------------


class SelectionPage(Page):
    key = 13
    sections = frozenset(("options", "resources", "settings", "method"))

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        self.selected = ComputedTable(
            lambda: self.tr("Selected for implementation, in order"), self
        )
        self.others = ComputedTable(lambda: self.tr("Other options kept after screening"), self)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self)
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.rank_button = QPushButton(self)
        self.rank_button.clicked.connect(self.rank_by_payback)
        buttons = QHBoxLayout()
        for button in (self.remove_button, self.up_button, self.down_button, self.rank_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QVBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.selected, 1)
        top.addLayout(buttons)
        top_widget = QWidget(self)
        top_widget.setLayout(top)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.others, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        bottom.addLayout(add_row)
        bottom_widget = QWidget(self)
        bottom_widget.setLayout(bottom)
        self.total_label = figure_label(self)
        self.body.addWidget(splitter(top_widget, bottom_widget, sizes=(300, 240), parent=self), 1)
        self.body.addWidget(self.total_label)
        self.retranslate_ui()

    def intro(self):
        return self.tr(
            "Choose the options to implement, in order of priority, from those found feasible."
        )

    def retranslate_page(self):
        self.add_button.setText(self.tr("Select the highlighted option"))
        self.remove_button.setText(self.tr("Remove from the selection"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.rank_button.setText(self.tr("Order by payback"))

    def _headers(self, project):
        currency = project.establishment.currency
        return [
            self.tr("Rank"),
            self.tr("Code"),
            self.tr("Option"),
            self.tr("Screening"),
            self.tr("Investment\n({currency})").format(currency=currency),
            self.tr("Net annual saving\n({currency})").format(currency=currency),
            self.tr("Payback\n(years)"),
            self.tr("NPV\n({currency})").format(currency=currency),
        ]

    def _row(self, rank, option, economics, names, lang):
        return [
            Cell(str(rank) if rank else "", True, raw=rank),
            Cell(option.code, raw=option.code),
            Cell(option.title),
            Cell(labels.screening_label(option.screening)),
            Cell(money_text(economics.investment, lang), True, raw=economics.investment),
            figure_cell(
                economics.net_annual_saving, money_text(economics.net_annual_saving, lang), names
            ),
            figure_cell(economics.payback_years, years_text(economics.payback_years, lang), names),
            figure_cell(economics.npv, money_text(economics.npv, lang), names),
        ]

    def update_view(self, project):
        lang = i18n.current_language()
        economics = economics_by_code(project)
        names = {r.code: r.name for r in project.resources}
        options = {o.code: o for o in project.options}
        chosen = [c for c in project.method.selected_options if c in options]
        self.selected.set_content(
            self._headers(project),
            [
                self._row(rank, options[code], economics[code], names, lang)
                for rank, code in enumerate(chosen, 1)
            ],
        )
        others = [o for o in candidates(project) if o.code not in chosen]
        self.others.set_content(
            self._headers(project),
            [self._row(0, o, economics[o.code], names, lang) for o in others],
        )
        invested = sum(economics[c].investment for c in chosen)
        nets = [economics[c].net_annual_saving for c in chosen]
        defined = [n for n in nets if not isinstance(n, NotDefined)]
        currency = project.establishment.currency
        self.total_label.setText(
            self.tr(
                "Selected: {count} options, investment {investment} {currency}, net saving "
                "{saving} {currency} a year"
            ).format(
                count=len(chosen),
                investment=money_text(invested, lang),
                saving=money_text(sum(defined), lang),
                currency=currency,
            )
            if chosen
            else self.tr("No option selected yet.")
        )

    def _current_code(self, table):
        index = table.view.currentIndex()
        if not index.isValid():
            return None
        return table.model.cell(index.row(), 1).raw

    def _put(self, project, codes, text):
        method = dataclasses.replace(project.method, selected_options=tuple(codes))
        self.host.edit(text, dataclasses.replace(project, method=method))

    def select(self, code):
        """Add option ``code`` at the end of the selection."""
        project = self.host.project
        codes = list(project.method.selected_options)
        if code in codes or code not in {o.code for o in project.options}:
            return
        self._put(project, [*codes, code], self.tr("Select {code}").format(code=code))

    def add_current(self):
        code = self._current_code(self.others)
        if code is not None:
            self.select(code)

    def remove_current(self):
        code = self._current_code(self.selected)
        project = self.host.project
        if code is None:
            return
        codes = [c for c in project.method.selected_options if c != code]
        self._put(project, codes, self.tr("Remove {code} from the selection").format(code=code))

    def move_current(self, step):
        code = self._current_code(self.selected)
        project = self.host.project
        if code is None:
            return
        codes = list(project.method.selected_options)
        position = codes.index(code)
        target = position + step
        if not 0 <= target < len(codes):
            return
        codes[position], codes[target] = codes[target], codes[position]
        self._put(project, codes, self.tr("Move {code}").format(code=code))
        self.selected.view.setCurrentIndex(self.selected.model.index(target, 1))

    def rank_by_payback(self):
        project = self.host.project
        economics = economics_by_code(project)

        def key(code):
            payback = economics[code].payback_years if code in economics else None
            return (
                isinstance(payback, NotDefined) or payback is None,
                0.0 if isinstance(payback, NotDefined) or payback is None else payback,
            )

        codes = sorted(project.method.selected_options, key=key)
        if tuple(codes) != project.method.selected_options:
            self._put(project, codes, self.tr("Order the selection by payback"))
