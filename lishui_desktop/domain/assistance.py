"""The eight assistance types (DOMAIN.md, "Assistance types"): codes and names."""
from __future__ import annotations

ASSISTANCE_TYPES: dict[str, str] = {
    "dibao": "最低生活保障",
    "dibian": "低保边缘家庭",
    "tekun": "特困人员救助供养",
    "linshi": "临时救助",
    "yiliao": "医疗救助",
    "jiaoyu": "教育救助",
    "ertong": "孤困儿童基本生活保障",
    "shilaohua": "适老化改造",
}
ASSISTANCE_TYPES_EN: dict[str, str] = {
    "dibao": "minimum living guarantee",
    "dibian": "near-dibao household",
    "tekun": "extreme-poverty support",
    "linshi": "temporary assistance",
    "yiliao": "medical assistance",
    "jiaoyu": "education aid",
    "ertong": "basic living support for children",
    "shilaohua": "home adaptation for the elderly",
}
# Types paid every month; the others are one-off grants.
MONTHLY_TYPES = frozenset({"dibao", "dibian", "tekun", "ertong"})
