"""The .cpaudit project file: round trip, refusals with plain messages, atomic and safe writes."""

from __future__ import annotations

import dataclasses
import math
import os
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from store_samples import (
    MARKUP_NAME,
    VIETNAMESE_NFC,
    full_project,
    nfc_of_nfd_project,
    nfd_project,
    sha256,
    version_1_part,
)

from cpaudit.audit import model
from cpaudit.audit.iac import demo_project
from cpaudit.audit.model import (
    Allocation,
    ConsumptionRecord,
    CPOption,
    Establishment,
    Period,
    Product,
    ProductionRecord,
    Project,
    Resource,
    ResourceSaving,
    Settings,
)
from cpaudit.store import checks, migrate, rows, tables
from cpaudit.store.jsonform import to_plain
from cpaudit.store.projectfile import (
    DamagedFileError,
    InvalidProjectError,
    NewerFileError,
    NotAProjectFileError,
    ProjectFileError,
    create_project_file,
    load_project,
    save_project,
)


def files_in(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def sql(path: Path, statement: str) -> list[tuple]:
    """Run one statement on the file with plain sqlite3, as another program would."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            return connection.execute(statement).fetchall()
    finally:
        connection.close()


def revision_of(path: Path) -> str:
    return sql(path, "SELECT version_num FROM alembic_version")[0][0]


# --- round trip -------------------------------------------------------------------------------


def test_round_trip_keeps_every_field_and_order(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "a.cpaudit"

    create_project_file(path, project)

    assert load_project(path) == project
    assert files_in(tmp_path) == ["a.cpaudit"]


def test_save_replaces_the_content(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "a.cpaudit"
    create_project_file(path, demo_project())

    save_project(path, project)

    assert load_project(path) == project
    without_method = version_1_part(project)
    smaller = dataclasses.replace(without_method, options=without_method.options[1:], sources=())
    save_project(path, smaller)
    assert load_project(path) == smaller
    assert sql(path, "SELECT count(*) FROM option_address") == [(0,)]
    assert sql(path, "SELECT count(*) FROM method") == [(1,)]


def test_save_to_a_missing_file_creates_it(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "new.cpaudit"

    save_project(path, project)

    assert load_project(path) == project


def test_demo_project_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "demo.cpaudit"
    create_project_file(path, demo_project())

    assert load_project(path) == demo_project()


def test_empty_project_round_trip(tmp_path: Path) -> None:
    empty = Project(Establishment(name=""), Settings(baseline_period=""))
    path = tmp_path / "empty.cpaudit"

    create_project_file(path, empty)

    assert load_project(path) == empty
    assert sql(path, "SELECT * FROM method") == [(1, "", None, "", None, "", "", None, "", "", "")]


def test_project_without_the_cp_method_round_trip(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "a.cpaudit"

    create_project_file(path, version_1_part(project))

    assert load_project(path) == version_1_part(project)


def test_text_comes_back_nfc_and_markup_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.cpaudit"

    create_project_file(path, nfd_project())
    loaded = load_project(path)

    assert loaded.establishment.name == VIETNAMESE_NFC
    assert unicodedata.is_normalized("NFC", loaded.products[1].name)
    assert loaded.products[0].name == MARKUP_NAME
    assert loaded.method.focus_reason == VIETNAMESE_NFC
    assert loaded.team[0].position == "Kỹ sư <trưởng>"
    assert loaded == nfc_of_nfd_project()


def test_dates_numbers_and_nulls_are_stored_plainly(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "a.cpaudit"
    create_project_file(path, project)

    assert sql(path, "SELECT start, \"end\" FROM period WHERE code = 'FY2020'") == [
        ("2020-01-01", "2020-12-31")
    ]
    assert sql(path, "SELECT kind FROM period ORDER BY position") == [
        ("measured",),
        ("measured",),
        ("projected",),
    ]
    assert sql(path, "SELECT product, cost FROM consumption_record WHERE position = 0") == [
        (None, None)
    ]
    assert sql(path, "SELECT employees FROM establishment") == [(None,)]
    assert sql(path, "PRAGMA foreign_key_check") == []


def test_cp_method_is_stored_plainly(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "a.cpaudit"
    create_project_file(path, project)

    assert sql(path, "SELECT commitment_date, focus_step, grid_factor_t_per_mwh FROM method") == [
        ("2024-03-01", "S2", 0.6592)
    ]
    assert sql(path, 'SELECT position, "option" FROM selected_option ORDER BY position') == [
        (0, "O3"),
        (1, "O2"),
    ]
    assert sql(path, "SELECT * FROM option_address ORDER BY option_code, position") == [
        ("O2", 0, "CA2"),
        ("O2", 1, "WS2"),
        ("O2", 2, "CA1"),
        ("O3", 0, "WS1"),
    ]
    assert sql(path, "SELECT position, name, job_position FROM team_member") == [
        (0, "Trần Thị Bình", "Trưởng phòng <Kỹ thuật>"),
        (1, "Lê Văn Cường", ""),
    ]
    assert sql(path, "SELECT satisfied FROM technical_check ORDER BY position") == [
        (1,),
        (0,),
        (None,),
    ]
    assert sql(path, "SELECT start, finish, budget FROM implementation ORDER BY position") == [
        ("2024-06-01", "2024-09-30", 260_000_000.0),
        (None, None, None),
    ]
    assert sql(path, "SELECT due FROM sustain_action ORDER BY position") == [
        ("2025-01-15",),
        (None,),
    ]
    # Optional references that the model writes as "" are NULL.
    assert sql(path, "SELECT step FROM unit_operation ORDER BY position") == [("S2",), (None,)]
    assert sql(path, "SELECT resource FROM step_flow ORDER BY position") == [
        (None,),
        ("W",),
        ("MALT",),
        (None,),
    ]
    assert sql(path, "SELECT to_operation FROM balance_flow ORDER BY position") == [
        (None,),
        ("U1",),
        (None,),
        (None,),
    ]
    assert sql(path, "SELECT operation FROM waste_stream ORDER BY position") == [("U2",), (None,)]
    assert sql(path, "SELECT kind, measurement FROM balance_flow WHERE position = 1") == [
        ("product", "calculated")
    ]
    assert sql(path, "PRAGMA foreign_key_check") == []


def test_odd_characters_in_the_path(tmp_path: Path, project: Project) -> None:
    folder = tmp_path / "Dự án #1 % 50?"
    folder.mkdir()
    path = folder / "Nhà máy bia & co #2 ?%20.cpaudit"

    create_project_file(path, project)
    save_project(path, project)

    assert load_project(path) == project
    assert files_in(folder) == [path.name]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_new_file_gets_the_usual_permissions(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "a.cpaudit"
    old_umask = os.umask(0o022)
    try:
        create_project_file(path, project)
    finally:
        os.umask(old_umask)

    assert path.stat().st_mode & 0o777 == 0o644


def test_loading_does_not_change_the_file(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "a.cpaudit"
    create_project_file(path, project)
    before = sha256(path)

    load_project(path)

    assert sha256(path) == before
    assert files_in(tmp_path) == ["a.cpaudit"]


def test_saving_10000_consumption_records_is_fast(tmp_path: Path, project: Project) -> None:
    import time

    records = tuple(
        ConsumptionRecord(("FY2020", "FY2024")[i % 2], "EC", i * 1.5, ("", "P1")[i % 2], None)
        for i in range(10_000)
    )
    big = dataclasses.replace(project, consumption=records)
    path = tmp_path / "big.cpaudit"
    create_project_file(path, project)

    started = time.perf_counter()
    save_project(path, big)
    elapsed = time.perf_counter() - started

    assert load_project(path) == big
    assert elapsed < 1.0, f"saving took {elapsed:.2f} s"


# --- refusals with plain messages -------------------------------------------------------------


def test_newer_file_is_refused_and_left_byte_identical(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "x.cpaudit"
    create_project_file(path, project)
    sql(path, "UPDATE alembic_version SET version_num = 'ffffffffffff'")
    before = sha256(path)

    with pytest.raises(NewerFileError) as caught:
        load_project(path)
    with pytest.raises(NewerFileError):
        save_project(path, project)

    assert str(caught.value) == (
        "\u201cx.cpaudit\u201d was written by a newer version of cpaudit (schema ffffffffffff);"
        " update cpaudit to open it. The file was not changed."
    )
    assert caught.value.revision == "ffffffffffff"
    assert sha256(path) == before
    assert files_in(tmp_path) == ["x.cpaudit"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "\u201cx.cpaudit\u201d is empty: it is not a cpaudit project file."),
        (b"PK\x03\x04 a zip file" * 10, "\u201cx.cpaudit\u201d is not a cpaudit project file."),
        ("Nhà máy\n".encode() * 50, "\u201cx.cpaudit\u201d is not a cpaudit project file."),
        (
            b"SQLite format 3\x00" + b"\x00" * 20,
            "\u201cx.cpaudit\u201d is damaged: the file is cut short.",
        ),
    ],
)
def test_garbage_files_are_refused_plainly(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "x.cpaudit"
    path.write_bytes(content)

    with pytest.raises(ProjectFileError) as caught:
        load_project(path)

    assert str(caught.value) == expected
    assert caught.value.path == path
    assert path.read_bytes() == content


def test_empty_and_garbage_are_not_project_files(tmp_path: Path) -> None:
    path = tmp_path / "x.cpaudit"
    path.write_bytes(b"")

    with pytest.raises(NotAProjectFileError):
        load_project(path)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sql(path, "CREATE TABLE alembic_version (version_num TEXT)")
    sql(path, "INSERT INTO alembic_version VALUES ('0001')")
    before = sha256(path)

    with pytest.raises(NotAProjectFileError) as caught:
        load_project(path)
    with pytest.raises(NotAProjectFileError):
        save_project(path, full_project())

    assert "database of another program" in str(caught.value)
    assert sha256(path) == before


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError) as caught:
        load_project(tmp_path / "gone.cpaudit")

    assert str(caught.value) == (
        "\u201cgone.cpaudit\u201d does not exist; it may have been moved or deleted."
    )


def test_a_folder_is_not_a_project_file(tmp_path: Path, project: Project) -> None:
    folder = tmp_path / "folder.cpaudit"
    folder.mkdir()

    with pytest.raises(ProjectFileError) as loading:
        load_project(folder)
    with pytest.raises(ProjectFileError) as creating:
        create_project_file(folder, project, overwrite=True)

    assert str(loading.value) == "\u201cfolder.cpaudit\u201d is a folder, not a project file."
    assert "is a folder" in str(creating.value)


def test_file_without_schema_revision_is_damaged(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "x.cpaudit"
    create_project_file(path, project)
    sql(path, "DROP TABLE alembic_version")

    with pytest.raises(DamagedFileError) as caught:
        load_project(path)

    assert str(caught.value) == "\u201cx.cpaudit\u201d is damaged: it has no schema revision."


def test_file_with_a_bad_value_is_damaged(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "x.cpaudit"
    create_project_file(path, project)
    sql(path, "UPDATE period SET start = 'soon' WHERE code = 'FY2020'")

    with pytest.raises(DamagedFileError) as caught:
        load_project(path)

    assert str(caught.value).startswith("\u201cx.cpaudit\u201d is damaged")


def test_invalid_project_is_not_saved(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "x.cpaudit"
    create_project_file(path, project)
    before = sha256(path)
    broken = dataclasses.replace(
        project,
        periods=(*project.periods, dataclasses.replace(project.periods[0], code="FY2020")),
        consumption=(
            *project.consumption,
            ConsumptionRecord("FY2099", "EC", math.nan, "P9"),
        ),
    )

    with pytest.raises(InvalidProjectError) as caught:
        save_project(path, broken)

    assert caught.value.problems == [
        "project.periods[3].code: code 'FY2020' is already used by project.periods[1]",
        "project.consumption[6].period: there is no period with code 'FY2099'",
        "project.consumption[6].quantity: nan is not a finite number",
        "project.consumption[6].product: there is no product with code 'P9'",
    ]
    assert str(caught.value).startswith("\u201cx.cpaudit\u201d was not saved: the project has 4")
    assert sha256(path) == before


# --- writes that fail -------------------------------------------------------------------------


def test_overwrite_is_refused_unless_asked(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "a.cpaudit"
    create_project_file(path, demo_project())
    before = sha256(path)

    with pytest.raises(ProjectFileError) as caught:
        create_project_file(path, project)

    assert str(caught.value) == (
        "\u201ca.cpaudit\u201d could not be created: a file of that name exists already."
    )
    assert sha256(path) == before
    create_project_file(path, project, overwrite=True)
    assert load_project(path) == project
    assert files_in(tmp_path) == ["a.cpaudit"]


def test_failure_while_creating_leaves_no_file(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(rows, "insert_all", fail)
    path = tmp_path / "a.cpaudit"

    with pytest.raises(RuntimeError):
        create_project_file(path, project)

    assert files_in(tmp_path) == []


def test_failure_while_overwriting_keeps_the_old_file(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.cpaudit"
    create_project_file(path, demo_project())
    before = sha256(path)
    monkeypatch.setattr(rows, "insert_all", lambda *_args: 1 / 0)

    with pytest.raises(ZeroDivisionError):
        create_project_file(path, project, overwrite=True)

    assert sha256(path) == before
    assert files_in(tmp_path) == ["a.cpaudit"]


def test_create_in_a_missing_folder(tmp_path: Path, project: Project) -> None:
    with pytest.raises(ProjectFileError) as caught:
        create_project_file(tmp_path / "nowhere" / "a.cpaudit", project)

    assert str(caught.value) == (
        "\u201ca.cpaudit\u201d could not be created: it or its folder does not exist."
    )


def test_failure_after_deleting_rolls_back(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.cpaudit"
    create_project_file(path, project)
    deleted = []
    real_delete_all = rows.delete_all

    def delete_then_note(connection: object) -> None:
        real_delete_all(connection)
        deleted.append(True)

    def fail(*_args: object) -> None:
        raise RuntimeError("disk pulled")

    monkeypatch.setattr(rows, "delete_all", delete_then_note)
    monkeypatch.setattr(rows, "insert_all", fail)

    with pytest.raises(RuntimeError):
        save_project(path, demo_project())

    assert deleted == [True]
    monkeypatch.undo()
    assert load_project(path) == project


def test_database_failure_mid_save_keeps_the_old_content(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With the checks skipped, the file's own foreign key refuses the unknown product half-way.
    path = tmp_path / "a.cpaudit"
    create_project_file(path, project)
    monkeypatch.setattr(checks, "project_problems", lambda _project: [])
    broken = dataclasses.replace(
        demo_project(), consumption=(ConsumptionRecord(project.periods[0].code, "EC", 1.0, "P9"),)
    )

    with pytest.raises(ProjectFileError) as caught:
        save_project(path, broken)

    assert str(caught.value).startswith("\u201ca.cpaudit\u201d could not be saved: ")
    assert str(caught.value).endswith("The file was not changed.")
    assert load_project(path) == project


def test_crash_mid_save_leaves_the_last_saved_content(tmp_path: Path, project: Project) -> None:
    """A process killed half-way through a save (rows deleted and written, no commit).

    SQLite's journal restores the previous content the next time the file is opened, although
    the check before loading opens it read-only.
    """
    big = dataclasses.replace(
        project,
        consumption=tuple(ConsumptionRecord("FY2020", "EC", float(i)) for i in range(20_000)),
    )
    path = tmp_path / "a.cpaudit"
    create_project_file(path, big)
    before = sha256(path)
    script = f"""
import os
from sqlalchemy import event
from cpaudit.audit.iac import demo_project
from cpaudit.store import migrate, projectfile, rows

make_engine, insert_all = migrate.make_engine, rows.insert_all

def small_cache_engine(*args, **kwargs):  # so that changed pages reach the file before commit
    engine = make_engine(*args, **kwargs)
    event.listen(engine, "connect", lambda dbapi, _: dbapi.execute("PRAGMA cache_size = 5"))
    return engine

def insert_then_die(connection, table_rows):
    insert_all(connection, table_rows)
    os._exit(3)

migrate.make_engine, rows.insert_all = small_cache_engine, insert_then_die
projectfile.save_project({str(path)!r}, demo_project())
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == 3, result.stderr.decode()
    assert sha256(path) != before  # the file itself was half-written
    assert files_in(tmp_path) == ["a.cpaudit", "a.cpaudit-journal"]

    assert load_project(path) == big

    assert sha256(path) == before
    assert files_in(tmp_path) == ["a.cpaudit"]


# --- the CP method's references ---------------------------------------------------------------


def test_broken_cp_method_references_are_listed_and_nothing_saved(
    tmp_path: Path, project: Project
) -> None:
    path = tmp_path / "x.cpaudit"
    create_project_file(path, project)
    before = sha256(path)
    broken = dataclasses.replace(
        project,
        method=dataclasses.replace(
            project.method, focus_step="S9", selected_options=("O2", "O9", "O2")
        ),
        options=(
            dataclasses.replace(project.options[0], addresses=("WS2", "CA9", "", "WS2")),
            *project.options[1:],
        ),
        step_flows=(
            *project.step_flows,
            model.StepFlow("S9", model.FlowKind.INPUT, "x", 1.0, "t", resource="GAS"),
        ),
        focus_scores=(
            *project.focus_scores,
            model.FocusScore("S2", "LOSS", 1.0),
            model.FocusScore("S1", "RISK", 1.0),
        ),
        operations=(*project.operations, model.UnitOperation("U1", "again", "S7")),
        balance_flows=(
            *project.balance_flows,
            model.BalanceFlow("U9", model.FlowKind.WASTE, "x", 1.0, "t", to_operation="U8"),
        ),
        waste_streams=(*project.waste_streams, model.WasteStream("", "x", 1.0, "t", "U7")),
        causes=(
            *project.causes,
            model.Cause("WS1", "WS9", "x", model.CauseCategory.PERSONNEL),
        ),
        technical_checks=(model.TechnicalCheck("O9", "?"),),
        environmental_effects=(model.EnvironmentalEffect("O8", model.EffectAspect.CO2, "x"),),
        implementations=(model.Implementation("O7"),),
        verified_savings=(model.VerifiedSaving("O6", "STEAM", 1.0),),
    )

    with pytest.raises(InvalidProjectError) as caught:
        save_project(path, broken)

    assert caught.value.problems == [
        "project.options[0].addresses[1]: there is no waste stream or cause with code 'CA9'",
        "project.options[0].addresses[2]: there is no waste stream or cause with code ''",
        "project.options[0].addresses[3]: code 'WS2' is already listed at"
        " project.options[0].addresses[0]",
        "project.method.focus_step: there is no process step with code 'S9'",
        "project.method.selected_options[1]: there is no option with code 'O9'",
        "project.method.selected_options[2]: code 'O2' is already listed at"
        " project.method.selected_options[0]",
        "project.step_flows[4].step: there is no process step with code 'S9'",
        "project.step_flows[4].resource: there is no resource with code 'GAS'",
        "project.focus_scores[3]: step 'S2' already has a score on criterion 'LOSS' at"
        " project.focus_scores[0]",
        "project.focus_scores[4].criterion: there is no focus criterion with code 'RISK'",
        "project.operations[2].code: code 'U1' is already used by project.operations[1]",
        "project.operations[2].step: there is no process step with code 'S7'",
        "project.balance_flows[4].operation: there is no unit operation with code 'U9'",
        "project.balance_flows[4].to_operation: there is no unit operation with code 'U8'",
        "project.waste_streams[2].code: a waste stream needs a code",
        "project.waste_streams[2].operation: there is no unit operation with code 'U7'",
        "project.causes[3].code: code 'WS1' is already used by project.waste_streams[1]",
        "project.causes[3].waste_stream: there is no waste stream with code 'WS9'",
        "project.technical_checks[0].option: there is no option with code 'O9'",
        "project.environmental_effects[0].option: there is no option with code 'O8'",
        "project.implementations[0].option: there is no option with code 'O7'",
        "project.verified_savings[0].option: there is no option with code 'O6'",
        "project.verified_savings[0].resource: there is no resource with code 'STEAM'",
    ]
    assert sha256(path) == before


def _broken_for_the_database(project: Project, what: str) -> Project:
    """``project`` with one broken rule of the CP method's tables."""
    replace = dataclasses.replace
    if what == "focus score of an unknown step":
        return replace(project, focus_scores=(model.FocusScore("S9", "LOSS", 1.0),))
    if what == "step scored twice on a criterion":
        return replace(project, focus_scores=project.focus_scores * 2)
    if what == "option selected twice":
        return replace(project, method=replace(project.method, selected_options=("O2", "O2")))
    if what == "unknown selected option":
        return replace(project, method=replace(project.method, selected_options=("O9",)))
    if what == "unknown focus step":
        return replace(project, method=replace(project.method, focus_step="S9"))
    if what == "address listed twice":
        option = replace(project.options[0], addresses=("WS1", "WS1"))
        return replace(project, options=(option, *project.options[1:]))
    if what == "cause of an unknown waste stream":
        return replace(
            project, causes=(model.Cause("C9", "WS9", "x", model.CauseCategory.PRODUCT),)
        )
    if what == "verified saving of an unknown resource":
        return replace(project, verified_savings=(model.VerifiedSaving("O2", "GAS", 1.0),))
    if what == "duplicate process step":
        return replace(project, process_steps=(*project.process_steps, project.process_steps[0]))
    raise AssertionError(what)


@pytest.mark.parametrize(
    "what",
    [
        "focus score of an unknown step",
        "step scored twice on a criterion",
        "option selected twice",
        "unknown selected option",
        "unknown focus step",
        "address listed twice",
        "cause of an unknown waste stream",
        "verified saving of an unknown resource",
        "duplicate process step",
    ],
)
def test_the_file_itself_refuses_broken_cp_method_rows(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    # With the checks skipped, the file's own keys and constraints refuse what they would report.
    path = tmp_path / "a.cpaudit"
    create_project_file(path, project)
    broken = _broken_for_the_database(project, what)
    assert checks.project_problems(to_plain(broken))
    monkeypatch.setattr(checks, "project_problems", lambda _project: [])

    with pytest.raises(ProjectFileError) as caught:
        save_project(path, broken)

    assert str(caught.value).endswith("The file was not changed.")
    monkeypatch.undo()
    assert load_project(path) == project


# --- migrations -------------------------------------------------------------------------------


def make_0001_file(path: Path, project: Project) -> None:
    """A project file as cpaudit wrote it at schema revision 0001, holding ``project``.

    The migrations run up to 0001 only; then the rows of the tables 0001 has are written, as
    cpaudit of that revision wrote them. ``project`` must have nothing revision 0001 cannot hold.
    """
    assert project == version_1_part(project), "revision 0001 cannot hold the CP method"
    path.touch()
    migrate.upgrade(path, revision="0001")
    table_names = {name for (name,) in sql(path, "SELECT name FROM sqlite_master")}
    table_rows = {
        table: table_rows
        for table, table_rows in rows.rows_of(to_plain(project)).items()
        if table.name in table_names
    }
    engine = migrate.make_engine(path)
    try:
        with engine.begin() as connection:
            rows.insert_all(connection, table_rows)
    finally:
        engine.dispose()
    assert revision_of(path) == "0001"


@pytest.mark.parametrize(
    "content",
    [
        version_1_part(full_project()),
        demo_project(),
        Project(Establishment(name=""), Settings(baseline_period="")),
    ],
    ids=["full", "demo", "empty"],
)
def test_0001_file_is_backed_up_then_upgraded_with_its_content(
    tmp_path: Path, content: Project
) -> None:
    content = version_1_part(content)
    files = tmp_path / "files"
    files.mkdir()
    path = files / "x.cpaudit"
    make_0001_file(path, content)
    before = sha256(path)

    loaded = load_project(path)

    assert loaded == content
    assert loaded.method == model.Method()
    assert revision_of(path) == "0002"
    assert files_in(files) == ["x.cpaudit", "x.cpaudit.bak-0001"]
    backup = files / "x.cpaudit.bak-0001"
    assert sha256(backup) == before
    assert revision_of(backup) == "0001"
    assert sql(backup, "SELECT name FROM sqlite_master WHERE name = 'method'") == []
    assert sql(path, "PRAGMA foreign_key_check") == []
    assert sql(path, "PRAGMA application_id") == [(tables.APPLICATION_ID,)]
    assert load_project(path) == content  # loading again neither upgrades nor backs up
    assert files_in(files) == ["x.cpaudit", "x.cpaudit.bak-0001"]


def test_saving_over_a_0001_file_upgrades_it_first(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "x.cpaudit"
    make_0001_file(path, version_1_part(demo_project()))
    before = sha256(path)

    save_project(path, project)

    assert load_project(path) == project
    assert revision_of(path) == "0002"
    assert files_in(tmp_path) == ["x.cpaudit", "x.cpaudit.bak-0001"]
    assert sha256(tmp_path / "x.cpaudit.bak-0001") == before


TEST_MIGRATION = '''
"""Test revision: rebuild product (as batch mode does) and add a table.

Revision ID: test_next
Revises: {head}
"""
import sqlalchemy as sa
from alembic import op

revision = "test_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("product", recreate="always") as batch:
        batch.add_column(sa.Column("colour", sa.Text(), nullable=False, server_default=""))
    op.create_table("note", sa.Column("text", sa.Text(), nullable=False))
    {extra}


def downgrade() -> None:
    pass
'''


def migrations_with_a_next_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str = "pass"
) -> str:
    """A copy of the shipped migrations plus a revision after the head, made the ones cpaudit
    uses; returns the head the files of the test were written at."""
    import shutil

    head = migrate.head_revision()
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    text = TEST_MIGRATION.replace("{head}", head).replace("{extra}", extra)
    (folder / "versions" / "test_next.py").write_text(text)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    return head


def test_older_file_is_backed_up_then_upgraded(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    path = files / "x.cpaudit"
    create_project_file(path, project)
    before = sha256(path)
    head = migrations_with_a_next_revision(tmp_path, monkeypatch)

    loaded = load_project(path)

    assert loaded == project
    assert revision_of(path) == "test_next"
    assert files_in(files) == ["x.cpaudit", f"x.cpaudit.bak-{head}"]
    assert sha256(files / f"x.cpaudit.bak-{head}") == before
    assert sql(path, "PRAGMA foreign_key_check") == []
    assert sql(path, "SELECT code, colour FROM product ORDER BY position") == [
        ("P2", ""),
        ("P1", ""),
    ]
    save_project(path, demo_project())
    assert load_project(path) == demo_project()


def test_an_existing_backup_is_never_overwritten(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    path = files / "x.cpaudit"
    create_project_file(path, project)
    head = migrate.head_revision()
    (files / f"x.cpaudit.bak-{head}").write_bytes(b"an older copy")
    migrations_with_a_next_revision(tmp_path, monkeypatch)

    save_project(path, project)

    assert files_in(files) == [
        "x.cpaudit",
        f"x.cpaudit.bak-{head}",
        f"x.cpaudit.bak-{head}-2",
    ]
    assert (files / f"x.cpaudit.bak-{head}").read_bytes() == b"an older copy"


def test_failed_upgrade_leaves_the_file_unchanged(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    path = files / "x.cpaudit"
    create_project_file(path, project)
    before = sha256(path)
    # Breaks a foreign key: the check after migrating must roll everything back.
    head = migrations_with_a_next_revision(
        tmp_path, monkeypatch, extra="op.execute(\"UPDATE production_record SET product = 'ZZ'\")"
    )

    with pytest.raises(ProjectFileError) as caught:
        load_project(path)

    assert str(caught.value) == (
        "\u201cx.cpaudit\u201d could not be upgraded to this version of cpaudit; the file was not"
        f" changed (a copy of it is at \u201cx.cpaudit.bak-{head}\u201d)."
    )
    assert sha256(path) == before
    assert revision_of(path) == head


def test_migrations_build_exactly_the_tables_module(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    migrated = tmp_path / "migrated.db"
    migrated.touch()
    migrate.upgrade(migrated)
    declared = tmp_path / "declared.db"
    engine = create_engine(f"sqlite:///{declared}")
    tables.metadata.create_all(engine)
    engine.dispose()

    def schema(path: Path) -> dict[str, str]:
        return dict(
            sql(path, "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE '%alembic%'")
        )

    assert schema(migrated) == schema(declared)
    assert revision_of(migrated) == migrate.head_revision() == "0002"
    assert migrate.known_revisions() == {"0001", "0002"}


def test_every_model_field_has_a_column() -> None:
    model_of_table = {
        tables.establishment: Establishment,
        tables.settings: Settings,
        tables.product: Product,
        tables.resource: Resource,
        tables.period: Period,
        tables.production_record: ProductionRecord,
        tables.consumption_record: ConsumptionRecord,
        tables.allocation: Allocation,
        tables.cp_option: CPOption,
        tables.resource_saving: ResourceSaving,
        tables.method: model.Method,
        tables.team_member: model.TeamMember,
        tables.process_step: model.ProcessStep,
        tables.step_flow: model.StepFlow,
        tables.focus_criterion: model.FocusCriterion,
        tables.focus_score: model.FocusScore,
        tables.unit_operation: model.UnitOperation,
        tables.balance_flow: model.BalanceFlow,
        tables.waste_stream: model.WasteStream,
        tables.cause: model.Cause,
        tables.technical_check: model.TechnicalCheck,
        tables.environmental_effect: model.EnvironmentalEffect,
        tables.implementation: model.Implementation,
        tables.verified_saving: model.VerifiedSaving,
        tables.sustain_action: model.SustainAction,
    }
    # Tuples of a dataclass held in a table of their own.
    child_tables = {tables.source_line, tables.selected_option, tables.option_address}
    held_elsewhere = {"savings", "addresses", "selected_options"}

    assert set(tables.metadata.sorted_tables) == {*model_of_table, *child_tables}
    for table, model_class in model_of_table.items():
        columns = {
            tables.field_name(column)
            for column in table.columns
            if column.name not in tables.KEY_COLUMNS
        }
        fields = {field.name for field in dataclasses.fields(model_class)} - held_elsewhere
        assert columns == fields, table.name
    project_sections = {*rows.SECTIONS, *rows.SINGLE_ROWS, "sources"}
    assert project_sections == {field.name for field in dataclasses.fields(Project)}


def test_text_that_cannot_be_stored_is_refused_before_writing(
    tmp_path: Path, project: Project
) -> None:
    broken = dataclasses.replace(
        project, establishment=dataclasses.replace(project.establishment, name="Nh\ud800 máy")
    )

    with pytest.raises(InvalidProjectError) as caught:
        create_project_file(tmp_path / "a.cpaudit", broken)

    assert caught.value.problems == [
        "project.establishment.name: the text holds a broken character (a surrogate)"
    ]
    assert files_in(tmp_path) == []
