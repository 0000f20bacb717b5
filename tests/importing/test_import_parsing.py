"""Numbers, dates, periods and header units as Vietnamese and English files write them.

Expected values are worked by hand from the rules in ``../shared/domain.md`` §5 and the docstrings
of :mod:`cpaudit.audit.parsing`.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import numpy as np
import pytest

from cpaudit.audit.parsing import (
    BAD,
    BLANK,
    OK,
    ParseError,
    check_number_column,
    excel_serial,
    header_unit,
    money_unit,
    normalise_unit,
    number_evidence,
    parse_date,
    parse_datetime_chars,
    parse_datetime_values,
    parse_number,
    parse_number_chars,
    parse_number_values,
    parse_period,
    suggest_number_style,
)


def byte_matrix(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    encoded = [t.encode() for t in texts]
    width = max(1, *(len(b) for b in encoded))
    chars = np.zeros((len(encoded), width), np.uint8)
    for i, b in enumerate(encoded):
        chars[i, : len(b)] = np.frombuffer(b, np.uint8)
    return chars, np.array([len(b) for b in encoded])


# --- numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "style", "expected"),
    [
        ("1.234,56", "vi", 1234.56),
        ("1,234.56", "en", 1234.56),
        ("0,0001543", "vi", 0.0001543),  # MOIT's electricity factor, written the Vietnamese way
        ("1.234.567", "vi", 1234567.0),
        ("1 234,5", "vi", 1234.5),
        ("1\u00a0234,5", "vi", 1234.5),  # no-break space, as Excel writes thousands in vi-VN
        ("1\u202f234.5", "en", 1234.5),
        ("-1,5", "vi", -1.5),
        ("\u22121,5", "vi", -1.5),  # the minus sign character
        ("(1.234)", "vi", -1234.0),  # accountants' negative
        ("+12", "en", 12.0),
        ("1,5E3", "vi", 1500.0),
        ("  42  ", "en", 42.0),
        ("-0", "vi", 0.0),
        (",5", "vi", 0.5),
    ],
)
def test_number_text(text, style, expected):
    assert parse_number(text, style) == expected


def test_numbers_stored_as_numbers_are_taken_as_they_are():
    assert parse_number(1234.5, "vi") == 1234.5
    assert parse_number(7, "en") == 7.0
    assert isinstance(parse_number(7, "en"), float)


@pytest.mark.parametrize(
    ("value", "style", "code"),
    [
        ("1.5", "vi", "other_style"),  # a dot then two digits is English
        ("1,5", "en", "other_style"),
        ("1.23.4", "vi", "not_a_number"),
        ("12,5%", "vi", "not_a_number"),
        ("1.000đ", "vi", "not_a_number"),
        ("abc", "en", "not_a_number"),
        ("", "vi", "blank"),
        ("   ", "vi", "blank"),
        (None, "vi", "blank"),
        ("#DIV/0!", "vi", "formula_error"),
        (float("nan"), "vi", "not_finite"),
        (float("inf"), "en", "not_finite"),
        (True, "vi", "not_a_number"),
        (dt.date(2024, 1, 1), "vi", "not_a_number"),
    ],
)
def test_number_problems(value, style, code):
    with pytest.raises(ParseError) as caught:
        parse_number(value, style)
    assert caught.value.code == code
    assert caught.value.reason


def test_other_style_problem_says_which_style_fits():
    with pytest.raises(ParseError) as caught:
        parse_number("1.5", "vi")
    assert "English" in caught.value.reason and "Vietnamese" in caught.value.reason


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("1.234", "ambiguous"),
        ("1,234", "ambiguous"),
        ("-120.500", "ambiguous"),
        ("123,456", "ambiguous"),
        ("0.123", "en"),  # a leading 0 group is nobody's thousands
        ("1.5", "en"),
        ("1234.567", "en"),
        ("1,234,567", "en"),
        ("1,234.5", "en"),
        ("1.234.567", "vi"),
        ("1,5", "vi"),
        ("1.234,5", "vi"),
        ("1234", "none"),
        ("1 234", "none"),
        ("abc", "none"),
    ],
)
def test_number_evidence(text, kind):
    assert number_evidence(text) == kind
    assert number_evidence(1.234) == "none"  # a number stored as a number is no evidence


def test_ambiguous_values_are_flagged_when_the_column_gives_no_evidence():
    check = check_number_column(["1.234", "2.500", 300.0, None], "vi")
    assert check.ambiguous == (0, 1)
    assert not check.settled
    assert check.flagged == (0, 1)


def test_column_evidence_for_the_chosen_style_settles_ambiguous_values():
    check = check_number_column(["1.234", "2.500,5", "980"], "vi")
    assert check.settled
    assert check.flagged == ()


def test_evidence_for_the_other_style_keeps_ambiguous_values_flagged():
    check = check_number_column(["1.234", "2.5"], "vi")  # 2.5 is English only
    assert check.evidence_en == 1 and check.example_en == 1
    assert check.flagged == (0,)
    mixed = check_number_column(["1.234", "2.500,5", "2.5"], "vi")
    assert mixed.flagged == (0,)


def test_suggested_style():
    assert suggest_number_style([["1.234,5", "12,5"], ["3"]]) == "vi"
    assert suggest_number_style([["3.17", "4.46", "1,234.5"]]) == "en"
    assert suggest_number_style([["1.234", "300"]]) == "vi"  # no evidence: the plant's default


@pytest.mark.parametrize("style", ["vi", "en"])
def test_vectorised_numbers_agree_with_parse_number(style):
    texts = [
        "3.17", "-4", "", "1,234", "12.5", "1.234", "abc", "1 234.5", "0.123", "-1.234", "-",
        ".5", "5.", "0001", "123456789012345678", "1.234,5", "(5)", "-0", "12,5", "1e3",
    ]  # fmt: skip
    chars, lengths = byte_matrix(texts)
    fast = parse_number_chars(chars, lengths, style, lambda i: texts[i])
    slow = parse_number_values(texts, style)
    np.testing.assert_array_equal(fast.values, slow.values)
    np.testing.assert_array_equal(fast.status, slow.status)
    assert fast.number_check == slow.number_check
    assert set(fast.errors) == set(slow.errors)


def test_vectorised_numbers_are_exact():
    rng = np.random.default_rng(7)
    values = rng.uniform(-1e6, 1e6, 2000)
    places = rng.integers(0, 7, 2000)
    texts = [f"{v:.{p}f}" for v, p in zip(values, places, strict=True)]
    chars, lengths = byte_matrix(texts)
    parsed = parse_number_chars(chars, lengths, "en", lambda i: texts[i])
    np.testing.assert_array_equal(parsed.values, [float(t) for t in texts])


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05/01/2024", dt.date(2024, 1, 5)),
        ("5/1/2024", dt.date(2024, 1, 5)),
        ("05-01-2024", dt.date(2024, 1, 5)),
        ("5.1.2024", dt.date(2024, 1, 5)),
        ("1/1/2018 0:15", dt.datetime(2018, 1, 1, 0, 15)),  # unpadded, as the UCI file has them
        ("13/01/2018 00:15", dt.datetime(2018, 1, 13, 0, 15)),  # padded, in the same file
        ("2024-01-05", dt.date(2024, 1, 5)),
        ("2024-01-05T00:15:00+07:00", dt.datetime(2024, 1, 5, 0, 15)),
        ("5/1/2024 2:15 PM", dt.datetime(2024, 1, 5, 14, 15)),
        ("5/1/2024 2:15 CH", dt.datetime(2024, 1, 5, 14, 15)),  # chiều
        ("05/01/2024 24:00", dt.datetime(2024, 1, 6, 0, 0)),
        (dt.datetime(2024, 1, 5, 8), dt.datetime(2024, 1, 5, 8)),
        (dt.date(2024, 1, 5), dt.date(2024, 1, 5)),
        (45296, dt.date(2024, 1, 5)),  # Excel serial
        (45296.25, dt.datetime(2024, 1, 5, 6, 0)),
    ],
)
def test_dates_day_first(value, expected):
    assert parse_date(value, "dmy") == expected


def test_month_first_order():
    assert parse_date("1/13/2018", "mdy") == dt.date(2018, 1, 13)
    assert parse_date("05/01/2024", "mdy") == dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("value", "order", "code"),
    [
        ("1/13/2018", "dmy", "contradicts_order"),  # 13 is no month: never swapped
        ("13/01/2018", "mdy", "contradicts_order"),
        ("32/13/2018", "dmy", "not_a_date"),
        ("31/02/2024", "dmy", "not_a_date"),
        ("29/02/2023", "dmy", "not_a_date"),
        ("1/1/18", "dmy", "two_digit_year"),
        ("2024-01-05T00:15Z", "dmy", "time_zone"),
        ("5/1/2024 25:00", "dmy", "not_a_date"),
        ("hôm qua", "dmy", "not_a_date"),
        ("", "dmy", "blank"),
        (60, "dmy", "not_a_date"),  # Excel's 29/02/1900, which never was
        (dt.time(10, 15), "dmy", "not_a_date"),
    ],
)
def test_date_problems(value, order, code):
    with pytest.raises(ParseError) as caught:
        parse_date(value, order)
    assert caught.value.code == code


def test_contradicting_date_names_the_other_order():
    with pytest.raises(ParseError) as caught:
        parse_date("1/13/2018", "dmy")
    assert "mm/dd/yyyy" in caught.value.reason and "13 is not a month" in caught.value.reason


def test_excel_serials():
    assert excel_serial(1) == dt.datetime(1900, 1, 1)
    assert excel_serial(59) == dt.datetime(1900, 2, 28)
    assert excel_serial(61) == dt.datetime(1900, 3, 1)
    assert excel_serial(0, date1904=True) == dt.datetime(1904, 1, 1)


@pytest.mark.parametrize("order", ["dmy", "mdy", "ymd"])
def test_vectorised_dates_agree_with_parse_date(order):
    texts = [
        "1/1/2018 0:15", "13/01/2018 00:15", "2018-01-05", "1/13/2018", "",
        "31/12/2018 24:00", "5.1.2018 10:00:30", "x", "05/01/2024 2:15 PM", "31/02/2024",
        "2018-1-5T10:00", "5/1/2018-10:00", "12/11/2018", "1/1/2018 25:00", "1/1/18",
    ]  # fmt: skip
    chars, lengths = byte_matrix(texts)
    fast = parse_datetime_chars(chars, lengths, order, lambda i: texts[i])
    slow = parse_datetime_values(texts, order)
    np.testing.assert_array_equal(fast.values, slow.values)
    np.testing.assert_array_equal(fast.status, slow.status)
    codes = {i: e.code for i, e in slow.errors.items()}
    assert {i: e.code for i, e in fast.errors.items()} == codes
    assert fast.date_check == slow.date_check


def test_date_order_check_counts_what_the_preview_shows():
    parsed = parse_datetime_values(["13/01/2018", "05/01/2018", "01/01/2018", "1/13/2018"], "dmy")
    check = parsed.date_check
    assert (check.fits_only_order, check.fits_both, check.fits_only_other) == (1, 1, 1)
    assert check.same_either_way == 1  # 01/01/2018 says nothing about the order
    np.testing.assert_array_equal(parsed.status, [OK, OK, OK, BAD])


def test_blank_dates_are_blank_not_problems():
    parsed = parse_datetime_values(["", None, "01/01/2024"], "dmy")
    np.testing.assert_array_equal(parsed.status, [BLANK, BLANK, OK])
    assert not parsed.errors


# --- periods -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code", "start", "end"),
    [
        (2024, "2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("Năm 2024", "2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("Quý I/2024", "2024-Q1", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ("Q4/2024", "2024-Q4", dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
        ("2024-Q2", "2024-Q2", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
        ("01/2024", "2024-01", dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
        ("2/2024", "2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("Tháng 1/2024", "2024-01", dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
        ("T12/2024", "2024-12", dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
        ("tháng 3 năm 2024", "2024-03", dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
        ("2024-03", "2024-03", dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
        ("Jan 2024", "2024-01", dt.date(2024, 1, 1), dt.date(2024, 1, 31)),
        (dt.date(2024, 5, 1), "2024-05", dt.date(2024, 5, 1), dt.date(2024, 5, 31)),
        ("31/05/2024", "2024-05", dt.date(2024, 5, 1), dt.date(2024, 5, 31)),
        (45292.0, "2024-01", dt.date(2024, 1, 1), dt.date(2024, 1, 31)),  # serial of 01/01/2024
    ],
)
def test_periods(value, code, start, end):
    span = parse_period(value)
    assert (span.code, span.start, span.end) == (code, start, end)


@pytest.mark.parametrize("value", ["15/01/2024", "13/2024", "hôm nay", dt.datetime(2024, 1, 1, 8)])
def test_not_periods(value):
    with pytest.raises(ParseError) as caught:
        parse_period(value)
    assert caught.value.code in ("not_a_period", "not_a_date")


# --- units and text ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Điện (kWh)", ("Điện", "kWh")),
        ("Than (tấn)", ("Than", "t")),
        ("Nước (m3)", ("Nước", "m3")),
        ("Nước (m³)", ("Nước", "m3")),
        ("Nước [khối]", ("Nước", "m3")),
        ("Dầu DO (lít)", ("Dầu DO", "L")),
        ("Bia (hl)", ("Bia", "hL")),
        ("Điện (KWH)", ("Điện", "kWh")),
        ("Điện (nghìn kWh)", ("Điện", "1000 kWh")),
        ("Usage_kWh", ("Usage", "kWh")),
        ("Sản lượng", ("Sản lượng", "")),
        ("Năng lượng / Điện (kWh)", ("Năng lượng / Điện", "kWh")),
    ],
)
def test_header_units(header, expected):
    assert header_unit(header) == expected


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("Than (ton)", "ambiguous_unit"),  # tonne or short ton: not guessed
        ("Hơi (Nm3)", "unknown_unit"),
        ("Than (tạ)", "unknown_unit"),
        ("Tiền điện (triệu đồng)", "money_unit"),  # money is not a quantity unit
        ("Chi phí (VNĐ)", "money_unit"),
    ],
)
def test_header_unit_problems(header, code):
    with pytest.raises(ParseError) as caught:
        header_unit(header)
    assert caught.value.code == code


def test_money_units():
    assert money_unit("triệu đồng") == ("VND", 1e6)
    assert money_unit("tỷ đồng") == ("VND", 1e9)
    assert money_unit("VNĐ") == ("VND", 1.0)
    assert money_unit("kWh") is None
    assert normalise_unit("") == ""


def test_decomposed_text_is_read_as_composed():
    header = unicodedata.normalize("NFD", "Than (tấn)")
    assert header_unit(header) == ("Than", "t")
    assert parse_period(unicodedata.normalize("NFD", "Tháng 1/2024")).code == "2024-01"
