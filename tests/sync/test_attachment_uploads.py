"""The desktop sends its attachments' content to the city server: in parts, resuming
after a dropped connection, starting again when its lease on the server lapsed, and never
held up by another township's unfinished upload of the same file."""
from __future__ import annotations

import hashlib
import os
import time

import httpx
from sqlalchemy import select

from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import sync
from lishui_desktop.store.models import AttachmentBlob, Site
from lishui_desktop.sync.client import HqClient
from tests.hq.hq_helpers import Server
from tests.services.helpers import household_form
from tests.sync.conftest import TOWN_STAFF, make_desk
from tests.sync.proxy import FaultyProxy

TOWN, TOWN2 = "331102100", "331102102"


def _case_with_files(desk, *files: bytes) -> str:
    cw = desk.as_("cw1")
    hid = hs.save_household(cw, household_form(desk.ctx.site.code + "201"))
    aid = ap.create_application(cw, household_id=hid, assistance_type="dibao")
    ap.add_attachments(cw, aid, [ap.AttachmentFile(f"scan{i}.pdf", f, "application/pdf")
                                 for i, f in enumerate(files)])
    return aid


def _token(desk) -> str:
    with desk.ctx.db.read() as s:
        return s.scalar(select(Site)).token


def _point(desk, url):
    with desk.ctx.db.write() as s:
        s.scalar(select(Site)).server_url = url


def _content(url, token, sha) -> bytes | None:
    r = httpx.get(f"{url}/api/v1/attachments/{sha}", headers={"Authorization": f"Bearer {token}"})
    return r.content if r.status_code == 200 else None


def _unsent(desk) -> set[str]:
    with desk.ctx.db.read() as s:
        return set(s.scalars(select(AttachmentBlob.sha256)
                             .where(AttachmentBlob.uploaded_at.is_(None))))


def test_files_arrive_whole_though_answers_are_cut(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    big, small = os.urandom(2 * sync.UPLOAD_PART + 12_345), os.urandom(5000)
    _case_with_files(town, big, small)
    proxy = FaultyProxy(hq.port, cut_puts=2)
    _point(town, proxy.url)
    try:
        report = sync.sync_once(town.as_("cw1"))
    finally:
        proxy.close()
    assert proxy.put_cuts == 2            # parts the server took while the desktop never heard
    assert report.attachments == 2 and report.attachment_problems == []
    token = _token(town)
    for data in (big, small):
        assert _content(hq.url, token, hashlib.sha256(data).hexdigest()) == data
    assert _unsent(town) == set()
    _point(town, hq.url)
    assert sync.sync_once(town.as_("cw1")).attachments == 0


def test_a_sync_broken_off_mid_file_goes_on_where_the_server_stands(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    data = os.urandom(3 * sync.UPLOAD_PART)
    sha = hashlib.sha256(data).hexdigest()
    _case_with_files(town, data)
    with HqClient(hq.url, _token(town)) as client:
        client.attachment_put(sha, 0, len(data), data[:sync.UPLOAD_PART])
        before = client.wire.sent
        report = sync.sync_once(town.as_("cw1"), client=client)
        # One part was there already: the rest went, not the whole file again.
        assert report.attachments == 1
        assert client.wire.sent - before < len(data) * 0.8
    assert _content(hq.url, _token(town), sha) == data


def test_another_townships_unfinished_upload_holds_nobody_up(hq, tmp_path, clock):
    a = make_desk(tmp_path / "a.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    b = make_desk(tmp_path / "b.sqlite3", TOWN2, TOWN_STAFF, clock, hq)
    # The same scan (a notice from the county) attached in both townships.
    data = os.urandom(2 * sync.UPLOAD_PART + 7)
    sha = hashlib.sha256(data).hexdigest()
    _case_with_files(a, data)
    _case_with_files(b, data)
    with HqClient(hq.url, _token(a)) as client:           # A's sync broke after one part
        client.attachment_put(sha, 0, len(data), data[:sync.UPLOAD_PART])
    report = sync.sync_once(b.as_("cw1"))
    assert report.attachments == 1 and _unsent(b) == set()
    assert _content(hq.url, _token(b), sha) == data
    assert _content(hq.url, _token(a), sha) is None      # not A's until A sent it all
    with HqClient(hq.url, _token(a)) as client:
        st = client.attachment_status(sha)
        assert (st.received, st.complete) == (sync.UPLOAD_PART, False)
        assert sync.sync_once(a.as_("cw1"), client=client).attachments == 1
    assert _content(hq.url, _token(a), sha) == data


def test_an_upload_whose_lease_lapsed_starts_again(tmp_path, clock):
    from lishui_hq.store import Store
    url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    store = Store(url, migrate_now=True)
    server = Server(url, tmp_path / "hq.log", "--attachment-lease", "1")
    server.store = store
    try:
        town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, server)
        data = os.urandom(600_000)          # one part: the restart is a single request
        sha = hashlib.sha256(data).hexdigest()
        _case_with_files(town, data)
        with HqClient(server.url, _token(town)) as client:
            client.attachment_put(sha, 0, len(data), data[:200_000])
            time.sleep(1.5)                 # past the server's lease: the part lapses
            assert client.attachment_status(sha) is None
            assert sync.sync_once(town.as_("cw1"), client=client).attachments == 1
        assert _content(server.url, _token(town), sha) == data
    finally:
        server.stop()
        store.close()


def test_a_file_the_server_refuses_is_reported_and_the_others_go(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    good, bad = os.urandom(1000), os.urandom(1000)
    _case_with_files(town, good, bad)
    bad_sha = hashlib.sha256(bad).hexdigest()
    with town.ctx.db.write() as s:          # the file's bytes were damaged on this computer
        s.get(AttachmentBlob, bad_sha).data = os.urandom(1000)
    report = sync.sync_once(town.as_("cw1"))
    assert report.attachments == 1
    assert [sha for sha, _ in report.attachment_problems] == [bad_sha]
    assert "sha256" in report.attachment_problems[0][1]
    assert _unsent(town) == {bad_sha}
    assert _content(hq.url, _token(town), hashlib.sha256(good).hexdigest()) == good


def test_new_records_wait_for_a_batch_that_carries_their_entries(hq, tmp_path, clock,
                                                                 monkeypatch):
    """Batches carry at most MAX_AUDIT entries: a record made after many entries (views,
    sign-ins) goes with the batch that reaches its entry, never before it (refused)."""
    from lishui_desktop.store import audit
    from lishui_desktop.sync import engine
    from tests.sync.helpers import desk_versions, server_versions
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    with town.ctx.db.write() as s:
        for i in range(7):
            audit.append(s, site_code=TOWN, user="cw1", event="case.open", detail={"n": i})
    _case_with_files(town, os.urandom(100))
    monkeypatch.setattr(engine, "MAX_AUDIT", 3)
    report = sync.sync_once(town.as_("cw1"))
    assert report.pushed["refused"] == 0 and report.batches > 3
    hq_path = str(tmp_path / "hq.sqlite3")
    assert server_versions(hq_path, TOWN) == desk_versions(town.path, TOWN)
