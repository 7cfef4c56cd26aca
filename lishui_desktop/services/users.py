"""Accounts, login with lock-out, passwords (GB/T 22239-2019 level 2).

Unique accounts, argon2 hashes, complexity rules, lock-out after repeated
failures and an audit entry for every login, successful or not.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from lishui_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from lishui_desktop.domain import admin
from lishui_desktop.domain.admin import AdminAction
from lishui_desktop.domain.passwords import check_password_rules  # noqa: F401 (callers use it here)
from lishui_desktop.domain.workflow import Role
from lishui_desktop.store import audit
from lishui_desktop.store.keys import KeyFile
from lishui_desktop.store.models import User

from .context import Context, CurrentUser

MAX_FAILURES = 5
LOCK_MINUTES = 15
IDLE_LOCK_MINUTES = 15      # the GUI locks an idle session after this long

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@contextmanager
def key_change(db):
    """The database's key file, to change alongside one write transaction.

    Changes are saved inside the transaction (a failure to save rolls it back); if
    the transaction fails after they were saved, the previous copies are put back.
    Yields None for a plain (developer) database, which has no key file.
    """
    if not db.encrypted:
        yield None
        return
    kf = KeyFile.load(db.path)
    before = kf.path.read_bytes()
    try:
        yield kf
    except BaseException:
        if kf.path.read_bytes() != before:
            kf.restore_bytes(before)
        raise


def current_user(u: User) -> CurrentUser:
    return CurrentUser(u.id, u.username, u.display_name, Role(u.role), u.site_code)


def _require_admin(ctx: Context) -> None:
    admin.require(ctx.user.role, AdminAction.MANAGE_USERS)


def create_user(ctx: Context, *, username: str, display_name: str, role: str, password: str,
                site_code: str | None = None, must_change_password: bool = True) -> str:
    _require_admin(ctx)
    username = username.strip()
    if not re.fullmatch(r"[A-Za-z0-9_.-]{3,32}", username):
        raise ValidationError("user.username", "3-32 letters, digits, '.', '_' or '-'",
                              field="username")
    if not display_name.strip():
        raise ValidationError("user.display_name", "give the person's name", field="display_name")
    try:
        role_ = Role(role)
    except ValueError:
        raise ValidationError("user.role", f"unknown role {role!r}", field="role") from None
    check_password_rules(password)
    site = site_code or (ctx.site.county_code if role_ is Role.APPROVER else ctx.site.code)
    with key_change(ctx.db) as kf, ctx.work("user.create", entity="user") as w:
        if w.session.scalar(select(func.count()).select_from(User)
                            .where(User.username == username)):
            raise ValidationError("user.exists", f"account {username} already exists",
                                  field="username")
        user = User(username=username, display_name=display_name.strip(), role=role_.value,
                    site_code=site, password_hash=hash_password(password),
                    must_change_password=must_change_password, created_at=ctx.now())
        w.session.add(user)
        w.session.flush()
        w.entity_id = user.id
        w.detail = {"username": username, "role": role_.value}
        if kf is not None:
            kf.wrap_for_user(username, password, ctx.db.key)
            kf.save()
        return user.id


def login(ctx: Context, username: str, password: str) -> CurrentUser:
    """Check the password; count failures and lock the account after MAX_FAILURES.

    The failure is committed (and audited) before the error is raised, so a
    lock-out survives a restart of the app.
    """
    now = ctx.now()
    error = None
    with ctx.db.write() as s:
        u = s.scalar(select(User).where(User.username == username.strip()))
        if u is None or not u.active:
            error = PermissionDenied("login.failed", "wrong account or password", field="password")
        elif u.locked_until and u.locked_until > now:
            error = PermissionDenied("login.locked", "the account is locked after repeated failures",
                                     field="username", until=u.locked_until.isoformat(timespec="minutes"))
        else:
            try:
                _hasher.verify(u.password_hash, password)
            except (VerificationError, InvalidHashError):
                u.failed_logins += 1
                if u.failed_logins >= MAX_FAILURES:
                    u.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    u.failed_logins = 0
                    error = PermissionDenied("login.locked",
                                             "too many failures: the account is locked",
                                             field="username",
                                             until=u.locked_until.isoformat(timespec="minutes"))
                else:
                    error = PermissionDenied("login.failed", "wrong account or password",
                                             field="password", left=MAX_FAILURES - u.failed_logins)
        if error is None:
            u.failed_logins = 0
            u.locked_until = None
            if _hasher.check_needs_rehash(u.password_hash):
                u.password_hash = hash_password(password)
        audit.append(s, site_code=ctx.site.code, user=username.strip()[:64], event="user.login",
                     entity="user", entity_id=u.id if u else "", success=error is None,
                     detail={} if error is None else {"reason": error.code}, at=now)
        result = current_user(u) if error is None else None
    if error is not None:
        raise error
    return result


def must_change_password(ctx: Context, user_id: str) -> bool:
    with ctx.db.read() as s:
        u = s.get(User, user_id)
        return bool(u and u.must_change_password)


def change_password(ctx: Context, old: str, new: str) -> None:
    check_password_rules(new, field="new_password")
    if old == new:
        raise ValidationError("password.same", "choose a password different from the old one",
                              field="new_password")
    with key_change(ctx.db) as kf, \
            ctx.work("user.change_password", entity="user", entity_id=ctx.user.id) as w:
        u = w.session.get(User, ctx.user.id)
        if u is None:
            raise NotFound("user.missing", "no such account", field="username")
        try:
            _hasher.verify(u.password_hash, old)
        except (VerificationError, InvalidHashError):
            raise PermissionDenied("password.old_wrong", "the current password is wrong",
                                   field="old_password") from None
        u.password_hash = hash_password(new)
        u.must_change_password = False
        if kf is not None:
            # Only this user's copy of the key changes; everyone else's stays as it is.
            kf.wrap_for_user(u.username, new, ctx.db.key)
            kf.save()


def reset_password(ctx: Context, user_id: str, new: str) -> None:
    _require_admin(ctx)
    check_password_rules(new)
    with key_change(ctx.db) as kf, \
            ctx.work("user.reset_password", entity="user", entity_id=user_id) as w:
        u = w.session.get(User, user_id)
        if u is None:
            raise NotFound("user.missing", "no such account", field="username")
        u.password_hash = hash_password(new)
        u.must_change_password = True
        u.failed_logins = 0
        u.locked_until = None
        if kf is not None and u.active:
            kf.wrap_for_user(u.username, new, ctx.db.key)
            kf.save()


def set_active(ctx: Context, user_id: str, active: bool) -> None:
    _require_admin(ctx)
    if user_id == ctx.user.id and not active:
        raise ValidationError("user.self_disable", "you cannot disable your own account",
                              field="active")
    with key_change(ctx.db) as kf, ctx.work("user.set_active", entity="user", entity_id=user_id) as w:
        u = w.session.get(User, user_id)
        if u is None:
            raise NotFound("user.missing", "no such account", field="username")
        u.active = active
        w.detail = {"active": active}
        if kf is not None and not active:
            # A disabled account's password must not open a copy of the file either; on
            # re-enabling, the administrator resets its password, which wraps the key again.
            kf.remove_user(u.username)
            kf.save()


def list_users(ctx: Context) -> list[dict]:
    with ctx.db.read() as s:
        return [{"id": u.id, "username": u.username, "display_name": u.display_name,
                 "role": u.role, "site_code": u.site_code, "active": u.active,
                 "locked": bool(u.locked_until and u.locked_until > ctx.now())}
                for u in s.scalars(select(User).order_by(User.username))]


def set_role(ctx: Context, user_id: str, role: str) -> None:
    _require_admin(ctx)
    try:
        role_ = Role(role)
    except ValueError:
        raise ValidationError("user.role", f"unknown role {role!r}", field="role") from None
    if user_id == ctx.user.id and role_ is not Role.ADMIN:
        raise ValidationError("user.self_role", "you cannot take away your own administrator role",
                              field="role")
    with ctx.work("user.set_role", entity="user", entity_id=user_id) as w:
        u = w.session.get(User, user_id)
        if u is None:
            raise NotFound("user.missing", "no such account", field="username")
        u.role = role_.value
        if role_ is Role.APPROVER and len(u.site_code) != 6:
            # Approvers act for the county (see create_user).
            from lishui_desktop.domain.regions import county_of
            u.site_code = county_of(u.site_code)
        w.detail = {"role": role_.value}
