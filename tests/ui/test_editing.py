"""Edits that keep the project's references whole: renaming codes, removing what depends."""

import dataclasses

import pytest

from cpaudit.audit.iac import demo_project
from cpaudit.store import checks, projectfile
from cpaudit.ui import editing


@pytest.fixture(scope="module")
def demo():
    return demo_project()


def test_the_references_are_those_the_store_checks():
    mine = {(section, field, target) for section, field, target, _policy in editing.REFERENCES}
    stores = {(section, field, target) for section, field, target, _empty in checks._REFERENCES}
    assert mine == stores


def test_renaming_a_process_step_renames_every_reference(demo):
    renamed = editing.rename_code(demo, "process_steps", "S2", "HOI")

    assert [s.code for s in renamed.process_steps] == ["S1", "HOI", "S3"]
    assert "S2" not in {f.step for f in renamed.step_flows}
    assert "S2" not in {s.step for s in renamed.focus_scores}
    assert {op.step for op in renamed.operations} == {"HOI"}
    assert renamed.method.focus_step == "HOI"
    assert len(renamed.step_flows) == len(demo.step_flows)


def test_renaming_a_resource_renames_savings_and_records(demo):
    renamed = editing.rename_code(demo, "resources", "EC", "DIEN")

    resources = {s.resource for o in renamed.options for s in o.savings}
    assert "EC" not in resources and "DIEN" in resources
    assert "DIEN" in {c.resource for c in renamed.consumption}
    assert renamed.options[0].savings[0].resource == "DIEN"


def test_renaming_a_waste_stream_renames_causes_and_addresses(demo):
    renamed = editing.rename_code(demo, "waste_streams", "WS-TRAPS", "W1")

    assert renamed.causes[0].waste_stream == "W1"
    assert ("W1",) in [o.addresses for o in renamed.options]


def test_renaming_the_baseline_period_renames_the_settings(demo):
    renamed = editing.rename_code(demo, "periods", "FY2024", "Y24")

    assert renamed.settings.baseline_period == "Y24"
    assert {p.period for p in renamed.production} == {"Y24"}


def test_removing_an_option_removes_what_needs_it(demo):
    index = [o.code for o in demo.options].index("DL023803")

    changed, consequences = editing.remove_rows(demo, "options", [index])

    assert "DL023803" not in [o.code for o in changed.options]
    assert "DL023803" not in changed.method.selected_options
    assert "DL023803" not in {c.option for c in changed.technical_checks}
    assert "DL023803" not in {i.option for i in changed.implementations}
    kinds = {(section, kind) for section, kind, _count in consequences}
    assert ("technical_checks", "removed") in kinds
    assert ("implementations", "removed") in kinds
    assert ("selected_options", "removed") in kinds


def test_removing_a_unit_operation_clears_optional_references(demo):
    changed, consequences = editing.remove_rows(demo, "operations", [1])

    assert {f.operation for f in changed.balance_flows} == {"OP1"}
    assert all(f.to_operation == "" for f in changed.balance_flows)
    assert [w.operation for w in changed.waste_streams if w.code == "WS-HEAT"] == [""]
    assert ("balance_flows", "removed", 3) in consequences
    assert ("waste_streams", "cleared", 1) in consequences


def test_removing_a_waste_stream_removes_its_causes_and_their_addresses(demo):
    index = [w.code for w in demo.waste_streams].index("WS-TRAPS")

    changed, consequences = editing.remove_rows(demo, "waste_streams", [index])

    assert "WS-TRAPS" not in {c.waste_stream for c in changed.causes}
    addressed = {code for o in changed.options for code in o.addresses}
    assert "WS-TRAPS" not in addressed
    assert ("causes", "removed", 1) in consequences
    assert ("addresses", "removed", 1) in consequences


def test_removing_plain_rows_has_no_consequences(demo):
    changed, consequences = editing.remove_rows(demo, "team", [0, 1])

    assert len(changed.team) == len(demo.team) - 2
    assert consequences == []


@pytest.mark.parametrize(
    ("section", "indexes"),
    [
        ("resources", [0]),
        ("periods", [0]),
        ("process_steps", [1]),
        ("focus_criteria", [0]),
        ("options", [0, 4]),
        ("products", [0]),
        ("causes", [0]),
    ],
)
def test_what_is_left_can_be_saved(demo, tmp_path, section, indexes):
    changed, _consequences = editing.remove_rows(demo, section, indexes)
    path = tmp_path / "left.cpaudit"

    projectfile.create_project_file(path, changed)

    assert projectfile.load_project(path) == changed


def test_a_renamed_project_can_be_saved(demo, tmp_path):
    changed = demo
    for section in ("products", "resources", "periods", "options", "process_steps"):
        old = getattr(changed, section)[0].code
        changed = editing.rename_code(changed, section, old, f"{old}-NEW")
    path = tmp_path / "renamed.cpaudit"

    projectfile.create_project_file(path, changed)

    assert projectfile.load_project(path) == changed


def test_codes_must_be_filled_and_free(demo):
    assert editing.code_problem(demo, "process_steps", "", own_index=0) == "empty"
    assert editing.code_problem(demo, "process_steps", "S2", own_index=0) == "taken"
    assert editing.code_problem(demo, "process_steps", "S1", own_index=0) is None
    # waste streams and causes share their codes: an option's addresses name either
    assert editing.code_problem(demo, "causes", "WS-AIR", own_index=0) == "taken"


def test_next_code_counts_on_from_the_highest(demo):
    assert editing.next_code(demo, "process_steps") == "S4"
    assert editing.next_code(demo, "operations") == "OP3"
    empty = dataclasses.replace(demo, options=())
    assert editing.next_code(empty, "options") == "O1"


def test_changed_fields_are_found_by_identity(demo):
    team = dataclasses.replace(demo, team=demo.team[:1])

    assert editing.changed_fields(demo, team) == {"team"}
    assert editing.changed_fields(demo, demo) == set()
    assert "team" in editing.changed_fields(None, demo)
