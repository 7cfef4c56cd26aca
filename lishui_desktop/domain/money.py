"""Money as integer fen (1 yuan = 100 fen). Floats are refused everywhere.

Amounts come in from forms as text ("1210", "1210.5", "1,210.50") and leave as
text for screens ("1,210.50") and for notices in Chinese capitals
("壹仟贰佰壹拾元伍角整"), as official forms require next to the figures.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .errors import ValidationError

_YUAN_RE = re.compile(r"^\s*(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(?:元)?\s*$")


def to_fen(value, *, field: str = "amount", allow_negative: bool = False) -> int:
    """Yuan given as text, int or Decimal -> integer fen. Floats are a programming error."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError("money must not be a float or bool; pass text, int yuan or Decimal")
    if isinstance(value, int):
        fen = value * 100
    elif isinstance(value, Decimal):
        try:
            q = value.quantize(Decimal("0.01"))
        except InvalidOperation:
            raise ValidationError("money.format", f"{value!r} is not an amount", field=field, value=value)
        if q != value:
            raise ValidationError("money.precision", "amounts have at most 2 decimals (fen)",
                                  field=field, value=value)
        fen = int(q * 100)
    elif isinstance(value, str):
        m = _YUAN_RE.match(value)
        if not m:
            raise ValidationError("money.format", f"{value!r} is not an amount in yuan",
                                  field=field, value=value)
        sign, whole, frac = m.groups()
        fen = int(whole.replace(",", "")) * 100 + int((frac or "0").ljust(2, "0"))
        if sign:
            fen = -fen
    else:
        raise TypeError(f"cannot read money from {type(value).__name__}")
    if fen < 0 and not allow_negative:
        raise ValidationError("money.negative", "amount must not be negative", field=field, value=value)
    return fen


def share_fen(total_fen: int, parts: int) -> int:
    """``total_fen`` split ``parts`` ways, to the nearest fen, halves up (2300.00 / 3 = 766.67).

    One rounding for every per-person figure, so a screen, a notice and the calculation that
    decides eligibility never show the same income as 766.66 in one place and 766.67 in
    another (integer division would truncate).
    """
    if parts <= 0:
        raise ValueError("parts must be positive")
    if isinstance(total_fen, bool) or not isinstance(total_fen, int):
        raise TypeError("total_fen must be integer fen")
    q, r = divmod(abs(total_fen), parts)
    if 2 * r >= parts:
        q += 1
    return q if total_fen >= 0 else -q


def fen_to_decimal(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def format_yuan(fen: int, *, grouping: bool = True) -> str:
    """1210050 -> '12,100.50' (no currency sign; callers add 元 where the form wants it)."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    w = f"{whole:,}" if grouping else str(whole)
    return f"{sign}{w}.{part:02d}"


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ["", "拾", "佰", "仟"]
_SECTIONS = ["", "万", "亿", "万亿"]


def _section(n: int) -> str:
    """0 < n < 10000 in capitals, with inner zeros collapsed ('壹仟零伍')."""
    out, zero = [], False
    for pos in range(3, -1, -1):
        d = (n // 10 ** pos) % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out.append("零")
                zero = False
            out.append(_DIGITS[d] + _UNITS[pos])
    return "".join(out)


def to_chinese_capital(fen: int) -> str:
    """Amount in Chinese financial capitals, e.g. 121050 -> '壹仟贰佰壹拾元伍角整'."""
    if fen < 0:
        return "负" + to_chinese_capital(-fen)
    yuan, rest = divmod(fen, 100)
    jiao, f = divmod(rest, 10)
    parts = []
    if yuan:
        sections, i = [], 0
        while yuan:
            yuan, sec = divmod(yuan, 10000)
            sections.append((i, sec))
            i += 1
        text, need_zero = "", False
        for idx, sec in reversed(sections):
            if sec == 0:
                need_zero = bool(text)
                continue
            if text and (need_zero or sec < 1000):
                text += "零"
            text += _section(sec) + _SECTIONS[idx]
            need_zero = False
        parts.append(text + "元")
    if not jiao and not f:
        return ("".join(parts) or "零元") + "整"
    if jiao:
        parts.append(_DIGITS[jiao] + "角")
    elif parts:
        parts.append("零")
    if f:
        parts.append(_DIGITS[f] + "分")
    else:
        parts.append("整")
    return "".join(parts)
