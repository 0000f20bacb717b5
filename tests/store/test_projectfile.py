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
from store_samples import MARKUP_NAME, VIETNAMESE_NFC, full_project, nfd_project, sha256

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
from cpaudit.store import checks, migrate, rows
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
    smaller = dataclasses.replace(project, options=project.options[1:], sources=())
    save_project(path, smaller)
    assert load_project(path) == smaller


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


def test_text_comes_back_nfc_and_markup_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.cpaudit"

    create_project_file(path, nfd_project())
    loaded = load_project(path)

    assert loaded.establishment.name == VIETNAMESE_NFC
    assert unicodedata.is_normalized("NFC", loaded.products[1].name)
    assert loaded.products[0].name == MARKUP_NAME
    expected = full_project()
    expected_products = (
        expected.products[0],
        dataclasses.replace(expected.products[1], name="Bia hơi"),
    )
    assert loaded == dataclasses.replace(expected, products=expected_products)


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


# --- migrations -------------------------------------------------------------------------------

MIGRATION_0002 = '''
"""Test revision: rebuild product (as batch mode does) and add a table.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
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


def migrations_with_0002(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str = "pass"
) -> Path:
    """A copy of the shipped migrations plus a revision 0002, made the ones cpaudit uses."""
    import shutil

    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0002_test.py").write_text(MIGRATION_0002.replace("{extra}", extra))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    return folder


def test_older_file_is_backed_up_then_upgraded(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    path = files / "x.cpaudit"
    create_project_file(path, project)
    before = sha256(path)
    migrations_with_0002(tmp_path, monkeypatch)

    loaded = load_project(path)

    assert loaded == project
    assert revision_of(path) == "0002"
    assert files_in(files) == ["x.cpaudit", "x.cpaudit.bak-0001"]
    assert sha256(files / "x.cpaudit.bak-0001") == before
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
    (files / "x.cpaudit.bak-0001").write_bytes(b"an older copy")
    migrations_with_0002(tmp_path, monkeypatch)

    save_project(path, project)

    assert files_in(files) == ["x.cpaudit", "x.cpaudit.bak-0001", "x.cpaudit.bak-0001-2"]
    assert (files / "x.cpaudit.bak-0001").read_bytes() == b"an older copy"


def test_failed_upgrade_leaves_the_file_unchanged(
    tmp_path: Path, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    path = files / "x.cpaudit"
    create_project_file(path, project)
    before = sha256(path)
    # Breaks a foreign key: the check after migrating must roll everything back.
    migrations_with_0002(
        tmp_path, monkeypatch, extra="op.execute(\"UPDATE production_record SET product = 'ZZ'\")"
    )

    with pytest.raises(ProjectFileError) as caught:
        load_project(path)

    assert str(caught.value) == (
        "\u201cx.cpaudit\u201d could not be upgraded to this version of cpaudit; the file was not"
        " changed (a copy of it is at \u201cx.cpaudit.bak-0001\u201d)."
    )
    assert sha256(path) == before
    assert revision_of(path) == "0001"


def test_migrations_build_exactly_the_tables_module(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from cpaudit.store import tables

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
    assert revision_of(migrated) == migrate.head_revision() == "0001"


def test_every_model_field_has_a_column() -> None:
    from cpaudit.store import tables

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
    }

    assert set(tables.metadata.sorted_tables) == {*model_of_table, tables.source_line}
    for table, model_class in model_of_table.items():
        columns = {column.name for column in table.columns} - tables.KEY_COLUMNS
        fields = {field.name for field in dataclasses.fields(model_class)} - {"savings"}
        assert columns == fields, table.name


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
