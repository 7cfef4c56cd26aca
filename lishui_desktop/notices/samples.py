"""One realistic example of every notice kind (for ``notices --sample``, tests and screenshots).

The township is 碧湖镇 (331102100) in 莲都区 (331102), codes from shared/data.
Villages are not in the shared data; 碧湖村 and 平原村 are demo names. The people
and ID numbers are invented; the ID numbers carry valid GB 11643 check characters.
"""
from __future__ import annotations

from datetime import date

from lishui_desktop.domain.idnumber import check_char

from .model import (Acceptance, ApplicationForm, Approval, CaseRef, HouseholdSection, InvestigationForm,
                    IssuingOffice, Member, MissingMaterials, NonAcceptance, Notice, NoticeHeader,
                    PublicNotice, PublicNoticeRow, Raise, Reduce, Refusal, ReviewContinue, Stop,
                    Supporter)

def sample_id(first17: str) -> str:
    """Append the GB 11643-1999 check character."""
    return first17 + check_char(first17)


TOWNSHIP = IssuingOffice(
    site_code="331102100",
    site_name="莲都区碧湖镇人民政府",
    county_name="莲都区",
    county_government="莲都区人民政府",
    address="莲都区碧湖镇人民政府便民服务中心社会救助窗口",
    phone="0578-2601234",
    department="碧湖镇社会事务管理办公室",
    court="莲都区人民法院",
)

COUNTY = IssuingOffice(
    site_code="331102",
    site_name="莲都区民政局",
    county_name="莲都区",
    county_government="莲都区人民政府",
    address="莲都区民政局社会救助科",
    phone="0578-2135678",
    department="莲都区民政局社会救助科",
    court="莲都区人民法院",
)

APP_ID = "0193a6f2-5c1e-7b40-9d2a-6c1f0e8b4a21"
DIBAO = "最低生活保障"

HOUSEHOLD = HouseholdSection(
    members=(
        Member("张建国", "本人", "男", 63, sample_id("33110219630512001"), health="慢性病（高血压）",
               self_care="自理", occupation="务农", monthly_income_fen=60000),
        Member("李秀英", "配偶", "女", 61, sample_id("33110219650203002"), health="残疾",
               disability="肢体二级", self_care="部分丧失", occupation="无", monthly_income_fen=0),
        Member("张浩然", "孙子", "男", 13, sample_id("33110220130909003"), health="健康",
               self_care="自理", occupation="在校学生", monthly_income_fen=0),
    ),
    registered_address="丽水市莲都区碧湖镇碧湖村下街12号",
    residence_address="",
    village="碧湖村",
    phone="13905781234",
    housing_type="自有砖木结构住房",
    housing_area_m2="68.5",
    vehicles="无",
    livestock="家禽10余只",
    deposits_fen=320000,
    other_assets="无",
    supporters=(
        Supporter("张伟", "长子", "杭州市余杭区某物流公司（外出务工）", monthly_income_fen=420000,
                  support_paid_fen=30000),
    ),
)

CASE = CaseRef("张建国", DIBAO, date(2026, 10, 15))


def _h(kind: str, no: int, day: date, *, county: bool = False, app: str = APP_ID) -> NoticeHeader:
    prefix = "莲民救" if county else "莲碧民救"
    return NoticeHeader(kind=kind, number=f"{prefix}〔{day.year}〕{no}号", issue_date=day,
                        application_id=app)


def sample_notices() -> dict[str, Notice]:
    """kind -> an example notice of that kind."""
    refused = CaseRef("陈美华", DIBAO, date(2026, 10, 20))
    return {
        "application_form": Notice(TOWNSHIP, _h("application_form", 101, date(2026, 10, 15)),
            ApplicationForm(CASE, HOUSEHOLD,
                            reason="本人患高血压多年，只能从事少量农活；配偶肢体二级残疾，生活部分不能自理；"
                                   "孙子在读初中，其父母在外务工收入低且不稳定。家庭收入难以维持基本生活，"
                                   "特申请最低生活保障。",
                            relative_of_staff=False)),
        "acceptance": Notice(TOWNSHIP, _h("acceptance", 102, date(2026, 10, 15)),
            Acceptance(CASE, contact_name="王丽萍")),
        "non_acceptance": Notice(TOWNSHIP, _h("non_acceptance", 103, date(2026, 10, 16),
                                              app="0193a6f3-0a11-7c22-8e33-1f2e3d4c5b6a"),
            NonAcceptance(CaseRef("刘国庆", DIBAO, date(2026, 10, 14)), reasons=(
                "申请人户籍不在本镇，按规定应向户籍所在地乡镇人民政府（街道办事处）提出申请；",
                "申请人已于2026年9月在户籍所在地享受最低生活保障，不得重复申请。"))),
        "missing_materials": Notice(TOWNSHIP, _h("missing_materials", 104, date(2026, 10, 15),
                                                 app="0193a6f3-2b44-7d55-9e66-2a3b4c5d6e7f"),
            MissingMaterials(CaseRef("吴美玲", DIBAO, date(2026, 10, 15)), materials=(
                "共同生活家庭成员的居民身份证复印件（配偶、子女）；",
                "户口簿全部页面复印件；",
                "配偶残疾人证复印件；",
                "近6个月的工资收入证明或务工收入情况说明；",
                "全体共同生活家庭成员签字的家庭经济状况核对授权书。"),
                deadline=date(2026, 10, 29))),
        "investigation_form": Notice(TOWNSHIP, _h("investigation_form", 105, date(2026, 10, 19)),
            InvestigationForm(CASE, HOUSEHOLD, investigators=("王丽萍", "叶建军"),
                              stated_cause="因病、因残致困：本人患慢性病，配偶肢体残疾，孙子在读，主要劳动力缺失。",
                              relative_of_staff=False)),
        "public_notice": Notice(TOWNSHIP, _h("public_notice", 106, date(2026, 11, 8),
                                             app="0193b7c1-9d00-7e10-8f20-3a4b5c6d7e8f"),
            PublicNotice(DIBAO, township="碧湖镇", village="碧湖村",
                         period_start=date(2026, 11, 9), period_end=date(2026, 11, 15), rows=(
                             PublicNoticeRow("张建国", 3, 213600),
                             PublicNoticeRow("周林芳", 2, 148000),
                             PublicNoticeRow("叶根土", 1, 98000),
                             PublicNoticeRow("雷水娟", 4, 265050),
                             PublicNoticeRow("吴小燕", 1, 110000, is_minor=True),
                             PublicNoticeRow("蓝志明", 2, 130000),
                         ))),
        "approval": Notice(COUNTY, _h("approval", 231, date(2026, 11, 27), county=True),
            Approval(CASE, covered_names=("张建国", "李秀英", "张浩然"), amount_fen=213600,
                     start_month=date(2026, 12, 1),
                     payment_method="按月通过社会保障卡发放至申请人本人账户，每月10日前发放到位",
                     review_note="每年复核一次")),
        "refusal": Notice(COUNTY, _h("refusal", 232, date(2026, 11, 27), county=True,
                                     app="0193a6f4-1c22-7a33-8b44-5c6d7e8f9a0b"),
            Refusal(refused, reasons=(
                "经信息核对，你家庭共同生活成员名下有登记在册的小型客车1辆（非营运，购置价格12.8万元），"
                "不符合家庭财产状况规定；",
                "你家庭月人均收入1,486.00元，高于本县（区）最低生活保障标准。"))),
        "stop": Notice(COUNTY, _h("stop", 233, date(2026, 11, 27), county=True,
                                  app="0192f0aa-3b21-7c10-9d00-0e1f2a3b4c5d"),
            Stop(CaseRef("周林芳", DIBAO, date(2024, 3, 6)), old_amount_fen=148000,
                 effective_month=date(2026, 12, 1), reasons=(
                     "经2026年度复核，你家庭成员周建平已稳定就业，月工资收入4,200.00元，"
                     "家庭月人均收入超过最低生活保障标准；",))),
        "reduce": Notice(COUNTY, _h("reduce", 234, date(2026, 11, 27), county=True,
                                    app="0192f0ab-4c32-7d21-8e11-1f2a3b4c5d6e"),
            Reduce(CaseRef("叶根土", DIBAO, date(2023, 5, 18)), old_amount_fen=121050,
                   new_amount_fen=98000, effective_month=date(2026, 12, 1), reasons=(
                       "经复核，你本人自2026年9月起领取被征地农民养老保险金每月230.50元，"
                       "家庭月人均收入相应增加。",))),
        "raise": Notice(COUNTY, _h("raise", 235, date(2026, 11, 27), county=True,
                                   app="0192f0ac-5d43-7e32-9f22-2a3b4c5d6e7f"),
            Raise(CaseRef("雷水娟", DIBAO, date(2025, 4, 2)), old_amount_fen=236000,
                  new_amount_fen=265050, effective_month=date(2026, 12, 1), reasons=(
                      "经复核，你家庭成员雷小军于2026年8月失业，家庭月人均收入减少；",
                      "莲都区最低生活保障标准自2026年7月起调整。"))),
        "review_continue": Notice(COUNTY, _h("review_continue", 236, date(2026, 11, 27), county=True,
                                             app="0192f0ad-6e54-7f43-8a33-3b4c5d6e7f80"),
            ReviewContinue(CaseRef("蓝桂香", DIBAO, date(2025, 6, 9)), amount_fen=185000,
                           reviewed_on=date(2026, 11, 26), next_review=date(2027, 11, 26), reasons=(
                               "经2026年度复核入户调查和家庭经济状况信息核对，你家庭人口、收入和财产"
                               "状况未发生变化，家庭月人均收入仍低于最低生活保障标准。",))),
    }
