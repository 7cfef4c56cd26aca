"""Names of domain codes on screen: states, actions, roles, assistance types, relations...

The domain keeps the Chinese names (notices print them); here each code gets
an English source text that goes through Qt's translation like every other
string, so ``--lang en`` works. tests/gui/test_i18n.py checks that the
Chinese translations agree with the domain's own tables.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from lishui_desktop.domain.assistance import MONTHLY_TYPES
from lishui_desktop.domain.money import format_yuan
from lishui_desktop.services.cells import Day, Money

STATES = {
    "submitted": QT_TRANSLATE_NOOP("State", "Applied, awaiting acceptance"),
    "materials_missing": QT_TRANSLATE_NOOP("State", "Awaiting missing materials"),
    "not_accepted": QT_TRANSLATE_NOOP("State", "Not accepted"),
    "accepted": QT_TRANSLATE_NOOP("State", "Accepted"),
    "investigating": QT_TRANSLATE_NOOP("State", "Investigating"),
    "investigated": QT_TRANSLATE_NOOP("State", "Home visit done"),
    "reviewed": QT_TRANSLATE_NOOP("State", "Preliminary review done"),
    "publicizing": QT_TRANSLATE_NOOP("State", "Public notice running"),
    "publicized": QT_TRANSLATE_NOOP("State", "Public notice ended"),
    "awaiting_decision": QT_TRANSLATE_NOOP("State", "Awaiting county decision"),
    "approved": QT_TRANSLATE_NOOP("State", "Receiving assistance"),
    "refused": QT_TRANSLATE_NOOP("State", "Refused"),
    "stopped": QT_TRANSLATE_NOOP("State", "Stopped"),
    "withdrawn": QT_TRANSLATE_NOOP("State", "Withdrawn"),
}

ACTIONS = {
    "submit": QT_TRANSLATE_NOOP("Action", "Application taken"),
    "accept": QT_TRANSLATE_NOOP("Action", "Accept"),
    "request_materials": QT_TRANSLATE_NOOP("Action", "Ask for missing materials"),
    "supply_materials": QT_TRANSLATE_NOOP("Action", "Materials supplied"),
    "refuse_acceptance": QT_TRANSLATE_NOOP("Action", "Refuse to accept"),
    "start_investigation": QT_TRANSLATE_NOOP("Action", "Start the investigation"),
    "record_visit": QT_TRANSLATE_NOOP("Action", "Record a home visit"),
    "record_appraisal": QT_TRANSLATE_NOOP("Action", "Record the democratic appraisal"),
    "review": QT_TRANSLATE_NOOP("Action", "Preliminary review"),
    "publish": QT_TRANSLATE_NOOP("Action", "Start the public notice"),
    "record_objection": QT_TRANSLATE_NOOP("Action", "Record an objection"),
    "close_notice": QT_TRANSLATE_NOOP("Action", "Close the public notice"),
    "hand_up": QT_TRANSLATE_NOOP("Action", "Hand up to the county"),
    "approve": QT_TRANSLATE_NOOP("Action", "Approve"),
    "refuse": QT_TRANSLATE_NOOP("Action", "Refuse"),
    "return": QT_TRANSLATE_NOOP("Action", "Return for re-investigation"),
    "raise": QT_TRANSLATE_NOOP("Action", "Raise"),
    "reduce": QT_TRANSLATE_NOOP("Action", "Reduce"),
    "stop": QT_TRANSLATE_NOOP("Action", "Stop"),
    "withdraw": QT_TRANSLATE_NOOP("Action", "Withdrawn by the applicant"),
    "extend": QT_TRANSLATE_NOOP("Action", "Extend the time limit"),
    "record_delivery": QT_TRANSLATE_NOOP("Action", "Record the delivery"),
    "pay_first": QT_TRANSLATE_NOOP("Action", "Pay first (urgent aid)"),
    "complete_pay_first": QT_TRANSLATE_NOOP("Action", "Complete the pay-first paperwork"),
}

# Which time limit a due date is (domain.deadlines.LIMIT_TEXT_ZH has the sources).
LIMITS = {
    "start_investigation": QT_TRANSLATE_NOOP("Limit", "start the investigation within {days} working days of "
                                             "acceptance"),
    "investigation": QT_TRANSLATE_NOOP("Limit", "investigation and preliminary review within {days} working "
                                       "days of acceptance (Zhejiang regulation art. 11)"),
    "decision": QT_TRANSLATE_NOOP("Limit", "the county decides within {days} working days of the hand-up "
                                  "(county setting)"),
    "whole_zhejiang": QT_TRANSLATE_NOOP("Limit", "whole procedure within {days} working days of acceptance, "
                                        "the public notice not counted (Zhejiang)"),
    "whole": QT_TRANSLATE_NOOP("Limit", "whole procedure within {days} working days of acceptance (MCA 2021)"),
    "whole_extended": QT_TRANSLATE_NOOP("Limit", "whole procedure, extended, within {days} working days of "
                                        "acceptance (MCA 2021)"),
    "notice": QT_TRANSLATE_NOOP("Limit", "the 7-day public notice ends"),
    "delivery": QT_TRANSLATE_NOOP("Limit", "deliver the refusal within {days} working days of the decision"),
    "crosscheck_start": QT_TRANSLATE_NOOP("Limit", "the county starts the data cross-check within {days} working "
                                          "days of the request (MCA 2021)"),
    "pay_first_completion": QT_TRANSLATE_NOOP("Limit", "complete the investigation and paperwork within {days} "
                                              "working days of the pay-first (county setting)"),
}

DELIVERY_METHODS = {
    "direct": QT_TRANSLATE_NOOP("Delivery", "In person"),
    "left": QT_TRANSLATE_NOOP("Delivery", "Left at the home (refused to sign)"),
    "entrusted": QT_TRANSLATE_NOOP("Delivery", "Through another office"),
    "post": QT_TRANSLATE_NOOP("Delivery", "By post"),
    "electronic": QT_TRANSLATE_NOOP("Delivery", "Electronically"),
}

# What the office owes next on a case in each state (the dashboard's "next step").
NEXT_STEPS = {
    "submitted": QT_TRANSLATE_NOOP("NextStep", "Accept, or ask for materials"),
    "materials_missing": QT_TRANSLATE_NOOP("NextStep", "Wait for the materials"),
    "accepted": QT_TRANSLATE_NOOP("NextStep", "Start the investigation"),
    "investigating": QT_TRANSLATE_NOOP("NextStep", "Visit the household"),
    "investigated": QT_TRANSLATE_NOOP("NextStep", "Preliminary review"),
    "reviewed": QT_TRANSLATE_NOOP("NextStep", "Publish the notice or hand up"),
    "publicizing": QT_TRANSLATE_NOOP("NextStep", "Close the notice when it ends"),
    "publicized": QT_TRANSLATE_NOOP("NextStep", "Hand up to the county"),
    "awaiting_decision": QT_TRANSLATE_NOOP("NextStep", "County decision"),
    "approved": QT_TRANSLATE_NOOP("NextStep", "Periodic review"),
}

ROLES = {
    "caseworker": QT_TRANSLATE_NOOP("Role", "Caseworker"),
    "reviewer": QT_TRANSLATE_NOOP("Role", "Township reviewer"),
    "approver": QT_TRANSLATE_NOOP("Role", "County approver"),
    "admin": QT_TRANSLATE_NOOP("Role", "Administrator"),
}

TYPES = {
    "dibao": QT_TRANSLATE_NOOP("AssistanceType", "Minimum living guarantee"),
    "dibian": QT_TRANSLATE_NOOP("AssistanceType", "Near-dibao household"),
    "tekun": QT_TRANSLATE_NOOP("AssistanceType", "Extreme-poverty support"),
    "linshi": QT_TRANSLATE_NOOP("AssistanceType", "Temporary assistance"),
    "yiliao": QT_TRANSLATE_NOOP("AssistanceType", "Medical assistance"),
    "jiaoyu": QT_TRANSLATE_NOOP("AssistanceType", "Education aid"),
    "ertong": QT_TRANSLATE_NOOP("AssistanceType", "Children in hardship"),
    "shilaohua": QT_TRANSLATE_NOOP("AssistanceType", "Home adaptation (elderly)"),
}

RELATIONS = {
    "self": QT_TRANSLATE_NOOP("Relation", "Household head"),
    "spouse": QT_TRANSLATE_NOOP("Relation", "Spouse"),
    "child": QT_TRANSLATE_NOOP("Relation", "Child"),
    "parent": QT_TRANSLATE_NOOP("Relation", "Parent"),
    "sibling": QT_TRANSLATE_NOOP("Relation", "Sibling"),
    "grandparent": QT_TRANSLATE_NOOP("Relation", "Grandparent"),
    "grandchild": QT_TRANSLATE_NOOP("Relation", "Grandchild"),
    "other": QT_TRANSLATE_NOOP("Relation", "Other"),
}

DISABILITY_TYPES = {
    "visual": QT_TRANSLATE_NOOP("Disability", "Visual"),
    "hearing": QT_TRANSLATE_NOOP("Disability", "Hearing"),
    "speech": QT_TRANSLATE_NOOP("Disability", "Speech"),
    "physical": QT_TRANSLATE_NOOP("Disability", "Physical"),
    "intellectual": QT_TRANSLATE_NOOP("Disability", "Intellectual"),
    "mental": QT_TRANSLATE_NOOP("Disability", "Mental"),
    "multiple": QT_TRANSLATE_NOOP("Disability", "Multiple"),
}

DISABILITY_GRADES = {
    1: QT_TRANSLATE_NOOP("DisabilityGrade", "Grade 1"),
    2: QT_TRANSLATE_NOOP("DisabilityGrade", "Grade 2"),
    3: QT_TRANSLATE_NOOP("DisabilityGrade", "Grade 3"),
    4: QT_TRANSLATE_NOOP("DisabilityGrade", "Grade 4"),
}

SELFCARE_ITEMS = {
    "eating": QT_TRANSLATE_NOOP("SelfCare", "Eats unaided"),
    "dressing": QT_TRANSLATE_NOOP("SelfCare", "Dresses unaided"),
    "bed_transfer": QT_TRANSLATE_NOOP("SelfCare", "Gets in and out of bed unaided"),
    "toileting": QT_TRANSLATE_NOOP("SelfCare", "Uses the toilet unaided"),
    "walking_indoors": QT_TRANSLATE_NOOP("SelfCare", "Walks indoors unaided"),
    "bathing": QT_TRANSLATE_NOOP("SelfCare", "Bathes unaided"),
}

SELFCARE_LEVELS = {
    "self": QT_TRANSLATE_NOOP("SelfCareLevel", "Able to care for themselves"),
    "partial": QT_TRANSLATE_NOOP("SelfCareLevel", "Self-care partly lost"),
    "lost": QT_TRANSLATE_NOOP("SelfCareLevel", "Self-care fully lost"),
}

INCOME_CATEGORIES = {
    "wage": QT_TRANSLATE_NOOP("Income", "Wages"),
    "business_net": QT_TRANSLATE_NOOP("Income", "Net business income"),
    "property_net": QT_TRANSLATE_NOOP("Income", "Net property income"),
    "transfer_net": QT_TRANSLATE_NOOP("Income", "Net transfer income"),
    "special_care": QT_TRANSLATE_NOOP("Income", "Special-care payments"),
    "family_planning": QT_TRANSLATE_NOOP("Income", "Family-planning rewards and support"),
    "scholarship": QT_TRANSLATE_NOOP("Income", "Scholarships and grants"),
    "social_assistance": QT_TRANSLATE_NOOP("Income", "Social-assistance payments"),
    "basic_pension": QT_TRANSLATE_NOOP("Income", "Basic pension for rural and urban residents"),
    "heroic_award": QT_TRANSLATE_NOOP("Income", "Awards for acts of bravery"),
    "government_reward": QT_TRANSLATE_NOOP("Income", "Government rewards and honours"),
    "elderly_allowance": QT_TRANSLATE_NOOP("Income", "Old-age allowance"),
    "disability_allowance": QT_TRANSLATE_NOOP("Income", "Disability living and care allowances"),
    "rigid_medical": QT_TRANSLATE_NOOP("Income", "Rigid medical costs (self-paid)"),
    "rigid_education": QT_TRANSLATE_NOOP("Income", "Rigid education costs"),
}

ASSET_KINDS = {
    "deposit": QT_TRANSLATE_NOOP("Asset", "Bank deposits"),
    "securities": QT_TRANSLATE_NOOP("Asset", "Securities"),
    "insurance": QT_TRANSLATE_NOOP("Asset", "Commercial insurance"),
    "vehicle": QT_TRANSLATE_NOOP("Asset", "Motor vehicles"),
    "machinery": QT_TRANSLATE_NOOP("Asset", "Large farm machinery"),
    "livestock": QT_TRANSLATE_NOOP("Asset", "Livestock"),
    "real_estate": QT_TRANSLATE_NOOP("Asset", "Property other than the home"),
    "business": QT_TRANSLATE_NOOP("Asset", "Business assets"),
    "other": QT_TRANSLATE_NOOP("Asset", "Other"),
}

HOUSING_TYPES = {
    "owned": QT_TRANSLATE_NOOP("Housing", "Own home"),
    "rented": QT_TRANSLATE_NOOP("Housing", "Rented"),
    "public_rental": QT_TRANSLATE_NOOP("Housing", "Public rental housing"),
    "borrowed": QT_TRANSLATE_NOOP("Housing", "Lodging with others"),
    "dilapidated": QT_TRANSLATE_NOOP("Housing", "Dilapidated house"),
    "none": QT_TRANSLATE_NOOP("Housing", "No home"),
    "other": QT_TRANSLATE_NOOP("Housing", "Other"),
}

SEXES = {
    "M": QT_TRANSLATE_NOOP("Sex", "Male"),
    "F": QT_TRANSLATE_NOOP("Sex", "Female"),
}

OUTCOMES = {
    "approved": QT_TRANSLATE_NOOP("Outcome", "Approved"),
    "refused": QT_TRANSLATE_NOOP("Outcome", "Refused"),
    "returned": QT_TRANSLATE_NOOP("Outcome", "Returned"),
    "raised": QT_TRANSLATE_NOOP("Outcome", "Raised"),
    "reduced": QT_TRANSLATE_NOOP("Outcome", "Reduced"),
    "stopped": QT_TRANSLATE_NOOP("Outcome", "Stopped"),
    "paid_first": QT_TRANSLATE_NOOP("Outcome", "Paid first (urgent aid)"),
}

NOTICE_KINDS = {
    "application_form": QT_TRANSLATE_NOOP("NoticeKind", "Application form"),
    "acceptance": QT_TRANSLATE_NOOP("NoticeKind", "Notice of acceptance"),
    "non_acceptance": QT_TRANSLATE_NOOP("NoticeKind", "Notice of non-acceptance"),
    "missing_materials": QT_TRANSLATE_NOOP("NoticeKind", "Notice of missing materials"),
    "investigation_form": QT_TRANSLATE_NOOP("NoticeKind", "Home-visit investigation form"),
    "public_notice": QT_TRANSLATE_NOOP("NoticeKind", "Public notice list"),
    "approval": QT_TRANSLATE_NOOP("NoticeKind", "Notice of approval"),
    "refusal": QT_TRANSLATE_NOOP("NoticeKind", "Notice of refusal"),
    "stop": QT_TRANSLATE_NOOP("NoticeKind", "Notice of stopped payment"),
    "reduce": QT_TRANSLATE_NOOP("NoticeKind", "Notice of reduced payment"),
    "raise": QT_TRANSLATE_NOOP("NoticeKind", "Notice of raised payment"),
    "review_continue": QT_TRANSLATE_NOOP("NoticeKind", "Notice of review result (continued)"),
}

# 信息核对 sources and conclusions (domain.crosscheck).
CROSSCHECK_SOURCES = {
    "hukou": QT_TRANSLATE_NOOP("CrossCheckSource", "Household registration"),
    "tax": QT_TRANSLATE_NOOP("CrossCheckSource", "Tax"),
    "social_insurance": QT_TRANSLATE_NOOP("CrossCheckSource", "Social insurance"),
    "real_estate": QT_TRANSLATE_NOOP("CrossCheckSource", "Real estate"),
    "business": QT_TRANSLATE_NOOP("CrossCheckSource", "Business registration"),
    "housing_fund": QT_TRANSLATE_NOOP("CrossCheckSource", "Housing fund"),
    "vehicle": QT_TRANSLATE_NOOP("CrossCheckSource", "Vehicles"),
    "deposit": QT_TRANSLATE_NOOP("CrossCheckSource", "Deposits"),
    "securities": QT_TRANSLATE_NOOP("CrossCheckSource", "Securities"),
    "insurance": QT_TRANSLATE_NOOP("CrossCheckSource", "Commercial insurance"),
}
CROSSCHECK_OUTCOMES = {
    "clear": QT_TRANSLATE_NOOP("CrossCheckOutcome", "Nothing found that makes the household ineligible"),
    "ineligible": QT_TRANSLATE_NOOP("CrossCheckOutcome", "Found the household ineligible"),
}

# (context, table) for each group, so tests can walk them all.
# Codes stored in records (domain.codes): ticked reasons, missing materials, visit conclusions.
REASONS = {
    "not_registered_here": QT_TRANSLATE_NOOP("Reason", "The household is not registered in this township"),
    "clearly_ineligible": QT_TRANSLATE_NOOP("Reason", "Clearly not eligible for this assistance"),
    "refused_authorisation": QT_TRANSLATE_NOOP("Reason", "Refused to sign the authorisation for the economic "
                                                         "data check"),
    "materials_not_supplied": QT_TRANSLATE_NOOP("Reason", "Missing materials not supplied in time"),
    "income_not_below_standard": QT_TRANSLATE_NOOP("Reason", "Per-capita income is not below the local standard"),
    "assets_exceed_limits": QT_TRANSLATE_NOOP("Reason", "The household's assets exceed the limits"),
    "concealed_income": QT_TRANSLATE_NOOP("Reason", "Income or assets were concealed or misreported"),
    "refused_cooperation": QT_TRANSLATE_NOOP("Reason", "Refused to cooperate with the investigation"),
    "supporter_able": QT_TRANSLATE_NOOP("Reason", "A legal supporter is able to support"),
    "crosscheck_income": QT_TRANSLATE_NOOP("Reason", "The data cross-check found undeclared income: per-capita "
                                                     "income is not below the standard"),
    "crosscheck_property": QT_TRANSLATE_NOOP("Reason", "The data cross-check found deposits or securities above "
                                                       "the local limits"),
    "crosscheck_business": QT_TRANSLATE_NOOP("Reason", "The data cross-check found a business registered to a "
                                                       "member"),
    "crosscheck_vehicle": QT_TRANSLATE_NOOP("Reason", "The data cross-check found a motor vehicle registered "
                                                      "to a member"),
    "visit_record_incomplete": QT_TRANSLATE_NOOP("Reason", "The home visit record is incomplete"),
    "income_miscalculated": QT_TRANSLATE_NOOP("Reason", "The income was calculated wrongly"),
    "undeclared_found": QT_TRANSLATE_NOOP("Reason", "The data cross-check found undeclared income or assets"),
    "income_fell": QT_TRANSLATE_NOOP("Reason", "The household's income fell"),
    "member_joined": QT_TRANSLATE_NOOP("Reason", "A member joined the household"),
    "standard_raised": QT_TRANSLATE_NOOP("Reason", "The standard was raised"),
    "income_rose": QT_TRANSLATE_NOOP("Reason", "The household's income rose"),
    "member_left": QT_TRANSLATE_NOOP("Reason", "A member left the household"),
    "income_above_standard": QT_TRANSLATE_NOOP("Reason", "Per-capita income is now above the standard"),
    "died_or_moved": QT_TRANSLATE_NOOP("Reason", "The person died or moved the household registration"),
    "refused_review": QT_TRANSLATE_NOOP("Reason", "Refused the periodic review"),
    "applicant_withdrew": QT_TRANSLATE_NOOP("Reason", "The applicant asked in writing to withdraw"),
    "data_check_pending": QT_TRANSLATE_NOOP("Reason", "The data cross-check results are not back yet"),
    "members_outside_county": QT_TRANSLATE_NOOP("Reason", "Members live or work outside the county and must be "
                                                          "verified there"),
    "objection_reinvestigation": QT_TRANSLATE_NOOP("Reason", "An objection during the notice needs a new "
                                                             "investigation"),
}

MATERIALS = {
    "application_form": QT_TRANSLATE_NOOP("Material", "Signed application form"),
    "data_check_authorisation": QT_TRANSLATE_NOOP("Material", "Signed authorisation for the economic data check"),
    "id_cards": QT_TRANSLATE_NOOP("Material", "Copies of the ID cards of all members"),
    "household_register": QT_TRANSLATE_NOOP("Material", "Copy of the household register"),
    "income_proof": QT_TRANSLATE_NOOP("Material", "Proof of income of the members"),
    "disability_certificate": QT_TRANSLATE_NOOP("Material", "Disability certificate"),
    "medical_records": QT_TRANSLATE_NOOP("Material", "Medical records and bills"),
    "housing_proof": QT_TRANSLATE_NOOP("Material", "Proof of housing"),
    "bank_account": QT_TRANSLATE_NOOP("Material", "Bank account for payments"),
}

CONCLUSIONS = {
    "matches": QT_TRANSLATE_NOOP("Conclusion", "Matches what was declared"),
    "partly": QT_TRANSLATE_NOOP("Conclusion", "Partly matches"),
    "differs": QT_TRANSLATE_NOOP("Conclusion", "Does not match what was declared"),
}

TABLES = {
    "State": STATES, "Action": ACTIONS, "NextStep": NEXT_STEPS, "Role": ROLES,
    "AssistanceType": TYPES, "Relation": RELATIONS, "Disability": DISABILITY_TYPES,
    "DisabilityGrade": DISABILITY_GRADES, "SelfCare": SELFCARE_ITEMS,
    "SelfCareLevel": SELFCARE_LEVELS, "Income": INCOME_CATEGORIES, "Asset": ASSET_KINDS,
    "Housing": HOUSING_TYPES, "Sex": SEXES, "Outcome": OUTCOMES, "NoticeKind": NOTICE_KINDS,
    "Limit": LIMITS, "Delivery": DELIVERY_METHODS,
    "Reason": REASONS, "Material": MATERIALS, "Conclusion": CONCLUSIONS,
    "CrossCheckSource": CROSSCHECK_SOURCES, "CrossCheckOutcome": CROSSCHECK_OUTCOMES,
}


def _t(context: str, table: dict, code) -> str:
    source = table.get(code)
    if source is None:
        return "" if code in (None, "") else str(code)
    return QCoreApplication.translate(context, source)


def state(code: str) -> str:
    return _t("State", STATES, code)


def action(code: str) -> str:
    return _t("Action", ACTIONS, code)


def limit(code: str, days: int | None) -> str:
    return _t("Limit", LIMITS, code).replace("{days}", str(days))


def delivery_method(code: str) -> str:
    return _t("Delivery", DELIVERY_METHODS, code)


def next_step(code: str) -> str:
    return _t("NextStep", NEXT_STEPS, code)


def role(code: str) -> str:
    return _t("Role", ROLES, code)


def assistance_type(code: str) -> str:
    return _t("AssistanceType", TYPES, code)


def relation(code: str) -> str:
    return _t("Relation", RELATIONS, code)


def disability(code: str | None, grade: int | None) -> str:
    if not code:
        return ""
    fmt = QCoreApplication.translate("Disability", "{type}, {grade}")
    return fmt.format(type=disability_type(code), grade=disability_grade(grade) if grade else "")


def disability_type(code: str) -> str:
    return _t("Disability", DISABILITY_TYPES, code)


def disability_grade(grade: int) -> str:
    return _t("DisabilityGrade", DISABILITY_GRADES, grade)


def selfcare_item(code: str) -> str:
    return _t("SelfCare", SELFCARE_ITEMS, code)


def selfcare_level(code: str) -> str:
    return _t("SelfCareLevel", SELFCARE_LEVELS, code)


def income_category(code: str) -> str:
    return _t("Income", INCOME_CATEGORIES, code)


def asset_kind(code: str) -> str:
    return _t("Asset", ASSET_KINDS, code)


def housing_type(code: str) -> str:
    return _t("Housing", HOUSING_TYPES, code)


def sex(code: str) -> str:
    return _t("Sex", SEXES, code)


def outcome(code: str) -> str:
    return _t("Outcome", OUTCOMES, code)


def notice_kind(code: str) -> str:
    return _t("NoticeKind", NOTICE_KINDS, code)


def reason(item: str) -> str:
    """A stored reason on screen: a code in the interface language, typed text as typed."""
    return _t("Reason", REASONS, item)


def crosscheck_source(code: str) -> str:
    return _t("CrossCheckSource", CROSSCHECK_SOURCES, code)


def crosscheck_outcome(code: str) -> str:
    return _t("CrossCheckOutcome", CROSSCHECK_OUTCOMES, code)


def reasons(items) -> str:
    return QCoreApplication.translate("Labels", "; ").join(reason(i) for i in items or ())


def material(item: str) -> str:
    return _t("Material", MATERIALS, item)


def materials(items) -> str:
    return QCoreApplication.translate("Labels", "; ").join(material(i) for i in items or ())


def conclusion(code: str | None, note: str = "") -> str:
    """A visit's conclusion: the chosen one, and what the investigators wrote beside it."""
    head = _t("Conclusion", CONCLUSIONS, code) if code in CONCLUSIONS else ""
    return QCoreApplication.translate("Labels", "{conclusion}: {note}").format(conclusion=head, note=note) \
        if head and note else (head or note)


def yuan(fen: int | None) -> str:
    """Amounts on screen: '1,620.00'; empty when there is none. An export writes the number."""
    return "" if fen is None else Money(format_yuan(fen), fen)


def amount(fen: int | None, assistance_type: str) -> str:
    """An assistance amount in a list: '1,620.00/月' where it is paid monthly, so a monthly
    benefit is never read as a one-off sum (the column header says 元)."""
    if fen is None:
        return ""
    if assistance_type in MONTHLY_TYPES:
        text = QCoreApplication.translate("Labels", "{amount}/month").format(amount=format_yuan(fen))
        return Money(text, fen, unit=text.replace(format_yuan(fen), "", 1))
    return Money(format_yuan(fen), fen)


def amount_sentence(fen: int, assistance_type: str) -> str:
    """'1,620.00 元/月' or '3,000.00 元' (once) for a case page."""
    if assistance_type in MONTHLY_TYPES:
        return QCoreApplication.translate("Labels", "{amount} yuan/month").format(amount=format_yuan(fen))
    return QCoreApplication.translate("Labels", "{amount} yuan").format(amount=format_yuan(fen))


def day(d: date | None) -> str:
    """A day on screen as 2026-12-01; an export writes the date."""
    return Day(d.isoformat(), d) if d else ""


def moment(d: datetime | str | None, *, seconds: bool = False) -> str:
    """A time on screen as 2026-12-01 09:30 (an ISO text is read first)."""
    if isinstance(d, str):
        try:
            d = datetime.fromisoformat(d)
        except ValueError:
            return d
    return Day(d.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"), d) if d else ""
