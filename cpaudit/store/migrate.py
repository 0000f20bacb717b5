"""Engines on one project file, and the Alembic migrations that bring a file to our schema.

Every engine here is short-lived: a function opens one, does its work in one transaction and
disposes of it, so no connection outlives a call or crosses a thread.

Transactions follow SQLAlchemy's recipe for pysqlite: the driver's own implicit transactions are
off (``isolation_level = None``) and the ``begin`` event emits ``BEGIN``, so DDL is transactional
too and a failed migration leaves the file as it was.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import urllib.parse
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:  # Alembic is imported only when a migration or revision is needed
    from alembic.config import Config
    from alembic.script import ScriptDirectory

logger = logging.getLogger(__name__)

#: Alembic's script directory, shipped as package data. Tests may point it elsewhere.
MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")

Mode = Literal["ro", "rw", "rwc"]


class MigrationError(Exception):
    """A migration left rows that break a foreign key; the transaction was rolled back."""


def sqlite_uri(path: str | os.PathLike[str], mode: Mode) -> str:
    """An SQLite ``file:`` URI for ``path`` (any characters, Windows drives and shares).

    ``mode=ro`` opens read-only, ``rw`` never creates a missing file, ``rwc`` may create it.
    """
    posix = Path(path).absolute().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/x -> /C:/x, as SQLite's URI syntax wants
    return f"file://{urllib.parse.quote(posix, safe='/:')}?mode={mode}"


def make_engine(
    path: str | os.PathLike[str], *, mode: Mode = "rw", foreign_keys: bool = True
) -> Engine:
    """A pool-less engine on ``path`` whose connections have ``foreign_keys`` set as asked.

    The pragma is set when the connection is made, outside any transaction, where SQLite honours
    it (inside a transaction it is silently ignored).
    """
    uri = sqlite_uri(path, mode)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=5.0)

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


@functools.lru_cache(maxsize=4)
def _script_directory(location: str) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config(location))


def _config(location: str, connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    # Config values go through ConfigParser interpolation: a '%' in the path must be doubled.
    config.set_main_option("script_location", location.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The schema revision this cpaudit writes."""
    head = _script_directory(str(MIGRATIONS_DIR)).get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError(f"no migrations in {MIGRATIONS_DIR}")
    return head


def known_revisions() -> frozenset[str]:
    """Every schema revision this cpaudit can open (the head and all older ones)."""
    script = _script_directory(str(MIGRATIONS_DIR))
    return frozenset(step.revision for step in script.walk_revisions())


def upgrade(path: str | os.PathLike[str], *, mode: Mode = "rw", revision: str = "head") -> None:
    """Bring the file at ``path`` to the head revision in one transaction.

    ``revision`` names an older target instead (tests build files of older revisions this way).

    Foreign keys are off while tables are rebuilt (batch mode copies them), then
    ``PRAGMA foreign_key_check`` must find nothing before the transaction commits.

    Raises
    ------
    MigrationError
        A migration left rows that break a foreign key; nothing was changed.
    """
    from alembic import command

    engine = make_engine(path, mode=mode, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.upgrade(_config(str(MIGRATIONS_DIR), connection), revision)

            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                logger.debug("foreign_key_check after migration: %s", broken[:20])
                raise MigrationError(f"{len(broken)} rows break a foreign key after migration")
    finally:
        engine.dispose()
