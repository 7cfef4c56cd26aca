"""Synced records as a person reads them: record kinds, field names and values in words.

The sync conflict dialog and the sync page show raw payloads (the wire form of
a record: column names, codes, fen, ISO dates). Here each kind of record and
each payload field gets an English source text translated through Qt like the
rest of the interface, and each value is shown the way the forms show it
(village names, yuan, 是/否, the labels of codes).
"""
from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from lishui_desktop.domain.money import format_yuan

from . import labels

ENTITIES = {
    "household": QT_TRANSLATE_NOOP("SyncEntity", "Household details"),
    "member": QT_TRANSLATE_NOOP("SyncEntity", "Household member"),
    "income": QT_TRANSLATE_NOOP("SyncEntity", "Income"),
    "asset": QT_TRANSLATE_NOOP("SyncEntity", "Asset"),
    "application": QT_TRANSLATE_NOOP("SyncEntity", "Application"),
    "case_event": QT_TRANSLATE_NOOP("SyncEntity", "Step of a case"),
    "visit": QT_TRANSLATE_NOOP("SyncEntity", "Home visit"),
    "attachment": QT_TRANSLATE_NOOP("SyncEntity", "Attachment"),
    "notice": QT_TRANSLATE_NOOP("SyncEntity", "Printed notice"),
    "decision": QT_TRANSLATE_NOOP("SyncEntity", "County decision"),
}

FIELDS = {
    # household
    "village_code": QT_TRANSLATE_NOOP("SyncField", "Village"),
    "address": QT_TRANSLATE_NOOP("SyncField", "Address"),
    "phone": QT_TRANSLATE_NOOP("SyncField", "Phone"),
    "head_name": QT_TRANSLATE_NOOP("SyncField", "Household head"),
    "member_count": QT_TRANSLATE_NOOP("SyncField", "Number of members"),
    "housing_type": QT_TRANSLATE_NOOP("SyncField", "Housing"),
    "housing_area_dm2": QT_TRANSLATE_NOOP("SyncField", "Housing area"),
    "hardship_cause": QT_TRANSLATE_NOOP("SyncField", "Cause of hardship"),
    "staff_relative": QT_TRANSLATE_NOOP("SyncField", "Relative of staff"),
    "staff_relative_note": QT_TRANSLATE_NOOP("SyncField", "Whose relative"),
    # member
    "household_id": QT_TRANSLATE_NOOP("SyncField", "Household"),
    "seq": QT_TRANSLATE_NOOP("SyncField", "Order in the household"),
    "name": QT_TRANSLATE_NOOP("SyncField", "Name"),
    "id_number": QT_TRANSLATE_NOOP("SyncField", "ID number"),
    "relation": QT_TRANSLATE_NOOP("SyncField", "Relation to the head"),
    "sex": QT_TRANSLATE_NOOP("SyncField", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("SyncField", "Date of birth"),
    "health": QT_TRANSLATE_NOOP("SyncField", "Health"),
    "disability_type": QT_TRANSLATE_NOOP("SyncField", "Disability"),
    "disability_grade": QT_TRANSLATE_NOOP("SyncField", "Disability grade"),
    "selfcare_failed": QT_TRANSLATE_NOOP("SyncField", "Self-care not managed"),
    "occupation": QT_TRANSLATE_NOOP("SyncField", "Occupation"),
    "covered": QT_TRANSLATE_NOOP("SyncField", "Covered by the benefit"),
    # income and assets
    "member_id": QT_TRANSLATE_NOOP("SyncField", "Member"),
    "category": QT_TRANSLATE_NOOP("SyncField", "Income category"),
    "monthly_fen": QT_TRANSLATE_NOOP("SyncField", "Monthly amount"),
    "employment_start": QT_TRANSLATE_NOOP("SyncField", "New employment since"),
    "note": QT_TRANSLATE_NOOP("SyncField", "Note"),
    "kind": QT_TRANSLATE_NOOP("SyncField", "Kind"),
    "description": QT_TRANSLATE_NOOP("SyncField", "Description"),
    "quantity": QT_TRANSLATE_NOOP("SyncField", "Quantity"),
    "value_fen": QT_TRANSLATE_NOOP("SyncField", "Value"),
    # application
    "applicant_id": QT_TRANSLATE_NOOP("SyncField", "Applicant"),
    "type": QT_TRANSLATE_NOOP("SyncField", "Type of assistance"),
    "state": QT_TRANSLATE_NOOP("SyncField", "State"),
    "township_code": QT_TRANSLATE_NOOP("SyncField", "Township"),
    "county_code": QT_TRANSLATE_NOOP("SyncField", "County"),
    "submitted_on": QT_TRANSLATE_NOOP("SyncField", "Applied on"),
    "accepted_on": QT_TRANSLATE_NOOP("SyncField", "Accepted on"),
    "handed_up_on": QT_TRANSLATE_NOOP("SyncField", "Handed up on"),
    "notice_start": QT_TRANSLATE_NOOP("SyncField", "Public notice from"),
    "notice_end": QT_TRANSLATE_NOOP("SyncField", "Public notice until"),
    "extended": QT_TRANSLATE_NOOP("SyncField", "Deadline extended"),
    "requested_fen": QT_TRANSLATE_NOOP("SyncField", "Amount requested"),
    "special_hardship": QT_TRANSLATE_NOOP("SyncField", "Special hardship"),
    "missing_materials": QT_TRANSLATE_NOOP("SyncField", "Missing materials"),
    "review_recommends": QT_TRANSLATE_NOOP("SyncField", "Review recommends approval"),
    "proposed_fen": QT_TRANSLATE_NOOP("SyncField", "Proposed amount"),
    "explanation": QT_TRANSLATE_NOOP("SyncField", "How the amount was reached"),
    "amount_fen": QT_TRANSLATE_NOOP("SyncField", "Amount"),
    "start_month": QT_TRANSLATE_NOOP("SyncField", "Paid from"),
    "decided_on": QT_TRANSLATE_NOOP("SyncField", "Decided on"),
    "reasons": QT_TRANSLATE_NOOP("SyncField", "Reasons"),
    "involved": QT_TRANSLATE_NOOP("SyncField", "Staff involved"),
    "due_date": QT_TRANSLATE_NOOP("SyncField", "Due"),
    "assigned_to": QT_TRANSLATE_NOOP("SyncField", "Caseworker in charge"),
    # steps, visits, attachments, notices, decisions
    "application_id": QT_TRANSLATE_NOOP("SyncField", "Case"),
    "action": QT_TRANSLATE_NOOP("SyncField", "Step"),
    "from_state": QT_TRANSLATE_NOOP("SyncField", "State before"),
    "to_state": QT_TRANSLATE_NOOP("SyncField", "State after"),
    "actor_name": QT_TRANSLATE_NOOP("SyncField", "By"),
    "at": QT_TRANSLATE_NOOP("SyncField", "Time"),
    "params": QT_TRANSLATE_NOOP("SyncField", "Details"),
    "visit_date": QT_TRANSLATE_NOOP("SyncField", "Visit date"),
    "investigators": QT_TRANSLATE_NOOP("SyncField", "Investigators"),
    "investigator_ids": QT_TRANSLATE_NOOP("SyncField", "Investigators' accounts"),
    "by_county": QT_TRANSLATE_NOOP("SyncField", "Visited by the county"),
    "findings": QT_TRANSLATE_NOOP("SyncField", "Findings"),
    "conclusion": QT_TRANSLATE_NOOP("SyncField", "Conclusion"),
    "visit_id": QT_TRANSLATE_NOOP("SyncField", "Home visit"),
    "filename": QT_TRANSLATE_NOOP("SyncField", "File name"),
    "mime": QT_TRANSLATE_NOOP("SyncField", "File type"),
    "size": QT_TRANSLATE_NOOP("SyncField", "Size"),
    "sha256": QT_TRANSLATE_NOOP("SyncField", "Checksum"),
    "number": QT_TRANSLATE_NOOP("SyncField", "Document number"),
    "content_hash": QT_TRANSLATE_NOOP("SyncField", "Content checksum"),
    "content": QT_TRANSLATE_NOOP("SyncField", "Printed content"),
    "copy_of": QT_TRANSLATE_NOOP("SyncField", "Reprint of"),
    "issued_on": QT_TRANSLATE_NOOP("SyncField", "Issued on"),
    "outcome": QT_TRANSLATE_NOOP("SyncField", "Outcome"),
    "decided_by": QT_TRANSLATE_NOOP("SyncField", "Decided by"),
    "decided_at": QT_TRANSLATE_NOOP("SyncField", "Decided at"),
    "county_visit": QT_TRANSLATE_NOOP("SyncField", "County visited in person"),
    "applied": QT_TRANSLATE_NOOP("SyncField", "Taken into the case"),
}

# The server's reasons for refusing a change are its own (English) sentences; these
# fragments say which rule it was, so the page can say it in the interface language.
REFUSALS = (
    ("failed on this change every time", QT_TRANSLATE_NOOP(
        "SyncRefusal", "The city server failed on this change; it was set aside so the other changes went on. "
        "Send it again later, or tell the city.")),
    ("holds no decision", QT_TRANSLATE_NOOP(
        "SyncRefusal", "The case is decided only by the competent body's decision, which the city server does not "
        "hold; it arrives by sync.")),
    ("sets that amount", QT_TRANSLATE_NOOP(
        "SyncRefusal", "The amount differs from the amount the decision set.")),
    ("was not accepted by the city", QT_TRANSLATE_NOOP(
        "SyncRefusal", "The city has not accepted the roster these migrated cases come from.")),
    ("migrated cases from roster", QT_TRANSLATE_NOOP(
        "SyncRefusal", "More migrated cases than the city accepted from this roster.")),
    ("each change moves a record on", QT_TRANSLATE_NOOP(
        "SyncRefusal", "The record's version does not match this office's audit log.")),
    ("not on the server and not in this batch", QT_TRANSLATE_NOOP(
        "SyncRefusal", "The record refers to a household or case the city server does not hold; it goes up first.")),
    ("are made by the county", QT_TRANSLATE_NOOP(
        "SyncRefusal", "Decisions of this kind are made by the county bureau; this office's decision was not taken.")),
    ("is reference data", QT_TRANSLATE_NOOP(
        "SyncRefusal", "Reference data is changed by the city only.")),
    ("owned by site", QT_TRANSLATE_NOOP(
        "SyncRefusal", "The record belongs to another office; this office cannot change it.")),
    ("belongs to site", QT_TRANSLATE_NOOP(
        "SyncRefusal", "The record belongs to another office; this office cannot change it.")),
    ("is not on the server", QT_TRANSLATE_NOOP(
        "SyncRefusal", "The case is not on the city server yet; it goes up with the next sync.")),
    ("is in state", QT_TRANSLATE_NOOP(
        "SyncRefusal", "On the city server the case is in a state that does not allow this step.")),
    ("writes only", QT_TRANSLATE_NOOP(
        "SyncRefusal", "This office may not write this record.")),
    ("payload", QT_TRANSLATE_NOOP(
        "SyncRefusal", "The city server found the record incomplete or malformed.")),
)

_MONEY = {"monthly_fen", "value_fen", "requested_fen", "proposed_fen", "amount_fen"}
_YES_NO = {"staff_relative", "covered", "extended", "special_hardship", "review_recommends", "by_county",
           "county_visit", "applied"}


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def entity_label(entity: str) -> str:
    source = ENTITIES.get(entity)
    return _t("SyncEntity", source) if source else entity


def field_label(name: str) -> str:
    source = FIELDS.get(name)
    return _t("SyncField", source) if source else name


def refusal_summary(reason: str) -> str:
    for fragment, text in REFUSALS:
        if fragment in (reason or ""):
            return _t("SyncRefusal", text)
    return QCoreApplication.translate("SyncRefusal", "Refused by the city server (see the details).")


def field_value(name: str, value, villages: dict[str, str] | None = None) -> str:
    """``value`` of payload field ``name`` as the forms would show it."""
    if value is None or value == "" or value == [] or value == {}:
        return QCoreApplication.translate("SyncField", "(empty)")
    if name in _YES_NO or isinstance(value, bool):
        return QCoreApplication.translate("SyncField", "Yes") if value else QCoreApplication.translate("SyncField", "No")
    if name in _MONEY and isinstance(value, int):
        return QCoreApplication.translate("SyncField", "{amount} yuan").format(amount=format_yuan(value))
    if name == "village_code":
        village = (villages or {}).get(value)
        return f"{village}（{value}）" if village else str(value)
    if name == "housing_area_dm2" and isinstance(value, int):
        return QCoreApplication.translate("SyncField", "{area} m²").format(area=f"{value / 100:.1f}")
    coded = {"housing_type": labels.housing_type, "relation": labels.relation, "sex": labels.sex,
             "type": labels.assistance_type, "state": labels.state, "from_state": labels.state,
             "to_state": labels.state, "action": labels.action, "outcome": labels.outcome,
             "disability_type": labels.disability_type, "category": labels.income_category}
    if name in coded and isinstance(value, str):
        return coded[name](value) or value
    if name == "kind" and isinstance(value, str):
        return labels.asset_kind(value) if value in labels.ASSET_KINDS else labels.notice_kind(value)
    if name == "disability_grade" and isinstance(value, int):
        return labels.disability_grade(value)
    if name == "selfcare_failed" and isinstance(value, list):
        return QCoreApplication.translate("SyncField", ", ").join(labels.selfcare_item(v) for v in value)
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        return value.replace("T", " ")[:16]
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return QCoreApplication.translate("SyncField", ", ").join(str(v) for v in value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)
