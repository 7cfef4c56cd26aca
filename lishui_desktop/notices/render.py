"""Render notices to PDF: ``render(notice, signer, out)``, ``render_bytes``, ``render_many``.

Speed (batch printing): each document's first font subsets are seeded with the
characters of its kind's fixed wording, in a fixed order, so those subsets are
byte-identical from one notice to the next and fonts.py builds and compresses
them once per process; only the notice's own characters (names, figures) make a
fresh small subset. Rendering is serialised by a lock: reportlab's TrueType
fonts keep per-document state and are not meant for concurrent documents.
"""
from __future__ import annotations

import io
import os
import threading
import weakref
from typing import BinaryIO, Iterable

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from . import documents, qr
from .fonts import FontResolver, default_resolver
from .layout import BODY, MM, PAGE_H, PAGE_W, X0, X1, Flow, Measurer, Tok
from .model import Notice
from .signing import SiteSigner, notice_qr_text

QR_SIZE = 25 * MM            # in the top margin, right-aligned with the text block
QR_TOP = 7 * MM              # from the top edge of the paper

PRODUCER = "lishui_desktop notices"

# Binary (Flate only) streams: ASCII85 on top of Flate makes files 25 % larger and,
# in reportlab's pure-Python encoder, costs 2 ms per page. Only this package uses reportlab.
rl_config.useA85 = 0

_lock = threading.RLock()
_measurers: "weakref.WeakKeyDictionary[FontResolver, Measurer]" = weakref.WeakKeyDictionary()
_seeds: "weakref.WeakKeyDictionary[FontResolver, dict[str, dict[str, str]]]" = weakref.WeakKeyDictionary()


def _measurer(resolver: FontResolver) -> Measurer:
    """One width cache per resolver."""
    m = _measurers.get(resolver)
    if m is None:
        m = _measurers[resolver] = Measurer(resolver)
    return m


COPY_MARK = "副本"
COPY_SIZE = 18.0


def copy_mark_box() -> tuple[float, float, float, float]:
    """Where the 副本 stamp goes: (x0, y0, x1, y1) in the top margin, left, level with the QR."""
    w = 2 * COPY_SIZE + 12
    h = COPY_SIZE + 10
    y0 = PAGE_H - QR_TOP - QR_SIZE / 2 - h / 2
    return X0, y0, X0 + w, y0 + h


def _copy_mark(flow: Flow):
    """副本 stamped in the top margin of every page of a reprint. It sits outside the text
    block on purpose: a reprint keeps exactly the original's line and page breaks."""
    x0, y0, x1, y1 = copy_mark_box()
    c = flow.c
    c.saveState()
    c.setLineWidth(1.5)
    c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.rect(x0 + 2.5, y0 + 2.5, x1 - x0 - 5, y1 - y0 - 5, stroke=1, fill=0)
    c.restoreState()
    w = flow.m.width(COPY_MARK, "hei", COPY_SIZE)
    flow.draw_runs((x0 + x1 - w) / 2, (y0 + y1) / 2 - 0.38 * COPY_SIZE, [Tok(COPY_MARK, "hei", w)],
                   COPY_SIZE, 0.0)


def _seed_for(kind: str, resolver: FontResolver) -> dict[str, str]:
    """Font name -> the characters the sample notice of this kind draws, in first-use order."""
    per_kind = _seeds.setdefault(resolver, {})
    seed = per_kind.get(kind)
    if seed is None:
        from .samples import sample_notices

        sample = sample_notices()[kind]
        scratch = Canvas(io.BytesIO(), pagesize=(PAGE_W, PAGE_H))
        flow = Flow(scratch, resolver, measurer=_measurer(resolver))
        flow.record = {}
        documents.WRITERS[kind](flow, sample)
        flow._finish_page()                      # the page number's "—" and figures
        seed = {name: "".join(dict.fromkeys("".join(parts))) for name, parts in flow.record.items()}
        per_kind[kind] = seed
    return seed


def _apply_seed(canvas: Canvas, seed: dict[str, str]) -> None:
    doc = canvas._doc
    for name, chars in seed.items():
        font = pdfmetrics.getFont(name)
        if not hasattr(font, "_assignState"):          # the CID fallback: nothing to subset
            continue
        state = font._assignState(doc)
        if all(ord(ch) in state.assignments for ch in chars):
            continue
        font.splitString(chars, doc)
        # close the partly filled subset: this document's own characters start a new one
        if state.nextCode & 0xFF:
            state.nextCode = ((state.nextCode >> 8) + 1) << 8


def _draw_notice(canvas: Canvas, notice: Notice, signer: SiteSigner, resolver: FontResolver) -> int:
    """Draw one notice from the current (fresh) page on; returns the number of pages."""
    _apply_seed(canvas, _seed_for(notice.kind, resolver))
    flow = Flow(canvas, resolver, measurer=_measurer(resolver))
    qr.draw(canvas, notice_qr_text(notice, signer), X1 - QR_SIZE, PAGE_H - QR_TOP - QR_SIZE, QR_SIZE)
    if notice.header.is_copy:
        flow.page_start = _copy_mark
        _copy_mark(flow)
    documents.WRITERS[notice.kind](flow, notice)
    flow.close()
    return flow.page


def _canvas(out, title: str, resolver: FontResolver) -> Canvas:
    roles = resolver.roles()
    c = Canvas(out, pagesize=(PAGE_W, PAGE_H), pageCompression=1,
               initialFontName=roles["fangsong"].name, initialFontSize=BODY)
    c.setTitle(title)
    c.setAuthor(PRODUCER)
    c.setCreator(PRODUCER)
    c.setProducer(PRODUCER)
    return c


def render(notice: Notice, signer: SiteSigner, out: str | os.PathLike | BinaryIO, *,
           resolver: FontResolver | None = None) -> int:
    """Write ``notice`` as a PDF to a path or binary file object; returns the page count."""
    resolver = resolver or default_resolver()
    target = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
    with _lock:
        c = _canvas(target, documents.title_of(notice), resolver)
        pages = _draw_notice(c, notice, signer, resolver)
        c.save()
    return pages


def render_bytes(notice: Notice, signer: SiteSigner, *, resolver: FontResolver | None = None) -> bytes:
    buf = io.BytesIO()
    render(notice, signer, buf, resolver=resolver)
    return buf.getvalue()


def render_many(notices: Iterable[Notice], signer: SiteSigner, out: str | os.PathLike | BinaryIO, *,
                resolver: FontResolver | None = None, title: str = "通知书",
                progress=None) -> list[tuple[int, int]]:
    """Batch printing: every notice in one PDF (fonts embedded once), each starting on a new
    page with its own page numbers and QR code. Returns (first page, page count) per notice.

    ``progress(done)`` is called after each notice; raising from it cancels the batch."""
    resolver = resolver or default_resolver()
    target = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
    spans = []
    with _lock:
        c = _canvas(target, title, resolver)
        page = 1
        for i, notice in enumerate(notices, 1):
            n = _draw_notice(c, notice, signer, resolver)
            spans.append((page, n))
            page += n
            if progress is not None:
                progress(i)
        c.save()
    return spans
