"""Registering a site's key: now when the server answers, else with the first sync."""
import sqlite3

from lishui_desktop.services import sync
from tests.hq.hq_helpers import free_port
from tests.sync.conftest import TOWN_STAFF, make_desk

TOWN = "331102100"


def server_key(hq_path, code):
    row = sqlite3.connect(hq_path).execute(
        "SELECT payload FROM record WHERE entity='site_key' AND id=?", (code,)).fetchone()
    return row and row[0]


def test_key_pending_until_the_first_sync(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock)
    token = hq.store.add_site(TOWN, "township")
    assert sync.register(town.ctx, f"http://127.0.0.1:{free_port()}", token) is False
    assert sync.key_pending(town.ctx)
    assert server_key(tmp_path / "hq.sqlite3", TOWN) is None
    sync.configure(town.ctx, hq.url, token, register=False)     # address corrected, still pending
    sync.sync_once(town.ctx)
    assert not sync.key_pending(town.ctx)
    with town.ctx.db.read() as s:
        from lishui_desktop.store.models import Site
        from sqlalchemy import select
        public = s.scalar(select(Site)).public_key
    assert public in server_key(tmp_path / "hq.sqlite3", TOWN)


def test_register_now_sends_nothing(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock)
    token = hq.store.add_site(TOWN, "township")
    assert sync.register(town.ctx, hq.url, token) is True
    assert not sync.key_pending(town.ctx)
    assert server_key(tmp_path / "hq.sqlite3", TOWN)
    n = sqlite3.connect(tmp_path / "hq.sqlite3").execute(
        "SELECT count(*) FROM record WHERE site_code=? AND entity!='site_key'", (TOWN,)).fetchone()[0]
    assert n == 0
