"""Reference data shipped in ``cpaudit/resources/reference``: target schemes and TOE factors.

Each row keeps its source and validity dates; nothing here is typed into code.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from cpaudit.audit.model import ResourceClass


@dataclass(frozen=True)
class TargetScheme:
    id: str
    instrument: str
    label_en: str
    label_vi: str
    valid_from: dt.date | None
    horizon_end: dt.date
    min_pct: float
    max_pct: float
    scope: frozenset[ResourceClass]
    source: str

    def label(self, lang: str) -> str:
        return self.label_vi if lang == "vi" else self.label_en


@dataclass(frozen=True)
class ToeFactor:
    carrier: str
    name_vi: str
    unit: str  # may carry a number, e.g. "1000 L"
    toe_per_unit: float
    valid_from: dt.date | None
    valid_to: dt.date | None
    source: str
    note: str


def _text(name: str) -> str:
    return resources.files("cpaudit.resources").joinpath("reference", name).read_text("utf-8")


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@lru_cache(maxsize=1)
def target_schemes() -> tuple[TargetScheme, ...]:
    doc = json.loads(_text("target_schemes.json"))
    return tuple(
        TargetScheme(
            id=row["id"],
            instrument=row["instrument"],
            label_en=row["label_en"],
            label_vi=row["label_vi"],
            valid_from=_date(row.get("valid_from", "")),
            horizon_end=dt.date.fromisoformat(row["horizon_end"]),
            min_pct=float(row["min_pct"]),
            max_pct=float(row["max_pct"]),
            scope=frozenset(ResourceClass(c) for c in row["scope"]),
            source=row["source"],
        )
        for row in doc["schemes"]
    )


def target_scheme(scheme_id: str) -> TargetScheme:
    for scheme in target_schemes():
        if scheme.id == scheme_id:
            return scheme
    known = ", ".join(s.id for s in target_schemes())
    raise KeyError(f"unknown target scheme {scheme_id!r}; known: {known}")


@lru_cache(maxsize=1)
def toe_factors() -> tuple[ToeFactor, ...]:
    rows = csv.DictReader(io.StringIO(_text("moit_toe_factors.csv")))
    return tuple(
        ToeFactor(
            carrier=row["carrier"],
            name_vi=row["name_vi"],
            unit=row["unit"],
            toe_per_unit=float(row["toe_per_unit"]),
            valid_from=_date(row["valid_from"]),
            valid_to=_date(row["valid_to"]),
            source=row["source"],
            note=row["note"],
        )
        for row in rows
    )


def toe_factors_for(carrier: str) -> tuple[ToeFactor, ...]:
    return tuple(f for f in toe_factors() if f.carrier == carrier)


@dataclass(frozen=True)
class KeyEnergyUserThreshold:
    kind: str
    min_toe_per_year: float
    valid_from: dt.date | None
    valid_to: dt.date | None
    consequence_en: str
    consequence_vi: str
    source: str

    def consequence(self, lang: str) -> str:
        return self.consequence_vi if lang == "vi" else self.consequence_en


@lru_cache(maxsize=1)
def key_energy_user_threshold(kind: str = "industrial") -> KeyEnergyUserThreshold:
    doc = json.loads(_text("key_energy_user.json"))
    for row in doc["thresholds"]:
        if row["kind"] == kind:
            return KeyEnergyUserThreshold(
                kind=row["kind"],
                min_toe_per_year=float(row["min_toe_per_year"]),
                valid_from=_date(row["valid_from"]),
                valid_to=_date(row["valid_to"]),
                consequence_en=row["consequence_en"],
                consequence_vi=row["consequence_vi"],
                source=row["source"],
            )
    raise KeyError(kind)


@dataclass(frozen=True)
class FuelEmissionFactor:
    fuel: str
    fuel_vi: str
    ncv_tj_per_gg: float  # = MJ/kg = GJ/t
    co2_kg_per_tj: float
    biogenic: bool
    source: str


@dataclass(frozen=True)
class GridFactor:
    year: int
    t_co2_per_mwh: float
    official: bool
    source: str


@lru_cache(maxsize=1)
def fuel_emission_factors() -> dict[str, FuelEmissionFactor]:
    rows = csv.DictReader(io.StringIO(_text("fuel_emission_factors_ipcc2006.csv")))
    return {
        row["fuel"]: FuelEmissionFactor(
            fuel=row["fuel"],
            fuel_vi=row["fuel_vi"],
            ncv_tj_per_gg=float(row["ncv_TJ_per_Gg"]),
            co2_kg_per_tj=float(row["co2_kg_per_TJ"]),
            biogenic=row["biogenic"] == "yes",
            source=row["source"],
        )
        for row in rows
    }


@lru_cache(maxsize=64)
def ipcc_fuel_for_carrier(carrier: str) -> FuelEmissionFactor | None:
    """The IPCC 2006 fuel of a MOIT carrier, or None where the reference has none."""
    rows = csv.DictReader(io.StringIO(_text("carrier_ipcc_fuels.csv")))
    for row in rows:
        if row["carrier"] == carrier and row["ipcc_fuel"]:
            return fuel_emission_factors()[row["ipcc_fuel"]]
    return None


@lru_cache(maxsize=1)
def grid_factors() -> tuple[GridFactor, ...]:
    rows = csv.DictReader(io.StringIO(_text("grid_emission_factors_vn.csv")))
    return tuple(
        GridFactor(
            year=int(row["year"]),
            t_co2_per_mwh=float(row["ef_tco2_per_mwh"]),
            official=row["status"] == "official",
            source=f"{row['announced_by']}; {row['source']}",
        )
        for row in rows
    )


def grid_factor_citation(factor: GridFactor) -> str:
    """How a project's grid-factor source cites a row of the reference table: "2023: <source>",
    and "2025 (unofficial estimate): <source>" for a row the DCC did not announce, so that the
    project's own text says so wherever it is shown.

    The interface and the demo write it so; :func:`cited_grid_factor` reads it back.
    """
    if not factor.official:
        return f"{factor.year} (unofficial estimate): {factor.source}"
    return f"{factor.year}: {factor.source}"


def cited_grid_factor(t_co2_per_mwh: float | None, source: str) -> tuple[GridFactor, str] | None:
    """The reference row a project's stated grid factor was taken from, and what the project's
    source text adds after the row's citation (a note, or "").

    The stated factor is the row's when its value is the row's and its source text begins with
    the row's citation (:func:`grid_factor_citation`); None where no row is cited so.
    """
    if t_co2_per_mwh is None:
        return None
    text = unicodedata.normalize("NFC", source)
    for row in grid_factors():
        citation = grid_factor_citation(row)
        if text.startswith(citation) and math.isclose(row.t_co2_per_mwh, t_co2_per_mwh):
            return row, text[len(citation) :]
    return None


def grid_factor(year: int) -> tuple[GridFactor, bool]:
    """The official grid factor of ``year``, or the latest official one before it.

    Returns the factor and whether it is a stand-in for a year not yet announced.
    """
    official = [g for g in grid_factors() if g.official]
    exact = [g for g in official if g.year == year]
    if exact:
        return exact[0], False
    earlier = [g for g in official if g.year < year]
    if not earlier:
        raise KeyError(f"no official grid emission factor for {year} or before")
    return max(earlier, key=lambda g: g.year), True


@dataclass(frozen=True)
class UnitDefinition:
    """What a unit is, as the unit registry (pint) converts it, and where that is defined."""

    unit: str  # as cpaudit writes it: "short_ton", "MMBtu", "kWh"
    kind: str  # "si" (SI, its prefixes and the units accepted with it), "defined" or "counted"
    equals: float  # one unit in ``in_unit``
    in_unit: str
    definition: str
    source: str


@lru_cache(maxsize=1)
def unit_definitions() -> dict[str, UnitDefinition]:
    """The definitions of the units cpaudit converts (``unit_definitions.csv``), by unit."""
    rows = csv.DictReader(io.StringIO(_text("unit_definitions.csv")))
    return {
        row["unit"]: UnitDefinition(
            unit=row["unit"],
            kind=row["kind"],
            equals=float(row["equals"]),
            in_unit=row["in_unit"],
            definition=row["definition"],
            source=row["source"],
        )
        for row in rows
    }
