"""Alembic environment for the desktop's SQLite file.

Run through lishui_desktop.store.migrate (which backs the file up first);
the connection is handed in via config.attributes["connection"].
"""
from alembic import context

from lishui_desktop.store.models import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine
        engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
        with engine.connect() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    # batch mode: SQLite cannot ALTER most things in place. SQLite's DDL is transactional:
    # all the steps of an upgrade commit together, so a power cut in the middle of one
    # leaves the file at the revision it had (Alembic assumes otherwise for SQLite).
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, transactional_ddl=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
