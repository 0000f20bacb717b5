"""The JSON form of a whole project: a documented, versioned exchange and archive format.

A document is ``{"format": "cpaudit-project", "version": 2, "project": {...}}``; the ``project``
object holds every field of :class:`cpaudit.audit.model.Project` under its own name, lists in
their order. The JSON Schema ``cpaudit/resources/schema/project-v2.schema.json`` describes every
field; on top of it, codes must be unique and references must name existing codes (see
:mod:`cpaudit.store.checks`). Version 1 (``project-v1.schema.json``: the same without the CP
method's fields, which version 2 added) is still read, against its own schema; its projects
simply have the model's defaults for the fields it lacks. Writing always gives version 2.

Values: dates are ``"YYYY-MM-DD"``, enums their string values, absent optional numbers ``null``;
a field the model gives a default may be left out on import. All text is NFC (Unicode composed
form) on the way out and is normalised to NFC on the way in. ``project_from_json`` of
``project_to_json(p)`` is ``p``, and ``project_to_json`` of an imported version-2 document gives
the document back (an integer written where a decimal number is expected comes back as a float).

This module imports no SQLAlchemy; ``jsonschema`` is imported when a document is read.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import numbers
import operator
import os
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cpaudit.audit.model import (
    Allocation,
    BalanceFlow,
    Cause,
    CauseCategory,
    ConsumptionRecord,
    CPOption,
    EffectAspect,
    EnergyBasis,
    EnvironmentalEffect,
    Establishment,
    FlowKind,
    FocusCriterion,
    FocusScore,
    Implementation,
    Measurement,
    Method,
    OptionStatus,
    Period,
    PeriodKind,
    ProcessStep,
    Product,
    ProductionRecord,
    Project,
    Resource,
    ResourceClass,
    ResourceSaving,
    ScreeningBin,
    Settings,
    StepFlow,
    SustainAction,
    TeamMember,
    TechnicalCheck,
    Technique,
    UnitOperation,
    VerifiedSaving,
    WasteStream,
)
from cpaudit.store.checks import Problem, format_problems, project_problems
from cpaudit.store.errors import (
    InvalidProjectError,
    NewerFileError,
    NotAProjectFileError,
    ProjectFileError,
    quoted_name,
)
from cpaudit.store.files import atomic_replace, file_error

if TYPE_CHECKING:  # jsonschema is imported when a document is first read
    from jsonschema import Draft202012Validator, ValidationError

__all__ = [
    "FORMAT",
    "VERSION",
    "ProjectFileError",
    "project_from_json",
    "project_to_json",
    "read_json",
    "write_json",
]

logger = logging.getLogger(__name__)

FORMAT = "cpaudit-project"
VERSION = 2
#: The schema of each version this cpaudit reads, under the cpaudit.resources package.
SCHEMA_RESOURCES = {
    1: ("schema", "project-v1.schema.json"),
    2: ("schema", "project-v2.schema.json"),
}
SCHEMA_RESOURCE = SCHEMA_RESOURCES[VERSION]

T = TypeVar("T")


# --- values: dataclass value <-> JSON value -------------------------------------------------


def nfc(text: str) -> str:
    """``text`` in Unicode normal form C (composed), as cpaudit keeps all text."""
    if not isinstance(text, str):
        raise TypeError(f"expected text, got {type(text).__name__}")
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def nfc_tree(value: Any) -> Any:
    """A copy of a JSON value with every string (not the keys) in NFC."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [nfc_tree(item) for item in value]
    if isinstance(value, dict):
        return {key: nfc_tree(item) for key, item in value.items()}
    return value


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return float(value) + 0.0  # -0.0 -> 0.0, as SQLite stores it: JSON of file and project agree


def _int(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        return int(value)  # JSON Schema's "integer" accepts 10.0
    if isinstance(value, bool):
        raise TypeError("expected an integer, got bool")
    return operator.index(value)


def _optional(convert: Callable[[Any], T]) -> Callable[[Any], T | None]:
    return lambda value: None if value is None else convert(value)


def _date_out(value: dt.date) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        raise TypeError(f"expected a date, got {type(value).__name__}")
    return value.isoformat()


def _date_in(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")
    return value


@dataclass(frozen=True)
class _Field:
    name: str
    to_json: Callable[[Any], Any]
    from_json: Callable[[Any], Any]


def _text(name: str) -> _Field:
    return _Field(name, nfc, nfc)


def _number(name: str) -> _Field:
    return _Field(name, _float, _float)


def _optional_number(name: str) -> _Field:
    return _Field(name, _optional(_float), _optional(_float))


def _integer(name: str) -> _Field:
    return _Field(name, _int, _int)


def _optional_integer(name: str) -> _Field:
    return _Field(name, _optional(_int), _optional(_int))


def _choice(name: str, enum: type[StrEnum]) -> _Field:
    return _Field(name, lambda value: enum(value).value, enum)


def _date(name: str) -> _Field:
    return _Field(name, _date_out, _date_in)


def _optional_date(name: str) -> _Field:
    return _Field(name, _optional(_date_out), _optional(_date_in))


def _optional_boolean(name: str) -> _Field:
    return _Field(name, _optional(_bool), _optional(_bool))


def _texts(name: str) -> _Field:
    """A tuple of text (lines, codes) <-> a JSON array of strings."""
    return _Field(
        name, lambda texts: [nfc(text) for text in texts], lambda texts: tuple(map(nfc, texts))
    )


def _object(name: str, cls: type) -> _Field:
    return _Field(name, lambda obj: to_plain(obj), lambda data: from_plain(cls, data))


def _list(name: str, cls: type) -> _Field:
    return _Field(
        name,
        lambda items: [to_plain(item) for item in items],
        lambda items: tuple(from_plain(cls, item) for item in items),
    )


# Every field of every dataclass, in the model's order (tests check nothing is missing).
FIELDS: dict[type, tuple[_Field, ...]] = {
    Establishment: (
        _text("name"),
        _text("address"),
        _text("sector"),
        _text("industry_code"),
        _text("history"),
        _text("design_capacity"),
        _optional_integer("employees"),
        _text("environmental_status"),
        _text("currency"),
        _text("notes"),
    ),
    Settings: (
        _text("baseline_period"),
        _text("current_period"),
        _text("scheme_id"),
        _choice("energy_basis", EnergyBasis),
        _integer("default_lifetime_years"),
        _number("default_discount_rate"),
        _text("assumptions_note"),
    ),
    Product: (_text("code"), _text("name"), _text("unit"), _text("report_unit")),
    Resource: (
        _text("code"),
        _text("name"),
        _choice("resource_class", ResourceClass),
        _text("unit"),
        _text("carrier"),
        _optional_number("heating_value_gj_per_unit"),
        _optional_number("price_per_unit"),
    ),
    Period: (
        _text("code"),
        _text("label"),
        _date("start"),
        _date("end"),
        _choice("kind", PeriodKind),
    ),
    ProductionRecord: (_text("period"), _text("product"), _number("quantity")),
    ConsumptionRecord: (
        _text("period"),
        _text("resource"),
        _number("quantity"),
        _text("product"),
        _optional_number("cost"),
    ),
    Allocation: (_text("resource"), _text("product"), _number("share")),
    ResourceSaving: (_text("resource"), _number("quantity"), _optional_number("money")),
    CPOption: (
        _text("code"),
        _text("title"),
        _choice("technique", Technique),
        _choice("screening", ScreeningBin),
        _choice("status", OptionStatus),
        _number("investment"),
        _list("savings", ResourceSaving),
        _number("operating_cost_change"),
        _optional_integer("lifetime_years"),
        _optional_number("discount_rate"),
        _text("description"),
        _text("reference"),
        _text("rejection_reason"),
        _texts("addresses"),
    ),
    TeamMember: (_text("name"), _text("position"), _text("role"), _text("why_chosen")),
    ProcessStep: (_text("code"), _text("name"), _text("description")),
    StepFlow: (
        _text("step"),
        _choice("kind", FlowKind),
        _text("name"),
        _optional_number("quantity_per_unit"),
        _text("unit"),
        _optional_number("norm_per_unit"),
        _text("resource"),
    ),
    FocusCriterion: (_text("code"), _text("name"), _number("weight")),
    FocusScore: (_text("step"), _text("criterion"), _number("score")),
    UnitOperation: (_text("code"), _text("name"), _text("step")),
    BalanceFlow: (
        _text("operation"),
        _choice("kind", FlowKind),
        _text("name"),
        _number("quantity"),
        _text("unit"),
        _choice("measurement", Measurement),
        _text("to_operation"),
    ),
    WasteStream: (
        _text("code"),
        _text("name"),
        _number("quantity"),
        _text("unit"),
        _text("operation"),
        _number("purchase_price_per_unit"),
        _number("processing_cost_per_unit"),
        _number("treatment_cost_per_unit"),
    ),
    Cause: (
        _text("code"),
        _text("waste_stream"),
        _text("description"),
        _choice("category", CauseCategory),
    ),
    TechnicalCheck: (
        _text("option"),
        _text("question"),
        _optional_boolean("satisfied"),
        _text("note"),
    ),
    EnvironmentalEffect: (
        _text("option"),
        _choice("aspect", EffectAspect),
        _text("description"),
        _optional_number("quantity"),
        _text("unit"),
    ),
    Implementation: (
        _text("option"),
        _text("owner"),
        _optional_number("budget"),
        _optional_date("start"),
        _optional_date("finish"),
        _optional_number("actual_cost"),
        _text("note"),
    ),
    VerifiedSaving: (
        _text("option"),
        _text("resource"),
        _number("quantity"),
        _text("method"),
    ),
    SustainAction: (_text("action"), _text("owner"), _optional_date("due")),
    Method: (
        _text("commitment_by"),
        _optional_date("commitment_date"),
        _text("commitment_statement"),
        _text("focus_step"),
        _text("focus_reason"),
        _text("balance_period"),
        _optional_number("grid_factor_t_per_mwh"),
        _text("grid_factor_source"),
        _texts("selected_options"),
        _text("next_focus"),
        _text("illustrative_note"),
    ),
    Project: (
        _object("establishment", Establishment),
        _object("settings", Settings),
        _list("products", Product),
        _list("resources", Resource),
        _list("periods", Period),
        _list("production", ProductionRecord),
        _list("consumption", ConsumptionRecord),
        _list("allocations", Allocation),
        _list("options", CPOption),
        _texts("sources"),
        _object("method", Method),
        _list("team", TeamMember),
        _list("process_steps", ProcessStep),
        _list("step_flows", StepFlow),
        _list("focus_criteria", FocusCriterion),
        _list("focus_scores", FocusScore),
        _list("operations", UnitOperation),
        _list("balance_flows", BalanceFlow),
        _list("waste_streams", WasteStream),
        _list("causes", Cause),
        _list("technical_checks", TechnicalCheck),
        _list("environmental_effects", EnvironmentalEffect),
        _list("implementations", Implementation),
        _list("verified_savings", VerifiedSaving),
        _list("sustain_actions", SustainAction),
    ),
}


def to_plain(obj: Any) -> dict[str, Any]:
    """The JSON object of one model dataclass (text in NFC, numbers as float or int)."""
    return {field.name: field.to_json(getattr(obj, field.name)) for field in FIELDS[type(obj)]}


def from_plain(cls: type[T], data: Mapping[str, Any]) -> T:
    """The dataclass ``cls`` from its JSON object; absent fields take the model's default.

    ``data`` must be valid (schema and checks); a wrong value raises ``TypeError``/``ValueError``.
    """
    return cls(
        **{
            field.name: field.from_json(data[field.name])
            for field in FIELDS[cls]
            if field.name in data
        }
    )


# --- documents ------------------------------------------------------------------------------


def project_to_json(project: Project) -> dict[str, Any]:
    """The JSON document of ``project``: ``{"format", "version", "project"}``.

    Text comes out in NFC. Raises ``TypeError``/``ValueError`` for a value of the wrong type
    (a bug in the caller, not the user's error).
    """
    return {"format": FORMAT, "version": VERSION, "project": to_plain(project)}


def project_from_json(doc: Any) -> Project:
    """The project of a JSON document (version 1 or 2), after checking it completely.

    Raises
    ------
    NotAProjectFileError
        ``doc`` is not an object with ``"format": "cpaudit-project"``.
    NewerFileError
        ``version`` is greater than this cpaudit reads.
    InvalidProjectError
        Anything breaks the schema or the reference rules; ``problems`` lists every one with its
        JSON path, e.g. ``project.products[2].unit: 5 is not of type 'string'``.
    """
    return _project_from_document(doc, None)


def write_json(project: Project, path: str | os.PathLike[str], *, overwrite: bool = True) -> None:
    """Write ``project``'s JSON document to ``path`` (UTF-8, indented), replacing it atomically
    (or, with ``overwrite=False``, refusing a path where a file exists already).

    Raises
    ------
    InvalidProjectError
        The project breaks a reference rule (it could not be read back).
    ProjectFileError
        The file cannot be written; a previous file at ``path`` is then unchanged.
    """
    doc = project_to_json(project)
    problems = project_problems(doc["project"])
    if problems:
        raise InvalidProjectError(
            f"{quoted_name(path)} was not written: the project has {_count(problems)}:",
            format_problems(problems, doc),
            path,
        )
    text = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"

    try:
        with atomic_replace(path, overwrite=overwrite) as temporary:
            temporary.write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise file_error(path, exc, "written") from exc
    logger.debug("wrote JSON project to %s", path)


def read_json(path: str | os.PathLike[str]) -> Project:
    """The project in the JSON file at ``path`` (UTF-8, a byte-order mark is accepted).

    Raises ``ProjectFileError`` or one of its subclasses, with a message naming the file, for a
    missing, unreadable, non-JSON, newer or invalid file.
    """
    name = quoted_name(path)
    if Path(path).is_dir():
        raise ProjectFileError(f"{name} is a folder, not a project file.", path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise file_error(path, exc, "opened") from exc

    if not data.strip():
        raise NotAProjectFileError(f"{name} is empty: it is not a cpaudit project.", path)
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise NotAProjectFileError(
            f"{name} is not a cpaudit project: it is not UTF-8 text.", path
        ) from exc
    except json.JSONDecodeError as exc:
        raise NotAProjectFileError(
            f"{name} is not a cpaudit project: it is not valid JSON "
            f"(line {exc.lineno}, column {exc.colno}: {exc.msg}).",
            path,
        ) from exc
    except RecursionError as exc:
        raise NotAProjectFileError(
            f"{name} is not a cpaudit project: nested too deeply.", path
        ) from exc

    return _project_from_document(doc, path)


def _project_from_document(doc: Any, path: str | os.PathLike[str] | None) -> Project:
    name = quoted_name(path) if path is not None else "The document"
    if not isinstance(doc, Mapping) or doc.get("format") != FORMAT:
        raise NotAProjectFileError(
            f'{name} is not a cpaudit project (it has no "format": "{FORMAT}").', path
        )
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise NewerFileError(
            f"{name} was written by a newer version of cpaudit (JSON format version {version});"
            " update cpaudit to open it.",
            path,
            revision=str(version),
        )

    doc = nfc_tree(doc)
    # A version this cpaudit reads is checked against its own schema; anything else against the
    # newest, which reports the version that is wrong.
    known = type(version) in (int, float) and version in SCHEMA_RESOURCES
    schema_version = int(version) if known else VERSION
    problems = schema_problems(doc, schema_version) + project_problems(doc.get("project"))
    if problems:
        raise InvalidProjectError(
            f"{name} is not a valid cpaudit project; {_count(problems)} to correct:",
            format_problems(problems, doc),
            path,
        )

    return from_plain(Project, doc["project"])


# --- schema ---------------------------------------------------------------------------------


def schema(version: int = VERSION) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a version of the format, the current one by default."""
    return json.loads(_schema_text(version))


@functools.cache
def _schema_text(version: int) -> str:
    resource = SCHEMA_RESOURCES[version]
    return resources.files("cpaudit.resources").joinpath(*resource).read_text("utf-8")


@functools.cache
def _validator(version: int) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema(version), format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_problems(doc: Any, version: int = VERSION) -> list[Problem]:
    """Every place where ``doc`` breaks the schema of ``version``, as (path, message)."""
    return [
        (tuple(error.absolute_path), _message(error))
        for error in _validator(version).iter_errors(doc)
    ]


def _message(error: ValidationError) -> str:
    if error.validator == "type":
        expected = error.validator_value
        names = [expected] if isinstance(expected, str) else list(expected)
        return f"{_short(error.instance)} is not of type {', '.join(map(repr, names))}"
    message: str = error.message
    return message if len(message) <= 300 else message[:299] + "\u2026"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "\u2026"


def _count(problems: list[Problem]) -> str:
    return "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
