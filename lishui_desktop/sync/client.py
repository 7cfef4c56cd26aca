"""HTTP client of the city server's sync API (/api/v1), with retries and back-off.

Transport faults (refused or dropped connections, time-outs, 5xx and 503
busy answers) are retried with exponential back-off; a 4xx answer is the
server's verdict and is raised at once with the server's message.
"""
from __future__ import annotations

import functools
import gzip
import random
import ssl
import time
from dataclasses import dataclass

import httpx

from .protocol import PROTOCOL_VERSION, AttachmentStatus, PullPage, PushBatch, PushResult
from lishui_desktop.domain.errors import Cancelled  # noqa: F401  (re-exported: the one cancel signal)


class SyncError(Exception):
    """A sync step failed; ``retryable`` says whether trying later may help."""

    def __init__(self, message: str, *, status: int | None = None, code: str = "sync.failed",
                 retryable: bool = False, body: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.retryable, self.body = status, code, retryable, body or {}




@dataclass
class Retry:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0


@dataclass
class WireCount:
    """Bytes that crossed the line (bodies as sent, compressed where they were)."""
    sent: int = 0
    received: int = 0
    requests: int = 0


class HqClient:
    """``compress``: gzip request bodies once the server has said it reads them
    (its answers carry ``Accept-Encoding: gzip``); answers are gzip whenever the
    server compresses them (httpx asks for it and inflates)."""

    def __init__(self, base_url: str, token: str, *, timeout: float = 60.0,
                 retry: Retry = Retry(), cancelled=lambda: False, transport=None,
                 compress: bool = True, ca_pem: str | None = None,
                 allow_insecure: bool = False):
        if not base_url.startswith(("http://", "https://")):
            raise SyncError(f"server address {base_url!r} must start with http:// or https://",
                            code="sync.server_url")
        check_address(base_url, allow_insecure)
        self.base_url = base_url.rstrip("/")
        self.retry = retry
        self.cancelled = cancelled
        self.compress = compress
        self._server_gzip: bool | None = None     # unknown until the first answer
        self.wire = WireCount()
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport,
                                  verify=_ssl_context(ca_pem),
                                  headers={"Authorization": f"Bearer {token}",
                                           "X-Protocol": str(PROTOCOL_VERSION)})

    def close(self) -> None:
        self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _request(self, method: str, path: str, **kw) -> httpx.Response:
        last: SyncError | None = None
        for attempt in range(self.retry.attempts):
            if self.cancelled():
                raise Cancelled()
            try:
                resp = self._send(method, path, kw)
            except httpx.HTTPError as exc:
                last = SyncError(f"cannot reach the server at {self.base_url}: {exc}",
                                 code="sync.unreachable", retryable=True)
            else:
                if resp.status_code < 400:
                    return resp
                body = _json(resp)
                message = body.get("message") or resp.text[:300]
                err = SyncError(message, status=resp.status_code,
                                code=f"sync.http_{resp.status_code}", body=body,
                                retryable=resp.status_code >= 500 or resp.status_code == 429)
                if not err.retryable:
                    raise err
                last = err
            if attempt + 1 < self.retry.attempts:
                delay = min(self.retry.max_delay, self.retry.base_delay * 2 ** attempt)
                _sleep(delay * (0.5 + random.random() / 2), self.cancelled)
        assert last is not None
        raise last

    def _send(self, method: str, path: str, kw: dict) -> httpx.Response:
        kw = dict(kw)
        body = kw.get("content")
        if body is not None and self.compress and self._server_gzip is None:
            self._probe()
        if body is not None and self.compress and self._server_gzip:
            raw = body.encode() if isinstance(body, str) else body
            kw["content"] = gzip.compress(raw, compresslevel=6)
            kw["headers"] = {**kw.get("headers", {}), "Content-Encoding": "gzip"}
        resp = self._http.request(method, path, **kw)
        self._count(resp)
        if resp.status_code == 415 and "Content-Encoding" in kw.get("headers", {}):
            # A server (or a proxy before it) that cannot read gzip: plain from now on.
            self._server_gzip = False
            return self._send(method, path, {**kw, "content": body,
                                             "headers": {k: v for k, v in kw["headers"].items()
                                                         if k != "Content-Encoding"}})
        return resp

    def _count(self, resp: httpx.Response) -> None:
        req = resp.request
        self.wire.requests += 1
        self.wire.sent += len(req.content or b"")
        self.wire.received += resp.num_bytes_downloaded
        if self._server_gzip is None:
            self._server_gzip = "gzip" in resp.headers.get("accept-encoding", "").lower()

    def _probe(self) -> None:
        try:
            self._count(self._http.get("/health", timeout=10))
        except httpx.HTTPError:
            pass    # the real request will say what is wrong

    def health(self) -> bool:
        try:
            return self._http.get("/health", timeout=5).status_code == 200
        except httpx.ConnectError as exc:
            if "CERTIFICATE_VERIFY_FAILED" in str(exc):
                # It answers, but cannot prove it is the city's: not "unreachable".
                raise SyncError(f"the server's certificate is not trusted ({exc}); give the "
                                f"city's CA file (--ca-file)", code="sync.tls") from None
            return False
        except httpx.HTTPError:
            return False

    def whoami(self) -> dict:
        return self._request("GET", "/api/v1/whoami").json()

    def push(self, batch: PushBatch) -> PushResult:
        resp = self._request("POST", "/api/v1/push", content=batch.model_dump_json(),
                             headers={"Content-Type": "application/json"})
        return PushResult.model_validate_json(resp.content)

    def pull(self, cursor: int, limit: int = 500) -> PullPage:
        resp = self._request("GET", "/api/v1/pull", params={"cursor": cursor, "limit": limit})
        return PullPage.model_validate_json(resp.content)

    def attachment_status(self, sha256: str) -> AttachmentStatus | None:
        """This site's upload of the content (or its holding, complete); None when the server
        has none from this site (never started, or its lease lapsed)."""
        try:
            resp = self._request("GET", f"/api/v1/attachments/{sha256}/status")
        except SyncError as exc:
            if exc.status == 404:
                return None
            raise
        return AttachmentStatus.model_validate_json(resp.content)

    def attachment_put(self, sha256: str, offset: int, total: int, data: bytes) -> AttachmentStatus:
        """One part. A 409 answer (raised) carries in ``body["received"]`` where the server
        wants the next part to start: 0 when the upload's lease lapsed."""
        resp = self._request("PUT", f"/api/v1/attachments/{sha256}",
                             params={"offset": offset, "total": total}, content=data,
                             headers={"Content-Type": "application/octet-stream"})
        return AttachmentStatus.model_validate_json(resp.content)

    def register_key(self, public_key: str) -> dict:
        return self._request("POST", "/api/v1/site-key", json={"public_key": public_key}).json()


def is_loopback(url: str) -> bool:
    import ipaddress
    from urllib.parse import urlsplit
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_address(url: str, allow_insecure: bool) -> None:
    """Plain http carries the token and households' data readable to anyone on the way:
    only to this computer itself, or where the site was set up as insecure on purpose."""
    if url.startswith("http://") and not allow_insecure and not is_loopback(url):
        raise SyncError(f"{url} is plain http: the site's token and the households' data would "
                        f"cross the network unencrypted; use https:// (ask the city for its "
                        f"address and CA file), or set the site up with --insecure-http on a "
                        f"network the city trusts", code="sync.insecure_url")


def ca_problem(pem: str) -> str | None:
    """Why ``pem`` is not a CA certificate file this client can pin, or None."""
    try:
        ssl.create_default_context(cadata=pem)
    except (ssl.SSLError, ValueError) as exc:
        return f"not a PEM certificate file ({exc})"
    return None if "BEGIN CERTIFICATE" in pem else "not a PEM certificate file"


@functools.lru_cache(maxsize=4)
def _ssl_context(ca_pem: str | None = None) -> ssl.SSLContext:
    # Loading the CA store takes tens of milliseconds: once per process, not per sync.
    # A pinned CA (given at setup) replaces the system's: only the city's CA is trusted.
    if ca_pem:
        return ssl.create_default_context(cadata=ca_pem)
    return ssl.create_default_context()


def _json(resp: httpx.Response) -> dict:
    try:
        body = resp.json()
        return body if isinstance(body, dict) else {}
    except ValueError:
        return {}


def _sleep(seconds: float, cancelled) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cancelled():
            raise Cancelled()
        time.sleep(min(0.1, end - time.monotonic()) if end > time.monotonic() else 0)
