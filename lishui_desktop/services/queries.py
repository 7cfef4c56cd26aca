"""Read-only queries behind the GUI's lists, dashboard and case pages (no Qt here).

Lists follow Anki's browser: a list query returns only the matching row ids
(SQLite rowids, in the order asked for), and the rows themselves are fetched a
page at a time for what is on screen. Sorting and filtering happen in SQL.
Search uses the FTS5 trigram index of migration 0003 (see ``search_spec``).

Nothing here returns a full ID number: lists show them masked; the full
number comes only from ``households.reveal_id_number``, which is audited.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from lishui_desktop.domain import admin, idnumber, workflow
from lishui_desktop.domain.admin import AdminAction
from lishui_desktop.domain.household import SELFCARE_ITEMS, selfcare_level
from lishui_desktop.domain.workflow import Role, State

from .context import Context

PAGE = 100      # rows fetched at a time for a list

# --- search ---------------------------------------------------------------------


@dataclass(frozen=True)
class SearchSpec:
    match: str | None = None         # FTS5 MATCH expression
    head_prefix: str | None = None   # one Chinese character: surnames of household heads

    @property
    def empty(self) -> bool:
        return self.match is None and self.head_prefix is None


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def search_spec(text: str) -> SearchSpec:
    """How a search box's text is asked of the index.

    Words separated by spaces must all match. A word of three or more
    characters matches anywhere (names, pinyin, initials, ID-number and phone
    fragments, village, address). A two-character word matches the start or
    end of a part: "zs" finds 张三 by its initials, "张三" the name, "13" phone
    numbers starting 13. A single Chinese character matches the surname of the
    household head; a single letter or digit is too broad and waits for more.
    """
    terms = [t for t in (w.strip().lower().replace("|", "") for w in text.split()) if t]
    parts, prefix = [], None
    for t in terms:
        if len(t) >= 3:
            parts.append(_quote(t))
        elif len(t) == 2:
            parts.append(f"({_quote('|' + t)} OR {_quote(t + '|')})")
        elif _is_cjk(t) and prefix is None:
            prefix = t
    return SearchSpec(" AND ".join(parts) or None, prefix)


def _search_where(spec: SearchSpec, alias: str, params: list) -> list[str]:
    where = []
    if spec.match:
        where.append(f"{alias}.rowid IN (SELECT rowid FROM households_fts WHERE households_fts MATCH ?)")
        params.append(spec.match)
    if spec.head_prefix:
        # A range on the head_name index rather than LIKE, which SQLite cannot index here.
        where.append(f"{alias}.head_name >= ? AND {alias}.head_name < ?")
        params += [spec.head_prefix, spec.head_prefix + "\U0010ffff"]
    return where


def _raw(s: Session):
    """The DB-API cursor of the session's connection: id lists of 100,000 rows
    come back several times faster than through SQLAlchemy result rows."""
    return s.connection().connection.cursor()


def _d(v) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def _dt(v) -> datetime | None:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v
    return datetime.fromisoformat(str(v))


def _json(v, default):
    if v is None or v == "":
        return default
    if isinstance(v, (list, dict)):
        return v
    return json.loads(v)


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


# --- scope ------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """Which cases a list covers: a township's own, or every case of a county."""
    township: str | None = None
    county: str | None = None

    def where(self, alias: str, params: list) -> list[str]:
        out = []
        if self.township:
            out.append(f"{alias}.township_code = ?")
            params.append(self.township)
        if self.county:
            out.append(f"{alias}.county_code = ?")
            params.append(self.county)
        return out


def scope_of(ctx: Context) -> Scope:
    """The cases this user works on, from who and where they are: the county's for an
    approver or at a county bureau, else the township's."""
    if ctx.user.role is Role.APPROVER or ctx.site.kind == "county":
        county = ctx.user.site_code if len(ctx.user.site_code) == 6 else ctx.site.county_code
        return Scope(county=county)
    return Scope(township=ctx.site.code)


# --- households -------------------------------------------------------------------

HOUSEHOLD_SORTS = {
    "head": "h.head_name",
    "village": "h.village_code",
    "address": "h.address",
    "members": "h.member_count",
    "phone": "h.phone",
    "updated": "h.updated_at",
}


@dataclass(frozen=True)
class HouseholdQuery:
    text: str = ""
    village_code: str | None = None
    staff_relative_only: bool = False
    sort: str = "head"
    descending: bool = False


@dataclass(frozen=True)
class HouseholdRow:
    rowid: int
    id: str
    version: int
    head_name: str
    head_id_masked: str
    village_name: str
    address: str
    phone: str
    member_count: int
    staff_relative: bool
    open_cases: int
    updated_at: datetime | None


def household_keys(ctx: Context, q: HouseholdQuery) -> list[int]:
    params: list = []
    where = _search_where(search_spec(q.text), "h", params)
    if q.village_code:
        where.append("h.village_code = ?")
        params.append(q.village_code)
    if q.staff_relative_only:
        where.append("h.staff_relative = 1")
    order = HOUSEHOLD_SORTS.get(q.sort, "h.head_name")
    direction = "DESC" if q.descending else "ASC"
    sql = (f"SELECT h.rowid FROM households h {'WHERE ' + ' AND '.join(where) if where else ''} "
           f"ORDER BY {order} {direction}, h.rowid {direction}")
    with ctx.db.read() as s:
        return [r[0] for r in _raw(s).execute(sql, params).fetchall()]


_OPEN_STATES = tuple(sorted(st.value for st in workflow.OPEN))


def household_rows(ctx: Context, rowids: list[int]) -> dict[int, HouseholdRow]:
    if not rowids:
        return {}
    sql = (
        "SELECT h.rowid, h.id, h.version, h.head_name, "
        " (SELECT m.id_number FROM members m WHERE m.household_id = h.id AND m.relation = 'self' LIMIT 1), "
        " v.name, h.address, h.phone, h.member_count, h.staff_relative, "
        f" (SELECT count(*) FROM applications a WHERE a.household_id = h.id AND a.state IN ({_placeholders(len(_OPEN_STATES))})), "
        " h.updated_at "
        "FROM households h LEFT JOIN villages v ON v.code = h.village_code "
        f"WHERE h.rowid IN ({_placeholders(len(rowids))})")
    with ctx.db.read() as s:
        rows = _raw(s).execute(sql, [*_OPEN_STATES, *rowids]).fetchall()
    return {r[0]: HouseholdRow(r[0], r[1], r[2], r[3] or "", idnumber.mask(r[4] or ""), r[5] or "",
                               r[6] or "", r[7] or "", r[8] or 0, bool(r[9]), r[10], _dt(r[11]))
            for r in rows}


def household_count(ctx: Context) -> int:
    with ctx.db.read() as s:
        return _raw(s).execute("SELECT count(*) FROM households").fetchone()[0]


def household_id_of(ctx: Context, rowid: int) -> str | None:
    with ctx.db.read() as s:
        r = _raw(s).execute("SELECT id FROM households WHERE rowid = ?", (rowid,)).fetchone()
        return r[0] if r else None


@dataclass(frozen=True)
class MemberView:
    id: str
    name: str
    relation: str
    sex: str
    birth_date: date
    age: int
    id_masked: str
    phone: str
    health: str
    disability_type: str | None
    disability_grade: int | None
    selfcare_failed: tuple[str, ...]
    selfcare: str
    occupation: str
    covered: bool


@dataclass(frozen=True)
class IncomeView:
    member_name: str
    category: str
    monthly_fen: int
    employment_start: date | None
    note: str


@dataclass(frozen=True)
class AssetView:
    kind: str
    description: str
    quantity: int
    value_fen: int


@dataclass(frozen=True)
class HouseholdDetail:
    id: str
    version: int
    site_code: str
    village_code: str | None
    village_name: str
    address: str
    phone: str
    head_name: str
    housing_type: str
    housing_area_dm2: int
    hardship_cause: str
    staff_relative: bool
    staff_relative_note: str
    members: list[MemberView]
    incomes: list[IncomeView]
    assets: list[AssetView]
    applications: list["ApplicationRow"] = field(default_factory=list)


def household_detail(ctx: Context, household_id: str) -> HouseholdDetail | None:
    today = ctx.today()
    with ctx.db.read() as s:
        c = _raw(s)
        h = c.execute("SELECT h.id, h.version, h.site_code, h.village_code, v.name, h.address, h.phone, "
                      "h.head_name, h.housing_type, h.housing_area_dm2, h.hardship_cause, h.staff_relative, "
                      "h.staff_relative_note FROM households h LEFT JOIN villages v ON v.code = h.village_code "
                      "WHERE h.id = ?", (household_id,)).fetchone()
        if h is None:
            return None
        members = _members(c, household_id, today)
        names = {m.id: m.name for m in members}
        incomes = [IncomeView(names.get(r[0], ""), r[1], r[2], _d(r[3]), r[4] or "")
                   for r in c.execute("SELECT member_id, category, monthly_fen, employment_start, note "
                                      "FROM incomes WHERE household_id = ? ORDER BY rowid", (household_id,))]
        assets = [AssetView(r[0], r[1] or "", r[2] or 1, r[3] or 0)
                  for r in c.execute("SELECT kind, description, quantity, value_fen FROM assets "
                                     "WHERE household_id = ? ORDER BY rowid", (household_id,))]
        app_ids = [r[0] for r in c.execute("SELECT rowid FROM applications WHERE household_id = ? "
                                           "ORDER BY submitted_on DESC, rowid DESC", (household_id,))]
        apps = application_rows(ctx, app_ids)
    return HouseholdDetail(h[0], h[1], h[2], h[3], h[4] or "", h[5] or "", h[6] or "", h[7] or "",
                           h[8] or "", h[9] or 0, h[10] or "", bool(h[11]), h[12] or "", members,
                           incomes, assets, [apps[i] for i in app_ids if i in apps])


def _members(c, household_id: str, today: date) -> list[MemberView]:
    out = []
    for r in c.execute("SELECT id, name, relation, sex, birth_date, id_number, phone, health, "
                       "disability_type, disability_grade, selfcare_failed, occupation, covered "
                       "FROM members WHERE household_id = ? ORDER BY seq", (household_id,)):
        birth = _d(r[4])
        failed = tuple(i for i in _json(r[10], []) if i in SELFCARE_ITEMS)
        out.append(MemberView(r[0], r[1], r[2], r[3], birth,
                              idnumber.age_on(birth, today) if birth and birth <= today else 0,
                              idnumber.mask(r[5] or ""), r[6] or "", r[7] or "", r[8], r[9], failed,
                              selfcare_level(failed), r[11] or "", bool(r[12])))
    return out


# --- applications ------------------------------------------------------------------

APPLICATION_SORTS = {
    "head": "h.head_name",
    "type": "a.type",
    "state": "a.state",
    "submitted": "a.submitted_on",
    "due": "a.due_date",
    "amount": "coalesce(a.amount_fen, a.proposed_fen)",
    "village": "h.village_code",
    "updated": "a.updated_at",
    "handed_up": "a.handed_up_on",
    "notice_end": "a.notice_end",
}

# Scopes a list can show (the filter combo on the applications page).
SCOPE_ALL, SCOPE_OPEN, SCOPE_AWAITING, SCOPE_ACTIVE, SCOPE_CLOSED = (
    "all", "open", "awaiting", "active", "closed")
_SCOPE_STATES = {
    SCOPE_OPEN: tuple(sorted(s.value for s in workflow.OPEN)),
    SCOPE_AWAITING: (State.AWAITING_DECISION.value,),
    SCOPE_ACTIVE: (State.APPROVED.value,),
    SCOPE_CLOSED: tuple(sorted(s.value for s in workflow.TERMINAL)),
}

# What a reviewer owes on a case whoever took it in: review, hand up.
_REVIEWER_STATES = (State.INVESTIGATED.value, State.PUBLICIZED.value, State.REVIEWED.value)


@dataclass(frozen=True)
class ApplicationQuery:
    text: str = ""
    states: str = SCOPE_ALL
    state_in: tuple[str, ...] = ()
    type: str | None = None
    assigned_to: str | None = None
    mine: bool = False          # "my cases": what the signed-in user owes, by role
    overdue_only: bool = False
    staff_relative_only: bool = False
    without_county_visit: bool = False
    sort: str = "due"
    descending: bool = False
    overdue_first: bool = False


@dataclass(frozen=True)
class ApplicationRow:
    rowid: int
    id: str
    version: int
    household_id: str
    head_name: str
    village_name: str
    type: str
    state: str
    submitted_on: date | None
    due_date: date | None
    overdue: bool
    notice_start: date | None
    notice_end: date | None
    proposed_fen: int | None
    amount_fen: int | None
    assigned_name: str
    staff_relative: bool
    visits: int
    requested_fen: int | None
    handed_up_on: date | None = None
    township_code: str = ""


def _application_where(ctx: Context, q: ApplicationQuery, params: list) -> list[str]:
    where = scope_of(ctx).where("a", params)
    spec = search_spec(q.text)
    if not spec.empty:
        where += _search_where(spec, "h", params)
    states = _SCOPE_STATES.get(q.states)
    if states:
        where.append(f"a.state IN ({_placeholders(len(states))})")
        params += states
    if q.state_in:
        where.append(f"a.state IN ({_placeholders(len(q.state_in))})")
        params += list(q.state_in)
    if q.staff_relative_only:
        where.append("h.staff_relative = 1")
    if q.without_county_visit:
        where.append("NOT EXISTS (SELECT 1 FROM visits v WHERE v.application_id = a.id AND v.by_county = 1)")
    if q.type:
        where.append("a.type = ?")
        params.append(q.type)
    if q.assigned_to:
        where.append("a.assigned_to = ?")
        params.append(q.assigned_to)
    if q.mine:
        if ctx.user.role is Role.APPROVER:
            where.append("a.state = ?")
            params.append(State.AWAITING_DECISION.value)
        else:
            # Waiting for the county is nothing the township can act on.
            open_states = tuple(st for st in _SCOPE_STATES[SCOPE_OPEN] if st != State.AWAITING_DECISION.value)
            mine = "a.assigned_to = ?"
            params_mine = [ctx.user.id]
            if ctx.user.role is Role.REVIEWER:
                mine = f"({mine} OR a.state IN ({_placeholders(len(_REVIEWER_STATES))}))"
                params_mine += list(_REVIEWER_STATES)
            where.append(f"a.state IN ({_placeholders(len(open_states))}) AND {mine}")
            params += [*open_states, *params_mine]
    if q.overdue_only:
        where.append("a.due_date < ?")
        params.append(ctx.today().isoformat())
    return where


def application_keys(ctx: Context, q: ApplicationQuery) -> list[int]:
    params: list = []
    where = _application_where(ctx, q, params)
    order_col = APPLICATION_SORTS.get(q.sort, "a.due_date")
    direction = "DESC" if q.descending else "ASC"
    order = []
    if q.overdue_first:
        order.append("(a.due_date IS NOT NULL AND a.due_date < ?) DESC")
        params.append(ctx.today().isoformat())
    if q.sort == "due":
        order.append("a.due_date IS NULL")     # cases without a due date last, either way
    order += [f"{order_col} {direction}", f"a.rowid {direction}"]
    # The household is joined only when the filter or the order needs it.
    needs_household = (not search_spec(q.text).empty or q.staff_relative_only
                       or q.sort in ("head", "village"))
    join = "JOIN households h ON h.id = a.household_id" if needs_household else ""
    sql = (f"SELECT a.rowid FROM applications a {join} "
           f"{'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {', '.join(order)}")
    with ctx.db.read() as s:
        return [r[0] for r in _raw(s).execute(sql, params).fetchall()]


def application_rows(ctx: Context, rowids: list[int]) -> dict[int, ApplicationRow]:
    if not rowids:
        return {}
    today = ctx.today()
    sql = ("SELECT a.rowid, a.id, a.version, a.household_id, h.head_name, v.name, a.type, a.state, "
           "a.submitted_on, a.due_date, a.notice_start, a.notice_end, a.proposed_fen, a.amount_fen, "
           "u.display_name, h.staff_relative, "
           "(SELECT count(*) FROM visits vi WHERE vi.application_id = a.id), a.requested_fen, "
           "a.handed_up_on, a.township_code "
           "FROM applications a JOIN households h ON h.id = a.household_id "
           "LEFT JOIN villages v ON v.code = h.village_code "
           "LEFT JOIN users u ON u.id = a.assigned_to "
           f"WHERE a.rowid IN ({_placeholders(len(rowids))})")
    with ctx.db.read() as s:
        rows = _raw(s).execute(sql, rowids).fetchall()
    out = {}
    for r in rows:
        due = _d(r[9])
        out[r[0]] = ApplicationRow(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6], r[7],
                                   _d(r[8]), due, bool(due and due < today), _d(r[10]), _d(r[11]),
                                   r[12], r[13], r[14] or "", bool(r[15]), r[16] or 0, r[17],
                                   _d(r[18]), r[19] or "")
    return out


def application_id_of(ctx: Context, rowid: int) -> str | None:
    with ctx.db.read() as s:
        r = _raw(s).execute("SELECT id FROM applications WHERE rowid = ?", (rowid,)).fetchone()
        return r[0] if r else None


# --- dashboard ------------------------------------------------------------------------

NOTICE_SOON_DAYS = 2    # a notice ending within this many days is flagged
# The county visits relatives of staff in person while the township investigates
# (domain.workflow allows the approver to record a visit in these states).
COUNTY_VISIT_STATES = (State.INVESTIGATING.value, State.INVESTIGATED.value)


@dataclass(frozen=True)
class Dashboard:
    counts: dict[str, int]          # state -> cases
    overdue: int
    notices: list[ApplicationRow]   # public notices running, the ones ending first on top
    visits: list[ApplicationRow]    # cases waiting for a home visit, due first


def dashboard(ctx: Context, limit: int = 200) -> Dashboard:
    """Counts by state, notices running and visits due, for the signed-in user's cases
    (an approver's visits are the county's own, to relatives of staff)."""
    today = ctx.today()
    county_visits = ctx.user.role is Role.APPROVER
    params: list = []
    where = scope_of(ctx).where("a", params)
    w = ("WHERE " + " AND ".join(where)) if where else ""
    with ctx.db.read() as s:
        c = _raw(s)
        counts = {r[0]: r[1] for r in c.execute(
            f"SELECT a.state, count(*) FROM applications a {w} GROUP BY a.state", params)}
        open_states = _SCOPE_STATES[SCOPE_OPEN]
        overdue = c.execute(
            f"SELECT count(*) FROM applications a {w} {'AND' if w else 'WHERE'} "
            f"a.due_date < ? AND a.state IN ({_placeholders(len(open_states))})",
            [*params, today.isoformat(), *open_states]).fetchone()[0]
        notice_ids = [r[0] for r in c.execute(
            f"SELECT a.rowid FROM applications a {w} {'AND' if w else 'WHERE'} a.state = ? "
            "ORDER BY a.notice_end, a.rowid LIMIT ?", [*params, State.PUBLICIZING.value, limit])]
        if county_visits:
            # The county visits in person when the applicant is a relative of staff.
            visit_sql = (f"SELECT a.rowid FROM applications a JOIN households h ON h.id = a.household_id "
                         f"{w} {'AND' if w else 'WHERE'} a.state IN (?, ?) AND h.staff_relative = 1 "
                         "AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.application_id = a.id AND v.by_county = 1) "
                         "ORDER BY a.due_date IS NULL, a.due_date, a.rowid LIMIT ?")
            visit_params = [*params, *COUNTY_VISIT_STATES, limit]
        else:
            visit_sql = (f"SELECT a.rowid FROM applications a {w} {'AND' if w else 'WHERE'} a.state = ? "
                         "ORDER BY a.due_date IS NULL, a.due_date, a.rowid LIMIT ?")
            visit_params = [*params, State.INVESTIGATING.value, limit]
        visit_ids = [r[0] for r in c.execute(visit_sql, visit_params)]
        rows = application_rows(ctx, notice_ids + visit_ids)
    return Dashboard(counts, overdue, [rows[i] for i in notice_ids if i in rows],
                     [rows[i] for i in visit_ids if i in rows])


def notice_days_left(row: ApplicationRow, today: date) -> int | None:
    """Calendar days of the notice left after today (0: ends today; negative: ended)."""
    if row.notice_end is None:
        return None
    return (row.notice_end - today).days


def notice_ending_soon(row: ApplicationRow, today: date) -> bool:
    left = notice_days_left(row, today)
    return left is not None and left <= NOTICE_SOON_DAYS


# --- the case page ------------------------------------------------------------------------


@dataclass(frozen=True)
class EventView:
    at: datetime
    action: str
    from_state: str
    to_state: str
    actor: str
    params: dict


@dataclass(frozen=True)
class AttachmentView:
    id: str
    filename: str
    mime: str
    size: int
    sha256: str
    visit_id: str | None
    created_at: datetime | None


@dataclass(frozen=True)
class VisitView:
    id: str
    visit_date: date
    investigators: list[str]
    by_county: bool
    findings: dict
    conclusion: str
    attachments: list[AttachmentView]


@dataclass(frozen=True)
class DecisionView:
    outcome: str
    amount_fen: int | None
    start_month: str | None
    reasons: list[str]
    decided_by: str
    decided_at: datetime | None


@dataclass(frozen=True)
class CaseDetail:
    row: ApplicationRow
    household: HouseholdDetail
    applicant_name: str
    accepted_on: date | None
    handed_up_on: date | None
    decided_on: date | None
    start_month: str | None
    missing_materials: list[str]
    reasons: list[str]
    review_recommends: bool | None
    explanation: str
    special_hardship: bool
    events: list[EventView]
    visits: list[VisitView]
    attachments: list[AttachmentView]   # the case's own (scans of documents), not a visit's
    decisions: list[DecisionView]
    site_code: str


def case_detail(ctx: Context, application_id: str) -> CaseDetail | None:
    with ctx.db.read() as s:
        c = _raw(s)
        a = c.execute("SELECT rowid, household_id, applicant_id, accepted_on, handed_up_on, decided_on, "
                      "start_month, missing_materials, reasons, review_recommends, explanation, "
                      "special_hardship, site_code FROM applications WHERE id = ?",
                      (application_id,)).fetchone()
        if a is None:
            return None
        applicant = c.execute("SELECT name FROM members WHERE id = ?", (a[2],)).fetchone() if a[2] else None
        events = [EventView(_dt(r[0]), r[1], r[2], r[3], r[4], _json(r[5], {}))
                  for r in c.execute("SELECT at, action, from_state, to_state, actor_name, params "
                                     "FROM case_events WHERE application_id = ? ORDER BY at, rowid",
                                     (application_id,))]
        atts = [AttachmentView(r[0], r[1], r[2], r[3], r[4], r[5], _dt(r[6]))
                for r in c.execute("SELECT id, filename, mime, size, sha256, visit_id, created_at "
                                   "FROM attachments WHERE application_id = ? ORDER BY created_at, rowid",
                                   (application_id,))]
        visits = []
        for r in c.execute("SELECT id, visit_date, investigators, by_county, findings, conclusion "
                           "FROM visits WHERE application_id = ? ORDER BY visit_date, rowid",
                           (application_id,)).fetchall():
            visits.append(VisitView(r[0], _d(r[1]), _json(r[2], []), bool(r[3]), _json(r[4], {}),
                                    r[5] or "", [x for x in atts if x.visit_id == r[0]]))
        decisions = [DecisionView(r[0], r[1], r[2], _json(r[3], []), r[4], _dt(r[5]))
                     for r in c.execute("SELECT outcome, amount_fen, start_month, reasons, decided_by, "
                                        "decided_at FROM decisions WHERE application_id = ? "
                                        "ORDER BY decided_at, rowid", (application_id,))]
        row = application_rows(ctx, [a[0]])[a[0]]
        household = household_detail(ctx, a[1])
    return CaseDetail(row, household, applicant[0] if applicant else household.head_name,
                      _d(a[3]), _d(a[4]), _d(a[5]), a[6], _json(a[7], []), _json(a[8], []),
                      None if a[9] is None else bool(a[9]), a[10] or "", bool(a[11]), events, visits,
                      [x for x in atts if x.visit_id is None], decisions, a[12])


# --- people and places ----------------------------------------------------------------


@dataclass(frozen=True)
class StaffMember:
    id: str
    username: str
    display_name: str
    role: str
    site_code: str


def staff(ctx: Context) -> list[StaffMember]:
    """Active accounts, for choosing investigators."""
    with ctx.db.read() as s:
        return [StaffMember(*r) for r in _raw(s).execute(
            "SELECT id, username, display_name, role, site_code FROM users WHERE active = 1 "
            "ORDER BY role, display_name")]


def village_names(ctx: Context) -> list[tuple[str, str]]:
    """The villages this site works with: a township's own, every village at a county."""
    township = ctx.site.code if ctx.site.kind == "township" else None
    with ctx.db.read() as s:
        if township:
            rows = _raw(s).execute("SELECT code, name FROM villages WHERE township_code = ? ORDER BY code",
                                   (township,))
        else:
            rows = _raw(s).execute("SELECT code, name FROM villages ORDER BY code")
        return [(r[0], r[1]) for r in rows]


def recent_audit(ctx: Context, limit: int = 200) -> list[dict]:
    """The latest audit entries, for the administrator's page."""
    admin.require(ctx.user.role, AdminAction.READ_AUDIT)
    with ctx.db.read() as s:
        return [{"at": r[0], "user": r[1], "event": r[2], "entity": r[3], "success": bool(r[4])}
                for r in _raw(s).execute("SELECT at, user, event, entity, success FROM audit_log "
                                         "ORDER BY seq DESC LIMIT ?", (limit,))]




@dataclass(frozen=True)
class VisitRow:
    id: str
    application_id: str
    visit_date: date
    head_name: str
    village_name: str
    type: str
    investigators: list[str]
    by_county: bool
    conclusion: str
    attachments: int


def recent_visits(ctx: Context, limit: int = 200) -> list[VisitRow]:
    params: list = []
    where = scope_of(ctx).where("a", params)
    sql = ("SELECT vi.id, a.id, vi.visit_date, h.head_name, v.name, a.type, vi.investigators, vi.by_county, "
           "vi.conclusion, (SELECT count(*) FROM attachments t WHERE t.visit_id = vi.id) "
           "FROM visits vi JOIN applications a ON a.id = vi.application_id "
           "JOIN households h ON h.id = a.household_id LEFT JOIN villages v ON v.code = h.village_code "
           f"{'WHERE ' + ' AND '.join(where) if where else ''} "
           "ORDER BY vi.visit_date DESC, vi.rowid DESC LIMIT ?")
    with ctx.db.read() as s:
        return [VisitRow(r[0], r[1], _d(r[2]), r[3] or "", r[4] or "", r[5], _json(r[6], []), bool(r[7]),
                         r[8] or "", r[9]) for r in _raw(s).execute(sql, [*params, limit])]
