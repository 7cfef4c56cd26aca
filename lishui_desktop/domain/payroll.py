"""发放名册: what a case is paid in a month, and the rules of the roll.

DOMAIN.md "Payments and reports": monthly benefits are paid before the 10th
through the 一卡通 channel; the township checks and signs off the month's
roll, the county approves it, and it is then frozen (corrections go into a
later roll). A decision takes effect from its month: an approval from its
first month of payment, a raise / reduction / stop from the month after it
was decided (unless it names its own month). Back-payments (补发) pay the
difference for earlier months a frozen roll did not cover; a payment the bank
returned is re-issued once the account is corrected.

A reduction or stop that takes effect from a month already paid (a death or a
rise in income found out late) leaves an overpayment (多发): the months paid at
the old amount. 《社会救助暂行办法》 (2014, 2019 rev.) art. 13 has the county
decide 减发 / 停发 on a change of the family's situation, and art. 68 orders
benefit obtained by false or concealed facts returned (责令退回); the 《最低生活
保障审核确认办法》 (民发〔2021〕57号) ch. 5 on the management of the case (the issue
cites its art. 35) keeps the county's decision on the change as the basis of
payment. It is never recovered by changing a frozen roll: the next rolls carry
an offset line (扣减多发, a negative amount against the month it corrects) up to
what the case is paid in that roll; what a stopped case cannot offset is
recovered outside the roll (追回). DOMAIN.md "Payments and reports".
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date

from .errors import ValidationError

DRAFT, SIGNED_OFF, APPROVED = "draft", "signed_off", "approved"
ROLL_STATES = {DRAFT: "草稿", SIGNED_OFF: "乡镇已审核", APPROVED: "县级已审批（已锁定）"}

REGULAR, BACK_PAY, REISSUE, ONE_OFF = "regular", "back_pay", "reissue", "one_off"
OFFSET = "offset"
LINE_KINDS = {REGULAR: "按月发放", BACK_PAY: "补发", REISSUE: "重新发放", ONE_OFF: "一次性救助",
              OFFSET: "扣减多发"}
# Lines that count as a month paid to the case (a re-issue repeats a failed one; an
# offset counts against its month unless its payment failed, then it is planned again).
COVERING_KINDS = (REGULAR, BACK_PAY, ONE_OFF, OFFSET)

# A payment's result in the bank's return file.
PENDING, PAID, FAILED = "pending", "paid", "failed"

_MONTH = re.compile(r"^([0-9]{4})-(0[1-9]|1[0-2])$")
_ACCOUNT = re.compile(r"^[0-9]{10,30}$")


def check_month(text: str, field: str = "month") -> str:
    text = (text or "").strip()
    m = _MONTH.match(text)
    if not m or int(m.group(1)) < 2000:
        raise ValidationError("payroll.month", f"{text!r} is not a month (YYYY-MM)", field=field)
    return text


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def add_months(month: str, n: int) -> str:
    y, m = int(month[:4]), int(month[5:7])
    y, m = divmod(y * 12 + m - 1 + n, 12)
    return f"{y:04d}-{m + 1:02d}"


def months(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive (empty when first > last)."""
    out, m = [], first
    while m <= last:
        out.append(m)
        m = add_months(m, 1)
    return out


def check_account(number: str) -> str:
    """A bank account or 一卡通 number: digits only (spaces allowed when typed), 10-30 long."""
    digits = re.sub(r"[\s-]", "", number or "")
    if not _ACCOUNT.match(digits):
        raise ValidationError("bank.account", "the account number must be 10 to 30 digits",
                              field="account_no")
    return digits


def mask_account(number: str) -> str:
    """6217****1234: enough for staff to tell accounts apart, not to use one."""
    if not number:
        return ""
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


@dataclass(frozen=True)
class Change:
    """From ``month`` on, the case is paid ``amount_fen`` a month (0: stopped)."""
    month: str
    amount_fen: int


def entitlement(changes: list[Change], month: str) -> int:
    """The monthly amount in force in ``month``: the latest change that began by then."""
    amount = 0
    for c in sorted(changes, key=lambda c: c.month):
        if c.month <= month:
            amount = c.amount_fen
    return amount


def decision_change(outcome: str, amount_fen: int | None, start_month: str | None,
                    decided_on: date) -> Change | None:
    """The change a decision makes to the monthly amount (None: it does not touch it)."""
    after = add_months(month_of(decided_on), 1)
    if outcome == "approved":
        return Change(start_month or after, amount_fen or 0)
    if outcome in ("raised", "reduced"):
        return Change(start_month or after, amount_fen or 0)
    if outcome == "stopped":
        return Change(start_month or after, 0)
    return None


@dataclass(frozen=True)
class Planned:
    kind: str
    for_month: str
    amount_fen: int


def overpaid(changes: list[Change], first_roll_month: str, last_month: str,
             covered: dict[str, int]) -> dict[str, int]:
    """month -> fen paid above what the case was entitled to and not yet offset or
    recovered, for the months from this office's first roll to ``last_month``."""
    out = {}
    for m in months(first_roll_month, last_month):
        extra = covered.get(m, 0) - entitlement(changes, m)
        if extra > 0:
            out[m] = extra
    return out


def plan_monthly(changes: list[Change], month: str, first_roll_month: str,
                 covered: dict[str, int]) -> list[Planned]:
    """What a monthly case gets in ``month``'s roll: the month's amount, plus 补发 for
    each earlier month since the first roll this office made (before that the old
    system paid) where frozen rolls paid less than the case was entitled to, less
    扣减 for earlier months they paid more (oldest first, at most what this roll pays
    the case: a payment never goes below zero; the rest waits for later rolls).

    ``covered``: month -> fen already in approved rolls for the case (COVERING_KINDS,
    offsets counted negative, plus what was recovered outside the roll; a returned
    payment is re-issued separately, not here).
    """
    out = []
    for m in months(first_roll_month, add_months(month, -1)):
        missing = entitlement(changes, m) - covered.get(m, 0)
        if missing > 0:
            out.append(Planned(BACK_PAY, m, missing))
    current = entitlement(changes, month)
    if current > 0:
        out.append(Planned(REGULAR, month, current))
    room = sum(p.amount_fen for p in out)
    for m, extra in overpaid(changes, first_roll_month, add_months(month, -1), covered).items():
        take = min(extra, room)
        if take <= 0:
            break
        out.append(Planned(OFFSET, m, -take))
        room -= take
    return out


@dataclass(frozen=True)
class Overpayment:
    """多发: what a case was paid above its entitlement, over which months."""
    first_month: str
    last_month: str
    amount_fen: int
    by_month: tuple[tuple[str, int], ...]


def overpayment(changes: list[Change], first_roll_month: str, last_month: str,
                covered: dict[str, int]) -> Overpayment | None:
    over = overpaid(changes, first_roll_month, last_month, covered)
    if not over:
        return None
    return Overpayment(min(over), max(over), sum(over.values()), tuple(sorted(over.items())))


def plan_one_off(amount_fen: int | None, start_month: str | None, month: str,
                 first_roll_month: str, already_paid: bool) -> list[Planned]:
    """A one-off grant (临时救助 and the like) is paid once, in the roll of its month or
    the first roll after it; grants from before this office's first roll were paid
    by the old system."""
    if already_paid or not amount_fen or not start_month or start_month > month \
            or start_month < first_roll_month:
        return []
    return [Planned(ONE_OFF, month, amount_fen)]


@dataclass(frozen=True)
class Totals:
    lines: int = 0
    total_fen: int = 0
    paid_fen: int = 0
    failed_fen: int = 0
    pending_fen: int = 0
    offset_fen: int = 0           # 扣减多发 within total_fen (zero or negative)

    def plus(self, amount_fen: int, status: str, kind: str = REGULAR) -> "Totals":
        return Totals(self.lines + 1, self.total_fen + amount_fen,
                      self.paid_fen + (amount_fen if status == PAID else 0),
                      self.failed_fen + (amount_fen if status == FAILED else 0),
                      self.pending_fen + (amount_fen if status == PENDING else 0),
                      self.offset_fen + (amount_fen if kind == OFFSET else 0))

    def merge(self, other: "Totals") -> "Totals":
        return Totals(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple())))

    def as_tuple(self) -> tuple[int, int, int, int, int, int]:
        return (self.lines, self.total_fen, self.paid_fen, self.failed_fen, self.pending_fen,
                self.offset_fen)

    @property
    def reconciles(self) -> bool:
        """roll = paid + failed (+ not yet answered by the bank)."""
        return self.total_fen == self.paid_fen + self.failed_fen + self.pending_fen

    @property
    def settled(self) -> bool:
        return self.reconciles and self.pending_fen == 0


DIGEST_FIELDS = ("seq", "application_id", "id_number", "account_no", "kind", "for_month",
                 "amount_fen")


def lines_digest(lines) -> str:
    """The sha256 a roll's header carries and the county approves: it pins every line's
    payee, account, kind, month and amount in roll order. ``lines``: mappings or objects
    with DIGEST_FIELDS."""
    h = hashlib.sha256()
    for ln in sorted(lines, key=lambda x: _get(x, "seq")):
        h.update(json.dumps([_get(ln, f) for f in DIGEST_FIELDS]).encode())
    return h.hexdigest()


def _get(x, f):
    return x[f] if isinstance(x, dict) else getattr(x, f)


def village_totals(lines) -> dict[str, Totals]:
    """Each village's Totals of ``lines`` (mappings or objects with village_code,
    amount_fen, status, kind)."""
    out: dict[str, Totals] = {}
    for ln in lines:
        v = _get(ln, "village_code")
        out[v] = out.get(v, Totals()).plus(_get(ln, "amount_fen"), _get(ln, "status"),
                                           _get(ln, "kind"))
    return out


def header_problem(header, lines) -> tuple[str, str] | None:
    """(field, problem) when a roll header does not describe ``lines``: their count,
    total, digest and per-village count and total; None when it does. The city server
    checks a roll going signed-off with it, and the county before it approves one."""
    lines = list(lines)
    total = sum(_get(ln, "amount_fen") for ln in lines)
    if _get(header, "line_count") != len(lines):
        return "line_count", (f"the header counts {_get(header, 'line_count')} lines, but "
                              f"{len(lines)} lines of the roll are held")
    if _get(header, "total_fen") != total:
        return "total_fen", (f"the header totals {_get(header, 'total_fen')} fen, but the "
                             f"roll's lines add up to {total} fen")
    if _get(header, "lines_digest") != lines_digest(lines):
        return "lines_digest", ("the header's digest is not that of the roll's lines (a line's "
                                "payee, account, kind, month or amount differs)")
    held = village_totals(lines)
    named = _get(header, "by_village") or {}
    for v in sorted(set(held) | set(named)):
        t, n = held.get(v, Totals()), named.get(v) or {}
        if (n.get("lines", 0), n.get("total_fen", 0)) != (t.lines, t.total_fen):
            return "by_village", (f"village {v or '(none)'}: the header says {n.get('lines', 0)} "
                                  f"lines, {n.get('total_fen', 0)} fen; its lines are "
                                  f"{t.lines}, {t.total_fen} fen")
    return None


@dataclass(frozen=True)
class Problem:
    code: str             # payroll.no_account | payroll.zero | payroll.duplicate_person
    line_seq: int
    name: str
    message: str


def check_lines(lines) -> list[Problem]:
    """What the township's check finds before sign-off. ``lines``: objects with seq,
    name, id_number, account_no, amount_fen, kind, application_id."""
    out, seen = [], {}
    for ln in lines:
        if not ln.account_no:
            out.append(Problem("payroll.no_account", ln.seq, ln.name, "没有登记发放账户"))
        if ln.amount_fen <= 0 and ln.kind != OFFSET:
            out.append(Problem("payroll.zero", ln.seq, ln.name, "发放金额为零"))
        if ln.kind == REGULAR:
            other = seen.get(ln.id_number)
            if other is not None and other != ln.application_id:
                out.append(Problem("payroll.duplicate_person", ln.seq, ln.name,
                                   "同一人在本名册中有两个案件按月发放"))
            seen[ln.id_number] = ln.application_id
    return out


@dataclass(frozen=True)
class Payment:
    """One row of the bank file: a payee's lines of the roll paid as one transfer."""
    name: str
    id_number: str
    bank_name: str
    account_no: str
    amount_fen: int
    item: str                     # 补贴项目
    line_seqs: tuple[int, ...]


def group_payments(lines, type_name: str) -> list[Payment]:
    """Lines to bank payments: one per (ID number, account), in roll order; the item
    names the type and says when back-payments, re-issues or offsets are included. An
    offset nets against the payee's other lines (a payment of zero is not sent)."""
    groups: dict[tuple[str, str], list] = {}
    for ln in lines:
        groups.setdefault((ln.id_number, ln.account_no), []).append(ln)
    out = []
    for (ident, account), items in groups.items():
        extra = [LINE_KINDS[k] for k in (BACK_PAY, REISSUE, OFFSET) if any(i.kind == k for i in items)]
        item = type_name + (f"（含{'、'.join(extra)}）" if extra else "")
        out.append(Payment(items[0].name, ident, items[0].bank_name, account,
                           sum(i.amount_fen for i in items), item,
                           tuple(i.seq for i in items)))
    return out
