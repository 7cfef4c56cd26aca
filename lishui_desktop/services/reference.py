"""Reference data as the rules need it: holiday calendar, standards, approval levels, settings.

The city server hands these down (sync); until then the defaults seeded at
setup apply.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.domain import benefit
from lishui_desktop.domain.workdays import HolidayCalendar
from lishui_desktop.store import settings
from lishui_desktop.store.models import ApprovalLevel, HolidayDay, Standard


def calendar(s: Session) -> HolidayCalendar:
    return HolidayCalendar.from_entries((d.day, d.kind) for d in s.scalars(select(HolidayDay)))


def standards(s: Session, county_code: str) -> list[benefit.Standard]:
    return [benefit.Standard(county_code=r.county_code, kind=r.kind, amount_fen=r.amount_fen,
                             effective_from=r.effective_from)
            for r in s.scalars(select(Standard).where(Standard.county_code == county_code))]


def approval_level(s: Session, county_code: str, assistance_type: str) -> str:
    row = s.get(ApprovalLevel, (county_code, assistance_type))
    return row.level if row else "county"


def setting(s: Session, key: str, default: str = "") -> str:
    return settings.get(s, key, default)


def put_setting(s: Session, key: str, value: str) -> None:
    settings.put(s, key, value)
