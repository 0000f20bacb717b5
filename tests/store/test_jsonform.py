"""The JSON form: exact round trips, every problem reported at once with its path, the schema."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import typing
import unicodedata
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from store_samples import (
    MARKUP_NAME,
    VIETNAMESE_NFC,
    VIETNAMESE_NFD,
    full_project,
    nfc_of_nfd_project,
    nfd_project,
    version_1_part,
)

from cpaudit.audit import model
from cpaudit.audit.iac import demo_project
from cpaudit.audit.model import Project
from cpaudit.store import jsonform
from cpaudit.store.jsonform import (
    project_from_json,
    project_to_json,
    read_json,
    write_json,
)
from cpaudit.store.projectfile import (
    InvalidProjectError,
    NewerFileError,
    NotAProjectFileError,
    ProjectFileError,
    create_project_file,
    load_project,
)

SCHEMA_FOLDER = Path(jsonform.__file__).parents[1] / "resources" / "schema"
SCHEMA_PATH = SCHEMA_FOLDER / "project-v2.schema.json"
V1_SCHEMA_PATH = SCHEMA_FOLDER / "project-v1.schema.json"
#: A version-1 document written by cpaudit before version 2 (commit c50fb8a), of the
#: ``full_project`` of that time: ``version_1_part(full_project())`` now.
V1_DOCUMENT = Path(__file__).with_name("data") / "project-v1.json"


def test_round_trip_is_exact(project: Project) -> None:
    assert project_from_json(project_to_json(project)) == project
    assert project_from_json(project_to_json(demo_project())) == demo_project()


def test_values_are_plain_json(project: Project) -> None:
    doc = project_to_json(project)
    data = doc["project"]

    assert (doc["format"], doc["version"]) == ("cpaudit-project", 2)
    assert data["periods"][2] == {
        "code": "P2026",
        "label": "Dự kiến 2026",
        "start": "2026-01-01",
        "end": "2026-12-31",
        "kind": "projected",
    }
    assert data["establishment"]["employees"] is None
    assert data["consumption"][0] == {
        "period": "FY2020",
        "resource": "EC",
        "quantity": 10_500_000.0,
        "product": "",
        "cost": None,
    }
    assert data["options"][0]["savings"][2] == {
        "resource": "EC",
        "quantity": -15_000.0,
        "money": -27_750_000.0,
    }
    assert type(data["options"][1]["lifetime_years"]) is int
    assert type(data["options"][2]["investment"]) is float
    assert data["sources"] == list(project.sources)
    assert data["options"][0]["addresses"] == ["CA2", "WS2", "CA1"]
    assert data["options"][1]["addresses"] == []
    assert data["method"]["commitment_date"] == "2024-03-01"
    assert data["method"]["selected_options"] == ["O3", "O2"]
    assert data["team"][1] == {"name": "Lê Văn Cường", "position": "", "role": "", "why_chosen": ""}
    assert [check["satisfied"] for check in data["technical_checks"]] == [True, False, None]
    assert data["implementations"][1] == {
        "option": "O3",
        "owner": "",
        "budget": None,
        "start": None,
        "finish": None,
        "actual_cost": None,
        "note": "",
    }
    assert data["sustain_actions"][0]["due"] == "2025-01-15"
    assert data["balance_flows"][0]["measurement"] == "metered"
    assert data["causes"][0]["category"] == "equipment"
    assert json.loads(json.dumps(doc)) == doc  # nothing but JSON types


def test_json_to_file_to_json_is_unchanged(tmp_path: Path, project: Project) -> None:
    exported = tmp_path / "export.json"
    write_json(project, exported)
    original = json.loads(exported.read_text("utf-8"))

    create_project_file(tmp_path / "a.cpaudit", read_json(exported))
    again = tmp_path / "again.json"
    write_json(load_project(tmp_path / "a.cpaudit"), again)

    assert project_to_json(load_project(tmp_path / "a.cpaudit")) == original
    assert again.read_bytes() == exported.read_bytes()


def test_markup_name_survives_json_file_json(tmp_path: Path, project: Project) -> None:
    doc = project_to_json(project)
    doc["project"]["establishment"]["name"] = MARKUP_NAME
    (tmp_path / "in.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")

    create_project_file(tmp_path / "a.cpaudit", read_json(tmp_path / "in.json"))
    write_json(load_project(tmp_path / "a.cpaudit"), tmp_path / "out.json")

    out = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert out["project"]["establishment"]["name"] == MARKUP_NAME
    assert out["project"]["products"][0]["name"] == MARKUP_NAME
    assert out == doc


def test_written_file_is_readable_utf8(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "p.json"

    write_json(project, path)

    text = path.read_text("utf-8")
    assert VIETNAMESE_NFC in text  # not \\u escapes
    assert text.startswith('{\n  "format": "cpaudit-project",\n  "version": 2,\n')
    assert text.endswith("}\n")
    assert os.listdir(tmp_path) == ["p.json"]


def test_nfd_text_is_imported_and_exported_as_nfc(project: Project) -> None:
    doc = project_to_json(project)
    doc["project"]["establishment"]["name"] = VIETNAMESE_NFD

    assert project_from_json(doc).establishment.name == VIETNAMESE_NFC
    exported = project_to_json(nfd_project())["project"]
    assert exported["establishment"]["name"] == VIETNAMESE_NFC
    assert exported["products"][1]["name"] == "Bia hơi"
    assert exported["method"]["focus_reason"] == VIETNAMESE_NFC
    assert project_from_json(project_to_json(nfd_project())) == nfc_of_nfd_project()


def test_nfd_codes_match_their_nfc_references(project: Project) -> None:
    doc = project_to_json(project)
    data = doc["project"]
    data["waste_streams"][1]["code"] = "Xỉ"
    data["causes"][2]["waste_stream"] = unicodedata.normalize("NFD", "Xỉ")
    data["options"][2]["addresses"] = [unicodedata.normalize("NFD", "Xỉ")]

    imported = project_from_json(doc)

    assert imported.causes[2].waste_stream == "Xỉ"
    assert imported.options[2].addresses == ("Xỉ",)


def test_codes_that_differ_only_in_normal_form_are_duplicates(project: Project) -> None:
    doc = project_to_json(project)
    doc["project"]["products"][0]["code"] = "Hơi"
    doc["project"]["products"][1]["code"] = "Ho\u031bi"  # the same code, decomposed

    with pytest.raises(InvalidProjectError) as caught:
        project_from_json(doc)

    assert "project.products[1].code: code 'Hơi' is already used by project.products[0]" in (
        caught.value.problems
    )


def test_optional_fields_may_be_left_out() -> None:
    doc = {
        "format": "cpaudit-project",
        "version": 1,
        "project": {
            "establishment": {"name": "Nhà máy"},
            "settings": {"baseline_period": "Y1"},
            "products": [{"code": "P", "name": "Bia", "unit": "hl"}],
            "periods": [
                {"code": "Y1", "label": "2024", "start": "2024-01-01", "end": "2024-12-31"}
            ],
            "resources": [
                {"code": "EC", "name": "Điện", "resource_class": "energy", "unit": "kWh"}
            ],
            "consumption": [{"period": "Y1", "resource": "EC", "quantity": 5}],
        },
    }

    project = project_from_json(doc)

    assert project.settings == model.Settings(baseline_period="Y1")
    assert project.consumption == (model.ConsumptionRecord("Y1", "EC", 5.0),)
    assert type(project.consumption[0].quantity) is float
    assert project.options == ()


def test_optional_fields_of_version_2_may_be_left_out() -> None:
    doc = {
        "format": "cpaudit-project",
        "version": 2,
        "project": {
            "establishment": {"name": "Nhà máy"},
            "settings": {"baseline_period": ""},
            "process_steps": [{"code": "S1", "name": "Nấu"}],
            "step_flows": [
                {
                    "step": "S1",
                    "kind": "input",
                    "name": "Hơi",
                    "quantity_per_unit": None,
                    "unit": "t",
                }
            ],
            "operations": [{"code": "U1", "name": "Nồi"}],
            "balance_flows": [
                {"operation": "U1", "kind": "waste", "name": "Hơi", "quantity": 2, "unit": "t"}
            ],
            "waste_streams": [{"code": "W", "name": "Hơi", "quantity": 3, "unit": "t"}],
            "options": [
                {
                    "code": "O1",
                    "title": "Bẫy hơi",
                    "technique": "good_housekeeping",
                    "screening": "implement_now",
                    "status": "proposed",
                    "investment": 0,
                    "addresses": ["W"],
                }
            ],
            "technical_checks": [{"option": "O1", "question": "?"}],
            "implementations": [{"option": "O1"}],
            "sustain_actions": [{"action": "Đào tạo"}],
            "team": [{"name": "An"}],
        },
    }

    project = project_from_json(doc)

    assert project.method == model.Method()
    assert project.step_flows == (model.StepFlow("S1", model.FlowKind.INPUT, "Hơi", None, "t"),)
    assert project.balance_flows[0].measurement is model.Measurement.ESTIMATED
    assert project.waste_streams == (model.WasteStream("W", "Hơi", 3.0, "t"),)
    assert project.technical_checks == (model.TechnicalCheck("O1", "?"),)
    assert project.implementations == (model.Implementation("O1"),)
    assert project.sustain_actions == (model.SustainAction("Đào tạo"),)
    assert project.team == (model.TeamMember("An"),)
    assert project.options[0].addresses == ("W",)


# --- version 1 --------------------------------------------------------------------------------


def test_version_1_document_still_imports(tmp_path: Path) -> None:
    doc = json.loads(V1_DOCUMENT.read_text("utf-8"))
    assert doc["version"] == 1

    project = read_json(V1_DOCUMENT)

    assert project == version_1_part(full_project())
    assert project.method == model.Method()
    assert project.options[0].addresses == ()
    exported = project_to_json(project)
    assert exported["version"] == 2
    for key, value in doc["project"].items():
        if key != "options":
            assert exported["project"][key] == value, key
    assert [
        {name: value for name, value in option.items() if name != "addresses"}
        for option in exported["project"]["options"]
    ] == doc["project"]["options"]
    create_project_file(tmp_path / "a.cpaudit", project)
    assert load_project(tmp_path / "a.cpaudit") == project


def test_version_1_document_is_checked_against_version_1(project: Project) -> None:
    doc = json.loads(V1_DOCUMENT.read_text("utf-8"))
    doc["project"]["team"] = []
    doc["project"]["options"][0]["addresses"] = []
    doc["project"]["products"][0]["unit"] = None

    with pytest.raises(InvalidProjectError) as caught:
        project_from_json(doc)

    assert caught.value.problems == [
        "project: Additional properties are not allowed ('team' was unexpected)",
        "project.products[0].unit: None is not of type 'string'",
        "project.options[0]: Additional properties are not allowed ('addresses' was unexpected)",
    ]


def test_version_1_document_with_a_broken_reference(project: Project) -> None:
    doc = json.loads(V1_DOCUMENT.read_text("utf-8"))
    doc["project"]["allocations"][0]["product"] = "P9"

    with pytest.raises(InvalidProjectError) as caught:
        project_from_json(doc)

    assert caught.value.problems == [
        "project.allocations[0].product: there is no product with code 'P9'"
    ]


@pytest.mark.parametrize("version", [0, "2", None, True, 1.5])
def test_unknown_versions_are_reported(project: Project, version: Any) -> None:
    doc = project_to_json(project)
    doc["version"] = version

    with pytest.raises(InvalidProjectError) as caught:
        project_from_json(doc)

    assert caught.value.problems == ["version: 2 was expected"]


def test_every_problem_is_listed_with_its_path(project: Project) -> None:
    doc = project_to_json(project)
    data = doc["project"]
    data["products"][1]["unit"] = 5
    data["periods"][1]["start"] = "2024-13-01"
    data["periods"][2]["code"] = "FY2024"
    del data["resources"][0]["unit"]
    data["resources"][1]["resource_class"] = "coal"
    data["consumption"][2]["quantity"] = "450000"
    data["consumption"][3]["product"] = "P9"
    data["consumption"][4]["quantitiy"] = 1.0
    data["options"][0]["savings"][1]["resource"] = "STEAM"
    data["options"][1]["lifetime_years"] = 7.5
    data["settings"]["baseline_period"] = "FY1999"

    with pytest.raises(InvalidProjectError) as caught:
        project_from_json(doc)

    assert caught.value.problems == [
        "project.settings.baseline_period: there is no period with code 'FY1999'",
        "project.products[1].unit: 5 is not of type 'string'",
        "project.resources[0]: 'unit' is a required property",
        "project.resources[1].resource_class: 'coal' is not one of "
        "['energy', 'fuel', 'material', 'water', 'other']",
        "project.periods[1].start: '2024-13-01' is not a 'date'",
        "project.periods[2].code: code 'FY2024' is already used by project.periods[0]",
        "project.consumption[2].quantity: '450000' is not of type 'number'",
        "project.consumption[3].product: there is no product with code 'P9'",
        "project.consumption[4]: Additional properties are not allowed "
        "('quantitiy' was unexpected)",
        "project.options[0].savings[1].resource: there is no resource with code 'STEAM'",
        "project.options[1].lifetime_years: 7.5 is not of type 'integer', 'null'",
    ]
    assert str(caught.value).splitlines()[0] == (
        "The document is not a valid cpaudit project; 11 problems to correct:"
    )
    assert str(caught.value).splitlines()[2] == (
        "  project.products[1].unit: 5 is not of type 'string'"
    )


def test_problems_in_a_file_name_the_file(tmp_path: Path, project: Project) -> None:
    doc = project_to_json(project)
    doc["project"]["products"] = "none"
    doc["project"]["consumption"][0]["quantity"] = float("nan")
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), "utf-8")  # writes NaN, which Python's json reads back

    with pytest.raises(InvalidProjectError) as caught:
        read_json(path)

    assert str(caught.value).splitlines() == [
        "\u201cbad.json\u201d is not a valid cpaudit project; 2 problems to correct:",
        "  project.products: 'none' is not of type 'array'",
        "  project.consumption[0].quantity: nan is not a finite number",
    ]
    assert caught.value.path == path


def test_broken_cp_method_references_are_listed_with_their_paths(project: Project) -> None:
    doc = project_to_json(project)
    data = doc["project"]
    data["method"]["focus_step"] = "S9"
    data["method"]["selected_options"] = ["O2", 5, "O9"]
    data["method"]["commitment_date"] = "2024-02-30"
    data["options"][0]["addresses"] = ["WS2", "CA9", "", "WS2"]
    data["team"][0]["position"] = None
    data["step_flows"][0]["step"] = "S9"
    data["step_flows"][1]["resource"] = "GAS"
    data["focus_scores"][1]["criterion"] = "LOSS"
    data["focus_scores"][2]["step"] = "S8"
    data["operations"][0]["step"] = "S7"
    data["operations"].append({"code": "U1", "name": "again", "step": ""})
    data["balance_flows"][1]["to_operation"] = "U9"
    data["balance_flows"][2]["measurement"] = "guessed"
    data["waste_streams"][0]["operation"] = "U8"
    data["causes"][0]["waste_stream"] = ""
    data["causes"][1]["code"] = "WS1"
    data["technical_checks"][0]["option"] = "O9"
    data["technical_checks"][1]["satisfied"] = "yes"
    data["environmental_effects"][1]["option"] = "O8"
    data["implementations"][0]["option"] = "O7"
    data["implementations"][1]["start"] = "soon"
    data["verified_savings"][0]["option"] = "O6"
    data["verified_savings"][1]["resource"] = "STEAM"
    data["sustain_actions"][1]["due"] = 2025

    with pytest.raises(InvalidProjectError) as caught:
        project_from_json(doc)

    assert caught.value.problems == [
        "project.options[0].addresses[1]: there is no waste stream or cause with code 'CA9'",
        "project.options[0].addresses[2]: there is no waste stream or cause with code ''",
        "project.options[0].addresses[3]: code 'WS2' is already listed at"
        " project.options[0].addresses[0]",
        "project.method.commitment_date: '2024-02-30' is not a 'date'",
        "project.method.focus_step: there is no process step with code 'S9'",
        "project.method.selected_options[1]: 5 is not of type 'string'",
        "project.method.selected_options[2]: there is no option with code 'O9'",
        "project.team[0].position: None is not of type 'string'",
        "project.step_flows[0].step: there is no process step with code 'S9'",
        "project.step_flows[1].resource: there is no resource with code 'GAS'",
        "project.focus_scores[1]: step 'S2' already has a score on criterion 'LOSS' at"
        " project.focus_scores[0]",
        "project.focus_scores[2].step: there is no process step with code 'S8'",
        "project.operations[0].step: there is no process step with code 'S7'",
        "project.operations[2].code: code 'U1' is already used by project.operations[1]",
        "project.balance_flows[1].to_operation: there is no unit operation with code 'U9'",
        "project.balance_flows[2].measurement: 'guessed' is not one of "
        "['metered', 'calculated', 'estimated']",
        "project.waste_streams[0].operation: there is no unit operation with code 'U8'",
        "project.causes[0].waste_stream: a waste stream code is needed",
        "project.causes[1].code: code 'WS1' is already used by project.waste_streams[1]",
        "project.technical_checks[0].option: there is no option with code 'O9'",
        "project.technical_checks[1].satisfied: 'yes' is not of type 'boolean', 'null'",
        "project.environmental_effects[1].option: there is no option with code 'O8'",
        "project.implementations[0].option: there is no option with code 'O7'",
        "project.implementations[1].start: 'soon' is not a 'date'",
        "project.verified_savings[0].option: there is no option with code 'O6'",
        "project.verified_savings[1].resource: there is no resource with code 'STEAM'",
        "project.sustain_actions[1].due: 2025 is not of type 'string', 'null'",
    ]


def test_broken_structure_is_reported_not_raised() -> None:
    for project_value in (
        None,
        [],
        {"products": [1, "x", None]},
        {"options": [{"savings": 3}]},
        {"options": [{"addresses": "WS1"}], "waste_streams": None},
        {"method": [], "focus_scores": [{"step": 1}, {"criterion": []}]},
        {"method": {"selected_options": [None, {}]}, "causes": "none"},
        {"options": [{"addresses": ["A", None]}], "causes": [{"code": 5}]},
    ):
        doc = {"format": "cpaudit-project", "version": 2, "project": project_value}
        with pytest.raises(InvalidProjectError) as caught:
            project_from_json(doc)
        assert caught.value.problems


def test_newer_version_is_refused_plainly(tmp_path: Path, project: Project) -> None:
    doc = project_to_json(project)
    doc["version"] = 3
    doc["project"]["something_new"] = {"x": 1}
    path = tmp_path / "new.json"
    path.write_text(json.dumps(doc), "utf-8")

    with pytest.raises(NewerFileError) as caught:
        read_json(path)

    assert str(caught.value) == (
        "\u201cnew.json\u201d was written by a newer version of cpaudit (JSON format version 3);"
        " update cpaudit to open it."
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "\u201cx.json\u201d is empty: it is not a cpaudit project."),
        (b"  \n", "\u201cx.json\u201d is empty: it is not a cpaudit project."),
        (
            b'{"format": "cpaudit-project",\n  "version": 1,,}',
            "\u201cx.json\u201d is not a cpaudit project: it is not valid JSON"
            " (line 2, column 16: Expecting property name enclosed in double quotes).",
        ),
        (
            b"\xff\xfe\x00garbage",
            "\u201cx.json\u201d is not a cpaudit project: it is not UTF-8 text.",
        ),
        (
            b"[1, 2]",
            '\u201cx.json\u201d is not a cpaudit project (it has no "format": "cpaudit-project").',
        ),
        (
            b'{"format": "other", "version": 1}',
            '\u201cx.json\u201d is not a cpaudit project (it has no "format": "cpaudit-project").',
        ),
    ],
)
def test_files_that_are_not_projects(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)

    with pytest.raises(NotAProjectFileError) as caught:
        read_json(path)

    assert str(caught.value) == message


def test_byte_order_mark_is_accepted(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(project_to_json(project)).encode())

    assert read_json(path) == project


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError) as missing:
        read_json(tmp_path / "gone.json")
    with pytest.raises(ProjectFileError) as folder:
        read_json(tmp_path)

    assert str(missing.value) == (
        "\u201cgone.json\u201d could not be opened: it or its folder does not exist."
    )
    assert str(folder.value) == f"\u201c{tmp_path.name}\u201d is a folder, not a project file."


def test_failed_write_keeps_the_old_file(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.json"
    write_json(demo_project(), path)
    before = path.read_bytes()

    def disk_full(self: Path, *_args: Any, **_kwargs: Any) -> int:
        with open(self, "w", encoding="utf-8") as stream:
            stream.write('{"format": "cpaudit-pro')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", disk_full)

    with pytest.raises(ProjectFileError) as caught:
        write_json(project, path)

    assert str(caught.value) == "\u201cp.json\u201d could not be written: No space left on device."
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["p.json"]


def test_invalid_project_is_not_written(tmp_path: Path, project: Project) -> None:
    broken = dataclasses.replace(project, allocations=(model.Allocation("EC", "P7", 1.0),))

    with pytest.raises(InvalidProjectError) as caught:
        write_json(broken, tmp_path / "p.json")

    assert caught.value.problems == [
        "project.allocations[0].product: there is no product with code 'P7'"
    ]
    assert os.listdir(tmp_path) == []


# --- the schema -------------------------------------------------------------------------------


def test_schema_file_is_a_valid_draft_2020_12_schema() -> None:
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))

    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["version"]["const"] == jsonform.VERSION == 2
    assert Draft202012Validator(schema).is_valid(project_to_json(full_project()))
    assert schema == jsonform.schema()


def test_version_2_schema_extends_version_1() -> None:
    """Version 2 only adds: every definition of version 1 is in version 2 unchanged, apart from
    new optional properties; so a version-1 document, its version set to 2, is valid."""
    from jsonschema import Draft202012Validator

    v1 = json.loads(V1_SCHEMA_PATH.read_text("utf-8"))
    v2 = json.loads(SCHEMA_PATH.read_text("utf-8"))

    assert v1["properties"]["version"]["const"] == 1
    assert v1 == jsonform.schema(1)
    for name, old in v1["$defs"].items():
        new = v2["$defs"][name]
        assert new["required"] == old["required"], name
        assert {key: new["properties"][key] for key in old["properties"]} == old["properties"]
    doc = json.loads(V1_DOCUMENT.read_text("utf-8"))
    assert Draft202012Validator(v1).is_valid(doc)
    doc["version"] = 2
    assert Draft202012Validator(v2).is_valid(doc)


SCHEMA_DEFS = {
    "project": model.Project,
    "establishment": model.Establishment,
    "settings": model.Settings,
    "product": model.Product,
    "resource": model.Resource,
    "period": model.Period,
    "productionRecord": model.ProductionRecord,
    "consumptionRecord": model.ConsumptionRecord,
    "allocation": model.Allocation,
    "resourceSaving": model.ResourceSaving,
    "cpOption": model.CPOption,
    "method": model.Method,
    "teamMember": model.TeamMember,
    "processStep": model.ProcessStep,
    "stepFlow": model.StepFlow,
    "focusCriterion": model.FocusCriterion,
    "focusScore": model.FocusScore,
    "unitOperation": model.UnitOperation,
    "balanceFlow": model.BalanceFlow,
    "wasteStream": model.WasteStream,
    "cause": model.Cause,
    "technicalCheck": model.TechnicalCheck,
    "environmentalEffect": model.EnvironmentalEffect,
    "implementation": model.Implementation,
    "verifiedSaving": model.VerifiedSaving,
    "sustainAction": model.SustainAction,
}


def test_every_schema_definition_is_tested() -> None:
    assert set(json.loads(SCHEMA_PATH.read_text("utf-8"))["$defs"]) == set(SCHEMA_DEFS)


@pytest.mark.parametrize("name", sorted(SCHEMA_DEFS))
def test_schema_describes_the_model(name: str) -> None:
    """Fields, required fields, defaults and enum values of the schema follow model.py."""
    definition = json.loads(SCHEMA_PATH.read_text("utf-8"))["$defs"][name]
    model_class = SCHEMA_DEFS[name]
    fields = dataclasses.fields(model_class)
    hints = typing.get_type_hints(model_class)

    assert list(definition["properties"]) == [field.name for field in fields]
    assert definition["required"] == [
        field.name
        for field in fields
        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
    ]
    for field in fields:
        described = definition["properties"][field.name]
        assert described.get("description") or "$ref" in described, field.name
        if field.default is not dataclasses.MISSING:
            default = list(field.default) if isinstance(field.default, tuple) else field.default
            assert described["default"] == default, field.name
        if isinstance(hints[field.name], type) and issubclass(hints[field.name], StrEnum):
            assert described["enum"] == [member.value for member in hints[field.name]]


def test_every_model_field_is_mapped() -> None:
    for model_class, spec in jsonform.FIELDS.items():
        assert [field.name for field in spec] == [
            field.name for field in dataclasses.fields(model_class)
        ]


def test_document_is_not_modified(project: Project) -> None:
    doc = project_to_json(nfd_project())
    before = copy.deepcopy(doc)

    project_from_json(doc)

    assert doc == before
