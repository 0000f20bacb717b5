"""The Vietnamese forms of the reference texts the report prints.

The reference data (``resources/reference``) keeps each source, scheme title and note as it was
found, mostly in English, and beside it the Vietnamese form in a column or key named like it with
``_vi``: a citation's Vietnamese form names the same documents, articles, tables, files and
addresses, so it can be followed as well as the original. :mod:`cpaudit.audit.reference` loads
the figures; this module reads only these texts, for the report's Vietnamese edition and its
JSON twin (which carries both forms). A text with no Vietnamese form is "".
"""

from __future__ import annotations

import csv
import io
import json
from functools import lru_cache
from importlib import resources


def _text(name: str) -> str:
    return resources.files("cpaudit.resources").joinpath("reference", name).read_text("utf-8")


@lru_cache(maxsize=1)
def _schemes() -> dict[str, dict]:
    return {row["id"]: row for row in json.loads(_text("target_schemes.json"))["schemes"]}


@lru_cache(maxsize=1)
def _thresholds() -> dict[str, dict]:
    rows = json.loads(_text("key_energy_user.json"))["thresholds"]
    return {row["kind"]: row for row in rows}


@lru_cache(maxsize=1)
def _toe_rows() -> dict[tuple[str, str], dict]:
    rows = csv.DictReader(io.StringIO(_text("moit_toe_factors.csv")))
    return {(row["carrier"], row["unit"]): row for row in rows}


@lru_cache(maxsize=1)
def _grid_rows() -> dict[int, dict]:
    rows = csv.DictReader(io.StringIO(_text("grid_emission_factors_vn.csv")))
    return {int(row["year"]): row for row in rows}


@lru_cache(maxsize=1)
def _unit_rows() -> dict[str, dict]:
    rows = csv.DictReader(io.StringIO(_text("unit_definitions.csv")))
    return {row["unit"]: row for row in rows}


@lru_cache(maxsize=1)
def _fuels() -> dict[str, dict]:
    rows = csv.DictReader(io.StringIO(_text("fuel_emission_factors_ipcc2006.csv")))
    return {row["fuel"]: row for row in rows}


def scheme_vi(scheme_id: str) -> dict[str, str]:
    """A target scheme's instrument and source in Vietnamese: ``instrument_vi``, ``source_vi``."""
    row = _schemes().get(scheme_id, {})
    return {key: row.get(key, "") for key in ("instrument_vi", "source_vi")}


def key_energy_user_source_vi(kind: str = "industrial") -> str:
    """The sources of the key-energy-user threshold, in Vietnamese."""
    return _thresholds().get(kind, {}).get("source_vi", "")


def toe_factor_vi(carrier: str, unit: str) -> dict[str, str]:
    """A MOIT TOE factor row's source and note in Vietnamese: ``source_vi``, ``note_vi``."""
    row = _toe_rows().get((carrier, unit), {})
    return {key: row.get(key, "") for key in ("source_vi", "note_vi")}


def ipcc_source_vi(fuel: str) -> str:
    """The source of an IPCC 2006 fuel's factors, in Vietnamese."""
    return _fuels().get(fuel, {}).get("source_vi", "")


def grid_factor_source_vi(year: int) -> str:
    """The source of a year's grid emission factor in Vietnamese, as
    :attr:`cpaudit.audit.reference.GridFactor.source` gives it in English: who announced it
    (``announced_by_vi``), then the same addresses."""
    row = _grid_rows().get(year)
    if row is None or not row.get("announced_by_vi"):
        return ""
    return f"{row['announced_by_vi']}; {row['source']}"


def unit_definition_vi(unit: str) -> dict[str, str]:
    """A unit's definition and its source in Vietnamese: ``definition_vi``, ``source_vi``."""
    row = _unit_rows().get(unit, {})
    return {key: row.get(key, "") for key in ("definition_vi", "source_vi")}
