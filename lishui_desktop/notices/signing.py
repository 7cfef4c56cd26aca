"""Signed QR payloads: anyone with a site's public key can check a printed notice offline.

The QR holds ``<json>.<signature>``: compact JSON (UTF-8, sorted keys, no
spaces) identifying the notice, a dot, and the Ed25519 signature of exactly
those JSON bytes in unpadded base64url (86 characters). The JSON stays
readable to any phone scanner::

    {"app":"0193...","date":"2026-11-29","h":"<sha256 base64url>","kind":"approval",
     "no":"莲民救〔2026〕31号","site":"331102","v":1}

``cp`` = 1 is added for a reprint (副本). ``h`` is the notice's content hash
(``model.content_hash``, hex) re-encoded as base64url to save 21 characters.

Keys are raw 32-byte Ed25519 keys written as standard base64 (44 characters).
"""
from __future__ import annotations

import base64
import binascii
import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from lishui_desktop.domain.errors import DomainError

from .model import KINDS, Notice, content_hash

PAYLOAD_VERSION = 1


# --------------------------------------------------------------------------- encoding helpers

def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    pad = "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(text + pad)


def _b64_any(text: str) -> bytes:
    text = text.strip()
    try:
        if "-" in text or "_" in text:
            return b64url_decode(text.rstrip("="))
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DomainError("notice.key", f"not a base64 key: {exc}") from exc


# --------------------------------------------------------------------------- keys

@dataclass(frozen=True)
class SiteSigner:
    """A site's signing key. ``site_code`` goes into every payload it signs."""

    site_code: str
    private_key: Ed25519PrivateKey

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    @property
    def public_b64(self) -> str:
        return public_key_to_b64(self.public_key)

    @property
    def private_b64(self) -> str:
        return private_key_to_b64(self.private_key)

    @classmethod
    def generate(cls, site_code: str) -> "SiteSigner":
        return cls(site_code, Ed25519PrivateKey.generate())

    @classmethod
    def from_b64(cls, site_code: str, private_b64: str) -> "SiteSigner":
        return cls(site_code, private_key_from_b64(private_b64))


def generate_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_key_to_b64(key: Ed25519PrivateKey) -> str:
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode("ascii")


def private_key_from_b64(text: str) -> Ed25519PrivateKey:
    raw = _b64_any(text)
    if len(raw) != 32:
        raise DomainError("notice.key", "an Ed25519 private key is 32 bytes", length=len(raw))
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_key_to_b64(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def public_key_from_b64(text: str) -> Ed25519PublicKey:
    raw = _b64_any(text)
    if len(raw) != 32:
        raise DomainError("notice.key", "an Ed25519 public key is 32 bytes", length=len(raw))
    return Ed25519PublicKey.from_public_bytes(raw)


def _as_public(key) -> Ed25519PublicKey:
    if isinstance(key, Ed25519PublicKey):
        return key
    if isinstance(key, Ed25519PrivateKey):
        return key.public_key()
    if isinstance(key, SiteSigner):
        return key.public_key
    if isinstance(key, (bytes, bytearray)):
        return Ed25519PublicKey.from_public_bytes(bytes(key))
    if isinstance(key, str):
        return public_key_from_b64(key)
    raise TypeError(f"cannot use {type(key).__name__} as a public key")


# --------------------------------------------------------------------------- payloads

def notice_payload(notice: Notice, site_code: str) -> dict:
    """The fields the QR carries for ``notice`` printed by ``site_code``."""
    payload = {
        "v": PAYLOAD_VERSION,
        "site": site_code,
        "kind": notice.header.kind,
        "no": notice.header.number,
        "app": notice.header.application_id,
        "date": notice.header.issue_date.isoformat(),
        "h": b64url(bytes.fromhex(content_hash(notice))),
    }
    if notice.header.is_copy:
        payload["cp"] = 1
    return payload


def sign_payload(payload: dict, signer: SiteSigner) -> str:
    """QR text: compact JSON, '.', base64url Ed25519 signature of the JSON bytes."""
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    sig = signer.sign(body.encode("utf-8"))
    return body + "." + b64url(sig)


def notice_qr_text(notice: Notice, signer: SiteSigner) -> str:
    return sign_payload(notice_payload(notice, signer.site_code), signer)


@dataclass(frozen=True)
class VerifiedNotice:
    site: str
    kind: str
    number: str
    application_id: str
    issue_date: date
    content_hash: str             # hex, comparable with model.content_hash(notice)
    is_copy: bool
    version: int
    payload: dict

    def matches(self, notice: Notice) -> bool:
        """True if the printed QR belongs to exactly this notice content."""
        return self.content_hash == content_hash(notice) and self.kind == notice.header.kind \
            and self.number == notice.header.number


def _format_error(message: str, **params) -> DomainError:
    return DomainError("notice.format", message, **params)


def verify_payload(text: str | bytes, public_keys: dict) -> VerifiedNotice:
    """Check a scanned QR text against the sites' public keys.

    ``public_keys`` maps site code -> public key (Ed25519PublicKey, raw bytes or
    base64 text). Raises DomainError 'notice.format' (not our payload),
    'notice.unknown_site' (no key for the site) or 'notice.signature' (altered
    or signed by another key)."""
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _format_error("QR content is not UTF-8 text") from exc
    if not isinstance(text, str) or "." not in text:
        raise _format_error("QR content is not a signed notice payload")
    body, _, sig_text = text.strip().rpartition(".")
    try:
        sig = b64url_decode(sig_text)
    except (binascii.Error, ValueError) as exc:
        raise _format_error("signature is not base64url") from exc
    if len(sig) != 64:
        raise _format_error("an Ed25519 signature is 64 bytes", length=len(sig))
    try:
        payload = json.loads(body)
    except ValueError as exc:
        raise _format_error("payload is not JSON") from exc
    if not isinstance(payload, dict):
        raise _format_error("payload is not a JSON object")
    required = {"v": int, "site": str, "kind": str, "no": str, "app": str, "date": str, "h": str}
    for key, typ in required.items():
        if not isinstance(payload.get(key), typ) or isinstance(payload.get(key), bool):
            raise _format_error(f"payload field {key!r} missing or of the wrong type", field=key)
    if payload["v"] != PAYLOAD_VERSION:
        raise _format_error("unknown payload version", version=payload["v"])
    site = payload["site"]
    if site not in public_keys:
        raise DomainError("notice.unknown_site", f"no public key for site {site}", site=site)
    try:
        _as_public(public_keys[site]).verify(sig, body.encode("utf-8"))
    except InvalidSignature as exc:
        raise DomainError("notice.signature", "the signature does not match: the notice was "
                          "altered or not issued by this site", site=site) from exc
    if payload["kind"] not in KINDS:
        raise _format_error("unknown notice kind", kind=payload["kind"])
    try:
        issued = date.fromisoformat(payload["date"])
        digest = b64url_decode(payload["h"])
    except (ValueError, binascii.Error) as exc:
        raise _format_error("bad date or hash in payload") from exc
    if len(digest) != 32:
        raise _format_error("content hash is 32 bytes", length=len(digest))
    return VerifiedNotice(site=site, kind=payload["kind"], number=payload["no"],
                          application_id=payload["app"], issue_date=issued,
                          content_hash=digest.hex(), is_copy=bool(payload.get("cp")),
                          version=payload["v"], payload=payload)


# --------------------------------------------------------------------------- PDFs

def decode_qr_texts(image) -> list[bytes]:
    """All QR codes in a PIL image, as raw bytes (our payload is UTF-8)."""
    import zxingcpp

    results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [bytes(r.bytes) for r in results if r.valid]


def render_page_image(path: str | os.PathLike, page: int = 1, dpi: int = 200):
    """Render one PDF page with poppler's pdftoppm (Debian: poppler-utils) to a PIL image."""
    from PIL import Image

    exe = shutil.which("pdftoppm")
    if exe is None:
        raise DomainError("notice.tool", "pdftoppm is not installed (Debian package poppler-utils)")
    with tempfile.TemporaryDirectory(prefix="lsn-qr-") as tmp:
        out = Path(tmp) / "page"
        proc = subprocess.run([exe, "-r", str(dpi), "-f", str(page), "-l", str(page), "-gray",
                               "-png", "-singlefile", os.fspath(path), str(out)],
                              capture_output=True, timeout=120)
        if proc.returncode != 0:
            raise DomainError("notice.format", "the PDF cannot be rendered: "
                              + proc.stderr.decode("utf-8", "replace").strip()[:200])
        with Image.open(str(out) + ".png") as img:
            img.load()
            return img.copy()


def verify_pdf(path: str | os.PathLike, public_keys: dict, *, dpi: int = 200) -> VerifiedNotice:
    """Render page 1, decode its QR code and verify it (see ``verify_payload``)."""
    image = render_page_image(path, 1, dpi)
    texts = decode_qr_texts(image)
    if not texts:
        raise DomainError("notice.format", "no QR code found on page 1")
    return verify_payload(texts[0], public_keys)
