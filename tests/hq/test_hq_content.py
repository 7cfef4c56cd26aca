"""Bad content against a real server: each bad field refuses its own record, named, and the
rest of the batch is applied; nothing a payload holds makes the server answer 5xx."""
from __future__ import annotations

import json
import uuid

import pytest

from hq_helpers import app_payload, batch, household_payload, member_payload, new_id, person_id, rec

T = "331125001"     # 云和县


def _good_id_with_wrong_check() -> str:
    n = person_id(3)
    return n[:17] + ("0" if n[17] != "0" else "1")


# (entity, payload change, field named in the answer, words in the reason)
BAD = [
    ("member", {"id_number": _good_id_with_wrong_check()}, "id_number", "check character"),
    ("member", {"id_number": "33110219680517003"}, "id_number", "18 characters"),
    ("member", {"id_number": "99110219680517003X"}, "id_number", "region"),
    ("member", {"birth_date": "1968-05-18"}, "birth_date", "does not match the ID number"),
    ("member", {"sex": "F"}, "sex", "does not match"),
    ("member", {"relation": "boss"}, "relation", "not a known relation"),
    ("member", {"disability_type": "visual"}, "disability_grade", "both its type and its grade"),
    ("member", {"name": "张" * 65}, "name", "at most 64"),
    ("member", {"name": "  "}, "name", "must not be empty"),
    ("member", {"name": "张\u202e三"}, "name", "bidirectional"),
    ("member", {"name": "张\u0007三"}, "name", "control character"),
    ("member", {"name": "张\u2067三"}, "name", "bidirectional"),
    ("member", {"name": 12}, "name", "string"),
    ("household", {"address": "x" * 201}, "address", "at most 200"),
    ("household", {"hardship_cause": "因病\u200f致贫"}, "hardship_cause", "bidirectional"),
    ("household", {"housing_area_dm2": -5}, "housing_area_dm2", "greater than or equal"),
    ("household", {"village_code": "3311"}, "village_code", "pattern"),
    ("income", {"monthly_fen": -100}, "monthly_fen", "greater than or equal to 0"),
    ("income", {"monthly_fen": 1500.5}, "monthly_fen", "integer"),
    ("income", {"monthly_fen": "1500"}, "monthly_fen", "integer"),
    ("income", {"category": "lottery"}, "category", "unknown income category"),
    ("asset", {"value_fen": -1}, "value_fen", "greater than or equal"),
    ("application", {"submitted_on": "2026-02-30"}, "submitted_on", "not a date"),
    ("application", {"submitted_on": "1700-01-01"}, "submitted_on", "outside"),
    ("application", {"submitted_on": "2099-01-01"}, "submitted_on", "in the future"),
    ("application", {"amount_fen": -120000}, "amount_fen", "greater than or equal"),
    ("application", {"type": "lottery"}, "type", "not a known assistance type"),
    ("application", {"county_code": "331121"}, "county_code", "not the county"),
    ("visit", {"visit_date": "2099-01-01"}, "visit_date", "in the future"),
    ("visit", {"findings": {"note": "\ud800"}}, "findings.note", "unpaired surrogate"),
    ("household", {"extra": {"deep": json.loads("[" * 40 + "]" * 40)}}, "extra.deep",
     "nested more than"),
    ("household", {"notes": "长" * 1_100_000}, "notes", "characters long"),
    ("attachment", {"filename": "../../etc/passwd"}, "filename", "without folders"),
]


def _payload(entity: str, change: dict) -> dict:
    base = {"member": member_payload(n=3), "household": household_payload(T),
            "income": {"household_id": "h-1", "category": "wage", "monthly_fen": 150000},
            "asset": {"household_id": "h-1", "kind": "deposit", "value_fen": 1},
            "application": app_payload(T),
            "visit": {"application_id": "a-1", "visit_date": "2026-11-20",
                      "investigators": ["周晓燕"]},
            "attachment": {"application_id": "a-1", "filename": "x.pdf", "size": 1,
                           "sha256": "0" * 64}}[entity]
    return {**base, **change}


@pytest.mark.parametrize("entity, change, field, words", BAD,
                         ids=[f"{b[0]}-{b[2]}-{i}" for i, b in enumerate(BAD)])
def test_bad_field_refuses_its_record_and_the_rest_goes_on(sites, entity, change, field, words):
    c = sites(T)
    good = rec("household", new_id(), T, household_payload(T))
    c.chain.add("household.save", "household", good["id"])     # a new record has its entry
    body = batch(T, [rec(entity, new_id(), T, _payload(entity, change)), good],
                 c.chain.entries[c.sent:])
    c.sent = len(c.chain.entries)
    # Sent as raw JSON text: lone surrogates travel as \\ud800 escapes, as an attacker sends.
    r = c.http.post("/api/v1/push", content=json.dumps(body, ensure_ascii=True),
                    headers={"Content-Type": "application/json"})
    assert r.status_code == 200, r.text[:500]
    bad, ok = r.json()["results"]
    assert bad["status"] == "refused", bad
    # A nesting problem is named where it goes too deep, inside the field.
    assert bad["field"] == field or bad["field"].startswith(field + "["), bad
    assert words in bad["reason"] and bad["reason"].startswith(f"payload.{bad['field']}:"), bad
    assert ok["status"] == "applied"


def test_valid_payloads_of_every_kind_are_applied(sites):
    c = sites(T)
    hid = new_id()
    res = c.push([rec("household", hid, T, household_payload(T)),
                  rec("member", new_id(), T, member_payload(hid, "李秀英", 2,
                                                            relation="spouse",
                                                            disability_type="physical",
                                                            disability_grade=2,
                                                            selfcare_failed=["bathing"]))])
    assert [x["status"] for x in res["results"]] == ["applied", "applied"], res


@pytest.mark.parametrize("raw", [
    '{"protocol":1,"batch_id":"%(b)s","site_code":"%(s)s","records":[{"entity":"household",'
    '"id":"x\\ud800","version":1,"base_version":0,"site_code":"%(s)s","payload":{}}],"audit":[]}',
    '{"protocol":1,"batch_id":"%(b)s","site_code":"\\udfff","records":[],"audit":[]}',
    '{"protocol":1,"batch_id":"%(b)s","site_code":"%(s)s","records":[],"audit":[{"id":"e",'
    '"site_code":"%(s)s","seq":1,"at":"x","user":"\\ud800","event":"e","success":true,'
    '"prev_hash":"%(z)s","hash":"%(z)s"}]}',
    '{"protocol":1,"batch_id":"%(b)s","site_code":"%(s)s","records":[{"entity":"household",'
    '"id":"x2","version":1,"base_version":0,"site_code":"%(s)s","payload":{"a":'
    + "[" * 100_000 + "]" * 100_000 + '}}],"audit":[]}',
    '{"protocol":1,"batch_id":"%(b)s","site_code":"%(s)s","records":[{"entity":"household",'
    '"id":"x3","version":1,"base_version":0,"site_code":"%(s)s","payload":{"a":1e999}}],'
    '"audit":[]}',
    '{"protocol":1,"batch_id":"%(b)s","site_code":"%(s)s","records":[{"entity":"household",'
    '"id":"x4","version":1,"base_version":0,"site_code":"%(s)s","payload":{"a":NaN}}],'
    '"audit":[]}',
], ids=["surrogate-id", "surrogate-site", "surrogate-audit", "deep-nesting", "infinity", "nan"])
def test_malformed_content_is_a_json_4xx_or_a_refusal(sites, server, raw):
    c = sites(T)
    text = raw % {"b": uuid.uuid4(), "s": T, "z": "0" * 64}
    r = c.http.post("/api/v1/push", content=text.encode(),
                    headers={"Content-Type": "application/json"})
    assert r.status_code < 500, r.text[:300]
    body = r.json()
    if r.status_code == 200:
        assert [x["status"] for x in body["results"]] == ["refused"]
    else:
        assert r.status_code in (400, 413, 422) and body["error"] and body["message"]
    assert '"event": "fault"' not in server.log_text()
