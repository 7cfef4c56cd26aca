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
from lishui_desktop.store.models import (Application, CaseEvent, Household, Income, Member, Notice,
                                         Site, Visit, Village)

from .context import Context

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
    "reduce": "减发通知书", "raise": "增发通知书",
}
PAYMENT_METHOD = "按月通过社会保障卡发放至申请人本人账户，每月10日前发放"
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


def _county_abbrev(county_code: str) -> str:
    return regions.county_name(county_code)[0]


def doc_prefix(site_code: str) -> str:
    """"莲碧民救" for 碧湖镇 in 莲都区; "莲民救" for the county bureau."""
    county = _county_abbrev(site_code[:6])
    if len(site_code) == 6:
        return f"{county}民救"
    return f"{county}{regions.township_name(site_code)[0]}民救"


def _next_number(s, ctx: Context, day: date) -> str:
    prefix = doc_prefix(ctx.site.code)
    used = s.scalar(select(func.count()).select_from(Notice).where(
        Notice.site_code == ctx.site.code, Notice.copy_of.is_(None),
        Notice.number.like(f"{prefix}〔{day.year}〕%")))
    return f"{prefix}〔{day.year}〕{used + 1}号"


def _office(s, ctx: Context, *, county_bureau: bool) -> nt.IssuingOffice:
    county_code = ctx.site.county_code
    county = regions.county_name(county_code)
    address = settings.get(s, "notice.address", "")
    phone = settings.get(s, "notice.phone", "")
    if county_bureau or ctx.site.kind == "county":
        return nt.IssuingOffice(site_code=county_code, site_name=f"丽水市{county}民政局",
                                county_name=county, county_government=f"{county}人民政府",
                                department=f"{county}民政局社会救助科",
                                address=address if ctx.site.kind == "county" else "",
                                phone=phone if ctx.site.kind == "county" else "")
    return nt.IssuingOffice(site_code=ctx.site.code, site_name=f"{county}{ctx.site.name}人民政府",
                            county_name=county, county_government=f"{county}人民政府",
                            address=address, phone=phone,
                            department=f"{ctx.site.name}社会事务管理办公室")


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


def _household(s, h: Household, day: date, *, full_id: bool) -> nt.Household:
    incomes = list(h.incomes)
    village = s.get(Village, h.village_code) if h.village_code else None
    deposits = sum(a.value_fen for a in h.assets if a.kind == "deposit")
    vehicles = "、".join(a.description or hh.ASSET_KINDS[a.kind] for a in h.assets
                        if a.kind in ("vehicle", "machinery")) or "无"
    livestock = "、".join(a.description for a in h.assets if a.kind == "livestock") or "无"
    members = [m for m in h.members if m.covered] or list(h.members)
    return nt.Household(
        members=tuple(_member(m, incomes, day, full_id=full_id) for m in members),
        registered_address=h.address or "", village=village.name if village else "",
        phone=h.phone or "", head_name=h.head_name,
        housing_type=hh.HOUSING_TYPES.get(h.housing_type, h.housing_type or ""),
        housing_area_m2=f"{h.housing_area_dm2 / 100:.1f}" if h.housing_area_dm2 else "",
        vehicles=vehicles, livestock=livestock, deposits_fen=deposits)


def _case_ref(s, app: Application, h: Household) -> nt.CaseRef:
    applicant = s.get(Member, app.applicant_id) if app.applicant_id else None
    return nt.CaseRef(applicant_name=applicant.name if applicant else h.head_name,
                      assistance_label=ASSISTANCE_TYPES[app.type],
                      application_date=app.submitted_on)


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
        return nt.ApplicationForm(case=case, household=_household(s, h, day, full_id=True),
                                  reason=h.hardship_cause or "家庭生活困难",
                                  relative_of_staff=h.staff_relative,
                                  relative_detail=h.staff_relative_note or "")
    if kind == "acceptance":
        return nt.Acceptance(case=case, contact_name=ctx.user.display_name)
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
        return nt.InvestigationForm(case=case, household=_household(s, h, day, full_id=True),
                                    investigators=names, stated_cause=h.hardship_cause or "",
                                    relative_of_staff=h.staff_relative)
    if kind == "approval":
        if app.amount_fen is None or not app.start_month:
            raise WorkflowError("notice.no_decision", "the case has no approved amount yet",
                                field="amount_fen")
        covered = tuple(m.name for m in h.members if m.covered)
        review_note, care_note = _approval_notes(s, app)
        return nt.Approval(case=case, covered_names=covered, amount_fen=app.amount_fen,
                           start_month=_month(app.start_month), payment_method=PAYMENT_METHOD,
                           monthly=app.type in MONTHLY_TYPES, review_note=review_note, care_note=care_note)
    if kind == "refusal":
        return nt.Refusal(case=case, reasons=reasons)
    events = _amount_events(s, app)
    if kind == "stop":
        stop = next((e for e in reversed(events) if e.action == "stop"), None)
        if stop is None:
            raise WorkflowError("notice.no_decision", "the case has no stop decision",
                                field="state")
        return nt.Stop(case=case, old_amount_fen=app.amount_fen or 0,
                       effective_month=_next_month(stop.at.date()),
                       reasons=_worded(stop.params.get("reasons")) or reasons)
    # raise / reduce: the latest such event and the amount before it
    idx = next((i for i in range(len(events) - 1, -1, -1) if events[i].action == kind), None)
    if idx is None or idx == 0:
        raise WorkflowError("notice.no_decision", f"the case has no {kind} decision", field="state")
    change, before = events[idx], events[idx - 1]
    cls = nt.Raise if kind == "raise" else nt.Reduce
    return cls(case=case, old_amount_fen=before.params.get("amount_fen") or 0,
               new_amount_fen=change.params.get("amount_fen") or 0,
               effective_month=_next_month(change.at.date()),
               reasons=_worded(change.params.get("reasons")))


def _worded(items) -> tuple[str, ...]:
    return tuple(codes.reason_text(r) for r in items or ())


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
    """Issue a new notice of ``kind`` for the case (an original, with a new number)."""
    _require_staff(ctx)
    _check_kind(kind)
    with ctx.work(f"notice.issue.{kind}", entity="notice") as w:
        notice = _prepare(w, ctx, application_id, kind)
        return _record(w, notice, application_id, None, None)


def _check_kind(kind: str) -> None:
    if kind not in ALLOWED_STATES:
        raise ValidationError("notice.kind", f"{kind!r} is not a notice issued per case",
                              field="kind")


def _prepare(w, ctx: Context, application_id: str, kind: str) -> nt.Notice:
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
    header = nt.NoticeHeader(kind=kind, number=_next_number(s, ctx, day), issue_date=day,
                             application_id=app.id)
    return nt.Notice(office=_office(s, ctx, county_bureau=kind in _DECISION_KINDS),
                     header=header, content=content)


def issue_public_notice(ctx: Context, village_code: str, assistance_type: str = "dibao") -> Issued:
    """The 公示名单 of one village: every case of the type now in its 7-day notice."""
    _require_staff(ctx)
    day = ctx.today()
    with ctx.work("notice.issue.public_notice", entity="notice") as w:
        s = w.session
        village = s.get(Village, village_code)
        if village is None:
            raise ValidationError("household.village", f"unknown village {village_code}",
                                  field="village_code")
        apps = s.execute(select(Application, Household).join(
            Household, Household.id == Application.household_id).where(
            Application.state == State.PUBLICIZING.value, Application.type == assistance_type,
            Household.village_code == village_code).order_by(Application.notice_start)).all()
        if not apps:
            raise WorkflowError("notice.nothing_to_publish",
                                "no case of this type is in its public notice in this village",
                                field="village_code")
        rows = []
        for app, h in apps:
            applicant = s.get(Member, app.applicant_id) if app.applicant_id else None
            minor = bool(applicant and idnumber.age_on(applicant.birth_date, day) < 18)
            rows.append(nt.PublicNoticeRow(
                name=applicant.name if applicant else h.head_name,
                family_size=sum(1 for m in h.members if m.covered),
                amount_fen=app.proposed_fen or 0, is_minor=minor))
        start = min(a.notice_start for a, _ in apps)
        end = max(a.notice_end for a, _ in apps)
        address = settings.get(s, "notice.address", f"{ctx.site.name}人民政府社会救助窗口")
        content = nt.PublicNotice(assistance_label=ASSISTANCE_TYPES[assistance_type],
                                  township=ctx.site.name, village=village.name,
                                  period_start=start, period_end=end, rows=tuple(rows),
                                  amount_unit="元/月" if assistance_type in MONTHLY_TYPES else "元",
                                  objection_to=address,
                                  objection_phone=settings.get(s, "notice.phone", ""))
        header = nt.NoticeHeader(kind="public_notice", number=_next_number(s, ctx, day),
                                 issue_date=day, application_id=f"village:{village_code}:{start}")
        notice = nt.Notice(office=_office(s, ctx, county_bureau=False), header=header,
                           content=content)
        return _record(w, notice, None, village_code, None)


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
        return [k for k, states in ALLOWED_STATES.items()
                if State(app.state) in states and (k not in ("raise", "reduce") or k in done)]


def notices_of(ctx: Context, application_id: str) -> list[dict]:
    with ctx.db.read() as s:
        return [{"id": n.id, "kind": n.kind, "label": KIND_LABELS_ZH[n.kind], "number": n.number,
                 "issued_on": n.issued_on, "copy": n.copy_of is not None, "by": n.created_by}
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


@dataclass(frozen=True)
class BatchEntry:
    application_id: str
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
                                      app.state, app.amount_fen))
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
                    row, _digest = _store(w, notice, aid, None, None)
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
