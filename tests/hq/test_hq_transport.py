"""Transport and access (issue 12 item 5), against a real `lishui-hq serve`: HTTPS with a
test CA made here, security headers on every answer, a growing wait after repeated bad
tokens, a /health that tells strangers no version, and the log of who pulled which
personal records."""
from __future__ import annotations

import ssl

import httpx
import pytest

from hq_helpers import (PAGE_PASSWORD, Server, household_payload, make_ca_and_server_cert,
                        login_form, member_payload, new_id, rec, run_cli, sign_in)
from lishui_hq import accounts

T = "331122001"        # 缙云县


@pytest.fixture(scope="module")
def tls(tmp_path_factory, db_url, store):
    folder = tmp_path_factory.mktemp("tls")
    paths = make_ca_and_server_cert(folder)
    ctx = ssl.create_default_context(cafile=str(paths["ca"]))
    srv = Server(db_url, folder / "server.log", "--certfile", str(paths["cert"]),
                 "--keyfile", str(paths["key"]), verify=ctx)
    yield srv, paths, ctx
    srv.stop()


def test_https_with_a_test_ca(tls, store):
    srv, paths, ctx = tls
    assert srv.url.startswith("https://")
    token = store.add_site(T, "township")
    r = httpx.get(srv.url + "/api/v1/whoami", verify=ctx,
                  headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.json()["site_code"] == T
    assert r.headers["strict-transport-security"].startswith("max-age=")
    # Under TLS the city page's cookies are Secure: a browser never sends them in clear.
    r = httpx.get(srv.url + "/login", verify=ctx)
    assert r.status_code == 200 and "; secure" in r.headers["set-cookie"].lower()
    accounts.add_account(store, "tls.admin", "city", PAGE_PASSWORD)
    browser = sign_in(srv.url, "tls.admin", verify=ctx)
    assert browser.get("/").status_code == 200
    browser.close()
    assert "; secure" in _session_cookie_of(srv.url, ctx).lower()
    # Not trusted without the city's CA; plain HTTP on the TLS port gets no answer.
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        httpx.get(srv.url + "/health")
    with pytest.raises(httpx.HTTPError):
        httpx.get(srv.url.replace("https://", "http://") + "/health", timeout=5)


def _session_cookie_of(url: str, ctx) -> str:
    with httpx.Client(base_url=url, verify=ctx) as c:
        csrf = login_form(c)
        r = c.post("/login", data={"csrf": csrf, "username": "tls.admin", "password": PAGE_PASSWORD})
    assert r.status_code == 303
    return next(h for h in r.headers.get_list("set-cookie") if h.startswith("lishui_hq_session="))


def test_certfile_and_keyfile_go_together(db_url, tmp_path):
    r = run_cli("serve", "--certfile", str(tmp_path / "x.pem"), db=db_url, check=False)
    assert r.returncode != 0 and "--certfile and --keyfile go together" in r.stderr


def test_security_headers_on_every_answer(server, sites, store):
    c = sites("331122002")
    accounts.add_account(store, "headers.check", "city", PAGE_PASSWORD)
    browser = sign_in(server.url, "headers.check")
    answers = [httpx.get(server.url + "/"), httpx.get(server.url + "/health"),
               httpx.get(server.url + "/api/v1/nothing"), c.http.get("/api/v1/whoami"),
               httpx.post(server.url + "/api/v1/push", content=b"{"),
               httpx.get(server.url + "/login"), browser.get("/"), browser.get("/data.json")]
    browser.close()
    assert [r.status_code for r in answers[5:]] == [200, 200, 200]
    for r in answers:
        h = r.headers
        assert h["x-content-type-options"] == "nosniff", r.url
        assert h["x-frame-options"] == "DENY"
        assert h["referrer-policy"] == "no-referrer"
        assert "frame-ancestors 'none'" in h["content-security-policy"]
        assert "server" not in h                      # no product banner
        assert "strict-transport-security" not in h   # plain HTTP on loopback
    # Personal data, a county's figures, the sign-in form: never in a cache.
    assert all(answers[i].headers["cache-control"] == "no-store" for i in (3, 5, 6, 7))


def test_bad_tokens_from_one_address_wait_longer_and_longer(server, sites):
    good = sites("331122003")
    stranger = httpx.Client(base_url=server.url, headers={"Authorization": "Bearer guess"})
    try:
        codes = [stranger.get("/api/v1/whoami").status_code for _ in range(10)]
        assert codes == [401] * 10                    # a mistyped token is not punished
        r = stranger.get("/api/v1/whoami")
        assert r.status_code == 429 and r.json()["error"] == "too_many_attempts"
        first = int(r.headers["retry-after"])
        # While the address waits even a good token is turned away (no guessing meanwhile).
        r = good.http.get("/api/v1/whoami")
        assert r.status_code == 429
        import time
        time.sleep(first + 0.2)
        r = stranger.get("/api/v1/whoami")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 2 * first
        # Once the wait is over, a good token is served and clears the count.
        time.sleep(int(r.headers["retry-after"]) + 0.2)
        assert good.http.get("/api/v1/whoami").status_code == 200
        assert stranger.get("/api/v1/whoami").status_code == 401
    finally:
        stranger.close()


def test_pulls_of_personal_records_are_logged(sites, store, db_url):
    t = sites("331122101")
    county = sites("331122")
    hid = new_id()
    t.push([rec("household", hid, t.site, household_payload(t.site)),
            rec("member", new_id(), t.site, member_payload(hid, n=21))])
    items, _ = county.pull_all()
    assert any(i["id"] == hid for i in items)
    rows = store.access_log("331122")
    got = {r["entity"]: r for r in rows}
    assert hid in got["household"]["ids"] and got["member"]["count"] >= 1
    assert got["household"]["address"] == "127.0.0.1"
    out = run_cli("access-log", "--site", "331122", "--ids", db=db_url).stdout
    assert "331122  127.0.0.1  household" in out and hid in out
