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
_CODED = {
    "products": "product",
    "resources": "resource",
    "periods": "period",
    "options": "option",
    "process_steps": "process step",
    "focus_criteria": "focus criterion",
    "operations": "unit operation",
    "waste_streams": "waste stream",
    "causes": "cause",
}
# Sections whose codes share one namespace: CPOption.addresses names either, so a code may not
# be both a waste stream's and a cause's.
_SHARED_CODES = (("waste_streams", "causes"),)

# (section, field, referred section, may be empty)
_REFERENCES = (
    ("production", "period", "periods", False),
    ("production", "product", "products", False),
    ("consumption", "period", "periods", False),
    ("consumption", "resource", "resources", False),
    ("consumption", "product", "products", True),
    ("allocations", "resource", "resources", False),
    ("allocations", "product", "products", False),
    ("step_flows", "step", "process_steps", False),
    ("step_flows", "resource", "resources", True),
    ("focus_scores", "step", "process_steps", False),
    ("focus_scores", "criterion", "focus_criteria", False),
    ("operations", "step", "process_steps", True),
    ("balance_flows", "operation", "operations", False),
    ("balance_flows", "to_operation", "operations", True),
    ("waste_streams", "operation", "operations", True),
    ("causes", "waste_stream", "waste_streams", False),
    ("technical_checks", "option", "options", False),
    ("environmental_effects", "option", "options", False),
    ("implementations", "option", "options", False),
    ("verified_savings", "option", "options", False),
    ("verified_savings", "resource", "resources", False),
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

    Rules: codes are non-empty and unique within their section, and no cause has a waste
    stream's code; every reference names an existing code (optional ones may be empty: a
    consumption record's product, the settings' periods, a step flow's resource, a unit
    operation's step, a balance flow's ``to_operation``, a waste stream's operation, the method's
    focus step); an option's ``addresses`` name waste streams or causes; the method's
    ``selected_options`` name options; neither lists a code twice; a focus score is the only one
    of its step on its criterion; numbers are finite, integers fit 64 bits, text is valid Unicode.
    """
    if not isinstance(project, dict):
        return []  # the schema reports it

    problems: list[Problem] = []
    _value_problems(project, ("project",), problems)
    codes: dict[str, set[str] | None] = {}
    for section in _CODED:
        shared = next((group for group in _SHARED_CODES if section in group), (section,))
        codes[section] = _codes(project, section, problems, shared[: shared.index(section)])

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

    _option_addresses(project, codes, problems)
    _method_problems(project, codes, problems)
    _focus_score_pairs(project, problems)
    return problems


def _option_addresses(
    project: Mapping[str, Any], codes: Mapping[str, set[str] | None], problems: list[Problem]
) -> None:
    waste_streams, causes = codes["waste_streams"], codes["causes"]
    known = None if waste_streams is None or causes is None else waste_streams | causes
    for index, option in _items(project, "options"):
        path = ("project", "options", index, "addresses")
        for number, code in _listed_codes(option.get("addresses"), path, problems):
            if known is None or code in known:
                continue
            problems.append(
                ((*path, number), f"there is no waste stream or cause with code {code!r}")
            )


def _method_problems(
    project: Mapping[str, Any], codes: Mapping[str, set[str] | None], problems: list[Problem]
) -> None:
    method = project.get("method")
    if not isinstance(method, Mapping):
        return  # absent (version 1: the default) or the schema reports it
    path = ("project", "method")
    _check_reference(
        method,
        "focus_step",
        codes["process_steps"],
        "process_steps",
        path,
        problems,
        may_be_empty=True,
    )
    path = (*path, "selected_options")
    for number, code in _listed_codes(method.get("selected_options"), path, problems):
        _check_reference(
            {"code": code}, "code", codes["options"], "options", path, problems, at=number
        )


def _listed_codes(items: Any, path: JsonPath, problems: list[Problem]) -> Iterator[tuple[int, str]]:
    """The (index, code) of a list of codes, reporting a code listed twice (and not yielding it)."""
    if not isinstance(items, list):
        return
    first_index: dict[str, int] = {}
    for number, code in enumerate(items):
        if not isinstance(code, str):
            continue
        if code in first_index:
            earlier = json_path((*path, first_index[code]))
            problems.append(((*path, number), f"code {code!r} is already listed at {earlier}"))
            continue
        first_index[code] = number
        yield number, code


def _focus_score_pairs(project: Mapping[str, Any], problems: list[Problem]) -> None:
    first_index: dict[tuple[str, str], int] = {}
    for index, score in _items(project, "focus_scores"):
        pair = (score.get("step"), score.get("criterion"))
        if not all(isinstance(code, str) for code in pair):
            continue
        if pair in first_index:
            earlier = json_path(("project", "focus_scores", first_index[pair]))
            problems.append(
                (
                    ("project", "focus_scores", index),
                    f"step {pair[0]!r} already has a score on criterion {pair[1]!r} at {earlier}",
                )
            )
        else:
            first_index[pair] = index


def _items(container: Mapping[str, Any], section: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    items = container.get(section)
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, Mapping):
                yield index, item


def _codes(
    project: Mapping[str, Any],
    section: str,
    problems: list[Problem],
    shared_with: Sequence[str] = (),
) -> set[str] | None:
    """The codes of a section, reporting empty and repeated ones; None if it is not a list.

    A code is also repeated if an item of a section in ``shared_with`` has it.
    """
    if not isinstance(project.get(section, []), list):
        return None  # the schema reports it; references to it would only repeat that
    first_path: dict[str, JsonPath] = {}
    for other in shared_with:
        for index, item in _items(project, other):
            code = item.get("code")
            if isinstance(code, str) and code:
                first_path.setdefault(code, ("project", other, index))
    first_index: dict[str, int] = {}
    for index, item in _items(project, section):
        code = item.get("code")
        if not isinstance(code, str):
            continue
        path = ("project", section, index, "code")
        if code == "":
            problems.append((path, f"a {_CODED[section]} needs a code"))
        elif code in first_path:
            problems.append(
                (path, f"code {code!r} is already used by {json_path(first_path[code])}")
            )
        else:
            first_index[code] = index
            first_path[code] = ("project", section, index)
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
    at: str | int | None = None,
) -> None:
    """Report ``item[field]`` unless it is in ``known``, at ``path`` + (``at`` or ``field``)."""
    code = item.get(field)
    if known is None or not isinstance(code, str) or (code == "" and may_be_empty):
        return
    if code in known:
        return
    what = _CODED[target]
    message = f"a {what} code is needed" if code == "" else f"there is no {what} with code {code!r}"
    problems.append(((*path, field if at is None else at), message))


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
