"""Issuing the printed notices: the record, the number, the signature, the PDF.

Issuing is a use case like any other: it checks the case is in a state that
calls for that notice, gives the next document number of the site's year,
records the notice (kind, number, application, content hash, who, when) with
its audit entry, and renders the PDF signed with the site's key. A reprint
renders the stored content again, marked 副本, and is recorded too.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from lishui_desktop import notices as nt
from lishui_desktop.domain import household as hh
from lishui_desktop.domain import codes, idnumber, regions
from lishui_desktop.domain.assistance import ASSISTANCE_TYPES, MONTHLY_TYPES
from lishui_desktop.domain.errors import (DomainError, NotFound, PermissionDenied, ValidationError,
                                          WorkflowError)
from lishui_desktop.domain.workflow import Role, State
from lishui_desktop.notices.model import canonical_content, notice_from_content
from lishui_desktop.store import settings
from lishui_desktop.store.models import (Application, CaseEvent, Decision, Household, Income, Member,
                                         Notice, Site, User, Visit, Village)

from . import crosscheck, docnumbers, reference
from .context import Context
from .households import household_size, present_members

# The states in which each kind of notice may be issued for a case.
_AFTER_ACCEPT = {State.ACCEPTED, State.INVESTIGATING, State.INVESTIGATED, State.REVIEWED,
                 State.PUBLICIZING, State.PUBLICIZED, State.AWAITING_DECISION, State.APPROVED,
                 State.REFUSED, State.STOPPED}
ALLOWED_STATES = {
    "application_form": set(State) - {State.WITHDRAWN},
    "acceptance": _AFTER_ACCEPT,
    "non_acceptance": {State.NOT_ACCEPTED},
    "missing_materials": {State.MATERIALS_MISSING},
    "investigation_form": _AFTER_ACCEPT - {State.ACCEPTED} | {State.ACCEPTED},
    "approval": {State.APPROVED, State.STOPPED},
    "refusal": {State.REFUSED},
    "stop": {State.STOPPED},
    "raise": {State.APPROVED, State.STOPPED},
    "reduce": {State.APPROVED, State.STOPPED},
    # a 复核 that kept the benefit as it was: only once such a review is decided
    "review_continue": {State.APPROVED},
}
# The notice a case in each state is usually waiting for (the case page stresses it).
USUAL_KIND = {State.ACCEPTED: "acceptance", State.NOT_ACCEPTED: "non_acceptance",
              State.MATERIALS_MISSING: "missing_materials", State.INVESTIGATING: "investigation_form",
              State.APPROVED: "approval", State.REFUSED: "refusal", State.STOPPED: "stop"}
KIND_LABELS_ZH = {
    "application_form": "社会救助申请表", "acceptance": "受理通知书",
    "non_acceptance": "不予受理通知书", "missing_materials": "补正材料告知书",
    "investigation_form": "家庭经济状况入户调查表", "public_notice": "公示名单",
    "approval": "审核确认通知书", "refusal": "不予确认通知书", "stop": "停发通知书",
    "reduce": "减发通知书", "raise": "增发通知书", "review_continue": "复核结果告知书",
}
PAYMENT_METHOD = "按月通过社会保障卡发放至申请人本人账户，每月10日前发放"
PAYMENT_ONCE = "一次性通过社会保障卡发放至申请人本人账户"
_SEX = {"M": "男", "F": "女"}
_DECISION_KINDS = {"approval", "refusal", "stop", "raise", "reduce"}


@dataclass(frozen=True)
class Issued:
    notice_id: str
    number: str
    kind: str
    content_hash: str
    is_copy: bool
    pdf: bytes
    pages: int = 1

    def save(self, folder: str | Path) -> Path:
        safe = re.sub(r"[^\w\u4e00-\u9fff-]+", "_", f"{KIND_LABELS_ZH[self.kind]}-{self.number}")
        path = Path(folder) / f"{safe}{'-副本' if self.is_copy else ''}.pdf"
        path.write_bytes(self.pdf)
        return path


def _require_staff(ctx: Context) -> None:
    if ctx.user.role not in (Role.CASEWORKER, Role.REVIEWER, Role.APPROVER):
        raise PermissionDenied("notice.role", "only case staff issue notices", field="role")


def _next_number(s, ctx: Context, day: date) -> str:
    return docnumbers.next_number(s, ctx.site.code, day.year)


def _office(s, ctx: Context, issuer_code: str) -> nt.IssuingOffice:
    """The body a notice is issued in the name of (regions.issuing_body), with the
    government and court its remedies name. Address and phone are this site's own,
    printed only when this site is the issuer."""
    county_code = issuer_code[:6]
    county = regions.county_name(county_code)
    own = issuer_code == ctx.site.code
    address = settings.get(s, "notice.address", "") if own else ""
    phone = settings.get(s, "notice.phone", "") if own else ""
    department = (f"{county}民政局社会救助科" if len(issuer_code) == 6
                  else f"{regions.township_name(issuer_code)}社会事务管理办公室")
    return nt.IssuingOffice(site_code=issuer_code, site_name=regions.issuing_body(issuer_code),
                            county_name=county, county_government=regions.county_government(county_code),
                            court=regions.basic_court(county_code), department=department,
                            address=address, phone=phone)


_OUTCOME_OF_KIND = {"approval": "approved", "refusal": "refused", "stop": "stopped",
                    "raise": "raised", "reduce": "reduced"}


def _decision_of(s, app: Application, kind: str) -> Decision | None:
    """The latest decision a decision notice states (None for cases decided before
    decisions carried their number)."""
    outcomes = [_OUTCOME_OF_KIND[kind]] + (["paid_first"] if kind == "approval" else [])
    return s.scalar(select(Decision).where(
        Decision.application_id == app.id, Decision.outcome.in_(outcomes))
        .order_by(Decision.decided_at.desc()).limit(1))


def _issuer_and_number(s, ctx: Context, app: Application, kind: str, day: date, *,
                       fresh: bool = False) -> tuple[str, str]:
    """A decision notice is issued by the body that decided, under its number; any other
    notice by the case's township (or subdistrict) with this site's next number. A
    correction (``fresh``) takes a new number, which only the issuing body can give."""
    if kind == "review_continue":
        # Issued by the body that decided to continue, under the number it gave, whoever prints.
        r = _continued_review(s, app)
        if r is not None and r.number:
            prefix_site = (app.township_code if r.number.startswith(docnumbers.doc_prefix(app.township_code))
                           else app.county_code)
            if fresh:
                if prefix_site != ctx.site.code and prefix_site != ctx.actor.site_code:
                    raise PermissionDenied("notice.issuer",
                                           f"only {regions.issuing_body(prefix_site)} corrects its decision",
                                           field="notice_id", issuer=regions.issuing_body(prefix_site))
                return prefix_site, _next_number(s, ctx, day)
            return prefix_site, r.number
        level = reference.approval_level(s, app.county_code, app.type)
        return (app.township_code if level == "township" else app.county_code), _next_number(s, ctx, day)
    if kind in _DECISION_KINDS:
        d = _decision_of(s, app, kind)
        if d is not None and d.number:
            if not fresh:
                return d.site_code, d.number
            if d.site_code != ctx.site.code:
                raise PermissionDenied("notice.issuer",
                                       f"only {regions.issuing_body(d.site_code)} corrects its decision",
                                       field="notice_id", issuer=regions.issuing_body(d.site_code))
            return d.site_code, _next_number(s, ctx, day)
        level = reference.approval_level(s, app.county_code, app.type)
        issuer = app.township_code if level == "township" else app.county_code
        return issuer, _next_number(s, ctx, day)
    if app.township_code != ctx.site.code:
        raise PermissionDenied("notice.issuer",
                               f"this notice is issued by {regions.issuing_body(app.township_code)}",
                               field="kind", issuer=regions.issuing_body(app.township_code))
    return app.township_code, _next_number(s, ctx, day)


def _member(m: Member, incomes: list[Income], day: date, *, full_id: bool) -> nt.Member:
    disability = ""
    if m.disability_type:
        disability = hh.DISABILITY_TYPES.get(m.disability_type, m.disability_type) + \
            (hh.DISABILITY_GRADES.get(m.disability_grade, "") if m.disability_grade else "")
    level = hh.selfcare_level(m.selfcare_failed or ())
    return nt.Member(name=m.name, relation=hh.RELATIONS.get(m.relation, m.relation),
                     sex=_SEX.get(m.sex, m.sex), age=idnumber.age_on(m.birth_date, day),
                     id_number=m.id_number if full_id else "", health=m.health or "",
                     disability=disability,
                     self_care={"self": "自理", "partial": "部分丧失", "lost": "完全丧失"}[level],
                     occupation=m.occupation or "",
                     monthly_income_fen=sum(i.monthly_fen for i in incomes
                                            if i.member_id == m.id and i.category in hh.COUNTED_INCOME),
                     covered=m.covered)


def _income_figures(s, app: Application, day: date) -> dict:
    """Counted household income and its per-person share, as the benefit calculation has them
    today; nothing when the rules cannot compute this case yet (the form then sums what
    the members declared)."""
    from .applications import _compute
    try:
        result = _compute(s, app, day)
    except DomainError:
        return {}
    step = next((st for st in result.steps if st.code == "income.per_capita"), None)
    if step is None:
        return {}
    return {"counted_income_fen": step.params["total_fen"], "per_capita_fen": step.params["per_capita_fen"]}


def _household(s, h: Household, day: date, *, full_id: bool, **figures) -> nt.HouseholdSection:
    incomes = list(h.incomes)
    village = s.get(Village, h.village_code) if h.village_code else None
    deposits = sum(a.value_fen for a in h.assets if a.kind == "deposit")
    vehicles = "、".join(a.description or hh.ASSET_KINDS[a.kind] for a in h.assets
                        if a.kind in ("vehicle", "machinery")) or "无"
    livestock = "、".join(a.description for a in h.assets if a.kind == "livestock") or "无"
    members = present_members(h)      # size and covered persons both shown, from the same list
    return nt.HouseholdSection(
        members=tuple(_member(m, incomes, day, full_id=full_id) for m in members),
        registered_address=h.address or "", village=village.name if village else "",
        phone=h.phone or "", head_name=h.head_name,
        housing_type=hh.HOUSING_TYPES.get(h.housing_type, h.housing_type or ""),
        housing_area_m2=f"{h.housing_area_dm2 / 100:.1f}" if h.housing_area_dm2 else "",
        vehicles=vehicles, livestock=livestock, deposits_fen=deposits, **figures)


def _case_ref(s, app: Application, h: Household) -> nt.CaseRef:
    applicant = s.get(Member, app.applicant_id) if app.applicant_id else None
    return nt.CaseRef(applicant_name=applicant.name if applicant else h.head_name,
                      assistance_label=ASSISTANCE_TYPES[app.type],
                      application_date=app.submitted_on)


def _caseworker_name(s, app: Application) -> str:
    """The case's own caseworker (the one it is assigned to, else who accepted it): the
    applicant's contact, whoever prints the notice."""
    user = s.get(User, app.assigned_to) if app.assigned_to else None
    if user is not None:
        return user.display_name
    accepted = s.scalar(select(CaseEvent.actor_name).where(
        CaseEvent.application_id == app.id, CaseEvent.action == "accept").limit(1))
    return accepted or ""


def display_name(s, username: str) -> str:
    """A person's name for a login (出具人 and the like); the login itself if unknown."""
    name = s.scalar(select(User.display_name).where(User.username == username))
    return name or username


def _month(text: str) -> date:
    y, m = text.split("-")
    return date(int(y), int(m), 1)


def _next_month(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


def _amount_events(s, app: Application) -> list[CaseEvent]:
    return list(s.scalars(select(CaseEvent).where(
        CaseEvent.application_id == app.id,
        CaseEvent.action.in_(["approve", "raise", "reduce", "stop"])).order_by(CaseEvent.at)))


def _content(s, ctx: Context, app: Application, kind: str, day: date):
    h = s.get(Household, app.household_id)
    case = _case_ref(s, app, h)
    # Records hold codes and typed lines; the notice prints the core's Chinese wording.
    reasons = _worded(app.reasons)
    if kind == "application_form":
        return nt.ApplicationForm(case=case, household=_household(s, h, day, full_id=True,
                                                                  **_income_figures(s, app, day)),
                                  reason=h.hardship_cause or "家庭生活困难",
                                  relative_of_staff=h.staff_relative,
                                  relative_detail=h.staff_relative_note or "")
    if kind == "acceptance":
        return nt.Acceptance(case=case, contact_name=_caseworker_name(s, app) or ctx.user.display_name)
    if kind == "non_acceptance":
        return nt.NonAcceptance(case=case, reasons=reasons)
    if kind == "missing_materials":
        return nt.MissingMaterials(case=case, materials=tuple(codes.material_text(m) for m in app.missing_materials or ()),
                                   deadline=day + timedelta(days=15),
                                   submit_to=f"{ctx.site.name}社会救助窗口")
    if kind == "investigation_form":
        visits = s.scalars(select(Visit).where(Visit.application_id == app.id)
                           .order_by(Visit.visit_date)).all()
        names = tuple(visits[-1].investigators) if visits else ()
        return nt.InvestigationForm(case=case, household=_household(s, h, day, full_id=True,
                                                                    **_income_figures(s, app, day)),
                                    investigators=names, stated_cause=h.hardship_cause or "",
                                    relative_of_staff=h.staff_relative)
    if kind == "approval":
        if app.amount_fen is None or not app.start_month:
            raise WorkflowError("notice.no_decision", "the case has no approved amount yet",
                                field="amount_fen")
        covered = tuple(m.name for m in present_members(h) if m.covered)
        review_note, care_note = _approval_notes(s, app)
        from . import applications
        single = applications.single_coverage(s, app) if app.type == "dibao" else None
        coverage_note = ""
        if single:
            # 单人保: the member covered alone is the one covered, and the notice says why.
            covered = tuple(m.name for m in h.members if m.id == single["member_id"]) or covered
            coverage_note = _single_text(s, app)
        return nt.Approval(case=case, covered_names=covered, amount_fen=app.amount_fen,
                           start_month=_month(app.start_month),
                           payment_method=PAYMENT_METHOD if app.type in MONTHLY_TYPES else PAYMENT_ONCE,
                           monthly=app.type in MONTHLY_TYPES, review_note=review_note, care_note=care_note,
                           coverage_note=coverage_note, data_checked=crosscheck.checked(s, [app.id]),
                           **_pay_first_terms(s, app))
    if kind == "refusal":
        return nt.Refusal(case=case, reasons=reasons, data_checked=crosscheck.checked(s, [app.id]))
    events = _amount_events(s, app)
    if kind == "stop":
        stop = next((e for e in reversed(events) if e.action == "stop"), None)
        if stop is None:
            raise WorkflowError("notice.no_decision", "the case has no stop decision",
                                field="state")
        return nt.Stop(case=case, old_amount_fen=app.amount_fen or 0,
                       effective_month=_effective(stop),
                       reasons=_worded(stop.params.get("reasons")) or reasons,
                       **_overpaid(stop))
    if kind == "review_continue":
        review = _continued_review(s, app)
        if review is None:
            raise WorkflowError("notice.no_review", "no review of this case ended in continuing it",
                                field="kind")
        return nt.ReviewContinue(case=case, amount_fen=review.amount_fen or app.amount_fen or 0,
                                 reviewed_on=review.decided_on, next_review=app.next_review_on,
                                 reasons=_worded(review.reasons), monthly=app.type in MONTHLY_TYPES)
    # raise / reduce: the latest such event and the amount before it
    idx = next((i for i in range(len(events) - 1, -1, -1) if events[i].action == kind), None)
    if idx is None or idx == 0:
        raise WorkflowError("notice.no_decision", f"the case has no {kind} decision", field="state")
    change, before = events[idx], events[idx - 1]
    cls = nt.Raise if kind == "raise" else nt.Reduce
    return cls(case=case, old_amount_fen=before.params.get("amount_fen") or 0,
               new_amount_fen=change.params.get("amount_fen") or 0,
               effective_month=_effective(change),
               reasons=_worded(change.params.get("reasons")),
               **(_overpaid(change) if kind == "reduce" else {}))


def _effective(event: CaseEvent) -> date:
    """The month a change takes effect: its own (found out late) or the one after it."""
    month = (event.params or {}).get("start_month")
    return _month(month) if month else _next_month(event.at.date())


def _overpaid(event: CaseEvent) -> dict:
    """多发 the decision left, as its event recorded it (applications._record_overpayment)."""
    o = (event.params or {}).get("overpaid")
    if not o or not o.get("amount_fen"):
        return {}
    return {"overpaid_fen": o["amount_fen"], "overpaid_from": _month(o["first_month"]),
            "overpaid_to": _month(o["last_month"])}


def _pay_first_terms(s, app: Application) -> dict:
    """A case the township paid first (先行救助): the letter says so, with the day its
    paperwork is due (domain.urgent_aid)."""
    if app.paid_first_on is None:
        return {}
    from lishui_desktop.domain import urgent_aid
    due = urgent_aid.completion_due(reference.calendar(s), app.paid_first_on,
                                    reference.urgent_rules(s, app.county_code))
    return {"paid_first": True, "completion_due": due}


def _continued_review(s, app: Application):
    """The latest decided review of the case, when it ended in continuing the benefit."""
    from lishui_desktop.store.models import Review
    r = s.scalar(select(Review).where(Review.application_id == app.id, Review.state == "decided")
                 .order_by(Review.decided_on.desc(), Review.updated_at.desc()).limit(1))
    return r if r is not None and r.outcome == "continue" else None


def _worded(items) -> tuple[str, ...]:
    return tuple(codes.reason_text(r) for r in items or ())


def _single_text(s, app: Application) -> str:
    """The 单人保 sentence of the 初审's reckoning (benefit step "dibao.single")."""
    from lishui_desktop.domain.benefit import Step
    event = s.scalar(select(CaseEvent).where(CaseEvent.application_id == app.id, CaseEvent.action == "review")
                     .order_by(CaseEvent.at.desc()).limit(1))
    for data in (event.params or {}).get("steps", ()) if event is not None else ():
        step = Step.from_dict(data)
        if step is not None and step.code == "dibao.single":
            return step.text_zh()
    return ""


def _approval_notes(s, app: Application) -> tuple[str, str]:
    """The review interval and (tekun) care tier the approval recorded; a case approved
    before they were recorded gets them worked out from the household now."""
    from lishui_desktop.domain import review as rv
    from . import applications, reviews
    event = s.scalar(select(CaseEvent).where(CaseEvent.application_id == app.id, CaseEvent.action == "approve")
                     .order_by(CaseEvent.at.desc()).limit(1))
    recorded = dict(event.params or {}) if event is not None else {}
    review_note = ""
    if app.type in rv.REVIEWED_TYPES:
        interval = recorded.get("review_interval") or {"reason": reviews.interval_for(
            s, app, app.decided_on or date.today()).reason}
        review_note = rv.INTERVAL_REASONS[interval["reason"]]
    care_note = ""
    if app.type == "tekun":
        care = recorded.get("care")
        if care is None:
            applications_care = {}
            applications._approval_record(s, app, applications_care, app.decided_on or date.today())
            care = applications_care.get("care")
        care_note = care["text"] if care else ""
    return review_note, care_note


def _signer(s) -> nt.SiteSigner:
    site = s.scalar(select(Site))
    return nt.SiteSigner.from_b64(site.code, site.signing_key)


def issue(ctx: Context, application_id: str, kind: str) -> Issued:
    """Issue the case's notice of ``kind``: an original with its number the first time;
    once an original exists, a 副本 of it with the same number (a new original is a
    correction: ``correct``)."""
    _require_staff(ctx)
    _check_kind(kind)
    with ctx.work(f"notice.issue.{kind}", entity="notice") as w:
        notice = _prepare(w, ctx, application_id, kind)
        existing = _current_original(w.session, notice)
        if existing is not None:
            return _copy(w, existing)
        return _record(w, notice, application_id, None, None)


def _originals(s, notice: nt.Notice) -> list[Notice]:
    """The originals issued for the same thing as ``notice``: the case's notices of its
    kind, or the village's 公示名单 of the same type and period."""
    if notice.kind == "public_notice":
        rows = s.scalars(select(Notice).where(Notice.kind == "public_notice", Notice.copy_of.is_(None),
                                              Notice.village_code == notice.header.application_id.split(":")[1]))
        return [n for n in rows if n.content.get("header", {}).get("application_id")
                == notice.header.application_id]
    return list(s.scalars(select(Notice).where(Notice.application_id == notice.header.application_id,
                                               Notice.kind == notice.kind, Notice.copy_of.is_(None))))


def _root_number(n: Notice, by_number: dict[str, Notice]) -> str:
    """The number of the first original a chain of corrections started from."""
    seen = set()
    while (prev := n.content.get("header", {}).get("corrects")) and prev in by_number and prev not in seen:
        seen.add(prev)
        n = by_number[prev]
    return n.number


def _current_original(s, notice: nt.Notice) -> Notice | None:
    """The original in force for what ``notice`` would state, if one was issued.

    A decision notice belongs to its decision (its number): a new decision of the same
    kind (a second raise) is a new original. A corrected original is superseded; the
    correction that replaced it is the one in force."""
    originals = _originals(s, notice)
    if not originals:
        return None
    live = [n for n in originals if n.superseded_by is None]
    if notice.kind in _DECISION_KINDS:
        by_number = {n.number: n for n in originals}
        live = [n for n in live if _root_number(n, by_number) == notice.header.number]
    return live[-1] if live else None


def _copy(w, original: Notice) -> Issued:
    notice = notice_from_content(original.content, is_copy=True)
    return _record(w, notice, original.application_id, original.village_code, original.id)


def correct(ctx: Context, notice_id: str, reason: str) -> Issued:
    """A corrected original (更正) of an issued notice: made again from the case as it is
    now, with a new number of the issuing body, saying which number it replaces; the old
    original stays on file marked superseded, with the reason."""
    _require_staff(ctx)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("notice.correction_reason", "a correction needs its reason", field="reason")
    with ctx.work("notice.correct", entity="notice") as w:
        s = w.session
        old = s.get(Notice, notice_id)
        if old is None:
            raise NotFound("notice.missing", "no such notice", field="notice_id")
        if old.copy_of:
            old = s.get(Notice, old.copy_of)
        if old.superseded_by:
            raise WorkflowError("notice.superseded", "this notice was already corrected; correct the "
                                "one that replaced it", field="notice_id")
        if old.kind == "public_notice":
            key = old.content["header"]["application_id"]
            notice = _public_notice(s, ctx, old.village_code, _key_type(key, old), _key_start(key),
                                    corrects=old.number)
        else:
            notice = _prepare(w, ctx, old.application_id, old.kind, corrects=old.number, fresh=True)
        issued = _record(w, notice, old.application_id, old.village_code, None)
        old.superseded_by = issued.notice_id
        old.correction_reason = reason
        w.touch(old)
        w.detail = {**w.detail, "corrects": old.number, "reason": reason}
        return issued


def _check_kind(kind: str) -> None:
    if kind not in ALLOWED_STATES:
        raise ValidationError("notice.kind", f"{kind!r} is not a notice issued per case",
                              field="kind")


def _prepare(w, ctx: Context, application_id: str, kind: str, *, corrects: str = "",
             fresh: bool = False) -> nt.Notice:
    """The notice ``issue`` would print for the case now, numbered; nothing stored yet."""
    s = w.session
    day = ctx.today()
    app = s.get(Application, application_id)
    if app is None:
        raise NotFound("application.missing", "no such case", field="application_id")
    if State(app.state) not in ALLOWED_STATES[kind]:
        raise WorkflowError("notice.state",
                            f"a {kind} notice is not issued while the case is {app.state}",
                            field="kind", kind=kind, state=app.state)
    if kind in ("non_acceptance", "refusal") and not app.reasons:
        raise ValidationError("reasons.required", "the case has no written reasons",
                              field="reasons")
    content = _content(s, ctx, app, kind, day)
    issuer, number = _issuer_and_number(s, ctx, app, kind, day, fresh=fresh)
    header = nt.NoticeHeader(kind=kind, number=number, issue_date=day, application_id=app.id,
                             corrects=corrects)
    return nt.Notice(office=_office(s, ctx, issuer), header=header, content=content)


def public_notice_periods(ctx: Context, village_code: str, assistance_type: str = "dibao") -> list[date]:
    """First days of the 7-day periods the village's cases of the type are in now."""
    with ctx.db.read() as s:
        return sorted({a.notice_start for a, _h in _publicizing(s, village_code, assistance_type)})


def _publicizing(s, village_code: str, assistance_type: str, start: date | None = None):
    q = select(Application, Household).join(Household, Household.id == Application.household_id).where(
        Application.state == State.PUBLICIZING.value, Application.type == assistance_type,
        Household.village_code == village_code)
    if start is not None:
        q = q.where(Application.notice_start == start)
    return s.execute(q.order_by(Application.notice_start, Application.submitted_on, Application.id)).all()


def _key_type(key: str, old: Notice) -> str:
    parts = key.split(":")
    if len(parts) >= 4:
        return parts[2]
    label = old.content["content"]["assistance_label"]
    return next(t for t, name in ASSISTANCE_TYPES.items() if name == label)


def _key_start(key: str) -> date:
    return date.fromisoformat(key.split(":")[-1])


def _public_notice(s, ctx: Context, village_code: str, assistance_type: str, start: date, *,
                   corrects: str = "") -> nt.Notice:
    """The 公示名单 of one village, type and period: one list never merges two periods."""
    day = ctx.today()
    village = s.get(Village, village_code)
    if village is None:
        raise ValidationError("household.village", f"unknown village {village_code}", field="village_code")
    apps = _publicizing(s, village_code, assistance_type, start)
    if not apps:
        raise WorkflowError("notice.nothing_to_publish",
                            "no case of this type is in its public notice in this village",
                            field="village_code")
    rows = []
    for app, h in apps:
        applicant = s.get(Member, app.applicant_id) if app.applicant_id else None
        minor = bool(applicant and idnumber.age_on(applicant.birth_date, day) < 18)
        rows.append(nt.PublicNoticeRow(name=applicant.name if applicant else h.head_name,
                                       family_size=household_size(h),
                                       amount_fen=app.proposed_fen or 0, is_minor=minor))
    end = apps[0][0].notice_end
    address = settings.get(s, "notice.address", f"{regions.issuing_body(ctx.site.code)}社会救助窗口")
    content = nt.PublicNotice(assistance_label=ASSISTANCE_TYPES[assistance_type],
                              township=ctx.site.name, village=village.name,
                              period_start=start, period_end=end, rows=tuple(rows),
                              amount_unit="元/月" if assistance_type in MONTHLY_TYPES else "元",
                              objection_to=address,
                              objection_phone=settings.get(s, "notice.phone", ""),
                              data_checked=crosscheck.checked(s, [a.id for a, _h in apps]))
    header = nt.NoticeHeader(kind="public_notice", number=_next_number(s, ctx, day), issue_date=day,
                             application_id=f"village:{village_code}:{assistance_type}:{start.isoformat()}",
                             corrects=corrects)
    return nt.Notice(office=_office(s, ctx, ctx.site.code), header=header, content=content)


def issue_public_notice(ctx: Context, village_code: str, assistance_type: str = "dibao",
                        period_start: date | None = None) -> Issued:
    """The 公示名单 of one village for one period (an original the first time, then 副本).

    Without ``period_start`` the village must have cases in one period only; with
    several, each period has its own list (``issue_public_notices``)."""
    _require_staff(ctx)
    with ctx.work("notice.issue.public_notice", entity="notice") as w:
        s = w.session
        if period_start is None:
            periods = sorted({a.notice_start for a, _h in _publicizing(s, village_code, assistance_type)})
            if len(periods) > 1:
                raise ValidationError("notice.several_periods",
                                      "the village's cases are in different notice periods: one list each",
                                      field="period_start",
                                      periods=", ".join(p.isoformat() for p in periods))
            period_start = periods[0] if periods else None
        if period_start is None:
            raise WorkflowError("notice.nothing_to_publish",
                                "no case of this type is in its public notice in this village",
                                field="village_code")
        notice = _public_notice(s, ctx, village_code, assistance_type, period_start)
        existing = _current_original(s, notice)
        if existing is not None:
            return _copy(w, existing)
        return _record(w, notice, None, village_code, None)


def issue_public_notices(ctx: Context, village_code: str, assistance_type: str = "dibao") -> list[Issued]:
    """One 公示名单 per notice period of the village's cases of the type, oldest first."""
    periods = public_notice_periods(ctx, village_code, assistance_type)
    if not periods:
        raise WorkflowError("notice.nothing_to_publish",
                            "no case of this type is in its public notice in this village",
                            field="village_code")
    return [issue_public_notice(ctx, village_code, assistance_type, p) for p in periods]


def issue_public_notice_lists(ctx: Context, village_code: str, assistance_type: str = "dibao", *,
                              progress=None) -> BatchIssued:
    """Every 公示名单 the village needs now, one per notice period (never one list over two
    periods), each issued and recorded on its own, in one PDF for printing."""
    periods = public_notice_periods(ctx, village_code, assistance_type)
    if not periods:
        raise WorkflowError("notice.nothing_to_publish",
                            "no case of this type is in its public notice in this village",
                            field="village_code")
    issued = []
    for done, start in enumerate(periods, 1):
        issued.append(issue_public_notice(ctx, village_code, assistance_type, start))
        if progress is not None:
            progress(done, len(periods))
    with ctx.db.read() as s:
        signer = _signer(s)
        rows = [s.get(Notice, i.notice_id) for i in issued]
        stored = [notice_from_content(r.content, is_copy=r.copy_of is not None) for r in rows]
    buf = io.BytesIO()
    spans = nt.render_many(iter(stored), signer, buf, title=KIND_LABELS_ZH["public_notice"])
    return BatchIssued("public_notice", buf.getvalue(),
                       [BatchEntry(None, i.notice_id, i.number, first, pages)
                        for i, (first, pages) in zip(issued, spans)], requested=len(periods))


def reprint(ctx: Context, notice_id: str) -> Issued:
    """The stored notice rendered again and marked 副本; the reprint is recorded too."""
    _require_staff(ctx)
    with ctx.work("notice.reprint", entity="notice") as w:
        original = w.session.get(Notice, notice_id)
        if original is None:
            raise NotFound("notice.missing", "no such notice", field="notice_id")
        if original.copy_of:
            original = w.session.get(Notice, original.copy_of)
        notice = notice_from_content(original.content, is_copy=True)
        return _record(w, notice, original.application_id, original.village_code, original.id)


def _record(w, notice: nt.Notice, application_id, village_code, copy_of) -> Issued:
    pdf = nt.render_bytes(notice, _signer(w.session))
    row, digest = _store(w, notice, application_id, village_code, copy_of)
    return Issued(row.id, notice.header.number, notice.kind, digest, copy_of is not None, pdf)


def _store(w, notice: nt.Notice, application_id, village_code, copy_of) -> tuple[Notice, str]:
    digest = nt.content_hash(notice)
    row = Notice(application_id=application_id, village_code=village_code, kind=notice.kind,
                 number=notice.header.number, content_hash=digest,
                 content=canonical_content(notice), copy_of=copy_of,
                 issued_on=notice.header.issue_date)
    w.add(row)
    w.entity_id = row.id
    w.detail = {"kind": notice.kind, "number": notice.header.number, "hash": digest,
                "copy": copy_of is not None, "application_id": application_id}
    return row, digest


def available_kinds(ctx: Context, application_id: str) -> list[str]:
    """The notices this case calls for now (what the case page offers to print)."""
    with ctx.db.read() as s:
        app = s.get(Application, application_id)
        if app is None:
            raise NotFound("application.missing", "no such case", field="application_id")
        done = {e.action for e in _amount_events(s, app)}
        if _continued_review(s, app) is not None:
            done.add("review_continue")
        return [k for k, states in ALLOWED_STATES.items()
                if State(app.state) in states and (k not in ("raise", "reduce", "review_continue")
                                                   or k in done)]


def notices_of(ctx: Context, application_id: str) -> list[dict]:
    with ctx.db.read() as s:
        return [{"id": n.id, "kind": n.kind, "label": KIND_LABELS_ZH[n.kind], "number": n.number,
                 "issued_on": n.issued_on, "copy": n.copy_of is not None,
                 "by": display_name(s, n.created_by), "superseded": n.superseded_by is not None,
                 "correction_reason": n.correction_reason or ""}
                for n in s.scalars(select(Notice).where(Notice.application_id == application_id)
                                   .order_by(Notice.created_at))]


def public_keys(ctx: Context) -> dict[str, str]:
    from lishui_desktop.store.models import SiteKey
    with ctx.db.read() as s:
        return {k.site_code: k.public_key for k in s.scalars(select(SiteKey))}


# -- batch printing ------------------------------------------------------------------------------

# What a village's batch offers, and the case states each batch looks for: the notices
# that follow a step everyone in the village went through ("newly approved" and so on).
BATCH_STATES = {
    "acceptance": {State.ACCEPTED, State.INVESTIGATING, State.INVESTIGATED},
    "approval": {State.APPROVED},
    "refusal": {State.REFUSED},
    "stop": {State.STOPPED},
    "public_notice": {State.PUBLICIZING},
}


@dataclass(frozen=True)
class BatchCandidate:
    application_id: str
    household_id: str
    head_name: str
    address: str
    assistance_type: str
    state: str
    amount_fen: int | None
    notice_start: date | None = None     # the 7-day period a case in its public notice is in


@dataclass(frozen=True)
class BatchEntry:
    application_id: str | None           # None for a village's 公示名单
    notice_id: str
    number: str
    first_page: int
    pages: int


@dataclass
class BatchIssued:
    kind: str
    pdf: bytes                          # every notice issued, in one PDF; b"" when none was
    entries: list[BatchEntry]
    skipped: list[tuple[str, DomainError]] = field(default_factory=list)
    cancelled: bool = False
    requested: int = 0

    @property
    def pages(self) -> int:
        return sum(e.pages for e in self.entries)


def batch_candidates(ctx: Context, village_code: str, kind: str,
                     assistance_type: str | None = None) -> list[BatchCandidate]:
    """The village's cases a batch of ``kind`` is for: those in the step's state that have
    no original of that notice yet (for the 公示名单, the cases now in their notice)."""
    if kind not in BATCH_STATES:
        raise ValidationError("notice.kind", f"{kind!r} is not printed by village", field="kind")
    with ctx.db.read() as s:
        q = (select(Application, Household)
             .join(Household, Household.id == Application.household_id)
             .where(Household.village_code == village_code,
                    Application.state.in_([st.value for st in BATCH_STATES[kind]]))
             .order_by(Application.submitted_on, Application.id))
        if assistance_type:
            q = q.where(Application.type == assistance_type)
        if kind != "public_notice":
            printed = select(Notice.application_id).where(
                Notice.kind == kind, Notice.copy_of.is_(None), Notice.application_id.is_not(None))
            q = q.where(Application.id.not_in(printed))
        out = []
        for app, h in s.execute(q).all():
            if kind == "approval" and (app.amount_fen is None or not app.start_month):
                continue
            if kind == "refusal" and not app.reasons:
                continue
            out.append(BatchCandidate(app.id, h.id, h.head_name, h.address or "", app.type,
                                      app.state, app.amount_fen, app.notice_start))
        return out


def issue_batch(ctx: Context, application_ids: list[str], kind: str, *, progress=None,
                cancelled=lambda: False) -> BatchIssued:
    """A notice of ``kind`` for each case, all in one PDF for printing.

    Each notice is issued on its own, exactly as ``issue`` does (own number, own record,
    own audit entry, own transaction), so a batch stopped half-way leaves nothing
    half-done. ``cancelled()`` is asked before each case: the batch then stops and keeps
    the notices already issued, which are in the PDF since their numbers are used.
    ``progress(done, total)`` follows each case. A case that no longer calls for the
    notice (someone moved it on meanwhile) is skipped with its error; the rest go on.
    """
    _require_staff(ctx)
    _check_kind(kind)
    ids = list(dict.fromkeys(application_ids))
    result = BatchIssued(kind, b"", [], requested=len(ids))
    with ctx.db.read() as s:
        signer = _signer(s)
    issued: list[tuple[str, str, str]] = []

    def notices():
        # Issued lazily, as the renderer asks for the next one: a cancel lands between
        # two notices and the PDF closes cleanly with the ones already drawn.
        for done, aid in enumerate(ids, 1):
            if cancelled():
                result.cancelled = True
                return
            try:
                with ctx.work(f"notice.issue.{kind}", entity="notice") as w:
                    notice = _prepare(w, ctx, aid, kind)
                    existing = _current_original(w.session, notice)
                    if existing is not None:     # printed meanwhile: this one is its 副本
                        notice = notice_from_content(existing.content, is_copy=True)
                    row, _digest = _store(w, notice, aid, None, existing.id if existing else None)
                    issued.append((aid, row.id, notice.header.number))
            except DomainError as exc:
                result.skipped.append((aid, exc))
            else:
                yield notice
            if progress is not None:
                progress(done, len(ids))

    buf = io.BytesIO()
    spans = nt.render_many(notices(), signer, buf, title=KIND_LABELS_ZH[kind])
    result.entries = [BatchEntry(aid, nid, number, first, pages)
                      for (aid, nid, number), (first, pages) in zip(issued, spans)]
    result.pdf = buf.getvalue() if result.entries else b""
    return result
