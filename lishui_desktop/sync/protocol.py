"""The sync wire format, shared by the desktop and the city server (lishui_hq).

Both sides import these models, so a field added here is seen by both at once.
Only pydantic, the standard library and ``lishui_desktop.domain`` may be
imported here: the server must not pull in the desktop's store or GUI.

The rules that go with the format (what the server does with it) are in
DESIGN.md "Data and sync"; in short:

* a record applies when ``base_version`` equals the server's version (0 = new);
  the same version with the same payload is a ``duplicate``; anything else is a
  ``conflict`` answered with the server's version and payload, and the incoming
  version is kept on the server beside it;
* a batch is applied in one transaction and resending the same batch id gives
  the same answer;
* audit entries continue the site's hash chain (``domain.auditchain``); a batch
  that breaks it is refused whole (HTTP 409, ``ChainBroken``).
"""
from __future__ import annotations

import json
import math
import re
import uuid
from typing import Any, Literal

from pydantic import (BaseModel, ConfigDict, Field, StrictBool, StrictInt,
                      field_validator, model_validator)

from lishui_desktop.domain.auditchain import HASHED_FIELDS

from .payloads import (APPLICATION_STATES, DECISION_OUTCOMES, PAYLOADS,  # noqa: F401
                       ApplicationPayload, DecisionPayload, PayrollApprovalPayload,
                       json_problem,
                       payload_problem)

PROTOCOL_VERSION = 1

# Records the desktops write (townships; counties write 'decision').
SITE_ENTITIES = ("household", "member", "income", "asset", "application", "case_event",
                 "visit", "attachment", "notice", "decision", "site_key", "review",
                 "bank_account", "payroll_roll", "payroll_approval", "monthly_report",
                 "crosscheck", "crosscheck_result", "payroll_line")
# Records only the city writes; every site receives them.
# "urgent_aid": a county's pay-first limit and completion period (domain.urgent_aid).
REFERENCE_ENTITIES = ("standard", "holiday", "approval_level", "village", "site_key", "site",
                      "county_rules", "urgent_aid")
ENTITIES = tuple(dict.fromkeys(SITE_ENTITIES + REFERENCE_ENTITIES))
# Written by a township about its own cases.
TOWNSHIP_ENTITIES = tuple(e for e in SITE_ENTITIES
                          if e not in ("decision", "site_key", "payroll_approval", "crosscheck_result"))
# Written by the township or by its county about the township's cases (the payload
# names the township): decisions and cross-check results.
COUNTY_OR_TOWNSHIP_ENTITIES = ("decision", "crosscheck_result")

ASSISTANCE_TYPES = ("dibao", "dibian", "tekun", "linshi", "yiliao", "jiaoyu", "ertong",
                    "shilaohua")
# approved/refused/returned decide a case waiting for the county; raised/reduced/stopped
# change a case being paid (state "approved").
OUTCOMES_ON_PAID_CASES = ("raised", "reduced", "stopped")
APPROVAL_LEVELS = ("county", "township")
RECORD_STATUSES = ("applied", "duplicate", "conflict", "refused")

Entity = Literal[ENTITIES]  # type: ignore[valid-type]
AssistanceType = Literal[ASSISTANCE_TYPES]  # type: ignore[valid-type]
ApplicationState = Literal[APPLICATION_STATES]  # type: ignore[valid-type]
RecordStatus = Literal[RECORD_STATUSES]  # type: ignore[valid-type]

# A county (6 digits) or township (9 digits) code; the city itself is 331100.
SITE_CODE_PATTERN = r"^[0-9]{6}([0-9]{3})?$"
TOWNSHIP_CODE_PATTERN = r"^[0-9]{9}$"
RECORD_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
# Versions and sequence numbers fit a signed 64-bit column on both databases.
MAX_INT = 2**62
MAX_RECORDS_PER_BATCH = 5000
MAX_AUDIT_PER_BATCH = 20000
MAX_PULL_LIMIT = 5000
_LONG_DIGITS = re.compile(r"[0-9]{19}")


def check_json_value(value: Any, path: str = "") -> None:
    """Refuse what PostgreSQL cannot store in JSON: NUL characters and non-finite numbers.

    Raises ValueError naming the place inside the value, so the API's 422
    answer points at it.
    """
    # Fast path: C-accelerated JSON encoding finds nothing suspicious in nearly
    # every payload; only a hint of trouble pays for the walk that names the place.
    try:
        text = json.dumps(value, allow_nan=False)
    except (ValueError, TypeError):
        text = None
    if text is not None and "\\u0000" not in text and not _LONG_DIGITS.search(text):
        return
    stack = [(path, value)]
    while stack:
        where, v = stack.pop()
        if isinstance(v, str):
            if "\x00" in v:
                raise ValueError(f"text at {where or 'value'} contains a NUL character")
        elif isinstance(v, float):
            if not math.isfinite(v):
                raise ValueError(f"number at {where or 'value'} is not finite")
        elif isinstance(v, bool) or v is None or isinstance(v, int):
            if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 10**18:
                raise ValueError(f"integer at {where or 'value'} is too large")
        elif isinstance(v, dict):
            for k, item in v.items():
                if not isinstance(k, str) or "\x00" in k:
                    raise ValueError(f"key {k!r} at {where or 'value'} is not usable text")
                stack.append((f"{where}.{k}" if where else k, item))
        elif isinstance(v, list):
            for i, item in enumerate(v):
                stack.append((f"{where}[{i}]", item))
        else:
            raise ValueError(f"value at {where or 'value'} is not JSON ({type(v).__name__})")


class _Model(BaseModel):
    # Unknown fields are refused so a typo on either side shows up at once.
    model_config = ConfigDict(extra="forbid")


class Record(_Model):
    entity: Entity
    id: str = Field(pattern=RECORD_ID_PATTERN,
                    description="Globally unique record id (a UUIDv7 from the desktop).")
    version: StrictInt = Field(ge=1, le=MAX_INT)
    base_version: StrictInt = Field(ge=0, le=MAX_INT,
                                    description="The server version this change was made on; 0 = new.")
    site_code: str = Field(pattern=SITE_CODE_PATTERN, description="The site that owns the record.")
    payload: dict[str, Any] = Field(default_factory=dict)
    deleted: StrictBool = False

    # The payload's content is checked record by record (payloads.payload_problem):
    # a bad field refuses that record, not the whole batch.

    @model_validator(mode="after")
    def _version_moves_on(self) -> "Record":
        if self.version <= self.base_version:
            raise ValueError(f"version {self.version} must be greater than "
                             f"base_version {self.base_version}")
        return self


class AuditEntry(_Model):
    """One link of a site's audit chain: the fields of auditchain.HASHED_FIELDS plus hash.

    Strict types: the hash is computed over these exact values, so nothing may
    be coerced (a seq sent as "3" would hash differently from 3).
    """
    id: str = Field(min_length=1, max_length=100)
    site_code: str = Field(pattern=SITE_CODE_PATTERN)
    seq: StrictInt = Field(ge=1, le=MAX_INT)
    at: str = Field(min_length=1, max_length=64, description="ISO 8601 date and time.")
    user: str = Field(max_length=200)
    event: str = Field(min_length=1, max_length=200)
    entity: str | None = Field(default=None, max_length=100)
    entity_id: str | None = Field(default=None, max_length=100)
    success: StrictBool
    detail: Any = None
    prev_hash: str = Field(pattern=SHA256_PATTERN)
    hash: str = Field(pattern=SHA256_PATTERN)

    @model_validator(mode="after")
    def _storable(self) -> "AuditEntry":
        fields = {k: getattr(self, k) for k in HASHED_FIELDS}
        check_json_value(fields)
        found = json_problem(fields, depth_limit=32)
        if found and "surrogate" in found[1]:
            # Hashed as sent, so it cannot be cleaned: the entry is unusable.
            raise ValueError(f"{found[0]} {found[1]}")
        return self

    def hashed_fields(self) -> dict:
        return {f: getattr(self, f) for f in HASHED_FIELDS} | {"hash": self.hash}


assert set(AuditEntry.model_fields) == set(HASHED_FIELDS) | {"hash"}, \
    "AuditEntry must carry exactly auditchain.HASHED_FIELDS plus hash"


class PushBatch(_Model):
    protocol: StrictInt = PROTOCOL_VERSION
    batch_id: str = Field(description="A UUID chosen by the sender; resending it is safe.")
    site_code: str = Field(pattern=SITE_CODE_PATTERN)
    records: list[Record] = Field(default_factory=list, max_length=MAX_RECORDS_PER_BATCH)
    audit: list[AuditEntry] = Field(default_factory=list, max_length=MAX_AUDIT_PER_BATCH)

    @field_validator("protocol")
    @classmethod
    def _known_protocol(cls, v: int) -> int:
        if v != PROTOCOL_VERSION:
            raise ValueError(f"protocol {v} is not spoken here; this side speaks "
                             f"{PROTOCOL_VERSION} (update the program)")
        return v

    @field_validator("batch_id")
    @classmethod
    def _uuid(cls, v: str) -> str:
        if not re.fullmatch(r"[0-9A-Fa-f-]{32,36}", v):
            raise ValueError("batch_id must be a UUID such as 0190f3c2-7d1e-7abc-8def-0123456789ab")
        try:
            return str(uuid.UUID(v))
        except ValueError:
            raise ValueError("batch_id must be a UUID such as "
                             "0190f3c2-7d1e-7abc-8def-0123456789ab") from None

    @model_validator(mode="after")
    def _audit_is_the_senders(self) -> "PushBatch":
        for e in self.audit:
            if e.site_code != self.site_code:
                raise ValueError(f"audit entry seq={e.seq} belongs to site {e.site_code}, "
                                 f"but the batch is from {self.site_code}; a batch carries "
                                 f"only its own site's audit chain")
        return self


class RecordResult(_Model):
    entity: str
    id: str
    version: int
    status: RecordStatus
    reason: str | None = None
    field: str | None = Field(default=None, description="For a refusal over content: the "
                              "payload field at fault, e.g. 'id_number'.")
    server_version: int | None = None
    server_payload: dict[str, Any] | None = None


class PushResult(_Model):
    batch_id: str
    results: list[RecordResult]
    audit_through: int = Field(description="Highest audit seq the server holds for the site.")


class PullItem(_Model):
    cursor: int
    entity: str
    id: str
    version: int
    site_code: str
    payload: dict[str, Any]
    deleted: bool = False


class PullPage(_Model):
    items: list[PullItem]
    next_cursor: int
    more: bool


class SiteKeyIn(_Model):
    public_key: str = Field(min_length=1, max_length=200,
                            description="Raw 32-byte Ed25519 public key, base64.")


class SiteKeyOut(_Model):
    site_code: str
    version: int
    public_key: str


class AttachmentStatus(_Model):
    sha256: str
    size: int | None = Field(description="Total size in bytes, once the first part declared it.")
    received: int = Field(description="Bytes held so far; the next part starts here.")
    complete: bool


class ErrorBody(_Model):
    """Every error answer of the server has this shape."""
    model_config = ConfigDict(extra="allow")
    error: str = Field(description="A stable code, e.g. 'validation', 'unauthenticated'.")
    message: str = Field(description="What went wrong and what to do about it.")


class FieldProblem(_Model):
    path: str
    message: str
    type: str


class ValidationErrorBody(ErrorBody):
    errors: list[FieldProblem]


class ChainBroken(ErrorBody):
    """HTTP 409 when a batch's audit entries do not continue the site's chain."""
    batch_id: str
    site_code: str
    seq: int
    entry_id: str
    reason: str = Field(description="'hash' (entry altered), 'link' (prev_hash mismatch), "
                                    "'gap' (entry missing) or 'edited' (differs from the "
                                    "entry the server already holds).")
    audit_through: int


# ---- USB bundles ------------------------------------------------------------------------
#
# A bundle carries a site's pending batches to the city on a USB stick; an acks
# file carries the answers and everything the site should pull back. Both are
# gzip-compressed JSON: {"body": {...}, "mac": ..., "signature": ...}.
#
# - "mac" is HMAC-SHA256 over the canonical body, keyed with sha256(token): the
#   site holds its token and the server holds exactly that hash, so each side
#   knows the file comes from the other and was not altered.
# - "signature" (bundles only) is the site's Ed25519 signature over the same
#   bytes; the server checks it against the site's registered key (and
#   registers the key the bundle names when it has none yet).

import base64 as _b64
import gzip as _gzip
import hashlib as _hashlib
import hmac as _hmac
import json as _json
import zlib as _zlib

BUNDLE_FORMAT = "lishui-bundle"
ACKS_FORMAT = "lishui-acks"
BUNDLE_VERSION = 1


class BundleError(ValueError):
    """A bundle or acks file that must not be applied; the message says why."""


def _canonical(body: dict) -> bytes:
    return _json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def token_key(token_hash_hex: str) -> bytes:
    return token_hash_hex.encode()


def token_hash(token: str) -> str:
    return _hashlib.sha256(token.encode("utf-8")).hexdigest()


def seal(body: dict, *, token_hash_hex: str, private_key_b64: str | None = None) -> bytes:
    data = _canonical(body)
    out = {"body": body,
           "mac": _hmac.new(token_key(token_hash_hex), data, _hashlib.sha256).hexdigest()}
    if private_key_b64:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        key = Ed25519PrivateKey.from_private_bytes(_b64.b64decode(private_key_b64))
        out["signature"] = _b64.b64encode(key.sign(data)).decode()
    return _gzip.compress(_canonical(out), mtime=0)


def open_sealed(raw: bytes, expected_format: str) -> dict:
    """The parsed file, not yet authenticated (use check_mac / check_signature)."""
    try:
        outer = _json.loads(_gzip.decompress(raw))
    except (OSError, EOFError, ValueError, _zlib.error) as exc:
        raise BundleError(f"the file is damaged or not a {expected_format} file ({exc})") from None
    body = outer.get("body") if isinstance(outer, dict) else None
    if not isinstance(body, dict) or body.get("format") != expected_format:
        raise BundleError(f"the file is not a {expected_format} file")
    if body.get("version") != BUNDLE_VERSION:
        raise BundleError(f"{expected_format} version {body.get('version')} is not supported")
    return outer


def check_mac(outer: dict, token_hash_hex: str) -> None:
    expected = _hmac.new(token_key(token_hash_hex), _canonical(outer["body"]),
                         _hashlib.sha256).hexdigest()
    if not _hmac.compare_digest(expected, str(outer.get("mac", ""))):
        raise BundleError("the file was altered, or it was not made with this site's token")


def check_signature(outer: dict, public_key_b64: str) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    try:
        key = Ed25519PublicKey.from_public_bytes(_b64.b64decode(public_key_b64))
        key.verify(_b64.b64decode(outer.get("signature", "")), _canonical(outer["body"]))
    except (InvalidSignature, ValueError) as exc:
        raise BundleError("the bundle's signature does not match the site's key") from exc
