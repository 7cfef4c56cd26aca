"""Shared fixtures: a real SQLite file per test, set up as a township with staff."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TOWNSHIP = "331102100"     # 碧湖镇, 莲都区
PASSWORD = "Passw0rd1"


@dataclass
class Staff:
    ctx: object          # admin context
    caseworker: object
    caseworker2: object
    reviewer: object
    approver: object
    village: str


class FixedClock:
    """A clock tests can move; services read the time only through Context.clock."""

    def __init__(self, when: datetime):
        self.when = when

    def __call__(self) -> datetime:
        return self.when

    def set(self, when: datetime | date) -> None:
        self.when = when if isinstance(when, datetime) else datetime.combine(when, datetime.min.time()).replace(hour=9)


@pytest.fixture
def clock():
    return FixedClock(datetime(2026, 11, 2, 9, 0))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "site.sqlite3"


@pytest.fixture
def staff(db_path, clock) -> Staff:
    from lishui_desktop.services import setup, users
    from lishui_desktop.store.migrate import open_database

    db = open_database(db_path)
    ctx = setup.initialize(db, setup.SetupForm(TOWNSHIP, "admin", "Admin12345"), clock=clock)
    setup.add_villages(ctx, [("331102100201", "碧湖村"), ("331102100202", "平原村")])
    admin = ctx.as_user(users.login(ctx, "admin", "Admin12345"))
    made = {}
    for name, role, display in [("cw1", "caseworker", "周晓燕"), ("cw2", "caseworker", "吴建华"),
                                ("rv1", "reviewer", "陈志强"), ("ap1", "approver", "刘文俊")]:
        users.create_user(admin, username=name, display_name=display, role=role, password=PASSWORD,
                          must_change_password=False)
        made[name] = ctx.as_user(users.login(ctx, name, PASSWORD))
    yield Staff(admin, made["cw1"], made["cw2"], made["rv1"], made["ap1"], "331102100201")
    db.dispose()
