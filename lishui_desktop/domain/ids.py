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


def new_id() -> str:
    """A UUIDv7 string: 48-bit Unix milliseconds, 12-bit counter, 62 random bits.

    The counter keeps ids made within one millisecond in creation order.
    """
    global _last_ms, _counter
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
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand
    # The text form of uuid.UUID(int=value), without building the object (bulk imports
    # and the demo make hundreds of thousands of ids).
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
