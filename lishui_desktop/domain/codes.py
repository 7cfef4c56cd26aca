"""Choices from a list are stored as codes; their official Chinese wording lives here once.

Records (case reasons, missing materials, visit conclusions) hold the code of
each ticked item, and the user's own lines as free text beside them in the same
list. Notices always print this wording, whatever the interface language; the
GUI shows codes through Qt's translation system (gui/labels.py), whose Chinese
is checked against this table by a test.
"""
from __future__ import annotations

# Reasons a caseworker or approver can tick, by the action that asks for them.
REASONS: dict[str, str] = {
    # 不予受理
    "not_registered_here": "申请人户籍不在本乡镇（街道）",
    "clearly_ineligible": "明显不符合该项救助条件",
    "refused_authorisation": "拒绝签署家庭经济状况核对授权书",
    "materials_not_supplied": "逾期未补正材料",
    # 不予确认 (refusal)
    "income_not_below_standard": "家庭月人均收入不低于当地低保标准",
    "assets_exceed_limits": "家庭财产状况超出规定",
    "concealed_income": "隐瞒或虚报家庭收入、财产",
    "refused_cooperation": "拒不配合入户调查和信息核对",
    "supporter_able": "有具备赡养、抚养、扶养能力的法定义务人",
    # 不予确认 on a finding of the data cross-check (domain.crosscheck.INELIGIBLE_REASONS)
    "crosscheck_income": "经家庭经济状况信息核对，家庭成员有未如实申报的收入，家庭月人均收入不低于当地保障标准",
    "crosscheck_property": "经家庭经济状况信息核对，家庭存款、有价证券等金融资产超出当地规定",
    "crosscheck_business": "经家庭经济状况信息核对，家庭成员名下有登记在册的市场主体",
    "crosscheck_vehicle": "经家庭经济状况信息核对，家庭成员名下有登记在册的机动车辆",
    # 退回重新调查
    "visit_record_incomplete": "入户调查记录不完整",
    "income_miscalculated": "收入核算有误",
    "undeclared_found": "信息核对发现未申报的收入或财产",
    # 增发
    "income_fell": "家庭收入减少",
    "member_joined": "家庭人口增加",
    "standard_raised": "保障标准提高",
    # 减发
    "income_rose": "家庭收入增加",
    "member_left": "家庭人口减少",
    # 停发
    "income_above_standard": "家庭月人均收入已高于保障标准",
    "died_or_moved": "保障对象死亡或户籍迁出",
    "refused_review": "拒不配合定期复核",
    # 撤回
    "applicant_withdrew": "申请人书面申请撤回",
    # 延长办理期限
    "data_check_pending": "家庭经济状况信息核对结果尚未反馈",
    "members_outside_county": "家庭成员在外地居住或务工，需异地核实",
    "objection_reinvestigation": "公示期间有异议，需重新调查",
}

PRESET_REASONS: dict[str, tuple[str, ...]] = {
    "refuse_acceptance": ("not_registered_here", "clearly_ineligible", "refused_authorisation",
                          "materials_not_supplied"),
    "refuse": ("income_not_below_standard", "assets_exceed_limits", "concealed_income",
               "refused_cooperation", "supporter_able", "crosscheck_income", "crosscheck_property",
               "crosscheck_business", "crosscheck_vehicle"),
    "return": ("visit_record_incomplete", "income_miscalculated", "undeclared_found"),
    "raise": ("income_fell", "member_joined", "standard_raised"),
    "reduce": ("income_rose", "member_left"),
    "stop": ("income_above_standard", "died_or_moved", "refused_review"),
    "withdraw": ("applicant_withdrew",),
    "extend": ("data_check_pending", "members_outside_county", "objection_reinvestigation"),
    "record_objection": (),         # free text only: what was objected, by whom
}

# The materials a 补正材料告知书 can list (一次性告知), in the order of the form.
MATERIALS: dict[str, str] = {
    "application_form": "经签字的社会救助申请表",
    "data_check_authorisation": "经签字的家庭经济状况核对授权书",
    "id_cards": "全体家庭成员身份证复印件",
    "household_register": "户口簿复印件",
    "income_proof": "家庭成员收入证明",
    "disability_certificate": "残疾证",
    "medical_records": "病历及医疗费用票据",
    "housing_proof": "住房情况证明",
    "bank_account": "救助金发放银行账户",
}

# The home visit's conclusion (findings["conclusion"]); what the investigators wrote
# beside it stays in the visit's conclusion text.
VISIT_CONCLUSIONS: dict[str, str] = {
    "matches": "与申报情况一致",
    "partly": "与申报情况部分一致",
    "differs": "与申报情况不一致",
}


def _wording(table: dict[str, str], item: str) -> str:
    return table.get(item, item)


def reason_text(item: str) -> str:
    """A stored reason as printed: the code's wording, or the user's own text."""
    return _wording(REASONS, item)


def material_text(item: str) -> str:
    return _wording(MATERIALS, item)


def conclusion_text(code: str, note: str = "") -> str:
    """A visit conclusion as printed: the chosen conclusion and what was written beside it."""
    head = VISIT_CONCLUSIONS.get(code, "")
    return f"{head}：{note}" if head and note else (head or note)


def clean_items(items, table: dict[str, str]) -> list[str]:
    """Stored form of a ticked-and-typed list: codes as codes, typed lines stripped, a line
    that is exactly a code's Chinese wording stored as that code, blanks and repeats dropped."""
    by_text = {text: code for code, text in table.items()}
    out: list[str] = []
    for item in items or ():
        text = str(item).strip()
        if not text:
            continue
        text = by_text.get(text, text)
        if text not in out:
            out.append(text)
    return out
