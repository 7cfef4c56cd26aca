"""发放名册: building the month's roll, checking, sign-off, county approval, the bank's
return file and the queue of failed payments.

The roll's header (PayrollRoll) syncs: the county sees each township's totals by
village and approves by writing a PayrollApproval (as it writes Decisions);
the township takes the approval in at its next sync and the roll is frozen.
Its lines (PayrollLine) sync too, written in bulk when the roll is built: the county
checks them against the header before it approves, and prints the roll and makes the
bank file from its own file; the city checks a signed-off header against them.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, delete, func, insert, or_, select, update

from lishui_desktop.domain import payroll as pr
from lishui_desktop.domain import idnumber, regions
from lishui_desktop.domain.assistance import ASSISTANCE_TYPES, MONTHLY_TYPES
from lishui_desktop.domain.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from lishui_desktop.domain.workflow import Role, State
from lishui_desktop.store import audit, outbox
from lishui_desktop.store.models import (Application, BankAccount, Decision, Household, Member,
                                         OverpaymentRecovery, PaymentFailure, PayrollApproval,
                                         PayrollLine, PayrollRoll, Village)

from .context import Context, Work

_PAID_STATES = (State.APPROVED.value, State.STOPPED.value)


def _township_staff(ctx: Context) -> None:
    if ctx.user.role not in (Role.CASEWORKER, Role.REVIEWER) or len(ctx.site.code) != 9:
        raise PermissionDenied("payroll.role", "the township's staff build and check the roll",
                               field="role")


def _check_type(assistance_type: str) -> None:
    if assistance_type not in ASSISTANCE_TYPES:
        raise ValidationError("payroll.type", f"unknown assistance type {assistance_type!r}",
                              field="type")


def _get(s, roll_id: str) -> PayrollRoll:
    r = s.get(PayrollRoll, roll_id)
    if r is None:
        raise NotFound("payroll.missing", "no such roll", field="roll_id")
    return r


def _frozen(r: PayrollRoll) -> None:
    if r.state == pr.APPROVED:
        raise WorkflowError("payroll.frozen",
                            "the roll is approved and frozen; corrections go into a later month's roll",
                            field="state", month=r.month)


# ---- bank accounts ---------------------------------------------------------------------

def set_bank_account(ctx: Context, household_id: str, *, bank_name: str, account_no: str,
                     member_id: str | None = None) -> str:
    """Record (or correct) the household's payee account; the change is audited."""
    _township_staff(ctx)
    bank_name = (bank_name or "").strip()
    if not bank_name:
        raise ValidationError("bank.name", "give the bank (开户银行)", field="bank_name")
    number = pr.check_account(account_no)
    with ctx.work("bank_account.set", entity="household", entity_id=household_id) as w:
        s = w.session
        h = s.get(Household, household_id)
        if h is None:
            raise NotFound("household.missing", "no such household", field="household_id")
        if member_id is not None:
            m = s.get(Member, member_id)
            if m is None or m.household_id != household_id:
                raise ValidationError("bank.holder", "the account holder is not a member",
                                      field="member_id")
        acc = s.scalar(select(BankAccount).where(BankAccount.household_id == household_id))
        if acc is None:
            acc = w.add(BankAccount(household_id=household_id, member_id=member_id,
                                    bank_name=bank_name, account_no=number))
            old = None
        else:
            old = pr.mask_account(acc.account_no)
            acc.bank_name, acc.account_no, acc.member_id = bank_name, number, member_id
            w.touch(acc)
        w.detail = {"account": pr.mask_account(number), "previous": old}
        return acc.id


@dataclass(frozen=True)
class AccountView:
    household_id: str
    bank_name: str
    account_masked: str
    holder_member_id: str | None


def bank_account(ctx: Context, household_id: str) -> AccountView | None:
    with ctx.db.read() as s:
        acc = s.scalar(select(BankAccount).where(BankAccount.household_id == household_id))
        if acc is None:
            return None
        return AccountView(household_id, acc.bank_name, pr.mask_account(acc.account_no), acc.member_id)


def reveal_account(ctx: Context, household_id: str) -> str:
    """The full account number, for a person who must read it out; audited."""
    _township_staff(ctx)
    with ctx.work("bank_account.reveal", entity="household", entity_id=household_id) as w:
        acc = w.session.scalar(select(BankAccount).where(BankAccount.household_id == household_id))
        if acc is None:
            raise NotFound("bank.missing", "the household has no account", field="household_id")
        return acc.account_no


# ---- building ----------------------------------------------------------------------------

def _changes_by_case(s, typ: str, apps: dict) -> dict[str, list[pr.Change]]:
    """Each case's monthly amounts over time, from the decisions taken into it."""
    out: dict[str, list[pr.Change]] = defaultdict(list)
    q = select(Decision.application_id, Decision.outcome, Decision.amount_fen,
               Decision.start_month, Decision.decided_at).where(
        Decision.applied.is_(True), Decision.type == typ).order_by(Decision.decided_at)
    for aid, outcome, amount, start, at in s.execute(q):
        if aid in apps:
            c = pr.decision_change(outcome, amount, start, at.date())
            if c is not None:
                out[aid].append(c)
    for aid, a in apps.items():
        if not out.get(aid) and a.start_month and a.amount_fen:
            out[aid].append(pr.Change(a.start_month, a.amount_fen))
    return out


def build(ctx: Context, month: str, assistance_type: str, *, progress=None) -> str:
    """Build (or rebuild, while still a draft) the roll of ``month`` for the type."""
    _township_staff(ctx)
    month = pr.check_month(month)
    _check_type(assistance_type)
    township = ctx.site.code
    with ctx.work("payroll.build", entity="payroll_roll") as w:
        s = w.session
        roll = s.scalar(select(PayrollRoll).where(PayrollRoll.township_code == township,
                                                  PayrollRoll.month == month,
                                                  PayrollRoll.type == assistance_type))
        if roll is not None:
            _frozen(roll)
            if roll.state == pr.SIGNED_OFF:
                raise WorkflowError("payroll.signed_off",
                                    "the roll is signed off; withdraw the sign-off to rebuild it",
                                    field="state")
        earlier = s.scalar(select(PayrollRoll.month).where(
            PayrollRoll.township_code == township, PayrollRoll.type == assistance_type,
            PayrollRoll.month < month, PayrollRoll.state != pr.APPROVED).limit(1))
        if earlier:
            raise WorkflowError("payroll.previous_open",
                                f"the roll of {earlier} is not approved yet; months are paid in order",
                                field="month", month=earlier)
        told: list[list] = []
        if roll is None:
            roll = w.add(PayrollRoll(township_code=township, month=month, type=assistance_type,
                                     state=pr.DRAFT, line_count=0, total_fen=0, paid_fen=0,
                                     failed_fen=0, by_village={}, lines_digest=""))
            # Queued now, ahead of its lines: the city takes a line only after its roll.
            outbox.record(s, roll, 0, ctx.now())
        else:
            s.execute(update(PaymentFailure).where(PaymentFailure.reissue_roll_id == roll.id)
                      .values(reissue_roll_id=None))
            old = list(s.scalars(select(PayrollLine.id).where(PayrollLine.roll_id == roll.id)))
            told = outbox.remove_many(s, PayrollLine, old, township, ctx.now())
            s.execute(delete(PayrollLine).where(PayrollLine.roll_id == roll.id))
            w.touch(roll)
        rows = _plan(s, roll, month, assistance_type, progress)
        _write_lines(w, roll, rows, told)
        _summarise(s, roll)
        roll.built_at = ctx.now()
        w.entity_id = roll.id
        w.detail = {"month": month, "type": assistance_type, "lines": roll.line_count,
                    "total_fen": roll.total_fen}
        return roll.id


LINES_PER_ENTRY = 500


def _write_lines(w: Work, roll: PayrollRoll, rows: list[dict], told: list[list]) -> None:
    """The roll's lines as synced records, in bulk: the rows, one outbox row each and audit
    entries naming them (and the lines a rebuild deleted) LINES_PER_ENTRY at a time (the
    city takes a new record only with an entry naming it), written before the build's own
    entry."""
    s, ctx = w.session, w.ctx
    now = ctx.now()
    user, site = ctx.user.username, ctx.site.code
    for r in rows:
        r.update(version=1, site_code=site, created_at=now, created_by=user, updated_at=now,
                 updated_by=user)
    if rows:
        s.execute(insert(PayrollLine), rows)
        outbox.record_many(s, PayrollLine.entity, [(r["id"], 1, 0) for r in rows], site, now,
                           new_records=True)
    named = told + [[PayrollLine.entity, r["id"], 1] for r in rows]
    if not named:
        return
    chain = audit.BulkChain(site, *audit.last_link(s, site))
    at = now.isoformat(timespec="seconds")
    for i in range(0, len(named), LINES_PER_ENTRY):
        chain.add(at, user, "payroll.lines", "payroll_roll", roll.id,
                  {"month": roll.month, "type": roll.type, "changes": named[i:i + LINES_PER_ENTRY]})
    chain.write(s.connection().connection.driver_connection.cursor())


def _touch_lines(w: Work, lines: list[PayrollLine]) -> None:
    """Lines changed after approval (the bank's answer): each a new version, queued and
    named in bulk like the build's."""
    if not lines:
        return
    s, ctx = w.session, w.ctx
    s.flush()
    now, user, site = ctx.now(), ctx.user.username, ctx.site.code
    changes = [(ln.id, ln.version + 1, ln.version) for ln in lines]
    s.execute(update(PayrollLine.__table__).where(
        PayrollLine.__table__.c.id == bindparam("b_id")).values(
        version=bindparam("v"), updated_at=now, updated_by=user),
        [{"b_id": i, "v": v} for i, v, _b in changes])
    for ln in lines:
        s.expire(ln)
    outbox.record_many(s, PayrollLine.entity, changes, site, now)
    chain = audit.BulkChain(site, *audit.last_link(s, site))
    at = now.isoformat(timespec="seconds")
    named = [[PayrollLine.entity, i, v] for i, v, _b in changes]
    for i in range(0, len(named), LINES_PER_ENTRY):
        chain.add(at, user, "payroll.lines", "payroll_roll", lines[0].roll_id,
                  {"changes": named[i:i + LINES_PER_ENTRY]})
    chain.write(s.connection().connection.driver_connection.cursor())


def _plan(s, roll: PayrollRoll, month: str, typ: str, progress) -> list[dict]:
    apps = {a.id: a for a in s.scalars(select(Application).where(
        Application.type == typ, Application.state.in_(_PAID_STATES),
        Application.township_code == roll.township_code))}
    first_roll = s.scalar(select(func.min(PayrollRoll.month)).where(
        PayrollRoll.township_code == roll.township_code, PayrollRoll.type == typ)) or month
    approved_rolls = select(PayrollRoll.id).where(PayrollRoll.township_code == roll.township_code,
                                                  PayrollRoll.type == typ,
                                                  PayrollRoll.state == pr.APPROVED)
    covered = _covered(s, approved_rolls)
    monthly = typ in MONTHLY_TYPES
    changes = _changes_by_case(s, typ, apps) if monthly else {}
    # Plain rows of just the households in the roll: ORM objects for 100,000 accounts
    # and members cost most of a build.
    in_roll = select(Application.household_id).where(Application.type == typ,
                                                     Application.state.in_(_PAID_STATES),
                                                     Application.township_code == roll.township_code)
    households = {h.id: h for h in s.execute(select(Household.id, Household.village_code,
                                                    Household.head_name)
                                             .where(Household.id.in_(in_roll)))}
    accounts = {a.household_id: a for a in s.execute(
        select(BankAccount.household_id, BankAccount.member_id, BankAccount.bank_name,
               BankAccount.account_no).where(BankAccount.household_id.in_(in_roll)))}
    members = {}
    covered_count: dict[str, int] = {}
    for m in s.execute(select(Member.id, Member.household_id, Member.name, Member.id_number,
                              Member.relation, Member.covered)
                       .where(Member.household_id.in_(in_roll))):
        members[m.id] = m
        if m.covered:
            covered_count[m.household_id] = covered_count.get(m.household_id, 0) + 1
    planned: list[tuple[Application, pr.Planned, str | None]] = []
    for i, a in enumerate(sorted(apps.values(), key=lambda a: a.id)):
        if monthly:
            for p in pr.plan_monthly(changes.get(a.id, []), month, first_roll, covered.get(a.id, {})):
                planned.append((a, p, None))
        elif a.state == State.APPROVED.value:
            for p in pr.plan_one_off(a.amount_fen, a.start_month, month, first_roll,
                                       bool(covered.get(a.id))):
                planned.append((a, p, None))
        if progress and i % 5000 == 0:
            progress(i, len(apps))
    for f in s.scalars(select(PaymentFailure).where(PaymentFailure.type == typ,
                                                    PaymentFailure.state == "corrected",
                                                    PaymentFailure.reissue_roll_id.is_(None))):
        a = s.get(Application, f.application_id)
        if a is not None:
            planned.append((a, pr.Planned(pr.REISSUE, f.for_month, f.amount_fen), f.id))
            f.reissue_roll_id = roll.id
    rows = []
    for a, p, failure in planned:
        h = households.get(a.household_id)
        if h is None:        # a re-issue for a case no longer in the roll's states
            x = s.get(Household, a.household_id)
            h = households[a.household_id] = type("H", (), {"id": x.id, "village_code": x.village_code,
                                                            "head_name": x.head_name})
        acc = accounts.get(a.household_id)
        holder = members.get(acc.member_id) if acc is not None and acc.member_id else None
        holder = holder or members.get(a.applicant_id or "")
        rows.append({"id": _line_id(), "roll_id": roll.id, "seq": 0, "application_id": a.id,
                     "household_id": a.household_id, "village_code": h.village_code or "",
                     "name": holder.name if holder else h.head_name,
                     "id_number": holder.id_number if holder else "",
                     "persons": 1 if a.type in ("tekun", "ertong") else covered_count.get(h.id, 1),
                     "bank_name": acc.bank_name if acc else "",
                     "account_no": acc.account_no if acc else "",
                     "kind": p.kind, "for_month": p.for_month, "amount_fen": p.amount_fen,
                     "status": pr.PENDING, "failure_reason": "", "reissue_of": failure})
    rows.sort(key=lambda r: (r["village_code"], r["name"], r["application_id"], r["for_month"],
                             r["kind"]))
    for i, r in enumerate(rows, 1):
        r["seq"] = i
    return rows


def _covered(s, approved_rolls) -> dict[str, dict[str, int]]:
    """case -> month -> fen the frozen rolls paid for it (pr.COVERING_KINDS; an offset
    whose payment the bank returned did not happen and is planned again)."""
    covered: dict[str, dict[str, int]] = defaultdict(dict)
    for aid, m, fen in s.execute(select(PayrollLine.application_id, PayrollLine.for_month,
                                        func.sum(PayrollLine.amount_fen))
                                 .where(PayrollLine.roll_id.in_(approved_rolls),
                                        PayrollLine.kind.in_(pr.COVERING_KINDS),
                                        or_(PayrollLine.kind != pr.OFFSET,
                                            PayrollLine.status != pr.FAILED))
                                 .group_by(PayrollLine.application_id, PayrollLine.for_month)):
        covered[aid][m] = fen
    # Paid back outside the roll: no longer paid for that month.
    for aid, m, fen in s.execute(select(OverpaymentRecovery.application_id,
                                        OverpaymentRecovery.for_month,
                                        func.sum(OverpaymentRecovery.amount_fen))
                                 .group_by(OverpaymentRecovery.application_id,
                                           OverpaymentRecovery.for_month)):
        covered[aid][m] = covered[aid].get(m, 0) - fen
    return covered


def overpayment(ctx: Context, application_id: str) -> pr.Overpayment | None:
    """多发 of a case still to be offset or recovered: the months the frozen rolls paid it
    above what its decisions (taken into the case) entitle it to."""
    with ctx.db.read() as s:
        return _overpayment(s, application_id)


def _overpayment(s, application_id: str) -> pr.Overpayment | None:
    a = s.get(Application, application_id)
    if a is None or a.type not in MONTHLY_TYPES:
        return None
    approved_rolls = select(PayrollRoll.id).where(PayrollRoll.township_code == a.township_code,
                                                  PayrollRoll.type == a.type,
                                                  PayrollRoll.state == pr.APPROVED)
    first, last = s.execute(select(func.min(PayrollRoll.month), func.max(PayrollRoll.month))
                            .where(PayrollRoll.id.in_(approved_rolls))).one()
    if first is None:
        return None
    changes = _changes_by_case(s, a.type, {a.id: a}).get(a.id, [])
    covered = _covered(s, approved_rolls.where(PayrollRoll.id.in_(
        select(PayrollLine.roll_id).where(PayrollLine.application_id == a.id))))
    return pr.overpayment(changes, first, last, covered.get(a.id, {}))


def record_recovery(ctx: Context, application_id: str, *, amount_fen: int, receipt_no: str,
                    recovered_on: date | None = None) -> int:
    """多发 paid back outside the roll by a household whose case stopped (a case still
    paid has it offset in the next rolls instead). Settles the oldest months first;
    returns what is still outstanding. Audited with the receipt."""
    _township_staff(ctx)
    receipt_no = (receipt_no or "").strip()
    if not receipt_no:
        raise ValidationError("recovery.receipt", "give the receipt number (缴款凭证号)",
                              field="receipt_no")
    recovered_on = recovered_on or ctx.today()
    if recovered_on > ctx.today():
        raise ValidationError("recovery.future", "the day of the payment is in the future",
                              field="recovered_on")
    with ctx.work("payroll.recovery", entity="application", entity_id=application_id) as w:
        s = w.session
        a = s.get(Application, application_id)
        if a is None or a.township_code != ctx.site.code:
            raise NotFound("application.missing", "no such case of this township",
                           field="application_id")
        if a.state == State.APPROVED.value:
            raise WorkflowError("recovery.in_roll",
                                "the case is still paid: its overpayment is offset in the next rolls",
                                field="application_id")
        o = _overpayment(s, application_id)
        if o is None:
            raise WorkflowError("recovery.none", "the case has no overpayment to recover",
                                field="application_id")
        if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) \
                or not 0 < amount_fen <= o.amount_fen:
            raise ValidationError("recovery.amount",
                                  f"the amount is more than zero and at most the {o.amount_fen} fen "
                                  f"outstanding", field="amount_fen", outstanding_fen=o.amount_fen)
        left = amount_fen
        for month, fen in o.by_month:
            take = min(fen, left)
            if take <= 0:
                break
            s.add(OverpaymentRecovery(application_id=application_id, for_month=month,
                                      amount_fen=take, receipt_no=receipt_no[:64],
                                      recovered_on=recovered_on, recorded_by=ctx.user.display_name,
                                      recorded_at=ctx.now()))
            left -= take
        w.detail = {"amount_fen": amount_fen, "receipt_no": receipt_no,
                    "outstanding_fen": o.amount_fen - amount_fen}
        return o.amount_fen - amount_fen


@dataclass(frozen=True)
class OverpaymentView:
    application_id: str
    household_id: str
    head_name: str
    type: str
    state: str
    overpayment: pr.Overpayment
    in_roll: bool          # still paid: the next rolls offset it; stopped: recovered outside


def overpayments(ctx: Context, assistance_type: str | None = None) -> list[OverpaymentView]:
    """Cases of this township with an overpayment outstanding (for the 资金发放 page)."""
    with ctx.db.read() as s:
        # Only a reduction or stop naming an earlier month of its own leaves one.
        q = select(Decision.application_id).where(Decision.applied.is_(True),
                                                  Decision.outcome.in_(("reduced", "stopped")),
                                                  Decision.start_month.is_not(None)).distinct()
        out = []
        for a in s.scalars(select(Application).where(Application.id.in_(q),
                                                     Application.township_code == ctx.site.code)
                           .order_by(Application.id)):
            if assistance_type and a.type != assistance_type:
                continue
            o = _overpayment(s, a.id)
            if o is not None:
                h = s.get(Household, a.household_id)
                out.append(OverpaymentView(a.id, a.household_id, h.head_name if h else "", a.type,
                                           a.state, o, a.state == State.APPROVED.value))
        return out


def _line_id() -> str:
    from lishui_desktop.domain.ids import new_id
    return new_id()


def _summarise(s, roll: PayrollRoll) -> None:
    """Totals by village and the digest the county approves (it pins the lines)."""
    lines = [dict(ln._mapping) for ln in s.execute(
        select(*(getattr(PayrollLine, f) for f in pr.DIGEST_FIELDS), PayrollLine.village_code,
               PayrollLine.status).where(PayrollLine.roll_id == roll.id))]
    by_village = pr.village_totals(lines)
    total = pr.Totals()
    for t in by_village.values():
        total = total.merge(t)
    roll.by_village = {v: {"lines": t.lines, "total_fen": t.total_fen, "paid_fen": t.paid_fen,
                           "failed_fen": t.failed_fen, "offset_fen": t.offset_fen}
                       for v, t in sorted(by_village.items())}
    roll.line_count, roll.total_fen = total.lines, total.total_fen
    roll.paid_fen, roll.failed_fen = total.paid_fen, total.failed_fen
    if roll.state == pr.DRAFT:
        roll.lines_digest = pr.lines_digest(lines)


# ---- check, sign-off, approval --------------------------------------------------------------

def check(ctx: Context, roll_id: str) -> list[pr.Problem]:
    with ctx.db.read() as s:
        _get(s, roll_id)
        lines = s.scalars(select(PayrollLine).where(PayrollLine.roll_id == roll_id)
                          .order_by(PayrollLine.seq)).all()
        return pr.check_lines(lines)


def sign_off(ctx: Context, roll_id: str) -> None:
    """The township reviewer signs the checked roll off; nothing in it may be wrong."""
    if ctx.user.role is not Role.REVIEWER:
        raise PermissionDenied("payroll.sign_off_role", "the township reviewer signs the roll off",
                               field="role")
    with ctx.work("payroll.sign_off", entity="payroll_roll", entity_id=roll_id) as w:
        r = _get(w.session, roll_id)
        _frozen(r)
        if r.state != pr.DRAFT:
            raise WorkflowError("payroll.state", "the roll is already signed off", field="state")
        lines = w.session.scalars(select(PayrollLine).where(PayrollLine.roll_id == roll_id)).all()
        problems = pr.check_lines(lines)
        if problems:
            raise ValidationError("payroll.problems",
                                  f"{len(problems)} lines need attention before sign-off "
                                  f"(first: line {problems[0].line_seq} {problems[0].name}: "
                                  f"{problems[0].code})", field="lines", count=len(problems))
        if not lines:
            raise ValidationError("payroll.empty", "the roll has no payments", field="lines")
        if any(ln.version == 0 for ln in lines):
            raise WorkflowError("payroll.rebuild",
                                "the roll was built before its lines were synced; build it again "
                                "before signing it off", field="lines")
        # The sign-off travels after the lines queued since the roll's last change.
        outbox.seal(w.session, r)
        r.state, r.signed_off_by, r.signed_off_at = pr.SIGNED_OFF, ctx.user.display_name, ctx.now()
        w.touch(r)
        w.detail = {"total_fen": r.total_fen, "lines": r.line_count, "digest": r.lines_digest}


def withdraw_sign_off(ctx: Context, roll_id: str) -> None:
    if ctx.user.role is not Role.REVIEWER:
        raise PermissionDenied("payroll.sign_off_role", "the township reviewer signs the roll off",
                               field="role")
    with ctx.work("payroll.withdraw_sign_off", entity="payroll_roll", entity_id=roll_id) as w:
        r = _get(w.session, roll_id)
        _frozen(r)
        if r.state != pr.SIGNED_OFF:
            raise WorkflowError("payroll.state", "the roll is not signed off", field="state")
        r.state, r.signed_off_by, r.signed_off_at = pr.DRAFT, None, None
        w.touch(r)


def approve(ctx: Context, roll_id: str) -> str:
    """The county approves a signed-off roll of one of its townships: a PayrollApproval
    record (synced to the township, which freezes the roll when it arrives)."""
    if ctx.user.role is not Role.APPROVER:
        raise PermissionDenied("payroll.approve_role", "the county approves the roll", field="role")
    with ctx.work("payroll.approve", entity="payroll_roll", entity_id=roll_id) as w:
        r = _get(w.session, roll_id)
        _frozen(r)
        if r.state != pr.SIGNED_OFF:
            raise WorkflowError("payroll.not_signed_off", "the township has not signed the roll off",
                                field="state")
        if regions.county_of(r.township_code) != ctx.actor.site_code[:6]:
            raise PermissionDenied("payroll.county", "a county approves its own townships' rolls",
                                   field="township_code")
        if _approved_here(w.session, ctx, r):
            raise WorkflowError("payroll.approved_here",
                                "this county has approved the roll already; the township "
                                "freezes it at its next sync", field="state")
        _lines_match(w.session, r)
        a = PayrollApproval(roll_id=r.id, township_code=r.township_code, month=r.month, type=r.type,
                            total_fen=r.total_fen, lines_digest=r.lines_digest,
                            approved_by=ctx.user.display_name, approved_at=ctx.now(),
                            applied=False)
        w.add(a, site_code=ctx.actor.site_code)
        w.detail = {"approval_id": a.id, "total_fen": r.total_fen, "digest": r.lines_digest}
        if r.site_code == ctx.site.code:
            _freeze(w, r, a)
        return a.id


def _lines_match(s, r: PayrollRoll) -> None:
    """The county approves what it holds: the roll's lines pulled from the township, equal
    to its header in count, total, digest and by village (domain.payroll.header_problem)."""
    lines = [dict(ln._mapping) for ln in s.execute(
        select(*(getattr(PayrollLine, f) for f in pr.DIGEST_FIELDS), PayrollLine.village_code,
               PayrollLine.status).where(PayrollLine.roll_id == r.id))]
    if not lines:
        raise WorkflowError("payroll.lines_missing",
                            "the roll's lines have not arrived yet; synchronise, then approve",
                            field="lines", expected=r.line_count)
    problem = pr.header_problem(r, lines)
    if problem:
        raise ValidationError("payroll.lines_differ",
                              f"the roll's lines do not match its header ({problem[0]}: "
                              f"{problem[1]}); synchronise again, or return it to the township",
                              field=problem[0], part=problem[0], held=len(lines),
                              expected=r.line_count)


def approved_here(ctx: Context, roll_id: str) -> bool:
    """Whether this county has approved exactly the roll's lines as they stand here (its
    page then offers no second approval while the township has not frozen the roll)."""
    with ctx.db.read() as s:
        r = s.get(PayrollRoll, roll_id)
        return r is not None and _approved_here(s, ctx, r)


def _approved_here(s, ctx: Context, r: PayrollRoll) -> bool:
    """The county's own approval of exactly these lines (before the township's frozen
    header comes back)."""
    return s.scalar(select(PayrollApproval.id).where(
        PayrollApproval.roll_id == r.id, PayrollApproval.site_code == ctx.site.code,
        PayrollApproval.lines_digest == r.lines_digest,
        PayrollApproval.total_fen == r.total_fen).limit(1)) is not None


def _freeze(w: Work, r: PayrollRoll, a: PayrollApproval) -> None:
    r.state, r.approved_by, r.approved_at = pr.APPROVED, a.approved_by, a.approved_at
    a.applied = True
    w.session.execute(update(PaymentFailure).where(PaymentFailure.reissue_roll_id == r.id)
                      .values(state="reissued"))
    w.touch(r)


def take_approvals(ctx: Context) -> int:
    """Approvals pulled from the county: the matching signed-off roll is frozen. One that
    no longer matches (the roll was rebuilt meanwhile) is kept, marked, and changes nothing."""
    with ctx.db.read() as s:
        ids = list(s.scalars(select(PayrollApproval.id).where(
            PayrollApproval.applied.is_(False), PayrollApproval.township_code == ctx.site.code)))
    done = 0
    for aid in ids:
        with ctx.work("payroll.approval_received", entity="payroll_approval", entity_id=aid) as w:
            a = w.session.get(PayrollApproval, aid)
            a.applied = True
            r = w.session.get(PayrollRoll, a.roll_id)
            if r is None or r.state != pr.SIGNED_OFF or r.lines_digest != a.lines_digest \
                    or r.total_fen != a.total_fen:
                w.detail = {"ignored": True, "roll_id": a.roll_id}
                continue
            _freeze(w, r, a)
            w.detail = {"roll_id": r.id, "month": r.month, "type": r.type}
            done += 1
    return done


# ---- the bank's return file and the queue -----------------------------------------------------

RETURN_HEADERS = ("姓名", "公民身份号码", "银行账号", "发放金额", "发放结果", "失败原因")


@dataclass
class ReturnReport:
    paid: int = 0
    failed: int = 0
    unmatched: int = 0
    paid_fen: int = 0
    failed_fen: int = 0

    def lines(self) -> list[str]:
        return [f"paid: {self.paid} ({self.paid_fen / 100:.2f} yuan)",
                f"failed: {self.failed} ({self.failed_fen / 100:.2f} yuan), now in the queue",
                f"rows not matching the roll: {self.unmatched}"]


def import_return(ctx: Context, roll_id: str, rows: list[dict]) -> ReturnReport:
    """The bank's answer for an approved roll: one row per payment (RETURN_HEADERS).
    Rows are matched on ID number, account and amount; every failure goes to the queue."""
    _township_staff(ctx)
    report = ReturnReport()
    with ctx.work("payroll.import_return", entity="payroll_roll", entity_id=roll_id) as w:
        s = w.session
        r = _get(s, roll_id)
        if r.state != pr.APPROVED:
            raise WorkflowError("payroll.not_approved", "only an approved roll goes to the bank",
                                field="state")
        pending = list(s.scalars(select(PayrollLine).where(PayrollLine.roll_id == roll_id,
                                                           PayrollLine.status == pr.PENDING)
                                 .order_by(PayrollLine.seq)))
        by_seq = {ln.seq: ln for ln in pending}
        changed: list[PayrollLine] = []
        payments = {}
        for p in pr.group_payments(pending, ASSISTANCE_TYPES[r.type]):
            if p.amount_fen == 0:
                # An offset took the whole payment: nothing went to the bank, it is settled.
                for seq in p.line_seqs:
                    by_seq[seq].status = pr.PAID
                    changed.append(by_seq[seq])
            else:
                payments[(p.id_number, p.account_no)] = p
        for i, row in enumerate(rows, 2):
            ident = str(row.get("公民身份号码", "")).strip().upper()
            account = str(row.get("银行账号", "")).strip()
            result = str(row.get("发放结果", "")).strip()
            try:
                fen = _fen(row.get("发放金额"))
            except ValueError:
                raise ValidationError("return.amount", f"row {i}: 发放金额 is not an amount",
                                      field="发放金额", row=i) from None
            if result not in ("成功", "失败"):
                raise ValidationError("return.result", f"row {i}: 发放结果 must be 成功 or 失败",
                                      field="发放结果", row=i)
            p = payments.get((ident, account))
            if p is None or p.amount_fen != fen:
                report.unmatched += 1
                continue
            del payments[(ident, account)]
            reason = str(row.get("失败原因", "") or "").strip() or "银行未说明原因"
            for seq in p.line_seqs:
                ln = by_seq[seq]
                changed.append(ln)
                if result == "成功":
                    ln.status = pr.PAID
                else:
                    ln.status, ln.failure_reason = pr.FAILED, reason[:200]
                    if ln.kind == pr.OFFSET:
                        continue        # not paid, so not offset: the next roll plans it again
                    s.add(PaymentFailure(line_id=ln.id, application_id=ln.application_id,
                                         household_id=ln.household_id, type=r.type,
                                         for_month=ln.for_month, amount_fen=ln.amount_fen,
                                         reason=reason[:200], state="open", reported_at=ctx.now()))
            if result == "成功":
                report.paid += 1
                report.paid_fen += fen
            else:
                report.failed += 1
                report.failed_fen += fen
        s.flush()
        _touch_lines(w, changed)
        _summarise(s, r)
        r.returns_imported_at = ctx.now()
        w.touch(r)
        w.detail = {"paid": report.paid, "failed": report.failed, "unmatched": report.unmatched}
    return report


def _fen(value) -> int:
    from decimal import Decimal, InvalidOperation
    try:
        d = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise ValueError(value) from None
    fen = d * 100
    if fen != fen.to_integral_value() or fen < 0:
        raise ValueError(value)
    return int(fen)


@dataclass(frozen=True)
class FailureView:
    id: str
    application_id: str
    household_id: str
    name: str
    type: str
    for_month: str
    amount_fen: int
    reason: str
    state: str
    account_masked: str
    reissue_roll_id: str | None


def failures(ctx: Context, state: str | None = None) -> list[FailureView]:
    with ctx.db.read() as s:
        q = select(PaymentFailure, PayrollLine.name, BankAccount.account_no).join(
            PayrollLine, PayrollLine.id == PaymentFailure.line_id).outerjoin(
            BankAccount, BankAccount.household_id == PaymentFailure.household_id)
        if state:
            q = q.where(PaymentFailure.state == state)
        return [FailureView(f.id, f.application_id, f.household_id, name, f.type, f.for_month,
                            f.amount_fen, f.reason, f.state, pr.mask_account(acc or ""),
                            f.reissue_roll_id)
                for f, name, acc in s.execute(q.order_by(PaymentFailure.reported_at))]


def correct_failure(ctx: Context, failure_id: str, *, bank_name: str, account_no: str,
                    member_id: str | None = None) -> None:
    """Fix the account of a returned payment; the next roll re-issues it."""
    with ctx.db.read() as s:
        f = s.get(PaymentFailure, failure_id)
        if f is None:
            raise NotFound("failure.missing", "no such failed payment", field="failure_id")
        if f.state != "open":
            raise WorkflowError("failure.state", "this payment was already corrected", field="state")
        household_id = f.household_id
    set_bank_account(ctx, household_id, bank_name=bank_name, account_no=account_no,
                     member_id=member_id)
    with ctx.work("payroll.failure_corrected", entity="household", entity_id=household_id) as w:
        f = w.session.get(PaymentFailure, failure_id)
        f.state, f.corrected_at, f.corrected_by = "corrected", ctx.now(), ctx.user.username
        w.detail = {"failure_id": failure_id, "amount_fen": f.amount_fen}


# ---- read models -------------------------------------------------------------------------------

@dataclass(frozen=True)
class RollView:
    id: str
    township_code: str
    month: str
    type: str
    state: str
    line_count: int
    total_fen: int
    paid_fen: int
    failed_fen: int
    by_village: dict
    lines_digest: str
    signed_off_by: str | None
    signed_off_at: datetime | None
    approved_by: str | None
    approved_at: datetime | None


def _roll_view(r: PayrollRoll) -> RollView:
    return RollView(r.id, r.township_code, r.month, r.type, r.state, r.line_count, r.total_fen,
                    r.paid_fen, r.failed_fen, dict(r.by_village or {}), r.lines_digest,
                    r.signed_off_by, r.signed_off_at, r.approved_by, r.approved_at)


def rolls(ctx: Context, month: str | None = None) -> list[RollView]:
    with ctx.db.read() as s:
        q = select(PayrollRoll)
        if month:
            q = q.where(PayrollRoll.month == month)
        return [_roll_view(r) for r in s.scalars(q.order_by(PayrollRoll.month.desc(),
                                                            PayrollRoll.township_code,
                                                            PayrollRoll.type))]


def roll(ctx: Context, roll_id: str) -> RollView:
    with ctx.db.read() as s:
        return _roll_view(_get(s, roll_id))


def find_roll(ctx: Context, month: str, assistance_type: str,
              township_code: str | None = None) -> RollView | None:
    with ctx.db.read() as s:
        r = s.scalar(select(PayrollRoll).where(
            PayrollRoll.township_code == (township_code or ctx.site.code),
            PayrollRoll.month == month, PayrollRoll.type == assistance_type))
        return _roll_view(r) if r else None


@dataclass(frozen=True)
class LineView:
    seq: int
    application_id: str
    village_code: str
    village: str
    name: str
    id_masked: str
    persons: int
    bank_name: str
    account_masked: str
    kind: str
    for_month: str
    amount_fen: int
    status: str
    failure_reason: str


def lines(ctx: Context, roll_id: str) -> list[LineView]:
    """The roll's lines as staff see them on screen: ID numbers and accounts masked."""
    with ctx.db.read() as s:
        villages = {v.code: v.name for v in s.scalars(select(Village))}
        return [LineView(ln.seq, ln.application_id, ln.village_code,
                         villages.get(ln.village_code, ln.village_code), ln.name,
                         idnumber.MaskedId(ln.id_number or "", ("payroll_line", ln.id)), ln.persons,
                         ln.bank_name,
                         pr.mask_account(ln.account_no), ln.kind, ln.for_month, ln.amount_fen,
                         ln.status, ln.failure_reason)
                for ln in s.scalars(select(PayrollLine).where(PayrollLine.roll_id == roll_id)
                                    .order_by(PayrollLine.seq))]


@dataclass(frozen=True)
class Reconciliation:
    by_village: dict[str, pr.Totals]
    township: pr.Totals

    @property
    def ok(self) -> bool:
        return all(t.reconciles for t in self.by_village.values()) and self.township.reconciles \
            and self.township == _sum(self.by_village.values())


def _sum(items) -> pr.Totals:
    total = pr.Totals()
    for t in items:
        total = total.merge(t)
    return total


def reconcile(ctx: Context, roll_id: str) -> Reconciliation:
    """roll = paid + failed (+ pending) per village and for the township, from the lines."""
    with ctx.db.read() as s:
        _get(s, roll_id)
        by_village: dict[str, pr.Totals] = defaultdict(pr.Totals)
        for v, status, fen, kind in s.execute(select(PayrollLine.village_code, PayrollLine.status,
                                                     PayrollLine.amount_fen, PayrollLine.kind)
                                        .where(PayrollLine.roll_id == roll_id)):
            by_village[v] = by_village[v].plus(fen, status, kind)
        return Reconciliation(dict(by_village), _sum(by_village.values()))


def county_reconciliation(ctx: Context, month: str, assistance_type: str) -> dict[str, pr.Totals]:
    """Per township from the synced roll headers, plus "county": what the county desk sums."""
    with ctx.db.read() as s:
        out: dict[str, pr.Totals] = {}
        for r in s.scalars(select(PayrollRoll).where(PayrollRoll.month == month,
                                                     PayrollRoll.type == assistance_type)):
            pending = r.total_fen - r.paid_fen - r.failed_fen
            offset = sum(v.get("offset_fen", 0) for v in (r.by_village or {}).values())
            out[r.township_code] = pr.Totals(r.line_count, r.total_fen, r.paid_fen,
                                              r.failed_fen, pending, offset)
        out["county"] = _sum(out.values())
        return out


def export_rows(ctx: Context, roll_id: str, purpose: str) -> tuple[RollView, list[PayrollLine]]:
    """The full lines for an export (bank file, xlsx, PDF); audited as an export."""
    with ctx.work("payroll.export", entity="payroll_roll", entity_id=roll_id) as w:
        r = _get(w.session, roll_id)
        if purpose == "bank" and r.state != pr.APPROVED and not _approved_here(w.session, ctx, r):
            raise WorkflowError("payroll.not_approved",
                                "the bank file is made only from an approved roll", field="state")
        rows = list(w.session.scalars(select(PayrollLine).where(PayrollLine.roll_id == roll_id)
                                      .order_by(PayrollLine.seq)))
        for ln in rows:
            w.session.expunge(ln)
        w.detail = {"format": purpose, "lines": len(rows), "state": r.state}
        return _roll_view(r), rows


def village_names(ctx: Context) -> dict[str, str]:
    with ctx.db.read() as s:
        return {v.code: v.name for v in s.scalars(select(Village))}


def month_default(today: date) -> str:
    return pr.month_of(today)
