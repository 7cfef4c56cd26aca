"""Font resolver: the official faces where the machine has them, embedded as subsets.

GB/T 9704-2012 asks for FangSong (仿宋) 3号 in the body, 小标宋 2号 for the
title, HeiTi (黑体) for first-level headings and SongTi (宋体) 4号 for page
numbers. Each *role* below lists the files to look for, best first:

========  =====================================================================
role      search order (first file found that has TrueType outlines and the
          simplified characters the notices use wins)
========  =====================================================================
fangsong  仿宋: simfang.ttf (Windows), 仿宋_GB2312 / FangSong_GB2312, 方正仿宋
          (FZFSJW/FZFSK), 华文仿宋 STFANGSO.TTF; then FandolFang (free, Debian
          texlive-lang-chinese or `make fandol`; CFF outlines converted once to
          TrueType by otf2ttf); then substitutes, in this order:
          宋体 simsun.ttc, AR PL UMing CN (Debian fonts-arphic-uming: a Ming/Song
          face, the closest in structure to FangSong), AR PL UKai CN
          (fonts-arphic-ukai), WenQuanYi Zen Hei (fonts-wqy-zenhei).
title     方正小标宋 (FZXBSJW / FZXBSK), 华文中宋 STZHONGS.TTF; then a Song face
          drawn bold (simsun.ttc, UMing CN), then Hei (simhei.ttf, Zen Hei).
hei       simhei.ttf, 方正黑体 FZHTJW, WenQuanYi Zen Hei; then UMing drawn bold.
song      simsun.ttc, 华文宋体 STSONG.TTF, UMing CN, then the fangsong chain.
========  =====================================================================

On Debian the only FangSong face with simplified characters is FandolFang (in
texlive-lang-chinese; fonts-cwtex-fs is Big5 only); without it the body is set
in AR PL UMing CN and the log says so.

Files are looked for in ``$LISHUI_FONT_DIRS`` (os.pathsep separated) first,
then the system font folders (Windows ``%WINDIR%\\Fonts`` and the per-user
folder, ``/usr/share/fonts``, ``/usr/local/share/fonts``, ``~/.local/share/fonts``,
``~/.fonts``, texlive's fandol folder, macOS ``/Library/Fonts``). CFF-flavoured
OpenType (.otf, such as Noto CJK) cannot be embedded by reportlab: FandolFang is
converted, other .otf files are skipped.

Only when no TrueType CJK face exists at all do we fall back to reportlab's
built-in CID font STSong-Light, which is *not embedded*; a warning says so.

Characters missing from a role's face (rare name characters) are drawn from the
next face that has them (``ResolvedFont.face_for``).
"""
from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
import zlib
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFError, TTFont

log = logging.getLogger(__name__)

#: characters every notice face must have (simplified forms, brackets of document numbers)
PROBE = "丽水县乡镇街道审核确认书请号〔〕（）：；，。一二三四五六七八九十元角整壹贰叁"

CID_FALLBACK = "STSong-Light"

# (file name, subfont index, description). Names are matched case-insensitively.
_FANGSONG_OFFICIAL = [
    ("simfang.ttf", 0, "仿宋 (SimFang)"),
    ("仿宋_gb2312.ttf", 0, "仿宋_GB2312"),
    ("fangsong_gb2312.ttf", 0, "仿宋_GB2312"),
    ("fzfsjw.ttf", 0, "方正仿宋简体"),
    ("fzfsk.ttf", 0, "方正仿宋_GBK"),
    ("stfangso.ttf", 0, "华文仿宋"),
]
# A free 仿宋 (Debian texlive-lang-chinese, GPL with the font exception): CFF outlines,
# converted once to TrueType for embedding (otf2ttf).
_FANGSONG_FREE = [
    ("fandolfang-regular.otf", 0, "FandolFang 仿宋 (texlive-lang-chinese)"),
]
_SONG = [
    ("simsun.ttc", 0, "宋体 (SimSun)"),
    ("simsun.ttf", 0, "宋体 (SimSun)"),
    ("stsong.ttf", 0, "华文宋体"),
    ("uming.ttc", 0, "AR PL UMing CN (fonts-arphic-uming)"),
]
_KAI = [
    ("simkai.ttf", 0, "楷体 (SimKai)"),
    ("stkaiti.ttf", 0, "华文楷体"),
    ("ukai.ttc", 0, "AR PL UKai CN (fonts-arphic-ukai)"),
]
_HEI = [
    ("simhei.ttf", 0, "黑体 (SimHei)"),
    ("fzhtjw.ttf", 0, "方正黑体简体"),
    ("wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei (fonts-wqy-zenhei)"),
    ("wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
]
_XBS = [
    ("fzxbsjw.ttf", 0, "方正小标宋简体"),
    ("fzxbsk.ttf", 0, "方正小标宋_GBK"),
    ("方正小标宋简体.ttf", 0, "方正小标宋简体"),
    ("stzhongs.ttf", 0, "华文中宋"),
]

# role -> list of (candidates, fake_bold)
ROLES: dict[str, list[tuple[list, bool]]] = {
    "fangsong": [(_FANGSONG_OFFICIAL, False), (_FANGSONG_FREE, False), (_SONG, False), (_KAI, False),
                 (_HEI, False)],
    "title": [(_XBS, False), (_SONG, True), (_HEI, False), (_KAI, True)],
    "hei": [(_HEI, False), (_SONG, True), (_KAI, True)],
    "song": [(_SONG, False), (_FANGSONG_OFFICIAL, False), (_KAI, False), (_HEI, False)],
}

#: what the log calls the face each role should ideally have
_IDEAL = {"fangsong": "仿宋 (FangSong)", "title": "小标宋 (XiaoBiaoSong)",
          "hei": "黑体 (HeiTi)", "song": "宋体 (SongTi)"}


def font_dirs() -> list[Path]:
    dirs: list[Path] = []
    extra = os.environ.get("LISHUI_FONT_DIRS", "")
    dirs += [Path(p) for p in extra.split(os.pathsep) if p]
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts"),
                 Path.home() / "Library" / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
                 Path.home() / ".local" / "share" / "fonts", Path.home() / ".fonts",
                 # where texlive-lang-chinese puts FandolFang
                 Path("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol")]
    return dirs


def _index_files(dirs: list[Path]) -> dict[str, Path]:
    """lower-case file name -> first path found (earlier folders win)."""
    found: dict[str, Path] = {}
    for d in dirs:
        if not d.is_dir():
            continue
        for root, _subdirs, files in os.walk(d):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc", ".otf")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def _found(files: dict[str, Path], candidates):
    """(path, subfont index, description) of the candidates present among ``files``, in order."""
    for filename, index, desc in candidates:
        path = files.get(filename.lower())
        if path is not None:
            yield path, index, desc


class _FlateMemo:
    """A Flate filter that compresses each distinct font subset once per process."""

    pdfname = "FlateDecode"

    def __init__(self, size: int = 64):
        self._cache: OrderedDict[bytes, bytes] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def encode(self, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        with self._lock:
            hit = self._cache.get(data)
            if hit is not None:
                self._cache.move_to_end(data)
                return hit
        out = zlib.compress(data)
        with self._lock:
            self._cache[data] = out
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return out


_FLATE = _FlateMemo()


def _speed_up(font: TTFont) -> None:
    """Batch printing speed-ups for reportlab's TrueType subsetting, per font object.

    * the subsetter re-slices whole tables (a CJK 'glyf' is ~18 MB) for every
      subset of every document: the file bytes never change, so keep each table once;
    * a subset with the same characters in the same order gives the same bytes, so
      keep the last few subsets and their compressed form (the renderer seeds the
      first subsets of each document with the kind's fixed wording, see render.py).

    ``addSubsetObjects`` below is reportlab's own (ttfonts.TTFontFace, reportlab
    4.x) with the two memos plugged in."""
    face = font.face
    orig_get_table = face.get_table
    tables: dict[str, bytes] = {}

    def get_table(tag):
        data = tables.get(tag)
        if data is None:
            data = tables[tag] = orig_get_table(tag)
        return data

    face.get_table = get_table

    orig_make_subset = face.makeSubset
    subsets: OrderedDict[tuple, bytes] = OrderedDict()
    lock = threading.Lock()

    def make_subset(subset):
        key = tuple(subset)
        with lock:
            data = subsets.get(key)
            if data is not None:
                subsets.move_to_end(key)
                return data
        data = orig_make_subset(subset)
        with lock:
            subsets[key] = data
            while len(subsets) > 32:
                subsets.popitem(last=False)
        return data

    face.makeSubset = make_subset

    def add_subset_objects(doc, fontname, subset):
        font_file = pdfdoc.PDFStream()
        font_file.content = make_subset(subset)
        font_file.dictionary["Length1"] = len(font_file.content)
        if doc.compression:
            font_file.filters = [_FLATE]
        font_file_ref = doc.Reference(font_file, "fontFile:%s(%s)" % (face.filename, fontname))
        flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor",
            "Ascent": face.ascent,
            "CapHeight": face.capHeight,
            "Descent": face.descent,
            "Flags": flags,
            "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(fontname),
            "ItalicAngle": face.italicAngle,
            "StemV": face.stemV,
            "FontFile2": font_file_ref,
            "MissingWidth": face.defaultWidth,
        })
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)

    face.addSubsetObjects = add_subset_objects


@dataclass
class Face:
    """One registered reportlab font."""

    name: str                      # reportlab font name
    path: str | None               # None for the CID fallback
    description: str
    fake_bold: bool = False
    embedded: bool = True
    chars: object = None           # mapping code point -> width (TrueType cmap), None for CID
    index: int = 0                 # subfont index in a .ttc

    def has(self, ch: str) -> bool:
        return self.chars is None or ord(ch) in self.chars


@dataclass
class ResolvedFont:
    """A role: its primary face plus faces to borrow missing characters from."""

    role: str
    primary: Face
    fallbacks: list[Face] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.primary.name

    def face_for(self, ch: str) -> Face:
        if self.primary.has(ch):
            return self.primary
        for f in self.fallbacks:
            if f.has(ch):
                return f
        return self.primary


class FontResolver:
    """Finds and registers the faces once per process; thread-safe."""

    def __init__(self, dirs: list[Path] | None = None, *, allow_truetype: bool = True):
        self._dirs = dirs
        self._allow_truetype = allow_truetype
        self._lock = threading.Lock()
        self._roles: dict[str, ResolvedFont] | None = None
        self._faces: dict[tuple[str, int], Face | None] = {}
        self.report: list[str] = []

    # -- public

    def role(self, role: str) -> ResolvedFont:
        return self.roles()[role]

    def roles(self) -> dict[str, ResolvedFont]:
        if self._roles is None:
            with self._lock:
                if self._roles is None:
                    self._roles = self._resolve()
        return self._roles

    @property
    def uses_cid_fallback(self) -> bool:
        return any(not r.primary.embedded for r in self.roles().values())

    # -- internals

    def _load(self, path: Path, index: int, description: str) -> Face | None:
        key = (str(path), index)
        if key in self._faces:
            return self._faces[key]
        face = None
        try:
            with open(path, "rb") as fh:
                magic = fh.read(4)
            if magic == b"OTTO":
                # reportlab embeds TrueType outlines only; listed .otf faces are converted once
                from .otf2ttf import converted
                ttf = converted(path)
                if ttf is None:
                    raise TTFError("CFF (PostScript) outlines cannot be embedded by reportlab")
                description += f", converted to TrueType from {path}"
                path = ttf
            digest = hashlib.sha1(str(path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:8]
            name = f"LSN-{path.stem}-{index}-{digest}"
            try:
                font = pdfmetrics.getFont(name)
            except KeyError:
                font = TTFont(name, str(path), subfontIndex=index)
                _speed_up(font)
                pdfmetrics.registerFont(font)
            widths = font.face.charWidths
            missing = [c for c in PROBE if ord(c) not in widths]
            if missing:
                log.info("font %s (%s) lacks %s; skipped", path, description, "".join(missing[:8]))
            else:
                face = Face(name=name, path=str(path), description=description, chars=widths,
                            index=index)
        except (TTFError, OSError, ValueError, KeyError, IndexError) as exc:
            log.info("font %s (%s) cannot be used: %s", path, description, exc)
        self._faces[key] = face
        return face

    def _resolve(self) -> dict[str, ResolvedFont]:
        files = _index_files(self._dirs if self._dirs is not None else font_dirs()) \
            if self._allow_truetype else {}
        roles: dict[str, ResolvedFont] = {}
        all_faces: list[Face] = []
        for role, chain in ROLES.items():
            chosen: list[Face] = []
            for candidates, fake_bold in chain:
                for path, index, desc in _found(files, candidates):
                    face = self._load(path, index, desc)
                    if face is None:
                        continue
                    if fake_bold:
                        face = Face(face.name, face.path, face.description + ", drawn bold",
                                    fake_bold=True, chars=face.chars, index=face.index)
                    if all(f.name != face.name for f in chosen):
                        chosen.append(face)
            if chosen:
                roles[role] = ResolvedFont(role, chosen[0], chosen[1:])
                all_faces += [f for f in chosen if f not in all_faces]
        if not roles:
            msg = ("no TrueType CJK font found (looked for simfang.ttf, simsun.ttc, simhei.ttf and "
                   "the Debian packages fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei); "
                   f"falling back to reportlab's built-in CID font {CID_FALLBACK}, which is NOT "
                   "embedded: the PDF shows correctly only where the reader has a Chinese font")
            log.warning(msg)
            self.report.append(msg)
            try:
                pdfmetrics.getFont(CID_FALLBACK)
            except KeyError:
                pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
            cid = Face(name=CID_FALLBACK, path=None, description="reportlab CID STSong-Light",
                       embedded=False)
            bold = Face(name=CID_FALLBACK, path=None, description="reportlab CID STSong-Light, bold",
                        fake_bold=True, embedded=False)
            return {"fangsong": ResolvedFont("fangsong", cid), "song": ResolvedFont("song", cid),
                    "title": ResolvedFont("title", bold), "hei": ResolvedFont("hei", bold)}
        # a role none of whose candidates exist borrows another role's face
        for role in ROLES:
            if role not in roles:
                base = roles.get("fangsong") or next(iter(roles.values()))
                roles[role] = ResolvedFont(role, Face(base.primary.name, base.primary.path,
                                                      base.primary.description + ", drawn bold",
                                                      fake_bold=role in ("title", "hei"),
                                                      chars=base.primary.chars,
                                                      index=base.primary.index), base.fallbacks)
        for role, rf in roles.items():
            rf.fallbacks += [f for f in all_faces
                             if f.name != rf.primary.name and all(f.name != g.name for g in rf.fallbacks)]
            # by description: a converted face's file is the cached .ttf
            official = rf.primary.path and rf.primary.description.split(",")[0] in {
                c[2] for c in {"fangsong": _FANGSONG_OFFICIAL + _FANGSONG_FREE, "title": _XBS,
                               "hei": _HEI[:2],
                               "song": _SONG[:3]}[role]}
            line = f"notice font {role}: {rf.primary.description} ({rf.primary.path})"
            if official:
                log.info(line)
            else:
                line += f"; {_IDEAL[role]} not installed, using this substitute"
                # the body and title faces are what GB/T 9704 prescribes: say so loudly
                (log.warning if role in ("fangsong", "title") else log.info)(line)
            self.report.append(line)
        return roles


def pending_conversions(dirs: list[Path] | None = None) -> list[Path]:
    """The CFF faces (FandolFang) the resolver would convert before the first notice: found
    among the roles' candidates and not yet converted. Reads only the font folders' names."""
    from .otf2ttf import cached
    files = _index_files(dirs if dirs is not None else font_dirs())
    out: list[Path] = []
    for chain in ROLES.values():
        for candidates, _bold in chain:
            for path, _index, _desc in _found(files, candidates):
                if path.suffix.lower() != ".otf" or path in out:
                    continue
                try:
                    if cached(path) is None:
                        out.append(path)
                except OSError:
                    continue
    return out


def start_preparing() -> "subprocess.Popen | None":
    """When a face waits to be converted, ``lishui-desktop fonts --background`` in a process
    of its own (the desktop calls this after sign-in): the first notice of a new computer
    then finds FandolFang converted instead of waiting half a minute for it, and the
    conversion, pure Python, runs beside the program rather than taking its GIL."""
    import subprocess
    if not pending_conversions():
        return None
    if getattr(sys, "frozen", False):       # the PyInstaller build is the CLI too
        cmd = [sys.executable, "fonts", "--background"]
    else:
        cmd = [sys.executable, "-m", "lishui_desktop.cli", "fonts", "--background"]
    log.info("converting the notices' faces in the background: %s", " ".join(cmd))
    return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))


_default: FontResolver | None = None
_default_lock = threading.Lock()


def default_resolver() -> FontResolver:
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = FontResolver()
    return _default


def set_default_resolver(resolver: FontResolver | None) -> None:
    """Tests and the settings page may swap the resolver (e.g. a user font folder)."""
    global _default
    with _default_lock:
        _default = resolver
