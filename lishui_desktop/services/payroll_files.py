"""The roll's files: the roll itself (xlsx, 草稿 until frozen), the bank batch file
(xlsx or CSV, full ID numbers since the bank matches on them), the printable
roll per village (PDF), and reading the bank's return file. Every export goes
through ``payroll.export_rows``, which audits it.
"""
from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from lishui_desktop.domain import idnumber, regions
from lishui_desktop.domain import payroll as pr
from lishui_desktop.domain.assistance import ASSISTANCE_TYPES
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.money import format_yuan
from lishui_desktop.notices.tables import PrintTable, Section, render_table

from . import payroll
from .context import Context

BANK_HEADERS = ("姓名", "公民身份号码", "开户银行", "银行账号", "发放金额", "补贴项目")
ROLL_HEADERS = ("序号", "村(社区)", "姓名", "公民身份号码", "保障人数", "开户银行", "银行账号",
                "发放类别", "所属月份", "发放金额(元)", "发放结果")
FORMATS = ("xlsx", "csv", "pdf", "bank")


def _yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


def _month_zh(month: str) -> str:
    return f"{int(month[:4])}年{int(month[5:7])}月"


def roll_title(r) -> str:
    return (f"{regions.township_name(r.township_code)}{_month_zh(r.month)}"
            f"{ASSISTANCE_TYPES[r.type]}资金发放名册")


def export(ctx: Context, roll_id: str, fmt: str, out: str | Path) -> Path:
    """Write the roll in ``fmt`` (xlsx | csv | pdf | bank) to ``out``."""
    if fmt not in FORMATS:
        raise ValidationError("payroll.format", f"format must be one of {', '.join(FORMATS)}",
                              field="format")
    out = Path(out)
    purpose = "bank" if fmt in ("bank", "csv") else fmt
    r, lines = payroll.export_rows(ctx, roll_id, purpose)
    if fmt == "xlsx":
        data = roll_xlsx(r, lines, payroll.village_names(ctx))
    elif fmt == "pdf":
        data = roll_pdf(r, lines, payroll.village_names(ctx), ctx.today())
    elif fmt == "csv" or out.suffix.lower() == ".csv":
        data = bank_csv(r, lines)
    else:
        data = bank_xlsx(r, lines)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return out


def _status_zh(status: str) -> str:
    return {pr.PENDING: "", pr.PAID: "成功", pr.FAILED: "失败"}[status]


def roll_xlsx(r, lines, villages: dict[str, str]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "发放名册"
    draft = r.state != pr.APPROVED
    ws.append([roll_title(r) + ("（草稿）" if draft else "")])
    ws.append([f"状态：{pr.ROLL_STATES[r.state]}", f"乡镇审核：{r.signed_off_by or ''}",
               f"县级审批：{r.approved_by or ''}", f"校验码：{r.lines_digest[:16]}"])
    ws.append(list(ROLL_HEADERS))
    for ln in lines:
        ws.append([ln.seq, villages.get(ln.village_code, ln.village_code), ln.name,
                   idnumber.mask(ln.id_number) if ln.id_number else "", ln.persons, ln.bank_name,
                   pr.mask_account(ln.account_no), pr.LINE_KINDS[ln.kind], ln.for_month,
                   _yuan(ln.amount_fen), _status_zh(ln.status)])
    ws.append(["合计", "", f"{len(lines)}笔", "", sum(ln.persons for ln in lines if ln.kind == pr.REGULAR),
               "", "", "", "", _yuan(sum(ln.amount_fen for ln in lines)), ""])
    for row in ws.iter_rows(min_row=4, min_col=10, max_col=10):
        for cell in row:
            cell.number_format = "0.00"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ROLL_HEADERS))
    ws["A1"].alignment = Alignment(horizontal="center")
    for col, width in zip("ABCDEFGHIJK", (6, 12, 10, 22, 8, 18, 24, 10, 10, 12, 8)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A4"
    vs = wb.create_sheet("村汇总")
    vs.append(["村(社区)", "笔数", "发放金额(元)", "已发放(元)", "发放失败(元)", "未回盘(元)",
               "其中扣减多发(元)"])
    totals: dict[str, pr.Totals] = {}
    for ln in lines:
        totals[ln.village_code] = totals.get(ln.village_code, pr.Totals()).plus(ln.amount_fen, ln.status,
                                                                               ln.kind)
    grand = pr.Totals()
    for code in sorted(totals):
        t = totals[code]
        grand = grand.merge(t)
        vs.append([villages.get(code, code), t.lines, _yuan(t.total_fen), _yuan(t.paid_fen),
                   _yuan(t.failed_fen), _yuan(t.pending_fen), _yuan(t.offset_fen)])
    vs.append(["合计", grand.lines, _yuan(grand.total_fen), _yuan(grand.paid_fen),
               _yuan(grand.failed_fen), _yuan(grand.pending_fen), _yuan(grand.offset_fen)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def bank_payments(r, lines) -> list[pr.Payment]:
    """What goes to the bank: a payment an offset brought to zero is not sent."""
    return [p for p in pr.group_payments(lines, ASSISTANCE_TYPES[r.type]) if p.amount_fen > 0]


def bank_xlsx(r, lines) -> bytes:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "代发明细"
    ws.append(list(BANK_HEADERS))
    for p in bank_payments(r, lines):
        # Text cells: an 18-digit ID or a 19-digit account must not become a float.
        ws.append([p.name, p.id_number, p.bank_name, p.account_no, _yuan(p.amount_fen), p.item])
    for row in ws.iter_rows(min_row=2):
        row[1].number_format = row[3].number_format = "@"
        row[4].number_format = "0.00"
    for col, width in zip("ABCDEF", (10, 22, 20, 26, 12, 28)):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def bank_csv(r, lines) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(BANK_HEADERS)
    for p in bank_payments(r, lines):
        w.writerow([p.name, p.id_number, p.bank_name, p.account_no, f"{_yuan(p.amount_fen):.2f}",
                    p.item])
    # BOM: the spreadsheet programs the finance desk opens it with read UTF-8 by it.
    return buf.getvalue().encode("utf-8-sig")


def roll_pdf(r, lines, villages: dict[str, str], day) -> bytes:
    by_village: dict[str, list] = {}
    for ln in lines:
        by_village.setdefault(ln.village_code, []).append(ln)
    sections = []
    for code in sorted(by_village):
        items = by_village[code]
        rows = [[str(ln.seq), ln.name, idnumber.mask(ln.id_number) if ln.id_number else "",
                 str(ln.persons), ln.bank_name, pr.mask_account(ln.account_no),
                 pr.LINE_KINDS[ln.kind], ln.for_month, format_yuan(ln.amount_fen), ""]
                for ln in items]
        sections.append(Section("村(社区)：" + villages.get(code, code), rows,
                                ["小计", f"{len(items)}笔", "", "", "", "", "", "",
                                 format_yuan(sum(ln.amount_fen for ln in items)), ""]))
    total = sum(ln.amount_fen for ln in lines)
    offset = sum(ln.amount_fen for ln in lines if ln.kind == pr.OFFSET)
    t = PrintTable(
        title=roll_title(r),
        subtitle=f"状态：{pr.ROLL_STATES[r.state]}　共{len(lines)}笔　合计{format_yuan(total)}元"
                 + (f"（其中扣减多发{format_yuan(-offset)}元）" if offset else ""),
        columns=["序号", "姓名", "公民身份号码", "人数", "开户银行", "银行账号", "类别", "所属月份",
                 "金额(元)", "领款人签章"],
        widths=[5, 8, 17, 4, 20, 18, 9, 8, 10, 10], sections=sections,
        grand_total=["合计", f"{len(lines)}笔", "", "", "", "", "", "", format_yuan(total), ""],
        signatures=["制表人", "村(社区)负责人", "乡镇审核人", "县级审批人"], day=day,
        watermark="" if r.state == pr.APPROVED else "草稿", right_align={8})
    return render_table(t)


def read_return(path: str | Path) -> list[dict]:
    """The bank's return file (xlsx or CSV) as rows keyed by its header."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook
        ws = load_workbook(path, read_only=True, data_only=True).active
        rows = [[("" if v is None else str(v)) for v in row] for row in ws.iter_rows(values_only=True)]
    else:
        text = path.read_bytes().decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise ValidationError("return.empty", "the return file is empty", field="file")
    header = [h.strip() for h in rows[0]]
    missing = [h for h in ("公民身份号码", "银行账号", "发放金额", "发放结果") if h not in header]
    if missing:
        raise ValidationError("return.header", f"the return file lacks the column {missing[0]}",
                              field="file", column=missing[0])
    return [dict(zip(header, row)) for row in rows[1:] if any(str(c).strip() for c in row)]
