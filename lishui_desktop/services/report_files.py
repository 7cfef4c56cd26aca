"""The monthly report as offices file it: xlsx (a summary sheet and one sheet per type
by unit, with the sum checks) and PDF with the sign-off lines. Exports are audited."""
from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from lishui_desktop.domain import regions
from lishui_desktop.domain import report as rp
from lishui_desktop.domain.assistance import ASSISTANCE_TYPES
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.money import format_yuan
from lishui_desktop.notices.tables import PrintTable, Section, render_table

from .context import Context
from .reports import MonthlyReportData

COLUMNS = ("户数", "人数", "老年人", "未成年人", "残疾人", "其他", "本月新增户数", "本月退出户数",
           "上月户数", "发放金额(元)")
FIELDS = ("households", "persons", "elderly", "minor", "disabled", "other", "added", "exited",
          "previous", "amount_fen")
SIGNATURES = ["填报人", "审核人", "单位负责人"]


def title(data: MonthlyReportData) -> str:
    return (f"{regions.name_of(data.unit_code) or data.unit_code}"
            f"{int(data.month[:4])}年{int(data.month[5:7])}月社会救助统计月报表")


def _values(f: rp.Figures) -> list:
    return [getattr(f, n) if n != "amount_fen" else Decimal(f.amount_fen) / 100 for n in FIELDS]


def export(ctx: Context, data: MonthlyReportData, out: str | Path) -> Path:
    out = Path(out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "pdf"):
        raise ValidationError("report.format", "the report is written as .xlsx or .pdf", field="out")
    payload = to_xlsx(data) if fmt == "xlsx" else to_pdf(data, ctx.today())
    with ctx.work("report.export", entity="monthly_report") as w:
        w.detail = {"month": data.month, "format": fmt, "checks_failed": len(data.checks)}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(payload)
    return out


def to_xlsx(data: MonthlyReportData) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws.append([title(data)])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["救助类别", *COLUMNS])
    for t in data.types:
        ws.append([ASSISTANCE_TYPES[t.type], *_values(t.total)])
    ws.append([])
    ws.append(["校验", "通过" if data.ok else f"{len(data.checks)}项不符"])
    for c in data.checks:
        ws.append(["", ASSISTANCE_TYPES[c.type], data.unit_names.get(c.unit, c.unit), c.text])
    ws.append([])
    for label in SIGNATURES:
        ws.append([f"{label}：", "", "", "报送日期："] if label == SIGNATURES[0] else [f"{label}："])
    unit_label = "村(社区)" if data.unit_level == "village" else "乡镇(街道)"
    for t in data.types:
        sheet = wb.create_sheet(ASSISTANCE_TYPES[t.type][:31])
        sheet.append([f"{title(data)}（{ASSISTANCE_TYPES[t.type]}）"])
        sheet.append([unit_label, *COLUMNS])
        for code in sorted(t.units):
            sheet.append([data.unit_names.get(code, code or "未填村(社区)"), *_values(t.units[code])])
        sheet.append(["合计", *_values(t.total)])
        for row in sheet.iter_rows(min_row=3, min_col=11, max_col=11):
            for cell in row:
                cell.number_format = "0.00"
    for row in ws.iter_rows(min_row=3, min_col=11, max_col=11):
        for cell in row:
            cell.number_format = "0.00"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def to_pdf(data: MonthlyReportData, day) -> bytes:
    def cells(name, f):
        return [name, *[str(getattr(f, n)) if n != "amount_fen" else format_yuan(f.amount_fen)
                        for n in FIELDS]]
    summary = Section("汇总", [cells(ASSISTANCE_TYPES[t.type], t.total) for t in data.types], [])
    sections = [summary]
    for t in data.types:
        rows = [cells(data.unit_names.get(c, c or "未填村(社区)"), t.units[c]) for c in sorted(t.units)]
        sections.append(Section(ASSISTANCE_TYPES[t.type], rows, cells("合计", t.total)))
    check = "校验通过" if data.ok else f"校验：{len(data.checks)}项不符"
    table = PrintTable(title=title(data), subtitle=check,
                       columns=["单位/类别", *COLUMNS], widths=[16, 6, 6, 6, 6, 6, 6, 8, 8, 7, 12],
                       sections=sections, signatures=SIGNATURES, day=day,
                       right_align=set(range(1, 11)))
    return render_table(table)
