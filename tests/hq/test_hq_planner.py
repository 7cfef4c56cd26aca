"""A city server on a PostgreSQL without autovacuum says so when it starts: its tables would
get no planner statistics, and each push's lookup of 500 ids would read every record."""
from __future__ import annotations

import time

WARNING = "PostgreSQL has autovacuum off"


def test_the_server_warns_when_postgres_keeps_no_statistics(db_url, store, server):
    if store.db.dialect == "postgresql":
        with store.db.read() as conn:
            off = conn.exec_driver_sql("SHOW autovacuum").scalar() == "off"
    else:
        off = False         # SQLite: the question does not arise
    deadline = time.monotonic() + 10
    while True:
        text = server.log_path.read_text(encoding="utf-8", errors="replace")
        if (WARNING in text) == off or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert (WARNING in text) == off, text[-2000:]
