"""`lishui-hq` commands, run as processes against the module's database, and
their effect seen through the running server."""
from __future__ import annotations

import hashlib

import httpx
from sqlalchemy import insert, select, update

from hq_helpers import Client, add_account, app_payload, new_id, rec, run_cli, sign_in
from lishui_hq import models as m
from lishui_hq import regions

T = "331125001"     # 云和县
COUNTY = "331125"


def token_of(p) -> str:
    lines = p.stdout.strip().splitlines()
    assert len(lines) == 1
    return lines[0]


def test_init_is_repeatable(db_url, store):
    assert "database ready" in run_cli("init", db=db_url).stdout
    assert "database ready" in run_cli("init", db=db_url).stdout


def test_site_tokens_are_shown_once_and_stored_hashed(db_url, store, server):
    p = run_cli("site", "add", "--code", T, "--kind", "township", db=db_url)
    token = token_of(p)
    assert "shown only this once" in p.stderr
    with store.db.read() as conn:
        row = conn.execute(select(m.site).where(m.site.c.code == T)).one()
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(tuple(row))
    auth = {"Authorization": f"Bearer {token}"}
    assert httpx.get(server.url + "/api/v1/whoami", headers=auth).json()["name"] == regions.name_of(T)
    listing = run_cli("site", "list", db=db_url).stdout
    assert T in listing and "active" in listing
    p = run_cli("site", "add", "--code", T, "--kind", "township", db=db_url, check=False)
    assert p.returncode == 1 and "already registered" in p.stderr
    p = run_cli("site", "add", "--code", "331125999", "--kind", "township", db=db_url, check=False)
    assert p.returncode == 1 and "not a Lishui" in p.stderr
    run_cli("site", "revoke", "--code", T, db=db_url)
    assert httpx.get(server.url + "/api/v1/whoami", headers=auth).status_code == 401
    assert "revoked" in run_cli("site", "list", db=db_url).stdout
    new = token_of(run_cli("site", "rotate", "--code", T, db=db_url))
    r = httpx.get(server.url + "/api/v1/whoami", headers={"Authorization": f"Bearer {new}"})
    assert r.status_code == 200


def _pull_reference(store, server, entity):
    c = Client(server, "331125002", store.add_site("331125002", "township")) \
        if "331125002" not in {s["code"] for s in store.list_sites()} else None
    if c is None:
        c = Client(server, "331125002", store.rotate_token("331125002"))
    try:
        items, _ = c.pull_all()
    finally:
        c.close()
    return {i["id"]: i for i in items if i["entity"] == entity}


def test_reference_data_commands(db_url, store, server, tmp_path):
    out = run_cli("standards", "set", "--county", COUNTY, "--effective", "2026-01-01",
                  "--dibao", "1,210", "--tekun", "1573.5", db=db_url).stdout
    assert "1 changed" in out
    run_cli("standards", "set", "--county", COUNTY, "--effective", "2026-01-01",
            "--child", "2300", db=db_url)
    p = run_cli("standards", "set", "--county", COUNTY, "--effective", "2026-01-01",
                "--dibao", "12.345", db=db_url, check=False)
    assert p.returncode == 1 and "--dibao" in p.stderr
    p = run_cli("standards", "set", "--county", "999999", "--effective", "2026-01-01",
                "--dibao", "1", db=db_url, check=False)
    assert p.returncode == 1 and "not a Lishui county" in p.stderr

    hol = tmp_path / "holidays.csv"
    hol.write_text("date,kind,name\n2026-10-01,holiday,国庆节\n2026-10-10,workday,国庆节调休\n",
                   encoding="utf-8")
    assert "2 days read" in run_cli("holidays", "load", str(hol), db=db_url).stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,name\n2026-02-30,holiday,x\n2026-10-02,day off,y\n",
                   encoding="utf-8")
    p = run_cli("holidays", "load", str(bad), db=db_url, check=False)
    assert p.returncode == 1 and "line 2" in p.stderr and "line 3" in p.stderr
    assert "nothing imported" in p.stderr
    out = run_cli("holidays", "load", "--year", "2026", db=db_url).stdout
    assert "days read" in out

    run_cli("approval-level", "set", "--county", COUNTY, "--type", "linshi", "--level",
            "township", db=db_url)

    vil = tmp_path / "villages.csv"
    vil.write_text("code,name\n331125001001,白龙山村\n331125001002,黄水碓村\n", encoding="utf-8")
    assert "2 read" in run_cli("villages", "import", str(vil), db=db_url).stdout
    bad = tmp_path / "badv.csv"
    bad.write_text("code,name\n331125001003,好村\n33112500100,短\n999999001001,外地村\n",
                   encoding="utf-8")
    p = run_cli("villages", "import", str(bad), db=db_url, check=False)
    assert p.returncode == 1 and "line 3" in p.stderr and "line 4" in p.stderr

    std = _pull_reference(store, server, "standard")[f"{COUNTY}:2026-01-01"]
    assert std["payload"] == {"county_code": COUNTY, "effective_from": "2026-01-01",
                              "dibao_fen": 121000, "tekun_fen": 157350, "child_fen": 230000}
    assert std["version"] == 2 and std["site_code"] == "331100"
    hols = _pull_reference(store, server, "holiday")
    assert hols["2026-10-10"]["payload"]["kind"] == "workday"
    assert hols["2026-10-01"]["payload"]["name"] in ("国庆节", "National Day")
    levels = _pull_reference(store, server, "approval_level")
    assert levels[f"{COUNTY}:linshi"]["payload"]["level"] == "township"
    villages = _pull_reference(store, server, "village")
    assert villages["331125001002"]["payload"]["name"] == "黄水碓村"
    assert "331125001003" not in villages


def test_verify_audit_finds_an_altered_entry(db_url, store, server):
    c = Client(server, "331125003", store.add_site("331125003", "township"))
    c.push([rec("household", new_id(), c.site) for _ in range(3)])
    c.close()
    out = run_cli("verify-audit", db=db_url).stdout
    assert "331125003: ok (3 entries)" in out
    with store.db.engine.begin() as conn:
        conn.execute(update(m.audit_entry).where(m.audit_entry.c.site_code == "331125003",
                                                 m.audit_entry.c.seq == 2)
                     .values(user="篡改者"))
    p = run_cli("verify-audit", "--site", "331125003", db=db_url, check=False)
    assert p.returncode == 1
    assert "331125003: BROKEN: audit entry seq=2" in p.stdout and "hash" in p.stdout


def test_verify_audit_finds_a_record_no_entry_names(db_url, store, server):
    # A record that came in around the push's checks (written into the database directly,
    # or kept from before they existed) has no audit entry behind it: the chain itself is
    # intact, so only this check tells.
    c = Client(server, "331125105", store.add_site("331125105", "township"))
    c.push([rec("household", new_id(), c.site) for _ in range(2)])
    c.close()
    assert "331125105: ok (2 entries)" in run_cli("verify-audit", "--site", "331125105", db=db_url).stdout
    with store.db.engine.begin() as conn:
        row = dict(conn.execute(select(m.record).where(m.record.c.site_code == "331125105")
                                .limit(1)).mappings().one())
        conn.execute(insert(m.record).values({**row, "id": "slipped-in-1",
                                              "cursor": row["cursor"] + 10_000}))
    p = run_cli("verify-audit", "--site", "331125105", db=db_url, check=False)
    assert p.returncode == 1
    assert "331125105: BROKEN: 1 stored record of the site is named by no audit entry " \
           "(such as household slipped-in-1)" in p.stdout


def test_city_page(db_url, store, server):
    c = Client(server, "331125004", store.add_site("331125004", "township"))
    c.push([rec("application", new_id(), c.site, app_payload(c.site, "awaiting_decision")),
            rec("application", new_id(), c.site, app_payload(c.site, "awaiting_decision")),
            rec("application", new_id(), c.site, app_payload(c.site, "submitted", "tekun"))])
    hid = new_id()
    c.push([rec("household", hid, c.site)])
    c.push([rec("household", hid, c.site, {"x": 2}, version=2, base=0)])   # a conflict
    c.close()
    add_account(db_url, "page.reader")
    browser = sign_in(server.url, "page.reader")
    r = browser.get("/")
    browser.close()
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "云和县 331125" in html and "最低生活保障" in html and "待审核确认" in html
    row = html.split("最低生活保障</td>")[1].split("</tr>")[0]
    assert "<td>2</td>" in row
    site_row = html.split("<td class='l'>331125004</td>")[1].split("</tr>")[0]
    assert "class='warn'>1<" in site_row          # one pending conflict
    assert "—" not in site_row                    # it has synced


def test_a_site_token_never_starts_like_a_command_line_option():
    # `lishui-desktop sync --token -abc…` would read the token as an option: one token in
    # 64 started with '-' before.
    from lishui_hq.store import new_token
    tokens = [new_token() for _ in range(2000)]
    assert all(t[0] not in "-_" for t in tokens) and len(set(tokens)) == 2000
    assert all(len(t) >= 43 for t in tokens)
