"""The bulk writers' short cut to an entry's hash gives the hash the chain checks."""
import json

from lishui_desktop.domain import auditchain
from lishui_desktop.store.audit import detail_text

FIELDS = {"id": "0190a1b2-0000-7000-8000-000000000001", "site_code": "331102100", "seq": 7,
          "at": '2026-03-01T09:00:00 "detail":0', "user": "cw1", "event": "household.create",
          "entity": "household", "entity_id": "x", "success": True, "prev_hash": auditchain.GENESIS}


def test_hash_of_detail_text_is_the_entry_hash():
    for detail in ({}, {"members": 3}, {"changes": [["household", "id-1", 1]], "名": "张三丰",
                                        "amount": 1.25, "none": None, "nested": {"b": [1, {"a": "\"q\""}]}},
                   {"text": 'quote " and \\ backslash\n', "2": "int key"}):
        text = detail_text(detail)

        expected = auditchain.entry_hash({**FIELDS, "detail": json.loads(text)})
        assert auditchain.entry_hash_of_text(FIELDS, text) == expected
