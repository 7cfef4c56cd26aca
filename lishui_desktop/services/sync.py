"""One full sync of this site with the city server: push, pull, take decisions in, push.

Each step is its own short transaction (a batch formed, a batch answered, a
page applied), so a crash or a dropped connection at any point loses
nothing and repeats nothing: the next run resends the batch in flight under
the same id and pulls from the last applied cursor.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update

from lishui_desktop.domain.errors import DomainError, NotFound
from lishui_desktop.store import audit, settings
from lishui_desktop.store.models import AttachmentBlob, Decision, Site, SyncRefusal
from lishui_desktop.sync import engine
from lishui_desktop.sync.client import (Cancelled, HqClient, SyncError, ca_problem,
                                        check_address)

from . import applications
from .context import Context

log = logging.getLogger(__name__)

LAST = "sync.last"
#: set while this site's public key still has to reach the server (stored while offline)
KEY_PENDING = "sync.key_pending"


@dataclass
class SyncReport:
    pushed: dict = field(default_factory=lambda: {"applied": 0, "duplicate": 0, "conflict": 0,
                                                  "refused": 0})
    batches: int = 0
    pulled: dict = field(default_factory=lambda: {"reference": 0, "records": 0, "decisions": 0,
                                                  "conflicts": 0, "skipped": 0, "parked": 0})
    pages: int = 0
    decisions_applied: int = 0
    left: dict = field(default_factory=dict)
    error: str | None = None
    bytes_sent: int = 0
    bytes_received: int = 0
    attachments: int = 0            # files whose content the server now holds
    attachment_problems: list = field(default_factory=list)   # (sha256, the server's answer)

    def wire_line(self) -> str:
        changes = sum(self.pushed.values())
        records = self.pulled["records"] + self.pulled["reference"]
        per = lambda n, d: f"{n / d:,.0f} bytes per {'change' if d == changes else 'record'}"  # noqa: E731
        return (f"on the wire: {self.bytes_sent:,} bytes sent"
                + (f" ({per(self.bytes_sent, changes)})" if changes else "")
                + f", {self.bytes_received:,} received"
                + (f" ({per(self.bytes_received, records)})" if records else ""))

    def lines(self, verbose: bool = False) -> list[str]:
        p, q = self.pushed, self.pulled
        out = [f"sent: {sum(p.values())} changes in {self.batches} batches "
               f"(applied {p['applied']}, already there {p['duplicate']}, conflicts {p['conflict']}, "
               f"refused {p['refused']})",
               f"received: {q['records']} records, {q['reference']} reference items in "
               f"{self.pages} pages; {self.decisions_applied} decisions taken into cases; "
               f"{q['conflicts']} new conflicts; "
               f"{self.left.get('parked', q['parked'])} waiting for their parent",
               "left: " + ", ".join(f"{k} {v}" for k, v in self.left.items())]
        if verbose:
            out.append(self.wire_line())
        if self.error:
            out.append(f"error: {self.error}")
        return out


def site_connection(ctx: Context) -> tuple[str, str]:
    with ctx.db.read() as s:
        site = s.scalar(select(Site))
        if not site.server_url or not site.token:
            raise DomainError("sync.not_configured",
                              "set the city server address and this site's token first",
                              field="server_url")
        return site.server_url, site.token


CA_PEM, INSECURE = "sync.ca_pem", "sync.insecure_http"


def transport(ctx: Context) -> dict:
    """How this site reaches the city: the pinned CA (PEM) and whether plain http to
    another computer was allowed at setup. Keyword arguments of HqClient."""
    with ctx.db.read() as s:
        return {"ca_pem": settings.get_json(s, CA_PEM, None) or None,
                "allow_insecure": bool(settings.get_json(s, INSECURE, False))}


def _transport_given(ctx, server_url: str, ca_file, insecure) -> dict:
    now = transport(ctx)
    if ca_file is not None:
        try:
            pem = Path(ca_file).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as exc:
            raise DomainError("sync.ca_file", f"cannot read the CA file {ca_file}: {exc}",
                              field="ca_file") from None
        why = ca_problem(pem)
        if why:
            raise DomainError("sync.ca_file", f"{ca_file}: {why}", field="ca_file")
        now["ca_pem"] = pem
    if insecure is not None:
        now["allow_insecure"] = bool(insecure)
    try:
        check_address(server_url, now["allow_insecure"])
    except SyncError as exc:
        raise DomainError("sync.insecure_url", str(exc), field="server_url") from None
    return now


def configure(ctx: Context, server_url: str, token: str, *, register: bool = True,
              ca_file: str | None = None, insecure: bool | None = None) -> None:
    """Store the server address and token (from `lishui-hq site add`) and register our key.
    With ``register=False`` the key is marked pending: the next sync registers it, and a
    bundle carries it anyway. ``ca_file`` pins the city's CA (its PEM is kept, not the
    path); ``insecure`` allows plain http to another computer, on purpose."""
    from lishui_desktop.domain import admin
    admin.require(ctx.user.role, admin.AdminAction.SYNC_SETTINGS)
    server_url = server_url.strip()
    token = token.strip()
    if not server_url.startswith(("http://", "https://")):
        raise DomainError("site.server_url", "the address starts with http:// or https://",
                          field="server_url")
    if not token:
        raise DomainError("sync.token", "give the token the city issued for this site",
                          field="token")
    how = _transport_given(ctx, server_url, ca_file, insecure)
    with ctx.db.read() as s:
        public_key = s.scalar(select(Site)).public_key
    if register:
        with HqClient(server_url, token, **how) as client:
            _register_key(ctx, client, public_key)
    with ctx.work("sync.configure", entity="site", entity_id=ctx.site.code) as w:
        site = w.session.scalar(select(Site))
        site.server_url, site.token = server_url, token
        settings.put_json(w.session, KEY_PENDING, not register)
        settings.put_json(w.session, CA_PEM, how["ca_pem"])
        settings.put_json(w.session, INSECURE, how["allow_insecure"])
        w.detail = {"server_url": server_url, "key_registered": register,
                    "ca_pinned": bool(how["ca_pem"]), "insecure_http": how["allow_insecure"]}


def register(ctx: Context, server_url: str, token: str, *, ca_file: str | None = None,
             insecure: bool | None = None) -> bool:
    """Register this office with the city server without sending any change. True when the
    server took the key now; False when it does not answer (address and token are kept, the
    key goes with the first sync or bundle). A server that answers no raises DomainError."""
    from lishui_desktop.domain import admin
    admin.require(ctx.user.role, admin.AdminAction.SYNC_SETTINGS)
    how = _transport_given(ctx, server_url.strip(), ca_file, insecure)
    try:
        with HqClient(server_url.strip(), token.strip(), **how) as client:
            # One quick question first: a full registration retries for several seconds.
            answers = client.health()
    except SyncError as exc:
        raise DomainError("site.server_url", str(exc), field="server_url") from None
    configure(ctx, server_url, token, register=answers, ca_file=ca_file, insecure=insecure)
    return answers


def key_pending(ctx: Context) -> bool:
    with ctx.db.read() as s:
        return bool(settings.get_json(s, KEY_PENDING, False))


def _register_key(ctx: Context, client: HqClient, public_key: str) -> None:
    try:
        who = client.whoami()
        if who.get("site_code", who.get("code")) not in (None, ctx.site.code):
            raise DomainError("sync.wrong_site",
                              f"the token belongs to site {who.get('site_code')}",
                              field="token")
        client.register_key(public_key)
    except SyncError as exc:
        raise DomainError("sync.register_failed", str(exc), field="token") from exc


def _send_pending_key(ctx: Context, client: HqClient) -> None:
    if not key_pending(ctx):
        return
    with ctx.db.read() as s:
        public_key = s.scalar(select(Site)).public_key
    client.register_key(public_key)
    with ctx.work("sync.key_registered", entity="site", entity_id=ctx.site.code) as w:
        settings.put_json(w.session, KEY_PENDING, False)


def sync_once(ctx: Context, *, client: HqClient | None = None, batch_size: int = 500,
              page_size: int = 500, progress=None, cancelled=lambda: False) -> SyncReport:
    report = SyncReport()
    own = client is None
    if own:
        url, token = site_connection(ctx)
        client = HqClient(url, token, cancelled=cancelled, **transport(ctx))
    sent0, received0 = client.wire.sent, client.wire.received
    try:
        _send_pending_key(ctx, client)
        _push_all(ctx, client, batch_size, report, progress, cancelled)
        upload_attachments(ctx, client, report, progress, cancelled)
        _pull_all(ctx, client, page_size, report, progress, cancelled)
        take_decisions(ctx, report)
        _push_all(ctx, client, batch_size, report, progress, cancelled)
        _record(ctx, report, None)
    except (SyncError, Cancelled) as exc:
        report.error = "cancelled" if isinstance(exc, Cancelled) else str(exc)
        _record(ctx, report, report.error)
        raise
    finally:
        report.bytes_sent = client.wire.sent - sent0
        report.bytes_received = client.wire.received - received0
        if own:
            client.close()
        with ctx.db.read() as s:
            report.left = engine.pending_counts(s)
    return report


def _push_all(ctx, client, size, report, progress, cancelled):
    """Send the outbox batch by batch, forming the next batch while the server works on the
    one sent: forming is most of the desktop's share of a push, and the two then overlap.

    The guarantees stay as they were: a batch is stored and committed before it is sent, so
    after a crash every batch in flight goes again, oldest first; batches are sent one at a
    time in order; a change leaves the outbox only when the server has answered for it."""
    full = size
    ahead = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as wire:
        while True:
            if cancelled():
                raise Cancelled()
            if ahead is not None:
                # Formed while the last one was out, and now the oldest in flight.
                batch, ahead = ahead, None
            else:
                with ctx.db.write() as s:
                    batch = engine.prepare_batch(s, ctx.site.code, size)
            if batch is None:
                return
            sending = wire.submit(client.push, batch)
            if size == full:
                # Not while halving a batch the server fails on: that one must stand alone.
                with ctx.db.write() as s:
                    if len(engine.in_flight(s)) == 1:
                        ahead = engine.form_batch(s, ctx.site.code, size)
            try:
                result = sending.result()
            except SyncError as exc:
                if ahead is not None:
                    # Formed and never sent: its changes go back in order, behind those of
                    # the batch that failed.
                    with ctx.db.write() as s:
                        engine.release_batch(s, ahead.batch_id)
                    ahead = None
                if exc.status != 500 or exc.body.get("error") != "internal":
                    raise
                # The server failed on this batch after every retry and applied nothing from
                # it: halve it until the change it fails on stands alone, and quarantine that.
                with ctx.db.write() as s:
                    n = engine.quarantine_failed(
                        s, batch.batch_id, f"the city server failed on this change every time "
                        f"it was sent ({exc}); it was set aside so the other changes go on",
                        ctx.now())
                if n == 0:
                    raise
                if n == 1:
                    report.pushed["refused"] += 1
                    size = full
                else:
                    size = max(1, n // 2)
                continue
            except BaseException:
                # Cancelled on the wire, or the program stops: the batch formed ahead stays in
                # flight, committed; the next sync sends both in order.
                raise
            with ctx.db.write() as s:
                counts = engine.apply_push_result(s, result, ctx.now()) or {}
                oldest = engine.in_flight(s)[:1]
            if ahead is not None and oldest != [] and oldest[0]["batch_id"] != ahead.batch_id:
                ahead = None            # not next in line after all: prepare_batch says which is
            report.batches += 1
            for k, v in counts.items():
                report.pushed[k] += v
            if progress:
                progress("push", sum(report.pushed.values()))


#: bytes per PUT of an attachment's content (well under the server's body limit)
UPLOAD_PART = 1024 * 1024


def upload_attachments(ctx, client, report, progress=None, cancelled=lambda: False) -> None:
    """Send the content of every file the server does not yet hold from this site, in
    parts; a broken connection resumes where the server says it stands, and an upload
    whose lease lapsed on the server starts again from the first byte. A file the server
    refuses (it does not match its hash) is reported and the others go on."""
    with ctx.db.read() as s:
        shas = list(s.scalars(select(AttachmentBlob.sha256)
                              .where(AttachmentBlob.uploaded_at.is_(None))
                              .order_by(AttachmentBlob.sha256)))
    for sha in shas:
        if cancelled():
            raise Cancelled()
        with ctx.db.read() as s:
            data = s.scalar(select(AttachmentBlob.data).where(AttachmentBlob.sha256 == sha))
        try:
            send_content(client, sha, data, cancelled)
        except SyncError as exc:
            if exc.retryable or exc.status in (None, 401, 403):
                raise
            report.attachment_problems.append((sha, str(exc)))
            continue
        with ctx.db.write() as s:
            s.execute(update(AttachmentBlob).where(AttachmentBlob.sha256 == sha)
                      .values(uploaded_at=ctx.now()))
        report.attachments += 1
        if progress:
            progress("attachments", report.attachments)


def send_content(client: HqClient, sha: str, data: bytes, cancelled=lambda: False,
                 part: int = UPLOAD_PART) -> None:
    st = client.attachment_status(sha)
    if st is not None and st.complete:
        return
    offset = st.received if st is not None else 0
    moved = 0       # answers in a row that sent us elsewhere instead of taking a part
    while True:
        if cancelled():
            raise Cancelled()
        try:
            st = client.attachment_put(sha, offset, len(data), data[offset:offset + part])
        except SyncError as exc:
            where = exc.body.get("received")
            if exc.status != 409 or not isinstance(where, int) or not 0 <= where <= len(data) \
                    or moved >= 3:
                raise
            # A part whose answer was lost already arrived (go on after it), or the lease
            # lapsed (where == 0: from the start).
            offset, moved = where, moved + 1
            continue
        moved = 0
        if st.complete:
            return
        offset = st.received


def _pull_all(ctx, client, size, report, progress, cancelled):
    """Pull page by page, asking for the next page while this one is applied: the server's
    work and the wire then overlap the desktop's. Each page is still applied with its cursor
    in one transaction, in order; a page fetched ahead is applied only after the one before
    it, and a failure fetching it is raised once the page before it is in."""
    with ctx.db.read() as s:
        cursor = engine.cursor(s)
    # What an earlier pull applied and did not live to recount (it stopped half-way).
    applications.refresh_stale_due_dates(ctx)
    try:
        _pull_pages(ctx, client, size, report, progress, cancelled, cursor)
    except BaseException:
        # The pages that did arrive count too; the error that stopped the pull is the one
        # to report (a recount that fails as well is left to the next pull).
        try:
            applications.refresh_stale_due_dates(ctx)
        except Exception:
            log.exception("due dates not recounted after a failed pull")
        raise
    applications.refresh_stale_due_dates(ctx)


def _pull_pages(ctx, client, size, report, progress, cancelled, cursor):
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as wire:
        ahead = wire.submit(client.pull, cursor, size)
        try:
            while True:
                page = ahead.result()
                ahead = None
                if cancelled():
                    raise Cancelled()
                if page.more:
                    ahead = wire.submit(client.pull, page.next_cursor, size)
                _apply_page(ctx, page, report)
                if progress:
                    progress("pull", report.pulled["records"] + report.pulled["reference"])
                if not page.more:
                    return
        finally:
            if ahead is not None and not ahead.cancel():
                # Its answer is dropped (nothing of it applied); its error, if any, with it.
                ahead.exception()


def _apply_page(ctx, page, report):
    with ctx.db.write() as s:
        counts = engine.apply_pull_page(s, page, ctx.site.code, ctx.now())
        if page.items:
            audit.append(s, site_code=ctx.site.code, user=ctx.user.username, event="sync.pull",
                         detail={"cursor": page.next_cursor,
                                 **{k: v for k, v in counts.items() if v}}, at=ctx.now())
    report.pages += 1
    for k, v in counts.items():
        report.pulled[k] += v


def take_decisions(ctx, report):
    with ctx.db.read() as s:
        ids = list(s.scalars(select(Decision.id).where(Decision.applied.is_(False),
                                                       Decision.township_code == ctx.site.code)))
    for did in ids:
        if applications.apply_decision(ctx, did) is not None:
            report.decisions_applied += 1
    # The county's approvals of payment rolls arrive the same way and freeze the roll.
    from . import payroll
    payroll.take_approvals(ctx)


def _record(ctx, report: SyncReport, error: str | None) -> None:
    with ctx.db.write() as s:
        settings.put_json(s, LAST, {"at": ctx.now().isoformat(timespec="seconds"), "error": error,
                                    "sent": sum(report.pushed.values()),
                                    "received": report.pulled["records"] + report.pulled["reference"]})


def last_sync(ctx: Context) -> dict | None:
    with ctx.db.read() as s:
        return settings.get_json(s, LAST)


# -- what the sync page shows besides the report --------------------------------------------------

@dataclass(frozen=True)
class RefusalView:
    id: str
    entity: str
    entity_id: str
    version: int
    reason: str                  # the server's own words
    refused_at: datetime
    field: str | None = None     # the payload field the server named
    resent_at: datetime | None = None


def refusals(ctx: Context) -> list[RefusalView]:
    """Changes the server refused and nobody has yet acknowledged, newest first."""
    with ctx.db.read() as s:
        return _refusals(s)


def _refusals(s) -> list[RefusalView]:
    rows = s.scalars(select(SyncRefusal).where(SyncRefusal.dismissed_at.is_(None))
                     .order_by(SyncRefusal.refused_at.desc(), SyncRefusal.id)).all()
    return [RefusalView(r.id, r.entity, r.entity_id, r.version, r.reason, r.refused_at,
                        r.field, r.resent_at) for r in rows]


def resend_refusal(ctx: Context, refusal_id: str) -> None:
    """Send a refused change again, as the record is now here (corrected on its page, or
    unchanged when the server was at fault), on top of the version the server holds.
    The refusal stays listed until the server takes the record (then it closes itself)."""
    from lishui_desktop.store import outbox
    from lishui_desktop.store.models import MODEL_BY_ENTITY
    with ctx.work("sync.resend_refusal", entity="sync_refusal", entity_id=refusal_id) as w:
        r = w.session.get(SyncRefusal, refusal_id)
        if r is None or r.dismissed_at is not None:
            raise NotFound("refusal.missing", "no such open refusal", field="refusal_id")
        model = MODEL_BY_ENTITY.get(r.entity)
        obj = w.session.get(model, r.entity_id) if model is not None else None
        if obj is None:
            raise NotFound("refusal.record_gone", "the refused record is no longer on this "
                           "computer; dismiss the refusal", field="refusal_id")
        outbox.record(w.session, obj, r.base_version, ctx.now())
        r.resent_at = ctx.now()
        # Records refused because this one was missing on the server go again with it.
        children = []
        for c in w.session.scalars(select(SyncRefusal).where(SyncRefusal.dismissed_at.is_(None),
                                                             SyncRefusal.id != r.id)):
            if r.entity_id not in (c.payload or {}).values() or c.resent_at is not None:
                continue
            child_model = MODEL_BY_ENTITY.get(c.entity)
            child = w.session.get(child_model, c.entity_id) if child_model is not None else None
            if child is not None:
                outbox.record(w.session, child, c.base_version, ctx.now())
                c.resent_at = ctx.now()
                children.append(c.entity_id)
        w.detail = {"entity": r.entity, "record": r.entity_id, "version": obj.version,
                    "base_version": r.base_version, "with": children}


def dismiss_refusal(ctx: Context, refusal_id: str) -> None:
    """A person has read the refusal (and dealt with it); it leaves the list, audited."""
    with ctx.work("sync.dismiss_refusal", entity="sync_refusal", entity_id=refusal_id) as w:
        r = w.session.get(SyncRefusal, refusal_id)
        if r is None or r.dismissed_at is not None:
            raise NotFound("refusal.missing", "no such open refusal", field="refusal_id")
        r.dismissed_at = ctx.now()
        w.detail = {"entity": r.entity, "record": r.entity_id, "version": r.version,
                    "reason": r.reason}


def record_households(ctx: Context, refs: list[tuple[str, str]]) -> dict[str, dict]:
    """The household each (entity, id) record belongs to, read from this desktop's copy,
    so a person can tell which family a conflict or a refusal is about.
    {id: {"head_name", "village", "household_id"}}; records not found here are left out."""
    with ctx.db.read() as s:
        return _record_households(s, refs)


def _record_households(s, refs: list[tuple[str, str]]) -> dict[str, dict]:
    from lishui_desktop.store.models import MODEL_BY_ENTITY, Application, Household, Village
    out: dict[str, dict] = {}
    villages = {v.code: v.name for v in s.scalars(select(Village))}
    for entity, rid in refs:
        model = MODEL_BY_ENTITY.get(entity)
        obj = s.get(model, rid) if model is not None else None
        if obj is None:
            continue
        household_id = rid if entity == "household" else getattr(obj, "household_id", None)
        if household_id is None and getattr(obj, "application_id", None):
            app = s.get(Application, obj.application_id)
            household_id = app.household_id if app is not None else None
        h = s.get(Household, household_id) if household_id else None
        if h is not None:
            out[rid] = {"head_name": h.head_name, "village": villages.get(h.village_code or "", ""),
                        "household_id": h.id}
    return out


@dataclass(frozen=True)
class Overview:
    server_url: str
    has_token: bool
    last: dict | None
    pending: dict


def overview(ctx: Context) -> Overview:
    """What the sync page shows at the top: where, when last, and what waits."""
    with ctx.db.read() as s:
        return _overview(s)


def _overview(s) -> Overview:
    site = s.scalar(select(Site))
    return Overview(site.server_url or "", bool(site.token), settings.get_json(s, LAST),
                    engine.pending_counts(s))


@dataclass(frozen=True)
class SyncPage:
    overview: Overview
    conflicts: list
    refusals: list[RefusalView]
    owners: dict[str, dict]          # record id -> the household it is about
    villages: dict[str, str]


def page(ctx: Context) -> SyncPage:
    """Everything the sync page shows, from one read transaction: the counts at the top, the
    conflicts and refusals and whose households they are agree even while a sync writes."""
    from . import conflicts, queries
    with ctx.db.read() as s:
        open_ = conflicts._open_conflicts(s)
        refused = _refusals(s)
        owners = _record_households(s, [(c.entity, c.entity_id) for c in open_] +
                                    [(r.entity, r.entity_id) for r in refused])
        return SyncPage(_overview(s), open_, refused, owners, dict(queries._village_names(s, ctx)))
