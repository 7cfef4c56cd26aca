"""Printable tables with totals and signature lines: the payment roll per village and
the monthly statistics. Landscape A4, the notices' fonts (FontResolver) and
GB/T 9704 dates; each section starts a page and ends with its subtotal row.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from .fonts import default_resolver
from .layout import MM
from .model import cn_date

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 15 * MM
ROW_H = 7.2 * MM
BODY_PT = 10.5        # 五号
TITLE_PT = 18.0       # 小二


@dataclass
class Section:
    heading: str                       # e.g. "碧湖村"
    rows: list[list[str]]
    total: list[str]                   # the subtotal row


@dataclass
class PrintTable:
    title: str
    subtitle: str
    columns: list[str]
    widths: list[float]                # relative
    sections: list[Section]
    grand_total: list[str] | None = None
    signatures: list[str] = field(default_factory=list)   # "制表人", "审核人", ...
    day: date | None = None
    watermark: str = ""                # "草稿" until the roll is frozen
    right_align: set[int] = field(default_factory=set)    # column indexes of figures


def render_table(t: PrintTable) -> bytes:
    fonts = default_resolver()
    body = fonts.role("song").name
    title_font = fonts.role("title").name
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H))
    c.setTitle(t.title)
    usable = PAGE_W - 2 * MARGIN
    scale = usable / sum(t.widths)
    xs = [MARGIN]
    for w in t.widths:
        xs.append(xs[-1] + w * scale)
    page = [0]

    def new_page(heading: str) -> float:
        if page[0]:
            c.showPage()
        page[0] += 1
        if t.watermark:
            c.saveState()
            c.setFillGray(0.85)
            c.setFont(title_font, 96)
            c.translate(PAGE_W / 2, PAGE_H / 2)
            c.rotate(30)
            c.drawCentredString(0, 0, t.watermark)
            c.restoreState()
        c.setFont(title_font, TITLE_PT)
        c.drawCentredString(PAGE_W / 2, PAGE_H - MARGIN - TITLE_PT, t.title)
        c.setFont(body, BODY_PT)
        y = PAGE_H - MARGIN - TITLE_PT - 8 * MM
        c.drawString(MARGIN, y, (f"{heading}　　" if heading else "") + t.subtitle)
        c.drawRightString(PAGE_W - MARGIN, y, f"第 {page[0]} 页")
        y -= 3 * MM
        return row(y, t.columns, header=True)

    def row(y: float, cells: list[str], header: bool = False, bold: bool = False) -> float:
        top, bottom = y, y - ROW_H
        c.setLineWidth(0.6)
        c.line(xs[0], top, xs[-1], top)
        c.line(xs[0], bottom, xs[-1], bottom)
        for x in xs:
            c.line(x, top, x, bottom)
        c.setFont(title_font if (header or bold) else body, BODY_PT)
        for i, text in enumerate(cells):
            text = _fit(c, str(text), title_font if header or bold else body, xs[i + 1] - xs[i] - 4)
            if i in t.right_align and not header:
                c.drawRightString(xs[i + 1] - 2, bottom + 2.2 * MM, text)
            else:
                c.drawCentredString((xs[i] + xs[i + 1]) / 2, bottom + 2.2 * MM, text)
        return bottom

    sig_space = 22 * MM if t.signatures else 0
    for sec in t.sections or [Section("", [], [])]:
        y = new_page(sec.heading)
        for cells in sec.rows:
            if y - ROW_H < MARGIN + sig_space:
                _signatures(c, t, body)
                y = new_page(sec.heading + "（续）")
            y = row(y, cells)
        if sec.total:
            y = row(y, sec.total, bold=True)
        if sec is t.sections[-1] and t.grand_total:
            if y - ROW_H < MARGIN + sig_space:
                _signatures(c, t, body)
                y = new_page("")
            y = row(y, t.grand_total, bold=True)
        _signatures(c, t, body)
    c.save()
    return buf.getvalue()


def _signatures(c, t: PrintTable, font: str) -> None:
    if not t.signatures:
        return
    c.setFont(font, BODY_PT + 1)
    y = MARGIN + 8 * MM
    step = (PAGE_W - 2 * MARGIN) / len(t.signatures)
    for i, label in enumerate(t.signatures):
        x = MARGIN + i * step
        from reportlab.pdfbase.pdfmetrics import stringWidth
        c.drawString(x, y, f"{label}：")
        c.line(x + stringWidth(f"{label}：", font, BODY_PT + 1) + 2, y - 1, x + step - 8 * MM, y - 1)
    c.drawRightString(PAGE_W - MARGIN, MARGIN, cn_date(t.day) if t.day else "　　年　　月　　日")


def _fit(c, text: str, font: str, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    if stringWidth(text, font, BODY_PT) <= width:
        return text
    while text and stringWidth(text + "…", font, BODY_PT) > width:
        text = text[:-1]
    return text + "…"
