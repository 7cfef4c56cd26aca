"""A small page-layout engine after GB/T 9704-2012 on a reportlab canvas.

Why not platypus: official documents sit on a fixed line grid (22 lines of 28
characters in a 156 x 225 mm text block), Chinese line breaking needs the
kinsoku rules (no line starts with "，" or ends with "（"), lines are justified
by character spacing the way Word's document grid does it, and batch printing
wants speed. Flowing text, kept-together signature blocks and tables whose
header repeats on every page are all that the notices need.

Geometry (GB/T 9704-2012 5.2.1 / 5.2.2 and 7.5):

* A4 210 x 297 mm; top margin 37 mm, left (binding) margin 28 mm, text block
  156 x 225 mm, so the right margin is 26 mm and the bottom 35 mm.
* body FangSong 3号 (16 pt) on 22 lines of 28 characters: line pitch
  225 mm / 22 = 28.99 pt, characters set 15.79 pt apart (a 0.21 pt squeeze,
  as Word's grid does).
* title 2号 (22 pt); page numbers 4号 (14 pt) Song as "— 1 —", the dashes 7 mm
  below the text block, odd pages right and even pages left, one character in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .fonts import Face, FontResolver

MM = 72.0 / 25.4
PAGE_W = 210 * MM
PAGE_H = 297 * MM
LEFT = 28 * MM
TOP = 37 * MM
BLOCK_W = 156 * MM
BLOCK_H = 225 * MM
X0 = LEFT
X1 = LEFT + BLOCK_W
Y_TOP = PAGE_H - TOP
Y_BOTTOM = Y_TOP - BLOCK_H

BODY = 16.0            # 3号
TITLE = 22.0           # 2号
PAGE_NO = 14.0         # 4号
LINE = BLOCK_H / 22    # 28.99 pt
TITLE_LINE = 34.0

# GB/T 9704 grid: 28 characters of 16 pt in 156 mm -> squeeze each gap a little
GRID_SQUEEZE = -0.25   # the most a justified line may tighten, per character gap
PUNCT_SQUEEZE = -0.9   # tighter, only to pull a closing punctuation mark onto the line

NO_START = set("，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}％/")
NO_END = set("（《「『【〔〈“‘([{")

BOX_OFF = "\x01"       # an empty tick box (drawn, not a glyph: the fonts lack ☐/☑)
BOX_ON = "\x02"        # a ticked box
SPECIAL = {BOX_OFF, BOX_ON}

_TOKEN_RE = re.compile(r"[0-9A-Za-z.,:%+\-_@#*/]+|.", re.S)


@dataclass
class Tok:
    text: str
    role: str
    width: float


@dataclass
class Line:
    toks: list[Tok]
    width: float
    indent: float = 0.0
    last: bool = False          # last line of a paragraph: not justified

    @property
    def nchars(self) -> int:
        return sum(len(t.text) for t in self.toks)

    @property
    def text(self) -> str:
        return "".join(t.text for t in self.toks)


class Measurer:
    """Character widths per role, cached (the hot path of batch printing)."""

    def __init__(self, resolver: FontResolver):
        self.roles = resolver.roles()
        self._w: dict[tuple[str, str], float] = {}

    def char_width(self, ch: str, role: str) -> float:
        """Width in 1/1000 em."""
        key = (role, ch)
        w = self._w.get(key)
        if w is None:
            if ch in SPECIAL:
                w = 1000.0
            else:
                face = self.roles[role].face_for(ch)
                if face.chars is not None:
                    w = face.chars.get(ord(ch), 1000.0)
                else:
                    from reportlab.pdfbase.pdfmetrics import stringWidth
                    w = stringWidth(ch, face.name, 1000.0)
            self._w[key] = w
        return w

    def width(self, text: str, role: str, size: float) -> float:
        cw = self.char_width
        return sum(cw(ch, role) for ch in text) * size / 1000.0

    def tokens(self, spans, size: float) -> list[Tok]:
        out = []
        for text, role in spans:
            for m in _TOKEN_RE.finditer(text):
                t = m.group(0)
                if t == "\n":
                    out.append(Tok("\n", role, 0.0))
                else:
                    out.append(Tok(t, role, self.width(t, role, size)))
        return out

    def wrap(self, spans, avail: float, size: float, first_indent: float = 0.0) -> list[Line]:
        """Break text into lines with the kinsoku rules; ``spans`` is [(text, role)]."""
        if isinstance(spans, str):
            spans = [(spans, "fangsong")]
        toks = self.tokens(spans, size)
        lines: list[Line] = []
        cur: list[Tok] = []
        cur_w = 0.0
        cur_n = 0
        indent = first_indent

        def flush(last=False):
            nonlocal cur, cur_w, cur_n, indent
            lines.append(Line(cur, cur_w, indent, last))
            cur, cur_w, cur_n, indent = [], 0.0, 0, 0.0

        for tok in toks:
            if tok.text == "\n":
                flush(last=True)
                continue
            room = avail - indent
            n_after = cur_n + len(tok.text)
            if not cur or cur_w + tok.width + GRID_SQUEEZE * (n_after - 1) <= room:
                cur.append(tok)
                cur_w += tok.width
                cur_n = n_after
                continue
            if tok.text[0] in NO_START and cur_w + tok.width + PUNCT_SQUEEZE * (n_after - 1) <= room:
                cur.append(tok)
                cur_w += tok.width
                cur_n = n_after
                flush()
                continue
            carry: list[Tok] = []
            if tok.text[0] in NO_START and len(cur) > 1:
                carry.append(cur.pop())
            while len(cur) > 1 and cur[-1].text[-1] in NO_END:
                carry.insert(0, cur.pop())
            for t in carry:
                cur_w -= t.width
                cur_n -= len(t.text)
            flush()
            cur = carry + [tok]
            cur_w = sum(t.width for t in cur)
            cur_n = sum(len(t.text) for t in cur)
            # a single token longer than the line (a long number): split it by characters
            if cur_w > avail and len(cur) == 1 and len(tok.text) > 1:
                cur, cur_w, cur_n = [], 0.0, 0
                for ch in tok.text:
                    w = self.width(ch, tok.role, size)
                    if cur and cur_w + w > avail:
                        flush()
                    cur.append(Tok(ch, tok.role, w))
                    cur_w += w
                    cur_n += 1
        if cur or not lines:
            flush(last=True)
        else:
            lines[-1].last = True
        self._no_widow(lines)
        return lines

    @staticmethod
    def _no_widow(lines: list[Line]) -> None:
        """Never end a paragraph with a lone character (孤字): pull one more from the line above."""
        if len(lines) < 2:
            return
        prev, last = lines[-2], lines[-1]
        if prev.last:            # a hard line break: nothing to rebalance
            return

        def core(toks):
            return sum(1 for t in toks for ch in t.text if ch not in NO_START)

        if core(last.toks) > 1 or len(prev.toks) < 6:
            return
        moved: list[Tok] = []
        while len(prev.toks) > 4 and (core(moved + last.toks) < 2
                                      or (moved and moved[0].text[0] in NO_START)
                                      or prev.toks[-1].text[-1] in NO_END):
            moved.insert(0, prev.toks.pop())
        if not moved:
            return
        w = sum(t.width for t in moved)
        prev.width -= w
        last.toks[:0] = moved
        last.width += w


@dataclass
class Cell:
    text: str = ""
    width: float = 0.0                   # points
    align: str = "center"                # left / center / right
    role: str = "fangsong"
    ruled: int = 0                       # extra ruled lines for handwriting
    valign: str = "middle"               # middle / top
    size: float = 0.0                    # type size; 0 = the table's


@dataclass
class Row:
    cells: list[Cell]
    min_height: float = 0.0
    heading: bool = False                # a full-width section heading row


@dataclass
class Table:
    rows: list[Row]
    size: float = 12.0
    header_rows: int = 0                 # repeated at the top of each page
    leading: float = 0.0                 # default 1.45 x size
    pad: float = 3.0
    line_width: float = 0.6

    def __post_init__(self):
        if not self.leading:
            self.leading = round(self.size * 1.45, 2)


class Flow:
    """Places blocks top-down in the text block, page after page."""

    def __init__(self, canvas, resolver: FontResolver, *, page_start=None, measurer=None):
        self.c = canvas
        self.m = measurer or Measurer(resolver)
        self.roles = self.m.roles
        self.page = 1
        self.y = Y_TOP
        self.page_start = page_start      # callable(flow) at the top of each page (after the first)
        self.record: dict[str, list[str]] | None = None   # font name -> strings drawn (seeding)
        self._page_open = True

    # ---------------------------------------------------------------- pages

    def remaining(self) -> float:
        return self.y - Y_BOTTOM

    def fits(self, h: float) -> bool:
        return self.y - h >= Y_BOTTOM - 0.01

    def new_page(self):
        self._finish_page()
        self.c.showPage()
        self.page += 1
        self.y = Y_TOP
        if self.page_start:
            self.page_start(self)

    def ensure(self, h: float):
        if not self.fits(h) and self.y < Y_TOP - 0.01:
            self.new_page()

    def close(self):
        self._finish_page()
        self.c.showPage()

    def _finish_page(self):
        """Page number "— n —" in 4号 Song, 7 mm under the text block (GB/T 9704 7.5)."""
        text = f"— {self.page} —"
        w = self.m.width(text, "song", PAGE_NO)
        indent = PAGE_NO  # 空一字
        x = X1 - indent - w if self.page % 2 else X0 + indent
        baseline = Y_BOTTOM - 7 * MM - PAGE_NO * 0.62
        self.draw_runs(x, baseline, [Tok(text, "song", w)], PAGE_NO, 0.0)

    # ---------------------------------------------------------------- drawing primitives

    def draw_runs(self, x: float, baseline: float, toks: list[Tok], size: float, cs: float):
        """Draw tokens starting at x with character spacing cs; faces per character."""
        runs: list[tuple[Face | None, str]] = []
        for tok in toks:
            rf = self.roles[tok.role]
            for ch in tok.text:
                face = None if ch in SPECIAL else rf.face_for(ch)
                if runs and runs[-1][0] is face and face is not None:
                    runs[-1] = (face, runs[-1][1] + ch)
                else:
                    runs.append((face, ch))
        if all(face is not None for face, _ in runs):
            self._text(x, baseline, runs, size, cs)
            return
        # split around the drawn tick boxes
        pos = x
        for face, s in runs:
            if face is None:
                self._box(pos, baseline, size, s == BOX_ON)
                pos += size + cs
            else:
                self._text(pos, baseline, [(face, s)], size, cs)
                pos += self._face_width(face, s) * size / 1000.0 + cs * len(s)

    @staticmethod
    def _face_width(face: Face, s: str) -> float:
        if face.chars is not None:
            get = face.chars.get
            return sum(get(ord(ch), 1000.0) for ch in s)
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, face.name, 1000.0)

    def _text(self, x, baseline, runs, size, cs):
        c = self.c
        if self.record is not None:
            for face, s in runs:
                self.record.setdefault(face.name, []).append(s)
        t = c.beginText(x, baseline)
        if cs:
            t.setCharSpace(cs)
        bold = False
        for face, s in runs:
            if face.fake_bold != bold:
                bold = face.fake_bold
                t.setTextRenderMode(2 if bold else 0)
            t.setFont(face.name, size)
            t.textOut(s)
        if bold:
            c.saveState()
            c.setLineWidth(size * 0.028)
            c.drawText(t)
            c.restoreState()
        else:
            c.drawText(t)

    def _box(self, x, baseline, size, checked):
        c = self.c
        s = size * 0.72
        bx = x + (size - s) / 2
        by = baseline - size * 0.08
        c.saveState()
        c.setLineWidth(0.7)
        c.rect(bx, by, s, s, stroke=1, fill=0)
        if checked:
            c.setLineWidth(1.3)
            p = c.beginPath()
            p.moveTo(bx + s * 0.18, by + s * 0.52)
            p.lineTo(bx + s * 0.42, by + s * 0.22)
            p.lineTo(bx + s * 0.85, by + s * 0.85)
            c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    @staticmethod
    def baseline(top: float, pitch: float, size: float) -> float:
        """Baseline that centres a CJK em box (-0.12 .. 0.88 em) in a line of this pitch."""
        return top - pitch / 2 - 0.38 * size

    def draw_line(self, line: Line, x: float, avail: float, baseline: float, size: float,
                  align: str = "justify"):
        n = line.nchars
        used = line.width
        if align == "justify" and not line.last and n > 1:
            cs = (avail - line.indent - used) / (n - 1)
            cs = min(cs, size * 0.5)
            self.draw_runs(x + line.indent, baseline, line.toks, size, cs)
            return
        cs = 0.0
        if used + line.indent > avail and n > 1:     # squeezed to fit the grid
            cs = (avail - line.indent - used) / (n - 1)
        width = used + cs * max(n - 1, 0)
        if align == "center":
            x = x + (avail - width) / 2
        elif align == "right":
            x = x + avail - width
        else:
            x = x + line.indent
        self.draw_runs(x, baseline, line.toks, size, cs)

    # ---------------------------------------------------------------- blocks

    def skip(self, lines: float = 1.0, pitch: float = LINE):
        h = lines * pitch
        if self.fits(h):
            self.y -= h
        else:
            self.new_page()

    def text_lines(self, spans, *, size: float = BODY, pitch: float = LINE,
                   align: str = "justify", indent_chars: float = 2.0, role: str = "fangsong",
                   keep_with_next: float = 0.0, avail: float = BLOCK_W, x: float = X0):
        """A paragraph: first line indented (空二字), justified, flowing over pages.

        keep_with_next: height of what follows and must share a page with this
        paragraph's last two lines (the signature block after the closing text)."""
        if isinstance(spans, str):
            spans = [(spans, role)]
        lines = self.m.wrap(spans, avail, size, first_indent=indent_chars * size)
        n = len(lines)
        tail_from = max(0, n - 2)
        for i, line in enumerate(lines):
            if i == tail_from and keep_with_next:
                need = (n - i) * pitch + keep_with_next
                if not self.fits(need) and need <= BLOCK_H * 0.9 and self.y < Y_TOP - 0.01:
                    self.new_page()
            if not self.fits(pitch):
                self.new_page()
            self.draw_line(line, x, avail, self.baseline(self.y, pitch, size), size, align)
            self.y -= pitch
        return lines

    def title(self, text: str):
        """2号 title centred; long titles break into balanced lines (梯形/菱形)."""
        size = TITLE
        w = self.m.width(text, "title", size)
        nlines = 1
        while w / nlines > BLOCK_W - 2 * size:
            nlines += 1
        if nlines == 1:
            parts = [text]
        else:
            per = -(-len(text) // nlines)
            parts = [text[i:i + per] for i in range(0, len(text), per)]
        for part in parts:
            self.ensure(TITLE_LINE)
            line = Line([Tok(part, "title", self.m.width(part, "title", size))],
                        self.m.width(part, "title", size), last=True)
            self.draw_line(line, X0, BLOCK_W, self.baseline(self.y, TITLE_LINE, size), size, "center")
            self.y -= TITLE_LINE

    def split_line(self, left: str, right: str, *, size: float = BODY, role: str = "fangsong",
                   pitch: float = LINE):
        """One line with text flush left and other text flush right (form sub-headings)."""
        self.ensure(pitch)
        base = self.baseline(self.y, pitch, size)
        lw = self.m.width(left, role, size)
        rw = self.m.width(right, role, size)
        self.draw_runs(X0, base, [Tok(left, role, lw)], size, 0.0)
        self.draw_runs(X1 - rw, base, [Tok(right, role, rw)], size, 0.0)
        self.y -= pitch

    def right_line(self, text: str, *, size: float = BODY, right_chars: float = 0.0,
                   role: str = "fangsong", pitch: float = LINE):
        self.ensure(pitch)
        w = self.m.width(text, role, size)
        line = Line([Tok(text, role, w)], w, last=True)
        self.draw_line(line, X0, BLOCK_W - right_chars * size, self.baseline(self.y, pitch, size),
                       size, "right")
        self.y -= pitch

    def signature(self, office_name: str, date_text: str, *, seal: bool = True, gap: float = LINE):
        """署名 and 成文日期 with room for the seal (GB/T 9704 7.3.5.1).

        The date stands 4 characters in from the right edge; the office name is
        centred over the date; the seal, about 42 mm across, presses both, so a
        blank line and a "（印章）" line are kept above the name."""
        self.ensure(gap + (3 if seal else 2) * LINE)
        self.y -= gap
        size = BODY
        date_w = self.m.width(date_text, "fangsong", size)
        date_right = X1 - 4 * size
        date_x = date_right - date_w
        centre = date_x + date_w / 2
        name_w = self.m.width(office_name, "fangsong", size)
        name_x = min(centre - name_w / 2, X1 - 2 * size - name_w)
        if seal:
            hint = "（印章）"
            hint_w = self.m.width(hint, "fangsong", size)
            self.draw_runs(centre - hint_w / 2, self.baseline(self.y, LINE, size),
                           [Tok(hint, "fangsong", hint_w)], size, 0.0)
            self.y -= LINE
        self.draw_runs(name_x, self.baseline(self.y, LINE, size),
                       [Tok(office_name, "fangsong", name_w)], size, 0.0)
        self.y -= LINE
        self.draw_runs(date_x, self.baseline(self.y, LINE, size),
                       [Tok(date_text, "fangsong", date_w)], size, 0.0)
        self.y -= LINE

    SIGNATURE_HEIGHT = 4 * LINE

    # ---------------------------------------------------------------- tables

    def _cell_lines(self, cell: Cell, size: float, pad: float):
        if not cell.text:
            return []
        return self.m.wrap([(cell.text, cell.role)], cell.width - 2 * pad, size)

    @staticmethod
    def _cell_metrics(cell: Cell, t: Table) -> tuple[float, float]:
        if cell.size and cell.size != t.size:
            return cell.size, t.leading * cell.size / t.size
        return t.size, t.leading

    def _row_layout(self, row: Row, t: Table):
        laid = []
        h = row.min_height or 0.0
        for cell in row.cells:
            size, leading = self._cell_metrics(cell, t)
            lines = self._cell_lines(cell, size, t.pad)
            base = len(lines) if lines else (0 if cell.ruled else 1)
            ch = (base + cell.ruled) * leading + 2 * t.pad
            h = max(h, ch)
            laid.append(lines)
        return laid, h

    def _draw_row(self, row: Row, laid, h: float, t: Table):
        c = self.c
        top = self.y
        x = X0
        c.setLineWidth(t.line_width)
        for cell, lines in zip(row.cells, laid):
            size, leading = self._cell_metrics(cell, t)
            c.rect(x, top - h, cell.width, h, stroke=1, fill=0)
            text_h = len(lines) * leading
            inner = h - 2 * t.pad
            if cell.valign == "top" or cell.ruled:
                ytop = top - t.pad
            else:
                ytop = top - t.pad - max(0.0, (inner - text_h) / 2)
            for line in lines:
                line.last = True
                self.draw_line(line, x + t.pad, cell.width - 2 * t.pad,
                               self.baseline(ytop, leading, size), size, cell.align)
                ytop -= leading
            if cell.ruled:
                c.saveState()
                c.setLineWidth(0.4)
                c.setStrokeGray(0.55)
                c.setDash(1, 2)
                yy = ytop
                while yy - leading >= top - h + t.pad - 0.01:
                    yy -= leading
                    c.line(x + t.pad, yy + 2, x + cell.width - t.pad, yy + 2)
                c.restoreState()
            x += cell.width

    def table(self, t: Table, *, keep_with_next: float = 0.0):
        """Rows top-down; a row never splits; header rows repeat on each new page.

        keep_with_next: height of what follows (a signature block) that must share
        a page with the last row."""
        header = t.rows[:t.header_rows]
        header_laid = [self._row_layout(r, t) for r in header]
        header_h = sum(h for _, h in header_laid)
        body = t.rows[t.header_rows:]

        def draw_header():
            for r, (laid, h) in zip(header, header_laid):
                self._draw_row(r, laid, h, t)
                self.y -= h

        first_h = self._row_layout(body[0], t)[1] if body else 0.0
        self.ensure(header_h + first_h)
        draw_header()
        layouts = [self._row_layout(r, t) for r in body]
        for i, r in enumerate(body):
            laid, h = layouts[i]
            need = h
            if r.heading and i + 1 < len(body):      # keep a section heading with its first row
                need += layouts[i + 1][1]
            if i == len(body) - 1:
                need += keep_with_next
            if not self.fits(need):
                self.new_page()
                draw_header()
            self._draw_row(r, laid, h, t)
            self.y -= h
