"""End-to-end sync fixtures: a real `lishui-hq serve` process and desktop database files."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest

from tests.conftest import PASSWORD, FixedClock
from tests.hq.hq_helpers import Server


@dataclass
class Desk:
    """One desktop database: its admin context and the staff that work on it."""
    ctx: object
    path: object
    users: dict

    def as_(self, name):
        return self.users[name]


@pytest.fixture
def hq(tmp_path):
    from lishui_hq.store import Store
    url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    store = Store(url, migrate_now=True)
    server = Server(url, tmp_path / "hq.log")
    server.store = store
    yield server
    server.stop()
    store.close()


def make_desk(path, code, staff, clock, hq=None, token=None) -> Desk:
    from lishui_desktop.services import setup, sync, users
    from lishui_desktop.store.migrate import open_database
    db = open_database(path)
    ctx = setup.initialize(db, setup.SetupForm(code, "admin", "Admin12345"), clock=clock)
    if len(code) == 9:
        setup.add_villages(ctx, [(code + "201", "碧湖村"), (code + "202", "平原村")])
    admin = ctx.as_user(users.login(ctx, "admin", "Admin12345"))
    made = {}
    for name, role, display in staff:
        users.create_user(admin, username=name, display_name=display, role=role,
                          password=PASSWORD, must_change_password=False)
        made[name] = ctx.as_user(users.login(ctx, name, PASSWORD))
    if hq is not None:
        token = token or hq.store.add_site(code, "county" if len(code) == 6 else "township")
        sync.configure(ctx, hq.url, token)
    return Desk(admin, path, made)


TOWN_STAFF = [("cw1", "caseworker", "周晓燕"), ("cw2", "caseworker", "吴建华"),
              ("rv1", "reviewer", "陈志强")]
COUNTY_STAFF = [("ap1", "approver", "刘文俊")]


@pytest.fixture
def clock():
    return FixedClock(datetime(2026, 11, 2, 9, 0))
