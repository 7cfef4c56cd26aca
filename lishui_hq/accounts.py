"""The people who read the city page: accounts, argon2 password hashes, sessions.

Two roles: ``city`` (the city's administrators: every county) and ``county`` (a county's
civil-affairs staff: their own county only, on the page and in its data). Sites still
sign in to the sync API with their tokens; an account opens no API of theirs.
"""
from __future__ import annotations

import hashlib
import re
import secrets
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, insert, select, update

from lishui_desktop.domain.errors import DomainError
from lishui_desktop.domain.passwords import check_password_rules

from . import models as m
from . import regions
from .store import Conflict, Invalid, NotFound, Store, now

ROLES = ("city", "county")
SESSION_HOURS = 8                       # a working day; then sign in again
_hasher = PasswordHasher()
# Verified against when the account does not exist, so that a wrong name costs as long
# as a wrong password (no telling which names exist by timing).
_DUMMY = _hasher.hash("not-a-password-0")


@dataclass(frozen=True)
class Account:
    username: str
    role: str
    county_code: str | None

    @property
    def county(self) -> str | None:
        """The county this account is limited to; None for the city (all counties)."""
        return self.county_code if self.role == "county" else None


def _check_username(username: str) -> str:
    username = (username or "").strip()
    if not re.fullmatch(r"[A-Za-z0-9_.-]{3,32}", username):
        raise Invalid(f"user {username!r}: 3-32 letters, digits, '.', '_' or '-'", path="user")
    return username


def _check_password(password: str) -> None:
    try:
        check_password_rules(password)
    except DomainError as exc:
        raise Invalid(f"password: {exc.message}", path="password") from None


def add_account(store: Store, username: str, role: str, password: str,
                county: str | None = None) -> Account:
    username = _check_username(username)
    if role not in ROLES:
        raise Invalid(f"role {role!r}: one of {', '.join(ROLES)}", path="role")
    if role == "county":
        if county not in regions.COUNTIES:
            raise Invalid(f"county {county!r}: a county account needs a Lishui county code "
                          f"({', '.join(regions.COUNTIES)})", path="county")
    elif county:
        raise Invalid("county: a city account sees every county; give no --county", path="county")
    _check_password(password)
    hashed = _hasher.hash(password)
    t = now()
    with store.db.write(cursors=False) as tx:
        if tx.conn.execute(select(m.hq_account.c.username)
                           .where(m.hq_account.c.username == username)).first():
            raise Conflict(f"account {username} exists; use `account password` to set a new "
                           f"password", code="account_exists")
        tx.conn.execute(insert(m.hq_account).values(
            username=username, role=role, county_code=county if role == "county" else None,
            password_hash=hashed, created_at=t, password_set_at=t))
    return Account(username, role, county if role == "county" else None)


def set_password(store: Store, username: str, password: str) -> None:
    """A new password (its hash); every session of the account ends."""
    _check_password(password)
    hashed = _hasher.hash(password)
    with store.db.write(cursors=False) as tx:
        n = tx.conn.execute(update(m.hq_account).where(m.hq_account.c.username == username)
                            .values(password_hash=hashed, password_set_at=now())).rowcount
        if not n:
            raise NotFound(f"no account {username}")
        tx.conn.execute(delete(m.hq_session).where(m.hq_session.c.username == username))


def set_disabled(store: Store, username: str, disabled: bool) -> None:
    """Disable (sessions end at once) or enable an account."""
    with store.db.write(cursors=False) as tx:
        n = tx.conn.execute(update(m.hq_account).where(m.hq_account.c.username == username)
                            .values(disabled_at=now() if disabled else None)).rowcount
        if not n:
            raise NotFound(f"no account {username}")
        if disabled:
            tx.conn.execute(delete(m.hq_session).where(m.hq_session.c.username == username))


def list_accounts(store: Store) -> list[dict]:
    a = m.hq_account.c
    with store.db.read() as conn:
        rows = conn.execute(select(a.username, a.role, a.county_code, a.created_at,
                                   a.password_set_at, a.disabled_at).order_by(a.username)).all()
    return [dict(r._mapping) for r in rows]


def check_login(store: Store, username: str, password: str) -> Account | None:
    """The account if the name and password are right and it is enabled; else None."""
    a = m.hq_account.c
    with store.db.read() as conn:
        r = conn.execute(select(m.hq_account).where(a.username == (username or "").strip())).first()
    try:
        _hasher.verify(r.password_hash if r is not None else _DUMMY, password or "")
    except (VerificationError, InvalidHashError):
        return None
    if r is None or r.disabled_at is not None:
        return None
    if _hasher.check_needs_rehash(r.password_hash):
        with store.db.write(cursors=False) as tx:
            tx.conn.execute(update(m.hq_account).where(a.username == r.username)
                            .values(password_hash=_hasher.hash(password)))
    return Account(r.username, r.role, r.county_code)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(store: Store, account: Account) -> tuple[str, str]:
    """A new session: (cookie token, CSRF token of its forms)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now_ms = int(time.time() * 1000)
    s = m.hq_session.c
    with store.db.write(cursors=False) as tx:
        tx.conn.execute(insert(m.hq_session).values(
            token_hash=_hash(token), username=account.username, csrf=csrf, created_at=now(),
            expires_ms=now_ms + SESSION_HOURS * 3600 * 1000))
        tx.conn.execute(delete(m.hq_session).where(s.expires_ms < now_ms))
    return token, csrf


def session(store: Store, token: str | None) -> tuple[Account, str] | None:
    """(account, CSRF token) of a live session of an enabled account; else None."""
    if not token or len(token) > 100:
        return None
    s, a = m.hq_session.c, m.hq_account.c
    with store.db.read() as conn:
        r = conn.execute(select(a.username, a.role, a.county_code, s.csrf)
                         .join_from(m.hq_session, m.hq_account, s.username == a.username)
                         .where(s.token_hash == _hash(token), a.disabled_at.is_(None),
                                s.expires_ms > int(time.time() * 1000))).first()
    return (Account(r.username, r.role, r.county_code), r.csrf) if r else None


def end_session(store: Store, token: str) -> None:
    with store.db.write(cursors=False) as tx:
        tx.conn.execute(delete(m.hq_session).where(m.hq_session.c.token_hash == _hash(token)))
