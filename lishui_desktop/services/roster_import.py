"""Importing an office's roster (花名册) from xlsx or xls: read, check every row, write all or nothing.

The sheet is read with openpyxl in read-only mode (a 20,000-household roster
is 60,000 rows), an older .xls with xlrd; merged cells are taken from the
sheet's merge list and their value copied into every cell they cover, as a
person reads them. The
column meanings and row rules are domain.roster; here are the file, the site's
villages, the people already on file, the report and the bulk write.

Writing goes the way services.demo does (executemany on the session's own
connection), inside one ``ctx.work`` transaction: the rows, their outbox rows,
the import record and its audit entries (one per household) commit together or not at all. A cancel
or any error before the commit leaves the database as it was.
"""
from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from lishui_desktop.domain import roster
from lishui_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from lishui_desktop.domain.ids import new_id
from lishui_desktop.domain.workflow import Role, State
from lishui_desktop.store import audit
from lishui_desktop.store.db import note_written
from lishui_desktop.store.models import (Application, CaseEvent, Household, Member, RosterImport,
                                         Village, bulk_columns)

from . import persons
from .context import Context
from lishui_desktop.store.search_index import household_search_text
from lishui_desktop.domain.errors import Cancelled  # noqa: F401  (re-exported: the one cancel signal)

Progress = Callable[[int, int, str], None]
CHUNK = 2000




# --- reading the file ---------------------------------------------------------------------

@dataclass
class Sheet:
    path: Path
    title: str
    sha256: str
    header_row: int                   # 1-based sheet row of the headers
    headers: list
    rows: list[tuple[int, list]]      # (sheet row, values with merges filled), data rows only
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 (1-based)


_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"      # the compound file an .xls is


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def _xlsx_cells(path: Path) -> tuple[str, list[list], list[tuple[int, int, int, int]]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError("import.format", f"{path.name} is not an xlsx workbook ({exc})",
                              field="file") from None
    try:
        ws = wb.worksheets[0]
        with ws._get_source() as src:   # read-only sheets do not parse <mergeCells>
            xml = src.read()
        values = [list(r) for r in ws.iter_rows(values_only=True)]
        title = ws.title
    finally:
        wb.close()
    merged = []
    for m in _MERGE_RE.finditer(xml):
        c1, r1 = _col_index(m[1]), int(m[2])
        c2, r2 = (_col_index(m[3]), int(m[4])) if m[3] else (c1, r1)
        merged.append((r1, c1, r2, c2))
    return title, values, merged


def _xls_cells(path: Path, data: bytes) -> tuple[str, list[list], list[tuple[int, int, int, int]]]:
    """The older .xls (BIFF, Excel 97-2003 and WPS) through xlrd, as openpyxl gives an xlsx:
    numbers that are whole as int, dates as datetime, empty cells as None."""
    import xlrd
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as exc:        # a damaged file fails anywhere in xlrd's parser, in its own ways
        raise ValidationError("import.format", f"{path.name} is not an xls workbook ({exc})",
                              field="file") from None
    try:
        ws = book.sheet_by_index(0)
        values = []
        for r in range(ws.nrows):
            row = []
            for c in range(ws.ncols):
                kind, v = ws.cell_type(r, c), ws.cell_value(r, c)
                if kind == xlrd.XL_CELL_NUMBER:
                    v = int(v) if float(v).is_integer() else v
                elif kind == xlrd.XL_CELL_DATE:
                    try:
                        v = xlrd.xldate_as_datetime(v, book.datemode)
                    except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                        pass            # left a number: the row check names the cell
                elif kind == xlrd.XL_CELL_BOOLEAN:
                    v = bool(v)
                elif kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    v = None
                row.append(v)
            values.append(row)
        # xlrd: (first row, row after last, first col, col after last), 0-based
        merged = [(r1 + 1, c1 + 1, r2, c2) for r1, r2, c1, c2 in ws.merged_cells]
        return ws.name, values, merged
    finally:
        book.release_resources()


def read_sheet(path: str | Path) -> Sheet:
    """The first worksheet of an xlsx (or older xls) file, merges filled, header row found."""
    path = Path(path)
    if not path.exists():
        raise ValidationError("import.file", f"no file {path}", field="file")
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    if data[:8] == _OLE_MAGIC:
        title, values, merged = _xls_cells(path, data)
    elif path.suffix.lower() == ".xls" and data[:4] != b"PK\x03\x04":
        raise ValidationError("import.format", f"{path.name} is not an xls workbook", field="file")
    else:
        title, values, merged = _xlsx_cells(path)
    for r1, c1, r2, c2 in merged:
        if r1 - 1 >= len(values):
            continue
        top = values[r1 - 1]
        v = top[c1 - 1] if c1 - 1 < len(top) else None
        for r in range(r1, min(r2, len(values)) + 1):
            row = values[r - 1]
            if len(row) < c2:
                row.extend([None] * (c2 - len(row)))
            for c in range(c1, c2 + 1):
                row[c - 1] = v
    header_index = roster.find_header_row(values)
    if header_index is None:
        raise ValidationError("import.headers", "no header row found in the first 10 rows "
                              "(e.g. 户主姓名, 身份证号, 村(社区))", field="file")
    rows = []
    for i in range(header_index + 1, len(values)):
        vals = values[i]
        if any(v is not None and str(v).strip() != "" for v in vals):
            rows.append((i + 1, vals))
    return Sheet(path, title, sha, header_index + 1, values[header_index], rows, merged)


# --- checking -----------------------------------------------------------------------------

@dataclass
class Plan:
    sheet: Sheet
    mapping: roster.ColumnMapping
    households: list[roster.RosterHousehold]
    problems: list[roster.Problem]
    township_code: str

    @property
    def refused(self) -> list[roster.Problem]:
        return [p for p in self.problems if p.blocking]

    @property
    def refused_rows(self) -> set[int]:
        return {p.row for p in self.refused}

    @property
    def ok(self) -> bool:
        return not self.refused

    @property
    def member_count(self) -> int:
        return sum(len(h.members) for h in self.households)

    @property
    def case_count(self) -> int:
        return sum(1 for h in self.households if h.assistance_type)


@dataclass
class Preview:
    """What the GUI shows before the import: which column means what."""
    title: str
    layout: str                                    # member | household
    header_row: int
    mapping: list[tuple[str, str, str | None]]     # (column letter, header, field or None)
    missing: list[str]
    sample: list[list]
    rows: int


def preview(path: str | Path, sample_rows: int = 8) -> Preview:
    sheet = read_sheet(path)
    mapping = roster.map_headers(sheet.headers)
    by_col = {i: f for f, i in mapping.columns.items()}
    cols = [(roster.column_letter(i), str(h or ""), by_col.get(i))
            for i, h in enumerate(sheet.headers) if h not in (None, "")]
    return Preview(sheet.title, mapping.layout, sheet.header_row, cols, mapping.missing(),
                   [r for _, r in sheet.rows[:sample_rows]], len(sheet.rows))


def _require_importer(ctx: Context) -> None:
    if ctx.user.role not in (Role.CASEWORKER, Role.REVIEWER) or ctx.site.kind != "township":
        raise PermissionDenied("import.role", "only township staff import a roster of their "
                               "township", field="role")


def _village_matcher(s, township: str) -> Callable[[str], str | None]:
    exact: dict[str, str] = {}
    short: dict[str, list[str]] = {}
    for v in s.scalars(select(Village).where(Village.township_code == township)):
        exact[v.name] = v.code
        short.setdefault(_village_stem(v.name), []).append(v.code)

    def match(name: str) -> str | None:
        name = re.sub(r"\s+", "", name)
        if name in exact:
            return exact[name]
        codes = short.get(_village_stem(name), [])
        return codes[0] if len(codes) == 1 else None
    return match


def _village_stem(name: str) -> str:
    return re.sub(r"(村民委员会|居民委员会|村委会|居委会|社区|村)$", "", re.sub(r"\s+", "", name))


def check(ctx: Context, sheet: Sheet, *, progress: Progress | None = None,
          cancelled: Callable[[], bool] | None = None) -> Plan:
    """Every rule on every row, against the file itself and the database; writes nothing."""
    _require_importer(ctx)
    mapping = roster.map_headers(sheet.headers)
    problems: list[roster.Problem] = []
    hdr = sheet.header_row
    for i, text in mapping.unknown:
        problems.append(roster.Problem(hdr, None, "roster.unknown_column",
                                       f"{roster.column_letter(i)}列“{text}”不是可识别的列，"
                                       "未导入（请改为标准列名或删除该列）", blocking=False))
    for i, text in mapping.duplicate:
        problems.append(roster.Problem(hdr, None, "roster.duplicate_column",
                                       f"{roster.column_letter(i)}列“{text}”与前面的列重复"))
    for f in mapping.missing():
        problems.append(roster.Problem(hdr, None, "roster.missing_column",
                                       f"缺少“{roster.FIELD_LABELS[f]}”列"))
    plan = Plan(sheet, mapping, [], problems, ctx.site.code)
    if any(p.blocking for p in problems):
        return plan
    today = ctx.today()
    groups = roster.group_rows(sheet.rows, mapping)
    total = len(groups)
    for n, group in enumerate(groups):
        h = roster.build_household(group, mapping, today, problems)
        if h is not None:
            plan.households.append(h)
        if n % 500 == 0:
            if cancelled and cancelled():
                raise Cancelled()
            if progress:
                progress(n, total, "check")
    problems.extend(roster.duplicates_in_file(plan.households))
    township_name = ctx.site.name
    with ctx.db.read() as s:
        match = _village_matcher(s, ctx.site.code)
        for h in plan.households:
            if h.township_name and _village_stem(h.township_name) != _village_stem(township_name) \
                    and h.township_name.rstrip("镇乡街道") != township_name.rstrip("镇乡街道"):
                problems.append(roster.Problem(h.first_row, "township", "roster.township",
                                               f"乡镇“{h.township_name}”不是本乡镇（{township_name}）"))
            h.village_code = match(h.village_name)
            if h.village_code is None:
                problems.append(roster.Problem(h.first_row, "village", "roster.village",
                                               f"村(社区)“{h.village_name}”不在{township_name}"
                                               "的村社名单中"))
        ids = [m.id_number for h in plan.households for m in h.members]
        on_file = persons.households_of(s, ids)
    for h in plan.households:
        for m in h.members:
            where = on_file.get(m.id_number)
            if where is not None:
                problems.append(roster.Problem(
                    m.row, "id_number", "roster.on_file",
                    f"此人已在本乡镇的家庭档案中（户主{where.head_name}，{where.village_name or '未填村'}），"
                    "同一人只能属于一户"))
    if progress:
        progress(total, total, "check")
    refused = plan.refused_rows
    plan.households = [h for h in plan.households if not refused.intersection(h.rows)]
    return plan


# --- the report ---------------------------------------------------------------------------

def write_report(plan: Plan, out: str | Path) -> Path:
    """A copy of the sheet with the problems: an error column per row, bad cells in red."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    out = Path(out)
    sheet, mapping = plan.sheet, plan.mapping
    by_row: dict[int, list[roster.Problem]] = {}
    for p in plan.problems:
        by_row.setdefault(p.row, []).append(p)
    red = PatternFill("solid", fgColor="FFC7CE")
    amber = PatternFill("solid", fgColor="FFEB9C")
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet.title[:28] + "-检查")
    width = max([len(sheet.headers)] + [len(v) for _, v in sheet.rows[:1]])
    ws.column_dimensions[roster.column_letter(width)].width = 70
    refused = sum(1 for p in plan.problems if p.blocking)
    summary = (f"导入检查：{sheet.path.name}（sha256 {sheet.sha256[:16]}…）："
               + (f"{refused}处错误，未导入任何数据；请改正标红的单元格后重新导入"
                  if refused else f"无错误，可导入{len(plan.households)}户"))
    ws.append([WriteOnlyCell(ws, value=summary)])

    def note(problems: list[roster.Problem]) -> str:
        parts = []
        for p in problems:
            col = mapping.columns.get(p.field) if p.field else None
            where = (f"{roster.column_letter(col)}{p.row} {sheet.headers[col]}：" if col is not None
                     else "")
            parts.append(("" if p.blocking else "提示：") + where + p.message)
        return "；\n".join(parts)

    def row_cells(values: list, problems: list[roster.Problem], header: bool = False):
        bad = {mapping.columns.get(p.field): p.blocking for p in problems
               if p.field and mapping.columns.get(p.field) is not None}
        cells = []
        for i in range(width):
            v = values[i] if i < len(values) else None
            if isinstance(v, datetime) and v.time() == datetime.min.time():
                v = v.date()
            c = WriteOnlyCell(ws, value=v)
            if header:
                c.font = bold
            if i in bad:
                c.fill = red if bad[i] else amber
            cells.append(c)
        c = WriteOnlyCell(ws, value="错误说明" if header else note(problems))
        c.alignment = wrap
        if header:
            c.font = bold
        elif problems:
            c.fill = red if any(p.blocking for p in problems) else amber
        cells.append(c)
        return cells

    for _ in range(1, sheet.header_row - 1):
        ws.append([])
    ws.append(row_cells(list(sheet.headers), [], header=True))
    header_problems = by_row.get(sheet.header_row, [])
    if header_problems:
        ws.append([WriteOnlyCell(ws, value=None)] * width
                  + [WriteOnlyCell(ws, value="表头：" + note(header_problems))])
    for number, values in sheet.rows:
        problems = by_row.get(number)
        if problems:
            ws.append(row_cells(values, problems))
        else:
            # A clean row needs no styled cells: plain values write several times faster,
            # and openpyxl gives dates their date format itself.
            plain = [v.date() if isinstance(v, datetime) and v.time() == datetime.min.time() else v
                     for v in values[:width]]
            ws.append(plain + [None] * (width - len(plain)) + [None])
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out


# --- writing ------------------------------------------------------------------------------

@dataclass
class ImportResult:
    plan: Plan
    written: bool
    households: int = 0
    members: int = 0
    cases: int = 0
    report: Path | None = None

    def lines(self) -> list[str]:
        p = self.plan
        out = [f"{p.sheet.path.name}: {len(p.sheet.rows)} rows, layout one row per "
               f"{'member' if p.mapping.per_member else 'household'}, sha256 {p.sheet.sha256}"]
        for x in p.problems:
            col = p.mapping.columns.get(x.field) if x.field else None
            cell = f"{roster.column_letter(col)}{x.row}" if col is not None else f"row {x.row}"
            out.append(f"  {'error' if x.blocking else 'note'} {cell} [{x.code}] {x.message}")
        if self.written:
            out.append(f"imported {self.households} households, {self.members} members, "
                       f"{self.cases} active cases")
            if self.cases:
                # The city accepts migrated cases as decided only for a roster it knows.
                out.append(f"before the first sync the city accepts these cases: lishui-hq "
                           f"migration allow --site SITE --sha256 {p.sheet.sha256} "
                           f"--cases {self.cases}")
        elif p.ok:
            out.append(f"dry run: {len(p.households)} households, {p.member_count} members, "
                       f"{p.case_count} active cases would be imported; nothing written")
        else:
            out.append(f"{len(p.refused)} problems: nothing imported")
        if self.report:
            out.append(f"report: {self.report}")
        return out


def import_roster(ctx: Context, path: str | Path, *, dry_run: bool = False,
                  report: str | Path | None = None, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Check the file; when every row passes (and not a dry run) write it all in one transaction."""
    _require_importer(ctx)
    sheet = read_sheet(path)
    with ctx.db.read() as s:
        earlier = s.scalar(select(RosterImport).where(RosterImport.sha256 == sheet.sha256))
    if earlier is not None:
        raise ValidationError("import.repeated",
                              f"this file was already imported on {earlier.imported_at:%Y-%m-%d %H:%M} "
                              f"by {earlier.imported_by} ({earlier.households} households); "
                              "nothing was imported again", field="file",
                              at=earlier.imported_at.isoformat(), households=earlier.households)
    plan = check(ctx, sheet, progress=progress, cancelled=cancelled)
    result = ImportResult(plan, written=False)
    if report:
        result.report = write_report(plan, report)
    if not plan.ok or dry_run:
        return result
    _write(ctx, plan, result, progress, cancelled)
    return result




def _write(ctx: Context, plan: Plan, result: ImportResult, progress, cancelled) -> None:
    site = ctx.site
    user = ctx.user.username
    now = ctx.now()
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.000000")
    sha = plan.sheet.sha256
    fname = plan.sheet.path.name
    with ctx.db.read() as s:
        villages = {v.code: v.name for v in s.scalars(
            select(Village).where(Village.township_code == site.code))}
    total = len(plan.households)
    with ctx.work("roster.import", entity="roster_import") as w:
        raw = w.session.connection().connection.driver_connection
        cur = raw.cursor()
        base = {"version": 1, "site_code": site.code, "created_at": stamp, "created_by": user,
                "updated_at": stamp, "updated_by": user}
        tables: dict[str, list[dict]] = {"households": [], "members": [], "applications": [],
                                         "case_events": []}
        outbox: list[tuple] = []
        # One entry per household naming the records made for it (as a desktop action's
        # entry names its changes): the city takes a new record only with its entry.
        chain = audit.BulkChain(site.code, *audit.last_link(w.session, site.code))
        at = now.isoformat(timespec="seconds")
        made: list[list] = []

        def add(model, row: dict) -> dict:
            row = {**base, "id": new_id(), **row}
            tables[model.__tablename__].append(row)
            outbox.append((model.entity, row["id"], 1, 0, site.code, None, 0, stamp))
            made.append([model.entity, row["id"], 1])
            return row

        def flush() -> None:
            for model in (Household, Member, Application, CaseEvent):
                rows = tables[model.__tablename__]
                if not rows:
                    continue
                cols, defaults = bulk_columns(model)
                cur.executemany(f"INSERT INTO {model.__tablename__} ({', '.join(cols)}) VALUES "
                                f"({', '.join('?' * len(cols))})",
                                [tuple(r[c] if c in r else defaults.get(c) for c in cols)
                                 for r in rows])
                rows.clear()
            cur.executemany("INSERT INTO outbox (entity, entity_id, version, base_version, "
                            "site_code, payload, deleted, created_at) VALUES (?,?,?,?,?,?,?,?)",
                            outbox)
            outbox.clear()
            chain.write(cur)

        for n, h in enumerate(plan.households):
            head = next(m for m in h.members if m.relation == "self")
            village = villages.get(h.village_code, "")
            hrow = add(Household, {
                "village_code": h.village_code, "address": h.address, "phone": h.phone,
                "head_name": head.name, "member_count": len(h.members), "housing_type": "",
                "housing_area_dm2": 0, "hardship_cause": "", "staff_relative": 0,
                "staff_relative_note": "",
                "search_text": household_search_text(
                    [m.name for m in h.members], [m.id_number for m in h.members],
                    [h.phone] + [m.phone for m in h.members], village, h.address)})
            head_id = None
            for i, m in enumerate(h.members):
                health = f"自理能力：{roster.SELFCARE_LEVEL_TEXT[m.selfcare]}（导入）" \
                    if m.selfcare in ("partial", "lost") else ""
                mrow = add(Member, {
                    "household_id": hrow["id"], "seq": i, "name": m.name,
                    "id_number": m.id_number, "relation": m.relation, "sex": m.sex,
                    "birth_date": m.birth_date.isoformat(), "phone": m.phone, "health": health,
                    "disability_type": m.disability_type, "disability_grade": m.disability_grade,
                    "selfcare_failed": "[]", "occupation": "", "covered": 1,
                    "bank_name": h.bank if m is head else None,
                    "bank_account": h.bank_account if m is head and h.bank_account else None})
                if m is head:
                    head_id = mrow["id"]
            if h.assistance_type:
                explanation = (f"由原花名册导入：{fname} 第{h.first_row}行（sha256 {sha}）。"
                               + (f"花名册载家庭人口{h.declared_size}人。" if h.declared_size else "")
                               + (f"保障人口{h.covered_count}人。" if h.covered_count else "")
                               + (f"备注：{h.note}" if h.note else ""))
                start = date.fromisoformat(h.start_month + "-01")
                app = add(Application, {
                    "household_id": hrow["id"], "applicant_id": head_id,
                    "type": h.assistance_type, "state": State.APPROVED.value,
                    "township_code": site.code, "county_code": site.county_code,
                    "submitted_on": start.isoformat(), "accepted_on": None, "handed_up_on": None,
                    "notice_start": None, "notice_end": None, "extended": 0,
                    "requested_fen": None, "special_hardship": 0, "missing_materials": "[]",
                    "review_recommends": None, "proposed_fen": None, "explanation": explanation,
                    "amount_fen": h.amount_fen, "start_month": h.start_month, "decided_on": None,
                    "reasons": "[]", "involved": "[]", "due_date": None, "assigned_to": None,
                    "migrated_from": sha})
                add(CaseEvent, {
                    "application_id": app["id"], "action": "migrate", "from_state": State.APPROVED.value,
                    "to_state": State.APPROVED.value, "actor_name": ctx.user.display_name,
                    "at": stamp, "params": json.dumps({"file": fname, "sha256": sha,
                                                       "row": h.first_row,
                                                       "amount_fen": h.amount_fen,
                                                       "start_month": h.start_month},
                                                      ensure_ascii=False)})
                result.cases += 1
            chain.add(at, user, "roster.import.household", "household", hrow["id"],
                      {"file": fname, "row": h.first_row, "changes": made})
            made = []
            result.households += 1
            result.members += len(h.members)
            if n % CHUNK == CHUNK - 1:
                flush()
                if cancelled and cancelled():
                    raise Cancelled()
                if progress:
                    progress(n + 1, total, "write")
        flush()
        record = RosterImport(id=new_id(), sha256=sha, filename=fname[:200], imported_at=now,
                              imported_by=user, households=result.households,
                              members=result.members, cases=result.cases)
        w.session.add(record)
        w.entity_id = record.id
        w.detail = {"file": fname, "sha256": sha, "households": result.households,
                    "members": result.members, "cases": result.cases}
        if progress:
            progress(total, total, "write")
    result.written = True
    for table in ("households", "members", "applications", "case_events", "outbox"):
        note_written(table)      # raw inserts, committed: the session's tracking did not see them
