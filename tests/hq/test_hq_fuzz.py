"""The OpenAPI schema fuzzed with schemathesis against the real server: no 5xx
answer, every error body is JSON with a code and a message, and answers fit
the schema. Examples are bounded per operation to keep the suite quick.

schemathesis' own pytest plugin (``from_fixture``) does not run under pytest 9
(it sets ``node._nodeid``), so each operation's strategy is driven with
Hypothesis directly.
"""
from __future__ import annotations

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (content_type_conformance,
                                               response_schema_conformance,
                                               status_code_conformance)

FUZZ_SITE = "331126001"     # 庆元县
EXAMPLES = {GenerationMode.POSITIVE: 40, GenerationMode.NEGATIVE: 25}


@pytest.fixture(scope="module")
def fuzz_token(store, server):
    return store.add_site(FUZZ_SITE, "township")


@pytest.fixture(scope="module")
def operations(server):
    schema = schemathesis.openapi.from_url(server.url + "/api/v1/openapi.json")
    ops = [r.ok() for r in schema.get_all_operations()]
    assert {f"{o.method.upper()} {o.path}" for o in ops} >= {
        "POST /api/v1/push", "GET /api/v1/pull", "POST /api/v1/site-key",
        "PUT /api/v1/attachments/{sha256}", "GET /health"}
    return ops


def _check_error_body(response) -> None:
    if response.status_code < 400:
        return
    ctype = response.headers.get("content-type") or [""]
    ctype = ctype[0] if isinstance(ctype, list) else ctype
    assert ctype.startswith("application/json"), f"{response.status_code} answered with {ctype}"
    body = json.loads(response.text)
    assert isinstance(body, dict) and isinstance(body.get("error"), str)
    assert isinstance(body.get("message"), str) and body["message"]


def _fuzz(op, mode, call, checks):
    @given(case=op.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES[mode], deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        response = call(case)
        assert response.status_code < 500, f"{case.method} {case.formatted_path}: " \
                                           f"{response.status_code} {response.text[:500]}"
        case.validate_response(response, checks=checks)
        _check_error_body(response)

    try:
        run()
    except Unsatisfiable:
        # An operation without inputs (GET /health) has no invalid request to make.
        assert mode is GenerationMode.NEGATIVE


@pytest.mark.slow
@pytest.mark.parametrize("mode", list(EXAMPLES), ids=lambda m: m.value)
def test_fuzz_with_a_valid_token(operations, server, fuzz_token, mode):
    headers = {"Authorization": f"Bearer {fuzz_token}"}
    checks = [not_a_server_error, content_type_conformance]
    if mode is GenerationMode.POSITIVE:
        checks += [status_code_conformance, response_schema_conformance]

    def call(case):
        # Random site codes would stop nearly every batch at the 403; make most
        # of it the token's own so the record and audit rules are exercised.
        if case.path == "/api/v1/push" and isinstance(case.body, dict) and \
                mode is GenerationMode.POSITIVE:
            case.body["site_code"] = FUZZ_SITE
            for i, r in enumerate(case.body.get("records") or []):
                if isinstance(r, dict) and i % 2 == 0:
                    r["site_code"] = FUZZ_SITE
            for e in case.body.get("audit") or []:
                if isinstance(e, dict):
                    e["site_code"] = FUZZ_SITE
        return case.call(base_url=server.url, headers=headers)

    for op in operations:
        _fuzz(op, mode, call, checks)


@pytest.mark.slow
def test_fuzz_without_a_token(operations, server):
    for op in operations:
        _fuzz(op, GenerationMode.POSITIVE, lambda case: case.call(base_url=server.url),
              [not_a_server_error, content_type_conformance])


# ---- generated record payloads, with a valid token ------------------------------------------

from hypothesis import strategies as st  # noqa: E402

from hq_helpers import household_payload, new_id, valid_payload  # noqa: E402
from lishui_desktop.sync.payloads import PAYLOADS  # noqa: E402
from lishui_desktop.sync.protocol import RECORD_STATUSES, SITE_ENTITIES  # noqa: E402

DEEP = "__deep__"
NASTY = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["\ud800", "张\udfff三", "\u202e0021", "a\x00b", "\ufffe", "\u2066x",
                     "x" * 200_001, "", " ", "2026-02-30", "9999-12-31", "1800-01-01",
                     "33110219680517001X", "-1", "1e400", DEEP]),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**63, -(2**63) - 1, 10**30, 0, -1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.none(),
    st.lists(st.one_of(st.integers(), st.text(max_size=5), st.none()), max_size=4),
    st.dictionaries(st.text(max_size=6), st.one_of(st.integers(), st.text(max_size=6)),
                    max_size=3),
)


@st.composite
def nasty_record(draw):
    entity = draw(st.sampled_from(SITE_ENTITIES))
    payload = dict(valid_payload(entity, FUZZ_SITE))
    fields = sorted(set(PAYLOADS.get(entity).model_fields) | set(payload)) \
        if entity in PAYLOADS else sorted(payload)
    for name in draw(st.lists(st.sampled_from(fields + ["extra", "\ud800key"]), max_size=4,
                              unique=True)):
        payload[name] = draw(NASTY)
    return {"entity": entity, "id": new_id(), "version": 1, "base_version": 0,
            "site_code": FUZZ_SITE, "payload": payload,
            "deleted": draw(st.sampled_from([False, False, False, True]))}


def _body(records: list[dict], site: str = FUZZ_SITE, audit: list | None = None) -> bytes:
    import uuid
    text = json.dumps({"protocol": 1, "batch_id": str(uuid.uuid4()), "site_code": site,
                       "records": records, "audit": audit or []}, ensure_ascii=True,
                      allow_nan=True)
    # Nesting deeper than any encoder or parser limit, placed as raw text.
    return text.replace(json.dumps(DEEP), "[" * 5000 + "]" * 5000).encode()


@pytest.mark.slow
def test_generated_payloads_are_answered_record_by_record(server, fuzz_token):
    """Whatever a payload holds (lone surrogates, bidi controls, NUL, deep nesting, huge or
    non-finite numbers, wrong types, unknown keys), the push is answered 200 with a verdict
    per record, and a good record beside them still applies: never a 5xx."""
    import httpx
    from hq_helpers import Chain
    # The good record goes with an entry naming it, as a desktop's does (the city refuses a
    # new record without one); no other test writes this site's chain (nothing the schema
    # fuzz generates carries a valid hash).
    site = FUZZ_SITE
    chain, sent = Chain(site), [0]
    http = httpx.Client(base_url=server.url, timeout=60,
                        headers={"Authorization": f"Bearer {fuzz_token}",
                                 "Content-Type": "application/json"})
    # The fuzz above sends bad tokens from this same address: wait out its lock-out.
    import time
    while (r := http.get("/api/v1/whoami")).status_code == 429:
        time.sleep(int(r.headers["retry-after"]) + 0.1)

    @given(records=st.lists(nasty_record(), min_size=1, max_size=3))
    @settings(max_examples=120, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(records):
        good = {"entity": "household", "id": new_id(), "version": 1, "base_version": 0,
                "site_code": site, "payload": household_payload(site)}
        chain.add("record.save", "household", good["id"])
        r = http.post("/api/v1/push", content=_body(records + [good], site,
                                                    chain.entries[sent[0]:]))
        assert r.status_code < 500, r.text[:500]
        if r.status_code == 200:
            sent[0] = len(chain.entries)
        if r.status_code != 200:
            # Only a body no JSON parser reads whole (the deep nesting) is refused as a whole.
            _check_error_body(r)
            assert r.status_code == 422 and DEEP in json.dumps(records), r.text[:300]
            return
        results = r.json()["results"]
        assert len(results) == len(records) + 1
        assert all(x["status"] in RECORD_STATUSES for x in results)
        assert results[-1]["status"] == "applied"
        for x in results:
            if x["status"] == "refused":
                assert x["reason"]

    try:
        run()
    finally:
        http.close()
