"""MOIT sector energy norms and a product's specific energy consumption against them.

The norms are data (``resources/reference/beer_energy_norms.csv``, Circular 19/2016/TT-BCT,
MJ per hectolitre on the final-energy basis, electricity at 3.6 MJ/kWh). A norm is compared only
where it applies: the establishment's sector says beer, the product's unit converts to
hectolitres, and a norm row is valid on the last day of the period compared.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from cpaudit.audit import units
from cpaudit.audit.analysis import Assessment, ProductResourceResult
from cpaudit.audit.energy import to_gj
from cpaudit.audit.model import EnergyBasis, Project, ResourceClass
from cpaudit.audit.results import Figure, NotDefined, Reason
from cpaudit.report.reasons import ReportReason, undefined

NORM_FILE = "beer_energy_norms.csv"
_BEER = re.compile(r"\b(beer|brewery|bia)\b", re.IGNORECASE)
_ENERGY_CLASSES = (ResourceClass.ENERGY, ResourceClass.FUEL)


@dataclass(frozen=True)
class SectorNorm:
    """One row of a sector-norm table: a ceiling on specific energy consumption [MJ/hl]."""

    segment: str
    capacity_band: str  # as the circular words it, e.g. "< 20 million litres/year"
    low_million_l: float  # the band as numbers [million litres a year]; low edge inclusive
    high_million_l: float
    valid_from: dt.date | None
    valid_to: dt.date | None
    mj_per_hl: float
    source: str
    segment_vi: str = ""  # the Vietnamese forms of segment, capacity_band and source
    capacity_band_vi: str = ""
    source_vi: str = ""

    def valid_on(self, day: dt.date) -> bool:
        after_start = self.valid_from is None or self.valid_from <= day
        before_end = self.valid_to is None or day <= self.valid_to
        return after_start and before_end

    def covers(self, million_l_per_year: float) -> bool:
        return self.low_million_l <= million_l_per_year < self.high_million_l


@dataclass(frozen=True)
class NormComparison:
    """A product's specific energy consumption in one period against the norm valid then."""

    product: str
    period: str  # "baseline" or "current"
    production_hl: Figure
    energy_mj: Figure  # final-energy basis
    sec_mj_per_hl: Figure
    norm: SectorNorm | None  # None where no norm row is valid on the period's last day
    meets: bool | NotDefined


@dataclass(frozen=True)
class NormCheck:
    """Whether a sector norm applies to the project and, where it does, the comparisons."""

    applies: bool
    reason: str  # where it does not apply: "sector", "unit"; else ""
    volume_million_l_per_year: Figure  # the establishment's yearly volume of hl products
    comparisons: tuple[NormComparison, ...]


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _band(text: str) -> tuple[float, float]:
    """ "< 20 million ..." -> (0, 20); "20 - 100 ..." -> (20, 100); "> 100 ..." -> (100, inf).

    Rows with no numbers (the soft-drink rows, banded by kind) cover every volume.
    """
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", text)]
    if text.strip().startswith("<") and numbers:
        return 0.0, numbers[0]
    if text.strip().startswith(">") and numbers:
        return numbers[0], math.inf
    if len(numbers) >= 2:
        return numbers[0], numbers[1]
    return 0.0, math.inf


@lru_cache(maxsize=1)
def beer_norms() -> tuple[SectorNorm, ...]:
    """The beer rows of Circular 19/2016/TT-BCT's norm table, as shipped in the reference data."""
    text = resources.files("cpaudit.resources").joinpath("reference", NORM_FILE).read_text("utf-8")
    norms = []
    for row in csv.DictReader(io.StringIO(text)):
        if row["segment"] != "beer":
            continue
        low, high = _band(row["capacity_band"])
        norms.append(
            SectorNorm(
                segment=row["segment"],
                capacity_band=row["capacity_band"],
                low_million_l=low,
                high_million_l=high,
                valid_from=_date(row["valid_from"]),
                valid_to=_date(row["valid_to"]),
                mj_per_hl=float(row["norm_MJ_per_hl"]),
                source=row["source"],
                segment_vi=row.get("segment_vi", ""),
                capacity_band_vi=row.get("capacity_band_vi", ""),
                source_vi=row.get("source_vi", ""),
            )
        )
    return tuple(norms)


def check_norms(project: Project, assessment: Assessment) -> NormCheck:
    """Compare each beer product's MJ/hl with the Circular 19/2016 norm, where one applies.

    SEC = Σ energy of the product on the final-energy basis [MJ] / production [hl]. The capacity
    band is chosen by the establishment's yearly volume of all products measured in hectolitres,
    over the baseline period (annualised by its length in days).
    """
    if not _BEER.search(project.establishment.sector or ""):
        return NormCheck(False, "sector", NotDefined(Reason.NO_PRODUCTION), ())
    hl_products = [p for p in project.products if _to_hl(p.report_unit or p.unit) is not None]
    if not hl_products:
        return NormCheck(False, "unit", NotDefined(Reason.NO_PRODUCTION), ())
    volume = _volume_million_l(project, assessment, [p.code for p in hl_products])
    comparisons = []
    for product in hl_products:
        to_hl = _to_hl(product.report_unit or product.unit) or 1.0
        rows = [
            r
            for r in assessment.rows
            if r.product == product.code and r.resource_class in _ENERGY_CLASSES
        ]
        for which in ("baseline", "current"):
            day = _period_end(project, assessment, which)
            comparisons.append(_compare(project, product.code, which, rows, to_hl, volume, day))
    return NormCheck(True, "", volume, tuple(comparisons))


def _to_hl(unit: str) -> float | None:
    try:
        return units.factor(unit, "hl")
    except units.UnitError:
        return None


def _period_end(project: Project, assessment: Assessment, which: str) -> dt.date | None:
    code = assessment.current_period if which == "current" else assessment.baseline_period
    if which == "current" and assessment.current_is_projection:
        code = assessment.baseline_period  # a projection describes the baseline year
    try:
        return project.period(code).end
    except KeyError:
        return None


def _volume_million_l(project: Project, assessment: Assessment, codes: list[str]) -> Figure:
    try:
        period = project.period(assessment.baseline_period)
    except KeyError:
        return NotDefined(Reason.NO_BASELINE_DATA)
    days = (period.end - period.start).days + 1
    litres = 0.0
    for record in project.production:
        if record.period == period.code and record.product in codes:
            litres += record.quantity * units.factor(project.product(record.product).unit, "L")
    if days <= 0 or litres <= 0:
        return NotDefined(Reason.NO_PRODUCTION)
    return litres / 1e6 * 365.0 / days


def _compare(
    project: Project,
    product: str,
    which: str,
    rows: list[ProductResourceResult],
    to_hl: float,
    volume: Figure,
    day: dt.date | None,
) -> NormComparison:
    production: Figure = NotDefined(Reason.NO_PRODUCTION)
    energy: Figure = 0.0 if rows else undefined(ReportReason.NO_ENERGY_USE)
    for row in rows:
        quantity = row.baseline_quantity if which == "baseline" else row.current_quantity
        produced = row.baseline_production if which == "baseline" else row.current_production
        if not isinstance(produced, NotDefined):
            production = produced * to_hl
        if isinstance(energy, NotDefined):
            continue
        if isinstance(quantity, NotDefined):
            energy = quantity
            continue
        gj = to_gj(quantity, project.resource(row.resource), EnergyBasis.FINAL)
        energy = gj if isinstance(gj, NotDefined) else energy + gj * 1000.0
    if isinstance(energy, NotDefined):
        sec: Figure = energy
    elif isinstance(production, NotDefined) or production == 0:
        sec = NotDefined(Reason.NO_PRODUCTION)
    else:
        sec = energy / production
    norm = None
    if day is not None and not isinstance(volume, NotDefined):
        valid = [n for n in beer_norms() if n.valid_on(day) and n.covers(volume)]
        norm = valid[0] if valid else None
    if isinstance(sec, NotDefined):
        meets: bool | NotDefined = sec
    elif norm is None:
        meets = undefined(ReportReason.NO_NORM)
    else:
        meets = sec <= norm.mj_per_hl
    return NormComparison(product, which, production, energy, sec, norm, meets)
