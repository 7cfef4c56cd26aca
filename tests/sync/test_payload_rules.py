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
