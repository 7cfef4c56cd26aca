"""Transport and access guards of the city server: security headers on every answer, and
a growing delay for an address that keeps sending bad tokens.

The counts are kept in the server's database (table ``lockout``), so neither a restart
nor a second worker resets them. Behind a reverse proxy the address is the one the
proxy forwards (`lishui-hq serve --trusted-proxy`).
"""
from __future__ import annotations

import time

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from . import models as m

# After this many bad tokens from one address within WINDOW seconds, that address waits
# FIRST_DELAY seconds, doubled for each further bad token, up to MAX_DELAY.
FREE_FAILURES = 10
WINDOW = 600.0
FIRST_DELAY = 2.0
MAX_DELAY = 900.0
# Passwords are typed by people: five tries, then a minute, doubled for each further one
# (the desktop locks an account after five as well).
LOGIN_FREE_FAILURES = 5
LOGIN_FIRST_DELAY = 60.0

HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    # The city page loads its charts from /static and styles inline; nothing else.
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; "
                                 b"style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                 b"frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
]
HSTS = (b"strict-transport-security", b"max-age=31536000")
NO_STORE = (b"cache-control", b"no-store")


def security_headers(scope, headers: list) -> list:
    names = {k.lower() for k, _ in headers}
    out = list(headers) + [h for h in HEADERS if h[0] not in names]
    if scope.get("scheme") == "https":
        out.append(HSTS)
    path = scope.get("path", "")
    if not path.startswith("/static/") and path != "/health" and b"cache-control" not in names:
        # Personal data, a county's figures, a sign-in form: no copy in a browser's or a
        # proxy's cache.
        out.append(NO_STORE)
    return out


class Lockout:
    """Failed sign-ins per key (``token:<address>``, ``login:<address>``, ``user:<name>``),
    counted in the server's database: a restart or a second worker does not forget them.

    ``peek(key)`` says how many failures are counted and how long the key must still wait;
    only a key with failures costs a write when it later succeeds.
    """

    def __init__(self, db, free: int = FREE_FAILURES, window: float = WINDOW,
                 first: float = FIRST_DELAY, cap: float = MAX_DELAY, clock=time.time):
        self.db = db
        self.free, self.window, self.first, self.cap, self.clock = free, window, first, cap, clock

    def _now_ms(self) -> int:
        return int(self.clock() * 1000)

    def peek(self, key: str) -> tuple[int, float]:
        c = m.lockout.c
        with self.db.read() as conn:
            row = conn.execute(select(c.failures, c.until_ms).where(c.key == key[:200])).first()
        if row is None:
            return 0, 0.0
        return row.failures, max(0.0, (row.until_ms - self._now_ms()) / 1000)

    def wait(self, key: str) -> float:
        return self.peek(key)[1]

    def failed(self, key: str) -> float:
        """Count a failure; returns the delay it now has to wait (0 while still free)."""
        key = key[:200]
        c = m.lockout.c
        for attempt in (1, 2):
            now = self._now_ms()
            try:
                with self.db.write(cursors=False) as tx:
                    q = select(c.failures, c.first_ms, c.until_ms).where(c.key == key)
                    if self.db.dialect != "sqlite":
                        q = q.with_for_update()
                    row = tx.conn.execute(q).first()
                    if row is None or (now - row.first_ms > self.window * 1000
                                       and now >= row.until_ms):
                        failures, first_ms = 1, now
                    else:
                        failures, first_ms = row.failures + 1, row.first_ms
                    over = failures - self.free
                    delay = 0.0 if over <= 0 else min(self.cap, self.first * 2 ** min(over - 1, 40))
                    values = dict(failures=failures, first_ms=first_ms,
                                  until_ms=now + int(delay * 1000))
                    if row is None:
                        tx.conn.execute(insert(m.lockout).values(key=key, **values))
                        # Keys of addresses long gone: an address flood cannot grow the table
                        # forever (indexed, and only when a new key comes).
                        tx.conn.execute(delete(m.lockout).where(
                            c.until_ms < now - int(self.window * 1000),
                            c.first_ms < now - int(self.window * 1000)))
                    else:
                        tx.conn.execute(update(m.lockout).where(c.key == key).values(**values))
                return delay
            except IntegrityError:
                # Another worker inserted the same key first: count on its row.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def succeeded(self, key: str) -> None:
        with self.db.write(cursors=False) as tx:
            tx.conn.execute(delete(m.lockout).where(m.lockout.c.key == key[:200]))
