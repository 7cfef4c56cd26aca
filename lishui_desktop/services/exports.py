"""A list exported to xlsx: the rows and columns the caller shows, typed, masked, audited.

The GUI (every list, through one action) and the CLI hand over the headers in
the user's language and the rows as the screen has them; this module decides
what leaves the office. ID numbers go out masked unless the user's role may
reveal them (``domain.admin.may_reveal_ids``) and the user asked to: masked
cells (``idnumber.MaskedId``) name their record, and only then are the full
numbers read from the database. A full number standing in any cell (revealed
on screen a moment before) is masked again. Amounts (``Money``) become numbers
shown with two decimals and days (``Day``) become dates. The file is written
beside its target and moved into place in the transaction that writes the
audit entry (who, which list, the filter, rows, masked or not), so there is
no export without its entry and no half-written file after a cancel.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from sqlalchemy import select

from lishui_desktop.domain import admin
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.idnumber import FULL_PATTERN, MaskedId, mask
from lishui_desktop.store import audit
from lishui_desktop.store.models import DuplicatePerson, Member, PayrollLine

from .cells import Day, Money  # noqa: F401  (what list cells hold; re-exported)
from .context import Context

EVENT = "list.export"
CHUNK = 500
_FULL = re.compile(FULL_PATTERN)
MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    masked: bool
    revealed: int           # full ID numbers written


def may_reveal(ctx: Context) -> bool:
    return admin.may_reveal_ids(ctx.user.role)


def _refuse(ctx: Context, list_name: str, filter: Mapping) -> None:
    """A refused reveal is an audit entry too (GB/T 22239: success or failure)."""
    try:
        admin.require_id_revealer(ctx.user.role)
    except Exception:
        with ctx.db.write() as s:
            audit.append(s, site_code=ctx.site.code, user=ctx.user.username, event=EVENT,
                         entity="list", entity_id=list_name, success=False, at=ctx.now(),
                         detail={"reveal": True, "refused": "role", "role": ctx.user.role.value,
                                 "filter": _plain(filter)})
        raise


def _plain(value: Any) -> Any:
    """The filter as JSON can keep it (dates and enums as text)."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def _full_numbers(ctx: Context, refs: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    by_kind: dict[str, list[str]] = {}
    for kind, rid in refs:
        by_kind.setdefault(kind, []).append(rid)
    out: dict[tuple[str, str], str] = {}
    with ctx.db.read() as s:
        for kind, ids in by_kind.items():
            if kind == "member":
                q = select(Member.id, Member.id_number).where(Member.id.in_(ids))
            elif kind == "household":      # the head's number
                q = select(Member.household_id, Member.id_number).where(
                    Member.household_id.in_(ids), Member.relation == "self")
            elif kind == "payroll_line":
                q = select(PayrollLine.id, PayrollLine.id_number).where(PayrollLine.id.in_(ids))
            elif kind == "duplicate":
                q = select(DuplicatePerson.id, DuplicatePerson.id_number).where(DuplicatePerson.id.in_(ids))
            else:
                continue
            for rid, number in s.execute(q):
                if number:
                    out[(kind, rid)] = number
    return out


def _cell(v: Any, reveal: bool, full: Mapping[tuple[str, str], str]):
    """(value, number format) for one cell; the int counts revealed numbers."""
    if v is None:
        return "", None, 0
    if isinstance(v, MaskedId):
        number = full.get(v.ref) if reveal and v.ref else None
        return (number, None, 1) if number else (str(v), None, 0)
    if isinstance(v, Money):
        unit = v.unit.replace('"', "")
        return Decimal(v.fen) / 100, MONEY_FORMAT + (f'"{unit}"' if unit else ""), 0
    if isinstance(v, Day):
        if isinstance(v.value, datetime):
            return v.value.replace(tzinfo=None), DATETIME_FORMAT + (":ss" if len(v) >= 19 else ""), 0
        return v.value, DATE_FORMAT, 0
    if isinstance(v, bool):
        return str(v), None, 0
    if isinstance(v, (int, float, Decimal)):
        return v, None, 0
    if isinstance(v, datetime):
        return v.replace(tzinfo=None), DATETIME_FORMAT, 0
    if isinstance(v, date):
        return v, DATE_FORMAT, 0
    text = str(v)
    if not reveal:
        text = _FULL.sub(lambda m: mask(m.group(0)), text)
    return text, None, 0


def _chunks(rows: Iterable[Sequence], size: int):
    chunk: list[Sequence] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_list(ctx: Context, path: Path | str, *, list_name: str, title: str, headers: Sequence[str],
               rows: Iterable[Sequence], total: int | None = None, filter: Mapping | None = None,
               reveal: bool = False, widths: Sequence[int] = (),
               notes: Sequence[tuple[str, str]] = (), notes_title: str = "说明",
               progress: Callable[[int, int], None] | None = None,
               check: Callable[[], None] | None = None) -> ExportResult:
    """Write ``rows`` under ``headers`` to ``path`` (xlsx) and audit it.

    ``rows`` may be a generator (a list of 100,000 households is read a page at a
    time); ``check`` is called between pages and may raise to cancel (nothing is
    left behind); ``notes`` (label, text) pairs go to a second sheet that says
    what the file is, in the caller's language; ``widths`` are in characters.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    filter = dict(filter or {})
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValidationError("export.suffix", "the file name must end in .xlsx", field="path")
    if not target.parent.is_dir():
        raise ValidationError("export.folder", f"no such folder: {target.parent}", field="path",
                              folder=str(target.parent))
    if reveal:
        _refuse(ctx, list_name, filter)
    headers = [str(h) for h in headers]

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=_sheet_title(title))
    ws.freeze_panes = "A2"
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = max(6, min(int(w), 80))
    bold = Font(bold=True)
    head = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        c.font = bold
        head.append(c)
    ws.append(head)
    try:
        written, revealed = _write_rows(ctx, ws, rows, len(headers), reveal, total, progress, check)
    except BaseException:
        # Close the sheet's own temporary file; nothing was written where the user looks.
        try:
            ws.close()
        except Exception:
            pass
        raise
    if notes:
        about = wb.create_sheet(title=_sheet_title(notes_title))
        about.column_dimensions["A"].width = 18
        about.column_dimensions["B"].width = 80
        for label, text in notes:
            about.append([label, text])

    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        wb.save(tmp_path)
        digest = hashlib.sha256(tmp_path.read_bytes()).hexdigest()
        with ctx.work(EVENT, entity="list", entity_id=list_name) as w:
            w.detail = {"title": title, "filter": _plain(filter), "rows": written,
                        "masked": not reveal, "revealed": revealed, "file": target.name,
                        "sha256": digest}
            os.replace(tmp_path, target)
    finally:
        tmp_path.unlink(missing_ok=True)
    return ExportResult(target, written, not reveal, revealed)


def _write_rows(ctx, ws, rows, width, reveal, total, progress, check) -> tuple[int, int]:
    from openpyxl.cell import WriteOnlyCell
    written = revealed = 0
    for chunk in _chunks(rows, CHUNK):
        if check is not None:
            check()
        full = _full_numbers(ctx, {v.ref for r in chunk for v in r
                                   if isinstance(v, MaskedId) and v.ref}) if reveal else {}
        for r in chunk:
            out = []
            for v in list(r)[:width]:
                value, fmt, n = _cell(v, reveal, full)
                revealed += n
                c = WriteOnlyCell(ws, value=value)
                if fmt:
                    c.number_format = fmt
                out.append(c)
            ws.append(out)
        written += len(chunk)
        if progress is not None:
            progress(written, total if total is not None else written)
    if check is not None:
        check()
    return written, revealed


def _sheet_title(title: str) -> str:
    # Excel: at most 31 characters, none of []:*?/\
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title or "").strip()
    return (cleaned or "Sheet")[:31]
