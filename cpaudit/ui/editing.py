"""Edits of the immutable project that keep every reference whole (no Qt here).

The project file refuses a project whose references point nowhere (``cpaudit.store.checks``), so
the interface never makes one: renaming a code renames every reference to it, and removing an item
removes what cannot exist without it (a step's flows and scores, an option's checks and plans)
and clears optional references to it. :func:`removal_consequences` says what that would be, so the
window can ask before it happens.
"""

import dataclasses
import re
from collections import Counter

# Sections whose items have a code that others refer to, and the prefix of a new item's code.
CODE_PREFIXES = {
    "products": "P",
    "resources": "R",
    "periods": "PD",
    "options": "O",
    "process_steps": "S",
    "focus_criteria": "CR",
    "operations": "OP",
    "waste_streams": "W",
    "causes": "CA",
}
# Waste streams and causes share one set of codes: an option's ``addresses`` names either.
SHARED_CODES = {"waste_streams": ("causes",), "causes": ("waste_streams",)}

REMOVE, CLEAR = "remove", "clear"

# (section, field, referred section, what happens to the item when the referred one is removed).
# The same references as cpaudit.store.checks, which tests/ui/test_editing.py compares.
REFERENCES = (
    ("production", "period", "periods", REMOVE),
    ("production", "product", "products", REMOVE),
    ("consumption", "period", "periods", REMOVE),
    ("consumption", "resource", "resources", REMOVE),
    ("consumption", "product", "products", REMOVE),
    ("allocations", "resource", "resources", REMOVE),
    ("allocations", "product", "products", REMOVE),
    ("step_flows", "step", "process_steps", REMOVE),
    ("step_flows", "resource", "resources", CLEAR),
    ("focus_scores", "step", "process_steps", REMOVE),
    ("focus_scores", "criterion", "focus_criteria", REMOVE),
    ("operations", "step", "process_steps", CLEAR),
    ("balance_flows", "operation", "operations", REMOVE),
    ("balance_flows", "to_operation", "operations", CLEAR),
    ("waste_streams", "operation", "operations", CLEAR),
    ("causes", "waste_stream", "waste_streams", REMOVE),
    ("technical_checks", "option", "options", REMOVE),
    ("environmental_effects", "option", "options", REMOVE),
    ("implementations", "option", "options", REMOVE),
    ("verified_savings", "option", "options", REMOVE),
    ("verified_savings", "resource", "resources", REMOVE),
)

_CODE_NUMBER = re.compile(r"(\d+)$")


def rows(project, section):
    return getattr(project, section)


def codes(project, section):
    return [item.code for item in rows(project, section)]


def taken_codes(project, section):
    """Codes a new item of ``section`` may not have (its own and those sharing its namespace)."""
    taken = set(codes(project, section))
    for other in SHARED_CODES.get(section, ()):
        taken.update(codes(project, other))
    return taken


def next_code(project, section, prefix=None):
    """A free code: the prefix and one more than the highest number used with it (``S3``)."""
    prefix = prefix or CODE_PREFIXES[section]
    taken = taken_codes(project, section)
    numbers = [
        int(match.group(1))
        for code in taken
        if code.startswith(prefix) and (match := _CODE_NUMBER.search(code[len(prefix) :]))
    ]
    number = max(numbers, default=0) + 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def with_rows(project, section, items):
    return dataclasses.replace(project, **{section: tuple(items)})


def replace_row(project, section, index, item):
    items = list(rows(project, section))
    items[index] = item
    return with_rows(project, section, items)


def insert_rows(project, section, index, items):
    current = list(rows(project, section))
    current[index:index] = items
    return with_rows(project, section, current)


# ---- renaming a code --------------------------------------------------------------------------


def rename_code(project, section, old, new):
    """The project with item ``old`` of ``section`` called ``new``, and every reference with it.

    The caller checks that ``new`` is free (:func:`code_problem`).
    """
    if old == new:
        return project
    items = [
        dataclasses.replace(item, code=new) if item.code == old else item
        for item in rows(project, section)
    ]
    project = with_rows(project, section, items)
    for referring, field, target, _policy in REFERENCES:
        if target == section:
            project = _map_field(
                project, referring, field, lambda code: new if code == old else code
            )
    return _map_special(project, section, lambda code: new if code == old else code)


def code_problem(project, section, code, own_index=None):
    """Why ``code`` cannot name an item of ``section`` (``"empty"`` or ``"taken"``), else None."""
    if not code:
        return "empty"
    own = rows(project, section)[own_index].code if own_index is not None else None
    if code != own and code in taken_codes(project, section):
        return "taken"
    return None


# ---- removing items ---------------------------------------------------------------------------


def remove_rows(project, section, indexes):
    """The project without the rows ``indexes`` of ``section``, and without what needs them.

    Returns ``(project, consequences)``; the consequences are :func:`removal_consequences`'.
    """
    indexes = set(indexes)
    removed_codes = set()
    kept = []
    for index, item in enumerate(rows(project, section)):
        if index in indexes:
            if hasattr(item, "code") and section in CODE_PREFIXES:
                removed_codes.add(item.code)
        else:
            kept.append(item)
    before = project
    project = with_rows(project, section, kept)
    if removed_codes:
        project = _remove_dependents(project, section, removed_codes)
    return project, _differences(before, project, section)


def removal_consequences(project, section, indexes):
    """What else removing rows ``indexes`` of ``section`` changes: ``[(section, kind, count)]``.

    ``kind`` is ``"removed"`` (items that cannot exist without the removed ones) or ``"cleared"``
    (items whose optional reference is emptied); ``section`` may be ``"savings"`` (an option's
    resource savings), ``"addresses"``, ``"selected_options"``, ``"focus_step"`` or ``"settings"``.
    """
    return remove_rows(project, section, indexes)[1]


def _remove_dependents(project, section, gone):
    """Remove or clear, recursively, whatever refers to the codes ``gone`` of ``section``."""
    for referring, field, target, policy in REFERENCES:
        if target != section:
            continue
        items = rows(project, referring)
        if policy == CLEAR:
            project = _map_field(project, referring, field, lambda c: "" if c in gone else c)
            continue
        kept = [item for item in items if getattr(item, field) not in gone]
        if len(kept) == len(items):
            continue
        lost = {item.code for item in items if item not in kept and referring in CODE_PREFIXES}
        project = with_rows(project, referring, kept)
        if lost:
            project = _remove_dependents(project, referring, lost)
    return _map_special(project, section, lambda code: None if code in gone else code)


def _map_field(project, section, field, change):
    items = rows(project, section)
    changed = [
        dataclasses.replace(item, **{field: change(getattr(item, field))})
        if change(getattr(item, field)) != getattr(item, field)
        else item
        for item in items
    ]
    if all(a is b for a, b in zip(items, changed, strict=True)):
        return project
    return with_rows(project, section, changed)


def _map_special(project, section, change):
    """References outside the plain sections; ``change(code)`` gives None to drop a listed code."""
    if section == "resources":
        options = tuple(_map_savings(option, change) for option in project.options)
        if any(a is not b for a, b in zip(options, project.options, strict=True)):
            project = dataclasses.replace(project, options=options)
    if section in ("waste_streams", "causes"):
        options = tuple(_map_codes(option, "addresses", change) for option in project.options)
        if any(a is not b for a, b in zip(options, project.options, strict=True)):
            project = dataclasses.replace(project, options=options)
    if section == "options":
        method = _map_codes(project.method, "selected_options", change)
        if method is not project.method:
            project = dataclasses.replace(project, method=method)
    if section == "process_steps" and project.method.focus_step:
        new = change(project.method.focus_step)
        if new != project.method.focus_step:
            method = dataclasses.replace(project.method, focus_step=new or "")
            project = dataclasses.replace(project, method=method)
    if section == "periods":
        settings = project.settings
        fields = {
            name: change(getattr(settings, name)) or ""
            for name in ("baseline_period", "current_period")
            if getattr(settings, name)
            and change(getattr(settings, name)) != getattr(settings, name)
        }
        if fields:
            project = dataclasses.replace(project, settings=dataclasses.replace(settings, **fields))
    return project


def _map_savings(option, change):
    savings = []
    for saving in option.savings:
        new = change(saving.resource)
        if new is None:
            continue
        savings.append(
            saving if new == saving.resource else dataclasses.replace(saving, resource=new)
        )
    if len(savings) == len(option.savings) and all(
        a is b for a, b in zip(savings, option.savings, strict=True)
    ):
        return option
    return dataclasses.replace(option, savings=tuple(savings))


def _map_codes(obj, field, change):
    old = getattr(obj, field)
    new = tuple(code for code in (change(c) for c in old) if code is not None)
    if new == old:
        return obj
    return dataclasses.replace(obj, **{field: new})


def _differences(before, after, removed_from):
    """What changed besides the removed rows themselves, as ``[(section, kind, count)]``."""
    found = []
    for section in _SECTIONS_WITH_ROWS:
        if section in (removed_from, "options"):  # options change only in savings and addresses
            continue
        old, new = rows(before, section), rows(after, section)
        if old is new:
            continue
        if len(new) < len(old):
            found.append((section, "removed", len(old) - len(new)))
        else:
            count = sum(1 for a, b in zip(old, new, strict=True) if a is not b)
            if count:
                found.append((section, "cleared", count))
    saving_counts = Counter()
    address_counts = 0
    for old, new in zip(before.options, after.options, strict=False):
        if old is new:
            continue
        saving_counts["savings"] += len(old.savings) - len(new.savings)
        address_counts += len(old.addresses) - len(new.addresses)
    if removed_from != "options":
        if saving_counts["savings"]:
            found.append(("savings", "removed", saving_counts["savings"]))
        if address_counts:
            found.append(("addresses", "removed", address_counts))
    dropped = len(before.method.selected_options) - len(after.method.selected_options)
    if dropped:
        found.append(("selected_options", "removed", dropped))
    if before.method.focus_step != after.method.focus_step:
        found.append(("focus_step", "cleared", 1))
    if before.settings is not after.settings:
        found.append(("settings", "cleared", 1))
    return found


_SECTIONS_WITH_ROWS = (
    "products",
    "resources",
    "periods",
    "production",
    "consumption",
    "allocations",
    "options",
    "team",
    "process_steps",
    "step_flows",
    "focus_criteria",
    "focus_scores",
    "operations",
    "balance_flows",
    "waste_streams",
    "causes",
    "technical_checks",
    "environmental_effects",
    "implementations",
    "verified_savings",
    "sustain_actions",
)


# ---- what changed -----------------------------------------------------------------------------

PROJECT_FIELDS = (*_SECTIONS_WITH_ROWS, "establishment", "settings", "method", "sources")
# What the assessment (specific consumption, savings, option economics) is computed from.
ASSESSED_FIELDS = frozenset(
    ("products", "resources", "periods", "production", "consumption", "allocations", "options")
    + ("settings",)
)


def changed_fields(before, after):
    """The names of the project's fields that are not the same objects in ``after``."""
    if before is None or after is None:
        return set(PROJECT_FIELDS)
    return {name for name in PROJECT_FIELDS if getattr(before, name) is not getattr(after, name)}
