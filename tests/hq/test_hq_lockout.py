"""The lock-out after repeated bad passwords (the city page) and bad tokens (the sync API)
is counted in the server's database: a second worker sees it, and a restart of the
server does not reset it. Real `lishui-hq serve` processes, SQLite and PostgreSQL; this
module has its own database, so its lock-outs of 127.0.0.1 touch no other test."""
from __future__ import annotations

import httpx
from sqlalchemy import select

from hq_helpers import PAGE_PASSWORD, Server, login_form
from lishui_hq import accounts, guard
from lishui_hq import models as m


def _try(url: str, password: str) -> httpx.Response:
    with httpx.Client(base_url=url, timeout=60) as c:
        csrf = login_form(c)
        return c.post("/login", data={"csrf": csrf, "username": "locked.admin",
                                      "password": password})


def test_bad_passwords_lock_out_across_workers_and_restarts(db_url, store, tmp_path):
    accounts.add_account(store, "locked.admin", "city", PAGE_PASSWORD)
    first = Server(db_url, tmp_path / "first.log")
    try:
        codes = [_try(first.url, f"Guess{n}2026").status_code
                 for n in range(guard.LOGIN_FREE_FAILURES)]
        assert codes == [401] * guard.LOGIN_FREE_FAILURES
        r = _try(first.url, "Guess99x2026")
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
        assert "密码错误次数过多" in r.text and "lishui_hq_session" not in r.headers.get("set-cookie", "")
        # While it waits, even the right password is turned away (no guessing meanwhile)...
        assert _try(first.url, PAGE_PASSWORD).status_code == 429
        # ...by another worker on the same database too.
        second = Server(db_url, tmp_path / "second.log")
        try:
            r = _try(second.url, PAGE_PASSWORD)
            assert r.status_code == 429, r.text[-300:]
        finally:
            second.stop()
    finally:
        first.stop()
    # A restart forgets nothing.
    again = Server(db_url, tmp_path / "again.log")
    try:
        r = _try(again.url, PAGE_PASSWORD)
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    finally:
        again.stop()
    with store.db.read() as conn:
        keys = dict(conn.execute(select(m.lockout.c.key, m.lockout.c.failures)).all())
    assert keys["user:locked.admin"] == guard.LOGIN_FREE_FAILURES + 1
    assert keys["login:127.0.0.1"] == guard.LOGIN_FREE_FAILURES + 1
    assert "bad_login" in (tmp_path / "first.log").read_text()


def test_bad_tokens_stay_counted_across_a_restart(db_url, store, tmp_path):
    token = store.add_site("331102100", "township")
    first = Server(db_url, tmp_path / "tokens1.log")
    try:
        with httpx.Client(base_url=first.url, headers={"Authorization": "Bearer guess"}) as c:
            codes = [c.get("/api/v1/whoami").status_code for _ in range(guard.FREE_FAILURES)]
        assert codes == [401] * guard.FREE_FAILURES
    finally:
        first.stop()
    again = Server(db_url, tmp_path / "tokens2.log")
    try:
        # The count went on from where it was: the next bad token is already one too many
        # (a server that kept it in memory would start again at 401).
        with httpx.Client(base_url=again.url, headers={"Authorization": "Bearer guess"}) as c:
            r = c.get("/api/v1/whoami")
        assert r.status_code == 429 and r.json()["error"] == "too_many_attempts"
        import time
        time.sleep(int(r.headers["retry-after"]) + 0.2)
        # Once the wait is over a good token is served, and that clears the count.
        good = httpx.get(again.url + "/api/v1/whoami", headers={"Authorization": f"Bearer {token}"})
        assert good.status_code == 200
        with store.db.read() as conn:
            assert conn.execute(select(m.lockout.c.key).where(
                m.lockout.c.key == "token:127.0.0.1")).first() is None
    finally:
        again.stop()
