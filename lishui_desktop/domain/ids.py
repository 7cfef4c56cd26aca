"""Globally unique, time-ordered record ids made on the desktop (UUID version 7).

Time-ordered ids keep B-tree indexes append-mostly, which matters for SQLite
files with hundreds of thousands of rows that are synced in id order.
"""
from __future__ import annotations

import os
import threading
import time

_lock = threading.Lock()
_last_ms = 0
_counter = 0
# Random bits fetched a few thousand at a time: one system call per id was a tenth of the
# time of a bulk import. A forked child starts afresh, so it never repeats its parent's bits.
_POOL_SIZE = 8 * 512
_pool = b""
_pos = 0


def _reset_pool() -> None:
    global _pool, _pos
    _pool, _pos = b"", 0


os.register_at_fork(after_in_child=_reset_pool)


def new_id() -> str:
    """A UUIDv7 string: 48-bit Unix milliseconds, 12-bit counter, 62 random bits.

    The counter keeps ids made within one millisecond in creation order.
    """
    global _last_ms, _counter, _pool, _pos
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:
                ms += 1
                _counter = 0
        else:
            _counter = 0
        _last_ms = ms
        counter = _counter
        if _pos >= len(_pool):
            _pool, _pos = os.urandom(_POOL_SIZE), 0
        raw = _pool[_pos:_pos + 8]
        _pos += 8
    return _text(_stamp(ms, counter) | (int.from_bytes(raw, "big") & _RAND))

def new_ids(n: int) -> list[str]:
    """``n`` ids in creation order, as ``new_id`` would make them one after another: the
    lock, the clock and the random bits once for all (the demo makes millions)."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        counter = _counter + 1 if ms <= _last_ms else 0
        ms = max(ms, _last_ms)
        stamps = []
        for _ in range(n):
            if counter > 0xFFF:
                ms, counter = ms + 1, 0
            stamps.append(_stamp(ms, counter))
            counter += 1
        _last_ms, _counter = ms, counter - 1
    raw = os.urandom(8 * n)
    return [_text(stamp | (int.from_bytes(raw[8 * i:8 * i + 8], "big") & _RAND))
            for i, stamp in enumerate(stamps)]


_RAND = (1 << 62) - 1


def _stamp(ms: int, counter: int) -> int:
    """The id's bits but the random ones: milliseconds, version 7, counter, variant."""
    return ((ms & ((1 << 48) - 1)) << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62)


def _text(value: int) -> str:
    # The text form of uuid.UUID(int=value), without building the object (bulk imports
    # and the demo make hundreds of thousands of ids).
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
