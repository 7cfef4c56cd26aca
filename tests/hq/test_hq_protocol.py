"""The wire models shared with the desktop (lishui_desktop.sync.protocol)."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from hq_helpers import Chain, batch, rec
from lishui_desktop.domain.auditchain import HASHED_FIELDS, entry_hash
from lishui_desktop.sync import protocol as p


def test_audit_entry_carries_exactly_the_hashed_fields():
    assert set(p.AuditEntry.model_fields) == set(HASHED_FIELDS) | {"hash"}
    e = Chain("331102001").add()
    parsed = p.AuditEntry.model_validate(e)
    assert entry_hash(parsed.hashed_fields()) == e["hash"]


def test_audit_entry_values_are_not_coerced():
    e = Chain("331102001").add()
    with pytest.raises(ValidationError):
        p.AuditEntry.model_validate(dict(e, seq="1"))
    with pytest.raises(ValidationError):
        p.AuditEntry.model_validate(dict(e, success="true"))


def test_push_batch_round_trip():
    b = p.PushBatch.model_validate(batch("331102001", [rec("household", "0190f3c2-aaaa",
                                                            "331102001")]))
    assert b.protocol == p.PROTOCOL_VERSION == 1
    assert p.PushBatch.model_validate_json(b.model_dump_json()) == b


@pytest.mark.parametrize("change, where", [
    ({"version": 0}, "version"),
    ({"base_version": -1}, "base_version"),
    ({"entity": "spaceship"}, "entity"),
    ({"site_code": "33110"}, "site_code"),
    ({"id": ""}, "id"),
    ({"unknown": 1}, "unknown"),
])
def test_record_validation_names_the_field(change, where):
    r = dict(rec("household", "x1", "331102001"), **change)
    with pytest.raises(ValidationError) as e:
        p.Record.model_validate(r)
    assert where in str(e.value)


def test_batch_id_is_normalised():
    b = p.PushBatch.model_validate(batch("331102001", [],
                                         batch_id="0190F3C27D1E7ABC8DEF0123456789AB"))
    assert b.batch_id == "0190f3c2-7d1e-7abc-8def-0123456789ab"


def test_decision_payload_rules():
    ok = {"application_id": "a1", "township_code": "331102001", "type": "dibao",
          "outcome": "approved", "amount_fen": 100, "start_month": "2026-12", "reasons": [],
          "decided_by": "x", "decided_at": "2026-11-29T10:00:00+08:00"}
    p.DecisionPayload.model_validate(ok)
    with pytest.raises(ValidationError, match="start_month"):
        p.DecisionPayload.model_validate(dict(ok, start_month=None))
    with pytest.raises(ValidationError, match="reasons"):
        p.DecisionPayload.model_validate(dict(ok, outcome="refused"))
    with pytest.raises(ValidationError):
        p.DecisionPayload.model_validate(dict(ok, amount_fen=1.5))


def test_a_change_takes_effect_by_the_month_after_its_decision_at_the_latest():
    ok = {"application_id": "a1", "township_code": "331102001", "type": "dibao",
          "outcome": "reduced", "amount_fen": 100, "start_month": "2026-10",
          "reasons": ["收入增加"], "decided_by": "x", "decided_at": "2026-12-05T10:00:00+08:00"}
    p.DecisionPayload.model_validate(ok)                          # found late: from October
    p.DecisionPayload.model_validate(dict(ok, start_month="2027-01", outcome="stopped"))
    with pytest.raises(ValidationError, match="start_month"):
        p.DecisionPayload.model_validate(dict(ok, start_month="2027-02"))
