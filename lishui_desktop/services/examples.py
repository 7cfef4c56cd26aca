"""Examples for the developer tools (the screenshot command): which accounts and cases to
show. Not part of the product's queries; it reads the file before anyone signs in."""
from __future__ import annotations

from sqlalchemy import select

from lishui_desktop.store.db import Database
from lishui_desktop.store.models import Application, Household, User

from .context import CurrentUser
from .users import current_user


def first_user_by_role(db: Database) -> dict[str, CurrentUser]:
    """The earliest active account of each role."""
    with db.read() as s:
        out: dict[str, CurrentUser] = {}
        for u in s.scalars(select(User).where(User.active.is_(True)).order_by(User.created_at)):
            out.setdefault(u.role, current_user(u))
        return out


def latest_case_in(db: Database, *states: str) -> str | None:
    with db.read() as s:
        return s.scalar(select(Application.id).where(Application.state.in_(states))
                        .order_by(Application.updated_at.desc()).limit(1))


def first_household(db: Database) -> dict | None:
    """The oldest household's editable fields (for a made-up conflict on screen)."""
    cols = ("id", "version", "address", "phone", "housing_type", "head_name", "village_code")
    with db.read() as s:
        row = s.execute(select(*(getattr(Household, c) for c in cols))
                        .order_by(Household.created_at).limit(1)).mappings().first()
        return dict(row) if row is not None else None
