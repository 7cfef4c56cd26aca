"""Zhejiang time limits on a real database: the county's decision limit as a setting,
the recorded extension, the refusal's delivery (送达) and its receipt (送达回证)."""
from datetime import date

import pytest
from pypdf import PdfReader
import io

from lishui_desktop.domain.errors import PermissionDenied, ValidationError, WorkflowError
from lishui_desktop.services import applications as ap
from lishui_desktop.services import notices, reference
from tests.services.helpers import case_to


def test_decision_limit_is_the_county_setting(staff, clock):
    clock.set(date(2026, 11, 2))
    aid = case_to(staff, "publicized", clock=clock)      # notice 2-8 Nov, closed 10 Nov
    # Hand-up on Tuesday 10 November: 5 working days (Zhejiang default) -> 17 November.
    preview = ap.decision_due_if_handed_up(staff.reviewer, aid)
    assert preview.due == date(2026, 11, 17) and preview.limit == "decision" and preview.limit_days == 5
    with pytest.raises(PermissionDenied):
        reference.set_decision_limit(staff.caseworker, 10)
    with pytest.raises(ValidationError):
        reference.set_decision_limit(staff.ctx, 0)
    reference.set_decision_limit(staff.ctx, 10)           # this county follows MCA 2021's 10 days
    preview = ap.decision_due_if_handed_up(staff.reviewer, aid)
    assert preview.due == date(2026, 11, 24) and preview.limit_days == 10
    ap.act(staff.reviewer, aid, "hand_up")
    assert ap.summary(staff.reviewer, aid).due_date == date(2026, 11, 24)
    assert ap.deadline(staff.reviewer, aid).due == preview.due


def test_extension_recorded_with_its_reason(staff, clock):
    clock.set(date(2026, 11, 2))
    aid = case_to(staff, "investigated", clock=clock)
    with pytest.raises(ValidationError):
        ap.act(staff.reviewer, aid, "extend", {"reasons": []})
    ap.act(staff.reviewer, aid, "extend", {"reasons": ["需等待外省不动产信息核对结果"]})
    with pytest.raises(WorkflowError):
        ap.act(staff.reviewer, aid, "extend", {"reasons": ["再次延期"]})
    with staff.ctx.db.read() as s:
        from lishui_desktop.store.models import Application
        app = s.get(Application, aid)
        assert app.extended and app.extension_reason == "需等待外省不动产信息核对结果"


def test_refusal_delivery_tracked_and_receipt_printed(staff, clock):
    clock.set(date(2026, 11, 2))
    aid = case_to(staff, "awaiting_decision", clock=clock)
    clock.set(date(2026, 11, 20))                          # Friday
    ap.act(staff.approver, aid, "refuse", {"reasons": ["家庭月人均收入高于当地低保标准"]})
    # Delivery within 3 working days: 23, 24, 25 November.
    due = ap.deadline(staff.caseworker, aid)
    assert due.due == date(2026, 11, 25) and due.limit == "delivery"
    assert ap.summary(staff.caseworker, aid).due_date == date(2026, 11, 25)
    issued = notices.issue(staff.caseworker, aid, "refusal")
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(issued.pdf)).pages]
    assert "送达回证" in pages[-1] and "不予确认通知书" in pages[-1]
    clock.set(date(2026, 11, 23))
    with pytest.raises(ValidationError):
        ap.act(staff.caseworker, aid, "record_delivery", {"delivered_on": date(2026, 11, 24),
                                                          "method": "direct", "recipient": "张三"})
    ap.act(staff.caseworker, aid, "record_delivery", {"delivered_on": date(2026, 11, 23), "method": "direct",
                                                      "recipient": "张三"})
    assert ap.summary(staff.caseworker, aid).due_date is None
    assert ap.deadline(staff.caseworker, aid).due is None
