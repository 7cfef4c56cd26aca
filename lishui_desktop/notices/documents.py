"""The wording and arrangement of each notice kind.

Letters (acceptance, refusal, decisions ...) follow GB/T 9704: title, document
number, addressee, body in 3号 FangSong with paragraphs indented two
characters, first-level items led in HeiTi, then the seal area with the
issuing office and the date.

Forms (application, investigation) and the public-notice list are tables.
Their type is smaller than 3号 where 3号 cannot fit: the member table has ten
columns including an 18-digit ID number (18 figures of 16 pt are already 51 mm
of the 156 mm width), so it is set in 5号 (10.5 pt), and the form rows in 小四
(12 pt), the usual sizes of Chinese government forms. The public-notice list
keeps 3号 (16 pt): it has five columns and is read on a village notice board.
"""
from __future__ import annotations

from lishui_desktop.domain.money import format_yuan, share_fen, to_chinese_capital
from lishui_desktop.domain.regions import basic_court

from .layout import (BLOCK_W, BODY, BOX_OFF, BOX_ON, LINE, Cell, Flow, Row, Table)
from .model import (Acceptance, ApplicationForm, Approval, HouseholdSection, InvestigationForm,
                    MissingMaterials, NonAcceptance, Notice, PublicNotice, Raise, Reduce,
                    Refusal, ReviewContinue, Stop, cn_date, cn_month)

FORM = 12.0          # 小四
SMALL = 10.5         # 五号
BLANK_DATE = "　　　年　　月　　日"

TITLES = {
    "acceptance": "{label}申请受理通知书",
    "non_acceptance": "{label}申请不予受理通知书",
    "missing_materials": "{label}申请补正材料告知书",
    "approval": "{label}审核确认通知书",
    "refusal": "{label}不予确认通知书",
    "stop": "{label}停发通知书",
    "reduce": "{label}减发通知书",
    "raise": "{label}增发通知书",
    "review_continue": "{label}复核结果告知书",
    "application_form": "社会救助申请表",
    "investigation_form": "家庭经济状况入户调查表",
    "public_notice": "{label}拟保障对象公示",
}

ORDINALS = "一二三四五六七八九十"


def title_of(notice: Notice) -> str:
    c = notice.content
    label = getattr(getattr(c, "case", None), "assistance_label", None) \
        or getattr(c, "assistance_label", "")
    return TITLES[notice.kind].format(label=label)


def yuan(fen: int) -> str:
    return f"{format_yuan(fen)}元"


def yuan_both(fen: int) -> str:
    """Figures and Chinese capitals, as payment notices require: '1,210.00元（大写：壹仟贰佰壹拾元整）'."""
    return f"{format_yuan(fen)}元（大写：{to_chinese_capital(fen)}）"


def appeal_text(notice: Notice) -> str:
    """The remedies (reconsideration law 2023 art. 20, 24; administrative litigation law art. 46)."""
    o = notice.office
    court = o.court or basic_court(o.site_code)
    return (f"如不服本决定，可以自知道或者应当知道该决定之日起60日内向{o.county_government}申请行政复议，"
            f"或者在6个月内向{court}提起行政诉讼。")


def where_to(notice: Notice) -> str:
    o = notice.office
    place = o.department or o.site_name
    if o.address:
        place += f"（地址：{o.address}）"
    return place


def minor_name(name: str) -> str:
    """A minor on the public notice: surname + 某 (compound surnames kept whole)."""
    compound = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯")
    surname = name[:2] if name[:2] in compound else name[:1]
    return surname + "某"


# ------------------------------------------------------------------ letter skeleton

def _letter_head(flow: Flow, notice: Notice, addressee: str):
    flow.title(title_of(notice))
    flow.right_line(notice.header.number)
    _correction_line(flow, notice)
    flow.skip(1)
    flow.text_lines(f"{addressee}：", indent_chars=0)


def _correction_line(flow: Flow, notice: Notice):
    if notice.header.corrects:
        flow.text_lines(f"（更正：本通知书替代{notice.header.corrects}，原通知书作废）", indent_chars=0)


def _para(flow: Flow, text, **kw):
    flow.text_lines(text, **kw)


def _item(flow: Flow, n: int, lead: str, text: str):
    """First-level item: '一、' and its lead phrase in HeiTi, the rest in FangSong."""
    flow.text_lines([(f"{ORDINALS[n]}、{lead}", "hei"), (text, "fangsong")])


def _reasons(flow: Flow, reasons):
    """Numbered '1.' (third level, FangSong); a single reason is not numbered."""
    many = len(reasons) > 1
    for i, r in enumerate(reasons, 1):
        r = r.strip()
        if not many:
            r = r.rstrip("；;")
        if r and r[-1] not in "。；！？.;":
            r += "。"
        flow.text_lines(f"{i}.{r}" if many else r)


def _closing(flow: Flow, notice: Notice, paragraphs: list[str]):
    """The last paragraphs stay on a page with the seal area (no lone signature page)."""
    for i, p in enumerate(paragraphs):
        keep = Flow.SIGNATURE_HEIGHT if i == len(paragraphs) - 1 else 0.0
        flow.text_lines(p, keep_with_next=keep)
    flow.signature(notice.office.site_name, cn_date(notice.header.issue_date), gap=LINE / 2)


# ------------------------------------------------------------------ letters

def acceptance(flow: Flow, notice: Notice):
    c: Acceptance = notice.content
    k = c.case
    _letter_head(flow, notice, k.applicant_name)
    _para(flow, f"你（户）于{cn_date(k.application_date)}提出的{k.assistance_label}申请及相关材料收悉。"
                f"经审查，申请材料齐全，符合规定形式，本机关决定予以受理。")
    _para(flow, "本机关将自受理之日起3个工作日内启动家庭经济状况调查，通过入户调查、邻里访问、"
                "信函索证、信息核对等方式，核实你家庭的人口、收入和财产状况。请你及共同生活的家庭成员"
                "如实提供有关情况，积极配合调查。")
    last = [f"审核确认期间，你家庭人口、收入、财产状况发生变化的，请及时告知本机关。"]
    phone = c.contact_phone or notice.office.phone
    contact = "".join(filter(None, [f"联系人：{c.contact_name}" if c.contact_name else "",
                                    "　　" if c.contact_name and phone else "",
                                    f"联系电话：{phone}" if phone else ""]))
    if contact:
        last.append(contact)
    _closing(flow, notice, last)


def non_acceptance(flow: Flow, notice: Notice):
    c: NonAcceptance = notice.content
    k = c.case
    _reasoned_letter(flow, notice, f"你于{cn_date(k.application_date)}提出的{k.assistance_label}"
                                   f"申请，经审查，存在下列情形，本机关决定不予受理：",
                     c.reasons, [appeal_text(notice)])


def missing_materials(flow: Flow, notice: Notice):
    c: MissingMaterials = notice.content
    k = c.case
    _letter_head(flow, notice, k.applicant_name)
    _para(flow, f"你于{cn_date(k.application_date)}提交的{k.assistance_label}申请材料不齐全。"
                f"现一次性告知你需要补正的全部材料如下：")
    _reasons(flow, c.materials)
    by = f"于{cn_date(c.deadline)}前" if c.deadline else "尽快"
    to = c.submit_to or where_to(notice)
    last = [f"请你{by}将上述材料提交至{to}。材料补正齐全后，本机关将依法予以受理；"
            f"逾期未补正且无正当理由的，视为撤回本次申请，你可以在材料齐全后重新提出申请。"]
    if notice.office.phone:
        last.append(f"联系电话：{notice.office.phone}")
    _closing(flow, notice, last)


def approval(flow: Flow, notice: Notice):
    c: Approval = notice.content
    k = c.case
    label = k.assistance_label
    _letter_head(flow, notice, k.applicant_name)
    # Kept to one page with the remedies and the seal: what the approver signs is one sheet.
    steps = "入户调查、家庭经济状况信息核对和公示" if c.data_checked is not False else "入户调查和公示"
    if c.paid_first:
        # 急难型临时救助: the township decided within its delegated limit before the
        # investigation (《社会救助暂行办法》第五十条; 民发〔2018〕23号 "先行救助").
        due = f"，并于{cn_date(c.completion_due)}前" if c.completion_due else "，并将"
        _para(flow, f"你（户）于{cn_date(k.application_date)}提出的{label}申请，因情况紧急，"
                    f"属急难型临时救助，本机关依照先行救助的规定，在乡镇（街道）审批额度内决定先行给予"
                    f"{label}{due}补齐入户调查和审核审批手续：")
    else:
        _para(flow, f"你（户）于{cn_date(k.application_date)}提出的{label}申请，经{steps}，"
                    f"符合{label}条件，本机关决定予以审核确认：")
    names = "、".join(c.covered_names)
    _item(flow, 0, "保障人数：", f"{len(c.covered_names)}人（{names}）。")
    if c.monthly:
        _item(flow, 1, "月保障金：", f"{yuan_both(c.amount_fen)}。")
        _item(flow, 2, "发放：", f"自{cn_month(c.start_month)}起，{c.payment_method.rstrip('。')}。")
    else:
        _item(flow, 1, "先行救助金额：" if c.paid_first else "救助金额：", f"{yuan_both(c.amount_fen)}，一次性发放。")
        _item(flow, 2, "发放：", f"{cn_month(c.start_month)}，{c.payment_method.rstrip('。')}。")
    n = 3
    if c.coverage_note:
        _item(flow, n, "核定依据：", c.coverage_note.rstrip("。") + "。")
        n += 1
    if c.care_note:
        _item(flow, n, "照料护理：", c.care_note.rstrip("。") + "。")
    review = c.review_note.rstrip("。") + "，" if c.review_note else ""
    last = [f"家庭人口、收入、财产状况发生变化的，应当及时告知所在地乡镇人民政府（街道办事处）。"
            f"本机关{review}并根据复核情况决定续发、增发、减发或者停发。", appeal_text(notice)]
    _closing(flow, notice, last)


def _reasoned_letter(flow: Flow, notice: Notice, opening: str, reasons, last: list[str]):
    """Letter to the applicant: the decision, its reasons as a numbered list, the closing."""
    _letter_head(flow, notice, notice.content.case.applicant_name)
    _para(flow, opening)
    _reasons(flow, reasons)
    _closing(flow, notice, last)


def refusal(flow: Flow, notice: Notice):
    c: Refusal = notice.content
    k = c.case
    label = k.assistance_label
    _reasoned_letter(flow, notice,
                     f"你（户）于{cn_date(k.application_date)}提出的{label}申请，经"
                     f"{'入户调查和家庭经济状况信息核对' if c.data_checked is not False else '入户调查'}，"
                     f"不符合{label}条件，本机关决定不予审核确认。理由如下：",
                     c.reasons, [appeal_text(notice)])
    delivery_receipt(flow, notice)


DELIVERY_METHODS = ("直接送达", "留置送达", "委托送达", "邮寄送达", "电子送达")


def delivery_receipt(flow: Flow, notice: Notice):
    """送达回证 on its own page after the letter: the township delivers the refusal within
    3 working days (Zhejiang) and files the signed receipt; what the case records as the
    delivery is copied from it."""
    flow.new_page()
    flow.title("送达回证")
    k = notice.content.case
    doc = f"《{title_of(notice)}》（{notice.header.number}）"
    rows = [
        _form_row("送达文书", doc, parts=[1, 3], min_height=40),
        _form_row("受送达人", k.applicant_name, parts=[1, 3], min_height=40),
        _form_row("送达地点", "", parts=[1, 3], min_height=40),
        _form_row("送达方式", _ticks(DELIVERY_METHODS, None), parts=[1, 3], min_height=40),
        _form_row("受送达人签名（盖章）", "　" * 12 + BLANK_DATE, parts=[1, 3], min_height=70),
        _form_row("代收人及代收理由", "", parts=[1, 3], min_height=50),
        _form_row("送达人签名", "　" * 12 + BLANK_DATE, parts=[1, 3], min_height=70),
        _form_row("备注", "受送达人拒绝签收的，送达人应在备注栏注明拒收事由和日期，由送达人、见证人签名，"
                          "把文书留在受送达人住所，即视为送达。", parts=[1, 3], min_height=50),
    ]
    flow.table(Table(rows, size=BODY, pad=4))
    flow.skip(1)
    flow.signature(notice.office.site_name, cn_date(notice.header.issue_date), gap=LINE / 2)


def _overpaid_text(c, recovery: str) -> list[str]:
    """The months already paid at the old amount (多发) and how they are recovered."""
    if not c.overpaid_fen:
        return []
    period = (cn_month(c.overpaid_from) if c.overpaid_from == c.overpaid_to
              else f"{cn_month(c.overpaid_from)}至{cn_month(c.overpaid_to)}")
    return [f"你家庭{period}已按原金额领取保障金，多发{yuan_both(c.overpaid_fen)}，{recovery}。"]


def stop(flow: Flow, notice: Notice):
    c: Stop = notice.content
    label = c.case.assistance_label
    _reasoned_letter(flow, notice,
                     f"你家庭享受的{label}，月保障金额为{yuan_both(c.old_amount_fen)}。经复核，"
                     f"本机关决定自{cn_month(c.effective_month)}起停止发放。理由如下：",
                     c.reasons, _overpaid_text(c, "应予退回，请于收到本通知后到乡镇人民政府（街道办事处）办理")
                     + [appeal_text(notice)])


def _amount_change(flow: Flow, notice: Notice, verb: str, difference: int, last: list[str]):
    c = notice.content
    label = c.case.assistance_label
    _reasoned_letter(flow, notice,
                     f"经复核，本机关决定自{cn_month(c.effective_month)}起，将你家庭{label}月保障金额由"
                     f"{yuan_both(c.old_amount_fen)}调整为{yuan_both(c.new_amount_fen)}，"
                     f"每月{verb}{yuan(difference)}。理由如下：", c.reasons, last)


def reduce(flow: Flow, notice: Notice):
    c: Reduce = notice.content
    _amount_change(flow, notice, "减发", c.old_amount_fen - c.new_amount_fen,
                   _overpaid_text(c, "将从以后月份发放的保障金中扣减，直至扣完") + [appeal_text(notice)])


def raise_(flow: Flow, notice: Notice):
    c: Raise = notice.content
    _amount_change(flow, notice, "增发", c.new_amount_fen - c.old_amount_fen,
                   [f"享受{c.case.assistance_label}期间，你家庭人口、收入、财产状况发生变化的，"
                    f"应当及时告知所在地乡镇人民政府（街道办事处）。", appeal_text(notice)])


def review_continue(flow: Flow, notice: Notice):
    c: ReviewContinue = notice.content
    label = c.case.assistance_label
    amount = f"月保障金额{yuan_both(c.amount_fen)}" if c.monthly else f"救助金额{yuan_both(c.amount_fen)}"
    nxt = f"下次复核预计在{cn_date(c.next_review)}前后进行。" if c.next_review else ""
    _reasoned_letter(flow, notice,
                     f"本机关于{cn_date(c.reviewed_on)}对你家庭享受的{label}进行了复核，"
                     f"决定维持原保障待遇，{amount}不变。理由如下：", c.reasons,
                     [f"享受{label}期间，你家庭人口、收入、财产状况发生变化的，应当及时告知所在地"
                      f"乡镇人民政府（街道办事处）。{nxt}", appeal_text(notice)])


# ------------------------------------------------------------------ tables

def _cells(widths, texts, **kw) -> list[Cell]:
    return [Cell(t, w, **kw) for w, t in zip(widths, texts)]


def _scale(parts) -> list[float]:
    total = sum(parts)
    ws = [BLOCK_W * p / total for p in parts]
    ws[-1] = BLOCK_W - sum(ws[:-1])
    return ws


def _heading(text: str) -> Row:
    return Row([Cell(text, BLOCK_W, align="left", role="hei", size=FORM)], heading=True)


def _form_row(*pairs, parts=None, min_height=0.0) -> Row:
    """label, value, label, value ... ; labels in HeiTi centred, values left."""
    texts = [p for p in pairs]
    if parts is None:
        parts = [1.0] * len(texts)
    ws = _scale(parts)
    cells = []
    for i, (w, t) in enumerate(zip(ws, texts)):
        if i % 2 == 0:
            cells.append(Cell(t, w, align="center", role="hei"))
        else:
            cells.append(Cell(t, w, align="left"))
    return Row(cells, min_height=min_height)


def _ticks(options, chosen) -> str:
    return "　".join(f"{BOX_ON if o == chosen else BOX_OFF}{o}" for o in options)


def _yes_no(value: bool | None) -> str:
    return _ticks(["是", "否"], None if value is None else ("是" if value else "否"))


MEMBER_HEAD = ["姓名", "与申请人关系", "性别", "年龄", "身份证号码", "健康状况", "残疾类别等级",
               "自理能力", "职业", "月收入（元）"]
MEMBER_PARTS = [37, 36, 25, 25, 99, 42, 46, 46, 44, 42]


def _member_table(household: HouseholdSection, heading: str, blank_rows: int) -> Table:
    """Ten columns in 5号 (see the module doc); the heading and column header repeat."""
    ws = _scale(MEMBER_PARTS)
    rows = [_heading(heading), Row(_cells(ws, MEMBER_HEAD, role="hei"))]
    for m in household.members:
        vals = [m.name, m.relation, m.sex, str(m.age), m.id_number, m.health, m.disability or "无",
                m.self_care, m.occupation, format_yuan(m.monthly_income_fen)]
        rows.append(Row(_cells(ws, vals), min_height=24))
    for _ in range(blank_rows):
        rows.append(Row(_cells(ws, [""] * len(ws)), min_height=24))
    return Table(rows, size=SMALL, header_rows=2, pad=2)


def _supporter_table(household: HouseholdSection, heading: str, blank_rows: int,
                     extra_col: str | None) -> Table:
    head = ["姓名", "与申请人关系", "工作单位或住址", "月收入（元）", "月付赡养费（元）"]
    parts = [50, 56, 150, 56, 60]
    if extra_col:
        head.append(extra_col)
        parts = [44, 48, 110, 50, 54, 70]
    ws = _scale(parts)
    rows = [_heading(heading), Row(_cells(ws, head, role="hei"))]
    for s in household.supporters:
        vals = [s.name, s.relation, s.employer_or_address,
                "" if s.monthly_income_fen is None else format_yuan(s.monthly_income_fen),
                "" if s.support_paid_fen is None else format_yuan(s.support_paid_fen)]
        if extra_col:
            vals.append("")
        rows.append(Row(_cells(ws, vals), min_height=24))
    for _ in range(blank_rows if household.supporters else max(blank_rows, 1)):
        rows.append(Row(_cells(ws, [""] * len(ws)), min_height=24))
    return Table(rows, size=SMALL, header_rows=2, pad=2)


def _housing(h: HouseholdSection) -> str:
    parts = [p for p in (h.housing_type, f"{h.housing_area_m2}平方米" if h.housing_area_m2 else "") if p]
    return "，".join(parts) or "无"


def _note(flow: Flow, text: str):
    flow.y -= 3
    flow.text_lines(text, size=SMALL, pitch=SMALL * 1.6, indent_chars=0)


def _form_head(flow: Flow, notice: Notice, right: str):
    flow.title(title_of(notice))
    flow.split_line(f"编号：{notice.header.number}", right, size=FORM, pitch=FORM * 2)
    _correction_line(flow, notice)


def application_form(flow: Flow, notice: Notice):
    c: ApplicationForm = notice.content
    h = c.household
    a = h.applicant
    k = c.case
    _form_head(flow, notice, f"申请日期：{cn_date(k.application_date)}")
    flow.table(Table([
        _form_row("申请救助类型", f"{BOX_ON}{k.assistance_label}", parts=[1, 4]),
        _form_row("申请人姓名", a.name, "性别", a.sex, "年龄", str(a.age), parts=[1.3, 1.3, .7, .7, .7, .8]),
        _form_row("身份证号码", a.id_number, "联系电话", h.phone, parts=[1.3, 2, 1, 1.6]),
        _form_row("户籍地址", h.registered_address, parts=[1, 4]),
        _form_row("居住地址", h.residence_address or "同户籍地址", parts=[1, 4]),
        _form_row("户主姓名", h.head, "家庭人口", f"{len(h.members)}人",
                  "申请保障人口", f"{len(h.covered)}人", parts=[1.1, 1.1, 1, .7, 1.2, .7]),
    ], size=FORM))
    flow.table(_member_table(h, "家庭成员情况（含申请人）", 0))
    n = len(h.members)
    total = h.monthly_income_fen if h.counted_income_fen is None else h.counted_income_fen
    per_capita = h.per_capita_fen if h.per_capita_fen is not None else (share_fen(total, n) if n else 0)
    flow.table(Table([
        _heading("家庭收入和财产情况"),
        _form_row("家庭月总收入", yuan(total), "月人均收入", yuan(per_capita),
                  parts=[1.2, 1.3, 1.2, 1.3]),
        _form_row("住房情况", _housing(h), parts=[1.2, 3.8]),
        _form_row("车辆、大型农机具", h.vehicles or "无", parts=[1.2, 3.8]),
        _form_row("存款及有价证券", "无" if not h.deposits_fen else yuan(h.deposits_fen), parts=[1.2, 3.8]),
        _form_row("其他财产", h.other_assets or "无", parts=[1.2, 3.8]),
    ], size=FORM, header_rows=1))
    flow.table(_supporter_table(h, "赡养（抚养、扶养）义务人情况", 0, None))
    detail = f"（{c.relative_detail}）" if c.relative_detail else ""
    lw = BLOCK_W * .24
    flow.table(Table([
        Row([Cell("申请理由", lw, role="hei"),
             Cell(c.reason, BLOCK_W - lw, align="left", valign="top")], min_height=64),
        _form_row("是否为村（社区）干部或乡镇（街道）经办人员的近亲属",
                  _yes_no(c.relative_of_staff) + detail, parts=[2.6, 2.4]),
        _form_row("申请人（签名或按指印）", "", "日期", BLANK_DATE, parts=[1.5, 1.4, .5, 1.6],
                  min_height=40),
        _form_row("代办人（签名）", c.agent_name, "代办原因", "", parts=[1.5, 1.4, .9, 1.2],
                  min_height=32),
    ], size=FORM))
    _note(flow, "注：申请人对本表所填内容的真实性负责；身份证号码等个人信息仅用于社会救助审核确认，依法保密。")

    # --- the promise and the authorisation, on their own page
    flow.new_page()
    flow.title("承诺书和家庭经济状况核对授权书")
    flow.text_lines(f"本人{a.name}（身份证号码：{a.id_number}），因家庭生活困难，向"
                    f"{notice.office.site_name}申请{k.assistance_label}，现郑重承诺并授权如下：")
    flow.text_lines([("一、承诺。", "hei"),
                     ("本人及共同生活的家庭成员所提供的家庭人口、收入、财产等情况和申请材料真实、完整，"
                      "无虚报、隐瞒、伪造。如有不实，本人愿意承担相应的法律责任，并退还违规享受的救助资金。"
                      "享受救助期间家庭人口、收入、财产状况发生变化的，及时主动报告。", "fangsong")])
    flow.text_lines([("二、授权。", "hei"),
                     ("本人及共同生活的家庭成员同意并授权民政部门及其委托的机构，依法查询、核对本家庭成员的"
                      "户籍、纳税、社会保险、不动产登记、市场主体登记、住房公积金、车辆、银行存款、商业保险、"
                      "有价证券等家庭经济状况信息，相关信息仅用于社会救助审核确认和复核，依法予以保密。"
                      "本授权自签字之日起至审核确认及享受救助期间有效。", "fangsong")])
    ws = _scale([50, 50, 120, 100])
    rows = [Row(_cells(ws, ["姓名", "与申请人关系", "身份证号码", "签名或按指印"], role="hei"))]
    for m in h.members:
        rows.append(Row(_cells(ws, [m.name, m.relation, m.id_number, ""]), min_height=30))
    flow.y -= 6
    flow.table(Table(rows, size=FORM, header_rows=1), keep_with_next=2 * LINE)
    _note(flow, "注：共同生活的家庭成员均应签名；未成年人和无民事行为能力人由其监护人代签。")
    flow.right_line(f"签署日期：{BLANK_DATE}", right_chars=1)


def investigation_form(flow: Flow, notice: Notice):
    c: InvestigationForm = notice.content
    h = c.household
    k = c.case
    _form_head(flow, notice, f"调查日期：{BLANK_DATE}")
    covered = "、".join(m.name for m in h.covered)
    flow.table(Table([
        _form_row("救助类型", k.assistance_label, "申请日期", cn_date(k.application_date),
                  parts=[1, 1.6, 1, 1.6]),
        _form_row("申请人", h.applicant.name, "户主", h.head, "家庭人口", f"{len(h.members)}人",
                  parts=[.9, 1.1, .7, 1.1, .9, .8]),
        _form_row("申请保障人口", f"{len(h.covered)}人（{covered}）", parts=[1, 4]),
        _form_row("户籍地址", h.registered_address, parts=[1, 4]),
        _form_row("居住地址", h.residence_address or "同户籍地址", "联系电话", h.phone,
                  parts=[1, 2.3, .9, 1.3]),
    ], size=FORM))
    flow.table(_member_table(h, "一、家庭成员情况（调查中发现的其他共同生活人员请补填在空行）", 2))
    ws = _scale([1.25, 2.15, 1.6])
    assets = [
        ("住房（类型、面积）", _housing(h)),
        ("车辆、大型农机具", h.vehicles or "无"),
        ("牲畜、家禽", h.livestock or "无"),
        ("存款及有价证券", "无" if not h.deposits_fen else yuan(h.deposits_fen)),
        ("其他财产", h.other_assets or "无"),
    ]
    rows = [_heading("二、家庭财产状况"),
            Row(_cells(ws, ["项目", "申请人申报", "调查核实情况"], role="hei"))]
    for label, declared in assets:
        rows.append(Row([Cell(label, ws[0], role="hei"), Cell(declared, ws[1], align="left"),
                         Cell("", ws[2])], min_height=26))
    flow.table(Table(rows, size=FORM, header_rows=2))
    flow.table(_supporter_table(h, "三、赡养（抚养、扶养）义务人情况", 1, "核实情况"))
    lw = BLOCK_W * .24
    rw = BLOCK_W - lw
    rows = [
        _heading("四、致困原因"),
        Row([Cell("申请人陈述", lw, role="hei"), Cell(c.stated_cause, rw, align="left", valign="top")],
            min_height=36),
        Row([Cell("调查核实", lw, role="hei"), Cell("", rw, ruled=2)]),
        _form_row("是否为村（社区）干部或乡镇（街道）经办人员的近亲属", _yes_no(c.relative_of_staff),
                  parts=[2.6, 2.4]),
        _heading("五、入户调查情况及结论"),
        Row([Cell("调查情况（实地查看、邻里访问等）", lw, role="hei"), Cell("", rw, ruled=4)]),
        Row([Cell("调查结论", lw, role="hei"),
             Cell(_ticks(["符合条件", "不符合条件", "需进一步核实"], None), rw, align="left")],
            min_height=26),
        Row([Cell("理由", lw, role="hei"), Cell("", rw, ruled=2)]),
        _heading("六、签名"),
    ]
    names = list(c.investigators) + [""] * max(0, 2 - len(c.investigators))
    sw = _scale([1, 1.2, 1, 1.8])
    for i, name in enumerate(names, 1):
        rows.append(Row([Cell(f"调查人{ORDINALS[i - 1]}", sw[0], role="hei"), Cell(name, sw[1]),
                         Cell("签名", sw[2], role="hei"), Cell("", sw[3])], min_height=32))
    rows += [
        Row([Cell("村（社区）意见", lw, role="hei"),
             Cell("\n签名（盖章）：" + "　" * 7 + BLANK_DATE, rw, align="right", valign="top")],
            min_height=58),
        _form_row("户主（签名或按指印）", "", "在场家庭成员（签名）", "", parts=[1.2, 1.3, 1.2, 1.3],
                  min_height=40),
    ]
    flow.table(Table(rows, size=FORM))
    _note(flow, "注：入户调查人员不少于2人；本表身份证号码等个人信息依法保密，不得对外提供。")


def public_notice(flow: Flow, notice: Notice):
    c: PublicNotice = notice.content
    label = c.assistance_label
    flow.title(title_of(notice))
    flow.right_line(notice.header.number)
    _correction_line(flow, notice)
    steps = "入户调查、家庭经济状况信息核对" if c.data_checked is not False else "入户调查"
    flow.text_lines(f"经本人申请、{steps}和{c.township}初审，现将{c.village}"
                    f"{label}拟保障对象名单公示如下，接受群众监督。")
    flow.text_lines([("公示期：", "hei"),
                     (f"{cn_date(c.period_start)}至{cn_date(c.period_end)}（共{c.days}天）。", "fangsong")])
    to = c.objection_to or where_to(notice)
    phone = c.objection_phone or notice.office.phone
    flow.text_lines([("异议反映：", "hei"),
                     (f"对公示对象有异议的，请在公示期内向{to}反映" + (f"，联系电话：{phone}" if phone else "")
                      + "。可以实名或者匿名反映，我们将及时调查核实，并为反映人保密。", "fangsong")])
    flow.y -= 6
    ws = _scale([44, 100, 84, 172])
    head = ["序号", "申请人", "家庭人口", f"拟保障金额（{c.amount_unit}）"]
    rows = [Row(_cells(ws, head, role="hei"))]
    any_minor = False
    for i, r in enumerate(c.rows, 1):
        name = minor_name(r.name) if r.is_minor else r.name
        any_minor |= r.is_minor
        rows.append(Row([Cell(str(i), ws[0]), Cell(name, ws[1]), Cell(f"{r.family_size}人", ws[2]),
                         Cell(format_yuan(r.amount_fen), ws[3], align="right")]))
    note_h = SMALL * 1.6 + 3 if any_minor else 0.0
    flow.table(Table(rows, size=BODY, header_rows=1, leading=LINE - 8, pad=4),
               keep_with_next=Flow.SIGNATURE_HEIGHT - LINE / 2 + note_h)
    if any_minor:
        _note(flow, "注：未成年人姓名已作隐私处理。")
    flow.signature(notice.office.site_name, cn_date(notice.header.issue_date), gap=LINE / 2)


WRITERS = {
    "application_form": application_form,
    "acceptance": acceptance,
    "non_acceptance": non_acceptance,
    "missing_materials": missing_materials,
    "investigation_form": investigation_form,
    "public_notice": public_notice,
    "approval": approval,
    "refusal": refusal,
    "stop": stop,
    "reduce": reduce,
    "raise": raise_,
    "review_continue": review_continue,
}
