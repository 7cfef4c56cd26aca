"""The city page needs an account (issue 12 item 5): a city administrator sees every
county, a county's staff only their own, on the page and in its JSON; passwords are
stored as argon2 hashes; the session cookie is HttpOnly and SameSite=Strict; the sign-in
and sign-out forms carry CSRF tokens. Against a real `lishui-hq serve`, SQLite and
PostgreSQL."""
from __future__ import annotations

import os
import subprocess
import sys

import httpx
from sqlalchemy import select

from hq_helpers import (PAGE_PASSWORD, ROOT, Client, add_account, app_payload, login_form,
                        new_id, rec, run_cli, sign_in)
from lishui_hq import accounts
from lishui_hq import models as m

YUNHE, JINYUN = "331125", "331122"          # 云和县, 缙云县


def _report(township: str, households: int, fen: int) -> dict:
    total = {"households": households, "persons": households, "other": households,
             "previous": households, "amount_fen": fen}
    return {"unit_code": township, "month": "2026-11", "filed_by": "周晓燕",
            "filed_at": "2026-12-01T09:00:00+08:00",
            "figures": {"dibao": {"total": total, "units": {township: total}}}}


def _set_cookie(r: httpx.Response, name: str) -> str:
    return next(h for h in r.headers.get_list("set-cookie") if h.startswith(name + "="))


def test_without_a_session_the_page_sends_to_the_sign_in_form(server):
    r = httpx.get(server.url + "/")
    assert r.status_code == 303 and r.headers["location"] == "/login"
    r = httpx.get(server.url + "/data.json")
    assert r.status_code == 401 and r.json()["error"] == "unauthenticated"
    assert "丽水" not in r.text
    r = httpx.get(server.url + "/login")
    assert r.status_code == 200 and "<form method='post' action='/login'>" in r.text
    assert "type='password'" in r.text and "name='csrf'" in r.text
    cookie = _set_cookie(r, "lishui_hq_login").lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/login" in cookie
    assert "secure" not in cookie                      # plain HTTP on loopback
    # A made-up session cookie opens nothing either.
    r = httpx.get(server.url + "/data.json", cookies={"lishui_hq_session": "x" * 43})
    assert r.status_code == 401


def test_the_password_is_stored_as_an_argon2_hash_only(db_url, store, server):
    add_account(db_url, "hash.check", password="Secret2026xyz")
    with store.db.read() as conn:
        row = conn.execute(select(m.hq_account).where(m.hq_account.c.username == "hash.check")).one()
    assert row.password_hash.startswith("$argon2id$")
    assert all("Secret2026xyz" not in str(v) for v in row)
    c = sign_in(server.url, "hash.check", "Secret2026xyz")
    token = c.cookies["lishui_hq_session"]
    with store.db.read() as conn:
        sessions = conn.execute(select(m.hq_session).where(
            m.hq_session.c.username == "hash.check")).all()
    # The database holds the cookie's sha256, not the cookie: a copy of it signs no one in.
    assert len(sessions) == 1 and all(token not in str(v) for v in sessions[0])
    c.close()


def test_a_wrong_password_or_an_unknown_name_is_refused_alike(store, server):
    accounts.add_account(store, "wrong.pw", "city", PAGE_PASSWORD)
    with httpx.Client(base_url=server.url) as c:
        for user, password in (("wrong.pw", "Nearly2026pass"), ("nobody.here", PAGE_PASSWORD)):
            csrf = login_form(c)
            r = c.post("/login", data={"csrf": csrf, "username": user, "password": password})
            assert r.status_code == 401 and "用户名或密码不正确" in r.text
            assert "lishui_hq_session" not in r.headers.get("set-cookie", "")
        assert c.get("/").status_code == 303


def test_the_sign_in_form_needs_its_own_csrf_token(store, server):
    accounts.add_account(store, "csrf.check", "city", PAGE_PASSWORD)
    with httpx.Client(base_url=server.url) as c:
        # No token cookie (a form posted from elsewhere): refused, however good the password.
        r = c.post("/login", data={"csrf": "forged", "username": "csrf.check",
                                   "password": PAGE_PASSWORD})
        assert r.status_code == 403 and "lishui_hq_session" not in r.headers.get("set-cookie", "")
        csrf = login_form(c)
        r = c.post("/login", data={"csrf": csrf + "x", "username": "csrf.check",
                                   "password": PAGE_PASSWORD})
        assert r.status_code == 403
        csrf = login_form(c)
        r = c.post("/login", data={"csrf": csrf, "username": "csrf.check",
                                   "password": PAGE_PASSWORD},
                   headers={"Origin": "http://evil.example"})
        assert r.status_code == 403
        csrf = login_form(c)
        r = c.post("/login", data={"csrf": csrf, "username": "csrf.check",
                                   "password": PAGE_PASSWORD},
                   headers={"Sec-Fetch-Site": "cross-site", "Origin": "null"})
        assert r.status_code == 403


def test_session_cookie_and_sign_out(store, server):
    accounts.add_account(store, "city.admin", "city", PAGE_PASSWORD)
    c = httpx.Client(base_url=server.url)
    csrf = login_form(c)
    r = c.post("/login", data={"csrf": csrf, "username": "city.admin", "password": PAGE_PASSWORD})
    assert r.status_code == 303
    cookie = _set_cookie(r, "lishui_hq_session").lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
    page = c.get("/")
    assert page.status_code == 200 and "city.admin · 市级管理员（全市）" in page.text
    assert page.headers["cache-control"] == "no-store"
    token = c.cookies["lishui_hq_session"]
    # Sign-out is a form with the session's own token: a link elsewhere cannot sign one out.
    assert c.post("/logout", data={"csrf": "forged"}).status_code == 403
    page_csrf = page.text.split("action='/logout'")[1].split("name='csrf' value='")[1].split("'")[0]
    r = c.post("/logout", data={"csrf": page_csrf})
    assert r.status_code == 303 and r.headers["location"] == "/login"
    # The session ended on the server: the old cookie, kept, opens nothing.
    r = httpx.get(server.url + "/", cookies={"lishui_hq_session": token})
    assert r.status_code == 303
    c.close()


def test_a_county_account_sees_only_its_county(db_url, store, server):
    accounts.add_account(store, "yunhe.staff", "county", PAGE_PASSWORD, YUNHE)
    accounts.add_account(store, "city.all", "city", PAGE_PASSWORD)
    towns = {YUNHE: YUNHE + "001", JINYUN: JINYUN + "001"}
    clients = {c: Client(server, t, store.add_site(t, "township")) for c, t in towns.items()}
    for county, n, households, fen in ((YUNHE, 2, 7, 654321), (JINYUN, 3, 13, 987654)):
        c = clients[county]
        c.push([rec("application", new_id(), c.site, app_payload(c.site, "awaiting_decision"))
                for _ in range(n)])
        res = c.push([rec("monthly_report", new_id(), c.site, _report(c.site, households, fen))])
        assert [x["status"] for x in res["results"]] == ["applied"], res["results"]
        c.close()
    city = sign_in(server.url, "city.all")
    county = sign_in(server.url, "yunhe.staff")
    page = county.get("/").text
    assert "yunhe.staff · 县级工作人员（云和县）" in page
    assert "云和县 331125" in page and towns[YUNHE] in page and "6,543.21" in page
    # Nothing of 缙云县: not its applications, not its site, not its report's figures or chart.
    assert "缙云县" not in page and towns[JINYUN] not in page and "9,876.54" not in page
    assert "全市" not in page
    data = county.get("/data.json").json()
    assert data["account"] == {"username": "yunhe.staff", "role": "county", "county_code": YUNHE}
    assert {a["county_code"] for a in data["applications"]} == {YUNHE}
    assert {s["code"] for s in data["sites"]} == {towns[YUNHE]}
    assert set(data["monthly"]["counties"]) == {YUNHE}
    assert [s["name"] for s in data["monthly"]["charts"]["households"]] == ["云和县"]
    assert JINYUN not in county.get("/data.json").text and "9876.54" not in county.get("/data.json").text
    # The city's administrator sees both.
    page = city.get("/").text
    assert "缙云县" in page and "云和县" in page and "9,876.54" in page and "全市" in page
    data = city.get("/data.json").json()
    assert {YUNHE, JINYUN} <= {a["county_code"] for a in data["applications"]}
    assert {YUNHE, JINYUN} <= set(data["monthly"]["counties"])
    city.close()
    county.close()


def test_a_disabled_account_is_signed_out_and_cannot_sign_in(db_url, store, server):
    accounts.add_account(store, "leaving.staff", "county", PAGE_PASSWORD, JINYUN)
    c = sign_in(server.url, "leaving.staff")
    assert c.get("/").status_code == 200
    out = run_cli("account", "disable", "--user", "leaving.staff", db=db_url).stdout
    assert "disabled" in out
    assert c.get("/").status_code == 303 and c.get("/data.json").status_code == 401
    csrf = login_form(c)
    r = c.post("/login", data={"csrf": csrf, "username": "leaving.staff", "password": PAGE_PASSWORD})
    assert r.status_code == 401
    assert "leaving.staff" in run_cli("account", "list", db=db_url).stdout
    run_cli("account", "disable", "--user", "leaving.staff", "--enable", db=db_url)
    sign_in(server.url, "leaving.staff").close()
    c.close()


def _account_cli(db: str, *args: str, password: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "LISHUI_PASSWORD"}
    if password is not None:
        env["LISHUI_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "lishui_hq.cli", "account", *args, "--db", db],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, env={**env, "PYTHONPATH": str(ROOT)})


def test_account_commands_check_what_they_are_given(db_url, store, server):
    # No password on the command line: from $LISHUI_PASSWORD or the terminal.
    r = _account_cli(db_url, "add", "--user", "no.password", "--role", "city", password=None)
    assert r.returncode == 1 and "$LISHUI_PASSWORD" in r.stderr
    r = _account_cli(db_url, "add", "--user", "weak.pw", "--role", "city", password="short1")
    assert r.returncode == 1 and "password: a password has at least 8 characters" in r.stderr
    r = _account_cli(db_url, "add", "--user", "no.county", "--role", "county", password=PAGE_PASSWORD)
    assert r.returncode == 1 and "county" in r.stderr and "331102" in r.stderr
    r = _account_cli(db_url, "add", "--user", "not.lishui", "--role", "county", "--county", "339999",
                     password=PAGE_PASSWORD)
    assert r.returncode == 1 and "county '339999'" in r.stderr
    r = _account_cli(db_url, "add", "--user", "made.here", "--role", "county", "--county", JINYUN,
                     password=PAGE_PASSWORD)
    assert r.returncode == 0 and "county 331122 only" in r.stdout
    sign_in(server.url, "made.here").close()
    r = _account_cli(db_url, "add", "--user", "bad county", "--role", "city", password=PAGE_PASSWORD)
    assert r.returncode == 1 and "user 'bad county'" in r.stderr
    accounts.add_account(store, "twice.made", "city", PAGE_PASSWORD)
    r = _account_cli(db_url, "add", "--user", "twice.made", "--role", "city", password=PAGE_PASSWORD)
    assert r.returncode == 1 and "exists" in r.stderr
    # A new password: the old one and the sessions opened with it stop working.
    c = sign_in(server.url, "twice.made")
    r = _account_cli(db_url, "password", "--user", "twice.made", password="Renewed2026pw")
    assert r.returncode == 0, r.stderr
    assert c.get("/").status_code == 303
    sign_in(server.url, "twice.made", "Renewed2026pw").close()
    c.close()
    r = _account_cli(db_url, "password", "--user", "not.there", password="Renewed2026pw")
    assert r.returncode == 1 and "no account not.there" in r.stderr
