"""Attachments by content hash, uploaded in parts and resumed after a break.

An upload is the uploading site's lease: no other site sees it, waits on it or can
finish it, and it lapses when no part arrives for the server's lease time."""
from __future__ import annotations

import hashlib
import os
import time

import pytest
from sqlalchemy import func, select

from hq_helpers import Client, Server

T, T_OTHER_COUNTY = "331123001", "331124001"      # 遂昌县, 松阳县
COUNTY = "331123"


def put(c, sha, offset, total, data):
    return c.http.put(f"/api/v1/attachments/{sha}", params={"offset": offset, "total": total},
                      content=data, headers={"Content-Type": "application/octet-stream"})


def status(c, sha):
    return c.http.get(f"/api/v1/attachments/{sha}/status")


def upload_rows(store, sha):
    from lishui_hq import models as m
    with store.db.read() as conn:
        ups = conn.execute(select(func.count()).select_from(m.attachment_upload)
                           .where(m.attachment_upload.c.sha256 == sha)).scalar_one()
        parts = conn.execute(select(func.count()).select_from(m.attachment_upload_part)
                             .where(m.attachment_upload_part.c.sha256 == sha)).scalar_one()
    return ups, parts


def test_upload_in_parts_resume_and_download(sites):
    c = sites(T)
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    r = status(c, sha)
    assert r.status_code == 404 and r.json()["received"] == 0
    r = put(c, sha, 0, len(data), data[:100_000])
    assert r.status_code == 200 and r.json()["received"] == 100_000
    # The connection broke; the desktop asks where to go on.
    st = status(c, sha).json()
    assert st == {"sha256": sha, "size": len(data), "received": 100_000, "complete": False}
    # A part at the wrong place says where to resume.
    r = put(c, sha, 50_000, len(data), data[50_000:150_000])
    assert r.status_code == 409 and r.json()["received"] == 100_000
    r = put(c, sha, 100_000, len(data), data[100_000:200_000])
    assert r.status_code == 200 and not r.json()["complete"]
    # Another site cannot add to this site's upload, nor learn of it.
    other = sites("331123002")
    r = put(other, sha, 200_000, len(data), data[200_000:])
    assert r.status_code == 409 and r.json()["received"] == 0
    assert status(other, sha).status_code == 404
    r = put(c, sha, 200_000, len(data), data[200_000:])
    assert r.status_code == 200 and r.json()["complete"] is True
    # Uploading complete content again is a no-op for the site that holds it.
    assert put(c, sha, 0, len(data), data[:10]).json()["complete"] is True
    assert status(c, sha).json()["complete"] is True
    assert c.http.get(f"/api/v1/attachments/{sha}").content == data
    # The county reads its township's attachment; another county's township gets the
    # same answer as for content nobody holds.
    assert sites(COUNTY).http.get(f"/api/v1/attachments/{sha}").content == data
    r = sites(T_OTHER_COUNTY).http.get(f"/api/v1/attachments/{sha}")
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    assert status(sites(T_OTHER_COUNTY), sha).status_code == 404


def test_another_sites_unfinished_upload_never_blocks_a_complete_one(sites, store):
    a, b = sites("331125001"), sites("331125002")
    data = os.urandom(250_000)
    sha = hashlib.sha256(data).hexdigest()
    assert put(a, sha, 0, len(data), data[:100_000]).json()["received"] == 100_000
    # B has not heard of A's upload and sends the same content itself, in one go.
    assert status(b, sha).status_code == 404
    r = put(b, sha, 0, len(data), data)
    assert r.status_code == 200 and r.json() == {"sha256": sha, "size": len(data),
                                                 "received": len(data), "complete": True}
    assert b.http.get(f"/api/v1/attachments/{sha}").content == data
    # A's own upload is untouched by B's: it still answers only with A's progress.
    assert status(a, sha).json() == {"sha256": sha, "size": len(data), "received": 100_000,
                                     "complete": False}
    assert a.http.get(f"/api/v1/attachments/{sha}").status_code == 404
    # A finishes; the content is kept once, and A holds it too.
    assert put(a, sha, 100_000, len(data), data[100_000:]).json()["complete"] is True
    assert a.http.get(f"/api/v1/attachments/{sha}").content == data
    assert upload_rows(store, sha) == (0, 0)
    # A third site that merely knows the hash is told nothing and gets nothing: it has to
    # send all of the content, and wrong bytes under that hash change nothing.
    c = sites("331125003")
    assert status(c, sha).status_code == 404
    assert put(c, sha, 0, len(data), data[:1000]).json()["complete"] is False
    r = put(c, sha, 1000, len(data), os.urandom(len(data) - 1000))
    assert r.status_code == 422 and "start again at offset 0" in r.json()["message"]
    assert status(c, sha).status_code == 404
    assert c.http.get(f"/api/v1/attachments/{sha}").status_code == 404
    assert a.http.get(f"/api/v1/attachments/{sha}").content == data


def test_content_that_does_not_match_its_hash_or_size_is_discarded(sites, store):
    c = sites(T)
    data = b"scan of the household register" * 100
    wrong = hashlib.sha256(b"something else").hexdigest()
    assert put(c, wrong, 0, len(data), data[:1000]).status_code == 200
    r = put(c, wrong, 1000, len(data), data[1000:])
    assert r.status_code == 422 and "start again at offset 0" in r.json()["message"]
    assert status(c, wrong).status_code == 404
    assert upload_rows(store, wrong) == (0, 0)
    r = put(c, wrong, 0, 10, data[:20])
    assert r.status_code == 422 and "past the declared total" in r.json()["message"]
    sha = hashlib.sha256(data).hexdigest()
    assert put(c, sha, 0, len(data), data[:1000]).status_code == 200
    r = put(c, sha, 1000, len(data) + 5, data[1000:])
    assert r.status_code == 409 and "total=" in r.json()["message"]
    r = c.http.get("/api/v1/attachments/" + "ab" * 32)
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    r = c.http.get("/api/v1/attachments/XYZ/status")
    assert r.status_code == 422 and r.json()["errors"][0]["path"] == "path.sha256"


@pytest.fixture(scope="module")
def short_lease(db_url, store, tmp_path_factory):
    """A second server process on the same database whose uploads lapse after 1 s."""
    srv = Server(db_url, tmp_path_factory.mktemp("lease") / "server.log",
                 "--attachment-lease", "1")
    yield srv
    srv.stop()


def test_an_unfinished_upload_lapses_and_its_parts_are_deleted(short_lease, store):
    a = Client(short_lease, "331126001", store.add_site("331126001", "township"))
    b = Client(short_lease, "331126002", store.add_site("331126002", "township"))
    try:
        data = os.urandom(50_000)
        sha = hashlib.sha256(data).hexdigest()
        assert put(a, sha, 0, len(data), data[:20_000]).status_code == 200
        assert upload_rows(store, sha) == (1, 1)
        time.sleep(1.5)         # longer than the lease: no part arrived for over a second
        assert status(a, sha).status_code == 404
        # Any upload request sweeps lapsed uploads, whoever's they are.
        other = os.urandom(100)
        assert put(b, hashlib.sha256(other).hexdigest(), 0, 100, other).json()["complete"]
        assert upload_rows(store, sha) == (0, 0)
        # Where A left off is gone: it is told to start again from the first byte.
        r = put(a, sha, 20_000, len(data), data[20_000:])
        assert r.status_code == 409 and r.json()["received"] == 0
        assert put(a, sha, 0, len(data), data).json()["complete"] is True
        assert a.http.get(f"/api/v1/attachments/{sha}").content == data
    finally:
        a.close()
        b.close()


def test_the_lease_must_be_positive(db_url):
    from hq_helpers import run_cli
    p = run_cli("serve", "--attachment-lease", "0", "--port", "1", db=db_url, check=False)
    assert p.returncode != 0 and "--attachment-lease" in p.stderr
