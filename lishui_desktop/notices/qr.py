"""QR code drawn as vector rectangles (crisp at any printer resolution).

The encoder is zxing-cpp's (C++, about 1 ms a code) when it is installed, which
it is wherever ``verify_pdf`` can run; otherwise the pure-Python ``qrcode``
package with a fixed mask pattern: every mask gives a valid code, and scoring
all eight in pure Python costs about 11 ms a code, which batch printing cannot
afford. Error correction level M (15 %) survives creases and a stamp's edge.
"""
from __future__ import annotations

import re

try:
    import zxingcpp as _zxing
except ImportError:  # pragma: no cover - depends on the installation
    _zxing = None

MASK = 2   # for the qrcode fallback


_DARK_RUN = re.compile(rb"[\x00-\x7f]+")      # zxing image bytes: 0 = dark, 255 = light


def _rows(text: str, encoder: str | None) -> tuple[int, list[bytes]]:
    """Module rows as bytes (dark < 128), without quiet zone."""
    if (encoder or ("zxing" if _zxing is not None else "qrcode")) == "zxing":
        code = _zxing.create_barcode(text, _zxing.BarcodeFormat.QRCode, ec_level="M")
        img = memoryview(code.to_image(scale=1, add_quiet_zones=False))
        n = img.shape[0]
        raw = img.tobytes()
        return n, [raw[r * n:(r + 1) * n] for r in range(n)]
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    q = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=MASK)
    q.add_data(text.encode("utf-8"), optimize=0)
    q.make(fit=True)
    m = q.get_matrix()
    return len(m), [bytes(0 if dark else 255 for dark in row) for row in m]


def matrix(text: str, *, encoder: str | None = None) -> list[list[bool]]:
    """Rows of dark (True) / light modules, without quiet zone."""
    _n, rows = _rows(text, encoder)
    return [[b < 128 for b in row] for row in rows]


def draw(canvas, text: str, x: float, y: float, size: float, *, encoder: str | None = None) -> int:
    """Draw the code for ``text`` with its lower-left corner at (x, y), ``size`` points wide.

    Dark modules of a row are merged into runs and written as one path with
    integer coordinates in module units. Returns the QR version."""
    n, rows = _rows(text, encoder)
    parts = []
    for r, row in enumerate(rows):
        yy = n - 1 - r
        for m in _DARK_RUN.finditer(row):
            a, b = m.span()
            parts.append(f"{a} {yy} {b - a} 1 re")
    scale = size / n
    canvas.addLiteral(f"q 0 g {scale:.5f} 0 0 {scale:.5f} {x:.3f} {y:.3f} cm\n"
                      + "\n".join(parts) + "\nf Q")
    return (n - 17) // 4
