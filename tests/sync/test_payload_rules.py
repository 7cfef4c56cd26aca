"""The payload schemas of the wire (sync.payloads) against the desktop's own records."""
from __future__ import annotations

from datetime import date

import pytest

from lishui_desktop.domain import idnumber
from lishui_desktop.store.models import SYNCED_MODELS
from lishui_desktop.store.outbox import ENVELOPE
from lishui_desktop.sync.payloads import PAYLOADS, payload_problem, text_problem


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.entity)
def test_every_synced_column_has_a_rule(model):
    """A column the desktop sends is named in the entity's schema, so both ends check it."""
    schema = PAYLOADS[model.entity]
    sent = {c.key for c in model.__table__.columns} - set(ENVELOPE) - set(model.local_columns)
    missing = sorted(sent - set(schema.model_fields))
    assert not missing, (f"add {missing} to lishui_desktop.sync.payloads."
                         f"{schema.__name__} with the field's rule")


def test_text_rules():
    assert text_problem("欧阳·娜仁花") is None
    assert text_problem("第一行\n第二行", multiline=True) is None
    assert "control" in text_problem("第一行\n第二行")
    assert "bidirectional" in text_problem("abc\u202edef")
    assert "surrogate" in text_problem("a\udc00")


def test_member_rules_are_the_domains():
    number = idnumber.make("331102", date(1950, 3, 1), 12)
    ok = {"household_id": "h1", "name": "王芳", "id_number": number, "relation": "self",
          "sex": "F", "birth_date": "1950-03-01"}
    assert payload_problem("member", ok) is None
    field, why = payload_problem("member", dict(ok, sex="M"))
    assert field == "sex" and "does not match" in why
    future = idnumber.make("331102", date(2099, 1, 1), 12)
    field, why = payload_problem("member", dict(ok, id_number=future, birth_date="2099-01-01"))
    assert field in ("id_number", "birth_date") and "future" in why


def _line(**kw):
    number = idnumber.make("331102", date(1960, 5, 1), 21)
    return {"roll_id": "r1", "seq": 1, "application_id": "a1", "household_id": "h1",
            "village_code": "331102100201", "name": "李建国", "id_number": number, "persons": 2,
            "bank_name": "丽水农商银行", "account_no": "6217000000000000001", "kind": "regular",
            "for_month": "2026-11", "amount_fen": 120000, "status": "pending",
            "failure_reason": "", "reissue_of": None, **kw}


@pytest.mark.parametrize("change, field, words", [
    ({"amount_fen": 12.5}, "amount_fen", "integer"),
    ({"amount_fen": -100}, "amount_fen", "only an offset"),
    ({"kind": "offset", "amount_fen": 100}, "amount_fen", "zero or negative"),
    ({"kind": "bonus"}, "kind", "not a known payment kind"),
    ({"for_month": "2026-13"}, "for_month", "pattern"),
    ({"status": "lost"}, "status", "not a known payment status"),
    ({"id_number": "331102196005010000"}, "id_number", ""),
    ({"account_no": "62-17"}, "account_no", "pattern"),
    ({"kind": "reissue"}, "reissue_of", "names the failed payment"),
    ({"failure_reason": "账户冻结"}, "failure_reason", "only a failed payment"),
    ({"seq": 0}, "seq", "greater than or equal"),
    ({"name": ""}, "name", "empty"),
])
def test_payroll_line_rules(change, field, words):
    assert payload_problem("payroll_line", _line()) is None
    assert payload_problem("payroll_line", _line(kind="offset", amount_fen=-30000,
                                                 for_month="2026-09")) is None
    assert payload_problem("payroll_line", _line(status="failed", failure_reason="账户冻结")) is None
    got = payload_problem("payroll_line", _line(**change))
    assert got is not None and got[0] == field and words in got[1], got
