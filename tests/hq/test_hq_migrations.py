"""The Alembic migrations in db/hq build exactly the tables lishui_hq.models describes."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from lishui_hq.db import migrate
from lishui_hq.models import metadata


def test_migrations_match_the_models_and_go_down_again(db_url):
    migrate(db_url)
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert diff == []
        migrate(db_url)                      # repeatable
        from alembic import command
        from alembic.config import Config

        from lishui_hq.db import MIGRATIONS_DIR
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("sqlalchemy.url", db_url)
        cfg.attributes["configure_logger"] = False
        command.downgrade(cfg, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        migrate(db_url)
        assert {"record", "site", "audit_entry", "batch"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
