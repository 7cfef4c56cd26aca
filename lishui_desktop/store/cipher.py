"""SQLCipher connections: the desktop file is encrypted page by page (AES-256, HMAC-SHA512).

The database key is 32 random bytes handed to SQLCipher as a raw key, so opening a
connection costs no key derivation (the password-based derivation happens once, at
sign-in, in ``keys``). A file without a key is never opened by this module: a plain
file is only read by ``encrypt_plain`` (the migration) or in the explicit developer mode.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlcipher3

SQLITE_HEADER = b"SQLite format 3\x00"
DatabaseError = sqlcipher3.DatabaseError


def _pragma_key(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("a database key has 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: str | Path, key: bytes | None, *, readonly: bool = False, timeout: float = 30,
            check_same_thread: bool = True):
    """A DB-API connection to ``path``; ``key=None`` is a plain file (developer mode only)."""
    target = f"file:{Path(path)}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly, timeout=timeout, check_same_thread=check_same_thread)
    conn = sqlcipher3.connect(target, uri=readonly, timeout=timeout, check_same_thread=check_same_thread)
    # A wrong key is reported to the caller as an error; SQLCipher need not also print it.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_pragma_key(key))
    return conn


def is_plain(path: str | Path) -> bool:
    """True when the file begins with SQLite's clear-text header (an unencrypted database)."""
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def check_key(path: str | Path, key: bytes) -> bool:
    """Whether ``key`` opens ``path`` (SQLCipher checks the first page's HMAC)."""
    try:
        conn = connect(path, key, readonly=True, timeout=5)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
        return True
    except sqlcipher3.DatabaseError:
        return False


def export(src_path: str | Path, src_key: bytes | None, dst_path: str | Path, dst_key: bytes | None) -> None:
    """Write a complete copy of ``src`` into the new file ``dst`` under ``dst_key``.

    ``sqlcipher_export`` copies schema, data and user_version in one pass; the caller
    renames ``dst`` into place only when this has returned, so a crash leaves the
    original untouched.
    """
    dst_path = Path(dst_path)
    dst_path.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(src_path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    try:
        if src_key:
            conn.execute(_pragma_key(src_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        lit = f"x'{dst_key.hex()}'" if dst_key else ""
        conn.execute(f"ATTACH DATABASE ? AS dst KEY \"{lit}\"", (str(dst_path),))
        conn.execute("SELECT sqlcipher_export('dst')")
        conn.execute("DETACH DATABASE dst")
    finally:
        conn.close()
    # Durable before anyone renames it over the original.
    with open(dst_path, "rb+") as f:
        os.fsync(f.fileno())
