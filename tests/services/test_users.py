"""Accounts: lock-out, password rules and change, admin-only management."""
import pytest

from lishui_desktop.domain.errors import PermissionDenied, ValidationError
from lishui_desktop.services import users
from tests.conftest import PASSWORD
from tests import dbfile


def test_lockout_after_repeated_failures(staff, clock):
    ctx = staff.ctx
    for left in range(users.MAX_FAILURES - 1, 0, -1):
        with pytest.raises(PermissionDenied) as e:
            users.login(ctx, "cw1", "wrong-pass1")
        assert e.value.code == "login.failed"
    with pytest.raises(PermissionDenied) as e:
        users.login(ctx, "cw1", "wrong-pass1")
    assert e.value.code == "login.locked"
    with pytest.raises(PermissionDenied) as e:   # even the right password, while locked
        users.login(ctx, "cw1", PASSWORD)
    assert e.value.code == "login.locked"
    clock.set(clock.when.replace(hour=clock.when.hour + 1))
    assert users.login(ctx, "cw1", PASSWORD).username == "cw1"


def test_failed_logins_are_audited(staff, db_path):
    import sqlite3
    with pytest.raises(PermissionDenied):
        users.login(staff.ctx, "cw1", "nope-nope1")
    row = dbfile.connect(db_path).execute(
        "SELECT user, event, success FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert row == ("cw1", "user.login", 0)


@pytest.mark.parametrize("pw,code", [("short1", "password.short"), ("lettersonly", "password.weak"),
                                     ("12345678", "password.weak")])
def test_password_rules(staff, pw, code):
    with pytest.raises(ValidationError) as e:
        users.create_user(staff.ctx, username="new1", display_name="新人", role="caseworker", password=pw)
    assert e.value.code == code


def test_change_password(staff):
    with pytest.raises(PermissionDenied) as e:
        users.change_password(staff.caseworker, "wrong0000", "Newpass123")
    assert e.value.field == "old_password"
    users.change_password(staff.caseworker, PASSWORD, "Newpass123")
    assert users.login(staff.ctx, "cw1", "Newpass123").username == "cw1"


def test_only_admin_manages_accounts(staff):
    with pytest.raises(PermissionDenied):
        users.create_user(staff.caseworker, username="x12", display_name="x", role="admin", password="Abcdefg12")
    with pytest.raises(ValidationError) as e:
        users.create_user(staff.ctx, username="cw1", display_name="x", role="caseworker", password="Abcdefg12")
    assert e.value.code == "user.exists"
