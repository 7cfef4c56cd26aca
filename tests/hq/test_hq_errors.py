"""Limits and errors: every non-2xx answer is JSON with a message a person can act on."""
from __future__ import annotations

import json

import httpx
import pytest

from hq_helpers import Server, batch, new_id, rec

T = "331122001"     # 缙云县


@pytest.fixture(scope="module")
def small_server(db_url, store, tmp_path_factory):
    """A server with a 64 KiB body limit, so 413 needs only a small request."""
    srv = Server(db_url, tmp_path_factory.mktemp("log") / "small.log", "--max-body", "65536")
    yield srv
    srv.stop()


def test_health(server, sites):
    # A stranger learns that it answers, not which version runs (nor on what database).
    r = httpx.get(server.url + "/health")
    assert r.status_code == 200 and r.json() == {"status": "ok"}
    r = httpx.get(server.url + "/health", headers={"Authorization": "Bearer guessed"})
    assert r.json() == {"status": "ok"}
    body = sites(T).http.get("/health").json()
    assert body["status"] == "ok" and body["protocol"] == 1 and body["version"]
    assert body["database"] in ("sqlite", "postgresql")


def test_schema_errors_name_the_field(sites):
    c = sites(T)
    body = batch(T, [rec("household", new_id(), T), rec("household", new_id(), T)])
    body["records"][1]["version"] = 0
    body["records"][0]["site_code"] = "12"
    del body["batch_id"]
    r = c.push_raw(body)
    assert r.status_code == 422
    e = r.json()
    assert e["error"] == "validation"
    paths = {x["path"] for x in e["errors"]}
    assert {"batch_id", "records[0].site_code", "records[1].version"} <= paths
    assert "records[1].version" in e["message"]


def test_protocol_version_and_batch_id_are_checked(sites):
    c = sites(T)
    body = batch(T, [])
    body["protocol"] = 2
    r = c.push_raw(body)
    assert r.status_code == 422
    assert "protocol 2 is not spoken here" in r.json()["message"]
    body = batch(T, [], batch_id="not-a-uuid")
    assert c.push_raw(body).json()["errors"][0]["path"] == "batch_id"


def test_payload_that_postgres_cannot_store_is_refused_by_record(sites):
    c = sites(T)
    good = rec("household", new_id(), T)
    # With their audit entries, as a desktop sends new records (the city refuses one without).
    bad, ok = c.push([rec("household", new_id(), T, {"name": {"given": "a\u0000b"}}),
                      good])["results"]
    assert bad["status"] == "refused" and bad["field"] == "name.given"
    assert "control character (U+0000)" in bad["reason"]
    assert ok["status"] == "applied"
    r = c.http.post("/api/v1/push", content=b'{"protocol": 1, "batch_id": "x", ',
                    headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["error"] == "validation"


def test_version_must_move_on(sites):
    c = sites(T)
    r = c.push_raw(batch(T, [rec("household", new_id(), T, version=2, base=2)]))
    assert r.status_code == 422
    assert r.json()["errors"][0]["path"] == "records[0]"
    assert "must be greater than base_version" in r.json()["message"]


def test_audit_of_another_site_is_a_422(sites):
    c = sites(T)
    from hq_helpers import Chain
    other = Chain("331122002").add()
    r = c.push_raw(batch(T, [], [other]))
    assert r.status_code == 422 and "only its own site's audit chain" in r.json()["message"]


def test_unknown_paths_and_methods_are_json(server):
    r = httpx.get(server.url + "/api/v1/nothing")
    assert r.status_code == 404 and "openapi.json" in r.json()["message"]
    r = httpx.delete(server.url + "/api/v1/push")
    assert r.status_code == 405 and r.json()["error"] == "method_not_allowed"


def test_body_over_the_limit_is_413(small_server, store):
    token = store.add_site("331122003", "township")
    auth = {"Authorization": f"Bearer {token}"}
    recs = [rec("household", new_id(), "331122003", {"notes": "很长的备注" * 200})
            for _ in range(40)]
    body = json.dumps(batch("331122003", recs)).encode()
    assert len(body) > 65536
    r = httpx.post(small_server.url + "/api/v1/push", content=body,
                   headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"] == "too_large" and "fewer records" in r.json()["message"]

    # Without a declared length (chunked), the limit still holds.
    def chunks():
        for i in range(0, len(body), 8192):
            yield body[i:i + 8192]
    r = httpx.post(small_server.url + "/api/v1/push", content=chunks(),
                   headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"] == "too_large"
    # A batch under the limit goes through on the same server.
    r = httpx.post(small_server.url + "/api/v1/push", json=batch("331122003", recs[:2]),
                   headers=auth)
    assert r.status_code == 200


def test_logs_are_json_lines_with_site_and_timing(sites, server):
    c = sites(T)
    c.push([rec("household", new_id(), T)])
    lines = [json.loads(x) for x in server.log_text().splitlines() if x.startswith("{")]
    pushes = [x for x in lines if x.get("event") == "push" and x.get("site") == T]
    assert pushes and {"batch_id", "records", "ms", "applied"} <= set(pushes[-1])
    reqs = [x for x in lines if x.get("event") == "request" and x.get("path") == "/api/v1/push"]
    assert reqs and {"status", "ms", "request_id", "method"} <= set(reqs[-1])
    assert any(x.get("status") == 422 for x in reqs)
