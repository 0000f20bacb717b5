"""Values as the report prints them: numbers, money, savings, units, judgements, reasons.

Everything returns plain NFC text; :func:`markup` turns plain text into safe reportlab markup.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping
from xml.sax.saxutils import escape

from cpaudit.audit.analysis import Judgement
from cpaudit.audit.formatting import format_number, significant_decimals
from cpaudit.audit.model import EnergyBasis, ResourceClass
from cpaudit.audit.results import Figure, NotDefined
from cpaudit.report.i18n import Texts

# C0/C1 control characters (but tab and newline) cannot be drawn and confuse PDF readers.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MINUS = "\u2212"

# Decimals of money per currency; both the dong and the demo's dollars are shown whole.
_MONEY_DECIMALS = {"VND": 0, "USD": 0}


def clean(text: object) -> str:
    """``text`` as NFC with control characters removed (pitfall 5: NFD misplaces tone marks)."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", str(text)))


def markup(text: object) -> str:
    """Plain text as reportlab paragraph markup that shows it literally (pitfall 4)."""
    lines = clean(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)


class Labels:
    """Formatting in one report language, for one establishment's currency."""

    def __init__(self, texts: Texts, currency: str, names: Mapping[str, str] | None = None) -> None:
        self.t = texts
        self.lang = texts.lang
        self.currency = clean(currency) or "VND"
        # what a reason's detail names by code (a resource), as the reader knows it
        self.names = dict(names or {})

    # numbers

    def number(self, value: float, decimals: int = 0) -> str:
        return format_number(value, decimals, self.lang).replace("-", _MINUS)

    def figure(self, value: Figure, decimals: int = 0, brief: bool = False) -> str:
        """A number, or "n/a (reason)" for a figure that is not defined ("n/a" if ``brief``,
        where a neighbouring cell gives the reason)."""
        if isinstance(value, NotDefined) or value is None:
            return self.t("not_available") if brief else self.not_available(value)
        return self.number(value, decimals)

    def significant(self, value: Figure, digits: int = 4) -> str:
        """About ``digits`` significant digits, small factors included (0.0001543)."""
        if isinstance(value, NotDefined) or value is None:
            return self.not_available(value)
        if value == 0:
            return self.number(0.0, 0)
        decimals = digits - 1 - math.floor(math.log10(abs(value)))
        return self.number(value, min(max(decimals, 0), 12))

    def exact(self, value: float) -> str:
        """A conversion factor with all its figures, up to 10 significant: 0.90718474, 41.868,
        0.0036 (not 0.0036000000000000003)."""
        text = f"{value:.10g}"
        if "e" in text:
            return self.significant(value, 10)
        return self.number(value, len(text.partition(".")[2]))

    def intensity_decimals(self, *values: Figure) -> int:
        """One number of decimals for a row's intensities: about 4 significant digits, at least
        2 below 1000, so 450.52 and 408.87 kWh/t read alike."""
        numbers = [abs(v) for v in values if isinstance(v, float | int) and v]
        if not numbers:
            return 2
        reference = max(numbers)
        decimals = significant_decimals(reference, 4)
        return max(decimals, 2) if reference < 1000 else decimals

    def pct(self, value: Figure, decimals: int = 2, brief: bool = False) -> str:
        """A value already in per cent: 9.2464 -> "9.25 %"."""
        if isinstance(value, NotDefined) or value is None:
            return self.t("not_available") if brief else self.not_available(value)
        return f"{self.number(value, decimals)} %"

    def change_pct(self, value: float) -> str:
        """A change in per cent with its sign: "−20 %", "0 %", "+20 %"."""
        text = self.pct(value, 0 if float(value).is_integer() else 1)
        return f"+{text}" if value > 0 else text

    def saving_pct(self, value: Figure, decimals: int = 2, brief: bool = False) -> str:
        """A saving already in per cent; a negative one is marked as an increase."""
        text = self.pct(value, decimals, brief)
        if isinstance(value, float | int) and text.startswith(_MINUS):
            return f"{text} ({self.t('increase')})"
        return text

    def percent(self, fraction: Figure, decimals: int = 2, brief: bool = False) -> str:
        if isinstance(fraction, NotDefined) or fraction is None:
            return self.t("not_available") if brief else self.not_available(fraction)
        return f"{self.number(fraction * 100.0, decimals)} %"

    def saving(self, fraction: Figure, decimals: int = 2, brief: bool = False) -> str:
        """A saving in per cent; a negative one says it is an increase: "−175.50 % (increase)"."""
        text = self.percent(fraction, decimals, brief)
        if isinstance(fraction, float | int) and text.startswith(_MINUS):
            return f"{text} ({self.t('increase')})"
        return text

    def signed_quantity(self, value: float, unit: str) -> str:
        """A yearly saving of a resource; a negative one is marked as an increase."""
        decimals = 0 if abs(value) >= 100 else significant_decimals(value, 3)
        text = f"{self.number(value, decimals)} {unit}".strip()
        return f"{text} ({self.t('increase')})" if value < 0 else text

    def amount(self, value: Figure, brief: bool = False) -> str:
        """A quantity with as many decimals as it needs: whole from 100 up, else about three
        significant digits (0.0452, 2.35)."""
        if isinstance(value, NotDefined) or value is None:
            return self.t("not_available") if brief else self.not_available(value)
        decimals = 0 if abs(value) >= 100 else min(significant_decimals(value, 3), 6)
        text = self.number(value, decimals)
        if not text.strip("0.,−"):
            return self.number(0.0, 0)  # float noise (1e-12) reads as 0, not 0.000000
        return text

    def compact(self, value: float) -> str:
        """A score or weight: whole numbers without decimals (4, not 4.00), others as amounts."""
        if float(value).is_integer():
            return self.number(value, 0)
        return self.amount(value)

    def money(self, value: Figure, brief: bool = False) -> str:
        return self.figure(value, _MONEY_DECIMALS.get(self.currency.upper(), 0), brief)

    def years(self, value: Figure, brief: bool = False) -> str:
        return self.figure(value, 2, brief)

    def band(self, low_pct: float, high_pct: float) -> str:
        def pct(value: float) -> str:
            return self.number(value, 0 if float(value).is_integer() else 1)

        return f"{pct(low_pct)}–{pct(high_pct)} %"

    # words

    def not_available(self, value: object = None) -> str:
        if isinstance(value, NotDefined):
            return self.t("not_available_reason", reason=self.reason(value))
        return self.t("not_available")

    def reason(self, value: NotDefined) -> str:
        reason = self.t(f"reason_{value.reason.value}")
        if value.detail:
            detail = clean(value.detail)
            detail = self.names.get(detail) or detail
            return self.t("reason_with_detail", reason=reason, detail=detail)
        return reason

    def judgement(self, judgement: Judgement, saving: Figure = None) -> str:
        """The judgement; where the saving is not defined, with the reason."""
        text = self.t(f"judgement_{judgement.value}")
        if not isinstance(saving, NotDefined):
            return text
        if judgement == Judgement.NOT_DEFINED:
            return self.not_available(saving)
        return self.t("judgement_and_reason", judgement=text, reason=self.not_available(saving))

    def resource_class(self, resource_class: ResourceClass) -> str:
        return self.t(f"class_{resource_class.value}")

    def energy_basis(self, basis: EnergyBasis) -> str:
        return self.t(f"basis_{basis.value}")

    def source(self, text: str) -> str:
        """A factor's source; the engine's own phrases are translated, citations kept."""
        return self.t.get(f"source_{text}", clean(text))

    # units

    def unit(self, unit: str) -> str:
        """A unit as readers write it: ``kW_month`` -> kW-month, ``m3`` -> m³."""
        return self.t.get(f"unit_{unit}", clean(unit))

    def unit_text(self, unit: str) -> str:
        """A unit that may be a ratio: ``kW_month/t`` -> kW-month/t."""
        return "/".join(self.unit(part) for part in clean(unit).split("/"))

    def unit_note(self, unit: str) -> str:
        return self.t.get(f"unit_note_{unit}", "")

    def quantity_unit(self, unit: str) -> str:
        """The unit with its caveat, if any: "IAC W0 unit (unit undefined)"."""
        note = self.unit_note(unit)
        shown = self.unit(unit)
        return self.t("unit_with_note", unit=shown, note=note) if note else shown

    def intensity_unit(self, resource_unit: str, product_unit: str) -> str:
        """Resource unit per product unit: "kWh/t", "kW-month/t", "IAC W0 unit/t (unit
        undefined)"."""
        per = f"{self.unit(resource_unit)}/{self.unit(product_unit)}"
        note = self.unit_note(resource_unit) or self.unit_note(product_unit)
        return self.t("unit_with_note", unit=per, note=note) if note else per

    # dates

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return "…"
        months = self.t("month_names").split()
        return self.t(
            "date",
            day=day.day,
            month=months[day.month - 1],
            month_number=day.month,
            year=day.year,
        )

    def letter_date(self, day: dt.date | None) -> str:
        """A date as a letter's place-and-date line writes it: "ngày 04 tháng 12 năm 2026",
        "4 December 2026"."""
        if day is None:
            return "…"
        months = self.t("letter_months").split()
        return self.t("letter_date", day=day.day, month=months[day.month - 1], year=day.year)
