"""Schema migrations: from empty, and from the first revision with data, to head."""
from datetime import date, datetime

from sqlalchemy import inspect

from lishui_desktop.store import backup, cipher
from lishui_desktop.store.keys import keyfile_path
from lishui_desktop.store.db import Database
from lishui_desktop.store.migrate import current_revision, head_revision, open_database, upgrade
from lishui_desktop.store.models import Base
from tests import dbfile


def test_upgrade_from_empty_matches_the_models(tmp_path):
    db = open_database(tmp_path / "a.sqlite3")
    assert current_revision(db) == head_revision()
    tables = set(inspect(db.write_engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    # WAL and foreign keys are on for every connection.
    with db.write_engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_first_revision_with_data_upgrades_without_loss(tmp_path):
    path = tmp_path / "old.sqlite3"
    key = dbfile.new_file(path)
    db = Database(path, key)
    upgrade(db, "0001", backup=False)
    assert current_revision(db) == "0001"
    now = datetime(2026, 1, 5, 9, 0).isoformat(sep=" ")
    conn = cipher.connect(path, key)
    conn.execute("INSERT INTO households (id, version, site_code, created_at, created_by, updated_at,"
                 " updated_by, village_code, address, phone, head_name, member_count, housing_type,"
                 " housing_area_dm2, hardship_cause, staff_relative, staff_relative_note, search_text)"
                 " VALUES ('h1', 3, '331102100', ?, 'cw1', ?, 'cw1', '331102100201', '碧湖村1号', '',"
                 " '张三', 1, 'owned', 8000, '因病', 0, '', '张三|zhangsan|zs')", (now, now))
    conn.execute("INSERT INTO members (id, version, site_code, created_at, created_by, updated_at,"
                 " updated_by, household_id, seq, name, id_number, relation, sex, birth_date, phone,"
                 " health, selfcare_failed, occupation, covered) VALUES ('m1', 1, '331102100', ?, 'cw1',"
                 " ?, 'cw1', 'h1', 0, '张三', '33110219600304001X', 'self', 'M', '1960-03-04', '',"
                 " '', '[]', '', 1)", (now, now))
    conn.commit()
    conn.close()
    # search_text is the local index, remade by migrations when what it holds changes.
    kept = ("SELECT id, version, site_code, created_at, created_by, updated_at, updated_by,"
            " village_code, address, phone, head_name, member_count, housing_type,"
            " housing_area_dm2, hardship_cause, staff_relative, staff_relative_note FROM households")
    before = cipher.connect(path, key).execute(kept).fetchall()

    made = upgrade(db)
    assert current_revision(db) == head_revision() != "0001"
    after = cipher.connect(path, key).execute(kept).fetchall()
    assert after == before
    text = cipher.connect(path, key).execute("SELECT search_text FROM households").fetchone()[0]
    assert text.split("|")[:3] == ["张三", "zhangsan", "zs"] and "33110219600304001x" in text
    assert cipher.connect(path, key).execute("SELECT name FROM members").fetchall() == [("张三",)]
    # The file was backed up before the migration, and the backup is at the old revision.
    assert made and "pre-migrate-0001" in made
    # ... encrypted like the file, with the key file beside it.
    assert not cipher.is_plain(made) and keyfile_path(made).exists()
    old = cipher.connect(made, key)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert old.execute("SELECT count(*) FROM households").fetchone() == (1,)
    db.dispose()


def test_open_twice_is_a_no_op(tmp_path):
    path = tmp_path / "b.sqlite3"
    db = open_database(path)
    db.dispose()
    open_database(path, db.key).dispose()
    assert backup.list_backups(path) == []


def test_open_notices_an_old_file_without_alembic(tmp_path):
    from lishui_desktop.store.migrate import _is_current
    path = tmp_path / "c.sqlite3"
    key = dbfile.new_file(path)
    db = Database(path, key)
    upgrade(db, "0001", backup=False)
    db.dispose()
    assert not _is_current(db)
    db = open_database(path, key)
    assert _is_current(db) and current_revision(db) == head_revision()
    db.dispose()


def test_the_first_pages_case_queries_are_answered_from_an_index(tmp_path):
    """The dashboard's counts and overdue count, and a caseworker's worklist, read the
    township's indexes alone (migration h16g_list_indexes), not every case."""
    db = open_database(tmp_path / "a.sqlite3")
    queries = [
        ("SELECT state, count(*) FROM applications WHERE township_code = ? GROUP BY state", ("331102100",)),
        ("SELECT count(*) FROM applications WHERE township_code = ? AND due_date < ? AND "
         "(state IN ('accepted', 'investigating') OR state = 'approved' AND paid_first_on IS NOT NULL "
         "AND completed_on IS NULL)", ("331102100", "2026-12-02")),
        ("SELECT rowid FROM applications WHERE township_code = ? AND state = 'investigating' "
         "AND assigned_to = ? ORDER BY due_date", ("331102100", "u1")),
    ]
    with db.read_engine.connect() as c:
        for sql, params in queries:
            plan = " ".join(r[3] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
            assert "COVERING INDEX ix_applications_township_" in plan, (sql, plan)
    db.dispose()
