"""Transport and access guards of the city server: security headers on every answer, and
a growing delay for an address that keeps sending bad tokens.

The lock-out is held in the server process: a restart forgets it, which costs an
attacker a restart of the city's server, not a way in. Behind a reverse proxy the
address is the one the proxy forwards (`lishui-hq serve --trusted-proxy`).
"""
from __future__ import annotations

import threading
import time

# After this many bad tokens from one address within WINDOW seconds, that address waits
# FIRST_DELAY seconds, doubled for each further bad token, up to MAX_DELAY.
FREE_FAILURES = 10
WINDOW = 600.0
FIRST_DELAY = 2.0
MAX_DELAY = 900.0

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
    if scope.get("path", "").startswith("/api/") and b"cache-control" not in names:
        # Personal data: no copy in a browser's or a proxy's cache.
        out.append(NO_STORE)
    return out


class Lockout:
    """Bad tokens per address; ``wait(address)`` says how long it must still wait."""

    def __init__(self, free: int = FREE_FAILURES, window: float = WINDOW,
                 first: float = FIRST_DELAY, cap: float = MAX_DELAY, clock=time.monotonic):
        self.free, self.window, self.first, self.cap, self.clock = free, window, first, cap, clock
        self._lock = threading.Lock()
        self._seen: dict[str, list[float]] = {}      # address -> [failures, first at, until]

    def wait(self, address: str) -> float:
        with self._lock:
            s = self._seen.get(address)
            return max(0.0, s[2] - self.clock()) if s else 0.0

    def failed(self, address: str) -> float:
        """Count a bad token; returns the delay it now has to wait (0 while still free)."""
        now = self.clock()
        with self._lock:
            s = self._seen.get(address)
            if s is None or (now - s[1] > self.window and now >= s[2]):
                s = self._seen[address] = [0, now, 0.0]
            s[0] += 1
            over = s[0] - self.free
            if over <= 0:
                return 0.0
            delay = min(self.cap, self.first * 2 ** (over - 1))
            s[2] = now + delay
            if len(self._seen) > 100_000:        # an address flood cannot grow this forever
                for k in [k for k, v in self._seen.items() if v[2] < now][:50_000]:
                    del self._seen[k]
            return delay

    def succeeded(self, address: str) -> None:
        with self._lock:
            self._seen.pop(address, None)
