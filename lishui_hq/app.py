"""The FastAPI application: sync API under /api/v1, /health, and the city page.

Every answer that is not a success is JSON ``{"error": code, "message": ...}``
(plus fields that help, e.g. ``errors`` with field paths for 422), so the
desktop can show the message and a person can act on it.
"""
from __future__ import annotations

import hmac
import logging
import secrets
import time
import uuid
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qsl

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.middleware.gzip import GZipMiddleware
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from lishui_desktop.sync.protocol import (MAX_INT, MAX_PULL_LIMIT, PROTOCOL_VERSION,
                                          SHA256_PATTERN, AttachmentStatus, ChainBroken,
                                          ErrorBody, PullPage, PushBatch, PushResult, SiteKeyIn,
                                          SiteKeyOut, ValidationErrorBody)

from . import __version__, accounts, answers, guard, web
from .compression import RequestDecompression
from .db import Busy
from .store import DEFAULT_ATTACHMENT_LEASE, HqError, Site, Store, TooMany, Unauthenticated

log = logging.getLogger("lishui_hq")
DEFAULT_MAX_BODY = 16 * 1024 * 1024
# The city page's cookies (HttpOnly, SameSite=Strict, Secure under TLS).
SESSION_COOKIE = "lishui_hq_session"
LOGIN_CSRF_COOKIE = "lishui_hq_login"


_err = answers.error


def _fault_response(rid: str) -> JSONResponse:
    return _err(500, "internal", f"the server failed while handling this request and applied "
                f"nothing from it; try again, and if it fails again tell the city "
                f"administrators (request {rid})", request_id=rid)


class _BodyTooLarge(Exception):
    pass


class BodyLimit:
    """413 for a request body over the limit, whether or not it declares its length."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max = app, max_bytes

    def _too_large(self) -> JSONResponse:
        return _err(413, "too_large",
                    f"the request body is larger than {self.max} bytes; send fewer records "
                    f"per batch (or smaller attachment parts)", limit=self.max)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    declared = int(v)
                except ValueError:
                    declared = 0
                if declared > self.max:
                    return await self._too_large()(scope, receive, send)
        seen = 0
        started = over = False

        async def counted_receive():
            nonlocal seen, over
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max:
                    over = True
                    raise _BodyTooLarge()
            return msg

        async def tracked_send(msg):
            nonlocal started
            if over:
                # The framework may turn the read error into its own answer
                # (FastAPI answers 400); the client must learn the real reason.
                if msg["type"] == "http.response.start" and not started:
                    started = True
                    await self._too_large()(scope, receive, send)
                return
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except _BodyTooLarge:
            if not started:
                await self._too_large()(scope, receive, send)


class RequestLog:
    """One structured log line per request, with the site when a token was given."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        rid = uuid.uuid4().hex[:16]
        state = scope.setdefault("state", {})
        state["request_id"] = rid
        t0 = time.perf_counter()
        status = 500
        started = False

        async def send_with_id(msg):
            nonlocal status, started
            if msg["type"] == "http.response.start":
                started = True
                status = msg["status"]
                msg["headers"] = guard.security_headers(
                    scope, list(msg.get("headers", [])) + [(b"x-request-id", rid.encode())])
            await send(msg)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as exc:
            # Answer here rather than in Starlette's ServerErrorMiddleware: that
            # one re-raises to uvicorn, which then drops the keep-alive
            # connection and the client's next request fails on it.
            log.error("unhandled error", exc_info=exc, extra={"fields": {
                "event": "fault", "request_id": rid}})
            if started:
                raise
            await _fault_response(rid)(scope, receive, send_with_id)
        finally:
            log.info("request", extra={"fields": {
                "event": "request", "request_id": rid, "method": scope["method"],
                "path": scope["path"], "status": status, "site": state.get("site_code"),
                "ms": round((time.perf_counter() - t0) * 1000, 1)}})


def _path(loc: tuple) -> str:
    parts = list(loc)
    if parts and parts[0] == "body":
        parts = parts[1:]
        prefix = ""
    else:
        prefix = f"{parts.pop(0)}." if parts else ""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return prefix + out if (prefix + out) else "body"


def _clean(msg: str) -> str:
    return msg.removeprefix("Value error, ")


COMMON = {401: {"model": ErrorBody, "description": "No token, an unknown one, or a revoked one"},
          429: {"model": ErrorBody, "description": "Too many bad tokens from this address; "
                                                   "wait Retry-After seconds"},
          413: {"model": ErrorBody, "description": "Request body over the limit"},
          422: {"model": ValidationErrorBody, "description": "The request does not fit the schema"},
          500: {"model": ErrorBody, "description": "Server fault; nothing was applied"},
          503: {"model": ErrorBody, "description": "Database busy or unreachable; retry"}}


def create_app(db_url: str, *, max_body: int = DEFAULT_MAX_BODY, migrate: bool = True,
               attachment_lease: float = DEFAULT_ATTACHMENT_LEASE) -> FastAPI:
    store = Store(db_url, migrate_now=migrate, attachment_lease=attachment_lease)
    if store.db.keeps_no_statistics():
        # Found by bench/city.py: a push's time then grows with the city's records.
        log.warning("PostgreSQL has autovacuum off: the tables get no planner statistics and "
                    "pushes slow down as the records grow; turn it on, or run ANALYZE after "
                    "large syncs")

    @asynccontextmanager
    async def lifespan(_app):
        yield
        store.close()

    app = FastAPI(lifespan=lifespan, title="Lishui social assistance: city server", version=__version__,
                  description="Sync API for township and county desktops "
                              f"(protocol {PROTOCOL_VERSION}).",
                  openapi_url="/api/v1/openapi.json", docs_url="/api/v1/docs", redoc_url=None)
    app.state.store = store
    # Outermost last: the log sees every answer; bodies are limited as sent and as inflated.
    app.add_middleware(RequestDecompression, max_bytes=max_body)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(RequestLog)

    @app.exception_handler(HqError)
    async def _hq_error(request: Request, exc: HqError):
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        extra = dict(exc.extra)
        if exc.status == 429:
            headers = {"Retry-After": str(extra["retry_after"])}
        if exc.status == 422:
            # The same shape as a schema error, so a client reads one format.
            extra["errors"] = [{"path": extra.pop("path", "body"), "message": exc.message,
                                "type": exc.code}]
        return _err(exc.status, exc.code, exc.message, headers, **extra)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = [{"path": _path(tuple(e.get("loc", ()))), "message": _clean(str(e.get("msg"))),
                   "type": str(e.get("type"))} for e in exc.errors()]
        head = "; ".join(f"{e['path']}: {e['message']}" for e in errors[:3])
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        n = len(errors)
        return _err(422, "validation",
                    f"the request has {n} problem{'s' if n != 1 else ''}: {head}{more}",
                    errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            return _err(404, "not_found", f"no such endpoint: {request.method} {request.url.path}; "
                        f"the API is described at /api/v1/openapi.json")
        if exc.status_code == 405:
            return _err(405, "method_not_allowed", f"{request.method} is not allowed on "
                        f"{request.url.path}", headers=exc.headers)
        if exc.status_code == 400 and "parsing the body" in str(exc.detail):
            # json.loads gave up (nesting too deep for its recursion limit, or bad bytes).
            return _err(422, "validation", "the request body is not JSON the server can read "
                        "(malformed, or nested too deeply)",
                        errors=[{"path": "body", "message": "not readable JSON", "type": "json"}])
        return _err(exc.status_code, "http_error", str(exc.detail), headers=exc.headers)

    @app.exception_handler(Busy)
    @app.exception_handler(OperationalError)
    @app.exception_handler(PoolTimeout)
    async def _busy(request: Request, exc: Exception):
        log.warning("database unavailable", extra={"fields": {
            "event": "db_unavailable", "error": f"{type(exc).__name__}: {exc}"[:500],
            "request_id": request.state.request_id}})
        return _err(503, "unavailable", "the database is busy or unreachable; nothing from this "
                    "request was applied; try again in a minute", {"Retry-After": "30"})

    @app.exception_handler(Exception)
    async def _fault(request: Request, exc: Exception):
        rid = getattr(request.state, "request_id", "-")
        log.error("unhandled error", exc_info=exc, extra={"fields": {
            "event": "fault", "request_id": rid}})
        return _fault_response(rid)

    bearer = HTTPBearer(auto_error=False, description="The site's token from `lishui-hq site add`")
    # Bad tokens and bad passwords, counted in the database (survive a restart, shared by
    # every worker); passwords get fewer free tries and a longer first wait.
    lockout = app.state.lockout = guard.Lockout(store.db)
    login_lockout = app.state.login_lockout = guard.Lockout(
        store.db, free=guard.LOGIN_FREE_FAILURES, first=guard.LOGIN_FIRST_DELAY)

    def _address(request: Request) -> str:
        return request.client.host if request.client else "-"

    def _too_many(wait: float, what: str = "bad tokens") -> HqError:
        seconds = max(1, int(wait + 0.999))
        return TooMany(f"too many {what} from this address; wait {seconds} s before trying "
                       f"again (each further one doubles the wait)",
                       retry_after=seconds)

    def current_site(request: Request,
                     creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Site:
        if creds is None or not creds.credentials:
            raise Unauthenticated("send the site's token as 'Authorization: Bearer <token>' "
                                  "(the city issues it with `lishui-hq site add`)")
        address = _address(request)
        key = f"token:{address}"
        failures, wait = lockout.peek(key)
        if wait > 0:
            raise _too_many(wait)
        try:
            site = store.authenticate(creds.credentials)
        except Unauthenticated:
            wait = lockout.failed(key)
            log.warning("bad token", extra={"fields": {"event": "bad_token", "address": address,
                                                       "wait": wait}})
            if wait > 0:
                raise _too_many(wait) from None
            raise
        if failures:
            lockout.succeeded(key)
        request.state.site_code = site.code
        request.state.address = address
        return site

    @app.get("/health", tags=["ops"], responses={503: COMMON[503]})
    def health(request: Request,
               creds: HTTPAuthorizationCredentials | None = Depends(bearer)) -> dict:
        store.ping()
        out: dict = {"status": "ok"}
        # Versions help an attacker pick an exploit: only a site (its token) learns them.
        key = f"token:{_address(request)}"
        if creds is not None and creds.credentials and lockout.wait(key) <= 0:
            try:
                store.authenticate(creds.credentials)
            except Unauthenticated:
                lockout.failed(key)
            else:
                out.update(database=store.db.dialect, protocol=PROTOCOL_VERSION,
                           version=__version__)
        return out

    @app.get("/api/v1/whoami", tags=["sync"], responses=COMMON)
    def whoami(site: Site = Depends(current_site)) -> dict:
        return {"site_code": site.code, "kind": site.kind, "name": site.name,
                "county_code": site.county_code, "protocol": PROTOCOL_VERSION}

    @app.post("/api/v1/push", tags=["sync"], response_model=PushResult,
              responses={**COMMON, 403: {"model": ErrorBody, "description": "Batch of another site"},
                         409: {"model": ChainBroken,
                               "description": "Audit chain broken, or batch id reused"}})
    def push(batch: PushBatch, site: Site = Depends(current_site)) -> Response:
        t0 = time.perf_counter()
        result = store.push(batch, site)
        counts: dict[str, int] = {}
        for r in result.results:
            counts[r.status] = counts.get(r.status, 0) + 1
        log.info("push", extra={"fields": {"event": "push", "site": site.code,
                                           "batch_id": batch.batch_id, "records": len(batch.records),
                                           "audit": len(batch.audit), **counts,
                                           "audit_through": result.audit_through,
                                           "ms": round((time.perf_counter() - t0) * 1000, 1)}})
        # Already a validated model: skip FastAPI's second validation pass.
        return Response(result.model_dump_json(), media_type="application/json")

    @app.get("/api/v1/pull", tags=["sync"], response_model=PullPage, responses=COMMON)
    def pull(request: Request, cursor: int = Query(0, ge=0, le=MAX_INT, description="Last cursor applied; 0 = all"),
             limit: int = Query(500, ge=1, le=MAX_PULL_LIMIT),
             site: Site = Depends(current_site)) -> Response:
        return Response(store.pull_json(site, cursor, limit, request.state.address),
                        media_type="application/json")

    @app.post("/api/v1/site-key", tags=["sync"], response_model=SiteKeyOut, responses=COMMON)
    def site_key(body: SiteKeyIn, site: Site = Depends(current_site)) -> dict:
        return store.register_site_key(site, body.public_key)

    sha_param = Path(pattern=SHA256_PATTERN, description="sha256 of the whole content, hex")

    @app.get("/api/v1/attachments/{sha256}/status", tags=["attachments"],
             response_model=AttachmentStatus,
             responses={**COMMON, 404: {"model": ErrorBody,
                                        "description": "This site has no upload of it (others' "
                                                       "are never shown)"}})
    def attachment_status(sha256: str = sha_param, site: Site = Depends(current_site)) -> dict:
        return store.attachment_status(site, sha256)

    @app.put("/api/v1/attachments/{sha256}", tags=["attachments"], response_model=AttachmentStatus,
             responses={**COMMON, 409: {"model": ErrorBody,
                                        "description": "Wrong offset: resume at 'received' "
                                                       "(0: the lease lapsed, start again)"}},
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}})
    async def attachment_put(request: Request, sha256: str = sha_param,
                             offset: int = Query(ge=0, le=MAX_INT,
                                                 description="Where this part starts"),
                             total: int = Query(ge=0, le=MAX_INT,
                                                description="Size of the whole content"),
                             site: Site = Depends(current_site)) -> Any:
        data = await request.body()
        return await run_in_threadpool(store.attachment_put, site, sha256, offset, total, data)

    @app.get("/api/v1/attachments/{sha256}", tags=["attachments"],
             responses={**COMMON, 200: {"content": {"application/octet-stream": {}}},
                        404: {"model": ErrorBody}},
             response_class=Response)
    def attachment_get(request: Request, sha256: str = sha_param,
                       site: Site = Depends(current_site)) -> Response:
        return Response(store.attachment_get(site, sha256, request.state.address),
                        media_type="application/octet-stream")

    @app.get("/static/{name}", tags=["city"], include_in_schema=False)
    def static_js(name: str) -> Response:
        # Served from the package: the city page's charts work with no internet.
        from importlib.resources import files
        if name not in ("echarts.min.js", "city_charts.js"):
            return _err(404, "not_found", f"no static file {name}")
        data = files("lishui_hq").joinpath("static", name).read_bytes()
        return Response(data, media_type="application/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})

    # ---- the city page: people sign in with an account (lishui_hq.accounts) ----------

    def _secure(request: Request) -> bool:
        return request.url.scheme == "https"

    def _cookie(response: Response, request: Request, name: str, value: str, *,
                max_age: int | None, path: str = "/") -> None:
        response.set_cookie(name, value, max_age=max_age, path=path, httponly=True,
                            samesite="strict", secure=_secure(request))

    def signed_in(request: Request) -> tuple[accounts.Account, str] | None:
        found = accounts.session(store, request.cookies.get(SESSION_COOKIE))
        if found:
            request.state.site_code = f"user:{found[0].username}"
        return found

    def _same_origin(request: Request) -> bool:
        # A browser says where a form came from; another site's form is refused even before
        # the CSRF token is looked at. Under Referrer-Policy: no-referrer Chromium sends
        # "Origin: null" for the page's own forms, so Sec-Fetch-Site decides then; with
        # neither (older browsers, scripts) the token alone decides.
        site = request.headers.get("sec-fetch-site")
        if site is not None and site not in ("same-origin", "none"):
            return False
        origin = request.headers.get("origin")
        if origin is None or origin == "null":
            return True
        host = request.headers.get("host", "")
        return origin in (f"http://{host}", f"https://{host}")

    async def _form(request: Request) -> dict[str, str]:
        body = await request.body()
        if len(body) > 4096:
            return {}
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=10)
        except (UnicodeDecodeError, ValueError):
            return {}
        return dict(pairs)

    def _login_form(request: Request, status: int = 200, *, username: str = "",
                    problem: str | None = None, headers: dict | None = None) -> HTMLResponse:
        csrf = secrets.token_urlsafe(32)
        r = HTMLResponse(web.login_page(csrf, username=username, problem=problem),
                         status_code=status, headers=headers)
        _cookie(r, request, LOGIN_CSRF_COOKIE, csrf, max_age=3600, path="/login")
        return r

    @app.get("/login", response_class=HTMLResponse, tags=["city"], include_in_schema=False)
    def login_get(request: Request) -> Response:
        if signed_in(request):
            return RedirectResponse("/", status_code=303)
        return _login_form(request)

    @app.post("/login", response_class=HTMLResponse, tags=["city"], include_in_schema=False)
    async def login_post(request: Request) -> Response:
        form = await _form(request)
        username = form.get("username", "").strip()[:64]
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not _same_origin(request) or not expected or \
                not hmac.compare_digest(expected, form.get("csrf", "")):
            return _login_form(request, 403, username=username,
                               problem="登录表单已过期或来自别的网站，请重新输入用户名和密码。")
        address = _address(request)
        keys = [f"login:{address}", f"user:{username.lower()}"]
        peeks = [await run_in_threadpool(login_lockout.peek, k) for k in keys]
        wait = max(w for _, w in peeks)
        if wait <= 0:
            account = await run_in_threadpool(accounts.check_login, store, username,
                                              form.get("password", ""))
            if account is not None:
                for k, (failures, _) in zip(keys, peeks):
                    if failures:
                        await run_in_threadpool(login_lockout.succeeded, k)
                token, _csrf = await run_in_threadpool(accounts.open_session, store, account)
                log.info("sign in", extra={"fields": {"event": "login", "user": account.username,
                                                      "address": address}})
                r = RedirectResponse("/", status_code=303)
                _cookie(r, request, SESSION_COOKIE, token, max_age=accounts.SESSION_HOURS * 3600)
                r.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
                return r
            waits = [await run_in_threadpool(login_lockout.failed, k) for k in keys]
            wait = max(waits)
            log.warning("bad password", extra={"fields": {"event": "bad_login", "user": username,
                                                          "address": address, "wait": wait}})
            if wait <= 0:
                return _login_form(request, 401, username=username,
                                   problem="用户名或密码不正确。")
        seconds = max(1, int(wait + 0.999))
        return _login_form(request, 429, username=username,
                           problem=f"密码错误次数过多，请 {seconds} 秒后再试（每多错一次，"
                                   f"等待时间加倍）。", headers={"Retry-After": str(seconds)})

    @app.post("/logout", tags=["city"], include_in_schema=False)
    async def logout(request: Request) -> Response:
        form = await _form(request)
        found = await run_in_threadpool(signed_in, request)
        if found is None:
            return RedirectResponse("/login", status_code=303)
        if not _same_origin(request) or not hmac.compare_digest(found[1], form.get("csrf", "")):
            return _err(403, "csrf", "the sign-out form did not come from this page; "
                        "sign out from the city page itself")
        await run_in_threadpool(accounts.end_session, store, request.cookies[SESSION_COOKIE])
        r = RedirectResponse("/login", status_code=303)
        r.delete_cookie(SESSION_COOKIE, path="/")
        return r

    @app.get("/", response_class=HTMLResponse, tags=["city"],
             responses={303: {"description": "Not signed in: to the sign-in form, /login"}})
    def city_page(request: Request) -> Response:
        found = signed_in(request)
        if found is None:
            return RedirectResponse("/login", status_code=303)
        return HTMLResponse(web.render(store, *found))

    @app.get("/data.json", tags=["city"],
             responses={401: {"model": ErrorBody,
                              "description": "No session of the city page: sign in on /login"}})
    def city_data(request: Request) -> Response:
        """The page's figures as JSON, limited as the page is; needs the page's session."""
        found = signed_in(request)
        if found is None:
            return _err(401, "unauthenticated", "sign in on the city page first (/login); "
                        "this needs its session cookie")
        return JSONResponse(web.page_data(store, found[0]))

    return app


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory lishui_hq.app:app_from_env` (reads LISHUI_HQ_DB)."""
    import os

    from .db import DEFAULT_DB_URL
    return create_app(os.environ.get("LISHUI_HQ_DB", DEFAULT_DB_URL),
                      max_body=int(os.environ.get("LISHUI_HQ_MAX_BODY", DEFAULT_MAX_BODY)),
                      attachment_lease=float(os.environ.get("LISHUI_HQ_ATTACHMENT_LEASE",
                                                            DEFAULT_ATTACHMENT_LEASE)))
