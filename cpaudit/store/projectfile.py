"""The ``.cpaudit`` project file: one SQLite database per project.

- :func:`create_project_file` builds a new file next to the target and renames it into place;
- :func:`load_project` reads a file, after upgrading an older one (a copy of the old file is kept
  as ``<name>.bak-<revision>``); a file from a newer cpaudit is refused and left untouched;
- :func:`save_project` replaces a file's content in one transaction.

Every function opens the file, does its work and closes it again: nothing stays open between
calls, and the file can be copied or moved whenever cpaudit is not inside one of them.
A file is recognised by SQLite's ``application_id`` header field and its Alembic revision.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from cpaudit.audit.model import Project
from cpaudit.store import checks, migrate, rows
from cpaudit.store.errors import (
    DamagedFileError,
    InvalidProjectError,
    NewerFileError,
    NotAProjectFileError,
    ProjectFileError,
    quoted_name,
)
from cpaudit.store.files import atomic_replace, file_error
from cpaudit.store.jsonform import from_plain, to_plain
from cpaudit.store.tables import APPLICATION_ID

__all__ = [
    "DamagedFileError",
    "InvalidProjectError",
    "NewerFileError",
    "NotAProjectFileError",
    "ProjectFileError",
    "create_project_file",
    "load_project",
    "save_project",
]

logger = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"

# SQLite result codes (sqlite3.Error.sqlite_errorname) -> why, for the user.
_SQLITE_REASONS = {
    "SQLITE_BUSY": "it is in use by another program; close it there and try again",
    "SQLITE_LOCKED": "it is in use by another program; close it there and try again",
    "SQLITE_READONLY": "it is read-only",
    "SQLITE_FULL": "the disk is full",
    "SQLITE_CANTOPEN": "it cannot be opened",
    "SQLITE_CORRUPT": "it is damaged",
    "SQLITE_NOTADB": "it is damaged",
    "SQLITE_IOERR": "the disk could not be read or written",
}

PathLike = str | os.PathLike[str]


def create_project_file(path: PathLike, project: Project, *, overwrite: bool = False) -> None:
    """Write ``project`` to a new project file at ``path``.

    The file is built under a temporary name in the same folder and renamed to ``path`` only
    when complete: an interruption never leaves a partial file at ``path``.

    Raises
    ------
    InvalidProjectError
        The project breaks a rule of the format (duplicate code, unknown reference, ...).
    ProjectFileError
        ``path`` exists and ``overwrite`` is false, or the file cannot be written.
    """
    table_rows = _rows(project, path, "created")
    _create(Path(path), table_rows, overwrite=overwrite)


def load_project(path: PathLike) -> Project:
    """The project in the file at ``path``.

    A file of an older schema is first copied to ``<name>.bak-<revision>`` and upgraded in one
    transaction. A file of a newer schema is refused without writing to it.

    Raises
    ------
    ProjectFileError
        Missing, a folder, not readable; subclasses: :class:`NotAProjectFileError` (empty, not
        SQLite, another program's database), :class:`NewerFileError`,
        :class:`DamagedFileError`.
    """
    path = Path(path)
    revision = _check_file(path)
    if revision != migrate.head_revision():
        _upgrade(path, revision)

    plain = _read(path)

    problems = checks.project_problems(plain)
    try:
        if problems:
            raise ValueError("; ".join(checks.format_problems(problems, {"project": plain})[:5]))
        project = from_plain(Project, plain)
    except (TypeError, ValueError, KeyError) as exc:
        logger.debug("project file content cannot be read back", exc_info=True)
        raise DamagedFileError(
            f"{quoted_name(path)} is damaged: its content is not a valid project ({exc}).", path
        ) from exc
    logger.debug("loaded project file %s", path)
    return project


def save_project(path: PathLike, project: Project) -> None:
    """Replace the content of the project file at ``path`` with ``project``, in one transaction.

    If anything fails, the file keeps its previous content. A missing file is created (as by
    :func:`create_project_file`); an older one is upgraded first, as by :func:`load_project`.

    Raises
    ------
    InvalidProjectError
        The project breaks a rule of the format; the file was not touched.
    ProjectFileError
        The file cannot be written, is of a newer schema, or is not a project file.
    """
    table_rows = _rows(project, path, "saved")
    path = Path(path)
    if not os.path.lexists(path):
        _create(path, table_rows, overwrite=False)
        return
    revision = _check_file(path)
    if revision != migrate.head_revision():
        _upgrade(path, revision)

    engine = migrate.make_engine(path, mode="rw")
    try:
        with engine.begin() as connection:
            rows.delete_all(connection)
            rows.insert_all(connection, table_rows)
    except SQLAlchemyError as exc:
        raise _database_error(path, exc, "saved", "The file was not changed.") from exc
    finally:
        engine.dispose()
    logger.debug("saved project file %s", path)


# --- steps ----------------------------------------------------------------------------------


def _rows(project: Project, path: PathLike, action: str) -> rows.Rows:
    plain = to_plain(project)
    problems = checks.project_problems(plain)
    if problems:
        count = "1 problem" if len(problems) == 1 else f"{len(problems)} problems"
        raise InvalidProjectError(
            f"{quoted_name(path)} was not {action}: the project has {count}:",
            checks.format_problems(problems, {"project": plain}),
            path,
        )
    return rows.rows_of(plain)


def _create(path: Path, table_rows: rows.Rows, *, overwrite: bool) -> None:
    if path.is_dir():
        raise ProjectFileError(f"{quoted_name(path)} is a folder; choose a file name.", path)
    try:
        with atomic_replace(path, overwrite=overwrite) as temporary:
            migrate.upgrade(temporary)
            _write_new(temporary, table_rows)
    except OSError as exc:
        raise file_error(path, exc, "created") from exc
    except (SQLAlchemyError, migrate.MigrationError) as exc:
        raise _database_error(path, exc, "created") from exc
    logger.debug("created project file %s", path)


def _write_new(path: Path, table_rows: rows.Rows) -> None:
    engine = migrate.make_engine(path, mode="rw")
    try:
        with engine.begin() as connection:
            rows.insert_all(connection, table_rows)
    finally:
        engine.dispose()


def _check_file(path: Path) -> str:
    """The schema revision of the file at ``path``, which must be one this cpaudit knows.

    Reads the file only (its header, then ``alembic_version`` over a read-only connection).
    """
    name = quoted_name(path)
    if path.is_dir():
        raise ProjectFileError(f"{name} is a folder, not a project file.", path)
    try:
        with open(path, "rb") as stream:
            header = stream.read(100)
    except FileNotFoundError as exc:
        raise ProjectFileError(
            f"{name} does not exist; it may have been moved or deleted.", path
        ) from exc
    except OSError as exc:
        raise file_error(path, exc, "opened") from exc

    if not header:
        raise NotAProjectFileError(f"{name} is empty: it is not a cpaudit project file.", path)
    if not header.startswith(_SQLITE_MAGIC):
        raise NotAProjectFileError(f"{name} is not a cpaudit project file.", path)
    if len(header) < 100:
        raise DamagedFileError(f"{name} is damaged: the file is cut short.", path)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotAProjectFileError(
            f"{name} is a database of another program, not a cpaudit project file.", path
        )

    revision = _read_revision(path)

    if revision not in migrate.known_revisions():
        raise NewerFileError(
            f"{name} was written by a newer version of cpaudit (schema {revision}); update cpaudit"
            " to open it. The file was not changed.",
            path,
            revision=revision,
        )
    return revision


def _read_revision(path: Path) -> str:
    name = quoted_name(path)
    try:
        try:
            versions = _query_revision(path)
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "") != "SQLITE_READONLY_ROLLBACK":
                raise
            _finish_interrupted_save(path)
            versions = _query_revision(path)
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            raise DamagedFileError(f"{name} is damaged: it has no schema revision.", path) from exc
        raise _database_error(path, exc, "opened") from exc
    except sqlite3.Error as exc:
        raise _database_error(path, exc, "opened") from exc

    if len(versions) != 1 or not isinstance(versions[0][0], str):
        raise DamagedFileError(f"{name} is damaged: its schema revision is unclear.", path)
    return versions[0][0]


def _query_revision(path: Path) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(migrate.sqlite_uri(path, "ro"), uri=True, timeout=5.0)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        connection.close()


def _finish_interrupted_save(path: Path) -> None:
    """Roll back a save that was cut off (a "hot" journal next to the file).

    A read-only connection cannot do it, and refuses to read; the first read-write connection
    restores the content of the last completed save, as SQLite is built to.
    """
    logger.info("rolling back an interrupted save of a project file")
    connection = sqlite3.connect(migrate.sqlite_uri(path, "rw"), uri=True, timeout=5.0)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        connection.close()


def _upgrade(path: Path, revision: str) -> None:
    """Copy the file to ``<name>.bak-<revision>``, then migrate it to the head revision."""
    name = quoted_name(path)
    backup = _backup_path(path, revision)
    try:
        with atomic_replace(backup, overwrite=False) as temporary:
            shutil.copyfile(path, temporary)
    except OSError as exc:
        raise ProjectFileError(
            f"{name} needs an upgrade, but no copy of it could be written first"
            f" ({exc.strerror or exc}); the file was not changed.",
            path,
        ) from exc
    logger.info("upgrading a project file from schema %s to %s", revision, migrate.head_revision())
    logger.debug("upgrading %s; backup at %s", path, backup)

    try:
        migrate.upgrade(path)
    except (SQLAlchemyError, migrate.MigrationError, sqlite3.Error) as exc:
        logger.debug("upgrade failed", exc_info=True)
        raise ProjectFileError(
            f"{name} could not be upgraded to this version of cpaudit; the file was not changed"
            f" (a copy of it is at \u201c{backup.name}\u201d).",
            path,
        ) from exc


def _backup_path(path: Path, revision: str) -> Path:
    """``<name>.bak-<revision>``, or with ``-2``, ``-3``, ... if that exists (never overwritten)."""
    backup = path.with_name(f"{path.name}.bak-{revision}")
    number = 1
    while os.path.lexists(backup):
        number += 1
        backup = path.with_name(f"{path.name}.bak-{revision}-{number}")
    return backup


def _read(path: Path) -> dict[str, Any]:
    engine = migrate.make_engine(path, mode="ro")
    try:
        with engine.connect() as connection, connection.begin():
            return rows.read_project(connection)
    except LookupError as exc:
        raise DamagedFileError(f"{quoted_name(path)} is damaged: {exc}.", path) from exc
    except SQLAlchemyError as exc:
        raise _database_error(path, exc, "opened") from exc
    finally:
        engine.dispose()


def _database_error(
    path: PathLike, exc: Exception, action: str, note: str = ""
) -> ProjectFileError:
    """A plain message for a database error met while ``action`` the file."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(original, "sqlite_errorname", "") or ""
    base_code = "_".join(code.split("_")[:2])  # SQLITE_READONLY_ROLLBACK -> SQLITE_READONLY
    reason = _SQLITE_REASONS.get(base_code, str(original))
    logger.debug("database error while the file was %s", action, exc_info=exc)
    message = f"{quoted_name(path)} could not be {action}: {reason}."
    return ProjectFileError(f"{message} {note}" if note else message, path)
