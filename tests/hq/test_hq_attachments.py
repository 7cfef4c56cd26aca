"""Attachments by content hash, uploaded in parts and resumed after a break."""
from __future__ import annotations

import hashlib
import os

T, T_OTHER_COUNTY = "331123001", "331124001"      # 遂昌县, 松阳县
COUNTY = "331123"


def put(c, sha, offset, total, data):
    return c.http.put(f"/api/v1/attachments/{sha}", params={"offset": offset, "total": total},
                      content=data, headers={"Content-Type": "application/octet-stream"})


def test_upload_in_parts_resume_and_download(sites):
    c = sites(T)
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    st = c.http.get(f"/api/v1/attachments/{sha}/status").json()
    assert st == {"sha256": sha, "size": None, "received": 0, "complete": False}
    r = put(c, sha, 0, len(data), data[:100_000])
    assert r.status_code == 200 and r.json()["received"] == 100_000
    # The connection broke; the desktop asks where to go on.
    st = c.http.get(f"/api/v1/attachments/{sha}/status").json()
    assert st["received"] == 100_000 and not st["complete"]
    # A part at the wrong place says where to resume.
    r = put(c, sha, 50_000, len(data), data[50_000:150_000])
    assert r.status_code == 409 and r.json()["received"] == 100_000
    r = put(c, sha, 100_000, len(data), data[100_000:200_000])
    assert r.status_code == 200 and not r.json()["complete"]
    # Another site cannot interfere with an upload in progress.
    other = sites("331123002")
    assert put(other, sha, 200_000, len(data), data[200_000:]).status_code == 409
    r = put(c, sha, 200_000, len(data), data[200_000:])
    assert r.status_code == 200 and r.json()["complete"] is True
    # Uploading complete content again is a no-op.
    assert put(c, sha, 0, len(data), data[:10]).json()["complete"] is True
    assert c.http.get(f"/api/v1/attachments/{sha}").content == data
    # The county reads its township's attachment; another county's township cannot.
    assert sites(COUNTY).http.get(f"/api/v1/attachments/{sha}").content == data
    r = sites(T_OTHER_COUNTY).http.get(f"/api/v1/attachments/{sha}")
    assert r.status_code == 403 and r.json()["error"] == "forbidden"


def test_content_that_does_not_match_its_hash_is_discarded(sites):
    c = sites(T)
    data = b"scan of the household register" * 100
    wrong = hashlib.sha256(b"something else").hexdigest()
    assert put(c, wrong, 0, len(data), data[:1000]).status_code == 200
    r = put(c, wrong, 1000, len(data), data[1000:])
    assert r.status_code == 422 and "start again at offset 0" in r.json()["message"]
    assert c.http.get(f"/api/v1/attachments/{wrong}/status").json()["received"] == 0
    r = put(c, wrong, 0, 10, data[:20])
    assert r.status_code == 422 and "past the declared total" in r.json()["message"]
    r = c.http.get("/api/v1/attachments/" + "ab" * 32)
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    r = c.http.get("/api/v1/attachments/XYZ/status")
    assert r.status_code == 422 and r.json()["errors"][0]["path"] == "path.sha256"
