"""Numbers, dates, periods and units as people write them in Vietnamese and English files.

Each reader takes one value, as a spreadsheet reader or a CSV file gives it, and returns what it
means or raises :class:`ParseError` with a plain reason and a short ``code`` that a view can
translate. Nothing is guessed: a value that could mean two things is reported, never chosen.

Problem codes
-------------
``blank``              the cell is empty
``not_a_number``       the text is no number in either style
``other_style``        a number only in the other number style (``1,5`` read in English style)
``not_finite``         NaN or infinity
``formula_error``      a spreadsheet error value such as ``#DIV/0!``
``ambiguous_number``   reads differently in the two styles and the column does not settle it
``not_a_date``         no date, or a date that does not exist (31/02/2024)
``contradicts_order``  fits the other date order only (``1/13/2018`` read day first)
``two_digit_year``     ``1/1/18``: the century is not written
``time_zone``          a UTC (``Z``) time, which is not the plant's local time
``not_a_period``       no year, quarter, month or date that starts or ends a month
``unknown_unit``       a unit cpaudit does not know
``ambiguous_unit``     a unit word with two meanings (``ton``)
``money_unit``         money (``triệu đồng``) where a quantity unit is needed

Text is NFC-normalised before it is read (``../shared/domain.md`` §5).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import numbers
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from cpaudit.audit import units

NumberStyle = Literal["vi", "en"]
DateOrder = Literal["dmy", "mdy", "ymd"]

NUMBER_STYLES: tuple[NumberStyle, ...] = ("vi", "en")
STYLE_NAMES = {"vi": "Vietnamese", "en": "English"}
STYLE_EXAMPLES = {"vi": "1.234,56", "en": "1,234.56"}
DATE_ORDER_PATTERNS = {"dmy": "dd/mm/yyyy", "mdy": "mm/dd/yyyy", "ymd": "yyyy-mm-dd"}

_SEPARATORS = {"vi": (".", ","), "en": (",", ".")}  # (thousands, decimal)
_SPACES = " \u00a0\u202f\u2009"  # space, no-break space, narrow no-break, thin: thousands marks
_STRIP = _SPACES + "\t\r\n"
_EXCEL_ERRORS = frozenset(
    ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!",
     "#GETTING_DATA")
)  # fmt: skip
_CALC_ERROR = re.compile(r"ERR:\d{3}")  # LibreOffice Calc's own errors (Err:502), upper-cased


class ParseError(ValueError):
    """A value that cannot be read: ``code`` names the kind, ``reason`` says it plainly."""

    def __init__(self, code: str, reason: str, value: object = None) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.value = value


def nfc(text: str) -> str:
    """``text`` in Unicode NFC (composed) form, as cpaudit stores all text."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text)


def cell_text(value: object) -> str:
    """A cell value as the user would see it in a message (``1234.5``, ``05/01/2024``, ``x``)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() else value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return nfc(str(value)).strip()


# --- numbers -----------------------------------------------------------------------------------


def _number_pattern(thousands: str, decimal: str) -> re.Pattern[str]:
    t, d = re.escape(thousands), re.escape(decimal)
    grouped = rf"[1-9]\d{{0,2}}(?P<sep>[{t}{_SPACES}])\d{{3}}(?:(?P=sep)\d{{3}})*"
    return re.compile(rf"(?P<int>{grouped}|\d+)?(?:{d}(?P<frac>\d+))?(?:[eE](?P<exp>[+-]?\d+))?")


_PATTERNS = {style: _number_pattern(*_SEPARATORS[style]) for style in NUMBER_STYLES}


def _read(body: str, style: NumberStyle) -> float | None:
    """``body`` (no sign) read in ``style``, or None where it is no number in that style."""
    match = _PATTERNS[style].fullmatch(body)
    if match is None or (match["int"] is None and match["frac"] is None):
        return None
    if match["exp"] is not None and match["sep"] is not None:
        return None  # 1.234E5: grouping and an exponent together is nobody's style
    digits = re.sub(r"\D", "", match["int"] or "0")
    return float(f"{digits}.{match['frac'] or '0'}e{match['exp'] or '0'}")


def _split_sign(text: str) -> tuple[bool, str]:
    if len(text) > 2 and text[0] == "(" and text[-1] == ")":
        return True, text[1:-1].strip(_STRIP)
    if text[:1] in ("-", "\u2212"):
        return True, text[1:].strip(_STRIP)
    if text[:1] == "+":
        return False, text[1:].strip(_STRIP)
    return False, text


def read_both(value: object) -> tuple[float | None, float | None]:
    """The value of a text cell read in Vietnamese and in English style (None: not a number).

    Numbers that are not text give the same value twice.
    """
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return float(value), float(value)
    if not isinstance(value, str):
        return None, None
    text = nfc(value).strip(_STRIP)
    if not text:
        return None, None
    negative, body = _split_sign(text)
    readings = []
    for style in NUMBER_STYLES:
        number = _read(body, style)
        readings.append(None if number is None else (-number if negative else number) + 0.0)
    return readings[0], readings[1]


def parse_number(value: object, style: NumberStyle = "vi") -> float:
    """Read one number written in Vietnamese (``1.234,56``) or English (``1,234.56``) style.

    Parameters
    ----------
    value : str, int or float
        A cell as the reader gives it. Numbers stored as numbers are taken as they are. Text may
        use spaces or no-break spaces as thousands separators (``1 234,5``), a leading minus
        (``-``, ``−``) or plus, parentheses for a negative value (``(1.234)``), and an exponent on
        an ungrouped number (``1,5E3`` in Vietnamese style).
    style : {"vi", "en"}
        ``vi``: dot for thousands, comma for decimals; ``en``: the other way round. A thousands
        separator must be followed by groups of exactly three digits.

    Returns
    -------
    float
        The value; never NaN or infinity.

    Raises
    ------
    ParseError
        With code ``blank``, ``not_a_number``, ``other_style``, ``not_finite`` or
        ``formula_error``, and a reason for the user.

    Notes
    -----
    A value that is a valid number in both styles (``1.234``) is read in ``style`` here; whether
    the column's other values settle that reading is :func:`check_number_column`'s question.
    """
    if isinstance(value, bool) or not isinstance(value, str | numbers.Real | None):
        raise ParseError("not_a_number", f"{cell_text(value)!r} is not a number", value)
    if isinstance(value, numbers.Real):
        number = float(value)
        if not math.isfinite(number):
            raise ParseError("not_finite", f"{value!r} is not a finite number", value)
        return number + 0.0

    text = nfc(value or "").strip(_STRIP)
    if not text:
        raise ParseError("blank", "the cell is empty", value)
    if text.upper() in _EXCEL_ERRORS or _CALC_ERROR.fullmatch(text.upper()):
        raise ParseError("formula_error", f"the cell shows the spreadsheet error {text}", value)
    negative, body = _split_sign(text)
    number = _read(body, style)
    if number is not None:
        return (-number if negative else number) + 0.0

    other: NumberStyle = "en" if style == "vi" else "vi"
    if _read(body, other) is not None:
        raise ParseError(
            "other_style",
            f"{text!r} is a number only in {STYLE_NAMES[other]} style "
            f"({STYLE_EXAMPLES[other]}), but the file is read in {STYLE_NAMES[style]} style "
            f"({STYLE_EXAMPLES[style]})",
            value,
        )
    if re.fullmatch(rf"[\d.,{_SPACES}]+", body):
        raise ParseError(
            "not_a_number",
            f"{text!r} is not a number: a thousands separator must be followed by groups of "
            "three digits, and a number has one decimal separator",
            value,
        )
    raise ParseError("not_a_number", f"{text!r} is not a number", value)


def number_evidence(value: object) -> Literal["vi", "en", "ambiguous", "none"]:
    """What one value says about the number style of its column.

    ``vi`` or ``en``: a number in that style only (``1.234,5``, ``0,5``, ``1.234.567`` are
    Vietnamese; ``1,234.5``, ``0.5``, ``1,234,567`` English). ``ambiguous``: a number in both
    styles with different values (``1.234``). ``none``: no evidence (a number stored as a number,
    ``1234``, ``1 234``, a blank, or text that is no number in either style).
    """
    if not isinstance(value, str):
        return "none"
    vi, en = read_both(value)
    if vi is not None and en is not None:
        return "ambiguous" if vi != en else "none"
    if vi is not None:
        return "vi"
    if en is not None:
        return "en"
    return "none"


@dataclass(frozen=True)
class NumberColumnCheck:
    """What a column's values say about its number style (see :func:`check_number_column`).

    Indexes are positions in the sequence that was checked.
    """

    style: NumberStyle
    evidence_vi: int  # values that are numbers in Vietnamese style only
    evidence_en: int  # values that are numbers in English style only
    ambiguous: tuple[int, ...]  # values that read differently in the two styles
    example_vi: int | None = None  # the first value of each kind of evidence
    example_en: int | None = None

    @property
    def settled(self) -> bool:
        """The column has evidence for ``style`` and none for the other style."""
        mine, theirs = (
            (self.evidence_vi, self.evidence_en)
            if self.style == "vi"
            else (self.evidence_en, self.evidence_vi)
        )
        return mine > 0 and theirs == 0

    @property
    def other_style_evidence(self) -> int:
        return self.evidence_en if self.style == "vi" else self.evidence_vi

    @property
    def flagged(self) -> tuple[int, ...]:
        """The ambiguous values the column does not settle: they must not be imported as read."""
        return () if self.settled else self.ambiguous


def check_number_column(values: Sequence[object], style: NumberStyle) -> NumberColumnCheck:
    """Flag values that read differently in the two number styles, unless the column settles it.

    The rule:

    1. A text value is *ambiguous* when it is a valid number in both styles and the two readings
       differ. That happens exactly when it has one separator (``.`` or ``,``) with one to three
       digits before it, not starting with 0, and exactly three digits after it: ``1.234``,
       ``1,234``, ``-120.500``. (``0.123``, ``1.5``, ``1234.567`` and ``1.234.567`` are not.)
    2. A value is *evidence* for a style when it is a valid number in that style only
       (:func:`number_evidence`). Numbers stored as numbers, integers without separators and
       blanks are evidence for neither.
    3. The column *settles* ``style`` when it holds evidence for ``style`` and none for the other.
    4. Where the column does not settle ``style``, every ambiguous value is flagged: it is read
       neither way until the user confirms the style for that column or fixes the file.

    Parameters
    ----------
    values : sequence
        The column's cells, as the reader gives them.
    style : {"vi", "en"}
        The style the file is read in.
    """
    evidence: dict[str, list[int]] = {"vi": [], "en": [], "ambiguous": [], "none": []}
    for index, value in enumerate(values):
        evidence[number_evidence(value)].append(index)
    return _column_check(style, evidence["vi"], evidence["en"], evidence["ambiguous"])


def _column_check(
    style: NumberStyle, vi: Sequence[int], en: Sequence[int], ambiguous: Sequence[int]
) -> NumberColumnCheck:
    return NumberColumnCheck(
        style,
        len(vi),
        len(en),
        tuple(sorted(int(i) for i in ambiguous)),
        int(min(vi)) if len(vi) else None,
        int(min(en)) if len(en) else None,
    )


def suggest_number_style(columns: Sequence[Sequence[object]]) -> NumberStyle:
    """The style a file's text numbers point to: English where more values are English only,
    else Vietnamese (the default for a Vietnamese plant, including when there is no evidence)."""
    counts = {"vi": 0, "en": 0}
    for column in columns:
        for value in column:
            kind = number_evidence(value)
            if kind in counts:
                counts[kind] += 1
    return "en" if counts["en"] > counts["vi"] else "vi"


def ambiguous_number_reason(text: str, style: NumberStyle, column_settles_other: bool) -> str:
    """The plain reason for a flagged ambiguous value."""
    vi, en = read_both(text)
    read = {"vi": vi, "en": en}
    other: NumberStyle = "en" if style == "vi" else "vi"
    why = (
        f"other values in the column are {STYLE_NAMES[other]} style"
        if column_settles_other
        else "no other value in the column settles the style"
    )
    return (
        f"{text!r} is {_plain(read[style])} in {STYLE_NAMES[style]} style but "
        f"{_plain(read[other])} in {STYLE_NAMES[other]} style, and {why}: confirm the style "
        "for this column or write the number unambiguously"
    )


def _plain(number: float | None) -> str:
    return "not a number" if number is None else repr(number).removesuffix(".0")


# --- numbers, many at once ---------------------------------------------------------------------

#: Status of each entry of a vectorised parse.
OK, BLANK, BAD = 0, 1, 2


@dataclass
class ParsedColumn:
    """A column read at once: ``values`` (NaN or NaT where not OK), ``status`` per entry
    (:data:`OK`, :data:`BLANK`, :data:`BAD`), the error of each BAD entry, and its checks."""

    values: np.ndarray
    status: np.ndarray
    errors: dict[int, ParseError] = field(default_factory=dict)
    number_check: NumberColumnCheck | None = None
    date_check: DateOrderCheck | None = None


def parse_number_chars(
    chars: np.ndarray,
    lengths: np.ndarray,
    style: NumberStyle,
    text_of: Callable[[int], str],
) -> ParsedColumn:
    """Read a column of numbers given as an ``(n, width)`` matrix of ASCII/UTF-8 bytes.

    The common form (an optional leading minus, digits, at most one decimal separator of
    ``style``) is read with numpy, digit by digit, exactly as :func:`float` would; every other
    entry is decoded with ``text_of(i)`` and read by :func:`parse_number`, so both paths give the
    same values, errors and :class:`NumberColumnCheck`.

    Parameters
    ----------
    chars : ndarray of uint8, shape (n, width)
        Each entry's bytes, left-aligned; bytes past ``lengths[i]`` are ignored. An entry
        longer than ``width`` is read through ``text_of``.
    lengths : ndarray of int, shape (n,)
    style : {"vi", "en"}
    text_of : callable
        The text of entry ``i``, for the entries the fast path does not take.
    """
    n, width = chars.shape
    decimal = ord(_SEPARATORS[style][1])
    minus_first = chars[:, 0] == ord("-") if width else np.zeros(n, bool)
    mantissa = np.zeros(n, np.int64)
    n_digits = np.zeros(n, np.int64)
    n_decimal = np.zeros(n, np.int64)
    fraction_digits = np.zeros(n, np.int64)
    first_digit = np.full(n, -1, np.int64)
    other = np.zeros(n, bool)
    for j in range(width):
        byte = chars[:, j]
        inside = lengths > j
        digit = inside & (byte >= 48) & (byte <= 57)
        point = inside & (byte == decimal)
        value = byte.astype(np.int64) - 48
        mantissa = np.where(digit, mantissa * 10 + value, mantissa)
        first_digit = np.where(digit & (first_digit < 0), value, first_digit)
        fraction_digits += digit & (n_decimal > 0)
        n_digits += digit
        n_decimal += point
        other |= inside & ~digit & ~point & ~((j == 0) & minus_first)
    fast = ~other & (n_decimal <= 1) & (n_digits >= 1) & (n_digits <= 15) & (lengths <= width)
    fast &= (n_decimal == 0) | (fraction_digits > 0)  # "5." is read by parse_number
    values = mantissa.astype(np.float64) / np.power(10.0, fraction_digits)
    values = np.where(minus_first, -values, values) + 0.0

    status = np.full(n, OK, np.int8)
    status[lengths == 0] = BLANK
    values[lengths == 0] = np.nan
    # ambiguity and evidence of the fast entries, by the rule of check_number_column
    before = n_digits - fraction_digits
    ambiguous = fast & (n_decimal == 1) & (fraction_digits == 3) & (before >= 1)
    ambiguous &= (before <= 3) & (first_digit != 0)
    evidence = {style: list(np.flatnonzero(fast & (n_decimal == 1) & ~ambiguous)[:1])}
    counts = {style: int(np.count_nonzero(fast & (n_decimal == 1) & ~ambiguous)), _other(style): 0}
    evidence[_other(style)] = []
    ambiguous_list = list(np.flatnonzero(ambiguous))

    errors: dict[int, ParseError] = {}
    for index in np.flatnonzero(~fast & (lengths > 0)):
        index = int(index)
        text = text_of(index)
        kind = number_evidence(text)
        if kind in ("vi", "en"):
            evidence[kind].append(index)
            counts[kind] += 1
        elif kind == "ambiguous":
            ambiguous_list.append(index)
        try:
            values[index] = parse_number(text, style)
        except ParseError as error:
            if error.code == "blank":
                status[index] = BLANK
            else:
                status[index] = BAD
                errors[index] = error
            values[index] = np.nan
    check = _column_check(style, evidence["vi"], evidence["en"], ambiguous_list)
    check = dataclasses.replace(check, evidence_vi=counts["vi"], evidence_en=counts["en"])
    return ParsedColumn(values, status, errors, number_check=check)


def parse_number_values(values: Sequence[object], style: NumberStyle) -> ParsedColumn:
    """:func:`parse_number` over a column of cell values, with its :class:`NumberColumnCheck`."""
    if set(map(type, values)) <= {float, int, type(None)}:
        return _stored_numbers(values, style)
    out = np.full(len(values), np.nan)
    status = np.full(len(values), OK, np.int8)
    errors: dict[int, ParseError] = {}
    for index, value in enumerate(values):
        if value is None or value == "":
            status[index] = BLANK
            continue
        try:
            out[index] = parse_number(value, style)
        except ParseError as error:
            status[index] = BLANK if error.code == "blank" else BAD
            if error.code != "blank":
                errors[index] = error
    return ParsedColumn(out, status, errors, number_check=check_number_column(values, style))


def _stored_numbers(values: Sequence[object], style: NumberStyle) -> ParsedColumn:
    """A column of numbers stored as numbers (and blanks), as a spreadsheet reader gives it:
    converted at once, with what :func:`parse_number` says of each (no text: no style evidence).
    """
    blank = np.fromiter((v is None for v in values), bool, len(values))
    out = np.array([np.nan if v is None else v for v in values], np.float64) + 0.0
    status = np.where(blank, BLANK, OK).astype(np.int8)
    errors: dict[int, ParseError] = {}
    for index in np.flatnonzero(~blank & ~np.isfinite(out)):
        value = values[index]
        errors[int(index)] = ParseError("not_finite", f"{value!r} is not a finite number", value)
        status[index] = BAD
        out[index] = np.nan
    return ParsedColumn(out, status, errors, number_check=_column_check(style, [], [], []))


def _other(style: NumberStyle) -> NumberStyle:
    return "en" if style == "vi" else "vi"


# --- dates -------------------------------------------------------------------------------------

_DAY_MONTH = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?:(?:\s+|T)(?P<time>.+))?")
_ISO = re.compile(r"(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?:(?:\s+|T)(?P<time>.+))?")
_TIME = re.compile(
    r"(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?\s*"
    r"(?P<half>AM|PM|SA|CH)?\s*(?P<zone>Z|[+\-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_EXCEL_EPOCH_1904 = dt.datetime(1904, 1, 1)
_EXCEL_MAX_SERIAL = 2958465  # 31/12/9999


def excel_serial(serial: float, date1904: bool = False) -> dt.datetime:
    """A spreadsheet serial day number as a date and time (1900 date system by default).

    Serial 1 is 1 January 1900; 60 is Excel's 29 February 1900, which never existed, and is
    refused; fractions are the time of day [day].
    """
    if not math.isfinite(serial) or serial < (0 if date1904 else 1) or serial > _EXCEL_MAX_SERIAL:
        raise ParseError("not_a_date", f"{cell_text(serial)} is not a spreadsheet date", serial)
    if date1904:
        base = _EXCEL_EPOCH_1904
    elif serial < 60:
        base = _EXCEL_EPOCH + dt.timedelta(days=1)  # before Excel's false leap day
    elif serial < 61:
        raise ParseError("not_a_date", "serial 60 is 29/02/1900, a day that did not exist", serial)
    else:
        base = _EXCEL_EPOCH
    seconds = round(serial * 86400)
    return base + dt.timedelta(seconds=seconds)


def parse_date(value: object, order: DateOrder = "dmy", date1904: bool = False) -> dt.date:
    """Read one date, with its time of day where it has one.

    Parameters
    ----------
    value : str, datetime, date, int or float
        Text such as ``05/01/2024``, ``5/1/2024 0:15``, ``05-01-2024``, ``2024-01-05``,
        ``2024-01-05T00:15:00+07:00``, ``5/1/2024 2:15 PM``; a date or datetime from the reader;
        or a spreadsheet serial number (``45296``, ``45296.25``).
    order : {"dmy", "mdy", "ymd"}
        The order of day, month and year in text that does not start with a four-digit year.
        Text starting with a four-digit year is read year-month-day whatever the order.
        Padding may vary from value to value (``1/1/2018`` and ``13/01/2018``).
    date1904 : bool
        Serial numbers count from 1904 (old Mac workbooks).

    Returns
    -------
    datetime.date or datetime.datetime
        A ``datetime`` where the value has a time of day, else a ``date``.

    Raises
    ------
    ParseError
        ``blank``, ``not_a_date``, ``contradicts_order`` (``13/25/2018`` read day first, or
        ``1/13/2018``: the value fits the other order only; it is never swapped),
        ``two_digit_year`` or ``time_zone``.
    """
    if isinstance(value, dt.datetime | dt.date):
        return value
    if isinstance(value, dt.time):
        raise ParseError("not_a_date", f"{value} is a time of day without a date", value)
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        stamp = excel_serial(float(value), date1904)
        return stamp if stamp.time() != dt.time(0) else stamp.date()
    if not isinstance(value, str):
        raise ParseError("not_a_date", f"{cell_text(value)!r} is not a date", value)

    text = nfc(value).strip(_STRIP)
    if not text:
        raise ParseError("blank", "the cell is empty", value)
    iso = _ISO.fullmatch(text)
    if iso:
        year, month, day = int(iso[1]), int(iso[3]), int(iso[4])
        rest = iso["time"]
    else:
        match = _DAY_MONTH.fullmatch(text)
        if not match or order == "ymd":
            raise ParseError(
                "not_a_date",
                f"{text!r} is not a date in the form {DATE_ORDER_PATTERNS[order]}",
                value,
            )
        if len(match[4]) == 2:
            raise ParseError(
                "two_digit_year", f"{text!r} has a two-digit year: write the year in full", value
            )
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        day, month = (first, second) if order == "dmy" else (second, first)
        rest = match["time"]
        if not _exists(year, month, day) and _exists(year, day, month):
            other = "mdy" if order == "dmy" else "dmy"
            raise ParseError(
                "contradicts_order",
                f"{text!r} is not a date in the order {DATE_ORDER_PATTERNS[order]} "
                f"({_why_not(year, month, day)}); it fits only {DATE_ORDER_PATTERNS[other]}: "
                "if the whole column is written that way, change the date order",
                value,
            )
    if not _exists(year, month, day):
        raise ParseError("not_a_date", f"{text!r} is not a date: {_why_not(year, month, day)}")
    date = dt.date(year, month, day)
    if rest is None:
        return date
    return _with_time(date, rest, text, value)


def _exists(year: int, month: int, day: int) -> bool:
    if not (1 <= month <= 12 and 1 <= year <= 9999 and day >= 1):
        return False
    return day <= _days_in_month(year, month)


def _days_in_month(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def _why_not(year: int, month: int, day: int) -> str:
    if not 1 <= month <= 12:
        return f"{month} is not a month"
    if day < 1 or day > 31:
        return f"{day} is not a day of a month"
    return f"{dt.date(year, month, 1):%m/%Y} has {_days_in_month(year, month)} days"


def _with_time(date: dt.date, rest: str, text: str, value: object) -> dt.datetime:
    match = _TIME.fullmatch(rest.strip())
    if not match:
        raise ParseError("not_a_date", f"{text!r}: {rest!r} is not a time of day", value)
    hour, minute = int(match[1]), int(match[2])
    second = int(match[3] or 0)
    micro = int((match[4] or "0").ljust(6, "0"))
    half = (match["half"] or "").upper()
    if match["zone"] and match["zone"].upper() == "Z":
        raise ParseError(
            "time_zone",
            f"{text!r} is in UTC (Z), not the plant's local time: export local times",
            value,
        )
    if half:
        if not 1 <= hour <= 12:
            raise ParseError("not_a_date", f"{text!r}: {hour} is not an hour on a 12-hour clock")
        hour = hour % 12 + (12 if half in ("PM", "CH") else 0)
    if hour == 24 and minute == second == micro == 0:
        return dt.datetime.combine(date, dt.time(0)) + dt.timedelta(days=1)
    if hour > 23 or minute > 59 or second > 59:
        raise ParseError("not_a_date", f"{text!r}: {rest!r} is not a time of day", value)
    return dt.datetime.combine(date, dt.time(hour, minute, second, micro))


@dataclass(frozen=True)
class DateOrderCheck:
    """How many text dates of a column fit only the chosen order, both orders, or only the other.

    Shown in the preview so the user sees which order the file is read in, and why.
    """

    order: DateOrder
    fits_only_order: int  # e.g. 13/01/2018 read day first
    fits_both: int  # e.g. 05/01/2018: day and month both <= 12 and different
    fits_only_other: int  # e.g. 01/13/2018: reported as contradicts_order
    same_either_way: int = 0  # e.g. 01/01/2018: the same date in both orders, no evidence


def parse_datetime_values(
    values: Sequence[object], order: DateOrder = "dmy", date1904: bool = False
) -> ParsedColumn:
    """:func:`parse_date` over a column; values as ``datetime64[s]`` (NaT where not OK).

    Columns whose cells are all datetimes, or all numbers, from a spreadsheet reader are converted
    at once; others cell by cell.
    """
    n = len(values)
    stamps = np.full(n, np.datetime64("NaT"), "datetime64[s]")
    status = np.full(n, OK, np.int8)
    errors: dict[int, ParseError] = {}
    kinds = set(map(type, values))
    if n and kinds <= {dt.datetime, dt.date}:  # from a spreadsheet: midnight comes as a date
        check = None if kinds == {dt.datetime} else DateOrderCheck(order, 0, 0, 0)
        return ParsedColumn(_datetimes(values), status, errors, date_check=check)
    counts = [0, 0, 0, 0, 0]
    for index, value in enumerate(values):
        if value is None or value == "":
            status[index] = BLANK
            continue
        try:
            stamps[index] = np.datetime64(parse_date(value, order, date1904), "s")
        except ParseError as error:
            status[index] = BLANK if error.code == "blank" else BAD
            if error.code != "blank":
                errors[index] = error
        if isinstance(value, str):
            counts[_order_fit(value, order)] += 1
    return ParsedColumn(stamps, status, errors, date_check=_date_check(order, counts))


_UNIX_EPOCH = dt.datetime(1970, 1, 1)
_MICROSECOND = dt.timedelta(microseconds=1)


def _datetimes(values: Sequence[dt.date]) -> np.ndarray:
    """Dates and datetimes as ``datetime64[s]``, as ``np.array(values, "datetime64[s]")`` gives
    them, several times faster: through whole microseconds since 1970."""
    moments = (v if type(v) is dt.datetime else dt.datetime(v.year, v.month, v.day) for v in values)
    try:
        micro = np.fromiter(((v - _UNIX_EPOCH) // _MICROSECOND for v in moments), np.int64)
    except TypeError:  # datetimes with a time zone
        return np.array(values, "datetime64[s]")
    return micro.astype("datetime64[us]").astype("datetime64[s]")


def _date_check(order: DateOrder, counts: Sequence[int]) -> DateOrderCheck:
    """The check from the counts of :func:`_order_fit`'s answers."""
    return DateOrderCheck(order, counts[0], counts[1], counts[2], same_either_way=counts[4])


def _order_fit(text: str, order: DateOrder) -> int:
    """0: fits only ``order``, 1: fits both, 2: fits only the other, 3: not day/month text,
    4: the same date in both orders (01/01/2018)."""
    match = _DAY_MONTH.fullmatch(nfc(text).strip(_STRIP))
    if not match or order == "ymd" or len(match[4]) != 4:
        return 3
    first, second, year = int(match[1]), int(match[3]), int(match[4])
    fits_dmy, fits_mdy = _exists(year, second, first), _exists(year, first, second)
    fits_mine, fits_other = (fits_dmy, fits_mdy) if order == "dmy" else (fits_mdy, fits_dmy)
    if fits_mine and fits_other:
        return 1 if first != second else 4
    return 2 if fits_other and not fits_mine else 0


def parse_datetime_chars(
    chars: np.ndarray,
    lengths: np.ndarray,
    order: DateOrder,
    text_of: Callable[[int], str],
) -> ParsedColumn:
    """Read a column of date-times given as an ``(n, width)`` byte matrix, with numpy.

    Takes ``d/m/yyyy``, ``dd/mm/yyyy`` (or ``m/d`` for ``mdy``) with ``/``, ``-`` or ``.``,
    ``yyyy-mm-dd``, each optionally followed by a space or ``T`` and ``h:mm`` or ``hh:mm:ss``
    (``24:00`` is midnight at the end of the day), in any mix of padding. Anything else, and
    every value that fails a check, is read by :func:`parse_date` through ``text_of(i)``, so both
    paths give the same values and errors.

    Rows are grouped by *shape* (where their separators are and how long they are); a column
    has a handful of shapes, and each is cut into fields with plain slices.
    """
    n = len(lengths)
    fields = np.zeros((6, n), np.int64)  # year, month, day, hour, minute, second
    fast = np.zeros(n, bool)
    iso_rows = np.zeros(n, bool)
    for rows, shape, length in _shapes(chars, lengths):
        _read_shape(chars[rows], shape, length, rows, order, fields, fast, iso_rows)
    year, month, day, hour, minute, second = fields
    fast &= (month >= 1) & (month <= 12) & (day >= 1) & (year >= 1)
    fast &= (hour <= 23) | (hour == 24) & (minute == 0) & (second == 0)
    fast &= (minute <= 59) & (second <= 59)
    month_start = np.where(fast, (year - 1970) * 12 + month - 1, 0).astype("datetime64[M]")
    days_in_month = ((month_start + 1).astype("datetime64[D]") - month_start).astype(np.int64)
    fast &= day <= days_in_month
    offset = (day - 1) * 86400 + hour * 3600 + minute * 60 + second
    stamps = month_start.astype("datetime64[s]") + offset.astype("timedelta64[s]")
    stamps[~fast] = np.datetime64("NaT")
    status = np.full(n, OK, np.int8)
    status[lengths == 0] = BLANK

    counts = [0, 0, 0, 0, 0]
    if order != "ymd":
        text_day_month = fast & ~iso_rows
        first, second_field = (day, month) if order == "dmy" else (month, day)
        both = text_day_month & (first <= 12) & (second_field <= 12) & (first != second_field)
        counts[1] = int(np.count_nonzero(both))
        counts[4] = int(np.count_nonzero(text_day_month & (first == second_field)))
        counts[0] = int(np.count_nonzero(text_day_month)) - counts[1] - counts[4]
    errors: dict[int, ParseError] = {}
    for index in np.flatnonzero(~fast & (lengths > 0)):
        index = int(index)
        text = text_of(index)
        if order != "ymd":
            counts[_order_fit(text, order)] += 1
        try:
            stamps[index] = np.datetime64(parse_date(text, order), "s")
        except ParseError as error:
            status[index] = BLANK if error.code == "blank" else BAD
            if error.code != "blank":
                errors[index] = error
    return ParsedColumn(stamps, status, errors, date_check=_date_check(order, counts))


_MOST_SHAPES = 64  # shapes beyond these, in a column of odd values, go cell by cell


def _shapes(chars: np.ndarray, lengths: np.ndarray) -> Iterator[tuple[np.ndarray, np.ndarray, int]]:
    """Groups of rows with separators at the same places and the same length.

    Yields (row indexes, separator positions, length) for the largest groups.
    """
    n, width = chars.shape
    usable = (lengths > 0) & (lengths <= min(width, 56))
    if not usable.any():
        return
    inside = np.arange(width)[None, :] < lengths[:, None]
    separator = inside & ((chars < 48) | (chars > 57))
    packed = np.packbits(separator[:, :56], axis=1)
    signature = lengths.astype(np.uint64) << np.uint64(56)
    for byte in range(packed.shape[1]):
        signature |= packed[:, byte].astype(np.uint64) << np.uint64(8 * (6 - byte))
    signature[~usable] = np.uint64(0)
    kinds, inverse, sizes = np.unique(signature, return_inverse=True, return_counts=True)
    order = np.argsort(inverse, kind="stable")
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    biggest = np.argsort(-sizes, kind="stable")[:_MOST_SHAPES]
    for kind in biggest:
        if kinds[kind] == 0:
            continue
        rows = order[bounds[kind] : bounds[kind + 1]]
        first = rows[0]
        yield rows, np.flatnonzero(separator[first, : lengths[first]]), int(lengths[first])


def _read_shape(
    block: np.ndarray,
    separators: np.ndarray,
    length: int,
    rows: np.ndarray,
    order: DateOrder,
    fields: np.ndarray,
    fast: np.ndarray,
    iso_rows: np.ndarray,
) -> None:
    """Fill ``fields`` and ``fast`` for one shape's rows, if the shape is a date form."""
    count = len(separators)
    if count not in (2, 4, 5):
        return
    starts = np.concatenate([[0], separators + 1])
    ends = np.concatenate([separators, [length]])
    widths = ends - starts
    if (widths <= 0).any():
        return
    iso = widths[0] == 4
    if order == "ymd" and not iso:
        return
    if iso and not (widths[1] <= 2 and widths[2] <= 2):
        return
    if not iso and not (widths[0] <= 2 and widths[1] <= 2 and widths[2] == 4):
        return
    if count >= 4 and not (widths[3] <= 2 and widths[4] == 2):
        return
    if count == 5 and widths[5] != 2:
        return

    first_sep = block[:, separators[0]]
    ok = (first_sep == block[:, separators[1]]) & np.isin(first_sep, _DATE_SEPARATORS)
    if count >= 4:
        ok &= np.isin(block[:, separators[2]], _DATE_TIME_SEPARATORS)
        ok &= block[:, separators[3]] == ord(":")
    if count == 5:
        ok &= block[:, separators[4]] == ord(":")
    values = []
    for start, stop in zip(starts, ends, strict=True):
        number = np.zeros(len(rows), np.int64)
        for j in range(start, stop):
            number = number * 10 + (block[:, j].astype(np.int64) - 48)
        values.append(number)
    if iso:
        year, month, day = values[0], values[1], values[2]
    elif order == "mdy":
        month, day, year = values[0], values[1], values[2]
    else:
        day, month, year = values[0], values[1], values[2]
    chosen = rows[ok]
    for slot, value in enumerate((year, month, day, *values[3:])):
        fields[slot, chosen] = value[ok]
    fast[chosen] = True
    iso_rows[chosen] = iso


_DATE_SEPARATORS = np.frombuffer(b"/-.", np.uint8)
_DATE_TIME_SEPARATORS = np.frombuffer(b" T", np.uint8)


# --- periods -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodSpan:
    """A year, quarter or month read from a cell; ``end`` is the last day, inclusive."""

    code: str  # "2024", "2024-Q1", "2024-01"
    label: str  # "2024", "Q1/2024", "01/2024"
    start: dt.date
    end: dt.date


def year_span(year: int) -> PeriodSpan:
    return PeriodSpan(f"{year:04d}", f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31))


def month_span(year: int, month: int) -> PeriodSpan:
    """The calendar month as a period: code ``2024-01``, label ``01/2024``."""
    last = _days_in_month(year, month)
    return PeriodSpan(
        f"{year:04d}-{month:02d}",
        f"{month:02d}/{year:04d}",
        dt.date(year, month, 1),
        dt.date(year, month, last),
    )


def quarter_span(year: int, quarter: int) -> PeriodSpan:
    first = 3 * quarter - 2
    end = month_span(year, first + 2).end
    return PeriodSpan(
        f"{year:04d}-Q{quarter}", f"Q{quarter}/{year:04d}", dt.date(year, first, 1), end
    )


_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = re.compile(r"(?:năm|year|fy)?\s*(\d{4})")
_MONTH_YEAR = re.compile(
    r"(?:tháng|th|t|month|m)?\s*\.?\s*(\d{1,2})\s*(?:[/.\-]|\s+năm\s+|/\s*năm\s*)\s*(\d{4})"
)
_YEAR_MONTH = re.compile(r"(\d{4})\s*[/.\-]\s*(\d{1,2})")
_NAMED_MONTH = re.compile(r"([a-z]+)\.?[\s\-/]*(\d{4})")
_QUARTER = re.compile(
    r"(?:quý|quy|q|quarter)\s*([1-4]|iv|iii|ii|i)\s*(?:[/.\-]|\s+năm\s+|\s+)\s*(\d{4})"
)
_YEAR_QUARTER = re.compile(r"(\d{4})\s*[\-/ ]?\s*q([1-4])")


def parse_period(value: object, order: DateOrder = "dmy", date1904: bool = False) -> PeriodSpan:
    """Read a year, quarter or month from a cell of a period column.

    Parameters
    ----------
    value : str, int, float, date or datetime
        ``2024``, ``Năm 2024``; ``Quý I/2024``, ``Q1/2024``, ``2024-Q1``; ``01/2024``,
        ``1/2024``, ``Tháng 1/2024``, ``T1/2024``, ``tháng 1 năm 2024``, ``2024-01``,
        ``Jan 2024``; or a date (text, a reader's date or a serial number) on the first or last
        day of a month, which stands for that month (spreadsheets often store a month as its
        first day, formatted ``mm/yyyy``).
    order : {"dmy", "mdy", "ymd"}
        For dates written as text.

    Raises
    ------
    ParseError
        ``blank`` or ``not_a_period`` (with a reason), or a date problem from :func:`parse_date`.
    """
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        number = float(value)
        if number.is_integer() and 1900 <= number <= 2200:
            return year_span(int(number))
    if isinstance(value, str):
        text = nfc(value).strip(_STRIP).casefold()
        if not text:
            raise ParseError("blank", "the cell is empty", value)
        span = _period_from_text(re.sub(r"\s+", " ", text))
        if span is not None:
            return span
    date = parse_date(value, order, date1904)
    if isinstance(date, dt.datetime):
        if date.time() != dt.time(0):
            raise ParseError(
                "not_a_period", f"{cell_text(value)!r} is a moment, not a period", value
            )
        date = date.date()
    span = month_span(date.year, date.month)
    if date not in (span.start, span.end):
        raise ParseError(
            "not_a_period",
            f"{cell_text(value)!r} is a day, not a month: a period column holds years, "
            "quarters or months (daily data are interval data, added up to months)",
            value,
        )
    return span


def _period_from_text(text: str) -> PeriodSpan | None:
    if match := _YEAR.fullmatch(text):
        return year_span(int(match[1]))
    for pattern, year_group, month_group in ((_MONTH_YEAR, 2, 1), (_YEAR_MONTH, 1, 2)):
        if match := pattern.fullmatch(text):
            month = int(match[month_group])
            if not 1 <= month <= 12:
                raise ParseError("not_a_period", f"{text!r}: {month} is not a month", text)
            return month_span(int(match[year_group]), month)
    if (match := _NAMED_MONTH.fullmatch(text)) and match[1] in _MONTH_NAMES:
        return month_span(int(match[2]), _MONTH_NAMES[match[1]])
    if match := _QUARTER.fullmatch(text):
        quarter = _ROMAN.get(match[1]) or int(match[1])
        return quarter_span(int(match[2]), quarter)
    if match := _YEAR_QUARTER.fullmatch(text):
        return quarter_span(int(match[1]), int(match[2]))
    return None


# --- units in headers --------------------------------------------------------------------------

_UNIT_WORDS = {
    "tấn": "t",
    "t": "t",
    "tonne": "t",
    "tonnes": "t",
    "kg": "kg",
    "kilogam": "kg",
    "kilôgam": "kg",
    "g": "g",
    "gam": "g",
    "lít": "L",
    "lit": "L",
    "l": "L",
    "litre": "L",
    "liter": "L",
    "m3": "m3",
    "m³": "m3",
    "khối": "m3",
    "m khối": "m3",
    "mét khối": "m3",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "gj": "GJ",
    "mj": "MJ",
    "kcal": "kcal",
    "gcal": "Gcal",
    "hl": "hL",
    "hectolit": "hL",
    "hectolít": "hL",
    "toe": "toe",
    "mmbtu": "MMBtu",
}
_AMBIGUOUS_UNITS = {
    "ton": "'ton' can be a tonne (1,000 kg) or a short ton (907 kg): write t or short_ton",
    "tons": "'tons' can be tonnes (1,000 kg) or short tons (907 kg): write t or short_ton",
    "unit": "'unit' names no unit",
    "units": "'units' names no unit",
    "đvt": "'ĐVT' means 'unit' and names none",
}
_SCALE_WORDS = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000}
_MONEY_WORDS = {
    "đồng": "VND",
    "đ": "VND",
    "vnđ": "VND",
    "vnd": "VND",
    "₫": "VND",
    "usd": "USD",
    "$": "USD",
    "us$": "USD",
}
_MONEY_SCALES = {**_SCALE_WORDS, "tr": 1_000_000, "tr.": 1_000_000}


def money_unit(text: str) -> tuple[str, float] | None:
    """``triệu đồng`` -> ``("VND", 1e6)``: a currency and the factor to whole units, else None."""
    words = nfc(text).strip(_STRIP).casefold().replace(".", ". ").split()
    if not words:
        return None
    scale = 1.0
    if len(words) == 2 and words[0] in _MONEY_SCALES:
        scale = float(_MONEY_SCALES[words[0]])
        words = words[1:]
    if len(words) == 1 and words[0] in _MONEY_WORDS:
        return _MONEY_WORDS[words[0]], scale
    if len(words) == 1 and words[0] in ("trđ", "tr.đ"):
        return "VND", 1_000_000.0
    return None


def normalise_unit(text: str) -> str:
    """A unit as written in a Vietnamese or English sheet, as a unit string cpaudit knows.

    ``tấn`` -> ``t``; ``lít`` -> ``L``; ``m³``, ``khối`` -> ``m3``; ``KWH`` -> ``kWh``;
    ``nghìn kWh`` -> ``1000 kWh``; other text is kept if :func:`cpaudit.audit.units.check_unit`
    knows it. An empty text gives ``""`` (no unit).

    Raises
    ------
    ParseError
        ``unknown_unit``, ``ambiguous_unit`` (``ton``) or ``money_unit`` (``triệu đồng``: money
        is not a quantity unit).
    """
    written = re.sub(r"\s+", " ", nfc(text).strip(_STRIP))
    if not written:
        return ""
    key = written.casefold()
    if money_unit(written) is not None:
        raise ParseError("money_unit", f"{written!r} is money, not a quantity unit", text)
    if key in _AMBIGUOUS_UNITS:
        raise ParseError("ambiguous_unit", _AMBIGUOUS_UNITS[key], text)
    scale = ""
    first, _, rest = key.partition(" ")
    if first in _SCALE_WORDS and rest:
        scale, key, written = f"{_SCALE_WORDS[first]} ", rest, written.split(" ", 1)[1]
    unit = _UNIT_WORDS.get(key, written)
    try:
        units.check_unit(scale + unit)
    except units.UnitError as error:
        raise ParseError(
            "unknown_unit", f"cpaudit does not know the unit {text!r}", text
        ) from error
    return scale + unit


_HEADER_UNIT = re.compile(r"(?P<label>.*?)\s*[(\[](?P<unit>[^()\[\]]*)[)\]]\s*")


def split_header(header: object) -> tuple[str, str]:
    """A header's label and unit text as written: ``"Than (tấn)"`` -> ``("Than", "tấn")``.

    The unit is the text in the last round or square brackets, or a known unit word after the
    last underscore (``Usage_kWh``, as meter exports write it).
    """
    text = re.sub(r"\s+", " ", cell_text(header))
    match = _HEADER_UNIT.fullmatch(text)
    if match and match["label"]:
        return match["label"].strip(), match["unit"].strip()
    label, _, suffix = text.rpartition("_")  # meter exports: Usage_kWh
    if label and suffix.casefold() in _UNIT_WORDS:
        return label, suffix
    return text, ""


def header_unit(header: object) -> tuple[str, str]:
    """Split a column header into its label and unit: ``"Điện (kWh)"`` -> ``("Điện", "kWh")``.

    The unit is found by :func:`split_header` and mapped by :func:`normalise_unit`; a header
    without one has no unit (``""``).

    Raises
    ------
    ParseError
        From :func:`normalise_unit`, when the bracketed text is not a unit cpaudit knows.
    """
    label, unit = split_header(header)
    return label, normalise_unit(unit) if unit else ""
