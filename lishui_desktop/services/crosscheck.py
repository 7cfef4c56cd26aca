"""信息核对: request the data cross-check, record its result, and the batch files.

The township requests the check with the signed authorisation; the result is
recorded by the township (as the county's report reads) or by the county approver
on the county's desktop, by hand or from the platform's result file. The 初审 asks
``outcome_of`` (domain.workflow refuses it without a result), and notices say
"经家庭经济状况信息核对" only when ``outcome_of`` finds one.
"""
from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lishui_desktop.domain import codes, idnumber, regions
from lishui_desktop.domain import crosscheck as cc
from lishui_desktop.domain.errors import NotFound, PermissionDenied, ValidationError, WorkflowError
from lishui_desktop.domain.household import RELATIONS
from lishui_desktop.domain.workflow import Role
from lishui_desktop.store.models import Application, CrossCheck, CrossCheckResult, Household

from .context import Context

REQUEST_SHEET = "核对申请"
RESULT_SHEET = "核对结果"
REQUEST_HEADERS = ("核对申请编号", "乡镇(街道)", "户主姓名", "序号", "姓名", "与户主关系", "公民身份号码",
                   "授权书签署人", "授权日期", "申请日期", "核对项目")
RESULT_HEADERS = ("核对申请编号", "姓名", "公民身份号码", "核对项目", "核对结果", "核对情况", "核对日期",
                  "核对结论", "不符合原因")
_REQUIRED = ("核对申请编号", "核对项目", "核对结果", "核对日期")
_CONCLUSIONS = {"": None, "未发现不符合条件的情况": cc.CLEAR, "符合": cc.CLEAR, "符合条件": cc.CLEAR,
                "无异常": cc.CLEAR, "发现不符合条件的情况": cc.INELIGIBLE, "不符合": cc.INELIGIBLE,
                "不符合条件": cc.INELIGIBLE}


@dataclass(frozen=True)
class ResultView:
    id: str
    outcome: str
    reason: str | None
    findings: tuple[cc.Finding, ...]
    note: str
    recorded_on: date
    recorded_by: str
    by_county: bool


@dataclass(frozen=True)
class RequestView:
    id: str
    application_id: str
    request_no: str
    authorised_by: str
    authorised_on: date
    requested_on: date
    requested_by: str
    persons: tuple[dict, ...]
    exported_at: datetime | None
    result: ResultView | None
    head_name: str = ""


# -- reading ---------------------------------------------------------------------------

def _findings(rows: list) -> tuple[cc.Finding, ...]:
    return tuple(cc.Finding(f["source"], bool(f["found"]), f.get("detail", ""),
                            date.fromisoformat(f["checked_on"]) if f.get("checked_on") else None,
                            f.get("id_number", "")) for f in rows or ())


def _result_view(r: CrossCheckResult | None) -> ResultView | None:
    if r is None:
        return None
    return ResultView(r.id, r.outcome, r.reason, _findings(r.findings), r.note, r.recorded_on,
                      r.recorded_by, bool(r.by_county))


def _view(s: Session, c: CrossCheck) -> RequestView:
    r = _result_of(s, c.id)
    app = s.get(Application, c.application_id)
    h = s.get(Household, app.household_id) if app else None
    return RequestView(c.id, c.application_id, c.request_no, c.authorised_by, c.authorised_on,
                       c.requested_on, c.requested_by, tuple(c.persons or ()), c.exported_at,
                       _result_view(r), h.head_name if h else "")


def _latest(s: Session, application_id: str) -> CrossCheck | None:
    return s.scalar(select(CrossCheck).where(CrossCheck.application_id == application_id)
                    .order_by(CrossCheck.requested_on.desc(), CrossCheck.created_at.desc(),
                              CrossCheck.id.desc()).limit(1))


def latest_result(s: Session, application_id: str) -> CrossCheckResult | None:
    """The result of the case's latest request (None while it is not back): a re-check
    asked after a return replaces what the earlier one found."""
    c = _latest(s, application_id)
    if c is None:
        return None
    return _result_of(s, c.id)


def _result_of(s: Session, crosscheck_id: str) -> CrossCheckResult | None:
    # The earliest recorded counts when the township and the county both recorded one offline.
    return s.scalar(select(CrossCheckResult).where(CrossCheckResult.crosscheck_id == crosscheck_id)
                    .order_by(CrossCheckResult.created_at, CrossCheckResult.id).limit(1))


def checked(s: Session, application_ids) -> bool:
    """Whether every one of these cases has a cross-check result on file: only then may
    a notice say "经家庭经济状况信息核对"."""
    ids = set(application_ids)
    if not ids:
        return False
    done = set(s.scalars(select(CrossCheckResult.application_id).where(
        CrossCheckResult.application_id.in_(ids))))
    return done == ids


def outcome_of(s: Session, application_id: str) -> str | None:
    r = latest_result(s, application_id)
    return r.outcome if r else None


@dataclass(frozen=True)
class CaseCheck:
    """Where a case's cross-check stands: the latest request's day while it has no result
    (its 3-working-day start limit runs: domain.deadlines), and the latest result's outcome."""
    pending_since: date | None
    outcome: str | None


def case_checks(s: Session, application_ids) -> dict[str, CaseCheck]:
    """``CaseCheck`` of many cases in two queries (lists ask for a hundred rows); cases
    without a request are absent. The latest request counts, as ``latest_result`` takes it."""
    ids = sorted(set(application_ids))
    latest: dict[str, tuple] = {}
    for k in range(0, len(ids), 500):
        for r in s.execute(select(CrossCheck.id, CrossCheck.application_id, CrossCheck.requested_on,
                                  CrossCheck.created_at).where(CrossCheck.application_id.in_(ids[k:k + 500]))):
            key = (r.requested_on, r.created_at, r.id)
            if r.application_id not in latest or key > latest[r.application_id][0]:
                latest[r.application_id] = (key, r.id)
    by_request = {rid: app_id for app_id, (_key, rid) in latest.items()}
    outcome: dict[str, tuple] = {}
    reqs = sorted(by_request)
    for k in range(0, len(reqs), 500):
        for r in s.execute(select(CrossCheckResult.crosscheck_id, CrossCheckResult.outcome,
                                  CrossCheckResult.created_at, CrossCheckResult.id)
                           .where(CrossCheckResult.crosscheck_id.in_(reqs[k:k + 500]))):
            # The earliest recorded counts (as _result_of takes it).
            if r.crosscheck_id not in outcome or (r.created_at, r.id) < outcome[r.crosscheck_id][0]:
                outcome[r.crosscheck_id] = ((r.created_at, r.id), r.outcome)
    out = {}
    for app_id, (key, rid) in latest.items():
        found = outcome.get(rid)
        out[app_id] = CaseCheck(None if found else key[0], found[1] if found else None)
    return out


def requests(ctx: Context, application_id: str) -> list[RequestView]:
    """The case's requests, oldest first, each with its result when recorded."""
    with ctx.db.read() as s:
        rows = s.scalars(select(CrossCheck).where(CrossCheck.application_id == application_id)
                         .order_by(CrossCheck.requested_on, CrossCheck.created_at, CrossCheck.id)).all()
        return [_view(s, c) for c in rows]


def pending(ctx: Context) -> list[RequestView]:
    """Requests of this site (a county: of its townships) still without a result."""
    with ctx.db.read() as s:
        q = select(CrossCheck).where(~select(CrossCheckResult.id).where(
            CrossCheckResult.crosscheck_id == CrossCheck.id).exists())
        if ctx.site.kind == "county":
            q = q.where(CrossCheck.township_code.like(f"{ctx.site.code}%"))
        else:
            q = q.where(CrossCheck.township_code == ctx.site.code)
        return [_view(s, c) for c in s.scalars(q.order_by(CrossCheck.request_no))]


# -- writing ---------------------------------------------------------------------------

def _app(s: Session, application_id: str) -> Application:
    app = s.get(Application, application_id)
    if app is None:
        raise NotFound("application.missing", "no such case", field="application_id")
    return app


def request(ctx: Context, application_id: str, *, authorised_by: str, authorised_on) -> str:
    """Ask the county's check for the case's household, with the signed authorisation."""
    if ctx.user.role not in (Role.CASEWORKER, Role.REVIEWER):
        raise PermissionDenied("crosscheck.role", "township staff request the data cross-check",
                               field="role")
    today = ctx.today()
    with ctx.work("crosscheck.request", entity="application", entity_id=application_id) as w:
        s = w.session
        app = _app(s, application_id)
        if app.site_code != ctx.site.code:
            raise PermissionDenied("application.foreign", "this case belongs to another site",
                                   field="application_id")
        if app.state not in cc.REQUEST_STATES:
            raise WorkflowError("crosscheck.state", "the cross-check is requested between acceptance "
                                "and the preliminary review", field="state", state=app.state)
        cc.check_request(authorised_by, authorised_on, accepted_on=app.accepted_on, today=today)
        last = _latest(s, app.id)
        if last is not None and s.scalar(select(CrossCheckResult.id).where(
                CrossCheckResult.crosscheck_id == last.id)) is None:
            raise WorkflowError("crosscheck.pending", "the case's last request has no result yet",
                                field="crosscheck", request_no=last.request_no)
        h = s.get(Household, app.household_id)
        persons = [{"name": m.name, "id_number": m.id_number, "relation": m.relation}
                   for m in h.members if m.left_on is None]
        if not persons:
            raise ValidationError("household.empty", "the household has no members", field="members")
        seq = (s.scalar(select(func.count(CrossCheck.id)).where(
            CrossCheck.site_code == ctx.site.code,
            func.strftime("%Y", CrossCheck.requested_on) == f"{today.year:04d}")) or 0) + 1
        c = CrossCheck(application_id=app.id, township_code=app.township_code,
                       request_no=cc.request_number(ctx.site.code, today.year, seq),
                       authorised_by=str(authorised_by).strip(), authorised_on=authorised_on,
                       requested_on=today, requested_by=ctx.user.display_name, persons=persons)
        w.add(c)
        _due_moves(s, app, today)
        w.detail = {"request_no": c.request_no, "persons": len(persons)}
        return c.id


def _due_moves(s: Session, app: Application, today: date) -> None:
    """A request starts the county's 3-working-day limit and its result ends it: the case's
    stored due date (derived, local, not a change to send) follows."""
    from . import applications
    s.flush()
    applications.refresh_due(s, app, today)


def _may_record(ctx: Context, app: Application) -> None:
    if ctx.user.role in (Role.CASEWORKER, Role.REVIEWER) and not ctx.actor.is_county:
        if app.site_code != ctx.site.code:
            raise PermissionDenied("application.foreign", "this case belongs to another site",
                                   field="application_id")
        return
    if ctx.user.role is Role.APPROVER:
        if app.county_code != ctx.actor.site_code[:6]:
            raise PermissionDenied("crosscheck.county", "the county records results for its own townships",
                                   field="application_id")
        return
    raise PermissionDenied("crosscheck.record_role",
                           "the township's staff or the county approver record the result", field="role")


def _check(s: Session, ctx: Context, c: CrossCheck, findings, outcome, reason) -> None:
    app = _app(s, c.application_id)
    _may_record(ctx, app)
    if s.scalar(select(CrossCheckResult.id).where(CrossCheckResult.crosscheck_id == c.id)):
        raise WorkflowError("crosscheck.recorded", "this request's result is already recorded",
                            field="crosscheck", request_no=c.request_no)
    cc.check_result(list(findings), outcome, reason, requested_on=c.requested_on, today=ctx.today(),
                    id_numbers=frozenset(p["id_number"] for p in c.persons or ()))


def _result(ctx: Context, c: CrossCheck, findings, outcome, reason, note, source_file=None):
    return CrossCheckResult(
        crosscheck_id=c.id, application_id=c.application_id, township_code=c.township_code,
        findings=[{"source": f.source, "found": bool(f.found), "detail": f.detail.strip(),
                   "checked_on": f.checked_on.isoformat(), "id_number": f.id_number} for f in findings],
        outcome=outcome, reason=reason or None, note=str(note or "").strip(), recorded_on=ctx.today(),
        recorded_by=ctx.user.display_name, by_county=ctx.actor.is_county, source_file=source_file)


def record_result(ctx: Context, crosscheck_id: str, findings: list[cc.Finding], outcome: str,
                  reason: str | None = None, note: str = "") -> str:
    """The result as the county's report gives it: per source (and person), with the day."""
    with ctx.work("crosscheck.result", entity="crosscheck", entity_id=crosscheck_id) as w:
        s = w.session
        c = s.get(CrossCheck, crosscheck_id)
        if c is None:
            raise NotFound("crosscheck.missing", "no such cross-check request", field="crosscheck_id")
        _check(s, ctx, c, findings, outcome, reason)
        r = w.add(_result(ctx, c, findings, outcome, reason, note))
        _due_moves(s, _app(s, c.application_id), ctx.today())
        w.detail = {"request_no": c.request_no, "outcome": outcome, "reason": reason,
                    "found": sorted({f.source for f in findings if f.found})}
        return r.id


def blank_findings(day: date) -> list[cc.Finding]:
    """One 'no record' answer per source, dated ``day``: where a form starts."""
    return [cc.Finding(src, False, "", day) for src in cc.SOURCES]


# -- the batch files -------------------------------------------------------------------

def export_requests(ctx: Context, out: str | Path, ids: list[str] | None = None) -> tuple[Path, int]:
    """The requests (default: all without a result) as the platform takes them: one row
    per person with the full ID number, and a result sheet to fill in. Audited as an
    export of ID numbers; the requests are marked as sent."""
    if ctx.user.role not in (Role.CASEWORKER, Role.REVIEWER, Role.APPROVER):
        raise PermissionDenied("crosscheck.role", "case staff export cross-check requests", field="role")
    chosen = ids if ids is not None else [v.id for v in pending(ctx)]
    if not chosen:
        raise ValidationError("crosscheck.nothing_to_export", "no cross-check request is waiting for a result",
                              field="requests")
    with ctx.work("crosscheck.export", entity="crosscheck") as w:
        s = w.session
        rows = []
        for cid in chosen:
            c = s.get(CrossCheck, cid)
            if c is None:
                raise NotFound("crosscheck.missing", "no such cross-check request", field="crosscheck_id")
            rows.append(_view(s, c))
            if c.site_code == ctx.site.code:
                c.exported_at = ctx.now()
                w.touch(c)
        data = _requests_xlsx(rows)
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        w.detail = {"requests": [r.request_no for r in rows], "persons": sum(len(r.persons) for r in rows),
                    "file": out.name, "sha256": hashlib.sha256(data).hexdigest()}
    return out, len(rows)


def _requests_xlsx(rows: list[RequestView]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = REQUEST_SHEET
    ws.append(list(REQUEST_HEADERS))
    sources = "、".join(cc.SOURCES.values())
    for r in rows:
        for i, p in enumerate(r.persons, 1):
            ws.append([r.request_no, _township_of(r), r.head_name, i, p["name"],
                       RELATIONS.get(p["relation"], p["relation"]), p["id_number"], r.authorised_by,
                       r.authorised_on.isoformat(), r.requested_on.isoformat(), sources])
    res = wb.create_sheet(RESULT_SHEET)
    res.append(list(RESULT_HEADERS))
    for r in rows:
        for p in r.persons:
            for name in cc.SOURCES.values():
                res.append([r.request_no, p["name"], p["id_number"], name, "", "", "", "", ""])
    for sheet, widths in ((ws, (20, 12, 10, 6, 10, 10, 22, 12, 12, 12, 60)),
                          (res, (20, 10, 22, 14, 10, 40, 12, 20, 30))):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        col = 0
        for width in widths:
            sheet.column_dimensions[chr(ord("A") + col)].width = width
            col += 1
        sheet.freeze_panes = "A2"
        # ID numbers as text: 18 digits must not become a float.
        idcol = (REQUEST_HEADERS if sheet is ws else RESULT_HEADERS).index("公民身份号码")
        for row in sheet.iter_rows(min_row=2):
            row[idcol].number_format = "@"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _township_of(r: RequestView) -> str:
    code = r.request_no[2:].split("-")[0]
    return regions.township_name(code) if len(code) == 9 else ""


@dataclass(frozen=True)
class RowProblem:
    row: int            # the spreadsheet's row number (1 = header)
    column: str         # the header of the cell at fault ("" for the row as a whole)
    message: str        # in Chinese: the office reads it beside the file

    def text(self) -> str:
        return f"第{self.row}行" + (f"「{self.column}」" if self.column else "") + f"：{self.message}"


class ImportRefused(ValidationError):
    """The result file has problems: nothing was imported. ``problems`` lists each."""

    def __init__(self, problems: list[RowProblem]):
        first = problems[0]
        super().__init__("crosscheck.import_rows",
                         f"{len(problems)} problems in the result file; nothing was imported "
                         f"(first: {first.text()})", field="file", count=len(problems),
                         first=first.text())
        self.problems = problems


@dataclass
class _Parsed:
    crosscheck: CrossCheck
    first_row: int
    findings: list[cc.Finding] = field(default_factory=list)
    outcome: str = cc.CLEAR
    reason: str | None = None
    faulty: set = field(default_factory=set)     # sources named on rows with a problem


@dataclass(frozen=True)
class ImportSummary:
    requests: int
    rows: int
    ineligible: int
    sha256: str


def _read_rows(path: Path) -> list[list]:
    from openpyxl import load_workbook
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:     # not an xlsx at all: say so, naming the file
        raise ValidationError("crosscheck.file", f"{path.name} is not an xlsx workbook ({e.__class__.__name__})",
                              field="file", name=path.name) from None
    ws = wb[RESULT_SHEET] if RESULT_SHEET in wb.sheetnames else wb.active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    wb.close()
    return rows


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def _cell_date(v) -> date | None:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", _cell_text(v))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _reason_code(text: str) -> str | None:
    if text in cc.INELIGIBLE_REASONS:
        return text
    return next((k for k in cc.INELIGIBLE_REASONS if codes.REASONS[k] == text), None)


def check_results_file(ctx: Context, path: str | Path) -> tuple[list[_Parsed], list[RowProblem], int]:
    """Every row of a result file checked against the requests on file (nothing written)."""
    path = Path(path)
    rows = _read_rows(path)
    problems: list[RowProblem] = []
    if not rows or not any(_cell_text(c) for c in rows[0]):
        raise ValidationError("crosscheck.file_empty", "the result file is empty", field="file")
    header = [_cell_text(c) for c in rows[0]]
    missing = [h for h in _REQUIRED if h not in header]
    if missing:
        raise ValidationError("crosscheck.header", f"the result file lacks the column {missing[0]}",
                              field="file", column=missing[0])
    col = {h: header.index(h) for h in RESULT_HEADERS if h in header}
    today = ctx.today()
    parsed: dict[str, _Parsed] = {}
    count = 0
    with ctx.db.read() as s:
        for n, raw in enumerate(rows[1:], start=2):
            if not any(_cell_text(c) for c in raw):
                continue
            count += 1

            def get(h):
                i = col.get(h)
                return raw[i] if i is not None and i < len(raw) else None

            def bad(h, msg):
                problems.append(RowProblem(n, h, msg))

            no = _cell_text(get("核对申请编号"))
            p = parsed.get(no)
            if p is None:
                same = s.scalars(select(CrossCheck).where(CrossCheck.request_no == no)
                                 .order_by(CrossCheck.created_at, CrossCheck.id)).all() if no else []
                # Numbers are per site and year; a copy pulled from elsewhere does not shadow ours.
                c = next((x for x in same if x.site_code == ctx.site.code), same[0] if same else None)
                if c is None:
                    bad("核对申请编号", f"没有编号为“{no}”的核对申请" if no else "缺少核对申请编号")
                    continue
                if s.scalar(select(CrossCheckResult.id).where(CrossCheckResult.crosscheck_id == c.id)):
                    bad("核对申请编号", f"核对申请{no}的结果已经录入")
                    continue
                try:
                    _may_record(ctx, _app(s, c.application_id))
                except (PermissionDenied, NotFound):
                    bad("核对申请编号", f"核对申请{no}不属于本单位，不能录入其结果")
                    continue
                p = parsed[no] = _Parsed(c, n)
            persons = {x["id_number"]: x["name"] for x in p.crosscheck.persons or ()}
            id_number = _cell_text(get("公民身份号码")).upper()
            if id_number and id_number not in persons:
                bad("公民身份号码", f"{idnumber.mask(id_number)}不是核对申请{no}所列的家庭成员")
                continue
            name = _cell_text(get("姓名"))
            if id_number and name and persons[id_number] != name:
                bad("姓名", f"姓名“{name}”与身份号码登记的“{persons[id_number]}”不一致")
            source = cc.source_code(_cell_text(get("核对项目")))
            if source is None:
                bad("核对项目", f"“{_cell_text(get('核对项目'))}”不是核对项目（" + "、".join(cc.SOURCES.values()) + "）")
            found = cc.found_value(get("核对结果"))
            if found is None:
                bad("核对结果", "填写“有”或“无”")
            detail = _cell_text(get("核对情况"))
            if found and not detail:
                bad("核对情况", "核对结果为“有”时写明核对到的情况")
            if len(detail) > cc.MAX_DETAIL:
                bad("核对情况", f"不超过{cc.MAX_DETAIL}字")
            day = _cell_date(get("核对日期"))
            if day is None:
                bad("核对日期", "填写核对日期，如2026-11-30")
            elif day > today:
                bad("核对日期", "核对日期不能晚于今天")
            elif day < p.crosscheck.requested_on:
                bad("核对日期", f"核对日期早于申请日期{p.crosscheck.requested_on.isoformat()}")
            conclusion_text = _cell_text(get("核对结论"))
            if conclusion_text not in _CONCLUSIONS:
                bad("核对结论", "填写“未发现不符合条件的情况”或“发现不符合条件的情况”，或留空")
            elif _CONCLUSIONS[conclusion_text] == cc.INELIGIBLE:
                reason = _reason_code(_cell_text(get("不符合原因")))
                if reason is None:
                    bad("不符合原因", "核对结论为不符合时选择原因：" + "；".join(
                        codes.REASONS[k] for k in cc.INELIGIBLE_REASONS))
                elif p.reason not in (None, reason):
                    bad("不符合原因", f"同一核对申请{no}的不符合原因前后不一致")
                else:
                    p.outcome, p.reason = cc.INELIGIBLE, reason
            if source is not None and found is not None and day is not None:
                p.findings.append(cc.Finding(source, found, detail, day, id_number))
            elif source is not None:
                p.faulty.add(source)     # reported on its row; not again as missing
    for p in parsed.values():
        ids = frozenset(x["id_number"] for x in p.crosscheck.persons or ())
        missing = [cc.SOURCES[x] for x in cc.SOURCES
                   if x not in p.faulty and not cc.covers(p.findings, x, ids)]
        if missing:
            problems.append(RowProblem(p.first_row, "核对项目",
                                       f"核对申请{p.crosscheck.request_no}缺少以下项目的结果：{'、'.join(missing)}"))
    problems.sort(key=lambda x: x.row)
    return list(parsed.values()), problems, count


def import_results(ctx: Context, path: str | Path) -> ImportSummary:
    """All rows are checked first; one problem anywhere and nothing is written
    (``ImportRefused`` lists them by row and column). Otherwise every request's result
    is recorded in one transaction, with the file's sha256."""
    path = Path(path)
    parsed, problems, count = check_results_file(ctx, path)
    if problems:
        raise ImportRefused(problems)
    if not parsed:
        raise ValidationError("crosscheck.file_empty", "the result file is empty", field="file")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with ctx.work("crosscheck.import", entity="crosscheck") as w:
        s = w.session
        for p in parsed:
            c = s.get(CrossCheck, p.crosscheck.id)
            _check(s, ctx, c, p.findings, p.outcome, p.reason)
            w.add(_result(ctx, c, p.findings, p.outcome, p.reason, f"由核对结果文件{path.name}导入", digest))
            _due_moves(s, _app(s, c.application_id), ctx.today())
        w.detail = {"file": path.name, "sha256": digest, "requests": [p.crosscheck.request_no for p in parsed],
                    "rows": count}
    return ImportSummary(len(parsed), count, sum(p.outcome == cc.INELIGIBLE for p in parsed), digest)
