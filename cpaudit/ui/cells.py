"""What a table column or form field holds, how it shows its value and how it reads typed text.

A :class:`Column` is declared once per field (header with its unit, kind, choices, limits); the
table model and the form fields both use :func:`display_text` and :func:`read_value`. Numbers are
read with :func:`cpaudit.audit.parsing.parse_number` in the interface language's style (``1,5``
and ``1.234,56`` in Vietnamese, ``1.5`` and ``1,234.56`` in English); text that cannot be read
raises :class:`CellError` with a translated reason, and nothing is stored.
"""

import dataclasses
import datetime as dt
import math
import re

from PySide6.QtCore import QCoreApplication

from cpaudit.audit.formatting import format_number
from cpaudit.audit.parsing import ParseError, nfc, normalise_unit, parse_date, parse_number
from cpaudit.ui import labels

TEXT, NUMBER, INTEGER, DATE, CHOICE, CODES, UNIT = (
    "text",
    "number",
    "integer",
    "date",
    "choice",
    "codes",
    "unit",
)

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NAMED_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})")


class CellError(ValueError):
    """Typed text that cannot be stored; ``str()`` is the reason, in the interface language."""


@dataclasses.dataclass
class Column:
    """One field of a row type, as a table column (or a form field).

    ``header`` and ``unit`` are callables so they are translated each time they are shown.
    ``get(item, project)`` and ``put(project, row, item, value)`` replace the plain field access
    for columns that show or change something outside the row (an option's status beside its
    plan). ``choices(project)`` gives ``[(value, label)]`` for a choice or codes column.
    """

    field: str
    header: object
    kind: str = TEXT
    unit: object = None
    decimals: int | None = None  # None: as many as the value needs
    scale: float = 1.0  # shown = stored x scale (a fraction shown in %)
    optional: bool = False  # a blank cell stores None (numbers, dates) or "" (choices)
    editable: bool = True
    minimum: float | None = None
    above_minimum: bool = False  # the value must be more than ``minimum``, not equal
    choices: object = None
    get: object = None
    put: object = None
    tooltip: object = None
    code: bool = False  # the row's code: unique, renamed everywhere it is referred to
    width: int | None = None
    compact: bool = False  # a reference shown by its code alone (the name in the tooltip)
    check: object = None  # check(value, item, project): why the value cannot be stored, or None

    def header_text(self):
        text = self.header()
        unit = self.unit() if self.unit is not None else ""
        return f"{text}\n({unit})" if unit else text

    def value(self, item, project):
        return self.get(item, project) if self.get is not None else getattr(item, self.field)


def enum_choices(enum, label):
    """``choices`` for an enum: every member with its translated label."""
    return lambda _project=None: [(member, label(member)) for member in enum]


def code_choices(section, optional=False, name_field="name", where=None):
    """``choices`` for a reference: the codes of ``section`` with their names."""

    def choices(project):
        found = [
            (item.code, _code_label(item.code, getattr(item, name_field, "") if name_field else ""))
            for item in getattr(project, section)
            if where is None or where(item)
        ]
        if optional:
            found.insert(0, ("", "—"))
        return found

    return choices


def _code_label(code, name):
    return f"{code} – {name}" if name else code


def number_style(lang):
    return "vi" if lang == "vi" else "en"


# ---- showing a value --------------------------------------------------------------------------


def display_text(column, value, project, lang):
    """The value as a cell shows it (and as it is copied and edited)."""
    if column.kind == CHOICE:
        if value == "" and column.optional:
            return ""
        if column.compact:
            return str(value)
        return choice_label(column, value, project)
    if value is None:
        return ""
    if column.kind in (NUMBER, INTEGER):
        if isinstance(value, float) and not math.isfinite(value):
            return ""
        return number_text(value * column.scale, lang, column.decimals)
    if column.kind == DATE:
        return date_text(value, lang)
    if column.kind == CODES:
        return ", ".join(value)
    if column.kind == UNIT:
        return labels.unit_label(value) if value else ""
    return str(value)


def choice_label(column, value, project):
    """The words for a choice's value (a reference's code and name)."""
    for choice, label in column.choices(project):
        if choice == value:
            return label
    return "" if value is None else str(value)


def edit_text(column, value, project, lang):
    """The text an editor starts with: a choice gives its code, a number all its digits,
    everything else as shown."""
    if column.kind == CHOICE:
        return value
    if column.kind == UNIT:
        return value or ""
    if column.kind == NUMBER and value is not None and column.decimals is None:
        return number_text(value * column.scale, lang, significant=15)
    return display_text(column, value, project, lang)


def number_text(value, lang, decimals=None, significant=6):
    """``value`` with the language's separators; ``decimals`` None: as many as ``significant``
    digits need (trailing zeros dropped), never fewer than the whole number."""
    if decimals is not None:
        return format_number(value, decimals, lang)
    places = 0
    if value:
        magnitude = math.floor(math.log10(abs(value))) + 1
        places = max(0, min(10 if significant <= 6 else 17, significant - magnitude))
    text = format_number(value, places, lang)
    decimal = "," if lang == "vi" else "."
    if decimal in text:
        text = text.rstrip("0").rstrip(decimal)
    return text


def date_text(date, lang):
    return labels.format_date(date, lang)


# ---- reading typed text -----------------------------------------------------------------------


def read_value(column, raw, project, lang):
    """What ``raw`` (typed or pasted text, or a choice's value) stores in ``column``.

    Raises :class:`CellError` with the reason when it cannot be stored.
    """
    if column.kind == CHOICE:
        return _read_choice(column, raw, project)
    text = nfc(raw if isinstance(raw, str) else str(raw if raw is not None else "")).strip()
    if column.kind == TEXT:
        return text
    if not text:
        if column.optional:
            return None if column.kind in (NUMBER, INTEGER, DATE) else _blank(column)
        raise CellError(QCoreApplication.translate("cells", "This cell needs a value."))
    if column.kind in (NUMBER, INTEGER):
        return _read_number(column, text, lang)
    if column.kind == DATE:
        return read_date(text, lang)
    if column.kind == CODES:
        return _read_codes(column, text, project)
    if column.kind == UNIT:
        return read_unit(text)
    raise AssertionError(column.kind)


def _blank(column):
    return () if column.kind == CODES else ""


def _read_number(column, text, lang):
    style = number_style(lang)
    try:
        number = parse_number(text, style)
    except ParseError as error:
        raise CellError(number_error(error, text, style)) from error
    if column.kind == INTEGER:
        if not float(number).is_integer():
            raise CellError(
                QCoreApplication.translate("cells", "“{text}” is not a whole number.").format(
                    text=text
                )
            )
        number = int(number)
    value = number / column.scale if column.scale != 1.0 else number
    _check_minimum(column, value, lang)
    return value


def _check_minimum(column, value, lang):
    if column.minimum is None:
        return
    shown = number_text(column.minimum * column.scale, lang)
    if column.above_minimum and value <= column.minimum:
        raise CellError(
            QCoreApplication.translate("cells", "The value must be more than {minimum}.").format(
                minimum=shown
            )
        )
    if value < column.minimum:
        raise CellError(
            QCoreApplication.translate("cells", "The value must be at least {minimum}.").format(
                minimum=shown
            )
        )


def number_error(error, text, style):
    """The reason a number cannot be read, in the interface language."""
    if error.code == "other_style":
        if style == "vi":
            return QCoreApplication.translate(
                "cells",
                "“{text}” is written in English style (1,234.56); with the Vietnamese interface, "
                "numbers are written 1.234,56.",
            ).format(text=text)
        return QCoreApplication.translate(
            "cells",
            "“{text}” is written in Vietnamese style (1.234,56); with the English interface, "
            "numbers are written 1,234.56.",
        ).format(text=text)
    if error.code == "formula_error":
        return QCoreApplication.translate(
            "cells", "“{text}” is a spreadsheet error, not a number."
        ).format(text=text)
    if error.code == "not_finite":
        return QCoreApplication.translate("cells", "“{text}” is not a finite number.").format(
            text=text
        )
    if re.fullmatch(r"[\d.,\s\u00a0]+", text):
        return QCoreApplication.translate(
            "cells",
            "“{text}” is not a number: a thousands separator is followed by groups of three "
            "digits, and a number has one decimal separator.",
        ).format(text=text)
    return QCoreApplication.translate("cells", "“{text}” is not a number.").format(text=text)


def read_date(text, lang):
    """A date typed as dd/mm/yyyy, yyyy-mm-dd or (in English) ``1 Oct 2024``."""
    named = _NAMED_DATE.fullmatch(text)
    if named and named.group(2).lower() in _MONTHS:
        try:
            return dt.date(
                int(named.group(3)), _MONTHS.index(named.group(2).lower()) + 1, int(named.group(1))
            )
        except ValueError:
            pass
    try:
        value = parse_date(text, "dmy")
    except ParseError as error:
        if error.code == "two_digit_year":
            raise CellError(
                QCoreApplication.translate(
                    "cells", "“{text}” has a two-digit year: write the year in full."
                ).format(text=text)
            ) from error
        raise CellError(date_error(text)) from error
    if isinstance(value, dt.datetime):
        value = value.date()
    return value


def date_error(text):
    return QCoreApplication.translate(
        "cells", "“{text}” is not a date: write it as dd/mm/yyyy, for example 31/12/2024."
    ).format(text=text)


def read_unit(text):
    try:
        return normalise_unit(text)
    except ParseError as error:
        if error.code == "money_unit":
            message = QCoreApplication.translate(
                "cells", "“{text}” is money, not a unit of quantity."
            )
        elif error.code == "ambiguous_unit":
            message = QCoreApplication.translate(
                "cells",
                "“{text}” can mean more than one unit: write t for tonnes or short_ton for "
                "US tons.",
            )
        else:
            message = QCoreApplication.translate(
                "cells", "cpaudit does not know the unit “{text}” (for example kg, t, kWh, m3, GJ)."
            )
        raise CellError(message.format(text=text)) from error


def _read_choice(column, raw, project):
    choices = column.choices(project)
    for value, _label in choices:
        if raw == value:
            return value
    text = nfc(str(raw if raw is not None else "")).strip()
    if not text and column.optional:
        return ""
    wanted = text.casefold()
    for value, label in choices:
        short = label.split(" – ")[0]
        if wanted in (str(value).casefold(), label.casefold(), short.casefold()):
            return value
    shown = ", ".join(label for value, label in choices if value != "")
    if not shown:
        message = QCoreApplication.translate(
            "cells", "“{text}” cannot be chosen: there is nothing to choose from yet."
        )
        raise CellError(message.format(text=text))
    raise CellError(
        QCoreApplication.translate("cells", "“{text}” is not one of: {choices}.").format(
            text=text, choices=shown
        )
    )


def _read_codes(column, text, project):
    known = {value for value, _label in column.choices(project)}
    found = [code for code in re.split(r"[,;\s]+", text) if code]
    unknown = [code for code in found if code not in known]
    if unknown:
        raise CellError(
            QCoreApplication.translate(
                "cells", "No such code: {codes}. The codes that can be named here: {known}."
            ).format(codes=", ".join(unknown), known=", ".join(sorted(known)) or "—")
        )
    return tuple(dict.fromkeys(found))
