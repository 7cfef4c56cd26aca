"""Roster workbooks as offices keep them, written with openpyxl for the import tests."""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.merge import MergedCellRange

from lishui_desktop.domain import idnumber

MEMBER_HEADERS = ["序号", "乡镇（街道）", "村（社区）", "户主姓名", "成员姓名", "与户主关系",
                  "身份证号码", "性别", "出生日期", "家庭人口", "保障人数", "救助类别",
                  "月保障金", "保障起始年月", "联系电话", "家庭住址", "开户银行", "银行账号",
                  "残疾类别", "残疾等级", "自理能力", "备注"]
SURNAMES = "吴叶陈李周王刘潘徐张林蓝雷钟"
GIVEN = "建国伟明华平军红英芳秀兰丽敏静娟玉珍春梅海燕志强"


def households(count: int, *, seed: int = 1, villages=("碧湖村", "平原村"), start: int = 0):
    """[(head_name, village, members [(name, relation, id, sex, birth)], type, yuan, month)]"""
    rng = random.Random(seed)
    out = []
    serial = start * 4
    for k in range(count):
        size = rng.choice((1, 2, 3, 4))
        surname = rng.choice(SURNAMES)
        members = []
        for i in range(size):
            serial += 1
            rel = ("户主", "配偶", "子女", "父母")[i]
            male = (i == 0) or (i == 2 and rng.random() < .5)
            if i == 1:
                male = not members[0][3] == "男"
            # (birth date, sequence) differs for every person of the file: a valid,
            # distinct ID number each, with ages that fit the relation.
            year = (1962, 1964, 1992, 1938)[i]
            birth = date(year, 1, 1) + timedelta(days=(serial // 500) * 1)
            number = idnumber.make("331102", birth, (serial % 500) * 2 + (1 if male else 0))
            bd = birth
            members.append((surname + rng.choice(GIVEN) + rng.choice(GIVEN), rel, number,
                            "男" if male else "女", bd))
        kind = rng.choice(("低保", "低保", "特困", ""))
        out.append((members[0][0], rng.choice(villages), members, kind,
                    rng.randint(3, 12) * 100 * size if kind else None,
                    f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}" if kind else None))
    return out


def member_workbook(path: Path, rows, *, headers=MEMBER_HEADERS, merge: bool = True,
                    title_row: str | None = "碧湖镇城乡低保在保对象花名册",
                    township: str = "碧湖镇") -> Path:
    """One row per member; household cells merged down over the members (as Excel does)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    if title_row:
        ws.append([title_row])
    ws.append(list(headers))
    col = {h: i + 1 for i, h in enumerate(headers)}
    merges = []
    last = ws.max_row     # counted here: ws.max_row scans every cell
    for seq, (head, village, members, kind, yuan, month) in enumerate(rows, 1):
        first = last + 1
        for name, rel, number, sex, birth in members:
            values = {"序号": seq, "乡镇（街道）": township, "村（社区）": village, "户主姓名": head,
                      "成员姓名": name, "姓名": name, "与户主关系": rel, "身份证号码": number,
                      "身份证号": number, "公民身份号码": number, "性别": sex, "出生日期": birth,
                      "家庭人口": len(members), "保障人数": len(members), "保障人口": len(members),
                      "救助类别": kind, "保障类型": kind, "月保障金": yuan, "保障金额": yuan,
                      "保障起始年月": month, "享受时间": month, "联系电话": "13905781234",
                      "家庭住址": f"{village}18号", "开户银行": "丽水农商银行",
                      "银行账号": "6228480012345678901", "卡号": "6228480012345678901"}
            ws.append([values.get(h) for h in headers])
            last += 1
        if merge and last > first:
            for h in ("序号", "乡镇（街道）", "村（社区）", "户主姓名", "家庭人口", "保障人数",
                      "救助类别", "月保障金", "保障起始年月", "家庭住址", "开户银行", "银行账号",
                      "保障类型", "保障金额", "享受时间", "卡号", "保障人口"):
                if h in col:
                    c = col[h]
                    for r in range(first + 1, last + 1):
                        ws.cell(r, c).value = None
                    merges.append(MergedCellRange(ws, f"{get_column_letter(c)}{first}:"
                                                      f"{get_column_letter(c)}{last}"))
    # ws.merge_cells checks each new range against all earlier ones (quadratic): a
    # roster of thousands of households sets the list whole, which is what Excel writes.
    ws.merged_cells = MultiCellRange(set(merges))
    wb.save(path)
    return path


HOUSEHOLD_HEADERS = ["序号", "村(社区)", "户主姓名", "公民身份号码", "性别", "家庭人口",
                     "保障人口", "保障类型", "保障金额", "享受时间", "联系电话", "住址", "卡号",
                     "备注"]


def household_workbook(path: Path, rows, *, headers=HOUSEHOLD_HEADERS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(list(headers))
    for seq, (head, village, members, kind, yuan, month) in enumerate(rows, 1):
        name, _, number, sex, _ = members[0]
        values = {"序号": seq, "村(社区)": village, "户主姓名": head, "公民身份号码": number,
                  "性别": sex, "家庭人口": len(members), "保障人口": len(members),
                  "保障类型": kind, "保障金额": yuan, "享受时间": month, "联系电话": "0578-2123456",
                  "住址": f"{village}5号", "卡号": "6228480012345678901", "备注": ""}
        ws.append([values.get(h) for h in headers])
    wb.save(path)
    return path


def member_workbook_xls(path: Path, rows, *, headers=MEMBER_HEADERS,
                        title_row: str | None = "碧湖镇城乡低保在保对象花名册") -> Path:
    """The same roster as the older .xls (Excel 97-2003, as WPS still saves), written with
    xlwt: household cells merged down over the members, birth dates as date cells."""
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("花名册")
    day = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    r = 0
    if title_row:
        ws.write(0, 0, title_row)
        r = 1
    for c, h in enumerate(headers):
        ws.write(r, c, h)
    household_cols = {"序号", "乡镇（街道）", "村（社区）", "户主姓名", "家庭人口", "保障人数",
                      "救助类别", "月保障金", "保障起始年月", "家庭住址", "开户银行", "银行账号"}
    for seq, (head, village, members, kind, yuan, month) in enumerate(rows, 1):
        first = r + 1
        for name, rel, number, sex, birth in members:
            r += 1
            values = {"序号": seq, "乡镇（街道）": "碧湖镇", "村（社区）": village, "户主姓名": head,
                      "成员姓名": name, "与户主关系": rel, "身份证号码": number, "性别": sex,
                      "出生日期": birth, "家庭人口": len(members), "保障人数": len(members),
                      "救助类别": kind, "月保障金": yuan, "保障起始年月": month,
                      "联系电话": "13905781234", "家庭住址": f"{village}18号", "开户银行": "丽水农商银行",
                      "银行账号": "6228480012345678901"}
            for c, h in enumerate(headers):
                v = values.get(h)
                if h in household_cols and len(members) > 1:
                    continue                     # written once, merged below
                if v is None or v == "":
                    continue
                ws.write(r, c, v, day) if isinstance(v, date) else ws.write(r, c, v)
        if len(members) > 1:
            for c, h in enumerate(headers):
                if h in household_cols and values.get(h) not in (None, ""):
                    ws.write_merge(first, r, c, c, values[h])
    wb.save(str(path))
    return path
