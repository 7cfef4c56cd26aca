"""Migration i9a: stored texts of ticked items (Chinese or English) become their codes;
anything else stays as the user's free text."""
import json
import sqlite3

from lishui_desktop.store.migrate import alembic_config, current_revision, head_revision, upgrade
from tests.services.helpers import case_to
from tests import dbfile


def _downgrade(db, revision):
    from alembic import command
    cfg = alembic_config()
    with db.write_engine.connect() as conn:
        # Going back through migrations that copy tables (dropping columns) needs the
        # foreign keys off, set before any transaction begins.
        conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()
        conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


def test_stored_texts_become_codes_and_free_text_stays(staff, db_path, clock):
    aid = case_to(staff, "awaiting_decision", clock=clock)
    db = staff.ctx.db
    from alembic.script import ScriptDirectory
    before_codes = ScriptDirectory.from_config(alembic_config()).get_revision("i9a").down_revision
    _downgrade(db, before_codes)
    conn = dbfile.connect(db_path)
    old_reasons = ["家庭月人均收入不低于当地低保标准", "Income or assets were concealed or misreported",
                   "经信息核对，家庭有银行存款8万元"]
    old_missing = ["Copy of the household register", "残疾证", "村委会出具的困难证明"]
    conn.execute("UPDATE applications SET reasons = ?, missing_materials = ? WHERE id = ?",
                 (json.dumps(old_reasons, ensure_ascii=False), json.dumps(old_missing, ensure_ascii=False), aid))
    conn.execute("UPDATE case_events SET params = ? WHERE application_id = ? AND action = 'accept'",
                 (json.dumps({"reasons": old_reasons[:1], "missing": old_missing[:1]}, ensure_ascii=False), aid))
    conn.execute("UPDATE visits SET conclusion = ?, findings = '{}' WHERE application_id = ?",
                 ("与申报情况部分一致：存款未申报", aid))
    conn.commit()

    upgrade(db, backup=False)
    assert current_revision(db) == head_revision()
    reasons, missing = conn.execute("SELECT reasons, missing_materials FROM applications WHERE id = ?",
                                    (aid,)).fetchone()
    assert json.loads(reasons) == ["income_not_below_standard", "concealed_income", "经信息核对，家庭有银行存款8万元"]
    assert json.loads(missing) == ["household_register", "disability_certificate", "村委会出具的困难证明"]
    params = json.loads(conn.execute("SELECT params FROM case_events WHERE application_id = ? AND "
                                     "action = 'accept'", (aid,)).fetchone()[0])
    assert params == {"reasons": ["income_not_below_standard"], "missing": ["household_register"]}
    findings, conclusion = conn.execute("SELECT findings, conclusion FROM visits WHERE application_id = ?",
                                        (aid,)).fetchone()
    assert json.loads(findings) == {"conclusion": "partly"} and conclusion == "存款未申报"
    conn.close()
