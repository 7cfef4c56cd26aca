"""Every kind of notice, rendered and read back with pypdf, pdftoppm and zxing-cpp."""
from __future__ import annotations

import dataclasses
import io
import re

import pytest

from lishui_desktop.domain.errors import DomainError
from lishui_desktop.domain.money import format_yuan, to_chinese_capital
from lishui_desktop.notices import (APPEALABLE_KINDS, KINDS, PublicNoticeRow,
                                    Refusal, content_hash, render, render_bytes, render_many,
                                    verify_payload, verify_pdf)
from lishui_desktop.notices.fonts import default_resolver
from lishui_desktop.notices.layout import X0, X1, Y_BOTTOM, Y_TOP

from .helpers import (A4, EPS, ID_RE, all_text, decode_qr, flat, fonts_of, ink_outside_block,
                      is_copy_mark, is_page_number, page_texts, reader, spans)

FORMS = {"application_form", "investigation_form"}
needs_ttf = pytest.mark.skipif(default_resolver().uses_cid_fallback,
                               reason="no TrueType CJK font on this machine (CID fallback)")


@pytest.mark.parametrize("kind", KINDS)
def test_page_size_is_a4(rendered, kind):
    for page in reader(rendered[kind]).pages:
        box = page.mediabox
        assert float(box.left) == 0 and float(box.bottom) == 0
        assert float(box.width) == pytest.approx(A4[0], abs=0.01)
        assert float(box.height) == pytest.approx(A4[1], abs=0.01)


@needs_ttf
@pytest.mark.parametrize("kind", KINDS)
def test_fonts_are_embedded_subsets(rendered, kind):
    fonts = fonts_of(rendered[kind])
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
        assert "+" in font["/BaseFont"], "embedded fonts are subsets (XXXXXX+Name)"
        assert "/ToUnicode" in font, "text must stay extractable"


@pytest.mark.parametrize("kind", KINDS)
def test_text_lies_inside_the_gbt9704_text_block(rendered, kind):
    found = spans(rendered[kind])
    assert found
    for s in found:
        if is_copy_mark(s):
            continue
        if is_page_number(s):
            assert Y_BOTTOM - 7 * 2.8346 - 20 < s.y < Y_BOTTOM - 7 * 2.8346, s
            continue
        assert X0 - EPS <= s.x <= X1, s
        assert Y_BOTTOM - EPS <= s.y <= Y_TOP - s.size * 0.8, s


@pytest.mark.parametrize("kind", KINDS)
def test_no_ink_outside_the_text_block(rendered, kind):
    """Pixels: nothing but the QR code and the page numbers leaves the 156 x 225 mm block."""
    pages = len(reader(rendered[kind]).pages)
    for page in range(1, pages + 1):
        assert ink_outside_block(rendered[kind], page) is None, f"page {page}"


@pytest.mark.parametrize("kind", KINDS)
def test_sizes_title_body_page_numbers(rendered, samples, kind):
    found = spans(rendered[kind])
    from lishui_desktop.notices.documents import title_of
    title = title_of(samples[kind])
    assert any(s.text == title and s.size == pytest.approx(22) for s in found), "2号 title"
    numbers = [s for s in found if is_page_number(s)]
    assert numbers and all(s.size == pytest.approx(14) for s in numbers), "4号 page numbers"
    pages = len(reader(rendered[kind]).pages)
    texts = page_texts(rendered[kind])
    for n in range(1, pages + 1):
        assert f"— {n} —" in texts[n - 1]
        odd = [s for s in numbers if s.page == n]
        # GB/T 9704 7.5: odd pages right, even pages left
        assert (odd[0].x > (X0 + X1) / 2) == (n % 2 == 1)
    if kind not in FORMS | {"public_notice"}:
        # A refusal carries its 送达回证 after the letter, titled like a document of its own.
        body = [s for s in found if not is_page_number(s) and s.text not in (title, "送达回证")]
        assert body and all(s.size == pytest.approx(16) for s in body), "3号 body"


def test_letters_carry_number_addressee_date_and_seal(rendered, samples):
    for kind in ("acceptance", "non_acceptance", "missing_materials", "approval", "refusal",
                 "stop", "reduce", "raise"):
        n = samples[kind]
        text = all_text(rendered[kind])
        assert n.header.number in text
        assert n.content.case.applicant_name + "：" in text
        d = n.header.issue_date
        assert f"{d.year}年{d.month}月{d.day}日" in text
        assert "（印章）" in text and n.office.site_name in text
        a = n.content.case.application_date
        if kind not in ("stop", "reduce", "raise"):
            assert f"{a.year}年{a.month}月{a.day}日" in text


@pytest.mark.parametrize("kind", KINDS)
def test_appeal_rights_exactly_where_required(rendered, samples, kind):
    text = re.sub(r"—\d+—", "", all_text(rendered[kind]))       # the text runs on across pages
    gov = samples[kind].office.county_government
    has = "60日内" in text and f"向{gov}申请行政复议" in text and "6个月内" in text and "行政诉讼" in text
    assert has == (kind in APPEALABLE_KINDS)


def test_approval_amounts_month_and_payment(rendered, samples):
    c = samples["approval"].content
    text = all_text(rendered["approval"])
    assert f"{format_yuan(c.amount_fen)}元" in text                      # 2,136.00元
    assert f"大写：{to_chinese_capital(c.amount_fen)}" in text           # 贰仟壹佰叁拾陆元整
    assert "自2026年12月起" in text
    assert c.payment_method in text
    assert f"{len(c.covered_names)}人" in text
    for name in c.covered_names:
        assert name in text


def test_change_notices_state_old_and_new_amounts(rendered, samples):
    for kind in ("reduce", "raise"):
        c = samples[kind].content
        text = all_text(rendered[kind])
        for fen in (c.old_amount_fen, c.new_amount_fen):
            assert f"{format_yuan(fen)}元（大写：{to_chinese_capital(fen)}）" in text
        diff = abs(c.old_amount_fen - c.new_amount_fen)
        assert f"{'减' if kind == 'reduce' else '增'}发{format_yuan(diff)}元" in text
        assert "自2026年12月起" in text
        for r in c.reasons:
            assert flat(r).rstrip("；。") in text
    stop = samples["stop"].content
    text = all_text(rendered["stop"])
    assert f"{format_yuan(stop.old_amount_fen)}元" in text and "停止发放" in text


def test_refusal_and_non_acceptance_list_every_reason(rendered, samples):
    for kind in ("refusal", "non_acceptance"):
        text = all_text(rendered[kind])
        reasons = samples[kind].content.reasons
        for i, r in enumerate(reasons, 1):
            assert f"{i}.{flat(r).rstrip('；。')}" in text


def test_missing_materials_lists_all_and_deadline(rendered, samples):
    c = samples["missing_materials"].content
    text = all_text(rendered["missing_materials"])
    assert "一次性告知" in text
    for m in c.materials:
        assert flat(m).rstrip("；。") in text
    assert "于2026年10月29日前" in text


def test_investigation_form_prefilled_with_signature_lines(rendered, samples):
    n = samples["investigation_form"]
    text = all_text(rendered["investigation_form"])
    for m in n.content.household.members:
        assert m.name in text and m.id_number in text          # full ID: the visit needs it
        assert format_yuan(m.monthly_income_fen) in text
    for label in ("调查人一", "调查人二", "签名", "村（社区）意见", "户主（签名或按指印）",
                  "调查结论", "致困原因", "赡养", "住房"):
        assert label in text, label
    for name in n.content.investigators:
        assert name in text
    assert n.content.household.supporters[0].name in text


def test_application_form_has_promise_authorisation_and_full_ids(rendered, samples):
    n = samples["application_form"]
    text = all_text(rendered["application_form"])
    for m in n.content.household.members:
        assert m.id_number in text
    for phrase in ("承诺", "授权", "签名或按指印", "法律责任", "不动产登记", "银行存款"):
        assert phrase in text
    assert n.content.household.registered_address in text


@pytest.mark.parametrize("kind", sorted(set(KINDS) - FORMS))
def test_no_full_id_number_outside_the_two_forms(rendered, samples, kind):
    text = all_text(rendered[kind])
    ids = [m.id_number for m in samples["application_form"].content.household.members]
    for number in ids:
        assert number not in text


def test_public_notice_shows_nothing_private(rendered, samples):
    n = samples["public_notice"]
    text = all_text(rendered["public_notice"])
    assert not ID_RE.search(text), "no ID number, full or masked"
    for word in ("慢性病", "残疾", "高血压", "身份证", "碧湖村下街"):
        assert word not in text
    for row in n.content.rows:
        shown = row.name[0] + "某" if row.is_minor else row.name
        assert shown in text
        if row.is_minor:
            assert row.name not in text
        assert f"{row.family_size}人" in text and format_yuan(row.amount_fen) in text
    assert "2026年11月9日至2026年11月15日（共7天）" in text
    assert n.office.department in text and n.office.phone in text


def test_long_public_notice_flows_and_repeats_its_header(tmp_path, samples, signers):
    n = samples["public_notice"]
    rows = tuple(PublicNoticeRow(f"{'赵钱孙李周吴郑王'[i % 8]}{'一二三四五六七八九'[i % 9]}{'明华芳'[i % 3]}",
                                 1 + i % 5, 80000 + 1350 * i) for i in range(70))
    long = dataclasses.replace(n, content=dataclasses.replace(n.content, rows=rows))
    path = tmp_path / "long.pdf"
    pages = render(long, signers[n.office.site_code], path)
    assert pages >= 3
    texts = page_texts(path)
    assert len(texts) == pages
    for t in texts:
        assert "序号" in t and "拟保障金额" in t, "the header row repeats on every page"
    last = flat(texts[-1])
    assert "（印章）" in last and "70" in last, "the seal stays with the last rows"
    for p in range(1, pages + 1):
        assert ink_outside_block(path, p) is None


def test_long_refusal_keeps_the_signature_with_text(tmp_path, samples, signers):
    n = samples["refusal"]
    reasons = tuple(f"第{i}项：经信息核对，你家庭成员名下登记有市场主体一户，其经营收入未如实申报，"
                    f"与申请材料所述不符；" for i in range(1, 16))
    long = dataclasses.replace(n, content=Refusal(n.content.case, reasons))
    path = tmp_path / "refusal.pdf"
    pages = render(long, signers["331102"], path)
    assert pages >= 3
    texts = page_texts(path)
    # The 送达回证 follows on a page of its own; the letter ends on the page before it.
    assert flat(texts[-1]).startswith("送达回证")
    last = flat(texts[-2])
    assert "（印章）" in last and "行政复议" in last
    assert len(last) > 60, "the signature never stands alone on a page"


@pytest.mark.parametrize("kind", ["approval", "investigation_form", "public_notice"])
def test_copy_is_marked_on_every_page_and_signed_as_copy(tmp_path, rendered, samples, signers,
                                                          public_keys, kind):
    n = samples[kind]
    path = tmp_path / "copy.pdf"
    pages = render(n.as_copy(), signers[n.office.site_code], path)
    assert pages == len(reader(rendered[kind]).pages), "a reprint keeps the original's pages"
    marks = [s for s in spans(path) if is_copy_mark(s)]
    assert sorted({s.page for s in marks}) == list(range(1, pages + 1))
    for p in range(1, pages + 1):
        assert ink_outside_block(path, p, copy=True) is None
    original = [s for s in spans(rendered[kind])]
    copied = [s for s in spans(path) if not is_copy_mark(s)]
    assert [(s.page, round(s.y, 1), s.text) for s in copied] == \
        [(s.page, round(s.y, 1), s.text) for s in original], "same lines in the same places"
    v = verify_payload(decode_qr(path), public_keys)
    assert v.is_copy and v.content_hash == content_hash(n)
    assert "副本" not in all_text(rendered[kind])


@pytest.mark.parametrize("kind", KINDS)
def test_qr_decodes_from_the_rendered_page_and_verifies(rendered, samples, public_keys, kind):
    n = samples[kind]
    raw = decode_qr(rendered[kind])
    v = verify_payload(raw, public_keys)
    assert v.kind == kind and v.number == n.header.number
    assert v.application_id == n.header.application_id
    assert v.issue_date == n.header.issue_date
    assert v.site == n.office.site_code
    assert v.content_hash == content_hash(n) and v.matches(n)
    assert not v.is_copy


def test_tampered_qr_payload_fails(rendered, public_keys):
    raw = decode_qr(rendered["approval"]).decode("utf-8")
    body, sig = raw.rsplit(".", 1)
    forged = body.replace("231号", "239号") + "." + sig
    assert forged != raw
    with pytest.raises(DomainError) as err:
        verify_payload(forged, public_keys)
    assert err.value.code == "notice.signature"


def test_qr_does_not_match_altered_content(rendered, samples, public_keys):
    n = samples["approval"]
    v = verify_payload(decode_qr(rendered["approval"]), public_keys)
    altered = dataclasses.replace(n, content=dataclasses.replace(n.content, amount_fen=313600))
    assert not v.matches(altered)


def test_verify_pdf(rendered, public_keys, signers):
    v = verify_pdf(rendered["public_notice"], public_keys)
    assert v.kind == "public_notice" and v.site == "331102100"
    other = {"331102100": signers["331102"].public_b64}       # the wrong site's key
    with pytest.raises(DomainError) as err:
        verify_pdf(rendered["public_notice"], other)
    assert err.value.code == "notice.signature"
    with pytest.raises(DomainError) as err:
        verify_pdf(rendered["public_notice"], {"331102": signers["331102"].public_b64})
    assert err.value.code == "notice.unknown_site"


def test_render_targets_and_batch(tmp_path, samples, signers):
    n = samples["approval"]
    signer = signers["331102"]
    buf = io.BytesIO()
    assert render(n, signer, buf) == 1
    assert buf.getvalue().startswith(b"%PDF-")
    assert render_bytes(n, signer)[:5] == b"%PDF-"
    batch = [n, samples["refusal"], samples["public_notice"]]
    path = tmp_path / "batch.pdf"
    spans_ = render_many(batch, signer, str(path))
    total = len(reader(path).pages)
    assert spans_[0] == (1, 1) and spans_[-1][0] + spans_[-1][1] - 1 == total
    # each notice restarts its page numbers and has its own QR on its first page
    assert "— 1 —" in page_texts(path)[spans_[1][0] - 1]


def test_rare_name_character_uses_a_fallback_face(tmp_path, samples, signers):
    """A character missing from the body face is drawn from another installed face."""
    roles = default_resolver().roles()
    body = roles["fangsong"]
    if body.primary.chars is None or not body.fallbacks:
        pytest.skip("needs two TrueType CJK faces")
    rare = next((chr(cp) for f in body.fallbacks for cp in range(0x4E00, 0x9FFF)
                 if cp not in body.primary.chars and f.chars and cp in f.chars), None)
    if rare is None:
        pytest.skip("the faces cover the same characters")
    n = samples["approval"]
    case = dataclasses.replace(n.content.case, applicant_name="张" + rare + "华")
    odd = dataclasses.replace(n, content=dataclasses.replace(n.content, case=case))
    path = tmp_path / "rare.pdf"
    render(odd, signers["331102"], path)
    assert "张" + rare + "华：" in all_text(path)


@pytest.mark.parametrize("encoder", ["zxing", "qrcode"])
def test_both_qr_encoders_decode(tmp_path, signers, public_keys, samples, encoder):
    from reportlab.pdfgen.canvas import Canvas

    from lishui_desktop.notices import notice_qr_text, qr
    text = notice_qr_text(samples["public_notice"], signers["331102100"])
    path = tmp_path / f"{encoder}.pdf"
    c = Canvas(str(path), pagesize=A4)
    version = qr.draw(c, text, 100, 600, 25 * 72 / 25.4, encoder=encoder)
    c.save()
    assert version <= 13, "a QR of reasonable size (at most 69 x 69 modules)"
    assert verify_payload(decode_qr(path), public_keys).kind == "public_notice"


def test_one_off_approval_wording(tmp_path, samples, signers):
    n = samples["approval"]
    case = dataclasses.replace(n.content.case, assistance_label="临时救助")
    content = dataclasses.replace(n.content, case=case, monthly=False, amount_fen=360000,
                                  payment_method="一次性打入申请人本人社会保障卡")
    path = tmp_path / "linshi.pdf"
    render(dataclasses.replace(n, content=content), signers["331102"], path)
    text = all_text(path)
    assert text.startswith("临时救助审核确认通知书")
    assert "救助金额：3,600.00元（大写：叁仟陆佰元整），一次性发放" in text
    assert "月保障金" not in text


def test_sample_cli(tmp_path, capsys):
    from lishui_desktop.notices.__main__ import main
    assert main(["--sample", str(tmp_path)]) == 0
    assert sorted(p.stem for p in tmp_path.glob("*.pdf")) == sorted(f"notice-{k}" for k in KINDS)
    assert "public key" in capsys.readouterr().out
