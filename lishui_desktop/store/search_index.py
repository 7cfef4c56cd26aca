"""What search-as-you-type matches for a household: names, their pinyin and
initials (so "zs" finds 张三), ID numbers, phone numbers and the village.

Caseworkers type a name the way it is said, and a name is not always said
the way pypinyin reads the character by default: 曾国强 is Zeng Guoqiang, not
Ceng; 单 as a surname is Shan, 解 is Xie. So the index holds, beside the
default reading, the surname reading of the first character (or of a
compound surname) and the other readings of heteronyms in the given name,
each as full pinyin and as initials. The number of readings per name is
capped so a name of many heteronyms cannot blow the index up.
"""
from __future__ import annotations

import functools
import itertools
import os

# Every reading here is of one character, so pypinyin's phrase dictionary is never
# consulted; without it the import takes a fifth of the time (it is on the way to the
# first sign-in). Checked: all 41,923 characters of its dictionary read the same.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
from pypinyin import Style, lazy_pinyin, pinyin  # noqa: E402

# Surname readings that differ from the character's everyday reading, after the
# readings given for surnames in 《现代汉语词典》 (7th ed.) and 《百家姓》 usage.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("zeng",), "单": ("shan",), "仇": ("qiu",), "区": ("ou",), "解": ("xie",),
    "查": ("zha",), "盖": ("ge",), "缪": ("miao",), "覃": ("qin",), "朴": ("piao",),
    "乐": ("yue", "le"), "尉": ("wei", "yu"), "召": ("shao",), "繁": ("po",), "员": ("yun",),
    "种": ("chong",), "秘": ("bi",), "冼": ("xian",), "洗": ("xian",), "翟": ("zhai", "di"),
    "祭": ("zhai",), "句": ("gou",), "牟": ("mou", "mu"), "莘": ("shen",), "隗": ("wei", "kui"),
    "郇": ("xun",), "眭": ("sui",), "逄": ("pang",), "阚": ("kan",), "瞿": ("qu",),
    "纪": ("ji",), "华": ("hua",), "任": ("ren",), "宁": ("ning",), "燕": ("yan",),
    "折": ("she",), "黑": ("he",), "过": ("guo",), "卜": ("bu",), "薄": ("bo",),
    "柏": ("bai", "bo"), "粘": ("nian",), "啜": ("chuai",), "谌": ("chen",), "訾": ("zi",),
    "芮": ("rui",), "蕃": ("pi",), "那": ("na",), "厍": ("she",), "都": ("du",),
    "朝": ("chao",), "长": ("chang", "zhang"), "藏": ("zang",), "沈": ("shen",),
}
COMPOUND_SURNAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "尉迟": (("yu", "chi"),), "万俟": (("mo", "qi"),), "澹台": (("tan", "tai"),),
    "长孙": (("zhang", "sun"),), "单于": (("chan", "yu"),), "令狐": (("ling", "hu"),),
    "欧阳": (("ou", "yang"),), "司马": (("si", "ma"),), "上官": (("shang", "guan"),),
    "诸葛": (("zhu", "ge"),), "皇甫": (("huang", "fu"),), "东方": (("dong", "fang"),),
    "夏侯": (("xia", "hou"),), "宇文": (("yu", "wen"),), "公孙": (("gong", "sun"),),
    "慕容": (("mu", "rong"),),
}
MAX_READINGS = 12


@functools.lru_cache(maxsize=None)
def _default_reading(ch: str) -> tuple[str, ...]:
    return tuple(r.lower() for r in lazy_pinyin(ch, errors="ignore") if r)


@functools.lru_cache(maxsize=None)
def _char_readings(ch: str) -> tuple[str, ...]:
    # Cached per character: a city's names use a few thousand characters.
    got = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    return tuple(r.lower() for r in (got[0] if got else []) if r)


@functools.lru_cache(maxsize=65536)
def name_readings(name: str) -> tuple[tuple[str, str], ...]:
    """(full pinyin, initials) for each reading of ``name``, the default reading first."""
    # Character by character (cached): names are seldom dictionary phrases, and the
    # other readings of each character are added below anyway.
    default = [r for ch in name for r in _default_reading(ch)]
    out = [default]
    surname_len, surname = 0, None
    if name[:2] in COMPOUND_SURNAMES:
        surname_len, surname = 2, [list(r) for r in COMPOUND_SURNAMES[name[:2]]]
    elif name[:1] in SURNAME_READINGS:
        surname_len, surname = 1, [[r] for r in SURNAME_READINGS[name[:1]]]
    given = [ch for ch in name[surname_len:] if _char_readings(ch)]
    if surname is not None:
        first = surname
    else:
        # No surname table entry: the character's own readings (the default first).
        first = [[r] for r in _char_readings(name[:1])] if name[:1] and _char_readings(name[:1]) else [[]]
        surname_len = 1 if first != [[]] else 0
        given = [ch for ch in name[surname_len:] if _char_readings(ch)]
    choices = [first] + [[[r] for r in _char_readings(ch)] for ch in given]
    for combo in itertools.product(*choices):
        reading = [s for part in combo for s in part]
        if reading and reading not in out:
            out.append(reading)
        if len(out) >= MAX_READINGS:
            break
    forms = []
    for reading in out:
        form = ("".join(reading), "".join(s[0] for s in reading))
        if form not in forms and form[0]:
            forms.append(form)
    return tuple(forms)


def pinyin_forms(name: str) -> tuple[str, str]:
    """The default reading: full pinyin and initials."""
    forms = name_readings(name)
    return forms[0] if forms else ("", "")


def household_search_text(names, id_numbers, phones, village_name: str = "", address: str = "") -> str:
    parts = []
    for n in names:
        parts.append(n)
        for full, initials in name_readings(n):
            for p in (full, initials):
                if p not in parts:
                    parts.append(p)
    parts += [i.lower() for i in id_numbers if i]
    parts += [p for p in phones if p]
    parts += [village_name, address]
    # "|" keeps a match from spanning two parts ("zs" must not match "...z|s...").
    return "|".join(p for p in parts if p)


def refresh(conn, household_ids) -> int:
    """Recompute the search text of these households from their rows as stored.

    For households written by something other than the household form: pulled
    by sync (a county searches its townships' households) or re-indexed by a
    migration when the readings change. ``conn`` is a Session or Connection.
    """
    ids = list(dict.fromkeys(household_ids))
    raw = conn if hasattr(conn, "exec_driver_sql") else conn.connection()
    done = 0
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        homes = raw.exec_driver_sql(
            f"SELECT h.id, h.phone, h.address, v.name FROM households h "
            f"LEFT JOIN villages v ON v.code = h.village_code WHERE h.id IN ({marks})",
            tuple(chunk)).fetchall()
        people: dict[str, list] = {}
        for hid, name, id_number, phone in raw.exec_driver_sql(
                f"SELECT household_id, name, id_number, phone FROM members "
                f"WHERE household_id IN ({marks}) ORDER BY household_id, seq", tuple(chunk)):
            people.setdefault(hid, []).append((name, id_number, phone))
        rows = []
        for hid, phone, address, village in homes:
            ms = people.get(hid, [])
            rows.append((household_search_text([m[0] for m in ms], [m[1] for m in ms],
                                               [phone or ""] + [m[2] or "" for m in ms],
                                               village or "", address or ""), hid))
        if rows:
            raw.exec_driver_sql("UPDATE households SET search_text = ? WHERE id = ?", rows)
        done += len(rows)
    return done
