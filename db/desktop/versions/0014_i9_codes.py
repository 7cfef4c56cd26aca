"""records hold codes: ticked reasons, missing materials and visit conclusions

Stored texts (the Chinese or English wording a dialog used to store) become
the codes of domain.codes; any other text is kept as the user's free text.
A visit's conclusion "与申报情况一致：..." becomes findings["conclusion"] =
"matches" and the text after the colon. The table below is frozen here: the live
wording may change later, and old records were written in this one.
Printed notices keep what they printed.

Revision ID: i9a
Revises: i16a
Create Date: 2026-12-01
"""
import json

from alembic import op
import sqlalchemy as sa


revision = 'i9a'
down_revision = 'i16a'
branch_labels = None
depends_on = None

REASONS = {
    "not_registered_here": ("申请人户籍不在本乡镇（街道）",
                            "The household is not registered in this township"),
    "clearly_ineligible": ("明显不符合该项救助条件",
                           "Clearly not eligible for this assistance"),
    "refused_authorisation": ("拒绝签署家庭经济状况核对授权书",
                              "Refused to sign the authorisation for the economic data check"),
    "materials_not_supplied": ("逾期未补正材料",
                               "Missing materials not supplied in time"),
    "income_not_below_standard": ("家庭月人均收入不低于当地低保标准",
                                  "Per-capita income is not below the local standard"),
    "assets_exceed_limits": ("家庭财产状况超出规定",
                             "The household's assets exceed the limits"),
    "concealed_income": ("隐瞒或虚报家庭收入、财产",
                         "Income or assets were concealed or misreported"),
    "refused_cooperation": ("拒不配合入户调查和信息核对",
                            "Refused to cooperate with the investigation"),
    "supporter_able": ("有具备赡养、抚养、扶养能力的法定义务人",
                       "A legal supporter is able to support"),
    "visit_record_incomplete": ("入户调查记录不完整",
                                "The home visit record is incomplete"),
    "income_miscalculated": ("收入核算有误",
                             "The income was calculated wrongly"),
    "undeclared_found": ("信息核对发现未申报的收入或财产",
                         "The data cross-check found undeclared income or assets"),
    "income_fell": ("家庭收入减少",
                    "The household's income fell"),
    "member_joined": ("家庭人口增加",
                      "A member joined the household"),
    "standard_raised": ("保障标准提高",
                        "The standard was raised"),
    "income_rose": ("家庭收入增加",
                    "The household's income rose"),
    "member_left": ("家庭人口减少",
                    "A member left the household"),
    "income_above_standard": ("家庭月人均收入已高于保障标准",
                              "Per-capita income is now above the standard"),
    "died_or_moved": ("保障对象死亡或户籍迁出",
                      "The person died or moved the household registration"),
    "refused_review": ("拒不配合定期复核",
                       "Refused the periodic review"),
    "applicant_withdrew": ("申请人书面申请撤回",
                           "The applicant asked in writing to withdraw"),
}

MATERIALS = {
    "application_form": ("经签字的社会救助申请表",
                         "Signed application form"),
    "data_check_authorisation": ("经签字的家庭经济状况核对授权书",
                                 "Signed authorisation for the economic data check"),
    "id_cards": ("全体家庭成员身份证复印件",
                 "Copies of the ID cards of all members"),
    "household_register": ("户口簿复印件",
                           "Copy of the household register"),
    "income_proof": ("家庭成员收入证明",
                     "Proof of income of the members"),
    "disability_certificate": ("残疾证",
                               "Disability certificate"),
    "medical_records": ("病历及医疗费用票据",
                        "Medical records and bills"),
    "housing_proof": ("住房情况证明",
                      "Proof of housing"),
    "bank_account": ("救助金发放银行账户",
                     "Bank account for payments"),
}

REASONS.update({
    "data_check_pending": ("家庭经济状况信息核对结果尚未反馈",
                           "The data cross-check results are not back yet"),
    "members_outside_county": ("家庭成员在外地居住或务工，需异地核实",
                               "Members live or work outside the county and must be verified there"),
    "objection_reinvestigation": ("公示期间有异议，需重新调查",
                                  "An objection during the notice needs a new investigation"),
})

CONCLUSIONS = {
    "matches": ("与申报情况一致",
                "Matches what was declared"),
    "partly": ("与申报情况部分一致",
               "Partly matches"),
    "differs": ("与申报情况不一致",
                "Does not match what was declared"),
}

def _by_text(table):
    out = {}
    for code, texts in table.items():
        for text in texts:
            out[text] = code
    return out


def _coded(items, by_text):
    out = []
    for item in items or ():
        text = str(item).strip()
        if text:
            text = by_text.get(text, text)
            if text not in out:
                out.append(text)
    return out


def _load(value, default):
    if value is None or value == "":
        return default
    return json.loads(value) if isinstance(value, str) else value


def _split_conclusion(text):
    """(code, note) of a stored conclusion, or (None, text) when it names none."""
    text = (text or "").strip()
    for code, words in CONCLUSIONS.items():
        for w in words:
            for sep in ("：", ": ", ":", ""):
                if text == w or (sep and text.startswith(w + sep)):
                    return code, text[len(w) + len(sep):].strip() if text != w else ""
    return None, text


def upgrade() -> None:
    conn = op.get_bind()
    reasons, materials = _by_text(REASONS), _by_text(MATERIALS)
    for table in ("applications", "decisions"):
        cols = "id, reasons" + (", missing_materials" if table == "applications" else "")
        for row in conn.execute(sa.text(f"SELECT {cols} FROM {table}")).mappings().all():
            new = {"reasons": json.dumps(_coded(_load(row["reasons"], []), reasons), ensure_ascii=False)}
            if table == "applications":
                new["missing_materials"] = json.dumps(
                    _coded(_load(row["missing_materials"], []), materials), ensure_ascii=False)
            conn.execute(sa.text(f"UPDATE {table} SET " + ", ".join(f"{k} = :{k}" for k in new)
                                 + " WHERE id = :id"), {**new, "id": row["id"]})
    for row in conn.execute(sa.text("SELECT id, params FROM case_events")).mappings().all():
        params = _load(row["params"], {})
        if not isinstance(params, dict):
            continue
        changed = dict(params)
        if isinstance(params.get("reasons"), list):
            changed["reasons"] = _coded(params["reasons"], reasons)
        if isinstance(params.get("missing"), list):
            changed["missing"] = _coded(params["missing"], materials)
        if isinstance(params.get("conclusion"), str):
            code, note = _split_conclusion(params["conclusion"])
            if code:
                changed["conclusion"] = note
                changed["findings"] = {**(params.get("findings") or {}), "conclusion": code}
        if changed != params:
            conn.execute(sa.text("UPDATE case_events SET params = :p WHERE id = :id"),
                         {"p": json.dumps(changed, ensure_ascii=False), "id": row["id"]})
    for row in conn.execute(sa.text("SELECT id, findings, conclusion FROM visits")).mappings().all():
        code, note = _split_conclusion(row["conclusion"])
        if code is None:
            continue
        findings = _load(row["findings"], {})
        findings = {**findings, "conclusion": findings.get("conclusion") or code}
        conn.execute(sa.text("UPDATE visits SET findings = :f, conclusion = :c WHERE id = :id"),
                     {"f": json.dumps(findings, ensure_ascii=False), "c": note, "id": row["id"]})


def downgrade() -> None:
    # Codes back to their Chinese wording (what the interface stored by default).
    conn = op.get_bind()
    words = {code: texts[0] for table in (REASONS, MATERIALS) for code, texts in table.items()}
    for table, cols in (("applications", ("reasons", "missing_materials")), ("decisions", ("reasons",))):
        for row in conn.execute(sa.text(f"SELECT id, {', '.join(cols)} FROM {table}")).mappings().all():
            new = {c: json.dumps([words.get(i, i) for i in _load(row[c], [])], ensure_ascii=False)
                   for c in cols}
            conn.execute(sa.text(f"UPDATE {table} SET " + ", ".join(f"{k} = :{k}" for k in new)
                                 + " WHERE id = :id"), {**new, "id": row["id"]})
    for row in conn.execute(sa.text("SELECT id, findings, conclusion FROM visits")).mappings().all():
        code = _load(row["findings"], {}).get("conclusion")
        if code in CONCLUSIONS:
            head = CONCLUSIONS[code][0]
            text = f"{head}：{row['conclusion']}" if row["conclusion"] else head
            conn.execute(sa.text("UPDATE visits SET conclusion = :c WHERE id = :id"),
                         {"c": text, "id": row["id"]})
