"""Admin actions are refused by the service to anyone but the administrator, whoever
calls; what a user sees follows from the Context."""
from __future__ import annotations

import pytest

from lishui_desktop.domain.admin import AdminAction
from lishui_desktop.domain.errors import PermissionDenied
from lishui_desktop.services import backups, permissions, queries, reference, setup, sync, users

from tests.services.helpers import case_to
from tests.services.test_cases import snapshot


def _forced_calls(ctx):
    return {
        "make_backup": lambda: backups.make_backup(ctx),
        "list_backups": lambda: backups.list_backups(ctx),
        "restore": lambda: backups.restore(ctx, ctx.db.path),
        "site_settings": lambda: setup.update_site_settings(ctx, site_name="X", server_url="",
                                                            idle_minutes=5, backup_keep=3),
        "dibao_method": lambda: reference.set_dibao_method(ctx, "gap"),
        # Refused before any connection is tried: the address is not even reachable.
        "sync_settings": lambda: sync.configure(ctx, "http://127.0.0.1:9", "token"),
        "new_user": lambda: users.create_user(ctx, username="x1x", display_name="某", role="caseworker",
                                              password="Passw0rd9"),
        "audit": lambda: queries.recent_audit(ctx),
    }


def test_admin_actions_are_refused_to_others_and_change_nothing(staff, db_path):
    before = snapshot(db_path)
    for who in ("caseworker", "reviewer", "approver"):
        ctx = getattr(staff, who)
        for name, call in _forced_calls(ctx).items():
            with pytest.raises(PermissionDenied) as e:
                call()
            assert e.value.code == "user.admin_only", (who, name)
    assert snapshot(db_path) == before
    assert not backups.folder(staff.ctx).exists() or not any(backups.folder(staff.ctx).iterdir())


def test_the_gui_is_told_the_same(staff):
    assert permissions.admin_actions(staff.ctx) == frozenset(AdminAction)
    assert permissions.admin_actions(staff.caseworker) == frozenset()


def test_the_administrator_backs_up_and_lists(staff):
    path = backups.make_backup(staff.ctx)
    listed = backups.list_backups(staff.ctx)
    assert [b.path for b in listed] == [str(path)] and listed[0].reason == backups.MANUAL
    assert listed[0].made is not None


def test_scope_follows_the_signed_in_user(staff, clock):
    case_to(staff, "accepted")
    assert queries.scope_of(staff.caseworker) == queries.Scope(township="331102100")
    assert queries.scope_of(staff.approver) == queries.Scope(county="331102")
    assert queries.dashboard(staff.caseworker).counts == {"accepted": 1}
    assert queries.dashboard(staff.approver).counts == {"accepted": 1}


def test_nested_reads_are_one_transaction(staff):
    db = staff.ctx.db
    with db.read() as outer:
        with db.read() as inner:
            assert inner is outer
    with db.read() as again:
        assert again is not outer
