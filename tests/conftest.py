"""Shared fixtures: a real SQLite file per test, set up as a township with staff."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, settings

# On a shared two-core machine a draw now and then stalls for a second (another test
# process, the disk): a property test must fail on its property, not on the clock.
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Service keys that setup installs go to a folder of this run, not the tester's own
# (they would pile up there); subprocesses inherit it. Never the system keyring.
os.environ.setdefault("LISHUI_KEY_DIR", tempfile.mkdtemp(prefix="lishui-keys-"))
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

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


STAFF = [("cw1", "caseworker", "周晓燕"), ("cw2", "caseworker", "吴建华"),
         ("rv1", "reviewer", "陈志强"), ("ap1", "approver", "刘文俊")]


def _build_staff(db_path, clock):
    """The township with its staff, made through the services (setup, accounts, sign-ins)."""
    from lishui_desktop.services import setup, users
    from lishui_desktop.store.migrate import open_database

    db = open_database(db_path)
    ctx = setup.initialize(db, setup.SetupForm(TOWNSHIP, "admin", "Admin12345"), clock=clock)
    setup.add_villages(ctx, [("331102100201", "碧湖村"), ("331102100202", "平原村")])
    admin = ctx.as_user(users.login(ctx, "admin", "Admin12345"))
    made = {"admin": admin.user}
    for name, role, display in STAFF:
        users.create_user(admin, username=name, display_name=display, role=role, password=PASSWORD,
                          must_change_password=False)
        made[name] = users.login(ctx, name, PASSWORD)
    return db, made


@pytest.fixture(scope="session")
def staff_template(tmp_path_factory):
    """Built once per run and copied for each test: the argon2 hashes and key wraps of five
    accounts cost seconds on a busy machine, and every copy is the same file."""
    path = tmp_path_factory.mktemp("staff") / "site.sqlite3"
    when = datetime(2026, 11, 2, 9, 0)
    db, made = _build_staff(path, FixedClock(when))
    db.dispose()
    return path, db.key, made, when


@pytest.fixture
def staff(db_path, clock, staff_template, monkeypatch, tmp_path) -> Staff:
    import shutil
    from lishui_desktop.services import setup
    from lishui_desktop.services.context import Context
    from lishui_desktop.store import keys
    from lishui_desktop.store.keys import keyfile_path
    from lishui_desktop.store.migrate import open_database

    template, key, made, when = staff_template
    if clock.when != when:
        db, made = _build_staff(db_path, clock)
    else:
        # Every copy shares the template's vault, so its service secret is copied into a
        # key folder of this test alone: a test that disables or renews the service key
        # must not take the secret away from the copies of later tests.
        vault = keys.KeyFile.load(template).vault
        secret = keys._key_file(vault)
        own = tmp_path / "service-keys"
        own.mkdir(mode=0o700)
        if secret.exists():
            shutil.copy2(secret, own / secret.name)
        monkeypatch.setenv(keys.KEY_DIR_ENV, str(own))
        shutil.copyfile(template, db_path)
        shutil.copyfile(keyfile_path(template), keyfile_path(db_path))
        db = open_database(db_path, key)
    ctx = Context(db, setup.site_info(db), clock=clock)
    as_ = {name: ctx.as_user(user) for name, user in made.items()}
    yield Staff(as_["admin"], as_["cw1"], as_["cw2"], as_["rv1"], as_["ap1"], "331102100201")
    db.dispose()
