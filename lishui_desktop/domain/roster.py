"""Rosters an office already keeps (Excel sheets, provincial-system exports): what their
columns mean and the rules every row must pass before anything is imported.

Standard library only. The reading of the file is services.roster_import; this module
takes the header row and the cell values as plain Python values (str, int, float,
datetime) and returns households with members, or problems naming the row and the
column. Messages are in Chinese: the clerk reads them in the report next to the cell.

Two layouts exist and both are read:

* one row per member (成员姓名/姓名 and 与户主关系 columns): the household's own cells
  (序号, 户主姓名, 村, 家庭人口, 金额...) are usually merged down over its members; a
  new household starts where 序号 (or, without it, 户主姓名) changes, or at a 户主 row;
* one row per household (no member columns): the row is the head, 家庭人口 says how many
  people live there (the others are added in the software later: the import says so).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from . import household as hh
from . import idnumber
from .errors import DomainError

# --- headers -------------------------------------------------------------------------------

# field -> the header texts offices use for it (compared after normalize_header).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "户序号"),
    "township": ("乡镇(街道)", "乡镇街道", "乡镇", "街道", "乡(镇、街道)", "所属乡镇"),
    "village": ("村(社区)", "村社区", "村", "社区", "村居", "村(居)", "所属村"),
    "head_name": ("户主姓名", "户主"),
    "member_name": ("成员姓名", "姓名", "家庭成员姓名", "家庭成员"),
    "relation": ("与户主关系", "与户主的关系", "关系"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份证", "证件号码", "身份号码"),
    "sex": ("性别",),
    "birth_date": ("出生日期", "出生年月", "出生年月日"),
    "household_size": ("家庭人口", "家庭人口数", "家庭人数", "户人口", "家庭总人口"),
    "covered_count": ("保障人口", "保障人数", "享受人数", "救助人数", "保障人口数"),
    "assistance_type": ("救助类别", "保障类型", "类别", "救助类型", "保障类别", "对象类别"),
    "amount": ("月保障金", "保障金额", "月救助金额", "月保障金额", "保障金", "月发放金额",
               "月保障金(元)", "保障金额(元)", "月救助金额(元)", "月保障金额(元)"),
    "start_month": ("保障起始年月", "享受时间", "起始年月", "保障起始时间", "享受起始年月",
                    "救助起始年月"),
    "phone": ("联系电话", "电话", "手机号码", "手机号", "联系方式"),
    "address": ("家庭住址", "住址", "家庭地址", "地址", "居住地址"),
    "bank": ("开户银行", "开户行", "银行"),
    "bank_account": ("银行账号", "卡号", "银行卡号", "账号", "一卡通账号"),
    "disability_type": ("残疾类别", "残疾类型"),
    "disability_grade": ("残疾等级", "残疾级别"),
    "selfcare": ("自理能力", "生活自理能力"),
    "note": ("备注",),
}
# What the report calls each column when the sheet has none (and the column's meaning).
FIELD_LABELS: dict[str, str] = {f: names[0] for f, names in HEADER_ALIASES.items()}

_FULLWIDTH = str.maketrans("（）［］，：", "()[],:")
_SPACE = re.compile(r"\s+")


def normalize_header(text) -> str:
    """'  乡镇（街道）\n*' -> '乡镇(街道)': width of brackets, spaces, required-markers."""
    if text is None:
        return ""
    t = _SPACE.sub("", str(text).translate(_FULLWIDTH)).strip("*※")
    return t


_BY_HEADER: dict[str, str] = {normalize_header(a): f for f, names in HEADER_ALIASES.items()
                              for a in names}


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (0-based) holds which field, and the columns nobody recognised."""
    columns: dict[str, int]                  # field -> column index
    headers: tuple[str, ...]                 # the sheet's header texts as written
    unknown: tuple[tuple[int, str], ...]     # (column index, header) not recognised
    duplicate: tuple[tuple[int, str], ...]   # a second column for a field already mapped

    @property
    def per_member(self) -> bool:
        return "member_name" in self.columns or "relation" in self.columns

    @property
    def layout(self) -> str:
        return "member" if self.per_member else "household"

    def missing(self) -> list[str]:
        """Required fields the sheet lacks."""
        need = ["id_number", "village"]
        need.append("member_name" if self.per_member else "head_name")
        if self.per_member:
            need.append("relation")
        return [f for f in need if f not in self.columns]


def map_headers(headers) -> ColumnMapping:
    columns: dict[str, int] = {}
    unknown, duplicate = [], []
    texts = tuple("" if h is None else str(h).strip() for h in headers)
    for i, text in enumerate(texts):
        if not text:
            continue
        f = _BY_HEADER.get(normalize_header(text))
        if f is None:
            unknown.append((i, text))
        elif f in columns:
            duplicate.append((i, text))
        else:
            columns[f] = i
    # One row per household names its person 户主姓名 (or 姓名): either is the head's name.
    if "relation" not in columns and "member_name" in columns and "head_name" not in columns:
        columns["head_name"] = columns.pop("member_name")
    return ColumnMapping(columns, texts, tuple(unknown), tuple(duplicate))


def find_header_row(rows, *, look=10) -> int | None:
    """Index of the header row among the first rows (titles such as '碧湖镇低保花名册' come
    first in many sheets): the first row where at least three cells are known headers."""
    for i, row in enumerate(rows[:look]):
        known = sum(1 for v in row if v is not None and normalize_header(v) in _BY_HEADER)
        if known >= 3:
            return i
    return None


# --- problems ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    row: int                 # the sheet's row number (1-based, as Excel shows it)
    field: str | None        # the field (column) it concerns, or None for the whole row
    code: str
    message: str             # Chinese, for the report
    blocking: bool = True    # False: a note (the row is imported)


class RowError(Exception):
    def __init__(self, field: str | None, code: str, message: str):
        super().__init__(message)
        self.field, self.code, self.message = field, code, message


_ID_MESSAGES = {
    "id.length": "身份证号应为18位，此处为{length}位",
    "id.chars": "身份证号应为17位数字加1位数字或X",
    "id.region": "身份证号前6位{region}不是有效的行政区划代码",
    "id.date": "身份证号中的出生日期{birth}不是有效日期",
    "id.future": "身份证号中的出生日期{birth}晚于今天",
    # The right character is not shown: it invites fixing the last digit instead of the card.
    "id.check": "身份证号校验位与前17位不符，请对照身份证原件核对号码",
}


def id_message(exc: DomainError) -> str:
    text = _ID_MESSAGES.get(exc.code)
    return text.format(**exc.params) if text else exc.message


# --- value readers (each raises RowError naming its field) --------------------------------

def text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return _SPACE.sub(" ", str(v)).strip()


def read_id(v) -> str:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        # Excel keeps 15 significant digits: an 18-digit number typed into a number cell
        # has already lost its last digits (and the X), so it cannot be trusted.
        raise RowError("id_number", "roster.id_numeric",
                       "身份证号被存成了数字格式，Excel已丢失末几位；请将该列设为文本后重新录入")
    t = text(v).replace(" ", "").replace("'", "")
    if not t:
        raise RowError("id_number", "roster.required", "缺少身份证号")
    return t


def parse_id(v, today: date) -> idnumber.IdInfo:
    number = read_id(v)
    try:
        return idnumber.parse(number, today=today)
    except DomainError as exc:
        raise RowError("id_number", exc.code, id_message(exc)) from None


_DATE_RE = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$")
_MONTH_RE = re.compile(r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*月?$")


def read_date(v, field_name: str) -> date | None:
    if v is None or text(v) == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    t = text(v)
    m = _DATE_RE.match(t)
    if m is None and re.fullmatch(r"\d{8}", t):
        m = re.match(r"(\d{4})(\d{2})(\d{2})", t)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    raise RowError(field_name, "roster.date", f"“{t}”不是有效日期（应如 1958-03-21）")


def read_month(v, today: date) -> str | None:
    if v is None or text(v) == "":
        return None
    if isinstance(v, (datetime, date)):
        y, mo = v.year, v.month
    else:
        t = text(v)
        m = _MONTH_RE.match(t) or (re.fullmatch(r"(\d{4})(\d{2})", t))
        d = None if m else _DATE_RE.match(t)
        if m:
            y, mo = int(m[1]), int(m[2])
        elif d:
            y, mo = int(d[1]), int(d[2])
        else:
            raise RowError("start_month", "roster.month",
                           f"“{t}”不是有效的年月（应如 2021-03 或 2021年3月）")
    if not (1 <= mo <= 12 and 1950 <= y):
        raise RowError("start_month", "roster.month", f"{y}年{mo}月不是有效的年月")
    if (y, mo) > (today.year, today.month):
        raise RowError("start_month", "roster.month_future",
                       f"保障起始年月{y}-{mo:02d}晚于本月，已在保对象的起始月份不能在将来")
    return f"{y:04d}-{mo:02d}"


_MONEY_RE = re.compile(r"^(-)?(\d+)(?:\.(\d+))?$")


def read_money(v) -> int | None:
    """Yuan in a cell (560, 560.5, '560.50元', '1,210') -> fen; None for an empty cell."""
    if v is None or text(v) == "":
        return None
    if isinstance(v, bool):
        raise RowError("amount", "roster.money", "金额不是数字")
    if isinstance(v, float):
        # The float Excel stored is the nearest binary value of what was typed; the
        # shortest repr gives back the typed decimal (560.1 -> '560.1').
        t = repr(v)
        if "e" in t or "E" in t:
            raise RowError("amount", "roster.money", f"金额“{v}”不是有效的金额")
    else:
        t = text(v).replace(",", "").replace("，", "").replace("元", "").replace("¥", "").strip()
    m = _MONEY_RE.match(t)
    if not m:
        raise RowError("amount", "roster.money", f"金额“{text(v)}”不是数字")
    if m[1]:
        raise RowError("amount", "roster.money_negative", "金额不能为负数")
    frac = (m[3] or "").rstrip("0")
    if len(frac) > 2:
        raise RowError("amount", "roster.money_precision", f"金额“{text(v)}”超过两位小数（分）")
    try:
        return int((Decimal(m[2] + "." + (frac or "0")) * 100).to_integral_exact())
    except InvalidOperation:
        raise RowError("amount", "roster.money", f"金额“{text(v)}”不是数字") from None


def read_count(v, field_name: str) -> int | None:
    if v is None or text(v) == "":
        return None
    t = text(v).replace("人", "")
    if isinstance(v, float) and not v.is_integer():
        t = "x"
    if not re.fullmatch(r"\d{1,2}", t) or int(t) < 1:
        raise RowError(field_name, "roster.count", f"人数“{text(v)}”应为1至99的整数")
    return int(t)


_RELATIONS = {
    "self": ("户主", "本人", "户主本人", "本人(户主)", "户主(本人)"),
    "spouse": ("配偶", "妻", "夫", "妻子", "丈夫", "之妻", "之夫", "夫妻"),
    "child": ("子女", "子", "女", "儿子", "女儿", "长子", "次子", "三子", "长女", "次女", "三女",
              "独子", "独女", "之子", "之女", "养子", "养女", "继子", "继女"),
    "parent": ("父母", "父亲", "母亲", "父", "母", "之父", "之母", "继父", "继母", "养父", "养母"),
    "sibling": ("兄弟姐妹", "兄", "弟", "姐", "妹", "哥哥", "弟弟", "姐姐", "妹妹", "兄弟", "姐妹"),
    "grandparent": ("祖父母", "祖父", "祖母", "外祖父", "外祖母", "爷爷", "奶奶", "外公", "外婆"),
    "grandchild": ("孙子女", "孙子", "孙女", "外孙", "外孙女", "外孙子", "孙"),
    "other": ("其他", "儿媳", "女婿", "媳", "侄子", "侄女", "外甥", "外甥女", "其它", "非亲属"),
}
RELATION_WORDS: dict[str, str] = {w: code for code, words in _RELATIONS.items() for w in words}


def read_relation(v) -> str:
    t = normalize_header(v)
    if not t:
        raise RowError("relation", "roster.required", "缺少与户主关系")
    code = RELATION_WORDS.get(t)
    if code is None:
        raise RowError("relation", "roster.relation", f"与户主关系“{text(v)}”无法识别"
                       "（应如 户主、配偶、子女、父母、孙子女、兄弟姐妹、其他）")
    return code


def read_sex(v) -> str | None:
    t = text(v)
    if not t:
        return None
    if t in ("男", "M", "男性"):
        return "M"
    if t in ("女", "F", "女性"):
        return "F"
    raise RowError("sex", "roster.sex", f"性别“{t}”应为男或女")


# type code -> words in rosters. Only the monthly types are cases that continue.
_TYPES = {
    "dibao": ("低保", "最低生活保障", "城乡低保", "农村低保", "城镇低保", "低保户", "低保对象",
              "城市低保", "低保家庭"),
    "dibian": ("低边", "低保边缘", "低保边缘家庭", "低边户", "低保边缘户"),
    "tekun": ("特困", "特困供养", "特困人员", "特困人员救助供养", "五保", "分散供养特困",
              "集中供养特困", "特困分散供养", "特困集中供养"),
    "ertong": ("孤儿", "困境儿童", "孤困儿童", "事实无人抚养儿童", "孤困儿童基本生活保障"),
}
MONTHLY_TYPES = tuple(_TYPES)
_ONE_OFF = ("临时救助", "医疗救助", "教育救助", "助学金", "适老化改造", "临时")
TYPE_WORDS: dict[str, str] = {w: code for code, words in _TYPES.items() for w in words}


def read_type(v) -> str | None:
    t = normalize_header(v)
    if not t:
        return None
    code = TYPE_WORDS.get(t)
    if code is None:
        if t in _ONE_OFF:
            raise RowError("assistance_type", "roster.type_one_off",
                           f"“{text(v)}”是一次性救助，不是在保对象；在保花名册只导入低保、低边、特困、孤困儿童")
        raise RowError("assistance_type", "roster.type",
                       f"救助类别“{text(v)}”无法识别（应如 低保、低保边缘、特困、孤困儿童）")
    return code


_DISABILITY = {code: (label, label + "残疾", label + "残") for code, label in
               hh.DISABILITY_TYPES.items()}
DISABILITY_WORDS = {w: code for code, words in _DISABILITY.items() for w in words}
_GRADES = {"一级": 1, "二级": 2, "三级": 3, "四级": 4, "一": 1, "二": 2, "三": 3, "四": 4,
           "1": 1, "2": 2, "3": 3, "4": 4, "1级": 1, "2级": 2, "3级": 3, "4级": 4}


def read_disability(type_v, grade_v) -> tuple[str | None, int | None]:
    t, g = normalize_header(type_v), normalize_header(grade_v)
    if t in ("", "无", "否", "/", "-") and g in ("", "无", "/", "-"):
        return None, None
    code = DISABILITY_WORDS.get(t)
    if code is None:
        raise RowError("disability_type", "roster.disability_type",
                       f"残疾类别“{text(type_v)}”无法识别（应如 肢体、视力、智力、精神、听力、言语、多重）"
                       if t else "有残疾等级却没有残疾类别")
    grade = _GRADES.get(g)
    if grade is None:
        raise RowError("disability_grade", "roster.disability_grade",
                       f"残疾等级“{text(grade_v)}”应为一级至四级" if g else "有残疾类别却没有残疾等级")
    return code, grade


SELFCARE_WORDS = {
    "self": ("自理", "完全自理", "能自理", "具备生活自理能力", "生活自理", "全自理"),
    "partial": ("部分自理", "半自理", "部分丧失", "部分丧失生活自理能力", "基本自理"),
    "lost": ("不能自理", "完全不能自理", "完全丧失", "完全丧失生活自理能力", "全护理", "失能"),
}
SELFCARE_LEVEL_TEXT = {"self": "自理", "partial": "部分自理", "lost": "不能自理"}
_SELFCARE = {w: code for code, words in SELFCARE_WORDS.items() for w in words}


def read_selfcare(v) -> str | None:
    t = normalize_header(v)
    if not t:
        return None
    code = _SELFCARE.get(t)
    if code is None:
        raise RowError("selfcare", "roster.selfcare",
                       f"自理能力“{text(v)}”无法识别（应如 自理、部分自理、不能自理）")
    return code


def read_phone(v, field_name: str = "phone") -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    t = text(v).replace(" ", "").replace("-", "")
    if t and not re.fullmatch(r"\+?\d{7,13}", t):
        raise RowError(field_name, "roster.phone", f"联系电话“{text(v)}”不是电话号码")
    return t


def read_account(v) -> str:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        raise RowError("bank_account", "roster.account_numeric",
                       "银行账号被存成了数字格式，Excel已丢失末几位；请将该列设为文本后重新录入")
    t = text(v).replace(" ", "")
    if t and not re.fullmatch(r"\d{10,30}", t):
        raise RowError("bank_account", "roster.account", f"银行账号“{text(v)}”应为10至30位数字")
    return t


# --- rows into households ---------------------------------------------------------------

@dataclass
class RosterMember:
    row: int
    name: str
    relation: str
    id_number: str
    sex: str
    birth_date: date
    phone: str = ""
    disability_type: str | None = None
    disability_grade: int | None = None
    selfcare: str | None = None


@dataclass
class RosterHousehold:
    rows: list[int]                          # sheet rows, first is the household's own
    village_name: str = ""
    township_name: str = ""
    address: str = ""
    phone: str = ""
    head_name: str = ""
    declared_size: int | None = None
    covered_count: int | None = None
    assistance_type: str | None = None
    amount_fen: int | None = None
    start_month: str | None = None
    bank: str = ""
    bank_account: str = ""
    note: str = ""
    members: list[RosterMember] = field(default_factory=list)
    village_code: str | None = None          # filled by the service from the site's list

    @property
    def first_row(self) -> int:
        return self.rows[0]


HOUSEHOLD_FIELDS = ("seq", "township", "village", "head_name", "household_size", "covered_count",
                    "assistance_type", "amount", "start_month", "address", "bank",
                    "bank_account", "note")


def group_rows(rows: list[tuple[int, list]], mapping: ColumnMapping) -> list[list[tuple[int, list]]]:
    """Split data rows into households (see the module docstring for the rule)."""
    cols = mapping.columns
    if not mapping.per_member:
        return [[r] for r in rows]
    key_col = cols.get("seq", cols.get("head_name"))
    rel_col = cols.get("relation")
    groups: list[list[tuple[int, list]]] = []
    last_key = None
    for number, values in rows:
        key = text(values[key_col]) if key_col is not None and key_col < len(values) else ""
        is_head = rel_col is not None and rel_col < len(values) and \
            RELATION_WORDS.get(normalize_header(values[rel_col])) == hh.HEAD
        new = not groups or (key and key != last_key) or (not key and key_col is None and is_head)
        if new:
            groups.append([])
        groups[-1].append((number, values))
        if key:
            last_key = key
    return groups


def _cell(values: list, mapping: ColumnMapping, f: str):
    i = mapping.columns.get(f)
    return values[i] if i is not None and i < len(values) else None


def build_household(group: list[tuple[int, list]], mapping: ColumnMapping, today: date,
                    problems: list[Problem]) -> RosterHousehold | None:
    """One household from its rows, or None (with problems added) when a row is refused."""
    first_row, first = group[0]
    h = RosterHousehold(rows=[n for n, _ in group])
    ok = True
    before = len(problems)

    def attempt(row: int, fn):
        nonlocal ok
        try:
            return fn()
        except RowError as e:
            problems.append(Problem(row, e.field, e.code, e.message))
            ok = False
            return None

    def household_at(f: str) -> tuple[int, object]:
        """The household's cell and its row: its first row, or the first row that has it."""
        for number, values in group:
            v = _cell(values, mapping, f)
            if v is not None and text(v) != "":
                return number, v
        return first_row, None

    def household_value(f: str):
        return household_at(f)[1]

    def read_at(f: str, reader):
        row, v = household_at(f)
        return attempt(row, lambda: reader(v))

    h.village_name = text(household_value("village"))
    h.township_name = text(household_value("township"))
    h.address = text(household_value("address"))
    h.head_name = text(household_value("head_name"))
    h.bank = text(household_value("bank"))
    h.note = text(household_value("note"))
    h.declared_size = read_at("household_size", lambda v: read_count(v, "household_size"))
    h.covered_count = read_at("covered_count", lambda v: read_count(v, "covered_count"))
    h.assistance_type = read_at("assistance_type", read_type)
    h.amount_fen = read_at("amount", read_money)
    h.start_month = read_at("start_month", lambda v: read_month(v, today))
    h.bank_account = read_at("bank_account", read_account) or ""
    if not h.village_name:
        problems.append(Problem(first_row, "village", "roster.required", "缺少村(社区)"))
        ok = False
    # Unmerged sheets repeat the household's cells on every member row: they must agree.
    for f in ("seq", "township", "village", "head_name", "household_size", "covered_count",
              "assistance_type", "amount", "start_month", "address", "bank_account"):
        want = household_value(f)
        for number, values in group[1:]:
            v = _cell(values, mapping, f)
            if v is not None and text(v) != "" and text(v) != text(want):
                problems.append(Problem(number, f, "roster.inconsistent",
                                        f"{FIELD_LABELS[f]}“{text(v)}”与本户第{first_row}行的"
                                        f"“{text(want)}”不一致"))
                ok = False

    for number, values in group:
        m = attempt(number, lambda: _member(number, values, mapping, today, h))
        if m is not None:
            h.members.append(m)
    if not ok or len(h.members) != len(group):
        return None
    _household_rules(h, mapping, problems)
    return h if not any(p.blocking for p in problems[before:]) else None


def _member(number: int, values: list, mapping: ColumnMapping, today: date,
            h: RosterHousehold) -> RosterMember:
    info = parse_id(_cell(values, mapping, "id_number"), today)
    if mapping.per_member:
        name = text(_cell(values, mapping, "member_name"))
        relation = read_relation(_cell(values, mapping, "relation"))
        if not name and relation == hh.HEAD:
            name = h.head_name
    else:
        name, relation = h.head_name, hh.HEAD
    if not name:
        raise RowError("member_name" if mapping.per_member else "head_name", "roster.required",
                       "缺少姓名")
    sex = read_sex(_cell(values, mapping, "sex"))
    if sex is not None and sex != info.sex:
        raise RowError("sex", "roster.sex_mismatch",
                       f"性别与身份证号不符（身份证号为{'男' if info.sex == 'M' else '女'}性）")
    birth = read_date(_cell(values, mapping, "birth_date"), "birth_date")
    if birth is not None and birth != info.birth_date:
        raise RowError("birth_date", "roster.birth_mismatch",
                       f"出生日期{birth.isoformat()}与身份证号中的{info.birth_date.isoformat()}不符")
    dtype, grade = read_disability(_cell(values, mapping, "disability_type"),
                                   _cell(values, mapping, "disability_grade"))
    selfcare = read_selfcare(_cell(values, mapping, "selfcare"))
    phone = read_phone(_cell(values, mapping, "phone"))
    return RosterMember(row=number, name=name, relation=relation, id_number=info.number,
                        sex=info.sex, birth_date=info.birth_date, phone=phone,
                        disability_type=dtype, disability_grade=grade, selfcare=selfcare)


def _household_rules(h: RosterHousehold, mapping: ColumnMapping, problems: list[Problem]) -> None:
    row = h.first_row
    heads = [m for m in h.members if m.relation == hh.HEAD]
    if len(heads) != 1:
        where = "、".join(f"第{m.row}行" for m in heads)
        problems.append(Problem(heads[1].row if len(heads) > 1 else row, "relation",
                                "roster.head",
                                f"一户只能有一名户主（{where}都是户主）" if heads else
                                "这一户没有户主（与户主关系为“户主”的一行）"))
        return
    head = heads[0]
    if h.head_name and head.name != h.head_name:
        problems.append(Problem(head.row, "head_name", "roster.head_name",
                                f"户主姓名“{h.head_name}”与户主一行的姓名“{head.name}”不一致"))
    h.head_name = head.name
    if not h.phone:
        h.phone = head.phone
    seen: dict[str, int] = {}
    for m in h.members:
        if m.id_number in seen:
            problems.append(Problem(m.row, "id_number", "roster.duplicate_in_household",
                                    f"与本户第{seen[m.id_number]}行的身份证号相同"))
        seen.setdefault(m.id_number, m.row)
    size = len(h.members)
    if mapping.per_member and h.declared_size is not None and h.declared_size != size:
        problems.append(Problem(row, "household_size", "roster.size",
                                f"家庭人口填{h.declared_size}人，但本户有{size}行成员"))
    if h.covered_count is not None:
        limit = h.declared_size or size
        if h.covered_count > limit:
            problems.append(Problem(row, "covered_count", "roster.covered",
                                    f"保障人口{h.covered_count}人多于家庭人口{limit}人"))
    if h.assistance_type:
        if h.amount_fen is None and h.assistance_type != "dibian":
            problems.append(Problem(row, "amount", "roster.required",
                                    "在保对象缺少月保障金额"))
        if h.start_month is None:
            problems.append(Problem(row, "start_month", "roster.required",
                                    "在保对象缺少保障起始年月"))
    elif h.amount_fen or h.start_month:
        problems.append(Problem(row, "assistance_type", "roster.required",
                                "有保障金额或起始年月，却没有救助类别"))
    if not mapping.per_member and h.declared_size and h.declared_size > 1:
        problems.append(Problem(row, "household_size", "roster.members_later",
                                f"每户一行的花名册只有户主；其余{h.declared_size - 1}名家庭成员"
                                "需导入后在家庭档案中补录", blocking=False))
    for m in h.members:
        if m.selfcare in ("partial", "lost"):
            problems.append(Problem(m.row, "selfcare", "roster.selfcare_items",
                                    f"自理能力“{SELFCARE_LEVEL_TEXT[m.selfcare]}”记入健康状况；"
                                    "6项自理能力评估需导入后补录", blocking=False))


def duplicates_in_file(households: list[RosterHousehold]) -> list[Problem]:
    """A person on two rows of the file (in two households): the later row is refused."""
    first: dict[str, tuple[int, RosterHousehold]] = {}
    out = []
    for h in households:
        for m in h.members:
            if m.id_number in first and first[m.id_number][1] is not h:
                out.append(Problem(m.row, "id_number", "roster.duplicate_in_file",
                                   f"此人已在本表第{first[m.id_number][0]}行（另一户）出现；"
                                   "同一人只能属于一户"))
            else:
                first.setdefault(m.id_number, (m.row, h))
    return out


def column_letter(index: int) -> str:
    """0 -> 'A', 26 -> 'AA'."""
    out = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out
