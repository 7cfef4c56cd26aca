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
