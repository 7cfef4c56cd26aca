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


def test_uploads_under_way_become_their_sites_leases(tmp_path):
    from sqlalchemy import text
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    migrate(url, "h12b")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for sha, done in (("a" * 64, True), ("b" * 64, False)):
                conn.execute(text("INSERT INTO attachment (sha256, size, received, complete, "
                                  "uploaded_by, created_at) VALUES (:s, 4, :r, :c, '331102100', "
                                  "'2026-12-01 10:00:00')"),
                             {"s": sha, "r": 4 if done else 2, "c": done})
                conn.execute(text('INSERT INTO attachment_part (sha256, "offset", data) '
                                  "VALUES (:s, 0, :d)"), {"s": sha, "d": b"ab"})
        migrate(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT sha256 FROM attachment")).scalars().all() == ["a" * 64]
            assert conn.execute(text("SELECT sha256, site_code FROM attachment_holder")).all() \
                == [("a" * 64, "331102100")]
            assert conn.execute(text("SELECT sha256, site_code, received FROM attachment_upload"
                                     )).all() == [("b" * 64, "331102100", 2)]
            assert conn.execute(text("SELECT count(*) FROM attachment_upload_part")).scalar() == 1
    finally:
        engine.dispose()
