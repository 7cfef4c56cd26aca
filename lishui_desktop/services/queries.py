"""Read-only queries behind the GUI's lists, dashboard and case pages (no Qt here).

Lists follow Anki's browser: a list query returns only the matching row ids
(SQLite rowids, in the order asked for), and the rows themselves are fetched a
page at a time for what is on screen. Sorting and filtering happen in SQL.
Search uses the FTS5 trigram index of migration 0003 (see ``search_spec``).

Read models are typed: each is a SQLAlchemy Core select whose columns are
labelled with the names of the dataclass fields it fills (``_fill``), so a
column is named once in the select and once in the dataclass. Every function
takes the signed-in user's Context, and what the user may see follows from
it (``scope_of``). Nested reads join the caller's read transaction (store.db),
so a page that calls several of these sees one snapshot.

Nothing here returns a full ID number: lists show them masked; the full
number comes only from ``households.reveal_id_number``, which is audited.
"""
from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Integer, and_, case, exists, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from lishui_desktop.domain import admin, idnumber, workflow
from lishui_desktop.domain.admin import AdminAction
from lishui_desktop.domain.household import SELFCARE_ITEMS, selfcare_level
from lishui_desktop.domain.workflow import Role, State
from lishui_desktop.store.db import in_ids, select_rows
from lishui_desktop.store.models import (Application, Asset, Attachment, AuditEntry, CaseEvent, Decision,
                                         Household, Income, Member, User, Village, Visit)

from . import next_step, search_match
from .search_match import search_terms
from .context import Context

PAGE = 100      # rows fetched at a time for a list

H_ROWID = literal_column("households.rowid", Integer)
A_ROWID = literal_column("applications.rowid", Integer)


@functools.cache
def _field_names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _fill(cls, result_row, /, **computed):
    """A dataclass from a result row whose labels are the dataclass's field names."""
    # A plain dict of the row: a list page fills a hundred rows per screen, and the
    # row's own mapping answers each lookup through several layers.
    values = dict(zip(result_row._fields, result_row))
    values.update(computed)
    return cls(**{n: values[n] for n in _field_names(cls) if n in values})


def _ids(s: Session, stmt, args: tuple | None = None) -> list[int]:
    """The ids a list query selects (a select, or SQL text with its ``args``), fetched
    straight from the DB-API cursor: lists of 100,000 ids come back several times faster
    than through result rows."""
    if args is not None:
        return [rowid for (rowid,) in select_rows(s, stmt, args)]
    return [rowid for (rowid,) in s.connection().execute(stmt).cursor.fetchall()]


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


def search_spec(text_: str) -> SearchSpec:
    """How a search box's text is asked of the index.

    Words separated by spaces must all match. A word of three or more
    characters matches anywhere (names, pinyin, initials, ID-number and phone
    fragments, village, address). A two-character word matches the start or
    end of a part: "zs" finds 张三 by its initials, "张三" the name, "13" phone
    numbers starting 13. A single Chinese character matches the surname of the
    household head; a single letter or digit is too broad and waits for more.
    """
    terms, prefix = search_terms(text_)
    parts = [_quote(t) if len(t) >= 3 else f"({_quote('|' + t)} OR {_quote(t + '|')})" for t in terms]
    return SearchSpec(" AND ".join(parts) or None, prefix)


def _search_where(spec: SearchSpec) -> list:
    where = []
    if spec.match:
        where.append(text("households.rowid IN (SELECT rowid FROM households_fts "
                          "WHERE households_fts MATCH :fts)").bindparams(fts=spec.match))
    if spec.head_prefix:
        # A range on the head_name index rather than LIKE, which SQLite cannot index here.
        where += [Household.head_name >= spec.head_prefix,
                  Household.head_name < spec.head_prefix + "\U0010ffff"]
    return where


# --- scope ------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """Which cases a list covers: a township's own, or every case of a county."""
    township: str | None = None
    county: str | None = None

    def where(self) -> list:
        out = []
        if self.township:
            out.append(Application.township_code == self.township)
        if self.county:
            out.append(Application.county_code == self.county)
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
    "head": Household.head_name,
    "village": Household.village_code,
    "address": Household.address,
    "members": Household.member_count,
    "phone": Household.phone,
    "updated": Household.updated_at,
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
    matches: tuple = ()          # search_match.Match: what the search text matched, and where


def _ordered(col, descending: bool):
    return col.desc() if descending else col.asc()


# The sorts whose column has an index (ix_households_head_name, ix_households_updated_at),
# which holds the rowid too: in the list's own order.
_SORTED_BY_INDEX = ("head", "updated")
# A household looked up by rowid costs about as much as this many entries of a sort index
# scanned in order (a random page decrypted against a page of an index read once and kept).
_LOOKUP_COST = 50


def _household_stmt(q: HouseholdQuery, spec: SearchSpec):
    where = _search_where(spec)
    if q.village_code:
        where.append(Household.village_code == q.village_code)
    if q.staff_relative_only:
        where.append(Household.staff_relative.is_(True))
    order = HOUSEHOLD_SORTS.get(q.sort, Household.head_name)
    return (select(H_ROWID).select_from(Household.__table__).where(*where)
            .order_by(_ordered(order, q.descending), _ordered(H_ROWID, q.descending)))


def _text_only(q: HouseholdQuery, spec: SearchSpec) -> bool:
    """Whether the search text is all that filters the list and its sort has an index."""
    return bool(spec.match and not spec.head_prefix and not q.village_code and not q.staff_relative_only
                and q.sort in _SORTED_BY_INDEX)


def _matched(s: Session, spec: SearchSpec) -> int:
    """How many households the search text matches (FTS5 counts without reading them)."""
    return select_rows(s, "SELECT count(*) FROM households_fts WHERE households_fts MATCH ?", (spec.match,))[0][0]


def _walks(s: Session, n: int, wanted: int | None) -> bool:
    """Whether finding ``wanted`` of ``n`` matches in the list's order (all of them: None)
    is cheaper by walking the sort index than by looking each match up."""
    total = select_rows(s, "SELECT max(rowid) FROM households")[0][0] or 0
    if wanted is None:
        return n * _LOOKUP_COST > total
    # Walking the index finds ``wanted`` matches after about wanted * total / n entries;
    # looking the matches up costs n lookups.
    return n * n * _LOOKUP_COST > wanted * total


# A search matching up to this many households reads them once from the index and sorts
# that list; beyond, counting them and a second index query cost less than carrying them.
_FEW_MATCHES = 1000


def _few_matches(s: Session, spec: SearchSpec) -> list[int] | None:
    """Every household the search text matches, if there are few (else None)."""
    rowids = _ids(s, "SELECT rowid FROM households_fts WHERE households_fts MATCH ? LIMIT ?",
                  (spec.match, _FEW_MATCHES + 1))
    return rowids if len(rowids) <= _FEW_MATCHES else None


def _ordered_matches(s: Session, q: HouseholdQuery, spec: SearchSpec, limit: int | None
                     ) -> tuple[list[int], int]:
    """The matches of a search that is all text, in the list's order (the first ``limit``),
    and how many there are. Written out: at a keystroke's pace, building and compiling the
    select cost more than SQLite's answer."""
    few = _few_matches(s, spec)
    n = len(few) if few is not None else _matched(s, spec)
    if not n:
        return [], 0
    col = HOUSEHOLD_SORTS.get(q.sort, Household.head_name).name
    way = "DESC" if q.descending else "ASC"
    # Unary + keeps SQLite from looking the matches up by rowid: it walks the sort index.
    walk = "+" if _walks(s, n, limit) else ""
    if few is not None:
        # The matches are known: a second FTS query would cost as much as the first.
        where, args = f"{walk}rowid IN (SELECT value FROM json_each(?))", (json.dumps(few),)
    else:
        where, args = (f"{walk}rowid IN (SELECT rowid FROM households_fts WHERE households_fts MATCH ?)",
                       (spec.match,))
    sql = f"SELECT rowid FROM households WHERE {where} ORDER BY {col} {way}, rowid {way}"
    if limit is not None:
        sql, args = sql + " LIMIT ?", (*args, limit)
    return _ids(s, sql, args), n


def household_keys(ctx: Context, q: HouseholdQuery) -> list[int]:
    # SQLite cannot know how many households the MATCH gives, so it always looks every
    # match up to sort them: 7,000 matches (a village's name) cost seconds of decrypted
    # pages. With many matches, walking the sort index (which holds the rowid) and keeping
    # the matches reads a few hundred pages that stay in the cache.
    spec = search_spec(q.text)
    with ctx.db.read() as s:
        if _text_only(q, spec):
            return _ordered_matches(s, q, spec, None)[0]
        return _ids(s, _household_stmt(q, spec))


def household_first_keys(ctx: Context, q: HouseholdQuery, limit: int = PAGE) -> tuple[list[int], int] | None:
    """The first ``limit`` keys of ``household_keys`` and how many there are in all, sooner
    than the whole list: what the first screen of a search (or of the whole list) needs.
    None when something besides the search text filters the list or the sort has no index
    (then the whole list)."""
    spec = search_spec(q.text)
    if spec.empty and not q.village_code and not q.staff_relative_only and q.sort in _SORTED_BY_INDEX:
        # Every household: the first ones straight from the sort index, and the count.
        with ctx.db.read() as s:
            return _ids(s, _household_stmt(q, spec).limit(limit)), household_count(ctx)
    if not _text_only(q, spec):
        return None
    with ctx.db.read() as s:
        return _ordered_matches(s, q, spec, limit)


_OPEN_STATES = tuple(sorted(st.value for st in workflow.OPEN))


# Written out rather than built: a search runs it for each screen of results, and building
# and compiling the select cost more than SQLite's answer for a hundred households.
_HOUSEHOLD_ROWS = (
    "SELECT h.rowid, h.id, h.version, h.head_name,"
    " (SELECT m.id_number FROM members m WHERE m.household_id = h.id AND m.relation = 'self' LIMIT 1),"
    " v.name, h.address, h.phone, h.member_count, h.staff_relative,"
    " (SELECT count(*) FROM applications a WHERE a.household_id = h.id AND a.state IN ("
    + ", ".join(f"'{st}'" for st in _OPEN_STATES) + ")), h.updated_at"
    " FROM households h LEFT JOIN villages v ON v.code = h.village_code WHERE h.rowid IN ids")


def household_rows(ctx: Context, rowids: list[int], text: str = "") -> dict[int, HouseholdRow]:
    """The rows of these households; with the search ``text``, what it matched in each."""
    if not rowids:
        return {}
    with ctx.db.read() as s:
        found = [_HouseholdRecord(*r) for r in in_ids(s.connection(), _HOUSEHOLD_ROWS, rowids)]
        matches = _matches(s, text, found) if text.strip() else {}
    return {h.rowid: HouseholdRow(
        rowid=h.rowid, id=h.id, version=h.version, head_name=h.head_name or "",
        head_id_masked=idnumber.MaskedId(h.head_id or "", ("household", h.id)),
        village_name=h.village_name or "", address=h.address or "", phone=h.phone or "",
        member_count=h.member_count or 0, staff_relative=bool(h.staff_relative), open_cases=h.open_cases,
        updated_at=_stored_time(h.updated_at), matches=matches.get(h.id, ())) for h in found}


def _stored_time(value) -> datetime | None:
    # As the ORM's DateTime reads SQLite's text (written "YYYY-MM-DD HH:MM:SS.ffffff").
    return datetime.fromisoformat(value) if isinstance(value, str) else value


class _HouseholdRecord(NamedTuple):
    """A household as ``_HOUSEHOLD_ROWS`` reads it."""
    rowid: int
    id: str
    version: int
    head_name: str | None
    head_id: str | None
    village_name: str | None
    address: str | None
    phone: str | None
    member_count: int | None
    staff_relative: int | None
    open_cases: int
    updated_at: str | None


@dataclass(frozen=True)
class _HouseholdOf:
    """What ``_matches`` reads of a case's household."""
    id: str
    phone: str | None
    village_name: str | None
    address: str | None


def _matches(s: Session, text_: str, households) -> dict[str, tuple]:
    people: dict[str, list[search_match.MemberFacts]] = {}
    # Straight from the driver with the ids as one JSON array: this runs for every screen
    # of search results, and ORM rows cost more than the explanation made from them.
    rows = in_ids(s.connection(), "SELECT household_id, name, relation, id_number, phone FROM members "
                  "WHERE household_id IN ids ORDER BY household_id, relation != 'self', seq",
                  [h.id for h in households])
    facts = search_match.MemberFacts
    for hid, name, relation, id_number, phone in rows:
        people.setdefault(hid, []).append(facts(name or "", relation or "", id_number or "", phone or ""))
    return {h.id: tuple(search_match.explain(text_, people.get(h.id, []), phone=h.phone or "",
                                             village=h.village_name or "", address=h.address or ""))
            for h in households}


def household_row(ctx: Context, household_id: str) -> HouseholdRow | None:
    """One household as the lists show it (a dialog opened from that household)."""
    with ctx.db.read() as s:
        rowid = s.scalar(select(H_ROWID).select_from(Household.__table__).where(Household.id == household_id))
        return household_rows(ctx, [rowid]).get(rowid) if rowid is not None else None


def household_count(ctx: Context) -> int:
    with ctx.db.read() as s:
        return s.scalar(select(func.count()).select_from(Household.__table__))


def household_id_of(ctx: Context, rowid: int) -> str | None:
    with ctx.db.read() as s:
        return s.scalar(select(Household.id).where(H_ROWID == rowid))


def household_rowid(ctx: Context, household_id: str) -> int | None:
    """The list key of a household (its rowid), to find it in a list of keys."""
    with ctx.db.read() as s:
        return s.scalar(select(H_ROWID).select_from(Household.__table__).where(Household.id == household_id))


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
    with ctx.db.read() as s:
        h = s.execute(select(Household.id, Household.version, Household.site_code, Household.village_code,
                             Village.name.label("village_name"), Household.address, Household.phone,
                             Household.head_name, Household.housing_type, Household.housing_area_dm2,
                             Household.hardship_cause, Household.staff_relative,
                             Household.staff_relative_note)
                      .outerjoin(Village, Village.code == Household.village_code)
                      .where(Household.id == household_id)).first()
        if h is None:
            return None
        members = _members(s, household_id, ctx.today())
        names = {m.id: m.name for m in members}
        incomes = [_fill(IncomeView, r, member_name=names.get(r.member_id, ""), note=r.note or "")
                   for r in s.execute(select(Income.member_id, Income.category, Income.monthly_fen,
                                             Income.employment_start, Income.note)
                                      .where(Income.household_id == household_id)
                                      .order_by(literal_column("incomes.rowid")))]
        assets = [_fill(AssetView, r, description=r.description or "", quantity=r.quantity or 1,
                        value_fen=r.value_fen or 0)
                  for r in s.execute(select(Asset.kind, Asset.description, Asset.quantity, Asset.value_fen)
                                     .where(Asset.household_id == household_id)
                                     .order_by(literal_column("assets.rowid")))]
        app_ids = list(s.scalars(select(A_ROWID).where(Application.household_id == household_id)
                                 .order_by(Application.submitted_on.desc(), A_ROWID.desc())))
        apps = application_rows(ctx, app_ids)
    return _fill(HouseholdDetail, h, village_name=h.village_name or "", address=h.address or "",
                 phone=h.phone or "", head_name=h.head_name or "", housing_type=h.housing_type or "",
                 housing_area_dm2=h.housing_area_dm2 or 0, hardship_cause=h.hardship_cause or "",
                 staff_relative=bool(h.staff_relative), staff_relative_note=h.staff_relative_note or "",
                 members=members, incomes=incomes, assets=assets,
                 applications=[apps[i] for i in app_ids if i in apps])


def _members(s: Session, household_id: str, today: date) -> list[MemberView]:
    out = []
    for r in s.execute(select(Member.id, Member.name, Member.relation, Member.sex, Member.birth_date,
                              Member.id_number, Member.phone, Member.health, Member.disability_type,
                              Member.disability_grade, Member.selfcare_failed, Member.occupation,
                              Member.covered)
                       .where(Member.household_id == household_id, Member.left_on.is_(None)).order_by(Member.seq)):
        failed = tuple(i for i in (r.selfcare_failed or ()) if i in SELFCARE_ITEMS)
        birth = r.birth_date
        out.append(_fill(MemberView, r, age=idnumber.age_on(birth, today) if birth and birth <= today else 0,
                         id_masked=idnumber.MaskedId(r.id_number or "", ("member", r.id)), phone=r.phone or "",
                         health=r.health or "", selfcare_failed=failed, selfcare=selfcare_level(failed),
                         occupation=r.occupation or "", covered=bool(r.covered)))
    return out


# --- applications ------------------------------------------------------------------

APPLICATION_SORTS = {
    "head": Household.head_name,
    "type": Application.type,
    "state": Application.state,
    "submitted": Application.submitted_on,
    "due": Application.due_date,
    "amount": func.coalesce(Application.amount_fen, Application.proposed_fen),
    "village": Household.village_code,
    "updated": Application.updated_at,
    "handed_up": Application.handed_up_on,
    "notice_end": Application.notice_end,
    "township": Application.township_code,
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
    township: str | None = None         # one township of the county (the county's queue)
    due_within_days: int | None = None  # due today or within this many calendar days, overdue too


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
    step: "next_step.CaseStep | None" = None   # what comes next, who takes it, by when
    matches: tuple = ()          # search_match.Match: what the search text matched in the household


def _no_county_visit():
    return ~exists().where(Visit.application_id == Application.id, Visit.by_county.is_(True))


def _completion_owed():
    """Paid first by the township (先行救助), its investigation and paperwork not completed."""
    return and_(Application.state == State.APPROVED.value, Application.paid_first_on.is_not(None),
                Application.completed_on.is_(None))


def _application_where(ctx: Context, q: ApplicationQuery) -> list:
    where = scope_of(ctx).where()
    spec = search_spec(q.text)
    if not spec.empty:
        where += _search_where(spec)
    states = _SCOPE_STATES.get(q.states)
    if states:
        where.append(Application.state.in_(states))
    if q.state_in:
        where.append(Application.state.in_(q.state_in))
    if q.staff_relative_only:
        where.append(Household.staff_relative.is_(True))
    if q.without_county_visit:
        where.append(_no_county_visit())
    if q.type:
        where.append(Application.type == q.type)
    if q.assigned_to:
        where.append(Application.assigned_to == q.assigned_to)
    if q.mine:
        if ctx.user.role is Role.APPROVER:
            where.append(Application.state == State.AWAITING_DECISION.value)
        else:
            # Waiting for the county is nothing the township can act on.
            open_states = tuple(st for st in _SCOPE_STATES[SCOPE_OPEN] if st != State.AWAITING_DECISION.value)
            mine = Application.assigned_to == ctx.user.id
            if ctx.user.role is Role.REVIEWER:
                mine = or_(mine, Application.state.in_(_REVIEWER_STATES))
            # An urgent case paid first still owes its paperwork (domain.urgent_aid).
            where += [or_(Application.state.in_(open_states), _completion_owed()), mine]
    if q.overdue_only:
        where.append(Application.due_date < ctx.today())
    if q.township:
        where.append(Application.township_code == q.township)
    if q.due_within_days is not None:
        where.append(Application.due_date <= ctx.today() + timedelta(days=q.due_within_days))
    return where


def township_codes(ctx: Context, states: tuple[str, ...]) -> list[str]:
    """The townships that have cases in these states, in code order (a county's queue filter)."""
    with ctx.db.read() as s:
        return list(s.scalars(select(Application.township_code).distinct()
                              .where(*scope_of(ctx).where(), Application.state.in_(states))
                              .order_by(Application.township_code)))


def application_keys(ctx: Context, q: ApplicationQuery) -> list[int]:
    order = []
    if q.overdue_first:
        order.append(case((and_(Application.due_date.is_not(None), Application.due_date < ctx.today()), 1),
                          else_=0).desc())
    if q.sort == "due":
        order.append(Application.due_date.is_(None))     # cases without a due date last, either way
    order += [_ordered(APPLICATION_SORTS.get(q.sort, Application.due_date), q.descending),
              _ordered(A_ROWID, q.descending)]
    stmt = select(A_ROWID).select_from(Application.__table__)
    # The household is joined only when the filter or the order needs it.
    if not search_spec(q.text).empty or q.staff_relative_only or q.sort in ("head", "village"):
        stmt = stmt.join(Household, Household.id == Application.household_id)
    stmt = stmt.where(*_application_where(ctx, q)).order_by(*order)
    with ctx.db.read() as s:
        return _ids(s, stmt)


def application_rows(ctx: Context, rowids: list[int], text: str = "") -> dict[int, ApplicationRow]:
    """The rows of these cases; with the search ``text``, what it matched in each household."""
    if not rowids:
        return {}
    today = ctx.today()
    visits = (select(func.count()).select_from(Visit.__table__).where(Visit.application_id == Application.id)
              .scalar_subquery())
    stmt = (select(A_ROWID.label("rowid"), Application.id, Application.version, Application.household_id,
                   Household.head_name, Village.name.label("village_name"), Application.type,
                   Application.state, Application.submitted_on, Application.due_date,
                   Application.notice_start, Application.notice_end, Application.proposed_fen,
                   Application.amount_fen, User.display_name.label("assigned_name"),
                   Household.staff_relative, visits.label("visits"), Application.requested_fen,
                   Application.handed_up_on, Application.township_code,
                   Household.phone.label("household_phone"), Household.address.label("household_address"))
            .join(Household, Household.id == Application.household_id)
            .outerjoin(Village, Village.code == Household.village_code)
            .outerjoin(User, User.id == Application.assigned_to)
            .where(A_ROWID.in_(rowids)))
    with ctx.db.read() as s:
        found = s.execute(stmt).all()
        steps = next_step.steps(ctx, [r.id for r in found])
        matches = _matches(s, text, [_HouseholdOf(r.household_id, r.household_phone, r.village_name,
                                                  r.household_address) for r in found]) if text.strip() else {}
        return {r.rowid: _fill(ApplicationRow, r, head_name=r.head_name or "",
                               village_name=r.village_name or "",
                               overdue=bool(r.due_date and r.due_date < today),
                               assigned_name=r.assigned_name or "", staff_relative=bool(r.staff_relative),
                               visits=r.visits or 0, township_code=r.township_code or "",
                               step=steps.get(r.id), matches=matches.get(r.household_id, ()))
                for r in found}


def application_id_of(ctx: Context, rowid: int) -> str | None:
    with ctx.db.read() as s:
        return s.scalar(select(Application.id).where(A_ROWID == rowid))


# --- dashboard ------------------------------------------------------------------------

NOTICE_SOON_DAYS = 2    # a notice ending within this many days is flagged
# The county visits relatives of staff in person while the township investigates
# (domain.workflow allows the approver to record a visit in these states).
COUNTY_VISIT_STATES = (State.INVESTIGATING.value, State.INVESTIGATED.value)


# Rows of each of the dashboard's lists: a screen's worth. The today page is a summary
# and says how many there are; the applications page lists them all.
DASHBOARD_ROWS = 40


@dataclass(frozen=True)
class Dashboard:
    counts: dict[str, int]          # state -> cases
    overdue: int
    notices: list[ApplicationRow]   # public notices running, the ones ending first on top
    visits: list[ApplicationRow]    # cases waiting for a home visit, due first
    # Urgent cases paid first whose paperwork is owed, the one due first on top.
    completions: list[ApplicationRow] = dataclasses.field(default_factory=list)
    # How many there are of each (the lists hold the first ``DASHBOARD_ROWS``).
    notices_total: int = 0
    visits_total: int = 0
    completions_total: int = 0


def dashboard(ctx: Context, limit: int = DASHBOARD_ROWS) -> Dashboard:
    """Counts by state, notices running and visits due, for the signed-in user's cases
    (an approver's visits are the county's own, to relatives of staff)."""
    today = ctx.today()
    scope = scope_of(ctx).where()
    with ctx.db.read() as s:
        def count(stmt) -> int:
            return s.scalar(select(func.count()).select_from(stmt.subquery())) or 0

        counts = {r.state: r.cases for r in s.execute(
            select(Application.state, func.count().label("cases")).where(*scope).group_by(Application.state))}
        overdue = s.scalar(select(func.count()).select_from(Application.__table__).where(
            *scope, Application.due_date < today,
            or_(Application.state.in_(_SCOPE_STATES[SCOPE_OPEN]), _completion_owed())))
        notice_ids = _ids(s, select(A_ROWID).where(*scope, Application.state == State.PUBLICIZING.value)
                          .order_by(Application.notice_end, A_ROWID).limit(limit))
        due_first = (Application.due_date.is_(None), Application.due_date, A_ROWID)
        if ctx.user.role is Role.APPROVER:
            # The county visits in person when the applicant is a relative of staff.
            visits = (select(A_ROWID).select_from(Application.__table__)
                      .join(Household, Household.id == Application.household_id)
                      .where(*scope, Application.state.in_(COUNTY_VISIT_STATES),
                             Household.staff_relative.is_(True), _no_county_visit()))
        else:
            visits = select(A_ROWID).where(*scope, Application.state == State.INVESTIGATING.value)
        visit_ids = _ids(s, visits.order_by(*due_first).limit(limit))
        completions = select(A_ROWID).where(*scope, _completion_owed())
        completion_ids = [] if ctx.user.role is Role.APPROVER else _ids(
            s, completions.order_by(*due_first).limit(limit))
        totals = (counts.get(State.PUBLICIZING.value, 0),
                  len(visit_ids) if len(visit_ids) < limit else count(visits),
                  len(completion_ids) if len(completion_ids) < limit else count(completions))
        rows = application_rows(ctx, notice_ids + visit_ids + completion_ids)
    return Dashboard(counts, overdue, [rows[i] for i in notice_ids if i in rows],
                     [rows[i] for i in visit_ids if i in rows],
                     [rows[i] for i in completion_ids if i in rows], *totals)


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
    # 急难型临时救助 paid first by the township (先行救助) and its completion.
    urgent: bool = False
    paid_first_on: date | None = None
    completed_on: date | None = None
    completion: dict | None = None


def case_detail(ctx: Context, application_id: str) -> CaseDetail | None:
    with ctx.db.read() as s:
        a = s.execute(select(A_ROWID.label("rowid"), Application.household_id, Application.applicant_id,
                             Application.accepted_on, Application.handed_up_on, Application.decided_on,
                             Application.start_month, Application.missing_materials, Application.reasons,
                             Application.review_recommends, Application.explanation,
                             Application.special_hardship, Application.site_code, Application.urgent,
                             Application.paid_first_on, Application.completed_on, Application.completion)
                      .where(Application.id == application_id)).first()
        if a is None:
            return None
        applicant = s.scalar(select(Member.name).where(Member.id == a.applicant_id)) if a.applicant_id else None
        events = [_fill(EventView, r, params=r.params or {})
                  for r in s.execute(select(CaseEvent.at, CaseEvent.action, CaseEvent.from_state,
                                            CaseEvent.to_state, CaseEvent.actor_name.label("actor"),
                                            CaseEvent.params)
                                     .where(CaseEvent.application_id == application_id)
                                     .order_by(CaseEvent.at, literal_column("case_events.rowid")))]
        atts = [_fill(AttachmentView, r)
                for r in s.execute(select(Attachment.id, Attachment.filename, Attachment.mime, Attachment.size,
                                          Attachment.sha256, Attachment.visit_id, Attachment.created_at)
                                   .where(Attachment.application_id == application_id)
                                   .order_by(Attachment.created_at, literal_column("attachments.rowid")))]
        visits = [_fill(VisitView, r, investigators=r.investigators or [], by_county=bool(r.by_county),
                        findings=r.findings or {}, conclusion=r.conclusion or "",
                        attachments=[x for x in atts if x.visit_id == r.id])
                  for r in s.execute(select(Visit.id, Visit.visit_date, Visit.investigators, Visit.by_county,
                                            Visit.findings, Visit.conclusion)
                                     .where(Visit.application_id == application_id)
                                     .order_by(Visit.visit_date, literal_column("visits.rowid"))).all()]
        decisions = [_fill(DecisionView, r, reasons=r.reasons or [])
                     for r in s.execute(select(Decision.outcome, Decision.amount_fen, Decision.start_month,
                                               Decision.reasons, Decision.decided_by, Decision.decided_at)
                                        .where(Decision.application_id == application_id)
                                        .order_by(Decision.decided_at, literal_column("decisions.rowid")))]
        row = application_rows(ctx, [a.rowid])[a.rowid]
        household = household_detail(ctx, a.household_id)
    return _fill(CaseDetail, a, row=row, household=household,
                 applicant_name=applicant or household.head_name,
                 missing_materials=a.missing_materials or [], reasons=a.reasons or [],
                 review_recommends=None if a.review_recommends is None else bool(a.review_recommends),
                 explanation=a.explanation or "", special_hardship=bool(a.special_hardship), events=events,
                 urgent=bool(a.urgent),
                 visits=visits, attachments=[x for x in atts if x.visit_id is None], decisions=decisions)


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
        return [_fill(StaffMember, r) for r in s.execute(
            select(User.id, User.username, User.display_name, User.role, User.site_code)
            .where(User.active.is_(True)).order_by(User.role, User.display_name))]


def village_names(ctx: Context) -> list[tuple[str, str]]:
    """The villages this site works with: a township's own, every village at a county."""
    with ctx.db.read() as s:
        return _village_names(s, ctx)


def _village_names(s, ctx: Context) -> list[tuple[str, str]]:
    stmt = select(Village.code, Village.name).order_by(Village.code)
    if ctx.site.kind == "township":
        stmt = stmt.where(Village.township_code == ctx.site.code)
    return [(r.code, r.name) for r in s.execute(stmt)]


def recent_audit(ctx: Context, limit: int = 200) -> list[dict]:
    """The latest audit entries, for the administrator's page."""
    admin.require(ctx.user.role, AdminAction.READ_AUDIT)
    with ctx.db.read() as s:
        return [{"at": r.at, "user": r.user, "event": r.event, "entity": r.entity, "success": bool(r.success)}
                for r in s.execute(select(AuditEntry.at, AuditEntry.user, AuditEntry.event, AuditEntry.entity,
                                          AuditEntry.success).order_by(AuditEntry.seq.desc()).limit(limit))]


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
    conclusion_code: str = ""        # findings["conclusion"] (domain.codes.VISIT_CONCLUSIONS)


def recent_visits(ctx: Context, limit: int = 200) -> list[VisitRow]:
    attachments = (select(func.count()).select_from(Attachment.__table__)
                   .where(Attachment.visit_id == Visit.id).scalar_subquery())
    stmt = (select(Visit.id, Application.id.label("application_id"), Visit.visit_date, Household.head_name,
                   Village.name.label("village_name"), Application.type, Visit.investigators, Visit.by_county,
                   Visit.conclusion, attachments.label("attachments"), Visit.findings)
            .join(Application, Application.id == Visit.application_id)
            .join(Household, Household.id == Application.household_id)
            .outerjoin(Village, Village.code == Household.village_code)
            .where(*scope_of(ctx).where())
            .order_by(Visit.visit_date.desc(), literal_column("visits.rowid").desc()).limit(limit))
    with ctx.db.read() as s:
        return [_fill(VisitRow, r, head_name=r.head_name or "", village_name=r.village_name or "",
                      investigators=r.investigators or [], by_county=bool(r.by_county),
                      conclusion=r.conclusion or "",
                      conclusion_code=(r.findings or {}).get("conclusion") or "")
                for r in s.execute(stmt)]
