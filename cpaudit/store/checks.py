"""Rules a project must keep that a JSON Schema cannot say: unique codes, known references.

The checks read the JSON form's ``project`` object (see :mod:`cpaudit.store.jsonform`), and
tolerate one that breaks the schema, so that an import can report schema and reference problems
together. Saving runs the same checks, so whatever saves also imports and the other way round;
the project file's constraints (primary and foreign keys) enforce the same rules.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

#: A place in the JSON document: keys and list indexes, e.g. ("project", "products", 2, "unit").
JsonPath = tuple[str | int, ...]
Problem = tuple[JsonPath, str]

_INT64 = 2**63
# Half of a UTF-16 pair on its own (JSON allows "\ud800"): it cannot be stored as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")

# The sections whose items have a code that others refer to, and the word for one item.
_CODED = {"products": "product", "resources": "resource", "periods": "period", "options": "option"}

# (section, field, referred section, may be empty)
_REFERENCES = (
    ("production", "period", "periods", False),
    ("production", "product", "products", False),
    ("consumption", "period", "periods", False),
    ("consumption", "resource", "resources", False),
    ("consumption", "product", "products", True),
    ("allocations", "resource", "resources", False),
    ("allocations", "product", "products", False),
)


def json_path(path: Sequence[str | int]) -> str:
    """``("project", "products", 2, "unit")`` -> ``project.products[2].unit``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(document)"


def format_problems(problems: list[Problem], document: Any) -> list[str]:
    """``path: message`` lines in the order the places come in ``document``.

    ``document`` is the whole JSON document (``{"project": ...}``) the paths point into.
    """
    ordered = sorted(problems, key=lambda problem: _document_order(problem[0], document))
    return [f"{json_path(path)}: {message}" for path, message in ordered]


def _document_order(path: JsonPath, document: Any) -> tuple[tuple[int, str], ...]:
    # Keys rank by their place in their object, indexes by value; a parent before its children.
    order = []
    node = document
    for part in path:
        if isinstance(node, dict):
            keys = list(node)
            order.append((keys.index(part) if part in node else len(keys), str(part)))
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            order.append((part, ""))
            node = node[part]
        else:
            order.append((1 << 30, str(part)))
            node = None
    return tuple(order)


def project_problems(project: Any) -> list[Problem]:
    """Every broken rule of a JSON-form ``project`` object, with its path under ``project``.

    Rules: codes are non-empty and unique within their section; every reference names an
    existing code (only ``consumption[].product`` and the settings' periods may be empty);
    numbers are finite, integers fit 64 bits, text is valid Unicode.
    """
    if not isinstance(project, dict):
        return []  # the schema reports it

    problems: list[Problem] = []
    _value_problems(project, ("project",), problems)
    codes = {section: _codes(project, section, problems) for section in _CODED}

    for section, field, target, may_be_empty in _REFERENCES:
        for index, item in _items(project, section):
            _check_reference(
                item,
                field,
                codes[target],
                target,
                ("project", section, index),
                problems,
                may_be_empty=may_be_empty,
            )
    for index, option in _items(project, "options"):
        for number, saving in _items(option, "savings"):
            path = ("project", "options", index, "savings", number)
            _check_reference(saving, "resource", codes["resources"], "resources", path, problems)
    settings = project.get("settings")
    if isinstance(settings, Mapping):
        for field in ("baseline_period", "current_period"):
            _check_reference(
                settings,
                field,
                codes["periods"],
                "periods",
                ("project", "settings"),
                problems,
                may_be_empty=True,
            )

    return problems


def _items(container: Mapping[str, Any], section: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    items = container.get(section)
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, Mapping):
                yield index, item


def _codes(project: Mapping[str, Any], section: str, problems: list[Problem]) -> set[str] | None:
    """The codes of a section, reporting empty and repeated ones; None if it is not a list."""
    if not isinstance(project.get(section, []), list):
        return None  # the schema reports it; references to it would only repeat that
    first_index: dict[str, int] = {}
    for index, item in _items(project, section):
        code = item.get("code")
        if not isinstance(code, str):
            continue
        path = ("project", section, index, "code")
        if code == "":
            problems.append((path, f"a {_CODED[section]} needs a code"))
        elif code in first_index:
            earlier = json_path(("project", section, first_index[code]))
            problems.append((path, f"code {code!r} is already used by {earlier}"))
        else:
            first_index[code] = index
    return set(first_index)


def _check_reference(
    item: Mapping[str, Any],
    field: str,
    known: set[str] | None,
    target: str,
    path: JsonPath,
    problems: list[Problem],
    *,
    may_be_empty: bool = False,
) -> None:
    code = item.get(field)
    if known is None or not isinstance(code, str) or (code == "" and may_be_empty):
        return
    if code in known:
        return
    what = _CODED[target]
    message = f"a {what} code is needed" if code == "" else f"there is no {what} with code {code!r}"
    problems.append(((*path, field), message))


def _value_problems(container: Any, path: JsonPath, problems: list[Problem]) -> None:
    # Looks at the leaves only: a path is built for a problem, not for each value.
    pairs = container.items() if isinstance(container, dict) else enumerate(container)
    for key, value in pairs:
        if isinstance(value, str):
            if _SURROGATE.search(value):
                problems.append(((*path, key), "the text holds a broken character (a surrogate)"))
        elif isinstance(value, float):
            if not math.isfinite(value):
                problems.append(((*path, key), f"{value} is not a finite number"))
        elif isinstance(value, int):
            if not isinstance(value, bool) and not -_INT64 <= value < _INT64:
                problems.append(((*path, key), f"{value} is too large"))
        elif isinstance(value, dict | list):
            _value_problems(value, (*path, key), problems)
