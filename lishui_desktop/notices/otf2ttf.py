"""A CFF-outline OpenType face (.otf) converted once to TrueType outlines, so reportlab
can embed it: FandolFang, the free 仿宋 of Debian's texlive-lang-chinese (GPL with the
font exception), is the body face of the notices where simfang.ttf is absent.

The cubic curves become quadratic ones with fontTools' cu2qu (max error 1 unit of
1000 per em, invisible at 16 pt). The result is cached in the user's cache folder,
keyed by the source file's size and time, and written atomically.
"""
from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

MAX_ERR = 1.0


def cache_dir() -> Path:
    env = os.environ.get("LISHUI_FONT_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("lishui-desktop", appauthor=False)) / "fonts"


def target(source: Path) -> Path:
    """Where the TrueType version of ``source`` is cached (keyed by its path, size and time)."""
    st = source.stat()
    key = hashlib.sha1(f"{source.resolve()}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:10]
    return cache_dir() / f"{source.stem}-{key}.ttf"


def cached(source: Path) -> Path | None:
    out = target(source)
    return out if out.exists() else None


def converted(source: Path) -> Path | None:
    """The TrueType version of ``source`` (converted now if not cached); None when fontTools
    is missing or the file cannot be converted (the caller then uses the next face).

    One process converts at a time: the desktop starts the conversion in a process of its
    own after sign-in (``lishui-desktop fonts``), and a notice issued meanwhile waits for
    that one to finish rather than doing the half-minute's work a second time."""
    out = target(source)
    if out.exists():
        return out
    try:
        from fontTools.ttLib import TTFont  # noqa: F401
    except ImportError:
        log.info("fontTools is not installed: %s cannot be converted for embedding", source)
        return None
    from filelock import FileLock, Timeout
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        # A conversion takes about half a minute on an office computer; one that holds the
        # lock for ten has died without releasing it (a lock file's lock goes with its process).
        with FileLock(str(out) + ".lock", timeout=600):
            if out.exists():
                return out
            log.warning("converting %s to TrueType outlines once (cached in %s)", source.name, out.parent)
            tmp = out.with_name(out.name + f".{os.getpid()}.partial")
            _convert(source, tmp)
            tmp.replace(out)
    except Timeout:
        log.warning("%s: another conversion has held the lock for ten minutes; skipped", source)
        return None
    except Exception as exc:      # a damaged or unusual font must not stop the notices
        log.warning("%s could not be converted: %s", source, exc)
        return None
    return out


def _convert(source: Path, dest: Path) -> None:
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(source))
    if font.sfntVersion != "OTTO":
        raise ValueError("not a CFF-flavoured OpenType font")
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, g in glyf.glyphs.items():
        if hasattr(g, "xMin"):
            hmtx[name] = (hmtx[name][0], g.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 1 if attr == "maxZones" else 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0          # no glyph names: reportlab maps characters by cmap
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(dest))
