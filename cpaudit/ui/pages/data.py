"""The plant and its data: establishment, products, resources, periods, records, settings."""

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from cpaudit.audit import units
from cpaudit.audit.model import (
    Allocation,
    ConsumptionRecord,
    EnergyBasis,
    Period,
    PeriodKind,
    Product,
    ProductionRecord,
    Resource,
    ResourceClass,
)
from cpaudit.audit.reference import target_schemes, toe_factors
from cpaudit.ui import editing, i18n, labels
from cpaudit.ui.cells import (
    CHOICE,
    DATE,
    INTEGER,
    NUMBER,
    UNIT,
    Column,
    code_choices,
    enum_choices,
)
from cpaudit.ui.forms import ChoiceField, LineField, TextField
from cpaudit.ui.pages.base import (
    Page,
    establishment_field,
    form,
    note_label,
    scrolled,
    settings_field,
    splitter,
)
from cpaudit.ui.tables import CannotAdd, RecordTable, RowSource


def carrier_choices(_project=None):
    """The energy carriers of the MOIT TOE table (Vietnamese names in Vietnamese)."""
    seen = {}
    for factor in toe_factors():
        seen.setdefault(factor.carrier, factor.name_vi)
    lang = i18n.current_language()
    return [("", "—")] + [(c, name if lang == "vi" else c) for c, name in seen.items()]


def scheme_choices(_project=None):
    lang = i18n.current_language()
    return [(scheme.id, scheme.label(lang)) for scheme in target_schemes()]


def product_unit(project, code):
    for product in project.products:
        if product.code == code:
            return product.unit
    return ""


def resource_unit(project, code):
    for resource in project.resources:
        if resource.code == code:
            return resource.unit
    return ""


def first_code(project, section, missing):
    items = getattr(project, section)
    if not items:
        raise CannotAdd(missing)
    return items[0].code


class DataPage(Page):
    key = "data"
    sections = frozenset(
        (
            "establishment",
            "products",
            "resources",
            "periods",
            "production",
            "consumption",
            "allocations",
            "settings",
        )
    )

    def __init__(self, host, parent=None):
        super().__init__(host, parent)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._establishment_tab(), "")
        self.tabs.addTab(self._products_tab(), "")
        periods_tab, consumption_tab = self._records_tabs()
        self.tabs.addTab(periods_tab, "")
        self.tabs.addTab(consumption_tab, "")
        self.tabs.addTab(self._settings_tab(), "")
        self.body.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def title(self):
        return self.tr("The plant and its data")

    def intro(self):
        return self.tr(
            "What the assessment is computed from: the establishment, its products and the "
            "resources it uses, the periods, and the production and consumption of each period. "
            "A period after the baseline, measured, lets task 16 compare before and after."
        )

    # ---- establishment ------------------------------------------------------------------------

    def _establishment_tab(self):
        widget = QWidget(self)
        layout = form()
        self.establishment_fields = {}
        for name, lines in (
            ("name", 0),
            ("address", 0),
            ("sector", 0),
            ("industry_code", 0),
            ("design_capacity", 0),
            ("employees", 0),
            ("currency", 0),
            ("environmental_status", 2),
            ("history", 3),
            ("notes", 2),
        ):
            kind = INTEGER if name == "employees" else "text"
            column = Column(
                name, lambda name=name: self._establishment_label(name), kind, optional=True
            )
            if name == "employees":
                column.minimum = 0
            get, put = establishment_field(name)
            if lines:
                field = TextField(column, get, put, self.host, widget, lines=lines)
            else:
                field = LineField(column, get, put, self.host, widget)
            self.add_field(field)
            label = QLabel(widget)
            label.setBuddy(field)
            layout.addRow(label, field)
            self.establishment_fields[name] = (label, field)
        widget.setLayout(layout)
        return scrolled(widget, self)

    def _establishment_label(self, name):
        return {
            "name": self.tr("Name"),
            "address": self.tr("Address"),
            "sector": self.tr("Sector"),
            "industry_code": self.tr("Industry code"),
            "design_capacity": self.tr("Design capacity"),
            "employees": self.tr("Employees"),
            "currency": self.tr("Currency"),
            "environmental_status": self.tr("Environmental status"),
            "history": self.tr("History"),
            "notes": self.tr("Notes"),
        }[name]

    # ---- products and resources ---------------------------------------------------------------

    def _products_tab(self):
        def new_product(project, _rows):
            return Product(code=editing.next_code(project, "products"), name="", unit="t")

        def new_resource(project, rows):
            unit = rows[-1].unit if rows else "kWh"
            return Resource(
                code=editing.next_code(project, "resources"),
                name="",
                resource_class=rows[-1].resource_class if rows else ResourceClass.ENERGY,
                unit=unit,
            )

        self.products = self.add_table(
            RecordTable(
                [
                    Column("code", lambda: self.tr("Code"), code=True),
                    Column("name", lambda: self.tr("Product"), width=200),
                    Column(
                        "unit",
                        lambda: self.tr("Production unit"),
                        UNIT,
                        tooltip=lambda: self.tr("The unit production is recorded in, e.g. t, hl"),
                        check=lambda unit, item, _p: self._units_problem(unit, item.report_unit),
                    ),
                    Column(
                        "report_unit",
                        lambda: self.tr("Reported per"),
                        UNIT,
                        optional=True,
                        check=lambda unit, item, _p: self._units_problem(item.unit, unit),
                        tooltip=lambda: self.tr(
                            "The unit specific consumption is shown per; empty: the production unit"
                        ),
                    ),
                ],
                RowSource.of("products", new_product, lambda: self.tr("Products")),
                self.host,
                title=lambda: self.tr("Products"),
            )
        )
        currency = self.host.currency
        self.resources = self.add_table(
            RecordTable(
                [
                    Column("code", lambda: self.tr("Code"), code=True),
                    Column("name", lambda: self.tr("Resource"), width=180),
                    Column(
                        "resource_class",
                        lambda: self.tr("Class"),
                        CHOICE,
                        choices=enum_choices(ResourceClass, labels.resource_class_label),
                    ),
                    Column("unit", lambda: self.tr("Unit"), UNIT),
                    Column(
                        "carrier",
                        lambda: self.tr("Energy carrier"),
                        CHOICE,
                        optional=True,
                        choices=carrier_choices,
                        tooltip=lambda: self.tr(
                            "The carrier in MOIT's TOE table, for energy totals and CO₂"
                        ),
                    ),
                    Column(
                        "price_per_unit",
                        lambda: self.tr("Price"),
                        NUMBER,
                        unit=lambda: self.tr("{currency} per unit").format(currency=currency()),
                        optional=True,
                        minimum=0,
                    ),
                    Column(
                        "heating_value_gj_per_unit",
                        lambda: self.tr("Heating value"),
                        NUMBER,
                        unit=lambda: self.tr("GJ per unit"),
                        optional=True,
                        minimum=0,
                        above_minimum=True,
                    ),
                ],
                RowSource.of("resources", new_resource, lambda: self.tr("Resources")),
                self.host,
                title=lambda: self.tr("Resources used (energy, fuels, materials, water)"),
            )
        )
        return splitter(self.products, self.resources, sizes=(200, 300), parent=self)

    def _units_problem(self, unit, report_unit):
        """Why production in ``unit`` cannot be reported per ``report_unit``, or None."""
        if not unit or not report_unit:
            return None
        try:
            units.factor(unit, report_unit)
        except units.UnitError:
            return self.tr(
                "Production in {unit} cannot be reported per {report}: the two units do not "
                "measure the same thing."
            ).format(unit=labels.unit_label(unit), report=labels.unit_label(report_unit))
        return None

    # ---- periods and records ------------------------------------------------------------------

    def _records_tabs(self):
        def new_period(project, rows):
            if rows:
                start = rows[-1].end + dt.timedelta(days=1)
            else:
                start = dt.date(dt.date.today().year - 1, 1, 1)
            try:
                end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
            except ValueError:
                end = start + dt.timedelta(days=364)
            return Period(editing.next_code(project, "periods"), "", start, end)

        def new_production(project, rows):
            period = project.settings.baseline_period or first_code(
                project, "periods", self.tr("Add a period first.")
            )
            product = first_code(project, "products", self.tr("Add a product first."))
            if rows:
                period, product = rows[-1].period, rows[-1].product
            return ProductionRecord(period, product, 0.0)

        def new_consumption(project, rows):
            period = project.settings.baseline_period or first_code(
                project, "periods", self.tr("Add a period first.")
            )
            resource = first_code(project, "resources", self.tr("Add a resource first."))
            if rows:
                period = rows[-1].period
            return ConsumptionRecord(period, resource, 0.0)

        def new_allocation(project, _rows):
            resource = first_code(project, "resources", self.tr("Add a resource first."))
            product = first_code(project, "products", self.tr("Add a product first."))
            return Allocation(resource, product, 1.0)

        currency = self.host.currency
        periods = code_choices("periods", name_field=None)
        self.periods = self.add_table(
            RecordTable(
                [
                    Column("code", lambda: self.tr("Code"), code=True),
                    Column("label", lambda: self.tr("Period"), width=180),
                    Column("start", lambda: self.tr("From"), DATE),
                    Column("end", lambda: self.tr("To"), DATE),
                    Column(
                        "kind",
                        lambda: self.tr("Kind"),
                        CHOICE,
                        choices=enum_choices(PeriodKind, labels.period_kind_label),
                    ),
                ],
                RowSource.of("periods", new_period, lambda: self.tr("Periods")),
                self.host,
                title=lambda: self.tr("Periods"),
            )
        )
        self.production = self.add_table(
            RecordTable(
                [
                    Column("period", lambda: self.tr("Period"), CHOICE, choices=periods),
                    Column(
                        "product",
                        lambda: self.tr("Product"),
                        CHOICE,
                        choices=code_choices("products"),
                    ),
                    Column("quantity", lambda: self.tr("Quantity"), NUMBER, minimum=0),
                    Column(
                        "unit",
                        lambda: self.tr("Unit"),
                        editable=False,
                        get=lambda item, project: labels.unit_label(
                            product_unit(project, item.product)
                        ),
                    ),
                ],
                RowSource.of("production", new_production, lambda: self.tr("Production")),
                self.host,
                title=lambda: self.tr("Production"),
            )
        )
        self.consumption = self.add_table(
            RecordTable(
                [
                    Column("period", lambda: self.tr("Period"), CHOICE, choices=periods),
                    Column(
                        "resource",
                        lambda: self.tr("Resource"),
                        CHOICE,
                        choices=code_choices("resources"),
                    ),
                    Column(
                        "product",
                        lambda: self.tr("For product"),
                        CHOICE,
                        optional=True,
                        choices=code_choices("products", optional=True),
                        tooltip=lambda: self.tr("Empty: the whole plant's use"),
                    ),
                    Column("quantity", lambda: self.tr("Quantity"), NUMBER, minimum=0),
                    Column(
                        "unit",
                        lambda: self.tr("Unit"),
                        editable=False,
                        get=lambda item, project: labels.unit_label(
                            resource_unit(project, item.resource)
                        ),
                    ),
                    Column(
                        "cost",
                        lambda: self.tr("Cost"),
                        NUMBER,
                        unit=currency,
                        optional=True,
                        minimum=0,
                    ),
                ],
                RowSource.of("consumption", new_consumption, lambda: self.tr("Consumption")),
                self.host,
                title=lambda: self.tr("Consumption"),
            )
        )
        self.allocations = self.add_table(
            RecordTable(
                [
                    Column(
                        "resource",
                        lambda: self.tr("Resource"),
                        CHOICE,
                        choices=code_choices("resources"),
                    ),
                    Column(
                        "product",
                        lambda: self.tr("Product"),
                        CHOICE,
                        choices=code_choices("products"),
                    ),
                    Column(
                        "share",
                        lambda: self.tr("Share"),
                        NUMBER,
                        unit=lambda: "%",
                        scale=100.0,
                        minimum=0,
                    ),
                ],
                RowSource.of("allocations", new_allocation, lambda: self.tr("Allocations")),
                self.host,
                title=lambda: self.tr("Shares of plant-level use (several products only)"),
            )
        )
        return (
            splitter(self.periods, self.production, sizes=(220, 300), parent=self),
            splitter(self.consumption, self.allocations, sizes=(340, 160), parent=self),
        )

    # ---- settings -----------------------------------------------------------------------------

    def _settings_tab(self):
        widget = QWidget(self)
        layout = form()
        periods = code_choices("periods", name_field="label")

        def current_choices(project):
            projection = [("", self.tr("Projection from the implemented options"))]
            return projection + [
                (value, label)
                for value, label in periods(project)
                if value != project.settings.baseline_period
            ]

        specs = [
            (
                "baseline_period",
                Column(
                    "baseline_period", lambda: self.tr("Baseline period"), CHOICE, choices=periods
                ),
                ChoiceField,
            ),
            (
                "current_period",
                Column(
                    "current_period",
                    lambda: self.tr("Compared with"),
                    CHOICE,
                    optional=True,
                    choices=current_choices,
                ),
                ChoiceField,
            ),
            (
                "scheme_id",
                Column(
                    "scheme_id", lambda: self.tr("Target scheme"), CHOICE, choices=scheme_choices
                ),
                ChoiceField,
            ),
            (
                "energy_basis",
                Column(
                    "energy_basis",
                    lambda: self.tr("Energy basis"),
                    CHOICE,
                    choices=enum_choices(EnergyBasis, labels.energy_basis_label),
                ),
                ChoiceField,
            ),
            (
                "default_lifetime_years",
                Column(
                    "default_lifetime_years",
                    lambda: self.tr("Default lifetime of an option (years)"),
                    INTEGER,
                    minimum=1,
                ),
                LineField,
            ),
            (
                "default_discount_rate",
                Column(
                    "default_discount_rate",
                    lambda: self.tr("Default discount rate (% a year)"),
                    NUMBER,
                    scale=100.0,
                    minimum=-0.99,
                ),
                LineField,
            ),
        ]
        self.settings_fields = {}
        for name, column, kind in specs:
            get, put = settings_field(name)
            field = self.add_field(kind(column, get, put, self.host, widget))
            label = QLabel(widget)
            label.setBuddy(field)
            layout.addRow(label, field)
            self.settings_fields[name] = (label, field)
        column = Column("assumptions_note", lambda: self.tr("Where the defaults come from"))
        get, put = settings_field("assumptions_note")
        field = self.add_field(TextField(column, get, put, self.host, widget, lines=3))
        label = QLabel(widget)
        layout.addRow(label, field)
        self.settings_fields["assumptions_note"] = (label, field)
        self.settings_note = note_label(widget)
        outer = QVBoxLayout()
        outer.addLayout(layout)
        outer.addWidget(self.settings_note)
        outer.addStretch(1)
        widget.setLayout(outer)
        return scrolled(widget, self)

    def retranslate_page(self):
        self.tabs.setTabText(0, self.tr("Establishment"))
        self.tabs.setTabText(1, self.tr("Products and resources"))
        self.tabs.setTabText(2, self.tr("Periods and production"))
        self.tabs.setTabText(3, self.tr("Consumption"))
        self.tabs.setTabText(4, self.tr("Settings"))
        for name, (label, _field) in self.establishment_fields.items():
            label.setText(self._establishment_label(name) + ":")
        for _name, (label, field) in self.settings_fields.items():
            label.setText(field.column.header() + ":")
        self.settings_note.setText(
            self.tr(
                "An option's own lifetime and discount rate (task 11) replace the defaults. "
                "With no measured period after the baseline, the current state is projected "
                "from the savings of the options marked implemented."
            )
        )

    def update_view(self, project):
        pass


def replace_settings(project, **changes):
    return dataclasses.replace(project, settings=dataclasses.replace(project.settings, **changes))
