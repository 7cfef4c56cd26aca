from __future__ import annotations

import logging
import os
from pathlib import Path

import pypdf
import pytest

from lishui_desktop.notices import render
from lishui_desktop.notices.fonts import FontResolver, font_dirs
from lishui_desktop.notices.layout import Measurer

from .helpers import all_text

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
UKAI = Path("/usr/share/fonts/truetype/arphic/ukai.ttc")
ZENHEI = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
debian_fonts = pytest.mark.skipif(not (UMING.exists() and ZENHEI.exists()),
                                  reason="Debian fonts-arphic-uming / fonts-wqy-zenhei not installed")


@debian_fonts
def test_debian_substitutes_are_found_and_logged(caplog):
    caplog.set_level(logging.INFO, logger="lishui_desktop.notices.fonts")
    r = FontResolver(dirs=[Path("/usr/share/fonts")])
    roles = r.roles()
    assert roles["fangsong"].primary.path == str(UMING)
    assert roles["hei"].primary.path == str(ZENHEI)
    assert roles["title"].primary.fake_bold
    assert not r.uses_cid_fallback
    assert "仿宋 (FangSong) not installed" in caplog.text


@debian_fonts
def test_official_face_is_preferred(tmp_path):
    """A file named like Windows' FangSong wins over the substitutes."""
    official = tmp_path / "SIMFANG.TTF"           # names are matched case-insensitively
    official.symlink_to(UKAI)                     # stands in for simfang.ttf (a TTC works the same)
    r = FontResolver(dirs=[tmp_path, Path("/usr/share/fonts")])
    assert r.role("fangsong").primary.path == str(official)
    assert "(SimFang)" in r.role("fangsong").primary.description
    assert not any("fangsong" in line and "substitute" in line for line in r.report)
    assert r.role("fangsong").fallbacks, "other faces remain as fallbacks for rare characters"


def test_otf_cff_is_skipped(tmp_path):
    fake = tmp_path / "simfang.ttf"
    fake.write_bytes(b"OTTO" + b"\0" * 64)
    r = FontResolver(dirs=[tmp_path], allow_truetype=True)
    assert r.uses_cid_fallback


def test_cid_fallback_when_no_truetype_font(tmp_path, caplog, samples, signers):
    caplog.set_level(logging.WARNING, logger="lishui_desktop.notices.fonts")
    r = FontResolver(dirs=[tmp_path / "nothing-here"])
    assert r.uses_cid_fallback
    assert "falling back to reportlab's built-in CID font STSong-Light" in caplog.text
    path = tmp_path / "cid.pdf"
    n = samples["approval"]
    render(n, signers["331102"], path, resolver=r)
    page = pypdf.PdfReader(str(path)).pages[0]
    names = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert any("STSong-Light" in name for name in names)
    assert "张建国" in all_text(path)


def test_env_font_dirs_come_first(monkeypatch, tmp_path):
    monkeypatch.setenv("LISHUI_FONT_DIRS", os.pathsep.join([str(tmp_path), "/nonexistent"]))
    dirs = font_dirs()
    assert dirs[0] == tmp_path


@debian_fonts
def test_line_breaking_follows_kinsoku_and_the_28_character_grid():
    m = Measurer(FontResolver(dirs=[Path("/usr/share/fonts")]))
    from lishui_desktop.notices.layout import BLOCK_W, BODY, NO_END, NO_START
    lines = m.wrap("丽" * 60, BLOCK_W, BODY)
    assert [l.nchars for l in lines] == [28, 28, 4], "GB/T 9704: 28 characters a line"
    text = ("经复核，你家庭成员周建平已稳定就业，月工资收入4,200.00元，家庭月人均收入超过最低生活保障标准；"
            "本机关决定自2026年12月起停止发放（理由见下）。“特困”人员、低保边缘家庭，依照《浙江省社会救助条例》办理。")
    for indent in (0, 2 * BODY):
        lines = m.wrap(text, BLOCK_W, BODY, first_indent=indent)
        assert "".join(l.text for l in lines) == text
        for l in lines[1:]:
            assert l.text[0] not in NO_START, l.text
        for l in lines[:-1]:
            assert l.text[-1] not in NO_END, l.text
            assert l.width + l.indent - 0.9 * (l.nchars - 1) <= BLOCK_W + 0.01
        assert "4,200.00" in "|".join(l.text for l in lines).replace("|", "|") and \
            not any(l.text.endswith("4,2") for l in lines), "numbers are not split"
    widow = m.wrap("丽" * 57, BLOCK_W, BODY)
    assert widow[-1].nchars >= 2, "no lone character on a paragraph's last line"


FANDOL = [d / "FandolFang-Regular.otf" for d in
          (Path("/usr/local/share/fonts/fandol"),
           Path("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"))]
fandol = pytest.mark.skipif(not any(p.exists() for p in FANDOL),
                            reason="FandolFang not installed (make fandol / texlive-lang-chinese)")


@fandol
def test_fandolfang_is_the_body_face_where_simfang_is_absent(tmp_path, caplog, samples, signers):
    """The free 仿宋 is converted once to TrueType outlines and embedded; the log names it."""
    caplog.set_level(logging.INFO, logger="lishui_desktop.notices.fonts")
    source = next(p for p in FANDOL if p.exists())
    r = FontResolver(dirs=[source.parent, Path("/usr/share/fonts")])
    body = r.role("fangsong").primary
    assert body.description.startswith("FandolFang 仿宋")
    assert body.path.endswith(".ttf") and body.embedded
    assert any(line.startswith("notice font fangsong: FandolFang") and "substitute" not in line
               for line in r.report)
    path = tmp_path / "approval.pdf"
    render(samples["approval"], signers["331102"], path, resolver=r)
    page = pypdf.PdfReader(str(path)).pages[0]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    fandol_fonts = [f for f in fonts if "FandolFang" in str(f["/BaseFont"])]
    assert fandol_fonts, [str(f["/BaseFont"]) for f in fonts]
    descendant = fandol_fonts[0]
    # embedded as a TrueType subset (FontFile2), not referenced by name
    desc = (descendant.get("/DescendantFonts") or [descendant])[0].get_object() \
        if "/DescendantFonts" in descendant else descendant
    assert "/FontFile2" in desc["/FontDescriptor"].get_object()
    assert "张建国" in all_text(path)


@fandol
def test_conversion_is_cached(tmp_path, monkeypatch):
    from lishui_desktop.notices import otf2ttf
    source = next(p for p in FANDOL if p.exists())
    first = otf2ttf.converted(source)
    mtime = first.stat().st_mtime_ns
    assert otf2ttf.converted(source) == first and first.stat().st_mtime_ns == mtime
