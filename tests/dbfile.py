"""Reading a test's desktop database file directly, the way a test inspects what was stored.

The file is encrypted; tests open it with the site service key that setup installed
(in the per-run key folder that tests/conftest.py names), the same unlock the
scheduled commands use. A plain file (the developer mode) opens as it is.
"""
from __future__ import annotations

from pathlib import Path

from lishui_desktop.store import cipher, keys


def key_of(path) -> bytes | None:
    path = Path(path)
    if cipher.is_plain(path) and not keys.KeyFile.exists_for(path):
        return None
    return keys.service_unlock(path)


def connect(path, **kw):
    """A DB-API connection to the desktop file at ``path`` (sqlite3-compatible)."""
    return cipher.connect(path, key_of(path), **kw)


def new_file(path) -> bytes:
    """A key file for a database about to be made at ``path`` (tests that build old schemas);
    returns the key, wrapped for nobody."""
    kf, key = keys.KeyFile.create(path)
    kf.save()
    return key
