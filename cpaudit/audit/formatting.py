"""Numbers as Vietnamese and English readers write them (``1.234,56`` and ``1,234.56``)."""

from __future__ import annotations

import math

from cpaudit.audit.results import Figure, NotDefined

_SEPARATORS = {"vi": (".", ","), "en": (",", ".")}  # (thousands, decimal)


def format_number(value: float, decimals: int = 0, lang: str = "en") -> str:
    """``value`` with ``decimals`` places and the language's separators.

    >>> format_number(1234.5678, 2, "vi")
    '1.234,57'
    >>> format_number(-0.0001, 2, "en")
    '0.00'
    """
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    thousands, decimal = _SEPARATORS.get(lang, _SEPARATORS["en"])
    text = f"{value:,.{decimals}f}"
    if text.lstrip("-").strip("0.,") == "":
        text = text.lstrip("-")  # no "-0.00"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def format_percent(fraction: Figure, decimals: int = 2, lang: str = "en", undefined: str = "n/a"):
    """A fraction as a percentage, ``0.0924644`` -> ``9.25 %`` (``9,25 %`` in Vietnamese)."""
    if isinstance(fraction, NotDefined) or fraction is None:
        return undefined
    return f"{format_number(fraction * 100.0, decimals, lang)} %"


def significant_decimals(value: float, significant: int = 4) -> int:
    """Decimals that show about ``significant`` significant digits (at least 0, at most 6)."""
    if value == 0 or not math.isfinite(value):
        return 0
    magnitude = math.floor(math.log10(abs(value)))
    return max(0, min(6, significant - 1 - magnitude))
