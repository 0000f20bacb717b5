"""Qt table models over the engine's Assessment: read-only views of immutable results."""

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cpaudit.audit.analysis import Judgement
from cpaudit.audit.formatting import format_number, format_percent, significant_decimals
from cpaudit.audit.results import NotDefined
from cpaudit.ui import labels
from cpaudit.ui.qtcompat import emit

RAW_ROLE = Qt.ItemDataRole.UserRole  # the value behind a cell: a float, NotDefined or enum value

# Light tints, so black text stays readable; the text says the same as the colour.
JUDGEMENT_COLOURS = {
    Judgement.WITHIN: "#c8e6c9",  # green
    Judgement.BELOW: "#ffe0b2",  # amber
    Judgement.BEYOND: "#bbdefb",  # blue
    Judgement.OUT_OF_SCOPE: "#e0e0e0",  # grey
    Judgement.NOT_DEFINED: "#f5f5f5",
}

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def intensity_decimals(*values):
    """One number of decimals for a row's intensities: at least 2, about 4 significant digits."""
    defined = [abs(v) for v in values if not isinstance(v, NotDefined) and v is not None]
    if not defined:
        return 2
    return max(2, significant_decimals(max(defined), 4))


def saving_text(saving, lang):
    """``9.25 %``; an increase (negative saving) as ``3.10 % increase``; NotDefined as n/a."""
    if isinstance(saving, NotDefined):
        return labels.not_defined_label()
    if saving < 0 and format_percent(-saving, 2, lang) != format_percent(0.0, 2, lang):
        increase = QCoreApplication.translate("models", "{percent} increase")
        return increase.format(percent=format_percent(-saving, 2, lang))
    return format_percent(saving, 2, lang)


class _TableModel(QAbstractTableModel):
    """Rows of cells computed once per refresh: each cell is (text, raw value, tooltip, kind)."""

    NUMBER_COLUMNS = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cells = []
        self._lang = "en"

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers())

    def headers(self):
        raise NotImplementedError

    def header_tooltips(self):
        return {}

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltips().get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if section in self.NUMBER_COLUMNS else _LEFT)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        text, raw, tooltip, kind = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == RAW_ROLE:
            return raw
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if kind == "number" else _LEFT)
        if kind == "judgement" and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(JUDGEMENT_COLOURS[raw]))
        if kind == "judgement" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        return None

    def _replace(self, cells, lang):
        self.beginResetModel()
        self._cells = cells
        self._lang = lang
        self.endResetModel()


def _number_cell(value, text_if_defined, names):
    if isinstance(value, NotDefined):
        return (labels.not_defined_label(), value, labels.reason_label(value, names), "number")
    return (text_if_defined, value, "", "number")


class ResultsModel(_TableModel):
    """Products x resources: specific consumption, saving and judgement (Assessment.rows)."""

    PRODUCT, RESOURCE, UNIT, BASELINE, CURRENT, SAVING, JUDGEMENT = range(7)
    NUMBER_COLUMNS = (BASELINE, CURRENT, SAVING)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._projection = True

    def headers(self):
        current = (
            QCoreApplication.translate("models", "Projected")
            if self._projection
            else QCoreApplication.translate("models", "Current")
        )
        return [
            QCoreApplication.translate("models", "Product"),
            QCoreApplication.translate("models", "Resource"),
            QCoreApplication.translate("models", "Unit"),
            QCoreApplication.translate("models", "Baseline"),
            current,
            QCoreApplication.translate("models", "Saving"),
            QCoreApplication.translate("models", "Against target"),
        ]

    def header_tooltips(self):
        tips = {
            self.BASELINE: QCoreApplication.translate(
                "models", "Specific consumption in the baseline period, per unit of product."
            ),
            self.CURRENT: QCoreApplication.translate(
                "models", "Specific consumption in the period compared, per unit of product."
            ),
            self.SAVING: QCoreApplication.translate(
                "models",
                "Saving = (baseline - current) / baseline specific consumption. "
                "A negative saving is an increase.",
            ),
        }
        if self._projection:
            tips[self.CURRENT] = QCoreApplication.translate(
                "models",
                "Specific consumption projected from the implemented options: the baseline "
                "less their estimated savings, at unchanged output.",
            )
        return tips

    def set_assessment(self, assessment, project, lang):
        """Show ``assessment`` (None clears the table), with names from ``project``."""
        if assessment is None:
            self._projection = True
            self._replace([], lang)
            return
        self._projection = assessment.current_is_projection
        products = {p.code: p.name for p in project.products}
        names = {r.code: r.name for r in project.resources}
        scheme_label = assessment.scheme.label(lang)
        cells = [
            self._row_cells(row, products, names, scheme_label, lang) for row in assessment.rows
        ]
        self._replace(cells, lang)
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _row_cells(self, row, products, names, scheme_label, lang):
        decimals = intensity_decimals(row.baseline_intensity, row.current_intensity)
        resource_tip = labels.resource_class_label(row.resource_class)

        def intensity(value):
            text = "" if isinstance(value, NotDefined) else format_number(value, decimals, lang)
            return _number_cell(value, text, names)

        saving = _number_cell(row.saving, saving_text(row.saving, lang), names)
        judgement_tip = labels.judgement_explanation(row.judgement, scheme_label)
        if isinstance(row.saving, NotDefined):
            judgement_tip += "\n" + labels.reason_label(row.saving, names)
        return [
            (products.get(row.product, row.product), row.product, "", "text"),
            (names.get(row.resource, row.resource), row.resource, resource_tip, "text"),
            (labels.unit_label(row.intensity_unit), row.intensity_unit, "", "text"),
            intensity(row.baseline_intensity),
            intensity(row.current_intensity),
            saving,
            (labels.judgement_label(row.judgement), row.judgement, judgement_tip, "judgement"),
        ]


class OptionsModel(_TableModel):
    """The CP options with their economics (Project.options with Assessment.options)."""

    CODE, TITLE, STATUS, INVESTMENT, NET_SAVING, PAYBACK, NPV, IRR = range(8)
    NUMBER_COLUMNS = (INVESTMENT, NET_SAVING, PAYBACK, NPV, IRR)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._currency = ""

    def headers(self):
        currency = self._currency
        with_currency = QCoreApplication.translate("models", "{what}\n({currency})")

        def money(what):
            return with_currency.format(what=what, currency=currency) if currency else what

        return [
            QCoreApplication.translate("models", "Code"),
            QCoreApplication.translate("models", "CP option"),
            QCoreApplication.translate("models", "Status"),
            money(QCoreApplication.translate("models", "Investment")),
            money(QCoreApplication.translate("models", "Net annual saving")),
            QCoreApplication.translate("models", "Payback\n(years)"),
            money(QCoreApplication.translate("models", "NPV")),
            QCoreApplication.translate("models", "IRR"),
        ]

    def header_tooltips(self):
        return {
            self.NPV: QCoreApplication.translate(
                "models",
                "Net present value: -investment + the discounted net savings of years 1 to n; "
                "the investment is not discounted.",
            ),
            self.IRR: QCoreApplication.translate(
                "models", "Internal rate of return, per year: the rate at which the NPV is zero."
            ),
            self.PAYBACK: QCoreApplication.translate(
                "models", "Simple payback = investment / net annual saving."
            ),
        }

    def set_options(self, assessment, project, lang):
        if assessment is None or project is None:
            self._currency = ""
            self._replace([], lang)
            return
        self._currency = project.establishment.currency
        names = {r.code: r.name for r in project.resources}
        economics = {e.code: e for e in assessment.options}
        cells = [
            self._option_cells(option, economics[option.code], names, lang)
            for option in project.options
            if option.code in economics
        ]
        self._replace(cells, lang)
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _option_cells(self, option, economics, names, lang):
        def money(value):
            text = "" if isinstance(value, NotDefined) else format_number(value, 0, lang)
            return _number_cell(value, text, names)

        payback = economics.payback_years
        payback_text = "" if isinstance(payback, NotDefined) else format_number(payback, 2, lang)
        irr = economics.irr
        irr_text = "" if isinstance(irr, NotDefined) else format_percent(irr, 1, lang)
        title_tip = QCoreApplication.translate("models", "CP technique: {technique}").format(
            technique=labels.technique_label(option.technique)
        )
        if option.description:
            title_tip += "\n" + option.description
        screening_tip = QCoreApplication.translate("models", "Screening: {screening}").format(
            screening=labels.screening_label(option.screening)
        )
        return [
            (option.code, option.code, option.reference, "text"),
            (option.title, option.title, title_tip, "text"),
            (labels.status_label(option.status), option.status, screening_tip, "text"),
            money(economics.investment),
            money(economics.net_annual_saving),
            _number_cell(payback, payback_text, names),
            money(economics.npv),
            _number_cell(irr, irr_text, names),
        ]
