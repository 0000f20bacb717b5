"""Alembic environment of the project file, run only through :mod:`cpaudit.store.migrate`.

The caller passes an open SQLAlchemy connection, already inside a transaction and with foreign
keys off, in ``config.attributes["connection"]``; there is no ini file and no ``fileConfig`` (it
would reset the application's loggers).
"""

from __future__ import annotations

from alembic import context

from cpaudit.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError(
        "cpaudit migrations run only through cpaudit.store.migrate, with a connection passed in "
        'config.attributes["connection"]'
    )

# SQLite runs DDL inside transactions; the caller commits once after every step has run.
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    transactional_ddl=True,
)

with context.begin_transaction():
    context.run_migrations()
