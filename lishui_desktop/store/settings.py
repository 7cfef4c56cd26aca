"""Site settings and sync bookkeeping kept in the `settings` table (key -> text)."""
from __future__ import annotations

import json

from sqlalchemy.orm import Session

from .models import Setting


# The figures the city handed down for a county (or 331100: the whole city), as the
# 'county_rules' reference record (domain.county_rules): key.format(code).
CITY_COUNTY_RULES = "reference.county_rules.{}"


def get(s: Session, key: str, default: str = "") -> str:
    row = s.get(Setting, key)
    return row.value if row else default


def put(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def get_json(s: Session, key: str, default=None):
    row = s.get(Setting, key)
    return json.loads(row.value) if row else default


def put_json(s: Session, key: str, value) -> None:
    put(s, key, json.dumps(value, ensure_ascii=False))


# A county's pay-first rules for urgent temporary aid (先行救助), as the city hands them
# down (the ``urgent_aid`` reference record); empty: the domain's defaults.
def urgent_keys(county_code: str) -> tuple[str, str]:
    return f"urgent.limit_fen.{county_code}", f"urgent.completion_days.{county_code}"


def put_urgent_rules(s: Session, county_code: str, limit_fen: int | None, completion_days: int | None) -> None:
    limit_key, days_key = urgent_keys(county_code)
    put(s, limit_key, "" if limit_fen is None else str(limit_fen))
    put(s, days_key, "" if completion_days is None else str(completion_days))
