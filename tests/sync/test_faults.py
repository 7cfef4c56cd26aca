"""Sync faults, each followed by recovery with nothing lost and nothing duplicated.

After every fault the ids and versions on the server equal the township's,
and the county's copy equals both.
"""
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from lishui_desktop.services import sync
from lishui_desktop.store.models import Site
from lishui_desktop.sync.client import Retry, SyncError
from tests.hq.hq_helpers import Server
from tests.sync.conftest import COUNTY_STAFF, TOWN_STAFF, make_desk
from tests.sync.helpers import cases_to_county, desk_versions, server_versions
from tests.sync.proxy import FaultyProxy
from tests import dbfile

TOWN, COUNTY = "331102100", "331102"


def _same(hq_path, town_path):
    server = server_versions(hq_path, TOWN)
    local = desk_versions(town_path, TOWN)
    assert server == local
    conn = sqlite3.connect(hq_path)
    # One row per record on the server, and one stored version per version number.
    dup = conn.execute("SELECT count(*) FROM (SELECT id, entity, version FROM record_version"
                       " GROUP BY id, entity, version HAVING count(*) > 1)").fetchone()[0]
    assert dup == 0


def _point(desk, url):
    with desk.ctx.db.write() as s:
        s.query(Site).one().server_url = url


def test_server_killed_mid_push(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    cases_to_county(town, 60, clock)
    hq_path = tmp_path / "hq.sqlite3"
    failure = []

    def run():
        try:
            sync.sync_once(town.ctx, batch_size=20)
        except SyncError as exc:
            failure.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    while sqlite3.connect(hq_path).execute("SELECT count(*) FROM batch").fetchone()[0] < 3:
        time.sleep(0.01)
    os.kill(hq.proc.pid, signal.SIGKILL)
    hq.proc.wait()
    worker.join(120)
    assert failure and failure[0].retryable
    with town.ctx.db.read() as s:
        from lishui_desktop.sync import engine
        assert engine.pending_counts(s)["changes"] > 0        # nothing dropped from the outbox

    again = Server(hq.db_url, tmp_path / "hq2.log", port=hq.port)
    try:
        report = sync.sync_once(town.ctx, batch_size=20)
        assert report.pushed["conflict"] == report.pushed["refused"] == 0
        _same(hq_path, town.path)
    finally:
        again.stop()


@pytest.mark.parametrize("fault", ["cut", "fail"])
def test_dropped_or_failed_answers(hq, tmp_path, clock, fault):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    cases_to_county(town, 20, clock)
    proxy = FaultyProxy(hq.port, cut_pushes=3 if fault == "cut" else 0,
                        fail_pushes=3 if fault == "fail" else 0)
    _point(town, proxy.url)
    try:
        from lishui_desktop.sync.client import HqClient
        url, token = sync.site_connection(town.ctx)
        with HqClient(url, token, retry=Retry(attempts=6, base_delay=0.05)) as client:
            report = sync.sync_once(town.ctx, client=client, batch_size=40)
        assert (proxy.cuts, proxy.failures) == ((3, 0) if fault == "cut" else (0, 3))
        # The server applied the batches whose answers were lost; the resend got
        # the same answer, so every change counts as applied exactly once.
        assert report.pushed["duplicate"] == 0
        assert report.pushed["applied"] == len(desk_versions(town.path, TOWN))
        _same(tmp_path / "hq.sqlite3", town.path)
    finally:
        proxy.close()


PULL = """
import sys
from lishui_desktop.services import access, sync
sync.sync_once(access.open_service(sys.argv[1]), page_size=int(sys.argv[2]))
"""


def test_desktop_killed_mid_pull(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    county = make_desk(tmp_path / "county.sqlite3", COUNTY, COUNTY_STAFF, clock, hq)
    cases_to_county(town, 40, clock)
    sync.sync_once(town.ctx)
    county.ctx.db.dispose()
    script = tmp_path / "pull.py"
    script.write_text(PULL)
    proc = subprocess.Popen([sys.executable, str(script), str(county.path), "10"],
                            env={**os.environ, "PYTHONPATH": os.getcwd()})

    def cursor():
        row = dbfile.connect(county.path, timeout=30).execute(
            "SELECT value FROM settings WHERE key='sync.cursor'").fetchone()
        return int(row[0]) if row else 0

    while cursor() < 50 and proc.poll() is None:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = desk_versions(county.path)
    town_recs = desk_versions(town.path, TOWN)
    assert 0 < len([k for k in partial if k in town_recs]) < len(town_recs)

    rerun = subprocess.run([sys.executable, str(script), str(county.path), "10"],
                           env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert rerun.returncode == 0
    copy = {k: v for k, v in desk_versions(county.path).items() if k in town_recs}
    assert copy == town_recs
    assert dbfile.connect(county.path).execute("SELECT count(*) FROM sync_parked").fetchone()[0] == 0


def test_a_poison_record_is_quarantined_while_the_rest_syncs(hq, tmp_path, clock):
    """The server fails on one record every time: the others go through, that one is set
    aside as a refusal (shown, sent again on request) and holds up nothing."""
    from lishui_desktop.services import households as hs
    from lishui_desktop.sync.client import HqClient
    from tests.services.helpers import household_form
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    cw = town.as_("cw1")
    village = TOWN + "201"
    ids = [hs.save_household(cw, household_form(village, wage_fen=30000 + i)) for i in range(30)]
    poison = ids[17]
    proxy = FaultyProxy(hq.port, poison=poison.encode())
    _point(town, proxy.url)
    url, token = sync.site_connection(town.ctx)
    try:
        with HqClient(url, token, retry=Retry(attempts=2, base_delay=0.01)) as client:
            report = sync.sync_once(town.ctx, client=client, batch_size=8)
        assert proxy.poisoned > 0
        # The household is set aside; its members, income and account are refused by
        # the server for want of it; everything else went through.
        refused = sync.refusals(town.ctx)
        (r,) = [x for x in refused if x.entity_id == poison]
        assert "failed on this change every time" in r.reason
        children = [x for x in refused if x is not r]
        assert children and all("not on the server and not in this batch" in x.reason
                                and x.field == "household_id" for x in children)
        assert report.pushed["refused"] == len(refused), report.lines()
        assert report.left["changes"] == 0
        server = server_versions(tmp_path / "hq.sqlite3", TOWN)
        local = desk_versions(town.path, TOWN)
        aside = {poison} | {x.entity_id for x in children}
        assert not any(k[1] in aside for k in server)
        assert {k: v for k, v in local.items() if k[1] not in aside} == server
        # Once the server is mended, the person sends it again from the sync page; the
        # records refused for want of it go with it.
        proxy.poison = None
        sync.resend_refusal(town.ctx, r.id)
        assert all(x.resent_at is not None for x in sync.refusals(town.ctx))
        with HqClient(url, token, retry=Retry(attempts=2, base_delay=0.01)) as client:
            again = sync.sync_once(town.ctx, client=client)
        assert again.pushed["applied"] >= 1 and again.pushed["refused"] == 0
        assert sync.refusals(town.ctx) == []                 # settled when it went through
        _same(tmp_path / "hq.sqlite3", town.path)
    finally:
        proxy.close()


def test_a_record_corrected_after_a_refusal_goes_on_the_servers_version(hq, tmp_path, clock):
    """Edited on its page after being quarantined, a record goes on top of the version the
    server holds (not the refused one), so it applies instead of becoming a conflict."""
    from lishui_desktop.services import households as hs
    from lishui_desktop.sync.client import HqClient
    from tests.services.helpers import household_form
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    cw = town.as_("cw1")
    village = TOWN + "201"
    hid = hs.save_household(cw, household_form(village, wage_fen=30000))
    sync.sync_once(town.ctx)
    hs.save_household(cw, household_form(village, wage_fen=31000), household_id=hid)
    proxy = FaultyProxy(hq.port, poison=hid.encode())
    _point(town, proxy.url)
    url, token = sync.site_connection(town.ctx)
    try:
        with HqClient(url, token, retry=Retry(attempts=2, base_delay=0.01)) as client:
            assert sync.sync_once(town.ctx, client=client).pushed["refused"] >= 1
        proxy.poison = None
        hs.save_household(cw, household_form(village, wage_fen=32000), household_id=hid)
        with HqClient(url, token, retry=Retry(attempts=2, base_delay=0.01)) as client:
            report = sync.sync_once(town.ctx, client=client)
        assert report.pushed["conflict"] == 0 and report.pushed["applied"] >= 1, report.lines()
        assert sync.refusals(town.ctx) == []
        _same(tmp_path / "hq.sqlite3", town.path)
    finally:
        proxy.close()
