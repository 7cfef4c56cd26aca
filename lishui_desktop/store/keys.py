"""The key file beside an encrypted database: the database key, wrapped once per way in.

``lishui.sqlite3`` is encrypted with a random 32-byte key that is stored nowhere in
clear. ``lishui.sqlite3.keys`` (JSON, readable before anything is unlocked) holds
copies of it, each sealed with AES-256-GCM under a key-encryption key:

- ``user:NAME`` -- derived from that user's password with argon2id (salt per copy),
  so signing in unlocks the file and a password change re-wraps only that copy;
- ``recovery`` -- derived from the recovery code shown once to the administrator at
  setup (or at ``rekey``), for when every administrator password is lost;
- ``service`` -- the site service key, 32 random bytes that the operating system keeps
  (the system keyring where a backend exists, else a file only its owner may read),
  for the commands that run with nobody at the keyboard (scheduled sync, backup, verify).

Each sealed copy names its slot and the file's ``vault`` id as associated data, so a
copy moved into another slot or another file does not open. The file also carries
the office's code and name (shown by the sign-in before anything is unlocked) and
the id of the key, which changes only with ``rekey``.
"""
from __future__ import annotations

import base64
import json
import os
import secrets
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lishui_desktop.domain.errors import DomainError, PermissionDenied

FORMAT = 1
# RFC 9106's second recommended option (argon2id, t=3, 64 MiB), as argon2-cffi's default.
ARGON2 = {"t": 3, "m": 65536, "p": 4}
SERVICE_NAME = "lishui-desktop"
KEY_DIR_ENV = "LISHUI_KEY_DIR"
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O, 1/I


def keyfile_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".keys")


def new_key() -> bytes:
    return secrets.token_bytes(32)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def _unb64(s: str) -> bytes:
    return base64.b64decode(s)


def _argon2(password: str, salt: bytes, p: dict) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=p["t"], memory_cost=p["m"],
                           parallelism=p["p"], hash_len=32, type=Type.ID)


def _hkdf(secret: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"lishui-desktop key wrap").derive(secret)


class LockedError(PermissionDenied):
    """The key file has no copy that this secret opens."""


@dataclass
class KeyFile:
    path: Path
    vault: str
    key_id: str
    site_code: str = ""
    site_name: str = ""
    wraps: dict = field(default_factory=dict)

    # -- file -----------------------------------------------------------------------------

    @classmethod
    def create(cls, db_path: str | Path) -> tuple["KeyFile", bytes]:
        """A key file for a new database, with a fresh key (returned, wrapped for nobody yet)."""
        kf = cls(keyfile_path(db_path), vault=secrets.token_hex(8), key_id=secrets.token_hex(8))
        return kf, new_key()

    @classmethod
    def load(cls, db_path: str | Path) -> "KeyFile":
        path = keyfile_path(db_path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise DomainError("db.no_keyfile", f"no key file {path} beside the database", field="db") from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise DomainError("db.keyfile_corrupt", f"the key file {path} is damaged: {exc}",
                              field="db") from None
        if data.get("format") != FORMAT:
            raise DomainError("db.keyfile_format", f"unknown key file format {data.get('format')!r}",
                              field="db")
        return cls(path, data["vault"], data["key_id"], data.get("site_code", ""),
                   data.get("site_name", ""), dict(data.get("wraps", {})))

    @staticmethod
    def exists_for(db_path: str | Path) -> bool:
        return keyfile_path(db_path).exists()

    def save(self, path: Path | None = None) -> None:
        """Atomically: a crash leaves the old file or the new one, never half of one."""
        path = Path(path or self.path)
        data = {"format": FORMAT, "cipher": "sqlcipher4", "vault": self.vault, "key_id": self.key_id,
                "site_code": self.site_code, "site_name": self.site_name, "wraps": self.wraps}
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=1)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def restore_bytes(self, content: bytes) -> None:
        """Put back an earlier state of the file (a transaction it went with failed)."""
        fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=self.path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    # -- sealing ---------------------------------------------------------------------------

    def _aad(self, slot: str) -> bytes:
        return f"{self.vault}|{self.key_id}|{slot}".encode()

    def _seal(self, slot: str, kek: bytes, key: bytes, extra: dict) -> None:
        nonce = secrets.token_bytes(12)
        ct = AESGCM(kek).encrypt(nonce, key, self._aad(slot))
        self.wraps[slot] = {**extra, "nonce": _b64(nonce), "ct": _b64(ct)}

    def _open(self, slot: str, kek: bytes) -> bytes:
        w = self.wraps[slot]
        try:
            return AESGCM(kek).decrypt(_unb64(w["nonce"]), _unb64(w["ct"]), self._aad(slot))
        except InvalidTag:
            raise LockedError("login.failed", "wrong account or password", field="password") from None

    @staticmethod
    def user_slot(username: str) -> str:
        return f"user:{username.strip()}"

    def has_user(self, username: str) -> bool:
        return self.user_slot(username) in self.wraps

    def wrap_for_user(self, username: str, password: str, key: bytes) -> None:
        salt = secrets.token_bytes(16)
        kek = _argon2(password, salt, ARGON2)
        self._seal(self.user_slot(username), kek, key, {"kdf": "argon2id", **ARGON2, "salt": _b64(salt)})

    def unwrap_user(self, username: str, password: str) -> bytes:
        slot = self.user_slot(username)
        w = self.wraps.get(slot)
        if w is None:
            raise LockedError("login.no_key", "this account has no key to this database: the "
                              "administrator resets its password", field="username")
        return self._open(slot, _argon2(password, _unb64(w["salt"]), w))

    def remove_user(self, username: str) -> None:
        self.wraps.pop(self.user_slot(username), None)

    def users(self) -> list[str]:
        return sorted(s.split(":", 1)[1] for s in self.wraps if s.startswith("user:"))

    def wrap_recovery(self, key: bytes) -> str:
        """Seal ``key`` under a new recovery code and return the code (shown once)."""
        code = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(30))
        salt = secrets.token_bytes(16)
        self._seal("recovery", _hkdf(_normal_code(code).encode(), salt), key,
                   {"kdf": "hkdf-sha256", "salt": _b64(salt)})
        return "-".join(code[i:i + 5] for i in range(0, 30, 5))

    def unwrap_recovery(self, code: str) -> bytes:
        w = self.wraps.get("recovery")
        if w is None:
            raise LockedError("recovery.none", "this database has no recovery key", field="recovery")
        try:
            return self._open("recovery", _hkdf(_normal_code(code).encode(), _unb64(w["salt"])))
        except LockedError:
            raise LockedError("recovery.wrong", "the recovery key does not open this database",
                              field="recovery") from None

    def wrap_service(self, secret: bytes, key: bytes) -> None:
        salt = secrets.token_bytes(16)
        self._seal("service", _hkdf(secret, salt), key, {"kdf": "hkdf-sha256", "salt": _b64(salt)})

    def unwrap_service(self, secret: bytes) -> bytes:
        w = self.wraps.get("service")
        if w is None:
            raise LockedError("service.none", "no service key is set up for this database "
                              "(`lishui-desktop service-key --enable`)", field="service_key")
        try:
            return self._open("service", _hkdf(secret, _unb64(w["salt"])))
        except LockedError:
            raise LockedError("service.wrong", "the service key on this computer does not open this "
                              "database", field="service_key") from None

    def has_service(self) -> bool:
        return "service" in self.wraps


def _normal_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


# --- the site service key, kept by the operating system ---------------------------------------

def _keyring():
    """The system keyring, or None where this computer has no usable backend."""
    try:
        import keyring
        from keyring.backends import fail
        kr = keyring.get_keyring()
    except Exception:       # noqa: BLE001 -- any failure to load a backend means "none"
        return None
    # The "fail" and "null" backends (no keyring on this computer) rank at or below 0.
    if isinstance(kr, fail.Keyring) or getattr(kr, "priority", 0) <= 0:
        return None
    return kr


def key_dir() -> Path:
    env = os.environ.get(KEY_DIR_ENV)
    if env:
        return Path(env)
    from platformdirs import user_config_dir
    return Path(user_config_dir(SERVICE_NAME, appauthor=False)) / "service-keys"


def _key_file(vault: str) -> Path:
    return key_dir() / f"{vault}.key"


def store_service_secret(vault: str, secret: bytes) -> str:
    """Keep ``secret`` for this database; returns where ("keyring" or the file's path)."""
    kr = _keyring()
    if kr is not None:
        try:
            kr.set_password(SERVICE_NAME, vault, _b64(secret))
            return "keyring"
        except Exception:       # noqa: BLE001 -- a locked or absent keyring: fall back to the file
            pass
    path = _key_file(vault)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(_b64(secret) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return str(path)


def load_service_secret(vault: str) -> bytes | None:
    kr = _keyring()
    if kr is not None:
        try:
            value = kr.get_password(SERVICE_NAME, vault)
        except Exception:       # noqa: BLE001
            value = None
        if value:
            return _unb64(value)
    path = _key_file(vault)
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    if os.name == "posix" and st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise DomainError("service.key_mode", f"the service key {path} may be read by others "
                          "(chmod 600 it, or set it up again)", field="service_key")
    return _unb64(path.read_text().strip())


def delete_service_secret(vault: str) -> None:
    kr = _keyring()
    if kr is not None:
        try:
            kr.delete_password(SERVICE_NAME, vault)
        except Exception:       # noqa: BLE001
            pass
    _key_file(vault).unlink(missing_ok=True)


def service_unlock(db_path: str | Path, kf: KeyFile | None = None) -> bytes:
    kf = kf or KeyFile.load(db_path)
    secret = load_service_secret(kf.vault)
    if secret is None or not kf.has_service():
        raise LockedError("service.none", "no service key for this database on this computer: an "
                          "administrator runs `lishui-desktop service-key --enable --user NAME`",
                          field="service_key")
    return kf.unwrap_service(secret)
