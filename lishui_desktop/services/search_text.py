"""What search-as-you-type matches for a household: names, full pinyin and
initials (so "zs" finds 张三), ID numbers, phone numbers and the village."""
from __future__ import annotations

import functools

from pypinyin import lazy_pinyin


@functools.lru_cache(maxsize=65536)
def pinyin_forms(name: str) -> tuple[str, str]:
    syllables = lazy_pinyin(name, errors="ignore")
    return "".join(syllables).lower(), "".join(s[0] for s in syllables if s).lower()


def household_search_text(names, id_numbers, phones, village_name: str = "", address: str = "") -> str:
    parts = []
    for n in names:
        full, initials = pinyin_forms(n)
        parts += [n, full, initials]
    parts += [i.lower() for i in id_numbers if i]
    parts += [p for p in phones if p]
    parts += [village_name, address]
    # "|" keeps a match from spanning two parts ("zs" must not match "...z|s...").
    return "|".join(p for p in parts if p)
