"""Reading rendered notices back: pypdf for text, positions and fonts; pdftoppm + zxing-cpp for pixels."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pypdf
from PIL import Image

from lishui_desktop.notices.layout import MM, PAGE_H, X0, X1, Y_BOTTOM, Y_TOP
from lishui_desktop.notices.render import QR_SIZE, QR_TOP, copy_mark_box

A4 = (595.2756, 841.8898)
EPS = 0.6
ID_RE = re.compile(r"\d{6}(?:\d{8}|\*{8})\d{3}[\dXx]|\d{6}\*+\d{4}")
PAGE_NO_RE = re.compile(r"^[—\s\d]+$")


@dataclass
class Span:
    page: int
    x: float
    y: float
    size: float
    font: str
    text: str


def reader(pdf) -> pypdf.PdfReader:
    return pypdf.PdfReader(str(pdf))


def flat(text: str) -> str:
    """Extracted text without line breaks and spaces (paragraphs wrap anywhere)."""
    return re.sub(r"\s+", "", text)


def page_texts(pdf) -> list[str]:
    return [p.extract_text() for p in reader(pdf).pages]


def all_text(pdf) -> str:
    return flat("".join(page_texts(pdf)))


def spans(pdf) -> list[Span]:
    out: list[Span] = []
    for i, page in enumerate(reader(pdf).pages, 1):
        def visit(text, cm, tm, font_dict, font_size, _i=i):
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            name = str((font_dict or {}).get("/BaseFont", ""))
            out.append(Span(_i, x, y, font_size * scale, name, text))
        page.extract_text(visitor_text=visit)
    return out


def is_page_number(s: Span) -> bool:
    return bool(PAGE_NO_RE.match(s.text)) and s.y < Y_BOTTOM


def is_copy_mark(s: Span) -> bool:
    x0, y0, x1, y1 = copy_mark_box()
    return s.text == "副本" and x0 <= s.x <= x1 and y0 <= s.y <= y1


def fonts_of(pdf) -> list[dict]:
    """Every font resource of every page, with its descriptor."""
    found = []
    for page in reader(pdf).pages:
        res = page.get("/Resources", {})
        fonts = res.get_object().get("/Font", {}) if res else {}
        for _key, ref in fonts.items():
            found.append(ref.get_object())
    return found


def page_image(pdf, page: int = 1, dpi: int = 100) -> Image.Image:
    exe = shutil.which("pdftoppm")
    assert exe, "pdftoppm (poppler-utils) is required"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "p"
        subprocess.run([exe, "-r", str(dpi), "-f", str(page), "-l", str(page), "-gray", "-png",
                        "-singlefile", str(pdf), str(out)], check=True, capture_output=True)
        with Image.open(str(out) + ".png") as im:
            return im.convert("L").copy()


def ink_outside_block(pdf, page: int, dpi: int = 60, *, copy: bool = False):
    """Dark pixels outside the GB/T 9704 text block, except the QR code (page 1)
    and the page-number band under the block."""
    img = page_image(pdf, page, dpi)
    k = dpi / 72.0

    def to_px(x, y):            # PDF points (origin bottom-left) -> pixel (origin top-left)
        return x * k, (PAGE_H - y) * k

    bx0, by0 = to_px(X0, Y_TOP)
    bx1, by1 = to_px(X1, Y_BOTTOM)
    allowed = [(bx0 - 1.5, by0 - 1.5, bx1 + 1.5, by1 + 1.5)]
    # page number band: from the block's bottom down to 7 mm + one 14 pt line below it
    nx0, ny0 = to_px(X0, Y_BOTTOM)
    nx1, ny1 = to_px(X1, Y_BOTTOM - 7 * MM - 18)
    allowed.append((nx0 - 1, ny0, nx1 + 1, ny1))
    if page == 1:
        qx0, qy0 = to_px(X1 - QR_SIZE, PAGE_H - QR_TOP)
        qx1, qy1 = to_px(X1, PAGE_H - QR_TOP - QR_SIZE)
        allowed.append((qx0 - 1.5, qy0 - 1.5, qx1 + 1.5, qy1 + 1.5))
    if copy:
        x0, y0, x1, y1 = copy_mark_box()
        cx0, cy0 = to_px(x0, y1)
        cx1, cy1 = to_px(x1, y0)
        allowed.append((cx0 - 1.5, cy0 - 1.5, cx1 + 1.5, cy1 + 1.5))
    dark = img.point(lambda v: 255 if v < 160 else 0)
    for a, b, c, d in allowed:
        dark.paste(0, (int(a), int(b), int(c) + 1, int(d) + 1))
    return dark.getbbox()       # None when no ink lies outside


def decode_qr(pdf, page: int = 1, dpi: int = 150) -> bytes:
    import zxingcpp

    img = page_image(pdf, page, dpi)
    results = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode)
    assert results, "no QR code decoded"
    return bytes(results[0].bytes)


FANDOL = [Path("/usr/local/share/fonts/fandol/FandolFang-Regular.otf"),
          Path("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf")]


def small_fandol_font(folder: Path) -> Path:
    """FandolFang (a real CFF OpenType face, same file name) cut down with fontTools'
    subsetter to the characters every notice face must have and a few names: converting it
    takes a moment, not the half-minute of the whole face."""
    from fontTools import subset
    from lishui_desktop.notices.fonts import PROBE
    source = next(p for p in FANDOL if p.exists())
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "FandolFang-Regular.otf"
    options = subset.Options()
    font = subset.load_font(str(source), options)
    sub = subset.Subsetter(options)
    sub.populate(text=PROBE + "张建国李秀英低保审批通知书")
    sub.subset(font)
    subset.save_font(font, str(out), options)
    assert out.read_bytes()[:4] == b"OTTO"
    return out
