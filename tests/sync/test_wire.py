"""Compressed bodies on the wire, against a real `lishui-hq serve`: what a sync
costs in bytes, and the server's guard on what it inflates."""
import gzip
import json

import httpx

from lishui_desktop.services import sync
from lishui_desktop.sync.client import HqClient
from tests.sync.conftest import COUNTY_STAFF, TOWN_STAFF, make_desk
from tests.sync.helpers import cases_to_county

TOWN, OTHER, COUNTY = "331102100", "331102102", "331102"


def test_sync_compressed_is_several_times_smaller(hq, tmp_path, clock):
    plain = make_desk(tmp_path / "plain.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    packed = make_desk(tmp_path / "packed.sqlite3", OTHER, TOWN_STAFF, clock, hq)
    cases_to_county(plain, 6, clock)
    cases_to_county(packed, 6, clock)
    url, token = sync.site_connection(plain.ctx)
    with HqClient(url, token, compress=False) as client:
        r_plain = sync.sync_once(plain.ctx, client=client)
    r_packed = sync.sync_once(packed.ctx)
    changes = sum(r_packed.pushed.values())
    assert changes == sum(r_plain.pushed.values()) > 50
    assert r_packed.pushed["applied"] == changes
    ratio = r_plain.bytes_sent / r_packed.bytes_sent
    assert ratio >= 4, (r_plain.bytes_sent, r_packed.bytes_sent)
    assert "bytes per change" in r_packed.wire_line()

    # The county pulls both townships' records: the answer comes compressed too.
    county = make_desk(tmp_path / "county.sqlite3", COUNTY, COUNTY_STAFF, clock, hq)
    url, token = sync.site_connection(county.ctx)
    report = sync.sync_once(county.ctx)
    with HqClient(url, token, compress=False) as client:
        client._http.headers["Accept-Encoding"] = "identity"
        raw = client._http.get("/api/v1/pull", params={"cursor": 0, "limit": 500})
    assert report.pulled["records"] >= 2 * changes - 10
    assert raw.num_bytes_downloaded / report.bytes_received >= 4


def test_cli_verbose_prints_bytes_per_change(hq, tmp_path, clock):
    import subprocess
    import sys
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    cases_to_county(town, 2, clock)
    r = subprocess.run([sys.executable, "-m", "lishui_desktop.cli", "-v", "sync", "--db",
                        str(town.path)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    line = next(ln for ln in r.stdout.splitlines() if ln.startswith("on the wire:"))
    assert "bytes per change" in line and "received" in line


def _post(hq, token, body: bytes, encoding: str | None):
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    if encoding:
        headers["Content-Encoding"] = encoding
    return httpx.post(hq.url + "/api/v1/push", content=body, headers=headers, timeout=60)


def test_server_refuses_what_it_cannot_or_should_not_inflate(hq):
    token = hq.store.add_site(TOWN, "township")
    batch = {"batch_id": "01a00000-0000-7000-8000-000000000001", "site_code": TOWN,
             "records": [], "audit": []}
    ok = _post(hq, token, gzip.compress(json.dumps(batch).encode()), "gzip")
    assert ok.status_code == 200, ok.text
    assert "gzip" in ok.headers["accept-encoding"]

    # A few kilobytes that inflate past the body limit: refused before they are read whole.
    bomb = gzip.compress(b" " * (17 * 1024 * 1024))
    assert len(bomb) < 100_000
    r = _post(hq, token, bomb, "gzip")
    assert r.status_code == 413 and r.json()["error"] == "too_large"

    r = _post(hq, token, b"this is not gzip", "gzip")
    assert r.status_code == 400 and r.json()["error"] == "bad_encoding"
    r = _post(hq, token, gzip.compress(json.dumps(batch).encode())[:-6], "gzip")
    assert r.status_code == 400 and r.json()["error"] == "bad_encoding"

    r = _post(hq, token, json.dumps(batch).encode(), "br")
    assert r.status_code == 415 and r.json()["accepted"] == ["gzip"]
