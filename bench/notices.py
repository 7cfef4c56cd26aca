"""Notices per second: 1,000 approval notices, against bare reportlab drawing the same text.

    python bench/notices.py [--count 1000]

Four figures, all in this run on this machine (each the fastest of --rounds runs):

* ``render_bytes``: one PDF per notice (the archive copy of each case), the full
  pipeline: layout, Ed25519-signed QR code, embedded font subsets.
* ``render_many``: one PDF holding every notice (a batch to the printer).
* bare reportlab, one PDF per notice / one PDF for all: a Canvas with the same
  TrueType files registered the plain way, drawing the same strings at the same
  positions with drawString; no layout, no QR code, no signature.

The notices differ in name, household, amount, number and id, as a real batch
would. Fonts are loaded before the clock starts (both sides).
"""
from __future__ import annotations

import argparse
import dataclasses
import io
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from lishui_desktop.notices import SiteSigner, render_bytes, render_many  # noqa: E402
from lishui_desktop.notices.fonts import default_resolver  # noqa: E402
from lishui_desktop.notices.layout import PAGE_H, PAGE_W, Flow  # noqa: E402
from lishui_desktop.notices.samples import sample_notices  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐叶蓝雷钟"
GIVEN = "建国秀英志明海燕丽华伟芳小军春梅水娟根土林芳晓东金福玉兰德胜桂花雪莲"


def approvals(count: int):
    base = sample_notices()["approval"]
    out = []
    for i in range(count):
        names = tuple(SURNAMES[(i + k) % len(SURNAMES)] + GIVEN[(3 * i + k) % len(GIVEN)]
                      + GIVEN[(7 * i + 2 * k + 1) % len(GIVEN)] for k in range(1 + i % 4))
        case = dataclasses.replace(base.content.case, applicant_name=names[0],
                                   application_date=date(2026, 9 + i % 3, 1 + i % 28))
        content = dataclasses.replace(base.content, case=case, covered_names=names,
                                      amount_fen=60000 + 1737 * (i % 900) + (i % 7) * 10)
        header = dataclasses.replace(base.header, number=f"莲民救〔2026〕{1000 + i}号",
                                     application_id=f"0193a6f2-5c1e-7b40-9d2a-{i:012d}")
        out.append(dataclasses.replace(base, header=header, content=content))
    return out


def capture_ops(notices, signer):
    """What our renderer draws, per notice: (x, y, font, size, char space, text)."""
    ops_per_notice = []
    original = Flow._text

    def spy(self, x, baseline, runs, size, cs):
        for face, s in runs:
            self._bench_ops.append((x, baseline, face.name, size, cs, s))
        return original(self, x, baseline, runs, size, cs)

    original_init = Flow.__init__

    def init(self, *a, **kw):
        original_init(self, *a, **kw)
        self._bench_ops = current

    Flow._text, Flow.__init__ = spy, init
    try:
        for n in notices:
            current = []
            render_bytes(n, signer)
            ops_per_notice.append(current)
    finally:
        Flow._text, Flow.__init__ = original, original_init
    return ops_per_notice


def plain_fonts() -> dict[str, str]:
    """Our font names -> the same files registered as plain reportlab TTFonts."""
    mapping = {}
    for role in default_resolver().roles().values():
        for face in [role.primary] + role.fallbacks:
            if face.name in mapping or face.path is None:
                continue
            plain = "BARE-" + face.name
            try:
                pdfmetrics.getFont(plain)
            except KeyError:
                pdfmetrics.registerFont(TTFont(plain, face.path, subfontIndex=face.index))
            mapping[face.name] = plain
    return mapping


def bare_draw(c: Canvas, ops, fonts):
    for x, y, font, size, cs, text in ops:
        c.setFont(fonts.get(font, font), size)
        c.drawString(x, y, text, charSpace=cs)
    c.showPage()


def bare_each(ops_list, fonts) -> list[bytes]:
    out = []
    for ops in ops_list:
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
        bare_draw(c, ops, fonts)
        c.save()
        out.append(buf.getvalue())
    return out


def bare_batch(ops_list, fonts) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    for ops in ops_list:
        bare_draw(c, ops, fonts)
    c.save()
    return buf.getvalue()


def timed(fn, *args):
    t = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - t, result


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=1000)
    p.add_argument("--rounds", type=int, default=3, help="runs of each mode; the fastest counts")
    p.add_argument("--out", help="also write the batch PDF here")
    args = p.parse_args(argv)

    import logging
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    resolver = default_resolver()
    t_fonts, _ = timed(resolver.roles)
    signer = SiteSigner.generate("331102")
    notices = approvals(args.count)
    t_first, _ = timed(render_bytes, notices[0], signer)     # seeds this kind's subsets

    ops = capture_ops(notices, signer)                        # untimed: the text to draw
    fonts = plain_fonts()
    bare_each(ops[:3], fonts)                                 # warm the plain fonts too

    def best(fn, *a):
        """Fastest of --rounds runs (the machine is shared: slower runs measure the neighbours)."""
        runs = [timed(fn, *a) for _ in range(args.rounds)]
        return min(r[0] for r in runs), runs[0][1]

    t_each, files = best(lambda: [render_bytes(n, signer) for n in notices])
    t_batch, batch = best(lambda: _batch(notices, signer))
    t_bare_each, bare_files = best(bare_each, ops, fonts)
    t_bare_batch, bare_pdf = best(bare_batch, ops, fonts)

    n = args.count
    if args.out:
        Path(args.out).write_bytes(batch)

    def rate(t):
        return n / t

    print(f"notices: {n} approval notices, {sum(len(o) for o in ops) / n:.0f} text runs each; "
          f"fonts: {', '.join(sorted({r.primary.description for r in resolver.roles().values()}))}")
    print(f"font lookup and loading: {t_fonts * 1000:.0f} ms once; first notice (seeding): "
          f"{t_first * 1000:.0f} ms")
    print(f"{'':34}{'notices/s':>10}{'ms each':>9}{'KiB each':>10}")
    rows = [
        ("render_bytes (one PDF each)", t_each, statistics.mean(map(len, files))),
        ("render_many (one PDF for all)", t_batch, len(batch) / n),
        ("bare reportlab, one PDF each", t_bare_each, statistics.mean(map(len, bare_files))),
        ("bare reportlab, one PDF for all", t_bare_batch, len(bare_pdf) / n),
    ]
    for label, t, size in rows:
        print(f"{label:34}{rate(t):10.1f}{t / n * 1000:9.2f}{size / 1024:10.1f}")
    print(f"ratio render_bytes / bare (one PDF each): {t_bare_each / t_each:.2f} "
          f"(our throughput as a share of bare reportlab's)")
    print(f"ratio render_many / bare (one PDF for all): {t_bare_batch / t_batch:.2f}")
    target = 100.0
    ok = rate(t_each) >= target and rate(t_batch) >= target
    print(f"target >= {target:.0f} notices/s: {'met' if ok else 'NOT met'}")
    return 0


def _batch(notices, signer) -> bytes:
    buf = io.BytesIO()
    render_many(notices, signer, buf)
    return buf.getvalue()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
